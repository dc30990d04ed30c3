"""Property test: partner files wrong in every way are imported or refused, never a crash.

A CSV or xlsx file with arbitrary cell text (and sometimes arbitrary bytes) goes through the
real command line. Every outcome is fine except an internal error; the database afterwards
holds nothing an export could not write.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_services_text import assert_database_clean
from text_strategies import nasty_name, nasty_text

from aktif_desktop.cli import main
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.text import fit_excel_cell

SETTINGS = settings(
    max_examples=15,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HEADERS = ["Nachname", "Vorname", "E-Mail", "Telefon", "Organisation", "Funktion", "Themen"]
_counter = itertools.count()
row = st.lists(st.one_of(nasty_text, nasty_name), min_size=len(HEADERS), max_size=len(HEADERS))


def write_csv(path: Path, rows: list[list[str]], junk: bytes) -> None:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    # Lone surrogates cannot be encoded; a partner's file would hold replacement bytes there.
    path.write_bytes(text.getvalue().encode("utf-8", errors="replace") + junk)


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for values in rows:
        sheet.append([fit_excel_cell(v) for v in values])
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # the partner typed it; no formulas in our test files
    workbook.save(path)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    yield tmp_path
    close_database()


@SETTINGS
@given(
    rows=st.lists(row, min_size=1, max_size=6),
    kind=st.sampled_from(["csv", "xlsx"]),
    junk=st.one_of(st.just(b""), st.binary(max_size=30)),
)
def test_any_partner_file_is_imported_or_refused_in_german(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    rows: list[list[str]],
    kind: str,
    junk: bytes,
) -> None:
    number = next(_counter)
    db, source = folder / f"aktif{number}.db", folder / f"partner{number}.{kind}"
    if kind == "csv":
        write_csv(source, rows, junk)
    else:
        write_xlsx(source, rows)
    status = main(["--db", str(db), "import", "contacts", str(source), "--skip-errors", "--json"])
    out, err = capsys.readouterr()
    assert "unerwarteter Fehler" not in err and "Traceback" not in err, err
    if status == 0:
        counts = json.loads(out)
        assert all(
            isinstance(counts[key], int) and counts[key] >= 0
            for key in ("created", "updated", "duplicates", "skipped")
        )
        # Junk bytes or line breaks inside cells can make a reader see more rows than were
        # written; the row count only bounds the result for a clean file.
        clean_file = not junk and not any(ch in cell for r in rows for cell in r for ch in "\r\n")
        if clean_file:
            assert counts["created"] + counts["duplicates"] + counts["skipped"] <= len(rows) + 1
    else:
        assert status in (1, 2) and err.startswith(("Fehler", "Zeile")), err
    open_database(db)
    assert_database_clean()
    close_database()
