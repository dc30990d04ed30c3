"""A lock file beside the database that every process holding the database open shares.

``<name>.db.lock`` lies next to the database (never in TMPDIR, which differs between users and
sessions). Every process that opens the database holds a shared lock on it; a restore takes it
exclusively and so refuses while another program has the database open. The operating system
drops a lock when its process ends (also after a crash or ``kill -9``), so a lock is never
stale. POSIX uses ``flock``; Windows ``LockFileEx`` (shared and exclusive byte-range locks).

One process holds one descriptor per database; opening and closing the database counts
users, and a restore converts this process's shared lock to an exclusive one.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError

WAIT_SECONDS = 10.0  # as long as SQLite's busy timeout
_POLL = 0.05


def lock_path(database: Path) -> Path:
    """Return the lock file of ``database`` ("aktif.db" -> "aktif.db.lock")."""
    return Path(database).with_name(Path(database).name + ".lock")


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _EXCLUSIVE = 0x2
    _FAIL_IMMEDIATELY = 0x1

    def _try_lock(fd: int, exclusive: bool) -> bool:
        handle = msvcrt.get_osfhandle(fd)
        overlapped = _Overlapped()
        _unlock(fd)
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)))

    def _unlock(fd: int) -> None:
        handle = msvcrt.get_osfhandle(fd)
        overlapped = _Overlapped()
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(overlapped))

else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(slots=True)
class _Held:
    fd: int
    users: int = 0
    exclusive: bool = False


_held: dict[str, _Held] = {}
_guard = threading.RLock()


def _key(database: Path) -> str:
    return os.path.normcase(str(Path(database).resolve()))


def _open(database: Path) -> int:
    path = lock_path(database)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        # A read-only folder: the lock file may exist already (then reading suffices), or
        # nobody can write the database there anyway (SQLite reports that in German later).
        return os.open(path, os.O_RDONLY) if path.exists() else -1


def hold_shared(database: Path, wait: float = WAIT_SECONDS) -> None:
    """Take (or count once more) this process's shared lock on ``database``.

    Waits up to ``wait`` seconds while a restore holds the lock exclusively, then raises a
    German DatabaseError.
    """
    with _guard:
        key = _key(database)
        held = _held.get(key)
        if held is not None:
            held.users += 1
            return
        fd = _open(database)
        if fd < 0:
            return  # no lock possible in a folder nobody may write to
        deadline = time.monotonic() + wait
        while not _try_lock(fd, exclusive=False):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise DatabaseError(messages.DB_RESTORE_RUNNING.format(path=database))
            time.sleep(_POLL)
        _held[key] = _Held(fd, users=1)


def release_shared(database: Path) -> None:
    """Give back one use of the shared lock; the last one unlocks (unless restoring)."""
    with _guard:
        key = _key(database)
        held = _held.get(key)
        if held is None:
            return
        held.users = max(0, held.users - 1)
        if held.users == 0 and not held.exclusive:
            _unlock(held.fd)
            os.close(held.fd)
            del _held[key]


def held_here(database: Path) -> bool:
    """True while this process holds a lock on ``database``."""
    return _key(database) in _held


@contextmanager
def exclusive(database: Path) -> Iterator[None]:
    """Hold ``database`` for this process alone, or raise a German DatabaseError at once.

    A shared lock of this process is converted (and given back as shared afterwards); the
    database may be closed and reopened inside.
    """
    with _guard:
        key = _key(database)
        held = _held.get(key)
        if held is None:
            fd = _open(database)
            if fd < 0:
                raise DatabaseError(messages.DB_READ_ONLY.format(path=database))
            held = _Held(fd)
            _held[key] = held
        if not _try_lock(held.fd, exclusive=True):
            # flock may drop a shared lock while failing to convert it: take it again.
            if held.users:
                _try_lock(held.fd, exclusive=False)
            else:
                os.close(held.fd)
                del _held[key]
            raise DatabaseError(messages.RESTORE_IN_USE.format(path=database))
        held.exclusive = True
    try:
        yield
    finally:
        with _guard:
            held.exclusive = False
            if held.users:
                _unlock(held.fd)
                _try_lock(held.fd, exclusive=False)
            else:
                _unlock(held.fd)
                os.close(held.fd)
                _held.pop(key, None)
