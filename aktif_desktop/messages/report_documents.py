"""Messages of the report documents (Excel and PDF of a period's report)."""

from __future__ import annotations

REPORT_PERIOD_REVERSED = (
    "Der Berichtszeitraum endet ({end}) vor seinem Beginn ({start}). Bitte wählen Sie ein "
    "Enddatum, das am oder nach dem Anfangsdatum liegt."
)
REPORT_BLOCK_EMPTY = "Für diesen Bereich liegen im Berichtszeitraum keine Zahlen vor."
REPORT_TEXT_EMPTY = "(Für diesen Abschnitt wurde kein Text eingegeben.)"
REPORT_NOT_COVERED = (
    "Diese Indikatoren der Verordnung (EU) 2021/1057, Anhang I, werden aus Gründen der "
    "Datensparsamkeit nicht erhoben"
)
REPORT_NO_TARGET = "Für diese Kennzahl wurde kein Soll eingetragen."
