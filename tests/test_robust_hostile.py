"""Hostile input: injection through IRIs minted from clipping text, XML bombs and external
entities in every reader, HTML/JS reaching the SVG figures, path traversal in names that come
from data, and a 2 GB input streamed in bounded memory.

Each test names the row of ``docs/robustness.md`` it proves. SPARQL injection through query
parameters is ``tests/test_query_injection.py``; the HTML report's escaping (and in a browser)
is ``tests/test_report.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from lxml import etree

from _export_util import XSS_IMG, XSS_SCRIPT, write_fixture
from veillegraph import _vocab as V
from veillegraph.cli import main
from veillegraph.export import load_graph_data
from veillegraph.ingest import READERS, Reject, read_inputs
from veillegraph.model import Clipping
from veillegraph.report.figures import write_figures
from veillegraph.store import read_dataset, write_dataset

REPO = Path(__file__).resolve().parents[1]
FIX = Path(__file__).resolve().parent / "fixtures" / "robust"
BASE = "https://w3id.org/veillegraph/"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


# --- IRIs minted from clipping text -------------------------------------------------------------

HOSTILE_RECORDS = [
    {"id": "a>b <urn:evil:id> .", "text": "La CNIL a sanctionné la société Alpha d'une amende de 10 000 euros "
     "le 3 mars 2024.", "source_url": "http://example.org/a b>", "title": 'x" ; <urn:evil:title> "',
     "lang": 'fr"@en', "retrieved": '2024-01-01T00:00:00"^^<urn:evil:dt>'},
    {"id": "id with spaces\nand a newline", "text": 'Texte > . <urn:evil:s> <urn:evil:p> <urn:evil:o> . et '
     '"guillemets" \\ fin } ; GRAPH <urn:evil:g> { <urn:evil:a> <urn:evil:b> "c" } .',
     "source_url": "http://example.org/x>\n<urn:evil:src>", "notes": ["note\n<urn:evil:note> \"\"\" '''"]},
    {"id": "'\"}]) ; DROP ALL ; #", "text": "Le Conseil d'État a rejeté le recours \u202e\u200b le 30 décembre 2024.",
     "source_url": "https://example.org/ok?q=<x>", "site_name": "<urn:evil:site>"},
    {"id": "../../etc/passwd", "text": "L'Assemblée nationale a adopté la loi le 12 juin 2024.\n\"\"\"@en .",
     "source_url": "https://example.org/fine/page", "title": "../../../../tmp/owned"},
]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("iri")
    src = d / "hostile.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in HOSTILE_RECORDS), encoding="utf-8")
    assert main(["-q", "build", str(src), "--output", str(d / "out.trig")]) == 0
    return d


@pytest.mark.parametrize("fmt", ["trig", "nq", "ttl", "jsonld"])
def test_iris_from_clipping_text_are_safe_in_every_format(hostile_build: Path, fmt: str) -> None:
    """Row "IRI injection": ``id``/``source_url``/title/notes with ``>``, spaces, quotes, newlines."""
    out = hostile_build / f"out.{fmt}"
    if fmt != "trig":  # the serialiser build_to_file ends with, in the other formats
        write_dataset(list(read_dataset(hostile_build / "out.trig")), out)
    store = read_dataset(out)  # oxigraph parses it
    iris = {t.value for q in store for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)}
    assert not [i for i in iris if "evil" in i]
    assert not [i for i in iris if any(c in i for c in ' <>"\n{}|\\^`')]
    clippings = {q.subject.value for q in store.quads_for_pattern(None, V.TYPE, V.CLIPPING)}
    assert len(clippings) == len(HOSTILE_RECORDS)
    assert all(c.startswith(BASE + "id/clipping/") for c in clippings)
    idents = {q.object.value for q in store.quads_for_pattern(None, V.IDENTIFIER, None)
              if isinstance(q.object, ox.Literal)}
    assert "a>b <urn:evil:id> ." in idents and "'\"}]) ; DROP ALL ; #" in idents
    sources = {q.object.value for q in store.quads_for_pattern(None, V.SOURCE, None) if q.subject.value in clippings}
    assert sources <= {"https://example.org/fine/page", "javascript:alert(1)"}  # bad IRIs dropped, never spliced
    if fmt in ("trig", "nq"):  # a second, independent parser agrees
        g = rdflib.Dataset()
        g.parse(out, format="trig" if fmt == "trig" else "nquads")
        assert not [t for t in g.all_nodes() if "evil" in str(t) and isinstance(t, rdflib.URIRef)]


# --- XML entity bombs and external entities -------------------------------------------------

def _canary(tmp: Path) -> tuple[Path, str]:
    secret = "CANARY-" + os.urandom(6).hex()
    f = tmp / "secret.txt"
    f.write_text(secret, encoding="utf-8")
    return f, secret


RSS_ITEM = ("<item><title>t</title><link>https://example.org/1</link><description>La CNIL a sanctionné la "
            "société Beta. {ref}</description></item>")


def _xml_cases(canary: Path) -> dict[str, str]:
    url = canary.as_uri()
    rss = "<rss version=\"2.0\"><channel><title>c</title>" + RSS_ITEM + "</channel></rss>"
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "billion-laughs": f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}]>'
                          + rss.format(ref="&l9;"),
        "quadratic-blowup": '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "A" * 50_000 + '">]>'
                            + rss.format(ref="&a;" * 2000),
        "external-entity": f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "{url}">]>' + rss.format(ref="&x;"),
        "parameter-entity": f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "{url}"> %p;]>'
                            + rss.format(ref=""),
        "external-dtd": f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{url}">' + rss.format(ref=""),
        "xinclude": '<?xml version="1.0"?>' + rss.format(
            ref=f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}" parse="text"/>'),
        "html-entity": f'<!DOCTYPE html [<!ENTITY x SYSTEM "{url}">]><html><body><article><p>La CNIL a '
                       f'sanctionné la société Beta. &x;</p></article></body></html>',
        "html-iframe": f'<html><body><article><p>La CNIL a sanctionné la société Beta.</p><iframe src="{url}">'
                       f'</iframe><img src="{url}"><object data="{url}"></object></article></body></html>',
        "atom-entity": f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "{url}">]><feed '
                       f'xmlns="http://www.w3.org/2005/Atom"><title>f</title><entry><title>t</title><id>u:1</id>'
                       f'<summary>La CNIL a sanctionné Beta. &x;</summary></entry></feed>',
    }


ENCODINGS = ["utf-8", "utf-16"]
CASES = ["billion-laughs", "quadratic-blowup", "external-entity", "parameter-entity", "external-dtd", "xinclude",
         "html-entity", "html-iframe", "atom-entity"]
#: Documents that declare entities: refused whole by the default reader choice.
DECLARING = ("billion-laughs", "quadratic-blowup", "external-entity", "parameter-entity", "html-entity",
             "atom-entity")


def _read_case(tmp_path: Path, case: str, encoding: str) -> tuple[Path, str, int]:
    canary, secret = _canary(tmp_path)
    data = _xml_cases(canary)[case].encode(encoding)
    ext = ".html" if case.startswith("html") else ".atom" if case.startswith("atom") else ".rss"
    src = tmp_path / f"{case}{ext}"
    src.write_bytes(data)
    return src, secret, len(data)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("case", CASES)
def test_xml_bombs_and_external_entities_read_nothing(tmp_path: Path, case: str, encoding: str) -> None:
    """Rows "XML bomb", "external entity", "external DTD", "XInclude", "HTML iframe": under every reader
    (guessed or forced), in UTF-8 and UTF-16, nothing is expanded and the file pointed to is never read."""
    src, secret, size = _read_case(tmp_path, case, encoding)
    for reader in [None, *READERS.names()]:
        items = list(read_inputs([str(src)], reader=reader))
        assert all(isinstance(i, Clipping | Reject) for i in items)
        dump = json.dumps([i.to_json() if isinstance(i, Reject) else repr(i) for i in items], ensure_ascii=False)
        assert secret not in dump, (reader, case)
        texts = sum(len(i.text) + len(i.title or "") for i in items if isinstance(i, Clipping))
        assert texts <= size, (reader, case, texts, size)  # no expansion: never more text out than bytes in
        assert "lollollollol" not in dump, (reader, case)
        if reader is None and case in DECLARING and encoding == "utf-8":
            reasons = [i.reason for i in items if isinstance(i, Reject)]
            assert reasons in (["xml-bomb"], ["xml-external-entity"]), (case, items)
            assert not [i for i in items if isinstance(i, Clipping)]


@pytest.mark.parametrize("case", [c for c in DECLARING if c != "html-entity"])
def test_entity_declarations_in_utf16_are_refused_too(tmp_path: Path, case: str) -> None:
    src, _secret, _size = _read_case(tmp_path, case, "utf-16")
    items = list(read_inputs([str(src)]))
    assert [i.reason for i in items if isinstance(i, Reject)] in (["xml-bomb"], ["xml-external-entity"])


def test_entity_declaring_html_in_utf16_is_refused(tmp_path: Path) -> None:
    src, _secret, _size = _read_case(tmp_path, "html-entity", "utf-16")
    items = list(read_inputs([str(src)]))
    assert [i.reason for i in items if isinstance(i, Reject)] in (["xml-bomb"], ["xml-external-entity"])


def test_bomb_refused_by_the_build_with_other_records_kept(tmp_path: Path) -> None:
    """Row "XML bomb in a folder of inputs": the bomb is one reject, the good file still builds."""
    canary, secret = _canary(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bomb.rss").write_text(_xml_cases(canary)["billion-laughs"], encoding="utf-8")
    (folder / "xxe.rss").write_text(_xml_cases(canary)["external-entity"], encoding="utf-8")
    (folder / "good.jsonl").write_text(json.dumps({"id": "g1", "text": "La CNIL a sanctionné la société Gamma "
                                                   "le 3 mars 2024."}) + "\n", encoding="utf-8")
    out = tmp_path / "g.trig"
    code = main(["-q", "build", str(folder), "--output", str(out), "--rejects", str(tmp_path / "rej.jsonl")])
    assert code == 1  # ran, with rejects
    rejects = [json.loads(line) for line in (tmp_path / "rej.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["reason"] for r in rejects) == ["xml-bomb", "xml-external-entity"]
    text = out.read_text(encoding="utf-8")
    assert "Gamma" in text and secret not in text and "lol" not in text


# --- HTML and JavaScript reaching the SVG figures ---------------------------------------------------

SVG_NS = "{http://www.w3.org/2000/svg}"
METADATA_NS = ("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}", "{http://purl.org/dc/elements/1.1/}",
               "{http://creativecommons.org/ns#}")


def test_svg_figures_carry_no_markup_from_the_data(tmp_path: Path) -> None:
    """Row "HTML/JS in clipping text → SVG": labels with ``<script>``, ``-->``, ``onerror`` stay inert."""
    trig = write_fixture(tmp_path)
    store = read_dataset(trig)
    data = load_graph_data(store)
    assert XSS_SCRIPT in trig.read_text(encoding="utf-8") and XSS_IMG in trig.read_text(encoding="utf-8")
    paths = write_figures(data, tmp_path / "fig")
    svgs = [p for p in paths if p.suffix == ".svg"]
    assert svgs
    for p in svgs:
        raw = p.read_bytes()
        root = etree.fromstring(raw, parser=etree.XMLParser(resolve_entities=False, no_network=True))
        tags = {el.tag for el in root.iter() if isinstance(el.tag, str)}
        foreign = {t for t in tags if not t.startswith((SVG_NS, *METADATA_NS))}
        assert not foreign, foreign  # no HTML (or other) elements, only SVG and its RDF metadata
        assert SVG_NS + "script" not in tags and SVG_NS + "foreignObject" not in tags
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            assert not [a for a in el.attrib if a.lower().startswith("on")], (el.tag, el.attrib)
            assert not [v for v in el.attrib.values() if "javascript:" in v.lower()]
        assert b"<script" not in raw and b"onerror=" not in raw and b"<img" not in raw


def test_svg_figures_with_text_as_text_escape_labels(tmp_path: Path) -> None:
    """Same, with matplotlib told to keep text as SVG ``<text>`` (someone may switch the setting)."""
    import matplotlib

    trig = write_fixture(tmp_path)
    data = load_graph_data(read_dataset(trig))
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        from veillegraph.report import figures

        saved = figures._save

        def save_as_text(fig, directory, name):  # type: ignore[no-untyped-def]
            path = directory / f"{name}.svg"
            fig.savefig(path, metadata=figures._SVG_META)
            return [path]

        figures._save = save_as_text
        try:
            paths = figures.write_figures(data, tmp_path / "fig")
        finally:
            figures._save = saved
    texts = []
    for p in paths:
        root = etree.fromstring(p.read_bytes())
        assert SVG_NS + "script" not in {el.tag for el in root.iter()}
        texts += ["".join(t.itertext()) for t in root.iter(SVG_NS + "text")]
    assert any("<script" in t or "onerror" in t or "Acme" in t for t in texts) or texts


# --- path traversal in names from data -------------------------------------------------------

def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_names_from_data_never_choose_where_files_go(tmp_path: Path, hostile_build: Path) -> None:
    """Row "path traversal": clipping ids, titles and source names such as ``../../etc/passwd`` never
    become file names; report, figures, exports and rejects land only where the command line says."""
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    trig = work / "g.trig"
    trig.write_bytes((hostile_build / "out.trig").read_bytes())
    folder = work / "in"
    (folder / "sub..").mkdir(parents=True)
    (folder / "sub.." / "x..jsonl").write_text('{"id": "../../x", "text": "Texte un."}\nnot json\n',
                                               encoding="utf-8")
    before = _tree(tmp_path)
    cwd = os.getcwd()
    os.chdir(work)
    try:
        assert main(["-q", "report", "g.trig", "--output", "r.html", "--figures", "figs"]) == 0
        for fmt in ("graphml", "gexf", "csv-nodes", "trig"):
            assert main(["-q", "export", "g.trig", "--format", fmt, "--output", f"e.{fmt}"]) == 0
        main(["-q", "build", "in", "--output", "b.trig"])
    finally:
        os.chdir(cwd)
    new = _tree(tmp_path) - before
    assert new, "nothing written"
    assert all(n.startswith("a/b/") for n in new), sorted(new)
    allowed_top = {"r.html", "figs", "b.trig", "b.trig.rejects.jsonl"}
    allowed_top |= {f"e.{f}" for f in ("graphml", "gexf", "csv-nodes", "trig")}
    assert {n.split("/")[2] for n in new} <= allowed_top, sorted(new)
    rejects = (work / "b.trig.rejects.jsonl").read_text(encoding="utf-8")
    assert "in/sub../x..jsonl" in rejects


# --- a 2 GB input streamed in bounded memory -----------------------------------------------------

_HWM = r"""
def hwm():  # peak RSS of this process in MB (VmHWM: ru_maxrss would carry the parent's over exec)
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) // 1024
"""

_CONSUME = _HWM + r"""
from veillegraph.ingest import Reject, read_inputs
n = r = 0
for item in read_inputs(["-"]):
    if isinstance(item, Reject):
        r += 1
    else:
        n += 1
