"""The Einstellungen box for how long data and backups are kept (Löschfrist, backup copies)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from aktif_desktop.services import retention, retention_cases, session
from ui.widgets.style import MUTED


class RetentionSettingsBox(QGroupBox):
    """Deletion period in months and the number of daily, weekly and monthly backup copies.

    Signals:
        changed(): the user changed a value.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aufbewahrung und Sicherungen"), parent)
        layout = QFormLayout(self)
        self.months = self._spin(*retention.MONTH_LIMITS, self.tr(" Monate"))
        self.case_months = self._spin(*retention.MONTH_LIMITS, self.tr(" Monate"))
        self.daily = self._spin(*session.KEEP_LIMITS, "")
        self.weekly = self._spin(*session.KEEP_LIMITS, "")
        self.monthly = self._spin(*session.KEEP_LIMITS, "")
        layout.addRow(self.tr("Löschfrist ohne Aktivität"), self.months)
        layout.addRow(self.tr("Löschfrist Familien nach Abschluss"), self.case_months)
        layout.addRow(self.tr("Tägliche Sicherungen behalten"), self.daily)
        layout.addRow(self.tr("Wöchentliche Sicherungen behalten"), self.weekly)
        layout.addRow(self.tr("Monatliche Sicherungen behalten"), self.monthly)
        hint = QLabel(
            self.tr(
                "Ansprechpersonen und Teilnahmen ohne Aktivität in dieser Zeit schlägt "
                "„Datenschutz → Löschfristen prüfen“ zum Anonymisieren oder Löschen vor; "
                "Familien werden so lange nach ihrem letzten abgeschlossenen Verweis oder "
                "Antrag mit allem gelöscht, was zu ihnen gehört. "
                "Gelöscht wird nur nach Ihrer Bestätigung."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)
        layout.addRow(hint)

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setSuffix(suffix)
        box.setMaximumWidth(140)
        box.valueChanged.connect(lambda _value: self.changed.emit())
        return box

    def load(self) -> None:
        """Show the stored values without signalling a change."""
        policy = session.backup_policy()
        values = (
            retention.retention_months(),
            retention_cases.case_retention_months(),
            policy.daily,
            policy.weekly,
            policy.monthly,
        )
        boxes = (self.months, self.case_months, self.daily, self.weekly, self.monthly)
        for box, value in zip(boxes, values, strict=True):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def save(self) -> None:
        """Store both; raises the services' German ValidationError when a value is refused."""
        retention.save_retention_months(self.months.value())
        retention_cases.save_case_retention_months(self.case_months.value())
        session.save_backup_policy(
            session.RetentionPolicy(
                daily=self.daily.value(), weekly=self.weekly.value(), monthly=self.monthly.value()
            )
        )
