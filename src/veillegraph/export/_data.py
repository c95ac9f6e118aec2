"""Read what the exports need out of a dataset, with a few SPARQL queries.

The dataset is a ``pyoxigraph.Store`` holding the named graphs described in
``docs/architecture.md``; every query runs on the union of its graphs. The
result is a :class:`GraphData`: plain Python records for events, entities,
clippings, event types and instrument lineage, sorted so that everything built
from them is deterministic. Projections (``projections.py``), the report and the
stats are computed from a ``GraphData``, never from the store directly.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from .. import _vocab as V
from .._errors import UsageError
from ..model import date_bounds

_CATEGORY_BY_CLASS: dict[str, tuple[str, str]] = {
    **{c.value: ("actor", k) for k, c in V.ACTOR_KINDS.items()},
    **{c.value: ("instrument", k) for k, c in V.INSTRUMENT_KINDS.items()},
    **{c.value: ("matter", k) for k, c in V.MATTER_KINDS.items()},
}
_TOP_CLASSES: dict[str, str] = {V.ACTOR.value: "actor", V.INSTRUMENT.value: "instrument", V.MATTER.value: "matter"}

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

#: Lineage relations between instruments, keyed by the short name used in exports.
LINEAGE_RELATIONS: dict[str, ox.NamedNode] = {
    "part_of": V.IS_PART_OF,
    "changes": V.ELI.changes,
    "amends": V.ELI.amends,
    "extends": V.EXTENDS,
}

#: Dates of an instrument kept as attributes, keyed by their short name.
INSTRUMENT_DATES: dict[str, ox.NamedNode] = {
    "date_document": V.ELI.date_document,
    "in_force": V.ELI.first_date_entry_in_force,
    "applies": V.ELI.date_applicability,
}


@dataclass(frozen=True, slots=True)
class EventType:
    """A concept of the event-type scheme: its code, the top code it rolls up to, a label."""

    iri: str
    code: str
    top_code: str
    label: str


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor, instrument or matter (reference data or minted from text)."""

    iri: str
    label: str
    category: str  # "actor" | "instrument" | "matter"
    kind: str  # key of _vocab.ACTOR_KINDS / INSTRUMENT_KINDS / MATTER_KINDS, "" when unknown
    linked: bool = True
    dates: tuple[tuple[str, str], ...] = ()  # (name, ISO date) pairs, see INSTRUMENT_DATES


@dataclass(frozen=True, slots=True)
class Clipping:
    iri: str
    identifier: str = ""
    title: str = ""
    source: str = ""
    issued: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence annotation: the quoted text and its offsets in the clipping."""

    iri: str
    exact: str
    clipping: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One event with everything an export shows of it."""

    iri: str
    type: EventType
    agents: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    date: str = ""  # as stored: YYYY-MM-DD, YYYY-MM or YYYY
    date_text: str = ""
    agent_text: str = ""
    object_text: str = ""
    amount: float | None = None
    currency: str = ""
    count: int | None = None
    modality: str = ""
    clippings: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    @property
    def start(self) -> str:
        """The event's date as a full ``YYYY-MM-DD`` (first day of a month or year), or ``""``."""
        return full_date(self.date)

    @property
    def month(self) -> str:
        """``YYYY-MM`` of the event's date when it is valid and at least that precise, else ``""``."""
        return self.start[:7] if len(self.date) >= 7 and self.start else ""


@dataclass(frozen=True, slots=True)
class Link:
    """A lineage link between two instruments (``relation`` is a key of LINEAGE_RELATIONS)."""

    source: str
    relation: str
    target: str


@dataclass(frozen=True)
class GraphData:
    """Everything the projections, report and stats need, sorted by IRI."""

    events: tuple[Event, ...]
    entities: dict[str, Entity]
    clippings: dict[str, Clipping]
    event_types: dict[str, EventType]
    links: tuple[Link, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)

    def label(self, iri: str) -> str:
        """The label of an entity, or the last segment of its IRI."""
        entity = self.entities.get(iri)
        return entity.label if entity else local_name(iri)

    def participants(self) -> list[str]:
        """IRIs of all entities that take part in an event (agent or object), sorted."""
        seen = {i for e in self.events for i in (*e.agents, *e.objects)}
        return sorted(seen)


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``/`` or ``#``."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


_DATE_PREFIX = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def full_date(value: str) -> str:
    """``2025`` → ``2025-01-01``, ``2025-04`` → ``2025-04-01``, a full date (or date-time) → its date.

    Anything else (a malformed date) gives ``""``, so dynamic exports never carry an invalid date.
    """
    if len(value) > 10 and value[10] == "T":
        value = value[:10]
    if not _DATE_PREFIX.match(value):
        return ""
    if len(value) == 4:
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value


