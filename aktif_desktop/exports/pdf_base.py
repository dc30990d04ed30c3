"""Shared PDF parts (reportlab): the embedded DejaVu font, text styles, logo, "Seite x von y".

Every PDF uses DejaVu Sans (shipped in resources/fonts with its licence): the standard
Helvetica has no glyphs for names like Łukasz, Wiśniewska, Dvořák or Kővári.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from aktif_desktop.paths import resource

log = logging.getLogger("aktif_desktop.exports")

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
ACCENT = colors.HexColor("#2F5D62")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#E8EFEF")
WHITE = colors.white
BLACK = colors.black
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) once per process."""
    for name, file_name in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC)


def style(name: str, size: float = 10, **options: Any) -> ParagraphStyle:
    """A paragraph style in DejaVu Sans; ``bold=True`` picks the bold face."""
    register_fonts()
    font = FONT_BOLD if options.pop("bold", False) else FONT
    if options.pop("italic", False):
        font = FONT_ITALIC
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=options.pop("leading", size * 1.25), **options
    )


def para(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), paragraph_style)


CENTERED = {"alignment": TA_CENTER}


def load_logo(path_text: str) -> ImageReader | None:
    """The Verbund logo from the settings, or None when unset or unreadable (then no logo)."""
    if not path_text:
        return None
    path = Path(path_text).expanduser()
    try:
        reader = ImageReader(str(path))
        reader.getSize()
    except Exception:  # noqa: BLE001 - Pillow/reportlab raise many kinds for a bad image
        log.warning("logo %s cannot be read; documents are made without it", path)
        return None
    return reader


def draw_logo(
    canvas: Canvas, logo: ImageReader | None, right: float, top: float, height: float
) -> float:
    """Draw the logo with its right edge at ``right``; return its width (0 without a logo)."""
    if logo is None:
        return 0.0
    width_px, height_px = logo.getSize()
    width = min(height * width_px / max(1, height_px), 60 * mm)
    canvas.drawImage(
        logo, right - width, top - height, width, height, preserveAspectRatio=True, mask="auto"
    )
    return float(width)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with "…" so it fits ``width`` (for one-line page headers)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


PageDecorator = Callable[[Canvas, int, int], None]


def numbered_canvas(decorate: PageDecorator) -> type[Canvas]:
    """A canvas class that knows the page count at the end and calls ``decorate(c, x, y)``.

    reportlab lays pages out one after another, so "Seite x von y" needs the pages kept
    until the document is complete; this is reportlab's usual two-step canvas.
    """

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def page_number_footer(canvas: Canvas, number: int, total: int, note: str = "") -> None:
    """Footer: ``note`` (wrapped, small) above a line with "Seite x von y" on the right."""
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 9 * mm, f"Seite {number} von {total}")
    if note:
        paragraph = para(note, style("footnote", 7, textColor=GREY, leading=8.5))
        paragraph.wrap(PAGE_WIDTH - 2 * MARGIN, 20 * mm)
        paragraph.drawOn(canvas, MARGIN, 13 * mm)
    canvas.restoreState()


def build_pdf(
    path: Path,
    story: list[Any],
    *,
    title: str,
    author: str,
    first_page: Callable[[Canvas, Any], None],
    later_pages: Callable[[Canvas, Any], None],
    decorate: PageDecorator,
    top_margin: float = MARGIN,
    later_top_margin: float | None = None,
    bottom_margin: float = 22 * mm,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Lay ``story`` out on A4 portrait pages into ``path``; return the page count.

    ``first_page``/``later_pages`` draw what every page carries (header); ``decorate`` runs at
    the end with the page count ("Seite x von y"). ``progress(page)`` is called per finished
    page and may raise ExportCancelled to stop the build.
    """
    register_fonts()
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

    width = PAGE_WIDTH - 2 * MARGIN

    def frame(top: float) -> Frame:
        height = PAGE_HEIGHT - top - bottom_margin
        return Frame(MARGIN, bottom_margin, width, height, 0, 0, 0, 0, id="body")

    class _Doc(BaseDocTemplate):  # type: ignore[misc]
        def afterPage(self) -> None:  # noqa: N802 - reportlab's name
            if progress is not None:
                progress(self.page)

    doc = _Doc(
        str(path),
        pagesize=A4,
        title=title,
        author=author,
        creator="Aktif Desktop",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top_margin,
        bottomMargin=bottom_margin,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [frame(top_margin)], onPage=first_page),
            PageTemplate("later", [frame(later_top_margin or top_margin)], onPage=later_pages),
        ]
    )
    doc.build([NextPageTemplate("later"), *story], canvasmaker=numbered_canvas(decorate))
    return int(doc.page)
