"""Build stage: clippings and their extracted events → RDF quads.

Each clipping gets its own named graph (``graph/clipping/{key}``) holding the
clipping, its events, their evidence (Web Annotations) and the entities minted
from its text; reference data and the ontology go into their own graphs, build
provenance (PROV-O) into ``graph/provenance``. Functions here are pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from . import __version__, mint
from . import _vocab as V
from .knowledge import Knowledge
from .model import Clipping, EntityRef, ExtractedEvent, PartialDate

#: Characters of context kept before and after an evidence quote.
CONTEXT = 32

_DATE_TYPES = {"day": V.XSD.date, "month": V.XSD.gYearMonth, "year": V.XSD.gYear}
_CATEGORY_OF_KIND: dict[str, tuple[str, ox.NamedNode, ox.NamedNode]] = {
    **{k: ("actor", V.ACTOR, c) for k, c in V.ACTOR_KINDS.items()},
    **{k: ("instrument", V.INSTRUMENT, c) for k, c in V.INSTRUMENT_KINDS.items()},
    **{k: ("matter", V.MATTER, c) for k, c in V.MATTER_KINDS.items()},
}

Extract = Callable[[Clipping], Sequence[ExtractedEvent]]


def date_literal(date: PartialDate) -> ox.Literal:
    return ox.Literal(date.value, datatype=_DATE_TYPES[date.precision])


def decimal_literal(value: Decimal) -> ox.Literal:
    text = format(value.normalize(), "f")
    return ox.Literal(text, datatype=V.XSD.decimal)


def _lit(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def _int(value: int, datatype: ox.NamedNode = V.XSD.integer) -> ox.Literal:
    return ox.Literal(str(value), datatype=datatype)


def _published_literal(published: str) -> ox.Literal | None:
    try:
        return date_literal(PartialDate(published[:10]))
    except ValueError:
        return None


def _iri_or_none(value: str | None) -> ox.NamedNode | None:
    if not value:
        return None
    try:
        return ox.NamedNode(value)
    except ValueError:
        return None


class _Quads:
    """Collects quads for one named graph."""

    def __init__(self, graph: ox.NamedNode) -> None:
        self.graph = graph
        self.items: list[ox.Quad] = []

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.items.append(ox.Quad(s, p, o, self.graph))


def _entity(out: _Quads, ref: EntityRef, lang: str) -> ox.NamedNode | None:
    """The IRI for ``ref``; for an unlinked mention, mint the entity into ``out``."""
    if ref.iri:
        return ox.NamedNode(ref.iri)
    if not ref.kind or ref.kind not in _CATEGORY_OF_KIND or not ref.text.strip():
        return None
    category, top, kind_class = _CATEGORY_OF_KIND[ref.kind]
    iri = mint.new_entity_iri(category, ref.kind, ref.name or ref.text)
    label = mint.mention_label(ref.name or ref.text)
    out.add(iri, V.TYPE, top)
    out.add(iri, V.TYPE, kind_class)
    out.add(iri, V.PREF_LABEL, _lit(label, lang))
    if ref.name:  # the body named by its office's title: "préfète du Rhône" for "préfecture du Rhône"
        out.add(iri, V.ALT_LABEL, _lit(mint.mention_label(ref.text), lang))
    name = proper_name(label) if category == "actor" else None
    if name is not None:
        out.add(iri, V.ALT_LABEL, _lit(name, lang))
    out.add(iri, V.LINKED, ox.Literal("false", datatype=V.XSD.boolean))
    out.add(iri, V.MENTION_TEXT, _lit(ref.text))
    return iri


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    """Words that link a head to the name of something else ("tribunal de Rouen", "court of Rouen"): the name
    after them is a place or a parent body, not the body's own name. (Read on first use: importing the
    extraction package loads spaCy, which a build from already extracted events does not need.)"""
    from .extract.lang import LANGS

    return frozenset(w.split()[-1] for mod in LANGS.values() for w in mod.NAME_LINKS)


def _capital(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def proper_name(label: str) -> str | None:
    """The proper name inside the label of a minted body, when a common-noun description comes first.

    "société Medilex" -> "Medilex", "power utility Endesa" -> "Endesa", "pharmacie en ligne Apohem" ->
    "Apohem", "député Jean Martin" -> "Jean Martin": the run of capitalised words after lower-case words
    (a word starting with a digit and holding letters counts: "23andMe"). None when the label starts with
    its name, has none, or names it after a link ("tribunal administratif de Rouen": Rouen is the seat).
    """
    spans = [m.span() for m in re.finditer(r"\S+", label)]
    words = [label[a:b] for a, b in spans]
    i = next((n for n, w in enumerate(words) if _capital(w)), None)
    if not i or words[i - 1].lower() in _links():
        return None
    j = i
    while j < len(words) and _capital(words[j]):
        j += 1
    # the run as written in the label (its own spaces, or tabs and line breaks from the text)
    name = label[spans[i][0]:spans[j - 1][1]].strip(",;:.")
    return name if len(name) >= 2 else None


def occurrence_quads(clip: Clipping) -> list[ox.Quad]:
    """Where the clipping was read (file name and record number), in its named graph."""
    key = mint.clipping_key(clip.text)
    out = _Quads(mint.clipping_graph(key))
    _occurrences(out, clip, key, mint.clipping_iri(key))
    return out.items


def _occurrences(out: _Quads, clip: Clipping, key: str, c: ox.NamedNode) -> None:
    for origin in clip.origins:
        occ = mint.occurrence_iri(key, origin.source, origin.position)
        out.add(c, V.OCCURS, occ)
        out.add(occ, V.TYPE, V.OCCURRENCE)
        out.add(occ, V.SOURCE_NAME, _lit(origin.source))
        out.add(occ, V.POSITION, _int(origin.position))


def clipping_quads(clip: Clipping, events: Sequence[ExtractedEvent], knowledge: Knowledge) -> list[ox.Quad]:
    """All quads of one clipping's named graph."""
    key = mint.clipping_key(clip.text)
    out = _Quads(mint.clipping_graph(key))
    c = mint.clipping_iri(key)
    lang = clip.lang or "fr"
    out.add(c, V.TYPE, V.CLIPPING)
    out.add(c, V.TEXT, _lit(clip.text))
    if clip.id:
        out.add(c, V.IDENTIFIER, _lit(clip.id))
    if clip.lang:
        out.add(c, V.LANGUAGE, _lit(clip.lang))
    if clip.title:
        out.add(c, V.TITLE, _lit(clip.title))
    src = _iri_or_none(clip.source_url)
    if src is not None:
        out.add(c, V.SOURCE, src)
    if clip.published:
        pub = _published_literal(clip.published)
        if pub is not None:
            out.add(c, V.ISSUED, pub)
    if clip.site_name:
        out.add(c, V.SITE_NAME, _lit(clip.site_name))
    if clip.retrieved:
        out.add(c, V.RETRIEVED, ox.Literal(clip.retrieved, datatype=V.XSD.dateTime))
    for note in clip.notes:
        out.add(c, V.EDITORIAL_NOTE, _lit(note, lang))
    _occurrences(out, clip, key, c)  # the key once: normalising the text is the costly part

    seen: set[str] = set()
    for ev in events:
        etype = knowledge.event_types.get(ev.type)
        if etype is None:
            continue
        # one event per trigger and party: "adopté par le Parlement … puis par le Conseil" gives two
        obj_key = (ev.object.iri or ev.object.text) if ev.object else ""
        agent_key = (ev.agent.iri or ev.agent.text) if ev.agent else ""
        party = f"{obj_key}|{agent_key}"
        ekey = mint.event_key(key, ev.type, ev.trigger.start, ev.trigger.end, party)
        if ekey in seen:
            continue
        seen.add(ekey)
        e = mint.event_iri(ekey)
        out.add(e, V.TYPE, V.EVENT)
        out.add(e, V.EVENT_TYPE, ox.NamedNode(etype.iri))
        out.add(e, V.HAS_MODALITY, V.MODALITIES[ev.modality])
        out.add(e, V.REPORTED_IN, c)
        if ev.agent is not None:
            agent = _entity(out, ev.agent, lang)
            if agent is not None:
                out.add(e, V.AGENT, agent)
            out.add(e, V.AGENT_TEXT, _lit(ev.agent.text))
        if ev.agent_person is not None:
            person = _entity(out, ev.agent_person, lang)
            if person is not None:
                out.add(e, V.AGENT_PERSON, person)
        if ev.object is not None:
            obj = _entity(out, ev.object, lang)
            if obj is not None:
                out.add(e, V.OBJECT, obj)
            out.add(e, V.OBJECT_TEXT, _lit(ev.object.text))
        if ev.addressee is not None:
            addressee = _entity(out, ev.addressee, lang)
            if addressee is not None:
                out.add(e, _ADDRESSEE, addressee)
        if ev.ground:
            out.add(e, _GROUND, _lit(ev.ground))
        if ev.requirement:
            out.add(e, _REQUIREMENT, _lit(ev.requirement))
        if ev.date is not None:
            out.add(e, V.DATE, date_literal(ev.date))
        if ev.date_text:
            out.add(e, V.DATE_TEXT, _lit(ev.date_text))
        if ev.date is not None and ev.extras.get("date_basis"):
            out.add(e, _DATE_BASIS, _lit(ev.extras["date_basis"]))
        if ev.amount is not None:
            out.add(e, V.AMOUNT, decimal_literal(ev.amount))
            out.add(e, V.CURRENCY, _lit(ev.currency or "EUR"))
        if ev.count is not None:
            out.add(e, V.COUNT, _int(ev.count, V.XSD.nonNegativeInteger))
        _evidence(out, e, ekey, c, clip.text, ev)
    return out.items


