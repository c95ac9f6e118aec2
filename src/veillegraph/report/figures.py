"""Static figures with matplotlib, as PNG and SVG, for a note or a slide.

* ``events-per-month``: stacked bars of dated events per month, one colour per
  event type (top code), every month between the first and the last shown;
* ``actor-instrument``: the actor–instrument network (same layout as the report).

Output is deterministic: a fixed layout seed, no date or software version in the
files' metadata, a fixed SVG id salt.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import matplotlib
import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from ..export._data import GraphData
from ..export.projections import actor_instrument_graph
from .html import layout

#: Names of the figures ``write_figures`` writes (each as .png and .svg).
FIGURES = ("events-per-month", "actor-instrument")

_SVG_META: dict[str, Any] = {"Date": None, "Creator": None}
_PNG_META: dict[str, Any] = {"Software": None}
_CATEGORY_COLOURS = {"actor": "#2f6fb3", "instrument": "#2e9d5b", "matter": "#d9822b"}


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while (y, m) <= (int(last[:4]), int(last[5:7])):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _save(fig: Any, directory: Path, name: str) -> list[Path]:
    paths = [directory / f"{name}.png", directory / f"{name}.svg"]
    with matplotlib.rc_context({"svg.hashsalt": "veillegraph", "svg.fonttype": "path"}):
        fig.savefig(paths[0], dpi=150, metadata=_PNG_META)
        fig.savefig(paths[1], metadata=_SVG_META)
    return paths


def events_per_month(data: GraphData, directory: Path) -> list[Path]:
    """Stacked bars of events per month by type; returns the PNG and SVG paths."""
    counts: Counter[tuple[str, str]] = Counter((e.month, e.type.top_code) for e in data.events if e.month)
    undated = sum(1 for e in data.events if not e.month)
    fig = Figure(figsize=(10, 4.5), layout="constrained")  # no pyplot: no global state, no GUI backend
    ax = fig.subplots()
    if counts:
        months = _month_range(min(m for m, _ in counts), max(m for m, _ in counts))
        types = sorted({t for _, t in counts})
        cmap = matplotlib.colormaps["tab20"]
        bottom = [0] * len(months)
        for i, t in enumerate(types):
            heights = [counts.get((m, t), 0) for m in months]
            ax.bar(range(len(months)), heights, bottom=bottom, label=t, color=cmap(i % 20), width=0.8)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        step = max(1, len(months) // 12)
        ax.set_xticks(range(0, len(months), step), [months[i] for i in range(0, len(months), step)],
                      rotation=45, ha="right")
        ax.legend(title="event type", fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    else:
        ax.text(0.5, 0.5, "no dated event", ha="center", va="center", transform=ax.transAxes)
    title = "Events per month by type"
    if undated:
        title += f" ({undated} undated not shown)"
    ax.set_title(title)
    ax.set_ylabel("events")
    ax.spines[["top", "right"]].set_visible(False)
    return _save(fig, directory, "events-per-month")


def actor_instrument_network(data: GraphData, directory: Path, max_labels: int = 40) -> list[Path]:
    """The actor–instrument network; returns the PNG and SVG paths."""
    g = actor_instrument_graph(data)
    fig = Figure(figsize=(11, 8), layout="constrained")
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_title("Actors and what they acted on (edge width = number of events)")
    if g.number_of_nodes():
        pos = {n: (x, -y) for n, (x, y) in layout(g).items()}
        counts = {n: int(d.get("event_count", 0)) for n, d in g.nodes(data=True)}
        colours = [_CATEGORY_COLOURS.get(str(d.get("category")), "#777777") for _n, d in g.nodes(data=True)]
        sizes = [60 + 40 * min(counts[n], 20) for n in g.nodes]
        widths = [0.8 + min(int(d.get("weight", 1)), 8) * 0.6 for _u, _v, d in g.edges(data=True)]
        nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="#9a9a9a", arrowsize=10,
                               node_size=sizes)
        nx.draw_networkx_nodes(g, pos, ax=ax, node_color=colours, node_size=sizes, linewidths=0.8,
                               edgecolors="white")
        shown = sorted(g.nodes, key=lambda n: (-counts[n], n))[:max_labels]
        labels = {n: _short(str(g.nodes[n].get("label", n))) for n in shown}
        nx.draw_networkx_labels(g, {n: (x + 0.012, y) for n, (x, y) in pos.items()}, labels=labels, ax=ax,
                                font_size=8, horizontalalignment="left")
        xs = [x for x, _y in pos.values()]
        ax.set_xlim(min(xs) - 0.05, max(xs) + 0.3)  # room for the labels on the right
        handles = [Line2D([], [], marker="o", linestyle="", color=c, label=k)
                   for k, c in _CATEGORY_COLOURS.items()]
        ax.legend(handles=handles, loc="lower right", fontsize="small")
    else:
        ax.text(0.5, 0.5, "no actor or instrument", ha="center", va="center", transform=ax.transAxes)
    return _save(fig, directory, "actor-instrument")


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def write_figures(data: GraphData, directory: str | Path) -> list[Path]:
    """Write every figure of ``FIGURES`` as PNG and SVG into ``directory``; return the paths."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    return events_per_month(data, target) + actor_instrument_network(data, target)
