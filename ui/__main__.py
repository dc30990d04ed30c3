"""Allows ``python -m ui``: the same as the ``aktif-desktop`` command."""

from ui.launcher import main

raise SystemExit(main())
