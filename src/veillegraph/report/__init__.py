"""Pictures and numbers of the knowledge graph: the HTML report, static figures, statistics.

* ``html``: ``render_html(data)`` / ``write_report(data, path)``, one self-contained
  offline HTML file (interactive graph, timeline, events table, counts);
* ``figures``: ``write_figures(data, directory)``, PNG and SVG figures with matplotlib
  (events per month by type; the actor–instrument network);
* ``stats``: ``compute_stats(data)`` and ``format_stats(stats)``, counts, centrality,
  communities of co-activity and unlinked entities.

All take a ``veillegraph.export.GraphData`` (``load_graph_data(store)``).
"""

from __future__ import annotations

from .html import render_html, write_report

__all__ = ["render_html", "write_report"]
