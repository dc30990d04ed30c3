"""Every user-facing message of the core, as German sentences that say what to do.

Keeping them in one module keeps the wording consistent and easy to review.
"""

from __future__ import annotations

REQUIRED = "Bitte füllen Sie das Feld „{field}“ aus."
TOO_LONG = "Das Feld „{field}“ ist zu lang (höchstens {limit} Zeichen). Bitte kürzen Sie den Text."
INVALID_EMAIL = (
    "„{value}“ ist keine gültige E-Mail-Adresse. Bitte prüfen Sie die Schreibweise "
    "(Beispiel: name@beispiel.de)."
)
INVALID_PHONE = (
    "„{value}“ ist keine gültige Telefonnummer. Erlaubt sind Ziffern, Leerzeichen, +, /, - "
    "und Klammern."
)
INVALID_POSTCODE = "„{value}“ ist keine gültige Postleitzahl. Bitte geben Sie fünf Ziffern ein."
INVALID_URL = "„{value}“ ist keine gültige Internetadresse. Bitte beginnen Sie mit https://."
INVALID_CHOICE = "„{value}“ ist kein gültiger Wert für „{field}“. Bitte wählen Sie aus der Liste."
INVALID_LEGAL_AREA = "„{value}“ ist kein bekannter Rechtskreis. Bitte wählen Sie aus der Liste."
INVALID_NUMBER = "Das Feld „{field}“ muss eine Zahl zwischen {low} und {high} sein."
INVALID_DATE = "„{value}“ ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein."
END_BEFORE_START = "Das Ende liegt vor dem Beginn. Bitte prüfen Sie Datum und Uhrzeit."
CAPACITY_BELOW_ATTENDEES = (
    "Die Kapazität ({capacity}) ist kleiner als die Zahl der bereits angemeldeten oder "
    "teilnehmenden Personen ({taken}). Bitte erhöhen Sie die Kapazität oder melden Sie "
    "zuerst Personen ab."
)
DUPLICATE_ORGANISATION = (
    "Es gibt bereits einen Partner mit dem Namen „{name}“. Bitte wählen Sie einen anderen "
    "Namen oder bearbeiten Sie den vorhandenen Eintrag."
)
DUPLICATE_CONTACT_EMAIL = (
    "Die E-Mail-Adresse {email} gehört bereits zu {name}. Bitte bearbeiten Sie diese "
    "Ansprechperson, statt sie ein zweites Mal anzulegen."
)
DUPLICATE_PARTICIPATION = "{name} steht bereits auf der Teilnahmeliste dieser Veranstaltung."
ORGANISATION_REFERENCED = (
    "Der Partner „{name}“ kann nicht gelöscht werden, solange ihm noch Einträge zugeordnet "
    "sind ({what}). Deaktivieren Sie ihn stattdessen oder ordnen Sie diese Einträge zuerst neu zu."
)
CONTACT_REFERENCED = (
    "{name} kann nicht gelöscht werden, solange noch Einträge zu dieser Person gehören "
    "({what}). Deaktivieren Sie die Person stattdessen."
)
EVENT_REFERENCED = (
    "Die Veranstaltung „{title}“ kann nicht gelöscht werden, solange noch Einträge dazu gehören "
    "({what}). Sagen Sie die Veranstaltung stattdessen ab oder entfernen Sie diese Einträge "
    "zuerst."
)
PARTICIPATION_HAS_CERTIFICATE = (
    "Für {name} wurde bereits eine Teilnahmebescheinigung ({number}) ausgestellt. "
    "Die Teilnahme kann deshalb nicht mehr entfernt oder geändert werden."
)
TRANSITION_REFUSED = (
    "Der Status kann nicht von „{old}“ auf „{new}“ geändert werden. Erlaubt sind von hier: "
    "{allowed}."
)
EVENT_CANCELLED = (
    "Die Veranstaltung „{title}“ ist abgesagt. Setzen Sie sie zuerst wieder auf „geplant“, "
    "um Teilnahmen zu erfassen."
)
CERTIFICATE_NOT_ATTENDED = (
    "Für {name} kann keine Teilnahmebescheinigung ausgestellt werden, weil die Teilnahme nicht "
    "als „teilgenommen“ erfasst ist."
)
NOT_FOUND = (
    "{what} mit der Nummer {id} wurde nicht gefunden. Vielleicht wurde der Eintrag gelöscht."
)
CONFERENCE_ONLY = (
    "Vereinbarungen und Versorgungslücken gibt es nur bei Familien- und Strukturkonferenzen."
)
DB_NEWER_SCHEMA = (
    "Die Datenbank {path} wurde mit einer neueren Version von Aktif Desktop erstellt "
    "(Schema {found}, dieses Programm kennt bis {known}). Bitte installieren Sie die neueste "
    "Version."
)
DB_NOT_SQLITE = (
    "Die Datei {path} ist keine Aktif-Datenbank oder sie ist beschädigt. Bitte wählen Sie eine "
    "andere Datei oder stellen Sie eine Sicherung wieder her."
)
DB_FOREIGN = (
    "Die Datei {path} ist eine Datenbank eines anderen Programms. Aktif Desktop öffnet sie "
    "nicht, damit sie unverändert bleibt. Bitte wählen Sie eine andere Datei."
)
DB_NOT_FOUND = "Die Datenbank {path} wurde nicht gefunden. Bitte prüfen Sie den Pfad."
DEMO_NOT_EMPTY = (
    "Die Datenbank enthält bereits Daten. Demodaten werden nur in eine leere Datenbank geladen; "
    "legen Sie dafür eine neue Datenbank an."
)

