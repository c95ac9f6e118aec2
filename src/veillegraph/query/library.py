"""The library of stored queries: ``queries/*.rq`` with ``#+`` headers.

Each file is read into a ``Query`` (name = file stem) and checked at load:
the header must parse and name a ``summary``; every declared parameter must
have a known type and appear as ``?name`` in the query, and the query must
parse (it is prepared by pyoxigraph on an empty store with a sample value for
each parameter, which also checks that SELECT queries project their
parameters, as pyoxigraph's ``substitutions`` require). A broken file fails
loudly with a ``QueryError`` naming it, never silently drops out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from .._errors import QueryError
from .._resources import data_dir
from . import _sparql_text
from ._header import HeaderSyntaxError, HeaderValue, header_lines, parse_header
from .params import PARAM_TYPES, Param, ParamType, sample_value, to_term

_TOP_KEYS = {"summary", "description", "tags", "params", "expect", "joined"}
_PARAM_KEYS = {"name", "type", "default", "required", "description", "lang"}


@dataclass(frozen=True, slots=True)
class Query:
    """A stored (or ad-hoc) SPARQL query with its header."""

    name: str
    text: str  # the whole file, header included (comments are valid SPARQL)
    form: str  # SELECT | CONSTRUCT | ASK | DESCRIBE
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    params: tuple[Param, ...] = ()
    expect: bool | None = None  # ASK checks: the answer CI expects
    joined: tuple[str, ...] = ()  # columns holding "|"-joined values, put in a canonical order by the runner
    path: Path | None = field(default=None, compare=False)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


def _bad(source: str, message: str, line: int | None = None) -> QueryError:
    where = f"{source}:{line}" if line else source
    return QueryError(f"{where}: {message}; fix the query file", code="VG302")


def _text(value: HeaderValue | None, key: str, source: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad(source, f"header key {key!r} must be text")
    return value


def _params(value: HeaderValue | None, source: str) -> tuple[Param, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise _bad(source, "header key 'params' must be a list of '- name: …' items")
    out: list[Param] = []
    for item in value:
        assert isinstance(item, dict)
        extra = set(item) - _PARAM_KEYS
        if extra:
            raise _bad(
                source,
                f"unknown parameter key(s) {', '.join(sorted(extra))}; "
                f"allowed: {', '.join(sorted(_PARAM_KEYS))}",
            )
        name, ptype = item.get("name"), item.get("type", "string")
        if not isinstance(name, str) or not name.isidentifier():
            raise _bad(source, f"parameter name {name!r} is not a valid variable name")
        if ptype not in PARAM_TYPES:
            raise _bad(
                source, f"parameter {name}: unknown type {ptype!r}; use one of {', '.join(PARAM_TYPES)}"
            )
        required = item.get("required", False)
        if not isinstance(required, bool):
            raise _bad(source, f"parameter {name}: 'required' must be true or false")
        default = item.get("default")
        if default is not None and not isinstance(default, str):
            default = str(default).lower()
        lang = item.get("lang")
        p = Param(
            name=name,
            type=cast(ParamType, ptype),
            required=required,
            default=default,
            description=_text(item.get("description"), "description", source),
            lang=lang if isinstance(lang, str) else None,
        )
        if p.default is not None:
            try:
                to_term(p, p.default, source)
            except QueryError as exc:
                raise _bad(source, f"default of parameter {name} is invalid: {exc.message}") from None
        if any(q.name == name for q in out):
            raise _bad(source, f"parameter {name} declared twice")
        out.append(p)
    return tuple(out)


def parse_query(text: str, name: str, path: Path | None = None) -> Query:
    """Read a query's header and check the query; raise ``QueryError`` naming ``name`` when broken."""
    source = str(path) if path else name
    lines, _body = header_lines(text)
    try:
        header = parse_header(lines)
    except HeaderSyntaxError as exc:
        raise _bad(source, f"header: {exc}", exc.line) from None
    unknown = set(header) - _TOP_KEYS
    if unknown:
        raise _bad(
            source,
            f"unknown header key(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_TOP_KEYS))}",
        )
    tags = header.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise _bad(source, "header key 'tags' must be a list such as [events, core]")
    expect = header.get("expect")
    if expect is not None and not isinstance(expect, bool):
        raise _bad(source, "header key 'expect' must be true or false")
    params = _params(header.get("params"), source)
    joined = header.get("joined", [])
    if not isinstance(joined, list) or not all(isinstance(j, str) for j in joined):
        raise _bad(source, "header key 'joined' must be a list of column names such as [agent, object]")
    form = _sparql_text.query_form(text)
    if not form:
        raise QueryError(
            f"{source}: not a SPARQL query (SELECT, CONSTRUCT, ASK or DESCRIBE); "
            "updates are not run by 'veillegraph query'",
            code="VG303",
        )
    mentioned = _sparql_text.variables(text)
    for p in params:
        if p.name not in mentioned:
            raise _bad(source, f"parameter {p.name} is declared but ?{p.name} is not used in the query")
    tested = _sparql_text.bound_tests(text)
    for p in params:
        if p.name in tested:
            raise _bad(
                source,
                f"parameter ?{p.name} is tested with BOUND(); engines disagree on it, "
                f"write COALESCE(?x = ?{p.name}, true) for an optional parameter",
            )
    for j in joined:
        if j not in mentioned:
            raise _bad(source, f"joined column {j} is not a variable of the query")
    if expect is not None and form != "ASK":
        raise _bad(source, "'expect' applies to ASK queries only")
    check_parses(text, params, source)
    return Query(
        name=name,
        text=text,
        form=form,
        summary=_text(header.get("summary"), "summary", source),
        description=_text(header.get("description"), "description", source),
        tags=tuple(tags),  # type: ignore[arg-type]
        params=params,
        expect=expect,
        joined=tuple(str(j) for j in joined),
        path=path,
    )


