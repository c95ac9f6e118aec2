"""A small registry per extension point (readers, exporters...).

Built-in entries register with the decorator; third-party packages add
entries through the entry-point group ``veillegraph.<registry name>`` whose
objects are loaded on first use. CLI choices are read from the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, name: str) -> None:
        self.name = name
        self._items: dict[str, T] = {}
        self._entry_points_loaded = False

    def register(self, key: str, item: T) -> T:
        if key in self._items:
            raise ValueError(f"{self.name} registry: {key!r} is already registered")
        self._items[key] = item
        return item

    def decorator(self, key: str) -> Callable[[T], T]:
        def wrap(item: T) -> T:
            return self.register(key, item)

        return wrap

    def _load_entry_points(self) -> None:
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        for ep in entry_points(group=f"veillegraph.{self.name}"):
            if ep.name not in self._items:
                self._items[ep.name] = ep.load()

    def get(self, key: str) -> T:
        self._load_entry_points()
        try:
            return self._items[key]
        except KeyError:
            raise KeyError(
                f"no {self.name} called {key!r}; choose one of: {', '.join(self.names())}"
            ) from None

    def names(self) -> list[str]:
        self._load_entry_points()
        return sorted(self._items)

    def __iter__(self) -> Iterator[tuple[str, T]]:
        self._load_entry_points()
        return iter(sorted(self._items.items()))

    def __contains__(self, key: object) -> bool:
        self._load_entry_points()
        return key in self._items
