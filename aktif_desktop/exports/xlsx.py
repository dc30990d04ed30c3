"""A real spreadsheet from plain rows, in openpyxl's write-only mode (fast, little memory).

What the sheet gets: a styled header row with an autofilter (not an Excel table: a table
needs unique, non-empty headers and breaks when a partner inserts a merged title row),
a frozen header, column widths computed from the strings (capped), dates as date cells
shown TT.MM.JJJJ, phone numbers as text, A4 landscape fitted to the page width with the
header repeated on every printed page, and the document title and author.

Formula injection: openpyxl turns any string starting with ``=`` into a formula. Such cells,
and every cell starting with ``+ - @``, tab or carriage return, are written as string cells
with Excel's "quote prefix" flag: Excel shows the text as typed and keeps it text even when
someone edits the cell, and the stored value stays unchanged for the import of returned files
(a literal leading apostrophe would be visible text in an .xlsx file and change the value).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from aktif_desktop.exports.common import PROGRESS_STEP, Progress, atomic_file, report
from aktif_desktop.text import EXCEL_CELL_LIMIT, fit_excel_cell

GUARDED_START = ("=", "+", "-", "@", "\t", "\r", "\n")
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
MAX_WIDTH = 60
FAST_LENGTH = EXCEL_CELL_LIMIT // 2
MIN_WIDTH = 6

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D62")
HEADER_BORDER = Border(bottom=Side(style="thin", color="1B3A3D"))
HEADER_ALIGNMENT = Alignment(vertical="center")


@dataclass(frozen=True, slots=True)
class SheetColumn:
    """One column of the sheet: its header and what kind of value it holds."""

    header: str
    kind: str = "text"  # text, phone, date, datetime, number


def _plain_text(value: str) -> str:
    # Fast path for the usual cell: printable text holds no control, surrogate or
    # non-character, and half the cell limit cannot exceed it even in UTF-16 units.
    if len(value) <= FAST_LENGTH and value.isprintable():
        return value
    # A lone CR would come back from the XML as a line feed anyway: store line feeds. Then
    # drop what no xlsx may hold and cut text longer than a cell (text.fit_excel_cell).
    return fit_excel_cell(value.replace("\r\n", "\n").replace("\r", "\n"))


def _display_width(value: object, kind: str) -> int:
    if value is None:
        return 0
    if kind == "date":
        return 10
    if kind == "datetime":
        return 16
    text = str(value)
    # A multi-line cell is as wide as its longest line.
    return max((len(line) for line in text.splitlines()), default=0)


def column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[object]], kinds: Sequence[str]
) -> list[float]:
    """Width per column in Excel's character units: longest string + room for the filter."""
    widths = [len(header) + 3 for header in headers]  # + the autofilter's drop-down button
    for row in rows:
        for index, value in enumerate(row):
            width = _display_width(value, kinds[index]) + 2
            if width > widths[index]:
                widths[index] = width
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, width))) for width in widths]


class _CellFactory:
    """Turns Python values into write-only cells; plain values pass through unstyled (fast)."""

    def __init__(self, sheet: object) -> None:
        self.sheet = sheet

    def styled(self, value: object, **style: object) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        for name, setting in style.items():
            setattr(cell, name, setting)
        return cell

    def text(self, value: str, as_text: bool = False) -> object:
        value = _plain_text(value)
        if value.startswith(GUARDED_START):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.data_type = "s"  # never a formula, even for "=..."
            cell.quotePrefix = True
            if as_text:
                cell.number_format = "@"
            return cell
        if as_text:
            return self.styled(value, number_format="@")
        return value

    def convert(self, value: object, kind: str) -> object:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return "ja" if value else "nein"
        if isinstance(value, dt.datetime):
            return self.styled(value, number_format=DATETIME_FORMAT)
        if isinstance(value, dt.date):
            return self.styled(value, number_format=DATE_FORMAT)
        if isinstance(value, int | float):
            return value
        # Phone numbers stay text ("@" format) so "0351..." keeps its leading zero.
        return self.text(str(value), as_text=kind == "phone")


def write_xlsx(
    path: Path | str,
    *,
    title: str,
    author: str,
    sheet_title: str,
    columns: Sequence[SheetColumn],
    rows: Iterable[Sequence[object]],
    notes: Sequence[str] = (),
    progress: Progress | None = None,
) -> int:
    """Write one sheet of ``rows`` under ``columns`` to ``path``; return the number of rows.

    ``notes`` (e.g. what was left out for lack of consent) go onto a second sheet "Hinweise".
    """
    data = [list(row) for row in rows]
    total = len(data)
    headers = [column.header for column in columns]
    kinds = [column.kind for column in columns]
    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    workbook.properties.creator = author
    sheet = workbook.create_sheet(_sheet_name(sheet_title))
    _prepare_sheet(sheet, column_widths(headers, data, kinds))
    factory = _CellFactory(sheet)
    sheet.append([_header_cell(factory, header) for header in headers])
    try:
        for index, row in enumerate(data):
            if index % PROGRESS_STEP == 0:
                report(progress, index, total)
            sheet.append([factory.convert(value, kinds[i]) for i, value in enumerate(row)])
    except BaseException:
        _discard(sheet)
        raise
    last_column = get_column_letter(max(1, len(headers)))
    sheet.auto_filter.ref = f"A1:{last_column}{total + 1}"
    if notes:
        note_sheet = workbook.create_sheet("Hinweise")
        note_sheet.column_dimensions["A"].width = 110
        for note in notes:
            note_sheet.append([factory.text(note)])
    report(progress, total, total)
    with atomic_file(path) as temp:
        workbook.save(temp)
    return total


def _discard(sheet: Any) -> None:
    """Close a half-written write-only sheet and delete openpyxl's temporary file for it."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def _sheet_name(text: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip()
    return cleaned[:31] or "Liste"


def _header_cell(factory: _CellFactory, header: str) -> WriteOnlyCell:
    return factory.styled(
        _plain_text(header),
        font=HEADER_FONT,
        fill=HEADER_FILL,
        border=HEADER_BORDER,
        alignment=HEADER_ALIGNMENT,
    )


def _prepare_sheet(sheet: object, widths: Sequence[float]) -> None:
    """Everything a write-only sheet needs before its first row is written."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]
    sheet.freeze_panes = "A2"  # type: ignore[attr-defined]
    sheet.print_title_rows = "1:1"  # type: ignore[attr-defined]
    setup = sheet.page_setup  # type: ignore[attr-defined]
    setup.orientation = "landscape"
    setup.paperSize = 9  # A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)  # type: ignore[attr-defined]
    sheet.print_options.gridLines = True  # type: ignore[attr-defined]
