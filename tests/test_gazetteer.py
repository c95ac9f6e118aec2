"""The gazetteer's cheap pass (``extract/text.py``): known names and unknown bodies named by a head noun.

Sentences are written for the test. A blank French tokenizer is enough (the gazetteer never parses); one
case runs the whole extractor with the real model.
"""

from __future__ import annotations

import pytest
import spacy

from veillegraph.extract import Extractor
from veillegraph.extract.text import Gazetteer
from veillegraph.knowledge import Knowledge
from veillegraph.model import Clipping

ACTOR = "https://w3id.org/veillegraph/id/actor/"


@pytest.fixture(scope="module")
def gaz(knowledge: Knowledge) -> Gazetteer:
    return Gazetteer(knowledge, spacy.blank("fr"), "fr")


def _spans(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.iri, m.kind) for m in gaz.find(text)]


SEAT_CASES = [
    # (construction, text, the body's words): a city that alone stands for an institution (Strasbourg: the
    # European Parliament; Bruxelles: the Commission) is only the seat of a body of another kind named before it
    ("administrative court in a metonymic city", "Le tribunal administratif de Strasbourg a suspendu l'arrêté.",
     "tribunal administratif de Strasbourg"),
    ("judicial court in a metonymic city", "Le tribunal judiciaire de Bruxelles a condamné la société.",
     "tribunal judiciaire de Bruxelles"),
    ("head noun with an apostrophe", "La cour administrative d'appel de Strasbourg a rejeté la requête.",
     "cour administrative d'appel de Strasbourg"),
    ("capitalised head with an apostrophe", "La Cour d'appel de Bruxelles a confirmé le jugement.",
     "Cour d'appel de Bruxelles"),
    ("a body inside a longer phrase", "Le juge des référés du tribunal administratif de Strasbourg a statué.",
     "tribunal administratif de Strasbourg"),
]


@pytest.mark.parametrize(("name", "text", "body"), SEAT_CASES, ids=[c[0] for c in SEAT_CASES])
def test_a_city_after_a_head_noun_is_the_seat_of_another_body(gaz: Gazetteer, name: str, text: str,
                                                               body: str) -> None:
    spans = _spans(gaz, text)
    assert (body, None, "court") in spans, (name, spans)
    assert not [s for s in spans if s[1] in (f"{ACTOR}parlement-europeen", f"{ACTOR}commission-europeenne")], spans


def test_a_head_noun_that_names_the_metonymic_body_keeps_it(gaz: Gazetteer) -> None:
    # "Commission" is a label of the European Commission: "la Commission de Bruxelles" is the Commission
    spans = _spans(gaz, "La Commission de Bruxelles a infligé une amende.")
    assert [s[1] for s in spans] == [f"{ACTOR}commission-europeenne"], spans


def test_a_city_on_its_own_still_stands_for_its_institution(gaz: Gazetteer) -> None:
    spans = _spans(gaz, "Strasbourg a adopté le texte en première lecture.")
    assert [s[1] for s in spans] == [f"{ACTOR}parlement-europeen"], spans


def test_a_known_body_with_a_city_in_its_name_is_linked(gaz: Gazetteer) -> None:
    spans = _spans(gaz, "Le tribunal administratif de Nice a annulé la délibération.")
    assert [s[1] for s in spans] == [f"{ACTOR}tribunal-administratif-nice"], spans


def test_a_lower_case_word_after_the_link_is_no_name(gaz: Gazetteer) -> None:
    assert _spans(gaz, "Le tribunal de la ville voisine a jugé l'affaire.") == []


def test_the_extractor_credits_the_court_not_the_city(knowledge: Knowledge) -> None:
    ex = Extractor(knowledge)
    events = ex.extract(Clipping(text="Le tribunal administratif de Strasbourg a suspendu jeudi l'arrêté du préfet "
                                      "autorisant les drones."))
    agents = [(e.agent.text, e.agent.iri, e.agent.kind) for e in events if e.agent is not None]
    assert ("tribunal administratif de Strasbourg", None, "court") in agents, agents


