"""Messages about backups and restores of a shared PostgreSQL database (issue 15, item 4)."""

from __future__ import annotations

PG_DUMP_MISSING = (
    "pg_dump ist auf diesem Rechner nicht installiert. Die Sicherung wurde deshalb mit dem "
    "eigenen Export von Aktif Desktop geschrieben (eine Datei .aktifdump, ebenfalls vollständig "
    "und in sich stimmig)."
)
PG_DUMP_TOO_OLD = (
    "pg_dump {found} ist älter als der Server (PostgreSQL {server}) und kann ihn nicht sichern. "
    "Die Sicherung wurde deshalb mit dem eigenen Export von Aktif Desktop geschrieben. Für "
    "pg_dump-Sicherungen installieren Sie bitte die PostgreSQL-Programme ab Version {server}."
)
PG_DUMP_FAILED = (
    "pg_dump konnte die Datenbank {database} nicht sichern ({reason}). Die Sicherung wurde "
    "deshalb mit dem eigenen Export von Aktif Desktop geschrieben."
)
PG_BACKUP_FAILED = (
    "Die Sicherung konnte nicht geschrieben werden ({reason}). Bitte prüfen Sie die Verbindung "
    "zur Datenbank {database} und ob im Ordner {folder} genug Platz frei ist und ob Sie dort "
    "schreiben dürfen. Es wurde keine unvollständige Sicherung hinterlassen."
)
PG_RESTORE_NOT_EMPTY = (
    "Die Datenbank {database} auf {server} ist nicht leer: Sie enthält schon Daten ({found}). "
    "Eine Sicherung wird nur in eine leere Datenbank eingespielt, damit nichts überschrieben "
    "wird. Bitte legen Sie eine neue, leere Datenbank an (zum Beispiel mit "
    "„createdb -O aktif aktif_neu“) und geben Sie diese bei --db an. Es wurde nichts verändert."
)
PG_RESTORE_NOT_OURS = (
    "Die Datei {path} ist keine Sicherung von Aktif Desktop für eine Server-Datenbank. Bitte "
    "wählen Sie eine Datei .pgdump oder .aktifdump aus dem Ordner „Sicherungen“."
)
PG_RESTORE_SQLITE_FILE = (
    "Die Datei {path} ist die Sicherung einer Datenbankdatei, nicht einer Server-Datenbank. Sie "
    "kommt mit „aktif-desktop transfer --from {path} --to …“ auf den Server."
)
PG_RESTORE_DAMAGED = (
    "Die Sicherung {path} ist beschädigt und wird nicht eingespielt ({reason}). Bitte wählen "
    "Sie eine andere (meist ältere) Sicherung. Die Datenbank wurde nicht verändert."
)
PG_RESTORE_NEWER = (
    "Die Sicherung {path} stammt aus einer neueren Version von Aktif Desktop (Schema "
    "{found}, diese Version kennt {known}). Bitte aktualisieren Sie Aktif Desktop zuerst."
)
PG_RESTORE_NEEDS_TOOL = (
    "Die Sicherung {path} wurde mit pg_dump geschrieben; zum Einspielen wird pg_restore "
    "(ab Version {needed}) gebraucht, das auf diesem Rechner fehlt. Bitte installieren Sie die "
    "PostgreSQL-Programme (Debian/Ubuntu: Paket postgresql-client, Windows: der "
    "PostgreSQL-Installer) und versuchen Sie es erneut."
)
PG_RESTORE_FAILED = (
    "Die Sicherung {path} konnte nicht in die Datenbank {database} eingespielt werden "
    "({reason}). Es wurde nichts halb geschrieben: Die Datenbank enthält keine Daten der "
    "Sicherung. Bitte prüfen Sie die Verbindung und die Rechte und versuchen Sie es erneut."
)
PG_RESTORE_COUNTS_DIFFER = (
    "Nach dem Einspielen von {path} stimmen die Zeilenzahlen nicht mit der Sicherung überein "
    "({tables}). Bitte verwenden Sie diese Datenbank nicht, legen Sie eine neue, leere an und "
    "spielen Sie eine andere Sicherung ein."
)
PG_RESTORE_INTO_FILE = (
    "Die Datei {path} ist die Sicherung einer Server-Datenbank. Bitte geben Sie mit --db die "
    "leere Server-Datenbank an, in die sie eingespielt werden soll (postgresql://…)."
)
PG_RESTORED = "Sicherung {source} in die Datenbank {database} eingespielt ({rows} Zeilen geprüft)."
