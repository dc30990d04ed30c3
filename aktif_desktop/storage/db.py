"""Opening and closing the one SQLite database, with its pragmas, locks and checks.

Every connection gets the same pragmas (set in this one place). A file that is not an Aktif
database, or that a newer version wrote, is refused before anything is written to it. Every
process holding the database open holds a shared lock beside it (:mod:`.locks`), so a restore
in another process waits for nobody and refuses instead. Write transactions begin with
``BEGIN IMMEDIATE``: the busy timeout then covers taking the write lock (a deferred
transaction that later wants to write fails at once with "database is locked"). A full disk,
a read-only folder, a lock held too long or an I/O error becomes its own German sentence
(:mod:`.faults`), never "damaged".
"""

from __future__ import annotations

import atexit
import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import InterfaceError, OperationalError, SqliteDatabase

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError
from aktif_desktop.storage import audit_chain, locks, migrations
from aktif_desktop.storage.faults import fault_of
from aktif_desktop.storage.integrity import Depth, check_file
from aktif_desktop.storage.models import database
from aktif_desktop.storage.pg_database import AktifPostgres, PeeweeConnection
from aktif_desktop.storage.server import ServerTarget, is_server_url

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


class AktifDatabase(SqliteDatabase):
    """peewee's SqliteDatabase with immediate write transactions and German fault messages."""

    backend = "sqlite"

    def __init__(self, path: str, **kwargs: Any) -> None:
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(path, **kwargs)

    def _translate(self, error: OperationalError) -> DatabaseError | None:
        return fault_of(error, self.database)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except OperationalError as error:
            fault = self._translate(error)
            if fault is None:
                raise
            raise fault from error

    def begin(self, lock_type: str | None = None) -> None:
        try:
            super().begin(lock_type)
        except OperationalError as error:
            fault = self._translate(error)
            if fault is None:
                raise
            raise fault from error

    def commit(self) -> None:
        try:
            super().commit()
        except OperationalError as error:
            fault = self._translate(error)
            if fault is None:
                raise
            raise fault from error


def inspect_file(path: Path, depth: Depth = "schema") -> int:
    """Check an existing file read-only and return its schema version (0 for an empty file).

    Raises DatabaseError for a damaged file, another program's database, a newer schema, a
    folder, or a file that cannot be read now (full disk, no rights, I/O error).
    """
    result = check_file(Path(path), depth)
    if not result.ok:
        raise DatabaseError(result.message)
    return result.version


def refuse_empty_beside_backups(path: Path) -> None:
    """An empty (0-byte) database next to a valid backup is a lost file, not a new start."""
    if not path.is_file() or path.stat().st_size != 0:
        return
    from aktif_desktop.storage.backup import newest_valid_backup

    newest = newest_valid_backup(path)
    if newest is not None:
        raise DatabaseError(
            messages.DB_EMPTY_WITH_BACKUP.format(
                path=path, backup=newest.path, created=f"{newest.created:%d.%m.%Y %H:%M}"
            )
        )


def open_database(
    path: Path | str, *, migrate: bool = True, check: Depth = "quick"
) -> SqliteDatabase:
    """Open (or create) the database at ``path``, bind the models to it and migrate it.

    ``path`` may also be a ``postgresql://`` URL (:func:`open_server`). ``check="schema"``
    skips the page check for a caller that has just run it (the GUI start).
    """
    if is_server_url(path):
        return open_server(str(path), migrate=migrate)  # type: ignore[return-value]
    if str(path).lower().startswith(("postgresql:/", "postgres:/")):
        # A server address that went through Path() ("postgresql:/…"): never a file to create.
        raise DatabaseError(messages.SERVER_BAD_URL.format(url=str(path)))
    path = Path(path).expanduser().resolve()
    # The page check costs ~0.1 s on a 30 MB database and finds a damaged page before
    # anything is written (a migration step or a pragma would otherwise write to it).
    inspect_file(path, check)
    refuse_empty_beside_backups(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise fault_of(error, path) or DatabaseError(
            messages.DB_READ_ONLY.format(path=path)
        ) from error
    close_database()
    _close_at_exit()
    locks.hold_shared(path)
    try:
        db = AktifDatabase(str(path), pragmas=PRAGMAS, timeout=10)
        database.initialize(db)
        try:
            db.connect(reuse_if_open=True)
        except OperationalError as error:
            raise (fault_of(error, path) or error) from error
        if migrate:
            migrations.migrate_to_latest(db, path)
            for callback in _after_open:
                callback()
            seal_audit_log()
    except BaseException:
        close_database()
        locks.release_shared(path)
        raise
    return db


def open_server(url: str, *, migrate: bool = True) -> AktifPostgres:
    """Connect to the shared PostgreSQL database at ``url``, bind the models and migrate it."""
    from aktif_desktop.storage import pg_schema
    from aktif_desktop.storage.server import ServerTarget

    target = ServerTarget.parse(url)
    close_database()
    _close_at_exit()
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise DatabaseError(messages.SERVER_NEEDS_DRIVER) from error
    db = AktifPostgres(target, app_user=_os_user())
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if migrate:
            pg_schema.migrate_to_latest(db, migrations.LATEST_VERSION)
            for callback in _after_open:
                callback()
            seal_audit_log()
    except BaseException:
        close_database()
        raise
    return db


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def is_server() -> bool:
    """True while the open database is a shared PostgreSQL database."""
    return isinstance(database.obj, AktifPostgres)


def current_server() -> ServerTarget | None:
    """The server target of the open database, or None for a file (or nothing open)."""
    current = database.obj
    return current.target if isinstance(current, AktifPostgres) else None


_exit_hook: list[bool] = []


def _close_at_exit() -> None:
    """Seal the audit entries a command wrote and close cleanly when the process ends."""
    if not _exit_hook:
        _exit_hook.append(True)
        atexit.register(_quiet_close)


def _quiet_close() -> None:
    with contextlib.suppress(Exception):
        close_database()


def seal_audit_log() -> None:
    """Add the hash-chain values of new audit entries (cheap: only entries since the last)."""
    current = database.obj
    if current is None or current.is_closed():
        return
    if isinstance(current, AktifPostgres):
        with current.atomic():
            current.execute_sql('LOCK TABLE "audit_chain" IN EXCLUSIVE MODE')
            audit_chain.seal(PeeweeConnection(current))
        return
    with current.atomic():
        audit_chain.seal(current.connection())


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
    if current is None:
        return
    if isinstance(current, AktifPostgres):
        if not current.is_closed():
            # A half-created or unreachable database: closing must not hide the first error.
            with contextlib.suppress(DatabaseError, PeeweeDatabaseError, InterfaceError):
                seal_audit_log()
            with contextlib.suppress(Exception):
                current.close()
        return
    path = Path(current.database)
    if not current.is_closed():
        # Sealed at the next open otherwise: closing must neither fail nor wait on a busy or
        # full disk.
        with contextlib.suppress(DatabaseError, OperationalError):
            current.execute_sql("PRAGMA busy_timeout = 100")
            seal_audit_log()
        current.close()
    locks.release_shared(path)


def current_path() -> Path | None:
    """Return the file of the open database, or None (nothing open, or a server)."""
    current = database.obj
    if current is None or isinstance(current, AktifPostgres):
        return None
    return Path(current.database)
