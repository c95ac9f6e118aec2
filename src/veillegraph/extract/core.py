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

With ``n_process`` > 1 the four steps run in forked worker processes on chunks of
clippings (the rules cost as much as the parse of candidate sentences, so parallel
parsing alone left the parent process as the bottleneck); results come back in order.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import re
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache
from itertools import islice
from types import ModuleType
from typing import Any

import spacy
from rapidfuzz import fuzz
from spacy.language import Language

from .._errors import VeillegraphError
from ..knowledge import Knowledge
from ..link import Linker, fold, in_office, settle_offices
from ..model import Clipping, EntityRef, ExtractedEvent, Modality, PartialDate, Span
from . import english, french
from .amounts import Amount, find_amounts
from .dates import DateMention, find_dates, parse_published, resolve_with_basis
from .english import ACT_RECORD_KINDS
from .frames import Context, Frame
from .lang import LANGS
from .lexicon import (
    Lexicon,
    Trigger,
    accessory_of,
    build_lexicon,
    is_catch_all,
    is_durative,
    is_referral,
    states_the_law,
    takes_amount,
    takes_ground,
    text_theme,
    verb_inflections,
)
from .text import Gazetteer, dateline, guess_lang, sentences, without_dateline

#: Clippings longer than this are cut into pieces for the parser (characters per sentence).
MAX_SENTENCE = 2000
#: The base code of a censure, and the kind of a part of a text ("l'article 7"): a word listed on censure and on
#: another concept is a censure only with a court as agent and such a part as object (``_pick_type``).
_CENSURE = "censure"
_PART_KIND = "article"


@dataclass
class _Syntax:
    """Where the dates of one clipping belong, from the parse (French) or from word order (English)."""

    #: date start -> character range of the subordinate clause that holds it (a relative clause, or a
    #: participle on a noun that is not the acting body): only a trigger inside that clause may take it
    clause_of: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # (start, end, noun it modifies)
    #: character start of a noun -> start of the verb it is the subject or object of
    verb_of_noun: dict[int, int] = field(default_factory=dict)
    #: date start -> (start, subtree start, subtree end) of the verb the date modifies, when that verb
    #: is no trigger ("a annoncé vendredi avoir fait appel", "announced today that it has fined"): the date
    #: of the report, taken for an act it governs only when nothing else dates it
    governor: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    #: character start of a definite noun that is the object of a verb of receiving ("nous avons reçu le
    #: 15 février l'autorisation") -> character range of that verb's clause: the act received, with its date
    received: dict[int, tuple[int, int]] = field(default_factory=dict)

    def read_parse(self, doc: Any, offset: int, ctx: Context) -> None:
        L = LANGS.get(ctx.lang, LANGS["fr"])
        end = offset + len(doc.text)
        for d in ctx.dates:
            if not offset <= d.start < end:
                continue
            tok = next((t for t in doc if t.idx <= d.start - offset < t.idx + len(t.text)), None)
            if tok is None:
                continue
            while tok.head.i != tok.i and d.start <= tok.head.idx + offset < d.end:
                tok = tok.head
            verb = tok.head
            while verb.head.i != verb.i and verb.pos_ != "VERB":
                verb = verb.head
            if verb.pos_ == "VERB" and verb.i != tok.i and verb.idx + offset not in ctx.trigger_starts:
                self.governor[d.start] = (verb.idx + offset, verb.left_edge.idx + offset,
                                          verb.right_edge.idx + len(verb.right_edge.text) + offset)
            node = tok
            for _ in range(6):
                if node.head.i == node.i:
                    break
                if node.dep_ in ("acl", "acl:relcl") and node.pos_ in ("VERB", "AUX"):
                    noun = node.head
                    pos = noun.idx + offset
                    describes_body = any(m.start <= pos < m.end for m in ctx.mentions if m.category == "actor") \
                        or ctx.linker.guess_kind(noun.text, ctx.lang, "actor") is not None
                    if node.dep_ == "acl:relcl" or not describes_body:
                        lo = node.left_edge.idx + offset
                        hi = node.right_edge.idx + len(node.right_edge.text) + offset
                        self.clause_of[d.start] = (lo, hi, pos)
                    break
                node = node.head
        for t in doc:
            if t.pos_ in ("NOUN", "PROPN") and t.head.i != t.i and t.head.pos_ == "VERB" \
                    and t.dep_ in ("nsubj", "nsubj:pass", "obj"):
                self.verb_of_noun[t.idx + offset] = t.head.idx + offset
                if t.dep_ == "obj" and fold(t.head.lemma_) in L.RECIPIENT_VERBS and any(
                        fold(c.text) in L.DEFINITES for c in t.children if c.dep_ == "det"):
                    self.received[t.idx + offset] = (t.head.left_edge.idx + offset,
                                                     t.head.right_edge.idx + len(t.head.right_edge.text) + offset)

    def read_words(self, ctx: Context, start: int, end: int) -> None:
        """English: a clause after a comma that opens with a relative pronoun or a past participle
        (", which had banned …,", ", notified to LinkedIn on 22 October,", ", already fined … in January 2022,")."""
        L = LANGS.get(ctx.lang, LANGS["en"])
        text = ctx.text
        participles = {form for forms in L.IRREGULAR.values() for form in forms}
        for m in re.finditer(r"\b(?:" + "|".join(sorted(L.REPORTING)) + r")\s+", text[start:end]):
            lo = start + m.end()
            for d in ctx.dates:  # "said on Monday", "announced today that"
                if lo <= d.start <= lo + 4 and d.end <= end:
                    self.governor[d.start] = (start + m.start(), start, end)
        for m in re.finditer(r",\s*", text[start:end]):
            lo = start + m.end()
            words = re.findall(r"[\w']+", text[lo:lo + 60])
            k = 0
            while k < len(words) and (fold(words[k]) in L.ADVERBS or fold(words[k]).endswith("ly")):
                k += 1
            if k >= len(words) or not words[k].islower():
                continue
            first = fold(words[k])
            if not (first in L.RELATIVES or first.endswith("ed") or first in participles):
                continue
            prev = re.search(r"(\w+)\W*$", text[start:start + m.start()])
            noun = start + prev.start(1) if prev else -1  # the word the clause comes after
            stop = re.search(r"[,;:()]", text[lo:end])
            hi = lo + stop.start() if stop else end
            for d in ctx.dates:
                if lo <= d.start and d.end <= hi:
                    self.clause_of[d.start] = (lo, hi, noun)


#: The extractor the forked workers of ``Extractor.extract_many`` use (set in the parent before the fork).
_FORKED: Extractor | None = None
#: Clippings per task sent to a forked worker.
FORK_CHUNK = 64


def _extract_chunk(chunk: list[Clipping]) -> list[list[ExtractedEvent]]:
    assert _FORKED is not None, "worker started without an extractor"
    return [events for _, events in _FORKED._run(chunk, 1)]


