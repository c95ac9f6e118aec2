"""Run a query on a pyoxigraph ``Store``, an rdflib ``Dataset`` or a remote SPARQL endpoint.

Parameters are bound as typed RDF terms, never pasted into the query text:

* pyoxigraph: ``Store.query(..., substitutions={Variable: term})``;
* rdflib: ``Dataset.query(..., initBindings={name: term})``;
* a remote endpoint (SPARQLWrapper has no parameter API): the validated terms,
  written in N-Triples form, go into a ``VALUES`` block at the top of the
  query's WHERE group (``_sparql_text.inject_values``); the terms' escaping
  cannot leave the block, so a value can never change the query's structure.

All backends query the union of the named graphs as the default graph:
pyoxigraph with ``use_default_graph_as_union=True``, rdflib with a
``Dataset(default_union=True)`` (checked), a remote endpoint by its own
setting (``oxigraph serve --union-default-graph``; Fuseki
``tdb2:unionDefaultGraph true``; GraphDB and Virtuoso do it by default).

Results come back in one shape, ``Result``, with pyoxigraph terms.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from .. import _vocab as V
from .._errors import QueryError
from . import _sparql_text
from .library import Query
from .params import Term, bind

Cell = ox.NamedNode | ox.BlankNode | ox.Literal | None
Row = tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A remote SPARQL 1.1 query endpoint (its default graph must be the union of the named graphs)."""

    url: str
    timeout: float = 60.0


@dataclass(frozen=True, slots=True)
class Result:
    """What a query gave: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    form: str
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = field(default=())


Source = ox.Store | Endpoint | Any  # Any: an rdflib Dataset


def run(query: Query, source: Source, params: Mapping[str, str] | None = None) -> Result:
    """Validate ``params`` against ``query``'s declaration, bind them and run the query on ``source``.

    Columns the query's header lists as ``joined`` ("|"-joined label sets) are put in a canonical
    order here: SPARQL's GROUP_CONCAT has no order, and sorting inside the query is slow on large stores.
    """
    terms = bind(query.params, params or {}, query.name)
    if isinstance(source, ox.Store):
        result = _run_oxigraph(query, source, terms)
    elif isinstance(source, Endpoint):
        result = _run_endpoint(query, source, terms)
    else:
        result = _run_rdflib(query, source, terms)
    return canonical_joined(result, query.joined)


JOIN_SEPARATOR = "|"


def canonical_join(text: str) -> str:
    """``"b|a|b"`` → ``"a|b"``: the distinct non-empty parts, sorted (case-insensitively, then exactly)."""
    parts = {p for p in text.split(JOIN_SEPARATOR) if p}
    return JOIN_SEPARATOR.join(sorted(parts, key=lambda p: (p.casefold(), p)))


def canonical_joined(result: Result, columns: tuple[str, ...]) -> Result:
    """``result`` with the literals of ``columns`` passed through ``canonical_join``."""
    idx = [i for i, v in enumerate(result.variables) if v in columns]
    if not idx or not result.rows:
        return result
    # a label set recurs on every row of its entity (an actor's on each of its events): each
    # distinct cell is canonicalised once
    done: dict[Cell, Cell] = {}
    rows = []
    for row in result.rows:
        cells = list(row)
        for i in idx:
            c = cells[i]
            if c is None:
                continue
            new = done.get(c)
            if new is None:
                new = done[c] = _canonical_cell(c)
            cells[i] = new
        rows.append(tuple(cells))
    return Result(result.form, variables=result.variables, rows=tuple(rows))


def _canonical_cell(c: ox.NamedNode | ox.BlankNode | ox.Literal) -> Cell:
    if not isinstance(c, ox.Literal) or JOIN_SEPARATOR not in c.value:
        return c
    value = canonical_join(c.value)
    return ox.Literal(value, language=c.language) if c.language else ox.Literal(value, datatype=c.datatype)


# --- pyoxigraph -------------------------------------------------------------------------------


def _run_oxigraph(query: Query, store: ox.Store, terms: Mapping[str, Term]) -> Result:
    subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): v for k, v in terms.items()
    }
    try:
        res = store.query(query.text, substitutions=subs, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, RuntimeError, OSError) as exc:
        raise QueryError(f"query {query.name!r} failed: {exc}", code="VG311") from None
    if isinstance(res, ox.QueryBoolean):
        return Result("ASK", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        names = tuple(v.value for v in res.variables)
        rows: tuple[Row, ...] = tuple(tuple(sol) for sol in res)  # a solution iterates over its cells in order
        for row in rows:
            for term in row:
                if isinstance(term, ox.Triple):
                    _ox_cell(term)  # raises: RDF-star triples are not rendered
        return Result("SELECT", variables=names, rows=rows)
    return Result(query.form, triples=tuple(res))


def _ox_cell(term: object) -> Cell:
    if term is None or isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    raise QueryError(f"unsupported result term {term!r} (RDF-star triples are not rendered)", code="VG312")


# --- rdflib -------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _prepared(text: str) -> Any:
    """rdflib's parsed and translated form of ``text`` (parsing is slow in rdflib; do it once)."""
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


