"""Messages of the deletion run on a shared PostgreSQL database (imported directly)."""

from __future__ import annotations

# In the run's summary (and so in the audit log) instead of "N Sicherungen entfernt": the
# run prunes only the backup files beside a database file.
RETENTION_SERVER_BACKUPS = (
    "keine Sicherungsdateien entfernt (Server-Datenbank: ältere Sicherungen bitte nach "
    "derselben Frist löschen, durch die IT des Verbunds oder im Sicherungsordner)"
)
