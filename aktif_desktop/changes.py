"""What an operation changed: the kinds (tables) and ids of the records it wrote.

Every write of the services reports an :class:`OpChanges` (learned from Anki's OpChanges): the
main window hands it to the pages and each page decides whether it must refresh. Listeners
subscribe here; the core calls them after the transaction committed, on the thread that ran
the operation (the GUI marshals to its own thread).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from threading import Lock
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class OpChanges:
    """The tables an operation wrote and, per table, the row ids (empty set: unknown / all).

    Attributes:
        label: the operation's German name ("Zusammenführen von Jörg Schäfer"), "" if none.
        rows: table name -> ids of the rows created, changed or deleted.
        everything: the whole database was replaced (restore, another file opened).
    """

    label: str = ""
    rows: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    everything: bool = False

    @classmethod
    def of(cls, label: str, pairs: Iterable[tuple[str, int | None]]) -> OpChanges:
        """Build from ``(table, row_id)`` pairs; a None id marks the table as changed."""
        collected: dict[str, set[int]] = {}
        for table, row_id in pairs:
            ids = collected.setdefault(table, set())
            if row_id is not None:
                ids.add(row_id)
        frozen = {table: frozenset(ids) for table, ids in collected.items()}
        return cls(label=label, rows=MappingProxyType(frozen))

    @classmethod
    def all(cls, label: str = "") -> OpChanges:
        """A change set that touches everything (the database file was replaced)."""
        return cls(label=label, everything=True)

    @property
    def tables(self) -> frozenset[str]:
        """The tables this operation wrote."""
        return frozenset(self.rows)

    def touches(self, *tables: str) -> bool:
        """True if any of ``tables`` was written (always true for ``everything``)."""
        return self.everything or any(table in self.rows for table in tables)

    def is_empty(self) -> bool:
        """True when nothing was written."""
        return not self.everything and not self.rows


Listener = Callable[[OpChanges], None]
_listeners: list[Listener] = []
_lock = Lock()


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener`` after every committed operation; return a function that unsubscribes."""
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def publish(changes: OpChanges) -> None:
    """Tell every listener what an operation changed (nothing for an empty change set)."""
    if changes.is_empty():
        return
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(changes)
