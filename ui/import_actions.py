"""Menu "Import": entries that open the import wizard for partners, contacts or participants."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from aktif_desktop.imports.engine import ImportResult
from ui.import_wizard import ImportWizard

ENTRIES = (
    ("organisations", "Partnerliste importieren …"),
    ("contacts", "Ansprechpersonen importieren …"),
    ("participants", "Teilnehmende einer Veranstaltung importieren …"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportActions", text)


def open_wizard(window: Any, kind: str) -> ImportWizard:
    """Open the wizard for ``kind``; after a commit every page of ``window`` reloads."""

    def committed(result: ImportResult) -> None:
        window.reload_all()
        if hasattr(window, "show_status"):
            counts = result.summary()
            window.show_status(
                _tr("Import: %1 neu, %2 aktualisiert")
                .replace("%1", str(counts["created"]))
                .replace("%2", str(counts["updated"]))
            )

    wizard = ImportWizard(kind, window, on_committed=committed)
    if kind == "participants" and hasattr(window, "current_event_id"):
        wizard.file_page.preferred_event = window.current_event_id()
    wizard.open()
    return wizard


def install(window: Any) -> None:
    """Add the import entries to ``window.menu("Import")``."""
    menu = window.menu(_tr("Import"))
    for kind, label in ENTRIES:
        action = menu.addAction(_tr(label))
        action.triggered.connect(lambda _checked=False, k=kind: open_wizard(window, k))
