"""The Einstellungen page: the Verbund's name, logo, signatory, certificate text, funding line,
the project stamp, and where the database lives (open another file, create a new one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import settings
from aktif_desktop.services.session import current_database
from ui.pages import Page
from ui.retention_settings import RetentionSettingsBox
from ui.stamp_settings import StampSettingsBox
from ui.widgets.dialogs import leave_unsaved
from ui.widgets.forms import ErrorForm, watch
from ui.widgets.style import MUTED


class SettingsPage(Page):
    """Edits :class:`aktif_desktop.services.settings.Settings` as a whole.

    Signals:
        open_database_requested(), new_database_requested(): the two database buttons.
    """

    open_database_requested = Signal()
    new_database_requested = Signal()
    WATCHES = ("setting",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Einstellungen"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        outer.addWidget(title)
        content = QWidget()
        column = QVBoxLayout(content)
        verbund = QGroupBox(self.tr("Verbund und Bescheinigungen"))
        self.form = ErrorForm(verbund)
        self.verbund_name = QLineEdit()
        self.logo_path = QLineEdit()
        self.logo_path.setReadOnly(True)
        self.logo_button = QPushButton(self.tr("Logo wählen…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Entfernen"))
        self.logo_clear.clicked.connect(lambda: self.set_logo(""))
        self.logo_preview = QLabel(self.tr("kein Logo"))
        self.logo_preview.setFixedSize(220, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #9aa7b5; color: #5b6875;")
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.logo_button)
        buttons.addWidget(self.logo_clear)
        buttons.addStretch(1)
        logo_layout.addLayout(buttons)
        logo_layout.addStretch(1)
        self.signatory_name = QLineEdit()
        self.signatory_function = QLineEdit()
        self.place_of_issue = QLineEdit()
        self.certificate_text = QPlainTextEdit()
        self.certificate_text.setFixedHeight(70)
        self.funding_line = QPlainTextEdit()
        self.funding_line.setFixedHeight(90)
        self.form.add_field(self.tr("Name des Verbundes"), self.verbund_name, "Name des Verbundes")
        self.form.add_field(self.tr("Logo"), logo_row, "Logo")
        self.form.add_field(
            self.tr("Unterzeichnende Person"), self.signatory_name, "Unterzeichnende Person"
        )
        self.form.add_field(self.tr("Funktion"), self.signatory_function, "Funktion")
        self.form.add_field(self.tr("Ausstellungsort"), self.place_of_issue, "Ausstellungsort")
        self.form.add_field(
            self.tr("Bescheinigungstext"), self.certificate_text, "Bescheinigungstext"
        )
        self.form.add_field(self.tr("Förderhinweis"), self.funding_line, "Förderhinweis")
        column.addWidget(verbund)
        self.stamp = StampSettingsBox(self)
        self.stamp.changed.connect(self._mark_dirty)
        column.addWidget(self.stamp)
        self.retention = RetentionSettingsBox(self)
        self.retention.changed.connect(self._mark_dirty)
        column.addWidget(self.retention)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Einstellungen speichern"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(MUTED)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        column.addLayout(save_row)
        column.addWidget(self._database_box())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        watch(
            [
                self.verbund_name,
                self.signatory_name,
                self.signatory_function,
                self.place_of_issue,
                self.certificate_text,
                self.funding_line,
            ],
            self._mark_dirty,
        )

    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Datenbank"))
        layout = QVBoxLayout(box)
        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setWordWrap(True)
        layout.addWidget(self.database_label)
        hint = QLabel(
            self.tr(
                "Alle Daten liegen in dieser einen Datei. Eine andere Datei öffnen Sie z. B. "
                "für einen zweiten Verbund; eine neue Datei beginnt leer."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Andere Datenbank öffnen…"))
        self.new_button = QPushButton(self.tr("Neue Datenbank anlegen…"))
        self.open_button.clicked.connect(self.open_database_requested)
        self.new_button.clicked.connect(self.new_database_requested)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.saved_label.setText(self.tr("Ungespeicherte Änderungen"))

    # Page contract ----------------------------------------------------------------------
    def reload(self) -> None:
        """Show the stored settings and the database file."""
        data = settings.load_settings()
        self.verbund_name.setText(data.verbund_name)
        self.signatory_name.setText(data.signatory_name)
        self.signatory_function.setText(data.signatory_function)
        self.place_of_issue.setText(data.place_of_issue)
        self.certificate_text.setPlainText(data.certificate_text)
        self.funding_line.setPlainText(data.funding_line)
        self.set_logo(data.logo_path, mark=False)
        self.retention.load()
        self.stamp.load()
        self.form.clear_errors()
        self.dirty = False
        self.saved_label.setText("")
        path = current_database()
        self.database_label.setText(
            self.tr("Datenbankdatei: {path}").format(path=path or self.tr("keine"))
        )

    def focus_search(self) -> None:
        self.verbund_name.setFocus()

    def can_leave(self) -> bool:
        if not self.dirty:
            return True
        return leave_unsaved(
            self,
            self.tr("Die Einstellungen sind noch nicht gespeichert. Speichern?"),
            self.save,
            self.reload,
        )

    # Actions ----------------------------------------------------------------------------
    def data(self) -> settings.Settings:
        return settings.Settings(
            verbund_name=self.verbund_name.text(),
            logo_path=self.logo_path.text(),
            signatory_name=self.signatory_name.text(),
            signatory_function=self.signatory_function.text(),
            place_of_issue=self.place_of_issue.text(),
            certificate_text=self.certificate_text.toPlainText(),
            funding_line=self.funding_line.toPlainText(),
        )

    def save(self) -> bool:
        """Store all settings; refused fields are shown next to the field."""
        try:
            self.stamp.check()  # refused before anything else is stored
        except AktifError:
            return False
        try:
            settings.save_settings(self.data())
            self.retention.save()
            self.stamp.save()
        except AktifError as error:
            self.form.show_error(error)
            return False
        self.form.clear_errors()
        self.dirty = False
        self.saved_label.setText(self.tr("Gespeichert."))
        self.data_written.emit()
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo wählen"),
            self.logo_path.text(),
            self.tr("Bilder (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)"),
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str, mark: bool = True) -> None:
        """Show ``path`` as the logo (preview scaled into the box)."""
        self.logo_path.setText(path)
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(
                self.tr("Datei nicht lesbar: {path}").format(path=path)
                if path
                else self.tr("kein Logo")
            )
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        if mark:
            self._mark_dirty()
