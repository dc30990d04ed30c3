"""Optimistic concurrency: a save based on an older state of a record is refused.

Every editable record carries a ``version`` (migration 4). :func:`versioned_save` writes a
record with ``UPDATE … SET version = version + 1 WHERE id = ? AND version = ?``; when no row
matches, another program (or window) saved the record since the caller loaded it, and a
German :class:`~aktif_desktop.errors.StaleRecordError` says which record, when and by whom
(from the audit trail, which records no field values) and carries the stored values so that
a form can offer to reload or keep its own value per field.
"""

from __future__ import annotations

from typing import Any

from aktif_desktop import messages
from aktif_desktop.errors import NotFoundError, StaleRecordError
from aktif_desktop.services.operations import last_audit_entry
from aktif_desktop.storage.models import VersionedModel, now

_NOT_COMPARED = frozenset({"id", "created_at", "updated_at", "version"})


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
    at, user = last_audit_entry(table, int(record.id))
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
