"""In-memory indexes of existing records for matching import rows, and name splitting.

Loaded once per import (a few hundred milliseconds for 20,000 contacts) and kept up to date
while the import creates and changes records, so rows later in the file see earlier ones.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from aktif_desktop.storage.models import Organisation, database
from aktif_desktop.text import LEGAL_FORMS as LEGAL_FORMS  # re-exported (moved to text)
from aktif_desktop.text import clean, fold, normalise_email
from aktif_desktop.text import organisation_compare_key as organisation_compare_key

# fold() and clean() are pure; a file repeats the same partner names thousands of times.
cached_fold = lru_cache(maxsize=65_536)(fold)
cached_clean = lru_cache(maxsize=65_536)(clean)
# A row's address is normalised for matching, for the duplicate keys and for the index.
cached_email = lru_cache(maxsize=1_024)(normalise_email)

SALUTATIONS = frozenset({"frau", "herr", "divers", "mx"})
TITLE_PATTERN = re.compile(r"^(dr|prof|dipl|mag|ing|med|phil|rer|nat|jur|pol|soz)\b.*\.?$", re.I)


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a peewee query as plain tuples (typed loosely, as peewee is untyped)."""
    return list(query.tuples())


@lru_cache(maxsize=65_536)  # names repeat a lot, and fold() is the index's main cost
def person_key(first_name: str, last_name: str) -> str:
    """The folded "first last" of a person, for name matching."""
    return fold(f"{first_name} {last_name}")


def split_full_name(text: str) -> tuple[str, str, str, str]:
    """Split "Frau Dr. Anna Müller" or "Müller, Anna" into salutation, title, first, last."""
    text = clean(text)
    if "," in text:
        last, _, rest = text.partition(",")
        salutation, title, first, _ = split_full_name(rest + " x")
        return salutation, title, first, clean(last)
    words = text.split(" ")
    salutation = words.pop(0) if len(words) > 1 and fold(words[0]) in SALUTATIONS else ""
    titles = []
    while len(words) > 1 and TITLE_PATTERN.match(words[0]) and words[0].endswith("."):
        titles.append(words.pop(0))
    last = words.pop() if words else ""
    return salutation, " ".join(titles), " ".join(words), last


class ContactIndex:
    """Contacts by e-mail, by folded name at an organisation and by folded name alone."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        # How many contacts hold each address (by_email keeps only the first of them).
        self.email_count: dict[str, int] = {}
        self.by_name_org: dict[tuple[str, int | None], list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        self._keys: dict[int, tuple[str, str, int | None]] = {}
        # A plain cursor: peewee's row wrapping costs more than the index for 20,000 rows.
        cursor = database.execute_sql(
            "SELECT id, first_name, last_name, email, organisation_id FROM contact"
        )
        for contact_id, first, last, email, organisation_id in cursor:
            self.add(contact_id, first, last, email, organisation_id)

    def add(self, contact_id: int, first: str, last: str, email: str, org: int | None) -> None:
        """Add (or re-add after a change) one contact."""
        self.remove(contact_id)
        name, address = person_key(first, last), cached_email(email)
        if address:
            self.by_email.setdefault(address, contact_id)
            self.email_count[address] = self.email_count.get(address, 0) + 1
        self.by_name_org.setdefault((name, org), []).append(contact_id)
        self.by_name.setdefault(name, []).append(contact_id)
        self._keys[contact_id] = (name, address, org)

    def remove(self, contact_id: int) -> None:
        """Forget one contact (before it is added again with new values)."""
        keys = self._keys.pop(contact_id, None)
        if keys is None:
            return
        name, address, org = keys
        if self.by_email.get(address) == contact_id:
            del self.by_email[address]
        if address:
            self.email_count[address] -= 1
        self.by_name_org.get((name, org), []).remove(contact_id)
        self.by_name.get(name, []).remove(contact_id)

    def all_ids(self) -> set[int]:
        return set(self._keys)


class OrganisationIndex:
    """Organisations by folded name and by name without legal form."""

    def __init__(self) -> None:
        self.by_key: dict[str, int] = {}
        self.by_compare: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self._key_of: dict[int, str] = {}
        for org_id, name in tuples(Organisation.select(Organisation.id, Organisation.name)):
            self.add(org_id, name)

    def add(self, org_id: int, name: str) -> None:
        old = self._key_of.get(org_id)
        if old is not None and self.by_key.get(old) == org_id:
            del self.by_key[old]
        self._key_of[org_id] = cached_fold(name)
        self.by_key[cached_fold(name)] = org_id
        self.by_compare.setdefault(organisation_compare_key(name), org_id)
        self.names[org_id] = name

    def find(self, name: str) -> int | None:
        return self.by_key.get(cached_fold(name)) if cached_clean(name) else None
