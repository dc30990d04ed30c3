"""The Excel lists of the Lotsen work: family cases, referrals, applications, follow-ups.

The columns and the rows; :mod:`aktif_desktop.exports.lists` writes them through the one
writer. Rules (issue 13, data protection):

* Free-text notes (column ``notiz``) are written only when asked for (``with_notes``); naming
  the column without asking is refused, so a note never lands in a file by a column list.
* No key column: these lists are read, not sent back and imported.
* Every file is personal data of families and is recorded in the disclosure log.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.exports.list_spec import ListColumn, ListSpec
from aktif_desktop.services import applications, cases, followups, referrals

NOTE = "notiz"
C = ListColumn


def _yes(value: object) -> str:
    return "ja" if value else "nein"


CASES = ListSpec(
    name="cases",
    title="Familien",
    key_kind="",
    personal=True,
    free_text=(NOTE,),
    columns=(
        C("code", "Code", lambda r: r.code),
        C("seit", "seit", lambda r: r.opened_on, "date"),
        C("haushalt", "Haushalt", lambda r: r.household_size, "number"),
        C("kinder", "Kinder", lambda r: r.children, "number"),
        C("altersgruppen", "Altersgruppen", lambda r: r.age_band_labels),
        C("alleinerziehend", "alleinerziehend", lambda r: _yes(r.single_parent)),
        C("rechtskreise", "Rechtskreise", lambda r: r.legal_area_labels),
        C("verweise", "Verweise", lambda r: r.referral_count, "number"),
        C("antraege", "Anträge", lambda r: r.application_count, "number"),
        C("wiedervorlagen", "Wiedervorlagen", lambda r: r.open_follow_ups, "number"),
        C("faellig", "nächste fällig", lambda r: r.next_due, "date"),
        C("entbindung_bis", "Entbindung bis", lambda r: r.release_until, "date"),
        C(NOTE, "Notiz", lambda r: r.note),
    ),
    default_codes=(
        "code", "seit", "haushalt", "kinder", "alleinerziehend", "verweise", "antraege",
        "wiedervorlagen", "faellig",
    ),
)  # fmt: skip
REFERRALS = ListSpec(
    name="referrals",
    title="Verweise",
    key_kind="",
    personal=True,
    free_text=(NOTE,),
    columns=(
        C("nr", "Nr.", lambda r: r.id, "number"),
        C("datum", "Datum", lambda r: r.referred_on, "date"),
        C("familie", "Familie", lambda r: r.case_code),
        C("anliegen", "Anliegen", lambda r: r.concern_label),
        C("partner", "an Partner", lambda r: r.organisation_name),
        C("ansprechperson", "Ansprechperson", lambda r: r.contact_name),
        C("rechtskreise", "Rechtskreise", lambda r: r.legal_area_labels),
        C("uebergabe", "Übergabe", lambda r: r.handover_label),
        C("durch", "verwiesen durch", lambda r: r.referred_by),
        C("status", "Status", lambda r: r.status_label),
        C("ergebnis", "Ergebnis", lambda r: r.result_label),
        C("rueckmeldung", "Rückmeldung am", lambda r: r.feedback_on, "date"),
        C("wiedervorlage", "Wiedervorlage", lambda r: r.follow_up_on, "date"),
        C(NOTE, "Notiz", lambda r: r.note),
    ),
    default_codes=(
        "nr", "datum", "familie", "anliegen", "partner", "uebergabe", "status", "ergebnis",
        "wiedervorlage",
    ),
)  # fmt: skip
APPLICATIONS = ListSpec(
    name="applications",
    title="Anträge",
    key_kind="",
    personal=True,
    free_text=(NOTE,),
    columns=(
        C("nr", "Nr.", lambda r: r.id, "number"),
        C("eingereicht", "eingereicht am", lambda r: r.submitted_on, "date"),
        C("familie", "Familie", lambda r: r.case_code),
        C("leistung", "Leistung", lambda r: r.benefit_label),
        C("behoerde", "Behörde", lambda r: r.authority_name),
        C("stempel", "Stempel", lambda r: _yes(r.stamped)),
        C("status", "Status", lambda r: r.status_label),
        C("entschieden", "entschieden am", lambda r: r.decided_on, "date"),
        C("tage", "Bearbeitungstage", lambda r: r.processing_days, "number"),
        C("rueckfrage", "Rückfrage / Nachforderung", lambda r: r.request_what),
        C("frist", "Frist", lambda r: r.request_due, "date"),
        C(NOTE, "Notiz", lambda r: r.note),
    ),
    default_codes=(
        "nr", "eingereicht", "familie", "leistung", "behoerde", "stempel", "status",
        "entschieden", "tage", "frist",
    ),
)  # fmt: skip
FOLLOW_UPS = ListSpec(
    name="followups",
    title="Wiedervorlagen",
    key_kind="",
    personal=True,
    columns=(
        C("faellig", "fällig am", lambda r: r.due_on, "date"),
        C("stand", "Stand", lambda r: r.due_label),
        C("familie", "Familie", lambda r: r.case_code),
        C("art", "Art", lambda r: r.kind_label),
        C("worum", "Worum", lambda r: r.what),
        C("partner", "Partner / Behörde", lambda r: r.partner_name),
    ),
    default_codes=("faellig", "stand", "familie", "art", "worum", "partner"),
)
SPECS = (CASES, REFERRALS, APPLICATIONS, FOLLOW_UPS)
NAMES = frozenset(spec.name for spec in SPECS)


def with_or_without_notes(
    spec: ListSpec, chosen: Sequence[ListColumn], with_notes: bool
) -> list[ListColumn]:
    """The chosen columns, the note added when asked for; a note column not asked for is
    refused (never silently written)."""
    named = [c for c in chosen if c.code in spec.free_text]
    if named and not with_notes:
        raise ValidationError(messages.EXPORT_NOTES_NEED_FLAG)
    columns = list(chosen)
    if with_notes:
        columns += [spec.column(code) for code in spec.free_text]
        columns = list({c.code: c for c in columns}.values())  # a note named twice once
    return columns


def rows(name: str) -> Sequence[Any]:
    """The rows of the list ``name`` (open follow-ups only: the done ones are history)."""
    if name == "cases":
        return cases.list_cases()
    if name == "referrals":
        return referrals.list_referrals()
    if name == "applications":
        return applications.list_applications()
    if name == "followups":
        return followups.list_follow_ups()
    raise ValueError(name)
