"""Background loads for the pages: run a core function in the worker thread pool.

peewee keeps one SQLite connection per thread; a pool thread's connection is closed when
its job ends, so no connection outlives the job (or holds the file after a switch).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aktif_desktop.storage.db import close_database
from ui.worker import Job


def in_worker_thread(func: Callable[..., Any], *args: Any) -> Any:
    """Call ``func(*args)`` and close this (worker) thread's database connection."""
    try:
        return func(*args)
    finally:
        close_database()  # closes only the calling thread's connection


def load_job(func: Callable[..., Any], *args: Any) -> Job:
    """A :class:`ui.worker.Job` running ``func(*args)`` with its own connection."""
    return Job(in_worker_thread, func, *args)
