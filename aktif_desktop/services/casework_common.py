"""What the services of the Lotsen work share: code lists in one column, dates, undo labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from aktif_desktop import clock, messages
from aktif_desktop.domain import LabelledEnum
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import validation as check
from aktif_desktop.storage.models import Application, FamilyCase, FollowUp, Referral

E = TypeVar("E", bound=LabelledEnum)


def codes(values: Iterable[str], enum: type[E], label: str) -> tuple[str, ...]:
    """Codes or German labels -> the codes in declaration order, each once; refuse others."""
    wanted = {check.choice(value, enum, label).value for value in values if str(value).strip()}
    return tuple(member.value for member in enum if member.value in wanted)


def join_codes(values: Iterable[str]) -> str:
    """The stored form of a code list: ``"lunch,trips"``."""
    return ",".join(values)


def split_codes(stored: str | None) -> tuple[str, ...]:
    """The codes of a stored code list (empty for an empty column)."""
    return tuple(code for code in (stored or "").split(",") if code)


def labels_of(stored: Iterable[str], enum: type[E]) -> str:
    """German labels of codes, comma-separated (unknown codes are shown as stored)."""
    shown = []
    for code in stored:
        try:
            shown.append(enum(code).label)
        except ValueError:
            shown.append(code)
    return ", ".join(shown)


def not_in_future(value: dt.date | None, label: str) -> dt.date | None:
    """Refuse a date after today for something that has already happened."""
    if value is not None and value > clock.today():
        raise ValidationError(
            messages.DATE_IN_FUTURE.format(field=label, value=f"{value:%d.%m.%Y}"), field=label
        )
    return value


def german(value: dt.date | None) -> str:
    """``03.12.2026`` or empty."""
    return f"{value:%d.%m.%Y}" if value else ""


def _code_of_case(case_id: Any) -> str:
    record = FamilyCase.get_or_none(FamilyCase.id == case_id) if isinstance(case_id, int) else None
    return record.code if record else ""


def case_label(template: str) -> Callable[..., str]:
    """An undo label naming the case of the first argument (a case id)."""

    def label(case_id: Any = None, *_args: Any, **_kwargs: Any) -> str:
        return template.format(code=_code_of_case(case_id))

    return label


def data_case_label(template: str) -> Callable[..., str]:
    """An undo label naming the case of the data argument (``family_case_id``)."""

    def label(*args: Any, **kwargs: Any) -> str:
        data = kwargs.get("data", args[-1] if args else None)
        return template.format(code=_code_of_case(getattr(data, "family_case_id", None)))

    return label


def owner_case_label(template: str, model: Any) -> Callable[..., str]:
    """An undo label naming the case of a referral, application or follow-up (first argument)."""

    def label(record_id: Any = None, *_args: Any, **_kwargs: Any) -> str:
        record = model.get_or_none(model.id == record_id) if isinstance(record_id, int) else None
        return template.format(code=_code_of_case(record.family_case_id if record else None))

    return label


OWNED_MODELS = (Referral, Application, FollowUp)
