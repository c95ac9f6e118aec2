"""Extraction throughput vs bare spaCy (issue 3), and extraction quality on generated text.

Baseline: ``nlp.pipe`` of the same spaCy model (full pipeline, as ``spacy.load`` gives it) over
the texts of 5,000 generated clippings, ``n_process=2``. Measured against it, in the same run:
``Extractor(knowledge).extract_many(clippings, n_process=2)`` on the same clippings (two forked
workers, each running the cheap pass, the parse of candidate sentences and the rules on its chunks).
Target: throughput ratio ≥ 1.0 (the extractor parses only the sentences that can hold an event).
The CPU seconds of each phase (its process and its workers) are reported too: on a shared machine
the wall-time ratio moves with the load, the CPU ratio much less.

Model loading is outside the timed sections (each phase runs in its own process). The
extractor's events are also scored against the generator's ground truth with
``../shared/eval/score_events.py`` when it is there (precision, recall, F1).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from _common import REPO, case, generated, knowledge, phase, read_truth, require, truth_to_clipping

SIZES = {"small": 60, "full": 5_000}
N_PROCESS = 2


def _model() -> str:
    import inspect

    from veillegraph.extract import Extractor

    default = inspect.signature(Extractor.__init__).parameters.get("model")
    return str(default.default) if default is not None and isinstance(default.default, str) else "fr_core_news_sm"


def _texts(truth: str) -> list[str]:
    return [r["text"] for r in read_truth(Path(truth))]


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the parsing workers)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def bare_pipe(truth: str, model: str, exclude: list[str]) -> dict[str, Any]:
    import multiprocessing

    import spacy

    texts = _texts(truth)
    nlp = spacy.load(model, exclude=exclude)
    c0, t0 = _cpu(), time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=N_PROCESS, batch_size=64))
    seconds = time.perf_counter() - t0
    for proc in multiprocessing.active_children():  # reap the workers so their CPU time is counted
        proc.join()
    return {"seconds": seconds, "cpu_seconds": _cpu() - c0, "clippings": len(texts), "tokens": tokens}


def extractor(truth: str, pred_out: str) -> dict[str, Any]:
    import csv

    from veillegraph.extract import Extractor

    kn = knowledge()
    clips = [truth_to_clipping(r, position=i) for i, r in enumerate(read_truth(Path(truth)), start=1)]
    ex = Extractor(kn)
    c0, t0 = _cpu(), time.perf_counter()
    results = list(ex.extract_many(clips, n_process=N_PROCESS))
    seconds = time.perf_counter() - t0
    cpu_seconds = _cpu() - c0

    def labels(ref: Any) -> str:
        if ref is None:
            return ""
        ent = kn.entities.get(ref.iri) if ref.iri else None
        return "|".join(lb.text for lb in ent.labels) if ent is not None else ref.text

    n_events = 0
    with open(pred_out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["clipping_id", "type", "agent", "object", "date", "amount_eur", "count", "modality"])
        for clip, events in results:
            for ev in events:
                n_events += 1
                code = kn.event_types[ev.type].top_code if ev.type in kn.event_types else ev.type
                w.writerow([clip.id, code, labels(ev.agent), labels(ev.object), ev.date.value if ev.date else "",
                            "" if ev.amount is None else str(ev.amount), "" if ev.count is None else ev.count,
                            ev.modality])
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "clippings": len(clips), "events": n_events}


def score(truth: Path, pred: Path) -> dict[str, Any] | None:
    scorer = REPO.parent / "shared" / "eval" / "score_events.py"
    if not scorer.exists():
        return None
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(scorer), str(truth), str(pred)], capture_output=True, text=True,
                         check=False).stdout
    lines = [ln.strip() for ln in out.splitlines() if ln.strip()]
    return {"score_events": lines}


def run(size: str) -> dict[str, Any]:
    require("veillegraph.extract", "Extractor")
    n = SIZES[size]
    _, truth = generated(n)
    model = _model()
    pred = truth.with_name(truth.name.replace("truth-", "pred-").replace(".jsonl", ".csv"))
    base = phase("bench_extract:bare_pipe", str(truth), model, [])
    ex = phase("bench_extract:extractor", str(truth), str(pred))
    nn = phase("bench_extract:bare_pipe", str(truth), model, ["ner"])
    cases = [
        case(f"bare nlp.pipe {model} full pipeline, n_process=2 (baseline)", base, base["clippings"], "clippings"),
        case("Extractor.extract_many, n_process=2", ex, ex["clippings"], "clippings", baseline=base,
             target="throughput ratio ≥ 1.0", limit=1.0, lower_is_better=False, events=ex["events"]),
        case(f"bare nlp.pipe {model} without ner, n_process=2", nn, nn["clippings"], "clippings", baseline=base,
             lower_is_better=False),
    ]
    quality = score(truth, pred)
    notes = [f"{base['tokens']:,} tokens in {n:,} clippings",
             "CPU seconds (the process and its worker processes, less sensitive to other load on the machine "
             f"than wall time): baseline {base['cpu_seconds']:.1f}, extractor {ex['cpu_seconds']:.1f} "
             f"(work ratio {base['cpu_seconds'] / ex['cpu_seconds']:.3f}), without ner {nn['cpu_seconds']:.1f}"]
    if quality:
        notes.append("quality on the generated ground truth (score_events.py): "
                     + " / ".join(quality["score_events"]))
    return {"clippings": n, "model": model, "cases": cases, "quality": quality, "notes": notes,
            "ratio": cases[1]["ratio"], "target": "extractor throughput ≥ 1.0 × bare nlp.pipe",
            "met": cases[1].get("met")}
