"""Every member of every enum has its own German label, even where codes repeat across enums."""

from __future__ import annotations

import pytest

from aktif_desktop import domain

ENUMS = [
    domain.OrganisationKind,
    domain.OrganisationRole,
    domain.EventKind,
    domain.EventStatus,
    domain.ParticipationStatus,
    domain.AgreementStatus,
    domain.SupplyGapStatus,
]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_labels_are_distinct_within_each_enum_and_round_trip(enum: type) -> None:
    labels = [member.label for member in enum]
    assert len(set(labels)) == len(labels)
    for member in enum:
        assert enum.parse(member.label) is member
        assert enum.parse(member.value) is member


@pytest.mark.parametrize(
    ("member", "label"),
    [
        (domain.OrganisationKind.OTHER, "Sonstige"),
        (domain.OrganisationRole.OTHER, "Sonstige"),
        (domain.AgreementStatus.IN_PROGRESS, "in Bearbeitung"),
        (domain.SupplyGapStatus.IN_PROGRESS, "in Bearbeitung"),
        (domain.EventStatus.INVITED, "eingeladen"),
    ],
)
def test_shared_codes_keep_their_own_labels(member: domain.LabelledEnum, label: str) -> None:
    assert member.label == label


def test_one_word_for_one_thing_across_enums() -> None:
    others = [domain.OrganisationKind.OTHER, domain.OrganisationRole.OTHER]
    assert {member.label for member in others} | {domain.LEGAL_AREAS["OTHER"]} == {"Sonstige"}
    assert domain.AgreementStatus.IN_PROGRESS.label == domain.SupplyGapStatus.IN_PROGRESS.label
    # A file written with the earlier label still imports.
    assert domain.AgreementStatus.parse("in Arbeit") is domain.AgreementStatus.IN_PROGRESS


def test_counts_use_german_digit_grouping() -> None:
    from aktif_desktop.services.common import count_phrase

    assert count_phrase(1, "Seite", "Seiten") == "1 Seite"
    assert count_phrase(3000, "Veranstaltung", "Veranstaltungen") == "3.000 Veranstaltungen"
    assert count_phrase(1340, "Nummer", "Nummern") == "1.340 Nummern"
