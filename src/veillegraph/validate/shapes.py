"""Read the SHACL shapes of ``shapes/`` and compile each constraint into one set-based SPARQL query.

A shapes graph is a set of node shapes with targets; each constraint of a
shape (a constraint component of the shape or of one of its property shapes,
or a SHACL-SPARQL ``sh:sparql`` constraint) becomes one :class:`Constraint`
whose query returns every violating ``?this`` (focus node) with its ``?value``
(and ``?path`` for SPARQL constraints) for the whole dataset at once, instead
of one query per focus node as a SHACL engine does.

The compiler covers the components the project's shapes use (listed in
``SUPPORTED``); a shape that uses another one is refused with an error rather
than silently skipped, so the shapes stay the single source of truth that
pySHACL and Jena can also run.

Shapes files named ``global.ttl`` hold the whole-graph rules (``scope ==
"global"``); every other file holds rules local to one clipping's graph plus the
reference data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import pyoxigraph as ox

from .. import _vocab as V
from .._errors import KnowledgeError
from .._resources import data_dir

Node = ox.NamedNode | ox.BlankNode
Term = ox.NamedNode | ox.BlankNode | ox.Literal

SH = V.SH
XSD = V.XSD
_RDF_TYPE = f"<{V.RDF.type.value}>"
_SUBCLASS = f"<{V.RDFS.subClassOf.value}>"

#: File whose shapes run over the whole graph.
GLOBAL_FILE = "global.ttl"
#: A SPARQL comment inside each target pattern; incremental validation replaces it with a filter
#: that keeps only the focus nodes described in the graphs being validated.
SCOPE_MARK = "# scope"
SCOPE_FILTER = "GRAPH ?scope_g { ?this ?scope_p ?scope_o }"

#: Constraint parameters the compiler understands (local names in the sh: namespace).
SUPPORTED = frozenset({
    "class", "datatype", "nodeKind", "in", "hasValue", "pattern", "flags", "minLength", "maxLength",
    "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "languageIn", "uniqueLang",
    "minCount", "maxCount", "node", "or", "and", "not", "qualifiedValueShape", "qualifiedMinCount",
    "qualifiedMaxCount", "lessThan", "lessThanOrEquals", "sparql",
})
#: Shape properties that are not constraints.
_NON_CONSTRAINTS = frozenset({
    "path", "property", "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "message",
    "severity", "name", "description", "order", "group", "deactivated", "declare", "prefixes",
    "qualifiedValueShapesDisjoint",
})
_COMPONENT = {
    "class": "ClassConstraintComponent", "datatype": "DatatypeConstraintComponent",
    "nodeKind": "NodeKindConstraintComponent", "in": "InConstraintComponent",
    "hasValue": "HasValueConstraintComponent", "pattern": "PatternConstraintComponent",
    "minLength": "MinLengthConstraintComponent", "maxLength": "MaxLengthConstraintComponent",
    "minInclusive": "MinInclusiveConstraintComponent", "maxInclusive": "MaxInclusiveConstraintComponent",
    "minExclusive": "MinExclusiveConstraintComponent", "maxExclusive": "MaxExclusiveConstraintComponent",
    "languageIn": "LanguageInConstraintComponent", "uniqueLang": "UniqueLangConstraintComponent",
    "minCount": "MinCountConstraintComponent", "maxCount": "MaxCountConstraintComponent",
    "node": "NodeConstraintComponent", "or": "OrConstraintComponent", "and": "AndConstraintComponent",
    "not": "NotConstraintComponent", "qualifiedMinCount": "QualifiedMinCountConstraintComponent",
    "qualifiedMaxCount": "QualifiedMaxCountConstraintComponent", "lessThan": "LessThanConstraintComponent",
    "lessThanOrEquals": "LessThanOrEqualsConstraintComponent", "sparql": "SPARQLConstraintComponent",
}
#: Components checked value by value (the others count values or compare properties).
_VALUE_COMPONENTS = ("class", "datatype", "nodeKind", "in", "pattern", "minLength", "maxLength",
                     "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "languageIn",
                     "node", "or", "and", "not")
_OPERATORS = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}
_NODE_KINDS = {
    "IRI": "isIRI({v})", "Literal": "isLiteral({v})", "BlankNode": "isBlank({v})",
    "BlankNodeOrIRI": "!isLiteral({v})", "BlankNodeOrLiteral": "!isIRI({v})", "IRIOrLiteral": "!isBlank({v})",
}
_CASTS = {"date", "dateTime", "decimal", "integer", "boolean", "double", "float"}
_LEXICAL = {
    "gYear": r"^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$",
    "gYearMonth": r"^-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-][0-9]{2}:[0-9]{2})?$",
    "nonNegativeInteger": r"^\+?[0-9]+$",
}


@dataclass(frozen=True, slots=True)
class Constraint:
    """One constraint of the shapes graph, compiled to a set-based SPARQL query.

    ``rule`` is the stable name used in reports: ``{shape}/{Component}`` for a
    core constraint (``Event-date/MaxCount``), the constraint's own name for a
    SHACL-SPARQL one (``QuoteMatchesText``).
    """

    rule: str
    shape: Node
    component: ox.NamedNode
    source_constraint: Node | None
    path: ox.NamedNode | None
    path_sparql: str | None
    severity: ox.NamedNode
    messages: tuple[tuple[str, str], ...]  # (language, text), sorted
    query: str
    scope: str  # "local" | "global"
    file: str
    value_is_focus: bool = False
    #: Target classes and predicates (IRIs): a graph where none occurs has no focus node for this
    #: constraint (empty: the shape targets given nodes, always run).
    triggers: tuple[str, ...] = ()
    #: Predicates (IRIs) that every result reads: where one of them occurs in no triple, the query has
    #: no result and an incremental check skips it (empty: always run).
    requires: tuple[str, ...] = ()

    def message(self, lang: str) -> str:
        """The message in ``lang``, else English, else any."""
        by_lang = dict(self.messages)
        return by_lang.get(lang) or by_lang.get("en") or next(iter(by_lang.values()), self.rule)


@dataclass(frozen=True)
class ShapesGraph:
    """The shapes (as a pyoxigraph store) and their compiled constraints."""

    store: ox.Store
    constraints: tuple[Constraint, ...]
    files: tuple[Path, ...]
    prefixes: dict[str, str] = field(default_factory=dict)
    file_of: dict[str, str] = field(default_factory=dict)  # shape (N-Triples term) -> file it came from

    def by_rule(self) -> dict[str, Constraint]:
        return {c.rule: c for c in self.constraints}


def local_name(node: Node) -> str:
    """The part of an IRI after its last ``#`` or ``/`` (a blank node's id for a blank node)."""
    if isinstance(node, ox.BlankNode):
        return "_:" + node.value
    return re.split(r"[#/]", node.value)[-1]


