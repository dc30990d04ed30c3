"""Consistent backup copies of the live database through SQLite's backup API.

The live file is never copied byte by byte (a copy of an open WAL database misses recent
data): the copy goes to a temporary file, is checked, flushed and then renamed into place, so
a crash during a backup leaves the previous copies untouched.

Copies live in ``Sicherungen/`` next to the database, named
``<db>_<JJJJ-MM-TT_HHMMSS>_<kind>.db``. They are written before every migration, before a
restore, at the first start of each day when the data changed (``automatisch``) and on demand
(``manuell``). :mod:`aktif_desktop.storage.retention` thins them out.

A shared PostgreSQL database (its location is the ``postgresql://`` URL) is backed up by
:mod:`.pg_backup` into the user data folder's ``Sicherungen/``, named after the server database:
``<dbname>_<JJJJ-MM-TT_HHMMSS>_<kind>.pgdump`` (pg_dump) or ``….aktifdump`` (our own export).
Listing, the newest valid copy and thinning work on those the same way.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError
from aktif_desktop.storage import pg_backup
from aktif_desktop.storage.integrity import check_file, readonly_uri
from aktif_desktop.storage.server import ServerTarget, is_server_url

Location = Path | str  # a database file, or a server URL kept as text

FOLDER_NAME = "Sicherungen"
STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
KIND_AUTOMATIC = "automatisch"
KIND_MANUAL = "manuell"
KIND_BEFORE_RESTORE = "vor-Wiederherstellung"
_STAMP = r"\d{4}-\d{2}-\d{2}_\d{6}"
# The current name and the first release's "<db>_vor-Update-v1_<stamp>.db".
_NAME = re.compile(
    rf"^(?P<stem>.+?)_(?:(?P<stamp>{_STAMP})_(?P<kind>[\w-]+?)(?:-\d+)?|"
    rf"(?P<old_kind>vor-Update-v\d+)_(?P<old_stamp>{_STAMP}))(?P<suffix>\.\w+)$"
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file found in the backup folder."""

    path: Path
    created: dt.datetime
    kind: str
    size: int

    @property
    def label(self) -> str:
        """ "26.11.2026 01:40 (automatisch)" for lists and dialogs."""
        return f"{self.created:%d.%m.%Y %H:%M} ({self.kind.replace('-', ' ')})"


def backup_folder(location: Location) -> Path:
    """The backup folder of a database file, or the user data folder's for a server."""
    if is_server_url(location):
        from aktif_desktop import paths

        return paths.data_dir() / FOLDER_NAME
    return Path(location).parent / FOLDER_NAME


def _stem(location: Location) -> str:
    if is_server_url(location):
        return ServerTarget.parse(str(location)).dbname
    return Path(location).stem


def backups_dir(db_path: Location) -> Path:
    """Return (and create) the backup folder that belongs to a database file (or, for a server
    database, the one in the user data folder)."""
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def parse_name(
    path: Path, stem: str, suffixes: tuple[str, ...] = (".db",)
) -> tuple[dt.datetime, str] | None:
    """Return (time, kind) of a backup of database ``stem``, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem or match["suffix"] not in suffixes:
        return None
    stamp = match["stamp"] or match["old_stamp"]
    try:
        created = dt.datetime.strptime(stamp, STAMP_FORMAT)
    except ValueError:
        return None
    return created, match["kind"] or match["old_kind"]


_ids: dict[tuple[str, int, int], str | None] = {}


def database_id(path: Path) -> str | None:
    """The id a database (or a backup, which is a copy of one) carries; None before
    schema 4, for an empty, missing or unreadable file."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    if stat.st_size == 0:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _ids:
        found: str | None = None
        try:
            connection = sqlite3.connect(readonly_uri(Path(path)), uri=True)
            try:
                row = connection.execute("SELECT database_id FROM database_info").fetchone()
                found = str(row[0]) if row else None
            finally:
                connection.close()
        except sqlite3.Error:
            found = None
        _ids[key] = found
    return _ids[key]


def belongs_to(copy: Path, stem: str, own_id: str | None) -> bool:
    """True when the backup ``copy`` is one of the database with ``stem`` and ``own_id``.

    Both ids known: they decide (another database of the same name — another Verbund's file
    put in its place — never claims these copies). Otherwise, for copies or databases older
    than schema 4 or an empty database file, the name decides.
    """
    if parse_name(copy, stem) is None:
        return False
    if own_id is None:
        return True
    copy_id = database_id(copy)
    return copy_id is None or copy_id == own_id


