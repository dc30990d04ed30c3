"""Rows of a whole database as plain values: read, write into another backend, fingerprint.

The transfer (:mod:`aktif_desktop.storage.transfer`) reads every table of the open database
into a :class:`Snapshot`, opens the other database and writes the same rows with the same
ids. SQLite keeps booleans as 0/1 and dates and times as ISO text; PostgreSQL has BOOLEAN,
DATE and TIMESTAMP columns: :func:`stored_for` converts a value for the column it goes into.
:func:`fingerprint` reduces a table to one SHA-256 over its rows in key order, in a form that
is the same on both backends, so "identical rows" can be checked after writing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

# Not copied: the database's own identity, the server's schema version, the app's session
# user (SQLite) and SQLite's bookkeeping.
SKIPPED_TABLES = frozenset({"database_info", "aktif_schema", "audit_user", "sqlite_sequence"})
# Filled by the first start of every new database (replaced by the source's rows).
SEEDED_TABLES = frozenset({"legal_area"})


@dataclass
class TableRows:
    """One table: its columns (key first) and its rows in key order."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


@dataclass
class Snapshot:
    """Every copied table of one database, read in one transaction."""

    tables: dict[str, TableRows] = field(default_factory=dict)

    @property
    def row_count(self) -> int:
        return sum(len(table.rows) for table in self.tables.values())


def copied_tables(db: Any) -> list[str]:
    """The tables a transfer copies, sorted by name."""
    return sorted(
        name
        for name in db.get_tables()
        if name not in SKIPPED_TABLES and not name.startswith(("sqlite_", "pg_"))
    )


def _key_columns(db: Any, table: str, columns: list[str]) -> list[str]:
    keys = [column for column in db.get_primary_keys(table) if column in columns]
    return keys or columns[:1]


def read_snapshot(db: Any) -> Snapshot:
    """All copied tables of ``db`` (call inside one transaction for a consistent picture)."""
    snapshot = Snapshot()
    for table in copied_tables(db):
        columns = [column.name for column in db.get_columns(table)]
        order = ", ".join(f'"{c}"' for c in _key_columns(db, table, columns))
        names = ", ".join(f'"{c}"' for c in columns)
        cursor = db.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY {order}')
        snapshot.tables[table] = TableRows(columns, [tuple(row) for row in cursor.fetchall()])
    return snapshot


def column_kinds(db: Any, table: str) -> dict[str, str]:
    """Column name -> "bool", "date", "timestamp" or "" (kept as it is) for ``table``."""
    kinds = {}
    for column in db.get_columns(table):
        declared = column.data_type.lower()
        if declared.startswith("bool"):
            kinds[column.name] = "bool"
        elif declared.startswith(("timestamp", "datetime")):
            kinds[column.name] = "timestamp"
        elif declared == "date":
            kinds[column.name] = "date"
        else:
            kinds[column.name] = ""
    return kinds


class BadValueError(ValueError):
    """A value that the target's column type cannot hold (table, column, key, value)."""

    def __init__(self, table: str, column: str, key: object, value: object) -> None:
        super().__init__(f"{table}.{column} #{key}: {value!r}")
        self.table, self.column, self.key, self.value = table, column, key, value


def stored_for(kind: str, value: Any, *, server: bool) -> Any:
    """``value`` as the target backend stores a column of ``kind`` (see :func:`column_kinds`)."""
    if value is None or not kind:
        return value
    if server:
        if kind == "bool":
            return bool(value)
        if isinstance(value, str):
            text = value.strip()
            if kind == "date":
                return dt.date.fromisoformat(text[:10])
            return dt.datetime.fromisoformat(text)
        return value
    if kind == "bool":
        return int(bool(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def rows_for(
    table: str, rows: TableRows, kinds: dict[str, str], *, server: bool
) -> list[tuple[Any, ...]]:
    """The rows of ``table`` converted for the target's columns; :class:`BadValueError` if one
    cannot be."""
    converters = [kinds.get(column, "") for column in rows.columns]
    converted = []
    for row in rows.rows:
        try:
            converted.append(
                tuple(
                    stored_for(kind, value, server=server)
                    for kind, value in zip(converters, row, strict=True)
                )
            )
        except ValueError as error:
            for kind, column, value in zip(converters, rows.columns, row, strict=True):
                try:
                    stored_for(kind, value, server=server)
                except ValueError:
                    raise BadValueError(table, column, row[0], value) from error
            raise
    return converted


def _canonical(value: Any) -> str:
    """One text per value, the same whichever backend stored it."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


def fingerprint(rows: TableRows) -> tuple[int, str]:
    """(row count, SHA-256 over the rows) of one table in key order."""
    digest = hashlib.sha256()
    for row in rows.rows:
        digest.update("\x1f".join(_canonical(value) for value in row).encode("utf-8"))
        digest.update(b"\x1e")
    return len(rows.rows), digest.hexdigest()


def fingerprints(snapshot: Snapshot) -> dict[str, tuple[int, str]]:
    """:func:`fingerprint` of every table of ``snapshot``."""
    return {name: fingerprint(rows) for name, rows in snapshot.tables.items()}