BARE_HEAD_CASES = [
    # (construction, lang, text, the bare head as written, the entity it must take up)
    ("English name headed by its last word", "en",
     "France's Constitutional Council struck down a provision. The Council upheld the rest.", "The Council",
     "conseil-constitutionnel"),
    ("English name headed by its first word", "en",
     "The Court of Justice ruled on Tuesday. The Court said the law was void.", "The Court", "cjue"),
    ("French name headed by its first word", "fr",
     "Le Parlement européen a adopté le texte. Le Parlement a aussi voté une résolution.", "Le Parlement",
     "parlement-europeen"),
    ("the nearest earlier name wins over an alias not named before", "en",
     "France's Constitutional Council ruled after the Court of Justice of the EU. The Council said.",
     "The Council", "conseil-constitutionnel"),
    ("a reading already named is kept", "en",
     "The Council of the EU adopted the act after France's Constitutional Council ruled. The Council said.",
     "The Council", "conseil-ue"),
    ("a short form keeps the first body even after another of that head", "fr",
     "Le Conseil constitutionnel a censuré un alinéa. Saisi par le Conseil d'État, le Conseil a validé le reste.",
     "le Conseil", "conseil-constitutionnel"),
    ("a bare head in lower case", "en",
     "The French Constitutional Council censured an article on Thursday. The council, seized by MPs, upheld the rest.",
     "The council", "conseil-constitutionnel"),
    ("the same body stays itself", "en",
     "The European Commission fined the company. The Commission said it would act.", "The Commission",
     "commission-europeenne"),
]


@pytest.mark.parametrize(("name", "lang", "text", "bare", "target"), BARE_HEAD_CASES,
                         ids=[c[0] for c in BARE_HEAD_CASES])
def test_a_bare_head_noun_takes_up_the_nearest_body_with_that_head(knowledge: Knowledge, name: str, lang: str,
                                                                    text: str, bare: str, target: str) -> None:
    gaz = Gazetteer(knowledge, spacy.blank(lang), lang)
    last = [m for m in gaz.find(text) if bare.endswith(m.text)][-1]
    assert last.iri == ACTOR + target, (name, last)


def test_a_bare_head_without_an_earlier_name_keeps_its_alias(knowledge: Knowledge) -> None:
    gaz = Gazetteer(knowledge, spacy.blank("en"), "en")
    assert [m.iri for m in gaz.find("The Council adopted its position on Tuesday.")] == [ACTOR + "conseil-ue"]


def test_a_city_is_no_head_noun(gaz: Gazetteer) -> None:
    # "Paris" ends the court's name after a link: it is the seat, and no head to take up
    spans = _spans(gaz, "Le tribunal administratif de Paris a annulé l'arrêté. Le Conseil d'État a été saisi.")
    assert [s[1] for s in spans] == [ACTOR + "tribunal-administratif-paris", ACTOR + "conseil-etat"], spans


@pytest.mark.parametrize(("text", "iri"), [
    ("Le gendarme suédois de la vie privée a infligé une amende à Spotify.", "imy-suede"),
    ("L'autorité autrichienne de protection des données personnelles a rejeté la plainte.", "dsb-autriche"),
    ("L'homologue néerlandais de la Cnil a infligé une amende à Uber.", "autoriteit-persoonsgegevens"),
    ("L'équivalent italien de la Cnil a sanctionné la société.", "garante-privacy"),
])
def test_a_periphrasis_made_from_a_template_names_its_body(gaz: Gazetteer, text: str, iri: str) -> None:
    assert f"{ACTOR}{iri}" in [m.iri for m in gaz.find(text)]


