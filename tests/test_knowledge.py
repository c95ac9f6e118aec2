"""The knowledge the extractor reads from ``ontology/``: event types, entities, aliases, identifiers.

``load_knowledge()`` is exercised on the real Turtle files; the reference data is
checked for what linking needs (every alias points to one entity, no two entities
share a French preferred label and kind), for identifiers that follow their grammar
and are either known facts or sourced, and for consistency under OWL 2 RL.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from veillegraph import _vocab as V
from veillegraph._errors import KnowledgeError
from veillegraph.knowledge import Entity, Knowledge, load_knowledge

#: subject IRI -> predicate IRI -> objects
Props = dict[str, dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]]]

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
SHARED = Path(__file__).resolve().parents[2] / "shared"

BASE_CODES = (
    "censure",
    "rejet",
    "annulation",
    "validation",
    "sanction",
    "mise_en_demeure",
    "entree_en_vigueur",
    "entree_en_application",
    "adoption",
    "publication",
    "prolongation",
    "experimentation",
    "proposition",
    "saisine",
    "avis",
    "autre",
)

ACTOR = str(V.ID) + "actor/"
INSTRUMENT = str(V.ID) + "instrument/"
MATTER = str(V.ID) + "matter/"

GRAMMAR = {
    V.CELEX.value: re.compile(r"^[0-9][0-9]{4}[A-Z]{1,2}[0-9]{4}(\([0-9]+\))?$"),
    V.ECLI.value: re.compile(r"^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:[0-9]{4}:[A-Za-z0-9.]{1,25}$"),
    V.NOR.value: re.compile(r"^[A-Z]{4}[0-9]{7}[A-Z]$"),
    V.ELI_ID.value: re.compile(
        r"^(http://data\.europa\.eu/eli/|https://www\.legifrance\.gouv\.fr/eli/)[a-z0-9_/-]+$"
    ),
    V.WIKIDATA.value: re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$"),
}

#: Identifiers given as known facts by the foundation issue; any other needs a dct:source.
KNOWN_FACTS = {
    (INSTRUMENT + "ai-act", V.CELEX.value, "32024R1689"),
    (INSTRUMENT + "ai-act", V.ELI_ID.value, "http://data.europa.eu/eli/reg/2024/1689/oj"),
    (INSTRUMENT + "ai-act", V.WIKIDATA.value, str(V.WD) + "Q108456694"),
    (INSTRUMENT + "data-act", V.CELEX.value, "32023R2854"),
    (INSTRUMENT + "data-act", V.ELI_ID.value, "http://data.europa.eu/eli/reg/2023/2854/oj"),
    (INSTRUMENT + "gdpr", V.CELEX.value, "32016R0679"),
    (INSTRUMENT + "gdpr", V.WIKIDATA.value, str(V.WD) + "Q1172506"),
    (INSTRUMENT + "loi-2023-380", V.NOR.value, "SPOX2233026L"),
    (INSTRUMENT + "ce-473506", V.ECLI.value, "ECLI:FR:CECHR:2024:473506.20241230"),
    (ACTOR + "conseil-constitutionnel", V.WIKIDATA.value, str(V.WD) + "Q1127218"),
    (ACTOR + "conseil-etat", V.WIKIDATA.value, str(V.WD) + "Q769657"),
    (ACTOR + "commission-europeenne", V.WIKIDATA.value, str(V.WD) + "Q8880"),
}


def norm(text: str) -> str:
    """Accents, case, punctuation and a leading article removed: the form a linker compares."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^(le|la|les|l|the)\s+", "", text)


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge(ONTOLOGY)


@pytest.fixture(scope="module")
def reference(knowledge: Knowledge) -> Props:
    out: Props = defaultdict(lambda: defaultdict(list))
    for q in knowledge.reference:
        if isinstance(q.subject, ox.NamedNode):
            out[q.subject.value][q.predicate.value].append(q.object)  # type: ignore[arg-type]
    return out


def entity(knowledge: Knowledge, iri: str) -> Entity:
    assert iri in knowledge.entities, f"{iri} missing from the reference data"
    return knowledge.entities[iri]


# --- event types -----------------------------------------------------------------


def test_all_base_codes_are_top_concepts(knowledge: Knowledge) -> None:
    for code in BASE_CODES:
        et = knowledge.event_types[code]
        assert et.top_code == code
        assert et.iri == str(V.VGT) + code
    assert {et.top_code for et in knowledge.event_types.values()} == set(BASE_CODES)


