"""Protokoll entries as German sentences a person understands.

The audit log stores only table, row id, action, time, user and (for settings) the key —
never a person's name (see :mod:`aktif_desktop.services.audit`). The sentences name a record
by looking up the live record by its id: "Geändert: Ansprechperson „Jörg Schäfer“"; a record
that is gone reads "Ansprechperson Nr. 34 (gelöscht)", so deleting or anonymising a person
removes them from what the Protokoll can tell. Settings keys get a German description
("Spaltenzuordnung für Partner-Import gespeichert"); a merge reads "Zusammengeführt: Jörg
Schäfer ← Ansprechperson Nr. 34 (gelöscht)" and the delete it caused says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from aktif_desktop import messages
from aktif_desktop.services.audit import AuditAction, AuditRow, merge_ids, table_label
from aktif_desktop.services.common import tuple_rows
from aktif_desktop.storage.models import (
    Agreement,
    Certificate,
    Contact,
    Event,
    Organisation,
    Participation,
    Service,
    SupplyGap,
)

CHUNK = 500  # ids per query (SQLite allows 999 variables in old builds)
IMPORT_MAPPING_PREFIX = "import_mapping:"

Names = dict[str, dict[int, str]]  # table -> row id -> display name of the live record


def _contact_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def _simple(model: Any, *fields: Any) -> Callable[[list[int]], dict[int, str]]:
    def names(ids: list[int]) -> dict[int, str]:
        query = model.select(model.id, *fields).where(model.id.in_(ids))
        return {row[0]: " ".join(str(v) for v in row[1:] if v).strip() for row in tuple_rows(query)}

    return names


def _participation_names(ids: list[int]) -> dict[int, str]:
    query = (
        Participation.select(Participation.id, Contact.first_name, Contact.last_name, Event.title)
        .join(Contact, on=Participation.contact == Contact.id)
        .switch(Participation)
        .join(Event, on=Participation.event == Event.id)
        .where(Participation.id.in_(ids))
    )
    return {
        row_id: messages.AUDIT_PARTICIPATION_NAME.format(
            person=_contact_name(first, last), event=title
        )
        for row_id, first, last, title in tuple_rows(query)
    }


NAME_LOOKUPS: dict[str, Callable[[list[int]], dict[int, str]]] = {
    "organisation": _simple(Organisation, Organisation.name),
    "contact": _simple(Contact, Contact.first_name, Contact.last_name),
    "service": _simple(Service, Service.name),
    "event": _simple(Event, Event.title),
    "participation": _participation_names,
    "certificate": _simple(Certificate, Certificate.number),
    "agreement": _simple(Agreement, Agreement.who),
    "supply_gap": _simple(SupplyGap, SupplyGap.title),
}


def live_names(rows: Iterable[AuditRow]) -> Names:
    """The display names of the records the entries name that still exist (a few queries)."""
    wanted: dict[str, set[int]] = {}
    for row in rows:
        if row.row_id is not None and row.table_name in NAME_LOOKUPS:
            wanted.setdefault(row.table_name, set()).add(row.row_id)
        ids = merge_ids(row.detail) if row.action == AuditAction.MERGE else None
        if ids is not None and row.table_name in NAME_LOOKUPS:
            wanted.setdefault(row.table_name, set()).update(ids)
    names: Names = {}
    for table, id_set in wanted.items():
        ordered = sorted(id_set)
        found: dict[int, str] = {}
        for start in range(0, len(ordered), CHUNK):
            found.update(NAME_LOOKUPS[table](ordered[start : start + CHUNK]))
        names[table] = found
    return names


def record_phrase(table: str, row_id: int | None, names: Names) -> str:
    """ "Ansprechperson „Jörg Schäfer“", or "Ansprechperson Nr. 34 (gelöscht)" when gone."""
    kind = table_label(table)
    if row_id is None:
        return kind
    name = names.get(table, {}).get(row_id)
    if name:
        return messages.AUDIT_RECORD_NAMED.format(kind=kind, name=name)
    if name == "" or table not in NAME_LOOKUPS:  # exists without a name / kind without names
        return messages.AUDIT_RECORD_NUMBER.format(kind=kind, id=row_id)
    return messages.AUDIT_RECORD_GONE.format(kind=kind, id=row_id)


def setting_phrase(key: str) -> str:
    """What a settings key means: "Spaltenzuordnung für Partner-Import"."""
    if key.startswith(IMPORT_MAPPING_PREFIX):
        kind = key[len(IMPORT_MAPPING_PREFIX) :].partition(":")[0]
        kind_label = messages.AUDIT_IMPORT_MAPPING_KINDS.get(kind, kind)
        return messages.AUDIT_IMPORT_MAPPING.format(kind=kind_label)
    return messages.AUDIT_SETTING_LABELS.get(key) or messages.AUDIT_SETTING_GENERIC.format(key=key)


_SETTING_TEMPLATES = {
    AuditAction.CREATE: messages.AUDIT_SETTING_SAVED,
    AuditAction.UPDATE: messages.AUDIT_SETTING_CHANGED,
    AuditAction.DELETE: messages.AUDIT_SETTING_REMOVED,
}
_RECORD_TEMPLATES = {
    AuditAction.CREATE: messages.AUDIT_CREATED,
    AuditAction.UPDATE: messages.AUDIT_UPDATED,
    AuditAction.DELETE: messages.AUDIT_DELETED,
}
_ACTION_TEMPLATES = {
    AuditAction.IMPORT: messages.AUDIT_IMPORT,
    AuditAction.EXPORT: messages.AUDIT_EXPORT,
    AuditAction.RETENTION: messages.AUDIT_RETENTION,
    AuditAction.RESTORE: messages.AUDIT_RESTORE,
}


def describe(row: AuditRow, names: Names, merged_into: dict[tuple[str, int], int]) -> str:
    """One entry as a German sentence (see the module docstring)."""
    action = row.action
    if row.table_name == "setting" and action in _SETTING_TEMPLATES:
        return _SETTING_TEMPLATES[AuditAction(action)].format(what=setting_phrase(row.detail))
    if action == AuditAction.MERGE:
        ids = merge_ids(row.detail)
        if ids is not None:
            return messages.AUDIT_MERGED.format(
                kept=_name_or_phrase(row.table_name, ids[0], names),
                dropped=_name_or_phrase(row.table_name, ids[1], names),
            )
    if action in _RECORD_TEMPLATES:
        what = record_phrase(row.table_name, row.row_id, names)
        kept = merged_into.get((row.table_name, row.row_id)) if row.row_id is not None else None
        if action == AuditAction.DELETE and kept is not None:
            return messages.AUDIT_MERGE_DROPPED.format(
                what=what, kept=record_phrase(row.table_name, kept, names)
            )
        return _RECORD_TEMPLATES[AuditAction(action)].format(what=what)
    if action in _ACTION_TEMPLATES:
        return _ACTION_TEMPLATES[AuditAction(action)].format(detail=row.detail)
    return row.detail


def _name_or_phrase(table: str, row_id: int, names: Names) -> str:
    """A merge names the person alone ("Jörg Schäfer"); a gone record by kind and number."""
    return names.get(table, {}).get(row_id) or record_phrase(table, row_id, names)


def describe_all(rows: Sequence[AuditRow]) -> list[AuditRow]:
    """Fill ``description`` of every entry (one look-up of the live names for all)."""
    names = live_names(rows)
    merged_into: dict[tuple[str, int], int] = {}
    for row in rows:
        ids = merge_ids(row.detail) if row.action == AuditAction.MERGE else None
        if ids is not None:
            merged_into[(row.table_name, ids[1])] = ids[0]
    for row in rows:
        row.description = describe(row, names, merged_into)
    return list(rows)