#: The body an act is addressed to (a referral's court), what the act is for and what it orders, as written.
_ADDRESSEE = V.VG.addressee
_GROUND = V.VG.ground
_REQUIREMENT = V.VG.requirement
#: Where the parts of the date that its phrase leaves out came from (``extract.dates.BASES``).
_DATE_BASIS = V.VG.dateBasis

# Terms of the evidence annotations, made once (a namespace attribute makes a new NamedNode each time).
_OA_ANNOTATION = V.OA.Annotation
_OA_SPECIFICRESOURCE = V.OA.SpecificResource
_OA_TEXTPOSITIONSELECTOR = V.OA.TextPositionSelector
_OA_TEXTQUOTESELECTOR = V.OA.TextQuoteSelector
_OA_DESCRIBING = V.OA.describing
_OA_END = V.OA.end
_OA_EXACT = V.OA.exact
_OA_HASBODY = V.OA.hasBody
_OA_HASSELECTOR = V.OA.hasSelector
_OA_HASSOURCE = V.OA.hasSource
_OA_HASTARGET = V.OA.hasTarget
_OA_MOTIVATEDBY = V.OA.motivatedBy
_OA_PREFIX = V.OA.prefix
_OA_REFINEDBY = V.OA.refinedBy
_OA_START = V.OA.start
_OA_SUFFIX = V.OA.suffix
_NON_NEGATIVE = V.XSD.nonNegativeInteger


