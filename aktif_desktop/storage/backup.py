"""Consistent backup copies of the live database through SQLite's backup API.

The live file is never copied byte by byte (a copy of an open WAL database misses recent
data): the copy goes to a temporary file, is checked, flushed and then renamed into place.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase


def backups_dir(db_path: Path) -> Path:
    """Return the backup folder that belongs to a database file."""
    folder = db_path.parent / "Sicherungen"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_backup(source: sqlite3.Connection, target: Path) -> Path:
    """Copy ``source`` into ``target`` atomically; raise if the copy fails its check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    copy = sqlite3.connect(temporary)
    try:
        source.backup(copy)
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(f"backup failed its integrity check: {result}")
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return target


def backup_before_migration(db: SqliteDatabase, db_path: Path, version: int) -> Path:
    """Write a copy of the database as it was before migrating from ``version``."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    target = backups_dir(db_path) / f"{db_path.stem}_vor-Update-v{version}_{stamp}.db"
    return write_backup(db.connection(), target)
