"""The same validation run by pySHACL, the reference SHACL engine (slow; for checks and benchmarks).

``validate_with_pyshacl(store)`` loads the union of the dataset into rdflib,
validates it in one piece with pySHACL against the same ``shapes/`` files and
turns pySHACL's report into the project's :class:`Report`, so the tests can
check that the set-based engine reports exactly what a SHACL engine reports.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .. import _vocab as V
from .engine import _contexts, with_background
from .report import SEVERITIES, Context, Report, Result
from .shapes import local_name, shape_files


def _nt(term: Any) -> str:
    """An rdflib term in the N-Triples form pyoxigraph prints."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    lit = ox.Literal(str(term), language=term.language) if term.language else (
        ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term)))
    return str(lit)


def validate_with_pyshacl(dataset: ox.Store, shapes: Sequence[Path] | None = None, *,
                          background: bool = True) -> Report:
    """Validate the union of ``dataset`` with pySHACL; return the results as a :class:`Report`.

    ``background`` adds the packaged ontology/reference graphs when missing, as :func:`validate` does.
    """
    import pyshacl
    from rdflib import Graph, Namespace

    started = time.perf_counter()
    store = with_background(dataset) if background else dataset
    data = Graph()
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None))
    data.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    shapes_graph = Graph()
    for path in shapes if shapes is not None else shape_files():
        shapes_graph.parse(str(path), format="turtle")
    _, report_graph, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none",
                                          allow_warnings=True, advanced=False)
    sh = Namespace(str(V.SH))
    raw: list[dict[str, Any]] = []
    for node in report_graph.objects(None, sh.result):  # top-level results, not their sh:detail
        def one(p: Any, node: Any = node) -> Any:
            return report_graph.value(node, p)

        component = str(one(sh.sourceConstraintComponent))
        shape = one(sh.sourceShape)
        constraint = one(sh.sourceConstraint)
        if component == V.SH.SPARQLConstraintComponent.value and constraint is not None:
            rule = local_name(ox.NamedNode(str(constraint)))
        else:
            short = component.rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
            rule = f"{local_name(ox.NamedNode(str(shape)))}/{short}"
        messages = {m.language or "": str(m) for m in report_graph.objects(node, sh.resultMessage)}
        value = one(sh.value)
        path = one(sh.resultPath)
        raw.append({
            "rule": rule, "focus": _nt(one(sh.focusNode)), "severity": SEVERITIES.get(str(one(sh.resultSeverity)),
                                                                                       "violation"),
            "shape": str(shape), "component": component, "path": str(path) if path is not None else None,
            "value": _nt(value) if value is not None else None,
            "message_fr": messages.get("fr", messages.get("", "")),
            "message_en": messages.get("en", messages.get("", "")),
            "source_constraint": str(constraint) if constraint is not None else None,
        })
    contexts = _contexts(store, (r["focus"] for r in raw), {"use_default_graph_as_union": True})
    results = {(r["rule"], r["focus"], r["value"] or ""): Result(**r, context=contexts.get(r["focus"], Context()))
               for r in raw}
    return Report(results=tuple(sorted(results.values(), key=Result.sort_key)), engine="pyshacl",
                  graphs=sum(1 for _ in dataset.named_graphs()), seconds=time.perf_counter() - started)
