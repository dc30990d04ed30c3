"""The import wizard: choose file and sheet → map columns → preview → confirm → summary.

The wizard only holds an :class:`ImportPlan` of the core; preview and import run through
``aktif_desktop.imports.engine.run_import`` in the background worker (the preview is the
same import rolled back, so it shows exactly what the import will do).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from aktif_desktop import messages
from aktif_desktop.errors import AktifError
from aktif_desktop.imports import engine
from aktif_desktop.imports.cells import to_text
from aktif_desktop.imports.engine import ImportPlan, ImportResult
from aktif_desktop.imports.fields import FIELDS, KIND_LABELS, norm_header
from aktif_desktop.imports.guard import column_letter
from aktif_desktop.imports.reader import sheet_names
from aktif_desktop.services import events
from ui.import_preview import PreviewPage, SummaryPage, confirm_text
from ui.widgets import file_dialogs
from ui.widgets.dialogs import show_error
from ui.worker import Job, start_job

FILE_FILTER = "Tabellen (*.xlsx *.xls *.ods *.csv);;Alle Dateien (*)"


__all__ = ["ImportWizard", "column_letter"]


class FilePage(QWizardPage):
    """Step 1: what to import, the file and the sheet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Datei wählen"))
        self.setSubTitle(self.tr("Excel-Dateien (.xlsx, .xls), OpenDocument (.ods) oder CSV."))
        self.kind = QComboBox()
        for code, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), code)
        self.event_combo = QComboBox()
        self.preferred_event: int | None = None
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Pfad zur Datei"))
        browse = QPushButton(self.tr("Durchsuchen …"))
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        # Consent is never assumed: only this explicit statement (or a column) records it.
        self.consent_lists = QCheckBox(
            self.tr("Alle neuen Personen dieser Liste haben eingewilligt, auf Teilnahmelisten "
                    "zu stehen (ohne Haken wird keine Einwilligung gespeichert)")
        )  # fmt: skip
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Was wird importiert?"), self.kind)
        form.addRow(self.tr("Veranstaltung"), self.event_combo)
        form.addRow(self.tr("Datei"), row)
        form.addRow(self.tr("Tabelle"), self.sheet)
        form.addRow(self.tr("Einwilligung"), self.consent_lists)
        form.addRow(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path.editingFinished.connect(self._load_sheets)
        self.path.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.event_combo.clear()
        for row in reversed(events.list_events()):
            self.event_combo.addItem(f"{row.start:%d.%m.%Y} – {row.title}", row.id)
        if self.preferred_event is not None:
            self.event_combo.setCurrentIndex(
                max(0, self.event_combo.findData(self.preferred_event))
            )
        self._kind_changed()

    def _kind_changed(self) -> None:
        participants = self.kind.currentData() == "participants"
        self.event_combo.setEnabled(participants)
        self.consent_lists.setEnabled(participants)
        if not participants:
            self.consent_lists.setChecked(False)
        self.completeChanged.emit()

    def _browse(self) -> None:
        # Documents first, then the folder of the last imported file (issue 16.15).
        path = file_dialogs.open_file(
            self, self.tr("Liste importieren"), file_dialogs.IMPORT, self.tr(FILE_FILTER)
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path, sheet: str | None = None) -> None:
        """Choose ``path`` (and the sheet) as if the user had picked it."""
        self.path.setText(str(path))
        self._load_sheets()
        if sheet is not None:
            self.sheet.setCurrentText(sheet)

    def _load_sheets(self) -> None:
        self.sheet.clear()
        self.error.clear()
        try:
            path = Path(self.path.text().strip())
            names = sheet_names(path)
        except AktifError as error:
            self.error.setText(error.message)
            return
        self.sheet.addItems(names)
        self.sheet.setEnabled(bool(names))
        if len(names) > 1:  # a cover sheet first: preselect the sheet holding the list
            with contextlib.suppress(AktifError):
                self.sheet.setCurrentText(engine.best_sheet(path, self.kind.currentData()))

    def isComplete(self) -> bool:
        has_event = self.kind.currentData() != "participants" or self.event_combo.currentData()
        return bool(self.path.text().strip()) and bool(has_event)

    def validatePage(self) -> bool:
        kind = self.kind.currentData()
        try:
            self.owner.plan = ImportPlan.from_file(
                self.path.text().strip(),
                kind,
                sheet=self.sheet.currentText() or None,
                event_id=self.event_combo.currentData() if kind == "participants" else None,
            )
        except AktifError as error:
            self.error.setText(error.message)
            return False
        if kind == "participants" and self.consent_lists.isChecked():
            self.owner.plan.consent_lists = True
        if self.owner.plan.table.sheet:
            self.sheet.setCurrentText(self.owner.plan.table.sheet)
        return True


class MappingPage(QWizardPage):
    """Step 2: the header row and a field for each column (pre-filled by detection)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Spalten zuordnen"))
        self.setSubTitle(
            self.tr("Prüfen Sie, welches Feld in jeder Spalte steht. Die Zuordnung wird für "
                    "Dateien mit denselben Überschriften gemerkt.")
        )  # fmt: skip
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._header_changed)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        top = QFormLayout()
        top.addRow(self.tr("Überschriften in Zeile"), self.header_row)
        # Two columns with the same header: the user says which one is imported.
        self.duplicates_box = QWidget()
        self.duplicates_form = QFormLayout(self.duplicates_box)
        self.duplicates_form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        self.combos: dict[int, QComboBox] = {}
        self.column_choosers: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(1, len(plan.table.rows)))
        self.header_row.setValue(plan.table.numbers[plan.header_index] if plan.table.rows else 1)
        self.header_row.blockSignals(False)
        self._fill()

    def _header_changed(self, number: int) -> None:
        plan = self.owner.plan
        assert plan is not None
        if number in plan.table.numbers:
            plan.set_header(plan.table.numbers.index(number))
            self._fill()

    def _fill(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        for col, text in enumerate((self.tr("Spalte"), self.tr("Beispielwerte"), self.tr("Feld"))):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, col)
        body = [r for r in plan.table.rows[plan.header_index + 1 :] if any(map(to_text, r))]
        fields = FIELDS[plan.kind]
        for line, column in enumerate(plan.used_columns(), start=1):
            header = plan.headers[column] or self.tr("(ohne Überschrift)")
            samples = [
                to_text(r[column]) for r in body[:4] if column < len(r) and to_text(r[column])
            ]
            self.grid.addWidget(QLabel(f"{column_letter(column)}: {header}"), line, 0)
            example = QLabel(", ".join(samples[:3])[:80])
            example.setStyleSheet("color: #555")
            self.grid.addWidget(example, line, 1)
            combo = QComboBox()
            combo.addItem(self.tr("– nicht importieren –"), "")
            for field in fields:
                combo.addItem(self.tr(field.label), field.name)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping.get(column, ""))))
            self.grid.addWidget(combo, line, 2)
            self.combos[column] = combo
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(self.combos) + 1, 1)
        self._fill_duplicates()

    def _fill_duplicates(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        while self.duplicates_form.rowCount():
            self.duplicates_form.removeRow(0)
        self.column_choosers = {}
        for header, columns in plan.duplicate_headers():
            letters = [column_letter(column) for column in columns]
            text = messages.IMPORT_DUPLICATE_HEADER_CHOOSE.format(
                header=header, columns=", ".join(letters[:-1]) + " und " + letters[-1]
            )
            label = QLabel(text)
            label.setWordWrap(True)
            label.setStyleSheet("color: #a05a00")
            combo = QComboBox()
            combo.addItem(self.tr("– bitte wählen –"), -1)
            for column, letter in zip(columns, letters, strict=True):
                combo.addItem(self.tr("Spalte %1").replace("%1", letter), column)
            chosen = plan.column_choices.get(norm_header(header))
            if chosen is not None:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(
                lambda _i, h=header, c=combo: self.choose_column(h, c.currentData())
            )
            self.duplicates_form.addRow(label, combo)
            self.column_choosers[header] = combo
        self.duplicates_box.setVisible(bool(self.column_choosers))

    def choose_column(self, header: str, column: int) -> None:
        """Import ``column`` for the duplicated ``header`` (the other columns are left out)."""
        plan = self.owner.plan
        assert plan is not None
        if column < 0:
            plan.column_choices.pop(norm_header(header), None)
            return
        plan.mapping = self.mapping()
        plan.choose_column(header, column)
        for col, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping.get(col, ""))))
            combo.blockSignals(False)
        self.error.clear()

    def mapping(self) -> dict[int, str]:
        return {
            col: combo.currentData() for col, combo in self.combos.items() if combo.currentData()
        }

    def validatePage(self) -> bool:
        plan = self.owner.plan
        assert plan is not None
        undecided = [
            header
            for header, _columns in plan.duplicate_headers()
            if norm_header(header) not in plan.column_choices
        ]
        if undecided:
            self.error.setText(
                self.tr("Bitte wählen Sie oben, welche Spalte „%1“ importiert wird.").replace(
                    "%1", undecided[0]
                )
            )
            return False
        chosen = self.mapping()
        if len(set(chosen.values())) != len(chosen):
            self.error.setText(self.tr("Jedes Feld darf nur einer Spalte zugeordnet sein."))
            return False
        plan.mapping = chosen
        try:
            plan.check()
        except AktifError as error:
            self.error.setText(error.message)
            return False
        self.error.clear()
        return True


class ConfirmPage(QWizardPage):
    """Step 4: the counts once more; "Importieren" writes all rows or none."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Import bestätigen"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        # A commit page: once imported, "Zurück" is gone (the import cannot be undone here).
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importieren"))
        self.busy = False

    def initializePage(self) -> None:
        preview = self.owner.preview.result
        assert preview is not None
        self.text.setText(
            confirm_text(preview, self.owner.preview.skip_errors.isChecked(), self.tr)
            + "\n\n"
            + self.tr("Der Import wird ganz oder gar nicht gespeichert: tritt ein Fehler auf, "
                      "bleibt die Datenbank unverändert.")
        )  # fmt: skip

    def validatePage(self) -> bool:
        if self.owner.import_result is not None:
            return True
        if not self.busy:
            self.busy = True
            self.progress.show()
            self.owner.run(self._commit, self._done, self._failed)
        return False

    def _commit(self, progress: Callable[[int, int], bool]) -> ImportResult:
        assert self.owner.plan is not None
        return engine.run_import(
            self.owner.plan,
            commit=True,
            skip_errors=self.owner.preview.skip_errors.isChecked(),
            progress=progress,
        )

    def _done(self, result: ImportResult) -> None:
        self.busy = False
        self.owner.import_result = result
        self.owner.committed(result)
        self.owner.next()

    def _failed(self, message: str) -> None:
        self.busy = False
        self.progress.hide()
        if self.isVisible():  # not after the user closed the wizard (cancel rolls back)
            show_error(self, self.tr("Import"), message)


class ImportWizard(QWizard):
    """The whole import as a wizard; ``on_committed(result)`` is called after a commit.

    Attributes:
        plan: the import being prepared (None before a file was chosen).
        import_result: the committed import's result (None before).
        background: run preview and import in the worker (False runs them inline).
    """

    def __init__(
        self,
        kind: str = "contacts",
        parent: QWidget | None = None,
        on_committed: Callable[[ImportResult], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Liste importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(1000, 640)
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.background = True
        self.on_committed = on_committed
        self._jobs: list[Job] = []
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview = PreviewPage(self)
        self.confirm = ConfirmPage(self)
        self.summary = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.preview, self.confirm, self.summary):
            self.addPage(page)
        self.file_page.kind.setCurrentIndex(max(0, self.file_page.kind.findData(kind)))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Set here too, so the wizard is German even before Qt's own translations load.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Zurück")),
            (QWizard.WizardButton.NextButton, self.tr("Weiter >")),
            (QWizard.WizardButton.CancelButton, self.tr("Abbrechen")),
            (QWizard.WizardButton.FinishButton, self.tr("Schließen")),
        ):
            self.setButtonText(button, text)

    def run(
        self,
        func: Callable[[Callable[[int, int], bool]], ImportResult],
        done: Callable[[ImportResult], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``func(progress)`` in the worker; ``done``/``failed`` on the UI thread."""
        failed = failed or (lambda message: show_error(self, self.tr("Import"), message))
        if not self.background:
            try:
                done(func(lambda _d, _t: True))
            except AktifError as error:
                failed(error.message)
            return
        job = Job(func, with_progress=True)
        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(lambda _r, j=job: self._jobs.remove(j))
        job.signals.failed.connect(lambda _m, j=job: self._jobs.remove(j))
        self._jobs.append(job)
        start_job(job)

    def _progress(self, done: int, total: int) -> None:
        for bar in (self.preview.progress, self.confirm.progress):
            bar.setMaximum(max(total, 1))
            bar.setValue(done)

    def busy(self) -> bool:
        return bool(self._jobs)

    def reject(self) -> None:
        for job in self._jobs:
            job.cancel()  # a running import is rolled back: nothing stays
        super().reject()

    def committed(self, result: ImportResult) -> None:
        if self.on_committed is not None:
            self.on_committed(result)
