"""Merging two contacts or two organisations into one, keeping everything of both.

The user chooses, for each field that differs, which record's value stays ("keep" or
"drop"; for notes and topics also "both", the default). Nothing that hangs on the dropped
record is lost: participations, certificates and notes move to the kept one; for a partner
also its contacts, offers, organised events and legal areas.

When both contacts are on the list of the same event, one participation must go (an event
lists a person once). The one with a certificate stays (a certificate number is never
lost; both having one is refused); otherwise the one with the "higher" status, ranked by
what it proves: teilgenommen > entschuldigt > nicht erschienen > angemeldet > Warteliste >
eingeladen — an outcome beats a plan, and attendance is what reports and certificates need.
The other participation's note is appended to the kept one. All in one transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from aktif_desktop import messages, registry
from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import audit, contacts, organisations
from aktif_desktop.services import operation_labels as labels
from aktif_desktop.services.common import get_or_fail
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import (
    Certificate,
    Contact,
    Event,
    Organisation,
    Participation,
)

STATUS_RANK = {
    Status.ATTENDED: 6,
    Status.EXCUSED: 5,
    Status.NO_SHOW: 4,
    Status.REGISTERED: 3,
    Status.WAITLISTED: 2,
    Status.INVITED: 1,
}
JOINABLE = frozenset({"notes", "topics"})


class MergeChoice(StrEnum):
    """Which value of a differing field stays."""

    KEEP = "keep"
    DROP = "drop"
    BOTH = "both"  # notes and topics joined, legal areas united


CONTACT_LABELS = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "organisation_id": "Einrichtung",
    "function": "Funktion",
    "phone": "Telefon (direkt)",
    "mobile": "Mobil",
    "email": "E-Mail",
    "topics": "Themen",
    "notes": "Notizen",
    "active": "Aktiv",
    "consent_share": "Einwilligung Weitergabe",
    "consent_share_date": "Einwilligung am",
    "consent_lists": "Einwilligung Teilnahmelisten",
    "consent_lists_date": "Einwilligung Listen am",
    "consent_scope": "Umfang der Einwilligung",
    "consent_recorded_by": "Einwilligung erfasst von",
    "verified_at": "Geprüft am",
    "gender": "Geschlecht",
}
ORGANISATION_LABELS = {
    "name": "Name",
    "kind": "Art",
    "role": "Rolle im Verbund",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "phone": "Telefon",
    "email": "E-Mail",
    "website": "Internet",
    "notes": "Notizen",
    "active": "Aktiv",
    "legal_areas": "Rechtskreise",
}


@dataclass(slots=True)
class FieldDifference:
    """A field whose values differ: what each record holds (as text) and the default."""

    name: str
    label: str
    keep_text: str
    drop_text: str
    default: MergeChoice


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)


def _differences(
    keep: object, drop: object, labels: dict[str, str], shown: dict[str, tuple[str, str]]
) -> list[FieldDifference]:
    result = []
    for name, label in labels.items():
        a, b = getattr(keep, name), getattr(drop, name)
        if a == b:
            continue
        texts = shown.get(name, (_text(a), _text(b)))
        if name in JOINABLE and a and b:
            default = MergeChoice.BOTH
        elif a not in ("", None, ()) or b in ("", None, ()):
            default = MergeChoice.KEEP
        else:
            default = MergeChoice.DROP
        result.append(FieldDifference(name, label, texts[0], texts[1], default))
    return result


def _merged_value(name: str, a: object, b: object, choice: str) -> object:
    if choice == MergeChoice.DROP:
        return b
    if choice == MergeChoice.BOTH and name in JOINABLE and a and b:
        return f"{a}\n\n{b}"
    if choice == MergeChoice.BOTH and isinstance(a, tuple):
        return tuple(dict.fromkeys((*a, *b)))  # type: ignore[misc]
    return a


def _choices(diffs: list[FieldDifference], chosen: dict[str, str] | None) -> dict[str, str]:
    return {d.name: (chosen or {}).get(d.name, d.default) for d in diffs}


def contact_differences(keep_id: int, drop_id: int) -> list[FieldDifference]:
    """The differing fields of two contacts, for the merge dialog."""
    keep, drop = contacts.get_contact(keep_id), contacts.get_contact(drop_id)
    shown = {"organisation_id": (keep.organisation_name, drop.organisation_name)}
    return _differences(keep.data(), drop.data(), CONTACT_LABELS, shown)


def _winner(keep: Participation, drop: Participation, event: Event) -> Participation:
    certified = {
        c.participation_id: c.number  # type: ignore[attr-defined, unused-ignore]
        for c in Certificate.select().where(Certificate.participation.in_([keep.id, drop.id]))
    }
    if len(certified) == 2:
        raise ValidationError(
            messages.MERGE_BOTH_CERTIFIED.format(
                event=event.title, first=certified[keep.id], second=certified[drop.id]
            )
        )
    if certified:
        return keep if keep.id in certified else drop
    rank_keep, rank_drop = STATUS_RANK[Status(keep.status)], STATUS_RANK[Status(drop.status)]
    return drop if rank_drop > rank_keep else keep


def move_participations(field: Any, keep_id: int, drop_id: int) -> None:
    """The merge mover of participations (see the registry): an event lists a person once, so
    where both contacts are on one event's list only the stronger participation stays."""
    if field is not Participation.contact:
        move_references_of(field, keep_id, drop_id)
        return
    kept = Participation.select().where(Participation.contact == keep_id)
    kept_at = {p.event_id: p for p in kept}  # type: ignore[attr-defined, unused-ignore]
    for moving in Participation.select().where(Participation.contact == drop_id):
        event_id = moving.event_id  # type: ignore[attr-defined, unused-ignore]
        other = kept_at.get(event_id)
        if other is None:
            moving.contact = keep_id  # type: ignore[assignment, unused-ignore]
            moving.save()
            continue
        winner = _winner(other, moving, Event.get_by_id(event_id))
        loser = moving if winner is other else other
        winner.note = "\n".join(n for n in (winner.note, loser.note) if n)
        loser.delete_instance()
        winner.contact = keep_id  # type: ignore[assignment, unused-ignore]
        winner.save()


