"""Opening and closing the one SQLite database, with its pragmas and its checks.

Every connection gets the same pragmas (set in this one place). A file that is not an Aktif
database, or that a newer version wrote, is refused before anything is written to it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from aktif_desktop.errors import DatabaseError
from aktif_desktop.storage import migrations
from aktif_desktop.storage.integrity import Depth, check_file
from aktif_desktop.storage.models import database

# synchronous=FULL: with NORMAL a committed transaction can be lost on power failure, and
# laptops lose power. secure_delete: a deleted person's name must not stay readable in the file.
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": 2,
    "secure_delete": 1,
    "cache_size": -32_000,
}


def inspect_file(path: Path, depth: Depth = "schema") -> int:
    """Check an existing file read-only and return its schema version (0 for an empty file).

    Raises DatabaseError for a damaged file, another program's database or a newer schema.
    The default depth reads only the header and the table names (a few milliseconds); the
    GUI start runs the page check as well (see :mod:`aktif_desktop.storage.integrity`).
    """
    result = check_file(Path(path), depth)
    if not result.ok:
        raise DatabaseError(result.message)
    return result.version


def open_database(
    path: Path | str, *, migrate: bool = True, check: Depth = "quick"
) -> SqliteDatabase:
    """Open (or create) the database at ``path``, bind the models to it and migrate it.

    ``check="schema"`` skips the page check for a caller that has just run it (the GUI start).
    """
    path = Path(path).expanduser().resolve()
    # The page check costs ~0.1 s on a 30 MB database and finds a damaged page before
    # anything is written (a migration step or a pragma would otherwise write to it).
    inspect_file(path, check)
    path.parent.mkdir(parents=True, exist_ok=True)
    close_database()
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=10)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if migrate:
        migrations.migrate_to_latest(db, path)
        for callback in _after_open:
            callback()
    return db


# Called after each open and migration (services.audit registers the session's OS user here:
# storage imports nothing above it).
_after_open: list[Callable[[], None]] = []


def after_open(callback: Callable[[], None]) -> None:
    """Run ``callback`` after every later open of a migrated database."""
    if callback not in _after_open:
        _after_open.append(callback)


def close_database() -> None:
    """Close the current database (if any), leaving no open connection behind."""
    current = database.obj
    if current is not None and not current.is_closed():
        current.close()


def current_path() -> Path | None:
    """Return the file of the open database, or None."""
    current = database.obj
    return Path(current.database) if current is not None else None
