"""Projections of the knowledge graph into networkx graphs.

Each projection is a function ``GraphData -> networkx graph``, registered in
``PROJECTIONS`` under the name the CLI uses (``--projection``):

``events``
    Directed graph of actors, events, instruments/matters and clippings:
    ``actor -agent-> event -object-> instrument``, ``event -reported_in-> clipping``.
``actor-instrument``
    Directed graph agent → object; edge ``weight`` = number of events, with the
    event types, dates and event IRIs of those events. Objects of events without
    an agent still appear, as isolated nodes.
``co-activity``
    Undirected graph of actors; two actors are linked when they acted (as agents)
    on the same object; ``weight`` = number of shared objects.
``lineage``
    Directed multigraph of instruments: ``part_of`` (eli:is_part_of), ``changes``
    (eli:changes), ``amends`` (eli:amends), ``extends`` (vg:extends); an
    instrument censured or annulled by an event carries ``censured_by`` and
    ``censure_date``, and its ``part_of`` edge ``censured = true``.

Node ids are IRIs. Attribute values are strings, integers, floats or booleans,
never ``None`` or lists (lists are joined with ``;``). Every edge has a unique
``id`` and every node and edge a ``label``. A ``start`` attribute (ISO date)
gives when a node or edge first appears, for dynamic exports: an event's date,
an entity's first event or the date of its document, whichever is earlier. Nodes and edges
are added in sorted order, so every writer produces the same bytes each time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import networkx as nx

from ._data import Entity, Event, GraphData, full_date

#: Event top codes that mean part of an instrument was struck down.
CENSURE_CODES = frozenset({"censure", "annulation"})

Attrs = dict[str, Any]


#: Characters XML 1.0 cannot carry (C0 controls but tab, newline, CR; surrogates; U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (so GraphML and GEXF stay well-formed)."""
    return _NOT_XML.sub("", text)


def _clean(attrs: Attrs) -> Attrs:
    """Drop ``None`` and empty values; join sequences with ``;``; make strings XML-safe."""
    out: Attrs = {}
    for key, value in attrs.items():
        if value is None or value == "" or value == ():
            continue
        if isinstance(value, list | tuple | set | frozenset):
            value = ";".join(sorted(str(v) for v in value))
        if isinstance(value, str):
            value = xml_safe(value)
        out[key] = value
    return out


def _entity_attrs(entity: Entity, events: list[Event]) -> Attrs:
    documented = [full_date(d) for k, d in entity.dates if k == "date_document"]
    starts = sorted([e.start for e in events if e.start] + [d for d in documented if d])
    return _clean({
        "label": entity.label, "category": entity.category, "kind": entity.kind, "iri": entity.iri,
        "linked": entity.linked, "event_count": len(events), "start": starts[0] if starts else None,
        **dict(entity.dates),
    })


def _event_label(event: Event) -> str:
    return f"{event.type.label} ({event.date})" if event.date else event.type.label


def event_attrs(event: Event, data: GraphData) -> Attrs:
    """The attributes an event node carries (also used by the report)."""
    quotes = [ev.exact for ev in event.evidence if ev.exact]
    return _clean({
        "label": _event_label(event), "category": "event", "iri": event.iri,
        "event_type": event.type.code, "top_type": event.type.top_code, "type_label": event.type.label,
        "date": event.date, "start": event.start or None, "modality": event.modality,
        "amount": event.amount, "currency": event.currency, "count": event.count,
        "agent": [data.label(a) for a in event.agents], "object": [data.label(o) for o in event.objects],
        "agent_text": event.agent_text, "object_text": event.object_text,
        "quote": " […] ".join(quotes),
        "clipping": [data.clippings[c].identifier or c if c in data.clippings else c for c in event.clippings],
    })


def _by_entity(data: GraphData) -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = defaultdict(list)
    for event in data.events:
        for iri in sorted({*event.agents, *event.objects}):
            out[iri].append(event)
    return out


def _number_edges(graph: nx.Graph) -> None:
    """Give each edge a unique ``id`` (``e0``, ``e1``…) in insertion order."""
    if graph.is_multigraph():
        for n, (_u, _v, _k, attrs) in enumerate(graph.edges(keys=True, data=True)):
            attrs["id"] = f"e{n}"
    else:
        for n, (_u, _v, attrs) in enumerate(graph.edges(data=True)):
            attrs["id"] = f"e{n}"


