"""The messy contact list in every format: the exact rows created and the exact errors.

The corpus: the committed xlsx/xls/ods sample (cover sheet, title row, merged cells, empty
rows and columns, numeric phone, serial and text dates, upper-case e-mail with spaces, the
same person twice, errors) and CSV files generated here in UTF-8, UTF-8 with BOM and
Windows-1252 with ";" and ",".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aktif_desktop.imports.engine import ImportCancelledError, ImportPlan, run_import
from aktif_desktop.services import contacts, organisations
from aktif_desktop.storage.models import ALL_MODELS

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
EMAIL_ERROR = (
    "„dieter(at)example“ ist keine gültige E-Mail-Adresse. Bitte prüfen Sie die Schreibweise "
    "(Beispiel: name@beispiel.de)."
)
DATE_ERROR = "„31.02.2024“ ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein."
EXPECTED = [
    (
        "Anna",
        "Müller",
        "anna.mueller@example.de",
        "01512345",
        "Jugendamt Musterstadt",
        dt.date(2024, 3, 1),
    ),
    (
        "Bernd",
        "Schulz",
        "bernd.schulz@example.de",
        "030123456",
        "Jugendamt Musterstadt",
        dt.date(2024, 1, 1),
    ),
    (
        "Carla",
        "Weiß",
        "carla.weiss@example.de",
        "0351 / 44 55",
        "Caritas Musterstadt e. V.",
        dt.date(2024, 1, 15),
    ),
]

CSV_ROWS = [
    "Kontaktliste;;;;;",
    "Anrede;Vorname;Name;E-Mail;Telefon;Einrichtung;Geprüft am",
    "Frau;Anna;Müller; ANNA.Mueller@Example.DE ;01512345;Jugendamt Musterstadt;01.03.2024",
    "Herr; Bernd ;Schulz;bernd.schulz@example.de;030123456;Jugendamt Musterstadt;45292",
    ";;;;;;",
    'Frau;Carla;Weiß;carla.weiss@example.de;0351 / 44 55;"Caritas Musterstadt e. V.";15.01.2024',
    "Frau;Anna;Mueller;anna.mueller@example.de;;Jugendamt Musterstadt;",
    "Herr;Dieter;Falsch;dieter(at)example;;Jobcenter Musterstadt;",
    ";;;;;;",
    "Frau;Eva;Straße;;0171-2345678;Jobcenter Musterstadt;31.02.2024",
]


def _csv(tmp_path: Path, encoding: str, sep: str) -> Path:
    path = tmp_path / f"kontakte-{encoding}-{sep == ';'}.csv"
    text = "\r\n".join(line.replace(";", sep) if sep != ";" else line for line in CSV_ROWS)
    path.write_bytes(text.encode(encoding))
    return path


def snapshot() -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to prove that nothing changed."""
    return {model.__name__: sorted(model.select().tuples()) for model in ALL_MODELS}


def stored() -> list[tuple[object, ...]]:
    return [
        (c.first_name, c.last_name, c.email, c.phone, c.organisation_name, c.verified_at)
        for c in contacts.list_contacts()
    ]


SOURCES = ["kontakte.xlsx", "kontakte.xls", "kontakte.ods", "utf-8", "utf-8-sig", "cp1252"]


def _source(name: str, tmp_path: Path) -> Path:
    return FIXTURES / name if name.startswith("kontakte") else _csv(tmp_path, name, ";")


@pytest.mark.parametrize("name", SOURCES)
def test_preview_lists_each_row(db: Path, tmp_path: Path, name: str) -> None:
    plan = ImportPlan.from_file(_source(name, tmp_path), "contacts")
    result = run_import(plan)
    statuses = [(row.row, row.status_text) for row in result.rows]
    first = 4 if name.startswith("kontakte") else 3
    offset = 0 if name.startswith("kontakte") else -1
    assert statuses == [
        (first, "neu"),
        (5 + offset, "neu"),
        (7 + offset, "neu"),
        (8 + offset, "mögliche Dublette von Zeile " + str(first) + " (Anna Müller)"),
        (9 + offset, "Fehler: " + EMAIL_ERROR),
        (11 + offset, "Fehler: " + DATE_ERROR),
    ]
    assert not result.committed
    assert contacts.list_contacts() == []


