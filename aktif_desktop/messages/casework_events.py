"""Messages of the external activities: events organised by others that the Verbund attended."""

from __future__ import annotations

EXTERNAL_NO_PARTICIPANTS = (
    "Bei Veranstaltungen anderer Träger werden keine Teilnehmenden erfasst; tragen Sie unter "
    "„Teilgenommen haben“ ein, wer vom Verbund dabei war."
)
EXTERNAL_NO_CERTIFICATES = (
    "Für „{title}“ werden keine Teilnahmebescheinigungen ausgestellt: die Veranstaltung ist "
    "eine Veranstaltung eines anderen Trägers ({organiser}). Bescheinigungen stellt der "
    "Veranstalter selbst aus."
)
EXTERNAL_HAS_PARTICIPANTS = (
    "„{title}“ hat schon {count} Teilnahme(n) von Ansprechpersonen und kann deshalb nicht als "
    "Veranstaltung eines anderen Trägers gespeichert werden. Entfernen Sie zuerst die "
    "Teilnehmenden oder lassen Sie „Veranstalter (extern)“ leer."
)
EXTERNAL_STAFF_WITHOUT_ORGANISER = (
    "„Teilgenommen haben“ gilt nur für Veranstaltungen anderer Träger. Bitte tragen Sie den "
    "Veranstalter ein oder lassen Sie das Feld leer."
)
