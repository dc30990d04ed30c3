"""What the dialogs of the cases page share: dates, the suggestions of the guide."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from aktif_desktop import clock
from aktif_desktop.errors import AktifError
from aktif_desktop.services import guide
from aktif_desktop.services.guide import GuideRow


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


def suggest_offers(concern: str, legal_areas: tuple[str, ...] = ()) -> list[GuideRow]:
    """The partners' matching offers for ``concern`` from the guide (read only, best first).

    A refusal of the guide (e.g. an unknown concern) only means no suggestions: entering the
    referral goes on without them.
    """
    try:
        return guide.suggest_offers(concern, legal_areas=legal_areas, limit=5)
    except AktifError:
        return []


def offer_text(offer: GuideRow) -> str:
    """One line for a suggested offer: "Schuldnerberatung – Caritas (Anna Berger, 0341 …)"."""
    reach = ", ".join(part for part in (offer.contact_name, offer.phone) if part)
    text = f"{offer.offer} – {offer.partner}" if offer.partner else offer.offer
    return f"{text} ({reach})" if reach else text
