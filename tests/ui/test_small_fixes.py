"""Issue 16, item 17: the small rough edges (Enter on the welcome page, Strg+S, validation
messages that go, the "nachgerückt" notice, filtered-out partner detail, window title, no
backup of a brand-new database, the duplicate hint while typing a new contact)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.services import contacts, events, organisations, settings
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from ui import startup_checks
from ui.app import create_main_window
from ui.contacts.page import ContactsPage
from ui.events import participants as participants_module
from ui.events.participants import ParticipantsPanel
from ui.partners.page import PartnersPage
from ui.widgets import dialogs
from ui.widgets.dialogs import Choice


@pytest.fixture
def partners(qtbot):
    widget = PartnersPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.reload()
    return widget


@pytest.fixture
def contacts_page(qtbot):
    widget = ContactsPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=30_000):
        widget.reload()
    return widget


def test_enter_in_the_welcome_name_field_starts(db, qtbot, type_text):
    window = create_main_window(db)
    qtbot.addWidget(window)
    page = window.welcome
    type_text(page.name_edit, "Familienverbund Lindenau")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert settings.load_settings().verbund_name == "Familienverbund Lindenau"
    assert window.outer.currentWidget() is window.body


def test_window_title_names_the_program_once(db, qtbot):
    settings.save_settings(settings.Settings(verbund_name="Familienverbund Lindenau"))
    window = create_main_window(db)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Aktif Desktop – Familienverbund Lindenau – aktif.db"
    # Windows and X11 append the application display name to every title: none is set
    display = QGuiApplication.applicationDisplayName()
    assert display != "Aktif Desktop"
    assert window.windowTitle().count("Aktif Desktop") == 1


def test_ctrl_s_saves_the_partner_form(db, partners, qtbot, type_text):
    partners.new_record()
    type_text(partners.form.name, "Familienzentrum Müller")
    qtbot.keyClick(partners.form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [row.name for row in organisations.list_organisations()] == ["Familienzentrum Müller"]
    assert not partners.dirty


def test_ctrl_s_saves_the_contact_form(db, contacts_page, qtbot, type_text):
    contacts_page.new_record()
    type_text(contacts_page.form.last_name, "Krause")
    qtbot.keyClick(contacts_page.form.last_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [row.last_name for row in contacts.list_contacts()] == ["Krause"]


def test_validation_message_goes_when_the_field_is_edited(db, contacts_page, qtbot, type_text):
    contacts_page.new_record()
    type_text(contacts_page.form.last_name, "Krause")
    type_text(contacts_page.form.email, "krause-at-example")
    qtbot.mouseClick(contacts_page.save_button, Qt.MouseButton.LeftButton)
    error = contacts_page.form.form.errors["E-Mail"]
    assert error.isVisible()
    contacts_page.form.email.clear()
    type_text(contacts_page.form.email, "krause@example.org")
    assert not error.isVisible() and error.text() == ""
    qtbot.mouseClick(contacts_page.save_button, Qt.MouseButton.LeftButton)
    assert [row.email for row in contacts.list_contacts()] == ["krause@example.org"]


def test_partner_validation_message_goes_when_the_field_is_edited(db, partners, qtbot, type_text):
    partners.new_record()
    partners.save()
    error = partners.form.form.errors["Name"]
    assert error.isVisible()
    type_text(partners.form.name, "Jobcenter")
    assert not error.isVisible()


def _two_partners(partners: PartnersPage) -> tuple[int, int]:
    first = organisations.create_organisation(OrganisationData(name="Jobcenter Lindenau"))
    second = organisations.create_organisation(OrganisationData(name="Caritas Grünfelde"))
    partners.reload()
    partners.select_organisation(first.id)
    return first.id, second.id


def test_partner_detail_clears_when_the_search_hides_it(db, partners):
    first, _ = _two_partners(partners)
    assert partners.current_id == first
    partners.search.setText("Caritas")
    assert partners.current_id is None
    assert partners.placeholder.isVisible()
    partners.search.setText("")
    assert partners.current_id is None


def test_hidden_partner_with_edits_asks_first(db, partners, type_text, monkeypatch):
    first, _ = _two_partners(partners)
    type_text(partners.form.city, "Lindenau")
    asked: list[str] = []

    def stay(_parent, text):
        asked.append(text)
        return Choice.CANCEL

    monkeypatch.setattr(dialogs, "ask_unsaved", stay)
    partners.search.setText("Caritas")
    assert asked and partners.current_id == first and partners.dirty
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _parent, _text: Choice.DISCARD)
    partners.search.setText("Cari")
    assert partners.current_id is None
    assert organisations.get_organisation(first).city == ""


def _event_with_places(capacity: int) -> events.EventRow:
    start = dt.datetime(2027, 2, 8, 14, 0)
    return events.create_event(
        events.EventData(
            kind="workshop",
            title="Workshop Kinderzuschlag",
            start=start,
            end=start + dt.timedelta(hours=2),
            capacity=capacity,
        )
    )


def test_moved_up_notice_goes_after_a_while(db, qtbot):
    panel = ParticipantsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.promoted_timer.setInterval(50)
    org = organisations.create_organisation(OrganisationData(name="Jobcenter Lindenau"))
    ids = [
        contacts.create_contact(
            ContactData(first_name="A", last_name=name, organisation_id=org.id)
        ).id
        for name in ("Becker", "Krüger", "Schulz")
    ]
    event = _event_with_places(2)
    panel.set_event(event)
    for contact_id in ids:
        panel.add_contact(contact_id, Status.REGISTERED.value)
    panel.select_ids([r.id for r in panel.model.rows if r.last_name == "Becker"])
    panel.status_buttons[Status.EXCUSED.value].click()
    assert "nachgerückt" in panel.bar.text()
    assert panel.model.highlighted
    qtbot.waitUntil(lambda: not panel.bar.isVisible(), timeout=2000)
    assert panel.bar.text() == "" and not panel.model.highlighted
    assert participants_module.PROMOTED_NOTICE_MS >= 5000


def test_a_newer_message_is_not_taken_away(db, qtbot):
    panel = ParticipantsPanel()
    qtbot.addWidget(panel)
    panel._promoted_notice = "Clara ist nachgerückt."
    panel.bar.show_message("Etwas anderes.")
    panel._promoted_expired()
    assert panel.bar.text() == "Etwas anderes."


def test_no_daily_backup_for_a_brand_new_database(db, monkeypatch):
    called: list[object] = []
    monkeypatch.setattr(startup_checks.session, "daily_backup", lambda path: called.append(path))
    shown: list[str] = []

    class Window:
        def show_status(self, text: str) -> None:
            shown.append(text)

    assert startup_checks.start_daily_backup(Window(), db) is None
    assert called == [] and shown == []


def test_daily_backup_once_there_is_data(db, qtbot):
    organisations.create_organisation(OrganisationData(name="Jobcenter Lindenau"))
    shown: list[str] = []

    class Window:
        def show_status(self, text: str) -> None:
            shown.append(text)

    startup_checks.start_daily_backup(Window(), db)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Tägliche Sicherung geschrieben" in shown[0]


def test_new_contact_that_matches_a_stored_one_gets_a_hint(db, qtbot, type_text):
    org = organisations.create_organisation(OrganisationData(name="Jobcenter Lindenau"))
    contacts.create_contact(
        ContactData(first_name="Jörg", last_name="Schäfer", organisation_id=org.id)
    )
    page = ContactsPage()
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.reload()
    page.new_record()
    form = page.form
    type_text(form.first_name, "Joerg")
    type_text(form.last_name, "Schaefer")
    assert not form.duplicate_hint.isVisible()  # debounced: nothing while typing
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=2000)
    assert form.duplicate_hint.text() == "Mögliche Dublette: Jörg Schäfer (Jobcenter Lindenau)"
    # non-blocking: the new person can still be saved, and the hint goes with the new form
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(contacts.list_contacts()) == 2
    assert not form.duplicate_hint.isVisible()


def test_no_hint_for_a_different_person_or_a_stored_contact(db, qtbot, type_text):
    stored = contacts.create_contact(ContactData(first_name="Jörg", last_name="Schäfer"))
    page = ContactsPage()
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.reload()
    page.open_contact(stored.id)  # a stored contact matches itself: no check at all
    page.form.check_duplicates()
    assert not page.form.duplicate_check and not page.form.duplicate_hint.isVisible()
    page.new_record()
    type_text(page.form.first_name, "Bernd")
    type_text(page.form.last_name, "Krüger")
    page.form.check_duplicates()
    assert not page.form.duplicate_hint.isVisible()
