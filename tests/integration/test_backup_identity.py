"""Backups belong to their database by its id; restores warn about another database's copy
and about deletion runs after the copy, and are recorded (issue 20 classes 2 and 3)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from aktif_desktop.cli import main
from aktif_desktop.services import audit, session
from aktif_desktop.storage import autobackup, backup
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.models import AuditLog, DatabaseInfo, Setting


def _make(path: Path, verbund: str) -> str:
    open_database(path)
    Setting.insert(key="verbund_name", value=verbund).on_conflict_replace().execute()
    ident = DatabaseInfo.get_by_id(1).database_id
    return str(ident)


def _copies(path: Path, stamps: list[str], kind: str = "automatisch") -> list[Path]:
    made = []
    for stamp in stamps:
        target = path.parent / "Sicherungen" / f"{path.stem}_{stamp}_{kind}.db"
        made.append(session.make_backup(target))
    return made


def test_another_database_of_the_same_name_never_claims_or_thins_the_copies(
    tmp_path: Path,
) -> None:
    first = tmp_path / "aktif.db"
    _make(first, "Verbund Nord")
    nord = _copies(first, ["2026-01-05_100000", "2026-02-05_100000", "2026-03-05_100000"])
    close_database()
    shutil.move(first, tmp_path / "nord-weggelegt.db")
    _make(first, "Verbund Süd")  # another Verbund's file under the same name
    sued = _copies(first, ["2026-04-05_100000"])
    assert [b.path for b in session.list_backups(first)] == sued
    removed = autobackup.thin_backups(first, autobackup.RetentionPolicy(1, 1, 1))
    assert removed == []
    assert all(p.exists() for p in nord)
    close_database()
    first.write_bytes(b"")  # an empty file has no id: the name decides (legacy path)
    assert session.newest_valid_backup(first) is not None


def test_a_copy_renamed_into_anothers_name_is_not_listed_or_deleted(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    _make(b, "Verbund B")
    (b_copy,) = _copies(b, ["2026-01-01_100000"])
    close_database()
    _make(a, "Verbund A")
    own = _copies(a, ["2026-02-01_100000", "2026-03-01_100000"])
    disguised = a.parent / "Sicherungen" / "a_2025-12-01_100000_automatisch.db"
    shutil.copyfile(b_copy, disguised)
    assert disguised not in [i.path for i in session.list_backups(a)]
    autobackup.thin_backups(a, autobackup.RetentionPolicy(1, 1, 1))
    assert disguised.exists() and b_copy.exists() and own[-1].exists()
    close_database()


def test_restoring_another_databases_copy_warns_with_both_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    _make(b, "Verbund Ost")
    foreign = session.make_backup(tmp_path / "ost-kopie.db")
    close_database()
    _make(a, "Verbund West")
    close_database()
    preview = session.restore_preview(foreign, a)
    assert "Verbund Ost" in preview.other_database and "Verbund West" in preview.other_database
    assert main(["--db", str(a), "restore", str(foreign)]) == 1
    err = capsys.readouterr().err
    assert "Verbund Ost" in err and "Verbund West" in err and "--force" in err
    assert main(["--db", str(a), "restore", "--force", str(foreign)]) == 0
    assert "Warnung" in capsys.readouterr().err
    open_database(a)
    entry = AuditLog.select().where(AuditLog.action == "restore").get()
    assert "ost-kopie.db" in entry.detail and entry.user == audit.os_user()
    close_database()


@pytest.mark.sqlite_only  # in place of the file (a server: only into an empty one, test_pg_backup)
def test_restoring_a_copy_older_than_a_deletion_run_says_so_and_is_recorded(
    demo_db: Path,
) -> None:
    copy = session.make_backup()
    audit.record_action("retention", "3 Ansprechpersonen gelöscht")
    close_database()
    preview = session.restore_preview(copy, demo_db)
    assert "älter als 1 Löschlauf" in preview.deletions_after
    assert not preview.other_database
    result = session.restore_backup(copy, demo_db)
    assert any("Löschlauf" in w for w in result.warnings)
    entries = list(AuditLog.select().where(AuditLog.action == "restore"))
    assert len(entries) == 1 and "Löschlauf" in entries[0].detail
    assert entries[0].at.date() == dt.date.today()


@pytest.mark.sqlite_only  # in place of the file (a server: only into an empty one, test_pg_backup)
def test_every_restore_is_in_the_audit_trail(demo_db: Path) -> None:
    copy = session.make_backup()
    close_database()
    session.restore_backup(copy, demo_db, reopen=False)
    second = session.restore_backup(copy, demo_db)
    # The restored state holds the record of its own restore; the record of the first restore
    # lives on in the safety copy of the state it replaced.
    assert AuditLog.select().where(AuditLog.action == "restore").count() == 1
    assert second.safety_copy is not None
    import sqlite3

    kept = sqlite3.connect(second.safety_copy)
    assert (
        kept.execute("SELECT count(*) FROM audit_log WHERE action = 'restore'").fetchone()[0] == 1
    )
    kept.close()
    assert backup.database_id(demo_db) == backup.database_id(copy)
