"""External activities: events organised by others that the Verbund's staff attended.

They are listed and counted apart, hold no participants of our network and get no
certificates from us; the refusals say in German what to do instead.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aktif_desktop.errors import ValidationError
from aktif_desktop.exports.certificates import write_certificates
from aktif_desktop.services import certificates, contacts, events, participations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.events import EventData, count_external, staff_names
from aktif_desktop.storage.models import Event

START = dt.datetime(2026, 3, 10, 10)


def _event(title: str, organiser: str = "", staff: str = "", **changes: object) -> EventData:
    data = EventData(
        kind="online_exchange",
        title=title,
        start=START,
        end=START + dt.timedelta(hours=2),
        external_organiser=organiser,
        staff=staff,
        status="held",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def _person() -> int:
    return contacts.create_contact(ContactData(last_name="Krüger", first_name="Anja")).id


@pytest.fixture
def external(db: Path) -> events.EventRow:
    return events.create_event(
        _event("Digitale Netzwerkstunde", "Servicestelle Akti(F)", "A. Schmidt, B. Yilmaz")
    )


def test_stored_and_read_back(external: events.EventRow) -> None:
    row = events.get_event(external.id)
    assert row.external and row.external_organiser == "Servicestelle Akti(F)"
    assert row.staff == "A. Schmidt, B. Yilmaz"
    assert row.capacity is None and row.seats_taken == 0


def test_list_filter_own_external_all(external: events.EventRow) -> None:
    own = events.create_event(_event("Netzwerktreffen Verbund", kind="network_meeting"))
    assert [r.id for r in events.list_events(external=True)] == [external.id]
    assert [r.id for r in events.list_events(external=False)] == [own.id]
    assert {r.id for r in events.list_events()} == {own.id, external.id}
    # The organiser and the staff are searchable, and so is the word "extern".
    assert [r.id for r in events.list_events("servicestelle")] == [external.id]
    assert [r.id for r in events.list_events("yilmaz")] == [external.id]
    assert [r.id for r in events.list_events("extern")] == [external.id]


def test_adding_participants_is_refused_in_german(external: events.EventRow) -> None:
    contact = _person()
    for attempt in (
        lambda: participations.add_participant(external.id, contact),
        lambda: participations.record_attendance(external.id, contact, "attended"),
    ):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.message == (
            "Bei Veranstaltungen anderer Träger werden keine Teilnehmenden erfasst; tragen Sie "
            "unter „Teilgenommen haben“ ein, wer vom Verbund dabei war."
        )
    organisation_contacts = participations.add_organisation_contacts
    with pytest.raises(ValidationError, match="anderer Träger"):
        organisation_contacts(external.id, 999)  # refused before the partner is looked up
    assert participations.list_participants(external.id) == []


def test_certificates_are_refused(external: events.EventRow, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="keine Teilnahmebescheinigungen") as refused:
        certificates.issue_for_event(external.id)
    assert "Servicestelle Akti(F)" in refused.value.message
    with pytest.raises(ValidationError, match="keine Teilnahmebescheinigungen"):
        write_certificates(external.id, pdf_file=tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_an_event_with_participants_cannot_become_external(db: Path) -> None:
    own = events.create_event(_event("Netzwerktreffen"))
    participations.add_participant(own.id, _person())
    data = events.get_event(own.id).data()
    data.external_organiser = "BMAS"
    with pytest.raises(ValidationError, match="1 Teilnahme") as refused:
        events.update_event(own.id, data)
    assert refused.value.field == "Veranstalter (extern)"
    assert not events.get_event(own.id).external


def test_staff_needs_an_organiser_and_capacity_is_dropped(db: Path) -> None:
    with pytest.raises(ValidationError, match="nur für Veranstaltungen anderer Träger"):
        events.create_event(_event("Austausch", staff="A. Schmidt"))
    row = events.create_event(_event("Regionaltreffen", "Vernetzungsstelle", capacity=30))
    assert row.capacity is None
    with pytest.raises(ValidationError, match="Veranstalter"):
        events.create_event(_event("Lang", "x" * 201))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("", []),
        (" , ;\n", []),
        ("A. Schmidt", ["A. Schmidt"]),
        ("A. Schmidt, B. Yilmaz; C. Nowak", ["A. Schmidt", "B. Yilmaz", "C. Nowak"]),
        ("A. Schmidt und B. Yilmaz", ["A. Schmidt", "B. Yilmaz"]),
        (
            "A. Schmidt (Koordination, Leitung), B. Yilmaz",
            ["A. Schmidt (Koordination, Leitung)", "B. Yilmaz"],
        ),
        ("A. Schmidt (Koordination", ["A. Schmidt (Koordination"]),
        ("Ü) Öz, Ä", ["Ü) Öz", "Ä"]),  # a stray ")" does not swallow the next comma
    ],
)
def test_staff_names(text: str, names: list[str]) -> None:
    assert staff_names(text) == names


def test_count_external_per_organiser_and_kind(db: Path) -> None:
    create = events.create_event
    create(_event("Netzwerkstunde 1", "Servicestelle Akti(F)", "A. Schmidt, B. Yilmaz", hours=1.5))
    create(_event("Netzwerkstunde 2", " servicestelle  akti(f) ", "A. Schmidt", hours=1.5))
    create(_event("Netzwerkstunde 3", "Servicestelle Akti(F)", status="planned"))
    create(_event("abgesagt", "Servicestelle Akti(F)", "A. Schmidt", status="cancelled"))
    create(_event("Vernetzungstreffen", "BMAS", "A. Schmidt", kind="network_meeting", hours=6))
    create(_event("Regionaltreffen", "BMAS", kind="regional_meeting"))
    create(_event("Vorjahr", "BMAS", kind="regional_meeting", start=START.replace(year=2025)))
    create(_event("eigenes Treffen", kind="regional_meeting", end=START))
    counted = [
        (c.organiser, c.kind_label, c.events, c.held, c.staff, c.hours)
        for c in count_external(2026)
    ]
    assert counted == [
        ("BMAS", "Netzwerktreffen", 1, 1, 1, 6),
        ("BMAS", "Regionaltreffen", 1, 1, 0, 0),
        ("Servicestelle Akti(F)", "Austausch / online", 3, 2, 3, 3.0),
    ]
    assert sum(c.events for c in count_external()) == 6  # every year
    assert count_external(1999) == []


def test_list_filter_and_row_agree_on_text_stored_by_another_program(
    external: events.EventRow,
) -> None:
    own = events.create_event(_event("Netzwerktreffen"))
    Event.update(external_organiser="   ").where(Event.id == own.id).execute()
    for row in events.list_events():
        assert row.external == (row.id in {r.id for r in events.list_events(external=True)})
        assert row.external != (row.id in {r.id for r in events.list_events(external=False)})
