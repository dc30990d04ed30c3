"""A line edit that picks a partner organisation by typing a few letters of its name.

Umlaut-insensitive and in any word order (our folded search, not Qt's completer filter):
"jobc" finds "Jobcenter Lindenau". Tab or Enter keeps the best match, so a partner is chosen
by keyboard without opening the popup.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
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

    def partner_id(self) -> int | None:
        """The partner the text names (the best match), or None."""
        hits = self.matches(self.text())
        return hits[0].id if hits else None

    def set_partner(self, partner_id: int | None) -> None:
        """Show the name of ``partner_id`` (empty for None)."""
        row = next((r for r in self._rows if r.id == partner_id), None)
        self.setText(row.name if row else "")

    def _suggest(self, text: str) -> None:
        self._model.setStringList([row.name for row in self.matches(text)[:MAX_SUGGESTIONS]])

    def _complete(self, name: str) -> None:
        self.setText(name)
        self._complete_text()

    def _complete_text(self) -> None:
        """Leaving the field: show the full name of the best match (the user sees the pick)."""
        hits = self.matches(self.text())
        if hits:
            if self.text() != hits[0].name:
                self.setText(hits[0].name)
            self.picked.emit(hits[0].id)
