"""Render a validation :class:`Report` as text, JSON, JUnit XML, SARIF 2.1.0, Markdown or Turtle.

Every renderer reads the one report and returns a string; the output is
deterministic (results sorted, no timings unless ``Options.timings``).
Renderers are registered in ``REPORT_FORMATS`` (entry-point group
``veillegraph.report-formats``), so a plugin can add a format.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

import pyoxigraph as ox

from .. import __version__
from .. import _vocab as V
from ..registry import Registry
from .report import Report, Result

_QUOTE_CHARS = 160


@dataclass(frozen=True, slots=True)
class Options:
    """How to render: message language, the severity that fails, the input's name, timings."""

    lang: str = "en"
    fail_on: str = "violation"
    source: str | None = None  # the validated file(s) or store, as given on the command line
    artifacts: tuple[str, ...] | None = None  # the files validated (SARIF artifacts); default: (source,)
    timings: bool = False
    max_per_rule: int = 20  # text and Markdown: results listed per rule (the rest are counted)


Renderer = Callable[[Report, Options], str]
REPORT_FORMATS: Registry[Renderer] = Registry("report-formats")

#: The shapes' namespace (``vgsh:``), next to the project's prefixes.
SHAPES_NS = V.BASE + "shapes#"
_PREFIXES = sorted([*V.PREFIXES.items(), ("vgsh", SHAPES_NS)], key=lambda x: -len(x[1]))


def compact(term: str | None) -> str:
    """An IRI (or N-Triples term) written with the project's prefixes where one fits."""
    if term is None:
        return ""
    if term.startswith('"') and term.endswith(">") and '"^^<' in term:  # a typed literal
        lexical, _, datatype = term.rpartition("^^")
        return f"{lexical}^^{compact(datatype)}"
    iri = term[1:-1] if term.startswith("<") and term.endswith(">") else term
    for prefix, ns in _PREFIXES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return term


def _short(text: str | None, limit: int = _QUOTE_CHARS) -> str:
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _summary(report: Report, lang: str) -> str:
    v, w, i = report.count("violation"), report.count("warning"), report.count("info")
    rules = len({r.rule for r in report.results})
    if lang == "fr":
        verdict = "conforme" if report.conforms else "non conforme"
        return (f"{verdict} : {v} violation{'s' if v > 1 else ''}, {w} avertissement{'s' if w > 1 else ''}, "
                f"{i} info{'s' if i > 1 else ''} ({rules} règle{'s' if rules > 1 else ''} en cause)")
    verdict = "conforms" if report.conforms else "does not conform"
    return (f"{verdict}: {v} violation{'s' if v != 1 else ''}, {w} warning{'s' if w != 1 else ''}, "
            f"{i} info{'s' if i != 1 else ''} ({rules} rule{'s' if rules != 1 else ''} broken)")


def _clipping_line(r: Result) -> str:
    c = r.context
    if not c.clipping:
        return ""
    ident = f"[{c.clipping_id}] " if c.clipping_id else ""
    title = f"\u201c{_short(c.title, 100)}\u201d " if c.title else ""
    return f"{ident}{title}<{c.clipping}>"


@REPORT_FORMATS.decorator("text")
def render_text(report: Report, opts: Options) -> str:
    """Human-readable report grouped by rule, with each clipping's title and the evidence quote."""
    fr = opts.lang == "fr"
    lines = [f"veillegraph validate {opts.source or ''}".rstrip() + f": {_summary(report, opts.lang)}"]
    if opts.timings:
        lines.append(f"  ({report.graphs} graphs, {report.seconds:.2f} s)")
    for rule, results in report.by_rule():
        first = results[0]
        lines.append("")
        lines.append(f"{first.severity.upper()}  {rule}  ({len(results)})  "
                     f"[{compact(first.shape)} {compact(first.component)}]")
        lines.append(f"  {first.message(opts.lang)}")
        for r in results[: opts.max_per_rule]:
            lines.append(f"  - {'nœud' if fr else 'focus'}: {compact(r.focus)}")
            clip = _clipping_line(r)
            if clip:
                lines.append(f"    {'coupure' if fr else 'clipping'}: {clip}")
            if r.context.quote:
                lines.append(f"    {'citation' if fr else 'quote'}: \u00ab {_short(r.context.quote)} \u00bb")
            if r.path:
                lines.append(f"    {'chemin' if fr else 'path'}: {compact(r.path)}")
            if r.value is not None and r.value != r.focus:
                lines.append(f"    {'valeur' if fr else 'value'}: {_short(compact(r.value))}")
        if len(results) > opts.max_per_rule:
            more = len(results) - opts.max_per_rule
            lines.append(f"  … {more} {'de plus' if fr else 'more'}")
    return "\n".join(lines) + "\n"


