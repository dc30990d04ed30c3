"""One keystroke of the contact search over 20,000 contacts, through the GUI model, against
the same LIKE query in raw sqlite3.

The product side types into the search field of the real Ansprechpersonen page when it has
one (else into a RowTableModel over ``contacts.list_contacts()`` filtered like the page does)
and lets the view repaint: that is what the user waits for. The floor runs, per keystroke,
the LIKE query over the same columns with the same ordering and fetches every row.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import own_peak_rss_mb
from benchmarks.qt_support import gui_app, settle

ORG_WORDS = ("jugendamt", "jobcenter", "familienkasse", "sozialamt", "beratungsstelle")


def words_for_round(number: int) -> list[str]:
    """What a user types in one round: a surname, a partner and place, a first name, digits.

    Every round types other words: the page keeps recent answers, and a benchmark that
    repeats the same letters would measure that cache instead of the search.
    """
    from aktif_desktop.demo_names import CITIES, FIRST_NAMES, LAST_NAMES

    return [
        LAST_NAMES[(number * 7 + 1) % len(LAST_NAMES)].lower(),
        f"{ORG_WORDS[number % len(ORG_WORDS)]} {CITIES[(number * 3) % len(CITIES)][0].lower()}",
        FIRST_NAMES[(number * 5 + 2) % len(FIRST_NAMES)].lower(),
        f"0{number % 9 + 1}{number % 7}",
    ]


COLUMNS = (
    "c.first_name",
    "c.last_name",
    "o.name",
    "c.function",
    "c.topics",
    "c.email",
    "c.phone",
    "c.mobile",
)
FLOOR_SQL = (
    "SELECT c.*, o.name FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id"
    " WHERE {where} ORDER BY c.last_name, c.first_name, c.id"
)


def keystrokes(number: int) -> list[str]:
    """The texts in the field after each key: "m", "mü", …, then cleared for the next word."""
    texts = []
    for word in words_for_round(number):
        texts += [word[:n] for n in range(1, len(word) + 1)]
        texts.append("")
    return texts


def floor_search(connection: sqlite3.Connection, text: str) -> list[tuple[Any, ...]]:
    words = text.split()
    if not words:
        return connection.execute(FLOOR_SQL.format(where="1")).fetchall()
    one_word = "(" + " OR ".join(f"{column} LIKE ?" for column in COLUMNS) + ")"
    where = " AND ".join([one_word] * len(words))
    params = [f"%{word}%" for word in words for _ in COLUMNS]
    return connection.execute(FLOOR_SQL.format(where=where), params).fetchall()


class _ModelOnly:
    """Stand-in for the page until it exists: a view over RowTableModel, filtered in Python."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QTableView

        from aktif_desktop.services import contacts
        from ui.table_model import Column, RowTableModel

        columns = [
            Column("Name", lambda r: r.sort_name),
            Column("Organisation", lambda r: r.organisation_name),
            Column("Funktion", lambda r: r.function),
            Column("Telefon", lambda r: r.phone),
            Column("E-Mail", lambda r: r.email),
        ]
        self.model: Any = RowTableModel(columns)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(1200, 700)
        self.view.show()
        self.model.set_rows(contacts.list_contacts())

    def type_text(self, text: str) -> None:
        from aktif_desktop.text import fold

        words = fold(text).split()
        self.model.set_filter((lambda r: all(w in r.search_text for w in words)) if words else None)

    def row_count(self) -> int:
        return int(self.model.rowCount())


class _Page:
    """The real Ansprechpersonen page: its own search field, model and view."""

    def __init__(self, page_class: type) -> None:
        from PySide6.QtWidgets import QLineEdit

        self.page = page_class()
        self.page.resize(1280, 760)
        self.page.show()
        self.page.reload()
        settle()
        fields = self.page.findChildren(QLineEdit)
        self.field = getattr(self.page, "search", None) or fields[0]

    def type_text(self, text: str) -> None:
        self.field.setText(text)

    def row_count(self) -> int:
        return int(self.page.model.rowCount())


def _surface() -> Any:
    try:
        from ui.contacts.page import ContactsPage
    except ImportError:
        return _ModelOnly()
    return _Page(ContactsPage)


def measure(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    from aktif_desktop.storage.db import open_database

    app = gui_app()
    open_database(Path(ctx["db"]))
    surface = _surface()
    connection = sqlite3.connect(ctx["db"])
    for text in keystrokes(0):  # warm-up round (its own words), not counted
        surface.type_text(text)
        app.processEvents()
        floor_search(connection, text)
    rss = own_peak_rss_mb()
    times: list[float] = []
    floor_times: list[float] = []
    for number in range(1, repeat + 1):
        for text in keystrokes(number):
            start = time.perf_counter()
            surface.type_text(text)
            app.processEvents()  # the view repaints: the answer the user sees
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            floor_search(connection, text)
            floor_times.append(time.perf_counter() - start)
    surface.type_text("müller")
    app.processEvents()
    note = f"{len(times)} keystrokes; 'müller' shows {surface.row_count()} of 20,000"
    connection.close()
    return {"product": times, "floor": floor_times, "rss_mb": rss, "note": note}
