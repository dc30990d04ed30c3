"""A second, plain connection to the test's database (sqlite3 for a file, psycopg for a
server URL): what another tool sees of the committed state, bypassing the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def raw_connect(db: Path | str) -> Any:
    """A DB-API connection of its own; ``?`` placeholders work on both (see :func:`query`)."""
    if str(db).startswith("postgresql://"):
        import psycopg

        return psycopg.connect(str(db), autocommit=True)
    return sqlite3.connect(db)


def query(connection: Any, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """All rows of ``sql`` on ``connection`` (``?`` becomes ``%s`` for psycopg)."""
    if not isinstance(connection, sqlite3.Connection):
        sql = sql.replace("?", "%s")
    return [tuple(row) for row in connection.execute(sql, params).fetchall()]
