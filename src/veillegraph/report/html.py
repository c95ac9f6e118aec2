"""The HTML report: one self-contained file that works offline, from a ``file://`` URL.

What it holds:

* an interactive graph of actors and what they acted on (the ``actor-instrument``
  projection laid out by networkx with a fixed seed, drawn as inline SVG):
  drag to pan, wheel or buttons to zoom, click a node for its events;
* a timeline of dated events (one lane per event type);
* a filterable table of events with the evidence quote and a link to the source;
* counts by event type and by actor.

Safety: every string that comes from a clipping or the graph is HTML-escaped
where it is written (``html.escape``), the data handed to the script is JSON with
``<``, ``>`` and ``&`` escaped, the script only ever sets ``textContent``, source
links are kept only for ``http``/``https`` URLs, and a Content-Security-Policy
allows no network at all and only the report's own script (by its hash).
There is no third-party JavaScript. The same data gives byte-identical HTML.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx

from ..export._data import Event, GraphData
from ..export.projections import actor_instrument_graph, xml_safe

#: Layout seed: the same graph is drawn the same way every time.
LAYOUT_SEED = 42
#: At most this many events are listed in the table (the most recent first); counts cover all.
MAX_TABLE_EVENTS = 5000
_WIDTH = 1000.0
_CATEGORY_COLOURS = {"actor": "#2f6fb3", "instrument": "#2e9d5b", "matter": "#d9822b"}
_TYPE_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                 "#9c755f", "#bab0ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#a6761d")


def _e(value: object) -> str:
    """Escape for HTML text and quoted attribute values."""
    return escape(xml_safe(str(value)), quote=True)


def _json_for_script(obj: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _safe_url(url: str) -> str:
    return url if url.lower().startswith(("http://", "https://")) else ""


def _truncate(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _type_colours(data: GraphData) -> dict[str, str]:
    codes = sorted({e.type.top_code for e in data.events})
    return {c: _TYPE_COLOURS[i % len(_TYPE_COLOURS)] for i, c in enumerate(codes)}


def _sorted_events(data: GraphData) -> list[Event]:
    """Events, dated ones first from the most recent, then undated; ties by IRI."""
    dated = sorted((e for e in data.events if e.start), key=lambda e: (e.start, e.iri), reverse=True)
    return dated + sorted((e for e in data.events if not e.start), key=lambda e: e.iri)


def _source_of(data: GraphData, event: Event) -> tuple[str, str]:
    """(label, url) of the first clipping reporting the event."""
    for c in event.clippings:
        clip = data.clippings.get(c)
        if clip:
            return clip.title or clip.identifier or c.rsplit("/", 1)[-1], clip.source
    return "", ""


#: Room left on the right of each packed component for its labels (in layout units; a node is ~0.3).
_LABEL_ROOM = 1.2


def layout(g: nx.Graph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Positions in the unit square: a spring layout per connected component, components packed in rows.

    The largest components come first; the result only depends on the graph and ``seed``.
    """
    und = g.to_undirected(as_view=True)
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c[0]))
    total = sum(len(c) for c in comps)
    row_width = max(math.sqrt(total) * 2.2, math.sqrt(len(comps[0])) + _LABEL_ROOM if comps else 1.0)
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp in comps:
        side = math.sqrt(len(comp))
        if x > 0 and x + side + _LABEL_ROOM > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        sub = und.subgraph(comp)
        pos = nx.spring_layout(sub, seed=seed, iterations=100) if len(comp) > 1 else {comp[0]: (0.0, 0.0)}
        lo = [min(float(p[i]) for p in pos.values()) for i in (0, 1)]
        hi = [max(float(p[i]) for p in pos.values()) for i in (0, 1)]
        for n in comp:  # each axis stretched to the component's box, so flat layouts use the space too
            rel = [(float(pos[n][i]) - lo[i]) / (hi[i] - lo[i]) if hi[i] > lo[i] else 0.5 for i in (0, 1)]
            placed[n] = (x + side * (0.1 + 0.8 * rel[0]), y + side * (0.1 + 0.8 * rel[1]))
        x += side + _LABEL_ROOM
        row_h = max(row_h, side)
    width = max(max((p[0] for p in placed.values()), default=1.0), 1e-9)
    height = max(max((p[1] for p in placed.values()), default=1.0), 1e-9)
    scale = max(width, height)
    return {n: (px / scale, py / scale) for n, (px, py) in placed.items()}


