"""Messages of the program itself: self-test, registry, command line, undo and stale saves."""

from __future__ import annotations

# Self-test (packaging: aktif-desktop --selftest)
SELFTEST_HEADER = "Aktif Desktop {version} – Selbsttest im Ordner {folder}"
SELFTEST_OK_LINE = "[OK]     {step}: {detail} ({seconds:.1f} s)"
SELFTEST_FAILED_LINE = "[FEHLER] {step}: {reason}"
SELFTEST_PASSED = "Selbsttest bestanden: alle {count} Prüfungen in Ordnung."
SELFTEST_FAILED = (
    "Selbsttest fehlgeschlagen. Bitte installieren Sie Aktif Desktop neu; hilft das nicht, "
    "senden Sie die Datei selftest.log an den Support."
)
SELFTEST_LOG_AT = "Protokoll: {path}"
SELFTEST_STEP_RESOURCES = "Programmdateien"
SELFTEST_STEP_DATABASE = "Datenbank"
SELFTEST_STEP_DEMO = "Demodaten"
SELFTEST_STEP_PARTICIPANT_LIST = "Teilnehmerliste (Excel)"
SELFTEST_STEP_SIGNATURE_LIST = "Unterschriftenliste (PDF)"
SELFTEST_STEP_CERTIFICATE = "Teilnahmebescheinigung (PDF)"
SELFTEST_STEP_TRANSLATION = "Deutsche Übersetzung"
SELFTEST_STEP_MAIN_WINDOW = "Hauptfenster"
SELFTEST_RESOURCES_OK = "{fonts} Schriftdateien in {folder}"
SELFTEST_NO_FONTS = "Im Ordner {folder} fehlen die Schriftdateien."
SELFTEST_DATABASE_OK = "{path} angelegt, Schema-Version {version}"
SELFTEST_SCHEMA_MISMATCH = "Die Datenbank hat Schema-Version {found} statt {expected}."
SELFTEST_DEMO_OK = (
    "{organisations} Einrichtungen, {contacts} Ansprechpersonen, {events} Veranstaltungen"
)
SELFTEST_NO_ATTENDED_EVENT = "Die Demodaten enthalten keine Veranstaltung mit Teilnahmen."
SELFTEST_FILE_OK = "{name} geschrieben ({rows} Einträge, {kilobytes} KB)"
SELFTEST_FILE_BROKEN = "Die Datei {path} ist unvollständig oder lässt sich nicht lesen."
SELFTEST_FILE_EMPTY = "Die Datei {path} wurde nicht oder leer geschrieben."
SELFTEST_TRANSLATION_OK = "{files} geladen, „Cancel“ heißt „{cancel}“"
SELFTEST_TRANSLATION_MISSING = "Die Übersetzungsdatei {path} fehlt oder ist beschädigt."
SELFTEST_TRANSLATION_INACTIVE = (
    "Die deutsche Übersetzung ist geladen, wirkt aber nicht („Cancel“ bleibt „{cancel}“)."
)
SELFTEST_MAIN_WINDOW_OK = "„{title}“ geöffnet und geschlossen ({width}×{height} Pixel)"
SELFTEST_NO_PAGES = "Das Hauptfenster hat keine einzige Seite geladen."
SELFTEST_WINDOW_NOT_CLOSED = "Das Hauptfenster ließ sich nicht schließen."
SELFTEST_PAGES = "{detail}; Seiten: {pages}"
SELFTEST_PAGE_NOT_SHOWN = "Das Hauptfenster konnte die Seite „{page}“ nicht zeigen."

