"""Participations: who is invited to, registered for and attended an event.

The status flow is checked here; once the capacity is reached new registrations go to the
waiting list, and a freed seat moves the first waiting person up.

Several programs may change the same event's list at once (managers on a shared PostgreSQL
database, or two windows on one file): every change first waits for the other writers
(:func:`~aktif_desktop.services.concurrency.serialise_writes`) and only then reads the
status, counts the seats and walks the waiting list, so the capacity is never exceeded and
the waiting list keeps its order (time of the waiting-list entry, then id).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from aktif_desktop import messages
from aktif_desktop.domain import (
    ALLOWED_TRANSITIONS,
    SEAT_TAKING,
    EventStatus,
    ParticipationStatus,
    transition_allowed,
)
from aktif_desktop.errors import TransitionError, ValidationError
from aktif_desktop.services import operation_labels as labels
from aktif_desktop.services import validation as check
from aktif_desktop.services.common import (
    dict_rows,
    filter_rows,
    get_or_fail,
    tuple_rows,
)
from aktif_desktop.services.concurrency import serialise_writes
from aktif_desktop.services.events import seats_taken
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import (
    Certificate,
    Contact,
    Event,
    Organisation,
    Participation,
    now,
)
from aktif_desktop.text import fold

Status = ParticipationStatus
WHAT = "Die Teilnahme"
_STAMP_FIELD = {
    Status.INVITED: "invited_at",
    Status.REGISTERED: "registered_at",
    Status.WAITLISTED: "waitlisted_at",
    Status.ATTENDED: "attended_at",
}


@dataclass(slots=True, kw_only=True)
class ParticipantRow:
    """One person on an event's list."""

    id: int
    event_id: int
    contact_id: int
    first_name: str
    last_name: str
    title: str = ""
    organisation_name: str = ""
    email: str = ""
    status: str
    status_changed_at: dt.datetime | None = None
    invited_at: dt.datetime | None = None
    registered_at: dt.datetime | None = None
    waitlisted_at: dt.datetime | None = None
    attended_at: dt.datetime | None = None
    note: str = ""
    certificate_number: str = ""
    consent_lists: bool = True
    search_text: str = field(default="", repr=False)

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def sort_name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name

    @property
    def status_label(self) -> str:
        return Status(self.status).label


@dataclass(slots=True)
class StatusChange:
    """The result of a change: the row as it is now and anyone moved up from the waiting list."""

    row: ParticipantRow
    promoted: list[ParticipantRow] = field(default_factory=list)

    @property
    def waitlisted(self) -> bool:
        return self.row.status == Status.WAITLISTED


def list_participants(
    event_id: int, search: str = "", *, ids: list[int] | None = None
) -> list[ParticipantRow]:
    """Return the participants of an event sorted by last name, first name."""
    query = (
        Participation.select(
            Participation.id,
            Participation.event.alias("event_id"),
            Participation.contact.alias("contact_id"),
            Participation.status,
            Participation.status_changed_at,
            Participation.invited_at,
            Participation.registered_at,
            Participation.waitlisted_at,
            Participation.attended_at,
            Participation.note,
            Contact.first_name,
            Contact.last_name,
            Contact.title,
            Contact.email,
            Contact.consent_lists,
            Organisation.name.alias("organisation_name"),
            Certificate.number.alias("certificate_number"),
        )
        .join(Contact, on=(Participation.contact == Contact.id))
        .join(Organisation, JOIN.LEFT_OUTER, on=(Contact.organisation == Organisation.id))
        .switch(Participation)
        .join(Certificate, JOIN.LEFT_OUTER, on=(Certificate.participation == Participation.id))
        .where(Participation.event == event_id)
    )
    if ids is not None:
        query = query.where(Participation.id.in_(ids))
    rows = []
    for values in dict_rows(query):
        values["organisation_name"] = values["organisation_name"] or ""
        values["certificate_number"] = values["certificate_number"] or ""
        row = ParticipantRow(**values)
        row.search_text = fold(f"{row.first_name} {row.last_name} {row.organisation_name}")
        rows.append(row)
    rows.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.id))
    return filter_rows(rows, search)


def get_participation(participation_id: int) -> ParticipantRow:
    """Return one participation as a list row."""
    record = get_or_fail(Participation, participation_id, WHAT)
    return list_participants(record.event_id, ids=[participation_id])[0]


def status_counts(event_id: int) -> dict[str, int]:
    """Return the number of participations per status code (every status present, maybe 0)."""
    counts = {status.value: 0 for status in Status}
    for row in list_participants(event_id):
        counts[row.status] += 1
    return counts


def _open_event(event_id: int) -> Event:
    event = get_or_fail(Event, event_id, "Die Veranstaltung")
    if event.external_organiser:
        # Others' event: who of the Verbund went is in "Teilgenommen haben", not a list.
        raise ValidationError(messages.EXTERNAL_NO_PARTICIPANTS)
    if event.status == EventStatus.CANCELLED:
        raise ValidationError(messages.EVENT_CANCELLED.format(title=event.title))
    return event


# Statuses that say what happened at the event: only once it has begun.
AFTER_START: frozenset[ParticipationStatus] = frozenset({Status.ATTENDED, Status.NO_SHOW})


def refuse_before_start(event: Event, status: ParticipationStatus) -> None:
    """Refuse "teilgenommen" / "nicht erschienen" for an event that has not begun yet."""
    if status in AFTER_START and event.start > now():
        raise ValidationError(
            messages.ATTENDANCE_BEFORE_START.format(
                status=status.label, title=event.title, start=f"{event.start:%d.%m.%Y, %H:%M} Uhr"
            )
        )


