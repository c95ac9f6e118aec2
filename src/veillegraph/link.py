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

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rapidfuzz import fuzz, process

from . import _vocab as V
from .knowledge import Knowledge
from .model import EntityRef, Span

#: Minimum rapidfuzz ``ratio`` (0-100) for a fuzzy link; below it the mention stays unlinked.
FUZZY_THRESHOLD = 94.0
#: Fuzzy matching is only tried on mentions at least this long (short acronyms must match exactly).
FUZZY_MIN_LEN = 8

_LEADING = re.compile(
    r"^(?:(?:le|la|les|l|un|une|des|du|de la|de l|de|d|au|aux|the|a|an|son|sa|ses|leur|leurs|ce|cette|cet|ces)\s+)+"
)
#: Words between numbers before a head noun ("38 des 64 articles", "10 sur 15 articles").
_PARTITIVE = frozenset({"des", "de", "d", "sur", "parmi", "of", "the"})
_KIND_CLASSES: dict[str, tuple[str, str]] = {
    **{c.value: ("actor", k) for k, c in V.ACTOR_KINDS.items()},
    **{c.value: ("instrument", k) for k, c in V.INSTRUMENT_KINDS.items()},
    **{c.value: ("matter", k) for k, c in V.MATTER_KINDS.items()},
}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold one string character by character (same length): no accents, lower case, ASCII quotes/dashes.

    Keeping the length lets a match in the folded text map back to the original offsets.
    """
    out = []
    for ch in text:
        if ch in "’‘ʼ`´":
            out.append("'")
            continue
        if ch in "‐‑‒–—":
            out.append("-")
            continue
        if ch in "\u00a0\u202f\t\n\r":
            out.append(" ")
            continue
        dec = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in dec if not unicodedata.combining(c)) or ch
        out.append(base[0].lower() if len(base) >= 1 and len(base[0].lower()) == 1 else ch)
    return "".join(out)


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
        self._heads = head_nouns(knowledge)
        self.heads = self._heads

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
        return None

    def guess_kind(self, text: str, lang: str = "fr", category: str | None = None) -> str | None:
        """The kind revealed by the head noun of ``text`` ("tribunal administratif de Rouen" -> court)."""
        key = normalise(text)
        words = key.split()
        for head in self._heads:
            if category is not None and head.category != category:
                continue
            if head.lang and lang and head.lang != lang:
                continue
            hw = head.key.split()
            if words[: len(hw)] == hw:
                return head.kind
        if lang == "en":  # English heads come last: "the Dutch data protection regulator"
            for head in self._heads:
                hw = head.key.split()
                if (category is None or head.category == category) and head.lang in ("", "en") \
                        and [w.rstrip("s") for w in words[-len(hw):]] == [w.rstrip("s") for w in hw]:
                    return head.kind
        for head in self._heads:  # a plural or a head after a number/adjective: "23 États membres"
            if category is not None and head.category != category:
                continue
            if head.lang and lang and head.lang != lang:
                continue
            hw = head.key.split()
            for i in range(0, min(5, len(words))):
                if i >= 3 and not all(w.isdigit() or w in _PARTITIVE for w in words[:i]):
                    break  # further on only after numbers: "38 des 64 articles"
                cand = [w.rstrip("sx") for w in words[i:i + len(hw)]]
                if cand == [w.rstrip("sx") for w in hw]:
                    return head.kind
        return None

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
        return EntityRef(text=text, span=span, iri=None, kind=self.guess_kind(text, lang, category))
