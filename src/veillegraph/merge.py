"""Event identity across clippings: the mention-events of many clippings that tell the same act.

Every clipping graph holds its own *mention-events* (one ``vg:Event`` per act the
clipping reports). This module finds the mentions that are the same act and
returns the content of the ``graph/merges`` named graph:

* one *canonical event* ``id:event/{key}`` per group of two or more mentions,
  a full ``vg:Event`` (type, agent, object, most precise date, modality, every
  reporting clipping and every piece of evidence) linked to its mentions by
  ``vg:report``;
* on every absorbed mention, ``vg:canonicalEvent`` and ``owl:sameAs`` to the
  canonical event (an IRI that disappears in a merge stays resolvable) and
  ``vg:mergeRule``, the rule that put it there;
* one merge record ``id:merge/{key}`` (``vg:Merge``: survivor, absorbed
  mentions, and, only when asked, when it was recorded).

The rules (see ``docs/merging.md``): mentions are candidates when they have the
same top event type and types that do not differ below it (one broader than
the other, or amounts that agree), the same modality class (realised, or planned:
expected/announced/proposed), agents that do not differ (the same, or one side
unnamed) and compatible objects (the same, or one is ``eli:is_part_of`` or ``org:subOrganizationOf`` the
other; an unknown object, or a different one minted from a clipping's words,
only with the same date to the day or the same amount). Among candidates, dated
mentions merge when their dates are compatible at their precisions (one is a
prefix of the other; or a few days apart when their amounts agree) and their
amounts and counts do not disagree; a mention without a date merges only when
other evidence agrees: the same amount, its clipping already shares a merged
event with the group or is a near-duplicate of one of its clippings, or the
group is the one dated act of its object; and then only when exactly one group
qualifies (the one naming the mention's agent wins over groups that name none).
An analyst's decisions file (``split A B`` / ``merge A B``) is obeyed.
Canonical IRIs already in the store's merges graph are kept, so rebuilds are
stable.

Everything here is pure over the store it reads: the same store gives the same
quads, sorted.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import json
import logging
import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import _vocab as V
from . import mint
from ._errors import InputError
from ._files import atomic_write

log = logging.getLogger("veillegraph")

# Terms of the merge vocabulary (declared in ontology/veillegraph.ttl).
MERGES_GRAPH = V.MERGES_GRAPH
CANONICAL_EVENT = V.CANONICAL_EVENT   # mention-event -> canonical event (subproperty of owl:sameAs)
REPORT = V.REPORT                     # canonical event -> mention-event
MERGE_RULE = V.MERGE_RULE             # mention-event -> xsd:string, the rule that merged it
MERGE = V.MERGE                       # class of merge records
SURVIVOR = V.SURVIVOR                 # merge record -> canonical event
ABSORBED = V.ABSORBED                 # merge record -> mention-event
SAME_AS = V.OWL.sameAs
DIFFERENT_FROM = V.OWL.differentFrom

#: Relative difference under which two amounts in the same currency are taken to agree
#: (press rounding and typos: 797,12 vs 797,72 millions).
AMOUNT_TOLERANCE = Decimal("0.01")

#: Modalities that describe an act not (yet) done; they merge only among themselves.
PLANNED = frozenset({V.VG.expected.value, V.VG.announced.value, V.VG.proposed.value})

#: Rule codes written as ``vg:mergeRule``.
RULE_SEED = "seed"
RULE_SAME_DATE = "same-date"
RULE_DATE_PRECISION = "date-precision"
RULE_UNDATED_AMOUNT = "undated-amount"
RULE_UNDATED_CORROBORATED = "undated-corroborated"
RULE_UNDATED_SAME_OBJECT = "undated-same-object"
RULE_AMOUNT_NEAR_DATE = "amount-near-date"

#: Two reports of one fine may date it differently (the decision, its announcement): with amounts
#: that agree, dates at most this many days apart (at their precisions) do not tell two acts apart.
NEAR_DATE_DAYS = 31
RULE_DOCUMENT_NEAR_DATE = "document-near-date"
#: Documents that one act issues once (an opinion, a report): reports of that act by the same agent on the
#: same document may date it a few days apart (adopted on the 17th, published on the 18th).
ONCE_ISSUED_KINDS = frozenset({V.VG.Report.value})
RULE_ANALYST = "analyst-merge"

_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(V.PREFIXES.items()))

_MENTIONS_QUERY = _PREFIXES + """
SELECT ?e ?clipping ?type ?agent ?object ?date ?amount ?currency ?count ?modality ?issued WHERE {
  ?e a vg:Event ; vg:eventType ?type ; vg:reportedIn ?clipping .
  FILTER NOT EXISTS { ?e vg:report ?any }
  OPTIONAL { ?clipping dct:issued ?issued }
  OPTIONAL { ?e vg:agent ?agent }
  OPTIONAL { ?e vg:object ?object }
  OPTIONAL { ?e vg:date ?date }
  OPTIONAL { ?e vg:amount ?amount }
  OPTIONAL { ?e vg:currency ?currency }
  OPTIONAL { ?e vg:count ?count }
  OPTIONAL { ?e vg:modality ?modality }
}
"""

_TOP_QUERY = _PREFIXES + """
SELECT ?type ?top ?isTop WHERE {
  { SELECT DISTINCT ?type WHERE { ?e a vg:Event ; vg:eventType ?type } }
  ?type skos:broader* ?top .
  BIND (NOT EXISTS { ?top skos:broader ?up } AS ?isTop)
}
"""

_EVIDENCE_QUERY = _PREFIXES + """
SELECT ?e ?a WHERE { ?e a vg:Event ; vg:evidence ?a . FILTER NOT EXISTS { ?e vg:report ?any } }
"""
_EVIDENCE_OF_QUERY = _PREFIXES + """
SELECT ?e ?a WHERE {
  ?e a vg:Event ; vg:reportedIn ?clipping ; vg:evidence ?a . FILTER NOT EXISTS { ?e vg:report ?any }
}
"""

_PART_OF_QUERY = _PREFIXES + """
SELECT ?o ?whole WHERE {
  { SELECT DISTINCT ?o WHERE { ?e a vg:Event ; vg:object ?o } }
  ?o (eli:is_part_of|org:subOrganizationOf)+ ?whole .
}
"""

_NEAR_QUERY = _PREFIXES + "SELECT ?a ?b WHERE { ?a vg:nearDuplicateOf ?b }"



# --- the mentions --------------------------------------------------------------------

@dataclass(frozen=True)
class Mention:
    """One mention-event as read from a clipping graph."""

    iri: str
    clipping: str
    type: str
    top: str
    agent: str | None = None
    object: str | None = None
    broader: frozenset[str] = frozenset()  # the type's skos:broader* (the type itself included)
    wholes: frozenset[str] = frozenset()  # what the object is (transitively) eli:is_part_of
    object_minted: bool = False  # the object is an entity minted from this clipping's words (vg:linked false)
    object_kinds: frozenset[str] = frozenset()  # the object's classes
    date: ox.Literal | None = None
    amount: Decimal | None = None
    currency: str | None = None
    count: int | None = None
    modality: str | None = None
    evidence: tuple[str, ...] = ()
    published: str | None = None  # the publication date of the clipping (dct:issued), when known
    date_text: str | None = field(init=False, compare=False, repr=False)
    planned: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "date_text", self.date.value if self.date is not None else None)
        object.__setattr__(self, "planned", self.modality in PLANNED)

    def block(self) -> tuple[str, bool]:
        """Mentions outside one block are never the same act (agents are compared inside a block:
        an unnamed agent is compatible with any)."""
        return (self.top, self.planned)


def _value(term: object) -> str | None:
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return None


def _decimal(term: object) -> Decimal | None:
    text = _value(term)
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _int(term: object) -> int | None:
    text = _value(term)
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _only(query: str, iris: Collection[str] | None, var: str = "clipping") -> str:
    """``query`` with ``?var`` bound to ``iris`` (the query unchanged when ``None``)."""
    if iris is None:
        return query
    values = " ".join(f"<{c}>" for c in sorted(iris))
    head, _, body = query.partition("WHERE {")
    return f"{head}WHERE {{ VALUES ?{var} {{ {values} }}{body}"


_USED_TYPES = "{ SELECT DISTINCT ?type WHERE { ?e a vg:Event ; vg:eventType ?type } }"
_USED_OBJECTS = "{ SELECT DISTINCT ?o WHERE { ?e a vg:Event ; vg:object ?o } }"


def _restrict(query: str, used: str, var: str, iris: Sequence[str] | None) -> str:
    """``query`` with its sub-query ``used`` (the values of ``var`` in the store) replaced by ``iris``."""
    if iris is None:
        return query
    assert used in query
    return query.replace(used, f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in iris)} }}")


def read_mentions(store: ox.Store, clippings: Collection[str] | None = None, *,
                  events: Collection[str] | None = None) -> list[Mention]:
    """Every mention-event of ``store`` (canonical events excluded), sorted by IRI; only those reported
    in ``clippings`` (clipping IRIs), or only ``events`` (event IRIs), when given.

    An event with several agents or objects (which the shapes allow) is read
    with the smallest IRI of each, so that the result does not depend on order.
    A mention depends on its clipping's graph and on the ontology and reference
    graphs only (an entity minted from a clipping's words has the same types in
    every graph that mints it: its IRI names its kind), so the mentions of a set
    of clippings read alone are the ones a read of the whole store gives.
    """
    if (clippings is not None and not clippings) or (events is not None and not events):
        return []
    mentions_query = _only(_only(_MENTIONS_QUERY, clippings), events, "e")
    result = store.query(mentions_query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    sols = list(result)
    types = objects = None
    if clippings is not None or events is not None:  # what the mentions name, for lookups restricted to it
        types = sorted({t for sol in sols if (t := _value(sol["type"]))})
        objects = sorted({o for sol in sols
                          if isinstance(sol["object"], ox.NamedNode) and (o := _value(sol["object"]))})
    tops: dict[str, str] = {}
    broader: dict[str, set[str]] = defaultdict(set)
    for sol in store.query(_restrict(_TOP_QUERY, _USED_TYPES, "type", types),  # type: ignore[union-attr]
                           use_default_graph_as_union=True):
        t, top = _value(sol["type"]), _value(sol["top"])
        if t and top:
            broader[t].add(top)
            if _value(sol["isTop"]) == "true" and (t not in tops or top < tops[t]):
                tops[t] = top
    wholes: dict[str, set[str]] = defaultdict(set)
    for sol in store.query(_restrict(_PART_OF_QUERY, _USED_OBJECTS, "o", objects),  # type: ignore[union-attr]
                           use_default_graph_as_union=True):
        o, w = _value(sol["o"]), _value(sol["whole"])
        if o and w:
            wholes[o].add(w)
    kinds: dict[str, set[str]] = defaultdict(set)
    minted: set[str] = set()
    unlinked = ox.Literal("false", datatype=V.XSD.boolean)
    if objects is None:
        for q in store.quads_for_pattern(None, V.LINKED, unlinked):  # an index scan: quicker than a SPARQL join
            if isinstance(q.subject, ox.NamedNode):
                minted.add(q.subject.value)
    else:
        minted.update(o for o in objects if any(True for _ in store.quads_for_pattern(
            ox.NamedNode(o), V.LINKED, unlinked)))
    evidence: dict[str, set[str]] = defaultdict(set)
    evidence_query = _EVIDENCE_QUERY if clippings is None else _only(_EVIDENCE_OF_QUERY, clippings)
    evidence_query = _only(evidence_query, events, "e")
    for sol in store.query(evidence_query,  # type: ignore[union-attr]
                           use_default_graph_as_union=True):
        e, a = _value(sol["e"]), _value(sol["a"])
        if e and a:
            evidence[e].add(a)
    rows: dict[str, Mention] = {}
    for sol in sols:
        iri = _value(sol["e"])
        etype = _value(sol["type"])
        clipping = _value(sol["clipping"])
        if not iri or not etype or not clipping:
            continue
        date = sol["date"]
        obj = _value(sol["object"])
        node = sol["object"]
        if obj and obj not in kinds and isinstance(node, ox.NamedNode):  # by index lookups: quicker than a join
            kinds[obj] = {q.object.value for q in store.quads_for_pattern(node, V.TYPE, None)
                          if isinstance(q.object, ox.NamedNode)}
        m = Mention(
            iri=iri, clipping=clipping, type=etype, top=tops.get(etype, etype),
            broader=frozenset(broader.get(etype, set()) | {etype}),
            agent=_value(sol["agent"]), object=obj, wholes=frozenset(wholes.get(obj or "", ())),
            object_minted=obj in minted, object_kinds=frozenset(kinds.get(obj or "", ())),
            date=date if isinstance(date, ox.Literal) else None,
            amount=_decimal(sol["amount"]), currency=_value(sol["currency"]), count=_int(sol["count"]),
            modality=_value(sol["modality"]), evidence=tuple(sorted(evidence.get(iri, ()))),
            published=_value(sol["issued"]),
        )
        old = rows.get(iri)
        if old is None or _mention_order(m) < _mention_order(old):
            rows[iri] = m
    return [rows[k] for k in sorted(rows)]


def _mention_order(m: Mention) -> tuple[str, ...]:
    return (m.clipping, m.type, m.agent or "", m.object or "", m.date_text or "", str(m.amount or ""),
            m.currency or "", str(m.count or ""), m.modality or "", m.published or "")


# --- compatibility -------------------------------------------------------------------

def dates_compatible(a: str | None, b: str | None) -> bool:
    """Two dates at their precisions can be the same day: one is a prefix of the other.

    ``2025-01`` is compatible with ``2025-01-13``, ``2025`` with both, ``2025-01``
    not with ``2025-02-03``. An unknown date (``None``) is compatible with
    anything *here*; whether an undated mention may merge is decided by the
    rules that need other evidence.
    """
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


def _bounds(date: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date at its precision (``2025``, ``2025-04``, ``2025-04-24``) can be."""
    try:
        parts = [int(p) for p in date.split("-")]
        if len(parts) == 3:
            day = dt.date(parts[0], parts[1], parts[2])
            return day, day
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def date_gap_days(a: str | None, b: str | None) -> int | None:
    """Days between two dates at their precisions (0 when they can be the same day); ``None`` if unknown."""
    if a is None or b is None:
        return None
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return None
    return max(0, (bb[0] - ba[1]).days, (ba[0] - bb[1]).days)


