"""Attendance after the event by keyboard: a few letters, Enter, next name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.services import contacts, events, organisations, participations
from aktif_desktop.text import fold
from ui.events import attendance as attendance_module
from ui.events.attendance import AttendanceDialog, Candidate, rank

LAST_NAMES = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Schulze",
    "Maier",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
    "Huber",
    "Kaiser",
]
FIRST_NAMES = [
    "Anna",
    "Ben",
    "Clara",
    "Dilek",
    "Emil",
    "Frieda",
    "Georg",
    "Hanna",
    "Ilse",
    "Jonas",
    "Karin",
    "Lukas",
    "Mia",
    "Nils",
    "Olga",
    "Paul",
    "Quirin",
    "Rosa",
    "Sven",
    "Tanja",
    "Uwe",
    "Vera",
    "Wilhelm",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Agnes",
    "Bernd",
    "Carla",
    "Dieter",
    "Elif",
    "Fritz",
    "Greta",
    "Heinz",
    "Ida",
    "Jan",
    "Katrin",
    "Lars",
    "Marta",
    "Noah",
]


@pytest.fixture
def forty(db):
    """An event with 40 registered people and 2 invited ones; a walk-in contact on no list."""
    org = organisations.create_organisation(organisations.OrganisationData(name="Jugendamt"))
    start = dt.datetime(2026, 11, 3, 9, 0)
    event = events.create_event(
        events.EventData(
            kind="network_meeting", title="Netzwerktreffen", start=start, end=start, capacity=45
        )
    )
    people = []
    for first, last in zip(FIRST_NAMES, LAST_NAMES, strict=True):
        contact = contacts.create_contact(
            contacts.ContactData(first_name=first, last_name=last, organisation_id=org.id)
        )
        participations.add_participant(event.id, contact.id, Status.REGISTERED.value)
        people.append((first, last))
    for first, last in (("Ole", "Invited"), ("Pia", "Eingeladen")):
        contact = contacts.create_contact(contacts.ContactData(first_name=first, last_name=last))
        participations.add_participant(event.id, contact.id, Status.INVITED.value)
    contacts.create_contact(contacts.ContactData(first_name="Walter", last_name="Spontan"))
    return event, people


@pytest.fixture
def dialog(forty, qtbot):
    widget = AttendanceDialog(forty[0].id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _statuses(event_id: int) -> dict[str, str]:
    return {r.last_name: r.status for r in participations.list_participants(event_id)}


def test_forty_names_by_keyboard(forty, dialog, qtbot):
    event, people = forty
    for first, last in people:
        # A few letters, typed as on a German keyboard without umlauts: "muel" finds Müller.
        typed = f"{fold(last)[:4]} {fold(first)[:2]}"
        qtbot.keyClicks(dialog.entry, typed)
        assert dialog.current().last_name == last, typed
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
        assert dialog.entry.text() == ""
    statuses = _statuses(event.id)
    assert all(statuses[last] == Status.ATTENDED for _, last in people)
    assert statuses["Invited"] == Status.INVITED
    assert len(dialog.marked) == 40
    assert "Teilgenommen: <b>40</b>" in dialog.progress.text()
    assert dialog.log.toPlainText().splitlines()[0] == "✓ Müller, Anna – Jugendamt"


def test_arrow_keys_choose_another_match(forty, dialog, qtbot):
    event, _ = forty
    qtbot.keyClicks(dialog.entry, "schm")  # Schmidt, Schmitt, Schmid
    assert [c.last_name for c in dialog.model.rows] == ["Schmid", "Schmidt", "Schmitt"]
    assert dialog.current().last_name == "Schmid"
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Up)
    assert dialog.current().last_name == "Schmidt"
    assert dialog.entry.hasFocus() or not dialog.isActiveWindow()
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    statuses = _statuses(event.id)
    assert statuses["Schmidt"] == Status.ATTENDED
    assert statuses["Schmid"] == statuses["Schmitt"] == Status.REGISTERED


def test_already_marked_and_unknown_names(forty, dialog, qtbot):
    qtbot.keyClicks(dialog.entry, "weber")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.entry, "weber")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert dialog.bar.text() == "Weber, Emil ist bereits als „teilgenommen“ erfasst."
    qtbot.keyClicks(dialog.entry, "xyz")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert "Niemand passt zu „xyz“" in dialog.bar.text()
    assert dialog.entry.text() == "xyz"


def test_walk_in_not_on_the_list_is_added(forty, dialog, qtbot):
    event, _ = forty
    qtbot.keyClicks(dialog.entry, "spon")
    assert dialog.current().status_label == "nicht auf der Liste"
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert _statuses(event.id)["Spontan"] == Status.ATTENDED


def test_undo_the_last_entry(forty, dialog, qtbot):
    event, _ = forty
    qtbot.keyClicks(dialog.entry, "koch")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert _statuses(event.id)["Koch"] == Status.ATTENDED
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _statuses(event.id)["Koch"] == Status.REGISTERED
    assert dialog.marked == []
    assert "zurückgenommen" in dialog.bar.text()


def test_rest_as_no_show(forty, dialog, qtbot, monkeypatch):
    event, _ = forty
    monkeypatch.setattr(attendance_module, "confirm", lambda *args: True)
    qtbot.keyClicks(dialog.entry, "krau")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    dialog.rest_button.click()
    statuses = _statuses(event.id)
    assert statuses["Krause"] == Status.ATTENDED
    assert sum(1 for s in statuses.values() if s == Status.NO_SHOW) == 39
    assert statuses["Invited"] == Status.INVITED  # the flow allows no "no show" without a yes
    assert dialog.bar.text().startswith("39 Personen als „nicht erschienen“ eingetragen.")
    dialog.rest_button.click()
    assert "niemand mehr" in dialog.bar.text()


def _candidate(first: str, last: str, status: str | None = "registered") -> Candidate:
    c = Candidate(1, last, first, "Jobcenter", status)
    c.tokens = tuple(fold(f"{last} {first}").split())
    c.search_text = fold(f"{last} {first} Jobcenter")
    return c


def test_rank_prefers_last_name_then_open_people_on_the_list():
    berg = _candidate("Anna", "Berg")
    anna = _candidate("Berta", "Annaberg")
    done = _candidate("Anton", "Bergmann", "attended")
    walk_in = _candidate("Ansgar", "Bergmeier", None)
    ranked = rank([walk_in, done, anna, berg], "berg")
    assert [c.last_name for c in ranked] == ["Berg", "Annaberg", "Bergmann", "Bergmeier"]
    assert [c.last_name for c in rank([berg, anna], "anna")] == ["Annaberg", "Berg"]
    assert rank([berg], "") == []
    assert rank([berg], "zz") == []


def test_match_model(forty, dialog, qtbot, qtmodeltester):
    qtbot.keyClicks(dialog.entry, "sch")
    assert dialog.model.rowCount() > 1
    qtmodeltester.check(dialog.model)


def test_offers_to_mark_a_begun_event_as_held(forty, dialog, qtbot):
    event, _ = forty
    assert dialog.held_button.isVisible()
    qtbot.mouseClick(dialog.held_button, Qt.MouseButton.LeftButton)
    assert events.get_event(event.id).status == "held"
    assert not dialog.held_button.isVisible()
    assert "durchgeführt" in dialog.bar.text()


def test_an_event_not_begun_says_why_and_refuses_attendance(db, qtbot):
    start = dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=30)
    event = events.create_event(
        events.EventData(kind="workshop", title="Workshop", start=start, end=start)
    )
    person = contacts.create_contact(contacts.ContactData(first_name="Ute", last_name="Vogt"))
    participations.add_participant(event.id, person.id, Status.REGISTERED.value)
    widget = AttendanceDialog(event.id)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.held_button.isVisible()
    assert "noch nicht begonnen" in widget.bar.text()
    widget.entry.setText("vogt")
    widget.mark_current()
    assert "erst ab Beginn der Veranstaltung" in widget.bar.text()
    assert _statuses(event.id) == {"Vogt": "registered"}
