"""Services (Leistungsangebote) an organisation offers: list, create, update, delete.

An offer names the concerns (Anliegen, ``casework.Concern``) it answers; the offers guide
(``services/guide.py``) and the referral form search by them.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from aktif_desktop import messages
from aktif_desktop.casework import Concern
from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.errors import ReferencedError
from aktif_desktop.services import operation_labels as labels
from aktif_desktop.services import validation as check
from aktif_desktop.services.casework_common import codes, join_codes, labels_of, split_codes
from aktif_desktop.services.common import (
    clear_references,
    delete_blockers,
    dict_rows,
    get_or_fail,
    join_phrases,
    links_by_owner,
    replace_links,
)
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import Contact, Organisation, Service, ServiceLegalArea

WHAT = "Das Leistungsangebot"


@dataclass(slots=True, kw_only=True)
class ServiceData:
    """The editable fields of an offer."""

    organisation_id: int
    name: str
    description: str = ""
    target_group: str = ""
    contact_id: int | None = None
    legal_areas: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()  # codes of casework.Concern


@dataclass(slots=True, kw_only=True)
class ServiceRow(ServiceData):
    """A stored offer with the names it refers to."""

    id: int
    organisation_name: str = ""
    contact_name: str = ""
    version: int = 1

    @property
    def legal_area_labels(self) -> str:
        return ", ".join(LEGAL_AREAS[code] for code in self.legal_areas)

    @property
    def concern_labels(self) -> str:
        return labels_of(self.concerns, Concern)


def _validated(data: ServiceData) -> ServiceData:
    get_or_fail(Organisation, data.organisation_id, "Der Partner")
    if data.contact_id is not None:
        get_or_fail(Contact, data.contact_id, "Die Ansprechperson")
    return ServiceData(
        organisation_id=data.organisation_id,
        name=check.text(data.name, "Bezeichnung", required=True),
        description=check.text(data.description, "Beschreibung", limit=check.MAX_TEXT),
        target_group=check.text(data.target_group, "Zielgruppe"),
        contact_id=data.contact_id,
        legal_areas=check.legal_areas(data.legal_areas),
        concerns=codes(data.concerns, Concern, "Anliegen"),
    )


def _store(record: Service, data: ServiceData, version: int | None = None) -> None:
    record.organisation_id = data.organisation_id
    record.contact_id = data.contact_id
    record.name, record.description = data.name, data.description
    record.target_group = data.target_group
    record.concerns = join_codes(data.concerns)
    versioned_save(record, version, f"{WHAT} „{data.name}“")
    replace_links(ServiceLegalArea, "service", record.id, data.legal_areas)


@operation(label=labels.creating("Leistungsangebot"))
def create_service(data: ServiceData) -> ServiceRow:
    """Create an offer of an organisation."""
    record = Service()
    _store(record, _validated(data))
    return list_services(ids=[record.id])[0]


@operation(label=labels.saving("Leistungsangebot", Service))
def update_service(service_id: int, data: ServiceData, version: int | None = None) -> ServiceRow:
    """Change an offer; refused (StaleRecordError) when it changed since ``version`` was read."""
    record = get_or_fail(Service, service_id, WHAT)
    _store(record, _validated(data), version)
    return list_services(ids=[service_id])[0]


@operation(label=labels.deleting("Leistungsangebot", Service))
def delete_service(service_id: int) -> None:
    """Delete an offer; refused while a declared kind's rows need it (none of the program's own
    kinds do), references that may be emptied are cleared first."""
    record = get_or_fail(Service, service_id, WHAT)
    references = delete_blockers(Service._meta.table_name, service_id)
    if references:
        raise ReferencedError(
            messages.SERVICE_REFERENCED.format(name=record.name, what=join_phrases(references))
        )
    clear_references(Service._meta.table_name, service_id)
    record.delete_instance()


def list_services(
    *, organisation_id: int | None = None, ids: list[int] | None = None
) -> list[ServiceRow]:
    """Return offers sorted by organisation and name."""
    query = (
        Service.select(
            Service.id,
            Service.organisation.alias("organisation_id"),
            Service.name,
            Service.description,
            Service.target_group,
            Service.concerns,
            Service.contact.alias("contact_id"),
            Service.version,
            Organisation.name.alias("organisation_name"),
            Contact.first_name,
            Contact.last_name,
        )
        .join(Organisation, on=(Service.organisation == Organisation.id))
        .switch(Service)
        .join(Contact, JOIN.LEFT_OUTER, on=(Service.contact == Contact.id))
        .order_by(Organisation.name_key, Service.name)
    )
    if organisation_id is not None:
        query = query.where(Service.organisation == organisation_id)
    if ids is not None:
        query = query.where(Service.id.in_(ids))
    areas = links_by_owner(ServiceLegalArea, "service")
    rows = []
    for values in dict_rows(query):
        first, last = values.pop("first_name") or "", values.pop("last_name") or ""
        values["concerns"] = split_codes(values["concerns"])
        rows.append(
            ServiceRow(
                **values,
                contact_name=f"{first} {last}".strip(),
                legal_areas=areas.get(values["id"], ()),
            )
        )
    return rows
