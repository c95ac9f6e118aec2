"""``veillegraph query NAME | --file Q.rq  --data GRAPH | --store DIR | --endpoint URL``: run one query.

Parameters are given as ``--param KEY=VALUE`` (repeatable) and bound as typed
RDF terms; results go to stdout in the chosen ``--format``. An ASK query whose
header says ``expect: true|false`` exits 1 when the answer differs (for CI).
"""

from __future__ import annotations

import argparse
import sys

from .._errors import UsageError
from ..query import FORMATS, Endpoint, get_query, load_file, render
from ..query import run as run_query
from ..query.execute import Source

NAME = "query"
HELP = "run a stored query (or --file Q.rq) on a graph file, the store or a SPARQL endpoint"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "name", nargs="?", metavar="NAME", help="stored query name ('veillegraph queries' lists them)"
    )
    p.add_argument("--file", metavar="Q.rq", help="run this query file instead of a stored query")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--data", metavar="GRAPH", help="dataset file (.trig .ttl .nq .nt .jsonld; '-' stdin)")
    where.add_argument("--store", metavar="DIR", help="embedded store directory (opened read-only)")
    where.add_argument(
        "--endpoint",
        metavar="URL",
        help="remote SPARQL query endpoint; its default graph must be the union of the named graphs",
    )
    p.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a query parameter (repeatable); typed and validated before use",
    )
    p.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: table; turtle for CONSTRUCT)",
    )


def parse_params(items: list[str]) -> dict[str, str]:
    """``["k=v", ...]`` → ``{"k": "v"}``; a ``UsageError`` on a malformed or repeated item."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(f"--param {item!r}: write KEY=VALUE", code="VG009")
        if key in out:
            raise UsageError(f"--param {key} given twice", code="VG009")
        out[key] = value
    return out


def _source(args: argparse.Namespace) -> Source:
    from ..store import open_store, read_dataset

    if args.endpoint:
        if not args.endpoint.startswith(("http://", "https://")):
            raise UsageError(f"--endpoint {args.endpoint!r}: give an http(s) URL", code="VG009")
        return Endpoint(args.endpoint)
    if args.store:
        return open_store(args.store, read_only=True)
    return read_dataset(args.data)


def run(args: argparse.Namespace) -> int:
    if (args.name is None) == (args.file is None):
        raise UsageError("give a stored query NAME or --file Q.rq (exactly one)", code="VG009")
    if not (args.data or args.store or args.endpoint):
        raise UsageError("say where to query: --data GRAPH, --store DIR or --endpoint URL", code="VG009")
    query = load_file(args.file) if args.file else get_query(args.name)
    params = parse_params(args.param)
    result = run_query(query, _source(args), params)
    sys.stdout.write(render(result, args.format))
    sys.stdout.flush()
    if result.form == "ASK" and query.expect is not None and result.boolean != query.expect:
        print(
            f"veillegraph: check {query.name!r} failed: expected {str(query.expect).lower()}, "
            f"got {str(result.boolean).lower()}",
            file=sys.stderr,
        )
        return 1
    return 0
