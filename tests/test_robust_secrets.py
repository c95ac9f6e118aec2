"""Credentials for a remote endpoint (environment variables, ``~/.netrc``, user:password in the URL) are
sent to the server but never printed, logged (even with ``-v``), or written to a store, a file or the
server's data.

The commands run as subprocesses with ``-v`` against a real ``oxigraph serve`` behind the recording
fault proxy of ``tests/_remote_util.py`` (which proves the credentials were sent); then every output
stream, every file under the test's folder (local stores, the server's database) and the server's
answers are searched for the secrets, in clear and in Base64.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from _remote_util import FaultProxy
from veillegraph import _vocab as V
from veillegraph import remote

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "pw-" + os.urandom(6).hex()
TOKEN = "tok-" + os.urandom(6).hex()
NETRC_PW = "nrc-" + os.urandom(6).hex()
URL_PW = "url-" + os.urandom(6).hex()
SECRETS = [PASSWORD, TOKEN, NETRC_PW, URL_PW]


def _forms(secret: str) -> list[bytes]:
    """The secret in clear and inside the Base64 of a Basic header (for the users the tests use)."""
    out = [secret.encode()]
    for user in ("ana", "bob", "carl"):
        out.append(base64.b64encode(f"{user}:{secret}".encode()))
    return out


def assert_nowhere(blobs: list[bytes], where: str) -> None:
    for secret in SECRETS:
        for form in _forms(secret):
            for blob in blobs:
                assert form not in blob, f"{secret} found in {where}"


def files_under(root: Path) -> list[bytes]:
    return [p.read_bytes() for p in root.rglob("*") if p.is_file() and p.stat().st_size < 200_000_000]


@pytest.fixture
def proxy(oxigraph_server: Any) -> Iterator[FaultProxy]:
    p = FaultProxy(oxigraph_server.url)
    yield p
    p.close()


def make_store(path: Path) -> None:
    store = ox.Store(str(path))
    quads = []
    for i in range(4):
        g, c = V.GRAPH[f"clipping/sec{i}"], V.ID[f"clipping/sec{i}"]
        quads += [ox.Quad(c, V.TYPE, V.CLIPPING, g), ox.Quad(c, V.IDENTIFIER, ox.Literal(f"s{i}"), g)]
    store.extend(quads)
    store.flush()
    del store


def run(args: list[str], home: Path, extra_env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLEGRAPH_ENDPOINT")}
    env.update({"HOME": str(home), "PYTHONPATH": str(REPO / "src"), **extra_env})
    return subprocess.run([sys.executable, "-m", "veillegraph", "-v", *args], env=env, capture_output=True,
                          timeout=300)


def test_credentials_are_sent_but_never_printed_logged_or_stored(tmp_path: Path, proxy: FaultProxy,
                                                                 oxigraph_server: Any) -> None:
    """Rows "credentials from env", "from netrc", "in the URL", "on a failing server"."""
    home = tmp_path / "home"
    home.mkdir()
    local = tmp_path / "local"
    make_store(local)
    q, u, s = proxy.url + "/query", proxy.url + "/update", proxy.url + "/store"
    outputs: list[bytes] = []

    # 1. user + password from the environment, push with -v
    env = {remote.ENV_USER: "ana", remote.ENV_PASSWORD: PASSWORD}
    r = run(["push", "--store", str(local), "--endpoint", q, "--update-endpoint", u], home, env)
    assert r.returncode == 0, r.stderr.decode()
    outputs += [r.stdout, r.stderr]
    assert any(base64.b64encode(f"ana:{PASSWORD}".encode()) in req for req in proxy.requests)

    # 2. a bearer token from the environment, push --all through the Graph Store Protocol
    proxy.requests.clear()
    r = run(["push", "--all", "--store", str(local), "--endpoint", q, "--graph-store", s], home,
            {remote.ENV_TOKEN: TOKEN})
    assert r.returncode == 0, r.stderr.decode()
    outputs += [r.stdout, r.stderr]
    assert any(f"Bearer {TOKEN}".encode() in req for req in proxy.requests)

    # 3. ~/.netrc for the host, pull into a new store
    proxy.requests.clear()
    rc = home / ".netrc"
    rc.write_text(f"machine 127.0.0.1 login bob password {NETRC_PW}\n", encoding="utf-8")
    rc.chmod(0o600)
    r = run(["pull", "--store", str(tmp_path / "pulled"), "--endpoint", q], home, {})
    assert r.returncode == 0, r.stderr.decode()
    outputs += [r.stdout, r.stderr]
    assert any(base64.b64encode(f"bob:{NETRC_PW}".encode()) in req for req in proxy.requests)

    # 4. user:password in the endpoint URL, on a server that keeps failing (errors and retry warnings)
    bad = proxy.url.replace("http://", f"http://carl:{URL_PW}@")
    proxy.plan(*["500"] * 10)
    r = run(["push", "--all", "--retries", "2", "--store", str(local), "--endpoint", bad + "/query",
             "--update-endpoint", bad + "/update"], home, {remote.ENV_USER: "ana", remote.ENV_PASSWORD: PASSWORD})
    assert r.returncode != 0 and b"Traceback" not in r.stderr, r.stderr.decode()
    outputs += [r.stdout, r.stderr]

    # 5. a server that is down
    oxigraph_server.stop()
    r = run(["pull", "--store", str(tmp_path / "pulled2"), "--endpoint", q, "--retries", "1"], home,
            {remote.ENV_TOKEN: TOKEN})
    assert r.returncode != 0 and b"Traceback" not in r.stderr, r.stderr.decode()
    outputs += [r.stdout, r.stderr]

    assert_nowhere(outputs, "the commands' output")
    rc.unlink()  # the one file that holds a secret on purpose
    assert_nowhere(files_under(tmp_path), "a file (local stores, the server's database, logs)")
