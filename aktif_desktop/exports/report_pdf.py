"""The report for a period as a PDF a programme officer can read (reportlab platypus).

A title page (Verbund, period in German dates, the funding line, the logo when the settings
name a readable image), the contents with page numbers (two passes: ``multiBuild``), one
section per block (figures with Soll and Ist, each table with its chart beside or under it,
the cooperation matrix as a drawn heatmap), the Sachbericht texts and "Seite x von y".
The report holds counts only: no disclosure entry; the file goes through ``files.safe_write``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.tableofcontents import TableOfContents

from aktif_desktop import messages
from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import ExportResult, atomic_file
from aktif_desktop.exports.report_charts import chart_for
from aktif_desktop.exports.report_format import (
    figure_text,
    german_date,
    german_number,
    period_text,
    report_title,
)
from aktif_desktop.exports.report_xlsx import check_period
from aktif_desktop.files import safe_write
from aktif_desktop.services.report_model import TEXT_SECTIONS, Block, ChartKind, Report, Table

WIDTH = pdf.PAGE_WIDTH - 2 * pdf.MARGIN
H1 = pdf.style("ReportH1", 15, bold=True, textColor=pdf.ACCENT, spaceBefore=4, spaceAfter=8)
H2 = pdf.style("ReportH2", 11.5, bold=True, spaceBefore=10, spaceAfter=4)
BODY = pdf.style("ReportBody", 10, leading=14, spaceAfter=6)
SMALL = pdf.style("ReportSmall", 8.5, textColor=pdf.GREY, spaceAfter=4)
CELL = pdf.style("ReportCell", 8.5, leading=10.5)
CELL_BOLD = pdf.style("ReportCellBold", 8.5, bold=True, leading=10.5, textColor=pdf.WHITE)
NARROW_TABLE = 3  # a table of up to three columns gets its chart beside it


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """Reports each section heading to the table of contents and as a PDF bookmark."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Paragraph) and flowable.style.name in (H1.name, H2.name):
            level = 0 if flowable.style.name == H1.name else 1
            text = flowable.getPlainText()
            key = f"s{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=True)
            self.notify("TOCEntry", (level, text, self.page, key))


def write_report_pdf(
    report: Report, path: Path | str, *, replace: bool = False, create_folder: bool = False
) -> ExportResult:
    """Write ``report`` to ``path`` (.pdf); an existing file only with ``replace``."""
    check_period(report)
    story = _story(report)
    with (
        safe_write.writing(replace=replace, create_folder=create_folder),
        atomic_file(path) as temp,
    ):
        pages = _build(temp, story, report)
    return ExportResult(path=Path(path), row_count=pages, files=[Path(path)])


def _build(target: Path, story: list[Any], report: Report) -> int:
    pdf.register_fonts()
    logo = pdf.load_logo(report.logo_path)
    title = report_title(report)
    top, bottom = 24 * mm, 22 * mm

    def title_page(canvas: Canvas, _doc: Any) -> None:
        _draw_title_page(canvas, report, logo)

    def later(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(pdf.FONT, 8)
        canvas.setFillColor(pdf.GREY)
        y = pdf.PAGE_HEIGHT - 13 * mm
        half = WIDTH / 2 - 4 * mm
        canvas.drawString(pdf.MARGIN, y, pdf.fit_text(title, pdf.FONT, 8, half))
        canvas.drawRightString(
            pdf.PAGE_WIDTH - pdf.MARGIN, y, pdf.fit_text(report.verbund_name, pdf.FONT, 8, half)
        )
        canvas.setStrokeColor(pdf.ACCENT)
        canvas.line(pdf.MARGIN, y - 2 * mm, pdf.PAGE_WIDTH - pdf.MARGIN, y - 2 * mm)
        canvas.restoreState()

    frame = Frame(pdf.MARGIN, bottom, WIDTH, pdf.PAGE_HEIGHT - top - bottom, 0, 0, 0, 0)
    doc = _ReportDoc(
        str(target),
        pagesize=(pdf.PAGE_WIDTH, pdf.PAGE_HEIGHT),
        title=title,
        author=report.verbund_name or "Aktif Desktop",
        creator="Aktif Desktop",
    )
    doc.addPageTemplates(
        [
            PageTemplate("title", [frame], onPage=title_page),
            PageTemplate("later", [frame], onPage=later),
        ]
    )
    doc.multiBuild(story, canvasmaker=pdf.numbered_canvas(pdf.page_number_footer))
    return int(doc.page)


def _draw_title_page(canvas: Canvas, report: Report, logo: Any) -> None:
    """Logo slot top right, the Verbund, the period and the funding line at the foot."""
    canvas.saveState()
    top = pdf.PAGE_HEIGHT - 20 * mm
    pdf.draw_logo(canvas, logo, pdf.PAGE_WIDTH - pdf.MARGIN, top, 24 * mm)
    if report.funding_line:
        funding = pdf.para(report.funding_line, pdf.style("ReportFunding", 8.5, textColor=pdf.GREY))
        _, height = funding.wrap(WIDTH, 40 * mm)
        funding.drawOn(canvas, pdf.MARGIN, 30 * mm)
        canvas.setStrokeColor(pdf.ACCENT)
        canvas.line(pdf.MARGIN, 33 * mm + height, pdf.PAGE_WIDTH - pdf.MARGIN, 33 * mm + height)
    canvas.restoreState()


def _title_story(report: Report) -> list[Any]:
    created = report.created_at or dt.datetime.now()
    return [
        Spacer(1, 60 * mm),
        pdf.para(report.verbund_name, pdf.style("ReportVerbund", 14, textColor=pdf.ACCENT)),
        Spacer(1, 6 * mm),
        pdf.para("Bericht", pdf.style("ReportTitle", 28, bold=True, leading=34)),
        pdf.para(
            f"Berichtszeitraum {period_text(report)}", pdf.style("ReportPeriod", 14, leading=20)
        ),
        Spacer(1, 4 * mm),
        pdf.para(f"Erstellt am {german_date(created.date())}", SMALL),
        NextPageTemplate("later"),
        PageBreak(),
    ]


def _story(report: Report) -> list[Any]:
    contents = TableOfContents()
    contents.levelStyles = [
        pdf.style("Toc0", 11, leading=16, leftIndent=0),
        pdf.style("Toc1", 9.5, leading=13, leftIndent=8 * mm, textColor=pdf.GREY),
    ]
    story = [*_title_story(report), pdf.para("Inhalt", pdf.style("ReportToc", 15, bold=True))]
    story += [Spacer(1, 4 * mm), contents, PageBreak()]
    for block in report.blocks:
        story += _block_story(block)
    story += _texts_story(report)
    return story


def _block_story(block: Block) -> list[Any]:
    story: list[Any] = [CondPageBreak(60 * mm), pdf.para(block.title, H1)]
    if block.note:
        story.append(pdf.para(block.note, SMALL))
    if not block.figures and not block.tables:
        story.append(pdf.para(messages.REPORT_BLOCK_EMPTY, BODY))
    if block.figures:
        story.append(_figures_table(block))
    for table in block.tables:
        story += _table_story(table)
    story.append(Spacer(1, 6 * mm))
    return story


def _grid(rows: list[list[Any]], widths: list[float] | None, numbers_from: int) -> PdfTable:
    table = PdfTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), pdf.ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (numbers_from, 1), (-1, -1), "RIGHT"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [pdf.WHITE, pdf.LIGHT]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, pdf.ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _figures_table(block: Block) -> PdfTable:
    header = [pdf.para(t, CELL_BOLD) for t in ("Kennzahl", "Ist", "Soll", "Definition")]
    rows = [header]
    for figure in block.figures:
        rows.append(
            [
                pdf.para(figure.label, CELL),
                pdf.para(figure_text(figure), CELL),
                pdf.para(figure_text(figure, target=True), CELL),
                pdf.para(figure.definition, CELL),
            ]
        )
    table = _grid(rows, [50 * mm, 26 * mm, 26 * mm, WIDTH - 102 * mm], 1)
    table.setStyle(TableStyle([("ALIGN", (1, 1), (2, -1), "RIGHT")]))
    return table


