"""Field checks shared by the services; each failure is a German ValidationError."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from aktif_desktop import messages
from aktif_desktop.domain import LEGAL_AREAS, LabelledEnum
from aktif_desktop.errors import ValidationError
from aktif_desktop.text import clean, clean_multiline, normalise_email

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()/\-.]{3,30}$")
POSTCODE_PATTERN = re.compile(r"^[0-9]{5}$")
URL_PATTERN = re.compile(r"^(https?://)?[^\s/]+\.[^\s]{2,}$", re.IGNORECASE)
E = TypeVar("E", bound=LabelledEnum)
MAX_LINE = 200
MAX_TEXT = 20_000


def text(value: str | None, label: str, *, required: bool = False, limit: int = MAX_LINE) -> str:
    """Return ``value`` cleaned; refuse it when required and empty or when too long."""
    result = clean(value) if limit <= MAX_LINE else clean_multiline(value)
    if required and not result:
        raise ValidationError(messages.REQUIRED.format(field=label), field=label)
    if len(result) > limit:
        raise ValidationError(messages.TOO_LONG.format(field=label, limit=limit), field=label)
    return result


def email(value: str | None, label: str = "E-Mail") -> str:
    """Return the e-mail trimmed and lower-cased, or "" when empty; refuse a malformed one."""
    result = normalise_email(value)
    if result and not EMAIL_PATTERN.match(result):
        raise ValidationError(messages.INVALID_EMAIL.format(value=clean(value)), field=label)
    return result


def phone(value: str | None, label: str = "Telefon") -> str:
    """Return the phone number as text (leading zeros kept); refuse letters."""
    result = clean(value)
    if result and not PHONE_PATTERN.match(result):
        raise ValidationError(messages.INVALID_PHONE.format(value=result), field=label)
    return result


def postcode(value: str | None, label: str = "PLZ") -> str:
    """Return a German five-digit postcode, or ""."""
    result = clean(value)
    if result and not POSTCODE_PATTERN.match(result):
        raise ValidationError(messages.INVALID_POSTCODE.format(value=result), field=label)
    return result


def url(value: str | None, label: str = "Internet") -> str:
    """Return a web address, or ""."""
    result = clean(value)
    if result and not URL_PATTERN.match(result):
        raise ValidationError(messages.INVALID_URL.format(value=result), field=label)
    return result


def choice(value: str | E, enum: type[E], label: str) -> E:
    """Return the enum member for a code or German label."""
    try:
        return enum.parse(str(value))  # type: ignore[return-value]
    except ValueError:
        raise ValidationError(
            messages.INVALID_CHOICE.format(value=value, field=label), field=label
        ) from None


def number(
    value: float | int | str | None,
    label: str,
    *,
    low: float,
    high: float,
    integer: bool = False,
) -> float | int | None:
    """Return ``value`` when empty or inside ``[low, high]``; refuse anything else."""
    if value is None or value == "":
        return None
    try:
        result: float | int = int(value) if integer else float(value)
    except (TypeError, ValueError):
        result = low - 1
    if not low <= result <= high:
        raise ValidationError(
            messages.INVALID_NUMBER.format(field=label, low=int(low), high=int(high)), field=label
        )
    return result


def legal_areas(codes: Iterable[str]) -> tuple[str, ...]:
    """Return the legal-area codes in display order; accept codes or labels."""
    by_key = {code.casefold(): code for code in LEGAL_AREAS}
    by_key.update({label.casefold(): code for code, label in LEGAL_AREAS.items()})
    found: set[str] = set()
    for raw in codes:
        key = clean(raw).casefold()
        if not key:
            continue
        if key not in by_key:
            raise ValidationError(messages.INVALID_LEGAL_AREA.format(value=raw), "Rechtskreise")
        found.add(by_key[key])
    return tuple(code for code in LEGAL_AREAS if code in found)
