"""Events (Veranstaltungen) and the year plan: list, create, update, clone, delete.

An event with an external organiser is an exchange run by others (BMAS-Vernetzungstreffen,
"Akti(F) vernetzt", Digitale Netzwerkstunde, Regionaltreffen der Vernetzungsstelle) that the
Verbund's staff attended: it holds no seats and no participants, and it is counted apart
(``count_external``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, fn

from aktif_desktop import messages
from aktif_desktop.domain import LEGAL_AREAS, SEAT_TAKING, EventKind, EventStatus
from aktif_desktop.errors import ReferencedError, ValidationError
from aktif_desktop.services import operation_labels as labels
from aktif_desktop.services import validation as check
from aktif_desktop.services.common import (
    clear_references,
    delete_blockers,
    dict_rows,
    filter_rows,
    get_or_fail,
    join_phrases,
    links_by_owner,
    replace_links,
    tuple_rows,
)
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import (
    Event,
    EventLegalArea,
    Organisation,
    Participation,
)
from aktif_desktop.text import fold

WHAT = "Die Veranstaltung"


@dataclass(slots=True, kw_only=True)
class EventData:
    """The editable fields of an event."""

    kind: str
    title: str
    start: dt.datetime
    end: dt.datetime
    place: str = ""
    online_link: str = ""
    organiser_id: int | None = None
    capacity: int | None = None
    hours: float | None = None
    agenda: str = ""
    status: str = EventStatus.PLANNED.value
    minutes: str = ""
    legal_areas: tuple[str, ...] = ()
    # An exchange run by others (BMAS-Vernetzungstreffen, Netzwerkstunde, …) that the
    # Verbund's staff attended: who organised it and who went.
    external_organiser: str = ""
    staff: str = ""

    @property
    def external(self) -> bool:
        """True for an event organised by another body (an external activity)."""
        return bool(self.external_organiser)


@dataclass(slots=True, kw_only=True)
class EventRow(EventData):
    """A stored event with its organiser's name and participation counts per status."""

    id: int
    version: int = 1
    organiser_name: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    search_text: str = field(default="", repr=False)

    @property
    def kind_label(self) -> str:
        return EventKind(self.kind).label

    @property
    def status_label(self) -> str:
        return EventStatus(self.status).label

    @property
    def legal_area_labels(self) -> str:
        return ", ".join(LEGAL_AREAS[code] for code in self.legal_areas)

    @property
    def seats_taken(self) -> int:
        return sum(self.counts.get(status.value, 0) for status in SEAT_TAKING)

    @property
    def is_conference(self) -> bool:
        return self.kind in (EventKind.FAMILY_CONFERENCE, EventKind.STRUCTURE_CONFERENCE)

    @property
    def where(self) -> str:
        """Place, online link or both, as printed on documents."""
        return " / ".join(part for part in (self.place, self.online_link) if part)

    def data(self) -> EventData:
        """Return the editable part, for a form."""
        names = EventData.__dataclass_fields__
        return EventData(**{name: getattr(self, name) for name in names})


def seats_taken(event_id: int) -> int:
    """Return how many participations hold a seat (angemeldet or teilgenommen)."""
    statuses = [status.value for status in SEAT_TAKING]
    return (
        Participation.select()
        .where((Participation.event == event_id) & Participation.status.in_(statuses))
        .count()
    )


def _validated(data: EventData, own_id: int | None) -> EventData:
    if data.organiser_id is not None:
        get_or_fail(Organisation, data.organiser_id, "Der Partner")
    if not isinstance(data.start, dt.datetime) or not isinstance(data.end, dt.datetime):
        raise ValidationError(messages.INVALID_DATE.format(value=data.start), field="Beginn")
    if data.end < data.start:
        raise ValidationError(messages.END_BEFORE_START, field="Ende")
    external_organiser = check.text(data.external_organiser, "Veranstalter (extern)")
    staff = check.text(data.staff, "Teilgenommen haben")
    if staff and not external_organiser:
        raise ValidationError(messages.EXTERNAL_STAFF_WITHOUT_ORGANISER, field="Teilgenommen haben")
    if external_organiser and own_id is not None:
        _refuse_external_with_participants(own_id, data.title)
    capacity = check.number(data.capacity, "Kapazität", low=1, high=100_000, integer=True)
    if external_organiser:
        capacity = None  # others' event: the Verbund holds no seats there
    if capacity is not None and own_id is not None:
        taken = seats_taken(own_id)
        if capacity < taken:
            raise ValidationError(
                messages.CAPACITY_BELOW_ATTENDEES.format(capacity=capacity, taken=taken),
                field="Kapazität",
            )
    return EventData(
        kind=check.choice(data.kind, EventKind, "Art").value,
        title=check.text(data.title, "Titel", required=True),
        start=data.start.replace(microsecond=0),
        end=data.end.replace(microsecond=0),
        place=check.text(data.place, "Ort"),
        online_link=check.url(data.online_link, "Online-Link"),
        organiser_id=data.organiser_id,
        capacity=int(capacity) if capacity is not None else None,
        hours=check.number(data.hours, "Dauer in Stunden", low=0, high=1000),
        agenda=check.text(data.agenda, "Tagesordnung / Themen", limit=check.MAX_TEXT),
        status=check.choice(data.status, EventStatus, "Status").value,
        minutes=check.text(data.minutes, "Protokoll", limit=check.MAX_TEXT * 10),
        legal_areas=check.legal_areas(data.legal_areas),
        external_organiser=external_organiser,
        staff=staff,
    )


