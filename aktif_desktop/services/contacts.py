"""Contact persons (Ansprechpersonen): list and search, create, update, delete, directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from aktif_desktop import clock, messages
from aktif_desktop.errors import ReferencedError, ValidationError
from aktif_desktop.esf import Gender
from aktif_desktop.services import operation_labels as labels
from aktif_desktop.services import validation as check
from aktif_desktop.services.audit import os_user
from aktif_desktop.services.common import (
    clear_references,
    delete_blockers,
    dict_rows,
    filter_rows,
    get_or_fail,
    join_phrases,
)
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.services.retention import ANONYMOUS_NAME
from aktif_desktop.storage.models import Contact, Organisation
from aktif_desktop.text import fold

WHAT = "Die Ansprechperson"
STALE_AFTER_DAYS = 365


@dataclass(slots=True, kw_only=True)
class ContactData:
    """The editable fields of a contact person."""

    last_name: str
    first_name: str = ""
    salutation: str = ""
    title: str = ""
    organisation_id: int | None = None
    function: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    topics: str = ""
    notes: str = ""
    active: bool = True
    consent_share: bool = False
    consent_share_date: dt.date | None = None
    consent_lists: bool = False  # consent is only what was given, never a default
    consent_lists_date: dt.date | None = None
    consent_scope: str = ""
    consent_recorded_by: str = ""
    verified_at: dt.date | None = None
    gender: str = Gender.NOT_RECORDED.value  # optional (ESF Plus): a code of esf.Gender


@dataclass(slots=True, kw_only=True)
class ContactRow(ContactData):
    """A stored contact with the name of its organisation."""

    id: int
    version: int = 1
    organisation_name: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    search_text: str = field(default="", repr=False)

    @property
    def full_name(self) -> str:
        """ "Dr. Anna Müller" (title, first and last name)."""
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def sort_name(self) -> str:
        """ "Müller, Anna" for sorted lists."""
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name

    @property
    def gender_label(self) -> str:
        """ "weiblich", …, "nicht erfasst" (an unknown stored code is shown as stored)."""
        try:
            return Gender(self.gender).label
        except ValueError:
            return self.gender

    def is_stale(self, today: dt.date | None = None) -> bool:
        """True when the number was never verified or not within the last 12 months."""
        today = today or clock.today()
        reference = self.verified_at or (self.updated_at.date() if self.updated_at else None)
        return reference is None or (today - reference).days > STALE_AFTER_DAYS

    def data(self) -> ContactData:
        """Return the editable part, for a form."""
        names = ContactData.__dataclass_fields__
        return ContactData(**{name: getattr(self, name) for name in names})


def _validated(data: ContactData) -> ContactData:
    if data.organisation_id is not None:
        get_or_fail(Organisation, data.organisation_id, "Der Partner")
    return validate_fields(data)


def validate_fields(data: ContactData) -> ContactData:
    """Return the fields checked and cleaned (German ValidationError on the first bad one).

    The checks of :func:`create_contact` without the database look-ups (the organisation's
    existence and the unique e-mail), for the import's batch path that has both in memory.
    """
    share_date = data.consent_share_date
    if data.consent_share and share_date is None:
        share_date = clock.today()
    lists_date = data.consent_lists_date
    if data.consent_lists and lists_date is None:
        lists_date = clock.today()
    return ContactData(
        last_name=check.text(data.last_name, "Nachname", required=True),
        first_name=check.text(data.first_name, "Vorname"),
        salutation=check.text(data.salutation, "Anrede"),
        title=check.text(data.title, "Titel"),
        organisation_id=data.organisation_id,
        function=check.text(data.function, "Funktion"),
        phone=check.phone(data.phone, "Telefon (direkt)"),
        mobile=check.phone(data.mobile, "Mobil"),
        email=check.email(data.email),
        topics=check.text(data.topics, "Themen", limit=check.MAX_TEXT),
        notes=check.text(data.notes, "Notizen", limit=check.MAX_TEXT),
        active=bool(data.active),
        consent_share=bool(data.consent_share),
        consent_share_date=share_date if data.consent_share else None,
        consent_lists=bool(data.consent_lists),
        consent_lists_date=lists_date if data.consent_lists else None,
        consent_scope=check.text(data.consent_scope, "Umfang der Einwilligung", limit=2000),
        consent_recorded_by=check.text(data.consent_recorded_by, "Erfasst von")
        or (os_user() if data.consent_share or data.consent_lists else ""),
        verified_at=data.verified_at,
        gender=check.choice(data.gender or "", Gender, "Geschlecht").value,
    )


def find_by_email(email: str, exclude_id: int | None = None) -> ContactRow | None:
    """Return the contact with this e-mail (ignoring case and spaces), if any."""
    address = check.email(email)
    if not address:
        return None
    query = Contact.select(Contact.id).where(Contact.email == address)
    if exclude_id is not None:
        query = query.where(Contact.id != exclude_id)
    record = query.first()
    return get_contact(record.id) if record else None


def _ensure_unique_email(data: ContactData, own_id: int | None) -> None:
    other = find_by_email(data.email, own_id)
    if other is not None:
        raise ValidationError(
            messages.DUPLICATE_CONTACT_EMAIL.format(email=data.email, name=other.full_name),
            field="E-Mail",
        )


def _store(record: Contact, data: ContactData, version: int | None = None) -> None:
    for name in ContactData.__dataclass_fields__:
        if name != "organisation_id":
            setattr(record, name, getattr(data, name))
    record.organisation_id = data.organisation_id
    versioned_save(record, version, f"{WHAT} „{labels.name_of(data)}“")


@operation(label=labels.creating("Ansprechperson"))
def create_contact(data: ContactData) -> ContactRow:
    """Create a contact; refuse invalid fields and an e-mail that another contact has."""
    valid = _validated(data)
    _ensure_unique_email(valid, None)
    record = Contact()
    _store(record, valid)
    return get_contact(record.id)


@operation(label=labels.saving("Ansprechperson", Contact))
def update_contact(contact_id: int, data: ContactData, version: int | None = None) -> ContactRow:
    """Change all editable fields of a contact; refused (StaleRecordError) when the stored
    version is no longer ``version``, the one the caller loaded."""
    record = get_or_fail(Contact, contact_id, WHAT)
    valid = _validated(data)
    _ensure_unique_email(valid, contact_id)
    _store(record, valid, version)
    return get_contact(contact_id)


@operation(label=labels.verifying)
def mark_verified(contact_id: int, on: dt.date | None = None) -> ContactRow:
    """Record that the contact's direct number was checked (today unless given)."""
    record = get_or_fail(Contact, contact_id, WHAT)
    record.verified_at = on or clock.today()
    record.save()
    return get_contact(contact_id)


