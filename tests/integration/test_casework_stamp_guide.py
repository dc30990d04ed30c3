"""The project stamp, the concerns of offers and the offers guide (search, suggestions,
consent to sharing honoured) as services over a real database file."""

from __future__ import annotations

import pytest

from aktif_desktop.errors import ValidationError
from aktif_desktop.services import contacts, guide, offers, operations, stamp
from aktif_desktop.services.offers import ServiceData
from tests.integration import casework_documents_data as data


def test_stamp_is_empty_by_default_and_documents_refuse(db) -> None:
    assert stamp.load_stamp() == stamp.Stamp()
    with pytest.raises(ValidationError, match="Bitte tragen Sie zuerst den Projektstempel"):
        stamp.required_stamp()


def test_stamp_saved_read_back_and_undone(db) -> None:
    saved = stamp.save_stamp(
        stamp.Stamp(project="  Verbund Weißenbach ", email=" Lotsen@Verbund.DE ", phone="0351 1")
    )
    assert saved.project == "Verbund Weißenbach" and saved.email == "lotsen@verbund.de"
    assert stamp.load_stamp() == saved
    assert stamp.required_stamp().lines() == [
        "Verbund Weißenbach",
        "Tel. 0351 1",
        "lotsen@verbund.de",
    ]
    stamp.save_stamp(stamp.Stamp(project="Neu"))
    assert stamp.load_stamp().project == "Neu"
    operations.undo()
    assert stamp.load_stamp() == saved  # one undo step restores every field


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"project": "P", "phone": "null-drei-fünf"}, "Telefon (Stempel)"),
        ({"project": "P", "email": "lotsen@verbund"}, "E-Mail (Stempel)"),
        ({"email": "lotsen@verbund.de"}, "Projektname"),  # a stamp without a name
        ({"project": "P" * 201}, "Projektname"),
    ],
)
def test_stamp_refusals_name_the_field(db, fields: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        stamp.save_stamp(stamp.Stamp(**fields))
    assert caught.value.field == field
    assert stamp.load_stamp() == stamp.Stamp()  # nothing stored


def test_offer_concerns_validated_stored_and_read(db) -> None:
    world = data.build()
    row = offers.list_services(ids=[world.shared_offer])[0]
    assert row.concerns == ("child_supplement", "education_package")
    assert row.concern_labels == "Kinderzuschlag, Bildung und Teilhabe"
    changed = offers.update_service(
        row.id,
        ServiceData(
            organisation_id=world.family_office,
            name=row.name,
            concerns=("Wohngeld", "child_supplement", "Wohngeld"),  # labels, codes, twice
        ),
        row.version,
    )
    assert changed.concerns == ("child_supplement", "housing_benefit")
    with pytest.raises(ValidationError, match="Anliegen"):
        offers.create_service(
            ServiceData(organisation_id=world.family_office, name="X", concerns=("Sternenkunde",))
        )


def test_guide_search_filters(db) -> None:
    data.build()
    assert [r.offer for r in guide.search_offers(concern="Kinderzuschlag")] == [
        "Kinderzuschlag-Beratung",
        "Beratung Bürgergeld für Alleinerziehende",
    ]
    assert [r.offer for r in guide.search_offers(legal_areas=("SGB II",))] == [
        "Beratung Bürgergeld für Alleinerziehende",
        "Offene Sprechstunde",  # no own legal area: the partner's counts
    ]
    assert [r.offer for r in guide.search_offers(target_group="alleinerz")] == [
        "Beratung Bürgergeld für Alleinerziehende"
    ]
    assert [r.partner for r in guide.search_offers(place="DRESDEN")] == ["Familienkasse Sachsen"]
    assert [r.partner for r in guide.search_offers(place="0415")] == ["Jobcenter Leipzig"] * 2
    assert guide.search_offers(concern="housing_benefit") == []
    with pytest.raises(ValidationError):
        guide.search_offers(concern="Sternenkunde")


def test_guide_honours_consent_to_sharing(db) -> None:
    world = data.build()
    rows = {row.service_id: row for row in guide.all_offers()}
    shared, hidden = rows[world.shared_offer], rows[world.hidden_offer]
    assert (shared.contact_name, shared.phone, shared.personal) == (
        "Petra Adler",
        data.SHARED_PHONE,
        True,
    )
    # Herr Berg did not consent: neither his name nor his number, the Jobcenter's instead.
    assert (hidden.contact_name, hidden.phone, hidden.personal) == ("", data.JOBCENTER_PHONE, False)
    assert hidden.email == "jobcenter-leipzig@jobcenter-ge.de"
    # Consent withdrawn (or the contact made inactive): the direct number disappears too.
    adler = contacts.get_contact(world.shared_contact)
    adler.consent_share = False
    contacts.update_contact(adler.id, adler, adler.version)
    again = {row.service_id: row for row in guide.all_offers()}[world.shared_offer]
    assert (again.contact_name, again.phone) == ("", data.FAMILY_OFFICE_PHONE)


def test_suggestions_rank_by_legal_area_then_direct_contact(db) -> None:
    data.build()
    plain = guide.suggest_offers("child_supplement")
    assert [r.offer for r in plain] == [
        "Kinderzuschlag-Beratung",  # a person to call directly comes first
        "Beratung Bürgergeld für Alleinerziehende",
    ]
    by_area = guide.suggest_offers("Kinderzuschlag", legal_areas=("SGB2",))
    assert by_area[0].offer == "Beratung Bürgergeld für Alleinerziehende"
    assert len(guide.suggest_offers("child_supplement", limit=1)) == 1
    assert guide.suggest_offers("") == [] and guide.suggest_offers("debt") == []
    assert guide.suggest_offers("child_supplement", limit=0) == []


def test_groups_by_concern_with_other_offers_last(db) -> None:
    data.build()
    groups = guide.group_by_concern(guide.all_offers())
    assert [heading for heading, _ in groups] == [
        "Kinderzuschlag",
        "Bildung und Teilhabe",
        "Bürgergeld / SGB II",
        "Weitere Angebote",
    ]
    assert [r.offer for r in groups[-1][1]] == ["Offene Sprechstunde"]


def test_inactive_partner_is_not_in_the_guide(db) -> None:
    from aktif_desktop.services import organisations

    world = data.build()
    jobcenter = organisations.get_organisation(world.jobcenter)
    jobcenter.active = False
    organisations.update_organisation(jobcenter.id, jobcenter, jobcenter.version)
    assert {r.partner for r in guide.all_offers()} == {"Familienkasse Sachsen"}
