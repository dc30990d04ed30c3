"""Messages of the documents the app writes and of writing files safely."""

from __future__ import annotations

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

# --- Documents and attendance (issue 16, docs helper) ---------------------------------------
ATTENDANCE_BEFORE_START = (
    "„{status}“ kann für „{title}“ erst ab Beginn der Veranstaltung ({start}) erfasst werden. "
    "Bitte tragen Sie die Teilnahme nach der Veranstaltung ein."
)
CERTIFICATE_EVENT_NOT_HELD = (
    "Für „{title}“ können noch keine Bescheinigungen erstellt werden: die Veranstaltung "
    "beginnt erst am {start}. Bitte erstellen Sie die Bescheinigungen nach der Veranstaltung."
)
CERTIFICATE_EVENT_CANCELLED = (
    "Für „{title}“ gibt es keine Bescheinigungen: die Veranstaltung ist abgesagt."
)
# --- Writing files safely (files helper: aktif_desktop/files/safe_write.py) -----------------
WRITE_OPEN_DATABASE = (
    "„{path}“ ist die geöffnete Datenbank (oder eine ihrer Begleitdateien). Sie wird nie "
    "überschrieben. Bitte wählen Sie einen anderen Dateinamen."
)
WRITE_OTHER_DATABASE = (
    "„{path}“ ist eine Datenbankdatei (SQLite/Aktif) oder gehört zu einer. Sie wird nie "
    "überschrieben. Bitte wählen Sie einen anderen Dateinamen."
)
WRITE_BACKUP_FOLDER = (
    "„{path}“ liegt im Ordner der Sicherungen. Dort schreibt Aktif Desktop nur seine "
    "Sicherungen. Bitte wählen Sie einen anderen Ordner."
)
WRITE_IMPORT_SOURCE = (
    "„{path}“ ist die Datei, die gerade importiert wird. Sie wird nicht überschrieben. "
    "Bitte wählen Sie einen anderen Dateinamen."
)
WRITE_EXISTS = (
    "Die Datei „{path}“ gibt es schon. Sie wird nur ersetzt, wenn Sie zustimmen "
    "(Befehlszeile: --force). Bitte wählen Sie einen anderen Namen oder bestätigen Sie das "
    "Ersetzen."
)
WRITE_EXISTS_IN_FOLDER = (
    "Im Ordner „{path}“ gibt es schon {names}. Sie werden nur ersetzt, wenn Sie zustimmen "
    "(Befehlszeile: --force). Es wurde nichts geschrieben."
)
WRITE_IS_FOLDER = (
    "„{path}“ ist ein Ordner, keine Datei. Bitte geben Sie einen Dateinamen in diesem Ordner an."
)
WRITE_NOT_FOLDER = (
    "„{path}“ ist eine Datei, kein Ordner. Bitte wählen Sie einen Ordner für die Dateien."
)
WRITE_FOLDER_MISSING = (
    "Den Ordner „{path}“ gibt es nicht. Bitte legen Sie ihn zuerst an oder wählen Sie einen "
    "vorhandenen Ordner."
)
WRITE_FOLDER_NOT_CREATED = (
    "Der Ordner „{path}“ konnte nicht angelegt werden ({reason}). Bitte wählen Sie einen "
    "anderen Ordner."
)
WRITE_READ_ONLY_FILE = (
    "Die Datei „{path}“ ist schreibgeschützt und wird nicht ersetzt. Bitte heben Sie den "
    "Schreibschutz auf oder wählen Sie einen anderen Namen."
)
WRITE_READ_ONLY_FOLDER = (
    "In den Ordner „{path}“ darf nicht geschrieben werden (schreibgeschützt oder keine "
    "Berechtigung). Bitte wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“."
)
WRITE_DISK_FULL = (
    "Der Datenträger von „{path}“ ist voll. Die Datei wurde nicht geschrieben. Bitte schaffen "
    "Sie Platz oder wählen Sie einen anderen Speicherort."
)
WRITE_NAME_TOO_LONG = (
    "Der Dateiname „{name}“ ist zu lang für Windows oder Linux (höchstens 255 Zeichen, "
    "Umlaute und Emoji zählen mehrfach). Bitte wählen Sie einen kürzeren Namen."
)
WRITE_PATH_TOO_LONG = (
    "Der Pfad „{path}“ ist mit {length} Zeichen zu lang für Windows (höchstens {limit}). "
    "Bitte wählen Sie einen kürzeren Namen oder einen Ordner näher am Laufwerk."
)
WRITE_RESERVED_NAME = (
    "„{name}“ ist unter Windows ein reservierter Gerätename (CON, PRN, AUX, NUL, COM1–COM9, "
    "LPT1–LPT9), auch mit Endung. Bitte wählen Sie einen anderen Dateinamen."
)
WRITE_FORBIDDEN_CHARACTER = (
    "Der Dateiname „{name}“ enthält das Zeichen {char}, das Windows nicht erlaubt "
    '(verboten sind < > : " / \\ | ? * und Steuerzeichen). Bitte wählen Sie einen anderen Namen.'
)
WRITE_TRAILING_DOT_OR_SPACE = (
    "Der Dateiname „{name}“ endet mit einem Punkt oder Leerzeichen; Windows kann ihn nicht "
    "speichern. Bitte entfernen Sie das Zeichen am Ende."
)
WRITE_EMPTY_NAME = "Bitte geben Sie einen Dateinamen an."
WRITE_FILE_LOCKED = (
    "Die Datei „{path}“ ist gerade in einem anderen Programm geöffnet (z. B. Excel) und kann "
    "nicht ersetzt werden. Bitte schließen Sie sie dort und versuchen Sie es erneut."
)
WRITE_IO_ERROR = (
    "Die Datei „{path}“ konnte nicht geschrieben werden ({reason}). Bitte prüfen Sie den "
    "Datenträger und versuchen Sie es erneut."
)
WRITE_LOG_FAILED = (
    "Der Eintrag im Protokoll der Weitergaben konnte nicht geschrieben werden ({reason}). "
    "Deshalb wurde die Datei „{path}“ nicht gespeichert. Bitte versuchen Sie es erneut."
)
CERTIFICATE_ANONYMISED = (
    "Für diese Teilnahme wird keine Bescheinigung ausgestellt: die Person wurde anonymisiert "
    "oder gelöscht."
)
ARG_NOT_AN_ID = "„{value}“ ist keine gültige Nummer (eine ganze Zahl von 1 bis {limit})."
ARG_NOT_A_YEAR = "„{value}“ ist kein gültiges Jahr (1900 bis 2999)."
ARG_NOT_A_COUNT = "„{value}“ ist keine gültige Anzahl (eine ganze Zahl von {low} bis {high})."
