"""Same answers everywhere: every stored query on rdflib's memory Dataset, on pyoxigraph, and on a real
``oxigraph serve`` started on 127.0.0.1 (compared as multisets of rows; CONSTRUCT as sets of triples).

Each engine binds parameters its own way (rdflib ``initBindings``, pyoxigraph ``substitutions``, the server a
VALUES block), so this also checks that the three binding methods mean the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from _query_util import FIXTURE_TRIG, oxigraph_server, sample_params
from veillegraph import _vocab as V
from veillegraph.query import Endpoint, Query, Result, bind, load_library, run
from veillegraph.query.execute import remote_text

CASES = [(q.name, params) for q in load_library() for params in sample_params(q.name)]
IDS = [f"{name}-{i}" for i, (name, _) in enumerate(CASES)]


#: Oxigraph stores the types derived from xsd:integer as xsd:integer (the value is kept, the subtype is not;
#: see dasch-swiss/dsp-tools#2280 for the same with xsd:dateTimeStamp); rdflib keeps them. Only that storage
#: normalisation is undone before comparing.
_INTEGER_SUBTYPES = {
    V.XSD[t]
    for t in (
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}


def _norm(term: object) -> object:
    if isinstance(term, ox.Literal) and term.datatype in _INTEGER_SUBTYPES:
        return ox.Literal(term.value, datatype=V.XSD.integer)
    return term


def comparable(result: Result) -> object:
    if result.form == "ASK":
        return result.boolean
    if result.form == "SELECT":
        return (result.variables, Counter(tuple(_norm(c) for c in row) for row in result.rows))
    return frozenset((t.subject, t.predicate, _norm(t.object)) for t in result.triples)


def _query(name: str) -> Query:
    return load_library().get(name)


@pytest.fixture(scope="module")
def fixture_store() -> ox.Store:
    s = ox.Store()
    s.load(FIXTURE_TRIG.encode(), ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def fixture_rdflib() -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=FIXTURE_TRIG, format="trig")
    return ds


@pytest.fixture(scope="module")
def example_rdflib(example_trig: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(example_trig), format="trig")
    return ds


@pytest.fixture(scope="module")
def fixture_endpoint(oxigraph_bin: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    with oxigraph_server(oxigraph_bin, tmp_path_factory.mktemp("oxfx"), FIXTURE_TRIG.encode()) as url:
        yield Endpoint(url)


@pytest.fixture(scope="module")
def example_endpoint(
    oxigraph_bin: str, example_trig: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Endpoint]:
    with oxigraph_server(oxigraph_bin, tmp_path_factory.mktemp("oxex"), example_trig.read_bytes()) as url:
        yield Endpoint(url)


GAPS = Path(__file__).parent / "fixtures" / "queries" / "gaps.trig"
#: on the gaps fixture (an agent without French label beside a labelled one, an event without modality, an
#: undated event beside a dated one): every query with its sample parameters, and the queries that take MIN
#: over a column that can be unbound with parameters that reach the fixture's events
GAP_CASES = [
    *CASES,
    ("events-between", {"from": "2025-02-01", "to": "2025-03-31"}),
    ("sanctions", {"min_eur": "1000"}),
    ("experiment-story", {"instrument": "id:instrument/decret-gaps"}),
    ("instrument-timeline", {"instrument": "id:instrument/decret-gaps"}),
    ("co-actors", {"actor": "id:actor/cnil"}),
    ("court-decisions", {"court": "id:actor/cnil"}),
    ("actor-subgraph", {"actor": "id:actor/new-agency-y"}),
]
GAP_IDS = [f"{name}-gaps-{i}" for i, (name, _) in enumerate(GAP_CASES)]


@pytest.fixture(scope="module")
def gaps_store() -> ox.Store:
    s = ox.Store()
    s.load(GAPS.read_bytes(), ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def gaps_rdflib() -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(GAPS), format="trig")
    return ds


@pytest.fixture(scope="module")
def gaps_endpoint(oxigraph_bin: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    with oxigraph_server(oxigraph_bin, tmp_path_factory.mktemp("oxgaps"), GAPS.read_bytes()) as url:
        yield Endpoint(url)


@pytest.mark.parametrize(("name", "params"), GAP_CASES, ids=GAP_IDS)
def test_gaps_rdflib_equals_pyoxigraph(
    name: str, params: dict[str, str], gaps_store: ox.Store, gaps_rdflib: rdflib.Dataset
) -> None:
    q = _query(name)
    assert comparable(run(q, gaps_rdflib, params)) == comparable(run(q, gaps_store, params))


def test_gaps_min_keeps_the_label_on_every_engine(gaps_store: ox.Store, gaps_rdflib: rdflib.Dataset) -> None:
    """MIN over a group where one agent has no French label: the label, not an empty cell, on both engines."""
    q = _query("sanctions")
    col = run(q, gaps_store).variables.index("authority")
    for source in (gaps_store, gaps_rdflib):
        cells = [row[col] for row in run(q, source).rows]
        assert cells and all(isinstance(c, ox.Literal) and c.value.startswith("Commission nationale") for c in cells)


@pytest.mark.server
@pytest.mark.parametrize(("name", "params"), GAP_CASES, ids=GAP_IDS)
def test_gaps_server_equals_pyoxigraph(
    name: str, params: dict[str, str], gaps_store: ox.Store, gaps_endpoint: Endpoint
) -> None:
    q = _query(name)
    assert comparable(run(q, gaps_endpoint, params)) == comparable(run(q, gaps_store, params))


def test_cases_cover_every_query() -> None:
    assert {name for name, _ in CASES} == {q.name for q in load_library()}


@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_fixture_rdflib_equals_pyoxigraph(
    name: str, params: dict[str, str], fixture_store: ox.Store, fixture_rdflib: rdflib.Dataset
) -> None:
    q = _query(name)
    assert comparable(run(q, fixture_rdflib, params)) == comparable(run(q, fixture_store, params))


@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_values_binding_equals_substitutions(
    name: str, params: dict[str, str], fixture_store: ox.Store
) -> None:
    """The text sent to remote endpoints, run locally, answers like pyoxigraph's own binding."""
    q = _query(name)
    sent = remote_text(q, bind(q.params, params, q.name))
    unbound = Query(name=q.name, text=sent, form=q.form, joined=q.joined)
    assert comparable(run(unbound, fixture_store)) == comparable(run(q, fixture_store, params))


@pytest.mark.slow
@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_example_rdflib_equals_pyoxigraph(
    name: str, params: dict[str, str], example_store: ox.Store, example_rdflib: rdflib.Dataset
) -> None:
    q = _query(name)
    assert comparable(run(q, example_rdflib, params)) == comparable(run(q, example_store, params))


@pytest.mark.server
@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_fixture_server_equals_pyoxigraph(
    name: str, params: dict[str, str], fixture_store: ox.Store, fixture_endpoint: Endpoint
) -> None:
    q = _query(name)
    assert comparable(run(q, fixture_endpoint, params)) == comparable(run(q, fixture_store, params))


@pytest.mark.server
@pytest.mark.slow
@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_example_server_equals_pyoxigraph(
    name: str, params: dict[str, str], example_store: ox.Store, example_endpoint: Endpoint
) -> None:
    q = _query(name)
    assert comparable(run(q, example_endpoint, params)) == comparable(run(q, example_store, params))