@pytest.mark.parametrize("name", SOURCES)
def test_error_rows_import_nothing(db: Path, tmp_path: Path, name: str) -> None:
    before = snapshot()
    result = run_import(ImportPlan.from_file(_source(name, tmp_path), "contacts"), commit=True)
    assert not result.committed
    assert [e["message"] for e in result.summary()["errors"]] == [EMAIL_ERROR, DATE_ERROR]
    assert snapshot() == before


@pytest.mark.parametrize("name", SOURCES)
def test_skip_errors_imports_the_valid_rows(db: Path, tmp_path: Path, name: str) -> None:
    plan = ImportPlan.from_file(_source(name, tmp_path), "contacts")
    result = run_import(plan, commit=True, skip_errors=True)
    assert result.committed
    assert result.summary()["created"] == 3
    assert result.summary()["duplicates"] == 1
    assert result.summary()["skipped"] == 2
    assert stored() == EXPECTED
    assert [o.name for o in organisations.list_organisations()] == [
        "Caritas Musterstadt e. V.",
        "Jugendamt Musterstadt",
    ]


def test_comma_separated_windows_file(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes('Nachname,Vorname,Ort\r\nWeiß,Jörg,"Halle, Saale"\r\n'.encode("cp1252"))
    plan = ImportPlan.from_file(path, "contacts")
    assert plan.mapping == {0: "last_name", 1: "first_name", 2: "org_city"}
    run_import(plan, commit=True)
    assert [(c.first_name, c.last_name) for c in contacts.list_contacts()] == [("Jörg", "Weiß")]


@pytest.mark.parametrize("name", ["kontakte.xlsx", "kontakte.xls", "kontakte.ods"])
def test_user_skips_and_fixes_rows(db: Path, name: str) -> None:
    plan = ImportPlan.from_file(FIXTURES / name, "contacts")
    plan.skip_rows = {9}
    plan.fixes = {11: {"verified_at": "28.02.2024"}}
    result = run_import(plan, commit=True)
    assert result.committed
    assert result.summary()["skipped"] == 1
    eva = contacts.list_contacts("Eva")[0]
    assert (eva.last_name, eva.verified_at, eva.organisation_name) == (
        "Straße",
        dt.date(2024, 2, 28),
        "Jobcenter Musterstadt",  # merged cell over rows 9-11
    )


def test_cancelled_import_leaves_the_database_unchanged(demo_db: Path) -> None:
    before = snapshot()
    plan = ImportPlan.from_file(FIXTURES / "kontakte.xlsx", "contacts")
    plan.skip_rows = {9, 11}
    with pytest.raises(ImportCancelledError, match="abgebrochen. Es wurde nichts gespeichert"):
        run_import(plan, commit=True, progress=lambda done, total: done < 2)
    assert snapshot() == before


def test_sheet_can_be_chosen_and_cover_sheet_is_passed_over(db: Path) -> None:
    plan = ImportPlan.from_file(FIXTURES / "kontakte.xlsx", "contacts")
    assert (plan.table.sheet, plan.table.sheets) == ("Kontakte", ["Deckblatt", "Kontakte"])
    from aktif_desktop.errors import ValidationError

    cover = ImportPlan.from_file(FIXTURES / "kontakte.xlsx", "contacts", sheet="Deckblatt")
    with pytest.raises(ValidationError, match="keine Kopfzeile erkannt"):
        run_import(cover)
    with pytest.raises(ValidationError, match="Tabelle „Gibtsnicht“ gibt es"):
        ImportPlan.from_file(FIXTURES / "kontakte.xlsx", "contacts", sheet="Gibtsnicht")


def test_unexpected_failure_mid_import_leaves_nothing(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot()
    real = contacts.create_contact
    calls = []

    def failing(data: contacts.ContactData) -> contacts.ContactRow:
        calls.append(data)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(data)

    monkeypatch.setattr(contacts, "create_contact", failing)
    plan = ImportPlan.from_file(FIXTURES / "kontakte.xlsx", "contacts")
    with pytest.raises(OSError, match="disk full"):
        run_import(plan, commit=True, skip_errors=True)
    assert snapshot() == before
