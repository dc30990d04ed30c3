"""File names Windows and Linux can both hold: checking a name the user chose, shortening one
the app makes up (certificate files named after a person).

Limits: Linux allows 255 bytes (UTF-8) per name, Windows 255 UTF-16 units per name and 259
characters per path (MAX_PATH without long-path support). An emoji is 4 bytes and 2 units.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from aktif_desktop import messages

MAX_NAME_BYTES = 255  # Linux, UTF-8
MAX_NAME_UNITS = 255  # Windows, UTF-16 code units
WINDOWS_PATH_LIMIT = 259  # MAX_PATH 260 minus the terminating NUL
POSIX_PATH_BYTES = 4095  # PATH_MAX 4096 minus the terminating NUL
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"{prefix}{n}" for prefix in ("COM", "LPT") for n in (*range(1, 10), "¹", "²", "³")}
)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Room left by a made-up stem for the suffix (".pdf") and the temporary file's prefix.
_STEM_BYTES = 240
_STEM_UNITS = 120


def utf16_units(text: str) -> int:
    """How many UTF-16 code units Windows counts for ``text``."""
    return len(text.encode("utf-16-le")) // 2


def name_problem(name: str) -> str | None:
    """Return the German sentence saying why Windows or Linux cannot hold ``name``, or None."""
    if not name or name in (".", ".."):
        return messages.WRITE_EMPTY_NAME
    bad = _FORBIDDEN.search(name)
    if bad is not None:
        char = bad.group()
        shown = f"„{char}“" if char.isprintable() else f"U+{ord(char):04X} (Steuerzeichen)"
        return messages.WRITE_FORBIDDEN_CHARACTER.format(name=_shown(name), char=shown)
    if name[-1] in ". ":
        return messages.WRITE_TRAILING_DOT_OR_SPACE.format(name=_shown(name))
    if name.split(".")[0].rstrip(" ").upper() in RESERVED:
        return messages.WRITE_RESERVED_NAME.format(name=name)
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES or (
        utf16_units(name) > MAX_NAME_UNITS
    ):
        return messages.WRITE_NAME_TOO_LONG.format(name=_shown(name))
    return None


def path_problem(path: Path) -> str | None:
    """The sentence for a whole path too long for this system (Windows: 259 characters)."""
    text = str(path)
    if os.name == "nt":
        if len(text) > WINDOWS_PATH_LIMIT and not text.startswith("\\\\?\\"):
            return messages.WRITE_PATH_TOO_LONG.format(
                path=_shown(text), length=len(text), limit=WINDOWS_PATH_LIMIT
            )
    elif len(os.fsencode(text)) > POSIX_PATH_BYTES:
        return messages.WRITE_PATH_TOO_LONG.format(
            path=_shown(text), length=len(text), limit=POSIX_PATH_BYTES
        )
    return None


def _shown(text: str, limit: int = 80) -> str:
    """A name cut for a message (never a 300-character line)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fits(text: str, max_bytes: int, max_units: int) -> bool:
    return len(text.encode("utf-8", "surrogatepass")) <= max_bytes and (
        utf16_units(text) <= max_units
    )


def shorten(text: str, max_bytes: int = _STEM_BYTES, max_units: int = _STEM_UNITS) -> str:
    """Cut ``text`` at a character boundary so it fits both byte and UTF-16 limits."""
    if _fits(text, max_bytes, max_units):
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits
        middle = (low + high + 1) // 2
        if _fits(text[:middle], max_bytes, max_units):
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    # Never leave a combining mark or zero-width joiner without what it joins.
    while cut and (unicodedata.combining(cut[-1]) or cut[-1] in "\u200d\ufe0f"):
        cut = cut[:-1]
    return cut


def safe_filename(text: str, fallback: str = "Export") -> str:
    """Return ``text`` as a file stem Windows and Linux accept, keeping umlauts ("Müller Anna").

    The stem leaves room for a suffix: at most 240 bytes and 120 UTF-16 units.
    """
    name = unicodedata.normalize("NFC", text)
    name = _FORBIDDEN.sub(" ", name)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    if not name:
        name = fallback
    if name.split(".")[0].rstrip(" ").upper() in RESERVED:
        name = f"_{name}"
    return shorten(name).rstrip(". ") or fallback
