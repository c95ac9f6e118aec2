"""Wire dispatches: the dateline before the first sentence ("PARIS, 1er décembre (AFP) –").

Its place names no actor (LUXEMBOURG is not the Court, BRUXELLES not the Commission), its dash is no part of the
first phrase, and its date stays a date of the text (the day of the news). Sentences are written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veillegraph.extract import Extractor
from veillegraph.extract.text import dateline, without_dateline
from veillegraph.model import Clipping

DATELINES = [
    # (construction, text, the dateline's date or None, the first words of the first sentence)
    ("French wire, day and month", "PARIS, 1er décembre (AFP) – Le Conseil d'État a rejeté la requête.",
     "1er décembre", "Le Conseil"),
    ("English wire, short month", "ZAGREB, Nov 24 (Reuters) - The agency fined a bank.", "Nov 24", "The agency"),
    ("em dash and a place of two words", "LE HAVRE, 3 mars (AFP) — La préfecture a autorisé les caméras.",
     "3 mars", "La préfecture"),
    ("no date", "BRUXELLES (AFP) – La Commission a ouvert une enquête.", None, "La Commission"),
    ("accented place, agency of two words", "GENÈVE, 12 mai (Dow Jones) – Le tribunal a tranché.", "12 mai",
     "Le tribunal"),
    ("date with a weekday", "LUXEMBOURG, jeudi 19 novembre (AFP) – La Cour a jugé l'affaire.",
     "jeudi 19 novembre", "La Cour"),
]

NOT_DATELINES = [
    ("ordinary first sentence", "La Cnil (Commission nationale de l'informatique et des libertés) a sanctionné X."),
    ("acronym then colon", "RGPD : la Cnil a sanctionné X."),
    ("place in capitals without agency", "PARIS – La Cnil a sanctionné X."),
    ("agency bracket without dash", "PARIS, 1er décembre (AFP) La Cnil a sanctionné X."),
    ("capitals later in the text", "La Cnil a sanctionné X. PARIS, 1er décembre (AFP) – Y."),
    ("lower-case agency in brackets", "DSA (règlement) – la Commission a ouvert une enquête."),
]


@pytest.mark.parametrize(("construction", "text", "date", "first"), DATELINES, ids=[c[0] for c in DATELINES])
def test_a_dateline_is_found_with_its_date(construction: str, text: str, date: str | None, first: str) -> None:
    end, span = dateline(text)
    assert text[end:].startswith(first), construction
    assert (text[span[0]:span[1]] if span else None) == date, construction
    masked = without_dateline(text)
    assert len(masked) == len(text) and masked[end:] == text[end:]  # offsets hold
    # the place, the agency and the dash are gone; the date is where it was
    kept = masked[:end].split(",")[0].strip()
    assert kept == (date or ""), construction
    assert "(" not in masked[:end] and "–" not in masked[:end] and "—" not in masked[:end]


@pytest.mark.parametrize(("construction", "text"), NOT_DATELINES, ids=[c[0] for c in NOT_DATELINES])
def test_a_text_without_dateline_is_left_as_it_is(construction: str, text: str) -> None:
    assert dateline(text) == (0, None), construction
    assert without_dateline(text) == text


@given(st.text(max_size=200))
def test_blanking_a_dateline_keeps_every_offset(text: str) -> None:
    masked = without_dateline(text)
    assert len(masked) == len(text)
    end, _ = dateline(text)
    assert masked[end:] == text[end:]


@pytest.fixture(scope="module")
def extractor(knowledge: Any) -> Extractor:
    return Extractor(knowledge)


def _events(extractor: Extractor, text: str, lang: str, published: str | None = "2026-11-20") -> list[Any]:
    return extractor.extract(Clipping(text=text, lang=lang, published=published, id="t"))


WIRE_CASES = [
    # (construction, text, lang, expected type, agent's first words (None: none), object's first words (None: not
    # about the dateline, not checked), date)
    ("the dash is no part of the subject, the place no actor",
     "BRUXELLES, 18 novembre (AFP) – Le règlement a été publié mardi au Journal officiel.", "fr",
     "publication", None, "Le règlement", "2026-11-17"),
    ("an unknown body right after the dash",
     "HANOVRE, 3 novembre (AFP) – Le régulateur régional des données de Basse-Saxe a infligé une amende de "
     "40 000 euros à un concessionnaire.", "fr", "sanction", "régulateur régional", None,
     "2026-11-03"),
    ("an English body right after the dateline's date",
     "ZAGREB, Nov 17 (Reuters) - Croatia's data protection agency said it had fined a debt collector 1.8 "
     "million euros.", "en", "sanction", "Croatia's data protection agency", "a debt collector", "2026-11-17"),
]


@pytest.mark.parametrize(("construction", "text", "lang", "etype", "agent", "obj", "date"), WIRE_CASES,
                         ids=[c[0] for c in WIRE_CASES])
def test_a_wire_dispatch_reads_from_its_first_sentence(extractor: Extractor, construction: str, text: str,
                                                       lang: str, etype: str, agent: str | None, obj: str | None,
                                                       date: str) -> None:
    events = [e for e in _events(extractor, text, lang)
              if extractor.knowledge.event_types[e.type].top_code == etype]
    assert len(events) == 1, (construction, events)
    ev = events[0]
    if agent is None:
        assert ev.agent is None, (construction, ev.agent)
    else:
        assert ev.agent is not None and ev.agent.text.startswith(agent), (construction, ev.agent)
    if obj is not None:
        assert ev.object is not None and ev.object.text.startswith(obj), (construction, ev.object)
    assert not [r.text for r in (ev.agent, ev.object) if r is not None and r.text[:1] in "–—- "], construction
    assert ev.date is not None and ev.date.value == date, (construction, ev.date)
