"""German message boxes with Qt's standard buttons (translated by qtbase_de)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    """The answer to "save changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question ("Ja"/"Nein"); return True for yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_save_changes(parent: QWidget | None, title: str, text: str) -> Choice:
    """Ask whether unsaved changes are saved, discarded or the action cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Show a German error sentence (the services' ``AktifError.message``)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Show a short German note."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_unsaved(parent: QWidget, text: str) -> Choice:
    """The one "unsaved changes" question (Speichern / Verwerfen / Abbrechen)."""
    return ask_save_changes(parent, parent.tr("Ungespeicherte Änderungen"), text)


def leave_unsaved(
    parent: QWidget, text: str, save: Callable[[], bool], discard: Callable[[], object]
) -> bool:
    """Ask ``text`` about unsaved changes and act on the answer; True when the user may leave.

    Speichern: ``save()`` decides (False when refused); Verwerfen: ``discard()``, leave;
    Abbrechen: stay.
    """
    answer = ask_unsaved(parent, text)
    if answer is Choice.SAVE:
        return save()
    if answer is Choice.DISCARD:
        discard()
        return True
    return False
