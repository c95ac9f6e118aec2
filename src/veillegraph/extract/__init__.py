"""Event extraction from press clippings, built on the ontology's knowledge.

    from veillegraph.extract import Extractor
    ex = Extractor(knowledge, model="fr_core_news_sm")
    events = ex.extract(clipping)                    # list[model.ExtractedEvent]
    pairs = ex.extract_many(clippings, n_process=1)  # iterator of (clipping, events), input order

French clippings go through the spaCy model's dependency parse (only the
sentences where a trigger form occurs are parsed); English ones through word-order
rules over ``spacy.blank("en")`` tokens. Trigger words, cues, names and head
nouns all come from ``veillegraph.knowledge.Knowledge``; see ``docs/extraction.md``.
"""

from __future__ import annotations

from .amounts import Amount, find_amounts, parse_number
from .core import Extractor
from .dates import DateMention, find_dates, resolve

__all__ = ["Amount", "DateMention", "Extractor", "find_amounts", "find_dates", "parse_number", "resolve"]