def _rows(store: ox.Store, query: str) -> Iterable[ox.QuerySolution]:
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return result


def _value(term: object) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


def _lang_rank(term: object) -> int:
    lang = getattr(term, "language", None) or ""
    return {"fr": 0, "": 1, "en": 2}.get(lang, 3)


def _best_labels(store: ox.Store, pattern: str) -> dict[str, str]:
    """Map subject → its best skos:prefLabel (fr, then no language, then en, then any), for the pattern."""
    best: dict[str, tuple[int, str]] = {}
    query = f"SELECT ?x ?l WHERE {{ {pattern} ?x <{V.PREF_LABEL.value}> ?l }}"
    for row in _rows(store, query):
        x, lab = _value(row["x"]), row["l"]
        cand = (_lang_rank(lab), _value(lab))
        if x not in best or cand < best[x]:
            best[x] = cand
    return {k: v[1] for k, v in best.items()}


def _event_types(store: ox.Store) -> dict[str, EventType]:
    notation: dict[str, str] = {}
    broader: dict[str, str] = {}
    q = f"""SELECT DISTINCT ?t ?n ?b WHERE {{
      {{ ?e a <{V.EVENT.value}> ; <{V.EVENT_TYPE.value}> ?t }} UNION {{ ?t <{V.IN_SCHEME.value}> ?s }}
      OPTIONAL {{ ?t <{V.NOTATION.value}> ?n }} OPTIONAL {{ ?t <{V.BROADER.value}> ?b }} }}"""
    for row in _rows(store, q):
        t = _value(row["t"])
        if row["n"] is not None:
            notation.setdefault(t, _value(row["n"]))
            notation[t] = min(notation[t], _value(row["n"]))
        if row["b"] is not None:
            b = _value(row["b"])
            broader[t] = min(broader.get(t, b), b)
    labels = _best_labels(store, f"?x <{V.IN_SCHEME.value}> ?s .")
    types: dict[str, EventType] = {}

    def code_of(iri: str) -> str:
        return notation.get(iri) or local_name(iri)

    for iri in sorted(set(notation) | set(broader) | set(labels)):
        top, seen = iri, {iri}
        while top in broader and broader[top] not in seen:
            top = broader[top]
            seen.add(top)
        types[iri] = EventType(iri, code_of(iri), code_of(top), labels.get(iri, code_of(iri)))
    return types


def _entities(store: ox.Store) -> dict[str, Entity]:
    classes: dict[str, set[str]] = defaultdict(set)
    wanted = " ".join(f"<{c}>" for c in (*_CATEGORY_BY_CLASS, *_TOP_CLASSES))
    for row in _rows(store, f"SELECT ?x ?c WHERE {{ VALUES ?c {{ {wanted} }} ?x a ?c }}"):
        classes[_value(row["x"])].add(_value(row["c"]))
    linked: dict[str, bool] = {}
    for row in _rows(store, f"SELECT ?x ?v WHERE {{ ?x <{V.LINKED.value}> ?v }}"):
        linked[_value(row["x"])] = _value(row["v"]) not in ("false", "0")
    dates: dict[str, dict[str, str]] = defaultdict(dict)
    values = " ".join(f"(<{p.value}> \"{name}\")" for name, p in INSTRUMENT_DATES.items())
    for row in _rows(store, f"SELECT ?x ?name ?d WHERE {{ VALUES (?p ?name) {{ {values} }} ?x ?p ?d }}"):
        x, name, d = _value(row["x"]), _value(row["name"]), _value(row["d"])
        dates[x][name] = min(dates[x].get(name, d), d)
    labels = _best_labels(store, "")
    entities: dict[str, Entity] = {}
    for iri in sorted(classes):
        kinds = sorted(_CATEGORY_BY_CLASS[c] for c in classes[iri] if c in _CATEGORY_BY_CLASS)
        if kinds:
            category, kind = kinds[0]
        else:
            category, kind = sorted(_TOP_CLASSES[c] for c in classes[iri] if c in _TOP_CLASSES)[0], ""
        entities[iri] = Entity(iri, labels.get(iri, local_name(iri)), category, kind, linked.get(iri, True),
                               tuple(sorted(dates.get(iri, {}).items())))
    return entities


