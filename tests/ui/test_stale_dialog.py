"""A form saved over a change another program made meanwhile: the save is refused, the dialog
shows what changed, and the user reloads or keeps her own value per field."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QDialog

from aktif_desktop.errors import StaleRecordError
from aktif_desktop.services import contacts, events, organisations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.events import EventData
from aktif_desktop.services.organisations import OrganisationData
from ui.contacts.page import ContactsPage
from ui.events.form import EventForm
from ui.partners.page import PartnersPage
from ui.widgets import stale_dialog
from ui.widgets.stale_dialog import MINE, STORED, StaleDialog

OTHER_PROGRAM = """
import dataclasses, sys
from aktif_desktop.errors import StaleRecordError
from aktif_desktop.services import contacts, events, organisations
from aktif_desktop.services.audit import register_session_user
from aktif_desktop.storage.db import open_database
open_database(sys.argv[1])
register_session_user("kollegin")
if sys.argv[2] == "contact":
    row = contacts.get_contact(int(sys.argv[3]))
    data = dataclasses.replace(row.data(), consent_lists=False, consent_lists_date=None)
    contacts.update_contact(row.id, data, version=row.version)
else:
    row = organisations.get_organisation(int(sys.argv[3]))
    organisations.update_organisation(
        row.id, dataclasses.replace(row.data(), city="Lindenau"), version=row.version
    )
"""


def other_program(db, kind: str, record_id: int) -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(db), kind, str(record_id)], check=True)


@pytest.fixture
def seen(monkeypatch) -> list[StaleDialog]:
    """Dialogs shown; each is answered by the test's ``answer`` before it "closes"."""
    shown: list[StaleDialog] = []

    def fake_exec(dialog: StaleDialog) -> int:
        shown.append(dialog)
        return int(getattr(dialog, "answer", QDialog.DialogCode.Accepted).value)

    monkeypatch.setattr(StaleDialog, "exec", fake_exec)
    return shown


def contacts_page(qtbot) -> ContactsPage:
    page = ContactsPage()
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.reload()
    return page


def test_contact_save_keeps_the_withdrawn_consent_and_my_phone(db, qtbot, seen):
    person = contacts.create_contact(
        ContactData(first_name="Anna", last_name="Müller", consent_lists=True)
    )
    page = contacts_page(qtbot)
    page.open_contact(person.id)
    page.form.phone.setText("0511 123456")
    other_program(db, "contact", person.id)
    assert page.save()
    dialog = seen[0]
    assert "von kollegin" in dialog.error.message
    assert dialog.choices["consent_lists"].currentData() == STORED  # I did not touch it
    assert dialog.choices["phone"].currentData() == MINE  # my edit
    stored = contacts.get_contact(person.id)
    assert (stored.consent_lists, stored.phone) == (False, "0511 123456")
    assert stored.version == 3


def test_contact_reload_shows_the_stored_state(db, qtbot, seen, monkeypatch):
    person = contacts.create_contact(
        ContactData(first_name="Anna", last_name="Müller", consent_lists=True)
    )
    page = contacts_page(qtbot)
    page.open_contact(person.id)
    page.form.phone.setText("0511 123456")
    other_program(db, "contact", person.id)
    monkeypatch.setattr(StaleDialog, "answer", QDialog.DialogCode.Rejected, raising=False)
    assert not page.save()
    assert page.form.phone.text() == ""
    assert not page.form.consent_lists.isChecked()
    assert contacts.get_contact(person.id).phone == ""


def test_keep_my_value_overrides_the_other_change(db, qtbot, seen, monkeypatch):
    person = contacts.create_contact(
        ContactData(first_name="Anna", last_name="Müller", consent_lists=True)
    )
    page = contacts_page(qtbot)
    page.open_contact(person.id)
    other_program(db, "contact", person.id)
    original = StaleDialog.merged

    def keep_mine(dialog: StaleDialog):
        dialog.choose("consent_lists", MINE)
        return original(dialog)

    monkeypatch.setattr(StaleDialog, "merged", keep_mine)
    page.form.phone.setText("0511 1")
    assert page.save()
    assert len(seen) == 1
    assert contacts.get_contact(person.id).consent_lists is True


def test_partner_form_save_is_resolved_per_field(db, qtbot, seen):
    partner = organisations.create_organisation(OrganisationData(name="Caritas", city="Au"))
    page = PartnersPage()
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.table.selectRow(page.model.row_number_of(lambda r: r.id == partner.id))
    page.form.phone.setText("0511 9")
    other_program(db, "partner", partner.id)
    assert page.save()
    assert "Der Partner „Caritas“ wurde inzwischen" in seen[0].error.message
    stored = organisations.get_organisation(partner.id)
    assert (stored.city, stored.phone) == ("Lindenau", "0511 9")


def test_the_dialog_shows_both_values(db, qtbot):
    person = contacts.create_contact(
        ContactData(first_name="Anna", last_name="Müller", consent_lists=True)
    )
    other = ContactData(**{**{n: getattr(person, n) for n in ContactData.__dataclass_fields__}})
    contacts.update_contact(person.id, ContactData(first_name="Anna", last_name="Meier"))
    with pytest.raises(StaleRecordError) as refused:
        contacts.update_contact(person.id, other, version=person.version)
    dialog = StaleDialog(None, refused.value, other, {"last_name": "Nachname"}, person)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(stale_dialog.QLabel)]
    assert {"Nachname", "Meier", "Müller"} <= set(texts)


OTHER_EVENT_PROGRAM = """
import dataclasses, sys
from aktif_desktop.services import events
from aktif_desktop.services.audit import register_session_user
from aktif_desktop.storage.db import open_database
open_database(sys.argv[1])
register_session_user("kollegin")
row = events.get_event(int(sys.argv[2]))
events.update_event(row.id, dataclasses.replace(row.data(), place="Rathaus"), version=row.version)
"""


def test_event_form_save_is_resolved_per_field(db, qtbot, seen):
    start = dt.datetime(2026, 5, 4, 9)
    event = events.create_event(
        EventData(kind="workshop", title="Workshop", start=start, end=start, place="Schule")
    )
    form = EventForm()
    qtbot.addWidget(form)
    form.load(events.get_event(event.id))
    form.title.setText("Workshop Kinderzuschlag")
    subprocess.run([sys.executable, "-c", OTHER_EVENT_PROGRAM, str(db), str(event.id)], check=True)
    assert form.save()
    assert "wurde inzwischen" in seen[0].error.message
    stored = events.get_event(event.id)
    assert (stored.title, stored.place) == ("Workshop Kinderzuschlag", "Rathaus")
