"""The measuring machinery of the benchmarks: timing, statistics, goals, the table and the JSON.

This module imports nothing from the product or from Qt, so the smoke test can load it on
its own and feed it fake measurements.
"""

from __future__ import annotations

import gc
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

KEYS = ("operation", "median_s", "p95_s", "floor_s", "ratio", "goal", "met", "peak_rss_mb")


@dataclass(frozen=True)
class Goal:
    """What a figure must reach: ``kind`` is "ratio", "p95", "median" or "rss" (MB)."""

    kind: str
    limit: float

    @property
    def text(self) -> str:
        if self.kind == "ratio":
            return f"≤ {self.limit:g}× floor"
        if self.kind == "rss":
            return f"≤ {self.limit:g} MB"
        return f"{self.kind} ≤ {self.limit * 1000:g} ms"

    def met(self, result: Result) -> bool | None:
        value = {
            "ratio": result.ratio,
            "p95": result.p95_s,
            "median": result.median_s,
            "rss": result.peak_rss_mb,
        }[self.kind]
        return None if value is None else value <= self.limit


@dataclass
class Result:
    """One line of the table (and one object of the JSON)."""

    operation: str
    median_s: float | None = None
    p95_s: float | None = None
    floor_s: float | None = None
    ratio: float | None = None
    goal: str = "—"
    met: bool | None = None
    peak_rss_mb: float | None = None
    runs: int = 0
    note: str = field(default="")


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by nearest rank (with five runs that is the slowest one)."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)])


def make_result(
    operation: str,
    times: Sequence[float],
    floor_times: Sequence[float] = (),
    goals: Sequence[Goal] = (),
    peak_rss_mb: float | None = None,
    note: str = "",
) -> Result:
    """Turn raw timings into a table line: median, p95, floor median, ratio, goals met."""
    result = Result(operation, peak_rss_mb=_round(peak_rss_mb, 1), runs=len(times), note=note)
    if times:
        result.median_s, result.p95_s = median(times), p95(times)
    if floor_times:
        result.floor_s = median(floor_times)
        if result.median_s is not None and result.floor_s > 0:
            result.ratio = result.median_s / result.floor_s
    if goals:
        result.goal = "; ".join(goal.text for goal in goals)
        verdicts = [goal.met(result) for goal in goals]
        result.met = None if None in verdicts else all(verdicts)
    return result


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def to_json(results: Sequence[Result]) -> list[dict[str, Any]]:
    """The JSON objects: the required keys first, rounded; runs and note after them."""
    objects = []
    for result in results:
        data = asdict(result)
        for key in ("median_s", "p95_s", "floor_s"):
            data[key] = _round(data[key], 4)
        data["ratio"] = _round(data["ratio"], 2)
        objects.append({key: data[key] for key in (*KEYS, "runs", "note")})
    return objects


def write_json(results: Sequence[Result], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(to_json(results), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _verdict(met: bool | None) -> str:
    return {True: "yes", False: "NO", None: "—"}[met]


HEADERS = ("Operation", "Median", "p95", "Floor", "Ratio", "Goal", "Met", "Peak RSS")


def table_rows(results: Sequence[Result]) -> list[list[str]]:
    return [
        [
            r.operation,
            _seconds(r.median_s),
            _seconds(r.p95_s),
            _seconds(r.floor_s),
            "—" if r.ratio is None else f"{r.ratio:.2f}×",
            r.goal,
            _verdict(r.met),
            "—" if r.peak_rss_mb is None else f"{r.peak_rss_mb:.0f} MB",
        ]
        for r in results
    ]


def format_table(results: Sequence[Result]) -> str:
    """A plain text table for the terminal."""
    cells = [list(HEADERS), *table_rows(results)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADERS))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def format_notes(results: Sequence[Result]) -> str:
    """The notes under the table: what was measured how, and what failed."""
    return "\n".join(f"- {r.operation}: {r.note}" for r in results if r.note)


def format_markdown(results: Sequence[Result]) -> str:
    """The same table as Markdown, for the README."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(results)]
    return "\n".join(lines)


# Timing --------------------------------------------------------------------------------


@dataclass
class Timed:
    """A measured call: ``setup`` (not timed) returns the argument ``run`` gets (timed)."""

    run: Callable[[Any], object]
    setup: Callable[[], Any] = lambda: None


def time_once(timed: Timed) -> float:
    state = timed.setup()
    gc.collect()
    start = time.perf_counter()
    timed.run(state)
    return time.perf_counter() - start


def own_peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_pair(
    product: Timed,
    floor: Timed | None,
    repeat: int,
    *,
    warmup: bool = True,
    product_ran: bool = False,
) -> dict[str, Any]:
    """Time product and floor alternately, so a noisy moment hits both alike.

    The product runs first (warm-up) and the peak memory is read before the floor ever ran,
    so ``rss_mb`` is the product's own peak in this fresh process. ``product_ran``: the caller
    already ran (and warmed) the product and reads the memory itself; only the floor warms up.
    """
    rss: float | None = own_peak_rss_mb() if product_ran else None
    if warmup and not product_ran:
        time_once(product)
        rss = own_peak_rss_mb()
    if warmup and floor is not None:
        time_once(floor)
    times: list[float] = []
    floor_times: list[float] = []
    for index in range(repeat):
        # Alternate who goes first: caches warmed by one must not always favour the other.
        order = [(product, times), (floor, floor_times)]
        for timed, bucket in order if index % 2 == 0 else order[::-1]:
            if timed is not None:
                bucket.append(time_once(timed))
            if rss is None:  # no warm-up: the product ran first in round 0
                rss = own_peak_rss_mb()
    return {"product": times, "floor": floor_times, "rss_mb": rss}


# Child processes -----------------------------------------------------------------------


@dataclass
class ChildRun:
    """What a finished child process left: its output lines, exit status and peak memory."""

    stdout: str
    returncode: int
    peak_rss_mb: float
    started: float


def run_child(
    argv: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stderr_path: Path | None = None,
    timeout: float = 900,
) -> ChildRun:
    """Run one fresh process; its peak RSS comes from wait4, which reports that one child
    (RUSAGE_CHILDREN would give the largest of all children so far)."""
    merged = {**os.environ, **(env or {})}
    errors = stderr_path.open("a", encoding="utf-8") if stderr_path else None
    try:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(argv), stdout=subprocess.PIPE, stderr=errors, env=merged, cwd=cwd, text=True
        )
        assert process.stdout is not None
        # A child stuck in a modal dialog offscreen would wait for ever: stop it.
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.start()
        stdout = process.stdout.read()
        watchdog.cancel()
        process.stdout.close()
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        if errors is not None:
            errors.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    return ChildRun(stdout, process.returncode, usage.ru_maxrss / 1024, started)


def last_json_line(text: str) -> dict[str, Any]:
    """The child's answer: its last stdout line that is a JSON object."""
    for line in reversed(text.splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    raise ValueError("child printed no JSON result")


def python() -> str:
    return sys.executable
