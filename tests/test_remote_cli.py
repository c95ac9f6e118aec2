"""``veillegraph push`` and ``veillegraph pull`` against a real local oxigraph server."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from veillegraph import _vocab as V
from veillegraph import cli

pytestmark = pytest.mark.server


def make_store(path: Path, n: int) -> set[ox.Quad]:
    store = ox.Store(str(path))
    quads = set()
    for i in range(n):
        g = V.GRAPH[f"clipping/cli{i}"]
        c = V.ID[f"clipping/cli{i}"]
        quads |= {ox.Quad(c, V.TYPE, V.CLIPPING, g), ox.Quad(c, V.IDENTIFIER, ox.Literal(f"s{i}"), g)}
    quads.add(ox.Quad(V.ID["actor/cnil"], V.PREF_LABEL, ox.Literal("CNIL", language="fr"), V.REFERENCE_GRAPH))
    store.extend(sorted(quads, key=str))
    store.flush()
    del store
    gc.collect()
    return quads


def read_store(path: Path) -> set[ox.Quad]:
    store = ox.Store.read_only(str(path))
    out = set(store)
    del store
    gc.collect()
    return out


@pytest.mark.parametrize("how", ["--update-endpoint", "--graph-store"])
def test_push_then_pull(oxigraph_server: Any, tmp_path: Path, how: str,
                        capsys: pytest.CaptureFixture[str]) -> None:
    quads = make_store(tmp_path / "a", 5)
    target = oxigraph_server.update_url if how == "--update-endpoint" else oxigraph_server.store_url
    push = ["push", "--store", str(tmp_path / "a"), "--endpoint", oxigraph_server.query_url, how, target]
    assert cli.main(push) == 0
    assert "pushed 6 named graph(s)" in capsys.readouterr().err
    assert cli.main(push) == 0
    err = capsys.readouterr().err
    assert "pushed 0 named graph(s)" in err and "6 already there" in err
    pull = ["pull", "--store", str(tmp_path / "b"), "--endpoint", oxigraph_server.query_url]
    assert cli.main(pull) == 0
    assert read_store(tmp_path / "b") == quads
    capsys.readouterr()
    assert cli.main(pull) == 0
    assert "pulled 0 named graph(s)" in capsys.readouterr().err


def test_clear_errors(oxigraph_server: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_store(tmp_path / "a", 1)
    assert cli.main(["push", "--store", str(tmp_path / "a"), "--endpoint", "ftp://x",
                     "--update-endpoint", oxigraph_server.update_url]) == 2
    assert "http(s) URL" in capsys.readouterr().err
    assert cli.main(["push", "--store", str(tmp_path / "a"), "--endpoint", oxigraph_server.query_url]) == 2
    assert "--update-endpoint" in capsys.readouterr().err
    oxigraph_server.stop()
    assert cli.main(["push", "--store", str(tmp_path / "a"), "--endpoint", oxigraph_server.query_url,
                     "--update-endpoint", oxigraph_server.update_url, "--retries", "1",
                     "--timeout", "2"]) == 2
    err = capsys.readouterr().err
    assert "VG410" in err and "failed after 2 attempt(s)" in err
