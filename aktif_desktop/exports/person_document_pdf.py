"""The PDF face of the access report (Art. 15 DSGVO): A4 portrait, a table per entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import atomic_file
from aktif_desktop.exports.person_document import (
    TITLE,
    Section,
    excluded,
    overview,
    present,
)
from aktif_desktop.services.person_report import PersonReport

LABEL_WIDTH = 58 * mm


def field_table(rows: list[tuple[str, str]], head: tuple[str, str] | None = None) -> Table:
    """Two columns "Angabe | Wert" over the page width (shared with the case report)."""
    label = pdf.style("label", 9, bold=True)
    value = pdf.style("value", 9)
    data: list[list[Any]] = []
    if head is not None:
        white = pdf.style("head", 9, bold=True, textColor=pdf.WHITE)
        data.append([pdf.para(head[0], white), pdf.para(head[1], white)])
    data += [[pdf.para(name, label), pdf.para(text, value)] for name, text in rows]
    width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN
    table = Table(data, colWidths=(LABEL_WIDTH, width - LABEL_WIDTH), repeatRows=1 if head else 0)
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, pdf.GREY),
        ("ROWBACKGROUNDS", (0, 1 if head else 0), (-1, -1), [pdf.WHITE, pdf.LIGHT]),
    ]
    if head is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), pdf.ACCENT))
    table.setStyle(TableStyle(commands))
    return table


def build(path: Path, report: PersonReport, sections: list[Section], *, verbund: str) -> int:
    """Lay the report out into ``path``; return the page count."""

    h1 = pdf.style("h1", 16, bold=True, textColor=pdf.ACCENT, spaceAfter=3 * mm)
    h2 = pdf.style("h2", 12, bold=True, textColor=pdf.ACCENT, spaceBefore=5 * mm, spaceAfter=2 * mm)
    h3 = pdf.style("h3", 9.5, bold=True, spaceBefore=2 * mm, spaceAfter=1 * mm)
    body = pdf.style("body", 9.5)
    story: list[Any] = [
        pdf.para(TITLE, h1),
        pdf.para(
            "Diese Auskunft enthält alle Angaben, die der Verbund über Sie gespeichert hat, "
            "geordnet nach Bereichen. Bereiche ohne Angaben über Sie stehen am Ende.",
            body,
        ),
        Spacer(1, 4 * mm),
        field_table(overview(report, sections), ("Angabe", "Wert")),
    ]
    for section in sections:
        story += [CondPageBreak(40 * mm), pdf.para(section.label, h2)]
        if not section.entries:
            story.append(pdf.para("Keine Einträge.", body))
        for entry in section.entries:
            # Short entries stay on one page; long ones repeat nothing but may split.
            block = [pdf.para(entry.heading, h3), field_table(entry.fields)]
            story.append(KeepTogether(block) if len(entry.fields) <= 30 else block[0])
            if len(entry.fields) > 30:
                story.append(block[1])
    story += [
        CondPageBreak(40 * mm),
        pdf.para("Nicht enthalten (ohne Angaben über Sie)", h2),
        field_table(excluded(), ("Bereich", "Warum nichts über Sie")),
    ]
    stand = f"{report.created_at:%d.%m.%Y}"

    def page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(pdf.FONT_BOLD, 9)
        canvas.setFillColor(pdf.ACCENT)
        top = pdf.PAGE_HEIGHT - 12 * mm
        width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN
        canvas.drawString(pdf.MARGIN, top, pdf.fit_text(verbund, pdf.FONT_BOLD, 9, width / 2))
        canvas.setFont(pdf.FONT, 8.5)
        canvas.setFillColor(pdf.GREY)
        right = pdf.fit_text(
            f"Auskunft für {report.name} · Stand {stand}", pdf.FONT, 8.5, width / 2
        )
        canvas.drawRightString(pdf.PAGE_WIDTH - pdf.MARGIN, top, right)
        canvas.line(pdf.MARGIN, top - 3 * mm, pdf.PAGE_WIDTH - pdf.MARGIN, top - 3 * mm)
        canvas.restoreState()

    return pdf.build_pdf(
        path,
        story,
        title=f"{TITLE} – {report.name}",
        author=verbund or "Aktif Desktop",
        first_page=page,
        later_pages=page,
        decorate=pdf.page_number_footer,
        top_margin=24 * mm,
    )


def write_pdf(report: PersonReport, path: Path, *, verbund: str = "") -> Path:
    """The report as a PDF on A4: the overview, then each area as tables of its entries."""
    with atomic_file(path) as temp:
        build(temp, report, present(report), verbund=verbund)
    return path