def _table_story(table: Table) -> list[Any]:
    head: list[Any] = [pdf.para(table.title, H2)]
    if table.definition:
        head.append(pdf.para(table.definition, SMALL))
    if table.chart is ChartKind.HEATMAP:
        drawing = chart_for(table, WIDTH)
        if drawing is None:
            return [*head, _data_table(table, WIDTH)]
        return [KeepTogether([*head, drawing])]
    narrow = len(table.columns) <= NARROW_TABLE
    if narrow and table.chart is not None and table.rows:
        left = WIDTH * 0.45
        chart = chart_for(table, WIDTH - left - 4 * mm)
        pair = PdfTable([[_data_table(table, left), chart]], colWidths=[left, WIDTH - left])
        pair.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        return [KeepTogether([*head, pair])] if len(table.rows) < 25 else [*head, pair]
    parts: list[Any] = [*head, _data_table(table, WIDTH)]
    chart = chart_for(table, WIDTH)
    if chart is not None:
        parts += [Spacer(1, 3 * mm), chart]
    return parts


def _data_table(table: Table, width: float) -> PdfTable:
    count = max(1, len(table.columns))
    header = [pdf.para(str(c), CELL_BOLD) for c in table.columns]
    rows = [header or [pdf.para("", CELL_BOLD)]]
    for row in table.rows:
        cells = [pdf.para(str(row[0]) if row else "", CELL)]
        cells += [pdf.para(german_number(v), CELL) for v in list(row[1:count])]
        cells += [pdf.para("", CELL)] * (count - len(cells))
        rows.append(cells)
    if len(rows) == 1:
        rows.append([pdf.para(messages.REPORT_BLOCK_EMPTY, CELL)] + [""] * (count - 1))
    first = min(width * 0.45, 50 * mm) if count > 1 else width
    rest = (width - first) / (count - 1) if count > 1 else 0
    return _grid(rows, [first] + [rest] * (count - 1), 1)


def _texts_story(report: Report) -> list[Any]:
    story: list[Any] = [PageBreak(), pdf.para("Sachbericht", H1)]
    for code, heading in TEXT_SECTIONS:
        story.append(pdf.para(heading, H2))
        text = (report.texts.get(code) or "").strip()
        if not text:
            story.append(pdf.para(messages.REPORT_TEXT_EMPTY, SMALL))
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                story.append(pdf.para(paragraph.strip(), BODY))
    if report.not_covered:
        story.append(pdf.para("Nicht erfasste ESF-Plus-Indikatoren", H2))
        story.append(pdf.para(messages.REPORT_NOT_COVERED + ":", BODY))
        story += [pdf.para(f"• {item}", BODY) for item in report.not_covered]
    return story
