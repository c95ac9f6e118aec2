"""Entity linking: a mention as written -> a reference entity, or a new unlinked one.

``Linker(knowledge).link(text, category=None)`` tries, in order:

1. the exact label or alias (``skos:prefLabel``/``skos:altLabel``/``rdfs:label``);
2. the normalised form (accents, case, typographic apostrophes and dashes folded,
   leading articles and trailing punctuation dropped);
3. a fuzzy match (rapidfuzz ``ratio`` on normalised forms) at or above
   ``FUZZY_THRESHOLD``, measured on the gold mentions (see ``docs/extraction.md``).

A mention that links nowhere becomes an unlinked ``EntityRef`` whose ``kind`` is
guessed from its head noun (``vg:headNoun`` on the kind classes of the ontology).
Ties are broken by IRI, so the same mention always links to the same entity.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

import pyoxigraph as ox
from rapidfuzz import fuzz, process

from . import _vocab as V
from .knowledge import Entity, Knowledge
from .model import EntityRef, ExtractedEvent, Span, date_bounds

#: Minimum rapidfuzz ``ratio`` (0-100) for a fuzzy link; below it the mention stays unlinked.
FUZZY_THRESHOLD = 94.0
#: Fuzzy matching is only tried on mentions at least this long (short acronyms must match exactly).
FUZZY_MIN_LEN = 8

_LEADING = re.compile(
    r"^(?:(?:le|la|les|l|un|une|des|du|de la|de l|de|d|au|aux|the|a|an|son|sa|ses|leur|leurs|ce|cette|cet|ces)\s+)+"
)
#: Articles that may open a mention before the title of an office ("la préfète du Rhône"), folded.
_ARTICLES = frozenset({"le", "la", "the"})
#: Words between numbers before a head noun ("38 des 64 articles", "10 sur 15 articles").
_PARTITIVE = frozenset({"des", "de", "d", "sur", "parmi", "of", "the"})
#: Quantifiers and determiners that may open a partitive before the head ("plusieurs de ces dispositions", "several
#: of these provisions"): grammar words, not names.
_QUANTIFIERS = frozenset({"plusieurs", "certaines", "certains", "quelques", "aucune", "aucun", "une", "un", "l",
                          "la", "plupart", "ces", "les", "several", "some", "many", "most", "these", "those", "all",
                          "toutes", "tous", "none", "one"})
_KIND_CLASSES: dict[str, tuple[str, str]] = {
    **{c.value: ("actor", k) for k, c in V.ACTOR_KINDS.items()},
    **{c.value: ("instrument", k) for k, c in V.INSTRUMENT_KINDS.items()},
    **{c.value: ("matter", k) for k, c in V.MATTER_KINDS.items()},
}


def _fold_char(ch: str) -> str:
    """One character folded to one character: no accent, lower case, ASCII quote/dash/space."""
    if ch in "’‘ʼ`´":
        return "'"
    if ch in "‐‑‒–—":
        return "-"
    if ch in "\u00a0\u202f\t\n\r":
        return " "
    dec = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in dec if not unicodedata.combining(c)) or ch
    return base[0].lower() if len(base) >= 1 and len(base[0].lower()) == 1 else ch


#: ``str.translate`` table of every character folded so far (each maps to exactly one character)
_FOLD_TABLE: dict[int, str] = {}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold one string character by character (same length): no accents, lower case, ASCII quotes/dashes.

    Keeping the length lets a match in the folded text map back to the original offsets. Each distinct
    character is folded once (``_fold_char``) into a translation table; the text is then translated in C.
    """
    table = _FOLD_TABLE
    for ch in set(text):
        if ord(ch) not in table:
            table[ord(ch)] = _fold_char(ch)
    return text.translate(table)


_LABEL_WORD = re.compile(r"\w+(?:['’]\w+)?")
_POSSESSIVE_END = re.compile(r"['’]s$")


def label_words(entity: Entity) -> frozenset[str]:
    """Every word of an entity's labels, folded, a possessive's "'s" dropped ("irish", "ireland", "dpc" for the Irish
    DPC): the qualifiers its own names use, which a longer name around one of its labels may use too."""
    return frozenset(_POSSESSIVE_END.sub("", w)
                     for label in entity.labels for w in _LABEL_WORD.findall(fold(label.text)))


