"""Helpers for the merge tests: gold events as mention-events, and pairwise precision/recall.

``gold_mentions`` turns the annotated events of a gold file into the RDF that the
build writes for extracted events (one named graph per clipping), with *oracle
linking*: the agent is the gold agent name, the object the gold object up to
its first parenthesis or comma (``"Orange (cookies…)"`` → ``Orange``). It
measures the merge rules on correct input, before the extractor exists.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from veillegraph import _vocab as V
from veillegraph import mint

FIXTURES = Path(__file__).parent / "fixtures" / "merge"
_DATE_TYPES = {10: V.XSD.date, 7: V.XSD.gYearMonth, 4: V.XSD.gYear}


def mention_iri(cid: str, n: int) -> str:
    return mint.event_iri(mint.digest("gold", cid, n)).value


def _head(text: str) -> str:
    return re.split(r" \(|, | : ", text, maxsplit=1)[0].strip()


def gold_mentions(path: Path) -> ox.Store:
    store = ox.Store()
    quads: list[ox.Quad] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        key = mint.clipping_key(rec["text"])
        g = mint.clipping_graph(key)
        c = mint.clipping_iri(key)
        quads.append(ox.Quad(c, V.TYPE, V.CLIPPING, g))
        quads.append(ox.Quad(c, V.IDENTIFIER, ox.Literal(rec["id"]), g))
        if rec.get("published"):
            quads.append(ox.Quad(c, V.DCT.issued, ox.Literal(rec["published"][:10], datatype=V.XSD.date), g))
        for n, ev in enumerate(rec["events"]):
            e = ox.NamedNode(mention_iri(rec["id"], n))
            xsd = V.XSD
            quads.append(ox.Quad(e, V.TYPE, V.EVENT, g))
            quads.append(ox.Quad(e, V.EVENT_TYPE, V.VGT[ev["type"]], g))
            quads.append(ox.Quad(e, V.REPORTED_IN, c, g))
            quads.append(ox.Quad(e, V.HAS_MODALITY, V.VG[ev.get("modality") or "realised"], g))
            if ev.get("agent"):
                quads.append(ox.Quad(e, V.AGENT, V.ID["actor/" + mint.slug(ev["agent"])], g))
            if ev.get("object"):
                quads.append(ox.Quad(e, V.OBJECT, V.ID["instrument/" + mint.slug(_head(ev["object"]))], g))
            if ev.get("date"):
                quads.append(ox.Quad(e, V.DATE, ox.Literal(ev["date"], datatype=_DATE_TYPES[len(ev["date"])]),
                                     g))
            if ev.get("amount_eur") is not None:
                quads.append(ox.Quad(e, V.AMOUNT, ox.Literal(str(ev["amount_eur"]), datatype=xsd.decimal), g))
                quads.append(ox.Quad(e, V.CURRENCY, ox.Literal("EUR"), g))
            if ev.get("count") is not None:
                count = ox.Literal(str(ev["count"]), datatype=xsd.nonNegativeInteger)
                quads.append(ox.Quad(e, V.COUNT, count, g))
    store.extend(quads)
    return store


def gold_pairs(kinds: tuple[str, ...] = ("same", "forecast")) -> set[frozenset[str]]:
    """Pairs of mention IRIs that tell the same act, from ``dev-same-acts.csv``."""
    acts: dict[str, list[str]] = defaultdict(list)
    with open(FIXTURES / "dev-same-acts.csv", encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for row in rows:
            if row["kind"] in kinds:
                acts[row["act"]].append(mention_iri(row["clipping"], int(row["event"])))
    return {frozenset(p) for members in acts.values() for p in itertools.combinations(members, 2)}


def predicted_pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for members in groups for p in itertools.combinations(sorted(members), 2)}


def precision_recall(pred: set[frozenset[str]], gold: set[frozenset[str]]) -> tuple[float, float]:
    hit = len(pred & gold)
    return (hit / len(pred) if pred else 1.0, hit / len(gold) if gold else 1.0)


def align_to_gold(store: ox.Store, mentions: list[Any], gold_path: Path) -> dict[str, str]:
    """Map extracted mention-events to gold event IRIs (``mention_iri``): same clipping, same top type,
    the same date if possible, else one side undated; each gold event used once."""
    gold = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        gold[rec["id"]] = rec["events"]
    ids = {sol["c"].value: sol["i"].value for sol in store.query(
        f"SELECT ?c ?i WHERE {{ ?c {V.IDENTIFIER} ?i }}", use_default_graph_as_union=True)}
    by_clip: dict[str, list[Any]] = defaultdict(list)
    for m in mentions:
        by_clip[m.clipping].append(m)
    out: dict[str, str] = {}
    for clip, ms in sorted(by_clip.items()):
        cid = ids.get(clip)
        events = gold.get(cid or "", [])
        used: set[int] = set()
        for m in sorted(ms, key=lambda m: (m.date_text is None, m.iri)):
            code = m.top.rsplit("/", 1)[1]
            best: tuple[int, int] | None = None
            for i, ev in enumerate(events):
                if i in used or ev["type"] != code:
                    continue
                one_undated = ev["date"] is None or m.date_text is None
                score = 2 if ev["date"] == m.date_text else 1 if one_undated else 0
                if score and (best is None or score > best[0]):
                    best = (score, i)
            if best is not None and cid is not None:
                used.add(best[1])
                out[m.iri] = mention_iri(cid, best[1])
    return out