@pytest.mark.parametrize(("text", "body"), [
    ("Le tribunal administratif d'Orléans a rejeté la requête.", "tribunal administratif d'Orléans"),  # elided link
    ("La cour d'appel d'Aix-en-Provence a confirmé le jugement.", "cour d'appel d'Aix-en-Provence"),
    ("Le tribunal administratif d'Amiens le 3 mars a suspendu l'arrêté.", "tribunal administratif d'Amiens"),
])
def test_an_unknown_body_keeps_its_whole_name_and_no_more(gaz: Gazetteer, text: str, body: str) -> None:
    assert (body, None, "court") in _spans(gaz, text)


@pytest.fixture(scope="module")
def gaz_en(knowledge: Knowledge) -> Gazetteer:
    return Gazetteer(knowledge, spacy.blank("en"), "en")


@pytest.mark.parametrize(("text", "body"), [
    # capitalised words before a known label make another body's name (English names end with their head noun)
    ("The US Federal Communications Commission fined the carrier.", "US Federal Communications Commission"),
    ("South Korea's Personal Information Protection Commission fined Meta.",
     "Personal Information Protection Commission"),  # named from after the possessive: a capital follows it
    ("The Bremen data protection commissioner fined the retailer.", "Bremen data protection commissioner"),
    # (not Lower Saxony's, a known body since round 35)
    ("Lower Franconia's data protection commissioner fined a dealer.",
     "Lower Franconia's data protection commissioner"),
    ("The Greek Council of State rejected the appeal.", "Greek Council of State"),
])
def test_a_label_at_the_end_of_a_longer_name_is_another_body(gaz_en: Gazetteer, text: str, body: str) -> None:
    spans = _spans(gaz_en, text)
    assert any(t == body and iri is None for t, iri, _ in spans), spans
    assert all(iri is None for t, iri, _ in spans if t in body), spans


@pytest.mark.parametrize(("text", "iri"), [
    ("The Irish Data Protection Commission fined TikTok.", "dpc-irlande"),  # the whole name is a label
    ("Ireland's data protection commissioner fined TikTok.", "dpc-irlande"),  # a qualifier its labels use
    ("The French Council of State rejected the appeal.", "conseil-etat"),
    ("The Belgian Council of State rejected the appeal.", "conseil-etat-belgique"),  # a label of its own
    ("Yesterday Brussels fined Apple.", "commission-europeenne"),  # one capitalised word opening a sentence
    ("On Monday the Commission fined Apple.", "commission-europeenne"),
])
def test_a_qualifier_of_the_body_itself_keeps_the_link(gaz_en: Gazetteer, text: str, iri: str) -> None:
    assert ACTOR + iri in [m.iri for m in gaz_en.find(text)], _spans(gaz_en, text)


def test_a_name_is_also_read_without_its_country_in_brackets(gaz_en: Gazetteer) -> None:
    # "National Commission for Data Protection (Luxembourg)" is a label; the text leaves the country out
    spans = _spans(gaz_en, "Luxembourg's National Commission for Data Protection fined a bank.")
    assert ACTOR + "cnpd-luxembourg" in [s[1] for s in spans], spans


def test_a_one_word_name_in_small_letters_is_a_common_noun_in_french(gaz: Gazetteer) -> None:
    assert ACTOR + "commission-europeenne" in [m.iri for m in gaz.find("La Commission a infligé une amende.")]
    spans = _spans(gaz, "La commission d'enquête a rendu son rapport.")
    assert ACTOR + "commission-europeenne" not in [s[1] for s in spans], spans


def test_a_body_whose_name_has_no_capital_left_is_dropped(gaz: Gazetteer) -> None:
    # "commission d'enquête de | l'Assemblée nationale": the known chamber overlaps; no name "commission … de"
    spans = _spans(gaz, "La commission d'enquête de l'Assemblée nationale a rendu public son rapport.")
    assert not any(t.endswith(" de") for t, _, _ in spans), spans
    assert ACTOR + "assemblee-nationale" in [s[1] for s in spans], spans
