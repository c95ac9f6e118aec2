"""The query stage: a library of named SPARQL queries and the runner that executes them.

``queries/*.rq`` are read with their ``#+`` headers (``library``), parameters
are validated and bound as typed RDF terms (``params``), queries run on a
pyoxigraph ``Store``, an rdflib ``Dataset`` or a remote endpoint
(``execute``), and results are rendered as table, CSV, TSV, JSON, Markdown or
Turtle (``render``). ``docs`` writes ``docs/queries.md`` from the headers.

>>> from veillegraph.query import get_query, run, render
>>> import pyoxigraph
>>> print(render(run(get_query("events"), pyoxigraph.Store()), "csv"), end="")
clipping_id,type,agent,object,date,amount_eur,count,modality,event
"""

from __future__ import annotations

from .execute import Endpoint, Result, run
from .library import Library, Query, get_query, load_file, load_library, parse_query
from .params import PARAM_TYPES, Param, bind
from .render import FORMATS, render

__all__ = [
    "FORMATS",
    "PARAM_TYPES",
    "Endpoint",
    "Library",
    "Param",
    "Query",
    "Result",
    "bind",
    "get_query",
    "load_file",
    "load_library",
    "parse_query",
    "render",
    "run",
]
