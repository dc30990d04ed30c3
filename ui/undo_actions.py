"""The "Bearbeiten" menu: Rückgängig (Strg+Z) and Wiederholen (Strg+Y) for the operations of
this session, named after what they did ("Rückgängig: Zusammenführen von Jörg Schäfer").

The stack lives in :mod:`aktif_desktop.services.operations`; this module only shows it. The
actions are updated whenever an operation is published (also one a worker thread ran: the
notice reaches the GUI thread through a queued signal) and before the menu opens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from aktif_desktop.changes import OpChanges, subscribe
from aktif_desktop.errors import AktifError
from aktif_desktop.services import operations
from ui.widgets.dialogs import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoActions", text)


class UndoController(QObject):
    """Keeps the two actions in step with the undo stack and runs undo and redo."""

    changed = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.undo_action = QAction(_tr("Rückgängig"), window)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(_tr("Wiederholen"), window)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.changed.connect(self.update_actions)
        self._unsubscribe = subscribe(self._published)
        window.destroyed.connect(lambda *_: self._unsubscribe())
        self.update_actions()

    def _published(self, _changes: OpChanges) -> None:
        try:  # may run on a worker thread: the slot then runs on the GUI thread
            self.changed.emit()
        except RuntimeError:  # the window is being destroyed
            self._unsubscribe()

    def update_actions(self) -> None:
        """Show the labels of the next undo and redo; disable what is not possible."""
        undo_label, redo_label = operations.undo_label(), operations.redo_label()
        self.undo_action.setEnabled(undo_label is not None)
        self.redo_action.setEnabled(redo_label is not None)
        self.undo_action.setText(
            _tr("Rückgängig: %1").replace("%1", undo_label) if undo_label else _tr("Rückgängig")
        )
        self.redo_action.setText(
            _tr("Wiederholen: %1").replace("%1", redo_label) if redo_label else _tr("Wiederholen")
        )

    def undo(self) -> None:
        """Undo the newest operation and refresh the pages."""
        self._run(operations.undo, _tr("Rückgängig"))

    def redo(self) -> None:
        """Repeat the operation undone last and refresh the pages."""
        self._run(operations.redo, _tr("Wiederholen"))

    def _run(self, action: Any, title: str) -> None:
        if (
            operations.undo_label() if action is operations.undo else operations.redo_label()
        ) is None:
            self.update_actions()  # e.g. another database was opened since the menu was shown
            return
        try:
            changes: OpChanges = action()
        except AktifError as error:
            show_error(self.window, title, error.message)
            self.update_actions()
            return
        apply_changes = getattr(self.window, "apply_changes", None)
        if callable(apply_changes):
            apply_changes(changes)
        else:
            self.window.reload_all()
        show_status = getattr(self.window, "show_status", None)
        if callable(show_status):
            show_status(changes.label)
        self.update_actions()


def install(window: Any) -> None:
    """Add the "Bearbeiten" menu to ``window``; the controller is kept as
    ``window.undo_actions``."""
    controller = UndoController(window)
    window.undo_actions = controller
    menu = window.menu(_tr("Bearbeiten"))
    menu.addAction(controller.undo_action)
    menu.addAction(controller.redo_action)
    menu.aboutToShow.connect(controller.update_actions)
