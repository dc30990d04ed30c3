"""Render the app icon ``resources/icons/aktif.svg`` into ``packaging/aktif.ico`` for Windows.

The .exe, the installer and the start-menu entry show this .ico. It holds every size Windows
asks for (16 to 256 pixels), each rendered from the SVG so small sizes stay sharp rather than
being scaled down from one bitmap. Run it after the SVG changes and commit the result:

    python packaging/make_icon.py

Needs PySide6 (QtSvg) and Pillow (installed with reportlab).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    ROOT / "resources" / "icons" / "aktif.svg",
    ROOT / "resources" / "icons" / "aktif-256.png",
)
TARGET = Path(__file__).resolve().parent / "aktif.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(source: Path, size: int) -> bytes:
    """Return ``source`` drawn at ``size``×``size`` pixels as PNG bytes (transparent corners)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if source.suffix == ".svg":
        QSvgRenderer(str(source)).render(painter)
    else:
        bitmap = QImage(str(source)).scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawImage(0, 0, bitmap)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def make_icon(source: Path, target: Path = TARGET) -> Path:
    """Write the multi-size .ico ``target`` from ``source``; return it."""
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = [Image.open(io.BytesIO(render_png(source, size))) for size in SIZES]
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=images[:-1],
    )
    return target


if __name__ == "__main__":
    source = next((path for path in SOURCES if path.exists()), None)
    if source is None:
        sys.exit(f"Kein App-Symbol gefunden; erwartet: {SOURCES[0]}")
    print(f"{make_icon(source)} aus {source}")
