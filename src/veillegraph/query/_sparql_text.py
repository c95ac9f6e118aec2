"""A small SPARQL lexer: find a query's form and where its WHERE group opens.

Used for one job: binding parameters for a remote endpoint, which has no
parameter API. The *query text* is trusted (a stored query or the analyst's
own file); the *values* are not. Values are validated RDF terms written in
N-Triples form (``<iri>``, ``"lexical"^^<datatype>``, ``"text"@lang``), whose
escaping cannot leave the term, and they go into a ``VALUES`` block placed
just inside the opening brace of the query's WHERE group. The lexer skips
comments, strings and IRIs so that a brace inside them is never taken for
the group's brace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

_TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\ufffd]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[^\s{}()\[\];,.]*)?|:[^\s{}()\[\];,]*)
  | (?P<punct>[{}()\[\];,.])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    start: int


def tokens(text: str) -> Iterator[Token]:
    """The significant tokens of ``text`` (whitespace and comments dropped)."""
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        yield Token(kind, m.group(), m.start())


def query_form(text: str) -> str:
    """``SELECT``, ``CONSTRUCT``, ``ASK`` or ``DESCRIBE``; ``""`` when none is found (e.g. an update)."""
    for tok in tokens(text):
        if tok.kind == "word" and tok.text.upper() in FORMS:
            return tok.text.upper()
    return ""


def variables(text: str) -> set[str]:
    """The names of all variables mentioned in ``text`` (without ``?``/``$``)."""
    return {t.text[1:] for t in tokens(text) if t.kind == "var"}


def bound_tests(text: str) -> set[str]:
    """Variables tested with ``BOUND(?x)`` in ``text``.

    A parameter must not be: engines disagree on whether a bound parameter is
    ``BOUND`` (pyoxigraph's substitutions are not), so optional parameters are
    written ``COALESCE(?x = ?param, true)`` instead.
    """
    toks = list(tokens(text))
    out = set()
    for i in range(len(toks) - 2):
        if (
            toks[i].kind == "word"
            and toks[i].text.upper() == "BOUND"
            and toks[i + 1].text == "("
            and toks[i + 2].kind == "var"
        ):
            out.add(toks[i + 2].text[1:])
    return out


def where_brace(text: str) -> int:
    """Offset of the ``{`` that opens the query's WHERE group.

    For CONSTRUCT it is the brace after the ``WHERE`` keyword (the first one is
    the template); for the other forms the first brace after the form keyword
    (``WHERE`` is optional there). Raises ``ValueError`` when there is none.
    """
    form = ""
    seen_where = False
    for tok in tokens(text):
        if tok.kind == "word":
            upper = tok.text.upper()
            if not form and upper in FORMS:
                form = upper
            elif form and upper == "WHERE":
                seen_where = True
        elif tok.kind == "punct" and tok.text == "{" and form and (form != "CONSTRUCT" or seen_where):
            return tok.start
    raise ValueError("no WHERE group found in the query")


def values_block(bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``VALUES (?a ?b) { (<…> "…") }`` for ``bindings``, terms in N-Triples form."""
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"not a parameter name: {name!r}")
    head = " ".join(f"?{n}" for n in names)
    row = " ".join(str(bindings[n]) for n in names)
    return f"VALUES ({head}) {{ ({row}) }}"


def subselect_groups(text: str) -> list[tuple[int, int, set[str]]]:
    """``(open, close, variables)`` of the WHERE group of each sub-select in ``text``.

    ``open``/``close`` are the offsets of the group's braces; ``variables`` are the names
    mentioned in the sub-select (projection and group). The query's own WHERE group is not listed.
    """
    toks = list(tokens(text))
    top = where_brace(text)
    out = []
    for i, tok in enumerate(toks):
        if tok.kind != "word" or tok.text.upper() != "SELECT" or tok.start < top:
            continue
        names: set[str] = set()
        j = i + 1
        while j < len(toks) and not (toks[j].kind == "punct" and toks[j].text == "{"):
            if toks[j].kind == "var":
                names.add(toks[j].text[1:])
            j += 1
        if j == len(toks):
            continue
        depth = 0
        for k in range(j, len(toks)):
            if toks[k].kind == "var":
                names.add(toks[k].text[1:])
            elif toks[k].kind == "punct" and toks[k].text == "{":
                depth += 1
            elif toks[k].kind == "punct" and toks[k].text == "}":
                depth -= 1
                if depth == 0:
                    out.append((toks[j].start, toks[k].start, names))
                    break
    return out


def inject_values(text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """The query ``text`` with a VALUES block for ``bindings`` at the top of its WHERE group.

    A sub-select that mentions a parameter gets its own VALUES block for it too (the top block
    is not visible inside a sub-select), so a parameter means the same at every level, as with
    pyoxigraph's ``substitutions``.
    """
    if not bindings:
        return text
    inserts = [(where_brace(text) + 1, dict(bindings))]
    for start, _, names in subselect_groups(text):
        used = {k: v for k, v in bindings.items() if k in names}
        if used:
            inserts.append((start + 1, used))
    for at, block in sorted(inserts, key=lambda x: x[0], reverse=True):
        text = f"{text[:at]}\n  {values_block(block)}\n{text[at:]}"
    return text
