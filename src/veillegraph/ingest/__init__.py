"""Ingestion: every input an analyst has (page dumps, JSON Lines, feeds, HTML, CSV, folders, stdin)
→ ``model.Clipping`` records, with a ``Reject`` for whatever cannot be read.

>>> from veillegraph.ingest import read_inputs, Reject
>>> for item in read_inputs(["examples/fondapol-ia-securite.txt"]):  # doctest: +SKIP
...     print(item.id if not isinstance(item, Reject) else item)

``read_inputs`` chooses a reader per input (by extension, else by sniffing the
first bytes, or the one named by ``reader=``), refuses whole files that are
missing, empty, binary or dangerous (one ``Reject`` naming the file), streams
records, and folds exact duplicates (same ``mint.normalise_text``) into one
clipping whose ``origins`` list every occurrence. Bad input never raises:
each bad record is a ``Reject`` and the other records go through. See
``docs/ingest.md``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .._errors import InputError, VeillegraphError
from ..mint import normalise_text
from ..model import Clipping
from ..registry import Registry
from ._base import IngestSummary, Reader, Reject, SourceCounts
from ._dates import parse_date
from ._io import HEAD_SIZE, binary_kind, bom_encoding, replay
from ._lang import detect_language
from .csvfile import CsvReader
from .feeds import FeedReader
from .html import ArticleHtmlReader, CurationHtmlReader, refuse_entities
from .jsonl import JsonLinesReader
from .neardup import near_duplicates, similarity
from .notes import NoteReader
from .pagedump import PageDumpReader

__all__ = [
    "READERS",
    "SNIFF_ORDER",
    "STDIN",
    "IngestSummary",
    "Reader",
    "Reject",
    "SourceCounts",
    "choose_reader",
    "detect_language",
    "fold",
    "merge",
    "near_duplicates",
    "parse_date",
    "read_inputs",
    "similarity",
]

log = logging.getLogger("veillegraph.ingest")

#: The source name of standard input.
STDIN = "<stdin>"

READERS: Registry[Reader] = Registry("readers")
for _reader in (PageDumpReader(), JsonLinesReader(), FeedReader(), CurationHtmlReader(),
                ArticleHtmlReader(), CsvReader(), NoteReader()):
    READERS.register(_reader.name, _reader)

#: Sniffing order when the extension does not decide; the first reader whose ``sniff`` says yes wins.
SNIFF_ORDER: tuple[str, ...] = ("feed", "html-curation", "html-article", "jsonl", "csv", "pagedump", "note")
#: In a folder, these are notes (one clipping a file) unless they look like a page dump.
_FOLDER_NOTE_EXTENSIONS = (".txt", ".text", ".md", ".markdown")


def _ordered() -> list[Reader]:
    items = dict(READERS)
    names = [n for n in SNIFF_ORDER if n in items] + sorted(n for n in items if n not in SNIFF_ORDER)
    return [items[n] for n in names]


def choose_reader(name: str, head: bytes, *, in_folder: bool = False) -> Reader | None:
    """The reader for a source called ``name`` that starts with ``head``: by extension, else by sniffing.

    Several readers may claim one extension (``.html``): the first that sniffs
    yes, else the last of them in ``SNIFF_ORDER`` (the most general).
    """
    ext = os.path.splitext(name)[1].lower()
    readers = _ordered()
    if in_folder and ext in _FOLDER_NOTE_EXTENSIONS:
        page = READERS.get("pagedump")
        return page if page.sniff(head) else READERS.get("note")
    claim = [r for r in readers if ext and ext in r.extensions]
    if len(claim) == 1:
        return claim[0]
    if claim:
        return next((r for r in claim if r.sniff(head)), claim[-1])
    return next((r for r in readers if r.sniff(head)), None)


def _is_blank(head: bytes) -> bool:
    enc = bom_encoding(head)
    if enc is not None:
        try:
            return not head.decode(enc, "ignore").strip()
        except LookupError:  # pragma: no cover
            return False
    return not head.strip()


def _read_source(name: str, stream: BinaryIO, forced: Reader | None,
                 in_folder: bool = False) -> Iterator[Clipping | Reject]:
    """Whole-file checks, then the reader's records; never raises for bad input."""
    head, replayed = replay(stream, HEAD_SIZE)
    if len(head) < HEAD_SIZE and _is_blank(head):
        what = "is empty (0 bytes)" if not head else "holds only white space"
        yield Reject(name, None, "empty-file", f"{what}; nothing to read")
        return
    kind = binary_kind(head)
    if kind is not None:
        yield Reject(name, None, "binary-file",
                     f"is not text but a {kind}; give a text, JSON Lines, CSV, HTML or feed file")
        return
    refused = refuse_entities(name, head)  # whatever the reader: no entity-declaring document goes on
    if refused is not None:
        yield refused
        return
    reader = forced or choose_reader(name, head, in_folder=in_folder)
    if reader is None:
        yield Reject(name, None, "unknown-format",
                     f"format not recognised; name a reader with --from ({', '.join(READERS.names())})")
        return
    try:
        yield from reader.read(name, replayed)
    except VeillegraphError:  # a broken installation (data files), not bad input
        raise
    except Exception as exc:  # a reader bug must not lose the other inputs
        log.debug("reader %s failed on %s", reader.name, name, exc_info=True)
        yield Reject(name, None, "reader-error",
                     f"the {reader.name} reader stopped: {type(exc).__name__}: {exc}")


