"""``veillegraph report GRAPH --output report.html [--figures DIR]``."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from .._errors import StoreError
from .._files import atomic_write
from ._selection import add_input_and_selection, open_job

NAME = "report"
HELP = "write a self-contained HTML report (graph, timeline, events table, counts) and optional figures"

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    add_input_and_selection(p)
    p.add_argument("-o", "--output", metavar="FILE", default="report.html",
                   help="HTML file to write (default: report.html; '-' stdout)")
    p.add_argument("--title", default="veillegraph report", help="title of the report")
    p.add_argument("--figures", metavar="DIR",
                   help="also write PNG and SVG figures (events per month by type; actor–instrument network)")


def run(args: argparse.Namespace) -> int:
    from ..report.html import render_html

    job = open_job(args)
    data = job.data
    html = render_html(data, args.title)
    if args.output == "-":
        import sys

        sys.stdout.write(html)
    else:
        target = Path(args.output)
        try:
            atomic_write(target, html.encode("utf-8"))
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
