"""The options dialog of an export: which columns (remembered), consent, year, blank rows;
and the checks of a chosen target before anything runs (forbidden target, replace question).

Layout only; the export controller (``ui.export_actions``) reads the choice from
:meth:`ExportOptionsDialog.choice`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.files.safe_write import WriteRefused, check_folder, check_target


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialogs", text)


def target_problem(path: Path, *, folder: bool = False) -> str | None:
    """The German sentence why ``path`` must not be written (before asking anything), or None."""
    try:
        if folder:
            check_folder(path, dry_run=True)
        else:
            check_target(path, replace=True, create_folder=True, dry_run=True)
    except WriteRefused as error:
        return error.message
    return None


def existing_files(path: Path, *, folder: bool = False, suffix: str = ".pdf") -> list[Path]:
    """The files an export to ``path`` may replace (for a folder: its ``suffix`` files)."""
    if folder:
        return sorted(p for p in path.glob(f"*{suffix}") if p.is_file()) if path.is_dir() else []
    return [path] if path.exists() else []


def ask_replace(parent: QWidget | None, path: Path, count: int = 1) -> bool:
    """Ask in German whether existing files may be replaced; False unless the user says yes."""
    if count == 1 and not path.is_dir():
        text = _tr("Die Datei „%1“ gibt es schon.\n\nMöchten Sie sie ersetzen?").replace(
            "%1", str(path)
        )
    else:
        text = (
            _tr(
                "Im Ordner „%1“ gibt es schon %2 Datei(en). Gleichnamige Dateien werden "
                "ersetzt.\n\nMöchten Sie fortfahren?"
            )
            .replace("%1", str(path))
            .replace("%2", str(count))
        )
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Datei ersetzen?"), text, parent=parent)
    replace = box.addButton(_tr("Ersetzen"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is replace


@dataclass(slots=True)
class ExportChoice:
    """What the user chose in the options dialog."""

    columns: list[str] | None = None
    include_without_consent: bool = False
    year: int | None = None
    blank_rows: int = 5


def settings_key(kind: str) -> str:
    """QSettings key of the remembered column choice of one list."""
    return f"export/{kind}/columns"


def remembered_columns(kind: str, available: Sequence[str], default: Sequence[str]) -> list[str]:
    """The columns chosen last time for ``kind`` (still existing ones), else the default."""
    stored = QSettings().value(settings_key(kind))
    if isinstance(stored, str):
        stored = [stored]
    if isinstance(stored, list):
        chosen = [code for code in stored if code in available]
        if chosen:
            return chosen
    return list(default)


class ExportOptionsDialog(QDialog):
    """Checklist of columns plus the options an export has; each part only when asked for.

    Attributes:
        boxes: code -> checkbox of every column.
        consent: the "also people without consent" checkbox, or None.
        year: the year spin box, or None.
        blank_rows: the blank-rows spin box, or None.
    """

    def __init__(
        self,
        title: str,
        *,
        kind: str = "",
        columns: Sequence[tuple[str, str]] = (),
        default_columns: Sequence[str] = (),
        consent_text: str = "",
        year: int | None = None,
        blank_rows: int | None = None,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.kind = kind
        self.default_columns = list(default_columns)
        self.boxes: dict[str, QCheckBox] = {}
        self.consent: QCheckBox | None = None
        self.year: QSpinBox | None = None
        self.blank_rows: QSpinBox | None = None
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        if columns:
            layout.addWidget(self._column_group(columns))
        form = QFormLayout()
        if year is not None:
            self.year = QSpinBox()
            self.year.setRange(2000, 2100)
            self.year.setValue(year)
            form.addRow(self.tr("Jahr:"), self.year)
        if blank_rows is not None:
            self.blank_rows = QSpinBox()
            self.blank_rows.setRange(0, 100)
            self.blank_rows.setValue(blank_rows)
            self.blank_rows.setToolTip(self.tr("Für Personen, die ohne Anmeldung kommen"))
            form.addRow(self.tr("Leere Zeilen am Ende:"), self.blank_rows)
        if form.rowCount():
            layout.addLayout(form)
        if consent_text:
            self.consent = QCheckBox(consent_text)
            layout.addWidget(self.consent)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exportieren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _column_group(self, columns: Sequence[tuple[str, str]]) -> QGroupBox:
        group = QGroupBox(self.tr("Spalten"))
        outer = QVBoxLayout(group)
        grid = QGridLayout()
        chosen = set(
            remembered_columns(self.kind, [code for code, _ in columns], self.default_columns)
        )
        rows = (len(columns) + 1) // 2
        for index, (code, header) in enumerate(columns):
            box = QCheckBox(header)
            box.setChecked(code in chosen)
            box.toggled.connect(self._update_ok)
            self.boxes[code] = box
            grid.addWidget(box, index % rows, index // rows)
        outer.addLayout(grid)
        buttons = QHBoxLayout()
        for text, handler in (
            (self.tr("Alle"), lambda: self.set_columns(list(self.boxes))),
            (self.tr("Keine"), lambda: self.set_columns([])),
            (self.tr("Standard"), lambda: self.set_columns(self.default_columns)),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        return group

    def set_columns(self, codes: Sequence[str]) -> None:
        """Check exactly ``codes``."""
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def checked_columns(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.boxes or bool(self.checked_columns()))

    def accept(self) -> None:
        if self.boxes:
            QSettings().setValue(settings_key(self.kind), self.checked_columns())
        super().accept()

    def choice(self) -> ExportChoice:
        """The options as chosen (columns None when the dialog has no column list)."""
        return ExportChoice(
            columns=self.checked_columns() if self.boxes else None,
            include_without_consent=bool(self.consent and self.consent.isChecked()),
            year=self.year.value() if self.year else None,
            blank_rows=self.blank_rows.value() if self.blank_rows else 5,
        )


def this_year() -> int:
    return clock.today().year
