"""Date phrases, amounts and numbers: found in text and resolved at the precision the text gives."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veillegraph.extract import find_amounts, find_dates, parse_number, resolve

FR = [
    # (construction, text, publication date, expected value)
    ("day month year", "le 30 décembre 2024", None, "2024-12-30"),
    ("premier", "le 1er août 2024", None, "2024-08-01"),
    ("premier in words", "le premier mars 2021", None, "2021-03-01"),
    ("numeric dd/mm/yyyy", "le 12/09/2025", None, "2025-09-12"),
    ("ISO", "le 2023-05-17", None, "2023-05-17"),
    ("month year", "en juillet 2024", None, "2024-07"),
    ("month range keeps the first month", "juillet - août 2025", None, "2025-07"),
    ("weekday day month year", "mardi 22 novembre 2022", None, "2022-11-22"),
    ("fin + year", "fin 2013", None, "2013"),
    ("season + year", "au printemps 2023", None, "2023"),
    ("day month, year from publication", "le 18 décembre", "2024-02-12", "2023-12-18"),
    ("day month, same year", "le 6 mars", "2024-04-01", "2024-03-06"),
    ("dernier", "le 26 avril dernier", "2022-06-01", "2022-04-26"),
    ("hier", "hier", "2023-05-11", "2023-05-10"),
    ("aujourd'hui", "aujourd'hui", "2023-05-11", "2023-05-11"),
    ("le mois dernier", "le mois dernier", "2024-05-22", "2024-04"),
    ("la semaine dernière", "la semaine dernière", "2023-05-15", "2023-05"),
    ("l'an dernier", "l'an dernier", "2024-05-22", "2023"),
    ("weekday back", "ce lundi", "2024-04-23", "2024-04-22"),
    ("weekday same day", "ce mardi", "2020-12-22", "2020-12-22"),
    ("month dernier", "en novembre dernier", "2023-07-10", "2022-11"),
]


@pytest.mark.parametrize(("name", "text", "published", "value"), FR, ids=[c[0] for c in FR])
def test_french_dates(name: str, text: str, published: str | None, value: str) -> None:
    found = find_dates(text, "fr")
    assert found, name
    pub = dt.date.fromisoformat(published) if published else None
    got = resolve(found[0], pub, [])
    assert got is not None and got.value == value, (name, found[0], got)


EN = [
    ("day month year", "on 1 September 2023", None, "2023-09-01"),
    ("month day, year", "on September 1, 2023", None, "2023-09-01"),
    ("month year", "in January 2022", None, "2022-01"),
    ("last month name", "Last December", "2023-03-01", "2022-12"),
    ("last year", "last year", "2024-08-26", "2023"),
    ("on weekday", "on Monday", "2024-08-26", "2024-08-26"),
    ("yesterday", "yesterday", "2024-08-26", "2024-08-25"),
]


@pytest.mark.parametrize(("name", "text", "published", "value"), EN, ids=[c[0] for c in EN])
def test_english_dates(name: str, text: str, published: str | None, value: str) -> None:
    found = find_dates(text, "en")
    assert found, name
    pub = dt.date.fromisoformat(published) if published else None
    got = resolve(found[0], pub, [])
    assert got is not None and got.value == value, (name, found[0], got)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The regulator said on Thursday it had fined the app; its report, released the same day, shows more."),
    ("fr", "La Cnil a sanctionné jeudi la société ; le même jour, elle a publié son rapport."),
])
def test_the_same_day_after_a_weekday_is_that_weekday(lang: str, text: str) -> None:
    found = find_dates(text, lang)
    assert len(found) == 2, found
    pub = dt.date(2026, 8, 21)  # a Friday: "Thursday" is 20 August
    got = [resolve(m, pub, []) for m in found]
    assert [g.value if g else None for g in got] == ["2026-08-20", "2026-08-20"], (found, got)


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("fr", "saisi le 18 décembre 2025 de la loi, adoptée quatre jours plus tôt", ["2025-12-18", "2025-12-14"]),
    ("fr", "publié le 3 mars 2025, entré en vigueur deux semaines plus tard", ["2025-03-03", "2025-03-17"]),
    ("fr", "promulguée le 3 mars 2025 ; signée la veille", ["2025-03-03", "2025-03-02"]),
    ("en", "passed on 3 March 2025, signed four days earlier", ["2025-03-03", "2025-02-27"]),
    ("en", "on 3 March 2025; published the previous day", ["2025-03-03", "2025-03-02"]),
    # "la veille de" names another day; with no full date before, a counted day dates nothing
    ("fr", "la veille de Noël", []),
    ("fr", "quatre jours plus tôt", []),
])
def test_days_counted_from_the_date_before(lang: str, text: str, values: list[str]) -> None:
    got = [resolve(d, None, []) for d in find_dates(text, lang)]
    assert [g.value for g in got if g is not None] == values, got


def test_forward_weekday() -> None:
    m = find_dates("from Friday", "en")[0]
    assert m.marker == "forward"
    got = resolve(m, dt.date(2025, 8, 7), [], forward=True)
    assert got is not None and got.value == "2025-08-08"


MARKERS = [
    ("depuis is an onset", "depuis janvier 2025", "onset"),
    ("jusqu'au is a deadline", "jusqu'au 31 mars 2025", "period"),
    ("au plus tard", "au plus tard le 6 septembre", "period"),
    ("à compter du is forward", "à compter du 2 août 2025", "forward"),
    ("no marker", "le 2 août 2025", None),
]


@pytest.mark.parametrize(("name", "text", "marker"), MARKERS, ids=[c[0] for c in MARKERS])
def test_markers(name: str, text: str, marker: str | None) -> None:
    assert find_dates(text, "fr")[0].marker == marker, name


def test_distributive_days() -> None:
    m = find_dates("les 17 et 19 avril", "fr")[0]
    assert m.days == (17, 19)


def test_weekday_picks_the_year_near_the_text() -> None:
    m = find_dates("Jeudi 27 février", "fr")[0]
    got = resolve(m, None, [2019])
    assert got is not None and got.value == "2020-02-27"


def test_unresolved_relative_without_publication() -> None:
    assert resolve(find_dates("hier", "fr")[0], None, []) is None
    assert resolve(find_dates("le 26 avril", "fr")[0], None, []) is None


def test_instrument_numbers_are_not_dates() -> None:
    assert find_dates("loi n° 2023-380 et règlement (UE) 2024/1689", "fr") == []


AMOUNTS = [
    ("spaces", "104 000 euros", "fr", "104000", "EUR"),
    ("million decimal comma", "1,5 million d'euros", "fr", "1500000", "EUR"),
    ("millions", "700 millions d'euros", "fr", "700000000", "EUR"),
    ("words", "Cinquante millions d'euros", "fr", "50000000", "EUR"),
    ("dot thousands", "3.000 euros", "fr", "3000", "EUR"),
    ("M€", "20 M€", "fr", "20000000", "EUR"),
    ("decimal millions", "797,12 millions d'euros", "fr", "797120000", "EUR"),
    ("euro sign m", "€290m", "en", "290000000", "EUR"),
    ("EUR prefix", "EUR 310 million", "en", "310000000", "EUR"),
    ("comma thousands", "€600,000", "en", "600000", "EUR"),
    ("pounds", "£12.7 million", "en", "12700000", "GBP"),
    ("livres", "7,5 millions de livres", "fr", "7500000", "GBP"),
    ("dollars", "$369 million", "en", "369000000", "USD"),
    ("demi-milliard", "un demi-milliard d'euros", "fr", "500000000", "EUR"),
    ("a half after the scale", "Un million et demi d'euros", "fr", "1500000", "EUR"),
    ("a half after a plural scale", "trois milliards et demi d'euros", "fr", "3500000000", "EUR"),
]


@pytest.mark.parametrize(("name", "text", "lang", "value", "currency"), AMOUNTS, ids=[c[0] for c in AMOUNTS])
def test_amounts(name: str, text: str, lang: str, value: str, currency: str) -> None:
    found = find_amounts(text, lang)
    assert len(found) == 1, (name, found)
    assert found[0].value == Decimal(value) and found[0].currency == currency


FLAGS = [
    ("periodic", "sous astreinte de 100 000 euros par jour de retard", "periodic"),
    ("fixed penalty", "une amende forfaitaire de 72 euros", "fixed"),
    ("bound", "plus de 100 millions d'euros", "bound"),
]


@pytest.mark.parametrize(("name", "text", "flag"), FLAGS, ids=[c[0] for c in FLAGS])
def test_amount_flags(name: str, text: str, flag: str) -> None:
    a = find_amounts(text, "fr")[0]
    assert getattr(a, flag) and not a.is_fine_amount, name


NUMBERS = [("dix", 10), ("cinq", 5), ("vingt-deux", 22), ("soixante", 60), ("104 000", 104000), ("1,5", 1.5)]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text, "fr") == Decimal(str(value))


@settings(deadline=None, database=None)
@given(st.text(max_size=300))
def test_dates_and_amounts_never_raise(text: str) -> None:
    for lang in ("fr", "en"):
        for m in find_dates(text, lang):
            assert 0 <= m.start < m.end <= len(text)
            resolve(m, dt.date(2024, 2, 29), [2020])
        for a in find_amounts(text, lang):
            assert 0 <= a.start < a.end <= len(text)
