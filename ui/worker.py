"""Runs slow work (exports, imports, large loads) off the UI thread.

The job is a plain function of the core; it never touches a widget. Its result or its error
comes back on the UI thread through signals. Each job opens the database connection of its
own thread implicitly (peewee keeps one connection per thread).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from aktif_desktop.errors import AktifError
from aktif_desktop.services.session import close_thread_connection

log = logging.getLogger("aktif_desktop.ui")


class JobSignals(QObject):
    """Signals of one job.

    Signals:
        finished(object): the job's return value.
        failed(str): a German message for the user.
        progress(int, int): done and total, for a progress dialog.
    """

    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class Job(QRunnable):
    """One call of ``func(*args, progress=..., **kwargs)`` in the thread pool.

    If ``with_progress`` is true, the function receives a ``progress(done, total)`` callable
    that returns False once the user asked to cancel.
    """

    def __init__(
        self, func: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any
    ) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.cancelled = False
        self._call = (func, args, kwargs, with_progress)

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        func, args, kwargs, with_progress = self._call
        try:
            if with_progress:
                kwargs = {**kwargs, "progress": self._progress}
            result = func(*args, **kwargs)
        except AktifError as error:
            self.signals.failed.emit(error.message)
        except Exception:
            log.error("background job failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(
                "Ein unerwarteter Fehler ist aufgetreten. Details stehen in der Protokolldatei."
            )
        else:
            self.signals.finished.emit(result)
        finally:
            # peewee keeps one connection per thread; a pool thread that kept it would hold
            # the file open (on Windows a restore could then not replace it).
            close_thread_connection()


def start_job(job: Job) -> Job:
    """Queue ``job`` in the global thread pool and return it."""
    QThreadPool.globalInstance().start(job)
    return job
