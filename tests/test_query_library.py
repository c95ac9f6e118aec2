"""The query library: loading and checking the ``#+`` headers, typed parameters, renderers, CLI and docs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

from _query_util import FIXTURE_TRIG
from veillegraph import _vocab as V
from veillegraph._errors import QueryError
from veillegraph.cli import main
from veillegraph.query import (
    Endpoint,
    Param,
    bind,
    get_query,
    load_file,
    load_library,
    parse_query,
    render,
    run,
)
from veillegraph.query._header import HeaderSyntaxError, header_lines, parse_header
from veillegraph.query._sparql_text import inject_values, query_form, where_brace
from veillegraph.query.docs import library_markdown
from veillegraph.query.params import to_term

REPO = Path(__file__).resolve().parents[1]
EVENTS_COLUMNS = [
    "clipping_id",
    "type",
    "agent",
    "object",
    "date",
    "amount_eur",
    "count",
    "modality",
    "event",
]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(FIXTURE_TRIG.encode(), ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def fixture_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "fixture.trig"
    path.write_text(FIXTURE_TRIG, encoding="utf-8")
    return path


# --- the library ----------------------------------------------------------------------------------


def test_library_has_at_least_15_documented_queries() -> None:
    lib = load_library()
    assert len(lib) >= 15
    assert "events" in lib
    for q in lib:
        assert q.summary, f"{q.name} has no summary"
        assert q.description, f"{q.name} has no description"
        assert q.tags, f"{q.name} has no tags"
        assert q.form in ("SELECT", "CONSTRUCT", "ASK")
        for p in q.params:
            assert p.description, f"{q.name}: parameter {p.name} is undocumented"


def test_library_covers_the_forms_analysts_and_ci_need() -> None:
    forms = [q.form for q in load_library()]
    assert forms.count("CONSTRUCT") >= 1
    assert all(q.expect is False for q in load_library() if q.form == "ASK")
    assert forms.count("ASK") >= 3


def test_every_stored_query_also_parses_in_rdflib() -> None:
    for q in load_library():
        prepareQuery(q.text)  # raises on a syntax error


def test_no_query_sorts_inside_a_subquery() -> None:
    """Sorting is slow on large on-disk stores; only the final ORDER BY is allowed (see docs/queries.md)."""
    from veillegraph.query._sparql_text import tokens

    for q in load_library():
        orders = [t for t in tokens(q.text) if t.kind == "word" and t.text.upper() == "ORDER"]
        assert len(orders) <= 1, f"{q.name} sorts inside a subquery"
        if orders:
            depth = sum(
                1 if t.text == "{" else -1 for t in tokens(q.text[: orders[0].start]) if t.text in "{}"
            )
            assert depth == 0, f"{q.name}: ORDER BY inside a group"


def test_events_query_has_the_scorer_columns_in_order(store: ox.Store) -> None:
    result = run(get_query("events"), store)
    assert list(result.variables) == EVENTS_COLUMNS


def test_a_typo_fails_at_load(tmp_path: Path) -> None:
    good = (REPO / "queries" / "events.rq").read_text(encoding="utf-8")
    (tmp_path / "broken.rq").write_text(good.replace("GROUP BY ", "GROUP BYY ", 1), encoding="utf-8")
    with pytest.raises(QueryError) as err:
        load_library(tmp_path)
    assert err.value.code == "VG303" and "broken.rq" in str(err.value)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("#+ summary: x\n#+ bogus: y\n", "unknown header key"),
        ("#+ summary: x\n#+ params:\n#+   - name: a\n#+     type: uri\n", "unknown type 'uri'"),
        ("#+ summary: x\n#+ params:\n#+   - name: nothere\n#+     type: iri\n", "not used in the query"),
        (
            "#+ summary: x\n#+ params:\n#+   - name: a\n#+     type: date\n#+     default: 2024-13-45\n",
            "default of parameter a is invalid",
        ),
        ("#+ summary: x\n#+  tags: [a]\n", "expected 'key: value'"),
        ("#+ summary: x\n#+ expect: false\n", "ASK queries only"),
    ],
)
def test_bad_headers_are_refused_with_the_file_named(header: str, message: str) -> None:
    with pytest.raises(QueryError) as err:
        parse_query(header + "SELECT ?a WHERE { ?a ?b ?c }\n", "bad", Path("queries/bad.rq"))
    assert message in str(err.value) and "queries/bad.rq" in str(err.value)


def test_a_parameter_must_be_projected_by_a_select() -> None:
    text = "#+ summary: x\n#+ params:\n#+   - name: a\n#+     type: iri\nSELECT ?b WHERE { ?a ?b ?c }\n"
    with pytest.raises(QueryError, match="must project"):
        parse_query(text, "bad")


def test_bound_on_a_parameter_is_refused() -> None:
    text = (
        "#+ summary: x\n#+ params:\n#+   - name: a\n#+     type: iri\n"
        "SELECT ?a ?b WHERE { ?s ?b ?c FILTER(!BOUND(?a) || ?s = ?a) }\n"
    )
    with pytest.raises(QueryError, match="COALESCE"):
        parse_query(text, "bad")


def test_updates_are_not_queries() -> None:
    with pytest.raises(QueryError, match="not a SPARQL query"):
        parse_query("#+ summary: x\nINSERT DATA { <urn:a> <urn:b> <urn:c> }\n", "upd")


def test_header_parser_reads_folded_text_lists_and_items() -> None:
    lines, body = header_lines(
        "#+ summary: s\n#+ description: >\n#+   one\n#+   two\n#+ tags: [a, 'b c']\n"
        '#+ params:\n#+   - name: x\n#+     default: "2"\n#+     required: true\n'
        "PREFIX a: <urn:a#>\nSELECT * {}\n"
    )
    header = parse_header(lines)
    assert header == {
        "summary": "s",
        "description": "one two",
        "tags": ["a", "b c"],
        "params": [{"name": "x", "default": "2", "required": True}],
    }
    assert body.startswith("PREFIX")


def test_header_parser_names_the_line() -> None:
    lines, _ = header_lines("#+ summary: s\n#+ params:\n#+   - name: x\n#+       type: iri\n")
    with pytest.raises(HeaderSyntaxError) as err:
        parse_header(lines)
    assert err.value.line == 4


# --- parameters -----------------------------------------------------------------------------------


def test_typed_terms() -> None:
    assert to_term(Param("a", "iri"), "id:actor/cnil") == ox.NamedNode(str(V.ID) + "actor/cnil")
    assert to_term(Param("a", "iri"), "https://example.org/x") == ox.NamedNode("https://example.org/x")
    assert to_term(Param("d", "date"), "2024-12-30") == ox.Literal("2024-12-30", datatype=V.XSD.date)
    assert to_term(Param("n", "decimal"), "104000.50") == ox.Literal("104000.50", datatype=V.XSD.decimal)
    assert to_term(Param("n", "integer"), "+07") == ox.Literal("7", datatype=V.XSD.integer)
    assert to_term(Param("s", "string"), ' a "b" ') == ox.Literal(' a "b" ')
    assert to_term(Param("l", "langstring"), "AI Act@en") == ox.Literal("AI Act", language="en")
    assert to_term(Param("l", "langstring", lang="fr"), "CNIL") == ox.Literal("CNIL", language="fr")


@pytest.mark.parametrize(
    ("ptype", "value"),
    [
        ("iri", "not an iri"),
        ("iri", "http://x/>"),
        ("iri", "relative/path"),
        ("date", "2024-02-30"),
        ("date", "30/12/2024"),
        ("date", "2024-12"),
        ("decimal", "1e5"),
        ("decimal", "12,5"),
        ("integer", "1.0"),
        ("langstring", "no tag"),
    ],
)
def test_ill_typed_values_are_refused_listing_what_is_expected(ptype: str, value: str) -> None:
    p = Param("x", ptype)  # type: ignore[arg-type]
    with pytest.raises(QueryError) as err:
        bind((p,), {"x": value}, "q")
    assert err.value.code == "VG306"
    assert "expects" in str(err.value) and repr(value) in str(err.value)


def test_missing_and_unknown_parameters_list_what_the_query_expects() -> None:
    q = get_query("instrument-timeline")
    with pytest.raises(QueryError) as err:
        bind(q.params, {}, q.name)
    assert err.value.code == "VG305" and "instrument (iri, required)" in str(err.value)
    with pytest.raises(QueryError) as err:
        bind(q.params, {"instrument": "id:instrument/ai-act", "instrumnet": "x"}, q.name)
    assert (
        err.value.code == "VG304" and "instrumnet" in str(err.value) and "instrument (iri" in str(err.value)
    )


def test_defaults_are_bound() -> None:
    q = get_query("multi-reported-events")
    assert bind(q.params, {}) == {"min_reports": ox.Literal("2", datatype=V.XSD.integer)}


# --- remote binding text --------------------------------------------------------------------------


def test_where_brace_skips_braces_in_comments_strings_and_iris() -> None:
    text = '# { not this\nPREFIX a: <urn:{x}>\nCONSTRUCT { ?s ?p "}" } WHERE { ?s ?p ?o }'
    assert text[where_brace(text) :].startswith("{ ?s ?p ?o }")
    assert query_form(text) == "CONSTRUCT"
    assert query_form("# SELECT\nASK { }") == "ASK"


def test_inject_values_puts_n_triples_terms_at_the_top_of_where() -> None:
    text = "SELECT ?x ?y WHERE { ?x <urn:p> ?y }"
    out = inject_values(text, {"y": ox.Literal('a"}b'), "x": ox.NamedNode("urn:a")})
    assert out == 'SELECT ?x ?y WHERE {\n  VALUES (?x ?y) { (<urn:a> "a\\"}b") }\n ?x <urn:p> ?y }'


def test_inject_values_binds_a_parameter_in_each_sub_select_that_mentions_it() -> None:
    text = (
        "SELECT ?x ?n WHERE { { SELECT ?x ?n WHERE { ?x <urn:p> ?v FILTER (?v > ?n) } } "
        '{ SELECT ?x WHERE { ?x <urn:q> "}" } } }'
    )
    out = inject_values(text, {"n": ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))})
    block = 'VALUES (?n) { ("3"^^<http://www.w3.org/2001/XMLSchema#integer>) }'
    assert out.count(block) == 2  # the query's group and the first sub-select, not the second
    assert out.index(block) < out.index("{ SELECT ?x ?n") < out.rindex(block) < out.index("?x <urn:p>")
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("5", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")), ox.NamedNode("urn:g")))
    s.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:q"), ox.Literal("}"), ox.NamedNode("urn:g")))
    # the sub-select sees the value: without its own block, ?n would be unbound there and the filter false
    assert len(list(s.query(out, use_default_graph_as_union=True))) == 1


def test_remote_refuses_backslash_u_in_values() -> None:
    from veillegraph.query.execute import remote_text

    q = get_query("search-evidence")
    with pytest.raises(QueryError, match="backslash"):
        remote_text(q, bind(q.params, {"text": "\\u0022"}))


def test_unreachable_endpoint_is_a_clear_error() -> None:
    from _query_util import free_port

    with pytest.raises(QueryError) as err:
        run(get_query("events"), Endpoint(f"http://127.0.0.1:{free_port()}/query", timeout=2))
    assert err.value.code == "VG308"


def test_rdflib_source_must_be_a_union_dataset() -> None:
    import rdflib

    with pytest.raises(QueryError, match="default_union"):
        run(get_query("events"), rdflib.Dataset())


# --- renderers ------------------------------------------------------------------------------------


def test_csv_is_sparql_csv_and_reads_back(store: ox.Store) -> None:
    text = render(run(get_query("events"), store), "csv")
    assert text.startswith(",".join(EVENTS_COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(text)))
    s10 = next(r for r in rows if r["clipping_id"] == "s10")
    assert s10["amount_eur"] == "104000" and s10["count"] == "10" and s10["date"] == "2025-01"
    assert s10["event"] == str(V.ID) + "event/e10"


def test_json_is_sparql_json(store: ox.Store) -> None:
    data = json.loads(render(run(get_query("sanctions-by-authority-year"), store), "json"))
    assert data["head"]["vars"][:3] == ["authority", "label", "year"]
    b = data["results"]["bindings"][0]
    assert b["authority"] == {"type": "uri", "value": str(V.ID) + "actor/cnil"}
    assert b["events"]["datatype"] == str(V.XSD) + "integer"
    assert "in_year" not in b  # unbound variables are left out
    ask = json.loads(render(run(get_query("check-events-complete"), store), "json"))
    assert ask == {"head": {}, "boolean": False}


def test_tsv_markdown_table_and_turtle(store: ox.Store) -> None:
    result = run(get_query("events"), store)
    tsv = render(result, "tsv").splitlines()
    assert tsv[0].split("\t")[0] == "?clipping_id" and '"s07"' in tsv[1]
    md = render(result, "markdown")
    assert md.splitlines()[1] == "|" + "---|" * len(EVENTS_COLUMNS)
    assert "Bruxelles\\|Commission européenne\\|European Commission" in md  # "|" escaped, parts sorted
    table = render(result, "table")
    assert "event:e26" in table and table.rstrip().endswith("(10 rows)")
    ttl = render(run(get_query("actor-subgraph"), store, {"actor": "id:actor/cnil"}), "turtle")
    triples = {
        ox.Triple(q.subject, q.predicate, q.object)
        for q in ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE)
    }
    assert ox.Triple(V.ID["event/e10"], V.VG.agent, V.ID["actor/cnil"]) in triples


def test_formats_that_do_not_apply_are_refused(store: ox.Store) -> None:
    with pytest.raises(QueryError, match="use turtle"):
        render(run(get_query("actor-subgraph"), store, {"actor": "id:actor/cnil"}), "csv")
    with pytest.raises(QueryError, match="does not apply"):
        render(run(get_query("events"), store), "turtle")


def test_rendering_is_deterministic(store: ox.Store) -> None:
    for q in load_library():
        params = {
            p.name: {
                "iri": "id:actor/cnil",
                "string": "x",
                "langstring": "CNIL@fr",
                "date": "2025-01-01",
            }.get(p.type, "1")
            for p in q.params
            if p.required
        }
        first = render(run(q, store, params))
        assert render(run(q, store, params)) == first


# --- CLI ------------------------------------------------------------------------------------------


def test_cli_query_events_csv(fixture_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "events", "--data", str(fixture_file), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == ",".join(EVENTS_COLUMNS) and "s26,rejet," in out and err == ""


def test_cli_params_and_adhoc_file(
    fixture_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "query",
                "court-decisions",
                "--data",
                str(fixture_file),
                "-p",
                "court=id:actor/conseil-etat",
                "--format",
                "csv",
            ]
        )
        == 0
    )
    assert "2024-12-30,rejet" in capsys.readouterr().out
    adhoc = tmp_path / "mine.rq"
    adhoc.write_text(
        "#+ summary: mine\n#+ params:\n#+   - name: id\n#+     type: string\n"
        "PREFIX dct: <http://purl.org/dc/terms/>\nSELECT ?c ?id WHERE { ?c dct:identifier ?id }\n",
        encoding="utf-8",
    )
    assert (
        main(["query", "--file", str(adhoc), "--data", str(fixture_file), "-p", "id=s26", "-f", "csv"]) == 0
    )
    assert capsys.readouterr().out.splitlines()[1] == str(V.ID) + "clipping/c26,s26"


@pytest.mark.parametrize(
    "argv",
    [
        ["query", "events"],
        ["query", "--data", "x.trig"],
        ["query", "events", "--file", "a.rq", "--data", "x.trig"],
        ["query", "events", "--data", "FIX", "-p", "novalue"],
        ["query", "nosuch", "--data", "FIX"],
        ["query", "court-decisions", "--data", "FIX"],
        ["query", "court-decisions", "--data", "FIX", "-p", "court=bad iri"],
        ["query", "events", "--data", "FIX", "--format", "turtle"],
        ["query", "events", "--data", "/no/such.trig"],
        ["query", "events", "--data", "FIX", "--format", "yaml"],
    ],
)
def test_cli_bad_usage_exits_2_with_message_on_stderr(
    argv: list[str], fixture_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(fixture_file) if a == "FIX" else a for a in argv]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("veillegraph: error:")


def test_cli_ask_check_exits_1_when_it_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.trig"
    broken.write_text(
        FIXTURE_TRIG + "\n<https://w3id.org/veillegraph/id/event/orphan> a "
        "<https://w3id.org/veillegraph/ontology#Event> .\n",
        encoding="utf-8",
    )
    assert main(["query", "check-events-complete", "--data", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert out == "true\n" and "expected false" in err


def test_cli_store_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from veillegraph.store import open_store

    s = open_store(tmp_path / "db")
    s.load(FIXTURE_TRIG.encode(), ox.RdfFormat.TRIG)
    s.flush()
    del s
    assert main(["query", "events", "--store", str(tmp_path / "db"), "-f", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 11


def test_cli_queries_lists_names_summaries_and_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["queries"]) == 0
    out = capsys.readouterr().out
    for q in load_library():
        assert f"{q.name}  " in out and q.summary in out
    assert "--param instrument (iri, required)" in out
    assert main(["queries", "--format", "json", "--tag", "ci"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data and all("ci" in q["tags"] for q in data)


# --- docs -----------------------------------------------------------------------------------------


def test_docs_queries_md_is_up_to_date() -> None:
    doc = REPO / "docs" / "queries.md"
    expected = library_markdown(load_library())
    assert doc.read_text(encoding="utf-8") == expected, (
        "docs/queries.md is stale; run: veillegraph queries --format markdown > docs/queries.md"
    )


def test_docs_name_every_query_and_parameter() -> None:
    text = (REPO / "docs" / "queries.md").read_text(encoding="utf-8")
    for q in load_library():
        assert f"### `{q.name}`" in text
        for p in q.params:
            assert f"| `{p.name}` | {p.type} |" in text


def test_load_file_reads_an_rq_file(tmp_path: Path) -> None:
    f = tmp_path / "x.rq"
    f.write_text("#+ summary: hello\nASK { ?s ?p ?o }\n", encoding="utf-8")
    q = load_file(f)
    assert (q.name, q.form, q.summary) == ("x", "ASK", "hello")
    with pytest.raises(QueryError, match="cannot read"):
        load_file(tmp_path / "missing.rq")