def test_base_codes_match_the_annotation_guide() -> None:
    readme = SHARED / "gold" / "README.md"
    if not readme.is_file():
        pytest.skip("../shared is absent")
    text = readme.read_text(encoding="utf-8")
    listed = text.split("one code of the base list", 1)[1].split("(promulgation", 1)[0]
    assert set(re.findall(r"`([a-z_]+)`", listed)) == set(BASE_CODES)


@pytest.mark.parametrize(
    ("code", "top"),
    [
        ("amende", "sanction"),
        ("rappel_a_l_ordre", "sanction"),
        ("liquidation_astreinte", "sanction"),
        ("avertissement", "sanction"),
        ("injonction", "autre"),
        ("promulgation", "autre"),
        ("suspension", "autre"),
        ("ouverture_enquete", "autre"),
        ("designation", "autre"),
        ("signature", "autre"),
        ("transmission", "autre"),
        ("communication_griefs", "autre"),
        ("depot", "proposition"),
        ("cassation", "annulation"),
        ("irrecevabilite", "rejet"),
        ("recours", "saisine"),
        ("renvoi_qpc", "saisine"),
        ("publication_jo", "publication"),
        ("remise", "publication"),
        ("perennisation", "prolongation"),
    ],
)
def test_finer_types_roll_up(knowledge: Knowledge, code: str, top: str) -> None:
    assert knowledge.event_types[code].top_code == top


def test_every_event_type_has_bilingual_labels(knowledge: Knowledge) -> None:
    for et in knowledge.event_types.values():
        prefs = {lb.lang for lb in et.labels if lb.preferred}
        assert {"fr", "en"} <= prefs, et.code


def test_every_event_type_but_autre_has_french_and_english_triggers(knowledge: Knowledge) -> None:
    """Every act has its words, but the catch-all and the acts the extractor reaches through another act's words
    (``vg:recordAct``: the adoption of a decision addressed to a party; ``vg:compensationNoun``: an order to pay
    damages), which carry none of their own."""
    reached = {q.subject.value for q in knowledge.ontology
               if q.predicate.value.endswith(("#recordAct", "#compensationNoun"))}
    assert reached, "the ontology flags no record act"
    for et in knowledge.event_types.values():
        if et.code == "autre" or et.iri in reached:
            assert et.code == "autre" or not (et.verbs or et.nouns), f"{et.code}: has words of its own"
            continue
        assert {lb.lang for lb in et.verbs} >= {"fr", "en"}, f"{et.code}: verbs"
        assert {lb.lang for lb in et.nouns} >= {"fr", "en"}, f"{et.code}: nouns"


def test_triggers_are_lower_case_lemmas(knowledge: Knowledge) -> None:
    for et in knowledge.event_types.values():
        for lb in (*et.verbs, *et.nouns):
            assert lb.lang in {"fr", "en"}, f"{et.code}: {lb.text!r} needs a fr or en tag"
            assert lb.text == lb.text.strip().lower() and "  " not in lb.text, f"{et.code}: {lb.text!r}"


def test_a_trigger_is_not_repeated_on_a_broader_concept(knowledge: Knowledge) -> None:
    """A word sits on the most specific concept only; the extractor rolls it up through top_code."""
    by_code = knowledge.event_types
    for et in by_code.values():
        if et.top_code == et.code:
            continue
        parent = by_code[et.top_code]
        for attr in ("verbs", "nouns"):
            mine = {(lb.text, lb.lang) for lb in getattr(et, attr)}
            theirs = {(lb.text, lb.lang) for lb in getattr(parent, attr)}
            assert not mine & theirs, f"{et.code} and {parent.code} share {attr} {mine & theirs}"


