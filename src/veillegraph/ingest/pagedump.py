"""Reader of page dumps: the text of a saved curation page, one clipping per paragraph (line).

The first line "Title | Site" is the page title (its site part becomes the
clippings' ``site_name``); site chrome lines are dropped and curator notes are
attached to the clipping before them, both as ``pagedump.toml`` lists them.
Clipping ids are ``s01``, ``s02``, … numbering the distinct clippings of the
page in order (a paragraph repeated on the page keeps the id of its first
occurrence; the reader keeps an 8-byte digest per distinct paragraph to know
it, nothing else). A paragraph too short for language detection gets the language
most detected on the page so far. Streamed line by line.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from ..mint import normalise_text
from ..model import Clipping, Origin
from ._base import Reject, excerpt
from ._data import pagedump_rules
from ._io import binary_kind, head_text, iter_lines
from ._lang import UNDETERMINED, detect_language
from ._text import clean


def _id(n: int) -> str:
    return f"s{n:02d}"


class PageDumpReader:
    """Text dump of a curation page (``.txt``)."""

    name = "pagedump"
    extensions: tuple[str, ...] = (".txt", ".text")
    media_types: tuple[str, ...] = ("text/plain",)

    def sniff(self, head: bytes) -> bool:
        """Text (not binary) with a known chrome line, or a first line shaped like "Title | Site"."""
        if binary_kind(head):
            return False
        text = head_text(head)
        rules = pagedump_rules()
        lines = [ln for ln in text.splitlines()[:200] if ln.strip()]
        if any(rules.is_chrome(ln) for ln in lines):
            return True
        first = lines[0] if lines else ""
        return rules.title_separator in first and len(first) <= rules.title_max_length and len(lines) > 1 \
            and not first.lstrip().startswith(("{", "<"))

    def read(self, source_name: str, stream: BinaryIO) -> Iterator[Clipping | Reject]:
        rules = pagedump_rules()
        site: str | None = None
        seen: dict[bytes, int] = {}  # 8-byte digest of the normalised text -> number on this page
        previous: Clipping | None = None
        pending_notes: list[str] = []
        first_text = True
        page_langs: Counter[str] = Counter()
        for lineno, raw in iter_lines(stream):
            line = clean(raw)
            if not line:
                continue
            if first_text:
                first_text = False
                sep = rules.title_separator
                if sep in line and len(line) <= rules.title_max_length and not rules.is_chrome(line):
                    site = line.rsplit(sep, 1)[1].strip() or None
                    continue
            if rules.is_chrome(line):
                continue
            if rules.is_note(line):
                if previous is None:
                    yield Reject(source_name, lineno, "orphan-note",
                                 "curator note before any clipping; it is dropped", excerpt(line))
                elif line not in pending_notes and line not in previous.notes:
                    pending_notes.append(line)
                continue
            if previous is not None:
                yield _with_notes(previous, pending_notes)
                pending_notes = []
            key = hashlib.blake2b(normalise_text(line).encode("utf-8"), digest_size=8).digest()
            number = seen.get(key)
            if number is None:
                number = seen[key] = len(seen) + 1
            cid = _id(number)
            lang = detect_language(line)
            if lang == UNDETERMINED:  # too short to tell: the page's language so far, if it has one
                lang = page_langs.most_common(1)[0][0] if page_langs else lang
            else:
                page_langs[lang] += 1
            previous = Clipping(text=line, id=cid, lang=lang, site_name=site,
                                origins=(Origin(source_name, lineno),))
        if previous is not None:
            yield _with_notes(previous, pending_notes)


def _with_notes(clipping: Clipping, notes: list[str]) -> Clipping:
    if not notes:
        return clipping
    return Clipping(text=clipping.text, id=clipping.id, title=clipping.title, published=clipping.published,
                    source_url=clipping.source_url, lang=clipping.lang, site_name=clipping.site_name,
                    retrieved=clipping.retrieved, notes=(*clipping.notes, *notes), origins=clipping.origins)
