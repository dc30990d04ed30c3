"""The duplicates list and merging two contacts or two partners without losing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import (
    certificates,
    contacts,
    duplicates,
    events,
    merge,
    organisations,
    participations,
)
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from aktif_desktop.storage.models import Certificate, Contact, Participation


def org(name: str, **fields: object) -> int:
    return organisations.create_organisation(OrganisationData(name=name, **fields)).id  # type: ignore[arg-type]


def person(first: str, last: str, org_id: int | None = None, **fields: object) -> int:
    data = ContactData(first_name=first, last_name=last, organisation_id=org_id, **fields)  # type: ignore[arg-type]
    return contacts.create_contact(data).id


def reasons(pairs: list[duplicates.DuplicatePair]) -> set[tuple[str, str, str]]:
    return {(p.first_label, p.second_label, p.reason) for p in pairs}


def test_folded_names_and_emails_pair_up(db: Path) -> None:
    jugendamt = org("Jugendamt Musterstadt")
    person("Anna", "Müller", jugendamt)
    person("ANNA", "Mueller", jugendamt)
    person("Jörg", "Straße", None, email="j.strasse@example.de")
    person("Jörg", "Strasse", None)
    person("Karl", "Schmidt", None, email="ks@example.de")
    karla = person("Karla", "Schmitt", None)
    # Older data (from before the e-mail check) can hold the same address twice.
    Contact.update(email="ks@example.de").where(Contact.id == karla).execute()
    person("Erika", "Mustermann", None)
    person("Erika", "Musterman", None)
    person("Otto", "Anders", None)
    pairs = duplicates.contact_pairs()
    assert reasons(pairs) == {
        (
            "Anna Müller (Jugendamt Musterstadt)",
            "ANNA Mueller (Jugendamt Musterstadt)",
            "gleicher Name bei gleichem Partner",
        ),
        ("Jörg Straße", "Jörg Strasse", "gleicher Name"),
        ("Karl Schmidt", "Karla Schmitt", "gleiche E-Mail-Adresse"),
        ("Erika Mustermann", "Erika Musterman", "ähnlicher Name"),
    }


def test_similar_partner_names_pair_but_numbered_ones_do_not(db: Path) -> None:
    org("Caritasverband Musterstadt e.V.")
    org("Caritas-Verband Musterstadt")
    org("Grundschule 3 Musterstadt")
    org("Grundschule 4 Musterstadt")
    org("Jobcenter Nord", phone="0351 123")
    org("JC Nord Außenstelle", phone="0351/123")
    assert reasons(duplicates.organisation_pairs()) == {
        ("Caritasverband Musterstadt e.V.", "Caritas-Verband Musterstadt", "ähnlicher Name"),
        ("Jobcenter Nord", "JC Nord Außenstelle", "gleiche Telefonnummer"),
    }


def test_dismissed_pair_stays_away(db: Path) -> None:
    person("Anna", "Müller")
    person("Anna", "Mueller")
    [pair] = duplicates.find_duplicates()
    duplicates.dismiss(pair)
    assert duplicates.find_duplicates() == []


def test_merge_contacts_keeps_participations_and_certificates(demo_db: Path) -> None:
    held = [e for e in events.list_events() if e.status == "held"][:2]
    keep = person("Anna", "Müller", None, phone="0351 1", notes="aus Liste A")
    drop = person("Anna", "Mueller", None, email="anna@example.de", notes="aus Liste B")
    # Both at the first event: keep's registration, drop's attendance with certificate.
    participations.add_participant(held[0].id, keep, Status.REGISTERED.value, note="Rollstuhl")
    participations.add_participant(held[0].id, drop, Status.ATTENDED.value)
    certified = certificates.issue_for_participation(
        Participation.get(event=held[0].id, contact=drop).id
    )
    participations.add_participant(held[1].id, drop, Status.EXCUSED.value)
    diffs = {d.name: d for d in merge.contact_differences(keep, drop)}
    assert (diffs["email"].default, diffs["notes"].default) == ("drop", "both")
    merged = merge.merge_contacts(keep, drop, {"last_name": "keep"})
    assert (merged.last_name, merged.email, merged.phone) == (
        "Müller",
        "anna@example.de",
        "0351 1",
    )
    assert merged.notes == "aus Liste A\n\naus Liste B"
    kept = {p.event_id: p for p in Participation.select().where(Participation.contact == keep)}
    assert kept[held[0].id].status == Status.ATTENDED
    assert kept[held[0].id].note == "Rollstuhl"
    assert kept[held[1].id].status == Status.EXCUSED
    assert Certificate.get(Certificate.number == certified.number).participation.contact.id == keep
    with pytest.raises(Exception, match="nicht gefunden"):
        contacts.get_contact(drop)


def test_merge_refuses_the_same_record(db: Path) -> None:
    anna = person("Anna", "Müller")
    with pytest.raises(ValidationError, match="mit sich selbst"):
        merge.merge_contacts(anna, anna)


def test_merge_organisations_moves_contacts_and_joins_legal_areas(db: Path) -> None:
    keep = org("Caritasverband Musterstadt e.V.", legal_areas=("SGB8",), city="Musterstadt")
    drop = org("Caritas-Verband Musterstadt", legal_areas=("SGB2",), phone="0351 9")
    anna = person("Anna", "Müller", drop)
    merged = merge.merge_organisations(keep, drop)
    assert (merged.name, merged.city, merged.phone, merged.legal_areas) == (
        "Caritasverband Musterstadt e.V.",
        "Musterstadt",
        "0351 9",
        ("SGB2", "SGB8"),
    )
    assert contacts.get_contact(anna).organisation_id == keep
    assert [o.id for o in organisations.list_organisations()] == [keep]


def test_failed_merge_changes_nothing(demo_db: Path) -> None:
    held = [e for e in events.list_events() if e.status == "held"][0]
    keep, drop = person("Anna", "Müller"), person("Anna", "Mueller")
    for contact_id in (keep, drop):
        participations.add_participant(held.id, contact_id, Status.ATTENDED.value)
        certificates.issue_for_participation(
            Participation.get(event=held.id, contact=contact_id).id
        )
    with pytest.raises(ValidationError, match="Beide Einträge haben"):
        merge.merge_contacts(keep, drop)
    assert contacts.get_contact(drop).last_name == "Mueller"
    assert Participation.select().where(Participation.contact.in_([keep, drop])).count() == 2


def test_merge_keeps_consent_fields_of_the_kept_contact(db: Path) -> None:
    keep = person("Anna", "Müller", None, consent_lists=False)
    drop = person("Anna", "Mueller", None, consent_lists=False)
    merged = merge.merge_contacts(keep, drop)
    assert merged.consent_lists is False