@pytest.mark.parametrize(
    ("code", "word", "lang", "kind"),
    [
        ("censure", "censurer", "fr", "verbs"),
        ("censure", "retoquer", "fr", "verbs"),
        ("censure", "déclarer contraire à la constitution", "fr", "verbs"),
        ("censure", "strike down", "en", "verbs"),
        ("rejet", "rejeter", "fr", "verbs"),
        ("rejet", "reject", "en", "verbs"),
        ("irrecevabilite", "juger irrecevable", "fr", "verbs"),
        ("annulation", "annuler", "fr", "verbs"),
        ("annulation", "annul", "en", "verbs"),
        ("cassation", "casser", "fr", "verbs"),
        ("cassation", "infirmer", "fr", "verbs"),
        ("validation", "valider", "fr", "verbs"),
        ("sanction", "sanctionner", "fr", "verbs"),
        ("sanction", "infliger", "fr", "verbs"),
        ("amende", "fine", "en", "verbs"),
        ("mise_en_demeure", "mettre en demeure", "fr", "verbs"),
        ("mise_en_demeure", "mise en demeure", "fr", "nouns"),
        ("entree_en_vigueur", "entrer en vigueur", "fr", "verbs"),
        ("entree_en_vigueur", "enter into force", "en", "verbs"),
        ("entree_en_vigueur", "entrée en vigueur", "fr", "nouns"),
        ("entree_en_application", "entrer en application", "fr", "verbs"),
        ("entree_en_application", "s'appliquer", "fr", "verbs"),
        ("entree_en_application", "apply", "en", "verbs"),
        ("adoption", "adopter", "fr", "verbs"),
        ("adoption", "voter", "fr", "verbs"),
        ("adoption", "adopt", "en", "verbs"),
        ("publication", "publier", "fr", "verbs"),
        ("publication", "rendre public", "fr", "verbs"),
        ("publication", "publish", "en", "verbs"),
        ("prolongation", "prolonger", "fr", "verbs"),
        ("perennisation", "pérenniser", "fr", "verbs"),
        ("experimentation", "expérimenter", "fr", "verbs"),
        ("proposition", "proposer", "fr", "verbs"),
        ("depot", "déposer", "fr", "verbs"),
        ("saisine", "saisir", "fr", "verbs"),
        ("saisine", "déférer", "fr", "verbs"),
        ("injonction", "enjoindre", "fr", "verbs"),
        ("promulgation", "promulguer", "fr", "verbs"),
        ("avis", "avis", "fr", "nouns"),
        ("sanction", "sanction", "fr", "nouns"),
    ],
)
def test_trigger_word(knowledge: Knowledge, code: str, word: str, lang: str, kind: str) -> None:
    assert (word, lang) in {(lb.text, lb.lang) for lb in getattr(knowledge.event_types[code], kind)}


def test_product_nouns_are_no_triggers(knowledge: Knowledge) -> None:
    """A report or a law is the object of an act, never the word that reveals it."""
    nouns = {(lb.text, lb.lang) for et in knowledge.event_types.values() for lb in et.nouns}
    products = {
        ("rapport", "fr"),
        ("loi", "fr"),
        ("décret", "fr"),
        ("règlement", "fr"),
        ("texte", "fr"),
        ("report", "en"),
        ("law", "en"),
        ("regulation", "en"),
    }
    assert not nouns & products


# --- entities ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iri", "aliases"),
    [
        (
            ACTOR + "conseil-constitutionnel",
            ["Conseil constitutionnel", "les Sages", "la rue de Montpensier"],
        ),
        (
            ACTOR + "conseil-etat",
            ["Conseil d'État", "Conseil d'Etat", "la haute juridiction administrative", "le Palais-Royal"],
        ),
        (
            ACTOR + "cnil",
            ["CNIL", "Cnil", "le gendarme des données personnelles", "le gendarme de la vie privée"],
        ),
        (
            ACTOR + "ministere-interieur",
            ["place Beauvau", "la place Beauvau", "Beauvau", "ministère de l'Intérieur"],
        ),
        (
            ACTOR + "commission-europeenne",
            ["Commission européenne", "Bruxelles", "l'exécutif européen", "European Commission"],
        ),
        (ACTOR + "senat", ["Sénat", "la haute assemblée"]),
        (ACTOR + "premier-ministre", ["Matignon"]),
        (ACTOR + "president-republique", ["l'Élysée"]),
        (ACTOR + "cour-des-comptes", ["Cour des comptes"]),
        (ACTOR + "la-quadrature-du-net", ["La Quadrature du Net", "LQDN"]),
        (ACTOR + "ldh", ["LDH", "Ligue des droits de l'Homme"]),
        (ACTOR + "edpb", ["EDPB", "Comité européen de la protection des données"]),
        (ACTOR + "cjue", ["CJUE", "CJEU"]),
        (ACTOR + "dpc-irlande", ["Data Protection Commission", "the Irish regulator"]),
        (INSTRUMENT + "ai-act", ["AI Act", "règlement (UE) 2024/1689"]),
        (INSTRUMENT + "data-act", ["Data Act", "règlement sur les données"]),
        (INSTRUMENT + "gdpr", ["RGPD", "GDPR"]),
        (
            INSTRUMENT + "loi-2025-379-art-15",
            ["article 15 de la loi relative au renforcement de la sûreté dans les transports"],
        ),
        (MATTER + "experimentation-vsa", ["expérimentation de la vidéosurveillance algorithmique"]),
    ],
)
def test_key_entity_aliases(knowledge: Knowledge, iri: str, aliases: list[str]) -> None:
    labels = {lb.text for lb in entity(knowledge, iri).labels}
    for alias in aliases:
        assert alias in labels, f"{iri}: {alias!r} not among its labels"


