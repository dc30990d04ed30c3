"""Allows ``python -m aktif_desktop``, the same as the ``aktif-desktop`` command."""

from aktif_desktop.cli import main

raise SystemExit(main())