# Bad input and DSGVO duties (fontcheck, retention, person report)
PDF_UNPRINTABLE = (
    "Einige Zeichen können im PDF nicht gedruckt werden, weil die Schrift sie nicht enthält "
    "(betroffen: {names}). Sie erscheinen dort als leere Kästchen. Bitte prüfen Sie die "
    "Schreibweise oder ergänzen Sie eine lateinische Umschrift."
)
RETENTION_NOTHING_DUE = (
    "Keine Ansprechperson und keine Teilnahme ist seit dem {cutoff} ohne Aktivität. "
    "Es ist nichts zu löschen."
)
RETENTION_DUE = "{contacts} und {participations} sind seit dem {cutoff} ohne Aktivität."
RETENTION_SKIPPED = (
    "{count} Einträge wurden übersprungen, weil sie seit der Auflistung geändert wurden; "
    "sie erscheinen beim nächsten Löschlauf wieder, falls sie dann noch fällig sind."
)
RETENTION_MONTHS_INVALID = (
    "Die Löschfrist muss eine ganze Zahl von {low} bis {high} Monaten sein. Bitte korrigieren "
    "Sie den Wert."
)
RETENTION_NOT_CONFIRMED = (
    "Der Löschlauf wurde nicht bestätigt. Bitte prüfen Sie die Liste und bestätigen Sie das "
    "Löschen ausdrücklich."
)
RETENTION_MODE_INVALID = (
    "„{mode}“ ist keine gültige Art des Löschlaufs. Bitte wählen Sie „anonymise“ "
    "(anonymisieren) oder „delete“ (löschen)."
)
RETENTION_CONFIRM_NEEDED_CLI = (
    "Der Löschlauf braucht eine Bestätigung. Bitte prüfen Sie die Liste mit „retention list“ "
    "und starten Sie den Lauf mit „retention run --yes“."
)
PERSON_REPORT_NOT_FOUND = (
    "Die Ansprechperson mit der Nummer {id} wurde nicht gefunden. Bitte prüfen Sie die "
    "Nummer (aktif-desktop list contacts zeigt alle)."
)