def _clippings(store: ox.Store) -> dict[str, Clipping]:
    props = {"identifier": V.IDENTIFIER, "title": V.TITLE, "source": V.SOURCE, "issued": V.ISSUED}
    values = " ".join(f"(<{p.value}> \"{name}\")" for name, p in props.items())
    found: dict[str, dict[str, str]] = defaultdict(dict)
    q = f"""SELECT ?c ?name ?v WHERE {{ ?c a <{V.CLIPPING.value}> .
      OPTIONAL {{ VALUES (?p ?name) {{ {values} }} ?c ?p ?v }} }}"""
    for row in _rows(store, q):
        c = _value(row["c"])
        fields = found[c]
        if row["name"] is not None:
            name, v = _value(row["name"]), _value(row["v"])
            fields[name] = min(fields.get(name, v), v)
    return {c: Clipping(c, **found[c]) for c in sorted(found)}


def _multi(store: ox.Store, prop: ox.NamedNode) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = defaultdict(set)
    q = f"SELECT ?e ?v WHERE {{ ?e a <{V.EVENT.value}> ; <{prop.value}> ?v }}"
    for row in _rows(store, q):
        out[_value(row["e"])].add(_value(row["v"]))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _evidence(store: ox.Store) -> dict[str, tuple[Evidence, ...]]:
    q = f"""SELECT ?e ?a ?exact ?src ?start ?end WHERE {{
      ?e a <{V.EVENT.value}> ; <{V.EVIDENCE.value}> ?a .
      OPTIONAL {{ ?a <{V.OA.hasTarget.value}> ?t .
        OPTIONAL {{ ?t <{V.OA.hasSource.value}> ?src }}
        OPTIONAL {{ ?t <{V.OA.hasSelector.value}> ?q . ?q <{V.OA.exact.value}> ?exact }}
        OPTIONAL {{ ?t <{V.OA.hasSelector.value}> ?p . ?p <{V.OA.start.value}> ?start ; <{V.OA.end.value}> ?end }}
      }} }}"""
    out: dict[str, set[Evidence]] = defaultdict(set)
    for row in _rows(store, q):
        start = int(_value(row["start"])) if row["start"] is not None else None
        end = int(_value(row["end"])) if row["end"] is not None else None
        out[_value(row["e"])].add(Evidence(_value(row["a"]), _value(row["exact"]), _value(row["src"]), start, end))
    return {k: tuple(sorted(v, key=lambda x: (x.iri, x.exact, x.start or 0))) for k, v in out.items()}


def _to_float(text: str) -> float | None:
    try:
        return float(Decimal(text))
    except (InvalidOperation, ValueError):
        return None


def _to_int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def load_graph_data(store: ox.Store) -> GraphData:
    """Read events, entities, clippings, event types and lineage links out of ``store``."""
    types = _event_types(store)
    single = {
        "type": V.EVENT_TYPE, "date": V.DATE, "date_text": V.DATE_TEXT, "agent_text": V.AGENT_TEXT,
        "object_text": V.OBJECT_TEXT, "amount": V.AMOUNT, "currency": V.CURRENCY, "count": V.COUNT,
        "modality": V.HAS_MODALITY,
    }
    values = " ".join(f"(<{p.value}> \"{name}\")" for name, p in single.items())
    fields: dict[str, dict[str, str]] = defaultdict(dict)
    q = f"""SELECT ?e ?name ?v WHERE {{ ?e a <{V.EVENT.value}> .
      OPTIONAL {{ VALUES (?p ?name) {{ {values} }} ?e ?p ?v }} }}"""
    for row in _rows(store, q):
        f = fields[_value(row["e"])]
        if row["name"] is not None:
            name, v = _value(row["name"]), _value(row["v"])
            f[name] = min(f.get(name, v), v)
    agents, objects = _multi(store, V.AGENT), _multi(store, V.OBJECT)
    reported, evidence = _multi(store, V.REPORTED_IN), _evidence(store)
    events = []
    unknown = EventType("", "autre", "autre", "autre")
    for iri in sorted(fields):
        f = fields[iri]
        t = f.get("type", "")
        etype = types.get(t) or (replace(unknown, iri=t, code=local_name(t), top_code=local_name(t),
                                         label=local_name(t)) if t else unknown)
        events.append(Event(
            iri=iri, type=etype, agents=agents.get(iri, ()), objects=objects.get(iri, ()),
            date=f.get("date", ""), date_text=f.get("date_text", ""), agent_text=f.get("agent_text", ""),
            object_text=f.get("object_text", ""), amount=_to_float(f["amount"]) if "amount" in f else None,
            currency=f.get("currency", ""), count=_to_int(f["count"]) if "count" in f else None,
            modality=local_name(f["modality"]) if "modality" in f else "",
            clippings=reported.get(iri, ()), evidence=evidence.get(iri, ()),
        ))
    links = []
    values = " ".join(f"(<{p.value}> \"{name}\")" for name, p in LINEAGE_RELATIONS.items())
    for row in _rows(store, f"SELECT ?a ?name ?b WHERE {{ VALUES (?p ?name) {{ {values} }} ?a ?p ?b }}"):
        if isinstance(row["b"], ox.NamedNode):
            links.append(Link(_value(row["a"]), _value(row["name"]), _value(row["b"])))
    entities = _entities(store)
    for iri in sorted({i for e in events for i in (*e.agents, *e.objects)} - set(entities)):
        entities[iri] = Entity(iri, local_name(iri), _guess_category(iri), "", True)
    return GraphData(tuple(events), dict(sorted(entities.items())), _clippings(store),
                     types, tuple(sorted(set(links), key=lambda x: (x.source, x.relation, x.target))))


