"""When backups are written and how many are kept.

At the first start of each day the open database is copied if its data differs from the
newest backup (compared by a cheap fingerprint: per table the row count, the highest rowid
and the latest ``updated_at``; small tables without timestamps by their full content).

Thinning keeps, like ``restic forget``, the newest copy of each of the last N days, ISO
weeks and months that have a copy (N configurable through the settings keys below). It
applies to the automatic and manual copies; the copies made before an update or a restore
are kept apart (the newest few of each).

A shared PostgreSQL database (a ``postgresql://`` location) is compared by the highest audit
and disclosure entry and its schema version instead (every change of data is audited there);
the copy's value is in its manifest or the backup folder's state file (:mod:`.pg_backup`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.storage import pg_backup
from aktif_desktop.storage.backup import (
    KIND_AUTOMATIC,
    KIND_MANUAL,
    BackupInfo,
    Location,
    backup_folder,
    backup_now,
    list_backups,
)
from aktif_desktop.storage.integrity import readonly_uri
from aktif_desktop.storage.server import is_server_url

SETTING_KEYS = {
    "daily": "backup_keep_daily",
    "weekly": "backup_keep_weekly",
    "monthly": "backup_keep_monthly",
}
KEEP_LIMITS = (1, 1000)
KEEP_SPECIAL = 5  # copies before an update / before a restore, per kind
STALE_TEMP_SECONDS = 3600
_HASH_ROW_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many daily, weekly and monthly copies are kept."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def fingerprint(connection: sqlite3.Connection) -> str:
    """Return a short digest that changes whenever the data changes (in practice)."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update(str(connection.execute("PRAGMA user_version").fetchone()[0]).encode())
    tables = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    for (table,) in tables:
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
        count, top = connection.execute(f'SELECT count(*), max(rowid) FROM "{table}"').fetchone()
        digest.update(f"{table}:{count}:{top}".encode())
        if "updated_at" in columns:
            latest = connection.execute(f'SELECT max(updated_at) FROM "{table}"').fetchone()[0]
            digest.update(str(latest).encode())
        elif count <= _HASH_ROW_LIMIT:
            # e.g. the settings: a changed value changes neither count nor rowid.
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def file_fingerprint(path: Path) -> str | None:
    """Return the fingerprint of a database file (read-only), None if it cannot be read."""
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            return fingerprint(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def retention_policy() -> RetentionPolicy:
    """Return the policy stored in the settings of the open database (defaults otherwise)."""
    from aktif_desktop.storage.models import Setting

    stored = {
        row.key: row.value
        for row in Setting.select().where(Setting.key.in_(list(SETTING_KEYS.values())))
    }
    values = {}
    for name, key in SETTING_KEYS.items():
        try:
            values[name] = max(KEEP_LIMITS[0], min(KEEP_LIMITS[1], int(stored[key])))
        except (KeyError, ValueError):
            continue
    return RetentionPolicy(**values)


def save_retention_policy(policy: RetentionPolicy) -> RetentionPolicy:
    """Validate and store the policy in the settings (one transaction)."""
    from aktif_desktop.storage.models import Setting, database

    labels = {"daily": "täglich", "weekly": "wöchentlich", "monthly": "monatlich"}
    low, high = KEEP_LIMITS
    for name in SETTING_KEYS:
        value = getattr(policy, name)
        if not isinstance(value, int) or not low <= value <= high:
            text = messages.BACKUP_KEEP_INVALID.format(what=labels[name], low=low, high=high)
            raise ValidationError(text, field=SETTING_KEYS[name])
    rows = [{"key": key, "value": str(getattr(policy, name))} for name, key in SETTING_KEYS.items()]
    with database.atomic():
        Setting.insert_many(rows).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()
    return policy


def _newest_per_period(
    backups: list[BackupInfo], period: Callable[[dt.datetime], object], count: int
) -> set[Path]:
    """The newest copy of each of the last ``count`` periods that have one."""
    kept: set[Path] = set()
    seen: list[object] = []
    for info in backups:  # newest first
        key = period(info.created)
        if key in seen:
            continue
        if len(seen) >= count:
            break
        seen.append(key)
        kept.add(info.path)
    return kept


def backups_to_keep(backups: list[BackupInfo], policy: RetentionPolicy) -> set[Path]:
    """Return the copies the policy keeps (``backups`` newest first)."""
    regular_kinds = (KIND_AUTOMATIC, KIND_MANUAL)
    regular = [info for info in backups if info.kind in regular_kinds]
    kept = _newest_per_period(regular, lambda t: t.date(), policy.daily)
    kept |= _newest_per_period(regular, lambda t: t.isocalendar()[:2], policy.weekly)
    kept |= _newest_per_period(regular, lambda t: (t.year, t.month), policy.monthly)
    special: dict[str, list[BackupInfo]] = {}
    for info in backups:
        if info.kind not in regular_kinds:
            group = "vor-Update" if info.kind.startswith("vor-Update") else info.kind
            special.setdefault(group, []).append(info)
    for infos in special.values():
        kept |= {info.path for info in infos[:KEEP_SPECIAL]}
    if backups:
        kept.add(backups[0].path)  # never remove the newest copy of all
    return kept


def thin_backups(db_path: Location, policy: RetentionPolicy | None = None) -> list[Path]:
    """Delete the copies the policy does not keep (and stale temp files); return the deleted."""
    policy = policy or RetentionPolicy()
    backups = list_backups(db_path)
    kept = backups_to_keep(backups, policy)
    removed = [info.path for info in backups if info.path not in kept]
    server = is_server_url(db_path)
    patterns = [f"*{suffix}.tmp" for suffix in pg_backup.SUFFIXES] if server else ["*.db.tmp"]
    removed += _stale_temporaries(backup_folder(db_path), patterns)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _stale_temporaries(folder: Path, patterns: list[str]) -> Iterable[Path]:
    """Temp files of a backup that was killed midway (older than an hour, so not in use)."""
    if not folder.is_dir():
        return []
    limit = time.time() - STALE_TEMP_SECONDS
    return [
        path
        for pattern in patterns
        for path in folder.glob(pattern)
        if path.stat().st_mtime < limit
    ]


def _differs(db: SqliteDatabase, db_path: Location, newest: Path) -> bool:
    if is_server_url(db_path) or getattr(db, "backend", "") == "postgresql":
        kept = pg_backup.backup_fingerprint(newest)
        with db.connection().cursor() as cursor:
            return kept is None or kept != pg_backup.fingerprint_of(cursor)
    return file_fingerprint(newest) != fingerprint(db.connection())


def daily_backup_due(db: SqliteDatabase, db_path: Location, now: dt.datetime | None = None) -> bool:
    """True at the first start of a day when the data differs from the newest copy."""
    today = (now or dt.datetime.now()).date()
    backups = list_backups(db_path)
    regular = [info for info in backups if info.kind in (KIND_AUTOMATIC, KIND_MANUAL)]
    if regular and regular[0].created.date() >= today:
        return False
    if not backups:
        return True
    return _differs(db, db_path, backups[0].path)


def daily_backup(
    db: SqliteDatabase, db_path: Location, now: dt.datetime | None = None
) -> Path | None:
    """Write the automatic copy of the day if it is due, then thin; return the new copy."""
    if not daily_backup_due(db, db_path, now):
        return None
    target = backup_now(db, db_path, KIND_AUTOMATIC)
    thin_backups(db_path, retention_policy())
    return target
