"""Row handlers: match one import row against the database and write it through a service.

Matching rules (the same for preview and commit):

* a key cell (``contact:12``) from an exported list matches that record; every mapped field
  is taken from the file, so an emptied cell empties the field (round trip);
* otherwise the same e-mail (ignoring case and spaces), or the same folded name at the same
  organisation, matches; only filled cells change fields there;
* a name match whose e-mail differs from the stored one, a repeated person within the file,
  and a new partner whose name differs only by legal form ("e.V.") are reported as possible
  duplicates and not written until the user decides (``ImportPlan.duplicate_choices``: same
  record, update it / another record, create it / skip): an import never silently creates a
  second record, nor silently drops a row.

The contact handler lives in :mod:`aktif_desktop.imports.contact_handler`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from aktif_desktop import messages
from aktif_desktop.domain import LEGAL_AREAS, OrganisationKind, OrganisationRole
from aktif_desktop.errors import NotFoundError, ValidationError
from aktif_desktop.imports import cells
from aktif_desktop.imports.engine import (
    CHOICE_NOTES,
    CHOOSE_NEW,
    CHOOSE_SKIP,
    CHOOSE_UPDATE,
    DUPLICATE,
    NEW,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    FieldChange,
    ImportPlan,
    RowOutcome,
    RowProblemsError,
    SourceRow,
)
from aktif_desktop.imports.fields import Field, fields_for
from aktif_desktop.imports.matching import (
    OrganisationIndex,
    organisation_compare_key,
)
from aktif_desktop.record_keys import make_key, parse_key
from aktif_desktop.services import organisations
from aktif_desktop.services import validation as check
from aktif_desktop.text import clean, fold, normalise_email

PERSON_NAME_FIELDS = ("salutation", "title", "first_name", "last_name")
# Format checks the services make too, run here so that a row shows all its errors at once.
FORMAT_CHECKS: dict[str, Callable[[str], object]] = {
    "email": check.email,
    "phone": check.phone,
    "mobile": check.phone,
    "postcode": check.postcode,
    "org_postcode": check.postcode,
    "website": check.url,
}


class Handler(Protocol):
    """What the engine needs of a row handler."""

    def process(self, row: SourceRow) -> RowOutcome: ...

    def display_name(self, row: SourceRow) -> str: ...

    def missing(self) -> list[str]: ...

    def finish(self) -> None: ...


def make_handler(plan: ImportPlan) -> Handler:
    """Return the handler of the plan's kind (indexes loaded inside the transaction)."""
    from aktif_desktop.imports.contact_handler import ContactHandler
    from aktif_desktop.imports.participants import ParticipantHandler

    kinds: dict[str, type] = {
        "organisations": OrganisationHandler,
        "contacts": ContactHandler,
        "participants": ParticipantHandler,
    }
    handler: Handler = kinds[plan.kind](plan)
    return handler


def show(value: object) -> str:
    """A field value as the diff preview shows it."""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


