"""Backups of the open shared PostgreSQL database, as the GUI and the command line call them.

The same storage functions as for a file (:mod:`aktif_desktop.storage.backup`), with the
server's address as its location: the copy goes into the user data folder's ``Sicherungen``,
written by pg_dump or, when that is missing, too old or fails, by our own export — and then
:func:`backup_note` says so in German.
"""

from __future__ import annotations

from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError
from aktif_desktop.storage import autobackup, backup, pg_backup
from aktif_desktop.storage.db import current_server
from aktif_desktop.storage.models import database


def open_server_url() -> str | None:
    """The address (without password) of the open server database, or None."""
    server = current_server()
    return server.url() if server is not None else None


def make_server_backup(target: Path | None = None) -> Path:
    """Write a consistent copy of the open server database (by hand: ``manuell``)."""
    url = open_server_url()
    if url is None:
        raise DatabaseError(messages.BACKUP_NO_DATABASE)
    return backup.backup_now(database.obj, url, backup.KIND_MANUAL, target)


def daily_server_backup() -> Path | None:
    """The automatic copy of the day, if something changed since the newest copy."""
    url = open_server_url()
    if url is None:
        return None
    return autobackup.daily_backup(database.obj, url)


def backup_note(path: Path) -> str:
    """The German note about how a copy was made (our own export instead of pg_dump…)."""
    return pg_backup.note_for(path)