def _evidence(out: _Quads, event: ox.NamedNode, ekey: str, clipping: ox.NamedNode, text: str,
              ev: ExtractedEvent) -> None:
    start, end = ev.evidence.start, min(ev.evidence.end, len(text))
    a = mint.evidence_iri(ekey, start, end)
    target = mint.evidence_iri(ekey, start, end, "target")
    quote = mint.evidence_iri(ekey, start, end, "quote")
    position = mint.evidence_iri(ekey, start, end, "position")
    out.add(event, V.EVIDENCE, a)
    out.add(a, V.TYPE, _OA_ANNOTATION)
    out.add(a, _OA_MOTIVATEDBY, _OA_DESCRIBING)
    out.add(a, _OA_HASBODY, event)
    out.add(a, _OA_HASTARGET, target)
    out.add(target, V.TYPE, _OA_SPECIFICRESOURCE)
    out.add(target, _OA_HASSOURCE, clipping)
    out.add(target, _OA_HASSELECTOR, quote)
    out.add(target, _OA_HASSELECTOR, position)
    out.add(quote, V.TYPE, _OA_TEXTQUOTESELECTOR)
    out.add(quote, _OA_EXACT, _lit(text[start:end]))
    out.add(quote, _OA_PREFIX, _lit(text[max(0, start - CONTEXT):start]))
    out.add(quote, _OA_SUFFIX, _lit(text[end:end + CONTEXT]))
    out.add(position, V.TYPE, _OA_TEXTPOSITIONSELECTOR)
    out.add(position, _OA_START, _int(start, _NON_NEGATIVE))
    out.add(position, _OA_END, _int(end, _NON_NEGATIVE))
    # the trigger word(s) inside the evidence, as a refinement of the evidence's span (Web Annotation
    # oa:refinedBy: offsets relative to the segment selected by the position selector)
    ts, te = ev.trigger.start - start, ev.trigger.end - start
    if 0 <= ts < te <= end - start:
        trigger = mint.evidence_iri(ekey, start, end, "trigger")
        out.add(position, _OA_REFINEDBY, trigger)
        out.add(trigger, V.TYPE, _OA_TEXTPOSITIONSELECTOR)
        out.add(trigger, _OA_START, _int(ts, _NON_NEGATIVE))
        out.add(trigger, _OA_END, _int(te, _NON_NEGATIVE))


