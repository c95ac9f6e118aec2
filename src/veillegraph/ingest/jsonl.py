"""Reader of JSON Lines: one clipping object a line.

Keys (``fields.toml`` ``[jsonl]``): ``id``, ``text``, ``published``,
``source_url``, ``lang``, ``title`` (and ``site_name``, ``retrieved``,
``notes``); other keys, such as the gold files' ``events``, are ignored.
Blank lines are skipped; a line that is not a JSON object, or has no text,
gives a ``Reject`` naming the line and the rest go through. Streamed line by line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Clipping
from ._base import Reject, excerpt
from ._build import make_clipping
from ._data import field_aliases
from ._io import binary_kind, head_text, iter_lines


class JsonLinesReader:
    """JSON Lines (``.jsonl``, ``.ndjson``)."""

    name = "jsonl"
    extensions: tuple[str, ...] = (".jsonl", ".ndjson", ".jsonlines")
    media_types: tuple[str, ...] = ("application/jsonl", "application/x-ndjson", "application/jsonlines")

    def sniff(self, head: bytes) -> bool:
        """The first non-blank line is a JSON object."""
        if binary_kind(head):
            return False
        for line in head_text(head).splitlines():
            if line.strip():
                return line.lstrip().startswith("{")
        return False

    def read(self, source_name: str, stream: BinaryIO) -> Iterator[Clipping | Reject]:
        aliases = field_aliases("jsonl")
        for lineno, line in iter_lines(stream):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                yield Reject(source_name, lineno, "invalid-json",
                             f"line is not valid JSON ({msg}); fix or remove the line", excerpt(line))
                continue
            if not isinstance(obj, dict):
                yield Reject(source_name, lineno, "not-an-object",
                             f"line is a JSON {type(obj).__name__}, not an object with a 'text' field",
                             excerpt(line))
                continue
            fields: dict[str, object] = {}
            for field, names in aliases.items():
                for name in names:
                    if name in obj:
                        fields[field] = obj[name]
                        break
            yield make_clipping(fields, source_name, lineno, raw=line)
