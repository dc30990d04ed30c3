"""What the faces (GUI, CLI) need of a shared server's address: parsing it, telling it from a
file, the password's sources. The storage layer keeps the mechanism (``storage.server``); the
faces ask here, so that no widget imports the storage package."""

from __future__ import annotations

from aktif_desktop.storage.server import (
    DEFAULT_PORT,
    TLS_MODES,
    Location,
    PasswordPrompt,
    ServerTarget,
    as_location,
    is_server_url,
    keyring_available,
    remember_password,
    set_password_prompt,
)

__all__ = [
    "DEFAULT_PORT",
    "TLS_MODES",
    "Location",
    "PasswordPrompt",
    "ServerTarget",
    "as_location",
    "is_server_url",
    "keyring_available",
    "remember_password",
    "set_password_prompt",
]
