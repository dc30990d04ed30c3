"""The main window: pages by id, built on first show, changes handed to them, menu installers,
navigation and shortcuts, title, database switching, the first window's size, about dialog
and the unexpected-error dialog."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from aktif_desktop import __version__, changes
from aktif_desktop.changes import OpChanges
from aktif_desktop.services import settings
from ui import main_window
from ui.app import create_main_window
from ui.pages import Page, PageId


@pytest.fixture
def window(demo_db, qtbot):
    main = create_main_window(demo_db)
    qtbot.addWidget(main)
    main.show()
    return main


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_pages_title_and_start_page(window):
    assert list(window.pages) == [PageId.DASHBOARD]  # the others are built on first show
    sidebar = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
    assert sidebar[:3] == ["Übersicht", "Partner", "Ansprechpersonen"]
    assert sidebar[-1] == "Einstellungen"
    assert window.stack.currentWidget() is window.page(PageId.DASHBOARD)
    for spec in main_window.PAGES:
        assert window.show_page(spec.page_id)
        assert isinstance(window.current_page(), spec.page_class)
    assert list(window.pages) == [spec.page_id for spec in main_window.PAGES]
    name = settings.load_settings().verbund_name
    assert window.windowTitle() == f"Aktif Desktop – {name} – aktif.db"
    assert menu_titles(window)[:3] == ["Datei", "Bearbeiten", "Ansicht"]
    assert menu_titles(window)[-1] == "Hilfe"


def test_menu_installers_plug_in_before_help(db, qtbot, monkeypatch):
    seen = []

    def install(window) -> None:
        menu = window.menu("Export")
        assert window.menu("Export") is menu
        menu.addAction("Partnerliste (Excel)…")
        seen.append((window.database_path, window.current_event_id()))
        window.show_status("Export bereit")

    monkeypatch.setattr(main_window, "MENU_INSTALLERS", (install,))
    window = create_main_window(db)
    qtbot.addWidget(window)
    assert seen == [(db, None)]
    assert menu_titles(window)[-2:] == ["Export", "Hilfe"]
    assert window.statusBar().currentMessage() == "Export bereit"


def test_navigation_shortcuts_and_search_focus(window, qtbot):
    shortcuts = {
        action.text(): action.shortcut()
        for menu in window.findChildren(QMenu)
        for action in menu.actions()
    }
    assert shortcuts["Beenden"] == QKeySequence("Ctrl+Q")
    assert shortcuts["Suchen"] == QKeySequence("Ctrl+F")
    assert shortcuts["Neuer Eintrag"] == QKeySequence("Ctrl+N")
    assert window.show_page(PageId.PARTNERS)
    partners = window.page(PageId.PARTNERS)
    window.focus_search()
    qtbot.waitUntil(partners.search.hasFocus)
    window.new_record()
    assert partners.detail_title.text() == "Neuer Partner"


def test_dashboard_opens_the_event_on_the_events_page(window, qtbot):
    dashboard = window.page(PageId.DASHBOARD)
    event = dashboard.upcoming_model.row_at(0)
    dashboard.event_requested.emit(event.id)
    assert window.stack.currentWidget() is window.page(PageId.EVENTS)
    assert window.current_event_id() == event.id


def test_leaving_a_page_with_unsaved_changes_can_be_cancelled(window, monkeypatch):
    from ui.widgets import dialogs
    from ui.widgets.dialogs import Choice

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a: Choice.CANCEL)
    window.show_page(PageId.PARTNERS)
    partners = window.page(PageId.PARTNERS)
    partners.new_record()
    partners.form.name.setText("Halb fertig")
    partners._mark_dirty()
    assert not window.show_page(PageId.SETTINGS)
    assert window.stack.currentWidget() is partners
    assert window.current_page_id() is PageId.PARTNERS


def test_switch_to_a_new_database_shows_welcome(window, tmp_path):
    target = tmp_path / "zweiter-verbund.db"
    assert window.switch_database(target)
    assert window.database_path == target
    assert window.outer.currentWidget() is window.welcome
    assert window.windowTitle() == "Aktif Desktop – zweiter-verbund.db"


def test_switch_to_a_foreign_file_is_refused(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(main_window, "show_error", lambda _p, _t, text: shown.append(text))
    foreign = tmp_path / "notiz.db"
    foreign.write_text("kein SQLite", encoding="utf-8")
    old = window.database_path
    assert not window.switch_database(foreign)
    assert window.database_path == old and shown and "notiz.db" in shown[0]
    assert settings.load_settings().verbund_name  # the old database is open again


def test_about_dialog_shows_the_version(window, qtbot):
    from ui.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()


def test_unexpected_error_is_logged_and_explained(qtbot, monkeypatch, tmp_path):
    from ui import error_dialog

    shown = []

    class Recorder(error_dialog.ErrorDialog):
        def exec(self) -> int:
            shown.append(self)
            self.copy_details()
            return 0

    monkeypatch.setattr(error_dialog, "ErrorDialog", Recorder)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialog.install_excepthook()
    try:
        raise RuntimeError("kaputt")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert "RuntimeError: kaputt" in QApplication.clipboard().text()
    assert dialog.copy_button.text() == "Details kopieren"
    for handler in logging.getLogger("aktif_desktop").handlers:
        handler.flush()
    from aktif_desktop.paths import log_path

    assert "RuntimeError: kaputt" in log_path().read_text(encoding="utf-8")


def test_shortcuts_reach_the_events_page(window, qtbot):
    events_page = window.page(PageId.EVENTS)
    assert window.show_page(PageId.EVENTS)
    window.new_record()
    assert events_page.current_event_id() is None and events_page.form.title.hasFocus()
    window.focus_search()
    qtbot.waitUntil(events_page.search.hasFocus)


def test_open_records_are_forgotten_with_the_database(window, tmp_path):
    from aktif_desktop.services import organisations

    window.show_page(PageId.PARTNERS)
    partners = window.page(PageId.PARTNERS)
    partners.select_organisation(organisations.list_organisations()[0].id)
    assert partners.current_id is not None
    assert window.switch_database(tmp_path / "neu.db")
    assert partners.current_id is None and not partners.editing


class CountingPage(Page):
    """A page that counts its reloads and shows the contact table only."""

    WATCHES = ("contact",)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1


def test_a_change_refreshes_a_shown_page_and_marks_a_hidden_one_stale(window, qtbot, monkeypatch):
    monkeypatch.setattr(main_window, "RELOAD_EVERY_SHOW", False)
    shown, hidden = CountingPage(window), CountingPage()
    qtbot.addWidget(hidden)
    window.stack.addWidget(shown)
    window.stack.setCurrentWidget(shown)
    window.pages[PageId.AUDIT], window.pages[PageId.DUPLICATES] = shown, hidden
    changes.publish(OpChanges.of("Termin", [("event", 1)]))  # neither page shows events
    qtbot.wait(10)
    assert (shown.reloads, hidden.reloads, hidden.stale) == (0, 0, True)
    hidden.stale = False
    changes.publish(OpChanges.of("Neue Person", [("contact", 7)]))
    qtbot.waitUntil(lambda: shown.reloads == 1)
    assert hidden.reloads == 0 and hidden.stale  # reloads when shown


def test_changes_published_on_a_worker_thread_arrive_on_the_ui_thread(window, qtbot):
    seen = []
    page = CountingPage(window)
    page.apply_changes = lambda c: seen.append((c.label, threading.current_thread()))
    window.pages[PageId.AUDIT] = page
    worker = threading.Thread(
        target=changes.publish, args=(OpChanges.of("Import", [("contact", 1)]),)
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("Import", threading.main_thread())]


def test_a_hidden_stale_page_reloads_when_shown_and_not_otherwise(window, qtbot, monkeypatch):
    monkeypatch.setattr(main_window, "RELOAD_EVERY_SHOW", False)
    audit = window.page(PageId.AUDIT)
    reloads = []
    monkeypatch.setattr(audit, "reload", lambda: reloads.append(1))
    assert window.show_page(PageId.AUDIT) and reloads == [1]  # new: stale
    window.show_page(PageId.DASHBOARD)
    assert window.show_page(PageId.AUDIT) and reloads == [1]  # nothing changed meanwhile
    window.show_page(PageId.DASHBOARD)
    window.apply_changes(OpChanges.of("Neu", [("contact", 1)]))
    assert window.show_page(PageId.AUDIT) and reloads == [1, 1]


def test_a_closed_window_stops_listening(db, qtbot):
    window = create_main_window(db)
    qtbot.addWidget(window)
    window.show()
    page = CountingPage(window)
    seen = []
    page.apply_changes = seen.append
    window.pages[PageId.AUDIT] = page
    assert window.close()
    changes.publish(OpChanges.of("Neu", [("contact", 1)]))
    qtbot.wait(10)
    assert seen == []


@pytest.mark.parametrize(("available", "maximised"), [((1366, 728), True), ((1920, 1040), False)])
def test_the_first_window_fits_the_screen(db, qtbot, monkeypatch, available, maximised):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, *available))
    window = create_main_window(db)
    qtbot.addWidget(window)
    assert window.isMaximized() is maximised
    assert window.width() <= available[0] and window.height() <= available[1]
    assert window.minimumSize().height() <= 500


def test_a_write_on_one_page_makes_the_others_read_anew(window, monkeypatch):
    monkeypatch.setattr(main_window, "RELOAD_EVERY_SHOW", False)
    contacts_page = window.page(PageId.CONTACTS)
    assert window.show_page(PageId.PARTNERS)
    partners = window.page(PageId.PARTNERS)
    contacts_page.stale = partners.stale = False
    partners.new_record()
    partners.form.name.setText("Neuer Träger Lindenau")
    assert partners.save()
    assert contacts_page.stale and not partners.stale
