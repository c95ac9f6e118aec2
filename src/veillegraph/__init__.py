"""veillegraph: press clippings about legal and institutional events → a validated knowledge graph.

The pipeline stages are sub-packages (``ingest``, ``extract``, ``link``, ``build``,
``store``, ``validate``, ``query``, ``export``, ``report``); this module re-exports
the calls most programs need::

    from veillegraph import build_to_file, read_dataset
    build_to_file(["examples/fondapol-ia-securite.txt"], "example.trig")
    store = read_dataset("example.trig")
"""

from __future__ import annotations

__version__ = "0.1.0"

from ._errors import (
    InputError,
    KnowledgeError,
    QueryError,
    StoreError,
    UsageError,
    VeillegraphError,
)
from .knowledge import Knowledge, default_knowledge, load_knowledge
from .model import Clipping, EntityRef, ExtractedEvent, Origin, PartialDate, Span
from .pipeline import BuildOutcome, build_into_store, build_to_file
from .store import open_store, read_dataset, write_dataset

__all__ = [
    "BuildOutcome",
    "Clipping",
    "EntityRef",
    "ExtractedEvent",
    "InputError",
    "Knowledge",
    "KnowledgeError",
    "Origin",
    "PartialDate",
    "QueryError",
    "Span",
    "StoreError",
    "UsageError",
    "VeillegraphError",
    "__version__",
    "build_into_store",
    "build_to_file",
    "default_knowledge",
    "load_knowledge",
    "open_store",
    "read_dataset",
    "write_dataset",
]
