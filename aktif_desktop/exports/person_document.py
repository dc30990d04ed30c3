"""The access report (Art. 15 DSGVO) as a document for the person: Excel workbook or PDF.

``services.person_report`` gathers the rows; this module says them in German: field names
instead of column names, "Ja"/"Nein", German dates, statuses and actions as words, references
as the record's name. Each section lists its entries one below the other as "Angabe | Wert",
so every section prints on A4 whatever the number of fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import BooleanField, DateField, DateTimeField, Model

from aktif_desktop import casework, domain
from aktif_desktop.exports.xlsx import PrintInfo, SheetColumn, SheetSpec, write_workbook
from aktif_desktop.services.audit import ACTION_LABELS
from aktif_desktop.services.case_report import CaseReport
from aktif_desktop.services.person_report import NOT_PERSONAL, PersonReport, table_label
from aktif_desktop.storage import models

TITLE = "Auskunft über gespeicherte Daten (Art. 15 und 20 DSGVO)"
FIELD_LABELS = {
    "id": "Nummer",
    "created_at": "angelegt am",
    "updated_at": "geändert am",
    "version": "Bearbeitungsstand",
    "organisation_id": "Partner",
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "function": "Funktion",
    "phone": "Telefon (direkt)",
    "mobile": "Mobil",
    "email": "E-Mail",
    "topics": "Themen",
    "notes": "Notizen",
    "active": "aktiv",
    "consent_share": "Einwilligung Weitergabe",
    "consent_share_date": "Einwilligung Weitergabe am",
    "consent_lists": "Einwilligung Listen",
    "consent_lists_date": "Einwilligung Listen am",
    "consent_scope": "Umfang der Einwilligung",
    "consent_recorded_by": "Einwilligung erfasst von",
    "verified_at": "Nummer geprüft am",
    "gender": "Geschlecht",
    "event_id": "Veranstaltung",
    "contact_id": "Ansprechperson",
    "participation_id": "Teilnahme",
    "service_id": "Leistungsangebot",
    "status": "Status",
    "status_changed_at": "Status geändert am",
    "invited_at": "eingeladen am",
    "registered_at": "angemeldet am",
    "waitlisted_at": "auf Warteliste am",
    "attended_at": "teilgenommen am",
    "note": "Notiz",
    "number": "Nummer der Bescheinigung",
    "issued_on": "ausgestellt am",
    "name": "Bezeichnung",
    "description": "Beschreibung",
    "target_group": "Zielgruppe",
    "at": "Zeitpunkt",
    "user": "Benutzer",
    "action": "Aktion",
    "table_name": "Bereich",
    "row_id": "Eintrag Nr.",
    "detail": "Einzelheiten",
    "kind": "Art der Weitergabe",
    "columns": "Weitergegebene Angaben",
    "row_count": "Anzahl Zeilen",
    "file_name": "Datei",
    "path": "Speicherort",
    "without_consent": "ohne Einwilligung",
    "family_case_id": "Familie",
    "referral_id": "Verweis",
    "application_id": "Antrag",
    "household_size": "Haushaltsgröße",
    "children": "Zahl der Kinder",
    "child_age_bands": "Altersgruppen der Kinder",
    "single_parent": "alleinerziehend",
    "legal_areas": "Rechtskreise",
    "release_on": "Schweigepflichtentbindung erteilt am",
    "release_until": "Schweigepflichtentbindung gültig bis",
    "opened_on": "aufgenommen am",
    "code": "Code",
    "referred_on": "verwiesen am",
    "referred_by": "verwiesen von",
    "concern": "Anliegen",
    "warm_handover": "persönliche Übergabe",
    "status_changed_on": "Status geändert am",
    "result": "Ergebnis",
    "feedback_on": "Rückmeldung am",
    "benefit": "Leistung",
    "education_parts": "Teile (Bildung und Teilhabe)",
    "authority_id": "Behörde",
    "submitted_on": "eingereicht am",
    "stamped": "mit Projektstempel",
    "decided_on": "entschieden am",
    "due_on": "fällig am",
    "what": "Worum",
    "done_on": "erledigt am",
}
# Where one column name means something else in a table (``kind`` of the disclosure log).
TABLE_FIELD_LABELS = {("follow_up", "kind"): "Art"}
STATUS_ENUMS: dict[str, type[domain.LabelledEnum]] = {
    "participation": domain.ParticipationStatus,
    "event": domain.EventStatus,
    "agreement": domain.AgreementStatus,
    "supply_gap": domain.SupplyGapStatus,
    "referral": casework.ReferralStatus,
    "application": casework.ApplicationStatus,
}
# Other coded columns said as words (the concern of a referral, the kind of a follow-up, …).
VALUE_ENUMS: dict[tuple[str, str], type[domain.LabelledEnum]] = {
    ("referral", "concern"): casework.Concern,
    ("referral", "result"): casework.ReferralResult,
    ("application", "benefit"): casework.Benefit,
    ("follow_up", "kind"): casework.FollowUpKind,
}
# Columns holding comma-separated codes, said as their German words.
LIST_ENUMS: dict[str, type[domain.LabelledEnum]] = {
    "child_age_bands": casework.AgeBand,
    "education_parts": casework.EducationPart,
}
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$")


@dataclass(slots=True)
class Entry:
    """One record of a section: its heading and its fields as (label, German value)."""

    heading: str
    fields: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    """One area of the report (e.g. "Teilnahmen") with its entries."""

    label: str
    entries: list[Entry]


def _field_kinds() -> dict[tuple[str, str], str]:
    """(table, column) -> "bool", "date" or "datetime", from the peewee models."""
    kinds: dict[tuple[str, str], str] = {}
    stack: list[type[Model]] = [models.BaseModel, models.Setting, models.AuditLog]
    stack += [models.DisclosureLog, models.DatabaseInfo, models.AuditUser]
    seen: set[type[Model]] = set()
    while stack:
        model = stack.pop()
        if model in seen:
            continue
        seen.add(model)
        stack += model.__subclasses__()
        for name, model_field in model._meta.fields.items():
            column = getattr(model_field, "column_name", name)
            if isinstance(model_field, BooleanField):
                kinds[(model._meta.table_name, column)] = "bool"
            elif isinstance(model_field, DateTimeField):
                kinds[(model._meta.table_name, column)] = "datetime"
            elif isinstance(model_field, DateField):
                kinds[(model._meta.table_name, column)] = "date"
    return kinds


def german_value(table: str, column: str, value: object, kinds: dict[tuple[str, str], str]) -> str:
    """A stored value as the person reads it."""
    if value is None or value == "":
        return "–"
    kind = kinds.get((table, column))
    if kind == "bool" or isinstance(value, bool):
        return "Ja" if value in (1, True, "1") else "Nein"
    if isinstance(value, dt.datetime):
        return f"{value:%d.%m.%Y, %H:%M} Uhr"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, str) and (match := _ISO.match(value)):
        year, month, day, hour, minute = match.groups()
        date = f"{day}.{month}.{year}"
        return f"{date}, {hour}:{minute} Uhr" if hour and kind != "date" else date
    if column in LIST_ENUMS and isinstance(value, str):
        return ", ".join(_word(LIST_ENUMS[column], code) for code in value.split(",") if code)
    if column == "legal_areas" and isinstance(value, str):
        return ", ".join(domain.LEGAL_AREAS.get(code, code) for code in value.split(",") if code)
    enum = STATUS_ENUMS.get(table) if column == "status" else VALUE_ENUMS.get((table, column))
    if enum is not None:
        try:
            return enum(str(value)).label
        except ValueError:
            return str(value)
    if table == "audit_log" and column == "action":
        return ACTION_LABELS.get(str(value), str(value))
    if table == "audit_log" and column == "table_name":
        return table_label(str(value))
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".") if column.endswith("count") else str(value)
    return str(value)


def _word(enum: type[domain.LabelledEnum], code: str) -> str:
    try:
        return enum(code).label
    except ValueError:
        return code


def _fields(
    table: str, row: dict[str, Any], kinds: dict[tuple[str, str], str]
) -> Iterator[tuple[str, str]]:
    """Yield (label, value); a reference "x_id" shows the record's name with its number."""
    names = {key.split(" (", 1)[0]: key for key in row if " (" in key}
    for column, value in row.items():
        if " (" in column:
            continue  # the name of a reference, shown with its number below
        label = TABLE_FIELD_LABELS.get((table, column)) or FIELD_LABELS.get(
            column, column.replace("_", " ")
        )
        if column in names and value is not None:
            yield label, f"{row[names[column]] or '–'} (Nr. {value})"
        else:
            yield label, german_value(table, column, value, kinds)


