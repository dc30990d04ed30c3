"""The main window: pages and menu installers plug in by name, navigation and shortcuts,
title, database switching, about dialog and the unexpected-error dialog."""

from __future__ import annotations

import logging
import sys
import types

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from aktif_desktop import __version__
from aktif_desktop.services import settings
from ui import main_window
from ui.app import create_main_window


@pytest.fixture
def window(demo_db, qtbot):
    main = create_main_window(demo_db)
    qtbot.addWidget(main)
    main.show()
    return main


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_pages_title_and_start_page(window):
    for title in ("Übersicht", "Partner", "Ansprechpersonen", "Veranstaltungen", "Einstellungen"):
        assert window.page(title) is not None, title
    sidebar = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
    assert sidebar[:3] == ["Übersicht", "Partner", "Ansprechpersonen"]
    assert sidebar[-1] == "Einstellungen"
    assert window.stack.currentWidget() is window.page("Übersicht")
    name = settings.load_settings().verbund_name
    assert window.windowTitle() == f"Aktif Desktop – {name} – aktif.db"
    assert menu_titles(window)[:3] == ["Datei", "Bearbeiten", "Ansicht"]
    assert menu_titles(window)[-1] == "Hilfe"


def test_missing_page_module_is_skipped_with_a_warning(db, qtbot, monkeypatch, caplog):
    pages = (*main_window.PAGES, ("Fehlt", "ui.gibt_es_nicht:Page", main_window.PAGES[0][2]))
    monkeypatch.setattr(main_window, "PAGES", pages)
    with caplog.at_level(logging.WARNING, logger="aktif_desktop.ui"):
        window = create_main_window(db)
    qtbot.addWidget(window)
    assert window.page("Fehlt") is None
    assert "ui.gibt_es_nicht" in caplog.text


def test_menu_installers_plug_in_before_help(db, qtbot, monkeypatch):
    seen = []

    def install(window) -> None:
        menu = window.menu("Export")
        assert window.menu("Export") is menu
        menu.addAction("Partnerliste (Excel)…")
        seen.append((window.database_path, window.current_event_id()))
        window.show_status("Export bereit")

    module = types.ModuleType("ui.fake_export_actions")
    module.install = install
    monkeypatch.setitem(sys.modules, "ui.fake_export_actions", module)
    monkeypatch.setattr(main_window, "MENU_INSTALLERS", ("ui.fake_export_actions", "ui.fehlt"))
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
    assert window.show_page("Partner")
    partners = window.page("Partner")
    window.focus_search()
    qtbot.waitUntil(partners.search.hasFocus)
    window.new_record()
    assert partners.detail_title.text() == "Neuer Partner"


def test_dashboard_opens_the_event_on_the_events_page(window, qtbot):
    dashboard = window.page("Übersicht")
    event = dashboard.upcoming_model.row_at(0)
    dashboard.event_requested.emit(event.id)
    assert window.stack.currentWidget() is window.page("Veranstaltungen")
    assert window.current_event_id() == event.id


def test_leaving_a_page_with_unsaved_changes_can_be_cancelled(window, monkeypatch):
    from ui.partners import page as partners_module
    from ui.widgets.dialogs import Choice

    monkeypatch.setattr(partners_module, "ask_save_changes", lambda *a: Choice.CANCEL)
    window.show_page("Partner")
    partners = window.page("Partner")
    partners.new_record()
    partners.form.name.setText("Halb fertig")
    partners._mark_dirty()
    assert not window.show_page("Einstellungen")
    assert window.stack.currentWidget() is partners
    assert window.sidebar.currentRow() == list(window.pages).index("Partner")


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
    events_page = window.page("Veranstaltungen")
    assert window.show_page("Veranstaltungen")
    window.new_record()  # the events page names it new_event()
    search = getattr(events_page, "search", None)
    if search is not None:
        window.focus_search()
        qtbot.waitUntil(search.hasFocus)


def test_open_records_are_forgotten_with_the_database(window, tmp_path):
    from aktif_desktop.services import organisations

    window.show_page("Partner")
    partners = window.page("Partner")
    partners.select_organisation(organisations.list_organisations()[0].id)
    assert partners.current_id is not None
    assert window.switch_database(tmp_path / "neu.db")
    assert partners.current_id is None and not partners.editing
