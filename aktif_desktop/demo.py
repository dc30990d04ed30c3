"""The demo Verbund: a realistic fictional network, built through the services.

``load_demo`` fills an empty database with partners of every kind, contacts with direct
numbers, a year plan of about 40 events with invitations and recorded attendance, and the
agreements and supply gaps of two structure conferences. Randomness is seeded: the same
demo every time.
"""

from __future__ import annotations

import datetime as dt
import random

from aktif_desktop import messages
from aktif_desktop.demo_casework import load_casework
from aktif_desktop.demo_names import (
    CITIES,
    FIRST_NAMES,
    FUNCTIONS,
    LAST_NAMES,
    PARTNERS,
    STREETS,
    TOPICS,
    salutation_for,
)
from aktif_desktop.domain import (
    AgreementStatus,
    EventKind,
    EventStatus,
    ParticipationStatus,
    SupplyGapStatus,
)
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import (
    conferences,
    contacts,
    events,
    offers,
    organisations,
    participations,
    settings,
)
from aktif_desktop.services.common import transactional
from aktif_desktop.storage.models import Contact, Event, Organisation, Participation

# People the README and the tests refer to: umlauts, ß and names from across Europe.
FEATURED = (
    ("Jürgen", "Müller"),
    ("Łukasz", "Wójcik"),
    ("Ayşe", "Yılmaz"),
    ("Käthe", "Strauß"),
    ("Sören", "Weiß"),
    ("Miloš", "Dvořák"),
    ("Agnieszka", "Łęcki"),
)
# (kind, title, hours, capacity) of the year plan; dates are spread over the year.
PLAN: tuple[tuple[EventKind, str, float, int | None], ...] = (
    (EventKind.NETWORK_MEETING, "Netzwerktreffen Verbund Lindenau", 3, 40),
    (EventKind.WORKSHOP, "Workshop: Kinderzuschlag und Wohngeld richtig kombinieren", 4, 20),
    (EventKind.CONSULTATION_DAY, "Beratungstag Familienleistungen im Familienzentrum", 6, None),
    (EventKind.REGIONAL_MEETING, "Regionaltreffen Akti(F) Plus Ost", 5, 60),
    (EventKind.FAMILY_CONFERENCE, "Familienkonferenz", 2.5, 12),
    (EventKind.STRUCTURE_CONFERENCE, "Strukturkonferenz", 4, 35),
    (EventKind.TRANSFER_WORKSHOP, "Transferworkshop: Gute Praxis übertragen", 4, 25),
    (EventKind.ONLINE_EXCHANGE, "Online-Austausch der Fachkräfte", 1.5, 100),
    (EventKind.WORKSHOP, "Workshop: Bildung und Teilhabe – Anträge ohne Hürden", 3, 20),
    (EventKind.WORKSHOP, "Workshop: Übergang Schule – Beruf für Alleinerziehende", 4, 18),
)


def _phone(rng: random.Random, area: str) -> str:
    return f"0{area} {rng.randint(100, 999)} {rng.randint(10, 99)}-{rng.randint(10, 99)}"


def _month(today: dt.date, offset: int) -> tuple[int, int]:
    index = today.year * 12 + today.month - 1 + offset
    return index // 12, index % 12 + 1


def _events_plan(today: dt.date) -> list[tuple[EventKind, str, float, int | None, dt.datetime]]:
    """About 40 events from seven months back to five months ahead of ``today``.

    Monthly network meetings, family conferences every other month, a structure conference
    seven and one month ago (with results) and one ahead, and workshops in between.
    """
    plan = []
    for offset in range(-7, 6):
        year, month = _month(today, offset)
        kind, title, hours, capacity = PLAN[0]
        plan.append(
            (
                kind,
                f"{title} {month:02d}/{year}",
                hours,
                capacity,
                dt.datetime(year, month, 8, 14, 0),
            )
        )
        if offset % 2 == 0:
            kind, title, hours, capacity = PLAN[4]
            plan.append((kind, title, hours, capacity, dt.datetime(year, month, 14, 15, 0)))
        if offset in (-7, -1, 5):
            kind, title, hours, capacity = PLAN[5]
            half = "Frühjahr" if month <= 6 else "Herbst"
            plan.append(
                (kind, f"{title} {half} {year}", hours, capacity, dt.datetime(year, month, 3, 9, 0))
            )
    others = [entry for index, entry in enumerate(PLAN) if index not in (0, 4, 5)]
    offset = -7
    while len(plan) < 42:
        year, month = _month(today, offset)
        kind, title, hours, capacity = others[len(plan) % len(others)]
        day = 20 if len(plan) % 2 else 24
        plan.append((kind, title, hours, capacity, dt.datetime(year, month, day, 9, 30)))
        offset = offset + 1 if offset < 5 else -7
    return sorted(
        (
            (kind, title, hours, capacity, _on_weekday(start))
            for kind, title, hours, capacity, start in plan
        ),
        key=lambda entry: entry[4],
    )


