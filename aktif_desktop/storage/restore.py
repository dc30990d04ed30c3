"""Putting a backup back in place of the database, without losing the current state.

Order: check the chosen copy fully (integrity, ours, schema not newer) and refuse a bad one;
back up the current database (or, if it is damaged or another program's file, keep it under
a new name); close it; copy the backup through SQLite's backup API into a temporary file
next to the database; remove the stale ``-wal``/``-shm``; rename into place; reopen.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError
from aktif_desktop.storage import backup
from aktif_desktop.storage.integrity import (
    FileCheck,
    Problem,
    check_file,
    companion_files,
    set_aside,
)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did.

    Attributes:
        database: the database file, now holding the restored data.
        source: the backup that was restored.
        safety_copy: the copy of the state before the restore (None if there was none).
        kept_aside: the damaged or foreign file, renamed and kept (None if there was none).
        version: the schema version of the restored copy before any migration.
    """

    database: Path
    source: Path
    safety_copy: Path | None
    kept_aside: Path | None
    version: int


def validate_backup(source: Path) -> FileCheck:
    """Check a file chosen for restoring fully; raise a German DatabaseError if it is unfit."""
    source = Path(source)
    if not source.is_file():
        raise DatabaseError(messages.RESTORE_MISSING.format(path=source))
    if source.stat().st_size == 0:
        raise DatabaseError(messages.RESTORE_EMPTY.format(path=source))
    result = check_file(source, "full")
    if result.problem is Problem.DAMAGED:
        raise DatabaseError(messages.RESTORE_DAMAGED.format(path=source))
    if result.problem in (Problem.NOT_SQLITE, Problem.FOREIGN) or result.version == 0:
        raise DatabaseError(messages.RESTORE_NOT_OURS.format(path=source))
    if result.problem is Problem.NEWER:
        raise DatabaseError(result.message)
    return result


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False


def _secure_current(db_path: Path) -> tuple[Path | None, Path | None]:
    """Back up the current database, or set it aside if it cannot be backed up."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, None
    current = check_file(db_path, "quick")
    if current.replaceable:
        label = "fremd" if current.problem is Problem.FOREIGN else "beschädigt"
        try:
            return None, set_aside(db_path, label)
        except OSError as error:  # Windows: another program holds the file open
            text = messages.RESTORE_REPLACE_FAILED.format(path=db_path, reason=error)
            raise DatabaseError(text) from error
    from aktif_desktop.storage.db import current_path
    from aktif_desktop.storage.models import database

    target = backup.target_path(db_path, backup.KIND_BEFORE_RESTORE)
    if current_path() == db_path and database.obj is not None:
        return backup.backup_now(database.obj, db_path, target=target), None
    try:
        return backup.backup_file(db_path, target), None
    except (OSError, sqlite3.Error) as error:
        text = messages.BACKUP_FAILED.format(reason=error, folder=target.parent)
        raise DatabaseError(text) from error


def in_use_elsewhere(db_path: Path) -> bool:
    """True when another connection (another process) still has the database open.

    The last connection to close a WAL database checkpoints it and deletes the ``-wal`` file;
    if the file survives a connect-and-close of our own, someone else holds it open. (A
    ``-wal`` left by a crash is folded in and removed by this very probe.)
    """
    wal = companion_files(db_path)[0]
    if not wal.exists():
        return False
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()
    return wal.exists()


def _copy_into_place(source: Path, db_path: Path) -> None:
    temporary = db_path.with_name(db_path.name + ".restore.tmp")
    try:
        backup.backup_file(source, temporary)
        for stale in companion_files(db_path):
            stale.unlink(missing_ok=True)
        os.replace(temporary, db_path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        text = messages.RESTORE_REPLACE_FAILED.format(path=db_path, reason=error)
        raise DatabaseError(text) from error


def restore_backup(source: Path, db_path: Path, *, reopen: bool = True) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``source``; see the module docstring.

    With ``reopen`` the restored database is opened (and migrated, if the copy is older).
    """
    from aktif_desktop.storage.db import close_database, current_path, open_database
    from aktif_desktop.storage.models import database

    source = Path(source).expanduser().resolve()
    db_path = Path(db_path).expanduser().resolve()
    if _same_file(source, db_path):
        raise DatabaseError(messages.RESTORE_SAME_FILE)
    checked = validate_backup(source)
    bound = database.obj
    was_open = current_path() == db_path and bound is not None and not bound.is_closed()
    # In this process only the old database object's idle connections may remain (harmless:
    # the reopened database gets new ones); another process must close the file first.
    if not was_open and check_file(db_path, "schema").ok and in_use_elsewhere(db_path):
        raise DatabaseError(messages.RESTORE_IN_USE.format(path=db_path))
    safety_copy, kept_aside = _secure_current(db_path)
    close_database()
    try:
        _copy_into_place(source, db_path)
    except DatabaseError:
        if was_open and db_path.exists():
            open_database(db_path)  # the old state is unchanged: keep working with it
        raise
    if reopen:
        open_database(db_path)
    return RestoreResult(db_path, source, safety_copy, kept_aside, checked.version)
