"""Where a shared PostgreSQL database lives: the connection address, and where its password
comes from.

A location is either a file path or a ``postgresql://user@host:port/dbname?sslmode=…`` URL
(also accepted from ``AKTIF_DB``). The password is never part of what is stored or shown: it
comes from ``PGPASSWORD`` or ``~/.pgpass`` (read by libpq itself), the operating system's
password store (``keyring``: Windows Credential Manager / DPAPI, macOS Keychain, Secret
Service), or a prompt — in that order.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from aktif_desktop import messages
from aktif_desktop.errors import DatabaseError

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
TLS_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
KEYRING_SERVICE = "aktif-desktop"

Location = Path | str  # a database file, or a server URL kept as text


def is_server_url(value: object) -> bool:
    """True for ``postgresql://…`` and ``postgres://…`` (case-insensitive scheme)."""
    if not isinstance(value, str):
        return False
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def as_location(value: str | Path) -> Location:
    """A server URL stays text; everything else is a file path (``~`` expanded)."""
    text = str(value)
    return text.strip() if is_server_url(text.strip()) else Path(text).expanduser()


@dataclass(frozen=True, slots=True)
class ServerTarget:
    """One database on one PostgreSQL server, without the password."""

    host: str
    port: int = DEFAULT_PORT
    dbname: str = "aktif"
    user: str = ""
    sslmode: str = "prefer"
    password: str | None = None  # only ever in memory, never in url() or display()

    @classmethod
    def parse(cls, url: str) -> ServerTarget:
        """Read ``postgresql://user[:password]@host[:port]/dbname[?sslmode=…]``."""
        if not is_server_url(url):
            raise DatabaseError(messages.SERVER_BAD_URL.format(url=url))
        parts = urlsplit(url.strip())
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError as error:
            raise DatabaseError(messages.SERVER_BAD_URL.format(url=redact(url))) from error
        dbname = unquote(parts.path.lstrip("/"))
        query = parse_qs(parts.query)
        sslmode = (query.get("sslmode") or ["prefer"])[0]
        if not parts.hostname or not dbname or "/" in dbname or sslmode not in TLS_MODES:
            raise DatabaseError(messages.SERVER_BAD_URL.format(url=redact(url)))
        return cls(
            host=parts.hostname,
            port=port,
            dbname=dbname,
            user=unquote(parts.username or ""),
            sslmode=sslmode,
            password=unquote(parts.password) if parts.password else None,
        )

    def url(self) -> str:
        """The address without the password (what settings, titles and logs may hold)."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = "" if self.sslmode == "prefer" else f"?sslmode={self.sslmode}"
        return f"postgresql://{user}{host}:{self.port}/{quote(self.dbname, safe='')}{query}"

    def display(self) -> str:
        """``aktif auf server.verbund.local:5432`` for titles and messages."""
        return f"{self.dbname} auf {self.host}:{self.port}"

    def server(self) -> str:
        return f"{self.host}:{self.port}"

    def keyring_name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    def effective_user(self) -> str:
        return self.user or os.environ.get("PGUSER") or _os_user()

    def with_password(self, password: str | None) -> ServerTarget:
        return replace(self, password=password)

    def connect_kwargs(self) -> dict[str, object]:
        """Keyword arguments for psycopg.connect (libpq reads PGPASSWORD/.pgpass itself)."""
        kwargs: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "sslmode": self.sslmode,
            "connect_timeout": 10,
            "application_name": "Aktif Desktop",
        }
        if self.user:
            kwargs["user"] = self.user
        password = self.password if self.password is not None else stored_password(self)
        if password:
            kwargs["password"] = password
        return kwargs


def redact(url: str) -> str:
    """The URL with any password replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


# --- the operating system's password store ---------------------------------------------------


def _keyring() -> object | None:
    if os.environ.get("AKTIF_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    if isinstance(keyring.get_keyring(), fail.Keyring):
        return None
    return keyring


def keyring_available() -> bool:
    """True when the system has a password store that ``keyring`` can use."""
    return _keyring() is not None


def stored_password(target: ServerTarget) -> str | None:
    """The password remembered in the system's password store, or None."""
    store = _keyring()
    if store is None:
        return None
    try:
        value = store.get_password(KEYRING_SERVICE, target.keyring_name())  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a broken store must not stop the start; ask instead
        return None
    return str(value) if value else None


def remember_password(target: ServerTarget, password: str) -> bool:
    """Store the password in the system's password store; False when there is none."""
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(KEYRING_SERVICE, target.keyring_name(), password)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - no store: the caller says it was not remembered
        return False
    return True


def forget_password(target: ServerTarget) -> None:
    """Remove a remembered password (after it was refused, or on request)."""
    store = _keyring()
    if store is None:
        return
    # Nothing stored is fine: whatever the store says, nothing is left to forget.
    with contextlib.suppress(Exception):
        store.delete_password(KEYRING_SERVICE, target.keyring_name())  # type: ignore[attr-defined]


# Asked when the server wants a password that no other source gave (the CLI asks on the
# terminal, the GUI registers a dialog); returns None when the user cancels.
PasswordPrompt = Callable[[ServerTarget], str | None]
_prompt: list[PasswordPrompt] = []


def set_password_prompt(prompt: PasswordPrompt | None) -> None:
    _prompt.clear()
    if prompt is not None:
        _prompt.append(prompt)


def ask_password(target: ServerTarget) -> str | None:
    return _prompt[0](target) if _prompt else None
