"""The ontology declares every term the code uses, in French and English.

Checks ``ontology/veillegraph.ttl`` against ``src/veillegraph/_vocab.py``:
every ``vg:`` term named in the code is declared with labels and comments in
both languages, classes and properties are well formed, every Turtle file
parses, and the data the extractor reads from the ontology (head nouns,
modality cues) is there and unambiguous.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from veillegraph import _vocab as V

#: subject IRI -> predicate IRI -> objects
Props = dict[str, dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]]]

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
TTL_FILES = sorted(ONTOLOGY.rglob("*.ttl"))

OWL_DECLARATIONS = {
    V.OWL.Class.value,
    V.OWL.ObjectProperty.value,
    V.OWL.DatatypeProperty.value,
    V.OWL.AnnotationProperty.value,
    V.OWL.NamedIndividual.value,
}
PROPERTY_TYPES = {V.OWL.ObjectProperty.value, V.OWL.DatatypeProperty.value, V.OWL.AnnotationProperty.value}
#: Properties that deliberately have no rdfs:domain / rdfs:range (with the reason).
NO_DOMAIN = {
    V.SIMILARITY.value,  # reserved; it will sit on a reified statement, not on a class of ours
    V.VG.preferredNamespacePrefix.value,  # ontology metadata
}
NO_RANGE = {
    V.WIKIDATA.value,  # any IRI of wikidata.org
    V.ELI_ID.value,  # any ELI IRI
    V.VG.preferredNamespacePrefix.value,
}


def _triples(path: Path) -> list[ox.Triple]:
    return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


@pytest.fixture(scope="module")
def tbox() -> Props:
    """Subject IRI -> predicate IRI -> objects, for ontology/veillegraph.ttl."""
    out: Props = defaultdict(lambda: defaultdict(list))
    for t in _triples(ONTOLOGY / "veillegraph.ttl"):
        if isinstance(t.subject, ox.NamedNode):
            out[t.subject.value][t.predicate.value].append(t.object)  # type: ignore[arg-type]
    return out


def _vocab_terms() -> dict[str, str]:
    """Every vg: IRI named in _vocab.py, with the Python name that names it."""
    terms: dict[str, str] = {}
    for name, value in vars(V).items():
        if isinstance(value, ox.NamedNode) and value.value.startswith(str(V.VG)):
            terms[value.value] = name
        elif isinstance(value, dict):
            for key, node in value.items():
                if isinstance(node, ox.NamedNode) and node.value.startswith(str(V.VG)):
                    terms[node.value] = f"{name}[{key!r}]"
    return terms


VOCAB_TERMS = _vocab_terms()


def _langs(objs: list[ox.NamedNode | ox.Literal | ox.BlankNode]) -> set[str]:
    return {o.language or "" for o in objs if isinstance(o, ox.Literal) and o.value.strip()}


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("’", "'").lower().strip()


def test_vocab_is_not_empty() -> None:
    # The code names dozens of terms; a broken import would make every check below vacuous.
    assert len(VOCAB_TERMS) > 60
    assert V.EVENT.value in VOCAB_TERMS and V.ACTOR_KINDS["court"].value in VOCAB_TERMS


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: str(p.relative_to(ONTOLOGY)))
def test_turtle_file_parses(path: Path) -> None:
    triples = _triples(path)
    assert triples, f"{path} is empty"


@pytest.mark.parametrize("iri", sorted(VOCAB_TERMS), ids=lambda i: i.rsplit("#", 1)[-1])
def test_vocab_term_declared_with_labels(iri: str, tbox: Props) -> None:
    props = tbox.get(iri)
    assert props, f"{VOCAB_TERMS[iri]} ({iri}) is not declared in ontology/veillegraph.ttl"
    types = {o.value for o in props.get(V.TYPE.value, []) if isinstance(o, ox.NamedNode)}
    assert types & OWL_DECLARATIONS, f"{iri} has no OWL declaration (owl:Class, owl:ObjectProperty...)"
    assert {"fr", "en"} <= _langs(props.get(V.LABEL.value, [])), f"{iri} needs rdfs:label in fr and en"
    assert {"fr", "en"} <= _langs(props.get(V.RDFS.comment.value, [])), (
        f"{iri} needs rdfs:comment in fr and en"
    )


def test_every_vg_term_used_in_ontology_files_is_declared(tbox: Props) -> None:
    """A typo such as vg:triggerVerbs or vg:Cour in any Turtle file is caught here."""
    declared = {s for s, p in tbox.items() if {o.value for o in p.get(V.TYPE.value, [])} & OWL_DECLARATIONS}
    undeclared: set[tuple[str, str]] = set()
    for path in TTL_FILES:
        for t in _triples(path):
            for term in (t.subject, t.predicate, t.object):
                if (
                    isinstance(term, ox.NamedNode)
                    and term.value.startswith(str(V.VG))
                    and term.value not in declared
                ):
                    undeclared.add((path.name, term.value))
    assert not undeclared, sorted(undeclared)


def test_ontology_header(tbox: Props) -> None:
    onto = [s for s, p in tbox.items() if V.OWL.Ontology.value in {o.value for o in p.get(V.TYPE.value, [])}]
    assert len(onto) == 1
    props = tbox[onto[0]]
    assert props.get(V.OWL.versionInfo.value) and props.get(V.OWL.versionIRI.value)
    assert {"fr", "en"} <= _langs(props[V.TITLE.value])
    assert props.get(V.DCT.license.value)


PROPERTIES = sorted(
    s
    for s in VOCAB_TERMS
    if s.rsplit("#", 1)[1][:1].islower() and s not in {m.value for m in V.MODALITIES.values()}
)


@pytest.mark.parametrize("iri", PROPERTIES, ids=lambda i: i.rsplit("#", 1)[-1])
def test_property_has_domain_and_range(iri: str, tbox: Props) -> None:
    props = tbox[iri]
    types = {o.value for o in props.get(V.TYPE.value, []) if isinstance(o, ox.NamedNode)}
    assert types & PROPERTY_TYPES, f"{iri} is lower-case but not declared as a property"
    if iri not in NO_DOMAIN:
        assert props.get(V.RDFS.domain.value), f"{iri} has no rdfs:domain"
    if iri not in NO_RANGE:
        assert props.get(V.RDFS.range.value), f"{iri} has no rdfs:range"


@pytest.mark.parametrize(
    ("kinds", "top"),
    [(V.ACTOR_KINDS, V.ACTOR), (V.INSTRUMENT_KINDS, V.INSTRUMENT), (V.MATTER_KINDS, V.MATTER)],
    ids=["actor", "instrument", "matter"],
)
def test_kind_classes_are_subclasses_with_head_nouns(
    kinds: dict[str, ox.NamedNode], top: ox.NamedNode, tbox: Props
) -> None:
    for key, cls in kinds.items():
        props = tbox[cls.value]
        supers = {o.value for o in props.get(V.RDFS.subClassOf.value, [])}
        assert top.value in supers, f"{key}: {cls.value} is not a subclass of {top.value}"
        assert {"fr", "en"} <= _langs(props.get(V.HEAD_NOUN.value, [])), (
            f"{key} needs vg:headNoun in fr and en"
        )


def test_head_nouns_reveal_one_kind_only(tbox: Props) -> None:
    """The extractor guesses a kind from a head noun: one noun (per language) must name one kind."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for kinds in (V.ACTOR_KINDS, V.INSTRUMENT_KINDS, V.MATTER_KINDS):
        for key, cls in kinds.items():
            for o in tbox[cls.value].get(V.HEAD_NOUN.value, []):
                assert isinstance(o, ox.Literal) and o.language, f"{key}: head noun {o} needs a language tag"
                assert o.value == o.value.strip().lower(), f"{key}: head noun {o.value!r} must be lower case"
                owners[(o.value, o.language)].add(key)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


