"""Date expressions: find them in text, then resolve them at the precision the text gives.

``find_dates(text, lang)`` returns every date phrase with its character span and
what it says (day, month, year, weekday, a relative unit, the marker in front of
it). ``resolve(...)`` turns one into a ``PartialDate`` ("2024-12-30", "2025-01",
"2025") using the clipping's publication date for relative phrases and the years
stated elsewhere in the text when a day or month comes without its year.
The calendar words come from ``lang/fr.py`` and ``lang/en.py``; the reference
horizon year for a weekday without its year is ``lang.CALENDAR_HORIZON_YEAR``.

``resolve_with_basis(...)`` also says where the parts the phrase leaves out came
from (``BASES``), so that an analyst can tell a stated year from an inferred one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from ..model import PartialDate
from .lang import CALENDAR_HORIZON_YEAR, LANGS

#: Where the parts of a date that its phrase leaves out come from (None: the phrase states them all).
BASES: dict[str, str] = {
    "publication": "resolved against the clipping's publication date",
    "text-year": "year taken from another date of the clipping",
    "weekday": "year whose calendar puts the weekday on that day, nearest to the clipping's years (or first after "
               "the years it recalls as background)",
    "weekday-horizon": "latest year up to the calendar horizon whose calendar puts the weekday on that day",
    "news-day": "resolved against the clipping's own day (a weekday date whose year was inferred)",
}


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date phrase as written, before resolution."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None  # "day:-1", "week:-1", "month:-1", "year:-1", "weekday"
    last: bool = False  # "le 26 avril dernier", "last December"
    marker: str | None = None  # "period", "onset", "forward" or None
    days: tuple[int, ...] = ()  # distributive "les 17 et 19 avril"

    @property
    def has_year(self) -> bool:
        return self.year is not None


def _alt(words: object) -> str:
    items = sorted((str(w) for w in words), key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


@cache
def _any_lang(name: str) -> str:
    """The words ``name`` of every language as a regex alternation: these lead words are read whatever the
    clipping's language (a clipping may quote a phrase of another one)."""
    return _alt({w for mod in LANGS.values() for w in getattr(mod, name)})


@dataclass(frozen=True)
class _Patterns:
    lang: ModuleType
    full: re.Pattern[str]
    numeric: re.Pattern[str]
    month_year: re.Pattern[str]
    month_only: re.Pattern[str]
    year_only: re.Pattern[str]
    relative: re.Pattern[str]
    unit: re.Pattern[str]
    weekday: re.Pattern[str]
    same_day: re.Pattern[str]
    next_day: re.Pattern[str]
    shift: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(code: str) -> _Patterns:
    L = LANGS[code]
    months = _alt(L.MONTHS)
    wd = _alt(L.WEEKDAYS)
    parts = _alt(L.PERIOD_PARTS)
    seasons = _alt(L.SEASONS)
    last = _alt(L.LAST)
    this = _alt(L.THIS)
    units = _alt(L.UNITS)
    rel = _alt(L.RELATIVE_DAYS)
    tod = rf"(?:\s+(?:{_alt(L.TIMES_OF_DAY)}))?" if getattr(L, "TIMES_OF_DAY", ()) else ""
    month_leads, year_leads, onset = (_any_lang("MONTH_LEADS"), _any_lang("YEAR_LEADS"),
                                      _any_lang("ONSET_MARKERS"))
    unit_articles, weekday_leads = _any_lang("UNIT_ARTICLES"), _any_lang("WEEKDAY_LEADS")
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:er|re|st|nd|rd|th)?"
    if code == "en":
        full = (rf"(?:(?P<wd>{wd}),?\s+)?(?:(?P<day>{day})(?P<more>(?:\s*(?:,|and|&)\s*{day})*)\s+(?P<month>{months})"
                rf"|(?P<month2>{months})\.?\s+(?P<day2>{day}))(?:,?\s+(?P<year>(?:19|20)\d\d))?")
    else:
        full = (rf"(?:(?P<wd>{wd})\s+)?(?P<day>{day}|{_alt(L.ORDINAL_FIRST)})(?P<more>(?:\s*(?:,|et)\s*{day})*)\s+"
                rf"(?P<month>{months})\.?(?:\s+(?P<year>(?:19|20)\d\d))?")
    return _Patterns(
        L,
        re.compile(rf"\b{full}(?:\s+(?P<last>{last}))?\b", re.I),
        re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)\d\d)\b"
                   r"|\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"),
        re.compile(rf"\b(?:(?P<part>{parts})[\s-]+)?(?P<month>{months})\.?(?:\s*[-–/]\s*(?:{months}))?,?\s+"
                   rf"(?P<year>(?:19|20)\d\d)\b", re.I),
        re.compile(rf"\b(?:(?P<lead>{parts}|{month_leads}|{last}|{this})[\s-]+)(?P<month>{months})\b(?:\s+(?P<last>{last}))?"
                   r"(?!\s+(?:19|20)\d\d)", re.I),
        re.compile(rf"\b(?:(?P<lead>{parts}|{seasons}|{year_leads}|{onset})\s+)"
                   r"(?P<year>(?:19|20)\d\d)\b(?![-/]\d)", re.I),
        re.compile(rf"\b(?P<rel>{rel})\b{tod}", re.I),
        re.compile(rf"\b(?:(?P<last1>{last})\s+(?P<u1>{units})|(?:{unit_articles})\s*(?P<u2>{units})\s+"
                   rf"(?P<last2>{last})|(?P<this3>{this})\s+(?P<u3>{units})"
                   + (rf"|(?P<next4>{_alt(L.NEXT)})\s+(?P<u4>{units})" if code == "en" else "")
                   + r")\b", re.I),
        # "last Friday" (English) and "vendredi dernier": the weekday of the week before
        re.compile(rf"\b(?:(?P<this>{this}|{weekday_leads})\s+"
                   + (rf"|(?P<last0>{last})\s+" if code == "en" else "")
                   + rf")?(?P<wd>{wd})\b{tod}(?:\s+(?P<last>{last}))?", re.I),
        re.compile(rf"(?<!\w)(?:{_alt(L.SAME_DAY)})(?!\w)", re.I),
        # a language without the phrase matches nothing
        re.compile(rf"(?<!\w)(?:{_alt(L.NEXT_DAY)})(?!\w)(?!\s+(?:de|du|des|d['’]))" if getattr(L, "NEXT_DAY", ())
                   else r"(?!)", re.I),
        _shift_pattern(L),
    )


