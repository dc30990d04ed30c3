"""Candidate duplicate pairs across the whole database, for the "Dubletten" screen.

Contacts pair up by the same e-mail, the same folded name (Müller = Mueller = MÜLLER) or a
very similar name (one typo) with the same first name; organisations by a similar name after
folding and dropping legal forms ("Caritasverband Musterstadt e.V." ~ "Caritas-Verband
Musterstadt"), or the same e-mail or phone number. Similar names are only compared inside
small buckets (same first name and first letter, or a shared name word), so 20,000 contacts
stay fast. Pairs the user marked as "keine Dublette" are remembered and left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from peewee import JOIN

from aktif_desktop.services.common import transactional, tuple_rows
from aktif_desktop.storage.models import Contact, Organisation, Setting
from aktif_desktop.text import fold, normalise_email, organisation_compare_key

DISMISSED_KEY = "duplicates:dismissed"
SIMILAR = 0.88
MAX_BUCKET = 150  # a bucket this big holds common names, not typos; compared exactly only
# The same name at different partners is a duplicate only when the name is rare: three
# "Anna Schmidt" in one Verbund are more likely three people than one who moved.
MAX_NAME_GROUP = 3


@dataclass(slots=True, frozen=True)
class DuplicatePair:
    """Two records that may be the same; ``reason`` is German ("gleiche E-Mail")."""

    kind: str  # "contact" or "organisation"
    first_id: int
    second_id: int
    first_label: str
    second_label: str
    reason: str
    score: float

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.first_id}|{self.kind}:{self.second_id}"

    @property
    def kind_label(self) -> str:
        return "Ansprechperson" if self.kind == "contact" else "Partner"


def _similar(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


def _digits(text: str) -> list[str]:
    return [word for word in text.split() if word.isdigit()]


def _pairs_in(groups: Iterable[list[int]]) -> Iterable[tuple[int, int]]:
    for ids in groups:
        yield from combinations(sorted(set(ids)), 2)


def contact_pairs() -> list[DuplicatePair]:
    """Candidate pairs of contacts (same e-mail, same folded name, similar name)."""
    rows = tuple_rows(
        Contact.select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Organisation.name,
        ).join(
            Organisation, on=(Contact.organisation == Organisation.id), join_type=JOIN.LEFT_OUTER
        )
    )
    label = {
        r[0]: " ".join(p for p in (r[1], r[2]) if p) + (f" ({r[4]})" if r[4] else "") for r in rows
    }
    found: dict[tuple[int, int], tuple[str, float]] = {}
    by_email: dict[str, list[int]] = {}
    by_name: dict[str, list[int]] = {}
    by_name_org: dict[tuple[str, str], list[int]] = {}
    buckets: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for contact_id, first, last, email, _org in rows:
        address = normalise_email(email)
        if address:
            by_email.setdefault(address, []).append(contact_id)
        name = fold(f"{first} {last}")
        by_name.setdefault(name, []).append(contact_id)
        if _org:
            by_name_org.setdefault((name, fold(_org)), []).append(contact_id)
        folded_last = fold(last)
        buckets.setdefault((fold(first), folded_last[:1]), []).append((contact_id, folded_last))
    for pair in _pairs_in(by_email.values()):
        found[pair] = ("gleiche E-Mail-Adresse", 1.0)
    for pair in _pairs_in(by_name_org.values()):
        found.setdefault(pair, ("gleicher Name bei gleichem Partner", 0.97))
    rare = (ids for ids in by_name.values() if len(ids) <= MAX_NAME_GROUP)
    for pair in _pairs_in(rare):
        found.setdefault(pair, ("gleicher Name", 0.9))
    for members in buckets.values():
        if len(members) > MAX_BUCKET:
            continue
        for (a_id, a_last), (b_id, b_last) in combinations(members, 2):
            if a_last == b_last:
                continue
            score = _similar(a_last, b_last)
            if score >= SIMILAR:
                found.setdefault((min(a_id, b_id), max(a_id, b_id)), ("ähnlicher Name", score))
    return _result("contact", found, label)


@dataclass(slots=True, frozen=True)
class PossibleMatch:
    """A stored contact that may be the person being entered; ``reason`` is German."""

    contact_id: int
    full_name: str
    organisation_name: str
    reason: str
    score: float


def possible_matches(
    first: str,
    last: str,
    email: str = "",
    organisation_id: int | None = None,
    *,
    exclude_id: int | None = None,
    limit: int = 3,
) -> list[PossibleMatch]:
    """Stored contacts the duplicate finder would pair with this person, surest first.

    The same rules as ``contact_pairs``: the same e-mail, the same folded name (at the same
    partner, or a rare name), or a similar last name with the same first name.
    """
    address = normalise_email(email)
    name = fold(f"{first} {last}")
    folded_first, folded_last = fold(first), fold(last)
    if not address and len(folded_last) < 2:
        return []
    rows = tuple_rows(
        Contact.select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Organisation.name,
            Contact.organisation,
        ).join(
            Organisation, on=(Contact.organisation == Organisation.id), join_type=JOIN.LEFT_OUTER
        )
    )
    same_name = [r for r in rows if len(folded_last) >= 2 and fold(f"{r[1]} {r[2]}") == name]
    found: dict[int, tuple[str, float]] = {}
    for row in rows:
        if row[0] == exclude_id:
            continue
        if address and normalise_email(row[3]) == address:
            found[row[0]] = ("gleiche E-Mail-Adresse", 1.0)
    for row in same_name:
        if organisation_id is not None and row[5] == organisation_id:
            found.setdefault(row[0], ("gleicher Name bei gleichem Partner", 0.97))
        elif len(same_name) < MAX_NAME_GROUP:
            found.setdefault(row[0], ("gleicher Name", 0.9))
    if len(folded_last) >= 2:
        for row in rows:
            other_last = fold(row[2])
            if other_last == folded_last or fold(row[1]) != folded_first:
                continue
            if other_last[:1] != folded_last[:1]:
                continue
            score = _similar(folded_last, other_last)
            if score >= SIMILAR:
                found.setdefault(row[0], ("ähnlicher Name", score))
    found.pop(exclude_id or -1, None)
    by_id = {row[0]: row for row in rows}
    matches = [
        PossibleMatch(
            contact_id,
            " ".join(part for part in (by_id[contact_id][1], by_id[contact_id][2]) if part),
            by_id[contact_id][4] or "",
            reason,
            round(score, 2),
        )
        for contact_id, (reason, score) in found.items()
    ]
    matches.sort(key=lambda m: (-m.score, fold(m.full_name), m.contact_id))
    return matches[:limit]


def organisation_pairs() -> list[DuplicatePair]:
    """Candidate pairs of organisations (similar name, same e-mail or phone)."""
    rows = tuple_rows(
        Organisation.select(
            Organisation.id, Organisation.name, Organisation.email, Organisation.phone
        )
    )
    label = {r[0]: r[1] for r in rows}
    found: dict[tuple[int, int], tuple[str, float]] = {}
    keys = {org_id: organisation_compare_key(name) for org_id, name, _e, _p in rows}
    by_word: dict[str, list[int]] = {}
    for org_id, key in keys.items():
        for word in set(key.split()):
            if len(word) > 3:
                by_word.setdefault(word, []).append(org_id)
    for ids in by_word.values():
        if len(ids) > MAX_BUCKET:
            continue
        for a, b in combinations(sorted(set(ids)), 2):
            if (a, b) in found:
                continue
            if _digits(keys[a]) != _digits(keys[b]):
                continue  # "Grundschule 3" and "Grundschule 4" are two schools
            score = 1.0 if keys[a] == keys[b] else _similar(keys[a], keys[b])
            if score >= SIMILAR:
                found[(a, b)] = ("ähnlicher Name", score)
    for index, reason in ((2, "gleiche E-Mail-Adresse"), (3, "gleiche Telefonnummer")):
        groups: dict[str, list[int]] = {}
        for row in rows:
            value = (
                normalise_email(row[index])
                if index == 2
                else "".join(ch for ch in row[index] if ch.isdigit())
            )
            if value:
                groups.setdefault(value, []).append(row[0])
        for pair in _pairs_in(groups.values()):
            found.setdefault(pair, (reason, 0.9))
    return _result("organisation", found, label)


def _result(
    kind: str, found: dict[tuple[int, int], tuple[str, float]], label: dict[int, str]
) -> list[DuplicatePair]:
    dismissed = dismissed_keys()
    pairs = [
        DuplicatePair(kind, a, b, label[a], label[b], reason, round(score, 2))
        for (a, b), (reason, score) in found.items()
    ]
    pairs = [pair for pair in pairs if pair.key not in dismissed]
    return sorted(pairs, key=lambda p: (-p.score, fold(p.first_label), p.first_id, p.second_id))


def find_duplicates() -> list[DuplicatePair]:
    """All candidate pairs: organisations first, then contacts, surest first."""
    return organisation_pairs() + contact_pairs()


def dismissed_keys() -> set[str]:
    """Pairs the user marked as "keine Dublette"."""
    stored = Setting.get_or_none(Setting.key == DISMISSED_KEY)
    return set(json.loads(stored.value)) if stored else set()


@transactional
def dismiss(pair: DuplicatePair) -> None:
    """Remember that the two records of ``pair`` are different people or partners."""
    keys = dismissed_keys() | {pair.key}
    Setting.insert(key=DISMISSED_KEY, value=json.dumps(sorted(keys))).on_conflict(
        conflict_target=[Setting.key], preserve=[Setting.value]
    ).execute()