class BaseHandler:
    """Parsing of cells by field type and the bookkeeping every kind shares."""

    kind = ""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.fields: dict[str, Field] = fields_for(plan.kind)
        self.seen: dict[str, tuple[int, str]] = {}  # match key -> first row and its name
        self.seen_ids: set[int] = set()
        self.keyed = False
        self.converters: dict[str, Callable[[object], object]] = {}

    def finish(self) -> None:
        """Write whatever the handler still holds (after the last row, before ``missing``)."""

    def parse(self, row: SourceRow) -> dict[str, Any]:
        """Convert each mapped cell by its field type.

        Every bad cell of the row (an Excel error value, a wrong date, …) and a missing name
        are collected and raised together as :class:`RowProblemsError`.
        """
        values: dict[str, Any] = {}
        problems: list[str] = []
        for name, raw in row.values.items():
            code = cells.excel_error(raw)
            if code is not None:
                label = self.fields[name].label
                problems.append(messages.IMPORT_CELL_ERROR.format(field=label, code=code))
                continue
            try:
                values[name] = self.converter(name)(raw)
                formats = FORMAT_CHECKS.get(name)
                if formats is not None and values[name]:
                    formats(str(values[name]))  # the service's own check, to list it too
            except ValidationError as error:
                problems.append(error.message)
        if problems:
            if self.name_missing(row):
                problems.append(messages.IMPORT_NO_NAME)
            raise RowProblemsError(problems)
        return values

    def name_missing(self, row: SourceRow) -> bool:
        """True when the row names nobody (checked here only to list it with other errors)."""
        return not any(
            cells.to_text(row.values.get(name, ""))
            for name in ("name", "last_name", "full_name", "key")
        )

    def choice(self, row: SourceRow) -> str:
        """What the user chose for this row if it is a possible duplicate ("" for nothing)."""
        return self.plan.duplicate_choices.get(row.number, "")

    def possible_duplicate(
        self,
        row: SourceRow,
        name: str,
        detail: str,
        match: int | None,
        *,
        can_update: bool,
        in_file: bool = False,
    ) -> RowOutcome:
        """The outcome of a possible duplicate not (or not yet) decided, or skipped by choice."""
        if self.choice(row) == CHOOSE_SKIP:
            return RowOutcome(
                row.number, SKIPPED, name, notes=[CHOICE_NOTES[CHOOSE_SKIP]], choice=CHOOSE_SKIP
            )
        return RowOutcome(
            row.number,
            DUPLICATE,
            name,
            detail,
            match,
            choosable=True,
            can_update=can_update and match is not None,
            in_file=in_file,
        )

    @staticmethod
    def chosen(outcome: RowOutcome, choice: str) -> RowOutcome:
        """Mark ``outcome`` as the result of the user's choice."""
        outcome.choice = choice
        outcome.notes.append(CHOICE_NOTES[choice])
        return outcome

    def converter(self, name: str) -> Callable[[object], object]:
        """The cell converter of a field by its type (made once per field and import)."""
        found = self.converters.get(name)
        if found is None:
            field = self.fields[name]
            by_type: dict[str, Callable[[object], object]] = {
                "phone": cells.to_phone,
                "postcode": cells.to_postcode,
                "date": cells.to_date,
                "list": cells.split_list,
                "bool": partial(cells.to_bool, label=field.label),
            }
            found = self.converters[name] = by_type.get(field.type, cells.to_text)
        return found

    def record_key(self, values: dict[str, Any], kind: str) -> int | None:
        """The record id of the key cell, or None; a key of another list is refused."""
        text = str(values.get("key") or "")
        if not text:
            return None
        parsed = parse_key(text)
        if parsed is None or parsed[0] != kind:
            raise ValidationError(messages.IMPORT_KEY_WRONG_KIND.format(key=text))
        self.keyed = True
        self.seen_ids.add(parsed[1])
        return parsed[1]

    def first_seen(self, keys: list[str], number: int, name: str) -> str | None:
        """Return the duplicate message when an earlier row had one of ``keys``."""
        earlier = next((self.seen[k] for k in keys if k and k in self.seen), None)
        for key in keys:
            if key:
                self.seen.setdefault(key, (number, name))
        if earlier is None:
            return None
        return messages.IMPORT_DUPLICATE_IN_FILE.format(row=earlier[0], name=earlier[1])

    @staticmethod
    def take(
        current: dict[str, Any], values: dict[str, Any], names: tuple[str, ...], full: bool
    ) -> dict[str, Any]:
        """Return ``current`` with the file's values: all of them, or only the filled ones."""
        result = dict(current)
        for name in names:
            if name in values and (full or values[name] not in ("", None, [], ())):
                result[name] = values[name]
        return result

    def diff(
        self, old: dict[str, Any], new: dict[str, Any], labels: dict[str, str]
    ) -> list[FieldChange]:
        changes = []
        for name, label in labels.items():
            before, after = _comparable(name, old.get(name)), _comparable(name, new.get(name))
            if before != after:
                changes.append(FieldChange(label, show(before), show(after)))
        return changes


def _comparable(name: str, value: object) -> object:
    if name == "email":
        return normalise_email(str(value or ""))
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, str):
        return clean(value)
    return value


ORG_FIELDS = (
    "name",
    "kind",
    "role",
    "street",
    "postcode",
    "city",
    "phone",
    "email",
    "website",
    "notes",
    "active",
    "legal_areas",
)