def _graph_svg(g: nx.DiGraph, node_index: dict[str, int]) -> str:
    if g.number_of_nodes() == 0:
        return '<p class="empty">No actor or instrument to draw.</p>'
    pos = layout(g)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    spanx, spany = (maxx - minx) or 1.0, (maxy - miny) or 1.0
    left, right, top = 40.0, 230.0, 40.0
    height = round(min(max((_WIDTH - left - right) * spany / spanx + 2 * top, 320.0), 900.0))

    def at(n: str) -> tuple[float, float]:
        x, y = pos[n]
        return (round(left + (x - minx) / spanx * (_WIDTH - left - right), 1),
                round(top + (y - miny) / spany * (height - 2 * top), 1))

    counts = {n: int(d.get("event_count", 0)) for n, d in g.nodes(data=True)}
    show_label = set(sorted(g.nodes, key=lambda n: (-counts[n], n))[:40])
    parts = [f'<svg id="graph" viewBox="0 0 {_WIDTH:g} {height:g}" role="img" '
             'aria-label="actors and what they acted on" xmlns="http://www.w3.org/2000/svg">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
             'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#999"/></marker></defs>',
             '<g id="viewport"><g class="edges">']
    for u, v, d in g.edges(data=True):
        (x1, y1), (x2, y2) = at(u), at(v)
        width = min(1 + int(d.get("weight", 1)), 8)
        parts.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke-width="{width}" '
                     f'marker-end="url(#arrow)"><title>{_e(d.get("label", ""))} ({_e(d.get("weight", 1))})'
                     '</title></line>')
    parts.append('</g><g class="nodes">')
    for n, d in g.nodes(data=True):
        x, y = at(n)
        r = round(5 + 3 * min(counts[n], 10) ** 0.5, 1)
        colour = _CATEGORY_COLOURS.get(str(d.get("category")), "#777")
        label = str(d.get("label", n))
        parts.append(f'<g class="node" tabindex="0" data-node="{node_index[n]}" transform="translate({x},{y})">'
                     f'<circle r="{r}" fill="{colour}"/><title>{_e(label)}</title>')
        if n in show_label:
            parts.append(f'<text x="{r + 3}" y="4">{_e(_truncate(label, 30))}</text>')
        parts.append("</g>")
    parts.append("</g></g></svg>")
    return "".join(parts)