@pytest.mark.parametrize(
    ("iri", "category", "kind"),
    [
        (ACTOR + "conseil-constitutionnel", "actor", "court"),
        (ACTOR + "conseil-etat", "actor", "court"),
        (ACTOR + "cnil", "actor", "independent_authority"),
        (ACTOR + "ministere-interieur", "actor", "ministry"),
        (ACTOR + "parlement", "actor", "parliament"),
        (ACTOR + "assemblee-nationale", "actor", "parliamentary_chamber"),
        (ACTOR + "gouvernement", "actor", "government"),
        (ACTOR + "commission-europeenne", "actor", "eu_institution"),
        (ACTOR + "ville-nice", "actor", "local_authority"),
        (ACTOR + "prefecture-police-paris", "actor", "public_body"),
        (ACTOR + "clearview-ai", "actor", "company"),
        (ACTOR + "la-quadrature-du-net", "actor", "association"),
        (ACTOR + "bruno-retailleau", "actor", "person"),
        (INSTRUMENT + "ai-act", "instrument", "eu_regulation"),
        (INSTRUMENT + "nis2", "instrument", "eu_directive"),
        (INSTRUMENT + "loi-2023-380", "instrument", "law"),
        (INSTRUMENT + "decret-2023-283", "instrument", "decree"),
        (INSTRUMENT + "ppl-surete-transports", "instrument", "bill"),
        (INSTRUMENT + "loi-2023-380-art-10", "instrument", "article"),
        (INSTRUMENT + "rapport-evaluation-vsa", "instrument", "report"),
        (INSTRUMENT + "ce-473506", "instrument", "court_decision"),
        (MATTER + "experimentation-vsa", "matter", "programme"),
    ],
)
def test_entity_kinds(knowledge: Knowledge, iri: str, category: str, kind: str) -> None:
    e = entity(knowledge, iri)
    assert (e.category, e.kind) == (category, kind)


def test_entity_iris_follow_the_minting_policy(knowledge: Knowledge) -> None:
    prefix = {"actor": ACTOR, "instrument": INSTRUMENT, "matter": MATTER}
    for e in knowledge.entities.values():
        assert e.iri.startswith(prefix[e.category]), e.iri
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e.iri[len(prefix[e.category]) :]), e.iri


def test_every_entity_has_one_french_preferred_label(knowledge: Knowledge) -> None:
    for e in knowledge.entities.values():
        prefs = [lb.lang for lb in e.labels if lb.preferred]
        assert prefs.count("fr") == 1, f"{e.iri}: {prefs}"
        assert prefs.count("en") <= 1, f"{e.iri}: {prefs}"
        assert all(lb.lang in {"fr", "en"} for lb in e.labels), e.iri


def test_no_two_entities_share_french_pref_label_and_kind(knowledge: Knowledge) -> None:
    seen: dict[tuple[str, str], str] = {}
    for e in knowledge.entities.values():
        key = (norm(e.pref_label), e.kind)
        assert key not in seen, f"{e.iri} and {seen[key]} share {key}"
        seen[key] = e.iri


