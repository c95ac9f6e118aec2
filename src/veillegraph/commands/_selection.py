"""Arguments shared by the commands that read a graph and select events (export, report, stats)."""

from __future__ import annotations

import argparse

from .._errors import UsageError
from ..export import ExportJob, Selection, open_input


def add_input_and_selection(p: argparse.ArgumentParser) -> None:
    """``GRAPH`` or ``--store DIR``, and the event selection ``--actor/--instrument/--since/--until``."""
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="dataset file built by 'veillegraph build' ('-' stdin)")
    p.add_argument("--store", metavar="DIR", help="read the embedded store instead of a file")
    p.add_argument("--actor", metavar="ACTOR", default="",
                   help="keep only events whose agent is this actor (IRI, end of IRI such as cnil, or label)")
    p.add_argument("--instrument", metavar="INSTRUMENT", default="",
                   help="keep only events about this instrument or one of its parts")
    p.add_argument("--since", metavar="DATE", default="", help="keep events dated on or after DATE (YYYY[-MM[-DD]])")
    p.add_argument("--until", metavar="DATE", default="", help="keep events dated on or before DATE")


def open_job(args: argparse.Namespace, projection: str = "events") -> ExportJob:
    """The export job the arguments describe; a usage error when both a file and a store are given."""
    if args.graph and args.store:
        raise UsageError("give a graph file or --store DIR, not both", code="VG810")
    return ExportJob(open_input(args.graph, args.store), projection,
                     Selection(args.actor, args.instrument, args.since, args.until))
