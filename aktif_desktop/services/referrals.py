"""Referrals (Verweise) of a family case to a partner, with their status flow.

Status steps follow :data:`aktif_desktop.casework.REFERRAL_TRANSITIONS`; a refused step names
the allowed ones. A follow-up date becomes the referral's open follow-up (Wiedervorlage).
The legal circles of a referral are those of its target partner.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from aktif_desktop import clock, messages
from aktif_desktop.casework import (
    REFERRAL_TRANSITIONS,
    Concern,
    FollowUpKind,
    ReferralResult,
    ReferralStatus,
    allowed_labels,
)
from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.errors import NotFoundError, TransitionError, ValidationError
from aktif_desktop.services import validation as check
from aktif_desktop.services.casework_common import (
    data_case_label,
    german,
    not_in_future,
    owner_case_label,
)
from aktif_desktop.services.common import dict_rows, get_or_fail, links_by_owner, tuple_rows
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import (
    Contact,
    FamilyCase,
    FollowUp,
    Organisation,
    OrganisationLegalArea,
    Referral,
)

WHAT = "Der Verweis"
Status = ReferralStatus
# A result is recorded once the partner answered or the referral ended.
_WITH_RESULT = frozenset({Status.ACCEPTED, Status.DECLINED, Status.NOT_TAKEN_UP, Status.CLOSED})


@dataclass(slots=True, kw_only=True)
class ReferralData:
    """The fields of a referral as the form and ``referral add`` give them."""

    family_case_id: int
    organisation_id: int
    concern: str
    referred_on: dt.date | None = None  # None: today
    referred_by: str = ""
    contact_id: int | None = None
    warm_handover: bool = False
    status: str = Status.PLANNED.value
    result: str = ""
    feedback_on: dt.date | None = None
    follow_up_on: dt.date | None = None
    note: str = ""


@dataclass(slots=True, kw_only=True)
class ReferralRow(ReferralData):
    """A stored referral with the names it refers to."""

    id: int
    version: int = 1
    case_code: str = ""
    organisation_name: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    status_changed_on: dt.date | None = None
    legal_areas: tuple[str, ...] = ()
    follow_up_id: int | None = None

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def concern_label(self) -> str:
        return Concern(self.concern).label

    @property
    def result_label(self) -> str:
        return ReferralResult(self.result).label if self.result else ""

    @property
    def handover_label(self) -> str:
        return "warme Übergabe" if self.warm_handover else "Information"

    @property
    def legal_area_labels(self) -> str:
        return ", ".join(LEGAL_AREAS.get(code, code) for code in self.legal_areas)


def allowed_steps(status: str) -> list[str]:
    """The statuses a referral in ``status`` may move to, in flow order (for the buttons)."""
    return [s.value for s in Status if s in REFERRAL_TRANSITIONS[Status(status)]]


def _validated(data: ReferralData) -> ReferralData:
    get_or_fail(FamilyCase, data.family_case_id, "Die Familie")
    partner = get_or_fail(Organisation, data.organisation_id, "Der Partner")
    if data.contact_id is not None:
        contact = get_or_fail(Contact, data.contact_id, "Die Ansprechperson")
        if contact.organisation_id != partner.id:
            name = f"{contact.first_name} {contact.last_name}".strip()
            raise ValidationError(
                messages.REFERRAL_CONTACT_ELSEWHERE.format(name=name, partner=partner.name),
                field="Ansprechperson",
            )
    referred = not_in_future(data.referred_on or clock.today(), "Datum")
    assert referred is not None
    status = check.choice(data.status, Status, "Status")
    result = check.choice(data.result, ReferralResult, "Ergebnis") if data.result else None
    if result and result is not ReferralResult.NONE and status not in _WITH_RESULT:
        raise ValidationError(messages.REFERRAL_RESULT_TOO_EARLY, field="Ergebnis")
    feedback = not_in_future(data.feedback_on, "Rückmeldung am")
    if feedback is not None and feedback < referred:
        raise ValidationError(
            messages.REFERRAL_FEEDBACK_BEFORE.format(
                feedback=german(feedback), referred=german(referred)
            ),
            field="Rückmeldung am",
        )
    if data.follow_up_on is not None and data.follow_up_on < referred:
        raise ValidationError(
            messages.REFERRAL_FOLLOW_UP_BEFORE.format(
                due=german(data.follow_up_on), referred=german(referred)
            ),
            field="Wiedervorlage",
        )
    return ReferralData(
        family_case_id=data.family_case_id,
        organisation_id=data.organisation_id,
        contact_id=data.contact_id,
        concern=check.choice(data.concern, Concern, "Anliegen").value,
        referred_on=referred,
        referred_by=check.text(data.referred_by, "Verwiesen durch"),
        warm_handover=bool(data.warm_handover),
        status=status.value,
        result=result.value if result else "",
        feedback_on=feedback,
        follow_up_on=data.follow_up_on,
        note=check.text(data.note, "Notiz", limit=check.MAX_TEXT),
    )


def _refuse_step(old: str, new: str) -> None:
    old_status, new_status = Status(old), Status(new)
    if old_status != new_status and new_status not in REFERRAL_TRANSITIONS[old_status]:
        raise TransitionError(
            messages.REFERRAL_STEP_REFUSED.format(
                old=old_status.label,
                new=new_status.label,
                allowed=allowed_labels(REFERRAL_TRANSITIONS, old_status),
            )
        )


def _store(record: Referral, data: ReferralData, version: int | None = None) -> None:
    if record.id is None or record.status != data.status:
        record.status_changed_on = clock.today()
    record.family_case_id = data.family_case_id
    record.organisation_id, record.contact_id = data.organisation_id, data.contact_id
    record.concern, record.referred_on = data.concern, data.referred_on or clock.today()
    record.referred_by, record.warm_handover = data.referred_by, data.warm_handover
    record.status, record.result = data.status, data.result
    record.feedback_on, record.note = data.feedback_on, data.note
    versioned_save(record, version, WHAT)
    _sync_follow_up(record, data.follow_up_on)


def _sync_follow_up(record: Referral, due: dt.date | None) -> None:
    """The referral's one open follow-up: created, moved or removed with the date field."""
    existing = (
        FollowUp.select()
        .where((FollowUp.referral == record.id) & FollowUp.done_on.is_null())
        .order_by(FollowUp.due_on)
        .first()
    )
    if due is None:
        if existing is not None:
            existing.delete_instance()
        return
    if existing is None:
        partner = Organisation.get_by_id(record.organisation_id)
        existing = FollowUp(
            family_case=record.family_case_id,
            referral=record.id,
            kind=FollowUpKind.REFERRAL.value,
            what=messages.FOLLOW_UP_REFERRAL_WHAT.format(partner=partner.name),
        )
    if existing.id is None or existing.due_on != due:
        existing.due_on = due
        versioned_save(existing)


