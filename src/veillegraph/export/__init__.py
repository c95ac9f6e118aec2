"""Exports of the knowledge graph: projections with networkx, and a registry of renderers.

An exporter is a renderer (``Exporter``: name, extension, media type, render)
registered in ``EXPORTERS``; the CLI's ``--format`` choices come from it and a
third-party package adds one through the entry-point group
``veillegraph.exporters``. A renderer gets an :class:`ExportJob` (the dataset,
the projection asked for and the event selection) and a binary stream.

>>> job = ExportJob(store, projection="actor-instrument")   # doctest: +SKIP
>>> EXPORTERS.get("graphml").render(job, open("g.graphml", "wb"))   # doctest: +SKIP

Graph formats (graphml, gexf, cytoscape, node-link, dot, csv-nodes, csv-edges)
render a projection (``projections.PROJECTIONS``); RDF formats (turtle, trig,
jsonld) render the subgraph of the selected events (``rdf_formats``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import IO

import networkx as nx
import pyoxigraph as ox

from .._errors import UsageError
from ..registry import Registry
from ..store import open_source
from . import graph_formats as gf
from ._data import GraphData, Selection, load_graph_data, select
from .projections import PROJECTIONS, project
from .rdf_formats import subgraph_quads, write_rdf

__all__ = [
    "EXPORTERS",
    "PROJECTIONS",
    "ExportJob",
    "Exporter",
    "GraphData",
    "Selection",
    "export",
    "format_for_path",
    "load_graph_data",
    "open_input",
    "project",
    "select",
]


@dataclass
class ExportJob:
    """What to export: a dataset, a projection name and a selection of events."""

    store: ox.Store
    projection: str = "events"
    selection: Selection = field(default_factory=Selection)

    @cached_property
    def data(self) -> GraphData:
        """The selected part of the dataset, as plain records."""
        return select(load_graph_data(self.store), self.selection)

    @cached_property
    def graph(self) -> nx.Graph:
        """The projection asked for, built from :attr:`data`."""
        if self.projection not in PROJECTIONS:
            raise UsageError(f"no projection called {self.projection!r}; choose one of: "
                             f"{', '.join(PROJECTIONS)}", code="VG801")
        return project(self.data, self.projection)

    def quads(self) -> list[ox.Quad]:
        """The quads of the selected subgraph (every quad when nothing is selected)."""
        if not self.selection:
            return subgraph_quads(self.store, None)
        return subgraph_quads(self.store, [e.iri for e in self.data.events])


Render = Callable[[ExportJob, IO[bytes]], None]


@dataclass(frozen=True, slots=True)
class Exporter:
    """A renderer: ``render(job, stream)`` writes the file; ``graph`` says whether it uses a projection."""

    name: str
    extension: str
    media_type: str
    render: Render
    description: str
    graph: bool = True


#: Exporters by name; ``--format`` choices come from here.
EXPORTERS: Registry[Exporter] = Registry("exporters")


def _graph_renderer(write: Callable[[nx.Graph, IO[bytes]], None]) -> Render:
    def render(job: ExportJob, out: IO[bytes]) -> None:
        write(job.graph, out)

    return render


def _rdf_renderer(fmt: str) -> Render:
    def render(job: ExportJob, out: IO[bytes]) -> None:
        write_rdf(job.quads(), fmt, out)

    return render


for _e in (
    Exporter("graphml", "graphml", "application/graphml+xml", _graph_renderer(gf.write_graphml),
             "GraphML for Gephi, yEd, Cytoscape desktop"),
    Exporter("gexf", "gexf", "application/gexf+xml", _graph_renderer(gf.write_gexf),
             "GEXF 1.3, dynamic over event dates (Gephi timeline)"),
    Exporter("cytoscape", "cyjs", "application/json", _graph_renderer(gf.write_cytoscape),
             "Cytoscape.js JSON (elements.nodes / elements.edges)"),
    Exporter("node-link", "json", "application/json", _graph_renderer(gf.write_node_link),
             "D3 node-link JSON (nodes / links)"),
    Exporter("dot", "dot", "text/vnd.graphviz", _graph_renderer(gf.write_dot), "Graphviz DOT"),
    Exporter("csv-nodes", "nodes.csv", "text/csv", _graph_renderer(gf.write_csv_nodes), "CSV node list"),
    Exporter("csv-edges", "edges.csv", "text/csv", _graph_renderer(gf.write_csv_edges), "CSV edge list"),
    Exporter("turtle", "ttl", "text/turtle", _rdf_renderer("turtle"),
             "Turtle of the selected subgraph (graphs merged)", graph=False),
    Exporter("trig", "trig", "application/trig", _rdf_renderer("trig"),
             "TriG of the selected subgraph (named graphs kept)", graph=False),
    Exporter("jsonld", "jsonld", "application/ld+json", _rdf_renderer("jsonld"),
             "JSON-LD of the selected subgraph", graph=False),
):
    EXPORTERS.register(_e.name, _e)


def format_for_path(path: str) -> str | None:
    """The exporter whose extension ends ``path`` (longest extension first), or None."""
    name = path.lower()
    matches = sorted(((len(e.extension), key) for key, e in EXPORTERS if name.endswith("." + e.extension)),
                     reverse=True)
    return matches[0][1] if matches else None


def open_input(graph: str | None = None, store_dir: str | None = None) -> ox.Store:
    """Open a dataset file (TriG, Turtle, N-Quads, JSON-LD…; ``-`` stdin) or the embedded store, read only."""
    return open_source(graph, store_dir)


def export(job: ExportJob, fmt: str, out: IO[bytes]) -> Exporter:
    """Render ``job`` as the format ``fmt`` (a key of ``EXPORTERS``) into ``out``; return the exporter."""
    if fmt not in EXPORTERS:
        raise UsageError(f"no export format called {fmt!r}; choose one of: {', '.join(EXPORTERS.names())}",
                         code="VG806")
    exporter = EXPORTERS.get(fmt)
    exporter.render(job, out)
    return exporter
