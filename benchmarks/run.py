"""Run the benchmarks: ``python benchmarks/run.py [--quick] [--only NAME …] [--work DIR]``.

Builds the large demo in a temporary folder, measures every operation against its floor in
the same run (each family in a fresh process, so its peak memory is its own), prints one
table and writes it to ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make the checkout importable
    sys.path.insert(0, str(ROOT))

from benchmarks.harness import (  # noqa: E402
    Goal,
    Result,
    format_markdown,
    format_notes,
    format_table,
    last_json_line,
    make_result,
    python,
    run_child,
    write_json,
)

LATEST = ROOT / "benchmarks" / "results" / "latest.json"


@dataclass(frozen=True)
class Operation:
    """One table line: which child module measures it and what it must reach."""

    key: str
    title: str
    module: str
    goals: tuple[Goal, ...]
    quick: int
    full: int
    part: str | None = None  # which of a module's measurements (one child each)


OPERATIONS = (
    Operation(
        "start",
        "GUI cold start, large DB, until painted",
        "ops_start",
        (Goal("ratio", 1.5),),
        2,
        9,
    ),
    Operation(
        "search",
        "Contact search, one keystroke (20,000)",
        "ops_search",
        (Goal("p95", 0.030),),
        1,
        5,
    ),
    Operation(
        "event",
        "Open an event with 500 participants",
        "ops_event",
        (Goal("p95", 0.100),),
        5,
        21,
    ),
    Operation(
        "xlsx",
        "Excel export, 20,000 contacts",
        "ops_export",
        (Goal("ratio", 1.3),),
        1,
        5,
        "xlsx",
    ),
    Operation(
        "signature",
        "Signature list PDF, 500 participants",
        "ops_export",
        (Goal("ratio", 1.3),),
        2,
        5,
        "signature",
    ),
    Operation(
        "certificates_pdf",
        "1,000 certificates in one PDF",
        "ops_certificates",
        (Goal("ratio", 1.5),),
        1,
        3,
        "pdf",
    ),
    Operation(
        "certificates_files",
        "1,000 certificates as 1,000 files",
        "ops_certificates",
        (Goal("ratio", 1.5),),
        1,
        3,
        "files",
    ),
    Operation(
        "import",
        "Import of a 10,000-row xlsx",
        "ops_import",
        (Goal("ratio", 2.0),),
        1,
        3,
    ),
    Operation(
        "report",
        "Period report, last 365 days, every block",
        "ops_report",
        (Goal("median", 2.0),),
        3,
        9,
    ),
)
# The same work on the shared PostgreSQL database, against the SQLite file (issue 15).
OPERATIONS += tuple(
    Operation(
        f"pg_{part}", f"PostgreSQL: {title}", "ops_backends", (Goal("ratio", 2.0),), 1, 5, part
    )
    for part, title in (
        ("event", "open the 500-participant event"),
        ("search", "load the contact list (20,000)"),
        ("attendance", "attendance of 100 people, set and back"),
        ("import", "import of the 10,000-row xlsx"),
        ("report", "period report, last 365 days"),
    )
)
MEMORY_TITLE = "GUI peak memory, large DB, every page shown"
DEMO_TITLE = "Building the large demo"


def _prepare(work: Path) -> dict[str, Any]:
    """Build (or reuse) the data in ``work`` and return the context every child gets."""
    marker = work / "bench.json"
    if marker.exists():
        data = json.loads(marker.read_text(encoding="utf-8"))
    else:
        from benchmarks.setup_data import prepare

        print("Building the large demo …", file=sys.stderr, flush=True)
        data = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(prepare(work)).items()}
        marker.write_text(json.dumps(data), encoding="utf-8")
    server = _prepare_server(work, data)
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "AKTIF_DATA_DIR": str(work / "data"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    return {
        **data,
        **server,
        "root": str(ROOT),
        "work": str(work),
        "env": env,
        "log": str(work / "children.log"),
    }


def _server_admin() -> str | None:
    return os.environ.get("AKTIF_BENCH_PG") or os.environ.get("AKTIF_TEST_PG") or None


def _prepare_server(work: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The large demo on the PostgreSQL server too (a template database, dropped at the end)."""
    if not _server_admin():
        return {}
    os.environ.setdefault("AKTIF_TEST_PG", _server_admin() or "")
    from benchmarks.setup_data import prepare_on
    from tests import pg_support

    print("Building the large demo on PostgreSQL …", file=sys.stderr, flush=True)
    name = pg_support.create_database(prefix="aktif_bench")
    prepare_on(pg_support.url_for(name), work)
    _made.append(name)
    # The import runs on copies of it; a template database must have no connection.
    return {"pg_db": pg_support.url_for(name), "pg_template": name}


