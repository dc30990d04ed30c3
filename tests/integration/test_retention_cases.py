"""The family cases' deletion period on a real database file: when a case is due, what keeps
it, and that a run leaves nothing of it in any table (checked with sqlite3) and logs counts
only."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from aktif_desktop import clock
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import (
    applications,
    audit,
    cases,
    organisations,
    referrals,
    retention,
    retention_cases,
)

OPENED = dt.date(2023, 1, 5)
CLOSED = dt.date(2024, 3, 15)


@pytest.fixture
def closed_case(db: Path) -> dict[str, object]:
    """A case opened in January 2023, its referral and application finished on 15.03.2024."""
    with clock.frozen(OPENED):
        partner = organisations.create_organisation(
            organisations.OrganisationData(name="Schuldnerberatung Nord")
        )
        kasse = organisations.create_organisation(
            organisations.OrganisationData(name="Familienkasse Nord")
        )
        case = cases.create_case(
            cases.CaseData(
                household_size=3,
                note="Mutter braucht Termin vormittags",
                release_on=OPENED,
                release_partner_ids=(partner.id,),
            )
        )
        referral = referrals.create_referral(
            referrals.ReferralData(
                family_case_id=case.id,
                organisation_id=partner.id,
                concern="Schulden",
                referred_on=OPENED,
                follow_up_on=OPENED + dt.timedelta(days=30),
                note="Ratenplan besprechen",
            )
        )
        application = applications.create_application(
            applications.ApplicationData(
                family_case_id=case.id,
                benefit="Kinderzuschlag",
                authority_id=kasse.id,
                submitted_on=OPENED,
            )
        )
    with clock.frozen(CLOSED):
        for step in ("vermittelt", "angenommen", "abgeschlossen"):
            referrals.set_referral_status(referral.id, step)
        applications.set_status(application.id, "bewilligt")
    return {
        "case": case,
        "referral": referral.id,
        "application": application.id,
        "partner": partner.id,
        "kasse": kasse.id,
    }


def _due(today: dt.date, months: int = 24) -> list[str]:
    return [c.code for c in retention_cases.find_expired_cases(months, today)]


def test_a_case_is_due_exactly_n_months_after_its_last_closing(closed_case) -> None:
    code = closed_case["case"].code
    assert _due(dt.date(2026, 3, 15)) == []  # 24 months to the day: still kept
    assert _due(dt.date(2026, 3, 16)) == [code]  # the day after: due
    assert _due(dt.date(2025, 3, 16), months=12) == [code]
    assert _due(dt.date(2025, 3, 15), months=12) == []
    due = retention_cases.find_expired_cases(24, dt.date(2026, 3, 16))[0]
    assert (due.last_activity, due.referral_count, due.application_count) == (CLOSED, 1, 1)
    assert due.follow_up_count == 1  # the referral's follow-up (done when it was closed)


def test_an_open_referral_or_application_keeps_the_case_for_ever(closed_case) -> None:
    case = closed_case["case"]
    with clock.frozen(CLOSED):
        referrals.create_referral(
            referrals.ReferralData(
                family_case_id=case.id,
                organisation_id=closed_case["partner"],
                concern="Wohnen",
                referred_on=CLOSED,
            )
        )
    assert _due(dt.date(2036, 1, 1), months=6) == []


def test_an_undecided_application_keeps_the_case(closed_case) -> None:
    with clock.frozen(CLOSED):
        applications.create_application(
            applications.ApplicationData(
                family_case_id=closed_case["case"].id,
                benefit="Wohngeld",
                authority_id=closed_case["kasse"],
                submitted_on=CLOSED,
            )
        )
    assert _due(dt.date(2036, 1, 1), months=6) == []


def test_a_case_without_referrals_counts_from_its_opening_and_its_follow_ups(db) -> None:
    from aktif_desktop.services import followups

    with clock.frozen(OPENED):
        empty = cases.create_case(cases.CaseData())
        later = cases.create_case(cases.CaseData())
        follow_up = followups.add_follow_up(later.id, dt.date(2023, 6, 1), "Nachfragen")
    assert _due(dt.date(2025, 1, 6)) == [empty.code]  # the open follow-up keeps "later"
    followups.mark_done(follow_up.id, on=dt.date(2023, 9, 1))
    assert _due(dt.date(2025, 9, 1)) == [empty.code]
    assert _due(dt.date(2025, 9, 2)) == [empty.code, later.code]


def test_the_period_is_its_own_setting_with_the_same_limits(db) -> None:
    assert retention_cases.case_retention_months() == 24
    assert retention_cases.save_case_retention_months(36) == 36
    assert retention_cases.case_retention_months() == 36
    assert retention.retention_months() == 24  # the people's period is untouched
    for wrong in (5, 121, 0, -3, True, "12"):
        with pytest.raises(ValidationError, match="Löschfrist für Familien"):
            retention_cases.save_case_retention_months(wrong)  # type: ignore[arg-type]
    plan = retention.find_expired(24, today=dt.date(2026, 1, 1))
    assert plan.case_months == 36


Query = Callable[..., object]


@contextmanager
def _own_connection(
    db: Path | str,
) -> Iterator[tuple[Query, list[str], Callable[[str], list[str]]]]:
    """A connection of the test's own, apart from the app: (one value of a query, the tables,
    the columns of a table) on the file or on the server."""
    if isinstance(db, str):
        import psycopg

        with psycopg.connect(db) as server:

            def query(sql: str, *params: object) -> object:
                found = server.execute(sql.replace("?", "%s"), params).fetchone()
                return found[0] if found else None

            def columns(table: str) -> list[str]:
                found = server.execute(
                    "SELECT column_name FROM information_schema.columns"
                    " WHERE table_schema = 'public' AND table_name = %s",
                    (table,),
                )
                return [name for (name,) in found]

            tables = server.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            )
            yield query, [name for (name,) in tables], columns
        return
    connection = sqlite3.connect(db)
    try:

        def query_file(sql: str, *params: object) -> object:
            return connection.execute(sql, params).fetchone()[0]

        def columns_file(table: str) -> list[str]:
            return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]

        names = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        yield query_file, [name for (name,) in names], columns_file
    finally:
        connection.close()


def test_the_run_leaves_no_row_of_the_case_and_logs_counts_only(
    closed_case, db: Path | str
) -> None:
    case = closed_case["case"]
    today = dt.date(2026, 4, 1)
    plan = retention.find_expired(24, today=today, case_months=24)
    assert [c.code for c in plan.cases] == [case.code]
    assert "1 Familie" in plan.summary
    result = retention.run_retention(plan, confirmed=True, today=today)
    assert (result.cases_deleted, result.skipped) == (1, 0)
    with _own_connection(db) as (query, tables, columns_of):
        for table in tables:
            columns = columns_of(table)
            if "family_case_id" in columns:
                left = query(f'SELECT count(*) FROM "{table}" WHERE family_case_id = ?', case.id)
                assert left == 0, table
            for column in columns:  # the code nowhere, not even in the logs
                hits = query(
                    f'SELECT count(*) FROM "{table}" WHERE CAST("{column}" AS TEXT) LIKE ?',
                    f"%{case.code}%",
                )
                assert hits == 0, (table, column)
        for table, row_id in (
            ("family_case", case.id),
            ("referral", closed_case["referral"]),
            ("application", closed_case["application"]),
        ):
            assert not query(f'SELECT count(*) FROM "{table}" WHERE id = ?', row_id)
    if isinstance(db, Path):
        # secure_delete and the wiped write-ahead log: not even the file's bytes keep the note
        raw = db.read_bytes() + (
            db.with_name(db.name + "-wal").read_bytes()
            if db.with_name(db.name + "-wal").exists()
            else b""
        )
        assert b"Ratenplan besprechen" not in raw and case.code.encode() not in raw
    entry = next(row for row in audit.list_audit() if row.action == "retention")
    assert "1 Familie gelöscht (Frist 24 Monate)" in entry.detail
    assert case.code not in entry.detail


def test_a_case_worked_on_after_the_listing_is_skipped(closed_case) -> None:
    today = dt.date(2026, 4, 1)
    plan = retention.find_expired(24, today=today)
    with clock.frozen(today):
        referrals.create_referral(
            referrals.ReferralData(
                family_case_id=closed_case["case"].id,
                organisation_id=closed_case["partner"],
                concern="Wohnen",
            )
        )
    result = retention.run_retention(plan, confirmed=True, today=today)
    assert (result.cases_deleted, result.skipped) == (0, 1)
    assert cases.find_case(closed_case["case"].code).referral_count == 2


def test_nothing_happens_without_confirmation(closed_case) -> None:
    plan = retention.find_expired(24, today=dt.date(2026, 4, 1))
    with pytest.raises(ValidationError, match="nicht bestätigt"):
        retention.run_retention(plan)
    assert cases.find_case(closed_case["case"].code)
