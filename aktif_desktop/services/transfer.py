"""Move a whole Verbund database between a file and the shared server, with every row kept.

``transfer(FILE.db, "postgresql://…")`` copies all rows with their ids — partners, plans,
cases, settings and the audit history with its hash chain — into an *empty* server database;
``transfer("postgresql://…", NEW.db)`` writes a new file for working offline, marked as a copy
of the server (the title bar says so, and the copy is refused as a transfer source unless the
caller allows it). Both directions write in one transaction with the target's triggers off
(the rows already carry their audit history), move the id sequences past the copied ids,
then read the target back and compare row counts and a fingerprint of every table with the
source before committing: on any difference, fault or interruption nothing is kept. The
transfer itself is then recorded in the target's audit trail.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aktif_desktop import clock, messages
from aktif_desktop.errors import DatabaseError
from aktif_desktop.services.audit import AuditAction, record_action
from aktif_desktop.storage import table_copy
from aktif_desktop.storage.server import Location, ServerTarget, is_server_url

# The setting that marks a file as an offline copy of a server database: "<server>|<time>".
COPY_SETTING = "copy_of"


@dataclass(frozen=True)
class TransferResult:
    """What was copied: the two ends as the user reads them, and the rows per table."""

    source: str
    target: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        return messages.TRANSFER_DONE.format(
            rows=self.total, tables=len(self.rows), source=self.source, target=self.target
        )


def shown(location: Location) -> str:
    """A location as titles and messages show it (never a password)."""
    if is_server_url(location):
        return ServerTarget.parse(str(location)).display()
    return str(Path(location))


def copy_origin() -> tuple[str, str] | None:
    """(server, time) when the open database is an offline copy of a server, else None."""
    from aktif_desktop.storage.models import Setting

    row = Setting.get_or_none(Setting.key == COPY_SETTING)
    if row is None or not row.value:
        return None
    origin, _, at = row.value.partition("|")
    return origin, at


def transfer(source: Location, target: Location, *, allow_copy: bool = False) -> TransferResult:
    """Copy the database at ``source`` into the new or empty database at ``target``.

    Leaves no database open. Raises :class:`DatabaseError` with a German sentence when the
    ends do not fit, the target is not empty, or what was written differs from the source.
    """
    if is_server_url(source) == is_server_url(target):
        raise DatabaseError(messages.TRANSFER_SAME_KIND)
    if not is_server_url(target) and _file_exists(Path(target)):
        raise DatabaseError(messages.TRANSFER_TARGET_EXISTS.format(path=Path(target)))
    snapshot = _read_source(source, allow_copy=allow_copy)
    if is_server_url(target):
        _write_server(str(target), snapshot)
        copy_mark = None
    else:
        copy_mark = f"{shown(source)}|{clock.now():%d.%m.%Y %H:%M}"
        _write_file(Path(target), snapshot, copy_mark)
    return TransferResult(
        shown(source),
        shown(target),
        {name: len(rows.rows) for name, rows in snapshot.tables.items()},
    )


def _file_exists(path: Path) -> bool:
    return any(Path(f"{path}{suffix}").exists() for suffix in ("", "-wal", "-journal"))


def _read_source(source: Location, *, allow_copy: bool) -> table_copy.Snapshot:
    from aktif_desktop.storage.db import close_database, open_database
    from aktif_desktop.storage.models import database

    if not is_server_url(source) and not Path(source).is_file():
        raise DatabaseError(messages.TRANSFER_SOURCE_MISSING.format(path=source))
    open_database(source)
    try:
        origin = copy_origin()
        if origin is not None and not allow_copy:
            raise DatabaseError(
                messages.TRANSFER_SOURCE_IS_COPY.format(path=source, origin=origin[0], at=origin[1])
            )
        with database.atomic():
            if is_server_url(source):  # one consistent picture while others keep working
                database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            return table_copy.read_snapshot(database)
    finally:
        close_database()


def _check_fits(db: Any, snapshot: table_copy.Snapshot, target: str) -> None:
    """The target has the source's tables and columns and holds no rows of its own."""
    present = set(table_copy.copied_tables(db))
    missing = sorted(set(snapshot.tables) - present)
    if missing:
        raise DatabaseError(messages.TRANSFER_SCHEMA_DIFFERS.format(detail=", ".join(missing)))
    for name, rows in snapshot.tables.items():
        columns = [column.name for column in db.get_columns(name)]
        if sorted(columns) != sorted(rows.columns):
            raise DatabaseError(messages.TRANSFER_SCHEMA_DIFFERS.format(detail=name))
    for name in sorted(present - table_copy.SEEDED_TABLES):
        count = int(db.execute_sql(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        if count:
            raise DatabaseError(
                messages.TRANSFER_TARGET_NOT_EMPTY.format(target=target, table=name, count=count)
            )


def _insert(db: Any, name: str, rows: table_copy.TableRows, *, server: bool) -> None:
    kinds = table_copy.column_kinds(db, name)
    try:
        values = table_copy.rows_for(name, rows, kinds, server=server)
    except table_copy.BadValueError as bad:
        raise DatabaseError(
            messages.TRANSFER_BAD_VALUE.format(
                key=bad.key, table=bad.table, column=bad.column, value=bad.value
            )
        ) from bad
    if not values:
        return
    mark = "%s" if server else "?"
    names = ", ".join(f'"{c}"' for c in rows.columns)
    marks = ", ".join(mark for _ in rows.columns)
    db.cursor().executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', values)


def _clear_seeds(db: Any) -> None:
    """Remove what the first start put in (the source brings its own rows of these)."""
    for name in sorted(table_copy.SEEDED_TABLES):
        db.execute_sql(f'DELETE FROM "{name}"')


def _verify(db: Any, snapshot: table_copy.Snapshot) -> None:
    written = table_copy.fingerprints(table_copy.read_snapshot(db))
    expected = table_copy.fingerprints(snapshot)
    differing = sorted(name for name in expected if written.get(name) != expected[name])
    if differing:
        raise DatabaseError(messages.TRANSFER_MISMATCH.format(tables=", ".join(differing)))


def _record(source: str, rows: int) -> None:
    record_action(
        AuditAction.TRANSFER, messages.TRANSFER_AUDIT_DETAIL.format(source=source, rows=rows)
    )


def _write_server(url: str, snapshot: table_copy.Snapshot) -> None:
    from aktif_desktop.storage.db import close_database, open_server
    from aktif_desktop.storage.models import database

    db = open_server(url)
    try:
        _check_fits(db, snapshot, shown(url))
        names = list(snapshot.tables)
        with database.atomic():
            # Constraints are checked at the end, so the tables may come in any order.
            database.execute_sql("SET CONSTRAINTS ALL DEFERRED")
            for name in names:  # the rows bring their own audit entries and ids
                database.execute_sql(f'ALTER TABLE "{name}" DISABLE TRIGGER USER')
            _clear_seeds(database)
            for name in names:
                _insert(db, name, snapshot.tables[name], server=True)
            # The deferred key checks run here, before the triggers may be switched back on.
            database.execute_sql("SET CONSTRAINTS ALL IMMEDIATE")
            for name in names:
                database.execute_sql(f'ALTER TABLE "{name}" ENABLE TRIGGER USER')
                if "id" in snapshot.tables[name].columns and _has_identity(db, name):
                    database.execute_sql(
                        f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                        f'coalesce(max("id"), 1), max("id") IS NOT NULL) FROM "{name}"'
                    )
            _verify(db, snapshot)
        _record(shown(url), snapshot.row_count)
    finally:
        close_database()


def _has_identity(db: Any, table: str) -> bool:
    row = db.execute_sql("SELECT pg_get_serial_sequence(?, 'id')", (f'"{table}"',)).fetchone()
    return bool(row and row[0])


def _write_file(path: Path, snapshot: table_copy.Snapshot, copy_mark: str) -> None:
    """Write a new file beside ``path`` and move it into place only when it is complete."""
    from aktif_desktop.storage.db import close_database, open_database

    path = path.expanduser().resolve()
    partial = path.with_name(f".{path.name}.unvollstaendig")
    _remove_file(partial)
    try:
        open_database(partial)
        try:
            _fill_file(snapshot, copy_mark)
        finally:
            close_database()
        os.replace(partial, path)
        _remove_file(partial)  # its lock file
    except BaseException:
        _remove_file(partial)
        raise


def _fill_file(snapshot: table_copy.Snapshot, copy_mark: str) -> None:
    from aktif_desktop.storage.models import Setting, database

    _check_fits(database, snapshot, shown(str(database.database)))
    names = list(snapshot.tables)
    marks = ", ".join("?" for _ in names)
    with database.atomic():
        # Keys are checked at the commit (and below), so the tables may come in any order.
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        # SQLite cannot switch triggers off: take them out and put the same ones back.
        triggers = database.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
            names,
        ).fetchall()
        for trigger, _sql in triggers:
            database.execute_sql(f'DROP TRIGGER "{trigger}"')
        _clear_seeds(database)
        for name in names:
            _insert(database, name, snapshot.tables[name], server=False)
        for _trigger, sql in triggers:
            database.execute_sql(sql)
        broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            detail = ", ".join(f"{row[0]} #{row[1]}" for row in broken[:5])
            raise DatabaseError(messages.TRANSFER_BROKEN_LINKS.format(detail=detail))
        _verify(database, snapshot)
        Setting.insert(key=COPY_SETTING, value=copy_mark).execute()
    _record(copy_mark.partition("|")[0], snapshot.row_count)


def _remove_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
