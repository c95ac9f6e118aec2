"""Language data for the extractor: function words, calendar words, number words.

One module per language (``fr``, ``en``), in the spirit of ``spacy/lang/xx/``.
These are facts of the language, not of the domain: no actor, trigger or cue
word lives here (those are in ``ontology/``).
"""

from __future__ import annotations

from types import ModuleType

from . import en, fr

LANGS: dict[str, ModuleType] = {"fr": fr, "en": en}
