"""The whole pipeline on the example page: structure, determinism, bad input, incremental store builds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from veillegraph import _vocab as V
from veillegraph import store as st
from veillegraph.pipeline import build_into_store, build_to_file

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "fondapol-ia-securite.txt"


def select(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in V.PREFIXES.items())
    res = store.query(prefixes + query, use_default_graph_as_union=True)
    return sorted(tuple(t.value if t is not None else "" for t in row) for row in res)  # type: ignore[union-attr]


def test_one_named_graph_per_clipping(example_store: ox.Store) -> None:
    ids = select(example_store, "SELECT ?id WHERE { ?c a vg:Clipping ; dct:identifier ?id }")
    assert [i[0] for i in ids] == [f"s{n:02d}" for n in range(1, 27)]
    graphs = set(st.graph_names(example_store))
    clipping_graphs = {g for g in graphs if g.startswith(str(V.GRAPH) + "clipping/")}
    assert len(clipping_graphs) == 26
    assert {V.REFERENCE_GRAPH.value, V.ONTOLOGY_GRAPH.value, V.PROVENANCE_GRAPH.value} <= graphs


def test_duplicates_fold_and_notes_attach(example_store: ox.Store) -> None:
    occ = select(example_store, """SELECT ?id (COUNT(?o) AS ?n) WHERE {
        ?c dct:identifier ?id ; vg:occurrence ?o } GROUP BY ?id HAVING (COUNT(?o) > 1)""")
    assert occ == [("s01", "3")]
    notes = select(example_store, "SELECT ?id ?note WHERE { ?c dct:identifier ?id ; skos:editorialNote ?note }")
    assert [n[0] for n in notes] == ["s06", "s12"]
    assert "centre de documentation" in notes[0][1]


def test_evidence_quotes_the_clipping_text_at_its_offsets(example_store: ox.Store) -> None:
    rows = select(example_store, """SELECT ?text ?exact ?start ?end WHERE {
        ?e a vg:Event ; vg:evidence/oa:hasTarget ?t .
        ?t oa:hasSource/vg:text ?text ; oa:hasSelector ?q, ?p .
        ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end }""")
    assert rows, "the example page reports events"
    for text, exact, start, end in rows:
        assert text[int(start):int(end)] == exact


def test_no_blank_nodes_anywhere(example_trig: Path) -> None:
    """Events, evidence and entities are addressable; ontology lists are skolemised."""
    s = st.read_dataset(example_trig)
    assert not any(isinstance(t, ox.BlankNode) for q in s for t in (q.subject, q.object))


def test_byte_identical_across_processes(example_trig: Path, tmp_path: Path) -> None:
    out = tmp_path / "other-process.trig"
    proc = _cli("build", str(EXAMPLE), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == example_trig.read_bytes()


def test_build_is_byte_identical(example_trig: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.trig"
    build_to_file([str(EXAMPLE)], str(again))
    assert again.read_bytes() == example_trig.read_bytes()


def test_parallel_build_is_byte_identical(example_trig: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--jobs 2`` forks two workers that each run the whole extractor on chunks of clippings; the
    chunks come back in input order, so the output is the serial one byte for byte."""
    from veillegraph.extract import core

    monkeypatch.setattr(core, "FORK_CHUNK", 2)  # many small chunks: more in flight than workers
    out = tmp_path / "parallel.trig"
    build_to_file([str(EXAMPLE)], str(out), jobs=2)
    assert out.read_bytes() == example_trig.read_bytes()
    proc = _cli("build", str(EXAMPLE), "--jobs", "2", "--output", str(tmp_path / "cli.trig"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "cli.trig").read_bytes() == example_trig.read_bytes()


def _events(store: ox.Store) -> list[tuple[str, ...]]:
    return select(store, """SELECT ?id ?type ?agent ?objtext ?date ?amount ?count ?mod WHERE {
        ?e a vg:Event ; vg:reportedIn/dct:identifier ?id ; vg:eventType ?type ; vg:modality ?mod .
        OPTIONAL { ?e vg:agent ?agent } OPTIONAL { ?e vg:objectText ?objtext } OPTIONAL { ?e vg:date ?date }
        OPTIONAL { ?e vg:amount ?amount } OPTIONAL { ?e vg:count ?count } }""")


def test_page_dump_and_json_lines_give_the_same_events(shared: Path, example_store: ox.Store, tmp_path: Path) -> None:
    gold = shared / "gold" / "fondapol-ia-securite.jsonl"
    stripped = tmp_path / "example.jsonl"
    with gold.open(encoding="utf-8") as src, stripped.open("w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            record.pop("events")
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    out = tmp_path / "jsonl.trig"
    build_to_file([str(stripped)], str(out))
    assert _events(st.read_dataset(out)) == _events(example_store)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "veillegraph", *args], capture_output=True, text=True, timeout=600)


def test_bad_inputs_are_rejected_and_good_records_go_through(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"id": "ok1", "text": "Le Conseil d'État a rejeté le recours le 30 décembre 2024."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "ok2", "text": "La CNIL a publié un rapport."}) + "\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    missing = tmp_path / "missing.jsonl"
    out = tmp_path / "g.trig"
    proc = _cli("build", str(good), str(empty), str(binary), str(missing), "--output", str(out))
    assert proc.returncode == 1, proc.stderr
    assert f"{good}:2" in proc.stderr or "good.jsonl:2" in proc.stderr
    for path in (empty, binary, missing):
        assert path.name in proc.stderr
    rejects = [json.loads(line) for line in Path(str(out) + ".rejects.jsonl").read_text().splitlines()]
    assert len(rejects) == 4
    assert {r["reason"] for r in rejects} >= {"invalid-json", "empty-file"}
    ids = select(st.read_dataset(out), "SELECT ?id WHERE { ?c a vg:Clipping ; dct:identifier ?id }")
    assert ids == [("ok1",), ("ok2",)]


