"""The page "Protokoll": the audit trail (Änderungen) and the disclosure log (Weitergaben).

Both are read-only lists, newest first, searchable; the rows come from
:mod:`aktif_desktop.services.audit` (the log itself cannot be changed by the app).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.services import audit, audit_describe
from aktif_desktop.text import fold
from ui.pages import Page
from ui.table_model import Column, RowTableModel
from ui.widgets.table import make_table

LIMIT = 5_000  # newest entries shown; older ones stay in the database (and the person report)


def _when(row: Any) -> str:
    return f"{row.at:%d.%m.%Y %H:%M:%S}" if row.at else ""


def _number(row: audit.AuditRow) -> str:
    return str(row.row_id) if row.row_id is not None else ""


def _details(row: audit.AuditRow) -> str:
    return row.description or row.detail  # the German sentence of services.audit_describe


def audit_columns(tr: Callable[[str], str]) -> list[Column[audit.AuditRow]]:
    return [
        Column(tr("Zeitpunkt"), _when, sort_key=lambda r: (r.at, r.id)),
        Column(tr("Benutzer"), lambda r: r.user),
        Column(tr("Aktion"), lambda r: r.action_label),
        Column(tr("Bereich"), lambda r: r.table_label if r.table_name else ""),
        Column(tr("Nr."), _number, sort_key=lambda r: r.row_id or 0, align_right=True),
        Column(tr("Details"), _details, tooltip=_details),
    ]


def disclosure_columns(tr: Callable[[str], str]) -> list[Column[audit.DisclosureRow]]:
    return [
        Column(tr("Zeitpunkt"), _when, sort_key=lambda r: (r.at, r.id)),
        Column(tr("Benutzer"), lambda r: r.user),
        Column(tr("Liste"), lambda r: r.kind),
        Column(
            tr("Zeilen"),
            lambda r: str(r.row_count),
            sort_key=lambda r: r.row_count,
            align_right=True,
        ),
        Column(tr("Spalten"), lambda r: r.columns, tooltip=lambda r: r.columns),
        Column(tr("Datei"), lambda r: r.file_name, tooltip=lambda r: r.file_name),
    ]


def _audit_text(row: audit.AuditRow) -> str:
    return fold(f"{_when(row)} {row.user} {row.action_label} {row.table_label} {_details(row)}")


def _disclosure_text(row: audit.DisclosureRow) -> str:
    return fold(f"{_when(row)} {row.user} {row.kind} {row.columns} {row.file_name}")


class AuditPage(Page):
    """Two tabs over the logs with one search field.

    Attributes:
        search: the search field (filters both tabs; every word must occur).
        tabs: "Änderungen" and "Weitergaben".
        changes, disclosures: the two table models.
        changes_view, disclosures_view: their views.
        count_label: "12 von 340 Einträgen".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Protokoll durchsuchen (Benutzer, Bereich, Datei …)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.count_label = QLabel(self)
        self.changes: RowTableModel[audit.AuditRow] = RowTableModel(audit_columns(self.tr), self)
        self.disclosures: RowTableModel[audit.DisclosureRow] = RowTableModel(
            disclosure_columns(self.tr), self
        )
        self.changes_view = make_table(self.changes, [165, 120, 110, 170, 60], self)
        self.disclosures_view = make_table(self.disclosures, [165, 120, 240, 60, 300], self)
        for view in (self.changes_view, self.disclosures_view):
            view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.changes_view, self.tr("Änderungen"))
        self.tabs.addTab(self.disclosures_view, self.tr("Weitergaben"))
        self.tabs.currentChanged.connect(lambda _index: self._update_count())
        self._build_layout()

    def _build_layout(self) -> None:
        hint = QLabel(
            self.tr(
                "Jede Änderung, jeder Import und jede Weitergabe personenbezogener Daten wird "
                "hier mit Zeitpunkt und Benutzer festgehalten. Das Protokoll kann nicht "
                "geändert werden."
            ),
            self,
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # Page contract -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read both logs again (newest first)."""
        self.changes.set_rows(audit_describe.describe_all(audit.list_audit(LIMIT)))
        self.disclosures.set_rows(audit.list_disclosures(LIMIT))
        self._apply_filter(self.search.text())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Filtering -----------------------------------------------------------------------------
    def _apply_filter(self, text: str) -> None:
        words = fold(text).split()
        if not words:
            self.changes.set_filter(None)
            self.disclosures.set_filter(None)
        else:
            self.changes.set_filter(lambda row: all(w in _audit_text(row) for w in words))
            self.disclosures.set_filter(lambda row: all(w in _disclosure_text(row) for w in words))
        self._update_count()

    def current_view(self) -> QTableView:
        return self.changes_view if self.tabs.currentIndex() == 0 else self.disclosures_view

    def _update_count(self) -> None:
        model = self.changes if self.tabs.currentIndex() == 0 else self.disclosures
        shown, total = len(model.rows), len(model.all_rows)
        if not total:
            self.count_label.setText(self.tr("Noch keine Einträge"))
        elif shown == total:
            text = (
                self.tr("1 Eintrag")
                if total == 1
                else self.tr("%1 Einträge").replace("%1", str(total))
            )
            self.count_label.setText(text)
        else:
            text = self.tr("%1 von %2 Einträgen")
            self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(total)))
