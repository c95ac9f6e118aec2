"""The data that flows between pipeline stages.

ingest → ``Clipping``; extract + link → ``ExtractedEvent`` (with ``EntityRef``);
build turns both into RDF. These are plain frozen dataclasses: no RDF here.
Offsets are Python string indices into ``Clipping.text`` (Unicode code points,
as the Web Annotation model counts them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Modality = Literal["realised", "announced", "expected", "proposed"]
Precision = Literal["day", "month", "year"]

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a clipping was read: a file name (no directory) and a 1-based record number."""

    source: str
    position: int


@dataclass(frozen=True, slots=True)
class Clipping:
    """One press clipping, as read from a source.

    ``text`` is the clipping text exactly as it will be quoted by evidence;
    ``id`` the identifier the source gave it (kept as ``dct:identifier``).
    """

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" (or a prefix) when the source gives it
    source_url: str | None = None
    lang: str | None = None
    site_name: str | None = None
    retrieved: str | None = None  # ISO date-time the source says it was fetched; never guessed
    notes: tuple[str, ...] = ()  # curator notes attached to the clipping
    origins: tuple[Origin, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date at the precision the text gives: ``2024-12-30``, ``2025-01`` or ``2025``."""

    value: str

    def __post_init__(self) -> None:
        if not _DATE_RE.match(self.value):
            raise ValueError(f"not an ISO date or prefix of one: {self.value!r}")

    @property
    def precision(self) -> Precision:
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]  # type: ignore[return-value]


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last days of an ISO date or prefix, as strings that compare like the dates ("2024" ->
    2024-01-01..2024-12-31, "2024-09" -> 2024-09-01..2024-09-31: a day past a short month is fine for comparing)."""
    value = value[:10]
    if len(value) == 4:
        return value + "-01-01", value + "-12-31"
    if len(value) == 7:
        return value + "-01", value + "-31"
    return value, value


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A mention resolved (or not) to an entity.

    ``iri`` is the reference entity's IRI when linked; for an unknown body it is
    ``None`` and build mints an entity of class ``kind`` (a key of
    ``_vocab.ACTOR_KINDS``, ``INSTRUMENT_KINDS`` or ``MATTER_KINDS``) flagged as
    not linked, labelled with ``text`` (or with ``name``, when the mention names the body by the title of its
    office, the mention then being an alternative label).
    """

    text: str
    span: Span | None = None
    iri: str | None = None
    kind: str | None = None
    name: str | None = None  # the body to mint when the mention names its office ("préfète du Rhône" ->
    # "préfecture du Rhône")

    @property
    def linked(self) -> bool:
        return self.iri is not None


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """One event found in one clipping."""

    type: str  # event-type code: the notation of a concept in ontology/event-types.ttl
    evidence: Span  # the clause or sentence that states the event
    trigger: Span  # the trigger word(s)
    agent: EntityRef | None = None
    object: EntityRef | None = None
    date: PartialDate | None = None
    date_text: str | None = None  # the date phrase as written (kept also when unresolved)
    amount: Decimal | None = None  # in currency units
    currency: str | None = None  # ISO 4217, "EUR"
    count: int | None = None
    modality: Modality = "realised"
    extras: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    addressee: EntityRef | None = None  # the body an act is addressed to (the court a matter is referred to)
    ground: str | None = None  # what the act is for, as the text words it ("pour avoir glissé des publicités…")
    requirement: str | None = None  # what the act orders, as the text words it ("de mettre fin à ces pratiques")
    agent_person: EntityRef | None = None  # the person named as acting when ``agent`` is the body of their office
