"""Run the compiled shapes over a dataset, set-based, in pyoxigraph.

Each constraint of ``shapes/`` is one SPARQL query over the whole dataset (or
over a few clipping graphs plus the reference data, for incremental
validation); queries can run on several threads. The results get their
context (clipping, title, evidence quote) from the data, and form one
:class:`~veillegraph.validate.report.Report`.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from .. import _vocab as V
from .report import SEVERITIES, Context, Report, Result
from .shapes import SCOPE_FILTER, SCOPE_MARK, Constraint, ShapesGraph, load_shapes

log = logging.getLogger("veillegraph.validate")

_CONTEXT_CHUNK = 500
_TITLE_CHARS = 90


@lru_cache(maxsize=1)
def default_shapes() -> ShapesGraph:
    """The packaged shapes, compiled once per process."""
    return load_shapes()


@dataclass(frozen=True, slots=True)
class _Hit:
    constraint: Constraint
    focus: ox.NamedNode | ox.BlankNode | ox.Literal
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None
    path: ox.NamedNode | None


def _has_graph(store: ox.Store, graph: ox.NamedNode) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, graph)), None) is not None


def with_background(store: ox.Store) -> ox.Store:
    """``store`` itself when it holds the ontology and reference graphs; else a copy with the packaged ones.

    The ontology graph gives the event-type scheme and the class hierarchy that
    ``sh:class`` follows; the reference graph gives the known actors and
    instruments. The caller's store is never modified.
    """
    missing = [g for g in (V.ONTOLOGY_GRAPH, V.REFERENCE_GRAPH) if not _has_graph(store, g)]
    if not missing:
        return store
    from ..knowledge import default_knowledge

    knowledge = default_knowledge()
    copy = ox.Store()
    copy.extend(store.quads_for_pattern(None, None, None))
    if V.ONTOLOGY_GRAPH in missing:
        copy.extend(knowledge.ontology)
    if V.REFERENCE_GRAPH in missing:
        copy.extend(knowledge.reference)
    log.debug("validating with the packaged %s", " and ".join(g.value for g in missing))
    return copy


def merged(store: ox.Store) -> ox.Store:
    """The RDF merge of all the graphs of ``store`` as the default graph of a new in-memory store.

    SHACL validates one data graph: the merge (a set) of the dataset's graphs. Querying
    ``store`` with the default graph as the union of its named graphs gives the same answers,
    but an entity described in many clipping graphs (its type is repeated in each) comes out
    once per graph in every pattern, and a join on such an entity grows with the square of
    the number of clippings that mention it. In the merge each triple is there once.
    """
    out = ox.Store()
    out.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None))
    return out


def _query_options(graphs: Sequence[ox.NamedNode] | None) -> dict[str, Any]:
    """Query over the union of all graphs, or over ``graphs`` plus the reference and ontology graphs."""
    if graphs is None:
        return {"use_default_graph_as_union": True}
    return {"default_graph": [*graphs, V.REFERENCE_GRAPH, V.ONTOLOGY_GRAPH], "named_graphs": list(graphs)}


#: Query options for :func:`merged` stores: the default graph holds everything.
_MERGED: dict[str, Any] = {}


class _Background:
    """The small store of incremental checks, kept between calls: it holds the ontology graph.

    Copying the ontology graph costs more than the rest of an incremental check, so the
    store is reused while the dataset's ontology graph is the same (compared by content);
    the clipping graphs and reference entities of a check are removed after it.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.digest = b""
        self.store = ox.Store()


_BACKGROUND = _Background()
_ONTOLOGY_FORMAT = ox.RdfFormat.N_TRIPLES


def _fill(small: ox.Store, store: ox.Store, graphs: Sequence[ox.NamedNode]) -> None:
    """Add the given graphs of ``store`` and the reference entities they mention to ``small``."""
    quads = [q for g in graphs for q in store.quads_for_pattern(None, None, None, g)]
    small.extend(quads)
    mentioned = {q.object for q in quads if isinstance(q.object, ox.NamedNode)}
    for node in sorted(mentioned, key=lambda n: n.value):
        small.extend(store.quads_for_pattern(node, None, None, V.REFERENCE_GRAPH))


