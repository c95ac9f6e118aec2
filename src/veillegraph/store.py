"""Reading, writing and storing RDF datasets.

* ``read_dataset(path)``: a TriG/Turtle/N-Quads/N-Triples/JSON-LD file into an
  in-memory ``pyoxigraph.Store``;
* ``write_dataset(quads, path)``: deterministic serialisation (quads sorted,
  fixed prefixes), so the same input gives byte-identical files;
* ``open_store(directory)``: the embedded on-disk store (Oxigraph/RocksDB) used
  by ``--store DIR``; each clipping's named graph is written in one transaction.

Queries everywhere run with the default graph as the union of the named graphs.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from . import _vocab as V
from ._errors import InputError, StoreError
from ._files import atomic_write

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
            return ox.Store.read_only(str(d))
        d.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(d))
    except OSError as exc:
        raise StoreError(f"{d}: cannot open the store: {exc}", code="VG403") from exc


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


def add_graph(store: ox.Store, quads: list[ox.Quad]) -> None:
    """Add one clipping's quads in a single transaction: all of them or none."""
    try:
        store.extend(quads)
    except OSError as exc:
        raise StoreError(f"cannot write to the store: {exc}", code="VG404") from exc


class GraphWriter:
    """Adds clipping graphs to a store in batches; each batch is one transaction.

    A batch holds whole clipping graphs only, so an interrupted build leaves the
    store with whole clippings (the ones of the batches written) and nothing
    half-written. Batching amortises the per-transaction cost (about 0.6 ms).
    Use as a context manager, or call ``flush()`` at the end.
    """

    def __init__(self, store: ox.Store, *, batch_quads: int = 20_000) -> None:
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