def _index_as_sets(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists into sets, in place: same lemmas, faster.

    spaCy's French lemmatizer tests each form and each rule's candidate against ``lemma_index``, which
    the model ships as lists (66,191 nouns): a membership test costs about 0.1 ms, so a word first seen costs
    up to a millisecond, a sixth of parsing 1,000 clippings. The tables are read, never written, after loading."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key in list(index.keys()):
        if isinstance(index[key], list):
            index[key] = frozenset(index[key])


class Extractor:
    """Extract events from clippings with the knowledge of ``knowledge`` and the spaCy model ``model``."""

    def __init__(self, knowledge: Knowledge, model: str = "fr_core_news_sm") -> None:
        self.knowledge = knowledge
        self.model = model
        self.nlp = spacy.load(model, exclude=["ner"])
        _index_as_sets(self.nlp)
        self.nlp_en = spacy.blank("en")
        self.nlp_en.add_pipe("sentencizer")
        self.lexicon = build_lexicon(knowledge, {"fr": verb_inflections(self.nlp)})
        self.linker = Linker(knowledge)
        self.gazetteers = {"fr": Gazetteer(knowledge, self.nlp, "fr"), "en": Gazetteer(knowledge, self.nlp_en, "en")}
        self._nouns_by_top: dict[str, set[str]] = {}
        #: the act nouns of each event-type code, folded ("autorisation" for vgt:autorisation)
        self._nouns_by_code: dict[str, set[str]] = {}
        for lang_triggers in self.lexicon.triggers.values():
            for trigs in lang_triggers.values():
                for tr in trigs:
                    if tr.pos == "noun" and not tr.rest:
                        self._nouns_by_code.setdefault(tr.code, set()).add(fold(tr.lemma))
        for trigs in self.lexicon.triggers.get("fr", {}).values():
            for tr in trigs:
                if tr.pos == "noun" and not tr.rest:
                    self._nouns_by_top.setdefault(tr.top, set()).add(tr.lemma)
        for trigs in self.lexicon.triggers.get("en", {}).values():
            for tr in trigs:
                if tr.pos == "noun" and not tr.rest:
                    self._nouns_by_top.setdefault(tr.top, set()).add(tr.lemma)
        #: the act nouns of several words by top code, folded ("mise en demeure")
        self._noun_phrases_by_top: dict[str, set[tuple[str, ...]]] = {}
        for by_lemma in self.lexicon.triggers.values():
            for trs in by_lemma.values():
                for tr in trs:
                    if tr.pos == "noun" and tr.rest:
                        self._noun_phrases_by_top.setdefault(tr.top, set()).add((fold(tr.lemma), *tr.rest))
        #: the act nouns of the acts that take an amount ("amende", "fine"), folded: "300 000 euros d'amende à Free"
        self._fine_nouns = {fold(tr.lemma) for by_lemma in self.lexicon.triggers.values() for trs in by_lemma.values()
                            for tr in trs if tr.pos == "noun" and not tr.rest and takes_amount(tr, self.lexicon)}
        #: lang -> folded nouns that, definite and alone, take up an act told before: the act nouns of the event
        #: types and the ``vg:anaphoricNoun`` of vg:Event ("la mesure", "la sanction", "the decision")
        self._act_nouns: dict[str, set[str]] = {}
        for lang, by_lemma in self.lexicon.triggers.items():
            self._act_nouns[lang] = {fold(tr.lemma) for trs in by_lemma.values() for tr in trs
                                     if tr.pos == "noun" and not tr.rest} | self.lexicon.act_anaphors.get(lang, set())
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
        """Events of many clippings, in input order; candidate sentences are parsed in batches.

        With ``n_process`` > 1 (and where processes can be forked) whole chunks of clippings — cheap
        pass, parse and rules — go to that many worker processes, so the rules run in parallel too,
        not only the parser; at most two chunks per worker are in flight, so memory stays bounded."""
        if n_process > 1 and "fork" in mp.get_all_start_methods():
            yield from self._extract_forked(clippings, n_process)
            return
        chunk: list[Clipping] = []
        for c in clippings:
            chunk.append(c)
            if len(chunk) >= batch_size:
                yield from self._run(chunk, n_process)
                chunk = []
        if chunk:
            yield from self._run(chunk, n_process)

    def _extract_forked(self, clippings: Iterable[Clipping],
                        n_process: int) -> Iterator[tuple[Clipping, list[ExtractedEvent]]]:
        global _FORKED
        _FORKED = self  # inherited by the forked workers: nothing is pickled but clippings and events
        try:
            with ProcessPoolExecutor(n_process, mp_context=mp.get_context("fork")) as pool:
                pending: deque[tuple[list[Clipping], Future[list[list[ExtractedEvent]]]]] = deque()
                it = iter(clippings)
                while True:
                    while len(pending) < 2 * n_process:
                        chunk = list(islice(it, FORK_CHUNK))
                        if not chunk:
                            break
                        pending.append((chunk, pool.submit(_extract_chunk, chunk)))
                    if not pending:
                        break
                    chunk, result = pending.popleft()
                    try:
                        events = result.result()
                    except BrokenProcessPool as exc:
                        # a worker killed (out of memory, a signal): fail, never wait for its lost chunk
                        ids = f"{chunk[0].id} … {chunk[-1].id}" if chunk[0].id else f"{len(chunk)} clippings"
                        raise VeillegraphError(
                            f"an extraction worker process died while extracting {ids} ({exc}); nothing of this "
                            "chunk was written. Run again (a store build resumes where it stopped), with --jobs 1 "
                            "to see a Python error if there is one", code="VG030") from exc
                    yield from zip(chunk, events, strict=True)
        finally:
            _FORKED = None

    # --- stages ---------------------------------------------------------------------------

    def _prepare(self, clipping: Clipping) -> tuple[Context, list[tuple[int, int]]]:
        lang = guess_lang(clipping.text or "", clipping.lang)
        text = without_dateline(clipping.text or "")
        ctx = Context(text, lang, self.lexicon, self.linker, self.gazetteers[lang].find(text),
                      find_dates(text, lang), find_amounts(text, lang))
        told = dateline(clipping.text or "")[1]
        ctx.dispatch = told[0] if told else None
        forms = self.lexicon.forms.get(lang, set())
        granted = _time_granted(LANGS.get(lang, LANGS["fr"]))
        cands = []
        for s, e in sentences(text, lang):
            if e - s > MAX_SENTENCE:
                e = s + MAX_SENTENCE
            words = {fold(w) for w in _words(text[s:e])}
            if words & forms or (granted is not None and granted.search(text, s, e)):
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
        facts: dict[int, _Syntax] = {i: _Syntax() for i in range(len(clippings))}
        if fr_texts:
            docs = self.nlp.pipe(fr_texts, n_process=n_process, batch_size=64)
            for (idx, start), doc in zip(fr_jobs, docs, strict=True):
                frames_by[idx].extend(french.frames(doc, start, prepared[idx][0]))
                facts[idx].read_parse(doc, start, prepared[idx][0])
        for idx, (ctx, cands) in enumerate(prepared):
            if ctx.lang == "en":
                for s, e in cands:
                    frames_by[idx].extend(english.frames(self.nlp_en.make_doc(ctx.text[s:e]), s, ctx))
                    facts[idx].read_words(ctx, s, e)
        for idx, clip in enumerate(clippings):
            ctx = prepared[idx][0]
            yield clip, self._finish(clip, ctx, frames_by[idx], facts[idx])

    # --- attributes -----------------------------------------------------------------------

    def _pick_type(self, group: list[Frame], ctx: Context | None = None, frames: list[Frame] | None = None) -> Frame:
        if len(group) == 1:
            return group[0]
        tops = {f.trigger.top for f in group}
        themed = [f for f in group if f.trigger.code in self.lexicon.act_theme_codes]
        act = next((f for f in group if f.object is not None and f.object_span is not None
                    and self._names_an_act(f.object.text, f.trigger.top, f.trigger.lang)), None) if themed else None
        if len(tops) > 1 and themed and act is not None:
            # "l'abrogation est reportée au 1er juillet": the act is put off (vg:actTheme), whichever reading found
            # the act noun as its theme
            themed[0].object, themed[0].object_span = act.object, act.object_span
            return themed[0]
        if len(tops) > 1 and any(is_catch_all(f.trigger, self.lexicon) for f in group):
            # a specific act beats the catch-all
            group = [f for f in group if not is_catch_all(f.trigger, self.lexicon)] or group
            tops = {f.trigger.top for f in group}
        if len(tops) == 1:
            finer = [f for f in group if f.trigger.code != f.trigger.top]
            return sorted(finer or group, key=lambda f: f.trigger.code)[0]
        struck = [f for f in group if f.trigger.top == _CENSURE]
        if struck:
            # a word listed on censure and on another act ("sanctionner", "écarter") is a censure with a court as
            # agent and a part of a text as object ("le Conseil constitutionnel a sanctionné l'article 7", "la
            # décision écarte sept articles"), the other act otherwise ("a sanctionné la société", "a écarté les
            # griefs")
            f0 = struck[0]
            part = f0.object is not None and (self._kind(f0.object) or self.linker.guess_kind(
                f0.object.text, f0.trigger.lang, "instrument")) == _PART_KIND
            if part and f0.agent is not None and self._kind(f0.agent) in english.COURT_KINDS:
                return f0
            if part and f0.agent is None and ctx is not None and frames and f0.trigger.pos == "verb":
                # "La décision écarte en revanche sept articles": the record of the court's act told before
                author = self._record_author(f0, frames, ctx, LANGS.get(ctx.lang, LANGS["fr"]), court=True)
                if author is not None and self._kind(author) in english.COURT_KINDS:
                    return f0
            group = [f for f in group if f.trigger.top != _CENSURE]
            tops = {f.trigger.top for f in group}
            if len(tops) == 1:
                return sorted(group, key=lambda f: f.trigger.code)[0]
        lemma = f"{group[0].trigger.lemma} {' '.join(group[0].trigger.rest)}".strip()

        def score(f: Frame) -> tuple[float, str]:
            labels = self._labels.get(f.trigger.top, []) + self._labels.get(f.trigger.code, [])
            return (-max((fuzz.ratio(lemma, lb) for lb in labels), default=0.0), f.trigger.code)

        return sorted(group, key=score)[0]

    def _settle_act_theme(self, chosen: list[Frame]) -> list[Frame]:
        """One reading of a trigger verb shared by a type that takes an act as its theme (``vg:actTheme``) and
        another, when their frames ended in different groups (the other found an agent the first did not): the
        act-theme reading if its object names an act, the other one if not ("La loi reporte … l'échéance des
        mesures" extends them; "l'abrogation est reportée" is put off)."""
        themed = [f for f in chosen if f.trigger.code in self.lexicon.act_theme_codes]
        if not themed:
            return chosen
        drop: set[int] = set()
        for f in themed:
            others = [g for g in chosen if g is not f and g.trigger_span == f.trigger_span
                      and g.trigger.code not in self.lexicon.act_theme_codes]
            if not others:
                continue
            act = f.object is not None and self._names_an_act(f.object.text, f.trigger.top, f.trigger.lang)
            drop |= {id(g) for g in others} if act else {id(f)}
        return [f for f in chosen if id(f) not in drop]

    def _names_an_act(self, text: str, top: str, lang: str) -> bool:
        """Whether a noun phrase opens with an act noun of a type other than ``top`` ("l'abrogation", "le vote de
        la loi", "l'entrée en vigueur du décret")."""
        articles = {fold(a).rstrip("'’") for a in getattr(LANGS.get(lang, LANGS["fr"]), "ARTICLES", ())}
        words = [fold(w) for w in re.findall(r"\w+", text)]
        while words and words[0] in articles:
            words = words[1:]
        return any(tuple(words[:len(tr.rest) + 1]) == (fold(tr.lemma), *tr.rest)
                   for tr in self.lexicon.triggers.get(lang, {}).get(words[0], ()) if tr.pos == "noun"
                   and tr.top != top) if words else False

    def _finish(self, clip: Clipping, ctx: Context, frames: list[Frame],
                syn: _Syntax | None = None) -> list[ExtractedEvent]:
        if not frames:
            return []
        # one concept per trigger occurrence and agent
        groups: dict[tuple[int, int, str, str], list[Frame]] = {}
        for f in frames:
            key = (f.trigger_span.start, f.trigger_span.end, f.agent.text if f.agent else "",
                   f.object.text if f.extra_party and f.object else "")
            groups.setdefault(key, []).append(f)
        chosen = self._settle_act_theme([self._pick_type(g, ctx, frames) for _, g in sorted(groups.items())])
        chosen = [f for f in chosen if not _on_an_argument(f, ctx)]
        chosen = self._drop_taken_up(_merge(chosen), ctx)
        # a statement of the law beside its court's real act goes: in French before dates, so the dropped one takes
        # no date another act needs; in English after them, so a participle sharing the ruling verb's date keeps
        # it ("ruled on 4 September that …, setting aside a judgment")
        chosen = _outside_rulings(chosen, ctx, self.knowledge, self.lexicon)
        if ctx.lang != "en":
            chosen = _rulings_alone(chosen, self.knowledge, self.lexicon)
        published = parse_published(clip.published)
        news_day = _news_day(ctx) if published is None else None
        self._assign_dates(chosen, ctx, published, syn or _Syntax())
        chosen = _elapsed_from(self._drop_restated(chosen, ctx), ctx, self.lexicon)
        chosen = chosen + _gapped_parts(chosen, ctx, self.lexicon)
        if ctx.lang == "en":
            chosen = _rulings_alone(chosen, self.knowledge, self.lexicon)
        chosen = _case_objects(chosen, ctx, self.knowledge)
        out: list[ExtractedEvent] = []
        used_amounts: set[int] = set()
        fines = frozenset(f.trigger_span.start for f in chosen if takes_amount(f.trigger, self.lexicon))
        for f in sorted(chosen, key=lambda f: (f.trigger_span.start, f.agent.text if f.agent else "")):
            out.extend(self._events(f, ctx, published, used_amounts, news_day, fines))
        # a person named as acting in office: the body is the agent (reference data, vg:tenure)
        # and a body named by the title of its office ("la préfète du Rhône") is that body (vg:OfficeNoun)
        out = [in_office(settle_offices(ev, self.linker, ctx.lang), self.knowledge,
                         published.isoformat() if published else None) for ev in out]
        if ctx.lang == "en":
            out = english.fold_restated(out, self.knowledge, frozenset(self.lexicon.ruling_codes))
        out = self._accessories(self._compensations(out, ctx))
        out = self._day_after_publication(out, ctx)
        out = self._dated_by_publication(out)
        out = self._fold_headline(out, ctx)
        return _dedupe(self._fold_same_sanction(self._fold_listed(out, ctx)))

    def _compensations(self, events: list[ExtractedEvent], ctx: Context) -> list[ExtractedEvent]:
        """An order to pay that names the money as damages or costs, or names the party paid, is an award of
        compensation (``vg:compensationNoun``), whose amount is no fine: "La commune est condamnée à verser 1 500
        euros à l'association requérante au titre des frais de justice", "ordered the State to pay the applicant
        EUR 7,500", "to pay EUR 400 in damages". A fine said in the same clause keeps the act a sanction."""
        nouns = self.lexicon.compensation.get(ctx.lang, [])
        if not nouns:
            return events
        L = LANGS.get(ctx.lang, LANGS["fr"])
        starts: tuple[str, ...] = getattr(L, "PAYEE_STARTS", ())
        not_payee: tuple[str, ...] = getattr(L, "NOT_PAYEE", ())
        paid_first: tuple[str, ...] = getattr(L, "PAID_FIRST", ())
        pay_verbs: frozenset[str] = getattr(L, "PAY_VERBS", frozenset())

        def payee_after(at: int) -> bool:
            after = fold(ctx.text[at:at + 40]).lstrip()
            if not after.startswith(starts) or after.startswith(not_payee):
                return False
            # (a body the reference data holds that is no party is paid a fine, not damages: "à verser 50 000
            # euros au Trésor public", "à l'État")
            lo = at + len(ctx.text[at:at + 40]) - len(ctx.text[at:at + 40].lstrip())
            named = next((m for m in ctx.mentions if m.category == "actor" and lo <= m.start <= lo + 6), None)
            return named is None or named.kind in ("company", "person", "association")

        def payee_before(gap: str) -> bool:
            # a party named between the verb of paying and the amount ("to pay the applicant EUR 7,500")
            gap = fold(gap).strip()
            return bool(gap) and gap.startswith(paid_first) and len(gap.split()) <= 8

        out: list[ExtractedEvent] = []
        for ev in events:
            if _top(self.knowledge, ev.type) not in self.lexicon.amount_codes:
                out.append(ev)
                continue
            stop = min([i for i in (ctx.text.find(c, ev.trigger.end, ev.evidence.end) for c in ".;") if i >= 0],
                       default=ev.evidence.end)
            clause = ctx.text[ev.trigger.end:stop]
            words = [fold(w) for w in re.findall(r"\w+", clause)]
            if any(w in self._fine_nouns for w in words) or fold(ctx.text[ev.trigger.start:ev.trigger.end]) in \
                    self._fine_nouns:
                out.append(ev)
                continue
            paid = [a for a in ctx.amounts if ev.trigger.end <= a.start < stop]
            told = [fold(w) for w in re.findall(r"\w+", ctx.text[ev.trigger.start:paid[0].start if paid else stop])]
            if not any(w in pay_verbs for w in told):
                out.append(ev)  # an order to pay says so ("condamnée à verser", "ordered … to pay"); "fined" does not
                continue
            code = next((c for phrase, c in nouns for i in range(len(words))
                         if tuple(words[i:i + len(phrase)]) == phrase), None)
            if code is None and paid and (payee_after(paid[0].end)
                                          or payee_before(ctx.text[ev.trigger.end:paid[0].start])):
                code = nouns[0][1]  # the party paid named: the act the compensation nouns belong to
            if code is None or code not in self.knowledge.event_types:
                out.append(ev)
                continue
            out.append(replace(ev, type=code, amount=None, currency=None))
        return out

    def _accessories(self, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
        """An accessory of a decision (``vg:accessory``: a remand after cassation, an award of costs) beside an act of
        the base type it belongs to by the same body, realised and not dated otherwise, is part of that act ("a cassé
        l'arrêt de la cour d'appel de Douai. L'affaire est renvoyée devant la cour d'appel d'Amiens"); told alone it
        stays. An act only a court does (``vg:courtAct``) told of a body known not to be one is none."""
        def who(ref: EntityRef | None) -> str:
            return (ref.iri or fold(ref.text)) if ref is not None else ""

        def not_a_court(ev: ExtractedEvent) -> bool:
            # (an act only a court does, of a body known not to be one: "a £6m penalty, reduced after …")
            kind = self._kind(ev.agent) if ev.agent is not None else None
            return ev.type in self.lexicon.court_codes and kind is not None and kind not in english.COURT_KINDS

        def part(ev: ExtractedEvent) -> bool:
            wholes = accessory_of(ev.type, self.lexicon)
            # (an accessory may name another accessory type as its whole: the damages awarded with a finding of
            # a violation, itself part of a ruling told beside it)
            return bool(wholes) and ev.agent is not None and any(
                o is not ev and ((not accessory_of(o.type, self.lexicon) and _top(self.knowledge, o.type) in wholes)
                                 or o.type in wholes)
                and o.modality == "realised"
                and who(o.agent) == who(ev.agent) and (ev.date is None or o.date == ev.date) for o in events)

        return [ev for ev in events if not part(ev) and not not_a_court(ev)]

    def _fold_listed(self, events: list[ExtractedEvent], ctx: Context) -> list[ExtractedEvent]:
        """An act without amount that a colon opens onto the fines it consists of, by the same body in the same
        sentence ("a infligé ses premières amendes : Apple écope de 500 millions d'euros ; Meta, de 200 millions"),
        is those fines, not one more."""
        def who(ref: EntityRef | None) -> str:
            return (ref.iri or fold(ref.text)) if ref is not None else ""

        def listed(ev: ExtractedEvent) -> bool:
            if ev.amount is not None or ev.agent is None or _top(self.knowledge, ev.type) not in \
                    self.lexicon.amount_codes:
                return False
            colon = ctx.text.find(":", ev.trigger.end, ev.evidence.end)
            return colon >= 0 and any(
                o.amount is not None and colon < o.trigger.start < ev.evidence.end and who(o.agent) == who(ev.agent)
                and _top(self.knowledge, o.type) == _top(self.knowledge, ev.type) for o in events)

        return [ev for ev in events if not listed(ev)]

    def _fold_headline(self, events: list[ExtractedEvent], ctx: Context) -> list[ExtractedEvent]:
        """A headline's act told again in the body is one act ("Vidéosurveillance : la CNIL sanctionne un
        grossiste. Par une délibération adoptée jeudi, la formation restreinte a infligé une amende de 150 000
        euros à la société Distrimat"): an undated act of the clipping's first sentence, a headline with a colon or
        an act without object ("La CNIL frappe fort."), goes when a later sentence tells an act of the same kind by
        the same body (the same reference entity, or the same words for an unlinked one); the later one keeps its
        own party, date and amount."""
        spans = sentences(ctx.text, ctx.lang)
        if len(spans) < 2:
            return events
        head_end = spans[0][1]
        head = ctx.text[spans[0][0]:head_end]
        colon = ":" in head
        # without a colon, a headline is short and in the present: "La CNIL frappe fort." (not "La Commission a
        # sanctionné X.", whose party the reading may have missed)
        auxiliaries: frozenset[str] = getattr(LANGS.get(ctx.lang, LANGS["fr"]), "AUXILIARY_FORMS", frozenset())
        words = [fold(w) for w in re.findall(r"[\w'’-]+", head)]
        short_present = len(words) <= 6 and not any(w in auxiliaries for w in words)

        def who(ref: EntityRef) -> str:
            return ref.iri or fold(ref.text)

        later = {(_top(self.knowledge, ev.type), who(ev.agent)) for ev in events
                 if ev.evidence.start >= head_end and ev.agent is not None and ev.modality == "realised"}
        # a court's headline ruling sums up the ruling the story dates, whatever word each uses ("VSA : le Conseil
        # d'Etat valide le décret. … le Conseil d'Etat a rejeté mercredi leur recours contre le décret …")
        ruled = {who(ev.agent) for ev in events if ev.evidence.start >= head_end and ev.agent is not None
                 and ev.modality == "realised" and ev.date is not None and self._kind(ev.agent) in english.COURT_KINDS}
        def vague(ev: ExtractedEvent) -> bool:
            # no party a later act could lack: none, a phrase of no kind ("frappe une nouvelle fois la e-santé"), or
            # a text where a fine names its party ("has handed down the first fines under the Digital Markets Act")
            obj = ev.object
            if ev.count is not None:
                return False  # "issued 21 sanctions": a tally, not the headline of one act
            if obj is None or (obj.iri is None and obj.kind is None):
                return True
            return _top(self.knowledge, ev.type) in self.lexicon.amount_codes and \
                self.linker.category_of(self._kind(obj)) == "instrument"

        return [ev for ev in events if not (
            ev.evidence.end <= head_end and ev.date is None and ev.amount is None and ev.agent is not None
            and (colon or (ev.object is None and short_present) or (vague(ev) and any(
                g.evidence.start >= head_end and g.date is not None and g.agent is not None
                and (_top(self.knowledge, g.type), who(g.agent)) == (_top(self.knowledge, ev.type), who(ev.agent))
                for g in events)))
            and ev.modality == "realised" and ((_top(self.knowledge, ev.type), who(ev.agent)) in later
                                               or (colon and who(ev.agent) in ruled)))]

    def _kind(self, ref: EntityRef) -> str | None:
        """The kind of a body: the reference data's, else the one guessed for the mention."""
        ent = self.knowledge.entities.get(ref.iri) if ref.iri else None
        return ent.kind if ent is not None else ref.kind

    def _dated_by_publication(self, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
        """An undated act of a text that the same sentence says was published on a day takes that day: "Un décret
        paru samedi au Journal officiel prolonge … l'expérimentation" (the text acts as it is published). Only
        for a text as subject: the act has no agent, and the publication's object is the phrase the sentence
        opens with."""
        out: list[ExtractedEvent] = []
        for ev in events:
            if ev.date is None and ev.agent is None and _top(self.knowledge, ev.type) != "publication":
                pub = next((p for p in events if p is not ev and p.date is not None and p.evidence == ev.evidence
                            and _top(self.knowledge, p.type) == "publication" and p.trigger.end <= ev.trigger.start
                            and p.object is not None and p.object.span is not None
                            and p.object.span.start <= ev.evidence.start + 1), None)
                if pub is not None:
                    ev = replace(ev, date=pub.date, date_text=pub.date_text)
            out.append(ev)
        return out

    def _day_after_publication(self, events: list[ExtractedEvent], ctx: Context) -> list[ExtractedEvent]:
        """An act dated "le lendemain de sa publication" takes the day after the text's publication told before it
        in the clipping ("paru au Journal officiel du 8 mai … Il entre en vigueur le lendemain de sa publication")."""
        phrases = getattr(LANGS.get(ctx.lang, LANGS["fr"]), "DAY_AFTER_PUBLICATION", ())
        if not phrases:
            return events
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(p) for p in phrases)})(?!\w)", re.I)
        # (the act noun inside the phrase names the day, no act of its own: "le lendemain de sa publication")
        inside = [m.span() for m in pattern.finditer(ctx.text)]
        events = [ev for ev in events if not any(a <= ev.trigger.start < b for a, b in inside)]
        out: list[ExtractedEvent] = []
        for ev in events:
            said = pattern.search(ctx.text, ev.trigger.end, ev.evidence.end) if ev.date is None else None
            if said is not None:
                before = [p for p in events if p.date is not None and len(p.date.value) == 10
                          and p.trigger.start < ev.trigger.start and _top(self.knowledge, p.type) == "publication"
                          and (ev.object is None or p.object is None or p.object.iri == ev.object.iri
                               or p.object.text == ev.object.text)]
                if before:
                    day = dt.date.fromisoformat(before[-1].date.value) + dt.timedelta(days=1)  # type: ignore[union-attr]
                    ev = replace(ev, date=PartialDate(day.isoformat()), date_text=said.group())
            out.append(ev)
        return out

    def _fold_same_sanction(self, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
        """A sanction without amount on the same party, by the same body, on the same date as a fine is part of
        that decision ("fined LinkedIn EUR 310 million … The decision also includes a reprimand"), not a second
        sanction; so is such a sanction told without a date after the fine."""
        def top(ev: ExtractedEvent) -> str:
            return _top(self.knowledge, ev.type)

        def who(ref: EntityRef | None) -> str:
            return (ref.iri or fold(ref.text)) if ref is not None else ""

        fined = {(top(ev), who(ev.agent), who(ev.object), ev.date) for ev in events
                 if ev.amount is not None and ev.agent is not None and ev.object is not None}
        # an undated realised restatement after the fine ("… a infligé mercredi 500 millions d'euros à Apple. La
        # firme à la pomme est sanctionnée pour avoir …") tells the reason of that decision
        first: dict[tuple[str, str, str], int] = {}
        for ev in events:
            if ev.amount is not None and ev.agent is not None and ev.object is not None:
                key = (top(ev), who(ev.agent), who(ev.object))
                first[key] = min(first.get(key, ev.trigger.start), ev.trigger.start)

        def restated(ev: ExtractedEvent) -> bool:
            at = first.get((top(ev), who(ev.agent), who(ev.object)))
            return ev.date is None and ev.modality == "realised" and at is not None and at < ev.trigger.start

        return [ev for ev in events if ev.amount is not None or top(ev) not in self.lexicon.amount_codes
                or ((top(ev), who(ev.agent), who(ev.object), ev.date) not in fined and not restated(ev))]

    def _participle_of(self, fs: list[Frame], p: int, ctx: Context) -> int:
        """The index in ``fs`` of the act noun whose own act the trigger word at ``p`` restates, close after it in
        the same phrase ("la sanction de 32 M€ infligée à …"), else -1."""
        word = re.match(r"[\w-]+", ctx.text[p:p + 40])
        if word is None:
            return -1
        lemma = self.lexicon.form_lemma.get(ctx.lang, {}).get(fold(word.group()))
        tops = {tr.top for tr in self.lexicon.triggers.get(ctx.lang, {}).get(lemma or "", ())}
        for i, f in enumerate(fs):
            if f.participle_start == p:
                return i  # "dans ses conclusions présentées jeudi": the participle the act noun has as its support
            if f.trigger.pos == "noun" and f.trigger.top in tops and 0 <= p - f.trigger_span.end <= 40 \
                    and not re.search(r"[,;:.()]", ctx.text[f.trigger_span.end:p]):
                return i
        return -1

    def _assign_dates(self, frames: list[Frame], ctx: Context, published: dt.date | None, syn: _Syntax) -> None:
        roles = _date_roles(ctx, self.linker)
        ctx.date_roles = roles
        L = LANGS.get(ctx.lang, LANGS["fr"])
        fallback: dict[int, DateMention] = {}
        by_sent: dict[tuple[int, int], list[Frame]] = {}
        for f in frames:
            by_sent.setdefault((f.evidence.start, f.evidence.end), []).append(f)
        for (s, e), fs in by_sent.items():
            anchors = sorted(((_anchor(f), i) for i, f in enumerate(fs)))
            # the verb a nominal trigger is the subject or object of anchors its dates too
            # ("La requête avait été déposée le 14 février 2019 par …")
            for i, f in enumerate(fs):
                verb = syn.verb_of_noun.get(f.trigger_span.start)
                if f.via_noun and f.support_start is None and verb is not None and verb > f.trigger_span.start:
                    anchors.append((verb, i))
            own = {a for a, _ in anchors} | {f.trigger_span.start for f in fs}
            # a trigger that made no event still owns the dates after it ("an inquiry, opened in 2018")
            inside = [f.object_span for f in fs if f.object_span is not None]
            # unless it is the participle of an act noun just before, of the same act ("la sanction de 32 M€
            # infligée à X en décembre 2023"): its dates are that act's
            # (nor does the participle of the decision an act is done by: "par un arrêté signé samedi")
            means_at = [d.start for d in ctx.dates if s <= d.start < e and roles.get(d.start) == "means"]
            anchors += [(p, self._participle_of(fs, p, ctx)) for p in sorted(ctx.trigger_starts)
                        if s <= p < e and p not in own and not any(o.start <= p < o.end for o in inside)
                        and not any(0 < m - p < 25 and not re.search(r"[,;:.]", ctx.text[p:m])
                                    and len(ctx.text[p:m].split()) <= 2 for m in means_at)]
            anchors.sort()
            owned: dict[int, list[DateMention]] = {i: [] for i in range(-1, len(fs))}
            initial: list[DateMention] = []
            opening: list[DateMention] = []
            for d in ctx.dates:
                if d.start < s or d.end > e:
                    continue
                before = [i for a, i in anchors if a <= d.start]
                if not before:
                    initial.append(d)
                    continue
                last_anchor = max(a for a, i in anchors if a <= d.start)
                cut_at = _cut_off_participle(ctx.text, last_anchor, d, [a for a, _ in anchors], L)
                if cut_at is not None:
                    # set off between an auxiliary and its participle ("la CNIL avait, en décembre 2023,
                    # sanctionné …"): the date is the participle's
                    for a, i in anchors:
                        if a == cut_at:
                            owned[i].append(d)
                    continue
                if last_anchor == s and "," in ctx.text[last_anchor:d.start] and any(
                        g.trigger_span.start == s and not g.via_noun and g.trigger.pos != "noun" for g in fs):
                    # past the comma that closes a fronted participle ("Saisi par soixante députés, le Conseil a
                    # rendu mardi sa décision"): the date is the main clause's, not the participle's
                    opening.append(d)
                    continue
                if _opens_clause(ctx.text[last_anchor:d.start], ctx.text[d.end:d.end + 2]):
                    # the date opens a new clause ("n'a pas suspendu le décret : dans une ordonnance du 24 mai,
                    # le juge … a rejeté"): it belongs to the acts after it, not to the one before
                    opening.append(d)
                    continue
                for a, i in anchors:
                    if a == last_anchor:
                        owned[i].append(d)
            for i, f in enumerate(fs):
                mine = {a for a, j in anchors if j == i} | {f.trigger_span.start}
                cands = [d for d in owned[i] if _eligible(d, f, roles, syn, ctx.text)]
                if not cands:
                    # a fronted date, unless a contrastive clause stands between ("fin mars, mais le texte doit…")
                    cands = [d for d in reversed(initial) if _eligible(d, f, roles, syn, ctx.text)
                             and not _contrast_between(ctx.text, d.end, f.trigger_span.start, L)]
                if not cands:
                    cands = [d for d in reversed(opening) if d.end <= f.trigger_span.start
                             and not re.search(r"[:;]", ctx.text[d.end:f.trigger_span.start])
                             and _eligible(d, f, roles, syn, ctx.text)
                             and not _contrast_between(ctx.text, d.end, f.trigger_span.start, L)]
                own_title = [d for d in ctx.dates if s <= d.start and d.end <= e and roles.get(d.start) == "title"
                             and _own_record_date(d, f, ctx.text)]
                acting = f.acting_text
                if acting is not None and not own_title and not any(
                        d.start > f.trigger_span.start and _eligible(d, f, roles, syn, ctx.text) for d in owned[i]):
                    # "L'arrêté du 28 juillet 2025 du préfet … renouvelle pour trois mois l'autorisation": the text
                    # that acts for its author dates the act, when the clause after the verb gives no date
                    own_title = [d for d in ctx.dates if acting.start <= d.start and d.end <= acting.end
                                 and roles.get(d.start) == "title"][:1]
                if own_title:
                    # "un avis du 10 septembre publié ce mardi": the record's date, not its publication's
                    cands = own_title
                reported = [d for d in cands if _reported(d, f, mine, syn)]
                cands = [d for d in cands if d not in reported and not (reported and d.start == ctx.dispatch)]
                means = [d for d in cands if roles.get(d.start) == "means"]
                # the act noun's own participle dates it before any other date of the clause ("a rendu publiques
                # hier deux amendes décidées le 1er septembre")
                cands = [d for d in cands if (syn.clause_of.get(d.start) or (-1, -1, -1))[2] == f.trigger_span.start
                         and _in_own_phrase(d, f, syn, ctx.text)] or cands
                if means or cands:
                    f.date = (means or cands)[0]
                elif reported:
                    fallback[id(f)] = reported[0]
                elif getattr(L, "REPORT_DATES_ALL", False):
                    # "has fined Temu … for …, and ordered it to …, the regulator said on Friday": a reporting verb
                    # after the acts governs them all, though its date follows another act
                    told = [d for d in ctx.dates if s <= d.start and d.end <= e and _reported(d, f, mine, syn)]
                    if told:
                        fallback[id(f)] = told[0]
            # a headline before a colon is told after it ("Validation de l'essentiel, censure de six
            # dispositions : saisi par …, le Conseil a tranché le 12 juin 2025"); not an act still to come, whose
            # colon opens its timetable ("Its obligations will kick in gradually: the bans … from …")
            for f in fs:
                colon = ctx.text.find(":", f.trigger_span.end, e)
                if f.date is None and colon >= 0 and f.support_start is None and not f.future:
                    f.date = next((d for d in ctx.dates if colon < d.start and d.end <= e and d.marker is None
                                   and _eligible(d, f, roles, syn, ctx.text)), None)
            # coordinated verbs of one subject share its date ("ont validé jeudi … et n'en ont censuré que …")
            for i, f in enumerate(fs):
                if f.date is None and f.agent is not None and not f.via_noun:
                    prev = [g for g in fs[:i] if g.date is not None and g.agent is not None
                            and (g.agent.iri or g.agent.text) == (f.agent.iri or f.agent.text)
                            and g.trigger_span.start < f.trigger_span.start
                            and not _in_relative(ctx.text, s, g, f, L)]
                    if prev:
                        f.date = prev[-1].date
        self._dates_across_sentences(frames, ctx, roles, syn, fallback)
        for f in frames:
            if f.date is None and id(f) in fallback:
                f.date = fallback[id(f)]
        header = _citation_header(ctx)
        if header is not None:
            # "Soc. 15 janv. 2025, n° 23-19.871. La chambre sociale rejette le pourvoi …": the decision a clipping
            # opens by citing is dated by its citation; its acts told after it without a date of their own (not in a
            # compound or future tense, which tell of other times) take that date
            for f in frames:
                if f.date is None and f.modality == "realised" and not f.past and not f.future \
                        and f.trigger_span.start >= header[1]:
                    f.date = header[0]

    def _dates_across_sentences(self, frames: list[Frame], ctx: Context, roles: dict[int, str],
                                syn: _Syntax | None = None, reported: dict[int, DateMention] | None = None) -> None:
        """A date given in the sentence before or after the act's own sentence.

        * after: a definite noun that takes the act up opens the next sentence ("The decision, notified to
          LinkedIn on 22 October, …", "La mesure, publiée le 6 mars, …");
        * before: the previous sentence reports no act of its own and dates what the same body did
          ("Réunie le 7 novembre 2022, la Cour de cassation a jugé que … Elle a donc cassé …");
        * before: the act is added to the previous one of the same body ("… also ordered Luka to …");
        * after: a later sentence that reports no act of its own has its receiver take the act up with a
          definite noun of the act, in a clause with a date ("autorisée par la Cnil, la ville … « Nous avons
          reçu le 15 février l'autorisation »"): receiving the act dates it.
        """
        L = LANGS.get(ctx.lang, LANGS["fr"])
        spans = sentences(ctx.text, ctx.lang)
        if len(spans) < 2:
            return

        def sent_of(pos: int) -> int:
            return next((k for k, (a, b) in enumerate(spans) if a <= pos < b), -1)

        with_frames = {sent_of(f.trigger_span.start) for f in frames}
        reported = reported or {}

        def date_of(g: Frame) -> DateMention | None:
            """The date of an act told before, also when only its report dates it ("…, the regulator said on
            Monday. The company was also ordered to …")."""
            return g.date or reported.get(id(g))

        dated_before = list(frames)
        for f in frames:
            if f.date is not None or f.modality != "realised" or f.future:
                continue
            k = sent_of(f.trigger_span.start)
            if k < 0:
                continue
            date: DateMention | None = None
            # (an act added to the one told before, "Elle lui enjoint aussi …", has that act's date, not the date
            # a later sentence gives the record: "La délibération a été rendue publique mercredi")
            added = f.agent is not None and k > 0 and (
                _has_word(ctx.text[spans[k][0]:f.trigger_span.start], L.ADDITIVES)
                or _has_word(ctx.text[f.trigger_span.end:f.trigger_span.end + 24], L.ADDITIVES))
            if k + 1 < len(spans) and not added and self._takes_up_act(ctx, spans[k + 1], f, L):
                date = next((d for d in ctx.dates if spans[k + 1][0] <= d.start < spans[k + 1][1]
                             and d.marker is None and roles.get(d.start) != "title"), None)
            if date is None and syn is not None:
                nouns = self._nouns_by_code.get(f.trigger.code, set())
                for n, (lo, hi) in sorted(syn.received.items()):
                    head = re.match(r"[\w-]*", ctx.text[n:])
                    word = fold(head.group()) if head is not None else ""
                    if sent_of(n) <= k or sent_of(n) in with_frames or not ({word, word.rstrip("s")} & nouns):
                        continue
                    date = next((d for d in ctx.dates if lo <= d.start and d.end <= hi and d.marker is None
                                 and roles.get(d.start) != "title"), None)
                    if date is not None:
                        break
            if date is None and k + 1 < len(spans) and f.agent is not None:
                # "… n'a censuré que l'article 12. Dans sa décision du 7 août 2025, il a …": the body's own decision
                # named at the head of the next sentence dates the act told just before
                ns, ne = spans[k + 1]
                lead = fold(ctx.text[ns:min(ne, ns + 40)]).replace("'", "' ").split()
                same = [g for g in frames if g.agent is not None and sent_of(g.trigger_span.start) == k + 1
                        and (g.agent.iri or g.agent.text) == (f.agent.iri or f.agent.text)]
                if same and len(lead) >= 3 and lead[0] in {fold(w) for w in L.MEANS_PREPS} \
                        and lead[1] in {fold(w) for w in getattr(L, "POSSESSIVES", ())}:
                    date = next((d for d in ctx.dates if ns <= d.start < ne and roles.get(d.start) == "means"), None)
            if date is None and k > 0 and f.agent is not None and f.object is not None:
                # the same body acting on the same party in a later sentence goes on telling one decision, however
                # far back it was dated ("The DPC has fined Lovelink €20M. The decision, adopted on Wednesday, follows
                # a binding decision by the EDPB in July. The company has been ordered to …": not July)
                party = f.object.iri or fold(f.object.text)
                prev = [g for g in dated_before if date_of(g) is not None and g.trigger_span.start < spans[k][0]
                        and g.agent is not None and (g.agent.iri or g.agent.text) == (f.agent.iri or f.agent.text)
                        and g.object is not None and (g.object.iri or fold(g.object.text)) == party
                        and g.modality == "realised" and not g.future]
                if prev:
                    date = date_of(prev[-1])
            if date is None and k > 0 and f.agent is not None:
                ps, pe = spans[k - 1]
                # (a body referred to in the sentence before is its subject: "Saisi par …, le Conseil a rendu …")
                referred = {g.object.iri for g in frames if ps <= g.trigger_span.start < pe and g.object is not None
                            and g.object.iri and is_referral(g.trigger, self.lexicon)}
                same_body = (f.agent.span is not None and f.agent.span.end <= spans[k][0]) or (
                    f.agent.iri is not None and any(m.iri == f.agent.iri and not ctx.in_pp(m)
                                                    for m in ctx.mentions_in(ps, pe, "actor"))) \
                    or f.agent.iri in referred
                # (the sentence before may tell another body's act, a referral: "Saisi par soixante députés, le
                # Conseil a rendu jeudi sa décision sur la loi. Les Sages ont censuré l'article 4"; the date must
                # then be no act's own)
                others = [g for g in frames if ps <= g.trigger_span.start < pe]
                own_dates = {id(g.date) for g in others if g.date is not None}
                if same_body and not any(g.agent is not None and (g.agent.iri or g.agent.text) == (
                        f.agent.iri or f.agent.text) for g in others):
                    date = next((d for d in reversed(ctx.dates) if ps <= d.start < pe and d.marker is None
                                 and roles.get(d.start) != "title" and id(d) not in own_dates), None)
                if date is None and f.agent.iri and f.object is not None and f.object.iri:
                    # the same body acting on the same party in the next sentence goes on telling one decision
                    # ("TikTok was fined … on Friday … The Irish watchdog gave the platform three months to …")
                    prev = [g for g in dated_before if date_of(g) is not None and ps <= g.trigger_span.start < pe
                            and g.agent is not None and g.agent.iri == f.agent.iri and g.object is not None
                            and g.object.iri == f.object.iri and g.modality == "realised" and not g.future]
                    if prev:
                        date = date_of(prev[-1])
                # an act added to, or set against, the previous act of the same body (also under another name
                # of it: "Les Sages ont en revanche validé …") is told of the same decision: it has its date
                # ("… upheld the rest of the text": the remainder of what the act before dealt with; the adverb may
                # follow the verb: "La DPC ordonne en outre la suspension …")
                opener = re.match(r"[^\W\d_]+", ctx.text[spans[k][0]:spans[k][1]])
                if date is None and opener is not None and fold(opener.group()) in getattr(L, "SUBJECT_PRONOUNS", ()) \
                        and (f.agent.span is None or f.agent.span.end <= spans[k][0]):  # (the pronoun's antecedent)
                    # "Par un jugement du 3 juillet, le tribunal a annulé … . Il a enjoint à la commune de …": the
                    # body taken up by a pronoun opening the next sentence goes on telling the same decision
                    prev = [g for g in dated_before if date_of(g) is not None and g.agent is not None
                            and ps <= g.trigger_span.start < pe and g.modality == "realised" and not g.future
                            and (g.agent.iri or g.agent.text) == (f.agent.iri or f.agent.text)]
                    between = [fold(w) for w in _words(ctx.text[spans[k][0]:f.trigger_span.start])]
                    pluperfect = any(w.endswith(tuple(getattr(L, "IMPERFECT_ENDINGS", ()))) for w in between)
                    if prev and not pluperfect:  # (not "Il avait enjoint …": an earlier act)
                        date = date_of(prev[-1])
                remainder = _has_word(ctx.text[spans[k][0]:f.trigger_span.end + 24], getattr(L, "REMAINDERS", ()))
                if date is None and (_has_word(ctx.text[spans[k][0]:f.trigger_span.start],
                                               (*L.ADDITIVES, *getattr(L, "CONTRAST_ADVERBS", ())))
                                     or remainder
                                     or _has_word(ctx.text[f.trigger_span.end:f.trigger_span.end + 24],
                                                  (*L.ADDITIVES, *getattr(L, "CONTRAST_ADVERBS", ())))):
                    # (the rest of a text is what the same body's decision left: its last act told before,
                    # however far back: "… a censuré l'article 12 … . Une bonne nouvelle pour … . Le reste du texte
                    # a été déclaré conforme")
                    # (past sentences that tell no act: "… a annulé l'article 4 … . Cette durée a été jugée
                    # disproportionnée. Le Palais-Royal a en revanche rejeté le surplus")
                    lo = 0 if remainder or not others else ps
                    prev = [g for g in dated_before if date_of(g) is not None and g.agent is not None
                            and lo <= g.trigger_span.start < pe
                            and (g.agent.iri or g.agent.text) == (f.agent.iri or f.agent.text)]
                    if prev:
                        date = date_of(prev[-1])
            if date is None and k + 1 < len(spans) and f.agent is not None and f.agent.iri:
                date = self._said_next(f, ctx, spans[k + 1], L)
            if date is not None:
                f.date = date

    def _drop_taken_up(self, frames: list[Frame], ctx: Context) -> list[Frame]:
        """A definite act noun alone opening a sentence, with a participle set off by a comma ("La mesure, publiée
        le 6 mars, répond à …", "La décision, notifiée le 3 mai, …") takes up the act told in the sentence before:
        it is no act of its own (``_dates_across_sentences`` gives its date to that act)."""
        if len(frames) < 2:
            return frames
        L = LANGS.get(ctx.lang, LANGS["fr"])
        definites = {fold(w).rstrip("'") for w in L.DEFINITES}
        nouns = self._act_nouns.get(ctx.lang, set())
        spans: list[tuple[int, int]] = []
        out = []
        for f in frames:
            noun: Span | None = None
            if f.agent is None and f.object is not None and f.object_span is not None \
                    and f.object_span.end <= f.trigger_span.start \
                    and re.fullmatch(r"\s*,\s*", ctx.text[f.object_span.end:f.trigger_span.start]):
                noun = f.object_span  # "La mesure, publiée le 6 mars": the participle's frame
            elif f.trigger.pos == "noun" and f.object is None \
                    and ctx.text[f.trigger_span.end:].lstrip().startswith(","):
                noun = f.trigger_span  # "La sanction, notifiée le 2 mai, …": the noun's own frame
            if noun is not None:
                start = ctx.text.rfind(" ", 0, max(0, noun.start - 1)) + 1 if noun is f.trigger_span else noun.start
                words = re.findall(r"[\w-]+'?", fold(ctx.text[start:noun.end]).replace("'", "' "))
                if len(words) == 2 and words[0].rstrip("'") in definites \
                        and (words[1] in nouns or words[1].rstrip("sx") in nouns):
                    spans = spans or sentences(ctx.text, ctx.lang)
                    k = next((j for j, (a, b) in enumerate(spans) if a <= noun.start < b), -1)
                    opens = k > 0 and not ctx.text[spans[k][0]:start].strip()
                    if opens and any(g is not f and g.modality == "realised"
                                     and spans[k - 1][0] <= g.trigger_span.start < spans[k - 1][1] for g in frames):
                        continue
            # (a participle set off after a record noun that names no act of this type goes on: "La délibération,
            # rendue publique le 23 janvier, …" after "la CNIL a sanctionné …")
            if f.agent is None and f.object is not None and f.object_span is not None and f.trigger.pos == "verb" \
                    and f.object_span.end < f.trigger_span.start \
                    and ctx.text[f.object_span.end:f.trigger_span.start].lstrip().startswith(","):
                # "La délibération, adoptée le 5 novembre et rendue publique le 19, …": a further participle on the
                # record of the act told in the sentence before is an act of that act's author
                named = fold(ctx.text[f.object_span.start:f.object_span.end])
                words = re.findall(r"[\w-]+'?", named.replace("'", "' "))
                if len(words) == 2 and words[0].rstrip("'") in definites and self.linker.guess_kind(
                        words[1], ctx.lang, "instrument") in ACT_RECORD_KINDS:
                    spans = spans or sentences(ctx.text, ctx.lang)
                    k = next((j for j, (a, b) in enumerate(spans) if a <= f.object_span.start < b), -1)
                    before = [g for g in frames if g is not f and g.modality == "realised" and g.agent is not None
                              and k > 0 and spans[k - 1][0] <= g.trigger_span.start < spans[k - 1][1]]
                    if k > 0 and not ctx.text[spans[k][0]:f.object_span.start].strip() and before:
                        f = replace(f, agent=before[0].agent)
            elif f.agent is None and f.trigger.pos == "verb":
                author = self._record_author(f, frames, ctx, L) or self._record_author(f, frames, ctx, L, court=True)
                if author is not None:
                    f = replace(f, agent=author)
            out.append(f)
        return out

    def _said_next(self, f: Frame, ctx: Context, span: tuple[int, int], L: ModuleType) -> DateMention | None:
        """The date of the statement that the next sentence opens with, when the body that acted makes it ("Brussels
        has fined Apple €500mn … The European Commission said on Wednesday that Apple had breached …", "La
        Commission a infligé … La Commission a précisé mercredi que …"): the body explains its act the day it tells
        of it. None unless that sentence opens with the same body, then a verb of saying, then the date."""
        ns, ne = span
        first = next(iter(sorted(ctx.mentions_in(ns, ne, "actor"), key=lambda m: m.start)), None)
        if first is None or f.agent is None or first.iri != f.agent.iri:
            return None
        if len(_words(ctx.text[ns:first.start])) > 1:  # (an article at most before the body's name)
            return None
        date = next((d for d in ctx.dates if first.end < d.start < ne and d.marker is None), None)
        if date is None:
            return None
        words = [fold(w) for w in _words(ctx.text[first.end:date.start])]
        auxiliaries = {fold(w) for w in (*getattr(L, "AUXILIARY_FORMS", ()), *getattr(L, "HAVE_FORMS", ()))}
        while words and words[0] in auxiliaries:
            words = words[1:]
        if len(words) != 1:
            return None
        forms = {fold(w) for w in getattr(L, "REPORTING", ())}
        stems = tuple(fold(v)[:-2] for v in getattr(L, "REPORTING_VERBS", ()) if fold(v).endswith("er"))
        return date if words[0] in forms or (stems and words[0].startswith(stems)) else None

    def _drop_restated(self, frames: list[Frame], ctx: Context) -> list[Frame]:
        """A later sentence that names the act told before by a definite noun of its kind tells of that act again
        ("The Irish regulator has fined TikTok €530m. The DPC announced the penalty on Friday …", "… a infligé une
        amende à Logiflux. Prononcée le 11 décembre par la formation restreinte, la sanction …"): the noun, as the
        act's own trigger or as what the act's verb governs, is no act of its own. Its date, and its author, go to
        the act told before when that act has none. The act before must be of the same kind (the same top concept),
        realised, and by the same body when both name one."""
        if len(frames) < 2:
            return frames
        L = LANGS.get(ctx.lang, LANGS["fr"])
        definites = {fold(w).rstrip("'") for w in L.DEFINITES}
        spans = sentences(ctx.text, ctx.lang)

        def sent_of(i: int) -> int:
            return next((j for j, (a, b) in enumerate(spans) if a <= i < b), -1)

        def names_act(start: int, end: int, top: str) -> bool:
            words = re.findall(r"[\w-]+'?", fold(ctx.text[start:end]).replace("'", "' "))
            nouns = {fold(n) for n in self._nouns_by_top.get(top, set())}
            return len(words) == 2 and words[0].rstrip("'") in definites \
                and (words[1] in nouns or words[1].rstrip("s") in nouns)

        dropped: set[int] = set()
        for f in frames:
            if f.modality != "realised" or f.future:
                continue
            if f.trigger.pos == "noun" and f.object is None:
                # "announced the penalty": the determiner is the word before the trigger noun
                start = ctx.text.rfind(" ", 0, max(0, f.trigger_span.start - 1)) + 1
                own = names_act(start, f.trigger_span.end, f.trigger.top)
            elif f.object is not None and f.object_span is not None and not f.object.iri:
                own = names_act(f.object_span.start, f.object_span.end, f.trigger.top)  # "prononcée …, la sanction"
            else:
                own = False
            k = sent_of(f.trigger_span.start)
            # what the act before dealt with, taken up by a demonstrative in the next sentence ("… a censuré sept
            # articles … . Plusieurs de ces dispositions ont été écartées comme cavaliers"): the same act told again
            taken = not own and f.object is not None and f.object_span is not None and not f.object.iri \
                and bool(set(_words(fold(ctx.text[f.object_span.start:f.object_span.end])))
                         & {fold(w) for w in getattr(L, "DEMONSTRATIVES", ())})
            if not (own or taken) or k <= 0:
                continue
            lo = k - 1 if taken else 0
            before = [g for g in frames if g is not f and id(g) not in dropped and g.modality == "realised"
                      and not g.future and g.trigger.top == f.trigger.top
                      and lo <= sent_of(g.trigger_span.start) < k
                      and (f.agent is None or g.agent is None
                           or (g.agent.iri or fold(g.agent.text)) == (f.agent.iri or fold(f.agent.text)))]
            if not before:
                continue
            g = before[-1]
            dropped.add(id(f))
            if g.date is None and f.date is not None:
                g.date = f.date
            if g.agent is None and f.agent is not None:
                g.agent = f.agent
        return [f for f in frames if id(f) not in dropped]

    def _record_author(self, f: Frame, frames: list[Frame], ctx: Context, L: ModuleType,
                       court: bool = False) -> EntityRef | None:
        """The author of the record that opens the sentence of ``f`` as its subject ("Le même arrêté prolonge …",
        after "Le préfet a autorisé par un arrêté …"): the body of the last act before whose sentence names that
        record noun; with ``court``, the body of the last act before if it is a court, whatever that sentence calls
        its act. None unless the subject is a definite record noun, "même" allowed."""
        spans = sentences(ctx.text, ctx.lang)
        k = next((j for j, (a, b) in enumerate(spans) if a <= f.trigger_span.start < b), -1)
        if k <= 0:
            return None
        words = re.findall(r"[\w-]+'?", fold(ctx.text[spans[k][0]:f.trigger_span.start]).replace("'", "' "))
        definites = {fold(w).rstrip("'") for w in L.DEFINITES}
        if not (len(words) == 2 or (len(words) == 3 and words[1] in getattr(L, "SAME_ADJECTIVES", ()))) \
                or words[0].rstrip("'") not in definites \
                or self.linker.guess_kind(words[-1], ctx.lang, "instrument") not in ACT_RECORD_KINDS:
            return None
        noun = words[-1]
        for g in sorted(frames, key=lambda g: g.trigger_span.start, reverse=True):
            if g is f or g.agent is None or g.modality != "realised" or g.trigger_span.start >= spans[k][0]:
                continue
            j = next((i for i, (a, b) in enumerate(spans) if a <= g.trigger_span.start < b), -1)
            if j >= 0 and re.search(rf"\b{re.escape(noun)}\b", fold(ctx.text[spans[j][0]:spans[j][1]])):
                return g.agent
            if court:
                # (``court``: a court's act is a decision whatever the sentence calls it: "Le Conseil a validé
                # jeudi l'essentiel de la loi … La décision écarte en revanche sept articles")
                return g.agent if self._kind(g.agent) in english.COURT_KINDS else None
        return None

    def _takes_up_act(self, ctx: Context, span: tuple[int, int], f: Frame, L: ModuleType) -> bool:
        """Whether the sentence at ``span`` opens with a definite noun naming the act of ``f`` ("La sanction, …",
        "The decision, …"): one of the act's trigger nouns, or a head noun of the texts that record an act. A
        participle clause may come first ("Announced on Sept. 3, 2024, the decision is …")."""
        lead = re.match(r"[^\W\d_]+", ctx.text[span[0]:span[1]])
        endings: tuple[str, ...] = getattr(L, "PARTICIPLE_ENDINGS", ()) or getattr(L, "FRONTED_PARTICIPLE_ENDINGS", ())
        if endings and lead is not None and lead.group().lower().endswith(endings):
            after = re.search(r",\s+(?=(?:" + "|".join(map(re.escape, L.DEFINITES)) + r")\s)",
                              ctx.text[span[0]:min(span[1], span[0] + 120)], re.I)
            if after is not None:
                span = (span[0] + after.end(), span[1])
        words = re.findall(r"[\w']+", fold(ctx.text[span[0]:span[1]]).replace("'", "' "))[:3]
        if len(words) < 2 or words[0].rstrip("'") not in {w.rstrip("'") for w in L.DEFINITES}:
            return False
        head = words[1]
        nouns = self._nouns_by_top.get(f.trigger.top, set())
        if head in nouns or head.rstrip("s") in nouns:
            return True
        following = re.findall(r"[\w']+", fold(ctx.text[span[0]:span[1]]).replace("'", "' "))
        for phrase in self._noun_phrases_by_top.get(f.trigger.top, set()):
            # an act noun of several words after the determiner ("Adoptées la semaine dernière, ces mises en
            # demeure …")
            got = following[1:1 + len(phrase)]
            if len(got) == len(phrase) and got[0].rstrip("s") == phrase[0].rstrip("s") \
                    and [w.rstrip("s") for w in got[1:]] == [w.rstrip("s") for w in phrase[1:]]:
                return True
        if self.linker.guess_kind(head, ctx.lang, "instrument") in ACT_RECORD_KINDS:
            return True
        # a generic noun ("la mesure") takes the act up when a participle is set off after it ("La mesure, publiée
        # le 6 mars, …"); "La mesure entrera en vigueur le …" tells of its own act
        return bool({head, head.rstrip("s")} & self.lexicon.act_anaphors.get(ctx.lang, set())) and re.match(
            r"\s*\S+\s+[\w-]+\s*,", ctx.text[span[0]:span[1]].replace("’", "'").replace("'", "' ")) is not None

    def _headline_amount(self, f: Frame, ctx: Context, used: set[int]) -> list[Amount]:
        """The amount of a headline before a colon that states a fine act without its author, for the first act
        told after the colon ("Clearview AI condamnée à payer 20 millions d'euros : la Cnil a sanctionné …")."""
        colon = ctx.text.rfind(":", f.evidence.start, f.trigger_span.start)
        if colon < 0 or any(p in ctx.text[f.evidence.start:colon] for p in ";:"):
            return []
        head = [a for a in ctx.amounts if f.evidence.start <= a.start and a.end <= colon]
        if len(head) >= 2 and all(a.is_fine_amount and id(a) not in used for a in head) and all(
                _party_after(a, ctx, self.linker, self._fine_nouns) is not None for a in head):
            # "Un demi-milliard d'euros pour Apple, 200 millions pour Meta : la Commission a infligé …": a list
            # of amounts, each with its party, set before the colon the fine act after it explains
            return head
        if len(head) != 1 or not head[0].is_fine_amount or id(head[0]) in used:
            return []
        forms = self.lexicon.form_lemma.get(ctx.lang, {})
        triggers = self.lexicon.triggers.get(ctx.lang, {})
        states_fine = any(takes_amount(tr, self.lexicon) for w in _words(ctx.text[f.evidence.start:head[0].start])
                          for tr in triggers.get(forms.get(fold(w), ""), ()))
        # "Un million et demi d'euros : c'est l'amende infligée …": a presentative after the colon takes the amount
        # up as what the act after it is
        after = fold(ctx.text[colon + 1:f.trigger_span.start]).replace("’", "'").lstrip()
        presented = any(after.startswith(p) for p in getattr(LANGS.get(ctx.lang, LANGS["fr"]), "PRESENTATIVES", ()))
        alone = not _words(ctx.text[f.evidence.start:head[0].start]) and not _words(ctx.text[head[0].end:colon])
        return head if states_fine or (presented and alone) else []

    def _headline_fine(self, f: Frame, ctx: Context, used: set[int]) -> tuple[Amount, EntityRef] | None:
        """The fine a headline states with its party, for the first act told after it that has no amount of its own
        ("Pointage biométrique : 250 000 euros d'amende pour Logivia. Par une délibération du 18 décembre, la
        formation restreinte a sanctionné le logisticien lyonnais …"): the headline is a first sentence with a
        colon and no author; the act's party must be that party, or a definite description of a company or a
        person that the reference data does not name (then the headline's name stands for it)."""
        spans = sentences(ctx.text, ctx.lang)
        if len(spans) < 2 or f.evidence.start < spans[0][1] or f.agent is None:
            return None
        s, e = spans[0]
        authors = [m for m in ctx.mentions_in(s, e, "actor") if m.kind not in ("company", "person")]
        if ":" not in ctx.text[s:e] or authors:
            return None
        head = [a for a in ctx.amounts if s <= a.start and a.end <= e]
        if len(head) != 1 or not head[0].is_fine_amount or id(head[0]) in used:
            return None
        got = _party_after(head[0], ctx, self.linker, self._fine_nouns)
        if got is None or f.object is None:
            return None
        party, obj = got[0], f.object
        same = (obj.iri is not None and obj.iri == party.iri) or fold(obj.text) == fold(party.text)
        definites = {fold(w).rstrip("'") for w in LANGS.get(ctx.lang, LANGS["fr"]).DEFINITES}
        first = fold(obj.text).replace("'", "' ").split()[:1]
        described = obj.iri is None and bool(first) and first[0].rstrip("'") in definites \
            and self.linker.guess_kind(obj.text, ctx.lang) in ("company", "person")
        if not (same or described):
            return None
        used.add(id(head[0]))
        return head[0], party

    def _events(self, f: Frame, ctx: Context, published: dt.date | None,
                used_amounts: set[int], news_day: dt.date | None = None,
                fines: frozenset[int] = frozenset()) -> list[ExtractedEvent]:
        date = None
        date_text = None
        basis: str | None = None
        # an act the clipping expects, announces or proposes lies ahead: "devrait adopter en mars", written in
        # June, is next March
        forward = (f.date is not None and f.date.marker == "forward" and not f.past) or f.future \
            or f.modality != "realised"
        L = LANGS.get(ctx.lang, LANGS["fr"])
        if forward and f.future and f.modality == "realised" and f.date is not None and f.date.marker is None \
                and f.date.start > f.trigger_span.end and re.search(
                    L.PARTICIPLE_BEFORE_DATE, ctx.text[f.trigger_span.end:f.date.start], re.I):
            # "will be banned … under a settlement announced by the FTC on Tuesday": the participle's day is past
            forward = False
        if f.date is not None:
            hi = max(f.trigger_span.end + 40, f.object_span.end if f.object_span else 0)
            region = (f.trigger_span.start, min(hi, f.evidence.end))
            own_text = f.object_span if text_theme(f.trigger, self.lexicon) else None
            date, basis = _when(ctx, f.date, published, news_day, forward, region, own_text)
            if f.present and not forward and basis == "publication" and published is not None and date is not None \
                    and len(date.value) == 10:
                ahead, _ = _when(ctx, f.date, published, news_day, True, region)
                if ahead is not None and abs((dt.date.fromisoformat(ahead.value) - published).days) < abs(
                        (dt.date.fromisoformat(date.value) - published).days):
                    date = ahead  # "Le texte entre en vigueur le 1er mars", written on 1 February
            date_text = f.date.text
        modality: Modality = f.modality  # type: ignore[assignment]
        if f.future and modality == "realised" and f.date is None:
            modality = "expected"
        amounts: list[Amount] = []
        if takes_amount(f.trigger, self.lexicon):
            amounts = [a for a in ctx.amounts if a.is_fine_amount and id(a) not in used_amounts
                       and _governs(f, a, ctx, fines)]
            if not amounts:  # "… pour un montant cumulé d'amendes de 104 000 euros": a fine noun names it
                nouns = self._nouns_by_top.get(f.trigger.top, set())
                for a in ctx.amounts:
                    if a.is_fine_amount and id(a) not in used_amounts and \
                            f.evidence.start <= a.start and a.end <= f.evidence.end:
                        before = [fold(w) for w in _words(ctx.text[max(f.evidence.start, a.start - 30):a.start])]
                        totals = {fold(w) for w in getattr(LANGS.get(ctx.lang, LANGS["fr"]), "AMOUNT_NOUNS", ())}
                        # (or a total after the act: "douze sanctions …, pour un montant cumulé de 168 000 euros")
                        if any(w in nouns or w.rstrip("s") in nouns or (w in totals and a.start > f.trigger_span.end)
                               for w in before[-3:]):
                            amounts = [a]
                            break
            if not amounts:  # "the EUR 32 million fine the CNIL imposed": the amount on the fine noun the
                # trigger's clause describes, right before it
                nouns = self._nouns_by_top.get(f.trigger.top, set())
                for a in ctx.amounts:
                    gap = ctx.text[a.end:f.trigger_span.start]
                    words = [fold(w) for w in _words(gap)]
                    if a.is_fine_amount and id(a) not in used_amounts and f.evidence.start <= a.start \
                            and 0 < len(words) <= 6 and not re.search(r"[,;:.()]", gap) \
                            and (words[0] in nouns or words[0].rstrip("s") in nouns):
                        amounts = [a]
        if takes_amount(f.trigger, self.lexicon):
            if amounts:
                amounts = _amount_list(sorted(amounts, key=lambda a: a.start), ctx, used_amounts, self.linker,
                                       self._fine_nouns)
            else:
                amounts = _same_amount(f, ctx) or self._headline_amount(f, ctx, used_amounts)
            if not amounts:
                told = self._headline_fine(f, ctx, used_amounts)
                if told is not None:
                    amounts = [told[0]]
                    f.object = told[1] if f.object is None or f.object.iri is None else f.object
        base = ExtractedEvent(
            type=f.trigger.code, evidence=f.evidence, trigger=f.trigger_span, agent=f.agent, object=f.object,
            date=date, date_text=date_text, count=f.count, modality=modality, extras=_basis(date, basis),
            addressee=f.addressee,
            ground=ctx.text[f.ground.start:f.ground.end] if f.ground is not None else None,
            requirement=ctx.text[f.requirement.start:f.requirement.end] if f.requirement is not None else None,
        )
        if base.ground is None and takes_ground(f.trigger, self.lexicon):
            base = replace(base, ground=_conduct(ctx, base.object))
        if not amounts and f.date is not None and len(f.date.days) >= 2 and not is_durative(f.trigger, self.lexicon):
            # "déférée … par deux groupes de députés, les 17 et 19 avril": one act per day; each further day
            # names its act, so it is that act's trigger (one trigger would make them one event). An act
            # that lasts ("a testé … les 16, 19 et 20 février") keeps one event, dated by its first day.
            nums = list(re.finditer(r"\d+", f.date.text))
            out_days = []
            for k, day in enumerate(f.date.days):
                one = replace(f.date, day=day, days=())
                trig = base.trigger if k == 0 or k >= len(nums) else Span(f.date.start + nums[k].start(),
                                                                           f.date.start + nums[k].end())
                d1, b1 = _when(ctx, one, published, news_day, forward)
                out_days.append(replace(base, trigger=trig, date=d1, extras=_basis(d1, b1)))
            return out_days
        if not amounts:
            return [base]
        parties = _parties(amounts, ctx, self.linker, self._fine_nouns)
        if len(parties) < 2 and len(amounts) >= 2:
            # "des amendes de 40 000 euros et de 15 000 euros, respectivement contre X et Y": in order
            parties = _respective(amounts, base.object, ctx, self.linker) or parties
        dated = _dated_amounts(amounts, ctx) if len(parties) < 2 else []
        if len(dated) >= 2:
            # "after €600,000 in 2018 and €10m last year": one act per amount, each with its date; the amount
            # names each act, so it is the trigger of each (one trigger would make them one event)
            out = []
            for amount, at in dated:
                used_amounts.add(id(amount))
                d1, b1 = _when(ctx, at, published, news_day)
                out.append(replace(base, trigger=Span(amount.start, amount.end),
                                   amount=Decimal(amount.value), currency=amount.currency,
                                   date=d1, date_text=at.text, extras=_basis(d1, b1)))
            return out
        if len(parties) >= 2:
            out = []
            for k, (amount, party, when) in enumerate(parties):
                used_amounts.add(id(amount))
                d2, dt2, b2 = date, date_text, basis
                if when is not None:
                    d2, b2 = _when(ctx, when, published, news_day)
                    dt2 = when.text
                # each further amount names its act ("… et 100 000 euros à Free Mobile"), so it is that act's
                # trigger, and the acts keep the order of the text
                # (so is each amount of a list set before the verb: "500 millions pour Apple, 200 millions pour
                # Meta : la Commission a infligé …")
                trig = base.trigger if k == 0 and amount.start > base.trigger.start else Span(amount.start, amount.end)
                # a count ("Deux sanctions, deux montants : …") numbers the acts, each of which is one
                out.append(replace(base, trigger=trig, object=party, amount=Decimal(amount.value), count=None,
                                   ground=ctx.text[f.ground.start:f.ground.end] if f.ground is not None
                                   else _conduct(ctx, party),
                                   currency=amount.currency, date=d2, date_text=dt2,
                                   extras={"party": party.text, **_basis(d2, b2)}))
            return out
        used_amounts.add(id(amounts[0]))
        if base.object is None and len(parties) == 1 and parties[0][0] is amounts[0]:
            # "a infligé 150 000 euros d'amende à Vigiris": the party of the amount is the act's
            base = replace(base, object=parties[0][1], ground=base.ground or _conduct(ctx, parties[0][1]))
        first = replace(base, amount=Decimal(amounts[0].value), currency=amounts[0].currency)
        return [first, *self._gapped(first, amounts[0], ctx, used_amounts)]

    def _coordinated_party(self, ctx: Context, last: int, a: Amount, obj: EntityRef) -> EntityRef | None:
        """The party a coordinated object gives an amount of its own ("a sanctionné la société Alpha à hauteur de
        750 000 euros et son sous-traitant Beta, éditeur du logiciel, à hauteur de 180 000 €"): after a link word,
        a phrase (an apposition set off by commas may follow it) and the preposition of the amount
        (``COORDINATED_AMOUNT_PREPS``); the party is a body named in the phrase, else the name that ends it, of the
        first party's kind (coordination joins like with like)."""
        L = LANGS.get(ctx.lang, LANGS["fr"])
        preps: tuple[str, ...] = getattr(L, "COORDINATED_AMOUNT_PREPS", ())
        links: frozenset[str] = getattr(L, "LIST_LINKS", frozenset())
        if not preps or not links:
            return None
        prep = _word_alt(preps, r"\s*")
        m = re.match(rf"\s*(?:{_word_alt(links)})(?P<party>[^,;:.()]{{1,60}}?)(?:\s*,[^,;:.()]{{1,80}},)?\s*"
                     rf"(?:{prep})$", ctx.text[last:a.start], re.I)
        if m is None:
            return None
        s, e = last + m.start("party"), last + m.end("party")
        named = [x for x in ctx.mentions_in(s, e, "actor") if x.kind in ("company", "person")]
        if named:
            return ctx.ref(named[-1])
        name = re.search(r"(?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*)*$", ctx.text[s:e].rstrip())
        if name is None:
            return None
        ns = s + name.start()
        return EntityRef(text=name.group(), span=Span(ns, ns + len(name.group())),
                         iri=self.linker.lookup(name.group()), kind=obj.kind)

    def _gapped(self, ev: ExtractedEvent, amount: Amount, ctx: Context, used: set[int]) -> list[ExtractedEvent]:
        """The acts a gapped clause repeats for other parties ("Apple écope de 500 millions d'euros … ; Meta, de 200
        millions, …"): after a stop, a party of the same kind as the act's (a company, a person), a comma, the
        preposition of the amount (``GAPPED_AMOUNT_PREPS``) and an amount no other act took, with no act between.
        Each amount is the trigger of its act."""
        preps = getattr(LANGS.get(ctx.lang, LANGS["fr"]), "GAPPED_AMOUNT_PREPS", ())
        obj = ev.object
        if not preps or obj is None or obj.span is None or obj.kind not in ("company", "person"):
            return []
        out: list[ExtractedEvent] = []
        last = amount.end
        for a in sorted(ctx.amounts, key=lambda a: a.start):
            if a.start < last or a.start >= ev.evidence.end or id(a) in used or not a.is_fine_amount:
                continue
            if any(last <= p < a.start for p in ctx.trigger_starts):
                break
            m = re.search(r"[;,]\s*([^\s,;:]+(?:\s+[^\s,;:]+){0,3})\s*,\s*(?:" + _word_alt(preps, r"\s*") + r")$",
                          ctx.text[last:a.start].rstrip())
            if m is None:
                # (or a coordinated party with an amount of its own: "… et son sous-traitant Beta à hauteur de …")
                party = self._coordinated_party(ctx, last, a, obj)
            else:
                s, e = last + m.start(1), last + m.end(1)
                named = [x for x in ctx.mentions_in(s, e, "actor") if x.start == s and x.end == e]
                party = ctx.ref(named[0]) if named else None
            if party is None or party.kind not in ("company", "person"):
                break
            used.add(id(a))
            out.append(replace(ev, trigger=Span(a.start, a.end), object=party, amount=Decimal(a.value),
                               currency=a.currency, ground=_conduct(ctx, party)))
            last = a.end
        return out


# --- helpers ---------------------------------------------------------------------------------

def _citation_header(ctx: Context) -> tuple[DateMention, int] | None:
    """(date, end) of a citation opening the clipping: a first sentence of at most sixteen words, with no trigger, that
    gives a full date ("CE, 10e-9e ch. réunies, 19 déc. 2025, n° 497204, Sté Logivia.", "Délib. SAN-2025-011 du 4
    sept. 2025."), followed by at least one other sentence."""
    spans = sentences(ctx.text, ctx.lang)
    if len(spans) < 2:
        return None
    s, e = spans[0]
    if len(ctx.text[s:e].split()) > 16 or any(s <= t < e for t in ctx.trigger_starts):
        return None
    full = [d for d in ctx.dates if s <= d.start < e and d.day is not None and d.month is not None
            and d.year is not None and d.relative is None]
    return (full[0], e) if len(full) == 1 else None


def _conduct(ctx: Context, party: EntityRef | None) -> str | None:
    """The conduct a sanctioned party is described by, in a relative set off by a comma after its name (past an
    apposition): "à Médivia, une plateforme qui conservait sans chiffrement les comptes rendus …", "to Yahoo,
    which dropped cookies …". Not a relative that tells another act ("qui conteste la sanction")."""
    if party is None or party.span is None:
        return None
    L = LANGS.get(ctx.lang, LANGS["fr"])
    rels = getattr(L, "CONDUCT_RELATIVES", ())
    if not rels:
        return None
    m = re.match(r"\s*(?:,\s*(?:[^,;:.()«»\"]{0,90}?(?:,\s*|\s))?)?(?:" + "|".join(rels) + r")\s+([^,;:.()]+)",
                 ctx.text[party.span.end:party.span.end + 400], re.I)
    if m is None:
        return None
    start = party.span.end + m.start(1)
    end = party.span.end + m.end(1)
    first = ctx.text[start:end].split(maxsplit=1)[0].lower() if ctx.text[start:end].strip() else ""
    if any(start <= t < min(end, start + 40) for t in ctx.trigger_starts) and not first.endswith(
            tuple(getattr(L, "IMPERFECT_ENDINGS", ()))):
        return None  # the relative tells an act of its own ("qui conteste la sanction"), not a past habit
    if any(start + len(first) < t < end for t in ctx.trigger_starts):
        return None  # it speaks of an act ("qui contestait l'amende …"), not of a conduct
    clause = ctx.text[start:end].strip()
    return clause if len(clause.split()) >= 3 else None


def _amount_list(amounts: list[Amount], ctx: Context, used: set[int], linker: Linker | None = None,
                 fine_nouns: set[str] | None = None) -> list[Amount]:
    """The governed amounts and those listed after them ("€600,000 in 2018 and €10m last year", "300 000 euros
    d'amende à Free et 100 000 euros à Free Mobile": the fine noun and the party of the one before may stand
    between)."""
    L = LANGS.get(ctx.lang, LANGS["fr"])
    out = list(amounts)
    links = {fold(w) for w in L.AMOUNT_LIST_LINKS}
    for a in sorted(ctx.amounts, key=lambda a: a.start):
        last = out[-1]
        if a.start < last.end or id(a) in used or not a.is_fine_amount or a in out:
            continue
        party = _party_after(last, ctx, linker, fine_nouns or set()) if linker is not None else None
        gap = ctx.text[party[2] if party is not None and party[2] <= a.start else last.end:a.start]
        for d in ctx.dates:  # a date of the listed amount may stand between
            if last.end <= d.start and d.end <= a.start:
                gap = gap.replace(ctx.text[d.start:d.end], " ")
        words = re.findall(r"[\w']+|[,;:.()]", fold(gap))
        if len(gap) > 40 or not words or not all(w in links for w in words):
            break
        out.append(a)
    return out


def _dated_amounts(amounts: list[Amount], ctx: Context) -> list[tuple[Amount, DateMention]]:
    """Each amount with the date right after it, when every amount has its own ("€600,000 in 2018")."""
    out: list[tuple[Amount, DateMention]] = []
    for k, a in enumerate(amounts):
        nxt = amounts[k + 1].start if k + 1 < len(amounts) else a.end + 30
        when = next((d for d in ctx.dates if a.end <= d.start < min(nxt, a.end + 30) and d.marker != "period"),
                    None)
        if when is None:
            return []
        out.append((a, when))
    return out if len({w.start for _, w in out}) == len(out) else []


def _same_amount(f: Frame, ctx: Context) -> list[Amount]:
    """"was fined the same amount": the last fine amount stated before the trigger."""
    L = LANGS.get(ctx.lang, LANGS["fr"])
    after = " ".join(re.findall(r"[\w']+", fold(ctx.text[f.trigger_span.end:min(f.evidence.end,
                                                                             f.trigger_span.end + 40)])))
    if not any(f" {fold(p)} " in f" {after} " for p in L.SAME_AMOUNT):
        return []
    before = [a for a in ctx.amounts if a.is_fine_amount and a.end <= f.trigger_span.start]
    return before[-1:]


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"\w+", text.replace("’", "'"))


