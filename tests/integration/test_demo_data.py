"""The demo reads as real: salutations fit the names, stamps fit the events, domains are clean."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from aktif_desktop.demo_names import FEMALE_FIRST_NAMES
from aktif_desktop.storage.models import Contact, Event, Organisation, Participation

DEMO_TODAY = dt.date(2026, 11, 26)  # tests/conftest.py builds the demo for this day


def test_salutation_matches_the_first_name(demo_db: Path) -> None:
    people = list(Contact.select())
    assert people
    for person in people:
        if person.salutation:
            expected = "Frau" if person.first_name in FEMALE_FIRST_NAMES else "Herr"
            assert person.salutation == expected, (person.first_name, person.last_name)
    dvorak = Contact.get(Contact.last_name == "Dvořák", Contact.first_name == "Miloš")
    assert dvorak.salutation in ("", "Herr")


def test_stamps_fit_the_event_dates(demo_db: Path) -> None:
    latest = dt.datetime.combine(DEMO_TODAY, dt.time(23, 59))
    checked = 0
    for record in Participation.select():
        event = Event.get_by_id(record.event_id)
        assert record.invited_at is not None and record.invited_at <= event.start
        assert record.invited_at <= latest
        if record.registered_at is not None:
            assert record.invited_at <= record.registered_at <= min(event.start, latest)
        if record.attended_at is not None:
            assert event.start <= record.attended_at <= event.end
            assert record.attended_at.date() != DEMO_TODAY or event.start.date() == DEMO_TODAY
            checked += 1
    assert checked > 100


def test_no_double_hyphen_in_domains(demo_db: Path) -> None:
    addresses = [c.email for c in Contact.select()] + [o.email for o in Organisation.select()]
    addresses += [o.website for o in Organisation.select()]
    assert addresses
    for address in addresses:
        assert "--" not in address, address
