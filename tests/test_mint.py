"""The minting policy: deterministic, normalisation-stable IRIs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from veillegraph import mint


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("L’histoire des forces", "L'histoire des forces"),
        ("« Nos données après nous »", '" Nos données après nous "'),
        ("un  texte\n\tsur deux lignes ", "un texte sur deux lignes"),
        ("Conseil d\u2019E\u0301tat", "Conseil d'\u00c9tat"),  # combining accent vs precomposed
        ("104\u00a0000 euros", "104 000 euros"),  # no-break space
    ],
)
def test_same_clipping_after_normalisation(a: str, b: str) -> None:
    assert mint.clipping_key(a) == mint.clipping_key(b)


def test_different_texts_different_keys() -> None:
    assert mint.clipping_key("La CNIL a sanctionné Orange.") != mint.clipping_key("La CNIL a sanctionné Free.")


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = mint.normalise_text(text)
    assert mint.normalise_text(once) == once


@given(st.text(), st.text())
def test_iris_are_valid_and_stable(text: str, mention: str) -> None:
    key = mint.clipping_key(text)
    assert len(key) == 20 and all(c in "0123456789abcdef" for c in key)
    iri = mint.new_entity_iri("actor", "court", mention)
    assert iri == mint.new_entity_iri("actor", "court", mention)
    ox.NamedNode(iri.value)  # a valid IRI whatever the text


def test_new_entity_ignores_leading_article_and_case() -> None:
    assert mint.new_entity_iri("actor", "court", "le Tribunal administratif de Rouen") == mint.new_entity_iri(
        "actor", "court", "tribunal administratif de Rouen"
    )


@pytest.mark.parametrize(("text", "expected"), [("Conseil d'État", "conseil-d-etat"), ("   ", "x"), ("ÀÉÎ õ", "aei-o")])
def test_slug(text: str, expected: str) -> None:
    assert mint.slug(text) == expected