def _timeline_svg(data: GraphData, colours: dict[str, str], row_of: dict[str, int]) -> str:
    dated = sorted((e for e in data.events if e.start), key=lambda e: (e.start, e.iri))
    if not dated:
        return '<p class="empty">No dated event.</p>'
    lanes = sorted({e.type.top_code for e in dated})
    first, last = _months(dated[0].start), _months(dated[-1].start)
    span = last - first + 1  # the last month gets its own width
    left, right, lane_h = 150.0, 30.0, 26.0
    height = 40 + lane_h * len(lanes)
    width = 1000.0
    parts = [f'<svg id="timeline" viewBox="0 0 {width:g} {height:g}" role="img" aria-label="timeline of events" '
             'xmlns="http://www.w3.org/2000/svg">']
    for i, lane in enumerate(lanes):
        y = 20 + lane_h * i + lane_h / 2
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{_e(lane)}</text>'
                     f'<line class="lane" x1="{left}" y1="{y}" x2="{width - right}" y2="{y}"/>')
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60, 120, 10**6) if span // s <= 8)
    for m in range(first - first % step, last + 1, step):
        if m < first:
            continue
        x = round(left + (m - first) / span * (width - left - right), 1)
        parts.append(f'<line class="tick" x1="{x}" y1="14" x2="{x}" y2="{height - 18}"/>'
                     f'<text class="tick-label" x="{x}" y="{height - 4}" text-anchor="middle">'
                     f'{m // 12:04d}-{m % 12 + 1:02d}</text>')
    for e in dated:
        when = _months(e.start) + (int(e.start[8:10]) - 1) / 31
        x = round(left + (when - first) / span * (width - left - right), 1)
        y = 20 + lane_h * lanes.index(e.type.top_code) + lane_h / 2
        row = row_of.get(e.iri)
        ref = f' data-row="{row}"' if row is not None else ""
        parts.append(f'<circle class="tl-dot" cx="{x}" cy="{y}" r="6" fill="{colours[e.type.top_code]}"{ref}>'
                     f'<title>{_e(e.date)} {_e(e.type.label)}: {_e(", ".join(data.label(o) for o in e.objects))}'
                     '</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


def _months(date: str) -> int:
    return int(date[:4]) * 12 + int(date[5:7]) - 1


def _counts_table(caption: str, counts: Counter[str], ident: str) -> str:
    total = max(counts.values()) if counts else 1
    rows = "".join(
        f'<tr><td>{_e(name)}</td><td class="num">{n}</td>'
        f'<td class="bar"><span style="width:{round(100 * n / total)}%"></span></td></tr>'
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f'<table id="{ident}" class="counts"><caption>{_e(caption)}</caption>'
            f"<thead><tr><th>name</th><th>events</th><th></th></tr></thead><tbody>{rows}</tbody></table>")


def render_html(data: GraphData, title: str = "veillegraph report") -> str:
    """The whole report as one HTML document (a string)."""
    g = actor_instrument_graph(data)
    nodes = list(g.nodes)
    node_index = {n: i for i, n in enumerate(nodes)}
    colours = _type_colours(data)
    events = _sorted_events(data)
    shown = events[:MAX_TABLE_EVENTS]
    row_of = {e.iri: i for i, e in enumerate(shown)}
    node_events: dict[int, list[int]] = {i: [] for i in range(len(nodes))}
    rows = []
    for i, e in enumerate(shown):
        involved = sorted({node_index[x] for x in (*e.agents, *e.objects) if x in node_index})
        for n in involved:
            node_events[n].append(i)
        agent = "; ".join(data.label(a) for a in e.agents) or e.agent_text
        obj = "; ".join(data.label(o) for o in e.objects) or e.object_text
        quote = " […] ".join(ev.exact for ev in e.evidence if ev.exact)
        source_label, url = _source_of(data, e)
        url = _safe_url(url)
        link = (f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(_truncate(source_label or url, 60))}</a>'
                if url else _e(source_label))
        amount = f"{e.amount:,.0f} {e.currency}".replace(",", "\u202f") if e.amount is not None else ""
        rows.append(
            f'<tr id="ev-{i}" data-type="{_e(e.type.top_code)}" data-nodes="{" ".join(map(str, involved))}">'
            f'<td class="date">{_e(e.date)}</td>'
            f'<td><span class="type" style="border-color:{colours[e.type.top_code]}">{_e(e.type.label)}</span></td>'
            f"<td>{_e(agent)}</td><td>{_e(obj)}</td><td>{_e(e.modality)}</td>"
            f'<td class="num">{_e(amount)}{" ×" + str(e.count) if e.count else ""}</td>'
            f'<td class="quote">{_e(quote)}</td><td>{link}</td></tr>')
    payload = {
        "nodes": [{"label": xml_safe(str(g.nodes[n].get("label", n))), "category": g.nodes[n].get("category", ""),
                   "kind": g.nodes[n].get("kind", ""), "iri": n, "events": node_events[i]}
                  for i, n in enumerate(nodes)],
        "events": [{"date": e.date, "type": e.type.label,
                    "object": "; ".join(data.label(o) for o in e.objects) or e.object_text,
                    "agent": "; ".join(data.label(a) for a in e.agents) or e.agent_text} for e in shown],
    }
    by_type = Counter(e.type.top_code for e in data.events)
    by_actor = Counter(data.label(a) for e in data.events for a in e.agents)
    type_options = "".join(f'<option value="{_e(c)}">{_e(c)} ({by_type[c]})</option>' for c in sorted(by_type))
    legend = "".join(f'<span class="chip"><i style="background:{c}"></i>{_e(k)}</span>'
                     for k, c in _CATEGORY_COLOURS.items())
    note = (f"<p class=\"note\">The table lists the {len(shown)} most recent of {len(events)} events.</p>"
            if len(shown) < len(events) else "")
    summary = (f"{len(data.events)} events · {len(data.clippings)} clippings · "
               f"{sum(1 for x in data.participants() if data.entities[x].category == 'actor')} actors · "
               f"{sum(1 for x in data.participants() if data.entities[x].category != 'actor')} instruments and matters")
    script = _SCRIPT
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(title)}</h1><p id=\"summary\">{_e(summary)}</p></header>",
        '<section id="graph-section"><h2>Who acted on what</h2>',
        f'<div class="toolbar"><button type="button" id="zoom-in" title="zoom in">+</button>'
        f'<button type="button" id="zoom-out" title="zoom out">−</button>'
        f'<button type="button" id="zoom-reset">reset</button> {legend}'
        '<span class="hint">drag to pan, wheel to zoom, click a node for its events</span></div>',
        f'<div class="graph-wrap">{_graph_svg(g, node_index)}',
        '<aside id="panel" hidden><button type="button" id="panel-close" title="close">×</button>'
        '<h3 id="panel-title"></h3><p id="panel-kind"></p><ul id="panel-events"></ul></aside></div></section>',
        f'<section id="timeline-section"><h2>Timeline</h2>{_timeline_svg(data, colours, row_of)}</section>',
        '<section id="events-section"><h2>Events</h2><div class="toolbar">',
        '<label>Filter <input type="search" id="filter" placeholder="text, actor, date…" autocomplete="off">'
        "</label>",
        f'<label>Type <select id="type-filter"><option value="">all</option>{type_options}</select></label>',
        '<span id="node-filter" hidden>node: <b id="node-filter-label"></b> '
        '<button type="button" id="node-filter-clear">×</button></span>',
        f'<span id="shown">{len(shown)} / {len(shown)}</span></div>{note}',
        '<table id="events"><thead><tr><th>date</th><th>type</th><th>agent</th><th>object</th>'
        '<th>modality</th><th>amount</th><th>evidence</th><th>source</th></tr></thead><tbody>',
        "".join(rows), "</tbody></table></section>",
        '<section id="counts"><h2>Counts</h2><div class="counts-wrap">',
        _counts_table("by event type", by_type, "count-types"),
        _counts_table("by actor (as agent)", by_actor, "count-actors"),
        "</div></section>",
        f'<script type="application/json" id="vg-data">{_json_for_script(payload)}</script>',
        f"<script>{script}</script></body></html>\n",
    ])


