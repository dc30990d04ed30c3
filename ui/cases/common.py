"""What the dialogs of the cases page share: dates, the optional suggestions of the guide."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from aktif_desktop import clock


def date_edit(value: dt.date | None = None) -> QDateEdit:
    """A German date field (typed or from the calendar), today unless ``value``."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    set_date(edit, value or clock.today())
    return edit


def set_date(edit: QDateEdit, value: dt.date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def german(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def suggest_offers(concern: str, legal_areas: tuple[str, ...] = ()) -> list[Any]:
    """Matching offers of the partners for ``concern`` from the guide, if it is installed.

    The guide (``aktif_desktop.services.guide``) is optional here: without it the form shows no
    suggestions. Read only; a failure of the guide never stops entering a referral.
    """
    try:
        guide = importlib.import_module("aktif_desktop.services.guide")
    except ImportError:
        return []
    suggest = getattr(guide, "suggest_offers", None)
    if suggest is None:
        return []
    try:
        return list(suggest(concern, legal_areas=legal_areas, limit=5))
    except Exception:  # suggestions are a help: entering goes on without them
        return []


def offer_text(offer: Any) -> str:
    """One line for a suggested offer: "Schuldnerberatung – Caritas (Anna Berger, 0341 …)"."""
    title = str(getattr(offer, "title", "") or getattr(offer, "name", "") or offer)
    partner = str(getattr(offer, "organisation_name", "") or "")
    contact = str(getattr(offer, "contact_name", "") or "")
    phone = str(getattr(offer, "contact_phone", "") or getattr(offer, "phone", "") or "")
    reach = ", ".join(part for part in (contact, phone) if part)
    text = f"{title} – {partner}" if partner else title
    return f"{text} ({reach})" if reach else text