def present(report: PersonReport | CaseReport) -> list[Section]:
    """The report's sections in German, each entry a list of fields."""
    kinds = _field_kinds()
    sections = []
    for section in report.sections:
        entries = [
            Entry(
                f"{section.label}, Eintrag {number}",
                list(_fields(section.table, row, kinds)),
            )
            for number, row in enumerate(section.rows, start=1)
        ]
        sections.append(Section(section.label, entries))
    return sections


def overview(report: PersonReport, sections: list[Section]) -> list[tuple[str, str]]:
    """The first page: who, when, how many entries per area, mentions, what is not included."""
    lines = [
        ("Person", report.name),
        ("Nummer der Ansprechperson", str(report.contact_id)),
        ("Erstellt am", f"{report.created_at:%d.%m.%Y, %H:%M} Uhr"),
    ]
    lines += [(s.label, _entries(len(s.entries))) for s in sections]
    for mention in report.mentions:
        lines.append(
            (
                "Name erwähnt in",
                f"{mention.label}, Eintrag Nr. {mention.row_id}, Feld "
                f"„{FIELD_LABELS.get(mention.column, mention.column)}“",
            )
        )
    if not report.mentions:
        lines.append(("Name erwähnt in", "keinem Freitextfeld anderer Einträge"))
    return lines


