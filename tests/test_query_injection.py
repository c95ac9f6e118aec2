"""Hostile parameter values are data, never syntax: through every parameter of every stored query.

* string and langstring parameters accept anything; the value reaches the engines as one literal and the
  query's structure (its SPARQL algebra, as rdflib parses the text sent to remote endpoints) is unchanged;
* the other types refuse a hostile value before any query runs, with an error saying what they expect;
* nothing is ever written: the store holds the same quads afterwards.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from _query_util import FIXTURE_TRIG, oxigraph_server, sample_params
from veillegraph._errors import QueryError
from veillegraph.query import Query, bind, get_query, load_library, parse_query, run
from veillegraph.query._header import header_lines
from veillegraph.query.execute import Endpoint, remote_text

HOSTILE = [
    '"',
    "'",
    '"} INSERT DATA { <urn:x> <urn:y> <urn:z> } #',
    "'} ; DROP ALL ; SELECT * WHERE { '",
    "}",
    "{",
    "} UNION { ?s ?p ?o }",
    "\n} INSERT { <urn:a> <urn:b> <urn:c> } WHERE {\n",
    "line one\nline two\r\n",
    ">",
    "<urn:x>",
    '\\"',
    "\\",
    '"""',
    "'''",
    "?event",
    "$instrument",
    "# not a comment",
    "\t\x0b\x0c",
    "@en",
    '"@en',
    '"^^<http://www.w3.org/2001/XMLSchema#integer>',
    ") . FILTER(true",
    "\u2028\u2029é中文",
    "VALUES ?x { 1 }",
    "",
]

QUERIES = list(load_library())
PARAM_CASES = [(q.name, p.name) for q in QUERIES for p in q.params]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(FIXTURE_TRIG.encode(), ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def dataset() -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=FIXTURE_TRIG, format="trig")
    return ds


def _base_params(q: Query) -> dict[str, str]:
    """Valid values for the query's other parameters."""
    return dict(sample_params(q.name)[0])


def _shape(node: Any, mark: rdflib.Literal) -> Any:
    """The algebra with the bound literal replaced by a placeholder (CompValues as nested tuples)."""
    if isinstance(node, CompValue):
        return (node.name, tuple(sorted((k, _shape(v, mark)) for k, v in node.items() if k != "_vars")))
    if isinstance(node, dict):
        return tuple(sorted((str(k), _shape(v, mark)) for k, v in node.items()))
    if isinstance(node, list | tuple):
        return tuple(_shape(v, mark) for v in node)
    if isinstance(node, set | frozenset):
        return tuple(sorted(str(v) for v in node))
    if isinstance(node, rdflib.Literal) and node == mark and node.language == mark.language:
        return "<BOUND VALUE>"
    return node


def _values_literals(node: Any) -> list[Any]:
    """All terms found in the VALUES blocks of an algebra."""
    out: list[Any] = []
    if isinstance(node, CompValue):
        if node.name == "values":
            for row in node["res"]:
                out.extend(row.values())
        for v in node.values():
            out.extend(_values_literals(v))
    elif isinstance(node, list | tuple):
        for v in node:
            out.extend(_values_literals(v))
    return out


def _algebra(text: str) -> Any:
    """rdflib's algebra of a query (the ``#+`` header, only comments, is left out to parse faster)."""
    return translateQuery(parseQuery(header_lines(text)[1])).algebra


def _rows(result: Any) -> object:
    if result.form == "SELECT":
        return Counter(result.rows)
    if result.form == "ASK":
        return result.boolean
    return frozenset(result.triples)


def test_there_are_text_parameters_to_attack() -> None:
    types = {load_library().get(n).param(p).type for n, p in PARAM_CASES}
    assert {"string", "langstring", "iri", "date", "decimal", "integer"} <= types


