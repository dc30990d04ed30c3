"""Render ``aktif.svg`` into the PNG sizes and the Windows ``.ico`` the builds need.

Run after changing the SVG: ``python resources/icons/render.py`` (uses Qt's SVG renderer).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: TID251

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    return bytes(data.data())


def write_ico(path: Path, pngs: list[bytes], sizes: tuple[int, ...]) -> None:
    """An .ico with one PNG-compressed image per size (Windows Vista and later read it)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in zip(sizes, pngs, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    path.write_bytes(header + entries + blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt  # noqa: TID251 (a build tool, not the core)
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
    from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(HERE / "aktif.svg"))
    images = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        images.append(image)
        if size in (32, 256):
            image.save(str(HERE / f"aktif-{size}.png"))
    write_ico(HERE / "aktif.ico", [png_bytes(image) for image in images], SIZES)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
