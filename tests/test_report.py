"""The HTML report and the static figures: self-contained, escaped, deterministic, and usable in a browser."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from lxml import etree
from lxml import html as lxml_html

from _export_util import N_EVENTS, XSS_IMG, XSS_SCRIPT, fixture_trig, write_fixture
from veillegraph.cli import main
from veillegraph.export import load_graph_data
from veillegraph.report import render_html
from veillegraph.report.figures import FIGURES, write_figures


@pytest.fixture(scope="module")
def data() -> Any:
    store = ox.Store()
    store.load(fixture_trig().encode("utf-8"), ox.RdfFormat.TRIG)
    return load_graph_data(store)


@pytest.fixture(scope="module")
def page(data: Any) -> str:
    return render_html(data, title="fixture")


def test_report_is_self_contained(page: str) -> None:
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//link | //img | //iframe | //object | //embed | //*[@src]")
    scripts = doc.xpath("//script")
    assert len(scripts) == 2 and scripts[0].get("type") == "application/json"
    assert not re.search(r"""(src|href)\s*=\s*["']?//""", page)  # no protocol-relative URLs
    assert "@import" not in page and "url(" not in page.replace("url(#arrow)", "")
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp
    code = scripts[1].text
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" in csp  # the one script allowed is ours


def test_clipping_strings_are_escaped(page: str) -> None:
    assert XSS_SCRIPT not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//*[@onerror]")
    json_block = doc.xpath("//script[@id='vg-data']")[0].text
    assert "<" not in json_block and ">" not in json_block
    assert any(XSS_SCRIPT in n["label"] for n in json.loads(json_block)["nodes"])
    links = doc.xpath("//a/@href")
    assert links and all(h.startswith(("https://", "http://")) for h in links)  # javascript: dropped
    cells = [td.text_content() for td in doc.xpath("//table[@id='events']//td")]
    assert any(XSS_SCRIPT in c and XSS_IMG in c for c in cells)


def test_report_content(page: str, data: Any) -> None:
    doc = lxml_html.fromstring(page)
    rows = doc.xpath("//table[@id='events']/tbody/tr")
    assert len(rows) == N_EVENTS
    drones = [r for r in rows if "drones" in r.text_content() and r.get("data-type") == "rejet"]
    assert len(drones) == 1
    cells = [c.text_content() for c in drones[0].xpath("td")]
    assert cells[0] == "2024-12-30" and cells[2] == "Conseil d'État"
    assert "rejeté par le Conseil d'État le 30 décembre 2024" in cells[6]
    assert drones[0].xpath(".//a/@href") == ["https://www.example.org/drones"]
    assert [r.get("id") for r in rows][:2] == ["ev-0", "ev-1"]
    assert rows[0].xpath("td")[0].text_content() == "2025-09-12"  # most recent first
    types = {tr.xpath("td")[0].text_content(): int(tr.xpath("td")[1].text_content())
             for tr in doc.xpath("//table[@id='count-types']/tbody/tr")}
    assert types["censure"] == 1 and sum(types.values()) == N_EVENTS
    actors = {tr.xpath("td")[0].text_content(): int(tr.xpath("td")[1].text_content())
              for tr in doc.xpath("//table[@id='count-actors']/tbody/tr")}
    assert actors["Commission nationale de l'informatique et des libertés"] == 3
    assert len(doc.xpath("//svg[@id='graph']//*[@class='node']")) == len(data.participants())
    assert len(doc.xpath("//svg[@id='timeline']//*[@class='tl-dot']")) == N_EVENTS - 1  # one is undated


def test_report_is_deterministic(data: Any) -> None:
    assert render_html(data) == render_html(data)


def test_report_of_empty_graph() -> None:
    page = render_html(load_graph_data(ox.Store()))
    assert "No actor or instrument to draw" in page and "No dated event" in page


def test_figures_png_and_svg_deterministic(data: Any, tmp_path: Path) -> None:
    first = write_figures(data, tmp_path / "a")
    second = write_figures(data, tmp_path / "b")
    assert sorted(p.name for p in first) == sorted(f"{n}.{x}" for n in FIGURES for x in ("png", "svg"))
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
        if a.suffix == ".png":
            assert a.read_bytes().startswith(b"\x89PNG")
        else:
            root = etree.parse(str(a)).getroot()
            assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_cli_report_and_figures(tmp_path: Path) -> None:
    graph = write_fixture(tmp_path)
    out = tmp_path / "report.html"
    assert main(["report", str(graph), "--output", str(out), "--figures", str(tmp_path / "fig")]) == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "fig" / "events-per-month.svg").is_file()
    assert main(["report", str(graph), "-o", str(tmp_path / "cnil.html"),
                 "--actor", "https://w3id.org/veillegraph/id/actor/cnil"]) == 0
    doc = lxml_html.fromstring((tmp_path / "cnil.html").read_text("utf-8"))
    assert len(doc.xpath("//table[@id='events']/tbody/tr")) == 3


def test_report_on_the_example_build(example_trig: Path, tmp_path: Path) -> None:
    out = tmp_path / "example.html"
    assert main(["report", str(example_trig), "-o", str(out)]) == 0
    doc = lxml_html.fromstring(out.read_text("utf-8"))
    rows = doc.xpath("//table[@id='events']/tbody/tr")
    assert rows
    assert any(r.get("data-type") == "rejet" and "drones" in r.text_content() for r in rows)