def _entries(count: int) -> str:
    return "1 Eintrag" if count == 1 else f"{count:,} Einträge".replace(",", ".")


def excluded() -> list[tuple[str, str]]:
    """The areas without any data of the person, and why."""
    return [(table_label(table), reason) for table, reason in NOT_PERSONAL.items()]


def section_sheets(
    overview_rows: list[tuple[str, str]],
    sections: list[Section],
    *,
    subject: str,
    verbund: str,
    stand: dt.date,
) -> list[SheetSpec]:
    """An overview sheet and one "Angabe | Wert" sheet per area, headed "<area> – <subject>"
    (shared by the person report and the case report)."""
    two = [SheetColumn("Angabe"), SheetColumn("Wert")]
    sheets = [
        SheetSpec(
            title="Übersicht",
            columns=two,
            rows=[list(line) for line in overview_rows],
            print_info=PrintInfo(TITLE, verbund, stand),
            sheet_lines=[TITLE, subject],
            landscape=False,
        )
    ]
    for section in sections:
        rows: list[list[object]] = []
        for entry in section.entries:
            rows.append([f"▸ {entry.heading}", None])
            rows += [[name, value] for name, value in entry.fields]
        sheets.append(
            SheetSpec(
                title=section.label,
                columns=two,
                rows=rows or [["keine Einträge", None]],
                print_info=PrintInfo(f"{section.label} – {subject}", verbund, stand),
                landscape=False,
            )
        )
    return sheets


def write_xlsx(report: PersonReport, path: Path, *, verbund: str = "") -> Path:
    """The report as a workbook: an overview sheet and one sheet per area."""
    sections = present(report)
    stand = report.created_at.date()
    sheets = section_sheets(
        overview(report, sections),
        sections,
        subject=f"Auskunft für {report.name}",
        verbund=verbund,
        stand=stand,
    )
    sheets.append(
        SheetSpec(
            title="Nicht enthalten",
            columns=[SheetColumn("Bereich"), SheetColumn("Warum nichts über Sie")],
            rows=[list(line) for line in excluded()],
            print_info=PrintInfo("Nicht enthalten", verbund, stand),
            landscape=False,
        )
    )
    author = verbund or "Aktif Desktop"
    write_workbook(path, title=f"{TITLE} – {report.name}", author=author, sheets=sheets)
    return path