def _run_rdflib(query: Query, dataset: Any, terms: Mapping[str, Term]) -> Result:
    import rdflib

    if not isinstance(dataset, rdflib.Dataset) or not dataset.default_union:
        raise QueryError(
            "an rdflib source must be rdflib.Dataset(default_union=True) so that queries see "
            "the union of the named graphs",
            code="VG313",
        )
    init: dict[str, Any] = {k: _to_rdflib(v) for k, v in terms.items()}
    try:
        res: Any = dataset.query(_prepared(query.text), initBindings=init)
    except Exception as exc:  # rdflib raises pyparsing and plain exceptions alike
        raise QueryError(f"query {query.name!r} failed in rdflib: {exc}", code="VG311") from None
    if res.type == "ASK":
        return Result("ASK", boolean=bool(res.askAnswer))
    if res.type == "SELECT":
        names = tuple(str(v) for v in res.vars)
        rows = tuple(tuple(_from_rdflib(row[i]) for i in range(len(names))) for row in res)
        return Result("SELECT", variables=names, rows=rows)
    triples = []
    for s, p, o in res:
        subj, pred, obj = _from_rdflib(s), _from_rdflib(p), _from_rdflib(o)
        assert (
            isinstance(subj, ox.NamedNode | ox.BlankNode)
            and isinstance(pred, ox.NamedNode)
            and obj is not None
        )
        triples.append(ox.Triple(subj, pred, obj))
    return Result(query.form, triples=tuple(triples))


def _to_rdflib(term: Term) -> Any:
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _from_rdflib(term: Any) -> Cell:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        dt = term.datatype
        return ox.Literal(str(term), datatype=ox.NamedNode(str(dt)) if dt else V.XSD.string)
    raise QueryError(f"unsupported rdflib result term {term!r}", code="VG312")


# --- remote endpoint ------------------------------------------------------------------------------


def remote_text(query: Query, terms: Mapping[str, Term]) -> str:
    """The query text sent to a remote endpoint: ``query.text`` with a VALUES block for ``terms``."""
    for name, term in terms.items():
        if isinstance(term, ox.Literal) and ("\\u" in term.value or "\\U" in term.value):
            raise QueryError(
                f"query {query.name!r}: parameter {name} contains a backslash followed by u/U, "
                "which some SPARQL "
                "servers decode as an escape before parsing; it cannot be sent safely to a remote endpoint",
                code="VG307",
            )
    try:
        return _sparql_text.inject_values(query.text, terms)
    except ValueError as exc:
        raise QueryError(f"query {query.name!r}: cannot bind parameters: {exc}", code="VG307") from None


def _run_endpoint(query: Query, endpoint: Endpoint, terms: Mapping[str, Term]) -> Result:
    from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    text = remote_text(query, terms)
    client = SPARQLWrapper(endpoint.url)
    client.setMethod(POST)
    client.setTimeout(int(endpoint.timeout))
    client.setQuery(text)
    # SPARQLWrapper guesses the form with a regex that a word in a comment can fool (e.g. "load");
    # our lexer skips comments and strings, so tell it the form we found.
    client.queryType = query.form
    graph_form = query.form in ("CONSTRUCT", "DESCRIBE")
    client.setReturnFormat(TURTLE if graph_form else JSON)
    try:
        raw = client.query().response.read()
    except SPARQLWrapperException as exc:
        raise QueryError(
            f"endpoint {endpoint.url} rejected query {query.name!r}: {exc}", code="VG308"
        ) from None
    except OSError as exc:
        raise QueryError(f"cannot reach endpoint {endpoint.url}: {exc}", code="VG308") from None
    if graph_form:
        try:
            triples = ox.parse(raw, format=ox.RdfFormat.TURTLE)
            return Result(
                query.form, triples=tuple(ox.Triple(t.subject, t.predicate, t.object) for t in triples)
            )
        except SyntaxError as exc:
            raise QueryError(f"endpoint {endpoint.url} sent unreadable Turtle: {exc}", code="VG308") from None
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise QueryError(f"endpoint {endpoint.url} sent unreadable JSON: {exc}", code="VG308") from None
    return result_from_json(data)


def result_from_json(data: Mapping[str, Any]) -> Result:
    """A ``Result`` from SPARQL 1.1 JSON results (``head``/``results`` or ``boolean``)."""
    if "boolean" in data:
        return Result("ASK", boolean=bool(data["boolean"]))
    names = tuple(data.get("head", {}).get("vars", []))
    rows = []
    for b in data.get("results", {}).get("bindings", []):
        rows.append(tuple(_json_term(b[n]) if n in b else None for n in names))
    return Result("SELECT", variables=names, rows=tuple(rows))


def _json_term(t: Mapping[str, str]) -> Cell:
    kind, value = t.get("type"), t.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in t:
            return ox.Literal(value, language=t["xml:lang"])
        return ox.Literal(value, datatype=ox.NamedNode(t.get("datatype", V.XSD.string.value)))
    raise QueryError(f"unsupported term in SPARQL JSON results: {dict(t)!r}", code="VG312")
