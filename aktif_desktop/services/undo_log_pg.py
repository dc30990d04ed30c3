"""The undo log of :mod:`.undo_log` on a shared PostgreSQL database.

PostgreSQL has no TEMP triggers; instead the schema's ``aktif_capture_<table>`` triggers
(:mod:`aktif_desktop.storage.pg_schema`) write each row change into this session's TEMP table
``aktif_undo_log`` — but only while ``aktif.capture`` is on, which :func:`start` sets for the
current transaction alone (a rollback or commit switches it off). Another manager's session
records nothing. The log holds the old and new row as JSON; the inverse statements are built
here: ``DELETE`` for an insert, ``UPDATE … FROM jsonb_populate_record`` for an update, and
``INSERT … SELECT * FROM jsonb_populate_record`` for a delete (the identity columns accept the
old id back).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

from aktif_desktop.storage.models import database
from aktif_desktop.storage.undo_capture import EXCLUDED_TABLES, Captured

_LOG = "pg_temp.aktif_undo_log"
_CHUNK = 500
# Tables keyed by something else than an integer id (the settings by their key).
_TEXT_KEYS = {"setting": "key"}
# The text key behind a row number of such a table (a stable crc32 of the key).
_keys: dict[tuple[str, int], str] = {}

Snapshot = tuple[Any, ...] | None


def _execute(sql: str, params: Iterable[Any] = ()) -> Any:
    return database.execute_sql(sql, tuple(params))


def domain_tables() -> list[str]:
    cursor = _execute(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename"
    )
    return [name for (name,) in cursor.fetchall() if name not in EXCLUDED_TABLES]


_columns: dict[str, tuple[str, ...]] = {}


def table_columns(table: str) -> tuple[str, ...]:
    if table not in _columns:
        cursor = _execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        _columns[table] = tuple(str(row[0]) for row in cursor.fetchall())
    return _columns[table]


def ensure_recording() -> None:
    """Create this session's TEMP log once; give a table added since its capture trigger
    (the triggers live in the schema; a catalogue read of well under a millisecond)."""
    from aktif_desktop.storage.pg_schema import add_missing_capture_triggers

    if add_missing_capture_triggers(database):
        _columns.clear()
    found = _execute("SELECT to_regclass('pg_temp.aktif_undo_log')").fetchone()[0]
    if found is None:
        _execute(
            "CREATE TEMP TABLE aktif_undo_log (seq BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL, "
            "op TEXT NOT NULL, old_row JSONB, new_row JSONB)"
        )


def start() -> None:
    _execute(f"DELETE FROM {_LOG}")
    _execute("SELECT set_config('aktif.capture', 'on', true)")


def stop() -> None:
    _execute("SELECT set_config('aktif.capture', 'off', true)")
    _execute(f"DELETE FROM {_LOG}")


def is_recording() -> bool:
    row = _execute("SELECT current_setting('aktif.capture', true)").fetchone()
    return bool(row and row[0] == "on")


def _row_id(table: str, row: dict[str, Any]) -> int:
    key_column = _TEXT_KEYS.get(table)
    if key_column is None:
        return int(row["id"])
    key = str(row[key_column])
    number = zlib.crc32(key.encode("utf-8")) & 0x7FFFFFFF
    _keys[(table, number)] = key
    return number


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _where(table: str, row_id: int) -> str:
    key_column = _TEXT_KEYS.get(table)
    if key_column is None:
        return f'"id" = {row_id:d}'
    return f'"{key_column}" = {_literal(_keys[(table, row_id)])}'


def _inverse(table: str, op: str, old: dict[str, Any] | None, row_id: int) -> str:
    if op == "INSERT":
        return f'DELETE FROM "{table}" WHERE {_where(table, row_id)}'
    record = f'jsonb_populate_record(NULL::"{table}", {_literal(json.dumps(old))}::jsonb)'
    if op == "UPDATE":
        names = ", ".join(f'"{c}"' for c in table_columns(table))
        return (
            f'UPDATE "{table}" SET ({names}) = (SELECT {names} FROM {record}) '
            f"WHERE {_where(table, row_id)}"
        )
    return f'INSERT INTO "{table}" SELECT * FROM {record}'


def capture(*, with_statements: bool) -> Any:
    logged = _execute(f"SELECT tbl, op, old_row, new_row FROM {_LOG} ORDER BY seq").fetchall()
    stop()
    touched: dict[tuple[str, int], None] = {}
    statements: list[str] = []
    for table, op, old, new in logged:
        row_id = _row_id(str(table), old if old is not None else new)
        touched.setdefault((str(table), row_id), None)
        if with_statements:
            statements.append(_inverse(str(table), str(op), old, row_id))
    after: dict[tuple[str, int], Snapshot] = {}
    columns: dict[str, tuple[str, ...]] = {}
    if with_statements:
        by_table: dict[str, list[int]] = {}
        for table, row_id in touched:
            by_table.setdefault(table, []).append(row_id)
        for table, ids in by_table.items():
            columns[table] = ("id", *table_columns(table))
            after.update(snapshots(table, ids))
    return Captured(tuple(statements), tuple(touched), after, columns)


def snapshots(table: str, ids: list[int]) -> dict[tuple[str, int], Snapshot]:
    found: dict[tuple[str, int], Snapshot] = {(table, row_id): None for row_id in ids}
    key_column = _TEXT_KEYS.get(table)
    for start_at in range(0, len(ids), _CHUNK):
        chunk = ids[start_at : start_at + _CHUNK]
        if key_column is None:
            cursor = _execute(f'SELECT "id", * FROM "{table}" WHERE "id" = ANY(?)', (chunk,))
            for row in cursor.fetchall():
                found[(table, int(row[0]))] = tuple(row)
        else:
            keys = [_keys[(table, row_id)] for row_id in chunk]
            cursor = _execute(
                f'SELECT "{key_column}", * FROM "{table}" WHERE "{key_column}" = ANY(?)', (keys,)
            )
            for row in cursor.fetchall():
                number = zlib.crc32(str(row[0]).encode("utf-8")) & 0x7FFFFFFF
                found[(table, number)] = tuple(row)
    return found


def replay(statements: Iterable[str]) -> None:
    # A re-inserted parent may come after its children: check keys at commit.
    _execute("SET CONSTRAINTS ALL DEFERRED")
    for statement in _grouped(statements):
        _execute(statement)  # through peewee: a refused key becomes its IntegrityError
    # Check the deferred keys here, inside the statement flow, not first at COMMIT.
    _execute("SET CONSTRAINTS ALL IMMEDIATE")


_DELETE_ONE = re.compile(r'^DELETE FROM "(\w+)" WHERE "id" = (\d+)$')


def _grouped(statements: Iterable[str]) -> Iterator[str]:
    """Runs of single-row deletes of one table become one ``DELETE … IN (…)``."""
    table, ids = "", list[str]()
    for statement in statements:
        match = _DELETE_ONE.match(statement)
        if match and (match[1] == table or not ids) and len(ids) < _CHUNK:
            table = match[1]
            ids.append(match[2])
            continue
        if ids:
            yield f'DELETE FROM "{table}" WHERE "id" IN ({",".join(ids)})'
            table, ids = "", []
        if match:
            table, ids = match[1], [match[2]]
        else:
            yield statement
    if ids:
        yield f'DELETE FROM "{table}" WHERE "id" IN ({",".join(ids)})'
