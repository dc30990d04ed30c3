"""The schema of a shared PostgreSQL database: the frozen baseline and its numbered steps.

PostgreSQL support began at schema version 7: an empty database gets the frozen baseline
``schema_pg_v7.sql`` (the same tables, columns, indexes, keys and seed rows as SQLite's steps
1–7 leave) and the plpgsql triggers below; every later step is a numbered migration with a
body for each dialect, recorded in ``aktif_schema``. A database holding tables of another
program is refused, one written by a newer version too.

Triggers:
* ``aktif_audit()`` records every create, update and delete of the audited tables with the
  OS user the app reports and the database user: ``anna.koordination (aktif)`` — a Verbund
  whose staff share one login still sees who it was; no names of persons. It first takes
  one transaction lock, so audit entries are numbered in commit order and the hash chain sees
  no late gap; writers of one Verbund queue for a moment instead.
* ``aktif_refuse_change()`` keeps the audit log and its chain append-only (UPDATE, DELETE,
  TRUNCATE refused even for the owner); the README tells the IT how to also revoke the rights.
* ``aktif_capture()`` writes each row change into the session's TEMP table while an operation
  runs (``aktif.capture`` set for the transaction only) — undo and change notices, as SQLite's
  TEMP triggers do; another session records nothing.
* ``aktif_sync_ids()`` moves a table's identity sequence past ids inserted explicitly (the
  demo, imports, a transfer, an undo), once per statement.
"""

from __future__ import annotations

import secrets
from importlib import resources

from aktif_desktop import clock, messages
from aktif_desktop.errors import DatabaseError

BASELINE_VERSION = 7
MIN_SERVER_VERSION = 130000  # PostgreSQL 13: EXECUTE FUNCTION, GENERATED … AS IDENTITY
MIN_SERVER_TEXT = "13"
_MIGRATION_LOCK = 7_301_001  # pg_advisory_xact_lock key: two first starts at once
AUDIT_LOCK = 7_301_002

# Frozen: the tables audited at version 7 (as SQLite's steps 3, 6 and 7 left them).
_V7_AUDITED = (
    ("organisation", "id"),
    ("contact", "id"),
    ("service", "id"),
    ("event", "id"),
    ("participation", "id"),
    ("certificate", "id"),
    ("agreement", "id"),
    ("supply_gap", "id"),
    ("setting", "key"),
    ("family_case", "id"),
    ("referral", "id"),
    ("application", "id"),
    ("follow_up", "id"),
    ("report_target", "id"),
    ("report_text", "id"),
)
# Frozen: tables whose changes the capture triggers record at version 7 (all but the logs).
_V7_NOT_CAPTURED = ("audit_log", "audit_chain", "disclosure_log", "audit_user", "database_info")

_V7_FUNCTIONS = (
    f"""CREATE FUNCTION aktif_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry jsonb;
    app_user text := coalesce(nullif(current_setting('aktif.user', true), ''), '');
BEGIN
    PERFORM pg_advisory_xact_lock({AUDIT_LOCK});
    IF TG_OP = 'DELETE' THEN entry := to_jsonb(OLD); ELSE entry := to_jsonb(NEW); END IF;
    INSERT INTO audit_log (at, "user", action, table_name, row_id, detail) VALUES (
        date_trunc('second', localtimestamp),
        CASE WHEN app_user = '' OR app_user = session_user THEN session_user::text
             ELSE app_user || ' (' || session_user || ')' END,
        CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
        TG_TABLE_NAME,
        CASE WHEN TG_ARGV[0] = 'id' THEN (entry ->> 'id')::integer END,
        CASE WHEN TG_ARGV[0] = 'id' THEN '' ELSE entry ->> TG_ARGV[0] END);
    RETURN NULL;
END $$""",
    """CREATE FUNCTION aktif_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Das Änderungsprotokoll kann nicht geändert werden.'
        USING ERRCODE = 'restrict_violation';
END $$""",
    """CREATE FUNCTION aktif_sync_ids() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sequence_name text := pg_get_serial_sequence(quote_ident(TG_TABLE_NAME), 'id');
    top bigint;
    seq_last bigint;
    seq_called boolean;
BEGIN
    SELECT max(id) INTO top FROM inserted;
    IF top IS NULL OR sequence_name IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT last_value, is_called FROM %s', sequence_name) INTO seq_last, seq_called;
    -- (a CASE inside an IF condition would end it at its first THEN)
    IF NOT seq_called THEN
        seq_last := seq_last - 1;
    END IF;
    IF top > seq_last THEN
        PERFORM setval(sequence_name, top);
    END IF;
    RETURN NULL;
END $$""",
    """CREATE FUNCTION aktif_capture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('aktif.capture', true), '') <> 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO pg_temp.aktif_undo_log (tbl, op, old_row, new_row) VALUES (
        TG_TABLE_NAME, TG_OP,
        CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
        CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
    RETURN NULL;
END $$""",
)


