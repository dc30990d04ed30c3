"""Family cases of the Lotsen work: pseudonymous, known by a generated code only.

A case holds its referrals, applications and follow-ups (deleting it deletes them). No field
asks for a family member's name; the note's hint says not to write one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import IntegrityError, fn

from aktif_desktop import clock, messages
from aktif_desktop.casework import (
    APPLICATION_FINAL,
    REFERRAL_FINAL,
    AgeBand,
    ApplicationStatus,
    FollowUpKind,
    ReferralStatus,
    case_code,
)
from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.errors import NotFoundError, ValidationError
from aktif_desktop.services import validation as check
from aktif_desktop.services.casework_common import (
    case_label,
    codes,
    join_codes,
    split_codes,
)
from aktif_desktop.services.common import get_or_fail, tuple_rows
from aktif_desktop.services.concurrency import serialise_writes, versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import (
    Application,
    FamilyCase,
    FamilyCaseRelease,
    FollowUp,
    Organisation,
    Referral,
)
from aktif_desktop.text import fold

WHAT = "Die Familie"


@dataclass(slots=True, kw_only=True)
class CaseData:
    """The editable fields of a case (everything optional but the day it was opened)."""

    household_size: int | None = None
    children: int | None = None
    child_age_bands: tuple[str, ...] = ()
    single_parent: bool = False
    legal_areas: tuple[str, ...] = ()
    note: str = ""
    release_on: dt.date | None = None
    release_until: dt.date | None = None
    release_partner_ids: tuple[int, ...] = ()
    opened_on: dt.date | None = None  # None: today


@dataclass(slots=True, kw_only=True)
class CaseRow(CaseData):
    """A stored case with what the list shows about its referrals, applications, follow-ups."""

    id: int
    code: str
    version: int = 1
    referral_count: int = 0
    application_count: int = 0
    open_follow_ups: int = 0
    next_due: dt.date | None = None
    last_activity: dt.date | None = None
    concerns: tuple[str, ...] = ()  # of its referrals
    partner_ids: tuple[int, ...] = ()  # referred to or applied at
    referral_statuses: tuple[str, ...] = ()
    application_statuses: tuple[str, ...] = ()
    release_partner_names: tuple[str, ...] = ()
    search_text: str = field(default="", repr=False)

    @property
    def open(self) -> bool:
        """True while a referral or application is not finished."""
        return any(ReferralStatus(s) not in REFERRAL_FINAL for s in self.referral_statuses) or any(
            ApplicationStatus(s) not in APPLICATION_FINAL for s in self.application_statuses
        )

    @property
    def legal_area_labels(self) -> str:
        return ", ".join(LEGAL_AREAS.get(code, code) for code in self.legal_areas)

    @property
    def age_band_labels(self) -> str:
        return ", ".join(AgeBand(code).label for code in self.child_age_bands)


def next_code(year: int | None = None) -> str:
    """The next free code of the year: ``F-2026-0043`` after ``F-2026-0042``.

    Inside a write transaction the code stays free until its commit: the other programs'
    writes wait (:func:`~aktif_desktop.services.concurrency.serialise_writes`).
    """
    serialise_writes()
    year = year or clock.today().year
    prefix = case_code(year, 0)[:-4]
    highest = (
        FamilyCase.select(fn.MAX(FamilyCase.code))
        .where(FamilyCase.code.startswith(prefix))
        .scalar()
    )
    number = int(str(highest)[len(prefix) :]) + 1 if highest else 1
    return case_code(year, number)


def _validated(data: CaseData) -> CaseData:
    household = check.number(data.household_size, "Haushaltsgröße", low=1, high=30, integer=True)
    children = check.number(data.children, "Zahl der Kinder", low=0, high=25, integer=True)
    if household is not None and children is not None and children > household:
        raise ValidationError(
            messages.CASE_CHILDREN_ABOVE_HOUSEHOLD.format(children=children, household=household),
            field="Zahl der Kinder",
        )
    if data.release_on and data.release_until and data.release_until < data.release_on:
        raise ValidationError(messages.CASE_RELEASE_DATES, field="gültig bis")
    partners = tuple(dict.fromkeys(data.release_partner_ids))
    if partners and data.release_on is None:
        raise ValidationError(messages.CASE_RELEASE_WITHOUT_DATE, field="erteilt am")
    for partner_id in partners:
        get_or_fail(Organisation, partner_id, "Der Partner")
    return CaseData(
        household_size=int(household) if household is not None else None,
        children=int(children) if children is not None else None,
        child_age_bands=codes(data.child_age_bands, AgeBand, "Altersgruppen"),
        single_parent=bool(data.single_parent),
        legal_areas=check.legal_areas(data.legal_areas),
        note=check.text(data.note, "Notiz", limit=check.MAX_TEXT),
        release_on=data.release_on,
        release_until=data.release_until,
        release_partner_ids=partners,
        opened_on=data.opened_on or clock.today(),
    )


def _store(record: FamilyCase, data: CaseData, version: int | None = None) -> None:
    record.household_size, record.children = data.household_size, data.children
    record.child_age_bands = join_codes(data.child_age_bands)
    record.single_parent = data.single_parent
    record.legal_areas = join_codes(data.legal_areas)
    record.note = data.note
    record.release_on, record.release_until = data.release_on, data.release_until
    record.opened_on = data.opened_on or clock.today()
    versioned_save(record, version, f"{WHAT} {record.code}")
    FamilyCaseRelease.delete().where(FamilyCaseRelease.family_case == record.id).execute()
    for partner_id in data.release_partner_ids:
        FamilyCaseRelease.create(family_case=record.id, organisation=partner_id)
    _sync_release_follow_up(record)


def _sync_release_follow_up(record: FamilyCase) -> None:
    """One open follow-up on the day the release runs out (none without an end)."""
    query = FollowUp.select().where(
        (FollowUp.family_case == record.id)
        & (FollowUp.kind == FollowUpKind.RELEASE.value)
        & FollowUp.done_on.is_null()
    )
    existing = query.first()
    if record.release_until is None:
        if existing is not None:
            existing.delete_instance()
        return
    if existing is None:
        existing = FollowUp(family_case=record.id, kind=FollowUpKind.RELEASE.value)
    if existing.due_on != record.release_until:
        existing.due_on = record.release_until
        existing.what = messages.FOLLOW_UP_RELEASE_WHAT
        versioned_save(existing)


@operation(label=lambda *_a, **_k: messages.LABEL_CASE_CREATE.format(code=next_code()))
def create_case(data: CaseData) -> CaseRow:
    """Open a case under the next free code of the year."""
    valid = _validated(data)
    record = FamilyCase(code=next_code())
    try:
        _store(record, valid)
    except IntegrityError:
        # Two programs took the same number at once (the write lock makes this rare).
        raise ValidationError(messages.CASE_CODE_TAKEN.format(code=record.code)) from None
    return get_case(record.id)


@operation(label=case_label(messages.LABEL_CASE_SAVE))
def update_case(case_id: int, data: CaseData, version: int | None = None) -> CaseRow:
    """Change a case; refused (StaleRecordError) when it changed since ``version`` was read."""
    record = get_or_fail(FamilyCase, case_id, WHAT)
    _store(record, _validated(data), version)
    return get_case(case_id)


@operation(label=case_label(messages.LABEL_CASE_DELETE))
def delete_case(case_id: int) -> None:
    """Delete a case with all its referrals, applications and follow-ups."""
    get_or_fail(FamilyCase, case_id, WHAT).delete_instance()


def get_case(case_id: int) -> CaseRow:
    """One case with its figures; NotFoundError when it is gone."""
    rows = list_cases(ids=[case_id])
    if not rows:
        raise NotFoundError(messages.NOT_FOUND.format(what=WHAT, id=case_id))
    return rows[0]


def find_case(code: str) -> CaseRow:
    """The case with this code (any case, spaces ignored); German NotFoundError otherwise."""
    wanted = code.strip().upper()
    record = FamilyCase.get_or_none(FamilyCase.code == wanted)
    if record is None:
        raise NotFoundError(messages.CASE_NOT_FOUND.format(code=code.strip()))
    return get_case(record.id)


def list_cases(
    search: str = "",
    *,
    concern: str | None = None,
    partner_id: int | None = None,
    referral_status: str | None = None,
    open_follow_ups: bool = False,
    ids: list[int] | None = None,
) -> list[CaseRow]:
    """Cases, newest code first, with the filters of the cases page."""
    query = FamilyCase.select().order_by(FamilyCase.code.desc())
    if ids is not None:
        query = query.where(FamilyCase.id.in_(ids))
    rows = {record.id: _row(record) for record in query}
    # One case (a form's save, the case view) reads only its own rows, not every referral.
    _add_referrals(rows, ids)
    _add_applications(rows, ids)
    _add_follow_ups(rows, ids)
    _add_releases(rows, ids)
    result = list(rows.values())
    if concern:
        result = [row for row in result if concern in row.concerns]
    if partner_id is not None:
        result = [row for row in result if partner_id in row.partner_ids]
    if referral_status:
        result = [row for row in result if referral_status in row.referral_statuses]
    if open_follow_ups:
        result = [row for row in result if row.open_follow_ups]
    wanted = fold(search)
    if wanted:
        result = [row for row in result if all(w in row.search_text for w in wanted.split())]
    return result


def _row(record: FamilyCase) -> CaseRow:
    return CaseRow(
        id=record.id,
        code=record.code,
        version=record.version,
        household_size=record.household_size,
        children=record.children,
        child_age_bands=split_codes(record.child_age_bands),
        single_parent=bool(record.single_parent),
        legal_areas=split_codes(record.legal_areas),
        note=record.note,
        release_on=record.release_on,
        release_until=record.release_until,
        opened_on=record.opened_on,
        last_activity=record.opened_on,
    )


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max(d for d in (a, b) if d) if (a or b) else None


def _only(query: Any, column: Any, ids: list[int] | None) -> Any:
    return query if ids is None else query.where(column.in_(ids))


def _add_referrals(rows: dict[int, CaseRow], ids: list[int] | None) -> None:
    query = Referral.select(
        Referral.family_case,
        Referral.concern,
        Referral.organisation,
        Referral.status,
        Referral.status_changed_on,
        Organisation.name,
    ).join(Organisation, on=(Referral.organisation == Organisation.id))
    query = _only(query, Referral.family_case, ids)
    for case_id, concern, partner, status, changed, partner_name in tuple_rows(query):
        row = rows.get(case_id)
        if row is None:
            continue
        row.referral_count += 1
        row.concerns = tuple(dict.fromkeys((*row.concerns, concern)))
        row.partner_ids = tuple(dict.fromkeys((*row.partner_ids, partner)))
        row.referral_statuses = (*row.referral_statuses, status)
        row.last_activity = _later(row.last_activity, changed)
        row.search_text += " " + fold(partner_name)


def _add_applications(rows: dict[int, CaseRow], ids: list[int] | None) -> None:
    query = Application.select(
        Application.family_case,
        Application.authority,
        Application.status,
        Application.status_changed_on,
        Organisation.name,
    ).join(Organisation, on=(Application.authority == Organisation.id))
    query = _only(query, Application.family_case, ids)
    for case_id, authority, status, changed, authority_name in tuple_rows(query):
        row = rows.get(case_id)
        if row is None:
            continue
        row.application_count += 1
        row.partner_ids = tuple(dict.fromkeys((*row.partner_ids, authority)))
        row.application_statuses = (*row.application_statuses, status)
        row.last_activity = _later(row.last_activity, changed)
        row.search_text += " " + fold(authority_name)


def _add_follow_ups(rows: dict[int, CaseRow], ids: list[int] | None) -> None:
    query = (
        FollowUp.select(FollowUp.family_case, fn.COUNT(FollowUp.id), fn.MIN(FollowUp.due_on))
        .where(FollowUp.done_on.is_null())
        .group_by(FollowUp.family_case)
    )
    query = _only(query, FollowUp.family_case, ids)
    for case_id, count, due in tuple_rows(query):
        row = rows.get(case_id)
        if row is not None:
            row.open_follow_ups = int(count)
            row.next_due = dt.date.fromisoformat(str(due)) if due else None


def _add_releases(rows: dict[int, CaseRow], ids: list[int] | None) -> None:
    query = (
        FamilyCaseRelease.select(
            FamilyCaseRelease.family_case, FamilyCaseRelease.organisation, Organisation.name
        )
        .join(Organisation, on=(FamilyCaseRelease.organisation == Organisation.id))
        .order_by(Organisation.name_key)
    )
    query = _only(query, FamilyCaseRelease.family_case, ids)
    for case_id, partner_id, name in tuple_rows(query):
        row = rows.get(case_id)
        if row is not None:
            row.release_partner_ids = (*row.release_partner_ids, partner_id)
            row.release_partner_names = (*row.release_partner_names, name)
    for row in rows.values():
        row.search_text = fold(f"{row.code} {row.note}") + row.search_text
