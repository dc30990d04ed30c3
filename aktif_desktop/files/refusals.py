"""What must never be written over, and why a write failed, as German sentences.

The open database and its ``-wal``/``-shm``/lock files, any other SQLite file (found by its
16-byte header, whatever its name), the backup folder, the file being imported; and the
``OSError`` codes (full disk, read-only, name too long) that each get their own sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import AktifError

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", "-lock", ".lck", ".instance")
BACKUP_FOLDER_NAME = "Sicherungen"  # storage.backup.FOLDER_NAME (not imported: no cycle)
TEMP_PREFIX = ".~aktif-"


class WriteRefused(AktifError):  # noqa: N818 - reads as what happened, like ExportCancelled
    """A file was not written; ``message`` says why in German and what to do."""


_protected: dict[Path, int] = {}
_protected_lock = threading.Lock()


# Protected files ---------------------------------------------------------------------------
@contextlib.contextmanager
def protect(path: Path | str) -> Iterator[None]:
    """While the block runs, refuse to write over ``path`` (the file being imported)."""
    key = real_path(Path(path))
    with _protected_lock:
        _protected[key] = _protected.get(key, 0) + 1
    try:
        yield
    finally:
        with _protected_lock:
            _protected[key] -= 1
            if not _protected[key]:
                del _protected[key]


def real_path(path: Path) -> Path:
    """The absolute path with symbolic links resolved (a link to the database is the database)."""
    return Path(os.path.realpath(os.path.abspath(os.fspath(path))))


def _open_database() -> Path | None:
    from aktif_desktop.storage.db import current_path

    path = current_path()
    return real_path(path) if path is not None else None


def is_sqlite_file(path: Path) -> bool:
    """True when ``path`` starts with SQLite's 16-byte header (an Aktif database or backup)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def _companion_base(name: str) -> str | None:
    """ "aktif.db-wal" -> "aktif.db" (also ".aktif.db.lock"), else None."""
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)].removeprefix(".") or None
    return None


def database_problem(real: Path, shown: Path) -> str | None:
    database = _open_database()
    if database is not None:
        same_folder = real.parent == database.parent
        if real == database or (same_folder and _companion_base(real.name) == database.name):
            return messages.WRITE_OPEN_DATABASE.format(path=shown)
        if is_inside(real, database.parent / BACKUP_FOLDER_NAME):
            return messages.WRITE_BACKUP_FOLDER.format(path=shown)
    if real.is_file() and is_sqlite_file(real):
        return messages.WRITE_OTHER_DATABASE.format(path=shown)
    base = _companion_base(real.name)
    if base is not None and is_sqlite_file(real.parent / base):
        return messages.WRITE_OTHER_DATABASE.format(path=shown)
    if real.parent.name == BACKUP_FOLDER_NAME and holds_database(real.parent.parent):
        return messages.WRITE_BACKUP_FOLDER.format(path=shown)
    with _protected_lock:
        if real in _protected:
            return messages.WRITE_IMPORT_SOURCE.format(path=shown)
    return None


def is_inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def holds_database(folder: Path) -> bool:
    """True when ``folder`` holds an SQLite file (so its "Sicherungen" are backups)."""
    try:
        return any(is_sqlite_file(item) for item in folder.glob("*.db") if item.is_file())
    except OSError:
        return False


# OS errors ---------------------------------------------------------------------------------
def translate_os_error(error: OSError, path: Path) -> WriteRefused:
    """The German sentence for a failed write: full disk, read-only, name too long, …"""
    code = error.errno
    folder = path if path.is_dir() else path.parent
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return WriteRefused(messages.WRITE_DISK_FULL.format(path=path))
    if code == errno.ENAMETOOLONG:
        return WriteRefused(messages.WRITE_NAME_TOO_LONG.format(name=path.name[:80]))
    if code == errno.EROFS:
        return WriteRefused(messages.WRITE_READ_ONLY_FOLDER.format(path=folder))
    if code in (errno.EACCES, errno.EPERM):
        if path.exists() and not path.is_dir():
            # Windows: a file open in Excel or a PDF viewer cannot be replaced.
            if os.name == "nt" and os.access(path, os.W_OK):
                return WriteRefused(messages.WRITE_FILE_LOCKED.format(path=path))
            return WriteRefused(messages.WRITE_READ_ONLY_FILE.format(path=path))
        return WriteRefused(messages.WRITE_READ_ONLY_FOLDER.format(path=folder))
    if code == errno.EISDIR:
        return WriteRefused(messages.WRITE_IS_FOLDER.format(path=path))
    if code == errno.ENOENT:
        return WriteRefused(messages.WRITE_FOLDER_MISSING.format(path=folder))
    reason = error.strerror or type(error).__name__
    return WriteRefused(messages.WRITE_IO_ERROR.format(path=path, reason=reason))
