"""Read the ``#+`` header of a stored query (a small, strict subset of YAML).

A header is the run of lines starting with ``#+`` at the top of an ``.rq``
file (grlc style). What it accepts::

    #+ summary: one line
    #+ description: >
    #+   folded text over
    #+   several lines
    #+ tags: [events, core]
    #+ expect: false
    #+ params:
    #+   - name: instrument
    #+     type: iri
    #+     default: https://w3id.org/veillegraph/id/instrument/ai-act
    #+     required: false
    #+     description: the instrument whose events are listed

Scalars may be quoted with ``"`` or ``'``; ``[a, b]`` is a list; ``>`` folds
the indented lines below into one paragraph, ``|`` keeps their line breaks.
Anything else is an error naming the line, so a typo never drops a query
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HeaderValue = str | bool | list[str] | list[dict[str, str | bool]]

_KEY_RE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][A-Za-z0-9_]*):(?: +(?P<value>.*))?$")


@dataclass(frozen=True, slots=True)
class HeaderLine:
    number: int  # 1-based line number in the file
    text: str  # the text after "#+ "


class HeaderSyntaxError(ValueError):
    """A header line that cannot be read; ``line`` is its 1-based number in the file."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def header_lines(text: str) -> tuple[list[HeaderLine], str]:
    """Split a query file into its ``#+`` header lines and the query text that follows."""
    lines = text.splitlines(keepends=True)
    header: list[HeaderLine] = []
    n = 0
    while n < len(lines):
        raw = lines[n].rstrip("\r\n")
        if raw.startswith("#+"):
            body = raw[2:]
            header.append(HeaderLine(n + 1, body[1:] if body.startswith(" ") else body))
        elif raw.strip() != "":
            break
        n += 1
    return header, "".join(lines[n:])


def _scalar(value: str, line: int) -> str | bool:
    v = value.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    if v in ("true", "True"):
        return True
    if v in ("false", "False"):
        return False
    if v.startswith(("[", "{")):
        raise HeaderSyntaxError(f"a list or mapping is not allowed here: {v!r}", line)
    return v


def _list(value: str, line: int) -> list[str]:
    v = value.strip()
    if not (v.startswith("[") and v.endswith("]")):
        raise HeaderSyntaxError(f"expected a list such as [a, b], got {v!r}", line)
    items = [x.strip() for x in v[1:-1].split(",")]
    out = []
    for item in items:
        if not item:
            continue
        s = _scalar(item, line)
        if not isinstance(s, str):
            raise HeaderSyntaxError(f"list items must be words, got {item!r}", line)
        out.append(s)
    return out


def _block(lines: list[HeaderLine], start: int, indent: int, style: str) -> tuple[str, int]:
    """Collect lines indented more than ``indent`` from ``start``; fold (``>``) or keep (``|``)."""
    parts: list[str] = []
    i = start
    while i < len(lines):
        t = lines[i].text
        if t.strip() and len(t) - len(t.lstrip(" ")) <= indent:
            break
        parts.append(t.strip())
        i += 1
    if style == "|":
        return "\n".join(parts).strip("\n"), i
    paragraphs = " ".join(p if p else "\n" for p in parts)
    return re.sub(r" ?\n ?", "\n\n", paragraphs).strip(), i


def parse_header(lines: list[HeaderLine]) -> dict[str, HeaderValue]:
    """Parse header lines into a dict; raise ``HeaderSyntaxError`` on anything unexpected."""
    out: dict[str, HeaderValue] = {}
    i = 0
    while i < len(lines):
        hl = lines[i]
        if not hl.text.strip():
            i += 1
            continue
        m = _KEY_RE.match(hl.text)
        if not m or m.group("indent") or m.group("dash"):
            raise HeaderSyntaxError(
                f"expected 'key: value' at the start of the line, got {hl.text!r}", hl.number
            )
        key, value = m.group("key"), (m.group("value") or "").strip()
        if key in out:
            raise HeaderSyntaxError(f"key {key!r} given twice", hl.number)
        i += 1
        if value in (">", "|"):
            out[key], i = _block(lines, i, 0, value)
        elif value.startswith("["):
            out[key] = _list(value, hl.number)
        elif value:
            out[key] = _scalar(value, hl.number)
        else:
            items, i = _items(lines, i)
            out[key] = items
    return out


def _items(lines: list[HeaderLine], i: int) -> tuple[list[dict[str, str | bool]], int]:
    """A list of mappings (``- name: x`` then indented ``key: value`` lines)."""
    items: list[dict[str, str | bool]] = []
    item_indent = -1
    while i < len(lines):
        hl = lines[i]
        if not hl.text.strip():
            i += 1
            continue
        m = _KEY_RE.match(hl.text)
        if not m or not m.group("indent"):
            if m and not m.group("indent") and not m.group("dash"):
                break  # next top-level key
            raise HeaderSyntaxError(
                f"expected an indented '- key: value' or 'key: value', got {hl.text!r}", hl.number
            )
        indent = len(m.group("indent"))
        key, value = m.group("key"), (m.group("value") or "").strip()
        if m.group("dash"):
            items.append({})
            item_indent = indent + len(m.group("dash"))
        elif not items or indent != item_indent:
            raise HeaderSyntaxError(
                f"line is not aligned with the list item above it: {hl.text!r}", hl.number
            )
        item = items[-1]
        if key in item:
            raise HeaderSyntaxError(f"key {key!r} given twice in one item", hl.number)
        i += 1
        if value in (">", "|"):
            item[key], i = _block(lines, i, item_indent, value)
        elif value.startswith("["):
            raise HeaderSyntaxError(f"lists are not allowed inside {key!r}", hl.number)
        else:
            item[key] = _scalar(value, hl.number)
    return items, i
