"""Cheap fingerprints of a table's content, so a page can skip re-reading unchanged data.

Re-reading 20,000 contacts and rebuilding their search index costs over a second of CPU;
a page that is merely shown again should not pay it. A fingerprint is one aggregate query
(a few milliseconds): row count, highest id and newest ``updated_at``. Every service write
goes through ``Model.save()`` (which stamps ``updated_at``), an insert (new id) or a delete
(count), so any of them changes the fingerprint. Contact rows also show their
organisation's name, hence the organisations' fingerprint is part of the contacts' one.

``updated_at`` has whole seconds: a second write within the same second as the newest one
would leave the fingerprint unchanged. So while the newest change is from the current second
there is no fingerprint (None), and the caller reads the data. Any later write is then
stamped with a later second and changes it.
"""

from __future__ import annotations

from peewee import fn

from aktif_desktop.services.common import tuple_rows
from aktif_desktop.storage.models import BaseModel, Contact, Organisation, now

Fingerprint = tuple[object, ...]


def _table_fingerprint(model: type[BaseModel]) -> Fingerprint | None:
    query = model.select(fn.COUNT(model.id), fn.MAX(model.id), fn.MAX(model.updated_at))
    count, highest, newest = tuple_rows(query)[0]
    if newest is not None and newest >= now():
        return None  # changed this very second: another change may follow unseen
    return count, highest, newest


def contacts_fingerprint() -> Fingerprint | None:
    """Return a value that changes whenever a contact or an organisation changed.

    None means "cannot tell" (changed this second): read the contacts.
    """
    contact, organisation = _table_fingerprint(Contact), _table_fingerprint(Organisation)
    if contact is None or organisation is None:
        return None
    return contact + organisation
