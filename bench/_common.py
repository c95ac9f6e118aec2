"""Helpers shared by the benchmarks: generated data (cached), isolated measured phases, results.

A *phase* is one measured piece of work run in a fresh Python process, so that its peak
memory is its own: ``phase("bench_store_load:raw_load", path)`` runs
``bench_store_load.raw_load(path)`` in a child, which returns a dict (``seconds`` is the
timed section it measured itself); the parent adds ``peak_rss_mb`` (the child's maximum
resident set, from ``os.wait4``) and ``wall_s`` (the child's whole life, start-up included).

Generated data lives in ``bench/.cache/`` keyed by size, seed, format and a digest of the
generator and the reference data, so a benchmark run regenerates only what changed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SRC = REPO / "src"
CACHE = BENCH / ".cache"
RESULTS = BENCH / "results"
SEED = 42

for p in (str(SRC), str(BENCH)):
    if p not in sys.path:
        sys.path.insert(0, p)


class NotAvailable(Exception):
    """The code a benchmark measures is not in the tree yet."""


def require(module: str, *names: str) -> Any:
    """Import ``module`` (and check ``names`` on it) or raise ``NotAvailable``."""
    import importlib

    try:
        mod = importlib.import_module(module)
    except Exception as exc:  # not written yet, or broken mid-edit
        raise NotAvailable(f"{module} cannot be imported: {type(exc).__name__}: {exc}") from exc
    for name in names:
        if not hasattr(mod, name):
            raise NotAvailable(f"{module}.{name} does not exist yet")
    return mod


# --- generated data ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _data_digest() -> str:
    """Cache key of generated data: the generator's code, read once per process.

    ``VG_BENCH_DATA_TAG`` overrides it (to reuse data across edits). Reference-data edits do not
    regenerate the cache; removing ``bench/.cache`` does.
    """
    tag = os.environ.get("VG_BENCH_DATA_TAG")
    if tag:
        return tag
    return hashlib.sha256((BENCH / "generate.py").read_bytes()).hexdigest()[:10]


@functools.lru_cache(maxsize=1)
def _dataset_digest() -> str:
    """Cache key of the built dataset: the generated data's key plus what turns it into quads (the build
    and minting code, the ontology and reference data), so a dataset is never measured stale."""
    tag = os.environ.get("VG_BENCH_DATA_TAG")
    if tag:
        return tag
    h = hashlib.sha256(_data_digest().encode())
    src = BENCH.parent / "src" / "veillegraph"
    for path in [src / "build.py", src / "mint.py", *sorted((BENCH.parent / "ontology").rglob("*.ttl"))]:
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


def generated(n: int, fmt: str = "jsonl", seed: int = SEED) -> tuple[Path, Path]:
    """Paths of ``n`` generated clippings in ``fmt`` and of their ground truth (made once, cached)."""
    tag = f"{n}-s{seed}-{_data_digest()}"
    out = CACHE / (f"clips-{tag}" + ("" if fmt == "folder" else f".{fmt}"))
    truth = CACHE / f"truth-{tag}.jsonl"
    done = CACHE / f".done-{fmt}-{tag}"
    if not done.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        if fmt == "folder" and out.exists():
            for f in out.iterdir():
                f.unlink()
        subprocess.run([sys.executable, str(BENCH / "generate.py"), "--clippings", str(n), "--seed", str(seed),
                        "--format", fmt, "--out", str(out), "--ground-truth", str(truth)],
                       check=True, env=child_env(), stderr=subprocess.DEVNULL)
        done.touch()
    return out, truth


def read_truth(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def truth_to_clipping(rec: dict[str, Any], source: str = "bench.jsonl", position: int = 1) -> Any:
    from veillegraph.model import Clipping, Origin

    return Clipping(text=rec["text"], id=rec["id"], title=None, published=rec.get("published"),
                    source_url=rec.get("source_url"), lang=rec.get("lang"),
                    origins=(Origin(source, position),))


def truth_to_events(rec: dict[str, Any]) -> list[Any]:
    """The ground-truth events of one generated clipping as ``ExtractedEvent``s (pre-extracted events)."""
    from decimal import Decimal

    from veillegraph.model import EntityRef, ExtractedEvent, PartialDate, Span

    out = []
    text = rec["text"]
    for ev in rec["events"]:
        sp = ev["spans"]
        agent = obj = None
        if ev.get("agent") and "agent" in sp:
            s, e = sp["agent"]
            agent = EntityRef(text[s:e], Span(s, e), ev.get("agent_iri"), ev.get("agent_kind") or "public_body")
        if ev.get("object") and "object" in sp:
            s, e = sp["object"]
            obj = EntityRef(text[s:e], Span(s, e), ev.get("object_iri"), ev.get("object_kind") or "document")
        date_text = text[slice(*sp["date"])] if "date" in sp else None
        ts, te = sp.get("trigger", sp["evidence"])
        out.append(ExtractedEvent(
            type=ev["type"], evidence=Span(*sp["evidence"]), trigger=Span(ts, te), agent=agent, object=obj,
            date=PartialDate(ev["date"]) if ev.get("date") else None, date_text=date_text,
            amount=Decimal(ev["amount_eur"]) if ev.get("amount_eur") is not None else None,
            currency="EUR" if ev.get("amount_eur") is not None else None, count=ev.get("count"),
            modality=ev.get("modality") or "realised"))
    return out


def knowledge() -> Any:
    """The packaged knowledge; when its event types are missing, a minimal stand-in with the base codes."""
    from veillegraph import _vocab as V
    from veillegraph.knowledge import EventType, Knowledge, default_knowledge

    try:
        kn = default_knowledge()
        if kn.event_types:
            return kn
    except Exception:  # reference data mid-edit: benchmarks of the write path still run
        pass
    codes = ["censure", "rejet", "annulation", "validation", "sanction", "mise_en_demeure", "entree_en_vigueur",
             "entree_en_application", "adoption", "publication", "prolongation", "experimentation",
             "proposition", "saisine", "avis", "autre"]
    return Knowledge({}, {c: EventType(V.VGT[c].value, c, c, (), (), ()) for c in codes}, (), ())


def write_nquads(n: int, seed: int = SEED) -> tuple[Path, int]:
    """The whole dataset of ``n`` generated clippings (knowledge + one graph per clipping) as N-Quads, cached.

    Events are the ground truth (pre-extracted), so the graph is realistic without running the extractor.
    Returns the path and the number of quads.
    """
    _, truth = generated(n, "jsonl", seed)
    out = CACHE / f"dataset-{n}-s{seed}-{_dataset_digest()}.nq"
    count_file = out.with_suffix(".count")
    if out.exists() and count_file.exists():
        return out, int(count_file.read_text())
    import pyoxigraph as ox

    from veillegraph.build import clipping_quads, knowledge_quads

    kn = knowledge()
    seen: set[str] = set()
    total = 0
    tmp = out.with_suffix(".part")
    with open(tmp, "wb") as f:
        kq = list(knowledge_quads(kn))
        f.write(ox.serialize(kq, format=ox.RdfFormat.N_QUADS) or b"")
        total += len(kq)
        batch: list[Any] = []
        for i, rec in enumerate(read_truth(truth), start=1):
            if rec["text"] in seen:
                continue
            seen.add(rec["text"])
            batch.extend(clipping_quads(truth_to_clipping(rec, position=i), truth_to_events(rec), kn))
            if len(batch) > 50_000:
                f.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS) or b"")
                total += len(batch)
                batch = []
        f.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS) or b"")
        total += len(batch)
    tmp.replace(out)
    count_file.write_text(str(total))
    return out, total


def dataset_store(n: int, seed: int = SEED, nq: Path | None = None) -> Path:
    """An on-disk pyoxigraph store holding the dataset of ``n`` clippings (bulk-loaded once, cached)."""
    if nq is None:
        nq, _ = write_nquads(n, seed)
    d = nq.with_name(nq.name.replace(".nq", ".store"))
    done = d / ".loaded"
    if not done.exists():
        import shutil

        import pyoxigraph as ox

        shutil.rmtree(d, ignore_errors=True)
        store = ox.Store(str(d))
        store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        store.flush()
        store.optimize()
        del store
        done.touch()
    return d


# --- measured phases ----------------------------------------------------------------------------


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(BENCH), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.setdefault("PYTHONHASHSEED", "0")
    return env


class PhaseTimeout(Exception):
    """A phase ran past its time limit and was stopped."""


def phase(target: str, *args: Any, timeout: float = 3 * 3600) -> dict[str, Any]:
    """Run ``module:function(*args)`` in a fresh process; its dict result plus ``peak_rss_mb`` and ``wall_s``.

    Past ``timeout`` seconds the child's process group is killed and ``PhaseTimeout`` raised.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as tmp:
        out = Path(tmp.name)
    code = ("import json, sys, importlib; m, f = sys.argv[1].split(':'); "
            "r = getattr(importlib.import_module(m), f)(*json.loads(sys.argv[2])); "
            "r['self_peak_rss_mb'] = importlib.import_module('_common').proc_peak_rss_mb('self'); "
            "open(sys.argv[3], 'w').write(json.dumps(r))")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, target, json.dumps(args, default=str), str(out)],
                            env=child_env(), cwd=str(REPO), start_new_session=True)
    # ru_maxrss of wait4 starts from the parent's high-water mark at fork (it survives exec), so the
    # peak is taken from /proc VmHWM of the child and of its descendants (a server, a JVM), polled.
    peaks: dict[int, float] = {}
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        for p in _descendants(proc.pid):
            hwm = proc_peak_rss_mb(p)
            if hwm is not None:
                peaks[p] = max(peaks.get(p, 0.0), hwm)
        if time.perf_counter() - t0 > timeout:
            import signal

            os.killpg(proc.pid, signal.SIGKILL)
            os.wait4(proc.pid, 0)
            proc.returncode = -9
            out.unlink(missing_ok=True)
            raise PhaseTimeout(f"{target} stopped after {timeout:.0f} s")
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    try:
        if proc.returncode != 0:
            raise RuntimeError(f"phase {target} failed with exit code {proc.returncode}")
        result: dict[str, Any] = json.loads(out.read_text() or "{}")
    finally:
        out.unlink(missing_ok=True)
    own = result.pop("self_peak_rss_mb", None)
    result["peak_rss_mb"] = max([own or 0.0, *peaks.values()]) or round(usage.ru_maxrss / 1024, 1)
    result["wall_s"] = round(wall, 3)
    return result


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from /proc/<pid>/task/*/children."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return out


def proc_peak_rss_mb(pid: int | str) -> float | None:
    """Peak resident memory (VmHWM) of a live process, from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def case(name: str, m: dict[str, Any], work: float | None = None, unit: str = "", *,
         baseline: dict[str, Any] | None = None, target: str | None = None,
         limit: float | None = None, lower_is_better: bool = True, **extra: Any) -> dict[str, Any]:
    """One row of a benchmark's results.

    ``m`` is a phase result (``seconds``, ``peak_rss_mb``); ``work`` the amount done (triples,
    clippings…) for the throughput; ``baseline`` the phase it is compared with (ratio =
    seconds / baseline seconds); ``limit`` the ratio the target allows (``lower_is_better``
    False for a throughput ratio that must reach ``limit``).
    """
    secs = float(m["seconds"])
    row: dict[str, Any] = {"case": name, "seconds": round(secs, 4), "peak_rss_mb": m.get("peak_rss_mb")}
    if work is not None and secs > 0:
        row["throughput"] = round(work / secs, 1)
        row["unit"] = f"{unit}/s"
    if baseline is not None and float(baseline["seconds"]) > 0:
        ratio = secs / float(baseline["seconds"])
        if not lower_is_better:
            ratio = 1 / ratio if ratio else float("inf")
        row["ratio"] = round(ratio, 3)
    if target:
        row["target"] = target
    if limit is not None and "ratio" in row:
        row["met"] = row["ratio"] <= limit if lower_is_better else row["ratio"] >= limit
    row.update(extra)
    return row


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    versions = {}
    for mod in ("pyoxigraph", "rdflib", "pyshacl", "spacy", "networkx"):
        try:
            from importlib.metadata import version

            versions[mod] = version(mod)
        except Exception:
            versions[mod] = None
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": mem_gb, "python": platform.python_version(),
            "system": platform.platform(), "versions": versions}
