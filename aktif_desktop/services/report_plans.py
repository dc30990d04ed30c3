"""The targets (Soll) and Sachbericht texts of a report period: save and load.

A period is its first and last day; targets and texts belong to exactly that pair (the
half-year 2026-1 and the year 2026 have their own). A target is a number ≥ 0 for one figure
code of the report; an empty value removes it. A text belongs to one section of
:data:`~aktif_desktop.services.report_model.TEXT_SECTIONS`; an empty text removes it. Both
writes are operations (undo, audit trail); a save based on an older version of a row is refused.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import validation as check
from aktif_desktop.services.concurrency import versioned_save
from aktif_desktop.services.operations import operation
from aktif_desktop.services.report_model import TEXT_SECTIONS
from aktif_desktop.services.report_periods import span
from aktif_desktop.storage.models import ReportTarget, ReportText

MAX_TARGET = 1_000_000_000
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
SECTIONS = tuple(code for code, _label in TEXT_SECTIONS)


@dataclass(slots=True, frozen=True)
class StoredTarget:
    code: str
    value: float
    version: int


@dataclass(slots=True, frozen=True)
class StoredText:
    section: str
    text: str
    version: int


def validate_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """Refuse a period that ends before it begins or lies outside 1900 … 2999."""
    return span(start, end)


def target_value(code: str, value: object) -> float | None:
    """A target as stored: a number ≥ 0 (German decimal comma accepted), None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if isinstance(value, bool):
            raise ValueError(value)
        if isinstance(value, str):
            number = float(value.strip().replace(",", "."))
        elif isinstance(value, int | float):
            number = float(value)
        else:
            raise TypeError(value)
    except (TypeError, ValueError):
        number = -1.0
    if not (math.isfinite(number) and 0 <= number <= MAX_TARGET):
        shown = str(value)[:40]
        raise ValidationError(messages.REPORT_TARGET_INVALID.format(code=code, value=shown), code)
    return number


def _checked_code(code: str) -> str:
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        raise ValidationError(
            messages.REPORT_TARGET_UNKNOWN.format(code=str(code)[:64]), "Kennzahl"
        )
    return code


def _period_query(
    model: type[ReportTarget] | type[ReportText], start: dt.date, end: dt.date
) -> Any:
    return model.select().where((model.period_start == start) & (model.period_end == end))


@operation(label="Soll-Werte des Berichts speichern")
def save_targets(
    start: dt.date,
    end: dt.date,
    values: Mapping[str, object],
    versions: Mapping[str, int] | None = None,
) -> dict[str, float]:
    """Set (or, with an empty value, remove) the targets of the period for the given codes.

    Codes not named are left as they are. ``versions`` (code -> version loaded) refuses a save
    over a target another program changed since. Returns all targets of the period.
    """
    validate_period(start, end)
    cleaned = {_checked_code(code): target_value(code, value) for code, value in values.items()}
    stored = {row.code: row for row in _period_query(ReportTarget, start, end)}
    for code, value in cleaned.items():
        record = stored.get(code)
        expected = (versions or {}).get(code)
        if value is None:
            if record is not None:
                record.delete_instance()
            continue
        if record is None:
            record = ReportTarget(period_start=start, period_end=end, code=code, value=value)
        elif record.value == value:
            continue
        record.value = value
        versioned_save(record, expected, f"Der Soll-Wert „{code}“")
    return load_targets(start, end)


@operation(label="Texte des Sachberichts speichern")
def save_texts(
    start: dt.date,
    end: dt.date,
    texts: Mapping[str, str],
    versions: Mapping[str, int] | None = None,
) -> dict[str, str]:
    """Set (or, with an empty text, remove) the Sachbericht texts of the period by section.

    Sections not named are left as they are. Returns every section's text ("" if none).
    """
    validate_period(start, end)
    labels = dict(TEXT_SECTIONS)
    cleaned: dict[str, str] = {}
    for section, text in texts.items():
        if section not in labels:
            allowed = ", ".join(SECTIONS)
            raise ValidationError(
                messages.REPORT_TEXT_UNKNOWN.format(section=str(section)[:40], allowed=allowed),
                "Abschnitt",
            )
        cleaned[section] = check.text(text, labels[section], limit=check.MAX_TEXT)
    stored = {row.section: row for row in _period_query(ReportText, start, end)}
    for section, text in cleaned.items():
        record = stored.get(section)
        if not text:
            if record is not None:
                record.delete_instance()
            continue
        if record is None:
            record = ReportText(period_start=start, period_end=end, section=section, text=text)
        elif record.text == text:
            continue
        record.text = text
        versioned_save(record, (versions or {}).get(section), f"Der Text „{labels[section]}“")
    return load_texts(start, end)


def stored_targets(start: dt.date, end: dt.date) -> list[StoredTarget]:
    """The period's targets with their versions (for a form that saves them back)."""
    return [
        StoredTarget(row.code, float(row.value), int(row.version))
        for row in _period_query(ReportTarget, start, end).order_by(ReportTarget.code)
    ]


def stored_texts(start: dt.date, end: dt.date) -> list[StoredText]:
    """The period's texts with their versions, in the order of the sections."""
    found = {row.section: row for row in _period_query(ReportText, start, end)}
    return [
        StoredText(section, found[section].text, int(found[section].version))
        for section in SECTIONS
        if section in found
    ]


def load_targets(start: dt.date, end: dt.date) -> dict[str, float]:
    """code -> target of the period."""
    return {row.code: row.value for row in stored_targets(start, end)}


def load_texts(start: dt.date, end: dt.date) -> dict[str, str]:
    """Every section code -> its text of the period ("" when none was saved)."""
    found = {row.section: row.text for row in stored_texts(start, end)}
    return {section: found.get(section, "") for section in SECTIONS}