def _anchor(f: Frame) -> int:
    if f.extra_agent and f.agent and f.agent.span:
        return f.agent.span.end
    if f.support_start is not None:  # "a adopté, le 20 juin 2024, un avis": the date between belongs to the avis
        return f.support_start
    return f.trigger_span.start


def _own_record_date(d: DateMention, f: Frame, text: str) -> bool:
    """Whether the title date ``d`` names the record the act noun of ``f`` is ("un avis du 10 septembre"): right
    after the noun, only its link word ("du", "of") between."""
    # (its number may stand between: "dans son avis n° 25-03 du 11 mars 2025")
    gap = _RECORD_NUMBER.sub(" ", text[f.trigger_span.end:d.start]) if text else ""
    return f.trigger.pos == "noun" and bool(text) and d.start > f.trigger_span.end and 0 < len(gap) <= 12 \
        and not re.search(r"[^\w\s']", gap)


_RECORD_NUMBER = re.compile(r"^\s+(?:n°|nº|no\.|n\.|no|nos|n°s)\s*[\w./-]*\d[\w./-]*(?=\s)", re.I)


def _eligible(d: DateMention, f: Frame, roles: dict[int, str] | None = None, syn: _Syntax | None = None,
              text: str = "") -> bool:
    if d.marker == "period":
        return False
    if d.marker == "onset" and f.agent is not None:
        return False
    if roles is not None and roles.get(d.start) == "title" and _own_record_date(d, f, text):
        return True  # "dans un avis du 10 septembre, la Cnil …": the date of the act noun's own record is its date
    if roles is not None and roles.get(d.start) == "title":
        return False  # "la loi du 30 juillet 2021": the date names a text
    if roles is not None and roles.get(d.start) == "means" and text and 0 <= d.start - f.trigger_span.end < 60 \
            and not re.search(r"[;:.]", text[f.trigger_span.end:d.start]) \
            and not re.search(r",", text[f.trigger_span.end:d.start].lstrip(" ,")):
        # (an incise may open right after the verb: "a autorisé, par un arrêté publié jeudi, le recours …")
        return True  # "a autorisé par un arrêté signé samedi": the participle of the decision the act is done by
    if roles is not None and roles.get(d.start) == "means" and d.end <= f.trigger_span.start and text \
            and not re.search(r"[.;:]", text[d.end:f.trigger_span.start]):
        return True  # "Par un arrêt rendu le 15 octobre, la Cour a cassé …": the fronted decision's date
    if syn is not None:
        clause = syn.clause_of.get(d.start)
        if clause is not None and not clause[0] <= f.trigger_span.start < clause[1] \
                and not _in_own_phrase(d, f, syn, text):
            return False  # "l'amende … prononcée en octobre", "which had banned Replika in February 2023"
    if roles is not None and roles.get(d.start) == "means":
        return True  # the decision by which the act is done, also when the parser took it for the object
    inside_object = f.object_span is not None and f.object_span.start < d.start and d.end <= f.object_span.end
    return not inside_object


