"""The server password in the GUI: asked in a dialog, kept for this session only, or stored in
the system's password store when the user ticks the box.

The core asks for a password only when the server wants one and neither libpq (PGPASSWORD,
``.pgpass``) nor the password store gave it (``storage.server.set_password_prompt``).
:func:`install` registers :func:`prompt`, which first hands over what the user typed in the
server fields for this database (:func:`hand_over`) and else asks with a password dialog. What
is typed lives in this process's memory only — never in QSettings, a URL or a log — and goes
to the password store only when asked for and only after the server accepted it
(:func:`opened`). A refused password is forgotten (:func:`refused`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from aktif_desktop.services.server_access import (
    ServerTarget,
    is_server_url,
    remember_password,
    set_password_prompt,
)

_session: dict[str, str] = {}  # keyring_name -> password, for this run of the program only
_to_store: set[str] = set()  # keyring names whose password goes to the store once accepted


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerPassword", text)


def _key(target: ServerTarget | str) -> str:
    if isinstance(target, str):
        target = ServerTarget.parse(target)
    return target.keyring_name()


def hand_over(target: ServerTarget, password: str | None, *, remember: bool = False) -> None:
    """The password typed for ``target``: used when the server asks, stored if ``remember``."""
    key = _key(target)
    if password:
        _session[key] = password
    if remember and password:
        _to_store.add(key)
    else:
        _to_store.discard(key)


def session_password(target: ServerTarget | str) -> str | None:
    return _session.get(_key(target))


def opened(location: object) -> bool:
    """``location`` was opened: store its typed password if the user asked for it.

    Returns True when a password went to the password store.
    """
    if not is_server_url(location):
        return False
    target = ServerTarget.parse(str(location))
    key = _key(target)
    if key not in _to_store:
        return False
    _to_store.discard(key)
    password = _session.get(key)
    return bool(password) and remember_password(target, str(password))


def refused(location: object) -> None:
    """Opening ``location`` failed: forget what was typed for it (it may be the cause)."""
    if is_server_url(location):
        key = _key(str(location))
        _session.pop(key, None)
        _to_store.discard(key)


def forget_all() -> None:
    """Forget every password of this session (tests; a user switching accounts)."""
    _session.clear()
    _to_store.clear()


def _on_ui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def prompt(target: ServerTarget) -> str | None:
    """The password for ``target``: the one typed in the server fields, else asked for.

    Off the UI thread (a background job's connection) no dialog can be shown: then only a
    password already known this session is handed out.
    """
    known = _session.get(target.keyring_name())
    if known is not None:
        return known
    if not _on_ui_thread():
        return None
    text, ok = QInputDialog.getText(
        QApplication.activeWindow(),
        _tr("Passwort für den Datenbankserver"),
        _tr("Der Server %1 möchte ein Passwort für den Benutzer %2:")
        .replace("%1", target.display())
        .replace("%2", target.effective_user()),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not text:
        return None
    _session[target.keyring_name()] = text
    return str(text)


def install() -> None:
    """Let the core ask the user with :func:`prompt` when a server wants a password."""
    set_password_prompt(prompt)
