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
import copy
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from aktif_desktop.exports import xlsx_layout as layout
from aktif_desktop.exports.common import PROGRESS_STEP, Progress, atomic_file, report
from aktif_desktop.text import EXCEL_CELL_LIMIT, fit_excel_cell

GUARDED_START = ("=", "+", "-", "@", "\t", "\r", "\n")
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
FAST_LENGTH = EXCEL_CELL_LIMIT // 2
MIN_WIDTH = 6.0

FONT_NAME = "Arial"  # on every Windows PC; LibreOffice prints it with the same metrics
FONT_SIZE = 10.0
BODY_FONT = Font(name=FONT_NAME, size=FONT_SIZE)
HEADER_FONT = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, color="FFFFFF")
TITLE_FONT = Font(name=FONT_NAME, size=12, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="2F5D62")
HEADER_BORDER = Border(bottom=Side(style="thin", color="1B3A3D"))
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
WRAP_ALIGNMENT = Alignment(vertical="top", wrap_text=True)
TOP_ALIGNMENT = Alignment(horizontal="left", vertical="top")
NUMBER_ALIGNMENT = Alignment(horizontal="center", vertical="top")
LINE_HEIGHT = 12.5  # points per line of 10-point Arial (Excel 12.75, LibreOffice 11.5)
NOTE_WIDTH = 90.0  # the Hinweise sheet: fits A4 portrait at 100 %


@dataclass(frozen=True, slots=True)
class SheetColumn:
    """One column of the sheet: its header, what kind of value it holds, whether it prints.

    Columns that do not print (the technical key) must come last: the print area is the
    block of printed columns from A.
    """

    header: str
    kind: str = "text"  # text, phone, date, datetime, number
    printed: bool = True


@dataclass(frozen=True, slots=True)
class PrintInfo:
    """What every printed page carries: title and Verbund above, date, note and page below."""

    title: str
    verbund: str
    stand: dt.date
    footer_note: str = ""


def plain_text(value: str) -> str:
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
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    kinds: Sequence[str],
    printed: Sequence[bool] | None = None,
    *,
    landscape: bool = True,
) -> list[float]:
    """Width per column in Excel's character units, chosen so the printout stays legible.

    Each column first gets its natural width (longest line, or the header with room for the
    filter button). When the printed columns together are wider than the page allows at
    ``layout.MIN_SCALE``, the widest text columns give way (their text wraps, never cut) down
    to ``layout.TEXT_FLOOR``; numbers, dates and phone numbers keep their width.
    """
    printed = list(printed) if printed is not None else [True] * len(headers)
    widths = [float(len(header) + 3) for header in headers]  # + the autofilter's button
    for row in rows:
        for index, value in enumerate(row):
            width = _display_width(value, kinds[index]) + 2
            if width > widths[index]:
                widths[index] = float(width)
    widths = [max(MIN_WIDTH, width) for width in widths]
    for index, kind in enumerate(kinds):
        if kind == "text":
            widths[index] = min(widths[index], layout.TEXT_CAP)
    return layout.shrink_to_page(widths, kinds, printed, landscape=landscape)


