"""Checks on the checkers: the shapes graph itself, its messages, its terms, and that every constraint matters."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from _validate_util import Case, cases
from veillegraph import _vocab as V
from veillegraph._errors import KnowledgeError
from veillegraph.validate import default_shapes, validate
from veillegraph.validate.shapes import SUPPORTED, ShapesGraph, compile_store, load_shapes, shape_files

REPO = Path(__file__).resolve().parents[1]
SH = str(V.SH)


def _shapes_rdflib():  # type: ignore[no-untyped-def]
    from rdflib import Graph

    g = Graph()
    for f in shape_files():
        g.parse(str(f), format="turtle")
    return g


def test_shapes_conform_to_shacl_for_shacl() -> None:
    """The W3C SHACL-for-SHACL shapes (https://www.w3.org/ns/shacl-shacl, shipped with pySHACL) accept ours."""
    import pyshacl
    from rdflib import Graph

    shsh_path = Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl"
    if not shsh_path.is_file():
        pytest.skip("pySHACL's copy of the W3C shacl-shacl graph is not installed")
    shsh = Graph().parse(str(shsh_path), format="turtle")
    conforms, _, text = pyshacl.validate(_shapes_rdflib(), shacl_graph=shsh, inference="none")
    assert conforms, text


def test_shacl_for_shacl_check_catches_a_broken_shape() -> None:
    import pyshacl
    from rdflib import Graph, Literal, Namespace

    shsh_path = Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl"
    if not shsh_path.is_file():
        pytest.skip("pySHACL's copy of the W3C shacl-shacl graph is not installed")
    g = _shapes_rdflib()
    vgsh = Namespace(V.BASE + "shapes#")
    g.add((vgsh["Event-date"], Namespace(SH)["maxCount"], Literal("one")))
    conforms, _, _ = pyshacl.validate(g, shacl_graph=Graph().parse(str(shsh_path)), inference="none")
    assert not conforms


def test_every_constraint_has_french_and_english_messages() -> None:
    for c in default_shapes().constraints:
        langs = {lang for lang, _ in c.messages}
        assert {"fr", "en"} <= langs, c.rule
        assert c.message("fr") != c.message("en"), c.rule


def test_every_shape_has_french_and_english_labels() -> None:
    g = _shapes_rdflib()
    from rdflib import RDF, RDFS, Namespace

    sh = Namespace(SH)
    for shape in set(g.subjects(RDF.type, sh.NodeShape)):
        langs = {lbl.language for lbl in g.objects(shape, RDFS.label)}
        assert {"fr", "en"} <= langs, shape


def test_severities_violation_or_warning() -> None:
    sev = {c.rule: c.severity for c in default_shapes().constraints}
    warnings = {r for r, s in sev.items() if s == V.SH.Warning}
    assert warnings == {"EventDated-date/MinCount", "LinkedActor-linked/In"}
    assert all(s in (V.SH.Violation, V.SH.Warning) for s in sev.values())


@pytest.mark.parametrize(("folder", "pattern"), [("shapes", "*.ttl"), ("queries", "*.rq")])
def test_terms_used_in_shapes_and_queries_are_declared_in_the_ontology(
        knowledge, folder: str, pattern: str) -> None:  # type: ignore[no-untyped-def]
    declared = {q.subject.value for q in knowledge.ontology if isinstance(q.subject, ox.NamedNode)}
    used: dict[str, set[str]] = {}
    files = sorted((REPO / folder).glob(pattern))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        for ns, prefix in ((V.VG, "vg"), (V.VGT, "vgt")):
            for term in re.findall(rf"(?<![\w:]){prefix}:([A-Za-z_][\w-]*)", text):
                used.setdefault(str(ns) + term, set()).add(f.name)
            for term in re.findall(re.escape(str(ns)) + r"([A-Za-z_][\w-]*)", text):
                used.setdefault(str(ns) + term, set()).add(f.name)
    missing = {t: sorted(fs) for t, fs in sorted(used.items()) if t not in declared}
    assert missing == {}, f"terms used in {folder}/ but not declared in ontology/: {missing}"


def test_unsupported_component_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <http://example.org/> .\n"
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true .\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"sh:closed"):
        load_shapes(tmp_path)
    assert "closed" not in SUPPORTED


def test_shape_files_parse_and_every_file_contributes() -> None:
    shapes = load_shapes()
    files = {Path(c.file).name for c in shapes.constraints}
    assert files == {p.name for p in shape_files()} - {"prefixes.ttl"}
    assert {c.scope for c in shapes.constraints if Path(c.file).name == "global.ttl"} == {"global"}
    assert {c.scope for c in shapes.constraints if Path(c.file).name != "global.ttl"} == {"local"}


# --- deleting any constraint makes a test fail -------------------------------------------------------

_NOT_CONSTRAINTS = {SH + n for n in ("message", "declare", "prefix", "namespace", "name", "description")}


def _mutations(shapes: ShapesGraph) -> list[ox.Quad]:
    """Every triple of the shapes graph whose predicate is a SHACL term that can change what is checked."""
    return sorted(
        (q for q in shapes.store.quads_for_pattern(None, None, None)
         if q.predicate.value.startswith(SH) and q.predicate.value not in _NOT_CONSTRAINTS),
        key=str)


def _fingerprint(shapes: ShapesGraph) -> dict[str, tuple[str, str]]:
    return {c.rule: (c.query, c.severity.value) for c in shapes.constraints}


