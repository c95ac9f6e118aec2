"""Types shared by every reader: ``Reject``, the ``Reader`` protocol and ``IngestSummary``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol, runtime_checkable

from ..model import Clipping

#: Longest ``Reject.raw`` excerpt, in UTF-8 bytes.
RAW_LIMIT = 2048


def excerpt(raw: str | bytes | None, limit: int = RAW_LIMIT) -> str | None:
    """At most ``limit`` UTF-8 bytes of ``raw`` (bytes are decoded with replacement), cut on a character."""
    if raw is None:
        return None
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    data = text.encode("utf-8", "replace")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", "ignore")


@dataclass(frozen=True, slots=True)
class Reject:
    """A file or record that could not be read, with the reason.

    ``record`` is ``None`` when the whole file is refused (missing, empty, binary,
    XML bomb); otherwise the 1-based line or record number. ``reason`` is a short
    stable code (``empty-file``, ``binary-file``, ``invalid-json``, ``missing-text``,
    ``bad-encoding``, ``xml-bomb``...), ``message`` a sentence for people, and
    ``raw`` an excerpt (at most 2 kB) of the offending input when there is one.
    """

    source: str
    record: int | None
    reason: str
    message: str
    raw: str | None = None

    def __post_init__(self) -> None:
        if self.raw is not None and len(self.raw.encode("utf-8", "replace")) > RAW_LIMIT:
            object.__setattr__(self, "raw", excerpt(self.raw))

    @property
    def where(self) -> str:
        """``file`` or ``file:record``, as messages print it."""
        return self.source if self.record is None else f"{self.source}:{self.record}"

    def __str__(self) -> str:
        return f"{self.where}: {self.message} [{self.reason}]"

    def to_json(self) -> str:
        """One line of the rejects file (JSON Lines, keys in a fixed order)."""
        return json.dumps(
            {"source": self.source, "record": self.record, "reason": self.reason,
             "message": self.message, "raw": self.raw},
            ensure_ascii=False,
        )


@runtime_checkable
class Reader(Protocol):
    """A reader of one input format (one entry of ``READERS``)."""

    name: str
    extensions: tuple[str, ...]  # lower-case, with the dot: (".txt",)
    media_types: tuple[str, ...]

    def sniff(self, head: bytes) -> bool:
        """Whether the first bytes of a source look like this format."""
        ...

    def read(self, source_name: str, stream: BinaryIO) -> Iterator[Clipping | Reject]:
        """Yield the clippings of ``stream`` in source order, and a ``Reject`` for each bad record.

        Clippings carry one ``Origin(source_name, position)``. Never raises for bad input.
        """
        ...


@dataclass(slots=True)
class SourceCounts:
    """What one source gave: records read, new clippings, duplicates folded, records rejected."""

    read: int = 0
    clippings: int = 0
    duplicates: int = 0
    rejected: int = 0

    def to_dict(self) -> dict[str, int]:
        """The four counts by name."""
        return {"read": self.read, "clippings": self.clippings,
                "duplicates": self.duplicates, "rejected": self.rejected}


@dataclass(slots=True)
class IngestSummary:
    """Counts of one ``read_inputs`` run, by source (file name) and in total.

    ``read`` counts records (clippings before folding plus rejected records and
    refused files); ``clippings`` the distinct clippings that first appeared in
    the source; ``duplicates`` the records folded into an earlier clipping.
    """

    by_source: dict[str, SourceCounts] = field(default_factory=dict)

    def source(self, name: str) -> SourceCounts:
        """The counts of source ``name`` (created at zero)."""
        return self.by_source.setdefault(name, SourceCounts())

    @property
    def read(self) -> int:
        return sum(c.read for c in self.by_source.values())

    @property
    def clippings(self) -> int:
        return sum(c.clippings for c in self.by_source.values())

    @property
    def duplicates(self) -> int:
        return sum(c.duplicates for c in self.by_source.values())

    @property
    def rejected(self) -> int:
        return sum(c.rejected for c in self.by_source.values())

    def to_dict(self) -> dict[str, object]:
        """Totals and per-source counts (sources sorted), for JSON output."""
        return {
            "read": self.read, "clippings": self.clippings,
            "duplicates": self.duplicates, "rejected": self.rejected,
            "by_source": {k: v.to_dict() for k, v in sorted(self.by_source.items())},
        }

    def __str__(self) -> str:
        return (f"{self.read} read, {self.clippings} clippings, {self.duplicates} duplicates folded, "
                f"{self.rejected} rejected")
