"""The "Über Aktif Desktop" dialog: version, purpose, funding line, data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from aktif_desktop import __version__
from aktif_desktop.paths import data_dir


class AboutDialog(QDialog):
    """Shows ``aktif_desktop.__version__`` and where the data lives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über Aktif Desktop"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Aktif Desktop {version}").format(version=__version__), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.version_label = title
        text = QLabel(
            self.tr(
                "Netzwerkarbeit für Verbünde im Programm „Akti(F) Plus – Aktiv für Familien "
                "und ihre Kinder“: Partner, Ansprechpersonen, Veranstaltungen, Teilnahmen und "
                "Bescheinigungen – offline auf Ihrem Rechner."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        folder = QLabel(self.tr("Datenordner: {path}").format(path=data_dir()), self)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        layout.addWidget(folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
