"""The Berichte page: choose a period, build the report in the worker, edit Soll and texts,
save it as Excel or PDF.

The report service (``aktif_desktop.services.report``) and the targets/texts service
(``services.report_plans``) are imported when used: without them the page says so instead of
failing. The exports run in the worker through ``files.safe_write`` (replace asked first).
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.exports.common import safe_filename
from aktif_desktop.exports.report_format import period_text
from aktif_desktop.services.report_model import TEXT_SECTIONS, Block, Report, Table
from ui.export_dialogs import ask_replace, existing_files, target_problem
from ui.pages import Page
from ui.reports.charts import ChartWidget
from ui.reports.models import FiguresModel, ReportTableModel
from ui.reports.period import PeriodChooser
from ui.widgets import file_dialogs
from ui.widgets.jobs import LatestLoader
from ui.widgets.style import MUTED
from ui.worker import Job, start_job

Builder = Callable[[dt.date, dt.date], Report]


def service_module(name: str) -> Any | None:
    """``aktif_desktop.services.<name>``, or None when this installation lacks it."""
    try:
        return importlib.import_module(f"aktif_desktop.services.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"aktif_desktop.services.{name}":
            raise
        return None


def build_with_service(start: dt.date, end: dt.date) -> Report:
    """The report of the report service (run in the worker)."""
    module = service_module("report")
    if module is None:
        raise LookupError("report service missing")
    report: Report = module.build_report(start, end)
    return report


def _write(kind: str, report: Report, path: Path, replace: bool) -> Any:
    """Write the report in the worker (openpyxl/reportlab are imported only here)."""
    module = importlib.import_module(f"aktif_desktop.exports.report_{kind}")
    writer = module.write_report_xlsx if kind == "xlsx" else module.write_report_pdf
    return writer(report, path, replace=replace, create_folder=True)


TABLE_BESIDE_CHART = 480  # px: a narrow table beside its chart at 1366 px width


def _table_view(model: Any, rows: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.resizeColumnsToContents()
    view.resizeRowsToContents()
    header = view.horizontalHeader().height()
    height = sum(view.rowHeight(r) for r in range(rows))
    view.setFixedHeight(header + height + 4)
    # As wide as its columns (also after the style's font is applied), so that no column
    # hides behind a scroll bar.
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    return view


class ReportsPage(Page):
    """The Berichte page.

    Attributes:
        report: the report shown (its figures' Soll and its texts follow the edits), or None.
        builder: builds a report for (start, end) in the worker; tests replace it.
        loader: the background build.
        texts: the five Sachbericht editors by section code.
        figure_models: the figures model of each shown block.
        charts: the chart widgets shown.
        job: the running (or last) export job.
    """

    WATCHES = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.builder: Builder = build_with_service
        self.job: Job | None = None
        self.texts: dict[str, QPlainTextEdit] = {}
        self.figure_models: list[FiguresModel] = []
        self.charts: list[ChartWidget] = []
        self.loader = LatestLoader(self)
        self.loader.loaded.connect(self._show_report)
        self.loader.failed.connect(self._failed)
        self.dirty = False

        self.period = PeriodChooser()
        self.build_button = QPushButton(self.tr("Bericht erstellen"))
        self.save_plans_button = QPushButton(self.tr("Soll und Texte speichern"))
        self.xlsx_button = QPushButton(self.tr("Als Excel speichern"))
        self.pdf_button = QPushButton(self.tr("Als PDF speichern"))
        self.build_button.clicked.connect(self.build)
        self.save_plans_button.clicked.connect(self.save_plans)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.status = QLabel(
            self.tr("Wählen Sie einen Zeitraum und klicken Sie auf „Bericht erstellen“.")
        )
        self.status.setWordWrap(True)
        self.status.setStyleSheet(MUTED)

        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(self.build_button)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.save_plans_button, self.xlsx_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        self._set_enabled(False)

    # Building --------------------------------------------------------------------------
    def build(self) -> None:
        """Build the report for the chosen period in the worker."""
        start, end = self.period.period()
        if end < start:
            self.status.setText(
                self.tr(
                    "Das Enddatum liegt vor dem Anfangsdatum. "
                    "Bitte wählen Sie ein späteres Enddatum."
                )
            )
            return
        if self.builder is build_with_service and service_module("report") is None:
            self.status.setText(
                self.tr(
                    "Die Berichtsfunktion ist in dieser Installation noch nicht enthalten. "
                    "Bitte aktualisieren Sie Aktif Desktop."
                )
            )
            return
        self.status.setText(self.tr("Der Bericht wird erstellt …"))
        self.build_button.setEnabled(False)
        self.loader.start(self.builder, start, end)

    def _failed(self, message: str) -> None:
        self.build_button.setEnabled(True)
        self.status.setText(message)

    def _show_report(self, report: Report) -> None:
        self.build_button.setEnabled(True)
        self.report = report
        self._clear()
        for block in report.blocks:
            self.content_layout.addWidget(self._block_box(block))
        self.content_layout.addWidget(self._texts_box(report))
        self.content_layout.addStretch(1)
        self.status.setText(
            self.tr(
                "Bericht für %1. Soll-Werte können Sie in der Spalte „Soll“ eintragen."
            ).replace("%1", period_text(report))
        )
        self.dirty = False
        self._set_enabled(True)

    def _clear(self) -> None:
        self.texts.clear()
        self.figure_models.clear()
        self.charts.clear()
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _block_box(self, block: Block) -> QGroupBox:
        box = QGroupBox(block.title)
        layout = QVBoxLayout(box)
        if block.note:
            note = QLabel(block.note)
            note.setWordWrap(True)
            note.setStyleSheet(MUTED)
            layout.addWidget(note)
        if not block.figures and not block.tables:
            layout.addWidget(QLabel(self.tr("Für diesen Bereich liegen keine Zahlen vor.")))
        if block.figures:
            model = FiguresModel(block.figures, box)
            model.target_changed.connect(self._target_changed)
            self.figure_models.append(model)
            view = _table_view(model, len(block.figures))
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.SelectedClicked
            )
            layout.addWidget(view)
        for table in block.tables:
            layout.addWidget(self._table_part(table))
        return box

    def _table_part(self, table: Table) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 6, 0, 0)
        title = QLabel(f"<b>{table.title}</b>")
        layout.addWidget(title)
        if table.definition:
            definition = QLabel(table.definition)
            definition.setWordWrap(True)
            definition.setStyleSheet(MUTED)
            layout.addWidget(definition)
        row = QHBoxLayout()
        wide = len(table.columns) > 3
        view = _table_view(ReportTableModel(table, part), len(table.rows))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        chart = ChartWidget(table) if table.chart is not None else None
        if chart is not None:
            self.charts.append(chart)
        if wide or chart is None:
            layout.addWidget(view)
            if chart is not None:
                layout.addWidget(chart)
        else:
            view.setMaximumWidth(TABLE_BESIDE_CHART)
            row.addWidget(view, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(chart, 1, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        return part

    def _texts_box(self, report: Report) -> QGroupBox:
        box = QGroupBox(self.tr("Sachbericht"))
        layout = QVBoxLayout(box)
        for code, heading in TEXT_SECTIONS:
            layout.addWidget(QLabel(f"<b>{heading}</b>"))
            edit = QPlainTextEdit(report.texts.get(code, ""))
            edit.setMinimumHeight(90)
            edit.setMaximumHeight(160)
            edit.textChanged.connect(lambda c=code, e=edit: self._text_changed(c, e))
            self.texts[code] = edit
            layout.addWidget(edit)
        return box

    def _target_changed(self, _code: str) -> None:
        self.dirty = True

    def _text_changed(self, code: str, edit: QPlainTextEdit) -> None:
        if self.report is not None:
            self.report.texts[code] = edit.toPlainText()
        self.dirty = True

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.save_plans_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(enabled)

    # Saving ----------------------------------------------------------------------------
    def save_plans(self) -> bool:
        """Save the Soll values and the texts with the period (``services.report_plans``)."""
        if self.report is None:
            return False
        plans = service_module("report_plans")
        if plans is None:
            self.status.setText(
                self.tr(
                    "Soll-Werte und Texte können in dieser Installation noch nicht gespeichert "
                    "werden; sie stehen aber in den Dateien, die Sie jetzt speichern."
                )
            )
            return False
        report = self.report
        targets = {
            f.code: f.target for b in report.blocks for f in b.figures if f.target is not None
        }
        texts = {code: edit.toPlainText() for code, edit in self.texts.items()}
        try:
            plans.save_targets(report.start, report.end, targets)
            plans.save_texts(report.start, report.end, texts)
        except Exception as error:  # noqa: BLE001 - an AktifError carries its German sentence
            self.status.setText(
                getattr(error, "message", "") or self.tr("Speichern nicht möglich.")
            )
            return False
        self.dirty = False
        self.status.setText(self.tr("Soll-Werte und Texte sind gespeichert."))
        return True

    def ask_file(self, kind: str) -> Path | None:
        """Ask where to save (tests replace this)."""
        assert self.report is not None
        suffix = "." + kind
        suggested = safe_filename(
            f"Bericht {self.report.start:%Y-%m-%d} bis {self.report.end:%Y-%m-%d}"
        )
        file_filter = (
            self.tr("Excel-Arbeitsmappe (*.xlsx)")
            if kind == "xlsx"
            else self.tr("PDF-Dokument (*.pdf)")
        )
        path, _ = file_dialogs.save_file(
            self, self.tr("Bericht speichern"), kind, suggested + suffix, file_filter
        )
        if path is None:
            return None
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def ask_replace(self, path: Path) -> bool:
        return ask_replace(self, path)

    def export(self, kind: str) -> Job | None:
        """Save the report shown as ``kind`` ("xlsx" or "pdf") in the worker."""
        if self.report is None:
            return None
        path = self.ask_file(kind)
        if path is None:
            return None
        problem = target_problem(path)
        if problem is not None:
            self.status.setText(problem)
            return None
        replace = bool(existing_files(path))
        if replace and not self.ask_replace(path):
            return None
        for code, edit in self.texts.items():
            self.report.texts[code] = edit.toPlainText()
        job = Job(_write, kind, self.report, path, replace)
        job.signals.finished.connect(self._saved)
        job.signals.failed.connect(self.status.setText)
        self.job = start_job(job)
        self.status.setText(self.tr("Die Datei wird geschrieben …"))
        return job

    def _saved(self, result: Any) -> None:
        from ui.export_actions import show_saved

        self.status.setText(self.tr("Gespeichert: %1").replace("%1", str(result.path)))
        show_saved(self.window(), result.path)
        self.show_status(self.status.text())
