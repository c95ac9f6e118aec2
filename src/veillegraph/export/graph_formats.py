"""Writers of networkx projections: GraphML, GEXF 1.3, Cytoscape.js JSON, D3 node-link JSON, DOT, CSV.

Each writer takes a projection (see ``projections.py``) and a binary stream.
They keep the node and edge order of the graph, which projections build sorted,
so the output is byte-identical for the same input.

* GraphML and GEXF are streamed as text, so a 100,000-clipping graph never sits in
  memory as an XML tree; networkx reads both back. GraphML keys are typed (boolean,
  long, double, string), one per attribute and scope; the edges' unique ``id`` is
  the GraphML edge id.
* GEXF 1.3 is written here: networkx only writes 1.2draft, and that output is not
  valid against the official schema. The graph is ``mode="dynamic"``
  ``timeformat="date"``; a node or edge with a ``start`` attribute gets the
  ``start`` XML attribute, so Gephi's timeline plays the events in date order.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

import networkx as nx

GEXF_NS = "http://gexf.net/1.3"
GEXF_SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"

#: Attributes that GEXF carries natively on ``<node>``/``<edge>`` instead of as ``<attvalue>``.
_GEXF_NATIVE_NODE = frozenset({"label", "start"})
_GEXF_NATIVE_EDGE = frozenset({"label", "start", "weight", "id"})


def _edges(graph: nx.Graph) -> Iterator[tuple[Any, Any, dict[str, Any]]]:
    if graph.is_multigraph():
        for u, v, _k, attrs in graph.edges(keys=True, data=True):
            yield u, v, attrs
    else:
        yield from graph.edges(data=True)


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                               "\n": "&#10;", "\t": "&#9;"})
_CHUNK = 20_000


def _text(value: object) -> str:
    return str(value).translate(_TEXT_ESCAPES)


def _attr(value: object) -> str:
    return str(value).translate(_ATTR_ESCAPES)


class _Sink:
    """Collects lines and writes them to the stream in chunks (a big graph never sits in memory as text)."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        self.lines.append(line)
        if len(self.lines) >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.lines:
            self.out.write(("\n".join(self.lines) + "\n").encode("utf-8"))
            self.lines = []


