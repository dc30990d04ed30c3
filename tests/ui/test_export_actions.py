"""The "Export" menu in a stand-in main window: real dialogs, real jobs, real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from aktif_desktop.exports.lists import CONTACTS
from aktif_desktop.services import audit
from ui import export_actions, export_runner
from ui.export_dialogs import ExportChoice, ExportOptionsDialog, settings_key


class StandInWindow(QMainWindow):
    """Provides what ``install`` needs: menu(), current_event_id(), show_status()."""

    def __init__(self) -> None:
        super().__init__()
        self.menus: dict[str, QMenu] = {}
        self.event_id: int | None = None
        self.statuses: list[str] = []

    def menu(self, title: str) -> QMenu:
        if title not in self.menus:
            self.menus[title] = self.menuBar().addMenu(title)
        return self.menus[title]

    def current_event_id(self) -> int | None:
        return self.event_id

    def show_status(self, text: str) -> None:
        self.statuses.append(text)


@pytest.fixture
def window(qtbot, demo_db: Path) -> StandInWindow:
    win = StandInWindow()
    qtbot.addWidget(win)
    export_actions.install(win)
    return win


def _action(window: StandInWindow, text: str):
    actions = [a for a in window.menus["Export"].actions() if a.text().startswith(text)]
    assert len(actions) == 1, [a.text() for a in window.menus["Export"].actions()]
    return actions[0]


def _answer(monkeypatch, controller, *, options=None, file=None, folder=None) -> list:
    """Replace the modal dialogs by answers; record the dialogs that were offered."""
    offered: list = []

    def ask_options(dialog: ExportOptionsDialog) -> ExportChoice | None:
        offered.append(dialog)
        if options is None:
            return None
        return options(dialog) if callable(options) else options

    monkeypatch.setattr(controller, "ask_options", ask_options)
    monkeypatch.setattr(
        controller, "ask_file", lambda title, suggested, f: offered.append(suggested) or file
    )
    monkeypatch.setattr(controller, "ask_folder", lambda title: folder)
    return offered


def _wait(qtbot, controller) -> None:
    """Until the export finished (its notice) or failed (its message box)."""
    qtbot.waitUntil(
        lambda: controller.message is not None or controller.result is not None, timeout=30_000
    )


def test_menu_has_every_document(window: StandInWindow) -> None:
    texts = [a.text() for a in window.menus["Export"].actions() if not a.isSeparator()]
    # 10 + the four Familien lists, stamp labels, the guide as PDF and Excel (issue 13)
    assert len(texts) == 17
    assert "Wiedervorlagen (Excel) …" in texts
    assert any("Unterschriftenliste" in t for t in texts)
    assert any("Goldene Telefonnummern" in t for t in texts)


def test_contacts_list_with_remembered_columns(qtbot, window, monkeypatch, tmp_path) -> None:
    controller = window.export_actions
    target = tmp_path / "kontakte"

    def pick_two(dialog: ExportOptionsDialog) -> ExportChoice:
        dialog.set_columns(["nachname", "telefon"])
        dialog.accept()
        return dialog.choice()

    offered = _answer(monkeypatch, controller, options=pick_two, file=target)
    _action(window, "Ansprechpersonen (Excel)").trigger()
    _wait(qtbot, controller)
    assert controller.message is None and not controller.notice.isHidden()
    written = tmp_path / "kontakte.xlsx"  # the extension is added
    sheet = openpyxl.load_workbook(written).worksheets[0]
    assert [c.value for c in sheet[1]] == ["Nachname", "Telefon (direkt)", "Aktif-Schlüssel"]
    assert window.statuses[-1] == f"Gespeichert: {written}"
    assert offered[1] == "Ansprechpersonen.xlsx"
    assert audit.list_disclosures()[0].row_count == sheet.max_row - 1

    # The next time the dialog opens with the same two columns ticked.
    columns = [(column.code, column.header) for column in CONTACTS.columns]
    dialog = ExportOptionsDialog("x", kind="contacts", columns=columns, default_columns=["vorname"])
    qtbot.addWidget(dialog)
    assert dialog.checked_columns() == ["nachname", "telefon"]


def test_finished_export_is_a_notice_in_the_window(qtbot, window, monkeypatch, tmp_path) -> None:
    """Issue 16.12: no modal box; "Öffnen" opens the file, "Ordner öffnen" the folder."""
    controller = window.export_actions
    window.show()
    target = tmp_path / "plan.xlsx"
    _answer(monkeypatch, controller, options=ExportChoice(year=2026), file=target)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    _action(window, "Jahresplan (Excel)").trigger()
    _wait(qtbot, controller)
    notice = controller.notice
    assert QApplication.activeModalWidget() is None and controller.message is None
    qtbot.waitUntil(notice.isVisible)  # the status bar made on first use shows queued
    assert notice.window() is window
    assert "plan.xlsx" in notice.label.text()
    assert [b.text() for b in notice.buttons] == ["Öffnen", "Ordner öffnen"]
    notice.buttons[1].click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    notice.buttons[0].click()
    assert opened[1] == QUrl.fromLocalFile(str(target))
    notice.close_button.click()
    assert not notice.isVisible()


def test_the_notice_hides_itself_after_a_while(qtbot, window) -> None:
    window.show()
    notice = export_actions.show_saved(window, Path("/tmp/x.pdf"))
    qtbot.waitUntil(notice.isVisible)  # the status bar made on first use shows queued
    assert notice.timer.isActive()
    notice.timer.timeout.emit()
    assert not notice.isVisible()
    # A folder of certificates: only "Ordner öffnen".
    export_actions.show_saved(window, Path.home())
    assert [b.text() for b in notice.buttons] == ["Ordner öffnen"]
    assert export_actions.show_saved(window, Path.home()) is notice  # one notice per window


def test_event_documents_need_a_chosen_event(qtbot, window, monkeypatch) -> None:
    controller = window.export_actions
    offered = _answer(monkeypatch, controller, options=ExportChoice())
    for text in ("Unterschriftenliste", "Teilnahmeliste", "Teilnahmebescheinigungen – je"):
        controller.message = None
        _action(window, text).trigger()
        assert controller.message.text() == "Bitte wählen Sie zuerst eine Veranstaltung aus."
    assert offered == []  # no dialog, no file chooser
    assert window.statuses[-1] == "Bitte wählen Sie zuerst eine Veranstaltung aus."


def test_signature_list_and_certificates_for_the_current_event(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    controller = window.export_actions
    window.event_id = 1
    _answer(monkeypatch, controller, options=ExportChoice(blank_rows=2), file=tmp_path / "u.pdf")
    _action(window, "Unterschriftenliste").trigger()
    _wait(qtbot, controller)
    assert "Unterschrift" in PdfReader(tmp_path / "u.pdf").pages[0].extract_text()

    controller.message = controller.result = None
    _answer(monkeypatch, controller, folder=tmp_path / "tb")
    _action(window, "Teilnahmebescheinigungen – je").trigger()
    _wait(qtbot, controller)
    files = list((tmp_path / "tb").glob("Teilnahmebescheinigung TB-*.pdf"))
    assert files and all(len(PdfReader(f).pages) == 1 for f in files)


def test_refusal_is_shown_as_a_german_message(qtbot, window, monkeypatch, tmp_path) -> None:
    controller = window.export_actions
    window.event_id = 40  # a planned event: not held yet, so no certificates
    _answer(monkeypatch, controller, file=tmp_path / "tb.pdf")
    _action(window, "Teilnahmebescheinigungen – alle").trigger()
    _wait(qtbot, controller)
    assert controller.message.icon() == QMessageBox.Icon.Warning
    assert "können noch keine Bescheinigungen erstellt werden" in controller.message.text()
    assert not (tmp_path / "tb.pdf").exists()


def test_cancel_stops_the_job_and_leaves_no_file(qtbot, window, monkeypatch, tmp_path) -> None:
    controller = window.export_actions
    target = tmp_path / "out" / "verzeichnis.pdf"
    _answer(monkeypatch, controller, options=ExportChoice(), file=target)
    real_start = export_runner.start_job

    def start_cancelled(job):
        job.cancel()  # as if "Abbrechen" was clicked before the first progress report
        return real_start(job)

    monkeypatch.setattr(export_runner, "start_job", start_cancelled)
    _action(window, "Telefonverzeichnis").trigger()
    qtbot.waitUntil(lambda: bool(window.statuses), timeout=30_000)
    assert window.statuses[-1] == "Der Export wurde abgebrochen. Es wurde keine Datei geschrieben."
    assert controller.message is None  # no error box for a cancel
    assert not target.exists()


def test_calendar_of_the_year(qtbot, window, monkeypatch, tmp_path) -> None:
    controller = window.export_actions
    offered = _answer(monkeypatch, controller, options=ExportChoice(year=2026), file=tmp_path / "k")
    _action(window, "Jahresplan als Kalender").trigger()
    _wait(qtbot, controller)
    assert offered[1] == "Veranstaltungen 2026.ics"
    assert (tmp_path / "k.ics").read_bytes().count(b"BEGIN:VEVENT") > 10


def test_options_dialog_needs_a_column(qtbot) -> None:
    dialog = ExportOptionsDialog(
        "Ansprechpersonen exportieren",
        kind="test",
        columns=[("a", "Spalte A"), ("b", "Spalte B")],
        default_columns=["a"],
        consent_text="Auch Personen ohne Einwilligung",
        year=2026,
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert dialog.checked_columns() == ["a"] and ok.isEnabled()
    dialog.set_columns([])
    assert not ok.isEnabled()
    dialog.set_columns(["a", "b"])
    dialog.consent.setChecked(True)
    choice = dialog.choice()
    assert choice.columns == ["a", "b"] and choice.include_without_consent and choice.year == 2026
    dialog.accept()
    assert QSettings().value(settings_key("test")) == ["a", "b"]


# Replacing asks; forbidden targets are refused before anything runs (issue 20.1) ------------
def _answer_question(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the question box as soon as it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return

    QTimer.singleShot(0, click)


def test_replacing_an_existing_file_asks(qtbot, window, monkeypatch, tmp_path) -> None:
    controller = window.export_actions
    target = tmp_path / "kontakte.xlsx"
    target.write_bytes(b"alt")
    started: list[object] = []
    real_start = export_runner.start_job
    monkeypatch.setattr(
        export_runner, "start_job", lambda job: started.append(job) or real_start(job)
    )
    _answer(monkeypatch, controller, options=ExportChoice(), file=target)

    seen: list[str] = []
    _answer_question("Abbrechen", seen)
    _action(window, "Ansprechpersonen").trigger()
    assert seen and "gibt es schon" in seen[0] and str(target) in seen[0]
    assert started == [] and target.read_bytes() == b"alt"  # nothing ran, nothing replaced

    _answer_question("Ersetzen", seen)
    _action(window, "Ansprechpersonen").trigger()
    _wait(qtbot, controller)
    assert len(seen) == 2 and len(started) == 1
    assert target.read_bytes()[:2] == b"PK"  # the new workbook
    assert audit.list_disclosures()[0].path == str(target)


def test_a_new_file_is_not_asked_about(qtbot, window, monkeypatch, tmp_path) -> None:
    controller = window.export_actions
    asked: list[Path] = []
    monkeypatch.setattr(controller, "ask_replace", lambda path, count=1: asked.append(path))
    _answer(monkeypatch, controller, options=ExportChoice(), file=tmp_path / "neu.xlsx")
    _action(window, "Partnerliste").trigger()
    _wait(qtbot, controller)
    assert asked == [] and (tmp_path / "neu.xlsx").is_file()


def test_forbidden_targets_are_refused_before_asking(qtbot, window, monkeypatch, demo_db) -> None:
    controller = window.export_actions
    asked: list[Path] = []
    monkeypatch.setattr(controller, "ask_replace", lambda path, count=1: asked.append(path))
    other = demo_db.with_name("liste.xlsx")  # another database, named like a list
    other.write_bytes(demo_db.read_bytes())
    # (the GUI adds ".xlsx", so the open database itself is refused in the CLI tests)
    for target, fragment in [
        (other, "Datenbankdatei"),
        (demo_db.with_name("CON.xlsx"), "reservierter Gerätename"),
        (demo_db.parent / "Sicherungen" / "x.xlsx", "Sicherungen"),
        (demo_db.parent / "a:b.xlsx", "„:“"),
    ]:
        controller.message = None
        before = demo_db.read_bytes()[:100]
        _answer(monkeypatch, controller, options=ExportChoice(), file=target)
        _action(window, "Partnerliste").trigger()
        assert controller.message is not None and fragment in controller.message.text()
        assert controller.job is None and demo_db.read_bytes()[:100] == before
    assert asked == [] and other.read_bytes()[:16] == b"SQLite format 3\x00"


def test_certificate_folder_with_files_asks(qtbot, window, monkeypatch, tmp_path) -> None:
    controller = window.export_actions
    window.event_id = 1
    folder = tmp_path / "tb"
    folder.mkdir()
    (folder / "alt.pdf").write_bytes(b"%PDF")
    asked: list[tuple[Path, int]] = []
    monkeypatch.setattr(
        controller, "ask_replace", lambda path, count=1: asked.append((path, count)) or False
    )
    _answer(monkeypatch, controller, folder=folder)
    _action(window, "Teilnahmebescheinigungen – je").trigger()
    assert asked == [(folder, 1)] and controller.job is None
