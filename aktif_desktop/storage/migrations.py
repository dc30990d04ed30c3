"""Numbered schema migrations, one atomic step per version, recorded in ``PRAGMA user_version``.

Version 1 is the frozen first schema (``schema_v1.sql``); each later step changes it. Every step
is frozen: it holds its own literals (table lists, seed rows) and never reads a live constant
of the domain, so a later change there cannot change what an old step does. Audit triggers for
a table added later come from :func:`~aktif_desktop.storage.audit_triggers.audit_triggers_sql`
inside that step. Before a step runs on a database with data, a backup copy is written.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from peewee import DateField, SqliteDatabase
from playhouse.migrate import SqliteMigrator, migrate

from aktif_desktop.storage.audit_triggers import audit_triggers_sql

# Frozen: the legal areas seeded by version 1 (a later area is added by its own step).
_V1_LEGAL_AREAS = (
    ("SGB2", "SGB II"),
    ("SGB3", "SGB III"),
    ("SGB7", "SGB VII"),
    ("SGB8", "SGB VIII"),
    ("SGB9", "SGB IX"),
    ("SGB12", "SGB XII"),
    ("BKGG", "BKGG (Kinderzuschlag)"),
    ("WOGG", "WoGG (Wohngeld)"),
    ("BUT", "BuT"),
    ("OTHER", "sonstige"),
)


def _v1_initial_schema(db: SqliteDatabase) -> None:
    script = resources.files("aktif_desktop.storage").joinpath("schema_v1.sql").read_text("utf-8")
    for statement in script.split(";\n"):
        lines = [line for line in statement.splitlines() if not line.startswith("--")]
        if "".join(lines).strip():
            db.execute_sql("\n".join(lines))
    for order, (code, label) in enumerate(_V1_LEGAL_AREAS):
        db.execute_sql(
            "INSERT INTO legal_area (created_at, updated_at, code, label, sort_order) "
            "VALUES (datetime('now', 'localtime'), datetime('now', 'localtime'), ?, ?, ?)",
            (code, label, order),
        )


def _v2_contact_lists_consent_and_verification(db: SqliteDatabase) -> None:
    """Consent to appear on printed lists (with date) and the date a number was verified."""
    # ADD COLUMN … NOT NULL DEFAULT keeps the table in place; peewee's add_column would
    # rebuild the table for a NOT NULL column, which is slow on large files.
    db.execute_sql('ALTER TABLE "contact" ADD COLUMN "consent_lists" INTEGER NOT NULL DEFAULT 1')
    migrator = SqliteMigrator(db)
    migrate(
        migrator.add_column("contact", "consent_lists_date", DateField(null=True)),
        migrator.add_column("contact", "verified_at", DateField(null=True)),
        migrator.add_index("contact", ("last_name", "first_name"), False),
    )


# Frozen: the tables whose rows the audit triggers of version 3 record (link tables are
# rewritten on every save and would only add noise; their owner's update is recorded).
_V3_AUDITED_TABLES = (
    "organisation",
    "contact",
    "service",
    "event",
    "participation",
    "certificate",
    "agreement",
    "supply_gap",
    "setting",
)
# The tables audited on the newest schema (a later step that audits a table extends this).
AUDITED_TABLES = (
    "organisation",
    "contact",
    "service",
    "event",
    "participation",
    "certificate",
    "agreement",
    "supply_gap",
    "setting",
    "family_case",
    "referral",
    "application",
    "follow_up",
    "report_target",
    "report_text",
)
_NOW = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"


def _v3_audit_trail_disclosures_and_consent_details(db: SqliteDatabase) -> None:
    """Audit log (append-only, filled by triggers), disclosure log, consent scope and recorder.

    Only table, row id, action, time and user are recorded — never names — so that deleting
    or anonymising a person also removes them from what the log can tell.
    """
    db.execute_sql('ALTER TABLE "contact" ADD COLUMN "consent_scope" TEXT NOT NULL DEFAULT \'\'')
    db.execute_sql(
        'ALTER TABLE "contact" ADD COLUMN "consent_recorded_by" VARCHAR(255) NOT NULL DEFAULT \'\''
    )
    db.execute_sql(
        'CREATE TABLE "audit_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, '
        '"user" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, '
        '"table_name" VARCHAR(255) NOT NULL, "row_id" INTEGER, "detail" TEXT NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "audit_log_at" ON "audit_log" ("at")')
    db.execute_sql(
        'CREATE TABLE "disclosure_log" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"at" DATETIME NOT NULL, "user" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, '
        '"columns" TEXT NOT NULL, "row_count" INTEGER NOT NULL, "file_name" TEXT NOT NULL)'
    )
    db.execute_sql(
        'CREATE TABLE "audit_user" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" VARCHAR(255) NOT NULL)'
    )
    for table in _V3_AUDITED_TABLES:
        for statement in audit_triggers_sql(table, key="key" if table == "setting" else "id"):
            db.execute_sql(statement)
    for event in ("UPDATE", "DELETE"):
        db.execute_sql(
            f'CREATE TRIGGER "audit_log_no_{event.lower()}" BEFORE {event} ON "audit_log" BEGIN '
            "SELECT RAISE(ABORT, 'Das Änderungsprotokoll kann nicht geändert werden.'); END"
        )


# Frozen: the editable tables of version 4 (a later table gets its column in its own step).
_V4_VERSIONED_TABLES = (
    "organisation",
    "contact",
    "service",
    "event",
    "participation",
    "certificate",
    "agreement",
    "supply_gap",
)


def _v4_record_versions_database_id_and_disclosure_details(db: SqliteDatabase) -> None:
    """A version per editable record (a stale save is refused), the database's own id (backups
    know their database), and where a disclosure went and whether it included people without
    consent."""
    for table in _V4_VERSIONED_TABLES:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1')
    db.execute_sql(
        'CREATE TABLE "database_info" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), '
        '"database_id" VARCHAR(64) NOT NULL, "created_at" DATETIME NOT NULL)'
    )
    db.execute_sql(
        "INSERT INTO database_info (id, database_id, created_at) VALUES "
        f"(1, lower(hex(randomblob(16))), {_NOW})"
    )
    db.execute_sql('ALTER TABLE "disclosure_log" ADD COLUMN "path" TEXT NOT NULL DEFAULT \'\'')
    db.execute_sql(
        'ALTER TABLE "disclosure_log" ADD COLUMN "without_consent" INTEGER NOT NULL DEFAULT 0'
    )


def _v5_audit_chain_and_no_replace(db: SqliteDatabase) -> None:
    """``INSERT OR REPLACE`` can no longer rewrite an audit entry, and a hash chain per entry
    (``audit_chain``, filled by the app) lets ``check`` find a rewritten or deleted entry."""
    refuse = "SELECT RAISE(ABORT, 'Das Änderungsprotokoll kann nicht geändert werden.')"
    db.execute_sql(
        'CREATE TRIGGER "audit_log_no_replace" BEFORE INSERT ON "audit_log" '
        'WHEN EXISTS (SELECT 1 FROM "audit_log" WHERE "id" = NEW."id") '
        f"BEGIN {refuse}; END"
    )
    db.execute_sql(
        'CREATE TABLE "audit_chain" ("entry_id" INTEGER NOT NULL PRIMARY KEY, '
        '"hash" VARCHAR(64) NOT NULL)'
    )
    for event in ("UPDATE", "DELETE"):
        db.execute_sql(
            f'CREATE TRIGGER "audit_chain_no_{event.lower()}" BEFORE {event} ON "audit_chain" '
            f"BEGIN {refuse}; END"
        )
    db.execute_sql(
        'CREATE TRIGGER "audit_chain_no_replace" BEFORE INSERT ON "audit_chain" '
        'WHEN EXISTS (SELECT 1 FROM "audit_chain" WHERE "entry_id" = NEW."entry_id") '
        f"BEGIN {refuse}; END"
    )


# Frozen: the tables of the Lotsen work added by version 6 (names of family members have no
# column anywhere: a case is known by its code).
_V6_TABLES = (
    'CREATE TABLE "family_case" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, '
    '"code" VARCHAR(255) NOT NULL, "household_size" INTEGER, "children" INTEGER, '
    '"child_age_bands" VARCHAR(255) NOT NULL, "single_parent" INTEGER NOT NULL, '
    '"legal_areas" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "release_on" DATE, '
    '"release_until" DATE, "opened_on" DATE NOT NULL)',
    'CREATE UNIQUE INDEX "family_case_code" ON "family_case" ("code")',
    'CREATE TABLE "family_case_release" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
    '"family_case_id" INTEGER NOT NULL, "organisation_id" INTEGER NOT NULL, '
    'FOREIGN KEY ("family_case_id") REFERENCES "family_case" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "family_case_release_family_case_id" ON "family_case_release" ("family_case_id")',
    'CREATE INDEX "family_case_release_organisation_id" ON "family_case_release" '
    '("organisation_id")',
    'CREATE UNIQUE INDEX "family_case_release_family_case_id_organisation_id" ON '
    '"family_case_release" ("family_case_id", "organisation_id")',
    'CREATE TABLE "referral" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, '
    '"family_case_id" INTEGER NOT NULL, "referred_on" DATE NOT NULL, '
    '"referred_by" VARCHAR(255) NOT NULL, "organisation_id" INTEGER NOT NULL, '
    '"contact_id" INTEGER, "concern" VARCHAR(255) NOT NULL, "warm_handover" INTEGER NOT NULL, '
    '"status" VARCHAR(255) NOT NULL, "status_changed_on" DATE NOT NULL, '
    '"result" VARCHAR(255) NOT NULL, "feedback_on" DATE, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("family_case_id") REFERENCES "family_case" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "referral_family_case_id" ON "referral" ("family_case_id")',
    'CREATE INDEX "referral_referred_on" ON "referral" ("referred_on")',
    'CREATE INDEX "referral_organisation_id" ON "referral" ("organisation_id")',
    'CREATE INDEX "referral_contact_id" ON "referral" ("contact_id")',
    'CREATE TABLE "application" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, '
    '"family_case_id" INTEGER NOT NULL, "benefit" VARCHAR(255) NOT NULL, '
    '"education_parts" VARCHAR(255) NOT NULL, "authority_id" INTEGER NOT NULL, '
    '"submitted_on" DATE NOT NULL, "stamped" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, '
    '"status_changed_on" DATE NOT NULL, "decided_on" DATE, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("family_case_id") REFERENCES "family_case" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("authority_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "application_family_case_id" ON "application" ("family_case_id")',
    'CREATE INDEX "application_authority_id" ON "application" ("authority_id")',
    'CREATE INDEX "application_submitted_on" ON "application" ("submitted_on")',
    'CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, '
    '"family_case_id" INTEGER NOT NULL, "referral_id" INTEGER, "application_id" INTEGER, '
    '"kind" VARCHAR(255) NOT NULL, "due_on" DATE NOT NULL, "what" TEXT NOT NULL, '
    '"done_on" DATE, '
    'FOREIGN KEY ("family_case_id") REFERENCES "family_case" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("referral_id") REFERENCES "referral" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("application_id") REFERENCES "application" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "follow_up_family_case_id" ON "follow_up" ("family_case_id")',
    'CREATE INDEX "follow_up_referral_id" ON "follow_up" ("referral_id")',
    'CREATE INDEX "follow_up_application_id" ON "follow_up" ("application_id")',
    'CREATE INDEX "follow_up_due_on" ON "follow_up" ("due_on")',
)
# Frozen: the tables of version 6 whose rows the audit trail records.
_V6_AUDITED_TABLES = ("family_case", "referral", "application", "follow_up")


def _v6_lotsen_work_external_events_and_offer_concerns(db: SqliteDatabase) -> None:
    """Family cases (by code), referrals, supported applications and follow-ups; events run by
    others that the staff attended; the concerns an offer answers (for the Wegweiser)."""
    for statement in _V6_TABLES:
        db.execute_sql(statement)
    for table in _V6_AUDITED_TABLES:
        for trigger in audit_triggers_sql(table):
            db.execute_sql(trigger)
    db.execute_sql(
        'ALTER TABLE "event" ADD COLUMN "external_organiser" VARCHAR(255) NOT NULL DEFAULT \'\''
    )
    db.execute_sql('ALTER TABLE "event" ADD COLUMN "staff" VARCHAR(255) NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "service" ADD COLUMN "concerns" VARCHAR(255) NOT NULL DEFAULT \'\'')


# Frozen: the tables of version 7, the targets (Soll) and Sachbericht texts of a report period.
_V7_TABLES = (
    'CREATE TABLE "report_target" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, '
    '"period_start" DATE NOT NULL, "period_end" DATE NOT NULL, "code" VARCHAR(255) NOT NULL, '
    '"value" REAL NOT NULL)',
    'CREATE UNIQUE INDEX "report_target_period_start_period_end_code" ON "report_target" '
    '("period_start", "period_end", "code")',
    'CREATE TABLE "report_text" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, '
    '"period_start" DATE NOT NULL, "period_end" DATE NOT NULL, "section" VARCHAR(255) NOT NULL, '
    '"text" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "report_text_period_start_period_end_section" ON "report_text" '
    '("period_start", "period_end", "section")',
)
# Frozen: the tables of version 7 whose rows the audit trail records.
_V7_AUDITED_TABLES = ("report_target", "report_text")


def _v7_report_targets_texts_and_contact_gender(db: SqliteDatabase) -> None:
    """Targets (Soll) and Sachbericht texts per report period, and a contact's optional gender
    (ESF Plus splits by it; '' means not recorded, so existing contacts need no value)."""
    for statement in _V7_TABLES:
        db.execute_sql(statement)
    for table in _V7_AUDITED_TABLES:
        for trigger in audit_triggers_sql(table):
            db.execute_sql(trigger)
    db.execute_sql('ALTER TABLE "contact" ADD COLUMN "gender" VARCHAR(255) NOT NULL DEFAULT \'\'')


MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _v1_initial_schema,
    2: _v2_contact_lists_consent_and_verification,
    3: _v3_audit_trail_disclosures_and_consent_details,
    4: _v4_record_versions_database_id_and_disclosure_details,
    5: _v5_audit_chain_and_no_replace,
    6: _v6_lotsen_work_external_events_and_offer_concerns,
    7: _v7_report_targets_texts_and_contact_gender,
}
LATEST_VERSION = max(MIGRATIONS)


def schema_version(db: SqliteDatabase) -> int:
    """Return the schema version recorded in the database file."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate_to_latest(
    db: SqliteDatabase, path: Path | None = None, *, target: int = LATEST_VERSION
) -> list[int]:
    """Run every missing step up to ``target``, each in its own transaction; return the steps."""
    applied: list[int] = []
    current = schema_version(db)
    if current < target and current > 0 and path is not None:
        from aktif_desktop.storage.backup import backup_before_migration

        backup_before_migration(db, path, current)
    # A step that rebuilds a table must not trip over foreign keys half-way; the pragma only
    # changes outside a transaction, and each step checks the keys before it commits.
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for version in range(current + 1, target + 1):
            with db.atomic():
                MIGRATIONS[version](db)
                broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration {version} broke foreign keys: {broken[:5]}")
                db.execute_sql(f"PRAGMA user_version = {version:d}")
            applied.append(version)
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")
    return applied
