"""Helpers the service modules share: transactions, look-ups and legal-area links."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ParamSpec, TypeVar

from peewee import Model

from aktif_desktop import messages, registry
from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.errors import NotFoundError
from aktif_desktop.services.operations import operation
from aktif_desktop.services.ranking import Searchable, filter_ranked, search_words
from aktif_desktop.storage.models import LegalArea

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound=Model)


S = TypeVar("S", bound=Searchable)


def transactional(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` in one transaction: on any error nothing of it stays in the database.

    An unlabelled operation (see :mod:`aktif_desktop.services.operations`): called at the
    top, its change set is published; called inside an operation, it joins that operation.
    """
    return operation()(func)


def get_or_fail(model: type[M], record_id: int, what: str) -> M:
    """Return the record or raise a German NotFoundError naming ``what``."""
    record = model.get_or_none(model.id == record_id)  # type: ignore[attr-defined]
    if record is None:
        raise NotFoundError(messages.NOT_FOUND.format(what=what, id=record_id))
    return record


def dict_rows(query: Any) -> list[dict[str, Any]]:
    """Run a select and return its rows as dicts (typed for mypy; peewee's stubs say Model)."""
    return list(query.dicts())


def tuple_rows(query: Any) -> list[tuple[Any, ...]]:
    """Run a select and return its rows as tuples."""
    return list(query.tuples())


def legal_area_ids() -> dict[str, int]:
    """Return legal-area code -> row id."""
    return {
        code: area_id
        for area_id, code in tuple_rows(LegalArea.select(LegalArea.id, LegalArea.code))
    }


def legal_area_codes_by_id() -> dict[int, str]:
    """Return legal-area row id -> code."""
    return {area_id: code for code, area_id in legal_area_ids().items()}


def replace_links(link_model: Any, owner_field: str, owner_id: int, codes: Iterable[str]) -> None:
    """Make the legal-area links of one owner exactly ``codes``."""
    ids = legal_area_ids()
    link_model.delete().where(getattr(link_model, owner_field) == owner_id).execute()
    rows = [{owner_field: owner_id, "legal_area": ids[code]} for code in codes]
    if rows:
        link_model.insert_many(rows).execute()


def links_by_owner(
    link_model: Any, owner_field: str, ids: list[int] | None = None
) -> dict[int, tuple[str, ...]]:
    """Return owner id -> legal-area codes in display order, for all owners at once (or only
    for ``ids``: opening one event read the links of all 3,000 in the large demo)."""
    codes = legal_area_codes_by_id()
    order = {code: index for index, code in enumerate(LEGAL_AREAS)}
    owner_column = getattr(link_model, owner_field)
    result: dict[int, list[str]] = {}
    query = link_model.select(owner_column, link_model.legal_area)
    if ids is not None:
        query = query.where(owner_column.in_(ids))
    for owner_id, area_id in tuple_rows(query):
        result.setdefault(owner_id, []).append(codes[area_id])
    return {key: tuple(sorted(value, key=order.__getitem__)) for key, value in result.items()}


def delete_blockers(table: str, record_id: int) -> list[str]:
    """German phrases for the rows of declared kinds that keep ``record_id`` of ``table``
    from being deleted (their foreign key says ``ON DELETE RESTRICT``): "3 Teilnahmen"."""
    phrases = []
    for reference in registry.references_to(table):
        if reference.rule is not registry.DeleteRule.BLOCKS:
            continue
        count = reference.field.model.select().where(reference.field == record_id).count()
        if count:
            phrases.append(reference.kind.count_phrase(count))
    return phrases


def clear_references(table: str, record_id: int) -> None:
    """Empty the references (``ON DELETE SET NULL``) of declared kinds to a record about to be
    deleted, as explicit updates the audit trail records."""
    for reference in registry.references_to(table):
        if reference.rule is registry.DeleteRule.CLEARS:
            field = reference.field
            field.model.update({field: None}).where(field == record_id).execute()


def count_phrase(count: int, singular: str, plural: str) -> str:
    """Return "1 Ansprechperson", "3 Ansprechpersonen" or "3.000 Ansprechpersonen"."""
    return f"{count:,}".replace(",", ".") + f" {singular if count == 1 else plural}"


def join_phrases(parts: list[str]) -> str:
    """Join German phrases: "a", "a und b", "a, b und c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " und " + parts[-1]


def filter_rows(rows: list[S], search: str) -> list[S]:
    """Keep the rows whose ``search_text`` contains every word of ``search`` (folded), name
    matches first (``services.ranking``): "schäf" puts the Schäfers before "Geschäftsführung"."""
    if not search_words(search):
        return rows
    return filter_ranked(rows, search)
