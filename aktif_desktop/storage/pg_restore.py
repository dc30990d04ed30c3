"""Loading a server backup (``.pgdump`` or ``.aktifdump``) into an EMPTY PostgreSQL database.

Order: tell the format by the file's content and check the copy fully before touching the
server (our export: manifest, every table's SHA-256 and row count; a pg_dump archive: read
through by pg_restore, counting its rows); refuse a target that holds data (a database that
Aktif Desktop merely created, with nothing in its audit trail, counts as empty and is cleared);
load in ONE transaction (our export: schema at the copy's version, user triggers off, foreign
keys dropped and re-added, rows by COPY, identity sequences set, row counts compared before the
commit; pg_dump: ``pg_restore --single-transaction --exit-on-error``) — a server that goes away
midway leaves nothing half-written; compare the row counts; open the database, migrate it if the
copy is older, and record the restore in its audit trail.
"""

from __future__ import annotations

import getpass
import hashlib
import re
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError
from aktif_desktop.messages import pg_backup as texts
from aktif_desktop.storage import pg_backup
from aktif_desktop.storage.pg_backup import Tool, find_tool, quote_ident, tool_env
from aktif_desktop.storage.server import ServerTarget

SQLITE_MAGIC = b"SQLite format 3\x00"
_CHUNK = 1 << 20
_FOREIGN_KEYS_SQL = (
    "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
    "FROM pg_catalog.pg_constraint c WHERE c.contype = 'f' "
    "AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2"
)
_FUNCTIONS_SQL = (
    "SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p "
    "WHERE p.pronamespace = current_schema()::regnamespace"
)


class RestoreRefusedError(DatabaseError):
    """A refusal of the restore itself (not empty, damaged, counts differ): shown as it is."""


@dataclass(frozen=True, slots=True)
class ServerRestoreResult:
    """What a restore into a server database did.

    Attributes:
        database: the server address (without password) now holding the restored data.
        source: the backup that was loaded.
        method: ``pg_dump`` (loaded by pg_restore) or ``export`` (our own export).
        version: the schema version of the copy before any migration.
        rows: rows per table, as the copy holds them and as counted afterwards.
    """

    database: str
    source: Path
    method: str
    version: int
    rows: dict[str, int]

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True, slots=True)
class _Checked:
    method: str
    version: int
    rows: dict[str, int]
    manifest: dict[str, Any] | None = None
    tool: Tool | None = None


def _head(path: Path, size: int = 16) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def check_server_backup(source: Path) -> _Checked:
    """Check a server copy fully (read-only); raise a German DatabaseError if it is unfit."""
    if not source.is_file():
        raise DatabaseError(messages.RESTORE_MISSING.format(path=source))
    if source.stat().st_size == 0:
        raise DatabaseError(messages.RESTORE_EMPTY.format(path=source))
    head = _head(source)
    if head.startswith(SQLITE_MAGIC):
        raise DatabaseError(texts.PG_RESTORE_SQLITE_FILE.format(path=source))
    if head.startswith(pg_backup.PG_DUMP_MAGIC):
        return _check_pg_dump(source)
    if head.startswith(pg_backup.ZIP_MAGIC):
        manifest = pg_backup.read_manifest(source)
        if manifest is None:
            if zipfile.is_zipfile(source):
                raise DatabaseError(texts.PG_RESTORE_NOT_OURS.format(path=source))
            raise DatabaseError(_damaged(source, "Inhaltsverzeichnis unlesbar"))
        return _check_export(source, manifest)
    raise DatabaseError(texts.PG_RESTORE_NOT_OURS.format(path=source))


def _damaged(path: Path, reason: object) -> str:
    return texts.PG_RESTORE_DAMAGED.format(path=path, reason=reason)


def _newer(path: Path, found: int) -> None:
    from aktif_desktop.storage.migrations import LATEST_VERSION

    if found > LATEST_VERSION:
        raise DatabaseError(
            texts.PG_RESTORE_NEWER.format(path=path, found=found, known=LATEST_VERSION)
        )


def _check_export(source: Path, manifest: dict[str, Any]) -> _Checked:
    if int(manifest.get("format_version", 0)) > pg_backup.EXPORT_FORMAT_VERSION:
        _newer(source, 10**6)
    version = int(manifest.get("schema_version") or 0)
    tables = manifest.get("tables") or []
    names = {str(table.get("name")) for table in tables}
    if version == 0 or not {"aktif_schema", "audit_log", "database_info"} <= names:
        raise DatabaseError(texts.PG_RESTORE_NOT_OURS.format(path=source))
    _newer(source, version)
    rows: dict[str, int] = {}
    try:
        with zipfile.ZipFile(source) as archive:
            for table in tables:
                digest, count = hashlib.sha256(), 0
                with archive.open(str(table["file"])) as data:
                    while chunk := data.read(_CHUNK):
                        digest.update(chunk)
                        count += chunk.count(b"\n")
                if digest.hexdigest() != table["sha256"] or count != int(table["rows"]):
                    raise DatabaseError(_damaged(source, f"Tabelle {table['name']}"))
                rows[str(table["name"])] = count
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError) as error:
        raise DatabaseError(_damaged(source, error)) from error
    return _Checked(pg_backup.METHOD_EXPORT, version, rows, manifest=manifest)


