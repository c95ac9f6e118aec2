"""Money amounts and written-out numbers.

``find_amounts(text, lang)`` returns each amount with its span, its value in
currency units (``Decimal``), its ISO currency, and the context flags that say
whether it can be a fine: a periodic penalty ("par jour de retard"), a fixed
penalty written into a text ("amende forfaitaire de"), or a bound ("plus de").
``parse_number`` reads "104 000", "1,5", "3.000", "cinquante", "dix".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .lang import LANGS


@dataclass(frozen=True, slots=True)
class Amount:
    start: int
    end: int
    text: str
    value: Decimal
    currency: str | None
    periodic: bool = False
    fixed: bool = False
    bound: bool = False

    @property
    def is_fine_amount(self) -> bool:
        """An amount that may stand for a fine imposed: in euros, not periodic, fixed nor a bound."""
        return self.currency == "EUR" and not (self.periodic or self.fixed or self.bound)


#: Digits in groups of three after a single kind of mark ("3.000", "1,250"): with a currency and no scale
#: word, a thousands grouping whatever the language's decimal mark.
_MONEY_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+")

_NUM = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def parse_number(s: str, lang: str = "fr") -> Decimal | None:
    """Read a number written with digits (French or English separators) or in words."""
    L = LANGS.get(lang, LANGS["fr"])
    s = s.strip()
    if not s:
        return None
    if not s[0].isdigit():
        return _words(s.lower(), L.NUMBERS)
    dec = L.DECIMAL_SEP
    thousands = [t for t in L.THOUSANDS_SEPS]
    body = s
    for t in (" ", "\u00a0", "\u202f"):
        body = body.replace(t, "")
    groups = re.split(r"[.,]", body)
    seps = re.findall(r"[.,]", body)
    if seps:
        last_sep = seps[-1]
        tail = groups[-1]
        if last_sep in thousands and last_sep != dec and len(tail) == 3:
            body = body.replace(last_sep, "")
            body = body.replace(dec, ".")
        elif len(set(seps)) == 1 and len(seps) > 1:
            body = body.replace(last_sep, "")  # "1.000.000"
        else:
            other = "." if last_sep == "," else ","
            body = body.replace(other, "").replace(last_sep, ".")
    try:
        return Decimal(body)
    except InvalidOperation:
        return None


def _words(s: str, numbers: dict[str, int]) -> Decimal | None:
    total = 0
    current = 0
    seen = False
    for w in re.split(r"[\s-]+", s):
        if w in ("et", "and"):
            continue
        n = numbers.get(w)
        if n is None:
            return None
        seen = True
        if n in (100, 1000):
            current = max(current, 1) * n
            if n == 1000:
                total += current
                current = 0
        else:
            current += n
    return Decimal(total + current) if seen else None


@lru_cache(maxsize=4)
def _pattern(lang: str) -> re.Pattern[str]:
    L = LANGS[lang]
    words = "|".join(sorted((re.escape(w) for w in L.NUMBERS), key=lambda w: (-len(w), w)))
    scales = "|".join(sorted((re.escape(w) for w in L.SCALES), key=lambda w: (-len(w), w)))
    curs = "|".join(sorted((re.escape(w) for w in L.CURRENCIES), key=lambda w: (-len(w), w)))
    num = rf"(?:{_NUM}|(?:(?:{words})(?:[\s-]+(?:et[\s-]+)?(?:{words}))*))"
    # a half after the scale word ("un million et demi d'euros")
    halves = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in getattr(L, "HALF_AFTER_SCALE", ()))
    half = rf"(?P<shalf>\s+(?:{halves}))?" if halves else "(?P<shalf>(?!))?"
    prefix = rf"(?P<pcur>{curs})\s?(?P<pnum>{_NUM})[\s-]?(?P<pscale>{scales})?(?![\w])"
    suffix = (rf"(?P<snum>{num})\s?(?P<sscale>{scales})?{half}\s?(?:d['’]\s?|de\s+|of\s+)?(?P<scur>{curs})(?![\w])"
              rf"|(?P<bnum>{num})\s?(?P<bscale>{scales})(?![\w])")
    return re.compile(rf"(?<![\w]){prefix}|(?<![\w]){suffix}", re.I)


def _plain(value: Decimal) -> Decimal:
    """``Decimal`` without exponent: 1.04E+5 -> 104000, 7.9712E+8 -> 797120000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def find_amounts(text: str, lang: str = "fr") -> list[Amount]:
    """Money amounts in ``text`` (also bare "20 millions" when the text names euros elsewhere)."""
    code = lang if lang in LANGS else "fr"
    L = LANGS[code]
    out: list[Amount] = []
    has_eur = False
    raw: list[tuple[re.Match[str], str | None, Decimal]] = []
    for m in _pattern(code).finditer(text):
        if m.group("pnum"):
            num, scale, cur = m.group("pnum"), m.group("pscale"), m.group("pcur")
        elif m.group("snum"):
            num, scale, cur = m.group("snum"), m.group("sscale"), m.group("scur")
        else:
            num, scale, cur = m.group("bnum"), m.group("bscale"), None
        value = parse_number(num, code)
        if value is None:
            continue
        if not scale and _MONEY_GROUPS.fullmatch(num.strip()):
            # money is written with at most two decimals: "3.000 euros", "EUR 20.000" (also in English text
            # whose decimal mark is the dot) group thousands
            value = Decimal(re.sub(r"\D", "", num))
        if scale:
            value *= L.SCALES[scale.lower()]
            if m.group("shalf"):
                value += Decimal(L.SCALES[scale.lower()]) / 2  # "un million et demi": a half of the scale more
        cur_low = (cur or "").lower()
        if cur_low and cur_low[0] in "mk" and cur_low[1:] in ("€",):
            value *= L.SCALES[cur_low[0]]
        currency = L.CURRENCIES.get(cur_low) if cur else None
        if cur_low == "md€":
            value *= 10**9
        has_eur = has_eur or currency == "EUR"
        raw.append((m, currency, value))
    for m, currency, value in raw:
        if currency is None:
            if not has_eur or m.group("bscale") is None or m.group("bscale").lower() in ("k", "m", "b"):
                continue
            if re.match(r"\s*(?:de\s|d['’])", text[m.end():m.end() + 4], re.I):
                continue  # "2,5 millions de couronnes", "3 millions d'abonnés": the noun says what is counted
            currency = "EUR"
        after = text[m.end():m.end() + 30].lower().replace("’", "'")
        before = text[max(0, m.start() - 30):m.start()].lower().replace("’", "'")
        periodic = any(after.lstrip().startswith(p) or after.startswith(p) for p in L.PERIODIC)
        fixed = any(p in before for p in L.FIXED_PENALTY)
        bound = any(before.rstrip().endswith(p) for p in L.BOUNDS)
        if bound and re.search(r"\(\s*(?:soit\s+)?\w+\s*$", before) \
                and re.search(r"\d\S*(?:\s+\w+){1,2}(?:\s+d(?:e\s+|['’])\w+)*\s*$",
                              text[:m.start()].rsplit("(", 1)[0]):
            # "2,5 millions de couronnes (environ 215 000 euros)", "12 million kronor (about €1.05 million)": the sum
            # converted into euros, not a bound
            bound = False
        if bound and any(c2 not in (None, "EUR") and re.fullmatch(r"\s*,\s*[^\W\d]+\s*", text[m2.end():m.start()])
                         for m2, c2, _ in raw):
            bound = False  # "PLN 16.9 million, around EUR 4 million": the same sum in euros, set off by a comma
        start = m.start()
        vague = next((q for q in getattr(L, "VAGUE_QUANTIFIERS", ())
                      if re.search(rf"\b{re.escape(q)}\s+$", before)), None)
        if vague is not None:
            # "several hundred million euros": no stated sum; the quantifier is part of the amount phrase
            start = m.start() - len(before) + before.rstrip().rfind(vague)
            bound = True
        out.append(Amount(start, m.end(), text[start:m.end()], _plain(value),
                          currency, periodic, fixed, bound))
    return out
