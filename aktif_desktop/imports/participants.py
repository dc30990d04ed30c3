"""Participant lists for one event (e.g. a partner's own sign-up list).

Each row is matched to a contact (key, e-mail, name at the organisation, or a unique name);
unknown people are created as contacts first. A person already on the list is reported, or
their status changed when the file gives another one ("x" in an "anwesend" column means
attended).
"""

from __future__ import annotations

from typing import Any

from aktif_desktop import messages
from aktif_desktop.domain import ParticipationStatus
from aktif_desktop.errors import ValidationError
from aktif_desktop.imports import cells
from aktif_desktop.imports.contact_handler import ContactHandler
from aktif_desktop.imports.engine import (
    CHOOSE_NEW,
    CHOOSE_UPDATE,
    DUPLICATE,
    NEW,
    UNCHANGED,
    UPDATED,
    FieldChange,
    ImportPlan,
    RowOutcome,
    SourceRow,
)
from aktif_desktop.imports.matching import person_key, tuples
from aktif_desktop.record_keys import make_key, parse_key
from aktif_desktop.services import participations
from aktif_desktop.services import validation as check
from aktif_desktop.storage.models import Participation
from aktif_desktop.text import fold

Status = ParticipationStatus


class ParticipantHandler(ContactHandler):
    """Adds registrations to ``plan.event_id``, matched to existing contacts."""

    batch = False  # each new contact is registered at once, so it is written at once

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(plan)
        assert plan.event_id is not None  # ImportPlan.check refuses a plan without event
        self.event_id = plan.event_id
        query = Participation.select(
            Participation.id, Participation.contact, Participation.status
        ).where(Participation.event == self.event_id)
        self.listed: dict[int, tuple[int, str]] = {
            contact_id: (participation_id, status)
            for participation_id, contact_id, status in tuples(query)
        }
        self.seen_participations: set[int] = set()

    def status(self, values: dict[str, Any]) -> Status | None:
        """The wanted status from the file, or None when the file gives none."""
        text = str(values.get("status") or "")
        if not text:
            return None
        if fold(text) in cells.TRUE_WORDS:
            return Status.ATTENDED
        if fold(text) in cells.FALSE_WORDS:
            return Status.NO_SHOW
        return Status(check.choice(text, Status, "Status"))

    def find(self, values: dict[str, Any], org_known: bool) -> tuple[int | None, str]:
        text = str(values.get("key") or "")
        parsed = parse_key(text)
        if parsed is not None and parsed[0] == "participation":
            record = Participation.get_or_none(Participation.id == parsed[1])
            event_id = record.event_id if record else None  # type: ignore[attr-defined, unused-ignore]
            if record is None or event_id != self.event_id:
                raise ValidationError(messages.IMPORT_KEY_UNKNOWN.format(key=text))
            self.keyed = True
            self.seen_participations.add(record.id)
            return int(record.contact_id), "key"  # type: ignore[attr-defined, unused-ignore]
        match, how = super().find(values, org_known)
        if match is None and not values.get("organisation"):
            name = person_key(
                str(values.get("first_name") or ""), str(values.get("last_name") or "")
            )
            ids = self.index.by_name.get(name, [])
            if len(ids) > 1:
                full = f"{values.get('first_name') or ''} {values.get('last_name')}".strip()
                raise ValidationError(messages.IMPORT_AMBIGUOUS_NAME.format(name=full))
            if ids:
                return ids[0], "name"
        return match, how

    def process(self, row: SourceRow) -> RowOutcome:
        values = self.names(self.parse(row))
        name = " ".join(str(values.get(n) or "") for n in ("first_name", "last_name")).strip()
        if not values.get("last_name") and not values.get("key"):
            raise ValidationError(messages.IMPORT_NO_NAME)
        wanted = self.status(values)
        org_name = str(values.get("organisation") or "")
        org_known = not org_name or self.orgs.find(org_name) is not None
        contact_id, _how = self.find(values, org_known)
        detail = self.first_seen(self.match_keys(values, contact_id), row.number, name)
        choice = self.choice(row)
        if detail is not None:
            if choice == CHOOSE_NEW:
                contact_id = None
            elif choice != CHOOSE_UPDATE or contact_id is None:
                return self.possible_duplicate(
                    row, name, detail, contact_id, can_update=True, in_file=True
                )
        else:
            choice = ""
        notes = []
        if contact_id is None:
            created = self.create(row, values, name)
            contact_id = created.record_id
            notes = [*created.notes, "Ansprechperson wird neu angelegt"]
        assert contact_id is not None
        if contact_id in self.listed:
            outcome = self.change(row, contact_id, wanted, name)
            return self.chosen(outcome, choice) if choice else outcome
        change = participations.add_participant(
            self.event_id,
            contact_id,
            (wanted or Status.REGISTERED).value,
            str(values.get("note") or ""),
        )
        self.listed[contact_id] = (change.row.id, change.row.status)
        if change.waitlisted:
            notes.append("Veranstaltung ist voll: auf die Warteliste gesetzt")
        outcome = RowOutcome(
            row.number, NEW, change.row.full_name, record_id=change.row.id, notes=notes
        )
        return self.chosen(outcome, choice) if choice else outcome

    def change(
        self, row: SourceRow, contact_id: int, wanted: Status | None, name: str
    ) -> RowOutcome:
        participation_id, current = self.listed[contact_id]
        if wanted is None or wanted == current:
            detail = messages.IMPORT_ALREADY_LISTED.format(name=name)
            status = UNCHANGED if wanted is not None else DUPLICATE
            return RowOutcome(row.number, status, name, detail, participation_id)
        change = participations.record_attendance(self.event_id, contact_id, wanted.value)
        self.listed[contact_id] = (participation_id, change.row.status)
        diff = FieldChange("Status", Status(current).label, change.row.status_label)
        return RowOutcome(
            row.number, UPDATED, change.row.full_name, record_id=participation_id, changes=[diff]
        )

    def missing(self) -> list[str]:
        if not self.seen_participations:
            return []
        rows = participations.list_participants(self.event_id)
        return [
            f"{row.full_name} ({make_key('participation', row.id)})"
            for row in rows
            if row.id not in self.seen_participations
        ]