def dates_close_with_amount(a: Mention, b: Mention) -> bool:
    """Different dates that one act can still have: amounts that agree, dates ``NEAR_DATE_DAYS`` apart at most
    (the decision and its announcement: 1 and 15 September; 27 December and "en janvier")."""
    if amounts_agree(a.amount, a.currency, b.amount, b.currency) is not True:
        return False
    gap = date_gap_days(a.date_text, b.date_text)
    return gap is not None and gap <= NEAR_DATE_DAYS


def dates_close_for_document(a: Mention, b: Mention) -> bool:
    """Different dates that one act can still have: the same agent issuing the same reference document
    (``ONCE_ISSUED_KINDS``), dates ``NEAR_DATE_DAYS`` apart at most."""
    if a.object is None or a.object != b.object or a.object_minted or b.object_minted:
        return False
    if a.agent is None or a.agent != b.agent or not a.object_kinds & ONCE_ISSUED_KINDS:
        return False
    gap = date_gap_days(a.date_text, b.date_text)
    return gap is not None and gap <= NEAR_DATE_DAYS


def amounts_agree(a: Decimal | None, cur_a: str | None, b: Decimal | None, cur_b: str | None) -> bool | None:
    """``True``/``False`` when both amounts are known in one currency, else ``None`` (no evidence)."""
    if a is None or b is None or (cur_a or "EUR") != (cur_b or "EUR"):
        return None
    if a == b:
        return True
    biggest = max(abs(a), abs(b))
    return biggest > 0 and abs(a - b) / biggest < AMOUNT_TOLERANCE


