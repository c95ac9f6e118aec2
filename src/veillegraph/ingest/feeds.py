"""Reader of RSS 2.0, RSS 1.0 and Atom feeds (feedparser), parsed safely.

Untrusted XML is first screened with defusedxml: a document that declares
entities (billion laughs, quadratic blow-up) or references external entities
is refused with one ``Reject`` (``xml-bomb`` / ``xml-external-entity``) before
feedparser sees it. Each entry gives one clipping: its id (``guid``/``id``),
link, title, publication date as the feed writes it (the date part, no
time-zone shift), text from the content or summary with HTML stripped, the
language of the entry or feed, and the feed title as site name.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any, BinaryIO

import defusedxml
import defusedxml.ElementTree as DET
import feedparser

from ..model import Clipping
from ._base import Reject
from ._build import make_clipping
from ._dates import parse_date
from ._io import binary_kind, read_all
from ._lang import default_lang
from ._text import html_fragment_to_text, tidy

#: A feed larger than this is refused (feeds are parsed whole).
MAX_FEED = 64 * 1024 * 1024

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF|rdf)\b")
_XML_START = re.compile(rb"^\s*(?:<\?xml|<!--|<!DOCTYPE\s+(?!html))", re.IGNORECASE)


_EXTERNAL_DECL = re.compile(rb"<!ENTITY\s+(?:%\s*)?[^\s>]+\s+(?:SYSTEM|PUBLIC)\b", re.IGNORECASE)


def screen_xml(data: bytes) -> tuple[str, str] | None:
    """``(reason, message)`` when ``data`` is XML that must not be parsed, else ``None``.

    Entity declarations and external references are refused; a document that is
    merely malformed passes (feedparser's tolerant parser reads what it can).
    """
    try:
        DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden:
        if _EXTERNAL_DECL.search(data):
            return "xml-external-entity", "declares an external entity (SYSTEM/PUBLIC); refused unread"
        return "xml-bomb", "declares XML entities (an entity-expansion bomb?); refused unread"
    except defusedxml.ExternalReferenceForbidden:
        return "xml-external-entity", "references an external entity or DTD; refused unread"
    except defusedxml.DefusedXmlException as exc:
        return "xml-unsafe", f"unsafe XML ({type(exc).__name__}); refused unread"
    except (ET.ParseError, ValueError, LookupError, RecursionError):
        if _ENTITY_DECL.search(data):
            return "xml-bomb", "malformed XML that declares entities; refused unread"
    return None


def _struct_date(value: Any) -> str | None:
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    return None


def _text_of(detail: Any, fallback: str) -> str:
    if not isinstance(detail, dict):
        return tidy(fallback, paragraphs=True)
    value = detail.get("value") or ""
    kind = str(detail.get("type") or "")
    if "html" in kind or "<" in value:
        return html_fragment_to_text(value)
    return tidy(value, paragraphs=True)


def _lang(*details: Any) -> str | None:
    for d in details:
        if isinstance(d, dict) and d.get("language"):
            return str(d["language"])
    return None


class FeedReader:
    """RSS 2.0 / RSS 1.0 / Atom (``.rss``, ``.atom``, ``.xml``)."""

    name = "feed"
    extensions: tuple[str, ...] = (".rss", ".atom", ".xml", ".rdf")
    media_types: tuple[str, ...] = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
                                    "application/xml", "text/xml")

    def sniff(self, head: bytes) -> bool:
        """An XML prolog or DOCTYPE, or a ``<rss>``/``<feed>``/``<rdf:RDF>`` root near the start."""
        if binary_kind(head):
            return False
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if re.match(rb"<!doctype\s+html|<html", start[:100], re.IGNORECASE):
            return False
        return bool(_XML_START.match(start) or _ROOT.search(start[:2048]))

    def read(self, source_name: str, stream: BinaryIO) -> Iterator[Clipping | Reject]:
        data = read_all(stream, MAX_FEED)
        if data is None:
            yield Reject(source_name, None, "too-large",
                         f"feed larger than {MAX_FEED // 2**20} MiB; split it")
            return
        refused = screen_xml(data)
        if refused is not None:
            yield Reject(source_name, None, refused[0], refused[1], data[:512].decode("utf-8", "replace"))
            return
        try:
            parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
        except (UnicodeError, ValueError) as exc:
            # feedparser decodes the declared encoding itself and raises on a garbled name ('encoding="\xff…"')
            yield Reject(source_name, None, "malformed-feed",
                         f"the feed's encoding declaration cannot be read ({exc}); re-save the file as UTF-8",
                         data[:512].decode("utf-8", "replace"))
            return
        entries = parsed.get("entries") or []
        if not entries:
            problem = parsed.get("bozo_exception")
            detail = f" ({problem})" if problem else ""
            yield Reject(source_name, None, "malformed-feed" if problem else "empty-feed",
                         f"no feed entries could be read{detail}; check the file is an RSS or Atom feed",
                         data[:512].decode("utf-8", "replace"))
            return
        feed = parsed.get("feed") or {}
        site = tidy(str(feed.get("title") or "")) or None
        feed_lang = feed.get("language")
        for n, entry in enumerate(entries, start=1):
            content = entry.get("content") or []
            main = content[0] if content else entry.get("summary_detail")
            text = _text_of(main, str(entry.get("summary") or ""))
            if not text and content:
                text = _text_of(entry.get("summary_detail"), str(entry.get("summary") or ""))
            raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
            published = parse_date(str(raw_date)) if raw_date else None
            if published is None:
                published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
            title_detail = entry.get("title_detail")
            fields: dict[str, object] = {
                "text": text or None,
                "id": entry.get("id") or None,
                "title": _text_of(title_detail, str(entry.get("title") or "")) or None,
                "published": published,
                "source_url": entry.get("link") or None,
                "lang": _lang(main, entry.get("summary_detail"), title_detail)
                or default_lang(feed_lang, text),
                "site_name": site,
            }
            yield make_clipping(fields, source_name, n, raw=str(entry.get("summary") or "")[:2048])
