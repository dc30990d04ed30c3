"""The Berichte page with the sample report injected: build, edit a Soll and a text, save as
Excel and PDF (files read back), every button clicked; screenshots at 1366 x 768 and
1024 x 700 are looked at."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.report_sample import sample_report
from ui.reports import page as reports_page
from ui.reports.models import parse_german_number
from ui.reports.page import ReportsPage
from ui.reports.period import period_range

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def page(qtbot, db):
    widget = ReportsPage()
    widget.builder = lambda start, end: sample_report()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _build(qtbot, page: ReportsPage) -> None:
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)


def test_build_shows_blocks_charts_and_texts(qtbot, page):
    assert not page.xlsx_button.isEnabled()
    _build(qtbot, page)
    assert len(page.charts) == 4  # bar, 2 pies, heatmap
    assert set(page.texts) == {
        "ausgangslage",
        "umsetzung",
        "ergebnisse",
        "abweichungen",
        "ausblick",
    }
    assert page.texts["ergebnisse"].toPlainText().startswith("Es wurden 1.234")
    model = page.figure_models[0]
    assert model.index(0, 1).data() == "1.234"
    assert model.index(1, 1).data() == "3.456,5 Std."
    assert page.xlsx_button.isEnabled()


def test_soll_edited_inline_goes_into_the_files(qtbot, page, tmp_path, monkeypatch):
    _build(qtbot, page)
    model = page.figure_models[0]
    assert model.setData(model.index(1, 2), "3.500,5")
    assert not model.setData(model.index(0, 2), "viele")  # refused, old Soll kept
    assert not model.setData(model.index(0, 2), "-5")
    assert model.index(0, 2).data() == "1.200"
    page.texts["abweichungen"].setPlainText("Zwei Beratungstage fielen aus.")
    target = tmp_path / "bericht.xlsx"
    monkeypatch.setattr(page, "ask_file", lambda kind: target)
    job = page.export("xlsx")
    assert job is not None
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: "Gespeichert" in page.status.text(), timeout=10_000)
    book = openpyxl.load_workbook(target)
    sheet = book["Veranstaltungen"]
    values = [row for row in sheet.iter_rows(values_only=True) if row and row[0] == "Stunden"]
    assert values[0][2] == 3500.5
    texts = [c for row in book["Sachbericht"].iter_rows(values_only=True) for c in row if c]
    assert "Zwei Beratungstage fielen aus." in texts

    pdf_target = tmp_path / "bericht.pdf"
    monkeypatch.setattr(page, "ask_file", lambda kind: pdf_target)
    page.export("pdf")
    qtbot.waitUntil(lambda: pdf_target.exists(), timeout=20_000)
    text = "".join(p.extract_text() for p in PdfReader(pdf_target).pages)
    assert "3.500,5 Std." in text and "Zwei Beratungstage fielen aus." in text


def test_existing_file_is_replaced_only_when_the_user_agrees(qtbot, page, tmp_path, monkeypatch):
    _build(qtbot, page)
    target = tmp_path / "bericht.xlsx"
    target.write_bytes(b"old")
    monkeypatch.setattr(page, "ask_file", lambda kind: target)
    monkeypatch.setattr(page, "ask_replace", lambda path: False)
    assert page.export("xlsx") is None
    assert target.read_bytes() == b"old"
    monkeypatch.setattr(page, "ask_replace", lambda path: True)
    page.export("xlsx")
    qtbot.waitUntil(lambda: target.read_bytes() != b"old", timeout=10_000)
    assert openpyxl.load_workbook(target).sheetnames[0] == "Veranstaltungen"


def test_missing_services_give_a_german_notice(qtbot, db, monkeypatch):
    widget = ReportsPage()
    qtbot.addWidget(widget)
    monkeypatch.setattr(reports_page, "service_module", lambda name: None)
    widget.build()
    assert "noch nicht enthalten" in widget.status.text()
    widget.builder = lambda start, end: sample_report()
    _build(qtbot, widget)
    assert widget.save_plans() is False
    assert "noch nicht gespeichert" in widget.status.text()


def test_reversed_free_period_is_refused(qtbot, page):
    page.period.kind.setCurrentIndex(3)
    page.period.start.setDate(dt.date(2026, 5, 1))
    page.period.end.setDate(dt.date(2026, 4, 1))
    page.build()
    assert "Enddatum" in page.status.text()
    assert page.report is None


def test_every_button_clicks_without_error(qtbot, page, monkeypatch, tmp_path):
    monkeypatch.setattr(page, "ask_file", lambda kind: None)  # the user cancels
    for index in range(4):
        page.period.kind.setCurrentIndex(index)
        for button in page.findChildren(QPushButton):
            if button.isEnabled():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.loader.running, timeout=10_000)
    assert page.report is not None


@pytest.mark.parametrize(
    ("kind", "part", "expected"),
    [
        ("year", 1, (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
        ("half", 2, (dt.date(2026, 7, 1), dt.date(2026, 12, 31))),
        ("quarter", 1, (dt.date(2026, 1, 1), dt.date(2026, 3, 31))),
        ("quarter", 4, (dt.date(2026, 10, 1), dt.date(2026, 12, 31))),
    ],
)
def test_period_ranges(kind, part, expected):
    assert period_range(kind, 2026, part) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.200", 1200), ("87,5", 87.5), ("87,5 %", 87.5), ("", None), ("3.456,5 Std.", 3456.5)],
)
def test_german_numbers_are_read(text, value):
    assert parse_german_number(text) == value


@pytest.mark.parametrize("text", ["1,2,3", "zwölf", "1.20", "=1+1"])
def test_bad_numbers_are_refused(text):
    with pytest.raises(ValueError):
        parse_german_number(text)


@pytest.mark.parametrize(("size", "name"), [((1366, 768), "reports.png"), ((1024, 700), None)])
def test_screenshot(qtbot, page, size, name, tmp_path):
    page.resize(*size)
    _build(qtbot, page)
    qtbot.wait(50)
    assert page.scroll_area.widget().minimumSizeHint().width() <= size[0]
    image = page.grab()
    target = tmp_path / "reports.png"
    image.save(str(target))
    assert target.stat().st_size > 10_000
    if name and os.environ.get("AKTIF_SCREENSHOTS"):  # refresh the documentation's picture
        image.save(str(SCREENSHOTS / name))