def objects_compatible(a: Mention, b: Mention) -> bool | None:
    """The same object, or one is part of the other (an article and its law); ``None`` when one is unknown.

    An object minted from a clipping's words (not in the reference data) tells little about identity
    across clippings ("la délibération" and "la délibération du conseil régional"): two different
    objects of which one is minted are unknown (``None``) unless their classes exclude each other.
    """
    if a.object is None or b.object is None:
        return None
    if a.object == b.object or a.object in b.wholes or b.object in a.wholes:
        return True
    if a.object_minted or b.object_minted:
        if a.object_kinds and b.object_kinds and not a.object_kinds & b.object_kinds:
            return False
        return None
    return False


def types_compatible(a: Mention, b: Mention) -> bool:
    """The same type, or one is broader than the other (``censure`` and ``censure_partielle``). Two
    different narrower types of one top concept are two acts (an injunction and a statement of objections,
    both ``autre``) unless amounts that agree tie them (one fine worded ``amende`` and ``condamnation``)."""
    if a.type == b.type or a.type in b.broader or b.type in a.broader:
        return True
    return amounts_agree(a.amount, a.currency, b.amount, b.currency) is True


def agents_compatible(a: Mention, b: Mention) -> bool:
    """The same agent, or one side does not name it."""
    return a.agent is None or b.agent is None or a.agent == b.agent


def reported_after(m: Mention, date: str | None) -> bool:
    """A realised act is not reported before it happened: ``date`` is not after ``m``'s publication date."""
    if date is None or m.published is None or m.planned:
        return True
    return date <= m.published[:len(date)]


def strong_evidence(a: Mention, b: Mention) -> bool:
    """What lets a mention with an unknown object join: the same date to the day, or amounts that agree."""
    same_day = a.date_text is not None and len(a.date_text) == 10 and a.date_text == b.date_text
    return same_day or amounts_agree(a.amount, a.currency, b.amount, b.currency) is True


def _no_conflict(a: Mention, b: Mention) -> bool:
    if a.clipping == b.clipping:
        return False  # one clipping does not report one act twice
    if a.top != b.top or a.planned != b.planned or not types_compatible(a, b) or not agents_compatible(a, b):
        return False
    if objects_compatible(a, b) is False:
        return False
    if not (dates_compatible(a.date_text, b.date_text) or dates_close_with_amount(a, b)
            or dates_close_for_document(a, b)):
        return False
    if amounts_agree(a.amount, a.currency, b.amount, b.currency) is False:
        return False
    return not (a.count is not None and b.count is not None and a.count != b.count)


def compatible(a: Mention, b: Mention) -> bool:
    """Nothing tells the two mentions apart, and an unknown object is backed by strong evidence."""
    return _no_conflict(a, b) and (objects_compatible(a, b) is True or strong_evidence(a, b))


# --- analyst decisions ---------------------------------------------------------------

