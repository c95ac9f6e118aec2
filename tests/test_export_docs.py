"""docs/export.md documents every exporter, projection and error code of the export commands."""

from __future__ import annotations

import re
from pathlib import Path

from veillegraph.export import EXPORTERS, PROJECTIONS

REPO = Path(__file__).resolve().parents[1]
DOC = (REPO / "docs" / "export.md").read_text("utf-8")


def test_every_format_and_projection_is_documented() -> None:
    for name, exporter in EXPORTERS:
        assert f"`{name}`" in DOC, name
        assert f"`.{exporter.extension}`" in DOC, exporter.extension
    for name in PROJECTIONS:
        assert f"`{name}`" in DOC, name


def test_every_error_code_is_documented() -> None:
    sources = [REPO / "src" / "veillegraph" / p for p in
               ("export/__init__.py", "export/_data.py", "commands/export.py", "commands/report.py",
                "commands/stats.py")]
    codes = {c for p in sources for c in re.findall(r'code="(VG8\d\d)"', p.read_text("utf-8"))}
    assert codes
    for code in sorted(codes):
        assert code in DOC, code
