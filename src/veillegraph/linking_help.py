"""Linking help: propose identifiers for unlinked entities from a public SPARQL endpoint.

Entities the build minted from text (``vg:linked false``) are looked up by
label on a Wikidata-shaped endpoint: items whose ``rdfs:label`` or
``skos:altLabel`` is the entity's label (French, English or untagged), with
their instance-of classes and, when configured, their identifier statements
(CELEX, ECLI, ELI…). Each candidate becomes a *proposal*, a reified statement

    id:proposal/H a rdf:Statement ;
        rdf:subject <entity> ; rdf:predicate vg:wikidata ; rdf:object wd:Q… ;
        vg:similarity 0.9 ; rdfs:label "matched label"@fr ; dct:source <endpoint> ;
        rdfs:comment "…why…" .

written to a Turtle file for an analyst to review. Nothing is ever written into
the reference data: accepting a proposal means copying its
``rdf:subject rdf:predicate rdf:object`` triple into ``ontology/reference/``.

What to look for is data, read from Turtle (the packaged ontology and an
optional ``--config`` file): ``K vg:wikidataClass C`` says that an entity of
kind class ``K`` should be an instance of ``C``; ``P vg:wikidataProperty Q``
says that the endpoint's property ``Q`` gives the value of our identifier
property ``P`` (``vg:celex``, ``vg:ecli``, ``vg:eli``…).

Being a good client of a public endpoint: a User-Agent naming the tool (and a
contact when given), a timeout and retries with backoff on every request
(``remote.RemoteStore``), at most one request per ``min_interval`` seconds, and
an on-disk cache so that a rerun asks nothing it already asked.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from . import _vocab as V
from . import mint
from ._errors import UsageError
from .remote import USER_AGENT, RemoteStore, Row, Term, _term, redact

log = logging.getLogger("veillegraph")

#: The endpoint's "instance of" property (Wikidata's P31), derived from the entity namespace.
WDT = V.WDT
INSTANCE_OF = WDT.P31
WIKIDATA_CLASS = V.WIKIDATA_CLASS        # kind class -> endpoint class its entities are instances of
WIKIDATA_PROPERTY = V.WIKIDATA_PROPERTY  # our identifier property -> the endpoint's property
PROPOSAL = "proposal/"

#: Score of a match on the preferred label and on an alternative label; halved when the item's
#: classes are known to be wrong for the entity's kind.
SCORE_LABEL = Decimal("1.0")
SCORE_ALT_LABEL = Decimal("0.9")
TYPE_MISMATCH = Decimal("0.5")

_KIND_CLASSES = {c.value for kinds in (V.ACTOR_KINDS, V.INSTRUMENT_KINDS, V.MATTER_KINDS)
                 for c in kinds.values()}
_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(V.PREFIXES.items()))

_UNLINKED_QUERY = _PREFIXES + """
SELECT ?e ?label ?mention ?kind WHERE {
  ?e vg:linked false .
  OPTIONAL { ?e skos:prefLabel ?label }
  OPTIONAL { ?e vg:mentionText ?mention }
  OPTIONAL { ?e a ?kind }
}
"""


@dataclass(frozen=True)
class Unlinked:
    """An entity minted from text, with the labels to look up and its kind classes."""

    iri: str
    labels: tuple[str, ...]
    kinds: frozenset[str]


@dataclass(frozen=True)
class Proposal:
    """One proposed identifier for one entity."""

    entity: str
    predicate: str  # our property: vg:wikidata, vg:celex, vg:eli…
    value: ox.NamedNode | ox.Literal
    score: Decimal
    matched: ox.Literal  # the endpoint's label that matched
    matched_by: str  # "rdfs:label" or "skos:altLabel"
    item: str  # the endpoint item
    types: tuple[str, ...]  # the item's instance-of classes
    type_ok: bool | None  # None when the entity's kind says nothing

    def iri(self) -> ox.NamedNode:
        """Named after the entity, so that a sorted file groups the proposals of one entity."""
        name = mint.slug(self.entity.rstrip("/").rsplit("/", 1)[-1])
        key = mint.digest(self.entity, self.predicate, str(self.value), length=10)
        return V.ID[f"{PROPOSAL}{name}-{key}"]


def unlinked_entities(store: ox.Store) -> list[Unlinked]:
    """The entities flagged ``vg:linked false`` in ``store``, sorted by IRI."""
    labels: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    for sol in store.query(_UNLINKED_QUERY, use_default_graph_as_union=True):  # type: ignore[union-attr]
        e = sol["e"]
        if not isinstance(e, ox.NamedNode):
            continue
        labels[e.value]
        for var in ("label", "mention"):
            t = sol[var]
            if isinstance(t, ox.Literal) and t.value.strip():
                labels[e.value].add(mint.normalise_text(t.value))
        k = sol["kind"]
        if isinstance(k, ox.NamedNode) and k.value in _KIND_CLASSES:
            kinds[e.value].add(k.value)
    return [Unlinked(e, tuple(sorted(labels[e])), frozenset(kinds[e])) for e in sorted(labels) if labels[e]]


def label_variants(label: str) -> list[str]:
    """Spellings worth an exact lookup: as written, apostrophes both ways, first letter in both cases."""
    base = unicodedata.normalize("NFC", label.strip())
    out = {base, base.replace("\u2019", "'"), base.replace("'", "\u2019")}
    out |= {v[:1].upper() + v[1:] for v in list(out) if v} | {v[:1].lower() + v[1:] for v in list(out) if v}
    return sorted(v for v in out if v)


def read_config(quads: Iterable[ox.Quad]) -> tuple[dict[str, set[str]], dict[str, str]]:
    """``vg:wikidataClass`` (kind class → classes) and ``vg:wikidataProperty`` (our property → theirs)."""
    classes: dict[str, set[str]] = defaultdict(set)
    props: dict[str, str] = {}
    for q in quads:
        if not isinstance(q.subject, ox.NamedNode) or not isinstance(q.object, ox.NamedNode):
            continue
        if q.predicate == WIKIDATA_CLASS:
            classes[q.subject.value].add(q.object.value)
        elif q.predicate == WIKIDATA_PROPERTY:
            props[q.subject.value] = q.object.value
    return dict(classes), props


# --- a polite client -----------------------------------------------------------------------

def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "veillegraph" / "sparql"


def _term_json(t: Term) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype != V.XSD.string:
        out["datatype"] = t.datatype.value
    return out


class PoliteClient:
    """Queries one endpoint with a cache on disk and at most one request per ``min_interval`` seconds."""

    def __init__(self, endpoint: str, *, cache_dir: Path | None = None, min_interval: float = 1.0,
                 timeout: float = 30.0, retries: int = 2, contact: str | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise UsageError(f"--endpoint {endpoint!r}: give an http(s) URL", code="VG009")
        agent = USER_AGENT if not contact else USER_AGENT.rstrip(")") + f"; {contact})"
        self.endpoint = endpoint
        self.remote = RemoteStore(endpoint, timeout=timeout, retries=retries, user_agent=agent, sleep=sleep)
        self.cache_dir = cache_dir
        self.min_interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._last: float | None = None
        self.sent = 0
        self.cached = 0

    def _path(self, text: str) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(f"{self.endpoint}\n{text}".encode()).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    def query(self, text: str) -> list[Row]:
        path = self._path(text)
        if path is not None and path.is_file():
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
                self.cached += 1
                return [{k: t for k, v in row.items() if (t := _term(v)) is not None} for row in doc["rows"]]
            except (ValueError, KeyError, OSError):
                log.warning("ignoring a broken cache entry %s", path)
        if self._last is not None:
            wait = self.min_interval - (self._clock() - self._last)
            if wait > 0:
                self._sleep(wait)
        try:
            rows = self.remote.query(text)
        finally:
            self._last = self._clock()
            self.sent += 1
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            doc = {"endpoint": redact(self.endpoint), "query": text,
                   "rows": [{k: _term_json(v) for k, v in sorted(r.items())} for r in rows]}
            tmp = path.with_suffix(".part")
            tmp.write_text(json.dumps(doc, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            tmp.replace(path)
        return rows


# --- proposals -------------------------------------------------------------------------------

def _literal_sparql(text: str, lang: str | None) -> str:
    return str(ox.Literal(text, language=lang) if lang else ox.Literal(text))


def candidates_query(labels: Sequence[str]) -> str:
    """Items whose label or alternative label is one of ``labels`` (fr, en, untagged), with their classes."""
    values = " ".join(_literal_sparql(v, lang) for label in labels for v in label_variants(label)
                      for lang in ("fr", "en", None))
    return (_PREFIXES + "SELECT ?item ?label ?how ?type WHERE {\n"
            f"  VALUES ?label {{ {values} }}\n"
            "  { ?item rdfs:label ?label . BIND(\"rdfs:label\" AS ?how) }\n"
            "  UNION { ?item skos:altLabel ?label . BIND(\"skos:altLabel\" AS ?how) }\n"
            f"  OPTIONAL {{ ?item {INSTANCE_OF} ?type }}\n"
            "}")


def identifiers_query(items: Sequence[str], properties: Iterable[str]) -> str:
    props = " ".join(f"<{p}>" for p in sorted(set(properties)))
    its = " ".join(f"<{i}>" for i in sorted(set(items)))
    return f"SELECT ?item ?p ?v WHERE {{ VALUES ?item {{ {its} }} VALUES ?p {{ {props} }} ?item ?p ?v }}"


class LinkingHelper:
    """Proposes identifiers for unlinked entities from one endpoint."""

    def __init__(self, client: PoliteClient, *, classes: Mapping[str, set[str]] | None = None,
                 properties: Mapping[str, str] | None = None, limit: int = 3) -> None:
        self.client = client
        self.classes = dict(classes or {})
        self.properties = dict(properties or {})
        self.limit = limit

    def propose(self, entity: Unlinked) -> list[Proposal]:
        rows = self.client.query(candidates_query(entity.labels))
        found: dict[str, tuple[ox.Literal, str]] = {}
        types: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            item, label, how = r.get("item"), r.get("label"), r.get("how")
            if not isinstance(item, ox.NamedNode) or not isinstance(label, ox.Literal):
                continue
            how_s = how.value if isinstance(how, ox.Literal) else "skos:altLabel"
            best = found.get(item.value)
            if best is None or (how_s == "rdfs:label" and best[1] != "rdfs:label"):
                found[item.value] = (label, how_s)
            t = r.get("type")
            if isinstance(t, ox.NamedNode):
                types[item.value].add(t.value)
        wanted = set().union(*(self.classes.get(k, set()) for k in entity.kinds)) if entity.kinds else set()
        scored: list[Proposal] = []
        for iri, (matched, how_by) in found.items():
            score = SCORE_LABEL if how_by == "rdfs:label" else SCORE_ALT_LABEL
            type_ok = bool(types[iri] & wanted) if wanted else None
            if type_ok is False:
                score *= TYPE_MISMATCH
            scored.append(Proposal(entity.iri, V.WIKIDATA.value, ox.NamedNode(iri), score, matched, how_by,
                                   iri, tuple(sorted(types[iri])), type_ok))
        scored.sort(key=lambda p: (-p.score, p.item))
        top = scored[: self.limit]
        if top and self.properties:
            top += self._identifiers(top)
        return top

    def _identifiers(self, proposals: Sequence[Proposal]) -> list[Proposal]:
        theirs = {v: k for k, v in self.properties.items()}
        rows = self.client.query(identifiers_query([p.item for p in proposals], theirs))
        by_item = {p.item: p for p in proposals}
        out = []
        for r in rows:
            item, prop, value = r.get("item"), r.get("p"), r.get("v")
            if not isinstance(item, ox.NamedNode) or not isinstance(prop, ox.NamedNode) or value is None:
                continue
            if isinstance(value, ox.BlankNode) or item.value not in by_item or prop.value not in theirs:
                continue
            base = by_item[item.value]
            out.append(Proposal(base.entity, theirs[prop.value], value, base.score, base.matched,
                                base.matched_by, base.item, base.types, base.type_ok))
        return out

    def propose_all(self, entities: Iterable[Unlinked]) -> list[Proposal]:
        out: list[Proposal] = []
        for e in entities:
            out.extend(self.propose(e))
        return sorted(out, key=lambda p: (p.entity, -p.score, p.predicate, str(p.value)))


def proposal_quads(proposals: Iterable[Proposal], endpoint: str) -> list[ox.Quad]:
    """The proposals as reified statements (default graph), for a reviewable Turtle file."""
    source = ox.NamedNode(redact(endpoint))
    out: list[ox.Quad] = []
    for p in proposals:
        node = p.iri()

        def add(pred: ox.NamedNode, obj: ox.NamedNode | ox.Literal, node: ox.NamedNode = node) -> None:
            out.append(ox.Quad(node, pred, obj))

        add(V.TYPE, V.RDF.Statement)
        add(V.RDF.subject, ox.NamedNode(p.entity))
        add(V.RDF.predicate, ox.NamedNode(p.predicate))
        add(V.RDF.object, p.value)
        add(V.SIMILARITY, ox.Literal(format(p.score.normalize(), "f"), datatype=V.XSD.decimal))
        add(V.LABEL, p.matched)
        add(V.SOURCE, source)
        why = f"matched {p.matched_by} {p.matched} of <{p.item}>"
        if p.types:
            why += "; instance of " + ", ".join(f"<{t}>" for t in p.types)
        if p.type_ok is False:
            why += "; none of these is a class expected for the entity's kind: check before accepting"
        add(V.RDFS.comment, ox.Literal(why, language="en"))
    return out


HEADER = """\
# Identifier proposals made by 'veillegraph link' from {endpoint}.
# Nothing here is reference data. Review each rdf:Statement; to accept one, add its
#   <rdf:subject> <rdf:predicate> <rdf:object> .
# triple to the entity in ontology/reference/ (and drop its vg:linked false).
"""


def write_proposals(proposals: Sequence[Proposal], endpoint: str, path: str | Path) -> None:
    """Write proposals to a Turtle file (deterministic); refuse any path inside the packaged ontology."""
    from ._resources import data_dir
    from .store import serialize

    target = Path(path)
    try:
        ontology = data_dir("ontology").resolve()
    except FileNotFoundError:
        ontology = None
    if ontology is not None and (target.resolve() == ontology or ontology in target.resolve().parents):
        raise UsageError(f"--output {target}: proposals never go into the reference data; write them "
                         "elsewhere and copy the accepted triples by hand", code="VG009")
    body = serialize(proposal_quads(proposals, endpoint), "turtle")
    target.write_bytes(HEADER.format(endpoint=redact(endpoint)).encode("utf-8") + body)
