"""Backups of a shared PostgreSQL database, read back by restoring them into a fresh database
on the test server: pg_dump or our own consistent export, restore only into an empty database
in one transaction, every fault its own German sentence (issue 15, item 4)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from aktif_desktop import paths
from aktif_desktop.cli import main
from aktif_desktop.errors import DatabaseError
from aktif_desktop.services import audit
from aktif_desktop.services.backup_holding import last_backup_holding_until
from aktif_desktop.services.contacts import ContactData, create_contact
from aktif_desktop.storage import audit_chain, autobackup, backup, migrations, pg_backup
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.models import AuditLog, database
from aktif_desktop.storage.pg_database import PeeweeConnection
from aktif_desktop.storage.restore import restore_backup
from aktif_desktop.storage.server import ServerTarget
from tests import pg_support
from tests.pg_backup_support import assert_same_rows, count, empty_database, restored

ROOT = Path(__file__).parents[2]


def _need_server() -> None:
    if not pg_support.admin_url():
        pytest.skip(f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server für die Tests")


def _from_template(request: pytest.FixtureRequest, template: str) -> Iterator[str]:
    _need_server()
    name = pg_support.create_database(template=request.getfixturevalue(template))
    url = pg_support.url_for(name)
    open_database(url)
    try:
        yield url
    finally:
        close_database()
        pg_support.drop_database(name)


@pytest.fixture
def server_demo(request: pytest.FixtureRequest) -> Iterator[str]:
    """The small demo in a database of its own on the test server, open for the services."""
    yield from _from_template(request, "_pg_demo_template")


@pytest.fixture
def no_pg_dump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PostgreSQL programs are looked for in an empty folder only: none installed."""
    folder = tmp_path / "ohne-pg-programme"
    folder.mkdir()
    monkeypatch.setenv(pg_backup.BIN_ENV, str(folder))


def fake_pg_dump(folder: Path, version: str, exit_code: int, error: str) -> Path:
    """A real program named pg_dump that reports ``version`` and fails with ``error``."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "pg_dump"
    script.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "--version" ]; then echo "pg_dump (PostgreSQL) {version}"; exit 0; fi\n'
        f'echo "{error}" >&2\nexit {exit_code}\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return folder


def backup_folder() -> Path:
    return paths.data_dir() / "Sicherungen"


# --- writing ----------------------------------------------------------------------------------


def test_pg_dump_copy_in_the_data_folder_restores_every_row(server_demo: str) -> None:
    create_contact(ContactData(last_name="Grünewald", first_name="Jörg"))
    copy = backup.backup_now(database.obj, server_demo)

    dbname = ServerTarget.parse(server_demo).dbname
    assert copy.parent == backup_folder()
    assert copy.name.startswith(f"{dbname}_") and copy.name.endswith("_manuell.pgdump")
    assert copy.read_bytes()[:5] == b"PGDMP" and pg_backup.note_for(copy) == ""
    assert not list(copy.parent.glob("*.tmp"))
    [listed] = backup.list_backups(server_demo)
    assert (listed.path, listed.kind) == (copy, "manuell")
    assert backup.newest_valid_backup(server_demo) == listed
    with restored(copy) as url:
        assert_same_rows(server_demo, url)
        assert count(url, "SELECT count(*) FROM contact WHERE last_name = 'Grünewald'") == 1


def test_without_pg_dump_our_export_is_written_said_and_restores_every_row(
    server_demo: str, no_pg_dump: None
) -> None:
    create_contact(ContactData(last_name="Özdemir", first_name="Ayşe"))
    copy = backup.backup_now(database.obj, server_demo)

    assert copy.name.endswith("_manuell.aktifdump") and copy.parent == backup_folder()
    assert "pg_dump ist auf diesem Rechner nicht installiert" in pg_backup.note_for(copy)
    with zipfile.ZipFile(copy) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == pg_backup.EXPORT_FORMAT
    assert manifest["schema_version"] == migrations.LATEST_VERSION
    tables = {table["name"]: table["rows"] for table in manifest["tables"]}
    assert tables["contact"] == count(server_demo, "SELECT count(*) FROM contact")
    assert {"audit_log", "audit_chain", "setting", "aktif_schema"} <= set(tables)
    assert any(sequence["table"] == "contact" for sequence in manifest["sequences"])
    with restored(copy) as url:
        assert_same_rows(server_demo, url)


@pytest.mark.skipif(os.name == "nt", reason="the fake pg_dump is a shell script")
def test_too_old_a_pg_dump_is_not_used_and_that_is_said(
    server_demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = fake_pg_dump(tmp_path / "alt", "12.3", 3, "darf nicht laufen")
    monkeypatch.setenv(pg_backup.BIN_ENV, str(folder))
    copy = backup.backup_now(database.obj, server_demo)
    assert copy.suffix == ".aktifdump"
    note = pg_backup.note_for(copy)
    assert "pg_dump 12 ist älter als der Server (PostgreSQL 15)" in note
    monkeypatch.delenv(pg_backup.BIN_ENV)
    with restored(copy) as url:
        assert_same_rows(server_demo, url)


@pytest.mark.skipif(os.name == "nt", reason="the fake pg_dump is a shell script")
def test_a_failing_pg_dump_leaves_no_file_and_our_export_is_written(
    server_demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = fake_pg_dump(tmp_path / "kaputt", "99.0", 1, "pg_dump: error: Verbindung weg")
    monkeypatch.setenv(pg_backup.BIN_ENV, str(folder))
    copy = backup.backup_now(database.obj, server_demo)
    note = pg_backup.note_for(copy)
    assert "pg_dump konnte die Datenbank" in note and "Verbindung weg" in note
    assert copy.suffix == ".aktifdump"
    assert not list(backup_folder().glob("*.pgdump*"))


def test_a_backup_that_cannot_be_written_says_so(server_demo: str, tmp_path: Path) -> None:
    blocker = tmp_path / "keinordner"
    blocker.write_text("eine Datei, kein Ordner")
    with pytest.raises(DatabaseError, match="Die Sicherung konnte nicht geschrieben werden"):
        backup.backup_now(database.obj, server_demo, target=blocker / "x.pgdump")


_WRITER = """
import os, sys
from aktif_desktop.storage.db import open_database
from aktif_desktop.services.contacts import ContactData, create_contact
open_database(sys.argv[1])
n = 0
while not os.path.exists(sys.argv[2]):
    create_contact(ContactData(last_name="Schreiber", first_name=f"N{n}"))
    n += 1
    if n == 1:
        print("bereit", flush=True)