def write_report(data: GraphData, path: str | Path, title: str = "veillegraph report") -> Path:
    """Write the report to ``path`` (UTF-8) and return the path."""
    target = Path(path)
    target.write_text(render_html(data, title), encoding="utf-8")
    return target


_CSS = """
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fff}
body{margin:0 auto;max-width:1200px;padding:0 1rem 3rem}
h1{font-size:1.5rem;margin:1rem 0 .2rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ddd}
#summary{color:#555;margin:0}
.toolbar{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;margin:.4rem 0}
.hint{color:#777;font-size:.85rem}
.chip{font-size:.85rem}.chip i{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.25rem}
.graph-wrap{position:relative;border:1px solid #ddd;border-radius:6px}
#graph{width:100%;height:auto;display:block;cursor:grab;touch-action:none;user-select:none}
#graph.dragging{cursor:grabbing}
#graph line{stroke:#aaa}#graph .node{cursor:pointer}#graph .node text{font-size:11px;fill:#222}
#graph .node circle{stroke:#fff;stroke-width:1.5}#graph .node.selected circle{stroke:#000;stroke-width:3}
#graph .node:focus{outline:none}#graph .node:focus circle{stroke:#000}
#panel{position:absolute;top:.5rem;right:.5rem;width:340px;max-height:90%;overflow:auto;background:#fffe;
border:1px solid #ccc;border-radius:6px;padding:.5rem .8rem;box-shadow:0 2px 8px #0002}
#panel h3{margin:.2rem 1.5rem .2rem 0;font-size:1rem}#panel-kind{color:#666;margin:0;font-size:.85rem}
#panel ul{padding-left:1.1rem;font-size:.9rem}#panel-close{position:absolute;right:.4rem;top:.3rem}
#timeline{width:100%;height:auto}#timeline text{font-size:11px;fill:#444}
#timeline .lane{stroke:#eee}#timeline .tick{stroke:#f3f3f3}#timeline .tl-dot{cursor:pointer;stroke:#fff}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #eee;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f6f6f6;position:sticky;top:0}
td.num{text-align:right;white-space:nowrap}td.date{white-space:nowrap}
td.quote{font-style:italic;color:#444;max-width:28rem}
.type{border-left:4px solid;padding-left:.3rem}
tr.highlight{background:#fff3c4}
.counts-wrap{display:flex;flex-wrap:wrap;gap:2rem}.counts{width:auto;min-width:22rem}
.counts caption{text-align:left;font-weight:600;padding:.3rem 0}
td.bar{width:10rem}td.bar span{display:block;height:.7rem;background:#8fb3d9;border-radius:2px}
.empty,.note{color:#777}
"""

