"""Reading and writing datasets: determinism, formats, clear errors."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veillegraph import store
from veillegraph._errors import InputError, StoreError

G1 = ox.NamedNode("https://w3id.org/veillegraph/graph/clipping/a")
G2 = ox.NamedNode("https://w3id.org/veillegraph/graph/reference")
S = ox.NamedNode("https://w3id.org/veillegraph/id/event/1")
P = ox.NamedNode("https://w3id.org/veillegraph/ontology#dateText")


def quads() -> list[ox.Quad]:
    return [
        ox.Quad(S, P, ox.Literal("le 30 décembre 2024"), G1),
        ox.Quad(S, P, ox.Literal('a "quoted" \\ text\n'), G1),
        ox.Quad(ox.NamedNode("https://w3id.org/veillegraph/id/actor/cnil"), P, ox.Literal("CNIL", language="fr"), G2),
    ]


@pytest.mark.parametrize("fmt", sorted(store.FORMATS))
def test_round_trip_every_format(tmp_path: Path, fmt: str) -> None:
    ext = store.FORMATS[fmt][1][0]
    path = tmp_path / f"g{ext}"
    store.write_dataset(quads(), path)
    back = store.read_dataset(path)
    triples = {(q.subject, q.predicate, q.object) for q in back}
    assert triples == {(q.subject, q.predicate, q.object) for q in quads()}
    if fmt in ("trig", "nquads", "jsonld"):
        assert set(back) == set(quads())


def test_output_is_byte_identical_whatever_the_input_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a.trig", tmp_path / "b.trig"
    store.write_dataset(quads(), a)
    store.write_dataset(list(reversed(quads())) + quads(), b)
    assert a.read_bytes() == b.read_bytes()
    text = a.read_text()
    prefix_lines = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert prefix_lines == sorted(prefix_lines) and prefix_lines
    # reference graph first, then clipping graphs
    assert text.index("graph:reference {") < text.index("cgraph:a {")


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=30), st.sampled_from(["", "fr", "en"])), min_size=1, max_size=8))
def test_round_trip_random_literals(tmp_path_factory: pytest.TempPathFactory, values: list[tuple[str, str]]) -> None:
    qs = [ox.Quad(S, P, ox.Literal(v, language=lang or None), G1) for v, lang in values]
    path = tmp_path_factory.mktemp("rt") / "g.trig"
    store.write_dataset(qs, path)
    assert set(store.read_dataset(path)) == set(qs)


def test_unknown_extension_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\.xyz"):
        store.write_dataset(quads(), tmp_path / "g.xyz")


@pytest.mark.parametrize(
    ("content", "reason"), [(None, "missing-file"), (b"", "empty-file"), (b"<a> <b> .", "bad-rdf"),
                            (b"\x89PNG\r\n\x1a\n\x00\x00", "bad-rdf")]
)
def test_bad_graph_files(tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "g.trig"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as err:
        store.read_dataset(path)
    assert err.value.reason == reason
    assert str(path) in str(err.value)


def test_embedded_store_persists_and_opens_read_only(tmp_path: Path) -> None:
    d = tmp_path / "store"
    s = store.open_store(d)
    store.add_graph(s, quads())
    s.flush()
    del s
    ro = store.open_store(d, read_only=True)
    assert len(ro) == 3
    assert set(store.graph_names(ro)) == {G1.value, G2.value}


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="veillegraph build --store"):
        store.open_store(tmp_path / "nope", read_only=True)


def test_graph_writer_writes_whole_graphs_in_batches(tmp_path: Path) -> None:
    s = store.open_store(tmp_path / "s")
    graphs = []
    for n in range(10):
        g = ox.NamedNode(f"https://w3id.org/veillegraph/graph/clipping/{n}")
        graphs.append([ox.Quad(S, P, ox.Literal(f"{n}-{i}"), g) for i in range(3)])
    writer = store.GraphWriter(s, batch_quads=7)
    for quads in graphs[:5]:
        writer.add(quads)
    # batches close on whole graphs: after 5 graphs of 3 quads with batches of >= 7 quads, 3 graphs are written
    assert writer.graphs_written == 3 and len(s) == 9
    with writer:
        for quads in graphs[5:]:
            writer.add(quads)
    assert writer.graphs_written == 10 and len(s) == 30


def test_graph_writer_drops_the_pending_batch_on_error(tmp_path: Path) -> None:
    s = store.open_store(tmp_path / "s")
    g = ox.NamedNode("https://w3id.org/veillegraph/graph/clipping/x")
    with pytest.raises(RuntimeError), store.GraphWriter(s) as writer:
        writer.add([ox.Quad(S, P, ox.Literal("x"), g)])
        raise RuntimeError("killed mid-build")
    assert len(s) == 0


# --- the write journal: bulk-loaded batches are all or nothing once the store is opened again ---

class _Killed(Exception):
    pass


class _Crashing:
    """A store whose bulk load is interrupted: half the quads written (``half``) or all of them but
    the journal left behind (``all``), as a SIGKILL at those points would leave it."""

    def __init__(self, real: ox.Store, mode: str) -> None:
        self.real, self.mode = real, mode

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def __contains__(self, q: ox.Quad) -> bool:
        return q in self.real

    def bulk_extend(self, quads: list[ox.Quad]) -> None:
        quads = list(quads)
        self.real.bulk_extend(quads if self.mode == "all" else quads[: len(quads) // 2])
        raise _Killed


def _batch(n_graphs: int, per_graph: int) -> list[ox.Quad]:
    out = []
    for n in range(n_graphs):
        g = ox.NamedNode(f"https://w3id.org/veillegraph/graph/clipping/b{n}")
        out += [ox.Quad(S, P, ox.Literal(f"{n}-{i}"), g) for i in range(per_graph)]
    return out


def _graphs(s: ox.Store) -> set[str]:
    return set(store.graph_names(s))


@pytest.mark.parametrize("mode", ["half", "all"])
def test_an_interrupted_bulk_batch_is_undone_or_kept_whole(tmp_path: Path, mode: str) -> None:
    d = tmp_path / "s"
    s = store.open_store(d)
    store.add_graph(s, quads())  # an older clipping graph and the reference graph
    before = set(s)
    # the batch: 40 new graphs in bulk, plus a quad for a graph that exists (like provenance)
    old = ox.Quad(S, P, ox.Literal("added to an old graph"), G1)
    batch = [*_batch(40, 10), old]
    with pytest.raises(_Killed):
        store.add_graph(_Crashing(s, mode), batch)  # type: ignore[arg-type]
    assert any(q.graph_name == store.JOURNAL_GRAPH for q in s)  # the journal names the batch
    del s
    s = store.open_store(d)  # recovery
    assert not any(q.graph_name == store.JOURNAL_GRAPH for q in s)
    if mode == "half":
        assert set(s) == before  # the store as before the batch, the old graph without its addition
    else:
        assert set(s) == before | set(batch)  # the batch was complete: kept whole
    # and the next write of the same batch completes it
    store.add_graph(s, batch)
    assert set(s) == before | set(batch)
    assert not any(q.graph_name == store.JOURNAL_GRAPH for q in s)


def test_bulk_batches_and_small_ones_give_the_same_store(tmp_path: Path) -> None:
    batch = _batch(60, 10)
    assert len(batch) >= store.BULK_MIN_QUADS
    big = store.open_store(tmp_path / "big")
    store.add_graph(big, batch)
    small = store.open_store(tmp_path / "small")
    for i in range(0, len(batch), 10):
        store.add_graph(small, batch[i:i + 10])  # below the bulk threshold: transactions
    assert set(big) == set(small) == set(batch)
    assert _graphs(big) == _graphs(small)


# --- durability order of a bulk batch -------------------------------------------------

class _Recording:
    """A store that records the writes a bulk batch makes, and what the real store holds at each one."""

    def __init__(self, real: ox.Store) -> None:
        self.real = real
        self.calls: list[tuple[str, bool, int]] = []  # (call, journal entry held, quads of new graphs held)

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def __contains__(self, q: ox.Quad) -> bool:
        return q in self.real

    def _note(self, name: str) -> None:
        journal = any(True for _ in self.real.quads_for_pattern(None, None, None, store.JOURNAL_GRAPH))
        fresh = sum(1 for q in self.real if q.graph_name.value.split("/")[-1].startswith("b"))  # type: ignore[union-attr]
        self.calls.append((name, journal, fresh))

    def extend(self, quads: list[ox.Quad]) -> None:
        self._note("extend")
        self.real.extend(quads)

    def bulk_extend(self, quads: list[ox.Quad]) -> None:
        self._note("bulk_extend")
        self.real.bulk_extend(quads)

    def flush(self) -> None:
        self._note("flush")
        self.real.flush()

    def update(self, text: str) -> None:
        self._note("update")
        self.real.update(text)


def test_a_bulk_batch_flushes_the_journal_first_and_the_data_before_dropping_it(tmp_path: Path) -> None:
    s = store.open_store(tmp_path / "s")
    store.add_graph(s, quads())
    batch = [*_batch(40, 10), ox.Quad(S, P, ox.Literal("added to an old graph"), G1)]
    rec = _Recording(s)
    store.add_graph(rec, batch)  # type: ignore[arg-type]
    names = [c[0] for c in rec.calls]
    assert names == ["extend", "flush", "bulk_extend", "flush", "update"]
    _, (_, journal_at_flush, _), (_, journal_at_bulk, fresh_at_bulk), (_, _, fresh_at_flush), \
        (_, journal_at_drop, fresh_at_drop) = rec.calls
    assert journal_at_flush and journal_at_bulk and fresh_at_bulk == 0  # the journal is flushed before the load
    assert fresh_at_flush == fresh_at_drop == 400 and journal_at_drop  # the data is flushed before the drop
    assert store.pending_batch(s) is None and set(batch) <= set(s)


# --- a read-only reader after a real kill ---------------------------------------------

#: Writes an older clipping graph, then a bulk batch of 40 new graphs, and SIGKILLs itself in the middle of
#: the bulk load (``half``: after half of its quads) or right after it (``all``: before the journal is dropped).
KILLED_WRITER = r"""
import os, signal, sys
import pyoxigraph as ox
from veillegraph import store as S

