"""Issue 16.15: save and open dialogs start in Documents, then in the folder used last per kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow

from aktif_desktop.services import contacts
from ui import export_actions, privacy_actions
from ui.export_dialogs import ExportChoice
from ui.widgets import file_dialogs


class Dialogs:
    """Stands in for QFileDialog: records the start path, answers with ``answer``."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.answer = ""
        self.filter = ""

    def save(self, parent, title, start, file_filter, options=None):
        self.started.append(start)
        return self.answer, self.filter

    def open(self, parent, title, start, file_filter):
        self.started.append(start)
        return self.answer, ""

    def folder(self, parent, title, start):
        self.started.append(start)
        return self.answer


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A fresh Documents folder and no remembered folders."""
    folder = tmp_path / "Dokumente"
    folder.mkdir()
    monkeypatch.setattr(
        QStandardPaths,
        "writableLocation",
        lambda location: (
            str(folder)
            if location == QStandardPaths.StandardLocation.DocumentsLocation
            else str(tmp_path)
        ),
    )
    for kind in file_dialogs.KINDS:
        QSettings().remove(file_dialogs.settings_key(kind))
    return folder


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    fake = Dialogs()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake.save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake.open)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake.folder)
    return fake


def test_without_documents_the_home_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: "")
    monkeypatch.setenv("HOME", str(tmp_path))
    QSettings().remove(file_dialogs.settings_key(file_dialogs.ICS))
    assert file_dialogs.start_folder(file_dialogs.ICS) == Path.home() == tmp_path


def test_each_kind_remembers_its_own_folder(documents, dialogs, tmp_path) -> None:
    lists, pdfs = tmp_path / "Listen", tmp_path / "Urkunden"
    lists.mkdir()
    pdfs.mkdir()
    dialogs.answer = str(lists / "Partner.xlsx")
    assert file_dialogs.save_file(None, "t", file_dialogs.XLSX, "Partner.xlsx", "*.xlsx")[0]
    assert dialogs.started[-1] == str(documents / "Partner.xlsx")  # the first: in Documents
    file_dialogs.save_file(None, "t", file_dialogs.XLSX, "Jahresplan.xlsx", "*.xlsx")
    assert dialogs.started[-1] == str(lists / "Jahresplan.xlsx")  # then where the last went
    dialogs.answer = str(pdfs)
    assert file_dialogs.choose_folder(None, "t", file_dialogs.PDF) == pdfs
    assert dialogs.started[-1] == str(documents)  # another kind keeps its own folder
    dialogs.answer = ""  # cancelled: nothing is remembered
    assert file_dialogs.open_file(None, "t", file_dialogs.IMPORT, "*.xlsx") is None
    assert file_dialogs.start_folder(file_dialogs.IMPORT) == documents
    assert file_dialogs.start_folder(file_dialogs.PDF) == pdfs
    assert file_dialogs.start_folder(file_dialogs.XLSX) == lists


class ExportWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.menus: dict = {}
        self.statuses: list[str] = []

    def menu(self, title):
        return self.menus.setdefault(title, self.menuBar().addMenu(title))

    def current_event_id(self):
        return None

    def show_status(self, text: str) -> None:
        self.statuses.append(text)


def test_exports_start_in_documents_then_in_the_last_folder(
    qtbot, demo_db, documents, dialogs, tmp_path, monkeypatch
) -> None:
    window = ExportWindow()
    qtbot.addWidget(window)
    export_actions.install(window)
    controller = window.export_actions
    monkeypatch.setattr(controller, "ask_options", lambda dialog: ExportChoice(year=2026))
    lists = tmp_path / "Listen"
    lists.mkdir()

    def export(entry: str, answer: Path) -> None:
        controller.result = None
        dialogs.answer = str(answer)
        next(a for a in window.menus["Export"].actions() if a.text().startswith(entry)).trigger()
        qtbot.waitUntil(lambda: controller.result is not None, timeout=30_000)

    export("Partnerliste", lists / "partner.xlsx")
    assert dialogs.started[-1] == str(documents / "Partnerliste.xlsx")
    export("Jahresplan (Excel)", lists / "plan.xlsx")
    assert dialogs.started[-1] == str(lists / "Jahresplan 2026.xlsx")
    export("Jahresplan als Kalender", documents / "plan.ics")
    assert dialogs.started[-1] == str(documents / "Veranstaltungen 2026.ics")  # its own kind
    export("Telefonverzeichnis", documents / "tel.pdf")
    assert dialogs.started[-1] == str(documents / "Goldene Telefonnummern.pdf")


def test_person_report_and_import_remember_their_folders(
    qtbot, db, documents, dialogs, tmp_path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = privacy_actions.PrivacyController(window)
    reports = tmp_path / "Auskünfte"
    reports.mkdir()
    dialogs.answer = str(reports / "a.xlsx")
    assert controller.choose_file("Auskunft.xlsx") == reports / "a.xlsx"
    assert dialogs.started[-1] == str(documents / "Auskunft.xlsx")
    dialogs.filter = "PDF-Dokument (*.pdf)"
    assert controller.choose_file("Auskunft.xlsx") == reports / "a.pdf"
    assert dialogs.started[-1] == str(reports / "Auskunft.xlsx")

    from ui.import_wizard import ImportWizard

    contacts.list_contacts()  # the database is open for the wizard
    wizard = ImportWizard("contacts", window)
    qtbot.addWidget(wizard)
    dialogs.answer = str(tmp_path / "liste.xlsx")
    wizard.file_page._browse()
    assert dialogs.started[-1] == str(documents)  # not the reports' folder
    assert file_dialogs.start_folder(file_dialogs.IMPORT) == tmp_path
