"""Every connection (also one opened in a worker thread) carries the safety pragmas."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from aktif_desktop.storage.models import database

# SQLite's pragmas; a server connection's settings are in test_pg_storage.py.
pytestmark = pytest.mark.sqlite_only

EXPECTED = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed transaction survives a power loss
    "foreign_keys": 1,
    "secure_delete": 1,  # a deleted name must not stay readable in the file
}


def live_pragmas() -> dict[str, object]:
    values = {name: database.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED}
    values["busy_timeout"] = database.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    return values


def assert_safe(values: dict[str, object]) -> None:
    for name, expected in EXPECTED.items():
        assert values[name] == expected, name
    assert int(values["busy_timeout"]) >= 5000  # type: ignore[call-overload]


def test_pragmas_on_the_live_connection(db: Path) -> None:
    assert_safe(live_pragmas())


def test_pragmas_on_a_connection_opened_in_a_worker_thread(db: Path) -> None:
    found: dict[str, object] = {}
    main_connection = database.connection()

    def work() -> None:
        # peewee keeps one connection per thread: this is a new one.
        assert database.connection() is not main_connection
        found.update(live_pragmas())
        database.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert_safe(found)


def test_secure_delete_really_overwrites_a_deleted_name(db: Path) -> None:
    from aktif_desktop.services.contacts import ContactData, create_contact, delete_contact

    name = "Zwetschgenbaum-Oberhuber"
    row = create_contact(ContactData(last_name=name, first_name="Wiltrud"))
    delete_contact(row.id)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = db.with_name(db.name + "-wal")
    content = db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert name.encode() not in content