def _in_own_phrase(d: DateMention, f: Frame, syn: _Syntax, text: str) -> bool:
    """Whether ``d`` is in a clause that describes the trigger's own phrase ("l'amende de 20 millions prononcée en
    octobre", "deux amendes décidées le 1er septembre"), or in the participle the rules found to date the act ("son
    entrée en vigueur, intervenue le …")."""
    clause = syn.clause_of.get(d.start)
    if clause is None:
        return False
    return (f.trigger_span.start <= clause[2] < clause[0] and not re.search(
        r"[,;:]", text[f.trigger_span.start:clause[0]])) or f.participle_start == clause[0]


@lru_cache(maxsize=8)
def _time_granted(L: ModuleType) -> re.Pattern[str] | None:
    """Words that grant time to act ("has six months to", "gave the platform three months to"), for languages that
    list the verbs (``HAVE_FORMS``, ``DEADLINE_GRANTS``): a sentence holding them may state an order without a
    trigger word of its own."""
    verbs = set(getattr(L, "HAVE_FORMS", ())) | set(getattr(L, "DEADLINE_GRANTS", ()))
    units = getattr(L, "DURATION_UNITS", ())
    marks = getattr(L, "INFINITIVE", ())
    if not verbs or not units or not marks:
        return None
    alt = "|".join(sorted(map(re.escape, verbs)))
    return re.compile(rf"\b(?:{alt})\b(?:\s+\S+){{0,6}}?\s+(?:{'|'.join(sorted(map(re.escape, units)))})"
                      rf"\s+(?:{'|'.join(sorted(map(re.escape, marks)))})\b", re.I)


