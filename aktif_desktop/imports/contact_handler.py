"""The contact list handler: match a row to a contact and write it (batched where safe).

Matching as described in :mod:`aktif_desktop.imports.handlers`: key, then e-mail, then the
folded name at the same organisation. New contacts at a known partner are checked in memory
and written in batches (see :mod:`aktif_desktop.services.bulk`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from aktif_desktop import messages
from aktif_desktop.errors import AktifError, NotFoundError, ValidationError
from aktif_desktop.imports import cells
from aktif_desktop.imports.engine import (
    CHOOSE_NEW,
    CHOOSE_UPDATE,
    NEW,
    UNCHANGED,
    UPDATED,
    ImportPlan,
    RowOutcome,
    SourceRow,
)
from aktif_desktop.imports.handlers import PERSON_NAME_FIELDS, BaseHandler
from aktif_desktop.imports.matching import (
    ContactIndex,
    OrganisationIndex,
    cached_clean,
    cached_email,
    cached_fold,
    person_key,
    split_full_name,
)
from aktif_desktop.record_keys import make_key
from aktif_desktop.services import bulk, contacts, organisations
from aktif_desktop.services import validation as check
from aktif_desktop.services.audit import os_user
from aktif_desktop.storage.models import database
from aktif_desktop.text import clean, fold

CONTACT_FIELDS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "function",
    "phone",
    "mobile",
    "email",
    "topics",
    "notes",
    "active",
    "consent_share",
    "consent_share_date",
    "consent_lists",
    "verified_at",
)
FLAGS = ("active", "consent_share", "consent_lists")


class ContactHandler(BaseHandler):
    """Contact lists: matched by key, e-mail, or folded name at the same organisation.

    New contacts at a known partner are checked in memory and written in batches (see
    :mod:`aktif_desktop.services.bulk`); every other write (updates, a new partner, an e-mail
    that may be taken) goes through the services in a savepoint of its own, after the batch
    is written, so that it sees every earlier row.
    """

    batch = True  # the engine leaves the savepoints to this handler

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(plan)
        self.index = ContactIndex()
        self.orgs = OrganisationIndex()
        self.pending = bulk.ContactBatch()
        self.created_orgs: list[int] = []  # partners created by the current service call
        self.dead_orgs: set[int] = set()  # created, then undone with their refused row
        user = os_user()
        # Only a name the service's check keeps as it is (else the service fills it in).
        self.recorder = user if clean(user) == user and len(user) <= check.MAX_LINE else ""

    def finish(self) -> None:
        self.pending.flush()

    def guarded(self, call: Callable[[], RowOutcome]) -> RowOutcome:
        """Run a row's service call in a savepoint (after writing the batch), if batching.

        A refused row undoes the partner it created; the index still knows that partner, so
        later rows naming it take this path too and get the service's message, as before.
        """
        if not self.batch:  # the engine already opened a savepoint for the row
            return call()
        self.pending.flush()
        self.created_orgs = []
        try:
            with database.atomic():
                return call()
        except AktifError:
            self.dead_orgs.update(self.created_orgs)
            raise

    def display_name(self, row: SourceRow) -> str:
        raw = {n: cells.to_text(row.values.get(n, "")) for n in ("first_name", "last_name")}
        if not raw["last_name"]:
            parts = split_full_name(cells.to_text(row.values.get("full_name", "")))
            raw = {"first_name": parts[2], "last_name": parts[3]}
        return f"{raw['first_name']} {raw['last_name']}".strip()

    @staticmethod
    def names(values: dict[str, Any]) -> dict[str, Any]:
        """Fill salutation, title, first and last name from a full-name column if needed."""
        full = str(values.pop("full_name", "") or "")
        if full and not values.get("last_name"):
            parts = dict(zip(PERSON_NAME_FIELDS, split_full_name(full), strict=True))
            for name, part in parts.items():
                if part and not values.get(name):
                    values[name] = part
        return values

    def organisation(self, values: dict[str, Any]) -> tuple[int | None, str]:
        """Return the organisation id (creating an unknown partner) and a note about that."""
        name = clean(str(values.get("organisation") or ""))
        if not name:
            return None, ""
        found = self.orgs.find(name)
        if found is not None:
            return found, ""
        created = organisations.create_organisation(
            organisations.OrganisationData(
                name=name,
                street=str(values.get("org_street") or ""),
                postcode=str(values.get("org_postcode") or ""),
                city=str(values.get("org_city") or ""),
            )
        )
        self.orgs.add(created.id, created.name)
        self.created_orgs.append(created.id)
        return created.id, f"Partner „{created.name}“ wird neu angelegt"

    def flags(self, data: dict[str, Any]) -> None:
        """Leave out flags the file does not give (the defaults apply: no consent).

        Consent to appear on lists comes only from the file's column or from the wizard's
        explicit statement for the whole file (``plan.consent_lists``).
        """
        if data.get("consent_lists") is None and self.plan.consent_lists:
            data["consent_lists"] = True
        for flag in FLAGS:
            if data.get(flag) is None:
                data.pop(flag, None)

    def find(self, values: dict[str, Any], org_known: bool) -> tuple[int | None, str]:
        """Return (contact id, how) for a row: "key", "email", "name" or (None, "")."""
        key_id = self.record_key(values, "contact")
        if key_id is not None:
            return key_id, "key"
        address = cached_email(str(values.get("email") or ""))
        if address and address in self.index.by_email:
            return self.index.by_email[address], "email"
        if org_known:
            org_id = self.orgs.find(str(values.get("organisation") or ""))
            name = person_key(
                str(values.get("first_name") or ""), str(values.get("last_name") or "")
            )
            ids = self.index.by_name_org.get((name, org_id), [])
            if ids:
                return ids[0], "name"
        return None, ""

    def process(self, row: SourceRow) -> RowOutcome:
        values = self.names(self.parse(row))
        name = " ".join(str(values.get(n) or "") for n in ("first_name", "last_name")).strip()
        if not values.get("last_name") and not values.get("key"):
            raise ValidationError(messages.IMPORT_NO_NAME)
        org_name = str(values.get("organisation") or "")
        org_known = not org_name or self.orgs.find(org_name) is not None
        match, how = self.find(values, org_known)
        detail = self.first_seen(self.match_keys(values, match), row.number, name)
        choice = self.choice(row)
        if detail is not None and how != "key":
            if choice == CHOOSE_NEW:
                return self.chosen(self.create(row, values, name), choice)
            if choice == CHOOSE_UPDATE and match is not None:
                outcome = self.guarded(lambda: self.update(row, match, values, how))
                return self.chosen(outcome, choice)
            return self.possible_duplicate(row, name, detail, match, can_update=True, in_file=True)
        if match is None:
            return self.create(row, values, name)
        return self.guarded(lambda: self.update(row, match, values, how))

    @staticmethod
    def match_keys(values: dict[str, Any], match: int | None) -> list[str]:
        address = cached_email(str(values.get("email") or ""))
        name = person_key(str(values.get("first_name") or ""), str(values.get("last_name") or ""))
        org = cached_fold(str(values.get("organisation") or ""))
        return [
            f"id:{match}" if match else "",
            f"mail:{address}" if address else "",
            f"{name}@{org}",
        ]

    def create(self, row: SourceRow, values: dict[str, Any], name: str) -> RowOutcome:
        """Create the row's contact: in the batch when that is safe, else via the service."""
        if not self.batch:
            return self.create_now(row, values, name)
        org_name = cached_clean(str(values.get("organisation") or ""))
        org_id = self.orgs.find(org_name) if org_name else None
        if (org_name and org_id is None) or org_id in self.dead_orgs:
            return self.guarded(lambda: self.create_now(row, values, name))
        data = self.take({}, values, CONTACT_FIELDS, True)
        self.flags(data)
        # The service's checks in the service's order: the partner exists (it is in the
        # index), the fields, then the unique e-mail (against every address the index holds).
        candidate = contacts.ContactData(organisation_id=org_id, **data)
        if candidate.consent_share or candidate.consent_lists:
            # What the service would fill in, asked once: getuser() reads the environment.
            candidate.consent_recorded_by = self.recorder
        valid = contacts.validate_fields(candidate)
        if valid.email and self.index.email_count.get(valid.email):
            return self.guarded(lambda: self.create_now(row, values, name))
        contact_id = self.pending.add(valid)
        self.index.add(contact_id, valid.first_name, valid.last_name, valid.email, org_id)
        self.seen_ids.add(contact_id)
        return RowOutcome(row.number, NEW, name, record_id=contact_id)

    def create_now(self, row: SourceRow, values: dict[str, Any], name: str) -> RowOutcome:
        """Create the row's contact (and an unknown partner) through the services."""
        org_id, note = self.organisation(values)
        data = self.take({}, values, CONTACT_FIELDS, True)
        self.flags(data)
        created = contacts.create_contact(contacts.ContactData(organisation_id=org_id, **data))
        self.index.add(created.id, created.first_name, created.last_name, created.email, org_id)
        self.seen_ids.add(created.id)
        return RowOutcome(row.number, NEW, name, record_id=created.id, notes=[note] if note else [])

    def update(
        self, row: SourceRow, contact_id: int, values: dict[str, Any], how: str
    ) -> RowOutcome:
        try:
            existing = contacts.get_contact(contact_id)
        except NotFoundError as error:
            raise ValidationError(
                messages.IMPORT_KEY_UNKNOWN.format(key=make_key("contact", contact_id))
            ) from error
        old: dict[str, Any] = {n: getattr(existing, n) for n in CONTACT_FIELDS}
        old["organisation"] = existing.organisation_name
        address = cached_email(str(values.get("email") or ""))
        choice = self.choice(row)
        if how == "name" and address and existing.email and address != existing.email:
            if choice == CHOOSE_NEW:
                return self.chosen(self.create_now(row, values, existing.full_name), choice)
            if choice != CHOOSE_UPDATE:
                detail = messages.IMPORT_DUPLICATE_OF.format(name=existing.full_name)
                return self.possible_duplicate(
                    row, existing.full_name, detail, contact_id, can_update=True
                )
            how = "chosen"  # the user said: the same person, take the file's values
        full = how == "key"
        new = self.take(old, values, (*CONTACT_FIELDS, "organisation"), full)
        if not full:  # "MÜLLER" in a partner's list does not re-spell "Müller"
            for name in (*PERSON_NAME_FIELDS, "organisation"):
                if fold(str(new.get(name) or "")) == fold(str(old.get(name) or "")):
                    new[name] = old[name]
        for flag in FLAGS:
            if new.get(flag) is None:
                new[flag] = old[flag]
        fields = [n for n in (*CONTACT_FIELDS, "organisation") if n in values]
        changes = self.diff(old, new, {n: self.fields[n].label for n in fields})
        if not changes:
            outcome = RowOutcome(row.number, UNCHANGED, existing.full_name, record_id=contact_id)
            return self.chosen(outcome, choice) if how == "chosen" else outcome
        org_id, note = (
            self.organisation(new)
            if fold(str(new["organisation"])) != fold(existing.organisation_name)
            else (existing.organisation_id, "")
        )
        new.pop("organisation")
        # Start from every stored field, so fields no import touches (consent scope, …) stay.
        data = dataclasses.replace(existing.data(), organisation_id=org_id, **new)
        updated = contacts.update_contact(contact_id, data)
        self.index.add(contact_id, updated.first_name, updated.last_name, updated.email, org_id)
        outcome = RowOutcome(
            row.number,
            UPDATED,
            updated.full_name,
            record_id=contact_id,
            changes=changes,
            notes=[note] if note else [],
        )
        return self.chosen(outcome, choice) if how == "chosen" else outcome

    def missing(self) -> list[str]:
        if not self.keyed:
            return []
        gone = sorted(self.index.all_ids() - self.seen_ids)
        rows = contacts.list_contacts(ids=gone) if len(gone) <= 5000 else []
        return [f"{row.full_name} ({make_key('contact', row.id)})" for row in rows]
