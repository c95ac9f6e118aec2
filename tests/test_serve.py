"""``veillegraph serve``: Oxigraph's server on the local store, on loopback, read-only unless asked."""

from __future__ import annotations

import argparse
import gc
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from veillegraph import _vocab as V
from veillegraph import cli
from veillegraph.commands import serve

pytestmark = pytest.mark.server

SRC = Path(__file__).resolve().parents[1] / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    d = tmp_path / "store"
    store = ox.Store(str(d))
    g = V.GRAPH["clipping/k"]
    store.extend([ox.Quad(V.ID["clipping/k"], V.TYPE, V.CLIPPING, g),
                  ox.Quad(V.ID["clipping/k"], V.IDENTIFIER, ox.Literal("s26"), g)])
    store.flush()
    del store
    gc.collect()
    return d


def _get(url: str, timeout: float = 2) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _post_update(base: str, text: str) -> int:
    req = urllib.request.Request(base + "/update", data=text.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-update"})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


@pytest.fixture
def serving(oxigraph_bin: str, store_dir: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, Path]]:
    extra = getattr(request, "param", [])
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "PATH": str(Path(oxigraph_bin).parent) + os.pathsep + os.environ.get("PATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "veillegraph", "serve", "--store", str(store_dir),
                             "--bind", f"127.0.0.1:{port}", *extra],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        try:
            _get(base + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:  # pragma: no cover
        proc.kill()
        pytest.fail("veillegraph serve did not answer within 30 s")
    try:
        yield base, store_dir
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    # the oxigraph child is gone with it: nothing listens on the port any more
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_answers_a_query_on_loopback_read_only(serving: tuple[str, Path]) -> None:
    base, _ = serving
    q = f"SELECT ?id WHERE {{ ?c {V.IDENTIFIER} ?id }}"
    status, body = _get(base + "/query?query=" + urllib.parse.quote(q))
    assert status == 200 and b"s26" in body  # the default graph is the union of the named graphs
    status, page = _get(base + "/")
    assert status == 200 and b"<html" in page.lower()  # the browser query editor
    assert _post_update(base, "INSERT DATA { <urn:a> <urn:b> <urn:c> }") >= 400


@pytest.mark.parametrize("serving", [["--writable"]], indirect=True)
def test_writable_accepts_updates(serving: tuple[str, Path]) -> None:
    base, _ = serving
    assert _post_update(base, "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }") in (200, 204)
    status, body = _get(base + "/query?query=" + urllib.parse.quote("ASK { <urn:a> <urn:b> <urn:c> }"))
    assert status == 200 and b"true" in body


def test_defaults_are_loopback_and_read_only(oxigraph_bin: str) -> None:
    parser = argparse.ArgumentParser()
    serve.configure(parser)
    args = parser.parse_args(["--store", "somewhere"])
    cmd = serve.command_line(args)
    assert cmd[1] == "serve-read-only" and cmd[cmd.index("--bind") + 1] == "127.0.0.1:7878"
    assert "--union-default-graph" in cmd


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--store", str(tmp_path / "none")]) == 2
    assert "no store here" in capsys.readouterr().err
    (tmp_path / "s").mkdir()
    assert cli.main(["serve", "--store", str(tmp_path / "s"), "--bind", "nowhere"]) == 2
    assert "HOST:PORT" in capsys.readouterr().err
