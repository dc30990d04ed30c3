"""The Begleitblatt for one supported application: addressed to the authority, with the
project stamp, the case code, the benefit and whom to call for questions or missing papers.

It goes with the application to the benefit office ("auf kurzem Dienstweg"), so it names the
family only by its code. One A4 page, body text at 10.5 pt; the export is recorded in the
disclosure log (the case code and the benefit leave the app).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame, Spacer, Table, TableStyle

from aktif_desktop import clock, messages
from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import ExportResult, atomic_file, german_date, record_disclosure
from aktif_desktop.services import applications, stamp
from aktif_desktop.services.applications import ApplicationRow
from aktif_desktop.services.settings import load_settings
from aktif_desktop.services.stamp import Stamp

TITLE = "Begleitblatt"
COLUMNS = ["Fallcode", "Leistung", "Eingereicht am", "Behörde"]
BODY = 10.5
TOP = 45 * mm  # DIN 5008 form B: the address field of a window envelope starts here
WINDOW_INDENT = 3 * mm  # the window starts 20 mm from the paper's edge; the margin is 18 mm
BOTTOM = 28 * mm


def _sender(current: Stamp) -> str:
    parts = [current.project, current.address_1, current.address_2]
    return " · ".join(part for part in parts if part)


def _address(row: ApplicationRow) -> list[str]:
    place = " ".join(part for part in (row.authority_postcode, row.authority_city) if part)
    return [line for line in (row.authority_name, row.authority_street, place) if line]


def _facts(row: ApplicationRow) -> Table:
    label, value = pdf.style("label", BODY, bold=True), pdf.style("value", BODY)
    facts = [
        ("Fallcode", row.case_code),
        ("Leistung", row.benefit_label),
        ("Eingereicht am", german_date(row.submitted_on)),
        ("Mit Projektstempel", "ja" if row.stamped else "nein"),
    ]
    table = Table(
        [[pdf.para(name, label), pdf.para(text, value)] for name, text in facts],
        colWidths=(48 * mm, None),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), pdf.LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 2.5 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return table


def _stamp_box(current: Stamp) -> Table:
    lines = current.lines()
    cells = [[pdf.para(lines[0], pdf.style("stamp-h", 11, bold=True))]]
    cells += [[pdf.para(line, pdf.style("stamp", BODY))] for line in lines[1:]]
    table = Table(cells, colWidths=(95 * mm,), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, pdf.ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 1), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -2), 0.5),
            ]
        )
    )
    return table


def callback_sentence(current: Stamp) -> str:
    """ "Bei Rückfragen … wenden Sie sich bitte an <Person> (<Projekt>), Tel. …, E-Mail …." """
    who = current.project
    if current.contact_person:
        who = f"{current.contact_person} ({current.project})"
    reach = [f"Telefon {current.phone}" if current.phone else "", current.email]
    reach_text = ", ".join(part for part in reach if part)
    tail = f", {reach_text}" if reach_text else ""
    return (
        "Bei Rückfragen oder fehlenden Unterlagen wenden Sie sich bitte an "
        f"{who}{tail}. Wir helfen der Familie, Unterlagen schnell nachzureichen."
    )


def _story(row: ApplicationRow, current: Stamp) -> list[Any]:
    body = pdf.style("body", BODY, leading=BODY * 1.4)
    small = pdf.style("sender", 8, textColor=pdf.GREY, leftIndent=WINDOW_INDENT)
    address = pdf.style("address", 11, leading=14.5, leftIndent=WINDOW_INDENT)
    story: list[Any] = [
        pdf.para(_sender(current), small),
        Spacer(1, 3 * mm),
        pdf.para("\n".join(_address(row)), address),
        Spacer(1, 12 * mm),
        pdf.para(f"Datum: {german_date(clock.today())}", pdf.style("date", BODY)),
        Spacer(1, 6 * mm),
        pdf.para(
            f"Begleitblatt zum Antrag: {row.benefit_label}",
            pdf.style("title", 15, bold=True, textColor=pdf.ACCENT, leading=19),
        ),
        Spacer(1, 2 * mm),
        pdf.para(f"Fall {row.case_code}", pdf.style("code", 12, bold=True)),
        Spacer(1, 6 * mm),
        pdf.para("Sehr geehrte Damen und Herren,", body),
        Spacer(1, 2 * mm),
        pdf.para(
            f"der beiliegende Antrag wurde mit Unterstützung von {current.project} gestellt. "
            "Die Familie ist bei uns nur unter dem oben genannten Fallcode erfasst; bitte "
            "geben Sie ihn bei Rückfragen an.",
            body,
        ),
        Spacer(1, 5 * mm),
        _facts(row),
        Spacer(1, 6 * mm),
        pdf.para(callback_sentence(current), body),
        Spacer(1, 4 * mm),
        pdf.para("Mit freundlichen Grüßen", body),
        Spacer(1, 6 * mm),
        _stamp_box(current),
    ]
    width = pdf.PAGE_WIDTH - 2 * pdf.MARGIN
    # Every field is at most 200 characters; the frame shrinks rather than spill onto page 2.
    return [KeepInFrame(width, pdf.PAGE_HEIGHT - TOP - BOTTOM, story, mode="shrink")]


def write_cover_sheet(application_id: int, path: Path | str) -> ExportResult:
    """Write the Begleitblatt of application ``application_id``; refused while the stamp is
    not set or the application is gone (German errors)."""
    path = Path(path)
    current = stamp.required_stamp()
    row = applications.get_application(application_id)
    funding = load_settings().funding_line
    note = ""
    if not (row.authority_street or row.authority_city):
        note = messages.COVER_SHEET_NO_AUTHORITY_ADDRESS.format(name=row.authority_name)

    def page(canvas: Canvas, doc: Any) -> None:
        if funding:
            line = pdf.para(funding, pdf.style("funding", 7.5, textColor=pdf.GREY, leading=9.5))
            line.wrap(pdf.PAGE_WIDTH - 2 * pdf.MARGIN, 20 * mm)
            line.drawOn(canvas, pdf.MARGIN, 10 * mm)

    with atomic_file(path) as temp:
        pdf.build_pdf(
            temp,
            _story(row, current),
            title=f"{TITLE} {row.case_code} – {row.benefit_label}",
            author=current.project,
            first_page=page,
            later_pages=page,
            decorate=lambda canvas, number, total: None,
            top_margin=TOP,
            bottom_margin=BOTTOM,
        )
    record_disclosure(TITLE, COLUMNS, 1, path)
    return ExportResult(path=path, row_count=1, files=[path], note=note)
