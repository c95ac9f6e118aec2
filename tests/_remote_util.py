"""A fault-injecting HTTP proxy on 127.0.0.1 for the remote-store tests.

It sits in front of a real server and, for the next requests in its ``plan``,
answers 500, drops the connection, forwards only half of the request body and
then hangs up, or waits before forwarding; every other request is passed
through unchanged. It only ever connects to the upstream it was given (a
loopback address) and stops with ``close()``.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.parse
from collections import deque


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class FaultProxy:
    """``FaultProxy(upstream_url)``; ``.url`` is the proxy's base URL; ``plan(*faults)`` queues faults.

    Faults: ``"500"``, ``"drop"`` (close without answer), ``"cut"`` (forward half the
    body, then close both sides), ``"slow:S"`` (wait S seconds, then forward).
    """

    def __init__(self, upstream: str) -> None:
        parts = urllib.parse.urlsplit(upstream)
        assert parts.hostname in ("127.0.0.1", "localhost", "::1"), "the proxy only forwards to loopback"
        self.upstream = (parts.hostname, parts.port or 80)
        self.faults: deque[str] = deque()
        self.requests: list[bytes] = []
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def plan(self, *faults: str) -> None:
        self.faults.extend(faults)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            request = _read_request(conn)
            if not request:
                return
            self.requests.append(request)
            fault = self.faults.popleft() if self.faults else ""
            if fault == "500":
                body = b"injected failure"
                conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                             b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
                return
            if fault == "drop":
                return
            if fault.startswith("slow:"):
                time.sleep(float(fault[5:]))
            try:
                up = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                return  # the upstream is gone (a test stopped it): the client sees a dropped connection
            with up:
                if fault == "cut":
                    up.sendall(request[: len(request) - max(1, len(request.partition(b"\r\n\r\n")[2]) // 2)])
                    time.sleep(0.1)
                    return
                up.sendall(request)
                while True:
                    chunk = up.recv(65536)
                    if not chunk:
                        break
                    try:
                        conn.sendall(chunk)
                    except OSError:
                        return
