"""Session-wide fixtures shared by the test modules (only the lead edits this file).

* ``repo``: the repository root;
* ``shared``: ``../shared`` next to the repository, or the test is skipped;
* ``knowledge``: the packaged knowledge, loaded once;
* ``example_trig``: the example page built once per session into a TriG file;
* ``example_store``: that file loaded into an in-memory pyoxigraph store.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parents[1]

# Property tests explore new examples on every local run; CI (VEILLEGRAPH_HYPOTHESIS_PROFILE=ci, set by .ci/run)
# draws the same examples every time, so a landing never hangs on a newly drawn case. A case found locally is
# kept as a regression test of its own (see test_robust_fuzz.py::test_garbled_encoding_declaration_in_a_feed).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("VEILLEGRAPH_HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["VEILLEGRAPH_HYPOTHESIS_PROFILE"])
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared/gold is not here (it is only on the developers' machines)")
    return SHARED


@pytest.fixture(scope="session")
def knowledge():  # type: ignore[no-untyped-def]
    from veillegraph.knowledge import default_knowledge

    return default_knowledge()


@pytest.fixture(scope="session")
def example_trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from veillegraph.pipeline import build_to_file

    out = tmp_path_factory.mktemp("example") / "example.trig"
    build_to_file([str(REPO / "examples" / "fondapol-ia-securite.txt")], str(out))
    return out


@pytest.fixture(scope="session")
def example_store(example_trig: Path) -> ox.Store:
    from veillegraph.store import read_dataset

    return read_dataset(example_trig)


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def chromium() -> str:
    path = chromium_path()
    if path is None:
        if os.environ.get("VEILLEGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (VEILLEGRAPH_REQUIRE_BROWSER=1) but not installed")
        pytest.skip("Debian's chromium is not installed (bash .ci/run installs it)")
    return path


@pytest.fixture(scope="session")
def oxigraph_bin() -> Iterator[str]:
    beside = Path(sys.executable).parent / "oxigraph"
    path = str(beside) if beside.exists() else shutil.which("oxigraph")
    if path is None:
        if os.environ.get("VEILLEGRAPH_REQUIRE_SERVER") == "1":
            pytest.fail("the oxigraph server (pip package 'oxigraph') is required but not installed")
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    yield path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OxigraphServer:
    """A real ``oxigraph serve`` process on 127.0.0.1 (stop/start for fault tests)."""

    def __init__(self, binary: str, location: Path) -> None:
        self.binary = binary
        self.location = location
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        return self.url + "/store"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [self.binary, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
             "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"oxigraph serve exited: {err}")
            try:
                with urllib.request.urlopen(self.url + "/query?query=ASK%7B%7D", timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("oxigraph serve did not answer within 30 s")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None


@pytest.fixture
def oxigraph_server(oxigraph_bin: str, tmp_path: Path) -> Iterator[OxigraphServer]:
    """A fresh, empty oxigraph server for one test; its URL is ``.url`` (``/query``, ``/update``, ``/store``)."""
    server = OxigraphServer(oxigraph_bin, tmp_path / "oxigraph-data")
    server.start()
    try:
        yield server
    finally:
        server.stop()
