"""Agreements and supply gaps of family and structure conferences.

Open items are not copied forward: the next conference of the same kind lists the open items
of all earlier ones ("carried over"), and the dashboard lists them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aktif_desktop import messages
from aktif_desktop.domain import LEGAL_AREAS, AgreementStatus, EventKind, SupplyGapStatus
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import operation_labels as labels
from aktif_desktop.services import validation as check
from aktif_desktop.services.common import (
    dict_rows,
    get_or_fail,
    links_by_owner,
    replace_links,
)
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import Agreement, Event, SupplyGap, SupplyGapLegalArea

CONFERENCE_KINDS = (EventKind.FAMILY_CONFERENCE.value, EventKind.STRUCTURE_CONFERENCE.value)


@dataclass(slots=True, kw_only=True)
class AgreementData:
    who: str
    what: str
    due: dt.date | None = None
    status: str = AgreementStatus.OPEN.value
    note: str = ""


@dataclass(slots=True, kw_only=True)
class AgreementRow(AgreementData):
    id: int
    event_id: int
    version: int = 1
    event_title: str = ""
    event_start: dt.datetime | None = None

    @property
    def status_label(self) -> str:
        return AgreementStatus(self.status).label

    @property
    def is_open(self) -> bool:
        return self.status != AgreementStatus.DONE


@dataclass(slots=True, kw_only=True)
class SupplyGapData:
    title: str
    description: str = ""
    status: str = SupplyGapStatus.OPEN.value
    legal_areas: tuple[str, ...] = ()


@dataclass(slots=True, kw_only=True)
class SupplyGapRow(SupplyGapData):
    id: int
    event_id: int
    version: int = 1
    event_title: str = ""
    event_start: dt.datetime | None = None

    @property
    def status_label(self) -> str:
        return SupplyGapStatus(self.status).label

    @property
    def legal_area_labels(self) -> str:
        return ", ".join(LEGAL_AREAS[code] for code in self.legal_areas)

    @property
    def is_open(self) -> bool:
        return self.status != SupplyGapStatus.CLOSED


def _conference(event_id: int) -> Event:
    event = get_or_fail(Event, event_id, "Die Veranstaltung")
    if event.kind not in CONFERENCE_KINDS:
        raise ValidationError(messages.CONFERENCE_ONLY)
    return event


def _valid_agreement(data: AgreementData) -> AgreementData:
    return AgreementData(
        who=check.text(data.who, "Wer", required=True),
        what=check.text(data.what, "Was", required=True, limit=check.MAX_TEXT),
        due=data.due,
        status=check.choice(data.status, AgreementStatus, "Status").value,
        note=check.text(data.note, "Notiz", limit=check.MAX_TEXT),
    )


@operation(label=labels.creating("Vereinbarung"))
def create_agreement(event_id: int, data: AgreementData) -> AgreementRow:
    """Record what a conference agreed: who does what by when."""
    _conference(event_id)
    valid = _valid_agreement(data)
    record = Agreement.create(event=event_id, **vars_of(valid))
    return list_agreements(ids=[record.id])[0]


@operation(label=labels.saving("Vereinbarung", Agreement))
def update_agreement(
    agreement_id: int, data: AgreementData, version: int | None = None
) -> AgreementRow:
    """Change an agreement (typically its status); refused (StaleRecordError) when it changed
    since ``version`` was read."""
    record = get_or_fail(Agreement, agreement_id, "Die Vereinbarung")
    valid = _valid_agreement(data)
    for name, value in vars_of(valid).items():
        setattr(record, name, value)
    versioned_save(record, version, f"Die Vereinbarung „{valid.what[:60]}“")
    return list_agreements(ids=[agreement_id])[0]


@operation(label=labels.deleting("Vereinbarung", Agreement))
def delete_agreement(agreement_id: int) -> None:
    get_or_fail(Agreement, agreement_id, "Die Vereinbarung").delete_instance()


def list_agreements(
    *, event_id: int | None = None, open_only: bool = False, ids: list[int] | None = None
) -> list[AgreementRow]:
    """Return agreements, oldest conference first."""
    query = (
        Agreement.select(
            Agreement, Event.title.alias("event_title"), Event.start.alias("event_start")
        )
        .join(Event)
        .order_by(Event.start, Agreement.id)
    )
    if event_id is not None:
        query = query.where(Agreement.event == event_id)
    if open_only:
        query = query.where(Agreement.status != AgreementStatus.DONE.value)
    if ids is not None:
        query = query.where(Agreement.id.in_(ids))
    rows = []
    for values in dict_rows(query):
        values["event_id"] = values.pop("event")
        values.pop("created_at"), values.pop("updated_at")
        rows.append(AgreementRow(**values))
    return rows


def _valid_gap(data: SupplyGapData) -> SupplyGapData:
    return SupplyGapData(
        title=check.text(data.title, "Titel", required=True),
        description=check.text(data.description, "Beschreibung", limit=check.MAX_TEXT),
        status=check.choice(data.status, SupplyGapStatus, "Status").value,
        legal_areas=check.legal_areas(data.legal_areas),
    )


@operation(label=labels.creating("Versorgungslücke"))
def create_supply_gap(event_id: int, data: SupplyGapData) -> SupplyGapRow:
    """Record a supply gap named at a conference."""
    _conference(event_id)
    valid = _valid_gap(data)
    record = SupplyGap.create(
        event=event_id, title=valid.title, description=valid.description, status=valid.status
    )
    replace_links(SupplyGapLegalArea, "supply_gap", record.id, valid.legal_areas)
    return list_supply_gaps(ids=[record.id])[0]


@operation(label=labels.saving("Versorgungslücke", SupplyGap))
def update_supply_gap(gap_id: int, data: SupplyGapData, version: int | None = None) -> SupplyGapRow:
    """Change a supply gap; refused (StaleRecordError) when it changed since ``version``."""
    record = get_or_fail(SupplyGap, gap_id, "Die Versorgungslücke")
    valid = _valid_gap(data)
    record.title, record.description, record.status = valid.title, valid.description, valid.status
    versioned_save(record, version, f"Die Versorgungslücke „{valid.title}“")
    replace_links(SupplyGapLegalArea, "supply_gap", gap_id, valid.legal_areas)
    return list_supply_gaps(ids=[gap_id])[0]


@operation(label=labels.deleting("Versorgungslücke", SupplyGap))
def delete_supply_gap(gap_id: int) -> None:
    get_or_fail(SupplyGap, gap_id, "Die Versorgungslücke").delete_instance()


def list_supply_gaps(
    *, event_id: int | None = None, open_only: bool = False, ids: list[int] | None = None
) -> list[SupplyGapRow]:
    """Return supply gaps, oldest conference first."""
    query = (
        SupplyGap.select(
            SupplyGap, Event.title.alias("event_title"), Event.start.alias("event_start")
        )
        .join(Event)
        .order_by(Event.start, SupplyGap.id)
    )
    if event_id is not None:
        query = query.where(SupplyGap.event == event_id)
    if open_only:
        query = query.where(SupplyGap.status != SupplyGapStatus.CLOSED.value)
    if ids is not None:
        query = query.where(SupplyGap.id.in_(ids))
    areas = links_by_owner(SupplyGapLegalArea, "supply_gap")
    rows = []
    for values in dict_rows(query):
        values["event_id"] = values.pop("event")
        values.pop("created_at"), values.pop("updated_at")
        rows.append(SupplyGapRow(**values, legal_areas=areas.get(values["id"], ())))
    return rows


def carried_over(event_id: int) -> tuple[list[AgreementRow], list[SupplyGapRow]]:
    """Return the open agreements and gaps of earlier conferences of the same kind."""
    event = _conference(event_id)
    earlier = [
        e.id
        for e in Event.select(Event.id).where(
            (Event.kind == event.kind) & (Event.start < event.start)
        )
    ]
    agreements = [row for row in list_agreements(open_only=True) if row.event_id in earlier]
    gaps = [row for row in list_supply_gaps(open_only=True) if row.event_id in earlier]
    return agreements, gaps


def vars_of(data: AgreementData) -> dict[str, object]:
    return {name: getattr(data, name) for name in AgreementData.__dataclass_fields__}