def list_backups(db_path: Location) -> list[BackupInfo]:
    """Return the backups of ``db_path``, newest first (temporary and foreign files skipped).

    A copy belongs to the database by its name and its database id (see :func:`belongs_to`).
    """
    if is_server_url(db_path):
        return _list_server_backups(str(db_path))
    folder = Path(db_path).parent / FOLDER_NAME
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    own_id = database_id(Path(db_path))
    found = []
    for path in folder.glob("*.db"):
        parsed = parse_name(path, stem)
        if parsed is not None and path.is_file() and belongs_to(path, stem, own_id):
            found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def _server_id(url: str) -> str | None:
    """The database id of the server database, if it is the one open in this process."""
    from aktif_desktop.storage.models import DatabaseInfo, database

    current: ServerTarget | None = getattr(database.obj, "target", None)
    if current is None or current.url() != ServerTarget.parse(url).url():
        return None
    try:
        row = DatabaseInfo.select(DatabaseInfo.database_id).order_by(DatabaseInfo.id).first()
    except DatabaseError:
        return None
    return str(row.database_id) if row is not None and row.database_id else None


def _list_server_backups(url: str) -> list[BackupInfo]:
    folder = backup_folder(url)
    if not folder.is_dir():
        return []
    stem, own_id = _stem(url), _server_id(url)
    found = []
    for path in folder.iterdir():
        parsed = parse_name(path, stem, pg_backup.SUFFIXES)
        if parsed is None or not path.is_file():
            continue
        copy_id = pg_backup.backup_database_id(path)
        if own_id is None or copy_id is None or copy_id == own_id:
            found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def newest_valid_backup(db_path: Location) -> BackupInfo | None:
    """Return the newest backup that passes the page check and that this version can open
    (a server copy: a pg_dump archive or our export with a readable manifest)."""
    server = is_server_url(db_path)
    for info in list_backups(db_path):
        if pg_backup.looks_valid(info.path) if server else check_file(info.path, "quick").ok:
            return info
    return None


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open folders and flushes renames itself."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


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
        # A single self-contained file: no -wal next to a copy that gets moved around.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    _fsync_folder(target.parent)
    return target


def backup_file(db_path: Path, target: Path) -> Path:
    """Back up a database that is not open in this process (read-only source connection)."""
    source = sqlite3.connect(readonly_uri(db_path), uri=True)
    try:
        return write_backup(source, target)
    finally:
        source.close()


def target_path(
    db_path: Location, kind: str, now: dt.datetime | None = None, suffix: str | None = None
) -> Path:
    """Return a new, unused file name in the backup folder for a copy of ``kind``.

    ``suffix``: ``.db`` for a file; for a server ``.pgdump`` unless told otherwise.
    """
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    folder = backups_dir(db_path)
    stem = _stem(db_path)
    server = is_server_url(db_path)
    if suffix is None:
        suffix = pg_backup.SUFFIX_PG_DUMP if server else ".db"
    # A server copy's name is unused in both forms (.pgdump and .aktifdump).
    taken = pg_backup.SUFFIXES if server else (suffix,)
    base, counter = f"{stem}_{stamp}_{kind}", 2
    while any((folder / f"{base}{ext}").exists() for ext in (suffix, *taken)):
        base, counter = f"{stem}_{stamp}_{kind}-{counter}", counter + 1
    target = folder / f"{base}{suffix}"
    return target


def backup_server(db: object, kind: str = KIND_MANUAL, target: Path | None = None) -> Path:
    """Write a consistent copy of the open server database (pg_dump, else our own export)."""
    from aktif_desktop.messages import pg_backup as texts

    server: ServerTarget = db.target  # type: ignore[attr-defined]
    url = server.url()
    major = int(db.server_version) // 10000  # type: ignore[attr-defined]
    folder = Path(target).parent if target is not None else backups_dir(url)
    try:
        written = pg_backup.write_server_backup(
            server,
            major,
            lambda suffix: target_path(url, kind, suffix=suffix),
            Path(target) if target is not None else None,
        )
    except DatabaseError as error:
        text = texts.PG_BACKUP_FAILED.format(database=server.display(), reason=error, folder=folder)
        raise DatabaseError(text) from error
    except Exception as error:
        from aktif_desktop.storage.pg_database import server_fault

        reason = server_fault(error, server) or error
        text = texts.PG_BACKUP_FAILED.format(
            database=server.display(), reason=reason, folder=folder
        )
        raise DatabaseError(text) from error
    return written.path


def backup_now(
    db: SqliteDatabase, db_path: Location, kind: str = KIND_MANUAL, target: Path | None = None
) -> Path:
    """Write a copy of the open database; raise a German DatabaseError when that fails."""
    if is_server_url(db_path) or getattr(db, "backend", "") == "postgresql":
        return backup_server(db, kind, target)
    db_path = Path(db_path)
    target = Path(target) if target is not None else target_path(db_path, kind)
    try:
        return write_backup(db.connection(), target)
    except (OSError, sqlite3.Error) as error:
        folder = target.parent
        if folder.is_dir():  # no half-written copy left behind
            target.with_name(target.name + ".tmp").unlink(missing_ok=True)
        raise DatabaseError(messages.BACKUP_FAILED.format(reason=error, folder=folder)) from error


def backup_before_migration(db: SqliteDatabase, db_path: Path, version: int) -> Path:
    """Write a copy of the database as it was before migrating from ``version``."""
    return write_backup(db.connection(), target_path(db_path, f"vor-Update-v{version}"))
