"""The Übersicht's Wiedervorlagen block: counts, the due ones listed, "Erledigt" by click,
the way to the Familien page, external events counted on their own."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from aktif_desktop import clock
from aktif_desktop.domain import EventKind
from aktif_desktop.services import cases, events, followups
from aktif_desktop.services.dashboard import load_dashboard
from aktif_desktop.services.events import EventData
from ui.dashboard_follow_ups import DONE_COLUMN
from ui.dashboard_page import DashboardPage

TODAY = dt.date(2026, 5, 11)


@pytest.fixture
def page(db, qtbot):
    with clock.frozen(TODAY):
        case = cases.create_case(cases.CaseData())
        for days, what in (
            (-2, "Bescheid nachfragen"),
            (0, "Anrufen"),
            (3, "Termin"),
            (20, "Später"),
        ):
            followups.add_follow_up(case.id, TODAY + dt.timedelta(days=days), what)
        start = dt.datetime.combine(TODAY, dt.time(10))
        for title, organiser in (("Netzwerktreffen", ""), ("BMAS-Vernetzungstreffen", "BMAS")):
            events.create_event(
                EventData(
                    kind=EventKind.NETWORK_MEETING.value,
                    title=title,
                    start=start,
                    end=start + dt.timedelta(hours=2),
                    external_organiser=organiser,
                )
            )
    widget = DashboardPage()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    with clock.frozen(TODAY):
        widget.reload()
    return widget


def _counts(page: DashboardPage) -> list[str]:
    return [label.text() for label in page.follow_ups.counts.values()]


def test_the_block_counts_and_lists_what_is_due(page) -> None:
    assert _counts(page) == ["überfällig: 1", "heute fällig: 1", "nächste 7 Tage: 1"]
    model = page.follow_ups.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Bescheid nachfragen",
        "Anrufen",
        "Termin",
    ]
    assert model.index(0, 0).data().startswith("F-2026-")
    assert page.tiles["events"].number.text() == "1"
    assert page.tiles["external"].number.text() == "1"


def test_done_by_click_removes_the_row(page, qtbot) -> None:
    button = page.follow_ups.table.indexWidget(page.follow_ups.model.index(0, DONE_COLUMN))
    assert isinstance(button, QPushButton) and button.text() == "Erledigt"
    with clock.frozen(TODAY):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    model = page.follow_ups.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Anrufen", "Termin"]
    assert _counts(page)[0] == "überfällig: 0"
    done = followups.list_follow_ups(include_done=True)
    assert [f.what for f in done if f.done_on] == ["Bescheid nachfragen"]


def test_a_follow_up_gone_meanwhile_is_explained_and_the_list_reloads(page, qtbot) -> None:
    said: list[str] = []
    page.follow_ups.show_message = lambda _title, text: said.append(text)
    first = page.follow_ups.model.rows[0]
    followups.delete_follow_up(first.id)
    button = page.follow_ups.table.indexWidget(page.follow_ups.model.index(0, DONE_COLUMN))
    with clock.frozen(TODAY):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert said and "Wiedervorlage" in said[0]
    assert first.id not in [r.id for r in page.follow_ups.model.rows]


def test_the_button_asks_for_the_cases_page(page, qtbot) -> None:
    with qtbot.waitSignal(page.cases_requested):
        qtbot.mouseClick(page.follow_ups.open_cases, Qt.MouseButton.LeftButton)


def test_an_empty_database_explains_the_block(db, qtbot) -> None:
    widget = DashboardPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    assert widget.follow_ups.empty.isVisible() and not widget.follow_ups.table.isVisible()


def test_the_dashboard_stays_quick_with_many_follow_ups(db) -> None:
    from aktif_desktop.storage.models import FollowUp, database

    with clock.frozen(TODAY):
        case = cases.create_case(cases.CaseData())
    with database.atomic():
        FollowUp.insert_many(
            [
                {
                    "family_case": case.id,
                    "kind": "case",
                    "due_on": TODAY - dt.timedelta(days=n % 90),
                    "what": f"Nr. {n}",
                }
                for n in range(6000)
            ]
        ).execute()
    started = time.perf_counter()
    with clock.frozen(TODAY):
        data = load_dashboard()
    assert time.perf_counter() - started < 2.0
    assert len(data.due_follow_ups) == 50 and data.more_follow_ups == 5950
    assert data.follow_up_counts.overdue + data.follow_up_counts.today == 6000
