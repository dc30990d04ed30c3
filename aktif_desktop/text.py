"""Text normalisation shared by search, validation, duplicate detection and exports.

``clean`` (one line) and ``clean_multiline`` (notes, agendas) give NFC text without control
characters; ``fold`` makes "Müller", "Mueller" and "MÜLLER" (and "Straße"/"Strasse") compare
equal; ``fit_excel_cell`` makes any text safe and short enough for one spreadsheet cell.
"""

from __future__ import annotations

import re
import unicodedata

_STROKES = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i"})
_GERMAN_FOLD_PAIRS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ẞ", "ss"))
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")
# Characters no XML file (xlsx, docx) may hold and that SQLite cannot store as UTF-8: C0/C1
# controls (pasted names often carry \x0b, openpyxl refuses it), lone surrogates and the two
# non-characters U+FFFE/U+FFFF. Tab, LF and CR are handled by the callers (they are spaces or
# line breaks, not garbage).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

EXCEL_CELL_LIMIT = 32_767
CUT_MARKER = " […gekürzt]"


def _normalised(text: object) -> str:
    # Vertical tab and form feed separate words in pasted text: keep them as a space.
    raw = str(text).replace("\x0b", " ").replace("\x0c", " ")
    # A regex that finds nothing is much cheaper than str.translate with a dict, and search
    # cleans and folds every contact (20,000 in the large demo) at once.
    return _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", _FORBIDDEN.sub("", raw)))


def clean(text: str | None) -> str:
    """Return one line: NFC, control and invisible characters removed, whitespace collapsed."""
    if not text:
        return ""
    return " ".join(_normalised(text).split())  # str.split() splits on exactly what \s+ matches


def clean_multiline(text: str | None) -> str:
    """Like :func:`clean` but for notes and agendas: line breaks (CRLF/CR become LF),
    indentation and inner spacing stay as typed; trailing spaces and outer blanks go."""
    if not text:
        return ""
    text = _normalised(text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def fit_excel_cell(text: str | None, limit: int = EXCEL_CELL_LIMIT) -> str:
    """Return ``text`` storable in one spreadsheet cell: no forbidden characters, and cut with
    the marker " […gekürzt]" when longer than Excel's 32,767 characters."""
    if not text:
        return ""
    text = _FORBIDDEN.sub("", str(text).replace("\x0b", " ").replace("\x0c", " "))
    if 2 * len(text) <= limit or _utf16_length(text) <= limit:  # the first test is cheap
        return text
    # Excel counts UTF-16 units: an emoji takes two of the 32,767.
    room, kept = limit - len(CUT_MARKER), 0
    for position, char in enumerate(text):
        kept += 2 if ord(char) > 0xFFFF else 1
        if kept > room:
            return text[:position] + CUT_MARKER
    return text  # not reached: the text was longer than the limit


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def is_cut(text: str) -> bool:
    """True when ``text`` was shortened by :func:`fit_excel_cell`."""
    return text.endswith(CUT_MARKER)


def fold(text: str | None) -> str:
    """Return a comparison key: case, whitespace, umlauts, ß and accents folded away."""
    text = clean(text).casefold()
    for letter, replacement in _GERMAN_FOLD_PAIRS:  # cheaper than translate with a dict
        text = text.replace(letter, replacement)
    if text.isascii():  # nothing left to decompose; the search folds 20,000 rows at once
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Letters without a decomposition that still differ only by a stroke.
    return stripped.translate(_STROKES)


def normalise_email(text: str | None) -> str:
    """Return an e-mail address trimmed, without inner spaces and in lower case."""
    return "".join(clean(text).split()).lower()


# Partner names compared without their legal form (duplicates and imports both use it).
LEGAL_FORMS = frozenset(
    {"ev", "e", "v", "ggmbh", "gmbh", "ag", "kg", "mbh", "gug", "eg", "kdoer", "adoer", "der"}
)


def organisation_compare_key(name: str) -> str:
    """The folded name without legal forms and punctuation ("Caritas e.V." = "Caritas")."""
    words = re.sub(r"[^0-9a-z ]", " ", fold(name).replace("e.v.", " ")).split()
    return " ".join(word for word in words if word not in LEGAL_FORMS)
