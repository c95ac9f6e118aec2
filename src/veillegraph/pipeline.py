"""The whole pipeline in one call: ingest → extract/link → build → write.

``build_to_file`` writes a dataset file; ``build_into_store`` adds only the
clippings a store does not hold yet, in batches of whole clipping graphs that are
each written all or nothing (``store.add_graph`` and its write journal), so a
killed build leaves whole clippings only and the next one finishes the work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from . import _vocab as V
from . import merge, mint
from . import store as _store
from ._errors import StoreError
from .build import (
    BuildSummary,
    clipping_quads,
    generated_by,
    knowledge_quads,
    near_duplicate_quads,
    occurrence_quads,
    provenance_quads,
    run_for,
    run_quads,
)
from .knowledge import Knowledge, default_knowledge
from .model import Clipping

if TYPE_CHECKING:
    from .extract import Extractor
    from .ingest import Reject

log = logging.getLogger("veillegraph")

#: Called with (clippings done, clippings to do) as a build goes.
Progress = Callable[[int, int], None]


def _no_progress(done: int, total: int) -> None:
    return None


@dataclass
class BuildOutcome:
    summary: BuildSummary
    rejects: list[Reject] = field(default_factory=list)


def _read(inputs: Sequence[str], reader: str | None, outcome: BuildOutcome) -> list[Clipping]:
    from .ingest import IngestSummary, Reject, read_inputs

    counts = IngestSummary()
    clips: list[Clipping] = []
    for item in read_inputs(list(inputs), reader=reader, summary=counts):
        if isinstance(item, Reject):
            outcome.rejects.append(item)
            where = item.source if item.record is None else f"{item.source}:{item.record}"
            log.error("rejected %s: %s (%s)", where, item.message, item.reason)
        else:
            clips.append(item)
    outcome.summary.read = counts.read
    outcome.summary.rejected = counts.rejected
    outcome.summary.duplicates = counts.duplicates
    outcome.summary.sources = sorted({o.source for c in clips for o in c.origins})
    return clips


def _extractor(knowledge: Knowledge, model: str | None) -> Extractor:
    from .extract import Extractor

    return Extractor(knowledge, model=model) if model else Extractor(knowledge)


def _near_duplicates(clips: list[Clipping]) -> list[tuple[str, str, float]]:
    from .ingest import near_duplicates

    return list(near_duplicates(clips))


def _clipping_graphs(clips: list[Clipping], knowledge: Knowledge, model: str | None, jobs: int,
                     summary: BuildSummary, progress: Progress) -> Iterator[tuple[str, list[ox.Quad]]]:
    if not clips:
        return
    extractor = _extractor(knowledge, model)
    for n, (clip, events) in enumerate(extractor.extract_many(clips, n_process=jobs), start=1):
        summary.events += len(events)
        yield mint.clipping_key(clip.text), clipping_quads(clip, events, knowledge)
        progress(n, len(clips))


def build_to_file(inputs: Sequence[str], output: str, *, fmt: str | None = None, reader: str | None = None,
                  model: str | None = None, jobs: int = 1, knowledge: Knowledge | None = None,
                  progress: Progress = _no_progress, decisions: str | None = None) -> BuildOutcome:
    """Build ``inputs`` into one dataset file (``-`` for stdout).

    ``decisions`` is an analyst's merge decisions file (see ``veillegraph.merge.read_decisions``).
    """
    knowledge = knowledge or default_knowledge()
    outcome = BuildOutcome(BuildSummary())
    if output != "-":
        _store.format_for(output, fmt)  # fail on a bad extension before the slow work
    clips = _read(inputs, reader, outcome)
    quads: list[ox.Quad] = list(knowledge_quads(knowledge))
    keys = []
    for key, cq in _clipping_graphs(clips, knowledge, model, jobs, outcome.summary, progress):
        keys.append(key)
        quads.extend(cq)
    pairs = _near_duplicates(clips)
    outcome.summary.near_duplicates = len(pairs)
    quads.extend(near_duplicate_quads(pairs))
    quads.extend(provenance_quads(keys, outcome.summary.sources))
    outcome.summary.new = len(keys)
    mem = ox.Store()
    mem.extend(quads)
    merges = merge.merge_quads(mem, merge.read_decisions(decisions) if decisions else None)
    outcome.summary.merged = len({q.subject for q in merges if q.predicate == merge.CANONICAL_EVENT})
    quads.extend(merges)
    _store.write_dataset(quads, output, fmt)
    return outcome


def build_into_store(inputs: Sequence[str], directory: str, *, reader: str | None = None,
                     model: str | None = None, jobs: int = 1, knowledge: Knowledge | None = None,
                     progress: Progress = _no_progress, decisions: str | None = None) -> BuildOutcome:
    """Add the clippings of ``inputs`` that ``directory``'s store does not hold yet.

    Event merges across clippings are recomputed when something was added (or
    when a decisions file is given) and the ``graph/merges`` graph replaced in one update.
    """
    knowledge = knowledge or default_knowledge()
    outcome = BuildOutcome(BuildSummary())
    store = _store.open_store(directory)
    _sync_knowledge(store, knowledge)
    clips = _read(inputs, reader, outcome)
    held = set(_store.graph_names(store))
    fresh: list[Clipping] = []
    known: list[Clipping] = []
    for c in clips:
        (known if mint.clipping_graph(mint.clipping_key(c.text)).value in held else fresh).append(c)
    for c in known:  # the same clipping read from another source: record where, nothing else changes
        occurrences = occurrence_quads(c)
        if any(q not in store for q in occurrences):
            _store.add_graph(store, occurrences)
    outcome.summary.duplicates += len(known)
    # Everything a clipping brings goes into the store in the same transaction as its graph:
    # its provenance and its near-duplicate links. A killed build leaves whole clippings, and
    # the next build, which skips them, has nothing of theirs left to write.
    fresh_keys = {mint.clipping_key(c.text) for c in fresh}
    run = run_for(fresh_keys)
    pairs = [p for p in _near_duplicates(clips) if p[0] in fresh_keys or p[1] in fresh_keys]
    links: dict[str, list[tuple[str, str, float]]] = {}
    for p in pairs:
        links.setdefault(p[0] if p[0] in fresh_keys else p[1], []).append(p)
    keys = []
    with _store.GraphWriter(store) as writer:  # batches of whole clipping graphs, each all or nothing
        for key, cq in _clipping_graphs(fresh, knowledge, model, jobs, outcome.summary, progress):
            extra = [*run_quads(run, outcome.summary.sources), generated_by(key, run),
                     *near_duplicate_quads(links.get(key, []))]
            writer.add(cq + extra)
            keys.append(key)
    outcome.summary.new = len(keys)
    outcome.summary.near_duplicates = len(pairs)
    # Merges depend on every clipping in the store; recomputing them on each build also
    # finishes the work of a build killed before this step. The mentions of the clippings
    # already in the store come from the merge cache (only the new clippings are read), the
    # clustering runs on all of them, and the update writes only what changed in the merges graph.
    cache = merge.MentionCache(Path(directory) / MERGE_CACHE)
    delta = merge.merge_delta(store, cache, merge.read_decisions(decisions) if decisions else None)
    outcome.summary.merged = delta.merged
    cache.save()  # before the change: its probe quad tells the next build whether the change got in
    _apply_delta(store, delta)
    try:
        store.flush()
    except OSError as exc:
        raise StoreError(f"{directory}: cannot write to the store: {exc}", code="VG404") from exc
    return outcome


def _apply_delta(store: ox.Store, delta: merge.MergeDelta) -> None:
    """Delete and insert the quads of a change of the merges graph, in one update (one transaction)."""
    if not delta.gone and not delta.added:
        return
    try:
        store.update(f"DELETE DATA {{ {_data_block(set(delta.gone))} }} ; "
                     f"INSERT DATA {{ {_data_block(set(delta.added))} }}")
    except OSError as exc:
        raise StoreError(f"cannot write to the store: {exc}; free some space and run the build again "
                         "(the store is unchanged)", code="VG404") from exc


#: The merge cache of a store (``merge.MentionCache``), a file in the store's directory.
MERGE_CACHE = "veillegraph-merge-cache.json"


def _sync_knowledge(store: ox.Store, knowledge: Knowledge) -> None:
    """Replace the ontology and reference graphs when they differ from the packaged knowledge."""
    wanted = set(knowledge_quads(knowledge))
    _replace_graphs(store, wanted, {q.graph_name for q in wanted})


GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


def _replace_graphs(store: ox.Store, quads: Iterable[ox.Quad], graphs: set[GraphName]) -> None:
    """Make ``graphs`` hold exactly ``quads``, in one SPARQL update (one transaction); no-op when equal.

    Only the difference is written (``DELETE DATA`` of the quads that go, ``INSERT DATA`` of the new
    ones), unless a quad that goes holds a blank node (``DELETE DATA`` cannot name one): then the
    graphs are dropped and written again whole.
    """
    wanted = _as_stored(quads)
    held = {q for g in graphs for q in store.quads_for_pattern(None, None, None, g)}
    if held == wanted:
        return
    gone = held - wanted
    if any(isinstance(t, ox.BlankNode) for q in gone for t in (q.subject, q.object)):
        drops = " ".join(f"DROP SILENT GRAPH {g} ;" for g in sorted(str(g) for g in graphs))
        ops = f"{drops} INSERT DATA {{ {_data_block(wanted)} }}"
    else:
        ops = f"DELETE DATA {{ {_data_block(gone)} }} ; INSERT DATA {{ {_data_block(wanted - held)} }}"
    try:
        store.update(ops)
    except OSError as exc:
        raise StoreError(f"cannot write to the store: {exc}; free some space and run the build again "
                         "(the store is unchanged)", code="VG404") from exc


def _as_stored(quads: Iterable[ox.Quad]) -> set[ox.Quad]:
    """``quads`` as the store gives them back (Oxigraph stores ``xsd:nonNegativeInteger`` and the other
    integer types as ``xsd:integer``), so that they compare with what it holds."""
    quads = list(quads)
    if not any(isinstance(q.object, ox.Literal) and q.object.datatype.value in _NORMALISED for q in quads):
        return set(quads)
    mem = ox.Store()
    mem.extend(quads)
    return set(mem)


_NORMALISED = frozenset(V.XSD[t].value for t in (
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int", "short",
    "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))


def _data_block(quads: set[ox.Quad]) -> str:
    """The body of an ``INSERT DATA`` / ``DELETE DATA`` holding ``quads``."""
    body = _store.serialize(sorted(quads, key=str), "nquads").decode("utf-8") if quads else ""
    return _nquads_to_insert(body)


def _nquads_to_insert(nquads: str) -> str:
    """Turn N-Quads lines into SPARQL ``GRAPH <g> { s p o }`` blocks (terms are already escaped)."""
    parts = []
    for line in nquads.splitlines():
        line = line.strip()
        if not line:
            continue
        body, _, _ = line.rpartition(" .")
        head, _, graph = body.rpartition(" ")
        parts.append(f"GRAPH {graph} {{ {head} }}")
    return " ".join(parts)


def write_rejects(rejects: Iterable[Reject], path: str | Path) -> int:
    """Write rejected records as JSON Lines; return how many."""
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in rejects:
            f.write(r.to_json() + "\n")
            n += 1
    return n