def _sparql_term(term: Term) -> str:
    if isinstance(term, ox.BlankNode):
        raise KnowledgeError("a blank node cannot appear as a constraint value", code="VG502")
    return str(term)


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


class _Compiler:
    """Walks one shapes store and turns constraints into SPARQL."""

    def __init__(self, store: ox.Store, file_of: dict[str, str]) -> None:
        self.store = store
        self.file_of = file_of
        self._vars = count(1)
        self.prefixes = self._declared_prefixes()

    # --- reading the shapes graph ---------------------------------------------------
    def objects(self, s: Node, p: ox.NamedNode) -> list[Term]:
        found = [q.object for q in self.store.quads_for_pattern(s, p, None)
                 if isinstance(q.object, ox.NamedNode | ox.BlankNode | ox.Literal)]
        return sorted(found, key=str)

    def one(self, s: Node, p: ox.NamedNode) -> Term | None:
        values = self.objects(s, p)
        if len(values) > 1:
            raise KnowledgeError(f"shape {s} has several values for {p.value}; give one", code="VG503")
        return values[0] if values else None

    def items(self, head: Term) -> list[Term]:
        out: list[Term] = []
        node = head
        while node != V.RDF.nil:
            if isinstance(node, ox.Literal):
                raise KnowledgeError(f"malformed RDF list in the shapes at {head}", code="VG504")
            first = self.one(node, V.RDF.first)
            rest = self.one(node, V.RDF.rest)
            if first is None or rest is None:
                raise KnowledgeError(f"malformed RDF list in the shapes at {head}", code="VG504")
            out.append(first)
            node = rest
        return out

    def params(self, shape: Node) -> dict[str, list[Term]]:
        out: dict[str, list[Term]] = {}
        for q in self.store.quads_for_pattern(shape, None, None):
            p = q.predicate.value
            if p.startswith(str(SH)):
                out.setdefault(p[len(str(SH)):], []).append(q.object)  # type: ignore[arg-type]
        for name, values in out.items():
            values.sort(key=str)
            if name not in SUPPORTED and name not in _NON_CONSTRAINTS:
                raise KnowledgeError(
                    f"shape {shape} uses sh:{name}, which veillegraph's validator does not run; "
                    f"use one of {', '.join(sorted(SUPPORTED))} or a sh:sparql constraint", code="VG505")
        return out

    def _declared_prefixes(self) -> dict[str, str]:
        prefixes: dict[str, str] = {}
        for q in self.store.quads_for_pattern(None, SH.declare, None):
            decl = q.object
            assert isinstance(decl, ox.NamedNode | ox.BlankNode)
            name, ns = self.one(decl, SH.prefix), self.one(decl, SH.namespace)
            if name is not None and ns is not None:
                prefixes[name.value] = ns.value
        return prefixes

    def fresh(self) -> str:
        return f"?v{next(self._vars)}"

    # --- paths and targets ----------------------------------------------------------
    def path(self, node: Term) -> str:
        if isinstance(node, ox.NamedNode):
            return f"<{node.value}>"
        if isinstance(node, ox.Literal):
            raise KnowledgeError(f"a literal is no SHACL path: {node}", code="VG506")
        inverse = self.one(node, SH.inversePath)
        if inverse is not None:
            return f"^{self.path(inverse)}"
        if self.one(node, V.RDF.first) is not None:
            return "(" + "/".join(self.path(i) for i in self.items(node)) + ")"
        raise KnowledgeError(f"path {node} is not supported: use an IRI, a sequence or sh:inversePath",
                             code="VG506")

    def path_predicates(self, node: Term) -> tuple[str, ...]:
        """The IRIs of a path (an IRI, a sequence or an inverse path), each of which a match must use."""
        if isinstance(node, ox.NamedNode):
            return (node.value,)
        if isinstance(node, ox.BlankNode):
            inverse = self.one(node, SH.inversePath)
            if inverse is not None:
                return self.path_predicates(inverse)
            if self.one(node, V.RDF.first) is not None:
                return tuple(p for item in self.items(node) for p in self.path_predicates(item))
        return ()

    def targets(self, shape: Node) -> str | None:
        parts: list[str] = []
        for cls in self.objects(shape, SH.targetClass):
            parts.append(f"?this {_RDF_TYPE}/{_SUBCLASS}* {_sparql_term(cls)} .")
        for node in self.objects(shape, SH.targetNode):
            parts.append(f"VALUES ?this {{ {_sparql_term(node)} }}")
        for p in self.objects(shape, SH.targetSubjectsOf):
            parts.append(f"?this {_sparql_term(p)} ?target_ .")
        for p in self.objects(shape, SH.targetObjectsOf):
            parts.append(f"?target_ {_sparql_term(p)} ?this .")
        if not parts:
            return None
        union = " UNION ".join("{ " + p + " }" for p in parts)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {SCOPE_MARK}\n {union} }} }}"

    def triggers(self, shape: Node) -> tuple[str, ...]:
        if self.objects(shape, SH.targetNode):
            return ()
        found = [t.value for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf)
                 for t in self.objects(shape, p) if isinstance(t, ox.NamedNode)]
        return tuple(sorted(found))

    # --- value conditions -----------------------------------------------------------
    def datatype_condition(self, dt: Term, v: str) -> str:
        iri = _sparql_term(dt)
        local = dt.value.removeprefix(str(XSD)) if dt.value.startswith(str(XSD)) else None
        checks = [f"isLiteral({v})"]
        if local in _LEXICAL:
            # pyoxigraph stores derived integer types as xsd:integer; accept the lexical form instead
            checks.append(f"(datatype({v}) = {iri} || datatype({v}) = <{XSD.integer.value}>)"
                          if local == "nonNegativeInteger" else f"datatype({v}) = {iri}")
            checks.append(f"REGEX(STR({v}), {_string(_LEXICAL[local])})")
        else:
            checks.append(f"datatype({v}) = {iri}")
            if local in _CASTS:
                checks.append(f"datatype({iri}(STR({v}))) = {iri}")
        return "(" + " && ".join(checks) + ")"

    def value_conditions(self, shape: Node, params: dict[str, list[Term]], name: str, v: str) -> list[str]:
        """SPARQL boolean expressions, true when value ``v`` meets constraint ``name`` of ``shape``."""
        values = params[name]
        conds: list[str] = []
        for val in values:
            if name == "class":
                conds.append(f"EXISTS {{ {v} {_RDF_TYPE}/{_SUBCLASS}* {_sparql_term(val)} }}")
            elif name == "datatype":
                conds.append(self.datatype_condition(val, v))
            elif name == "nodeKind":
                kind = local_name(val)  # type: ignore[arg-type]
                if kind not in _NODE_KINDS:
                    raise KnowledgeError(f"shape {shape}: unknown sh:nodeKind {val}", code="VG507")
                conds.append(_NODE_KINDS[kind].format(v=v))
            elif name == "in":
                members = self.items(val)
                conds.append("(" + (" || ".join(f"sameTerm({v}, {_sparql_term(m)})" for m in members)
                                    or "false") + ")")
            elif name == "pattern":
                flags = params.get("flags")
                flag_arg = f", {_string(flags[0].value)}" if flags else ""
                conds.append(f"(!isBlank({v}) && REGEX(STR({v}), {_string(val.value)}{flag_arg}))")
            elif name in ("minLength", "maxLength"):
                op = ">=" if name == "minLength" else "<="
                conds.append(f"(!isBlank({v}) && STRLEN(STR({v})) {op} {int(val.value)})")
            elif name in _OPERATORS:
                conds.append(f"({v} {_OPERATORS[name]} {_sparql_term(val)})")
            elif name == "languageIn":
                langs = [m.value for m in self.items(val)]
                conds.append(f"(isLiteral({v}) && (" + (
                    " || ".join(f"langMatches(lang({v}), {_string(t)})" for t in langs) or "false") + "))")
            elif name == "node":
                conds.append(self.conforms(val, v))
            elif name == "not":
                conds.append(f"!({self.conforms(val, v)})")
            elif name in ("or", "and"):
                joiner = " || " if name == "or" else " && "
                members = self.items(val)
                conds.append("(" + joiner.join(self.conforms(m, v) for m in members) + ")")
        return [f"COALESCE({c}, false)" for c in conds]

    def conforms(self, shape: Term, v: str) -> str:
        """A SPARQL expression true when node ``v`` conforms to the (nested) ``shape``."""
        if isinstance(shape, ox.Literal):
            raise KnowledgeError(f"a literal is no shape: {shape}", code="VG508")
        params = self.params(shape)
        conds: list[str] = []
        if "path" in params:
            conds.extend(self.property_conforms(shape, params, v))
        else:
            for name in _VALUE_COMPONENTS:
                if name in params:
                    conds.extend(self.value_conditions(shape, params, name, v))
            for value in params.get("hasValue", []):
                conds.append(f"sameTerm({v}, {_sparql_term(value)})")
            for prop in params.get("property", []):
                assert not isinstance(prop, ox.Literal)
                conds.extend(self.property_conforms(prop, self.params(prop), v))
        for name in ("uniqueLang", "lessThan", "lessThanOrEquals", "sparql"):
            if name in params:
                raise KnowledgeError(f"shape {shape}: sh:{name} is only supported in top-level shapes",
                                     code="VG509")
        return "(" + (" && ".join(conds) or "true") + ")"

    def property_conforms(self, prop: Node, params: dict[str, list[Term]], v: str) -> list[str]:
        if "path" not in params:
            raise KnowledgeError(f"property shape {prop} has no sh:path", code="VG511")
        path = self.path(params["path"][0])
        y = self.fresh()
        conds: list[str] = []
        for val in params.get("minCount", []):
            n = int(val.value)
            if n > 1:
                raise KnowledgeError(f"nested shape {prop}: sh:minCount above 1 is not supported", code="VG509")
            if n == 1:
                conds.append(f"EXISTS {{ {v} {path} {y} }}")
        for val in params.get("maxCount", []):
            n = int(val.value)
            if n == 0:
                conds.append(f"NOT EXISTS {{ {v} {path} {y} }}")
            elif n == 1:
                z = self.fresh()
                conds.append(f"NOT EXISTS {{ {v} {path} {y}, {z} FILTER (!sameTerm({y}, {z})) }}")
            else:
                raise KnowledgeError(f"nested shape {prop}: sh:maxCount above 1 is not supported", code="VG509")
        for val in params.get("hasValue", []):
            conds.append(f"EXISTS {{ {v} {path} {y} FILTER (sameTerm({y}, {_sparql_term(val)})) }}")
        value_conds = [c for name in _VALUE_COMPONENTS if name in params
                       for c in self.value_conditions(prop, params, name, y)]
        if value_conds:
            conds.append(f"NOT EXISTS {{ {v} {path} {y} FILTER (!({' && '.join(value_conds)})) }}")
        conds.extend(self.qualified_conforms(prop, params, v, path))
        return conds

    def qualified_conforms(self, prop: Node, params: dict[str, list[Term]], v: str, path: str) -> list[str]:
        """Qualified counts of a nested property shape (at most 1), as ``EXISTS`` conditions on ``v``."""
        if "qualifiedMinCount" not in params and "qualifiedMaxCount" not in params:
            return []
        if "qualifiedValueShape" not in params:
            raise KnowledgeError(f"property shape {prop}: a qualified count needs sh:qualifiedValueShape",
                                 code="VG509")
        shape = params["qualifiedValueShape"][0]
        y = self.fresh()
        ok_y = self.conforms(shape, y)
        conds: list[str] = []
        for name in ("qualifiedMinCount", "qualifiedMaxCount"):
            for val in params.get(name, []):
                n = int(val.value)
                if n > 1:
                    raise KnowledgeError(f"nested shape {prop}: sh:{name} above 1 is not supported", code="VG509")
                if name == "qualifiedMinCount" and n == 1:
                    conds.append(f"EXISTS {{ {v} {path} {y} FILTER ({ok_y}) }}")
                elif name == "qualifiedMaxCount" and n == 0:
                    conds.append(f"NOT EXISTS {{ {v} {path} {y} FILTER ({ok_y}) }}")
                elif name == "qualifiedMaxCount":
                    z = self.fresh()
                    conds.append(f"NOT EXISTS {{ {v} {path} {y}, {z} "
                                 f"FILTER (!sameTerm({y}, {z}) && {ok_y} && {self.conforms(shape, z)}) }}")
        return conds

    # --- top-level constraints ------------------------------------------------------
    def messages(self, *nodes: Node) -> tuple[tuple[str, str], ...]:
        for node in nodes:
            msgs = [m for m in self.objects(node, SH.message) if isinstance(m, ox.Literal)]
            if msgs:
                return tuple(sorted((m.language or "", m.value) for m in msgs))
        return ()

    def severity(self, shape: Node) -> ox.NamedNode:
        sev = self.one(shape, SH.severity)
        if sev is None:
            return SH.Violation
        if not isinstance(sev, ox.NamedNode):
            raise KnowledgeError(f"shape {shape}: sh:severity must be an IRI", code="VG510")
        return sev

    def file(self, node: Node) -> str:
        return self.file_of.get(str(node), "")

    def compile_all(self) -> list[Constraint]:
        shapes: set[Node] = set()
        for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
            for q in self.store.quads_for_pattern(None, p, None):
                shapes.add(q.subject)  # type: ignore[arg-type]
        out: list[Constraint] = []
        for shape in sorted(shapes, key=str):
            if self.one(shape, SH.deactivated) == ox.Literal(True):
                continue
            out.extend(self.compile_shape(shape))
        return out

    def compile_shape(self, shape: Node) -> Iterator[Constraint]:
        target = self.targets(shape)
        assert target is not None
        params = self.params(shape)
        scope = "global" if Path(self.file(shape)).name == GLOBAL_FILE else "local"
        node_rules = [n for n in _VALUE_COMPONENTS if n in params] + (["hasValue"] if "hasValue" in params else [])
        for name in node_rules:
            if name == "hasValue":
                conds = [f"sameTerm(?this, {_sparql_term(v)})" for v in params[name]]
            else:
                conds = self.value_conditions(shape, params, name, "?this")
            body = f"{target} FILTER (!({' && '.join(conds)}))"
            yield self._make(shape, shape, name, None, None, body, scope, value_is_focus=True)
        for prop in params.get("property", []):
            assert not isinstance(prop, ox.Literal)
            if self.one(prop, SH.deactivated) == ox.Literal(True):
                continue
            yield from self.compile_property(shape, prop, target, scope)
        for sparql in params.get("sparql", []):
            assert not isinstance(sparql, ox.Literal)
            yield self.compile_sparql(shape, sparql, target, scope)

    def _make(self, shape: Node, source: Node, name: str, path: Term | None, path_sparql: str | None,
              body: str, scope: str, *, select: str = "?this ?value", grouped: str = "",
              value_is_focus: bool = False, message_from: Node | None = None,
              requires: tuple[str, ...] = ()) -> Constraint:
        component = SH[_COMPONENT[name]]
        head = "SELECT DISTINCT ?this ?value" if select == "?this ?value" else f"SELECT {select}"
        if value_is_focus:
            head = "SELECT DISTINCT ?this (?this AS ?value)"
        query = f"{head} WHERE {{ {body} }}{grouped}"
        return Constraint(
            rule=f"{local_name(source)}/{_COMPONENT[name].removesuffix('ConstraintComponent')}",
            shape=source, component=component, source_constraint=None,
            path=path if isinstance(path, ox.NamedNode) else None, path_sparql=path_sparql,
            severity=self.severity(source), messages=self.messages(message_from or source, shape),
            query=query, scope=scope, file=self.file(shape), value_is_focus=value_is_focus,
            triggers=self.triggers(shape), requires=tuple(sorted(set(requires))),
        )

    def compile_property(self, shape: Node, prop: Node, target: str, scope: str) -> Iterator[Constraint]:
        params = self.params(prop)
        if "path" not in params:
            raise KnowledgeError(f"property shape {prop} has no sh:path", code="VG511")
        path_node = params["path"][0]
        path = self.path(path_node)

        # the components that only report values found along the path: no path triple, no result
        uses_path = self.path_predicates(path_node)

        def make(name: str, body: str, *, select: str = "?this ?value", grouped: str = "",
                 extra: tuple[str, ...] = ()) -> Constraint:
            reads = () if name in ("minCount", "hasValue", "qualifiedMinCount") else uses_path + extra
            return self._make(shape, prop, name, path_node, path, body, scope, select=select, grouped=grouped,
                              requires=reads)

        for val in params.get("minCount", []):
            n = int(val.value)
            if n == 1:
                yield make("minCount", f"{target} FILTER NOT EXISTS {{ ?this {path} ?any_ }}",
                           select="DISTINCT ?this")
            elif n > 1:
                yield make("minCount", f"{target} OPTIONAL {{ ?this {path} ?any_ }}", select="?this",
                           grouped=f" GROUP BY ?this HAVING (COUNT(DISTINCT ?any_) < {n})")
        for val in params.get("maxCount", []):
            n = int(val.value)
            yield make("maxCount", f"{target} ?this {path} ?any_ .", select="?this",
                       grouped=f" GROUP BY ?this HAVING (COUNT(DISTINCT ?any_) > {n})")
        for val in params.get("hasValue", []):
            yield make("hasValue",
                       f"{target} FILTER NOT EXISTS {{ ?this {path} ?any_ FILTER (sameTerm(?any_, "
                       f"{_sparql_term(val)})) }}", select="DISTINCT ?this")
        if params.get("uniqueLang") == [ox.Literal(True)]:
            yield make("uniqueLang",
                       f"{target} ?this {path} ?any_ . FILTER (isLiteral(?any_) && lang(?any_) != \"\") "
                       "BIND (LCASE(lang(?any_)) AS ?lang_)", select="?this",
                       grouped=" GROUP BY ?this ?lang_ HAVING (COUNT(DISTINCT ?any_) > 1)")
        for name in _VALUE_COMPONENTS:
            if name in params:
                conds = self.value_conditions(prop, params, name, "?value")
                yield make(name, f"{target} ?this {path} ?value . FILTER (!({' && '.join(conds)}))")
        if "qualifiedValueShape" in params:
            q = params["qualifiedValueShape"][0]
            ok = self.conforms(q, "?any_")
            for val in params.get("qualifiedMinCount", []):
                yield make("qualifiedMinCount",
                           f"{target} OPTIONAL {{ ?this {path} ?any_ . FILTER ({ok}) }}", select="?this",
                           grouped=f" GROUP BY ?this HAVING (COUNT(DISTINCT ?any_) < {int(val.value)})")
            for val in params.get("qualifiedMaxCount", []):
                yield make("qualifiedMaxCount",
                           f"{target} ?this {path} ?any_ . FILTER ({ok})", select="?this",
                           grouped=f" GROUP BY ?this HAVING (COUNT(DISTINCT ?any_) > {int(val.value)})")
        for name, op in (("lessThan", "<"), ("lessThanOrEquals", "<=")):
            for other in params.get(name, []):
                yield make(name, f"{target} ?this {path} ?value . ?this {_sparql_term(other)} ?other_ . "
                                 f"FILTER (!COALESCE(?value {op} ?other_, false))",
                           extra=(other.value,) if isinstance(other, ox.NamedNode) else ())

    def compile_sparql(self, shape: Node, sparql: Node, target: str, scope: str) -> Constraint:
        select = self.one(sparql, SH.select)
        if select is None:
            raise KnowledgeError(f"SPARQL constraint {sparql} has no sh:select", code="VG512")
        prefixes: dict[str, str] = {}
        for owner in self.objects(sparql, SH.prefixes):
            assert not isinstance(owner, ox.Literal)
            for decl in self.objects(owner, SH.declare):
                assert not isinstance(decl, ox.Literal)
                name, ns = self.one(decl, SH.prefix), self.one(decl, SH.namespace)
                if name is not None and ns is not None:
                    prefixes[name.value] = ns.value
        header = "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(prefixes.items()))
        inner = select.value.strip()
        query = (f"{header}SELECT DISTINCT ?this ?value ?path WHERE {{ {target} {{ {inner} }} }}")
        return Constraint(
            rule=local_name(sparql), shape=shape, component=SH.SPARQLConstraintComponent,
            source_constraint=sparql, path=None, path_sparql=None, severity=self.severity(shape),
            messages=self.messages(sparql, shape), query=query, scope=scope, file=self.file(shape),
            triggers=self.triggers(shape),
        )


