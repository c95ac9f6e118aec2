"""Entity linking: exact alias, normalised form, fuzzy match, unknown bodies with a kind."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veillegraph import _vocab as V
from veillegraph.build import clipping_quads
from veillegraph.extract import Extractor
from veillegraph.knowledge import default_knowledge
from veillegraph.link import Linker, fold, in_office, normalise
from veillegraph.model import Clipping, EntityRef, ExtractedEvent, PartialDate, Span


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
    ("periphrasis cut short", "le gendarme espagnol", "AEPD"),
    ("periphrasis cut short, feminine", "l'autorité espagnole", "AEPD"),
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


@pytest.mark.parametrize("mention", [
    "la cour d'appel",  # a bare head noun: the start of every court of appeal's name
    "le tribunal administratif",
    "le gendarme",  # one word after the article
    "l'autorité de protection",  # starts the labels of many authorities
])
def test_a_shortened_name_links_only_when_it_starts_one_entitys_labels(linker: Linker, mention: str) -> None:
    assert linker.lookup(mention) is None, mention


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


# --- office holders: a person named as acting in office gives the body as agent (vg:tenure) ----------------

ACTOR = "https://w3id.org/veillegraph/id/actor/"
OFFICES = [
    # (case, person, act's date, publication date, expected agent)
    ("one tenure, dated act inside it", "thierry-breton", "2023-10-12", None, "commission-europeenne"),
    ("one tenure, act after its end", "thierry-breton", "2024-10-02", None, "thierry-breton"),
    ("one tenure, act before its start", "henna-virkkunen", "2023-05", None, "henna-virkkunen"),
    ("first of two offices", "gerald-darmanin", "2023-03-03", None, "ministere-interieur"),
    ("second of two offices", "gerald-darmanin", "2025-03-03", None, "ministere-justice"),
    ("between two offices", "gerald-darmanin", "2024-10-15", None, "gerald-darmanin"),
    ("a month inside one office", "gerald-darmanin", "2022-06", None, "ministere-interieur"),
    ("a month whose last days start an office", "bruno-retailleau", "2024-09", None, "ministere-interieur"),
    ("a year spanning two offices", "gerald-darmanin", "2024", None, "gerald-darmanin"),
    ("undated act, the publication date decides", "gerald-darmanin", None, "2025-06-12", "ministere-justice"),
    ("undated and unpublished, two offices", "gerald-darmanin", None, None, "gerald-darmanin"),
    ("undated and unpublished, one office", "emmanuel-macron", None, None, "president-republique"),
    ("the day an office starts", "sebastien-lecornu", "2025-09-09", None, "sebastien-lecornu"),  # both that day
    ("the day after", "sebastien-lecornu", "2025-09-10", None, "premier-ministre"),
    ("a person with no tenure", "max-schrems", "2024-05-04", None, "max-schrems"),
]


@pytest.mark.parametrize(("name", "person", "date", "published", "expected"), OFFICES, ids=[c[0] for c in OFFICES])
def test_a_person_in_office_acts_for_the_body(name: str, person: str, date: str | None, published: str | None,
                                               expected: str) -> None:
    knowledge = default_knowledge()
    mention = EntityRef("X Y", Span(0, 3), ACTOR + person, "person")
    ev = ExtractedEvent(type="saisine", evidence=Span(0, 20), trigger=Span(4, 10), agent=mention,
                        date=PartialDate(date) if date else None)
    out = in_office(ev, knowledge, published)
    assert out.agent is not None and out.agent.iri == ACTOR + expected, name
    if expected == person:
        assert out == ev  # untouched
    else:
        assert out.agent_person == mention  # the person is kept, and the text as written
        assert out.agent.text == "X Y" and out.agent.span == mention.span
        assert out.agent.kind == knowledge.entities[ACTOR + expected].kind


def test_an_unlinked_or_absent_agent_is_untouched() -> None:
    knowledge = default_knowledge()
    for agent in (None, EntityRef("le préfet", Span(0, 9), None, "person")):
        ev = ExtractedEvent(type="saisine", evidence=Span(0, 20), trigger=Span(4, 10), agent=agent)
        assert in_office(ev, knowledge, "2025-01-01") == ev


def test_office_holders_in_the_graph() -> None:
    """End to end: the body is the agent in the graph, the person its vg:agentPerson, the mention its text."""
    knowledge = default_knowledge()
    clip = Clipping(text="Le 12 octobre 2023, Thierry Breton a ouvert une enquête visant X au titre du DSA.", id="p1",
                    lang="fr")
    events = Extractor(knowledge).extract(clip)
    assert [e.agent.iri if e.agent else None for e in events] == [ACTOR + "commission-europeenne"]
    quads = clipping_quads(clip, events, knowledge)
    persons = {(q.subject, q.object) for q in quads if q.predicate == V.AGENT_PERSON}
    agents = {(q.subject, q.object) for q in quads if q.predicate == V.AGENT}
    texts = {q.object.value for q in quads if q.predicate == V.AGENT_TEXT}
    assert [p.value for _, p in persons] == [ACTOR + "thierry-breton"]
    assert {(e, a.value) for e, a in agents} == {(e, ACTOR + "commission-europeenne") for e, _ in persons}
    assert texts == {"Thierry Breton"}


# --- a body named by the title of its office (vg:OfficeNoun) -------------------------------------------------

OFFICE_TITLES = [
    ("feminine title", "la préfète du Rhône", "fr", "préfecture du Rhône"),
    ("title with a complement", "Le préfet de police des Bouches-du-Rhône", "fr",
     "préfecture de police des Bouches-du-Rhône"),
    ("elided link", "préfet de l'Hérault", "fr", "préfecture de l'Hérault"),
    ("elided link without space", "le préfet d'Ille-et-Vilaine", "fr", "préfecture d'Ille-et-Vilaine"),
    ("mayor", "le maire de Béziers", "fr", "mairie de Béziers"),
    ("English title", "the prefect of the Gironde", "en", "prefecture of the Gironde"),
    ("a bare title names no body", "le préfet", "fr", None),
    ("a title before a person's name", "le préfet Pierre Martin", "fr", None),
    ("already the body", "la préfecture du Rhône", "fr", None),
    ("no body noun in that language", "the mayor of Nice", "en", None),
    ("the title inside a longer phrase", "l'arrêté du préfet de l'Hérault", "fr", None),
]


@pytest.mark.parametrize(("name", "mention", "lang", "body"), OFFICE_TITLES, ids=[c[0] for c in OFFICE_TITLES])
def test_body_of_an_office(linker: Linker, name: str, mention: str, lang: str, body: str | None) -> None:
    assert linker.body_of_office(mention, lang) == body, name


def test_a_title_whose_body_is_known_links_to_it(linker: Linker) -> None:
    ref = linker.link("le maire de Paris")
    assert ref.iri == ACTOR + "ville-paris" and ref.text == "le maire de Paris"


def test_a_title_and_its_body_mint_one_entity() -> None:
    """ "la préfète du Rhône" and "la préfecture du Rhône" are one body, labelled both ways."""
    knowledge = default_knowledge()
    text = "La préfète du Rhône a autorisé le 4 mars le dispositif. La préfecture du Rhône l'a prolongé le 9 juin."
    clip = Clipping(text=text, id="o1", lang="fr", published="2025-06-12")
    events = Extractor(knowledge).extract(clip)
    assert [e.agent.text if e.agent else None for e in events] == ["préfète du Rhône", "préfecture du Rhône"]
    assert {e.agent.name if e.agent else None for e in events} == {"préfecture du Rhône", None}
    quads = clipping_quads(clip, events, knowledge)
    agents = {q.object for q in quads if q.predicate == V.AGENT}
    assert len(agents) == 1, agents
    (body,) = agents
    labels = {(q.predicate, q.object.value) for q in quads if q.subject == body and isinstance(q.object, ox.Literal)}
    assert (V.PREF_LABEL, "préfecture du Rhône") in labels
    assert (V.ALT_LABEL, "préfète du Rhône") in labels
    kinds = {q.object for q in quads if q.subject == body and q.predicate == V.TYPE}
    assert V.ACTOR_KINDS["public_body"] in kinds
