"""The Einstellungen page: load, save, inline refusal, logo preview, database location."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap

from aktif_desktop.services import settings
from ui.settings_page import SettingsPage


@pytest.fixture
def page(qtbot):
    widget = SettingsPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    return widget


def test_save_settings(db, page, qtbot, type_text, tmp_path):
    logo = tmp_path / "logo.png"
    pixmap = QPixmap(200, 80)
    pixmap.fill(QColor("#2f6f9f"))
    assert pixmap.save(str(logo))
    type_text(page.verbund_name, "Familienverbund Weißenbach")
    type_text(page.signatory_name, "Jürgen Groß")
    type_text(page.signatory_function, "Netzwerkkoordination")
    type_text(page.place_of_issue, "Weißenbach")
    page.set_logo(str(logo))
    assert page.logo_preview.pixmap() is not None and not page.logo_preview.pixmap().isNull()
    assert page.dirty
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = settings.load_settings()
    assert stored.verbund_name == "Familienverbund Weißenbach"
    assert (stored.signatory_name, stored.place_of_issue) == ("Jürgen Groß", "Weißenbach")
    assert stored.logo_path == str(logo)
    assert stored.certificate_text == settings.DEFAULT_CERTIFICATE_TEXT
    assert page.saved_label.text() == "Gespeichert." and not page.dirty


def test_name_required_is_shown_next_to_the_field(db, page, qtbot):
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.errors["Name des Verbundes"]
    assert error.isVisible() and "Name des Verbundes" in error.text()
    assert not settings.is_configured()


def test_shows_database_file_and_unreadable_logo(db, page):
    assert str(db) in page.database_label.text()
    page.set_logo("/nicht/da.png")
    assert "Datei nicht lesbar" in page.logo_preview.text()


def test_retention_and_backup_counts_are_saved(db, qtbot):
    from aktif_desktop.services import retention
    from aktif_desktop.storage import autobackup
    from ui.settings_page import SettingsPage

    page = SettingsPage()
    qtbot.addWidget(page)
    page.reload()
    assert page.retention.months.value() == retention.retention_months() == 24
    page.verbund_name.setText("Familienverbund Weißenbach")
    page.retention.months.setValue(36)
    page.retention.weekly.setValue(8)
    assert page.dirty
    assert page.save()
    assert retention.retention_months() == 36
    expected = autobackup.RetentionPolicy(daily=7, weekly=8, monthly=12)
    assert autobackup.retention_policy() == expected
