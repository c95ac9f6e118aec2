"""The validate stage: every rule of shapes/ caught on a minimal broken graph, the example conforming, the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from _validate_util import BROKEN, VALID, Case, cases
from veillegraph import _vocab as V
from veillegraph.cli import main
from veillegraph.store import read_dataset
from veillegraph.validate import default_shapes, validate
from veillegraph.validate.render import Options, _clipping_line, compact, render

REPO = Path(__file__).resolve().parents[1]
CASES = cases()
#: Rules that only ask for a look.
WARNINGS = {"EventDated-date/MinCount", "LinkedActor-linked/In"}
CLIPPING_GRAPH = ox.NamedNode(f"{V.GRAPH}clipping/c0ffee0000000000a001")


def test_valid_fixture_conforms_without_any_result() -> None:
    report = validate(read_dataset(VALID))
    assert report.conforms
    assert report.results == ()
    assert len(report.rules) == len(default_shapes().constraints)


def test_every_rule_has_its_broken_fixture() -> None:
    rules = {c.rule for c in default_shapes().constraints}
    assert len(rules) == len(default_shapes().constraints), "rule names must be unique"
    fixtures = {c.rule for c in CASES}
    assert rules - fixtures == set(), "rules without a fixture in tests/fixtures/shapes/broken/"
    assert fixtures - rules == set(), "fixtures for rules that do not exist"
    for case in CASES:
        assert case.path.stem.split("--")[0] == case.rule.replace("/", "__")


def test_guarded_rules_exist_and_are_not_reported() -> None:
    rules = default_shapes().by_rule()
    guarded = [c for c in CASES if c.guards]
    assert guarded
    for case in guarded:
        assert set(case.guards) <= set(rules), case.name
        assert not {r.rule for r in validate(case.prepared()).results} & set(case.guards), case.name


def test_minted_actor_with_an_english_label_only_is_a_warning_not_a_violation() -> None:
    """An actor minted from an English clipping keeps its English mention as label: the French label rule
    is for the reference data; the unlinked actor only gets the warning asking to add it there."""
    case = next(c for c in CASES if c.name == "LinkedActor-linked__In--minted-english-label")
    report = validate(case.prepared())
    assert report.conforms
    assert {(r.rule, r.severity, r.focus_iri) for r in report.results} == {
        ("LinkedActor-linked/In", "warning", case.focus)}
    # the same actor without the vg:linked false flag is a reference actor: the French label rule applies
    store = case.store()
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ <{case.focus}> <{V.LINKED.value}> ?flag }} }}")
    assert {(r.rule, r.focus_iri) for r in validate(store).results} == {("Actor-frenchLabel/Or", case.focus)}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_fixture_reports_exactly_its_rule(case: Case) -> None:
    report = validate(case.prepared())
    constraint = default_shapes().by_rule()[case.rule]
    assert {r.rule for r in report.results} == {case.rule, *case.also}
    hits = [r for r in report.results if r.rule == case.rule]
    assert case.focus in {r.focus_iri for r in hits}
    for r in hits:
        assert r.shape == constraint.shape.value  # type: ignore[union-attr]
        assert r.component == constraint.component.value
        assert r.severity == ("warning" if case.rule in WARNINGS else "violation")
        assert r.message_fr and r.message_en and r.message_fr != r.message_en
    assert report.conforms == (case.rule in WARNINGS and not case.also)
    text = render(report, "text", Options())
    assert f"{hits[0].severity.upper()}  {case.rule}  (" in text
    assert f"focus: {compact(case.focus)}" in text
    focus_hit = next(r for r in hits if r.focus_iri == case.focus)
    if focus_hit.context.graph != f"{V.GRAPH}extra":  # everything but the hand-made reference entities
        assert focus_hit.context.clipping == f"{V.ID}clipping/c0ffee0000000000a001"
        assert f"clipping: {_clipping_line(focus_hit)}" in text


def test_results_carry_the_clipping_and_the_evidence_quote() -> None:
    case = next(c for c in CASES if c.rule == "CourtDecides")
    (result,) = validate(case.store()).results
    assert result.focus_iri == f"{V.ID}event/e1"
    assert result.value == f"<{V.ID}actor/cnil>"
    assert result.path == V.AGENT.value
    assert result.source_constraint == f"{V.BASE}shapes#CourtDecides"
    assert result.context.clipping == f"{V.ID}clipping/c0ffee0000000000a001"
    assert result.context.clipping_id == "t01"
    assert result.context.title == "Drones et amende"
    assert result.context.quote is not None and result.context.quote.startswith("Le Conseil d'État a rejeté")
    assert result.context.graph == CLIPPING_GRAPH.value


def test_sparql_rules_run_set_based_not_per_focus() -> None:
    for c in default_shapes().constraints:
        assert "$this" not in c.query.split("{", 1)[0], c.rule  # ?this is projected, never pre-bound
        assert c.query.lstrip().upper().startswith(("PREFIX", "SELECT")), c.rule


def test_incremental_validation_of_one_clipping_graph_matches_the_full_run() -> None:
    for name in ("EventDateNotAfterPublication", "QuoteMatchesText", "Event-date__MaxCount", "AuthoritySanctions"):
        case = next(c for c in CASES if c.name == name)
        store = case.store()
        full = {(r.rule, r.focus) for r in validate(store).results}
        one = {(r.rule, r.focus) for r in validate(store, graphs=[CLIPPING_GRAPH]).results}
        assert one == full, name


def test_incremental_validation_skips_global_rules_and_other_graphs() -> None:
    case = next(c for c in CASES if c.rule == "UniquePrefLabel")
    store = case.store()
    assert {r.rule for r in validate(store).results} == {"UniquePrefLabel"}
    assert validate(store, graphs=[CLIPPING_GRAPH]).results == ()
    assert {r.rule for r in validate(store, graphs=[CLIPPING_GRAPH], include_global=True).results} == {
        "UniquePrefLabel"}


def test_threads_give_the_same_report() -> None:
    case = next(c for c in CASES if c.rule == "Target-quoteSelector/QualifiedMaxCount")
    store = case.store()
    assert validate(store, jobs=2).results == validate(store, jobs=1).results


def test_the_callers_store_is_not_modified() -> None:
    store = read_dataset(VALID)
    before = len(store)
    validate(store)
    assert len(store) == before


def test_report_is_deterministic() -> None:
    case = next(c for c in CASES if c.rule == "Target-hasSource/MaxCount")
    outs = {fmt: render(validate(case.store()), fmt, Options(source="g.trig")) for fmt in
            ("text", "json", "junit", "sarif", "markdown", "turtle")}
    again = {fmt: render(validate(case.store()), fmt, Options(source="g.trig")) for fmt in outs}
    assert outs == again


# --- the example page ----------------------------------------------------------------------------

def test_example_build_conforms(example_store: ox.Store) -> None:
    report = validate(example_store)
    violations = [r for r in report.results if r.severity == "violation"]
    assert violations == [], render(report, "text", Options())
    assert report.conforms


def test_example_build_cli_exit_0(example_trig: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(example_trig)]) == 0
    assert "conforms" in capsys.readouterr().out


# --- the command line ------------------------------------------------------------------------------

def _write_case(case: Case, tmp_path: Path) -> Path:
    from veillegraph.store import write_dataset

    out = tmp_path / f"{case.name}.trig"
    write_dataset(list(case.store()), out)
    return out


@pytest.mark.parametrize("name", ["CourtDecides", "QuoteMatchesText", "Event-modality__In",
                                  "Occurrence-position__MinInclusive"])
def test_cli_text_names_focus_clipping_and_rule(name: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c.name == name)
    path = _write_case(case, tmp_path)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "does not conform" in out
    assert f"VIOLATION  {case.rule}" in out
    assert f"focus: {compact(case.focus)}" in out
    assert "clipping: [t01] \u201cDrones et amende\u201d" in out


def test_cli_text_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c.rule == "QuoteMatchesText")
    assert main(["validate", str(_write_case(case, tmp_path)), "--lang", "fr"]) == 1
    out = capsys.readouterr().out
    assert "non conforme" in out and "coupure: [t01]" in out and "citation: «" in out
    assert "n'est pas le texte de la coupure" in out


def test_cli_fail_on_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c.rule == "EventDated-date/MinCount")
    path = _write_case(case, tmp_path)
    assert main(["validate", str(path)]) == 0
    assert "WARNING  EventDated-date/MinCount" in capsys.readouterr().out
    assert main(["validate", str(path), "--fail-on", "warning"]) == 1


def test_cli_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert main(["validate", str(VALID), "--format", "json", "--output", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert '"conforms": true' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("argv", [
    ["validate"],
    ["validate", "missing.trig"],
    ["validate", str(VALID), "--store", "somewhere"],
    ["validate", str(VALID), "--format", "xml"],
    ["validate", str(VALID), "--jobs", "0"],
])
def test_cli_bad_usage_exits_2(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "error" in captured.err


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff\xfe binary", b"<a> <b> .", b"@prefix : <x> . :a :b"])
def test_cli_unreadable_graph_exits_2(content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.trig"
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "bad.trig" in err and "VG1" in err


def test_cli_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c.rule == "AuthoritySanctions")
    directory = tmp_path / "store"
    disk = ox.Store(str(directory))
    disk.extend(list(case.store()))
    disk.flush()
    del disk
    assert main(["validate", "--store", str(directory)]) == 1
    assert "AuthoritySanctions" in capsys.readouterr().out
    assert main(["validate", "--store", str(tmp_path / "none")]) == 2


def test_cli_stdin_and_console_entry(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.rule == "Event-count/Or")
    data = _write_case(case, tmp_path).read_bytes()
    proc = subprocess.run([sys.executable, "-m", "veillegraph.cli", "validate", "-", "--format", "json"],
                          input=data, capture_output=True, cwd=REPO, env={"PYTHONPATH": str(REPO / "src")},
                          check=False)
    assert proc.returncode == 1, proc.stderr
    assert b'"rule": "Event-count/Or"' in proc.stdout


def test_cli_custom_shapes_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    for f in (REPO / "shapes").glob("*.ttl"):
        if f.name in ("prefixes.ttl", "event.ttl"):
            (shapes / f.name).write_bytes(f.read_bytes())
    case = next(c for c in CASES if c.rule == "QuoteMatchesText")  # an evidence rule: not in event.ttl
    assert main(["validate", str(_write_case(case, tmp_path)), "--shapes", str(shapes)]) == 0
    capsys.readouterr()
    assert main(["validate", str(VALID), "--shapes", str(tmp_path / "nope")]) == 2


def test_fixture_files_are_all_cases() -> None:
    assert len(list(BROKEN.glob("*.ru"))) == len(CASES) > 100


def test_incremental_check_skips_only_rules_that_cannot_fire() -> None:
    # the incremental check does not run a rule whose path predicates occur in no triple of the
    # graphs it reads: with every rule run, each broken fixture gives the same results
    from dataclasses import replace

    shapes = default_shapes()
    assert any(c.requires for c in shapes.constraints)
    run_all = replace(shapes, constraints=tuple(replace(c, requires=()) for c in shapes.constraints))
    for case in CASES:
        store = case.prepared()
        skipped = validate(store, graphs=[CLIPPING_GRAPH], shapes=shapes).results
        assert skipped == validate(store, graphs=[CLIPPING_GRAPH], shapes=run_all).results, case.name


def test_incremental_check_follows_a_change_of_the_ontology_graph() -> None:
    store = read_dataset(VALID)
    from veillegraph.validate import with_background

    store = with_background(store)
    assert validate(store, graphs=[CLIPPING_GRAPH]).results == ()
    changed = ox.Store()
    changed.extend(store.quads_for_pattern(None, None, None))
    changed.update(f"DELETE WHERE {{ GRAPH <{V.ONTOLOGY_GRAPH.value}> {{ ?c <{V.IN_SCHEME.value}> ?s }} }}")
    assert {r.rule for r in validate(changed, graphs=[CLIPPING_GRAPH]).results} == {"Event-eventType/Node"}
    assert validate(store, graphs=[CLIPPING_GRAPH]).results == ()  # and back


def test_entities_repeated_in_many_graphs_are_reported_once() -> None:
    # an entity's description is repeated in every clipping graph that mentions it: the full run
    # validates the merge of the graphs, so the report does not change with the number of copies
    case = next(c for c in CASES if c.rule == "UniquePrefLabel")
    store = case.store()
    before = validate(store).results
    copies = [ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(f"{V.GRAPH}copy/{i}"))
              for q in store.quads_for_pattern(None, None, None, CLIPPING_GRAPH)
              if q.predicate in (V.RDF.type, V.PREF_LABEL)
              and not str(q.subject).startswith(f"<{V.ID}clipping")
              for i in range(30)]
    assert copies
    store.extend(copies)
    after = validate(store).results
    assert [(r.rule, r.focus, r.value) for r in after] == [(r.rule, r.focus, r.value) for r in before]
