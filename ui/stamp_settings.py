"""The Einstellungen box for the project stamp (Projektstempel): its fields and a preview of
the text as stamp labels and Begleitblätter print it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from aktif_desktop.errors import AktifError
from aktif_desktop.services import stamp
from ui.widgets.forms import ErrorForm, watch
from ui.widgets.style import MUTED

PREVIEW_STYLE = "border: 2px solid #2f5d62; padding: 6px 10px; background: white; color: #1b1b1b;"


class StampSettingsBox(QGroupBox):
    """Project name, two address lines, phone, e-mail and contact person, with a preview.

    Signals:
        changed(): the user changed a field.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Projektstempel"), parent)
        column = QVBoxLayout(self)
        self.form = ErrorForm()
        self.project = QLineEdit()
        self.address_1 = QLineEdit()
        self.address_2 = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.contact_person = QLineEdit()
        self.address_1.setPlaceholderText(self.tr("z. B. Familienzentrum, Lindenstraße 12"))
        self.address_2.setPlaceholderText(self.tr("z. B. 01067 Dresden"))
        for label, widget, key in (
            (self.tr("Projektname"), self.project, "Projektname"),
            (self.tr("Anschrift (Zeile 1)"), self.address_1, "Anschrift (Zeile 1)"),
            (self.tr("Anschrift (Zeile 2)"), self.address_2, "Anschrift (Zeile 2)"),
            (self.tr("Telefon"), self.phone, "Telefon (Stempel)"),
            (self.tr("E-Mail"), self.email, "E-Mail (Stempel)"),
            (self.tr("Ansprechperson"), self.contact_person, "Ansprechperson (Stempel)"),
        ):
            widget.setAccessibleName(self.tr("Projektstempel: {label}").format(label=label))
            self.form.add_field(label, widget, key)
        column.addLayout(self.form)
        hint = QLabel(
            self.tr(
                "Steht auf den Stempeletiketten und auf dem Begleitblatt zu einem Antrag, "
                "damit die Behörde weiß, wen sie bei Rückfragen anruft. Vorschau:"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)
        column.addWidget(hint)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet(PREVIEW_STYLE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setMaximumWidth(380)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Vorschau des Projektstempels"))
        column.addWidget(self.preview)
        inputs: list[QWidget] = [*self._fields()]
        watch(inputs, self._edited)
        self._update_preview()

    def _fields(self) -> list[QLineEdit]:
        return [
            self.project,
            self.address_1,
            self.address_2,
            self.phone,
            self.email,
            self.contact_person,
        ]

    def _edited(self) -> None:
        self._update_preview()
        self.changed.emit()

    def _update_preview(self) -> None:
        text = self.typed().text()
        self.preview.setText(text or self.tr("(noch kein Projektstempel eingetragen)"))

    def typed(self) -> stamp.Stamp:
        """The stamp as typed (not yet checked)."""
        return stamp.Stamp(
            project=self.project.text().strip(),
            address_1=self.address_1.text().strip(),
            address_2=self.address_2.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            contact_person=self.contact_person.text().strip(),
        )

    def load(self) -> None:
        """Show the stored stamp without signalling a change."""
        current = stamp.load_stamp()
        for widget, value in zip(
            self._fields(),
            (
                current.project,
                current.address_1,
                current.address_2,
                current.phone,
                current.email,
                current.contact_person,
            ),
            strict=True,
        ):
            widget.setText(value)
        self.form.clear_errors()
        self._update_preview()

    def check(self) -> None:
        """Raise the service's German ValidationError (and show it) before anything is saved."""
        try:
            stamp.validated(self.typed())
        except AktifError as error:
            self.form.show_error(error)
            raise

    def save(self) -> None:
        """Store the stamp (one undoable operation)."""
        stamp.save_stamp(self.typed())
        self.form.clear_errors()
