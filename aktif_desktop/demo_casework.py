"""Demo data of the Lotsen work: family cases, referrals, applications and follow-ups.

Called by :mod:`aktif_desktop.demo` (small: about 30 cases) and :mod:`aktif_desktop.demo_large`
(5,000 cases, 12,000 referrals, 8,000 applications). The rows are bulk-inserted in one
transaction (the services would take minutes for the large set), so the generator keeps the
services' rules itself: no date after ``today``, a decision never before the submission, a
referral's result only once the partner answered, parts only for Bildung und Teilhabe, an
open Rückfrage/Nachforderung with its follow-up, every open referral's follow-up after the
day it was made. Concerns and benefits come in believable proportions (Kinderzuschlag and
BuT first). No case field or note holds a name.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Sequence
from typing import TypeVar

from peewee import Model, chunked

from aktif_desktop.casework import (
    APPLICATION_ASKING,
    APPLICATION_DECIDED,
    AgeBand,
    ApplicationStatus,
    Benefit,
    Concern,
    EducationPart,
    FollowUpKind,
    ReferralResult,
    ReferralStatus,
    case_code,
)
from aktif_desktop.storage.models import (
    Application,
    FamilyCase,
    FollowUp,
    Organisation,
    Referral,
    database,
    now,
)

CONCERN_WEIGHTS = {
    Concern.CHILD_SUPPLEMENT: 18, Concern.EDUCATION_PACKAGE: 16, Concern.HOUSING_BENEFIT: 10,
    Concern.BASIC_INCOME: 9, Concern.CHILDCARE: 9, Concern.DEBT: 8, Concern.HEALTH: 6,
    Concern.WORK_TRAINING: 6, Concern.HOUSING: 5, Concern.PARENTING: 6, Concern.LANGUAGE: 5,
    Concern.OTHER: 2,
}  # fmt: skip
BENEFIT_WEIGHTS = {
    Benefit.CHILD_SUPPLEMENT: 30, Benefit.EDUCATION_PACKAGE: 28, Benefit.HOUSING_BENEFIT: 15,
    Benefit.BASIC_INCOME: 10, Benefit.MAINTENANCE_ADVANCE: 8, Benefit.PARENTAL_ALLOWANCE: 6,
    Benefit.OTHER: 3,
}  # fmt: skip
_R, _A = ReferralStatus, ApplicationStatus
REFERRAL_STATUS_WEIGHTS = {
    _R.PLANNED: 10, _R.ARRANGED: 20, _R.ACCEPTED: 20, _R.DECLINED: 5, _R.NOT_TAKEN_UP: 7,
    _R.CLOSED: 38,
}  # fmt: skip
APPLICATION_STATUS_WEIGHTS = {
    _A.SUBMITTED: 18, _A.QUERY: 8, _A.MISSING_DOCUMENTS: 10, _A.GRANTED: 40,
    _A.PARTLY_GRANTED: 9, _A.REFUSED: 10, _A.WITHDRAWN: 5,
}  # fmt: skip
_ANSWERED = (_R.ACCEPTED, _R.DECLINED, _R.NOT_TAKEN_UP, _R.CLOSED)
NOTES = (
    "Termin beim Jobcenter vorbereitet",
    "Unterlagen gemeinsam sortiert",
    "Familie wünscht Begleitung zum Ersttermin",
    "Rückruf der Beratungsstelle abwarten",
    "Dolmetschung für den Termin angefragt",
    "Kita-Platz ab Sommer in Aussicht",
    "",
    "",
)
REFERRED_BY = ("Lotsin Familienzentrum", "Lotse Mehrgenerationenhaus", "Fachkraft Verbund")
ASKED = {
    _A.QUERY: ("Einkommen des Vormonats erläutern", "Angaben zur Miete bestätigen"),
    _A.MISSING_DOCUMENTS: ("Kontoauszüge der letzten drei Monate", "Schulbescheinigung"),
}
SMALL = {"cases": 30, "referrals": 60, "applications": 40}
LARGE = {"cases": 5_000, "referrals": 12_000, "applications": 8_000}
AUTHORITY_WORDS = ("jobcenter", "familienkasse", "amt", "stadt", "landkreis", "agentur")


T = TypeVar("T")


def _pick(rng: random.Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _deck(rng: random.Random, weights: dict[T, int], count: int) -> list[T]:
    """``count`` values in the weights' proportions, shuffled: a small demo keeps them too."""
    total = sum(weights.values())
    deck = [v for v, w in weights.items() for _ in range(round(w * count / total))]
    deck += [_pick(rng, weights) for _ in range(count - len(deck))]
    rng.shuffle(deck)
    return deck[:count]


