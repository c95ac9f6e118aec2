"""A ``build --store`` killed with SIGKILL leaves whole clippings only, and the next build finishes the work.

A clean build of ``fixtures/robust/clippings-80.jsonl`` (80 generated clippings, 78 distinct, one
near-duplicate pair, events retold by several clippings) is the reference. A victim store is then
built by subprocesses that are killed with SIGKILL: at a random moment of start-up, inside the run
of clipping transactions (the store writes whole clipping graphs in batches, one transaction each; a
timer in the child fires SIGKILL a random fraction of a millisecond after the k-th transaction), right
after the last clipping transaction (before the merges step) and,
through the real command line, at a random wall-clock time. After every
kill the victim store must open and every clipping graph in it must equal the reference's; no
clipping graph may disappear. A last build runs to its end and the clipping graphs must then be
exactly the reference's.

The long version (100 kills during a 2,000-clipping build) is ``bench/kill_bench.py``.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from veillegraph import _vocab as V
from veillegraph import merge

REPO = Path(__file__).resolve().parents[1]
INPUT = Path(__file__).resolve().parent / "fixtures" / "robust" / "clippings-80.jsonl"
CLIP = str(V.GRAPH["clipping/"])[:-1]
NEARDUP = str(V.NEAR_DUPLICATE_OF)

#: Runs build_into_store with small write batches (many transactions even on 80 clippings) and SIGKILLs
#: itself ``jitter`` seconds after the ``after``-th store transaction; ``after`` = 0: ``jitter`` seconds after
#: start; ``after`` = -1: just before the merges step (every clipping batch written).
DRIVER = r"""
import os, signal, sys, threading
from veillegraph import merge as M
from veillegraph import store as S
from veillegraph.pipeline import build_into_store

inputs, store, after, jitter = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
S.GraphWriter.__init__.__kwdefaults__["batch_quads"] = 400
real_add_graph = S.add_graph
calls = [0]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def add_graph(st, quads):
    real_add_graph(st, quads)
    calls[0] += 1
    if calls[0] == after:
        threading.Timer(jitter, die).start()

S.add_graph = add_graph
real_merge_delta = M.merge_delta

def merge_delta(*args, **kwargs):
    if after == -1:
        die()
    return real_merge_delta(*args, **kwargs)

M.merge_delta = merge_delta
if after == 0:
    threading.Timer(jitter, die).start()
