"""Restore: the current state is saved first, bad copies are refused, stale WAL files go."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from aktif_desktop.cli import main
from aktif_desktop.errors import DatabaseError
from aktif_desktop.services.contacts import ContactData, create_contact, list_contacts
from aktif_desktop.storage import backup, migrations
from aktif_desktop.storage.db import close_database, current_path, open_database
from aktif_desktop.storage.models import database
from aktif_desktop.storage.restore import restore_backup

FIXTURE_V1 = Path(__file__).parents[1] / "fixtures" / "schema_v1.db"


def names() -> set[str]:
    return {row.last_name for row in list_contacts()}


@pytest.mark.sqlite_only  # in place of the file (a server: only into an empty one, test_pg_backup)
def test_restore_brings_back_the_copy_and_keeps_the_state_before(demo_db: Path) -> None:
    copy = backup.backup_now(database.obj, demo_db)
    create_contact(ContactData(last_name="Nachzüglerin", first_name="Bärbel"))
    assert "Nachzüglerin" in names()

    result = restore_backup(copy, demo_db)

    assert current_path() == demo_db  # reopened
    assert "Nachzüglerin" not in names()
    assert result.safety_copy is not None and result.kept_aside is None
    assert result.safety_copy.name.endswith("_vor-Wiederherstellung.db")
    close_database()
    open_database(result.safety_copy)
    assert "Nachzüglerin" in names()  # nothing lost: the state before is in the safety copy


@pytest.mark.sqlite_only  # the -wal and -shm beside the SQLite file
def test_restore_removes_stale_wal_and_shm(demo_db: Path) -> None:
    copy = backup.backup_now(database.obj, demo_db)
    close_database()
    wal, shm = (demo_db.with_name(demo_db.name + s) for s in ("-wal", "-shm"))
    wal.write_bytes(b"alte WAL-Datei einer anderen Datenbank" * 100)
    shm.write_bytes(b"\x00" * 32768)

    restore_backup(copy, demo_db)

    assert not wal.exists() or wal.read_bytes()[:4] != b"alte"
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(names()) > 10


@pytest.mark.sqlite_only  # a SQLite file of schema 1 (the server began at 7)
def test_restore_of_an_older_schema_migrates_it(db: Path, tmp_path: Path) -> None:
    old = tmp_path / "sicherung_v1.db"
    shutil.copyfile(FIXTURE_V1, old)
    result = restore_backup(old, db)
    assert result.version == 1
    assert migrations.schema_version(database.obj) == migrations.LATEST_VERSION
    assert "Müller" in names()


@pytest.mark.sqlite_only  # damaged pages of the SQLite file
def test_restore_over_a_damaged_database_keeps_it_aside(demo_db: Path, tmp_path: Path) -> None:
    copy = backup.backup_now(database.obj, demo_db)
    close_database()
    data = bytearray(demo_db.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 4096] = bytes(4096)
    demo_db.write_bytes(bytes(data))
    for name in ("-wal", "-shm"):
        demo_db.with_name(demo_db.name + name).unlink(missing_ok=True)

    result = restore_backup(copy, demo_db)

    assert result.safety_copy is None
    assert result.kept_aside is not None and "beschädigt" in result.kept_aside.name
    assert result.kept_aside.read_bytes() == bytes(data)
    assert len(names()) > 10


def _text(path: Path) -> Path:
    path.write_text("Kein Backup, sondern eine Notiz.", encoding="utf-8")
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _foreign(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    return path


def _empty_sqlite(path: Path) -> Path:
    connection = sqlite3.connect(path)  # a valid SQLite file without any table
    connection.execute("VACUUM")
    connection.close()
    return path


def _damaged(path: Path, source: Path) -> Path:
    data = bytearray(source.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 4096] = b"\xab" * 4096
    path.write_bytes(bytes(data))
    return path


def _newer(path: Path, source: Path) -> Path:
    shutil.copyfile(source, path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    connection.close()
    return path


@pytest.mark.sqlite_only  # SQLite files as bad copies; the server's: test_pg_backup
@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p, s: p, "wurde nicht gefunden"),
        (lambda p, s: _empty(p), "ist leer und keine Sicherung"),
        (lambda p, s: _text(p), "keine Sicherung von Aktif Desktop"),
        (lambda p, s: _foreign(p), "keine Sicherung von Aktif Desktop"),
        (lambda p, s: _empty_sqlite(p), "keine Sicherung von Aktif Desktop"),
        (_damaged, "ist beschädigt und wird nicht eingespielt"),
        (_newer, "neueren Version von Aktif Desktop"),
    ],
    ids=["fehlt", "leer", "Text", "fremd", "leere SQLite", "beschädigt", "neuer"],
)
def test_a_bad_copy_is_refused_and_nothing_changes(
    demo_db: Path, tmp_path: Path, make: object, expected: str
) -> None:
    good = backup.backup_now(database.obj, demo_db)
    create_contact(ContactData(last_name="Bleibt", first_name="Berta"))
    before = names()
    candidate = make(tmp_path / "kandidat.db", good)  # type: ignore[operator]

    with pytest.raises(DatabaseError, match=expected):
        restore_backup(candidate, demo_db)

    assert names() == before
    assert [info.kind for info in backup.list_backups(demo_db)] == ["manuell"]  # no safety copy


@pytest.mark.sqlite_only  # the file itself as its copy
def test_the_open_database_itself_is_refused(demo_db: Path) -> None:
    with pytest.raises(DatabaseError, match="die geöffnete Datenbank selbst"):
        restore_backup(demo_db, demo_db)


@pytest.mark.sqlite_only  # `check` reads the file; the server's CLI: test_pg_backup
def test_cli_restore_and_check(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup.backup_now(database.obj, demo_db)
    close_database()
    assert main(["--db", str(demo_db), "check"]) == 0
    assert "ist in Ordnung" in capsys.readouterr().out

    assert main(["--db", str(demo_db), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "wiederhergestellt" in out and "vorherige Stand wurde gesichert" in out

    bad = _text(tmp_path / "notiz.db")
    assert main(["--db", str(demo_db), "restore", str(bad)]) == 1
    assert "Fehler: Die Datei" in capsys.readouterr().err

    close_database()
    _damaged(demo_db, copy)
    assert main(["--db", str(demo_db), "check"]) == 1
    assert "beschädigt" in capsys.readouterr().err


@pytest.mark.sqlite_only  # the lock of the SQLite file
def test_restore_is_refused_while_another_process_has_the_database_open(
    demo_db: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    copy = backup.backup_now(database.obj, demo_db)
    close_database()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT count(*) FROM contact').fetchone(); print('offen', flush=True); "
            "sys.stdin.read()",
            str(demo_db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "offen"
        before = demo_db.read_bytes()
        with pytest.raises(DatabaseError, match="noch in einem anderen Programm geöffnet"):
            restore_backup(copy, demo_db)
        assert [info.kind for info in backup.list_backups(demo_db)] == ["manuell"]
    finally:
        holder.communicate("", timeout=30)
    assert demo_db.read_bytes() == before
    restore_backup(copy, demo_db)  # once the other program is closed it works