@operation(label=labels.deleting("Ansprechperson", Contact))
def delete_contact(contact_id: int) -> None:
    """Delete a contact; refused while participations refer to the person."""
    record = get_or_fail(Contact, contact_id, WHAT)
    references = delete_blockers(Contact._meta.table_name, contact_id)
    if references:
        name = " ".join(p for p in (record.first_name, record.last_name) if p)
        what = join_phrases(references)
        raise ReferencedError(messages.CONTACT_REFERENCED.format(name=name, what=what))
    clear_references(Contact._meta.table_name, contact_id)
    record.delete_instance()


def get_contact(contact_id: int) -> ContactRow:
    """Return one contact."""
    rows = list_contacts(ids=[contact_id])
    if not rows:
        get_or_fail(Contact, contact_id, WHAT)
    return rows[0]


def list_contacts(
    search: str = "",
    *,
    organisation_id: int | None = None,
    active_only: bool = False,
    ids: list[int] | None = None,
) -> list[ContactRow]:
    """Return contacts sorted by last and first name.

    ``search`` matches name, organisation, function, topics, e-mail and phone numbers.
    The anonymous placeholders of the deletion runs are left out unless asked for by id.
    """
    query = Contact.select(Contact, Organisation.name.alias("organisation_name")).join(
        Organisation, JOIN.LEFT_OUTER, on=(Contact.organisation == Organisation.id)
    )
    if ids is None:
        query = query.where(~((Contact.last_name == ANONYMOUS_NAME) & (Contact.first_name == "")))
    if organisation_id is not None:
        query = query.where(Contact.organisation == organisation_id)
    if active_only:
        query = query.where(Contact.active == True)  # noqa: E712 (peewee expression)
    if ids is not None:
        query = query.where(Contact.id.in_(ids))
    fields = ContactRow.__dataclass_fields__
    rows = []
    for values in dict_rows(query):
        values["organisation_id"] = values.pop("organisation")
        values["organisation_name"] = values["organisation_name"] or ""
        row = ContactRow(**{k: v for k, v in values.items() if k in fields})
        row.search_text = (
            fold(
                " ".join(
                    (
                        row.first_name,
                        row.last_name,
                        row.organisation_name,
                        row.function,
                        row.topics,
                        row.email,
                        row.phone,
                        row.mobile,
                    )
                )
            )
            + " "
            + "".join(ch for ch in row.phone + " " + row.mobile if ch.isdigit() or ch == " ")
        )
        rows.append(row)
    return _sorted(filter_rows(rows, search))


def _sorted(rows: list[ContactRow]) -> list[ContactRow]:
    return sorted(rows, key=lambda row: (fold(row.last_name), fold(row.first_name), row.id))


@dataclass(slots=True)
class DirectoryGroup:
    """One organisation's entries in the "Goldene Telefonnummern" directory."""

    organisation_name: str
    contacts: list[ContactRow]


def directory(*, only_shareable: bool = False) -> list[DirectoryGroup]:
    """Return active contacts grouped by organisation (sorted), for the phone directory."""
    groups: dict[str, list[ContactRow]] = {}
    for row in list_contacts(active_only=True):
        if only_shareable and not row.consent_share:
            continue
        groups.setdefault(row.organisation_name or "Ohne Einrichtung", []).append(row)
    return [DirectoryGroup(name, groups[name]) for name in sorted(groups, key=fold)]
