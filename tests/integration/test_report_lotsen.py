"""The report's Lotsen block on a hand-built case: referrals by concern, partner and status, the
share with feedback, applications by benefit and outcome, the median days, open follow-ups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from aktif_desktop.services import applications, cases, followups, organisations, referrals
from aktif_desktop.services.report import build_report


def _table(report, code):  # type: ignore[no-untyped-def]
    block = report.block("lotsen")
    return {row[0]: row[1:] for row in next(t for t in block.tables if t.code == code).rows}


def test_lotsen_block_counts_the_case_work_of_the_period(db: Path) -> None:
    caritas = organisations.create_organisation(organisations.OrganisationData(name="Caritas"))
    kasse = organisations.create_organisation(organisations.OrganisationData(name="Familienkasse"))
    case = cases.create_case(cases.CaseData(opened_on=dt.date(2025, 3, 2)))
    older = cases.create_case(cases.CaseData(opened_on=dt.date(2024, 11, 5)))
    for on, concern, partner, feedback in (
        (dt.date(2025, 3, 3), "parenting", caritas.id, dt.date(2025, 3, 10)),
        (dt.date(2025, 3, 31), "child_supplement", kasse.id, None),
        (dt.date(2025, 4, 1), "debt", caritas.id, None),  # the day after: not counted
    ):
        referrals.create_referral(
            referrals.ReferralData(
                family_case_id=case.id,
                organisation_id=partner,
                concern=concern,
                referred_on=on,
                warm_handover=feedback is not None,
                status="arranged",
                feedback_on=feedback,
            )
        )
    days = {}
    for benefit, submitted, decided, status in (
        ("child_supplement", dt.date(2025, 3, 4), dt.date(2025, 3, 24), "granted"),
        ("education_package", dt.date(2025, 3, 5), dt.date(2025, 3, 15), "refused"),
        ("housing_benefit", dt.date(2025, 3, 6), None, None),
    ):
        made = applications.create_application(
            applications.ApplicationData(
                family_case_id=older.id,
                benefit=benefit,
                authority_id=kasse.id,
                submitted_on=submitted,
                education_parts=("lunch",) if benefit == "education_package" else (),
            )
        )
        if status:
            applications.set_status(made.id, status, on=decided)
            days[benefit] = (decided - submitted).days
    followups.add_follow_up(case.id, dt.date(2025, 3, 20), "Nachfragen")
    report = build_report(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    figures = {f.code: f.value for f in report.block("lotsen").figures}  # type: ignore[union-attr]
    assert figures["cases_opened"] == 1
    assert figures["cases_accompanied"] == 2  # opened in March, or an application in March
    assert figures["referrals"] == 2 and figures["referrals_warm"] == 1
    assert figures["referrals_feedback_share"] == 50.0
    assert figures["applications"] == 3 and figures["applications_granted"] == 1
    assert (
        figures["applications_median_days"]
        == (days["child_supplement"] + days["education_package"]) / 2
    )
    assert figures["follow_ups_open"] >= 1
    assert _table(report, "referrals_by_concern")["Erziehung / Jugendhilfe"] == (1,)
    assert _table(report, "referrals_by_concern")["Schulden"] == (0,)
    assert _table(report, "referrals_by_partner") == {"Caritas": (1,), "Familienkasse": (1,)}
    assert _table(report, "referrals_by_status")["vermittelt"] == (2,)
    outcome = _table(report, "applications_by_benefit")
    assert outcome["Kinderzuschlag"] == (0, 1, 0, 0, 0)
    assert outcome["Bildung und Teilhabe"] == (0, 0, 0, 1, 0)
    assert outcome["Wohngeld"] == (1, 0, 0, 0, 0)
    assert not report.block("lotsen").note  # type: ignore[union-attr]


def test_partners_with_as_many_referrals_are_listed_in_the_same_order_on_both(
    db: Path | str, backend: str
) -> None:
    """Ties are ordered by name byte by byte, as SQLite does, even where the server's
    collation is German (case and dashes would sort otherwise)."""
    from aktif_desktop.storage.models import database

    if backend == "postgresql":  # a Verbund's server set up with a German collation
        database.execute_sql(
            'ALTER TABLE "organisation" ALTER COLUMN "name" TYPE VARCHAR(255) COLLATE "de-x-icu"'
        )
    names = ("alpha-Hilfe", "Beta Hilfe", "alpha Hilfe", "Ärztehaus", "zeta")
    case = cases.create_case(cases.CaseData(opened_on=dt.date(2025, 3, 2)))
    for name in names:
        partner = organisations.create_organisation(organisations.OrganisationData(name=name))
        referrals.create_referral(
            referrals.ReferralData(
                family_case_id=case.id,
                organisation_id=partner.id,
                concern="debt",
                referred_on=dt.date(2025, 3, 3),
                status="arranged",
            )
        )
    report = build_report(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert list(_table(report, "referrals_by_partner")) == sorted(names)
