"""Each stored query returns the rows an analyst expects: on the hand-written fixture,
and on the example build."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from _query_util import FIXTURE_TRIG, SAMPLE_PARAMS
from veillegraph import _vocab as V
from veillegraph.query import get_query, load_library, run
from veillegraph.query.render import plain

ID = str(V.ID)


@pytest.fixture(scope="module")
def fx() -> ox.Store:
    s = ox.Store()
    s.load(FIXTURE_TRIG.encode(), ox.RdfFormat.TRIG)
    return s


def rows(name: str, source: ox.Store, **params: str) -> list[dict[str, str]]:
    """The rows of a SELECT as dicts of plain strings ('' when unbound)."""
    result = run(get_query(name), source, params)
    return [{v: plain(c) for v, c in zip(result.variables, row, strict=True)} for row in result.rows]


def pick(table: list[dict[str, str]], **want: str) -> list[dict[str, str]]:
    return [r for r in table if all(r[k] == v for k, v in want.items())]


def test_every_query_with_required_parameters_has_sample_values() -> None:
    for q in load_library():
        if any(p.required for p in q.params):
            assert q.name in SAMPLE_PARAMS, f"add sample parameters for {q.name} to tests/_query_util.py"


# --- on the fixture -------------------------------------------------------------------------------


def test_events_fixture(fx: ox.Store) -> None:
    table = rows("events", fx)
    assert len(table) == 10  # 9 events, one of them reported by two clippings
    [r] = pick(table, clipping_id="s26")
    assert r["type"] == "rejet" and r["date"] == "2024-12-30" and r["modality"] == "realised"
    assert r["agent"] == "Conseil d'État|Council of State|haute juridiction administrative"
    assert r["object"] == (
        "Le recours demandant l'annulation du décret sur l'usage des drones|"
        "recours demandant l'annulation du décret sur l'usage des drones"
    )  # distinct labels in alphabetical order, case-insensitively
    [fine] = pick(table, clipping_id="s11", type="sanction")  # vgt:amende rolls up to sanction
    assert (fine["amount_eur"], fine["object"], fine["count"]) == ("50000.5", "", "")
    assert [r["clipping_id"] for r in table if r["event"] == ID + "event/e13"] == ["s13", "s14"]
    assert pick(table, clipping_id="s07")[0]["modality"] == "expected"
    assert not pick(table, clipping_id="s01")


def test_instrument_timeline_fixture(fx: ox.Store) -> None:
    [r] = rows("instrument-timeline", fx, instrument="id:instrument/decret-2023-283")
    assert (r["date"], r["type"], r["agent"], r["clippings"]) == (
        "2024-12-30",
        "rejet",
        "Conseil d'État",
        "s26",
    )
    law = rows("instrument-timeline", fx, instrument="id:instrument/loi-2025-379")
    assert [(r["date"], r["type"]) for r in law] == [("2025-04", "adoption"), ("2025-04-24", "censure")]
    ai = rows("instrument-timeline", fx, instrument="id:instrument/ai-act")
    assert ai[0]["clippings"] == "s13|s14" and ai[-1]["date"] == ""  # undated last


def test_sanctions_by_authority_year_fixture(fx: ox.Store) -> None:
    table = rows("sanctions-by-authority-year", fx)
    assert [(r["year"], r["events"], r["decisions"], r["total_eur"]) for r in table] == [
        ("2024", "1", "1", "50000.5"),
        ("2025", "1", "10", "104000"),
    ]
    assert [r["year"] for r in rows("sanctions-by-authority-year", fx, in_year="2025")] == ["2025"]


def test_court_decisions_fixture(fx: ox.Store) -> None:
    table = rows("court-decisions", fx, court="id:actor/conseil-etat")
    assert [(r["date"], r["type"], r["clippings"]) for r in table] == [
        ("2024", "rejet", "s11"),
        ("2024-12-30", "rejet", "s26"),
    ]
    assert rows("court-decisions", fx, court="id:actor/cnil")[0]["type"] == "sanction"


def test_experiment_story_fixture(fx: ox.Store) -> None:
    table = rows("experiment-story", fx, instrument="id:instrument/loi-2023-380")
    got = {(r["type"], r["related"].removeprefix(ID + "instrument/"), r["relation"]) for r in table}
    assert got == {
        ("experimentation", "loi-2023-380-art-10", "part of it"),
        ("censure", "loi-2025-379-art-15", "extends or amends a part of it"),
        ("adoption", "loi-2025-379", "contains a provision extending or amending it"),
    }


def test_actors_by_month_fixture(fx: ox.Store) -> None:
    table = rows("actors-by-month", fx)
    assert [r["month"] for r in table] == sorted(r["month"] for r in table)
    assert {r["label"] for r in pick(table, month="2025-04")} == {"Conseil constitutionnel", "Parlement"}
    assert not pick(table, month="2024")  # year-only dates are left out
    assert {r["month"][:4] for r in rows("actors-by-month", fx, in_year="2025")} == {"2025"}


def test_co_actors_fixture(fx: ox.Store) -> None:
    [r] = rows("co-actors", fx, actor="id:actor/parlement")
    assert (r["other_label"], r["instruments"]) == ("Conseil constitutionnel", "1")
    assert r["texts"] == "loi relative au renforcement de la sûreté dans les transports"
    [back] = rows("co-actors", fx, actor="id:actor/conseil-constitutionnel")
    assert back["other_label"] == "Parlement"
    assert rows("co-actors", fx, actor="id:actor/cnil") == []


def test_instruments_by_status_fixture(fx: ox.Store) -> None:
    table = rows("instruments-by-status", fx)
    got = {(r["instrument"].removeprefix(ID + "instrument/"), r["status"], r["since"]) for r in table}
    assert got == {
        ("loi-2025-379", "adopted", "2025-04"),
        ("loi-2025-379", "censured in part", "2025-04-24"),
        ("ai-act", "in force", "2024-08-01"),
    }
    assert [r["status"] for r in rows("instruments-by-status", fx, with_status="in force")] == ["in force"]


def test_multi_reported_events_fixture(fx: ox.Store) -> None:
    [r] = rows("multi-reported-events", fx)
    assert (r["event"], r["reports"], r["clippings"], r["type"]) == (
        ID + "event/e13",
        "2",
        "s13|s14",
        "entree_en_vigueur",
    )
    assert len(rows("multi-reported-events", fx, min_reports="1")) == 9


def test_event_evidence_fixture(fx: ox.Store) -> None:
    [r] = rows("event-evidence", fx, event="id:event/e26")
    assert r["quote"].endswith("le 30 décembre 2024.") and (r["start"], r["end"]) == ("0", "122")
    assert (r["date"], r["date_text"], r["date_basis"]) == ("2024-12-30", "le 30 décembre 2024", "")
    assert [r["clipping_id"] for r in rows("event-evidence", fx, event="id:event/e13")] == ["s13", "s14"]


def test_event_evidence_shows_how_an_inferred_date_was_pinned() -> None:
    s = ox.Store()
    s.load(FIXTURE_TRIG.encode(), ox.RdfFormat.TRIG)
    e26, e13 = V.ID["event/e26"], V.ID["event/e13"]
    graph = next(q.graph_name for q in s.quads_for_pattern(e26, V.VG.dateText, None))
    s.remove(ox.Quad(e26, V.VG.dateText, ox.Literal("le 30 décembre 2024"), graph))
    s.add(ox.Quad(e26, V.VG.dateText, ox.Literal("le 30 décembre"), graph))
    s.add(ox.Quad(e26, V.VG.dateBasis, ox.Literal("publication"), graph))
    [r] = rows("event-evidence", s, event="id:event/e26")
    assert (r["date"], r["date_text"], r["date_basis"]) == ("2024-12-30", "le 30 décembre", "publication")
    assert {r["date_basis"] for r in rows("event-evidence", s, event="id:event/e13")} == {""}
    s.add(ox.Quad(e13, V.VG.dateBasis, ox.Literal("text-year"), V.GRAPH["clipping/c14"]))
    assert [(r["clipping_id"], r["date_basis"]) for r in rows("event-evidence", s, event="id:event/e13")] == [
        ("s13", "text-year"), ("s14", "text-year")]


def test_unlinked_entities_fixture(fx: ox.Store) -> None:
    table = rows("unlinked-entities", fx)
    assert {(r["entity"].removeprefix(ID), r["kind"], r["events"]) for r in table} == {
        ("matter/new-proceeding-p26", "Proceeding", "1"),
        ("actor/new-company-x", "Company", "1"),
    }


def test_clippings_without_events_fixture(fx: ox.Store) -> None:
    [r] = rows("clippings-without-events", fx)
    assert r["clipping_id"] == "s01" and r["excerpt"].startswith("L'histoire des forces")


def test_near_duplicates_fixture(fx: ox.Store) -> None:
    [r] = rows("near-duplicates", fx)
    assert (r["a_id"], r["b_id"]) == ("s13", "s14")


def test_actor_subgraph_fixture(fx: ox.Store) -> None:
    triples = set(run(get_query("actor-subgraph"), fx, {"actor": "id:actor/cnil"}).triples)
    cnil, e10 = V.ID["actor/cnil"], V.ID["event/e10"]
    assert ox.Triple(cnil, V.SKOS.altLabel, ox.Literal("CNIL", language="fr")) in triples
    assert ox.Triple(e10, V.VG.amount, ox.Literal("104000", datatype=V.XSD.decimal)) in triples
    assert ox.Triple(V.ID["clipping/c10"], V.DCT.identifier, ox.Literal("s10")) in triples
    assert ox.Triple(V.VGT.sanction, V.SKOS.notation, ox.Literal("sanction")) in triples
    assert not any(t.subject == V.ID["event/e26"] for t in triples)  # not CNIL's


@pytest.mark.parametrize(
    "name",
    ["check-events-complete", "check-evidence-anchored", "check-literals-typed", "check-event-types-known"],
)
def test_checks_pass_on_the_fixture(fx: ox.Store, name: str) -> None:
    assert run(get_query(name), fx).boolean is False


@pytest.mark.parametrize(
    ("name", "defect"),
    [
        ("check-events-complete", "event:bad a vg:Event ; vg:reportedIn clip:c01 ."),
        ("check-evidence-anchored", "<https://w3id.org/veillegraph/id/evidence/a26/position> oa:end 9999 ."),
        ("check-evidence-anchored", "event:e13 vg:evidence <https://w3id.org/veillegraph/id/evidence/a26> ."),
        ("check-literals-typed", 'event:e10 vg:date "2025-01-01" .'),
        ("check-literals-typed", 'event:e10 vg:amount "12"^^xsd:integer .'),
        ("check-event-types-known", "event:e10 vg:eventType vgt:inconnu ."),
    ],
)
def test_checks_catch_their_defect(name: str, defect: str) -> None:
    prefixes = "\n".join(line for line in FIXTURE_TRIG.splitlines() if line.startswith("@prefix"))
    s = ox.Store()
    s.load(
        (FIXTURE_TRIG + "\n" + prefixes + "\ngclip:bad {\n" + defect + "\n}\n").encode(), ox.RdfFormat.TRIG
    )
    assert run(get_query(name), s).boolean is True


def test_sanctions_fixture(fx: ox.Store) -> None:
    table = rows("sanctions", fx)
    assert [r["amount_eur"] for r in table] == ["104000", "50000.5"]  # largest first
    assert table[0]["target"] == "société Exemple" and table[0]["count"] == "10"
    assert [r["amount_eur"] for r in rows("sanctions", fx, min_eur="60000")] == ["104000"]


def test_events_between_fixture(fx: ox.Store) -> None:
    table = rows("events-between", fx, **{"from": "2024-12-01", "to": "2025-01-31"})
    assert [(r["date"], r["type"]) for r in table] == [
        ("2024", "rejet"),
        ("2024-12-30", "rejet"),
        ("2025-01", "sanction"),
    ]


GAPS = Path(__file__).parent / "fixtures" / "queries" / "gaps.trig"
FEBRUARY = {"from": "2025-02-01", "to": "2025-02-28"}
CNIL_FR = "Commission nationale de l'informatique et des libertés"


@pytest.fixture(scope="module")
def gaps() -> ox.Store:
    """Events with gaps: two agents of which one has no French label, an unlabelled agent alone, no modality."""
    s = ox.Store()
    s.load(GAPS.read_bytes(), ox.RdfFormat.TRIG)
    return s


def test_sanctions_with_an_agent_without_french_label(gaps: ox.Store) -> None:
    table = rows("sanctions", gaps)
    # the CNIL acted with an agency that has an English label only: the authority is still the CNIL's
    # French label (the unlabelled co-agent neither blanks the cell nor replaces it)
    assert [(r["event"], r["authority"], r["target"], r["amount_eur"]) for r in table] == [
        (ID + "event/g01", CNIL_FR, "société Zêta", "2000"),
        (ID + "event/g03", CNIL_FR, "un opérateur", ""),  # no modality: kept, as not known to be unrealised
    ]
    assert [r["event"] for r in rows("sanctions", gaps, min_eur="1000")] == [ID + "event/g01"]


def test_events_between_with_gaps(gaps: ox.Store) -> None:
    table = rows("events-between", gaps, **FEBRUARY)
    assert [(r["date"], r["type"], r["agent"], r["object"], r["modality"]) for r in table] == [
        ("2025-02-10", "sanction", CNIL_FR, "société Zêta", "realised"),
        ("2025-02-15", "rejet", "", "un recours", "realised"),  # no French label, no agent text: empty
        ("2025-02-20", "sanction", CNIL_FR, "un opérateur", ""),  # no modality: empty cell, row kept
    ]


def test_min_over_agents_with_gaps(gaps: ox.Store) -> None:
    """The other queries that take MIN over agents' labels: a co-agent without French label leaves the label."""
    story = rows("experiment-story", gaps, instrument="id:instrument/decret-gaps")
    assert [(r["date"], r["type"], r["agent"], r["relation"]) for r in story] == [
        ("2025-03-01", "adoption", "", "the instrument"),  # no agent, no agent text: empty
        ("2025-03-05", "rejet", CNIL_FR, "the instrument"),
        ("", "adoption", "", "the instrument"),  # undated last
    ]
    [timeline] = pick(rows("instrument-timeline", gaps, instrument="id:instrument/decret-gaps"), type="rejet")
    assert (timeline["agent"], timeline["object"]) == (CNIL_FR, "décret sur les caméras")
    reported = {r["event"]: r["agent"] for r in rows("multi-reported-events", gaps, min_reports="1")}
    assert reported[ID + "event/g01"] == reported[ID + "event/g04"] == CNIL_FR
    assert reported[ID + "event/g02"] == ""  # its only agent has no French label
    # "since" is the earliest date known for the status: an undated adoption beside a dated one leaves the date
    [adopted] = pick(rows("instruments-by-status", gaps), instrument=ID + "instrument/decret-gaps")
    assert (adopted["status"], adopted["since"], adopted["events"]) == ("adopted", "2025-03-01", "2")