def _case_still_passes(case: Case, shapes: ShapesGraph) -> bool:
    try:
        report = validate(case.prepared(), shapes=shapes)
    except (SyntaxError, OSError, ValueError):
        return False
    constraint = shapes.by_rule().get(case.rule)
    if constraint is None:
        return False
    hits = [r for r in report.results if r.rule == case.rule]
    return ({r.rule for r in report.results} == {case.rule, *case.also}
            and case.focus in {r.focus_iri for r in hits}
            and all(r.severity == ("warning" if constraint.severity == V.SH.Warning else "violation")
                    and constraint.severity == default_shapes().by_rule()[case.rule].severity for r in hits))


@pytest.mark.slow
def test_deleting_any_constraint_makes_a_fixture_test_fail() -> None:
    base = load_shapes()
    original = _fingerprint(base)
    by_rule: dict[str, list[Case]] = {}
    for case in cases():
        for rule in (case.rule, *case.also, *case.guards):
            by_rule.setdefault(rule, []).append(case)
    survivors = []
    mutations = _mutations(base)
    assert len(mutations) > 200
    for quad in mutations:
        store = ox.Store()
        store.extend(q for q in base.store.quads_for_pattern(None, None, None) if q != quad)
        try:
            mutated = compile_store(store, base.file_of, base.files)
        except KnowledgeError:
            continue  # the shapes no longer load: test_shape_files_parse_and_every_file_contributes fails
        changed = {r for r, fp in original.items() if _fingerprint(mutated).get(r) != fp}
        if not changed:
            survivors.append(str(quad))
            continue
        affected = {c.path for r in changed for c in by_rule.get(r, [])}
        if not any(not _case_still_passes(c, mutated) for r in changed for c in by_rule.get(r, [])
                   if c.path in affected):
            survivors.append(str(quad))
    assert survivors == [], "deleting these triples from shapes/ breaks no test:\n" + "\n".join(survivors)


# --- qualified counts inside a logical constraint (sh:or of property shapes) ------------------------

_NESTED_QUALIFIED = """\
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
    sh:or ( [ sh:path ex:exempt ; sh:hasValue true ]
            [ sh:path ex:label ; sh:qualifiedValueShape [ sh:languageIn ( "fr" ) ] ; sh:qualifiedMinCount 1 ] ) .
ex:T a sh:NodeShape ; sh:targetClass ex:C ;
    sh:not [ sh:path ex:n ; sh:qualifiedValueShape [ sh:datatype xsd:integer ] ; sh:qualifiedMaxCount 1 ] .
ex:U a sh:NodeShape ; sh:targetClass ex:C ;
    sh:node [ sh:property [ sh:path ex:n ; sh:qualifiedValueShape [ sh:datatype xsd:integer ] ;
                            sh:qualifiedMaxCount 0 ] ] .
"""
_NESTED_DATA = """\
@prefix ex: <http://example.org/> .
ex:fr a ex:C ; ex:label "Bonjour"@fr, "Hello"@en .
ex:en a ex:C ; ex:label "Hello"@en ; ex:n 1, 2 .
ex:exempt a ex:C ; ex:label "Hello"@en ; ex:exempt true ; ex:n 1 .
ex:wrongflag a ex:C ; ex:exempt false ; ex:n "1" .
"""


def test_qualified_counts_nested_in_logical_constraints_match_pyshacl(tmp_path: Path) -> None:
    from veillegraph.validate.reference import validate_with_pyshacl

    shapes_file = tmp_path / "nested.ttl"
    shapes_file.write_text(_NESTED_QUALIFIED, encoding="utf-8")
    data = ox.Store()
    data.extend(ox.Quad(t.subject, t.predicate, t.object)
                for t in ox.parse(_NESTED_DATA, format=ox.RdfFormat.TURTLE))
    ours = validate(data, shapes=load_shapes(shapes_file), background=False)
    got = {(r.rule, r.focus_iri.rsplit("/", 1)[-1]) for r in ours.results}
    assert got == {("S/Or", "en"), ("S/Or", "wrongflag"),       # no French label, not exempt
                   ("T/Not", "fr"), ("T/Not", "exempt"), ("T/Not", "wrongflag"),  # at most one integer
                   ("U/Node", "en"), ("U/Node", "exempt")}      # an integer
    theirs = validate_with_pyshacl(data, [shapes_file], background=False)
    assert {(r.rule, r.focus, r.value) for r in ours.results} == {(r.rule, r.focus, r.value) for r in theirs.results}


def test_nested_qualified_count_above_one_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.ttl").write_text(_NESTED_QUALIFIED.replace("sh:qualifiedMinCount 1", "sh:qualifiedMinCount 2"),
                                    encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"qualifiedMinCount above 1"):
        load_shapes(tmp_path)


def test_date_basis_values_are_the_bases_the_extractor_writes() -> None:
    """The closed list of vg:dateBasis values in shapes/ is the set of bases ``extract.dates`` can give."""
    from rdflib import RDF, Namespace

    from veillegraph.extract.dates import BASES

    g = _shapes_rdflib()
    sh = Namespace(SH)
    shape = Namespace(V.BASE + "shapes#")["Event-dateBasis"]
    [head] = list(g.objects(shape, sh["in"]))
    values = []
    while head != RDF.nil:
        values.append(str(g.value(head, RDF.first)))
        head = g.value(head, RDF.rest)
    assert sorted(values) == sorted(BASES)
