"""``veillegraph report GRAPH --output report.html [--figures DIR]``."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from .._errors import StoreError, UsageError
from ..export import ExportJob, Selection, open_input

NAME = "report"
HELP = "write a self-contained HTML report (graph, timeline, events table, counts) and optional figures"

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="dataset file built by 'veillegraph build' ('-' stdin)")
    p.add_argument("--store", metavar="DIR", help="read the embedded store instead of a file")
    p.add_argument("-o", "--output", metavar="FILE", default="report.html",
                   help="HTML file to write (default: report.html; '-' stdout)")
    p.add_argument("--title", default="veillegraph report", help="title of the report")
    p.add_argument("--figures", metavar="DIR",
                   help="also write PNG and SVG figures (events per month by type; actor–instrument network)")
    p.add_argument("--actor", metavar="ACTOR", default="",
                   help="keep only events whose agent is this actor (IRI, end of IRI such as cnil, or label)")
    p.add_argument("--instrument", metavar="INSTRUMENT", default="",
                   help="keep only events about this instrument or one of its parts")
    p.add_argument("--since", metavar="DATE", default="", help="keep events dated on or after DATE")
    p.add_argument("--until", metavar="DATE", default="", help="keep events dated on or before DATE")


def run(args: argparse.Namespace) -> int:
    from ..report.html import render_html

    if args.graph and args.store:
        raise UsageError("give a graph file or --store DIR, not both", code="VG810")
    job = ExportJob(open_input(args.graph, args.store),
                    selection=Selection(args.actor, args.instrument, args.since, args.until))
    data = job.data
    html = render_html(data, args.title)
    if args.output == "-":
        import sys

        sys.stdout.write(html)
    else:
        target = Path(args.output)
        try:
            target.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"cannot write {target}: {exc.strerror or exc}", code="VG812") from exc
        log.info("%s: report of %d events, %d clippings", target, len(data.events), len(data.clippings))
    if args.figures:
        from ..report.figures import write_figures

        try:
            paths = write_figures(data, args.figures)
        except OSError as exc:
            raise StoreError(f"cannot write figures to {args.figures}: {exc.strerror or exc}", code="VG813") from exc
        log.info("figures: %s", ", ".join(str(p) for p in paths))
    return 0