def test_entity_by_label_fixture(fx: ox.Store) -> None:
    assert [r["entity"] for r in rows("entity-by-label", fx, label="cnil")] == [ID + "actor/cnil"]
    assert rows("entity-by-label", fx, label="ai act@en")[0]["entity"] == ID + "instrument/ai-act"
    assert rows("entity-by-label", fx, label="AI Act@fr") == []  # the label is English


def test_search_evidence_fixture(fx: ox.Store) -> None:
    [r] = rows("search-evidence", fx, text="DRONES")
    assert (r["event"], r["type"], r["clipping_id"]) == (ID + "event/e26", "rejet", "s26")
    assert rows("search-evidence", fx, text="reconnaissance faciale") == []


def test_events_by_type_year_fixture(fx: ox.Store) -> None:
    table = rows("events-by-type-year", fx)
    assert pick(table, type="rejet", year="2024", modality="realised")[0]["events"] == "2"
    assert pick(table, type="proposition")[0]["modality"] == "expected"


def test_every_query_has_a_fixture_test() -> None:
    tested = {
        name.removeprefix("test_").removesuffix("_fixture").replace("_", "-")
        for name in globals()
        if name.endswith("_fixture")
    }
    checks = {q.name for q in load_library() if q.form == "ASK"}
    missing = {q.name for q in load_library()} - tested - checks
    assert not missing, f"queries without a row test: {sorted(missing)}"


