"""Text normalisation shared by search, validation and duplicate detection.

``fold`` makes "Müller", "Mueller" and "MÜLLER" (and "Straße"/"Strasse") compare equal.
"""

from __future__ import annotations

import re
import unicodedata

_GERMAN_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)


def clean(text: str | None) -> str:
    """Trim, drop invisible characters, collapse inner whitespace and NFC-normalise."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def fold(text: str | None) -> str:
    """Return a comparison key: case, whitespace, umlauts, ß and accents folded away."""
    text = clean(text).casefold().translate(_GERMAN_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Letters without a decomposition that still differ only by a stroke.
    return stripped.translate(str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i"}))


def normalise_email(text: str | None) -> str:
    """Return an e-mail address trimmed, without inner spaces and in lower case."""
    return "".join(clean(text).split()).lower()
