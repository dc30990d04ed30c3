"""The registry declarations of the report's own records: targets (Soll) and Sachbericht texts.

Kept beside ``services/kinds.py`` (which is near the size limit of a module); the services
package loads this module right after it. Neither holds personal data:
a target is a number per figure code, a text is the Verbund's own report prose.
"""

from __future__ import annotations

from aktif_desktop.registry import RecordKind, register
from aktif_desktop.storage.models import ReportTarget, ReportText

register(
    RecordKind(
        table="report_target",
        model=ReportTarget,
        singular="Soll-Wert",
        plural="Soll-Werte",
        audited=True,
        personal=False,
        not_in_report="Soll-Werte der Berichtszeiträume",
    )
)
register(
    RecordKind(
        table="report_text",
        model=ReportText,
        singular="Sachbericht-Text",
        plural="Sachbericht-Texte",
        audited=True,
        personal=False,
        not_in_report="Texte des Sachberichts (Freitext des Verbundes)",
    )
)