@dataclass(frozen=True)
class Decisions:
    """An analyst's decisions: pairs of mention-event IRIs to keep apart or to merge."""

    split: frozenset[frozenset[str]] = frozenset()
    merge: frozenset[frozenset[str]] = frozenset()

    def apart(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.split


def _expand(token: str, source: str, line: int) -> str:
    token = token.strip().strip("<>")
    if ":" in token and not token.startswith(("http://", "https://")):
        prefix, _, local = token.partition(":")
        if prefix in V.PREFIXES:
            return V.PREFIXES[prefix] + local
    if not token.startswith(("http://", "https://")):
        raise InputError(f"{token!r} is not an event IRI (write <https://…>, event:KEY or id:event/KEY)",
                         source=source, record=line, reason="bad-decision", code="VG120")
    return token


def read_decisions(path: str | Path) -> Decisions:
    """Read a decisions file: Turtle (``owl:sameAs`` / ``owl:differentFrom`` between mention-events)
    or plain text/CSV, one ``split A B`` or ``merge A B`` a line (``#`` starts a comment).
    """
    p = Path(path)
    if not p.is_file():
        raise InputError("no such decisions file; check the path", source=str(p), reason="missing-file",
                         code="VG101")
    if p.suffix.lower() in (".ttl", ".turtle"):
        return _turtle_decisions(p)
    split: set[frozenset[str]] = set()
    merge: set[frozenset[str]] = set()
    text = p.read_text(encoding="utf-8")
    for n, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c for cell in row for c in cell.split()]
        if not cells or cells[0].startswith("#"):
            continue
        action = cells[0].lower()
        if action in ("decision", "action"):  # a header line
            continue
        if action not in ("split", "merge") or len(cells) < 3:
            raise InputError(f"expected 'split A B' or 'merge A B', got {','.join(row)!r}", source=str(p),
                             record=n, reason="bad-decision", code="VG121")
        pair = frozenset((_expand(cells[1], str(p), n), _expand(cells[2], str(p), n)))
        (split if action == "split" else merge).add(pair)
    return Decisions(frozenset(split), frozenset(merge - split))


def _turtle_decisions(p: Path) -> Decisions:
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"not valid Turtle: {exc}", source=str(p), reason="bad-rdf", code="VG112") from exc
    split = {frozenset((q.subject.value, q.object.value))
             for q in store.quads_for_pattern(None, DIFFERENT_FROM, None)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)}
    merge = {frozenset((q.subject.value, q.object.value))
             for q in store.quads_for_pattern(None, SAME_AS, None)
             if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)}
    return Decisions(frozenset(split), frozenset(merge - split))


# --- clustering ----------------------------------------------------------------------

@dataclass
class Group:
    """Mentions taken to be one act, with the rule that brought each in."""

    members: list[Mention] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    # the members' clippings and agents, kept up to date with ``members`` by ``_refresh``
    _clips: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _agents: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _seen: int = field(default=0, init=False, repr=False, compare=False)

    def _refresh(self) -> None:
        if self._seen > len(self.members):  # members replaced (analyst merges): start again
            self._clips, self._agents, self._seen = set(), set(), 0
        for x in self.members[self._seen:]:
            self._clips.add(x.clipping)
            if x.agent:
                self._agents.add(x.agent)
        self._seen = len(self.members)

    def accepts(self, m: Mention, decisions: Decisions) -> bool:
        """``m`` conflicts with no member, and its object (or, if unknown, strong evidence) ties it to one."""
        self._refresh()
        # two quick tests that a member conflicts: one of its clippings, another agent (see ``_no_conflict``)
        if m.clipping in self._clips or (m.agent is not None and self._agents and self._agents != {m.agent}):
            return False
        if not all(_no_conflict(m, x) and not decisions.apart(m.iri, x.iri) for x in self.members):
            return False
        return any(objects_compatible(m, x) is True or strong_evidence(m, x) for x in self.members)

    def add(self, m: Mention, rule: str) -> None:
        self.members.append(m)
        self.rules[m.iri] = rule if len(self.members) > 1 else RULE_SEED
        if len(self.members) == 2 and self.rules[self.members[0].iri] == RULE_SEED:
            self.rules[self.members[0].iri] = rule

    @property
    def clippings(self) -> set[str]:
        return {m.clipping for m in self.members}

    def best_date(self) -> ox.Literal | None:
        dated = [m.date for m in self.members if m.date is not None]
        return max(dated, key=lambda d: (len(d.value), d.value)) if dated else None

    def min_iri(self) -> str:
        return min(m.iri for m in self.members)

    def agent(self) -> str | None:
        """The agent its members name (one at most: a group never holds two different agents)."""
        self._refresh()
        return min(self._agents, default=None)


def _precision_order(m: Mention) -> tuple[int, str, str]:
    return (-len(m.date_text or ""), m.date_text or "", m.iri)


_AMOUNT_STEP = math.log(1.02)  # amounts within AMOUNT_TOLERANCE fall in the same or a neighbouring bucket


def _amount_bucket(m: Mention) -> tuple[str, int] | None:
    if m.amount is None or m.amount <= 0:
        return None
    return (m.currency or "EUR", math.floor(math.log(float(m.amount)) / _AMOUNT_STEP))


class _BlockIndex:
    """The groups of one block, indexed by what can tie a mention to them (object, day, amount,
    clipping), so that a mention is only compared with the groups it could join."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, ...], list[Group]] = defaultdict(list)

    def add(self, g: Group, m: Mention) -> None:
        year = (m.date_text or "")[:4]
        keys: list[tuple[str, ...]] = [("c", m.clipping)]
        if m.object is not None:
            keys.append(("o", year, m.object))
            keys.extend(("w", year, w) for w in m.wholes)
            keys.append(("O", m.object))
            keys.extend(("W", w) for w in m.wholes)
        if m.date_text is not None and len(m.date_text) == 10:
            keys.append(("d", m.date_text))
        bucket = _amount_bucket(m)
        if bucket is not None:
            keys.append(("a", bucket[0], str(bucket[1])))
        for k in keys:
            self.by_key[k].append(g)

    def _collect(self, keys: Iterable[tuple[str, ...]]) -> list[Group]:
        seen: dict[int, Group] = {}
        for k in keys:
            for g in self.by_key.get(k, ()):
                seen.setdefault(id(g), g)
        return list(seen.values())

    def tied(self, m: Mention) -> list[Group]:
        """Groups with a member whose object, day or amount could tie ``m`` to them."""
        year = (m.date_text or "")[:4]
        keys: list[tuple[str, ...]] = []
        if m.object is not None:
            keys.append(("o", year, m.object))
            keys.append(("w", year, m.object))
            keys.extend(("o", year, w) for w in m.wholes)
        if m.date_text is not None and len(m.date_text) == 10:
            keys.append(("d", m.date_text))
        keys.extend(self.amount_keys(m))
        return self._collect(keys)

    def amount_keys(self, m: Mention) -> list[tuple[str, ...]]:
        bucket = _amount_bucket(m)
        if bucket is None:
            return []
        return [("a", bucket[0], str(bucket[1] + d)) for d in (-1, 0, 1)]

    def same_object(self, m: Mention) -> list[Group]:
        """Groups with a member whose object is ``m``'s, or a part or a whole of it, whatever its year."""
        if m.object is None:
            return []
        return self._collect([("O", m.object), ("W", m.object), *(("O", w) for w in m.wholes)])

    def with_amount(self, m: Mention) -> list[Group]:
        return self._collect(self.amount_keys(m))

    def with_clippings(self, clippings: Iterable[str]) -> list[Group]:
        return self._collect(("c", c) for c in clippings)