@operation(label=data_case_label(messages.LABEL_REFERRAL_CREATE))
def create_referral(data: ReferralData) -> ReferralRow:
    """Record a referral of a case to a partner (in any status: it may be entered later)."""
    record = Referral()
    _store(record, _validated(data))
    return get_referral(record.id)


@operation(label=owner_case_label(messages.LABEL_REFERRAL_SAVE, Referral))
def update_referral(
    referral_id: int, data: ReferralData, version: int | None = None
) -> ReferralRow:
    """Change a referral; a status change must be a step of the flow."""
    record = get_or_fail(Referral, referral_id, WHAT)
    valid = _validated(data)
    _refuse_step(record.status, valid.status)
    _store(record, valid, version)
    return get_referral(referral_id)


@operation(label=owner_case_label(messages.LABEL_REFERRAL_STATUS, Referral))
def set_referral_status(
    referral_id: int, status: str, *, result: str | None = None, version: int | None = None
) -> ReferralRow:
    """One step of the flow (the status buttons); ``result`` when the partner answered."""
    row = get_referral(referral_id)
    data = ReferralData(**{name: getattr(row, name) for name in ReferralData.__slots__})
    data.status = check.choice(status, Status, "Status").value
    if result is not None:
        data.result = result
    elif data.status not in _WITH_RESULT:
        data.result = ""
    return update_referral(referral_id, data, version)


@operation(label=owner_case_label(messages.LABEL_REFERRAL_DELETE, Referral))
def delete_referral(referral_id: int) -> None:
    """Delete a referral with its follow-ups."""
    get_or_fail(Referral, referral_id, WHAT).delete_instance()


def get_referral(referral_id: int) -> ReferralRow:
    """One referral; NotFoundError when it is gone."""
    rows = list_referrals(ids=[referral_id])
    if not rows:
        raise NotFoundError(messages.NOT_FOUND.format(what=WHAT, id=referral_id))
    return rows[0]


def list_referrals(
    *,
    case_id: int | None = None,
    ids: list[int] | None = None,
    concern: str | None = None,
    organisation_id: int | None = None,
    status: str | None = None,
    year: int | None = None,
) -> list[ReferralRow]:
    """Referrals, newest first."""
    query = (
        Referral.select(
            Referral,
            FamilyCase.code.alias("case_code"),
            Organisation.name.alias("organisation_name"),
            Contact.first_name,
            Contact.last_name,
            Contact.phone.alias("contact_phone"),
        )
        .join(FamilyCase, on=(Referral.family_case == FamilyCase.id))
        .switch(Referral)
        .join(Organisation, on=(Referral.organisation == Organisation.id))
        .switch(Referral)
        .join(Contact, JOIN.LEFT_OUTER, on=(Referral.contact == Contact.id))
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
    )
    if case_id is not None:
        query = query.where(Referral.family_case == case_id)
    if ids is not None:
        query = query.where(Referral.id.in_(ids))
    if concern:
        query = query.where(Referral.concern == concern)
    if organisation_id is not None:
        query = query.where(Referral.organisation == organisation_id)
    if status:
        query = query.where(Referral.status == status)
    if year is not None:
        query = query.where(Referral.referred_on.year == year)
    areas = links_by_owner(OrganisationLegalArea, "organisation")
    open_follow_ups = {
        referral_id: (follow_up_id, due)
        for referral_id, follow_up_id, due in tuple_rows(
            FollowUp.select(FollowUp.referral, FollowUp.id, FollowUp.due_on)
            .where(FollowUp.referral.is_null(False) & FollowUp.done_on.is_null())
            .order_by(FollowUp.due_on.desc())
        )
    }
    rows = []
    for values in dict_rows(query):
        first, last = values.pop("first_name") or "", values.pop("last_name") or ""
        values["family_case_id"] = values.pop("family_case")
        values["organisation_id"] = values.pop("organisation")
        values["contact_id"] = values.pop("contact")
        for unused in ("created_at", "updated_at"):
            values.pop(unused)
        follow_up_id, due = open_follow_ups.get(values["id"], (None, None))
        rows.append(
            ReferralRow(
                **values,
                contact_name=f"{first} {last}".strip(),
                legal_areas=areas.get(values["organisation_id"], ()),
                follow_up_id=follow_up_id,
                follow_up_on=_as_date(due),
            )
        )
    return rows


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
