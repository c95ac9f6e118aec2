"""Errors raised by veillegraph.

::

    VeillegraphError            every error of the project; carries a code "VGnnn"
    ├── UsageError              the command was called wrongly (exit code 2)
    ├── InputError              a file or record cannot be read; names it and says why
    ├── KnowledgeError          ontology or reference data is broken
    ├── QueryError              a stored query or its parameters are wrong
    └── StoreError              the store cannot be opened or written

Every message says what is wrong and, where it helps, what to do.
"""

from __future__ import annotations


class VeillegraphError(Exception):
    """Base class; ``code`` is a stable identifier such as ``VG101``."""

    code = "VG000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class UsageError(VeillegraphError):
    code = "VG001"


class InputError(VeillegraphError):
    """A source or one record of it cannot be read.

    ``source`` names the file (or ``<stdin>``), ``record`` the line or record
    number (1-based) when the problem is in one record, ``reason`` the short
    machine-readable cause (``empty-file``, ``binary-file``, ``invalid-json``...).
    """

    code = "VG100"

    def __init__(self, message: str, *, source: str, record: int | None = None,
                 reason: str = "unreadable", code: str | None = None) -> None:
        where = source if record is None else f"{source}:{record}"
        super().__init__(f"{where}: {message}", code=code)
        self.source = source
        self.record = record
        self.reason = reason
        self.detail = message


class KnowledgeError(VeillegraphError):
    code = "VG200"


class QueryError(VeillegraphError):
    code = "VG300"


class StoreError(VeillegraphError):
    code = "VG400"
