"""Reading, writing and storing RDF datasets.

* ``read_dataset(path)``: a TriG/Turtle/N-Quads/N-Triples/JSON-LD file into an
  in-memory ``pyoxigraph.Store``;
* ``write_dataset(quads, path)``: deterministic serialisation (quads sorted,
  fixed prefixes), so the same input gives byte-identical files;
* ``open_store(directory)``: the embedded on-disk store (Oxigraph/RocksDB) used
  by ``--store DIR``; whole clipping graphs are written in batches, each all or
  nothing (``add_graph``: a transaction, or the bulk loader under a write journal
  that ``recover`` finishes or undoes when the store is opened again; a read-only
  open refuses a store whose journal holds a partial batch, see ``pending_batch``).

Queries everywhere run with the default graph as the union of the named graphs.
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from . import _vocab as V
from ._errors import InputError, StoreError
from ._files import atomic_write

log = logging.getLogger("veillegraph")

#: Serialisation formats by name, with their file extensions.
FORMATS: dict[str, tuple[ox.RdfFormat, tuple[str, ...]]] = {
    "trig": (ox.RdfFormat.TRIG, (".trig",)),
    "turtle": (ox.RdfFormat.TURTLE, (".ttl", ".turtle")),
    "nquads": (ox.RdfFormat.N_QUADS, (".nq", ".nquads")),
    "ntriples": (ox.RdfFormat.N_TRIPLES, (".nt",)),
    "jsonld": (ox.RdfFormat.JSON_LD, (".jsonld", ".json")),
}
_QUAD_FORMATS = {"trig", "nquads", "jsonld"}
_GRAPH_ORDER = {V.ONTOLOGY_GRAPH.value: 0, V.REFERENCE_GRAPH.value: 1, V.PROVENANCE_GRAPH.value: 2}


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """The format name for ``path`` (by extension) unless ``explicit`` is given."""
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"unknown RDF format {explicit!r}; choose one of {', '.join(FORMATS)}",
                             source=str(path), reason="unknown-format", code="VG110")
        return explicit
    suffix = Path(str(path)).suffix.lower()
    for name, (_, exts) in FORMATS.items():
        if suffix in exts:
            return name
    raise InputError(
        f"cannot tell the RDF format from the extension {suffix or '(none)'!r}; "
        f"use one of {', '.join(e for _, es in FORMATS.values() for e in es)} or pass --format",
        source=str(path), reason="unknown-format", code="VG111",
    )


def _sort_key(q: ox.Quad) -> tuple[int, str, str, str, str]:
    g = q.graph_name
    gv = g.value if isinstance(g, ox.NamedNode) else ""
    return (_GRAPH_ORDER.get(gv, 3), gv, str(q.subject), str(q.predicate), str(q.object))


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads without duplicates in a canonical order (graph, subject, predicate, object)."""
    return sorted(set(quads), key=_sort_key)


def serialize(quads: Iterable[ox.Quad], fmt: str = "trig") -> bytes:
    """Serialise deterministically. Triple formats get the union of the graphs."""
    rdf_format = FORMATS[fmt][0]
    ordered = sorted_quads(quads)
    prefixes = V.PREFIXES if fmt in ("trig", "turtle") else None
    if fmt in _QUAD_FORMATS:
        data = ox.serialize(ordered, format=rdf_format, prefixes=prefixes)
    else:
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in ordered},
                         key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        data = ox.serialize(triples, format=rdf_format, prefixes=prefixes)
    assert data is not None
    if prefixes:
        data = _sort_prefix_lines(data)
    return data


def _sort_prefix_lines(data: bytes) -> bytes:
    """Oxigraph writes ``@prefix`` lines in hash order; put them in a fixed order."""
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def write_dataset(quads: Iterable[ox.Quad], path: str | Path, fmt: str | None = None) -> None:
    """Write ``quads`` to ``path`` (``-`` for stdout) in ``fmt`` or the format of the extension."""
    if str(path) == "-":
        sys.stdout.buffer.write(serialize(quads, fmt or "trig"))
        sys.stdout.buffer.flush()
        return
    data = serialize(quads, format_for(path, fmt))
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}", code="VG401") from exc


def read_dataset(path: str | Path, fmt: str | None = None, *, into: ox.Store | None = None) -> ox.Store:
    """Load an RDF file (or ``-`` for stdin, TriG by default) into an in-memory store."""
    store = into if into is not None else ox.Store()
    name = str(path)
    fmt_name = fmt or ("trig" if name == "-" else format_for(path))
    rdf_format = FORMATS[fmt_name][0]
    try:
        if name == "-":
            stream: BinaryIO = io.BytesIO(sys.stdin.buffer.read())
            store.bulk_load(input=stream, format=rdf_format)
        else:
            p = Path(path)
            if not p.is_file():
                raise InputError("no such file; check the path", source=name, reason="missing-file", code="VG101")
            if p.stat().st_size == 0:
                raise InputError("the file is empty; build a graph first with 'veillegraph build'",
                                 source=name, reason="empty-file", code="VG102")
            store.bulk_load(path=str(p), format=rdf_format)
    except SyntaxError as exc:
        raise InputError(f"not valid {fmt_name}: {exc}", source=name, reason="bad-rdf", code="VG112") from exc
    except (ValueError, OSError) as exc:
        raise InputError(f"cannot read as {fmt_name}: {exc}", source=name, reason="bad-rdf", code="VG112") from exc
    return store


