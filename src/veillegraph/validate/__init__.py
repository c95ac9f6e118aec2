"""The ``validate`` stage: check a veillegraph dataset against the SHACL shapes of ``shapes/``.

``validate(store)`` compiles every constraint of the shapes (core SHACL and
SHACL-SPARQL) into one set-based SPARQL query, runs them in pyoxigraph over the
union of the dataset's named graphs (or incrementally over a few clipping
graphs plus the reference data), and returns a :class:`Report` from which the
text, JSON, JUnit, SARIF, Markdown and Turtle outputs are rendered.
"""

from __future__ import annotations

from .engine import default_shapes, validate, with_background
from .report import Context, Report, Result
from .shapes import Constraint, ShapesGraph, load_shapes

__all__ = [
    "Constraint",
    "Context",
    "Report",
    "Result",
    "ShapesGraph",
    "default_shapes",
    "load_shapes",
    "validate",
    "with_background",
]
