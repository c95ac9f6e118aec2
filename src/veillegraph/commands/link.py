"""``veillegraph link --store DIR | --data GRAPH --endpoint URL --output proposals.ttl``.

Proposes identifiers (Wikidata items, and CELEX/ECLI/ELI when configured) for
the entities the build could not link (``vg:linked false``), from a public
SPARQL endpoint: one lookup per entity, with a User-Agent (``--contact`` adds
yours), a timeout, retries, at most one request per ``--interval`` seconds and
an on-disk cache. The proposals go to a Turtle file to review; nothing is
written into the reference data.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import pyoxigraph as ox

from .._errors import UsageError
from ..linking_help import LinkingHelper, PoliteClient, default_cache_dir, read_config, unlinked_entities
from ..linking_help import write_proposals as _write

NAME = "link"
HELP = "propose identifiers for unlinked entities from a public SPARQL endpoint (a file to review)"

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--store", metavar="DIR", help="embedded store directory (opened read-only)")
    where.add_argument("--data", metavar="GRAPH", help="dataset file (.trig .ttl .nq .nt .jsonld)")
    p.add_argument("--endpoint", metavar="URL", required=True, help="SPARQL endpoint to look entities up in")
    p.add_argument("-o", "--output", metavar="FILE.ttl", required=True, help="Turtle file for the proposals")
    p.add_argument("--config", metavar="FILE.ttl", action="append", default=[],
                   help="extra vg:wikidataClass / vg:wikidataProperty statements (repeatable)")
    cache = p.add_mutually_exclusive_group()
    cache.add_argument("--cache", metavar="DIR", help=f"answer cache (default {default_cache_dir()})")
    cache.add_argument("--no-cache", action="store_true", help="ask the endpoint again for everything")
    p.add_argument("--interval", type=float, default=1.0, metavar="SECONDS",
                   help="least time between two requests (default 1.0)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="per request (default 30)")
    p.add_argument("--retries", type=int, default=2, help="tries after a transient failure (default 2)")
    p.add_argument("--contact", metavar="EMAIL|URL", help="your contact, for the User-Agent")
    p.add_argument("--limit", type=int, default=3, help="candidates kept per entity (default 3)")


def _config(files: list[str]) -> list[ox.Quad]:
    from ..knowledge import default_knowledge
    from ..store import read_dataset

    knowledge = default_knowledge()
    quads = [*knowledge.ontology, *knowledge.reference]
    for f in files:
        quads.extend(read_dataset(f))
    return quads


def run(args: argparse.Namespace) -> int:
    from ..store import open_source

    if args.interval < 0 or args.timeout <= 0 or args.retries < 0 or args.limit < 1:
        raise UsageError("--interval and --retries must be 0 or more, --timeout and --limit more than 0",
                         code="VG009")
    classes, properties = read_config(_config(args.config))
    source = open_source(data=args.data, store=args.store)
    entities = unlinked_entities(source)
    cache = None if args.no_cache else Path(args.cache) if args.cache else default_cache_dir()
    client = PoliteClient(args.endpoint, cache_dir=cache, min_interval=args.interval, timeout=args.timeout,
                          retries=args.retries, contact=args.contact)
    helper = LinkingHelper(client, classes=classes, properties=properties, limit=args.limit)
    proposals = helper.propose_all(entities)
    _write(proposals, args.endpoint, args.output)
    covered = len({p.entity for p in proposals})
    log.info("%d unlinked entities: %d proposal(s) for %d of them in %s (%d request(s), %d from the cache)",
             len(entities), len(proposals), covered, args.output, client.sent, client.cached)
    return 0
