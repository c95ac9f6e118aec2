"""Extraction of events from French and English clippings: one case per construction.

Every sentence here is written for the test (none comes from the gold files).
The model is loaded once per module.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veillegraph.extract import Extractor
from veillegraph.knowledge import default_knowledge
from veillegraph.model import Clipping, ExtractedEvent


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(default_knowledge())


def top(ex: Extractor, ev: ExtractedEvent) -> str:
    return ex.knowledge.event_types[ev.type].top_code


def labels(ex: Extractor, ref: Any) -> set[str]:
    if ref is None:
        return set()
    if ref.iri:
        return {lb.text for lb in ex.knowledge.entities[ref.iri].labels} | {ref.text}
    return {ref.text}


def run(ex: Extractor, text: str, published: str | None = None, lang: str | None = None) -> list[ExtractedEvent]:
    return ex.extract(Clipping(text=text, published=published, lang=lang))


def find(ex: Extractor, events: list[ExtractedEvent], code: str) -> ExtractedEvent:
    hits = [e for e in events if top(ex, e) == code]
    assert hits, f"no {code} event in {[(top(ex, e), e.agent and e.agent.text) for e in events]}"
    return hits[0]


# --- agents: active, passive, nominalisation, metonymy, pronoun, unknown body ------------------------

AGENT_CASES = [
    # (construction, text, type, an agent label expected)
    ("active perfect", "La CNIL a sanctionné la société Durand pour des manquements au RGPD.", "sanction", "CNIL"),
    ("passive with par", "Le recours de l'association a été rejeté par le Conseil d'État.", "rejet", "Conseil d'État"),
    ("nominalisation with de", "Le journal a pu lire trois mises en demeure de la CNIL adressées à des mairies.",
     "mise_en_demeure", "CNIL"),
    ("metonymy: les Sages", "Les Sages ont censuré l'article 12 de la loi sur la sécurité des transports.",
     "censure", "Conseil constitutionnel"),
    ("metonymy: Bruxelles", "Bruxelles a infligé une amende de 2 millions d'euros à la société Martin.",
     "sanction", "Commission européenne"),
    ("pronoun refers back", "La CNIL a enquêté pendant un an. Elle a ensuite sanctionné l'hôpital de Caen.",
     "sanction", "CNIL"),
    ("unknown court by head noun", "Le tribunal administratif de Rouen a annulé l'arrêté du maire.",
     "annulation", "tribunal administratif de Rouen"),
    ("support verb: rendre des décisions", "La CNIL a rendu quatre décisions de sanction contre des hôpitaux.",
     "sanction", "CNIL"),
    ("participle fronted, passive", "Saisi par soixante sénateurs, le Conseil constitutionnel a validé la loi.",
     "validation", "Conseil constitutionnel"),
    ("known name the parser cut short", "La loi sur les drones a été adoptée par la commission mixte paritaire "
     "hier.", "adoption", "Commission mixte paritaire"),
    ("subject after a que-relative", "L'amende que lui a infligée la CNIL s'élève à 8 000 euros.",
     "sanction", "CNIL"),
]


@pytest.mark.parametrize(("name", "text", "code", "agent"), AGENT_CASES, ids=[c[0] for c in AGENT_CASES])
def test_agent(ex: Extractor, name: str, text: str, code: str, agent: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert agent in labels(ex, ev.agent), name


def test_unknown_body_is_unlinked_with_kind(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Le tribunal administratif de Rouen a annulé l'arrêté du maire."), "annulation")
    assert ev.agent is not None and ev.agent.iri is None and ev.agent.kind == "court"


def test_affected_body_is_not_agent(ex: Extractor) -> None:
    ev = find(ex, run(ex, "La CNIL a infligé au ministère de l'Intérieur un rappel à l'ordre."), "sanction")
    assert "CNIL" in labels(ex, ev.agent)


# --- objects -----------------------------------------------------------------------------------------

OBJECT_CASES = [
    ("article of a law", "Le Conseil constitutionnel a censuré l'article 7 de la loi relative à la sécurité "
     "des transports, qui créait un délit.", "censure", "l'article 7 de la loi relative à la sécurité des transports"),
    ("passive subject", "Le décret sur les caméras piétons a été annulé par le Conseil d'État.", "annulation",
     "Le décret sur les caméras piétons"),
    ("target of a fine", "La CNIL a infligé à la société Durand une amende de 30 000 euros.", "sanction",
     "société Durand"),
    ("instrument as theme", "Le règlement européen est entré en vigueur le 1er août 2024.", "entree_en_vigueur",
     "Le règlement européen"),
    ("nominalisation: par agent, then de patient", "La sanction par la CNIL de la mairie de Brest, en mai, a "
     "étonné.", "sanction", "la mairie de Brest"),
    ("nominalisation: par agent of a court, de text", "L'annulation par le Conseil d'État de l'arrêté du maire de "
     "Lille a été saluée.", "annulation", "l'arrêté du maire de Lille"),
    ("bare company name the tagger calls a verb", "La CNIL a sanctionné Bricomax le 4 mars 2023.", "sanction",
     "Bricomax"),
    ("name of two capitalised words", "La Commission européenne a mis en demeure Optima Logistique hier.",
     "mise_en_demeure", "Optima Logistique"),
    ("object noun the tagger calls a verb", "La CNIL a publié un guide sur les caméras le 3 avril 2024.",
     "publication", "guide sur les caméras"),
    ("a fine noun ends a name", "La CNIL a sanctionné Bricomax SAS d'une amende de 40 000 euros.", "sanction",
     "Bricomax SAS"),
]


OBJECT_EXACT = [
    ("numeral of parties is the count", "La CNIL a mis en demeure neuf communes en 2023.", "mise_en_demeure",
     "communes", 9),
    ("numeral of parties after a par agent", "La mise en demeure par la CNIL de six hôpitaux a surpris.",
     "mise_en_demeure", "hôpitaux", 6),
    ("numeral of articles stays in the object", "Le Conseil constitutionnel a censuré trois articles de la loi "
     "sur le numérique.", "censure", "trois articles de la loi sur le numérique", 3),
]


ANAPHORA = [
    ("le règlement takes up the named regulation", "Le Data Act a été publié au Journal officiel de l'UE. "
     "Le règlement est entré en vigueur en janvier 2024.", "entree_en_vigueur", "Data Act"),
    ("la délibération takes up the earlier object", "Le 3 mai 2021, le conseil municipal de Dax a adopté la "
     "délibération sur les caméras du marché. Le 9 juin, le tribunal administratif de Pau a annulé la délibération.",
     "annulation", "la délibération sur les caméras du marché"),
]


@pytest.mark.parametrize(("name", "text", "code", "obj"), ANAPHORA, ids=[c[0] for c in ANAPHORA])
def test_definite_anaphora(ex: Extractor, name: str, text: str, code: str, obj: str) -> None:
    evs = [e for e in run(ex, text) if top(ex, e) == code]
    assert evs and obj in labels(ex, evs[-1].object), (name, [e.object for e in evs])


@pytest.mark.parametrize(("name", "text", "code", "obj", "count"), OBJECT_EXACT, ids=[c[0] for c in OBJECT_EXACT])
def test_object_exact(ex: Extractor, name: str, text: str, code: str, obj: str, count: int) -> None:
    ev = find(ex, run(ex, text), code)
    assert ev.object is not None and ev.object.text == obj and ev.count == count, (name, ev.object, ev.count)


TYPE_CASES = [
    ("listed phrase with another article", "Le gouvernement a présenté le projet de loi sur la sûreté.",
     "proposition"),
    ("projet de règlement is a proposal", "La Commission européenne a présenté un projet de règlement sur les "
     "puces.", "proposition"),
    ("présenter une proposition de loi", "Le gouvernement a présenté la proposition de loi sur les drones.",
     "proposition"),
    ("ouvrir with a proceeding as object", "L'Autorité de la concurrence a ouvert une enquête sur Zelio.",
     "autre"),
    ("présenter a report stays a publication", "La CNIL a présenté son rapport annuel le 3 mai 2024.",
     "publication"),
]


@pytest.mark.parametrize(("name", "text", "code"), TYPE_CASES, ids=[c[0] for c in TYPE_CASES])
def test_type(ex: Extractor, name: str, text: str, code: str) -> None:
    find(ex, run(ex, text), code)


@pytest.mark.parametrize(("name", "text", "code", "obj"), OBJECT_CASES, ids=[c[0] for c in OBJECT_CASES])
def test_object(ex: Extractor, name: str, text: str, code: str, obj: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert ev.object is not None and obj in ev.object.text, (name, ev.object)


# --- no event ----------------------------------------------------------------------------------------

NO_EVENT = [
    ("negated pas", "Le Conseil constitutionnel n'a pas censuré la loi sur le renseignement."),
    ("negated jamais", "La CNIL n'a jamais sanctionné cette mairie."),
    ("negated infinitive: faute de", "Faute d'avoir transposé la directive, la France s'expose à des poursuites."),
    ("purpose infinitive", "Les élus se mobilisent pour proposer une autre société."),
    ("background relative in the imperfect", "Le texte, qui prolongeait l'expérience, reste en débat."),
    ("attributive participle", "Le très contesté article 3 fait débat entre les juristes."),
    ("opinion, no trigger", "La vidéosurveillance soulève des questions sur les libertés publiques."),
    ("censorship of speech without court", "Les militants dénoncent la censure des réseaux sociaux."),
    ("fixed penalty in a bill", "La proposition prévoit une amende forfaitaire de 135 euros."),
    ("renoncer à: a retreat", "Le ministre a renoncé à nommer un nouveau directeur de l'agence."),
]


@pytest.mark.parametrize(("name", "text"), NO_EVENT, ids=[c[0] for c in NO_EVENT])
def test_no_event(ex: Extractor, name: str, text: str) -> None:
    assert [(top(ex, e), e.agent and e.agent.text) for e in run(ex, text) if e.modality == "realised"] == [], name


def test_manner_is_no_target(ex: Extractor) -> None:
    ev = find(ex, run(ex, "La CNCDH a adopté à l'unanimité, le 5 mai 2023, un avis sur les drones."), "avis")
    assert ev.object is None or "unanimité" not in ev.object.text, ev.object


def test_act_inside_the_object_of_another_is_no_event(ex: Extractor) -> None:
    evs = run(ex, "Le rejet par le Conseil d'État de la requête de la ville de Dax a surpris.")
    assert [top(ex, e) for e in evs] == ["rejet"]


def test_restrictive_ne_que_is_not_negation(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Le Conseil constitutionnel n'a censuré qu'un article de la loi."), "censure")
    assert "Conseil constitutionnel" in labels(ex, ev.agent)


# --- modality ----------------------------------------------------------------------------------------

MODALITY = [
    ("expected: devoir", "Le Sénat devrait adopter le projet de loi sur la sécurité privée.", "adoption", "expected"),
    ("realised: passé composé", "Le Sénat a adopté le projet de loi sur la sécurité privée.", "adoption",
     "realised"),
    ("expected: future without date", "Le Sénat adoptera le projet de loi sur la sécurité privée.", "adoption",
     "expected"),
    ("realised: future with a set date", "Le règlement entrera en vigueur le 2 août 2026.", "entree_en_vigueur",
     "realised"),
    ("realised: venir de", "La CNIL vient d'infliger une amende de 10 000 euros à la société Leroy.", "sanction",
     "realised"),
]


@pytest.mark.parametrize(("name", "text", "code", "modality"), MODALITY, ids=[c[0] for c in MODALITY])
def test_modality(ex: Extractor, name: str, text: str, code: str, modality: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert ev.modality == modality, name


# --- dates -------------------------------------------------------------------------------------------

DATES = [
    ("day month year", "Le Conseil d'État a rejeté le recours le 30 décembre 2024.", None, "rejet", "2024-12-30"),
    ("1er", "Le règlement est entré en vigueur le 1er août 2024.", None, "entree_en_vigueur", "2024-08-01"),
    ("numeric", "Le règlement est entré en vigueur le 16/01/2023.", None, "entree_en_vigueur", "2023-01-16"),
    ("month year", "La CNIL a sanctionné la société Durand en juillet 2024.", None, "sanction", "2024-07"),
    ("year only", "La CNIL a sanctionné la société Durand en 2021.", None, "sanction", "2021"),
    ("hier with publication date", "La CNIL a sanctionné hier la société Durand.", "2024-03-05", "sanction",
     "2024-03-04"),
    ("weekday with publication date", "Jeudi, le Conseil constitutionnel a censuré l'article 4 de la loi.",
     "2025-06-13", "censure", "2025-06-12"),
    ("le mois dernier", "Le Parlement a adopté le mois dernier la loi sur le numérique.", "2024-05-22",
     "adoption", "2024-04"),
    ("day month, year from the text", "Le 14 février 2019, la ville a voté. Le 20 mars, le tribunal administratif "
     "de Nice a annulé la délibération.", None, "annulation", "2019-03-20"),
    ("weekday fixes the year", "En 2019, la région a voté. Jeudi 27 février, le tribunal administratif de Lyon a "
     "annulé la délibération.", None, "annulation", "2020-02-27"),
    ("state onset with depuis", "Le règlement s'applique depuis le 17/01/2025.", None, "entree_en_application",
     "2025-01-17"),
    ("date between a support verb and its noun", "La CNCDH a rendu, le 2 octobre 2023, un avis sur les drones.",
     None, "avis", "2023-10-02"),
]


@pytest.mark.parametrize(("name", "text", "published", "code", "date"), DATES, ids=[c[0] for c in DATES])
def test_dates(ex: Extractor, name: str, text: str, published: str | None, code: str, date: str) -> None:
    ev = find(ex, run(ex, text, published), code)
    assert ev.date is not None and ev.date.value == date, (name, ev.date, ev.date_text)


def test_period_is_not_the_date(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Depuis janvier 2025, la CNIL a sanctionné douze entreprises."), "sanction")
    assert ev.date is None


def test_title_date_is_not_the_date(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Le Conseil constitutionnel a censuré la loi du 25 mai 2021 sur la sécurité."), "censure")
    assert ev.date is None


def test_relative_date_unresolved_without_publication(ex: Extractor) -> None:
    ev = find(ex, run(ex, "La CNIL a sanctionné hier la société Durand."), "sanction")
    assert ev.date is None


# --- amounts and counts ------------------------------------------------------------------------------

AMOUNTS = [
    ("digits with spaces", "La CNIL a infligé à la société Durand une amende de 150 000 euros.", "150000"),
    ("million with decimal comma", "La CNIL a infligé à la société Durand une amende de 1,5 million d'euros.",
     "1500000"),
    ("euro sign and M", "La Commission européenne a infligé à la société Martin une amende de 20 M€.", "20000000"),
    ("words", "La CNIL a infligé à la société Durand une amende de cinquante mille euros.", "50000"),
]


@pytest.mark.parametrize(("name", "text", "amount"), AMOUNTS, ids=[c[0] for c in AMOUNTS])
def test_amounts(ex: Extractor, name: str, text: str, amount: str) -> None:
    ev = find(ex, run(ex, text), "sanction")
    assert ev.amount == Decimal(amount) and ev.currency == "EUR", (name, ev.amount)


NOT_FINES = [
    ("periodic penalty", "La CNIL a enjoint à la société Durand de cesser, sous astreinte de 500 euros par jour."),
    ("other currency", "Le régulateur britannique a infligé à la société Durand une amende de 3 millions de livres."),
]


@pytest.mark.parametrize(("name", "text"), NOT_FINES, ids=[c[0] for c in NOT_FINES])
def test_not_a_fine_amount(ex: Extractor, name: str, text: str) -> None:
    assert all(e.amount is None or e.currency != "EUR" for e in run(ex, text)), name


def test_budget_is_not_a_fine(ex: Extractor) -> None:
    events = run(ex, "Les députés ont adopté le projet de loi, qui prévoit une hausse de 15 milliards d'euros "
                     "des crédits de la police.")
    assert all(e.amount is None for e in events)


def test_per_party_amounts_split(ex: Extractor) -> None:
    events = run(ex, "La CNIL a infligé des amendes de 60 millions d'euros à Google et de 40 millions "
                     "d'euros à Amazon.")
    got = sorted((e.amount, e.object.text if e.object else "") for e in events if e.amount is not None)
    assert [a for a, _ in got] == [Decimal(40000000), Decimal(60000000)]


COUNTS = [
    ("digits", "La CNIL a prononcé 12 sanctions contre des communes.", "sanction", 12),
    ("words", "Le journal a consulté cinq mises en demeure de la CNIL.", "mise_en_demeure", 5),
    ("count on the object", "La Commission européenne a mis en demeure 23 États membres.", "mise_en_demeure", 23),
    ("a date's day is no count", "La CNIL a prononcé le 3 mars 2023 une sanction contre la société Durand.",
     "sanction", None),
]


@pytest.mark.parametrize(("name", "text", "code", "count"), COUNTS, ids=[c[0] for c in COUNTS])
def test_counts(ex: Extractor, name: str, text: str, code: str, count: int | None) -> None:
    assert find(ex, run(ex, text), code).count == count, name


# --- several events, evidence ------------------------------------------------------------------------

def test_several_events_each_with_evidence(ex: Extractor) -> None:
    text = ("Le Parlement européen a adopté le règlement le 5 juillet 2022. "
            "Le Conseil constitutionnel a censuré l'article 9 de la loi le 20 janvier 2022.")
    events = run(ex, text)
    adoption, censure = find(ex, events, "adoption"), find(ex, events, "censure")
    assert adoption.evidence != censure.evidence
    assert text[censure.evidence.start:censure.evidence.end].startswith("Le Conseil constitutionnel")
    assert text[censure.trigger.start:censure.trigger.end] == "censuré"
    assert (adoption.date and adoption.date.value, censure.date and censure.date.value) == ("2022-07-05", "2022-01-20")


def test_two_agents_of_one_passive(ex: Extractor) -> None:
    events = run(ex, "Le règlement a été adopté par le Parlement européen le 5 juillet 2022, puis par le Conseil "
                     "de l'Union européenne le 18 juillet.")
    dates = sorted(e.date.value for e in events if top(ex, e) == "adoption" and e.date)
    assert dates == ["2022-07-05", "2022-07-18"]


# --- English -----------------------------------------------------------------------------------------

ENGLISH = [
    ("active fine with amount", "The Irish Data Protection Commission fined Meta EUR 1.2 billion on 22 May 2023.",
     "sanction", "Data Protection Commission", "2023-05-22", "1200000000"),
    ("passive with by", "The law was struck down by the Constitutional Council on 5 March 2024.", "censure",
     "Conseil constitutionnel", "2024-03-05", None),
    ("entry into force", "The regulation entered into force on 1 August 2024.", "entree_en_vigueur", None,
     "2024-08-01", None),
    ("reported by a regulator", "Uber has been hit with a €10m fine, the Dutch privacy watchdog said.", "sanction",
     "Autoriteit Persoonsgegevens", None, "10000000"),
]


@pytest.mark.parametrize(("name", "text", "code", "agent", "date", "amount"), ENGLISH, ids=[c[0] for c in ENGLISH])
def test_english(ex: Extractor, name: str, text: str, code: str, agent: str | None, date: str | None,
                 amount: str | None) -> None:
    ev = find(ex, run(ex, text, lang="en"), code)
    if agent:
        assert any(agent in lb for lb in labels(ex, ev.agent)), (name, ev.agent)
    if date:
        assert ev.date is not None and ev.date.value == date
    if amount:
        assert ev.amount == Decimal(amount)


def test_english_date_is_no_object_and_the_noun_takes_up_the_text(ex: Extractor) -> None:
    evs = run(ex, "The Data Act was published in the Official Journal. The regulation entered into force on "
              "11 January 2024.", lang="en")
    ev = find(ex, evs, "entree_en_vigueur")
    assert "Data Act" in labels(ex, ev.object), ev.object
    evs = run(ex, "The Senate backed the bill on 3 May, after the committee's approval on 2 April.", lang="en")
    assert all(e.object is None or "April" not in e.object.text for e in evs), [e.object for e in evs]


def test_english_negated(ex: Extractor) -> None:
    assert run(ex, "The Constitutional Council did not strike down the law.", lang="en") == []


def test_language_detected_without_tag(ex: Extractor) -> None:
    ev = find(ex, run(ex, "The regulation entered into force on 1 August 2024."), "entree_en_vigueur")
    assert ev.date is not None and ev.date.value == "2024-08-01"


# --- robustness and determinism ----------------------------------------------------------------------

def test_empty_and_blank(ex: Extractor) -> None:
    assert run(ex, "") == []
    assert run(ex, "   \n\n ") == []


def test_other_language_gives_nothing(ex: Extractor) -> None:
    assert run(ex, "Der Bundestag hat heute über das Wetter gesprochen. Es regnet in Berlin.") == []


def test_large_text(ex: Extractor) -> None:
    sentence = "La CNIL a sanctionné la société Durand le 3 mars 2023. Il pleut sur la ville. "
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    events = run(ex, text)
    assert events and all(0 <= e.evidence.start <= e.evidence.end <= len(text) for e in events)


def test_deterministic(ex: Extractor) -> None:
    text = "Les Sages ont censuré l'article 12 de la loi le 4 avril 2024. La CNIL a sanctionné la société Durand."
    assert run(ex, text) == run(ex, text)


def test_extract_many_keeps_order(ex: Extractor) -> None:
    clips = [Clipping(text=t, id=str(i)) for i, t in enumerate(
        ["La CNIL a sanctionné la société Durand.", "", "Les Sages ont censuré l'article 2 de la loi."])]
    got = list(ex.extract_many(clips))
    assert [c.id for c, _ in got] == ["0", "1", "2"]
    assert [len(evs) > 0 for _, evs in got] == [True, False, True]


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_never_raises_on_unicode(ex: Extractor, text: str) -> None:
    for ev in run(ex, text):
        assert 0 <= ev.evidence.start <= ev.evidence.end <= len(text)
        assert 0 <= ev.trigger.start <= ev.trigger.end <= len(text)


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["La CNIL", "a sanctionné", "n'a pas", "le 3 mars", "2024", "l'article 5", "de la loi",
                                 "amende de", "10 000 euros", ",", ".", "Le Conseil d'État", "a été rejeté par",
                                 "Bruxelles", "hier", "qui", "depuis", "The court", "fined", "€5m"]),
                max_size=25))
def test_never_raises_on_word_salad(ex: Extractor, words: list[str]) -> None:
    text = " ".join(words)
    for ev in run(ex, text, published="2024-05-01"):
        assert ev.type in ex.knowledge.event_types
