"""1,000 attendance certificates, in one PDF and as 1,000 files, against a raw reportlab canvas
drawing the same text with the same font.

The floor's text is taken from the product's own PDF (read back with pypdf, not timed): every
text run of every page with its position, size and face (DejaVu Sans regular, bold or
oblique, registered from resources/fonts). So the floor draws exactly what the product
printed, only without the layout engine.
"""

from __future__ import annotations

import pickle
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.harness import Timed, measure_pair, own_peak_rss_mb, time_once


@dataclass(frozen=True)
class Run:
    """One text run: where it starts, its face and size, and the text."""

    x: float
    y: float
    font: str
    size: float
    text: str


def read_pages(path: Path) -> list[list[Run]]:
    """Every text run of every page of ``path``."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(path).pages:
        runs: list[Run] = []

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float, runs: list[Run] = runs
        ) -> None:
            if not text.strip():
                return
            name = str((font or {}).get("/BaseFont", ""))
            face = "DejaVuSans-Bold" if "Bold" in name else "DejaVuSans"
            face = "DejaVuSans-Oblique" if "Oblique" in name else face
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append(Run(x, y, face, float(size or 10), text.rstrip("\n")))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def _draw(canvas: Any, runs: list[Run]) -> None:
    for run in runs:
        canvas.setFont(run.font, run.size)
        canvas.drawString(run.x, run.y, run.text)
    canvas.showPage()


def floor_one_file(path: Path, pages: list[list[Run]]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for runs in pages:
        _draw(canvas, runs)
    canvas.save()


def floor_files(folder: Path, pages: list[list[Run]]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    folder.mkdir(parents=True, exist_ok=True)
    for number, runs in enumerate(pages, start=1):
        canvas = Canvas(str(folder / f"{number:04d}.pdf"), pagesize=A4)
        _draw(canvas, runs)
        canvas.save()


def measure(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    try:
        from aktif_desktop.exports.certificates import write_certificates
        from aktif_desktop.exports.pdf_base import register_fonts
    except ImportError:
        return {"missing": "aktif_desktop.exports.certificates is not there yet"}
    from aktif_desktop.storage.db import open_database

    open_database(Path(ctx["db"]))
    out = Path(ctx["work"]) / f"out-certificates-{ctx['part']}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    event_id = ctx["certificate_event_id"]
    one_file = ctx["part"] == "pdf"
    counter = iter(range(1_000_000))

    def fresh_folder() -> Path:
        folder = out / f"run-{next(counter)}"
        shutil.rmtree(out / "floor", ignore_errors=True)
        return folder

    if one_file:
        product = Timed(lambda _: write_certificates(event_id, pdf_file=out / "alle.pdf"))
    else:
        product = Timed(lambda folder: write_certificates(event_id, folder=folder), fresh_folder)
    # The first run warms up (in a quick run it is the one measurement; it also issues the
    # numbers, which the register keeps); the memory is read before anything else ran.
    quick = bool(ctx.get("quick"))
    first = time_once(product)
    rss = own_peak_rss_mb()
    # The floor's text: read back from the one-PDF run (kept for the files run, whose text is
    # the same, so pypdf reads 1,000 pages only once per benchmark run).
    cache = Path(ctx["work"]) / "certificate-text.pickle"
    if one_file or not cache.exists():
        if not one_file:
            write_certificates(event_id, pdf_file=out / "alle.pdf")
        cache.write_bytes(pickle.dumps(read_pages(out / "alle.pdf")))
    pages = pickle.loads(cache.read_bytes())
    register_fonts()
    if one_file:
        floor = Timed(lambda _: floor_one_file(out / "floor.pdf", pages))
    else:
        floor = Timed(lambda _: floor_files(out / "floor", pages))
    result = measure_pair(
        product, floor, repeat - 1 if quick else repeat, warmup=not quick, product_ran=True
    )
    if quick:
        result["product"].insert(0, first)
        result["floor"].append(time_once(floor))
    result["rss_mb"] = rss
    runs = sum(len(page) for page in pages)
    result["note"] = f"{len(pages)} pages, {runs} text runs drawn by the floor"
    return result
