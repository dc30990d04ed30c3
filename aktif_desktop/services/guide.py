"""The offers guide (Wegweiser): the partners' Leistungsangebote found by concern, legal circle,
target group and place, and the offers suggested while a referral is entered.

Contact details of persons follow the rule of the phone directory (``exports/directory.py``):
the responsible contact's name, direct number and e-mail appear only when she is active and
consented to sharing (``Contact.consent_share``); otherwise the row carries the partner's
general phone and e-mail and no name of a person.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from aktif_desktop import messages
from aktif_desktop.casework import Concern
from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.services import validation as check
from aktif_desktop.services.casework_common import codes, labels_of, split_codes
from aktif_desktop.services.common import dict_rows, links_by_owner
from aktif_desktop.storage.models import (
    Contact,
    Organisation,
    OrganisationLegalArea,
    Service,
    ServiceLegalArea,
)
from aktif_desktop.text import fold


@dataclass(frozen=True, slots=True, kw_only=True)
class GuideRow:
    """One offer as the guide shows it: what, who, where, whom to call."""

    service_id: int
    offer: str
    description: str
    target_group: str
    concerns: tuple[str, ...]
    legal_areas: tuple[str, ...]  # the offer's, else its partner's
    organisation_id: int
    partner: str
    street: str
    postcode: str
    city: str
    contact_name: str  # "" unless the contact consented to sharing
    phone: str
    email: str
    personal: bool  # phone/e-mail are a person's direct ones (she consented)

    @property
    def address(self) -> str:
        place = " ".join(part for part in (self.postcode, self.city) if part)
        return ", ".join(part for part in (self.street, place) if part)

    @property
    def concern_labels(self) -> str:
        return labels_of(self.concerns, Concern)

    @property
    def legal_area_labels(self) -> str:
        return ", ".join(LEGAL_AREAS[code] for code in self.legal_areas)


def _query() -> list[dict[str, object]]:
    query = (
        Service.select(
            Service.id,
            Service.name,
            Service.description,
            Service.target_group,
            Service.concerns,
            Organisation.id.alias("organisation_id"),
            Organisation.name.alias("partner"),
            Organisation.street,
            Organisation.postcode,
            Organisation.city,
            Organisation.phone.alias("partner_phone"),
            Organisation.email.alias("partner_email"),
            Contact.first_name,
            Contact.last_name,
            Contact.title,
            Contact.phone.alias("contact_phone"),
            Contact.mobile.alias("contact_mobile"),
            Contact.email.alias("contact_email"),
            Contact.active.alias("contact_active"),
            Contact.consent_share,
        )
        .join(Organisation, on=(Service.organisation == Organisation.id))
        .switch(Service)
        .join(Contact, JOIN.LEFT_OUTER, on=(Service.contact == Contact.id))
        .where(Organisation.active == True)  # noqa: E712 - peewee builds SQL from ==
        .order_by(Organisation.name_key, Service.name)
    )
    return dict_rows(query)


def _row(values: dict[str, object], areas: tuple[str, ...]) -> GuideRow:
    shared = bool(values["consent_share"]) and bool(values["contact_active"])
    name = " ".join(str(values[key]) for key in ("title", "first_name", "last_name") if values[key])
    phone = str(values["contact_phone"] or values["contact_mobile"] or "") if shared else ""
    email = str(values["contact_email"] or "") if shared else ""
    return GuideRow(
        service_id=int(str(values["id"])),
        offer=str(values["name"]),
        description=str(values["description"] or ""),
        target_group=str(values["target_group"] or ""),
        concerns=split_codes(str(values["concerns"] or "")),
        legal_areas=areas,
        organisation_id=int(str(values["organisation_id"])),
        partner=str(values["partner"]),
        street=str(values["street"] or ""),
        postcode=str(values["postcode"] or ""),
        city=str(values["city"] or ""),
        contact_name=name if shared else "",
        phone=phone or str(values["partner_phone"] or ""),
        email=email or str(values["partner_email"] or ""),
        personal=shared and bool(phone or email),
    )


def all_offers() -> list[GuideRow]:
    """Every offer of an active partner, by partner and offer name."""
    offer_areas = links_by_owner(ServiceLegalArea, "service")
    partner_areas = links_by_owner(OrganisationLegalArea, "organisation")
    rows = []
    for values in _query():
        service_id = int(str(values["id"]))
        areas = offer_areas.get(service_id) or partner_areas.get(
            int(str(values["organisation_id"])), ()
        )
        rows.append(_row(values, areas))
    return rows


def search_offers(
    *,
    concern: str = "",
    legal_areas: tuple[str, ...] = (),
    target_group: str = "",
    place: str = "",
) -> list[GuideRow]:
    """Offers answering ``concern`` (code or label), in any of ``legal_areas``, whose target
    group contains ``target_group`` and whose partner's city or postcode contains ``place``
    (case and accents ignored). Empty criteria do not filter."""
    wanted = codes([concern], Concern, "Anliegen") if concern.strip() else ()
    areas = set(check.legal_areas(legal_areas))
    group, where = fold(target_group), fold(place)
    result = []
    for row in all_offers():
        if wanted and wanted[0] not in row.concerns:
            continue
        if areas and not areas.intersection(row.legal_areas):
            continue
        if group and group not in fold(row.target_group):
            continue
        if where and where not in fold(row.city) and where not in fold(row.postcode):
            continue
        result.append(row)
    return result


def suggest_offers(
    concern: str, *, legal_areas: tuple[str, ...] = (), limit: int = 5
) -> list[GuideRow]:
    """The offers to suggest while a referral for ``concern`` is entered, best first.

    Only offers answering the concern are suggested; those sharing more of ``legal_areas``
    come first, then those with a person to call directly, then by partner name.
    """
    if not concern.strip() or limit < 1:
        return []
    wanted = set(check.legal_areas(legal_areas))
    matches = search_offers(concern=concern)

    def rank(row: GuideRow) -> tuple[int, int, str, str]:
        shared = len(wanted.intersection(row.legal_areas))
        return (-shared, 0 if row.personal else 1, fold(row.partner), fold(row.offer))

    return sorted(matches, key=rank)[:limit]


def group_by_concern(rows: list[GuideRow]) -> list[tuple[str, list[GuideRow]]]:
    """(German heading, rows) per concern in the vocabulary's order; an offer answering two
    concerns appears under both; offers answering none come last under "Weitere Angebote"."""
    groups: list[tuple[str, list[GuideRow]]] = []
    for member in Concern:
        found = [row for row in rows if member.value in row.concerns]
        if found:
            groups.append((member.label, found))
    rest = [row for row in rows if not row.concerns]
    if rest:
        groups.append((messages.GUIDE_OTHER_OFFERS, rest))
    return groups
