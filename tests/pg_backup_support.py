"""Reading a server backup back for the tests: restore it into a fresh database on the test
server and read every table's rows (as PostgreSQL's row text) and the identity sequences."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from tests import pg_support

# What the restore itself adds to the restored database: its audit entry, the entry's seal
# and the session's user registration. Everything else must be identical.
GROWS_BY_RESTORE = ("audit_log", "audit_chain", "audit_user")


def _connect(url: str) -> object:
    import psycopg

    return psycopg.connect(url, autocommit=True)


def table_rows(url: str) -> dict[str, list[str]]:
    """Every table of the database at ``url``: its rows as text, sorted."""
    connection = _connect(url)
    try:
        tables = [
            row[0]
            for row in connection.execute(  # type: ignore[attr-defined]
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
            ).fetchall()
        ]
        return {
            table: sorted(
                str(row[0])
                for row in connection.execute(f'SELECT t::text FROM "{table}" t').fetchall()  # type: ignore[attr-defined]
            )
            for table in tables
        }
    finally:
        connection.close()  # type: ignore[attr-defined]


def sequences(url: str) -> dict[str, tuple[int, bool]]:
    """The position of every identity sequence (table -> (last value, called))."""
    connection = _connect(url)
    try:
        found = {}
        rows = connection.execute(  # type: ignore[attr-defined]
            "SELECT c.relname, pg_get_serial_sequence(quote_ident(c.relname), 'id') "
            "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' "
            "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
            "AND a.attidentity <> ''"
        ).fetchall()
        for table, sequence in rows:
            value = connection.execute(f"SELECT last_value, is_called FROM {sequence}").fetchone()  # type: ignore[attr-defined]
            found[table] = (int(value[0]), bool(value[1]))
        return found
    finally:
        connection.close()  # type: ignore[attr-defined]


def count(url: str, sql: str, params: tuple[object, ...] = ()) -> int:
    connection = _connect(url)
    try:
        return int(connection.execute(sql, params).fetchone()[0])  # type: ignore[attr-defined]
    finally:
        connection.close()  # type: ignore[attr-defined]


@contextlib.contextmanager
def empty_database() -> Iterator[str]:
    """A new database without any table on the test server (dropped afterwards)."""
    name = pg_support.create_database(prefix="aktif_t_leer")
    try:
        yield pg_support.url_for(name)
    finally:
        from aktif_desktop.storage.db import close_database, current_server

        current = current_server()
        if current is not None and current.dbname == name:
            close_database()
        pg_support.drop_database(name)


@contextlib.contextmanager
def restored(copy: Path) -> Iterator[str]:
    """The copy restored into a fresh database (the database open before is open again after)."""
    from aktif_desktop.storage.db import close_database, current_path, current_server, open_database
    from aktif_desktop.storage.restore import restore_backup

    server = current_server()
    before: Path | str | None = server.url() if server is not None else current_path()
    with empty_database() as url:
        restore_backup(copy, url, reopen=False)
        try:
            yield url
        finally:
            close_database()
            if before is not None:
                open_database(before)


def assert_same_rows(original: str, restored_url: str) -> None:
    """Every table holds the same rows; the restore added only its own audit record."""
    first, second = table_rows(original), table_rows(restored_url)
    assert sorted(first) == sorted(second)
    for table, rows in first.items():
        if table in GROWS_BY_RESTORE:
            assert set(rows) <= set(second[table]), table
        else:
            assert rows == second[table], table
    added = set(second["audit_log"]) - set(first["audit_log"])
    assert len(added) == 1 and ",restore," in next(iter(added))
    seq_first, seq_second = sequences(original), sequences(restored_url)
    for table, position in seq_first.items():
        if table in GROWS_BY_RESTORE:
            assert seq_second[table][0] >= position[0]
        else:
            assert seq_second[table] == position, table
