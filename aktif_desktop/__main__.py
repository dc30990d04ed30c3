"""Allows ``python -m aktif_desktop``: the command line; without a subcommand it starts the
GUI installed under the entry point group ``aktif_desktop.gui`` (see :mod:`aktif_desktop.cli`).
"""

from aktif_desktop.cli import main

raise SystemExit(main())
