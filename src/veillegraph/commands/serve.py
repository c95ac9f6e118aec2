"""``veillegraph serve --store DIR``: a SPARQL endpoint with a browser query editor on the local store.

It runs Oxigraph's own HTTP server (the ``oxigraph`` program of the pip package
``oxigraph``) on the store directory: read-only by default
(``oxigraph serve-read-only``), read-write with ``--writable``; the default
graph is the union of the named graphs, as everywhere in veillegraph. It binds
127.0.0.1:7878 unless ``--bind`` says otherwise. Open the URL it prints in a
browser for the query editor; ``/query`` is the SPARQL 1.1 Protocol endpoint.
Stop it with Ctrl-C.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from types import FrameType

from .._errors import StoreError, UsageError
from ..store import open_store

NAME = "serve"
HELP = "serve the local store as a SPARQL endpoint with a browser query editor (Oxigraph's server)"
DEFAULT_BIND = "127.0.0.1:7878"

log = logging.getLogger("veillegraph")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="DIR", required=True, help="embedded store directory to serve")
    p.add_argument("--bind", metavar="HOST:PORT", default=DEFAULT_BIND,
                   help=f"address to listen on (default {DEFAULT_BIND}: this machine only)")
    p.add_argument("--writable", action="store_true",
                   help="also accept SPARQL Update and Graph Store writes (default: read-only)")
    p.add_argument("--timeout", type=int, metavar="SECONDS", help="per-query timeout of the server")
    p.add_argument("--cors", action="store_true", help="allow cross-origin requests (a web app elsewhere)")


def oxigraph_binary() -> str:
    """The ``oxigraph`` program: next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the oxigraph server is not installed; install it with 'pip install oxigraph'",
                         code="VG420")
    return found


def _check_bind(bind: str) -> tuple[str, int]:
    host, sep, port = bind.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"--bind {bind!r}: write HOST:PORT, e.g. {DEFAULT_BIND}", code="VG009")
    return host, int(port)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def command_line(args: argparse.Namespace) -> list[str]:
    """The oxigraph command that ``serve`` runs for ``args``."""
    cmd = [oxigraph_binary(), "serve" if args.writable else "serve-read-only", "--location", str(args.store),
           "--bind", args.bind, "--union-default-graph"]
    if args.timeout:
        cmd += ["--timeout-s", str(args.timeout)]
    if args.cors:
        cmd.append("--cors")
    return cmd


def run(args: argparse.Namespace) -> int:
    host, port = _check_bind(args.bind)
    store = Path(args.store)
    if not store.is_dir():
        raise StoreError(f"{store}: no store here; create one with "
                         f"'veillegraph build --store {store} INPUT...'", code="VG402")
    # the same checks as the other commands before Oxigraph's server takes the directory: a read-only
    # server refuses a store a killed build left with a partial batch (VG405); a writable one first
    # undoes or keeps that batch, as a build would
    checked = open_store(store, read_only=not args.writable, create=False)
    del checked  # release the store: the server process opens the directory itself
    if not _is_loopback(host):
        log.warning("listening on %s: the store is reachable from other machines", args.bind)
    cmd = command_line(args)
    shown = f"[{host}]" if ":" in host else host
    log.info("serving %s %s at http://%s:%d/ (SPARQL endpoint /query%s); Ctrl-C stops",
             store, "read-write" if args.writable else "read-only", shown, port,
             ", /update, /store" if args.writable else "")
    proc = subprocess.Popen(cmd)

    def stop(signum: int, frame: FrameType | None) -> None:
        proc.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        proc.wait()
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
    if code in (0, -signal.SIGTERM):
        return 0
    log.error("the oxigraph server stopped with exit code %d", code)
    return 1