# --- in a real browser ---------------------------------------------------------------------------


@pytest.mark.browser
def test_report_in_headless_chromium(chromium: str, tmp_path: Path) -> None:
    from _report_util import Browser

    graph = write_fixture(tmp_path)
    report = tmp_path / "report.html"
    assert main(["report", str(graph), "--output", str(report)]) == 0
    url = report.resolve().as_uri()
    browser = Browser(chromium, tmp_path / "profile")
    try:
        s = browser.open_page()
        browser.send("Page.navigate", {"url": url}, session=s)
        browser.wait_event("Page.loadEventFired")
        js = browser.evaluate

        def visible_rows() -> list[str]:
            rows: list[str] = js(s, "Array.from(document.querySelectorAll('#events tbody tr'))"
                                    ".filter(r => !r.hidden).map(r => r.id + '|' + r.textContent)")
            return rows

        assert len(visible_rows()) == N_EVENTS
        # filter the table by typing, as a user would (accents and case do not matter)
        js(s, "document.getElementById('filter').focus()")
        browser.send("Input.insertText", {"text": "drones REJETE etat"}, session=s)
        rows = visible_rows()
        assert len(rows) == 1 and "2024-12-30" in rows[0] and "Conseil d'État" in rows[0], rows
        assert js(s, "document.getElementById('shown').textContent") == f"1 / {N_EVENTS}"
        drones_row = rows[0].split("|", 1)[0]
        assert js(s, f"document.getElementById('{drones_row}').getAttribute('data-type')") == "rejet"
        js(s, "(() => { const f = document.getElementById('filter'); f.value = '';"
              " f.dispatchEvent(new Event('input')); })()")
        assert len(visible_rows()) == N_EVENTS

        # click the Conseil d'État node: the panel lists its events and the table shows only them
        def centre(label: str) -> tuple[float, float]:
            box: dict[str, float] = js(s, f"""(() => {{
                const data = JSON.parse(document.getElementById('vg-data').textContent);
                const i = data.nodes.findIndex(n => n.label === {json.dumps(label)});
                const el = document.querySelector('#graph .node[data-node="' + i + '"] circle');
                el.scrollIntoView({{block: 'center'}});
                const r = el.getBoundingClientRect();
                return {{x: r.left + r.width / 2, y: r.top + r.height / 2}};
            }})()""")
            return box["x"], box["y"]

        browser.click(s, *centre("Conseil d'État"))
        assert js(s, "document.getElementById('panel').hidden") is False
        assert js(s, "document.getElementById('panel-title').textContent") == "Conseil d'État"
        assert js(s, "document.querySelectorAll('#panel-events li').length") == 2
        assert sorted(r.split("|", 1)[1][:10] for r in visible_rows()) == ["2024-12-30", "2024-12-30"]
        assert js(s, "document.querySelector('#graph .node.selected title').textContent") == "Conseil d'État"

        # zoom with the wheel and pan by dragging the background
        vb0 = js(s, "[...document.getElementById('graph').getAttribute('viewBox').split(' ')].map(Number)")
        box = js(s, "(() => { const r = document.getElementById('graph').getBoundingClientRect();"
                    " return [r.left, r.top, r.width, r.height]; })()")
        x0, y0 = box[0] + 8, box[1] + 8  # a corner: background, no node
        browser.send("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": x0, "y": y0, "deltaX": 0,
                                                  "deltaY": -120}, session=s)
        vb1 = js(s, "(() => { const v = document.getElementById('graph').viewBox.baseVal;"
                    " return [v.x, v.y, v.width, v.height]; })()")
        assert vb1[2] < vb0[2]
        browser.send("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x0, "y": y0, "button": "left",
                                                  "clickCount": 1}, session=s)
        browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x0 + 100, "y": y0 + 40,
                                                  "button": "left", "buttons": 1}, session=s)
        browser.send("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x0 + 100, "y": y0 + 40,
                                                  "button": "left", "clickCount": 1}, session=s)
        vb2 = js(s, "(() => { const v = document.getElementById('graph').viewBox.baseVal;"
                    " return [v.x, v.y, v.width, v.height]; })()")
        assert vb2[0] < vb1[0] and vb2[1] < vb1[1]

        # the XSS fixture shows as text and runs nothing
        browser.click(s, *centre(f"{XSS_SCRIPT} Acme{XSS_IMG}"))
        assert js(s, "document.getElementById('panel-title').textContent") == f"{XSS_SCRIPT} Acme{XSS_IMG}"
        assert js(s, "document.images.length") == 0
        assert js(s, "document.scripts.length") == 2
        cells: list[str] = js(s, "Array.from(document.querySelectorAll('#events td')).map(td => td.textContent)")
        assert any(XSS_SCRIPT in c and XSS_IMG in c for c in cells)

        shot = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                            session=s)
        png = tmp_path / "report.png"
        png.write_bytes(base64.b64decode(shot["data"]))
        assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10_000
    finally:
        browser.close()

    events = browser.events
    assert not [e for e in events if e["method"] == "Page.javascriptDialogOpening"]
    errors = [e["params"] for e in events if e["method"] == "Runtime.exceptionThrown"]
    errors += [e["params"] for e in events
               if e["method"] == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert")]
    errors += [e["params"] for e in events
               if e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
    assert not errors
    requests = [e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"]
    assert requests and all(u.startswith("file://") for u in requests), requests