build_into_store([inputs], store)
print("finished", calls[0])
"""


#: The builds run from a copy of ``src/`` and the data folders taken once per session, so that edits to
#: the working tree while the tests run cannot make the reference and the victims differ.
_TREE: dict[str, Path] = {}


def _env() -> dict[str, str]:
    if "src" not in _TREE:
        import tempfile

        tree = Path(tempfile.mkdtemp(prefix="vg-kill-tree-"))
        for name in ("src", "ontology", "shapes", "queries"):
            if (REPO / name).is_dir():
                shutil.copytree(REPO / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        _TREE["src"] = tree / "src"
    env = dict(os.environ)
    env["PYTHONPATH"] = str(_TREE["src"])
    return env


def snapshot(directory: Path) -> dict[str, set[str]]:
    """Named graph → its triples (as N-Triples terms), read through a read-only open of the store."""
    store = ox.Store.read_only(str(directory))
    try:
        out: dict[str, set[str]] = defaultdict(set)
        for q in store:
            out[str(q.graph_name)].add(f"{q.subject} {q.predicate} {q.object}")
        return dict(out)
    finally:
        del store


def core(triples: set[str]) -> set[str]:
    """A clipping graph without its near-duplicate links (added after the clippings, by design)."""
    return {t for t in triples if NEARDUP not in t}


def clippings(snap: dict[str, set[str]]) -> set[str]:
    return {g for g in snap if g.startswith(CLIP)}


def assert_whole(snap: dict[str, set[str]], ref: dict[str, set[str]]) -> None:
    for g in clippings(snap):
        assert g in ref, f"{g}: not in the clean build"
        assert core(snap[g]) == core(ref[g]), f"{g}: partial clipping ({len(snap[g])} of {len(ref[g])} triples)"
        assert snap[g] <= ref[g]
    for g in (str(V.ONTOLOGY_GRAPH), str(V.REFERENCE_GRAPH)):
        if g in snap:
            assert snap[g] == ref[g], f"{g}: partial knowledge graph"


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    d = tmp_path_factory.mktemp("ref") / "store"
    assert _drive(d, 10_000, 0) == 0  # a clean build, by the same code path as the victims
    snap = snapshot(d)
    assert len(clippings(snap)) == 78
    return snap


def _drive(store: Path, after: int, jitter: float) -> int:
    proc = subprocess.run([sys.executable, "-c", DRIVER, str(INPUT), str(store), str(after), str(jitter)],
                          env=_env(), capture_output=True, text=True, timeout=600)
    return proc.returncode


def test_killed_builds_leave_whole_clippings_and_the_next_build_finishes(
        tmp_path: Path, reference: dict[str, set[str]]) -> None:
    """Rows "SIGKILL during start-up / inside clipping transactions / after the last clipping"."""
    rng = random.Random(int(os.environ.get("VG_KILL_SEED", "9")))
    victim = tmp_path / "victim"
    plan = [(0, rng.uniform(0.2, 2.0)),                # start-up: store as before (empty)
            (rng.randint(1, 6), rng.uniform(0, 0.002)),  # among the clipping transactions
            (rng.randint(1, 4), rng.uniform(0, 0.0005)),
            (-1, 0.0)]                                   # after the last clipping, before the merges
    before: set[str] = set()
    for after, jitter in plan:
        code = _drive(victim, after, jitter)
        assert code == -signal.SIGKILL, (after, code)
        snap = snapshot(victim) if victim.exists() else {}
        assert_whole(snap, reference)
        now = clippings(snap)
        assert before <= now, f"clippings lost by a kill: {sorted(before - now)[:3]}"
        before = now
    assert len(before) == 78  # the -1 kill comes after the last commit
    assert _drive(victim, 10_000, 0) == 0  # the next build runs to its end
    final = snapshot(victim)
    assert clippings(final) == clippings(reference)
    assert_whole(final, reference)


def test_the_command_line_killed_at_random_times(tmp_path: Path, reference: dict[str, set[str]]) -> None:
    """Row "SIGKILL of ``veillegraph build --store`` at a random time" (the real command, 2 kills)."""
    rng = random.Random(int(os.environ.get("VG_KILL_SEED", "9")) + 1)
    victim = tmp_path / "victim"
    cmd = [sys.executable, "-m", "veillegraph", "-q", "build", str(INPUT), "--store", str(victim)]
    before: set[str] = set()
    for _ in range(2):
        proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=rng.uniform(1.0, 8.0))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        snap = snapshot(victim) if victim.exists() else {}
        assert_whole(snap, reference)
        assert before <= clippings(snap)
        before = clippings(snap)
    assert subprocess.run(cmd, env=_env(), capture_output=True, timeout=600).returncode == 0
    final = snapshot(victim)
    assert clippings(final) == clippings(reference)
    assert_whole(final, reference)


def _merged(snap: dict[str, set[str]]) -> set[str]:
    merges = str(merge.MERGES_GRAPH)
    return {t.split(" ", 1)[0] for t in snap.get(merges, set()) if str(merge.CANONICAL_EVENT) in t}


@pytest.fixture(scope="module")
def resumed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """A build killed right after its last clipping transaction (before the merges), then run again to its end.

    The provenance and near-duplicate links of a clipping are written in its own transaction and the merges
    are recomputed by every build, so the resumed store has them all (these were bugs before 2643600)."""
    victim = tmp_path_factory.mktemp("resumed") / "store"
    assert _drive(victim, -1, 0.0) == -signal.SIGKILL
    assert _drive(victim, 10_000, 0) == 0
    return snapshot(victim)


def test_resumed_build_has_every_clipping(resumed: dict[str, set[str]], reference: dict[str, set[str]]) -> None:
    assert clippings(resumed) == clippings(reference)
    assert_whole(resumed, reference)


def test_resumed_build_has_the_near_duplicate_links(resumed: dict[str, set[str]],
                                                     reference: dict[str, set[str]]) -> None:
    links = {t for g in clippings(reference) for t in reference[g] if NEARDUP in t}
    assert links, "the fixture has a near-duplicate pair"
    assert links <= {t for g in clippings(resumed) for t in resumed[g] if NEARDUP in t}


def test_resumed_build_has_provenance_for_every_clipping(resumed: dict[str, set[str]]) -> None:
    generated = {t.split(" ", 1)[0] for t in resumed.get(str(V.PROVENANCE_GRAPH), set()) if "wasGeneratedBy" in t}
    assert clippings(resumed) <= generated


def test_resumed_build_has_the_merges(resumed: dict[str, set[str]], reference: dict[str, set[str]]) -> None:
    assert _merged(reference), "the fixture has events told by several clippings"
    assert _merged(reference) <= _merged(resumed)
