"""Numbered schema migrations, one atomic step per version, recorded in ``PRAGMA user_version``.

Version 1 is the frozen first schema (``schema_v1.sql``); each later step changes it with
peewee's migrator. Before a step runs on a database with data, a backup copy is written.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from peewee import BooleanField, DateField, SqliteDatabase
from playhouse.migrate import SqliteMigrator, migrate

from aktif_desktop.domain import LEGAL_AREAS


def _v1_initial_schema(db: SqliteDatabase) -> None:
    script = resources.files("aktif_desktop.storage").joinpath("schema_v1.sql").read_text("utf-8")
    for statement in script.split(";\n"):
        lines = [line for line in statement.splitlines() if not line.startswith("--")]
        if "".join(lines).strip():
            db.execute_sql("\n".join(lines))
    for order, (code, label) in enumerate(LEGAL_AREAS.items()):
        db.execute_sql(
            "INSERT INTO legal_area (created_at, updated_at, code, label, sort_order) "
            "VALUES (datetime('now', 'localtime'), datetime('now', 'localtime'), ?, ?, ?)",
            (code, label, order),
        )


def _v2_contact_lists_consent_and_verification(db: SqliteDatabase) -> None:
    """Consent to appear on printed lists (with date) and the date a number was verified."""
    migrator = SqliteMigrator(db)
    migrate(
        migrator.add_column("contact", "consent_lists", BooleanField(default=True)),
        migrator.add_column("contact", "consent_lists_date", DateField(null=True)),
        migrator.add_column("contact", "verified_at", DateField(null=True)),
        migrator.add_index("contact", ("last_name", "first_name"), False),
    )


MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _v1_initial_schema,
    2: _v2_contact_lists_consent_and_verification,
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
    for version in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
        applied.append(version)
    return applied
