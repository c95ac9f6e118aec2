"""Labels of entities minted by the build: the mention, and the proper name inside a described body."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from veillegraph import _vocab as V
from veillegraph.build import clipping_quads, proper_name
from veillegraph.knowledge import Knowledge
from veillegraph.model import Clipping, EntityRef, ExtractedEvent, Span

NAME_CASES = [
    # (construction, minted label, proper name or None)
    ("company noun then name", "société Medilex", "Medilex"),
    ("two-word description", "pharmacie en ligne Apohem", "Apohem"),
    ("English description", "power utility Endesa", "Endesa"),
    ("name starting with a digit", "genetic testing company 23andMe", "23andMe"),
    ("name of several words", "opérateur Free Mobile", "Free Mobile"),
    ("a person with an office", "députée Laure Martin", "Laure Martin"),
    ("the name ends at the first small word", "concurrente Apoteket à hauteur de 3 millions", "Apoteket"),
    ("name after a link is a seat", "tribunal administratif de Rouen", None),
    ("name after a contracted link", "préfète du Bas-Rhin", None),
    ("English link", "administrative court of Rouen", None),
    ("the label is the name", "Clearview AI", None),
    ("no name at all", "communes", None),
    ("elided link glued to the name", "filiale d'Orange", None),
    ("the name keeps the label's own separators", "député Jean\rMartin", "Jean\rMartin"),  # found by hypothesis
]


@pytest.mark.parametrize(("name", "label", "expected"), NAME_CASES, ids=[c[0] for c in NAME_CASES])
def test_proper_name(name: str, label: str, expected: str | None) -> None:
    assert proper_name(label) == expected, name


@given(st.text(max_size=80))
def test_proper_name_is_a_run_of_words_of_the_label(label: str) -> None:
    name = proper_name(label)
    if name is not None:
        assert name in label and name != label.strip() and len(name) >= 2


def _minted(knowledge: Knowledge, mention: str, kind: str) -> dict[str, set[str]]:
    text = f"La CNIL a sanctionné {mention}."
    start = text.index(mention)
    ev = ExtractedEvent(type="sanction", evidence=Span(0, len(text)), trigger=Span(10, 20),
                        object=EntityRef(text=mention, span=Span(start, start + len(mention)), kind=kind))
    quads = clipping_quads(Clipping(text=text, id="t1", lang="fr"), [ev], knowledge)
    obj = next(q.object for q in quads if q.predicate == V.VG.object)
    assert isinstance(obj, ox.NamedNode)
    out: dict[str, set[str]] = {"pref": set(), "alt": set()}
    for q in quads:
        if q.subject == obj and q.predicate in (V.PREF_LABEL, V.ALT_LABEL):
            assert isinstance(q.object, ox.Literal)
            out["pref" if q.predicate == V.PREF_LABEL else "alt"].add(q.object.value)
    return out


def test_a_described_company_gets_its_name_as_alternative_label(knowledge: Knowledge) -> None:
    labels = _minted(knowledge, "la société Medilex", "company")
    assert labels == {"pref": {"société Medilex"}, "alt": {"Medilex"}}


def test_a_court_named_by_its_seat_gets_no_alternative_label(knowledge: Knowledge) -> None:
    labels = _minted(knowledge, "le tribunal administratif de Rouen", "court")
    assert labels == {"pref": {"tribunal administratif de Rouen"}, "alt": set()}