def _join(index: _BlockIndex, g: Group, m: Mention, rule: str) -> None:
    g.add(m, rule)
    index.add(g, m)


def _new_group(index: _BlockIndex, groups: list[Group], m: Mention) -> None:
    g = Group()
    g.add(m, RULE_SEED)
    index.add(g, m)
    groups.append(g)


def cluster(mentions: Sequence[Mention], decisions: Decisions | None = None,
            near: Iterable[tuple[str, str]] = ()) -> list[Group]:
    """Group ``mentions`` into acts (every group, singletons included), deterministically.

    ``near`` holds pairs of clipping IRIs that are near-duplicates of each other.
    """
    was_enabled = gc.isenabled()
    gc.disable()  # many small objects and no cycles: the cyclic collector only costs time here
    try:
        return _cluster(mentions, decisions or Decisions(), near)
    finally:
        if was_enabled:
            gc.enable()


def _cluster(mentions: Sequence[Mention], decisions: Decisions,
             near: Iterable[tuple[str, str]]) -> list[Group]:
    near_of: dict[str, set[str]] = defaultdict(set)
    for a, b in near:
        near_of[a].add(b)
        near_of[b].add(a)
    blocks: dict[tuple[str, bool], list[Mention]] = defaultdict(list)
    for m in mentions:
        blocks[m.block()].append(m)
    groups: list[Group] = []
    undated: list[tuple[Mention, _BlockIndex]] = []
    for key in sorted(blocks):
        index = _BlockIndex()
        # 1. dated mentions, most precise first: join the one group that accepts them.
        for m in sorted((m for m in blocks[key] if m.date is not None), key=_precision_order):
            fits = _prefer_same_agent([g for g in index.tied(m) if g.accepts(m, decisions)], m)
            if len(fits) == 1:
                _join(index, fits[0], m, _dated_rule(fits[0], m))
            else:
                _new_group(index, groups, m)
        pending = sorted((m for m in blocks[key] if m.date is None), key=lambda m: m.iri)
        undated.extend((m, index) for m in pending)
    # 2. undated mentions that state an amount: join the one group whose amount agrees.
    later: list[tuple[Mention, _BlockIndex]] = []
    for m, index in undated:
        fits = _prefer_same_agent([g for g in index.with_amount(m) if g.accepts(m, decisions) and any(
            amounts_agree(m.amount, m.currency, x.amount, x.currency) for x in g.members)], m)
        if len(fits) == 1:
            _join(index, fits[0], m, RULE_UNDATED_AMOUNT)
        elif m.amount is not None and not fits:
            _new_group(index, groups, m)
        else:
            later.append((m, index))
    # 3. other undated mentions: join the one group that their clipping already shares a merged act
    #    with, or whose clippings are near-duplicates of theirs; else the one dated group of the same
    #    object (an article of a law counts as the law) that their clipping does not predate.
    deferred: list[tuple[Mention, _BlockIndex]] = []
    shared = _shared_clippings(groups)
    for m, index in later:
        related = shared.get(m.clipping, set()) | near_of.get(m.clipping, set())
        fits = _prefer_same_agent([g for g in index.with_clippings(sorted(related)) if g.accepts(m, decisions)], m)
        if len(fits) == 1:
            _join(index, fits[0], m, RULE_UNDATED_CORROBORATED)
            continue
        one = _only_fit((g for g in index.same_object(m) if _adds_nothing(m, g) and g.best_date() is not None
                         and any(objects_compatible(m, x) is True for x in g.members)
                         and g.accepts(m, decisions)), m)
        best = one.best_date() if one is not None else None
        if one is not None and best is not None and reported_after(m, best.value):
            _join(index, one, m, RULE_UNDATED_SAME_OBJECT)
        else:
            deferred.append((m, index))
    # 4. what is left: corroboration again, now that step 3 has merged more (two undated reports of
    #    one act by two clippings that share another act), else alone.
    shared = _shared_clippings(groups)
    for m, index in deferred:
        related = shared.get(m.clipping, set()) | near_of.get(m.clipping, set())
        fits = _prefer_same_agent([g for g in index.with_clippings(sorted(related)) if g.accepts(m, decisions)], m)
        if len(fits) == 1:
            _join(index, fits[0], m, RULE_UNDATED_CORROBORATED)
        else:
            _new_group(index, groups, m)
    return _apply_merges(groups, decisions)


def _prefer_same_agent(fits: list[Group], m: Mention) -> list[Group]:
    """Among several groups that would take ``m``, the one that names ``m``'s agent, if it is the only one
    (a report that names the CNIL goes with the CNIL's fine, not with fines whose authority is unnamed)."""
    if len(fits) < 2 or m.agent is None:
        return fits
    same = [g for g in fits if g.agent() == m.agent]
    return same if len(same) == 1 else fits


def _only_fit(fits: Iterable[Group], m: Mention) -> Group | None:
    """``_prefer_same_agent`` over a lazy sequence of fitting groups: the one group, or ``None``, giving up
    as soon as the answer can only be ``None`` (an object with many acts has many candidate groups)."""
    found: list[Group] = []
    same = 0
    for g in fits:
        found.append(g)
        same += m.agent is not None and g.agent() == m.agent
        if same > 1 or (m.agent is None and len(found) > 1):
            return None
    found = _prefer_same_agent(found, m)
    return found[0] if len(found) == 1 else None


def _adds_nothing(m: Mention, group: Group) -> bool:
    """``m`` states no count that the group does not (an undated "deux décisions" is not one of them)."""
    return m.count is None or any(x.count == m.count for x in group.members)


def _dated_rule(group: Group, m: Mention) -> str:
    if any(x.date_text == m.date_text for x in group.members):
        return RULE_SAME_DATE
    if all(dates_compatible(x.date_text, m.date_text) for x in group.members):
        return RULE_DATE_PRECISION
    if all(dates_compatible(x.date_text, m.date_text) or dates_close_with_amount(x, m) for x in group.members):
        return RULE_AMOUNT_NEAR_DATE
    return RULE_DOCUMENT_NEAR_DATE


