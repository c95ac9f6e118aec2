"""Domain knowledge loaded from ``ontology/``: entities, aliases, identifiers, event types.

Everything the extractor knows about the world comes from Turtle files:

* ``ontology/veillegraph.ttl``: classes and properties (the TBox);
* ``ontology/event-types.ttl``: the SKOS scheme of event types with their
  trigger words (``vg:triggerVerb``, ``vg:triggerNoun``);
* ``ontology/reference/*.ttl``: actors and instruments with
  ``skos:prefLabel``/``skos:altLabel`` and identifiers.

Adding an actor is one Turtle block in ``ontology/reference/``; no Python changes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from . import _vocab as V
from ._errors import KnowledgeError
from ._resources import data_dir

_KIND_BY_CLASS: dict[str, tuple[str, str]] = {
    **{c.value: ("actor", k) for k, c in V.ACTOR_KINDS.items()},
    **{c.value: ("instrument", k) for k, c in V.INSTRUMENT_KINDS.items()},
    **{c.value: ("matter", k) for k, c in V.MATTER_KINDS.items()},
}


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    lang: str  # "" when the literal has no language tag
    preferred: bool


@dataclass(frozen=True, slots=True)
class Tenure:
    """A period during which a person acts for a body (``vg:Tenure``)."""

    body: str  # IRI of the body (vg:actsFor)
    start: str | None  # ISO date of the first day, None when the data gives none
    end: str | None  # ISO date of the last day, None while it lasts


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor, instrument or matter of the reference data."""

    iri: str
    category: str  # "actor" | "instrument" | "matter"
    kind: str  # key of _vocab.ACTOR_KINDS / INSTRUMENT_KINDS / MATTER_KINDS
    labels: tuple[Label, ...]
    part_of: str | None = None  # eli:is_part_of (an article's text)
    tenures: tuple[Tenure, ...] = ()  # a person's offices (vg:tenure), by start
    places: frozenset[str] = frozenset()  # its country's names and adjectives as written (vg:countryName, …)
    short_names: tuple[str, ...] = ()  # vg:shortName ("APD"), an agent label of the events table

    def office_on(self, start: str | None, end: str | None) -> str | None:
        """The body this person acted for over the days ``start``..``end`` (ISO dates; None: unknown), when
        their tenures give exactly one: the tenures overlapping that period, or all of them when it is unknown."""
        lo, hi = start or "0000-01-01", end or "9999-12-31"
        bodies = {t.body for t in self.tenures if (t.start or "0000-01-01") <= hi and lo <= (t.end or "9999-12-31")}
        return bodies.pop() if len(bodies) == 1 else None

    @property
    def pref_label(self) -> str:
        """The French preferred label, else any preferred label, else the first label."""
        for wanted in ("fr", "", None):
            for label in self.labels:
                if label.preferred and (wanted is None or label.lang == wanted):
                    return label.text
        return self.labels[0].text if self.labels else self.iri


@dataclass(frozen=True, slots=True)
class EventType:
    """A concept of the event-type scheme."""

    iri: str
    code: str  # skos:notation
    top_code: str  # notation of the top concept it rolls up to (itself for a top concept)
    labels: tuple[Label, ...]
    verbs: tuple[Label, ...]  # trigger verbs (lemmas or multi-word lemmas), with language
    nouns: tuple[Label, ...]  # trigger nominalisations, with language


@dataclass(frozen=True)
class Knowledge:
    entities: dict[str, Entity]
    event_types: dict[str, EventType]  # by code
    ontology: tuple[ox.Quad, ...]  # the TBox and event types, in the ontology graph
    reference: tuple[ox.Quad, ...]  # reference entities, in the reference graph

    def by_category(self, category: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.category == category]


def _files(root: Path) -> tuple[list[Path], list[Path]]:
    onto = sorted(p for p in root.glob("*.ttl"))
    ref = sorted(p for p in (root / "reference").glob("*.ttl"))
    return onto, ref