def open_store(directory: str | Path, *, read_only: bool = False, create: bool = True) -> ox.Store:
    """Open (or create) the embedded on-disk store in ``directory``."""
    d = Path(directory)
    if (read_only or not create) and not d.is_dir():
        raise StoreError(f"{d}: no store here; create one with 'veillegraph build --store {d} INPUT...'",
                         code="VG402")
    try:
        if read_only:
            ro = ox.Store.read_only(str(d))
        else:
            d.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(d))
    except OSError as exc:
        raise StoreError(f"{d}: cannot open the store: {exc}", code="VG403") from exc
    if read_only:
        _refuse_partial_batch(ro, d)
        return ro
    done = recover(store)
    if done:
        log.warning("%s: %s", d, done)
    return store


def open_source(data: str | None = None, store: str | None = None) -> ox.Store:
    """The dataset a command reads: ``--data FILE`` (in memory) or ``--store DIR`` (read only)."""
    if (data is None) == (store is None):
        raise InputError("give exactly one of a graph file (--data/GRAPH) or --store DIR",
                         source="<arguments>", reason="usage", code="VG103")
    if store is not None:
        return open_store(store, read_only=True)
    assert data is not None
    return read_dataset(data)


def graph_names(store: ox.Store) -> Iterator[str]:
    for g in store.named_graphs():
        if isinstance(g, ox.NamedNode):
            yield g.value


#: The write journal: while a batch of new graphs is bulk-loaded, this graph names them, so that a
#: store opened after a kill can finish or undo the batch (``recover``). Empty between batches.
JOURNAL_GRAPH = V.GRAPH["write-journal"]
_J = "https://w3id.org/veillegraph/journal#"
_J_BATCH = ox.NamedNode(_J + "batch")
_J_GRAPH = ox.NamedNode(_J + "graph")    # batch -> a graph the batch creates
_J_QUADS = ox.NamedNode(_J + "quads")    # batch -> how many quads those graphs hold when the batch is complete
_J_ADDED = ox.NamedNode(_J + "added")    # batch -> N-Quads the batch added to graphs that existed before it

#: Below this many quads in new graphs a batch is one ordinary transaction (``Store.extend``); from it
#: on, the new graphs go through the bulk loader under the journal. The bulk loader writes sorted files
#: and ingests them (about 2× faster than a transaction here) but is documented as not atomic.
BULK_MIN_QUADS = 256

#: Quads per batch of ``GraphWriter`` (about 6,000 clippings; well under the bulk loader's own
#: batch of 1,000,000 quads, so that one batch is one ingestion of sorted files).
BATCH_QUADS = 250_000


def _durable(store: ox.Store) -> None:
    """Make every write so far reach the disk (RocksDB memtables and write-ahead log; ``Store.flush``)."""
    store.flush()


def add_graph(store: ox.Store, quads: list[ox.Quad]) -> None:
    """Add whole graphs, all of them or none (as seen by the next ``open_store``).

    Quads of graphs the store does not hold yet are bulk-loaded under the write journal when they
    are many (``BULK_MIN_QUADS``); the rest (quads of graphs that exist, a few new quads) are one
    transaction. A kill at any point leaves either the store as before or the whole batch, once
    ``recover`` has run (``open_store`` runs it).

    Order of a bulk batch, for a power loss as well as a kill: the journal transaction is flushed to
    disk before the bulk load starts, and the bulk-loaded graphs are flushed before the journal entry
    is dropped; so the disk never holds bulk-loaded graphs without the journal entry that names them.
    """
    fresh: list[ox.Quad] = []
    other: list[ox.Quad] = []
    known: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, bool] = {}
    for q in quads:
        g = q.graph_name
        is_new = known.get(g)
        if is_new is None:
            is_new = known[g] = isinstance(g, ox.NamedNode) and not store.contains_named_graph(g)
        (fresh if is_new else other).append(q)
    try:
        if len(fresh) < BULK_MIN_QUADS:
            store.extend(quads)
            return
        added = [q for q in set(other) if q not in store]
        journal = [ox.Quad(_J_BATCH, _J_GRAPH, g, JOURNAL_GRAPH) for g, new in known.items()
                   if new and isinstance(g, ox.NamedNode)]
        journal.append(ox.Quad(_J_BATCH, _J_QUADS, ox.Literal(str(len(set(fresh))), datatype=V.XSD.integer),
                               JOURNAL_GRAPH))
        if added:
            text = ox.serialize(added, format=ox.RdfFormat.N_QUADS) or b""
            journal.append(ox.Quad(_J_BATCH, _J_ADDED, ox.Literal(text.decode("utf-8")), JOURNAL_GRAPH))
        store.extend(journal + added)  # one transaction: the journal entry and the additions to old graphs
        _durable(store)  # the journal is on disk before any quad of the batch's new graphs
        store.bulk_extend(fresh)
        _durable(store)  # the new graphs are on disk before the journal entry goes
        store.update(f"DROP SILENT GRAPH {JOURNAL_GRAPH}")  # the batch is complete
    except OSError as exc:
        raise StoreError(f"cannot write to the store: {exc}", code="VG404") from exc


