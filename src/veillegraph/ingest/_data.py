"""Load the data files of the ingest package (``pagedump.toml``, ``fields.toml``)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .._errors import KnowledgeError
from ..mint import normalise_text


def load_toml(name: str) -> dict[str, Any]:
    """A TOML data file of this package; a broken or missing file is a ``KnowledgeError`` (VG210)."""
    try:
        data = resources.files("veillegraph.ingest").joinpath(name).read_bytes()
        return tomllib.loads(data.decode("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"ingest data file {name} cannot be read: {exc}; reinstall veillegraph",
                             code="VG210") from exc


#: Chrome lines are never longer than this; notes are recognised on their first this-many characters.
MAX_RULE_LINE = 300


def line_key(line: str) -> str:
    """A line as chrome and note rules compare it: normalised text, case-folded."""
    return normalise_text(line).casefold()


@dataclass(frozen=True)
class PageDumpRules:
    """Chrome lines, curator-note patterns and the title rule of page dumps."""

    title_separator: str
    title_max_length: int
    chrome_exact: frozenset[str]
    chrome_patterns: tuple[re.Pattern[str], ...]
    note_patterns: tuple[re.Pattern[str], ...]

    def is_chrome(self, line: str) -> bool:
        """Whether ``line`` is site chrome (an exact line or a whole-line pattern of ``[chrome]``)."""
        if len(line) > MAX_RULE_LINE:
            return False
        key = line_key(line)
        return key in self.chrome_exact or any(p.fullmatch(key) for p in self.chrome_patterns)

    def is_note(self, line: str) -> bool:
        """Whether ``line`` starts like a curator note (a pattern of ``[notes]``)."""
        key = line_key(line[:MAX_RULE_LINE])
        return any(p.match(key) for p in self.note_patterns)


@lru_cache(maxsize=1)
def pagedump_rules() -> PageDumpRules:
    """The rules of ``pagedump.toml``."""
    data = load_toml("pagedump.toml")
    try:
        return PageDumpRules(
            title_separator=str(data["title"]["separator"]),
            title_max_length=int(data["title"]["max_length"]),
            chrome_exact=frozenset(line_key(s) for s in data["chrome"]["exact"]),
            chrome_patterns=tuple(re.compile(line_key(p), re.IGNORECASE) for p in data["chrome"]["patterns"]),
            note_patterns=tuple(re.compile(line_key(p), re.IGNORECASE) for p in data["notes"]["patterns"]),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise KnowledgeError(f"pagedump.toml is malformed ({exc!r}); fix the file", code="VG211") from exc


def header_key(name: str) -> str:
    """A header cell as ``fields.toml`` lists it: lower case, no accents, other runs to ``_``."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_.lower()).strip("_")


@lru_cache(maxsize=2)
def field_aliases(section: str) -> dict[str, tuple[str, ...]]:
    """Field name → accepted source names, for ``section`` ``csv`` or ``jsonl`` of ``fields.toml``."""
    data = load_toml("fields.toml")
    try:
        return {field: tuple(str(a) for a in names) for field, names in data[section].items()}
    except (KeyError, AttributeError, TypeError) as exc:
        raise KnowledgeError(f"fields.toml has no valid [{section}] table; fix the file",
                             code="VG212") from exc