def _shift_pattern(L: ModuleType) -> re.Pattern[str]:
    """A day counted from the date stated before: a number of days or weeks then a word of before or after
    (``SHIFT_UNITS``, ``SHIFT_BEFORE``, ``SHIFT_AFTER``: "quatre jours plus tôt", "two weeks later"), or a phrase
    for the day before (``PREVIOUS_DAY``: "la veille", not "la veille de …"); nothing in a language without them."""
    units = getattr(L, "SHIFT_UNITS", {})
    if not units:
        return re.compile(r"(?!)")
    numbers = _alt(L.NUMBERS)
    ways = _alt((*L.SHIFT_BEFORE, *L.SHIFT_AFTER))
    before = getattr(L, "PREVIOUS_DAY", ())
    eve = rf"|(?P<eve>{_alt(before)})(?!\w)(?!\s+(?:de|du|des|d['’]|of)\b)" if before else ""
    return re.compile(rf"(?<!\w)(?:(?P<n>\d{{1,3}}|{numbers})\s+(?P<unit>{_alt(units)})\s+(?P<way>{ways})(?!\w){eve})",
                      re.I)


def _shift_days(m: re.Match[str], L: ModuleType) -> int:
    """The signed number of days a match of ``_shift_pattern`` counts."""
    if m.group("n") is None:
        return -1  # "la veille"
    n = int(m.group("n")) if m.group("n").isdigit() else int(L.NUMBERS[m.group("n").lower()])
    days = n * int(L.SHIFT_UNITS[m.group("unit").lower()])
    return -days if m.group("way").lower() in {w.lower() for w in L.SHIFT_BEFORE} else days


def _marker(text: str, start: int, L: ModuleType) -> str | None:
    before = text[max(0, start - 24):start].lower().replace("’", "'")
    before = re.sub(r"\s+", " ", before)
    for group, name in ((L.ONSET_MARKERS, "onset"), (L.FORWARD_MARKERS, "forward"), (L.PERIOD_MARKERS, "period")):
        for m in group:
            m = m.replace("’", "'")
            # (an ordinal may stand between: "au cours du premier semestre 2026")
            if re.search(rf"(?:^|\W){re.escape(m)}(?:\s+(?:{_any_lang('MARKER_ARTICLES')}))?"
                         rf"(?:\s+(?:{_any_lang('PERIOD_ORDINALS')}))?\s*$", before):
                return name
    return None


