"""Background loads for the pages: run a core function in the worker thread pool.

peewee keeps one SQLite connection per thread; a pool thread's connection is closed when
its job ends, so no connection outlives the job (or holds the file after a switch).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.worker import Job, start_job


def load_job(func: Callable[..., Any], *args: Any) -> Job:
    """A :class:`ui.worker.Job` running ``func(*args)`` (the job closes its thread's connection)."""
    return Job(func, *args)


class LatestLoader(QObject):
    """Runs background loads of one kind; only the newest load's result arrives.

    Signals:
        loaded(object): the newest load's result (on the UI thread).
        failed(str): the newest load failed; a German message.
    Attributes:
        running: True from ``start()`` until the newest load ended (or ``cancel()``).
    """

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._newest: Job | None = None
        # Hold every running job: a dropped Python wrapper would delete its signals mid-run.
        self._jobs: set[Job] = set()

    def start(self, func: Callable[..., Any], *args: Any) -> None:
        """Run ``func(*args)`` in the thread pool; a load still running is superseded."""
        job = load_job(func, *args)
        job.signals.finished.connect(lambda result, j=job: self._ended(j, result, None))
        job.signals.failed.connect(lambda text, j=job: self._ended(j, None, text))
        self._newest, self.running = job, True
        self._jobs.add(start_job(job))

    def cancel(self) -> None:
        """Drop the result of the load running now (e.g. it reads a database no longer open)."""
        self._newest, self.running = None, False

    def _ended(self, job: Job, result: Any, error: str | None) -> None:
        self._jobs.discard(job)
        if job is not self._newest:
            return
        self._newest, self.running = None, False
        if error is None:
            self.loaded.emit(result)
        else:
            self.failed.emit(error)
