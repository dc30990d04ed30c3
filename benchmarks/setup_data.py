"""The data the benchmarks run on: the large demo plus two events and one file to import.

The large demo has 50 people per event; the issue asks for an event of 500 (opening it, its
signature list) and for 1,000 certificates, so two events are added here, and a 10,000-row
spreadsheet of new contacts is written for the import.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass
from pathlib import Path

from peewee import chunked

from aktif_desktop.demo_large import load_large_demo
from aktif_desktop.demo_names import FIRST_NAMES, FUNCTIONS, LAST_NAMES
from aktif_desktop.domain import EventKind, EventStatus, ParticipationStatus
from aktif_desktop.services import events
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.models import Organisation, Participation, database, now

LIST_SIZE = 500
CERTIFICATE_COUNT = 1_000
IMPORT_ROWS = 10_000


@dataclass(frozen=True)
class BenchData:
    """Where the prepared data is: the database, the two event ids, the file to import."""

    db: Path
    list_event_id: int
    list_size: int
    certificate_event_id: int
    import_file: Path
    demo_seconds: float


def _event(title: str, start: dt.datetime, status: EventStatus) -> int:
    data = events.EventData(
        kind=EventKind.WORKSHOP.value,
        title=title,
        start=start,
        end=start + dt.timedelta(hours=6),
        place="Bürgerhaus Südvorstadt, Großer Saal",
        hours=6.0,
        agenda="Kinderzuschlag, Wohngeld und Bildung und Teilhabe: Übergänge zwischen SGB II "
        "und SGB VIII",
        status=status.value,
        legal_areas=("SGB2", "SGB8", "BKGG"),
    )
    return events.create_event(data).id


def _participants(event_id: int, contact_ids: range, status: ParticipationStatus) -> None:
    # Bulk insert like the large demo itself: 1,500 single service calls would make the
    # set-up, not the benchmark, the slow part of a --quick run.
    stamp = now()
    rows = [
        {
            "event": event_id,
            "contact": contact_id,
            "status": status.value,
            "status_changed_at": stamp,
            "created_at": stamp,
            "updated_at": stamp,
            "note": "",
            "invited_at": stamp,
            "registered_at": stamp,
            "attended_at": stamp if status == ParticipationStatus.ATTENDED else None,
        }
        for contact_id in contact_ids
    ]
    with database.atomic():
        for batch in chunked(rows, 1_000):
            Participation.insert_many(batch).execute()


def write_import_file(path: Path, organisation_names: list[str], rows: int = IMPORT_ROWS) -> None:
    """A partner's contact list as people send it: German headers, one row per person."""
    from openpyxl import Workbook

    rng = random.Random(11)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Ansprechpersonen")
    sheet.append(["Anrede", "Vorname", "Nachname", "Funktion", "Einrichtung", "Telefon", "E-Mail"])
    for index in range(rows):
        sheet.append(
            [
                rng.choice(["Frau", "Herr", ""]),
                rng.choice(FIRST_NAMES),
                rng.choice(LAST_NAMES),
                rng.choice(FUNCTIONS),
                organisation_names[index % len(organisation_names)],
                f"0{rng.randint(30, 9999)} {rng.randint(10000, 999999)}",
                f"neu{index + 1}@import.example",
            ]
        )
    workbook.save(path)


def prepare_on(location: str | Path, folder: Path) -> tuple[int, int, float]:
    """The large demo and the benchmark's two events in the database at ``location``; return
    the ids of the two events and the demo's build time (the same ids on every backend)."""
    open_database(location)
    started = time.perf_counter()
    load_large_demo()
    demo_seconds = time.perf_counter() - started
    today = dt.date.today()
    list_event = _event(
        "Fachtag Familienarmut – Leistungstest mit 500 Anmeldungen",
        dt.datetime.combine(today + dt.timedelta(days=30), dt.time(9)),
        EventStatus.INVITED,
    )
    _participants(list_event, range(1, LIST_SIZE + 1), ParticipationStatus.REGISTERED)
    certificate_event = _event(
        "Großer Netzwerktag Akti(F) Plus – Leistungstest mit 1.000 Teilnehmenden",
        dt.datetime.combine(today - dt.timedelta(days=14), dt.time(9)),
        EventStatus.HELD,
    )
    _participants(
        certificate_event, range(1_001, 1_001 + CERTIFICATE_COUNT), ParticipationStatus.ATTENDED
    )
    close_database()
    return list_event, certificate_event, demo_seconds


def prepare(folder: Path) -> BenchData:
    """Build the large demo in ``folder`` (timed) and add the benchmark's own data."""
    db = folder / "large.db"
    list_event, certificate_event, demo_seconds = prepare_on(db, folder)
    open_database(db)
    names = [name for (name,) in Organisation.select(Organisation.name).tuples()]
    close_database()
    import_file = folder / "import-10000.xlsx"
    write_import_file(import_file, names)
    return BenchData(db, list_event, LIST_SIZE, certificate_event, import_file, demo_seconds)