# --- on the example build (lead's conftest builds examples/fondapol-ia-securite.txt once per sessio


def _event_of(store: ox.Store, clipping_id: str, type_code: str) -> str:
    return pick(rows("events", store), clipping_id=clipping_id, type=type_code)[0]["event"]


def test_example_events(example_store: ox.Store) -> None:
    table = rows("events", example_store)
    [ce] = pick(table, clipping_id="s26", type="rejet")
    assert ce["date"] == "2024-12-30" and "Conseil d'État" in ce["agent"].split("|")
    [cc] = pick(table, clipping_id="s23", type="publication")
    assert cc["date"] == "2025-01-13" and "Cour des comptes" in cc["agent"].split("|")
    assert pick(table, clipping_id="s05", type="entree_en_vigueur")[0]["date"] == "2025-09-12"
    assert not pick(table, clipping_id="s01") and not pick(table, clipping_id="s02")


def test_example_drones_decree_timeline(example_store: ox.Store) -> None:
    table = rows("instrument-timeline", example_store, instrument="id:instrument/decret-2023-283")
    assert pick(table, date="2024-12-30", type="rejet", agent="Conseil d'État")


def test_example_court_decisions(example_store: ox.Store) -> None:
    table = rows("court-decisions", example_store, court="id:actor/conseil-etat")
    assert pick(table, date="2024-12-30", type="rejet", clippings="s26")
    assert pick(
        rows("court-decisions", example_store, court="id:actor/conseil-constitutionnel"), type="censure"
    )


