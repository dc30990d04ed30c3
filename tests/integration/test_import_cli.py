"""``aktif-desktop import``: exit status, row-numbered errors, --json, --dry-run, --skip-errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aktif_desktop.cli import main
from aktif_desktop.services import contacts
from aktif_desktop.storage.db import close_database, open_database

FIXTURE = Path(__file__).parents[1] / "fixtures" / "import" / "kontakte.xlsx"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def names(db_path: Path) -> list[str]:
    open_database(db_path)
    try:
        return [row.full_name for row in contacts.list_contacts()]
    finally:
        close_database()


def test_error_rows_import_nothing_and_exit_2(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--db", str(db_path), "import", "contacts", str(FIXTURE))
    assert status == 2
    assert "Zeile 9: „dieter(at)example“ ist keine gültige E-Mail-Adresse." in err
    assert "Zeile 11: „31.02.2024“ ist kein gültiges Datum." in err
    assert "Es wurde nichts importiert" in err
    assert names(db_path) == []


def test_json_output_is_exactly_the_counts(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--db", str(db_path), "import", "contacts", str(FIXTURE), "--json")
    status, out, _ = run(capsys, *args, "--skip-errors")
    assert status == 0
    assert json.loads(out) == {
        "created": 3,
        "updated": 0,
        "duplicates": 1,
        "skipped": 2,
        "errors": [
            {
                "row": 9,
                "message": "„dieter(at)example“ ist keine gültige E-Mail-Adresse. Bitte prüfen "
                "Sie die Schreibweise (Beispiel: name@beispiel.de).",
            },
            {
                "row": 11,
                "message": "„31.02.2024“ ist kein gültiges Datum. Bitte geben Sie es als "
                "TT.MM.JJJJ ein.",
            },
        ],
    }
    assert names(db_path) == ["Anna Müller", "Bernd Schulz", "Carla Weiß"]
    status, out, _ = run(capsys, *args, "--skip-errors")
    assert json.loads(out)["duplicates"] == 4  # 3 unchanged + the repeated row


def test_dry_run_writes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "import",
        "contacts",
        str(FIXTURE),
        "--dry-run",
        "--skip-errors",
        "--sheet",
        "Kontakte",
    )
    assert status == 0
    assert "Probelauf: es wurde nichts gespeichert." in out
    assert names(db_path) == []
    args = ("--db", str(db_path), "import", "contacts", str(FIXTURE), "--dry-run", "--json")
    status, out, _ = run(capsys, *args, "--skip-errors", "--report", str(tmp_path / "b.xlsx"))
    assert (status, json.loads(out)["created"], json.loads(out)["skipped"]) == (0, 3, 2)
    assert (tmp_path / "b.xlsx").is_file()
    status, out, _ = run(capsys, *args)
    assert (status, json.loads(out)["created"], json.loads(out)["skipped"]) == (2, 0, 0)
    assert names(db_path) == []


def test_participants_need_an_event(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--db", str(db_path), "import", "participants", str(FIXTURE))
    assert status == 2  # wrong usage: exit 2 as the README says (issue 12, item 18)
    assert "muss eine Veranstaltung gewählt sein" in err


def test_unknown_file_type(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "liste.docx"
    path.write_bytes(b"x")
    status, _, err = run(capsys, "--db", str(db_path), "import", "contacts", str(path))
    assert status == 2  # an unusable input file (issue 12, item 18)
    assert "„liste.docx“ kann nicht eingelesen werden" in err


def test_committed_import_is_in_the_audit_log(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--db", str(db_path), "import", "contacts", str(FIXTURE), "--skip-errors")
    assert run(capsys, *args)[0] == 0
    open_database(db_path)
    try:
        from aktif_desktop.storage.models import AuditLog

        details = [row.detail for row in AuditLog.select().where(AuditLog.action == "import")]
    finally:
        close_database()
    assert details == [
        "Ansprechpersonen aus „kontakte.xlsx“: 3 neu, 0 aktualisiert, 1 Dubletten oder "
        "unverändert, 2 übersprungen"
    ]


def test_damaged_spreadsheet(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_text("kein Excel", encoding="utf-8")
    status, _, err = run(capsys, "--db", str(db_path), "import", "contacts", str(path))
    assert status == 2  # an unreadable input file (issue 12, item 18)
    assert err.strip() == (
        "Fehler: Die Datei „liste.xlsx“ konnte nicht gelesen werden: sie ist beschädigt oder hat "
        "ein anderes Format, als ihre Endung sagt. Bitte öffnen Sie sie in Excel und speichern "
        "Sie sie erneut als .xlsx."
    )