# Import, duplicates and merging (issue 5) ------------------------------------------------
IMPORT_FILE_NOT_FOUND = "Die Datei {path} wurde nicht gefunden. Bitte prüfen Sie den Pfad."
IMPORT_UNSUPPORTED = (
    "Die Datei „{name}“ kann nicht eingelesen werden. Bitte wählen Sie eine Excel-Datei "
    "(.xlsx, .xls), eine OpenDocument-Tabelle (.ods) oder eine CSV-Datei."
)
IMPORT_UNREADABLE = (
    "Die Datei „{name}“ konnte nicht gelesen werden: sie ist beschädigt oder hat ein anderes "
    "Format, als ihre Endung sagt. Bitte öffnen Sie sie in Excel und speichern Sie sie erneut "
    "als .xlsx."
)
IMPORT_NO_SUCH_SHEET = (
    "Die Tabelle „{sheet}“ gibt es in dieser Datei nicht. Bitte wählen Sie eine davon: {sheets}."
)
IMPORT_NO_HEADER = (
    "In der Datei wurde keine Kopfzeile erkannt (z. B. „Name“, „Vorname“, „E-Mail“). Bitte "
    "geben Sie die Zeile mit den Spaltenüberschriften an oder ordnen Sie die Spalten zu."
)
IMPORT_UNKNOWN_KIND = (
    "„{kind}“ kann nicht importiert werden. Bitte wählen Sie organisations, contacts oder "
    "participants."
)
IMPORT_MISSING_COLUMN = (
    "Keine Spalte ist dem Feld „{field}“ zugeordnet. Bitte ordnen Sie eine Spalte zu."
)
IMPORT_INVALID_FLAG = (
    "„{value}“ im Feld „{field}“ ist weder „ja“ noch „nein“. Bitte korrigieren Sie den Wert."
)
IMPORT_NO_NAME = (
    "Die Zeile enthält keinen Namen. Bitte tragen Sie einen Namen ein oder lassen Sie die "
    "Zeile weg."
)
IMPORT_KEY_UNKNOWN = (
    "Der Schlüssel „{key}“ gehört zu keinem vorhandenen Eintrag (vielleicht inzwischen "
    "gelöscht). Bitte leeren Sie die Schlüsselzelle, um die Zeile neu anzulegen."
)
IMPORT_KEY_WRONG_KIND = (
    "Der Schlüssel „{key}“ passt nicht zu dieser Liste. Bitte importieren Sie die Datei als "
    "die Liste, aus der sie exportiert wurde."
)
IMPORT_EVENT_REQUIRED = (
    "Für den Import von Teilnehmenden muss eine Veranstaltung gewählt sein (--event NUMMER)."
)
IMPORT_AMBIGUOUS_NAME = (
    "Es gibt mehrere Ansprechpersonen mit dem Namen {name}. Bitte geben Sie die E-Mail-Adresse "
    "oder die Einrichtung an, damit die richtige Person gefunden wird."
)
IMPORT_CANCELLED = "Der Import wurde abgebrochen. Es wurde nichts gespeichert."
IMPORT_HAS_ERRORS = (
    "Die Datei enthält {count} fehlerhafte Zeilen. Es wurde nichts importiert. Bitte "
    "korrigieren Sie die Zeilen oder überspringen Sie sie."
)
IMPORT_DUPLICATE_IN_FILE = "mögliche Dublette von Zeile {row} ({name})"
IMPORT_DUPLICATE_OF = "mögliche Dublette von {name}"
IMPORT_ALREADY_LISTED = "{name} steht bereits auf der Liste"
MERGE_SAME_RECORD = "Ein Eintrag kann nicht mit sich selbst zusammengeführt werden."
MERGE_BOTH_CERTIFIED = (
    "Beide Einträge haben für „{event}“ eine Teilnahmebescheinigung ({first}, {second}). "
    "Bitte prüfen Sie die Bescheinigungen, bevor Sie die Einträge zusammenführen."
)

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
SELFTEST_PAGES = "{detail}; Seiten: {pages}; fehlende Module: {missing}"
SELFTEST_NONE = "keine"
SELFTEST_MODULES_LOST = (
    "Diesem Programm fehlen Teile, die beim Erstellen vorhanden waren: {modules}. Bitte "
    "installieren Sie Aktif Desktop neu."
)

