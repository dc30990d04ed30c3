"""Optimistic concurrency: a save based on an older state of a record is refused.

Every editable record carries a ``version`` (migration 4). :func:`versioned_save` writes a
record with ``UPDATE … SET version = version + 1 WHERE id = ? AND version = ?``; when no row
matches, another program (or window) saved the record since the caller loaded it, and a
German :class:`~aktif_desktop.errors.StaleRecordError` says which record, when and by whom
(from the audit trail, which records no field values) and carries the stored values so that
a form can offer to reload or keep its own value per field.

:func:`serialise_writes` makes a read-then-write (count the free seats, draw the next
certificate number) race-free between several programs: on SQLite every write transaction
already holds the file's write lock (``BEGIN IMMEDIATE``); on PostgreSQL it waits for the
writers' lock of the shared database first.
"""

from __future__ import annotations

import re
from typing import Any

from aktif_desktop import messages
from aktif_desktop.errors import NotFoundError, StaleRecordError
from aktif_desktop.services.operations import last_audit_entry
from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.models import VersionedModel, database, now
from aktif_desktop.storage.pg_schema import AUDIT_LOCK

_NOT_COMPARED = frozenset({"id", "created_at", "updated_at", "version"})
# The server's audit trail names "os user (database user)"; the refusal names the person.
_SERVER_USER = re.compile(r"^(?P<person>.+) \((?P<role>[^()]+)\)$")


def serialise_writes() -> bool:
    """Wait until no other program writes, and keep it so until this transaction ends.

    Call it first in a transaction that counts or looks up before it writes (free seats,
    the waiting list, "is she on the list yet", the next number). On PostgreSQL it takes the
    writers' lock (``pg_advisory_xact_lock``): every writing transaction takes that lock at
    its first write (the audit triggers, :data:`~aktif_desktop.storage.pg_schema.AUDIT_LOCK`)
    and holds it until its commit, so once it is ours every earlier write is committed and
    visible and every later one waits for our commit. One lock for all (rather than the
    event's row first) cannot deadlock with a transaction that wrote something else before
    (an import creating contacts, then registering them). On SQLite the write transaction
    (``BEGIN IMMEDIATE``) already holds the file's write lock: nothing to do.

    Returns True when it waited (a server): what the transaction read before may be stale.
    """
    if not is_server():
        return False
    database.execute_sql("SELECT pg_advisory_xact_lock(?)", (AUDIT_LOCK,))
    return True


def person_of(user: str) -> str:
    """The name a refusal shows for an audit entry's user: the colleague's own name.

    On a server the audit trail records "kollegin (aktif)" — her login name on her computer
    and the database user her program connected as (often one shared role, which names no
    one); a person reads "von kollegin". A user without the suffix is shown as recorded.
    """
    if is_server():
        found = _SERVER_USER.match(user)
        if found is not None:
            return found["person"]
    return user


def stored_values(record: VersionedModel) -> dict[str, Any]:
    """The record's values keyed by column name (``organisation_id`` for a foreign key)."""
    fields = type(record)._meta.sorted_fields
    return {field.column_name: record.__data__.get(field.name) for field in fields}


def versioned_save(record: VersionedModel, expected: int | None = None, what: str = "") -> None:
    """Save ``record``; refuse when its stored version is not ``expected``.

    ``expected`` is the version the caller (a form, a command) loaded; None means the version
    read in this transaction (a save that follows no form still increments the version).
    A new record (no id yet) is inserted with version 1. ``what`` names the record in the
    message ("Die Ansprechperson „Anna Müller“").
    """
    if record.id is None:
        record.save()
        return
    model = type(record)
    loaded = int(record.version if expected is None else expected)
    record.updated_at = now()
    meta = model._meta
    values = {
        meta.fields[name]: value
        for name, value in record.__data__.items()
        if name in meta.fields and name != "id"
    }
    values[meta.fields["version"]] = loaded + 1
    query = model.update(values).where((model.id == record.id) & (model.version == loaded))
    if query.execute() == 0:
        raise stale_error(record, loaded, what)
    record.version = loaded + 1


def stale_error(record: VersionedModel, loaded: int, what: str = "") -> StaleRecordError:
    """Build the refusal for ``record`` (holding the caller's values) saved from ``loaded``."""
    model = type(record)
    table = model._meta.table_name
    fresh = model.get_or_none(model.id == record.id)
    if fresh is None:
        raise NotFoundError(messages.NOT_FOUND.format(what=what or table, id=record.id))
    mine, current = stored_values(record), stored_values(fresh)
    differing = tuple(
        name for name in current if name not in _NOT_COMPARED and mine.get(name) != current[name]
    )
    at, recorded = last_audit_entry(table, int(record.id))
    user = person_of(recorded)
    version = int(fresh.version)
    when = (
        messages.STALE_RECORD_WHEN.format(
            version=version, at=at.strftime("%d.%m.%Y um %H:%M"), user=user
        )
        if at is not None
        else messages.STALE_RECORD_VERSION.format(version=version)
    )
    name = what or f"{table} Nr. {record.id}"
    return StaleRecordError(
        messages.STALE_RECORD.format(what=name, when=when),
        table=table,
        record_id=int(record.id),
        loaded_version=loaded,
        current_version=version,
        changed_at=at,
        changed_by=user,
        current=current,
        differing=differing,
    )
