"""Dates whose phrase leaves a part out: the year a weekday pins, the clipping's own day, "le même jour".

One case per construction; every sentence is written for the test (none comes from the gold files).
The expected years follow from the calendar (the weekday of a day in a given year) and from the rule
each case names, not from an annotated clipping.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veillegraph.extract import Extractor, find_amounts, find_dates
from veillegraph.extract.dates import BASES, resolve_with_basis, weekday_year, weekday_years
from veillegraph.extract.lang import CALENDAR_HORIZON_YEAR
from veillegraph.knowledge import default_knowledge
from veillegraph.model import Clipping, ExtractedEvent

ROOT = Path(__file__).resolve().parents[1]

def test_the_tables_assume_the_horizon() -> None:
    # the "weekday-horizon" years below (2021-03-03, 2025-06-05, 2025-03-04) are the latest fitting years
    # up to a horizon of 2025 or 2026: raising the horizon means checking them again
    assert 2025 <= CALENDAR_HORIZON_YEAR <= 2026


RESOLVE = [
    # (construction, lang, phrase, published, context years, background years, news day, value, basis)
    ("weekday without year, no year in the clipping: latest fitting year up to the horizon", "fr",
     "ce mercredi 3 mars", None, [], [], None, "2021-03-03", "weekday-horizon"),
    ("English weekday without year", "en", "on Thursday 5 June", None, [], [], None, "2025-06-05",
     "weekday-horizon"),
    ("weekday next to a stated year: the fitting year nearest to it", "fr", "jeudi 5 juin", None, [2009], [],
     None, "2008-06-05", "weekday"),
    ("weekday after a recalled background year: the first fitting year after it", "fr", "mercredi 3 mars",
     None, [], [2009], None, "2010-03-03", "weekday"),
    ("a stated year wins over a recalled background year", "fr", "mercredi 3 mars", None, [2004], [2009],
     None, "2004-03-03", "weekday"),
    ("month without year before the clipping's own day: same year", "fr", "en janvier", None, [], [],
     dt.date(2024, 3, 22), "2024-01", "news-day"),
    ("month without year after the clipping's own day: the year before", "fr", "en novembre", None, [], [],
     dt.date(2024, 3, 22), "2023-11", "news-day"),
    ("day month 'dernier' against the clipping's own day", "fr", "le 26 avril dernier", None, [], [],
     dt.date(2022, 6, 1), "2022-04-26", "news-day"),
    ("a year stated in the clipping wins over its own day", "fr", "en janvier", None, [2019], [],
     dt.date(2024, 3, 22), "2019-01", "text-year"),
    ("the publication date wins over the clipping's own day", "fr", "en novembre", "2024-02-01", [], [],
     dt.date(2010, 3, 3), "2023-11", "publication"),
    ("a phrase that states the whole date has no basis", "fr", "mercredi 3 mars 2021", None, [], [], None,
     "2021-03-03", None),
]


@pytest.mark.parametrize(("name", "lang", "phrase", "published", "years", "background", "news_day", "value",
                          "basis"), RESOLVE, ids=[c[0] for c in RESOLVE])
def test_resolve_with_basis(name: str, lang: str, phrase: str, published: str | None, years: list[int],
                            background: list[int], news_day: dt.date | None, value: str,
                            basis: str | None) -> None:
    m = find_dates(phrase, lang)[0]
    pub = dt.date.fromisoformat(published) if published else None
    got, why = resolve_with_basis(m, pub, years, news_day=news_day, background_years=background)
    assert got is not None and got.value == value, (name, m, got)
    assert why == basis, (name, why)


def test_every_basis_is_documented_in_the_ontology() -> None:
    ttl = (ROOT / "ontology" / "veillegraph.ttl").read_text(encoding="utf-8")
    block = ttl[ttl.index("vg:dateBasis a owl:DatatypeProperty"):]
    block = block[:block.index(" .\n")]
    for key in BASES:
        assert f'\\"{key}\\"' in block, key


@settings(max_examples=300, deadline=None)
@given(day=st.integers(1, 31), month=st.integers(1, 12), weekday=st.integers(0, 6),
       years=st.lists(st.integers(1950, 2040), max_size=3), background=st.lists(st.integers(1950, 2040), max_size=2))
def test_weekday_year_fits_the_calendar(day: int, month: int, weekday: int, years: list[int],
                                        background: list[int]) -> None:
    year, basis = weekday_year(month, day, weekday, years, background)
    if year is None:
        assert basis is None and weekday_years(month, day, weekday) == ()
        return
    assert year <= CALENDAR_HORIZON_YEAR
    assert dt.date(year, month, day).weekday() == weekday
    fits = weekday_years(month, day, weekday)
    if years:
        assert basis == "weekday" and all(abs(year - years[0]) <= abs(y - years[0]) for y in fits)
    elif background and any(y > max(background) for y in fits):
        assert basis == "weekday" and year == min(y for y in fits if y > max(background))
    else:  # no year to go by: the latest fitting year up to the horizon
        assert basis == "weekday-horizon" and year == fits[-1]


@settings(deadline=None, database=None)
@given(text=st.text(max_size=200), news=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       years=st.lists(st.integers(1900, 2100), max_size=2))
def test_resolving_without_publication_never_raises(text: str, news: dt.date, years: list[int]) -> None:
    for lang in ("fr", "en"):
        for m in find_dates(text, lang):
            got, basis = resolve_with_basis(m, None, years, news_day=news, background_years=years)
            assert got is not None or basis is None
            assert basis is None or basis in BASES


SAME_DAY = [
    # (construction, lang, text, index of the same-day phrase, (year, month, day) it takes)
    ("French 'le même jour' after a day month", "fr", "le 7 mai, puis 3.000 euros le même jour", 1,
     (None, 5, 7)),
    ("French 'le jour même' after a full date", "fr", "le 7 mai 2021 et le jour même", 1, (2021, 5, 7)),
    ("English 'the same day'", "en", "on 7 May 2021, and the same day", 1, (2021, 5, 7)),
    ("the last day stated before, not the first", "fr", "le 2 mai, le 9 mai, et le même jour", 2,
     (None, 5, 9)),
]


@pytest.mark.parametrize(("name", "lang", "text", "index", "ymd"), SAME_DAY, ids=[c[0] for c in SAME_DAY])
def test_same_day(name: str, lang: str, text: str, index: int, ymd: tuple[int | None, int, int]) -> None:
    m = find_dates(text, lang)[index]
    assert re.search(r"m[eê]me|same", m.text), (name, m)
    assert (m.year, m.month, m.day) == ymd, (name, m)


def test_same_day_without_a_day_before_is_no_date() -> None:
    assert find_dates("3.000 euros le même jour", "fr") == []
    assert find_dates("en mai 2021, et le même jour", "fr")[-1].text == "mai 2021"


MONEY_GROUPS = [
    # (construction, lang, text, value): money has at most two decimals, so three digits after a mark group
    # thousands, whatever the language's decimal mark; with a scale word the mark is a decimal one
    ("French dot thousands", "fr", "3.000 euros", "3000"),
    ("French dot thousands, euro sign", "fr", "20.000 €", "20000"),
    ("French dot thousands, two groups", "fr", "1.500.000 euros", "1500000"),
    ("English text with a dot thousands group", "en", "EUR 20.000", "20000"),
    ("English text with a dot thousands group, pounds", "en", "£1.250", "1250"),
    ("English comma thousands", "en", "€600,000", "600000"),
    ("English decimal cents stay decimal", "en", "1.25 euros", "1.25"),
    ("French decimal cents stay decimal", "fr", "2,50 euros", "2.5"),
    ("a scale word makes the mark decimal", "en", "€1.500 million", "1500000"),
]


@pytest.mark.parametrize(("name", "lang", "text", "value"), MONEY_GROUPS, ids=[c[0] for c in MONEY_GROUPS])
def test_money_groups(name: str, lang: str, text: str, value: str) -> None:
    found = find_amounts(text, lang)
    assert len(found) == 1 and found[0].value == Decimal(value), (name, found)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(default_knowledge())


def _events(ex: Extractor, text: str, published: str | None = None) -> list[ExtractedEvent]:
    return ex.extract(Clipping(text=text, published=published, lang="fr"))


def _top(ex: Extractor, evs: list[ExtractedEvent], top: str) -> list[ExtractedEvent]:
    return [e for e in evs if ex.knowledge.event_types[e.type].top_code == top]


EXTRACT = [
    # (construction, text, published, top, date, basis)
    ("a weekday date without year and no publication date: the horizon's latest fitting year",
     "La Cnil publie ce mercredi 3 mars un rapport sur les caméras augmentées.", None, "publication",
     "2021-03-03", "weekday-horizon"),
    ("a month phrase for an earlier act resolves against the clipping's own weekday date",
     "Acme a annoncé mercredi 3 mars avoir fait appel de l'amende de 5 millions d'euros que lui a infligée la "
     "Cnil en novembre. Ouverte en 2009, la procédure visait sa filiale.", None, "sanction", "2009-11",
     "news-day"),
    ("receiving the act, in a later sentence with a date, dates the act",
     "Autorisée par la Cnil, la commune de Lens teste des caméras augmentées pendant la braderie. Une centaine "
     "de volontaires y participent. « Nous avons reçu le 2 septembre l'autorisation », a indiqué le maire.",
     "2023-09-10", "autre", "2023-09-02", "publication"),
    ("'le même jour' opening the next sentence takes the day stated before",
     "Le 7 décembre 2020, la Cnil a sanctionné la société Durand. Le même jour, elle a mis en demeure la "
     "société Martin.", None, "mise_en_demeure", "2020-12-07", None),
]


@pytest.mark.parametrize(("name", "text", "published", "top", "date", "basis"), EXTRACT,
                         ids=[c[0] for c in EXTRACT])
def test_inferred_dates_of_acts(ex: Extractor, name: str, text: str, published: str | None, top: str, date: str,
                                basis: str | None) -> None:
    found = _top(ex, _events(ex, text, published), top)
    assert found and found[0].date is not None, (name, found)
    assert found[0].date.value == date, (name, found[0])
    assert found[0].extras.get("date_basis") == basis, (name, found[0].extras)


def test_english_weekday_without_year_and_dot_thousands(ex: Extractor) -> None:
    found = _top(ex, ex.extract(Clipping(text="The CNIL fined Acme EUR 20.000 on Tuesday 4 March for failing to "
                                              "secure patient data.", lang="en")), "sanction")
    assert [(e.amount, e.date.value if e.date else None, e.extras.get("date_basis")) for e in found] == [
        (Decimal(20000), "2025-03-04", "weekday-horizon")], found


def test_listed_fines_with_the_same_day(ex: Extractor) -> None:
    text = ("Janvier 2023 a été riche en décisions de la Cnil : 8 millions d'euros pour Apple le 4 janvier, "
            "5.000 euros le même jour pour un médecin qui n'avait pas chiffré ses fichiers, puis 60.000 euros "
            "pour Durand le 12 janvier.")
    found = _top(ex, _events(ex, text), "sanction")
    got = sorted((str(e.amount), e.date.value if e.date else None, e.object.text if e.object else None)
                 for e in found)
    assert got == [("5000", "2023-01-04", "un médecin"), ("60000", "2023-01-12", "Durand"),
                   ("8000000", "2023-01-04", "Apple")], found


FINE_NOUN_AMOUNTS = [
    # (construction, text, published, amount, date)
    ("an English fine noun with its amount before the clause that imposes it",
     "Acme said on 3 June 2024 that it had appealed against the EUR 8 million fine the CNIL imposed in January.",
     None, "8000000", "2024-01"),
    ("the same with 'that' opening the clause",
     "Acme is appealing the €20m fine that the Italian regulator imposed last year.", "2024-05-02", "20000000",
     "2023"),
]


@pytest.mark.parametrize(("name", "text", "published", "amount", "date"), FINE_NOUN_AMOUNTS,
                         ids=[c[0] for c in FINE_NOUN_AMOUNTS])
def test_amount_on_the_fine_noun_before_the_clause(ex: Extractor, name: str, text: str, published: str | None,
                                                   amount: str, date: str) -> None:
    found = _top(ex, ex.extract(Clipping(text=text, published=published, lang="en")), "sanction")
    assert [(e.amount, e.date.value if e.date else None) for e in found] == [(Decimal(amount), date)], (name, found)
