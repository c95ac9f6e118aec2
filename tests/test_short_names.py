"""A foreign body's short name ("APD", "CNPD"): how clippings first name it, and how the events table shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from veillegraph.knowledge import default_knowledge
from veillegraph.pipeline import build_to_file
from veillegraph.query.execute import run
from veillegraph.query.library import get_query

ID = "https://w3id.org/veillegraph/id/actor/"


def test_a_name_with_its_acronym_in_brackets_is_a_label_of_that_body_only() -> None:
    k = default_knowledge()
    assert "Autorité de protection des données (APD)" in {lb.text for lb in k.entities[ID + "apd-belgique"].labels}
    lux = {lb.text for lb in k.entities[ID + "cnpd-luxembourg"].labels}
    por = {lb.text for lb in k.entities[ID + "cnpd-portugal"].labels}
    # Luxembourg and Portugal share the acronym "CNPD": each gets it after its own name, neither gets it bare
    assert "Commission nationale pour la protection des données (CNPD)" in lux
    assert "Commission nationale pour la protection des données (CNPD)" not in por
    assert "CNPD" not in lux | por


def test_the_events_table_shows_the_agent_short_name(tmp_path: Path) -> None:
    clip = {"id": "apd-1", "lang": "fr", "published": "2026-03-20",
            "text": "La chambre contentieuse de l'Autorité de protection des données (APD) a infligé une amende de "
                    "40 000 euros à la société Brixa."}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(clip, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "g.trig"
    build_to_file([str(src)], str(out))
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.TRIG)
    result = run(get_query("events"), store)
    cols = list(result.variables) if hasattr(result, "variables") else []
    rows = [dict(zip(cols, r, strict=True)) for r in result.rows] if cols else []
    assert rows, result
    cell = rows[0]["agent"]
    agent = cell.value if isinstance(cell, ox.Literal) else str(cell)
    assert "APD" in agent.split("|"), agent
