"""The validation report: results with their context, and the SHACL ``sh:ValidationReport`` as RDF.

Every output format (text, JSON, JUnit, SARIF, Markdown, Turtle) is rendered
from one :class:`Report`; its RDF form (:meth:`Report.to_rdf`) is the standard
SHACL report that pySHACL or Jena would give for the same data and shapes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from .. import _vocab as V

SH = V.SH

#: Severities from the most to the least serious, with their short names.
SEVERITIES: dict[str, str] = {
    SH.Violation.value: "violation",
    SH.Warning.value: "warning",
    SH.Info.value: "info",
}
_RANK = {name: i for i, name in enumerate(SEVERITIES.values())}


@dataclass(frozen=True, slots=True)
class Context:
    """Where a focus node comes from: its clipping and the quote that supports it."""

    clipping: str | None = None  # IRI of the clipping
    clipping_id: str | None = None  # dct:identifier
    title: str | None = None  # dct:title, or the start of the text when there is none
    quote: str | None = None  # oa:exact of the related evidence
    graph: str | None = None  # named graph holding the focus node


@dataclass(frozen=True, slots=True)
class Result:
    """One validation result (one ``sh:ValidationResult``)."""

    rule: str  # stable rule name, e.g. "Event-date/MaxCount" or "QuoteMatchesText"
    focus: str  # focus node, as N-Triples term (<iri> or _:b)
    severity: str  # "violation" | "warning" | "info"
    shape: str  # IRI of the source shape
    component: str  # IRI of the constraint component
    path: str | None  # IRI of the result path, when there is one
    value: str | None  # the value node, as an N-Triples term
    message_fr: str
    message_en: str
    source_constraint: str | None = None  # IRI of the SPARQL constraint, for SHACL-SPARQL rules
    context: Context = field(default_factory=Context)

    @property
    def focus_iri(self) -> str:
        """The focus node without the angle brackets of N-Triples."""
        return self.focus[1:-1] if self.focus.startswith("<") else self.focus

    def message(self, lang: str = "en") -> str:
        return self.message_fr if lang == "fr" else self.message_en

    def sort_key(self) -> tuple[int, str, str, str]:
        return (_RANK.get(self.severity, 9), self.rule, self.focus, self.value or "")


@dataclass(frozen=True)
class Report:
    """The outcome of :func:`veillegraph.validate.validate`.

    ``conforms`` is true when no result has severity violation (warnings and
    infos do not break conformance, as pySHACL's ``allow_warnings``).
    """

    results: tuple[Result, ...]
    rules: tuple[tuple[str, str, str], ...] = ()  # (rule, severity, English label) of every rule checked
    graphs: int = 0
    engine: str = "veillegraph"
    seconds: float = 0.0

    @property
    def conforms(self) -> bool:
        return not any(r.severity == "violation" for r in self.results)

    def count(self, severity: str) -> int:
        return sum(1 for r in self.results if r.severity == severity)

    def failed(self, fail_on: str = "violation") -> bool:
        """True when a result is at least as serious as ``fail_on`` ("violation" or "warning")."""
        limit = _RANK[fail_on]
        return any(_RANK.get(r.severity, 9) <= limit for r in self.results)

    def by_rule(self) -> Iterator[tuple[str, list[Result]]]:
        """Results grouped by rule, most serious rules first, in a fixed order."""
        groups: dict[str, list[Result]] = {}
        for r in self.results:
            groups.setdefault(r.rule, []).append(r)
        order = sorted(groups, key=lambda k: (min(_RANK.get(r.severity, 9) for r in groups[k]), k))
        for rule in order:
            yield rule, groups[rule]

    def to_rdf(self) -> list[ox.Triple]:
        """The SHACL validation report as triples (blank nodes with stable ids, fixed order)."""
        report = ox.BlankNode("report")
        triples = [
            ox.Triple(report, V.RDF.type, SH.ValidationReport),
            ox.Triple(report, SH.conforms, ox.Literal(self.conforms)),
        ]
        for i, r in enumerate(self.results, start=1):
            node = ox.BlankNode(f"r{i:06d}")
            triples.append(ox.Triple(report, SH.result, node))
            triples.append(ox.Triple(node, V.RDF.type, SH.ValidationResult))
            triples.append(ox.Triple(node, SH.focusNode, _term(r.focus)))
            triples.append(ox.Triple(node, SH.resultSeverity, _severity_iri(r.severity)))
            triples.append(ox.Triple(node, SH.sourceShape, ox.NamedNode(r.shape)))
            triples.append(ox.Triple(node, SH.sourceConstraintComponent, ox.NamedNode(r.component)))
            if r.source_constraint:
                triples.append(ox.Triple(node, SH.sourceConstraint, ox.NamedNode(r.source_constraint)))
            if r.path:
                triples.append(ox.Triple(node, SH.resultPath, ox.NamedNode(r.path)))
            if r.value is not None:
                triples.append(ox.Triple(node, SH.value, _term(r.value)))
            triples.append(ox.Triple(node, SH.resultMessage, ox.Literal(r.message_fr, language="fr")))
            triples.append(ox.Triple(node, SH.resultMessage, ox.Literal(r.message_en, language="en")))
            if r.context.clipping:
                triples.append(ox.Triple(node, V.RDFS.seeAlso, ox.NamedNode(r.context.clipping)))
        return triples


def _severity_iri(name: str) -> ox.NamedNode:
    for iri, short in SEVERITIES.items():
        if short == name:
            return ox.NamedNode(iri)
    return SH.Violation


def _term(text: str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Parse one N-Triples term back (the form results keep focus nodes and values in)."""
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    if text.startswith("_:"):
        return ox.BlankNode(text[2:])
    triple = next(iter(ox.parse(f"<{V.BASE}> <{V.BASE}> {text} .".encode(), format=ox.RdfFormat.N_TRIPLES)))
    obj = triple.object
    assert isinstance(obj, ox.NamedNode | ox.BlankNode | ox.Literal)
    return obj
