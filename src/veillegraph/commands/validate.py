"""``veillegraph validate GRAPH... | --store DIR``: check a graph against the SHACL shapes.

Several graph files are read into one dataset and validated together (what a
pre-commit hook passes).
Exit codes as pySHACL's: 0 the graph conforms, 1 it has violations (or
warnings with ``--fail-on warning``), 2 bad usage or unreadable input. The
report goes to stdout (or ``--output FILE``) in the chosen ``--format``; a
one-line summary goes to stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .._errors import InputError, UsageError

NAME = "validate"
HELP = "check a graph file or the store against the SHACL shapes (exit 0 conforms, 1 violations, 2 bad input)"

_FORMATS = ("text", "json", "junit", "sarif", "markdown", "turtle")

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", nargs="*", metavar="GRAPH",
                   help="dataset file(s) (.trig .ttl .nq .nt .jsonld; '-' reads TriG from stdin), validated together")
    p.add_argument("--store", metavar="DIR", help="validate the embedded store in DIR instead (read only)")
    p.add_argument("-f", "--format", choices=_FORMATS, default="text",
                   help="report format (default: text, grouped by rule)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    p.add_argument("--fail-on", choices=("violation", "warning"), default="violation",
                   help="the least severe result that makes the exit code 1 (default: violation)")
    p.add_argument("--lang", choices=("en", "fr"), default="en", help="language of the messages (default: en)")
    p.add_argument("--shapes", metavar="DIR",
                   help="validate against the *.ttl shapes in DIR instead of the packaged ones")
    p.add_argument("--graph-name", action="append", default=[], metavar="IRI",
                   help="only validate this clipping graph (repeatable; incremental check, local rules only)")
    p.add_argument("-j", "--jobs", type=int, default=2, metavar="N", help="run the rules on N threads (default: 2)")
    p.add_argument("--engine", choices=("veillegraph", "pyshacl"), default="veillegraph",
                   help="veillegraph's set-based engine (default) or pySHACL (slow; for comparison)")
    p.add_argument("--timings", action="store_true", help="print the time taken in the report")


def run(args: argparse.Namespace) -> int:
    import pyoxigraph as ox

    from ..store import open_store, read_dataset
    from ..validate import load_shapes, validate
    from ..validate.render import Options, render

    if bool(args.graph) == bool(args.store):
        raise UsageError("give graph file(s) or --store DIR (one of them)", code="VG020")
    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more", code="VG020")
    if args.engine == "pyshacl" and args.graph_name:
        raise UsageError("--engine pyshacl validates the whole graph in one piece: drop --graph-name", code="VG020")
    shapes = None
    if args.shapes:
        shapes_dir = Path(args.shapes)
        if not shapes_dir.is_dir():
            raise InputError("no such directory of shapes", source=args.shapes, reason="missing-file", code="VG101")
        shapes = load_shapes(shapes_dir)
    if args.store:
        store = open_store(args.store, read_only=True)
    else:
        store = ox.Store()
        for path in args.graph:
            read_dataset(path, into=store)
    source = args.store or " ".join(args.graph)
    if args.engine == "pyshacl":
        from ..validate.reference import validate_with_pyshacl

        report = validate_with_pyshacl(store, shapes.files if shapes else None)
    else:
        graphs = [ox.NamedNode(g) for g in args.graph_name] or None
        report = validate(store, shapes=shapes, graphs=graphs, jobs=args.jobs)
    text = render(report, args.format, Options(lang=args.lang, fail_on=args.fail_on, source=source,
                                               artifacts=tuple(args.graph) if args.graph else (),
                                               timings=args.timings))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    failed = report.failed(args.fail_on)
    summary = (f"{source}: {report.count('violation')} violation(s), {report.count('warning')} warning(s)"
               f" — {'FAILED' if failed else 'ok'}")
    if failed:
        log.warning(summary)
    else:
        log.info(summary)
    return 1 if failed else 0
