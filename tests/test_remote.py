"""The remote SPARQL store (veillegraph.remote) against a real server.

By default each test starts ``oxigraph serve --union-default-graph`` on 127.0.0.1
(the ``oxigraph_server`` fixture). To run the same tests against another server,
set ``VEILLEGRAPH_TEST_ENDPOINT`` (query URL) and ``VEILLEGRAPH_TEST_ENDPOINT_UPDATE``
and/or ``VEILLEGRAPH_TEST_ENDPOINT_STORE``; credentials come from
``VEILLEGRAPH_ENDPOINT_USER``/``_PASSWORD`` or ``~/.netrc``. The tests then only
touch graphs under a fresh test prefix, and skip the fault tests that stop the server.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from _remote_util import FaultProxy
from veillegraph import _vocab as V
from veillegraph import remote
from veillegraph._errors import StoreError

pytestmark = pytest.mark.server

EXTERNAL = os.environ.get("VEILLEGRAPH_TEST_ENDPOINT")


@dataclass
class Endpoint:
    query_url: str
    update_url: str | None
    store_url: str | None
    server: Any = None  # the local OxigraphServer, or None for an external endpoint
    prefix: str = ""

    def store(self, **kw: Any) -> remote.RemoteStore:
        kw.setdefault("retries", 1)
        kw.setdefault("backoff", 0.05)
        kw.setdefault("timeout", 10)
        return remote.RemoteStore(self.query_url, self.update_url, self.store_url, **kw)


@pytest.fixture
def endpoint(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    prefix = f"test-{uuid.uuid4().hex[:8]}-"
    if EXTERNAL:
        ep = Endpoint(EXTERNAL, os.environ.get("VEILLEGRAPH_TEST_ENDPOINT_UPDATE"),
                      os.environ.get("VEILLEGRAPH_TEST_ENDPOINT_STORE"), None, prefix)
        yield ep
        rs = ep.store()
        mine = [g for g in rs.graph_names() if prefix in g]
        if ep.update_url and mine:
            rs.update(" ; ".join(f"DROP SILENT GRAPH <{g}>" for g in mine), idempotent=True)
        return
    server = request.getfixturevalue("oxigraph_server")
    yield Endpoint(server.query_url, server.update_url, server.store_url, server, prefix)


def local_only(ep: Endpoint) -> Any:
    if ep.server is None:
        pytest.skip("stops and restarts the server: only with the local oxigraph server")
    return ep.server


def cgraph(ep: Endpoint, name: str) -> ox.NamedNode:
    return V.GRAPH[f"clipping/{ep.prefix}{name}"]


def sample(g: ox.NamedNode, n: int = 3, tag: str = "v1") -> list[ox.Quad]:
    s = ox.NamedNode(g.value.replace("/graph/", "/id/"))
    out = [ox.Quad(s, V.TEXT, ox.Literal(f"texte « {tag} » n°{i}\nligne 2 \"q\" \\", language="fr"), g)
           for i in range(n)]
    out.append(ox.Quad(s, V.POSITION, ox.Literal("7", datatype=V.XSD.integer), g))
    out.append(ox.Quad(s, V.TYPE, V.CLIPPING, g))
    return out


def triples(quads: list[ox.Quad]) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}


# --- reading and writing ---------------------------------------------------------------------

@pytest.mark.parametrize("via", ["update", "gsp"])
def test_replace_graph_is_whole_and_replaces(endpoint: Endpoint, via: str) -> None:
    if (via == "update" and not endpoint.update_url) or (via == "gsp" and not endpoint.store_url):
        pytest.skip(f"no {via} endpoint configured")
    rs = remote.RemoteStore(endpoint.query_url, endpoint.update_url if via == "update" else None,
                            endpoint.store_url if via == "gsp" else None, retries=0)
    g = cgraph(endpoint, via)
    rs.replace_graph(g.value, sample(g, 3, "v1"))
    assert triples(rs.graph_quads(g.value)) == triples(sample(g, 3, "v1"))
    rs.replace_graph(g.value, sample(g, 2, "v2"))
    assert triples(rs.graph_quads(g.value)) == triples(sample(g, 2, "v2"))
    assert g.value in rs.graph_names()


def test_query_returns_typed_terms_and_takes_bindings(endpoint: Endpoint) -> None:
    rs = endpoint.store()
    g = cgraph(endpoint, "q")
    rs.replace_graphs({g.value: sample(g, 2)})
    rows = rs.query("SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o", {"g": g, "p": V.POSITION})
    assert len(rows) == 1
    assert rows[0]["o"] == ox.Literal("7", datatype=V.XSD.integer)
    assert isinstance(rows[0]["s"], ox.NamedNode)
    texts = rs.query("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": g, "p": V.TEXT})
    assert {r["o"] for r in texts} == {q.object for q in sample(g, 2) if q.predicate == V.TEXT}


def test_a_bad_query_is_a_clear_error_and_not_retried(endpoint: Endpoint) -> None:
    waits: list[float] = []
    rs = endpoint.store(retries=3, sleep=waits.append)
    with pytest.raises(StoreError) as err:
        rs.query("SELECT ?s WHERE { ?s ?p }")
    assert err.value.code in ("VG411", "VG413") and waits == []


def test_push_then_pull_incrementally(endpoint: Endpoint) -> None:
    rs = endpoint.store()
    local = ox.Store()
    graphs = [cgraph(endpoint, f"p{i}") for i in range(4)]
    for g in graphs:
        local.extend(sample(g))
    ref = V.GRAPH[f"{endpoint.prefix}reference"]
    local.extend(sample(ref, 1, "ref-v1"))
    mine = {g.value for g in graphs} | {ref.value}
    first = remote.push(local, rs, graphs=sorted(mine))
    assert sorted(first.copied) == sorted(mine)
    assert mine <= set(rs.graph_names())
    # nothing new: nothing sent
    again = remote.push(local, rs, graphs=sorted(mine))
    assert again.copied == [] and again.skipped == len(mine)
    # a changed non-clipping graph and a new clipping graph are the only ones sent
    local.update(f"DELETE WHERE {{ GRAPH {ref} {{ ?s ?p ?o }} }}")
    local.extend(sample(ref, 1, "ref-v2"))
    new = cgraph(endpoint, "p9")
    local.extend(sample(new))
    third = remote.push(local, rs, graphs=sorted(mine | {new.value}))
    assert sorted(third.copied) == sorted([ref.value, new.value])
    assert triples(rs.graph_quads(ref.value)) == triples(sample(ref, 1, "ref-v2"))
    # pull into an empty store gives the same graphs back
    back = ox.Store()
    pulled = remote.pull(rs, back)
    assert mine | {new.value} <= set(pulled.copied)
    for g in [*graphs, ref, new]:
        assert triples(list(back.quads_for_pattern(None, None, None, g))) == \
            triples(list(local.quads_for_pattern(None, None, None, g)))
    assert all(g.value not in remote.pull(rs, back).copied for g in [*graphs, ref, new])


# --- faults ------------------------------------------------------------------------------------

@pytest.fixture
def proxy(endpoint: Endpoint) -> Iterator[FaultProxy]:
    server = local_only(endpoint)
    p = FaultProxy(server.url)
    yield p
    p.close()


def proxied(p: FaultProxy, **kw: Any) -> remote.RemoteStore:
    kw.setdefault("backoff", 0.01)
    kw.setdefault("timeout", 5)
    return remote.RemoteStore(p.url + "/query", p.url + "/update", p.url + "/store", **kw)


@pytest.mark.parametrize("faults", [("500",), ("drop",), ("500", "drop"), ("slow:2",)])
def test_idempotent_operations_are_retried(endpoint: Endpoint, proxy: FaultProxy,
                                           faults: tuple[str, ...]) -> None:
    waits: list[float] = []
    rs = proxied(proxy, retries=3, timeout=0.7, sleep=waits.append)
    g = cgraph(endpoint, "r")
    proxy.plan(*faults)
    rs.replace_graph(g.value, sample(g))
    assert len(waits) == len(faults) and waits == sorted(waits)
    proxy.plan(*faults)
    assert triples(rs.graph_quads(g.value)) == triples(sample(g))
    proxy.plan(*faults)
    assert rs.query("ASK { ?s ?p ?o }")


def test_a_cut_request_never_leaves_half_a_graph(endpoint: Endpoint, proxy: FaultProxy) -> None:
    rs = proxied(proxy, retries=0)
    g = cgraph(endpoint, "cut")
    rs.replace_graph(g.value, sample(g, 5, "old"))
    big = sample(g, 400, "new")
    for via in ("update", "gsp"):
        writer = proxied(proxy, retries=0) if via == "update" else remote.RemoteStore(
            proxy.url + "/query", None, proxy.url + "/store", retries=0)
        proxy.plan("cut")
        with pytest.raises(StoreError) as err:
            writer.replace_graph(g.value, big)
        assert err.value.code == "VG410"
        assert triples(rs.graph_quads(g.value)) == triples(sample(g, 5, "old"))
    proxy.plan("cut")
    proxied(proxy, retries=2).replace_graph(g.value, big)
    assert triples(rs.graph_quads(g.value)) == triples(big)


def test_a_non_idempotent_update_is_not_retried(endpoint: Endpoint, proxy: FaultProxy) -> None:
    waits: list[float] = []
    rs = proxied(proxy, retries=3, sleep=waits.append)
    proxy.plan("500")
    with pytest.raises(StoreError) as err:
        rs.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert "not retried" in str(err.value) and waits == []


def test_server_down_gives_a_clear_error_after_backoff(endpoint: Endpoint) -> None:
    server = local_only(endpoint)
    waits: list[float] = []
    rs = endpoint.store(retries=3, backoff=0.01, sleep=waits.append)
    server.stop()
    with pytest.raises(StoreError) as err:
        rs.query("ASK { ?s ?p ?o }")
    assert err.value.code == "VG410" and "4 attempt" in str(err.value)
    assert waits == [0.01, 0.02, 0.04]


def test_server_restarting_during_a_push(endpoint: Endpoint) -> None:
    server = local_only(endpoint)
    rs = endpoint.store(retries=8, backoff=0.2, max_wait=1.0, timeout=5)
    local = ox.Store()
    graphs = [cgraph(endpoint, f"s{i}") for i in range(30)]
    for g in graphs:
        local.extend(sample(g, 2))
    rs.replace_graphs({graphs[0].value: sample(graphs[0], 2)})
    server.stop()
    restarter = threading.Timer(0.6, server.start)
    restarter.start()
    try:
        summary = remote.push(local, rs)
    finally:
        restarter.join()
    assert graphs[0].value not in summary.copied
    for g in graphs:
        assert triples(rs.graph_quads(g.value)) == triples(sample(g, 2))


def test_server_stopped_mid_push_leaves_whole_graphs_and_a_rerun_finishes(endpoint: Endpoint) -> None:
    server = local_only(endpoint)
    local = ox.Store()
    graphs = [cgraph(endpoint, f"m{i:03d}") for i in range(300)]
    for g in graphs:
        local.extend(sample(g, 20))
    saved = remote.BATCH_BYTES
    remote.BATCH_BYTES = 20_000  # many requests, so that the stop lands between or inside them
    try:
        rs = endpoint.store(retries=0)
        stopper = threading.Timer(0.15, server.stop)
        stopper.start()
        with pytest.raises(StoreError):
            remote.push(local, rs)
            time.sleep(1)  # pragma: no cover - only when the push finished before the stop
            remote.push(local, rs)
        stopper.join()
        server.start()
        there = set(rs.graph_names())
        print("graphs on the server after the stop:", len([g for g in graphs if g.value in there]))
        for g in graphs:
            if g.value in there:
                assert triples(rs.graph_quads(g.value)) == triples(sample(g, 20))
        remote.push(local, rs)
        for g in graphs:
            assert triples(rs.graph_quads(g.value)) == triples(sample(g, 20))
    finally:
        remote.BATCH_BYTES = saved


# --- credentials ---------------------------------------------------------------------------

def test_credentials_from_environment_then_netrc(tmp_path: Path) -> None:
    env = {remote.ENV_USER: "ana", remote.ENV_PASSWORD: "s3cret-pw"}
    auth = remote.credentials_for("https://sparql.example.org/q", environ=env)
    assert auth is not None and auth.user == "ana"
    assert "s3cret-pw" not in repr(auth) and "s3cret-pw" not in str(auth)
    rc = tmp_path / "netrc"
    rc.write_text("machine sparql.example.org login bob password n3trc-pw\n", encoding="utf-8")
    rc.chmod(0o600)
    auth = remote.credentials_for("https://sparql.example.org/q", environ={}, netrc_file=str(rc))
    assert auth is not None and (auth.user, auth.password) == ("bob", "n3trc-pw")
    assert remote.credentials_for("https://other.example.org/q", environ={}, netrc_file=str(rc)) is None
    assert remote.redact("https://u:p@h.example:8890/sparql?x=1") == "https://h.example:8890/sparql"
    token = remote.credentials_for("https://q.example/", environ={remote.ENV_TOKEN: "t0k3n"})
    assert token is not None and token.header() == "Bearer t0k3n" and "t0k3n" not in repr(token) + str(token)


def test_credentials_are_sent_and_never_logged(endpoint: Endpoint, proxy: FaultProxy,
                                               caplog: pytest.LogCaptureFixture) -> None:
    auth = remote.Auth("ana", "s3cret-pw")
    rs = proxied(proxy, retries=2, auth=auth, sleep=lambda s: None)
    proxy.plan("500", "500", "500")
    with caplog.at_level(logging.DEBUG, logger="veillegraph"), pytest.raises(StoreError) as err:
        rs.query("ASK { ?s ?p ?o }")
    assert all(b"authorization: basic " in r.lower() for r in proxy.requests)
    assert "s3cret-pw" not in caplog.text and "s3cret-pw" not in str(err.value)
    assert auth.header().split()[1] not in caplog.text
    bearer = proxied(proxy, retries=0, auth=remote.Auth("", token="t0k3n"))
    proxy.requests.clear()
    bearer.replace_graph(cgraph(endpoint, "tok").value, sample(cgraph(endpoint, "tok")))
    assert bearer.query("ASK { ?s ?p ?o }")
    assert len(proxy.requests) == 2 and all(b"Bearer t0k3n" in r for r in proxy.requests)