def _guess_category(iri: str) -> str:
    """Category of an entity without a class, from its IRI (``…/id/actor/…``)."""
    for category in ("actor", "instrument", "matter"):
        if f"/id/{category}/" in iri:
            return category
    return "matter"


@dataclass(frozen=True, slots=True)
class Selection:
    """Which events to keep: by agent, by object (an instrument and its parts), by period.

    Empty fields select everything. ``actor`` and ``instrument`` are IRIs (or what
    :func:`resolve` accepts: the end of an IRI, a label); ``since``
    and ``until`` are ISO dates or prefixes (``2025``, ``2025-03``), inclusive; an
    event without a date is dropped when a period is given.
    """

    actor: str = ""
    instrument: str = ""
    since: str = ""
    until: str = ""

    def __bool__(self) -> bool:
        return bool(self.actor or self.instrument or self.since or self.until)


def _parts_of(data: GraphData, root: str) -> set[str]:
    """``root`` and every instrument that is part of it, transitively."""
    children: dict[str, set[str]] = defaultdict(set)
    for link in data.links:
        if link.relation == "part_of":
            children[link.target].add(link.source)
    found, todo = {root}, [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def resolve(data: GraphData, name: str, category: str) -> set[str]:
    """IRIs of the entities ``name`` stands for: an IRI, the last segment of one (``cnil``) or a label.

    Labels and segments match ignoring case. Raises ``UsageError`` (VG815) when nothing matches.
    """
    if name in data.entities:
        return {name}
    wanted = name.casefold()
    found = {iri for iri, e in data.entities.items()
             if ((category == "instrument" and e.category != "actor") or e.category == category)
             and (local_name(iri).casefold() == wanted or e.label.casefold() == wanted)}
    if not found:
        raise UsageError(f"no {category} called {name!r} in the graph; give its IRI, the end of its IRI "
                         f"or its label (see 'veillegraph stats')", code="VG815")
    return found


def select(data: GraphData, selection: Selection) -> GraphData:
    """The part of ``data`` whose events match ``selection`` (entities and clippings they use)."""
    if not selection:
        return data
    for value in (selection.since, selection.until):
        if value and not _DATE.match(value):
            raise UsageError(f"not a date: {value!r}; write YYYY, YYYY-MM or YYYY-MM-DD", code="VG816")
    actors = resolve(data, selection.actor, "actor") if selection.actor else set()
    parts: set[str] = set()
    if selection.instrument:
        for root in sorted(resolve(data, selection.instrument, "instrument")):
            parts |= _parts_of(data, root)
    since = full_date(selection.since) if selection.since else ""
    until = _last_day(selection.until) if selection.until else ""

    def keep(event: Event) -> bool:
        if actors and not actors.intersection(event.agents):
            return False
        if parts and not parts.intersection(event.objects):
            return False
        if since or until:
            if not event.start:
                return False
            if since and _last_day(event.date) < since:
                return False
            if until and event.start > until:
                return False
        return True

    events = tuple(e for e in data.events if keep(e))
    used = {i for e in events for i in (*e.agents, *e.objects)} | parts
    clips = {c for e in events for c in e.clippings}
    return GraphData(events, {k: v for k, v in data.entities.items() if k in used},
                     {k: v for k, v in data.clippings.items() if k in clips}, data.event_types,
                     tuple(link for link in data.links if link.source in used and link.target in used))


def _last_day(value: str) -> str:
    """The last possible full date of a date prefix (``2025-02`` → ``2025-02-31``, fine for comparisons)."""
    return date_bounds(value)[1]
