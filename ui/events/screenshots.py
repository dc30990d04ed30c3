"""Screenshots of the Veranstaltungen screens with the demo data, for docs/screenshots/.

``save_screenshots(folder)`` works on a scratch copy of the open database (or a fresh demo
when none is open or it has no events), so the demonstrated changes (a cancellation that moves
someone up, attendance entry, a new agreement) never touch the user's data.

Run alone: ``python -m ui.events.screenshots docs/screenshots``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from aktif_desktop import clock
from aktif_desktop.domain import EventKind
from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.services import conferences, events, participations, session
from ui.events.attendance import AttendanceDialog
from ui.events.browser import CALENDAR_TAB, YEAR_TAB
from ui.events.page import CONFERENCE_TAB, PARTICIPANTS_TAB, EventsPage

SIZE = (1400, 860)


def _settle(widget: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
    widget.repaint()


def _save(widget: QWidget, folder: Path, name: str, shots: list[Path]) -> None:
    _settle(widget)
    path = folder / name
    widget.grab().save(str(path))
    shots.append(path)


def _first(kind: EventKind, after: dt.datetime, with_waiting: bool = False) -> events.EventRow:
    rows = [r for r in events.list_events(kind=kind.value) if r.start >= after]
    if with_waiting:
        rows = [r for r in rows if r.counts.get(Status.WAITLISTED.value)] or rows
    return rows[0]


def _take(folder: Path) -> list[Path]:
    shots: list[Path] = []
    window = QMainWindow()
    window.setWindowTitle("Aktif Desktop – Veranstaltungen")
    page = EventsPage()
    window.setCentralWidget(page)
    window.resize(*SIZE)
    window.show()
    page.reload()
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    now = clock.now()
    upcoming = page.current_event_id()
    _save(window, folder, "events-list.png", shots)

    page.views.setCurrentIndex(CALENDAR_TAB)
    page.details.setCurrentIndex(PARTICIPANTS_TAB)
    _save(window, folder, "events-calendar.png", shots)

    page.views.setCurrentIndex(YEAR_TAB)
    page.year_view.set_year(now.year)
    _save(window, folder, "events-year.png", shots)

    # A cancellation moves the first waiting person up, visibly.
    family = _first(EventKind.FAMILY_CONFERENCE, now, with_waiting=True)
    page.views.setCurrentIndex(0)
    page.open_event(family.id)
    page.details.setCurrentIndex(PARTICIPANTS_TAB)
    panel = page.participants
    registered = [r for r in panel.model.rows if r.status == Status.REGISTERED]
    if registered:
        panel.select_ids([registered[0].id])
        panel.set_selected_status(Status.EXCUSED.value)
        panel.select_ids([])
    _save(window, folder, "events-participants.png", shots)

    if upcoming is not None:
        dialog = AttendanceDialog(upcoming, window)
        dialog.resize(680, 620)
        dialog.show()
        people = [c for c in dialog.candidates if c.status == Status.REGISTERED][:6]
        for candidate in people:
            dialog.entry.setText(candidate.last_name[:4])
            dialog.model.set_rows([candidate])
            dialog.matches.selectRow(0)
            dialog.mark_current()
        dialog.entry.setText("sch")
        _save(dialog, folder, "events-attendance.png", shots)
        dialog.close()

    structure = _first(EventKind.STRUCTURE_CONFERENCE, now)
    conferences.create_agreement(
        structure.id,
        conferences.AgreementData(
            who="Jobcenter Lindenau",
            what="Sprechstunde im Familienzentrum einrichten",
            due=structure.start.date() + dt.timedelta(days=60),
        ),
    )
    conferences.create_supply_gap(
        structure.id,
        conferences.SupplyGapData(
            title="Keine Kinderzuschlag-Beratung im Norden des Landkreises",
            legal_areas=("BKGG", "SGB2"),
        ),
    )
    window.resize(SIZE[0], 1050)
    window.statusBar().clearMessage()
    page.open_event(structure.id)
    page.details.setCurrentIndex(CONFERENCE_TAB)
    page.splitter.setSizes([640, SIZE[0] - 640])  # the conference tables need the width
    _save(window, folder, "events-conference.png", shots)
    window.close()
    return shots


def save_screenshots(folder: Path) -> list[Path]:
    """Write the events screenshots into ``folder`` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    original = session.current_database()
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir) / "events-screenshots.db"
        if original is not None:
            session.close_current_database()
            session.copy_closed_database(original, scratch)
        session.open_database_file(scratch)
        try:
            if not events.list_events():
                from aktif_desktop.demo import load_demo

                load_demo()
            participations.list_participants(0)  # connection warm before the first grab
            return _take(folder)
        finally:
            session.close_current_database()
            if original is not None:
                session.open_database_file(original)


def main() -> int:
    # Screenshots are made without a screen, like the tests.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for path in save_screenshots(folder):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
