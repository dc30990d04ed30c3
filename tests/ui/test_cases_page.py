"""The Familien page with a real database: status buttons from the flow, Rückfrage asks what and
by when, Strg+E on a follow-up, the list filters, deleting a case."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from aktif_desktop import clock
from aktif_desktop.casework import ApplicationStatus, ReferralStatus
from aktif_desktop.services import applications, cases, followups, organisations, referrals
from aktif_desktop.services.applications import ApplicationData
from aktif_desktop.services.referrals import ReferralData
from ui.cases import page as page_module
from ui.cases import timeline as timeline_module
from ui.cases.page import FOLLOW_UPS_TAB, CasesPage
from ui.cases.request_dialog import RequestDialog
from ui.cases.timeline import APPLICATION, REFERRAL

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def world(db):
    """Two partners, two cases: A with a debt referral to Caritas, B with one to the Jobcenter."""
    with clock.frozen(TODAY):
        caritas = organisations.create_organisation(
            organisations.OrganisationData(name="Caritas Beratung")
        )
        jobcenter = organisations.create_organisation(
            organisations.OrganisationData(name="Jobcenter Lindenau")
        )
        first = cases.create_case(cases.CaseData(household_size=3, children=1))
        second = cases.create_case(cases.CaseData(household_size=2, children=1))
        referrals.create_referral(
            ReferralData(
                family_case_id=first.id,
                organisation_id=caritas.id,
                concern="debt",
                follow_up_on=TODAY + dt.timedelta(days=7),
            )
        )
        referrals.create_referral(
            ReferralData(
                family_case_id=second.id, organisation_id=jobcenter.id, concern="work_training"
            )
        )
    return {"caritas": caritas, "jobcenter": jobcenter, "first": first, "second": second}


@pytest.fixture
def page(world, qtbot):
    widget = CasesPage()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    with clock.frozen(TODAY):
        widget.refresh()
    return widget


def _path_to(status: str) -> list[str]:
    """The steps from "planned" to ``status`` along the referral flow (breadth first)."""
    paths = {ReferralStatus.PLANNED.value: []}
    queue = [ReferralStatus.PLANNED.value]
    while queue:
        here = queue.pop(0)
        for step in referrals.allowed_steps(here):
            if step not in paths:
                paths[step] = [*paths[here], step]
                queue.append(step)
    return paths[status]


@pytest.mark.parametrize("status", [s.value for s in ReferralStatus])
def test_the_status_buttons_are_the_allowed_steps(page, world, status):
    case_id = world["first"].id
    with clock.frozen(TODAY):
        referral = referrals.list_referrals(case_id=case_id)[0]
        for step in _path_to(status):
            referrals.set_referral_status(referral.id, step)
        page.refresh()
        page.open_case(case_id)
        timeline = page.view.timeline
        timeline.select(REFERRAL, referral.id)
        allowed = referrals.allowed_steps(status)
        assert list(timeline.step_buttons) == allowed
        QApplication.processEvents()  # new buttons in a shown layout appear on the next loop
        shown = [b.text() for b in timeline.step_buttons.values() if b.isVisibleTo(page)]
        assert shown == [ReferralStatus(s).label for s in allowed]
        if not allowed:
            assert "abgeschlossen" in timeline.step_label.text()
            return
        step = allowed[0]
        timeline.step_buttons[step].click()
    assert referrals.get_referral(referral.id).status == step
    assert ReferralStatus(step).label in page.bar.text()


def _answer_request(seen: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, RequestDialog):
        QTimer.singleShot(20, lambda: _answer_request(seen))
        return
    seen.append(dialog.windowTitle())
    dialog.what.setText("Kontoauszüge der letzten drei Monate")
    dialog.due.setDate(dialog.due.date().addDays(7))  # three weeks instead of two
    dialog.accept()


def test_a_query_on_an_application_asks_what_and_due_and_makes_the_follow_up(page, world, qtbot):
    case_id = world["first"].id
    with clock.frozen(TODAY):
        application = applications.create_application(
            ApplicationData(
                family_case_id=case_id, benefit="child_supplement", authority_id=world["caritas"].id
            )
        )
        page.refresh()
        page.open_case(case_id)
        timeline = page.view.timeline
        timeline.select(APPLICATION, application.id)
        query = ApplicationStatus.QUERY.value
        assert query in timeline.step_buttons
        seen: list[str] = []
        QTimer.singleShot(0, lambda: _answer_request(seen))
        timeline.step_buttons[query].click()
        qtbot.waitUntil(lambda: bool(seen))
    assert seen == [ApplicationStatus.QUERY.label]
    assert applications.get_application(application.id).status == query
    made = [f for f in followups.list_follow_ups(case_id=case_id) if f.application_id]
    assert [(f.application_id, f.due_on) for f in made] == [
        (application.id, TODAY + dt.timedelta(days=21))
    ]
    assert "Kontoauszüge" in made[0].what


def test_a_cancelled_query_changes_nothing(page, world, qtbot):
    case_id = world["first"].id
    with clock.frozen(TODAY):
        application = applications.create_application(
            ApplicationData(
                family_case_id=case_id, benefit="child_supplement", authority_id=world["caritas"].id
            )
        )
        page.refresh()
        page.open_case(case_id)
        page.view.timeline.select(APPLICATION, application.id)

        def cancel() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, RequestDialog):
                dialog.reject()
            else:
                QTimer.singleShot(20, cancel)

        QTimer.singleShot(0, cancel)
        page.view.timeline.step_buttons[ApplicationStatus.QUERY.value].click()
    assert applications.get_application(application.id).status == "submitted"


def test_ctrl_e_marks_the_selected_follow_up_done(page, world, qtbot):
    page.tabs.setCurrentIndex(FOLLOW_UPS_TAB)
    view = page.follow_ups
    with clock.frozen(TODAY):
        view.reload()
        open_before = followups.list_follow_ups()
        assert len(open_before) == 1
        view.table.selectRow(0)
        view.table.setFocus()
        page.activateWindow()
        QTest.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert followups.list_follow_ups() == []
    done = followups.get_follow_up(open_before[0].id)
    assert done.done_on == TODAY
    assert "Erledigt" in page.bar.text()


def _codes(page: CasesPage) -> list[str]:
    return sorted(row.code for row in page.cases.model.rows)


def test_the_filters_narrow_the_list(page, world):
    first, second = world["first"].code, world["second"].code
    assert _codes(page) == sorted([first, second])
    lst = page.cases
    lst.concern.setCurrentIndex(lst.concern.findData("debt"))
    assert _codes(page) == [first]
    lst.concern.setCurrentIndex(0)
    lst.partner.setCurrentIndex(lst.partner.findData(world["jobcenter"].id))
    assert _codes(page) == [second]
    lst.partner.setCurrentIndex(0)
    lst.open_only.setChecked(True)  # only the first referral has a follow-up date
    assert _codes(page) == [first]
    assert "1 von 2 Familien" in lst.count.text()
    lst.open_only.setChecked(False)
    assert _codes(page) == sorted([first, second])


def test_deleting_a_case_asks_and_removes_it(page, world, monkeypatch):
    asked: list[str] = []

    def answer(_parent, _title, question, *args, **kwargs):
        asked.append(question)
        return len(asked) > 1  # "Nein" first, then "Ja"

    monkeypatch.setattr(page_module, "ask_yes_no", answer)
    page.open_case(world["first"].id)
    page.delete_case()
    assert cases.get_case(world["first"].id).code == world["first"].code  # kept on "Nein"
    page.delete_case()
    assert world["first"].code in asked[0] and "Verweis" in asked[0]
    assert [row.id for row in cases.list_cases()] == [world["second"].id]
    assert world["first"].code not in _codes(page)


def test_deleting_an_entry_asks_first(page, world, monkeypatch):
    monkeypatch.setattr(timeline_module, "ask_yes_no", lambda *a, **k: False)
    page.open_case(world["first"].id)
    page.view.timeline.delete_button.click()
    assert len(referrals.list_referrals(case_id=world["first"].id)) == 1


def test_the_document_buttons_name_the_selected_application_and_the_case(page, world, monkeypatch):
    from ui import casework_document_actions as documents

    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(documents, "save_cover_sheet", lambda _w, i: calls.append(("cover", i)))
    monkeypatch.setattr(
        documents, "save_stamp_labels_for_case", lambda _w, c: calls.append(("labels", c))
    )
    case = world["first"]
    with clock.frozen(TODAY):
        application = applications.create_application(
            ApplicationData(
                family_case_id=case.id, benefit="child_supplement", authority_id=world["caritas"].id
            )
        )
        page.refresh()
        page.open_case(case.id)
    view = page.view
    referral = referrals.list_referrals(case_id=case.id)[0]
    view.timeline.select(REFERRAL, referral.id)
    assert not view.cover_button.isEnabled()  # a referral has no Begleitblatt
    view.timeline.select(APPLICATION, application.id)
    assert view.cover_button.isEnabled()
    view.cover_button.click()
    view.labels_button.click()
    assert calls == [("cover", application.id), ("labels", case.code)]


def test_the_referral_form_suggests_the_partners_offers_for_the_concern(page, world, qtbot):
    from aktif_desktop.services import offers
    from ui.cases.referral_form import ReferralForm

    offers.create_service(
        offers.ServiceData(
            organisation_id=world["caritas"].id, name="Schuldnerberatung", concerns=("debt",)
        )
    )
    with clock.frozen(TODAY):
        form = ReferralForm(world["first"].id, page.view.partners, parent=page)
        qtbot.addWidget(form)
        form.show()
        form.concern.setCurrentIndex(form.concern.findData("debt"))
        assert form.offers.isVisibleTo(form)
        assert "Schuldnerberatung – Caritas Beratung" in form.offers.text()
        form.concern.setCurrentIndex(form.concern.findData("language"))
        assert not form.offers.isVisibleTo(form)  # no offer for this concern: no empty box


def test_closing_a_referral_asks_for_its_result(page, world, qtbot):
    from ui.cases.result_dialog import ResultDialog

    case_id = world["first"].id
    referral = referrals.list_referrals(case_id=case_id)[0]
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ResultDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        dialog.result_box.setCurrentIndex(dialog.result_box.findData("partial"))
        dialog.accept()

    with clock.frozen(TODAY):
        page.open_case(case_id)
        page.view.timeline.select(REFERRAL, referral.id)
        QTimer.singleShot(0, answer)
        page.view.timeline.step_buttons[ReferralStatus.CLOSED.value].click()
        qtbot.waitUntil(lambda: bool(seen))
    stored = referrals.get_referral(referral.id)
    assert (stored.status, stored.result) == ("closed", "partial")
    assert page.view.timeline.current().status_text == "abgeschlossen (teilweise)"


def test_three_hundred_cases_load_and_filter_quickly(page, world):
    import time

    from ui.cases.samples import add_sample_cases

    with clock.frozen(TODAY):
        add_sample_cases(300)
        started = time.perf_counter()
        page.refresh()
        loaded = time.perf_counter() - started
        assert len(page.rows) == 302
        started = time.perf_counter()
        page.cases.search.setText("jobcenter")  # the search finds the partners' names
        filtered = time.perf_counter() - started
    shown = page.cases.model.rows
    assert 0 < len(shown) < 302
    assert all(world["jobcenter"].id in row.partner_ids for row in shown)
    assert loaded < 3.0 and filtered < 0.5, (loaded, filtered)  # generous: a shared machine


def test_the_document_buttons_go_below_when_the_view_is_narrow(page, world, qtbot):
    page.open_case(world["first"].id)
    view = page.view

    def rows_apart() -> bool:
        QApplication.processEvents()
        return view.cover_button.y() > view.referral_button.y()

    assert not rows_apart()  # 1366 wide: one row
    page.resize(820, 600)
    qtbot.waitUntil(rows_apart)
    assert view.labels_button.geometry().right() <= view.width()
    page.resize(1366, 768)
    qtbot.waitUntil(lambda: not rows_apart())
