"""Batch writes for the import: many new contacts in a few statements.

The import checks each new contact with :func:`contacts.validate_fields` and its in-memory
indexes (the organisation exists, the e-mail is not taken), then hands it to a
:class:`ContactBatch`. The batch gives each contact the id SQLite would give it (the table has
no AUTOINCREMENT, so the next id is the largest plus one), so the import can report and match
the new record at once, and writes the rows with one ``executemany`` of a prepared INSERT
(peewee's ``insert_many`` spends most of its time building the SQL text of every value).
Values are stored as the model stores them: on SQLite dates and times as ISO text, booleans as
0/1; on PostgreSQL as Python values for its DATE, TIMESTAMP and BOOLEAN columns, and the largest id
is read under the writers' lock (``concurrency.serialise_writes``), so two imports at once never
pick the same id. Call it inside the import's transaction; the audit triggers record every
inserted row as ``create`` as before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from aktif_desktop.services.concurrency import serialise_writes
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.models import Contact, database, now

_FIELDS = [name for name in ContactData.__dataclass_fields__ if name != "organisation_id"]
_COLUMNS = [
    Contact.id,
    Contact.created_at,
    Contact.updated_at,
    Contact.organisation,
    *(getattr(Contact, name) for name in _FIELDS),
]
_CONVERTED = [
    position
    for position, name in enumerate(_FIELDS)
    if ContactData.__dataclass_fields__[name].type not in ("str", str)
]
_INSERT = 'INSERT INTO "{table}" ({columns}) VALUES ({marks})'.format(
    table=Contact._meta.table_name,
    columns=", ".join(f'"{column.column_name}"' for column in _COLUMNS),
    marks=", ".join("?" for _ in _COLUMNS),
)


def _stored(value: Any) -> Any:
    """A value as peewee hands it to SQLite (without the adapters Python 3.12 deprecates)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


class ContactBatch:
    """New, already checked contacts waiting to be written, with their ids."""

    def __init__(self) -> None:
        self.rows: list[tuple[Any, ...]] = []
        self._next_id = 0
        self._server = is_server()

    def _new_id(self) -> int:
        if not self.rows:  # someone may have written contacts since the last flush
            # On a server: once the writers' lock is ours nobody else can add a contact
            # until we commit, and the rows written with these ids move the sequence on.
            serialise_writes()
            self._next_id = int(Contact.select(fn.MAX(Contact.id)).scalar() or 0) + 1
        contact_id = self._next_id
        self._next_id += 1
        return contact_id

    def add(self, valid: ContactData) -> int:
        """Queue one contact (checked by ``validate_fields``) and return its future id."""
        contact_id = self._new_id()
        values = [getattr(valid, name) for name in _FIELDS]
        if self._server:  # psycopg adapts dates, times and flags itself
            stamp: Any = now()
        else:
            stamp = _stored(now())
            for position in _CONVERTED:  # only dates and flags need converting
                values[position] = _stored(values[position])
        self.rows.append((contact_id, stamp, stamp, valid.organisation_id, *values))
        return contact_id

    def flush(self) -> None:
        """Write the queued contacts (in the caller's transaction) and empty the queue."""
        if not self.rows:
            return
        with database.atomic():
            if self._server:
                database.cursor().executemany(_INSERT.replace("?", "%s"), self.rows)
            else:
                database.cursor().executemany(_INSERT, self.rows)
        self.rows = []

    def __len__(self) -> int:
        return len(self.rows)