def _walk_folder(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                yield Path(root) / f


def _sources(inputs: Iterable[str | os.PathLike[str]], forced: Reader | None
             ) -> Iterator[Clipping | Reject]:
    for spec in inputs:
        spec_s = os.fspath(spec)
        if spec_s == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            if stdin is None:
                yield Reject(STDIN, None, "unreadable-file", "standard input is not available")
            else:
                yield from _read_source(STDIN, stdin, forced)
            continue
        path = Path(spec_s)
        if path.is_dir():
            found = False
            for file in _walk_folder(path):
                found = True
                rel = file.relative_to(path).as_posix()
                name = f"{path.name}/{rel}" if path.name else rel
                yield from _open_and_read(file, name, forced, in_folder=True)
            if not found:
                yield Reject(path.name or spec_s, None, "empty-folder", "folder holds no files")
            continue
        yield from _open_and_read(path, path.name or spec_s, forced)


def _open_and_read(path: Path, name: str, forced: Reader | None,
                   in_folder: bool = False) -> Iterator[Clipping | Reject]:
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        yield Reject(name, None, "missing-file", f"no such file ({path}); check the path")
        return
    except OSError as exc:
        yield Reject(name, None, "unreadable-file", f"cannot be opened ({exc.strerror or exc}); check permissions")
        return
    with stream:
        try:
            yield from _read_source(name, stream, forced, in_folder=in_folder)
        except OSError as exc:
            yield Reject(name, None, "unreadable-file", f"read failed ({exc.strerror or exc})")


class _Fold:
    """Exact duplicates (same normalised text) folded into the first occurrence."""

    def __init__(self, summary: IngestSummary) -> None:
        self.summary = summary
        self.order: list[str] = []
        self.items: dict[str, Clipping] = {}

    def add(self, clipping: Clipping) -> None:
        key = normalise_text(clipping.text)
        source = clipping.origins[0].source if clipping.origins else ""
        counts = self.summary.source(source)
        counts.read += 1
        first = self.items.get(key)
        if first is None:
            self.items[key] = clipping
            self.order.append(key)
            counts.clippings += 1
            return
        counts.duplicates += 1
        self.items[key] = merge(first, clipping)

    def clippings(self) -> Iterator[Clipping]:
        for key in self.order:
            yield self.items[key]


def merge(first: Clipping, later: Clipping) -> Clipping:
    """``first`` with ``later``'s origins and notes added and its missing fields filled from ``later``."""
    origins = list(first.origins)
    origins += [o for o in later.origins if o not in origins]
    notes = list(first.notes)
    notes += [n for n in later.notes if n not in notes]
    return Clipping(
        text=first.text,
        id=first.id if first.id is not None else later.id,
        title=first.title or later.title,
        published=first.published or later.published,
        source_url=first.source_url or later.source_url,
        lang=first.lang if first.lang not in (None, "und") else (later.lang or first.lang),
        site_name=first.site_name or later.site_name,
        retrieved=first.retrieved or later.retrieved,
        notes=tuple(notes),
        origins=tuple(origins),
    )


def fold(items: Iterable[Clipping | Reject], summary: IngestSummary | None = None
         ) -> Iterator[Clipping | Reject]:
    """Fold exact duplicate clippings; rejects pass at once, clippings come at the end in first-seen order."""
    summary = summary if summary is not None else IngestSummary()
    folder = _Fold(summary)
    for item in items:
        if isinstance(item, Reject):
            counts = summary.source(item.source)
            counts.read += 1
            counts.rejected += 1
            yield item
        else:
            folder.add(item)
    yield from folder.clippings()


def read_inputs(inputs: Iterable[str | os.PathLike[str]], reader: str | None = None, *,
                summary: IngestSummary | None = None,
                on_item: Callable[[Clipping | Reject], None] | None = None) -> Iterator[Clipping | Reject]:
    """Read every input (file, folder or ``"-"`` for stdin) and yield clippings and rejects.

    ``reader`` forces a reader by name (``--from``); an unknown name raises
    ``InputError`` (VG110) at once. Rejects are yielded as they are found;
    clippings, folded across the whole run, once every input is read, in the
    order of their first occurrence. ``summary`` (if given) is filled with the
    counts; ``on_item`` (if given) is called on every record as it is read
    (before folding), e.g. to advance a progress bar.
    """
    forced: Reader | None = None
    if reader is not None:
        if reader not in READERS:
            raise InputError(f"unknown reader {reader!r}; choose one of: {', '.join(READERS.names())}",
                             source=reader, reason="unknown-reader", code="VG110")
        forced = READERS.get(reader)
    items: Iterable[Clipping | Reject] = _sources(inputs, forced)
    if on_item is not None:
        items = _tap(items, on_item)
    return fold(items, summary)


def _tap(items: Iterable[Clipping | Reject], hook: Callable[[Clipping | Reject], None]
         ) -> Iterator[Clipping | Reject]:
    for item in items:
        hook(item)
        yield item