def test_every_alias_names_one_entity(knowledge: Knowledge) -> None:
    """Exact-alias linking is only sound if a normalised label points to a single entity."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in knowledge.entities.values():
        for lb in e.labels:
            owners[norm(lb.text)].add(e.iri)
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_each_entity_is_described_in_one_file() -> None:
    """Two blocks for one IRI in different files would merge silently: one entity, one block."""
    where: dict[str, set[str]] = defaultdict(set)
    for path in sorted((ONTOLOGY / "reference").glob("*.ttl")):
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if t.predicate == V.TYPE and isinstance(t.subject, ox.NamedNode):
                where[t.subject.value].add(path.name)
    assert where
    assert not {iri: files for iri, files in where.items() if len(files) > 1}


def test_articles_are_part_of_their_text(knowledge: Knowledge) -> None:
    for e in knowledge.entities.values():
        if e.kind == "article":
            assert e.part_of in knowledge.entities, f"{e.iri}: eli:is_part_of {e.part_of}"
            assert knowledge.entities[e.part_of].category == "instrument"
    assert entity(knowledge, INSTRUMENT + "loi-2025-379-art-15").part_of == INSTRUMENT + "loi-2025-379"
    assert entity(knowledge, INSTRUMENT + "loi-2023-380-art-10").part_of == INSTRUMENT + "loi-2023-380"


def _values(reference: Props, iri: str, prop: ox.NamedNode) -> set[str]:
    return {o.value for o in reference.get(iri, {}).get(prop.value, []) if not isinstance(o, ox.BlankNode)}


@pytest.mark.parametrize(
    ("subject", "prop", "value"),
    [
        *sorted(KNOWN_FACTS),
        (INSTRUMENT + "ai-act", V.NUMBER.value, "2024/1689"),
        (INSTRUMENT + "ai-act", V.ELI.first_date_entry_in_force.value, "2024-08-01"),
        (INSTRUMENT + "data-act", V.NUMBER.value, "2023/2854"),
        (INSTRUMENT + "data-act", V.ELI.first_date_entry_in_force.value, "2024-01-11"),
        (INSTRUMENT + "data-act", V.ELI.date_applicability.value, "2025-09-12"),
        (INSTRUMENT + "gdpr", V.NUMBER.value, "2016/679"),
        (INSTRUMENT + "loi-2023-380", V.NUMBER.value, "2023-380"),
        (INSTRUMENT + "loi-2023-380", V.ELI.date_document.value, "2023-05-19"),
        (INSTRUMENT + "loi-2025-379", V.NUMBER.value, "2025-379"),
        (INSTRUMENT + "loi-2025-379", V.ELI.date_document.value, "2025-04-28"),
        (INSTRUMENT + "loi-2025-379-art-15", V.EXTENDS.value, INSTRUMENT + "loi-2023-380-art-10"),
        (INSTRUMENT + "decision-2025-878-dc", V.NUMBER.value, "2025-878 DC"),
        (INSTRUMENT + "decision-2025-878-dc", V.ELI.date_document.value, "2025-04-24"),
        (INSTRUMENT + "decision-2025-878-dc", V.ELI.passed_by.value, ACTOR + "conseil-constitutionnel"),
        (INSTRUMENT + "ce-473506", V.NUMBER.value, "473506"),
        (INSTRUMENT + "ce-473506", V.ELI.date_document.value, "2024-12-30"),
        (INSTRUMENT + "ce-473506", V.ELI.passed_by.value, ACTOR + "conseil-etat"),
        (INSTRUMENT + "decret-2023-283", V.NUMBER.value, "2023-283"),
        (INSTRUMENT + "decret-2023-283", V.ELI.date_document.value, "2023-04-19"),
    ],
)
def test_known_fact(reference: Props, subject: str, prop: str, value: str) -> None:
    assert value in _values(reference, subject, ox.NamedNode(prop))


def test_identifiers_match_their_grammar(reference: Props) -> None:
    checked = 0
    for s, props in reference.items():
        for prop, pattern in GRAMMAR.items():
            for o in props.get(prop, []):
                want = ox.NamedNode if prop in {V.ELI_ID.value, V.WIKIDATA.value} else ox.Literal
                assert isinstance(o, want), f"{s}: {prop} must be a {want.__name__}"
                assert pattern.match(o.value), f"{s}: {prop} {o.value!r} does not match {pattern.pattern}"
                checked += 1
    assert checked >= len(KNOWN_FACTS)


def test_identifiers_beyond_the_known_facts_are_sourced(reference: Props) -> None:
    """Never an invented identifier: one that is not a known fact of the brief names its source."""
    known = {(s, p, v) for s, p, v in KNOWN_FACTS}
    for s, props in reference.items():
        for prop in GRAMMAR:
            for o in props.get(prop, []):
                if (s, prop, o.value) in known:
                    continue
                sources = [x.value for x in props.get(V.SOURCE.value, []) if isinstance(x, ox.NamedNode)]
                assert any(src.startswith("https://") or src.startswith("http://") for src in sources), (
                    f"{s}: {prop} {o.value!r} is no known fact and has no dct:source URL"
                )


def test_dates_are_typed(reference: Props) -> None:
    for s, props in reference.items():
        for prop in (V.ELI.date_document, V.ELI.first_date_entry_in_force, V.ELI.date_applicability):
            for o in props.get(prop.value, []):
                assert isinstance(o, ox.Literal) and o.datatype == V.XSD.date, f"{s}: {prop.value} {o}"


def test_links_between_entities_resolve(knowledge: Knowledge, reference: Props) -> None:
    links = (
        V.ELI.passed_by,
        V.ELI.is_part_of,
        V.ELI.changes,
        V.EXTENDS,
        V.DCT.references,
        V.DCT.relation,
        V.DCT.subject,
    )
    for s, props in reference.items():
        for prop in links:
            for o in props.get(prop.value, []):
                assert o.value in knowledge.entities, f"{s}: {prop.value} points to unknown {o.value}"


def test_example_page_names_are_known(knowledge: Knowledge) -> None:
    """Every body and text the example page names by its proper name links to the reference data."""
    labels = {norm(lb.text) for e in knowledge.entities.values() for lb in e.labels}
    for name in [
        "CNIL",
        "Data Act",
        "IA Act",
        "Conseil constitutionnel",
        "les Sages",
        "Cnil",
        "Bruno Retailleau",
        "ministre de l'Intérieur",
        "Cour des comptes",
        "ministère de l'intérieur",
        "Conseil d'État",
        "Ligue des Droits de l'Homme",
        "LDH",
        "INSP",
        "SNCF",
        "RATP",
        "Emmanuel Macron",
        "cour d'appel de Basse-Terre",
        "commission mixte paritaire",
        "Union européenne",
        "gendarmerie nationale",
        "police nationale",
        "Cour pénale internationale",
    ]:
        assert norm(name) in labels, name


# --- the loader on broken data ------------------------------------------------------


def test_loader_rejects_an_entity_typed_as_two_categories(tmp_path: Path) -> None:
    for p in ONTOLOGY.glob("*.ttl"):
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "bad.ttl").write_text(
        f"<{ACTOR}x> a <{V.ACTOR.value}> , <{V.ACTOR_KINDS['court'].value}> ,"
        f" <{V.INSTRUMENT_KINDS['law'].value}> ;\n"
        f'  <{V.PREF_LABEL.value}> "X"@fr .\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(tmp_path)
    assert err.value.code == "VG203"


def _bodies_dir(tmp_path: Path, extra: str) -> Path:
    for p in ONTOLOGY.glob("*.ttl"):
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "reference").mkdir()
    for p in (ONTOLOGY / "reference").glob("*.ttl"):
        (tmp_path / "reference" / p.name).write_bytes(p.read_bytes())
    (tmp_path / "reference" / "extra.ttl").write_text(extra, encoding="utf-8")
    return tmp_path


def test_loader_rejects_periphrases_that_are_not_described(tmp_path: Path) -> None:
    kind = V.ACTOR_KINDS["independent_authority"].value
    root = _bodies_dir(tmp_path, f"<{ACTOR}x> a <{V.ACTOR.value}> , <{kind}> ;\n"
                                 f'  <{V.PREF_LABEL.value}> "X"@fr ; <{V.PERIPHRASES.value}> <{ACTOR}no-such-set> .\n')
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(root)
    assert err.value.code == "VG208"


@pytest.mark.parametrize(("case", "tenure"), [
    ("no body", f'[ a <{V.VG.Tenure.value}> ; <{V.TENURE_START.value}> "2020-01-01"^^<{V.XSD.date.value}> ]'),
    ("two bodies", f'[ <{V.ACTS_FOR.value}> <{ACTOR}cnil> , <{ACTOR}conseil-etat> ]'),
    ("a year, not a date",
     f'[ <{V.ACTS_FOR.value}> <{ACTOR}cnil> ; <{V.TENURE_START.value}> "2020"^^<{V.XSD.gYear.value}> ]'),
    ("a plain string", f'[ <{V.ACTS_FOR.value}> <{ACTOR}cnil> ; <{V.TENURE_END.value}> "2020-01-01" ]'),
])
def test_loader_rejects_a_broken_tenure(tmp_path: Path, case: str, tenure: str) -> None:
    root = _bodies_dir(tmp_path, f"<{ACTOR}x> a <{V.ACTOR.value}> , <{V.ACTOR_KINDS['person'].value}> ;\n"
                                 f'  <{V.PREF_LABEL.value}> "X"@fr ; <{V.TENURE.value}> {tenure} .\n')
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(root)
    assert err.value.code == "VG209", case
    assert f"{ACTOR}x" in str(err.value), case  # names the person


def test_a_new_office_holder_is_one_turtle_block(tmp_path: Path) -> None:
    """A person's offices are data: two tenures, read in order of start, give the body on a date."""
    root = _bodies_dir(tmp_path, f"""<{ACTOR}jane-roe> a <{V.ACTOR.value}> , <{V.ACTOR_KINDS['person'].value}> ;
      <{V.PREF_LABEL.value}> "Jane Roe"@fr ;
      <{V.TENURE.value}> [ <{V.ACTS_FOR.value}> <{ACTOR}conseil-etat> ;
                           <{V.TENURE_START.value}> "2030-01-01"^^<{V.XSD.date.value}> ] ,
                         [ <{V.ACTS_FOR.value}> <{ACTOR}cnil> ;
                           <{V.TENURE_START.value}> "2020-02-01"^^<{V.XSD.date.value}> ;
                           <{V.TENURE_END.value}> "2029-12-31"^^<{V.XSD.date.value}> ] .
""")
    person = load_knowledge(root).entities[f"{ACTOR}jane-roe"]
    assert [(t.body, t.start, t.end) for t in person.tenures] == [
        (f"{ACTOR}cnil", "2020-02-01", "2029-12-31"), (f"{ACTOR}conseil-etat", "2030-01-01", None)]
    assert person.office_on("2025-03-01", "2025-03-31") == f"{ACTOR}cnil"
    assert person.office_on("2031-01-01", "2031-01-01") == f"{ACTOR}conseil-etat"
    assert person.office_on("2029-01-01", "2030-12-31") is None  # both over that period
    assert person.office_on("2019-01-01", "2019-12-31") is None  # none yet
    assert person.office_on(None, None) is None


