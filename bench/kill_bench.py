#!/usr/bin/env python3
"""Random SIGKILLs during an incremental build: no clipping lost, no store corrupted.

    python3 bench/kill_bench.py [--clippings 2000] [--kills 100] [--seed 7] [--work DIR]

A reference store is built once, cleanly (``veillegraph build INPUT --store REF``).
Then ``veillegraph build INPUT --store VICTIM`` is started again and again and
killed with SIGKILL after a random delay; after every kill the victim store is
opened and checked against the reference:

* **corrupted store**: the store does not open, or a clipping graph differs from
  the reference's (a half-written clipping: missing events, evidence or text),
  or the ontology/reference graphs are partial;
* **lost clipping**: a clipping graph that was there before the kill is gone,
  or one that the reference holds is still missing after the next build runs
  to its end.

When a run finishes before its kill (all clippings in), the finished store is
compared in full with the reference (clipping graphs including the
``vg:nearDuplicateOf`` links added after them, provenance of every clipping,
the ``graph/merges`` graph), then the victim is wiped and a new build cycle
starts, until ``--kills`` kills have landed. The start-up time S (a one-clipping
build) and the time per clipping are measured first; extraction parses clippings
in batches of 256 (time B) and then commits them one transaction each. One kill
in ten falls uniformly in ``[0, 0.3 S]``, the others uniformly in
``[0.3 S, S + 1.5 B]``: kills land in start-up, reading, extraction, inside the
runs of clipping transactions and in the final near-duplicate, provenance and
merges steps alike.

``run(size)`` is the ``bench/run.py`` entry point (``small``: 150 clippings,
10 kills; ``full``: 2,000 clippings, 100 kills). Results: ``bench/results/kill[.small].json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SRC = REPO / "src"
RESULTS = BENCH / "results"
SIZES = {"small": (150, 10), "full": (2000, 100)}


#: The source tree the builds run from: a frozen copy made by ``freeze`` (so that edits to the
#: working tree during a long run cannot make the reference and the victim differ).
_TREE = {"src": SRC}


def freeze(work: Path) -> None:
    """Copy ``src/`` and the data folders into ``work/tree`` and run every build from there."""
    tree = work / "tree"
    shutil.rmtree(tree, ignore_errors=True)
    for name in ("src", "ontology", "shapes", "queries"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
    _TREE["src"] = tree / "src"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONPATH"] = str(_TREE["src"])
    return env


def _build_cmd(inputs: Path, store: Path) -> list[str]:
    return [sys.executable, "-m", "veillegraph", "-q", "build", str(inputs), "--store", str(store),
            "--rejects", str(store) + ".rejects.jsonl"]


class Run:
    """One build of ``inputs`` into ``store``, in a fresh process: ``wait(timeout)`` then maybe ``kill()``.

    ``exec`` mode runs the command line (``python -m veillegraph build``); ``fork`` mode forks this
    process, which has imported veillegraph and loaded the spaCy model once (``warm()``), and runs
    ``pipeline.build_into_store`` in the child with that extractor: the same store writes, without
    the ~10 s of imports and model loading per run, so that many more kills fit in the time.
    """

    def __init__(self, mode: str, inputs: Path, store: Path) -> None:
        self.mode = mode
        self.returncode: int | None = None
        if mode == "exec":
            self.proc = subprocess.Popen(_build_cmd(inputs, store), env=_env(),
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.pid = self.proc.pid
            return
        pid = os.fork()
        if pid == 0:  # the child: build, then leave without running the parent's clean-up
            code = 3
            try:
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                from veillegraph import pipeline

                pipeline._extractor = lambda knowledge, model: _WARM["extractor"]  # type: ignore[assignment]
                pipeline.build_into_store([str(inputs)], str(store), knowledge=_WARM["knowledge"])
                code = 0
            finally:
                os._exit(code)
        self.pid = pid

    def wait(self, timeout: float | None = None) -> bool:
        """Whether the run ended within ``timeout`` seconds (``None``: wait for the end)."""
        if self.mode == "exec":
            try:
                self.returncode = self.proc.wait(timeout=timeout)
                return True
            except subprocess.TimeoutExpired:
                return False
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            pid, status = os.waitpid(self.pid, 0 if deadline is None else os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(0.005)

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        self.wait()


_WARM: dict[str, Any] = {}


def warm() -> None:
    """Import veillegraph (from the frozen tree) and load the knowledge and the extractor once."""
    sys.path.insert(0, str(_TREE["src"]))
    from veillegraph.extract import Extractor
    from veillegraph.knowledge import default_knowledge

    _WARM["knowledge"] = default_knowledge()
    _WARM["extractor"] = Extractor(_WARM["knowledge"])


def generate(n: int, seed: int, out: Path) -> Path:
    """``n`` clippings as JSON Lines: ``bench/generate.py`` when present, else simple ones."""
    gen = BENCH / "generate.py"
    if gen.exists():
        subprocess.run([sys.executable, str(gen), "--clippings", str(n), "--seed", str(seed),
                        "--format", "jsonl", "--out", str(out)], check=True, env=_env(),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return out
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            amount = rng.randint(1, 900) * 1000
            f.write(json.dumps({"id": f"k{i}", "text": f"La CNIL a sanctionné la société Alpha{i} d'une amende "
                                f"de {amount} euros le {rng.randint(1, 28)} mars 2024."}, ensure_ascii=False) + "\n")
    return out


_SNAPSHOT = r"""
import json, sys
from collections import defaultdict
import pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
graphs = defaultdict(list)
for q in store:
    graphs[str(q.graph_name)].append(f"{q.subject} {q.predicate} {q.object}")
