"""Follow-ups (Wiedervorlagen): every date on which a case must be looked at again.

They come from a referral's follow-up date, from what an authority asked for by a due date,
from a release from confidentiality running out, or are set by hand. One list shows them all;
one click (or key) marks one done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from peewee import JOIN

from aktif_desktop import clock, messages
from aktif_desktop.casework import FollowUpKind
from aktif_desktop.errors import NotFoundError, ValidationError
from aktif_desktop.services import validation as check
from aktif_desktop.services.casework_common import case_label, owner_case_label
from aktif_desktop.services.common import dict_rows, get_or_fail, tuple_rows
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import (
    Application,
    FamilyCase,
    FollowUp,
    Organisation,
    Referral,
)

WHAT = "Die Wiedervorlage"


class Due(StrEnum):
    """Where a follow-up stands today."""

    OVERDUE = "overdue"
    TODAY = "today"
    LATER = "later"
    DONE = "done"


DUE_LABELS = {
    Due.OVERDUE: "überfällig",
    Due.TODAY: "heute fällig",
    Due.LATER: "später",
    Due.DONE: "erledigt",
}


@dataclass(slots=True, kw_only=True)
class FollowUpRow:
    id: int
    family_case_id: int
    case_code: str
    kind: str
    due_on: dt.date
    what: str
    done_on: dt.date | None = None
    referral_id: int | None = None
    application_id: int | None = None
    partner_name: str = ""  # the referral's partner or the application's authority
    version: int = 1

    @property
    def kind_label(self) -> str:
        return FollowUpKind(self.kind).label

    @property
    def due(self) -> Due:
        if self.done_on is not None:
            return Due.DONE
        today = clock.today()
        if self.due_on < today:
            return Due.OVERDUE
        return Due.TODAY if self.due_on == today else Due.LATER

    @property
    def due_label(self) -> str:
        return DUE_LABELS[self.due]


@dataclass(slots=True, frozen=True)
class FollowUpCounts:
    """What the Übersicht shows."""

    overdue: int
    today: int
    next_seven_days: int


def list_follow_ups(
    *,
    due_only: bool = False,
    include_done: bool = False,
    case_id: int | None = None,
    ids: list[int] | None = None,
) -> list[FollowUpRow]:
    """Follow-ups by due date; ``due_only``: those due today or overdue."""
    query = (
        FollowUp.select(
            FollowUp,
            FamilyCase.code,
            Referral.organisation.alias("referral_partner"),
            Application.authority.alias("application_authority"),
        )
        .join(FamilyCase, on=(FollowUp.family_case == FamilyCase.id))
        .switch(FollowUp)
        .join(Referral, JOIN.LEFT_OUTER, on=(FollowUp.referral == Referral.id))
        .switch(FollowUp)
        .join(Application, JOIN.LEFT_OUTER, on=(FollowUp.application == Application.id))
        .order_by(FollowUp.due_on, FamilyCase.code, FollowUp.id)
    )
    if not include_done:
        query = query.where(FollowUp.done_on.is_null())
    if due_only:
        query = query.where(FollowUp.due_on <= clock.today())
    if case_id is not None:
        query = query.where(FollowUp.family_case == case_id)
    if ids is not None:
        query = query.where(FollowUp.id.in_(ids))
    names: dict[int, str] = dict(
        tuple_rows(Organisation.select(Organisation.id, Organisation.name))
    )
    rows = []
    for values in dict_rows(query):
        partner = values["referral_partner"] or values["application_authority"]
        rows.append(
            FollowUpRow(
                id=values["id"],
                family_case_id=values["family_case"],
                case_code=values["code"],
                kind=values["kind"],
                due_on=values["due_on"],
                what=values["what"],
                done_on=values["done_on"],
                referral_id=values["referral"],
                application_id=values["application"],
                partner_name=names.get(partner, "") if partner else "",
                version=values["version"],
            )
        )
    return rows


def get_follow_up(follow_up_id: int) -> FollowUpRow:
    """One follow-up (open or done); NotFoundError when it is gone."""
    rows = list_follow_ups(include_done=True, ids=[follow_up_id])
    if not rows:
        raise NotFoundError(messages.NOT_FOUND.format(what=WHAT, id=follow_up_id))
    return rows[0]


def counts() -> FollowUpCounts:
    """Open follow-ups overdue, due today and due within the next seven days."""
    today = clock.today()
    open_ = FollowUp.select().where(FollowUp.done_on.is_null())
    return FollowUpCounts(
        overdue=open_.where(FollowUp.due_on < today).count(),
        today=open_.where(FollowUp.due_on == today).count(),
        next_seven_days=open_.where(
            (FollowUp.due_on > today) & (FollowUp.due_on <= today + dt.timedelta(days=7))
        ).count(),
    )


@operation(label=case_label(messages.LABEL_FOLLOW_UP_CREATE))
def add_follow_up(case_id: int, due_on: dt.date, what: str) -> FollowUpRow:
    """A follow-up set by hand on a case."""
    get_or_fail(FamilyCase, case_id, "Die Familie")
    text = check.text(what, "Worum geht es", limit=check.MAX_TEXT)
    if not text:
        raise ValidationError(messages.FOLLOW_UP_NEEDS_WHAT, field="Worum geht es")
    record = FollowUp.create(
        family_case=case_id, kind=FollowUpKind.CASE.value, due_on=due_on, what=text
    )
    return get_follow_up(record.id)


@operation(label=owner_case_label(messages.LABEL_FOLLOW_UP_DONE, FollowUp))
def mark_done(
    follow_up_id: int, on: dt.date | None = None, version: int | None = None
) -> FollowUpRow:
    """Mark a follow-up done (today unless ``on``); a done one stays as it is."""
    record = get_or_fail(FollowUp, follow_up_id, WHAT)
    if record.done_on is None:
        record.done_on = on or clock.today()
        versioned_save(record, version, WHAT)
    return get_follow_up(follow_up_id)


@operation(label=owner_case_label(messages.LABEL_FOLLOW_UP_REOPEN, FollowUp))
def reopen(follow_up_id: int, version: int | None = None) -> FollowUpRow:
    """Open a follow-up marked done by mistake."""
    record = get_or_fail(FollowUp, follow_up_id, WHAT)
    if record.done_on is not None:
        record.done_on = None
        versioned_save(record, version, WHAT)
    return get_follow_up(follow_up_id)


@operation(label=owner_case_label(messages.LABEL_FOLLOW_UP_DELETE, FollowUp))
def delete_follow_up(follow_up_id: int) -> None:
    get_or_fail(FollowUp, follow_up_id, WHAT).delete_instance()
