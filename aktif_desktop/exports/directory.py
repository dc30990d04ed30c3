"""The contact directory "Goldene Telefonnummern" as PDF, grouped by organisation.

It is handed to partners, so by default it holds only active contacts who consented to
sharing their data (``consent_share``); ``include_without_consent=True`` makes an internal
copy with everyone, and the first page says which of the two the reader holds. The export is
recorded in the disclosure log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from aktif_desktop import clock, messages
from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import (
    ExportResult,
    Progress,
    atomic_file,
    german_date,
    record_disclosure,
    report,
)
from aktif_desktop.services import contacts
from aktif_desktop.services.common import count_phrase
from aktif_desktop.services.contacts import ContactRow
from aktif_desktop.services.settings import Settings, load_settings

TITLE = "Goldene Telefonnummern"
COLUMN_WIDTHS = (40 * mm, 36 * mm, 66 * mm)  # Name/Funktion, Telefon/Mobil, E-Mail; Themen: rest
HEADERS = ("Name / Funktion", "Telefon / Mobil", "E-Mail", "Themen")
COLUMNS = ["Name", "Funktion", "Telefon (direkt)", "Mobil", "E-Mail", "Themen", "Organisation"]


def _header(canvas: Canvas, settings: Settings, logo: Any) -> None:
    canvas.saveState()
    top = pdf.PAGE_HEIGHT - 12 * mm
    logo_width = pdf.draw_logo(canvas, logo, pdf.PAGE_WIDTH - pdf.MARGIN, top, 12 * mm)
    width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN - logo_width - 4 * mm
    canvas.setFillColor(pdf.ACCENT)
    canvas.setFont(pdf.FONT_BOLD, 11)
    canvas.drawString(
        pdf.MARGIN, top - 5 * mm, pdf.fit_text(settings.verbund_name, pdf.FONT_BOLD, 11, width)
    )
    canvas.setFillColor(pdf.GREY)
    canvas.setFont(pdf.FONT, 8.5)
    canvas.drawString(pdf.MARGIN, top - 10 * mm, f"{TITLE} · Stand {german_date(clock.today())}")
    canvas.setStrokeColor(pdf.ACCENT)
    canvas.line(pdf.MARGIN, top - 14 * mm, pdf.PAGE_WIDTH - pdf.MARGIN, top - 14 * mm)
    canvas.restoreState()


NBSP = "\u00a0"


def _fitting_size(parts: list[str], font: str, size: float, width: float) -> float:
    while size > 6 and max(pdfmetrics.stringWidth(p, font, size) for p in parts) > width:
        size -= 0.25
    return size


def _whole(text: str, paragraph_style: Any, width: float) -> Any:
    """A paragraph that never breaks ``text`` inside: spaces made non-breaking, the font made
    smaller (down to 6.5 pt) when the text is wider than the column; an e-mail address still
    too wide breaks once, after its "@"."""
    font, size = paragraph_style.fontName, paragraph_style.fontSize
    lines = [text]
    if "@" in text and _fitting_size(lines, font, size, width) < 6.5:
        local, domain = text.split("@", 1)
        lines = [f"{local}@", domain]
    size = _fitting_size(lines, font, size, width)
    fitted = pdf.style(f"{paragraph_style.name}-{size}", size, textColor=paragraph_style.textColor)
    fitted.fontName = font
    fitted.splitLongWords = 0
    return pdf.para("\n".join(line.replace(" ", NBSP) for line in lines), fitted)


def _contact_cells(row: ContactRow, cell: Any, small: Any) -> list[Any]:
    # A cell holds either one flowable or a list of flowables, never a string among them.
    name: Any = pdf.para(row.full_name, cell)
    if row.function:
        name = [name, pdf.para(row.function, small)]
    room = COLUMN_WIDTHS[1] - 12  # the cell's padding
    numbers = [row.phone, f"mobil {row.mobile}" if row.mobile else ""]
    phones = [_whole(number, cell, room) for number in numbers if number]
    return [
        name,
        phones or pdf.para("", cell),
        _whole(row.email, small, COLUMN_WIDTHS[2] - 12) if row.email else pdf.para("", small),
        pdf.para(row.topics, small),
    ]


class _GroupTable(Table):  # type: ignore[misc]
    """An organisation's table whose first row is its name; continued on the next page,
    the repeated first row says "(Fortsetzung)"."""

    continued: Any = None

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.continued is not None:
            # The repeated row is shared with the first part: replace it, never change it.
            parts[1]._cellvalues[0] = [self.continued, *parts[1]._cellvalues[0][1:]]
            parts[1].continued = self.continued
        return parts


def _group(name: str, rows: list[ContactRow]) -> list[Any]:
    cell = pdf.style("cell", 8.5)
    small = pdf.style("small", 7.5, textColor=pdf.GREY)
    head = pdf.style("head", 8, bold=True, textColor=pdf.WHITE)
    org = pdf.style("org", 11, bold=True, textColor=pdf.ACCENT)
    data: list[list[Any]] = [[pdf.para(name, org), "", "", ""]]
    data.append([pdf.para(text, head) for text in HEADERS])
    data += [_contact_cells(row, cell, small) for row in rows]
    rest = pdf.PAGE_WIDTH - 2 * pdf.MARGIN - sum(COLUMN_WIDTHS)
    table = _GroupTable(data, colWidths=(*COLUMN_WIDTHS, rest), repeatRows=2)
    table.continued = pdf.para(f"{name} (Fortsetzung)", org)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5 * mm),
                ("BACKGROUND", (0, 1), (-1, 1), pdf.ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 2), (-1, -1), 0.3, pdf.GREY),
                ("ROWBACKGROUNDS", (0, 2), (-1, -1), [pdf.WHITE, pdf.LIGHT]),
            ]
        )
    )
    # Keep the organisation's name with at least its first entries.
    return [CondPageBreak(30 * mm), Spacer(1, 4 * mm), table]


def write_directory(
    path: Path | str,
    *,
    include_without_consent: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the contact directory grouped by organisation to ``path``."""
    path = Path(path)
    settings = load_settings()
    logo = pdf.load_logo(settings.logo_path)
    groups = contacts.directory(only_shareable=not include_without_consent)
    count = sum(len(group.contacts) for group in groups)
    if include_without_consent:
        note = messages.EXPORT_NOTE_WITHOUT_CONSENT
    else:
        every = sum(len(group.contacts) for group in contacts.directory())
        note = messages.EXPORT_NOTE_CONSENT_ONLY.format(
            left_out=count_phrase(every - count, "Person", "Personen")
        )
    story: list[Any] = [
        pdf.para(TITLE, pdf.style("title", 18, bold=True, textColor=pdf.ACCENT)),
        Spacer(1, 2 * mm),
        pdf.para(note, pdf.style("note", 9, italic=True)),
        Spacer(1, 2 * mm),
    ]
    total = len(groups)
    for index, group in enumerate(groups):
        if index % 20 == 0:
            report(progress, index, total)
        story += _group(group.organisation_name, group.contacts)

    def page(canvas: Canvas, doc: Any) -> None:
        _header(canvas, settings, logo)

    with atomic_file(path) as temp:
        pdf.build_pdf(
            temp,
            story,
            title=f"{TITLE} – {settings.verbund_name}",
            author=settings.verbund_name,
            first_page=page,
            later_pages=page,
            decorate=lambda canvas, number, total: pdf.page_number_footer(
                canvas, number, total, note
            ),
            top_margin=30 * mm,
        )
    record_disclosure(TITLE, COLUMNS, count, path)
    report(progress, total, total)
    return ExportResult(path=path, row_count=count, files=[path], note=note)
