"""Believable family cases for the screenshots and the page's tests, made through the services.

The demo holds its own cases (``aktif_desktop.demo``); ``add_sample_cases`` adds ``count`` more
with referrals, applications and follow-ups to the open database (its partners must exist), for
the page's tests with many cases.
"""

from __future__ import annotations

import datetime as dt
import random

from aktif_desktop import clock
from aktif_desktop.casework import AgeBand, ApplicationStatus, Benefit, Concern, EducationPart
from aktif_desktop.services import applications, cases, organisations, referrals
from aktif_desktop.services.applications import ApplicationData
from aktif_desktop.services.cases import CaseData
from aktif_desktop.services.referrals import ReferralData

NOTES = (
    "Erstgespräch im Familienzentrum; Unterlagen zum Einkommen fehlen noch.",
    "Mutter wünscht Begleitung zum Termin.",
    "",
    "Kontakt über die Kita.",
)


def add_sample_cases(count: int, seed: int = 13) -> list[int]:
    """Add ``count`` cases with 0–3 referrals and 0–2 applications each; their ids."""
    rng = random.Random(seed)
    today = clock.today()
    partners = [row.id for row in organisations.list_organisations(active_only=True)]
    ids = []
    for _ in range(count):
        children = rng.randint(1, 4)
        row = cases.create_case(
            CaseData(
                household_size=children + rng.randint(1, 2),
                children=children,
                child_age_bands=tuple(rng.sample([b.value for b in AgeBand][:5], k=2)),
                single_parent=rng.random() < 0.4,
                note=rng.choice(NOTES),
                opened_on=today - dt.timedelta(days=rng.randint(20, 300)),
            )
        )
        ids.append(row.id)
        for _ in range(rng.randint(0, 3)):
            day = today - dt.timedelta(days=rng.randint(0, 60))
            referral = referrals.create_referral(
                ReferralData(
                    family_case_id=row.id,
                    organisation_id=rng.choice(partners),
                    concern=rng.choice(list(Concern)).value,
                    referred_on=day,
                    warm_handover=rng.random() < 0.5,
                    follow_up_on=day + dt.timedelta(days=rng.choice((7, 14, 28, 60))),
                )
            )
            if rng.random() < 0.5:
                referrals.set_referral_status(referral.id, "arranged")
        for _ in range(rng.randint(0, 2)):
            benefit = rng.choice(list(Benefit))
            parts = (EducationPart.LUNCH.value,) if benefit is Benefit.EDUCATION_PACKAGE else ()
            application = applications.create_application(
                ApplicationData(
                    family_case_id=row.id,
                    benefit=benefit.value,
                    authority_id=rng.choice(partners),
                    submitted_on=today - dt.timedelta(days=rng.randint(0, 90)),
                    education_parts=parts,
                )
            )
            if rng.random() < 0.3:
                applications.set_status(
                    application.id,
                    ApplicationStatus.MISSING_DOCUMENTS.value,
                    asked="Kontoauszüge der letzten drei Monate",
                    due=today + dt.timedelta(days=rng.randint(-5, 14)),
                )
    return ids
