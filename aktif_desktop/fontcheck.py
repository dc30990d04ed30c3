"""Which characters the PDF font cannot print (they would come out as an empty box ■).

The PDFs embed DejaVu Sans; names in scripts it lacks (CJK, many emoji, …) are found here so
the exports can warn the user instead of printing boxes silently. No Qt, no reportlab canvas:
only the font's character map is read (once, on first use).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from aktif_desktop import messages, paths

DEFAULT_FONT = "DejaVuSans.ttf"
# Characters a PDF writer lays out itself rather than drawing a glyph for them.
_LAYOUT_CHARACTERS = frozenset("\n\r\t")


@lru_cache(maxsize=4)
def _character_map(font_file: str) -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(font_file.rsplit(".", 1)[0], str(paths.resource("fonts", font_file)))
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


def unprintable_characters(text: str | None, font_file: str = DEFAULT_FONT) -> set[str]:
    """Return the characters of ``text`` the embedded font has no glyph for."""
    if not text:
        return set()
    covered = _character_map(font_file)
    return {ch for ch in set(text) if ord(ch) not in covered and ch not in _LAYOUT_CHARACTERS}


def unprintable_warning(
    names: Iterable[str], font_file: str = DEFAULT_FONT, *, limit: int = 5
) -> str:
    """Return a German warning naming the texts that will not print fully, or "" if all do.

    ``names`` are the texts going into one document (e.g. participant names); at most
    ``limit`` of them are named, the rest are counted.
    """
    affected = [name for name in names if unprintable_characters(name, font_file)]
    if not affected:
        return ""
    shown = ", ".join(f"„{name}“" for name in affected[:limit])
    more = len(affected) - limit
    if more > 0:
        shown += f" und {more} weitere"
    return messages.PDF_UNPRINTABLE.format(names=shown)
