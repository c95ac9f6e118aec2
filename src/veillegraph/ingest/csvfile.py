"""Reader of CSV exports (spreadsheets, tools): header mapped by name, delimiter sniffed.

The first line is the header; its cells are matched to clipping fields by the
names of ``fields.toml`` ``[csv]`` (French and English: ``texte``, ``titre``,
``date de publication``, ``lien``, ``langue``...). The delimiter (``;``, ``,``,
tab or ``|``) is the one most frequent in the header outside quotes. Each line
is decoded on its own (BOM, UTF-8, else cp1252/latin-1), so a spreadsheet's
cp1252 export reads right and a large file is streamed. A record's number is
the line where it starts (the header is line 1; a quoted cell may span lines).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Clipping
from ._base import Reject, excerpt
from ._build import make_clipping
from ._data import field_aliases, header_key
from ._io import binary_kind, head_text, iter_lines

_DELIMITERS = (";", ",", "\t", "|")


def sniff_delimiter(header: str) -> str:
    """The delimiter most frequent in ``header`` outside double quotes (``,`` when none occurs)."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: (counts[d], -_DELIMITERS.index(d)))
    return best if counts[best] else ","


def map_header(cells: list[str]) -> dict[str, int]:
    """Clipping field → column index, from the header cells."""
    keys = [header_key(c) for c in cells]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for field, names in field_aliases("csv").items():
        for name in names:
            if name in keys and keys.index(name) not in taken:
                mapping[field] = keys.index(name)
                taken.add(keys.index(name))
                break
    return mapping


class CsvReader:
    """CSV / TSV with a header line."""

    name = "csv"
    extensions: tuple[str, ...] = (".csv", ".tsv", ".tab")
    media_types: tuple[str, ...] = ("text/csv", "text/tab-separated-values")

    def sniff(self, head: bytes) -> bool:
        """A first line with a delimiter whose cells include a known text column name."""
        if binary_kind(head):
            return False
        lines = head_text(head).splitlines()
        if not lines:
            return False
        first = lines[0]
        delim = sniff_delimiter(first)
        if delim not in first:
            return False
        cells = next(csv.reader([first], delimiter=delim), [])
        return "text" in map_header(cells)

    def read(self, source_name: str, stream: BinaryIO) -> Iterator[Clipping | Reject]:
        lines = iter_lines(stream)
        header_line: str | None = None
        for _n, line in lines:
            if line.strip():
                header_line = line
                break
        if header_line is None:
            yield Reject(source_name, None, "empty-file", "no header line; nothing to read")
            return
        delim = sniff_delimiter(header_line)
        try:
            header = next(csv.reader([header_line], delimiter=delim))
        except (csv.Error, StopIteration):
            header = []
        mapping = map_header(header)
        if "text" not in mapping:
            yield Reject(source_name, None, "no-text-column",
                         "no header column holds the clipping text; name one 'text' or 'texte' "
                         "(accepted names are in fields.toml)", excerpt(header_line))
            return
        physical = {"n": 1}

        def text_lines() -> Iterator[str]:
            for n, text in lines:
                physical["n"] = n
                yield text + "\n"

        reader = csv.reader(text_lines(), delimiter=delim)
        while True:
            start = physical["n"] + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Reject(source_name, start, "bad-csv-row", f"row cannot be read as CSV ({exc})")
                continue
            if not any(cell.strip() for cell in row):
                continue
            fields: dict[str, object] = {f: (row[i] if i < len(row) else None) for f, i in mapping.items()}
            if fields.get("text") is not None and not str(fields["text"]).strip():
                fields["text"] = None
            yield make_clipping(fields, source_name, start, raw=delim.join(row))
