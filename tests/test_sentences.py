"""Sentence spans: where a full stop ends a sentence and where it does not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veillegraph.extract.text import sentences


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an initial before a name does not end a sentence
    ("fr", "J. Martin a saisi le tribunal. Il attend.", ["J. Martin a saisi le tribunal.", "Il attend."]),
    # nor a title before a name that opens with an article
    ("fr", "M. Le Goff a parlé. Il part.", ["M. Le Goff a parlé.", "Il part."]),
    # a single capital that is a name (the network X) ends one when a pronoun follows
    ("fr", "La Commission a sanctionné X. Elle lui reproche ses publicités.",
     ["La Commission a sanctionné X.", "Elle lui reproche ses publicités."]),
    ("fr", "Le réseau visé est X. Cette décision est la première.",
     ["Le réseau visé est X.", "Cette décision est la première."]),
    ("en", "Brussels fined X. The company will appeal.", ["Brussels fined X.", "The company will appeal."]),
    ("en", "The court heard J. Smith. It adjourned.", ["The court heard J. Smith.", "It adjourned."]),
    # a single digit is no initial: it ends the sentence
    ("fr", "Il n'a pas censuré l'article 2. La décision écarte le reste.",
     ["Il n'a pas censuré l'article 2.", "La décision écarte le reste."]),
    # an abbreviation does not end one
    ("fr", "Voir aff. C-311/18 sur ce point. La Cour a tranché.", ["Voir aff. C-311/18 sur ce point.",
                                                                "La Cour a tranché."]),
])
def test_sentence_ends(lang: str, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text, lang)] == expected


@given(st.text(max_size=300), st.sampled_from(["fr", "en"]))
def test_spans_are_ordered_inside_the_text_and_stripped(text: str, lang: str) -> None:
    spans = sentences(text, lang)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e
