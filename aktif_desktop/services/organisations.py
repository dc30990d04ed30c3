"""Partner organisations: list and search, create, update, deactivate, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN, fn

from aktif_desktop import messages
from aktif_desktop.domain import LEGAL_AREAS, OrganisationKind, OrganisationRole
from aktif_desktop.errors import ReferencedError, ValidationError
from aktif_desktop.services import operation_labels as labels
from aktif_desktop.services import validation as check
from aktif_desktop.services.common import (
    clear_references,
    delete_blockers,
    dict_rows,
    filter_rows,
    get_or_fail,
    join_phrases,
    links_by_owner,
    replace_links,
)
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import (
    Contact,
    Organisation,
    OrganisationLegalArea,
)
from aktif_desktop.text import fold

WHAT = "Der Partner"


@dataclass(slots=True, kw_only=True)
class OrganisationData:
    """The editable fields of a partner organisation."""

    name: str
    kind: str = OrganisationKind.OTHER.value
    role: str = OrganisationRole.OTHER.value
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""
    active: bool = True
    legal_areas: tuple[str, ...] = ()


@dataclass(slots=True, kw_only=True)
class OrganisationRow(OrganisationData):
    """A stored organisation as the lists and forms show it."""

    id: int
    version: int = 1
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    contact_count: int = 0
    search_text: str = field(default="", repr=False)

    @property
    def kind_label(self) -> str:
        return OrganisationKind(self.kind).label

    @property
    def role_label(self) -> str:
        return OrganisationRole(self.role).label

    @property
    def legal_area_labels(self) -> str:
        return ", ".join(LEGAL_AREAS[code] for code in self.legal_areas)

    def data(self) -> OrganisationData:
        """Return the editable part, for a form."""
        names = OrganisationData.__dataclass_fields__
        return OrganisationData(**{name: getattr(self, name) for name in names})


def _validated(data: OrganisationData) -> OrganisationData:
    return OrganisationData(
        name=check.text(data.name, "Name", required=True),
        kind=check.choice(data.kind, OrganisationKind, "Art").value,
        role=check.choice(data.role, OrganisationRole, "Rolle im Verbund").value,
        street=check.text(data.street, "Straße"),
        postcode=check.postcode(data.postcode),
        city=check.text(data.city, "Ort"),
        phone=check.phone(data.phone),
        email=check.email(data.email),
        website=check.url(data.website),
        notes=check.text(data.notes, "Notizen", limit=check.MAX_TEXT),
        active=bool(data.active),
        legal_areas=check.legal_areas(data.legal_areas),
    )


def _ensure_unique_name(name: str, own_id: int | None) -> None:
    query = Organisation.select(Organisation.name).where(Organisation.name_key == fold(name))
    if own_id is not None:
        query = query.where(Organisation.id != own_id)
    existing = query.first()
    if existing is not None:
        raise ValidationError(
            messages.DUPLICATE_ORGANISATION.format(name=existing.name), field="Name"
        )


def _store(record: Organisation, data: OrganisationData, version: int | None = None) -> None:
    for name in OrganisationData.__dataclass_fields__:
        if name != "legal_areas":
            setattr(record, name, getattr(data, name))
    record.name_key = fold(data.name)
    versioned_save(record, version, f"{WHAT} „{data.name}“")
    replace_links(OrganisationLegalArea, "organisation", record.id, data.legal_areas)


@operation(label=labels.creating("Partner"))
def create_organisation(data: OrganisationData) -> OrganisationRow:
    """Create a partner; refuse invalid fields and a name that exists already."""
    valid = _validated(data)
    _ensure_unique_name(valid.name, None)
    record = Organisation()
    _store(record, valid)
    return get_organisation(record.id)


@operation(label=labels.saving("Partner", Organisation))
def update_organisation(
    organisation_id: int, data: OrganisationData, version: int | None = None
) -> OrganisationRow:
    """Change a partner's fields (all of them, as the form holds them); refused
    (StaleRecordError) when the stored version is no longer ``version``."""
    record = get_or_fail(Organisation, organisation_id, WHAT)
    valid = _validated(data)
    _ensure_unique_name(valid.name, organisation_id)
    _store(record, valid, version)
    return get_organisation(organisation_id)


@operation(label=labels.activating)
def set_organisation_active(organisation_id: int, active: bool) -> OrganisationRow:
    """Activate or deactivate a partner (deactivated partners stay in the history)."""
    record = get_or_fail(Organisation, organisation_id, WHAT)
    record.active = active
    record.save()
    return get_organisation(organisation_id)


def organisation_references(organisation_id: int) -> list[str]:
    """Return German phrases for what still refers to the partner ("3 Ansprechpersonen")."""
    return delete_blockers(Organisation._meta.table_name, organisation_id)


@operation(label=labels.deleting("Partner", Organisation))
def delete_organisation(organisation_id: int) -> None:
    """Delete a partner; refused with the reason while anything refers to it."""
    record = get_or_fail(Organisation, organisation_id, WHAT)
    references = organisation_references(organisation_id)
    if references:
        raise ReferencedError(
            messages.ORGANISATION_REFERENCED.format(name=record.name, what=join_phrases(references))
        )
    clear_references(Organisation._meta.table_name, organisation_id)
    record.delete_instance()


def _row(values: dict[str, Any], areas: tuple[str, ...], contacts: int) -> OrganisationRow:
    row = OrganisationRow(
        **{k: v for k, v in values.items() if k in OrganisationRow.__dataclass_fields__},
        legal_areas=areas,
        contact_count=contacts,
    )
    row.search_text = fold(
        " ".join((row.name, row.city, row.kind_label, row.role_label, row.legal_area_labels))
    )
    return row


def get_organisation(organisation_id: int) -> OrganisationRow:
    """Return one partner with its legal areas and contact count."""
    for row in list_organisations(ids=[organisation_id]):
        return row
    get_or_fail(Organisation, organisation_id, WHAT)
    raise AssertionError("unreachable")


def list_organisations(
    search: str = "", *, active_only: bool = False, ids: list[int] | None = None
) -> list[OrganisationRow]:
    """Return partners sorted by name; ``search`` matches name, city, kind and legal areas."""
    contacts = fn.COUNT(Contact.id).alias("contact_count")
    query = (
        Organisation.select(Organisation, contacts)
        .join(Contact, JOIN.LEFT_OUTER, on=(Contact.organisation == Organisation.id))
        .group_by(Organisation.id)
        .order_by(Organisation.name_key)
    )
    if active_only:
        query = query.where(Organisation.active == True)  # noqa: E712 (peewee expression)
    if ids is not None:
        query = query.where(Organisation.id.in_(ids))
    areas = links_by_owner(OrganisationLegalArea, "organisation", ids)
    rows = [
        _row(values, areas.get(int(values["id"]), ()), int(values.pop("contact_count")))
        for values in dict_rows(query)
    ]
    return filter_rows(rows, search)