def _refuse_external_with_participants(event_id: int, title: str) -> None:
    """Participations of our contacts make an event ours: it cannot become someone else's."""
    count = Participation.select().where(Participation.event == event_id).count()
    if count:
        raise ValidationError(
            messages.EXTERNAL_HAS_PARTICIPANTS.format(title=title, count=count),
            field="Veranstalter (extern)",
        )


def _store(record: Event, data: EventData, version: int | None = None) -> None:
    for name in EventData.__dataclass_fields__:
        if name not in ("legal_areas", "organiser_id"):
            setattr(record, name, getattr(data, name))
    record.organiser_id = data.organiser_id
    versioned_save(record, version, f"{WHAT} „{data.title}“")
    replace_links(EventLegalArea, "event", record.id, data.legal_areas)


@operation(label=labels.creating("Veranstaltung"))
def create_event(data: EventData) -> EventRow:
    """Create an event; refuse an end before the start and invalid fields."""
    record = Event()
    _store(record, _validated(data, None))
    return get_event(record.id)


@operation(label=labels.saving("Veranstaltung", Event))
def update_event(event_id: int, data: EventData, version: int | None = None) -> EventRow:
    """Change an event; capacity may not drop below the seats already taken."""
    record = get_or_fail(Event, event_id, WHAT)
    _store(record, _validated(data, event_id), version)
    return get_event(event_id)


@operation(label=labels.for_event(messages.LABEL_EVENT_STATUS))
def set_event_status(event_id: int, status: str) -> EventRow:
    """Set only the status of an event (geplant, eingeladen, durchgeführt, abgesagt)."""
    record = get_or_fail(Event, event_id, WHAT)
    record.status = check.choice(status, EventStatus, "Status").value
    record.save()
    return get_event(event_id)


def suggest_next_start(event_id: int) -> dt.datetime:
    """Suggest the start of the next event of this kind (the same gap as last time).

    Structure conferences are twice a year, so without history the gap is six months;
    other kinds repeat after three months.
    """
    event = get_event(event_id)
    earlier = (
        Event.select(Event.start)
        .where((Event.kind == event.kind) & (Event.start < event.start))
        .order_by(Event.start.desc())
        .first()
    )
    if earlier is not None and (event.start - earlier.start).days >= 7:
        gap: dt.timedelta = event.start - earlier.start
        return event.start + gap
    months = 6 if event.kind == EventKind.STRUCTURE_CONFERENCE else 3
    month_index = event.start.month - 1 + months
    year, month = event.start.year + month_index // 12, month_index % 12 + 1
    return event.start.replace(year=year, month=month, day=min(event.start.day, 28))


@operation(label=labels.for_event(messages.LABEL_CLONE))
def clone_event(event_id: int, start: dt.datetime | None = None) -> EventRow:
    """Create the next event like this one (same kind, title, place, agenda), status geplant."""
    source = get_event(event_id)
    new_start = start or suggest_next_start(event_id)
    data = source.data()
    data.end = new_start + (source.end - source.start)
    data.start = new_start
    data.status = EventStatus.PLANNED.value
    data.minutes = ""
    return create_event(data)


def event_references(event_id: int) -> list[str]:
    """Return German phrases for what still belongs to the event."""
    return delete_blockers(Event._meta.table_name, event_id)


@operation(label=labels.deleting("Veranstaltung", Event))
def delete_event(event_id: int) -> None:
    """Delete an event; refused while participations, agreements or gaps belong to it."""
    record = get_or_fail(Event, event_id, WHAT)
    references = event_references(event_id)
    if references:
        raise ReferencedError(
            messages.EVENT_REFERENCED.format(title=record.title, what=join_phrases(references))
        )
    clear_references(Event._meta.table_name, event_id)
    record.delete_instance()


def get_event(event_id: int) -> EventRow:
    """Return one event with its counts."""
    rows = list_events(ids=[event_id])
    if not rows:
        get_or_fail(Event, event_id, WHAT)
    return rows[0]


