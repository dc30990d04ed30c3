"""The report as Excel and PDF, read back: sheets, values, charts over the sheet's own cells,
the colour scale of the matrix, print settings; the PDF's title, contents, every block,
German numbers and "Seite x von N"; hostile reports (empty, reversed, huge texts)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import openpyxl
import pytest
from pypdf import PdfReader

from aktif_desktop.errors import AktifError, ValidationError
from aktif_desktop.exports.report_pdf import write_report_pdf
from aktif_desktop.exports.report_xlsx import split_paragraphs, write_report_xlsx
from aktif_desktop.exports.xlsx_layout import page_scale
from aktif_desktop.files.safe_write import WriteRefused
from aktif_desktop.services.report_model import Report
from tests.report_sample import LONG_TEXT, sample_report


def test_xlsx_sheets_values_and_charts(tmp_path):
    path = tmp_path / "bericht.xlsx"
    write_report_xlsx(sample_report(), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Veranstaltungen",
        "Teilnahme",
        "Rechtskreise und Kooperation",
        "Lotsenarbeit",
        "Sachbericht",
    ]
    sheet = book["Veranstaltungen"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[rows.index(next(r for r in rows if r[0] == "Kennzahl")) + 1][:3] == (
        "Durchgeführte Veranstaltungen",
        1234,
        1200,
    )
    assert ("Kennzahl", "Ist", "Soll", "Definition") in [r[:4] for r in rows]
    charts = sheet._charts
    assert [type(c).__name__ for c in charts] == ["BarChart", "PieChart"]
    for chart in charts:
        for series in chart.series:
            match = re.fullmatch(
                r"'Veranstaltungen'!\$([B-Z])\$(\d+):\$\1\$(\d+)", series.val.numRef.f
            )
            assert match, series.val.numRef.f
            first, last = int(match[2]), int(match[3])
            # the table's own cells: labels in column A, the header above the first value
            assert sheet.cell(first, 1).value in ("Jan.", "Netzwerktreffen")
            assert sheet.cell(first - 1, 1).value in ("Monat", "Art")
            assert last - first + 1 in (11, 5)
    percent = next(r for r in sheet.iter_rows() if r[0].value == "Stunden")
    assert "Std." in percent[1].number_format
    matrix = book["Rechtskreise und Kooperation"]
    ranges = [str(r.sqref) for r in matrix.conditional_formatting]
    assert len(ranges) == 1 and ranges[0].startswith("B")
    rules = [rule for entry in matrix.conditional_formatting for rule in entry.rules]
    assert [rule.type for rule in rules] == ["colorScale"]
    empty = book["Lotsenarbeit"]
    assert "keine Zahlen" in " ".join(str(c.value) for row in empty.iter_rows() for c in row)


def test_xlsx_prints_legibly(tmp_path):
    path = tmp_path / "bericht.xlsx"
    write_report_xlsx(sample_report(), path)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        widths = [d.width for d in sheet.column_dimensions.values() if d.width]
        assert page_scale(widths) * 10 >= 8.0 or sheet.page_setup.orientation == "portrait"
        fonts = {c.font.sz for row in sheet.iter_rows() for c in row if c.value is not None}
        assert min(fonts) >= 9  # the notes are 9 pt; printed at >= 0.82 that stays above 7.5
        assert "Seite &P von &N" in sheet.oddFooter.right.text
    assert book["Sachbericht"].page_setup.orientation == "portrait"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_xlsx_prints_through_libreoffice(tmp_path):
    path = tmp_path / "bericht.xlsx"
    write_report_xlsx(sample_report(), path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(tmp_path / "bericht.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Veranstaltungen nach Monat" in text and "Seite 1 von" in text


def test_long_texts_are_cut_into_rows_excel_can_show():
    pieces = split_paragraphs(" ".join([LONG_TEXT] * 40))
    assert len(pieces) > 1
    assert " ".join(pieces).replace("  ", " ").startswith("Der Verbund")
    assert split_paragraphs("") == []
    assert split_paragraphs("x" * 20_000)  # one endless word


def test_pdf_title_contents_blocks_numbers(tmp_path):
    path = tmp_path / "bericht.pdf"
    report = sample_report()
    report.logo_path = str(tmp_path / "fehlt.png")  # unreadable: no logo, no failure
    result = write_report_pdf(report, path)
    reader = PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]
    total = len(pages)
    assert result.row_count == total
    assert "Bericht" in pages[0] and "01.01.2026 – 31.12.2026" in pages[0]
    assert f"Seite 1 von {total}" in pages[0] and f"Seite {total} von {total}" in pages[-1]
    assert "Inhalt" in pages[1]
    text = "\n".join(pages)
    for block in report.blocks:
        assert block.title in text
        assert block.title in pages[1]  # in the contents
    for number in ("1.234", "3.456,5 Std.", "87,5 %", "90 %"):
        assert number in text
    assert "Ausgangslage" in text and "Migrationshintergrund" in text
    assert reader.metadata.title == "Bericht 01.01.2026 – 31.12.2026"


def test_empty_and_hostile_reports(tmp_path):
    empty = Report(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 1))
    write_report_pdf(empty, tmp_path / "leer.pdf")
    write_report_xlsx(empty, tmp_path / "leer.xlsx")
    assert openpyxl.load_workbook(tmp_path / "leer.xlsx").sheetnames == ["Sachbericht"]
    reversed_period = Report(start=dt.date(2026, 2, 1), end=dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="endet"):
        write_report_xlsx(reversed_period, tmp_path / "x.xlsx")
    hostile = sample_report()
    hostile.blocks[0].title = '=HYPERLINK("x")/[Blatt]:*?'
    hostile.blocks[0].tables[0].rows.append(("kurz",))  # a short row is padded
    hostile.texts["ausblick"] = "=1+1\n\n" + "Wort " * 30_000
    write_report_xlsx(hostile, tmp_path / "h.xlsx")
    book = openpyxl.load_workbook(tmp_path / "h.xlsx")
    name = book.sheetnames[0]
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert book[name]["A1"].value.startswith("=HYPERLINK") and book[name]["A1"].data_type == "s"
    write_report_pdf(hostile, tmp_path / "h.pdf")
    assert len(PdfReader(tmp_path / "h.pdf").pages) > 5


def test_existing_file_needs_replace(tmp_path):
    path = tmp_path / "bericht.pdf"
    path.write_bytes(b"alt")
    with pytest.raises(WriteRefused):
        write_report_pdf(sample_report(), path)
    assert path.read_bytes() == b"alt"
    write_report_pdf(sample_report(), path, replace=True)
    assert path.read_bytes().startswith(b"%PDF")


@pytest.mark.sqlite_only  # a server database has no file to write over
def test_never_over_the_database(db, tmp_path):
    from aktif_desktop.storage.models import database

    with pytest.raises(AktifError):
        write_report_xlsx(sample_report(), database.database, replace=True)
