"""Ingest: page dump and JSON Lines readers, folding, whole-file rejects, reader choice, stdin (issues 2 and 4)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from veillegraph._errors import InputError
from veillegraph.ingest import (
    READERS,
    IngestSummary,
    Reject,
    choose_reader,
    read_inputs,
)
from veillegraph.mint import normalise_text
from veillegraph.model import Clipping, Origin

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
FIX = REPO / "tests" / "fixtures" / "ingest"
EXAMPLE = REPO / "examples" / "fondapol-ia-securite.txt"
GOLD = SHARED / "gold" / "fondapol-ia-securite.jsonl"


def _split(items: list[Clipping | Reject]) -> tuple[list[Clipping], list[Reject]]:
    clips = [i for i in items if isinstance(i, Clipping)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert len(clips) + len(rejects) == len(items)
    return clips, rejects


def _gold() -> list[dict[str, object]]:
    if not GOLD.is_file():
        pytest.skip("../shared/gold is not here (it is only on the developers' machines)")
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


# --- the example page -------------------------------------------------------------------------------

def test_example_page_gives_the_26_gold_clippings_with_their_ids() -> None:
    gold = _gold()
    clips, rejects = _split(list(read_inputs([str(EXAMPLE)])))
    assert rejects == []
    assert [c.id for c in clips] == [g["id"] for g in gold] == [f"s{n:02d}" for n in range(1, 27)]
    assert [c.text for c in clips] == [g["text"] for g in gold]


def test_example_page_fields_origins_and_notes() -> None:
    clips, _ = _split(list(read_inputs([str(EXAMPLE)])))
    by_id = {c.id: c for c in clips}
    # s01 is on lines 2, 7 and 10: one clipping, three occurrences
    assert by_id["s01"].origins == tuple(Origin("fondapol-ia-securite.txt", n) for n in (2, 7, 10))
    assert by_id["s26"].origins == (Origin("fondapol-ia-securite.txt", 35),)
    # curator notes go to the clipping before them, not into a clipping of their own
    assert by_id["s06"].notes == ("à consulter au centre de documentation pour les publics de l'INSP",)
    assert by_id["s12"].notes == ("Publics de l'INSP : à lire en intégralité au Centre de documentation",)
    assert sum(len(c.notes) for c in clips) == 2
    # the title line is the site name, not a clipping; chrome is gone
    assert {c.site_name for c in clips} == {"Fondapol"}
    texts = " ".join(c.text for c in clips)
    for chrome in ("Get Started for FREE", "Sign up with", "Your new post is loading", "I don't have a Facebook"):
        assert chrome not in texts
    assert all(c.lang == "fr" for c in clips)
    assert all(c.published is None and c.source_url is None and c.title is None for c in clips)


def test_example_page_is_deterministic() -> None:
    assert list(read_inputs([str(EXAMPLE)])) == list(read_inputs([str(EXAMPLE)]))


def test_gold_jsonl_and_page_dump_give_the_same_clippings() -> None:
    gold = _gold()
    from_jsonl, rejects = _split(list(read_inputs([str(GOLD)])))
    assert rejects == []
    from_page, _ = _split(list(read_inputs([str(EXAMPLE)])))
    assert [(c.id, c.text, c.lang) for c in from_jsonl] == [(c.id, c.text, c.lang) for c in from_page]
    assert [c.origins for c in from_jsonl] == [(Origin(GOLD.name, n),) for n in range(1, len(gold) + 1)]


def test_same_text_from_two_sources_is_one_clipping_with_both_occurrences() -> None:
    _gold()
    summary = IngestSummary()
    clips, _ = _split(list(read_inputs([str(EXAMPLE), str(GOLD)], summary=summary)))
    assert len(clips) == 26
    s01 = clips[0]
    assert s01.id == "s01" and s01.origins[-1] == Origin(GOLD.name, 1) and len(s01.origins) == 4
    assert summary.by_source[EXAMPLE.name].to_dict() == {"read": 28, "clippings": 26, "duplicates": 2,
                                                         "rejected": 0}
    assert summary.by_source[GOLD.name].to_dict() == {"read": 26, "clippings": 0, "duplicates": 26,
                                                      "rejected": 0}
    assert (summary.read, summary.clippings, summary.duplicates, summary.rejected) == (54, 26, 28, 0)


# --- page dump rules ---------------------------------------------------------------------------------

def test_page_dump_rules_come_from_the_data_file(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Ma veille | Mon Site\n"
        "Curated by Centre de documentation\n"       # chrome (pattern)
        "Publics de l'INSP : à lire sur place\n"     # a note before any clipping
        "Le Sénat a adopté le texte le 12 mars 2025.\n"
        "\n"
        "Sign up with LinkedIn Sign up with Google\n"  # chrome (pattern)
        "Note du veilleur : à rapprocher du décret.\n"  # note
        "  Le Sénat a adopté le texte le 12 mars 2025. \n"  # duplicate (whitespace differs)
        "La CNIL a publié son rapport annuel.\n",
        encoding="utf-8")
    clips, rejects = _split(list(read_inputs([str(page)])))
    assert [(r.record, r.reason) for r in rejects] == [(3, "orphan-note")]
    assert [(c.id, c.text) for c in clips] == [
        ("s01", "Le Sénat a adopté le texte le 12 mars 2025."),
        ("s02", "La CNIL a publié son rapport annuel."),
    ]
    assert clips[0].notes == ("Note du veilleur : à rapprocher du décret.",)
    assert clips[0].origins == (Origin("page.txt", 4), Origin("page.txt", 8))
    assert clips[0].site_name == "Mon Site"


def test_page_dump_without_title_line(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("Le Conseil d'État a rejeté le recours.\nLa CNIL a sanctionné Orange.\n", encoding="utf-8")
    clips, _ = _split(list(read_inputs([str(page)])))
    assert [c.id for c in clips] == ["s01", "s02"] and clips[0].site_name is None


@pytest.mark.parametrize("name", ["latin1-page.txt", "utf16-page.txt", "bom-page.txt"])
def test_page_dump_encodings(name: str) -> None:
    clips, rejects = _split(list(read_inputs([str(FIX / name)])))
    assert rejects == []
    assert [c.text for c in clips][1] == "À Paris, la préfecture a déployé des caméras."
    assert "Sénat a adopté la loi" in clips[0].text and "\ufeff" not in clips[0].text
    assert [c.lang for c in clips] == ["fr", "fr"]
    assert clips[0].site_name == "Site"


# --- JSON Lines -------------------------------------------------------------------------------------

def test_jsonl_fields_bad_lines_and_folding() -> None:
    clips, rejects = _split(list(read_inputs([str(FIX / "bad-lines.jsonl")])))
    assert [(r.source, r.record, r.reason) for r in rejects] == [
        ("bad-lines.jsonl", 3, "invalid-json"), ("bad-lines.jsonl", 5, "not-an-object"),
        ("bad-lines.jsonl", 6, "missing-text")]
    assert rejects[0].raw is not None and rejects[0].raw.startswith('{"id": "j3"')
    assert "line is not valid JSON" in rejects[0].message
    first, second = clips
    assert first == Clipping(text="La CNIL a mis en demeure cinq communes.", id="j1", title="Mises en demeure",
                             published="2025-02-03", source_url="https://example.fr/a", lang="fr",
                             origins=(Origin("bad-lines.jsonl", 1), Origin("bad-lines.jsonl", 2)))
    # numbers as ids become strings; a day-first date is parsed; the text is stripped
    assert second == Clipping(text="Le Sénat a adopté le texte le 12 mars 2025.", id="6",
                              published="2025-03-12", source_url="https://example.fr/b", lang="fr",
                              origins=(Origin("bad-lines.jsonl", 7),))


def test_folding_fills_missing_fields_from_later_occurrences(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    rows = [{"id": "a", "text": "Texte “un”  commun."},
            {"id": "b", "text": "Texte \"un\" commun.", "title": "Titre", "published": "2025-01-02",
             "source_url": "https://e.fr/1", "notes": ["n1"]},
            {"text": "Texte \"un\" commun.", "title": "Autre titre", "notes": ["n1", "n2"]}]
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (clip,) = list(read_inputs([str(f)]))
    assert isinstance(clip, Clipping)
    assert (clip.id, clip.text, clip.title, clip.published, clip.source_url, clip.notes) == (
        "a", "Texte “un”  commun.", "Titre", "2025-01-02", "https://e.fr/1", ("n1", "n2"))
    assert [o.position for o in clip.origins] == [1, 2, 3]


# --- whole-file rejects ------------------------------------------------------------------------------

def test_bad_files_give_one_reject_each_and_the_rest_goes_through() -> None:
    inputs = [str(FIX / "empty.txt"), str(FIX / "image-renamed.txt"), str(FIX / "billion-laughs.xml"),
              str(FIX / "external-entity.rss"), str(FIX / "does-not-exist.jsonl"), str(FIX / "bad-lines.jsonl"),
              str(EXAMPLE)]
    summary = IngestSummary()
    clips, rejects = _split(list(read_inputs(inputs, summary=summary)))
    whole = [(r.source, r.reason) for r in rejects if r.record is None]
    assert whole == [("empty.txt", "empty-file"), ("image-renamed.txt", "binary-file"),
                     ("billion-laughs.xml", "xml-bomb"), ("external-entity.rss", "xml-external-entity"),
                     ("does-not-exist.jsonl", "missing-file")]
    assert "PNG image" in rejects[1].message
    assert len(clips) == 26 + 2
    assert summary.rejected == len(rejects) == 8
    for r in rejects:
        line = json.loads(r.to_json())
        assert list(line) == ["source", "record", "reason", "message", "raw"]
        assert line["source"] == r.source and line["reason"] == r.reason


def test_reject_raw_is_at_most_2_kb(tmp_path: Path) -> None:
    f = tmp_path / "long.jsonl"
    f.write_text('{"text": "' + "é" * 5000 + "\n", encoding="utf-8")
    (rej,) = list(read_inputs([str(f)]))
    assert isinstance(rej, Reject) and rej.reason == "invalid-json" and rej.record == 1
    assert rej.raw is not None and len(rej.raw.encode("utf-8")) <= 2048 and rej.raw.startswith('{"text": "é')
    assert str(rej).startswith("long.jsonl:1: ")


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "blank.jsonl"
    f.write_bytes(b"\xef\xbb\xbf \n\n\t\n")
    assert [(r.reason, r.record) for r in read_inputs([str(f)]) if isinstance(r, Reject)] == [("empty-file", None)]


# --- reader choice, forced reader, stdin ----------------------------------------------------------------

def test_registry_holds_every_reader() -> None:
    assert READERS.names() == ["csv", "feed", "html-article", "html-curation", "jsonl", "note", "pagedump"]
    for name, reader in READERS:
        assert reader.name == name and reader.extensions and reader.media_types


@pytest.mark.parametrize(("name", "head", "expected"), [
    ("x.txt", b"anything", "pagedump"),
    ("x.jsonl", b"{}", "jsonl"),
    ("x.csv", b"a;b", "csv"),
    ("x.rss", b"<rss>", "feed"),
    ("x.atom", b"<feed>", "feed"),
    ("x.html", b"<!DOCTYPE html><html><div class='post-view'>", "html-curation"),
    ("x.html", b"<!DOCTYPE html><html><article>", "html-article"),
    ("x.md", b"# t", "note"),
    ("<stdin>", b'{"text": "x"}\n', "jsonl"),
    ("<stdin>", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
    ("<stdin>", b"<!doctype html><html><body><p>x</p>", "html-article"),
    ("<stdin>", b"Titre;Texte;Date\r\nA;B;C\r\n", "csv"),
    ("<stdin>", b"Page | Site\nGet Started for FREE\nText.\n", "pagedump"),
    ("<stdin>", b"Just a note.", "note"),
])
def test_choose_reader(name: str, head: bytes, expected: str) -> None:
    reader = choose_reader(name, head)
    assert reader is not None and reader.name == expected


def test_forced_reader_and_unknown_reader(tmp_path: Path) -> None:
    f = tmp_path / "data.dat"
    f.write_text('{"id": "z", "text": "La CNIL a sanctionné X."}\n', encoding="utf-8")
    (clip,) = list(read_inputs([str(f)], reader="jsonl"))
    assert isinstance(clip, Clipping) and clip.id == "z"
    with pytest.raises(InputError) as err:
        read_inputs([str(f)], reader="nope")
    assert err.value.code == "VG110" and "jsonl" in str(err.value)


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "in1", "text": "Le Conseil constitutionnel a censur\xc3\xa9 l\'article 15."}\n{bad\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    clips, rejects = _split(list(read_inputs(["-"])))
    assert [(c.id, c.origins) for c in clips] == [("in1", (Origin("<stdin>", 1),))]
    assert [(r.source, r.record, r.reason) for r in rejects] == [("<stdin>", 2, "invalid-json")]


def test_on_item_sees_every_record_before_folding() -> None:
    seen: list[Clipping | Reject] = []
    out = list(read_inputs([str(EXAMPLE)], on_item=seen.append))
    assert len(seen) == 28 and len(out) == 26


def test_normalised_identity_folds_typographic_variants(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("L’État a publié le «décret».\nL'État a\u00a0publié  le \"décret\".\n", encoding="utf-8")
    (clip,) = list(read_inputs([str(a)]))
    assert isinstance(clip, Clipping) and len(clip.origins) == 2
    assert clip.text == "L’État a publié le «décret»."
    assert normalise_text(clip.text) == "L'État a publié le \"décret\"."


def test_public_api_is_pinned() -> None:
    import veillegraph.ingest as ingest

    assert ingest.__all__ == ["READERS", "SNIFF_ORDER", "STDIN", "IngestSummary", "Reader", "Reject",
                              "SourceCounts", "choose_reader", "detect_language", "fold", "merge",
                              "near_duplicates", "parse_date", "read_inputs", "similarity"]
    assert all(hasattr(ingest, name) for name in ingest.__all__)