def _is_full(event: Event) -> bool:
    return event.capacity is not None and seats_taken(event.id) >= event.capacity


def _apply(record: Participation, status: Status) -> None:
    record.status = status.value
    record.status_changed_at = now()
    stamp = _STAMP_FIELD.get(status)
    if stamp:
        setattr(record, stamp, record.status_changed_at)
    record.save()


def _promote_waiting(event: Event) -> list[ParticipantRow]:
    """Move waiting people up while seats are free, first come first served."""
    if event.status in (EventStatus.HELD, EventStatus.CANCELLED):
        return []
    promoted = []
    while not _is_full(event):
        waiting = (
            Participation.select()
            .where((Participation.event == event.id) & (Participation.status == Status.WAITLISTED))
            .order_by(Participation.waitlisted_at, Participation.id)
            .first()
        )
        if waiting is None:
            break
        _apply(waiting, Status.REGISTERED)
        promoted.append(get_participation(waiting.id))
    return promoted


@operation(label=labels.for_event(messages.LABEL_PARTICIPANTS))
def add_participant(
    event_id: int, contact_id: int, status: str = Status.INVITED.value, note: str = ""
) -> StatusChange:
    """Put a contact on the list; a registration beyond capacity goes to the waiting list."""
    serialise_writes()
    event = _open_event(event_id)
    contact = get_or_fail(Contact, contact_id, "Die Ansprechperson")
    wanted = check.choice(status, Status, "Status")
    existing = Participation.get_or_none(
        (Participation.event == event_id) & (Participation.contact == contact_id)
    )
    if existing is not None:
        name = " ".join(p for p in (contact.first_name, contact.last_name) if p)
        raise ValidationError(messages.DUPLICATE_PARTICIPATION.format(name=name))
    refuse_before_start(event, Status(wanted))
    if wanted == Status.REGISTERED and _is_full(event):
        wanted = Status.WAITLISTED
    note = check.text(note, "Notiz", limit=check.MAX_TEXT)
    record = Participation(event=event_id, contact=contact_id, note=note)
    _apply(record, Status(wanted))
    return StatusChange(get_participation(record.id))


@operation(label=labels.for_event(messages.LABEL_PARTICIPANTS))
def add_organisation_contacts(
    event_id: int, organisation_id: int, status: str = Status.INVITED.value
) -> list[StatusChange]:
    """Add every active contact of an organisation who is not on the list yet."""
    serialise_writes()
    _open_event(event_id)
    get_or_fail(Organisation, organisation_id, "Der Partner")
    present = {
        contact_id
        for (contact_id,) in tuple_rows(
            Participation.select(Participation.contact).where(Participation.event == event_id)
        )
    }
    contacts = (
        Contact.select(Contact.id)
        .where((Contact.organisation == organisation_id) & (Contact.active == True))  # noqa: E712
        .order_by(Contact.last_name, Contact.first_name)
    )
    return [
        add_participant(event_id, contact.id, status)
        for contact in contacts
        if contact.id not in present
    ]


def _refuse_if_certified(record: Participation, row: ParticipantRow) -> None:
    if row.certificate_number:
        raise ValidationError(
            messages.PARTICIPATION_HAS_CERTIFICATE.format(
                name=row.full_name, number=row.certificate_number
            )
        )


@operation(label=labels.for_participation(messages.LABEL_STATUS))
def set_status(participation_id: int, status: str) -> StatusChange:
    """Move a participation along the status flow; refuse a step the flow does not allow."""
    serialise_writes()
    record = get_or_fail(Participation, participation_id, WHAT)
    old, new = Status(record.status), check.choice(status, Status, "Status")
    if old == new:
        return StatusChange(get_participation(participation_id))
    if not transition_allowed(old, Status(new)):
        allowed = ", ".join(f"„{s.label}“" for s in Status if s in ALLOWED_TRANSITIONS[old])
        raise TransitionError(
            messages.TRANSITION_REFUSED.format(old=old.label, new=new.label, allowed=allowed)
        )
    row = get_participation(participation_id)
    _refuse_if_certified(record, row)
    event = _open_event(record.event_id)
    refuse_before_start(event, Status(new))
    if new == Status.REGISTERED and old not in SEAT_TAKING and _is_full(event):
        new = Status.WAITLISTED
    _apply(record, Status(new))
    promoted = _promote_waiting(event) if old in SEAT_TAKING and new not in SEAT_TAKING else []
    return StatusChange(get_participation(participation_id), promoted)


@operation(label=labels.for_participation(messages.LABEL_PARTICIPANTS))
def remove_participant(participation_id: int) -> list[ParticipantRow]:
    """Take a person off the list; returns anyone moved up into the freed seat."""
    serialise_writes()
    record = get_or_fail(Participation, participation_id, WHAT)
    _refuse_if_certified(record, get_participation(participation_id))
    held_seat = Status(record.status) in SEAT_TAKING
    event = get_or_fail(Event, record.event_id, "Die Veranstaltung")
    record.delete_instance()
    return _promote_waiting(event) if held_seat else []


@operation(label=labels.for_event(messages.LABEL_ATTENDANCE))
def record_attendance(event_id: int, contact_id: int, status: str) -> StatusChange:
    """Set a contact's status at an event, adding the person first when not on the list."""
    serialise_writes()  # before "is she on the list": two programs add her only once
    record = Participation.get_or_none(
        (Participation.event == event_id) & (Participation.contact == contact_id)
    )
    if record is None:
        return add_participant(event_id, contact_id, status)
    return set_status(record.id, status)