def _shared_clippings(groups: list[Group]) -> dict[str, set[str]]:
    """Clipping → the other clippings it shares a merged act with."""
    shared: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        if len(g.members) > 1:
            for c in g.clippings:
                shared[c] |= g.clippings - {c}
    return shared


def _apply_merges(groups: list[Group], decisions: Decisions) -> list[Group]:
    """Join the groups of each analyst ``merge A B`` (a ``split`` between their members wins)."""
    if not decisions.merge:
        return groups
    where: dict[str, int] = {m.iri: i for i, g in enumerate(groups) for m in g.members}
    for pair in sorted(decisions.merge, key=sorted):
        a, b = sorted(pair)
        if a not in where or b not in where:
            log.warning("decision 'merge %s %s': no such mention-event in this build; ignored", a, b)
            continue
        ia, ib = where[a], where[b]
        if ia == ib:
            continue
        ga, gb = groups[ia], groups[ib]
        if any(decisions.apart(x.iri, y.iri) for x in ga.members for y in gb.members):
            log.warning("decision 'merge %s %s' conflicts with a 'split' decision; the split wins", a, b)
            continue
        for m in gb.members:
            ga.members.append(m)
            ga.rules[m.iri] = RULE_ANALYST
        if ga.rules.get(ga.members[0].iri) == RULE_SEED:
            ga.rules[ga.members[0].iri] = RULE_ANALYST
        gb.members = []
        for m in ga.members:
            where[m.iri] = ia
    return [g for g in groups if g.members]


# --- canonical events ----------------------------------------------------------------

def merge_key(group: Group) -> str:
    """The key of a new canonical event: its type, agent, object and most precise date."""
    first = min(group.members, key=lambda m: m.iri)
    obj = _most_specific_object(group) or ""
    date = group.best_date()
    return mint.digest("merged-event", first.top, group.agent() or "", obj, date.value if date else "",
                       "planned" if first.planned else "realised")


def _most_specific_object(group: Group) -> str | None:
    objs = [m for m in group.members if m.object is not None]
    if not objs:
        return None
    return min(objs, key=lambda m: (-len(m.wholes), m.object or "")).object


def _canonical_iris(groups: list[Group], prior: dict[str, str]) -> list[str]:
    """A stable IRI per merged group: the one the store already gave most of its members, else minted."""
    taken: set[str] = set()
    order = sorted(range(len(groups)), key=lambda i: groups[i].min_iri())
    chosen: dict[int, str] = {}
    for i in order:
        votes: dict[str, int] = defaultdict(int)
        for m in groups[i].members:
            if m.iri in prior:
                votes[prior[m.iri]] += 1
        for iri, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if iri not in taken:
                chosen[i] = iri
                taken.add(iri)
                break
    for i in order:
        if i in chosen:
            continue
        key = merge_key(groups[i])
        iri = mint.event_iri(key).value
        if iri in taken:
            iri = mint.event_iri(mint.digest(key, groups[i].min_iri())).value
        chosen[i] = iri
        taken.add(iri)
    return [chosen[i] for i in range(len(groups))]


def _group_quads(group: Group, canonical: str, recorded: str | None) -> Iterator[ox.Quad]:
    g = MERGES_GRAPH
    c = ox.NamedNode(canonical)
    members = sorted(group.members, key=lambda m: m.iri)
    first = members[0]

    def q(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> ox.Quad:
        return ox.Quad(s, p, o, g)

    yield q(c, V.TYPE, V.EVENT)
    types = {m.type for m in members}
    yield q(c, V.EVENT_TYPE, ox.NamedNode(types.pop() if len(types) == 1 else first.top))
    agent = group.agent()
    if agent:
        yield q(c, V.AGENT, ox.NamedNode(agent))
    obj = _most_specific_object(group)
    if obj:
        yield q(c, V.OBJECT, ox.NamedNode(obj))
    date = group.best_date()
    if date is not None:
        yield q(c, V.DATE, date)
    modalities = sorted({m.modality for m in members if m.modality})
    if modalities:
        yield q(c, V.HAS_MODALITY, ox.NamedNode(modalities[0]))
    amounts = {(m.amount, m.currency or "EUR") for m in members if m.amount is not None}
    if len(amounts) == 1:
        amount, currency = amounts.pop()
        yield q(c, V.AMOUNT, ox.Literal(format(amount.normalize(), "f"), datatype=V.XSD.decimal))
        yield q(c, V.CURRENCY, ox.Literal(currency))
    counts = {m.count for m in members if m.count is not None}
    if len(counts) == 1:
        yield q(c, V.COUNT, ox.Literal(str(counts.pop()), datatype=V.XSD.nonNegativeInteger))
    record = V.ID["merge/" + canonical.rsplit("/", 1)[-1]]
    yield q(record, V.TYPE, MERGE)
    yield q(record, SURVIVOR, c)
    if recorded:
        yield q(record, V.DCT.created, ox.Literal(recorded, datatype=V.XSD.dateTime))
    for m in members:
        mi = ox.NamedNode(m.iri)
        yield q(c, V.REPORTED_IN, ox.NamedNode(m.clipping))
        for a in m.evidence:
            yield q(c, V.EVIDENCE, ox.NamedNode(a))
        yield q(c, REPORT, mi)
        yield q(mi, CANONICAL_EVENT, c)
        yield q(mi, SAME_AS, c)
        yield q(mi, MERGE_RULE, ox.Literal(group.rules.get(m.iri, RULE_SEED)))
        yield q(record, ABSORBED, mi)


def merge_groups(store: ox.Store, decisions: Decisions | None = None, *,
                 mentions: Sequence[Mention] | None = None) -> list[Group]:
    """The merged groups (two mentions or more) of ``store``, in a stable order.

    ``mentions``: the store's mentions when the caller has them already (``MentionCache``)."""
    if mentions is None:
        mentions = read_mentions(store)
    near = [(a, b) for sol in store.query(_NEAR_QUERY, use_default_graph_as_union=True)  # type: ignore[union-attr]
            if (a := _value(sol["a"])) and (b := _value(sol["b"]))]
    groups = [g for g in cluster(mentions, decisions, near) if len(g.members) > 1]
    return sorted(groups, key=lambda g: g.min_iri())


def _prior_of_store(store: ox.Store) -> dict[str, str]:
    """Mention-event → canonical event, as the store's merges graph records them."""
    prior: dict[str, str] = {}
    for q in store.quads_for_pattern(None, CANONICAL_EVENT, None, MERGES_GRAPH):
        if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
            prior[q.subject.value] = q.object.value
    return prior


def _sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    return sorted(set(quads), key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))


