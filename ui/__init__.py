"""The Qt face of Aktif Desktop (PySide6). It calls only the services of ``aktif_desktop``."""
