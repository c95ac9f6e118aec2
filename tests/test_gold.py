"""End-to-end scoring against the shared gold files (skipped where ../shared/gold is absent).

This is the path analysts and the scorer use: ``veillegraph build GOLD.jsonl --output g.trig``,
then ``veillegraph query events --data g.trig --format csv``, then ``score_events.py``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

#: Regression bars: issue 3's bars (fondapol 0.95, dev 0.92; dev F1 0.937 measured on 2026-12-05,
#: see docs/extraction.md).
BARS = {"fondapol-ia-securite.jsonl": 0.95, "dev.jsonl": 0.92}


def _scorer(shared: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_events", shared / "eval" / "score_events.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "veillegraph", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def gold_events(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("gold")
    golds = [shared / "gold" / name for name in BARS]
    graph = tmp / "gold.trig"
    build = _cli("build", *map(str, golds), "--output", str(graph))
    assert build.returncode == 0, build.stderr
    query = _cli("query", "events", "--data", str(graph), "--format", "csv")
    assert query.returncode == 0, query.stderr
    csv_path = tmp / "events.csv"
    csv_path.write_text(query.stdout, encoding="utf-8")
    return {name: csv_path for name in BARS}


@pytest.mark.parametrize("name", sorted(BARS))
def test_f1_on_gold(name: str, shared: Path, gold_events: dict[str, Path]) -> None:
    scorer = _scorer(shared)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        f1 = scorer.score(shared / "gold" / name, gold_events[name])
    report = out.getvalue()
    print(report)
    assert f1 >= BARS[name], report
    empty = re.search(r"false events on event-less clippings (\d+)", report)
    assert empty and int(empty.group(1)) == 0, report
