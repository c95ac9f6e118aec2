"""Full and incremental SHACL validation (issue 6).

The generated dataset (ontology, reference data and one graph per clipping; events from the
generator's ground truth) is validated against ``shapes/*.ttl``:

* baseline: Apache Jena's SHACL validator on the same graph (the union of the named graphs as
  N-Triples) and the same shapes (merged into one Turtle file), end to end (JVM start, parse,
  validate): ``../shared/tools/jena-shacl validate --shapes S --data D``;
* ``veillegraph.validate.validate`` on the dataset: load (``bulk_load`` of the N-Quads into an
  in-memory store) + validate with 2 jobs, end to end. Target: no slower than Jena (ratio ≤ 1);
* pyshacl on the same graph and shapes in one piece (parse + validate), stopped after a time
  limit, in which case the ratio is a lower bound;
* incremental: one new clipping added to the store and validated alone
  (``validate(store, graphs=[its graph])``), median of 5 clippings. Target < 50 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from _common import (
    CACHE,
    REPO,
    PhaseTimeout,
    case,
    generated,
    knowledge,
    phase,
    read_truth,
    require,
    truth_to_clipping,
    truth_to_events,
    write_nquads,
)

SIZES = {"small": 200, "full": 100_000}
PYSHACL_LIMIT = {"small": 20.0, "full": 600.0}
LIMIT = {"small": 60.0, "full": 1800.0}
JENA = REPO.parent / "shared" / "tools" / "jena-shacl"


def shapes_file() -> Path:
    """All of ``shapes/*.ttl`` merged into one Turtle file (Jena and pyshacl take one shapes file)."""
    import pyoxigraph as ox

    out = CACHE / "shapes-merged.ttl"
    triples = []
    for p in sorted((REPO / "shapes").glob("*.ttl")):
        triples.extend(ox.parse(path=str(p), format=ox.RdfFormat.TURTLE))
    # Jena refuses a SPARQL constraint with more than one sh:message (ours have fr and en): keep the
    # English one. Messages do not change what is checked nor its cost.
    message = ox.NamedNode("http://www.w3.org/ns/shacl#message")
    has_en = {t.subject for t in triples if t.predicate == message and isinstance(t.object, ox.Literal)
              and t.object.language == "en"}
    triples = [t for t in triples if not (t.predicate == message and t.subject in has_en
                                          and not (isinstance(t.object, ox.Literal) and t.object.language == "en"))]
    CACHE.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE) or b"")
    return out


def union_ntriples(nq: Path) -> Path:
    """The union of the dataset's graphs as N-Triples (cached next to the N-Quads)."""
    import pyoxigraph as ox

    out = nq.with_suffix(".nt")
    if out.exists():
        return out
    tmp = out.with_suffix(".part")
    with open(tmp, "wb") as f:
        batch = []
        for q in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS):
            batch.append(ox.Triple(q.subject, q.predicate, q.object))
            if len(batch) >= 100_000:
                f.write(ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b"")
                batch = []
        f.write(ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b"")
    tmp.replace(out)
    return out


def vg_full(nq: str) -> dict[str, Any]:
    import pyoxigraph as ox

    from veillegraph.validate import validate

    t0, c0 = time.perf_counter(), time.process_time()
    store = ox.Store()
    store.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
    t1 = time.perf_counter()
    report = validate(store, jobs=2)
    t2 = time.perf_counter()
    return {"seconds": t2 - t0, "load_s": round(t1 - t0, 3), "validate_s": round(t2 - t1, 3),
            "cpu_s": round(time.process_time() - c0, 3),
            "results": len(report.results), "violations": report.count("violation"), "conforms": report.conforms}


def vg_incremental(nq: str, truth: str) -> dict[str, Any]:
    import pyoxigraph as ox

    from veillegraph import mint
    from veillegraph.build import clipping_quads
    from veillegraph.store import add_graph
    from veillegraph.validate import validate

    kn = knowledge()
    store = ox.Store()
    store.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
    validate(store, graphs=[], include_global=False)  # warm caches (shapes compiled once per process)
    times = []
    cpu = []
    results = 0
    for i, rec in enumerate(read_truth(Path(truth)), start=1):
        if not rec["events"]:
            continue
        quads = clipping_quads(truth_to_clipping(rec, "new.jsonl", i), truth_to_events(rec), kn)
        add_graph(store, quads)
        g = mint.clipping_graph(mint.clipping_key(rec["text"]))
        t0, c0 = time.perf_counter(), time.process_time()
        report = validate(store, graphs=[g])
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        results += len(report.results)
        if len(times) >= 5:
            break
    return {"seconds": statistics.median(times), "max_s": round(max(times), 4), "clippings": len(times),
            "cpu_s": round(statistics.median(cpu), 4), "results": results}


def jena(nt: str, shapes: str, xmx: str) -> dict[str, Any]:
    env = dict(os.environ, JENA_JAVA_OPTS=f"-Xmx{xmx}")
    out = Path(nt).with_suffix(".jena-report.ttl")
    t0 = time.perf_counter()
    with open(out, "wb") as f:
        proc = subprocess.run([str(JENA), "validate", "--shapes", shapes, "--data", nt], stdout=f,
                              stderr=subprocess.PIPE, env=env, check=False)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"jena-shacl exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    text = out.read_text(encoding="utf-8", errors="replace")
    return {"seconds": seconds, "results": text.count("sh:focusNode"), "conforms": "sh:conforms  true" in text
            or "sh:conforms true" in text}


def pyshacl_run(nt: str, shapes: str) -> dict[str, Any]:
    import pyshacl
    import rdflib

    t0 = time.perf_counter()
    data = rdflib.Graph()
    data.parse(nt, format="nt")
    sg = rdflib.Graph()
    sg.parse(shapes, format="turtle")
    t1 = time.perf_counter()
    conforms, results_graph, _ = pyshacl.validate(data, shacl_graph=sg, inference="none")
    t2 = time.perf_counter()
    n = len(list(results_graph.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#ValidationResult"))))
    return {"seconds": t2 - t0, "parse_s": round(t1 - t0, 3), "validate_s": round(t2 - t1, 3), "results": n,
            "conforms": bool(conforms)}


def run(size: str) -> dict[str, Any]:
    require("veillegraph.validate", "validate")
    n = SIZES[size]
    nq, quads = write_nquads(n)
    _, new_truth = generated(20, seed=7)
    nt = union_ntriples(nq)
    shapes = shapes_file()
    notes = [f"{quads:,} quads from {n:,} generated clippings; shapes: {len(list((REPO / 'shapes').glob('*.ttl')))} "
             "files merged",
             "same graph and shapes for all: Jena and pyshacl read the union of the named graphs as N-Triples "
             "(their RDF merge, which is what veillegraph validates) and the shapes merged into one Turtle file; "
             "for Jena and pyshacl the merged shapes keep only the English sh:message of each constraint, because "
             "Jena refuses a SPARQL constraint with two sh:message (messages change neither what is checked nor "
             "its cost)",
             "end to end for both: Jena = JVM start + parse + validate; veillegraph = bulk_load of the N-Quads "
             "into an in-memory store + validate (which builds the merge of the graphs, runs one set-based query "
             "per constraint on 2 threads and gathers each result's clipping and quote)"]
    cases: list[dict[str, Any]] = []
    base = None
    if JENA.exists():
        try:
            base = phase("bench_validate:jena", str(nt), str(shapes), "12g" if size == "full" else "2g",
                         timeout=LIMIT[size])
            cases.append(case("Apache Jena SHACL, end to end (baseline)", base, quads, "quads",
                              results=base["results"]))
        except (RuntimeError, PhaseTimeout) as exc:
            notes.append(f"Jena failed: {exc}")
    else:
        notes.append(f"Jena not run: {JENA} is absent")
    try:
        vg = phase("bench_validate:vg_full", str(nq), timeout=LIMIT[size])
    except PhaseTimeout:
        cases.append({"case": "veillegraph validate: load + validate, 2 jobs", "seconds": None, "met": False,
                      "error": f"timeout: stopped after {LIMIT[size]:.0f} s"})
        return {"clippings": n, "quads": quads, "cases": cases, "notes": notes, "met": False,
                "target": "full validation ≤ Jena's time; incremental < 50 ms"}
    inc = phase("bench_validate:vg_incremental", str(nq), str(new_truth), timeout=LIMIT[size])
    cases.append(case("veillegraph validate: load + validate, 2 jobs", vg, quads, "quads", baseline=base,
                      target="≤ 1× Jena", limit=1.0, load_s=vg["load_s"], validate_s=vg["validate_s"],
                      cpu_s=vg["cpu_s"],
                      results=vg["results"], violations=vg["violations"]))
    cases.append(case("veillegraph validate: incremental, one new clipping (median of 5)", inc,
                      target="< 50 ms", met=inc["seconds"] < 0.05, max_s=inc["max_s"], cpu_s=inc["cpu_s"],
                      results=inc["results"]))
    notes.append(f"incremental: median {inc['seconds'] * 1000:.0f} ms wall, {inc['cpu_s'] * 1000:.0f} ms CPU "
                 "(wall time grows with the machine's load; CPU time does not)")
    limit = PYSHACL_LIMIT[size]
    try:
        ps = phase("bench_validate:pyshacl_run", str(nt), str(shapes), timeout=limit)
        ps_row = case("pyshacl in one piece: parse + validate", ps, quads, "quads", baseline=vg,
                      parse_s=ps["parse_s"], validate_s=ps["validate_s"], results=ps["results"])
        ratio_pyshacl = ps["seconds"] / vg["seconds"]
    except PhaseTimeout:
        ps_row = {"case": f"pyshacl in one piece: stopped after {limit:.0f} s", "seconds": None,
                  "ratio": round(limit / vg["seconds"], 1), "note": "ratio is a lower bound"}
        ratio_pyshacl = limit / vg["seconds"]
    ps_row["ratio_kind"] = "pyshacl seconds / veillegraph seconds"
    cases.append(ps_row)
    notes.append(f"pyshacl takes {ratio_pyshacl:,.1f}× veillegraph's time on the same graph"
                 + (" (lower bound: stopped)" if ps_row.get("seconds") is None else ""))
    if base is not None:
        notes.append(f"results: Jena {base['results']}, veillegraph {vg['results']}"
                     + (f", pyshacl {ps_row.get('results')}" if ps_row.get("results") is not None else ""))
    full_row = cases[1] if base is not None else cases[0]
    return {"clippings": n, "quads": quads, "cases": cases, "notes": notes, "ratio": full_row.get("ratio"),
            "target": "full validation ≤ Jena's time; incremental < 50 ms",
            "met": bool(full_row.get("met")) and inc["seconds"] < 0.05}

