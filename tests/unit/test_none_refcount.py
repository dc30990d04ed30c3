"""Guards against the PySide6 6.12.0 / Python 3.11 bug that corrupts None's reference count
when a Python model's data() returns None (the application later aborts in none_dealloc)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from ui.table_model import Column, RowTableModel  # noqa: E402


@dataclass
class Row:
    name: str


def test_none_refcount_is_stable_across_model_data_calls(qapp):
    model = RowTableModel([Column("Name", lambda r: r.name)])
    model.set_rows([Row(f"Zeile {n}") for n in range(50)])
    index = model.index(3, 0)
    unused_roles = (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
    )
    for role in unused_roles:  # warm up caches before counting
        assert model.data(index, role) is None
    before = sys.getrefcount(None)
    for _ in range(2000):
        for role in unused_roles:
            model.data(index, role)
            # through Qt as well: the view side asks the C++ model, which calls back
            index.data(role)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references"
