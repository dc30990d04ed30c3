"""The printable offers guide (Wegweiser) as PDF and as Excel list, grouped by concern.

Offers answering several concerns appear under each; offers answering none come last under
"Weitere Angebote". Whom to call follows ``services.guide``: a person's name, direct number
and e-mail only with her consent to sharing, else the partner's general phone and e-mail.
When a person's details are in the file, the export is recorded in the disclosure log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from aktif_desktop import clock, messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import ExportResult, atomic_file, german_date, record_disclosure
from aktif_desktop.exports.xlsx import PrintInfo, SheetColumn, write_xlsx
from aktif_desktop.services import guide
from aktif_desktop.services.guide import GuideRow
from aktif_desktop.services.settings import load_settings

TITLE = messages.GUIDE_TITLE
WIDTHS = (62 * mm, 52 * mm, 60 * mm)  # Angebot, Partner / Adresse, Kontakt
HEADERS = ("Angebot", "Partner / Anschrift", "Kontakt")
PERSON_COLUMNS = ["Ansprechperson", "Telefon (direkt)", "E-Mail"]
SHEET_COLUMNS = (
    SheetColumn("Anliegen"),
    SheetColumn("Angebot"),
    SheetColumn("Zielgruppe"),
    SheetColumn("Rechtskreise"),
    SheetColumn("Partner"),
    SheetColumn("Straße"),
    SheetColumn("PLZ", "phone"),
    SheetColumn("Ort"),
    SheetColumn("Ansprechperson"),
    SheetColumn("Telefon", "phone"),
    SheetColumn("E-Mail"),
    SheetColumn("Beschreibung"),
)


def _rows(filters: dict[str, Any]) -> list[tuple[str, list[GuideRow]]]:
    groups = guide.group_by_concern(guide.search_offers(**filters))
    if not groups:
        raise ValidationError(messages.GUIDE_NO_OFFERS)
    return groups


def _persons(groups: list[tuple[str, list[GuideRow]]]) -> int:
    """How many different offers name a person (each counted once)."""
    return len({row.service_id for _, rows in groups for row in rows if row.contact_name})


def _fitting(text: str, size: float, width: float) -> Any:
    """One unbroken line (an e-mail, a number): smaller until it fits, then broken after "@"."""
    while size > 6.5 and pdfmetrics.stringWidth(text, pdf.FONT, size) > width:
        size -= 0.25
    shown = text
    if pdfmetrics.stringWidth(text, pdf.FONT, size) > width and "@" in text:
        local, domain = text.split("@", 1)
        shown = f"{local}@\n{domain}"
    return pdf.para(shown, pdf.style(f"fit-{size}", size, splitLongWords=1))


def _cells(row: GuideRow) -> list[Any]:
    cell, small = pdf.style("cell", 9), pdf.style("small", 8, textColor=pdf.GREY)
    offer: list[Any] = [pdf.para(row.offer, pdf.style("offer", 9.5, bold=True))]
    if row.target_group:
        offer.append(pdf.para(f"Zielgruppe: {row.target_group}", small))
    if row.legal_areas:
        offer.append(pdf.para(row.legal_area_labels, small))
    if row.description:
        offer.append(pdf.para(row.description[:400], small))
    partner = [pdf.para(row.partner, cell)]
    if row.address:
        partner.append(pdf.para(row.address, small))
    room = WIDTHS[2] - 12
    contact: list[Any] = []
    if row.contact_name:
        contact.append(pdf.para(row.contact_name, cell))
    elif row.phone or row.email:
        contact.append(pdf.para("allgemeiner Kontakt", small))
    contact += [_fitting(value, 9, room) for value in (row.phone, row.email) if value]
    return [offer, partner, contact or pdf.para("", cell)]


def _group(heading: str, rows: list[GuideRow]) -> list[Any]:
    head = pdf.style("head", 8.5, bold=True, textColor=pdf.WHITE)
    data: list[list[Any]] = [[pdf.para(text, head) for text in HEADERS]]
    data += [_cells(row) for row in rows]
    table = Table(data, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), pdf.ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, pdf.GREY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [pdf.WHITE, pdf.LIGHT]),
            ]
        )
    )
    title = pdf.style("concern", 12.5, bold=True, textColor=pdf.ACCENT)
    return [CondPageBreak(35 * mm), Spacer(1, 5 * mm), pdf.para(heading, title), table]


def write_guide_pdf(path: Path | str, **filters: Any) -> ExportResult:
    """Write the guide as PDF; ``filters`` as for ``services.guide.search_offers``."""
    path = Path(path)
    groups = _rows(filters)
    settings = load_settings()
    note = messages.GUIDE_NOTE_CONSENT
    story: list[Any] = [
        pdf.para(TITLE, pdf.style("title", 18, bold=True, textColor=pdf.ACCENT)),
        Spacer(1, 1 * mm),
        pdf.para(
            f"{settings.verbund_name} · Stand {german_date(clock.today())}".lstrip(" ·"),
            pdf.style("sub", 9.5, textColor=pdf.GREY),
        ),
        Spacer(1, 2 * mm),
        pdf.para(note, pdf.style("note", 9, italic=True)),
    ]
    for heading, rows in groups:
        story += _group(heading, rows)

    def page(canvas: Canvas, doc: Any) -> None:
        return None

    with atomic_file(path) as temp:
        pdf.build_pdf(
            temp,
            story,
            title=f"{TITLE} – {settings.verbund_name}",
            author=settings.verbund_name,
            first_page=page,
            later_pages=page,
            decorate=lambda canvas, number, total: pdf.page_number_footer(
                canvas, number, total, f"{TITLE} · {note}"
            ),
        )
    return _finish(path, groups, note)


def _finish(path: Path, groups: list[tuple[str, list[GuideRow]]], note: str) -> ExportResult:
    persons = _persons(groups)
    if persons:
        record_disclosure(TITLE, PERSON_COLUMNS, persons, path)
    count = len({row.service_id for _, rows in groups for row in rows})
    return ExportResult(path=path, row_count=count, files=[path], note=note)


def write_guide_xlsx(path: Path | str, **filters: Any) -> ExportResult:
    """Write the guide as Excel list: one row per concern and offer."""
    path = Path(path)
    groups = _rows(filters)
    verbund = load_settings().verbund_name
    note = messages.GUIDE_NOTE_CONSENT
    rows = [
        [
            heading,
            row.offer,
            row.target_group,
            row.legal_area_labels,
            row.partner,
            row.street,
            row.postcode,
            row.city,
            row.contact_name,
            row.phone,
            row.email,
            row.description,
        ]
        for heading, members in groups
        for row in members
    ]
    write_xlsx(
        path,
        title=f"{TITLE} – {verbund}",
        author=verbund,
        sheet_title="Wegweiser",
        columns=SHEET_COLUMNS,
        rows=rows,
        notes=[f"{TITLE} – {verbund}, Stand {german_date(clock.today())}", note],
        print_info=PrintInfo(TITLE, verbund, clock.today(), note),
    )
    return _finish(path, groups, note)
