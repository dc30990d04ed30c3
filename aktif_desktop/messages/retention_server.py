"""Messages of the deletion run on a shared PostgreSQL database (imported directly)."""

from __future__ import annotations

# In the run's summary (and so in the audit log) instead of "N Sicherungen entfernt": on a
# server the run reaches only this computer's dumps of the database.
RETENTION_SERVER_BACKUPS = (
    "{what} dieses Rechners entfernt (Sicherungen der Server-Datenbank auf anderen Rechnern "
    "oder bei der IT des Verbunds bitte nach derselben Frist löschen)"
)
