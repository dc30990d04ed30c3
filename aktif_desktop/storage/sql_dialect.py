"""Portable pieces of hand-written SQL for SQLite and PostgreSQL.

The aggregate queries of the report, the person report and retention are written once; where
the two backends differ, these helpers give the expression for the open database. SQLite keeps
times as ISO text (``2026-03-05 09:00:00``) and booleans as 0/1; PostgreSQL has real
``TIMESTAMP``, ``DATE`` and ``BOOLEAN`` columns. The helpers are evaluated when a query is
built (never at import), because the open database decides.

- :func:`count_if` counts the rows meeting a condition (``sum(cond)`` works on SQLite only).
- :func:`month_of` / :func:`day_of` give a time's month (``2026-03``) or day (``2026-03-05``)
  as text, whatever the column's type.
- :func:`hours_between` / :func:`days_between` measure from one time or date to another.
- :func:`day_text` turns a stored date or time (or NULL) into comparable day text.
- :func:`primary_key_order` orders a table's rows as stored (``rowid`` on SQLite).
- :func:`binary_order` sorts text by code point, as SQLite does.
- :func:`as_stored` gives a value read from the server the form SQLite keeps it in.
"""

from __future__ import annotations

import datetime as dt

from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.models import database


def flag(condition: str) -> str:
    """1 where ``condition`` holds, else 0 (a number on both backends)."""
    return f"CASE WHEN {condition} THEN 1 ELSE 0 END"


def count_if(condition: str) -> str:
    """The number of rows meeting ``condition`` (NULL over no rows, like ``sum``)."""
    return f"sum({flag(condition)})"


def month_of(column: str) -> str:
    """The month of a stored time as text ``YYYY-MM``."""
    if is_server():
        return f"to_char({column}, 'YYYY-MM')"
    return f"substr({column}, 1, 7)"


def day_of(column: str) -> str:
    """The day of a stored date or time as text ``YYYY-MM-DD`` (NULL stays NULL)."""
    if is_server():
        return f"to_char({column}, 'YYYY-MM-DD')"
    return f"substr({column}, 1, 10)"


def day_text(column: str) -> str:
    """A stored date or time as comparable text: the whole ISO text on SQLite, the time's
    ``YYYY-MM-DD HH24:MI:SS`` on PostgreSQL (NULL stays NULL)."""
    if is_server():
        return f"to_char({column}, 'YYYY-MM-DD HH24:MI:SS')"
    return str(column)


def hours_between(start: str, end: str) -> str:
    """The hours from time ``start`` to time ``end`` (a fraction)."""
    if is_server():
        return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0)"
    return f"((julianday({end}) - julianday({start})) * 24)"


def days_between(earlier: str, later: str) -> str:
    """The days from date ``earlier`` to date ``later``."""
    if is_server():
        return f"({later} - {earlier})"
    return f"(julianday({later}) - julianday({earlier}))"


def as_stored(value: object) -> object:
    """A value read by hand-written SQL in the form SQLite keeps it: a time as
    ``YYYY-MM-DD HH:MM:SS`` text, a day as ``YYYY-MM-DD``, a boolean as 0/1 (other values as
    they are). Reports built from raw rows then read the same on both backends."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def primary_key_order(table: str) -> str:
    """ORDER BY text giving a table's rows in stored order: SQLite's ``rowid``; on the server
    the table's primary key (rows are never renumbered)."""
    if not is_server():
        return "rowid"
    keys = database.get_primary_keys(table)
    return ", ".join(f'"{key}"' for key in keys) or "1"


def greatest(*values: str) -> str:
    """The greatest of several values in one row: SQLite's many-argument ``max()``,
    PostgreSQL's ``GREATEST()``. (SQLite gives NULL if any value is NULL, PostgreSQL skips
    NULLs: wrap nullable values in COALESCE for the same result.)"""
    name = "GREATEST" if is_server() else "max"
    return f"{name}({', '.join(values)})"


def binary_order(column: str) -> str:
    """A text column ordered as SQLite orders it (by code point, ``BINARY``), whatever the
    server database's collation (``de_DE.UTF-8`` would sort case and dashes otherwise)."""
    return f'{column} COLLATE "C"' if is_server() else column