def _reported(d: DateMention, f: Frame, mine: set[int], syn: _Syntax) -> bool:
    """Whether ``d`` dates a verb that governs the trigger of ``f`` and is not its own (a report of the act)."""
    gov = syn.governor.get(d.start)
    return gov is not None and gov[0] not in mine and gov[1] <= f.trigger_span.start < gov[2]


def _in_relative(text: str, start: int, g: Frame, f: Frame, L: ModuleType) -> bool:
    """Whether ``g`` is told in a relative clause set off by commas before ``f`` ("The CNIL, which opened an inquiry
    in 2021, fined …"): its date is its own, not shared with the main verb (languages listing SUBJECT_RELATIVES)."""
    rel = getattr(L, "SUBJECT_RELATIVES", ())
    if not rel:
        return False
    head = text[start:g.trigger_span.start]
    opened = re.search(r",\s*(?:" + "|".join(rel) + r")\s+(?:[\w'’]+\s+){0,3}$", head, re.I)
    return opened is not None and "," in text[g.trigger_span.end:f.trigger_span.start]


def _contrast_between(text: str, start: int, end: int, L: ModuleType) -> bool:
    """Whether a contrastive conjunction opens a new clause between ``start`` and ``end`` ("…, mais …")."""
    if end <= start:
        return False
    between = fold(text[start:end]).replace("'", "' ")
    return any(re.search(rf"[,;]\s*{re.escape(fold(w))}\b", between) for w in L.CONTRASTS)