_DUMPED_BY = re.compile(r"Dumped by pg_dump version:\s*(\d+)")
_COPY_LINE = re.compile(r'^COPY (?:"?[\w]+"?\.)?"?([^"\s(]+)"? \(.*\) FROM stdin;$')


def _check_pg_dump(source: Path) -> _Checked:
    any_tool, _ = find_tool("pg_restore", 0)
    if any_tool is None:
        raise DatabaseError(texts.PG_RESTORE_NEEDS_TOOL.format(path=source, needed="13"))
    listing = _run(any_tool, ["--list", str(source)])
    if listing.returncode != 0:
        if "unsupported version" in listing.stderr:
            raise DatabaseError(texts.PG_RESTORE_NEEDS_TOOL.format(path=source, needed="neuer"))
        raise DatabaseError(_damaged(source, pg_backup._last_line(listing.stderr)))
    dumped_by = _DUMPED_BY.search(listing.stdout)
    needed = int(dumped_by.group(1)) if dumped_by else 0
    tool, _ = find_tool("pg_restore", needed)
    if tool is None:
        raise DatabaseError(texts.PG_RESTORE_NEEDS_TOOL.format(path=source, needed=needed))
    toc_tables = set(re.findall(r" TABLE (?:\S+) (\w+) ", listing.stdout))
    if not {"aktif_schema", "audit_log", "database_info"} <= toc_tables:
        raise DatabaseError(texts.PG_RESTORE_NOT_OURS.format(path=source))
    rows, version = _count_dump_rows(tool, source)
    _newer(source, version)
    return _Checked(pg_backup.METHOD_PG_DUMP, version, rows, tool=tool)


def _run(tool: Tool, arguments: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [str(tool.path), *arguments],
            capture_output=True,
            text=True,
            timeout=pg_backup.TOOL_TIMEOUT,
            check=False,
            **kwargs,
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise DatabaseError(str(error)) from error


def _count_dump_rows(tool: Tool, source: Path) -> tuple[dict[str, int], int]:
    """Read all data of the archive through pg_restore (a damaged block fails here)."""
    rows: dict[str, int] = {}
    version = 0
    table: str | None = None
    with (
        tempfile.TemporaryFile() as errors,
        subprocess.Popen(
            [str(tool.path), "--data-only", "--file=-", str(source)],
            stdout=subprocess.PIPE,
            stderr=errors,
        ) as process,
    ):
        assert process.stdout is not None
        for raw in process.stdout:
            line = raw.rstrip(b"\n")
            if table is None:
                match = _COPY_LINE.match(line.decode("utf-8", "replace"))
                if match:
                    table = match.group(1)
                    rows[table] = 0
            elif line == b"\\.":
                table = None
            else:
                rows[table] += 1
                if table == "aktif_schema":
                    version = max(version, int(line.split(b"\t")[0]))
        failed = process.wait() != 0
        errors.seek(0)
        message = errors.read().decode("utf-8", "replace")
    if failed or table is not None:
        raise DatabaseError(_damaged(source, pg_backup._last_line(message)))
    return rows, version


# --- the target database ---------------------------------------------------------------------


def _tables(cursor: Any) -> list[str]:
    cursor.execute(pg_backup._TABLES_SQL)
    return [row[0] for row in cursor.fetchall()]


def _refuse_unless_empty(cursor: Any, target: ServerTarget) -> bool:
    """True when the target must be cleared first (only Aktif's own empty schema in it)."""
    tables = _tables(cursor)
    if not tables:
        return False
    found = f"{len(tables)} Tabellen"
    if "aktif_schema" in tables and "audit_log" in tables:
        cursor.execute("SELECT count(*) FROM audit_log")
        entries = int(cursor.fetchone()[0])
        disclosures = 0
        if "disclosure_log" in tables:
            cursor.execute("SELECT count(*) FROM disclosure_log")
            disclosures = int(cursor.fetchone()[0])
        if entries == 0 and disclosures == 0:
            return True
        found = f"{entries} Einträge im Änderungsprotokoll"
    else:
        found += " eines anderen Programms"
    raise RestoreRefusedError(
        texts.PG_RESTORE_NOT_EMPTY.format(
            database=target.dbname, server=target.server(), found=found
        )
    )


def _clear(cursor: Any) -> None:
    tables = _tables(cursor)
    if tables:
        cursor.execute("DROP TABLE " + ", ".join(quote_ident(t) for t in tables) + " CASCADE")
    cursor.execute(_FUNCTIONS_SQL)
    for (function,) in cursor.fetchall():
        cursor.execute(f"DROP FUNCTION IF EXISTS {function} CASCADE")


def _count(cursor: Any, tables: list[str]) -> dict[str, int]:
    counted = {}
    for table in tables:
        cursor.execute(f"SELECT count(*) FROM {quote_ident(table)}")
        counted[table] = int(cursor.fetchone()[0])
    return counted


def _compare(source: Path, expected: dict[str, int], counted: dict[str, int]) -> None:
    wrong = [
        f"{table}: {counted.get(table, 0)} statt {rows}"
        for table, rows in expected.items()
        if counted.get(table, 0) != rows
    ]
    if wrong:
        raise RestoreRefusedError(
            texts.PG_RESTORE_COUNTS_DIFFER.format(path=source, tables=", ".join(wrong))
        )


def _load_export(db: Any, source: Path, checked: _Checked) -> None:
    """Our export into the target in ONE transaction (``db``: an AktifPostgres, not bound)."""
    from aktif_desktop.storage import pg_schema

    manifest = checked.manifest
    assert manifest is not None
    with db.atomic():
        cursor = db.connection().cursor()
        if _refuse_unless_empty(cursor, db.target):
            _clear(cursor)
        pg_schema.migrate_to_latest(db, checked.version)
        cursor = db.connection().cursor()
        tables = _tables(cursor)
        wanted = [str(table["name"]) for table in manifest["tables"]]
        if sorted(wanted) != sorted(tables):
            different = sorted(set(wanted) ^ set(tables))
            raise RestoreRefusedError(_damaged(source, "Tabellen " + ", ".join(different)))
        cursor.execute(_FOREIGN_KEYS_SQL)
        foreign_keys = cursor.fetchall()
        for table, name, _definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {quote_ident(name)}")
        for table in tables:
            cursor.execute(f"ALTER TABLE {quote_ident(table)} DISABLE TRIGGER USER")
        cursor.execute("TRUNCATE " + ", ".join(quote_ident(t) for t in tables))
        with zipfile.ZipFile(source) as archive:
            for table in manifest["tables"]:
                columns = ", ".join(quote_ident(str(c)) for c in table["columns"])
                sql = f"COPY {quote_ident(str(table['name']))} ({columns}) FROM STDIN"
                with archive.open(str(table["file"])) as data, cursor.copy(sql) as copy:
                    while chunk := data.read(_CHUNK):
                        copy.write(chunk)
        for sequence in manifest.get("sequences") or []:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, %s), %s, %s)",
                (
                    quote_ident(str(sequence["table"])),
                    str(sequence["column"]),
                    int(sequence["last_value"]),
                    bool(sequence["called"]),
                ),
            )
        for table in tables:
            cursor.execute(f"ALTER TABLE {quote_ident(table)} ENABLE TRIGGER USER")
        for table, name, definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {quote_ident(name)} {definition}")
        _compare(source, checked.rows, _count(cursor, tables))


