"""Score the extractor directly: Extractor output -> the rows the events query gives -> score_events.py.

    PYTHONPATH=src python3 tests/_extract_util.py ../shared/gold/dev.jsonl rows.jsonl [--model fr_core_news_md]
    python3 ../shared/eval/score_events.py ../shared/gold/dev.jsonl rows.jsonl --details
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from veillegraph.knowledge import Knowledge
from veillegraph.model import Clipping, EntityRef, ExtractedEvent

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold"


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def clippings(records: Iterable[dict[str, Any]]) -> list[Clipping]:
    return [Clipping(text=r["text"], id=r["id"], published=r.get("published"), lang=r.get("lang"))
            for r in records]


def _labels(ref: EntityRef | None, knowledge: Knowledge, with_text: bool, short: bool = False) -> str:
    if ref is None:
        return ""
    out: list[str] = []
    if ref.iri and ref.iri in knowledge.entities:
        out.extend(lb.text for lb in knowledge.entities[ref.iri].labels)
        if short:  # the events query lists an agent's vg:shortName too
            out.extend(knowledge.entities[ref.iri].short_names)
    else:
        out.append(ref.text)
    if with_text and ref.text not in out:
        out.append(ref.text)
    return "|".join(dict.fromkeys(out))


def labels(ex: Any, ref: EntityRef | None) -> set[str]:
    """Every label of the entity a mention links to, and the mention as written (tests compare against any)."""
    if ref is None:
        return set()
    if ref.iri:
        return {lb.text for lb in ex.knowledge.entities[ref.iri].labels} | {ref.text}
    return {ref.text}


def rows(pairs: Iterable[tuple[Clipping, list[ExtractedEvent]]], knowledge: Knowledge) -> Iterator[dict[str, str]]:
    """One row per event, with the columns of the ``events`` query."""
    for clip, events in pairs:
        for ev in events:
            et = knowledge.event_types.get(ev.type)
            yield {
                "clipping_id": clip.id or "",
                "type": et.top_code if et else ev.type,
                "agent": _labels(ev.agent, knowledge, with_text=False, short=True),
                "object": _labels(ev.object, knowledge, with_text=True),
                "date": ev.date.value if ev.date else "",
                "amount_eur": str(ev.amount) if ev.amount is not None and ev.currency == "EUR" else "",
                "count": str(ev.count) if ev.count is not None else "",
                "modality": ev.modality,
            }


def main(argv: list[str]) -> None:
    from veillegraph.extract import Extractor
    from veillegraph.knowledge import default_knowledge

    model = "fr_core_news_sm"
    if "--model" in argv:
        model = argv[argv.index("--model") + 1]
    gold, out = Path(argv[1]), Path(argv[2])
    k = default_knowledge()
    ex = Extractor(k, model=model)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows(ex.extract_many(clippings(read_gold(gold))), k):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
