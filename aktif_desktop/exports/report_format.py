"""German numbers and periods for the report documents and the Berichte page (no reportlab).

A figure with unit "%" holds percent points (87.5 means 87,5 %). Numbers get German digit
grouping and a decimal comma: 1.234 · 3.456,5 · "87,5 %"; a missing value is "–".
"""

from __future__ import annotations

import datetime as dt

from aktif_desktop.services.report_model import Figure, Report

MISSING = "–"


def german_number(value: object, unit: str = "") -> str:
    """``value`` as German text: 1.234 / 1.234,5 / "87,5 %" / "3,5 Std." ("–" for none)."""
    if value is None or value == "":
        return MISSING
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.1f}"
    else:
        text = f"{int(value):,}"
    # English grouping "1,234.5" -> German "1.234,5"
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{text} {unit}" if unit else text


def figure_text(figure: Figure, target: bool = False) -> str:
    """The Ist (or the Soll with ``target``) of ``figure`` with its unit."""
    return german_number(figure.target if target else figure.value, figure.unit)


def german_date(value: dt.date) -> str:
    """TT.MM.JJJJ."""
    return value.strftime("%d.%m.%Y")


def period_text(report: Report) -> str:
    """ "01.01.2026 – 31.12.2026"."""
    return f"{german_date(report.start)} – {german_date(report.end)}"


def report_title(report: Report) -> str:
    """The document title: "Bericht 01.01.2026 – 31.12.2026"."""
    return f"Bericht {period_text(report)}"
