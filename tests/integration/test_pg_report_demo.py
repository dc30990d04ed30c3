"""The funder report, the person report and the case report of the demo read the same on
SQLite and PostgreSQL.

Each test builds its reports over the demo in a file and over the same demo on the server
(both from the session's templates of ``tests/conftest.py``) and compares them whole: the
funder report figure by figure and row by row; the person and case report row by row, apart
from the moments the demo was loaded (its ``created_at``/``updated_at`` and audit times) and
the audit user, which on the server also names the database user.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from aktif_desktop.services import case_report, person_report
from aktif_desktop.services.report import build_report, report_json
from aktif_desktop.storage.db import close_database, is_server, open_database
from aktif_desktop.storage.models import FamilyCase, Participation
from tests import pg_support
from tests.conftest import DEMO_TODAY

T = TypeVar("T")
PERIODS = (
    (dt.date(2025, 11, 27), DEMO_TODAY),  # the year up to the demo's "today"
    (dt.date(2026, 1, 1), dt.date(2026, 6, 30)),  # a half-year, ended
    (dt.date(2026, 7, 1), dt.date(2026, 12, 31)),  # a half-year still running on "today"
    (dt.date(2026, 10, 1), dt.date(2026, 10, 31)),  # one month
)
# Set when the demo was loaded (the two templates are loaded apart) or naming the session.
LOAD_TIME_COLUMNS = {"created_at", "updated_at", "at", "user"}


@pytest.fixture
def on_both(
    _demo_template: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Callable[[Callable[[], T]], tuple[T, T]]:
    """Run a function over the demo in a file, then over the demo on the server."""
    if not pg_support.admin_url():
        pytest.skip(f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server für die Tests")
    server_template = str(request.getfixturevalue("_pg_demo_template"))

    def run(build: Callable[[], T]) -> tuple[T, T]:
        copy = tmp_path / "demo.db"
        shutil.copyfile(_demo_template, copy)
        open_database(copy)
        try:
            on_file = build()
        finally:
            close_database()
        name = pg_support.create_database(template=server_template)
        try:
            open_database(pg_support.url_for(name))
            assert is_server()
            on_server = build()
        finally:
            close_database()
            pg_support.drop_database(name)
        return on_file, on_server

    return run


def _funder_reports() -> list[dict[str, Any]]:
    found = []
    for start, end in PERIODS:
        data = report_json(build_report(start, end, today=DEMO_TODAY))
        data.pop("created_at", None)
        found.append(data)
    return found


def _figures(data: dict[str, Any]) -> dict[str, object]:
    return {f["code"]: f["value"] for block in data["blocks"] for f in block["figures"]}


def test_the_funder_report_of_the_demo_is_the_same_on_both_backends(on_both: Any) -> None:
    on_file, on_server = on_both(_funder_reports)
    # The demo has something to count in every period: the comparison is not of zeros.
    assert all(_figures(report)["events_held"] for report in on_file)
    assert _figures(on_file[0])["referrals"] and _figures(on_file[0])["attendances"]
    for period, file_report, server_report in zip(PERIODS, on_file, on_server, strict=True):
        assert _figures(server_report) == _figures(file_report), period
        assert server_report == file_report, period


def _rows(sections: list[Any]) -> dict[str, list[dict[str, Any]]]:
    return {
        s.table: [{k: v for k, v in row.items() if k not in LOAD_TIME_COLUMNS} for row in s.rows]
        for s in sections
    }


def _person_and_case() -> tuple[Any, ...]:
    contact = Participation.select().order_by(Participation.id).first().contact_id
    person = person_report.build_report(contact)
    code = FamilyCase.select().order_by(FamilyCase.id).first().code
    case = case_report.build_case_report(code)
    return (
        person.name,
        [(s.table, s.label, s.columns) for s in person.sections],
        _rows(person.sections),
        [(m.table, m.row_id, m.column) for m in person.mentions],
        case.code,
        [(s.table, s.label, s.columns) for s in case.sections],
        _rows(case.sections),
    )


def test_the_person_and_case_reports_of_the_demo_are_the_same_on_both_backends(
    on_both: Any,
) -> None:
    on_file, on_server = on_both(_person_and_case)
    person_rows, case_rows = on_file[2], on_file[6]
    assert person_rows["participation"] and person_rows["audit_log"]
    assert case_rows["referral"] and case_rows["audit_log"]
    assert on_server == on_file
