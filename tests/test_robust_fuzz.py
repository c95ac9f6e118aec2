"""Fuzzing (hypothesis, bounded): readers on near-valid documents, extraction on hostile Unicode, and
serialise → parse round trips of random event sets.

``tests/test_ingest_props.py`` already feeds every reader random bytes, random text and damaged copies
of the ingest fixtures; here the documents are generated in each format from random records (so that
most of them are valid or nearly so), then cut short and mutated. ``VG_HYPOTHESIS_EXAMPLES`` raises the
number of examples for a longer hunt.
"""

from __future__ import annotations

import io
import json
import os
import unicodedata
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veillegraph import _vocab as V
from veillegraph import mint
from veillegraph._errors import InputError
from veillegraph.build import clipping_quads
from veillegraph.ingest import READERS, Reject, read_inputs
from veillegraph.model import Clipping, EntityRef, ExtractedEvent, Origin, PartialDate, Span
from veillegraph.store import serialize

N = int(os.environ.get("VG_HYPOTHESIS_EXAMPLES", "25"))
FAST = settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.function_scoped_fixture])

#: Characters that break naive text handling: bidi controls, zero-width, combining marks, emoji (with ZWJ and
#: variation selectors), C0/C1 controls, line and paragraph separators, no-break spaces, a BOM, a lone surrogate.
HOSTILE = ["\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u200b", "\u200d", "\u2060", "\ufeff", "\u0301",
           "\u0327\u0308", "e\u0301", "\U0001F469\u200d\u2696\ufe0f", "\U0001F600", "\x00", "\x07", "\x1b", "\x85",
           "\u2028", "\u2029", "\u00a0", "\u202f", "\r\n", "\r", "\t", "\ufffd", "\U000E0001", "\ud800"]
SENTENCES = ["La CNIL a sanctionné la société Alpha d'une amende de 10 000 euros le 3 mars 2024.",
             "Le Conseil d'État a rejeté le recours contre le décret le 30 décembre 2024.",
             "The European Commission fined Beta EUR 310 million on 4 May 2023.",
             "Le Conseil constitutionnel a censuré l'article 10 de la loi.", "« Texte » — fin ; ok ? oui !"]

words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
hostile_text = st.lists(st.sampled_from(SENTENCES) | st.sampled_from(HOSTILE) | words, min_size=1,
                        max_size=14).map(" ".join)


@st.composite
def records(draw: st.DrawFn) -> list[dict[str, Any]]:
    out = []
    for i in range(draw(st.integers(1, 4))):
        rec: dict[str, Any] = {"id": draw(st.sampled_from([f"r{i}", "", "a>b", "x\ny"])),
                               "text": draw(hostile_text)}
        if draw(st.booleans()):
            rec["title"] = draw(words)
        if draw(st.booleans()):
            rec["published"] = draw(st.sampled_from(["2024-03-03", "3 mars 2024", "32/13/2024", "", "2024"]))
        if draw(st.booleans()):
            rec["source_url"] = draw(st.sampled_from(["https://example.org/a", "javascript:x", "http://a b", ""]))
        out.append(rec)
    return out


def as_jsonl(recs: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=bool(len(r["text"]) % 2)) + "\n" for r in recs).encode("utf-8",
                                                                                                     "surrogatepass")


def as_csv(recs: list[dict[str, Any]]) -> bytes:
    rows = ["id;texte;date;lien"] + [";".join('"' + str(r.get(k, "")).replace('"', '""') + '"'
                                             for k in ("id", "text", "published", "source_url")) for r in recs]
    return "\n".join(rows).encode("utf-8", "surrogatepass")


def as_rss(recs: list[dict[str, Any]]) -> bytes:
    items = "".join(f"<item><title>{escape(r.get('title', ''))}</title><link>{escape(r.get('source_url', ''))}</link>"
                    f"<description>{escape(r['text'])}</description><pubDate>{escape(r.get('published', ''))}"
                    f"</pubDate></item>" for r in recs)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>c</title>{items}'
            f"</channel></rss>").encode("utf-8", "surrogatepass")


def as_atom(recs: list[dict[str, Any]]) -> bytes:
    entries = "".join(f"<entry><id>u:{i}</id><title>{escape(r.get('title', ''))}</title><summary type=\"html\">"
                      f"{escape('<p>' + r['text'] + '</p>')}</summary></entry>" for i, r in enumerate(recs))
    return (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>{entries}</feed>'
            ).encode("utf-8", "surrogatepass")


def as_html(recs: list[dict[str, Any]]) -> bytes:
    posts = "".join(f'<div class="post"><h2 class="post-title">{escape(r.get("title", ""))}</h2>'
                    f'<div class="post-description">{escape(r["text"])}</div></div>' for r in recs)
    return (f"<!DOCTYPE html><html><head><title>t</title></head><body><article><h1>{escape(recs[0]['text'][:40])}"
            f"</h1><p>{escape(recs[0]['text'])}</p></article>{posts}</body></html>").encode("utf-8", "surrogatepass")


def as_pagedump(recs: list[dict[str, Any]]) -> bytes:
    return ("Veille\n\n" + "\n\n".join(r["text"] for r in recs) + "\n").encode("utf-8", "surrogatepass")