def _load_pg_dump(db: Any, source: Path, checked: _Checked) -> None:
    """pg_restore in one transaction; a cleared target stays empty if it fails."""
    assert checked.tool is not None
    with db.atomic():
        cursor = db.connection().cursor()
        if _refuse_unless_empty(cursor, db.target):
            _clear(cursor)
    arguments = ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges"]
    arguments += ["--no-password", f"--dbname={db.target.dbname}", str(source)]
    done = _run(checked.tool, arguments, env=tool_env(db.target))
    if done.returncode != 0:
        raise RestoreRefusedError(
            texts.PG_RESTORE_FAILED.format(
                path=source,
                database=db.target.display(),
                reason=pg_backup._last_line(done.stderr),
            )
        )
    _compare(source, checked.rows, _count(db.connection().cursor(), list(checked.rows)))


def restore_to_server(source: Path, url: str, *, reopen: bool = True) -> ServerRestoreResult:
    """Load the server copy ``source`` into the empty database at ``url``; see the docstring."""
    from aktif_desktop.storage.db import _os_user, close_database, open_database
    from aktif_desktop.storage.pg_database import AktifPostgres, server_fault

    source = Path(source).expanduser().resolve()
    checked = check_server_backup(source)
    target = ServerTarget.parse(url)
    close_database()
    loader = AktifPostgres(target, app_user=_os_user())
    try:
        loader.connect()
        if checked.method == pg_backup.METHOD_EXPORT:
            _load_export(loader, source, checked)
        else:
            _load_pg_dump(loader, source, checked)
    except RestoreRefusedError:
        raise
    except Exception as error:  # the server's own fault, the German one if it is known
        fault = server_fault(error, target)
        reason = fault if fault is not None else error
        raise DatabaseError(
            texts.PG_RESTORE_FAILED.format(path=source, database=target.display(), reason=reason)
        ) from error
    finally:
        if not loader.is_closed():
            loader.close()
    open_database(url)
    _record(source, checked.method)
    if not reopen:
        close_database()
    return ServerRestoreResult(target.url(), source, checked.method, checked.version, checked.rows)


def _record(source: Path, method: str) -> None:
    """The restore in the audit trail of the restored database: when, which file, by whom."""
    from aktif_desktop.storage.models import AuditLog

    how = "pg_restore" if method == pg_backup.METHOD_PG_DUMP else "eigener Export"
    detail = f"Sicherung {source.name} wiederhergestellt ({how})"
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises various errors on odd systems
        user = ""
    AuditLog.create(action="restore", detail=detail, user=user)
