"""Turn the fields a reader found into a ``Clipping`` (or a ``Reject``), the same way for every reader."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Clipping, Origin
from ._base import Reject, excerpt
from ._dates import parse_date
from ._lang import detect_language, normalise_lang
from ._text import clean, tidy

#: Longest clipping text accepted, in characters (a record longer than this is rejected).
MAX_TEXT = 1_000_000


def _str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        value = tidy(value)
        return value or None
    return None


def _notes(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return ()
    out: list[str] = []
    for item in value:
        s = _str(item)
        if s and s not in out:
            out.append(s)
    return tuple(out)


def _retrieved(value: object) -> str | None:
    s = _str(value)
    if s is None:
        return None
    day = parse_date(s)
    if day is None:
        return None
    # keep a full ISO date-time as written, otherwise the date
    return s if len(s) > 10 and s[:10] == day and s[10] in "T " else day


def make_clipping(fields: Mapping[str, object], source: str, position: int,
                  raw: str | None = None) -> Clipping | Reject:
    """A clipping from source fields (``text``, ``id``, ``title``, ``published``, ``source_url``,
    ``lang``, ``site_name``, ``retrieved``, ``notes``), or a ``Reject`` when there is no usable text.

    The text is kept as the source wrote it (only control characters dropped,
    line ends unified and the ends stripped: evidence quotes it); dates are parsed, never guessed; the
    language is the source's when it gives one, else detected.
    """
    text_value = fields.get("text")
    if not isinstance(text_value, str):
        reason = "missing-text" if text_value is None else "bad-text"
        what = "has no text" if text_value is None else f"has a text that is a {type(text_value).__name__}"
        return Reject(source, position, reason, f"record {what}; nothing to make a clipping of", excerpt(raw))
    text = clean(text_value)
    if not text:
        return Reject(source, position, "missing-text", "record text is empty; nothing to make a clipping of",
                      excerpt(raw))
    if len(text) > MAX_TEXT:
        return Reject(source, position, "text-too-long",
                      f"record text has {len(text)} characters (limit {MAX_TEXT}); split it", excerpt(raw))
    lang = normalise_lang(_str(fields.get("lang"))) or detect_language(text)
    return Clipping(
        text=text,
        id=_str(fields.get("id")),
        title=_str(fields.get("title")),
        published=parse_date(_str(fields.get("published"))),
        source_url=_str(fields.get("source_url")),
        lang=lang,
        site_name=_str(fields.get("site_name")),
        retrieved=_retrieved(fields.get("retrieved")),
        notes=_notes(fields.get("notes")),
        origins=(Origin(source, position),),
    )
