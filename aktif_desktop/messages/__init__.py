"""Every user-facing message of the core, as German sentences that say what to do.

One catalogue, kept in one package so that the wording stays consistent and easy to review;
its modules group the sentences by topic and every name is available as ``messages.NAME``.
"""

from __future__ import annotations

from aktif_desktop.messages.casework import *
from aktif_desktop.messages.casework_cli import *
from aktif_desktop.messages.casework_documents import *
from aktif_desktop.messages.casework_events import *
from aktif_desktop.messages.casework_privacy import *
from aktif_desktop.messages.documents import *
from aktif_desktop.messages.imports import *
from aktif_desktop.messages.program import *
from aktif_desktop.messages.records import *
from aktif_desktop.messages.report import *
from aktif_desktop.messages.report_documents import *
from aktif_desktop.messages.server import *
from aktif_desktop.messages.storage import *
from aktif_desktop.messages.transfer import *
