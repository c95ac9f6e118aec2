"""HTML to plain text, and whitespace tidying of text read from sources.

HTML is parsed with lxml's HTML parser (no network, comments and processing
instructions removed); ``script``, ``style``, ``noscript``, ``template``,
``svg`` and form controls are dropped; block elements become line breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml import html as lxml_html

DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
             "button", "select", "textarea", "form", "head")
_BLOCKS = (
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer aside nav main "
    "table tr td th dd dt dl figure figcaption pre hr address details summary"
)
BLOCK_TAGS = frozenset(_BLOCKS.split())

_H_SPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_TAG_HINT = re.compile(r"<[A-Za-z!/][^>]*>")


#: Lone surrogates (a JSON ``"\ud800"`` escape decodes to one) cannot be encoded: U+FFFD stands for them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Text as the source wrote it, minus control characters, with ``\n`` line ends, stripped.

    A lone surrogate becomes U+FFFD (the replacement character), so the text can be encoded.
    """
    text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def html_parser() -> lxml_html.HTMLParser:
    """A safe HTML parser: no network access, comments and processing instructions removed."""
    return lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                remove_blank_text=False, huge_tree=False)


def tidy(text: str, paragraphs: bool = False) -> str:
    """Drop control characters, collapse spaces; keep paragraph breaks (one ``\\n``) if asked, else one line."""
    text = _CONTROL.sub("", _SURROGATE.sub("\ufffd", text).replace("\r\n", "\n").replace("\r", "\n"))
    if not paragraphs:
        return _H_SPACE.sub(" ", text.replace("\n", " ")).strip()
    lines = (_H_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def element_text(el: etree._Element, drop: Iterable[str] = DROP_TAGS) -> str:
    """The visible text of an element: dropped tags removed, block boundaries as newlines."""
    skip = frozenset(drop)
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.lower() in skip or not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            return
        block = tag.lower() in BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    text_before_tail = el.tail
    walk(el)
    if text_before_tail:
        parts.pop()  # the element's own tail is not its text
    return tidy("".join(parts), paragraphs=True)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary), on one line per paragraph.

    Text without any tag is only unescaped and tidied.
    """
    if not fragment:
        return ""
    if not _TAG_HINT.search(fragment) and "&" not in fragment:
        return tidy(fragment, paragraphs=True)
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div", parser=html_parser())
    except (etree.LxmlError, ValueError):
        return tidy(fragment, paragraphs=True)
    return element_text(root)


def one_paragraph(text: str) -> str:
    """Join paragraph lines with one space (a clipping text as the page dump gives it)."""
    return tidy(text, paragraphs=False)
