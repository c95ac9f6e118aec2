"""Linking help (veillegraph.linking_help, ``veillegraph link``) against a local Wikidata-shaped server.

The server is a real ``oxigraph serve`` on 127.0.0.1 loaded with the fictional
items of ``tests/fixtures/wikidata/items.ttl``; nothing here contacts the internet.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from _remote_util import FaultProxy
from veillegraph import _vocab as V
from veillegraph import cli, linking_help, remote
from veillegraph._errors import StoreError, UsageError
from veillegraph._resources import data_dir

pytestmark = pytest.mark.server

FIX = Path(__file__).parent / "fixtures" / "wikidata"
WD = V.WD


@pytest.fixture
def wikidata(oxigraph_server: Any) -> Iterator[Any]:
    items = ox.Store()
    items.bulk_load(path=str(FIX / "items.ttl"), format=ox.RdfFormat.TURTLE)
    g = ox.NamedNode("urn:x-test:wikidata")
    remote.RemoteStore(oxigraph_server.query_url, oxigraph_server.update_url).replace_graph(
        g.value, [ox.Quad(q.subject, q.predicate, q.object, g) for q in items])
    yield oxigraph_server


def unlinked() -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(FIX / "unlinked.trig"), format=ox.RdfFormat.TRIG)
    return store


def config() -> tuple[dict[str, set[str]], dict[str, str]]:
    quads = ox.Store()
    quads.bulk_load(path=str(FIX / "config.ttl"), format=ox.RdfFormat.TURTLE)
    return linking_help.read_config(quads)


def helper(url: str, cache: Path | None, **kw: Any) -> linking_help.LinkingHelper:
    kw.setdefault("min_interval", 0)
    client = linking_help.PoliteClient(url, cache_dir=cache, **kw)
    classes, props = config()
    return linking_help.LinkingHelper(client, classes=classes, properties=props)


def test_only_unlinked_entities_are_looked_up() -> None:
    entities = linking_help.unlinked_entities(unlinked())
    names = [e.iri.rsplit("/", 1)[1] for e in entities]
    assert names == sorted(names, key=lambda n: next(e.iri for e in entities if e.iri.endswith(n)))
    assert sorted(names) == ["new-authority-ap", "new-company-orange", "new-court-ta-marseille",
                             "new-eu-regulation-dma", "new-programme-theodule"]
    ta = next(e for e in entities if e.iri.endswith("ta-marseille"))
    assert "Tribunal administratif de Marseille" in ta.labels and V.VG.Court.value in ta.kinds


def test_proposals_from_the_fixture_endpoint(wikidata: Any, tmp_path: Path) -> None:
    h = helper(wikidata.query_url, tmp_path / "cache")
    props = h.propose_all(linking_help.unlinked_entities(unlinked()))
    got = {(p.entity.rsplit("/", 1)[1], p.predicate.rsplit("#", 1)[1], str(p.value), str(p.score), p.type_ok)
           for p in props}
    assert got == {
        ("new-court-ta-marseille", "wikidata", f"<{WD.Q90000001.value}>", "1.0", True),
        ("new-authority-ap", "wikidata", f"<{WD.Q90000002.value}>", "0.9", True),
        ("new-company-orange", "wikidata", f"<{WD.Q90000003.value}>", "1.0", True),
        ("new-company-orange", "wikidata", f"<{WD.Q90000004.value}>", "0.50", False),
        ("new-eu-regulation-dma", "wikidata", f"<{WD.Q90000005.value}>", "0.9", True),
        ("new-eu-regulation-dma", "celex", '"32022R1925"', "0.9", True),
    }
    # the best candidate comes first for each entity
    orange = [p for p in props if p.entity.endswith("orange")]
    assert orange[0].value == WD.Q90000003


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.rglob("*.ttl")):
        h.update(f.read_bytes())
    return h.hexdigest()


def test_cli_writes_a_reviewable_file_and_never_touches_reference_data(wikidata: Any, tmp_path: Path) -> None:
    data = tmp_path / "g.trig"
    data.write_bytes((FIX / "unlinked.trig").read_bytes())
    before = _digest(data_dir("ontology"))
    argv = ["link", "--data", str(data), "--endpoint", wikidata.query_url,
            "--config", str(FIX / "config.ttl"), "--cache", str(tmp_path / "cache"), "--interval", "0"]
    assert cli.main([*argv, "--output", str(tmp_path / "a.ttl")]) == 0
    text = (tmp_path / "a.ttl").read_text(encoding="utf-8")
    assert text.startswith("# Identifier proposals") and "Nothing here is reference data" in text
    out = ox.Store()
    out.bulk_load(path=str(tmp_path / "a.ttl"), format=ox.RdfFormat.TURTLE)
    statements = list(out.quads_for_pattern(None, V.TYPE, V.RDF.Statement))
    assert len(statements) == 6
    objects = {q.object for q in out.quads_for_pattern(None, V.RDF.object, None)}
    assert ox.Literal("32022R1925") in objects and WD.Q90000001 in objects
    comments = [q.object.value for q in out.quads_for_pattern(None, V.RDFS.comment, None)]
    assert any("check before accepting" in c for c in comments)
    # the same run again gives a byte-identical file (all from the cache now)
    assert cli.main([*argv, "--output", str(tmp_path / "b.ttl")]) == 0
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()
    assert _digest(data_dir("ontology")) == before
    with pytest.raises(UsageError):
        linking_help.write_proposals([], wikidata.query_url, data_dir("ontology") / "reference" / "x.ttl")
    assert not (data_dir("ontology") / "reference" / "x.ttl").exists()


def test_the_cache_answers_when_the_endpoint_is_gone(wikidata: Any, tmp_path: Path) -> None:
    entities = linking_help.unlinked_entities(unlinked())
    first = helper(wikidata.query_url, tmp_path / "cache")
    a = first.propose_all(entities)
    assert first.client.sent > 0 and first.client.cached == 0
    wikidata.stop()
    second = helper(wikidata.query_url, tmp_path / "cache", retries=0)
    assert second.propose_all(entities) == a
    assert second.client.sent == 0 and second.client.cached == first.client.sent
    with pytest.raises(StoreError):
        helper(wikidata.query_url, None, retries=0).propose_all(entities)


def test_rate_limit_user_agent_and_timeout(wikidata: Any, tmp_path: Path) -> None:
    proxy = FaultProxy(wikidata.url)
    try:
        h = helper(proxy.url + "/query", None, min_interval=0.3, contact="veille@example.org")
        start = time.monotonic()
        h.propose_all(linking_help.unlinked_entities(unlinked()))
        elapsed = time.monotonic() - start
        n = len(proxy.requests)
        assert n == h.client.sent >= 5
        assert elapsed >= 0.3 * (n - 1) * 0.95
        for r in proxy.requests:
            agent = next(line for line in r.split(b"\r\n") if line.lower().startswith(b"user-agent:"))
            assert b"veillegraph/" in agent and b"veille@example.org" in agent
        proxy.plan("slow:2")
        slow = helper(proxy.url + "/query", None, timeout=0.5, retries=0)
        with pytest.raises(StoreError) as err:
            slow.propose_all(linking_help.unlinked_entities(unlinked())[:1])
        assert err.value.code == "VG410"
    finally:
        proxy.close()


def test_label_variants() -> None:
    v = linking_help.label_variants("Conseil d\u2019État")
    assert "Conseil d'État" in v and "conseil d\u2019État" in v and v == sorted(set(v))
    assert linking_help.SCORE_ALT_LABEL < linking_help.SCORE_LABEL == Decimal("1.0")
