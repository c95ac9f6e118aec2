"""Language of a clipping when the source does not say: a function-word profile.

Counts the tokens of the text found in each profile of ``_langdata.FUNCTION_WORDS``
(a token with a letter proper to one language, ``_langdata.LETTERS``, counts half);
the language with most hits wins when it has at least ``MIN_HITS`` hits and at
least ``MIN_SHARE`` of the tokens. Otherwise ``"und"`` (undetermined, BCP 47).
Measured on the gold clippings in ``tests/test_ingest.py`` (all fr/en right).
"""

from __future__ import annotations

import re
from collections import Counter

from ._langdata import FUNCTION_WORDS, LETTERS, PROFILE_ORDER

MIN_HITS = 2
MIN_SHARE = 0.08
UNDETERMINED = "und"

_CODES_BY_WORD: dict[str, tuple[str, ...]] = {
    w: tuple(c for c in PROFILE_ORDER if w in FUNCTION_WORDS[c])
    for w in sorted(set().union(*FUNCTION_WORDS.values()))
}
_LETTERS = {c: frozenset(LETTERS[c]) for c in PROFILE_ORDER if LETTERS.get(c)}
_ALL_LETTERS = frozenset().union(*_LETTERS.values())

_TOKEN = re.compile(r"[^\W\d_]+'?", re.UNICODE)
_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def detect_language(text: str, limit: int = 5000) -> str:
    """``"fr"``, ``"en"`` (or ``de``/``es``/``it``) from function words; ``"und"`` when unsure.

    Only the first ``limit`` characters are looked at.
    """
    tokens = _TOKEN.findall(text[:limit].replace("\u2019", "'").lower())
    if not tokens:
        return UNDETERMINED
    hits = dict.fromkeys(PROFILE_ORDER, 0.0)
    for tok, n in Counter(tokens).items():
        codes = _CODES_BY_WORD.get(tok)
        if codes:
            for code in codes:
                hits[code] += n
        elif not _ALL_LETTERS.isdisjoint(tok):  # a token with a letter proper to one language counts half
            for code, letters in _LETTERS.items():
                if not letters.isdisjoint(tok):
                    hits[code] += 0.5 * n
    best = max(PROFILE_ORDER, key=lambda c: (hits[c], -PROFILE_ORDER.index(c)))
    if hits[best] < MIN_HITS or hits[best] / len(tokens) < MIN_SHARE:
        return UNDETERMINED
    return best


def normalise_lang(tag: str | None) -> str | None:
    """The primary subtag of a language tag given by a source, lower case (``"fr-FR"`` → ``"fr"``).

    ``None`` when the tag is absent or not a language tag.
    """
    if not tag:
        return None
    tag = tag.strip()
    if not _LANG_TAG.match(tag):
        return None
    return tag.replace("_", "-").split("-")[0].lower()


def default_lang(declared: str | None, text: str) -> str | None:
    """A language declared for a whole feed or site, unless the text is confidently in another one.

    A channel's ``<language>`` is a default for its items, not a statement about
    each: an English item of a French feed is English.
    """
    if not declared:
        return None
    found = detect_language(text)
    primary = normalise_lang(declared)
    return found if found != UNDETERMINED and found != primary else primary