def test_incremental_store_build(tmp_path: Path) -> None:
    d = tmp_path / "store"
    first = build_into_store([str(EXAMPLE)], str(d))
    assert first.summary.new == 26
    dump1 = st.serialize(st.open_store(d, read_only=True), "nquads")
    second = build_into_store([str(EXAMPLE)], str(d))
    assert second.summary.new == 0
    dump2 = st.serialize(st.open_store(d, read_only=True), "nquads")
    assert dump1 == dump2
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "x1", "text": "La CNIL a mis en demeure la commune de Nice."}) + "\n")
    third = build_into_store([str(EXAMPLE), str(extra)], str(d))
    assert third.summary.new == 1


def test_same_clipping_from_a_second_source_is_one_clipping_with_two_sources(tmp_path: Path) -> None:
    d = tmp_path / "store"
    text = "Le Conseil d'État a rejeté le recours le 30 décembre 2024."
    a = tmp_path / "a.jsonl"
    a.write_text(json.dumps({"id": "a1", "text": text}) + "\n", encoding="utf-8")
    b = tmp_path / "b.jsonl"
    b.write_text(json.dumps({"id": "b7", "text": text.replace("'", "’")}) + "\n", encoding="utf-8")
    build_into_store([str(a)], str(d))
    second = build_into_store([str(b)], str(d))
    assert second.summary.new == 0 and second.summary.duplicates == 1
    s = st.open_store(d, read_only=True)
    rows = select(s, "SELECT ?name WHERE { ?c a vg:Clipping ; vg:occurrence/vg:sourceName ?name }")
    assert rows == [("a.jsonl",), ("b.jsonl",)]
    assert len(select(s, "SELECT ?c WHERE { ?c a vg:Clipping }")) == 1
    del s
    before = st.serialize(st.open_store(d, read_only=True), "nquads")
    build_into_store([str(b)], str(d))
    assert st.serialize(st.open_store(d, read_only=True), "nquads") == before


def test_build_to_stdout_and_query_from_it(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "veillegraph", "build", str(EXAMPLE), "--output", "-"],
                          capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / "from-stdout.trig"
    path.write_bytes(proc.stdout)
    assert len(st.read_dataset(path)) > 100


@pytest.mark.parametrize("fmt", ["ttl", "nq", "jsonld"])
def test_other_output_formats(fmt: str, example_trig: Path, tmp_path: Path) -> None:
    out = tmp_path / f"g.{fmt}"
    build_to_file([str(EXAMPLE)], str(out))
    back = st.read_dataset(out)
    ref = st.read_dataset(example_trig)
    assert {(q.subject, q.predicate, q.object) for q in back} == {(q.subject, q.predicate, q.object) for q in ref}


def _events_by_text(store: ox.Store) -> list[tuple[str, ...]]:
    """Events keyed by their clipping's text (sources number their clippings differently)."""
    return select(store, """SELECT ?text ?type ?agent ?objtext ?date ?amount ?count ?mod WHERE {
        ?e a vg:Event ; vg:reportedIn/vg:text ?text ; vg:eventType ?type ; vg:modality ?mod .
        FILTER NOT EXISTS { ?e vg:report ?r }
        OPTIONAL { ?e vg:agent ?agent } OPTIONAL { ?e vg:objectText ?objtext } OPTIONAL { ?e vg:date ?date }
        OPTIONAL { ?e vg:amount ?amount } OPTIONAL { ?e vg:count ?count } }""")


@pytest.mark.parametrize("name", ["example-page.jsonl", "example-page.rss"])
def test_example_page_from_json_lines_and_rss_gives_the_same_events(name: str, example_store: ox.Store,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "other.trig"
    build_to_file([str(REPO / "tests" / "fixtures" / "ingest" / name)], str(out))
    assert _events_by_text(st.read_dataset(out)) == _events_by_text(example_store)


def test_a_dead_extraction_worker_fails_the_build_instead_of_hanging(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed mid-chunk (out of memory, a signal) makes ``--jobs 2`` fail with a coded error naming the
    clippings it held; the store keeps no part of that chunk and a rerun resumes."""
    import gc
    import os

    from veillegraph._errors import VeillegraphError
    from veillegraph.extract import core

    def die(self: object, chunk: list[object], n_process: int) -> list[object]:
        os._exit(9)  # in the forked worker, which inherits the patched class

    monkeypatch.setattr(core.Extractor, "_run", die)
    with pytest.raises(VeillegraphError, match=r"worker process died") as info:
        build_into_store([str(EXAMPLE)], str(tmp_path / "store"), jobs=2)
    assert info.value.code == "VG030"
    monkeypatch.undo()
    del info  # its traceback holds the store open (pyoxigraph releases the lock when the store is collected)
    gc.collect()
    again = build_into_store([str(EXAMPLE)], str(tmp_path / "store"), jobs=2)
    assert again.summary.events > 0