def _cut_off_participle(text: str, last_anchor: int, d: DateMention, anchors: list[int], L: Any) -> int | None:
    """The anchor right after a phrase set off by commas between an auxiliary and its participle, when the date
    ``d`` stands in that phrase ("avait, en décembre 2023, sanctionné"; "a, par une décision du 2 mai 2025,
    déclaré"), or None."""
    forms: frozenset[str] = getattr(L, "AUXILIARY_FORMS", frozenset())
    after = [a for a in anchors if a >= d.end]
    if not forms or not after:
        return None
    nxt = min(after)
    if not re.fullmatch(r"[^,;:()]*,\s*", text[d.end:nxt]):
        return None
    opening = text.rfind(",", last_anchor, d.start)
    if opening < 0 or re.search(r"[;:()]", text[opening:d.start]):
        return None
    words = re.findall(r"[\w'’-]+", text[last_anchor:opening])
    return nxt if words and fold(words[-1]) in forms else None


def _opens_clause(gap: str, after: str) -> bool:
    """Whether a date after ``gap`` (and before ``after``) belongs to a new clause: a colon or a semicolon (outside
    brackets) stands in the gap, and the date opens that clause ("… le décret : dans une ordonnance du 24 mai,
    …") or is set off by commas in it ("… : il a jugé, le 3 juillet, que …"); not a date inside a phrase of the
    clause ("deux recours : l'un de X, enregistré le 20 décembre")."""
    gap = re.sub(r"\([^()]*\)", " ", gap)
    brk = max(gap.rfind(":"), gap.rfind(";"))
    if brk < 0:
        return False
    # set off by commas: the comma may stand before the date's article or preposition (", le 3 juillet 2023,")
    return "," not in gap[brk:] or (re.search(r",\s*(?:\w{1,3}['’]?\s*)?$", gap) is not None
                                    and after.lstrip().startswith(","))


def _has_word(text: str, words: Iterable[str]) -> bool:
    folded = " " + " ".join(re.findall(r"[\w-]+", fold(text))) + " "
    return any(" " + " ".join(re.findall(r"[\w-]+", fold(w))) + " " in folded for w in words)


#: A text's number set off on its own before its date ("…, n° 2025-118 du"): the date is part of the name.
_NUMBER_SET_OFF = re.compile(r"\s*(?:n°|nº|no\.?|n\.)\s*[\w./-]*\d[\w./-]*\s*$", re.I)


def _date_roles(ctx: Context, linker: Linker) -> dict[int, str]:
    """What a date written as the complement of a noun says, by the start of the date.

    "title": it names a text ("la loi du 30 juillet 2021", "the law of 2 August 2019"): never the date of
    an act about that text. "means": the text is the decision by which the act is done ("par une décision
    du 25 février 2022", "dans un arrêt du 26 avril"): the act's own date.
    """
    L = LANGS.get(ctx.lang, LANGS["fr"])
    links = "|".join(re.escape(fold(w)) for w in sorted(L.TITLE_LINKS, key=len, reverse=True))
    link_re = re.compile(rf"(?:^|\W)(?:{links})\s*$")
    arts = {fold(a).rstrip("'") for a in L.ARTICLES} | {fold(a).rstrip("'") for a in getattr(L, "POSSESSIVES", ())}
    means = {fold(w) for w in L.MEANS_PREPS}
    numbers = {fold(w) for w in getattr(L, "NUMBERS", {})}
    out: dict[int, str] = {}
    for d in ctx.dates:
        if d.marker is not None:
            continue  # "entrera en vigueur à partir du 1er septembre": the "du" is the marker's, not a title's
        if re.match(r"['’]s\b", ctx.text[d.end:d.end + 3]):
            out[d.start] = "title"  # "overturning last September's High Court judgment": the date names the noun
            continue
        before = fold(ctx.text[max(0, d.start - 160):d.start])
        m = link_re.search(before)
        if not m:
            if _means_participle(before, L, linker, ctx.lang, arts, means):
                out[d.start] = "means"  # "par un arrêté signé samedi": the date of the decision the act is done by
            continue
        seg = before[:m.start() + 1]
        if any(re.search(rf"(?:^|\W){re.escape(g)}\W*$", seg) for g in getattr(L, "GAZETTES", ())):
            out[d.start] = "means"  # "a publié le texte au Journal officiel du 11 avril": the issue's date
            continue
        cut = max(seg.rfind(c) for c in ",;:()\n")
        words = re.findall(r"\w+", seg[cut + 1:])
        heads = [h for h in linker.heads if h.category == "instrument" and h.lang in ("", ctx.lang)]
        found = next(((j, h) for j in range(len(words) - 1, max(-1, len(words) - 10), -1) for h in heads
                      if words[j:j + len(h.key.split())] == h.key.split()
                      or (" " not in h.key and words[j] == h.key + "s")), None)  # ("les décrets du 2 décembre")
        if found is None and _NUMBER_SET_OFF.match(seg[cut + 1:]):
            out[d.start] = "title"  # "Le texte, n° 2025-118 du 7 février 2025, entre en vigueur": a text's number
            continue
        if found is None:
            continue
        head_at, head = found
        k = head_at - 1
        while k >= 0 and (words[k] in arts or words[k] in numbers or words[k].isdigit()):
            k -= 1  # ("par deux délibérations du 19 décembre 2024": a count of the records)
        # only a decision is the means of an act ("par une décision du", "in a ruling of"); "under the law of
        # 2019" names the law
        means_here = k >= 0 and words[k] in means and head.kind in ACT_RECORD_KINDS
        # a verbless lead naming the records the colon opens onto ("Deux délibérations du 1er septembre 2025,
        # rendues publiques mercredi : la formation restreinte a infligé …"): the records' date is the acts'
        lead = head.kind in ACT_RECORD_KINDS and (cut < 0 or seg[cut] == "\n") \
            and all(w in arts or w in numbers or w.isdigit() for w in words[:head_at]) \
            and ":" in ctx.text[d.end:d.end + 80].split(".")[0]
        out[d.start] = "means" if means_here or lead else "title"
    return out


