"""Backups: consistent copies of the live WAL database, checked, named, listed and thinned."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from aktif_desktop.cli import main
from aktif_desktop.errors import DatabaseError, ValidationError
from aktif_desktop.services.contacts import ContactData, create_contact
from aktif_desktop.storage import autobackup, backup, pg_backup
from aktif_desktop.storage.models import database
from aktif_desktop.storage.server import is_server_url


def copy_suffix(location: Path) -> str:
    """A file's copies are SQLite files; a server's are pg_dump archives (pg_dump installed)."""
    return ".pgdump" if is_server_url(location) else ".db"


def count_contacts(path: Path, name: str | None = None) -> int:
    if is_server_url(path):  # the server database itself
        from tests.pg_backup_support import count

        if name is None:
            return count(str(path), "SELECT count(*) FROM contact")
        return count(str(path), "SELECT count(*) FROM contact WHERE last_name = %s", (name,))
    if path.suffix in (".pgdump", ".aktifdump") or pg_backup.looks_valid(path):
        from tests.pg_backup_support import restored

        with restored(path) as url:  # a server copy is read back by restoring it
            return count_contacts(url, name)  # type: ignore[arg-type]
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if name is None:
            return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
        query = "SELECT count(*) FROM contact WHERE last_name = ?"
        return int(connection.execute(query, (name,)).fetchone()[0])
    finally:
        connection.close()


@pytest.mark.sqlite_only  # the WAL of the SQLite file; the server: test_pg_backup
def test_backup_holds_data_still_in_the_wal_that_a_file_copy_misses(demo_db: Path) -> None:
    create_contact(ContactData(last_name="Grünewald", first_name="Jörg"))
    assert demo_db.with_name(demo_db.name + "-wal").stat().st_size > 0
    naive = demo_db.with_name("kopie.db")
    shutil.copyfile(demo_db, naive)  # what "just copy the file" gives

    copy = backup.backup_now(database.obj, demo_db)

    assert count_contacts(copy, "Grünewald") == 1
    assert count_contacts(naive, "Grünewald") == 0
    assert count_contacts(copy) == count_contacts(demo_db)


@pytest.mark.sqlite_only  # SQLite pages and journal; the server: test_pg_backup
def test_backup_is_a_checked_self_contained_file_in_the_backup_folder(demo_db: Path) -> None:
    copy = backup.backup_now(database.obj, demo_db)

    assert copy.parent == demo_db.parent / "Sicherungen"
    assert copy.name.startswith("aktif_") and copy.name.endswith("_manuell.db")
    assert not copy.with_name(copy.name + "-wal").exists()
    assert not list(copy.parent.glob("*.tmp"))
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    [listed] = backup.list_backups(demo_db)
    assert (listed.path, listed.kind) == (copy, "manuell")
    assert backup.newest_valid_backup(demo_db) == listed


def test_two_backups_in_the_same_second_both_stay(db: Path) -> None:
    first = backup.backup_now(database.obj, db)
    second = backup.backup_now(database.obj, db)
    assert first != second and first.exists() and second.exists()
    assert {info.path for info in backup.list_backups(db)} == {first, second}


def test_a_failed_backup_says_what_to_do(db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "keinordner"
    blocker.write_text("eine Datei, kein Ordner")
    with pytest.raises(DatabaseError, match="Die Sicherung konnte nicht geschrieben werden"):
        backup.backup_now(database.obj, db, target=blocker / "x.db")


def test_cli_backup_to_a_chosen_file_and_listing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "Stick" / "Sicherung März.db"
    assert main(["--db", str(demo_db), "backup", "--out", str(target)]) == 0
    assert "Sicherung geschrieben und geprüft" in capsys.readouterr().out
    assert count_contacts(target) == count_contacts(demo_db)

    assert main(["--db", str(demo_db), "backup"]) == 0
    assert main(["--db", str(demo_db), "backup", "--list"]) == 0
    out = capsys.readouterr().out
    assert "manuell" in out and "Erstellt" in out


def test_backup_names_old_and_new_are_understood() -> None:
    names = {
        "aktif_2026-03-01_080000_automatisch.db": (dt.datetime(2026, 3, 1, 8), "automatisch"),
        "aktif_2026-03-01_080000_manuell-2.db": (dt.datetime(2026, 3, 1, 8), "manuell"),
        "aktif_vor-Update-v1_2026-02-01_101010.db": (
            dt.datetime(2026, 2, 1, 10, 10, 10),
            "vor-Update-v1",
        ),
        "aktif_2026-02-02_101010_vor-Update-v12.db": (
            dt.datetime(2026, 2, 2, 10, 10, 10),
            "vor-Update-v12",
        ),
    }
    for name, expected in names.items():
        assert backup.parse_name(Path(name), "aktif") == expected
    for other in ("anders_2026-03-01_080000_manuell.db", "aktif_2026-13-01_080000_x.db", "a.db"):
        assert backup.parse_name(Path(other), "aktif") is None


# --- thinning with fake dates ---------------------------------------------------------------


def make_fake_backups(db_path: Path, stamps: list[dt.datetime], kind: str) -> None:
    folder = backup.backups_dir(db_path)
    for stamp in stamps:
        (folder / f"{db_path.stem}_{stamp:%Y-%m-%d_%H%M%S}_{kind}.db").write_bytes(b"x")


def test_thinning_keeps_the_newest_of_each_day_week_and_month(tmp_path: Path) -> None:
    db_path = tmp_path / "aktif.db"
    start = dt.datetime(2025, 1, 1, 9, 0)
    days = [start + dt.timedelta(days=n) for n in range(400)]  # one start a day, 400 days
    make_fake_backups(db_path, days, "automatisch")
    make_fake_backups(db_path, [days[-1].replace(hour=17)], "manuell")  # later on the last day
    make_fake_backups(db_path, [start + dt.timedelta(days=n) for n in range(8)], "vor-Update-v2")

    removed = autobackup.thin_backups(db_path, autobackup.RetentionPolicy(7, 4, 12))

    kept = {(info.created, info.kind) for info in backup.list_backups(db_path)}
    last = days[-1]
    expected_regular = {(last.replace(hour=17), "manuell")}  # the newest of the last day
    expected_regular |= {(last - dt.timedelta(days=n), "automatisch") for n in range(1, 7)}
    weeks: dict[tuple[int, int], dt.datetime] = {}
    months: dict[tuple[int, int], dt.datetime] = {}
    for day in days:
        weeks[day.isocalendar()[:2]] = day
        months[(day.year, day.month)] = day
    for newest in sorted(weeks.values())[-4:] + sorted(months.values())[-12:]:
        if newest.date() != last.date():
            expected_regular.add((newest, "automatisch"))
    regular = {item for item in kept if item[1] in ("automatisch", "manuell")}
    assert regular == expected_regular
    special = sorted(item[0] for item in kept if item[1] == "vor-Update-v2")
    assert special == [start + dt.timedelta(days=n) for n in range(3, 8)]  # newest five
    assert len(removed) == 401 + 8 - len(kept)
    assert len(regular) <= 7 + 4 + 12


@pytest.mark.parametrize(
    ("policy", "count"),
    [
        (autobackup.RetentionPolicy(1, 1, 1), 1),  # all on the same day, week and month
        (autobackup.RetentionPolicy(30, 1, 1), 30),
        # 3 days (Mo–We of the last week) + the newest (Sunday) of each of 9 earlier weeks.
        (autobackup.RetentionPolicy(3, 10, 1), 3 + 9),
    ],
)
def test_thinning_follows_the_policy(
    tmp_path: Path, policy: autobackup.RetentionPolicy, count: int
) -> None:
    db_path = tmp_path / "aktif.db"
    # Wednesday 2026-03-04 back 59 days: several copies a day on the last day.
    base = dt.datetime(2026, 3, 4, 12)
    if policy.daily == 1:
        stamps = [base + dt.timedelta(minutes=n) for n in range(5)]
    else:
        stamps = [base - dt.timedelta(days=n) for n in range(60)]
    make_fake_backups(db_path, stamps, "automatisch")
    autobackup.thin_backups(db_path, policy)
    kept = backup.list_backups(db_path)
    assert len(kept) == count
    assert kept[0].created == max(stamps)


def test_stale_temp_files_of_a_killed_backup_are_cleared(tmp_path: Path) -> None:
    db_path = tmp_path / "aktif.db"
    folder = backup.backups_dir(db_path)
    old = folder / "aktif_2026-01-01_080000_automatisch.db.tmp"
    fresh = folder / "aktif_2026-01-02_080000_automatisch.db.tmp"
    old.write_bytes(b"half")
    fresh.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    assert backup.list_backups(db_path) == []
    autobackup.thin_backups(db_path)
    assert not old.exists() and fresh.exists()


def test_retention_policy_is_stored_in_the_settings(db: Path) -> None:
    assert autobackup.retention_policy() == autobackup.RetentionPolicy()
    autobackup.save_retention_policy(autobackup.RetentionPolicy(daily=14, weekly=8, monthly=24))
    assert autobackup.retention_policy() == autobackup.RetentionPolicy(14, 8, 24)
    with pytest.raises(ValidationError, match="täglich.*zwischen 1 und 1000"):
        autobackup.save_retention_policy(autobackup.RetentionPolicy(daily=0))
    assert autobackup.retention_policy() == autobackup.RetentionPolicy(14, 8, 24)


# --- the automatic copy at the first start of the day ---------------------------------------


def test_daily_backup_only_once_a_day_and_only_after_changes(demo_db: Path) -> None:
    today = dt.datetime.now()
    tomorrow = today + dt.timedelta(days=1)

    first = autobackup.daily_backup(database.obj, demo_db, today)
    assert first is not None and first.name.endswith("_automatisch" + copy_suffix(demo_db))
    assert autobackup.daily_backup(database.obj, demo_db, today) is None  # same day
    assert autobackup.daily_backup(database.obj, demo_db, tomorrow) is None  # nothing changed

    create_contact(ContactData(last_name="Özdemir", first_name="Ayşe"))
    assert autobackup.daily_backup_due(database.obj, demo_db, tomorrow)


def test_a_changed_setting_counts_as_a_change(db: Path) -> None:
    from aktif_desktop.services.settings import Settings, save_settings

    save_settings(Settings(verbund_name="Verbund Nord"))
    backup.backup_now(database.obj, db, backup.KIND_AUTOMATIC)
    tomorrow = dt.datetime.now() + dt.timedelta(days=1)
    assert not autobackup.daily_backup_due(database.obj, db, tomorrow)
    save_settings(Settings(verbund_name="Verbund Süd"))
    assert autobackup.daily_backup_due(database.obj, db, tomorrow)


def test_migration_writes_a_copy_first(tmp_path: Path) -> None:
    from aktif_desktop.storage import migrations
    from aktif_desktop.storage.db import close_database, open_database

    path = tmp_path / "alt.db"
    db = open_database(path, migrate=False)
    migrations.migrate_to_latest(db, path, target=2)
    close_database()
    open_database(path)
    close_database()
    [info] = backup.list_backups(path)
    assert info.kind == "vor-Update-v2"
    connection = sqlite3.connect(info.path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
    connection.close()