# --- Exports (Excel lists, PDF documents, calendar) ---
EXPORT_CANCELLED = "Der Export wurde abgebrochen. Es wurde keine Datei geschrieben."
EXPORT_FOLDER_FAILED = (
    "Der Ordner {path} kann nicht angelegt werden. Bitte wählen Sie einen anderen Speicherort."
)
EXPORT_FILE_LOCKED = (
    "Die Datei {path} kann nicht überschrieben werden, weil sie gerade geöffnet ist. Bitte "
    "schließen Sie sie (z. B. in Excel oder im PDF-Programm) und versuchen Sie es noch einmal."
)
EXPORT_UNKNOWN_COLUMNS = (
    "Unbekannte Spalte(n): {unknown}. Bitte wählen Sie aus diesen Spalten: {known}."
)
EXPORT_NO_COLUMNS = "Bitte wählen Sie mindestens eine Spalte für den Export aus."
EXPORT_EVENT_REQUIRED = "Bitte geben Sie die Veranstaltung an (--event NUMMER)."
EXPORT_NO_ATTENDEES = (
    "Für die Veranstaltung „{title}“ ist noch niemand als „teilgenommen“ erfasst. Bitte erfassen "
    "Sie zuerst die Teilnahme, dann können Bescheinigungen erstellt werden."
)
EXPORT_NOTE_CONSENT_ONLY = (
    "Enthält nur Ansprechpersonen, die der Weitergabe ihrer Kontaktdaten an die Partner "
    "zugestimmt haben (nicht enthalten: {left_out} ohne diese Einwilligung)."
)
EXPORT_NOTE_WITHOUT_CONSENT = (
    "Achtung: enthält auch Personen OHNE Einwilligung zur Weitergabe ihrer Daten. Nur für den "
    "internen Gebrauch – bitte nicht an Partner weitergeben."
)
EXPORT_NOTE_NAME_ONLY = (
    "Bei {people} ohne Einwilligung zur Nennung auf Listen stehen nur Name und Status."
)
SIGNATURE_LIST_PRIVACY = (
    "Datenschutzhinweis: Die Angaben dienen dem Nachweis der Teilnahme gegenüber dem "
    "Fördermittelgeber (ESF Plus) und werden nach Ablauf der Aufbewahrungsfrist gelöscht."
)

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
CLI_HELP_DB = "Datenbankdatei (Standard: ${env} oder die Datei im Datenordner)"
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

# --- Protokoll: entries as German sentences (services/audit_describe.py) -------------------
AUDIT_CREATED = "Angelegt: {what}"
AUDIT_UPDATED = "Geändert: {what}"
AUDIT_DELETED = "Gelöscht: {what}"
AUDIT_MERGE_DROPPED = "Beim Zusammenführen entfernt: {what} (aufgegangen in {kept})"
AUDIT_MERGED = "Zusammengeführt: {kept} ← {dropped}"
AUDIT_RECORD_NAMED = "{kind} „{name}“"
AUDIT_RECORD_NUMBER = "{kind} Nr. {id}"
AUDIT_RECORD_GONE = "{kind} Nr. {id} (gelöscht)"
AUDIT_PARTICIPATION_NAME = "{person} – {event}"
AUDIT_IMPORT = "Import: {detail}"
AUDIT_EXPORT = "Export: {detail}"
AUDIT_RETENTION = "{detail}"
AUDIT_RESTORE = "Wiederherstellung: {detail}"
AUDIT_SETTING_SAVED = "{what} gespeichert"
AUDIT_SETTING_CHANGED = "{what} geändert"
AUDIT_SETTING_REMOVED = "{what} entfernt"
AUDIT_SETTING_GENERIC = "Einstellung „{key}“"
AUDIT_IMPORT_MAPPING = "Spaltenzuordnung für {kind}-Import"
AUDIT_IMPORT_MAPPING_KINDS = {
    "organisations": "Partner",
    "contacts": "Ansprechpersonen",
    "participants": "Teilnehmenden",
}
AUDIT_SETTING_LABELS = {
    "verbund_name": "Einstellung „Name des Verbundes“",
    "logo_path": "Einstellung „Logo“",
    "signatory_name": "Einstellung „Unterzeichnende Person“",
    "signatory_function": "Einstellung „Funktion der unterzeichnenden Person“",
    "place_of_issue": "Einstellung „Ausstellungsort“",
    "certificate_text": "Einstellung „Bescheinigungstext“",
    "funding_line": "Einstellung „Förderhinweis“",
    "retention_months": "Aufbewahrungsfrist für personenbezogene Daten",
    "backup_keep_daily": "Anzahl der aufbewahrten täglichen Sicherungen",
    "backup_keep_weekly": "Anzahl der aufbewahrten wöchentlichen Sicherungen",
    "backup_keep_monthly": "Anzahl der aufbewahrten monatlichen Sicherungen",
    "duplicates:dismissed": "Liste der Paare „keine Dublette“",
}
