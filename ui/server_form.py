"""The fields of a shared PostgreSQL database: Rechner, Port, Datenbank, Benutzer, TLS, Passwort.

One widget for "Datenbank öffnen… → Server" and "Auf den Server übertragen…". It builds a
:class:`~aktif_desktop.services.server_access.ServerTarget` without the password; the typed
password is handed over on its own (``password()``, ``remember()``) and never written anywhere
by this widget. The last fields (never the password) are kept in QSettings under ``server/``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services.server_access import (
    DEFAULT_PORT,
    TLS_MODES,
    ServerTarget,
    keyring_available,
)

SETTINGS_GROUP = "server"
_FIELDS = ("host", "port", "dbname", "user", "sslmode")


def _marked(text: object) -> str:
    """A text marked for lupdate (context "ServerForm"), translated when shown."""
    return str(text)


# The German name of each libpq sslmode, in the order of TLS_MODES.
TLS_LABELS: dict[str, str] = {
    "disable": _marked(QT_TRANSLATE_NOOP("ServerForm", "Ohne Verschlüsselung (disable)")),
    "allow": _marked(
        QT_TRANSLATE_NOOP("ServerForm", "Verschlüsselt nur, wenn der Server es will (allow)")
    ),
    "prefer": _marked(QT_TRANSLATE_NOOP("ServerForm", "Verschlüsselt, wenn möglich (prefer)")),
    "require": _marked(QT_TRANSLATE_NOOP("ServerForm", "Immer verschlüsselt (require)")),
    "verify-ca": _marked(
        QT_TRANSLATE_NOOP("ServerForm", "Verschlüsselt, Zertifikat geprüft (verify-ca)")
    ),
    "verify-full": _marked(
        QT_TRANSLATE_NOOP(
            "ServerForm", "Verschlüsselt, Zertifikat und Rechnername geprüft (verify-full)"
        )
    ),
}


def tls_label(mode: str) -> str:
    return QCoreApplication.translate("ServerForm", TLS_LABELS.get(mode, mode))


class ServerForm(QWidget):
    """The server fields; ``target()`` reads them, ``problem()`` says what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("zum Beispiel server.verbund.local"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.dbname = QLineEdit(self)
        self.dbname.setPlaceholderText(self.tr("zum Beispiel aktif"))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("Ihr Benutzername auf dem Datenbankserver"))
        self.tls = QComboBox(self)
        for mode in TLS_MODES:
            self.tls.addItem(tls_label(mode), mode)
        self.tls.setCurrentIndex(TLS_MODES.index("prefer"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leer lassen: gespeichertes Passwort oder Frage"))
        self.remember = QCheckBox(
            self.tr("Passwort in der Passwortablage von Windows speichern"), self
        )
        available = keyring_available()
        self.remember.setEnabled(available)
        if not available:
            self.remember.setToolTip(
                self.tr(
                    "Auf diesem Rechner gibt es keine Passwortablage, die Aktif Desktop nutzen "
                    "kann. Das Passwort gilt dann nur bis zum Beenden des Programms."
                )
            )
        form.addRow(self.tr("Rechner:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Datenbank:"), self.dbname)
        form.addRow(self.tr("Benutzer:"), self.user)
        form.addRow(self.tr("TLS-Modus:"), self.tls)
        form.addRow(self.tr("Passwort:"), self.password)
        form.addRow("", self.remember)
        note = QLabel(
            self.tr(
                "Das Passwort wird nie als Text gespeichert: nur in der Passwortablage, wenn Sie "
                "das ankreuzen, sonst gilt es bis zum Beenden des Programms."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)

    # Reading and filling ----------------------------------------------------------------
    def sslmode(self) -> str:
        return str(self.tls.currentData() or "prefer")

    def problem(self) -> str:
        """What keeps the fields from naming a database, or "" when they do."""
        if not self.host.text().strip():
            return self.tr("Bitte geben Sie den Rechner des Datenbankservers an.")
        if not self.dbname.text().strip():
            return self.tr("Bitte geben Sie den Namen der Datenbank an.")
        try:
            ServerTarget.parse(self._draft().url())
        except AktifError as error:
            return error.message
        return ""

    def _draft(self) -> ServerTarget:
        return ServerTarget(
            host=self.host.text().strip(),
            port=self.port.value(),
            dbname=self.dbname.text().strip(),
            user=self.user.text().strip(),
            sslmode=self.sslmode(),
        )

    def target(self) -> ServerTarget:
        """The database the fields name, without the password (check ``problem()`` first)."""
        return ServerTarget.parse(self._draft().url())

    def typed_password(self) -> str | None:
        return self.password.text() or None

    def wants_remember(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()

    def set_target(self, target: ServerTarget) -> None:
        self.host.setText(target.host)
        self.port.setValue(target.port)
        self.dbname.setText(target.dbname)
        self.user.setText(target.user)
        index = self.tls.findData(target.sslmode)
        self.tls.setCurrentIndex(index if index >= 0 else TLS_MODES.index("prefer"))

    # The last fields ------------------------------------------------------------------------
    def load_last(self) -> None:
        """Fill in the fields used last time (there is never a password among them)."""
        store = QSettings()
        host = str(store.value(f"{SETTINGS_GROUP}/host", "") or "")
        if not host:
            return
        try:
            port = int(str(store.value(f"{SETTINGS_GROUP}/port", DEFAULT_PORT)))
        except ValueError:
            port = DEFAULT_PORT
        self.set_target(
            ServerTarget(
                host=host,
                port=port,
                dbname=str(store.value(f"{SETTINGS_GROUP}/dbname", "") or ""),
                user=str(store.value(f"{SETTINGS_GROUP}/user", "") or ""),
                sslmode=str(store.value(f"{SETTINGS_GROUP}/sslmode", "prefer") or "prefer"),
            )
        )

    def save_last(self) -> None:
        """Keep the fields for next time, without the password."""
        target = self._draft()
        store = QSettings()
        values = (target.host, target.port, target.dbname, target.user, target.sslmode)
        for key, value in zip(_FIELDS, values, strict=True):
            store.setValue(f"{SETTINGS_GROUP}/{key}", value)


def problem_label(parent: QWidget) -> QLabel:
    """The red line under the server fields that says what is missing (hidden until then)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label