def normalise(text: str, articles: bool = True) -> str:
    """The comparison key of a mention: folded, punctuation to spaces, leading articles dropped (if ``articles``)."""
    s = fold(text)
    s = re.sub(r"[^\w']+", " ", s)
    s = re.sub(r"'", "' ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = s.replace("' ", " ")
    if articles and s:
        s = _LEADING.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


@dataclass(frozen=True, slots=True)
class HeadNoun:
    """A head noun that reveals a kind ("tribunal administratif" -> actor/court)."""

    key: str  # normalised
    lang: str
    category: str
    kind: str


def head_nouns(knowledge: Knowledge) -> list[HeadNoun]:
    """The ``vg:headNoun`` data of the ontology, longest first."""
    out: set[HeadNoun] = set()
    for q in knowledge.ontology:
        subj, lit = q.subject, q.object
        if q.predicate != V.HEAD_NOUN or not isinstance(subj, ox.NamedNode) or not isinstance(lit, ox.Literal):
            continue
        if subj.value in _KIND_CLASSES:
            cat, kind = _KIND_CLASSES[subj.value]
            key = normalise(lit.value)
            if key:
                out.add(HeadNoun(key, lit.language or "", cat, kind))
    return sorted(out, key=lambda h: (-len(h.key.split()), -len(h.key), h.key, h.category, h.kind))


def office_nouns(knowledge: Knowledge) -> dict[tuple[str, str], str]:
    """``(lang, folded title noun) -> body noun`` from the ``vg:OfficeNoun`` data ("préfète" -> "préfecture")."""
    props: dict[str, dict[str, list[ox.Literal]]] = defaultdict(lambda: defaultdict(list))
    for q in knowledge.ontology:
        if q.predicate in (V.TITLE_NOUN, V.BODY_NOUN) and isinstance(q.subject, ox.NamedNode) \
                and isinstance(q.object, ox.Literal):
            props[q.subject.value][q.predicate.value].append(q.object)
    out: dict[tuple[str, str], str] = {}
    for subject in sorted(props):
        bodies = {lit.language or "": lit.value for lit in sorted(props[subject][V.BODY_NOUN.value], key=str)}
        for title in sorted(props[subject][V.TITLE_NOUN.value], key=str):
            lang = title.language or ""
            if lang in bodies:
                out.setdefault((lang, fold(title.value)), bodies[lang])
    return out


@lru_cache(maxsize=4)
def _name_links(lang: str) -> tuple[str, ...]:
    """The words that link a head noun to a place or a parent body in ``lang`` ("de la", "of the"): language
    data of the extractor, read on first use (like ``build._links``)."""
    from .extract.lang import LANGS

    return tuple(fold(w) for w in getattr(LANGS.get(lang), "NAME_LINKS", ()))


class Linker:
    """Resolve mentions against the reference entities of a ``Knowledge``."""

    def __init__(self, knowledge: Knowledge, threshold: float = FUZZY_THRESHOLD) -> None:
        self.knowledge = knowledge
        self.threshold = threshold
        exact: dict[str, set[str]] = defaultdict(set)
        normal: dict[str, set[str]] = defaultdict(set)
        for ent in knowledge.entities.values():
            for label in ent.labels:
                exact[label.text].add(ent.iri)
                key = normalise(label.text)
                if key:
                    normal[key].add(ent.iri)
        self._exact = {k: sorted(v) for k, v in exact.items()}
        self._normal = {k: sorted(v) for k, v in normal.items()}
        self._choices = sorted(self._normal)
        self._offices = office_nouns(knowledge)
        self._heads = head_nouns(knowledge)
        self.heads = self._heads
        self._head_keys = frozenset(h.key for h in self._heads)
        #: (lang, first word) of the head nouns of whole texts (not parts): "loi", "décret", "proposition"
        self.text_head_firsts = frozenset((h.lang, h.key.split()[0]) for h in self._heads
                                          if h.category == "instrument" and h.kind != "article")
        #: (lang, normalised head of several words) of bodies: "représentant de l'état", "conseil de l'union européenne"
        self.compound_actor_heads = tuple(sorted({(h.lang, h.key) for h in self._heads
                                                  if h.category == "actor" and len(h.key.split()) > 1}))
        #: (lang, normalised head of several words) of texts: "décret d'application", "proposition de loi"
        self.compound_text_heads = frozenset((h.lang, h.key) for h in self._heads
                                             if h.category == "instrument" and len(h.key.split()) > 1)
        # each head's words, split once: as written, "s"-stripped (English plural), "sx"-stripped (French)
        self._head_words = [(h, h.key.split(), [w.rstrip("s") for w in h.key.split()],
                             [w.rstrip("sx") for w in h.key.split()]) for h in self._heads if h.key.split()]
        # positions in that list by first word (as written, and "sx"-stripped): only those heads can match
        self._by_first: dict[str, list[int]] = {}
        self._by_first_sx: dict[str, list[int]] = {}
        for n, (_, hw, _, hw_sx) in enumerate(self._head_words):
            self._by_first.setdefault(hw[0], []).append(n)
            self._by_first_sx.setdefault(hw_sx[0], []).append(n)

    def _pick(self, iris: list[str], category: str | None) -> str | None:
        ents = [self.knowledge.entities[i] for i in iris]
        if category is not None:
            ents = [e for e in ents if e.category == category]
        return ents[0].iri if ents else None

    def lookup(self, text: str, category: str | None = None) -> str | None:
        """The IRI of the entity ``text`` names, or None."""
        if text in self._exact:
            hit = self._pick(self._exact[text], category)
            if hit:
                return hit
        key = normalise(text)
        if not key:
            return None
        if key in self._normal:
            hit = self._pick(self._normal[key], category)
            if hit:
                return hit
        if len(key) < FUZZY_MIN_LEN:
            return None
        best = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=self.threshold)
        if best is not None:
            return self._pick(self._normal[best[0]], category)
        return self._shortened(key, category)

    def _shortened(self, key: str, category: str | None) -> str | None:
        """The one entity a periphrasis cut short names: "le gendarme espagnol" starts only labels of Spain's
        authority ("le gendarme espagnol des données"). The mention has a word besides its head noun (a bare head
        such as "la cour d'appel" names no particular body), every label it starts belongs to one entity, and one
        of its words is that entity's country name or adjective (``vg:countryName``, ``vg:adjective``)."""
        if len(key.split()) < 2 or key in self._head_keys:
            return None  # "la cour d'appel" alone names no particular court
        at = bisect.bisect_left(self._choices, key + " ")
        iris: set[str] = set()
        while at < len(self._choices) and self._choices[at].startswith(key + " "):
            iris.update(self._normal[self._choices[at]])
            at += 1
        if category is not None:
            iris = {i for i in iris if self.knowledge.entities[i].category == category}
        if len(iris) != 1:
            return None
        iri = next(iter(iris))
        # the word that makes it this body's: its country ("espagnol"), as its periphrases are made
        places = {normalise(p, articles=False) for p in self.knowledge.entities[iri].places}
        return iri if places & set(key.split()) else None

    def shortened(self, text: str, category: str | None = None) -> str | None:
        """The entity a periphrasis cut short names ("le gendarme espagnol"), or None (``_shortened``)."""
        return self._shortened(normalise(text), category)

    def guess_kind(self, text: str, lang: str = "fr", category: str | None = None) -> str | None:
        """The kind revealed by the head noun of ``text`` ("tribunal administratif de Rouen" -> court)."""
        key = normalise(text)
        words = key.split()
        if not words:
            return None
        for n in self._by_first.get(words[0], ()):
            head, hw, _, _ = self._head_words[n]
            if category is not None and head.category != category:
                continue
            if head.lang and lang and head.lang != lang:
                continue
            if words[: len(hw)] == hw:
                return head.kind
        if lang == "en":  # English heads come last: "the Dutch data protection regulator"
            for head, hw, hw_s, _ in self._head_words:
                if (category is None or head.category == category) and head.lang in ("", "en") \
                        and [w.rstrip("s") for w in words[-len(hw):]] == hw_s:
                    return head.kind
        # a plural or a head after a number/adjective ("23 États membres"): the first head in order that
        # matches at one of the first positions
        stripped = [w.rstrip("sx") for w in words]
        found: int | None = None
        for i in range(0, min(5, len(words))):
            if i >= 3 and not all(w.isdigit() or w in _PARTITIVE or w in _QUANTIFIERS for w in words[:i]):
                break  # further on only after numbers: "38 des 64 articles"
            for n in self._by_first_sx.get(stripped[i], ()):
                if found is not None and n >= found:
                    break
                head, hw, _, hw_sx = self._head_words[n]
                if category is not None and head.category != category:
                    continue
                if head.lang and lang and head.lang != lang:
                    continue
                if stripped[i:i + len(hw)] == hw_sx:
                    found = n
                    break
        return self._head_words[found][0].kind if found is not None else None

    def category_of(self, kind: str | None) -> str | None:
        """The category (actor, instrument, matter) of a kind key."""
        for cat, kd in _KIND_CLASSES.values():
            if kd == kind:
                return cat
        return None

    def link(self, text: str, category: str | None = None, span: Span | None = None,
             lang: str = "fr") -> EntityRef:
        """A linked ``EntityRef`` when the mention names a reference entity, else an unlinked one."""
        iri = self.lookup(text, category)
        if iri is not None:
            return EntityRef(text=text, span=span, iri=iri, kind=self.knowledge.entities[iri].kind)
        return self.settle(EntityRef(text=text, span=span, iri=None, kind=self.guess_kind(text, lang, category)),
                           lang, category)

    def settle(self, ref: EntityRef, lang: str = "fr", category: str | None = None) -> EntityRef:
        """An unlinked mention that names a body by the title of its office, resolved to that body: linked when
        the body is in the reference data ("le maire de Paris" -> mairie de Paris), else to be minted under the
        body's name ("la préfète du Rhône" -> préfecture du Rhône), so both wordings give one entity."""
        if ref.iri is not None or ref.name is not None:
            return ref
        body = self.body_of_office(ref.text, lang)
        if body is None:
            return ref
        iri = self.lookup(body, category)
        if iri is not None:
            return replace(ref, iri=iri, kind=self.knowledge.entities[iri].kind)
        return replace(ref, kind=self.guess_kind(body, lang, category) or ref.kind, name=body)

    def body_of_office(self, text: str, lang: str = "fr") -> str | None:
        """The name of the body a mention names by the title of its office ("la préfète du Rhône" ->
        "préfecture du Rhône", ``vg:OfficeNoun``); None unless a title comes first (after an article) and a
        link word and a name follow it ("le préfet" alone names no particular body)."""
        words = text.split()
        if len(words) > 2 and fold(words[0]) in _ARTICLES:
            words = words[1:]
        if len(words) < 2:
            return None
        body = self._offices.get((lang, fold(words[0])))
        rest = " ".join(words[1:])
        folded = fold(rest)
        if body is None or not any(folded.startswith(w if w.endswith("'") else w + " ") for w in _name_links(lang)):
            return None
        return f"{body} {rest}"