def test_example_experiment_story(example_store: ox.Store) -> None:
    table = rows("experiment-story", example_store, instrument="id:instrument/loi-2023-380")
    assert pick(
        table,
        type="censure",
        agent="Conseil constitutionnel",
        related=ID + "instrument/loi-2025-379-art-15",
        relation="extends or amends a part of it",
    )


def test_example_sanctions(example_store: ox.Store) -> None:
    [cnil] = pick(rows("sanctions-by-authority-year", example_store), authority=ID + "actor/cnil")
    assert cnil["decisions"] == "10"  # "dix sanctions"
    assert pick(rows("sanctions", example_store), clippings="s10", count="10")


def test_example_instruments_by_status(example_store: ox.Store) -> None:
    table = rows("instruments-by-status", example_store)
    assert pick(table, instrument=ID + "instrument/ai-act", status="in force", since="2024-08-01")
    assert pick(table, instrument=ID + "instrument/loi-2025-379", status="censured in part")


def test_example_actors_and_pairs(example_store: ox.Store) -> None:
    assert pick(rows("actors-by-month", example_store), month="2024-12", actor=ID + "actor/conseil-etat")
    partners = rows("co-actors", example_store, actor="id:actor/conseil-constitutionnel")
    assert all(r["actor"] != r["other"] for r in partners)


