"""A kind of record that exists only in the tests: home visits (Hausbesuche).

Declared the way a new kind is declared in the program (model + registry entry), without
editing any of the modules that must know all kinds; ``test_registry.py`` proves that audit,
person report, merge, delete refusal, retention and ``list`` handle it.
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import DateField, ForeignKeyField, TextField

from aktif_desktop.registry import ListField, ListQuery, ListView, RecordKind, Retention
from aktif_desktop.storage.models import BaseModel, Contact, Organisation, Service
from aktif_desktop.text import fold


class HomeVisit(BaseModel):
    # A home visit keeps its person (delete refused), goes with its organisation (cascade)
    # and forgets a deleted offer (cleared).
    contact = ForeignKeyField(Contact, on_delete="RESTRICT", backref="home_visits")
    organisation = ForeignKeyField(Organisation, null=True, on_delete="CASCADE")
    service = ForeignKeyField(Service, null=True, on_delete="SET NULL")
    visited_on = DateField()
    note = TextField(default="")

    class Meta:
        table_name = "home_visit"


def _rows(query: ListQuery) -> Sequence[HomeVisit]:
    rows = list(HomeVisit.select().order_by(HomeVisit.id))
    return [row for row in rows if fold(query.search) in fold(row.note)]


HOME_VISITS = RecordKind(
    table="home_visit",
    model=HomeVisit,
    singular="Hausbesuch",
    plural="Hausbesuche",
    audited=True,
    personal=True,
    retention=Retention.KEEP,
    list_view=ListView(
        command="home-visits",
        rows=_rows,
        fields=(
            ListField("id", "Nr.", lambda r: r.id),
            ListField("visited_on", "Datum", lambda r: f"{r.visited_on:%d.%m.%Y}"),
            ListField("contact_id", "Ansprechperson", lambda r: r.contact_id),
            ListField("note", "Notiz", lambda r: r.note),
        ),
    ),
)
