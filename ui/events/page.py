"""The Veranstaltungen page the main window shows (list of events; grows into the full screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EventsPage(QWidget):
    """The events screen.

    Contract with the main window: ``reload()``, ``current_event_id()``, ``open_event(id)``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current_id: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Veranstaltungen")))

    def reload(self) -> None:
        """Reload the events from the database."""

    def current_event_id(self) -> int | None:
        """Return the id of the selected event, or None."""
        return self._current_id

    def open_event(self, event_id: int) -> None:
        """Select and show the event ``event_id``."""
        self._current_id = event_id
