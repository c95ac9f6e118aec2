"""Extraction of events from French and English clippings: one case per construction.

Every sentence here is written for the test (none comes from the gold files).
The model is loaded once per module.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _extract_util import labels
from veillegraph.extract import Extractor
from veillegraph.knowledge import default_knowledge
from veillegraph.model import Clipping, ExtractedEvent


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(default_knowledge())


def top(ex: Extractor, ev: ExtractedEvent) -> str:
    return ex.knowledge.event_types[ev.type].top_code


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
    ("a national ethics committee written out in full is the body its acronym names", "Saisi par le Premier "
     "ministre, le Comité national pilote d'éthique du numérique a rendu hier un avis sur les agents conversationnels.",
     "avis", "CNPEN"),
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
    ("receiving passive: se voir + infinitive, par", "L'hôpital de Brest s'est vu infliger une amende de "
     "50 000 euros par la CNIL.", "sanction", "CNIL"),
    ("agent locution: de la part de", "Une mise en demeure a été adressée à la mairie de Lens de la part de "
     "l'Arcom.", "mise_en_demeure", "Arcom"),
    ("receiving verb with de la part de", "Le groupe Durand a reçu un avertissement de la part de la CNIL.",
     "sanction", "CNIL"),
    ("fronted adjunct: the subject's own text is published", "Dans une étude publiée lundi, la CNCDH dénonce le "
     "fichage des manifestants.", "publication", "CNCDH"),
    ("definite generic noun takes up the company named before", "L'Arcom a mis en demeure Telegram en mars. La "
     "plateforme a saisi le Conseil d'État.", "saisine", "Telegram"),
    ("definite generic noun takes up the name that ends a lower-case description", "L'Arcom a mis en demeure "
     "la chaîne de salles de sport Fitora. La société a saisi le Conseil d'État.", "saisine", "Fitora"),
    ("agentless passive of a publishing verb on a text: its genitive owner publishes it", "La recommandation "
     "de l'Arcep sur les réseaux a été publiée mercredi.", "publication", "Arcep"),
    ("participle on a text: its genitive owner publishes it", "L'étude annuelle de la CNIL, rendue publique "
     "vendredi, recense les plaintes.", "publication", "CNIL"),
    ("fronted participle with a day before its par phrase", "Saisi mercredi par la Ligue des droits de "
     "l'Homme, le tribunal administratif de Lille a suspendu l'arrêté du maire.", "saisine",
     "Ligue des droits de l'Homme"),
    ("pronominal verb in the pluperfect (être, not a passive) reports an act", "L'Arcep s'était prononcée "
     "en mars sur le projet de loi relatif aux réseaux.", "avis", "Arcep"),
    ("the main subject after a fronted participle's capitalised agent", "Saisi par la Quadrature du Net, le "
     "Conseil d'État a rejeté la requête du syndicat.", "rejet", "Conseil d'État"),
    ("adverbial locution inside the compound tense", "Le Conseil d'État a annulé le décret. La haute "
     "juridiction a en revanche rejeté le reste de la demande.", "rejet", "Conseil d'État"),
    ("feminine title heads a person", "La proposition de loi sur les écrans, déposée en mars par la sénatrice "
     "Anne Roux, a été adoptée hier.", "proposition", "sénatrice Anne Roux"),
    ("support verb before its addressee and a quantity", "L'exécutif européen a adressé à Apple trois séries "
     "de conclusions préliminaires.", "autre", "Commission européenne"),
    ("definite bare head of a body: the unknown body of that kind named before, the first act negated",
     "Le tribunal administratif de Limoges n'a pas annulé l'arrêté du maire ; le lendemain, le juge des référés a "
     "rejeté la requête de l'association.", "rejet", "tribunal administratif de Limoges"),
    ("a known body after 'en' with no determiner: the body sitting does the act of the participle",
     "Le Sénat examinera le projet de loi sur la sûreté portuaire, présenté en Conseil des ministres le 2 mai.",
     "proposition", "Gouvernement"),
    ("a bare name repeating a body named before with its head noun", "La CNIL a sanctionné la société Dalmatec. "
     "Dalmatec a saisi le Conseil d'État.", "saisine", "Dalmatec"),
    ("a name with a relative set off by commas, left by the parser as a clause of its own", "La CNIL a mis en "
     "demeure l'éditeur Zorbalux. Zorbalux, qui dément tout manquement, a saisi le Conseil d'État.", "saisine",
     "Zorbalux"),
    ("a passive text theme with a possessive and no agent: the owner is the body named before, outside a "
     "prepositional phrase", "La Défenseure des droits, Claire Hédon, s'est rendue à la prison de Nîmes : ses "
     "recommandations sur cet établissement ont été publiées jeudi au Journal officiel.", "publication",
     "Défenseur des droits"),
    ("the text of a fronted 'par' adjunct, made public: by the main subject", "Par une délibération du 3 mars "
     "2025, rendue publique le 10 mars, la CNIL a sanctionné la société Brovia.", "publication", "CNIL"),
    ("members sitting in a known body ('réunis en …') act as that body", "Sept députés et sept sénateurs réunis "
     "en commission mixte paritaire ont adopté le 4 juin le projet de loi sur la sûreté portuaire.", "adoption",
     "commission mixte paritaire"),
    ("a body named inside the subject of an agentless passive is not its author", "Le tribunal administratif de "
     "Lille a annulé mardi l'arrêté municipal sur les drones. Les autres articles de l'arrêté, attaqués par la Ligue "
     "des droits de l'homme, ont en revanche été validés.", "validation", "tribunal administratif de Lille"),
    ("an act told in a relative clause is background: an agentless passive after it is the main act's", "Le 3 "
     "mars, le Conseil d'État a annulé l'arrêt de la cour administrative d'appel de Douai, qui avait rejeté la requête "
     "de l'association. Une injonction a également été prononcée contre l'État.", "autre", "Conseil d'État"),
    # (the opinion made public is the opinion itself, dated by its publication: round 18)
    ("a fronted 'dans un avis rendu public' adjunct is the main subject's own opinion", "Dans un avis rendu public "
     "mercredi, la Défenseure des droits estime disproportionnée la mesure.", "avis", "Défenseure des droits"),
]


RECEIVER_CASES = [
    # (construction, text, type, the party the act is addressed to)
    ("se voir infliger: the subject is the party", "La clinique du Parc s'est vu infliger une amende par la CNIL.",
     "sanction", "clinique du Parc"),
    ("se voir notifier with de la part de", "Le groupe Durand s'est vu notifier une mise en demeure de la part de "
     "la CNIL.", "mise_en_demeure", "groupe Durand"),
]


@pytest.mark.parametrize(("name", "text", "code", "party"), RECEIVER_CASES, ids=[c[0] for c in RECEIVER_CASES])
def test_receiving_passive_party(ex: Extractor, name: str, text: str, code: str, party: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert ev.object is not None and ev.object.text.endswith(party), (name, ev.object)
    assert ev.agent is not None and "CNIL" in labels(ex, ev.agent), (name, ev.agent)


def test_the_main_subject_after_a_fronted_par_phrase_is_no_co_agent(ex: Extractor) -> None:
    # "Saisie par X, Y s'est prononcée": "X, Y" reads like a list of agents, but Y is the body referred to
    evs = [e for e in run(ex, "Saisie par la Chancellerie, la Cnil s'est prononcée sur le projet d'arrêté "
                          "relatif aux caméras.") if top(ex, e) == "saisine"]
    assert evs and all(e.agent is not None and "CNIL" not in labels(ex, e.agent) for e in evs), evs


def test_a_relative_the_parser_hung_on_the_wrong_word_describes_the_phrase_before_it(ex: Extractor) -> None:
    # "… devant le Conseil d'État l'arrêté du 2 mars qui autorise …": the relative is about the decree (what
    # a text provides is no act), not about the court or the subject of the main verb
    evs = run(ex, "L'association Anticor a attaqué lundi devant le Conseil d'État l'arrêté du 2 mars qui autorise "
                  "le traitement automatisé des données fiscales.")
    assert sorted(top(ex, e) for e in evs) == ["saisine"], [(top(ex, e), e.agent) for e in evs]


def test_the_main_subject_is_no_further_party_of_a_fronted_act(ex: Extractor) -> None:
    evs = run(ex, "Après avoir saisi le Conseil d'État, l'association Alpha a déposé un recours.")
    assert not [e for e in evs if e.agent is not None and e.object is not None
                and e.agent.text.endswith(e.object.text)], [(e.agent, e.object) for e in evs]


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
    ("a participle of an être-verb set off by commas after a dated text: that text appears",
     "Un arrêté du 3 mars, paru au Journal officiel le surlendemain, encadre l'usage des drones par la police.",
     "publication", "arrêté du 3 mars"),
    ("the subject of a passive the parser hung on a fronted adjunct: the phrase after the comma",
     "Au terme d'un accord trouvé le 2 mars en commission mixte paritaire, le projet de loi relatif à la sûreté "
     "des réseaux ferroviaires a été définitivement adopté jeudi 4 juin.", "adoption", "sûreté des réseaux"),
    ("the topic ('sur') of the last noun of a listed phrase", "Les négociateurs du Parlement et du Conseil sont "
     "parvenus à un accord sur le règlement relatif aux jouets connectés.", "autre", "règlement relatif aux jouets"),
    ("an order told before the same body's sanction in its sentence is addressed to the sanctioned party",
     "Deux millions d'euros d'amende et une injonction sous astreinte : la CNIL a sanctionné le 3 mars la société "
     "Brovia, éditrice de logiciels.", "autre", "Brovia"),
    ("a subject pronoun after a text's name holding a body: the text", "Publiée au Journal officiel de l'Union "
     "européenne le 2 mai 2024, la directive (UE) 2024/881 sur les jouets connectés est entrée en vigueur le 22 mai. "
     "Elle ne s'appliquera qu'à partir du 1er juin 2026.", "entree_en_application", "directive"),
    ("the subject of a participle clause set off by a comma is no object", "Le juge des référés du tribunal "
     "administratif de Nice a ordonné le 3 mai 2025 à la commune de Menton de cesser de faire voler le drone de sa "
     "police municipale, aucun décret n'autorisant un tel usage.", "autre", "commune de Menton"),
    ("a participle after a comma hung on a noun it does not agree with describes the text before the comma",
     "Le Sénat a voté hier en première lecture le projet de loi sur les gardes champêtres, présenté par le "
     "gouvernement le 2 mai.", "proposition", "projet de loi sur les gardes champêtres"),
    ("fronted participle: the definite phrase opening the main clause, up to its comma, whatever the parse",
     "Publiée au Journal officiel de l'Union européenne le 12 juin 2024, la directive (UE) 2024/1385 sur la lutte "
     "contre les violences numériques, dite « directive VNU », entre en application en 2027.", "publication",
     "directive (UE) 2024/1385 sur la lutte contre les violences numériques"),
    ("a participle coordinated with a passive shares its subject", "La loi sur les drones de surveillance a été "
     "promulguée le 3 mars 2025 et publiée au Journal officiel le 4 mars.", "publication", "drones"),
    ("the object of an infinitive after refuser de", "Le Conseil d'État a refusé de transmettre la question "
     "prioritaire de constitutionnalité du syndicat.", "rejet", "question prioritaire de constitutionnalité"),
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
    ("numeral of parties is the count, and stays in the object", "La CNIL a mis en demeure neuf communes en 2023.",
     "mise_en_demeure", "neuf communes", 9),
    ("numeral of parties after a par agent", "La mise en demeure par la CNIL de six hôpitaux a surpris.",
     "mise_en_demeure", "six hôpitaux", 6),
    ("a penalty's amount after à ends the party's name", "La condamnation de la société Bricomax à 50 000 euros "
     "par la CNIL a surpris.", "sanction", "la société Bricomax", None),
    ("numeral of articles stays in the object", "Le Conseil constitutionnel a censuré trois articles de la loi "
     "sur le numérique.", "censure", "trois articles de la loi sur le numérique", 3),
]


ANAPHORA = [
    ("le règlement takes up the named regulation", "Le Data Act a été publié au Journal officiel de l'UE. "
     "Le règlement est entré en vigueur en janvier 2024.", "entree_en_vigueur", "Data Act"),
    ("le texte takes up the last text named", "Le règlement sur les données a été publié en décembre 2023. "
     "Le texte est entré en vigueur le 11 janvier 2024.", "entree_en_vigueur", "Data Act"),
    ("la délibération takes up the earlier object", "Le 3 mai 2021, le conseil municipal de Dax a adopté la "
     "délibération sur les caméras du marché. Le 9 juin, le tribunal administratif de Pau a annulé la délibération.",
     "annulation", "la délibération sur les caméras du marché"),
    ("a subject pronoun of a passive on a text takes up the text named before", "La loi du 19 mai 2023 autorise "
     "les caméras augmentées. Elle a été publiée au Journal officiel le 20 mai.", "publication",
     "loi du 19 mai 2023"),
]


@pytest.mark.parametrize(("name", "text", "code", "obj"), ANAPHORA, ids=[c[0] for c in ANAPHORA])
def test_definite_anaphora(ex: Extractor, name: str, text: str, code: str, obj: str) -> None:
    evs = [e for e in run(ex, text) if top(ex, e) == code]
    assert evs and obj in labels(ex, evs[-1].object), (name, [e.object for e in evs])


@pytest.mark.parametrize(("name", "text", "code", "obj", "count"), OBJECT_EXACT, ids=[c[0] for c in OBJECT_EXACT])
def test_object_exact(ex: Extractor, name: str, text: str, code: str, obj: str, count: int) -> None:
    ev = find(ex, run(ex, text), code)
    assert ev.object is not None and ev.object.text == obj and ev.count == count, (name, ev.object, ev.count)


OBJECT_SPANS = [
    # (construction, text, event top, exact object text): where the object phrase ends
    ("an amount adjunct after the party ends it", "Quelques mois plus tôt, le régulateur danois avait sanctionné "
     "sa concurrente Kelvo à hauteur de 3 millions de couronnes pour des faits similaires.", "sanction",
     "sa concurrente Kelvo"),
    ("condamner X à + infinitive: the infinitive is no part of the party", "La Commission européenne a condamné "
     "jeudi Bricomax à verser 12 millions d'euros pour ses clauses abusives.", "sanction", "Bricomax"),
    ("sanctionner d'une amende X: the fine noun says how, the party follows it", "La CNIL a sanctionné jeudi "
     "d'une amende de 20 000 euros la société Kelvo, qui vend des montres.", "sanction", "la société Kelvo"),
    ("nominalisation: a date set off by commas between the par agent and the de patient", "L'annulation par le "
     "tribunal administratif de Caen, le 4 mai 2024, de l'arrêté du maire de Lisieux oblige la commune à retirer "
     "ses caméras.", "annulation", "l'arrêté du maire de Lisieux"),
    ("a demonstrative head noun takes up the text of that noun named before", "La censure par le Conseil "
     "constitutionnel, le 2 mars 2023, du premier alinéa de l'article 7 de la loi sur les drones oblige la police "
     "à revoir ses pratiques. Le Conseil a en revanche jugé conformes les autres dispositions de cet article.",
     "validation", "les autres dispositions de cet article (l'article 7 de la loi sur les drones)"),
    ("a bare text noun subject of the main verb: what it does is what it is about", "Un arrêté publié lundi au "
     "recueil des actes administratifs interdit la mendicité dans le centre-ville de Lisieux.", "publication",
     "Un arrêté (interdit la mendicité dans le centre-ville de Lisieux)"),
    ("a bare text noun in the owner's fronted adjunct: the owner's clause", "Dans un rapport publié jeudi, la Cour "
     "des comptes dénonce le coût des caméras de la ville de Nice, jugé excessif.", "publication",
     "un rapport (dénonce le coût des caméras de la ville de Nice)"),
    ("a passive support verb: the party after its par agent", "Une amende de 30 000 euros a été prononcée le 3 "
     "mars par la CNIL à l'encontre de la société Bricomax, qui revendait des fichiers.", "sanction",
     "la société Bricomax"),
    ("a party after an amount set off by commas", "La CNIL a prononcé lundi trois sanctions, d'un montant total "
     "de vingt mille euros, contre des mairies.", "sanction", "des mairies"),
    ("a noun of the trigger phrase is no object: the text it is given to", "Le Sénat a donné mardi son feu vert "
     "définitif au projet de loi relatif à la sûreté dans les transports.", "adoption",
     "projet de loi relatif à la sûreté dans les transports"),
    ("a plural object noun the tagger calls an adjective, after its determiner", "Le Conseil d'État a rejeté les "
     "requêtes de deux syndicats contre le décret.", "rejet", "les requêtes de deux syndicats contre le décret"),
    ("refuser de + infinitive: a date between the verb and the infinitive", "Le Conseil d'État a refusé lundi "
     "dernier de transmettre la question prioritaire de constitutionnalité du syndicat.", "rejet",
     "la question prioritaire de constitutionnalité du syndicat"),
    ("an act noun as bare complement of the received document: the subject is the party", "La commune de Nice a "
     "reçu une lettre de mise en demeure de la CNIL.", "mise_en_demeure", "La commune de Nice"),
    ("a day name before a des-object is no head noun of it", "La CNIL a publié jeudi des lignes directrices "
     "destinées aux hébergeurs de données de santé.", "publication",
     "des lignes directrices destinées aux hébergeurs de données de santé"),
    ("a bare text noun in the owner's adjunct, a verb of saying: what is said", "Dans un rapport publié lundi, la "
     "Cour des comptes estime que le plan de vidéoprotection de la ville de Lyon coûte trop cher.", "publication",
     "un rapport (le plan de vidéoprotection de la ville de Lyon coûte trop cher)"),
    ("an infinitive inside the object's own participle clause stays", "La Commission a présenté un projet de "
     "règlement obligeant les hébergeurs à retirer les contenus terroristes.", "proposition",
     "un projet de règlement obligeant les hébergeurs à retirer les contenus terroristes"),
    ("fronted participle with sur: the matter of a verb-phrase opinion", "Interrogée sur le projet de loi relatif "
     "aux drones, la Cnil a rendu un avis réservé.", "avis", "le projet de loi relatif aux drones"),
    ("fronted participle with sur: the matter of an opinion noun after a date", "Consultée sur le projet d'arrêté "
     "relatif aux fichiers de police, la CNCDH a rendu le 2 mai un avis critique.", "avis",
     "le projet d'arrêté relatif aux fichiers de police"),
]


@pytest.mark.parametrize(("name", "text", "code", "obj"), OBJECT_SPANS, ids=[c[0] for c in OBJECT_SPANS])
def test_object_span_ends(ex: Extractor, name: str, text: str, code: str, obj: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert ev.object is not None and ev.object.text == obj, (name, ev.object)


def test_a_time_adjunct_is_no_subject_and_its_act_noun_no_act(ex: Extractor) -> None:
    # "quatre mois après le vote des eurodéputés, la directive … a été publiée": the parser may make the adjunct
    # the subject and the subject its conjunct; a noun under "après" dates another act
    evs = run(ex, "Définitivement adoptée par le Conseil de l'UE le 3 mars 2024, quatre mois après le vote des "
                  "eurodéputés, la directive relative à la protection des travailleurs dans le cadre du travail via "
                  "une plateforme a été publiée au Journal officiel de l'Union le 2 avril.")
    assert sorted(top(ex, e) for e in evs) == ["adoption", "publication"], evs
    for e in evs:
        assert e.object is not None and e.object.text.startswith("la directive relative"), e.object


def test_a_participle_after_a_comma_and_an_adverb_describes_the_text_before(ex: Extractor) -> None:
    evs = [e for e in run(ex, "Les députés ont adopté mardi la proposition de loi sur la sûreté dans les transports. "
                              "Le texte, déjà voté par le Sénat en mai, doit maintenant passer en commission mixte "
                              "paritaire.") if top(ex, e) == "adoption"]
    assert len(evs) == 2 and evs[0].object is not None and evs[1].object is not None, evs
    assert evs[1].object.iri is not None and evs[1].object.iri == evs[0].object.iri, evs[1].object


def test_what_the_party_did_is_the_ground_not_an_act(ex: Extractor) -> None:
    evs = run(ex, "La CNIL a sanctionné la société Kelvo pour avoir transmis des données à des courtiers.")
    assert [top(ex, e) for e in evs] == ["sanction"], evs


def test_a_name_takes_no_par_complement(ex: Extractor) -> None:
    # the party of the act noun ends at the name, before the par agent
    ev = find(ex, run(ex, "L'amende infligée en mai à Meta par la Cnil a été confirmée."), "sanction")
    assert ev.object is not None and ev.object.text == "Meta", ev.object
    assert ev.agent is not None and ev.agent.iri is not None and ev.agent.iri.endswith("cnil"), ev.agent


TYPE_CASES = [
    ("a present participle set off after the main clause is the subject's act, ne…que restricts it", "Saisi par "
     "plus de soixante sénateurs, le Conseil constitutionnel a validé le 2 mars 2025 l'essentiel de la loi relative à "
     "la sûreté des gares, ne censurant que trois articles, jugés sans lien avec le texte initial.", "censure"),
    ("a numeric date between the support verb and its act noun", "Le Défenseur des droits a rendu le 03/02/2025 "
     "un avis sur la proposition de loi.", "avis"),
    ("a reporting verb with its subject before it states the act", "La Cour de cassation confirme la "
     "condamnation de la société.", "validation"),
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
    ("renvoyer une affaire: a court's remand after cassation, no referral", "La Cour de cassation a renvoyé "
     "l'affaire Brovia devant la cour d'appel de Lyon autrement composée.", "autre"),
    ("a weekday between the words of a listed phrase", "Les négociateurs du Conseil et du Parlement européen "
     "sont parvenus jeudi à un accord sur le règlement relatif aux jouets.", "autre"),
    ("listed phrase in the passive: its object is the subject", "Le projet de loi sur la sûreté portuaire a "
     "été présenté jeudi par le ministre des Transports.", "proposition"),
    ("listed phrase as a participle after a comma hung on the last noun of the object's phrase", "Le Sénat a "
     "voté le projet de loi relatif à l'élargissement des missions des gardes champêtres, présenté par le "
     "gouvernement le 2 mai.",
     "proposition"),
    ("a request for information is an investigative act", "La Commission européenne a envoyé à Temu une demande "
     "d'informations sur ses vendeurs.", "autre"),
    ("an inflected word of a listed phrase: rendre publics", "La CNIL a rendu publics mardi les résultats de "
     "ses contrôles.", "publication"),
    ("feu vert définitif of a legislature is an adoption", "Le Conseil de l'Union européenne a donné son feu "
     "vert définitif au règlement sur les puces.", "adoption"),
    ("commitments made binding", "La Commission a rendu contraignants jeudi les engagements de Temu.", "autre"),
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
    ("pas de + act noun: a zero quantity", "Pas de sanction pour la mairie de Dole : le dossier est classé."),
    ("a state after a present être", "Le règlement sur les données classe les usages selon leur risque : "
     "certaines pratiques, comme la notation, sont interdites."),
    ("a bare plural complement classifies its noun", "En mai, la Commission a critiqué les règles imposées aux "
     "éditeurs d'applications par Apple."),
    ("a pronominal verb is another verb: s'attaquer à", "La Cnil s'est attaquée lundi aux courtiers en données."),
    ("a past infinitive complement is a claim about a deed", "Le groupe Zelio conteste avoir enfreint les "
     "règles de la concurrence."),
    ("a reporting incise with its subject inverted states no act", "Les images ne pouvaient servir de preuve, "
     "confirme la Cour de cassation."),
    ("a present after a rule with a universal subject states a procedure", "Chaque commune peut demander un "
     "contrôle ; le préfet saisit alors le tribunal administratif, qui statue sous un mois."),
    ("a present under a universal subject states a rule", "Toute association agréée saisit la Cnil d'une "
     "plainte en ligne."),
    ("a present participle (-ant) the tagger took for a finite verb describes its noun", "Une proposition de loi "
     "interdisant aux applications de revendre les données de leurs utilisateurs a été déposée le 3 mars."),
    ("a present in the que-clause of rappeler states the law", "Dans leur arrêt, les magistrats rappellent "
     "que la directive NIS 2 s'applique entièrement aux hôpitaux."),
    ("an indefinite act noun in a question names a kind of act", "Qu'est-ce qu'un avertissement de l'Arcom et "
     "en quoi diffère-t-il d'une amende ? Le guide répond."),
    ("a present with depuis and a span of time tells a state", "Plusieurs mairies du Var, qui expérimentent "
     "depuis trois ans des drones de surveillance, attendent un cadre légal."),
    ("a present relative set off by commas on a subject told in the past states a stance", "L'association "
     "Lumière, qui conteste l'arrêté du maire, a réclamé une réunion publique."),
    ("a clause under si states a hypothesis", "Si ces manquements sont confirmés par le tribunal, la société "
     "s'expose à une lourde amende."),
    ("a present with depuis and a span of time in a main clause", "La préfecture de Lyon expérimente depuis deux "
     "ans la lecture automatique des plaques."),
]


@pytest.mark.parametrize(("name", "text"), NO_EVENT, ids=[c[0] for c in NO_EVENT])
def test_no_event(ex: Extractor, name: str, text: str) -> None:
    assert [(top(ex, e), e.agent and e.agent.text) for e in run(ex, text) if e.modality == "realised"] == [], name


def test_the_fronted_participle_agent_is_not_the_main_agent(ex: Extractor) -> None:
    evs = run(ex, "Saisie mardi par l'association Lumière, la cour administrative d'appel de Nantes a annulé le "
                  "décret.")
    ev = find(ex, evs, "annulation")
    assert ev.agent is not None and ev.agent.text.endswith("cour administrative d'appel de Nantes"), ev.agent
    ref = find(ex, evs, "saisine")
    assert ref.agent is not None and "Lumière" in ref.agent.text, ref.agent


def test_a_numbered_text_subject_is_the_theme_not_the_body_in_its_name(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Le règlement (UE) 2025/91 sur les jouets est entré en vigueur le 30 avril."),
              "entree_en_vigueur")
    assert ev.agent is None, ev.agent
    assert ev.object is not None and "règlement (UE) 2025/91" in ev.object.text, ev.object


def test_support_verb_before_its_addressee_gives_the_party(ex: Extractor) -> None:
    ev = find(ex, run(ex, "En mars, la Commission avait adressé à Alphabet deux séries de conclusions "
                          "préliminaires.", published="2025-06-01"), "autre")
    assert ev.object is not None and "Alphabet" in ev.object.text, ev.object
    assert ev.date is not None and ev.date.value == "2025-03", ev.date


def test_date_set_off_after_the_verb_and_a_participle_inside_a_past_relative(ex: Extractor) -> None:
    evs = run(ex, "La chambre criminelle de la Cour de cassation a cassé, le 14 mai 2024, l'arrêt de la cour "
                  "d'appel de Rouen qui avait refusé d'annuler la sonorisation du domicile d'un suspect, autorisée "
                  "par le seul parquet pendant plus de trois semaines.")
    ev = find(ex, evs, "annulation")
    assert ev.date is not None and ev.date.value == "2024-05-14", ev.date
    assert ev.object is not None and ev.object.text.startswith("l'arrêt"), ev.object
    # the participle describes what the overturned ruling had refused: no act of its own
    assert not [e for e in evs if top(ex, e) == "autre"], [(top(ex, e), e.agent) for e in evs]


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
    ("proposed: an act noun as object of a wishing verb", "La Quadrature du Net souhaite la censure de "
     "l'article 7 par les Sages.", "censure", "proposed"),
    ("announced: a conditional the tagger reads as a present, under an announcing verb", "Les sénateurs ont "
     "annoncé qu'ils saisiraient le Conseil constitutionnel de la loi sur les drones.", "saisine", "announced"),
    ("expected: a conditional with no announcing verb", "Selon le rapporteur, les sénateurs saisiraient le "
     "Conseil constitutionnel de la loi sur les drones.", "saisine", "expected"),
    ("announced: the future in the past of an announcement (tagged imperfect)", "L'Arcom a annoncé qu'elle "
     "publierait à l'automne un référentiel sur la vérification de l'âge.", "publication", "announced"),
    ("announced: a cue verb the tagger took for a noun, before the infinitive", "Les députés écologistes entendent "
     "déposer une proposition de loi sur les caméras augmentées.", "proposition", "announced"),
    ("proposed: a cue verb the tagger took for a noun, heading the infinitive", "Les députés envisagent de "
     "saisir le Conseil d'État du décret sur les drones.", "saisine", "proposed"),
    ("expected: a passive under a modal takes the modal's subject as its text", "L'arrêté doit être publié au "
     "Journal officiel avant la fin du mois.", "publication", "expected"),
    ("expected: an act noun as the subject of a modal", "Un vote du Sénat doit intervenir à l'automne sur le "
     "texte.", "adoption", "expected"),
    ("proposed: what a bill does to its object (subject 'N de N' the parser split)", "La proposition de loi "
     "prolonge de deux ans l'expérimentation des caméras augmentées.", "prolongation", "proposed"),
    ("proposed: an act noun that is only hoped for", "Les associations espéraient la censure de l'article 4 par "
     "les Sages.", "censure", "proposed"),
    ("realised: venir de", "La CNIL vient d'infliger une amende de 10 000 euros à la société Leroy.", "sanction",
     "realised"),
]


@pytest.mark.parametrize(("name", "text", "code", "modality"), MODALITY, ids=[c[0] for c in MODALITY])
def test_modality(ex: Extractor, name: str, text: str, code: str, modality: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert ev.modality == modality, name


# --- dates -------------------------------------------------------------------------------------------

DATES = [
    ("a half or a quarter of a year keeps the year", "Au deuxième trimestre 2025, la Cnil a adressé dix mises en "
     "demeure à des communes.", None, "mise_en_demeure", "2025"),
    ("le lendemain: the day after the full date stated before", "La loi sur les drones a été promulguée le "
     "30 avril 2025 et publiée au Journal officiel le lendemain.", None, "publication", "2025-05-01"),
    ("du lendemain: the Journal officiel of the day after", "Promulguée le 30 avril 2025 et publiée au Journal "
     "officiel du lendemain, la loi sur les drones entre en vigueur.", None, "publication", "2025-05-01"),
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
    ("a compound numeral in words counts", "L'Arcep a prononcé en 2025 trente-deux sanctions contre des "
     "opérateurs.", "sanction", 32),
    ("digits", "La CNIL a prononcé 12 sanctions contre des communes.", "sanction", 12),
    ("words", "Le journal a consulté cinq mises en demeure de la CNIL.", "mise_en_demeure", 5),
    ("count on the object", "La Commission européenne a mis en demeure 23 États membres.", "mise_en_demeure", 23),
    ("a date's day is no count", "La CNIL a prononcé le 3 mars 2023 une sanction contre la société Durand.",
     "sanction", None),
    ("number word before an act noun the tagger took for a participle", "La CNIL a adressé onze mises en "
     "demeure à des hôpitaux.", "mise_en_demeure", 11),
    ("the records of a fronted 'par' adjunct count the acts", "Par trois décisions du 4 mars 2025, le Conseil "
     "d'État a annulé les arrêtés anti-mendicité des maires.", "annulation", 3),
    ("one record of a fronted 'par' adjunct is no count", "Par une décision du 4 mars 2025, le Conseil d'État a "
     "annulé les arrêtés anti-mendicité des maires.", "annulation", None),
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


# --- grammar of roles, round 3: one case per construction ---------------------------------------------

ROLE_CASES = [
    # (construction, text, type, agent label or None for no agent, a word of the object's labels or text)
    ("a prepositional locution opens an adjunct after the par agent", "Saisie par la préfète en vertu de son "
     "pouvoir de contrôle, la cour administrative d'appel a annulé l'arrêté municipal.", "saisine", "préfète",
     "arrêté"),
    ("participle set off by commas describes the whole noun phrase", "La loi relative à la protection des "
     "mineurs en ligne, votée définitivement le 3 avril 2024, a été contestée par l'opposition.", "adoption",
     "Parlement", "mineurs"),
    ("capitalised participle opening the sentence", "Adoptée la semaine dernière, la loi sur la sécurité des "
     "transports a été publiée hier.", "adoption", "Parlement", "transports"),
    ("être-verb: compound past, not a passive", "Le décret relatif aux drones de la police est entré en vigueur "
     "le 2 mai 2023.", "entree_en_vigueur", None, "drones"),
    ("nominal act on a text with its own date", "L'entrée en vigueur du décret sur les caméras piétons, le 1er "
     "juin 2024, a surpris les syndicats.", "entree_en_vigueur", None, "piétons"),
    ("dative clitic names the party", "La CNIL a sanctionné la commune de Brive et lui a enjoint de retirer "
     "ses caméras.", "autre", "CNIL", "Brive"),
    ("dative clitic skips the forum of an appeal", "Amazon a fait appel devant le Conseil d'État de l'amende que "
     "lui a infligée la CNIL en mars.", "sanction", "CNIL", "Amazon"),
    ("definite noun of a kind takes up the named body", "La CNIL a enquêté sur Clearview AI pendant un an. Elle "
     "a mis en demeure la société américaine en 2021.", "mise_en_demeure", "CNIL", "Clearview"),
    ("listed object after a complement", "Le Conseil d'État a transmis au Conseil constitutionnel une QPC sur "
     "la loi relative au renseignement.", "saisine", "Conseil d'État", "QPC"),
    ("recipient support verb: the subject is the party", "La ville de Nice a obtenu mardi l'autorisation de la "
     "CNIL.", "autre", "CNIL", "Nice"),
    ("participle after a colon describes the next subject", "Nouveau revers : autorisée par la CNIL, la ville de "
     "Nice renonce pourtant au dispositif.", "autre", "CNIL", "Nice"),
    ("verbless headline before a colon", "Validation du texte, censure de deux articles : le Conseil "
     "constitutionnel a tranché jeudi.", "censure", "Conseil constitutionnel", "articles"),
    ("passive with par agent, then de matter", "Saisi par soixante sénateurs de la loi relative au "
     "renseignement, le Conseil constitutionnel a rendu sa décision.", "saisine", "soixante sénateurs",
     "renseignement"),
    ("support participle with a date, agent of the clipping", "La Commission européenne enquête sur Google. "
     "Une communication des griefs adressée au groupe en mai 2023 a précédé l'amende.", "autre",
     "Commission européenne", "Google"),
    ("fronted adjunct belongs to the main subject", "Dans un avis rendu le 3 mai 2024, la CNIL critique le "
     "décret sur les caméras.", "avis", "CNIL", "avis"),
    ("a text acts on its direct object, a duration is no object", "La loi prolonge de deux ans l'expérimentation "
     "des caméras augmentées.", "prolongation", "Parlement", "augmentées"),
    ("list of names as subject starts at its first member", "Google, Apple et Meta ont saisi la Cour de justice "
     "de l'Union européenne.", "saisine", "Google", "Cour"),
    ("la mesure takes up the article named before", "Le Conseil constitutionnel a validé l'article 7 de la loi "
     "sur les drones. La mesure entrera en vigueur le 1er janvier 2026.", "entree_en_vigueur", None,
     "article 7"),
    ("a manner complement is no direct object", "Les sénateurs ont adopté en première lecture, mardi, le projet "
     "de loi sur la cybersécurité.", "adoption", "Sénat", "cybersécurité"),
    ("an article opening a name is no short form", "Le régulateur irlandais a sanctionné TikTok. Le 2 mai, les "
     "Sages ont validé la loi sur le numérique.", "validation", "Conseil constitutionnel", "numérique"),
    ("a support verb's act names the text it makes", "La CNCDH a adopté, le 4 mars, un avis sur la "
     "reconnaissance faciale.", "avis", "CNCDH", "reconnaissance"),
    ("possessive: part of the text named before", "La loi sur les drones a été déférée au Conseil "
     "constitutionnel. Le Conseil a censuré deux dispositions de son article 3.", "censure",
     "Conseil constitutionnel", "drones"),
    ("ellipsis: les autres repeats the previous object", "Le Conseil constitutionnel a censuré l'article 4 de la "
     "loi sur les drones et validé les autres.", "validation", "Conseil constitutionnel", "drones"),
    ("partitive clitic en: of the text named before", "La loi sur les drones a été déférée au Conseil "
     "constitutionnel, qui en a validé l'essentiel mardi.", "validation", "Conseil constitutionnel", "drones"),
    ("a par phrase is no object", "Le Conseil constitutionnel a censuré, par une décision du 2 mars 2023, "
     "l'article 9 de la loi sur les drones.", "censure", "Conseil constitutionnel", "article 9"),
    ("an object the tagger calls an adjective", "La Cour de cassation a jugé irrecevables les requêtes des "
     "associations.", "rejet", "Cour de cassation", "requêtes"),
    ("present participle on the act noun names its target", "La Commission européenne a ouvert une enquête "
     "visant Meta le 3 mars 2024.", "autre", "Commission européenne", "Meta"),
    ("object relative: the antecedent is the object, the subject follows que", "L'arrêté municipal sur les "
     "caméras de Dole, que le tribunal administratif de Besançon a annulé le 2 juin 2022, visait le marché.",
     "annulation", "tribunal administratif de Besançon", "Dole"),
    ("object relative the parser hung on an adverb", "Le décret sur les drones, que le Conseil d'État a "
     "partiellement annulé le 3 mai 2021, visait les manifestations.", "annulation", "Conseil d'État", "drones"),
    ("nominalisation: de patient before the par agent", "La condamnation de la société Bricomax à 50 000 euros "
     "par la CNIL a surpris.", "sanction", "CNIL", "Bricomax"),
    ("coordinated subject split by the parser", "Le Parlement européen et le Conseil ont adopté le 5 mars le "
     "règlement sur les données.", "adoption", "Parlement européen", "données"),
    ("a fronted absolute participle clause has its own subject", "Les sénateurs ayant voté le texte en mai, "
     "l'Assemblée nationale a adopté mardi la loi sur les drones.", "adoption", "Assemblée nationale", "drones"),
    ("passive referral: an adverb before the par agent", "Le Conseil constitutionnel a été saisi mardi par "
     "soixante députés de la loi sur le renseignement.", "saisine", "soixante députés", "renseignement"),
    ("the object between the verb and its complement: juger X conforme", "Le Conseil constitutionnel a déclaré "
     "l'article 3 de la loi sur les drones conforme à la Constitution le 4 mai 2023.", "validation",
     "Conseil constitutionnel", "article 3"),
    ("the object between the verb and its complement: juger X contraire", "Les Sages ont jugé l'article 12 de la "
     "loi sur le renseignement contraire à la Constitution.", "censure", "Conseil constitutionnel", "article 12"),
    ("a conjunct with its own auxiliary shares the subject above a subordinate clause", "Le tribunal "
     "administratif de Caen a estimé qu'aucune urgence ne justifiait la suspension et a rejeté la requête de "
     "l'association.", "rejet", "tribunal administratif de Caen", "requête"),
    ("a fronted participle of an être-verb takes the main subject as theme", "Entré en application le 17 janvier "
     "2025, le règlement DORA impose aux banques de notifier leurs incidents.", "entree_en_application", None,
     "DORA"),
    ("clitic en between a subject pronoun and the verb", "Les Sages ont examiné la loi sur les drones : ils en "
     "valident l'essentiel.", "validation", "Conseil constitutionnel", "essentiel"),
    ("verb left out before a second act noun: an act of its own with its own party", "La CNIL a infligé une "
     "amende de 5 000 euros à la société Bricomax et une amende de 8 000 euros à la société Optima.", "sanction",
     "CNIL", "Optima"),
    ("the party of an act noun hung by the parser on its amount", "La CNIL a prononcé une sanction de 90 000 "
     "euros contre la société Optima.", "sanction", "CNIL", "Optima"),
    ("act noun with an amount and a participle after it, in a fronted adjunct", "Après l'amende de 15 000 euros "
     "infligée à la société Bricomax en mai 2023, la CNIL a publié un guide.", "sanction", "CNIL", "Bricomax"),
    ("an act noun's de phrase of another noun is no agent", "Les syndicats ont saisi le tribunal administratif "
     "de Lyon d'un recours contre l'arrêté du préfet du Rhône.", "saisine", "syndicats", "tribunal"),
]


def test_list_of_parties_gives_one_event_each(ex: Extractor) -> None:
    evs = [e for e in run(ex, "La CNIL a sanctionné Google, Amazon et Microsoft le 3 mai 2023.")
           if top(ex, e) == "sanction"]
    parties = {e.object.text for e in evs if e.object is not None}
    assert parties == {"Google", "Amazon", "Microsoft"}, parties
    assert all(e.date is not None and e.date.value == "2023-05-03" for e in evs)


@pytest.mark.parametrize(("name", "text", "code", "agent", "obj"), ROLE_CASES, ids=[c[0] for c in ROLE_CASES])
def test_roles(ex: Extractor, name: str, text: str, code: str, agent: str | None, obj: str) -> None:
    evs = [e for e in run(ex, text) if top(ex, e) == code]
    assert evs, (name, [(top(ex, e), e.agent and e.agent.text) for e in run(ex, text)])
    ev = evs[-1]
    if agent is None:
        assert ev.agent is None, (name, ev.agent)
    else:
        assert agent in labels(ex, ev.agent), (name, ev.agent)
    assert any(obj in lb for lb in labels(ex, ev.object)), (name, ev.object)


ROLE_NO_EVENT = [
    ("negative word in the subject", "La CNIL rappelle qu'aucun texte n'autorise ces drones.", "autre"),
    ("a bare participle describes acts told before", "Les sanctions prononcées portent surtout sur la sécurité "
     "des données.", "sanction"),
    ("a relative clause describing a text", "Le Sénat a adopté le projet de loi sur la cybersécurité, qui "
     "transpose la directive NIS 2.", "autre"),
    ("a passive without agent of an act done by a body", "Un rapport, voté à l'unanimité, recommande un "
     "moratoire.", "adoption"),
    ("an act noun governed as object describes a goal", "Le ministre veut accélérer l'application du règlement "
     "le 3 mars.", "entree_en_application"),
    ("recipient verb: the subject is not the agent", "Nous avons reçu le 15 février l'autorisation, se félicite "
     "le maire.", "autre"),
    ("a present participle describes its noun", "Le Conseil d'État a annulé l'arrêté du maire de Lens "
     "autorisant les drones.", "autre"),
    ("an act noun heading the subject of a passive act", "Le recours de l'association Vigie contre le décret "
     "n° 2019-12 du 3 mars 2019 relatif aux fichiers « Argos » a été rejeté par le Conseil d'État.", "saisine"),
    ("what a text does in a relative clause is its content", "La loi sur les transports, dont l'article 9 "
     "autorise les caméras-piétons, fait débat.", "autre"),
    ("a participle of a listed verb phrase describing its listed object", "Le projet de loi sur la "
     "cybersécurité, présenté le 15 octobre 2024, transpose la directive NIS 2.", "publication"),
    ("le texte doing something to an object states its content", "La proposition de loi sur les transports a été "
     "présentée. Le texte pérennise les caméras-piétons des contrôleurs.", "prolongation"),
]


def test_a_known_name_cut_by_a_parenthesis_is_taken_whole(ex: Extractor) -> None:
    ev = find(ex, run(ex, "L'entrée en application du règlement (UE) 2024/1689, le 2 août 2025, a été saluée."),
              "entree_en_application")
    assert ev.object is not None and ev.object.iri is not None and "2024/1689" in ev.object.text, ev.object


@pytest.mark.parametrize(("name", "text", "code"), ROLE_NO_EVENT, ids=[c[0] for c in ROLE_NO_EVENT])
def test_role_no_event(ex: Extractor, name: str, text: str, code: str) -> None:
    assert not [e for e in run(ex, text) if top(ex, e) == code and (code != "autre" or e.agent is not None)], name


def test_implicit_agent_and_text_theme_come_from_the_ontology(ex: Extractor) -> None:
    lex = ex.lexicon
    assert {"entree_en_vigueur", "entree_en_application"} <= lex.theme_codes
    assert lex.implicit_agents.get(("adoption", "law", )) is not None
    # a bill has no implicit adopter: its adoption needs a named body
    assert ("adoption", "bill") not in lex.implicit_agents
    assert not [e for e in run(ex, "La proposition de loi sur les drones, adoptée le 3 mai 2024, divise.")
                if top(ex, e) == "adoption"]


# --- round 4: referrals, injunctions, listed fines ------------------------------------------------------

ROUND4_AGENTS = [
    # (construction, text, type, the agents expected, one event each)
    ("coordinated agents after par", "La loi sur le renseignement a été déférée au Conseil constitutionnel par "
     "soixante députés et soixante sénateurs.", "saisine", {"soixante députés", "soixante sénateurs"}),
    ("coordinated agents of a fronted participle", "Saisi par plus de 60 députés et plus de 60 sénateurs, le "
     "Conseil constitutionnel a validé la loi sur les drones.", "saisine",
     {"soixante députés", "soixante sénateurs"}),
    ("a name after et that starts a clause is no agent", "La société Durand a été sanctionnée par la CNIL et "
     "Google a fait appel.", "sanction", {"CNIL"}),
    ("faire l'objet d'un recours: the complement is the agent", "Le décret sur les caméras a fait l'objet d'un "
     "recours de la Quadrature du Net.", "saisine", {"La Quadrature du Net"}),
    ("distributive pronouns after a colon", "Le décret sur les caméras a fait l'objet de deux recours : l'un de "
     "la Quadrature du Net, l'autre de la Ligue des droits de l'homme.", "saisine",
     {"La Quadrature du Net", "Ligue des droits de l'Homme"}),
    ("fines listed after a colon under a noun with a body complement", "Mars 2022 a été chargé en décisions "
     "de la CNIL : 2 millions d'euros pour Free, puis 500 000 euros pour Orange le 3 mars.", "sanction",
     {"CNIL"}),
]


@pytest.mark.parametrize(("name", "text", "code", "agents"), ROUND4_AGENTS, ids=[c[0] for c in ROUND4_AGENTS])
def test_round4_agents(ex: Extractor, name: str, text: str, code: str, agents: set[str]) -> None:
    evs = [e for e in run(ex, text) if top(ex, e) == code]
    found = [labels(ex, e.agent) for e in evs]
    assert all(any(a in lbs for lbs in found) for a in agents), (name, found)
    assert all(lbs & agents for lbs in found), (name, found)


ROUND4_OBJECTS = [
    # (construction, text, type, agent label, exact object text)
    ("enjoindre à X de + infinitive: the infinitive is no part of X", "La CNIL a enjoint à la société Durand de "
     "supprimer les données.", "autre", "CNIL", "la société Durand"),
    ("ordonner à X de + infinitive", "Le Conseil d'État ordonne à la préfecture de cesser l'usage des drones.",
     "autre", "Conseil d'État", "la préfecture"),
    ("mettre en demeure X de + infinitive", "La CNIL a mis en demeure la commune de Nice de cesser la "
     "collecte.", "mise_en_demeure", "CNIL", "la commune de Nice"),
    ("an injunction that comes with a sanction", "La CNIL a infligé une amende de 3 millions d'euros à la "
     "société Durand, assortie d'une injonction de mettre fin au traitement.", "autre", "CNIL",
     "la société Durand"),
    ("an obligation under a periodic penalty is an injunction", "La CNIL a infligé à Orange une amende de 5 "
     "millions d'euros. L'opérateur devra aussi supprimer ces données sous astreinte de 1 000 euros par jour "
     "de retard.", "autre", "CNIL", "Orange"),
    ("faire l'objet de: the subject undergoes the act", "La société Durand a fait l'objet d'une sanction de la "
     "CNIL en mars 2023.", "sanction", "CNIL", "société Durand"),
    ("faire l'objet de: the agent of the act noun's participle", "La société Durand a fait l'objet d'une amende "
     "prononcée par la CNIL en mars 2023.", "sanction", "CNIL", "société Durand"),
    ("nominalisation: de object, then par agent", "La QPC a conduit à la censure de l'article 3 de la loi sur "
     "les drones par le Conseil constitutionnel.", "censure", "Conseil constitutionnel",
     "l'article 3 de la loi sur les drones"),
    ("nominalisation: the object ends before the par agent", "La censure de l'article 3 par le Conseil "
     "constitutionnel, le 2 mars 2023, a surpris.", "censure", "Conseil constitutionnel", "l'article 3"),
]


@pytest.mark.parametrize(("name", "text", "code", "agent", "obj"), ROUND4_OBJECTS, ids=[c[0] for c in ROUND4_OBJECTS])
def test_round4_objects(ex: Extractor, name: str, text: str, code: str, agent: str, obj: str) -> None:
    evs = [e for e in run(ex, text) if top(ex, e) == code]
    assert len(evs) == 1, (name, [(top(ex, e), e.agent and e.agent.text) for e in run(ex, text)])
    assert agent in labels(ex, evs[0].agent), (name, evs[0].agent)
    assert evs[0].object is not None and (evs[0].object.text == obj or obj in labels(ex, evs[0].object)), \
        (name, evs[0].object)


ROUND4_NO_EVENT = [
    ("an injunction verb backed by a penalty is one act", "Le Conseil d'État a ordonné sous astreinte à la "
     "préfecture de cesser l'usage des drones.", "autre", 1),
    ("recommendations that come with a report are no bill", "Le Sénat a publié un rapport sur les drones, "
     "assorti de douze propositions.", "proposition", 0),
    ("an amount listed without a body complement", "L'année a été chargée pour l'Arcep : 2 millions d'euros "
     "pour Free, puis 500 000 euros pour Orange.", "sanction", 0),
    ("a budget after a colon", "Le bilan de la CNIL : 300 000 euros de budget pour la communication.",
     "sanction", 0),
    ("budget lines after a colon: no party", "Le budget de la CNIL : 300 000 euros pour la communication, "
     "200 000 euros pour le personnel.", "sanction", 0),
    ("a penalty not paid is no injunction", "La CNIL a sanctionné Free. La société n'a pas payé l'astreinte.",
     "autre", 0),
]


@pytest.mark.parametrize(("name", "text", "code", "n"), ROUND4_NO_EVENT, ids=[c[0] for c in ROUND4_NO_EVENT])
def test_round4_how_many(ex: Extractor, name: str, text: str, code: str, n: int) -> None:
    assert len([e for e in run(ex, text) if top(ex, e) == code]) == n, name


def test_listed_fines_one_per_party_with_amount(ex: Extractor) -> None:
    evs = [e for e in run(ex, "Mars 2022 a été chargé en décisions de la CNIL : 2 millions d'euros pour Free, "
                              "puis 500 000 euros pour Orange le 3 mars.") if top(ex, e) == "sanction"]
    got = {(e.object.text if e.object else None, e.amount) for e in evs}
    assert got == {("Free", Decimal("2000000")), ("Orange", Decimal("500000"))}, got


def test_parliamentary_referral_groups_are_reference_data(ex: Extractor) -> None:
    linker = ex.linker
    deputes = linker.lookup("plus de soixante députés")
    senateurs = linker.lookup("soixante sénateurs")
    assert deputes and senateurs and deputes != senateurs
    assert ex.knowledge.entities[deputes].kind == ex.knowledge.entities[senateurs].kind
    # the chamber itself is still "les députés"
    assert linker.lookup("les députés") not in (None, deputes)


# --- third held-out set: constructions it showed ----------------------------------------------------

HELDOUT3_HOW_MANY = [
    ("l' after dont is the article of an act noun, not a clitic", "Le Sénat a publié un rapport sur la "
     "cybersécurité des hôpitaux, dont l'attaque par rançongiciel de l'hôpital de Dax.", "saisine", 0),
    ("a relative on an unnamed article is no act of the main subject", "Les sénateurs ont saisi le Conseil "
     "constitutionnel de la loi sur les caméras, dont ils critiquent l'article 5, qui autorise la police à filmer "
     "les cortèges.", "autre", 0),
    ("an imperfect passive in a condition is no act", "Les insoumis saisiraient le Conseil constitutionnel si le "
     "budget était définitivement voté en l'état.", "adoption", 0),
    ("a present relative with a pronoun subject restates the act of the main clause", "Une centaine de députés "
     "ont déféré lundi au Conseil constitutionnel le budget rectificatif, dont ils contestent surtout l'article 12.",
     "saisine", 1),
]


@pytest.mark.parametrize(("name", "text", "code", "n"), HELDOUT3_HOW_MANY, ids=[c[0] for c in HELDOUT3_HOW_MANY])
def test_heldout3_how_many(ex: Extractor, name: str, text: str, code: str, n: int) -> None:
    assert len([e for e in run(ex, text) if top(ex, e) == code]) == n, (name, [top(ex, e) for e in run(ex, text)])


HELDOUT3_OBJECTS = [
    ("negation ends the object phrase", "Validé mercredi par le Conseil d'État, le décret sur les caméras-piétons "
     "n'a pas fini de faire débat.", "validation", "le décret sur les caméras-piétons"),
    # (no text named before: with one, "l'arrêté du maire", the referral is of that text, ``_referred_by_main``)
    ("a definite court noun takes up an unlinked court named before", "Le tribunal administratif de Caen a "
     "suspendu lundi l'installation de caméras par le maire de Lisieux. Saisi le 2 mai par la Ligue des droits de "
     "l'Homme, le tribunal a jugé que l'urgence était établie.", "saisine", "tribunal administratif de Caen"),
    ("a year before a participle ends a date; the participle describes the text", "Avec un décret du 12 juin "
     "2024 publié au Journal officiel du 14 juin, le gouvernement encadre les drones.", "publication",
     "un décret du 12 juin 2024"),
    ("a subordinate clause ends the object phrase", "Les insoumis saisiraient le Conseil constitutionnel si le "
     "budget était définitivement voté en l'état.", "saisine", "le Conseil constitutionnel"),
]


@pytest.mark.parametrize(("name", "text", "code", "obj"), HELDOUT3_OBJECTS, ids=[c[0] for c in HELDOUT3_OBJECTS])
def test_heldout3_object_ends(ex: Extractor, name: str, text: str, code: str, obj: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert ev.object is not None and ev.object.text == obj, (name, ev.object)


HELDOUT3_MODALITY = [
    ("a future act told by a trailing announcing incise is announced", "L'Arcom mettra en demeure les plateformes "
     "de streaming, a annoncé jeudi son président.", "mise_en_demeure", "announced"),
    ("a first-person quote: the speaker after the quote acts", "« Nous allons saisir la CNIL », a annoncé mardi "
     "la Quadrature du Net.", "saisine", "announced"),
    ("a past act told by the same incise stays realised", "La CNIL a sanctionné la société Durand, a annoncé "
     "mardi sa présidente.", "sanction", "realised"),
]


@pytest.mark.parametrize(("name", "text", "code", "modality"), HELDOUT3_MODALITY,
                         ids=[c[0] for c in HELDOUT3_MODALITY])
def test_heldout3_modality(ex: Extractor, name: str, text: str, code: str, modality: str) -> None:
    ev = find(ex, run(ex, text, published="2025-04-09"), code)
    assert ev.modality == modality, (name, ev)


def test_heldout3_first_person_quote_takes_the_speaker(ex: Extractor) -> None:
    evs = [e for e in run(ex, "La Ligue des droits de l'Homme a déposé un recours. « Nous allons saisir le Conseil "
                              "d'État », a déclaré mardi le président de l'Association des maires de France.")
           if top(ex, e) == "saisine" and e.modality == "announced"]
    assert len(evs) == 1 and evs[0].agent is not None and "maires de France" in evs[0].agent.text, evs


HELDOUT3_AGENTS = [
    ("a verb the tagger read as an adjective after its subject's adjective", "DMA : la Commission européenne "
     "censure le contrat de Google.", "censure", "Commission européenne"),
]


# --- fifth held-out round: constructions it showed (sentences written for the test) ---------------------------

HELDOUT5_AGENTS = [
    ("ordinal anaphor: la première takes up the first of two bodies", "La Cnil et le Conseil d'État ont examiné le "
     "fichier : la première a rendu en mai un avis réservé, le second a rejeté en juillet la requête du syndicat.",
     "avis", "CNIL"),
    ("ordinal anaphor: le second takes up the second of two bodies", "La Cnil et le Conseil d'État ont examiné le "
     "fichier : la première a rendu en mai un avis réservé, le second a rejeté en juillet la requête du syndicat.",
     "rejet", "Conseil d'État"),
    ("a known name running into the subject phrase the parser cut", "Plus de soixante sénateurs de droite ont saisi "
     "le Conseil constitutionnel de la loi sur les drones.", "saisine", "soixante sénateurs"),
    ("relative on a decision noun: the decision's author acts", "Le Conseil d'État a tranché dans une décision du "
     "4 mai 2022, qui annule le décret sur les caméras piétons.", "annulation", "Conseil d'État"),
    ("fronted participle of a listed launch phrase: the noun's act, by the par agent", "Lancée en 2024 par la RATP, "
     "l'expérimentation de portiques de détection s'achève en juin.", "experimentation", "RATP"),
]


@pytest.mark.parametrize(("name", "text", "code", "agent"), HELDOUT3_AGENTS + HELDOUT5_AGENTS,
                         ids=[c[0] for c in HELDOUT3_AGENTS + HELDOUT5_AGENTS])
def test_heldout3_and_5_agents(ex: Extractor, name: str, text: str, code: str, agent: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert agent in labels(ex, ev.agent), (name, ev.agent)


HELDOUT5_TYPES = [
    ("arrêter sa position is an adoption", "Le Conseil de l'Union européenne a arrêté sa position sur le règlement "
     "relatif aux puces.", "adoption"),
    ("clôturer a proceeding is an act of its own", "L'Arcom a clôturé la procédure engagée contre la chaîne Vivo.",
     "autre"),
    ("a support verb, a date, then the bare act noun the parser took for an adjunct", "L'Arcom a prononcé le "
     "3 juin 2025 un rappel à l'ordre à l'encontre de la chaîne Vivo.", "sanction"),
]


@pytest.mark.parametrize(("name", "text", "code"), HELDOUT5_TYPES, ids=[c[0] for c in HELDOUT5_TYPES])
def test_heldout5_types(ex: Extractor, name: str, text: str, code: str) -> None:
    find(ex, run(ex, text), code)


def test_heldout5_generic_clause_under_quand_is_no_event(ex: Extractor) -> None:
    text = "Quand le Conseil d'État annule un décret, le gouvernement doit revoir sa copie."
    assert [top(ex, e) for e in run(ex, text)] == []
    # the same act in the past is reported
    find(ex, run(ex, "Quand le Conseil d'État a annulé le décret, le gouvernement a revu sa copie."), "annulation")


def test_heldout5_absolute_clause_of_compliance_is_no_accompanying_act(ex: Extractor) -> None:
    evs = run(ex, "La Cnil a annulé deux avertissements, les mairies s'étant mises en conformité.")
    assert sorted(top(ex, e) for e in evs) == ["annulation"], [(top(ex, e), e.object) for e in evs]


def test_heldout5_headline_act_noun_folds_into_the_act_told_after_the_colon(ex: Extractor) -> None:
    evs = [e for e in run(ex, "Annulation partielle pour le décret sur les caméras : le Conseil d'État a annulé le "
                              "3 mai 2022 deux articles du texte.") if top(ex, e) == "annulation"]
    assert len(evs) == 1 and evs[0].object is not None and "articles" in evs[0].object.text, evs


def test_heldout5_passive_by_a_decree_is_done_by_its_unnamed_author(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Le programme de caméras a été suspendu par un arrêté du 2 mai 2025."), "autre")
    assert ev.agent is None and ev.modality == "realised" and ev.date is not None and ev.date.value == "2025-05-02"
    assert ev.object is not None and "programme" in ev.object.text


HELDOUT5_DATES = [
    ("à partir du after a text's head noun is a marker, not a title link", "Le décret s'appliquera à partir du "
     "1er mars 2026.", None, "entree_en_application", "2026-03-01"),
    ("à compter du, year from the publication", "Le décret entrera en vigueur à compter du 1er octobre.",
     "2025-07-05", "entree_en_vigueur", "2025-10-01"),
]


@pytest.mark.parametrize(("name", "text", "published", "code", "date"), HELDOUT5_DATES,
                         ids=[c[0] for c in HELDOUT5_DATES])
def test_heldout5_dates(ex: Extractor, name: str, text: str, published: str | None, code: str, date: str) -> None:
    ev = find(ex, run(ex, text, published), code)
    assert ev.date is not None and ev.date.value == date and ev.modality == "realised", (name, ev.date)


def test_heldout5_reflexive_clitic_ends_the_subject_phrase(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Le décret s'appliquera à partir du 1er mars 2026."), "entree_en_application")
    assert ev.object is not None and ev.object.text == "Le décret"


def test_heldout5_advocate_general_conclusions_are_an_opinion_dated_by_their_participle(ex: Extractor) -> None:
    evs = run(ex, "Dans ses conclusions présentées lundi, l'avocate générale de la Cour de justice de l'Union "
                  "européenne propose d'invalider la décision d'adéquation.", "2025-03-12")
    ev = find(ex, evs, "avis")
    assert ev.agent is not None and ev.agent.iri is not None and ev.agent.iri.endswith("avocat-general-cjue")
    assert ev.date is not None and ev.date.value == "2025-03-10"
    assert [top(ex, e) for e in evs if top(ex, e) == "publication"] == []  # the participle states the opinion


def test_heldout5_provisions_provided_by_a_text_make_it_the_theme(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Les contrôles prévus par le règlement sur les services numériques entreront en "
                          "application le 1er juin 2026."), "entree_en_application")
    assert ev.object is not None and ev.object.iri == iri_of(ex, "règlement sur les services numériques")
    assert ev.object.text.startswith("Les contrôles") and ev.date is not None and ev.date.value == "2026-06-01"


def iri_of(ex: Extractor, text: str) -> str:
    iri = ex.linker.lookup(text)
    assert iri is not None, text
    return iri


HELDOUT5_REPORTED = [
    ("inverted reporting clause: an act noun under an agentless passive", "Trois avertissements ont été adressés "
     "en mai à des chaînes locales, a indiqué jeudi l'Arcom.", "sanction", "Arcom"),
    ("inverted reporting clause: an agentless passive verb", "La société Velto a été sanctionnée pour des "
     "manquements répétés, a précisé lundi la Cnil.", "sanction", "CNIL"),
]


@pytest.mark.parametrize(("name", "text", "code", "agent"), HELDOUT5_REPORTED, ids=[c[0] for c in HELDOUT5_REPORTED])
def test_heldout5_inverted_reporter_is_the_agent(ex: Extractor, name: str, text: str, code: str, agent: str) -> None:
    ev = find(ex, run(ex, text), code)
    assert agent in labels(ex, ev.agent), (name, ev.agent)


def test_heldout5_inverted_reporter_is_not_the_author_of_a_text_act(ex: Extractor) -> None:
    """The ministry reports the publication; the decree's author goes without saying (``vg:implicitAgentForHead``),
    and is the Government, not the reporter; an arrêté has no such author."""
    ev = find(ex, run(ex, "Le décret a été publié dimanche, a précisé le ministère de l'Intérieur."), "publication")
    government = "https://w3id.org/veillegraph/id/actor/gouvernement"
    assert ev.agent is not None and ev.agent.iri == government and ev.agent.span is None, ev.agent
    ev = find(ex, run(ex, "L'arrêté a été publié dimanche, a précisé le ministère de l'Intérieur."), "publication")
    assert ev.agent is None, ev.agent


def test_heldout5_gazette_issue_dates_an_active_publication_and_ends_its_object(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Le ministère de la Justice a publié l'arrêté au Journal officiel du 3 février.",
                      "2025-02-10"), "publication")
    assert ev.date is not None and ev.date.value == "2025-02-03", ev.date
    assert ev.object is not None and ev.object.text == "l'arrêté", ev.object


def test_heldout5_object_clitic_takes_up_the_text_named_before(ex: Extractor) -> None:
    ev = find(ex, run(ex, "Nouvelle étape pour le règlement sur les services numériques : le Parlement européen l'a "
                          "approuvé mardi."), "adoption")
    assert ev.object is not None and ev.object.iri == iri_of(ex, "règlement sur les services numériques"), ev.object


def test_heldout5_passive_after_an_object_relative_has_the_antecedent_as_subject(ex: Extractor) -> None:
    # the parser hangs "confirmée" on "infligée" as a conjunct here
    ev = find(ex, run(ex, "La sanction de 1,4 Md€ que Bruxelles a infligée à Microsoft le 4 mai pour ses restrictions "
                          "dans son magasin d'applications a été confirmée mardi par le Tribunal de l'Union "
                          "européenne."), "validation")
    assert ev.object is not None and ev.object.text.startswith("La sanction"), ev.object


HELDOUT5_DONT = [
    ("dont completes an act noun after a support verb", "Le maire a retiré la délibération sur les caméras, dont le "
     "tribunal administratif de Lyon avait prononcé l'annulation en mai.", "annulation", "délibération"),
    ("dont completes an act noun that is the object of a trigger verb", "Le préfet a signé un nouvel arrêté sur les "
     "drones, dont le Conseil d'État a ordonné la suspension jeudi.", "autre", "arrêté sur les drones"),
]


@pytest.mark.parametrize(("name", "text", "code", "obj"), HELDOUT5_DONT, ids=[c[0] for c in HELDOUT5_DONT])
def test_heldout5_dont_gives_the_act_noun_its_object(ex: Extractor, name: str, text: str, code: str,
                                                      obj: str) -> None:
    evs = [e for e in run(ex, text) if top(ex, e) == code and e.agent is not None and "préfet" not in e.agent.text]
    assert evs and evs[0].object is not None and obj in evs[0].object.text, (name, evs)


def test_heldout5_dative_clitic_takes_up_an_unlisted_company_told_before(ex: Extractor) -> None:
    evs = run(ex, "L'Arcep a sanctionné mardi la société Rezo d'une amende de 80 000 euros. Elle lui a aussi ordonné "
                  "de rétablir le service sous un mois.")
    ev = find(ex, evs, "autre")
    assert ev.object is not None and "Rezo" in ev.object.text, ev.object


def test_heldout5_nominal_digest_line_publishes_the_text_at_its_heading_date(ex: Extractor) -> None:
    evs = run(ex, "En bref. 21/10 – Parution au Journal officiel de l'arrêté relatif aux caméras embarquées des "
                  "contrôleurs.", "2025-10-25")
    ev = find(ex, evs, "publication")
    assert ev.agent is None and ev.date is not None and ev.date.value == "2025-10-21", ev
    assert ev.object is not None and "arrêté relatif aux caméras" in ev.object.text, ev.object


def test_heldout5_participle_after_a_colon_does_not_describe_the_noun_before_it(ex: Extractor) -> None:
    # the parser hangs "saisi" on "camping" across the colon
    evs = run(ex, "Le tribunal administratif de Caen a suspendu l'arrêté du maire de Lisieux interdisant le camping "
                  "dans le centre-ville : saisi en référé-liberté par la Ligue des droits de l'Homme, le juge a relevé "
                  "une atteinte grave.")
    ev = find(ex, evs, "saisine")
    assert ev.object is not None and not ev.object.text.startswith("le camping"), ev.object
    assert any(w in ev.object.text for w in ("tribunal", "arrêté")), ev.object


# --- eleventh held-out set (French): one case per construction ------------------------------------------

HELDOUT11_ROLES = [
    # (construction, text, type, agent label or None, a phrase of the object's text, date or None)
    ("a parenthesis inside a text's name keeps the passive subject whole", "Le règlement (UE) 2024/1183 sur "
     "l'identité numérique a été publié au Journal officiel le 30 avril 2024.", "publication", None,
     "2024/1183 sur l'identité", "2024-04-30"),
    ("a pronoun subject of an être-verb takes up the text, not the body inside its name", "Le règlement (UE) "
     "2024/1183 sur l'identité numérique, qui modifie le règlement eIDAS, a été publié au Journal officiel le 30 "
     "avril 2024 ; il est entré en vigueur le 20 mai 2024.", "entree_en_vigueur", None, "identité numérique",
     "2024-05-20"),
    ("an être-verb participle with a weekday inside its phrase describes the noun before it", "Un arrêté paru "
     "mardi au Journal officiel encadre l'usage des drones par la police.", "publication", None, "arrêté",
     "2025-06-24"),
    ("the same participle taken by the parser for its noun's verb", "L'arrêté paru mardi au Journal officiel "
     "encadre l'usage des drones par la police.", "publication", None, "arrêté", "2025-06-24"),
    ("contre opens the party of a fine, even an indefinite one", "La CNIL a infligé mardi une sanction de 80 000 "
     "euros contre un loueur de voitures qui géolocalisait ses clients.", "sanction", "CNIL", "un loueur de "
     "voitures", "2025-06-24"),
    ("a dative clitic takes up the party of the fine told before", "La CNIL a infligé une sanction de 80 000 "
     "euros contre un loueur de voitures. Elle lui a également enjoint de supprimer les données sous trois mois.",
     "autre", "CNIL", "loueur de voitures", None),
    ("the addressee of a passive support verb hung on its par agent", "Trois mises en demeure ont été adressées "
     "en mai 2025 par la présidente de la CNIL à des communes du littoral qui filmaient les plages.",
     "mise_en_demeure", "CNIL", "communes du littoral", "2025-05"),
    ("what a bare text does is its content, also when the parser reads its verb as an infinitive", "Un arrêté "
     "paru lundi au Journal officiel fixe les règles d'emploi des drones par les douaniers.", "publication", None,
     "règles d'emploi des drones", "2025-06-23"),
    ("a naming participle set off by commas holds no subject of its own", "Le règlement sur les marchés "
     "numériques, dit DMA, est entré en vigueur le 1er novembre 2022.", "entree_en_vigueur", None,
     "marchés numériques", "2022-11-01"),
    ("a possessive act noun on a text, dated by a participle of happening", "Le règlement sur l'intelligence "
     "artificielle est entré en application le 2 février 2025, six mois après son entrée en vigueur, survenue le 1er "
     "août 2024.", "entree_en_vigueur", None, "intelligence artificielle", "2024-08-01"),
    ("a participle coordinated with the one opening the sentence shares its theme", "Adoptée le 3 mai et "
     "publiée au Journal officiel le 5 mai 2026, la loi sur la cybersécurité transpose la directive.",
     "publication", None, "loi sur la cybersécurité", "2026-05-05"),
    ("a fronted participle publishing a report: the body whose report it is", "Rendu public le 3 novembre 2025, "
     "le rapport de la Cour des comptes sur la vidéoprotection critique son coût.", "publication",
     "Cour des comptes", "rapport de la Cour des comptes", "2025-11-03"),
    ("an association of the reference data acts by its acronym", "Saisi vendredi par l'Adelico, le tribunal "
     "administratif de Lyon a suspendu l'arrêté du préfet.", "saisine", "Association de défense des libertés "
     "constitutionnelles", "arrêté", "2025-06-27"),
]


@pytest.mark.parametrize(("name", "text", "code", "agent", "obj", "date"), HELDOUT11_ROLES,
                         ids=[c[0] for c in HELDOUT11_ROLES])
def test_heldout11_roles(ex: Extractor, name: str, text: str, code: str, agent: str | None, obj: str,
                         date: str | None) -> None:
    evs = [e for e in run(ex, text, "2025-06-27") if top(ex, e) == code]
    assert evs, (name, [(top(ex, e), e.agent and e.agent.text) for e in run(ex, text, "2025-06-27")])
    ev = evs[-1]
    if agent is None:
        assert ev.agent is None, (name, ev.agent)
    else:
        assert agent in labels(ex, ev.agent), (name, ev.agent)
    assert ev.object is not None and obj in ev.object.text, (name, ev.object)
    assert "sanction" not in ev.object.text, (name, ev.object)  # the act itself is no object
    if date is not None:
        assert ev.date is not None and ev.date.value == date, (name, ev.date)


def test_heldout11_the_vote_an_act_is_done_by_is_no_act_of_its_own(ex: Extractor) -> None:
    evs = [e for e in run(ex, "Le Parlement a adopté lundi, par un vote des sénateurs, le projet de loi sur la "
                              "vidéoprotection.", "2025-06-27") if top(ex, e) == "adoption"]
    assert len(evs) == 1, [(e.agent and e.agent.text, e.object and e.object.text) for e in evs]
    assert evs[0].object is not None and "vidéoprotection" in evs[0].object.text


def test_heldout11_a_participle_inside_a_par_phrase_keeps_its_words_together(ex: Extractor) -> None:
    # the weekday may sit inside the listed phrase only for a participle describing no prepositional complement
    evs = run(ex, "L'expérimentation a été autorisée par un décret publié samedi au Journal officiel.", "2025-06-27")
    assert not [e for e in evs if top(ex, e) == "publication"], evs


@pytest.mark.parametrize(("text", "published", "date"), [
    ("Le règlement sur les drones a été publié au Journal officiel le 30 avril 2024 ; il est entré en vigueur le "
     "20 mai suivant.", "2025-06-27", "2024-05-20"),
    ("Le règlement sur les drones a été publié au Journal officiel le 30 novembre 2024 ; il est entré en vigueur "
     "le 2 janvier suivant.", "2026-03-01", "2025-01-02"),
])
def test_heldout11_a_day_and_month_followed_by_suivant_take_the_year_of_the_date_before(
        ex: Extractor, text: str, published: str, date: str) -> None:
    ev = find(ex, run(ex, text, published), "entree_en_vigueur")
    assert ev.date is not None and ev.date.value == date, ev.date


# --- round 16: generic statements (French) ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Un avertissement de l'Arcom n'est pas une amende : le régulateur ne le publie que lorsqu'il veut marquer "
    "les esprits.",
    "Une injonction du juge est une mesure lourde ; la Cnil la rend publique quand elle vise un secteur entier.",
])
def test_round16_a_definition_and_a_habit_report_no_act(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_round16_a_present_act_with_a_time_clause_after_a_comma_stays_an_act(ex: Extractor) -> None:
    evs = run(ex, "La Cnil publie ce jeudi un rapport sur les caméras, quand la loi doit être revue.", "2026-03-19")
    assert [top(ex, e) for e in evs] == ["publication"], evs


def test_round16_a_prepositional_locution_is_no_act(ex: Extractor) -> None:
    evs = run(ex, "Le règlement d'exécution, pris en application de l'article 40 du règlement sur les services "
                  "numériques, a été adopté par la Commission européenne le 2 juillet.", "2026-03-19")
    assert [top(ex, e) for e in evs] == ["adoption"], [(e.type, e.object and e.object.text) for e in evs]


def test_round16_a_dated_participle_on_a_bill_reports_its_tabling(ex: Extractor) -> None:
    evs = run(ex, "Une proposition de loi déposée à l'Assemblée nationale le 4 mars veut interdire les caméras "
                  "augmentées.", "2026-03-19")
    ev = find(ex, evs, "proposition")
    assert ev.object is not None and "proposition de loi" in ev.object.text, ev.object
    assert ev.date is not None and ev.date.value == "2026-03-04", ev.date


def test_round16_a_dated_vote_after_apres_is_an_adoption_of_its_own(ex: Extractor) -> None:
    text = ("Le Conseil de l'UE a adopté le 3 mars 2026 la directive sur les plateformes, après le vote du "
            "Parlement européen le 10 février.")
    evs = [e for e in run(ex, text) if top(ex, e) == "adoption"]
    dates = sorted(e.date.value for e in evs if e.date is not None)
    assert dates == ["2026-02-10", "2026-03-03"], [(e.agent and e.agent.text, e.date) for e in evs]
    undated = run(ex, "La directive a été publiée au Journal officiel six mois après le vote des eurodéputés.")
    assert [top(ex, e) for e in undated] == ["publication"], undated


def test_the_lemma_index_as_sets_gives_the_model_s_own_lemmas(ex: Extractor) -> None:
    # the extractor turns the French lemmatizer's word lists into sets for speed: every lemma must stay the one
    # the model gives as shipped (nouns, verbs, adjectives, forms found by the rules and by the lookup table)
    import spacy

    shipped = spacy.load(ex.model, exclude=["ner"])
    index = ex.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(index[k], frozenset) for k in index), "the extractor's index was not turned into sets"
    assert isinstance(next(iter(shipped.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())), list)
    texts = ["Les Sages ont censuré partiellement les articles contestés, jugeant les garanties insuffisantes.",
             "La formation restreinte a prononcé des amendes et enjoint aux sociétés de cesser leurs traitements.",
             "Les caméras augmentées seront expérimentées jusqu'en mars ; les préfets l'avaient souhaité.",
             "Déboutés, les requérants s'étaient pourvus en cassation contre les arrêts rendus."]
    for mine, theirs in zip(ex.nlp.pipe(texts), shipped.pipe(texts), strict=True):
        assert [t.lemma_ for t in mine] == [t.lemma_ for t in theirs]
