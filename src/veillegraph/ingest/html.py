"""Readers of saved HTML: curation topic pages (one clipping per post) and articles (one clipping).

Both parse with lxml's HTML parser (no network, comments dropped, scripts and
styles never read as text) after decoding the bytes (BOM, ``<meta charset>``,
else UTF-8, else cp1252/latin-1). Which classes and meta tags mean what is read
from ``html.toml``.

* ``html-curation`` (Scoop.it-like): each post element gives title, source
  link, site name, date, text and curator insight (as a note); the post's
  ``id`` attribute, when there is one, becomes the clipping id.
* ``html-article``: title (``og:title``, ``<title>``, ``<h1>``), publication
  date (meta tags, ``itemprop=datePublished``, JSON-LD, ``<time datetime>``),
  canonical URL, site name, language (``<html lang>``), retrieval time from a
  SingleFile "saved date" comment, and the main text (``<article>``, ``<main>``
  or known content classes; navigation, sharing and related-links blocks dropped).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, BinaryIO
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from ..model import Clipping
from ._base import Reject
from ._build import make_clipping
from ._data import load_toml
from ._dates import parse_date
from ._io import binary_kind, bom_encoding, decode_bytes, read_all
from ._text import element_text, html_parser, tidy
from .feeds import screen_xml

#: An HTML file larger than this is refused (HTML is parsed whole).
MAX_HTML = 64 * 1024 * 1024

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title)",
                         re.IGNORECASE | re.DOTALL)
_SAVED_URL = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile\s*(.*?)-->", re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    return load_toml("html.toml")


def _lower(items: list[str]) -> frozenset[str]:
    return frozenset(i.lower() for i in items)


def decode_html(data: bytes) -> str:
    """HTML bytes to text: BOM, else a declared ``<meta charset>``, else UTF-8, else cp1252/latin-1."""
    if bom_encoding(data) is None:
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m[1].decode("ascii", "ignore").lower()
            if enc not in ("utf-8", "utf8"):
                try:
                    return data.decode(enc, "replace")
                except LookupError:
                    pass
    return decode_bytes(data)[0]


_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DTD_ENTITIES = re.compile(rb"<!DOCTYPE[^>\[]*\[.*?<!ENTITY", re.IGNORECASE | re.DOTALL)


def refuse_entities(source: str, data: bytes) -> Reject | None:
    """A ``Reject`` for a document whose DOCTYPE declares entities (an XML bomb dressed as HTML).

    A UTF-16/32 document (by its byte-order mark) is decoded first, so the same bomb is
    refused whatever its encoding.
    """
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            data = data.decode(codec, "replace").encode("utf-8")
            break
    if not _DTD_ENTITIES.search(data[:1024 * 1024]):
        return None
    refused = screen_xml(data) or ("xml-bomb", "declares entities in its DOCTYPE; refused unread")
    return Reject(source, None, refused[0], refused[1], data[:512].decode("utf-8", "replace"))


def parse_html(data: bytes) -> tuple[str, etree._Element | None]:
    """(decoded text, root element) of an HTML document; the root is ``None`` when nothing parses."""
    text = _XML_DECL.sub("", decode_html(data), count=1).lstrip("\ufeff")
    if not text.strip():
        return text, None
    try:
        root = lxml_html.document_fromstring(text, parser=html_parser())
    except (etree.LxmlError, ValueError):
        return text, None
    return text, root


def _classes(el: etree._Element) -> frozenset[str]:
    return frozenset(str(el.get("class") or "").lower().split())


def _find_class(el: etree._Element, wanted: list[str]) -> etree._Element | None:
    """The first descendant with the first class of ``wanted`` that occurs (``wanted`` is by priority)."""
    nodes = [n for n in el.iter() if isinstance(n.tag, str) and n is not el]
    for cls in wanted:
        low = cls.lower()
        for node in nodes:
            if low in _classes(node):
                return node
    return None


def _drop(el: etree._Element, tags: frozenset[str] = frozenset(), classes: frozenset[str] = frozenset()) -> None:
    doomed = [n for n in el.iter() if n is not el and isinstance(n.tag, str)
              and (n.tag.lower() in tags or _classes(n) & classes)]
    for node in doomed:
        parent = node.getparent()
        if parent is not None:
            node.drop_tree()


def _meta(root: etree._Element, names: list[str]) -> str | None:
    """The content of the first meta tag whose name, property or itemprop is in ``names`` (in order)."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content.strip()
    for name in names:
        if name.lower() in found:
            return found[name.lower()]
    return None


def _jsonld_date(root: etree._Element) -> str | None:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (json.JSONDecodeError, RecursionError):
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 1000:
            seen += 1
            item = stack.pop()
            if isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str) and parse_date(value):
                    return value
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return None


