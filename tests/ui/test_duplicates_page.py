"""The "Dubletten" page and the merge dialog with real widgets on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aktif_desktop.services import contacts, organisations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from ui.duplicates_page import DuplicatesPage, MergeDialog


@pytest.fixture
def pairs_db(db: Path) -> dict[str, int]:
    org = organisations.create_organisation(OrganisationData(name="Jugendamt Musterstadt")).id
    organisations.create_organisation(OrganisationData(name="Jugendamt Musterstadt e.V."))

    def add(first: str, last: str, **fields: object) -> int:
        data = ContactData(first_name=first, last_name=last, organisation_id=org, **fields)  # type: ignore[arg-type]
        return contacts.create_contact(data).id

    return {
        "a": add("Anna", "Müller", phone="0351 1"),
        "b": add("ANNA", "Mueller", email="anna@example.de", notes="aus der Liste"),
        "c": add("Bernd", "Schulz"),
    }


def loaded_page(qtbot: QtBot) -> DuplicatesPage:
    page = DuplicatesPage()
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: not page.loading)
    return page


def texts(page: DuplicatesPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_lists_candidate_pairs(qtbot: QtBot, pairs_db: dict[str, int]) -> None:
    page = loaded_page(qtbot)
    assert texts(page) == [
        [
            "Ansprechperson",
            "Anna Müller (Jugendamt Musterstadt)",
            "ANNA Mueller (Jugendamt Musterstadt)",
            "gleicher Name bei gleichem Partner",
            "97 %",
        ],
        [
            "Partner",
            "Jugendamt Musterstadt",
            "Jugendamt Musterstadt e.V.",
            "ähnlicher Name",
            "100 %",
        ],
    ]
    assert page.status.text() == "2 mögliche Dubletten"
    page.search.setText("mueller")
    assert page.model.rowCount() == 1


def test_merge_dialog_offers_each_differing_field(qtbot: QtBot, pairs_db: dict[str, int]) -> None:
    page = loaded_page(qtbot)
    page.table.selectRow(0)
    pair = page.selected()
    assert pair is not None
    dialog = MergeDialog(pair, page)
    qtbot.addWidget(dialog)
    assert dialog.choices() == {
        "first_name": "keep",
        "last_name": "keep",
        "phone": "keep",
        "email": "drop",
        "notes": "drop",
    }
    dialog.groups["last_name"].button(2).setChecked(True)  # take B's spelling
    dialog.merge()
    merged = contacts.get_contact(pairs_db["a"])
    assert (merged.first_name, merged.last_name, merged.phone, merged.email, merged.notes) == (
        "Anna",
        "Mueller",
        "0351 1",
        "anna@example.de",
        "aus der Liste",
    )
    assert len(contacts.list_contacts()) == 2


def test_dismiss_removes_the_pair_for_good(qtbot: QtBot, pairs_db: dict[str, int]) -> None:
    page = loaded_page(qtbot)
    page.table.selectRow(1)
    page.dismiss_selected()
    assert page.model.rowCount() == 1
    again = loaded_page(qtbot)
    assert [row[0] for row in texts(again)] == ["Ansprechperson"]


def test_empty_state(qtbot: QtBot, db: Path) -> None:
    page = loaded_page(qtbot)
    assert page.status.text() == "Keine möglichen Dubletten gefunden."
