"""Static checks run as tests: mypy --strict on src/, ruff on src/ and tests/, py.typed ships."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tool(name: str) -> list[str]:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return [str(beside)]
    if shutil.which(name):
        return [name]
    pytest.skip(f"{name} is not installed (pip install '.[test]')")


def test_mypy_strict_on_src() -> None:
    proc = subprocess.run([*_tool("mypy"), "--strict", "src/veillegraph"], cwd=REPO, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_is_clean() -> None:
    proc = subprocess.run([*_tool("ruff"), "check", "src", "tests", "bench"], cwd=REPO, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_py_typed_ships() -> None:
    assert (REPO / "src" / "veillegraph" / "py.typed").exists()
