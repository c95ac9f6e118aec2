"""A full disk: a clear error (no traceback), the previous output file or store intact, and the
next build finishes the work.

The disk is filled in two ways: ``RLIMIT_FSIZE`` set in the child before it starts (every file it
writes is capped; Python ignores SIGXFSZ, so writes fail with EFBIG), and, when the tests run as
root and ``mount -t tmpfs`` works, a small tmpfs (writes fail with ENOSPC).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from veillegraph import _vocab as V
from veillegraph.ingest import read_inputs
from veillegraph.model import Clipping

REPO = Path(__file__).resolve().parents[1]
INPUT = Path(__file__).resolve().parent / "fixtures" / "robust" / "clippings-80.jsonl"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def vg(args: list[str], *, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``veillegraph ARGS`` in a child whose files are capped at ``fsize`` bytes."""
    def cap() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run([sys.executable, "-m", "veillegraph", *args], env=_env(), preexec_fn=cap,
                          capture_output=True, text=True, timeout=600)


def assert_clear_error(proc: subprocess.CompletedProcess[str], code: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert f"veillegraph: error: [{code}]" in proc.stderr, proc.stderr[-2000:]


def lines(path: Path, start: int, stop: int) -> Path:
    out = path.parent / f"{path.stem}-{start}-{stop}.jsonl"
    out.write_text("".join(INPUT.read_text(encoding="utf-8").splitlines(keepends=True)[start:stop]), encoding="utf-8")
    return out


def whole_clippings(directory: Path) -> int:
    """Open the store and check every clipping graph is whole: one clipping with its text, and every event
    with its evidence, target and both selectors, the quote equal to the text at the offsets. Returns how many."""
    store = ox.Store.read_only(str(directory))
    try:
        n = 0
        for g in store.named_graphs():
            if not (isinstance(g, ox.NamedNode) and g.value.startswith(V.GRAPH["clipping/"].value)):
                continue
            n += 1
            clips = [q.subject for q in store.quads_for_pattern(None, V.TYPE, V.CLIPPING, g)]
            assert len(clips) == 1, g
            text = next(store.quads_for_pattern(clips[0], V.TEXT, None, g)).object.value
            for ev in store.quads_for_pattern(None, V.TYPE, V.EVENT, g):
                ann = next(store.quads_for_pattern(ev.subject, V.EVIDENCE, None, g)).object
                target = next(store.quads_for_pattern(ann, V.OA.hasTarget, None, g)).object
                sels = [q.object for q in store.quads_for_pattern(target, V.OA.hasSelector, None, g)]
                assert len(sels) == 2, (g, ev.subject)
                pos = next(s for s in sels if any(store.quads_for_pattern(s, V.OA.start, None, g)))
                quote = next(s for s in sels if s != pos)
                start = int(next(store.quads_for_pattern(pos, V.OA.start, None, g)).object.value)
                end = int(next(store.quads_for_pattern(pos, V.OA.end, None, g)).object.value)
                exact = next(store.quads_for_pattern(quote, V.OA.exact, None, g)).object.value
                assert exact == text[start:end], (g, ev.subject)
        return n
    finally:
        del store


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the first 5 clippings, built normally."""
    d = tmp_path_factory.mktemp("disk")
    store = d / "store"
    proc = vg(["-q", "build", str(lines(d / "x", 0, 5)), "--store", str(store)])
    assert proc.returncode == 0, proc.stderr
    return store


# --- RLIMIT_FSIZE ---------------------------------------------------------------------------------

def test_build_output_on_a_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    """Row "disk full while writing --output": VG401, the previous file untouched, no .part left."""
    out = tmp_path / "g.trig"
    out.write_text("# the previous build\n", encoding="utf-8")
    proc = vg(["-q", "build", str(lines(tmp_path / "x", 0, 3)), "--output", str(out)], fsize=100_000)
    assert_clear_error(proc, "VG401")
    assert out.read_text(encoding="utf-8") == "# the previous build\n"
    assert not list(tmp_path.glob("*.part"))


def test_build_store_on_a_full_disk_keeps_whole_clippings(tmp_path: Path, small_store: Path) -> None:
    """Row "disk full while adding to --store": VG404, the store opens with whole clippings only, and the
    next build (disk free again) adds the rest."""
    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    before = whole_clippings(store)
    more = lines(tmp_path / "x", 0, 40)
    distinct = sum(1 for i in read_inputs([str(more)]) if isinstance(i, Clipping))
    proc = vg(["-q", "build", str(more), "--store", str(store)], fsize=300_000)
    assert_clear_error(proc, "VG404")
    assert before <= whole_clippings(store) < distinct
    assert vg(["-q", "build", str(more), "--store", str(store)]).returncode == 0
    assert whole_clippings(store) == distinct


def test_export_on_a_full_disk_keeps_the_old_file(tmp_path: Path, example_trig: Path) -> None:
    """Row "disk full while exporting": a clear error, the previous export intact."""
    out = tmp_path / "e.graphml"
    out.write_text("previous\n", encoding="utf-8")
    proc = vg(["-q", "export", str(example_trig), "--format", "graphml", "--output", str(out)], fsize=2_000)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert "veillegraph: error: [" in proc.stderr
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_report_on_a_full_disk_keeps_the_old_file(tmp_path: Path, example_trig: Path) -> None:
    """Row "disk full while writing the report": the previous report intact (was a bug before 2643600)."""
    out = tmp_path / "r.html"
    out.write_text("previous\n", encoding="utf-8")
    proc = vg(["-q", "report", str(example_trig), "--output", str(out)], fsize=4_000)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert out.read_text(encoding="utf-8") == "previous\n"


# --- a real full file system (tmpfs) -----------------------------------------------------------------

@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a tmpfs")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_build_output_on_a_full_tmpfs(tmp_path: Path, tiny_fs: Path) -> None:
    """Row "no space left on device (tmpfs)": ENOSPC gives VG401 and leaves the filesystem as it was."""
    out = tiny_fs / "g.trig"
    out.write_text("# the previous build\n", encoding="utf-8")
    filler = tiny_fs / "filler"
    filler.write_bytes(b"\0" * (1024 * 1024 - 64 * 1024))  # 64 kB left: less than the dataset
    proc = vg(["-q", "build", str(lines(tmp_path / "x", 0, 3)), "--output", str(out)])
    assert_clear_error(proc, "VG401")
    assert out.read_text(encoding="utf-8") == "# the previous build\n"
    assert sorted(p.name for p in tiny_fs.iterdir()) == ["filler", "g.trig"]


def test_build_store_on_a_full_tmpfs(tmp_path: Path, tiny_fs: Path) -> None:
    """Row "no space left on device while creating a store": a clear error, never a traceback."""
    proc = vg(["-q", "build", str(lines(tmp_path / "x", 0, 3)), "--store", str(tiny_fs / "store")])
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "veillegraph: error: [VG40" in proc.stderr, proc.stderr[-2000:]
