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
        (domain.OrganisationRole.OTHER, "sonstige"),
        (domain.AgreementStatus.IN_PROGRESS, "in Arbeit"),
        (domain.SupplyGapStatus.IN_PROGRESS, "in Bearbeitung"),
        (domain.EventStatus.INVITED, "eingeladen"),
    ],
)
def test_shared_codes_keep_their_own_labels(member: domain.LabelledEnum, label: str) -> None:
    assert member.label == label
