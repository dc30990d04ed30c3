"""The large demo data set for benchmarks: 2,000 partners, 20,000 contacts, 3,000 events and
150,000 participations, written in bulk (validation is the small demo's job)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable

from peewee import Model, chunked

from aktif_desktop import messages
from aktif_desktop.demo_casework import LARGE as CASEWORK_SIZES
from aktif_desktop.demo_casework import load_casework
from aktif_desktop.demo_names import CITIES, FIRST_NAMES, FUNCTIONS, LAST_NAMES, STREETS, TOPICS
from aktif_desktop.domain import (
    LEGAL_AREAS,
    EventKind,
    EventStatus,
    OrganisationKind,
    OrganisationRole,
    ParticipationStatus,
)
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import settings
from aktif_desktop.services.common import legal_area_ids
from aktif_desktop.storage.models import (
    Contact,
    Event,
    EventLegalArea,
    Organisation,
    OrganisationLegalArea,
    Participation,
    database,
    now,
)
from aktif_desktop.text import fold

SIZES = {"organisations": 2_000, "contacts": 20_000, "events": 3_000, "participations": 150_000}


def _insert(model: type[Model], rows: Iterable[dict[str, object]]) -> None:
    for batch in chunked(rows, 2_000):
        model.insert_many(batch).execute()


def load_large_demo(seed: int = 7, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty database with the benchmark data set in one transaction."""
    if Organisation.select().exists() or Contact.select().exists():
        raise ValidationError(messages.DEMO_NOT_EMPTY)
    rng = random.Random(seed)
    today = today or dt.date.today()
    stamp = now()
    areas = legal_area_ids()
    kinds, roles = list(OrganisationKind), list(OrganisationRole)
    with database.atomic():
        settings.save_settings(settings.Settings(verbund_name="Großverbund Leistungstest"))
        org_rows = []
        for index in range(SIZES["organisations"]):
            city, postcode = CITIES[index % len(CITIES)]
            name = f"{kinds[index % len(kinds)].label} {city} {index + 1:04d}"
            org_rows.append(
                {
                    "id": index + 1,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "name": name,
                    "name_key": fold(name),
                    "kind": kinds[index % len(kinds)].value,
                    "role": roles[index % len(roles)].value,
                    "street": f"{STREETS[index % len(STREETS)]} {index % 90 + 1}",
                    "postcode": postcode,
                    "city": city,
                    "phone": f"0341 {100000 + index}",
                    "email": f"info{index}@partner.example",
                    "website": "",
                    "notes": "",
                    "active": index % 25 != 0,
                }
            )
        _insert(Organisation, org_rows)
        area_codes = list(LEGAL_AREAS)
        _insert(
            OrganisationLegalArea,
            (
                {
                    "organisation": org + 1,
                    "legal_area": areas[code],
                    "created_at": stamp,
                    "updated_at": stamp,
                }
                for org in range(SIZES["organisations"])
                for code in {area_codes[org % 10], area_codes[(org * 7) % 10]}
            ),
        )
        _insert(
            Contact,
            (
                {
                    "id": index + 1,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "organisation": index % SIZES["organisations"] + 1,
                    "salutation": "",
                    "title": "",
                    "first_name": rng.choice(FIRST_NAMES),
                    "last_name": rng.choice(LAST_NAMES),
                    "function": rng.choice(FUNCTIONS),
                    "phone": f"0{rng.randint(30, 9999)} {rng.randint(10000, 999999)}",
                    "mobile": "",
                    "email": f"person{index + 1}@partner.example",
                    "topics": rng.choice(TOPICS),
                    "notes": "",
                    "active": True,
                    "consent_share": index % 3 != 0,
                    "consent_lists": True,
                    "verified_at": today - dt.timedelta(days=index % 800),
                }
                for index in range(SIZES["contacts"])
            ),
        )
        event_kinds = list(EventKind)
        first_day = dt.datetime(today.year - 4, 1, 1, 9, 0)
        event_rows = []
        for index in range(SIZES["events"]):
            start = first_day + dt.timedelta(days=index * 5 // 3, hours=index % 6)
            status = EventStatus.HELD if start.date() < today else EventStatus.PLANNED
            event_rows.append(
                {
                    "id": index + 1,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "kind": event_kinds[index % len(event_kinds)].value,
                    "title": f"{event_kinds[index % len(event_kinds)].label} Nr. {index + 1}",
                    "start": start,
                    "end": start + dt.timedelta(hours=3),
                    "place": "Rathaus",
                    "online_link": "",
                    "organiser": None,
                    "capacity": None,
                    "hours": 3.0,
                    "agenda": rng.choice(TOPICS),
                    "status": status.value,
                    "minutes": "",
                }
            )
        _insert(Event, event_rows)
        _insert(
            EventLegalArea,
            (
                {
                    "event": e + 1,
                    "legal_area": areas[area_codes[e % 10]],
                    "created_at": stamp,
                    "updated_at": stamp,
                }
                for e in range(SIZES["events"])
            ),
        )
        per_event = SIZES["participations"] // SIZES["events"]
        statuses = [ParticipationStatus.ATTENDED.value] * 7 + [
            ParticipationStatus.EXCUSED.value,
            ParticipationStatus.NO_SHOW.value,
            ParticipationStatus.REGISTERED.value,
        ]
        _insert(
            Participation,
            (
                {
                    "event": e + 1,
                    "contact": (e * 37 + k * 401) % SIZES["contacts"] + 1,
                    "status": statuses[(e + k) % len(statuses)],
                    "status_changed_at": stamp,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "note": "",
                    "invited_at": stamp,
                    "registered_at": stamp,
                }
                for e in range(SIZES["events"])
                for k in range(per_event)
            ),
        )
        casework = load_casework(today, sizes=CASEWORK_SIZES, seed=seed)
    return {**SIZES, **casework}