def shape_files(directory: Path | None = None) -> list[Path]:
    """The ``*.ttl`` files of the shapes directory, sorted by name."""
    root = directory if directory is not None else data_dir("shapes")
    files = sorted(root.glob("*.ttl"))
    if not files:
        raise KnowledgeError(f"no shapes (*.ttl) in {root}", code="VG501")
    return files


def load_shapes(source: Path | Iterable[Path] | None = None) -> ShapesGraph:
    """Read shapes files (a directory, a list of files, or the packaged ``shapes/``) and compile them."""
    if source is None or (isinstance(source, Path) and source.is_dir()):
        files = shape_files(source if isinstance(source, Path) else None)
    elif isinstance(source, Path):
        files = [source]
    else:
        files = sorted(source)
    store = ox.Store()
    file_of: dict[str, str] = {}
    for path in files:
        try:
            triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        except (SyntaxError, OSError) as exc:
            raise KnowledgeError(f"{path}: cannot read the shapes: {exc}", code="VG500") from exc
        for t in triples:
            store.add(ox.Quad(t.subject, t.predicate, t.object))
            if t.predicate == V.RDF.type or t.predicate in (SH.property, SH.sparql):
                file_of.setdefault(str(t.subject), str(path))
    return compile_store(store, file_of, tuple(files))


def compile_store(store: ox.Store, file_of: dict[str, str] | None = None,
                  files: tuple[Path, ...] = ()) -> ShapesGraph:
    """Compile the shapes held in ``store`` (``file_of`` maps a shape to its file, for the scope)."""
    compiler = _Compiler(store, dict(file_of or {}))
    return ShapesGraph(store=store, constraints=tuple(compiler.compile_all()), files=files,
                       prefixes=compiler.prefixes, file_of=dict(file_of or {}))
