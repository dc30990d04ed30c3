"""The open database as the GUI and the command line see it: which file, opening another,
this thread's connection, backups (make, list, thin policy), restores and the start-up check.

The GUI and the CLI call these instead of reaching into ``storage`` (one backup path for
both; widgets never touch the ORM).
"""

from __future__ import annotations

from pathlib import Path

from aktif_desktop.services import operations
from aktif_desktop.storage import audit_chain, autobackup, backup
from aktif_desktop.storage import restore as restoring
from aktif_desktop.storage.audit_chain import ChainReport
from aktif_desktop.storage.autobackup import KEEP_LIMITS, RetentionPolicy
from aktif_desktop.storage.backup import FOLDER_NAME, BackupInfo
from aktif_desktop.storage.db import current_path, open_database
from aktif_desktop.storage.integrity import Depth, FileCheck, Problem, check_file, set_aside
from aktif_desktop.storage.models import database
from aktif_desktop.storage.restore import RestorePreview, RestoreResult

__all__ = [
    "FOLDER_NAME",
    "KEEP_LIMITS",
    "BackupInfo",
    "FileCheck",
    "Problem",
    "RestorePreview",
    "RestoreResult",
    "RetentionPolicy",
    "ChainReport",
    "backup_policy",
    "check_audit_trail",
    "check_database_file",
    "close_thread_connection",
    "current_database",
    "daily_backup",
    "list_backups",
    "make_backup",
    "newest_valid_backup",
    "open_database_file",
    "restore_backup",
    "restore_preview",
    "save_backup_policy",
    "set_aside_unusable",
    "suggested_backup_path",
]


def open_database_file(path: Path | str, *, checked: bool = False) -> None:
    """Open (create, migrate) the database at ``path`` for the whole application.

    ``checked``: the caller has just run the page check; it is not run a second time.
    """
    open_database(path, check="schema" if checked else "quick")
    operations.clear()  # the undo steps belong to the file that was open before


def current_database() -> Path | None:
    """Return the file of the open database, or None."""
    return current_path()


def close_thread_connection() -> None:
    """Close the connection of the calling thread (peewee keeps one per thread)."""
    if database.obj is not None:
        database.close()


def make_backup(target: Path | None = None) -> Path:
    """Write a checked copy of the open database (a backup made by hand, GUI and CLI).

    ``target``: the file to write; by default a new dated file in the backup folder.
    """
    from aktif_desktop.services import server_backup
    from aktif_desktop.storage.db import is_server

    if is_server():  # pg_dump or our own export, into the data folder's Sicherungen
        return server_backup.make_server_backup(target)
    path = current_path()
    if path is None:
        raise RuntimeError("no database is open")
    return backup.backup_now(database.obj, path, backup.KIND_MANUAL, target)


def suggested_backup_path(db_path: Path | str) -> Path:
    """A new dated file name in the backup folder for a copy made by hand."""
    return backup.target_path(db_path, backup.KIND_MANUAL)


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """The copies of this database (by name and database id), newest first."""
    return backup.list_backups(db_path)


def newest_valid_backup(db_path: Path) -> BackupInfo | None:
    """The newest copy of this database that passes the page check."""
    return backup.newest_valid_backup(db_path)


def restore_preview(source: Path, db_path: Path) -> RestorePreview:
    """What to warn about before restoring ``source`` (another database, later deletions)."""
    return restoring.preview(source, db_path)


def restore_backup(source: Path, db_path: Path, *, reopen: bool = True) -> RestoreResult:
    """Put ``source`` in place of the database (refused while another program has it open)."""
    return restoring.restore_backup(source, db_path, reopen=reopen)


def check_database_file(path: Path, depth: Depth = "quick") -> FileCheck:
    """Check a database file read-only (damaged, foreign, newer, folder, unreadable)."""
    return check_file(path, depth)


def check_audit_trail(path: Path) -> ChainReport:
    """Read-only: audit triggers present, entries gapless, hash chain unbroken."""
    return audit_chain.verify_file(path)


def set_aside_unusable(path: Path, label: str) -> Path:
    """Keep a damaged or foreign file under a new name (never for a full disk and the like)."""
    return set_aside(path, label)


def daily_backup(path: Path | str) -> Path | None:
    """The automatic copy of the day, if the data changed since the newest copy."""
    return autobackup.daily_backup(database.obj, path)


def backup_policy() -> RetentionPolicy:
    """How many daily, weekly and monthly backups are kept."""
    return autobackup.retention_policy()


def save_backup_policy(policy: RetentionPolicy) -> RetentionPolicy:
    """Validate and store how many backups are kept."""
    return autobackup.save_retention_policy(policy)


def location_warning(path: Path | str) -> str | None:
    """The German warning for a database on a network share or in a synced cloud folder
    (None for a server address: the server keeps its files itself)."""
    from aktif_desktop.storage.location import location_warning as warning_for
    from aktif_desktop.storage.server import is_server_url

    if is_server_url(path):
        return None
    return warning_for(Path(path))


def close_current_database() -> None:
    """Close the open database (if any) and leave no connection behind."""
    from aktif_desktop.storage.db import close_database

    close_database()


def copy_closed_database(source: Path, target: Path) -> Path:
    """Copy a database that is not open in this process to ``target`` (SQLite backup API)."""
    return backup.backup_file(source, target)
