"""``veillegraph export GRAPH --projection P --format F --output FILE``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .._errors import StoreError
from ..export import EXPORTERS, PROJECTIONS, export, format_for_path
from ._selection import add_input_and_selection, open_job

NAME = "export"
HELP = "write a projection of the graph for Gephi, yEd, Cytoscape, D3, Graphviz, a spreadsheet, or an RDF subgraph"

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    add_input_and_selection(p)
    formats = ", ".join(f"{name} (.{e.extension}): {e.description}" for name, e in EXPORTERS)
    p.add_argument("-f", "--format", choices=EXPORTERS.names(), metavar="FORMAT",
                   help=f"output format (default: from the extension of --output, else graphml). {formats}")
    p.add_argument("-p", "--projection", choices=list(PROJECTIONS), default="events",
                   help="graph to export: " + "; ".join(f"{k}: {v.description}" for k, v in PROJECTIONS.items())
                   + " (default: events; RDF formats ignore it)")
    p.add_argument("-o", "--output", metavar="FILE", default="-", help="file to write ('-' stdout, the default)")


def run(args: argparse.Namespace) -> int:
    fmt = args.format or (format_for_path(args.output) if args.output != "-" else None) or "graphml"
    job = open_job(args, args.projection)
    if args.output == "-":
        exporter = export(job, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        target = Path(args.output)
        tmp = target.with_name(target.name + ".part")
        try:
            with tmp.open("wb") as out:
                exporter = export(job, fmt, out)
            tmp.replace(target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"cannot write {target}: {exc.strerror or exc}", code="VG811") from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    if exporter.graph:
        g = job.graph
        log.info("%s: %s projection, %d nodes, %d edges", args.output, args.projection,
                 g.number_of_nodes(), g.number_of_edges())
    else:
        log.info("%s: RDF subgraph of %d events", args.output, len(job.data.events))
    return 0
