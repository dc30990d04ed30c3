"""Issue 12, import items 5, 8, 9, 11, 12, 13, 16, 18, 19: each defect with real files.

Where the command line is involved it runs as a real subprocess (``python -m aktif_desktop``),
so exit status, stderr and stdout are what a user's shell sees.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from aktif_desktop.errors import ValidationError
from aktif_desktop.imports.engine import ImportPlan, run_import
from aktif_desktop.services import contacts, events, organisations
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.models import Contact

HOSTILE = Path(__file__).parents[1] / "fixtures" / "import" / "hostile"


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aktif_desktop", "--db", str(db), "import", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def stored(db: Path) -> list[str]:
    open_database(db)
    try:
        return sorted(row.full_name for row in contacts.list_contacts())
    finally:
        close_database()


def csv_file(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


HEADER = "Vorname;Nachname;Einrichtung;E-Mail\n"


# Item 5 ------------------------------------------------------------------------------------
def test_unclosed_quote_names_the_row_and_imports_nothing(db_path: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "liste.csv",
        HEADER
        + "Anna;Müller;Jugendamt;anna@example.de\n"
        + 'Bernd;Schulz;"Caritas Musterstadt;bernd@example.de\n'
        + "Carla;Weiß;Diakonie;carla@example.de\n"
        + "Dora;Klein;AWO;dora@example.de\n",
    )
    done = cli(db_path, "contacts", str(path))
    assert done.returncode == 2
    assert "Zeile 3: ein Anführungszeichen" in done.stderr
    assert "wird nicht geschlossen" in done.stderr
    assert stored(db_path) == []


def test_quote_closed_rows_later_is_refused_with_its_row(db_path: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "liste.csv",
        HEADER
        + 'Bernd;Schulz;"Caritas Musterstadt;bernd@example.de\n'
        + "Carla;Weiß;Diakonie;carla@example.de\n"
        + 'Dora;Klein;"AWO";dora@example.de\n',
    )
    done = cli(db_path, "contacts", str(path))
    assert done.returncode == 2
    assert "Zeile 2:" in done.stderr
    assert stored(db_path) == []


def test_quote_swallowing_whole_records_is_refused(db: Path, tmp_path: Path) -> None:
    """Closed properly but holding whole records of the file: meant as rows, not a cell."""
    path = csv_file(
        tmp_path / "liste.csv",
        HEADER
        + 'Bernd;Schulz;"Caritas\nCarla;Weiß;Diakonie;carla@example.de\nDora";bernd@ex.de\n'
        + "Emil;Ernst;AWO;emil@example.de\n",
    )
    with pytest.raises(ValidationError, match="Zeile 2: ein Feld in Anführungszeichen"):
        ImportPlan.from_file(path, "contacts")


def test_a_quoted_address_over_two_lines_still_imports(db: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "liste.csv",
        "Name;Straße;Ort\n"
        + '"Caritas Musterstadt";"Hauptstraße 1\nHinterhaus";Musterstadt\n'
        + "Diakonie;Ring 2;Musterstadt\n",
    )
    result = run_import(ImportPlan.from_file(path, "organisations"), commit=True)
    assert result.summary()["created"] == 2
    assert organisations.list_organisations()[0].street == "Hauptstraße 1 Hinterhaus"


# Item 8 ------------------------------------------------------------------------------------
def test_report_names_nobody_missing_from_the_file(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path)
    try:
        org = organisations.create_organisation(organisations.OrganisationData(name="Jugendamt"))
        kept = contacts.create_contact(
            contacts.ContactData(
                organisation_id=org.id, first_name="Anna", last_name="Müller", phone="030 111"
            )
        )
        for first, last in (("Geheime", "Nichtweitergabe"), ("Stille", "Verborgen")):
            contacts.create_contact(
                contacts.ContactData(
                    organisation_id=org.id, first_name=first, last_name=last, consent_share=False
                )
            )
    finally:
        close_database()
    path = csv_file(
        tmp_path / "rueckläufer.csv",
        f"Aktif-Schlüssel;Vorname;Nachname;Telefon\ncontact:{kept.id};Anna;Müller;030 222\n",
    )
    report = tmp_path / "bericht.xlsx"
    done = cli(db_path, "contacts", str(path), "--report", str(report))
    assert done.returncode == 0, done.stderr
    cells = [
        str(value)
        for row in load_workbook(report).active.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    text = " ".join(cells)
    assert "Nichtweitergabe" not in text and "Verborgen" not in text
    assert "030 111" not in text  # the stored old value is not what the file had
    assert "030 222" in text and "Anna Müller" in text
    assert "2 Einträge der Datenbank stehen nicht in der Datei" in text


# Item 9 ------------------------------------------------------------------------------------
def fachtag() -> events.EventRow:
    start = dt.datetime(2026, 5, 4, 9)
    return events.create_event(
        events.EventData(kind="workshop", title="Fachtag", start=start, end=start)
    )


def test_participant_import_without_consent_column_records_no_consent(
    db: Path, tmp_path: Path
) -> None:
    event = fachtag()
    path = csv_file(tmp_path / "anmeldung.csv", "Vorname;Nachname\nZoe;Neumann\n")
    run_import(ImportPlan.from_file(path, "participants", event_id=event.id), commit=True)
    person = Contact.get(Contact.last_name == "Neumann")
    assert (person.consent_lists, person.consent_lists_date, person.consent_recorded_by) == (
        False,
        None,
        "",
    )


def test_consent_from_an_explicit_column_or_choice(db: Path, tmp_path: Path) -> None:
    event = fachtag()
    path = csv_file(
        tmp_path / "anmeldung.csv",
        "Vorname;Nachname;Einwilligung Teilnahmelisten\nZoe;Neumann;ja\nYann;Alt;nein\n",
    )
    run_import(ImportPlan.from_file(path, "participants", event_id=event.id), commit=True)
    assert Contact.get(Contact.last_name == "Neumann").consent_lists is True
    assert Contact.get(Contact.last_name == "Alt").consent_lists is False
    plain = csv_file(tmp_path / "b.csv", "Vorname;Nachname\nXaver;Zeh\n")
    plan = ImportPlan.from_file(plain, "participants", event_id=event.id)
    plan.consent_lists = True  # the wizard's explicit statement for the whole list
    run_import(plan, commit=True)
    assert Contact.get(Contact.last_name == "Zeh").consent_lists is True


def test_service_default_is_no_consent(db: Path) -> None:
    created = contacts.create_contact(contacts.ContactData(last_name="Neu"))
    assert (created.consent_lists, created.consent_lists_date) == (False, None)
    assert (created.consent_share, created.consent_recorded_by) == (False, "")


# Item 11 -----------------------------------------------------------------------------------
EXCEL_UNICODE = "Vorname\tNachname\tE-Mail\r\nJörg\tSchäfer\tjoerg@example.de\r\n"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_wide_encodings_by_bom_and_by_nul_bytes(
    db: Path, tmp_path: Path, encoding: str, bom: bytes
) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + EXCEL_UNICODE.encode(encoding))
    result = run_import(ImportPlan.from_file(path, "contacts"), commit=True)
    assert result.summary()["created"] == 1
    person = contacts.list_contacts()[0]
    assert (person.first_name, person.last_name, person.email) == (
        "Jörg",
        "Schäfer",
        "joerg@example.de",
    )


# Item 12 -----------------------------------------------------------------------------------
def test_two_columns_with_the_same_header_are_refused_with_both_letters(
    db_path: Path, tmp_path: Path
) -> None:
    path = csv_file(
        tmp_path / "liste.csv",
        "Vorname;Nachname;E-Mail;Telefon;Einrichtung;E-Mail\n"
        "Anna;Müller;alt@example.de;030 1;Jugendamt;neu@example.de\n",
    )
    done = cli(db_path, "contacts", str(path))
    assert done.returncode == 2
    assert "„E-Mail“ steht in den Spalten C und F" in done.stderr
    assert stored(db_path) == []


def test_chosen_column_of_a_duplicated_header_is_imported(db: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "liste.csv",
        "Vorname;Nachname;E-Mail;Einrichtung;E-Mail\nAnna;Müller;alt@example.de;JA;neu@example.de\n",
    )
    plan = ImportPlan.from_file(path, "contacts")
    assert plan.duplicate_headers() == [("E-Mail", [2, 4])]
    plan.choose_column("E-Mail", 4)
    assert run_import(plan, commit=True).summary()["created"] == 1
    assert contacts.list_contacts()[0].email == "neu@example.de"


# Item 13 -----------------------------------------------------------------------------------
ERROR_CODES = ["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"]


def error_xlsx(path: Path) -> Path:
    sys.path.insert(0, str(HOSTILE))
    try:
        from make_hostile import error_workbook  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return error_workbook(path)  # type: ignore[no-any-return]


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods"])
def test_excel_error_cells_are_row_errors(db: Path, tmp_path: Path, suffix: str) -> None:
    if suffix == ".xlsx":
        path = error_xlsx(tmp_path / "fehlerzellen.xlsx")
    else:
        path = HOSTILE / f"fehlerzellen{suffix}"
    result = run_import(ImportPlan.from_file(path, "contacts"), commit=True, skip_errors=True)
    assert [row.row for row in result.errors] == list(range(3, 10))
    for row, code in zip(result.errors, ERROR_CODES, strict=True):
        expected = f"Die Zelle „Telefon (direkt)“ enthält den Excel-Fehler {code}"
        assert row.detail.startswith(expected)
    assert [c.full_name for c in contacts.list_contacts()] == ["Anna Fehlerfrei"]


@pytest.mark.parametrize("code", ["#NV", "#WERT!", "#BEZUG!", "#ZAHL!", "#DIV/0!", "#NAME?"])
def test_german_error_values_in_a_csv_are_row_errors(db: Path, tmp_path: Path, code: str) -> None:
    path = csv_file(tmp_path / "a.csv", f"Vorname;Nachname;Geprüft am\nAnna;Müller;{code}\n")
    result = run_import(ImportPlan.from_file(path, "contacts"))
    assert result.errors[0].detail.startswith(
        f"Die Zelle „Geprüft am“ enthält den Excel-Fehler {code}"
    )


def test_all_errors_of_a_row_at_once(db: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "a.csv", "Vorname;Nachname;Geprüft am;Aktiv\n;;31.02.2024;vielleicht\n"
    )
    row = run_import(ImportPlan.from_file(path, "contacts")).errors[0]
    assert len(row.problems) == 3
    assert "31.02.2024" in row.problems[0] and "vielleicht" in row.problems[1]
    assert "keinen Namen" in row.problems[2]


# Item 16 and 18 ----------------------------------------------------------------------------
def test_csv_field_over_128_kb_has_its_own_sentence(db_path: Path, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "a.csv", HEADER + 'Anna;Müller;"' + "x" * 140_000 + '";a@b.de\n')
    done = cli(db_path, "contacts", str(path))
    assert done.returncode == 2
    assert "Zeile 2: ein Feld ist länger als 128 KB" in done.stderr
    assert "unerwartet" not in done.stderr
    assert len(done.stderr) < 600 and len(done.stdout) < 600


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("kaputt.xlsx", b"kein Excel", "konnte nicht gelesen werden"),
        ("leer.xlsx", b"", "konnte nicht gelesen werden"),
        ("bild.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "keine Textdatei"),
        ("liste.docx", b"x", "kann nicht eingelesen werden"),
    ],
)
def test_unreadable_files_exit_2(
    db_path: Path, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    done = cli(db_path, "contacts", str(path))
    assert (done.returncode, done.stdout) == (2, "")
    assert expected in done.stderr and "unerwartet" not in done.stderr


def test_missing_file_exits_2(db_path: Path, tmp_path: Path) -> None:
    done = cli(db_path, "contacts", str(tmp_path / "fehlt.xlsx"))
    assert done.returncode == 2
    assert "wurde nicht gefunden" in done.stderr


# Item 19 -----------------------------------------------------------------------------------
XLSX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override '
        'PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Liste" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>'
    ),
    "xl/worksheets/sheet1.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s">'
        '<v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v>'
        '</c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>'
    ),
}


def bomb_xlsx(path: Path, size: int = 100 * 1024 * 1024) -> Path:
    """A small xlsx whose one shared string (cell A2) unpacks to ``size`` characters."""
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t>Vorname</t></si><si><t>'
        "Nachname</t></si><si><t>" + "A" * size + "</t></si><si><t>Bombe</t></si></sst>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in XLSX_PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/sharedStrings.xml", strings)
    return path


def test_zip_bomb_is_refused_without_echoing_it(db_path: Path, tmp_path: Path) -> None:
    path = bomb_xlsx(tmp_path / "bombe.xlsx")
    assert path.stat().st_size < 200_000
    done = cli(db_path, "contacts", str(path))
    assert done.returncode == 2
    assert "entpackt mehr als 64 MB" in done.stderr
    assert len(done.stdout) + len(done.stderr) < 1000


def test_long_cell_is_refused_and_quoted_short(db: Path, tmp_path: Path) -> None:
    path = bomb_xlsx(tmp_path / "lang.xlsx", size=40_000)
    with pytest.raises(ValidationError) as caught:
        ImportPlan.from_file(path, "contacts")
    message = caught.value.message
    assert "Zelle A2 enthält 40.000 Zeichen" in message
    assert "AAAA…" in message and len(message) < 300


def test_sheet_reaching_the_last_excel_row_is_refused_quickly(db: Path, tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["Vorname", "Nachname"])
    workbook.active["XFD1048576"] = "ganz unten rechts"
    workbook.save(tmp_path / "weit.xlsx")
    with pytest.raises(ValidationError, match="mehr als 100.000 Zeilen"):
        ImportPlan.from_file(tmp_path / "weit.xlsx", "contacts")


def test_too_many_csv_rows_are_refused(db: Path, tmp_path: Path) -> None:
    lines = "".join(f"V{i};N{i}\n" for i in range(100_001))
    path = csv_file(tmp_path / "lang.csv", "Vorname;Nachname\n" + lines)
    with pytest.raises(ValidationError, match="mehr als 100.000 Zeilen"):
        ImportPlan.from_file(path, "contacts")


def test_service_messages_quote_long_values_short(db: Path, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "a.csv", "Vorname;Nachname;E-Mail\nAnna;Müller;" + "q" * 5000 + "\n")
    row = run_import(ImportPlan.from_file(path, "contacts")).errors[0]
    assert len(row.detail) < 400 and "…" in row.detail


def lying_sizes(path: Path, member: str, size: int = 1000) -> Path:
    """Patch the sizes ``member`` declares (local header and central directory) to ``size``."""
    import struct

    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
    struct.pack_into("<I", data, offset + 22, size)
    end = data.rfind(b"PK\x05\x06")
    position = struct.unpack_from("<I", data, end + 16)[0]
    while data[position : position + 4] == b"PK\x01\x02":
        name_length, extra, comment = struct.unpack_from("<HHH", data, position + 28)
        if data[position + 46 : position + 46 + name_length].decode() == member:
            struct.pack_into("<I", data, position + 24, size)
        position += 46 + name_length + extra + comment
    path.write_bytes(bytes(data))
    return path


def test_zip_bomb_with_lying_sizes_is_refused(db: Path, tmp_path: Path) -> None:
    path = lying_sizes(bomb_xlsx(tmp_path / "luegt.xlsx"), "xl/sharedStrings.xml")
    with zipfile.ZipFile(path) as archive:
        assert sum(item.file_size for item in archive.infolist()) < 10_000
    with pytest.raises(ValidationError, match="entpackt mehr als 64 MB"):
        ImportPlan.from_file(path, "contacts")


def test_format_errors_are_listed_with_the_cell_errors(db: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "a.csv", "Vorname;Nachname;E-Mail;Mobil;Geprüft am\nBert;Bach;b(at)x;abc;#NV\n"
    )
    row = run_import(ImportPlan.from_file(path, "contacts")).errors[0]
    assert [problem.split(" ")[0] for problem in row.problems] == ["„b(at)x“", "„abc“", "Die"]
    assert row.status_text.startswith("3 Fehler: „b(at)x“ ist keine gültige E-Mail-Adresse")


def test_report_does_not_name_who_holds_a_taken_address(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path)
    try:
        contacts.create_contact(
            contacts.ContactData(first_name="Verena", last_name="Verborgen", email="x@example.de")
        )
        anna = contacts.create_contact(contacts.ContactData(first_name="Anna", last_name="Alt"))
    finally:
        close_database()
    path = csv_file(
        tmp_path / "a.csv",
        f"Aktif-Schlüssel;Vorname;Nachname;E-Mail\ncontact:{anna.id};Anna;Alt;x@example.de\n",
    )
    report = tmp_path / "bericht.xlsx"
    done = cli(db_path, "contacts", str(path), "--report", str(report))
    assert done.returncode == 2
    text = " ".join(
        str(v) for row in load_workbook(report).active.iter_rows(values_only=True) for v in row
    )
    assert "x@example.de gehört bereits zu einer anderen Ansprechperson" in text
    assert "Verborgen" not in text
