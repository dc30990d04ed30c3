"""Until when a deleted person's data still lies in a backup copy (DSGVO: say it honestly).

A deletion (delete or Löschkonzept run) removes her from the database, not from the copies
made before it. The copies are thinned by the backup policy (daily, weekly, monthly copies);
this module works out, assuming one automatic copy per day from now on, the day the last copy
holding her data is thinned away. Copies kept per kind (before an update or a restore) stay
until enough newer copies of that kind exist; they are named separately. A shared server
database's copies (``.pgdump``/``.aktifdump`` in the user data folder) count the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from aktif_desktop import clock
from aktif_desktop.storage.autobackup import (
    KEEP_SPECIAL,
    RetentionPolicy,
    backups_to_keep,
    retention_policy,
)
from aktif_desktop.storage.backup import (
    KIND_AUTOMATIC,
    KIND_MANUAL,
    BackupInfo,
    Location,
    list_backups,
)

MAX_DAYS = 20 * 366  # the longest policy (1000 months) would not end sooner anyway


@dataclass(frozen=True, slots=True)
class BackupHolding:
    """The copies made before a deletion and how long they will exist.

    Attributes:
        copies: the copies made before the deletion, newest first.
        until: the last day a regular copy holding the data exists (None: no regular copy).
        kept_by_kind: copies before an update/restore, kept until ``KEEP_SPECIAL`` newer ones.
    """

    copies: list[BackupInfo]
    until: dt.date | None
    kept_by_kind: list[BackupInfo] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One German sentence for the Löschkonzept dialog."""
        if not self.copies:
            return "Keine Sicherung enthält diese Daten."
        parts = []
        if self.until is not None:
            parts.append(
                f"Die letzte Sicherung mit diesen Daten besteht voraussichtlich bis zum "
                f"{self.until:%d.%m.%Y} (danach wird sie nach den Aufbewahrungsregeln gelöscht)."
            )
        if self.kept_by_kind:
            parts.append(
                f"{len(self.kept_by_kind)} Sicherung(en) vor einem Update oder einer "
                f"Wiederherstellung bleiben, bis {KEEP_SPECIAL} neuere dieser Art angelegt sind."
            )
        return " ".join(parts)


def last_backup_holding_until(
    db_path: Location,
    deleted_at: dt.datetime,
    *,
    policy: RetentionPolicy | None = None,
    today: dt.date | None = None,
) -> BackupHolding:
    """Which copies of ``db_path`` (a file or a server address) were made before ``deleted_at``
    and until when they exist."""
    backups = list_backups(db_path)
    # Same second counts as before: when in doubt, say that a copy may still hold her.
    holders = [info for info in backups if info.created <= deleted_at]
    regular = {info.path for info in holders if info.kind in (KIND_AUTOMATIC, KIND_MANUAL)}
    special = [info for info in holders if info.path not in regular]
    if not regular:
        return BackupHolding(copies=holders, until=None, kept_by_kind=special)
    chosen = policy if policy is not None else retention_policy()
    start = today or clock.today()
    future: list[BackupInfo] = []
    for offset in range(MAX_DAYS):
        day = start + dt.timedelta(days=offset)
        stamp = dt.datetime.combine(day, dt.time(23, 59))
        if stamp > deleted_at and (not backups or stamp > backups[0].created):
            future.insert(0, BackupInfo(Path(f"future-{offset}"), stamp, KIND_AUTOMATIC, 0))
        kept = backups_to_keep([*future, *backups], chosen)
        if not regular & kept:
            return BackupHolding(copies=holders, until=day, kept_by_kind=special)
    return BackupHolding(copies=holders, until=None, kept_by_kind=special)