def move_references_of(field: Any, keep_id: int, drop_id: int) -> None:
    """Re-point the foreign key ``field`` from ``drop_id`` to ``keep_id`` (the default mover)."""
    field.model.update({field: keep_id}).where(field == drop_id).execute()


def move_references(table: str, keep_id: int, drop_id: int) -> None:
    """Move every row of a declared kind that refers to ``drop_id`` of ``table`` over to
    ``keep_id``, each kind by its own mover (see :mod:`aktif_desktop.registry`)."""
    for reference in registry.references_to(table):
        mover = reference.kind.merge_mover or move_references_of
        mover(reference.field, keep_id, drop_id)


@operation(label=labels.merging(Contact))
def merge_contacts(
    keep_id: int, drop_id: int, chosen: dict[str, str] | None = None
) -> contacts.ContactRow:
    """Merge contact ``drop_id`` into ``keep_id``; ``chosen`` maps field -> keep/drop/both."""
    if keep_id == drop_id:
        raise ValidationError(messages.MERGE_SAME_RECORD)
    keep, drop = contacts.get_contact(keep_id), contacts.get_contact(drop_id)
    choices = _choices(contact_differences(keep_id, drop_id), chosen)
    values: dict[str, Any] = {
        name: _merged_value(
            name, getattr(keep, name), getattr(drop, name), choices.get(name, MergeChoice.KEEP)
        )
        for name in CONTACT_LABELS
    }
    move_references(Contact._meta.table_name, keep_id, drop_id)
    get_or_fail(Contact, drop_id, contacts.WHAT).delete_instance()
    # Start from every stored field of A, so a field added later is never reset by a merge.
    data = dataclasses.replace(keep.data(), **values)
    merged = contacts.update_contact(keep_id, data)
    audit.record_merge(Contact._meta.table_name, keep_id, drop_id)
    return merged


def organisation_differences(keep_id: int, drop_id: int) -> list[FieldDifference]:
    """The differing fields of two organisations, for the merge dialog."""
    keep = organisations.get_organisation(keep_id)
    drop = organisations.get_organisation(drop_id)
    diffs = _differences(keep.data(), drop.data(), ORGANISATION_LABELS, {})
    for diff in diffs:
        if diff.name == "legal_areas":
            diff.default = MergeChoice.BOTH  # legal areas of both partners: a union loses nothing
            diff.keep_text = keep.legal_area_labels
            diff.drop_text = drop.legal_area_labels
    return diffs


@operation(label=labels.merging(Organisation, "Partner"))
def merge_organisations(
    keep_id: int, drop_id: int, chosen: dict[str, str] | None = None
) -> organisations.OrganisationRow:
    """Merge partner ``drop_id`` into ``keep_id``: contacts, offers and events move over."""
    if keep_id == drop_id:
        raise ValidationError(messages.MERGE_SAME_RECORD)
    keep = organisations.get_organisation(keep_id)
    drop = organisations.get_organisation(drop_id)
    choices = _choices(organisation_differences(keep_id, drop_id), chosen)
    values: dict[str, Any] = {
        name: _merged_value(
            name, getattr(keep, name), getattr(drop, name), choices.get(name, MergeChoice.KEEP)
        )
        for name in ORGANISATION_LABELS
    }
    move_references(Organisation._meta.table_name, keep_id, drop_id)
    get_or_fail(Organisation, drop_id, organisations.WHAT).delete_instance()
    data = dataclasses.replace(keep.data(), **values)
    merged = organisations.update_organisation(keep_id, data)
    audit.record_merge(Organisation._meta.table_name, keep_id, drop_id)
    return merged
