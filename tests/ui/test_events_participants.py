"""Participants of an event: picker, organisation, status flow, waiting list and moving up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.services import contacts, events, organisations, participations
from ui.events import participants as panel_module
from ui.events.common import HIGHLIGHT
from ui.events.participants import ParticipantsPanel

NAMES = [("Anna", "Becker"), ("Bernd", "Krüger"), ("Clara", "Schulz"), ("Deniz", "Yilmaz")]


@pytest.fixture
def small_event(db):
    """An event with two seats, one organisation and four contacts."""
    org = organisations.create_organisation(
        organisations.OrganisationData(name="Jobcenter Lindenau", kind="jobcenter")
    )
    ids = [
        contacts.create_contact(
            contacts.ContactData(first_name=first, last_name=last, organisation_id=org.id)
        ).id
        for first, last in NAMES
    ]
    start = dt.datetime(2027, 2, 8, 14, 0)
    event = events.create_event(
        events.EventData(
            kind="workshop",
            title="Workshop Kinderzuschlag",
            start=start,
            end=start + dt.timedelta(hours=2),
            capacity=2,
        )
    )
    return event, org, ids


@pytest.fixture
def panel(qtbot):
    widget = ParticipantsPanel()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    return widget


def _status_of(panel: ParticipantsPanel, last_name: str) -> str:
    number = panel.model.row_number_of(lambda r: r.last_name == last_name)
    return panel.model.data(panel.model.index(number, 2))


def _select(panel: ParticipantsPanel, last_name: str) -> None:
    panel.select_ids([r.id for r in panel.model.rows if r.last_name == last_name])


def test_nothing_selected_explains_itself(db, panel):
    assert "wählen Sie links" in panel.empty.text()
    assert not panel.add_button.isEnabled()


def test_picker_offers_name_and_organisation(small_event, panel, qtbot):
    event, _, _ = small_event
    panel.set_event(event)
    assert "Krüger, Bernd – Jobcenter Lindenau" in panel.picker.labels()
    assert "Noch niemand auf der Liste" in panel.empty.text()
    qtbot.keyClicks(panel.picker, "kru")
    # umlaut-insensitive: "kru" and "krue" both find Krüger
    assert panel.picker.suggestions() == ["Krüger, Bernd – Jobcenter Lindenau"]
    assert panel.picker.completer().popup().isVisible()
    assert panel.picker.contact_id() is not None
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert [r.last_name for r in panel.model.rows] == ["Krüger"]
    assert panel.picker.text() == ""
    assert panel.bar.text() == "Bernd Krüger wurde als „eingeladen“ hinzugefügt."


def test_picker_completer_popup(small_event, panel, qtbot):
    event, _, _ = small_event
    panel.set_event(event)
    qtbot.keyClicks(panel.picker, "clara job")
    assert panel.picker.suggestions() == ["Schulz, Clara – Jobcenter Lindenau"]
    assert panel.picker.completer().popup().isVisible()
    # choosing in the popup puts the label into the field (Qt's QCompleter does that) …
    panel.picker.setText(panel.picker.suggestions()[0])
    assert panel.picker.suggestions() == ["Schulz, Clara – Jobcenter Lindenau"]
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)  # … and Enter adds the person
    assert [r.last_name for r in panel.model.rows] == ["Schulz"]


def test_ambiguous_text_asks_to_choose(small_event, panel, qtbot):
    event, _, _ = small_event
    panel.set_event(event)
    qtbot.keyClicks(panel.picker, "Jobcenter")  # matches all four
    panel.add_from_picker()
    assert panel.model.rowCount() == 0
    assert "Vorschlagsliste" in panel.bar.text()


def test_waiting_list_and_moving_up_visibly(small_event, panel):
    event, _, ids = small_event
    panel.set_event(event)
    for contact_id in ids[:3]:
        panel.add_contact(contact_id, Status.REGISTERED.value)
    assert "Clara Schulz steht auf der Warteliste" in panel.bar.text()
    panel.add_contact(ids[3], Status.REGISTERED.value)
    assert _status_of(panel, "Schulz") == "Warteliste (Platz 1)"
    assert _status_of(panel, "Yilmaz") == "Warteliste (Platz 2)"
    assert "Warteliste:&nbsp;<b>2</b>" in panel.counts.text()
    assert "Plätze: 2 von 2 belegt, 0 frei" in panel.counts.text()

    _select(panel, "Becker")
    panel.status_buttons[Status.EXCUSED.value].click()

    assert panel.bar.text() == "Clara Schulz ist von der Warteliste nachgerückt."
    assert _status_of(panel, "Becker") == "entschuldigt"
    assert _status_of(panel, "Schulz") == "angemeldet"
    assert _status_of(panel, "Yilmaz") == "Warteliste (Platz 1)"
    number = panel.model.row_number_of(lambda r: r.last_name == "Schulz")
    brush = panel.model.data(panel.model.index(number, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == HIGHLIGHT
    stored = {r.last_name: r.status for r in participations.list_participants(event.id)}
    assert stored == {
        "Becker": "excused",
        "Krüger": "registered",
        "Schulz": "registered",
        "Yilmaz": "waitlisted",
    }


def test_removing_a_registered_person_moves_up_too(small_event, panel, monkeypatch):
    monkeypatch.setattr(panel_module, "ask_yes_no", lambda *args: True)
    event, _, ids = small_event
    panel.set_event(event)
    for contact_id in ids[:3]:
        panel.add_contact(contact_id, Status.REGISTERED.value)
    _select(panel, "Krüger")
    panel.remove_selected()
    assert "1 Person entfernt." in panel.bar.text()
    assert "Clara Schulz ist von der Warteliste nachgerückt." in panel.bar.text()
    assert [r.last_name for r in panel.model.rows] == ["Becker", "Schulz"]


def test_refused_transition_shows_the_service_message(small_event, panel):
    event, _, ids = small_event
    panel.set_event(event)
    panel.add_contact(ids[0], Status.INVITED.value)
    _select(panel, "Becker")
    panel.status_buttons[Status.NO_SHOW.value].click()
    assert "Der Status kann nicht von „eingeladen“ auf „nicht erschienen“" in panel.bar.text()
    assert panel.bar.kind == "error"
    assert _status_of(panel, "Becker") == "eingeladen"


def test_status_button_without_selection(small_event, panel):
    panel.set_event(small_event[0])
    panel.status_buttons[Status.ATTENDED.value].click()
    assert "Bitte wählen Sie zuerst" in panel.bar.text()


def test_add_all_of_an_organisation(small_event, panel):
    event, org, ids = small_event
    panel.set_event(event)
    panel.add_contact(ids[0], Status.INVITED.value)
    panel.add_as.setCurrentIndex(panel.add_as.findData(Status.REGISTERED.value))
    panel.organisation.setCurrentIndex(panel.organisation.findData(org.id))
    panel.add_all_button.click()
    assert panel.bar.text() == (
        "3 Personen von Jobcenter Lindenau hinzugefügt. Davon stehen 1 auf der Warteliste."
    )
    assert panel.model.rowCount() == 4
    panel.add_all_button.click()
    assert "stehen bereits auf der Liste" in panel.bar.text()


def test_cancelled_event_refuses_new_people(small_event, panel):
    event, _, ids = small_event
    cancelled = events.set_event_status(event.id, "cancelled")
    panel.set_event(cancelled)
    panel.add_contact(ids[0], Status.INVITED.value)
    assert "ist abgesagt" in panel.bar.text()


def test_participant_model(demo_db, panel, qtmodeltester):
    panel.set_event(events.get_event(30))
    assert panel.model.rowCount() == 39
    qtmodeltester.check(panel.model)


def test_names_sort_like_a_phone_book(demo_db, panel):
    panel.set_event(events.get_event(30))
    names = [r.last_name for r in panel.model.rows]
    assert names.index("Schäfer") < names.index("Schröder")
