"""The signature list of an event (Unterschriftenliste), A4 portrait, for the funder's proof.

Who is on it: everyone registered ("angemeldet") or already marked "teilgenommen", sorted by
last name, then ``blank_rows`` numbered empty rows for people who come without registration.
Consent: a person without consent to appear on lists (``consent_lists``) is listed by name
only (organisation left empty): the name is needed as proof of attendance, but everyone who
signs sees the sheet. Every page repeats the table header and carries "Seite x von y" and the
data-protection note. The export is recorded in the disclosure log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer, Table, TableStyle

from aktif_desktop import messages
from aktif_desktop.domain import SEAT_TAKING
from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import (
    ExportResult,
    Progress,
    atomic_file,
    event_when,
    record_disclosure,
    report,
)
from aktif_desktop.fontcheck import unprintable_warning
from aktif_desktop.services import events, participations
from aktif_desktop.services.common import count_phrase
from aktif_desktop.services.events import EventRow
from aktif_desktop.services.settings import Settings, load_settings

DEFAULT_BLANK_ROWS = 5
ROW_HEIGHT = 10 * mm  # room for a handwritten signature
COLUMN_WIDTHS = (11 * mm, 48 * mm, 54 * mm)  # Nr., Name, Organisation; Unterschrift: the rest
ROWS_PER_PAGE_ESTIMATE = 22
HEADERS = ("Nr.", "Name", "Organisation", "Unterschrift")


def _header(canvas: Canvas, settings: Settings, event: EventRow, logo: Any, full: bool) -> None:
    canvas.saveState()
    top = pdf.PAGE_HEIGHT - 12 * mm
    logo_width = pdf.draw_logo(canvas, logo, pdf.PAGE_WIDTH - pdf.MARGIN, top, 14 * mm)
    text_width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN - logo_width - 4 * mm
    canvas.setFillColor(pdf.ACCENT)
    canvas.setFont(pdf.FONT_BOLD, 11)
    canvas.drawString(
        pdf.MARGIN, top - 5 * mm, pdf.fit_text(settings.verbund_name, pdf.FONT_BOLD, 11, text_width)
    )
    canvas.setFillColor(pdf.GREY)
    canvas.setFont(pdf.FONT, 8.5)
    subtitle = "Unterschriftenliste" if full else f"Unterschriftenliste · {event.title}"
    canvas.drawString(pdf.MARGIN, top - 10 * mm, pdf.fit_text(subtitle, pdf.FONT, 8.5, text_width))
    canvas.setStrokeColor(pdf.ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(pdf.MARGIN, top - 16 * mm, pdf.PAGE_WIDTH - pdf.MARGIN, top - 16 * mm)
    canvas.restoreState()


def _event_block(event: EventRow) -> list[Any]:
    title = pdf.style("title", 15, bold=True, spaceAfter=2 * mm, textColor=pdf.ACCENT)
    label = pdf.style("label", 9.5, bold=True)
    value = pdf.style("value", 9.5)
    rows = [
        ("Art", event.kind_label),
        ("Datum und Uhrzeit", event_when(event.start, event.end)),
        ("Ort", event.where or "–"),
    ]
    table = Table(
        [[pdf.para(name, label), pdf.para(text, value)] for name, text in rows],
        colWidths=(38 * mm, None),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [pdf.para(event.title, title), table, Spacer(1, 5 * mm)]


def _participant_table(event_id: int, blank_rows: int) -> tuple[Table, int]:
    cell = pdf.style("cell", 9)
    head = pdf.style("head", 9.5, bold=True, textColor=pdf.WHITE)
    people = [
        row for row in participations.list_participants(event_id) if row.status in SEAT_TAKING
    ]
    data: list[list[Any]] = [[pdf.para(text, head) for text in HEADERS]]
    for number, person in enumerate(people, start=1):
        organisation = person.organisation_name if person.consent_lists else ""
        first = " ".join(part for part in (person.title, person.first_name) if part)
        name = f"{person.last_name}, {first}" if first else person.last_name
        data.append([str(number), pdf.para(name, cell), pdf.para(organisation, cell), ""])
    for number in range(len(people) + 1, len(people) + blank_rows + 1):
        data.append([str(number), "", "", ""])
    signature_width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN - sum(COLUMN_WIDTHS)
    table = Table(
        data,
        colWidths=(*COLUMN_WIDTHS, signature_width),
        repeatRows=1,
        minRowHeights=[8 * mm] + [ROW_HEIGHT] * (len(data) - 1),
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), pdf.ACCENT),
                ("FONT", (0, 1), (0, -1), pdf.FONT, 9.5),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -1), 0.5, pdf.GREY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [pdf.WHITE, pdf.LIGHT]),
            ]
        )
    )
    return table, len(people)


def write_signature_list(
    event_id: int,
    path: Path | str,
    *,
    blank_rows: int = DEFAULT_BLANK_ROWS,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the signature list of ``event_id`` to ``path``."""
    path = Path(path)
    settings = load_settings()
    event = events.get_event(event_id)
    logo = pdf.load_logo(settings.logo_path)
    table, count = _participant_table(event_id, max(0, blank_rows))
    expected_pages = max(1, (count + blank_rows) // ROWS_PER_PAGE_ESTIMATE + 1)
    report(progress, 0, expected_pages)

    def footer(canvas: Canvas, number: int, total: int) -> None:
        pdf.page_number_footer(canvas, number, total, messages.SIGNATURE_LIST_PRIVACY)

    with atomic_file(path) as temp:
        pages = pdf.build_pdf(
            temp,
            [*_event_block(event), table],
            title=f"Unterschriftenliste – {event.title}",
            author=settings.verbund_name,
            first_page=lambda c, d: _header(c, settings, event, logo, True),
            later_pages=lambda c, d: _header(c, settings, event, logo, False),
            decorate=footer,
            top_margin=34 * mm,
            progress=lambda page: report(progress, min(page, expected_pages), expected_pages),
        )
    record_disclosure("Unterschriftenliste", ["Name", "Organisation"], count, path)
    report(progress, expected_pages, expected_pages)
    names = [
        f"{row.first_name} {row.last_name} {row.organisation_name}"
        for row in participations.list_participants(event_id)
        if row.status in SEAT_TAKING
    ]
    pages_text = count_phrase(pages, "Seite", "Seiten")
    note = "\n".join(part for part in (pages_text, unprintable_warning(names)) if part)
    return ExportResult(path=path, row_count=count, files=[path], note=note)