def _value_type(values: Iterable[Any]) -> str:
    """The one type that holds every value: boolean, long, double or string."""
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return "boolean"
    if kinds and kinds <= {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


def _format(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return str(value)


def _key_types(items: Iterable[dict[str, Any]], skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """Attribute name → type, for every attribute of ``items`` but ``skip``, sorted by name."""
    values: dict[str, list[Any]] = {}
    for attrs in items:
        for name, value in attrs.items():
            if name not in skip:
                values.setdefault(name, []).append(value)
    return {name: _value_type(values[name]) for name in sorted(values)}


GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def write_graphml(graph: nx.Graph, out: IO[bytes]) -> None:
    """GraphML for Gephi, yEd and Cytoscape desktop (typed keys, unique edge ids, labels).

    One ``<key>`` per attribute and scope, typed ``boolean``, ``long``, ``double`` or
    ``string`` (a key whose values mix types is a string); ``<edge id>`` is the edge's
    ``id``. networkx's ``read_graphml`` reads it back with the same attributes.
    """
    sink = _Sink(out)
    sink.add("<?xml version='1.0' encoding='utf-8'?>")
    sink.add(f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{_XSI}" '
             f'xsi:schemaLocation="{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
    scopes = {
        "graph": _key_types([graph.graph]),
        "node": _key_types(a for _n, a in graph.nodes(data=True)),
        "edge": _key_types(a for *_e, a in _edges(graph)),
    }
    ids: dict[str, dict[str, str]] = {}
    for scope, types in scopes.items():
        ids[scope] = {}
        for name, kind in types.items():
            ident = ids[scope][name] = f"d{sum(len(k) for k in ids.values())}"
            sink.add(f'  <key id="{ident}" for="{scope}" attr.name="{_attr(name)}" attr.type="{kind}"/>')

    def data(scope: str, attrs: dict[str, Any], indent: str) -> None:
        types, keys = scopes[scope], ids[scope]
        for name, kind in types.items():
            if name in attrs:
                sink.add(f'{indent}<data key="{keys[name]}">{_text(_format(attrs[name], kind))}</data>')

    sink.add(f'  <graph edgedefault="{"directed" if graph.is_directed() else "undirected"}">')
    data("graph", graph.graph, "    ")
    for node, attrs in graph.nodes(data=True):
        sink.add(f'    <node id="{_attr(node)}">')
        data("node", attrs, "      ")
        sink.add("    </node>")
    for i, (u, v, attrs) in enumerate(_edges(graph)):
        sink.add(f'    <edge id="{_attr(attrs.get("id", f"e{i}"))}" source="{_attr(u)}" target="{_attr(v)}">')
        data("edge", attrs, "      ")
        sink.add("    </edge>")
    sink.add("  </graph>")
    sink.add("</graphml>")
    sink.flush()


def write_gexf(graph: nx.Graph, out: IO[bytes]) -> None:
    """GEXF 1.3, dynamic over dates, valid against the official 1.3 schema."""
    sink = _Sink(out)
    sink.add('<?xml version="1.0" encoding="UTF-8"?>')
    sink.add(f'<gexf xmlns="{GEXF_NS}" xmlns:xsi="{_XSI}" xsi:schemaLocation="{GEXF_SCHEMA_LOCATION}" '
             'version="1.3">')
    sink.add("  <meta>")
    sink.add("    <creator>veillegraph</creator>")
    sink.add(f"    <description>veillegraph projection: {_text(graph.graph.get('projection', 'graph'))}"
             "</description>")
    sink.add("  </meta>")
    sink.add(f'  <graph defaultedgetype="{"directed" if graph.is_directed() else "undirected"}" '
             'mode="dynamic" timeformat="date" idtype="string">')
    declared: dict[str, dict[str, tuple[str, str]]] = {}
    for cls, types in (("node", _key_types((a for _n, a in graph.nodes(data=True)), _GEXF_NATIVE_NODE)),
                       ("edge", _key_types((a for *_e, a in _edges(graph)), _GEXF_NATIVE_EDGE))):
        declared[cls] = {name: (f"{cls[0]}{i}", kind) for i, (name, kind) in enumerate(types.items())}
        sink.add(f'    <attributes class="{cls}" mode="static">')
        for name, (ident, kind) in declared[cls].items():
            sink.add(f'      <attribute id="{ident}" title="{_attr(name)}" type="{kind}"/>')
        sink.add("    </attributes>")

    def attvalues(cls: str, attrs: dict[str, Any]) -> None:
        present = [(name, ident, kind) for name, (ident, kind) in declared[cls].items() if name in attrs]
        if present:
            sink.add("        <attvalues>")
            for name, ident, kind in present:
                sink.add(f'          <attvalue for="{ident}" value="{_attr(_format(attrs[name], kind))}"/>')
            sink.add("        </attvalues>")

    sink.add(f'    <nodes count="{graph.number_of_nodes()}">')
    for node, attrs in graph.nodes(data=True):
        start = f' start="{_attr(attrs["start"])}"' if attrs.get("start") else ""
        sink.add(f'      <node id="{_attr(node)}" label="{_attr(attrs.get("label", node))}"{start}>')
        attvalues("node", attrs)
        sink.add("      </node>")
    sink.add("    </nodes>")
    sink.add(f'    <edges count="{graph.number_of_edges()}">')
    for i, (u, v, attrs) in enumerate(_edges(graph)):
        native = (("label", attrs.get("label")),
                  ("weight", repr(float(attrs["weight"])) if "weight" in attrs else None),
                  ("start", attrs.get("start")))
        extra = "".join(f' {name}="{_attr(value)}"' for name, value in native if value)
        sink.add(f'      <edge id="{_attr(attrs.get("id", f"e{i}"))}" source="{_attr(u)}" target="{_attr(v)}"'
                 f"{extra}>")
        attvalues("edge", attrs)
        sink.add("      </edge>")
    sink.add("    </edges>")
    sink.add("  </graph>")
    sink.add("</gexf>")
    sink.flush()

def _dump_json(obj: Any, out: IO[bytes]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


def write_cytoscape(graph: nx.Graph, out: IO[bytes]) -> None:
    """Cytoscape.js JSON: ``{"data": …, "elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}``."""
    _dump_json(nx.cytoscape_data(graph), out)


def write_node_link(graph: nx.Graph, out: IO[bytes]) -> None:
    """D3 node-link JSON: ``{"nodes": [{"id": …}], "links": [{"source": …, "target": …}]}``."""
    _dump_json(nx.node_link_data(graph, edges="links"), out)


def _dot_id(value: Any) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "")
    return f'"{text}"'


def write_dot(graph: nx.Graph, out: IO[bytes]) -> None:
    """Graphviz DOT; every attribute quoted, node ids are the IRIs."""
    arrow = "->" if graph.is_directed() else "--"
    kind = "digraph" if graph.is_directed() else "graph"
    lines = [f"strict {kind} {_dot_id(graph.graph.get('projection', 'veillegraph'))} {{"
             if not graph.is_multigraph() else f"{kind} {_dot_id(graph.graph.get('projection', 'veillegraph'))} {{"]
    for node, attrs in graph.nodes(data=True):
        body = ", ".join(f"{k}={_dot_id(v)}" for k, v in sorted(attrs.items()))
        lines.append(f"  {_dot_id(node)} [{body}];")
    for u, v, attrs in _edges(graph):
        body = ", ".join(f"{k}={_dot_id(val)}" for k, val in sorted(attrs.items()))
        lines.append(f"  {_dot_id(u)} {arrow} {_dot_id(v)} [{body}];")
    lines.append("}")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))


def _csv(rows: list[dict[str, Any]], first: list[str], out: IO[bytes]) -> None:
    columns = first + sorted({k for r in rows for k in r} - set(first))
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("true" if v is True else "false" if v is False else v) for k, v in row.items()})
    out.write(text.getvalue().encode("utf-8"))


def write_csv_nodes(graph: nx.Graph, out: IO[bytes]) -> None:
    """CSV node list: ``id,label,…`` then every node attribute, one node a row."""
    _csv([{"id": n, **attrs} for n, attrs in graph.nodes(data=True)], ["id", "label"], out)


def write_csv_edges(graph: nx.Graph, out: IO[bytes]) -> None:
    """CSV edge list: ``id,source,target,label,…`` then every edge attribute, one edge a row."""
    rows = [{"source": u, "target": v, **attrs} for u, v, attrs in _edges(graph)]
    _csv(rows, ["id", "source", "target", "label"], out)
