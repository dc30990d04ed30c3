"""A sheet of several titled tables, one below the other, each with an optional Excel chart.

Written through the one writer (:func:`aktif_desktop.exports.xlsx.write_workbook`, which calls
:meth:`PartsSheet.add_to`), so the cells get its fonts, its header style and its guard against
formulas. The columns of all parts share one set of widths, fitted to A4 (landscape or
portrait) so the print is never scaled below 8 points. A chart (openpyxl.chart) stands under
its table and reads the table's own cells: edit a number and the chart follows. A heatmap part
gets a colour scale (conditional formatting) instead. A part that would run over a printed page
break starts on a new page when it fits on one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

from aktif_desktop.exports import xlsx
from aktif_desktop.exports import xlsx_layout as layout
from aktif_desktop.exports.common import Progress

ROW_HEIGHT = 15.0  # points of a one-line row as Excel and LibreOffice show 10-point Arial
CHART_ROWS = 18
CHART_HEIGHT_CM = CHART_ROWS * ROW_HEIGHT / 72 * 2.54 - 0.3
CHART_WIDTH_CM = 16.0
PORTRAIT_HEIGHT = 841.89  # A4 portrait height in points
LANDSCAPE_HEIGHT = 595.28
PART_TITLE_FONT = Font(name=xlsx.FONT_NAME, size=11, bold=True)
NOTE_FONT = Font(name=xlsx.FONT_NAME, size=9, italic=True, color="555555")
LINE_WIDTH = 90.0  # a sheet of lines only (an empty block)
WRAP_LINE = Alignment(vertical="top", wrap_text=True)
HEAT_LOW, HEAT_HIGH = "FFFFFF", "5FA8A0"


@dataclass(slots=True, kw_only=True)
class SheetPart:
    """One table of the sheet: a title line, a definition line, header, rows, a chart.

    ``chart``: "bar", "stacked_bar", "pie" or "heatmap" (None: no chart).
    ``row_formats``: an Excel number format per row for its number cells ("" keeps the
    writer's), e.g. ``0.0" %"`` for a percentage.
    """

    title: str
    columns: Sequence[xlsx.SheetColumn]
    rows: Sequence[Sequence[object]]
    note: str = ""
    chart: str | None = None
    row_formats: Sequence[str] = ()


@dataclass(slots=True)
class _Placed:
    part: SheetPart
    title_row: int
    header_row: int
    chart_row: int  # first row under the table (the chart's anchor), 0 without a chart
    end_row: int  # the last row the part uses


@dataclass(slots=True, kw_only=True)
class PartsSheet:
    """A sheet of ``parts`` under ``sheet_lines`` (the first line in bold as the title)."""

    title: str
    parts: Sequence[SheetPart]
    print_info: xlsx.PrintInfo | None = None
    sheet_lines: Sequence[str] = ()
    landscape: bool = True
    fixed_widths: Sequence[float] = ()  # instead of widths computed from the text
    placed: list[_Placed] = field(default_factory=list)  # filled by add_to (for the tests)

    def add_to(
        self, workbook: Workbook, factory: xlsx.CellFactory, progress: Progress | None
    ) -> int:
        """Write the sheet into ``workbook``; return the number of table rows written."""
        widths = self._widths()
        sheet = workbook.create_sheet(xlsx.unique_name(workbook, xlsx.sheet_name(self.title)))
        factory.sheet = sheet
        self.placed = self._place()
        self._set_heights(sheet, widths)
        self._line_rows(sheet, widths)
        last_row = self.placed[-1].end_row if self.placed else len(self.sheet_lines)
        _page_setup(sheet, widths, self.landscape)
        layout.set_print_area(sheet, len(widths), last_row)
        if self.print_info is not None:
            layout.header_footer(sheet, self.print_info)
        self._breaks(sheet, widths)
        try:
            self._write_rows(sheet, factory)
        except BaseException:
            xlsx.discard(sheet)
            raise
        for placed in self.placed:
            _decorate(sheet, placed, widths)
        return sum(len(part.rows) for part in self.parts)

    # Layout ---------------------------------------------------------------------------
    def _widths(self) -> list[float]:
        if self.fixed_widths:
            return list(self.fixed_widths)
        if not self.parts:
            return [LINE_WIDTH]
        count = max((len(part.columns) for part in self.parts), default=1)
        widths = [xlsx.MIN_WIDTH] * count
        kinds = ["number"] * count
        for part in self.parts:
            headers = [column.header for column in part.columns]
            part_kinds = [column.kind for column in part.columns]
            natural = xlsx.column_widths(headers, part.rows, part_kinds)
            for index, width in enumerate(natural):
                if part_kinds[index] == "text":
                    kinds[index] = "text"
                else:  # a number column as wide as its longest header word (the header wraps)
                    word = max((len(w) for w in headers[index].split()), default=0) + 3
                    values = max((len(str(row[index])) for row in part.rows), default=0) + 3
                    width = max(xlsx.MIN_WIDTH, float(word), float(values))
                widths[index] = max(widths[index], width)
        # The title and definition lines stand in column A and run over the empty cells right
        # of it; they never widen a column.
        return layout.shrink_to_page(widths, kinds, [True] * count, landscape=self.landscape)

    def _place(self) -> list[_Placed]:
        row = len(self.sheet_lines) + (1 if self.sheet_lines else 0)
        result = []
        for part in self.parts:
            title_row = row + 1
            header_row = title_row + (2 if part.note else 1)
            end = header_row + len(part.rows)
            chart_row = 0
            if part.chart in ("bar", "stacked_bar", "pie") and part.rows:
                chart_row = end + 1
                end = chart_row + CHART_ROWS - 1
            result.append(_Placed(part, title_row, header_row, chart_row, end))
            row = end + 1  # one empty row between two parts
        return result

    def _set_heights(self, sheet: Any, widths: Sequence[float]) -> None:
        for placed in self.placed:
            part = placed.part
            wrap = [column.kind == "text" for column in part.columns]
            headers = [column.header for column in part.columns]
            xlsx.row_heights(sheet, placed.header_row, headers, part.rows, widths, wrap)
            for row in range(placed.chart_row, placed.end_row + 1 if placed.chart_row else 0):
                sheet.row_dimensions[row].height = ROW_HEIGHT

    def _line_rows(self, sheet: Any, widths: Sequence[float]) -> None:
        """Lines above the tables (title, notes, definitions) span all columns and wrap."""
        rows = [(number, line) for number, line in enumerate(self.sheet_lines, start=1)]
        rows += [(p.title_row + 1, p.part.note) for p in self.placed if p.part.note]
        total = sum(widths) + len(widths) - 1
        for row, text in rows:
            if len(widths) > 1:
                sheet.merged_cells.add(f"A{row}:{get_column_letter(len(widths))}{row}")
            lines = layout.wrapped_lines(text, total, 11 if row == 1 else 10)
            if lines > 1:
                sheet.row_dimensions[row].height = lines * xlsx.LINE_HEIGHT + 4

    def _breaks(self, sheet: Any, widths: Sequence[float]) -> None:
        """Start a part on a new page when it would be cut by a page break but fits on one."""
        scale = layout.page_scale(widths)
        paper = LANDSCAPE_HEIGHT if self.landscape else PORTRAIT_HEIGHT
        page = (paper - (layout.MARGIN_TOP + layout.MARGIN_BOTTOM) * 72) / scale

        def height(row: int) -> float:
            value = sheet.row_dimensions[row].height if row in sheet.row_dimensions else None
            return float(value or ROW_HEIGHT)

        used = sum(height(row) for row in range(1, len(self.sheet_lines) + 2))
        previous_end = len(self.sheet_lines) + 1
        units = []  # (first, last) rows kept together: a table, then its chart
        for placed in self.placed:
            table_end = placed.chart_row - 1 if placed.chart_row else placed.end_row
            units.append((placed.title_row, table_end))
            if placed.chart_row:
                units.append((placed.chart_row, placed.end_row))
        for first, last in units:
            gap = sum(height(row) for row in range(previous_end + 1, first))
            size = sum(height(row) for row in range(first, last + 1))
            if used + gap + size > page and size <= page and used > 0:
                sheet.row_breaks.append(Break(id=first - 1))
                used = size
            else:
                used = (used + gap + size) % page if size > page else used + gap + size
            previous_end = last

    # Writing --------------------------------------------------------------------------
    def _write_rows(self, sheet: Any, factory: xlsx.CellFactory) -> None:
        for number, line in enumerate(self.sheet_lines):
            font = xlsx.TITLE_FONT if number == 0 else xlsx.BODY_FONT
            cell = factory.line(line, font=font, alignment=WRAP_LINE)
            sheet.append([cell])
        if self.sheet_lines:
            sheet.append([])
        written = len(self.sheet_lines) + (1 if self.sheet_lines else 0)
        for placed in self.placed:
            part = placed.part
            while written < placed.title_row - 1:
                sheet.append([])
                written += 1
            sheet.append([factory.line(part.title, font=PART_TITLE_FONT)])
            if part.note:
                note = factory.line(part.note, font=NOTE_FONT, alignment=WRAP_LINE)
                sheet.append([note])
            sheet.append([xlsx.header_cell(factory, column.header) for column in part.columns])
            kinds = [column.kind for column in part.columns]
            for index, row in enumerate(part.rows):
                number_format = part.row_formats[index] if index < len(part.row_formats) else ""
                cells = [
                    factory.convert(value, kinds[i], kinds[i] == "text")
                    for i, value in enumerate(row)
                ]
                if number_format:
                    for cell, value in zip(cells, row, strict=False):
                        if isinstance(value, int | float) and not isinstance(value, bool):
                            cell.number_format = number_format  # type: ignore[attr-defined]
                sheet.append(cells)
            written = placed.header_row + len(part.rows)
            while written < placed.end_row:
                sheet.append([])
                written += 1


def _page_setup(sheet: Any, widths: Sequence[float], landscape: bool) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    setup = sheet.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = 9  # A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    layout.set_margins(sheet)


def _decorate(sheet: Any, placed: _Placed, widths: Sequence[float]) -> None:
    """The part's chart (anchored under its table) or its colour scale."""
    part = placed.part
    if not part.rows or len(part.columns) < 2:
        return
    first, last = placed.header_row + 1, placed.header_row + len(part.rows)
    columns = len(part.columns)
    if part.chart == "heatmap":
        area = f"B{first}:{get_column_letter(columns)}{last}"
        rule = ColorScaleRule(
            start_type="min", start_color=HEAT_LOW, end_type="max", end_color=HEAT_HIGH
        )
        sheet.conditional_formatting.add(area, rule)
        return
    if not placed.chart_row:
        return
    labels = Reference(sheet, min_col=1, min_row=first, max_row=last)
    chart: BarChart | PieChart
    if part.chart == "pie":
        chart = PieChart()
        chart.add_data(
            Reference(sheet, min_col=2, min_row=placed.header_row, max_row=last),
            titles_from_data=True,
        )
        chart.dataLabels = DataLabelList()
        chart.dataLabels.showPercent = True
        for name in ("showVal", "showCatName", "showSerName", "showLegendKey"):
            setattr(chart.dataLabels, name, False)
    else:
        chart = BarChart()
        chart.type = "col"
        if part.chart == "stacked_bar":
            chart.grouping, chart.overlap = "stacked", 100
        data = Reference(sheet, min_col=2, max_col=columns, min_row=placed.header_row, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.y_axis.title = part.columns[1].header if columns == 2 else None
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        if columns == 2:
            chart.legend = None
    chart.set_categories(labels)
    chart.title = part.title
    chart.height = CHART_HEIGHT_CM
    printed_cm = sum(layout.width_points(width) for width in widths) / 72 * 2.54
    chart.width = min(CHART_WIDTH_CM, printed_cm - 0.5)
    sheet.add_chart(chart, f"A{placed.chart_row}")
