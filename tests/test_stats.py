"""``veillegraph stats``: counts, central actors, co-activity communities, unlinked entities."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from _export_util import N_CLIPPINGS, N_EVENTS, XSS_SCRIPT, fixture_trig, write_fixture
from veillegraph.cli import main
from veillegraph.export import load_graph_data
from veillegraph.export._data import Entity, Event, EventType, GraphData
from veillegraph.report.stats import compute_stats, format_stats

CNIL = "Commission nationale de l'informatique et des libertés"


@pytest.fixture(scope="module")
def stats() -> dict[str, Any]:
    store = ox.Store()
    store.load(fixture_trig().encode("utf-8"), ox.RdfFormat.TRIG)
    return compute_stats(load_graph_data(store))


def test_counts(stats: dict[str, Any]) -> None:
    assert stats["totals"] == {"events": N_EVENTS, "clippings": N_CLIPPINGS, "actors": 5,
                               "instruments_and_matters": 5, "dated_events": N_EVENTS - 1}
    assert {r["type"]: r["events"] for r in stats["by_type"]}["censure"] == 1  # censure_partielle rolls up
    assert {r["type"] for r in stats["by_fine_type"]} >= {"censure_partielle"}
    assert stats["by_actor"][0] == {"actor": CNIL, "events": 3}
    assert stats["by_instrument"][0]["instrument"].startswith("décret n° 2023-283")
    assert stats["by_instrument"][0]["events"] == 2
    assert stats["by_month"] == [{"month": m, "events": n} for m, n in
                                 [("2023-03", 1), ("2024-12", 2), ("2025-01", 1), ("2025-03", 1),
                                  ("2025-04", 1), ("2025-09", 1)]]


def test_top_actors_and_communities(stats: dict[str, Any]) -> None:
    top = stats["top_actors"]
    assert [t["actor"] for t in top[:2]] == [CNIL, "Conseil d'État"]
    assert top[0]["degree"] == 2
    # CNIL and the Conseil d'État both sit on the path company – CNIL – decree – CE – proceeding
    assert top[0]["betweenness"] > 0 and top[0]["betweenness"] == top[1]["betweenness"]
    assert all(t["betweenness"] == 0 for t in top[2:])
    assert stats["communities"] == [{"size": 2, "actors": [CNIL, "Conseil d'État"]}]


def test_unlinked(stats: dict[str, Any]) -> None:
    labels = [u["label"] for u in stats["unlinked"]]
    assert len(labels) == 3 and any(XSS_SCRIPT in x for x in labels)
    assert {u["category"] for u in stats["unlinked"]} == {"actor", "instrument", "matter"}


def test_table_output_lists_every_section(stats: dict[str, Any]) -> None:
    text = format_stats(stats)
    for heading in ("Events by type", "Events by actor", "Events by instrument", "Events by month",
                    "Top actors", "Communities of co-activity", "Unlinked entities"):
        assert heading in text
    line = next(x for x in text.splitlines() if x.startswith(CNIL))
    assert line.split()[-1] == "3"


def test_communities_split_two_groups() -> None:
    t = EventType("t", "avis", "avis", "avis")
    ents = {f"a{i}": Entity(f"a{i}", f"A{i}", "actor", "court") for i in range(4)}
    ents |= {f"i{i}": Entity(f"i{i}", f"I{i}", "instrument", "law") for i in range(2)}
    events = tuple(Event(f"e{n}", t, (a,), (o,)) for n, (a, o) in
                   enumerate([("a0", "i0"), ("a1", "i0"), ("a2", "i1"), ("a3", "i1")]))
    result = compute_stats(GraphData(events, ents, {}, {"t": t}))
    assert result["communities"] == [{"size": 2, "actors": ["A0", "A1"]}, {"size": 2, "actors": ["A2", "A3"]}]
    assert result["totals"]["dated_events"] == 0 and result["by_month"] == []


def test_cli_stats_json_and_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = write_fixture(tmp_path)
    assert main(["stats", str(graph), "--format", "json"]) == 0
    first = capsys.readouterr().out
    assert json.loads(first)["totals"]["events"] == N_EVENTS
    assert main(["stats", str(graph), "--format", "json"]) == 0
    assert capsys.readouterr().out == first  # deterministic
    assert main(["stats", str(graph), "--since", "2025"]) == 0
    assert capsys.readouterr().out.startswith("4 events (4 dated)")
    assert main(["stats", str(tmp_path / "nope.trig")]) == 2
    assert "nope.trig" in capsys.readouterr().err
