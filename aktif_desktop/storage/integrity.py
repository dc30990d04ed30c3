"""Read-only checks of a database file: damaged, another program's, newer, or fine.

The file is opened with ``mode=ro`` so a check never writes to it (SQLite may refresh the
``-shm`` index next to it, never the data). ``quick_check`` costs about 0.1 s on the 30 MB
benchmark database, so the GUI runs it at every start; the full ``integrity_check`` plus
``foreign_key_check`` (about 0.4 s there) runs for backups, restores and ``aktif-desktop check``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal

from aktif_desktop import messages
from aktif_desktop.storage.faults import fault_text

SQLITE_HEADER = b"SQLite format 3\x00"
Depth = Literal["schema", "quick", "full"]
OUR_TABLES = frozenset(
    {"organisation", "contact", "event", "participation", "legal_area", "setting"}
)


class Problem(StrEnum):
    """What is wrong with a database file (``OK`` when nothing is)."""

    OK = "ok"
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    NEWER = "newer"
    FOLDER = "folder"
    # The surroundings, not the file: full disk, no rights, locked, I/O error. Never damage:
    # such a file is never set aside, replaced or offered for restore.
    UNREADABLE = "unreadable"
    # A 0-byte file next to valid backups (found by the start-up check, not by check_file).
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class FileCheck:
    """The result of checking one file.

    Attributes:
        path: the file checked.
        problem: what is wrong, ``Problem.OK`` if nothing.
        version: the schema version found (0 for a missing or empty file).
        message: a German sentence for the user ("" when fine).
        detail: what SQLite reported, for the log.
    """

    path: Path
    problem: Problem
    version: int = 0
    message: str = ""
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is Problem.OK

    @property
    def replaceable(self) -> bool:
        """True when a backup may take this file's place (it is kept under another name)."""
        return self.problem in (Problem.NOT_SQLITE, Problem.DAMAGED, Problem.FOREIGN, Problem.EMPTY)


def readonly_uri(path: Path) -> str:
    """Return a ``file:`` URI that opens ``path`` read-only (umlauts and spaces escaped).

    Without a ``-wal`` file beside it nobody has the database open (a WAL connection always
    creates one), so ``immutable`` may skip locking; that also keeps SQLite from leaving
    empty ``-wal``/``-shm`` files next to a file it only looked at. With a ``-wal`` (after a
    crash, or while the app runs) it must be read, so then the file is opened normally.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def _latest_version() -> int:
    # Imported late: migrations imports the backup module, which imports this one.
    from aktif_desktop.storage import migrations

    return migrations.LATEST_VERSION


def _run_checks(path: Path, depth: Depth) -> tuple[int, set[str], str]:
    """Return (user_version, table names, problems reported by SQLite or "")."""
    connection = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if depth == "schema":
            return version, tables, ""
        pragma = "integrity_check" if depth == "full" else "quick_check"
        try:
            rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}(20)")]
        except sqlite3.DatabaseError as error:  # the schema was readable, a page is not
            if fault_text(error) is not None:
                raise  # a full disk or an I/O error is not a damaged page
            rows = [f"{pragma}: {error}"]
        report = "" if rows == ["ok"] else "; ".join(rows)
        if depth == "full" and not report:
            broken = connection.execute("PRAGMA foreign_key_check").fetchmany(20)
            if broken:
                report = "foreign_key_check: " + "; ".join(str(tuple(row)) for row in broken)
    finally:
        connection.close()
    return version, tables, report


def check_file(path: Path, depth: Depth = "quick") -> FileCheck:
    """Check ``path`` without writing to it; a missing or empty file counts as fine (new).

    ``depth``: "schema" reads only the header and the table names (milliseconds), "quick"
    adds ``quick_check`` (page structure), "full" adds ``integrity_check`` and
    ``foreign_key_check``.
    """
    path = Path(path)
    try:
        if path.is_dir():
            return FileCheck(path, Problem.FOLDER, 0, messages.DB_IS_FOLDER.format(path=path))
        if not path.exists() or path.stat().st_size == 0:
            return FileCheck(path, Problem.OK)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return _unreadable(path, 0, error)
    if header != SQLITE_HEADER:
        return FileCheck(path, Problem.NOT_SQLITE, 0, messages.DB_NOT_SQLITE.format(path=path))
    try:
        version, tables, report = _run_checks(path, depth)
    except sqlite3.DatabaseError as error:
        if fault_text(error) is not None:
            return _unreadable(path, 0, error)
        # SQLite cannot even read the schema: say it may not be ours at all.
        text = messages.DB_NOT_SQLITE.format(path=path)
        return FileCheck(path, Problem.DAMAGED, 0, text, str(error))
    if report:
        return _damaged(path, version, report)
    return _classify(path, version, tables)


def _unreadable(path: Path, version: int, error: BaseException) -> FileCheck:
    template = fault_text(error) or messages.DB_IO_ERROR
    return FileCheck(path, Problem.UNREADABLE, version, template.format(path=path), str(error))


def _damaged(path: Path, version: int, detail: str) -> FileCheck:
    return FileCheck(path, Problem.DAMAGED, version, messages.DB_DAMAGED.format(path=path), detail)


def _classify(path: Path, version: int, tables: set[str]) -> FileCheck:
    user_tables = {name for name in tables if not name.startswith("sqlite_")}
    if (version == 0 and user_tables) or (version > 0 and not tables >= OUR_TABLES):
        return FileCheck(path, Problem.FOREIGN, version, messages.DB_FOREIGN.format(path=path))
    latest = _latest_version()
    if version > latest:
        text = messages.DB_NEWER_SCHEMA.format(path=path, found=version, known=latest)
        return FileCheck(path, Problem.NEWER, version, text)
    return FileCheck(path, Problem.OK, version)


def companion_files(path: Path) -> list[Path]:
    """Return the ``-wal`` and ``-shm`` files SQLite keeps next to ``path`` (existing or not)."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def set_aside(path: Path, label: str = "beschädigt", *, now: dt.datetime | None = None) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``<name>.<label>-<timestamp>.db``; never write.

    The file is kept for a later rescue attempt; the new name tells the user what it is.
    """
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    suffix = path.suffix or ".db"
    target = path.with_name(f"{path.stem}.{label}-{stamp}{suffix}")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{suffix}")
        counter += 1
    os.replace(path, target)
    for old, new in zip(companion_files(path), companion_files(target), strict=True):
        if old.exists():
            os.replace(old, new)
    return target
