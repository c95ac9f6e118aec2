"""Merges on a store that grows build after build: the mention cache reads only the new clippings, and the
merges graph is the one a full recompute gives, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from _merge_util import gold_mentions
from veillegraph import _vocab as V
from veillegraph import merge, store
from veillegraph.pipeline import MERGE_CACHE, _apply_delta, build_into_store

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "gold" / "dev.jsonl"


def ev(name: str) -> str:
    return V.ID[f"event/{name}"].value


def _trig(quads: list[ox.Quad]) -> bytes:
    return store.serialize(quads, "trig")


def _merges_graph(s: ox.Store) -> bytes:
    return _trig(list(s.quads_for_pattern(None, None, None, merge.MERGES_GRAPH)))


def _halves() -> tuple[list[ox.Quad], list[ox.Quad], int]:
    """The gold events of dev.jsonl as mention-events, split by clipping into two batches (and how many
    mention-events the second holds)."""
    if not DEV.is_file():
        pytest.skip("../shared/gold is not here")
    quads = list(gold_mentions(DEV))
    graphs = sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)})
    second = set(graphs[::2])  # every other clipping: both batches hold reports of the same acts
    first = [q for q in quads if q.graph_name.value not in second]  # type: ignore[union-attr]
    later = [q for q in quads if q.graph_name.value in second]  # type: ignore[union-attr]
    return first, later, sum(1 for q in later if q.predicate == V.EVENT_TYPE)  # the second batch's mentions


def _merge_step(s: ox.Store, cache: merge.MentionCache, apply: bool = True) -> None:
    """The merge step of ``build --store``: the change, the cache saved, the change applied."""
    delta = merge.merge_delta(s, cache)
    cache.save()
    if apply:
        _apply_delta(s, delta)


def _full(s: ox.Store) -> bytes:
    """The merges graph a full recompute gives, as the store would hold it."""
    mem = ox.Store()
    mem.extend(merge.merge_quads(s))
    return _trig(list(mem))


def test_incremental_merges_read_only_the_new_clippings_and_equal_a_full_recompute(tmp_path: Path) -> None:
    first, second, n_second = _halves()
    s = store.open_store(tmp_path / "s")
    path = tmp_path / "cache.json"
    store.add_graph(s, first)
    cache = merge.MentionCache(path)
    _merge_step(s, cache)
    assert cache.full_read and not cache.used_groups  # nothing cached yet
    assert _merges_graph(s) == _full(s)
    store.add_graph(s, second)
    cache = merge.MentionCache(path, full_read_share=1.0)  # half the clippings are new: read them only
    _merge_step(s, cache)
    assert not cache.full_read and cache.read_count == n_second and cache.used_groups
    merged = _merges_graph(s)
    assert merged.count(b"canonicalEvent") >= 10  # reports merged across the two batches
    assert merged == _full(s)  # byte-identical to a full recompute
    # and to one batch of everything into an empty store
    one = store.open_store(tmp_path / "one")
    store.add_graph(one, first + second)
    _merge_step(one, merge.MentionCache(tmp_path / "one.json"))
    assert _merges_graph(one) == merged
    # a build that adds nothing changes nothing
    cache = merge.MentionCache(path)
    delta = merge.merge_delta(s, cache)
    assert not delta.gone and not delta.added and cache.used_groups and cache.read_count == 0


def test_a_cache_that_does_not_match_the_store_is_not_used(tmp_path: Path) -> None:
    first, second, _ = _halves()
    s = store.open_store(tmp_path / "s")
    store.add_graph(s, first + second)
    path = tmp_path / "cache.json"
    _merge_step(s, merge.MentionCache(path))
    expected = _merges_graph(s)
    data = json.loads(path.read_text(encoding="utf-8"))
    clipping = next(c for c, rows in sorted(data["clippings"].items()) if rows)
    # a mention the cache lacks is read from the store
    lacking = dict(data, clippings={**data["clippings"], clipping: data["clippings"][clipping][1:]})
    path.write_text(json.dumps(lacking), encoding="utf-8")
    cache = merge.MentionCache(path)
    _merge_step(s, cache)
    assert not cache.full_read and cache.read_count == 1 and _merges_graph(s) == expected
    # a cached mention that the store does not hold (its clipping's graph replaced behind the cache's back):
    # every mention is read again, and the cached groups are not trusted
    ghost = [ev("ghost"), *data["clippings"][clipping][0][1:]]
    extra = dict(data, clippings={**data["clippings"], clipping: [*data["clippings"][clipping], ghost]})
    path.write_text(json.dumps(extra), encoding="utf-8")
    cache = merge.MentionCache(path)
    _merge_step(s, cache)
    assert cache.full_read and not cache.used_groups and _merges_graph(s) == expected
    # other reference data: every mention is read again
    s.extend([ox.Quad(V.ID["actor/x"], V.PREF_LABEL, ox.Literal("X", language="fr"), V.REFERENCE_GRAPH)])
    cache = merge.MentionCache(path)
    _merge_step(s, cache)
    assert cache.full_read and _merges_graph(s) == expected
    # a file that is not a cache is ignored
    path.write_text("not json", encoding="utf-8")
    cache = merge.MentionCache(path)
    _merge_step(s, cache)
    assert cache.full_read and _merges_graph(s) == expected


def test_a_change_saved_in_the_cache_but_not_applied_is_detected(tmp_path: Path) -> None:
    """A build killed between saving the cache and updating the merges graph: the next one reads the graph."""
    first, second, _ = _halves()
    s = store.open_store(tmp_path / "s")
    path = tmp_path / "cache.json"
    store.add_graph(s, first)
    _merge_step(s, merge.MentionCache(path))
    store.add_graph(s, second)
    _merge_step(s, merge.MentionCache(path, full_read_share=1.0), apply=False)  # killed before the update
    cache = merge.MentionCache(path)
    _merge_step(s, cache)
    assert not cache.used_groups  # the probe quad of the saved change is not in the store
    assert _merges_graph(s) == _full(s)
    cache = merge.MentionCache(path)
    _merge_step(s, cache)
    assert cache.used_groups and _merges_graph(s) == _full(s)


@pytest.mark.slow
def test_a_build_in_two_batches_gives_the_merges_of_one_batch(tmp_path: Path) -> None:
    """``build --store`` of dev.jsonl in two runs and in one: byte-identical TriG of the merges graph."""
    if not DEV.is_file():
        pytest.skip("../shared/gold is not here")
    lines = DEV.read_text(encoding="utf-8").splitlines(keepends=True)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(lines[1::2]), encoding="utf-8")
    b.write_text("".join(lines[0::2]), encoding="utf-8")
    two = tmp_path / "two"
    build_into_store([str(a)], str(two))
    assert (two / MERGE_CACHE).is_file()
    build_into_store([str(a), str(b)], str(two))
    one = tmp_path / "one"
    build_into_store([str(DEV)], str(one))
    s_two, s_one = store.open_store(two, read_only=True), store.open_store(one, read_only=True)
    merged = _merges_graph(s_two)
    assert merged.count(b"canonicalEvent") >= 2
    assert merged == _merges_graph(s_one)
    assert merged == _full(s_two)  # a full recompute on the grown store


def test_the_mentions_of_some_clippings_read_alone_are_those_of_a_whole_read() -> None:
    from veillegraph.build import knowledge_quads
    from veillegraph.knowledge import default_knowledge

    first, second, _ = _halves()
    s = ox.Store()
    s.extend([*knowledge_quads(default_knowledge()), *first, *second])
    # every fine is an "amende" (narrower than "sanction"): the top concept comes from the ontology graph
    fines = [q for q in s.quads_for_pattern(None, V.EVENT_TYPE, V.VGT["sanction"])]
    s.extend([ox.Quad(q.subject, q.predicate, V.VGT["amende"], q.graph_name) for q in fines])
    for q in fines:
        s.remove(q)
    whole = merge.read_mentions(s)
    some = sorted({m.clipping for m in whole})[::3]
    alone = merge.read_mentions(s, some)
    assert alone and alone == [m for m in whole if m.clipping in set(some)]
    assert any(m.top == V.VGT['sanction'].value and m.type != m.top for m in alone)