# --- Registry, layers and the command line's own texts (issue 11, registry) ---
CLI_ERROR = "Fehler: {message}"
CLI_INTERNAL_ERROR = (
    "Fehler: Ein unerwarteter Fehler ist aufgetreten. Details stehen in der Protokolldatei {log}."
)
CLI_DESCRIPTION = "Aktif Desktop – Netzwerkarbeit für Akti(F) Plus-Verbünde."
CLI_HELP_VERSION = "Versionsnummer zeigen und beenden"
CLI_HELP_SELFTEST = (
    "prüft die Installation in einem temporären Ordner und beendet sich (0 = in Ordnung)"
)
CLI_HELP_DB = (
    "Datenbankdatei oder gemeinsame Datenbank (postgresql://benutzer@rechner:5432/datenbank); "
    "Standard: ${env} oder die Datei im Datenordner"
)
CLI_HELP_DEMO = "Demodaten in eine leere Datenbank laden"
CLI_HELP_DEMO_SIZE = "small: ein Verbund; large: der Datenbestand der Leistungsmessung"
CLI_HELP_SEARCH = "Suchtext (Groß-/Kleinschreibung egal)"
CLI_HELP_YEAR = "nur Veranstaltungen dieses Jahres"
CLI_HELP_JSON = "Ausgabe als JSON"
CLI_HELP_SHOW = "eine Veranstaltung mit ihren Teilnehmenden"
CLI_HELP_ATTEND = "Teilnahmestatus einer Person setzen"
CLI_HELP_EVENT_NUMBER = "Nummer der Veranstaltung"
CLI_HELP_CONTACT_NUMBER = "Nummer der Ansprechperson"
CLI_HELP_STATUS = (
    "eingeladen, angemeldet, Warteliste, teilgenommen, entschuldigt, nicht erschienen "
    "(Standard: teilgenommen)"
)
CLI_DEMO_LOADED = "Demodaten geladen ({summary}) in {seconds:.1f} s."
CLI_NO_PARTICIPANTS = "Noch keine Teilnehmenden."
CLI_PROMOTED = "Von der Warteliste nachgerückt: {name}"
GUI_MISSING_QT = (
    "Die Oberfläche kann nicht starten, weil PySide6 fehlt ({error}). Bitte installieren Sie "
    "Aktif Desktop vollständig neu."
)
GUI_NOT_INSTALLED = (
    "Die Oberfläche ist nicht installiert; mit einem Befehl (z. B. „list events“) läuft die "
    "Befehlszeile. Bitte installieren Sie Aktif Desktop vollständig neu, um die Oberfläche zu "
    "starten."
)
SERVICE_REFERENCED = (
    "Das Leistungsangebot „{name}“ kann nicht gelöscht werden, solange noch Einträge darauf "
    "verweisen ({what}). Ordnen Sie diese Einträge zuerst einem anderen Angebot zu."
)
RETENTION_RUN_SUMMARY = "Löschlauf (Frist {months} Monate): {parts}."
RETENTION_DELETED = "{what} gelöscht"
RETENTION_ANONYMISED = "{what} anonymisiert"
RETENTION_BACKUPS_REMOVED = "{what} entfernt"
# --- Operations: undo/redo and stale saves (optimistic concurrency) ---
UNDO_DONE = "Rückgängig: {label}"
REDO_DONE = "Wiederholt: {label}"
UNDO_NOTHING = "Es gibt nichts rückgängig zu machen."
REDO_NOTHING = "Es gibt nichts zu wiederholen."
UNDO_BUSY = (
    "Rückgängig ist gerade nicht möglich, weil noch eine Änderung läuft. Bitte warten Sie, "
    "bis sie abgeschlossen ist, und versuchen Sie es dann erneut."
)
UNDO_CONFLICT = (
    "„{label}“ kann nicht rückgängig gemacht werden: {what} {change}{when}. Rückgängig würde "
    "diese spätere Änderung überschreiben; es wurde nichts verändert. Bitte prüfen Sie den "
    "Datensatz und ändern Sie ihn bei Bedarf von Hand."
)
REDO_CONFLICT = (
    "„{label}“ kann nicht wiederholt werden: {what} {change}{when}. Wiederholen würde diese "
    "spätere Änderung überschreiben; es wurde nichts verändert. Bitte prüfen Sie den "
    "Datensatz und ändern Sie ihn bei Bedarf von Hand."
)
UNDO_ROW_CHANGED = "wurde seitdem geändert (Felder: {fields})"
UNDO_ROW_DELETED = "wurde seitdem gelöscht"
UNDO_ROW_CREATED = "wurde seitdem neu angelegt"
UNDO_WHEN = " (zuletzt am {at} von {user})"
UNKNOWN_USER = "unbekannt"
STALE_RECORD = (
    "{what} wurde inzwischen von einem anderen Programm oder Fenster geändert{when}. Ihre "
    "Änderung wurde nicht gespeichert, damit die andere nicht verloren geht. Bitte laden Sie "
    "den Datensatz neu und tragen Sie Ihre Änderung erneut ein."
)
STALE_RECORD_WHEN = " (Stand {version}, am {at} von {user})"
STALE_RECORD_VERSION = " (Stand {version})"
LABEL_CREATE = "Anlegen von {kind} {name}"
LABEL_SAVE = "Speichern von {kind} {name}"
LABEL_DELETE = "Löschen von {kind} {name}"
LABEL_MERGE = "Zusammenführen von {name}"
LABEL_ACTIVE = "Aktivieren von Partner {name}"
LABEL_INACTIVE = "Deaktivieren von Partner {name}"
LABEL_VERIFIED = "Nummer geprüft: {name}"
LABEL_ATTENDANCE = "Anwesenheit für {title}"
LABEL_PARTICIPANTS = "Teilnehmende für {title}"
LABEL_STATUS = "Teilnahmestatus für {title}"
LABEL_EVENT_STATUS = "Status von Veranstaltung {title}"
LABEL_CLONE = "Kopie von Veranstaltung {title}"
LABEL_IMPORT = "Import von {count} {what}"
UNDO_REFERENCED = (
    "„{label}“ kann nicht rückgängig gemacht werden: Inzwischen beziehen sich andere Einträge "
    "auf die betroffenen Datensätze (oder ein gleichnamiger Eintrag wurde angelegt). Es wurde "
    "nichts verändert. Bitte prüfen Sie die Einträge und ändern Sie sie bei Bedarf von Hand."
)
REDO_REFERENCED = (
    "„{label}“ kann nicht wiederholt werden: Inzwischen beziehen sich andere Einträge auf die "
    "betroffenen Datensätze (oder ein gleichnamiger Eintrag wurde angelegt). Es wurde nichts "
    "verändert. Bitte prüfen Sie die Einträge und ändern Sie sie bei Bedarf von Hand."
)
UNDO_LOCKED = (
    "Rückgängig oder Wiederholen ist gerade nicht möglich, weil ein anderes Programm oder ein "
    "laufender Import in die Datenbank schreibt. Bitte versuchen Sie es in einem Moment erneut."
)