def _parse(path: Path, graph: ox.NamedNode) -> list[ox.Quad]:
    """Parse one Turtle file; blank nodes (OWL lists…) become skolem IRIs, numbered in parse order.

    Skolemising keeps every build byte-identical across processes and lets the
    store replace the ontology graph with a plain SPARQL update.
    """
    try:
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError, OSError) as exc:
        raise KnowledgeError(f"{path}: cannot parse Turtle: {exc}", code="VG201") from exc
    skolem: dict[str, ox.NamedNode] = {}
    base = f"{V.BASE}.well-known/genid/{path.stem}-"

    def fix(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> ox.NamedNode | ox.Literal | ox.Triple:
        if isinstance(term, ox.BlankNode):
            if term.value not in skolem:
                skolem[term.value] = ox.NamedNode(f"{base}{len(skolem) + 1}")
            return skolem[term.value]
        return term

    return [ox.Quad(fix(t.subject), t.predicate, fix(t.object), graph) for t in triples]  # type: ignore[arg-type]


_SLOTS = re.compile(r"\{(m|f|adj|country|short|seat)\}")
_Props = dict[str, list[ox.Literal | ox.NamedNode | ox.BlankNode]]


def _slot(props: _Props, prop: ox.NamedNode, lang: str) -> str | None:
    vals = sorted(o.value for o in props.get(prop.value, [])
                  if isinstance(o, ox.Literal) and (o.language or "") == lang)
    return vals[0] if vals else None


def _fill(template: str, lang: str, props: _Props) -> str | None:
    """``template`` with its slots filled from the actor's adjectives, country name, seat and short name (an acronym
    is written the same in every language: one without a language tag serves all); None when one is empty."""
    fr = lang == "fr"
    fills = {"m": _slot(props, V.ADJECTIVE, lang) if fr else None,
             "f": (_slot(props, V.FEMININE_ADJECTIVE, lang) or _slot(props, V.ADJECTIVE, lang)) if fr else None,
             "adj": None if fr else _slot(props, V.ADJECTIVE, lang),
             "country": _slot(props, V.COUNTRY_NAME, lang),
             "short": _slot(props, V.SHORT_NAME, lang) or _slot(props, V.SHORT_NAME, ""),
             "seat": _slot(props, V.SEAT_NAME, lang)}
    parts = _SLOTS.split(template)  # text, slot, text, slot, …, text
    out = []
    for k, part in enumerate(parts):
        value = fills[part] if k % 2 else part
        if value is None:
            return None
        out.append(value)
    return "".join(out)


def _periphrases(by_subject: dict[str, _Props]) -> list[ox.Quad]:
    """The alternative labels that the templates of an actor's ``vg:periphrases`` set make from its adjectives
    and country name ("le gendarme {m} de la vie privée" + "belge" -> "le gendarme belge de la vie privée"),
    in the reference graph, for the labels it does not already have. A template whose slot the actor does not
    fill is skipped (no country name: no "{country}'s privacy watchdog")."""
    out: list[ox.Quad] = []
    for s in sorted(by_subject):
        props = by_subject[s]
        sets = sorted(o.value for o in props.get(V.PERIPHRASES.value, []) if isinstance(o, ox.NamedNode))
        labels = props.get(V.PREF_LABEL.value, []) + props.get(V.ALT_LABEL.value, [])
        have = {(o.value, o.language or "") for o in labels if isinstance(o, ox.Literal)}
        for name in sets:
            if name not in by_subject:
                raise KnowledgeError(f"{s}: vg:periphrases {name} is not described in the reference data", code="VG208")
            templates = sorted(((o.language or ""), o.value) for o in by_subject[name].get(V.TEMPLATE.value, [])
                               if isinstance(o, ox.Literal))
            for lang, template in templates:
                text = _fill(template, lang, props)
                if text is not None and (text, lang) not in have:
                    have.add((text, lang))
                    out.append(ox.Quad(ox.NamedNode(s), V.ALT_LABEL, ox.Literal(text, language=lang or None),
                                       V.REFERENCE_GRAPH))
    return out


def _named_with_short(by_subject: dict[str, _Props]) -> list[ox.Quad]:
    """The alternative labels "name (SHORT)" of an actor with a ``vg:shortName``, from its labels without their
    bracketed qualifier ("Autorité de protection des données (Belgique)" + "APD" -> "Autorité de protection des
    données (APD)"): the way a clipping first names a foreign body, the acronym telling which one it is."""
    out: list[ox.Quad] = []
    for s in sorted(by_subject):
        props = by_subject[s]
        shorts = sorted({(o.value, o.language or "") for o in props.get(V.SHORT_NAME.value, [])
                         if isinstance(o, ox.Literal)})
        if not shorts:
            continue
        labels = props.get(V.PREF_LABEL.value, []) + props.get(V.ALT_LABEL.value, [])
        have = {(o.value, o.language or "") for o in labels if isinstance(o, ox.Literal)}
        for o in sorted((o for o in labels if isinstance(o, ox.Literal)), key=lambda o: (o.language or "", o.value)):
            base = re.sub(r"\s*\([^()]*\)$", "", o.value).strip()
            if not base[:1].isupper() or len(base.split()) < 2:
                continue  # (a name, not a periphrasis such as "le gendarme belge")
            for short, short_lang in shorts:
                if short_lang and short_lang != (o.language or ""):
                    continue  # an acronym tagged with a language serves that language only
                text = f"{base} ({short})"
                if (text, o.language or "") not in have:
                    have.add((text, o.language or ""))
                    out.append(ox.Quad(ox.NamedNode(s), V.ALT_LABEL, ox.Literal(text, language=o.language or None),
                                       V.REFERENCE_GRAPH))
    return out


def _tenures(s: str, props: _Props, by_subject: dict[str, _Props]) -> tuple[Tenure, ...]:
    """The tenures of a person (``vg:tenure``), sorted by start; each must name the body it acts for."""
    out = []
    for node in props.get(V.TENURE.value, []):
        t = by_subject.get(node.value, {})
        body = [o.value for o in t.get(V.ACTS_FOR.value, []) if isinstance(o, ox.NamedNode)]
        if len(body) != 1:
            raise KnowledgeError(f"{s}: a vg:tenure must name exactly one body with vg:actsFor "
                                 f"(found {len(body)})", code="VG209")
        bounds: list[str | None] = []
        for prop in (V.TENURE_START, V.TENURE_END):
            vals = [o for o in t.get(prop.value, []) if isinstance(o, ox.Literal)]
            if vals and (vals[0].datatype != V.XSD.date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", vals[0].value)):
                raise KnowledgeError(f"{s}: {prop.value} must be an xsd:date such as \"2024-09-21\"^^xsd:date "
                                     f"(found {vals[0]})", code="VG209")
            bounds.append(vals[0].value if vals else None)
        out.append(Tenure(body[0], bounds[0], bounds[1]))
    return tuple(sorted(out, key=lambda t: (t.start or "", t.end or "~", t.body)))


def load_knowledge(root: Path | None = None) -> Knowledge:
    """Read the ontology folder (default: the packaged one) into a ``Knowledge``."""
    root = root or data_dir("ontology")
    onto_files, ref_files = _files(root)
    if not onto_files:
        raise KnowledgeError(f"{root}: no ontology Turtle files found", code="VG202")
    onto: list[ox.Quad] = []
    for p in onto_files:
        onto.extend(_parse(p, V.ONTOLOGY_GRAPH))
    ref: list[ox.Quad] = []
    for p in ref_files:
        ref.extend(_parse(p, V.REFERENCE_GRAPH))

    by_subject: dict[str, dict[str, list[ox.Literal | ox.NamedNode | ox.BlankNode]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for q in (*onto, *ref):
        if isinstance(q.subject, ox.NamedNode):
            by_subject[q.subject.value][q.predicate.value].append(q.object)  # type: ignore[arg-type]
    for q in [*_periphrases(by_subject), *_named_with_short(by_subject)]:
        ref.append(q)
        by_subject[q.subject.value][q.predicate.value].append(q.object)  # type: ignore[union-attr,arg-type]

    def labels(props: dict[str, list[ox.Literal | ox.NamedNode | ox.BlankNode]], *names: ox.NamedNode,
               preferred: ox.NamedNode | None = None) -> tuple[Label, ...]:
        out = []
        for name in names:
            for o in props.get(name.value, []):
                if isinstance(o, ox.Literal):
                    out.append(Label(o.value, o.language or "", preferred is not None and name == preferred))
        return tuple(sorted(out, key=lambda lb: (not lb.preferred, lb.lang, lb.text)))

    entities: dict[str, Entity] = {}
    concepts: dict[str, dict[str, list[ox.Literal | ox.NamedNode | ox.BlankNode]]] = {}
    for s, props in by_subject.items():
        types = {o.value for o in props.get(V.TYPE.value, []) if isinstance(o, ox.NamedNode)}
        if V.SKOS.Concept.value in types and any(
            isinstance(o, ox.NamedNode) and o == V.EVENT_TYPE_SCHEME for o in props.get(V.IN_SCHEME.value, [])
        ):
            concepts[s] = props
            continue
        kinds = sorted(_KIND_BY_CLASS[t] for t in types if t in _KIND_BY_CLASS)
        if not kinds:
            continue
        if len({c for c, _ in kinds}) > 1:
            raise KnowledgeError(f"{s}: typed both as {kinds[0][0]} and {kinds[1][0]}", code="VG203")
        lbls = labels(props, V.PREF_LABEL, V.ALT_LABEL, V.LABEL, preferred=V.PREF_LABEL)
        if not lbls:
            raise KnowledgeError(f"{s}: reference entity has no skos:prefLabel", code="VG204")
        part = props.get(V.IS_PART_OF.value)
        entities[s] = Entity(s, kinds[0][0], kinds[0][1], lbls,
                             part[0].value if part and isinstance(part[0], ox.NamedNode) else None,
                             _tenures(s, props, by_subject),
                             frozenset(o.value for p in (V.COUNTRY_NAME, V.ADJECTIVE, V.FEMININE_ADJECTIVE)
                                       for o in props.get(p.value, []) if isinstance(o, ox.Literal)),
                             tuple(sorted({o.value for o in props.get(V.SHORT_NAME.value, [])
                                           if isinstance(o, ox.Literal)})))

    def notation(props: dict[str, list[ox.Literal | ox.NamedNode | ox.BlankNode]]) -> str | None:
        vals = [o.value for o in props.get(V.NOTATION.value, []) if isinstance(o, ox.Literal)]
        return vals[0] if vals else None

    def top(iri: str, seen: frozenset[str] = frozenset()) -> str:
        props = concepts[iri]
        broader = [o.value for o in props.get(V.BROADER.value, []) if isinstance(o, ox.NamedNode)]
        if not broader or iri in seen:
            return iri
        if broader[0] not in concepts:
            raise KnowledgeError(f"{iri}: skos:broader {broader[0]} is not in the event-type scheme", code="VG205")
        return top(broader[0], seen | {iri})

    event_types: dict[str, EventType] = {}
    for iri, props in sorted(concepts.items()):
        code = notation(props)
        if code is None:
            raise KnowledgeError(f"{iri}: event type has no skos:notation", code="VG206")
        top_code = notation(concepts[top(iri)]) or code
        event_types[code] = EventType(
            iri, code, top_code,
            labels(props, V.PREF_LABEL, V.ALT_LABEL, preferred=V.PREF_LABEL),
            labels(props, V.TRIGGER_VERB), labels(props, V.TRIGGER_NOUN),
        )
    if not event_types:
        raise KnowledgeError(f"{root}: no event types found (ontology/event-types.ttl)", code="VG207")
    return Knowledge(dict(sorted(entities.items())), event_types, tuple(onto), tuple(ref))


@lru_cache(maxsize=4)
def default_knowledge() -> Knowledge:
    """The packaged knowledge, loaded once per process."""
    return load_knowledge()
