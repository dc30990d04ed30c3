"""The fields an import can fill, their German and English header variants, and detection.

``detect_header`` finds the header row below title rows; ``detect_mapping`` assigns a field
to each column from its header text. Header texts are compared after folding case, umlauts
and punctuation ("E-Mail-Adresse" = "email adresse").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.imports.cells import to_text
from aktif_desktop.record_keys import KEY_HEADER
from aktif_desktop.text import fold

KINDS = ("organisations", "contacts", "participants")
KIND_LABELS = {
    "organisations": "Partner",
    "contacts": "Ansprechpersonen",
    "participants": "Teilnehmende einer Veranstaltung",
}
HEADER_SCAN_ROWS = 30


@dataclass(frozen=True, slots=True)
class Field:
    """One target field: code name, German label, cell type and header variants."""

    name: str
    label: str
    type: str = "text"  # text, phone, postcode, date, bool, list, key
    aliases: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()  # header words that suggest the field when no alias fits


def norm_header(text: object) -> str:
    """Fold a header cell for comparison: "E-Mail-Adresse:" -> "emailadresse"."""
    return re.sub(r"[^0-9a-z]", "", fold(to_text(text)))


def _f(name: str, label: str, type_: str, aliases: str, contains: str = "") -> Field:
    return Field(
        name,
        label,
        type_,
        tuple(norm_header(a) for a in aliases.split("|") if a),
        tuple(norm_header(c) for c in contains.split("|") if c),
    )


KEY = _f("key", KEY_HEADER, "key", f"{KEY_HEADER}|Aktif-Schluessel|Schlüssel|Key")
EMAIL = _f("email", "E-Mail", "text", "E-Mail|Email|Mail|E-Mail-Adresse|E-Mail Adresse", "mail")
NOTES = _f("notes", "Notizen", "text", "Notizen|Notiz|Bemerkung|Bemerkungen|Anmerkung|Notes")
ACTIVE = _f("active", "Aktiv", "bool", "Aktiv|Active")
ORG_NAME_ALIASES = (
    "Einrichtung|Organisation|Organization|Träger|Traeger|Partner|Institution|Firma|Company|"
    "Dienststelle|Behörde|Name der Einrichtung|Arbeitgeber"
)

ORGANISATION_FIELDS = (
    _f("name", "Name", "text", "Name|" + ORG_NAME_ALIASES, "einrichtung|organisation"),
    _f("kind", "Art", "text", "Art|Typ|Art der Einrichtung|Kind|Type"),
    _f("role", "Rolle im Verbund", "text", "Rolle|Rolle im Verbund|Role"),
    _f("street", "Straße", "text", "Straße|Strasse|Str|Adresse|Anschrift|Street|Address", "str"),
    _f("postcode", "PLZ", "postcode", "PLZ|Postleitzahl|Zip|Postcode|Postal code"),
    _f("city", "Ort", "text", "Ort|Stadt|City|Town|Gemeinde"),
    _f("phone", "Telefon", "phone", "Telefon|Tel|Telefonnummer|Phone", "telefon"),
    EMAIL,
    _f("website", "Internet", "text", "Internet|Website|Webseite|Homepage|Web|URL"),
    _f("legal_areas", "Rechtskreise", "list", "Rechtskreis|Rechtskreise|Legal area", "rechtskreis"),
    NOTES,
    ACTIVE,
    KEY,
)

PERSON_FIELDS = (
    _f("salutation", "Anrede", "text", "Anrede|Salutation"),
    _f("title", "Titel", "text", "Titel|Akad. Titel|Akademischer Titel|Title"),
    _f("first_name", "Vorname", "text", "Vorname|Vornamen|First name|Given name|Firstname"),
    _f("last_name", "Nachname", "text", "Nachname|Familienname|Last name|Surname|Lastname"),
    _f(
        "full_name",
        "Name (Vor- und Nachname)",
        "text",
        "Name|Vor- und Nachname|Vollständiger Name|Full name|Teilnehmer|Teilnehmerin|"
        "Teilnehmende|Teilnehmer/in|Person|Ansprechperson|Ansprechpartner|Ansprechpartnerin",
    ),
    _f("organisation", "Einrichtung", "text", ORG_NAME_ALIASES, "einrichtung|organisation"),
    _f("function", "Funktion", "text", "Funktion|Position|Stelle|Job title|Function"),
    _f(
        "phone",
        "Telefon (direkt)",
        "phone",
        "Telefon|Tel|Telefon direkt|Durchwahl|Phone|Goldene Nummer|Telefonnummer",
        "telefon",
    ),
    _f("mobile", "Mobil", "phone", "Mobil|Handy|Mobiltelefon|Mobilnummer|Mobile", "mobil|handy"),
    EMAIL,
)

CONSENT_LISTS = _f(
    "consent_lists",
    "Einwilligung Teilnahmelisten",
    "bool",
    "Einwilligung Teilnahmelisten|Einwilligung Teilnahmeliste|Einwilligung Listen|"
    "Darf auf Teilnahmelisten stehen|Teilnahmeliste erlaubt|Auf Listen|Consent lists",
)

CONTACT_FIELDS = PERSON_FIELDS + (
    _f("topics", "Themen", "text", "Themen|Thema|Zuständigkeit|Zuständig für|Topics"),
    NOTES,
    _f(
        "consent_share",
        "Einwilligung Weitergabe",
        "bool",
        "Einwilligung|Einwilligung Weitergabe|Weitergabe erlaubt|Consent",
    ),
    _f(
        "consent_share_date",
        "Einwilligung am",
        "date",
        "Einwilligung am|Datum Einwilligung|Datum der Einwilligung",
    ),
    CONSENT_LISTS,
    _f(
        "verified_at",
        "Geprüft am",
        "date",
        "Geprüft am|Nummer geprüft am|Zuletzt geprüft|Stand|Verified",
    ),
    ACTIVE,
    _f("org_street", "Straße (Einrichtung)", "text", "Straße|Strasse|Str|Adresse|Anschrift"),
    _f("org_postcode", "PLZ (Einrichtung)", "postcode", "PLZ|Postleitzahl"),
    _f("org_city", "Ort (Einrichtung)", "text", "Ort|Stadt"),
    KEY,
)

PARTICIPANT_FIELDS = PERSON_FIELDS + (
    _f(
        "status",
        "Status",
        "text",
        "Status|Teilnahme|Teilnahmestatus|Anmeldestatus|Anwesenheit|Anwesend",
        "status",
    ),
    _f("note", "Bemerkung", "text", "Bemerkung|Bemerkungen|Notiz|Anmerkung|Note"),
    CONSENT_LISTS,
    KEY,
)

FIELDS: dict[str, tuple[Field, ...]] = {
    "organisations": ORGANISATION_FIELDS,
    "contacts": CONTACT_FIELDS,
    "participants": PARTICIPANT_FIELDS,
}


def fields_for(kind: str) -> dict[str, Field]:
    """Return name -> Field of one import kind."""
    if kind not in FIELDS:
        raise ValidationError(messages.IMPORT_UNKNOWN_KIND.format(kind=kind))
    return {field.name: field for field in FIELDS[kind]}


def _match_exact(header: str, kind: str) -> str | None:
    for field in FIELDS[kind]:
        if header in field.aliases:
            return field.name
    return None


def _match_contains(header: str, kind: str) -> str | None:
    for field in FIELDS[kind]:
        if any(word and word in header for word in field.contains):
            return field.name
    return None


def field_of_header(header: object, kind: str) -> str | None:
    """The field a header names by itself (exact alias, else a telling word), or None."""
    normed = norm_header(header)
    if not normed:
        return None
    return _match_exact(normed, kind) or _match_contains(normed, kind)


def header_score(rows: list[list[object]], kind: str) -> int:
    """How many fields the best header candidate of ``rows`` names (0: none)."""
    try:
        index = detect_header(rows, kind)
    except ValidationError:
        return 0
    return len({_match_exact(norm_header(cell), kind) for cell in rows[index]} - {None})


def detect_header(rows: list[list[object]], kind: str) -> int:
    """Return the index of the header row: the early row naming the most known fields."""
    best, best_score = -1, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        names = {_match_exact(norm_header(cell), kind) for cell in row} - {None}
        if len(names) > best_score:
            best, best_score = index, len(names)
    if best < 0:
        raise ValidationError(messages.IMPORT_NO_HEADER)
    return best


def detect_mapping(headers: Sequence[object], kind: str) -> dict[int, str]:
    """Return column index -> field name for the headers; each field is used once."""
    normed = [norm_header(h) for h in headers]
    mapping: dict[int, str] = {}
    for matcher in (_match_exact, _match_contains):
        for column, header in enumerate(normed):
            if column in mapping or not header:
                continue
            name = matcher(header, kind)
            if name and name not in mapping.values():
                mapping[column] = name
    if kind != "organisations":
        _split_name_columns(mapping)
    return mapping


def _split_name_columns(mapping: dict[int, str]) -> None:
    """A "Name" column next to a "Vorname" column holds the last name, not the full name."""
    used = set(mapping.values())
    if "full_name" in used and "first_name" in used and "last_name" not in used:
        column = next(c for c, name in mapping.items() if name == "full_name")
        mapping[column] = "last_name"