def test_every_tenure_acts_for_a_known_body(knowledge: Knowledge) -> None:
    holders = [e for e in knowledge.entities.values() if e.tenures]
    assert len(holders) >= 20
    for person in holders:
        assert person.kind == "person", person.iri
        for t in person.tenures:
            assert knowledge.entities[t.body].category == "actor" and knowledge.entities[t.body].kind != "person"
            assert t.start is None or t.end is None or t.start <= t.end, person.iri
        # tenures of one person do not overlap by more than the day of a handover
        for a, b in zip(person.tenures, person.tenures[1:], strict=False):
            assert a.end is not None and b.start is not None and a.end <= b.start, person.iri


# --- periphrases made from templates ------------------------------------------------------

PERIPHRASES = "https://w3id.org/veillegraph/id/periphrases/data-protection-authority"


@pytest.mark.parametrize(("iri", "label", "lang"), [
    (f"{ACTOR}apd-belgique", "le gendarme belge de la vie privée", "fr"),  # same form in both genders
    (f"{ACTOR}apd-belgique", "Belgium's privacy watchdog", "en"),
    (f"{ACTOR}imy-suede", "la Cnil suédoise", "fr"),  # the feminine adjective
    (f"{ACTOR}imy-suede", "le régulateur suédois des données", "fr"),  # the masculine one
    (f"{ACTOR}uodo-pologne", "Polish data protection watchdog", "en"),
    (f"{ACTOR}ico", "la Cnil britannique", "fr"),  # no feminine given: the masculine serves
    (f"{ACTOR}aepd", "AEPD (Spain)", "en"),  # the short name and the country, in each language
    (f"{ACTOR}uodo-pologne", "UODO (Pologne)", "fr"),
    (f"{ACTOR}apd-belgique", "Belgium's APD", "en"),
])
def test_a_body_of_a_periphrasis_set_is_named_by_its_templates(knowledge: Knowledge, iri: str, label: str,
                                                                lang: str) -> None:
    assert (label, lang) in {(lb.text, lb.lang) for lb in knowledge.entities[iri].labels}
    # materialised in the reference graph, so SPARQL finds the body by it too
    assert ox.Quad(ox.NamedNode(iri), V.ALT_LABEL, ox.Literal(label, language=lang), V.REFERENCE_GRAPH) \
        in set(knowledge.reference)


