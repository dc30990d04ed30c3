"""The overview: upcoming events, open agreements and gaps, the network's blind spots, and
the follow-ups (Wiedervorlagen) due of the Lotsen work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from aktif_desktop import clock
from aktif_desktop.domain import LEGAL_AREAS, EventStatus, ParticipationStatus
from aktif_desktop.services.common import tuple_rows
from aktif_desktop.services.conferences import (
    AgreementRow,
    SupplyGapRow,
    list_agreements,
    list_supply_gaps,
)
from aktif_desktop.services.events import EventRow, list_events
from aktif_desktop.services.followups import FollowUpCounts, FollowUpRow, counts, list_follow_ups
from aktif_desktop.storage.models import (
    Contact,
    Event,
    FollowUp,
    LegalArea,
    Organisation,
    OrganisationLegalArea,
    Participation,
)


@dataclass(slots=True)
class Dashboard:
    """What the Übersicht shows."""

    upcoming: list[EventRow] = field(default_factory=list)
    open_agreements: list[AgreementRow] = field(default_factory=list)
    open_gaps: list[SupplyGapRow] = field(default_factory=list)
    missing_legal_areas: list[str] = field(default_factory=list)
    organisation_count: int = 0
    contact_count: int = 0
    events_this_year: int = 0  # the Verbund's own events
    external_this_year: int = 0  # events organised by others the Verbund took part in
    follow_up_counts: FollowUpCounts = field(default_factory=lambda: FollowUpCounts(0, 0, 0))
    due_follow_ups: list[FollowUpRow] = field(default_factory=list)
    more_follow_ups: int = 0  # due within the week but beyond the listed ones


def represented_legal_areas(since: dt.datetime, until: dt.datetime) -> set[str]:
    """Return the legal areas of organisations whose staff attended events in the period."""
    query = (
        LegalArea.select(LegalArea.code)
        .join(OrganisationLegalArea)
        .join(Organisation)
        .join(Contact, on=(Contact.organisation == Organisation.id))
        .join(Participation, on=(Participation.contact == Contact.id))
        .join(Event, on=(Participation.event == Event.id))
        .where(
            (Participation.status == ParticipationStatus.ATTENDED.value)
            & (Event.start >= since)
            & (Event.start <= until)
        )
        .distinct()
    )
    return {code for (code,) in tuple_rows(query)}


def missing_legal_areas(today: dt.date | None = None) -> list[str]:
    """Return the codes of legal areas with no attendee in the last 12 months ("OTHER" aside)."""
    now = dt.datetime.combine(today or clock.today(), dt.time.max)
    since = now - dt.timedelta(days=365)
    present = represented_legal_areas(since, now)
    return [code for code in LEGAL_AREAS if code not in present and code != "OTHER"]


FOLLOW_UP_DAYS = 7  # the list shows what is overdue, due today or due within a week


def due_follow_ups(today: dt.date, limit: int) -> tuple[list[FollowUpRow], int]:
    """The open follow-ups due up to a week ahead, oldest first (at most ``limit``), and how
    many more there are. Ids are picked in SQL, then one listing query reads them."""
    due = FollowUp.select(FollowUp.id).where(
        FollowUp.done_on.is_null() & (FollowUp.due_on <= today + dt.timedelta(days=FOLLOW_UP_DAYS))
    )
    ids = [i for (i,) in tuple_rows(due.order_by(FollowUp.due_on, FollowUp.id).limit(limit))]
    rows = list_follow_ups(ids=ids) if ids else []
    return rows, max(0, due.count() - len(rows))


def load_dashboard(
    today: dt.date | None = None, upcoming_limit: int = 8, follow_up_limit: int = 50
) -> Dashboard:
    """Collect the overview in one call."""
    today = today or clock.today()
    start_of_day = dt.datetime.combine(today, dt.time.min)
    # Pick the few upcoming ids in SQL: list_events over every future event counted the
    # participations of all of them (0.5 s at start with the large demo).
    upcoming_ids = [
        event_id
        for (event_id,) in tuple_rows(
            Event.select(Event.id)
            .where((Event.start >= start_of_day) & (Event.status != EventStatus.CANCELLED.value))
            .order_by(Event.start, Event.id)
            .limit(upcoming_limit)
        )
    ]
    upcoming = list_events(ids=upcoming_ids) if upcoming_ids else []
    follow_ups, more = due_follow_ups(today, follow_up_limit)
    this_year = Event.start.year == today.year
    external = Event.external_organiser != ""
    return Dashboard(
        upcoming=upcoming,
        open_agreements=list_agreements(open_only=True),
        open_gaps=list_supply_gaps(open_only=True),
        missing_legal_areas=missing_legal_areas(today),
        organisation_count=Organisation.select().where(Organisation.active == True).count(),  # noqa: E712
        contact_count=Contact.select().where(Contact.active == True).count(),  # noqa: E712
        events_this_year=Event.select().where(this_year & ~external).count(),
        external_this_year=Event.select().where(this_year & external).count(),
        follow_up_counts=counts(),
        due_follow_ups=follow_ups,
        more_follow_ups=more,
    )
