"""Every validation message of the services, in German, and nothing written when refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aktif_desktop.errors import AktifError, ReferencedError, ValidationError
from aktif_desktop.services import contacts, events, offers, organisations, participations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.events import EventData
from aktif_desktop.services.organisations import OrganisationData
from aktif_desktop.storage.models import Contact, Event, Organisation

START = dt.datetime(2027, 3, 1, 9, 0)


def make_event(**changes: object) -> events.EventRow:
    values: dict[str, object] = {
        "kind": "workshop",
        "title": "Workshop Kinderzuschlag",
        "start": START,
        "end": START + dt.timedelta(hours=3),
    }
    values.update(changes)
    return events.create_event(EventData(**values))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "message", "field"),
    [
        (OrganisationData(name="  "), "Bitte füllen Sie das Feld „Name“ aus.", "Name"),
        (
            OrganisationData(name="Caritas", email="caritas@"),
            "keine gültige E-Mail-Adresse",
            "E-Mail",
        ),
        (OrganisationData(name="Caritas", postcode="4177"), "keine gültige Postleitzahl", "PLZ"),
        (
            OrganisationData(name="Caritas", phone="null-drei-vier"),
            "keine gültige Telefonnummer",
            "Telefon",
        ),
        (OrganisationData(name="Caritas", kind="Zoo"), "kein gültiger Wert für „Art“", "Art"),
        (
            OrganisationData(name="Caritas", legal_areas=("SGB XIV",)),
            "kein bekannter Rechtskreis",
            "Rechtskreise",
        ),
    ],
)
def test_organisation_fields_are_checked(
    db: Path, data: OrganisationData, message: str, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        organisations.create_organisation(data)
    assert message in refused.value.message
    assert refused.value.field == field
    assert Organisation.select().count() == 0


def test_duplicate_name_is_refused_ignoring_case_spaces_and_umlauts(db: Path) -> None:
    organisations.create_organisation(OrganisationData(name="Jugendamt Großstadt"))
    with pytest.raises(
        ValidationError, match="Es gibt bereits einen Partner mit dem Namen „Jugendamt Großstadt“"
    ):
        organisations.create_organisation(OrganisationData(name="  JUGENDAMT   grossstadt "))


def test_contact_email_is_normalised_and_unique(db: Path) -> None:
    first = contacts.create_contact(
        ContactData(last_name="Müller", email=" Anna.Mueller@Example.DE ")
    )
    assert first.email == "anna.mueller@example.de"
    with pytest.raises(ValidationError, match="gehört bereits zu Müller"):
        contacts.create_contact(ContactData(last_name="Muller", email="ANNA.MUELLER@example.de"))


def test_end_before_start_is_refused(db: Path) -> None:
    with pytest.raises(ValidationError, match="Das Ende liegt vor dem Beginn") as refused:
        make_event(end=START - dt.timedelta(minutes=1))
    assert refused.value.field == "Ende"
    assert Event.select().count() == 0


def test_capacity_below_attendees_is_refused(db: Path) -> None:
    event = make_event(capacity=5)
    for name in ("Müller", "Weiß", "Groß"):
        person = contacts.create_contact(ContactData(last_name=name))
        participations.add_participant(event.id, person.id, "angemeldet")
    data = event.data()
    data.capacity = 2
    with pytest.raises(ValidationError, match=r"Die Kapazität \(2\) ist kleiner als .* \(3\)"):
        events.update_event(event.id, data)
    assert events.get_event(event.id).capacity == 5


def test_delete_of_referenced_records_is_refused_with_the_reason(db: Path) -> None:
    org = organisations.create_organisation(OrganisationData(name="Jobcenter Lindenau"))
    person = contacts.create_contact(ContactData(last_name="Schäfer", organisation_id=org.id))
    offers.create_service(offers.ServiceData(organisation_id=org.id, name="Beratung"))
    event = make_event(organiser_id=org.id)
    participations.add_participant(event.id, person.id)

    with pytest.raises(ReferencedError) as refused:
        organisations.delete_organisation(org.id)
    assert refused.value.message == (
        "Der Partner „Jobcenter Lindenau“ kann nicht gelöscht werden, solange ihm noch Einträge "
        "zugeordnet sind (1 Ansprechperson, 1 Leistungsangebot und 1 Veranstaltung). "
        "Deaktivieren Sie ihn stattdessen oder ordnen Sie diese Einträge zuerst neu zu."
    )
    with pytest.raises(ReferencedError, match="Schäfer kann nicht gelöscht werden.*1 Teilnahme"):
        contacts.delete_contact(person.id)
    with pytest.raises(ReferencedError, match="„Workshop Kinderzuschlag“ kann nicht gelöscht"):
        events.delete_event(event.id)
    assert Organisation.select().count() == 1 and Contact.select().count() == 1


def test_failing_batch_leaves_nothing_behind(db: Path) -> None:
    """A participant batch that fails half-way (one contact missing) writes no row at all."""
    org = organisations.create_organisation(OrganisationData(name="AWO"))
    for name in ("Krüger", "Böhm", "Jäger"):
        contacts.create_contact(ContactData(last_name=name, organisation_id=org.id))
    event = make_event(capacity=10)

    from aktif_desktop.services.common import transactional

    @transactional
    def add_all(contact_ids: list[int]) -> None:
        for contact_id in contact_ids:
            participations.add_participant(event.id, contact_id)

    ids = [c.id for c in contacts.list_contacts()]
    with pytest.raises(AktifError, match="wurde nicht gefunden"):
        add_all([*ids, 999])
    assert participations.list_participants(event.id) == []


def test_not_found_is_a_german_sentence(db: Path) -> None:
    with pytest.raises(
        AktifError, match="Die Veranstaltung mit der Nummer 42 wurde nicht gefunden"
    ):
        events.get_event(42)
