"""The dialog "Löschfristen": what is due for deletion, and the confirmed deletion run.

It lists contacts and participations without activity, and family cases closed longer than
their own period (listed by code), for the chosen period (nothing is
changed by looking), explains what a run does, and runs it only after an explicit
confirmation, off the UI thread. The core (``services.retention``) re-checks every entry.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.errors import AktifError
from aktif_desktop.services import backup_holding, retention, retention_cases
from aktif_desktop.text import fold
from ui.table_model import Column, RowTableModel
from ui.widgets.table import make_table
from ui.worker import Job, start_job


def _date(value: object) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


class RetentionDialog(QDialog):
    """Lists what is due and runs the deletion after confirmation.

    Signals:
        run_finished(object): the ``RetentionResult`` of a completed run.

    Attributes:
        months: the period in months (changing it lists again).
        summary: one sentence: how much is due since when.
        contacts, participations: the two table models.
        anonymise, delete: the two ways of running.
        run_button: "Jetzt löschen …" (disabled when nothing is due).
        plan: what is listed now.
        job: the running deletion job, if any.
    """

    run_finished = Signal(object)

    def __init__(self, parent: QWidget | None = None, db_path: Path | str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Löschfristen"))
        self.resize(900, 560)
        self.db_path = db_path
        self.plan: retention.RetentionPlan | None = None
        self.job: Job | None = None
        self.months = QSpinBox(self)
        self.months.setRange(*retention.MONTH_LIMITS)
        self.months.setSuffix(self.tr(" Monate"))
        self.months.setValue(retention.retention_months())
        self.months.setKeyboardTracking(False)  # list again once, not for every digit typed
        self.months.valueChanged.connect(lambda _value: self.reload())
        self.case_months = QSpinBox(self)
        self.case_months.setRange(*retention.MONTH_LIMITS)
        self.case_months.setSuffix(self.tr(" Monate"))
        self.case_months.setValue(retention_cases.case_retention_months())
        self.case_months.setKeyboardTracking(False)
        self.case_months.valueChanged.connect(lambda _value: self.reload())
        self.save_period = QPushButton(self.tr("Als Standard speichern"), self)
        self.save_period.clicked.connect(self._save_period)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.contacts: RowTableModel[retention.ExpiredContact] = RowTableModel(
            self._contact_columns(), self
        )
        self.participations: RowTableModel[retention.ExpiredParticipation] = RowTableModel(
            self._participation_columns(), self
        )
        self.cases: RowTableModel[retention.ExpiredCase] = RowTableModel(self._case_columns(), self)
        self.tabs = QTabWidget(self)
        for model, widths in (
            (self.contacts, [240, 260, 120]),
            (self.participations, [220, 320, 100]),
            (self.cases, [140, 140, 90, 90]),
        ):
            view = make_table(model, widths, self)
            view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # oldest activity first
            self.tabs.addTab(view, "")
        self.anonymise = QRadioButton(
            self.tr(
                "Anonymisieren (empfohlen): Teilnahmen bleiben ohne Namen für die Statistik "
                "erhalten"
            ),
            self,
        )
        self.delete = QRadioButton(
            self.tr(
                "Löschen: Teilnahmen werden gelöscht (mit Bescheinigung nur anonymisiert, damit "
                "das Nummernregister vollständig bleibt)"
            ),
            self,
        )
        self.anonymise.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.anonymise)
        self._modes.addButton(self.delete)
        self.run_button = QPushButton(self.tr("Jetzt löschen …"), self)
        self.run_button.clicked.connect(self.run)
        self._build_layout()
        self.reload()

    def _contact_columns(self) -> list[Column[retention.ExpiredContact]]:
        return [
            Column(self.tr("Name"), lambda r: r.name, sort_key=lambda r: fold(r.name)),
            Column(
                self.tr("Partner"),
                lambda r: r.organisation_name,
                sort_key=lambda r: fold(r.organisation_name),
            ),
            Column(
                self.tr("Letzte Aktivität"),
                lambda r: _date(r.last_activity),
                sort_key=lambda r: r.last_activity,
            ),
            Column(
                self.tr("Teilnahmen"),
                lambda r: str(r.participation_count),
                sort_key=lambda r: r.participation_count,
                align_right=True,
            ),
        ]

    def _participation_columns(self) -> list[Column[retention.ExpiredParticipation]]:
        return [
            Column(
                self.tr("Person"), lambda r: r.contact_name, sort_key=lambda r: fold(r.contact_name)
            ),
            Column(
                self.tr("Veranstaltung"),
                lambda r: r.event_title,
                sort_key=lambda r: fold(r.event_title),
            ),
            Column(
                self.tr("Datum"), lambda r: _date(r.event_date), sort_key=lambda r: r.event_date
            ),
            Column(self.tr("Bescheinigung"), lambda r: r.certificate_number),
        ]

    def _case_columns(self) -> list[Column[retention.ExpiredCase]]:
        def count(header: str, value: Callable[[retention.ExpiredCase], int]) -> Column[Any]:
            return Column(header, lambda r: str(value(r)), sort_key=value, align_right=True)

        return [
            Column(self.tr("Familie"), lambda r: r.code),
            count(self.tr("Verweise"), lambda r: r.referral_count),
            Column(
                self.tr("Letzter Abschluss"),
                lambda r: _date(r.last_activity),
                sort_key=lambda r: r.last_activity,
            ),
            count(self.tr("Anträge"), lambda r: r.application_count),
            count(self.tr("Wiedervorlagen"), lambda r: r.follow_up_count),
        ]

    def _build_layout(self) -> None:
        intro = QLabel(
            self.tr(
                "Personenbezogene Daten werden nur so lange gespeichert, wie sie gebraucht "
                "werden. Hier sehen Sie Ansprechpersonen und Teilnahmen ohne Aktivität seit der "
                "Löschfrist. Beim Löschen werden die Ansprechpersonen entfernt; Sicherungen, die "
                "älter als die Frist sind, werden ebenfalls gelöscht. Protokolliert werden nur "
                "die Anzahlen."
            ),
            self,
        )
        intro.setWordWrap(True)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Löschfrist:"), self))
        period.addWidget(self.months)
        period.addWidget(QLabel(self.tr("Familien:"), self))
        period.addWidget(self.case_months)
        period.addWidget(self.save_period)
        period.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.anonymise)
        layout.addWidget(self.delete)
        layout.addWidget(buttons)

    # Listing -------------------------------------------------------------------------------
    def reload(self) -> None:
        """List what is due for the period in the spin box (changes nothing)."""
        self.plan = retention.find_expired(
            self.months.value(), case_months=self.case_months.value()
        )
        self.cases.set_rows(self.plan.cases)
        self.tabs.setTabText(2, self.tr("Familien (%1)").replace("%1", str(len(self.plan.cases))))
        self.contacts.set_rows(self.plan.contacts)
        self.participations.set_rows(self.plan.participations)
        self.tabs.setTabText(
            0, self.tr("Ansprechpersonen (%1)").replace("%1", str(len(self.plan.contacts)))
        )
        self.tabs.setTabText(
            1, self.tr("Teilnahmen (%1)").replace("%1", str(len(self.plan.participations)))
        )
        self.summary.setText(self.plan.summary)
        self.run_button.setEnabled(not self.plan.is_empty and self.job is None)

    def _save_period(self) -> None:
        try:
            months = retention.save_retention_months(self.months.value())
            retention_cases.save_case_retention_months(self.case_months.value())
        except AktifError as error:
            self.show_message(self.tr("Löschfrist"), error.message)
            return
        self.summary.setText(
            self.tr("Die Löschfrist von %1 Monaten ist gespeichert.").replace("%1", str(months))
            + " "
            + (self.plan.summary if self.plan else "")
        )

    # Running -------------------------------------------------------------------------------
    def mode(self) -> str:
        return retention.MODE_DELETE if self.delete.isChecked() else retention.MODE_ANONYMISE

    def confirmation_text(self) -> str:
        assert self.plan is not None
        action = (
            self.tr("gelöscht") if self.mode() == retention.MODE_DELETE else self.tr("anonymisiert")
        )
        return (
            self.plan.summary
            + "\n\n"
            + self.tr(
                "Die Ansprechpersonen werden gelöscht, die Teilnahmen %1, die Familien mit "
                "allen Verweisen, Anträgen und Wiedervorlagen gelöscht. Das kann nicht "
                "rückgängig gemacht werden. Fortfahren?"
            ).replace("%1", action)
            + self.backup_note()
        )

    def backup_note(self) -> str:
        """Until when the backups made so far still hold the data (DSGVO: say it honestly)."""
        if self.db_path is None:
            return ""
        try:
            holding = backup_holding.last_backup_holding_until(self.db_path, clock.now())
        except (AktifError, OSError):
            return ""
        return "\n\n" + holding.summary

    def confirm(self, text: str) -> bool:
        """Ask before deleting (a seam: tests answer it)."""
        answer = QMessageBox.question(
            self,
            self.tr("Löschen bestätigen"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_message(self, title: str, text: str) -> None:
        """Tell the user the outcome (a seam: tests read it)."""
        QMessageBox.information(self, title, text)

    def run(self) -> None:
        """Confirm, then run the deletion off the UI thread."""
        if self.plan is None or self.plan.is_empty or self.job is not None:
            return
        if not self.confirm(self.confirmation_text()):
            return
        self.run_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.WaitCursor)
        job = Job(
            retention.run_retention,
            self.plan,
            self.mode(),
            confirmed=True,
            db_path=self.db_path,
        )
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.job = start_job(job)

    def _done(self, result: retention.RetentionResult) -> None:
        self.job = None
        self.unsetCursor()
        self.reload()
        self.summary.setText(result.summary)
        self.run_finished.emit(result)
        self.show_message(self.tr("Löschlauf abgeschlossen"), result.summary + self.backup_note())

    def _failed(self, message: str) -> None:
        self.job = None
        self.unsetCursor()
        self.reload()
        self.show_message(self.tr("Löschlauf nicht möglich"), message)
