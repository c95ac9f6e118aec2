"""Publication dates as sources write them, to ISO ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``).

Only what the source states is parsed; nothing is guessed. Accepted forms:
ISO 8601 / RFC 3339 dates and date-times (the date as written, no time-zone
shift), RFC 822 dates of RSS (``Mon, 30 Dec 2024 10:00:00 +0100``; two-digit
years as RFC 2822 reads them), day-first
numeric dates as French and European spreadsheets write them (``30/12/2024``,
``30.12.2024``), and dates with month names in French or English
(``30 décembre 2024``, ``1er janvier 2025``, ``December 30, 2024``,
``janvier 2025``). Anything else gives ``None``.
"""

from __future__ import annotations

import re
from datetime import date

from ._langdata import DAY_SUFFIXES, MONTHS

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
                  r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}))?)?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T\d{4,6}(?:Z|[+-]\d{4})?)?\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*$")
_RFC822 = re.compile(r"^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}.*)?$")
_SUFFIX = "|".join(DAY_SUFFIXES)
_DAY_MONTH_YEAR = re.compile(
    rf"^\s*(?:[^\W\d_]+\.?,?\s+)?(\d{{1,2}})(?:{_SUFFIX})?\.?\s+([^\W\d_]+)\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(
    rf"^\s*(?:[^\W\d_]+\.?,?\s+)?([^\W\d_]+)\.?\s+(\d{{1,2}})(?:{_SUFFIX})?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"^\s*([^\W\d_]+)\.?\s+(\d{4})\s*$", re.IGNORECASE)


def _valid(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1000 <= y <= 9999:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(value: object) -> str | None:
    """The ISO date (or year-month, year) that ``value`` states, or ``None`` when it states none."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    m = _ISO.match(text)
    if m:
        return _valid(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
    m = _COMPACT.match(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC.match(text)
    if m:  # day first: the convention of French and European sources
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    for rx, order in ((_RFC822, "dmy"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = rx.match(text)
        if m:
            day, month, year = (m[1], m[2], m[3]) if order == "dmy" else (m[2], m[1], m[3])
            month_no = MONTHS.get(month.lower().rstrip("."))
            if month_no is not None:
                y = int(year)
                if len(year) == 2:  # RFC 2822 section 4.3: 00-49 are 20xx, 50-99 are 19xx
                    y += 2000 if y < 50 else 1900
                return _valid(y, month_no, int(day))
    m = _MONTH_YEAR.match(text)
    if m:
        month_no = MONTHS.get(m[1].lower())
        if month_no is not None:
            return _valid(int(m[2]), month_no)
    return None