def test_a_template_with_an_empty_slot_is_skipped(knowledge: Knowledge) -> None:
    # the Dutch authority gives no country name: no "{country}'s …" label, but the adjective ones
    labels = {lb.text for lb in knowledge.entities[f"{ACTOR}autoriteit-persoonsgegevens"].labels}
    assert "Dutch privacy watchdog" in labels
    assert not [t for t in labels if "{" in t or t.startswith("'s")], labels


def test_a_new_body_is_one_turtle_block(tmp_path: Path) -> None:
    """Adding a data protection authority needs no alias list: its adjectives fill the shared templates."""
    root = _bodies_dir(tmp_path, f"""<{ACTOR}idpc-malte> a <{V.ACTOR.value}> ,
        <{V.ACTOR_KINDS['independent_authority'].value}> ;
      <{V.PREF_LABEL.value}> "Commissaire maltais à la protection des données"@fr ;
      <{V.PERIPHRASES.value}> <{PERIPHRASES}> ;
      <{V.ADJECTIVE.value}> "maltais"@fr , "Maltese"@en ; <{V.FEMININE_ADJECTIVE.value}> "maltaise"@fr ;
      <{V.COUNTRY_NAME.value}> "Malta"@en , "Malte"@fr ; <{V.SHORT_NAME.value}> "IDPC" .
""")
    labels = {(lb.text, lb.lang) for lb in load_knowledge(root).entities[f"{ACTOR}idpc-malte"].labels}
    assert {("la Cnil maltaise", "fr"), ("le gendarme maltais de la vie privée", "fr"),
            ("Malta's privacy watchdog", "en"), ("Maltese DPA", "en"),
            ("IDPC (Malta)", "en"), ("IDPC (Malte)", "fr"), ("Malta's IDPC", "en")} <= labels


