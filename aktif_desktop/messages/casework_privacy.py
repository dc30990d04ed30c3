"""Sentences of the data-protection duties for family cases: their deletion period and the
case report (Art. 15 DSGVO on request)."""

from __future__ import annotations

RETENTION_CASES_DUE = (
    "{cases} sind seit dem {cutoff} abgeschlossen und ohne Aktivität; sie werden mit allen "
    "Verweisen, Anträgen und Wiedervorlagen gelöscht."
)
RETENTION_NOTHING_DUE_BUT_CASES = "Keine Ansprechperson und keine Teilnahme ist fällig."
RETENTION_CASE_MONTHS_INVALID = (
    "Die Löschfrist für Familien muss eine ganze Zahl von {low} bis {high} Monaten sein. "
    "Bitte korrigieren Sie den Wert."
)
CASE_REPORT_DISCLOSURE_KIND = "Auskunft nach Art. 15 DSGVO (Familie)"
CASE_REPORT_TITLE = "Auskunft über die gespeicherten Daten einer Familie (Art. 15 DSGVO)"
CASE_REPORT_INTRO = (
    "Diese Auskunft enthält alle Angaben, die der Verbund unter dem Code {code} über die Familie "
    "gespeichert hat: die Familie, ihre Schweigepflichtentbindungen, Verweise, Anträge und "
    "Wiedervorlagen sowie die Einträge des Änderungsprotokolls zu diesen Zeilen."
)
CASE_REPORT_WRITTEN = "Auskunft über die Familie {code} geschrieben: {path}"
