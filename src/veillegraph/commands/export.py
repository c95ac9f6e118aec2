"""``veillegraph export GRAPH --projection P --format F --output FILE``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .._errors import StoreError, UsageError
from ..export import EXPORTERS, PROJECTIONS, ExportJob, Selection, export, format_for_path, open_input

NAME = "export"
HELP = "write a projection of the graph for Gephi, yEd, Cytoscape, D3, Graphviz, a spreadsheet, or an RDF subgraph"

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="dataset file built by 'veillegraph build' ('-' stdin)")
    p.add_argument("--store", metavar="DIR", help="read the embedded store instead of a file")
    formats = ", ".join(f"{name} (.{e.extension}): {e.description}" for name, e in EXPORTERS)
    p.add_argument("-f", "--format", choices=EXPORTERS.names(), metavar="FORMAT",
                   help=f"output format (default: from the extension of --output, else graphml). {formats}")
    p.add_argument("-p", "--projection", choices=list(PROJECTIONS), default="events",
                   help="graph to export: " + "; ".join(f"{k}: {v.description}" for k, v in PROJECTIONS.items())
                   + " (default: events; RDF formats ignore it)")
    p.add_argument("-o", "--output", metavar="FILE", default="-", help="file to write ('-' stdout, the default)")
    p.add_argument("--actor", metavar="ACTOR", default="",
                   help="keep only events whose agent is this actor (IRI, end of IRI such as cnil, or label)")
    p.add_argument("--instrument", metavar="INSTRUMENT", default="",
                   help="keep only events about this instrument or one of its parts")
    p.add_argument("--since", metavar="DATE", default="", help="keep events dated on or after DATE (YYYY[-MM[-DD]])")
    p.add_argument("--until", metavar="DATE", default="", help="keep events dated on or before DATE")


def run(args: argparse.Namespace) -> int:
    if args.graph and args.store:
        raise UsageError("give a graph file or --store DIR, not both", code="VG810")
    fmt = args.format or (format_for_path(args.output) if args.output != "-" else None) or "graphml"
    store = open_input(args.graph, args.store)
    job = ExportJob(store, args.projection, Selection(args.actor, args.instrument, args.since, args.until))
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
