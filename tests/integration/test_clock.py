"""One clock: the services ask :mod:`aktif_desktop.clock`, so a test sets the day for all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from aktif_desktop import clock
from aktif_desktop.services import contacts, dashboard, person_report, retention

DAY = dt.date(2031, 2, 28)


def test_the_clock_follows_the_computer_until_a_day_is_set() -> None:
    before = dt.datetime.now().replace(microsecond=0)
    assert before <= clock.now() <= dt.datetime.now()
    assert clock.now().microsecond == 0
    with clock.frozen(DAY):
        assert clock.today() == DAY
        assert clock.now() == dt.datetime(2031, 2, 28, 0, 0)
        with clock.frozen(dt.datetime(2031, 3, 1, 9, 30, 15, 999)):
            assert clock.now() == dt.datetime(2031, 3, 1, 9, 30, 15)
        assert clock.today() == DAY  # the outer day comes back
    assert clock.today() == dt.date.today()


def test_the_services_ask_the_clock(db: Path) -> None:
    with clock.frozen(DAY):
        row = contacts.create_contact(
            contacts.ContactData(last_name="Schäfer", consent_share=True, consent_lists=True)
        )
        assert row.consent_share_date == DAY and row.consent_lists_date == DAY
        assert contacts.mark_verified(row.id).verified_at == DAY
        assert retention.cutoff_date(24) == dt.date(2029, 2, 28)
        assert person_report.build_report(row.id).created_at == dt.datetime(2031, 2, 28)
        assert dashboard.load_dashboard() is not None
    assert clock.today() == dt.date.today()
