"""RDF of a subgraph: the events a selection keeps, with what describes them.

Starting from the selected events, the subgraph takes every quad whose subject
is reached by following objects that are veillegraph instances or event types
(``…/id/…``, ``…/event-type/…``): the events, their evidence annotations with
targets and selectors, their clippings and occurrences, the actors and
instruments they name (with the texts those are part of, and instruments they
change or extend) and the event-type concepts. The graph names are kept in TriG
and JSON-LD; Turtle merges them. Quads are sorted and written by ``veillegraph.store``.
"""

from __future__ import annotations

from typing import IO

import pyoxigraph as ox

from .. import _vocab as V
from ..store import serialize, sorted_quads

_FOLLOW = (str(V.ID), str(V.VGT))


def subgraph_quads(store: ox.Store, events: list[str] | None) -> list[ox.Quad]:
    """The sorted quads describing ``events`` (IRIs); all quads of the store when ``events`` is None."""
    if events is None:
        return sorted_quads(store)
    quads: set[ox.Quad] = set()
    seen: set[str] = set()
    todo = sorted(set(events))
    while todo:
        iri = todo.pop()
        if iri in seen:
            continue
        seen.add(iri)
        for quad in store.quads_for_pattern(ox.NamedNode(iri), None, None, None):
            quads.add(quad)
            obj = quad.object
            if isinstance(obj, ox.NamedNode) and obj.value.startswith(_FOLLOW) and obj.value not in seen:
                todo.append(obj.value)
    return sorted_quads(quads)


def write_rdf(quads: list[ox.Quad], fmt: str, out: IO[bytes]) -> None:
    """Serialise ``quads`` as ``fmt`` (``trig``, ``turtle``, ``jsonld``…; Turtle merges the named graphs)."""
    out.write(serialize(quads, fmt))
