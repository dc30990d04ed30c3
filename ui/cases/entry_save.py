"""Saving a referral or an application form: the partner must be chosen, a new entry is
created, an edited one goes through the stale-save check; a refusal stays in the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog

from aktif_desktop.errors import AktifError
from ui.cases.partner_picker import PartnerPicker
from ui.widgets.forms import ErrorForm
from ui.widgets.stale_dialog import save_or_resolve


def save_entry(
    dialog: QDialog,
    form: ErrorForm,
    *,
    picker: PartnerPicker,
    field: str,
    ambiguous_hint: str,
    missing_hint: str,
    row: Any,
    data: Any,
    labels: dict[str, str],
    create: Callable[[Any], Any],
    update: Callable[[int, Any, int | None], Any],
) -> Any:
    """Store the form's data; accept the dialog on success and return the stored row.

    Returns None when nothing was stored: the partner is missing (the hint is shown at
    ``field``), the service refused (its German sentence is shown) or the user gave up a
    stale save (the dialog is rejected)."""
    form.clear_errors()
    if picker.partner_id() is None:
        form.errors[field].show_message(ambiguous_hint if picker.ambiguous() else missing_hint)
        picker.setFocus()
        return None
    try:
        if row is None:
            saved = create(data)
        else:
            row_id = row.id
            saved = save_or_resolve(
                dialog, data, row, labels, lambda values, version: update(row_id, values, version)
            )
            if saved is None:
                dialog.reject()
                return None
    except AktifError as error:
        form.show_error(error)
        return None
    dialog.accept()
    return saved