json.dump(graphs, sys.stdout)
"""


def snapshot(store_dir: Path) -> dict[str, set[str]]:
    """Every named graph of the store as a set of triples (N-Triples terms); raises when it does not open.

    Read in a separate process: the parent never opens RocksDB, so that the children it forks
    start without RocksDB's background threads half-present.
    """
    proc = subprocess.run([sys.executable, "-c", _SNAPSHOT, str(store_dir)], env=_env(), capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "snapshot failed")
    return {g: set(ts) for g, ts in json.loads(proc.stdout).items()}


def _names() -> tuple[str, str, str, str, str, str]:
    sys.path.insert(0, str(_TREE["src"]))
    from veillegraph import _vocab as V

    merges = str(V.GRAPH["merges"])
    return (str(V.GRAPH["clipping/"])[:-1], str(V.ONTOLOGY_GRAPH), str(V.REFERENCE_GRAPH),
            str(V.PROVENANCE_GRAPH), merges, str(V.NEAR_DUPLICATE_OF))


def check_partial(victim: dict[str, set[str]], ref: dict[str, set[str]]) -> list[str]:
    """Problems of a store after a kill: every clipping graph whole, knowledge graphs whole."""
    clip_prefix, onto, refg, _prov, _merges, neardup = _names()
    problems = []
    for g, quads in victim.items():
        if g.startswith(clip_prefix):
            want = ref.get(g)
            if want is None:
                problems.append(f"{g}: not in the reference build")
                continue
            core = {q for q in quads if neardup not in q}
            if core != {q for q in want if neardup not in q}:
                problems.append(f"{g}: partial clipping ({len(core)} of {len(want)} quads)")
            elif not {q for q in quads if neardup in q} <= want:
                problems.append(f"{g}: near-duplicate link not in the reference")
        elif g in (onto, refg) and quads != ref.get(g):
            problems.append(f"{g}: partial knowledge graph ({len(quads)} of {len(ref.get(g, ()))})")
    return problems


def check_complete(victim: dict[str, set[str]], ref: dict[str, set[str]]) -> dict[str, int]:
    """Differences of a finished build with the clean reference build."""
    clip_prefix, onto, refg, prov, merges, neardup = _names()
    ref_clips = {g for g in ref if g.startswith(clip_prefix)}
    got_clips = {g for g in victim if g.startswith(clip_prefix)}
    missing = ref_clips - got_clips
    differ = sum(1 for g in ref_clips & got_clips
                 if {q for q in victim[g] if neardup not in q} != {q for q in ref[g] if neardup not in q})
    ref_nd = {q for g in ref_clips for q in ref[g] if neardup in q}
    got_nd = {q for g in got_clips for q in victim[g] if neardup in q}
    generated = {q.split(" ", 1)[0] for q in victim.get(prov, set()) if "wasGeneratedBy" in q}
    no_prov = sum(1 for g in got_clips if g not in generated)
    return {
        "missing_clippings": len(missing),
        "differing_clippings": differ,
        "lost_near_duplicate_links": len(ref_nd - got_nd),
        "clippings_without_provenance": no_prov,
        # canonical event IRIs may legitimately differ after an incremental build: compare who is merged
        "events_not_merged": len(_merged(ref.get(merges, set())) - _merged(victim.get(merges, set()))),
        "knowledge_graphs_differ": int(victim.get(onto) != ref.get(onto) or victim.get(refg) != ref.get(refg)),
    }


def _merged(quads: set[str]) -> set[str]:
    """Mention-events that have a canonical event."""
    return {q.split(" ", 1)[0] for q in quads if "canonicalEvent>" in q}


def _clip_count(snap: dict[str, set[str]]) -> int:
    prefix = _names()[0]
    return sum(1 for g in snap if g.startswith(prefix))


def bench(n: int, kills: int, seed: int, work: Path, log: Any = print, out: Path | None = None,
          stop_at: float | None = None, mode: str = "fork") -> dict[str, Any]:
    """Run the kill loop (until ``kills`` kills, or the ``time.time()`` ``stop_at``); return the figures."""
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    freeze(work)
    inputs = generate(n, 42, work / f"clippings-{n}.jsonl")
    ref_dir, victim = work / "reference", work / "victim"
    for d in (ref_dir, victim):
        shutil.rmtree(d, ignore_errors=True)
    t_start = t0 = time.perf_counter()
    if mode == "fork":
        warm()
        t0 = time.perf_counter()
    Run(mode, inputs, ref_dir).wait()
    t_full = time.perf_counter() - t0
    ref = snapshot(ref_dir)
    total = _clip_count(ref)
    log(f"reference build: {total} clipping graphs in {t_full:.1f} s")
    one = work / "one.jsonl"
    with inputs.open("rb") as f:
        one.write_bytes(f.readline())
    t1 = time.perf_counter()
    Run(mode, one, work / "one-store").wait()
    startup = time.perf_counter() - t1
    shutil.rmtree(work / "one-store", ignore_errors=True)
    per_clip = max(0.001, (t_full - startup) / max(total, 1))
    log(f"start-up {startup:.1f} s, {per_clip * 1000:.0f} ms per clipping")
    # extraction works in batches of 256 clippings; the store writes batches of whole clipping graphs
    batch = min(400, total) * per_clip
    low, window = 0.3 * startup, 0.7 * startup + 1.5 * batch
    figures: dict[str, Any] = {"clippings_in_input": n, "clipping_graphs": total, "reference_build_s": round(t_full, 1),
                               "kills": 0, "runs_finished_before_kill": 0, "cycles_completed": 0,
                               "corrupted_stores": 0, "lost_clippings": 0, "partial_problems": [],
                               "kills_with_progress": 0, "kills_at_zero_progress": 0, "delays": [],
                               "completions": []}
    held = 0
    before: set[str] = set()
    prefix = _names()[0]
    while figures["kills"] < kills and (stop_at is None or time.time() < stop_at):
        # one kill in ten anywhere in start-up; the others from late start-up into the clipping transactions
        delay = rng.uniform(0, low) if rng.random() < 0.1 else low + rng.uniform(0, window)
        proc = Run(mode, inputs, victim)
        finished = proc.wait(timeout=delay)
        if not finished:
            proc.kill()
        try:
            snap = snapshot(victim)
        except Exception as exc:  # the store does not open: corrupted
            figures["corrupted_stores"] += 1
            figures["partial_problems"].append(f"store does not open: {type(exc).__name__}: {exc}")
            log(f"CORRUPTED: {exc}")
            shutil.rmtree(victim, ignore_errors=True)
            before, held = set(), 0
            continue
        now = {g for g in snap if g.startswith(prefix)}
        lost = before - now
        problems = check_partial(snap, ref)
        figures["lost_clippings"] += len(lost)
        if problems:
            figures["corrupted_stores"] += 1
            figures["partial_problems"].extend(problems[:5])
        step = len(now) - held
        if finished:
            figures["runs_finished_before_kill"] += 1
            result = check_complete(snap, ref)
            result["exit_code"] = proc.returncode
            figures["completions"].append(result)
            figures["cycles_completed"] += 1
            log(f"run finished (exit {proc.returncode}) with {len(now)}/{total}: {result}")
            shutil.rmtree(victim, ignore_errors=True)
            before, held = set(), 0
            continue
        figures["kills"] += 1
        figures["delays"].append(round(delay, 2))
        figures["kills_with_progress" if step else "kills_at_zero_progress"] += 1
        log(f"kill {figures['kills']:3d} after {delay:5.2f} s: {len(now)}/{total} clippings (+{step}), "
            f"{len(lost)} lost, {len(problems)} problems")
        before, held = now, len(now)
        if out is not None:  # figures so far, in case the run is stopped early
            out.write_text(json.dumps({**figures, "partial": True}, indent=1, default=str), encoding="utf-8")
    # finish the work: one build without a kill, then compare in full
    t1 = time.perf_counter()
    done = Run(mode, inputs, victim)
    done.wait()
    figures["final_build_s"] = round(time.perf_counter() - t1, 1)
    final = snapshot(victim)
    figures["final"] = check_complete(final, ref)
    figures["final"]["exit_code"] = done.returncode
    figures["lost_clippings"] += figures["final"]["missing_clippings"] + figures["final"]["differing_clippings"]
    for c in figures["completions"]:
        figures["lost_clippings"] += c["missing_clippings"] + c["differing_clippings"]
    figures["delay_window_s"] = [round(low, 2), round(low + window, 2)]
    figures["startup_s"] = round(startup, 1)
    figures["total_s"] = round(time.perf_counter() - t_start, 1)
    figures["mode"] = mode
    return figures


def run(size: str) -> dict[str, Any]:
    """``bench/run.py`` entry point."""
    n, kills = SIZES[size]
    work = Path(tempfile.mkdtemp(prefix="vg-kill-"))
    try:
        t0 = time.perf_counter()
        f = bench(n, kills, 7, work, log=lambda *a: None)
        secs = time.perf_counter() - t0
    finally:
        shutil.rmtree(work, ignore_errors=True)
    case = {"case": f"{f['kills']} SIGKILLs during a {n:,}-clipping build --store", "seconds": round(secs, 1),
            "throughput": f["kills"], "unit": "kills", "target": "0 lost, 0 corrupted",
            "met": f["lost_clippings"] == 0 and f["corrupted_stores"] == 0, **f}
    return {"size": size, "cases": [case]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--clippings", type=int, default=2000)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", type=Path, default=None, help="working folder (default: a temporary one, removed)")
    ap.add_argument("--out", type=Path, default=None, help="JSON result (default bench/results/kill.json)")
    ap.add_argument("--mode", choices=["fork", "exec"], default="fork",
                    help="fork: children of a process with the model loaded (default); exec: the command line")
    ap.add_argument("--minutes", type=float, default=None,
                    help="stop killing after this many minutes (then finish the build and check it)")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="vg-kill-"))
    try:
        out = args.out or RESULTS / ("kill.json" if args.clippings >= 2000 else "kill.small.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        stop_at = time.time() + args.minutes * 60 if args.minutes else None
        figures = bench(args.clippings, args.kills, args.seed, work, log=lambda *a: print(*a, flush=True), out=out,
                        stop_at=stop_at, mode=args.mode)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    figures["command"] = "python3 bench/kill_bench.py " + " ".join(argv if argv is not None else sys.argv[1:])
    out.write_text(json.dumps(figures, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    summary = {k: v for k, v in figures.items() if k not in ("delays", "partial_problems", "completions")}
    print(json.dumps(summary, indent=1))
    ok = figures["lost_clippings"] == 0 and figures["corrupted_stores"] == 0
    print(f"lost clippings: {figures['lost_clippings']}, corrupted stores: {figures['corrupted_stores']} "
          f"-> {'OK' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
