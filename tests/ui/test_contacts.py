"""The Ansprechpersonen page: background load, add a contact, search, "Nummer geprüft",
consent dates, refused delete, and the "Goldene Telefonnummern" directory."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from aktif_desktop.services import contacts, events, organisations, participations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from ui.contacts import page as page_module
from ui.contacts.page import ContactsPage
from ui.pages import PageId


@pytest.fixture
def page(qtbot):
    widget = ContactsPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def load(page: ContactsPage, qtbot) -> None:
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.reload()


def test_empty_database_explains_what_to_do(db, page, qtbot):
    load(page, qtbot)
    assert page.model.rowCount() == 0
    assert "Noch keine Ansprechpersonen" in page.count_label.text()


def test_add_contact_through_the_form(db, page, qtbot, type_text):
    org = organisations.create_organisation(OrganisationData(name="Jobcenter Grünfelde"))
    load(page, qtbot)
    page.new_record()
    form = page.form
    form.salutation.setCurrentText("Frau")
    type_text(form.first_name, "Jördis")
    type_text(form.last_name, "Müller-Lüdenscheidt")
    form.organisation.setCurrentIndex(form.organisation.findData(org.id))
    type_text(form.function, "Teamleitung U25")
    type_text(form.phone, "03421 77-120")
    type_text(form.email, "j.mueller@jobcenter.example")
    form.consent_share.click()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [stored] = contacts.list_contacts()
    assert (stored.full_name, stored.organisation_name) == (
        "Jördis Müller-Lüdenscheidt",
        "Jobcenter Grünfelde",
    )
    assert stored.consent_share and stored.consent_share_date == dt.date.today()
    assert [r.id for r in page.model.rows] == [stored.id]
    assert page.current_id == stored.id and not page.dirty

    for search in ("mueller", "jobcenter gruenfelde", "U25", "77-120", "03421"):
        page.search.setText(search)
        assert [r.id for r in page.model.rows] == [stored.id], search
    page.search.setText("Schmidt")
    assert page.model.rows == []
    assert "Niemand passt" in page.count_label.text()


def test_refused_email_is_shown_next_to_the_field(db, page, qtbot, type_text):
    load(page, qtbot)
    page.new_record()
    type_text(page.form.last_name, "Krause")
    type_text(page.form.email, "krause-at-example")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.form.errors["E-Mail"]
    assert error.isVisible() and "krause-at-example" in error.text()
    assert contacts.list_contacts() == []


def test_number_verified_button(db, page, qtbot):
    person = contacts.create_contact(ContactData(last_name="Özdemir", phone="0341 123"))
    load(page, qtbot)
    page.open_contact(person.id)
    assert page.form.verified_label.text() == "noch nie geprüft"
    qtbot.mouseClick(page.form.verify_button, Qt.MouseButton.LeftButton)
    assert contacts.get_contact(person.id).verified_at == dt.date.today()
    assert page.form.verified_label.text() == dt.date.today().strftime("%d.%m.%Y")


def test_delete_refused_shows_the_reason(demo_db, page, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(page_module, "ask_yes_no", lambda *a: True)
    monkeypatch.setattr(page_module, "show_error", lambda _p, _t, text: shown.append(text))
    load(page, qtbot)
    event = next(e for e in events.list_events() if e.counts)
    taken = {p.contact_id for p in participations.list_participants(event.id)}
    row = next(r for r in page.rows if r.id in taken)
    page.open_contact(row.id)
    page.delete()
    assert len(shown) == 1 and "Teilnahme" in shown[0]
    assert contacts.get_contact(row.id).id == row.id


def test_directory_groups_by_organisation_and_marks_stale_numbers(db, page, qtbot):
    org = organisations.create_organisation(OrganisationData(name="Familienkasse Ost"))
    old = dt.date.today() - dt.timedelta(days=400)
    contacts.create_contact(
        ContactData(last_name="Alt", organisation_id=org.id, phone="0341 1", verified_at=old)
    )
    fresh = contacts.create_contact(
        ContactData(last_name="Neu", organisation_id=org.id, phone="0341 2")
    )
    contacts.mark_verified(fresh.id)
    contacts.create_contact(ContactData(last_name="Solo"))
    load(page, qtbot)
    with qtbot.waitSignal(page.directory.loaded, timeout=30_000):
        page.tabs.setCurrentIndex(1)
    model = page.directory.model
    lines = [model.index(n, 0).data() for n in range(model.rowCount())]
    assert lines == ["Familienkasse Ost", "    Alt", "    Neu", "Ohne Einrichtung", "    Solo"]
    checked = [model.index(n, 5).data() for n in range(model.rowCount())]
    assert checked[1] == "⚠ " + old.strftime("%d.%m.%Y")
    assert checked[2] == dt.date.today().strftime("%d.%m.%Y")
    assert checked[4] == "nie"  # never verified, but entered today: not stale yet
    assert "3 Nummern in 2 Einrichtungen; 1 davon" in page.directory.info.text()
    page.directory.search.setText("neu")
    lines = [model.index(n, 0).data() for n in range(model.rowCount())]
    assert lines == ["Familienkasse Ost", "    Neu"]


def test_partner_page_opens_a_contact(db, qtbot):
    from ui.app import create_main_window

    org = organisations.create_organisation(OrganisationData(name="Sozialamt"))
    person = contacts.create_contact(ContactData(last_name="Brandt", organisation_id=org.id))
    from aktif_desktop.services import settings

    settings.save_settings(settings.Settings(verbund_name="Testverbund"))
    window = create_main_window(db)
    qtbot.addWidget(window)
    partners = window.page(PageId.PARTNERS)
    window.show_page(PageId.PARTNERS)
    partners.select_organisation(org.id)
    page = window.page(PageId.CONTACTS)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        partners.contact_requested.emit(person.id)
    assert window.stack.currentWidget() is page
    assert page.current_id == person.id
    assert page.detail_title.text() == "Brandt"


@pytest.mark.parametrize(
    "keys",
    [
        ["m", "mü", "mül", "müll", "mülle", "müller"],
        ["s", "so", "soz", "sozial", "sozialamt", "sozialamt l", "sozialamt lindenau"],
        ["0", "03", "034", "0341"],
        ["anna", "anna m", "anna", "ann", "a", ""],  # backspacing widens again
        ["xyz", "ä", "ß", "  jugendamt   "],
    ],
)
def test_live_search_gives_exactly_filter_rows(demo_db, keys):
    from aktif_desktop.services.common import filter_rows
    from ui.widgets.search import LiveSearch

    rows = contacts.list_contacts()
    for search in (LiveSearch(rows), LiveSearch(rows, indexed=False)):
        for key in keys:
            assert search.filter(key) == filter_rows(rows, key), key


def test_unknown_organisation_text_is_refused(db, page, qtbot, type_text):
    organisations.create_organisation(OrganisationData(name="Jobcenter Nord"))
    load(page, qtbot)
    page.new_record()
    type_text(page.form.last_name, "Kaya")
    page.form.organisation.setEditText("Jobcenter Süd")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.form.errors["Der Partner"]
    assert error.isVisible() and "Jobcenter Süd" in error.text()
    assert contacts.list_contacts() == []


def test_new_contact_from_the_partner_page(db, qtbot, type_text):
    from aktif_desktop.services import settings
    from ui.app import create_main_window

    settings.save_settings(settings.Settings(verbund_name="Testverbund"))
    org = organisations.create_organisation(OrganisationData(name="Wohngeldstelle"))
    window = create_main_window(db)
    qtbot.addWidget(window)
    window.show_page(PageId.PARTNERS)
    partners = window.page(PageId.PARTNERS)
    partners.select_organisation(org.id)
    partners.new_contact_requested.emit(org.id)
    page = window.page(PageId.CONTACTS)
    assert window.stack.currentWidget() is page
    assert page.form.organisation.currentData() == org.id
    type_text(page.form.last_name, "Öztürk")
    assert page.save()
    [stored] = contacts.list_contacts()
    assert (stored.last_name, stored.organisation_id) == ("Öztürk", org.id)


def test_models_pass_the_qt_model_tester(demo_db, page, qtbot, qtmodeltester):
    load(page, qtbot)
    qtmodeltester.check(page.model)
    with qtbot.waitSignal(page.directory.loaded, timeout=30_000):
        page.tabs.setCurrentIndex(1)
    qtmodeltester.check(page.directory.model)


def test_consent_scope_and_recorder_are_kept(db, page, qtbot, type_text):
    from aktif_desktop.services.audit import os_user

    load(page, qtbot)
    page.new_record()
    type_text(page.form.last_name, "Weiß")
    page.form.consent_share.click()
    type_text(page.form.consent_scope, "Name und Telefon an Verbundpartner")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [stored] = contacts.list_contacts()
    assert stored.consent_scope == "Name und Telefon an Verbundpartner"
    assert stored.consent_recorded_by == os_user()  # filled in when left empty
    page.open_contact(stored.id)
    assert page.form.consent_recorded_by.text() == os_user()
