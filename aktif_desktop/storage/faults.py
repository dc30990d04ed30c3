"""Faults of the surroundings — a full disk, a read-only folder, a locked file, an I/O error,
another program writing — told apart from a damaged database.

None of these is damage: the file is never renamed, replaced or offered for restore because of
one. :func:`fault_of` turns the error SQLite or the operating system raised into the German
DatabaseError that says which it is (None for an error that is not such a fault).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError

# Primary SQLite result codes (https://sqlite.org/rescode.html).
_SQLITE_MESSAGES = {
    3: messages.DB_READ_ONLY,  # SQLITE_PERM
    5: messages.DB_BUSY,  # SQLITE_BUSY
    6: messages.DB_LOCKED_FILE,  # SQLITE_LOCKED
    8: messages.DB_READ_ONLY,  # SQLITE_READONLY
    10: messages.DB_IO_ERROR,  # SQLITE_IOERR
    13: messages.DB_DISK_FULL,  # SQLITE_FULL
    14: messages.DB_READ_ONLY,  # SQLITE_CANTOPEN
    15: messages.DB_LOCKED_FILE,  # SQLITE_PROTOCOL (a lock race)
}
# SQLITE_IOERR_WRITE etc. caused by a full disk carry no own code: the OS error says it.
_OS_MESSAGES = {
    errno.ENOSPC: messages.DB_DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): messages.DB_DISK_FULL,  # no EDQUOT on Windows
    errno.EROFS: messages.DB_READ_ONLY,
    errno.EACCES: messages.DB_READ_ONLY,
    errno.EPERM: messages.DB_READ_ONLY,
    errno.EIO: messages.DB_IO_ERROR,
    errno.EISDIR: messages.DB_IS_FOLDER,
}
# Older SQLite builds or wrapped errors: recognise the text.
_TEXTS = (
    ("database is locked", messages.DB_BUSY),
    ("database table is locked", messages.DB_LOCKED_FILE),
    ("database or disk is full", messages.DB_DISK_FULL),
    ("readonly database", messages.DB_READ_ONLY),
    ("disk i/o error", messages.DB_IO_ERROR),
    ("unable to open database file", messages.DB_READ_ONLY),
)


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.Error):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def fault_text(error: BaseException) -> str | None:
    """The message template for ``error`` (with ``{path}``), None if it is no such fault."""
    if isinstance(error, OSError):
        return _OS_MESSAGES.get(error.errno or 0)
    found = _sqlite_error(error)
    if found is None:
        return None
    code = getattr(found, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_MESSAGES:
        return _SQLITE_MESSAGES[code & 0xFF]
    text = str(found).lower()
    for needle, template in _TEXTS:
        if needle in text:
            return template
    return None


def fault_of(error: BaseException, path: Path | str) -> DatabaseError | None:
    """The German DatabaseError for a fault of the surroundings, or None."""
    template = fault_text(error)
    return DatabaseError(template.format(path=path)) if template else None


def is_busy(error: BaseException) -> bool:
    """True when ``error`` means another connection holds the write lock."""
    return fault_text(error) == messages.DB_BUSY
