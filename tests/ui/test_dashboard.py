"""The Übersicht: counts follow the data, empty states explain, upcoming events open."""

from __future__ import annotations

import datetime as dt

import pytest

from aktif_desktop.domain import EventKind
from aktif_desktop.services import contacts, events, organisations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.events import EventData
from aktif_desktop.services.organisations import OrganisationData
from ui.dashboard_page import DashboardPage


@pytest.fixture
def page(qtbot):
    widget = DashboardPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.reload()
    return widget


def counts(page: DashboardPage) -> dict[str, str]:
    return {key: tile.number.text() for key, tile in page.tiles.items()}


def test_empty_database_explains_every_list(db, page):
    assert set(counts(page).values()) == {"0"}
    for box in (page.upcoming, page.agreements, page.gaps):
        assert box.empty.isVisible() and not box.table.isVisible()
    assert "Veranstaltungen" in page.upcoming.empty.text()
    assert "Strukturkonferenzen" in page.gaps.empty.text()
    assert "SGB II" in page.missing_label.text()  # nobody attended anything yet


def test_counts_change_with_the_data(db, page):
    org = organisations.create_organisation(OrganisationData(name="Jugendamt"))
    contacts.create_contact(ContactData(last_name="Yilmaz", organisation_id=org.id))
    contacts.create_contact(ContactData(last_name="Inaktiv", active=False))
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(10))
    events.create_event(
        EventData(
            kind=EventKind.WORKSHOP.value,
            title="Workshop Kinderzuschlag",
            start=start,
            end=start + dt.timedelta(hours=2),
            place="Rathaus",
        )
    )
    page.reload()
    assert counts(page)["organisations"] == "1"
    assert counts(page)["contacts"] == "1"
    assert page.upcoming.table.isVisible()
    assert [r.title for r in page.upcoming_model.rows] == ["Workshop Kinderzuschlag"]


def test_demo_shows_open_work_and_opens_an_event(demo_db, page, qtbot):
    data = page.dashboard
    assert counts(page)["agreements"] == str(len(data.open_agreements)) != "0"
    assert page.agreement_model.rowCount() == len(data.open_agreements)
    assert page.gap_model.rowCount() == len(data.open_gaps) > 0
    first = page.upcoming_model.row_at(0)
    with qtbot.waitSignal(page.event_requested) as signal:
        page.upcoming.table.activated.emit(page.upcoming_model.index(0, 1))
    assert signal.args == [first.id]
