"""Messages about records: validation, references, DSGVO duties (retention, person report)."""

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
