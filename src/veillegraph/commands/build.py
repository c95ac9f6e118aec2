"""``veillegraph build INPUT... --output GRAPH | --store DIR``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .._errors import UsageError
from ..ingest import READERS
from ..pipeline import BuildOutcome, Progress, build_into_store, build_to_file, write_rejects
from ..store import FORMATS

NAME = "build"
HELP = "read clippings, extract events and write the RDF graph (a file or the embedded store)"

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders to read; '-' reads stdin")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="GRAPH",
                       help="dataset file to write (format from the extension: .trig .ttl .nq .nt .jsonld; '-' stdout)")
    where.add_argument("--store", metavar="DIR", help="embedded store to add new clippings to")
    p.add_argument("--format", choices=sorted(FORMATS), help="RDF format of --output (default: from the extension)")
    p.add_argument("--from", dest="reader", choices=READERS.names(),
                   help="force a reader instead of guessing by file type and content")
    p.add_argument("--rejects", metavar="FILE",
                   help="where rejected records go (JSON Lines; default GRAPH.rejects.jsonl or DIR.rejects.jsonl)")
    p.add_argument("--model", help="spaCy pipeline to parse French with (default: fr_core_news_sm)")
    p.add_argument("--decisions", metavar="FILE",
                   help="analyst merge decisions (CSV lines 'merge A B' / 'split A B', or Turtle owl:sameAs / "
                        "owl:differentFrom) that this and later builds obey")
    p.add_argument("-j", "--jobs", type=int, default=1,
                   help="worker processes for extraction: each parses and applies the rules to its share of the "
                        "clippings (default 1)")


@contextmanager
def _progress(enabled: bool) -> Iterator[Progress]:
    """A rich progress bar on stderr when it is a terminal; silent otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    with Bar("extracting", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
             console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    with _progress(not args.quiet) as progress:
        outcome = _build(args, progress)
    default_rejects = (str(Path(args.store)) + ".rejects.jsonl" if args.store
                       else "veillegraph.rejects.jsonl" if args.output == "-" else args.output + ".rejects.jsonl")
    if outcome.rejects:
        path = args.rejects or default_rejects
        write_rejects(outcome.rejects, path)
        log.warning("%d record(s) rejected; reasons in %s", len(outcome.rejects), path)
    elif args.rejects:
        Path(args.rejects).write_text("", encoding="utf-8")
    if not args.quiet:
        log.info("%s", outcome.summary.line())
    return 1 if outcome.rejects else 0


def _build(args: argparse.Namespace, progress: Progress) -> BuildOutcome:
    if args.store:
        return build_into_store(args.inputs, args.store, reader=args.reader, model=args.model, jobs=args.jobs,
                                progress=progress, decisions=args.decisions)
    return build_to_file(args.inputs, args.output, fmt=args.format, reader=args.reader, model=args.model,
                         jobs=args.jobs, progress=progress, decisions=args.decisions)