def _on_weekday(start: dt.datetime) -> dt.datetime:
    """Move a Saturday or Sunday to the following Monday: the network meets on workdays."""
    return start + dt.timedelta(days=7 - start.weekday()) if start.weekday() >= 5 else start


@transactional
def load_demo(today: dt.date | None = None, seed: int = 2026) -> dict[str, int]:
    """Fill an empty database with the demo Verbund; return how many records were made."""
    if Organisation.select().exists() or Contact.select().exists() or Event.select().exists():
        raise ValidationError(messages.DEMO_NOT_EMPTY)
    today = today or dt.date.today()
    rng = random.Random(seed)
    settings.save_settings(
        settings.Settings(
            verbund_name="Familienverbund Lindenau",
            signatory_name="Dr. Henriette Weißgerber",
            signatory_function="Netzwerkkoordination",
            place_of_issue="Lindenau",
        )
    )
    org_rows, contact_rows = _partners(rng, today)
    event_rows = _year_plan(rng, org_rows, today)
    _participations(rng, event_rows, contact_rows, today)
    _plausible_stamps(event_rows, today, seed)
    _conference_results(event_rows, org_rows, today)
    external = _external_activities(today)
    casework = load_casework(today, seed=seed)
    return {
        "organisations": len(org_rows),
        "contacts": len(contact_rows),
        "events": len(event_rows) + len(external),
        "participations": Participation.select().count(),
        **casework,
    }


EXTERNAL = (
    ("BMAS", "BMAS-Vernetzungstreffen Akti(F) Plus", -75, "Netzwerkkoordination, Lotsin"),
    ("Vernetzungsstelle Akti(F) Plus", "Regionaltreffen Ost", -30, "Netzwerkkoordination"),
    ("Digitale Netzwerkstunde", "Digitale Netzwerkstunde: Kinderzuschlag", 21, "Lotse"),
)


def _external_activities(today: dt.date) -> list[events.EventRow]:
    """Events run by others that the Verbund's staff attend (counted separately)."""
    rows = []
    for organiser, title, offset, staff in EXTERNAL:
        start = _on_weekday(dt.datetime.combine(today + dt.timedelta(days=offset), dt.time(10)))
        past = start.date() < today
        rows.append(
            events.create_event(
                events.EventData(
                    kind=EventKind.ONLINE_EXCHANGE.value,
                    title=title,
                    start=start,
                    end=start + dt.timedelta(hours=2),
                    online_link="https://meet.example.org/vernetzung",
                    hours=2,
                    status=(EventStatus.HELD if past else EventStatus.INVITED).value,
                    external_organiser=organiser,
                    staff=staff,
                )
            )
        )
    return rows


