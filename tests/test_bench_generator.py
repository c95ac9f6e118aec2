"""The benchmark generator (``bench/generate.py``): deterministic, realistic, the sizes asked, bounded memory."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GEN = REPO / "bench" / "generate.py"
sys.path.insert(0, str(REPO / "bench"))

import generate  # noqa: E402

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TYPES = {t for t, _ in generate.TYPE_WEIGHTS}


def _gen(tmp: Path, n: int, fmt: str = "jsonl", seed: int = 42, *extra: str) -> tuple[Path, Path]:
    out = tmp / (f"c-{fmt}-{seed}" + ("" if fmt == "folder" else f".{fmt}"))
    truth = tmp / f"t-{fmt}-{seed}.jsonl"
    subprocess.run([sys.executable, str(GEN), "--clippings", str(n), "--seed", str(seed), "--format", fmt,
                    "--out", str(out), "--ground-truth", str(truth), "--fallback", *extra],
                   check=True, capture_output=True)
    return out, truth


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], list[dict]]:
    d = tmp_path_factory.mktemp("gen")
    out, truth = _gen(d, 2000)
    lines = out.read_text(encoding="utf-8").splitlines()
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            records.append({"malformed": line})
    return records, [json.loads(x) for x in truth.read_text(encoding="utf-8").splitlines()]


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    a, ta = _gen(tmp_path / "a", 400)
    b, tb = _gen(tmp_path / "b", 400)
    c, _ = _gen(tmp_path / "c", 400, seed=43)
    assert a.read_bytes() == b.read_bytes()
    assert ta.read_bytes() == tb.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_a_longer_run_starts_with_the_shorter_one(tmp_path: Path) -> None:
    """The output is a stream: N+10 clippings begin with the same N (the ingest benchmark relies on it)."""
    short, _ = _gen(tmp_path / "s", 200)
    long, _ = _gen(tmp_path / "l", 210)
    assert long.read_text(encoding="utf-8").splitlines()[:200] == short.read_text(encoding="utf-8").splitlines()


def test_records_have_the_jsonl_fields(sample: tuple[list[dict], list[dict]]) -> None:
    records, _ = sample
    good = [r for r in records if "text" in r]
    assert len(records) == 2000
    ids = [r["id"] for r in good]
    assert len(set(ids)) == len(ids)
    for r in good:
        assert set(r) == {"id", "text", "published", "source_url", "lang", "title"}
        assert r["lang"] in ("fr", "en")
        assert r["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])
        host = re.match(r"https://([^/]+)/", r["source_url"])
        assert host and (host.group(1).endswith("example.org") or host.group(1).endswith("example.com"))
        assert r["text"].strip() and r["title"].strip()


def test_proportions_look_like_the_gold_files(sample: tuple[list[dict], list[dict]]) -> None:
    records, truth = sample
    good = [r for r in records if "text" in r]
    fr = sum(r["lang"] == "fr" for r in good) / len(good)
    assert 0.85 <= fr <= 0.95
    fresh = [t for t in truth if t["kind"] == "fresh"]
    eventless = sum(not t["events"] for t in fresh) / len(fresh)
    assert 0.33 <= eventless <= 0.5
    kinds = Counter(t["kind"] for t in truth)
    assert 0.01 <= kinds["duplicate"] / len(truth) <= 0.03
    assert kinds["near-duplicate"] > 0
    malformed = len(records) - len(good)
    assert 1 <= malformed <= 10
    per_clip = Counter(len(t["events"]) for t in fresh if t["events"])
    assert per_clip[2] > 0 and per_clip[3] > 0
    assert sum(len(t["events"]) for t in truth) / len(truth) > 0.6


def test_exact_duplicates_repeat_an_earlier_text(sample: tuple[list[dict], list[dict]]) -> None:
    _, truth = sample
    seen: set[str] = set()
    for t in truth:
        if t["kind"] == "duplicate":
            assert t["text"] in seen
        seen.add(t["text"])


def test_the_same_act_is_told_by_several_clippings_in_other_words(sample: tuple[list[dict], list[dict]]) -> None:
    _, truth = sample
    texts: dict[int, set[str]] = {}
    for t in truth:
        if t["kind"] != "fresh":
            continue
        for ev in t["events"]:
            s, e = ev["spans"]["evidence"]
            texts.setdefault(ev["act"], set()).add(t["text"][s:e])
    retold = [a for a, sents in texts.items() if len(sents) >= 2]
    assert len(retold) >= 30


def test_ground_truth_events_are_well_formed_and_anchored(sample: tuple[list[dict], list[dict]]) -> None:
    _, truth = sample
    modalities: Counter[str] = Counter()
    for t in truth:
        text = t["text"]
        for ev in t["events"]:
            assert ev["type"] in TYPES
            assert ev["modality"] in ("realised", "announced", "expected", "proposed")
            modalities[ev["modality"]] += 1
            assert ev["date"] is None or DATE.match(ev["date"])
            assert ev["amount_eur"] is None or ev["type"] == "sanction"
            sp = ev["spans"]
            s, e = sp["evidence"]
            assert 0 <= s < e <= len(text)
            evidence = text[s:e]
            assert "n'a pas" not in evidence and "n'ont pas" not in evidence  # negated acts state no event
            for key in ("trigger", "agent", "object", "date", "amount", "count"):
                if key in sp:
                    a, b = sp[key]
                    assert s <= a < b <= e, (t["id"], key)
                    assert text[a:b].strip() == text[a:b]
            if ev["agent"] is not None and t["kind"] == "fresh":
                assert "agent" in sp
            if ev["date"] is not None:
                assert "date" in sp
    assert modalities["expected"] and modalities["announced"] and modalities["proposed"]


def test_a_counted_party_keeps_its_numeral_in_the_truth(sample: tuple[list[dict], list[dict]]) -> None:
    # the gold files write a counted party with its numeral ("douze communes", "21 sanctions"): so does the truth
    _, truth = sample
    counted = 0
    for t in truth:
        for ev in t["events"]:
            sp = ev["spans"]
            if "count" in sp and "object" in sp and sp["object"][0] == sp["count"][1] + 1:
                counted += 1
                assert ev["object"] == t["text"][sp["count"][0]:sp["object"][1]], (t["id"], ev["object"])
    assert counted > 10


def test_amounts_dates_and_negations_come_in_many_forms(sample: tuple[list[dict], list[dict]]) -> None:
    _, truth = sample
    dates, amounts = set(), set()
    negated = 0
    for t in truth:
        negated += "n'a pas" in t["text"] or "n'ont pas" in t["text"]
        for ev in t["events"]:
            if "date" in ev["spans"]:
                a, b = ev["spans"]["date"]
                phrase = t["text"][a:b]
                dates.add("numeric" if "/" in phrase else "relative" if phrase.lower() in ("hier", "le mois dernier")
                          or phrase.lower().startswith("ce ") else "month" if len(ev["date"]) == 7
                          else "year" if len(ev["date"]) == 4 else "day")
            if "amount" in ev["spans"]:
                a, b = ev["spans"]["amount"]
                phrase = t["text"][a:b]
                amounts.add("M€" if "M€" in phrase else "words" if phrase[0].isalpha() else
                            "million" if "million" in phrase else "digits")
    assert dates >= {"numeric", "relative", "month", "year", "day"}
    assert amounts >= {"M€", "million", "digits"}
    assert negated > 10


@pytest.mark.parametrize("fmt", ["txt", "folder", "rss"])
def test_other_formats_hold_the_same_clippings(tmp_path: Path, fmt: str) -> None:
    out, truth = _gen(tmp_path, 300, fmt)
    texts = [json.loads(x)["text"] for x in truth.read_text(encoding="utf-8").splitlines()]
    if fmt == "txt":
        body = out.read_text(encoding="utf-8")
        assert all(t in body for t in texts)
        assert "Your new post is loading..." in body
    elif fmt == "folder":
        files = sorted(out.iterdir())
        assert len(files) == 300
        contents = {f.read_text(encoding="utf-8", errors="replace").rstrip("\n") for f in files}
        assert set(texts) <= contents
    else:
        import feedparser

        feed = feedparser.parse(out.read_bytes())
        assert not feed.bozo
        assert len(feed.entries) == 300
        described = {e.get("description", "") for e in feed.entries}
        assert set(texts) <= described


def test_streams_many_clippings_fast_in_bounded_memory(tmp_path: Path) -> None:
    code = ("import resource, subprocess, sys; subprocess.run([sys.executable, sys.argv[1], '--clippings', '10000',"
            " '--format', 'jsonl', '--out', sys.argv[2], '--fallback'], check=True, capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(GEN), str(tmp_path / "big.jsonl")], check=True,
                         capture_output=True, text=True)
    assert int(out.stdout) < 150 * 1024  # KiB: the generator keeps only small pools of recent acts
    assert len((tmp_path / "big.jsonl").read_text(encoding="utf-8").splitlines()) == 10000


def test_names_come_from_the_reference_data_when_it_is_there() -> None:
    ents = generate._from_knowledge()
    if ents is None:
        pytest.skip("ontology/reference has no usable actors yet")
    gen = generate.Generator(1)
    assert gen.world.source == "reference"
    labels = {e.label for e in ents}
    agents = {ev["agent"] for c in gen.clippings(300) for ev in c.events if ev["agent"]}
    assert agents and len(agents & labels) / len(agents) > 0.5


def test_score_events_reads_the_ground_truth(tmp_path: Path) -> None:
    """The ground truth is in the gold format: scoring it against its own rows gives F1 1.0."""
    scorer = SHARED / "eval" / "score_events.py"
    if not scorer.exists():
        pytest.skip("../shared/eval is not here")
    _, truth = _gen(tmp_path, 300)
    pred = tmp_path / "pred.csv"
    with open(pred, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["clipping_id", "type", "agent", "object", "date", "amount_eur", "count", "modality"])
        for line in truth.read_text(encoding="utf-8").splitlines():
            t = json.loads(line)
            for ev in t["events"]:
                w.writerow([t["id"], ev["type"], ev["agent"] or "", ev["object"], ev["date"] or "",
                            ev["amount_eur"] or "", ev["count"] or "", ev["modality"]])
    out = subprocess.run([sys.executable, str(scorer), str(truth), str(pred)], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().splitlines()[-1] == "F1 1.000"