def _status_counts(ids: list[int] | None) -> dict[int, dict[str, int]]:
    query = Participation.select(Participation.event, Participation.status, fn.COUNT(1))
    if ids is not None:
        query = query.where(Participation.event.in_(ids))
    result: dict[int, dict[str, int]] = {}
    grouped = query.group_by(Participation.event, Participation.status)
    for event_id, status, count in tuple_rows(grouped):
        result.setdefault(event_id, {})[status] = count
    return result


def list_events(
    search: str = "",
    *,
    year: int | None = None,
    start_from: dt.datetime | None = None,
    start_before: dt.datetime | None = None,
    kind: str | None = None,
    ids: list[int] | None = None,
    external: bool | None = None,
) -> list[EventRow]:
    """Return events sorted by start; ``search`` matches title, kind, place, organiser, agenda.

    ``external``: True for only the events of other bodies, False for only our own, None for
    both.
    """
    query = (
        Event.select(Event, Organisation.name.alias("organiser_name"))
        .join(Organisation, JOIN.LEFT_OUTER, on=(Event.organiser == Organisation.id))
        .order_by(Event.start, Event.id)
    )
    if year is not None:
        start_from = max(start_from or dt.datetime.min, dt.datetime(year, 1, 1))
        start_before = min(start_before or dt.datetime.max, dt.datetime(year + 1, 1, 1))
    if start_from is not None:
        query = query.where(Event.start >= start_from)
    if start_before is not None:
        query = query.where(Event.start < start_before)
    if kind is not None:
        query = query.where(Event.kind == check.choice(kind, EventKind, "Art").value)
    if ids is not None:
        query = query.where(Event.id.in_(ids))
    if external is not None:
        others = Event.external_organiser != ""
        query = query.where(others if external else ~others)
    areas = links_by_owner(EventLegalArea, "event", ids)
    counts = _status_counts(ids)
    fields = EventRow.__dataclass_fields__
    rows = []
    for values in dict_rows(query):
        values["organiser_id"] = values.pop("organiser")
        values["organiser_name"] = values["organiser_name"] or ""
        row = EventRow(
            **{k: v for k, v in values.items() if k in fields},
            legal_areas=areas.get(values["id"], ()),
            counts=counts.get(values["id"], {}),
        )
        row.search_text = fold(
            " ".join(
                (
                    row.title,
                    row.kind_label,
                    row.status_label,
                    row.place,
                    row.organiser_name,
                    row.external_organiser,
                    row.staff,
                    "extern" if row.external else "",
                    row.agenda,
                    row.legal_area_labels,
                )
            )
        )
        rows.append(row)
    return filter_rows(rows, search)


def event_years() -> list[int]:
    """Return the years that have events, newest last."""
    query = Event.select(fn.DISTINCT(fn.strftime("%Y", Event.start)))
    return sorted(int(year) for (year,) in tuple_rows(query) if year)


def staff_names(text: str) -> list[str]:
    """Split "Teilgenommen haben" into names: at commas, semicolons, line breaks and "und".

    Separators inside parentheses stay ("A. Schmidt (Koordination, Leitung)" is one name).
    """
    names, current, depth = [], "", 0
    for char in text.replace(" und ", ",").replace(" & ", ","):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ",;\n" and depth <= 0:
            names.append(current)
            current, depth = "", 0
        else:
            current += char
    names.append(current)
    return [name.strip() for name in names if name.strip()]


@dataclass(slots=True, frozen=True)
class ExternalCount:
    """External activities of one kind at one organiser, for the report and the statistics.

    ``events``: not cancelled; ``held``: of those, marked "durchgeführt"; ``staff``: the
    attendances of the Verbund's staff (names in "Teilgenommen haben", one per person and event);
    ``hours``: the hours given on those events.
    """

    organiser: str
    kind: str
    events: int
    held: int
    staff: int
    hours: float

    @property
    def kind_label(self) -> str:
        return EventKind(self.kind).label


def count_external(year: int | None = None) -> list[ExternalCount]:
    """Count the external activities (of ``year``, else all) per organiser and kind.

    Cancelled events are left out: the Verbund did not take part. Organisers spelled with
    other capitals or spaces ("BMAS" / "bmas ") count as one, under the first spelling.
    """
    groups: dict[tuple[str, str], list[EventRow]] = {}
    spelling: dict[str, str] = {}
    for row in list_events(year=year, external=True):
        if row.status == EventStatus.CANCELLED:
            continue
        key = fold(" ".join(row.external_organiser.split()))
        spelling.setdefault(key, row.external_organiser)
        groups.setdefault((key, row.kind), []).append(row)
    result = [
        ExternalCount(
            organiser=spelling[key],
            kind=kind,
            events=len(rows),
            held=sum(1 for r in rows if r.status == EventStatus.HELD),
            staff=sum(len(staff_names(r.staff)) for r in rows),
            hours=sum(r.hours or 0 for r in rows),
        )
        for (key, kind), rows in groups.items()
    ]
    return sorted(result, key=lambda c: (fold(c.organiser), c.kind_label))
