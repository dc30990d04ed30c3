"""Reads the active contacts off the UI thread: with 20,000 contacts that takes seconds, and
selecting an event must not wait for the participant picker.

The picker's search index is built in the same job. A new load is skipped while the
contacts did not change (``freshness.contacts_fingerprint``): the events page starts one on
every show, and a needless second of Python work in the background makes the UI stutter.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from aktif_desktop.services import contacts, freshness
from aktif_desktop.services.contacts import ContactRow
from ui.widgets.search import LiveSearch
from ui.worker import Job, start_job

Loaded = tuple[list[ContactRow], LiveSearch[ContactRow], freshness.Fingerprint | None]


def _active_contacts() -> Loaded:
    """The background job (the worker closes this thread's connection when it ends)."""
    fingerprint = freshness.contacts_fingerprint()  # first: a later write forces a reload
    rows = contacts.list_contacts(active_only=True)
    return rows, LiveSearch(rows), fingerprint


class ContactLoader(QObject):
    """Loads contacts in the thread pool; only the newest load counts.

    Signals:
        loaded(object): the list of ContactRow.
        failed(str): a German message.
    Attributes:
        rows: the last loaded contacts (None while loading); ready: True once loaded;
        search: the LiveSearch index of ``rows``.
    """

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ContactRow] | None = None
        self.search: LiveSearch[ContactRow] = LiveSearch()
        self.ready = False
        self.fingerprint: freshness.Fingerprint | None = None
        self._generation = 0
        # Hold every running job: a dropped Python wrapper would delete its signals mid-run.
        self._jobs: set[Job] = set()

    def start(self, *, force: bool = False) -> None:
        """Start a new load unless the loaded contacts are still current.

        A reload may start one before the previous one ended; the newest load counts.
        """
        unchanged = (
            not force
            and self.ready
            and self.fingerprint is not None
            and freshness.contacts_fingerprint() == self.fingerprint
        )
        if unchanged:
            return
        self.ready, self.rows, self.fingerprint = False, None, None
        self._generation += 1
        generation = self._generation
        job = Job(_active_contacts)
        job.signals.finished.connect(lambda rows: self._finished(job, generation, rows))
        job.signals.failed.connect(lambda text: self._failed(job, text))
        self._jobs.add(start_job(job))

    def _failed(self, job: Job, text: str) -> None:
        self._jobs.discard(job)
        self.failed.emit(text)

    def mark_stale(self) -> None:
        """Read the contacts on the next ``start()`` (another database, a restored backup)."""
        self.fingerprint = None

    def _finished(self, job: Job, generation: int, result: Loaded) -> None:
        self._jobs.discard(job)
        if generation != self._generation:
            return
        self.rows, self.search, self.fingerprint = result
        self.ready = True
        self.loaded.emit(self.rows)
