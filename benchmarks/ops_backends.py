"""The same work on the shared PostgreSQL database beside the SQLite file (issue 15, goal 7).

Product: the operation through the services on PostgreSQL (the large demo built there the
same way); floor: the very same call on the SQLite file. Goal: ≤ 2× SQLite. Parts:

* ``event``: open the 500-participant event (the event and its participant rows);
* ``search``: load the contact list the search filters (20,000 rows);
* ``attendance``: mark 100 participants as attended and back (two operations);
* ``import``: the 10,000-row xlsx into a fresh copy (each run gets its own copy);
* ``report``: the period report over the last 365 days.

Runs only when ``run.py`` got a server (``AKTIF_BENCH_PG`` or ``AKTIF_TEST_PG``).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.harness import Timed, measure_pair


def _opener(location: str) -> Callable[[], None]:
    def open_it() -> None:
        from aktif_desktop.storage.db import close_database, open_database

        close_database()
        open_database(location, check="schema")

    return open_it


def _event(ctx: dict[str, Any]) -> Callable[[object], None]:
    def run(_: object) -> None:
        from aktif_desktop.services import events, participations

        events.get_event(int(ctx["list_event_id"]))
        participations.list_participants(int(ctx["list_event_id"]))

    return run


def _search(_ctx: dict[str, Any]) -> Callable[[object], None]:
    def run(_: object) -> None:
        from aktif_desktop.services import contacts

        contacts.list_contacts()

    return run


def _attendance(ctx: dict[str, Any]) -> Callable[[object], None]:
    def run(_: object) -> None:
        from aktif_desktop import clock
        from aktif_desktop.services import events, participations

        event_id = int(ctx["list_event_id"])
        rows = participations.list_participants(event_id)[:100]
        # Attendance can only be recorded once the event has begun (it may lie ahead).
        with clock.frozen(events.get_event(event_id).start + dt.timedelta(hours=1)):
            for status in ("attended", "registered"):
                for row in rows:
                    participations.set_status(row.id, status)

    return run


def _report(_ctx: dict[str, Any]) -> Callable[[object], None]:
    def run(_: object) -> None:
        from aktif_desktop.services.report import build_report

        today = dt.date.today()
        build_report(today - dt.timedelta(days=365), today)

    return run


_PARTS = {"event": _event, "search": _search, "attendance": _attendance, "report": _report}


def _import_pair(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    from aktif_desktop.imports.engine import ImportPlan, run_import
    from aktif_desktop.storage.db import close_database, open_database
    from tests import pg_support

    xlsx = Path(ctx["import_file"])
    work = Path(ctx["work"]) / "backends-import"
    work.mkdir(exist_ok=True)
    made: list[str] = []

    def server_copy() -> None:
        close_database()
        for name in made:
            pg_support.drop_database(name)
        made.clear()
        made.append(pg_support.create_database(template=ctx["pg_template"], prefix="aktif_bimp"))
        open_database(pg_support.url_for(made[-1]), check="schema")

    def file_copy() -> None:
        close_database()
        target = work / "copy.db"
        shutil.copyfile(ctx["db"], target)
        open_database(target, check="schema")

    def run(_: object) -> None:
        run_import(ImportPlan.from_file(xlsx, "contacts"), commit=True)

    try:
        return measure_pair(
            Timed(run, server_copy), Timed(run, file_copy), repeat, warmup=not ctx.get("quick")
        )
    finally:
        close_database()
        for name in made:
            pg_support.drop_database(name)


def measure(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    if not ctx.get("pg_db"):
        return {"missing": "kein PostgreSQL-Server (AKTIF_BENCH_PG oder AKTIF_TEST_PG setzen)"}
    part = str(ctx["part"])
    if part == "import":
        result = _import_pair(ctx, repeat)
    else:
        run = _PARTS[part](ctx)
        result = measure_pair(
            Timed(run, _opener(ctx["pg_db"])),
            Timed(run, _opener(ctx["db"])),
            repeat,
            warmup=not ctx.get("quick"),
        )
    result["note"] = "PostgreSQL (product) against the SQLite file (floor), same data"
    return result
