"""The open database as the GUI sees it: which file, opening another, this thread's connection,
a backup of it on demand, and how many backups are kept.

The GUI calls these instead of reaching into ``storage`` (widgets never touch the ORM).
"""

from __future__ import annotations

from pathlib import Path

from aktif_desktop.storage import autobackup, backup
from aktif_desktop.storage.autobackup import KEEP_LIMITS, RetentionPolicy
from aktif_desktop.storage.db import current_path, open_database
from aktif_desktop.storage.models import database

__all__ = [
    "KEEP_LIMITS",
    "RetentionPolicy",
    "backup_policy",
    "close_thread_connection",
    "current_database",
    "daily_backup",
    "make_backup",
    "open_database_file",
    "save_backup_policy",
]


def open_database_file(path: Path | str, *, checked: bool = False) -> None:
    """Open (create, migrate) the database at ``path`` for the whole application.

    ``checked``: the caller has just run the page check; it is not run a second time.
    """
    open_database(path, check="schema" if checked else "quick")


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
    path = current_path()
    if path is None:
        raise RuntimeError("no database is open")
    return backup.backup_now(database.obj, path, backup.KIND_MANUAL, target)


def daily_backup(path: Path) -> Path | None:
    """The automatic copy of the day, if the data changed since the newest copy."""
    return autobackup.daily_backup(database.obj, path)


def backup_policy() -> RetentionPolicy:
    """How many daily, weekly and monthly backups are kept."""
    return autobackup.retention_policy()


def save_backup_policy(policy: RetentionPolicy) -> RetentionPolicy:
    """Validate and store how many backups are kept."""
    return autobackup.save_retention_policy(policy)
