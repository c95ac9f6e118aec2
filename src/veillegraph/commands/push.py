"""``veillegraph push --store DIR --endpoint URL [--update-endpoint URL | --graph-store URL]``.

Publishes a local build to a shared SPARQL server, named graph by named graph:
clipping graphs the server already holds are skipped, other graphs are sent
when they differ; each graph lands whole (one SPARQL Update request per batch
of graphs, or one Graph Store ``PUT`` per graph). A push that failed half-way
can be run again. Credentials: ``VEILLEGRAPH_ENDPOINT_USER``/``_PASSWORD`` or
``~/.netrc``.
"""

from __future__ import annotations

import argparse
import logging

from .._errors import UsageError
from ..remote import RemoteStore, push

NAME = "push"
HELP = "publish the local store to a SPARQL server, incrementally by named graph"

log = logging.getLogger("veillegraph")


def add_remote_options(p: argparse.ArgumentParser, *, writes: bool) -> None:
    """Options shared by push and pull."""
    p.add_argument("--endpoint", metavar="URL", required=True, help="SPARQL query endpoint of the server")
    if writes:
        how = p.add_mutually_exclusive_group(required=True)
        how.add_argument("--update-endpoint", metavar="URL", help="SPARQL 1.1 Update endpoint to write with")
        how.add_argument("--graph-store", metavar="URL", help="Graph Store Protocol endpoint to write with")
    else:
        p.add_argument("--graph-store", metavar="URL", help="Graph Store Protocol endpoint to read with")
    p.add_argument("--all", action="store_true", help="copy every named graph, even those already there")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS", help="per request (default 60)")
    p.add_argument("--retries", type=int, default=4, help="tries after a transient failure (default 4)")


def check_url(option: str, url: str | None) -> None:
    if url is not None and not url.startswith(("http://", "https://")):
        raise UsageError(f"{option} {url!r}: give an http(s) URL", code="VG009")


def remote_from(args: argparse.Namespace) -> RemoteStore:
    for option in ("endpoint", "update_endpoint", "graph_store"):
        check_url("--" + option.replace("_", "-"), getattr(args, option, None))
    if args.retries < 0 or args.timeout <= 0:
        raise UsageError("--retries must be 0 or more and --timeout more than 0", code="VG009")
    return RemoteStore(args.endpoint, getattr(args, "update_endpoint", None), args.graph_store,
                       timeout=args.timeout, retries=args.retries)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="DIR", required=True, help="embedded store directory to publish")
    add_remote_options(p, writes=True)


def run(args: argparse.Namespace) -> int:
    from ..store import open_store

    remote = remote_from(args)
    local = open_store(args.store, read_only=True)
    summary = push(local, remote, only_new=not args.all)
    log.info("%s", summary.line("pushed"))
    return 0
