"""One running instance per database: a second start brings the first window to the front.

A ``QLockFile`` beside the database (``aktif.db.gui.lock``: it belongs to the file, so a second
start with another TMPDIR or as another session still finds it) says who runs; a ``QLocalServer``
of the same key receives "activate" from a second start, which then exits. After a crash or
a kill the lock file names a dead process, so ``tryLock`` takes it over and the stale socket
is removed before listening again. SQLite's exclusive locking mode is not used for this: it
would break peewee's one-connection-per-thread workers.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from aktif_desktop.paths import data_dir
from aktif_desktop.services.server_access import ServerTarget, is_server_url

log = logging.getLogger("aktif_desktop.ui")

MESSAGE = b"activate\n"
TIMEOUT_MS = 2000


def instance_key(database: Path | str) -> str:
    """A short key for ``database`` and the current user (the same file, the same key)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    if is_server_url(database):  # one window per server database (never the password)
        text = ServerTarget.parse(str(database)).keyring_name() + "\n" + user
    else:
        text = os.path.normcase(str(Path(database).expanduser().resolve())) + "\n" + user
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


class SingleInstance(QObject):
    """The guard of one database.

    Signals:
        activated(): a second start asked this instance to show its window.

    Attributes:
        server_name: the local socket name (also the lock file's name).
    """

    activated = Signal()

    def __init__(
        self, database: Path | str, parent: QObject | None = None, *, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        key = instance_key(database)
        self.server_name = f"aktif-desktop-{key}"
        if is_server_url(database):  # no folder of its own: the lock lies in the data folder
            folder = folder or data_dir()
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
        database = Path(database).expanduser().resolve()
        if folder is None:
            with contextlib.suppress(OSError):  # checked below
                database.parent.mkdir(parents=True, exist_ok=True)
        if folder is not None:
            self.lock_path = folder / f"{self.server_name}.lock"
        elif os.access(database.parent, os.W_OK):
            self.lock_path = database.with_name(database.name + ".gui.lock")
        else:  # a read-only folder: the database cannot be written there anyway
            self.lock_path = Path(QDir.tempPath()) / f"{self.server_name}.lock"
        self._lock = QLockFile(str(self.lock_path))
        # 0: a lock is never stale because of its age, only when its process is gone.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Try to become the running instance; True if this one now holds the lock."""
        if not self._lock.tryLock(100):
            return False
        QLocalServer.removeServer(self.server_name)  # the socket file of a killed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self.server_name):
            log.warning(
                "single instance: cannot listen on %s: %s", self.server_name, server.errorString()
            )
        self._server = server
        return True

    def notify_running(self, timeout_ms: int = TIMEOUT_MS) -> bool:
        """Ask the running instance to come to the front; False if it does not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(MESSAGE)
        written = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return written

    def release(self) -> None:
        """Stop listening and unlock (the lock also goes when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if MESSAGE.strip() in bytes(socket.readAll().data()):
            self.activated.emit()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` restored, raised and active (as far as the window system allows)."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def claim_or_activate(database: Path | str) -> SingleInstance | None:
    """Return the guard if this is the first instance for ``database``.

    Otherwise ask the running instance to show its window and return None (the caller then
    exits with 0). If the running instance does not answer, say so in German.
    """
    guard = SingleInstance(database)
    if guard.acquire():
        return guard
    if not guard.notify_running():
        from ui.widgets.dialogs import show_error

        show_error(
            None,
            QCoreApplication.translate("SingleInstance", "Aktif Desktop läuft bereits"),
            QCoreApplication.translate(
                "SingleInstance",
                "Aktif Desktop ist mit dieser Datenbank bereits geöffnet, reagiert aber "
                "nicht. Bitte schließen Sie das andere Fenster oder beenden Sie Aktif Desktop "
                "im Task-Manager und starten Sie es dann neu.",
            ),
        )
    return None