def _insert(model: type[Model], rows: Iterable[dict[str, object]]) -> None:
    for batch in chunked(rows, 2_000):
        model.insert_many(batch).execute()


def _partners() -> tuple[list[int], list[int]]:
    """All partner ids and those that look like an authority (Jobcenter, Familienkasse …)."""
    query = Organisation.select(Organisation.id, Organisation.name).order_by(Organisation.id)
    pairs = [(o.id, o.name.casefold()) for o in query]
    every = [pid for pid, _name in pairs]
    authorities = [pid for pid, name in pairs if any(w in name for w in AUTHORITY_WORDS)]
    return every, authorities or every


def load_casework(
    today: dt.date, *, sizes: dict[str, int] | None = None, seed: int = 13
) -> dict[str, int]:
    """Insert cases, referrals, applications and their follow-ups; return the counts."""
    sizes = sizes or SMALL
    rng = random.Random(seed)
    stamp = now()
    every, authorities = _partners()
    base = {"version": 1, "created_at": stamp, "updated_at": stamp}
    if FamilyCase.select().exists():  # the ids below are counted from 1
        raise ValueError("load_casework needs a database without family cases")
    with database.atomic():
        opened = _cases(rng, today, sizes["cases"], base)
        follow_ups: list[dict[str, object]] = []
        _referrals(rng, today, opened, every, sizes["referrals"], base, follow_ups)
        _applications(rng, today, opened, authorities, sizes["applications"], base, follow_ups)
        _insert(FollowUp, follow_ups)
    return {
        "cases": len(opened),
        "referrals": sizes["referrals"],
        "applications": sizes["applications"],
        "follow_ups": len(follow_ups),
    }


def _cases(
    rng: random.Random, today: dt.date, count: int, base: dict[str, object]
) -> list[dt.date]:
    """Cases opened over the last two years; returns the day each was opened (by id)."""
    days = sorted(today - dt.timedelta(days=rng.randint(0, 720)) for _ in range(count))
    numbers: dict[int, int] = {}
    rows = []
    for day in days:
        numbers[day.year] = numbers.get(day.year, 0) + 1
        children = rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5))
        adults = rng.choice((1, 2, 2))
        rows.append(
            {
                **base,
                "code": case_code(day.year, numbers[day.year]),
                "household_size": adults + children,
                "children": children,
                "child_age_bands": ",".join(
                    sorted({rng.choice(list(AgeBand)[:5]).value for _ in range(children)})
                ),
                "single_parent": adults == 1,
                "legal_areas": rng.choice(("", "SGB2", "SGB2,SGB8", "BKGG", "SGB8")),
                "note": rng.choice(NOTES),
                "opened_on": day,
            }
        )
    _insert(FamilyCase, rows)
    return days


def _day_after(rng: random.Random, start: dt.date, today: dt.date, most: int) -> dt.date:
    return min(today, start + dt.timedelta(days=rng.randint(0, most)))


