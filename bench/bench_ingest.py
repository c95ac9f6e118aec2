"""Incremental builds into the embedded store (issue 4).

A folder of 10,000 generated clippings (one ``.txt`` file each, with a few malformed files) is
built into a fresh store with ``pipeline.build_into_store`` (extraction included, 2 jobs);
then the same folder again: the second run must report 0 new clippings and leave the store
unchanged (same quads, compared by a digest of the sorted N-Quads); then the folder plus 10
more generated clippings (the generator is a stream, so the first 10,000 are the same files):
only those 10 are processed. The first build is the baseline of the two others.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import case, generated, phase, require

SIZES = {"small": 40, "full": 10_000}
EXTRA = 10


def build(folder: str, store_dir: str) -> dict[str, Any]:
    from veillegraph.pipeline import build_into_store

    t0 = time.perf_counter()
    outcome = build_into_store([folder], store_dir, jobs=2)
    seconds = time.perf_counter() - t0
    s = outcome.summary
    return {"seconds": seconds, "read": s.read, "new": s.new, "duplicates": s.duplicates,
            "near_duplicates": s.near_duplicates, "rejected": s.rejected, "events": s.events}


def digest(store_dir: str) -> dict[str, Any]:
    import pyoxigraph as ox

    t0 = time.perf_counter()
    store = ox.Store.read_only(store_dir)
    lines = sorted(str(q) for q in store)
    h = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    # Blank nodes (OWL lists in the ontology graph) get new labels on every parse: a second digest
    # with their labels masked tells "same graphs up to blank-node names" from a real change.
    masked = sorted(re.sub(r"_:[0-9A-Za-z]+", "_:b", line) for line in lines)
    hm = hashlib.sha256("\n".join(masked).encode("utf-8")).hexdigest()
    per_graph: dict[str, Any] = {}
    for line in masked:
        g = line.rsplit(" ", 1)[-1] if line.endswith(">") else ""
        per_graph.setdefault(g, hashlib.sha256()).update(line.encode("utf-8"))
    return {"seconds": time.perf_counter() - t0, "quads": len(lines), "sha256": h, "sha256_bnodes_masked": hm,
            "graphs": sum(1 for _ in store.named_graphs()),
            "graph_digests": {g: d.hexdigest()[:16] for g, d in per_graph.items()}}


def run(size: str) -> dict[str, Any]:
    require("veillegraph.pipeline", "build_into_store")
    require("veillegraph.extract", "Extractor")
    n = SIZES[size]
    folder, _ = generated(n, "folder")
    bigger, _ = generated(n + EXTRA, "folder")
    new_files = sorted(set(p.name for p in bigger.iterdir()) - set(p.name for p in folder.iterdir()))
    same = all((bigger / p.name).exists() and (bigger / p.name).read_bytes() == p.read_bytes()
               for p in sorted(folder.iterdir())[:50])
    d = Path(tempfile.mkdtemp(prefix="vg-bench-ingest-"))
    try:
        store = str(d / "store")
        first = phase("bench_ingest:build", str(folder), store)
        before = digest(store)
        second = phase("bench_ingest:build", str(folder), store)
        after = digest(store)
        third = phase("bench_ingest:build", str(bigger), store)
        final = digest(store)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    identical = before["sha256"] == after["sha256"] and before["quads"] == after["quads"]
    unchanged = before["sha256_bnodes_masked"] == after["sha256_bnodes_masked"] and before["quads"] == after["quads"]
    cases = [
        case(f"first build of {n:,} clippings (folder, extraction included, 2 jobs) (baseline)", first, first["read"],
             "clippings", read=first["read"], new=first["new"], duplicates=first["duplicates"],
             near_duplicates=first["near_duplicates"], rejected=first["rejected"], events=first["events"]),
        case("second build of the same folder", second, second["read"], "clippings", baseline=first,
             target="0 new, store unchanged", new=second["new"], store_unchanged=unchanged,
             store_byte_identical=identical,
             met=second["new"] == 0 and unchanged),
        case(f"same folder + {EXTRA} new files", third, third["read"], "clippings", baseline=first,
             target=f"only the {EXTRA} new files processed", new=third["new"], rejected=third["rejected"],
             met=third["new"] <= EXTRA and third["new"] == (final["graphs"] - after["graphs"])),
    ]
    notes = [f"store after the first build: {before['quads']:,} quads in {before['graphs']:,} named graphs; "
             f"after the second: {after['quads']:,} (quads {'identical' if identical else 'NOT identical'}; "
             f"{'unchanged' if unchanged else 'CHANGED'} with blank-node labels masked); "
             f"after adding {len(new_files)} files: {final['quads']:,} quads in {final['graphs']:,} graphs",
             f"summary lines — first: read {first['read']}, new {first['new']}, duplicate {first['duplicates']}, "
             f"near-duplicate pairs {first['near_duplicates']}, rejected {first['rejected']}; "
             f"second: read {second['read']}, new {second['new']}; third: read {third['read']}, new {third['new']}",
             f"first {n:,} files identical in both folders (checked 50): {same}"]
    changed = sorted(g for g in set(before["graph_digests"]) | set(after["graph_digests"])
                     if before["graph_digests"].get(g) != after["graph_digests"].get(g))
    if changed:
        notes.append(f"graphs that differ after the second build (blank nodes masked): {', '.join(changed[:10])}")
    if not identical and unchanged:
        notes.append("the second build rewrites a graph holding blank nodes (the ontology's OWL lists) with "
                     "fresh blank-node labels: same graph up to blank-node names, not the same quads")
    return {"clippings": n, "cases": cases, "notes": notes, "store_unchanged": unchanged,
            "store_byte_identical": identical,
            "target": "second build: 0 new and store unchanged; +10 files: only those processed",
            "met": all(c.get("met") for c in cases[1:])}
