"""The Excel lists: partners, contact directory, year plan, an event's participants and the
lists of the Lotsen work (cases, referrals, applications, follow-ups: columns in
:mod:`aktif_desktop.exports.casework_lists`, no free-text notes unless ``with_notes``).

Each list has named columns with short codes (``--columns nachname,vorname,telefon``); the
stable record key (``record_keys.KEY_HEADER``) is always the last column, so a file a partner
edits and sends back can be matched row by row.

Consent (DSGVO), decided here once for every face of the app:

* Contact list: only active contacts who consented to sharing their data with partners
  (``consent_share``). ``include_without_consent=True`` adds the others for internal use; the
  sheet "Hinweise" of the file says which of the two it is.
* Participant list: people without consent to appear on lists (``consent_lists``) keep their
  name and status (the funder needs proof of attendance), but their organisation, e-mail and
  note stay empty unless ``include_without_consent=True``.
* Partner list and year plan hold no data of natural persons and are not consent-filtered.

Exports of personal data (contacts, participants, every Lotsen list) are recorded in the
disclosure log.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from aktif_desktop import clock, messages, record_keys, registry
from aktif_desktop.errors import ValidationError
from aktif_desktop.exports import casework_lists
from aktif_desktop.exports.common import (
    ExportResult,
    Progress,
    event_when,
    german_date,
    record_disclosure,
)
from aktif_desktop.exports.list_spec import ListColumn, ListSpec
from aktif_desktop.exports.xlsx import PrintInfo, SheetColumn, write_xlsx
from aktif_desktop.files import safe_write
from aktif_desktop.services import contacts, events, organisations, participations
from aktif_desktop.services.common import count_phrase
from aktif_desktop.services.settings import load_settings

C = ListColumn
PARTNERS = ListSpec(
    name="partners",
    title="Partnerliste",
    key_kind="organisation",
    personal=False,
    columns=(
        C("name", "Name", lambda r: r.name),
        C("art", "Art", lambda r: r.kind_label),
        C("rolle", "Rolle im Verbund", lambda r: r.role_label),
        C("strasse", "Straße", lambda r: r.street),
        C("plz", "PLZ", lambda r: r.postcode, "phone"),
        C("ort", "Ort", lambda r: r.city),
        C("telefon", "Telefon", lambda r: r.phone, "phone"),
        C("email", "E-Mail", lambda r: r.email),
        C("web", "Internet", lambda r: r.website),
        C("rechtskreise", "Rechtskreise", lambda r: r.legal_area_labels),
        C("ansprechpersonen", "Ansprechpersonen", lambda r: r.contact_count, "number"),
        C("aktiv", "Aktiv", lambda r: r.active),
    ),
    default_codes=(
        "name", "art", "rolle", "strasse", "plz", "ort", "telefon", "email", "rechtskreise",
    ),
)  # fmt: skip
CONTACTS = ListSpec(
    name="contacts",
    title="Ansprechpersonen",
    key_kind="contact",
    personal=True,
    columns=(
        C("anrede", "Anrede", lambda r: r.salutation),
        C("titel", "Titel", lambda r: r.title),
        C("vorname", "Vorname", lambda r: r.first_name),
        C("nachname", "Nachname", lambda r: r.last_name),
        C("organisation", "Organisation", lambda r: r.organisation_name),
        C("funktion", "Funktion", lambda r: r.function),
        C("telefon", "Telefon (direkt)", lambda r: r.phone, "phone"),
        C("mobil", "Mobil", lambda r: r.mobile, "phone"),
        C("email", "E-Mail", lambda r: r.email),
        C("themen", "Themen", lambda r: r.topics),
        C("geprueft", "Nummer geprüft am", lambda r: r.verified_at, "date"),
        C("weitergabe", "Einwilligung Weitergabe", lambda r: r.consent_share),
    ),
    default_codes=(
        "anrede", "titel", "vorname", "nachname", "organisation", "funktion", "telefon",
        "mobil", "email", "themen",
    ),
)  # fmt: skip
PLAN = ListSpec(
    name="plan",
    title="Jahresplan",
    key_kind="event",
    personal=False,
    columns=(
        C("beginn", "Beginn", lambda r: r.start, "datetime"),
        C("ende", "Ende", lambda r: r.end, "datetime"),
        C("datum", "Datum", lambda r: r.start.date(), "date"),
        C("art", "Art", lambda r: r.kind_label),
        C("titel", "Titel", lambda r: r.title),
        C("status", "Status", lambda r: r.status_label),
        C("ort", "Ort", lambda r: r.place),
        C("online", "Online-Link", lambda r: r.online_link),
        C("veranstalter", "Veranstalter", lambda r: r.organiser_name),
        C("rechtskreise", "Rechtskreise", lambda r: r.legal_area_labels),
        C("kapazitaet", "Kapazität", lambda r: r.capacity, "number"),
        C("angemeldet", "Angemeldet", lambda r: r.seats_taken, "number"),
        C("stunden", "Dauer (Stunden)", lambda r: r.hours, "number"),
        C("themen", "Tagesordnung / Themen", lambda r: r.agenda),
    ),
    default_codes=(
        "beginn", "ende", "art", "titel", "status", "ort", "veranstalter", "rechtskreise",
        "kapazitaet", "angemeldet",
    ),
)  # fmt: skip
PARTICIPANTS = ListSpec(
    name="participants",
    title="Teilnahmeliste",
    key_kind="participation",
    personal=True,
    columns=(
        C("titel", "Titel", lambda r: r.title),
        C("vorname", "Vorname", lambda r: r.first_name),
        C("nachname", "Nachname", lambda r: r.last_name),
        C("organisation", "Organisation", lambda r: r.organisation_name, personal=True),
        C("email", "E-Mail", lambda r: r.email, personal=True),
        C("status", "Status", lambda r: r.status_label),
        C("angemeldet_am", "Angemeldet am", lambda r: r.registered_at, "date"),
        C("teilgenommen_am", "Teilnahme erfasst am", lambda r: r.attended_at, "date"),
        C("bescheinigung", "Bescheinigungs-Nr.", lambda r: r.certificate_number),
        C("notiz", "Notiz", lambda r: r.note, personal=True),
    ),
    default_codes=("titel", "vorname", "nachname", "organisation", "email", "status"),
)  # fmt: skip
_SPECS = {
    spec.name: spec for spec in (PARTNERS, CONTACTS, PLAN, PARTICIPANTS, *casework_lists.SPECS)
}
# The lists in the order of the kinds they export (each kind names its lists in the registry).
LISTS: dict[str, ListSpec] = {
    name: _SPECS[name] for kind in registry.kinds() for name in kind.excel_lists if name in _SPECS
}


def choose_columns(spec: ListSpec, codes: Sequence[str] | None) -> list[ListColumn]:
    """Return the columns named by ``codes`` (default columns for None); refuse unknown codes."""
    wanted = [code.strip().casefold() for code in codes or () if code.strip()]
    if codes is None:
        wanted = list(spec.default_codes)
    unknown = [code for code in wanted if code not in spec.codes]
    if unknown:
        raise ValidationError(
            messages.EXPORT_UNKNOWN_COLUMNS.format(
                unknown=", ".join(unknown), known=", ".join(spec.codes)
            )
        )
    if not wanted:
        raise ValidationError(messages.EXPORT_NO_COLUMNS)
    return [spec.column(code) for code in dict.fromkeys(wanted)]


def _write(
    spec: ListSpec,
    path: Path | str,
    rows: Sequence[Any],
    columns: list[ListColumn],
    *,
    title: str,
    notes: list[str],
    hide_personal: Callable[[Any], bool] = lambda row: False,
    progress: Progress | None,
    sheet_lines: Sequence[str] = (),
    footer_note: str = "",
) -> ExportResult:
    safe_write.check_target(path, dry_run=True)  # refused before any row is read
    settings = load_settings()
    verbund = settings.verbund_name or "Aktif Desktop"
    sheet_columns = [SheetColumn(c.header, c.kind) for c in columns]
    if spec.key_kind:  # the key stays in the file for the round trip but off the paper
        sheet_columns.append(SheetColumn(record_keys.KEY_HEADER, printed=False))

    def values(row: Any) -> list[object]:
        hidden = hide_personal(row)
        cells = [None if hidden and c.personal else c.value(row) for c in columns]
        if not spec.key_kind:
            return cells
        return [*cells, record_keys.make_key(spec.key_kind, row.id)]

    notes = [f"{title} – {verbund}, Stand {german_date(clock.today())}", *notes]
    count = write_xlsx(
        path,
        title=f"{title} – {verbund}",
        author=verbund,
        sheet_title=spec.title,
        columns=sheet_columns,
        rows=(values(row) for row in rows),
        notes=notes,
        progress=progress,
        print_info=PrintInfo(title, verbund, clock.today(), footer_note),
        sheet_lines=sheet_lines,
    )
    if spec.personal:
        record_disclosure(spec.title, [c.header for c in columns], count, Path(path))
    extra = " ".join(notes[1:])  # what the user should know beyond the title line
    return ExportResult(path=Path(path), row_count=count, files=[Path(path)], note=extra)


def export_partners(
    path: Path | str, *, columns: Sequence[str] | None = None, progress: Progress | None = None
) -> ExportResult:
    """Write the partner list (all partners, active or not)."""
    rows = organisations.list_organisations()
    chosen = choose_columns(PARTNERS, columns)
    return _write(PARTNERS, path, rows, chosen, title="Partnerliste", notes=[], progress=progress)


def export_contacts(
    path: Path | str,
    *,
    columns: Sequence[str] | None = None,
    include_without_consent: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the active contacts; only those who consented to sharing unless told otherwise."""
    chosen = choose_columns(CONTACTS, columns)
    every = contacts.list_contacts(active_only=True)
    rows = every if include_without_consent else [r for r in every if r.consent_share]
    if include_without_consent:
        note = messages.EXPORT_NOTE_WITHOUT_CONSENT
    else:
        note = messages.EXPORT_NOTE_CONSENT_ONLY.format(
            left_out=count_phrase(len(every) - len(rows), "Person", "Personen")
        )
    return _write(
        CONTACTS,
        path,
        rows,
        chosen,
        title="Ansprechpersonen",
        notes=[note],
        progress=progress,
        footer_note=note,
    )


