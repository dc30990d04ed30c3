"""The use cases: the only API that the GUI, the command line and the exports call.

Every function returns plain dataclasses (never peewee objects), validates its input with
German messages and runs each write in one transaction.
"""

# The kinds of records are declared once, before any service reads the registry.
from aktif_desktop.services import kinds as _kinds  # noqa: E402, F401
from aktif_desktop.services import report_kinds as _report_kinds  # noqa: E402, F401