@pytest.mark.parametrize(
    ("kind", "noun"),
    [
        ("court", "tribunal"),
        ("court", "cour d'appel"),
        ("local_authority", "commune"),
        ("local_authority", "ville"),
        ("local_authority", "mairie"),
        ("local_authority", "région"),
        ("local_authority", "département"),
        ("public_body", "préfecture"),
        ("company", "société"),
        ("company", "entreprise"),
        ("company", "groupe"),
        ("association", "association"),
        ("ministry", "ministère"),
        ("public_body", "agence"),
        ("independent_authority", "autorité"),
        ("public_body", "commission"),
        ("law", "loi"),
        ("decree", "décret"),
        ("decree", "arrêté"),
        ("eu_regulation", "règlement"),
        ("eu_directive", "directive"),
        ("bill", "proposition de loi"),
        ("bill", "projet de loi"),
        ("article", "article"),
        ("report", "rapport"),
        ("report", "avis"),
        ("decree", "délibération"),
        ("court_decision", "décision"),
        ("court_decision", "arrêt"),
        ("court_decision", "jugement"),
        ("court_decision", "ordonnance"),
        ("proceeding", "recours"),
        ("proceeding", "requête"),
        ("proceeding", "enquête"),
        ("proceeding", "procédure"),
        ("programme", "expérimentation"),
        ("programme", "dispositif"),
    ],
)
def test_head_noun_names_expected_kind(kind: str, noun: str, tbox: Props) -> None:
    cls = {**V.ACTOR_KINDS, **V.INSTRUMENT_KINDS, **V.MATTER_KINDS}[kind]
    nouns = {
        o.value
        for o in tbox[cls.value].get(V.HEAD_NOUN.value, [])
        if isinstance(o, ox.Literal) and o.language == "fr"
    }
    assert noun in nouns