def test_a_short_name_with_a_language_serves_that_language_only(tmp_path: Path) -> None:
    """An acronym without a language tag fills {short} in every language; a tagged one only in its own, and a
    template whose language has no short name is skipped rather than filled with another language's."""
    root = _bodies_dir(tmp_path, f"""<{ACTOR}x-dpa> a <{V.ACTOR.value}> ,
        <{V.ACTOR_KINDS['independent_authority'].value}> ;
      <{V.PREF_LABEL.value}> "Autorité de X"@fr ;
      <{V.PERIPHRASES.value}> <{PERIPHRASES}> ;
      <{V.COUNTRY_NAME.value}> "Xland"@en , "Xlande"@fr ; <{V.SHORT_NAME.value}> "XDA"@en .
""")
    labels = {(lb.text, lb.lang) for lb in load_knowledge(root).entities[f"{ACTOR}x-dpa"].labels}
    assert ("XDA (Xland)", "en") in labels
    assert not [t for t, lang in labels if "XDA" in t and lang == "fr"], labels


# --- OWL 2 RL consistency -------------------------------------------------------------


def _owl_rl_errors(*, reference: bool = True, extra: str = "") -> list[str]:
    """Run the OWL 2 RL closure over ontology and reference data (or the TBox alone); list clashes."""
    import owlrl
    import rdflib
    from owlrl.Namespaces import ERRNS

    # Language-tagged labels cannot make a class clash; leaving them out makes the closure 3-4 times faster.
    graph = rdflib.Graph()
    if reference:
        paths = sorted(ONTOLOGY.glob("*.ttl")) + sorted((ONTOLOGY / "reference").glob("*.ttl"))
    else:
        paths = [ONTOLOGY / "veillegraph.ttl"]
    for path in paths:
        for triple in rdflib.Graph().parse(path, format="turtle"):
            if not (isinstance(triple[2], rdflib.Literal) and triple[2].language):
                graph.add(triple)
    if extra:
        graph.parse(data=extra, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(
        graph
    )
    errors = [str(graph.value(s, ERRNS.error)) for s in graph.subjects(rdflib.RDF.type, ERRNS.ErrorMessage)]
    errors += [f"{s} is a member of owl:Nothing" for s in graph.subjects(rdflib.RDF.type, rdflib.OWL.Nothing)]
    return sorted(errors)


@pytest.mark.slow
def test_ontology_and_reference_are_consistent_under_owl_rl() -> None:
    assert _owl_rl_errors() == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("clash", "expected"),
    [
        (
            f"<urn:a> a <{V.ACTOR_KINDS['independent_authority'].value}> ,"
            f" <{V.ACTOR_KINDS['court'].value}> .",
            "Disjoint classes",
        ),
        (
            f"<urn:e> <{V.AGENT.value}> <urn:i> . <urn:i> a <{V.INSTRUMENT_KINDS['law'].value}> .",
            "Disjoint classes",
        ),
        (
            f"<urn:e> <{V.HAS_MODALITY.value}> <{V.MODALITIES['realised'].value}> ,"
            f" <{V.MODALITIES['expected'].value}> .",
            "AllDifferent",
        ),
    ],
    ids=["two-kinds", "instrument-as-agent", "two-modalities"],
)
def test_owl_rl_catches_a_clash(clash: str, expected: str) -> None:
    errors = _owl_rl_errors(reference=False, extra=clash)
    assert any(expected in e for e in errors), errors


def _court(pattern: str) -> str:
    court = V.ACTOR_KINDS["court"].value
    return (f"<{ACTOR}x> a <{V.ACTOR.value}> , <{court}> ;\n"
            f'  <{V.PREF_LABEL.value}> "Cour de justice de l\'AELE"@fr ;\n'
            f'  <{V.VG.caseNumberPattern.value}> "{pattern}" .\n')


def test_a_court_s_case_numbers_are_one_turtle_block(tmp_path: Path) -> None:
    from veillegraph.extract.lexicon import build_lexicon

    lex = build_lexicon(load_knowledge(_bodies_dir(tmp_path, _court("E-[0-9]{1,2}/[0-9]{2}"))))
    mine = [p for p, iri in lex.case_numbers if iri == f"{ACTOR}x"]
    assert len(mine) == 1 and mine[0].search("dans l'affaire E-12/24, la Cour") \
        and not mine[0].search("la note E-12/245") and not mine[0].search("E-12/24a"), lex.case_numbers


def test_a_broken_case_number_pattern_names_the_court(tmp_path: Path) -> None:
    from veillegraph.extract.lexicon import build_lexicon

    knowledge = load_knowledge(_bodies_dir(tmp_path, _court("E-[0-9")))
    with pytest.raises(KnowledgeError) as err:
        build_lexicon(knowledge)
    assert err.value.code == "VG213" and f"{ACTOR}x" in str(err.value) and "Python syntax" in str(err.value)