def _result_dict(r: Result) -> dict[str, Any]:
    return {
        "rule": r.rule,
        "severity": r.severity,
        "focus": r.focus_iri,
        "shape": r.shape,
        "component": r.component,
        "source_constraint": r.source_constraint,
        "path": r.path,
        "value": r.value,
        "message": {"fr": r.message_fr, "en": r.message_en},
        "clipping": r.context.clipping,
        "clipping_id": r.context.clipping_id,
        "title": r.context.title,
        "quote": r.context.quote,
        "graph": r.context.graph,
    }


@REPORT_FORMATS.decorator("json")
def render_json(report: Report, opts: Options) -> str:
    """One JSON object: ``conforms``, counts and the results with their context."""
    data: dict[str, Any] = {
        "conforms": report.conforms,
        "source": opts.source,
        "violations": report.count("violation"),
        "warnings": report.count("warning"),
        "infos": report.count("info"),
        "rules_checked": len(report.rules),
        "results": [_result_dict(r) for r in report.results],
    }
    if opts.timings:
        data["seconds"] = round(report.seconds, 3)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _fails(severity: str, fail_on: str) -> bool:
    return severity == "violation" or (fail_on == "warning" and severity == "warning")


@REPORT_FORMATS.decorator("junit")
def render_junit(report: Report, opts: Options) -> str:
    """JUnit XML: one test case per rule checked; a failing rule lists its results."""
    by_rule = dict(report.by_rule())
    cases = sorted({rule for rule, _, _ in report.rules} | set(by_rule))
    labels = {rule: label for rule, _, label in report.rules}
    failures = sum(1 for rule in cases if any(_fails(r.severity, opts.fail_on) for r in by_rule.get(rule, [])))
    suites = ET.Element("testsuites", name="veillegraph validate", tests=str(len(cases)), failures=str(failures))
    suite = ET.SubElement(suites, "testsuite", name=f"veillegraph validate {opts.source or ''}".rstrip(),
                          tests=str(len(cases)), failures=str(failures), errors="0", skipped="0")
    if opts.timings:
        suite.set("time", f"{report.seconds:.3f}")
    for rule in cases:
        results = by_rule.get(rule, [])
        case = ET.SubElement(suite, "testcase", classname="veillegraph.shapes", name=rule)
        failing = [r for r in results if _fails(r.severity, opts.fail_on)]
        details = "\n".join(
            f"{r.severity}: {compact(r.focus)}"
            + (f" in {_clipping_line(r)}" if r.context.clipping else "")
            + (f" quote: {_short(r.context.quote, 100)}" if r.context.quote else "")
            + (f" value: {_short(compact(r.value), 100)}" if r.value is not None and r.value != r.focus else "")
            for r in results)
        if failing:
            failure = ET.SubElement(case, "failure", type=failing[0].severity,
                                    message=f"{len(failing)} × {failing[0].message(opts.lang)}")
            failure.text = details
        elif results:
            out = ET.SubElement(case, "system-out")
            out.text = details
        elif rule in labels:
            case.set("classname", "veillegraph.shapes")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


_SARIF_LEVEL = {"violation": "error", "warning": "warning", "info": "note"}


