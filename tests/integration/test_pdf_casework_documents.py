"""The Lotsen documents read back: stamp labels (count per page, case code, start position,
text inside its label), the Begleitblatt (stamp, authority's address, one page) and the
Wegweiser as PDF and Excel (consent to sharing honoured, disclosure log)."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from aktif_desktop.errors import AktifError, NotFoundError, ValidationError
from aktif_desktop.exports import cover_sheet, offers_guide, stamp_labels
from aktif_desktop.exports.stamp_labels import SHEET
from aktif_desktop.files import safe_write
from aktif_desktop.services import stamp
from aktif_desktop.storage.models import DisclosureLog
from tests.integration import casework_documents_data as data


def pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _positions_on(page: object, marker: str) -> list[int]:
    spots: list[int] = []
    height = float(page.mediabox.height)  # type: ignore[attr-defined]

    def visit(text: str, _cm: object, tm: list[float], *_rest: object) -> None:
        if text.startswith(marker):
            column = int(tm[4] // SHEET.width)
            row = int((height - SHEET.top - tm[5]) // SHEET.height)
            spots.append(row * SHEET.columns + column + 1)

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return sorted(spots)


def label_positions(path: Path, marker: str) -> list[list[int]]:
    """Per page, the label positions (1-24) on which a line starting with ``marker`` is drawn,
    found from where pypdf sees the text (so a label drawn in the wrong cell is caught)."""
    return [_positions_on(page, marker) for page in PdfReader(path).pages]


@pytest.fixture
def world(db):
    return data.build()


def test_full_sheet_of_labels_with_the_case_code(world, tmp_path: Path) -> None:
    target = tmp_path / "etiketten.pdf"
    result = stamp_labels.write_stamp_labels(target, case_code=world.case_code.lower())
    assert result.row_count == 24
    [text] = pages(target)
    assert text.count(f"Fall {world.case_code}") == 24
    assert text.count(data.STAMP.project) == 24 and text.count(data.STAMP.email) == 24
    assert label_positions(target, "Fall ") == [list(range(1, 25))]
    log = DisclosureLog.get()
    assert (log.kind, log.row_count, log.columns) == ("Stempeletiketten", 24, "Fallcode")


def test_start_position_on_a_half_used_sheet(world, tmp_path: Path) -> None:
    target = tmp_path / "rest.pdf"
    stamp_labels.write_stamp_labels(target, case_code=world.case_code, start=5, count=3)
    [text] = pages(target)
    assert text.count(world.case_code) == 3
    assert label_positions(target, "Fall ") == [[5, 6, 7]]


def test_more_labels_than_fit_go_on_to_new_sheets_from_position_one(world, tmp_path: Path) -> None:
    target = tmp_path / "viele.pdf"
    stamp_labels.write_stamp_labels(target, start=20, count=30)
    positions = label_positions(target, data.STAMP.project)
    assert positions == [[20, 21, 22, 23, 24], list(range(1, 25)), [1]]
    assert all("Fall " not in text for text in pages(target))
    assert DisclosureLog.select().count() == 0  # no case code: nothing of a family left


def test_labels_without_count_fill_the_rest_of_the_sheet(world, tmp_path: Path) -> None:
    target = tmp_path / "rest.pdf"
    assert stamp_labels.write_stamp_labels(target, start=22).row_count == 3
    assert label_positions(target, data.STAMP.project) == [[22, 23, 24]]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"start": 0}, "Startposition 0"),
        ({"start": 25}, "Startposition 25"),
        ({"count": 0}, "Anzahl 0"),
        ({"count": stamp_labels.MAX_LABELS + 1}, "Anzahl"),
        ({"start": True}, "Startposition"),
    ],
)
def test_impossible_positions_are_refused(world, tmp_path: Path, options, message) -> None:
    target = tmp_path / "x.pdf"
    with pytest.raises(ValidationError, match=message):
        stamp_labels.write_stamp_labels(target, **options)
    assert not target.exists()


def test_documents_refuse_without_stamp_and_unknown_records(db, tmp_path: Path) -> None:
    world = data.build(with_stamp=False)
    for write in (
        lambda: stamp_labels.write_stamp_labels(tmp_path / "a.pdf"),
        lambda: cover_sheet.write_cover_sheet(world.application, tmp_path / "b.pdf"),
    ):
        with pytest.raises(ValidationError, match="Projektstempel in den Einstellungen"):
            write()
    stamp.save_stamp(data.STAMP)
    with pytest.raises(NotFoundError, match="F-2026-9999"):
        stamp_labels.write_stamp_labels(tmp_path / "a.pdf", case_code="F-2026-9999")
    with pytest.raises(NotFoundError, match="Antrag"):
        cover_sheet.write_cover_sheet(424242, tmp_path / "b.pdf")
    assert list(tmp_path.glob("*.pdf")) == []


def test_long_stamp_shrinks_and_stays_inside_its_label(db, tmp_path: Path) -> None:
    long = stamp.Stamp(
        project="Akti(F) Plus – Familienverbund Mittleres Erzgebirge und Annaberg-Buchholz",
        address_1="Kinder-, Jugend- und Familienzentrum Regenbogen, Große Kirchgasse 112a",
        address_2="09456 Annaberg-Buchholz OT Frohnau",
        phone="+49 (0) 3733 / 123 456 78 - 90",
        email="netzwerkkoordination.lotsenfunktion@familienverbund-erzgebirge-annaberg.de",
        contact_person="Dr. Maria-Theresa Schwarzenberg-Müller",
    )
    layout = stamp_labels.layout_label(long.lines(), "F-2026-0042")
    width = SHEET.width - 2 * SHEET.padding_x
    from reportlab.pdfbase import pdfmetrics

    from aktif_desktop.exports import pdf_base as pdf

    for text, bold in layout.lines:
        font = pdf.FONT_BOLD if bold else pdf.FONT
        assert pdfmetrics.stringWidth(text, font, layout.size) <= width + 0.01, text
    assert len(layout.lines) * layout.leading <= SHEET.height - 2 * SHEET.padding_y
    assert layout.lines[-1] == ("Fall F-2026-0042", True)
    joined = "".join(text for text, _ in layout.lines)
    assert "familienverbund-erzgebirge-annaberg.de" in joined  # wrapped, not cut


def test_absurd_stamp_is_cut_but_keeps_the_case_code(db) -> None:
    lines = ["W" * 200] * 6
    layout = stamp_labels.layout_label(lines, "F-2026-0001")
    assert layout.size == stamp_labels.SMALLEST
    assert layout.lines[-1] == ("Fall F-2026-0001", True)
    assert len(layout.lines) * layout.leading <= SHEET.height - 2 * SHEET.padding_y
    assert any(text.endswith("…") for text, _ in layout.lines)


def test_cover_sheet_has_stamp_address_code_and_callback(world, tmp_path: Path) -> None:
    target = tmp_path / "begleitblatt.pdf"
    result = cover_sheet.write_cover_sheet(world.application, target)
    [text] = pages(target)
    flat = re.sub(r"\s+", " ", text)
    for expected in (
        "Familienkasse Sachsen",
        "Budapester Straße 30",
        "01069 Dresden",
        world.case_code,
        "Kinderzuschlag",
        "20.11.2026",
        data.STAMP.project,
        data.STAMP.address_1,
        data.STAMP.address_2,
        "Bei Rückfragen oder fehlenden Unterlagen wenden Sie sich bitte an Katrin Vogel",
        data.STAMP.phone,
        data.STAMP.email,
    ):
        assert expected in flat, expected
    assert result.note == ""
    log = DisclosureLog.get()
    assert (log.kind, log.row_count) == ("Begleitblatt", 1)


def test_cover_sheet_without_authority_address_says_so(world, tmp_path: Path) -> None:
    from aktif_desktop.services import organisations

    office = organisations.get_organisation(world.family_office)
    office.street = office.postcode = office.city = ""
    organisations.update_organisation(office.id, office, office.version)
    result = cover_sheet.write_cover_sheet(world.application, tmp_path / "b.pdf")
    assert "keine Anschrift" in result.note and len(pages(result.path)) == 1


def test_cover_sheet_with_longest_fields_stays_one_page(db, tmp_path: Path) -> None:
    world = data.build(with_stamp=False)
    stamp.save_stamp(
        stamp.Stamp(
            project="Ä" * 200,
            address_1="B " * 100,
            address_2="C" * 200,
            phone="0" * 30,
            email=("x" * 180) + "@example.de",
            contact_person="D " * 100,
        )
    )
    target = tmp_path / "lang.pdf"
    cover_sheet.write_cover_sheet(world.application, target)
    assert len(PdfReader(target).pages) == 1


def test_guide_pdf_grouped_with_consent_honoured(world, tmp_path: Path) -> None:
    target = tmp_path / "wegweiser.pdf"
    result = offers_guide.write_guide_pdf(target)
    text = " ".join(pages(target))
    assert result.row_count == 3
    for heading in ("Kinderzuschlag", "Bildung und Teilhabe", "Bürgergeld / SGB II"):
        assert heading in text
    assert text.index("Bürgergeld / SGB II") < text.index("Weitere Angebote")
    assert "Offene Sprechstunde" in text.split("Weitere Angebote", 1)[1]
    assert "Petra Adler" in text and data.SHARED_PHONE in text
    assert data.HIDDEN_PHONE not in text and "Berg" not in text
    assert data.HIDDEN_EMAIL not in text.replace("\n", "")
    assert data.JOBCENTER_PHONE in text
    log = DisclosureLog.get()
    assert (log.kind, log.row_count) == ("Wegweiser: Angebote der Partner", 1)


def test_guide_xlsx_with_consent_honoured(world, tmp_path: Path) -> None:
    target = tmp_path / "wegweiser.xlsx"
    offers_guide.write_guide_xlsx(target, concern="child_supplement")
    sheet = openpyxl.load_workbook(target).worksheets[0]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:2] == ["Anliegen", "Angebot"] and "Telefon" in header
    assert data.SHARED_PHONE in cells and data.JOBCENTER_PHONE in cells
    assert data.HIDDEN_PHONE not in cells and data.HIDDEN_EMAIL not in cells
    assert not any("Berg" in cell for cell in cells)
    assert cells.count("Kinderzuschlag") == 2  # the two offers of this concern


def test_guide_without_persons_is_not_logged_and_empty_guide_refused(world, tmp_path: Path) -> None:
    offers_guide.write_guide_xlsx(tmp_path / "sgb2.xlsx", concern="basic_income")
    assert DisclosureLog.select().count() == 0  # only the Jobcenter's general numbers
    with pytest.raises(ValidationError, match="keine Leistungsangebote"):
        offers_guide.write_guide_pdf(tmp_path / "leer.pdf", concern="debt")
    assert not (tmp_path / "leer.pdf").exists()


def test_existing_file_is_not_replaced_without_agreement(world, tmp_path: Path) -> None:
    target = tmp_path / "da.pdf"
    target.write_bytes(b"alt")
    with pytest.raises(AktifError), safe_write.writing(replace=False):
        stamp_labels.write_stamp_labels(target)
    assert target.read_bytes() == b"alt"
    with safe_write.writing(replace=True):
        stamp_labels.write_stamp_labels(target)
    assert target.read_bytes().startswith(b"%PDF")