directory, mode = sys.argv[1], sys.argv[2]
G1 = ox.NamedNode("https://w3id.org/veillegraph/graph/clipping/a")
P = ox.NamedNode("https://w3id.org/veillegraph/ontology#dateText")
s = S.open_store(directory)
S.add_graph(s, [ox.Quad(ox.NamedNode("https://w3id.org/veillegraph/id/event/1"), P, ox.Literal("old"), G1)])
s.flush()
batch = [ox.Quad(ox.NamedNode(f"https://w3id.org/veillegraph/id/event/b{n}"), P, ox.Literal(f"{n}-{i}"),
                 ox.NamedNode(f"https://w3id.org/veillegraph/graph/clipping/b{n}"))
         for n in range(40) for i in range(10)]

class Killed:
    def __init__(self, real):
        self.real = real
    def __getattr__(self, name):
        return getattr(self.real, name)
    def __contains__(self, q):
        return q in self.real
    def bulk_extend(self, quads):
        quads = list(quads)
        self.real.bulk_extend(quads if mode == "all" else quads[: len(quads) // 2])
        os.kill(os.getpid(), signal.SIGKILL)

S.add_graph(Killed(s), batch)
"""


@pytest.mark.parametrize("mode", ["half", "all"])
def test_a_read_only_reader_after_a_kill_sees_committed_clippings_only(
        tmp_path: Path, mode: str, capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess
    import sys

    d = tmp_path / "s"
    run = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(d), mode], capture_output=True, timeout=120)
    assert run.returncode == -9, run.stderr  # killed by SIGKILL
    old = {"https://w3id.org/veillegraph/graph/clipping/a"}
    batch = {f"https://w3id.org/veillegraph/graph/clipping/b{n}" for n in range(40)}
    if mode == "half":
        # the reader would see 20 graphs that the next build drops: it is refused, with what to do
        with pytest.raises(StoreError, match=r"batch of 40 clipping graphs.*veillegraph build --store") as err:
            store.open_store(d, read_only=True)
        assert err.value.code == "VG405"
        # a read-only server refuses it too, before Oxigraph's server process starts
        from veillegraph import cli
        assert cli.main(["serve", "--store", str(d), "--bind", "127.0.0.1:7999"]) != 0
        assert "batch of 40 clipping graphs" in capsys.readouterr().err
        expected = old
    else:
        # the batch is whole: the next build keeps it, so a reader may see it already
        ro = store.open_store(d, read_only=True)
        assert _graphs(ro) - {store.JOURNAL_GRAPH.value} == old | batch
        del ro
        expected = old | batch
    rw = store.open_store(d)  # recovery
    assert _graphs(rw) == expected
    del rw
    assert _graphs(store.open_store(d, read_only=True)) == expected
