"""A line edit that picks a partner organisation by typing a few letters of its name.

Umlaut-insensitive and in any word order (our folded search, not Qt's completer filter):
"jobc" finds "Jobcenter Lindenau". Tab, Enter or leaving the field completes the text to the
partner it names (the one highlighted in the popup, else the only match), so a partner is chosen
by keyboard without touching the popup. An ambiguous or unknown text stays as typed: the form
then refuses to save and says why, instead of guessing a partner.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from aktif_desktop.services.organisations import OrganisationRow
from aktif_desktop.text import fold

MAX_SUGGESTIONS = 12


class PartnerPicker(QLineEdit):
    """Type a partner's name; ``partner_id()`` names the best match of the text.

    Signals:
        picked(int): the text now names this partner (chosen or completed on leaving).
    """

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Partner: Namen eingeben …"))
        self.setClearButtonEnabled(True)
        self._rows: list[OrganisationRow] = []
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        completer.activated[str].connect(self._complete)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)
        self.editingFinished.connect(self._complete_text)

    def set_partners(self, rows: list[OrganisationRow]) -> None:
        """Offer ``rows`` (active partners first in the suggestions)."""
        self._rows = sorted(rows, key=lambda r: (not r.active, fold(r.name)))

    def matches(self, text: str) -> list[OrganisationRow]:
        """The partners whose name holds every word of ``text``; an exact name comes first."""
        words = fold(text).split()
        if not words:
            return []
        hits = [row for row in self._rows if all(w in fold(row.name) for w in words)]
        exact = [row for row in hits if fold(row.name) == fold(text)]
        starts = [row for row in hits if row not in exact and fold(row.name).startswith(words[0])]
        return exact + starts + [row for row in hits if row not in exact and row not in starts]

    def named(self, text: str) -> OrganisationRow | None:
        """The one partner ``text`` names: an exact name, else the only match; else None."""
        hits = self.matches(text)
        if hits and fold(hits[0].name) == fold(text):
            return hits[0]
        return hits[0] if len(hits) == 1 else None

    def partner_id(self) -> int | None:
        """The partner the text names, or None (empty, unknown or ambiguous text)."""
        row = self.named(self.text())
        return row.id if row else None

    def ambiguous(self) -> bool:
        """The text fits more than one partner and names none of them exactly."""
        return self.partner_id() is None and len(self.matches(self.text())) > 1

    def set_partner(self, partner_id: int | None) -> None:
        """Show the name of ``partner_id`` (empty for None)."""
        row = next((r for r in self._rows if r.id == partner_id), None)
        self.setText(row.name if row else "")

    def _suggest(self, text: str) -> None:
        self._model.setStringList([row.name for row in self.matches(text)[:MAX_SUGGESTIONS]])

    def _complete(self, name: str) -> None:
        self.setText(name)
        self._complete_text()

    def event(self, event: QEvent) -> bool:
        # Tab reaches us here both directly and forwarded by the completer's popup (which
        # hides itself first): complete before the focus moves on.
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in tab
        ):
            self._complete_text()
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # The suggestion popup taking the focus is not leaving the field (typing goes on).
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._complete_text()
        super().focusOutEvent(event)

    def _highlighted(self) -> OrganisationRow | None:
        completer = self.completer()
        popup = completer.popup() if completer else None
        if popup is None or not popup.isVisible():
            return None
        index = popup.currentIndex()
        if not index.isValid():
            return None
        name = str(index.data())
        return next((r for r in self._rows if r.name == name), None)

    def _complete_text(self) -> None:
        """Show the full name of the partner the text names (the user sees the pick)."""
        row = self._highlighted() or self.named(self.text())
        if row is None:
            return
        if self.text() != row.name:
            self.setText(row.name)
        self.picked.emit(row.id)
