"""Two managers on one server database: what the other one saved shows after "Neu laden".

The window runs on a copy of the demo on the test server; a second program (its own process
and connection) adds a partner and an upcoming event behind its back. After F5 ("Neu laden")
the partner list and the Übersicht show them, without reopening the database.
"""

from __future__ import annotations

import datetime as dt

from tests.other_program import run_sql
from ui import app
from ui.pages import PageId


def test_a_colleagues_partner_and_event_show_after_reloading(
    qtbot: object, server_demo_url: str
) -> None:
    window = app.create_main_window(server_demo_url)
    try:
        window.show()
        assert window.show_page(PageId.PARTNERS)
        partners = window.pages[PageId.PARTNERS]
        assert "Familienzentrum Nachbarin" not in [r.name for r in partners.model.rows]
        now = dt.datetime.now().replace(microsecond=0)
        run_sql(
            server_demo_url,
            "INSERT INTO organisation (created_at, updated_at, name, name_key, kind, role, "
            "street, postcode, city, phone, email, website, notes, active) VALUES "
            "(?, ?, 'Familienzentrum Nachbarin', 'familienzentrum nachbarin', 'other', "
            "'network_partner', '', '', '', '', '', '', '', TRUE)",
            (str(now), str(now)),
        )
        start = now + dt.timedelta(days=3)
        run_sql(
            server_demo_url,
            'INSERT INTO event (created_at, updated_at, kind, title, start, "end", place, '
            "online_link, agenda, status, minutes) VALUES (?, ?, 'workshop', "
            "'Workshop der Kollegin', ?, ?, 'Rathaus', '', '', 'planned', '')",
            (str(now), str(now), str(start), str(start + dt.timedelta(hours=2))),
        )
        window.reload_all()
        assert "Familienzentrum Nachbarin" in [r.name for r in partners.model.rows]
        assert window.show_page(PageId.DASHBOARD)
        dashboard = window.pages[PageId.DASHBOARD]
        dashboard.reload()
        titles = [row.title for row in dashboard.upcoming_model.rows]
        assert "Workshop der Kollegin" in titles
    finally:
        window.close()
        window.deleteLater()