class CellFactory:
    """Turns Python values into write-only cells, each with an explicit font.

    Styles are made once per kind of cell and copied (a style is a small array of indexes
    into the workbook's style tables), so 100,000 cells cost little more than plain values.
    """

    def __init__(self, sheet: object) -> None:
        self.sheet = sheet
        self._templates: dict[tuple[object, ...], Any] = {}

    def styled(self, value: object, **style: object) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        for name, setting in style.items():
            setattr(cell, name, setting)
        return cell

    def _cell(
        self, value: object, number_format: str, wrap: bool, number: bool = False
    ) -> WriteOnlyCell:
        key = (number_format, wrap, number)
        template = self._templates.get(key)
        if template is None:
            alignment = WRAP_ALIGNMENT if wrap else TOP_ALIGNMENT
            template = self.styled(
                None,
                font=BODY_FONT,
                alignment=NUMBER_ALIGNMENT if number else alignment,
                number_format=number_format,
            )._style
            self._templates[key] = template
        cell = WriteOnlyCell(self.sheet, value=value)
        cell._style = copy.copy(template)
        return cell

    def line(self, value: str, **style: object) -> WriteOnlyCell:
        """A styled line of text above a table (a title): never a formula, like every cell."""
        value = plain_text(value)
        cell = self.styled(value, **style)
        if value.startswith(GUARDED_START):
            cell.data_type = "s"
            cell.quotePrefix = True
        return cell

    def text(self, value: str, as_text: bool = False, wrap: bool = False) -> WriteOnlyCell:
        value = plain_text(value)
        cell = self._cell(value, "@" if as_text else "General", wrap)
        if value.startswith(GUARDED_START):
            cell.data_type = "s"  # never a formula, even for "=..."
            cell.quotePrefix = True
        return cell

    def convert(self, value: object, kind: str, wrap: bool = False) -> object:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return self._cell("ja" if value else "nein", "General", False)
        if isinstance(value, dt.datetime):
            return self._cell(value, DATETIME_FORMAT, False)
        if isinstance(value, dt.date):
            return self._cell(value, DATE_FORMAT, False)
        if isinstance(value, int | float):
            number_format = "#,##0" if isinstance(value, int) else "#,##0.0#"
            return self._cell(value, number_format, False, number=True)
        # Phone numbers stay text ("@" format) so "0351..." keeps its leading zero.
        return self.text(str(value), as_text=kind == "phone", wrap=wrap)


@dataclass(slots=True, kw_only=True)
class SheetSpec:
    """One sheet of a workbook: its columns and rows, the lines above them, its printout."""

    title: str
    columns: Sequence[SheetColumn]
    rows: Sequence[Sequence[object]]
    print_info: PrintInfo | None = None
    sheet_lines: Sequence[str] = ()
    landscape: bool = True


class SheetWriter(Protocol):
    """A sheet laid out by its own module (e.g. ``xlsx_parts.PartsSheet``: several tables
    with charts), written with this writer's cell styles into the same workbook."""

    print_info: PrintInfo | None

    def add_to(self, workbook: Workbook, factory: CellFactory, progress: Progress | None) -> int:
        """Add the sheet to ``workbook``; return its number of data rows."""
        ...


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
    print_info: PrintInfo | None = None,
    sheet_lines: Sequence[str] = (),
) -> int:
    """Write one sheet of ``rows`` under ``columns`` to ``path``; return the number of rows.

    ``sheet_lines`` (e.g. the event, date and place of a participant list) stand above the
    header row; ``print_info`` fills the printed header and footer; ``notes`` (e.g. what was
    left out for lack of consent) go onto a second sheet "Hinweise".
    """
    sheet = SheetSpec(
        title=sheet_title,
        columns=columns,
        rows=[list(row) for row in rows],
        print_info=print_info,
        sheet_lines=sheet_lines,
    )
    return write_workbook(
        path, title=title, author=author, sheets=[sheet], notes=notes, progress=progress
    )[0]


def write_workbook(
    path: Path | str,
    *,
    title: str,
    author: str,
    sheets: Sequence[SheetSpec | SheetWriter],
    notes: Sequence[str] = (),
    progress: Progress | None = None,
) -> list[int]:
    """Write ``sheets`` (and a sheet "Hinweise" for ``notes``) to ``path``; rows per sheet."""
    # The target is checked (and refused) before a write-only workbook exists: one left
    # unsaved keeps a temporary file open and complains when it is collected.
    with atomic_file(path) as temp:
        workbook = Workbook(write_only=True)
        workbook.properties.title = title
        workbook.properties.creator = author
        workbook.properties.lastModifiedBy = author
        factory = CellFactory(None)
        counts = [
            _add_sheet(workbook, factory, spec, progress)
            if isinstance(spec, SheetSpec)
            else spec.add_to(workbook, factory, progress)
            for spec in sheets
        ]
        if notes:
            info = sheets[0].print_info if sheets else None
            _notes_sheet(workbook, factory, notes, info)
        workbook.save(temp)
    return counts


