"""Showing the Ansprechpersonen page again reads the contacts only when they changed.

``updated_at`` has whole seconds, so the fingerprint says "cannot tell" (None) while the
newest change is from the current second; ``settle()`` moves every stamp into the past, as
if the user had paused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from aktif_desktop.changes import OpChanges
from aktif_desktop.services import contacts, freshness, organisations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from aktif_desktop.storage.models import Contact, Organisation
from ui.contacts.page import ContactsPage

PAST = dt.datetime(2024, 5, 6, 7, 8, 9)


def settle() -> None:
    for model in (Contact, Organisation):
        model.update(updated_at=PAST).execute()


@pytest.fixture
def page(qtbot):
    widget = ContactsPage()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def load(page: ContactsPage, qtbot) -> None:
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.reload()


def test_fingerprint_changes_with_every_kind_of_write(db):
    settle()
    empty = freshness.contacts_fingerprint()
    org = organisations.create_organisation(OrganisationData(name="Jugendamt"))
    assert freshness.contacts_fingerprint() is None  # changed this second: cannot tell
    settle()
    with_org = freshness.contacts_fingerprint()
    row = contacts.create_contact(ContactData(last_name="Krüger", organisation_id=org.id))
    settle()
    created = freshness.contacts_fingerprint()
    contacts.delete_contact(row.id)
    deleted = freshness.contacts_fingerprint()
    assert None not in (empty, with_org, created, deleted)
    assert empty != with_org != created != deleted  # each write changed it
    assert freshness.contacts_fingerprint() == deleted  # reading changes nothing
    organisations.update_organisation(org.id, OrganisationData(name="Jugendamt Grünfelde"))
    assert freshness.contacts_fingerprint() != deleted


def test_showing_the_page_again_does_not_reload_unchanged_contacts(db, page, qtbot):
    contacts.create_contact(ContactData(last_name="Krüger", first_name="Anja"))
    settle()
    load(page, qtbot)
    index = page.live_search
    page.reload()  # the main window does this on every switch to the page
    assert page.job is None and page.live_search is index
    assert page.count_label.text() == "1 von 1 Ansprechpersonen"


def test_a_change_elsewhere_is_read_on_the_next_show(db, page, qtbot):
    contacts.create_contact(ContactData(last_name="Krüger", first_name="Anja"))
    settle()
    load(page, qtbot)
    contacts.create_contact(ContactData(last_name="Özdemir", first_name="Selin"))
    load(page, qtbot)
    assert [r.last_name for r in page.model.rows] == ["Krüger", "Özdemir"]


def test_renamed_organisation_is_read_on_the_next_show(db, page, qtbot):
    org = organisations.create_organisation(OrganisationData(name="Jugendamt"))
    contacts.create_contact(ContactData(last_name="Krüger", organisation_id=org.id))
    settle()
    load(page, qtbot)
    organisations.update_organisation(org.id, OrganisationData(name="Jugendamt Grünfelde"))
    load(page, qtbot)
    assert page.model.rows[0].organisation_name == "Jugendamt Grünfelde"


def test_a_replaced_database_is_read_again(db, page, qtbot):
    contacts.create_contact(ContactData(last_name="Krüger"))
    settle()
    load(page, qtbot)
    page.apply_changes(OpChanges.all())  # the main window's database_changed (a restore)
    load(page, qtbot)
    assert page.model.rowCount() == 1
