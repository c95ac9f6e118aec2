"""``veillegraph pull --store DIR --endpoint URL [--graph-store URL]``: a server's graphs into the store.

The reverse of ``push``: named graphs the local store lacks are copied, each in
one local transaction; other graphs (reference, merges…) are replaced when
they differ. Clipping graphs already held are skipped (``--all`` copies them again).
"""

from __future__ import annotations

import argparse
import logging

from ..remote import pull
from .push import add_remote_options, remote_from

NAME = "pull"
HELP = "copy a SPARQL server's named graphs into the local store, incrementally"

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="DIR", required=True,
                   help="embedded store directory to fill (created if absent)")
    add_remote_options(p, writes=False)


def run(args: argparse.Namespace) -> int:
    from ..store import open_store

    remote = remote_from(args)
    local = open_store(args.store)
    summary = pull(remote, local, only_new=not args.all)
    log.info("%s", summary.line("pulled"))
    return 0
