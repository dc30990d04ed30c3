"""Remembered column mappings of imports, one per file layout ("source").

A partner sends the same list again and again; the mapping the user chose once is stored in
the ``Setting`` table under ``import_mapping:<kind>:<signature>``, where the signature is a
hash of the folded header texts. The mapping is stored by header, so moved columns still map.
"""

from __future__ import annotations

import hashlib
import json

from aktif_desktop.services.common import transactional
from aktif_desktop.storage.models import Setting
from aktif_desktop.text import fold

PREFIX = "import_mapping:"


def signature(kind: str, headers: list[str]) -> str:
    """Return the key of a file layout: the kind and a hash of its sorted, folded headers."""
    folded = sorted(fold(header) for header in headers if fold(header))
    digest = hashlib.sha1("\x1f".join(folded).encode("utf-8"), usedforsecurity=False)
    return f"{PREFIX}{kind}:{digest.hexdigest()[:16]}"


def load_mapping(kind: str, headers: list[str]) -> dict[int, str] | None:
    """Return column index -> field name remembered for this layout, or None."""
    stored = Setting.get_or_none(Setting.key == signature(kind, headers))
    if stored is None:
        return None
    by_header: dict[str, str] = json.loads(stored.value)
    mapping = {}
    for column, header in enumerate(headers):
        name = by_header.get(fold(header))
        if name and fold(header):
            mapping[column] = name
    return mapping


@transactional
def save_mapping(kind: str, headers: list[str], mapping: dict[int, str]) -> None:
    """Remember the mapping of this layout (columns without a header cannot be remembered)."""
    by_header = {
        fold(headers[column]): name
        for column, name in mapping.items()
        if column < len(headers) and fold(headers[column])
    }
    Setting.insert(
        key=signature(kind, headers), value=json.dumps(by_header, ensure_ascii=False)
    ).on_conflict(conflict_target=[Setting.key], preserve=[Setting.value]).execute()


@transactional
def forget_mappings() -> int:
    """Delete every remembered mapping; return how many there were."""
    return int(Setting.delete().where(Setting.key.startswith(PREFIX)).execute())
