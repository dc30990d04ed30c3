"""Messages about the database file: backups, restore, damage, locks, faults, audit chain."""

from __future__ import annotations

# --- Storage: backups, restore, damaged files, database location (issue 8) ---
DB_DAMAGED = (
    "Die Datenbank {path} ist beschädigt. Aktif Desktop verändert sie nicht. Bitte stellen Sie "
    "eine Sicherung wieder her."
)
BACKUP_FAILED = (
    "Die Sicherung konnte nicht geschrieben werden ({reason}). Bitte prüfen Sie, ob im Ordner "
    "{folder} genug Platz frei ist und ob Sie dort schreiben dürfen."
)
BACKUP_NO_DATABASE = (
    "Es ist keine Datenbank geöffnet, die gesichert werden könnte. Bitte öffnen Sie zuerst "
    "eine Datenbank."
)
BACKUP_KEEP_INVALID = (
    "Die Zahl der aufzubewahrenden Sicherungen ({what}) muss zwischen {low} und {high} liegen."
)
RESTORE_MISSING = (
    "Die Sicherung {path} wurde nicht gefunden. Bitte wählen Sie eine vorhandene Datei."
)
RESTORE_EMPTY = "Die Datei {path} ist leer und keine Sicherung. Bitte wählen Sie eine andere Datei."
RESTORE_DAMAGED = (
    "Die Sicherung {path} ist beschädigt und wird nicht eingespielt. Bitte wählen Sie eine "
    "andere (meist ältere) Sicherung."
)
RESTORE_NOT_OURS = (
    "Die Datei {path} ist keine Sicherung von Aktif Desktop. Bitte wählen Sie eine Datei aus "
    "dem Ordner „Sicherungen“."
)
RESTORE_SAME_FILE = (
    "Die gewählte Datei ist die geöffnete Datenbank selbst. Bitte wählen Sie eine Sicherung "
    "aus dem Ordner „Sicherungen“."
)
RESTORE_IN_USE = (
    "Die Datenbank {path} ist noch in einem anderen Programm geöffnet, vielleicht in Aktif "
    "Desktop. Bitte schließen Sie es und versuchen Sie es dann erneut. Es wurde nichts verändert."
)
RESTORE_REPLACE_FAILED = (
    "Die Datenbank {path} konnte nicht ersetzt werden ({reason}). Bitte schließen Sie alle "
    "anderen Programme, die sie geöffnet haben, und versuchen Sie es erneut. Der bisherige "
    "Stand ist unverändert."
)
LOCATION_NETWORK = (
    "Die Datenbank {path} liegt auf einem Netzlaufwerk. Dort kann SQLite die Datei nicht "
    "zuverlässig sperren, und Änderungen können verloren gehen. Bitte legen Sie die Datenbank "
    "in einen lokalen Ordner, zum Beispiel {local}."
)
LOCATION_CLOUD = (
    "Die Datenbank {path} liegt in einem synchronisierten Cloud-Ordner ({service}). Die "
    "Synchronisierung kann die Datei mitten in der Arbeit kopieren oder überschreiben, und "
    "Änderungen können verloren gehen. Bitte legen Sie die Datenbank in einen lokalen Ordner, "
    "zum Beispiel {local}."
)
# --- Storage: locks, faults that are not damage, audit chain, backup identity (issues 12, 20) ---
DB_BUSY = (
    "Ein anderes Programm schreibt gerade in die Datenbank {path}. Bitte warten Sie einen "
    "Moment und versuchen Sie es dann noch einmal. Es wurde nichts verändert."
)
DB_DISK_FULL = (
    "Auf dem Laufwerk der Datenbank {path} ist kein Platz mehr frei. Die Datenbank ist nicht "
    "beschädigt. Bitte schaffen Sie Platz (z. B. Papierkorb leeren) und versuchen Sie es erneut."
)
DB_READ_ONLY = (
    "In den Ordner der Datenbank {path} darf nicht geschrieben werden (schreibgeschützt oder "
    "fehlende Rechte). Die Datenbank ist nicht beschädigt. Bitte geben Sie den Ordner frei "
    "oder wählen Sie einen anderen Speicherort."
)
DB_IO_ERROR = (
    "Die Datenbank {path} konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler "
    "des Laufwerks). Das heißt nicht, dass sie beschädigt ist. Bitte prüfen Sie das Laufwerk "
    "(USB-Stick, Netzwerk) und versuchen Sie es erneut; die Datei wurde nicht verändert."
)
DB_LOCKED_FILE = (
    "Die Datenbank {path} ist von einem anderen Programm gesperrt. Bitte schließen Sie es und "
    "versuchen Sie es erneut. Die Datei wurde nicht verändert."
)
DB_IS_FOLDER = (
    "{path} ist ein Ordner, keine Datenbankdatei. Bitte geben Sie eine Datei an, zum Beispiel "
    "{path}/aktif.db."
)
DB_RESTORE_RUNNING = (
    "Die Datenbank {path} wird gerade von einem anderen Programm wiederhergestellt. Bitte "
    "warten Sie, bis das fertig ist, und versuchen Sie es dann erneut."
)
DB_EMPTY_WITH_BACKUP = (
    "Die Datenbank {path} ist leer (0 Byte), daneben liegt aber eine gültige Sicherung vom "
    "{created}: {backup}. Aktif Desktop beginnt deshalb nicht mit einer leeren Datenbank. Bitte "
    'stellen Sie die Sicherung wieder her: aktif-desktop restore "{backup}" --db "{path}"'
)
AUDIT_REWRITE_REFUSED = "Das Änderungsprotokoll kann nicht geändert werden."
AUDIT_TRIGGERS_MISSING = (
    "Im Änderungsprotokoll fehlen Schutzregeln ({names}). Jemand hat die Datenbank mit einem "
    "anderen Programm verändert; Änderungen werden dann nicht mehr vollständig aufgezeichnet."
)
AUDIT_GAP = (
    "Im Änderungsprotokoll fehlen Einträge (Nummer {numbers}). Jemand hat Einträge mit einem "
    "anderen Programm gelöscht."
)
AUDIT_ALTERED = (
    "Einträge des Änderungsprotokolls wurden nachträglich verändert (Nummer {numbers}). Die "
    "Prüfkette stimmt ab dort nicht mehr."
)
RESTORE_OTHER_DATABASE = (
    "Achtung: Die Sicherung gehört zu einer anderen Datenbank („{backup_name}“), nicht zu "
    "„{current_name}“. Wenn Sie sie wiederherstellen, ersetzt sie den Stand von "
    "„{current_name}“ vollständig."
)
RESTORE_OLDER_THAN_DELETIONS = (
    "Die Sicherung ist älter als {count} Löschlauf/Löschläufe (zuletzt am {last}). Personen, die "
    "seitdem gelöscht oder anonymisiert wurden, stehen nach der Wiederherstellung wieder in der "
    "Datenbank. Bitte führen Sie den Löschlauf danach erneut aus (Einstellungen → Löschkonzept)."
)
