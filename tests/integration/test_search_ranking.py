"""Search ranking (issue 16, item 14): name matches first, then name parts, then other fields.

Rows are built through the services on a real SQLite file; ``filter_rows`` (partners, the
picker) and ``LiveSearch`` (contacts) must give the same ranked order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aktif_desktop.services import contacts, organisations
from aktif_desktop.services.common import filter_rows
from ui.widgets.search import LiveSearch

# (last name, first name, function, e-mail); inserted in this order, listed by name.
PEOPLE = [
    ("Adler", "Bernd", "Geschäftsführung", "adler@example.org"),
    ("Bauer", "Schäfer-Lena", "Beratung", ""),
    ("Müller-Schäfer", "Ines", "Leitung", ""),
    ("Schaefer", "Joerg", "Beratung", ""),
    ("Schäfer", "Jörg", "Geschäftsführung", ""),
    ("Zander", "Karl", "Verwaltung", "zander@schaefer-kanzlei.de"),
    ("Zeller", "Anna", "stellv. Geschäftsführung", ""),
]


@pytest.fixture
def people(db: Path) -> list[contacts.ContactRow]:
    for last, first, function, email in PEOPLE:
        contacts.create_contact(
            contacts.ContactData(last_name=last, first_name=first, function=function, email=email)
        )
    return contacts.list_contacts()


def _names(rows: list[contacts.ContactRow]) -> list[str]:
    return [f"{row.first_name} {row.last_name}" for row in rows]


CASES = [
    # the start of a last or first name first (a first name counts as much as a last name,
    # so those keep the name order), then a later name part, then other fields
    (
        "schäf",
        [
            "Schäfer-Lena Bauer",
            "Joerg Schaefer",
            "Jörg Schäfer",
            "Ines Müller-Schäfer",
            "Bernd Adler",
            "Karl Zander",
            "Anna Zeller",
        ],
    ),
    ("schaef", None),  # the folded spelling ranks the same
    ("SCHÄF", None),
    # two words: both at a name start beat one at a name start and one in the function
    ("jörg schäf", ["Joerg Schaefer", "Jörg Schäfer"]),
    ("schäf gesch", ["Jörg Schäfer", "Bernd Adler", "Anna Zeller"]),
    # a later part of a first name, a first name alone
    ("lena", ["Schäfer-Lena Bauer"]),
    ("anna", ["Anna Zeller"]),
    # the e-mail only
    ("kanzlei", ["Karl Zander"]),
    # only other fields: the given (name) order
    ("geschäftsf", ["Bernd Adler", "Jörg Schäfer", "Anna Zeller"]),
    ("beratung", ["Schäfer-Lena Bauer", "Joerg Schaefer"]),
    ("nichtda", []),
]


@pytest.mark.parametrize(("search", "expected"), CASES)
def test_name_matches_come_first(
    people: list[contacts.ContactRow], search: str, expected: list[str] | None
) -> None:
    if expected is None:
        expected = _names(filter_rows(people, "schäf"))
    assert _names(filter_rows(people, search)) == expected
    for live in (LiveSearch(people), LiveSearch(people, indexed=False)):
        assert _names(live.filter(search)) == expected


def test_narrowing_a_ranked_result_ranks_like_a_fresh_search(
    people: list[contacts.ContactRow],
) -> None:
    live = LiveSearch(people)
    for typed in ("s", "sc", "sch", "scha", "schae", "schaef"):
        assert live.filter(typed) == filter_rows(people, typed), typed
    assert _names(live.filter("schaef"))[:3] == [
        "Schäfer-Lena Bauer",
        "Joerg Schaefer",
        "Jörg Schäfer",
    ]


def test_a_partner_whose_name_starts_with_the_word_comes_first(db: Path) -> None:
    for name, city in (
        ("Bürgerhaus Schäferhof", "Köln"),
        ("Geschäftsstelle Familienbildung", "Bonn"),
        ("Jugendhilfe Nord", "Schäferstadt"),
        ("Schäfer Stiftung", "Bonn"),
    ):
        organisations.create_organisation(organisations.OrganisationData(name=name, city=city))
    rows = organisations.list_organisations()
    assert [row.name for row in filter_rows(rows, "schäf")] == [
        "Schäfer Stiftung",
        "Bürgerhaus Schäferhof",
        "Geschäftsstelle Familienbildung",
        "Jugendhilfe Nord",
    ]


def test_an_empty_search_keeps_every_row_in_order(people: list[contacts.ContactRow]) -> None:
    assert filter_rows(people, "   ") == people
    assert LiveSearch(people).filter("") == people