def export_plan(
    path: Path | str,
    *,
    year: int | None = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the events of ``year`` (this year if None) as the year plan."""
    year = clock.today().year if year is None else year
    if not 1900 <= year <= 2999:  # year 0 must never silently become this year
        raise ValidationError(messages.ARG_NOT_A_YEAR.format(value=year))
    rows = events.list_events(year=year)
    chosen = choose_columns(PLAN, columns)
    title = f"Jahresplan {year}"
    return _write(PLAN, path, rows, chosen, title=title, notes=[], progress=progress)


def export_participants(
    path: Path | str,
    *,
    event_id: int,
    columns: Sequence[str] | None = None,
    include_without_consent: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the participant list of one event (every status, sorted by last name)."""
    event = events.get_event(event_id)
    rows = participations.list_participants(event_id)
    chosen = choose_columns(PARTICIPANTS, columns)
    withheld = sum(1 for row in rows if not row.consent_lists)
    when = event_when(event.start, event.end)
    notes = [f"Veranstaltung: {event.title}, {when}, {event.where or 'ohne Ort'}"]
    if withheld and not include_without_consent:
        notes.append(
            messages.EXPORT_NOTE_NAME_ONLY.format(
                people=count_phrase(withheld, "Person", "Personen")
            )
        )
    elif withheld:
        notes.append(messages.EXPORT_NOTE_WITHOUT_CONSENT)
    lines = [
        f"Teilnahmeliste: {event.title}",
        f"Datum: {when}",
        f"Ort: {event.where or '–'}",
        *notes[1:],
    ]
    return _write(
        PARTICIPANTS,
        path,
        rows,
        chosen,
        title="Teilnahmeliste",
        notes=notes,
        hide_personal=lambda row: not include_without_consent and not row.consent_lists,
        progress=progress,
        sheet_lines=lines,
        footer_note=" ".join(notes[1:]),
    )


def export_casework(
    kind: str,
    path: Path | str,
    *,
    columns: Sequence[str] | None = None,
    with_notes: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write a list of the Lotsen work (cases, referrals, applications, follow-ups).

    Free-text notes are left out unless ``with_notes``; every file is recorded in the
    disclosure log (the lists are personal data of families).
    """
    spec = _SPECS[kind]
    chosen = casework_lists.with_or_without_notes(spec, choose_columns(spec, columns), with_notes)
    if spec.free_text:
        notes = [
            messages.EXPORT_NOTE_WITH_NOTES if with_notes else messages.EXPORT_NOTE_WITHOUT_NOTES
        ]
    else:
        notes = []
    rows = casework_lists.rows(kind)
    return _write(
        spec,
        path,
        rows,
        chosen,
        title=spec.title,
        notes=notes,
        progress=progress,
        footer_note=" ".join(notes),
    )


def export_list(
    kind: str,
    path: Path | str,
    *,
    event_id: int | None = None,
    year: int | None = None,
    columns: Sequence[str] | None = None,
    include_without_consent: bool = False,
    with_notes: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """One entry point for the command line and the GUI: ``kind`` is a key of ``LISTS``."""
    if kind in casework_lists.NAMES:
        return export_casework(
            kind, path, columns=columns, with_notes=with_notes, progress=progress
        )
    if kind == "partners":
        return export_partners(path, columns=columns, progress=progress)
    if kind == "contacts":
        return export_contacts(
            path,
            columns=columns,
            include_without_consent=include_without_consent,
            progress=progress,
        )
    if kind == "plan":
        return export_plan(path, year=year, columns=columns, progress=progress)
    if kind == "participants":
        if event_id is None:
            raise ValidationError(messages.EXPORT_EVENT_REQUIRED)
        return export_participants(
            path,
            event_id=event_id,
            columns=columns,
            include_without_consent=include_without_consent,
            progress=progress,
        )
    raise ValueError(kind)