@contextmanager
def _scoped_store(store: ox.Store, graphs: Sequence[ox.NamedNode]) -> Iterator[ox.Store]:
    """A small store with the given graphs, the ontology graph and the reference entities they mention.

    Querying a few hundred quads is several times faster than querying the same
    graphs inside a large store, which keeps an incremental check in milliseconds.
    """
    ontology = store.dump(format=_ONTOLOGY_FORMAT, from_graph=V.ONTOLOGY_GRAPH)
    assert ontology is not None
    digest = hashlib.blake2b(ontology, digest_size=16).digest()
    own = {V.ONTOLOGY_GRAPH, V.REFERENCE_GRAPH}.intersection(graphs)
    if own or not _BACKGROUND.lock.acquire(blocking=False):  # busy in another thread: a store of its own
        small = ox.Store()
        small.load(ontology, format=_ONTOLOGY_FORMAT, to_graph=V.ONTOLOGY_GRAPH)
        _fill(small, store, graphs)
        yield small
        return
    try:
        if _BACKGROUND.digest != digest:
            _BACKGROUND.store = ox.Store()
            _BACKGROUND.store.load(ontology, format=_ONTOLOGY_FORMAT, to_graph=V.ONTOLOGY_GRAPH)
            _BACKGROUND.digest = digest
        small = _BACKGROUND.store
        try:
            _fill(small, store, graphs)
            yield small
        finally:
            for g in graphs:
                small.remove_graph(g)
            small.clear_graph(V.REFERENCE_GRAPH)
    finally:
        _BACKGROUND.lock.release()