def pg_audit_triggers_sql(table: str, *, key: str = "id") -> list[str]:
    """The three audit triggers of ``table`` on PostgreSQL (the names SQLite's have), for a
    later migration step that adds an audited table (cf. ``audit_triggers_sql``)."""
    if not table.isidentifier() or not key.isidentifier():
        raise ValueError(f"not a plain table or column name: {table!r}, {key!r}")
    return [
        f'CREATE TRIGGER "audit_{table}_{action}" AFTER {event} ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION aktif_audit('{key}')"
        for event, action in (("INSERT", "create"), ("UPDATE", "update"), ("DELETE", "delete"))
    ]


def _v7_triggers() -> list[str]:
    statements = []
    for table, key in _V7_AUDITED:
        statements.extend(pg_audit_triggers_sql(table, key=key))
    for table in ("audit_log", "audit_chain"):
        for event, action in (("UPDATE", "update"), ("DELETE", "delete")):
            statements.append(
                f'CREATE TRIGGER "{table}_no_{action}" BEFORE {event} ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION aktif_refuse_change()"
            )
        statements.append(
            f'CREATE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION aktif_refuse_change()"
        )
    return statements


def _id_triggers(tables: list[str]) -> list[str]:
    """Rows inserted with their id given (demo, import, transfer, undo) move the identity
    sequence past them, so the next normal insert never collides."""
    return [
        f'CREATE TRIGGER "aktif_ids_{table}" AFTER INSERT ON "{table}" '
        "REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION aktif_sync_ids()"
        for table in tables
    ]


def _capture_triggers(tables: list[str]) -> list[str]:
    return [
        f'CREATE TRIGGER "aktif_capture_{table}" AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
        "FOR EACH ROW EXECUTE FUNCTION aktif_capture()"
        for table in tables
        if table not in _V7_NOT_CAPTURED
    ]


_WITHOUT_ID_TRIGGER_SQL = (
    "SELECT c.relname FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' "
    "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attidentity <> '' "
    "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid "
    "AND t.tgname = 'aktif_ids_' || c.relname) ORDER BY 1"
)
_UNCAPTURED_SQL = (
    "SELECT c.relname FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT EXISTS ("
    "SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid "
    "AND t.tgname = 'aktif_capture_' || c.relname) ORDER BY 1"
)


def add_missing_capture_triggers(db: object) -> list[str]:
    """Give every domain table without one its capture trigger (a table a later step or a
    test added); return the tables that got one."""
    from aktif_desktop.storage.undo_capture import EXCLUDED_TABLES

    cursor = db.execute_sql(_UNCAPTURED_SQL)  # type: ignore[attr-defined]
    missing = [row[0] for row in cursor.fetchall() if row[0] not in EXCLUDED_TABLES]
    cursor = db.execute_sql(_WITHOUT_ID_TRIGGER_SQL)  # type: ignore[attr-defined]
    without_ids = [row[0] for row in cursor.fetchall()]
    for statement in (*_capture_triggers(missing), *_id_triggers(without_ids)):
        db.execute_sql(statement)  # type: ignore[attr-defined]
    return missing + without_ids