print(n, r, hwm())
"""

_BASELINE = _HWM + r"""
import veillegraph.ingest
print(hwm())
"""


def _feed(proc: subprocess.Popen[bytes], total: int, record: int) -> int:
    """Write about ``total`` bytes of JSON Lines to ``proc``'s stdin: records of ``record`` bytes whose
    bulk is a field no reader keeps (a scraped page's raw HTML), each with a short distinct text."""
    assert proc.stdin is not None
    pad = "x" * record
    written = n = 0
    try:
        while written < total:
            line = json.dumps({"id": f"r{n}", "text": f"Communiqué {n} : la CNIL publie son rapport.",
                               "raw_html": pad}) + "\n"
            proc.stdin.write(line.encode("ascii"))
            written += len(line)
            n += 1
        proc.stdin.write(b"x" * 3 * 1024 * 1024 + b"\n")  # one 3 MB line that is not JSON: one reject
        n += 1
    finally:
        proc.stdin.close()
    return n


def _stream(total: int, record: int) -> tuple[int, int, int, int, int]:
    base = int(subprocess.run([sys.executable, "-c", _BASELINE], env=_env(), capture_output=True, check=True,
                              text=True).stdout)
    proc = subprocess.Popen([sys.executable, "-c", _CONSUME], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            env=_env())
    box: list[int] = []
    feeder = threading.Thread(target=lambda: box.append(_feed(proc, total, record)))
    feeder.start()
    assert proc.stdout is not None
    out = proc.stdout.read()
    proc.wait()
    feeder.join()
    clips, rejects, peak = (int(x) for x in out.split())
    return box[0], clips, rejects, peak, base


def test_big_input_streams_in_bounded_memory() -> None:
    """Row "big input" (fast version, 200 MB): the reader path's peak RSS does not follow the input size."""
    sent, clips, rejects, peak, base = _stream(200 * 1024 * 1024, 256 * 1024)
    assert clips + rejects == sent and rejects == 1
    print(f"200 MB through read_inputs: peak RSS {peak} MB (imports alone {base} MB)")
    assert peak - base < 120, (peak, base)


@pytest.mark.slow
def test_two_gigabytes_stream_in_bounded_memory() -> None:
    """Row "2 GB input": 2 GB of JSON Lines on stdin; peak RSS of ``read_inputs`` stays near the 200 MB figure."""
    sent, clips, rejects, peak, base = _stream(2 * 1024 ** 3, 1024 * 1024)
    assert clips + rejects == sent and rejects == 1
    print(f"2 GB through read_inputs: {clips} clippings, peak RSS {peak} MB (imports alone {base} MB)")
    assert peak - base < 150, (peak, base)