def _present_predicates(store: ox.Store) -> set[str]:
    """The predicates of all the triples of a (small) store."""
    solutions = store.query("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(solutions, ox.QuerySolutions)
    return {row["p"].value for row in solutions if isinstance(row["p"], ox.NamedNode)}


def _present_terms(store: ox.Store, options: dict[str, Any]) -> set[str]:
    """Classes (with their superclasses) and predicates used in the graphs of an incremental check."""
    query = f"""SELECT DISTINCT ?t WHERE {{
      {{ GRAPH ?g {{ ?s a ?c }} ?c <{V.RDFS.subClassOf.value}>* ?t }} UNION {{ GRAPH ?g {{ ?s ?t ?o }} }}
    }}"""
    solutions = store.query(query, **options)
    assert isinstance(solutions, ox.QuerySolutions)
    return {row["t"].value for row in solutions if isinstance(row["t"], ox.NamedNode)}


def _run(store: ox.Store, constraint: Constraint, options: dict[str, Any]) -> list[_Hit]:
    hits: list[_Hit] = []
    query = constraint.query
    if "named_graphs" in options:  # incremental: only the focus nodes of the graphs validated
        query = query.replace(SCOPE_MARK, SCOPE_FILTER)
    solutions = store.query(query, **options)
    assert isinstance(solutions, ox.QuerySolutions)
    has_value = any(v.value == "value" for v in solutions.variables)
    for row in solutions:
        focus = row["this"]
        if focus is None:
            continue
        value = row["value"] if has_value else None
        if constraint.source_constraint is not None:
            bound = row["path"]
            path = bound if isinstance(bound, ox.NamedNode) else None
        else:
            path = constraint.path
        hits.append(_Hit(constraint, focus, value, path))
    return hits


def _min_per_focus(store: ox.Store, chunk: str, pattern: str, options: dict[str, Any]) -> dict[str, Any]:
    """The least ``?x`` that ``pattern`` binds for each focus node of ``chunk`` (a VALUES list)."""
    query = (f"SELECT ?focus (MIN(?x) AS ?m) WHERE {{ VALUES ?focus {{ {chunk} }} OPTIONAL {{ {pattern} }} }}"
             " GROUP BY ?focus")
    solutions = store.query(query, **options)
    assert isinstance(solutions, ox.QuerySolutions)
    return {str(row["focus"]): row["m"] for row in solutions if row["m"] is not None}


def _contexts(store: ox.Store, focus_nodes: Iterable[str], options: dict[str, Any]) -> dict[str, Context]:
    """Clipping, title and quote for each focus node (given as N-Triples terms).

    One query per piece of context: joined in one query, the clipping graphs, clippings and
    quotes of an entity mentioned by many clippings would multiply into each other.
    """
    nodes = sorted(n for n in set(focus_nodes) if not n.startswith('"'))
    vg, oa = str(V.VG), str(V.OA)
    clipping_pattern = f"""{{ ?focus a <{vg}Clipping> . BIND (?focus AS ?x) }}
        UNION {{ ?focus (<{vg}reportedIn>|<{oa}hasBody>/<{vg}reportedIn>|<{oa}hasTarget>/<{oa}hasSource>
                 |<{oa}hasSource>|^<{oa}hasSelector>/<{oa}hasSource>|^<{vg}occurrence>) ?x }}
        UNION {{ GRAPH ?cg {{ ?focus ?p_ ?o_ . ?x a <{vg}Clipping> }} }}"""
    graph_pattern = "GRAPH ?x { ?focus ?gp_ ?go_ }"
    # the path (evidence/hasTarget | hasTarget | ^hasSelector)? / hasSelector? / exact, spelt out
    target = f"(<{vg}evidence>/<{oa}hasTarget>|<{oa}hasTarget>|^<{oa}hasSelector>)"
    quote_pattern = " UNION ".join(f"{{ ?focus {p}<{oa}exact> ?x }}" for p in (
        "", f"<{oa}hasSelector>/", f"{target}/", f"{target}/<{oa}hasSelector>/"))
    out: dict[str, Context] = {}
    for start in range(0, len(nodes), _CONTEXT_CHUNK):
        part = nodes[start:start + _CONTEXT_CHUNK]
        chunk = " ".join(part)
        found_c = _min_per_focus(store, chunk, clipping_pattern, options)
        found_g = _min_per_focus(store, chunk, graph_pattern, options)
        found_q = _min_per_focus(store, chunk, quote_pattern, options)
        found: dict[str, tuple[str | None, str | None, str | None]] = {}
        for focus in part:
            c, g, q = found_c.get(focus), found_g.get(focus), found_q.get(focus)
            found[focus] = (
                c.value if isinstance(c, ox.NamedNode) else None,
                g.value if isinstance(g, ox.NamedNode) else None,
                q.value if isinstance(q, ox.Literal) else None,
            )
        clippings = sorted({c for c, _, _ in found.values() if c})
        details = _clipping_details(store, clippings, options)
        for focus, (c, g, q) in found.items():
            ident, title = details.get(c, (None, None)) if c else (None, None)
            out[focus] = Context(clipping=c, clipping_id=ident, title=title, quote=q, graph=g)
    return out


def _clipping_details(store: ox.Store, clippings: list[str], options: dict[str, Any]
                      ) -> dict[str, tuple[str | None, str | None]]:
    if not clippings:
        return {}
    values = " ".join(f"<{c}>" for c in clippings)
    query = f"""
    SELECT ?c (MIN(?i) AS ?id) (MIN(?t) AS ?title) (MIN(?x) AS ?text) WHERE {{
      VALUES ?c {{ {values} }}
      OPTIONAL {{ ?c <{V.DCT.identifier.value}> ?i }}
      OPTIONAL {{ ?c <{V.DCT.title.value}> ?t }}
      OPTIONAL {{ ?c <{V.TEXT.value}> ?x }}
    }} GROUP BY ?c"""
    out: dict[str, tuple[str | None, str | None]] = {}
    solutions = store.query(query, **options)
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        ident, title, text = row["id"], row["title"], row["text"]
        shown = title.value if isinstance(title, ox.Literal) else None
        if shown is None and isinstance(text, ox.Literal):
            words = " ".join(text.value.split())
            shown = words if len(words) <= _TITLE_CHARS else words[:_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
        out[row["c"].value] = (ident.value if isinstance(ident, ox.Literal) else None, shown)
    return out


def validate(
    dataset: ox.Store,
    *,
    shapes: ShapesGraph | None = None,
    graphs: Sequence[ox.NamedNode] | None = None,
    include_global: bool | None = None,
    jobs: int = 1,
    background: bool = True,
) -> Report:
    """Validate a dataset against the shapes; return the report.

    ``dataset`` is validated over the union of its named graphs. With ``graphs``
    (clipping graph names), the local rules check only the nodes described in
    those graphs, reading those graphs, the ontology graph and the reference
    entities the graphs mention:
    this is the incremental check of newly built clippings; the global rules
    (``shapes/global.ttl``) then run, over the whole dataset, only when
    ``include_global`` is true.
    ``jobs`` > 1 runs the constraint queries on that many threads.
    ``background`` adds the packaged ontology/reference graphs when the dataset
    lacks them (on a copy).
    """
    started = time.perf_counter()
    shapes = shapes if shapes is not None else default_shapes()
    store = with_background(dataset) if background else dataset
    if include_global is None:
        include_global = graphs is None
    constraints = [c for c in shapes.constraints if include_global or c.scope == "local"]
    union = _query_options(None)
    whole: ox.Store | None = None  # the merge of all graphs, for the rules that read the whole dataset
    if graphs is None or any(c.scope == "global" for c in constraints):
        whole = merged(store)
    with ExitStack() as stack:
        local_store, options = whole, _MERGED
        if graphs is not None:
            local_store = stack.enter_context(_scoped_store(store, graphs))
            options = {**union, "named_graphs": list(graphs)}
            present = _present_terms(local_store, options)
            predicates = _present_predicates(local_store)
            constraints = [c for c in constraints
                           if c.scope == "global" or not c.triggers or present.intersection(c.triggers)]
            # a constraint that reads a predicate no triple has finds nothing: not run
            to_run = [c for c in constraints if c.scope == "global" or predicates.issuperset(c.requires)]
        else:
            to_run = constraints

        def run(c: Constraint) -> list[_Hit]:
            if c.scope == "global":
                assert whole is not None
                return _run(whole, c, _MERGED)
            assert local_store is not None
            return _run(local_store, c, options)

        if jobs > 1:
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                batches = list(pool.map(run, to_run))
        else:
            batches = [run(c) for c in to_run]
    hits = [h for batch in batches for h in batch]
    contexts = _contexts(store, (str(h.focus) for h in hits), union)
    results: dict[tuple[str, str, str], Result] = {}
    for h in hits:
        c = h.constraint
        value = str(h.value) if h.value is not None else None
        key = (c.rule, str(h.focus), value or "")
        results[key] = Result(
            rule=c.rule, focus=str(h.focus), severity=SEVERITIES.get(c.severity.value, "violation"),
            shape=c.shape.value if isinstance(c.shape, ox.NamedNode) else str(c.shape),
            component=c.component.value, path=h.path.value if h.path is not None else None, value=value,
            message_fr=c.message("fr"), message_en=c.message("en"),
            source_constraint=c.source_constraint.value if isinstance(c.source_constraint, ox.NamedNode) else None,
            context=contexts.get(str(h.focus), Context()),
        )
    ordered = tuple(sorted(results.values(), key=Result.sort_key))
    rules = tuple(sorted({(c.rule, SEVERITIES.get(c.severity.value, "violation"), c.message("en"))
                          for c in constraints}))
    graph_count = sum(1 for _ in dataset.named_graphs()) if graphs is None else len(graphs)
    return Report(results=ordered, rules=rules, graphs=graph_count,
                  seconds=time.perf_counter() - started)