@REPORT_FORMATS.decorator("sarif")
def render_sarif(report: Report, opts: Options) -> str:
    """SARIF 2.1.0: one rule per constraint, one result per validation result."""
    artifacts = opts.artifacts if opts.artifacts is not None else ((opts.source,) if opts.source else ())
    rules_meta = {rule: (sev, label) for rule, sev, label in report.rules}
    for r in report.results:
        rules_meta.setdefault(r.rule, (r.severity, r.message_en))
    rule_ids = sorted(rules_meta)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    messages: dict[str, Result] = {}
    for r in report.results:
        messages.setdefault(r.rule, r)
    driver_rules = []
    for rule in rule_ids:
        sev, label = rules_meta[rule]
        entry: dict[str, Any] = {
            "id": rule,
            "shortDescription": {"text": label},
            "defaultConfiguration": {"level": _SARIF_LEVEL.get(sev, "error")},
        }
        if rule in messages:
            entry["fullDescription"] = {"text": messages[rule].message_fr}
            entry["properties"] = {"shape": messages[rule].shape, "component": messages[rule].component}
        driver_rules.append(entry)
    results = []
    for r in report.results:
        location: dict[str, Any] = {
            "logicalLocations": [{"fullyQualifiedName": r.focus_iri, "kind": "resource"}],
        }
        if len(artifacts) == 1:
            location["physicalLocation"] = {"artifactLocation": {"uri": artifacts[0], "index": 0}}
        text = r.message(opts.lang)
        if r.context.clipping:
            text += f" ({compact(r.focus)}; {_clipping_line(r)})"
        else:
            text += f" ({compact(r.focus)})"
        props: dict[str, Any] = {"focusNode": r.focus_iri, "sourceShape": r.shape,
                                 "sourceConstraintComponent": r.component}
        for key, value in (("resultPath", r.path), ("value", r.value), ("clipping", r.context.clipping),
                           ("clippingId", r.context.clipping_id), ("title", r.context.title),
                           ("quote", r.context.quote)):
            if value is not None:
                props[key] = value
        results.append({
            "ruleId": r.rule,
            "ruleIndex": index[r.rule],
            "level": _SARIF_LEVEL.get(r.severity, "error"),
            "message": {"text": text},
            "locations": [location],
            "properties": props,
        })
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "veillegraph", "version": __version__,
                            "informationUri": "https://w3id.org/veillegraph/", "rules": driver_rules}},
        "results": results,
    }
    if artifacts:
        run["artifacts"] = [{"location": {"uri": uri}} for uri in artifacts]
    doc = {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@REPORT_FORMATS.decorator("markdown")
def render_markdown(report: Report, opts: Options) -> str:
    """A summary for a CI job page (GitHub step summary, GitLab job): verdict, table by rule, details."""
    fr = opts.lang == "fr"
    icon = "✅" if not report.failed(opts.fail_on) else "❌"
    head = f"## {icon} veillegraph validate" + (f" `{opts.source}`" if opts.source else "")
    lines = [head, "", _summary(report, opts.lang), ""]
    if report.results:
        lines += ["| " + (" | ".join(("sévérité", "règle", "résultats", "message") if fr
                                    else ("severity", "rule", "results", "message"))) + " |",
                  "|---|---|---:|---|"]
        for rule, results in report.by_rule():
            message = _md(results[0].message(opts.lang))
            lines.append(f"| {results[0].severity} | `{rule}` | {len(results)} | {message} |")
        lines.append("")
        for rule, results in report.by_rule():
            lines += [f"<details><summary><code>{rule}</code> ({len(results)})</summary>", ""]
            for r in results[: opts.max_per_rule]:
                item = f"- `{compact(r.focus)}`"
                if r.context.clipping:
                    item += f" — {_md(_clipping_line(r))}"
                if r.context.quote:
                    item += f" — « {_md(_short(r.context.quote, 120))} »"
                lines.append(item)
            if len(results) > opts.max_per_rule:
                lines.append(f"- … {len(results) - opts.max_per_rule} {'de plus' if fr else 'more'}")
            lines += ["", "</details>", ""]
    return "\n".join(lines).rstrip() + "\n"


@REPORT_FORMATS.decorator("turtle")
def render_turtle(report: Report, opts: Options) -> str:
    """The SHACL ``sh:ValidationReport`` in Turtle."""
    prefixes = dict(V.PREFIXES)
    prefixes["vgsh"] = SHAPES_NS
    data = ox.serialize(report.to_rdf(), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    assert data is not None
    lines = data.decode("utf-8").split("\n")
    n = 0
    while n < len(lines) and lines[n].startswith("@prefix "):
        n += 1
    return "\n".join(sorted(lines[:n]) + lines[n:])


def render(report: Report, fmt: str, opts: Options | None = None) -> str:
    """Render ``report`` in format ``fmt`` (a key of ``REPORT_FORMATS``)."""
    return REPORT_FORMATS.get(fmt)(report, opts or Options())
