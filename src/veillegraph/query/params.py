"""Typed query parameters: declare them, validate raw values, build RDF terms.

A parameter value from the command line (``--param instrument=…``) or from
Python is checked against its declared type and turned into a pyoxigraph
term; the term, never the text, reaches the query engine:

=============  ==================================================  =====================
type           accepted values                                     RDF term
=============  ==================================================  =====================
``iri``        an absolute IRI, or ``prefix:local`` with a known   ``NamedNode``
               prefix (``id:actor/cnil``)
``date``       ``YYYY-MM-DD`` (a real calendar day)                ``xsd:date``
``decimal``    ``-12.5``, ``104000``                               ``xsd:decimal``
``integer``    ``-3``, ``10``                                      ``xsd:integer``
``string``     any text                                            ``xsd:string``
``langstring`` ``text@fr`` (or the parameter's default language)   ``rdf:langString``
=============  ==================================================  =====================
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal as _Lit
from typing import get_args

import pyoxigraph as ox

from .. import _vocab as V
from .._errors import QueryError

ParamType = _Lit["iri", "date", "decimal", "integer", "string", "langstring"]
PARAM_TYPES: tuple[str, ...] = get_args(ParamType)

#: What each type expects, in words (used in error messages and the docs).
EXPECTS: dict[str, str] = {
    "iri": "an absolute IRI such as https://w3id.org/veillegraph/id/actor/cnil, "
    "or prefix:local (id:actor/cnil)",
    "date": "a calendar date YYYY-MM-DD",
    "decimal": "a decimal number such as 104000 or -12.5",
    "integer": "a whole number such as 10",
    "string": "any text",
    "langstring": "text with a language tag, such as rapport@fr",
}

_DECIMAL_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_INTEGER_RE = re.compile(r"^[+-]?\d+$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANG_RE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_CURIE_RE = re.compile(r"^([A-Za-z][A-Za-z0-9_\-]*):(.*)$")

Term = ox.NamedNode | ox.Literal


@dataclass(frozen=True, slots=True)
class Param:
    """A declared parameter of a stored query; ``?name`` in the query text."""

    name: str
    type: ParamType
    required: bool = False
    default: str | None = None
    description: str = ""
    lang: str | None = None  # default language tag of a langstring parameter

    def describe(self) -> str:
        """One line: ``name (type, required|default …): description``."""
        flags = (
            "required"
            if self.required
            else (f"default {self.default}" if self.default is not None else "optional")
        )
        text = f"{self.name} ({self.type}, {flags})"
        return f"{text}: {self.description}" if self.description else text


def _fail(param: Param, raw: str, why: str, query: str) -> QueryError:
    return QueryError(
        f"query {query!r}: parameter {param.name}={raw!r} is not valid: {why}; "
        f"{param.name} expects {EXPECTS[param.type]}",
        code="VG306",
    )


def to_term(param: Param, raw: str, query: str = "?") -> Term:
    """Validate ``raw`` against ``param``'s type and return the RDF term (raise ``QueryError``)."""
    value = raw.strip() if param.type != "string" and param.type != "langstring" else raw
    if param.type == "iri":
        m = _CURIE_RE.match(value)
        if m and m.group(1) in V.PREFIXES and not value.startswith(("http:", "https:", "urn:")):
            value = V.PREFIXES[m.group(1)] + m.group(2)
        try:
            node = ox.NamedNode(value)
        except ValueError as exc:
            raise _fail(param, raw, str(exc), query) from None
        return node
    if param.type == "date":
        if not _DATE_RE.match(value):
            raise _fail(param, raw, "not in the form YYYY-MM-DD", query)
        try:
            _dt.date.fromisoformat(value)
        except ValueError as exc:
            raise _fail(param, raw, str(exc), query) from None
        return ox.Literal(value, datatype=V.XSD.date)
    if param.type == "decimal":
        if not _DECIMAL_RE.match(value):
            raise _fail(param, raw, "not a decimal number", query)
        return ox.Literal(value, datatype=V.XSD.decimal)
    if param.type == "integer":
        if not _INTEGER_RE.match(value):
            raise _fail(param, raw, "not a whole number", query)
        return ox.Literal(str(int(value)), datatype=V.XSD.integer)
    if param.type == "string":
        return ox.Literal(value)
    # langstring
    text, sep, tag = value.rpartition("@")
    if not sep or not _LANG_RE.match(tag):
        if param.lang is None:
            raise _fail(param, raw, "no language tag (write text@fr)", query)
        text, tag = value, param.lang
    return ox.Literal(text, language=tag.lower())


def bind(params: tuple[Param, ...], raw: Mapping[str, str], query: str = "?") -> dict[str, Term]:
    """Typed terms for the values in ``raw`` plus defaults; raise ``QueryError`` listing what is expected."""
    known = {p.name: p for p in params}
    unknown = sorted(set(raw) - set(known))
    expected = "; ".join(p.describe() for p in params) or "no parameters"
    if unknown:
        raise QueryError(
            f"query {query!r} has no parameter {', '.join(unknown)}; it expects: {expected}", code="VG304"
        )
    missing = [p.name for p in params if p.required and p.name not in raw]
    if missing:
        raise QueryError(f"query {query!r} needs {', '.join(missing)}; it expects: {expected}", code="VG305")
    out: dict[str, Term] = {}
    for p in params:
        if p.name in raw:
            out[p.name] = to_term(p, raw[p.name], query)
        elif p.default is not None:
            out[p.name] = to_term(p, p.default, query)
    return out


def sample_value(ptype: str) -> str:
    """A valid value of ``ptype`` (used to check a query at load time)."""
    return {
        "iri": "urn:veillegraph:sample",
        "date": "2000-01-01",
        "decimal": "1.5",
        "integer": "1",
        "string": "sample",
        "langstring": "sample@fr",
    }[ptype]
