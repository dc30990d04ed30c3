"""A full disk, a read-only folder, a locked file, an I/O error or a folder is never "damaged";
an empty file beside backups is not a new start; the audit log cannot be rewritten unseen.

Issue 12 items 2, 6, 14 and 17.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aktif_desktop.cli import main
from aktif_desktop.errors import DatabaseError
from aktif_desktop.services import contacts, session
from aktif_desktop.storage import integrity
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.integrity import Problem, check_file
from aktif_desktop.storage.models import database

# Faults of the database file itself (disk, folder, locks); the server's are in test_pg_faults.py.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
DAMAGED = "beschädigt"


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# --- item 2: faults of the surroundings --------------------------------------------------------


def test_a_full_disk_is_said_as_such_and_the_file_stays(db: Path) -> None:
    # SQLite's own "database or disk is full": no more pages may be added to this file.
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DatabaseError) as caught:
        for number in range(400):
            contacts.create_contact(
                contacts.ContactData(
                    last_name=f"Voll{number}" + "x" * 150, first_name="Jörg" + "y" * 150
                )
            )
    assert "kein Platz mehr frei" in caught.value.message
    assert DAMAGED not in caught.value.message.replace("nicht beschädigt", "")
    close_database()
    assert check_file(db, "full").ok
    assert {"aktif.db"} <= _files(db.parent)
    assert not [n for n in _files(db.parent) if "beschädigt" in n]


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (sqlite3.OperationalError("disk I/O error"), "Ein-/Ausgabefehler"),
        (sqlite3.OperationalError("database or disk is full"), "kein Platz mehr frei"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "schreibgeschützt"),
        (sqlite3.OperationalError("unable to open database file"), "schreibgeschützt"),
        (sqlite3.OperationalError("database is locked"), "schreibt gerade"),
    ],
)
def test_a_fault_while_checking_is_not_damage_and_nothing_is_renamed(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, words: str
) -> None:
    close_database()

    def failing(_path: Path, _depth: str) -> tuple[int, set[str], str]:
        raise error

    monkeypatch.setattr(integrity, "_run_checks", failing)
    result = check_file(demo_db, "quick")
    assert result.problem is Problem.UNREADABLE and not result.replaceable
    assert words in result.message
    with pytest.raises(DatabaseError, match=words):
        open_database(demo_db)
    copy = demo_db.with_name("kopie.db")
    shutil.copyfile(demo_db, copy)
    monkeypatch.undo()
    before = _files(demo_db.parent)
    monkeypatch.setattr(integrity, "_run_checks", failing)
    with pytest.raises(DatabaseError):
        session.restore_backup(copy, demo_db)
    assert _files(demo_db.parent) >= before - {"kopie.db"}
    assert not [n for n in _files(demo_db.parent) if "beschädigt" in n]


def test_an_oserror_reading_the_header_is_not_damage(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_database()
    real_open = Path.open

    def broken_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == demo_db:
            raise OSError(5, "Input/output error")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", broken_open)
    result = check_file(demo_db)
    assert result.problem is Problem.UNREADABLE and "Ein-/Ausgabefehler" in result.message


# As root, chmod alone denies nothing: the child runs without the capabilities that override
# file permissions (so the owner's r-x on the folder applies to it).
WITHOUT_OVERRIDE = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search,-fowner",
    "--bounding-set=-dac_override,-dac_read_search,-fowner",
    "--",
]


def _can_drop_override() -> bool:
    return os.name == "posix" and shutil.which("setpriv") is not None


@pytest.mark.skipif(not _can_drop_override(), reason="needs setpriv (util-linux)")
def test_a_read_only_folder_is_said_as_such_for_a_real_other_user(
    tmp_path: Path, _demo_template: Path
) -> None:
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    database_file = folder / "aktif.db"
    shutil.copyfile(_demo_template, database_file)
    os.chmod(folder, 0o555)
    os.chmod(database_file, 0o444)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    prefix = WITHOUT_OVERRIDE if os.geteuid() == 0 else []
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "aktif_desktop", "--db", str(database_file), "backup"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "unerwarteter Fehler" not in done.stderr
    assert "schreibgeschützt" in done.stderr or "fehlende Rechte" in done.stderr, done.stderr
    assert "ist beschädigt" not in done.stderr
    try:
        assert _files(folder) == {"aktif.db"}
    finally:
        os.chmod(folder, 0o755)


# --- item 17: a folder given as the database ---------------------------------------------------


def test_a_folder_as_db_is_called_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Ordner.db"
    folder.mkdir()
    for command in (["list", "contacts"], ["check"], ["backup"]):
        assert main(["--db", str(folder), *command]) == 1
        err = capsys.readouterr().err
        assert "ist ein Ordner" in err, (command, err)
        assert DAMAGED not in err
    assert folder.is_dir() and not list(folder.iterdir())


# --- item 6: an empty file beside valid backups ------------------------------------------------


def test_cli_refuses_an_empty_database_next_to_a_valid_backup(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = session.make_backup()
    close_database()
    demo_db.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        demo_db.with_name(demo_db.name + suffix).unlink(missing_ok=True)
    assert main(["--db", str(demo_db), "list", "contacts"]) == 1
    err = capsys.readouterr().err
    assert "leer (0 Byte)" in err and str(copy) in err and "restore" in err
    assert demo_db.stat().st_size == 0  # not turned into a new empty database
    assert main(["--db", str(demo_db), "restore", str(copy)]) == 0
    assert main(["--db", str(demo_db), "list", "contacts"]) == 0


def test_an_empty_file_without_backups_still_starts_new(tmp_path: Path) -> None:
    path = tmp_path / "neu.db"
    path.write_bytes(b"")
    open_database(path)
    close_database()
    assert check_file(path, "full").ok


# --- item 14: the audit log ---------------------------------------------------------------------


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_insert_or_replace_cannot_rewrite_an_audit_entry(db: Path) -> None:
    contacts.create_contact(contacts.ContactData(last_name="Müller", first_name="Jörg"))
    close_database()
    connection = _raw(db)
    first = connection.execute("SELECT id, action FROM audit_log ORDER BY id").fetchone()
    with pytest.raises(sqlite3.DatabaseError, match="kann nicht geändert werden"):
        connection.execute(
            "INSERT OR REPLACE INTO audit_log (id, at, user, action, table_name, row_id, detail)"
            " VALUES (?, '2020-01-01', 'x', 'nichts', '', NULL, '')",
            (first[0],),
        )
    with pytest.raises(sqlite3.DatabaseError, match="kann nicht geändert werden"):
        connection.execute(
            "REPLACE INTO audit_log (id, at, user, action, table_name, row_id, detail)"
            " VALUES (?, '2020-01-01', 'x', 'nichts', '', NULL, '')",
            (first[0],),
        )
    with pytest.raises(sqlite3.DatabaseError, match="kann nicht geändert werden"):
        connection.execute(
            "INSERT INTO audit_log (id, at, user, action, table_name, row_id, detail)"
            " VALUES (?, '2020-01-01', 'x', 'nichts', '', NULL, '')"
            " ON CONFLICT(id) DO UPDATE SET action = 'nichts'",
            (first[0],),
        )
    assert connection.execute("SELECT id, action FROM audit_log ORDER BY id").fetchone() == first
    connection.close()


def _check(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(db), "check"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_check_finds_dropped_triggers_rewritten_and_deleted_entries(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Müller", "Öztürk", "Weiß", "Nguyễn"):
        contacts.create_contact(contacts.ContactData(last_name=name, first_name="A"))
    close_database()
    code, text = _check(db, capsys)
    assert code == 0 and "Änderungsprotokoll vollständig und unverändert" in text

    connection = _raw(db)
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("UPDATE audit_log SET user = 'jemand' WHERE id = 2")
    connection.close()
    code, text = _check(db, capsys)
    assert code == 1
    assert "fehlen Schutzregeln" in text and "audit_log_no_update" in text
    assert "nachträglich verändert (Nummer 2)" in text

    connection = _raw(db)
    connection.execute("DROP TRIGGER audit_log_no_delete")
    top = connection.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    connection.execute("DELETE FROM audit_log WHERE id IN (3, ?)", (top,))
    connection.close()
    code, text = _check(db, capsys)
    assert code == 1
    assert "fehlen Einträge" in text and "3" in text and str(top) in text


def test_the_chain_value_depends_on_every_field() -> None:
    from aktif_desktop.storage.audit_chain import GENESIS, entry_hash

    first = entry_hash(GENESIS, (1, "2026-01-01 10:00:00", "anna", "create", "contact", 1, ""))
    assert first != entry_hash(
        GENESIS, (1, "2026-01-01 10:00:00", "anna", "create", "contact", 2, "")
    )
    assert len(first) == 64
