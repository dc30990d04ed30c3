"""The case report (Art. 15 DSGVO for a family, by its code) as an Excel workbook or a PDF.

It reuses the person report's document structure (``person_document.present``: German field
names and values, one "Angabe | Wert" block per entry; ``person_document_pdf.field_table``),
with its own first page: the code, when it was made, how many entries per area.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from aktif_desktop import messages
from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import atomic_file
from aktif_desktop.exports.person_document import Section, present, section_sheets
from aktif_desktop.exports.person_document_pdf import field_table
from aktif_desktop.exports.xlsx import write_workbook
from aktif_desktop.services.case_report import CaseReport

TITLE = messages.CASE_REPORT_TITLE


def _entries(count: int) -> str:
    return "1 Eintrag" if count == 1 else f"{count:,} Einträge".replace(",", ".")


def overview(report: CaseReport, sections: list[Section]) -> list[tuple[str, str]]:
    """The first page: the code, the day it was made, how many entries per area."""
    lines = [
        ("Familie (Code)", report.code),
        ("Erstellt am", f"{report.created_at:%d.%m.%Y, %H:%M} Uhr"),
    ]
    return lines + [(s.label, _entries(len(s.entries))) for s in sections]


def write_xlsx(report: CaseReport, path: Path, *, verbund: str = "") -> Path:
    """An overview sheet and one sheet per area."""
    sections = present(report)
    sheets = section_sheets(
        overview(report, sections),
        sections,
        subject=f"Familie {report.code}",
        verbund=verbund,
        stand=report.created_at.date(),
    )
    write_workbook(
        path, title=f"{TITLE} – {report.code}", author=verbund or "Aktif Desktop", sheets=sheets
    )
    return path


def _story(report: CaseReport, sections: list[Section]) -> list[Any]:
    h1 = pdf.style("h1", 15, bold=True, textColor=pdf.ACCENT, spaceAfter=3 * mm)
    h2 = pdf.style("h2", 12, bold=True, textColor=pdf.ACCENT, spaceBefore=5 * mm, spaceAfter=2 * mm)
    h3 = pdf.style("h3", 9.5, bold=True, spaceBefore=2 * mm, spaceAfter=1 * mm)
    body = pdf.style("body", 9.5)
    story: list[Any] = [
        pdf.para(TITLE, h1),
        pdf.para(messages.CASE_REPORT_INTRO.format(code=report.code), body),
        Spacer(1, 4 * mm),
        field_table(overview(report, sections), ("Angabe", "Wert")),
    ]
    for section in sections:
        story.append(CondPageBreak(40 * mm))
        heading = [pdf.para(section.label, h2)]
        if not section.entries:
            story += [*heading, pdf.para("Keine Einträge.", body)]
        for number, entry in enumerate(section.entries):
            block = [pdf.para(entry.heading, h3), field_table(entry.fields)]
            # The area's title stays with its first entry (never alone at a page's foot).
            story.append(KeepTogether(heading + block if number == 0 else block))
    return story


def write_pdf(report: CaseReport, path: Path, *, verbund: str = "") -> Path:
    """The report on A4 portrait: the overview, then each area's entries."""
    stand = f"{report.created_at:%d.%m.%Y}"

    def page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        top = pdf.PAGE_HEIGHT - 12 * mm
        width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN
        canvas.setFont(pdf.FONT_BOLD, 9)
        canvas.setFillColor(pdf.ACCENT)
        canvas.drawString(pdf.MARGIN, top, pdf.fit_text(verbund, pdf.FONT_BOLD, 9, width / 2))
        canvas.setFont(pdf.FONT, 8.5)
        canvas.setFillColor(pdf.GREY)
        right = f"Auskunft Familie {report.code} · Stand {stand}"
        canvas.drawRightString(pdf.PAGE_WIDTH - pdf.MARGIN, top, right)
        canvas.line(pdf.MARGIN, top - 3 * mm, pdf.PAGE_WIDTH - pdf.MARGIN, top - 3 * mm)
        canvas.restoreState()

    with atomic_file(path) as temp:
        pdf.build_pdf(
            temp,
            _story(report, present(report)),
            title=f"{TITLE} – {report.code}",
            author=verbund or "Aktif Desktop",
            first_page=page,
            later_pages=page,
            decorate=pdf.page_number_footer,
            top_margin=24 * mm,
        )
    return path
