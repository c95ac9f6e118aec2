"""The public API is pinned: a removal or an accidental addition fails here (httpx's practice)."""

from __future__ import annotations

import importlib

import pytest

import veillegraph

PUBLIC = sorted([
    "BuildOutcome", "Clipping", "EntityRef", "ExtractedEvent", "InputError", "Knowledge", "KnowledgeError",
    "Origin", "PartialDate", "QueryError", "Span", "StoreError", "UsageError", "VeillegraphError", "__version__",
    "build_into_store", "build_to_file", "default_knowledge", "load_knowledge", "open_store", "read_dataset",
    "write_dataset",
])


def test_top_level_all_is_pinned() -> None:
    assert sorted(veillegraph.__all__) == PUBLIC
    for name in PUBLIC:
        assert hasattr(veillegraph, name), name


@pytest.mark.parametrize("package", ["ingest", "extract", "query", "validate", "export", "report"])
def test_stage_packages_export_what_they_list(package: str) -> None:
    mod = importlib.import_module(f"veillegraph.{package}")
    names = mod.__all__
    assert names == sorted(names, key=lambda n: (not n.isupper(), not n[:1].isupper(), n)) or names == sorted(names)
    for name in names:
        assert hasattr(mod, name), f"veillegraph.{package}.__all__ lists {name} but it does not exist"


def test_importing_veillegraph_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, veillegraph; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr
