"""Helpers for the validation tests: the valid fixture graph and the broken variants of ``fixtures/shapes/``.

Each ``fixtures/shapes/broken/*.ru`` file is a SPARQL Update applied to
``fixtures/shapes/valid.trig``; its header names the rule it breaks
(``# rule:``), the focus node (``# focus:``, relative to ``id/``), any other
rule the change breaks as well (``# also:``) and any rule the change must *not*
break although it looks as if it could (``# guards:``, for exemptions such as
minted actors and the French label rule; the mutation test checks these cases
when such a rule changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from veillegraph import _vocab as V
from veillegraph.store import read_dataset

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
VALID = FIXTURES / "valid.trig"
BROKEN = FIXTURES / "broken"

HEADER = (
    "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(V.PREFIXES.items()))
    + f"PREFIX cg: <{V.GRAPH}clipping/>\nPREFIX gr: <{V.GRAPH}>\nBASE <{V.ID}>\n"
)


@dataclass(frozen=True)
class Case:
    path: Path
    rule: str
    focus: str  # full IRI
    also: tuple[str, ...]
    update: str
    guards: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.path.stem

    def store(self) -> ox.Store:
        """A fresh store: the valid graph with this case's change."""
        s = read_dataset(VALID)
        s.update(HEADER + self.update)
        return s

    def prepared(self) -> ox.Store:
        """The same with the packaged ontology and reference data added, built once (do not modify it)."""
        return _prepared(self)


@cache
def _prepared(case: Case) -> ox.Store:
    from veillegraph.validate import with_background

    return with_background(case.store())


def load_case(path: Path) -> Case:
    meta: dict[str, str] = {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and ":" in line and not body:
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
        elif not line.startswith("#"):
            body.append(line)
    return Case(path=path, rule=meta["rule"], focus=str(V.ID) + meta["focus"],
                also=tuple(meta.get("also", "").split()), update="\n".join(body),
                guards=tuple(meta.get("guards", "").split()))


def cases() -> list[Case]:
    return [load_case(p) for p in sorted(BROKEN.glob("*.ru"))]


def slim_background(store: ox.Store) -> ox.Store:
    """Add the part of the packaged ontology that the shapes read (types, class and concept hierarchy)
    and the reference entities the store mentions, so pySHACL runs in seconds, not minutes.
    Validate the result with ``background=False``."""
    from veillegraph.knowledge import default_knowledge

    k = default_knowledge()
    keep = {V.RDF.type, V.RDFS.subClassOf, V.IN_SCHEME, V.BROADER}
    store.extend(q for q in k.ontology if q.predicate in keep)
    mentioned = {q.object for q in store.quads_for_pattern(None, None, None) if isinstance(q.object, ox.NamedNode)}
    store.extend(q for q in k.reference if q.subject in mentioned)
    return store