def settle_offices(event: ExtractedEvent, linker: Linker, lang: str = "fr") -> ExtractedEvent:
    """The event with each unlinked party named by the title of an office settled as that office's body
    (``Linker.settle``): the agent, the object and the addressee."""
    def settled(ref: EntityRef | None) -> EntityRef | None:
        return ref if ref is None or ref.iri is not None else linker.settle(ref, lang)

    agent, obj, addressee = settled(event.agent), settled(event.object), settled(event.addressee)
    if agent is event.agent and obj is event.object and addressee is event.addressee:
        return event
    return replace(event, agent=agent, object=obj, addressee=addressee)


def in_office(event: ExtractedEvent, knowledge: Knowledge, published: str | None = None) -> ExtractedEvent:
    """The event with a person agent replaced by the body of their office on the act's date.

    "Thierry Breton a annoncé …" in 2023: the reference data says the commissioner acted for the European
    Commission then (``vg:tenure``), so the Commission is the agent and the person is kept as
    ``agent_person``. The date is the act's, else the clipping's publication date, else any time; a person
    whose tenures give no body or several bodies over that period stays the agent.
    """
    agent = event.agent
    if agent is None or agent.iri is None:
        return event
    person = knowledge.entities.get(agent.iri)
    if person is None or not person.tenures:
        return event
    if event.date is not None:
        start, end = date_bounds(event.date.value)
    elif published:
        start, end = date_bounds(published)
    else:
        start, end = None, None
    body = person.office_on(start, end)
    if body is None or body not in knowledge.entities:
        return event
    return replace(event, agent=EntityRef(agent.text, agent.span, body, knowledge.entities[body].kind),
                   agent_person=agent)
