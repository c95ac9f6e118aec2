"""Reader of single notes: a ``.md``/``.txt`` file of a folder is one clipping.

A leading front-matter block (``---`` … ``---`` with ``key: value`` lines:
``title``, ``date``/``published``, ``url``/``source``, ``lang``, ``site``,
``id``) and a leading ``# Heading`` (the title) are read as metadata; the rest
of the file, its paragraphs kept, is the text. Markdown emphasis and link
syntax are reduced to their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Clipping
from ._base import Reject
from ._build import make_clipping
from ._data import field_aliases, header_key
from ._io import binary_kind, decode_bytes, read_all

#: A note larger than this is refused (a note is one clipping).
MAX_NOTE = 16 * 1024 * 1024

_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")


def _markdown_to_text(text: str) -> str:
    out = []
    for line in text.split("\n"):
        m = _HEADING.match(line)
        if m:
            line = m[1]
        line = _QUOTE.sub("", _LIST.sub("", line))
        line = _LINK.sub(lambda mm: mm[1], line)
        line = _EMPHASIS.sub(lambda mm: mm[2], line)
        out.append(line)
    return _paragraphs("\n".join(out))


def _paragraphs(text: str) -> str:
    blocks = re.split(r"\n\s*\n", text)
    return "\n".join(" ".join(b.split()) for b in blocks if b.strip())


class NoteReader:
    """One note (``.md``, or ``.txt`` in a folder) = one clipping."""

    name = "note"
    extensions: tuple[str, ...] = (".md", ".markdown")
    media_types: tuple[str, ...] = ("text/markdown",)

    def sniff(self, head: bytes) -> bool:
        """Any text that is not binary (the fallback reader)."""
        return bool(head.strip()) and binary_kind(head) is None

    def read(self, source_name: str, stream: BinaryIO) -> Iterator[Clipping | Reject]:
        data = read_all(stream, MAX_NOTE)
        if data is None:
            yield Reject(source_name, None, "too-large",
                         f"a note longer than {MAX_NOTE // 2**20} MiB; split it or use JSON Lines")
            return
        text, _enc = decode_bytes(data)
        text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        fields: dict[str, object] = {}
        lines = text.split("\n")
        if lines and lines[0].strip() == "---":
            end = next((i for i in range(1, min(len(lines), 200)) if lines[i].strip() in ("---", "...")), None)
            if end is not None:
                aliases = field_aliases("csv")
                lookup = {alias: f for f, names in aliases.items() for alias in names}
                for line in lines[1:end]:
                    if ":" in line:
                        key, value = line.split(":", 1)
                        field = lookup.get(header_key(key))
                        if field and field != "text" and field not in fields:
                            fields[field] = value.strip().strip("\"'")
                lines = lines[end + 1:]
        while lines and not lines[0].strip():
            lines.pop(0)
        m = re.match(r"^\s{0,3}#\s+(.*?)\s*#*\s*$", lines[0]) if lines else None
        if m:  # a leading level-1 heading is the title (the front matter's title wins)
            fields.setdefault("title", m[1])
            lines = lines[1:]
        body = "\n".join(lines)
        markdown = source_name.lower().endswith((".md", ".markdown"))
        fields["text"] = _markdown_to_text(body) if markdown else _paragraphs(body)
        yield make_clipping(fields, source_name, 1, raw=text[:2048])