def check_parses(text: str, params: tuple[Param, ...], source: str) -> None:
    """Prepare the query with pyoxigraph on an empty store; raise ``QueryError`` if it does not parse."""
    subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(p.name): to_term(p, sample_value(p.type), source) for p in params
    }
    try:
        ox.Store().query(text, substitutions=subs, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"{source}: the query does not parse: {exc}", code="VG303") from None
    except (RuntimeError, ValueError) as exc:
        raise QueryError(
            f"{source}: the query cannot be prepared: {exc} (a SELECT query must project each "
            "of its parameters)",
            code="VG303",
        ) from None


def load_file(path: str | Path) -> Query:
    """Read one ``.rq`` file (a stored query or the analyst's own) into a ``Query``."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{p}: cannot read the query file: {exc}", code="VG310") from None
    return parse_query(text, p.stem, p)


@dataclass(frozen=True, slots=True)
class Library:
    """The stored queries by name."""

    queries: Mapping[str, Query]

    def __iter__(self) -> Iterator[Query]:
        return iter(self.queries[k] for k in sorted(self.queries))

    def __len__(self) -> int:
        return len(self.queries)

    def __contains__(self, name: object) -> bool:
        return name in self.queries

    def get(self, name: str) -> Query:
        """The query called ``name``; a ``QueryError`` listing the names when there is none."""
        try:
            return self.queries[name]
        except KeyError:
            raise QueryError(
                f"no stored query {name!r}; 'veillegraph queries' lists them: "
                f"{', '.join(sorted(self.queries))}",
                code="VG301",
            ) from None


def load_library(directory: str | Path | None = None) -> Library:
    """Load and check every ``*.rq`` file of ``directory`` (default: the package's ``queries/``)."""
    if directory is None:
        return _default_library()
    d = Path(directory)
    return Library({p.stem: load_file(p) for p in sorted(d.glob("*.rq"))})


@lru_cache(maxsize=1)
def _default_library() -> Library:
    return load_library(data_dir("queries"))


def get_query(name: str) -> Query:
    """The stored query ``name`` from the package's library."""
    return load_library().get(name)


__all__ = [
    "Library",
    "Param",
    "ParamType",
    "Query",
    "check_parses",
    "get_query",
    "load_file",
    "load_library",
    "parse_query",
]
