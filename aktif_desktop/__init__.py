"""Aktif Desktop core: domain, storage, services, imports/exports and the command line.

This package never imports Qt; the Qt face lives in the separate ``ui`` package.
"""

__version__ = "0.1.0"
