"""What the undo recording of one transaction hands back, shared by both backends' recorders.

The recorders themselves (``services.undo_log`` for SQLite, ``services.undo_log_pg`` for
PostgreSQL) and the server schema's capture triggers (``storage.pg_schema``) need the same
few names; they live here, below all three, so that none imports another in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Not recorded for undo: audit_log and audit_chain keep the history, disclosure_log records
# what left the app, audit_user and database_info describe the session and the file,
# aktif_schema is the server's schema version.
EXCLUDED_TABLES = frozenset(
    {"audit_log", "audit_chain", "disclosure_log", "audit_user", "database_info", "aktif_schema"}
)

Snapshot = tuple[Any, ...] | None  # a row's values (row key first), None: the row is absent


@dataclass(frozen=True, slots=True)
class Captured:
    """What one transaction wrote: the inverse statements in the order they were logged, the
    touched rows and, per row, its values right after the transaction (None: deleted)."""

    statements: tuple[str, ...]
    touched: tuple[tuple[str, int], ...]
    after: dict[tuple[str, int], Snapshot]
    columns: dict[str, tuple[str, ...]]
