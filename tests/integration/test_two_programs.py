"""Two programs at once, with real processes: restore against a holder, writers that wait.

Issue 12 items 1 and 15, issue 20 class 5; on a shared PostgreSQL database too (issue 15):
the writers wait for a transaction another program holds open, the last seat goes once,
certificate numbers are drawn once. The lock file and the file restore are SQLite's alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from aktif_desktop.errors import DatabaseError
from aktif_desktop.services import session
from aktif_desktop.storage import locks
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.models import Contact, Organisation
from tests.other_program import APP_HOLDER, is_server

ROOT = Path(__file__).resolve().parents[2]
HOLDER = Path(__file__).with_name("db_holder.py")
FILE_BUSY = "Ein anderes Programm schreibt gerade in die Datenbank"
SERVER_BUSY = "Jemand anderes bearbeitet gerade dieselben Einträge"
ABOUT_THE_FILE = pytest.mark.sqlite_only(
    reason="the lock file beside the database and restoring a file: a server has neither"
)


def _busy(db: Path | str) -> str:
    """The start of the German "someone else writes" sentence for this backend."""
    return SERVER_BUSY if is_server(db) else FILE_BUSY


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


@contextmanager
def holder(database: Path | str, mode: str = "open") -> Iterator[subprocess.Popen[str]]:
    """The database held by another program; ``write``: inside an open write transaction
    (on a file ``BEGIN IMMEDIATE``, on a server the app's own transaction)."""
    command = [sys.executable, str(HOLDER), str(database), mode]
    if is_server(database):
        assert mode == "write", "on a server only a write transaction holds anything"
        command = [sys.executable, "-c", APP_HOLDER, str(database)]
    child = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "ready", child.stderr.read() if child.stderr else line
        yield child
    finally:
        child.communicate("\n", timeout=60)


def cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "aktif_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )


@ABOUT_THE_FILE
def test_the_lock_file_lies_beside_the_database_not_in_tmpdir(db: Path) -> None:
    assert locks.lock_path(db) == db.with_name("aktif.db.lock")
    assert locks.lock_path(db).exists() and locks.held_here(db)
    close_database()
    assert not locks.held_here(db)


@ABOUT_THE_FILE
def test_gui_restore_is_refused_while_a_cli_process_writes(demo_db: Path) -> None:
    copy = session.make_backup()
    close_database()
    refused = pytest.raises(DatabaseError, match="noch in einem anderen Programm geöffnet")
    with holder(demo_db, "write"), refused:
        session.restore_backup(copy, demo_db)
    # The holder's write (committed after the refusal) is in the database, nothing lost.
    open_database(demo_db)
    assert Organisation.get_or_none(Organisation.name == "Halter") is not None
    close_database()


@ABOUT_THE_FILE
def test_restore_is_refused_while_the_holder_has_it_open_even_with_another_tmpdir(
    demo_db: Path, tmp_path: Path
) -> None:
    copy = session.make_backup()
    close_database()
    before = demo_db.read_bytes()
    with holder(demo_db):
        env = _env()
        env["TMPDIR"] = str(tmp_path)
        done = subprocess.run(
            [sys.executable, "-m", "aktif_desktop", "--db", str(demo_db), "restore", str(copy)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        assert done.returncode == 1
        assert "noch in einem anderen Programm geöffnet" in done.stderr
        assert "unerwarteter Fehler" not in done.stderr
        assert demo_db.read_bytes() == before
    done = subprocess.run(
        [sys.executable, "-m", "aktif_desktop", "--db", str(demo_db), "restore", str(copy)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_a_writer_holding_the_lock_makes_ten_attends_wait_not_fail(demo_db: Path) -> None:
    people = [c.id for c in Contact.select().limit(10)]
    from aktif_desktop.storage.models import Event

    event = Event.select().first().id
    close_database()
    with holder(demo_db, "write") as child:
        runs = [
            cli(
                "--db",
                str(demo_db),
                "attend",
                "--event",
                str(event),
                "--contact",
                str(p),
                "--status",
                "attended",
            )
            for p in people
        ]
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        results = [run.communicate(timeout=120) for run in runs]
    busy = _busy(demo_db)
    for run, (_out, err) in zip(runs, results, strict=True):
        assert "unerwarteter Fehler" not in err
        assert "database is locked" not in err
        assert run.returncode == 0 or busy in err or "Fehler:" in err, err
    assert not any(busy in err for _out, err in results)  # the holder let go well in time


def test_after_the_busy_timeout_the_writer_is_told_in_german(demo_db: Path) -> None:
    person = Contact.select().first().id
    from aktif_desktop.storage.models import Event

    event = Event.select().first().id
    close_database()
    with holder(demo_db, "write"):
        run = cli(
            "--db",
            str(demo_db),
            "attend",
            "--event",
            str(event),
            "--contact",
            str(person),
            "--status",
            "attended",
        )
        _out, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert _busy(demo_db) in err and "unerwarteter Fehler" not in err


PARALLEL_REGISTRATION = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from aktif_desktop.errors import AktifError
from aktif_desktop.services import participations
from aktif_desktop.storage.db import close_database, open_database
open_database(sys.argv[1])  # a file or a server URL
try:
    change = participations.add_participant(int(sys.argv[2]), int(sys.argv[4]), "registered")
    print("ok", change.row.status if hasattr(change, "row") else "")
except AktifError as error:
    print("refused", error.message)
close_database()
"""


def test_twenty_processes_registering_for_the_last_seat_all_finish(demo_db: Path) -> None:
    from aktif_desktop.services import participations
    from aktif_desktop.storage.models import Event, Participation

    event = Event.select().where(Event.status == "planned").first()
    taken = participations.seats_taken(event.id)
    Event.update(capacity=taken + 1).where(Event.id == event.id).execute()
    on_list = {p.contact_id for p in Participation.select().where(Participation.event == event)}
    free = [c.id for c in Contact.select() if c.id not in on_list][:20]
    assert len(free) == 20
    close_database()
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                PARALLEL_REGISTRATION,
                str(demo_db),
                str(event.id),
                str(ROOT),
                str(person),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for person in free
    ]
    results = [run.communicate(timeout=180) for run in runs]
    for run, (out, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
        assert out.startswith("ok") or _busy(demo_db) in out, out
    open_database(demo_db)
    assert participations.seats_taken(event.id) == taken + 1  # the last seat went once
    waiting = Participation.select().where(
        (Participation.event == event.id) & (Participation.status == "waitlisted")
    )
    assert waiting.count() == sum(1 for _o, _e in results) - 1


PARALLEL_CERTIFICATES = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from aktif_desktop.errors import AktifError
from aktif_desktop.services import certificates
from aktif_desktop.storage.db import close_database, open_database
open_database(sys.argv[1])  # a file or a server URL
try:
    print("ok", len(certificates.issue_for_event(int(sys.argv[2]))))
except AktifError as error:
    print("refused", error.message)
close_database()
"""


def test_certificates_for_several_events_in_parallel_draw_each_number_once(
    demo_db: Path,
) -> None:
    from aktif_desktop.storage.models import Certificate, Participation

    held = (
        Participation.select(Participation.event)
        .where(Participation.status == "attended")
        .distinct()
        .limit(6)
    )
    events = [row.event_id for row in held]
    assert len(events) >= 2
    close_database()
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", PARALLEL_CERTIFICATES, str(demo_db), str(event), str(ROOT)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for event in events
    ]
    results = [run.communicate(timeout=180) for run in runs]
    for run, (out, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
        assert out.startswith("ok") or _busy(demo_db) in out, out
    open_database(demo_db)
    numbers = [c.number for c in Certificate.select()]
    assert len(numbers) == len(set(numbers)) and numbers


def test_a_real_import_beside_ten_attends(demo_db: Path, tmp_path: Path) -> None:
    import csv

    from aktif_desktop.storage.models import Event

    people = [c.id for c in Contact.select().limit(10)]
    event = Event.select().first().id
    before = Contact.select().count()
    close_database()
    source = tmp_path / "gross.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nachname", "Vorname", "E-Mail"])
        for number in range(3000):
            writer.writerow([f"Import{number}", "Jörg", f"import{number}@example.org"])
    importing = cli("--db", str(demo_db), "import", "contacts", str(source))
    runs = [
        cli(
            "--db",
            str(demo_db),
            "attend",
            "--event",
            str(event),
            "--contact",
            str(p),
            "--status",
            "attended",
        )
        for p in people
    ]
    results = [run.communicate(timeout=300) for run in runs]
    _out, import_err = importing.communicate(timeout=300)
    assert importing.returncode == 0, import_err
    busy = _busy(demo_db)
    for run, (_out, err) in zip(runs, results, strict=True):
        assert "unerwarteter Fehler" not in err and "database is locked" not in err
        assert run.returncode == 0 or busy in err, err
    open_database(demo_db)
    assert Contact.select().count() == before + 3000


@ABOUT_THE_FILE
def test_a_kill_9_holder_leaves_no_lock_behind(demo_db: Path) -> None:
    copy = session.make_backup()
    close_database()
    # A holder killed with SIGKILL leaves no lock behind: the OS drops it with the process.
    with holder(demo_db) as child:
        child.kill()
        child.wait(timeout=30)
        session.restore_backup(copy, demo_db)
