"""Reads the active contacts off the UI thread: with 20,000 contacts that takes seconds, and
selecting an event must not wait for the participant picker."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from aktif_desktop.services import contacts
from aktif_desktop.services.contacts import ContactRow
from aktif_desktop.storage.db import close_database
from ui.worker import Job, start_job


def _active_contacts() -> list[ContactRow]:
    """The background job: read the active contacts, then close this thread's connection."""
    try:
        return contacts.list_contacts(active_only=True)
    finally:
        close_database()  # only this worker thread's connection; the UI thread keeps its own


class ContactLoader(QObject):
    """Loads contacts in the thread pool; only the newest load counts.

    Signals:
        loaded(object): the list of ContactRow.
        failed(str): a German message.
    Attributes:
        rows: the last loaded contacts (None while loading); ready: True once loaded.
    """

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ContactRow] | None = None
        self.ready = False
        self._generation = 0
        # Hold every running job: a dropped Python wrapper would delete its signals mid-run.
        self._jobs: set[Job] = set()

    def start(self) -> None:
        """Start a new load (a reload may start one before the previous one ended)."""
        self.ready, self.rows = False, None
        self._generation += 1
        generation = self._generation
        job = Job(_active_contacts)
        job.signals.finished.connect(lambda rows: self._finished(job, generation, rows))
        job.signals.failed.connect(lambda text: self._failed(job, text))
        self._jobs.add(start_job(job))

    def _failed(self, job: Job, text: str) -> None:
        self._jobs.discard(job)
        self.failed.emit(text)

    def _finished(self, job: Job, generation: int, rows: list[ContactRow]) -> None:
        self._jobs.discard(job)
        if generation != self._generation:
            return
        self.rows, self.ready = rows, True
        self.loaded.emit(rows)
