"""Messages of the Lotsen documents: the project stamp, stamp labels, the Begleitblatt, the
offers guide (Wegweiser)."""

from __future__ import annotations

STAMP_NOT_SET = (
    "Der Projektstempel ist noch leer. Bitte tragen Sie zuerst den Projektstempel in den "
    "Einstellungen ein (Einstellungen → Projektstempel: mindestens den Namen des Projekts)."
)
STAMP_LABEL = "Projektstempel speichern"
STAMP_LABELS_START = (
    "Die Startposition {start} gibt es auf einem Bogen mit {per_sheet} Etiketten nicht. Bitte "
    "geben Sie eine Zahl von 1 bis {per_sheet} an."
)
STAMP_LABELS_COUNT = (
    "Die Anzahl {count} ist nicht möglich. Bitte geben Sie 1 bis {limit} Etiketten an "
    "(oder keine Anzahl: dann wird der Bogen gefüllt)."
)
COVER_SHEET_NO_AUTHORITY_ADDRESS = (
    "Für die Behörde „{name}“ ist keine Anschrift eingetragen. Bitte ergänzen Sie Straße, PLZ "
    "und Ort beim Partner; das Begleitblatt wird bis dahin ohne Anschrift gedruckt."
)
GUIDE_NO_OFFERS = (
    "Es gibt noch keine Leistungsangebote, die zu der Auswahl passen. Bitte legen Sie bei den "
    "Partnern Leistungsangebote an oder wählen Sie weniger Filter."
)
GUIDE_NOTE_CONSENT = (
    "Direkte Nummern und E-Mail-Adressen stehen nur bei Ansprechpersonen, die der Weitergabe "
    "zugestimmt haben; sonst stehen die allgemeinen Kontaktdaten des Partners dort."
)
GUIDE_TITLE = "Wegweiser: Angebote der Partner"
GUIDE_OTHER_OFFERS = "Weitere Angebote"
