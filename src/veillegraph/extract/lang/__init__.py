"""Language data for the extractor: function words, calendar words, number words.

One module per language (``fr``, ``en``), in the spirit of ``spacy/lang/xx/``.
These are facts of the language, not of the domain: no actor, trigger or cue
word lives here (those are in ``ontology/``).
"""

from __future__ import annotations

from types import ModuleType

from . import en, fr

LANGS: dict[str, ModuleType] = {"fr": fr, "en": en}

#: Calendar horizon: the latest year a clipping may be written in. A weekday with a day and a month but no
#: year ("publie ce mardi 20 juillet") fits a year every 5, 6 or 11 years; when the clipping states no other
#: year, the latest fitting year not after this one is taken (never today's date: the output must not depend on the
#: day it runs). Raise it when the corpus reaches a later year.
CALENDAR_HORIZON_YEAR: int = 2026
