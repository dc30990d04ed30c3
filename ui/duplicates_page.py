"""The "Dubletten" page: candidate duplicate pairs and merging them field by field.

The list comes from ``services.duplicates`` (loaded in the background worker: about a second
for 20,000 contacts); merging goes through ``services.merge`` in one transaction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import duplicates, merge
from aktif_desktop.services.duplicates import DuplicatePair
from aktif_desktop.text import fold
from ui.pages import Page
from ui.table_model import Column, RowTableModel
from ui.widgets.dialogs import show_error
from ui.widgets.table import make_table
from ui.worker import Job, start_job

CHOICES = (("keep", "A"), ("drop", "B"), ("both", "beide"))


class MergeDialog(QDialog):
    """Choose, for each differing field, whether A's or B's value (or both) stays.

    Record B is merged into record A: every participation, certificate, note (and for a
    partner every contact, offer and event) of B moves to A; then B is deleted.
    """

    def __init__(self, pair: DuplicatePair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair = pair
        self.setWindowTitle(self.tr("Zusammenführen"))
        self.resize(920, 480)
        if pair.kind == "contact":
            diffs = merge.contact_differences(pair.first_id, pair.second_id)
        else:
            diffs = merge.organisation_differences(pair.first_id, pair.second_id)
        intro = QLabel(
            self.tr("B wird in A zusammengeführt. Alle Teilnahmen, Bescheinigungen und Notizen "
                    "von B bleiben erhalten und gehören danach zu A; B wird gelöscht.")
        )  # fmt: skip
        intro.setWordWrap(True)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, text in enumerate(
            (self.tr("Feld"), f"A: {pair.first_label}", f"B: {pair.second_label}", "")
        ):
            header = QLabel(f"<b>{text}</b>")
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        for line, diff in enumerate(diffs, start=1):
            grid.addWidget(QLabel(self.tr(diff.label)), line, 0)
            group = QButtonGroup(self)
            texts = {"keep": diff.keep_text, "drop": diff.drop_text, "both": self.tr("beide")}
            choices = CHOICES if diff.default == "both" else CHOICES[:2]
            for column, (code, _short) in enumerate(choices, start=1):
                button = QRadioButton(texts[code].replace("\n", " ")[:60] or self.tr("(leer)"))
                button.setToolTip(texts[code])
                button.setChecked(code == diff.default)
                group.addButton(button, column)
                button.setProperty("choice", code)
                grid.addWidget(button, line, column)
            self.groups[diff.name] = group
        if not diffs:
            grid.addWidget(QLabel(self.tr("Alle Felder sind gleich.")), 1, 0, 1, 3)
        grid.setRowStretch(len(diffs) + 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Zusammenführen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, str]:
        """Field name -> "keep", "drop" or "both" as the radio buttons say."""
        checked = {name: group.checkedButton() for name, group in self.groups.items()}
        return {
            name: button.property("choice")
            for name, button in checked.items()
            if button is not None
        }

    def merge(self) -> None:
        """Merge B into A with the chosen values (raises AktifError when refused)."""
        if self.pair.kind == "contact":
            merge.merge_contacts(self.pair.first_id, self.pair.second_id, self.choices())
        else:
            merge.merge_organisations(self.pair.first_id, self.pair.second_id, self.choices())


class DuplicatesPage(Page):
    """Candidate duplicate pairs across the whole database.

    Attributes:
        model: the pairs shown (RowTableModel of DuplicatePair).
        loading: True while the list is computed in the background.
    """

    WATCHES = ("contact", "organisation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False
        self._job: Job | None = None
        title = QLabel(f"<h2>{self.tr('Dubletten')}</h2>")
        hint = QLabel(
            self.tr("Mögliche doppelte Einträge: gleiche E-Mail-Adresse, gleicher Name "
                    "(Müller = Mueller = MÜLLER) oder ähnlicher Name. Prüfen Sie jedes Paar und "
                    "führen Sie es zusammen oder markieren Sie es als „keine Dublette“.")
        )  # fmt: skip
        hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.status = QLabel()
        self.model: RowTableModel[DuplicatePair] = RowTableModel(self._columns(), self)
        self.table = make_table(self.model, [120, 300, 300, 250, 90], self)
        self.table.doubleClicked.connect(self.merge_selected)
        merge_button = QPushButton(self.tr("Zusammenführen …"))
        merge_button.clicked.connect(self.merge_selected)
        dismiss = QPushButton(self.tr("Keine Dublette"))
        dismiss.clicked.connect(self.dismiss_selected)
        refresh = QPushButton(self.tr("Neu suchen"))
        refresh.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        for widget in (merge_button, dismiss, refresh):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _columns(self) -> list[Column[DuplicatePair]]:
        return [
            Column(self.tr("Art"), lambda p: self.tr(p.kind_label)),
            Column(self.tr("Eintrag A"), lambda p: p.first_label),
            Column(self.tr("Eintrag B"), lambda p: p.second_label),
            Column(self.tr("Grund"), lambda p: self.tr(p.reason)),
            Column(
                self.tr("Ähnlichkeit"),
                lambda p: f"{round(p.score * 100)} %",
                sort_key=lambda p: p.score,
                align_right=True,
            ),
        ]

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        """Search the whole database again (in the background)."""
        if self.loading:
            return
        self.loading = True
        self.status.setText(self.tr("Suche läuft …"))
        job = Job(duplicates.find_duplicates)
        job.signals.finished.connect(self._loaded)
        job.signals.failed.connect(self._failed)
        self._job = start_job(job)

    def _loaded(self, pairs: list[DuplicatePair]) -> None:
        self.loading = False
        self.model.set_rows(pairs)
        self._show_count()

    def _failed(self, message: str) -> None:
        self.loading = False
        self.status.clear()
        show_error(self, self.tr("Dubletten"), message)

    def _show_count(self) -> None:
        count = len(self.model.all_rows)
        self.status.setText(
            self.tr("Keine möglichen Dubletten gefunden.")
            if count == 0
            else self.tr("%1 mögliche Dubletten").replace("%1", str(count))
        )

    def _filter(self, text: str) -> None:
        words = fold(text).split()

        def matches(pair: DuplicatePair) -> bool:
            haystack = fold(f"{pair.first_label} {pair.second_label} {pair.reason}")
            return all(word in haystack for word in words)

        self.model.set_filter(matches if words else None)

    def selected(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def merge_selected(self, *_args: Any) -> None:
        pair = self.selected()
        if pair is None:
            return
        dialog = MergeDialog(pair, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            dialog.merge()
        except AktifError as error:
            show_error(self, self.tr("Zusammenführen"), error.message)
            return
        self._after_change(pair, merged=True)
        self.data_written.emit()

    def dismiss_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        duplicates.dismiss(pair)
        self._after_change(pair, merged=False)

    def _after_change(self, pair: DuplicatePair, merged: bool) -> None:
        """Drop the pair (and pairs with a merged-away record) without a full new search."""
        gone = {(pair.kind, pair.second_id)} if merged else set()
        rows = [
            p
            for p in self.model.all_rows
            if p is not pair and not ({(p.kind, p.first_id), (p.kind, p.second_id)} & gone)
        ]
        self.model.set_rows(rows)
        self._show_count()
