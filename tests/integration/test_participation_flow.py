"""The participation status flow, the waiting list and the certificate register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aktif_desktop.domain import ALLOWED_TRANSITIONS, ParticipationStatus, transition_allowed
from aktif_desktop.errors import TransitionError, ValidationError
from aktif_desktop.services import certificates, contacts, events, participations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.events import EventData

S = ParticipationStatus


@pytest.fixture
def event(db: Path) -> events.EventRow:
    start = dt.datetime(2026, 5, 4, 10)  # held: attendance is recorded after the start
    return events.create_event(
        EventData(
            kind="network_meeting",
            title="Netzwerktreffen",
            start=start,
            end=start + dt.timedelta(hours=2),
            capacity=2,
            hours=2,
        )
    )


def person(last: str, first: str = "") -> int:
    return contacts.create_contact(ContactData(last_name=last, first_name=first)).id


@pytest.mark.parametrize(("old", "new"), [(o, n) for o in S for n in S if o != n])
def test_transition_table(old: S, new: S) -> None:
    assert transition_allowed(old, new) == (new in ALLOWED_TRANSITIONS[old])


def test_invitation_cannot_jump_to_no_show(event: events.EventRow) -> None:
    change = participations.add_participant(event.id, person("Weiß"))
    with pytest.raises(TransitionError, match="von „eingeladen“ auf „nicht erschienen“"):
        participations.set_status(change.row.id, "nicht erschienen")
    assert participations.get_participation(change.row.id).status == S.INVITED


def test_waiting_list_and_moving_up(event: events.EventRow) -> None:
    first = participations.add_participant(event.id, person("Müller", "Anna"), "angemeldet")
    participations.add_participant(event.id, person("Groß", "Jörg"), "angemeldet")
    third = participations.add_participant(event.id, person("Łęcki", "Łukasz"), "angemeldet")
    fourth = participations.add_participant(event.id, person("Öztürk", "Ayşe"), "angemeldet")
    assert third.waitlisted and fourth.waitlisted

    change = participations.set_status(first.row.id, "entschuldigt")
    assert [row.full_name for row in change.promoted] == ["Łukasz Łęcki"]
    counts = participations.status_counts(event.id)
    assert counts[S.REGISTERED] == 2 and counts[S.WAITLISTED] == 1 and counts[S.EXCUSED] == 1

    promoted = participations.remove_participant(change.promoted[0].id)
    assert [row.full_name for row in promoted] == ["Ayşe Öztürk"]


def test_duplicate_participation_is_refused(event: events.EventRow) -> None:
    contact_id = person("Strauß", "Käthe")
    participations.add_participant(event.id, contact_id)
    with pytest.raises(ValidationError, match="Käthe Strauß steht bereits auf der Teilnahmeliste"):
        participations.add_participant(event.id, contact_id)


def test_certificates_only_for_attendees_and_stable_on_reprint(event: events.EventRow) -> None:
    came = participations.add_participant(event.id, person("Dvořák", "Miloš"), "teilgenommen")
    absent = participations.add_participant(event.id, person("Schröder", "Ute"), "angemeldet")
    first = certificates.issue_for_event(event.id, today=dt.date(2027, 5, 5))
    again = certificates.issue_for_event(event.id, today=dt.date(2027, 6, 1))
    assert [(c.participant.full_name, c.number) for c in first] == [
        ("Miloš Dvořák", "TB-2027-00001")
    ]
    assert [(c.number, c.issued_on) for c in again] == [("TB-2027-00001", dt.date(2027, 5, 5))]
    with pytest.raises(ValidationError, match="keine Teilnahmebescheinigung"):
        certificates.issue_for_participation(absent.row.id)
    with pytest.raises(ValidationError, match="bereits eine Teilnahmebescheinigung"):
        participations.set_status(came.row.id, "nicht erschienen")


def test_cancelled_event_takes_no_participants(event: events.EventRow) -> None:
    events.set_event_status(event.id, "abgesagt")
    with pytest.raises(ValidationError, match="ist abgesagt"):
        participations.add_participant(event.id, person("Jäger"))