def merge_quads(store: ox.Store, decisions: Decisions | None = None, *,
                recorded: str | None = None, cache: MentionCache | None = None) -> list[ox.Quad]:
    """The content of the ``graph/merges`` named graph for the mention-events of ``store``.

    Deterministic: the same store (and decisions) gives the same sorted quads.
    Canonical event IRIs already recorded in the store's merges graph are kept.
    ``recorded`` (an ``xsd:dateTime`` lexical form) is written on each merge
    record only when given. With a ``cache`` (see ``MentionCache``), only the
    mentions of clippings the cache does not hold are read from the store; the
    result is the same as without it.
    """
    mentions = cache.mentions(store) if cache is not None else None
    groups = merge_groups(store, decisions, mentions=mentions)
    iris = _canonical_iris(groups, _prior_of_store(store))
    quads: set[ox.Quad] = set()
    for group, iri in zip(groups, iris, strict=True):
        quads.update(_group_quads(group, iri, recorded))
    return _sorted_quads(quads)


@dataclass
class MergeDelta:
    """What a build changes in the merges graph: quads to delete and to insert (one update applies both)."""

    gone: list[ox.Quad]
    added: list[ox.Quad]
    merged: int  # mention-events that have a canonical event after the change
    probe: tuple[ox.Quad, bool] | None = None  # a quad whose presence tells that the change is in the store


GroupKey = tuple[str, tuple[str, ...], tuple[str, ...]]  # canonical IRI, member IRIs, their rules


def _group_key(group: Group, iri: str) -> GroupKey:
    members = tuple(sorted(m.iri for m in group.members))
    return iri, members, tuple(group.rules.get(m, RULE_SEED) for m in members)


def merge_delta(store: ox.Store, cache: MentionCache, decisions: Decisions | None = None) -> MergeDelta:
    """The change that makes the store's merges graph what ``merge_quads(store, decisions)`` gives.

    The mentions come from ``cache`` (only new clippings are read); when the cache also knows the merges
    graph the store holds (its groups, checked by a probe quad), only the groups that changed are turned
    into quads; otherwise the merges graph is read from the store and compared whole. Call
    ``cache.save()`` before applying the delta (it records the probe of this change).
    """
    mentions = cache.mentions(store)
    by_iri = {m.iri: m for m in mentions}
    groups = merge_groups(store, decisions, mentions=mentions)
    known = cache.groups_in(store)
    if known is not None and any(m not in by_iri for _, members, _ in known for m in members):
        known = None
    prior = {m: iri for iri, members, _ in known for m in members} if known is not None else _prior_of_store(store)
    iris = _canonical_iris(groups, prior)
    keys = [_group_key(g, iri) for g, iri in zip(groups, iris, strict=True)]
    merged = sum(len(k[1]) for k in keys)
    if known is None:
        wanted: set[ox.Quad] = set()
        for group, iri in zip(groups, iris, strict=True):
            wanted.update(_group_quads(group, iri, None))
        held = set(store.quads_for_pattern(None, None, None, MERGES_GRAPH))
        delta = MergeDelta(_sorted_quads(held - wanted), _sorted_quads(wanted - held), merged)
    else:
        new_keys = set(keys)
        old_quads: set[ox.Quad] = set()
        for iri, members, rules in known - new_keys:
            old = Group([by_iri[m] for m in members], dict(zip(members, rules, strict=True)))
            old_quads.update(_group_quads(old, iri, None))
        new_quads: set[ox.Quad] = set()
        for group, iri, key in zip(groups, iris, keys, strict=True):
            if key not in known:
                new_quads.update(_group_quads(group, iri, None))
        delta = MergeDelta(_sorted_quads(old_quads - new_quads), _sorted_quads(new_quads - old_quads), merged)
    delta.probe = _probe(delta)
    cache.set_groups(keys, delta.probe)
    return delta


def _probe(delta: MergeDelta) -> tuple[ox.Quad, bool] | None:
    """A quad of the change that names IRIs only, and whether the store holds it once the change is in."""
    # a quad that names IRIs only, else one whose literal the store keeps as it is (it stores
    # xsd:nonNegativeInteger as xsd:integer, which a lookup of the written quad would not tell)
    def kept_as_written(q: ox.Quad, plain: bool) -> bool:
        if not isinstance(q.object, ox.Literal):
            return True
        return not plain and q.object.datatype == V.XSD.string

    for plain in (True, False):
        for quads, present in ((delta.added, True), (delta.gone, False)):
            for q in quads:
                if kept_as_written(q, plain):
                    return q, present
    return None


# --- the merge cache -----------------------------------------------------------------

#: Version of the cache file's layout; a file of another version is ignored.
_CACHE_VERSION = 2

#: When more than this share of a store's clippings are new to the cache, one read of the whole store is
#: quicker than a read restricted to the new clippings.
CACHE_FULL_READ_SHARE = 0.25


def _mention_row(m: Mention) -> list[object]:
    date = [m.date.value, m.date.datatype.value] if m.date is not None else None
    return [m.iri, m.type, m.top, m.agent, m.object, sorted(m.broader), sorted(m.wholes), m.object_minted,
            sorted(m.object_kinds), date, None if m.amount is None else str(m.amount), m.currency, m.count,
            m.modality, list(m.evidence), m.published]


def _mention_of(clipping: str, row: list[Any], shared: dict[tuple[str, ...], Any]) -> Mention:
    """A cached row back to a ``Mention``; ``shared`` holds the sets and datatypes many rows share."""
    (iri, etype, top, agent, obj, broader, wholes, minted, kinds, date, amount, currency, count, modality,
     evidence, published) = row

    def frozen(items: list[str]) -> frozenset[str]:
        key = tuple(items)
        got = shared.get(key)
        if got is None:
            got = shared[key] = frozenset(items)
        return got

    literal = None
    if date is not None:
        dtype = shared.get(("datatype", date[1]))
        if dtype is None:
            dtype = shared[("datatype", date[1])] = ox.NamedNode(date[1])
        literal = ox.Literal(date[0], datatype=dtype)
    return Mention(
        iri=iri, clipping=clipping, type=etype, top=top, agent=agent, object=obj, broader=frozen(broader),
        wholes=frozen(wholes), object_minted=minted, object_kinds=frozen(kinds), date=literal,
        amount=Decimal(amount) if amount is not None else None, currency=currency, count=count,
        modality=modality, evidence=tuple(evidence), published=published)


