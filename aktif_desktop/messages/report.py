"""Messages of the period report: periods, targets (Soll), Sachbericht texts, the command."""

from __future__ import annotations

REPORT_PERIOD_REVERSED = (
    "Das Ende des Berichtszeitraums ({end}) liegt vor seinem Beginn ({start}). Bitte geben Sie "
    "das Ende nach dem Beginn an."
)
REPORT_PERIOD_YEAR = (
    "Das Jahr {year} liegt außerhalb der Jahre, für die ein Bericht möglich ist (1900 bis 2999). "
    "Bitte prüfen Sie das Datum."
)
REPORT_DATE_INVALID = (
    "„{value}“ ist kein gültiges Datum. Bitte schreiben Sie es als TT.MM.JJJJ (z. B. 31.12.2026) "
    "oder JJJJ-MM-TT."
)
REPORT_HALF_INVALID = (
    "„{value}“ ist kein Halbjahr. Bitte schreiben Sie das Jahr und 1 oder 2, z. B. 2026-1."
)
REPORT_QUARTER_INVALID = (
    "„{value}“ ist kein Quartal. Bitte schreiben Sie das Jahr und 1 bis 4, z. B. 2026-3."
)
REPORT_PERIOD_MISSING = (
    "Bitte geben Sie den Berichtszeitraum an: --from und --to, oder --year, --half bzw. --quarter."
)
REPORT_PERIOD_TWICE = (
    "Bitte geben Sie den Berichtszeitraum nur auf eine Art an: entweder --from und --to oder "
    "--year, --half bzw. --quarter."
)
REPORT_TARGET_INVALID = (
    "Der Soll-Wert für „{code}“ ist „{value}“. Bitte geben Sie eine Zahl von 0 bis "
    "1.000.000.000 an (oder lassen Sie das Feld leer)."
)
REPORT_TARGET_UNKNOWN = (
    "„{code}“ ist keine Kennzahl des Berichts. Bitte wählen Sie eine Kennzahl aus der Liste."
)
REPORT_TEXT_UNKNOWN = "„{section}“ ist kein Abschnitt des Sachberichts. Erlaubt sind: {allowed}."
REPORT_FORMAT_MISSING = (
    "Das Format {format} ist in dieser Version noch nicht verfügbar. Bitte lassen Sie --{option} "
    "weg oder nutzen Sie --json."
)
REPORT_SAVED = "Gespeichert: {path}"
