"""The page "Familien" (Lotsen): family cases with their referrals and applications, and the
open follow-ups (Wiedervorlagen).

Left the case list with search and filters, right the case view (timeline with status buttons,
fields); a second tab lists every open follow-up. Every write goes through the services;
refusals appear as their German sentence in the page's message bar.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import cases, followups, organisations
from aktif_desktop.services.cases import CaseData, CaseRow
from ui.cases.case_list import CaseList
from ui.cases.case_view import CaseView
from ui.cases.follow_ups import FollowUpsView
from ui.pages import Page
from ui.widgets.dialogs import ask_yes_no, leave_unsaved
from ui.widgets.message_bar import MessageBar

# The Excel lists of the Lotsen work (kind in exports.lists.LISTS, menu text); the export
# module is imported only when one runs (openpyxl is slow to import).
EXPORT_KINDS = (
    ("cases", "Familien (Excel) …"),
    ("referrals", "Verweise (Excel) …"),
    ("applications", "Anträge (Excel) …"),
    ("followups", "Wiedervorlagen (Excel) …"),
)
CASES_TAB, FOLLOW_UPS_TAB = 0, 1


class CasesPage(Page):
    """Family cases (left), the selected case (right) and the follow-ups (second tab).

    Attributes:
        rows: every case loaded; bar: the message line; cases: the list; view: the case view;
        follow_ups: the Wiedervorlagen view; tabs: "Familien" and "Wiedervorlagen".
    """

    WATCHES = (
        "family_case",
        "family_case_release",
        "referral",
        "application",
        "follow_up",
        "organisation",
        "contact",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []
        self.bar = MessageBar(self)
        self.cases = CaseList()
        self.cases.changed.connect(self._filters_changed)
        self.cases.search.returnPressed.connect(self._open_first_row)
        self.cases.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view = CaseView()
        self.follow_ups = FollowUpsView()
        for source in (self.view, self.follow_ups):
            source.written.connect(self._written)
            source.failed.connect(lambda text: self.bar.show_message(text, "error"))
        self.follow_ups.case_requested.connect(self.open_case)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._cases_tab(), self.tr("Familien"))
        self.tabs.addTab(self.follow_ups, self.tr("Wiedervorlagen"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

    def _cases_tab(self) -> QWidget:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.cases, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Neue Familie"))
        self.new_button.setToolTip(self.tr("Eine Familie unter einem neuen Code anlegen (Strg+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("Löschen …"))
        self.delete_button.clicked.connect(self.delete_case)
        # a push button draws its menu arrow beside the text (a tool button's overlapped it)
        self.export_button = QPushButton(self.tr("Excel-Export"))
        menu = QMenu(self.export_button)
        for kind, text in EXPORT_KINDS:
            menu.addAction(self.tr(text), partial(self.export, kind))
        self.export_button.setMenu(menu)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 760])
        self.splitter = splitter
        return splitter

    # Page contract ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read cases, partners and follow-ups again; the open case stays open."""
        partners = organisations.list_organisations()
        self.rows = cases.list_cases()
        used = {partner for row in self.rows for partner in row.partner_ids}
        self.cases.set_partners(partners, used)
        self.view.set_partners(partners)
        self._apply_filter()
        current = self.view.row
        if current is not None and not self.view.dirty:
            fresh = next((row for row in self.rows if row.id == current.id), None)
            self.view.show_case(fresh)
        if self.tabs.currentIndex() == FOLLOW_UPS_TAB:
            self.follow_ups.reload()

    def forget_selection(self) -> None:
        self.view.show_case(None)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(CASES_TAB)
        self.cases.search.setFocus()
        self.cases.search.selectAll()

    def new_record(self) -> None:
        """Strg+N: a new case under the next code, selected at once."""
        if not self.can_leave():
            return
        try:
            row = cases.create_case(CaseData())
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self.tabs.setCurrentIndex(CASES_TAB)
        self.cases.search.clear()
        self._written(self.tr("Die Familie {code} ist angelegt.").format(code=row.code))
        self.open_case(row.id)

    def can_leave(self) -> bool:
        if not self.view.dirty:
            return True
        question = self.tr("Die Angaben dieser Familie sind noch nicht gespeichert. Speichern?")
        return leave_unsaved(self, question, self.view.save, self.view.revert)

    # Acting -------------------------------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        """Show case ``case_id`` in the Familien tab (filters that hide it are cleared)."""
        self.tabs.setCurrentIndex(CASES_TAB)
        if not any(row.id == case_id for row in self.cases.model.rows):
            self._clear_filters()
        row = next((r for r in self.rows if r.id == case_id), None)
        if row is None:
            return
        self.view.show_case(row)
        self._reselect()

    def delete_case(self) -> None:
        """Delete the selected case after saying what goes with it."""
        row = self.view.row
        if row is None:
            return
        follow_ups = len(followups.list_follow_ups(case_id=row.id, include_done=True))
        question = self.tr(
            "Soll die Familie {code} gelöscht werden? Mit ihr werden {r} Verweise, {a} Anträge "
            "und {f} Wiedervorlagen gelöscht."
        ).format(code=row.code, r=row.referral_count, a=row.application_count, f=follow_ups)
        if not ask_yes_no(self, self.tr("Familie löschen"), question):
            return
        try:
            cases.delete_case(row.id)
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self.view.show_case(None)
        self._written(self.tr("Die Familie {code} ist gelöscht.").format(code=row.code))

    def export(self, kind: str) -> None:
        """An Excel list through the window's export entries (same dialogs, same safe path)."""
        controller = getattr(self.window(), "export_actions", None)
        if controller is None:
            from ui.export_actions import ExportController

            controller = ExportController(self.window())
        controller.export_list(kind)

    # Helpers ------------------------------------------------------------------------------
    def _written(self, message: str) -> None:
        self.bar.show_message(message, "success")
        self.reload()
        self.data_written.emit()

    def _apply_filter(self) -> None:
        self.cases.show_rows(self.rows)
        self._reselect()
        self.delete_button.setEnabled(self.view.row is not None)

    def _filters_changed(self) -> None:
        self._apply_filter()

    def _clear_filters(self) -> None:
        for widget in (self.cases.concern, self.cases.partner, self.cases.status):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.cases.open_only.blockSignals(True)
        self.cases.open_only.setChecked(False)
        self.cases.open_only.blockSignals(False)
        self.cases.search.blockSignals(True)
        self.cases.search.clear()
        self.cases.search.blockSignals(False)
        self._apply_filter()

    def _tab_changed(self, index: int) -> None:
        if index == FOLLOW_UPS_TAB:
            self.follow_ups.reload()

    def _open_first_row(self) -> None:
        if self.cases.model.rows:
            self.cases.table.setFocus()
            self.cases.table.selectRow(0)

    def _reselect(self) -> None:
        current = self.view.row
        selection = self.cases.table.selectionModel()
        number = self.cases.model.row_number_of(lambda r: r.id == current.id) if current else -1
        selection.blockSignals(True)
        if number >= 0:
            selection.setCurrentIndex(
                self.cases.model.index(number, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.cases.table.scrollTo(self.cases.model.index(number, 0))
        else:
            selection.clear()
        selection.blockSignals(False)
        self.delete_button.setEnabled(current is not None)

    def _current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        number = current.row()
        if number < 0:
            return
        row = self.cases.model.row_at(number)
        if self.view.row is not None and row.id == self.view.row.id:
            return
        if not self.can_leave():
            self._reselect()
            return
        self.view.show_case(row)
        self.delete_button.setEnabled(True)
