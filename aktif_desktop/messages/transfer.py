"""Messages of the transfer between a database file and the shared server database."""

from __future__ import annotations

TRANSFER_SAME_KIND = (
    "Eine Übertragung geht von einer Datenbankdatei auf den Server oder vom Server in eine Datei. "
    "Für eine Kopie einer Datei nehmen Sie bitte „Sicherung“, für eine Serverdatenbank die "
    "Sicherung des Servers."
)
TRANSFER_SOURCE_MISSING = (
    "Die Datenbankdatei {path} gibt es nicht. Bitte wählen Sie die Datei, die übertragen werden "
    "soll."
)
TRANSFER_SOURCE_IS_COPY = (
    "Die Datei {path} ist eine Arbeitskopie der Serverdatenbank {origin} (angelegt am {at}). "
    "Eine Kopie zurückzuübertragen kann neuere Änderungen anderer überschreiben; es wurde nichts "
    "übertragen. Wenn Sie das wirklich wollen, wählen Sie „Kopie trotzdem übertragen“ "
    "(Befehlszeile: --allow-copy)."
)
TRANSFER_TARGET_NOT_EMPTY = (
    "Die Zieldatenbank {target} ist nicht leer (zum Beispiel {table}: {count} Einträge). Eine "
    "Übertragung füllt nur eine leere Datenbank, damit nichts überschrieben wird. Bitte lassen "
    "Sie von Ihrer IT eine neue, leere Datenbank anlegen. Es wurde nichts verändert."
)
TRANSFER_TARGET_EXISTS = (
    "Die Datei {path} gibt es schon. Eine Übertragung schreibt nur in eine neue Datei, damit "
    "nichts überschrieben wird. Bitte wählen Sie einen anderen Dateinamen."
)
TRANSFER_SCHEMA_DIFFERS = (
    "Die Tabellen von Quelle und Ziel passen nicht zusammen ({detail}). Bitte öffnen Sie beide "
    "einmal mit dieser Programmversion und versuchen Sie es dann erneut. Es wurde nichts "
    "übertragen."
)
TRANSFER_BAD_VALUE = (
    "Der Eintrag {key} in der Tabelle {table} hat in der Spalte {column} den Wert „{value}“, den "
    "die Zieldatenbank nicht speichern kann. Bitte korrigieren Sie ihn in der Quelle (oder "
    "fragen Sie den Support). Es wurde nichts übertragen."
)
TRANSFER_MISMATCH = (
    "Nach dem Schreiben stimmten die Einträge im Ziel nicht mit der Quelle überein (Tabellen: "
    "{tables}). Die Übertragung wurde deshalb vollständig zurückgenommen; im Ziel wurde nichts "
    "gespeichert. Bitte wenden Sie sich an den Support."
)
TRANSFER_BROKEN_LINKS = (
    "In der Quelle verweisen Einträge auf Einträge, die es nicht gibt ({detail}). Bitte "
    "führen Sie „Datenbank prüfen“ in der Quelle aus. Es wurde nichts übertragen."
)
TRANSFER_DONE = (
    "{rows} Einträge in {tables} Tabellen von {source} nach {target} übertragen und geprüft "
    "(Anzahl und Prüfsummen stimmen überein)."
)
TRANSFER_COPY_TITLE = "Kopie"
TRANSFER_AUDIT_DETAIL = "von {source}: {rows} Einträge"
