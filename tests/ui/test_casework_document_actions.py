"""The Lotsen documents in the GUI: the Export menu's stamp labels and offers guide, the
Begleitblatt and case labels for the case view; real dialogs, real jobs, real files read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from aktif_desktop import messages
from aktif_desktop.services import audit, stamp
from tests.integration import casework_documents_data as data
from ui import casework_document_actions as actions
from ui import export_actions
from ui.guide_dialog import GuideDialog
from ui.pages import PageId
from ui.stamp_labels_dialog import LabelChoice, StampLabelsDialog

PROJECT = data.STAMP.project


class StandIn(QMainWindow):
    """What ``install`` and the controller need, plus ``show_page`` (recorded)."""

    def __init__(self) -> None:
        super().__init__()
        self.menus: dict[str, QMenu] = {}
        self.statuses: list[str] = []
        self.pages: list[PageId] = []

    def menu(self, title: str) -> QMenu:
        if title not in self.menus:
            self.menus[title] = self.menuBar().addMenu(title)
        return self.menus[title]

    def current_event_id(self) -> int | None:
        return None

    def show_status(self, text: str) -> None:
        self.statuses.append(text)

    def show_page(self, page_id: PageId) -> bool:
        self.pages.append(page_id)
        return True


@pytest.fixture
def world(db):
    return data.build()


@pytest.fixture
def window(qtbot, db) -> StandIn:
    win = StandIn()
    qtbot.addWidget(win)
    export_actions.install(win)
    return win


def _trigger(window: StandIn, text: str) -> None:
    found = [a for a in window.menus["Export"].actions() if a.text().startswith(text)]
    assert len(found) == 1, [a.text() for a in window.menus["Export"].actions()]
    found[0].trigger()


def _answer_file(monkeypatch, controller, path: Path | None) -> list[str]:
    offered: list[str] = []
    monkeypatch.setattr(
        controller, "ask_file", lambda title, suggested, f: offered.append(suggested) or path
    )
    return offered


def _wait(qtbot, controller) -> None:
    qtbot.waitUntil(
        lambda: controller.message is not None or controller.result is not None, timeout=30_000
    )


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_menu_has_the_lotsen_documents_after_a_separator(window) -> None:
    entries = window.menus["Export"].actions()
    texts = [a.text() for a in entries]
    first = texts.index("Stempeletiketten (PDF) …")
    assert entries[first - 1].isSeparator()
    assert texts[first:] == [
        "Stempeletiketten (PDF) …",
        "Wegweiser der Angebote (PDF) …",
        "Wegweiser der Angebote (Excel) …",
    ]


def test_stamp_labels_from_the_menu(qtbot, window, world, monkeypatch, tmp_path) -> None:
    controller = window.casework_documents
    shown: list[StampLabelsDialog] = []

    def fill(dialog: StampLabelsDialog) -> LabelChoice | None:
        shown.append(dialog)
        dialog.case_code.setText(world.case_code.lower())  # typed in small letters
        dialog.set_start(5)
        dialog.count.setValue(3)
        dialog.outline.setChecked(True)
        dialog.accept()
        return dialog.choice() if dialog.result() else None

    monkeypatch.setattr(controller, "ask_labels", fill)
    offered = _answer_file(monkeypatch, controller, tmp_path / "etiketten")
    _trigger(window, "Stempeletiketten")
    _wait(qtbot, controller)
    assert controller.message is None, controller.message.text()
    assert offered == [f"Stempeletiketten {world.case_code}.pdf"]
    written = tmp_path / "etiketten.pdf"  # the extension is added
    (page,) = _pages(written)
    assert page.count(PROJECT) == 3 and page.count(world.case_code) == 3
    assert "Ansprechperson: Katrin Vogel" in page
    assert controller.result.row_count == 3
    assert window.statuses[-1] == f"Gespeichert: {written}"
    assert "etiketten.pdf" in controller.notice.label.text()
    assert [b.text() for b in controller.notice.buttons] == ["Öffnen", "Ordner öffnen"]
    assert audit.list_disclosures()[0].row_count == 3  # the family's code left the app


def test_unknown_case_code_is_refused_in_the_dialog(qtbot, world) -> None:
    dialog = StampLabelsDialog(stamp.load_stamp())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.case_code.setText("F-2026-9999")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.result()
    assert dialog.message.isVisible()
    assert "F-2026-9999" in dialog.message.text() and "gibt es nicht" in dialog.message.text()
    dialog.case_code.setText("")  # without a code: fine
    dialog.accept()
    assert dialog.result() and dialog.choice().case_code == ""


def test_cancelled_label_dialog_asks_for_no_file(window, world, monkeypatch, tmp_path) -> None:
    controller = window.casework_documents
    monkeypatch.setattr(controller, "ask_labels", lambda dialog: None)
    offered = _answer_file(monkeypatch, controller, tmp_path / "x.pdf")
    _trigger(window, "Stempeletiketten")
    assert offered == [] and controller.job is None


def test_without_stamp_german_refusal_with_way_to_settings(
    qtbot, window, db, monkeypatch, tmp_path
) -> None:
    data.build(with_stamp=False)
    controller = window.casework_documents
    asked: list[object] = []
    monkeypatch.setattr(controller, "ask_labels", lambda dialog: asked.append(dialog))
    out = tmp_path / "out"
    out.mkdir()
    offered = _answer_file(monkeypatch, controller, out / "etiketten.pdf")
    _trigger(window, "Stempeletiketten")
    box = controller.message
    assert box is not None and box.text() == messages.STAMP_NOT_SET
    assert asked == [] and offered == [] and controller.job is None
    assert list(out.iterdir()) == []
    assert controller.settings_button.text() == "Einstellungen öffnen"
    controller.settings_button.click()
    assert window.pages == [PageId.SETTINGS]


def test_without_stamp_and_no_settings_page_only_the_sentence(qtbot, db, world) -> None:
    stamp.save_stamp(stamp.Stamp())
    parent = QWidget()  # a window that cannot show pages
    qtbot.addWidget(parent)
    actions.save_cover_sheet(parent, world.application)
    controller = parent.casework_documents
    assert controller.message.text() == messages.STAMP_NOT_SET
    assert controller.settings_button is None
    texts = [b.text() for b in controller.message.buttons()]
    assert "Einstellungen öffnen" not in texts


def test_grid_picker_by_keyboard_sets_start_5(qtbot, world) -> None:
    dialog = StampLabelsDialog(stamp.load_stamp())
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.picker
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # 1 → 4
    qtbot.keyClick(picker, Qt.Key.Key_Right)  # 4 → 5
    assert picker.start == 5
    assert dialog.count.value() == 20  # the rest of the sheet
    assert picker.printed() == list(range(5, 25))
    assert "Position 5 bis 24" in dialog.summary.text()
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    qtbot.keyClick(picker, Qt.Key.Key_Up)  # stays on the sheet
    assert picker.start == 1
    qtbot.keyClick(picker, Qt.Key.Key_End)
    assert picker.start == 24 and dialog.count.value() == 1
    assert dialog.summary.text() == "1 Etikett auf 1 Bogen; auf dem ersten Bogen Position 24."
    # The mouse: a click on label 7.
    centre = picker.cell(7).center()
    qtbot.mouseClick(
        picker, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y()))
    )
    assert picker.start == 7 and dialog.choice() == LabelChoice(count=18, start=7)


def test_count_chosen_by_user_stays_when_start_moves(qtbot, world) -> None:
    dialog = StampLabelsDialog(stamp.load_stamp())
    qtbot.addWidget(dialog)
    dialog.count.setValue(30)
    dialog.set_start(20)
    assert dialog.count.value() == 30
    assert dialog.summary.text().startswith("30 Etiketten auf 3 Bögen")


def test_guide_pdf_with_concern_filter(qtbot, window, world, monkeypatch, tmp_path) -> None:
    controller = window.casework_documents

    def choose(dialog: GuideDialog) -> dict | None:
        dialog.concern.setCurrentIndex(dialog.concern.findData("basic_income"))
        assert dialog.count.text() == "1 Angebot passt."
        dialog.accept()
        return dialog.filters() if dialog.result() else None

    monkeypatch.setattr(controller, "ask_guide", choose)
    offered = _answer_file(monkeypatch, controller, tmp_path / "wegweiser.pdf")
    _trigger(window, "Wegweiser der Angebote (PDF)")
    _wait(qtbot, controller)
    assert controller.message is None, controller.message.text()
    assert offered == ["Wegweiser der Angebote.pdf"]
    text = " ".join(" ".join(_pages(tmp_path / "wegweiser.pdf")).split())  # lines wrapped
    assert "Beratung Bürgergeld für Alleinerziehende" in text
    assert "Kinderzuschlag-Beratung" not in text  # filtered out
    assert data.HIDDEN_PHONE not in text and "Berg" not in text  # no consent


def test_guide_excel_all_offers(qtbot, window, world, monkeypatch, tmp_path) -> None:
    controller = window.casework_documents

    def accept(dialog: GuideDialog) -> dict | None:
        assert dialog.count.text() == "3 Angebote passen."
        dialog.accept()
        return dialog.filters()

    monkeypatch.setattr(controller, "ask_guide", accept)
    _answer_file(monkeypatch, controller, tmp_path / "wegweiser")
    _trigger(window, "Wegweiser der Angebote (Excel)")
    _wait(qtbot, controller)
    assert controller.message is None, controller.message.text()
    book = openpyxl.load_workbook(tmp_path / "wegweiser.xlsx")
    cells = [str(c.value) for row in book.worksheets[0].iter_rows() for c in row if c.value]
    assert "Kinderzuschlag-Beratung" in cells and data.SHARED_PHONE in cells
    assert data.HIDDEN_PHONE not in cells and data.HIDDEN_EMAIL not in cells


def test_guide_dialog_refuses_an_empty_selection(qtbot, world, type_text) -> None:
    dialog = GuideDialog("Wegweiser")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.place, "Hamburg")
    assert dialog.count.text() == "0 Angebote passen."
    dialog.accept()
    assert not dialog.result() and dialog.message.text() == messages.GUIDE_NO_OFFERS
    dialog.place.clear()
    dialog.legal_areas.buttons["SGB2"].click()
    # The Bürgergeld offer and the Sprechstunde (it has its partner's SGB II).
    assert dialog.count.text() == "2 Angebote passen."
    dialog.accept()
    assert dialog.result() and dialog.filters()["legal_areas"] == ("SGB2",)


def test_cover_sheet_for_the_case_view(qtbot, window, world, monkeypatch, tmp_path) -> None:
    child = QWidget(window)  # a button's parent somewhere in the case view
    controller = actions.controller_for(child)
    assert controller is window.casework_documents
    offered = _answer_file(monkeypatch, controller, tmp_path / "begleitblatt.pdf")
    actions.save_cover_sheet(child, world.application)
    _wait(qtbot, controller)
    assert controller.message is None, controller.message.text()
    assert offered == [f"Begleitblatt {world.case_code} Kinderzuschlag.pdf"]
    (page,) = _pages(tmp_path / "begleitblatt.pdf")
    assert PROJECT in page and "Katrin Vogel" in page and world.case_code in page
    assert "Familienkasse Sachsen" in page and "Budapester Straße 30" in page


def test_cover_sheet_of_a_missing_application(qtbot, window, world, monkeypatch) -> None:
    controller = actions.controller_for(window)
    offered = _answer_file(monkeypatch, controller, None)
    actions.save_cover_sheet(window, 99_999)
    assert "99999" in controller.message.text() and offered == []


def test_stamp_labels_for_case_fill_in_the_code(qtbot, window, world, monkeypatch, tmp_path):
    controller = actions.controller_for(window)
    seen: list[str] = []

    def look(dialog: StampLabelsDialog) -> LabelChoice:
        seen.append(dialog.case_code.text())
        dialog.accept()
        return dialog.choice()

    monkeypatch.setattr(controller, "ask_labels", look)
    _answer_file(monkeypatch, controller, tmp_path / "fall.pdf")
    actions.save_stamp_labels_for_case(window, world.case_code)
    _wait(qtbot, controller)
    assert seen == [world.case_code]
    (page,) = _pages(tmp_path / "fall.pdf")
    assert page.count(world.case_code) == 24


def test_existing_file_is_kept_unless_replace_is_agreed(
    qtbot, window, world, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "etiketten.pdf"
    target.write_bytes(b"alt")
    controller = window.casework_documents
    monkeypatch.setattr(controller, "ask_labels", lambda dialog: LabelChoice())
    _answer_file(monkeypatch, controller, target)
    asked: list[Path] = []
    monkeypatch.setattr(controller, "ask_replace", lambda path, count=1: asked.append(path))
    _trigger(window, "Stempeletiketten")
    assert asked == [target] and controller.job is None and target.read_bytes() == b"alt"
    monkeypatch.setattr(controller, "ask_replace", lambda path, count=1: True)
    _trigger(window, "Stempeletiketten")
    _wait(qtbot, controller)
    assert _pages(target)[0].count(PROJECT) == 24


def test_forbidden_target_is_refused_before_writing(
    qtbot, window, world, monkeypatch, tmp_path
) -> None:
    controller = window.casework_documents
    monkeypatch.setattr(controller, "ask_labels", lambda dialog: LabelChoice())
    out = tmp_path / "out"
    out.mkdir()
    _answer_file(monkeypatch, controller, out / "CON.pdf")  # a reserved name on Windows
    _trigger(window, "Stempeletiketten")
    assert isinstance(controller.message, QMessageBox) and controller.job is None
    assert controller.message.windowTitle() == "Export nicht möglich"
    assert "CON" in controller.message.text()
    assert list(out.iterdir()) == []


def test_refusal_box_has_one_ok_and_the_settings_button(qtbot, window, db) -> None:
    data.build(with_stamp=False)
    controller = window.casework_documents
    controller.stamp_labels()
    texts = [b.text() for b in controller.message.buttons()]
    assert sorted(texts) == ["Einstellungen öffnen", "OK"]


def test_in_the_main_window_the_refusal_leads_to_the_settings(qtbot, demo_db, monkeypatch):
    from ui.app import create_main_window

    main = create_main_window(demo_db)
    qtbot.addWidget(main)
    main.show()
    export = next(a.menu() for a in main.menuBar().actions() if a.text() == "Export")
    entry = next(a for a in export.actions() if a.text() == "Stempeletiketten (PDF) …")
    entry.trigger()  # the demo has no project stamp
    controller = main.casework_documents
    assert controller.message.text() == messages.STAMP_NOT_SET
    controller.settings_button.click()
    assert main.stack.currentWidget() is main.page(PageId.SETTINGS)


def test_cover_sheet_without_authority_address_says_so(qtbot, window, world, monkeypatch, tmp_path):
    import datetime as dt

    from aktif_desktop.services import applications, cases, organisations
    from aktif_desktop.services.applications import ApplicationData
    from aktif_desktop.services.cases import CaseData
    from aktif_desktop.services.organisations import OrganisationData

    office = organisations.create_organisation(OrganisationData(name="Wohngeldstelle Pirna"))
    case = cases.create_case(CaseData(household_size=2))
    application = applications.create_application(
        ApplicationData(
            family_case_id=case.id,
            benefit="housing_benefit",
            authority_id=office.id,
            submitted_on=dt.date(2026, 11, 2),
        )
    )
    controller = actions.controller_for(window)
    _answer_file(monkeypatch, controller, tmp_path / "bb.pdf")
    actions.save_cover_sheet(window, application.id)
    _wait(qtbot, controller)
    assert "keine Anschrift" in controller.notice.label.text()
    assert "Wohngeldstelle Pirna" in _pages(tmp_path / "bb.pdf")[0]