def _day(s: str) -> int:
    digits = re.match(r"\d+", s)
    return int(digits.group()) if digits else 1


_DIGEST = re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?=\s*[–—-]\s)")


def find_dates(text: str, lang: str = "fr") -> list[DateMention]:
    """All date phrases of ``text``, left to right, longest first where they overlap."""
    P = _patterns(lang if lang in LANGS else "fr")
    L = P.lang
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: DateMention) -> None:
        if free(m.start, m.end):
            taken.append((m.start, m.end))
            found.append(m)

    for m in P.numeric.finditer(text):
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            y, mo, d = int(m.group("year")), int(m.group("month")), int(m.group("day"))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(DateMention(m.start(), m.end(), m.group(), y, mo, d, marker=_marker(text, m.start(), L)))
    if getattr(L, "DIGEST_DAY_MONTH", False):
        # "Veille hebdo. 12/03 – La Cnil met en demeure …": a day/month without year heading a digest line (at the
        # start of the text or of a sentence, before a dash), not "24/7" or a score inside a sentence
        for m in _DIGEST.finditer(text):
            d, mo = int(m.group("day")), int(m.group("month"))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                add(DateMention(m.start(), m.end(), m.group(), None, mo, d))
    for m in P.full.finditer(text):
        month_word = (m.group("month") or m.group("month2") or "").lower().rstrip(".")
        day_word = m.group("day") or m.group("day2") or "1"
        d = 1 if day_word.lower() in L.ORDINAL_FIRST else _day(day_word)
        more = tuple(int(x) for x in re.findall(r"\d+", m.group("more") or ""))
        weekday: int | None = L.WEEKDAYS.get((m.group("wd") or "").lower())
        year: int | None = int(m.group("year")) if m.group("year") else None
        add(DateMention(m.start(), m.end(), m.group(), year, L.MONTHS[month_word], d, weekday, None,
                        bool(m.group("last")), _marker(text, m.start(), L), (d, *more) if more else ()))
    for m in P.month_year.finditer(text):
        add(DateMention(m.start(), m.end(), m.group(), int(m.group("year")),
                        L.MONTHS[m.group("month").lower().rstrip(".")], marker=_marker(text, m.start(), L)))
    for m in P.month_only.finditer(text):
        lead = (m.group("lead") or "").lower()
        is_last = bool(m.group("last")) or lead in L.LAST
        add(DateMention(m.start(), m.end(), m.group(), None, L.MONTHS[m.group("month").lower().rstrip(".")],
                        last=is_last, marker=_marker(text, m.start(), L)))
    for m in P.year_only.finditer(text):
        lead = (m.group("lead") or "").lower()
        marker = "onset" if lead in L.ONSET_MARKERS else _marker(text, m.start(), L)
        add(DateMention(m.start(), m.end(), m.group(), int(m.group("year")), marker=marker))
    for m in P.relative.finditer(text):
        add(DateMention(m.start(), m.end(), m.group(), relative=f"day:{L.RELATIVE_DAYS[m.group('rel').lower()]}",
                        marker=_marker(text, m.start(), L)))
    for m in P.unit.finditer(text):
        this = m.groupdict().get("u3")  # "earlier this month", "cette semaine": the unit of the publication date
        ahead = m.groupdict().get("u4")  # English "next month": the unit after the publication date's
        unit = L.UNITS[(m.group("u1") or m.group("u2") or this or ahead or "").lower()]
        add(DateMention(m.start(), m.end(), m.group(), relative=f"{unit}:{0 if this else 1 if ahead else -1}",
                        last=not (this or ahead), marker=_marker(text, m.start(), L)))
    for m in P.weekday.finditer(text):
        add(DateMention(m.start(), m.end(), m.group(), weekday=L.WEEKDAYS[m.group("wd").lower()],
                        relative="weekday", last=bool(m.group("last") or m.groupdict().get("last0")),
                        marker=_marker(text, m.start(), L)))
    for m in P.same_day.finditer(text):
        add(DateMention(m.start(), m.end(), m.group(), relative="same", marker=_marker(text, m.start(), L)))
    for m in P.next_day.finditer(text):
        add(DateMention(m.start(), m.end(), m.group(), relative="next", marker=_marker(text, m.start(), L)))
    for m in P.shift.finditer(text):
        add(DateMention(m.start(), m.end(), m.group(), relative=f"shift:{_shift_days(m, L)}",
                        marker=_marker(text, m.start(), L)))
    day_articles = getattr(L, "DAY_ARTICLES", ())
    if day_articles:
        # "adoptée le 5 novembre 2026 et rendue publique le 19,", "Un décret du 27 novembre 2026, publié au Journal
        # officiel du 29": a bare day later in the sentence of a full date is a day of that month
        for m in re.finditer(rf"\b(?:{_alt(day_articles)})\s+(?P<day>[0-3]?\d)(?=\s*[,;.)]|\s*$)", text, re.I):
            d = int(m.group("day"))
            prev = max((p for p in found if p.end <= m.start() and p.year is not None and p.month is not None
                        and p.day is not None and p.relative is None), key=lambda p: p.end, default=None)
            if prev is None or not (prev.day or 0) < d <= 31 or any(c in text[prev.end:m.start()] for c in ".;!?"):
                continue
            if _valid(prev.year or 0, prev.month or 0, d):
                add(DateMention(m.start() + m.group().index(m.group("day")), m.end(), m.group("day"), prev.year,
                                prev.month, d, marker=_marker(text, m.start(), L)))
    # "du 31 décembre 2020 au 31 juillet 2021": both ends of a range are a period
    links = "|".join(re.escape(w) for w in L.RANGE_LINKS)
    range_link = re.compile(rf"\s*(?:{links})\s+(?:(?:{_any_lang('RANGE_ARTICLES')})\s+)?\d", re.I)
    out: list[DateMention] = []
    range_end = -10**9
    title_links = getattr(L, "NUMBERED_TITLE_LINKS", ())
    titled = re.compile(rf"(?:n°|nº|no\.?|n\.)\s*[\w./-]*\d[\w./-]*\s+(?:{_alt(title_links)})\s+$", re.I) \
        if title_links else None

    def counted_from(p: DateMention) -> bool:
        # a date in a numbered text's name is no date of the story ("n° 2025-118 du 7 février 2025")
        return titled is None or titled.search(text[max(0, p.start - 40):p.start]) is None
    for dm in sorted(found, key=lambda x: x.start):
        starts_range = range_link.match(text[dm.end:dm.end + 12]) is not None
        if dm.marker is None and (starts_range or 0 <= dm.start - range_end <= 8):
            dm = DateMention(dm.start, dm.end, dm.text, dm.year, dm.month, dm.day, dm.weekday, dm.relative,
                             dm.last, "period", dm.days)
        if starts_range:
            range_end = dm.end
        if dm.relative == "same":  # "le même jour": the day of the last date stated before, at its precision
            # a weekday ("said on Thursday …, the same day") names a day too, resolved like it
            prev = next((p for p in reversed(out) if (p.day is not None or p.weekday is not None
                                                       or (p.relative or "").startswith("day:"))
                         and p.relative != "same" and counted_from(p)), None)  # ("hier … le même jour")
            if prev is None:
                continue
            dm = DateMention(dm.start, dm.end, dm.text, prev.year, prev.month, prev.day, prev.weekday,
                             prev.relative, prev.last, dm.marker)
        if dm.relative == "next" or (dm.relative or "").startswith("shift:"):
            # "le lendemain", "quatre jours plus tôt", "la veille": counted from the last full date stated before
            full = next((p for p in reversed(out) if p.relative is None and p.year is not None
                         and p.month is not None and p.day is not None and counted_from(p)), None)
            day = next((p for p in reversed(out) if p.relative is None and p.month is not None
                        and p.day is not None and counted_from(p)), None)
            if full is not None and day is not None and day is not full and day.start > full.start:
                # "le 9 avril 2025 … par le Sénat le 15 avril, puis par l'Assemblée deux jours plus tard": the last
                # day stated, in the year of the full date before it
                year = (full.year or 0) + ((day.month or 0, day.day or 0) < (full.month or 0, full.day or 0))
                full = DateMention(day.start, day.end, day.text, year, day.month, day.day)
            shift = 1 if dm.relative == "next" else int((dm.relative or "shift:0").split(":")[1])
            if full is None:
                # "On Thursday, the court held … Two days earlier, it had ruled …": a weekday shifted within its
                # week is another weekday, resolved like it
                base = next((p for p in reversed(out) if p.relative == "weekday" and p.weekday is not None
                             and p.day is None and counted_from(p)), None)
                if base is not None and base.weekday is not None:
                    if 0 <= base.weekday + shift <= 6 and abs(shift) < 7:
                        out.append(DateMention(dm.start, dm.end, dm.text, weekday=base.weekday + shift,
                                               relative="weekday", last=base.last, marker=dm.marker))
                    continue
                if day is None:
                    # "La loi n° 132 du 23 septembre 2025, publiée au Journal officiel deux jours plus tard": with no
                    # other date before, counted from the date in a text's name
                    full = next((p for p in reversed(out) if p.relative is None and p.year is not None
                                 and p.month is not None and p.day is not None), None)
                if full is None:
                    continue
            if not _valid(full.year or 0, full.month or 0, full.day or 0):
                continue
            after = dt.date(full.year or 0, full.month or 0, full.day or 0) + dt.timedelta(days=shift)
            dm = DateMention(dm.start, dm.end, dm.text, after.year, after.month, after.day, marker=dm.marker)
        following = getattr(L, "FOLLOWING", ())
        if dm.year is None and dm.month is not None and dm.relative is None and following and re.match(
                rf"\s+(?:{_alt(following)})\b", text[dm.end:dm.end + 16], re.I):
            # "publié le 15 janvier 2025 ; entré en vigueur le 4 février suivant": the year of the date before
            prev = next((p for p in reversed(out) if p.year is not None and p.month is not None), None)
            if prev is not None and prev.year is not None and prev.month is not None:
                later = (dm.month, dm.day or 1) < (prev.month, prev.day or 1)
                dm = DateMention(dm.start, dm.end, dm.text, prev.year + later, dm.month, dm.day, dm.weekday,
                                 dm.relative, dm.last, dm.marker, dm.days)
        out.append(dm)
    return out


