"""Every Excel list prints legibly: the effective text size on A4 landscape is at least 8 pt.

The size is computed from the file alone, as a spreadsheet program does: the printed columns'
widths (Excel: ``7 w + 5`` pixels at 96 dpi, 0.75 points per pixel), the page's printable width
(A4 landscape minus the side margins), fit-to-width scaling (never above 100 %) and the font
size of every printed cell.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, range_boundaries

from aktif_desktop import record_keys
from aktif_desktop.exports import lists

A4_LANDSCAPE_POINTS = 297 / 25.4 * 72


def effective_sizes(path: Path) -> tuple[float, float, list[float]]:
    """(scale, smallest printed font size x scale, printed column widths) of the first sheet."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    setup, margins = sheet.page_setup, sheet.page_margins
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9
    area = sheet.print_area.split("!")[-1].replace("$", "")
    min_col, min_row, max_col, max_row = range_boundaries(area)
    widths = [
        sheet.column_dimensions[openpyxl.utils.get_column_letter(i)].width
        for i in range(min_col, max_col + 1)
    ]
    printed_points = sum(0.75 * (7 * w + 5) for w in widths)
    printable = A4_LANDSCAPE_POINTS - (margins.left + margins.right) * 72
    if sheet.sheet_properties.pageSetUpPr.fitToPage:
        assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0  # pages flow down
        scale = min(1.0, printable / printed_points)
    else:
        scale = (setup.scale or 100) / 100
    sizes = [
        cell.font.sz
        for row in sheet.iter_rows(min_row=min_row, max_row=max_row, max_col=max_col)
        for cell in row
        if cell.value is not None
    ]
    assert all(size is not None for size in sizes)
    return scale, min(sizes) * scale, widths


CASES = [(kind, columns) for kind in lists.LISTS for columns in ("default", "all")]


@pytest.mark.parametrize(("kind", "columns"), CASES)
def test_every_list_prints_at_8_points_or_more(
    demo_db: Path, tmp_path: Path, kind: str, columns: str
) -> None:
    spec = lists.LISTS[kind]
    codes = list(spec.default_codes) if columns == "default" else list(spec.codes)
    target = tmp_path / f"{kind}.xlsx"
    # "all" includes the free-text notes of the Lotsen lists, written only when asked for
    lists.export_list(
        kind, target, event_id=1, year=2026, columns=codes, with_notes=columns == "all"
    )
    scale, size, _ = effective_sizes(target)
    if columns == "default":
        assert scale >= 0.75, scale
    assert size >= 8.0, (kind, columns, scale, size)


@pytest.mark.parametrize("kind", list(lists.LISTS))
def test_print_area_header_footer_and_key_column(demo_db: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.xlsx"
    lists.export_list(kind, target, event_id=1, year=2026)
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    area = sheet.print_area.split("!")[-1].replace("$", "")
    last_printed = column_index_from_string(area.split(":")[1].rstrip("0123456789"))
    key_column = next(
        (
            cell.column
            for row in sheet.iter_rows()
            for cell in row
            if cell.value == record_keys.KEY_HEADER
        ),
        None,
    )
    if lists.LISTS[kind].key_kind:
        assert key_column == last_printed + 1 == sheet.max_column  # in the file, off the paper
    else:  # the Lotsen lists are never sent back: no key, everything printed
        assert key_column is None and last_printed == sheet.max_column
    header, footer = sheet.oddHeader, sheet.oddFooter
    assert header.left.text.startswith(lists.LISTS[kind].title.split()[0][:8])
    assert header.right.text == "Familienverbund Lindenau"
    assert footer.left.text.startswith("Stand ")
    assert footer.right.text == "Seite &P von &N"
    if "Hinweise" in book.sheetnames:
        notes = book["Hinweise"]
        assert notes.page_setup.orientation == "portrait"
        assert all(cell.alignment.wrap_text for row in notes.iter_rows() for cell in row)


def test_long_text_wraps_with_room_and_is_never_cut(demo_db: Path, tmp_path: Path) -> None:
    from aktif_desktop.services import organisations
    from aktif_desktop.services.organisations import OrganisationData

    long_name = (
        "Arbeitsgemeinschaft der Träger der freien Jugendhilfe und der Familienbildungsstätten "
        "im Landkreis Lindenau"
    )
    assert len(long_name) > 100
    organisations.create_organisation(OrganisationData(name=long_name, kind="other"))
    target = tmp_path / "partners.xlsx"
    lists.export_partners(target)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == long_name)
    assert cell.alignment.wrap_text
    width = sheet.column_dimensions[cell.column_letter].width
    lines_needed = -(-len(long_name) // int(width * 1.3))  # even if every glyph were narrow
    assert sheet.row_dimensions[cell.row].height >= lines_needed * 11.5


def test_participant_list_names_event_date_place_and_consent(demo_db: Path, tmp_path: Path) -> None:
    from aktif_desktop.services import events

    event = events.get_event(1)
    target = tmp_path / "teilnahme.xlsx"
    lists.export_participants(target, event_id=1)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    top = [sheet.cell(row, 1).value for row in range(1, 4)]
    assert top[0] == f"Teilnahmeliste: {event.title}"
    assert top[1].startswith(f"Datum: {event.start:%d.%m.%Y}")
    assert top[2] == f"Ort: {event.where}"
    assert sheet.print_area.split("!")[-1].startswith("$A$1")  # the block prints too


def test_multi_line_agenda_cells_wrap_and_get_their_height(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    lists.export_plan(target, year=2026, columns=["titel", "themen"])
    sheet = openpyxl.load_workbook(target).worksheets[0]
    agenda = [c for row in sheet.iter_rows(min_row=2) for c in row if c.column == 2 and c.value]
    assert agenda
    for cell in agenda:
        lines = cell.value.count("\n") + 1
        assert cell.alignment.wrap_text
        assert sheet.row_dimensions[cell.row].height >= lines * 11.5
