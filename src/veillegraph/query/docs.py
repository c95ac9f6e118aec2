"""Write the reference of the query library (``docs/queries.md``) from the query headers.

Regenerate with ``veillegraph queries --format markdown > docs/queries.md``;
``tests/test_query_docs.py`` fails when the file is out of date.
"""

from __future__ import annotations

from collections.abc import Iterable

from .library import Query
from .params import EXPECTS

_INTRO = (
    """\
# Query library

<!-- Generated from the #+ headers of queries/*.rq by
     `veillegraph queries --format markdown > docs/queries.md`; do not edit by hand. -->

Run a stored query by name on a graph file, the embedded store or a SPARQL endpoint:

```
veillegraph query NAME --data g.trig [--param KEY=VALUE]... [--format table|csv|tsv|json|markdown|turtle]
veillegraph query NAME --store DIR ...
veillegraph query NAME --endpoint http://127.0.0.1:7878/query ...
veillegraph query --file my.rq --data g.trig      # an ad-hoc query, same header format
veillegraph queries                               # list names, summaries and parameters
```

Queries read the union of all named graphs as their default graph. A remote
endpoint must be set up that way: `oxigraph serve --union-default-graph`
(or the `union-default-graph` request option), Fuseki with
`tdb2:unionDefaultGraph true`; GraphDB and Virtuoso do it by default.

Parameters are validated and bound as typed RDF terms, never pasted into the
query text (pyoxigraph `substitutions`, rdflib `initBindings`, and for a remote
endpoint a `VALUES` block of N-Triples terms at the top of the WHERE group and of
each sub-select that mentions the parameter).
A value with quotes, braces or keywords stays a value.

| type | accepted values |
|---|---|
"""
    + "".join(f"| `{t}` | {d} |\n" for t, d in EXPECTS.items())
    + """
CSV, TSV and JSON follow the SPARQL 1.1 Query Results formats; CONSTRUCT
queries print Turtle. An ASK query with `expect` in its header is a check:
`veillegraph query` exits 1 when the answer differs.

## Header format

```
#+ summary: one line
#+ description: >
#+   a paragraph (folded)
#+ tags: [events, core]
#+ expect: false            # ASK checks only
#+ joined: [agent, object]  # "|"-joined columns the runner sorts (distinct parts, alphabetical)
#+ params:
#+   - name: instrument     # ?instrument in the query (SELECT queries must project it)
#+     type: iri            # iri | date | decimal | integer | string | langstring
#+     default: id:instrument/ai-act
#+     required: false
#+     description: what it selects
```

Rules the loader checks or the tests enforce, so that every engine gives the same answer:

* a SELECT query projects each of its parameters (pyoxigraph binds only projected variables);
* a parameter is never tested with `BOUND(?p)`: write an optional filter as
  `FILTER (COALESCE(?x = ?p, true))`, true when the parameter is not given;
* a nested group that uses a parameter binds it with its own triple patterns (a remote
  endpoint sees the parameter as a `VALUES` block at the top of the WHERE group); a
  sub-select may also test a parameter it projects, to prune early (it gets a `VALUES`
  block of its own), but the test is repeated in the top-level group: rdflib's
  `initBindings` do not reliably reach inside a sub-select;
* an aggregate that may see no solution says `HAVING (COUNT(*) > 0)` (rdflib would
  otherwise return one empty group);
* no `ORDER BY` inside subqueries to order a `GROUP_CONCAT` (slow on large stores): list
  the column under `joined` and the runner orders its parts.

## Query performance

Latency on a 100,000-clipping store is measured by `bench/run.py queries` against the
same text run directly in pyoxigraph (`bench/results/queries.md`). What makes a query
fast in the embedded store (pyoxigraph's planner, on a store with one named graph per
clipping read as the union default graph):

* *Start from the parameter.* The planner does not know that a parameter is bound, and
  it starts from the pattern it estimates smallest: `?event a vg:Event` (a class) wins
  over `?event vg:agent ?court`, so the type test is written `FILTER EXISTS { ?event a
  vg:Event }` and the pattern with the parameter comes first.
* *Whole tables are joined by hashing.* Triple patterns of one group are joined by a
  lookup per row (a few microseconds each); a property read in a sub-select of its own
  (`{ SELECT ?event ?d WHERE { ?event vg:date ?d } }`) is scanned once and hash-joined,
  several times cheaper when every event is read (`events`, counts per type or month).
  `MINUS` is the hash form of `FILTER NOT EXISTS`.
* *One row per entity before reading it.* A minted actor or instrument is described
  again in every clipping graph that mentions it, and the union graph returns each copy:
  labels are read as one `MIN` per entity in a grouped sub-select, types as `FILTER
  EXISTS`, and `?entity vg:linked false` is grouped before use.
* *Event types map to codes in a small table* (the distinct types, then their top
  concept), not by walking `skos:broader*` for every event.
* *Filters do not cross a `GROUP BY`*, but they are pushed through `DISTINCT`: a
  `FILTER NOT EXISTS` after a `SELECT DISTINCT` sub-select may run once per input row.
* An `OPTIONAL` whose group has several patterns (or a sub-select) is evaluated over the
  whole store first; when the query has a parameter, put such a group in a sub-select
  that projects the parameter (`event-evidence`).
* *Follow a link from a few rows with a variable predicate.* When the rows are few (the
  events of one actor or instrument) but the property is common, the engine may scan the
  whole property and hash-join it; `?event ?p ?clip FILTER (?p = vg:reportedIn)` makes it
  look the link up from each row instead (`actor-subgraph`, `co-actors`,
  `experiment-story`). Never on a subject that may be unbound: that reads the whole store.
* *Per-event labels via a key that is always bound.* `OPTIONAL { ?event vg:agent ?a }`,
  then `BIND (COALESCE(?a, BNODE()) AS ?ak)` and a label table keyed on `?ak` (a fresh
  blank node matches no label), instead of an `OPTIONAL` group that joins every event.
* *Filter a scan in a grouped sub-select* (`search-evidence`: the quotes containing the
  text), so that the other patterns start from its few rows.
* *No property path over a whole table.* `?e vg:evidence/oa:hasTarget/oa:hasSelector/oa:start
  ?s` is looked up step by step for every row; over all events, one sub-select per step,
  starting from the offsets, is several times faster (`events`: 3.4 s to 0.6 s).
* *Never an `OPTIONAL { SELECT … }` nested in a group that binds its key* (inside another
  `OPTIONAL`): the sub-select is then evaluated again for every row (minutes on a large
  store). Put it at the top level, keyed on a variable that is always bound.
* *Restrict a label table to the entities used when they are few* (`events`,
  `events-between`: the distinct agents, under 2,000, rather than every labelled entity),
  and *join labels after grouping* when a group holds many rows of one entity
  (`instruments-by-status`). Never look labels up row by row where a row may hold two
  minted entities: their copies multiply (seconds become minutes).
* *Look up from the few rows found, not for every entity.* A plain triple pattern or path
  in an `OPTIONAL` after a selective sub-select is looked up row by row: `entity-by-label`
  counts the events of the entities whose label matched (0.2 s) instead of counting every
  entity's events in a sub-select joined afterwards (1.0 s on 100,000 clippings).
* *What stays.* Each join costs a few microseconds per row, and the runner reads every
  cell into Python: a whole table (`events`, 90,000 rows of 9 cells) or a large CONSTRUCT
  (`actor-subgraph` of the most cited actor, 160,000 triples) takes seconds however it is
  written. Sorting on IRIs or long strings reads each compared term from the store.
"""
)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def query_markdown(q: Query) -> str:
    """The section of one query."""
    out = [f"### `{q.name}`", "", q.summary, ""]
    if q.description:
        out += [q.description, ""]
    meta = f"*{q.form}*"
    if q.tags:
        meta += " · tags: " + ", ".join(f"`{t}`" for t in q.tags)
    if q.expect is not None:
        meta += f" · check: expects `{str(q.expect).lower()}`"
    out += [meta, ""]
    if q.params:
        out += ["| parameter | type | required | default | description |", "|---|---|---|---|---|"]
        for p in q.params:
            default = f"`{p.default}`" if p.default is not None else ""
            out.append(
                f"| `{p.name}` | {p.type} | {'yes' if p.required else 'no'} | {default} | "
                f"{_md(p.description)} |"
            )
        out.append("")
    example = f"veillegraph query {q.name} --data g.trig"
    for p in q.params:
        if p.required:
            example += f" --param {p.name}={p.default or '…'}"
    out += ["```", example, "```", ""]
    return "\n".join(out)


def library_markdown(queries: Iterable[Query]) -> str:
    """The whole reference: introduction, index, then one section per query (sorted by name)."""
    qs = sorted(queries, key=lambda q: q.name)
    index = ["## Queries", "", "| name | form | summary |", "|---|---|---|"]
    index += [
        f"| [`{q.name}`](#{q.name.replace('_', '').lower()}) | {q.form} | {_md(q.summary)} |" for q in qs
    ]
    return _INTRO + "\n" + "\n".join(index) + "\n\n" + "\n".join(query_markdown(q) for q in qs)
