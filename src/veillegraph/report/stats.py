"""Statistics of the graph: counts, central actors, communities, unlinked entities.

``compute_stats(data)`` returns a plain dict (JSON-ready, deterministic):

* ``totals``: events, clippings, actors, instruments/matters that take part in events;
* ``by_type`` (top codes), ``by_fine_type`` (codes as stored), ``by_actor`` (as agent),
  ``by_instrument`` (as object; actors that are objects included), ``by_month``;
* ``top_actors``: actors ranked by degree in the actor–instrument projection (taken
  as undirected) with their betweenness centrality there (normalised, exact);
* ``communities``: communities of the co-activity graph (Louvain, fixed seed);
* ``unlinked``: entities minted from text (``vg:linked false``), with their events count.

``format_stats(stats)`` renders it as plain-text tables.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from ..export._data import GraphData
from ..export.projections import actor_instrument_graph, coactivity_graph

#: Seed of the community detection, so the same graph gives the same communities.
COMMUNITY_SEED = 42


def _ranked(counter: Counter[str], key: str) -> list[dict[str, Any]]:
    return [{key: name, "events": n} for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def compute_stats(data: GraphData, top: int = 10) -> dict[str, Any]:
    """Counts, top actors, communities and unlinked entities of ``data`` (see the module doc)."""
    participants = data.participants()
    ai = actor_instrument_graph(data)
    und = ai.to_undirected(as_view=False)
    betweenness = nx.betweenness_centrality(und, normalized=True) if und.number_of_nodes() else {}
    actors = sorted({a for e in data.events for a in e.agents})
    top_actors = sorted(actors, key=lambda a: (-und.degree(a), -betweenness.get(a, 0.0), data.label(a), a))[:top]
    co = coactivity_graph(data)
    communities: list[list[str]] = []
    if co.number_of_edges():
        found = nx.community.louvain_communities(co, weight="weight", seed=COMMUNITY_SEED)
        communities = sorted((sorted(data.label(n) for n in c) for c in found if len(c) > 1),
                             key=lambda c: (-len(c), c))
    events_of = Counter(x for e in data.events for x in {*e.agents, *e.objects})
    unlinked = [
        {"label": data.entities[x].label, "category": data.entities[x].category, "kind": data.entities[x].kind,
         "iri": x, "events": events_of[x]}
        for x in participants if not data.entities[x].linked
    ]
    return {
        "totals": {
            "events": len(data.events), "clippings": len(data.clippings),
            "actors": sum(1 for x in participants if data.entities[x].category == "actor"),
            "instruments_and_matters": sum(1 for x in participants if data.entities[x].category != "actor"),
            "dated_events": sum(1 for e in data.events if e.date),
        },
        "by_type": _ranked(Counter(e.type.top_code for e in data.events), "type"),
        "by_fine_type": _ranked(Counter(e.type.code for e in data.events), "type"),
        "by_actor": _ranked(Counter(data.label(a) for e in data.events for a in e.agents), "actor"),
        "by_instrument": _ranked(Counter(data.label(o) for e in data.events for o in e.objects), "instrument"),
        "by_month": [{"month": m, "events": n} for m, n in
                     sorted(Counter(e.month for e in data.events if e.month).items())],
        "top_actors": [{"actor": data.label(a), "iri": a, "degree": und.degree(a),
                        "betweenness": round(betweenness.get(a, 0.0), 6)} for a in top_actors],
        "communities": [{"size": len(c), "actors": c} for c in communities],
        "unlinked": sorted(unlinked, key=lambda u: (-u["events"], u["label"], u["iri"])),
    }


def _table(title: str, header: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [min(max(len(r[i]) for r in cells), 70) for i in range(len(header))]

    def line(r: list[str]) -> str:
        out = []
        for i, c in enumerate(r):
            c = c if len(c) <= widths[i] else c[: widths[i] - 1] + "…"
            numeric = i > 0 and c.replace(".", "", 1).isdigit()
            out.append(c.rjust(widths[i]) if numeric else c.ljust(widths[i]))
        return "  ".join(out).rstrip()

    body = [line(cells[0]), "  ".join("-" * w for w in widths)] + [line(r) for r in cells[1:]]
    if not rows:
        body.append("(none)")
    return f"{title}\n" + "\n".join(body) + "\n"


def format_stats(stats: dict[str, Any]) -> str:
    """Plain-text tables of ``compute_stats`` output."""
    t = stats["totals"]
    parts = [
        f"{t['events']} events ({t['dated_events']} dated) in {t['clippings']} clippings; "
        f"{t['actors']} actors, {t['instruments_and_matters']} instruments and matters\n",
        _table("Events by type", ["type", "events"], [[r["type"], r["events"]] for r in stats["by_type"]]),
        _table("Events by actor (agent)", ["actor", "events"], [[r["actor"], r["events"]] for r in stats["by_actor"]]),
        _table("Events by instrument (object)", ["instrument", "events"],
               [[r["instrument"], r["events"]] for r in stats["by_instrument"]]),
        _table("Events by month", ["month", "events"], [[r["month"], r["events"]] for r in stats["by_month"]]),
        _table("Top actors (actor–instrument graph)", ["actor", "degree", "betweenness"],
               [[r["actor"], r["degree"], f"{r['betweenness']:.4f}"] for r in stats["top_actors"]]),
        _table("Communities of co-activity", ["#", "size", "actors"],
               [[i + 1, c["size"], "; ".join(c["actors"])] for i, c in enumerate(stats["communities"])]),
        _table("Unlinked entities (minted from text)", ["label", "events", "category", "kind"],
               [[u["label"], u["events"], u["category"], u["kind"]] for u in stats["unlinked"]]),
    ]
    return "\n".join(parts)
