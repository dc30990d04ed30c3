"""A hash chain over the audit log, so a rewritten or deleted entry is found later.

Each entry of ``audit_log`` gets a row in ``audit_chain`` (migration 5): the SHA-256 of the
previous entry's hash and the entry's own fields. The app seals new entries whenever it opens
or closes the database; ``aktif-desktop check`` recomputes the chain read-only and also checks
that the numbers have no gap and that the protective triggers exist — so an entry rewritten or
deleted with another program is found even after someone dropped the triggers. (Whoever can
write the file can recompute an unkeyed chain; the chain finds edits, it cannot prevent them.)
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aktif_desktop import messages

GENESIS = "0" * 64
# "user" quoted: on PostgreSQL a bare user is the session user, not the column.
_FIELDS = 'id, at, "user", action, table_name, row_id, detail'
# The protective triggers of the audit log itself (the per-table ones come from AUDITED_TABLES).
LOG_TRIGGERS = (
    "audit_log_no_update",
    "audit_log_no_delete",
    "audit_log_no_replace",
    "audit_chain_no_update",
    "audit_chain_no_delete",
    "audit_chain_no_replace",
)

# On PostgreSQL a primary key cannot be replaced, and TRUNCATE is refused instead.
PG_LOG_TRIGGERS = (
    "audit_log_no_update",
    "audit_log_no_delete",
    "audit_log_no_truncate",
    "audit_chain_no_update",
    "audit_chain_no_delete",
    "audit_chain_no_truncate",
)


def entry_hash(previous: str, row: Iterable[object]) -> str:
    """The chain value of one entry (its fields as stored, separated by a unit separator)."""
    text = previous + "\x1f" + "\x1f".join("\x00" if v is None else str(v) for v in row)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _on_server(connection: object) -> bool:
    return getattr(connection, "backend", "") == "postgresql"


def has_chain(connection: sqlite3.Connection) -> bool:
    """True when the schema has the chain table (version 5 and later; always on a server)."""
    if _on_server(connection):
        return True
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_chain'"
    ).fetchone()
    return found is not None


def _trigger_names(connection: sqlite3.Connection) -> set[str]:
    if _on_server(connection):
        sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return {row[0] for row in connection.execute(sql)}


def seal(connection: sqlite3.Connection | Any) -> int:
    """Add the chain values of the entries not sealed yet; return how many were added."""
    if not has_chain(connection):
        return 0
    last = connection.execute(
        "SELECT entry_id, hash FROM audit_chain ORDER BY entry_id DESC LIMIT 1"
    ).fetchone()
    last_id, previous = (last[0], last[1]) if last else (0, GENESIS)
    rows = connection.execute(
        f"SELECT {_FIELDS} FROM audit_log WHERE id > ? ORDER BY id", (last_id,)
    ).fetchall()
    if not rows:
        return 0
    sealed = []
    for row in rows:
        previous = entry_hash(previous, row)
        sealed.append((row[0], previous))
    connection.executemany("INSERT INTO audit_chain (entry_id, hash) VALUES (?, ?)", sealed)
    return len(sealed)


@dataclass(slots=True)
class ChainReport:
    """What the audit check found; ``problems`` holds German sentences (empty when fine)."""

    entries: int = 0
    sealed: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _numbers(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:10])
    return shown + (f" und {len(ids) - 10} weitere" if len(ids) > 10 else "")


def verify(connection: sqlite3.Connection, audited_tables: Iterable[str]) -> ChainReport:
    """Check triggers, gaps and the chain without writing anything."""
    report = ChainReport()
    names = _trigger_names(connection)
    chained = has_chain(connection)
    expected = [
        f"audit_{table}_{action}"
        for table in audited_tables
        for action in ("create", "update", "delete")
    ]
    expected += ["audit_log_no_update", "audit_log_no_delete"]
    if chained:
        protective = PG_LOG_TRIGGERS if _on_server(connection) else LOG_TRIGGERS
        expected += [name for name in protective if name not in expected]
    missing = [name for name in expected if name not in names]
    if missing:
        report.problems.append(messages.AUDIT_TRIGGERS_MISSING.format(names=", ".join(missing)))
    ids = [row[0] for row in connection.execute("SELECT id FROM audit_log ORDER BY id")]
    report.entries = len(ids)
    if ids:
        present = set(ids)
        gaps = [number for number in range(1, ids[-1] + 1) if number not in present]
        if gaps:
            report.problems.append(messages.AUDIT_GAP.format(numbers=_numbers(gaps)))
    if not chained:
        return report
    chain = dict(connection.execute("SELECT entry_id, hash FROM audit_chain ORDER BY entry_id"))
    report.sealed = len(chain)
    present = set(ids)
    # Sealed entries beyond the last one left: deleted from the end (no gap shows them).
    lost = [entry for entry in chain if entry not in present and (not ids or entry > ids[-1])]
    if lost:
        report.problems.append(messages.AUDIT_GAP.format(numbers=_numbers(lost)))
    previous = GENESIS
    altered: list[int] = []
    for row in connection.execute(f"SELECT {_FIELDS} FROM audit_log ORDER BY id"):
        stored = chain.get(row[0])
        if stored is None:
            break  # not sealed yet: written since the app last opened or closed the file
        previous = entry_hash(previous, row)
        if previous != stored:
            altered.append(row[0])
            previous = stored  # keep checking the rest against what was sealed
    if altered:
        report.problems.append(messages.AUDIT_ALTERED.format(numbers=_numbers(altered)))
    return report


def verify_file(path: Path) -> ChainReport:
    """:func:`verify` on a database file opened read-only (for ``aktif-desktop check``)."""
    from aktif_desktop.storage.integrity import readonly_uri
    from aktif_desktop.storage.migrations import AUDITED_TABLES

    connection = sqlite3.connect(readonly_uri(Path(path)), uri=True)
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] < 3:
            return ChainReport()  # no audit trail before schema 3
        return verify(connection, AUDITED_TABLES)
    finally:
        connection.close()
