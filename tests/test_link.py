"""Entity linking: exact alias, normalised form, fuzzy match, unknown bodies with a kind."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veillegraph.knowledge import default_knowledge
from veillegraph.link import Linker, fold, normalise


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(default_knowledge())


def label_set(linker: Linker, iri: str | None) -> set[str]:
    assert iri is not None
    return {lb.text for lb in linker.knowledge.entities[iri].labels}


LINKED = [
    ("exact acronym", "CNIL", "CNIL"),
    ("article and case", "la cnil", "CNIL"),
    ("accents dropped", "Conseil d'Etat", "Conseil d'État"),
    ("typographic apostrophe", "Conseil d’État", "Conseil d'État"),
    ("metonymy alias", "les Sages", "Conseil constitutionnel"),
    ("metonymy place", "Bruxelles", "Commission européenne"),
    ("English alias", "the European Commission", "Commission européenne"),
    ("fuzzy typo", "Commision nationale de l'informatique et des libertés", "CNIL"),
]


@pytest.mark.parametrize(("name", "mention", "expected"), LINKED, ids=[c[0] for c in LINKED])
def test_links(linker: Linker, name: str, mention: str, expected: str) -> None:
    ref = linker.link(mention)
    assert ref.linked, name
    assert expected in label_set(linker, ref.iri), (name, ref.iri)
    assert ref.text == mention


UNLINKED = [
    ("court", "tribunal administratif de Rouen", "court"),
    ("municipality", "la commune de Nice-sur-Loire", "local_authority"),
    ("company", "la société Clearview Bis", "company"),
    ("decree", "décret n° 2099-1 du 1er janvier 2099", "decree"),
    ("plural head noun first", "les dispositions du texte sur les drones", "article"),
    ("head noun after a partitive of numbers", "38 des 64 articles de la loi sur les drones", "article"),
    ("head noun after a number", "deux sociétés de surveillance", "company"),
]


def test_words_before_a_head_are_only_numbers_far_from_the_start(linker: Linker) -> None:
    # past the second word, a head noun counts only after numbers and partitives, not after any words
    assert linker.guess_kind("la très longue liste des articles") is None


@pytest.mark.parametrize(("name", "mention", "kind"), UNLINKED, ids=[c[0] for c in UNLINKED])
def test_unknown_body_gets_kind(linker: Linker, name: str, mention: str, kind: str) -> None:
    ref = linker.link(mention)
    assert not ref.linked and ref.kind == kind and ref.text == mention, (name, ref)


def test_short_acronyms_are_not_fuzzy(linker: Linker) -> None:
    assert linker.lookup("CNUL") is None


def test_category_filter(linker: Linker) -> None:
    iri = linker.lookup("CNIL", category="instrument")
    assert iri is None


def test_same_mention_same_iri(linker: Linker) -> None:
    assert {linker.link("le Conseil constitutionnel").iri for _ in range(3)} == {linker.link("Conseil "
                                                                                              "constitutionnel").iri}


def test_normalise() -> None:
    assert normalise("L’Autorité  de la concurrence") == "autorite de la concurrence"
    assert normalise("les Sages") == "sages"
    assert len(fold("Conseil d’État")) == len("Conseil d’État")


@settings(deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_link_never_raises(linker: Linker, text: str) -> None:
    ref = linker.link(text)
    assert ref.text == text