def event_graph(data: GraphData) -> nx.DiGraph:
    """Actors, events, instruments/matters and clippings, linked by agent, object and reported_in."""
    g = nx.DiGraph(projection="events")
    by_entity = _by_entity(data)
    nodes: dict[str, Attrs] = {}
    for iri in data.participants():
        nodes[iri] = _entity_attrs(data.entities[iri], by_entity[iri])
    for event in data.events:
        nodes[event.iri] = event_attrs(event, data)
        for c in event.clippings:
            clip = data.clippings.get(c)
            nodes[c] = _clean({
                "label": (clip.identifier or clip.title) if clip else None, "category": "clipping", "iri": c,
                "title": clip.title if clip else None, "source": clip.source if clip else None,
                "issued": clip.issued if clip else None, "start": full_date(clip.issued) if clip else None,
            }) or {"label": c, "category": "clipping", "iri": c}
            nodes[c].setdefault("label", c)
    for iri in sorted(nodes):
        g.add_node(iri, **nodes[iri])
    edges: list[tuple[str, str, Attrs]] = []
    for event in data.events:
        start = {"start": event.start} if event.start else {}
        edges += [(a, event.iri, {"label": "agent", "relation": "agent", **start}) for a in event.agents]
        edges += [(event.iri, o, {"label": "object", "relation": "object", **start}) for o in event.objects]
        edges += [(event.iri, c, {"label": "reported_in", "relation": "reported_in", **start})
                  for c in event.clippings]
    for u, v, attrs in sorted(edges, key=lambda e: (e[0], e[1])):
        g.add_edge(u, v, **attrs)
    _number_edges(g)
    return g


def actor_instrument_graph(data: GraphData) -> nx.DiGraph:
    """Agent → object, weighted by the number of events, with their types and dates."""
    g = nx.DiGraph(projection="actor-instrument")
    by_entity = _by_entity(data)
    for iri in data.participants():
        g.add_node(iri, **_entity_attrs(data.entities[iri], by_entity[iri]))
    pairs: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in data.events:
        for a in event.agents:
            for o in event.objects:
                pairs[(a, o)].append(event)
    for (a, o), events in sorted(pairs.items()):
        dates = sorted({e.date for e in events if e.date})
        starts = sorted(e.start for e in events if e.start)
        g.add_edge(a, o, **_clean({
            "label": ";".join(sorted({e.type.label for e in events})), "weight": len(events),
            "event_types": {e.type.top_code for e in events}, "dates": dates,
            "start": starts[0] if starts else None, "events": [e.iri for e in events],
        }))
    _number_edges(g)
    return g


def coactivity_graph(data: GraphData) -> nx.Graph:
    """Actors linked when they acted on the same object; ``weight`` = shared objects."""
    g = nx.Graph(projection="co-activity")
    by_entity = _by_entity(data)
    agents_of: dict[str, set[str]] = defaultdict(set)
    for event in data.events:
        for o in event.objects:
            agents_of[o].update(event.agents)
    actors = sorted({a for e in data.events for a in e.agents})
    for iri in actors:
        g.add_node(iri, **_entity_attrs(data.entities[iri], by_entity[iri]))
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for obj, agents in agents_of.items():
        for a, b in combinations(sorted(agents), 2):
            shared[(a, b)].add(obj)
    for (a, b), objs in sorted(shared.items()):
        g.add_edge(a, b, **_clean({"label": f"{len(objs)} shared", "weight": len(objs),
                                   "objects": [data.label(o) for o in objs]}))
    _number_edges(g)
    return g


def lineage_graph(data: GraphData) -> nx.MultiDiGraph:
    """Instruments linked by part_of, changes, amends and extends; censures marked on nodes and edges."""
    g = nx.MultiDiGraph(projection="lineage")
    by_entity = _by_entity(data)
    instruments = {link.source for link in data.links} | {link.target for link in data.links}
    instruments |= {o for e in data.events for o in e.objects
                    if o in data.entities and data.entities[o].category == "instrument"}
    censures: dict[str, list[Event]] = defaultdict(list)
    for event in data.events:
        if event.type.top_code in CENSURE_CODES:
            for o in event.objects:
                censures[o].append(event)
    for iri in sorted(instruments):
        entity = data.entities.get(iri) or Entity(iri, data.label(iri), "instrument", "")
        attrs = _entity_attrs(entity, by_entity.get(iri, []))
        if iri in censures:
            cs = censures[iri]
            attrs["censured_by"] = ";".join(sorted({data.label(a) for e in cs for a in e.agents})) or "?"
            first = sorted(e.date for e in cs if e.date)
            if first:
                attrs["censure_date"] = first[0]
        g.add_node(iri, **attrs)
    for link in data.links:
        edge: Attrs = {"label": link.relation, "relation": link.relation}
        if link.relation == "part_of" and link.source in censures:
            edge["censured"] = True
        g.add_edge(link.source, link.target, key=link.relation, **edge)
    _number_edges(g)
    return g


@dataclass(frozen=True, slots=True)
class Projection:
    name: str
    build: Callable[[GraphData], nx.Graph]
    description: str


#: Projections by name, in the order ``--help`` lists them.
PROJECTIONS: dict[str, Projection] = {
    p.name: p for p in (
        Projection("events", event_graph, "actors, events, instruments and clippings"),
        Projection("actor-instrument", actor_instrument_graph, "agent → object, weight = number of events"),
        Projection("co-activity", coactivity_graph, "actors acting on the same objects"),
        Projection("lineage", lineage_graph, "instruments: part of, changes, amends, extends, censures"),
    )
}


def project(data: GraphData, name: str) -> nx.Graph:
    """Build the projection called ``name`` (a key of ``PROJECTIONS``)."""
    return PROJECTIONS[name].build(data)
