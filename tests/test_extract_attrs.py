"""Attributes of extracted events: which date, which amount, one case per construction.

Every sentence is written for the test (none comes from the gold files). Each case names the
construction it checks; the expected values follow from the grammar of the sentence, not from
any annotated clipping.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veillegraph.extract import Extractor, find_dates, resolve
from veillegraph.knowledge import default_knowledge
from veillegraph.model import Clipping, ExtractedEvent

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(default_knowledge())


def events(ex: Extractor, text: str, lang: str, published: str | None = None) -> list[ExtractedEvent]:
    return ex.extract(Clipping(text=text, published=published, lang=lang))


def of_top(ex: Extractor, evs: list[ExtractedEvent], top: str) -> list[ExtractedEvent]:
    return [e for e in evs if ex.knowledge.event_types[e.type].top_code == top]


DATES = [
    # (construction, lang, text, published, event top, expected date or None)
    ("decision named by 'par … du' is the act's date, a participle's date is not", "fr",
     "Par une décision du 3 mars 2023, rendue publique le 10 mars, le Conseil d'État a annulé le décret.",
     None, "annulation", "2023-03-03"),
    ("decision named by 'dans … du' after the trigger", "fr",
     "Le recours a été rejeté par le Conseil d'État dans un arrêt du 4 avril 2022.",
     None, "rejet", "2022-04-04"),
    ("a date in a text's title is never the act's date", "fr",
     "Le Conseil constitutionnel a censuré l'article 4 de la loi du 12 juin 2019.",
     None, "censure", None),
    ("a date in the title of a text the act cites", "fr",
     "Le Conseil constitutionnel a déclaré contraire à la Constitution, par une décision du 8 avril 2022, "
     "l'article 3 dans sa rédaction antérieure à la loi du 2 août 2021.",
     None, "censure", "2022-04-08"),
    ("a participle clause on another noun keeps its date", "fr",
     "Le 2 mai 2023, la Cnil a mis en demeure la société Vigiris, visée par une plainte reçue en janvier 2021.",
     None, "mise_en_demeure", "2023-05-02"),
    ("the previous sentence dates what the same body did", "fr",
     "Réunie en formation plénière le 12 octobre 2023, la Cour de cassation a examiné le pourvoi. "
     "Elle a cassé l'arrêt de la cour d'appel.",
     None, "annulation", "2023-10-12"),
    ("a fronted date before a contrastive clause is not the date after it", "fr",
     "Un accord a été trouvé fin mars 2024, mais le Parlement européen a adopté le texte.",
     None, "adoption", None),
    ("a bare year in a later sentence is background", "fr",
     "Le 14 octobre, la Cour des comptes a publié son rapport sur les polices municipales. "
     "Elle rappelle ses critiques formulées en 2015.",
     None, "publication", None),
    ("a later full date gives the year", "fr",
     "La Commission européenne a publié le 3 juillet le guide des fournisseurs. "
     "Les règles s'appliquent à compter du 2 août 2026.",
     None, "publication", "2026-07-03"),
    ("a weekday with a later year: the year whose calendar fits", "fr",
     "Mardi 4 mars, le tribunal administratif de Lyon a annulé l'arrêté du maire. "
     "La requête avait été déposée le 10 janvier 2024.",
     None, "annulation", "2025-03-04"),
    ("a support verb after its noun anchors the noun's date", "fr",
     "La requête de la Quadrature du Net avait été déposée le 10 janvier 2024 devant le Conseil d'État.",
     None, "saisine", "2024-01-10"),
    ("a headline before a colon takes the date told after it", "fr",
     "Censure de deux articles, validation du reste : saisi par soixante députés, le Conseil constitutionnel "
     "a tranché le 3 mai 2024.",
     None, "censure", "2024-05-03"),
    ("a law named with its date is the legal basis, not the act's date", "en",
     "Under the law of 2 August 2021, the CNIL fined Acme Ltd EUR 1 million.",
     None, "sanction", None),
    ("a decision named with its date is the act's date", "en",
     "In a decision of 2 August 2021, the CNIL fined Acme Ltd EUR 1 million.",
     None, "sanction", "2021-08-02"),
    ("the year in the number of the text the act adopts", "en",
     "On 12 May, the European Data Protection Board adopted Opinion 12/2025 on anonymisation.",
     None, "avis", "2025-05-12"),
    ("a report's date is the act's when nothing else dates it", "en",
     "Acme has been hit with a EUR 10 million fine for data transfers, the Dutch data protection regulator "
     "said on Monday.",
     "2024-08-28", "sanction", "2024-08-26"),
    ("a definite noun in the next sentence takes the act up with its date", "en",
     "The Irish regulator announced today that it has fined Acme Ltd EUR 3 million. "
     "The decision, notified to the company on 14 March, follows a complaint.",
     "2024-03-20", "sanction", "2024-03-14"),
    ("a relative clause on the subject keeps its date", "en",
     "The CNIL, which had warned the firm in March 2021, fined Acme Ltd EUR 2 million.",
     None, "sanction", None),
    ("a participle clause on a noun after the act keeps its date", "en",
     "The CNIL fined Acme Ltd EUR 1 million after an inquiry, opened in 2019, into its cookies.",
     None, "sanction", None),
    ("an entry into application 'from Friday' is the next Friday after publication", "en",
     "The new regulation applies from Friday. The Data Act sets rules on access to data.",
     "2025-08-07", "entree_en_application", "2025-08-08"),
    ("an act added with 'also' shares the previous act's date", "en",
     "On 3 June 2024, the Italian Data Protection Authority fined Acme Ltd EUR 1 million. "
     "The authority also ordered Acme Ltd to delete the data.",
     None, "autre", "2024-06-03"),
    ("an act set against the previous one by another name of the same body shares its date", "fr",
     "Le Conseil constitutionnel a censuré mardi l'article 9 de la loi sur la sécurité des transports. "
     "Les Sages ont en revanche validé l'article 10.",
     "2024-06-14", "validation", "2024-06-11"),
    ("an act added with 'par ailleurs' by an organ of the same body shares its date", "fr",
     "La Cnil a mis en demeure le 4 mars 2024 la commune de Valence. "
     "La formation restreinte a par ailleurs sanctionné la société Vigiris.",
     None, "sanction", "2024-03-04"),
    ("an act set against the previous one with 'however' shares its date", "en",
     "The Constitutional Council struck down Article 7 of the law on 12 March 2024. "
     "The Constitutional Council, however, upheld Article 8.",
     None, "validation", "2024-03-12"),
    ("an act added to one dated only by its report shares that date", "en",
     "Acme was fined EUR 2 million by the Irish Data Protection Commission, the regulator said on Tuesday. "
     "The company was also ordered to delete the data.",
     "2024-05-09", "autre", "2024-05-07"),
    ("a decision named by 'dans … du' opening the clause after a colon", "fr",
     "Le tribunal administratif de Nice n'a pas annulé l'arrêté : dans un jugement du 7 juin 2022, il a rejeté "
     "la requête de la Ligue des droits de l'homme.",
     None, "rejet", "2022-06-07"),
    ("a date set off by commas in the clause after a colon dates the act of that clause", "fr",
     "Le Conseil d'État n'a pas suspendu l'arrêté du préfet : il a estimé, le 5 septembre 2022, que l'urgence "
     "manquait et a rejeté la demande des syndicats.",
     None, "rejet", "2022-09-05"),
    ("a participle restating an act noun's act dates that act, also when the parser hangs it elsewhere", "fr",
     "Après la sanction de 45 000 euros infligée à la société Optima en novembre 2022 pour ses cookies, la Cnil a "
     "publié le 5 février 2023 un guide.",
     None, "sanction", "2022-11"),
    ("a generic act noun with a participle in the next sentence dates the act it takes up", "fr",
     "La Cnil a ordonné à la société Optima de supprimer les données. La mesure, publiée le 12 février 2024, "
     "répond à une plainte.",
     None, "autre", "2024-02-12"),
    ("a generic act noun telling its own act in the next sentence does not date the act before", "fr",
     "Le Conseil constitutionnel a censuré l'article 3 de la loi. La mesure entrera en vigueur le 1er juillet 2025.",
     None, "censure", None),
    ("a digest line headed by day/month and a dash, year from the publication", "fr",
     "Revue de presse. 04/11 – L'Arcom met en demeure deux radios locales. 06/11 – Le Sénat adopte le texte.",
     "2025-11-08", "mise_en_demeure", "2025-11-04"),
    ("a day/month inside a sentence is no digest date", "fr",
     "La Cnil a sanctionné la société Velto, joignable 24/7 - selon ses statuts.", "2025-11-08", "sanction", None),
    ("the body's own decision heading the next sentence dates the act told just before", "fr",
     "Le Conseil constitutionnel n'a censuré que l'article 4 de la loi sur les fichiers de police. Par sa décision "
     "du 12 février 2025, il a validé le reste du texte.", None, "censure", "2025-02-12"),
    ("gazette issue date of an active publication", "fr",
     "Le Premier ministre a publié le décret au Journal officiel du 9 mai.", "2025-05-20", "publication",
     "2025-05-09"),
    # a hedged act lies ahead of the clipping: a month without year is the next one, a realised act's the last
    ("an expected act's month is the next one", "fr",
     "Le Conseil de l'UE devrait adopter en mars le règlement sur les données de santé.", "2025-06-12",
     "adoption", "2026-03"),
    ("a proposed act's month is the next one", "fr",
     "La CNIL souhaite publier en février des lignes directrices sur les caméras augmentées.", "2025-06-12",
     "publication", "2026-02"),
    ("a realised act's month is the last one", "fr",
     "Le Conseil de l'UE a adopté en mars le règlement sur les données de santé.", "2025-06-12",
     "adoption", "2025-03"),
    ("an English expected act's month is the next one", "en",
     "EU lawmakers are expected to vote on the regulation in April.", "2025-06-12", "adoption", "2026-04"),
    ("a bare day after a full date in the sentence takes its month and year", "fr",
     "Un arrêté du 14 mars 2026, publié au Journal officiel du 17, encadre les drones.", "2026-03-20",
     "publication", "2026-03-17"),
    ("the participle of the decision an act is done by dates it", "fr",
     "Le préfet de l'Hérault a interdit par un arrêté signé lundi les drones de loisir au-dessus de la plage, du "
     "3 au 9 août.", "2026-07-30", "autre", "2026-07-27"),
    ("a record's second participle with a bare day", "fr",
     "La Cnil a mis en demeure la commune de Sète. La délibération, adoptée le 2 juin 2026 et rendue publique le 9, "
     "est motivée.", "2026-06-12", "publication", "2026-06-09"),
]


@pytest.mark.parametrize(("name", "lang", "text", "published", "top", "date"), DATES, ids=[c[0] for c in DATES])
def test_date_of_the_act(ex: Extractor, name: str, lang: str, text: str, published: str | None, top: str,
                         date: str | None) -> None:
    found = of_top(ex, events(ex, text, lang, published), top)
    assert found, (name, events(ex, text, lang, published))
    got = found[0].date.value if found[0].date else None
    assert got == date, (name, found[0])


AMOUNTS = [
    # (construction, lang, text, published, [(amount, date)] of the sanction events in text order)
    ("one amount per date in a list after a fine noun", "en",
     "The Dutch data protection regulator fined Acme EUR 5 million on Monday. It is its third fine against Acme, "
     "after EUR 500,000 in 2019 and EUR 2 million last year.",
     "2024-08-28", [("5000000", "2024-08-26"), ("500000", "2019"), ("2000000", "2023")]),
    ("'the same amount' takes up the amount stated before", "en",
     "Last March, the operator Acme, already fined 200,000 euros by the CNIL in May 2022, was fined the same "
     "amount for its fixed-line business.",
     "2024-01-10", [("200000", "2022-05"), ("200000", "2023-03")]),
    ("a periodic penalty is no fine", "fr",
     "La Cnil a infligé à Vigiris une amende de 2 millions d'euros, sous astreinte de 10 000 euros par jour "
     "de retard.",
     None, [("2000000", None)]),
    ("a headline before a colon stating a fine gives its amount to the act told after it", "fr",
     "Vigiris condamnée à payer 800 000 euros : la Cnil a sanctionné la société lyonnaise pour ses cookies.",
     None, [("800000", None)]),
    ("an amount before a colon taken up by a presentative is the fine told after it", "fr",
     "Deux millions et demi d'euros : c'est l'amende infligée le 4 mars par la Cnil à la société Vigiris.",
     "2026-03-20", [("2500000", "2026-03-04")]),
    ("a presented amount of no fine act is none", "fr",
     "Trois millions d'euros : c'est le budget que la commune de Nice a voté mardi pour ses caméras.",
     "2026-03-20", []),
    ("a headline amount that states no fine is not the act's", "fr",
     "Un budget de 3 millions d'euros pour la vidéoprotection : la Cnil a sanctionné la commune de Nice.",
     None, [(None, None)]),
    ("a sum in another currency with its euro value in brackets: the euro value, no bound", "fr",
     "Le régulateur danois a condamné la société Fjordik à payer 4 millions de couronnes (soit environ 536 000 "
     "euros) pour ses caméras.",
     None, [("536000", None)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "published", "expected"), AMOUNTS, ids=[c[0] for c in AMOUNTS])
def test_amounts(ex: Extractor, name: str, lang: str, text: str, published: str | None,
                 expected: list[tuple[str | None, str | None]]) -> None:
    found = sorted(of_top(ex, events(ex, text, lang, published), "sanction"), key=lambda e: e.trigger.start)
    got = [(str(e.amount) if e.amount is not None else None, e.date.value if e.date else None) for e in found]
    assert sorted(got, key=str) == sorted(expected, key=str), (name, found)
    assert all(e.amount is None or e.amount == Decimal(a) for e, (a, _) in zip(found, got, strict=True))


PARTIES = [
    # (construction, lang, text, [(party, amount)] of the sanction events)
    ("'à' after each amount, no repeated noun", "fr",
     "L'Arcep a infligé 2 millions d'euros à SFR et 800 000 euros à Bouygues Telecom.",
     [("SFR", "2000000"), ("Bouygues Telecom", "800000")]),
    ("a fine noun between the first amount and its party", "fr",
     "La Cnil a infligé 250 000 euros d'amende à Vigiris et 75 000 euros à Optima.",
     [("Vigiris", "250000"), ("Optima", "75000")]),
    ("'au' fused with the article of a body", "fr",
     "La Cnil a infligé 400 000 euros au groupe Casino et 90 000 euros à la société Optima.",
     [("groupe Casino", "400000"), ("la société Optima", "90000")]),
    ("'à l'encontre de' after each amount", "fr",
     "La Cnil a infligé 600 000 euros d'amende à l'encontre de Vigiris et 50 000 euros à l'encontre d'Optima.",
     [("Vigiris", "600000"), ("Optima", "50000")]),
    ("English 'on' after each amount", "en",
     "The Spanish regulator imposed EUR 300,000 on Acme Ltd and EUR 120,000 on Beta Corp.",
     [("Acme Ltd", "300000"), ("Beta Corp", "120000")]),
    ("'à' before an infinitive names no party", "fr",
     "La Cnil a infligé à la société Optima une amende de 3 750 euros à payer sous un mois.",
     [("la société Optima", "3750")]),
    ("an amount after 'jusqu'à' is a bound, not a party's fine", "fr",
     "La Cnil a infligé 200 000 euros à Vigiris, qui encourait jusqu'à 20 millions d'euros à l'époque.",
     [("Vigiris", "200000")]),
    ("'au total' names no party", "fr",
     "La Cnil a infligé 120 000 euros au total à la société Optima.",
     [("Optima", "120000")]),
    ("the verb and the currency left out before the second amount, a relative on its party", "fr",
     "L'Arcep a infligé 3 millions d'euros à Orvane, pour ses retards de déploiement, et 2 millions à Fibrea, "
     "qui n'a pas respecté ses engagements de couverture.",
     [("Orvane", "3000000"), ("Fibrea", "2000000")]),
    ("a single party after the amount is the object", "fr",
     "La Cnil a infligé 150 000 euros d'amende à Vigiris le 4 mai 2023.",
     [("Vigiris", "150000")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), PARTIES, ids=[c[0] for c in PARTIES])
def test_per_party_amounts(ex: Extractor, name: str, lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    """Amounts each followed by its party make one sanction per party with its amount, in the order of the text."""
    found = sorted(of_top(ex, events(ex, text, lang), "sanction"), key=lambda e: e.trigger.start)
    got = [(e.object.text if e.object else None, str(e.amount) if e.amount is not None else None) for e in found]
    assert got == expected, (name, found)
    assert all(e.count is None for e in found), (name, found)


TAKEN_UP = [
    # (construction, text, top of the one event, its date)
    ("a generic act noun with a participle takes up the act before", "La Cnil a ordonné à la société Optima de "
     "supprimer les données. La mesure, publiée le 12 février 2024, répond à une plainte.", "autre", "2024-02-12"),
    ("the act's own noun with a participle takes up the act before", "La Cnil a infligé une amende de 50 000 euros "
     "à la société Optima. La sanction, notifiée le 2 mai 2023, vise ses cookies.", "sanction", "2023-05-02"),
    ("'la décision' with a participle takes up the act before", "La Cnil a mis en demeure la commune de Nice de "
     "cesser l'usage des drones. La décision, rendue publique le 14 mai 2024, fait suite à une plainte.",
     "mise_en_demeure", "2024-05-14"),
]


@pytest.mark.parametrize(("name", "text", "top", "date"), TAKEN_UP, ids=[c[0] for c in TAKEN_UP])
def test_act_noun_taking_up_the_act_before_is_no_event(ex: Extractor, name: str, text: str, top: str,
                                                        date: str) -> None:
    found = events(ex, text, "fr")
    assert [ex.knowledge.event_types[e.type].top_code for e in found] == [top], (name, found)
    assert found[0].date is not None and found[0].date.value == date, (name, found)


def test_decision_nouns_and_act_anaphors_are_ontology_data(tmp_path: Path) -> None:
    """A decision noun names the act's date ("par une ordonnance du …") because it is a ``vg:headNoun`` of the
    court-decision kind, and "la mesure" takes up the act before because it is a ``vg:anaphoricNoun`` of vg:Event:
    without those declarations the same sentences lose the date and gain a false event."""
    import shutil

    from veillegraph.knowledge import load_knowledge

    onto = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, onto)
    path = onto / "veillegraph.ttl"
    ttl = path.read_text(encoding="utf-8")
    head = '"ordonnance de référé"@fr , "ordonnance"@fr ,'
    anaphor = 'vg:Event vg:anaphoricNoun "mesure"@fr , '
    assert head in ttl and anaphor in ttl
    path.write_text(ttl.replace(head, '"ordonnance de référé"@fr ,').replace(anaphor, "vg:Event vg:anaphoricNoun "),
                    encoding="utf-8")
    decision = "Le tribunal administratif de Nice a annulé l'arrêté du maire par une ordonnance du 7 juin 2022."
    taken_up = ("La Cnil a ordonné à la société Optima de supprimer les données. La mesure, publiée le "
                "12 février 2024, répond à une plainte.")
    for knowledge, date, n_events in ((default_knowledge(), "2022-06-07", 1), (load_knowledge(onto), None, 2)):
        ex = Extractor(knowledge)
        annulled = of_top(ex, events(ex, decision, "fr"), "annulation")
        assert [e.date.value if e.date else None for e in annulled] == [date], annulled
        assert len(events(ex, taken_up, "fr")) == n_events


@pytest.mark.parametrize("noun", ["une ordonnance", "un jugement", "un arrêt", "une délibération", "une décision"])
def test_every_decision_noun_names_the_act_date(ex: Extractor, noun: str) -> None:
    found = of_top(ex, events(ex, f"Le tribunal administratif de Nice a annulé l'arrêté du maire par {noun} du "
                                  "7 juin 2022.", "fr"), "annulation")
    assert [e.date.value if e.date else None for e in found] == ["2022-06-07"], found


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


@settings(max_examples=200, deadline=None)
@given(day=st.integers(1, 28), month=st.integers(1, 12),
       published=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_day_month_without_year_is_the_latest_not_after_publication(day: int, month: int,
                                                                     published: dt.date) -> None:
    m = find_dates(f"le {day} {MONTHS[month - 1]}", "fr")[0]
    got = resolve(m, published, [])
    assert got is not None
    value = dt.date.fromisoformat(got.value)
    assert value <= published
    assert (published - value).days < 366


@settings(max_examples=200, deadline=None)
@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(1990, 2035))
def test_stated_year_wins_over_context(day: int, month: int, year: int) -> None:
    m = find_dates(f"le {day} {MONTHS[month - 1]} {year}", "fr")[0]
    got = resolve(m, dt.date(2020, 6, 1), [1999, 2001])
    assert got is not None and got.value == f"{year:04d}-{month:02d}-{day:02d}"


@pytest.mark.parametrize(("lang", "text", "published", "dates"), [
    ("fr", "La loi a été déférée au Conseil constitutionnel par deux groupes de députés, les 3 et 9 mars.",
     "2024-04-02", ["2024-03-03", "2024-03-09"]),
    ("en", "The law was referred to the Constitutional Council by two groups of MPs on 3 and 9 March 2024.",
     None, ["2024-03-03", "2024-03-09"]),
])
def test_one_act_per_coordinated_day(ex: Extractor, lang: str, text: str, published: str | None,
                                     dates: list[str]) -> None:
    found = of_top(ex, events(ex, text, lang, published), "saisine")
    assert sorted(e.date.value for e in found if e.date) == dates, found
    assert len({(e.trigger.start, e.trigger.end) for e in found}) == len(found), found


@pytest.mark.parametrize(("lang", "text", "published", "date"), [
    ("fr", "Les 4, 6 et 7 mars 2021, la commune de Dijon a testé un logiciel d'analyse des images sur la place.",
     None, "2021-03-04"),
    ("fr", "La métropole de Lyon expérimente la lecture automatique des plaques les 12 et 13 octobre.",
     "2023-10-16", "2023-10-12"),
])
def test_days_listed_on_an_act_that_lasts_are_its_duration(ex: Extractor, lang: str, text: str,
                                                             published: str | None, date: str) -> None:
    """An act flagged ``vg:durative`` (an experiment) makes one event over the listed days, dated by the
    first; a punctual act makes one event per day (above)."""
    found = of_top(ex, events(ex, text, lang, published), "experimentation")
    assert [e.date.value for e in found if e.date] == [date], found
    assert len(found) == 1, found


def test_amount_and_duration_roles_are_ontology_flags(tmp_path: Path) -> None:
    """Which acts take a fine amount (``vg:takesAmount``) and which acts last (``vg:durative``) is read from
    the event types: without the flags, the same sentences give no amount and one event per listed day."""
    import shutil

    from veillegraph.knowledge import load_knowledge

    onto = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, onto)
    types = onto / "event-types.ttl"
    ttl = types.read_text(encoding="utf-8")
    assert "    vg:takesAmount true ;\n" in ttl and "    vg:durative true .\n" in ttl
    types.write_text(ttl.replace("    vg:takesAmount true ;\n", "").replace(" ;\n    vg:durative true .\n", " .\n"),
                     encoding="utf-8")
    fine = "La Cnil a infligé une amende de 150 000 euros à la société Vigiris le 4 mai 2023."
    trial = "Les 4, 6 et 7 mars 2021, la commune de Dijon a testé un logiciel d'analyse des images."
    for knowledge, amount, n_days in ((default_knowledge(), Decimal("150000"), 1), (load_knowledge(onto), None, 3)):
        ex = Extractor(knowledge)
        sanctions = of_top(ex, events(ex, fine, "fr"), "sanction")
        assert [e.amount for e in sanctions] == [amount], sanctions
        assert len(of_top(ex, events(ex, trial, "fr"), "experimentation")) == n_days


# objects (O15)
#: (name, text, top code, count, the numeral's words kept in the object)
COUNTED_PARTIES = [
    ("counted subject of a passive", "Trois sociétés ont été sanctionnées par la CNIL en mai.", "sanction", 3,
     "Trois sociétés"),
    ("quantity adverb before the counted subject", "Pas moins de douze mairies ont été mises en demeure par "
     "l'Arcom, le 2 juin, de retirer leurs caméras.", "mise_en_demeure", 12, "douze mairies"),
    ("number word the tagger misreads before the object", "La CNIL a mis en demeure neuf communes du Var en "
     "2023.", "mise_en_demeure", 9, "neuf communes du Var"),
    ("counted object of an active verb", "L'Arcom a mis en demeure quatre plateformes de partage de vidéos.",
     "mise_en_demeure", 4, "quatre plateformes de partage de vidéos"),
]


@pytest.mark.parametrize(("name", "text", "top", "count", "obj"), COUNTED_PARTIES,
                         ids=[c[0] for c in COUNTED_PARTIES])
def test_counted_parties(ex: Extractor, name: str, text: str, top: str, count: int, obj: str) -> None:
    evs = of_top(ex, events(ex, text, "fr"), top)
    assert evs and all(e.count == count and e.object is not None and e.object.text.startswith(obj)
                       for e in evs), (name, [(e.count, e.object) for e in evs])