def near_duplicate_quads(pairs: Iterable[tuple[str, str, float]]) -> list[ox.Quad]:
    """``vg:nearDuplicateOf`` links (both directions), each in the graph of its subject clipping."""
    out = []
    for a, b, _score in pairs:
        for x, y in ((a, b), (b, a)):
            out.append(ox.Quad(mint.clipping_iri(x), V.NEAR_DUPLICATE_OF, mint.clipping_iri(y),
                               mint.clipping_graph(x)))
    return out


def knowledge_quads(knowledge: Knowledge) -> list[ox.Quad]:
    """The ontology and reference data, each in its own graph."""
    return [*knowledge.ontology, *knowledge.reference]


SOFTWARE = V.ID[f"software/veillegraph/{__version__}"]


def run_for(clipping_keys: Iterable[str]) -> ox.NamedNode:
    """The IRI of the build run that adds these clippings; derived from its input, so deterministic."""
    return mint.run_iri(mint.digest(__version__, *sorted(set(clipping_keys))))


def run_quads(run: ox.NamedNode, sources: Iterable[str]) -> list[ox.Quad]:
    """PROV-O description of one build run (in the provenance graph)."""
    out = _Quads(V.PROVENANCE_GRAPH)
    out.add(run, V.TYPE, V.PROV.Activity)
    out.add(run, V.TYPE, V.BUILD_RUN)
    out.add(run, V.PROV.wasAssociatedWith, SOFTWARE)
    out.add(SOFTWARE, V.TYPE, V.PROV.SoftwareAgent)
    out.add(SOFTWARE, V.LABEL, _lit(f"veillegraph {__version__}"))
    for s in sorted(set(sources)):
        out.add(run, V.SOURCE_NAME, _lit(s))
    return out.items


def generated_by(clipping_key_: str, run: ox.NamedNode) -> ox.Quad:
    """``<graph of the clipping> prov:wasGeneratedBy <run>``, in the provenance graph."""
    return ox.Quad(mint.clipping_graph(clipping_key_), V.PROV.wasGeneratedBy, run, V.PROVENANCE_GRAPH)


def provenance_quads(clipping_keys: Iterable[str], sources: Iterable[str]) -> list[ox.Quad]:
    """PROV-O for one build run: the run, and which clipping graphs it generated."""
    keys = sorted(set(clipping_keys))
    run = run_for(keys)
    return run_quads(run, sources) + [generated_by(k, run) for k in keys]


@dataclass
class BuildSummary:
    """Counts reported at the end of a build."""

    read: int = 0
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    events: int = 0
    merged: int = 0
    sources: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"read {self.read} records: {self.new} new clippings, {self.duplicates} duplicate, "
                f"{self.near_duplicates} near-duplicate pairs, {self.rejected} rejected; {self.events} events, "
                f"{self.merged} merged into events reported by several clippings")
