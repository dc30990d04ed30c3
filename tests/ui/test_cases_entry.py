"""The Familien page by keyboard only: a referral and an application entered with Tab, letters
and Enter (no mouse), and stored in the real database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from aktif_desktop import clock
from aktif_desktop.services import applications, cases, followups, organisations, referrals
from ui.cases.application_form import ApplicationForm
from ui.cases.page import CasesPage
from ui.cases.referral_form import ReferralForm

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def page(db, qtbot):
    with clock.frozen(TODAY):
        organisations.create_organisation(organisations.OrganisationData(name="Caritas Beratung"))
        organisations.create_organisation(organisations.OrganisationData(name="Familienkasse Nord"))
        case = cases.create_case(cases.CaseData(household_size=3, children=1))
    widget = CasesPage()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    widget.open_case(case.id)
    return widget


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    dialog = QApplication.activeModalWidget()
    QTest.keyClick(dialog.focusWidget(), key, modifier)


def _press_on(page: CasesPage, key: Qt.Key) -> None:
    """The page's real shortcut: Strg+Umschalt+``key`` typed on the page (the list has focus)."""
    page.activateWindow()
    page.cases.table.setFocus()
    QTest.keyClick(
        page.cases.table,
        key,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def _type(text: str) -> None:
    QTest.keyClicks(QApplication.activeModalWidget().focusWidget(), text)


def _when_dialog(kind: type, steps) -> list[str]:
    """Run ``steps(dialog)`` once a dialog of ``kind`` is open (its exec blocks the test)."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        seen.append(type(dialog).__name__)
        dialog.activateWindow()
        try:
            steps(dialog)
        except AssertionError as error:
            seen.append(f"failed: {error!r}")
        finally:
            if dialog.isVisible():
                dialog.reject()  # a failed step must not leave the test waiting

    QTimer.singleShot(0, poll)
    return seen


def test_a_referral_by_keyboard_only(page, qtbot):
    def steps(dialog: ReferralForm) -> None:
        assert dialog.date.date().toPython() == TODAY  # filled; the cursor starts at partner
        assert dialog.focusWidget() is dialog.partner
        _type("carit")
        _key(Qt.Key.Key_Tab)
        assert dialog.partner.text() == "Caritas Beratung"
        assert dialog.focusWidget() is dialog.concern
        _type("Schu")
        _key(Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.warm
        _key(Qt.Key.Key_Space)
        _key(Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.follow_up
        _key(Qt.Key.Key_Down)  # "in 1 Woche"
        _key(Qt.Key.Key_Return)

    with clock.frozen(TODAY):
        seen = _when_dialog(ReferralForm, steps)
        _press_on(page, Qt.Key.Key_V)  # Strg+Umschalt+V
        qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None)
    assert len(seen) == 1, seen
    stored = referrals.list_referrals(case_id=page.view.row.id)
    assert [(r.organisation_name, r.concern_label, r.warm_handover) for r in stored] == [
        ("Caritas Beratung", "Schulden", True)
    ]
    assert stored[0].referred_on == TODAY
    assert stored[0].follow_up_on == TODAY + dt.timedelta(weeks=1)
    assert "Caritas Beratung" in page.bar.text()
    assert page.view.timeline.model.rows[0].partner == "Caritas Beratung"


def test_an_application_by_keyboard_only(page, qtbot):
    def steps(dialog: ApplicationForm) -> None:
        assert dialog.focusWidget() is dialog.benefit
        _type("Bildung")  # Bildung und Teilhabe: the parts are enabled now
        assert all(box.isEnabled() for box in dialog.parts.values())
        _key(Qt.Key.Key_Tab)  # Lernförderung
        _key(Qt.Key.Key_Tab)  # Mittagessen
        _key(Qt.Key.Key_Space)
        for _ in range(5):  # past the other parts to the authority
            _key(Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.authority
        _type("kasse")
        _key(Qt.Key.Key_Return)

    with clock.frozen(TODAY):
        seen = _when_dialog(ApplicationForm, steps)
        _press_on(page, Qt.Key.Key_A)  # Strg+Umschalt+A
        qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None)
    assert len(seen) == 1, seen
    stored = applications.list_applications(case_id=page.view.row.id)
    assert len(stored) == 1
    assert stored[0].authority_name == "Familienkasse Nord"
    assert stored[0].benefit_label == "Bildung und Teilhabe (Mittagessen)"
    assert stored[0].stamped and stored[0].submitted_on == TODAY


def test_a_partner_that_does_not_exist_is_asked_for_again(page, qtbot):
    with clock.frozen(TODAY):
        form = ReferralForm(page.view.row.id, page.view.partners, parent=page)
        qtbot.addWidget(form)
        form.partner.setText("gibt es nicht")
        form.save()
    assert form.result() == 0 and form.saved is None
    assert "Partner" in form.form.errors["Partner"].text()
    assert referrals.list_referrals(case_id=page.view.row.id) == []


def test_the_parts_are_only_enabled_for_bildung_und_teilhabe(page, qtbot):
    form = ApplicationForm(page.view.row.id, page.view.partners, parent=page)
    qtbot.addWidget(form)
    assert not any(box.isEnabled() for box in form.parts.values())  # Kinderzuschlag first
    assert form.stamped.isChecked()
    assert followups.list_follow_ups() == []


def test_an_ambiguous_partner_stays_as_typed_and_is_refused(page, qtbot):
    with clock.frozen(TODAY):
        organisations.create_organisation(organisations.OrganisationData(name="Caritas Kita"))
        page.refresh()
        form = ReferralForm(page.view.row.id, page.view.partners, parent=page)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        form.partner.setFocus()
        QTest.keyClicks(form.partner, "carit")
        QTest.keyClick(form.partner, Qt.Key.Key_Tab)
        assert form.partner.text() == "carit"  # two partners fit: no guess
        form.save()
    assert form.saved is None
    assert "Mehrere Partner" in form.form.errors["Partner"].text()
    assert referrals.list_referrals(case_id=page.view.row.id) == []
