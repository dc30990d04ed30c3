"""The dialog for a refused stale save: what changed, when and by whom, and per field the
choice between the stored value and one's own.

A form saves with the version it loaded; when another program (or window) saved the record
meanwhile, the service raises :class:`~aktif_desktop.errors.StaleRecordError`.
:func:`save_or_resolve` shows this dialog and either saves the chosen values on top of the
stored version or returns None so that the page reloads the record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import StaleRecordError
from ui.widgets.style import MUTED

D = TypeVar("D")
R = TypeVar("R")
STORED, MINE = "stored", "mine"


def shown(value: object) -> str:
    """A value as the dialog shows it ("ja", "03.12.2026", "—")."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, tuple | list):
        return ", ".join(str(item) for item in value)
    return str(value)


def differences(error: StaleRecordError, mine: Any) -> list[str]:
    """The fields of the form's data whose value differs from the stored one."""
    return [
        field.name
        for field in dataclasses.fields(mine)
        if field.name in error.current and getattr(mine, field.name) != error.current[field.name]
    ]


class StaleDialog(QDialog):
    """Shows the refusal and lets the user keep the stored or her own value per field."""

    def __init__(
        self,
        parent: QWidget | None,
        error: StaleRecordError,
        mine: Any,
        labels: Mapping[str, str],
        loaded: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inzwischen geändert"))
        self.error, self.mine = error, mine
        layout = QVBoxLayout(self)
        message = QLabel(error.message)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.choices: dict[str, QComboBox] = {}
        names = differences(error, mine)
        grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Feld"), self.tr("Gespeichert"), self.tr("Ihr Wert"), self.tr("Übernehmen"))
        ):
            header = QLabel(title)
            header.setStyleSheet("font-weight: bold")
            grid.addWidget(header, 0, column)
        for row, name in enumerate(names, start=1):
            grid.addWidget(QLabel(labels.get(name, name)), row, 0)
            grid.addWidget(QLabel(shown(error.current[name])), row, 1)
            grid.addWidget(QLabel(shown(getattr(mine, name))), row, 2)
            combo = QComboBox()
            combo.addItem(self.tr("gespeicherten Wert"), STORED)
            combo.addItem(self.tr("meinen Wert"), MINE)
            # A field the user did not touch takes the stored value; her own edits stay.
            untouched = loaded is not None and getattr(loaded, name, None) == getattr(mine, name)
            combo.setCurrentIndex(0 if loaded is None or untouched else 1)
            grid.addWidget(combo, row, 3)
            self.choices[name] = combo
        layout.addLayout(grid)
        if not names:
            same = QLabel(self.tr("Ihre Werte stimmen mit dem gespeicherten Stand überein."))
            same.setStyleSheet(MUTED)
            layout.addWidget(same)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Auswahl speichern"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button = buttons.addButton(
            self.tr("Gespeicherten Stand laden"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, name: str, which: str) -> None:
        """Select the stored value (``STORED``) or one's own (``MINE``) for field ``name``."""
        combo = self.choices[name]
        combo.setCurrentIndex(combo.findData(which))

    def merged(self) -> Any:
        """The form's data with the stored value wherever that was chosen."""
        stored = {
            name: self.error.current[name]
            for name, combo in self.choices.items()
            if combo.currentData() == STORED
        }
        return dataclasses.replace(self.mine, **stored)


def save_or_resolve(
    parent: QWidget | None,
    data: D,
    loaded: Any,
    labels: Mapping[str, str],
    save: Callable[[D, int | None], R],
) -> R | None:
    """Save ``data`` based on ``loaded`` (the row the form showed); resolve a stale save.

    Returns the saved row, or None when the user chose to load the stored state (the page
    reloads the record then). Other refusals (AktifError) reach the caller unchanged.
    """
    version = getattr(loaded, "version", None)
    while True:
        try:
            return save(data, version)
        except StaleRecordError as error:
            dialog = StaleDialog(parent, error, data, labels, loaded)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            data, version = dialog.merged(), error.current_version
