"""The report for a period as an Excel workbook: one sheet per block, and the Sachbericht.

Each block sheet lists its figures (Kennzahl, Ist, Soll, Definition) and then its tables, each
with a real Excel chart over the sheet's own cells (edit a figure and the chart follows); the
cooperation matrix gets a colour scale. The sheet "Sachbericht" holds the five texts, wrapped,
one paragraph a row. The report holds counts, not persons: no disclosure-log entry, but the
file is written like every other one (``files.safe_write``: never over the database, an
existing file only with ``replace``).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.exports import xlsx
from aktif_desktop.exports import xlsx_layout as layout
from aktif_desktop.exports.common import ExportResult, Progress
from aktif_desktop.exports.report_format import period_text, report_title
from aktif_desktop.exports.xlsx import PrintInfo, SheetColumn
from aktif_desktop.exports.xlsx_parts import PartsSheet, SheetPart
from aktif_desktop.files import safe_write
from aktif_desktop.services.report_model import TEXT_SECTIONS, Block, Report, Table

TEXT_WIDTH = 90.0  # the Sachbericht column: A4 portrait at full size
MAX_ROW_LINES = 30  # Excel's row height stops at 409 points (about 32 lines)
UNIT_FORMATS = {
    "": "",
    "%": '#,##0.0" %"',
    "Std.": '#,##0.0" Std."',
    "Tage": '#,##0.0" Tage"',
}
FIGURE_COLUMNS = (
    SheetColumn("Kennzahl"),
    SheetColumn("Ist", "number"),
    SheetColumn("Soll", "number"),
    SheetColumn("Definition"),
)


def check_period(report: Report) -> None:
    """Refuse a report whose period ends before it begins."""
    if report.end < report.start:
        raise ValidationError(
            messages.REPORT_PERIOD_REVERSED.format(
                start=f"{report.start:%d.%m.%Y}", end=f"{report.end:%d.%m.%Y}"
            )
        )


def write_report_xlsx(
    report: Report,
    path: Path | str,
    *,
    replace: bool = False,
    create_folder: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write ``report`` to ``path`` (.xlsx); an existing file only with ``replace``."""
    check_period(report)
    stand = (report.created_at or dt.datetime.now()).date()
    title = report_title(report)
    sheets: list[PartsSheet] = [
        _block_sheet(block, PrintInfo(f"{title} – {block.title}", report.verbund_name, stand))
        for block in report.blocks
    ]
    sheets.append(
        _texts_sheet(report, PrintInfo(f"{title} – Sachbericht", report.verbund_name, stand))
    )
    with safe_write.writing(replace=replace, create_folder=create_folder):
        counts = xlsx.write_workbook(
            path,
            title=title,
            author=report.verbund_name or "Aktif Desktop",
            sheets=sheets,
            progress=progress,
        )
    return ExportResult(path=Path(path), row_count=sum(counts), files=[Path(path)])


def unit_format(unit: str) -> str:
    """The Excel number format of a figure's unit (a unit we do not know: shown after it)."""
    if unit in UNIT_FORMATS:
        return UNIT_FORMATS[unit]
    safe = unit.replace('"', "")
    return f'#,##0.0" {safe}"'


def _block_sheet(block: Block, info: PrintInfo) -> PartsSheet:
    lines = [block.title]
    if block.note:
        lines.append(block.note)
    parts: list[SheetPart] = []
    if block.figures:
        parts.append(
            SheetPart(
                title="Kennzahlen",
                columns=FIGURE_COLUMNS,
                rows=[(f.label, f.value, f.target, f.definition) for f in block.figures],
                row_formats=[unit_format(f.unit) for f in block.figures],
            )
        )
    parts.extend(_table_part(table) for table in block.tables)
    if not parts:
        lines.append(messages.REPORT_BLOCK_EMPTY)
    return PartsSheet(title=block.title, parts=parts, print_info=info, sheet_lines=lines)


def _table_part(table: Table) -> SheetPart:
    columns = [SheetColumn(table.columns[0] if table.columns else "")]
    columns += [SheetColumn(header, "number") for header in table.columns[1:]]
    width = len(columns)
    # A row shorter or longer than the header is padded or cut, never shifted.
    rows = [tuple(row[:width]) + (None,) * (width - len(row)) for row in table.rows]
    chart = table.chart.value if table.chart is not None else None
    return SheetPart(
        title=table.title, columns=columns, rows=rows, note=table.definition, chart=chart
    )


def split_paragraphs(text: str, width: float = TEXT_WIDTH) -> list[str]:
    """The rows of a text: its paragraphs, a long one cut at sentence ends into pieces that
    fit one row (Excel cannot make a row taller than 409 points)."""
    pieces: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        current = ""
        for sentence in re.split(r"(?<=[.!?…])\s+", paragraph):
            candidate = f"{current} {sentence}".strip()
            if current and layout.wrapped_lines(candidate, width) > MAX_ROW_LINES:
                pieces.append(current)
                candidate = sentence
            current = candidate
        # One sentence longer than a row: cut by characters (about 90 per line).
        while layout.wrapped_lines(current, width) > MAX_ROW_LINES:
            cut = current.rfind(" ", 0, int(width * MAX_ROW_LINES * 0.9)) + 1 or 2000
            pieces.append(current[:cut].rstrip())
            current = current[cut:]
        if current:
            pieces.append(current)
    return pieces


def _texts_sheet(report: Report, info: PrintInfo) -> PartsSheet:
    parts = []
    for code, heading in TEXT_SECTIONS:
        paragraphs = split_paragraphs(report.texts.get(code, "") or "")
        rows = [(text,) for text in paragraphs] or [(messages.REPORT_TEXT_EMPTY,)]
        parts.append(SheetPart(title=heading, columns=(SheetColumn(heading),), rows=rows))
    if report.not_covered:
        rows = [(item,) for item in report.not_covered]
        parts.append(
            SheetPart(
                title="Nicht erfasste ESF-Plus-Indikatoren",
                note=messages.REPORT_NOT_COVERED + ".",
                columns=(SheetColumn("Indikator"),),
                rows=rows,
            )
        )
    lines = [f"Sachbericht {period_text(report)}", report.verbund_name]
    return PartsSheet(
        title="Sachbericht",
        parts=parts,
        print_info=info,
        sheet_lines=[line for line in lines if line],
        landscape=False,
        fixed_widths=[TEXT_WIDTH],
    )
