"""Store write path vs raw load (issue 5).

Baseline: ``pyoxigraph.Store.bulk_load`` of the N-Quads of the whole generated dataset into a
fresh on-disk store. Measured against it, in the same run:

* ``write_path``: the veillegraph path with extraction excluded — for each clipping,
  ``build.clipping_quads`` (from its pre-extracted events, the generator's ground truth) and
  ``store.GraphWriter`` (transactions of whole clipping graphs, as the pipeline writes) into
  ``store.open_store``. Target ≤ 2×.
* ``merges``: the merge step of a build on the bench store, without the merge cache (every mention
  read: the first build) and with it after 10 more clippings; it must equal a full recompute.
* ``server_raw``: the same N-Quads POSTed in chunks to a local ``oxigraph serve`` (Graph Store
  Protocol ``POST /store``), and ``server_push``: ``veillegraph.remote.push`` of the built store
  to a fresh server (SPARQL Update, whole graphs per request). Server memory is its VmHWM.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import (
    NotAvailable,
    case,
    dataset_store,
    generated,
    knowledge,
    phase,
    read_truth,
    require,
    truth_to_clipping,
    truth_to_events,
    write_nquads,
)

SIZES = {"small": 2_000, "full": 100_000}


def raw_load(nq: str) -> dict[str, Any]:
    import pyoxigraph as ox

    d = tempfile.mkdtemp(prefix="vg-bench-raw-")
    try:
        t0 = time.perf_counter()
        store = ox.Store(d)
        store.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
        store.flush()
        seconds = time.perf_counter() - t0
        n = len(store)
        del store
        return {"seconds": seconds, "quads": n}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def write_path(truth: str) -> dict[str, Any]:
    from veillegraph.build import clipping_quads, knowledge_quads
    from veillegraph.store import GraphWriter, add_graph, open_store

    kn = knowledge()
    recs = []
    seen: set[str] = set()
    for i, rec in enumerate(read_truth(Path(truth)), start=1):
        if rec["text"] not in seen:
            seen.add(rec["text"])
            recs.append((truth_to_clipping(rec, position=i), truth_to_events(rec)))
    d = tempfile.mkdtemp(prefix="vg-bench-write-")
    try:
        build_s = write_s = 0.0
        t0 = time.perf_counter()
        store = open_store(d)
        add_graph(store, list(knowledge_quads(kn)))
        writer = GraphWriter(store)  # the pipeline's writer: transactions of whole clipping graphs
        for clip, events in recs:
            t1 = time.perf_counter()
            quads = clipping_quads(clip, events, kn)
            t2 = time.perf_counter()
            writer.add(quads)
            t3 = time.perf_counter()
            build_s += t2 - t1
            write_s += t3 - t2
        t4 = time.perf_counter()
        writer.flush()
        write_s += time.perf_counter() - t4
        store.flush()
        seconds = time.perf_counter() - t0
        n = len(store)
        del store
        return {"seconds": seconds, "quads": n, "clippings": len(recs), "build_quads_s": round(build_s, 3),
                "add_graph_s": round(write_s, 3)}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def merges(store_dir: str, extra: int = 10) -> dict[str, Any]:
    """The merge step of ``build --store`` on a copy of the bench store: first with no merge cache (every
    mention read, the whole merges graph written: what every build paid before the cache), then after
    ``extra`` more clipping graphs (held out of the copy, then added) with the cache; then a full
    recompute of the same grown store without the cache, which must give the same quads."""
    import pyoxigraph as ox

    from veillegraph import merge
    from veillegraph import store as vs
    from veillegraph.pipeline import _apply_delta

    d = Path(tempfile.mkdtemp(prefix="vg-bench-merges-"))
    try:
        shutil.copytree(store_dir, d / "store")
        st = ox.Store(str(d / "store"))
        clips = sorted(g for g in vs.graph_names(st) if "/graph/clipping/" in g)[-extra:]
        held_out = [q for g in clips for q in st.quads_for_pattern(None, None, None, ox.NamedNode(g))]
        st.update(" ; ".join(f"DROP GRAPH <{g}>" for g in clips))
        st.flush()

        def step(cache: merge.MentionCache) -> float:  # what build_into_store does after the clippings
            t0 = time.perf_counter()
            delta = merge.merge_delta(st, cache)
            cache.save()
            _apply_delta(st, delta)
            st.flush()
            return time.perf_counter() - t0

        def held() -> set[ox.Quad]:
            return set(st.quads_for_pattern(None, None, None, merge.MERGES_GRAPH))

        first_cache = merge.MentionCache(d / "cache.json")
        first_s = step(first_cache)
        vs.add_graph(st, held_out)
        cache = merge.MentionCache(d / "cache.json")
        incremental_s = step(cache)
        incremental = held()
        t0 = time.perf_counter()
        full = merge.merge_quads(st)  # every mention read, every group turned into quads
        full_s = time.perf_counter() - t0
        mem = ox.Store()
        mem.extend(full)  # as the store holds them (xsd:nonNegativeInteger stored as xsd:integer)
        return {"seconds": incremental_s, "first_s": round(first_s, 2), "full_recompute_s": round(full_s, 2),
                "identical": set(mem) == incremental, "read_count": cache.read_count,
                "full_read": cache.full_read, "used_groups": cache.used_groups,
                "first_full_read": first_cache.full_read,
                "merged_events": len({q.object for q in incremental if q.predicate == merge.CANONICAL_EVENT}),
                "merges_quads": len(incremental), "added_clippings": len(clips),
                "cache_mb": round((d / "cache.json").stat().st_size / 1e6, 1)}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def server_raw(nq: str, chunk_lines: int = 200_000) -> dict[str, Any]:
    from _server import OxigraphServer

    with OxigraphServer() as srv:
        t0 = time.perf_counter()
        requests = 0
        with open(nq, "rb") as f:
            while True:
                lines = f.readlines(chunk_lines * 150)
                if not lines:
                    break
                srv.post("/store", b"".join(lines), "application/n-quads")
                requests += 1
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "requests": requests, "server_peak_rss_mb": srv.peak()}


def server_push(store_dir: str) -> dict[str, Any]:
    import pyoxigraph as ox
    from _server import OxigraphServer

    from veillegraph.remote import RemoteStore, push

    local = ox.Store.read_only(store_dir)
    with OxigraphServer() as srv:
        remote = RemoteStore(f"{srv.url}/query", update_url=f"{srv.url}/update", timeout=600)
        t0 = time.perf_counter()
        summary = push(local, remote)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "graphs": len(summary.copied), "requests": summary.requests,
                "server_peak_rss_mb": srv.peak()}


def run(size: str) -> dict[str, Any]:
    require("veillegraph.build", "clipping_quads")
    require("veillegraph.store", "add_graph", "open_store")
    n = SIZES[size]
    t0 = time.perf_counter()
    _, truth = generated(n)
    nq, quads = write_nquads(n)
    prep = time.perf_counter() - t0
    raw = phase("bench_store_load:raw_load", str(nq))
    cases = [case("raw bulk_load (baseline)", raw, raw["quads"], "quads")]
    wp = phase("bench_store_load:write_path", str(truth))
    cases.append(case("write path: clipping_quads + add_graph", wp, wp["quads"], "quads", baseline=raw,
                      target="≤ 2× raw load", limit=2.0, clippings=wp["clippings"],
                      build_quads_s=wp["build_quads_s"], add_graph_s=wp["add_graph_s"]))
    notes = []
    store_dir = dataset_store(n, nq=nq)
    mg = phase("bench_store_load:merges", str(store_dir))
    first = {"seconds": mg["first_s"], "peak_rss_mb": mg["peak_rss_mb"]}
    cases.append(case("merge step, first build (no merge cache: every mention read)", first,
                      mg["merges_quads"], "quads", merged_events=mg["merged_events"]))
    cases.append(case(f"merge step after {mg['added_clippings']} more clippings (merge cache)", mg,
                      mg["merges_quads"], "quads", baseline=first, read_count=mg["read_count"],
                      full_read=mg["full_read"], used_groups=mg["used_groups"],
                      full_recompute_s=mg["full_recompute_s"],
                      same_as_full_recompute=mg["identical"], cache_mb=mg["cache_mb"], met=mg["identical"]))
    try:
        require("veillegraph.remote", "push", "RemoteStore")
        sraw = phase("bench_store_load:server_raw", str(nq))
        cases.append(case("oxigraph serve: GSP POST /store of the N-Quads", sraw, quads, "quads", baseline=raw,
                          requests=sraw["requests"], server_peak_rss_mb=sraw["server_peak_rss_mb"]))
        spush = phase("bench_store_load:server_push", str(store_dir))
        cases.append(case("oxigraph serve: veillegraph push (SPARQL Update)", spush, quads, "quads",
                          baseline=sraw, graphs=spush["graphs"], requests=spush["requests"],
                          server_peak_rss_mb=spush["server_peak_rss_mb"]))
    except NotAvailable as exc:
        notes.append(f"server cases skipped: {exc}")
    return {"clippings": n, "quads": quads, "prepare_s": round(prep, 1), "cases": cases, "notes": notes,
            "ratio": cases[1]["ratio"], "target": "write path ≤ 2× raw bulk_load", "met": cases[1].get("met")}


if __name__ == "__main__":
    # The merge step alone (the store_load benchmark also runs the raw load, the write path and the servers):
    #   python3 bench/bench_store_load.py merges [small|full]
    import json
    import sys

    if len(sys.argv) < 2 or sys.argv[1] != "merges":
        sys.exit("usage: bench_store_load.py merges [small|full]")
    n = SIZES[sys.argv[2] if len(sys.argv) > 2 else "small"]
    print(json.dumps(phase("bench_store_load:merges", str(dataset_store(n))), indent=1))