class OrganisationHandler(BaseHandler):
    """Partner lists: matched by key, then by folded name."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(plan)
        self.index = OrganisationIndex()

    def display_name(self, row: SourceRow) -> str:
        return cells.to_text(row.values.get("name", ""))

    def parse(self, row: SourceRow) -> dict[str, Any]:
        """Cells as for every kind, with kind, role and legal areas turned into codes."""
        values = super().parse(row)
        for name, enum, label in (
            ("kind", OrganisationKind, "Art"),
            ("role", OrganisationRole, "Rolle im Verbund"),
        ):
            if values.get(name):
                values[name] = check.choice(str(values[name]), enum, label).value
            else:
                values.pop(name, None)  # an empty cell keeps the stored (or default) value
        if "legal_areas" in values:
            values["legal_areas"] = check.legal_areas(values["legal_areas"])
        return values

    def process(self, row: SourceRow) -> RowOutcome:
        values = self.parse(row)
        name = str(values.get("name") or "")
        key_id = self.record_key(values, "organisation")
        if not name and key_id is None:
            raise ValidationError(messages.IMPORT_NO_NAME)
        match = key_id if key_id is not None else self.index.find(name)
        choice = self.choice(row)
        detail = self.first_seen([fold(name), f"id:{match}" if match else ""], row.number, name)
        if detail is not None:
            if choice == CHOOSE_UPDATE and match is not None:
                return self.chosen(self._update(row, match, values, full=False), choice)
            return self.possible_duplicate(row, name, detail, match, can_update=True, in_file=True)
        if match is None:
            similar = self.index.by_compare.get(organisation_compare_key(name))
            if similar is not None and choice == CHOOSE_UPDATE:
                values.pop("name", None)  # the stored spelling stays
                return self.chosen(self._update(row, similar, values, full=False), choice)
            if similar is not None and choice != CHOOSE_NEW:
                detail = messages.IMPORT_DUPLICATE_OF.format(name=self.index.names[similar])
                return self.possible_duplicate(row, name, detail, similar, can_update=True)
            outcome = self._create(row, values)
            return self.chosen(outcome, choice) if similar is not None else outcome
        return self._update(row, match, values, full=key_id is not None)

    def _create(self, row: SourceRow, values: dict[str, Any]) -> RowOutcome:
        data = self.take({}, values, ORG_FIELDS, True)
        data["legal_areas"] = tuple(data.get("legal_areas") or ())
        if data.get("active") is None:
            data.pop("active", None)
        created = organisations.create_organisation(organisations.OrganisationData(**data))
        self.index.add(created.id, created.name)
        self.seen_ids.add(created.id)
        return RowOutcome(row.number, NEW, created.name, record_id=created.id)

    def _update(
        self, row: SourceRow, org_id: int, values: dict[str, Any], full: bool
    ) -> RowOutcome:
        try:
            existing = organisations.get_organisation(org_id)
        except NotFoundError as error:
            raise ValidationError(
                messages.IMPORT_KEY_UNKNOWN.format(key=make_key("organisation", org_id))
            ) from error
        old = {name: getattr(existing, name) for name in ORG_FIELDS}
        # Without a key the row was found by its folded name: "JUGENDAMT" renames nothing.
        new = self.take(old, values, ORG_FIELDS if full else ORG_FIELDS[1:], full)
        if new.get("active") is None:
            new["active"] = old["active"]
        new["legal_areas"] = tuple(new.get("legal_areas") or ())
        labels = {n: self.fields[n].label for n in ORG_FIELDS if n in values}
        changes = self.diff(_org_shown(old), _org_shown(new), labels)
        if not changes:
            return RowOutcome(row.number, UNCHANGED, existing.name, record_id=org_id)
        updated = organisations.update_organisation(
            org_id, dataclasses.replace(existing.data(), **new)
        )
        self.index.add(org_id, updated.name)
        return RowOutcome(row.number, UPDATED, updated.name, record_id=org_id, changes=changes)

    def missing(self) -> list[str]:
        if not self.keyed:
            return []
        gone = sorted(set(self.index.names) - self.seen_ids)
        return [f"{self.index.names[i]} ({make_key('organisation', i)})" for i in gone]


def _org_shown(values: dict[str, Any]) -> dict[str, Any]:
    """Kind, role and legal areas with their German labels, for the diff preview."""
    shown = dict(values)
    shown["kind"] = OrganisationKind(values["kind"]).label
    shown["role"] = OrganisationRole(values["role"]).label
    shown["legal_areas"] = tuple(LEGAL_AREAS[c] for c in values.get("legal_areas") or ())
    return shown