def _partners(
    rng: random.Random, today: dt.date
) -> tuple[list[organisations.OrganisationRow], list[contacts.ContactRow]]:
    org_rows, contact_rows = [], []
    used_names: set[tuple[str, str]] = set()
    for index, (name, kind, role, areas, offer_names) in enumerate(PARTNERS):
        city, postcode = CITIES[index % len(CITIES)]
        area_code = f"3{rng.randint(4000, 9999)}"
        org = organisations.create_organisation(
            organisations.OrganisationData(
                name=name,
                kind=kind.value,
                role=role.value,
                street=f"{STREETS[index % len(STREETS)]} {rng.randint(1, 80)}",
                postcode=postcode,
                city=city,
                phone=_phone(rng, area_code[1:]),
                email=f"info@{_domain(name)}",
                website=f"https://www.{_domain(name)}",
                legal_areas=areas,
                active=index != len(PARTNERS) - 1,
            )
        )
        org_rows.append(org)
        people = []
        for number in range(rng.randint(2, 5)):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if number == 0 and index < len(FEATURED):
                first, last = FEATURED[index]
            while (first, last) in used_names:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            used_names.add((first, last))
            verified = today - dt.timedelta(days=rng.choice((20, 90, 200, 300, 400, 700)))
            person = contacts.create_contact(
                contacts.ContactData(
                    organisation_id=org.id,
                    first_name=first,
                    last_name=last,
                    # Drawn as before (the same demo), then made to match the first name.
                    salutation=rng.choice(("Frau", "Herr", "")) and salutation_for(first),
                    title=rng.choice(("", "", "", "Dr.")),
                    function=rng.choice(FUNCTIONS),
                    phone=_phone(rng, area_code[1:]),
                    mobile=f"015{rng.randint(1, 9)} {rng.randint(1000000, 9999999)}",
                    email=f"{_mail_part(first)}.{_mail_part(last)}@{_domain(name)}",
                    topics=", ".join(rng.sample(TOPICS, 2)),
                    consent_share=rng.random() < 0.8,
                    consent_lists=True,  # consent is no longer a default (issue 12, item 9)
                    verified_at=verified,
                )
            )
            people.append(person)
        contact_rows += people
        for offer in offer_names:
            offers.create_service(
                offers.ServiceData(
                    organisation_id=org.id,
                    name=offer,
                    legal_areas=areas,
                    target_group=rng.choice(
                        ("Familien", "Alleinerziehende", "Fachkräfte", "Eltern")
                    ),
                    contact_id=people[0].id,
                    description=f"{offer} für Familien im Landkreis Lindenau.",
                )
            )
    return org_rows, contact_rows


def _year_plan(
    rng: random.Random, org_rows: list[organisations.OrganisationRow], today: dt.date
) -> list[events.EventRow]:
    rows = []
    for kind, title, hours, capacity, start in _events_plan(today):
        online = kind == EventKind.ONLINE_EXCHANGE
        past = start.date() < today
        status = (
            EventStatus.HELD
            if past
            else (EventStatus.INVITED if (start.date() - today).days < 60 else EventStatus.PLANNED)
        )
        rows.append(
            events.create_event(
                events.EventData(
                    kind=kind.value,
                    title=title,
                    start=start,
                    end=start + dt.timedelta(hours=hours + (0.5 if hours >= 4 else 0)),
                    place=""
                    if online
                    else rng.choice(
                        (
                            "Familienzentrum Lindenau, Großer Saal",
                            "Rathaus Grünfelde, Raum 1.12",
                            "Mehrgenerationenhaus Weißenbach",
                            "Landratsamt Lindenau, Sitzungssaal",
                        )
                    ),
                    online_link="https://meet.example.org/aktif-austausch" if online else "",
                    organiser_id=org_rows[0].id if kind == EventKind.FAMILY_CONFERENCE else None,
                    capacity=capacity,
                    hours=hours,
                    status=status.value,
                    agenda="\n".join(rng.sample(TOPICS, 3)),
                    legal_areas=tuple(
                        rng.sample(("SGB2", "SGB3", "SGB8", "SGB12", "BKGG", "WOGG"), 2)
                    ),
                    minutes="Protokoll liegt vor." if past else "",
                )
            )
        )
    return rows


def _participations(
    rng: random.Random,
    event_rows: list[events.EventRow],
    contact_rows: list[contacts.ContactRow],
    today: dt.date,
) -> None:
    # SGB VII partners never take part: the dashboard shows that blind spot.
    sgb7 = {org.id for org in organisations.list_organisations() if "SGB7" in org.legal_areas}
    pool = [c for c in contact_rows if c.organisation_id not in sgb7]
    for event in event_rows:
        limit = min(len(pool), (event.capacity or 30) + 4)
        for person in rng.sample(pool, rng.randint(min(limit, 8), limit)):
            change = participations.add_participant(event.id, person.id)
            if event.status == EventStatus.PLANNED and rng.random() < 0.5:
                continue
            outcome = rng.random()
            if outcome < 0.12:
                participations.set_status(change.row.id, ParticipationStatus.EXCUSED.value)
                continue
            registered = participations.set_status(change.row.id, ParticipationStatus.REGISTERED)
            if event.start.date() < today and registered.row.status == "registered":
                final = (
                    ParticipationStatus.NO_SHOW if outcome > 0.92 else ParticipationStatus.ATTENDED
                )
                participations.set_status(change.row.id, final.value)


