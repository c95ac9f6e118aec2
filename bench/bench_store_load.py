"""Store write path vs raw load (issue 5).

Baseline: ``pyoxigraph.Store.bulk_load`` of the N-Quads of the whole generated dataset into a
fresh on-disk store. Measured against it, in the same run:

* ``write_path``: the veillegraph path with extraction excluded — for each clipping,
  ``build.clipping_quads`` (from its pre-extracted events, the generator's ground truth) and
  ``store.GraphWriter`` (transactions of whole clipping graphs, as the pipeline writes) into
  ``store.open_store``. Target ≤ 2×.
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
    try:
        require("veillegraph.remote", "push", "RemoteStore")
        sraw = phase("bench_store_load:server_raw", str(nq))
        cases.append(case("oxigraph serve: GSP POST /store of the N-Quads", sraw, quads, "quads", baseline=raw,
                          requests=sraw["requests"], server_peak_rss_mb=sraw["server_peak_rss_mb"]))
        store_dir = dataset_store(n, nq=nq)
        spush = phase("bench_store_load:server_push", str(store_dir))
        cases.append(case("oxigraph serve: veillegraph push (SPARQL Update)", spush, quads, "quads",
                          baseline=sraw, graphs=spush["graphs"], requests=spush["requests"],
                          server_peak_rss_mb=spush["server_peak_rss_mb"]))
    except NotAvailable as exc:
        notes.append(f"server cases skipped: {exc}")
    return {"clippings": n, "quads": quads, "prepare_s": round(prep, 1), "cases": cases, "notes": notes,
            "ratio": cases[1]["ratio"], "target": "write path ≤ 2× raw bulk_load", "met": cases[1].get("met")}