def knowledge_digest(store: ox.Store) -> str:
    """A digest of the ontology and reference graphs (blank-node labels masked), on which mentions depend."""
    lines = sorted(
        " ".join("_:b" if isinstance(t, ox.BlankNode) else str(t) for t in (q.subject, q.predicate, q.object))
        + f" {q.graph_name}"
        for g in (V.ONTOLOGY_GRAPH, V.REFERENCE_GRAPH) for q in store.quads_for_pattern(None, None, None, g))
    return mint.digest("merge-cache", *lines, length=32)


def _nquad(q: ox.Quad) -> str:
    return (ox.serialize([q], format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")


def _parse_nquad(line: str) -> ox.Quad | None:
    try:
        return next((q for q in ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
                     if isinstance(q, ox.Quad)), None)
    except SyntaxError:
        return None


class MentionCache:
    """What the merge step of a build needs from the store, kept in a file next to it: the mentions of
    every clipping, and the merged groups the store's merges graph holds. With it a build reads from the
    store only the mentions of the clippings it added (``merge_quads(..., cache=...)``) and writes only
    the groups that changed (``merge_delta``).

    A mention is a function of its clipping's graph and of the ontology and reference graphs (see
    ``read_mentions``), and clipping graphs are written whole and never rewritten by builds; so the
    cached mentions are used when the digest of those two graphs is unchanged and every clipping the
    cache holds is still in the store, and when they plus the new clippings' are exactly the store's
    mention-events (checked against the store's events). Otherwise the whole store is read, as without
    a cache. The cached groups are used when a probe quad of the last change (saved with them, before
    the change is applied) shows that the store holds that change; otherwise the merges graph is read.
    """

    def __init__(self, path: str | Path, *, full_read_share: float = CACHE_FULL_READ_SHARE) -> None:
        self.path = Path(path)
        self.full_read_share = full_read_share
        self._data = self._load()
        self._state: dict[str, Any] | None = None
        self.read_count = 0  # how many mentions the last ``mentions`` read from the store
        self.full_read = False  # whether it read the whole store
        self.used_groups = False  # whether ``groups_in`` could use the cached groups
        self._rows_checked = False  # the cached mentions were found to be the store's

    def _load(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("version") != _CACHE_VERSION \
                or not isinstance(data.get("clippings"), dict):
            return None
        return data

    def mentions(self, store: ox.Store) -> list[Mention]:
        """The mention-events of ``store``, as ``read_mentions(store)`` gives them."""
        digest = knowledge_digest(store)
        in_store = _mention_iris(store)
        data = self._data
        cached: dict[str, list[Any]] = data["clippings"] if data and data.get("knowledge") == digest else {}
        cached_iris = {r[0] for rs in cached.values() for r in rs}
        if not cached_iris <= in_store:
            cached, cached_iris = {}, set()  # a mention went away: nothing known about what else changed
        new = in_store - cached_iris
        self.full_read = not cached or len(new) > self.full_read_share * len(in_store)
        read = read_mentions(store) if self.full_read else read_mentions(store, events=new)
        by_clipping: dict[str, list[Mention]] = defaultdict(list)
        for m in read:
            by_clipping[m.clipping].append(m)
        fresh = {c: [_mention_row(m) for m in ms] for c, ms in by_clipping.items()}
        if self.full_read:
            mentions = read
            # the cached groups describe the merges graph in terms of the cached mentions: usable only when
            # those are the store's (here, checked against this read of the whole store)
            self._rows_checked = bool(cached) and all(
                json.loads(json.dumps(fresh.get(c, []))) == rs for c, rs in cached.items())
            rows = fresh
        else:
            shared: dict[tuple[str, ...], Any] = {}
            mentions = sorted([*read, *(_mention_of(c, r, shared) for c, rs in cached.items() for r in rs)],
                              key=lambda m: m.iri)
            self._rows_checked = True  # every cached mention is in the store, and nothing in it is left out
            rows = dict(cached)
            for c, rs in fresh.items():
                rows[c] = rows.get(c, []) + rs
        self.read_count = len(read)
        self._state = {"version": _CACHE_VERSION, "knowledge": digest, "clippings": rows}
        return mentions

    def groups_in(self, store: ox.Store) -> set[GroupKey] | None:
        """The merged groups the store's merges graph holds, when the cache knows them (else ``None``)."""
        data = self._data
        self.used_groups = False
        if not data or not isinstance(data.get("groups"), list) or self._state is None or not self._rows_checked:
            return None
        probe = data.get("probe")
        if probe is not None:
            q = _parse_nquad(probe[0]) if isinstance(probe, list) and probe else None
            if q is None or (q in store) != bool(probe[1]):
                return None  # the last change saved with these groups did not reach the store
        try:
            groups = {(iri, tuple(members), tuple(rules)) for iri, members, rules in data["groups"]}
        except (TypeError, ValueError):
            return None
        self.used_groups = True
        return groups

    def set_groups(self, keys: Iterable[GroupKey], probe: tuple[ox.Quad, bool] | None) -> None:
        """Record the groups of the merges graph being written, and the probe that tells it is written."""
        if self._state is None:
            return
        self._state["groups"] = sorted([iri, list(members), list(rules)] for iri, members, rules in keys)
        self._state["probe"] = [_nquad(probe[0]), probe[1]] if probe is not None else None

    def save(self) -> None:
        """Write what ``mentions`` (and ``set_groups``) recorded (atomically; a failure only loses the cache)."""
        if self._state is None:
            return
        try:
            atomic_write(self.path, json.dumps(self._state, separators=(",", ":")).encode("utf-8"))
        except OSError as exc:
            log.warning("cannot write the merge cache %s: %s", self.path, exc)


def _mention_iris(store: ox.Store) -> set[str]:
    """The IRIs of the store's events other than canonical events (what ``read_mentions`` may return)."""
    query = f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e {V.EVENT_TYPE} ?t }} FILTER (?g != {MERGES_GRAPH}) }}"
    return {e for sol in store.query(query) if (e := _value(sol["e"]))}  # type: ignore[union-attr]


def canonical_of(quads: Iterable[ox.Quad]) -> dict[str, str]:
    """Mention-event IRI → canonical event IRI, from the quads of a merges graph."""
    return {q.subject.value: q.object.value for q in quads
            if q.predicate == CANONICAL_EVENT and isinstance(q.subject, ox.NamedNode)
            and isinstance(q.object, ox.NamedNode)}