FORMATS = {".jsonl": as_jsonl, ".csv": as_csv, ".rss": as_rss, ".atom": as_atom, ".html": as_html,
           ".txt": as_pagedump, ".md": as_pagedump}


@st.composite
def near_valid(draw: st.DrawFn) -> tuple[str, bytes]:
    """A document of one format made from random records, maybe cut short, maybe with bytes changed."""
    ext = draw(st.sampled_from(sorted(FORMATS)))
    data = bytearray(FORMATS[ext](draw(records())))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    for _ in range(draw(st.integers(0, 4))):
        pos = draw(st.integers(0, len(data)))
        chunk = draw(st.sampled_from([b"<", b"</", b">", b"&", b"&amp", b'"', b";", b"\n", b"{", b"}", b"\\",
                                      b"\x00", b"\xff\xfe", b"\xe9", b"\xed\xa0\x80", b"]]>", b"<![CDATA[",
                                      b"<!--", b"\r"]) | st.binary(min_size=1, max_size=4))
        data[pos:pos] = chunk
    return ext, bytes(data)


def _check(items: list[Clipping | Reject]) -> None:
    for item in items:
        assert isinstance(item, Clipping | Reject), type(item)
        if isinstance(item, Clipping):
            assert item.text and item.origins
        else:
            assert item.reason and item.message
            json.loads(item.to_json())


@FAST
@given(doc=near_valid(), forced=st.sampled_from([None, *READERS.names()]))
def test_readers_on_near_valid_documents(tmp_path_factory: pytest.TempPathFactory, doc: tuple[str, bytes],
                                         forced: str | None) -> None:
    """Row "near-valid documents": generated JSONL/CSV/RSS/Atom/HTML/page dumps, cut and mutated, under the
    guessed reader and every forced one: only clippings and rejects, nothing raised."""
    ext, data = doc
    f = tmp_path_factory.mktemp("nv") / f"doc{ext}"
    f.write_bytes(data)
    _check(list(read_inputs([str(f)], reader=forced)))
    if forced is not None:
        reader = READERS.get(forced)
        _check(list(reader.read("doc", io.BufferedReader(io.BytesIO(data)))))


def test_only_usage_problems_raise() -> None:
    """Row "unknown reader name": the one input problem that raises, InputError VG110, before reading."""
    with pytest.raises(InputError) as err:
        list(read_inputs(["whatever.jsonl"], reader="no-such-reader"))
    assert err.value.code == "VG110"


def test_lone_surrogate_escapes_in_json_lines(tmp_path: Path) -> None:
    """Row "lone surrogate (\\ud800) in JSON": ``json`` accepts it; it must not reach a clipping."""
    f = tmp_path / "s.jsonl"
    f.write_text('{"id": "a", "text": "La CNIL \\ud800 a sanctionné Alpha."}\n'
                 '{"id": "b", "text": "Texte sain."}\n', encoding="utf-8")
    items = list(read_inputs([str(f)]))
    _check(items)
    assert any(isinstance(i, Clipping) and i.id == "b" for i in items)
    for i in items:
        if isinstance(i, Clipping):  # what is kept can be encoded (and so parsed and written)
            i.text.encode("utf-8")


# --- extraction on hostile Unicode ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def extractor(knowledge: Any) -> Any:
    from veillegraph.extract import Extractor

    return Extractor(knowledge)


def _check_events(clip: Clipping, events: list[ExtractedEvent], knowledge: Any) -> None:
    text = clip.text
    for ev in events:
        for span in (ev.evidence, ev.trigger, *(r.span for r in (ev.agent, ev.object) if r and r.span)):
            assert 0 <= span.start <= span.end <= len(text), (span, len(text))
    quads = clipping_quads(clip, events, knowledge)
    by_subject: dict[str, dict[str, str]] = {}
    for q in quads:
        by_subject.setdefault(q.subject.value, {})[q.predicate.value] = q.object.value
    for sel in by_subject.values():
        if V.OA.start.value in sel:
            start, end = int(sel[V.OA.start.value]), int(sel[V.OA.end.value])
            assert 0 <= start <= end <= len(text)
    quotes = [s[V.OA.exact.value] for s in by_subject.values() if V.OA.exact.value in s]
    assert all(qt in text for qt in quotes)
    for ev in events:
        assert text[ev.evidence.start:ev.evidence.end] in quotes
    serialize(quads, "nquads")  # writable


def _clean(text: str) -> str:
    from veillegraph.ingest._text import clean

    return clean(text.encode("utf-8", "replace").decode("utf-8"))


@FAST
@given(text=hostile_text, lang=st.sampled_from(["fr", "en", None, "und"]))
def test_extraction_on_hostile_unicode(extractor: Any, knowledge: Any, text: str, lang: str | None) -> None:
    """Row "hostile Unicode in the text" (RTL marks, zero-width, combining accents, emoji, controls):
    extraction never crashes, offsets stay in the text and every quote is text[start:end]."""
    text = _clean(text)
    if not text.strip():
        return
    clip = Clipping(text=text, id="h", lang=lang, origins=(Origin("h.jsonl", 1),))
    _check_events(clip, extractor.extract(clip), knowledge)
    raw = Clipping(text=unicodedata.normalize("NFD", text), id="h2", lang=lang)  # decomposed accents too
    _check_events(raw, extractor.extract(raw), knowledge)


