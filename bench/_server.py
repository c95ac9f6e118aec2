"""A local ``oxigraph serve`` for the benchmarks: bound to 127.0.0.1 on a free port, stopped by its pid."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from _common import NotAvailable, proc_peak_rss_mb


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OxigraphServer:
    """``with OxigraphServer() as srv: srv.url`` — a fresh on-disk server, removed on exit."""

    def __init__(self, location: Path | None = None, union_default_graph: bool = True) -> None:
        exe = shutil.which("oxigraph")
        if exe is None:
            raise NotAvailable("the oxigraph binary is not installed (pip package 'oxigraph')")
        self.exe = exe
        self._own_dir = location is None
        self.location = location or Path(tempfile.mkdtemp(prefix="vg-bench-oxigraph-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.union = union_default_graph
        self.proc: subprocess.Popen[bytes] | None = None
        self.peak_rss_mb: float | None = None

    def __enter__(self) -> OxigraphServer:
        args = [self.exe, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"]
        if self.union:
            args.append("--union-default-graph")
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=2):
                    return self
            except (urllib.error.URLError, ConnectionError, OSError):
                if self.proc.poll() is not None:
                    raise RuntimeError("oxigraph serve exited at start-up") from None
                time.sleep(0.1)
        self.__exit__(None, None, None)
        raise RuntimeError("oxigraph serve did not answer within 30 s")

    def peak(self) -> float | None:
        if self.proc is not None:
            self.peak_rss_mb = proc_peak_rss_mb(self.proc.pid) or self.peak_rss_mb
        return self.peak_rss_mb

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if self.proc is not None:
            self.peak()
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None
        if self._own_dir:
            shutil.rmtree(self.location, ignore_errors=True)

    def post(self, path: str, body: bytes, content_type: str, timeout: float = 3600) -> None:
        req = urllib.request.Request(f"{self.url}{path}", data=body, method="POST",
                                     headers={"Content-Type": content_type})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