def _means_participle(before: str, L: ModuleType, linker: Linker, lang: str, arts: set[str], means: set[str]) -> bool:
    """Whether folded text ``before`` a date ends with a means preposition, an article, a decision noun and a past
    participle ("par un arrêté signé ", "par une décision rendue "): the date is that decision's."""
    endings = tuple(fold(e) for e in getattr(L, "PAST_PARTICIPLE_ENDINGS", ()))
    words = re.findall(r"\w+", before[max(before.rfind(c) for c in ",;:()\n") + 1:])
    while words and words[-1] in arts:
        words.pop()  # "par un arrêt rendu le 15 octobre": the date's own article
    if len(words) < 4 or not endings or not words[-1].endswith(endings):
        return False
    heads = [h for h in linker.heads if h.category == "instrument" and h.lang in ("", lang)
             and h.kind in ACT_RECORD_KINDS]
    genitive = {fold(w) for w in getattr(L, "GENITIVE_PREPS", ())}
    for h in heads:
        n = len(h.key.split())
        # the participle right after the noun, or after its complement ("par un arrêté du ministre de l'intérieur
        # publié le 14 août"): a "de" phrase of a few words
        for at in range(len(words) - 1 - n, max(1, len(words) - 9) - 1, -1):
            between = words[at + n:len(words) - 1]
            if words[at:at + n] == h.key.split() and words[at - 1] in arts and at >= 2 and words[at - 2] in means \
                    and (not between or between[0] in genitive):
                return True
    return False


#: A year inside the number of a text: "n° 2022-52", "Opinion 28/2024", "SAN-2024-019", "(UE) 2024/1689".
_NUMBER_YEAR = re.compile(r"(?<![\w/.-])(?:[A-Z]{2,5}-)?((?:19|20)\d\d)[-/]\d{1,5}\b|\b\d{1,5}/((?:19|20)\d\d)\b")


def _basis(date: PartialDate | None, basis: str | None) -> dict[str, str]:
    """The event's extras that say how its date was completed (``dates.BASES``), when it was."""
    return {"date_basis": basis} if date is not None and basis else {}


def _when(ctx: Context, m: DateMention, published: dt.date | None, news_day: dt.date | None,
          forward: bool = False, region: tuple[int, int] | None = None,
          own_text: Span | None = None) -> tuple[PartialDate | None, str | None]:
    """``m`` resolved with the years the clipping states around it, and the basis of what it adds (``own_text``:
    the text the act happens to, whose title date the day of its publication or entry into force follows: "Le
    décret du 2 décembre 2020 a été publié au Journal officiel le 4 décembre")."""
    year = _sentence_year(ctx, m)
    if year is None and own_text is not None and m.year is None and m.month is not None and m.weekday is None \
            and not m.relative:
        titled = [d for d in ctx.dates if own_text.start <= d.start and d.end <= own_text.end and d.year and d.month
                  and ctx.date_roles.get(d.start) == "title"]
        if titled and (m.month, m.day or 1) >= (titled[0].month or 1, titled[0].day or 1):
            year = titled[0].year
    date, basis = resolve_with_basis(m, published, _context_years(ctx, m, region), forward, news_day,
                                     _background_years(ctx, m), year)
    if basis == "text-year" and date is not None and m.day is not None and m.month is not None:
        date = _across_new_year(ctx, m, date)
    return date, basis


def _across_new_year(ctx: Context, m: DateMention, date: PartialDate) -> PartialDate:
    """A day written without year takes the year of a full date stated before it; across a new year it takes the
    year that puts it nearest that date ("une délibération du 19 décembre 2024, rendue publique le 7 janvier":
    7 January 2025, not eleven months before)."""
    full = [d for d in ctx.dates if d.year and d.month and d.day and not d.relative and d.end <= m.start]
    if not full:
        return date
    ref = full[-1]
    try:
        anchor = dt.date(ref.year or 1, ref.month or 1, ref.day or 1)
        here = dt.date.fromisoformat(date.value)
    except ValueError:
        return date
    best = here
    for y in (here.year - 1, here.year + 1):
        try:
            other = here.replace(year=y)
        except ValueError:
            continue
        if abs((other - anchor).days) < abs((best - anchor).days) and abs((other - anchor).days) <= 92:
            best = other
    return PartialDate(best.isoformat()) if best != here else date


def _sentence_year(ctx: Context, m: DateMention) -> int | None:
    """The year of the last full date (a day or a month, with its year) before ``m`` in its own sentence, when
    ``m`` (a day or month without year, no weekday) lies after it in that year: "publié le 5 avril 2024 et entré
    en vigueur le 25 avril"."""
    if m.year is not None or m.month is None or m.weekday is not None or m.relative or m.last:
        return None
    spans = sentences(ctx.text, ctx.lang)
    sent_start = next((a for a, b in spans if a <= m.start < b), 0)
    # (a full day: "d'ici la fin du mois de janvier 2027 …, après une consultation close le 30 novembre" is no span)
    roles = ctx.date_roles or {}
    prior = [d for d in ctx.dates if d.year and d.month and d.day and d.marker is None and sent_start <= d.start
             and d.end <= m.start and not d.relative and roles.get(d.start) != "title"]
    if not prior:
        return None
    last = prior[-1]
    return last.year if (m.month, m.day or 1) >= (last.month, last.day or 1) else None


def _news_day(ctx: Context) -> dt.date | None:
    """The day a clipping without publication date gives itself: its first weekday date with day and month
    ("publie ce mardi 20 juillet", "a annoncé vendredi 22 mars"), its year stated or fixed by the weekday."""
    for d in ctx.dates:
        if d.weekday is not None and d.day is not None and d.month is not None and d.marker is None:
            got, _ = resolve_with_basis(d, None, _context_years(ctx, d), background_years=_background_years(ctx, d))
            return dt.date.fromisoformat(got.value) if got is not None and got.precision == "day" else None
    return None


def _background_years(ctx: Context, m: DateMention) -> list[int]:
    """Bare years stated in the sentences after ``m`` ("Ouverte en 2019, la procédure …"): background that a
    news item recalls, so the news (a weekday date without year) comes after them."""
    if m.weekday is None:
        return []
    spans = sentences(ctx.text, ctx.lang)
    sent_end = next((b for a, b in spans if a <= m.start < b), len(ctx.text))
    return [d.year for d in ctx.dates if d.year and d.month is None and d.start >= sent_end and d.marker is None]


def _context_years(ctx: Context, m: DateMention, region: tuple[int, int] | None = None) -> list[int]:
    """Years stated in the clipping for a date written without its year, the likeliest first.

    The year of the clipping's first full date (day or month with year) before it comes first: a news
    item leads with its own date; then the years stated before it, nearest first, then those later in
    its own sentence ("le 3 mars et le 5 avril 2024") or with a month in a later one. A bare year stated in
    a later sentence is background ("… formulées en 2011 dans son précédent rapport") and is not used
    (``_background_years`` gives it to a weekday date, which comes after it). The year in the number of the text
    the act makes or is about (``region``: "adopted Opinion 28/2024") comes before those of later sentences.
    """
    dates = ctx.dates
    spans = sentences(ctx.text, ctx.lang)
    sent_end = next((b for a, b in spans if a <= m.start < b), len(ctx.text))
    # (a text's title date is no news date: "Pris pour l'application de la loi du 19 mai 2023, le décret …")
    full = [d.year for d in dates if d.year and d.month and d.marker is None and d.end <= m.start
            and ctx.date_roles.get(d.start) != "title"]
    # (nor is the end of a period: "prolonge jusqu'au 31 mars 2028")
    before = [d.year for d in dates if d.year and d.end <= m.start and d.marker != "period"]
    # a later sentence's year counts when it dates a day or a month ("à compter du 2 août 2025"), not a bare
    # year ("formulées en 2011": background)
    after = [d.year for d in dates if d.year and m.end <= d.start and (d.start < sent_end or d.month is not None)]
    numbered = [int(n.group(1) or n.group(2)) for n in _NUMBER_YEAR.finditer(ctx.text[region[0]:region[1]])] \
        if region is not None else []
    # the year in the number of the act's own text comes before the years of later sentences ("Publié au Journal
    # officiel du 28 décembre, le décret n° 2024-1242 … entrera en application le 1er avril 2025": 2024)
    return [y for y in full[:1] if y] + [y for y in reversed(before) if y] + numbered + [y for y in after if y]


def _governs(f: Frame, a: Amount, ctx: Context, fines: frozenset[int] = frozenset()) -> bool:
    """Whether the amount ``a`` is the fine of the act ``f`` (``fines``: where the other fine acts' triggers are)."""
    if not (f.evidence.start <= a.start and a.end <= f.evidence.end):
        return False
    if a.end <= f.trigger_span.start and ":" in ctx.text[a.end:f.trigger_span.start]:
        return False  # an amount in a headline before a colon: ``Extractor._headline_amount`` decides
    colon = ctx.text.find(":", f.trigger_span.end, a.start)
    if colon >= 0 and any(colon < p < a.start for p in fines):
        return False  # "a infligé ses premières amendes : Apple écope de 500 millions": the act after the colon's
    lo = min(f.trigger_span.start, f.governed[0] if f.governed else f.trigger_span.start)
    hi = max(f.trigger_span.end, f.governed[1] if f.governed else f.trigger_span.end)
    if lo <= a.start and a.end <= hi:
        return True
    # "une amende de 20 millions d'euros" right after a nominal trigger, or an amount just before the trigger
    gap_after = ctx.text[f.trigger_span.end:a.start]
    if 0 <= a.start - f.trigger_span.end <= 40 and not any(p in gap_after for p in ";:."):
        return True
    gap_before = ctx.text[a.end:f.trigger_span.start]
    if 0 <= f.trigger_span.start - a.end <= 12 and not any(p in gap_before for p in ",;:."):
        return True
    # "les sanctions visant trois courtiers : 2 M€ pour Datalis, 1,4 M€ pour Profiliq …": a colon after the acts
    # opens onto their amounts, each given to its party
    preps = getattr(LANGS.get(ctx.lang, LANGS["fr"]), "BENEFICIARY_PREPS", ())
    return colon >= 0 and bool(preps) and not any(p in ctx.text[colon:a.start] for p in ";.") \
        and re.match(rf"\s*(?:{_word_alt(preps)})[A-Z]", ctx.text[a.end:a.end + 40]) is not None


#: The party pattern of each language (``_party_pattern``).
_PARTY_PATTERNS: dict[str, re.Pattern[str]] = {}