def test_extraction_on_a_one_megabyte_line(extractor: Any, knowledge: Any) -> None:
    """Row "1 MB line": one line of a million characters with events in it, extracted whole."""
    filler = "bla \u200b\u200f e\u0301 \U0001F600 " * 2000
    text = (filler + SENTENCES[0] + " ") * 8
    text = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    assert "\n" not in text and len(text) == 1_000_000
    clip = Clipping(text=text, id="big", lang="fr", origins=(Origin("big.jsonl", 1),))
    events = extractor.extract(clip)
    _check_events(clip, events, knowledge)


# --- serialise → parse round trips -----------------------------------------------------------------------

@st.composite
def event_sets(draw: st.DrawFn, knowledge: Any) -> tuple[Clipping, list[ExtractedEvent]]:
    text = _clean(draw(hostile_text)) or "x"
    n = len(text)

    def span() -> Span:
        a = draw(st.integers(0, n))
        return Span(a, draw(st.integers(a, n)))

    kinds = sorted({*V.ACTOR_KINDS, *V.INSTRUMENT_KINDS, *V.MATTER_KINDS})

    def ref() -> EntityRef | None:
        if not draw(st.booleans()):
            return None
        s = span()
        iri = draw(st.sampled_from([None, "https://w3id.org/veillegraph/id/actor/cnil"]))
        return EntityRef(text[s.start:s.end] or draw(words) or "x", s, iri, draw(st.sampled_from(kinds)))

    events = []
    for _ in range(draw(st.integers(0, 4))):
        events.append(ExtractedEvent(
            type=draw(st.sampled_from(sorted(knowledge.event_types))), evidence=span(), trigger=span(),
            agent=ref(), object=ref(),
            date=draw(st.sampled_from([None, PartialDate("2024-03-03"), PartialDate("2024-03"), PartialDate("2024")])),
            date_text=draw(st.none() | words),
            amount=draw(st.none() | st.decimals(min_value=0, max_value=10**12, places=2).map(Decimal)),
            currency=draw(st.sampled_from([None, "EUR", "USD"])), count=draw(st.none() | st.integers(0, 10**6)),
            modality=draw(st.sampled_from(["realised", "announced", "expected", "proposed"]))))
    clip = Clipping(text=text, id=draw(st.sampled_from(["a>b", "s 1", 'q"'])), title=draw(st.none() | words),
                    published=draw(st.sampled_from([None, "2024-03-03", "2024-03"])),
                    source_url=draw(st.sampled_from([None, "https://example.org/x", "http://a b"])),
                    lang=draw(st.sampled_from(["fr", "en", None])), notes=tuple(draw(st.lists(words, max_size=2))),
                    origins=(Origin("f.jsonl", draw(st.integers(1, 10**6))),))
    return clip, events


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld", "turtle", "ntriples"])
def test_serialise_parse_round_trip(knowledge: Any, fmt: str) -> None:
    """Row "serialise → parse": random events (hostile text, odd ids, amounts, dates) → build quads →
    ``store.serialize`` → parse gives the same graph (no blank nodes, so isomorphic = equal)."""
    rdf_format = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
                  "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}[fmt]

    @FAST
    @given(data=event_sets(knowledge))
    def round_trip(data: tuple[Clipping, list[ExtractedEvent]]) -> None:
        clip, events = data
        quads = clipping_quads(clip, events, knowledge)
        assert not [t for q in quads for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)]
        data_bytes = serialize(quads, fmt)
        back = list(ox.parse(data_bytes, format=rdf_format))
        if fmt in ("trig", "nquads", "jsonld"):
            assert set(back) == set(quads)
        else:
            assert {ox.Triple(t.subject, t.predicate, t.object) for t in back} == \
                {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        assert serialize(quads, fmt) == data_bytes  # deterministic
        assert mint.clipping_graph(mint.clipping_key(clip.text)) in {q.graph_name for q in quads}

    round_trip()


@pytest.mark.parametrize("garble", [b"\xff\xfe", b"\x00"])
def test_garbled_encoding_declaration_in_a_feed(garble: bytes) -> None:
    """Row "garbled encoding name in an XML declaration" (found by the near-valid fuzzer): feedparser raises
    while decoding; the feed is rejected with its reason, nothing raised."""
    data = (b'<?xml version="1.0" encoding="' + garble + b'utf-8"?><rss version="2.0"><channel><title>c</title>'
            b'<item><description>La CNIL a sanctionn\xc3\xa9 la soci\xc3\xa9t\xc3\xa9 Alpha.</description></item>'
            b'</channel></rss>')
    items = list(READERS.get("feed").read("doc", io.BufferedReader(io.BytesIO(data))))
    assert len(items) == 1 and isinstance(items[0], Reject), items
    assert items[0].reason == "malformed-feed" and "encoding" in items[0].message, items[0]
