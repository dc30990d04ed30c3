"""The preview step of the import wizard: each row's outcome, fixing and skipping rows.

A possible duplicate is never dropped silently: the user decides for each (same person:
update, another person: new entry, or skip) and the confirm step says what will happen.
Shared with the confirm and summary steps: the outcome table columns and the counts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.files import reports
from aktif_desktop.imports import engine
from aktif_desktop.imports.cells import to_text
from aktif_desktop.imports.engine import ImportPlan, ImportResult, RowOutcome
from aktif_desktop.imports.fields import FIELDS
from ui.table_model import Column, RowTableModel
from ui.widgets.dialogs import show_error
from ui.widgets.table import make_table

if TYPE_CHECKING:
    from ui.import_wizard import ImportWizard

STATUS_COLOURS = {
    engine.ERROR: "#b00020",
    engine.DUPLICATE: "#a05a00",
    engine.NEW: "#1b5e20",
    engine.UPDATED: "#0d47a1",
}


class FixDialog(QDialog):
    """Edit the values of one row of the file (only for this import; the file stays as is).

    The row's errors stand above the fields, all of them, so they can be fixed at once.
    """

    def __init__(
        self,
        plan: ImportPlan,
        row_number: int,
        parent: QWidget | None = None,
        problems: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zeile %1 korrigieren").replace("%1", str(row_number)))
        self.setMinimumWidth(620)
        record = next(r for r in plan.records() if r.number == row_number)
        labels = {f.name: f.label for f in FIELDS[plan.kind]}
        layout = QVBoxLayout(self)
        self.problems = QLabel("\n".join(f"• {p}" for p in problems or []))
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setVisible(bool(problems))
        layout.addWidget(self.problems)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(8)
        self.edits: dict[str, QLineEdit] = {}
        for name, value in record.values.items():
            edit = QLineEdit(to_text(value))
            edit.setProperty("original", edit.text())
            edit.setMinimumWidth(360)
            form.addRow(self.tr(labels[name]), edit)
            self.edits[name] = edit
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        """The fields the user changed (unchanged cells keep their original type)."""
        return {
            name: edit.text()
            for name, edit in self.edits.items()
            if edit.text() != edit.property("original")
        }


class DuplicateDialog(QDialog):
    """Decide about one possible duplicate: same person (update), new person, or skip."""

    def __init__(self, row: RowOutcome, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zeile %1: mögliche Dublette").replace("%1", str(row.row)))
        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("Zeile %1 der Datei").replace("%1", str(row.row))
            + f": {row.source_name or row.name} – {row.detail}"
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        options = [
            (engine.CHOOSE_UPDATE, self.tr("Dieselbe Person: den vorhandenen Eintrag mit den "
                                           "Werten der Datei aktualisieren")),
            (engine.CHOOSE_NEW, self.tr("Eine andere Person: einen neuen Eintrag anlegen")),
            (engine.CHOOSE_SKIP, self.tr("Zeile überspringen: nichts ändern")),
        ]  # fmt: skip
        for code, label in options:
            button = QRadioButton(label)
            button.setEnabled(code != engine.CHOOSE_UPDATE or row.can_update)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button
        if current in self.buttons and self.buttons[current].isEnabled():
            self.buttons[current].setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> str:
        """The chosen code ("" when none is checked)."""
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")


def outcome_columns(tr: Callable[[str], str]) -> list[Column[RowOutcome]]:
    """Columns of the preview and summary tables."""
    return [
        Column(tr("Zeile"), lambda r: str(r.row), sort_key=lambda r: r.row, align_right=True),
        Column(tr("Name"), lambda r: r.name),
        Column(tr("Status"), lambda r: r.status_text,
               tooltip=lambda r: "\n".join(r.problems) or r.status_text,
               foreground=lambda r: QColor(STATUS_COLOURS.get(r.status, "#333"))),
        Column(tr("Änderungen / Hinweise"), lambda r: r.changes_text,
               tooltip=lambda r: r.changes_text.replace("; ", "\n")),
    ]  # fmt: skip


def summary_text(result: ImportResult, tr: Callable[[str], str]) -> str:
    """ "3 neu · 1 aktualisiert · …" for the labels above the tables."""
    parts = [
        (result.count(engine.NEW), tr("neu")),
        (result.count(engine.UPDATED), tr("aktualisiert")),
        (result.count(engine.UNCHANGED), tr("unverändert")),
        (result.count(engine.DUPLICATE), tr("mögliche Dubletten")),
        (result.count(engine.SKIPPED), tr("übersprungen")),
        (len(result.errors), tr("Fehler (übersprungen)") if result.committed else tr("Fehler")),
    ]
    undecided = len(result.undecided)
    if undecided and not result.committed:
        parts.append((undecided, tr("davon ohne Entscheidung")))
    text = " · ".join(f"{count} {label}" for count, label in parts if count)
    if result.missing:
        text += (
            "\n"
            + tr("Nicht mehr in der Datei (wird nicht gelöscht): ")
            + ", ".join(result.missing[:10])
            + (" …" if len(result.missing) > 10 else "")
        )
    return text or tr("Die Datei enthält keine Datenzeilen.")


def confirm_text(result: ImportResult, skip_errors: bool, tr: Callable[[str], str]) -> str:
    """What the import will do, with each decided (or undecided) possible duplicate named."""
    lines = [summary_text(result, tr)]
    decided = [row for row in result.rows if row.choice]
    what = {
        engine.CHOOSE_UPDATE: tr("der vorhandene Eintrag wird aktualisiert"),
        engine.CHOOSE_NEW: tr("wird als neue Person angelegt"),
        engine.CHOOSE_SKIP: tr("wird übersprungen"),
    }
    if decided or result.undecided:
        lines.append(tr("Mögliche Dubletten:"))
    for row in decided:
        lines.append(
            f"• {tr('Zeile')} {row.row} ({row.source_name or row.name}): {what[row.choice]}"
        )
    for row in result.undecided:
        lines.append(
            f"• {tr('Zeile')} {row.row} ({row.source_name or row.name}): "
            + tr("nicht entschieden, wird nicht importiert")
        )
    if result.errors:
        lines.append(
            tr("%1 fehlerhafte Zeilen werden übersprungen.").replace("%1", str(len(result.errors)))
            if skip_errors
            else tr("Fehlerhafte Zeilen verhindern den Import.")
        )
    return "\n".join(lines)


class PreviewPage(QWizardPage):
    """Step 3: what happens to each row; errors can be fixed or skipped."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Vorschau"))
        self.setSubTitle(self.tr("Noch wurde nichts gespeichert."))
        self.result: ImportResult | None = None
        self.running = self.pending = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.model: RowTableModel[RowOutcome] = RowTableModel(outcome_columns(self.tr), self)
        self.table = make_table(self.model, [60, 170, 400, 360], self)
        self.table.doubleClicked.connect(self._activated)
        fix = QPushButton(self.tr("Zeile korrigieren …"))
        fix.clicked.connect(self.fix_row)
        skip = QPushButton(self.tr("Zeile überspringen / wieder aufnehmen"))
        skip.clicked.connect(self.toggle_skip)
        self.decide_button = QPushButton(self.tr("Dublette entscheiden …"))
        self.decide_button.clicked.connect(self.decide_row)
        self.skip_duplicates = QPushButton(self.tr("Übrige Dubletten überspringen"))
        self.skip_duplicates.clicked.connect(self.skip_undecided)
        report = QPushButton(self.tr("Fehlerbericht speichern …"))
        report.clicked.connect(self.save_report)
        self.skip_errors = QCheckBox(self.tr("Fehlerhafte Zeilen überspringen"))
        self.skip_errors.toggled.connect(self.completeChanged)
        self.only_problems = QCheckBox(self.tr("Nur Fehler und Dubletten zeigen"))
        self.only_problems.toggled.connect(self._filter)
        self.hide_unchanged = QCheckBox(self.tr("Unveränderte ausblenden"))
        self.hide_unchanged.toggled.connect(self._filter)
        buttons = QHBoxLayout()
        for widget in (fix, skip, self.decide_button, self.skip_duplicates, report):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        options = QHBoxLayout()  # a row of its own keeps the wizard usable on small screens
        for box in (self.hide_unchanged, self.only_problems, self.skip_errors):
            options.addWidget(box)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(options)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Run the preview again (after a fix or a skipped row)."""
        if self.running:
            self.pending = True  # one preview at a time; the next starts when this one ends
            return
        self.running, self.pending = True, False
        self.result = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Die Vorschau wird berechnet …"))
        self.progress.show()
        self.owner.run(self._preview, self._shown, self._failed)

    def _failed(self, message: str) -> None:
        self.running = False
        self.progress.hide()
        self.summary.setText(message)
        if self.isVisible():
            show_error(self, self.tr("Vorschau"), message)

    def _preview(self, progress: Callable[[int, int], bool]) -> ImportResult:
        assert self.owner.plan is not None
        return engine.run_import(self.owner.plan, commit=False, progress=progress)

    def _shown(self, result: ImportResult) -> None:
        self.running = False
        if self.pending:
            self.refresh()
            return
        self.result = result
        self.progress.hide()
        self.model.set_rows(result.rows)
        text = summary_text(result, self.tr)
        if result.undecided:
            text += "\n" + self.tr(
                "Bitte entscheiden Sie bei jeder möglichen Dublette (Doppelklick), ob es "
                "dieselbe Person ist; erst dann kann importiert werden."
            )
        self.summary.setText(text)
        self.completeChanged.emit()

    def _filter(self, _on: bool = False) -> None:
        hidden = {engine.UNCHANGED} if self.hide_unchanged.isChecked() else set()
        if self.only_problems.isChecked():
            hidden |= {engine.NEW, engine.UPDATED, engine.UNCHANGED, engine.SKIPPED}
        self.model.set_filter((lambda r: r.status not in hidden) if hidden else None)

    def selected(self) -> RowOutcome | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _activated(self) -> None:
        row = self.selected()
        if row is not None and (row.choosable or row.choice):
            self.decide_row()
        else:
            self.fix_row()

    def decide_row(self) -> None:
        """Ask what to do with the selected possible duplicate and preview again."""
        row = self.selected()
        plan = self.owner.plan
        if row is None or plan is None or not (row.choosable or row.choice):
            return
        dialog = DuplicateDialog(row, plan.duplicate_choices.get(row.row, ""), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.choice():
            self.decide(row.row, dialog.choice())

    def decide(self, row_number: int, choice: str) -> None:
        """Apply ``choice`` (engine.CHOOSE_*) to a possible duplicate and preview again."""
        plan = self.owner.plan
        assert plan is not None
        plan.duplicate_choices[row_number] = choice
        self.refresh()

    def skip_undecided(self) -> None:
        """Skip every possible duplicate not decided yet (an explicit choice too)."""
        plan = self.owner.plan
        if self.result is None or plan is None:
            return
        for row in self.result.undecided:
            plan.duplicate_choices[row.row] = engine.CHOOSE_SKIP
        self.refresh()

    def fix_row(self) -> None:
        row = self.selected()
        plan = self.owner.plan
        if row is None or plan is None:
            return
        dialog = FixDialog(plan, row.row, self, row.problems or None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            plan.fixes[row.row] = {**plan.fixes.get(row.row, {}), **dialog.values()}
            plan.skip_rows.discard(row.row)
            self.refresh()

    def toggle_skip(self) -> None:
        row = self.selected()
        plan = self.owner.plan
        if row is None or plan is None:
            return
        plan.skip_rows ^= {row.row}
        self.refresh()

    def save_report(self) -> None:
        if self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Fehlerbericht speichern"), "Importbericht.xlsx", "Excel (*.xlsx)"
        )
        if name:
            write_report(self, self.result, name, self.owner.plan)

    def isComplete(self) -> bool:
        if self.result is None or self.result.undecided:
            return False  # every possible duplicate needs a decision
        return not self.result.errors or self.skip_errors.isChecked()


class SummaryPage(QWizardPage):
    """Step 5: what was written, with the report to save."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Import abgeschlossen"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.model: RowTableModel[RowOutcome] = RowTableModel(outcome_columns(self.tr), self)
        table = make_table(self.model, [60, 170, 400, 360], self)
        report = QPushButton(self.tr("Importbericht speichern …"))
        report.clicked.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(table, 1)
        layout.addWidget(report, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        result = self.owner.import_result
        assert result is not None
        done = self.tr("Gespeichert: ") if result.committed else self.tr("Nichts gespeichert: ")
        self.text.setText(done + summary_text(result, self.tr))
        self.model.set_rows(result.rows)

    def _save(self) -> None:
        result = self.owner.import_result
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Importbericht speichern"), "Importbericht.xlsx", "Excel (*.xlsx)"
        )
        if name and result is not None:
            write_report(self, result, name, self.owner.plan)


def write_report(parent: QWidget, result: ImportResult, name: str, plan: ImportPlan | None) -> bool:
    """Write the import report through the safe write path: never over the imported file, the
    database or a backup; the native dialog has already asked before replacing a file."""
    source = plan.table.path if plan is not None else None
    try:
        reports.write_import_report(result, name, source=source, replace=True)
    except AktifError as error:
        show_error(parent, parent.tr("Bericht nicht gespeichert"), error.message)
        return False
    return True
