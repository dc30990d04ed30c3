"""Recording what a transaction wrote, as inverse SQL, with TEMP triggers on the connection.

The classic SQLite undo/redo technique (https://www.sqlite.org/undoredo.html): for every
domain table the connection gets TEMP triggers that write the statement undoing each INSERT,
UPDATE and DELETE into the TEMP table ``aktif_undo_log``. TEMP objects belong to the
connection alone: they are not part of the schema, no migration knows them, and another
program's connection does not record anything. The triggers only write while
``aktif_undo_state.active`` is 1, that is inside an operation (see
:mod:`aktif_desktop.services.operations`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from aktif_desktop.services import undo_log_pg
from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.models import database
from aktif_desktop.storage.undo_capture import EXCLUDED_TABLES
from aktif_desktop.storage.undo_capture import Captured as Captured  # re-exported
from aktif_desktop.storage.undo_capture import Snapshot as Snapshot  # re-exported

# Logs and bookkeeping are never undone (storage.undo_capture.EXCLUDED_TABLES says which).
_LOG = "aktif_undo_log"
_STATE = "aktif_undo_state"
_CHUNK = 500  # ids per IN (…) list, well below SQLite's variable limit


def _execute(sql: str, params: Iterable[Any] = ()) -> Any:
    return database.execute_sql(sql, tuple(params))


def domain_tables() -> list[str]:
    """The tables whose rows operations record (every table but logs and bookkeeping)."""
    if is_server():
        return undo_log_pg.domain_tables()
    cursor = _execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [name for (name,) in cursor.fetchall() if name not in EXCLUDED_TABLES]


def table_columns(table: str) -> tuple[str, ...]:
    """The column names of ``table`` in the main schema."""
    if is_server():
        return undo_log_pg.table_columns(table)
    rows = _execute(f'PRAGMA main.table_info("{table}")').fetchall()
    return tuple(str(row[1]) for row in rows)


def ensure_recording() -> None:
    """Create the TEMP log, state and triggers on this thread's connection.

    Runs before every operation and costs two tiny reads: the triggers are made again when
    the schema changed since (a table or column added on this file), so that no write to a
    new table or column escapes the log.
    """
    if is_server():
        return undo_log_pg.ensure_recording()
    schema = int(_execute("PRAGMA main.schema_version").fetchone()[0])
    known = _execute(
        "SELECT count(*) FROM sqlite_temp_master WHERE type = 'table' AND name = ?", (_STATE,)
    ).fetchone()[0]
    if known:
        row = _execute(f"SELECT schema FROM {_STATE} WHERE id = 1").fetchone()
        if row is not None and row[0] == schema:
            return
    else:
        # The log holds the values of deleted rows (names): in memory, never in a file.
        _execute("PRAGMA temp_store = MEMORY")
        _execute(
            f"CREATE TEMP TABLE {_LOG} (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
            "rid INTEGER NOT NULL, sql TEXT NOT NULL)"
        )
        _execute(
            f"CREATE TEMP TABLE {_STATE} (id INTEGER PRIMARY KEY, active INTEGER, schema INTEGER)"
        )
        _execute(f"INSERT INTO {_STATE} (id, active, schema) VALUES (1, 0, NULL)")
    names = _execute(
        "SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'aktif_undo_%'"
    ).fetchall()
    for (name,) in names:
        _execute(f'DROP TRIGGER temp."{name}"')
    for table in domain_tables():
        for statement in trigger_statements(table, table_columns(table)):
            _execute(statement)
    _execute(f"UPDATE {_STATE} SET schema = ? WHERE id = 1", (schema,))


def trigger_statements(table: str, columns: tuple[str, ...]) -> list[str]:
    """The three TEMP triggers that log the inverse of each write to ``table``."""
    when = f"WHEN (SELECT active FROM {_STATE} WHERE id = 1) = 1"
    quoted = [f'"{column}"' for column in columns]
    assignments = "||','||".join(f"'{q}='||quote(OLD.{q})" for q in quoted)
    values = "||','||".join(f"quote(OLD.{q})" for q in quoted)
    names = ",".join(quoted)

    def trigger(suffix: str, event: str, row: str, inverse: str) -> str:
        return (
            f'CREATE TEMP TRIGGER IF NOT EXISTS "aktif_undo_{table}_{suffix}" AFTER {event} '
            f'ON main."{table}" {when} BEGIN INSERT INTO {_LOG} (tbl, rid, sql) '
            f"VALUES ('{table}', {row}.rowid, {inverse}); END"
        )

    return [
        trigger("insert", "INSERT", "NEW", f"'DELETE FROM \"{table}\" WHERE rowid='||NEW.rowid"),
        trigger(
            "update",
            "UPDATE",
            "OLD",
            f"'UPDATE \"{table}\" SET '||{assignments}||' WHERE rowid='||OLD.rowid",
        ),
        trigger(
            "delete",
            "DELETE",
            "OLD",
            f"'INSERT INTO \"{table}\" (rowid,{names}) VALUES ('||OLD.rowid||','||{values}||')'",
        ),
    ]


def start() -> None:
    """Begin recording (inside the operation's transaction, so a rollback also stops it)."""
    if is_server():
        return undo_log_pg.start()
    _execute(f"DELETE FROM {_LOG}")
    _execute(f"UPDATE {_STATE} SET active = 1 WHERE id = 1")


def stop() -> None:
    """Stop recording and empty the log (still inside the transaction)."""
    if is_server():
        return undo_log_pg.stop()
    _execute(f"UPDATE {_STATE} SET active = 0 WHERE id = 1")
    _execute(f"DELETE FROM {_LOG}")


def is_recording() -> bool:
    """True while this connection records an operation."""
    if is_server():
        return undo_log_pg.is_recording()
    row = _execute(f"SELECT active FROM {_STATE} WHERE id = 1").fetchone()
    return bool(row and row[0])


def capture(*, with_statements: bool) -> Captured:
    """Read the log of this transaction and the touched rows' current values, then stop.

    ``with_statements=False`` keeps only which rows were touched (an operation that cannot
    be undone does not keep the values of deleted rows in memory).
    """
    if is_server():
        return undo_log_pg.capture(with_statements=with_statements)  # type: ignore[no-any-return]
    logged = _execute(f"SELECT tbl, rid, sql FROM {_LOG} ORDER BY seq").fetchall()
    stop()
    touched: dict[tuple[str, int], None] = {}
    for table, row_id, _sql in logged:
        touched.setdefault((str(table), int(row_id)), None)
    after: dict[tuple[str, int], Snapshot] = {}
    columns: dict[str, tuple[str, ...]] = {}
    if with_statements:
        by_table: dict[str, list[int]] = {}
        for table, row_id in touched:
            by_table.setdefault(table, []).append(row_id)
        for table, ids in by_table.items():
            columns[table] = ("rowid", *table_columns(table))
            after.update(snapshots(table, ids))
    statements = tuple(str(sql) for _t, _r, sql in logged) if with_statements else ()
    return Captured(statements, tuple(touched), after, columns)


def snapshots(table: str, ids: list[int]) -> dict[tuple[str, int], Snapshot]:
    """The current values of rows ``ids`` of ``table`` (rowid first); None for a missing row."""
    if is_server():
        return undo_log_pg.snapshots(table, ids)
    found: dict[tuple[str, int], Snapshot] = {(table, row_id): None for row_id in ids}
    for start_at in range(0, len(ids), _CHUNK):
        chunk = ids[start_at : start_at + _CHUNK]
        marks = ",".join("?" * len(chunk))
        cursor = _execute(f'SELECT rowid, * FROM "{table}" WHERE rowid IN ({marks})', chunk)
        for row in cursor.fetchall():
            found[(table, int(row[0]))] = tuple(row)
    return found


def replay(statements: Iterable[str]) -> None:
    """Run inverse statements (the caller has started recording, so their inverse is logged)."""
    if is_server():
        return undo_log_pg.replay(statements)
    # A re-inserted parent may come after its children in the log: check keys at commit.
    _execute("PRAGMA defer_foreign_keys = ON")
    cursor = database.cursor()  # one cursor, without peewee's per-statement bookkeeping
    for statement in _grouped(statements):
        cursor.execute(statement)


_DELETE_ONE = re.compile(r'^DELETE FROM "(\w+)" WHERE rowid=(\d+)$')


def _grouped(statements: Iterable[str]) -> Iterator[str]:
    """Join runs of single-row deletes of one table into one ``DELETE … IN (…)`` (undoing an
    import of 10,000 rows runs 20 statements instead of 10,000, in the same order)."""
    table, ids = "", list[str]()
    for statement in statements:
        match = _DELETE_ONE.match(statement)
        if match and (match[1] == table or not ids) and len(ids) < _CHUNK:
            table = match[1]
            ids.append(match[2])
            continue
        if ids:
            yield f'DELETE FROM "{table}" WHERE rowid IN ({",".join(ids)})'
            table, ids = "", []
        if match:
            table, ids = match[1], [match[2]]
        else:
            yield statement
    if ids:
        yield f'DELETE FROM "{table}" WHERE rowid IN ({",".join(ids)})'
