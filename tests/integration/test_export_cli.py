"""The export subcommands run as a user would type them (in-process, real files)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from aktif_desktop.cli import main


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_export_contacts_with_columns(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kontakte.xlsx"
    assert (
        _run(demo_db, "export", "contacts", "--xlsx", str(target), "--columns", "vorname,nachname")
        == 0
    )
    out = capsys.readouterr().out
    assert f"Gespeichert: {target}" in out and "nicht enthalten:" in out
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert [c.value for c in sheet[1]] == ["Vorname", "Nachname", "Aktif-Schlüssel"]


def test_list_columns_needs_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "plan", "--list-columns"]) == 0
    out = capsys.readouterr().out
    assert "kapazitaet" in out and "Kapazität" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["export", "contacts", "--xlsx", "x.xlsx", "--columns", "foo"],
            "Unbekannte Spalte(n): foo",
        ),
        (["export", "participants", "--xlsx", "x.xlsx"], "Bitte geben Sie die Veranstaltung an"),
        (["signature-list", "--event", "9999", "--pdf", "x.pdf"], "wurde nicht gefunden"),
    ],
)
def test_refusals_are_german_sentences(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    assert _run(demo_db, *args) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.glob("x.*")) == []


def test_pdf_and_calendar_commands(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(
            demo_db,
            "signature-list",
            "--event",
            "1",
            "--pdf",
            str(tmp_path / "s.pdf"),
            "--blank-rows",
            "2",
        )
        == 0
    )
    assert _run(demo_db, "certificates", "--event", "1", "--out", str(tmp_path / "tb")) == 0
    assert _run(demo_db, "certificates", "--event", "1", "--pdf", str(tmp_path / "tb.pdf")) == 0
    assert _run(demo_db, "directory", "--pdf", str(tmp_path / "d.pdf")) == 0
    assert _run(demo_db, "ics", "--out", str(tmp_path / "k.ics"), "--event", "1") == 0
    out = capsys.readouterr().out
    assert "(1 Veranstaltung)" in out
    files = list((tmp_path / "tb").iterdir())
    assert len(PdfReader(tmp_path / "tb.pdf").pages) == len(files) > 0
    assert len(PdfReader(tmp_path / "s.pdf").pages) >= 1
    assert (tmp_path / "k.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
