"""The extractor: cheap pass, selective parsing, rules, attributes.

1. **Cheap pass** over every clipping: language, sentence spans, known names
   (gazetteer) and trigger forms. A sentence without a trigger form is never
   parsed.
2. **Parse** the candidate sentences with the spaCy model (French) in batches,
   or tokenise them with ``spacy.blank("en")`` (English).
3. **Rules** (``french.py``, ``english.py``) turn triggers into frames with agent
   and object.
4. **Attributes**: each frame takes the date phrase of its clause (periods and
   deadlines excluded, dates inside the object's title excluded), a fine amount
   it governs (sanctions only; per-party amounts split the event), a count and a
   modality; frames that say the same act twice in one sentence are merged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import spacy
from rapidfuzz import fuzz

from ..knowledge import Knowledge
from ..link import Linker, fold
from ..model import Clipping, EntityRef, ExtractedEvent, Modality, Span
from . import english, french
from .amounts import Amount, find_amounts
from .dates import DateMention, find_dates, parse_published, resolve
from .frames import Context, Frame
from .lexicon import Trigger, build_lexicon, verb_inflections
from .text import Gazetteer, guess_lang, sentences

#: Base codes whose events carry a fine amount (the scope note of vgt:sanction says so).
AMOUNT_TOPS = frozenset({"sanction"})
#: The catch-all base code of the scheme: a word listed there and on a specific concept is the specific act.
CATCH_ALL = "autre"
#: Clippings longer than this are cut into pieces for the parser (characters per sentence).
MAX_SENTENCE = 2000


class Extractor:
    """Extract events from clippings with the knowledge of ``knowledge`` and the spaCy model ``model``."""

    def __init__(self, knowledge: Knowledge, model: str = "fr_core_news_sm") -> None:
        self.knowledge = knowledge
        self.model = model
        self.nlp = spacy.load(model, exclude=["ner"])
        self.nlp_en = spacy.blank("en")
        self.nlp_en.add_pipe("sentencizer")
        self.lexicon = build_lexicon(knowledge, {"fr": verb_inflections(self.nlp)})
        self.linker = Linker(knowledge)
        self.gazetteers = {"fr": Gazetteer(knowledge, self.nlp, "fr"), "en": Gazetteer(knowledge, self.nlp_en, "en")}
        self._nouns_by_top: dict[str, set[str]] = {}
        for trigs in self.lexicon.triggers.get("fr", {}).values():
            for tr in trigs:
                if tr.pos == "noun" and not tr.rest:
                    self._nouns_by_top.setdefault(tr.top, set()).add(tr.lemma)
        for trigs in self.lexicon.triggers.get("en", {}).values():
            for tr in trigs:
                if tr.pos == "noun" and not tr.rest:
                    self._nouns_by_top.setdefault(tr.top, set()).add(tr.lemma)
        self._labels = {code: [fold(lb.text) for lb in et.labels] + [fold(code.replace("_", " "))]
                        for code, et in knowledge.event_types.items()}

    # --- public API -----------------------------------------------------------------------

    def extract(self, clipping: Clipping) -> list[ExtractedEvent]:
        """The events one clipping reports."""
        for _, events in self.extract_many([clipping]):
            return events
        return []

    def extract_many(self, clippings: Iterable[Clipping], n_process: int = 1,
                     batch_size: int = 256) -> Iterator[tuple[Clipping, list[ExtractedEvent]]]:
        """Events of many clippings, in input order; candidate sentences are parsed in batches."""
        chunk: list[Clipping] = []
        for c in clippings:
            chunk.append(c)
            if len(chunk) >= batch_size:
                yield from self._run(chunk, n_process)
                chunk = []
        if chunk:
            yield from self._run(chunk, n_process)

    # --- stages ---------------------------------------------------------------------------

    def _prepare(self, clipping: Clipping) -> tuple[Context, list[tuple[int, int]]]:
        text = clipping.text or ""
        lang = guess_lang(text, clipping.lang)
        ctx = Context(text, lang, self.lexicon, self.linker, self.gazetteers[lang].find(text),
                      find_dates(text, lang), find_amounts(text, lang))
        forms = self.lexicon.forms.get(lang, set())
        cands = []
        for s, e in sentences(text, lang):
            if e - s > MAX_SENTENCE:
                e = s + MAX_SENTENCE
            words = {fold(w) for w in _words(text[s:e])}
            if words & forms:
                cands.append((s, e))
        return ctx, cands

    def _run(self, clippings: list[Clipping], n_process: int) -> Iterator[tuple[Clipping, list[ExtractedEvent]]]:
        prepared = [self._prepare(c) for c in clippings]
        fr_jobs: list[tuple[int, int]] = []  # (clipping index, sentence start)
        fr_texts: list[str] = []
        for idx, (ctx, cands) in enumerate(prepared):
            if ctx.lang == "fr":
                for s, e in cands:
                    fr_jobs.append((idx, s))
                    # the model was trained on ASCII apostrophes; same length, so offsets hold
                    fr_texts.append(ctx.text[s:e].replace("’", "'"))
        frames_by: dict[int, list[Frame]] = {i: [] for i in range(len(clippings))}
        if fr_texts:
            docs = self.nlp.pipe(fr_texts, n_process=n_process, batch_size=64)
            for (idx, start), doc in zip(fr_jobs, docs, strict=True):
                frames_by[idx].extend(french.frames(doc, start, prepared[idx][0]))
        for idx, (ctx, cands) in enumerate(prepared):
            if ctx.lang == "en":
                for s, e in cands:
                    frames_by[idx].extend(english.frames(self.nlp_en.make_doc(ctx.text[s:e]), s, ctx))
        for idx, clip in enumerate(clippings):
            ctx = prepared[idx][0]
            yield clip, self._finish(clip, ctx, frames_by[idx])

    # --- attributes -----------------------------------------------------------------------

    def _pick_type(self, group: list[Frame]) -> Frame:
        if len(group) == 1:
            return group[0]
        tops = {f.trigger.top for f in group}
        if len(tops) > 1 and CATCH_ALL in tops:  # a specific act beats the catch-all
            group = [f for f in group if f.trigger.top != CATCH_ALL]
            tops = {f.trigger.top for f in group}
        if len(tops) == 1:
            finer = [f for f in group if f.trigger.code != f.trigger.top]
            return sorted(finer or group, key=lambda f: f.trigger.code)[0]
        lemma = f"{group[0].trigger.lemma} {' '.join(group[0].trigger.rest)}".strip()

        def score(f: Frame) -> tuple[float, str]:
            labels = self._labels.get(f.trigger.top, []) + self._labels.get(f.trigger.code, [])
            return (-max((fuzz.ratio(lemma, lb) for lb in labels), default=0.0), f.trigger.code)

        return sorted(group, key=score)[0]

    def _finish(self, clip: Clipping, ctx: Context, frames: list[Frame]) -> list[ExtractedEvent]:
        if not frames:
            return []
        # one concept per trigger occurrence and agent
        groups: dict[tuple[int, int, str], list[Frame]] = {}
        for f in frames:
            key = (f.trigger_span.start, f.trigger_span.end, f.agent.text if f.agent else "")
            groups.setdefault(key, []).append(f)
        chosen = [self._pick_type(g) for _, g in sorted(groups.items())]
        chosen = _merge(chosen)
        published = parse_published(clip.published)
        self._assign_dates(chosen, ctx, published)
        out: list[ExtractedEvent] = []
        used_amounts: set[int] = set()
        for f in sorted(chosen, key=lambda f: (f.trigger_span.start, f.agent.text if f.agent else "")):
            out.extend(self._events(f, ctx, published, used_amounts))
        return _dedupe(out)

    def _assign_dates(self, frames: list[Frame], ctx: Context, published: dt.date | None) -> None:
        by_sent: dict[tuple[int, int], list[Frame]] = {}
        for f in frames:
            by_sent.setdefault((f.evidence.start, f.evidence.end), []).append(f)
        for (s, e), fs in by_sent.items():
            anchors = sorted(((_anchor(f), i) for i, f in enumerate(fs)))
            own = {a for a, _ in anchors} | {f.trigger_span.start for f in fs}
            # a trigger that made no event still owns the dates after it ("an inquiry, opened in 2018")
            inside = [f.object_span for f in fs if f.object_span is not None]
            anchors += [(p, -1) for p in sorted(ctx.trigger_starts) if s <= p < e and p not in own
                        and not any(o.start <= p < o.end for o in inside)]
            anchors.sort()
            owned: dict[int, list[DateMention]] = {i: [] for i in range(-1, len(fs))}
            initial: list[DateMention] = []
            for d in ctx.dates:
                if d.start < s or d.end > e:
                    continue
                before = [i for a, i in anchors if a <= d.start]
                if not before:
                    initial.append(d)
                    continue
                last_anchor = max(a for a, i in anchors if a <= d.start)
                for a, i in anchors:
                    if a == last_anchor:
                        owned[i].append(d)
            for i, f in enumerate(fs):
                cands = [d for d in owned[i] if _eligible(d, f)]
                if not cands:
                    cands = [d for d in reversed(initial) if _eligible(d, f)]
                if cands:
                    f.date = cands[0]
            # coordinated verbs of one subject share its date ("ont validé jeudi … et n'en ont censuré que …")
            for i, f in enumerate(fs):
                if f.date is None and f.agent is not None and not f.via_noun:
                    prev = [g for g in fs[:i] if g.date is not None and g.agent is not None
                            and (g.agent.iri or g.agent.text) == (f.agent.iri or f.agent.text)
                            and g.trigger_span.start < f.trigger_span.start]
                    if prev:
                        f.date = prev[-1].date

    def _events(self, f: Frame, ctx: Context, published: dt.date | None,
                used_amounts: set[int]) -> list[ExtractedEvent]:
        date = None
        date_text = None
        if f.date is not None:
            years = _context_years(ctx.dates, f.date)
            date = resolve(f.date, published, years, forward=f.date.marker == "forward" or f.future)
            date_text = f.date.text
        modality: Modality = f.modality  # type: ignore[assignment]
        if f.future and modality == "realised" and f.date is None:
            modality = "expected"
        amounts: list[Amount] = []
        if f.trigger.top in AMOUNT_TOPS:
            amounts = [a for a in ctx.amounts if a.is_fine_amount and id(a) not in used_amounts
                       and _governs(f, a, ctx)]
            if not amounts:  # "… pour un montant cumulé d'amendes de 104 000 euros": a fine noun names it
                nouns = self._nouns_by_top.get(f.trigger.top, set())
                for a in ctx.amounts:
                    if a.is_fine_amount and id(a) not in used_amounts and \
                            f.evidence.start <= a.start and a.end <= f.evidence.end:
                        before = [fold(w) for w in _words(ctx.text[max(f.evidence.start, a.start - 30):a.start])]
                        if any(w in nouns or w.rstrip("s") in nouns for w in before[-3:]):
                            amounts = [a]
                            break
        base = ExtractedEvent(
            type=f.trigger.code, evidence=f.evidence, trigger=f.trigger_span, agent=f.agent, object=f.object,
            date=date, date_text=date_text, count=f.count, modality=modality,
        )
        if not amounts:
            return [base]
        parties = _parties(amounts, ctx, self.linker)
        if len(parties) >= 2:
            out = []
            for amount, party, when in parties:
                used_amounts.add(id(amount))
                d2, dt2 = date, date_text
                if when is not None:
                    d2 = resolve(when, published, _context_years(ctx.dates, when))
                    dt2 = when.text
                out.append(replace(base, object=party, amount=Decimal(amount.value), currency=amount.currency,
                                   date=d2, date_text=dt2, extras={"party": party.text}))
            return out
        used_amounts.add(id(amounts[0]))
        return [replace(base, amount=Decimal(amounts[0].value), currency=amounts[0].currency)]


# --- helpers ---------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    import re

    return re.findall(r"\w+", text.replace("’", "'"))


def _anchor(f: Frame) -> int:
    if f.extra_agent and f.agent and f.agent.span:
        return f.agent.span.end
    if f.support_start is not None:  # "a adopté, le 20 juin 2024, un avis": the date between belongs to the avis
        return f.support_start
    return f.trigger_span.start


def _eligible(d: DateMention, f: Frame) -> bool:
    if d.marker == "period":
        return False
    if d.marker == "onset" and f.agent is not None:
        return False
    inside_object = f.object_span is not None and f.object_span.start < d.start and d.end <= f.object_span.end
    return not inside_object


def _context_years(dates: list[DateMention], m: DateMention) -> list[int]:
    """Years stated in the clipping for a date written without its year.

    The year of the clipping's first full date (day or month with year) comes first:
    a news item leads with its own date; then the other years, nearest first.
    """
    full = [d.year for d in dates if d.year and d.month and d.marker is None]
    before = [d.year for d in dates if d.year and d.end <= m.start]
    after = [d.year for d in dates if d.year and d.start >= m.end]
    return [y for y in full[:1] if y] + [y for y in reversed(before) if y] + [y for y in after if y]


def _governs(f: Frame, a: Amount, ctx: Context) -> bool:
    if not (f.evidence.start <= a.start and a.end <= f.evidence.end):
        return False
    lo = min(f.trigger_span.start, f.governed[0] if f.governed else f.trigger_span.start)
    hi = max(f.trigger_span.end, f.governed[1] if f.governed else f.trigger_span.end)
    if lo <= a.start and a.end <= hi:
        return True
    # "une amende de 20 millions d'euros" right after a nominal trigger, or an amount just before the trigger
    gap_after = ctx.text[f.trigger_span.end:a.start]
    if 0 <= a.start - f.trigger_span.end <= 40 and not any(p in gap_after for p in ";:."):
        return True
    gap_before = ctx.text[a.end:f.trigger_span.start]
    return 0 <= f.trigger_span.start - a.end <= 12 and not any(p in gap_before for p in ",;:.")


def _parties(amounts: list[Amount], ctx: Context, linker: Linker) -> list[tuple[Amount, EntityRef, DateMention | None]]:
    """Per-party amounts: "100 millions d'euros pour Google … 35 millions d'euros pour Amazon"."""
    import re

    out: list[tuple[Amount, EntityRef, DateMention | None]] = []
    for a in amounts:
        tail = ctx.text[a.end:a.end + 80]
        m = re.match(r"\s*(?:pour|à|contre|to|against|for)\s+((?:[A-ZÀ-Ý][\w.&'’-]*)(?:\s+[A-ZÀ-Ý(][\w.&'’)-]*)*"
                     r"|(?:un|une|le|la|l'|the|a)\s+[^,;:.()]{3,60}?)(?=[,;:.()]|\s+(?:le|the|on|et|and|pour)\b|$)",
                     tail)
        if not m:
            continue
        s = a.end + m.start(1)
        e = a.end + m.end(1)
        text = ctx.text[s:e].strip()
        inside = ctx.mentions_in(s, e)
        iri = inside[0].iri if inside else linker.lookup(text)
        kind = linker.knowledge.entities[iri].kind if iri else linker.guess_kind(text, ctx.lang)
        when = next((d for d in ctx.dates if a.end <= d.start <= e + 40 and d.marker is None), None)
        out.append((a, EntityRef(text=text, span=Span(s, e), iri=iri, kind=kind), when))
    return out


def _merge(frames: list[Frame]) -> list[Frame]:
    """Merge frames of one sentence that state the same act (a verb and its nominalisation)."""
    out: list[Frame] = []
    for f in sorted(frames, key=lambda f: (f.via_noun, f.trigger_span.start)):
        twin = None
        for g in out:
            if g.evidence != f.evidence or g.trigger.top != f.trigger.top:
                continue
            same_agent = (f.agent is None or g.agent is None or (f.agent.iri == g.agent.iri and f.agent.iri)
                          or f.agent.text == g.agent.text)
            inside = g.governed is not None and g.governed[0] <= f.trigger_span.start < g.governed[1]
            if f.via_noun and same_agent and (inside or g.object is None or f.agent is None):
                twin = g
                break
            if not f.via_noun and not g.via_noun and same_agent and f.agent is None and g.agent is not None \
                    and inside:
                twin = g
                break
        if twin is None:
            out.append(f)
            continue
        if twin.count is None:
            twin.count = f.count
        if twin.object is None:
            twin.object, twin.object_span = f.object, f.object_span
        if twin.agent is None:
            twin.agent = f.agent
        if twin.governed and f.governed:
            twin.governed = (min(twin.governed[0], f.governed[0]), max(twin.governed[1], f.governed[1]))
    return out


def _dedupe(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for ev in events:
        key = (ev.type, ev.evidence, ev.agent.iri if ev.agent else None, ev.agent.text if ev.agent else None,
               ev.object.text if ev.object else None, ev.date, ev.amount)
        if key in seen:
            continue
        seen.add(key)
        out.append(ev)
    return out


__all__ = ["Extractor", "Trigger"]