def _page_url(root: etree._Element, raw: str) -> str | None:
    """Where the saved page lived: ``<base href>``, canonical link, ``og:url``, or a save-tool comment."""
    base = next((b.get("href") for b in root.iter("base") if b.get("href")), None)
    canonical = next((ln.get("href") for ln in root.iter("link")
                      if "canonical" in (ln.get("rel") or "").lower().split() and ln.get("href")), None)
    single = _SINGLEFILE.search(raw[:8192])
    single_url = re.search(r"^\s*url:\s*(\S+)", single[1], re.MULTILINE) if single else None
    saved = _SAVED_URL.search(raw[:4096])
    for url in (base, canonical, _meta(root, _rules()["article"]["url_meta"]),
                single_url[1] if single_url else None, saved[1] if saved else None):
        if url and urlsplit(url).scheme in ("http", "https"):
            return url.strip()
    return None


def absolute(base: str | None, href: str | None) -> str | None:
    """``href`` made absolute against ``base``; ``None`` for empty, fragment-only or script links."""
    if not href or not href.strip() or href.strip().startswith("#"):
        return None
    href = href.strip()
    scheme = urlsplit(href).scheme.lower()
    if scheme in ("javascript", "data", "vbscript"):
        return None
    if scheme or base is None:
        return href
    return urljoin(base, href)


class CurationHtmlReader:
    """Saved HTML of a curation topic page (Scoop.it-like): one clipping per post."""

    name = "html-curation"
    extensions: tuple[str, ...] = (".html", ".htm", ".xhtml")
    media_types: tuple[str, ...] = ("text/html",)

    def sniff(self, head: bytes) -> bool:
        """HTML whose head holds a curation marker of ``html.toml`` (``scoop.it``, ``post-view``...)."""
        if binary_kind(head) or not _HTML_START.match(head[:4096].lstrip(b"\xef\xbb\xbf")):
            return False
        low = head.lower()
        return any(m.encode() in low for m in _rules()["curation"]["markers"])

    def read(self, source_name: str, stream: BinaryIO) -> Iterator[Clipping | Reject]:
        data = read_all(stream, MAX_HTML)
        if data is None:
            yield Reject(source_name, None, "too-large", f"HTML file larger than {MAX_HTML // 2**20} MiB")
            return
        refused = refuse_entities(source_name, data)
        if refused is not None:
            yield refused
            return
        raw, root = parse_html(data)
        if root is None:
            yield Reject(source_name, None, "malformed-html", "no HTML could be parsed from the file",
                         data[:512].decode("utf-8", "replace"))
            return
        rules = _rules()["curation"]
        base = _page_url(root, raw)
        post_cls = _lower(rules["post"])
        posts = [el for el in root.iter() if isinstance(el.tag, str) and _classes(el) & post_cls
                 and not any(_classes(a) & post_cls for a in el.iterancestors())]
        if not posts:
            yield Reject(source_name, None, "no-posts",
                         "no curated post found (no element with a post class of html.toml); "
                         "read it as an article with --from html-article")
            return
        for n, post in enumerate(posts, start=1):
            yield self._post(post, source_name, n, rules, base)

    def _post(self, post: etree._Element, source: str, n: int, rules: dict[str, Any],
              base: str | None) -> Clipping | Reject:
        # the page's lang is that of its interface, not of the posts: a post's own lang, else detected
        title_el = _find_class(post, rules["title"])
        if title_el is None:
            title_el = next((h for h in post.iter("h1", "h2", "h3", "h4")), None)
        title = tidy(element_text(title_el)) if title_el is not None else None
        url = None
        if title_el is not None:
            link = title_el if title_el.tag == "a" else next(title_el.iter("a"), None)
            url = link.get("href") if link is not None else None
        source_el = _find_class(post, rules["source"])
        if source_el is not None:
            link = source_el if source_el.tag == "a" else next(source_el.iter("a"), None)
            if link is not None and link.get("href"):
                url = link.get("href")
        site_el = _find_class(post, rules["site"])
        site = tidy(element_text(site_el)) if site_el is not None else None
        published = None
        time_el = next(post.iter("time"), None)
        if time_el is not None:
            published = parse_date(time_el.get("datetime") or "") or parse_date(tidy(element_text(time_el)))
        if published is None:
            date_el = _find_class(post, rules["date"])
            if date_el is not None:
                published = parse_date(date_el.get("content") or "") or parse_date(tidy(element_text(date_el)))
        notes = [tidy(element_text(el)) for el in post.iter()
                 if isinstance(el.tag, str) and el is not post and _classes(el) & _lower(rules["note"])]
        text_el = _find_class(post, rules["text"])
        if text_el is None:
            text_el = post
            _drop(post, classes=_lower(rules["title"] + rules["source"] + rules["site"] + rules["date"]),
                  tags=frozenset({"time"}))
        _drop(text_el, classes=_lower(rules["note"]))
        text = element_text(text_el)
        return make_clipping(
            {"text": text or None, "id": post.get("id") or post.get("data-post-id"), "title": title,
             "published": published, "source_url": absolute(base, url), "site_name": site,
             "lang": post.get("lang"), "notes": [x for x in notes if x]},
            source, n, raw=text[:2048] if text else None)


