"""The benchmark harness turns measurements into the table and the JSON the README shows.

Fed with fake timings (nothing is timed here), so it runs in milliseconds.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "harness.py"


@pytest.fixture(scope="module")
def harness():
    spec = importlib.util.spec_from_file_location("bench_harness", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_harness"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    yield module
    del sys.modules["bench_harness"]


def fake_results(h):
    return [
        h.make_result(
            "Export", [1.2, 1.0, 1.1, 1.3, 1.0], [1.0, 0.9, 1.0], (h.Goal("ratio", 1.3),), 88.04
        ),
        h.make_result("Suche", [0.010] * 18 + [0.050] * 2, [0.004] * 20, (h.Goal("p95", 0.030),)),
        h.make_result("Speicher", [], (), (h.Goal("rss", 250),), 180.0),
        h.Result("Import", goal="≤ 2× floor", note="noch nicht vorhanden"),
        h.make_result("Demo", [9.5]),
    ]


def test_statistics_median_and_nearest_rank_p95(harness):
    assert harness.median([3.0, 1.0, 2.0]) == 2.0
    assert harness.p95([float(n) for n in range(1, 101)]) == 95.0
    assert harness.p95([1.0, 2.0, 3.0, 4.0, 5.0]) == 5.0


def test_results_get_ratio_and_verdicts(harness):
    export, search, memory, missing, demo = fake_results(harness)
    assert export.median_s == pytest.approx(1.1)
    assert export.floor_s == pytest.approx(1.0)
    assert export.ratio == pytest.approx(1.1)
    assert export.met is True and export.goal == "≤ 1.3× floor"
    assert search.p95_s == pytest.approx(0.050)
    assert search.met is False and search.goal == "p95 ≤ 30 ms"
    assert memory.met is True and memory.goal == "≤ 250 MB"
    assert missing.met is None and demo.met is None and demo.goal == "—"


def test_json_has_every_key_for_every_operation(harness, tmp_path):
    path = tmp_path / "results" / "latest.json"
    harness.write_json(fake_results(harness), path)
    objects = json.loads(path.read_text(encoding="utf-8"))
    assert [o["operation"] for o in objects] == ["Export", "Suche", "Speicher", "Import", "Demo"]
    for obj in objects:
        assert set(harness.KEYS) <= set(obj)
    assert objects[0]["ratio"] == 1.1 and objects[0]["met"] is True
    assert objects[0]["peak_rss_mb"] == 88.0
    assert objects[1]["met"] is False
    assert objects[3]["median_s"] is None and objects[3]["note"] == "noch nicht vorhanden"


def test_table_and_markdown_show_each_line(harness):
    results = fake_results(harness)
    table = harness.format_table(results).splitlines()
    assert table[0].split()[:2] == ["Operation", "Median"]
    assert len(table) == 2 + len(results)
    assert "1.10×" in table[2] and "yes" in table[2] and "88 MB" in table[2]
    assert "NO" in table[3] and "50.0 ms" in table[3]
    markdown = harness.format_markdown(results).splitlines()
    assert markdown[0].startswith("| Operation |") and len(markdown) == 2 + len(results)
    assert "noch nicht vorhanden" in harness.format_notes(results)


def test_measure_pair_alternates_and_counts(harness):
    calls = []
    product = harness.Timed(lambda state: calls.append(("p", state)), lambda: "s")
    floor = harness.Timed(lambda state: calls.append(("f", state)))
    answer = harness.measure_pair(product, floor, 3)
    assert len(answer["product"]) == 3 and len(answer["floor"]) == 3
    # warm-up product, warm-up floor, then p f / f p / p f
    assert [c[0] for c in calls] == ["p", "f", "p", "f", "f", "p", "p", "f"]
    assert all(state == "s" for kind, state in calls if kind == "p")
    assert answer["rss_mb"] > 0


def test_every_operation_of_the_issue_has_its_goal(monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))  # run.py puts the checkout on it
    spec = importlib.util.spec_from_file_location("bench_run", HARNESS.with_name("run.py"))
    run = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_run", run)
    spec.loader.exec_module(run)  # defines the table of operations; measures nothing
    goals = {op.key: [(g.kind, g.limit) for g in op.goals] for op in run.OPERATIONS}
    assert goals == {
        "start": [("ratio", 1.5)],
        "search": [("p95", 0.030)],
        "event": [("p95", 0.100)],
        "xlsx": [("ratio", 1.3)],
        "signature": [("ratio", 1.3)],
        "certificates_pdf": [("ratio", 1.5)],
        "certificates_files": [("ratio", 1.5)],
        "import": [("ratio", 2.0)],
        "report": [("median", 2.0)],
        # Issue 15: the same work on PostgreSQL within twice the SQLite time.
        "pg_event": [("ratio", 2.0)],
        "pg_search": [("ratio", 2.0)],
        "pg_attendance": [("ratio", 2.0)],
        "pg_import": [("ratio", 2.0)],
        "pg_report": [("ratio", 2.0)],
    }
    assert all(0 < op.quick <= op.full for op in run.OPERATIONS)
    args = run.parse_args(["--quick", "--only", "search", "event"])
    assert args.quick and args.only == ["search", "event"] and args.json is None
