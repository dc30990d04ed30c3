"""Property tests: the services take any pasted text without crashing or storing garbage.

Each service either stores the text cleaned (NFC, no control characters, findable by search)
or refuses it with a German ValidationError. Afterwards every text column of the database is
checked for characters an export could not write.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from text_strategies import assert_storable, nasty_name, nasty_text

from aktif_desktop.errors import ValidationError
from aktif_desktop.services import (
    conferences,
    contacts,
    events,
    offers,
    organisations,
    participations,
)
from aktif_desktop.services import settings as verbund_settings
from aktif_desktop.storage.models import database
from aktif_desktop.text import clean, clean_multiline, fold

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
GERMAN_WORDS = ("Bitte", "bitte", "ist", "darf", "nicht", "kein", "gibt", "höchstens")


def assert_german_refusal(error: ValidationError) -> None:
    assert error.message.endswith((".", "?", "“")), error.message
    assert any(word in error.message for word in GERMAN_WORDS), error.message


def assert_database_clean() -> None:
    """No text column of any table holds a character that an export could not write."""
    db = database.obj
    for table in db.get_tables():
        for column in db.get_columns(table):
            if column.data_type.upper() in ("TEXT", "VARCHAR(255)", "VARCHAR"):
                sql = f'SELECT "{column.name}" FROM "{table}" WHERE "{column.name}" IS NOT NULL'
                for (value,) in db.execute_sql(sql):
                    if isinstance(value, str):
                        assert_storable(value, user_text=not column.name.endswith("_key"))


@pytest.fixture
def organisation_id(db: Path) -> int:
    return organisations.create_organisation(
        organisations.OrganisationData(name="Jugendamt Testhausen")
    ).id


@pytest.fixture
def conference_id(db: Path) -> int:
    start = dt.datetime(2026, 3, 1, 9)
    data = events.EventData(
        kind="structure_conference", title="Strukturkonferenz", start=start, end=start
    )
    return events.create_event(data).id


@SETTINGS
@given(name=nasty_name, street=nasty_text, city=nasty_text, notes=nasty_text, web=nasty_text)
def test_organisations_take_any_text(
    db: Path, name: str, street: str, city: str, notes: str, web: str
) -> None:
    data = organisations.OrganisationData(
        name=name, street=street, city=city, notes=notes, website=web
    )
    try:
        row = organisations.create_organisation(data)
    except ValidationError as error:
        assert_german_refusal(error)
    else:
        assert row.name == clean(name) and row.city == clean(city)
        assert row.notes == clean_multiline(notes)
        assert row.id in {r.id for r in organisations.list_organisations(search=clean(name))}
    assert_database_clean()


@SETTINGS
@given(
    first=nasty_text,
    last=nasty_name,
    function=nasty_text,
    topics=nasty_text,
    email=nasty_text,
    phone=nasty_text,
    scope=nasty_text,
)
def test_contacts_take_any_text(
    organisation_id: int,
    first: str,
    last: str,
    function: str,
    topics: str,
    email: str,
    phone: str,
    scope: str,
) -> None:
    data = contacts.ContactData(
        first_name=first,
        last_name=last,
        function=function,
        topics=topics,
        email=email,
        phone=phone,
        organisation_id=organisation_id,
        consent_share=True,
        consent_scope=scope,
    )
    try:
        row = contacts.create_contact(data)
    except ValidationError as error:
        assert_german_refusal(error)
    else:
        assert (row.first_name, row.last_name) == (clean(first), clean(last))
        assert row.topics == clean_multiline(topics)
        found = contacts.list_contacts(search=clean(last))
        assert row.id in {r.id for r in found}
    assert_database_clean()


def test_a_decomposed_umlaut_finds_the_composed_name(organisation_id: int) -> None:
    composed = contacts.create_contact(contacts.ContactData(first_name="Jörg", last_name="Müller"))
    decomposed = contacts.create_contact(
        contacts.ContactData(first_name="Jo\u0308rg", last_name="Mu\u0308ller\x0b")
    )
    assert decomposed.last_name == "Müller" and decomposed.first_name == "Jörg"
    found = {r.id for r in contacts.list_contacts(search="Mu\u0308ller")}
    assert found == {composed.id, decomposed.id}
    assert fold(decomposed.full_name) == fold(composed.full_name)


@SETTINGS
@given(title=nasty_name, place=nasty_text, agenda=nasty_text, minutes=nasty_text)
def test_events_take_any_text(db: Path, title: str, place: str, agenda: str, minutes: str) -> None:
    start = dt.datetime(2026, 5, 4, 10)
    data = events.EventData(
        kind="workshop",
        title=title,
        start=start,
        end=start + dt.timedelta(hours=2),
        place=place,
        agenda=agenda,
        minutes=minutes,
    )
    try:
        row = events.create_event(data)
    except ValidationError as error:
        assert_german_refusal(error)
    else:
        assert row.title == clean(title) and row.agenda == clean_multiline(agenda)
    assert_database_clean()


@SETTINGS
@given(last=nasty_name, note=nasty_text)
def test_participation_notes_take_any_text(
    organisation_id: int, conference_id: int, last: str, note: str
) -> None:
    try:
        contact = contacts.create_contact(
            contacts.ContactData(last_name=last, organisation_id=organisation_id)
        )
        participations.add_participant(conference_id, contact.id, note=note)
    except ValidationError as error:
        assert_german_refusal(error)
    assert_database_clean()


@SETTINGS
@given(who=nasty_name, what=nasty_name, note=nasty_text, gap=nasty_name, text=nasty_text)
def test_conference_results_take_any_text(
    conference_id: int, who: str, what: str, note: str, gap: str, text: str
) -> None:
    try:
        conferences.create_agreement(
            conference_id, conferences.AgreementData(who=who, what=what, note=note)
        )
        conferences.create_supply_gap(
            conference_id, conferences.SupplyGapData(title=gap, description=text)
        )
    except ValidationError as error:
        assert_german_refusal(error)
    assert_database_clean()


@SETTINGS
@given(name=nasty_name, description=nasty_text, target=nasty_text)
def test_offers_take_any_text(
    organisation_id: int, name: str, description: str, target: str
) -> None:
    data = offers.ServiceData(
        organisation_id=organisation_id, name=name, description=description, target_group=target
    )
    try:
        offers.create_service(data)
    except ValidationError as error:
        assert_german_refusal(error)
    assert_database_clean()


@SETTINGS
@given(name=nasty_name, signatory=nasty_text, text=nasty_text, search=st.text(max_size=20))
def test_settings_and_search_take_any_text(
    db: Path, name: str, signatory: str, text: str, search: str
) -> None:
    try:
        verbund_settings.save_settings(
            verbund_settings.Settings(
                verbund_name=name, signatory_name=signatory, certificate_text=text
            )
        )
    except ValidationError as error:
        assert_german_refusal(error)
    # Searching never fails, whatever is typed into the search box.
    contacts.list_contacts(search=search)
    organisations.list_organisations(search=search)
    events.list_events(search=search)
    assert_database_clean()