"""


def test_our_export_is_one_snapshot_while_another_process_writes(
    server_demo: str, no_pg_dump: None, tmp_path: Path
) -> None:
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, server_demo, str(stop)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "bereit"
        copy = backup.backup_now(database.obj, server_demo)
    finally:
        stop.write_text("")
        writer.communicate(timeout=60)
    assert writer.returncode == 0
    with zipfile.ZipFile(copy) as archive:
        rows = {t["name"]: t["rows"] for t in json.loads(archive.read("manifest.json"))["tables"]}
    written = count(server_demo, "SELECT count(*) FROM contact WHERE last_name = 'Schreiber'")
    with restored(copy) as url:
        in_copy = count(url, "SELECT count(*) FROM contact WHERE last_name = 'Schreiber'")
        audited = count(
            url,
            "SELECT count(*) FROM audit_log WHERE table_name = 'contact' AND action = 'create' "
            "AND row_id IN (SELECT id FROM contact WHERE last_name = 'Schreiber')",
        )
        created = count(
            url,
            "SELECT count(*) FROM audit_log WHERE table_name = 'contact' AND action = 'create'",
        )
        contacts = count(url, "SELECT count(*) FROM contact")
    # audit_log is read before contact: in one snapshot every contact has its audit entry and
    # no audit entry lacks its contact (the demo's contacts were created the same way).
    assert in_copy == audited and created == contacts == rows["contact"]
    assert 0 < in_copy < written  # the writer wrote before, during and after the export


# --- restoring --------------------------------------------------------------------------------


def test_a_database_with_data_is_refused_and_nothing_changes(
    server_demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup.backup_now(database.obj, server_demo)
    before = count(server_demo, "SELECT count(*) FROM contact")
    entries = count(server_demo, "SELECT count(*) FROM audit_log")
    with pytest.raises(DatabaseError, match="ist nicht leer.*neue, leere Datenbank"):
        restore_backup(copy, server_demo)
    assert main(["--db", server_demo, "restore", str(copy)]) == 1
    assert "ist nicht leer" in capsys.readouterr().err
    assert count(server_demo, "SELECT count(*) FROM contact") == before
    assert count(server_demo, "SELECT count(*) FROM audit_log") == entries


@pytest.mark.parametrize("method", ["pg_dump", "export"])
def test_a_database_aktif_created_but_never_used_counts_as_empty(
    server_demo: str,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    method: str,
) -> None:
    if method == "export":
        monkeypatch.setenv(pg_backup.BIN_ENV, str(tmp_path))
    copy = backup.backup_now(database.obj, server_demo)
    monkeypatch.delenv(pg_backup.BIN_ENV, raising=False)
    fresh = pg_support.create_database(template=request.getfixturevalue("_pg_empty_template"))
    try:
        url = pg_support.url_for(fresh)
        result = restore_backup(copy, url, reopen=False)
        assert result.method == method
        assert result.rows["contact"] == count(server_demo, "SELECT count(*) FROM contact")
        assert_same_rows(server_demo, url)
        open_database(url)  # the audit trail came along whole: triggers, no gap, chain unbroken
        report = audit_chain.verify(PeeweeConnection(database.obj), migrations.AUDITED_TABLES)
        assert report.problems == [] and report.entries > 0
        close_database()
    finally:
        pg_support.drop_database(fresh)


def _rewrite(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item.filename, change.get(item.filename, old.read(item.filename)))
    return target


def _damaged_export(export: Path, dump: Path, target: Path) -> Path:
    with zipfile.ZipFile(export) as archive:
        data = archive.read("data/contact.copy")
    return _rewrite(export, target, {"data/contact.copy": data.replace(b"a", b"e", 1)})


def _newer_export(export: Path, dump: Path, target: Path) -> Path:
    with zipfile.ZipFile(export) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["schema_version"] = migrations.LATEST_VERSION + 1
    return _rewrite(export, target, {"manifest.json": json.dumps(manifest).encode()})


def _foreign_zip(export: Path, dump: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("liesmich.txt", "Urlaubsfotos")
    return target


def _sqlite_file(export: Path, dump: Path, target: Path) -> Path:
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    return target


def _cut_dump(export: Path, dump: Path, target: Path) -> Path:
    data = dump.read_bytes()
    target.write_bytes(data[: len(data) * 2 // 3])
    return target


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda e, d, t: t, "wurde nicht gefunden"),
        (lambda e, d, t: (t.write_bytes(b""), t)[1], "ist leer und keine Sicherung"),
        (lambda e, d, t: (t.write_text("Notiz"), t)[1], "keine Sicherung von Aktif Desktop"),
        (_foreign_zip, "keine Sicherung von Aktif Desktop"),
        (_sqlite_file, "Sicherung einer Datenbankdatei.*transfer"),
        (_damaged_export, "ist beschädigt und wird nicht eingespielt"),
        (_cut_dump, "ist beschädigt und wird nicht eingespielt"),
        (_newer_export, "neueren Version von Aktif Desktop"),
    ],
    ids=[
        "fehlt",
        "leer",
        "Text",
        "fremdes zip",
        "SQLite",
        "Export beschädigt",
        "pg_dump halb",
        "neuer",
    ],
)
def test_a_bad_copy_is_refused_and_the_target_stays_empty(
    server_demo: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: object,
    expected: str,
) -> None:
    dump = backup.backup_now(database.obj, server_demo)
    monkeypatch.setenv(pg_backup.BIN_ENV, str(tmp_path))
    export = backup.backup_now(database.obj, server_demo)
    monkeypatch.delenv(pg_backup.BIN_ENV)
    candidate = make(export, dump, tmp_path / "kandidat.aktifdump")  # type: ignore[operator]
    with empty_database() as url:
        with pytest.raises(DatabaseError, match=expected):
            restore_backup(candidate, url)
        assert count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0


def test_a_server_copy_is_not_put_in_place_of_a_file(
    server_demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup.backup_now(database.obj, server_demo)
    close_database()
    assert main(["--db", str(tmp_path / "aktif.db"), "restore", str(copy)]) == 1
    assert "Sicherung einer Server-Datenbank" in capsys.readouterr().err


def test_server_gone_mid_restore_leaves_nothing_half_written(
    server_demo: str, request: pytest.FixtureRequest, no_pg_dump: None
) -> None:
    import psycopg

    from aktif_desktop.storage.pg_schema import _MIGRATION_LOCK

    copy = backup.backup_now(database.obj, server_demo)
    fresh = pg_support.create_database(template=request.getfixturevalue("_pg_empty_template"))
    url = pg_support.url_for(fresh)
    holder = psycopg.connect(url, autocommit=True)
    failures: list[BaseException] = []
    try:
        tables = count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        holder.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))

        def run() -> None:
            try:
                restore_backup(copy, url, reopen=False)
            except BaseException as error:  # noqa: BLE001 - handed to the test thread
                failures.append(error)

        worker = threading.Thread(target=run)
        worker.start()
        waiting: list[tuple[int]] = []
        for _ in range(100):  # the restore has dropped the fresh tables and waits for the lock
            waiting = holder.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = "
                "'Lock' AND application_name = 'Aktif Desktop'",
                (fresh,),
            ).fetchall()
            if waiting:
                break
            time.sleep(0.05)
        assert waiting
        holder.execute("SELECT pg_terminate_backend(%s)", (waiting[0][0],))
        worker.join(timeout=60)
        assert failures and isinstance(failures[0], DatabaseError)
        assert "konnte nicht in die Datenbank" in str(failures[0])
        assert "nichts halb geschrieben" in str(failures[0])
        # The fresh schema it had begun to clear is all there again, and holds no copy rows.
        assert count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == tables
        assert count(url, "SELECT count(*) FROM contact") == 0
    finally:
        holder.close()
        pg_support.drop_database(fresh)


def test_cli_backup_list_and_restore_on_the_server_recorded_in_the_audit_trail(
    server_demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", server_demo, "backup"]) == 0
    out = capsys.readouterr().out
    assert "Sicherung geschrieben und geprüft" in out
    copy = Path(out.split(": ", 1)[1].strip())
    assert copy.parent == backup_folder() and copy.suffix == ".pgdump"
    assert main(["--db", server_demo, "backup", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "manuell" in listing and copy.name in listing
    with empty_database() as url:
        assert main(["--db", url, "restore", str(copy)]) == 0
        out = capsys.readouterr().out
        assert "eingespielt" in out and "Zeilen geprüft" in out
        open_database(url)
        entry = AuditLog.select().where(AuditLog.action == "restore").get()
        assert copy.name in entry.detail and entry.user == audit.os_user()
        assert entry.at.date() == dt.date.today()
        close_database()


# --- when copies are made and kept ------------------------------------------------------------


def test_daily_backup_once_a_day_and_only_after_changes_not_by_file_times(
    server_demo: str, no_pg_dump: None
) -> None:
    today = dt.datetime.now()
    tomorrow = today + dt.timedelta(days=1)
    first = autobackup.daily_backup(database.obj, server_demo, today)
    assert first is not None and first.name.endswith("_automatisch.aktifdump")
    assert autobackup.daily_backup(database.obj, server_demo, today) is None
    os.utime(first, (time.time() - 86400 * 3, time.time() - 86400 * 3))  # mtime says nothing
    assert not autobackup.daily_backup_due(database.obj, server_demo, tomorrow)
    create_contact(ContactData(last_name="Neu", first_name="Nora"))
    assert autobackup.daily_backup_due(database.obj, server_demo, tomorrow)


def test_server_copies_are_listed_thinned_and_counted_by_the_servers_database_name() -> None:
    url = "postgresql://aktif@db.verbund.local:5432/verbund"
    folder = backup.backups_dir(url)
    assert folder == paths.data_dir() / "Sicherungen"
    ours = []
    for day in range(1, 6):
        suffix = ".pgdump" if day % 2 else ".aktifdump"
        path = folder / f"verbund_2026-03-0{day}_080000_automatisch{suffix}"
        path.write_bytes(b"x")
        ours.append(path)
    others = [folder / "verbund2_2026-03-05_080000_automatisch.pgdump"]
    others.append(folder / "verbund_2026-03-05_090000_manuell.db")  # a file named alike
    for path in others:
        path.write_bytes(b"x")
    assert [info.path for info in backup.list_backups(url)] == ours[::-1]
    assert backup.target_path(url, "manuell").parent == folder
    holding = last_backup_holding_until(
        url,
        dt.datetime(2026, 3, 3, 12),
        policy=autobackup.RetentionPolicy(1, 1, 1),
        today=dt.date(2026, 3, 6),
    )
    assert len(holding.copies) == 3 and holding.until is not None
    removed = autobackup.thin_backups(url, autobackup.RetentionPolicy(1, 1, 1))
    assert sorted(removed) == sorted(ours[:-1])
    assert ours[-1].exists() and all(path.exists() for path in others)


def test_cli_json_says_how_the_copy_was_made_and_a_pgdump_needs_pg_restore(
    server_demo: str, no_pg_dump: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--db", server_demo, "backup", "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["backup"].endswith(".aktifdump") and "nicht installiert" in written["note"]
    assert Path(written["backup"]).stat().st_size == written["size"]
    dump = tmp_path / "vom-server.pgdump"
    dump.write_bytes(b"PGDMP" + b"\x00" * 200)  # a pg_dump archive, to be read by pg_restore
    with empty_database() as url, pytest.raises(DatabaseError, match="pg_restore.*fehlt"):
        restore_backup(dump, url)
