"""Render a query ``Result`` as text.

==========  ======================================================  =================
format      what                                                    query forms
==========  ======================================================  =================
table       aligned columns for reading; IRIs shortened to prefixes SELECT, ASK
csv         SPARQL 1.1 Query Results CSV (plain values, CRLF)       SELECT
tsv         SPARQL 1.1 Query Results TSV (terms in Turtle syntax)   SELECT
json        SPARQL 1.1 Query Results JSON                           SELECT, ASK
markdown    a Markdown table (IRIs shortened to prefixes)           SELECT, ASK
turtle      Turtle, triples sorted, fixed prefixes                  CONSTRUCT, DESCRIBE
==========  ======================================================  =================

Every renderer is deterministic: the same result gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from .. import _vocab as V
from .._errors import QueryError
from .execute import Cell, Result

FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "markdown", "turtle")
_APPLIES: dict[str, tuple[str, ...]] = {
    "table": ("SELECT", "ASK"),
    "csv": ("SELECT",),
    "tsv": ("SELECT",),
    "json": ("SELECT", "ASK"),
    "markdown": ("SELECT", "ASK"),
    "turtle": ("CONSTRUCT", "DESCRIBE"),
}
_BY_LENGTH = sorted(V.PREFIXES.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def default_format(result: Result) -> str:
    """``turtle`` for graph results, ``table`` otherwise."""
    return "turtle" if result.form in ("CONSTRUCT", "DESCRIBE") else "table"


def short(term: Cell) -> str:
    """A compact display form: ``prefix:local`` for known namespaces, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in _BY_LENGTH:
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns) :]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def plain(term: Cell) -> str:
    """The SPARQL CSV form: the IRI, the lexical form, ``_:label``, or empty when unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _csv(result: Result) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow([plain(c) for c in row])
    return out.getvalue()


def _tsv(result: Result) -> str:
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if c is None else str(c) for c in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype != V.XSD.string:
        out["datatype"] = term.datatype.value
    return out


def _json(result: Result) -> str:
    data: dict[str, Any]
    if result.form == "ASK":
        data = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [
            {v: _json_term(c) for v, c in zip(result.variables, row, strict=True) if c is not None}
            for row in result.rows
        ]
        data = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _table(result: Result) -> str:
    if result.form == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    body = [[short(c).replace("\n", " ") for c in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in body]
    out.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(out) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _markdown(result: Result) -> str:
    if result.form == "ASK":
        return f"**{'true' if result.boolean else 'false'}**\n"
    out = ["| " + " | ".join(result.variables) + " |", "|" + "---|" * len(result.variables)]
    out += ["| " + " | ".join(_md_cell(short(c)) for c in row) + " |" for row in result.rows]
    return "\n".join(out) + "\n"


def _turtle(result: Result) -> str:
    triples = sorted(set(result.triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=V.PREFIXES)
    text = data.decode("utf-8") if data else ""
    lines = text.split("\n")
    n = 0
    while n < len(lines) and lines[n].startswith("@prefix "):
        n += 1
    return "\n".join(sorted(lines[:n]) + lines[n:])


_RENDERERS: dict[str, Callable[[Result], str]] = {
    "table": _table,
    "csv": _csv,
    "tsv": _tsv,
    "json": _json,
    "markdown": _markdown,
    "turtle": _turtle,
}


def render(result: Result, fmt: str | None = None) -> str:
    """``result`` as text in ``fmt`` (default: table, or turtle for graph results)."""
    fmt = fmt or default_format(result)
    if fmt not in _RENDERERS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", code="VG307")
    if result.form not in _APPLIES[fmt]:
        fits = [f for f in FORMATS if result.form in _APPLIES[f]]
        raise QueryError(
            f"format {fmt!r} does not apply to a {result.form} query; use {' or '.join(fits)}", code="VG307"
        )
    return _RENDERERS[fmt](result)