def parse_published(published: str | None) -> dt.date | None:
    """The publication date as a ``date`` when the clipping gives a full day, else None."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def resolve(m: DateMention, published: dt.date | None, context_years: list[int],
            forward: bool = False, news_day: dt.date | None = None,
            background_years: list[int] | None = None) -> PartialDate | None:
    """Resolve ``m`` to a partial ISO date, or None when the text does not fix it (see ``resolve_with_basis``)."""
    return resolve_with_basis(m, published, context_years, forward, news_day, background_years)[0]


def resolve_with_basis(m: DateMention, published: dt.date | None, context_years: list[int],
                       forward: bool = False, news_day: dt.date | None = None,
                       background_years: list[int] | None = None,
                       sentence_year: int | None = None) -> tuple[PartialDate | None, str | None]:
    """Resolve ``m`` to a partial ISO date, and say where the parts its phrase leaves out came from.

    ``published`` anchors relative phrases; ``context_years`` are years stated in
    the clipping (nearest first) for a day or month written without its year.
    ``forward`` says the act lies ahead of the anchor ("à partir de vendredi").
    ``news_day`` is the clipping's own day when it has no publication date and
    dates itself with a weekday ("a annoncé vendredi 22 mars"): a month or day
    without year that no other stated year fixes lies at or before it, like a
    date in a dated article ("l'amende que lui a infligée la Cnil en janvier").
    ``background_years`` are bare years the clipping recalls after a weekday date
    ("Ouverte en 2019, la procédure …"): the weekday's year comes after them.
    ``sentence_year`` is the year of a full date stated earlier in the same sentence that ``m`` follows in
    time ("publié le 5 avril 2024 et entré en vigueur le 25 avril"): the sentence tells one stretch of time, so
    it wins over the publication date.
    The basis is a key of ``BASES``, or None when the phrase states the date whole.
    """
    if m.relative and m.relative != "weekday":
        if published is None:
            return None, None
        unit, _, n = m.relative.partition(":")
        delta = int(n) if n.lstrip("-").isdigit() else 0
        if unit == "day":
            return PartialDate((published + dt.timedelta(days=delta)).isoformat()), "publication"
        if unit == "week":
            day = published + dt.timedelta(days=7 * delta)
            return PartialDate(f"{day.year:04d}-{day.month:02d}"), "publication"
        if unit == "month":
            y, mo = _shift_month(published.year, published.month, delta)
            return PartialDate(f"{y:04d}-{mo:02d}"), "publication"
        if unit == "year":
            return PartialDate(f"{published.year + delta:04d}"), "publication"
        return None, None
    if m.relative == "weekday" and m.weekday is not None:
        if published is None:
            return None, None
        diff = (published.weekday() - m.weekday) % 7
        if forward and not m.last:
            day = published + dt.timedelta(days=(m.weekday - published.weekday()) % 7)
        else:
            day = published - dt.timedelta(days=diff if diff or not m.last else 7)
        return PartialDate(day.isoformat()), "publication"
    if m.month is None:
        return (PartialDate(f"{m.year:04d}"), None) if m.year else (None, None)
    year = m.year
    basis: str | None = None
    if year is None:
        if sentence_year is not None:
            year, basis = sentence_year, "text-year"
        else:
            year, basis = _infer_year(m, published, context_years, forward, news_day, background_years or [])
        if year is None:
            return None, None
    if m.day is None:
        return PartialDate(f"{year:04d}-{m.month:02d}"), basis
    if not _valid(year, m.month, m.day):
        return None, None
    return PartialDate(f"{year:04d}-{m.month:02d}-{m.day:02d}"), basis


def _year_before(m: DateMention, anchor: dt.date, forward: bool) -> int:
    """The year of ``m`` (a day or month without year) as seen from ``anchor``: at or before it, unless the
    phrase looks ahead ("à compter du 2 août"); "dernier" excludes the anchor day itself."""
    month = m.month or 1
    day = m.day or 1
    year = anchor.year
    candidate = (month, day)
    if forward and not m.last:
        return year if candidate >= (anchor.month, anchor.day if m.day else 1) else year + 1
    if candidate > (anchor.month, anchor.day if m.day else 31) or (m.last and m.day and candidate == (
            anchor.month, anchor.day)):
        year -= 1
    return year


@lru_cache(maxsize=2048)
def weekday_years(month: int, day: int, weekday: int, horizon: int = CALENDAR_HORIZON_YEAR) -> tuple[int, ...]:
    """The years up to ``horizon`` (the last century of them) whose calendar puts ``weekday`` on ``day``/``month``."""
    return tuple(y for y in range(horizon - 100, horizon + 1)
                 if _valid(y, month, day) and dt.date(y, month, day).weekday() == weekday)


def weekday_year(month: int, day: int, weekday: int, context_years: list[int],
                 background_years: list[int] | None = None,
                 horizon: int = CALENDAR_HORIZON_YEAR) -> tuple[int | None, str | None]:
    """The year a weekday pins for a day and month written without year ("mardi 20 juillet").

    With years stated in the clipping around the date: the fitting year nearest to the likeliest of them
    (the first), a later one on a tie. Else, with background years recalled after it ("Ouverte en 2019"):
    the first fitting year after the latest of them (a news item comes after what it recalls; written in
    the year it recalls, it would not name the year). Else the latest fitting year not after ``horizon``.
    The second value is the basis (a key of ``BASES``).
    """
    fits = weekday_years(month, day, weekday, horizon)
    if not fits:
        return None, None
    if context_years:
        ref = context_years[0]
        return min(fits, key=lambda y: (abs(y - ref), -y)), "weekday"
    later = [y for y in fits if background_years and y > max(background_years)]
    if later:
        return later[0], "weekday"
    return fits[-1], "weekday-horizon"


def _infer_year(m: DateMention, published: dt.date | None, context_years: list[int], forward: bool,
                news_day: dt.date | None, background_years: list[int]) -> tuple[int | None, str | None]:
    if published is not None:
        if m.weekday is not None and m.day is not None and m.month is not None:
            # a weekday pins the year: the nearest one whose calendar fits ("demain, samedi 2 août" the day after
            # a clipping of Friday 1 August 2025 is 2025, though the date lies after the publication)
            fits = [dt.date(y, m.month, m.day) for y in (published.year - 1, published.year, published.year + 1)
                    if _valid(y, m.month, m.day) and dt.date(y, m.month, m.day).weekday() == m.weekday]
            if fits:
                return min(fits, key=lambda d: abs((d - published).days)).year, "publication"
        return _year_before(m, published, forward), "publication"
    if m.weekday is not None and m.day is not None and m.month is not None:
        return weekday_year(m.month, m.day, m.weekday, context_years, background_years)
    if context_years:
        return context_years[0], "text-year"
    if news_day is not None:
        return _year_before(m, news_day, forward), "news-day"
    return None, None
