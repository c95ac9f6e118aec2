"""Near-duplicates: the same story lightly reworded, linked (not merged) so analysts see the echo.

Measure (chosen on labelled pairs, see ``docs/ingest.md``): the Indel
similarity of the two normalised, case-folded texts (``rapidfuzz.fuzz.ratio``,
0..1) must reach ``threshold`` (0.9), **and** the numbers of the text with
fewer numbers must all occur in the other (``numbers_agree``): "10 sanctions
in 2024" and "12 sanctions in 2025" are two facts, not one story, however
alike the sentences. Exact duplicates are folded at ingest and never paired.

Candidates are found without comparing every pair: MinHash over the word
sets (``BANDS`` × ``ROWS`` = 240 hash functions, fixed seeds, so the result is
deterministic) with locality-sensitive banding: two texts become candidates
when all rows of one band agree. A pair with word-set Jaccard 0.8 is a
candidate with probability 0.996, one with 0.5 with probability 0.11 (the
measured minimum Jaccard of true near-duplicates is 0.88). Then a length
filter (a ratio of 0.9 needs lengths within 0.818), the Jaccard estimated from
the signatures (``MIN_ESTIMATED_JACCARD``), and the measure itself.
"""

from __future__ import annotations

import random
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz

from ..mint import digest, normalise_text
from ..model import Clipping

#: Default similarity threshold.
THRESHOLD = 0.9
#: MinHash banding: BANDS bands of ROWS hash values each.
BANDS = 30
ROWS = 8
#: Candidates whose MinHash-estimated word Jaccard is below this are dropped before the measure
#: (true near-duplicates measured at 0.88 or more; the estimate's standard error is about 0.03).
MIN_ESTIMATED_JACCARD = 0.6
_PRIME = 4294967311  # the first prime above 2**32
_rng = random.Random(20250101)
_A = np.array([_rng.randrange(1, 2**31) for _ in range(BANDS * ROWS)], dtype=np.uint64)
_B = np.array([_rng.randrange(0, 2**32) for _ in range(BANDS * ROWS)], dtype=np.uint64)

_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


def _form(text: str) -> str:
    return normalise_text(text).casefold()


def similarity(a: str, b: str) -> float:
    """Indel similarity (0..1) of the normalised, case-folded texts."""
    return float(fuzz.ratio(_form(a), _form(b))) / 100.0


def _numbers(text: str) -> Counter[str]:
    return Counter(re.sub(r"\D", "", m) for m in _NUMBER.findall(text))


def numbers_agree(a: str, b: str) -> bool:
    """Every number of the text with fewer numbers occurs (as often) in the other.

    Digit groups are compared without separators ("104 000" = "104000", "7,8" = "78").
    """
    na, nb = _numbers(a), _numbers(b)
    if na.total() > nb.total():
        na, nb = nb, na
    return not (na - nb)


def minhash(words: Iterable[str]) -> NDArray[np.uint64]:
    """The MinHash signature (``BANDS * ROWS`` values) of a set of words (CRC-32 based, deterministic)."""
    hashes = np.array(sorted({zlib.crc32(w.encode("utf-8")) for w in words}) or [0], dtype=np.uint64)
    table: NDArray[np.uint64] = (hashes[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)
    signature: NDArray[np.uint64] = table.min(axis=0)
    return signature


def near_duplicates(clippings: Iterable[Clipping], threshold: float = THRESHOLD
                    ) -> list[tuple[str, str, float]]:
    """Pairs ``(key_a, key_b, similarity)`` of clippings that are near-duplicates, sorted.

    Keys are ``mint.clipping_key`` of each text, ``key_a < key_b``; the
    similarity is rounded to 4 decimals. Clippings with the same key count once.
    """
    forms: dict[str, str] = {}
    raw: dict[str, str] = {}
    for clip in clippings:
        norm = normalise_text(clip.text)
        key = digest(norm)  # = mint.clipping_key(clip.text), without normalising twice
        if key not in forms:
            forms[key] = norm.casefold()
            raw[key] = clip.text
    keys = sorted(forms)
    if len(keys) < 2:
        return []
    signatures = np.stack([minhash(_WORD.findall(forms[k])) for k in keys])
    buckets: dict[bytes, list[int]] = defaultdict(list)
    candidates: set[tuple[int, int]] = set()
    for i in range(len(keys)):
        for band in range(BANDS):
            bucket = buckets[band.to_bytes(1, "big") + signatures[i, band * ROWS:(band + 1) * ROWS].tobytes()]
            candidates.update((j, i) for j in bucket)
            bucket.append(i)
    cutoff = threshold * 100.0
    min_len_ratio = threshold / (2.0 - threshold)
    lengths = [len(forms[k]) for k in keys]
    pairs = sorted((j, i) for j, i in candidates
                   if min(lengths[i], lengths[j]) >= min_len_ratio * max(lengths[i], lengths[j]))
    found: list[tuple[str, str, float]] = []
    for start in range(0, len(pairs), 4096):
        chunk = np.array(pairs[start:start + 4096], dtype=np.int64)
        estimated = (signatures[chunk[:, 0]] == signatures[chunk[:, 1]]).mean(axis=1)
        for (j, i), est in zip(chunk.tolist(), estimated.tolist(), strict=True):
            if est < MIN_ESTIMATED_JACCARD:
                continue
            score = fuzz.ratio(forms[keys[j]], forms[keys[i]], score_cutoff=cutoff)
            if score and score >= cutoff and numbers_agree(raw[keys[j]], raw[keys[i]]):
                found.append((keys[j], keys[i], round(score / 100.0, 4)))
    return sorted(found)