class ArticleHtmlReader:
    """Saved HTML of one article: one clipping."""

    name = "html-article"
    extensions: tuple[str, ...] = (".html", ".htm", ".xhtml")
    media_types: tuple[str, ...] = ("text/html", "application/xhtml+xml")

    def sniff(self, head: bytes) -> bool:
        """A document that starts like HTML (doctype, ``<html>``, ``<head>``...)."""
        return binary_kind(head) is None and bool(_HTML_START.match(head[:4096].lstrip(b"\xef\xbb\xbf")))

    def read(self, source_name: str, stream: BinaryIO) -> Iterator[Clipping | Reject]:
        data = read_all(stream, MAX_HTML)
        if data is None:
            yield Reject(source_name, None, "too-large", f"HTML file larger than {MAX_HTML // 2**20} MiB")
            return
        refused = refuse_entities(source_name, data)
        if refused is not None:
            yield refused
            return
        raw, root = parse_html(data)
        if root is None:
            yield Reject(source_name, None, "malformed-html", "no HTML could be parsed from the file",
                         data[:512].decode("utf-8", "replace"))
            return
        yield self.article(root, raw, source_name)

    def article(self, root: etree._Element, raw: str, source: str) -> Clipping | Reject:
        rules = _rules()["article"]
        title = _meta(root, rules["title_meta"])
        if not title:
            t = next(root.iter("title"), None)
            title = tidy(t.text_content()) if t is not None else None
        site = _meta(root, rules["site_meta"])
        if title and site:
            for sep in (" | ", " - ", " – ", " — "):
                if title.endswith(sep + site):
                    title = title[: -len(sep + site)]
        published = parse_date(_meta(root, rules["date_meta"]) or "")
        if published is None:
            for el in root.iter():
                if isinstance(el.tag, str) and (el.get("itemprop") or "").lower() == "datepublished":
                    published = parse_date(el.get("datetime") or el.get("content") or el.text_content())
                    if published:
                        break
        if published is None:
            published = parse_date(_jsonld_date(root) or "")
        canonical = next((ln.get("href") for ln in root.iter("link")
                          if "canonical" in (ln.get("rel") or "").lower().split() and ln.get("href")), None)
        url = canonical or _meta(root, rules["url_meta"])
        base = _page_url(root, raw)
        url = absolute(base, url)
        saved = _SAVED_URL.search(raw[:4096])
        single = _SINGLEFILE.search(raw[:8192])
        retrieved = None
        if single:
            fields = dict(re.findall(r"^\s*([a-z ]+):\s*(.+?)\s*$", single[1], re.MULTILINE))
            url = url or fields.get("url")
            retrieved = _singlefile_date(fields.get("saved date", ""))
        if url is None and saved:
            url = saved[1]
        lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        main = self._main(root, rules)
        if published is None:
            time_el = next(main.iter("time"), None) if main is not None else None
            time_el = time_el if time_el is not None else next(root.iter("time"), None)
            if time_el is not None and time_el.get("datetime"):
                published = parse_date(time_el.get("datetime"))
        text = ""
        if main is not None:
            _drop(main, tags=_lower(rules["drop_tags"]), classes=_lower(rules["drop_classes"]))
            for h1 in list(main.iter("h1")):
                if title and tidy(h1.text_content()) == title:
                    h1.drop_tree()
                    break
            text = element_text(main)
        if not title:
            h1 = next(root.iter("h1"), None)
            title = tidy(h1.text_content()) if h1 is not None else None
        return make_clipping(
            {"text": text or None, "title": title, "published": published, "source_url": url,
             "site_name": site, "lang": lang, "retrieved": retrieved},
            source, 1, raw=raw[:2048])

    @staticmethod
    def _main(root: etree._Element, rules: dict[str, Any]) -> etree._Element | None:
        for el in root.iter():
            if isinstance(el.tag, str) and el.get("itemprop") in rules["main_itemprop"]:
                return el
        wanted = _lower(rules["main_classes"])
        for el in root.iter():
            if isinstance(el.tag, str) and _classes(el) & wanted:
                return el
        for tag in rules["main_tags"]:
            el = next(root.iter(tag), None)
            if el is not None:
                return el
        body = next(root.iter("body"), None)
        return body if body is not None else root


_SF_DATE = re.compile(r"(?:[A-Za-z]{3}\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{2}:\d{2}:\d{2})"
                      r"(?:\s+GMT([+-]\d{4}))?")


def _singlefile_date(value: str) -> str | None:
    """SingleFile's "saved date" (``Mon Dec 30 2024 10:05:00 GMT+0100 (…)``) as ISO date-time."""
    m = _SF_DATE.search(value)
    if not m:
        return None
    day = parse_date(f"{m[2]} {m[1]} {m[3]}")
    if day is None:
        return None
    tz = f"{m[5][:3]}:{m[5][3:]}" if m[5] else ""
    return f"{day}T{m[4]}{tz}"
