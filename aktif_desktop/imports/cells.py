"""Normalise spreadsheet cell values into the text, dates and flags the services expect.

python-calamine returns text cells as ``str``, numeric cells as ``float`` (also whole
numbers), date cells as ``date``/``datetime``; CSV gives only text. Phone numbers and
postcodes must stay text: a numeric cell 1512345.0 becomes "01512345" again.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.text import clean, fold

# clean() is pure and a file repeats names, functions and partners on every row.
_clean_text = lru_cache(maxsize=65_536)(clean)

EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_PATTERNS = (
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$"), ("d", "m", "yy")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), ("d", "m", "y")),
)
# Excel's error values in German and English (and LibreOffice's), as a cell shows them.
ERROR_CODES = frozenset(
    {
        "#NV", "#N/A", "#WERT!", "#VALUE!", "#DIV/0!", "#BEZUG!", "#REF!", "#NAME?",
        "#ZAHL!", "#NUM!", "#NULL!", "#LEER!", "#ÜBERLAUF!", "#SPILL!", "#KALK!", "#CALC!",
        "#FELD!", "#FIELD!", "#GETTING_DATA", "#BLOCKIERT!", "#BLOCKED!", "#UNKNOWN!",
        "#UNBEKANNT!", "#CONNECT!", "#VERBINDEN!", "#BUSY!", "#ZEITÜBERSCHREITUNG!",
        "ERR:502", "ERR:504", "ERR:508", "ERR:511", "ERR:522", "ERR:523",
    }
)  # fmt: skip
TRUE_WORDS = frozenset({"ja", "j", "x", "1", "wahr", "true", "yes", "y", "ok", "aktiv"})
FALSE_WORDS = frozenset({"nein", "n", "0", "falsch", "false", "no", "-", "inaktiv"})


def excel_error(value: object) -> str | None:
    """The error code when a cell holds an Excel error value ("#NV", "#DIV/0!"), else None."""
    if not isinstance(value, str) or not value or len(value) > 24:
        return None
    text = value.strip()
    return text if text.upper() in ERROR_CODES else None


def to_text(value: object) -> str:
    """Return a cell as clean text: whole floats without ".0", dates as TT.MM.JJJJ."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return _clean_text(str(value))


def to_phone(value: object) -> str:
    """Return a phone number as text, restoring the zero a numeric cell dropped."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = to_text(value)
        # German numbers begin with 0 or +49; Excel turns "0151…" typed into a number
        # into 151…, so the leading zero (or the plus of "49…") is put back.
        if digits.startswith("49") and len(digits) >= 11:
            return "+" + digits
        return "0" + digits
    return to_text(value)


def to_postcode(value: object) -> str:
    """Return a German postcode as five-digit text (01067 stays 01067 in a numeric cell)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return to_text(value).zfill(5)
    return to_text(value)


def to_date(value: object) -> dt.date | None:
    """Return a date from a date cell, an Excel serial number or text (TT.MM.JJJJ, ISO)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 100_000:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValidationError(messages.INVALID_DATE.format(value=to_text(value)))
    text = clean(str(value)[:1000])
    if not text:
        return None
    if re.fullmatch(r"\d{4,5}(?:[.,]0+)?", text):
        return to_date(float(text.replace(",", ".")))
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(group) for group in match.groups()), strict=True))
            year = parts.get("y") or 2000 + parts["yy"]
            try:
                return dt.date(year, parts["m"], parts["d"])
            except ValueError:
                break
    raise ValidationError(messages.INVALID_DATE.format(value=text))


def to_bool(value: object, label: str) -> bool | None:
    """Return True/False for ja/nein/x/1/0 (and the like), None for an empty cell."""
    if isinstance(value, bool):
        return value
    text = fold(to_text(value))
    if not text:
        return None
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ValidationError(messages.IMPORT_INVALID_FLAG.format(value=to_text(value), field=label))


def split_list(value: object) -> list[str]:
    """Split a cell holding several entries ("SGB II, SGB VIII; BuT") into its parts."""
    return [part for part in (clean(p) for p in re.split(r"[,;\n|]+", to_text(value))) if part]
