"""Messages of the Lotsen work: family cases, referrals, supported applications, follow-ups."""

from __future__ import annotations

CASE_NOT_FOUND = (
    "Eine Familie mit dem Code „{code}“ gibt es nicht. Bitte prüfen Sie den Code "
    "(Beispiel: F-2026-0042)."
)
CASE_RELEASE_DATES = (
    "Die Schweigepflichtentbindung endet vor dem Tag, an dem sie erteilt wurde. Bitte prüfen "
    "Sie die beiden Daten."
)
CASE_RELEASE_WITHOUT_DATE = (
    "Für die Schweigepflichtentbindung sind Partner ausgewählt, aber kein Datum. Bitte tragen "
    "Sie ein, wann die Familie sie unterschrieben hat."
)
CASE_CHILDREN_ABOVE_HOUSEHOLD = (
    "Die Zahl der Kinder ({children}) ist größer als die Haushaltsgröße ({household}). Bitte "
    "prüfen Sie die beiden Zahlen."
)
CASE_CODE_TAKEN = (
    "Der Code „{code}“ ist gerade von einem anderen Programm vergeben worden. Bitte speichern "
    "Sie noch einmal; ein neuer Code wird vergeben."
)
REFERRAL_STEP_REFUSED = (
    "Der Verweis kann nicht von „{old}“ auf „{new}“ gesetzt werden. Erlaubt sind von hier: "
    "{allowed}."
)
REFERRAL_RESULT_TOO_EARLY = (
    "Ein Ergebnis gibt es erst, wenn der Verweis angenommen, abgelehnt, nicht wahrgenommen "
    "oder abgeschlossen ist. Bitte lassen Sie das Feld „Ergebnis“ leer."
)
REFERRAL_CONTACT_ELSEWHERE = (
    "Die Ansprechperson „{name}“ gehört nicht zum Partner „{partner}“. Bitte wählen Sie eine "
    "Ansprechperson dieses Partners oder keine."
)
REFERRAL_FEEDBACK_BEFORE = (
    "Die Rückmeldung ({feedback}) liegt vor dem Verweis ({referred}). Bitte prüfen Sie die Daten."
)
REFERRAL_FOLLOW_UP_BEFORE = (
    "Die Wiedervorlage ({due}) liegt vor dem Verweis ({referred}). Bitte wählen Sie einen "
    "späteren Tag."
)
APPLICATION_STEP_REFUSED = (
    "Der Antrag kann nicht von „{old}“ auf „{new}“ gesetzt werden. Erlaubt sind von hier: "
    "{allowed}."
)
APPLICATION_ASK_NEEDS_TEXT = (
    "Bei „{status}“ bitte eintragen, was die Behörde wissen möchte oder welche Unterlagen "
    "fehlen, und bis wann."
)
APPLICATION_ASK_NEEDS_DUE = (
    "Bei „{status}“ bitte die Frist eintragen, bis zu der die Behörde die Antwort oder die "
    "Unterlagen erwartet."
)
APPLICATION_DECIDED_BEFORE = (
    "Der Bescheid ({decided}) liegt vor dem Tag der Antragstellung ({submitted}). Bitte prüfen "
    "Sie die Daten."
)
APPLICATION_PARTS_ONLY_BUT = (
    "Leistungen für Bildung und Teilhabe (z. B. Lernförderung) gibt es nur bei einem Antrag "
    "auf Bildung und Teilhabe. Bitte wählen Sie diese Leistung oder entfernen Sie die Teile."
)
APPLICATION_PARTS_MISSING = (
    "Bitte wählen Sie mindestens einen Teil von Bildung und Teilhabe (z. B. Lernförderung "
    "oder Mittagessen)."
)
DATE_IN_FUTURE = (
    "Das Datum „{field}“ ({value}) liegt in der Zukunft. Bitte tragen Sie den Tag ein, an dem "
    "es geschah."
)
FOLLOW_UP_NEEDS_WHAT = "Bitte tragen Sie ein, worum es bei der Wiedervorlage geht."
FOLLOW_UP_REFERRAL_WHAT = "Rückmeldung zum Verweis an {partner} erfragen"
FOLLOW_UP_RELEASE_WHAT = "Schweigepflichtentbindung läuft ab – verlängern oder beenden"
NAME_HINT = (
    "Bitte keine Namen von Familienmitgliedern eintragen: die Familie wird nur über ihren "
    "Code geführt."
)
LABEL_CASE_CREATE = "Anlegen von Familie {code}"
LABEL_CASE_SAVE = "Speichern von Familie {code}"
LABEL_CASE_DELETE = "Löschen von Familie {code}"
LABEL_REFERRAL_CREATE = "Verweis für Familie {code}"
LABEL_REFERRAL_SAVE = "Speichern von Verweis für Familie {code}"
LABEL_REFERRAL_DELETE = "Löschen von Verweis für Familie {code}"
LABEL_REFERRAL_STATUS = "Status von Verweis für Familie {code}"
LABEL_APPLICATION_CREATE = "Antrag für Familie {code}"
LABEL_APPLICATION_SAVE = "Speichern von Antrag für Familie {code}"
LABEL_APPLICATION_DELETE = "Löschen von Antrag für Familie {code}"
LABEL_APPLICATION_STATUS = "Status von Antrag für Familie {code}"
LABEL_FOLLOW_UP_CREATE = "Wiedervorlage für Familie {code}"
LABEL_FOLLOW_UP_DONE = "Wiedervorlage erledigt für Familie {code}"
LABEL_FOLLOW_UP_REOPEN = "Wiedervorlage wieder offen für Familie {code}"
LABEL_FOLLOW_UP_DELETE = "Löschen von Wiedervorlage für Familie {code}"