def _plausible_stamps(event_rows: list[events.EventRow], today: dt.date, seed: int) -> None:
    """Date invitations, registrations and attendance as they would have happened.

    The services stamp the moment of the call; for a demo built in one second that would be
    "today" for a meeting held months ago. Invitations go out four to six weeks before the
    event (never after today), registrations follow within two weeks, attendance is taken
    at the event.
    """
    latest = dt.datetime.combine(today, dt.time(8, 0))
    for event in event_rows:
        rng = random.Random(seed * 1000 + event.id)  # its own stream: the demo stays the same
        for record in Participation.select().where(Participation.event == event.id):
            invited = min(event.start - dt.timedelta(days=rng.randint(28, 42)), latest)
            invited = invited.replace(hour=rng.randint(8, 15), minute=rng.choice((0, 15, 30, 45)))
            invited = min(invited, latest)
            stamps = {"invited_at": invited, "created_at": invited}
            last = invited
            if record.registered_at is not None:
                last = min(invited + dt.timedelta(days=rng.randint(1, 14), hours=2), latest)
                stamps["registered_at"] = last
            if record.waitlisted_at is not None:
                stamps["waitlisted_at"] = last
            if record.attended_at is not None:
                last = event.start + dt.timedelta(minutes=rng.randint(0, 20))
                stamps["attended_at"] = last
            elif record.status in (ParticipationStatus.NO_SHOW, ParticipationStatus.EXCUSED):
                last = event.end if record.status == ParticipationStatus.NO_SHOW else last
                last = min(last, max(latest, event.end))
            stamps["status_changed_at"] = stamps["updated_at"] = last
            Participation.update(**stamps).where(Participation.id == record.id).execute()


def _conference_results(
    event_rows: list[events.EventRow], org_rows: list[organisations.OrganisationRow], today: dt.date
) -> None:
    structure = [
        e for e in event_rows if e.kind == EventKind.STRUCTURE_CONFERENCE and e.start.date() < today
    ]
    first, second = structure[0], structure[1]
    agreements = (
        (
            first,
            "Jobcenter Lindenau",
            "Sprechstunde im Familienzentrum einmal im Monat anbieten",
            AgreementStatus.DONE,
        ),
        (
            first,
            "Familienkasse Sachsen-Ost",
            "Infoblatt Kinderzuschlag in leichter Sprache",
            AgreementStatus.IN_PROGRESS,
        ),
        (
            first,
            "Jugendamt Landkreis Lindenau",
            "Ansprechperson für Alleinerziehende benennen",
            AgreementStatus.OPEN,
        ),
        (
            second,
            "Wohngeldstelle Lindenau",
            "Gemeinsamer Antragstag Wohngeld und Kinderzuschlag",
            AgreementStatus.OPEN,
        ),
        (
            second,
            "Netzwerkkoordination",
            "Goldene Telefonnummern aktualisieren und verteilen",
            AgreementStatus.OPEN,
        ),
    )
    for event, who, what, status in agreements:
        conferences.create_agreement(
            event.id,
            conferences.AgreementData(
                who=who,
                what=what,
                status=status.value,
                due=(event.start + dt.timedelta(days=90)).date(),
            ),
        )
    gaps = (
        (
            first,
            "Keine Kinderbetreuung während Sprachkursen",
            ("SGB2", "SGB8"),
            SupplyGapStatus.IN_PROGRESS,
        ),
        (first, "Lange Bearbeitungszeiten beim Wohngeld", ("WOGG",), SupplyGapStatus.OPEN),
        (
            second,
            "Kaum Beratung zu Leistungen nach Arbeitsunfällen",
            ("SGB7",),
            SupplyGapStatus.OPEN,
        ),
        (second, "Fehlende Teilzeitausbildungsplätze", ("SGB3",), SupplyGapStatus.CLOSED),
    )
    for event, title, areas, gap_status in gaps:
        conferences.create_supply_gap(
            event.id,
            conferences.SupplyGapData(
                title=title,
                legal_areas=areas,
                status=gap_status.value,
                description="In der Strukturkonferenz benannt.",
            ),
        )


def _domain(name: str) -> str:
    # "Erziehungs- und ..." gives "erziehungs": no "--" in a domain.
    word = _mail_part(name.split()[0]).strip("-")
    return f"{word}-lindenau.example"


def _mail_part(text: str) -> str:
    from aktif_desktop.text import fold

    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == "-")
