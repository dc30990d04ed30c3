"""Attendance certificates (Teilnahmebescheinigungen) as PDF: one file per person or all in one.

Only participations with status "teilgenommen" get one. The number comes from the certificate
register (``services.certificates``): printing again gives the same number and issue date, so
the same document. File names are "Teilnahmebescheinigung <Nr> <Nachname> <Vorname>.pdf",
safe on Windows and keeping umlauts; the number makes them unique.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from aktif_desktop import messages
from aktif_desktop.domain import EventStatus
from aktif_desktop.errors import ValidationError
from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import (
    ExportResult,
    Progress,
    atomic_file,
    atomic_folder,
    event_when,
    german_date,
    german_hours,
    record_disclosure,
    report,
    safe_filename,
)
from aktif_desktop.fontcheck import unprintable_warning
from aktif_desktop.services import certificates, events
from aktif_desktop.services.certificates import CertificateInfo
from aktif_desktop.services.settings import Settings, load_settings
from aktif_desktop.storage.models import now

TOP = 42 * mm  # below the header
BOTTOM = 36 * mm  # above the funding line
CONTENT_HEIGHT = pdf.PAGE_HEIGHT - TOP - BOTTOM - 1 * mm


def file_name(info: CertificateInfo) -> str:
    """The Windows-safe file name of one certificate."""
    person = info.participant
    stem = safe_filename(
        f"Teilnahmebescheinigung {info.number} {person.last_name} {person.first_name}"
    )
    return f"{stem}.pdf"


def _page(canvas: Canvas, settings: Settings, logo: Any) -> None:
    """Header (Verbund name, logo) and footer (funding line) of every certificate page."""
    canvas.saveState()
    top = pdf.PAGE_HEIGHT - 15 * mm
    logo_width = pdf.draw_logo(canvas, logo, pdf.PAGE_WIDTH - pdf.MARGIN, top, 20 * mm)
    text_width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN - logo_width - 5 * mm
    name = pdf.para(
        settings.verbund_name, pdf.style("verbund", 13, bold=True, textColor=pdf.ACCENT)
    )
    _, height = name.wrap(text_width, 20 * mm)
    name.drawOn(canvas, pdf.MARGIN, top - height)
    canvas.setStrokeColor(pdf.ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(pdf.MARGIN, top - 24 * mm, pdf.PAGE_WIDTH - pdf.MARGIN, top - 24 * mm)
    if settings.funding_line:
        funding = pdf.para(
            settings.funding_line, pdf.style("funding", 7.5, textColor=pdf.GREY, leading=9.5)
        )
        _, height = funding.wrap(pdf.PAGE_WIDTH - 2 * pdf.MARGIN, 25 * mm)
        canvas.line(
            pdf.MARGIN,
            14 * mm + height + 3 * mm,
            pdf.PAGE_WIDTH - pdf.MARGIN,
            14 * mm + height + 3 * mm,
        )
        funding.drawOn(canvas, pdf.MARGIN, 14 * mm)
    canvas.restoreState()


def _event_table(info: CertificateInfo) -> Table:
    event = info.event
    label = pdf.style("label", 10, bold=True)
    value = pdf.style("value", 10)
    rows = [
        ("Veranstaltung", event.title),
        ("Art", event.kind_label),
        ("Datum und Uhrzeit", event_when(event.start, event.end)),
        ("Ort", event.where),
        ("Umfang", german_hours(event.hours)),
    ]
    table = Table(
        [[pdf.para(name, label), pdf.para(text, value)] for name, text in rows if text],
        colWidths=(44 * mm, None),
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), pdf.LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


def _signature_block(info: CertificateInfo, settings: Settings) -> Table:
    small = pdf.style("small", 9.5)
    place = ", ".join(p for p in (settings.place_of_issue, german_date(info.issued_on)) if p)
    signer = "\n".join(p for p in (settings.signatory_name, settings.signatory_function) if p)
    table = Table(
        [
            [pdf.para(place, small), ""],
            ["", ""],
            [pdf.para(signer or "Unterschrift", small), ""],
        ],
        colWidths=(80 * mm, None),
        rowHeights=[None, 14 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 1), (0, 1), 0.7, pdf.BLACK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _height(flowables: list[Any], width: float) -> float:
    return float(sum(flowable.wrap(width, CONTENT_HEIGHT)[1] for flowable in flowables))


def _agenda_table(items: list[str], width: float) -> Table:
    """The topics as a list; more than eight go into two columns (read down, then across)."""
    item = pdf.style("agenda", 10, leading=13)
    if len(items) <= 8:
        data = [[pdf.para(f"• {text}", item)] for text in items]
        widths: tuple[float, ...] = (width,)
    else:
        half = (len(items) + 1) // 2
        left, right = items[:half], items[half:]
        data = [
            [
                pdf.para(f"• {left[row]}", item),
                pdf.para(f"• {right[row]}", item) if row < len(right) else "",
            ]
            for row in range(half)
        ]
        widths = (width / 2, width / 2)
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    return table


def _certificate(info: CertificateInfo, settings: Settings) -> list[Any]:
    """One certificate: name and title always at full size; a long agenda moves to page 2."""
    centered = pdf.CENTERED
    person = info.participant
    width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN
    body = pdf.style("body", 11, leading=15, **centered)
    content: list[Any] = [
        pdf.para(
            "Teilnahmebescheinigung",
            pdf.style("h", 24, bold=True, textColor=pdf.ACCENT, **centered),
        ),
        Spacer(1, 2 * mm),
        pdf.para(f"Nr. {info.number}", pdf.style("nr", 9.5, textColor=pdf.GREY, **centered)),
        Spacer(1, 8 * mm),
        _event_table(info),
        Spacer(1, 9 * mm),
        pdf.para(person.full_name, pdf.style("name", 19, bold=True, leading=24, **centered)),
    ]
    if person.organisation_name:
        content += [Spacer(1, 1 * mm), pdf.para(person.organisation_name, body)]
    content += [Spacer(1, 5 * mm), pdf.para(settings.certificate_text, body)]
    closing = [Spacer(1, 12 * mm), _signature_block(info, settings)]
    items = [line.strip() for line in (info.event.agenda or "").splitlines() if line.strip()]
    if not items:
        return [*content, *closing]
    heading = pdf.style("agenda-h", 10.5, bold=True)
    agenda = [
        Spacer(1, 6 * mm),
        pdf.para("Inhalte", heading),
        Spacer(1, 1.5 * mm),
        _agenda_table(items, width),
    ]
    if _height([*content, *agenda, *closing], width) <= CONTENT_HEIGHT:
        return [*content, *agenda, *closing]
    # Too long for one page: the certificate refers to its second page, which lists the
    # topics (and runs on to further pages if it must).
    note = pdf.style("agenda-note", 10, **centered)
    return [
        *content,
        Spacer(1, 6 * mm),
        pdf.para("Die Inhalte der Veranstaltung stehen auf der folgenden Seite.", note),
        *closing,
        PageBreak(),
        pdf.para(
            f"Inhalte der Veranstaltung – Anlage zur Teilnahmebescheinigung Nr. {info.number}",
            heading,
        ),
        Spacer(1, 1 * mm),
        pdf.para(f"{person.full_name} · {info.event.title}", pdf.style("sub", 9.5)),
        Spacer(1, 4 * mm),
        _agenda_table(items, width),
    ]


def refuse_unless_held(event: events.EventRow) -> None:
    """No certificate for a cancelled event or one that has not begun yet."""
    if event.status == EventStatus.CANCELLED:
        raise ValidationError(messages.CERTIFICATE_EVENT_CANCELLED.format(title=event.title))
    if event.start > now():
        raise ValidationError(
            messages.CERTIFICATE_EVENT_NOT_HELD.format(
                title=event.title, start=german_date(event.start)
            )
        )


def _build(
    path: Path,
    infos: list[CertificateInfo],
    settings: Settings,
    logo: Any,
    on_page: Callable[[int], None] | None = None,
) -> None:
    story: list[Any] = []
    for index, info in enumerate(infos):
        if index:
            story.append(PageBreak())
        story += _certificate(info, settings)
    title = "Teilnahmebescheinigung"
    if len(infos) == 1:
        title += f" {infos[0].number} – {infos[0].participant.full_name}"

    def page(canvas: Canvas, doc: Any) -> None:
        _page(canvas, settings, logo)

    pdf.build_pdf(
        path,
        story,
        title=title,
        author=settings.verbund_name,
        first_page=page,
        later_pages=page,
        decorate=lambda canvas, number, total: None,
        top_margin=TOP,
        bottom_margin=BOTTOM,
        progress=on_page,
    )


def write_certificates(
    event_id: int,
    *,
    folder: Path | str | None = None,
    pdf_file: Path | str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the certificates of everyone who attended ``event_id``.

    Give ``folder`` for one PDF per person or ``pdf_file`` for all in one file. Numbers are
    issued (once) in the register before anything is written.
    """
    if (folder is None) == (pdf_file is None):
        raise ValueError("give exactly one of folder and pdf_file")
    event = events.get_event(event_id)
    refuse_unless_held(event)
    infos = certificates.issue_for_event(event_id)
    if not infos:
        raise ValidationError(messages.EXPORT_NO_ATTENDEES.format(title=event.title))
    settings = load_settings()
    logo = pdf.load_logo(settings.logo_path)
    total = len(infos)
    report(progress, 0, total)
    files: list[Path] = []
    if pdf_file is not None:
        target = Path(pdf_file)
        with atomic_file(target) as temp:
            # About one page per certificate: the page count is the progress.
            _build(
                temp, infos, settings, logo, lambda page: report(progress, min(page, total), total)
            )
        files.append(target)
    else:
        target = Path(folder)  # type: ignore[arg-type]
        with atomic_folder(target) as temp_folder:
            for index, info in enumerate(infos):
                report(progress, index, total)
                _build(temp_folder / file_name(info), [info], settings, logo)
        files = [target / file_name(info) for info in infos]
    record_disclosure("Teilnahmebescheinigungen", ["Name", "Organisation"], total, target)
    report(progress, total, total)
    warning = unprintable_warning(
        f"{info.participant.full_name} {info.participant.organisation_name}" for info in infos
    )
    return ExportResult(path=target, row_count=total, files=files, note=warning)
