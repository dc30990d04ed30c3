"""Applications the project helped with (Kinderzuschlag, BuT, Wohngeld, …), with their flow.

An application starts as "eingereicht". A Rückfrage or Nachforderung of the authority records
what is asked and by when as a follow-up of the case; leaving that status marks it done.
Steps follow :data:`aktif_desktop.casework.APPLICATION_TRANSITIONS`; a refused step names the
allowed ones. Processing days run from submission to the decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aktif_desktop import clock, messages
from aktif_desktop.casework import (
    APPLICATION_ASKING,
    APPLICATION_DECIDED,
    APPLICATION_TRANSITIONS,
    ApplicationStatus,
    Benefit,
    EducationPart,
    FollowUpKind,
    allowed_labels,
)
from aktif_desktop.errors import NotFoundError, TransitionError, ValidationError
from aktif_desktop.services import validation as check
from aktif_desktop.services.casework_common import (
    codes,
    data_case_label,
    german,
    join_codes,
    labels_of,
    not_in_future,
    owner_case_label,
    split_codes,
)
from aktif_desktop.services.common import dict_rows, get_or_fail, tuple_rows
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import Application, FamilyCase, FollowUp, Organisation

WHAT = "Der Antrag"
Status = ApplicationStatus


@dataclass(slots=True, kw_only=True)
class ApplicationData:
    """The fields of an application as the form and ``application add`` give them."""

    family_case_id: int
    benefit: str
    authority_id: int
    submitted_on: dt.date | None = None  # None: today
    education_parts: tuple[str, ...] = ()
    stamped: bool = True
    note: str = ""


@dataclass(slots=True, kw_only=True)
class ApplicationRow(ApplicationData):
    """A stored application with its authority's address and its open request."""

    id: int
    version: int = 1
    case_code: str = ""
    authority_name: str = ""
    authority_street: str = ""
    authority_postcode: str = ""
    authority_city: str = ""
    authority_phone: str = ""
    authority_email: str = ""
    status: str = Status.SUBMITTED.value
    status_changed_on: dt.date | None = None
    decided_on: dt.date | None = None
    request_what: str = ""
    request_due: dt.date | None = None

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def benefit_label(self) -> str:
        label = Benefit(self.benefit).label
        parts = labels_of(self.education_parts, EducationPart)
        return f"{label} ({parts})" if parts else label

    @property
    def processing_days(self) -> int | None:
        """Days from submission to the decision (None while undecided)."""
        if self.decided_on is None or self.submitted_on is None:
            return None
        return (self.decided_on - self.submitted_on).days

    @property
    def waiting_days(self) -> int | None:
        """Days since submission while no decision came."""
        if self.decided_on is not None or self.submitted_on is None:
            return None
        return (clock.today() - self.submitted_on).days


def allowed_steps(status: str) -> list[str]:
    """The statuses an application in ``status`` may move to, in flow order."""
    return [s.value for s in Status if s in APPLICATION_TRANSITIONS[Status(status)]]


def _validated(data: ApplicationData) -> ApplicationData:
    get_or_fail(FamilyCase, data.family_case_id, "Die Familie")
    get_or_fail(Organisation, data.authority_id, "Die Behörde")
    benefit = check.choice(data.benefit, Benefit, "Leistung")
    parts = codes(data.education_parts, EducationPart, "Teile von Bildung und Teilhabe")
    if parts and benefit is not Benefit.EDUCATION_PACKAGE:
        raise ValidationError(messages.APPLICATION_PARTS_ONLY_BUT, field="Teile")
    if benefit is Benefit.EDUCATION_PACKAGE and not parts:
        raise ValidationError(messages.APPLICATION_PARTS_MISSING, field="Teile")
    submitted = not_in_future(data.submitted_on or clock.today(), "eingereicht am")
    return ApplicationData(
        family_case_id=data.family_case_id,
        benefit=benefit.value,
        authority_id=data.authority_id,
        submitted_on=submitted,
        education_parts=parts,
        stamped=bool(data.stamped),
        note=check.text(data.note, "Notiz", limit=check.MAX_TEXT),
    )


def _store(record: Application, data: ApplicationData, version: int | None = None) -> None:
    if record.id is None:
        record.status = Status.SUBMITTED.value
        record.status_changed_on = clock.today()
    elif record.decided_on and data.submitted_on and record.decided_on < data.submitted_on:
        raise ValidationError(
            messages.APPLICATION_DECIDED_BEFORE.format(
                decided=german(record.decided_on), submitted=german(data.submitted_on)
            ),
            field="eingereicht am",
        )
    record.family_case_id = data.family_case_id
    record.benefit, record.authority_id = data.benefit, data.authority_id
    record.education_parts = join_codes(data.education_parts)
    record.submitted_on = data.submitted_on or clock.today()
    record.stamped, record.note = data.stamped, data.note
    versioned_save(record, version, WHAT)


@operation(label=data_case_label(messages.LABEL_APPLICATION_CREATE))
def create_application(data: ApplicationData) -> ApplicationRow:
    """Record a submitted application."""
    record = Application()
    _store(record, _validated(data))
    return get_application(record.id)


@operation(label=owner_case_label(messages.LABEL_APPLICATION_SAVE, Application))
def update_application(
    application_id: int, data: ApplicationData, version: int | None = None
) -> ApplicationRow:
    """Change the fields of an application (its status changes through ``set_status``)."""
    record = get_or_fail(Application, application_id, WHAT)
    _store(record, _validated(data), version)
    return get_application(application_id)


