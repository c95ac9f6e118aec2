"""``veillegraph stats GRAPH [--format table|json]``."""

from __future__ import annotations

import argparse
import json
import sys

from .._errors import UsageError
from ._selection import add_input_and_selection, open_job

NAME = "stats"
HELP = "counts by type, actor, instrument and month; central actors; co-activity communities; unlinked entities"


def configure(p: argparse.ArgumentParser) -> None:
    add_input_and_selection(p)
    p.add_argument("-f", "--format", choices=("table", "json"), default="table", help="output (default: table)")
    p.add_argument("--top", type=int, default=10, help="how many top actors to list (default 10)")


def run(args: argparse.Namespace) -> int:
    from ..report.stats import compute_stats, format_stats

    if args.top < 0:
        raise UsageError("--top must be 0 or more", code="VG814")
    job = open_job(args)
    stats = compute_stats(job.data, top=args.top)
    if args.format == "json":
        sys.stdout.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_stats(stats))
    return 0