_made: list[str] = []


def _drop_server_data() -> None:
    if _made:
        from tests import pg_support

        for name in _made:
            pg_support.drop_database(name)
        _made.clear()


def _child(module: str, ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    """Measure one operation in a fresh child process and return its answer."""
    if module == "ops_start":  # spawns a fresh process per start itself; runs here
        from benchmarks import ops_start

        return ops_start.measure(ctx, repeat)
    child = run_child(
        [python(), "-m", "benchmarks.child", module, json.dumps(ctx), str(repeat)],
        env=ctx["env"],
        cwd=ROOT,
        stderr_path=Path(ctx["log"]),
    )
    if child.returncode != 0:
        raise RuntimeError(f"exit status {child.returncode}; see {ctx['log']}")
    return last_json_line(child.stdout)


def _goal_text(op: Operation) -> str:
    return "; ".join(goal.text for goal in op.goals)


def _results_of(op: Operation, answer: dict[str, Any]) -> list[Result]:
    if answer.get("missing"):  # the piece is not built yet
        return [Result(op.title, goal=_goal_text(op), note=answer["missing"])]
    result = make_result(
        op.title,
        answer["product"],
        answer.get("floor", ()),
        op.goals,
        answer.get("rss_mb"),
        answer.get("note", ""),
    )
    results = [result]
    if op.key == "start":
        results.append(
            make_result(
                MEMORY_TITLE,
                [],
                (),
                (Goal("rss", 250),),
                answer["session_rss_mb"],
                "after each page (s, MB): "
                + ", ".join(f"{title} {secs:.2f} s {mb} MB" for title, secs, mb in answer["pages"]),
            )
        )
    return results


def run(args: argparse.Namespace) -> list[Result]:
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="aktif-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        ctx = _prepare(work)
        results: list[Result] = []
        for op in OPERATIONS:
            if args.only and op.key not in args.only:
                continue
            repeat = op.quick if args.quick else op.full
            print(f"Measuring: {op.title} ({repeat}×) …", file=sys.stderr, flush=True)
            try:
                answer = _child(op.module, {**ctx, "part": op.part, "quick": args.quick}, repeat)
                results += _results_of(op, answer)
            except Exception as error:  # one failing measurement must not hide the others
                results.append(Result(op.title, goal=_goal_text(op), note=f"failed: {error}"))
        results.append(
            make_result(DEMO_TITLE, [ctx["demo_seconds"]], note="one run, before the others")
        )
        return results
    finally:
        _drop_server_data()
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (< 2 minutes)")
    parser.add_argument(
        "--only", nargs="+", choices=[op.key for op in OPERATIONS], help="measure only these"
    )
    parser.add_argument("--work", help="keep the data in this folder and reuse it next time")
    parser.add_argument(
        "--json", help="where to write the results (default: results/latest.json, not with --only)"
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    results = run(args)
    machine = (
        f"{'quick' if args.quick else 'full'} run, {time.perf_counter() - started:.0f} s;"
        f" Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.platform()}"
    )
    print()
    print(format_markdown(results) if args.markdown else format_table(results))
    print(format_notes(results))
    print(f"\n{machine}")
    target = args.json or (None if args.only else str(LATEST))
    if target:  # a partial run does not replace the full table
        write_json(results, Path(target))
        markdown = Path(target).with_suffix(".md")
        notes = format_notes(results)
        markdown.write_text(
            f"{format_markdown(results)}\n\n{notes}\n\n{machine}\n", encoding="utf-8"
        )
        print(f"written: {target}, {markdown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
