"""Deterministic IRIs for instances (the minting policy of ``docs/architecture.md``).

Every function here is pure: the same input gives the same IRI on any machine.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pyoxigraph import NamedNode

from ._vocab import GRAPH, ID

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"',
})
_SPACES = re.compile(r"\s+")
_SLUG_BAD = re.compile(r"[^a-z0-9]+")


def normalise_text(text: str) -> str:
    """The form of a clipping's text that decides its identity.

    Unicode NFC, typographic quotes and apostrophes to ASCII (guillemets to ``"``),
    every whitespace run (including no-break spaces) to one space, stripped.
    """
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def digest(*parts: str | int, length: int = 20) -> str:
    """Hex digest of the parts, joined unambiguously."""
    h = hashlib.sha256()
    for part in parts:
        data = str(part).encode("utf-8")
        h.update(len(data).to_bytes(4, "big"))
        h.update(data)
    return h.hexdigest()[:length]


def clipping_key(text: str) -> str:
    return digest(normalise_text(text))


def slug(text: str, max_length: int = 60) -> str:
    """ASCII slug: accents dropped, lower case, runs of other characters to ``-``."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG_BAD.sub("-", ascii_.lower()).strip("-")[:max_length].strip("-") or "x"


def clipping_iri(key: str) -> NamedNode:
    return ID[f"clipping/{key}"]


def clipping_graph(key: str) -> NamedNode:
    return GRAPH[f"clipping/{key}"]


def occurrence_iri(key: str, source: str, position: int) -> NamedNode:
    """One place a clipping was read: the same file and record always give the same IRI."""
    return ID[f"occurrence/{key}-{digest(source, position, length=12)}"]


def event_key(clip_key: str, type_code: str, trigger_start: int, trigger_end: int, party: str = "") -> str:
    return digest(clip_key, type_code, trigger_start, trigger_end, party)


def event_iri(key: str) -> NamedNode:
    return ID[f"event/{key}"]


def evidence_iri(event_key_: str, start: int, end: int, part: str = "") -> NamedNode:
    """The annotation (``part`` empty) or one of its parts: ``target``, ``quote``, ``position``, ``trigger``."""
    return ID[f"evidence/{digest(event_key_, start, end)}{'-' + part if part else ''}"]


_LEADING_ARTICLE = re.compile(r"^(l'|le |la |les |un |une |des |du |de la |de l'|d'|the |a |an )", re.I)


def mention_label(mention: str) -> str:
    """The label of an entity minted from a mention: normalised, without a leading article."""
    return _LEADING_ARTICLE.sub("", normalise_text(mention), count=1)


def new_entity_iri(category: str, kind: str, mention: str) -> NamedNode:
    """IRI of an entity minted from text (not in the reference data).

    Re-running on the same mention gives the same IRI: the hash is over the
    lower-cased ``mention_label``, so "le rapport" and "un rapport" are one entity.
    """
    norm = mention_label(mention).lower()
    return ID[f"{category}/new-{kind.replace('_', '-')}-{slug(norm, 40)}-{digest(norm, length=8)}"]


def run_iri(key: str) -> NamedNode:
    return ID[f"run/{key}"]
