"""Stable record keys written into exported lists, so that a returned file matches row by row.

A key is ``<kind>:<id>``, e.g. ``contact:123``; the export writes it in the last column
(header ``KEY_HEADER``) and the import reads it back.
"""

from __future__ import annotations

KEY_HEADER = "Aktif-Schlüssel"
KINDS = ("organisation", "contact", "event", "participation")


def make_key(kind: str, record_id: int) -> str:
    """Return the key of one record."""
    if kind not in KINDS:
        raise ValueError(kind)
    return f"{kind}:{record_id}"


def parse_key(text: object) -> tuple[str, int] | None:
    """Return ``(kind, id)`` for a key cell, or None when the cell holds no valid key."""
    kind, _, number = str(text or "").strip().partition(":")
    if kind not in KINDS or not number.isdigit():
        return None
    return kind, int(number)
