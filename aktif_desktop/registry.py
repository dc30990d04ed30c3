"""The registry of record kinds: one declaration per kind of record, read by every part that
must know all kinds (audit labels, person report, merge, delete refusal, retention, the
command line's ``list`` and the Excel lists).

A declaration says what cannot be read from the schema: German names, whether changes are
audited, whether the kind holds personal data, its retention rule, how a merge moves its rows
and how it is listed. What can be read from the schema is derived: which kinds refer to which
(the models' foreign keys) and what a delete does to them (``ON DELETE RESTRICT`` blocks it,
``CASCADE`` removes the rows with it, ``SET NULL`` clears the reference).

This module sits at the bottom of the layers: it imports no storage, services or ui module.
The declarations of the program's own kinds are in :mod:`aktif_desktop.services.kinds`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from peewee import ForeignKeyField


class Retention(StrEnum):
    """What the deletion run (Löschkonzept) does with a kind."""

    KEEP = "keep"  # not personal data of a person: no period applies
    EXPIRES = "expires"  # removed or anonymised by the run when its period has passed
    FOLLOWS = "follows"  # kept as long as the record it belongs to (a certificate number)


class DeleteRule(StrEnum):
    """What deleting a record does to a row that refers to it (from ``ON DELETE``)."""

    BLOCKS = "blocks"
    CASCADES = "cascades"
    CLEARS = "clears"


@dataclass(frozen=True, slots=True)
class ListQuery:
    """The filters of ``aktif-desktop list KIND``."""

    search: str = ""
    year: int | None = None
    due: bool = False  # only what is due today or overdue (follow-ups; cases with one)
    concern: str | None = None  # a code of casework.Concern / Benefit (already parsed)
    status: str | None = None  # a status code of the listed kind (already parsed)
    partner_id: int | None = None  # the partner referred to or the authority applied at


@dataclass(frozen=True, slots=True)
class ListField:
    """One column of ``list KIND``: code (JSON key), German header, value of a row."""

    code: str
    header: str
    value: Callable[[Any], object]


@dataclass(frozen=True, slots=True)
class ListView:
    """How ``aktif-desktop list <command>`` lists a kind."""

    command: str
    rows: Callable[[ListQuery], Sequence[Any]]
    fields: tuple[ListField, ...]
    json: Callable[[Any], dict[str, object]] | None = None

    def as_json(self, row: Any) -> dict[str, object]:
        """The row as JSON: the declared form, or one key per column."""
        if self.json is not None:
            return self.json(row)
        return {f.code: f.value(row) for f in self.fields}


MergeMover = Callable[[Any, int, int], None]
"""Moves the rows whose foreign key ``field`` points at ``drop_id`` over to ``keep_id``."""


@dataclass(frozen=True, slots=True)
class RecordKind:
    """The declaration of one kind of record."""

    table: str
    model: Any  # the peewee model class
    singular: str
    plural: str
    audited: bool
    personal: bool
    retention: Retention = Retention.KEEP
    merge_mover: MergeMover | None = None  # None: re-point the foreign key to the kept record
    list_view: ListView | None = None
    excel_lists: tuple[str, ...] = ()  # names in exports.lists.LISTS that export this kind
    report_label: str = ""  # section title in the person report (default: ``singular``)
    not_in_report: str = ""  # why the person report leaves it out (for kinds not personal)
    audit_key: str | None = None  # audited by this key column instead of the integer id

    @property
    def section_label(self) -> str:
        return self.report_label or self.singular

    def count_phrase(self, count: int) -> str:
        """ "1 Teilnahme" or "3 Teilnahmen"."""
        return f"{count} {self.singular if count == 1 else self.plural}"


@dataclass(frozen=True, slots=True)
class Reference:
    """A foreign key of ``kind`` (``field``, column ``column``) to another kind's rows."""

    kind: RecordKind
    field: Any  # peewee ForeignKeyField
    column: str
    rule: DeleteRule = field(default=DeleteRule.BLOCKS)


_KINDS: dict[str, RecordKind] = {}


def register(kind: RecordKind) -> RecordKind:
    """Add (or replace) the declaration of ``kind.table``; return it."""
    _KINDS[kind.table] = kind
    return kind


def unregister(table: str) -> None:
    """Remove a declaration (for test-only kinds)."""
    _KINDS.pop(table, None)


def kinds() -> list[RecordKind]:
    """Every declared kind, in the order of declaration."""
    return list(_KINDS.values())


def find(table: str) -> RecordKind | None:
    """The kind stored in ``table``, or None."""
    return _KINDS.get(table)


def get(table: str) -> RecordKind:
    """The kind stored in ``table``; KeyError for an undeclared table."""
    return _KINDS[table]


def list_views() -> dict[str, tuple[RecordKind, ListView]]:
    """``list`` command name -> (kind, view), in the order of declaration."""
    return {k.list_view.command: (k, k.list_view) for k in _KINDS.values() if k.list_view}


def _rule(on_delete: str | None) -> DeleteRule:
    text = (on_delete or "").upper()
    if text == "CASCADE":
        return DeleteRule.CASCADES
    if text == "SET NULL":
        return DeleteRule.CLEARS
    return DeleteRule.BLOCKS  # RESTRICT and NO ACTION refuse the delete


def _foreign_keys(kind: RecordKind) -> Iterator[Any]:
    for model_field in kind.model._meta.sorted_fields:
        if isinstance(model_field, ForeignKeyField):
            yield model_field


def references_to(table: str) -> list[Reference]:
    """Every foreign key of a declared kind that points at ``table``, with its delete rule."""
    return [
        Reference(
            kind=kind,
            field=model_field,
            column=model_field.column_name,
            rule=_rule(model_field.on_delete),
        )
        for kind in _KINDS.values()
        for model_field in _foreign_keys(kind)
        if model_field.rel_model._meta.table_name == table
    ]


def table_label(table: str) -> str | None:
    """The German singular of the kind in ``table`` (None for a table that is no kind)."""
    kind = _KINDS.get(table)
    return kind.singular if kind else None
