"""Optimistic concurrency: a save based on an older state is refused, never written over.

Two real processes: the other program is a child Python process using the services, or the
command line (``aktif-desktop import``) updating the same contact.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from aktif_desktop.errors import StaleRecordError
from aktif_desktop.services import contacts, events, organisations
from aktif_desktop.services.audit import register_session_user
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from aktif_desktop.storage.models import database

CHILD = """
import dataclasses, sys
from aktif_desktop.services.audit import register_session_user
from aktif_desktop.services import contacts
from aktif_desktop.storage.db import open_database
open_database(sys.argv[1])
register_session_user("kollegin")
row = contacts.get_contact(int(sys.argv[2]))
data = dataclasses.replace(row.data(), consent_lists=False, consent_lists_date=None)
contacts.update_contact(row.id, data, version=row.version)
"""


def _contact() -> contacts.ContactRow:
    # She consented (consent is never a default any more); the other program withdraws it.
    data = ContactData(
        first_name="Anna",
        last_name="Müller",
        email="anna@example.org",
        consent_lists=True,
        consent_lists_date=dt.date(2026, 11, 2),
    )
    return contacts.create_contact(data)


def test_a_save_increments_the_version(db: Path) -> None:
    row = _contact()
    assert row.version == 1
    saved = contacts.update_contact(row.id, row.data(), version=row.version)
    assert saved.version == 2
    assert contacts.update_contact(row.id, saved.data()).version == 3  # no form: still counts


def test_a_stale_save_is_refused_with_who_and_when(db: Path) -> None:
    loaded = _contact()  # the form shows version 1
    subprocess.run([sys.executable, "-c", CHILD, str(db), str(loaded.id)], check=True)
    mine = ContactData(**{**_fields(loaded), "phone": "0511 123456"})
    with pytest.raises(StaleRecordError) as refused:
        contacts.update_contact(loaded.id, mine, version=loaded.version)
    error = refused.value
    assert "Die Ansprechperson „Anna Müller“ wurde inzwischen" in error.message
    assert "von kollegin" in error.message and "Stand 2" in error.message
    assert error.changed_by == "kollegin" and error.changed_at is not None
    assert (error.loaded_version, error.current_version) == (1, 2)
    assert error.current["consent_lists"] is False
    assert {"consent_lists", "consent_lists_date", "phone"} <= set(error.differing)
    stored = contacts.get_contact(loaded.id)
    assert stored.consent_lists is False  # the withdrawn consent did not come back
    assert stored.phone == ""


def test_the_command_line_changes_and_the_form_is_refused(db: Path, tmp_path: Path) -> None:
    loaded = _contact()
    source = tmp_path / "liste.csv"
    source.write_text(
        "Vorname;Nachname;E-Mail;Funktion\nAnna;Müller;anna@example.org;Leitung\n",
        encoding="utf-8",
    )
    database.close()
    done = subprocess.run(
        [sys.executable, "-m", "aktif_desktop", "import", "contacts", str(source), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    database.connect(reuse_if_open=True)
    assert contacts.get_contact(loaded.id).function == "Leitung"
    with pytest.raises(StaleRecordError):
        contacts.update_contact(loaded.id, loaded.data(), version=loaded.version)
    assert contacts.get_contact(loaded.id).function == "Leitung"


def test_stale_partner_and_event_saves_are_refused(db: Path) -> None:
    register_session_user("ich")
    partner = organisations.create_organisation(OrganisationData(name="Caritas"))
    organisations.update_organisation(partner.id, OrganisationData(name="Caritas e. V."))
    with pytest.raises(StaleRecordError, match="Der Partner „Diakonie“ wurde inzwischen"):
        organisations.update_organisation(
            partner.id, OrganisationData(name="Diakonie"), version=partner.version
        )
    assert organisations.get_organisation(partner.id).name == "Caritas e. V."
    event = events.create_event(
        events.EventData(
            title="Netzwerktreffen",
            kind="netzwerktreffen",
            start=events.dt.datetime(2026, 12, 1, 10),
            end=events.dt.datetime(2026, 12, 1, 12),
        )
    )
    events.update_event(event.id, event.data(), version=event.version)
    with pytest.raises(StaleRecordError):
        events.update_event(event.id, event.data(), version=event.version)


def _fields(row: contacts.ContactRow) -> dict[str, object]:
    return {name: getattr(row, name) for name in ContactData.__dataclass_fields__}