def test_example_evidence_of_the_drones_rejection(example_store: ox.Store) -> None:
    event = _event_of(example_store, "s26", "rejet")
    [r] = rows("event-evidence", example_store, event=event)
    assert "rejeté par le Conseil d'État" in r["quote"] and int(r["start"]) < int(r["end"])
    assert r["file"] == "fondapol-ia-securite.txt" and r["position"]
    assert pick(rows("search-evidence", example_store, text="drones"), event=event)
    assert pick(rows("multi-reported-events", example_store, min_reports="1"), event=event, clippings="s26")


def test_example_entities_and_clippings(example_store: ox.Store) -> None:
    assert all(r["entity"] != ID + "actor/conseil-etat" for r in rows("unlinked-entities", example_store))
    assert rows("entity-by-label", example_store, label="les Sages")[0]["entity"] == (
        ID + "actor/conseil-constitutionnel"
    )
    ids = {r["clipping_id"] for r in rows("clippings-without-events", example_store)}
    assert {"s01", "s02"} <= ids and "s26" not in ids
    assert all(r["a_id"] < r["b_id"] for r in rows("near-duplicates", example_store))
    between = rows("events-between", example_store, **{"from": "2024-12-01", "to": "2025-01-31"})
    assert {("2024-12-30", "rejet"), ("2025-01-13", "publication")} <= {
        (r["date"], r["type"]) for r in between
    }
    assert pick(rows("events-by-type-year", example_store), type="rejet", year="2024", modality="realised")


def test_example_actor_subgraph(example_store: ox.Store) -> None:
    triples = set(run(get_query("actor-subgraph"), example_store, {"actor": "id:actor/conseil-etat"}).triples)
    event = ox.NamedNode(_event_of(example_store, "s26", "rejet"))
    assert ox.Triple(event, V.VG.agent, V.ID["actor/conseil-etat"]) in triples
    assert (
        ox.Triple(V.ID["actor/conseil-etat"], V.SKOS.prefLabel, ox.Literal("Conseil d'État", language="fr"))
        in triples
    )


@pytest.mark.parametrize(
    "name",
    ["check-events-complete", "check-evidence-anchored", "check-literals-typed", "check-event-types-known"],
)
def test_example_checks_pass(example_store: ox.Store, name: str) -> None:
    assert run(get_query(name), example_store).boolean is False
