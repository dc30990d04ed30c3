"""Family and structure conferences: agreements and supply gaps edited in the event, open ones
carried over to the next conference of the same kind."""

from __future__ import annotations

import datetime as dt

import pytest

from aktif_desktop.domain import AgreementStatus
from aktif_desktop.services import conferences, events
from ui.events.common import to_qdate
from ui.events.conference import ConferencePanel

SPRING_2027 = 40  # Strukturkonferenz Frühjahr 2027 in the demo
AUTUMN_2026 = 23  # Strukturkonferenz Herbst 2026 in the demo


@pytest.fixture
def panel(qtbot):
    widget = ConferencePanel()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def _texts(panel: ConferencePanel) -> list[str]:
    return [item.text for item in panel.carried.rows]


def test_open_items_of_earlier_conferences_are_carried_over(demo_db, panel):
    panel.set_event(events.get_event(SPRING_2027))
    agreements, gaps = conferences.carried_over(SPRING_2027)
    assert panel.carried.rowCount() == len(agreements) + len(gaps) > 0
    kinds = {item.kind for item in panel.carried.rows}
    assert kinds == {"Vereinbarung", "Versorgungslücke"}
    assert "Lange Bearbeitungszeiten beim Wohngeld" in _texts(panel)
    assert "Fehlende Teilzeitausbildungsplätze" not in _texts(panel)  # closed: not carried
    assert panel.agreements.model.rowCount() == 0
    assert "Noch keine Vereinbarungen" in panel.agreements.empty.text()


def test_add_an_agreement_and_see_it_carried_to_the_next_conference(demo_db, panel, qtbot):
    panel.set_event(events.get_event(SPRING_2027))
    section = panel.agreements
    qtbot.keyClicks(section.who, "Jobcenter Lindenau")
    qtbot.keyClicks(section.what_edit, "Sprechstunde im Familienzentrum anbieten")
    section.has_due.setChecked(True)
    section.due.setDate(to_qdate(dt.date(2027, 6, 30)))
    section.save_button.click()

    [stored] = conferences.list_agreements(event_id=SPRING_2027)
    assert (stored.who, stored.due, stored.status) == (
        "Jobcenter Lindenau",
        dt.date(2027, 6, 30),
        AgreementStatus.OPEN,
    )
    assert section.model.data(section.model.index(0, 2)) == "30.06.2027"
    assert panel.bar.text() == "Vereinbarung gespeichert."

    autumn = events.clone_event(SPRING_2027, dt.datetime(2027, 10, 2, 9, 0))
    panel.set_event(autumn)
    assert (
        "Jobcenter Lindenau: Sprechstunde im Familienzentrum anbieten (bis 30.06.2027)"
        in _texts(panel)
    )


def test_edit_an_agreement_status(demo_db, panel):
    panel.set_event(events.get_event(AUTUMN_2026))
    section = panel.agreements
    section.view.selectRow(0)
    assert section.who.text() == section.model.row_at(0).who
    section.status.setCurrentIndex(section.status.findData(AgreementStatus.DONE.value))
    section.save_button.click()
    assert conferences.list_agreements(ids=[section.model.row_at(0).id])[0].status == "done"


def test_agreement_without_who_is_refused(demo_db, panel):
    panel.set_event(events.get_event(SPRING_2027))
    panel.agreements.what_edit.setText("Etwas klären")
    assert panel.agreements.save() is False
    assert panel.bar.text() == "Bitte füllen Sie das Feld „Wer“ aus."
    assert panel.bar.kind == "error"


def test_add_a_supply_gap_with_legal_areas(demo_db, panel):
    panel.set_event(events.get_event(SPRING_2027))
    section = panel.gaps
    section.title_edit.setText("Keine Beratung zum Kinderzuschlag im Norden")
    section.legal_areas.buttons["BKGG"].setChecked(True)
    section.legal_areas.buttons["SGB2"].setChecked(True)
    section.save_button.click()
    [gap] = conferences.list_supply_gaps(event_id=SPRING_2027)
    assert gap.legal_areas == ("SGB2", "BKGG")
    assert section.model.data(section.model.index(0, 1)) == "SGB II, BKGG (Kinderzuschlag)"


def test_mark_carried_item_done(demo_db, panel):
    panel.set_event(events.get_event(SPRING_2027))
    before = panel.carried.rowCount()
    number = panel.carried.row_number_of(lambda c: c.kind == "Vereinbarung")
    text = panel.carried.row_at(number).text
    panel.carried_view.selectRow(number)
    panel.done_button.click()
    assert panel.carried.rowCount() == before - 1
    assert text not in _texts(panel)
    assert "ist erledigt" in panel.bar.text()


def test_not_a_conference_shows_nothing(demo_db, panel):
    panel.set_event(events.get_event(30))
    assert panel.event_row is None
    assert panel.agreements.model.rowCount() == 0


def test_conference_models(demo_db, panel, qtmodeltester):
    panel.set_event(events.get_event(AUTUMN_2026))
    for model in (panel.carried, panel.agreements.model, panel.gaps.model):
        qtmodeltester.check(model)