def _referrals(
    rng: random.Random,
    today: dt.date,
    opened: Sequence[dt.date],
    partners: Sequence[int],
    count: int,
    base: dict[str, object],
    follow_ups: list[dict[str, object]],
) -> None:
    rows = []
    concerns = _deck(rng, CONCERN_WEIGHTS, count)
    statuses = _deck(rng, REFERRAL_STATUS_WEIGHTS, count)
    for index in range(count):
        case_id = index % len(opened) + 1 if index < len(opened) else rng.randint(1, len(opened))
        referred = _day_after(rng, opened[case_id - 1], today, 60)
        status = statuses[index]
        answered = status in _ANSWERED
        changed = _day_after(rng, referred, today, 30) if status is not _R.PLANNED else referred
        result = ""
        if status is _R.CLOSED or (answered and rng.random() < 0.5):
            result = rng.choice(
                (ReferralResult.SUCCESSFUL, ReferralResult.SUCCESSFUL, ReferralResult.PARTIAL,
                 ReferralResult.NO_RESULT)
            ).value  # fmt: skip
        rows.append(
            {
                **base,
                "family_case": case_id,
                "referred_on": referred,
                "referred_by": rng.choice(REFERRED_BY),
                "organisation": rng.choice(partners),
                "concern": concerns[index].value,
                "warm_handover": rng.random() < 0.45,
                "status": status.value,
                "status_changed_on": changed,
                "result": result,
                "feedback_on": changed if answered else None,
                "note": rng.choice(NOTES),
            }
        )
        if status in (_R.PLANNED, _R.ARRANGED, _R.ACCEPTED):
            follow_ups.append(
                {
                    **base,
                    "family_case": case_id,
                    "referral": index + 1,
                    "application": None,  # one batch: every row names the same columns
                    "kind": FollowUpKind.REFERRAL.value,
                    "due_on": _follow_up_day(rng, today, referred),
                    "what": "Rückmeldung zum Verweis erfragen",
                }
            )
    _insert(Referral, rows)


def _follow_up_day(rng: random.Random, today: dt.date, not_before: dt.date) -> dt.date:
    """Some overdue, some due today, most later; never before ``not_before``."""
    offset = rng.choice((-12, -5, -2, 0, 0, 3, 7, 14, 21, 30))
    return max(not_before, today + dt.timedelta(days=offset))


def _applications(
    rng: random.Random,
    today: dt.date,
    opened: Sequence[dt.date],
    authorities: Sequence[int],
    count: int,
    base: dict[str, object],
    follow_ups: list[dict[str, object]],
) -> None:
    rows = []
    benefits = _deck(rng, BENEFIT_WEIGHTS, count)
    statuses = _deck(rng, APPLICATION_STATUS_WEIGHTS, count)
    for index in range(count):
        case_id = rng.randint(1, len(opened))
        submitted = _day_after(rng, opened[case_id - 1], today, 90)
        benefit, status = benefits[index], statuses[index]
        parts = ""
        if benefit is Benefit.EDUCATION_PACKAGE:
            parts = ",".join(sorted({rng.choice(list(EducationPart)).value for _ in range(2)}))
        changed = _day_after(rng, submitted, today, 75) if status is not _A.SUBMITTED else submitted
        rows.append(
            {
                **base,
                "family_case": case_id,
                "benefit": benefit.value,
                "education_parts": parts,
                "authority": rng.choice(authorities),
                "submitted_on": submitted,
                "stamped": rng.random() < 0.85,
                "status": status.value,
                "status_changed_on": changed,
                "decided_on": changed if status in APPLICATION_DECIDED else None,
                "note": rng.choice(NOTES),
            }
        )
        if status in APPLICATION_ASKING:
            kind = FollowUpKind.QUERY if status is _A.QUERY else FollowUpKind.MISSING_DOCUMENTS
            follow_ups.append(
                {
                    **base,
                    "family_case": case_id,
                    "referral": None,
                    "application": index + 1,
                    "kind": kind.value,
                    "due_on": _follow_up_day(rng, today, changed),
                    "what": rng.choice(ASKED[status]),
                }
            )
    _insert(Application, rows)
