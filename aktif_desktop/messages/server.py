"""Messages of the shared PostgreSQL database: connecting, faults, transfer, server backups."""

from __future__ import annotations

# --- Connecting (issue 15) ---
SERVER_BAD_URL = (
    "Die Serveradresse {url} ist nicht lesbar. Bitte geben Sie sie so an: "
    "postgresql://benutzer@rechner:5432/datenbank"
)
SERVER_UNREACHABLE = (
    "Der Datenbankserver {server} ist nicht erreichbar. Bitte prüfen Sie die Netzwerkverbindung "
    "(VPN?), Rechnername und Port, oder fragen Sie Ihre IT, ob der Server läuft. Es wurde "
    "nichts verändert."
)
SERVER_AUTH_FAILED = (
    "Der Datenbankserver {server} hat die Anmeldung von {user} abgelehnt (falsches Passwort oder "
    "unbekannter Benutzer). Bitte geben Sie das Passwort erneut ein oder fragen Sie Ihre IT."
)
SERVER_PASSWORD_NEEDED = (
    "Der Datenbankserver {server} verlangt für {user} ein Passwort. Bitte geben Sie es an "
    "(Eingabeaufforderung, Umgebungsvariable PGPASSWORD oder die Passwortablage des Systems)."
)
SERVER_NO_DATABASE = (
    "Auf dem Datenbankserver {server} gibt es keine Datenbank {database}. Bitte prüfen Sie den "
    "Namen oder lassen Sie sie von Ihrer IT anlegen (README, Abschnitt „Gemeinsame Datenbank“)."
)
SERVER_NO_PERMISSION = (
    "Der Benutzer {user} darf in der Datenbank {database} auf {server} nicht tun, was dafür "
    "nötig ist (fehlende Rechte). Bitte lassen Sie Ihre IT die Rechte vergeben (README, "
    "Abschnitt „Gemeinsame Datenbank“). Es wurde nichts verändert."
)
SERVER_TOO_OLD = (
    "Der Datenbankserver {server} hat PostgreSQL {found}; Aktif Desktop braucht mindestens "
    "PostgreSQL {needed}. Bitte lassen Sie den Server von Ihrer IT aktualisieren."
)
SERVER_FOREIGN = (
    "Die Datenbank {database} auf {server} enthält schon Tabellen eines anderen Programms. "
    "Aktif Desktop verändert sie nicht. Bitte wählen Sie eine leere Datenbank oder eine, die "
    "Aktif Desktop angelegt hat."
)
SERVER_CONNECTION_LOST = (
    "Die Verbindung zum Datenbankserver {server} ist abgebrochen. Die letzte Änderung wurde "
    "nicht gespeichert (nichts halb geschrieben). Bitte prüfen Sie die Netzwerkverbindung und "
    "versuchen Sie es erneut."
)
SERVER_TLS_FAILED = (
    "Die verschlüsselte Verbindung (TLS) zum Datenbankserver {server} kam nicht zustande. "
    "Bitte prüfen Sie die Einstellung „TLS“ oder fragen Sie Ihre IT nach dem Zertifikat."
)
SERVER_DISK_FULL = (
    "Auf dem Datenbankserver {server} ist kein Platz mehr frei. Die letzte Änderung wurde nicht "
    "gespeichert. Bitte sagen Sie Ihrer IT Bescheid."
)
SERVER_BUSY = (
    "Jemand anderes bearbeitet gerade dieselben Einträge auf {server}. Bitte warten Sie einen "
    "Moment und versuchen Sie es dann noch einmal. Es wurde nichts verändert."
)
SERVER_READ_ONLY = (
    "Der Datenbankserver {server} nimmt gerade keine Änderungen an (nur Lesen, z. B. während "
    "einer Wartung). Bitte versuchen Sie es später erneut oder fragen Sie Ihre IT."
)
SERVER_NOT_FOR_FILES = (
    "Das geht nur mit einer Datenbankdatei, nicht mit der gemeinsamen Datenbank auf {server}. "
    "{hint}"
)
SERVER_NEEDS_DRIVER = (
    "Für die gemeinsame Datenbank fehlt das Paket „psycopg“. Bitte installieren Sie Aktif "
    'Desktop neu oder führen Sie aus: pip install "psycopg[binary]"'
)
