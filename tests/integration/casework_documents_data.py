"""Records the tests of the Lotsen documents share: a stamp, partners with offers (one
contact who consented to sharing, one who did not), a case and an application."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aktif_desktop.services import applications, cases, contacts, offers, organisations, stamp
from aktif_desktop.services.applications import ApplicationData
from aktif_desktop.services.cases import CaseData
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.offers import ServiceData
from aktif_desktop.services.organisations import OrganisationData

STAMP = stamp.Stamp(
    project="Akti(F) Plus Verbund Musterstadt",
    address_1="Familienzentrum, Lindenstraße 12",
    address_2="01067 Dresden",
    phone="0351 4455667",
    email="lotsen@verbund-musterstadt.de",
    contact_person="Katrin Vogel",
)
SHARED_PHONE = "0351 1112223"  # Frau Adler consented to sharing
HIDDEN_PHONE = "0351 9998887"  # Herr Berg did not
HIDDEN_EMAIL = "h.berg@jobcenter-dresden.de"
FAMILY_OFFICE_PHONE = "0800 4555530"
JOBCENTER_PHONE = "0351 80000"


@dataclass(frozen=True, slots=True)
class World:
    family_office: int
    jobcenter: int
    shared_contact: int
    hidden_contact: int
    shared_offer: int
    hidden_offer: int
    plain_offer: int
    case_code: str
    application: int


def build(*, with_stamp: bool = True) -> World:
    if with_stamp:
        stamp.save_stamp(STAMP)
    office = organisations.create_organisation(
        OrganisationData(
            name="Familienkasse Sachsen",
            street="Budapester Straße 30",
            postcode="01069",
            city="Dresden",
            phone=FAMILY_OFFICE_PHONE,
            email="familienkasse-sachsen@arbeitsagentur.de",
            legal_areas=("BKGG",),
        )
    )
    jobcenter = organisations.create_organisation(
        OrganisationData(
            name="Jobcenter Leipzig",
            street="Georg-Schumann-Straße 150",
            postcode="04159",
            city="Leipzig",
            phone=JOBCENTER_PHONE,
            email="jobcenter-leipzig@jobcenter-ge.de",
            legal_areas=("SGB2",),
        )
    )
    shared = contacts.create_contact(
        ContactData(
            last_name="Adler",
            first_name="Petra",
            organisation_id=office.id,
            phone=SHARED_PHONE,
            email="petra.adler@arbeitsagentur.de",
            consent_share=True,
        )
    )
    hidden = contacts.create_contact(
        ContactData(
            last_name="Berg",
            first_name="Holger",
            organisation_id=jobcenter.id,
            phone=HIDDEN_PHONE,
            email=HIDDEN_EMAIL,
            consent_share=False,
        )
    )
    shared_offer = offers.create_service(
        ServiceData(
            organisation_id=office.id,
            name="Kinderzuschlag-Beratung",
            target_group="Familien mit kleinem Einkommen",
            contact_id=shared.id,
            concerns=("child_supplement", "education_package"),
        )
    )
    hidden_offer = offers.create_service(
        ServiceData(
            organisation_id=jobcenter.id,
            name="Beratung Bürgergeld für Alleinerziehende",
            target_group="Alleinerziehende",
            contact_id=hidden.id,
            concerns=("basic_income", "child_supplement"),
            legal_areas=("SGB2",),
        )
    )
    plain_offer = offers.create_service(
        ServiceData(organisation_id=jobcenter.id, name="Offene Sprechstunde")
    )
    case = cases.create_case(CaseData(household_size=4, children=2))
    application = applications.create_application(
        ApplicationData(
            family_case_id=case.id,
            benefit="child_supplement",
            authority_id=office.id,
            submitted_on=dt.date(2026, 11, 20),
        )
    )
    return World(
        family_office=office.id,
        jobcenter=jobcenter.id,
        shared_contact=shared.id,
        hidden_contact=hidden.id,
        shared_offer=shared_offer.id,
        hidden_offer=hidden_offer.id,
        plain_offer=plain_offer.id,
        case_code=case.code,
        application=application.id,
    )