@operation(label=owner_case_label(messages.LABEL_APPLICATION_STATUS, Application))
def set_status(
    application_id: int,
    status: str,
    *,
    asked: str = "",
    due: dt.date | None = None,
    on: dt.date | None = None,
    version: int | None = None,
) -> ApplicationRow:
    """One step of the flow. A Rückfrage/Nachforderung needs ``asked`` and ``due``; a decision
    is dated ``on`` (default today)."""
    record = get_or_fail(Application, application_id, WHAT)
    old, new = Status(record.status), check.choice(status, Status, "Status")
    if old == new and new not in APPLICATION_ASKING:
        return get_application(application_id)
    if old != new and new not in APPLICATION_TRANSITIONS[old]:
        raise TransitionError(
            messages.APPLICATION_STEP_REFUSED.format(
                old=old.label, new=new.label, allowed=allowed_labels(APPLICATION_TRANSITIONS, old)
            )
        )
    day = not_in_future(on or clock.today(), "Datum")
    assert day is not None
    if new in APPLICATION_ASKING:
        asked = check.text(asked, "Was wird gefragt", limit=check.MAX_TEXT)
        if not asked:
            raise ValidationError(
                messages.APPLICATION_ASK_NEEDS_TEXT.format(status=new.label), field="Was"
            )
        if due is None:
            raise ValidationError(
                messages.APPLICATION_ASK_NEEDS_DUE.format(status=new.label), field="Frist"
            )
    _close_requests(record, day)
    if new in APPLICATION_ASKING:
        assert due is not None
        kind = FollowUpKind.QUERY if new is Status.QUERY else FollowUpKind.MISSING_DOCUMENTS
        FollowUp.create(
            family_case=record.family_case_id,
            application=record.id,
            kind=kind.value,
            due_on=due,
            what=asked,
        )
    if new in APPLICATION_DECIDED:
        if record.submitted_on and day < record.submitted_on:
            raise ValidationError(
                messages.APPLICATION_DECIDED_BEFORE.format(
                    decided=german(day), submitted=german(record.submitted_on)
                ),
                field="Datum",
            )
        record.decided_on = day
    elif new is not Status.WITHDRAWN:
        record.decided_on = None
    record.status, record.status_changed_on = new.value, day
    versioned_save(record, version, WHAT)
    return get_application(application_id)


def _close_requests(record: Application, day: dt.date) -> None:
    """What the authority asked is answered once the application moves on."""
    FollowUp.update(done_on=day, version=FollowUp.version + 1).where(
        (FollowUp.application == record.id) & FollowUp.done_on.is_null()
    ).execute()


@operation(label=owner_case_label(messages.LABEL_APPLICATION_DELETE, Application))
def delete_application(application_id: int) -> None:
    """Delete an application with its follow-ups."""
    get_or_fail(Application, application_id, WHAT).delete_instance()


def get_application(application_id: int) -> ApplicationRow:
    """One application; NotFoundError when it is gone."""
    rows = list_applications(ids=[application_id])
    if not rows:
        raise NotFoundError(messages.NOT_FOUND.format(what=WHAT, id=application_id))
    return rows[0]


def list_applications(
    *,
    case_id: int | None = None,
    ids: list[int] | None = None,
    benefit: str | None = None,
    authority_id: int | None = None,
    status: str | None = None,
    year: int | None = None,
) -> list[ApplicationRow]:
    """Applications, newest first."""
    query = (
        Application.select(
            Application,
            FamilyCase.code.alias("case_code"),
            Organisation.name.alias("authority_name"),
            Organisation.street.alias("authority_street"),
            Organisation.postcode.alias("authority_postcode"),
            Organisation.city.alias("authority_city"),
            Organisation.phone.alias("authority_phone"),
            Organisation.email.alias("authority_email"),
        )
        .join(FamilyCase, on=(Application.family_case == FamilyCase.id))
        .switch(Application)
        .join(Organisation, on=(Application.authority == Organisation.id))
        .order_by(Application.submitted_on.desc(), Application.id.desc())
    )
    if case_id is not None:
        query = query.where(Application.family_case == case_id)
    if ids is not None:
        query = query.where(Application.id.in_(ids))
    if benefit:
        query = query.where(Application.benefit == benefit)
    if authority_id is not None:
        query = query.where(Application.authority == authority_id)
    if status:
        query = query.where(Application.status == status)
    if year is not None:
        query = query.where(Application.submitted_on.year == year)
    requests = {
        application_id: (what, due)
        for application_id, what, due in tuple_rows(
            FollowUp.select(FollowUp.application, FollowUp.what, FollowUp.due_on)
            .where(FollowUp.application.is_null(False) & FollowUp.done_on.is_null())
            .order_by(FollowUp.due_on.desc())
        )
    }
    rows = []
    for values in dict_rows(query):
        values["family_case_id"] = values.pop("family_case")
        values["authority_id"] = values.pop("authority")
        values["education_parts"] = split_codes(values["education_parts"])
        values["stamped"] = bool(values["stamped"])
        for unused in ("created_at", "updated_at"):
            values.pop(unused)
        what, due = requests.get(values["id"], ("", None))
        rows.append(ApplicationRow(**values, request_what=what, request_due=due))
    return rows
