"""Labelled pairs of clipping texts for measuring near-duplicate detection (used by tests/test_ingest*.py).

Positives are light rewordings of one text (what echoes of one story look
like): a word or two changed, typos, punctuation and case, a source tag added,
a trailing sentence cut as feeds do, a short phrase dropped. Negatives are
every pair of distinct texts of the corpus (many tell the same story in other
words) plus hard negatives: one text with its numbers and dates changed.
Deterministic (seeded).
"""

from __future__ import annotations

import random
import re

SYNONYMS = {
    "a": "avait", "rendu": "publié", "publie": "diffuse", "décision": "délibération", "amende": "sanction",
    "le": "ce", "les": "ces", "nouvelles": "récentes", "annoncé": "indiqué", "the": "this", "has": "had",
    "fined": "penalised", "announced": "said", "rapport": "document", "loi": "législation",
}


def _reword(text: str, rng: random.Random) -> str:
    words = text.split()
    kind = rng.randrange(6)
    if kind == 0:  # one or two synonyms
        idx = [i for i, w in enumerate(words) if w.lower() in SYNONYMS]
        for i in rng.sample(idx, min(2, len(idx))):
            words[i] = SYNONYMS[words[i].lower()]
        return " ".join(words)
    if kind == 1:  # typos in two words
        for i in rng.sample(range(len(words)), min(2, len(words))):
            w = words[i]
            if len(w) > 3:
                j = rng.randrange(1, len(w) - 1)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        return " ".join(words)
    if kind == 2:  # punctuation, quotes and case
        out = text.replace("’", "'").replace("« ", '"').replace(" »", '"').replace(",", "")
        return out[:1].lower() + out[1:]
    if kind == 3:  # a source tag
        return f"{text} (AFP)" if rng.random() < 0.5 else f"[Dépêche] {text}"
    if kind == 4:  # the feed cut the end
        cut = max(1, int(len(words) * 0.06))
        return " ".join(words[:-cut]) + " […]"
    # a short phrase dropped
    if len(words) > 12:
        i = rng.randrange(2, len(words) - 4)
        del words[i:i + 3]
    return " ".join(words)


def _renumber(text: str, rng: random.Random) -> str | None:
    if not re.search(r"\d", text):
        return None
    return re.sub(r"\d+", lambda m: str(int(m[0]) + rng.randrange(1, 9)), text)


def build_pairs(texts: list[str], seed: int = 7) -> list[tuple[str, str, bool, str]]:
    """``(a, b, is_near_duplicate, kind)`` for the texts (which must be distinct stories)."""
    rng = random.Random(seed)
    pairs: list[tuple[str, str, bool, str]] = []
    for text in texts:
        if len(text.split()) >= 20:
            pairs.append((text, _reword(text, rng), True, "reworded"))
            changed = _renumber(text, rng)
            if changed:
                pairs.append((text, changed, False, "renumbered"))
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            pairs.append((a, b, False, "distinct"))
    return pairs
