"""The set-based engine reports exactly what pySHACL, a SHACL engine, reports for the same data and shapes.

pySHACL needs about two seconds per fixture graph, so the full comparison is
marked slow; a sample of one fixture per kind of constraint runs every time.
"""

from __future__ import annotations

import pytest

from _validate_util import VALID, Case, cases, slim_background
from veillegraph.store import read_dataset
from veillegraph.validate import validate
from veillegraph.validate.reference import validate_with_pyshacl

CASES = cases()
#: Every SHACL-SPARQL rule and the trickier core components.
SAMPLE = sorted({c.rule.split("/")[-1]: c.name for c in CASES
                 if "/" not in c.rule or c.rule.split("/")[-1] in (
                     "Node", "Or", "QualifiedMaxCount", "UniqueLang", "LessThanOrEquals", "HasValue")}.values())


def _keys(report):  # type: ignore[no-untyped-def]
    return {(r.rule, r.focus, r.value, r.severity, r.path) for r in report.results}


def _compare(case: Case) -> None:
    store = slim_background(case.store())
    ours = validate(store, background=False)
    theirs = validate_with_pyshacl(store, background=False)
    assert _keys(ours) == _keys(theirs)
    assert ours.conforms == theirs.conforms


def test_valid_fixture_pyshacl_agrees() -> None:
    store = slim_background(read_dataset(VALID))
    assert validate_with_pyshacl(store, background=False).results == ()


@pytest.mark.parametrize("name", SAMPLE)
def test_same_results_as_pyshacl_sample(name: str) -> None:
    _compare(next(c for c in CASES if c.name == name))


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in CASES if c.name not in SAMPLE], ids=lambda c: c.name)
def test_same_results_as_pyshacl_all(case: Case) -> None:
    _compare(case)