def _word_alt(words: Iterable[str], space: str = r"\s+") -> str:
    """An alternation of ``words`` (longest first), each followed by ``space``, or by an optional space when it
    ends with an elided apostrophe ("l'", "à l'encontre d'"); either apostrophe is accepted."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        body = re.escape(w.rstrip("'’").replace("’", "'")).replace("'", "['’]").replace("\\ ", r"\s+")
        out.append(body + r"['’]\s*" if w[-1] in "'’" else body + space)
    return "|".join(out)


def _party_pattern(lang: str) -> re.Pattern[str]:
    """The party right after an amount, from the words of the language module ``lang`` (``PARTY_PREPS``,
    ``PARTY_DETERMINERS``, ``PARTY_CONTRACTED``, ``PARTY_ENDS``, ``RELATIVES``): a preposition, then a
    capitalised name or a determiner and a short noun phrase (group 1); or a preposition fused with its article
    ("au", "aux"), then a short noun phrase (group 2); up to punctuation (French sets a space before the high
    marks: "pour Meta :"), an end word or a relative pronoun."""
    pattern = _PARTY_PATTERNS.get(lang)
    if pattern is None:
        words = LANGS.get(lang, LANGS["fr"])

        def alt(ws: Iterable[str]) -> str:
            return "|".join(re.escape(w) for w in ws)

        # a relative clause ends the party ("pour un professionnel de santé qui n'avait pas sécurisé …")
        relatives = "".join("|" + re.escape(w) for w in sorted(words.RELATIVES, key=len, reverse=True)
                            if w[-1].isalpha())
        # a possessive name may head a common noun ("Shein's Irish subsidiary")
        name = r"(?:[A-ZÀ-Ý][\w.&-]*['’]s(?:\s+[\w-]+){1,3}?(?=[,;:.()]|\s+(?:" + alt(words.PARTY_ENDS) + r")\b|$)|" \
            r"(?:[A-ZÀ-Ý][\w.&'’-]*)(?:\s+[A-ZÀ-Ý(][\w.&'’)-]*)*)"
        phrase = r"[^,;:.()]{3,60}?"
        contracted = tuple(getattr(words, "PARTY_CONTRACTED", ()))
        fused = rf"|(?:{_word_alt(contracted)})({name}|{phrase})" if contracted else ""
        pattern = _PARTY_PATTERNS[lang] = re.compile(
            rf"\s*(?:(?:{_word_alt(words.PARTY_PREPS)})({name}|(?:{_word_alt(words.PARTY_DETERMINERS)}){phrase})"
            rf"{fused})(?=\s*[,;:.()]|\s+(?:{alt(words.PARTY_ENDS)}" + relatives + r")\b|$)")
    return pattern


def _past_fine_noun(ctx: Context, at: int, fine_nouns: set[str]) -> int:
    """The end of a fine noun right after an amount ("300 000 euros d'amende", "EUR 5 million fine"), else ``at``."""
    if not fine_nouns:
        return at
    L = LANGS.get(ctx.lang, LANGS["fr"])
    m = re.match(rf"\s*(?:{_word_alt(L.GENITIVE_PREPS)})?([\w-]+)", ctx.text[at:at + 40])
    if m is not None and (fold(m.group(1)) in fine_nouns or fold(m.group(1)).rstrip("s") in fine_nouns):
        return at + m.end()
    return at


def _party_before_date(ctx: Context, at: int) -> re.Match[str] | None:
    """The party after an amount read up to the date adjunct that follows it, its preposition left out."""
    words = LANGS.get(ctx.lang, LANGS["fr"])
    date = next((d for d in sorted(ctx.dates, key=lambda d: d.start) if at < d.start <= at + 80), None)
    if date is None:
        return None
    head = ctx.text[at:date.start]
    lead = re.search(r"\s+([\w']+)\s+$", head)
    cut = lead.start() if lead is not None and fold(lead.group(1)) in words.PREPOSITIONS else len(head.rstrip())
    return _party_pattern(ctx.lang).match(ctx.text, at, at + cut)


def _party_after(a: Amount, ctx: Context, linker: Linker, fine_nouns: set[str]) -> \
        tuple[EntityRef, DateMention | None, int] | None:
    """The party named right after the amount ``a`` ("100 millions d'euros pour Google", "300 000 euros d'amende
    à Free", "EUR 2 million on Acme"), the date between or just after, and where the party ends."""
    # a date may stand between the amount and its party ("3.000 euros le même jour pour un professionnel")
    between = next((d for d in ctx.dates if a.end <= d.start <= a.end + 2 and d.marker is None), None)
    at = between.end if between is not None else _past_fine_noun(ctx, a.end, fine_nouns)
    m = _party_pattern(ctx.lang).match(ctx.text, at, min(len(ctx.text), at + 80))
    if not m:
        # a date adjunct ends the party ("€150 million on Shein's Irish subsidiary in early September 2025")
        m = _party_before_date(ctx, at)
    if not m:
        return None
    group = 1 if m.group(1) is not None else 2
    s, e = m.start(group), m.end(group)
    if any(d.start <= s < d.end or s <= d.start < e for d in ctx.dates):
        return None  # "EUR 5 million on Monday": a date, no party
    inside = ctx.mentions_in(s, e)
    if e > s and ctx.text[e - 1] == "." and not any(x.end == e for x in inside):
        e -= 1  # the full stop ends the sentence, not an abbreviation of the name
    text = ctx.text[s:e].strip()
    inside = ctx.mentions_in(s, e)
    iri = inside[0].iri if inside else linker.lookup(text)
    kind = linker.knowledge.entities[iri].kind if iri else linker.guess_kind(text, ctx.lang)
    if group == 2 and kind is None:
        return None  # "au total", "au titre de …": a fused preposition names a party only when it names a body
    when = between or next((d for d in ctx.dates if a.end <= d.start <= e + 40 and d.marker is None), None)
    return EntityRef(text=text, span=Span(s, e), iri=iri, kind=kind), when, m.end()


def _parties(amounts: list[Amount], ctx: Context, linker: Linker,
             fine_nouns: set[str] | None = None) -> list[tuple[Amount, EntityRef, DateMention | None]]:
    """Per-party amounts: "100 millions d'euros pour Google … 35 millions d'euros pour Amazon"."""
    out: list[tuple[Amount, EntityRef, DateMention | None]] = []
    for a in amounts:
        got = _party_after(a, ctx, linker, fine_nouns or set())
        if got is not None:
            out.append((a, got[0], got[1]))
    return out


@cache
def _elapsed_pattern(lang: str) -> re.Pattern[str] | None:
    """A clause opening a sentence that measures time from an act ("Seven years after …"), per language (built
    once: ``ELAPSED_LINKS``, ``ELAPSED_UNITS``, ``NUMBERS``); None where the language has no such data."""
    L = LANGS.get(lang, LANGS["fr"])
    links = getattr(L, "ELAPSED_LINKS", ())
    units = getattr(L, "ELAPSED_UNITS", ())
    if not links or not units:
        return None
    numbers = "|".join(re.escape(w) for w in sorted(getattr(L, "NUMBERS", {}), key=len, reverse=True))
    return re.compile(rf"\s*(?:\d+|{numbers})\s+(?:{'|'.join(re.escape(u) for u in units)})\s+"
                      rf"(?:{'|'.join(re.escape(w) for w in links)})\b[^,;:.]*$", re.I)


def _elapsed_from(frames: list[Frame], ctx: Context, lex: Lexicon) -> list[Frame]:
    """An undated change in a text's state in a clause opening the sentence that measures time from it ("Seven
    years after the GDPR became applicable, …", "Deux ans après l'entrée en vigueur du texte, …") is the point
    time is counted from, background; with a date it is told ("Two years after it was promulgated on 7 July
    2023"), and so is a body's act ("Deux semaines après avoir sanctionné Optivue, la Cnil …")."""
    since = _elapsed_pattern(ctx.lang)
    if since is None:
        return frames
    return [f for f in frames if f.date is not None or f.agent is not None or not text_theme(f.trigger, lex)
            or not since.match(ctx.text[f.evidence.start:f.trigger_span.start])]


#: the longest definite noun phrase read as a part whose verb is left out ("l'essentiel du texte")
_GAPPED_WORDS = 6


@cache
def _gapping_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The demonstrative that opens a part whose verb is left out (after a comma, maybe a link word), and the date
    words that end its phrase, per language (built once: ``GAPPING_PRONOUNS``); None where there are none."""
    L = LANGS.get(lang, LANGS["fr"])
    pronouns = getattr(L, "GAPPING_PRONOUNS", ())
    if not pronouns:
        return None
    # (a demonstrative, or a definite noun phrase: "…, et l'essentiel du texte le 2 août 2026")
    lead = re.compile(r",\s*(?:(?:" + "|".join(re.escape(w) for w in L.LIST_LINKS) + r")\s+)?(?:(?P<dem>"
                      + "|".join(re.escape(w) for w in pronouns) + r")|(?P<det>"
                      + "|".join(re.escape(w) for w in sorted(L.DEFINITES, key=len, reverse=True)) + r"))\b", re.I)
    ends = sorted({*L.FORWARD_MARKERS, *getattr(L, "DAY_ARTICLES", ()), *getattr(L, "DATE_PREPS", ())},
                  key=len, reverse=True)
    trail = re.compile(r"(?:\s+(?:" + "|".join(re.escape(w) for w in ends) + r"))+\s*$", re.I)
    return lead, trail


def _gapped_parts(frames: list[Frame], ctx: Context, lex: Lexicon) -> list[Frame]:
    """Further parts of a text that start to apply on other days, their verb left out after a demonstrative ("les
    obligations visant les modèles d'IA s'appliquent à compter du 2 août 2025, celles des systèmes à haut risque le
    2 août 2026", "… apply from 2 August 2025, those for high-risk systems from 2 August 2026") or a short definite
    noun phrase that the date closes ("…, et l'essentiel du texte le 2 août 2026"): one act per part, on the same
    text, with the date of its own segment (``GAPPING_PRONOUNS``, ``DEFINITES``)."""
    patterns = _gapping_patterns(ctx.lang)
    if patterns is None:
        return []
    lead, trail = patterns
    out: list[Frame] = []
    for f in frames:
        if f.date is None or f.object is None or f.trigger.pos != "verb" or not text_theme(f.trigger, lex) \
                or f.date.start < f.trigger_span.end:
            continue
        m = lead.match(ctx.text, f.date.end, f.evidence.end) if f.date.end < f.evidence.end else None
        while m is not None:
            stop = min([k for k in (ctx.text.find(c, m.end(), f.evidence.end) for c in ",;.") if k >= 0]
                       or [f.evidence.end])
            day = next((d for d in ctx.dates if m.end() < d.start and d.end <= stop and d.marker != "period"), None)
            if day is None:
                break
            lead_at = m.start("dem") if m.group("dem") else m.start("det")
            phrase = trail.sub("", ctx.text[lead_at:day.start].rstrip())
            if m.group("det") and (ctx.text[day.end:stop].strip() or len(phrase.split()) > _GAPPED_WORDS or any(
                    lead_at <= k < day.start for k in ctx.trigger_starts) or not phrase[len(m.group("det")):].strip()
                    or _word_before(ctx.text, day.start) != _word_before(ctx.text, f.date.start)):
                # (a definite phrase is a gapped part only when the date closes it, with the word the act's own date
                # has before it, and no verb is in it: not "…, the Commission said on Friday")
                break
            whole = Span(lead_at, lead_at + len(phrase))
            part = EntityRef(text=phrase, span=whole, iri=f.object.iri, kind=f.object.kind)
            cue = Span(m.start("dem"), m.end("dem")) if m.group("dem") else whole
            out.append(replace(f, trigger_span=cue, object=part, object_span=part.span, date=day))
            m = lead.match(ctx.text, day.end, f.evidence.end) if day.end < f.evidence.end else None
    return out


def _on_an_argument(f: Frame, ctx: Context) -> bool:
    """Whether the act's object is a party's argument ("La haute juridiction écarte l'argument selon lequel …",
    ``REASONING_NOUNS``; English reads its own list on the verb's object): what a court does to it is its
    reasoning, no act."""
    L = LANGS.get(ctx.lang, LANGS["fr"])
    nouns: frozenset[str] = getattr(L, "REASONING_NOUNS", frozenset())
    if f.object is None or f.object.iri is not None or not nouns:
        return False
    words = [w for w in fold(f.object.text).replace("'", "' ").split() if w not in L.ARTICLES]
    return bool(words) and words[0] in nouns


def _word_before(text: str, at: int) -> str:
    """The word right before the char offset ``at`` (a date's preposition or article), folded."""
    words = _words(text[max(0, at - 30):at])
    return fold(words[-1]) if words else ""


def _respective(amounts: list[Amount], obj: EntityRef | None, ctx: Context,
                linker: Linker) -> list[tuple[Amount, EntityRef, DateMention | None]]:
    """A list of amounts given "respectively" to a list of as many parties, the act's object ("des amendes de 40 000
    euros et de 15 000 euros, respectivement contre la société X et un cabinet Y", "fines of €40,000 and €15,000 on X
    and Y respectively"): the amounts and the parties paired in order; [] when the word or the count is missing."""
    L = LANGS.get(ctx.lang, LANGS["fr"])
    words = {fold(w) for w in getattr(L, "RESPECTIVELY", ())}
    if obj is None or obj.span is None or not words:
        return []
    last = max(a.end for a in amounts)
    ends = [k for k in (ctx.text.find(c, max(last, obj.span.end)) for c in ".;") if k >= 0]
    stop = min(ends, default=len(ctx.text))  # the word may follow the parties ("on X and Y respectively")
    if not words & {fold(w) for w in _words(ctx.text[last:stop])}:
        return []
    links = "|".join(re.escape(w) for w in sorted(L.LIST_LINKS))
    text = ctx.text[obj.span.start:obj.span.end]
    seps = list(re.finditer(rf",\s*(?:(?:{links})\s+)?|\s(?:{links})\s+", text))
    if len(seps) + 1 != len(amounts):
        return []
    starts = [0] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [len(text)]
    out: list[tuple[Amount, EntityRef, DateMention | None]] = []
    for a, s0, e0 in zip(sorted(amounts, key=lambda a: a.start), starts, ends, strict=True):
        piece = text[s0:e0].strip()
        if not piece:
            return []
        at = obj.span.start + s0 + (len(text[s0:e0]) - len(text[s0:e0].lstrip()))
        ref = linker.link(piece, None, Span(at, at + len(piece)), ctx.lang)
        out.append((a, ref, None))
    return out


def _rulings_alone(frames: list[Frame], knowledge: Knowledge, lex: Lexicon) -> list[Frame]:
    """A court's statement of the law (``vg:statesTheLaw``: "a jugé que …", "a dit pour droit que …", "ruled that
    …") is a ruling of its own only when a court states it and that court does no other act in the clipping;
    beside its real act (a rejection, an annulment; "struck down the law, ruling that …") it is that act's
    reasoning."""
    def kind(ref: EntityRef) -> str | None:
        ent = knowledge.entities.get(ref.iri) if ref.iri else None
        return ent.kind if ent is not None else ref.kind

    acting = {(f.agent.iri or f.agent.text) for f in frames if f.agent is not None
              and not states_the_law(f.trigger, lex)}
    return [f for f in frames if not states_the_law(f.trigger, lex) or f.agent is None or (
        (f.agent.iri or f.agent.text) not in acting and kind(f.agent) in english.COURT_KINDS)]


def _outside_rulings(frames: list[Frame], ctx: Context, knowledge: Knowledge, lex: Lexicon) -> list[Frame]:
    """What a court's statement of the law says is the law, not an act: "a jugé qu'une amende ne peut être
    infligée qu'en cas de faute", "ruled that national courts must annul such decisions". A trigger inside the
    clause a court's statement verb governs (after its complementiser, in its sentence) goes when it is told as
    the rule (not as done) or names that court as agent, the subject it took from the main clause; the statement
    is then the court's act (``_rulings_alone``)."""
    L = LANGS.get(ctx.lang, LANGS["fr"])
    words: frozenset[str] = frozenset(getattr(L, "COMPLEMENTISERS", ()))
    coordinators = frozenset(getattr(L, "COORDINATORS", ()))
    courts = [f for f in frames if f.trigger.pos == "verb" and states_the_law(f.trigger, lex) and f.agent is not None
              and (knowledge.entities[f.agent.iri].kind if f.agent.iri in knowledge.entities else f.agent.kind)
              in english.COURT_KINDS]
    if not courts or not words:
        return frames

    def inside(g: Frame, r: Frame) -> bool:
        if g is r or g.evidence != r.evidence or g.trigger_span.start < r.trigger_span.start:
            return False
        # the complementiser may be the trigger's last word ("held that") or follow its adjuncts; a coordinator
        # after it with no complementiser of its own joins a verb to the statement's ("a jugé que … et a annulé")
        between = [fold(w) for w in re.findall(r"\w+['’]?", ctx.text[r.trigger_span.start:g.trigger_span.start])]
        at = next((n for n, w in enumerate(between) if n > 0 and w in words), None)
        if at is None:
            return False
        links = [n for n, w in enumerate(between) if n > at and w in coordinators]
        return not links or any(w in words for w in between[links[-1] + 1:])

    def told_as_law(g: Frame, r: Frame) -> bool:
        same = g.agent is not None and r.agent is not None and (g.agent.iri or g.agent.text) == (
            r.agent.iri or r.agent.text)
        return same or g.modality != "realised" or g.agent is None

    return [g for g in frames if not any(inside(g, r) and told_as_law(g, r) for r in courts)]


#: The name of a case written before its number in brackets: capitalised words and the links of party names
#: ("SCHUFA (C-634/21)", "Dun & Bradstreet Austria (C-203/22)", "Schrems c. Meta (C-446/21)").
_CASE_NAME = re.compile(r"(?:^|(?<=[\s,;:]))((?:[A-Z][\w'’.&-]*|\d+)(?:\s+(?:[A-Z][\w'’.&-]*|&|v\.?|c\.|\d+))*)"
                        r"\s*\(\s*$")


def _case_objects(frames: list[Frame], ctx: Context, knowledge: Knowledge) -> list[Frame]:
    """What a court's ruling is about when the sentence names one of that court's cases by its number
    (``vg:caseNumberPattern``): "In SCHUFA (C-634/21), the CJEU held that …" is about "SCHUFA (C-634/21)", not the
    subject of the clause it states. A statement of the law takes the case always; another act of the court only when
    it has no object."""
    if not ctx.lexicon.case_numbers:
        return frames
    for f in frames:
        if f.agent is None or (not states_the_law(f.trigger, ctx.lexicon) and f.object is not None):
            continue
        court = f.agent.iri
        found = sorted(((abs(m.start() - f.trigger_span.start), m.start(), m.end(), iri)
                        for pat, iri in ctx.lexicon.case_numbers
                        for m in pat.finditer(ctx.text, f.evidence.start, f.evidence.end)))
        named = f.agent.span is not None and f.evidence.start <= f.agent.span.start < f.evidence.end
        if found and not named and states_the_law(f.trigger, ctx.lexicon) and court not in {c[3] for c in found} \
                and found[0][3] in knowledge.entities:
            # "Two days earlier, in Deutsche Wohnen (C-807/21), it had ruled that …": a pronoun for the court whose
            # case the sentence names, not for the last court named before ("the Administrative Court of Wiesbaden")
            court = found[0][3]
            ent = knowledge.entities[court]
            f.agent = EntityRef(text=ent.pref_label, span=None, iri=court, kind=ent.kind)
        found = [c for c in found if c[3] == court]
        if not found:
            continue
        _, s, e, _ = found[0]
        name = _CASE_NAME.search(ctx.text[f.evidence.start:s])
        if name is not None and ctx.text[e:e + 1] == ")":
            s, e = f.evidence.start + name.start(1), e + 1
        f.object = EntityRef(text=ctx.text[s:e], span=Span(s, e), iri=None, kind="proceeding")
        f.object_span = f.object.span
    return frames


def _holds(noun: Frame, verb: Frame) -> bool:
    """Whether the verb's object is the phrase of the act noun itself: the participle tells that act ("l'amende de
    10 millions d'euros infligée par la Cnil en novembre 2023")."""
    return (noun.via_noun or noun.trigger.pos == "noun") and not verb.via_noun and verb.trigger.pos != "noun" \
        and verb.object_span is not None and verb.object_span.start <= noun.trigger_span.start < verb.object_span.end


def _merge(frames: list[Frame]) -> list[Frame]:
    """Merge frames of one sentence that state the same act (a verb and its nominalisation)."""
    out: list[Frame] = []
    for f in sorted(frames, key=lambda f: (f.via_noun, f.trigger_span.start)):
        twin = None
        for g in out:
            if g.evidence != f.evidence or g.trigger.top != f.trigger.top:
                continue
            if (f.extra_party or g.extra_party) and f.trigger_span == g.trigger_span:
                continue  # one act per listed party ("X and Y were both sent preliminary findings")
            same_agent = (f.agent is None or g.agent is None or (f.agent.iri == g.agent.iri and f.agent.iri)
                          or f.agent.text == g.agent.text)
            inside = g.governed is not None and g.governed[0] <= f.trigger_span.start < g.governed[1]
            # a headline's act noun announces the act its clause after the colon tells ("Censure partielle pour
            # la loi … : … le Conseil constitutionnel a censuré onze articles")
            lead = f.headline and not g.via_noun and g.trigger_span.start > f.trigger_span.end
            # a participle whose phrase is the act noun itself tells that act ("l'amende de 10 millions d'euros
            # infligée par la Cnil en novembre 2023")
            if same_agent and _holds(f, g):
                twin = g
                break
            if same_agent and _holds(g, f):
                out[out.index(g)] = f  # the participle's frame tells the act (its date, its agent): it stays
                f, twin = g, f
                break
            if f.via_noun and same_agent and (inside or g.object is None or f.agent is None or lead):
                twin = g
                break
            if not f.via_noun and not g.via_noun and same_agent and f.agent is None and g.agent is not None \
                    and inside:
                twin = g
                break
        if twin is not None and _holds(f, twin) and f.object is not None:
            # the verb's object is the act noun itself: the noun's party is the act's ("L'amende infligée en mai à
            # Meta par la Cnil")
            twin.object, twin.object_span = f.object, f.object_span
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


def _top(knowledge: Knowledge, code: str) -> str:
    et = knowledge.event_types.get(code)
    return et.top_code if et is not None else code


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
