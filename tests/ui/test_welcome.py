"""First start: the welcome page on an empty database, "Leer beginnen" and "Demodaten laden"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aktif_desktop.services import organisations, settings
from aktif_desktop.services.organisations import OrganisationData
from ui import welcome_page
from ui.app import create_main_window
from ui.pages import PageId


@pytest.fixture
def window(db, qtbot):
    main = create_main_window(db)
    qtbot.addWidget(main)
    return main


def test_empty_database_starts_with_welcome(window):
    assert window.outer.currentWidget() is window.welcome
    assert window.windowTitle() == "Aktif Desktop – aktif.db"


def test_start_empty_needs_a_name(window, qtbot, type_text):
    page = window.welcome
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert "Name des Verbundes" in page.error.text()
    assert window.outer.currentWidget() is page
    type_text(page.name_edit, "Familienverbund Großenhain")
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert settings.load_settings().verbund_name == "Familienverbund Großenhain"
    assert window.outer.currentWidget() is window.body
    assert window.stack.currentWidget() is window.page(PageId.DASHBOARD)
    assert window.windowTitle() == "Aktif Desktop – Familienverbund Großenhain – aktif.db"


def test_demo_is_loaded_in_the_background(window, qtbot, monkeypatch):
    def quick_demo() -> None:  # the real demo takes ~5 s; the flow is what is tested here
        settings.save_settings(settings.Settings(verbund_name="Demoverbund"))
        organisations.create_organisation(OrganisationData(name="Jobcenter Demo"))

    monkeypatch.setattr(welcome_page, "load_demo", quick_demo)
    page = window.welcome
    page.name_edit.setText("Mein Verbund")
    with qtbot.waitSignal(page.finished, timeout=30_000):
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
        assert page.busy.isVisibleTo(page) and not page.demo_button.isEnabled()
    assert settings.load_settings().verbund_name == "Mein Verbund"
    assert [r.name for r in organisations.list_organisations()] == ["Jobcenter Demo"]
    assert window.outer.currentWidget() is window.body
    assert window.page(PageId.DASHBOARD).tiles["organisations"].number.text() == "1"


def test_demo_refused_message_is_shown(window, qtbot, monkeypatch):
    from aktif_desktop.errors import ValidationError

    def refused() -> None:
        raise ValidationError("Die Datenbank enthält bereits Daten.")

    monkeypatch.setattr(welcome_page, "load_demo", refused)
    page = window.welcome
    page.start_demo()
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=30_000)
    assert page.error.text() == "Die Datenbank enthält bereits Daten."
    assert window.outer.currentWidget() is page and page.demo_button.isEnabled()


def test_configured_database_skips_welcome(demo_db, qtbot):
    main = create_main_window(demo_db)
    qtbot.addWidget(main)
    assert main.outer.currentWidget() is main.body