def _add_sheet(
    workbook: Workbook, factory: CellFactory, spec: SheetSpec, progress: Progress | None
) -> int:
    data = spec.rows
    total = len(data)
    headers = [column.header for column in spec.columns]
    kinds = [column.kind for column in spec.columns]
    printed = [column.printed for column in spec.columns]
    widths = column_widths(headers, data, kinds, printed, landscape=spec.landscape)
    sheet = workbook.create_sheet(unique_name(workbook, sheet_name(spec.title)))
    factory.sheet = sheet
    lines = spec.sheet_lines
    header_row = len(lines) + (2 if lines else 1)
    wrap = [kind == "text" for kind in kinds]
    row_heights(sheet, header_row, headers, data, widths, wrap)
    _prepare_sheet(sheet, widths, header_row, spec.landscape)
    layout.set_print_area(sheet, sum(printed), header_row + total)
    if spec.print_info is not None:
        layout.header_footer(sheet, spec.print_info)
    for number, line in enumerate(lines):
        font = TITLE_FONT if number == 0 else BODY_FONT
        sheet.append([factory.line(line, font=font)])
    if lines:
        sheet.append([])
    sheet.append([header_cell(factory, header) for header in headers])
    try:
        for index, row in enumerate(data):
            if index % PROGRESS_STEP == 0:
                report(progress, index, total)
            sheet.append([factory.convert(value, kinds[i], wrap[i]) for i, value in enumerate(row)])
    except BaseException:
        discard(sheet)
        raise
    last_column = get_column_letter(max(1, len(headers)))
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{header_row + total}"
    report(progress, total, total)
    return total


def unique_name(workbook: Workbook, name: str) -> str:
    used = set(workbook.sheetnames)
    candidate, counter = name, 2
    while candidate in used:
        suffix = f" {counter}"
        candidate, counter = name[: 31 - len(suffix)] + suffix, counter + 1
    return candidate


def _notes_sheet(
    workbook: Workbook, factory: CellFactory, notes: Sequence[str], info: PrintInfo | None
) -> None:
    """The sheet "Hinweise": one wrapped note a row, A4 portrait at full size."""
    sheet = workbook.create_sheet("Hinweise")
    sheet.column_dimensions["A"].width = NOTE_WIDTH
    for number, note in enumerate(notes, start=1):
        lines = layout.wrapped_lines(note, NOTE_WIDTH)
        if lines > 1:
            sheet.row_dimensions[number].height = lines * LINE_HEIGHT + 3
    setup = sheet.page_setup
    setup.orientation = "portrait"
    setup.paperSize = 9
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    layout.set_margins(sheet)
    if info is not None:
        layout.header_footer(sheet, PrintInfo(f"{info.title} – Hinweise", info.verbund, info.stand))
    factory.sheet = sheet
    for note in notes:
        sheet.append([factory.text(note, wrap=True)])


def row_heights(
    sheet: Any,
    header_row: int,
    headers: Sequence[str],
    data: Sequence[Sequence[object]],
    widths: Sequence[float],
    wrap: Sequence[bool],
) -> None:
    """Set the height of every row whose wrapped text needs more than one line."""
    wrapped = [index for index, flag in enumerate(wrap) if flag]
    header_lines = max(
        (layout.wrapped_lines(header, widths[i] - 2, 10.5) for i, header in enumerate(headers)),
        default=1,
    )
    if header_lines > 1:
        sheet.row_dimensions[header_row].height = header_lines * LINE_HEIGHT + 3
    for number, row in enumerate(data, start=header_row + 1):
        lines = 1
        for index in wrapped:
            value = row[index]
            if isinstance(value, str) and (len(value) > widths[index] * 0.7 or "\n" in value):
                lines = max(lines, layout.wrapped_lines(value, widths[index]))
        if lines > 1:
            sheet.row_dimensions[number].height = lines * LINE_HEIGHT + 3


def discard(sheet: Any) -> None:
    """Close a half-written write-only sheet and delete openpyxl's temporary file for it."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def sheet_name(text: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip()
    return cleaned[:31] or "Liste"


def header_cell(factory: CellFactory, header: str) -> WriteOnlyCell:
    return factory.line(
        header,
        font=HEADER_FONT,
        fill=HEADER_FILL,
        border=HEADER_BORDER,
        alignment=HEADER_ALIGNMENT,
    )


def _prepare_sheet(
    sheet: Any, widths: Sequence[float], header_row: int, landscape: bool = True
) -> None:
    """Everything a write-only sheet needs before its first row is written."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    setup = sheet.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = 9  # A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.gridLines = True
    layout.set_margins(sheet)
