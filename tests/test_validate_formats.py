"""The report formats: JSON, JUnit XML, SARIF 2.1.0 (checked against the official schema), Markdown, Turtle."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pyoxigraph as ox
import pytest

from _validate_util import HEADER, VALID, cases
from veillegraph import _vocab as V
from veillegraph.cli import main
from veillegraph.store import read_dataset
from veillegraph.validate import Report, validate
from veillegraph.validate.render import REPORT_FORMATS, Options, render

SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-2.1.0" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def broken() -> Report:
    """A report with violations of three rules and one warning, from several fixtures at once."""
    store = read_dataset(VALID)
    by_name = {c.name: c for c in cases()}
    for name in ("CourtDecides", "Event-amount__MinInclusive", "QuoteMatchesText", "LinkedActor-linked__In"):
        store.update(HEADER + by_name[name].update)
    report = validate(store)
    assert {r.rule for r in report.results} == {
        "CourtDecides", "Event-amount/MinInclusive", "QuoteMatchesText", "LinkedActor-linked/In"}
    return report


def test_all_formats_registered() -> None:
    assert REPORT_FORMATS.names() == ["json", "junit", "markdown", "sarif", "text", "turtle"]


def test_json(broken: Report) -> None:
    data = json.loads(render(broken, "json", Options(source="g.trig")))
    assert data["conforms"] is False
    assert (data["violations"], data["warnings"]) == (3, 1)
    assert len(data["results"]) == len(broken.results)
    court = next(r for r in data["results"] if r["rule"] == "CourtDecides")
    assert court["focus"] == f"{V.ID}event/e1"
    assert court["clipping_id"] == "t01" and court["title"] == "Drones et amende"
    assert court["quote"].startswith("Le Conseil d'Etat a rejeté")  # the broken quote of QuoteMatchesText
    assert court["message"]["fr"].startswith("Une censure")


def test_junit_parses_as_junit_xml(broken: Report) -> None:
    text = render(broken, "junit", Options(source="g.trig"))
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    testcases = suite.findall("testcase")
    assert int(suite.get("tests", "-1")) == len(testcases) == len(broken.rules)
    failed = {tc.get("name") for tc in testcases if tc.find("failure") is not None}
    assert failed == {"CourtDecides", "Event-amount/MinInclusive", "QuoteMatchesText"}
    assert int(suite.get("failures", "-1")) == 3
    warned = next(tc for tc in testcases if tc.get("name") == "LinkedActor-linked/In")
    assert warned.find("system-out") is not None
    strict = render(broken, "junit", Options(fail_on="warning"))
    assert 'failures="4"' in strict


def test_junit_with_lxml_and_a_clean_report() -> None:
    from lxml import etree

    text = render(validate(read_dataset(VALID)), "junit", Options())
    root = etree.fromstring(text.encode("utf-8"))
    assert root.find("testsuite").get("failures") == "0"
    assert len(root.findall(".//testcase")) > 100


def test_sarif_validates_against_the_official_schema(broken: Report) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-2.1.0 is not here")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    for report in (broken, validate(read_dataset(VALID))):
        doc = json.loads(render(report, "sarif", Options(source="g.trig")))
        jsonschema.validate(doc, schema)
        (run,) = doc["runs"]
        assert len(run["results"]) == len(report.results)
        rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
        for res in run["results"]:
            assert rule_ids[res["ruleIndex"]] == res["ruleId"]
    doc = json.loads(render(broken, "sarif", Options(source="g.trig")))
    levels = sorted(r["level"] for r in doc["runs"][0]["results"])
    assert levels == ["error", "error", "error", "warning"]


def test_markdown_summary(broken: Report) -> None:
    md = render(broken, "markdown", Options(source="g.trig"))
    assert md.startswith("## ❌ veillegraph validate `g.trig`")
    assert "| violation | `CourtDecides` | 1 |" in md
    assert "<details><summary><code>QuoteMatchesText</code> (1)</summary>" in md
    ok = render(validate(read_dataset(VALID)), "markdown", Options())
    assert ok.startswith("## ✅") and "conforms" in ok


def test_turtle_is_the_shacl_report(broken: Report) -> None:
    ttl = render(broken, "turtle", Options())
    g = ox.Store()
    g.load(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    sh = str(V.SH)
    rows = list(g.query(f"SELECT ?c (COUNT(?r) AS ?n) WHERE {{ ?rep a <{sh}ValidationReport> ; <{sh}conforms> ?c ; "
                        f"<{sh}result> ?r }} GROUP BY ?c"))
    assert len(rows) == 1
    assert rows[0]["c"] == ox.Literal(False) and int(rows[0]["n"].value) == len(broken.results)
    sources = {s["s"].value for s in g.query(f"SELECT ?s WHERE {{ ?r <{sh}sourceConstraint> ?s }}")}
    assert sources == {f"{V.BASE}shapes#CourtDecides", f"{V.BASE}shapes#QuoteMatchesText"}


def test_cli_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("json", "junit", "sarif", "markdown", "turtle", "text"):
        assert main(["validate", str(VALID), "--format", fmt]) == 0
        assert capsys.readouterr().out.strip()
