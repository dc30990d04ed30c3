"""Messages of the import of partner, contact and participant lists, duplicates and merging."""

from __future__ import annotations

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
# --- Import: hostile and broken files, consent, duplicates (issue 12, issue 16 item 13) ---
IMPORT_CSV_UNCLOSED_QUOTE = (
    'Zeile {row}: ein Anführungszeichen (") wird nicht geschlossen, sodass alle folgenden '
    "Zeilen in ein einziges Feld geraten würden. Es wurde nichts importiert. Bitte ergänzen "
    "oder entfernen Sie das Anführungszeichen in Zeile {row}."
)
IMPORT_CSV_SWALLOWED_ROWS = (
    "Zeile {row}: ein Feld in Anführungszeichen reicht bis Zeile {end} und enthält dabei "
    "ganze Datenzeilen; vermutlich fehlt ein schließendes Anführungszeichen. Es wurde nichts "
    "importiert. Bitte prüfen Sie die Anführungszeichen in Zeile {row}."
)
IMPORT_CSV_BAD_QUOTE = (
    'Zeile {row}: nach einem schließenden Anführungszeichen (") folgt weiterer Text im '
    "selben Feld. Bitte setzen Sie das ganze Feld in Anführungszeichen oder entfernen Sie sie."
)
IMPORT_CSV_FIELD_TOO_LONG = (
    "Zeile {row}: ein Feld ist länger als 128 KB. So lange Werte nimmt der Import nicht an; "
    "oft fehlt ein schließendes Anführungszeichen. Bitte kürzen Sie das Feld oder prüfen Sie "
    "die Anführungszeichen."
)
IMPORT_NOT_TEXT = (
    "Die Datei „{name}“ ist keine Textdatei (sie enthält Binärdaten), obwohl sie auf "
    "„{suffix}“ endet. Bitte speichern Sie die Liste in Excel als „CSV UTF-8“ oder wählen Sie "
    "die ursprüngliche Excel-Datei."
)
IMPORT_SPREADSHEET_AS_CSV = (
    "Die Datei „{name}“ ist eine Excel- oder OpenDocument-Datei mit der Endung „{suffix}“. "
    "Bitte benennen Sie sie in .xlsx (bzw. .ods) um oder wählen Sie die Originaldatei."
)
IMPORT_ENCRYPTED = (
    "Die Datei „{name}“ ist mit einem Kennwort geschützt. Bitte öffnen Sie sie in Excel, "
    "entfernen Sie den Kennwortschutz (Datei › Informationen › Arbeitsmappe schützen) und "
    "speichern Sie sie erneut."
)
IMPORT_FILE_TOO_LARGE = (
    "Die Datei „{name}“ ist {size} groß; der Import liest höchstens {limit}. Bitte teilen Sie "
    "die Liste in mehrere Dateien auf."
)
IMPORT_UNPACKED_TOO_LARGE = (
    "Die Datei „{name}“ würde entpackt mehr als {limit} belegen (eine so kleine Datei mit so "
    "viel Inhalt ist beschädigt oder absichtlich so gebaut). Es wurde nichts gelesen. Bitte "
    "speichern Sie die Liste in Excel neu oder teilen Sie sie auf."
)
IMPORT_TOO_MANY_ROWS = (
    "Die Tabelle hat mehr als {limit} Zeilen. Bitte teilen Sie die Liste in mehrere Dateien auf."
)
IMPORT_TOO_MANY_COLUMNS = (
    "Die Tabelle hat {count} Spalten; der Import liest höchstens {limit}. Bitte löschen Sie "
    "die leeren oder nicht benötigten Spalten."
)
IMPORT_TOO_MANY_CELLS = (
    "Die Tabelle reicht bis Zeile {rows} und Spalte {column} ({cells} Zellen); der Import "
    "liest höchstens {limit} Zellen. Bitte löschen Sie leere Zeilen und Spalten am Ende der "
    "Tabelle oder teilen Sie die Liste auf."
)
IMPORT_CELL_TOO_LONG = (
    "Zelle {cell} enthält {count} Zeichen; eine Zelle darf höchstens {limit} Zeichen haben "
    "(so viele, wie Excel zulässt). Sie beginnt mit „{start}“. Bitte kürzen Sie die Zelle."
)
IMPORT_CELL_ERROR = (
    "Die Zelle „{field}“ enthält den Excel-Fehler {code} statt eines Werts. Bitte korrigieren "
    "Sie die Formel in der Datei oder tragen Sie den Wert ein."
)
IMPORT_DUPLICATE_HEADER = (
    "Die Überschrift „{header}“ steht in den Spalten {columns}. Es ist nicht klar, welche "
    "Spalte gilt. Bitte benennen oder löschen Sie eine davon (im Import-Assistenten können "
    "Sie eine Spalte wählen)."
)
IMPORT_DUPLICATE_HEADER_CHOOSE = (
    "Die Überschrift „{header}“ steht in den Spalten {columns}. Bitte wählen Sie, welche "
    "Spalte importiert wird."
)
IMPORT_REPORT_NOT_WRITTEN = (
    "Der Importbericht {path} konnte nicht geschrieben werden ({reason}). Bitte wählen Sie "
    "einen anderen Ordner."
)
IMPORT_REPORT_MISSING_COUNT = (
    "{count} Einträge der Datenbank stehen nicht in der Datei (sie werden nicht gelöscht und "
    "hier nicht genannt)."
)

MERGE_SAME_RECORD = "Ein Eintrag kann nicht mit sich selbst zusammengeführt werden."
MERGE_BOTH_CERTIFIED = (
    "Beide Einträge haben für „{event}“ eine Teilnahmebescheinigung ({first}, {second}). "
    "Bitte prüfen Sie die Bescheinigungen, bevor Sie die Einträge zusammenführen."
)
