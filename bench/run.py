#!/usr/bin/env python3
"""Run the veillegraph benchmarks and write their figures.

    python3 bench/run.py [NAME...] [--size small|full]

Each benchmark is ``bench/bench_<name>.py`` with ``run(size) -> dict``; it runs in its own
process (a crash or a missing module does not stop the others). Within a benchmark every
measured phase runs in a fresh process too, so each reports its own time, peak RSS and
throughput, and the RATIO to the baseline measured in the same run: targets are ratios,
never absolute times. Results go to ``bench/results/<name>.json`` (``<name>.small.json`` for
``--size small``) and a Markdown table to ``bench/results/<name>[.small].md``; the combined
table is printed.

A benchmark whose code is not in the tree yet reports status "not available" and exits
cleanly. ``--size small`` is a smoke test (under 2 minutes in all); ``full`` is what the
issues ask (100,000 clippings) and takes long.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from _common import RESULTS, NotAvailable, child_env, machine  # noqa: E402

ALL = ["store_load", "extract", "ingest", "queries", "validate", "export", "kill"]


def _child(name: str, size: str, out: Path) -> int:
    import importlib

    t0 = time.perf_counter()
    try:
        mod = importlib.import_module(f"bench_{name}")
        result: dict[str, Any] = {"status": "ok", **mod.run(size)}
    except NotAvailable as exc:
        result = {"status": "not available", "reason": str(exc)}
    except Exception as exc:
        result = {"status": "failed", "reason": f"{type(exc).__name__}: {exc}",
                  "traceback": traceback.format_exc()[-4000:]}
    result["total_s"] = round(time.perf_counter() - t0, 2)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    return 0


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "NO"
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def table(name: str, res: dict[str, Any]) -> str:
    """The Markdown table of one benchmark's result."""
    lines = [f"### {name} ({res.get('size')}) — {res.get('status')}", ""]
    if res.get("status") != "ok":
        lines.append(f"{res.get('reason', '')}")
        return "\n".join(lines) + "\n"
    lines += ["| case | seconds | peak RSS MB | throughput | ratio to baseline | target | met |",
              "|---|---:|---:|---:|---:|---|---|"]
    for c in res.get("cases", []):
        thr = f"{_fmt(c.get('throughput'))} {c.get('unit', '')}".strip()
        lines.append(f"| {c['case']} | {_fmt(c.get('seconds'))} | {_fmt(c.get('peak_rss_mb'))} | {thr} | "
                     f"{_fmt(c.get('ratio'))} | {c.get('target', '')} | {_fmt(c.get('met'))} |")
    for c in res.get("cases", []):
        if c.get("error"):
            lines.append(f"\n{c['case']}: {c['error']}")
    for note in res.get("notes", []):
        lines.append(f"\n{note}")
    if res.get("load_average_before"):
        lines.append(f"\nload average (1, 5, 15 min) before {res['load_average_before']}, "
                     f"after {res.get('load_average_after')} on {res.get('machine', {}).get('cores')} cores; "
                     f"`{res.get('command')}`, {res.get('measured')}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run the veillegraph benchmarks.")
    ap.add_argument("names", nargs="*", help=f"benchmarks to run (default all: {' '.join(ALL)})")
    ap.add_argument("--size", choices=["small", "full"], default="small")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args.child, args.size, Path(args.out))
    names = args.names or ALL
    unknown = [n for n in names if not (BENCH / f"bench_{n}.py").exists()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {' '.join(ALL)}", file=sys.stderr)
        return 2
    RESULTS.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.size == "full" else f".{args.size}"
    info = machine()
    tables = []
    failed = 0
    for name in names:
        out = RESULTS / f"{name}{suffix}.json.tmp"
        print(f"== {name} ({args.size}) ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        load_before = os.getloadavg()
        proc = subprocess.Popen([sys.executable, str(Path(__file__)), "--child", name, "--size", args.size,
                                 "--out", str(out)], env=child_env())
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if out.exists():
            res = json.loads(out.read_text())
            out.unlink()
        else:
            res = {"status": "failed", "reason": f"the benchmark process exited with code {proc.returncode}"}
        res = {"name": name, "size": args.size, **res,
               "command": f"python3 bench/run.py {name} --size {args.size}",
               "measured": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "wall_s": round(time.perf_counter() - t0, 1), "peak_rss_mb_any_phase": round(usage.ru_maxrss / 1024, 1),
               "load_average_before": [round(x, 2) for x in load_before],
               "load_average_after": [round(x, 2) for x in os.getloadavg()],
               "machine": info}
        failed += res["status"] == "failed"
        (RESULTS / f"{name}{suffix}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str)
                                                    + "\n")
        md = table(name, res)
        (RESULTS / f"{name}{suffix}.md").write_text(md)
        tables.append(md)
        print(md, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
