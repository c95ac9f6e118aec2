#!/usr/bin/env python3
"""Write ``docs/benchmarks.md`` from the figures in ``bench/results/*.json``.

    python3 bench/report.py [--size full|small]

Each benchmark's table is given with the command that produced it, when, the machine and its
load average, so a figure is never quoted without what it was measured on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import ALL, table  # noqa: E402

INTRO = """# Benchmarks

Figures measured with `bench/` (see `bench/README.md`). Targets are **ratios** to a baseline
measured in the same run on the same data, never absolute times: the machine (2 cores, shared)
changes, the ratios much less. Every phase runs in its own process; "peak RSS" is that process's
maximum resident set (with its children, e.g. a server or a JVM it started).

Data: `bench/generate.py` (seed 42), realistic French (≈90 %) and English legal-watch clippings
with the events they state; the graphs of the store, query, validate and export benchmarks are
built with `build.clipping_quads` from the generator's ground truth (extraction excluded), so
they have the shape real builds have.

Regenerate this page with `python3 bench/run.py --size full && python3 bench/report.py`.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--size", choices=["small", "full"], default="full")
    ap.add_argument("--out", default=str(BENCH.parent / "docs" / "benchmarks.md"))
    args = ap.parse_args(argv)
    suffix = "" if args.size == "full" else f".{args.size}"
    parts = [INTRO]
    notes = BENCH / "results" / "NOTES.md"
    if notes.exists():
        parts.append(notes.read_text(encoding="utf-8"))
    machine = None
    for name in ALL:
        p = BENCH / "results" / f"{name}{suffix}.json"
        if not p.exists() and args.size == "full" and (BENCH / "results" / f"{name}.small.json").exists():
            p = BENCH / "results" / f"{name}.small.json"
            parts.append(f"*{name}: no full run recorded yet; the smoke-test (small) figures follow.*\n")
        if not p.exists():
            parts.append(f"### {name}\n\nnot measured yet (`python3 bench/run.py {name} --size {args.size}`)\n")
            continue
        res = json.loads(p.read_text())
        machine = machine or res.get("machine")
        head = f"Target: {res['target']}. " if res.get("target") else ""
        verdict = {True: "**met**", False: "**not met**"}.get(res.get("met"), "")
        parts.append(table(name, res) + (f"\n{head}{verdict}\n" if head or verdict else ""))
    if machine:
        v = ", ".join(f"{k} {x}" for k, x in machine.get("versions", {}).items() if x)
        parts.append(f"## Machine\n\n{machine.get('cpu')}, {machine.get('cores')} cores, "
                     f"{machine.get('memory_gb')} GB; Python {machine.get('python')}; {v}; {machine.get('system')}\n")
    Path(args.out).write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