def _baseline(db: object) -> None:
    execute = db.execute_sql  # type: ignore[attr-defined]
    script = resources.files("aktif_desktop.storage").joinpath("schema_pg_v7.sql")
    tables, identity = [], []
    for statement in script.read_text("utf-8").split(";\n"):
        lines = [line for line in statement.splitlines() if not line.startswith("--")]
        text = "\n".join(lines).strip()
        if text:
            execute(text)
            if text.startswith("CREATE TABLE"):
                tables.append(text.split('"')[1])
                if "AS IDENTITY" in text:
                    identity.append(tables[-1])
    for statement in (
        *_V7_FUNCTIONS,
        *_v7_triggers(),
        *_capture_triggers(tables),
        *_id_triggers(identity),
    ):
        execute(statement)
    execute(
        "INSERT INTO database_info (id, database_id, created_at) VALUES (1, %s, %s)",
        (secrets.token_hex(16), clock.now()),
    )
    execute('CREATE TABLE "aktif_schema" ("version" INTEGER NOT NULL)')
    execute('INSERT INTO "aktif_schema" ("version") VALUES (%s)', (BASELINE_VERSION,))


# Later steps: version -> function(db) with the PostgreSQL body of that step.
PG_MIGRATIONS: dict[int, object] = {}
LATEST_PG_VERSION = max([BASELINE_VERSION, *PG_MIGRATIONS])


def _tables(db: object) -> list[str]:
    cursor = db.execute_sql(  # type: ignore[attr-defined]
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    )
    return [row[0] for row in cursor.fetchall()]


def schema_version(db: object) -> int:
    """The version recorded in ``aktif_schema`` (0 for an empty database)."""
    if "aktif_schema" not in _tables(db):
        return 0
    row = db.execute_sql('SELECT max("version") FROM "aktif_schema"').fetchone()  # type: ignore[attr-defined]
    return int(row[0] or 0)


def check_server(db: object) -> None:
    """Refuse a server older than PostgreSQL 13."""
    found = int(db.server_version)  # type: ignore[attr-defined]
    if found < MIN_SERVER_VERSION:
        target = db.target  # type: ignore[attr-defined]
        raise DatabaseError(
            messages.SERVER_TOO_OLD.format(
                server=target.server(), found=f"{found // 10000}", needed=MIN_SERVER_TEXT
            )
        )


def migrate_to_latest(db: object, latest: int) -> list[int]:
    """Create or update the schema up to ``latest`` (the app's newest version, which the caller
    passes so that this module needs not import the SQLite steps); refuse another program's
    or a newer database."""
    check_server(db)
    target = db.target  # type: ignore[attr-defined]
    applied: list[int] = []
    with db.atomic():  # type: ignore[attr-defined]
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))  # type: ignore[attr-defined]
        current = schema_version(db)
        if current == 0:
            if _tables(db):
                raise DatabaseError(
                    messages.SERVER_FOREIGN.format(database=target.dbname, server=target.server())
                )
            _baseline(db)
            applied.append(BASELINE_VERSION)
            current = BASELINE_VERSION
        if current > latest:
            raise DatabaseError(
                messages.DB_NEWER_SCHEMA.format(path=target.display(), found=current, known=latest)
            )
        for version in range(current + 1, latest + 1):
            PG_MIGRATIONS[version](db)  # type: ignore[operator]
            db.execute_sql('UPDATE "aktif_schema" SET "version" = %s', (version,))  # type: ignore[attr-defined]
            applied.append(version)
        if applied:
            add_missing_capture_triggers(db)
    return applied