_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("vg-data").textContent);
  var rows = Array.prototype.slice.call(document.querySelectorAll("#events tbody tr"));
  var filter = document.getElementById("filter");
  var typeFilter = document.getElementById("type-filter");
  var shown = document.getElementById("shown");
  var nodeBox = document.getElementById("node-filter");
  var nodeLabel = document.getElementById("node-filter-label");
  var panel = document.getElementById("panel");
  var nodeFilter = null;
  function fold(s) {
    return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/[\\u2019\\u2018]/g, "'").toLowerCase();
  }
  var texts = rows.map(function (r) { return fold(r.textContent); });
  function apply() {
    var words = fold(filter.value).split(/\\s+/).filter(Boolean);
    var t = typeFilter.value, n = 0;
    rows.forEach(function (r, i) {
      var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; }) &&
        (!t || r.getAttribute("data-type") === t) &&
        (nodeFilter === null || (" " + r.getAttribute("data-nodes") + " ").indexOf(" " + nodeFilter + " ") >= 0);
      r.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = n + " / " + rows.length;
    nodeBox.hidden = nodeFilter === null;
  }
  filter.addEventListener("input", apply);
  typeFilter.addEventListener("change", apply);
  document.getElementById("node-filter-clear").addEventListener("click", function () { selectNode(null); });
  document.getElementById("panel-close").addEventListener("click", function () { selectNode(null); });

  var svg = document.getElementById("graph");
  function selectNode(i) {
    var old = svg ? svg.querySelector(".node.selected") : null;
    if (old) { old.classList.remove("selected"); }
    nodeFilter = i;
    if (i === null) { panel.hidden = true; apply(); return; }
    var node = data.nodes[i];
    var el = svg.querySelector('.node[data-node="' + i + '"]');
    if (el) { el.classList.add("selected"); }
    document.getElementById("panel-title").textContent = node.label;
    document.getElementById("panel-kind").textContent =
      [node.category, node.kind].filter(Boolean).join(" · ") + " · " + node.events.length + " event(s)";
    var list = document.getElementById("panel-events");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    node.events.forEach(function (j) {
      var ev = data.events[j], li = document.createElement("li");
      li.textContent = (ev.date || "undated") + " · " + ev.type + " · " + (ev.agent || "?") + " → " +
        (ev.object || "?");
      li.setAttribute("data-row", String(j));
      list.appendChild(li);
    });
    nodeLabel.textContent = node.label;
    panel.hidden = false;
    apply();
  }
  function showRow(j) {
    var row = document.getElementById("ev-" + j);
    if (!row) { return; }
    rows.forEach(function (r) { r.classList.remove("highlight"); });
    if (row.hidden) { filter.value = ""; typeFilter.value = ""; selectNode(null); }
    row.classList.add("highlight");
    row.scrollIntoView({block: "center"});
  }
  document.getElementById("panel-events").addEventListener("click", function (e) {
    var li = e.target.closest("li");
    if (li) { showRow(li.getAttribute("data-row")); }
  });
  var timeline = document.getElementById("timeline");
  if (timeline) {
    timeline.addEventListener("click", function (e) {
      var dot = e.target.closest(".tl-dot");
      if (dot && dot.hasAttribute("data-row")) { showRow(dot.getAttribute("data-row")); }
    });
  }
  if (!svg) { apply(); return; }

  var vb = svg.viewBox.baseVal, home = [vb.x, vb.y, vb.width, vb.height];
  function point(e) {
    var r = svg.getBoundingClientRect();
    return {x: vb.x + (e.clientX - r.left) / r.width * vb.width, y: vb.y + (e.clientY - r.top) / r.height * vb.height};
  }
  function zoom(k, c) {
    c = c || {x: vb.x + vb.width / 2, y: vb.y + vb.height / 2};
    vb.x = c.x - (c.x - vb.x) * k; vb.y = c.y - (c.y - vb.y) * k; vb.width *= k; vb.height *= k;
  }
  svg.addEventListener("wheel", function (e) { e.preventDefault(); zoom(e.deltaY < 0 ? 0.8 : 1.25, point(e)); },
    {passive: false});
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.8); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(1.25); });
  document.getElementById("zoom-reset").addEventListener("click", function () {
    vb.x = home[0]; vb.y = home[1]; vb.width = home[2]; vb.height = home[3];
  });
  var drag = null;
  svg.addEventListener("pointerdown", function (e) {
    if (e.target.closest(".node")) { return; }
    drag = {x: e.clientX, y: e.clientY, vx: vb.x, vy: vb.y};
    svg.classList.add("dragging");
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointermove", function (e) {
    if (!drag) { return; }
    var r = svg.getBoundingClientRect();
    vb.x = drag.vx - (e.clientX - drag.x) / r.width * vb.width;
    vb.y = drag.vy - (e.clientY - drag.y) / r.height * vb.height;
  });
  function stop() { drag = null; svg.classList.remove("dragging"); }
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);
  function pick(e) {
    var g = e.target.closest(".node");
    if (g) { selectNode(Number(g.getAttribute("data-node"))); }
  }
  svg.addEventListener("click", pick);
  svg.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { pick(e); } });
  apply();
})();
"""
