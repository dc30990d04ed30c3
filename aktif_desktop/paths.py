"""Where things live: the bundled resources and the user's data folder.

One resolver for a source checkout, an installed wheel and a frozen (PyInstaller) build,
so no other module guesses paths.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "AktifDesktop"
APP_AUTHOR = "Aktif"
DB_ENV_VAR = "AKTIF_DB"
DATA_DIR_ENV_VAR = "AKTIF_DATA_DIR"
DB_FILENAME = "aktif.db"


def resources_dir() -> Path:
    """Return the folder holding fonts, icons, translations and templates."""
    package_dir = Path(__file__).resolve().parent
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates += [package_dir.parent / "resources", package_dir / "_resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(f"resources folder not found; looked in {candidates}")


def resource(*parts: str) -> Path:
    """Return the path of one bundled resource file."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """Return (and create) the user's local data folder (%LOCALAPPDATA% on Windows)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_db_path() -> Path:
    """Return the database file: ``AKTIF_DB`` if set, else the file in the data folder."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        if override.strip().lower().startswith(("postgresql://", "postgres://")):
            return override.strip()  # type: ignore[return-value]  # a server URL stays text
        return Path(override).expanduser()
    return data_dir() / DB_FILENAME


def log_path() -> Path:
    """Return the log file in the data folder (internal errors with tracebacks go here)."""
    return data_dir() / "aktif.log"
