"""German sentences of the command line's Lotsen commands (cases, referrals, applications,
follow-ups) and of their Excel lists."""

from __future__ import annotations

CLI_HELP_DUE = (
    "nur heute fällige und überfällige Wiedervorlagen (bei cases: Familien mit einer solchen)"
)
CLI_HELP_CONCERN_FILTER = "nur dieses Anliegen bzw. diese Leistung (Code oder Bezeichnung)"
CLI_HELP_STATUS_FILTER = "nur dieser Status (Code oder Bezeichnung)"
CLI_HELP_PARTNER_FILTER = "nur dieser Partner bzw. diese Behörde (Nummer)"
CLI_LIST_FILTER_UNSUPPORTED = (
    "Die Liste „{what}“ kennt den Filter {option} nicht. "
    "Bitte lassen Sie ihn weg oder wählen Sie eine andere Liste."
)
CLI_NOT_A_DATE = (
    "„{value}“ ist kein Datum. Bitte geben Sie es als TT.MM.JJJJ oder JJJJ-MM-TT an "
    "(z. B. 03.12.2026)."
)
CLI_CASE_CREATED = "Familie angelegt: {code}"
CLI_REFERRAL_CREATED = "Verweis Nr. {id} angelegt: {code} an {partner} ({concern}, {status})."
CLI_REFERRAL_STATUS = "Verweis Nr. {id} ({code}): {status}{result}"
CLI_APPLICATION_CREATED = "Antrag Nr. {id} angelegt: {code}, {benefit} bei {authority}."
CLI_APPLICATION_STATUS = "Antrag Nr. {id} ({code}): {status}"
CLI_FOLLOW_UP_DONE = "Wiedervorlage Nr. {id} ({code}) erledigt am {day}: {what}"
CLI_HELP_CASE_HOUSEHOLD = "Zahl der Personen im Haushalt"
CLI_HELP_CASE_CHILDREN = "Zahl der Kinder"
CLI_HELP_CASE_AGES = "Altersgruppen der Kinder, durch Kommas getrennt (z. B. under_3,6_to_9)"
CLI_HELP_CASE_SINGLE = "alleinerziehend"
CLI_HELP_CASE_AREAS = "bereits beteiligte Rechtskreise, durch Kommas getrennt (z. B. SGB II)"
CLI_HELP_CASE_NOTE = "Notiz (bitte keine Namen)"
CLI_HELP_CASE_CODE = "Code der Familie (z. B. F-2026-0042)"
CLI_HELP_DATE = "Datum (TT.MM.JJJJ oder JJJJ-MM-TT; Standard: heute)"
CLI_HELP_REFERRED_BY = "wer verwiesen hat (Fachkraft des Verbunds)"
CLI_HELP_WARM = "warme Übergabe (sonst nur Information)"
CLI_HELP_FOLLOW_UP = "Wiedervorlage am (TT.MM.JJJJ)"
CLI_HELP_RESULT = "Ergebnis (erfolgreich, teilweise, ohne Ergebnis)"
CLI_HELP_BENEFIT = "Leistung (z. B. Kinderzuschlag, BuT, Wohngeld)"
CLI_HELP_PARTS = "Teile von Bildung und Teilhabe, durch Kommas getrennt (z. B. lunch,trips)"
CLI_HELP_NOT_STAMPED = "ohne Projektstempel eingereicht"
CLI_HELP_ASKED = "was die Behörde fragt oder nachfordert"
CLI_HELP_ASK_DUE = "Frist der Rückfrage bzw. Nachforderung (TT.MM.JJJJ)"
CLI_HELP_ON = "Datum des Schritts, z. B. des Bescheids (Standard: heute)"
CLI_HELP_WITH_NOTES = "auch die Notizen (Freitext) in die Liste aufnehmen (nur intern)"
EXPORT_NOTES_NEED_FLAG = (
    "Die Spalte „Notiz“ enthält Freitext und kommt nur mit --with-notes (bzw. „mit Notizen“) "
    "in die Liste. Bitte wählen Sie das ausdrücklich oder lassen Sie die Spalte weg."
)
EXPORT_NOTE_WITHOUT_NOTES = "Ohne Notizen (Freitext bleibt in Aktif Desktop)."
EXPORT_NOTE_WITH_NOTES = "Mit Notizen – nur für den internen Gebrauch."
