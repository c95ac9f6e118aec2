"""Find the data directories (``ontology/``, ``shapes/``, ``queries/``).

In an installed wheel they live in ``veillegraph/data/``; in a source checkout
(editable install or ``PYTHONPATH=src``) they are the top-level folders of the
repository.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_NAMES = ("ontology", "shapes", "queries")


def data_dir(name: str) -> Path:
    """Return the directory ``name`` (one of ontology, shapes, queries)."""
    if name not in _NAMES:
        raise ValueError(f"unknown data directory {name!r}; expected one of {', '.join(_NAMES)}")
    packaged = Path(str(resources.files("veillegraph"))) / "data" / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"veillegraph's {name}/ directory is missing (looked in {packaged} and {checkout}); reinstall the package"
    )
