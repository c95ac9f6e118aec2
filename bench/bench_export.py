"""Exports of a 100,000-clipping graph: time and memory (issue 8).

Source: an on-disk pyoxigraph store holding the generated dataset. Baseline: a raw dump of the
whole store to N-Quads (``Store.dump``), the cost of reading every quad once. Then, for each
projection (one process each, so each has its own peak RSS): the records read from the store
(``load_graph_data``), the networkx projection, and every graph format rendered to a file
(GraphML, GEXF, Cytoscape.js, node-link, DOT, CSV). Then the RDF formats of the whole dataset
(TriG, Turtle, JSON-LD). Times are reported per step; ratios are to the raw dump.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from typing import Any

from _common import case, dataset_store, phase, require, write_nquads

SIZES = {"small": 300, "full": 100_000}
GRAPH_FORMATS = ["graphml", "gexf", "cytoscape", "node-link", "dot", "csv-nodes", "csv-edges"]
RDF_FORMATS = ["trig", "turtle", "jsonld"]


def dump(store_dir: str) -> dict[str, Any]:
    import pyoxigraph as ox

    store = ox.Store.read_only(store_dir)
    d = tempfile.mkdtemp(prefix="vg-bench-dump-")
    try:
        out = os.path.join(d, "all.nq")
        t0 = time.perf_counter()
        store.dump(output=out, format=ox.RdfFormat.N_QUADS)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": os.path.getsize(out), "quads": len(store)}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def projection(store_dir: str, name: str, formats: list[str]) -> dict[str, Any]:
    import pyoxigraph as ox

    from veillegraph.export import EXPORTERS, ExportJob

    store = ox.Store.read_only(store_dir)
    d = tempfile.mkdtemp(prefix="vg-bench-export-")
    try:
        t0 = time.perf_counter()
        job = ExportJob(store, projection=name)
        job.data  # noqa: B018 - read the records (cached on the job)
        t1 = time.perf_counter()
        g = job.graph
        t2 = time.perf_counter()
        renders = {}
        for fmt in formats:
            exp = EXPORTERS.get(fmt)
            path = os.path.join(d, f"out.{exp.extension}")
            r0 = time.perf_counter()
            with open(path, "wb") as f:
                exp.render(job, f)
            renders[fmt] = {"seconds": time.perf_counter() - r0, "bytes": os.path.getsize(path)}
            os.unlink(path)
        return {"seconds": time.perf_counter() - t0, "data_s": t1 - t0, "project_s": t2 - t1,
                "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "renders": renders}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def rdf(store_dir: str, fmt: str) -> dict[str, Any]:
    import pyoxigraph as ox

    from veillegraph.export import EXPORTERS, ExportJob

    store = ox.Store.read_only(store_dir)
    d = tempfile.mkdtemp(prefix="vg-bench-rdf-")
    try:
        exp = EXPORTERS.get(fmt)
        path = os.path.join(d, f"out.{exp.extension}")
        t0 = time.perf_counter()
        with open(path, "wb") as f:
            exp.render(ExportJob(store), f)
        return {"seconds": time.perf_counter() - t0, "bytes": os.path.getsize(path)}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def run(size: str) -> dict[str, Any]:
    exp = require("veillegraph.export", "EXPORTERS", "ExportJob", "PROJECTIONS")
    n = SIZES[size]
    _, quads = write_nquads(n)
    store_dir = str(dataset_store(n))
    base = phase("bench_export:dump", store_dir)
    cases = [case("raw Store.dump to N-Quads (baseline)", base, base["quads"], "quads", bytes=base["bytes"])]
    notes = [f"{quads:,} quads from {n:,} generated clippings"]
    formats = [f for f in GRAPH_FORMATS if f in exp.EXPORTERS]
    for name in exp.PROJECTIONS:
        try:
            r = phase("bench_export:projection", store_dir, name, formats)
        except RuntimeError as exc:
            cases.append({"case": f"projection {name}", "seconds": None, "error": str(exc)})
            continue
        cases.append(case(f"{name}: read records + project ({r['nodes']:,} nodes, {r['edges']:,} edges)",
                          {"seconds": r["data_s"] + r["project_s"], "peak_rss_mb": r["peak_rss_mb"]},
                          baseline=base, data_s=round(r["data_s"], 3), project_s=round(r["project_s"], 3)))
        for fmt, m in r["renders"].items():
            cases.append(case(f"{name} → {fmt} ({m['bytes'] / 1e6:,.1f} MB)", {"seconds": m["seconds"],
                              "peak_rss_mb": r["peak_rss_mb"]}, baseline=base, bytes=m["bytes"]))
    for fmt in RDF_FORMATS:
        if fmt not in exp.EXPORTERS:
            continue
        try:
            r = phase("bench_export:rdf", store_dir, fmt)
        except RuntimeError as exc:
            cases.append({"case": f"whole dataset → {fmt}", "seconds": None, "error": str(exc)})
            continue
        cases.append(case(f"whole dataset → {fmt} ({r['bytes'] / 1e6:,.1f} MB)", r, quads, "quads", baseline=base,
                          bytes=r["bytes"]))
    notes.append("peak RSS of a render is that of its projection's process (records + graph + all its formats)")
    return {"clippings": n, "quads": quads, "cases": cases, "notes": notes,
            "target": "time and memory reported (no ratio target in the issue)", "met": None}
