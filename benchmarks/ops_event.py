"""Opening an event with 500 participants, against a raw sqlite3 select of those rows.

The product side opens the event on the real Veranstaltungen page (``open_event``) and waits
until the page has settled (background loads finished, view repainted). Until the page shows
participants it falls back to what the page will call: ``events.get_event`` and
``participations.list_participants`` into a RowTableModel under a view. The floor selects the
same joined rows (participation, contact, organisation, certificate) and fetches them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from benchmarks.harness import Timed, measure_pair
from benchmarks.qt_support import gui_app, settle

FLOOR_SQL = """
SELECT p.id, p.event_id, p.contact_id, p.status, p.status_changed_at, p.invited_at,
       p.registered_at, p.waitlisted_at, p.attended_at, p.note, c.first_name, c.last_name,
       c.title, c.email, c.consent_lists, o.name, cert.number
FROM participation p
JOIN contact c ON c.id = p.contact_id
LEFT JOIN organisation o ON o.id = c.organisation_id
LEFT JOIN certificate cert ON cert.participation_id = p.id
WHERE p.event_id = ?
ORDER BY c.last_name, c.first_name, p.id
"""


class _ModelOnly:
    def __init__(self) -> None:
        from PySide6.QtWidgets import QTableView

        from ui.table_model import Column, RowTableModel

        self.model: Any = RowTableModel(
            [
                Column("Name", lambda r: r.sort_name),
                Column("Organisation", lambda r: r.organisation_name),
                Column("Status", lambda r: r.status_label),
            ]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(1000, 700)
        self.view.show()

    def open_event(self, event_id: int) -> None:
        from aktif_desktop.services import events, participations

        events.get_event(event_id)
        self.model.set_rows(participations.list_participants(event_id))


def _shows_participants(page: Any, count: int) -> bool:
    from PySide6.QtWidgets import QTableView

    return any(
        view.model() is not None and view.model().rowCount() == count
        for view in page.findChildren(QTableView)
    )


def _surface(event_id: int, count: int) -> tuple[Any, str]:
    """The real page if opening an event there shows its participants, else the stand-in."""
    try:
        from ui.events.page import EventsPage
    except ImportError:
        EventsPage = None  # noqa: N806
    if EventsPage is not None:
        page = EventsPage()
        page.resize(1280, 760)
        page.show()
        page.reload()
        settle()
        page.open_event(event_id)
        settle()
        if _shows_participants(page, count):
            return page, "EventsPage.open_event until settled"
        page.close()
    return _ModelOnly(), "services + RowTableModel (the events page shows no participants yet)"


def measure(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    from aktif_desktop.storage.db import open_database

    gui_app()
    open_database(Path(ctx["db"]))
    event_id, other_id = ctx["list_event_id"], ctx["certificate_event_id"]
    surface, how = _surface(event_id, ctx["list_size"])
    connection = sqlite3.connect(ctx["db"])

    def open_it(_: object) -> None:
        surface.open_event(event_id)
        settle()

    def away() -> None:
        # Opening the event already shown may be a no-op; show another one first (not timed).
        surface.open_event(other_id)
        settle()

    result = measure_pair(
        Timed(open_it, away),
        Timed(lambda _: connection.execute(FLOOR_SQL, (event_id,)).fetchall()),
        repeat,
    )
    connection.close()
    result["note"] = how
    return result
