"""Putting a backup back in place of the database, without losing the current state.

Order: check the chosen copy fully (integrity, ours, schema not newer) and refuse a bad one;
take the database's lock file exclusively (refused in German while another program has the
database open: every process holding it open shares that lock); back up the current database
(or, if it is damaged or another program's file, keep it under a new name — a full disk or a
read-only folder is no reason for that); close it; copy the backup through SQLite's backup API
into a temporary file next to the database; remove the stale ``-wal``/``-shm``; rename into
place; reopen; record the restore in the audit trail.

:func:`preview` tells before that whether the copy belongs to another database (another
Verbund) and whether deletion runs happened after it was written.

A shared PostgreSQL database (a ``postgresql://`` location) is restored by :mod:`.pg_restore`:
only into an empty database, in one transaction, the row counts compared afterwards.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError
from aktif_desktop.messages import pg_backup as pg_texts
from aktif_desktop.storage import backup, locks, pg_backup
from aktif_desktop.storage.integrity import (
    FileCheck,
    Problem,
    check_file,
    companion_files,
    readonly_uri,
    set_aside,
)
from aktif_desktop.storage.server import is_server_url


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did.

    Attributes:
        database: the database file (or the server address), now holding the restored data.
        source: the backup that was restored.
        safety_copy: the copy of the state before the restore (None if there was none).
        kept_aside: the damaged or foreign file, renamed and kept (None if there was none).
        version: the schema version of the restored copy before any migration.
        warnings: the German warnings of :func:`preview`, also written into the audit record.
        deletions_after: the warning about deletion runs after the copy ("" if none).
        method: ``sqlite`` (a file copy), ``pg_dump`` or ``export`` (a server copy).
        rows: a server restore: the rows per table, as the copy holds them and as counted.
    """

    database: Path | str
    source: Path
    safety_copy: Path | None
    kept_aside: Path | None
    version: int
    warnings: tuple[str, ...] = ()
    deletions_after: str = ""
    method: str = "sqlite"
    rows: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RestorePreview:
    """What the user should know before a restore (German sentences; empty when nothing).

    Attributes:
        other_database: the copy belongs to another database (the warning names both).
        deletions_after: the copy is older than deletion runs of the current database.
    """

    other_database: str = ""
    deletions_after: str = ""

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(text for text in (self.other_database, self.deletions_after) if text)


def _read(path: Path, sql: str) -> list[tuple[object, ...]]:
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            return [tuple(row) for row in connection.execute(sql).fetchall()]
        finally:
            connection.close()
    except sqlite3.Error:
        return []


def _display_name(path: Path) -> str:
    rows = _read(path, "SELECT value FROM setting WHERE key = 'verbund_name'")
    name = str(rows[0][0]).strip() if rows and rows[0][0] else ""
    return f"{name} ({path.name})" if name else path.name


def preview(source: Path, db_path: Path | str) -> RestorePreview:
    """Compare the copy with the current database (read-only): identity and deletion runs.

    A server database is only ever restored when empty: nothing to warn about."""
    if is_server_url(db_path):
        return RestorePreview()
    source, db_path = Path(source), Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return RestorePreview()
    own_id, copy_id = backup.database_id(db_path), backup.database_id(source)
    other = ""
    if own_id is not None and copy_id is not None and own_id != copy_id:
        other = messages.RESTORE_OTHER_DATABASE.format(
            backup_name=_display_name(source), current_name=_display_name(db_path)
        )
    newest = _read(source, "SELECT max(id) FROM audit_log")
    top = newest[0][0] if newest else None
    last_id = top if isinstance(top, int) else 0
    runs = _read(
        db_path,
        f"SELECT at FROM audit_log WHERE id > {last_id:d} AND action = 'retention' ORDER BY id",
    )
    later = ""
    if runs and not other:
        last = str(runs[-1][0])[:16]
        later = messages.RESTORE_OLDER_THAN_DELETIONS.format(count=len(runs), last=last)
    return RestorePreview(other, later)


def validate_backup(source: Path) -> FileCheck:
    """Check a file chosen for restoring fully; raise a German DatabaseError if it is unfit."""
    source = Path(source)
    if not source.is_file():
        raise DatabaseError(messages.RESTORE_MISSING.format(path=source))
    if source.stat().st_size == 0:
        raise DatabaseError(messages.RESTORE_EMPTY.format(path=source))
    if pg_backup.looks_valid(source):
        raise DatabaseError(pg_texts.PG_RESTORE_INTO_FILE.format(path=source))
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


def restore_backup(source: Path, db_path: Path | str, *, reopen: bool = True) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``source``; see the module docstring.

    With ``reopen`` the restored database is opened (and migrated, if the copy is older).
    """
    from aktif_desktop.storage.db import close_database, current_path, open_database
    from aktif_desktop.storage.models import database

    if is_server_url(db_path):
        from aktif_desktop.storage.pg_restore import restore_to_server

        done = restore_to_server(Path(source), str(db_path), reopen=reopen)
        return RestoreResult(
            done.database, done.source, None, None, done.version, (), "", done.method, done.rows
        )

    source = Path(source).expanduser().resolve()
    db_path = Path(db_path).expanduser().resolve()
    if _same_file(source, db_path):
        raise DatabaseError(messages.RESTORE_SAME_FILE)
    checked = validate_backup(source)
    if db_path.is_dir():
        raise DatabaseError(messages.DB_IS_FOLDER.format(path=db_path))
    before = preview(source, db_path)
    warnings = before.warnings
    with locks.exclusive(db_path):
        bound = database.obj
        was_open = current_path() == db_path and bound is not None and not bound.is_closed()
        # In this process only the old database object's idle connections may remain
        # (harmless: the reopened database gets new ones); another process (one older than
        # the lock file) must close the file first.
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
        open_database(db_path)
        _record(source, safety_copy, warnings)
        if not reopen:
            close_database()
    return RestoreResult(
        db_path, source, safety_copy, kept_aside, checked.version, warnings, before.deletions_after
    )


def _record(source: Path, safety_copy: Path | None, warnings: tuple[str, ...]) -> None:
    """The restore in the audit trail of the restored database: when, which file, by whom."""
    from aktif_desktop.storage.models import AuditLog

    detail = f"Sicherung {source.name} wiederhergestellt"
    if safety_copy is not None:
        detail += f"; vorheriger Stand in {safety_copy.name}"
    if warnings:
        detail += "; " + " ".join(warnings)
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises various errors on odd systems
        user = ""
    AuditLog.create(action="restore", detail=detail, user=user)