def pending_batch(store: ox.Store) -> tuple[list[str], bool] | None:
    """The batch left in the write journal, if any: the graphs it creates, and whether they are whole
    (hold every quad the journal announces; ``recover`` keeps such a batch and drops any other)."""
    entry = list(store.quads_for_pattern(None, None, None, JOURNAL_GRAPH))
    if not entry:
        return None
    graphs = sorted({q.object.value for q in entry if q.predicate == _J_GRAPH and isinstance(q.object, ox.NamedNode)})
    expected = next((int(q.object.value) for q in entry
                     if q.predicate == _J_QUADS and isinstance(q.object, ox.Literal)), -1)
    held = sum(1 for g in graphs for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
    return graphs, held == expected


def _refuse_partial_batch(store: ox.Store, directory: Path) -> None:
    """A read-only reader must not see a batch that the next read-write open will drop: refuse to open."""
    pending = pending_batch(store)
    if pending is None or pending[1]:
        return  # nothing pending, or a whole batch that recovery keeps: what the reader sees is committed
    graphs = pending[0]
    raise StoreError(
        f"{directory}: a build was interrupted (or is still running) while writing a batch of {len(graphs)} "
        f"clipping graphs ({graphs[0] if graphs else 'none'} …); the store is not consistent until that batch "
        f"is undone. Run 'veillegraph build --store {directory}' with the inputs again (it undoes the partial "
        "batch, then adds the missing clippings), then read the store again", code="VG405")


def recover(store: ox.Store) -> str | None:
    """Finish or undo a batch that a killed build left in the write journal; what was done, if anything.

    A batch whose new graphs hold all their quads is kept (only the journal entry is removed);
    otherwise its new graphs are dropped and its additions to older graphs deleted, in one update.
    """
    pending = pending_batch(store)
    if pending is None:
        return None
    graphs, whole = pending
    entry = list(store.quads_for_pattern(None, None, None, JOURNAL_GRAPH))
    ops: list[str] = []
    if whole:
        outcome = f"kept a batch of {len(graphs)} graphs left by an interrupted build"
    else:
        outcome = f"dropped a partial batch of {len(graphs)} graphs left by an interrupted build"
        ops.extend(f"DROP SILENT GRAPH <{g}>" for g in graphs)
        for q in entry:
            if q.predicate == _J_ADDED and isinstance(q.object, ox.Literal):
                body = " ".join(f"GRAPH {a.graph_name} {{ {a.subject} {a.predicate} {a.object} }}"
                                for a in ox.parse(q.object.value.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
                                if isinstance(a, ox.Quad))
                ops.append(f"DELETE DATA {{ {body} }}")
    ops.append(f"DROP SILENT GRAPH {JOURNAL_GRAPH}")
    try:
        store.update(" ;\n".join(ops))
    except OSError as exc:
        raise StoreError(f"cannot repair the store after an interrupted build: {exc}", code="VG404") from exc
    return outcome


class GraphWriter:
    """Adds clipping graphs to a store in batches; each batch is all or nothing (``add_graph``).

    A batch holds whole clipping graphs only, so an interrupted build leaves the
    store with whole clippings (the ones of the batches written) and nothing
    half-written. Big batches of new graphs go through the bulk loader under the
    write journal, at about the speed of a raw bulk load; the batch size bounds
    the memory held and the work a kill can lose.
    Use as a context manager, or call ``flush()`` at the end.
    """

    def __init__(self, store: ox.Store, *, batch_quads: int = BATCH_QUADS) -> None:
        self.store = store
        self.batch_quads = batch_quads
        self._pending: list[ox.Quad] = []
        self.graphs_written = 0
        self._graphs_pending = 0

    def add(self, quads: list[ox.Quad]) -> None:
        """Queue one clipping's whole graph; write the batch when it is full."""
        self._pending.extend(quads)
        self._graphs_pending += 1
        if len(self._pending) >= self.batch_quads:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            add_graph(self.store, self._pending)
            self.graphs_written += self._graphs_pending
        self._pending = []
        self._graphs_pending = 0

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.flush()
