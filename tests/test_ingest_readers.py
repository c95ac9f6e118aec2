"""Ingest readers on real-shaped fixtures: feeds, curation and article HTML, CSV, folders (issue 4).

Every field of every record is checked against values read by hand from the
fixtures in ``tests/fixtures/ingest/`` (``curation-page.expected.jsonl`` lists
the 20 posts of ``curation-page.html``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veillegraph.ingest import IngestSummary, Reject, read_inputs
from veillegraph.model import Clipping, Origin

FIX = Path(__file__).resolve().parent / "fixtures" / "ingest"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "fondapol-ia-securite.txt"


def _read(*names: str, reader: str | None = None) -> tuple[list[Clipping], list[Reject]]:
    items = list(read_inputs([str(FIX / n) if not Path(n).is_absolute() else n for n in names], reader=reader))
    return [i for i in items if isinstance(i, Clipping)], [i for i in items if isinstance(i, Reject)]


# --- feeds -------------------------------------------------------------------------------------------

def test_rss_with_entities_every_field() -> None:
    clips, rejects = _read("rss-entities.rss")
    src = "rss-entities.rss"
    site = "Veille juridique & numérique"
    assert clips == [
        Clipping(
            text="Le recours demandant l’annulation du décret sur les drones a été rejeté par le Conseil d’État "
                 "le 30 décembre 2024.",
            id="veille-2025-0001", title="Drones : le Conseil d’État rejette le recours",
            # written "Tue, 31 Dec 2024 00:30:00 +0100": the date as written, not shifted to UTC
            published="2024-12-31", source_url="https://veille.example.org/2025/01/drones-conseil-etat",
            lang="fr", site_name=site, origins=(Origin(src, 1),)),
        Clipping(
            text="Depuis janvier 2025, la CNIL a rendu dix nouvelles décisions de sanctions & mises en demeure.\n"
                 "Le montant cumulé atteint 104 000 euros.",
            id="https://veille.example.org/2025/01/cnil-sanctions",
            title="Sanctions : la CNIL & la procédure simplifiée", published="2025-01-01",
            source_url="https://veille.example.org/2025/01/cnil-sanctions?utm_source=rss&utm_medium=feed",
            lang="fr", site_name=site, origins=(Origin(src, 2),)),
        Clipping(
            text="The Artificial Intelligence Act entered into force on 1 August 2024, twenty days after its "
                 "publication in the Official Journal.",
            id="https://veille.example.org/2024/08/ai-act", title="EU AI Act enters into force",
            published="2024-08-01", source_url="https://veille.example.org/2024/08/ai-act",
            lang="en",  # the channel says fr-FR, but this item is confidently English
            site_name=site, origins=(Origin(src, 3),)),
    ]
    assert [(r.source, r.record, r.reason) for r in rejects] == [(src, 4, "missing-text")]
    assert "alert(1)" not in clips[0].text


def test_atom_with_entities_every_field() -> None:
    clips, rejects = _read("atom-entities.atom")
    src, site = "atom-entities.atom", "Observatoire des libertés & du numérique"
    assert rejects == []
    assert clips == [
        Clipping(
            text="Le Conseil constitutionnel a censuré l’article 15 de la loi relative au renforcement de la "
                 "sûreté dans les transports.\nIl s’agissait d’un « cavalier législatif ».",
            id="tag:observatoire.example.net,2025:entry-15",
            title="Loi sûreté dans les transports : l’article 15 censuré", published="2025-04-24",
            source_url="https://observatoire.example.net/2025/04/censure-article-15", lang="fr",
            site_name=site, origins=(Origin(src, 1),)),
        Clipping(
            text="The Data Act applies from 12 September 2025 & brings cloud switching rights.",
            id="tag:observatoire.example.net,2025:entry-data-act", title="Data Act applies",
            published="2025-09-12", source_url="https://observatoire.example.net/2025/09/data-act", lang="en",
            site_name=site, origins=(Origin(src, 2),)),
        Clipping(
            text="La Cour des comptes a publié le 13 janvier 2025 un rapport sur la répartition des zones de "
                 "compétence entre la police et la gendarmerie nationales.",
            id="tag:observatoire.example.net,2025:entry-ccomptes", title="Rapport de la Cour des comptes",
            published="2025-01-13", source_url="https://observatoire.example.net/2025/01/cour-des-comptes",
            lang="fr", site_name=site, origins=(Origin(src, 3),)),
    ]


def test_malformed_feed_is_one_reject(tmp_path: Path) -> None:
    f = tmp_path / "broken.rss"
    f.write_text("<?xml version='1.0'?><rss><channel><title>x</title><item><description>", encoding="utf-8")
    items = list(read_inputs([str(f)]))
    assert all(isinstance(i, Reject | Clipping) for i in items)
    assert [i.reason for i in items if isinstance(i, Reject)] in (["malformed-feed"], ["missing-text"])


# --- HTML --------------------------------------------------------------------------------------------

def test_curation_page_20_posts_every_field() -> None:
    expected = [json.loads(line) for line in (FIX / "curation-page.expected.jsonl").read_text("utf-8").splitlines()]
    assert len(expected) == 20
    clips, rejects = _read("curation-page.html")
    assert rejects == []
    got = [{"id": c.id, "text": c.text, "title": c.title, "published": c.published, "source_url": c.source_url,
            "site_name": c.site_name, "lang": c.lang, "notes": list(c.notes)} for c in clips]
    assert got == expected
    assert [c.origins for c in clips] == [(Origin("curation-page.html", n),) for n in range(1, 21)]
    assert all(c.retrieved is None for c in clips)
    text = " ".join(c.text for c in clips)
    for absent in ("trackPost", "tracking pixel", "Get Started", "not a post", "commented-out", "views"):
        assert absent not in text


def test_article_html_every_field() -> None:
    clips, rejects = _read("article.html")
    assert rejects == []
    assert clips == [Clipping(
        text="Enfin publié, le rapport d’évaluation de l’expérimentation de la vidéoprotection algorithmique "
             "plaide en creux pour remettre le métier sur l’ouvrage.\n"
             "Le document fait état d’un « bilan contrasté », entre performances techniques inégales et "
             "usage limité.\n"
             "Ce qui change\n"
             "L’expérimentation devait s’achever le 31 mars 2025.",
        title="Vidéosurveillance algorithmique : un bilan en demi-teinte",
        published="2025-01-15",  # article:published_time wins over JSON-LD and <time>
        source_url="https://www.example-news.fr/societe/videosurveillance-algorithmique-bilan",
        lang="fr", site_name="Example News", retrieved="2025-02-03T14:05:09+01:00",
        origins=(Origin("article.html", 1),))]


def test_article_html_fallbacks(tmp_path: Path) -> None:
    f = tmp_path / "plain.htm"
    f.write_bytes("<html><head><title>Un titre</title></head><body><h1>Un titre</h1>"
                  "<p>Le Conseil d'État a annulé la délibération.</p><time datetime='2020-02-27'>jeudi</time>"
                  "</body></html>".encode("cp1252"))
    (clip,) = _read(str(f))[0]
    assert (clip.title, clip.published, clip.text, clip.lang) == (
        "Un titre", "2020-02-27", "Le Conseil d'État a annulé la délibération.\njeudi", "fr")


def test_curation_post_links_are_made_absolute_and_script_links_dropped(tmp_path: Path) -> None:
    f = tmp_path / "topic.html"
    f.write_text(
        '<!DOCTYPE html><html><head><base href="https://www.scoop.it/topic/veille/"></head><body>'
        '<div class="post-view" id="p1"><h2 class="postTitleView"><a href="../../r/123">Un titre</a></h2>'
        '<div class="post-description">La CNIL a publié son rapport annuel le 21 mai 2025.</div></div>'
        '<div class="post-view" id="p2"><h2 class="postTitleView"><a href="javascript:void(0)">T2</a></h2>'
        '<div class="post-description">Le Sénat a adopté le texte.</div><p>2 comments</p></div>'
        "</body></html>", encoding="utf-8")
    clips, rejects = _read(str(f))
    assert rejects == []
    assert [(c.id, c.title, c.source_url, c.published, c.text) for c in clips] == [
        ("p1", "Un titre", "https://www.scoop.it/r/123", None, "La CNIL a publié son rapport annuel le 21 mai 2025."),
        ("p2", "T2", None, None, "Le Sénat a adopté le texte.")]


def test_html_without_posts_read_as_curation_is_one_reject() -> None:
    clips, rejects = _read("article.html", reader="html-curation")
    assert clips == [] and [(r.record, r.reason) for r in rejects] == [(None, "no-posts")]


# --- CSV ---------------------------------------------------------------------------------------------

def test_spreadsheet_csv_semicolon_cp1252_every_field() -> None:
    clips, rejects = _read("spreadsheet-export.csv")
    src = "spreadsheet-export.csv"
    assert clips == [
        Clipping(text="La CNIL a infligé une amende de 50 millions d'euros à Orange ; l'opérateur conteste. "
                      "L'œuvre « publicitaire » coûte cher.",
                 title="Sanction CNIL", published="2024-12-10", source_url="https://www.example.fr/cnil-orange",
                 lang="fr", site_name="Le Monde", origins=(Origin(src, 2),)),
        Clipping(text="Le Conseil d'État a rejeté le recours contre le décret \"drones\" le 30 décembre 2024.\n"
                      "La décision précise les conditions d'usage.",
                 title="Drones", published="2025-01-02", source_url="https://www.example.fr/drones",
                 lang="fr", site_name="Le Figaro", notes=("À consulter au centre de documentation",),
                 origins=(Origin(src, 3),)),
        Clipping(text="The AI Act entered into force on 1 August 2024 — a first for the EU.",
                 title="AI Act", published="2024-08-01", source_url="https://www.example.eu/ai-act",
                 lang="en", site_name="Euractiv", origins=(Origin(src, 7),)),
        Clipping(text="Le Sénat a adopté le projet de loi en première lecture.",
                 title="Date illisible", published=None,  # "bientôt" is no date: nothing is guessed
                 source_url="https://www.example.fr/senat", lang="fr", site_name="Public Sénat",
                 origins=(Origin(src, 8),)),
    ]
    assert [(r.record, r.reason) for r in rejects] == [(5, "missing-text")]


def test_csv_comma_utf8_english_headers(tmp_path: Path) -> None:
    f = tmp_path / "export.csv"
    f.write_text('id,title,text,published,url\n7,"A, B","The Council adopted it, finally.",2024-10-10,'
                 'https://e.eu/x\n8,T2,,2024-10-11,\n', encoding="utf-8-sig")
    clips, rejects = _read(str(f))
    assert [(c.id, c.title, c.text, c.published, c.source_url, c.lang) for c in clips] == [
        ("7", "A, B", "The Council adopted it, finally.", "2024-10-10", "https://e.eu/x", "en")]
    assert [(r.record, r.reason) for r in rejects] == [(3, "missing-text")]


def test_csv_without_text_column_is_one_reject(tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("a;b\n1;2\n", encoding="utf-8")
    (rej,) = list(read_inputs([str(f)]))
    assert isinstance(rej, Reject) and (rej.record, rej.reason) == (None, "no-text-column")


# --- folders -----------------------------------------------------------------------------------------

def test_folder_of_notes_every_field() -> None:
    summary = IngestSummary()
    items = list(read_inputs([str(FIX / "notes")], summary=summary))
    assert all(isinstance(i, Clipping) for i in items)
    assert items == [
        Clipping(text="Le décret n° 2023-283 du 19 avril 2023 encadre l'usage des caméras installées sur des "
                      "aéronefs par les services de police.\nVoir Légifrance pour le texte.",
                 title="Décret drones", published="2023-04-19",
                 source_url="https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047464659", lang="fr",
                 origins=(Origin("notes/a-note.md", 1),)),
        Clipping(text="La Défenseure des droits publie un rapport sur les technologies biométriques.\n"
                      "Elle appelle à un moratoire.", lang="fr", origins=(Origin("notes/b-note.txt", 1),)),
        Clipping(text="On 1 September 2023, the Irish Data Protection Commission adopted its final decision "
                      "against TikTok.", title="TikTok fined", published="2023-09-15", lang="en",
                 origins=(Origin("notes/sub/c-article.html", 1),)),
        Clipping(text="La CNIL a mis en demeure cinq communes.", lang="fr",
                 origins=(Origin("notes/sub/d-dup.txt", 1),)),
    ]
    assert summary.read == 4 and ".hidden-ignored.txt" not in str(summary.to_dict())


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "void").mkdir()
    (rej,) = list(read_inputs([str(tmp_path / "void")]))
    assert isinstance(rej, Reject) and rej.reason == "empty-folder"


# --- one page, three formats ---------------------------------------------------------------------------

def test_example_page_as_dump_jsonl_and_rss_gives_the_same_clippings() -> None:
    dump, r1 = _read(str(EXAMPLE))
    jsonl, r2 = _read("example-page.jsonl")
    rss, r3 = _read("example-page.rss")
    assert r1 == r2 == r3 == []
    assert len(dump) == 26
    assert [c.text for c in dump] == [c.text for c in jsonl] == [c.text for c in rss]
    assert [c.id for c in dump] == [c.id for c in jsonl] == [c.id for c in rss]
    assert [c.lang for c in dump] == [c.lang for c in jsonl] == [c.lang for c in rss]
    together = [i for i in read_inputs([str(EXAMPLE), str(FIX / "example-page.jsonl"),
                                        str(FIX / "example-page.rss")])]
    assert len(together) == 26 and all(isinstance(c, Clipping) for c in together)
    assert {o.source for c in together if isinstance(c, Clipping) for o in c.origins} == {
        EXAMPLE.name, "example-page.jsonl", "example-page.rss"}


@pytest.mark.parametrize("name", ["billion-laughs.xml", "external-entity.rss"])
def test_xml_attacks_are_refused_whatever_the_reader_asked(name: str) -> None:
    clips, rejects = _read(name, reader="feed")
    assert clips == [] and len(rejects) == 1
    assert rejects[0].reason in ("xml-bomb", "xml-external-entity") and rejects[0].record is None


@pytest.mark.parametrize("ext", [".txt", ".html", ".md", ".jsonl", ".csv", ""])
def test_entity_bomb_under_any_name_is_refused(tmp_path: Path, ext: str) -> None:
    f = tmp_path / f"bomb{ext}"
    f.write_bytes((FIX / "billion-laughs.xml").read_bytes())
    (rej,) = list(read_inputs([str(f)]))
    assert isinstance(rej, Reject) and (rej.source, rej.record, rej.reason) == (f.name, None, "xml-bomb")
    html = tmp_path / "bomb.xhtml"
    html.write_bytes(b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                     b"<html><body><p>&b;</p></body></html>")
    for reader in ("html-article", "html-curation"):
        (rej,) = list(read_inputs([str(html)], reader=reader))
        assert isinstance(rej, Reject) and rej.reason == "xml-bomb"


def test_every_fixture_reads_the_same_twice() -> None:
    inputs = sorted(str(p) for p in FIX.iterdir() if p.suffix != ".py")
    first = list(read_inputs(inputs))
    assert first == list(read_inputs(inputs))
    assert [r.to_json() for r in first if isinstance(r, Reject)] == [
        r.to_json() for r in read_inputs(inputs) if isinstance(r, Reject)]


def test_utf16_tab_separated_export(tmp_path: Path) -> None:
    """Excel's "Unicode text" export: UTF-16 with a BOM, tab-separated."""
    data = "Titre\tTexte\tDate\r\nA\tLe Sénat a adopté la loi le 18 mars 2025.\t18/03/2025\r\n".encode("utf-16")
    f = tmp_path / "export.csv"
    f.write_bytes(data)
    (clip,) = list(read_inputs([str(f)]))
    assert isinstance(clip, Clipping)
    assert (clip.title, clip.text, clip.published, clip.lang, clip.origins) == (
        "A", "Le Sénat a adopté la loi le 18 mars 2025.", "2025-03-18", "fr", (Origin("export.csv", 2),))
    from veillegraph.ingest import choose_reader

    reader = choose_reader("<stdin>", data)
    assert reader is not None and reader.name == "csv"
