"""Excel export of all 20,000 contacts and the signature list of 500, against their floors.

Excel floor: raw openpyxl in write-only mode writing the same cells. The cells are read back
from the product's own file (not timed), so the floor writes exactly the values it wrote, with
the same number formats (dates, text-formatted phone numbers) and the same header styling.

Signature-list floor: a raw reportlab platypus document holding one table of the same rows
(number, name, organisation, empty signature cell, then the blank rows) as Paragraphs in
DejaVu Sans, with the same column widths and row heights and the header row repeated.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from benchmarks.harness import Timed, measure_pair, own_peak_rss_mb, time_once


def _open(ctx: dict[str, Any]) -> Path:
    from aktif_desktop.storage.db import open_database

    open_database(Path(ctx["db"]))
    out = Path(ctx["work"]) / f"out-{ctx['part']}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    return out


# Excel -----------------------------------------------------------------------------------


def read_cells(path: Path) -> list[list[tuple[object, str]]]:
    """(value, number format) of every cell of the first sheet, row by row."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    sheet = workbook.worksheets[0]
    rows = [[(cell.value, cell.number_format) for cell in row] for row in sheet.iter_rows()]
    workbook.close()
    return rows


def floor_xlsx(path: Path, rows: list[list[tuple[object, str]]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Ansprechpersonen")
    header_font, header_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", "2F5D62")
    for number, row in enumerate(rows):
        cells: list[object] = []
        for value, number_format in row:
            if number == 0:
                cell = WriteOnlyCell(sheet, value=value)
                cell.font, cell.fill = header_font, header_fill
                cells.append(cell)
            elif number_format != "General" and value is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    workbook.save(path)


def measure_xlsx(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    try:
        from aktif_desktop.exports.lists import CONTACTS, export_contacts
    except ImportError:
        return {"missing": "aktif_desktop.exports.lists is not there yet"}
    out = _open(ctx)
    product_file, floor_file = out / "contacts.xlsx", out / "floor.xlsx"

    def product(_: object) -> None:
        export_contacts(product_file, columns=list(CONTACTS.codes), include_without_consent=True)

    time_product = Timed(product)
    quick = bool(ctx.get("quick"))
    # The first run warms up (or, in a quick run, is the one measurement); its file gives
    # the floor its cells.
    first = time_once(time_product)
    rss = own_peak_rss_mb()
    cells = read_cells(product_file)
    floor = Timed(lambda _: floor_xlsx(floor_file, cells))
    result = measure_pair(
        time_product, floor, repeat - 1 if quick else repeat, warmup=not quick, product_ran=True
    )
    if quick:
        result["product"].insert(0, first)
        result["floor"].append(time_once(floor))
    result["rss_mb"] = rss
    result["note"] = f"{len(cells) - 1} rows × {len(cells[0])} columns"
    return result


# Signature list ----------------------------------------------------------------------------


def signature_rows(event_id: int, blank_rows: int) -> list[list[str]]:
    """The rows the product prints: seat-taking participants sorted, then blank rows."""
    from aktif_desktop.domain import SEAT_TAKING
    from aktif_desktop.services import participations

    people = [p for p in participations.list_participants(event_id) if p.status in SEAT_TAKING]
    rows = [["Nr.", "Name", "Organisation", "Unterschrift"]]
    for number, person in enumerate(people, start=1):
        first = " ".join(part for part in (person.title, person.first_name) if part)
        name = f"{person.last_name}, {first}" if first else person.last_name
        organisation = person.organisation_name if person.consent_lists else ""
        rows.append([str(number), name, organisation, ""])
    rows += [[str(n), "", "", ""] for n in range(len(people) + 1, len(people) + blank_rows + 1)]
    return rows


def floor_signature(path: Path, rows: list[list[str]]) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from aktif_desktop.exports.pdf_base import FONT, FONT_BOLD, register_fonts

    register_fonts()
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11.25)
    head = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=9.5, leading=11.9)
    data = [[Paragraph(escape(text), head) for text in rows[0]]]
    data += [
        [number, Paragraph(escape(name), cell), Paragraph(escape(org), cell), ""]
        for number, name, org, _ in rows[1:]
    ]
    widths = (11 * mm, 48 * mm, 54 * mm, A4[0] - 36 * mm - 113 * mm)
    table = Table(
        data, colWidths=widths, repeatRows=1, minRowHeights=[8 * mm] + [10 * mm] * (len(data) - 1)
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (0, -1), FONT, 9.5),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.darkslategray),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke]),
            ]
        )
    )
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm).build(
        [table]
    )


def measure_signature(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    try:
        from aktif_desktop.exports.signature_list import DEFAULT_BLANK_ROWS, write_signature_list
    except ImportError:
        return {"missing": "aktif_desktop.exports.signature_list is not there yet"}
    out = _open(ctx)
    event_id = ctx["list_event_id"]
    rows = signature_rows(event_id, DEFAULT_BLANK_ROWS)
    result = measure_pair(
        Timed(lambda _: write_signature_list(event_id, out / "unterschriften.pdf")),
        Timed(lambda _: floor_signature(out / "floor.pdf", rows)),
        repeat,
        warmup=not ctx.get("quick"),
    )
    from pypdf import PdfReader

    pages = len(PdfReader(out / "unterschriften.pdf").pages)
    floor_pages = len(PdfReader(out / "floor.pdf").pages)
    result["note"] = f"{len(rows) - 1} rows; {pages} pages (floor: {floor_pages})"
    return result


def measure(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    return {"xlsx": measure_xlsx, "signature": measure_signature}[ctx["part"]](ctx, repeat)
