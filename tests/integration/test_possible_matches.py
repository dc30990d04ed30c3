"""``duplicates.possible_matches``: the duplicate finder's rules for one person being typed."""

from __future__ import annotations

from aktif_desktop.services import contacts, duplicates, organisations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData


def _people() -> tuple[int, int, int]:
    jobcenter = organisations.create_organisation(OrganisationData(name="Jobcenter Lindenau"))
    caritas = organisations.create_organisation(OrganisationData(name="Caritas Grünfelde"))
    mueller = contacts.create_contact(
        ContactData(
            first_name="Jörg",
            last_name="Schäfer",
            email="j.schaefer@jobcenter.example",
            organisation_id=jobcenter.id,
        )
    )
    krause = contacts.create_contact(
        ContactData(first_name="Anna", last_name="Krause", organisation_id=caritas.id)
    )
    return jobcenter.id, mueller.id, krause.id


def test_same_folded_name_at_the_same_partner(db):
    jobcenter, schaefer, _ = _people()
    [match] = duplicates.possible_matches("Joerg", "Schaefer", "", jobcenter)
    assert (match.contact_id, match.full_name, match.organisation_name) == (
        schaefer,
        "Jörg Schäfer",
        "Jobcenter Lindenau",
    )
    assert match.reason == "gleicher Name bei gleichem Partner"


def test_same_email_in_another_spelling(db):
    _, schaefer, _ = _people()
    [match] = duplicates.possible_matches("", "", " J.Schaefer@Jobcenter.example ")
    assert match.contact_id == schaefer and match.reason == "gleiche E-Mail-Adresse"


def test_one_typo_in_the_last_name(db):
    _, _, krause = _people()
    [match] = duplicates.possible_matches("Anna", "Krausse")
    assert match.contact_id == krause and match.reason == "ähnlicher Name"


def test_no_match_for_someone_else_or_too_little_text(db):
    _, schaefer, _ = _people()
    assert duplicates.possible_matches("Bernd", "Krüger", "b.krueger@example.org") == []
    assert duplicates.possible_matches("Anna", "K") == []
    assert duplicates.possible_matches("Jörg", "Schäfer", exclude_id=schaefer) == []


def test_a_common_name_alone_is_no_hint(db):
    for _ in range(duplicates.MAX_NAME_GROUP):
        contacts.create_contact(ContactData(first_name="Anna", last_name="Schmidt"))
    assert duplicates.possible_matches("Anna", "Schmidt") == []
