"""The audit trail and the disclosure log (DSGVO): who changed what, which data left the app.

Creates, updates and deletes are recorded by SQLite triggers (migration 3); this module
records the OS user for them, adds imports, exports and deletion runs, and lists both logs.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from aktif_desktop import registry
from aktif_desktop.storage.db import after_open, is_server
from aktif_desktop.storage.models import AuditLog, AuditUser, DisclosureLog, database
from aktif_desktop.storage.pg_schema import AUDIT_LOCK


class AuditAction(StrEnum):
    """The actions of the audit trail (the triggers write the first three as text)."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    RETENTION = "retention"
    RESTORE = "restore"
    UNDO = "undo"
    REDO = "redo"
    TRANSFER = "transfer"  # detail: where the rows came from and how many
    MERGE = "merge"  # table_name, row_id: the kept record; detail: "<kept id> <- <dropped id>"


ACTION_LABELS: dict[str, str] = {
    AuditAction.CREATE: "angelegt",
    AuditAction.UPDATE: "geändert",
    AuditAction.DELETE: "gelöscht",
    AuditAction.IMPORT: "Import",
    AuditAction.EXPORT: "Export",
    AuditAction.RETENTION: "Löschlauf",
    AuditAction.RESTORE: "Wiederherstellung",
    AuditAction.UNDO: "Rückgängig",
    AuditAction.REDO: "Wiederholt",
    AuditAction.MERGE: "zusammengeführt",
    AuditAction.TRANSFER: "Übertragung",
}


def table_label(table: str) -> str:
    """The German name of a table's kind of record (from the registry), else the table name."""
    return registry.table_label(table) or table


def os_user() -> str:
    """Return the name of the logged-in OS user ("" if it cannot be found)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises various errors on odd systems
        return ""


def register_session_user(name: str | None = None) -> None:
    """Store the OS user the audit triggers write into every record (once per open)."""
    user = os_user() if name is None else name
    if is_server():
        # Shared by every manager: each session tells the triggers its user itself
        # (``aktif.user``, set when the connection is made), the table stays untouched.
        database.obj.app_user = user  # for connections opened later (worker threads)
        database.execute_sql("SELECT set_config('aktif.user', ?, false)", (user,))
        return
    current = AuditUser.get_or_none(AuditUser.id == 1)
    if current is None:
        AuditUser.insert(id=1, name=user).execute()
    elif current.name != user:
        AuditUser.update(name=user).where(AuditUser.id == 1).execute()


after_open(register_session_user)


def record_action(
    action: str, detail: str, table_name: str = "", row_id: int | None = None
) -> None:
    """Record an import, export, deletion run, restore or merge (counts and ids, never
    personal data)."""
    with database.atomic():
        if is_server():
            # Numbered in commit order, as the triggers' entries (pg_schema.AUDIT_LOCK).
            database.execute_sql("SELECT pg_advisory_xact_lock(?)", (AUDIT_LOCK,))
        AuditLog.create(
            action=action, detail=detail, user=os_user(), table_name=table_name, row_id=row_id
        )


def record_merge(table: str, keep_id: int, drop_id: int) -> None:
    """Record that record ``drop_id`` of ``table`` was merged into ``keep_id`` (ids only)."""
    record_action(AuditAction.MERGE, f"{keep_id} <- {drop_id}", table, keep_id)


def merge_ids(detail: str) -> tuple[int, int] | None:
    """(kept id, dropped id) of a merge entry's detail, None when it is not one."""
    kept, arrow, dropped = detail.partition(" <- ")
    if not arrow or not kept.isdigit() or not dropped.isdigit():
        return None
    return int(kept), int(dropped)


def record_disclosure(
    kind: str,
    columns: list[str],
    row_count: int,
    file_name: str,
    *,
    path: str = "",
    without_consent: bool = False,
) -> None:
    """Record that personal data left the app: which list, which columns, how many rows, where.

    ``path`` is the absolute path written; ``without_consent`` says whether people without
    consent to sharing were included. Files are logged by :mod:`aktif_desktop.files`, in the
    same step as the file is put in place.
    """
    DisclosureLog.create(
        kind=kind,
        columns=", ".join(columns),
        row_count=row_count,
        file_name=file_name,
        path=path,
        without_consent=without_consent,
        user=os_user(),
    )
    record_action(AuditAction.EXPORT, f"{kind}: {row_count} Zeilen nach {file_name}")


@dataclass(slots=True, kw_only=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str
    action: str
    table_name: str
    row_id: int | None
    detail: str
    description: str = ""  # the German sentence of services.audit_describe, when filled

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def table_label(self) -> str:
        return table_label(self.table_name)


@dataclass(slots=True, kw_only=True)
class DisclosureRow:
    id: int
    at: dt.datetime
    user: str
    kind: str
    columns: str
    row_count: int
    file_name: str
    path: str = ""
    without_consent: bool = False


def _dicts(query: Any) -> list[dict[str, Any]]:
    # Not services.common.dict_rows: common builds on operations, which records undo here.
    return list(query.dicts())


def list_audit(limit: int = 5_000) -> list[AuditRow]:
    """Return the newest audit entries first."""
    query = AuditLog.select().order_by(AuditLog.id.desc()).limit(limit)
    return [AuditRow(**values) for values in _dicts(query)]


def list_disclosures(limit: int = 5_000) -> list[DisclosureRow]:
    """Return the newest disclosures first."""
    query = DisclosureLog.select().order_by(DisclosureLog.id.desc()).limit(limit)
    return [DisclosureRow(**values) for values in _dicts(query)]
