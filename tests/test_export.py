"""Exports: each format read back has the nodes, edges and attributes of its projection."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from _export_util import DRONES_EVENT, N_CLIPPINGS, N_EVENTS, XSS_SCRIPT, fixture_trig, write_fixture
from veillegraph.cli import main
from veillegraph.export import EXPORTERS, PROJECTIONS, ExportJob, Selection, export, load_graph_data, project
from veillegraph.export._data import Entity, Event, EventType, GraphData
from veillegraph.export.graph_formats import write_gexf, write_graphml

ID = "https://w3id.org/veillegraph/id/"
GEXF_XSD = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "gexf-1.3" / "gexf.xsd"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(fixture_trig().encode("utf-8"), ox.RdfFormat.TRIG)
    return s


def render(store: ox.Store, fmt: str, projection: str = "events", selection: Selection | None = None) -> bytes:
    out = io.BytesIO()
    export(ExportJob(store, projection, selection or Selection()), fmt, out)
    return out.getvalue()


def edge_list(g: nx.Graph) -> list[tuple[str, str, dict[str, Any]]]:
    if g.is_multigraph():
        return sorted(((u, v, d) for u, v, _k, d in g.edges(keys=True, data=True)), key=lambda e: e[2]["id"])
    return sorted(((u, v, d) for u, v, d in g.edges(data=True)), key=lambda e: e[2]["id"])


def same_edges(expected: nx.Graph, got: nx.Graph, ignore: frozenset[str] = frozenset()) -> None:
    want = edge_list(expected)
    have = edge_list(got)
    assert len(want) == len(have)
    for (u1, v1, d1), (u2, v2, d2) in zip(want, have, strict=True):
        if not expected.is_directed():
            assert {u1, v1} == {u2, v2}
        else:
            assert (u1, v1) == (u2, v2)
        assert {k: v for k, v in d1.items() if k not in ignore} == {k: v for k, v in d2.items() if k not in ignore}


# --- the projections themselves ------------------------------------------------------------------


def test_data_reads_events_types_and_roll_up(store: ox.Store) -> None:
    data = load_graph_data(store)
    assert len(data.events) == N_EVENTS
    assert len(data.clippings) == N_CLIPPINGS
    by_iri = {e.iri: e for e in data.events}
    censure = by_iri[ID + "event/e11"]
    assert (censure.type.code, censure.type.top_code) == ("censure_partielle", "censure")
    drones = by_iri[DRONES_EVENT]
    assert drones.agents == (ID + "actor/conseil-etat",) and drones.date == "2024-12-30"
    assert drones.evidence[0].exact.startswith("Le recours demandant") and drones.evidence[0].start == 0
    sanction = by_iri[ID + "event/e10"]
    assert (sanction.amount, sanction.currency, sanction.count) == (104000.0, "EUR", 10)
    assert data.entities[ID + "actor/conseil-etat"].label == "Conseil d'État"  # fr label preferred over en
    assert data.entities[ID + "actor/new-company-x55"].linked is False


def test_projection_shapes(store: ox.Store) -> None:
    data = load_graph_data(store)
    ev = project(data, "events")
    cats = nx.get_node_attributes(ev, "category")
    assert sorted(c for c in cats.values() if c == "event") == ["event"] * N_EVENTS
    assert sum(1 for c in cats.values() if c == "clipping") == N_CLIPPINGS
    assert ev.has_edge(ID + "actor/conseil-etat", DRONES_EVENT)
    assert ev.edges[DRONES_EVENT, ID + "matter/new-proceeding-h26"]["relation"] == "object"

    ai = project(data, "actor-instrument")
    edge = ai.edges[ID + "actor/conseil-etat", ID + "instrument/decret-2023-283"]
    assert edge["weight"] == 1 and edge["event_types"] == "validation" and edge["start"] == "2024-12-30"
    assert ID + "instrument/data-act" in ai and ai.degree(ID + "instrument/data-act") == 0  # no agent

    co = project(data, "co-activity")
    assert set(co.nodes) == {ID + "actor/" + a for a in
                             ("cnil", "conseil-constitutionnel", "conseil-etat", "cour-des-comptes")}
    assert list(co.edges(data="weight")) == [(ID + "actor/cnil", ID + "actor/conseil-etat", 1)]

    lin = project(data, "lineage")
    art15 = ID + "instrument/loi-2025-379-art-15"
    assert lin.nodes[art15]["censured_by"] == "Conseil constitutionnel"
    assert lin.nodes[art15]["censure_date"] == "2025-04"
    assert lin.edges[art15, ID + "instrument/loi-2025-379", "part_of"]["censured"] is True
    assert lin.has_edge(art15, ID + "instrument/loi-2023-380-art-10", "extends")


def test_every_value_is_scalar_and_edge_ids_unique(store: ox.Store) -> None:
    data = load_graph_data(store)
    for name in PROJECTIONS:
        g = project(data, name)
        for _n, attrs in g.nodes(data=True):
            assert "label" in attrs
            assert all(isinstance(v, str | int | float | bool) for v in attrs.values()), attrs
        ids = [d["id"] for *_, d in edge_list(g)]
        assert len(ids) == len(set(ids))
        for *_, d in edge_list(g):
            assert all(isinstance(v, str | int | float | bool) for v in d.values()), d


# --- round trips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("projection", list(PROJECTIONS))
def test_graphml_round_trip(store: ox.Store, projection: str, tmp_path: Path) -> None:
    expected = project(load_graph_data(store), projection)
    path = tmp_path / "g.graphml"
    path.write_bytes(render(store, "graphml", projection))
    got = nx.read_graphml(path, force_multigraph=expected.is_multigraph())
    assert dict(got.nodes(data=True)) == dict(expected.nodes(data=True))
    if expected.is_multigraph():  # the GraphML edge id becomes the networkx key
        assert sorted(k for *_, k in got.edges(keys=True)) == sorted(d["id"] for *_, d in edge_list(expected))
    same_edges(expected, got)
    text = path.read_text("utf-8")
    assert "None" not in text and "attr.type=\"boolean\"" in text
    assert not re.search(r">\s*True\s*<", text)  # xs:boolean spelling


@pytest.mark.parametrize("projection", list(PROJECTIONS))
def test_gexf_is_valid_1_3_and_round_trips(store: ox.Store, projection: str, tmp_path: Path) -> None:
    expected = project(load_graph_data(store), projection)
    path = tmp_path / "g.gexf"
    path.write_bytes(render(store, "gexf", projection))
    doc = etree.parse(str(path))
    assert doc.getroot().get("version") == "1.3"
    graph = doc.getroot()[1]
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    if GEXF_XSD.is_file():
        schema = etree.XMLSchema(etree.parse(str(GEXF_XSD)))
        assert schema.validate(doc), schema.error_log
    got = nx.read_gexf(path, version="1.3")
    assert got.number_of_nodes() == expected.number_of_nodes()
    assert got.number_of_edges() == expected.number_of_edges()
    for node, attrs in expected.nodes(data=True):
        back = got.nodes[node]
        for key, value in attrs.items():
            assert back[key] == value, (node, key)
    for u, v, attrs in edge_list(expected):
        back = got.edges[u, v]
        assert back["id"] == attrs["id"] and back["label"] == attrs["label"]
        if "start" in attrs:
            assert back["start"] == attrs["start"]


@pytest.mark.skipif(not GEXF_XSD.is_file(), reason="../shared/schemas (GEXF 1.3 XSD) is not next to the repo")
def test_gexf_dynamic_dates_on_nodes_and_edges(store: ox.Store) -> None:
    root = etree.fromstring(render(store, "gexf", "events"))
    ns = {"g": "http://gexf.net/1.3"}
    node = root.find(f".//g:node[@id='{DRONES_EVENT}']", ns)
    assert node is not None and node.get("start") == "2024-12-30"
    starts = [n.get("start") for n in root.iterfind(".//g:edge", ns) if n.get("target") == DRONES_EVENT]
    assert starts == ["2024-12-30"]


@pytest.mark.parametrize("projection", list(PROJECTIONS))
def test_node_link_and_cytoscape_round_trip(store: ox.Store, projection: str) -> None:
    expected = project(load_graph_data(store), projection)
    d3 = json.loads(render(store, "node-link", projection))
    assert "links" in d3 and "edges" not in d3
    got = nx.node_link_graph(d3, edges="links")
    assert dict(got.nodes(data=True)) == dict(expected.nodes(data=True))
    same_edges(expected, got, ignore=frozenset({"key"}))

    cy = json.loads(render(store, "cytoscape", projection))
    assert {"nodes", "edges"} <= set(cy["elements"])
    assert all("source" in e["data"] and "target" in e["data"] for e in cy["elements"]["edges"])
    got = nx.cytoscape_graph(cy)
    assert got.number_of_nodes() == expected.number_of_nodes()
    for node, attrs in expected.nodes(data=True):
        assert {k: v for k, v in got.nodes[node].items() if k in attrs} == attrs
    same_edges(expected, got, ignore=frozenset({"key", "source", "target"}))


def test_csv_nodes_and_edges(store: ox.Store) -> None:
    expected = project(load_graph_data(store), "actor-instrument")
    nodes = list(csv.DictReader(io.StringIO(render(store, "csv-nodes", "actor-instrument").decode())))
    edges = list(csv.DictReader(io.StringIO(render(store, "csv-edges", "actor-instrument").decode())))
    assert [r["id"] for r in nodes] == list(expected.nodes)
    assert len(edges) == expected.number_of_edges()
    row = next(r for r in edges if r["target"].endswith("decret-2023-283") and r["source"].endswith("cnil"))
    assert (row["weight"], row["event_types"], row["dates"]) == ("1", "avis", "2023-03")
    assert {r["linked"] for r in nodes} == {"true", "false"}


def test_dot_names_every_node_and_edge(store: ox.Store) -> None:
    expected = project(load_graph_data(store), "events")
    text = render(store, "dot", "events").decode()
    assert text.startswith('strict digraph "events" {')
    node_lines = re.findall(r'^  "([^"]+)" \[', text, re.M)
    edge_lines = re.findall(r'^  "([^"]+)" -> "([^"]+)" \[', text, re.M)
    assert node_lines == list(expected.nodes)
    assert sorted(edge_lines) == sorted(expected.edges)
    assert '\\"><img' in text  # quotes in labels are escaped


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("turtle", "turtle"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_rdf_subgraph_by_actor(store: ox.Store, fmt: str, rdflib_format: str) -> None:
    data = render(store, fmt, selection=Selection(actor=ID + "actor/conseil-etat"))
    ds = rdflib.Dataset()
    ds.parse(data=data, format=rdflib_format)
    vg = rdflib.Namespace("https://w3id.org/veillegraph/ontology#")
    events = {str(s) for s, _p, _o, _g in ds.quads((None, rdflib.RDF.type, vg.Event, None))}
    assert events == {DRONES_EVENT, ID + "event/e09a"}
    quotes = {str(o) for *_x, o, _g in ds.quads((None, rdflib.URIRef("http://www.w3.org/ns/oa#exact"), None, None))}
    assert any("rejeté par le Conseil d'État" in q for q in quotes)
    labels = {str(o) for _s, _p, o, _g in ds.quads((rdflib.URIRef(ID + "actor/conseil-etat"),
                                                     rdflib.SKOS.prefLabel, None, None))}
    assert "Conseil d'État" in labels
    assert XSS_SCRIPT not in data.decode()  # the other clippings stay out
    if fmt == "trig":
        graphs = {str(g.identifier) for g in ds.graphs()}
        assert "https://w3id.org/veillegraph/graph/clipping/k26" in graphs


def test_rdf_subgraph_by_instrument_includes_parts_and_by_period(store: ox.Store) -> None:
    vg_event = rdflib.URIRef("https://w3id.org/veillegraph/ontology#Event")

    def events(sel: Selection) -> set[str]:
        g = rdflib.Graph()
        g.parse(data=render(store, "turtle", selection=sel), format="turtle")
        return {str(s).rsplit("/", 1)[1] for s in g.subjects(rdflib.RDF.type, vg_event)}

    assert events(Selection(instrument=ID + "instrument/loi-2025-379")) == {"e11"}
    assert events(Selection(since="2025-01", until="2025-03")) == {"e23", "exss"}
    assert events(Selection(since="2025-04-15", until="2025-04-30")) == {"e11"}  # month precision overlaps
    full = rdflib.Dataset()
    full.parse(data=render(store, "trig"), format="trig")
    assert len(full) == len(store)  # no selection: the whole dataset


def test_selection_applies_to_projections(store: ox.Store) -> None:
    g = nx.read_graphml(io.BytesIO(render(store, "graphml", "actor-instrument",
                                          Selection(actor=ID + "actor/cnil"))))
    assert sorted(g.edges) == [(ID + "actor/cnil", ID + "actor/new-company-x55"),
                               (ID + "actor/cnil", ID + "instrument/decret-2023-283")]


@pytest.mark.parametrize("fmt", EXPORTERS.names())
def test_output_is_deterministic(fmt: str) -> None:
    outputs = set()
    for _ in range(2):
        s = ox.Store()
        s.load(fixture_trig().encode("utf-8"), ox.RdfFormat.TRIG)
        outputs.add(render(s, fmt, "actor-instrument"))
    assert len(outputs) == 1


def test_registry_entries_are_complete() -> None:
    names = EXPORTERS.names()
    for wanted in ("graphml", "gexf", "cytoscape", "node-link", "dot", "csv-nodes", "csv-edges",
                   "turtle", "trig", "jsonld"):
        assert wanted in names
    for _name, exporter in EXPORTERS:
        assert exporter.extension and "/" in exporter.media_type and callable(exporter.render)


# --- property test: any text survives GraphML and GEXF --------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(label=_text, quote=_text)
def test_any_label_round_trips_through_xml_formats(label: str, quote: str) -> None:
    etype = EventType("t", "rejet", "rejet", "rejet")
    actor = Entity(ID + "actor/a", label, "actor", "court")
    thing = Entity(ID + "instrument/b", quote, "instrument", "law")
    data = GraphData((Event(ID + "event/e", etype, (actor.iri,), (thing.iri,), date="2025-01"),),
                     {actor.iri: actor, thing.iri: thing}, {}, {"t": etype})
    g = project(data, "actor-instrument")
    buf = io.BytesIO()
    write_graphml(g, buf)
    back = nx.read_graphml(io.BytesIO(buf.getvalue()))
    assert back.nodes[actor.iri].get("label") == g.nodes[actor.iri].get("label")
    buf = io.BytesIO()
    write_gexf(g, buf)
    back = nx.read_gexf(io.BytesIO(buf.getvalue()), version="1.3")
    assert back.nodes[thing.iri]["label"] == g.nodes[thing.iri]["label"]


# --- CLI -------------------------------------------------------------------------------------------


def test_cli_export_graphml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = write_fixture(tmp_path)
    out = tmp_path / "g.graphml"
    assert main(["export", str(graph), "--format", "graphml", "--output", str(out)]) == 0
    g = nx.read_graphml(out)
    assert g.number_of_nodes() > 0 and g.graph["projection"] == "events"
    assert main(["export", str(graph), "-p", "lineage", "-o", str(tmp_path / "l.gexf")]) == 0
    assert (tmp_path / "l.gexf").read_bytes().startswith(b"<?xml")  # format from the extension
    assert main(["export", str(graph), "-f", "csv-edges", "-p", "co-activity"]) == 0
    assert capsys.readouterr().out.startswith("id,source,target,label")


def test_cli_export_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path / "missing.trig"), "-o", str(tmp_path / "x.graphml")]) == 2
    err = capsys.readouterr().err
    assert "missing.trig" in err and "VG" in err
    assert not (tmp_path / "x.graphml").exists() and not (tmp_path / "x.graphml.part").exists()
    assert main(["export", str(write_fixture(tmp_path)), "--format", "pdf"]) == 2
    assert "graphml" in capsys.readouterr().err  # the choices come from the registry


def test_selection_by_short_name_or_label_and_bad_values(store: ox.Store, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    by_slug = render(store, "csv-edges", "actor-instrument", Selection(actor="CNIL"))
    by_label = render(store, "csv-edges", "actor-instrument", Selection(actor="conseil d'état"))
    assert by_slug.count(b"\n") == 3 and by_label.count(b"\n") == 3
    graph = write_fixture(tmp_path)
    assert main(["export", str(graph), "--actor", "nobody", "-f", "dot"]) == 2
    assert "VG815" in capsys.readouterr().err
    assert main(["export", str(graph), "--since", "March 2025", "-f", "dot"]) == 2
    assert "VG816" in capsys.readouterr().err


def test_malformed_dates_keep_exports_valid(tmp_path: Path) -> None:
    s = ox.Store()
    s.load(fixture_trig().encode("utf-8"), ox.RdfFormat.TRIG)
    vg = "https://w3id.org/veillegraph/ontology#"
    g = ox.NamedNode("https://w3id.org/veillegraph/graph/clipping/k10")
    s.add(ox.Quad(ox.NamedNode(ID + "event/e10"), ox.NamedNode(vg + "date"), ox.Literal("le mois dernier"), g))
    s.add(ox.Quad(ox.NamedNode(ID + "event/e23"), ox.NamedNode(vg + "date"),
                  ox.Literal("2025-01-13T10:00:00", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")),
                  g))
    data = load_graph_data(s)
    by_iri = {e.iri: e for e in data.events}
    assert by_iri[ID + "event/e10"].start == "" and by_iri[ID + "event/e10"].date == "le mois dernier"
    assert by_iri[ID + "event/e23"].start == "2025-01-13"
    doc = etree.fromstring(render(s, "gexf", "events"))
    if GEXF_XSD.is_file():
        schema = etree.XMLSchema(etree.parse(str(GEXF_XSD)))
        assert schema.validate(doc), schema.error_log