def test_modalities_have_notation_and_cues(tbox: Props) -> None:
    for key, ind in V.MODALITIES.items():
        props = tbox[ind.value]
        assert V.MODALITY.value in {o.value for o in props[V.TYPE.value]}
        assert [o.value for o in props[V.NOTATION.value]] == [key]
        if key != "realised":
            assert {"fr", "en"} <= _langs(props.get(V.CUE.value, [])), f"{key} needs vg:cue in fr and en"


@pytest.mark.parametrize(
    ("modality", "cue", "lang"),
    [
        ("expected", "devoir", "fr"),
        ("expected", "should", "en"),
        ("expected", "expected", "en"),
        ("announced", "annoncer", "fr"),
        ("announced", "prévoir", "fr"),
        ("proposed", "souhaiter", "fr"),
        ("proposed", "proposer", "fr"),
        ("proposed", "envisager", "fr"),
        ("proposed", "recommander", "fr"),
    ],
)
def test_modality_cue(modality: str, cue: str, lang: str, tbox: Props) -> None:
    cues = {
        (o.value, o.language)
        for o in tbox[V.MODALITIES[modality].value].get(V.CUE.value, [])
        if isinstance(o, ox.Literal)
    }
    assert (cue, lang) in cues


def test_cues_name_one_modality(tbox: Props) -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, ind in V.MODALITIES.items():
        for o in tbox[ind.value].get(V.CUE.value, []):
            assert isinstance(o, ox.Literal)
            owners[(_norm(o.value), o.language or "")].add(key)
    assert not {k: v for k, v in owners.items() if len(v) > 1}


def test_top_classes_are_disjoint() -> None:
    """The five top classes are pairwise disjoint (owl:AllDisjointClasses), so OWL 2 RL catches clashes."""
    triples = _triples(ONTOLOGY / "veillegraph.ttl")
    lists: dict[ox.BlankNode | ox.NamedNode, list[str]] = {}
    first = {t.subject: t.object for t in triples if t.predicate == V.RDF.first}
    rest = {t.subject: t.object for t in triples if t.predicate == V.RDF.rest}
    for t in triples:
        if t.predicate == V.OWL.members and isinstance(t.object, (ox.BlankNode, ox.NamedNode)):
            items, node = [], t.object
            while node in first:
                items.append(first[node].value)  # type: ignore[union-attr]
                node = rest[node]  # type: ignore[assignment]
            lists[t.subject] = items  # type: ignore[index]
    wanted = {V.CLIPPING.value, V.EVENT.value, V.ACTOR.value, V.INSTRUMENT.value, V.MATTER.value}
    assert any(wanted <= set(members) for members in lists.values())
    actor_kinds = {c.value for c in V.ACTOR_KINDS.values()}
    assert any(actor_kinds <= set(members) for members in lists.values())
