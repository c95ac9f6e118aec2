"""docs/ontology.md is generated from ontology/ and shapes/; this test fails when it is out of date."""

from __future__ import annotations

from pathlib import Path

from veillegraph.validate import default_shapes
from veillegraph.validate.docs import render

DOC = Path(__file__).resolve().parents[1] / "docs" / "ontology.md"


def test_ontology_doc_is_up_to_date() -> None:
    expected = render()
    assert DOC.is_file(), "docs/ontology.md is missing: run python3 -m veillegraph.validate.docs --write"
    assert DOC.read_text(encoding="utf-8") == expected, (
        "docs/ontology.md is out of date: run python3 -m veillegraph.validate.docs --write")


def test_ontology_doc_lists_every_rule_and_event_type(knowledge) -> None:  # type: ignore[no-untyped-def]
    text = render()
    for c in default_shapes().constraints:
        assert f"| `{c.rule}` |" in text
    for code in knowledge.event_types:
        assert f"| `{code}` |" in text
    assert "| `vg:Event` |" in text and "| `vg:date` | datatype |" in text


def test_ontology_doc_is_deterministic() -> None:
    assert render() == render()
