"""Backups of a shared PostgreSQL database: pg_dump when it is installed, else our own export.

* **pg_dump** (custom format, ``.pgdump``) is used when a pg_dump of the server's major version
  or newer is found: ``AKTIF_PG_BIN`` (a folder; empty: look nowhere), else ``PATH``,
  ``/usr/lib/postgresql/*/bin``, ``C:\\Program Files\\PostgreSQL\\*\\bin`` and Postgres.app.
  pg_dump reads in one snapshot itself. When it fails, our own export is written instead and
  the note says why.
* **Our own export** (``.aktifdump``) is a zip: ``manifest.json`` (format, schema version,
  database id, Verbund, per table the columns, row count and SHA-256 of its data, the identity
  sequences' positions, the change fingerprint) and per table its rows in PostgreSQL's COPY
  text format (every type exactly as the server writes it). All of it is read in ONE
  ``REPEATABLE READ READ ONLY`` transaction, so it is one consistent state.

Both are written to ``<name>.tmp``, flushed and renamed into place. The change fingerprint
(the highest audit and disclosure entry and the schema version) tells the daily backup whether
anything changed since the newest copy; for a ``.pgdump`` it is kept in a small state file in
the backup folder (taken before the dump, so a change during the dump means one copy more, never
one too few).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aktif_desktop import __version__
from aktif_desktop.errors import DatabaseError
from aktif_desktop.messages import pg_backup as texts
from aktif_desktop.storage.server import ServerTarget, stored_password

EXPORT_FORMAT = "aktif-desktop-server-export"
EXPORT_FORMAT_VERSION = 1
SUFFIX_PG_DUMP = ".pgdump"
SUFFIX_EXPORT = ".aktifdump"
SUFFIXES = (SUFFIX_PG_DUMP, SUFFIX_EXPORT)
METHOD_PG_DUMP = "pg_dump"
METHOD_EXPORT = "export"
BIN_ENV = "AKTIF_PG_BIN"
STATE_FILE = ".server-sicherungen.json"  # copy name -> fingerprint (pg_dump copies)
PG_DUMP_MAGIC = b"PGDMP"
ZIP_MAGIC = b"PK\x03\x04"
TOOL_TIMEOUT = 3600

_TABLES_SQL = (
    "SELECT c.relname FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1"
)
_COLUMNS_SQL = (
    "SELECT a.attname FROM pg_catalog.pg_attribute a "
    "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relname = %s AND a.attnum > 0 "
    "AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum"
)
_IDENTITY_SQL = (
    "SELECT c.relname, a.attname, pg_get_serial_sequence(quote_ident(c.relname), a.attname) "
    "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attidentity <> '' "
    "AND NOT a.attisdropped ORDER BY 1, 2"
)


@dataclass(frozen=True, slots=True)
class ServerBackup:
    """A written server backup: the file, how it was made, and the German note ("" if none)."""

    path: Path
    method: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Tool:
    """A PostgreSQL client program found on this computer."""

    path: Path
    major: int


# Notes of the backups written in this process (the CLI and the GUI show them).
_notes: dict[Path, str] = {}


def note_for(path: Path) -> str:
    """The German note about how the server backup ``path`` was made ("" if nothing to say)."""
    return _notes.get(Path(path), "")


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- the PostgreSQL programs -----------------------------------------------------------------


def _candidates(name: str) -> list[Path]:
    exe = name + (".exe" if os.name == "nt" else "")
    chosen = os.environ.get(BIN_ENV)
    if chosen is not None:
        return [Path(chosen) / exe] if chosen.strip() else []
    found: list[Path] = []
    on_path = shutil.which(name)
    if on_path:
        found.append(Path(on_path))
    patterns = ["/usr/lib/postgresql/*/bin", "/Applications/Postgres.app/Contents/Versions/*/bin"]
    patterns += ["/opt/homebrew/opt/postgresql@*/bin", "/usr/local/opt/postgresql@*/bin"]
    if os.name == "nt":
        for base in (os.environ.get("PROGRAMFILES"), r"C:\Program Files"):
            if base:
                patterns.append(str(Path(base) / "PostgreSQL" / "*" / "bin"))
    for pattern in patterns:
        anchor = Path(pattern.split("*")[0])
        rest = pattern[len(str(anchor)) :].lstrip("/\\")
        if anchor.is_dir():
            found.extend(folder / exe for folder in sorted(anchor.glob(rest)))
    return [path for path in dict.fromkeys(found) if path.is_file()]


def tool_major(path: Path) -> int | None:
    """The major version ``path --version`` reports (``pg_dump (PostgreSQL) 15.4`` → 15)."""
    try:
        done = subprocess.run(
            [str(path), "--version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"\(PostgreSQL\)\s+(\d+)", done.stdout) or re.search(r"(\d+)", done.stdout)
    return int(match.group(1)) if done.returncode == 0 and match else None


def find_tool(name: str, server_major: int) -> tuple[Tool | None, int | None]:
    """The newest ``name`` of at least ``server_major``; else (None, newest too old major)."""
    tools = []
    for path in _candidates(name):
        major = tool_major(path)
        if major is not None:
            tools.append(Tool(path, major))
    tools.sort(key=lambda tool: tool.major, reverse=True)
    if tools and tools[0].major >= server_major:
        return tools[0], None
    return None, (tools[0].major if tools else None)


def tool_env(target: ServerTarget) -> dict[str, str]:
    """The environment for a PostgreSQL program: the address and, if known, the password."""
    env = dict(os.environ)
    env.update(
        PGHOST=target.host,
        PGPORT=str(target.port),
        PGDATABASE=target.dbname,
        PGSSLMODE=target.sslmode,
        PGAPPNAME="Aktif Desktop",
        PGCONNECT_TIMEOUT="10",
    )
    if target.user:
        env["PGUSER"] = target.user
    password = target.password if target.password is not None else stored_password(target)
    if password:
        env["PGPASSWORD"] = password
    return env


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:300] if lines else "ohne Meldung"


# --- writing ---------------------------------------------------------------------------------


def _fsync_and_replace(temporary: Path, target: Path) -> None:
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    if os.name == "posix":
        handle_no = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(handle_no)
        finally:
            os.close(handle_no)


def connect(target: ServerTarget, **options: Any) -> Any:
    """A psycopg connection of its own to ``target`` (German faults)."""
    import psycopg

    from aktif_desktop.storage.pg_database import server_fault

    try:
        return psycopg.connect(**target.connect_kwargs(), **options)  # type: ignore[arg-type]
    except psycopg.Error as error:
        raise (server_fault(error, target) or error) from error


def fingerprint_of(cursor: Any) -> str:
    """What the daily backup compares: the newest audit/disclosure entry and the schema."""
    cursor.execute(_TABLES_SQL)
    tables = {row[0] for row in cursor.fetchall()}
    parts = []
    for table in ("audit_log", "disclosure_log", "aktif_schema"):
        if table in tables:
            column = "version" if table == "aktif_schema" else "id"
            cursor.execute(f"SELECT max({column}), count(*) FROM {quote_ident(table)}")
            top, count = cursor.fetchone()
            parts.append(f"{table}:{top}:{count}")
    return ";".join(parts)


def server_fingerprint(target: ServerTarget) -> str:
    """The change fingerprint of the server database now."""
    with (
        contextlib.closing(connect(target, autocommit=True)) as connection,
        connection.cursor() as cursor,
    ):
        return fingerprint_of(cursor)


def write_export(target: ServerTarget, path: Path) -> Path:
    """Write our own consistent export of ``target`` to ``path`` (atomically)."""
    import psycopg

    temporary = path.with_name(path.name + ".tmp")
    temporary.unlink(missing_ok=True)
    connection = connect(target)
    try:
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        connection.read_only = True
        with (
            connection.cursor() as cursor,
            zipfile.ZipFile(
                temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6
            ) as archive,
        ):
            manifest = _export_tables(cursor, archive, target)
            archive.writestr("manifest.json", json.dumps(manifest, indent=1, default=str))
        connection.rollback()  # read only: nothing to commit
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        connection.close()
    _fsync_and_replace(temporary, path)
    return path


def _export_tables(cursor: Any, archive: zipfile.ZipFile, target: ServerTarget) -> dict[str, Any]:
    cursor.execute("SELECT current_setting('server_version_num')::int")
    server_version = int(cursor.fetchone()[0])
    fingerprint = fingerprint_of(cursor)  # inside the snapshot: exactly the state exported
    cursor.execute(_TABLES_SQL)
    names = [row[0] for row in cursor.fetchall()]
    tables = []
    for name in names:
        cursor.execute(_COLUMNS_SQL, (name,))
        columns = [row[0] for row in cursor.fetchall()]
        column_list = ", ".join(quote_ident(column) for column in columns)
        digest, rows = hashlib.sha256(), 0
        member = f"data/{name}.copy"
        with archive.open(member, "w", force_zip64=True) as out:
            sql = f"COPY {quote_ident(name)} ({column_list}) TO STDOUT"
            with cursor.copy(sql) as copy:
                for chunk in copy:
                    data = bytes(chunk)
                    digest.update(data)
                    rows += data.count(b"\n")
                    out.write(data)
        tables.append(
            {
                "name": name,
                "columns": columns,
                "rows": rows,
                "file": member,
                "sha256": digest.hexdigest(),
            }
        )
    sequences = []
    cursor.execute(_IDENTITY_SQL)
    for table, column, sequence in cursor.fetchall():
        if sequence:
            cursor.execute(f"SELECT last_value, is_called FROM {sequence}")
            last_value, is_called = cursor.fetchone()
            sequences.append(
                {"table": table, "column": column, "last_value": last_value, "called": is_called}
            )
    info = _single(cursor, names, "SELECT database_id FROM database_info ORDER BY id LIMIT 1")
    verbund = _single(cursor, names, "SELECT value FROM setting WHERE key = 'verbund_name'")
    version = _single(cursor, names, 'SELECT max("version") FROM "aktif_schema"')
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": int(version) if version is not None else 0,
        "database_id": info,
        "verbund_name": verbund,
        "database": target.dbname,
        "server": target.server(),
        "server_version": server_version,
        "fingerprint": fingerprint,
        "tables": tables,
        "sequences": sequences,
    }


def _single(cursor: Any, tables: list[str], sql: str) -> Any:
    table = sql.split(" FROM ")[1].split()[0].strip('"')
    if table not in tables:
        return None
    cursor.execute(sql)
    row = cursor.fetchone()
    return row[0] if row else None


def write_pg_dump(tool: Tool, target: ServerTarget, path: Path) -> Path:
    """Write ``pg_dump --format=custom`` of ``target`` to ``path`` (atomically)."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.unlink(missing_ok=True)
    command = [str(tool.path), "--format=custom", "--no-password", f"--file={temporary}"]
    try:
        done = subprocess.run(
            command,
            env=tool_env(target),
            capture_output=True,
            text=True,
            timeout=TOOL_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        temporary.unlink(missing_ok=True)
        raise DatabaseError(str(error)) from error
    if (
        done.returncode != 0
        or not temporary.is_file()
        or not _starts_with(temporary, PG_DUMP_MAGIC)
    ):
        temporary.unlink(missing_ok=True)
        raise DatabaseError(_last_line(done.stderr))
    _fsync_and_replace(temporary, path)
    return path


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def choose_method(target: ServerTarget, server_major: int) -> tuple[Tool | None, str]:
    """pg_dump if a fitting one is installed, else None and the note why not."""
    tool, too_old = find_tool("pg_dump", server_major)
    if tool is not None:
        return tool, ""
    if too_old is not None:
        return None, texts.PG_DUMP_TOO_OLD.format(found=too_old, server=server_major)
    return None, texts.PG_DUMP_MISSING


def write_server_backup(
    target: ServerTarget, server_major: int, make_path: Any, fixed: Path | None = None
) -> ServerBackup:
    """Write a backup of ``target``: pg_dump if possible, else our own export.

    ``make_path(suffix)`` gives a new file name in the backup folder; ``fixed`` is a file the
    user chose (its name is kept whatever the method; restore tells the format by content).
    """
    if fixed is not None:
        fixed.parent.mkdir(parents=True, exist_ok=True)
    tool, note = choose_method(target, server_major)
    before = server_fingerprint(target)
    written: ServerBackup | None = None
    if tool is not None:
        path = fixed or make_path(SUFFIX_PG_DUMP)
        try:
            write_pg_dump(tool, target, path)
            written = ServerBackup(path, METHOD_PG_DUMP)
            remember_fingerprint(path, before)
        except DatabaseError as error:
            note = texts.PG_DUMP_FAILED.format(database=target.display(), reason=error)
    if written is None:
        path = fixed or make_path(SUFFIX_EXPORT)
        write_export(target, path)
        written = ServerBackup(path, METHOD_EXPORT, note)
    _notes[written.path] = written.note
    return written


# --- reading ---------------------------------------------------------------------------------


def _state_file(folder: Path) -> Path:
    return folder / STATE_FILE


def remember_fingerprint(path: Path, fingerprint: str) -> None:
    """Keep the fingerprint of a pg_dump copy in the backup folder's state file."""
    state = _state_file(path.parent)
    try:
        data = json.loads(state.read_text("utf-8")) if state.is_file() else {}
    except (OSError, ValueError):
        data = {}
    present = {name: value for name, value in data.items() if (path.parent / name).exists()}
    present[path.name] = fingerprint
    with contextlib.suppress(OSError):
        state.write_text(json.dumps(present, indent=1), "utf-8")


_manifests: dict[tuple[str, int, int], dict[str, Any] | None] = {}


def read_manifest(path: Path) -> dict[str, Any] | None:
    """The manifest of our own export (None for anything else, cached per file version)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _manifests:
        found: dict[str, Any] | None = None
        try:
            with zipfile.ZipFile(path) as archive:
                data = json.loads(archive.read("manifest.json").decode("utf-8"))
            if isinstance(data, dict) and data.get("format") == EXPORT_FORMAT:
                found = data
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            found = None
        _manifests[key] = found
    return _manifests[key]


def backup_fingerprint(path: Path) -> str | None:
    """The change fingerprint a server copy was written with (None: unknown)."""
    manifest = read_manifest(path)
    if manifest is not None:
        return str(manifest.get("fingerprint"))
    state = _state_file(path.parent)
    try:
        value = json.loads(state.read_text("utf-8")).get(path.name)
    except (OSError, ValueError, AttributeError):
        return None
    return str(value) if value is not None else None


def backup_database_id(path: Path) -> str | None:
    """The database id a server copy carries (our export only; None: the name decides)."""
    manifest = read_manifest(path)
    value = manifest.get("database_id") if manifest else None
    return str(value) if value else None


def looks_valid(path: Path) -> bool:
    """A cheap check: a pg_dump archive, or our export with a readable manifest."""
    return _starts_with(path, PG_DUMP_MAGIC) or read_manifest(path) is not None
