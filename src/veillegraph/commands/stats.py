"""``veillegraph stats GRAPH [--format table|json]``."""

from __future__ import annotations

import argparse
import json
import sys

from .._errors import UsageError
from ..export import ExportJob, Selection, open_input

NAME = "stats"
HELP = "counts by type, actor, instrument and month; central actors; co-activity communities; unlinked entities"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="dataset file built by 'veillegraph build' ('-' stdin)")
    p.add_argument("--store", metavar="DIR", help="read the embedded store instead of a file")
    p.add_argument("-f", "--format", choices=("table", "json"), default="table", help="output (default: table)")
    p.add_argument("--top", type=int, default=10, help="how many top actors to list (default 10)")
    p.add_argument("--actor", metavar="ACTOR", default="",
                   help="keep only events whose agent is this actor (IRI, end of IRI such as cnil, or label)")
    p.add_argument("--instrument", metavar="INSTRUMENT", default="",
                   help="keep only events about this instrument or one of its parts")
    p.add_argument("--since", metavar="DATE", default="", help="keep events dated on or after DATE")
    p.add_argument("--until", metavar="DATE", default="", help="keep events dated on or before DATE")


def run(args: argparse.Namespace) -> int:
    from ..report.stats import compute_stats, format_stats

    if args.graph and args.store:
        raise UsageError("give a graph file or --store DIR, not both", code="VG810")
    if args.top < 0:
        raise UsageError("--top must be 0 or more", code="VG814")
    job = ExportJob(open_input(args.graph, args.store),
                    selection=Selection(args.actor, args.instrument, args.since, args.until))
    stats = compute_stats(job.data, top=args.top)
    if args.format == "json":
        sys.stdout.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_stats(stats))
    return 0
