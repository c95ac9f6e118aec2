"""Bytes to text: BOMs, UTF-8 / cp1252 / latin-1 detection, binary sniffing, bounded line streaming."""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import BinaryIO

#: How many bytes are read ahead to choose a reader and sniff binary content.
HEAD_SIZE = 64 * 1024
#: A line longer than this is cut into pieces (bounded memory on files without newlines).
MAX_LINE = 8 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# file signatures of common binary formats (a PNG renamed .txt is still a PNG)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive (or office file)"),
    (b"\x1f\x8b", "gzip archive"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"), (b"\xd0\xcf\x11\xe0", "legacy office file"),
    (b"\x7fELF", "executable"), (b"MZ", "executable"), (b"RIFF", "RIFF media file"),
    (b"SQLite format 3\x00", "SQLite database"),
)
# bytes 0x80-0x9f that cp1252 leaves undefined
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_C1 = frozenset(range(0x80, 0xA0))
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, or ``None``."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    return None


def binary_kind(head: bytes) -> str | None:
    """Why ``head`` is not text (``"PNG image"``...), or ``None`` when it looks like text."""
    if bom_encoding(head) in ("utf-16", "utf-32"):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and len(head) > 2 and b"\x00" not in head[:512]:
                continue  # a text that starts with "MZ"
            return kind
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary data (NUL bytes)"
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls / len(sample) > 0.1:
            return "binary data (control characters)"
    return None


def head_text(head: bytes) -> str:
    """The first bytes of a source as text for sniffing: by its BOM, else UTF-8 with replacement."""
    enc = bom_encoding(head)
    if enc in ("utf-16", "utf-32"):
        cut = len(head) - len(head) % (2 if enc == "utf-16" else 4)
        return head[:cut].decode(enc, "replace")
    return head.decode("utf-8", "replace").lstrip("\ufeff")


def guess_8bit(data: bytes) -> str:
    """``cp1252`` or ``latin-1`` for bytes that are not UTF-8."""
    if any(b in _CP1252_UNDEFINED for b in data):
        return "latin-1"
    return "cp1252"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a whole document: BOM, else UTF-8, else cp1252, else latin-1. Returns (text, encoding)."""
    enc = bom_encoding(data)
    if enc is not None:
        return data.decode(enc, "replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        enc = guess_8bit(data)
        return data.decode(enc, "replace"), enc


class LineDecoder:
    """Decode the lines of one file, choosing per line between UTF-8 and an 8-bit fallback.

    A file that starts with a BOM is decoded with its encoding; otherwise each
    line is tried as UTF-8 first, then cp1252 (or latin-1 when cp1252 cannot
    decode it). ``fallback_lines`` counts the lines that were not UTF-8.
    """

    def __init__(self) -> None:
        self.fallback_lines = 0
        self.encoding = "utf-8"

    def decode(self, line: bytes, first: bool = False) -> str:
        if first and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
            self.encoding = "utf-8-sig"
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError:
            self.fallback_lines += 1
            enc = guess_8bit(line)
            self.encoding = enc
            return line.decode(enc, "replace")


def iter_lines(stream: BinaryIO) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, text without line end)`` from a byte stream, in bounded memory.

    UTF-16/32 files (with a BOM) are decoded as text streams; other files line by
    line with ``LineDecoder``. Lines longer than ``MAX_LINE`` bytes are cut.
    """
    head = peek(stream, 4)
    enc = bom_encoding(head)
    if enc in ("utf-16", "utf-32"):
        text = io.TextIOWrapper(stream, encoding=enc, errors="replace", newline=None)
        for n, line in enumerate(iter(lambda: text.readline(MAX_LINE), ""), start=1):
            yield n, line.rstrip("\r\n")
        return
    dec = LineDecoder()
    n = 0
    while True:
        raw = stream.readline(MAX_LINE)
        if not raw:
            return
        n += 1
        yield n, dec.decode(raw, first=n == 1).rstrip("\r\n")


def peek(stream: BinaryIO, size: int) -> bytes:
    """The first ``size`` bytes of a ``Replay`` or peekable stream, without consuming them."""
    if isinstance(stream, Replay):
        return stream.head[:size]
    peeker = getattr(stream, "peek", None)
    if peeker is not None:
        data: bytes = peeker(size)
        return data[:size]
    return b""


class Replay(io.RawIOBase):
    """A read-only stream that gives ``head`` (already read) and then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO | None) -> None:
        super().__init__()
        self.head = head
        self._pos = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._pos < len(self.head):
            chunk = self.head[self._pos:self._pos + len(buffer)]
            buffer[:len(chunk)] = chunk
            self._pos += len(chunk)
            return len(chunk)
        if self._rest is None:
            return 0
        data = self._rest.read(len(buffer))
        if not data:
            return 0
        buffer[:len(data)] = data
        return len(data)


def replay(stream: BinaryIO, head_size: int = HEAD_SIZE) -> tuple[bytes, BinaryIO]:
    """Read the head of ``stream`` and return it with a buffered stream that starts again at byte 0."""
    head = b""
    while len(head) < head_size:
        chunk = stream.read(head_size - len(head))
        if not chunk:
            break
        head += chunk
    raw = Replay(head, stream)
    buffered: BinaryIO = io.BufferedReader(raw, buffer_size=64 * 1024)
    return head, buffered


def read_all(stream: BinaryIO, limit: int) -> bytes | None:
    """The whole stream, or ``None`` when it is longer than ``limit`` bytes."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data