@pytest.mark.parametrize(("name", "param"), PARAM_CASES, ids=[f"{n}:{p}" for n, p in PARAM_CASES])
def test_hostile_values_through_every_parameter(
    name: str, param: str, store: ox.Store, dataset: rdflib.Dataset
) -> None:
    q = get_query(name)
    p = q.param(param)
    before = set(store)
    benign = _base_params(q)
    tag = "@fr" if p.type == "langstring" else ""
    safe_mark = rdflib.Literal("harmless", lang="fr") if tag else rdflib.Literal("harmless")
    safe_shape = None
    for raw in HOSTILE:
        params = {**benign, param: raw + tag}
        if p.type not in ("string", "langstring"):
            with pytest.raises(QueryError) as err:
                run(q, store, params)
            assert err.value.code == "VG306" and f"{param} expects" in str(err.value)
            continue
        terms = bind(q.params, params, q.name)
        literal = terms[param]
        assert isinstance(literal, ox.Literal) and literal.value == raw  # the whole value, as data

        # the same answer from each binding method: substitutions, initBindings, and the VALUES text
        ox_result = run(q, store, params)
        assert _rows(run(q, dataset, params)) == _rows(ox_result)
        sent = remote_text(q, terms)
        assert _rows(run(Query(name=q.name, text=sent, form=q.form, joined=q.joined), store)) == _rows(
            ox_result
        )

        # the structure of the text sent to remote endpoints does not depend on the value
        mark = rdflib.Literal(raw, lang=literal.language) if literal.language else rdflib.Literal(raw)
        if safe_shape is None:
            safe_terms = bind(q.params, {**params, param: "harmless" + tag}, q.name)
            safe_shape = _shape(_algebra(remote_text(q, safe_terms)), safe_mark)
        hostile_algebra = _algebra(sent)
        assert mark in _values_literals(hostile_algebra)
        assert _shape(hostile_algebra, mark) == safe_shape

        if q.form == "SELECT":  # a projected parameter comes back exactly as given
            col = ox_result.variables.index(param)
            assert all(row[col] == literal for row in ox_result.rows)
    assert set(store) == before  # nothing was written


@pytest.mark.parametrize(
    "raw",
    [
        "id:actor/cnil> } INSERT",
        "http://x/ } ",
        'urn:a"b',
        "urn:a\nb",
        "<urn:a>",
        "javascript",
        "http://exa mple.org/",
    ],
)
def test_hostile_iris_are_refused_before_use(raw: str) -> None:
    q = get_query("court-decisions")
    with pytest.raises(QueryError) as err:
        bind(q.params, {"court": raw}, q.name)
    assert "court expects an absolute IRI" in str(err.value)


_SMALL = parse_query(
    "#+ summary: s\n#+ params:\n#+   - name: text\n#+     type: string\n"
    "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
    "SELECT ?q ?text WHERE { ?s oa:exact ?q FILTER (CONTAINS(?q, ?text)) }\n",
    "small",
)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text_is_one_literal_in_the_values_block(text: str) -> None:
    q = _SMALL
    terms = bind(q.params, {"text": text}, q.name)
    if "\\u" in text or "\\U" in text:
        with pytest.raises(QueryError, match="backslash"):
            remote_text(q, terms)
        return
    sent = remote_text(q, terms)
    assert _values_literals(_algebra(sent)) == [rdflib.Literal(text)]
    result = ox.Store().query(sent)  # pyoxigraph parses it too, and finds the single binding
    assert isinstance(result, ox.QuerySolutions) and list(result) == []


@pytest.mark.server
def test_hostile_values_on_a_real_server(oxigraph_bin: str, tmp_path: Path, store: ox.Store) -> None:
    with oxigraph_server(oxigraph_bin, tmp_path / "ox", FIXTURE_TRIG.encode()) as url:
        endpoint = Endpoint(url)
        for name, param in PARAM_CASES:
            q = get_query(name)
            p = q.param(param)
            if p.type not in ("string", "langstring"):
                continue
            for raw in HOSTILE:
                params = {**_base_params(q), param: raw + ("@fr" if p.type == "langstring" else "")}
                assert _rows(run(q, endpoint, params)) == _rows(run(q, store, params))
        count = run(Query("n", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "SELECT"), endpoint)
        assert count.rows[0][0] == ox.Literal(
            str(len(store)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
        )  # nothing was inserted or dropped
