"""English rules over tokens (no English parser is installed): the same events, by word order.

* a trigger verb after a form of "be" (adverbs allowed in between) is passive:
  its agent follows "by", its object is the noun phrase before the auxiliary
  ("LinkedIn was fined … by the DPC"); "X has been hit with a fine" is passive too;
* an active trigger verb takes as agent the nearest known body before it in the
  clause (or the pronoun's antecedent), and as object the phrase after it, up to
  a preposition that starts an adjunct ("for", "after", "over"…);
* a trigger noun ("a EUR 5 million fine against Luka", "21 sanctions") takes
  the agent of the verb before it and its target after "against"/"on";
* "…, the Dutch regulator said" names the agent of a clause without one;
* "not"/"never" before the trigger drops it; "will"/"should"/"expected" set the modality.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from .. import _vocab as V
from ..knowledge import Knowledge
from ..link import fold, normalise
from ..model import EntityRef, ExtractedEvent, Span
from .amounts import parse_number
from .frames import Context, Frame
from .lang import en as L
from .lexicon import (
    Trigger,
    _en_forms,
    act_nouns_needed,
    court_outcome,
    is_catch_all,
    is_referral,
    states_the_law,
    takes_amount,
    takes_ground,
    takes_requirement,
    text_theme,
    theme_only,
)
from .text import sentences

Doc = Any
_CUT = {",", ";", ":", "(", ")", "—", "–", "."}
#: Dashes that set off an inserted phrase ("the Data Act — Regulation (EU) 2023/2854 — applies").
_DASHES = frozenset({"—", "–"})
_QUOTES = {"'", '"', "‘", "’", "“", "”", "«", "»"}
#: Kinds of the texts that record an act (a decision, a deliberation, a decree): "The decision, notified on
#: 22 October" takes the act up, "par une délibération du 14 novembre" dates it, and a verb whose object is
#: such a text ("adopted its decision, imposing …") only reports it.
ACT_RECORD_KINDS = frozenset({"court_decision", "decree"})
#: The kind of a court's decision ("judgment", "ruling").
_DECISION_KIND = "court_decision"
#: Kinds of the drafts of a text ("its proposal"): the draft of the text an act told just before is about.
DRAFT_KINDS = frozenset({"bill"})
#: Kinds of the parties to acts: the scheme counts an act only with an institutional agent, and a company's own
#: acts are its referrals (appeals, complaints); as the subject of any other act it is no agent.
PARTY_KINDS = frozenset({"company"})
#: Kinds of the bodies that rule: a court's statement of the law (``vg:statesTheLaw``) told by a verb is the act of
#: a court only ("the court ruled"; core keeps it only when that court does no other act in the clipping).
COURT_KINDS = frozenset({"court"})
#: When cues of several modalities govern one trigger, the most hedged wins.
_PRIORITY = {"expected": 0, "proposed": 1, "announced": 2}


#: The end of a phrase that introduces an agent ("… imposed by the ", "… by").
_AGENT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(L.AGENT_PREPS)) + r")(?:\s+(?:"
                           + "|".join(sorted(L.DEFINITE_ARTICLES)) + r"))?\s*$", re.IGNORECASE)


#: The end of a statement before the subject of the verb that reports or rules on it ("…, the court ruled").
_AFTER_COMMA = re.compile(r",\s*(?:(?:" + "|".join(sorted(L.DEFINITE_ARTICLES)) + r")\s+)?$", re.IGNORECASE)


#: An infinitive of purpose inside a phrase ("new rules to speed up …"), not "to" before a noun phrase.
_PURPOSE = re.compile(r"\b(?:" + "|".join(sorted(L.INFINITIVE)) + r")\s+(?!(?:" + "|".join(sorted(L.ARTICLES))
                      + r")\b)[a-z]")


def _form(t: Any) -> str:
    return fold(t.text)


def _triggers(doc: Doc, ctx: Context, offset: int = 0) -> list[tuple[int, Trigger, int]]:
    lex = ctx.lexicon.triggers.get("en", {})
    form_lemma = ctx.lexicon.form_lemma.get("en", {})
    out: list[tuple[int, Trigger, int]] = []
    covered: set[int] = set()
    # "the Privacy Appeals Board": a capitalised word inside a known body's name is part of that name
    names = [(m.start - offset, m.end - offset) for m in ctx.mentions
             if m.category == "actor" and m.iri is not None and m.end - offset > 0 and m.start - offset < len(doc.text)]
    for t in doc:
        if t.i in covered or t.is_punct:
            continue
        if names and t.text[:1].isupper() and t.i > 0 and any(s < t.idx and t.idx + len(t) <= e for s, e in names):
            continue
        if not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text.startswith("-"):
            verb = _compound_verb(doc, t.i, lex)
            if verb is not None:  # "rubber-stamped", "green-lit": a hyphenated verb inflects its last part
                out.append((t.i, verb, t.i + 2))
                covered.update(range(t.i, t.i + 3))
            continue  # "a final sign-off": the first part of a hyphenated compound is no trigger
        f = _form(t)
        if t.i > 0 and (_form(doc[t.i - 1]), f) in L.SET_PHRASES:
            continue  # "public order": a set phrase, no act
        keys = {f, f.rstrip("s")}
        if f in form_lemma:
            keys.add(form_lemma[f])
        cands: list[Trigger] = []
        for key in sorted(keys):
            cands.extend(lex.get(key, ()))
        best: tuple[Trigger, int] | None = None
        # "a sweeping ban" is a noun after an "-ing" modifier; "political advertising apply" has no noun reading
        as_noun = any(tr.pos == "noun" for tr in cands)
        for trig in cands:
            if trig.pos == "noun" and f not in (trig.lemma, trig.lemma + "s", trig.lemma + "es"):
                continue
            if trig.pos == "verb" and t.i > 0 and (_form(doc[t.i - 1]) in L.ARTICLES
                                                   or (_form(doc[t.i - 1]) in L.PREPOSITIONS - L.INFINITIVE
                                                       and not (f.endswith("ing")
                                                                and _form(doc[t.i - 1]) in L.GERUND_TIME_PREPS))
                                                   or _form(doc[t.i - 1]) in L.SUPPORT_VERBS
                                                   # "staff could browse files": the "-s" form after a bare
                                                   # infinitive is the plural noun it takes as object
                                                   or (f.endswith("s") and not _past_form(f) and t.i > 1
                                                       and _form(doc[t.i - 2]) in L.MODALS | L.FUTURE_AUX
                                                       and doc[t.i - 1].text.isalpha()
                                                       and doc[t.i - 1].text.islower()
                                                       and _form(doc[t.i - 1]) not in L.ADVERBS
                                                       and _form(doc[t.i - 1]) not in L.NEGATIONS)
                                                   # "the handling of access requests": an "-s" form after a
                                                   # preposition and a noun is the plural head of a compound
                                                   or (f.endswith("s") and not _past_form(f) and t.i > 1
                                                       and _form(doc[t.i - 2]) in L.PREPOSITIONS - L.INFINITIVE
                                                       and doc[t.i - 1].text.isalpha()
                                                       and doc[t.i - 1].text.islower()
                                                       and _form(doc[t.i - 1]) not in L.FUNCTION_WORDS
                                                       and _form(doc[t.i - 1]) not in L.ADVERBS
                                                       and _form(doc[t.i - 1]) not in L.ARTICLES)
                                                   # "national rules obliging platforms to …": an "-s" form
                                                   # before a present participle is the plural noun it modifies
                                                   or (f.endswith("s") and not _past_form(f) and t.i + 1 < len(doc)
                                                       and doc[t.i + 1].text.isalpha()
                                                       and doc[t.i + 1].text.islower()
                                                       and _form(doc[t.i + 1]).endswith("ing"))
                                                   # "kept open a separate case": an adjective complement
                                                   or _form(doc[t.i - 1]) in L.ADJECTIVE_COMPLEMENT_VERBS
                                                   or (_form(doc[t.i - 1]).endswith("ing") and as_noun)
                                                   or not (_is_word(doc[t.i - 1].text)
                                                           or doc[t.i - 1].text in _DASHES | {","}
                                                           # "Directive (UE) 2022/2555 (NIS 2) became …", not
                                                           # "a €290m (£246m) fine", "21 sanctions": past forms only
                                                           or _past_form(f)
                                                           # "the Data Act (Regulation (EU) 2023/2854) applies":
                                                           # a present after the bracket that follows a name
                                                           or _named_bracket_before(doc, t.i))
                                                   or (doc[t.i - 1].like_num and not _past_form(f))
                                                   or _form(doc[t.i - 1]) in L.CURRENCIES
                                                   or _form(doc[t.i - 1]) in L.SCALES
                                                   or (f == trig.lemma and _after_determiner(doc, t.i))
                                                   # "in a landmark ruling": an "-ing" noun after its determiner
                                                   or (f.endswith("ing") and as_noun and _after_determiner(doc, t.i))):
                continue  # "a fine", "with fines", "21 sanctions", "a 500 million euro fine": the noun
            end = t.i
            ok = True
            for n, w in enumerate(trig.rest):
                k = end + 1
                if n == 0 and trig.pos == "verb" and k < len(doc):
                    k = _past_date(doc, k, ctx, offset)  # "accepted on 18 June commitments offered by …"
                    if k + 1 < len(doc) and _manner_adverb(doc[k].text) and _form(doc[k + 1]) == w:
                        k += 1  # "made legally binding", "made formally available": an adverb on the complement
                if k < len(doc) and _form(doc[k]) in L.ARTICLES and w not in L.ARTICLES:
                    k += 1
                if k < len(doc) and k > end + 1 and _form(doc[k - 1]) in L.POSSESSIVES and _form(doc[k]) in L.OWN:
                    k += 1  # "agreed their own position": "own" strengthens the possessive
                if n == 0 and trig.pos == "verb" and w in L.SPLIT_PARTICLES:
                    # "ordered Meta to pay", "found Meta in breach": the party stands between the verb and the rest
                    at = next((j for j in range(end + 1, min(len(doc), end + 8))
                               if _form(doc[j]) == w or doc[j].text in _CUT), len(doc))
                else:
                    at = k
                if w in L.ARTICLES and trig.pos == "verb" and at < len(doc) and _form(doc[at]) in L.ARTICLES:
                    end = at  # "lodged the appeal", "closed its inquiry" for "lodge an appeal": any determiner
                    if _form(doc[at]) in L.POSSESSIVES and at + 1 < len(doc) and _form(doc[at + 1]) in L.OWN:
                        end = at + 1  # "agreed their own position"
                    gen = next((j for j in range(at + 1, min(len(doc), at + 5)) if doc[j].text in ("'s", "’s")
                                or not doc[j].text[:1].isupper()), None)
                    if gen is not None and gen > at + 1 and doc[gen].text in ("'s", "’s"):
                        end = gen  # "agreed on the Council's position": a genitive name is a determiner
                    continue
                if n == len(trig.rest) - 1 and n > 0 and trig.rest[n - 1] in L.ARTICLES and at == end + 1:
                    at = _head_after_modifiers(doc, at, w)  # "closed its antitrust investigation"
                if at >= len(doc) or (_form(doc[at]) != w and _form(doc[at]).rstrip("s") != w):
                    ok = False
                    break
                end = at
            if ok and (best is None or len(trig.rest) > len(best[0].rest)):
                best = (trig, end)
        if best is None:
            continue
        for trig in cands:
            if trig.rest == best[0].rest and trig.pos == best[0].pos:
                out.append((t.i, trig, best[1]))
        covered.update(range(t.i, best[1] + 1))
    return out


def _after_comma(before: str) -> bool:
    """Whether ``before`` (the text up to a subject) ends with a comma, past the subject's article: "…, the
    Commission confirmed" (a reporting clause set off after the act)."""
    words = before.rstrip().split()
    while words and words[-1].lower() in L.ARTICLES:
        words.pop()
    return bool(words) and words[-1].endswith(",")


def _manner_adverb(word: str) -> bool:
    """Whether ``word`` is a lower-case "-ly" adverb ("legally", "formally"), long enough not to be a verb
    ("apply", "reply")."""
    return len(word) >= 6 and word.isalpha() and word.islower() and word.endswith("ly")


def _past_date(doc: Doc, k: int, ctx: Context, offset: int) -> int:
    """The token after a date phrase that opens at ``k`` between a verb and its object ("accepted on 18 June 2025
    commitments …"), or ``k`` itself."""
    at = doc[k].idx + offset
    if _form(doc[k]) in L.PREPOSITIONS and k + 1 < len(doc):
        at = doc[k + 1].idx + offset
    d = next((d for d in ctx.dates if d.start <= at < d.end), None)
    if d is None:
        return k
    j = k + 1
    while j < len(doc) and doc[j].idx + offset < d.end:
        j += 1
    return j if j < len(doc) and doc[j].text not in _CUT else k


def _fronted_owner(doc: Doc, i: int, ctx: Context, offset: int) -> EntityRef | None:
    """The body an adjunct opening the sentence around token ``i`` belongs to ("In a ruling delivered on Thursday, the
    Court of Justice said that …"): the body named right after the comma that closes the adjunct, stating a content."""
    if i == 0 or _form(doc[0]) not in L.PREPOSITIONS:
        return None
    comma = next((k for k in range(i + 1, len(doc)) if doc[k].text in _CUT), None)
    if comma is None or doc[comma].text != "," or comma + 1 >= len(doc):
        return None
    starts = {doc[comma + 1].idx + offset}
    if _form(doc[comma + 1]) in L.DEFINITE_ARTICLES and comma + 2 < len(doc):
        starts.add(doc[comma + 2].idx + offset)
    m = next((m for m in ctx.mentions if m.category == "actor" and m.start in starts), None)
    if m is None:
        return None
    k = next((k for k in range(comma + 1, len(doc)) if doc[k].idx + offset >= m.end), len(doc))
    that = next((j for j in range(k, min(len(doc), k + 7)) if doc[j].text in _CUT
                 or _form(doc[j]) in L.COMPLEMENTISERS), None)
    if (that is None or doc[that].text in _CUT) and not (k < len(doc) and _form(doc[k]) in L.REPORTING):
        return None  # its content follows: "said that …", "held that …", "said the measure could …"
    return ctx.ref(m)


def _possessed_adjunct(doc: Doc, i: int, ctx: Context, offset: int) -> tuple[EntityRef, tuple[int, int]] | None:
    """For a participle at ``i`` set off by commas after the noun phrase of an adjunct opening the sentence with a
    possessive ("In its annual report, published on 7 October, the agency …"): the body the possessive takes up
    (the first body of the main clause after the closing comma, outside a prepositional phrase) and the phrase."""
    if i < 4 or doc[i - 1].text != "," or _form(doc[0]) not in L.PREPOSITIONS or _form(doc[1]) not in L.POSSESSIVES:
        return None
    if any(x.text in _CUT for x in doc[2:i - 1]) \
            or ctx.linker.guess_kind(doc[2:i - 1].text, "en", "instrument") in ACT_RECORD_KINDS:
        return None  # "In its decision, notified on 3 May, the CNIL found …": the record of the act told next
    comma = next((k for k in range(i + 1, len(doc)) if doc[k].text in _CUT), None)
    if comma is None or doc[comma].text != ",":
        return None
    hi = next((k for k in range(comma + 1, len(doc)) if doc[k].text in _CUT), len(doc))
    lo, end = doc[comma].idx + offset, doc[hi - 1].idx + offset
    bodies = [m for m in ctx.mentions if m.category == "actor" and lo < m.start and m.end <= end + 1
              and not ctx.in_pp(m) and m.kind not in PARTY_KINDS]
    if not bodies:
        return None
    owner = bodies[0]
    for m in bodies[1:]:
        between = ctx.text[owner.end:m.start].split()
        if not (len(between) <= 3 and all(w.isalpha() and w.islower() and not _past_form(fold(w)) for w in between)):
            break
        owner = m  # "the EU cybersecurity agency ENISA": the name the phrase ends on is its head
    return ctx.ref(owner), (1, i - 1)


def _disposes_of_referral(doc: Doc, i: int, end: int, clause: int, found: list[tuple[int, Trigger, int]],
                          ctx: Context) -> bool:
    """Whether the verb at ``i`` opens a participle clause after a comma ("…, rejecting the company's appeal",
    "…, dismissing the challenge") whose object is a referral act noun: the court's answer to the case brought."""
    if not (_form(doc[i]).endswith("ing") and doc[i].text.isalpha()):
        return False
    k = i - 1
    while k > clause and _form(doc[k]) in L.ADVERBS:
        k -= 1
    if k <= clause or doc[k].text != ",":
        return False
    stop = next((j for j in range(end + 1, len(doc)) if doc[j].text in _CUT or _form(doc[j]) in L.PREPOSITIONS),
                len(doc))
    return any(end < j < min(stop, end + 6) and tr.pos == "noun" and is_referral(tr, ctx.lexicon)
               for j, tr, _ in found)


def _possessor(doc: Doc, np: tuple[int, int], clause: int, offset: int, ctx: Context) -> EntityRef | None:
    """The body that owns the subject ``np`` of a participle set off by commas ("Its annual report, released the same
    day, shows …", "The regulator's report, published on Monday, …"): a record made public by its owner. "Its" takes
    up the last body (not a company or a person) the text told acting; "X's" names the owner."""
    if np[0] != clause:
        return None  # "In its decision, notified on 3 May, …": an adjunct, told by the record rule
    if _form(doc[np[0]]) in L.NEUTER_POSSESSIVES:
        bodies = [a for a in ctx.recent_agents if a.kind not in (*PARTY_KINDS, "person")]
        return bodies[-1] if bodies else None
    gen = next((k for k in range(np[0] + 1, np[1]) if doc[k].text in ("'s", "’s")), None)
    if gen is None:
        return None
    owner = _entity(doc, np[0], gen, offset, ctx, "actor")
    if owner is None or owner.kind in (*PARTY_KINDS, "person"):
        return None
    return owner


def _contact_relative(doc: Doc, k: int, end: int, ctx: Context, offset: int) -> bool:
    """Whether the verb group opening at ``k`` (ending at ``end``) has a subject pronoun right after a common noun and
    no object of its own: a relative clause without its pronoun ("cookies they had refused", "the data it had
    kept"), which describes that noun."""
    if k >= 3 and _form(doc[k - 2]) in L.POSSESSIVES and doc[k - 1].text.isalpha() and doc[k - 1].text.islower():
        k -= 1  # "trackers its customers had refused": a possessed noun as the subject
    elif k < 2 or _form(doc[k - 1]) not in L.SUBJECT_PRONOUNS:
        return False
    noun = doc[k - 2]
    w = _form(noun)
    if not (noun.text.isalpha() and noun.text.islower()) or w in L.FUNCTION_WORDS or w in L.REPORTING \
            or w in L.SUBORDINATORS or w in L.REPORTED_THAT or _past_form(w) or w.endswith("ly") \
            or any(d.start <= noun.idx + offset < d.end for d in ctx.dates):
        return False  # not "Last week it appealed": a date phrase is no noun a clause describes
    group = [_form(x) for x in doc[k:end]]
    if any(w in L.FUTURE_AUX or w in L.MODALS for w in group):
        return False  # "the government hopes it will be adopted": a verb taking a clause, not a described noun
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    return nxt is None or nxt.text in _CUT or _form(nxt) in L.PREPOSITIONS


def _definite_draft(doc: Doc, v: int, n: int, ctx: Context) -> bool:
    """Whether the act noun at ``n`` heads a definite phrase right after the verb ending at ``v`` and names a draft
    text ("adopted the bill", "passed the surveillance bill"): the text the verb acts on, no act of its own (not so
    "adopted a proposal", "its proposal": the drafting)."""
    if not 0 < n - v <= 4 or any(x.text in _CUT for x in doc[v + 1:n]):
        return False
    if not any(_form(x) in L.DEFINITE_ARTICLES or x.text in ("'s", "’s") for x in doc[v + 1:n]):
        return False
    return ctx.linker.guess_kind(doc[n].text, "en", "instrument") in DRAFT_KINDS


def _after_determiner(doc: Doc, i: int) -> bool:
    """Whether the bare form at ``i`` ends a noun phrase opened by a determiner a few modifiers before ("a
    smart-camera trial", "the pilot test"): a noun, since a verb after a singular subject would take "-s"."""
    if i == 0 or _form(doc[i - 1]).endswith("s"):
        return False
    k = i - 1
    while k >= 0 and k >= i - 4:
        w = _form(doc[k])
        if w in L.ARTICLES:
            return k < i - 1
        # "a Commission request": a proper name can modify the noun too, unless the form is also a past ("the
        # Commission put forward"); "its first court test": an ordinal after the determiner is a modifier, no adverb
        if not (doc[k].text == "-" or (_is_word(doc[k].text)
                                       and (w not in L.FUNCTION_WORDS or (w in L.NOUN_MODIFIERS and (
                                           k < i - 1 or (k > 0 and _form(doc[k - 1]) in L.ARTICLES))))
                                       and (doc[k].text.islower() or not _past_form(_form(doc[i]))))):
            return False
        k -= 1
    return False


def _head_after_modifiers(doc: Doc, at: int, head: str) -> int:
    """The index of ``head`` when only noun modifiers stand between a determiner and it ("its non-compliance
    investigation", "the antitrust case"); ``at`` otherwise."""
    k = at
    while k < len(doc) and k < at + 6:
        f = _form(doc[k])
        if f == head or f.rstrip("s") == head:
            return k
        if not (f == "-" or (doc[k].is_alpha and f not in L.PREPOSITIONS and f not in L.COORDINATORS
                             and f not in L.RELATIVES and f not in L.ARTICLES)):
            break
        k += 1
    return at


def _compound_verb(doc: Doc, i: int, lex: dict[str, list[Trigger]]) -> Trigger | None:
    """The verb trigger written as a hyphenated compound at ``i`` ("rubber-stamped", "green-lit"), whose last part
    carries the inflection; the bare form only after "to" or a modal ("a final sign-off" is a noun)."""
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i + 1].whitespace_ or not _is_word(doc[i + 2].text):
        return None
    if i > 0 and (_form(doc[i - 1]) in L.ARTICLES or _form(doc[i - 1]) in L.PREPOSITIONS - L.INFINITIVE):
        return None
    first, last = _form(doc[i]), _form(doc[i + 2])
    for trig in lex.get(first, ()):
        if trig.pos != "verb" or len(trig.rest) != 1:
            continue
        whole = f"{first}-{trig.rest[0]}"
        if last == trig.rest[0] and not (i > 0 and (_form(doc[i - 1]) in L.INFINITIVE
                                                    or _form(doc[i - 1]) in L.FUTURE_AUX)):
            continue  # the bare form is a verb only after "to" or "will": "a final sign-off" is a noun
        if last in _en_forms(trig.rest[0]) or f"{first}-{last}" in L.IRREGULAR.get(whole, ()):
            return trig
    return None


def _chars(doc: Doc, s: int, e: int, offset: int) -> tuple[int, int]:
    return doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1].text) + offset


def _clause_start(doc: Doc, i: int) -> int:
    k = i - 1
    while k >= 0:
        w = _form(doc[k])
        if doc[k].text in (";", ":") or w in L.CLAUSE_BREAKS:
            return k + 1
        k -= 1
    return 0


def _acronym(word: str) -> bool:
    """Whether ``word`` is written in capitals, two letters or more ("IT", "US"): an acronym, not the pronoun."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _np_after(doc: Doc, i: int) -> tuple[int, int] | None:
    s = i
    while s < len(doc) and _form(doc[s]) in L.OBJECT_LEADS:
        s += 1
    e = s
    limit = 14
    while e < len(doc) and (doc[e].text not in _CUT or _short_bracket(doc, e)) \
            and _form(doc[e]) not in L.OBJECT_STOPS \
            and (_form(doc[e]) not in L.RELATIVES or (e == s and _demonstrative(doc, e))) \
            and _form(doc[e]) not in L.CLAUSE_STARTS and e < s + limit \
            and not (e > s and _form(doc[e]) in L.SUBJECT_PRONOUNS and not _acronym(doc[e].text)) \
            and not (e > s and _form(doc[e]) in L.AGENT_PREPS and e + 1 < len(doc) and doc[e + 1].like_num):
        # "approved the regulation by 445 votes to 142": a tally is no part of the object
        e += 1
        if e == s + 14 and e < len(doc) and any(t.like_num for t in doc[s:e]):
            limit = 40  # a numbered title runs on ("décret n° 2017-258 du 10 décembre 2017 relatif au fichier …")
    return (s, e) if e > s else None


def _whether_subject(doc: Doc, np: tuple[int, int]) -> tuple[int, int]:
    """For a complement opening with a question ("into whether Google demotes …", "whether Acme sold …"): that
    clause, from its subject (the party the act looks into) on, without the preposition and "whether"; ``np``
    otherwise."""
    # "on Thursday into whether …": past a date adjunct the phrase window took in
    k = next((k for k in range(np[0], min(np[1], np[0] + 5)) if _form(doc[k]) in L.COMPLEMENTISERS - L.REPORTED_THAT
              and (k == np[0] or _form(doc[k - 1]) in L.NOUN_PARTY_PREPS)), None)
    if k is None:
        return np
    return (k + 1, np[1]) if k + 1 < np[1] else np


def _listed_before(doc: Doc, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The phrase ``np`` with the names listed before it ("LinkedIn and Zalando", "Meta, TikTok and X"): a subject
    of proper names joined by commas and a coordinator, back to the clause start."""
    if np is None or not doc[np[0]].text[:1].isupper():
        return np
    s = np[0]
    while s >= 2 and (_form(doc[s - 1]) in L.LIST_LINKS or doc[s - 1].text == ","):
        j = s - 1
        while j > 0 and j > s - 5 and doc[j - 1].text[:1].isupper() and _is_word(doc[j - 1].text.replace(".", "")):
            j -= 1
        if j == s - 1 or (j > 0 and doc[j - 1].text not in _CUT and _form(doc[j - 1]) not in L.LIST_LINKS):
            break
        s = j
    return (s, np[1])


def _listed_after(doc: Doc, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The phrase ``np`` with the names listed after it ("to TikTok and Meta", "to Meta, TikTok and X"): proper names
    joined by commas and a coordinator; ``np`` when it is no name or nothing but names follow."""
    if np is None or not doc[np[0]].text[:1].isupper():
        return np
    e = np[1]
    while e + 1 < len(doc) and (_form(doc[e]) in L.LIST_LINKS or doc[e].text == ","):
        j = e + 1
        if doc[e].text == "," and _form(doc[j]) in L.LIST_LINKS:
            j += 1
        k = j
        while k < len(doc) and k < j + 4 and doc[k].text[:1].isupper() and _is_word(doc[k].text.replace(".", "")):
            k += 1
        if k == j or (k < len(doc) and doc[k].text not in _CUT and _form(doc[k]) not in L.LIST_LINKS
                      and _form(doc[k]) not in L.PREPOSITIONS):
            break
        e = k
    return (np[0], e)


def _short_bracket(doc: Doc, e: int) -> bool:
    """A bracket of a few words inside a name ("Règlement (UE) 2023/2854"), with the name going on after it."""
    if doc[e].text == ")":
        return any(doc[k].text == "(" for k in range(max(0, e - 4), e))
    if doc[e].text != "(" or e == 0:
        return False
    close = next((k for k in range(e + 1, min(len(doc), e + 5)) if doc[k].text == ")"), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].text not in _CUT


def _bracket_opening(doc: Doc, close: int) -> int | None:
    """Where the bracket that closes at token ``close`` opens, brackets inside it matched ("(Regulation (EU)
    2023/2854)"), within 15 tokens; None when it does not."""
    depth, j = 0, close
    while j > max(0, close - 15):
        depth += (doc[j].text == ")") - (doc[j].text == "(")
        if depth == 0:
            return j if doc[j].text == "(" else None
        j -= 1
    return None


def _named_bracket_before(doc: Doc, i: int) -> bool:
    """Whether a bracket closes right before token ``i`` (a present in "-s") and opens after a capitalised word:
    "the EU Data Act (Regulation (EU) 2023/2854) applies"."""
    if i < 3 or doc[i - 1].text != ")" or not doc[i].text.endswith("s"):
        return False
    j = _bracket_opening(doc, i - 1)
    return j is not None and j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].text.isalpha()


def _abbreviation_dot(doc: Doc, k: int) -> bool:
    """Whether the full stop at ``k`` ends an abbreviation the tokenizer split off ("Law No. 132": "No" + ".")."""
    return doc[k].text == "." and k > 0 and not doc[k - 1].whitespace_ and _form(doc[k - 1]) in L.ABBREVIATIONS \
        and k + 1 < len(doc) and doc[k + 1].text[:1].isdigit()


def _np_before(doc: Doc, i: int, wide: bool = False) -> tuple[int, int] | None:
    """The phrase before token ``i``: a few words for a body; ``wide`` for a text as subject, back to the clause
    start over prepositions and brackets ("Loi n° 2022-898 du 13 septembre 2022 relative à … entered into force")."""
    e = i
    s = e
    n = 0  # words taken; the hyphens of a compound name do not count ("Montfort-Médard-en-Vexin")
    depth = 0  # inside a bracket of a title ("The Data (Use and Access) Act") no word ends the phrase
    while s > 0 and (doc[s - 1].text not in _CUT or (wide and doc[s - 1].text in "()")
                     or _abbreviation_dot(doc, s - 1)) \
            and not (doc[s - 1].text == "-" and doc[s - 1].whitespace_ and s > 1 and doc[s - 2].whitespace_) \
            and (doc[s - 1].text not in _QUOTES or (wide and doc[s - 1].text in "«»")) \
            and (depth > 0 or (_form(doc[s - 1]) not in L.CLAUSE_STARTS and _form(doc[s - 1]) not in L.RELATIVES
                               and _form(doc[s - 1]) not in L.REPORTING
                               # "Norrvik is not the first council …": a finite "be" ends the phrase before it
                               and not (_form(doc[s - 1]) in L.FINITE_BE and doc[s - 1].text.islower()))) \
            and (wide or _form(doc[s - 1]) not in L.PREPOSITIONS) and n < (40 if wide else 7):
        s -= 1
        depth += (doc[s].text == ")") - (doc[s].text == "(")
        if doc[s].text != "-" and not (s > 0 and doc[s - 1].text == "-"):
            n += 1
    return (s, e) if e > s else None


def _entity(doc: Doc, s: int, e: int, offset: int, ctx: Context, want: str) -> EntityRef | None:
    cs, ce = _chars(doc, s, e, offset)
    cs += len(ctx.text[cs:ce]) - len(ctx.text[cs:ce].lstrip())  # a run of spaces is a token: no part of a name
    text = ctx.text[cs:ce]
    inside = ctx.mentions_in(cs, ce)
    if want == "actor":
        # a name the phrase window cut ("by the Regulatory Authority | for Audiovisual …") is taken whole
        actors = [m for m in inside if m.category == "actor"] or [
            m for m in ctx.mentions if m.category == "actor" and m.iri and cs <= m.start < ce < m.end]
        name_at = _described_name(text)
        if name_at is not None and fold(text[:name_at].split()[-1]) in L.FUNCTION_WORDS:
            name_at = None  # "the court of appeal in Lyon": a place in a prepositional phrase, no apposition
        if actors and name_at is not None and actors[0].text[:1].islower() \
                and all(m.end <= cs + name_at for m in actors):
            # "Slovenia's information commissioner IP": a periphrasis that describes the body named after it is no
            # name of another body
            name = text[name_at:]
            return EntityRef(text=name, span=Span(cs + name_at, ce), iri=ctx.linker.lookup(name), kind=actors[0].kind)
        if actors:
            return ctx.ref(actors[0])
        described = ctx.linker.guess_kind(text[:name_at].rstrip(), "en", "actor") if name_at is not None else None
        if name_at is not None and described is not None and described not in (*PARTY_KINDS, "person"):
            # "Latvia's data protection agency DVI": the name in apposition to the description of a body is the body
            name = text[name_at:]
            return EntityRef(text=name, span=Span(cs + name_at, ce), iri=ctx.linker.lookup(name), kind=described)
        kind = ctx.linker.guess_kind(text, "en", "actor")
        if kind is None:
            return _surname(text, cs, ce, ctx)
        words = text.split()
        if fold(words[0]) in L.DEFINITE_ARTICLES and len(words) <= 4:
            back = ctx.antecedent(kind, cs)  # "the authority" after "the Italian Data Protection Authority"
            if back is None:
                back = _named_by_head(fold(words[-1]), cs, ctx)  # "the agency" after "the … agency AZOP"
            # a capitalised word ("the Irish watchdog") must be in a name of that body
            names = " ".join(fold(lb.text) for lb in ctx.linker.knowledge.entities[back.iri].labels) \
                if back is not None and back.iri in ctx.linker.knowledge.entities else ""
            if back is not None and all(fold(w) in names.split() for w in words[1:] if w[:1].isupper()):
                return back
        if len(words) > 1 and fold(words[0]) in L.ARTICLES:
            text = text[len(words[0]):].lstrip()  # "An Irish court": the body, not its determiner
        return EntityRef(text=text, span=Span(cs, ce), iri=None, kind=kind)
    if any(d.start <= cs and ce <= d.end for d in ctx.dates):
        return None  # a date is never what an act is about ("approval on 9 November")
    lead = next((d for d in ctx.dates if d.start <= cs < d.end), None)
    if lead is not None:  # "voted on Wednesday to approve the AI Act": the date is no part of the object
        cs = lead.end + len(ctx.text[lead.end:ce]) - len(ctx.text[lead.end:ce].lstrip())
        text = ctx.text[cs:ce]
        inside = ctx.mentions_in(cs, ce)
    amount_at = min((a.start for a in ctx.amounts if cs < a.start < ce), default=None)
    date_at = min((d.start for d in ctx.dates if d.relative and cs < d.start < ce), default=None)
    if date_at is not None and ctx.text[cs:date_at].strip():
        ce = cs + len(ctx.text[cs:date_at].rstrip())  # "threw out a claim last week": the date is no part of it
        text = ctx.text[cs:ce]
        inside = ctx.mentions_in(cs, ce)
    if amount_at is not None and ctx.text[cs:amount_at].strip() \
            and fold(ctx.text[cs:amount_at]).split()[-1] not in L.ARTICLES:  # "upheld a €2.4bn fine": no party
        ce = cs + len(ctx.text[cs:amount_at].rstrip())  # "fined Snap 600,000 euros": the amount is no party
        text = ctx.text[cs:ce]
        inside = ctx.mentions_in(cs, ce)
    owner = next((m for m in inside if m.category == "actor" and ctx.text[m.end:m.end + 2] in ("'s", "’s")
                  and ctx.text[m.end + 2:ce].strip()[:1].isupper()
                  and all(w in L.ARTICLES for w in fold(ctx.text[cs:m.start]).split())), None)
    if owner is not None:
        # "Elon Musk's X": the owner named in the possessive is not the party; the name after it is
        cs = owner.end + 2 + len(ctx.text[owner.end + 2:ce]) - len(ctx.text[owner.end + 2:ce].lstrip())
        text = ctx.text[cs:ce]
        inside = ctx.mentions_in(cs, ce)
    cut = [m for m in ctx.mentions if m.start < cs < m.end <= ce and m.category in ("instrument", "matter")]
    if cut:  # a long title the phrase window cut: take the name whole
        cs = min(m.start for m in cut)
        text = ctx.text[cs:ce]
        inside = ctx.mentions_in(cs, ce)
    # "a fine imposed by the European Commission": the agent of a participle inside the phrase is not its head
    # "the fine the European Commission imposed": nor the subject of a contact relative clause on it
    inside = [m for m in inside if not (m.category == "actor" and (_AGENT_BEFORE.search(ctx.text[cs:m.start]) or (
        any(w not in L.ARTICLES for w in fold(ctx.text[cs:m.start]).split())
        and _past_form(fold(ctx.text[m.end:ce]).split()[0] if ctx.text[m.end:ce].split() else ""))))]
    texts = [m for m in inside if m.category in ("instrument", "matter")]
    purpose = _PURPOSE.search(text)
    if texts and purpose is not None and text[:1].islower() and all(m.start >= cs + purpose.start() for m in texts):
        # "approved new rules to speed up cross-border GDPR enforcement": a text named in the purpose of a
        # generic phrase is not what the act is about
        inside = [m for m in inside if m.start < cs + purpose.start()]
        texts = []
    if not texts and inside and ctx.linker.guess_kind(text, "en", "instrument"):
        inside = []  # "Directive (EU) 2031/55": a body named inside a title is not what the act is about
    if texts or inside:
        best = max(texts or inside, key=lambda m: (m.end - m.start, -m.start))
        return EntityRef(text=text, span=Span(cs, ce), iri=best.iri, kind=best.kind)
    name_at = _described_name(text)
    described = ctx.linker.guess_kind(text[:name_at].rstrip(), "en") if name_at is not None else None
    if name_at is not None and described in PARTY_KINDS:
        # "Chinese artificial intelligence start-up DeepSeek": a party named after the description of what it is
        name = text[name_at:]
        return EntityRef(text=name, span=Span(cs, ce), iri=ctx.linker.lookup(name), kind=described)
    # a French title quoted in English ("Loi n° 2022-898 du 13 septembre 2022 relative à …") has a French head
    kind = ctx.linker.guess_kind(text, "en") or ctx.linker.guess_kind(text, "fr", "instrument") \
        or ctx.linker.guess_kind(text, "fr", "matter")
    words = text.lower().split()
    if words and words[0] in L.OBJECT_PRONOUNS and (len(words) == 1 or words[1] in L.INFINITIVE):
        # "ordered it to delete the data": the pronoun takes up the last party named before
        party = next((m for m in reversed(ctx.mentions) if m.category == "actor" and m.kind in PARTY_KINDS
                      and m.end <= cs), None)
        if party is not None:
            back = ctx.ref(party)
            return EntityRef(text=back.text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    # a definite generic phrase, its modifiers in lower case: "the company", "the facial recognition company" (up
    # to an infinitive: "ordered the company to stop …")
    head = next((k for k, w in enumerate(words) if w in L.INFINITIVE), len(words))
    # "the US company": one capitalised modifier (a place, a nationality) before the lower-case head is generic too
    mods = text.split()[1:head]
    generic = 2 <= head <= 4 and words[0] in L.DEFINITE_ARTICLES and mods[-1].islower() \
        and sum(not w.islower() for w in mods) <= (len(mods) > 1)
    if generic and head < len(words) and kind is None:
        kind = ctx.linker.guess_kind(" ".join(text.split()[:head]), "en")
    if len(words) == 2 and words[0] in L.DEFINITE_ARTICLES and words[1] in ctx.lexicon.text_anaphors.get("en", set()):
        # "signed off on the text": the generic noun takes up the last text named
        texts = [m for m in ctx.mentions if m.category == "instrument" and m.end <= cs]
        told = [o for o in ctx.recent_objects if o.span is not None and o.span.end <= cs
                and (not texts or o.span.start > max(m.end for m in texts))]
        if told:
            # "adopted the new regulation on toy safety … The text will enter into force": a text the reference
            # data does not hold, told as the object of an earlier act
            return EntityRef(text=told[-1].text, span=Span(cs, ce), iri=told[-1].iri, kind=told[-1].kind)
        if texts:
            back = ctx.ref(max(texts, key=lambda m: m.end))
            return EntityRef(text=text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    if kind is not None and generic and ctx.linker.category_of(kind) == "actor":
        back = ctx.antecedent(kind, cs)  # "The company was ordered to …" after "fined Meta": the party named before
        if back is not None:
            return EntityRef(text=back.text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    if kind is not None and len(words) == 2 and words[0] in L.DEFINITE_ARTICLES:
        back = ctx.text_antecedent(kind, cs)  # "the regulation" after "the Data Act"
        if back is not None:
            return EntityRef(text=text if back.iri else back.text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
        if ctx.linker.category_of(kind) in ("instrument", "matter"):
            named = _described_before(ctx, words[1], cs)  # "the bill" after "a provision of the justice … bill"
            if named is not None:
                return EntityRef(text=named, span=Span(cs, ce), iri=None, kind=kind)
    if (kind in (None, *PARTY_KINDS) or ctx.linker.category_of(kind) == "actor") and len(words) == 2 \
            and words[0] in L.DEFINITE_ARTICLES and words[1].isalpha() \
            and not ctx.lexicon.triggers.get("en", {}).get(words[1].rstrip("s")):
        # "ordered the bank to delete …" after "fined a Madrid-based bank", "the city" after "the city of Ghent": a
        # definite noun takes up the phrase with the same head named before
        noun = re.escape(words[1])
        heads = list(re.finditer(r"\b(?i:" + "|".join(sorted(L.INDEFINITE_ARTICLES)) + r")\s+((?:[\w-]+\s+){0,3}?"
                                 + noun + r")\b|\b(?i:" + "|".join(sorted(L.DEFINITE_ARTICLES)) + r")\s+(" + noun
                                 + r"\s+(?:" + "|".join(sorted(L.GENITIVE_PREPS))
                                 + r")\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", ctx.text[:cs]))
        if heads:
            return EntityRef(text=heads[-1].group(1) or heads[-1].group(2), span=Span(cs, ce), iri=None, kind=kind)
        told = [o for o in ctx.recent_parties if o.span is not None and o.span.end <= cs and o.iri is None
                and o.kind == kind and kind in PARTY_KINDS]
        if told:
            # "ordered the firm to …" after "fined a debt collection company": a definite noun of the same kind takes
            # up the party of an earlier act
            said = told[-1].text.split(" ", 1)
            name = said[1] if len(said) == 2 and fold(said[0]) in L.ARTICLES else told[-1].text
            return EntityRef(text=name, span=Span(cs, ce), iri=None, kind=kind)
    return EntityRef(text=text, span=Span(cs, ce), iri=None, kind=kind)


def _named_by_head(head: str, pos: int, ctx: Context) -> EntityRef | None:
    """The last known body before ``pos`` one of whose names ends on the noun ``head`` ("the agency" after "AZOP",
    the Personal Data Protection Agency): a definite noun takes up the body it names, whatever its kind."""
    for m in reversed(ctx.mentions):
        if m.end > pos or m.category != "actor" or m.iri is None or m.kind in (*PARTY_KINDS, "person"):
            continue
        ent = ctx.linker.knowledge.entities.get(m.iri)
        if ent is not None and any(fold(lb.text).split()[-1:] == [head] for lb in ent.labels):
            return ctx.ref(m)
    return None


def _titled_apposition(doc: Doc, comma: int, clause: int, offset: int, ctx: Context) -> tuple[int, int] | None:
    """The subject whose apposition, set off by commas before the verb, is the formal title of a text ("The
    Interoperable Europe Act, Regulation (EU) 2024/903, was published"): the name and its title together."""
    j = comma - 1
    while j > clause and doc[j].text != "," and comma - j < 12:
        j -= 1
    if j <= clause or doc[j].text != "," or j + 1 >= comma:
        return None
    title = _entity(doc, j + 1, comma, offset, ctx, "object")
    if title is None or _category(title, ctx) != "instrument" or not doc[j + 1].text[:1].isupper():
        return None
    head = _np_before(doc, j)
    return (head[0], comma) if head is not None else None


def _reported_theme(doc: Doc, start: int, offset: int, ctx: Context) -> EntityRef | None:
    """What an act noun without a complement is about when its body reports its content ("In an opinion adopted on
    …, the Board said that AI models trained on personal data cannot be …"): the subject of the reported clause."""
    k = next((k for k in range(start, len(doc) - 2) if doc[k].text in (";", ".") or (
        (_form(doc[k]) in L.REPORTING or (_form(doc[k]).endswith("ing") and doc[k].text.isalpha()))
        and _form(doc[k + 1]) in L.COMPLEMENTISERS)), None)
    if k is None or doc[k].text in (";", "."):
        return None
    s = e = k + 2
    while e < len(doc) and e < s + 12 and doc[e].text not in _CUT and not (
            _form(doc[e]) in L.BE_FORMS or _form(doc[e]) in L.HAVE_FORMS or _form(doc[e]) in L.MODALS
            or _form(doc[e]) in L.FUTURE_AUX or _form(doc[e]) in L.NEGATIONS):
        e += 1
    if e == s or e >= len(doc) or doc[e].text in _CUT or e == s + 12:
        return None  # no verb group closes a subject
    return _entity(doc, s, e, offset, ctx, "object")


def _content_party(doc: Doc, start: int, offset: int, ctx: Context) -> EntityRef | None:
    """The party of an act noun told by the content clause right after it ("issued preliminary findings that Meta's
    Facebook and Instagram breach the DSA"): the names, linked by possessives and coordinators, that open the clause
    as its subject, when they name a company."""
    if start + 1 >= len(doc) or _form(doc[start]) not in L.COMPLEMENTISERS:
        return None
    s = e = start + 1
    while e < len(doc) and e < s + 8 and (doc[e].text in ("'s", "’s") or (
            e > s and _form(doc[e]) in L.COORDINATORS) or (doc[e].text[:1].isupper() and _is_word(doc[e].text))):
        e += 1
    while e > s and (_form(doc[e - 1]) in L.COORDINATORS or doc[e - 1].text in ("'s", "’s")):
        e -= 1
    if e == s or e >= len(doc) or not (doc[e].text.isalpha() and doc[e].text.islower()):
        return None  # no verb right after the names closes the subject
    party = _entity(doc, s, e, offset, ctx, "object")
    return party if party is not None and party.kind in PARTY_KINDS else None


def _clause_subject(doc: Doc, s: int, offset: int, ctx: Context) -> EntityRef | None:
    """The subject of the clause opening at ``s`` ("national rules requiring hotels to copy ID cards go beyond …"):
    the words up to the first punctuation, relative pronoun, auxiliary or past verb, at most 16."""
    # over the date a wire's dateline keeps ("Oct 22, National rules …")
    while s < len(doc) and (not doc[s].text.strip() or (doc[s].text == "," and s > 0)
                            or any(d.start <= doc[s].idx + offset < d.end for d in ctx.dates)):
        s += 1
    e = s
    while e < len(doc) and e < s + 16 and doc[e].text not in _CUT and _form(doc[e]) not in L.RELATIVES \
            and not (e > s and (_form(doc[e]) in L.BE_FORMS or _form(doc[e]) in L.HAVE_FORMS
                                or _form(doc[e]) in L.MODALS or _form(doc[e]) in L.FUTURE_AUX
                                # "the surveillance law breached the constitution": a past verb after the subject
                                or (e > s + 1 and _past_form(_form(doc[e]))
                                    and not (e + 1 < len(doc) and _form(doc[e + 1]) in L.AGENT_PREPS)))):
        e += 1
    if e == s:
        return None
    return _entity(doc, s, e, offset, ctx, "object")


def _described_name(text: str) -> int | None:
    """Where the name starts in a phrase that ends with a name after a lower-case description ("genetic testing
    company 23andMe", "Chinese artificial intelligence start-up DeepSeek"), or None."""
    words = text.split()
    k = len(words)
    while k > 0 and any(c.isupper() for c in words[k - 1]) and words[k - 1][:1].isalnum():
        k -= 1
    if not 0 < k < len(words) or len(words) - k > 3 or not words[k - 1].islower() \
            or sum(not w.islower() for w in words[:k]) > 1 or any(c in text for c in ",;()"):
        return None
    return len(text) - len(" ".join(words[k:]))


def _described_before(ctx: Context, noun: str, pos: int) -> str | None:
    """The last phrase before ``pos`` that describes a ``noun`` by lower-case modifiers ("the justice programming
    bill"), which a bare "the bill" takes up; None when there is none."""
    best = None
    dets = "|".join(sorted(L.ARTICLES))
    for m in re.finditer(r"\b(?:" + dets + r")\s+((?:[a-z][\w-]*\s+){1,3}" + re.escape(noun) + r")\b",
                         ctx.text[:pos], re.IGNORECASE):
        mods = m.group(1).split()[:-1]
        if mods[0][:1].islower() and not any(w in L.ARTICLES or w in L.PREPOSITIONS or w in L.FUNCTION_WORDS
                                             for w in mods):
            best = m.group(1)
    return best


def _with_topic(doc: Doc, np: tuple[int, int], offset: int, ctx: Context) -> int | None:
    """Where a bare generic noun's topic complement ends ("adopted a statement | on age assurance", "released its
    final guidelines | on the interplay between …"), or None: no date ("on Monday"), no party, no named text."""
    s, e = np
    if e < len(doc) and e - 1 > s and _form(doc[e]) in L.RELATIVES and _form(doc[e - 1]) in L.PREPOSITIONS:
        e -= 1  # "the orders by | which …": the phrase window took the preposition of the relative
    words = [_form(t) for t in doc[s:e]]
    # "adopted guidelines | on pseudonymisation": a bare text noun without a determiner too
    bare = len(words) == 1 and doc[s].text.islower() \
        and ctx.linker.guess_kind(doc[s].text, "en", "instrument") is not None
    if not ((2 <= len(words) <= 3 and words[0] in L.ARTICLES and all(t.text.islower() for t in doc[s + 1:e]))
            or bare) \
            or e + 1 >= len(doc) or ctx.mentions_in(*_chars(doc, s, e, offset)) \
            or (_form(doc[e]) not in L.TOPIC_PREPS and _form(doc[e + 1]) not in L.RELATIVES):
        return None
    if _form(doc[e + 1]) in L.RELATIVES and _form(doc[e]) in L.PREPOSITIONS:
        # "annulled the decisions | in which the Commission set the fees …": a restrictive relative tells which
        return next((k for k in range(e + 2, len(doc)) if doc[k].text in _CUT), len(doc))
    nxt = doc[e + 1].idx + offset
    if doc[e + 1].like_num or any(d.start <= nxt < d.end for d in ctx.dates) \
            or ctx.linker.guess_kind(doc[s:e].text, "en", "actor") is not None:
        return None
    tail = _np_after(doc, e + 1)
    if tail is not None and tail[1] + 1 < len(doc) and _form(doc[tail[1]]) in L.COORDINATORS \
            and any(_form(t) in L.CORRELATIVE_PREPS for t in doc[tail[0]:tail[1]]):
        more = _np_after(doc, tail[1] + 1)  # "the interplay between the DSA | and the GDPR": both ends
        tail = (tail[0], more[1]) if more is not None else tail
    return tail[1] if tail is not None else None


def _coordinated_parties(obj: EntityRef, ctx: Context) -> list[EntityRef]:
    """The members of an object that is a list of named parties and nothing else ("TikTok and Meta"), or []."""
    if obj.span is None:
        return []
    lo, hi = obj.span.start, obj.span.end
    named = [m for m in ctx.mentions if m.category == "actor" and lo <= m.start and m.end <= hi
             and m.kind in PARTY_KINDS]
    if not named:
        return []
    refs = [ctx.ref(m) for m in named]
    rest = ctx.text[lo:hi]
    for m in sorted(named, key=lambda m: -m.start):
        rest = rest[:m.start - lo] + " " * (m.end - m.start) + rest[m.end - lo:]
    # "LinkedIn and Zalando": a capitalised name the reference data does not hold, listed with a known party, is a
    # party too
    for w in re.finditer(r"[^\s,]+(?:\s+[^\s,]+)*", rest):
        chunk = [x for x in w.group().split() if fold(x) not in L.ARTICLES]
        if not chunk or all(fold(x) in L.LIST_LINKS for x in chunk):
            continue
        if fold(chunk[0]) in L.LIST_LINKS:
            chunk = chunk[1:]
        if not chunk or not all(x[:1].isupper() and _is_word(x.replace(".", "")) for x in chunk) or any(
                m.start < lo + w.end() and lo + w.start() < m.end for m in ctx.mentions if m not in named):
            return []
        text = " ".join(chunk)
        at = lo + w.start() + w.group().find(chunk[0])
        refs.append(EntityRef(text=text, span=Span(at, at + len(text)), iri=None, kind=named[0].kind))
    if len(refs) < 2:
        return []
    return sorted(refs, key=lambda r: r.span.start if r.span else 0)


def _on_amount(at: int, ctx: Context) -> bool:
    """Whether the verb group at ``at`` ends a contact relative clause on an amount ("the €30-50 million | the
    regulator had proposed"): an amount, then only a short subject phrase opened by a determiner."""
    for a in ctx.amounts:
        if a.end <= at:
            words = fold(ctx.text[a.end:at]).split()
            if 1 <= len(words) <= 4 and words[0] in L.ARTICLES and not any(c in _CUT for c in words):
                return True
    return False


def _relative_antecedent(doc: Doc, k: int, clause: int, offset: int, ctx: Context) -> EntityRef | None:
    """The object of a verb in a relative clause whose pronoun is its object (", which it upheld for …"): the noun
    phrase before the comma, from its determiner."""
    r = k - 1
    while r > clause and r > k - 7 and _form(doc[r]) not in L.OBJECT_RELATIVES and doc[r].text not in _CUT:
        r -= 1
    if r <= clause + 1 or r == k - 1 or _form(doc[r]) not in L.OBJECT_RELATIVES or doc[r - 1].text != ",":
        return None
    a = r - 1
    while a > clause and a > r - 12 and doc[a - 1].text not in _CUT and _form(doc[a - 1]) not in L.ARTICLES:
        a -= 1
    if a - 1 < clause or _form(doc[a - 1]) not in L.ARTICLES:
        return None
    return _entity(doc, a - 1, r - 1, offset, ctx, "object")


def _modifies_noun(end: int, cs: int, ctx: Context) -> bool:
    """Whether the name ending at ``end`` modifies the head noun of the phrase before the verb at ``cs`` ("New EU
    rules on … apply"), rather than being its subject ("the Commission confirmed in guidance published …")."""
    gap = ctx.text[end:cs]
    words = fold(gap).split()
    if not words or not re.match(r" [a-z]", gap) or re.search(r"[,;:()]", gap):
        return False
    first = words[0]
    return first not in L.FUNCTION_WORDS and first not in L.REPORTING and not _past_form(first) \
        and not first.endswith("ing") and not any(d.start <= end + 1 < d.end for d in ctx.dates)


def _surname(word: str, cs: int, ce: int, ctx: Context) -> EntityRef | None:
    """A surname alone ("Latombe, who filed the case") takes up the person named before with a title ("French MP
    Philippe Latombe"): the shortest end of that name whose head names a kind of actor."""
    if not _is_word(word) or not word[:1].isupper() or fold(word) in L.FUNCTION_WORDS:
        return None
    found = list(re.finditer(r"((?:[A-Z][\w'’.-]*\s+){1,4})" + re.escape(word) + r"\b", ctx.text[:cs]))[-1:]
    if not found:
        return None
    names = found[0].group(1).split()
    for k in range(len(names) - 1, -1, -1):
        full = " ".join([*names[k:], word])
        kind = ctx.linker.guess_kind(full, "en", "actor")
        if kind is not None:
            return EntityRef(text=full, span=Span(cs, ce), iri=None, kind=kind)
    return None


def _category(ref: EntityRef | None, ctx: Context) -> str | None:
    if ref is None:
        return None
    if ref.iri:
        ent = ctx.linker.knowledge.entities.get(ref.iri)
        return ent.category if ent else None
    return ctx.linker.category_of(ref.kind)


def _support(doc: Doc, i: int, ctx: Context, offset: int, act_nouns: dict[int, str] | None = None) -> int | None:
    """Index of the support verb before the noun at ``i`` ("imposed a €5m fine", "issued 21 sanctions")."""
    k = i - 1
    steps = 0
    skipped_date = False
    while k >= 0 and steps < 8:
        tok = doc[k]
        pos = tok.idx + offset
        f = _form(tok)
        if f in L.SUPPORT_VERBS or f in L.CONTAINING_VERBS or f in L.RECEIVING_VERBS:
            return k
        for phrase in L.CONTAINING_PHRASES:
            words = phrase.split()
            if f == words[-1] and k >= len(words) - 1 \
                    and [_form(x) for x in doc[k - len(words) + 1:k + 1]] == words:
                return k - len(words) + 1  # "the fine comes with an order": the verb of the phrase
        if (f in L.LIST_LINKS or f == "," or (act_nouns and k in act_nouns)) and steps < 7:
            k -= 1
            steps += 1
            continue
        if f in L.ADVERBS and k < i - 1 and _form(doc[k + 1]) in L.ARTICLES:
            k -= 1  # "issued only a reprimand", "imposed also a fine": an adverb before the object's article
            steps += 1
            continue
        when = next((d for d in ctx.dates if d.start <= pos < d.end), None)
        if when is not None and not skipped_date:
            # "announced on 3 September 2024 a EUR 30.5 million fine": a date phrase between verb and object
            skipped_date = True
            while k >= 0 and doc[k].idx + offset >= when.start:
                k -= 1
            if k >= 0 and _form(doc[k]) in L.PREPOSITIONS:
                k -= 1
            continue
        inside_value = any(a.start <= pos < a.end for a in ctx.amounts)
        # "a consent order": a lower-case noun right before the act noun, itself after a determiner, modifies it
        compound = k == i - 1 and k > 0 and _form(doc[k - 1]) in L.ARTICLES and tok.text.isalpha() \
            and tok.text.islower() and f not in L.FUNCTION_WORDS and not _past_form(f) and not f.endswith("ing")
        if (tok.text in _CUT or (not inside_value and f not in L.ARTICLES and not tok.like_num
                                 and f not in L.NOUN_MODIFIERS and not compound)) \
                and not (tok.text[:1] in "€$£" or f in L.CURRENCIES or f in L.SCALES):
            return None
        k -= 1
        steps += 1
    return None


def _phrase_start(doc: Doc, i: int, ctx: Context, offset: int) -> int:
    """Index of the first word of the noun phrase headed by the noun at ``i``: back over determiners, numbers,
    modifiers and an amount ("a €290m (£246m) record fine")."""
    k = i
    while k > 0:
        tok = doc[k - 1]
        f = _form(tok)
        pos = tok.idx + offset
        if not (f in L.ARTICLES or f in L.NOUN_MODIFIERS or tok.like_num or f in L.CURRENCIES or f in L.SCALES
                or tok.text[:1] in "€$£" or any(a.start <= pos < a.end for a in ctx.amounts)):
            break
        k -= 1
    return k


def _conditional(doc: Doc, i: int, clause: int) -> bool:
    """Whether the trigger at ``i`` stands in a conditional clause ("if the Commission confirms …")."""
    k = i - 1
    while k >= clause and doc[k].text not in _CUT:
        if _form(doc[k]) in L.CONDITIONALS or (_form(doc[k]) in L.COMMA_CONDITIONALS and k > 0
                                                and doc[k - 1].text == ","):
            return True
        k -= 1
    return False


def _nonspecific_subject(doc: Doc, i: int, clause: int) -> bool:
    """Whether the passive verb at ``i`` has a subject opened by a non-specific determiner ("before any fine of
    up to 6% is imposed"): no particular act is reported."""
    k = i - 1
    while k >= clause and _form(doc[k]) in L.ADVERBS:
        k -= 1
    if k < clause or _form(doc[k]) not in L.BE_FORMS:
        return False
    k -= 1
    while k >= clause and doc[k].text not in _CUT and _form(doc[k]) not in L.SUBORDINATORS \
            and _form(doc[k]) not in L.SUBJECT_RELATIVES:
        if _form(doc[k]) in L.NONSPECIFIC_DETERMINERS:
            return True
        k -= 1
    return False


def _relative_pronoun_before(doc: Doc, i: int) -> int | None:
    """The subject relative pronoun after a comma that opens the verb group of ``i`` ("…, which will now be
    signed and published"), over auxiliaries, adverbs and coordinated participles; None when there is none."""
    k = i - 1
    while k > 1 and (_form(doc[k]) in L.HAVE_FORMS or _form(doc[k]) in L.BE_FORMS or _form(doc[k]) in L.ADVERBS
                     or _form(doc[k]) in L.FUTURE_AUX or _form(doc[k]) in L.MODALS
                     or _form(doc[k]) in L.COORDINATORS
                     or (_past_form(_form(doc[k])) and k + 1 < i and _form(doc[k + 1]) in L.COORDINATORS)):
        k -= 1
    if k > 1 and k < i - 1 and _form(doc[k]) in L.SUBJECT_RELATIVES and doc[k - 1].text == ",":
        return k
    return None


def _scope_statement(doc: Doc, i: int, end: int, ctx: Context, offset: int) -> bool:
    """Whether a text verb in the plain present ("the GDPR applies to …") with "to", a conjunction of the cases
    it covers ("applies where a lender …") or nothing after it ("as the rules also apply.") and no date in its
    clause tells what the text covers rather than an act: no auxiliary before it, no past form."""
    f = _form(doc[i])
    # "as unfair-terms rules also apply.": with nothing after it the verb tells that the rules bind, not when
    if _past_form(f) or f.endswith("ing") or (end + 1 < len(doc) and _form(doc[end + 1]) not in L.INFINITIVE
                                              and _form(doc[end + 1]) not in L.CASE_CONJUNCTIONS
                                              and doc[end + 1].text not in _CUT):
        return False
    if i > 0 and (_form(doc[i - 1]) in L.FUTURE_AUX or _form(doc[i - 1]) in L.MODALS
                  or _form(doc[i - 1]) in L.INFINITIVE):
        return False
    stop = next((j for j in range(end + 1, len(doc)) if doc[j].text in _CUT), len(doc))
    # "adopted on Tuesday an opinion on how the GDPR applies to …": an embedded question is a clause of its own
    start = max((j for j in range(_clause_start(doc, i), i) if _form(doc[j]) in L.EMBEDDED_QUESTIONS),
                default=_clause_start(doc, i))
    lo = doc[start].idx + offset
    hi = doc[stop - 1].idx + len(doc[stop - 1].text) + offset
    return not any(lo <= d.start < hi for d in ctx.dates)


def _text_provides(doc: Doc, i: int, end: int, ctx: Context, offset: int) -> bool:
    """Whether the act verb at ``i`` with a text as its subject is in the plain present ("the text drops …", "the
    regulation bans …") with no auxiliary before it and no date in its clause: what the text provides."""
    f = _form(doc[i])
    if _past_form(f) or f.endswith("ing") or not f.endswith("s") or f in L.FUNCTION_WORDS:
        return False
    g = i - 1
    while g >= 0 and _form(doc[g]) in L.ADVERBS:
        g -= 1
    if g >= 0 and _form(doc[g]) in L.FUNCTION_WORDS:
        return False  # an auxiliary, a modal or "to" before the verb
    stop = next((j for j in range(end + 1, len(doc)) if doc[j].text in _CUT), len(doc))
    # "adopted on Tuesday an opinion on how the GDPR applies to …": an embedded question is a clause of its own
    start = max((j for j in range(_clause_start(doc, i), i) if _form(doc[j]) in L.EMBEDDED_QUESTIONS),
                default=_clause_start(doc, i))
    lo = doc[start].idx + offset
    hi = doc[stop - 1].idx + len(doc[stop - 1].text) + offset
    return not any(lo <= d.start < hi for d in ctx.dates)


def _plain_present(doc: Doc, v: int) -> bool:
    """Whether the word at ``v`` is a verb in the plain present, third person ("publishes", "reserves"): a
    lower-case word in "-s" after a noun, with no auxiliary, modal or "to" before it (adverbs skipped)."""
    f = _form(doc[v])
    if not (doc[v].text.isalpha() and doc[v].text.islower() and len(f) > 3 and f.endswith("s")) \
            or f in L.FUNCTION_WORDS or f in L.PREPOSITIONS or f.endswith("ss") or v == 0:
        return False
    g = v - 1
    while g > 0 and _form(doc[g]) in L.ADVERBS:
        g -= 1
    w = _form(doc[g])
    return doc[g].text.isalpha() and w not in L.FUNCTION_WORDS and w not in L.ARTICLES and w not in L.PREPOSITIONS \
        and w not in L.NOUN_MODIFIERS


def _habitual(doc: Doc, i: int, end: int, clause: int, ctx: Context, offset: int, verb: bool) -> bool:
    """Whether the act trigger at ``i`` tells a practice, not an act: a verb in the plain present with a bare plural
    object ("publishes reprimands as a deterrent"), or a bare plural act noun as the object of such a verb
    ("reserves fines for the most serious cases"), with no date in the clause."""
    if i > 1 and _plain_present(doc, i - 1):
        v, noun, verb = i - 1, i, False  # "reserves fines": the trigger word is the noun of that verb
    elif verb:
        v, noun = i, end + 1
    else:
        return False
    if noun >= len(doc) or not _plain_present(doc, v):
        return False
    n = doc[noun]
    if not (n.text.isalpha() and n.text.islower() and _form(n).endswith("s") and not _form(n).endswith("ss")) \
            or _form(n) in L.FUNCTION_WORDS or _form(n) in L.ARTICLES or _form(n) in L.PREPOSITIONS:
        return False
    nxt = _form(doc[noun + 1]) if noun + 1 < len(doc) else ""
    if verb and doc[noun + 1:noun + 2].text.isalpha() and not (
            nxt in L.PREPOSITIONS or nxt in L.COORDINATORS or nxt in L.CLAUSE_STARTS or nxt in L.RELATIVES):
        return False  # "publishes reprimands" as a whole phrase, not a compound ("publishes guidelines drafts")
    stop = next((j for j in range(noun + 1, len(doc)) if doc[j].text in _CUT), len(doc))
    lo = doc[clause].idx + offset
    hi = doc[stop - 1].idx + len(doc[stop - 1].text) + offset
    return not any(lo <= d.start < hi for d in ctx.dates)


def _draft_trigger(doc: Doc, trig: Trigger, obj_end: int, ctx: Context, offset: int) -> Trigger | None:
    """The trigger of the verb's phrase with a determiner and a noun ("unveil a proposal") when the object of the bare
    verb ending at ``obj_end`` (a character offset) is told as a text still to be passed: a relative clause with
    "would" right after it, or after an apposition ("its Digital Omnibus on Wednesday, a package that would amend
    …"); None otherwise."""
    phrase = next((tr for tr in ctx.lexicon.triggers.get("en", {}).get(trig.lemma, [])
                   if tr.pos == "verb" and tr.code != trig.code and len(tr.rest) == 2 and tr.rest[0] in L.ARTICLES),
                  None)
    if phrase is None:
        return None
    k = next((j for j in range(len(doc)) if doc[j].idx + offset >= obj_end), len(doc))
    if k < len(doc):
        # "… on Wednesday": the date of the act between the object and its description
        lead = k + 1 if _form(doc[k]) in L.PREPOSITIONS and k + 1 < len(doc) else k
        when = next((d for d in ctx.dates if d.start in (doc[k].idx + offset, doc[lead].idx + offset)), None)
        while when is not None and k < len(doc) and doc[k].idx + offset < when.end:
            k += 1
    if k < len(doc) and doc[k].text == "," and k + 1 < len(doc) and _form(doc[k + 1]) in L.INDEFINITE_ARTICLES:
        head = k + 2  # ", a package that would …": an apposition describes the object
        k = head
        while k < min(len(doc), head + 4) and doc[k].text.isalpha() and _form(doc[k]) not in L.RELATIVES:
            k += 1
    if k + 1 < len(doc) and _form(doc[k]) in L.RELATIVES and _form(doc[k + 1]) in L.BACKSHIFTED_FUTURE:
        return phrase
    return None


def _gapped(doc: Doc, end: int, f: Frame, ctx: Context, offset: int) -> list[Frame]:
    """The clauses that repeat a text verb without it ("bans will apply from February, rules for models from
    August, and the rest from 2027"): after a comma (and "and"), a phrase with no verb, then the preposition that
    followed the verb and a date. Each is the same act for another part of the same text."""
    k = end + 1
    if k >= len(doc) or _form(doc[k]) not in L.PREPOSITIONS:
        return []
    prep = _form(doc[k])
    whole = f.object
    found: list[Frame] = []
    j = k + 1
    while j < len(doc) and doc[j].text != ",":
        if doc[j].text in _CUT:
            return found
        j += 1
    while j < len(doc) and doc[j].text == ",":
        s = j + 1
        if s < len(doc) and _form(doc[s]) in L.COORDINATORS:
            s += 1
        p = next((x for x in range(s + 1, min(len(doc), s + 12)) if _form(doc[x]) == prep), None)
        if p is None or any(doc[x].text in _CUT or _form(doc[x]) in L.FUNCTION_WORDS - L.ARTICLES
                            - L.PREPOSITIONS or _past_form(_form(doc[x])) or _form(doc[x]) in L.DURATION_UNITS
                            for x in range(s, p)):
            # (", twenty days after its publication in the Official Journal on 12 July": a duration counts the time
            # from another act, it names no part of the text)
            return found
        at = doc[p + 1].idx + offset if p + 1 < len(doc) else -1
        if not any(d.start == at for d in ctx.dates) or whole is None:
            return found
        cs, ce = _chars(doc, s, p, offset)
        part = EntityRef(text=ctx.text[cs:ce], span=Span(cs, ce), iri=whole.iri, kind=whole.kind)
        ps, pe = _chars(doc, p, p + 1, offset)
        found.append(replace(f, trigger_span=Span(ps, pe), object=part, object_span=part.span, date=None))
        j = p + 1
        while j < len(doc) and doc[j].text != ",":
            if doc[j].text in _CUT:
                return found
            j += 1
    return found


def _dated_gap(doc: Doc, f: Frame, ctx: Context, offset: int) -> Frame | None:
    """The second object of an active verb told again without the verb, with its own date ("published a code of
    practice on 10 July and, on 18 July, guidelines on …"): after "and", a date adjunct set off by commas, then a
    noun phrase with no verb of its own. The same act on that object, on that date."""
    if f.object_span is None:
        return None
    end = f.object_span.end
    k = next((j for j in range(len(doc)) if doc[j].idx + offset >= end), len(doc))
    while k < len(doc) and _form(doc[k]) not in L.COORDINATORS:
        # only the verb's own date adjunct stands between its object and "and"
        at = doc[k].idx + offset
        if not (_form(doc[k]) in L.PREPOSITIONS or any(d.start <= at < d.end for d in ctx.dates)):
            return None
        k += 1
    if k + 3 >= len(doc) or doc[k + 1].text != "," or _form(doc[k + 2]) not in L.PREPOSITIONS:
        return None
    date = next((d for d in ctx.dates if d.start == doc[k + 3].idx + offset), None)
    if date is None:
        return None
    j = next((x for x in range(k + 3, len(doc)) if doc[x].idx + offset >= date.end), len(doc))
    if j >= len(doc) or doc[j].text != ",":
        return None
    np = _np_after(doc, j + 1)
    if np is None or doc[np[0]].is_title or _form(doc[np[0]]) in L.FUNCTION_WORDS - L.ARTICLES:
        return None  # "and, on 18 July, the Council adopted …": a clause of its own; a name may open one
    if any(_past_form(_form(x)) or _form(x) in L.FUNCTION_WORDS - L.ARTICLES - L.PREPOSITIONS
           for x in doc[np[0]:np[1]]):
        return None
    nxt = doc[np[1]] if np[1] < len(doc) else None
    if nxt is not None and nxt.text not in _CUT and _form(nxt) not in L.RELATIVES | L.PREPOSITIONS \
            and not _form(nxt).endswith("ing"):
        return None
    cs, ce = _chars(doc, np[0], np[1], offset)
    obj = _entity(doc, np[0], np[1], offset, ctx, "object")
    if obj is None or any(m.category == "actor" for m in ctx.mentions_in(cs, ce)):
        return None  # "and, on 9 May, the Council in Brussels adopted …": a body opens a clause of its own
    ps, pe = _chars(doc, k + 2, k + 3, offset)
    return replace(f, trigger_span=Span(ps, pe), object=obj, object_span=obj.span, date=date, extra_party=True)


def _sent_back(doc: Doc, end: int) -> bool:
    """Whether a particle of return (``lang/en.py`` ``RETURN_PARTICLES``) follows the referral verb ending at
    ``end`` within its clause, right after it or after its object ("referred back the case", "referred the case
    back to …")."""
    for k in range(end + 1, min(len(doc), end + 8)):
        if doc[k].text in _CUT:
            return False
        if _form(doc[k]) in L.RETURN_PARTICLES:
            return True
    return False


def _in_relative(doc: Doc, i: int) -> bool:
    """Whether the verb at ``i`` is the verb of a relative clause ("a ruling that had upheld …")."""
    k = i - 1
    while k >= 0 and (_form(doc[k]) in L.HAVE_FORMS or _form(doc[k]) in L.BE_FORMS or _form(doc[k]) in L.ADVERBS):
        k -= 1
    return k >= 0 and _form(doc[k]) in L.SUBJECT_RELATIVES


def _coordinated_subject(doc: Doc, i: int, offset: int, out: list[Frame], sent: Span) -> EntityRef | None:
    """The agent of the verb before "and" when the verb at ``i`` follows "and" with no subject of its own: the
    last earlier active verb of the sentence outside a relative clause ("the court set aside a ruling that had
    upheld X and sent the case back")."""
    if i == 0 or _form(doc[i - 1]) not in L.COORDINATORS:
        return None
    at = doc[i].idx + offset
    for g in reversed(out):
        if g.evidence != sent or g.via_noun or g.trigger_span.start >= at:
            continue
        j = next((t.i for t in doc if t.idx + offset == g.trigger_span.start), None)
        if j is None or _in_relative(doc, j) or (j > 0 and _form(doc[j - 1]) in L.BE_FORMS):
            continue
        if any(doc[k].text in (";", ":", ".") for k in range(j, i)):
            return None
        return g.agent
    return None


def _support_after(doc: Doc, end: int) -> int | None:
    """Index of the support verb in the past participle after the act noun ending at ``end``: "a fine imposed by
    …", and in the passive with the noun as subject, "Five reprimands were issued by the ICO"."""
    k = end + 1
    if k < len(doc) and _form(doc[k]) in L.BE_FORMS:
        k += 1
        while k < len(doc) and k <= end + 3 and (_form(doc[k]) in L.ADVERBS or _form(doc[k]) in L.BE_FORMS):
            k += 1
    if k < len(doc) and _form(doc[k]) in L.SUPPORT_VERBS and _past_form(_form(doc[k])):
        return k
    return None


def _passive_support(doc: Doc, sup: int, clause: int) -> bool:
    """Whether the support verb at ``sup`` is passive ("was handed a fine"), not an infinitive after a hedged
    auxiliary ("is expected to hand TikTok a fine")."""
    words = [_form(x) for x in doc[max(clause, sup - 3):sup]]
    be = max((k for k, w in enumerate(words) if w in L.BE_FORMS), default=None)
    return be is not None and not any(w in L.INFINITIVE for w in words[be + 1:])


def _ditransitive(doc: Doc, i: int, ctx: Context, offset: int) -> tuple[int | None, tuple[int, int] | None]:
    """The support verb and the party of "handed Orange a €50m fine", "gave Meta a reprimand": a name (a few
    capitalised words) between the verb and the noun phrase."""
    k = _phrase_start(doc, i, ctx, offset)
    bare = k == i and 0 < i < len(doc) - 1 and doc[i].text.isalpha() and doc[i].text.islower() \
        and _form(doc[i]) not in L.FUNCTION_WORDS and doc[i + 1].text.isalpha() and doc[i + 1].text.islower() \
        and doc[i + 1].text.endswith("s") and not doc[i + 1].text.endswith("ss")
    # "sent Apple preliminary findings": a bare plural act noun opened by its adjective, after the receiver
    if not bare and (k == i or _form(doc[k]) not in L.ARTICLES):
        return None, None  # the noun phrase opens with its determiner ("a"): "handed Orange fines" is no pattern
    j = k
    while j > 0 and j > k - 5 and doc[j - 1].text[:1].isupper() and _is_word(doc[j - 1].text.replace(".", "")):
        j -= 1
    if j == k:
        # "gave the law its final green light", "sent the iPhone maker …": a definite phrase of common nouns
        while j > 0 and j > k - 4 and doc[j - 1].text.isalpha() and doc[j - 1].text[:1].islower() \
                and _form(doc[j - 1]) not in L.FUNCTION_WORDS and _form(doc[j - 1]) not in L.ARTICLES \
                and _form(doc[j - 1]) not in L.SUPPORT_VERBS:
            j -= 1
        if j == k or j < 2 or _form(doc[j - 1]) not in L.DEFINITE_ARTICLES:
            return None, None
        j -= 1
    if j == k or j == 0 or _form(doc[j - 1]) not in L.SUPPORT_VERBS:
        return None, None
    return j - 1, (j, k)


def _with_verb(doc: Doc, i: int, clause: int, ctx: Context, offset: int, verb_tops: dict[int, str]) -> str | None:
    """The top code of the trigger verb whose "with" complement is the noun at ``i`` ("hit Apple with a fine",
    "was slapped with a fine"), or None."""
    k = _phrase_start(doc, i, ctx, offset) - 1
    if k < 1 or _form(doc[k]) not in L.PASSIVE_WITH:
        return None
    for j in range(k - 1, max(clause, k - 7) - 1, -1):
        if doc[j].text in _CUT:
            return None
        if j in verb_tops:
            return verb_tops[j]
    return None


def _passive_after(doc: Doc, end: int, verb_tops: dict[int, str]) -> str | None:
    """The top code of the passive trigger verb whose subject phrase the noun ending at ``end`` heads ("A challenge
    by Meta to … was thrown out"), or None when the next verb of the clause is no passive."""
    j = end + 1
    skipped = False
    while j < min(len(doc), end + 24):
        if doc[j].text == "," and not skipped:
            # "The fine, the largest ever handed out by X, was upheld": over an apposition
            close = next((k for k in range(j + 1, min(len(doc), j + 14)) if doc[k].text in _CUT), None)
            if close is None or doc[close].text != ",":
                return None
            skipped = True
            j = close + 1
            continue
        if doc[j].text in _CUT:
            return None
        if j not in verb_tops:
            j += 1
            continue
        return verb_tops[j] if any(_form(x) in L.BE_FORMS for x in doc[max(end + 1, j - 3):j]) else None
    return None


def _part_of_text(obj: EntityRef | None, ctx: Context) -> EntityRef | None:
    """A phrase headed by a noun naming part of a text (``vg:partNoun``: "the obligations for providers of AI
    models", "its provisions", "the AI Act obligations") as the theme of a text's act is about that text: the one it
    names, else the last one the clipping named before it; the phrase is kept as written."""
    if obj is None or obj.span is None:
        return None
    parts = ctx.lexicon.part_nouns.get("en", set())
    words = [fold(w) for w in re.findall(r"[\w'’-]+", obj.text)]
    head = next((k for k, w in enumerate(words) if w in L.PREPOSITIONS), len(words))
    if not any(w in parts for w in words[:head][:5]):
        return None
    inside = [m for m in ctx.mentions_in(obj.span.start, obj.span.end, "instrument") if m.iri]
    before = [m for m in ctx.mentions if m.category == "instrument" and m.iri and m.end <= obj.span.start]
    whole = inside[0] if inside else before[-1] if before else None
    if whole is None:
        return None
    return EntityRef(text=obj.text, span=obj.span, iri=whole.iri, kind=whole.kind)


def _by_agent(doc: Doc, start: int, ctx: Context, offset: int, limit: int = 40) -> EntityRef | None:
    topic = False  # past "into" and a common noun: "launched in 2022 into surveillance by county councils"
    for k in range(start, min(len(doc), start + limit)):
        if doc[k].text == ";":
            break
        if _form(doc[k]) in L.INQUIRY_TOPIC_PREPS and k + 1 < len(doc):
            j = k + 1 + (_form(doc[k + 1]) in L.ARTICLES and k + 2 < len(doc))
            topic = doc[j].text.isalpha() and doc[j].text.islower()
        if _form(doc[k]) in L.AGENT_PREPS and topic and doc[k - 1].text.isalpha() and doc[k - 1].text.islower():
            return None  # the "by" phrase names who does what the topic noun tells, not the agent of the verb
        if _form(doc[k]) in L.AGENT_PREPS:
            np = _np_after(doc, k + 1)
            if np:
                ref = _entity(doc, np[0], np[1], offset, ctx, "actor")
                if ref is not None:
                    return ref
    return None


def _further_agent(doc: Doc, after: int, ctx: Context, offset: int) -> EntityRef | None:
    """A second agent phrase joined to the one ending at char ``after`` ("… by President Macron himself as well as by
    left-wing MPs"): a coordinator and "by" again, in the same clause, a word or two on."""
    k = next((j for j in range(len(doc)) if doc[j].idx + offset >= after), len(doc))
    rest = fold(ctx.text[after:doc[min(len(doc) - 1, k + 8)].idx + offset + 1]) if k < len(doc) else ""
    for co in L.AGENT_COORDINATORS:
        for by in sorted(L.AGENT_PREPS):
            m = re.match(rf"\s*(?:[^\W\d]+\s+)?(?:,\s*)?{re.escape(co)}\s+{re.escape(by)}\s", rest)
            if m is not None:
                at = next((j for j in range(k, len(doc)) if doc[j].idx + offset >= after + m.end()), None)
                np = _np_after(doc, at) if at is not None else None
                return _entity(doc, np[0], np[1], offset, ctx, "actor") if np else None
    return None


def _parenthetical(doc: Doc, i: int, apposition: bool = True) -> int | None:
    """Where a parenthetical set off by commas right before ``i`` starts (its first comma): an adverb (", however,")
    or a prepositional phrase (", in a late-night session,", ", for its part,"); None when there is none."""
    if i < 3 or doc[i - 1].text != ",":
        return None
    j = i - 2
    while j > 0 and j > i - 10 and doc[j].text not in _CUT:
        j -= 1
    if j <= 0 or doc[j].text != "," or j == i - 2:
        return None
    words = [_form(x) for x in doc[j + 1:i - 1]]
    if words[0] in L.PREPOSITIONS or all(w in L.PARENTHETICALS for w in words):
        return j
    # a name set off after a description: "Italy's data protection authority, the Garante, issued …"
    named = doc[j + (2 if words[0] in L.ARTICLES and len(words) > 1 else 1)].text[:1].isupper() \
        and not any(w in L.REPORTING for w in words)
    if apposition and len(words) <= 6 and (words[0] in L.ARTICLES or doc[j + 1].text[:1].isupper()) and not any(
            w in L.RELATIVES or w.endswith(L.PARTICIPLE_ENDINGS) for w in words) \
            and (doc[j - 1].text[:1].isupper() or named) and _opens_with_name(doc, j):
        return j  # an apposition to a name: "ByteDance, TikTok's parent company, lodged …"
    return None


def _acronym_bracket(doc: Doc, i: int, clause: int) -> int | None:
    """Where a bracketed short name right before ``i`` opens ("… authority (AGCM) fined", "Germany's Federal
    Cartel Office (Bundeskartellamt) ordered"), or None: one to three words in brackets, each starting with a
    capital (an acronym, or a name in the body's own language), after a word of the clause."""
    if i < 3 or doc[i - 1].text != ")":
        return None
    open_ = next((k for k in range(i - 2, max(clause, i - 5) - 1, -1) if doc[k].text == "("), None)
    if open_ is None or open_ <= clause or open_ == i - 2:
        return None
    inside = [t.text for t in doc[open_ + 1:i - 1]]
    if not all(w[:1].isupper() for w in inside):
        return None
    return open_


def _opens_with_name(doc: Doc, j: int) -> bool:
    """Whether the words before the comma at ``j`` are the clause's subject, not a fronted adjunct ("Last December,
    the operator Free, …"): no comma, no date word or preposition first."""
    k = j - 1
    while k > 0 and doc[k - 1].text not in _CUT:
        k -= 1
    first = _form(doc[k])
    return not (first in L.PREPOSITIONS or first in L.LAST or first in L.MONTHS or first in L.WEEKDAYS
                or doc[k].like_num)


def _gerund_to(doc: Doc, i: int, clause: int) -> int | None:
    """The comma that opens a participle clause governing the infinitive at ``i`` (", choosing instead to issue …",
    ", deciding to impose …"), or None."""
    if i < 3 or _form(doc[i - 1]) not in L.INFINITIVE:
        return None
    k = i - 2
    while k > clause and _form(doc[k]) in L.ADVERBS:
        k -= 1
    if k <= clause or not _form(doc[k]).endswith("ing") or not doc[k].text.isalpha() or doc[k - 1].text != ",":
        return None
    return k - 1


def _subject_end(doc: Doc, i: int) -> tuple[int, tuple[int, int] | None]:
    """Where the subject of the verb at ``i`` ends, past adverbs and a relative or participle clause set off by
    commas ("The authority, which had banned Replika in 2023, also ordered"), and the skipped clause."""
    k = i
    while k > 0 and (_form(doc[k - 1]) in L.ADVERBS or _form(doc[k - 1]) in L.FUTURE_AUX
                     or _form(doc[k - 1]) in L.MODALS or _form(doc[k - 1]) in L.HAVE_FORMS):
        k -= 1  # "The regulator will fine", "The authority has also ordered": the subject ends before the auxiliary
    k = _before_time_adjunct(doc, k)  # "France's competition authority yesterday fined", "… last Thursday issued"
    par = _parenthetical(doc, k, apposition=k == i)  # ", already fined …,": a reduced relative, no apposition
    if par is not None:  # "The Council, however, adopted", "The Senate, in a late sitting, passed"
        inner, skipped = _subject_end(doc, par)
        return inner, (min(par, skipped[0]) if skipped else par, k)
    if k > 2 and doc[k - 1].text == ")":
        # "the EU Data Act (Regulation (EU) 2023/2854) applies": a bracket of several words between the subject and
        # its verb is an aside (a lone acronym, "The Dutch authority (AP) fined", stays with the name)
        b = _bracket_opening(doc, k - 1)
        if b is not None and b > 0 and k - 1 - b > 2 and doc[b - 1].text not in _CUT:
            return b, (b, k)
    if k > 1 and doc[k - 1].text in _DASHES:
        # "the Data Act — Regulation (EU) 2023/2854 — applies": a name or a comment set off by dashes
        j = next((j for j in range(k - 2, max(0, k - 15), -1) if doc[j].text in _CUT and doc[j].text not in "()"),
                 None)
        if j is not None and j > 0 and doc[j].text in _DASHES:
            return j, (j, k)
    if k > 0 and doc[k - 1].text == ",":
        j = k - 2
        while j > 0 and doc[j].text not in _CUT:
            j -= 1
        if j > 0 and doc[j].text == "," and (_form(doc[j + 1]) in L.RELATIVES
                                             or _form(doc[j + 1]).endswith(L.PARTICIPLE_ENDINGS)
                                             # ", formally adopted by EU ministers on 30 May,"
                                             or (_form(doc[j + 1]) in L.PARTICIPLE_ADVERBS and j + 2 < k
                                                 and _past_form(_form(doc[j + 2])))
                                             # ", to which the law had been referred by …,"
                                             or (_form(doc[j + 1]) in L.PREPOSITIONS and j + 2 < k
                                                 and _form(doc[j + 2]) in L.RELATIVES)
                                             # ", such as emotion recognition at work,": a list of examples
                                             or _example_lead(doc, j + 1)):
            return j, (j, k)
        named = _named_apposition(doc, k - 1)
        if named is not None:  # "the AI Act, Regulation (EU) 2024/1689, became applicable": a name in apposition
            return named, (named, k)
    return k, None


def _before_time_adjunct(doc: Doc, k: int) -> int:
    """Where a time adjunct between a subject and its verb starts, the verb group starting at ``k`` ("yesterday",
    "on Tuesday", "last Thursday", "on 3 June 2025", "in March"); ``k`` when there is none."""
    j = k
    while j > 0 and (_form(doc[j - 1]) in L.WEEKDAYS or _form(doc[j - 1]) in L.MONTHS or doc[j - 1].text.isdigit()
                     or _form(doc[j - 1]) in L.RELATIVE_DAYS or _form(doc[j - 1]) in L.TIME_UNITS
                     or _form(doc[j - 1]).rstrip("stndrh").isdigit()):
        j -= 1
    if j == k:
        return k
    if j > 0 and _form(doc[j - 1]) in L.TIME_LEADS:
        j -= 1
    elif not (j == k - 1 and _form(doc[j]) in L.RELATIVE_DAYS):
        return k  # (a bare weekday or date right before the verb may end the subject's name)
    # (after the subject's last word, not after a preposition or a clause's punctuation)
    return j if j > 0 and doc[j - 1].is_alpha and _form(doc[j - 1]) not in L.PREPOSITIONS \
        and _form(doc[j - 1]) not in L.COORDINATORS and _form(doc[j - 1]) not in L.FUNCTION_WORDS else k


def _named_apposition(doc: Doc, close: int) -> int | None:
    """The comma opening a name set off by commas that ends at the comma ``close`` and names again what the
    capitalised name before it names ("the AI Act, Regulation (EU) 2024/1689,"): both start with a capital letter,
    the inner part lists nothing and holds no other cut than brackets."""
    j, depth = close - 1, 0
    while j > 0 and (depth > 0 or doc[j].text not in _CUT or doc[j].text in "()"):
        depth += (doc[j].text == ")") - (doc[j].text == "(")
        j -= 1
    inner = doc[j + 1:close]
    if j <= 0 or doc[j].text != "," or not inner or not inner[0].text[:1].isupper() \
            or not doc[j - 1].text[:1].isupper() or any(_form(x) in L.COORDINATORS for x in inner):
        return None
    return j


def _leading_subject(doc: Doc, lo: int, hi: int, ctx: Context, offset: int) -> EntityRef | None:
    """The body that is the subject opening the clause from ``lo`` to ``hi``: the phrase before its first
    auxiliary, modal or lower-case past verb, when it starts the clause and names a body (no party, no person)."""
    verb = next((k for k in range(lo + 1, hi) if doc[k].text.isalpha() and doc[k].text.islower() and (
        _past_form(_form(doc[k])) or _form(doc[k]) in L.MODALS | L.HAVE_FORMS | L.BE_FORMS | L.FUTURE_AUX)), None)
    np = _np_before(doc, verb) if verb is not None else None
    if np is None or np[0] != lo:
        return None
    body = _entity(doc, np[0], np[1], offset, ctx, "actor")
    return body if body is not None and body.kind not in (*PARTY_KINDS, "person") else None


def _time_clause(doc: Doc, i: int, clause: int) -> bool:
    """Whether the verb at ``i`` is the verb of a time clause opened without a conjunction ("at the time the decision
    was adopted", ``TIME_CLAUSE_LEADS``): the lead, a short subject phrase and the verb group, no punctuation."""
    for k in range(i - 1, max(clause, i - 12) - 1, -1):
        if doc[k].text in _CUT:
            return False
        words = [_form(x) for x in doc[k:i]]
        if any(words[:len(p.split())] == p.split() and len(words) > len(p.split()) for p in L.TIME_CLAUSE_LEADS):
            return True
    return False


def _classing(doc: Doc, i: int, clause: int) -> bool:
    """Whether the verb at ``i`` follows, with no punctuation between, the opening of a clause that ranks an act
    in a class ("It is the first fine [the ICO has imposed] …", "This was the largest penalty [that …]", "It is the
    first time [the court has …]"): a pronoun subject, "be", a determiner and a ranking word (``RANKING_WORDS``)."""
    words = [_form(x) for x in doc[clause:clause + 4]]
    if len(words) < 3 or words[0] not in L.CLASSING_SUBJECTS or words[1] not in L.BE_FORMS:
        return False
    k = clause + 2 + (words[2] in L.ARTICLES)
    if k >= i or _form(doc[k]) not in L.RANKING_WORDS:
        return False
    return not any(x.text in _CUT for x in doc[k:i])


def _court_rules_on(doc: Doc, k: int, i: int, clause: int, ctx: Context, offset: int) -> bool:
    """Whether the possessed referral noun at ``i`` ("the ICO's appeal", "its complaint") is the object of the
    lower-case past verb at ``k``, no support verb, whose subject is a court ("The Upper Tribunal allowed the ICO's
    appeal"): the court decides the case brought to it; the referral is no act told here."""
    if not (doc[k].text.isalpha() and doc[k].text.islower() and _past_form(_form(doc[k]))) \
            or _form(doc[k]) in L.SUPPORT_VERBS or not any(
            x.text in ("'s", "’s") or _form(x) in L.POSSESSIVES for x in doc[k + 1:i]):
        return False
    body = _active_agent(doc, k, clause, ctx, offset)
    return body is not None and body.kind in COURT_KINDS


def _example_lead(doc: Doc, j: int) -> bool:
    """Whether the words from ``j`` open a list of examples ("such as …", "for instance …", ``EXAMPLE_LEADS``)."""
    words = [_form(x) for x in doc[j:j + 3]]
    return any(words[:len(p.split())] == p.split() for p in L.EXAMPLE_LEADS)


def _that_clause_lead(doc: Doc, i: int, clause: int) -> int | None:
    """The past verb before "that" in the clause of the past verb at ``i`` that follows ", and" ("found that … had
    failed …, and ordered"): the verb the coordinated one is paired with, or None."""
    k = i - 1
    while k > clause and _form(doc[k]) in L.ADVERBS:
        k -= 1
    if not (_past_form(_form(doc[i])) and k > clause + 1 and _form(doc[k]) in L.COORDINATORS
            and doc[k - 1].text == ","):
        return None
    return next((j - 1 for j in range(clause + 1, k - 1) if _form(doc[j]) in L.REPORTED_THAT
                 and doc[j - 1].text.isalpha() and doc[j - 1].text.islower() and _past_form(_form(doc[j - 1]))
                 and not any(x.text in _CUT for x in doc[clause:j])), None)


def _active_agent(doc: Doc, i: int, clause: int, ctx: Context, offset: int,
                  party_ok: bool = True) -> EntityRef | None:
    """The subject body of the active verb at ``i``; ``party_ok`` false for an act no party does (a fine): there a
    subject pronoun after a party named last takes up the body the text is about."""
    agent = None
    if i > clause and _form(doc[i]).endswith("ing") and _form(doc[i - 1]) in L.GERUND_TIME_PREPS:
        # "The Commission warned Meta …, two months after fining the company": the subject of the clause
        lo, hi = doc[clause].idx + offset, doc[i].idx + offset
        first = next((m for m in ctx.mentions if m.category == "actor" and lo <= m.start and m.end <= hi
                      and not ctx.in_pp(m)), None)
        return ctx.ref(first) if first is not None else None
    comma = _gerund_to(doc, i, clause)
    if comma is None and i > clause + 1 and _form(doc[i]).endswith("ing") and doc[i].text.isalpha():
        k = i - 1
        while k > clause and _form(doc[k]) in L.ADVERBS:
            k -= 1
        if k > clause and doc[k].text == ",":
            comma = k  # "has upheld the fine that the CNIL imposed, rejecting the appeal": the main subject
    if comma is not None:
        # "The authority did not fine the city, choosing instead to issue a reprimand": a participle clause shares
        # the subject of the clause it is attached to, its first body outside a prepositional phrase
        lo, hi = doc[clause].idx + offset, doc[comma].idx + offset
        first = next((m for m in ctx.mentions if m.category == "actor" and lo <= m.start and m.end <= hi
                      and not ctx.in_pp(m)), None)
        if first is not None:
            return ctx.ref(first)
        # "Parliament went further in 2021, adopting a moratorium …": a body the reference data does not hold, the
        # phrase before the first past verb of the main clause
        verb = next((k for k in range(clause + 1, comma) if doc[k].text.isalpha() and doc[k].text.islower()
                     and _past_form(_form(doc[k]))), None)
        np = _np_before(doc, verb) if verb is not None else None
        if np is not None and np[0] == clause:
            body = _entity(doc, np[0], np[1], offset, ctx, "actor")
            if body is not None and body.kind not in (*PARTY_KINDS, "person"):
                return body
    lead = _that_clause_lead(doc, i, clause)
    if lead is not None:
        # "The watchdog found that OpenAI had failed to …, and ordered it to …": after ", and" a past verb shares the
        # subject of the verb that opened the "that" clause, not that clause's subject
        shared = _active_agent(doc, lead, clause, ctx, offset, party_ok)
        if shared is not None:
            return shared
    i, skipped = _subject_end(doc, i)
    lo_skip = doc[skipped[0]].idx + offset if skipped else -1
    hi_skip = doc[skipped[1] - 1].idx + offset if skipped else -1
    verb_at = doc[i].idx + offset
    for m in ctx.mentions:
        if lo_skip <= m.start < hi_skip:
            continue
        if ctx.text[m.start - 1:m.start] == "(" and ctx.text[m.end:m.end + 1] == ")":
            continue  # "Directive (EU) 2031/55": a name in brackets belongs to a title or repeats the subject
        if m.category == "actor" and doc[clause].idx + offset <= m.start and m.end <= verb_at:
            between = fold(ctx.text[m.end:verb_at]).split()
            if any(w in L.ADVERB_RELATIVES for w in between[:-1]):
                continue  # "the court in Wiesbaden, where a woman refused credit was …": that clause has its subject
            sub = max((j for j, w in enumerate(between[:-2]) if w in L.SUBORDINATORS), default=None)
            if len(between) >= 2 and between[-2] in L.SUBORDINATORS and between[-1] in L.PLURAL_PRONOUNS:
                sub = len(between) - 2  # "… after they passed": a pronoun subject of its own
            if sub is not None and (between[sub + 1] in L.ARTICLES or between[sub + 1] in L.PLURAL_PRONOUNS) \
                    and not any("," in w for w in between[sub:]) \
                    and any(_past_form(w) for w in between[:sub]):
                # "fined Acme on Monday after the firm refused to …": the body is the subject of the verb before the
                # conjunction; the subordinate clause has its own subject
                continue
            gap = fold(ctx.text[max(0, m.start - 12):m.start]).split()
            if gap and gap[-1] in L.DEFINITE_ARTICLES:
                gap = gap[:-1]
            if gap and gap[-1] in L.SUBORDINATORS and not ctx.text[m.end:verb_at].strip():
                # "after the European Parliament approved the text": the conjunction opens a clause of its own,
                # whose subject stands right before its verb
                agent = ctx.ref(m)
                continue
            if gap and gap[-1] in L.PREPOSITIONS:
                continue
            before = ctx.text[max(0, m.start - 40):m.start].split()
            if before and fold(before[-1]) in L.DEFINITE_ARTICLES:
                before = before[:-1]
            if (len(before) >= 2 and fold(before[-1]) in L.COORDINATORS and before[-2].endswith(",")
                    and (not before[-2][:1].isupper() or fold(before[-2].rstrip(",")) in L.WEEKDAYS
                         or fold(before[-2].rstrip(",")) in L.MONTHS)
                    and not ctx.text[m.end:verb_at].strip()):
                # "… by 335 votes to 190, and the Council adopted it": ", and" after a lowercase word opens a new
                # clause whose subject stands right before its verb, not a further member of a prepositional list
                agent = ctx.ref(m)
                continue
            if ctx.in_pp(m):
                continue
            if ctx.text[m.end:m.end + 2] in ("'s", "’s") and any(
                    n.category == "instrument" and 0 < n.start - (m.end + 2) <= 1 for n in ctx.mentions):
                continue  # "The EU's Artificial Intelligence Act was published": the possessor of a text's name
            agent = ctx.ref(m)
    if agent is None and i == _past_date(doc, clause, ctx, offset) and clause > 0 \
            and _form(doc[clause - 1]) in L.CLAUSE_BREAKS:
        # "The CNIL did not fine Acme, but ordered it to …": a verb right after "but" shares the subject of the clause
        # before it, its first body outside a prepositional phrase
        c0 = _clause_start(doc, clause - 1)
        lo, hi = doc[c0].idx + offset, doc[clause - 1].idx + offset
        first = next((m for m in ctx.mentions if m.category == "actor" and lo <= m.start and m.end <= hi
                      and not ctx.in_pp(m)), None)
        if first is not None:
            return ctx.ref(first)
        # "The regulator did not impose a ban, but ordered …": a definite phrase taking up a body named before, the
        # phrase before the first auxiliary or past verb of that clause
        return _leading_subject(doc, c0, clause - 1, ctx, offset)
    if agent is None:
        # "An Irish court on Thursday overturned": a date adjunct between the subject and its verb
        at = doc[i].idx + offset
        when = next((d for d in ctx.dates if 0 <= at - d.end <= 1 and d.start > doc[clause].idx + offset), None)
        if when is not None:
            k = i
            while k > clause and doc[k - 1].idx + offset >= when.start:
                k -= 1
            if _form(doc[k]) in L.PREPOSITIONS:
                i = k  # "on Thursday" is one date phrase
            elif k > clause and _form(doc[k - 1]) in L.PREPOSITIONS:
                i = k - 1
        short = _acronym_bracket(doc, i, clause)
        if short is not None:
            i = short  # "Italy's competition authority (AGCM) fined …": the body's acronym repeats its subject
        np = _np_before(doc, i)
        if np is not None:
            # "but on 3 March its sanctions chamber issued …": a date opening the clause is no part of its subject
            lead = _past_date(doc, np[0], ctx, offset)
            np = (lead, np[1]) if np[0] < lead < np[1] else np
        if np is None and i >= 2 and _form(doc[i - 1]) in L.SUBJECT_RELATIVES and doc[i - 2].text == ",":
            # "The watchdog, which opened its investigation in 2022": the relative pronoun takes up the phrase
            # before the comma
            np = _np_before(doc, i - 2)
        if np:
            words = [_form(x) for x in doc[np[0]:np[1]]]
            if any(w in L.SUBJECT_PRONOUNS for w in words[-3:]):
                last = ctx.last_actor_before(doc[np[0]].idx + offset)
                if last is not None and any(w in L.PLURAL_PRONOUNS for w in words[-3:]) \
                        and fold(ctx.text[last.end:last.end + 12]).split()[:1] \
                        and fold(ctx.text[last.end:last.end + 12]).split()[0] in L.SINGULAR_AUX:
                    last = None  # "The CNIL has fined X … after they passed": "they" cannot take up a singular body
                agent = ctx.ref(last) if last else None
                if last is None and any(w in L.NEUTER_PRONOUNS for w in words[-3:]):
                    # "The Greek regulator fined Acme … It also ordered …": a body the reference data does not hold,
                    # found as the agent of an earlier act
                    at = doc[np[0]].idx + offset
                    agent = next((a for a in reversed(ctx.recent_agents) if a.iri is None and a.span is not None
                                  and a.span.end <= at and a.kind not in (*PARTY_KINDS, "person")), None)
                if agent is not None and agent.kind in PARTY_KINDS and not party_ok:
                    # "The regulator, which opened its inquiry after Meta notified the breach, … It had already
                    # fined Meta": a party does not fine; "it" is the body the text is about
                    bodies = [a for a in ctx.recent_agents if a.kind not in (*PARTY_KINDS, "person")]
                    agent = bodies[-1] if bodies else agent
                rep = np[0] - 1 if np[0] > 0 and _form(doc[np[0] - 1]) in L.REPORTING else None
                if rep is None and np[0] > 1 and _form(doc[np[0] - 1]) in L.REPORTED_THAT \
                        and _form(doc[np[0] - 2]) in L.REPORTING:
                    rep = np[0] - 2  # "Temu said that it would appeal"
                speaker = _np_before(doc, rep) if rep is not None else None
                if speaker is not None:
                    # "WhatsApp said it would appeal": the pronoun takes up the subject of the reporting verb
                    agent = _entity(doc, speaker[0], speaker[1], offset, ctx, "actor")
            else:
                agent = _entity(doc, np[0], np[1], offset, ctx, "actor")
                lo, hi = doc[np[0]].idx + offset, doc[np[1] - 1].idx + len(doc[np[1] - 1]) + offset
                if agent is not None and agent.iri is None and _form(doc[np[0]]) in L.NEUTER_POSSESSIVES:
                    # "its litigation chamber issued a reprimand": a body of the known body "its" takes up acts for it
                    owner = next((a for a in reversed(ctx.recent_agents) if a.iri is not None
                                  and a.kind not in (*PARTY_KINDS, "person")), None)
                    if owner is None:
                        named = [m for m in ctx.mentions if m.category == "actor" and m.iri is not None and m.end <= lo
                                 and m.kind not in (*PARTY_KINDS, "person")]
                        owner = ctx.ref(named[-1]) if named else None
                    agent = owner or agent
                if agent is not None and agent.span is not None and any(
                        n.category == "instrument" and agent.span.end < n.start and n.end <= hi and lo <= n.start
                        and ctx.text[agent.span.end:agent.span.end + 2] in ("'s", "’s") for n in ctx.mentions):
                    agent = None  # "The EU's Data Act enters into force": the subject is the text, not its owner
                start = np[0]
                # "the administrative court of Montfort-Médard-en-Vexin", "the court of appeal in Paris"
                for _ in range(2):
                    if agent is not None or start <= 1 or not (_form(doc[start - 1]) in L.GENITIVE_PREPS or (
                            _form(doc[start - 1]) in L.PLACE_PREPS and doc[start].text[:1].isupper())):
                        break
                    head = _np_before(doc, start - 1)
                    if head is None:
                        break
                    start = head[0]
                    agent = _entity(doc, start, np[1], offset, ctx, "actor")
    if agent is not None and agent.span is not None and agent.iri is not None and agent.text[:1].islower() \
            and fold(agent.text.split()[0]) not in L.ARTICLES:
        # "Slovenia's information commissioner IP fined …": the periphrasis describes the body named right after it
        tail = ctx.text[agent.span.end:doc[i].idx + offset]
        name = tail.strip()
        words = name.split()
        if tail[:1] == " " and 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) \
                and not any(c in name for c in ",;:()") and not ctx.mentions_in(agent.span.end, doc[i].idx + offset) \
                and not any(agent.span.end <= d.start < doc[i].idx + offset for d in ctx.dates):
            at = agent.span.end + len(tail) - len(tail.lstrip())
            return EntityRef(text=name, span=Span(at, at + len(name)), iri=ctx.linker.lookup(name), kind=agent.kind)
    return agent


def frames(doc: Doc, offset: int, ctx: Context) -> list[Frame]:
    """The event frames of one English sentence."""
    out: list[Frame] = []
    if not len(doc):
        return out
    sent = Span(offset + doc[0].idx, offset + len(doc.text.rstrip()))
    _foreign_place(ctx, sent)
    cues = ctx.lexicon.cues.get("en", {})
    found = _triggers(doc, ctx, offset)
    deadline = _deadlines(doc)
    acts = ctx.lexicon.deadline_acts.get("en", [])
    taken = {i for i, _, _ in found}
    for g in sorted(deadline):
        if g not in taken:
            found.extend((g, tr, g) for tr in acts)
    found.sort(key=lambda x: x[0])
    verb_tops = {i: trig.top for i, trig, _ in found if trig.pos == "verb"}
    verb_lemmas = {i: trig.lemma for i, trig, _ in found if trig.pos == "verb"}
    verb_ends = {i: end for i, trig, end in found if trig.pos == "verb"}
    act_nouns = {i: trig.top for i, trig, _ in found if trig.pos == "noun"}
    noun_ends = {e: trig.top for _, trig, e in found if trig.pos == "noun"}
    #: "complaints lodged in 2019 by noyb": a participle right after an act noun of its own type restates the noun
    #: (with its agent right after it, "a fine imposed by the Commission", it still tells who did the act)
    #: ("the fine imposed on Amazon by the CNPD": the agent may follow the party)
    restating = {i for i, trig_, end_ in found if trig_.pos == "verb" and noun_ends.get(i - 1) == trig_.top
                 and _past_form(_form(doc[i])) and not any(
                     _form(doc[k]) in L.AGENT_PREPS for k in range(end_ + 1, min(len(doc), end_ + 6))
                     if not any(doc[j].text in _CUT for j in range(end_ + 1, k)))}
    for i, trig_, _end in found:
        if trig_.pos == "verb" and not (i - 1 in noun_ends and noun_ends[i - 1] != trig_.top and (
                (_form(doc[i]) in L.SUPPORT_VERBS and _past_form(_form(doc[i]))) or _form(doc[i]).endswith("ing"))):
            # a support participle after its act noun, or what the act orders ("notices ordering …"), owns no date
            ctx.trigger_starts.add(doc[i].idx + offset)
    negated: dict[str, EntityRef] = {}  # the party of a negated act of each type, in this sentence
    for i, trig, end in found:
        if i in restating:
            continue
        if trig.pos == "noun" and verb_tops.get(end + 1) == trig.top and _past_form(_form(doc[end + 1])) \
                and end + 2 < len(doc) and _form(doc[end + 2]) in L.AGENT_PREPS and i > 0 and doc[i - 1].text == ")":
            # "a NOK 65 million (about €5.8 million) fine imposed by X": the participle with its agent tells the act
            continue
        t = doc[i]
        cs, ce = _chars(doc, i, end + 1, offset)
        clause = _clause_start(doc, i)
        before = [_form(x) for x in doc[max(clause, i - 4):i]]
        opening = next((j for j in range(i - 2, max(0, i - 7), -1) if doc[j].text == ","), None) \
            if i > 1 and doc[i - 1].text == "," else None
        if opening is not None:
            # "The Commission has not, for now, ordered a break-up": the negation before an incise set off by commas
            before += [_form(x) for x in doc[max(0, opening - 3):opening]]
        if any(w in L.NEGATIONS for w in before) or _negative_subject(doc, clause, i):
            if trig.pos == "verb" and not trig.rest:
                np = _np_after(doc, end + 1)
                spared = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
                if spared is not None:
                    negated[trig.top] = spared  # "did not fine the city of Ghent": the party of a milder act after
            continue
        if _habitual(doc, i, end, clause, ctx, offset, trig.pos == "verb"):
            continue  # "the regulator reserves fines for … and publishes reprimands": a practice, no act
        if trig.pos == "verb" and not text_theme(trig, ctx.lexicon) and _thing_relative(doc, i, clause, offset, ctx):
            continue  # "the scanning of messages that had blocked talks": no body acts in that clause
        if trig.pos == "verb" and not trig.rest and _argument_object(doc, end):
            continue  # "dismissed Google's argument that …": a step of the court's reasoning
        if trig.pos == "verb" and is_referral(trig, ctx.lexicon) and _bare_participle(doc, i, end):
            continue  # "in the first charges brought under the Act": a participle describing a noun names no referrer
        if trig.pos == "verb" and is_referral(trig, ctx.lexicon) and _sent_back(doc, end):
            continue  # "referred the case back to the lower court": a court returns a case, no one refers it
        if trig.pos == "verb" and before and before[-1] in L.BE_FORMS and _form(t) == trig.lemma \
                and not _past_form(_form(t)):
            continue  # "The guidelines are open to consultation": a bare form after "be" is an adjective, no verb
        if trig.pos == "verb" and not trig.rest and before and _form(t) == trig.lemma and not _past_form(_form(t)) \
                and ((before[-1] in L.PREPOSITIONS and before[-1] not in L.INFINITIVE)
                     or before[-1] in L.PARTICIPLE_PREPOSITIONS):
            continue  # "letters, including test results, were posted": a bare form after a preposition is a noun
        if trig.pos == "verb" and _form(t).endswith("ing") and before and before[-1] == "," and out \
                and out[-1].evidence == sent and out[-1].trigger.top == trig.top and out[-1].trigger_span.end <= cs:
            if not (end + 1 < len(doc) and doc[end + 1].text[:1].isupper()) \
                    and not (trig.rest and i + 1 < end and doc[i + 1].text[:1].isupper()):
                # "struck down the law, censuring 35 of its articles": the participle restates the act (not so with
                # a party of its own: "…, fining Google too", "…, ordering Apple to pay €500M")
                continue
            if out[-1].object is None or (out[-1].object.kind not in PARTY_KINDS and not out[-1].extra_party):
                # "handed down the first fines under the Act, ordering Apple to pay …": the participle names the
                # parties of the acts told before without one
                out.pop()
        if trig.pos == "verb" and not trig.rest and _form(t).endswith("ing") and before and before[-1] == "," \
                and not takes_requirement(trig, ctx.lexicon) and out and out[-1].evidence == sent \
                and out[-1].trigger_span.end <= cs and out[-1].object is not None \
                and _category(out[-1].object, ctx) in ("instrument", "matter"):
            # "signed off on the regulation, dropping the scanning of encrypted messages": a participle clause on an
            # act on a text that names neither a text nor a body tells what the text does, no act of its own
            np = _np_after(doc, end + 1)
            ob = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
            # "dropping the mandatory detection orders": a plural record noun with no name is a class of measures
            # the text provides for, not one decision
            measures = ob is not None and ob.kind in ACT_RECORD_KINDS and fold(ob.text.split()[-1]).endswith("s")
            if np is not None and ob is not None and ob.iri is None and (ob.kind is None or measures) \
                    and _form(doc[np[0]]) in L.ARTICLES and _form(doc[np[0]]) not in L.POSSESSIVES:
                continue
        if _conditional(doc, i, clause):
            continue  # "… if the Commission confirms its findings": a condition, no act
        if trig.pos == "verb" and _classing(doc, i, clause):
            # "It is the first fine the ICO has imposed on …": the relative on the ranked noun tells the class (the
            # noun itself still tells an act: "It is its third fine against Uber, after €600,000 in 2018 …")
            continue
        if trig.pos == "verb" and _time_clause(doc, i, clause):
            continue  # "at the time the decision was adopted, …": the act dates a state, it is told elsewhere
        if trig.pos == "verb" and _contact_relative(doc, _subject_end(doc, _group_start(doc, i, cues))[0], end, ctx,
                                                    offset):
            continue  # "tracking visitors through cookies they had refused": a relative clause describing a noun
        if trig.pos == "verb" and _nonspecific_subject(doc, i, clause):
            continue  # "before any fine … is imposed": no particular act
        if (before and before[-1] in L.COMPARISON_CLASS) or any(
                _form(doc[k]) in L.COMPARISON_CLASS and not any(x.text in _CUT for x in doc[end + 1:k])
                for k in range(end + 1, min(len(doc), end + 5))):
            # "the largest penalty ever imposed by the EU", "its second-biggest fine ever.": a class the act is
            # compared with, no act (the punctuation that may close the phrase after "ever" cuts nothing)
            continue
        if (trig.pos == "noun" or _form(t).endswith("ing")) and any(
                g.object_span is not None and g.trigger.top != trig.top and g.object_span.start < cs < g.object_span.end
                for g in out):
            continue  # "dismissed Meta's appeal against the decision designating X": it describes the object
        if trig.pos == "verb" and _past_form(_form(t)) and before and before[-1] not in L.FUNCTION_WORDS \
                and _is_word(doc[i - 1].text) and doc[i - 1].text.islower() \
                and not any(act_nouns.get(j) == trig.top for j in range(max(clause, i - 4), i)) and any(
                g.object_span is not None and g.trigger.top != trig.top and g.object_span.start < cs < g.object_span.end
                for g in out):
            continue  # "dismissed an action brought by X": a participle on the object of another act describes it
        if trig.pos == "verb" and i - 1 in noun_ends and noun_ends[i - 1] != trig.top and _form(t).endswith("ing"):
            continue  # "enforcement notices ordering Acme to stop": what the act noun orders is its content
        hedge: tuple[int, str] | None = None  # "proposed a £6m penalty": the verb that hedges the act noun
        if trig.pos == "noun" and any(verb_tops[v] != trig.top and _definite_draft(doc, verb_ends[v], i, ctx)
                                      for v in verb_tops if clause <= v < i):
            continue  # "The Senate adopted the surveillance bill": the draft is what the verb acts on
        if trig.pos == "noun":
            k = _phrase_start(doc, i, ctx, offset) - 1  # "upheld a 2.4 billion euro fine": over the amount
            if k >= 0 and _form(doc[k]) in L.NONSPECIFIC_DETERMINERS:
                continue  # "before any fine is imposed": no particular act, none is reported
            while k > clause and (doc[k].text in ("'s", "’s") or _form(doc[k]) in L.ARTICLES
                                  or doc[k].text[:1].isupper()
                                  # "rejecting the company's appeal": the possessor's noun
                                  or (doc[k + 1].text in ("'s", "’s") and doc[k].is_alpha)):
                k -= 1
            if k < i - 1 and k in verb_lemmas and cues.get(verb_lemmas[k], "realised") != "realised" \
                    and verb_tops[k] != trig.top:
                hedge = (k, cues[verb_lemmas[k]])
            elif k < i - 1 and k in verb_tops and verb_tops[k] != trig.top \
                    and _form(doc[k]) not in L.SUPPORT_VERBS and _form(doc[k]) not in L.CONTAINING_VERBS:
                continue  # "dismissed Meta's appeal": the verb says what happens to the act, which is its object
            elif k < i - 1 and is_referral(trig, ctx.lexicon) and _court_rules_on(doc, k, i, clause, ctx, offset):
                continue  # "The tribunal allowed the ICO's appeal": the case the court decides, brought before
        f = Frame(trig, Span(cs, ce), sent)
        f.via_noun = trig.pos == "noun"
        if trig.pos == "verb" and before and before[-1] in L.INFINITIVE and not (
                len(before) > 1 and (_is_cue(before[-2], cues) or f"{before[-2]} {before[-1]}" in cues)) and not (
                len(before) > 2 and (f"{before[-3]} {before[-2]}" in cues
                                     or " ".join(before[-3:]) in cues)):  # "still has to sign off"
            continue  # "to" + verb is a purpose or a plan, unless a cue governs it ("is expected to launch")
        ruling = trig.pos == "verb" and states_the_law(trig, ctx.lexicon)
        if trig.pos == "verb" and end + 1 < len(doc) and _form(doc[end + 1]) in L.COMPLEMENTISERS and not ruling \
                and not _demonstrative(doc, end + 1):
            continue
        if trig.pos == "verb" and not trig.rest and end + 1 < len(doc) and _form(doc[end + 1]) in L.PHRASAL_PARTICLES:
            continue  # "ruled out a fine", "hit out at": a phrasal verb of its own
        if trig.pos == "verb" and not trig.rest:
            k = end + 1
            if k < len(doc) and _form(doc[k]) in L.ARTICLES:
                k += 1
            if k < len(doc) and _form(doc[k]) in L.FIGURATIVE_OBJECTS:
                continue  # "clearing the way for a final vote": a figure of speech, no act of the verb
            stop = next((j for j in range(end + 1, len(doc)) if doc[j].text in _CUT), len(doc))
            if stop - end <= 16 and any(f" {p} " in f" {' '.join(_form(x) for x in doc[end + 1:stop])} "
                                        for p in L.FIGURATIVE_ENDS):
                continue  # "bringing an eight-year legal battle to an end": the verb ends its object
        if trig.pos == "verb" and cues.get(trig.lemma, "realised") != "realised" and any(
                act_nouns.get(k, trig.top) != trig.top for k in range(end + 1, min(len(doc), end + 6))
                if not any(x.text in _CUT for x in doc[end + 1:k])):
            continue  # "proposed a £6 million penalty": a verb that hedges an act noun proposes that act, no text
        if trig.pos == "verb" and cues.get(trig.lemma, "realised") != "realised" and not trig.rest:
            k = end + 1
            while k < len(doc) and _form(doc[k]) in L.ADVERBS:
                k += 1
            if verb_tops.get(k, trig.top) != trig.top and _form(doc[k]).endswith("ing"):
                continue  # "has proposed extending the derogation": the verb hedges the act of the gerund, its object
        if trig.pos == "verb" and _form(t) in L.SUPPORT_VERBS and (any(
                k in act_nouns and act_nouns[k] != trig.top and not _definite_draft(doc, end, k, ctx)
                for k in range(end + 1, min(len(doc), end + 5)))
                or (i - 1 in act_nouns and act_nouns[i - 1] != trig.top and _past_form(_form(t)))):
            continue  # "adopted Opinion 28/2024", "issued 21 sanctions", "an opinion adopted on": the noun names it
        be_at = max((k for k, w in enumerate(before[-3:]) if w in L.BE_FORMS), default=None)
        # "is expected to fine": the auxiliary belongs to the cue, the infinitive is active
        # "was challenging": a progressive, active
        be_passive = be_at is not None and not any(w in L.INFINITIVE for w in before[-3:][be_at + 1:]) \
            and not _form(t).endswith("ing")
        # "a request filed in September by the Irish regulator": a date adjunct may stand before the agent
        by_at = _past_date(doc, end + 1, ctx, offset) if end + 1 < len(doc) and _past_form(_form(t)) else end + 1
        if by_at < len(doc) and _form(doc[by_at]) in L.FINE_PARTY_PREPS and _past_form(_form(t)):
            # "the fine imposed on Google by the Commission": the party may come before the agent
            by_at = next((k for k in range(by_at + 2, min(len(doc), by_at + 7)) if _form(doc[k]) in L.AGENT_PREPS
                          and not any(doc[j].text in _CUT for j in range(by_at, k))), by_at)
        by_next = by_at + 1 < len(doc) and _form(doc[by_at]) in L.AGENT_PREPS and not doc[by_at + 1].like_num
        # "a fine imposed by the Commission": a participle with its agent after a noun
        reduced = trig.pos == "verb" and not be_passive and _past_form(_form(t)) and by_next and bool(before) \
            and before[-1] not in L.HAVE_FORMS and _is_word(doc[i - 1].text) and doc[i - 1].text.islower() \
            and not (len(before) > 1 and before[-2] == "," and before[-1] in L.PARTICIPLE_ADVERBS)
        fronted = False
        if trig.pos == "verb" and not be_passive and _past_form(_form(t)) and by_next \
                and all(w in L.PARTICIPLE_ADVERBS for w in _forms_before(doc, i)):
            reduced = fronted = True  # "Formally adopted by the Council on 21 January, the regulation …"
        passive = trig.pos == "verb" and (be_passive or reduced or (
            _form(t).endswith(("ed", "en")) and bool(before) and _parenthetical(doc, i) is None and (
                (before[-1] == "," and not _date_comma(doc, i - 1)) or (
                len(before) > 1 and before[-2] == "," and doc[i - 1].text.isalpha() and doc[i - 1].text.islower()
                and _form(doc[i - 1]) in L.PARTICIPLE_ADVERBS))))
        if passive and not any(w in L.BE_FORMS for w in before[-3:]) and _subject_end(doc, i)[1] is not None:
            passive = False  # "The authority, which had banned Replika, also ordered": the main verb, active
        if trig.pos == "verb" and not passive and not text_theme(trig, ctx.lexicon) \
                and _appositive_participle(doc, i, end, ctx, offset):
            continue  # "…, the camera software first tested around the Olympics": a participle describing a noun
        agent: EntityRef | None = None
        also: EntityRef | None = None  # a second agent phrase ("… by the President as well as by sixty MPs")
        obj: EntityRef | None = None
        its_text: EntityRef | None = None  # "after its publication": the text "its" takes up
        themed = False  # a text as subject: the act happens to it ("the law applies from Friday")
        dative_list = False  # the party of an act noun is a list of names after its preposition
        sup = None  # the support verb of an act noun
        if trig.pos == "noun":
            sup = _support(doc, i, ctx, offset, act_nouns)
            indirect = None
            if sup is None:
                sup, indirect = _ditransitive(doc, i, ctx, offset)  # "handed Orange a €50m fine"
            if sup is None and hedge is not None:
                sup = hedge[0]
            if sup is None:
                k = _phrase_start(doc, i, ctx, offset) - 1
                if k >= 1 and _form(doc[k]) in L.MEANS_PREPS and _form(doc[k]) not in L.AGENT_PREPS \
                        and _form(doc[k - 1]) in L.REPORTING:
                    sup = k - 1  # "…, the Commission said in preliminary findings": the act its body reports by
            if sup is not None and sup in verb_tops and verb_tops[sup] == trig.top:
                continue  # "fined … a fine": the verb says it
            if sup is None and _with_verb(doc, i, clause, ctx, offset, verb_tops) == trig.top:
                continue  # "hits Apple with a €500m fine", "was slapped with a fine": the verb says it
            if sup is None and _passive_after(doc, end, verb_tops) not in (None, trig.top):
                continue  # "A challenge by Meta … was thrown out by the General Court": the object of that act
            if sup is not None and any(w in L.NEGATIONS for w in (_form(x) for x in doc[max(0, sup - 3):sup])):
                continue
            post = _support_after(doc, end)
            if post is not None and post > end + 1 and verb_tops.get(post) == trig.top:
                continue  # "An investigation was opened into Acme": the verb says it
            its_text = ctx.recent_themes[-1] if i > 0 and _form(doc[i - 1]) in L.NEUTER_POSSESSIVES \
                and ctx.recent_themes and ctx.recent_themes[-1].span is not None \
                and ctx.recent_themes[-1].span.start >= sent.start else None
            if sup is None and its_text is None and _in_adjunct(doc, i, end, ctx, offset):
                continue
            if sup is None and post is not None:
                agent = _by_agent(doc, post + 1, ctx, offset, 12)
                if agent is None and _form(doc[clause]) in L.PREPOSITIONS:
                    # "In an opinion adopted on 17 December, the Board said …": a fronted adjunct belongs to the
                    # subject of the main clause, after the comma that closes it
                    comma = next((k for k in range(post + 1, len(doc)) if doc[k].text == ","), None)
                    owners = [m for m in ctx.mentions if m.category == "actor" and comma is not None
                              and doc[comma].idx + offset < m.start and m.end <= sent.end and not ctx.in_pp(m)]
                    if owners:
                        agent = ctx.ref(owners[0])
            if sup is not None and (_form(doc[sup]) in L.CONTAINING_VERBS or _containing_phrase(doc, sup)):
                # "The decision … also includes a reprimand and an order": acts of the record's body, on its party
                held = _recorded_act(doc, sup, ctx, offset)
                if held is None:
                    continue
                agent, obj = held
            by = next((k for k in range(end + 1, min(len(doc), end + 9)) if _form(doc[k]) in L.AGENT_PREPS), None)
            if agent is None and not (by is not None and by - 1 not in verb_tops and any(
                    _form(x) in L.BE_FORMS for x in doc[end + 1:by])):
                # not "The CNIL's fine was criticised by noyb": the agent of another verb on the noun
                agent = _by_agent(doc, end + 1, ctx, offset, 8)
            if agent is None and i >= 2 and doc[i - 1].text in ("'s", "’s"):
                agent = _entity(doc, max(clause, i - 5), i - 1, offset, ctx, "actor")
            if sup is not None and _form(doc[sup]) in L.RECEIVING_VERBS:
                # "A third firm, Beslag Groep, received a formal reprimand": the subject is the party; the body is
                # named after "from", else it is the last body that acted
                party = _active_agent(doc, sup, _clause_start(doc, sup), ctx, offset)
                apposed = _np_before(doc, sup - 1) if sup > 1 and doc[sup - 1].text == "," else None
                if apposed is not None and doc[apposed[0]].text[:1].isupper() and apposed[0] > 0 \
                        and doc[apposed[0] - 1].text == ",":
                    # "Another firm, Domotix, received …": the name set off after the description
                    party = _entity(doc, apposed[0], apposed[1], offset, ctx, "object") or party
                if party is None:
                    np = _np_before(doc, _group_start(doc, sup, cues))
                    party = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
                text_party = party is not None and _category(party, ctx) == "instrument"
                if party is None or not (party.kind in PARTY_KINDS or (party.kind is None and party.iri is None)
                                         or text_party):
                    continue  # (a body receives complaints and requests, not acts of its own kind)
                came = next((k for k in range(end + 1, min(len(doc), end + 6)) if _form(doc[k]) in L.SOURCE_PREPS),
                            None)
                if came is None and text_party:
                    # "The bill received final approval in the Senate": where a text is approved names who did it
                    came = next((k for k in range(end + 1, min(len(doc), end + 4)) if _form(doc[k]) in L.SITTING_PREPS),
                                None)
                np = _np_after(doc, came + 1) if came is not None else None
                agent = _entity(doc, np[0], np[1], offset, ctx, "actor") if np else None
                if agent is not None and _category(agent, ctx) != "actor":
                    agent = None
                if agent is None and not text_party:
                    bodies = [a for a in ctx.recent_agents if a.kind not in (*PARTY_KINDS, "person")]
                    agent = bodies[-1] if bodies else None
                obj = party
            if agent is None and sup is not None:
                if _passive_support(doc, sup, clause):
                    agent = _by_agent(doc, sup + 1, ctx, offset)
                else:
                    agent = _active_agent(doc, sup, _clause_start(doc, sup), ctx, offset)
                g0 = _group_start(doc, sup, cues)
                prev = out[-1] if out and out[-1].evidence == sent and out[-1].trigger.pos == "verb" \
                    and out[-1].agent is not None and g0 > 0 and _form(doc[g0 - 1]) in L.COORDINATORS else None
                if prev is not None and (agent is None or (agent.span is not None
                                                           and agent.span.start >= prev.trigger_span.end)):
                    # "fined Clearview AI €30.5 million and imposed orders subject to penalties": the support verb
                    # shares the subject of the verb it is coordinated with (not that verb's object, the phrase
                    # before "and")
                    agent = prev.agent
                if prev is not None and agent == prev.agent and obj is None and prev.object is not None \
                        and prev.object.kind in (None, *PARTY_KINDS):
                    obj = prev.object  # … and its party
            if obj is None and sup is not None and _passive_support(doc, sup, clause):
                np = _listed_before(doc, _np_before(doc, _group_start(doc, sup, cues)))
                if np is not None:
                    obj = _entity(doc, np[0], np[1], offset, ctx, "object")  # "TikTok has been handed a fine"
            if agent is None and sup is None and its_text is None:
                # "its third fine against Uber": the possessive names the body the text is about
                k = i - 1
                while k > clause and _form(doc[k]) not in L.POSSESSIVES \
                        and (_form(doc[k]) in L.NOUN_MODIFIERS or doc[k].like_num):
                    k -= 1
                if k >= clause and _form(doc[k]) in L.POSSESSIVES:
                    bodies = [a for a in ctx.recent_agents if a.kind not in ("company", "person")]
                    if bodies:
                        agent = bodies[-1]
            if obj is None and indirect is not None:
                obj = _entity(doc, indirect[0], indirect[1], offset, ctx, "object")
                if obj is not None and obj.iri is None and obj.span is not None \
                        and _form(doc[indirect[0]]) in L.DEFINITE_ARTICLES and _category(obj, ctx) == "instrument":
                    # "gave the law its final green light": a generic receiver takes up the text named last
                    texts = [m for m in ctx.mentions if m.category == "instrument" and m.end <= obj.span.start]
                    back = _described_text(obj, ctx) or (ctx.ref(max(texts, key=lambda m: m.end)) if texts else None)
                    if back is not None:
                        obj = EntityRef(text=obj.text, span=obj.span, iri=back.iri, kind=back.kind)
            titles = [m for m in ctx.mentions if m.start == cs and m.end > ce and m.category == "instrument"]
            if obj is None and titles:
                obj = ctx.ref(titles[-1])  # "adopted Opinion 28/2024 on …": the act noun opens the text's name
            if obj is None and end + 2 < len(doc) and _form(doc[end + 1]).endswith("ing") and (
                    end + 1 in verb_tops or (takes_requirement(trig, ctx.lexicon) and doc[end + 1].text.islower()
                                             and _is_word(doc[end + 1].text))):
                # "an order banning a data broker from …", "a consent order requiring Acme to …": the party of the
                # participle that tells what the act orders
                np = _np_after(doc, end + 2)  # "notices ordering Acme to stop": the party the act noun orders
                obj = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
            for k in range(end + 1, min(len(doc), end + (12 if post is not None else 4))):
                if obj is not None or doc[k].text in _CUT:
                    break
                if _form(doc[k]) in L.NOUN_PARTY_PREPS:
                    np = _np_after(doc, k + 1)
                    names = _listed_after(doc, np)
                    if names != np:  # "sent preliminary findings to TikTok and Meta": one act per party
                        np, dative_list = names, True
                    if np and post is not None:
                        # "were issued to NHS trusts by the ICO": the party stops at the agent phrase
                        np = (np[0], next((j for j in range(np[0] + 1, np[1]) if _form(doc[j]) in L.AGENT_PREPS),
                                          np[1]))
                    if np:
                        obj = _entity(doc, np[0], np[1], offset, ctx, "object")
                    break
        elif passive:
            # "The decision, adopted on Wednesday, follows a binding decision by the EDPB": a participle set off by
            # commas takes its "by" phrase inside the commas, not from the clause after them
            set_off = i > 0 and doc[i - 1].text == "," and not any(
                _form(doc[k]) in L.BE_FORMS | L.HAVE_FORMS for k in range(max(0, i - 3), i))
            close = next((k for k in range(end + 1, len(doc)) if doc[k].text in (",", ";", ".")), len(doc)) \
                if set_off else None
            agent = _by_agent(doc, end + 1, ctx, offset, 40 if close is None else max(0, close - end - 1))
            if agent is not None and agent.span is not None:
                also = _further_agent(doc, agent.span.end, ctx, offset)
            owned = _possessed_adjunct(doc, i, ctx, offset) if agent is None else None
            if owned is not None:
                # "In its annual report, published on 7 October, the agency ranked …": the participle tells what
                # happened to the body's own text, the body is the subject of the main clause
                agent, (s0, e0) = owned
                obj = _entity(doc, s0, e0, offset, ctx, "object")
            k = _group_start(doc, i, cues)  # "Free, already fined …": the party stands before the adverb
            if k > 0 and doc[k - 1].text == "," and not any(w in L.BE_FORMS for w in before[-3:]):
                k -= 1
            np = None if owned is not None else (_phrase_start(doc, i - 1, ctx, offset), i) if reduced \
                else _listed_before(doc, _np_before(doc, k))
            if np is None and not reduced and k > 1 and doc[k - 1].text == ",":
                # "the operator Free, already fined … in 2022, was fined", "Acme, a retailer in Lyon, was fined": the
                # subject before an inserted participle or apposition
                j = next((j for j in range(k - 2, max(clause, k - 30) - 1, -1) if doc[j].text in _CUT), None)
                lead = j + 1 + (_form(doc[j + 1]) in L.ADVERBS or _form(doc[j + 1]) in L.PARTICIPLE_ADVERBS) \
                    if j is not None else 0
                if j is not None and doc[j].text == "," and (_past_form(_form(doc[lead]))
                                                             or _form(doc[j + 1]) in L.ARTICLES):
                    np = _np_before(doc, j)
                if np is None:
                    np = _titled_apposition(doc, k - 1, clause, offset, ctx)
            wide = None if reduced or owned is not None else _np_before(doc, k, wide=True)
            titled = _entity(doc, wide[0], wide[1], offset, ctx, "object") if wide else None
            if wide and (np is None or wide[0] < np[0]) and _category(titled, ctx) in ("instrument", "matter"):
                np = wide  # a title written out as the subject
            if np and np[0] >= 3 and is_referral(trig, ctx.lexicon) and _form(doc[np[0] - 1]) in L.RELATIVES \
                    and _form(doc[np[0] - 2]) in L.REFERRAL_PREPS and doc[np[0] - 3].text == ",":
                # "The council, to which the law had been referred by …": the antecedent is the body referred to
                ante = _np_before(doc, np[0] - 3)
                f.addressee = _entity(doc, ante[0], ante[1], offset, ctx, "actor") if ante else None
            if np and np[1] - np[0] == 1 and _form(doc[np[0]]) in L.NEUTER_PRONOUNS:
                obj = _pronoun_text(doc, np[1], ctx, offset)  # "It is expected to be published": the text
            elif np:
                obj = _entity(doc, np[0], np[1], offset, ctx, "object")
            if obj is not None and obj.iri is None and (_names_act(obj.text, trig, ctx) or any(
                    act_nouns.get(j) == trig.top for j in range(max(clause, k - 6), k))):
                # "A fine of €20M was imposed on Clearview AI", "a fine imposed by the CNIL on Meta": the act noun
                # is the subject, the party follows "on" (after the agent, if any)
                k = end + 1
                if k < len(doc) and _form(doc[k]) in L.AGENT_PREPS:
                    k = next((j for j in range(k + 1, min(len(doc), k + 8)) if doc[j].text in _CUT
                              or _form(doc[j]) in L.PREPOSITIONS), len(doc))
                if k + 1 < len(doc) and _form(doc[k]) in L.FINE_PARTY_PREPS:
                    obj = _party_after_noun(doc, k - 1, offset, ctx) or obj
                if np and obj is not None and obj.iri is None and _names_act(obj.text, trig, ctx):
                    obj = _challenger(doc, np[0], offset, ctx) or obj
            if agent is None and owned is None and np and not be_passive and before[-1] == "," \
                    and text_theme(trig, ctx.lexicon):
                agent = _possessor(doc, np, clause, offset, ctx)
                gen = next((k for k in range(np[0] + 1, np[1] - 1) if doc[k].text in ("'s", "’s")), None)
                if agent is not None and gen is not None:
                    obj = _entity(doc, gen + 1, np[1], offset, ctx, "object") or obj  # the record, not its owner
            if agent is None and not (obj is not None and _category(obj, ctx) in ("instrument", "matter")):
                agent = _source(doc, clause, i, offset, ctx)  # "According to the CNIL, Acme was fined …"
            if agent is None and obj is not None and obj.span is not None and text_theme(trig, ctx.lexicon) \
                    and ctx.linker.guess_kind(obj.text, "en", "instrument") in ACT_RECORD_KINDS:
                # "The EDPS decision … was published on Monday": the body whose decision it is makes it public
                own = [m for m in ctx.mentions_in(obj.span.start, obj.span.end) if m.category == "actor"
                       and m.kind not in (*PARTY_KINDS, "person")]
                if own:
                    agent = ctx.ref(own[0])
        else:
            # "it entered into force" takes up a text; "it upheld the rest" a body: only an act that happens to a
            # text has a text for its subject
            text_it = _pronoun_text(doc, i, ctx, offset) if text_theme(trig, ctx.lexicon) else None
            modifier = False
            if text_it is None and text_theme(trig, ctx.lexicon) and out and out[-1].evidence == sent \
                    and out[-1].agent is None and out[-1].object is not None:
                k0 = _subject_end(doc, _group_start(doc, i, cues))[0]
                if k0 > 0 and _form(doc[k0 - 1]) in L.PLURAL_PRONOUNS:
                    text_it = out[-1].object  # "New rules … apply from Friday, … after they entered into force"
                elif k0 > 0 and (_form(doc[k0 - 1]) in L.CLAUSE_BREAKS or _form(doc[k0 - 1]) in L.COORDINATORS) \
                        and _category(out[-1].object, ctx) in ("instrument", "matter"):
                    text_it = out[-1].object  # "The act entered into force in July but will only apply from …"
            agent = None if text_it is not None else _active_agent(doc, i, clause, ctx, offset,
                                                                   is_referral(trig, ctx.lexicon))
            if agent is not None and agent.span is not None and text_theme(trig, ctx.lexicon):
                # "Its obligations for providers of AI models became applicable": the body inside the subject is
                # no agent; the subject is part of a text
                np = _np_before(doc, _subject_end(doc, _group_start(doc, i, cues))[0], wide=True)
                part = _part_of_text(_entity(doc, np[0], np[1], offset, ctx, "object"), ctx) if np else None
                if part is not None and part.span is not None and part.span.start < agent.span.start:
                    agent, obj, themed = None, part, True
            shared = _coordinated_subject(doc, i, offset, out, sent) if agent is not None else None
            if shared is not None:
                agent = shared  # "set aside the ruling that had upheld X and sent the case back": one subject
            if agent is not None and agent.span is not None and text_theme(trig, ctx.lexicon) \
                    and (_modifies_noun(agent.span.end, cs, ctx)
                         or ctx.text[agent.span.end:agent.span.end + 2] in ("'s", "’s")):
                # "New EU rules on … apply from Friday", "The Union's new toy safety rules apply": a name modifying
                # or owning the text's head noun
                agent = None
                modifier = True
            if text_it is not None:
                obj = text_it  # "it becomes applicable": "it" takes up the text named last, not a body
                themed = True
            if agent is None and obj is None:
                # "Most of the Act's provisions, including the rules for …, will apply": over the inserted clause
                np = _np_before(doc, _subject_end(doc, _group_start(doc, i, cues))[0], wide=True)
                g = _group_start(doc, i, cues)
                if np is None and g >= 2 and _form(doc[g - 1]) in L.SUBJECT_RELATIVES and doc[g - 2].text == ",":
                    # "The directive, which entered into force in May, …": the relative pronoun takes up the
                    # phrase before the comma
                    np = _np_before(doc, g - 2)
                if np is None and g >= 3 and doc[g - 1].text == ",":
                    # "The Data Act, Regulation (EU) 2023/2854, will apply from …": the subject before an
                    # apposition set off by commas
                    j = next((j for j in range(g - 2, max(clause, g - 14) - 1, -1) if doc[j].text == ","), None)
                    np = _np_before(doc, j) if j is not None else None
                if np:
                    theme = _entity(doc, np[0], np[1], offset, ctx, "object")
                    if _category(theme, ctx) not in ("instrument", "matter"):
                        short = _np_before(doc, _group_start(doc, i, cues))
                        theme = _entity(doc, short[0], short[1], offset, ctx, "object") if short else None
                    if theme is not None and _category(theme, ctx) in ("instrument", "matter"):
                        obj = _described_text(theme, ctx) or theme
                        themed = True
                    elif modifier and theme is not None:
                        obj = _described_text(theme, ctx)  # a text told by what it is about, named next
                        themed = obj is not None
                    elif _form(doc[np[0]]) in L.NEUTER_POSSESSIVES and text_theme(trig, ctx.lexicon):
                        # "Its bans on social scoring will apply from …": the provisions of the text named last
                        at = doc[np[0]].idx + offset
                        texts = [m for m in ctx.mentions if m.category == "instrument" and m.end <= at]
                        if texts:
                            obj, themed = ctx.ref(max(texts, key=lambda m: m.end)), True
                    elif text_theme(trig, ctx.lexicon) and (part := _part_of_text(
                            _entity(doc, np[0], np[1], offset, ctx, "object"), ctx)) is not None:
                        obj, themed = part, True  # "the obligations for providers of AI models became applicable"
            if agent is None and obj is None and text_theme(trig, ctx.lexicon) and out and out[-1].evidence == sent \
                    and out[-1].agent is None and out[-1].object is not None \
                    and _category(out[-1].object, ctx) == "instrument":
                # "Most of its provisions apply from July, while the obligation on public bodies to … kicks in in
                # January": a definite phrase opening the next clause names another part of the same text
                np = _np_before(doc, _subject_end(doc, _group_start(doc, i, cues))[0], wide=True)
                if np and np[0] > 0 and ((_form(doc[np[0] - 1]) in L.CLAUSE_STARTS
                                          and _form(doc[np[0]]) in L.DEFINITE_ARTICLES)
                                         # "…, starting a timetable: bans on X will apply from …": a bare plural
                                         # after a colon lists the parts of the text
                                         or (doc[np[0] - 1].text == ":" and doc[np[0]].text.islower()
                                             and doc[np[0]].text.isalpha() and _form(doc[np[0]]).endswith("s"))):
                    part = _entity(doc, np[0], np[1], offset, ctx, "object")
                    if part is not None and part.iri is None and part.span is not None:
                        whole = out[-1].object
                        obj, themed = EntityRef(text=part.text, span=part.span, iri=whole.iri, kind=whole.kind), True
            if obj is None and trig.rest and trig.rest[0] in L.SPLIT_PARTICLES and _form(doc[i + 1]) != trig.rest[0]:
                to = next(j for j in range(i + 1, end + 1) if _form(doc[j]) == trig.rest[0])
                obj = _entity(doc, i + 1, to, offset, ctx, "object")  # "ordered Meta to pay …": the party
            if obj is None and agent is not None and (end + 1 >= len(doc) or _form(doc[end + 1]) in L.OBJECT_STOPS
                                                      or doc[end + 1].text in _CUT):
                obj = _relative_antecedent(doc, _group_start(doc, i, cues), clause, offset, ctx)
            if obj is None:
                np = _np_after(doc, end + 1)
                past = _past_date(doc, end + 1, ctx, offset) if trig.pos == "verb" and end + 1 < len(doc) else end + 1
                genitive = past < len(doc) and doc[past].text in ("'s", "’s")
                if past > end + 1 and (np is None or np[1] <= past or genitive):
                    # "will vote next month on the omnibus": a date adjunct between the verb and its complement
                    # ("overturning last September's High Court judgment": a date in the genitive determines it)
                    np = _np_after(doc, past + genitive) or np
                if np:
                    np = _whether_subject(doc, np)
                if np is None and trig.rest and is_referral(trig, ctx.lexicon):
                    # "filed a complaint with the CNIL on Tuesday against a dating app": the party it is against
                    against = next((j for j in range(end + 1, min(len(doc), end + 12))
                                    if doc[j].text in _CUT or _form(doc[j]) in L.TARGET_PREPS), None)
                    np = _np_after(doc, against) if against is not None and doc[against].text not in _CUT else None
                if np and _form(doc[np[0]]) in L.GENITIVE_PREPS:
                    # "imposed a fine of EUR 2 million on Acme": the "of" phrase is the amount; the party follows
                    # "on" or "against" in the clause
                    on = next((j for j in range(np[0] + 1, min(len(doc), np[0] + 12))
                               if _form(doc[j]) in L.FINE_PARTY_PREPS or doc[j].text in _CUT), None)
                    np = _np_after(doc, on + 1) if on is not None and doc[on].text not in _CUT else None
                if np and trig.rest and np[1] - np[0] > 2 and _past_form(_form(doc[np[0]])) \
                        and _form(doc[np[0] + 1]) in L.AGENT_PREPS:
                    # "accepted commitments offered by AliExpress": the trigger holds its noun, the participle on it
                    # names the party
                    np = _np_after(doc, np[0] + 2)
                    obj = (_entity(doc, np[0], np[1], offset, ctx, "actor")
                           or _entity(doc, np[0], np[1], offset, ctx, "object")) if np else None
                    np = None
                if np and is_referral(trig, ctx.lexicon):
                    # "referred the bill to the Council": the body seised is no part of what is referred
                    np = (np[0], next((j for j in range(np[0] + 1, np[1]) if _form(doc[j]) in L.REFERRAL_PREPS),
                                      np[1]))
                if np and np[1] + 1 < len(doc) and _form(doc[np[1]]) in L.LIST_LINKS and doc[np[0]].text[:1].isupper() \
                        and doc[np[1] + 1].text[:1].isupper() and _is_word(doc[np[1] + 1].text):
                    # "fined Meta and Apple on Monday": names listed as the object, one act per party (below)
                    e2 = np[1] + 1
                    while e2 < len(doc) and e2 < np[1] + 5 and doc[e2].text[:1].isupper() and _is_word(doc[e2].text):
                        e2 += 1
                    listed = _entity(doc, np[0], e2, offset, ctx, "object")
                    if listed is not None and len(_coordinated_parties(listed, ctx)) >= 2 \
                            and not any(a.start > cs for a in ctx.amounts if a.end <= sent.end):
                        np = (np[0], e2)
                if np:
                    topic_end = _with_topic(doc, np, offset, ctx)
                    obj = _entity(doc, np[0], np[1], offset, ctx, "object")
                    if topic_end is not None and obj is not None and obj.iri is None:
                        # the act's own product told by its topic: a text named in the topic is not the object
                        ts, te = _chars(doc, np[0], topic_end, offset)
                        obj = EntityRef(text=ctx.text[ts:te], span=Span(ts, te), iri=None, kind=obj.kind)
                    forum = np[1] + 1 if np[1] < len(doc) and _form(doc[np[1]]) in L.FORUM_PREPS else None
                    if obj is not None and obj.iri is None and forum is not None \
                            and _category(obj, ctx) not in ("instrument", "actor"):
                        # "brought a case before the Conseil d'État": the body seised is what the referral is about
                        fnp = _np_after(doc, forum)
                        body = _entity(doc, fnp[0], fnp[1], offset, ctx, "actor") if fnp else None
                        obj = body or obj
            if obj is None and i > clause and _past_form(_form(t)) and before and before[-1] not in L.FUNCTION_WORDS \
                    and before[-1] not in L.PREPOSITIONS and before[-1] not in L.SUBJECT_PRONOUNS \
                    and doc[i - 1].text.isalpha() and doc[i - 1].text.islower() \
                    and not (agent is not None and agent.span is not None
                             and agent.span.start <= doc[i - 1].idx + offset < agent.span.end):
                # (not "privacy group noyb filed a complaint": a name written in lower case is the subject; nor "but it
                # opened an investigation": a subject pronoun)
                np = _np_before(doc, i)  # "confirmed in guidance published on Monday": the participle's noun
                obj = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
            if obj is not None and _form(t) in L.SUPPORT_VERBS \
                    and ctx.linker.guess_kind(obj.text, "en", "instrument") in ACT_RECORD_KINDS and any(
                    k > end and k in verb_tops and _form(doc[k - 1]) not in L.INFINITIVE for k, _, _ in found):
                # "adopted its final decision against TikTok, imposing fines …": the decision is the record,
                # the acts are what it does
                continue
        if trig.pos == "verb" and not passive and not themed and obj is None \
                and (end + 1 >= len(doc) or doc[end + 1].text in _CUT) \
                and _on_amount(doc[_group_start(doc, i, cues)].idx + offset, ctx):
            continue  # "far above the €30-50 million the regulator had proposed": a relative on an amount, no act
        if trig.pos == "verb" and not passive and obj is not None and _form(t) in L.SUPPORT_VERBS \
                and not trig.rest and not text_theme(trig, ctx.lexicon) \
                and ctx.linker.guess_kind(obj.text, "en", "instrument") in ACT_RECORD_KINDS - {"decree"}:
            continue  # "the Board adopted a binding decision": a body that adopts a decision does what it says
        if trig.pos == "verb" and not passive and not themed and obj is None and i not in deadline \
                and agent is not None and not (ruling and agent.kind in COURT_KINDS) and not trig.rest \
                and agent.span is not None and agent.span.start > sent.start \
                and _after_comma(ctx.text[sent.start:agent.span.start]) \
                and all(w in L.ADVERBS for w in fold(ctx.text[agent.span.end:cs]).split()):
            # "…, the Commission confirmed in guidance …", "…, the regulator confirmed last Thursday": a reporting
            # clause after the act, no act itself (a court's "…, the court ruled" stays its ruling; a verb that carries
            # its act noun, "In Glukhin v. Russia, the judges found breaches of …", is that act)
            continue
        needed = act_nouns_needed(trig, ctx.lexicon) if not passive else None
        if needed is not None and obj is not None and _category(obj, ctx) != "actor" and not {
                w.rstrip("s") for w in fold(obj.text).replace("-", " ").split()} & {n.rstrip("s") for n in needed}:
            continue  # "Brussels brings the hammer down": "bring" refers a case only with a proceeding as object
        if not passive and theme_only(trig, ctx.lexicon) and agent is not None and _category(agent, ctx) == "actor":
            continue  # "The Austrian court must now apply the ruling": a body applying a text names no act
        if trig.pos == "verb" and obj is not None and _form(t) in L.SUPPORT_VERBS:
            named = _act_head(obj.text, trig, ctx)
            if named is not None:  # "The trial was launched by …": the noun names the act, the verb is light
                trig = f.trigger = named
        if i in deadline:
            # "gave the platform three months to comply": the party is the object of the order
            ps, pe = deadline[i]
            obj = _entity(doc, ps, pe, offset, ctx, "actor") or _entity(doc, ps, pe, offset, ctx, "object")
            if _form(t) in L.HAVE_FORMS:
                # "Meta has five months to …": the party is the subject; the order is the last acting body's. Only
                # the party the last act was done to has time granted ("The Council has one month to rule", "The
                # Commission has twelve months to adopt one": a body's own time limit; "Both firms have 60 days":
                # no one party)
                party = next((r for r in reversed(ctx.recent_parties) if r.span is not None
                              and r.span.end <= doc[i].idx + offset), None)
                said = fold(obj.text).split() if obj is not None else []
                if obj is not None and obj.iri is None and said and not said[-1].endswith("s") \
                        and said[-1] in ctx.lexicon.party_anaphors.get("en", set()):
                    obj = party or obj  # "The company has three months to …": the party named before
                if obj is None or obj.kind != "company" or party is None or (party.iri or party.text) != (
                        obj.iri or obj.text):
                    continue
                agent = next((a for a in reversed(ctx.recent_agents) if a.kind not in ("company", "person")), None)
                if agent is None:
                    continue
                f.agent = agent
        inf = _to_infinitive(doc, deadline[i][1] if i in deadline else end + 1, trig.pos == "verb") \
            if i in deadline or takes_requirement(trig, ctx.lexicon) else None
        if inf is not None:
            # "ordered Luka to improve its privacy policy", "an order to stop …", "gave the platform three months to
            # bring …": the infinitive is what the act orders; the party ends before it
            f.requirement = _requirement(doc, inf + 1, offset, ctx)
            at = doc[inf].idx + offset
            if obj is not None and obj.span is not None and obj.span.start < at < obj.span.end:
                s0 = next(k for k in range(inf) if doc[k].idx + offset + len(doc[k].text) > obj.span.start)
                obj = _entity(doc, s0, inf, offset, ctx, "object") if s0 < inf else None
            elif obj is not None and obj.span is not None and obj.span.start > at:
                obj = None  # "an order to stop the scraping": what is ordered is no party
        own_pronoun = trig.pos == "verb" and i >= 2 and _form(doc[i - 1]) in L.PLURAL_PRONOUNS \
            and _form(doc[i - 2]) in L.SUBORDINATORS
        if own_pronoun and agent is None and not themed:
            continue  # "… after they passed their exam": a pronoun that takes up no body names no act of one
        if agent is None and trig.pos == "verb" and not themed and not own_pronoun:
            # "…, the Dutch regulator said on Monday"
            for k in range(end + 1, len(doc)):
                if _form(doc[k]) in L.REPORTING:
                    np = _np_before(doc, k)
                    if np:
                        agent = _entity(doc, np[0], np[1], offset, ctx, "actor")
                    break
        # "was published … and will enter into force": auxiliaries may stand between the conjunction and the verb
        bare = list(before)
        while bare and (bare[-1] in L.FUTURE_AUX or bare[-1] in L.BE_FORMS or bare[-1] in L.HAVE_FORMS):
            bare.pop()
        coordinated = trig.pos == "verb" and bool(bare) and bare[-1] in L.COORDINATORS and out \
            and out[-1].trigger_span.end <= cs and out[-1].evidence == sent
        if coordinated and agent is not None and agent.span is not None and out[-1].agent is not None \
                and agent.span.start >= out[-1].trigger_span.end:
            # "had fined the city of Trento …, and ordered it to delete": the body after the previous verb is its
            # object; the coordinated verb shares that verb's subject
            agent = out[-1].agent
        if coordinated and agent is None and (obj is None or _category(obj, ctx) not in ("instrument", "matter")):
            # "will be published … and enter into force": the verb shares the subject of the verb before it
            prev = out[-1]
            agent = prev.agent
            if agent is None:
                obj = prev.object
        if agent is None and trig.pos == "verb" and not passive and not text_theme(trig, ctx.lexicon) \
                and ctx.recent_agents \
                and _act_subject(doc, _np_before(doc, _subject_end(doc, _group_start(doc, i, cues))[0]), ctx):
            # "… fined TikTok €530M. The decision also orders the company to suspend …": a definite act noun as the
            # subject takes up the act told before; what it orders is its author's act, on the party after the verb
            agent, themed = ctx.recent_agents[-1], False
            np = _np_after(doc, end + 1)
            inf = _to_infinitive(doc, end + 1, True) if np else None
            obj = _entity(doc, np[0], min(np[1], inf or np[1]), offset, ctx, "object") if np else None
        if agent is not None and agent.iri is None and set(fold(agent.text).split()) & L.COURT_MEMBERS:
            # "Judges in Luxembourg held that …", "the judges found": a court's members stand for the court told
            # before
            agent = next((a for a in reversed(ctx.recent_agents) if a.iri and a.kind in COURT_KINDS), agent)
        if agent is not None and _category(agent, ctx) != "actor":
            agent = None
        if agent is not None and agent.kind in PARTY_KINDS and not is_referral(trig, ctx.lexicon):
            agent = None  # "Microsoft dismissed the concerns": a company acts as a party, by its referrals only
        if agent is None and obj is None and trig.pos == "verb" and i == 0 and _past_form(_form(t)):
            # "Published in the Official Journal on 30 April, the framework entered into force": a fronted
            # participle tells what happened to the subject of the main clause
            comma = next((j for j in range(end + 1, len(doc)) if doc[j].text in _CUT), None)
            np = _np_after(doc, comma + 1) if comma is not None and doc[comma].text == "," else None
            if np is not None:  # up to the main verb
                np = (np[0], min([np[1]] + [k for k in verb_tops if np[0] < k < np[1]]))
            theme = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
            if theme is not None and _category(theme, ctx) in ("instrument", "matter"):
                obj, passive = theme, True
        if fronted and agent is not None:
            # "Formally adopted by the Council on 21 January, following …, the regulation was published": the
            # participle tells what was done to the subject of the main clause, after the last comma before its verb
            main_verb = next((k for k in sorted(verb_tops) if k > end), None)
            comma = max((j for j in range(end + 1, main_verb) if doc[j].text == ","), default=None) \
                if main_verb else None
            np = _np_after(doc, comma + 1) if comma is not None else None
            if np is not None and main_verb is not None:
                np = (np[0], min(np[1], main_verb))
                while np[1] - 1 > np[0] and (_form(doc[np[1] - 1]) in L.BE_FORMS
                                             or _form(doc[np[1] - 1]) in L.HAVE_FORMS):
                    np = (np[0], np[1] - 1)
            theme = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
            obj = theme if theme is not None and _category(theme, ctx) in ("instrument", "matter") else None
        if agent is None and passive and obj is None and trig.pos == "verb":
            rel = _relative_pronoun_before(doc, i)
            if rel is not None:
                # "…, which will be published in the Official Journal": the relative pronoun of a passive clause
                # takes up the phrase before the comma; the act is done to it, not by the main clause's subject
                np = _np_before(doc, rel - 1)
                if np is not None:  # "Ministers approved the Act, which …": the phrase after the main verb
                    np = (max([np[0]] + [k + 1 for k in verb_ends.values() if np[0] <= k < np[1]]), np[1])
                obj = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
        if agent is None and passive and not by_next and court_outcome(trig, ctx.lexicon) \
                and _category(obj, ctx) == "instrument":
            # "… gave its decision on Thursday. Three articles were struck down and the rest was upheld": a text given
            # a court's outcome (``vg:courtOutcome``) without agent, by the court the clipping named before
            lo = doc[clause].idx + offset if clause < len(doc) else cs
            agent = next((a for a in reversed(ctx.recent_agents) if a.kind in COURT_KINDS
                          and (a.span is None or a.span.start < lo)), None) or next(
                (ctx.ref(m) for m in reversed(ctx.mentions) if m.category == "actor" and m.kind in COURT_KINDS
                 and m.end <= lo), None)
        if agent is None and passive and not by_next and not is_referral(trig, ctx.lexicon) \
                and not (obj is not None and _category(obj, ctx) in ("instrument", "matter")):
            # (not a referral: "The action had been filed in July 2024" is no act of the court the text is about)
            # (not past a "by" phrase that names no body the reference data holds: "imposed on Amazon by the CNPD")
            topic = ctx.recent_agents[-1] if ctx.recent_agents else None
            if topic is not None and topic.kind not in ("company", "person"):
                agent = topic  # "…, was fined the same amount": by the body the text is about
        if obj is not None and trig.pos == "verb" and not passive and fold(obj.text) in L.OBJECT_PRONOUNS \
                and out and out[-1].evidence == sent and out[-1].object is not None \
                and (coordinated or _category(out[-1].object, ctx) in ("instrument", "matter")):
            # "approved the revised regulation …, and the Council adopted it": the same text; "had fined the city of
            # Trento …, and ordered it to delete …": the party of the verb it is coordinated with
            obj = out[-1].object
        if obj is not None and obj.iri is None and trig.pos == "verb" and not passive and out \
                and out[-1].evidence == sent and out[-1].object is not None \
                and _category(out[-1].object, ctx) != "actor" \
                and len(obj.text.split()) == 2 and fold(obj.text.split()[0]) in L.POSSESSIVES \
                and obj.kind in DRAFT_KINDS:
            # "approved new rules …, two years after the Commission tabled its proposal": the text of the act before
            obj = out[-1].object
        if obj is not None and obj.iri is None and trig.pos == "verb" and not passive \
                and fold(obj.text).startswith(tuple(L.REMAINDERS)) and _category(obj, ctx) != "instrument":
            # "struck down two articles …, but it upheld the rest of the text": the rest of the text acted on before
            acted = next((g.object for g in reversed(out) if g.object is not None
                          and _category(g.object, ctx) == "instrument"), None)
            if acted is not None:
                obj = EntityRef(text=obj.text, span=obj.span, iri=acted.iri, kind=acted.kind)
        if obj is not None and obj.iri is None and obj.kind in PARTY_KINDS and obj.span is not None \
                and (fold(ctx.text[obj.span.start:obj.span.end]).split() or [""])[0] in L.DEFINITE_ARTICLES:
            # "had ordered Foodinho, …, to stop …, and fined the company": a party the reference data does not hold,
            # named before in the sentence
            earlier = [g.object for g in out if g.object is not None and g.object.kind in (None, *PARTY_KINDS)
                       and g.object.span is not None and g.object.span.end <= obj.span.start
                       and g.object.text[:1].isupper()]
            if earlier:
                obj = earlier[-1]
        if trig.pos == "noun" and agent is None and obj is None and its_text is not None:
            # "entered into force …, twenty days after its publication": "its" takes up the text of the sentence
            obj = its_text
            prior = out[-1] if out and out[-1].evidence == sent and out[-1].trigger_span.end <= cs else None
            if prior is not None and prior.governed is not None and prior.governed[0] <= cs < prior.governed[1] \
                    and (prior.modality != "realised" or prior.future) and trig.pos == "noun":
                # "will enter into force 20 days after its publication": the act it is counted from is to come too
                f.modality, f.future = "expected", False
        if trig.pos == "noun" and agent is None:
            # "In a ruling delivered on Thursday, the Court of Justice said that …": the act noun of a dated adjunct
            # opening the sentence is the act of the body that states its content in the main clause
            agent = _fronted_owner(doc, i, ctx, offset)
        if agent is None and trig.pos == "verb" and not passive and not themed and not text_theme(trig, ctx.lexicon):
            np = _np_before(doc, _subject_end(doc, _group_start(doc, i, cues))[0])
            if np is not None and _form(doc[np[0]]) in L.INDEFINITE_ARTICLES and np[1] - np[0] <= 3 \
                    and all(x.text.islower() for x in doc[np[0]:np[1]]):
                continue  # "a person refused a phone contract is entitled to …": someone, not a body, is the subject
            if np is not None and _form(doc[np[0]]) in L.SUBJECT_QUANTIFIERS and doc[np[1] - 1].text.islower() \
                    and not ctx.mentions_in(*_chars(doc, np[0], np[1], offset), "actor"):
                continue  # "Several US firms have signed the code": no particular body is the subject
        if trig.pos == "verb" and trig.top == "publication" and i > 0 and _past_form(_form(t)) \
                and ctx.linker.guess_kind(doc[i - 1].text, "en", "instrument") == _DECISION_KIND:
            continue  # "In a judgment delivered on 26 January": a court renders its decision, it hands over no report
        if trig.pos == "verb" and _form(t).endswith("ing") and i > 0 and doc[i - 1].text == "," and out \
                and out[-1].evidence == sent and out[-1].trigger_span.end <= cs \
                and ctx.lexicon.tops.get(out[-1].trigger.code) in (trig.top, "mise_en_demeure") \
                and not any(doc[k].text in (";", ":") for k in range(_clause_start(doc, i), i)) \
                and (agent is None or out[-1].agent is None or (agent.iri or agent.text) == (
                    out[-1].agent.iri or out[-1].agent.text)):
            # "issued enforcement notices to Serco …, ordering them to stop using …": a present participle set off
            # after an order tells what that order says, no second act
            continue
        if agent is None and trig.pos == "verb" and not passive and not text_theme(trig, ctx.lexicon) \
                and _bare_participle(doc, i, end, ctx, offset):
            continue  # "for the six companies designated last September": the participle describes the noun
        if agent is not None and agent.span is not None and trig.pos == "verb" and not passive \
                and _bare_participle(doc, i, end, ctx, offset) and any(
                    g.evidence == sent and g.trigger.pos == "verb" and agent.span.end <= g.trigger_span.start < cs
                    for g in out):
            # "struck down … the use of cameras introduced for the Games": past the verb its subject already told, a
            # participle right after a common noun describes the noun
            continue
        if agent is None and not (obj is not None and _category(obj, ctx) in ("instrument", "matter")
                                  and (trig.pos == "verb" or its_text is not None)):
            continue
        if trig.pos == "verb" and text_theme(trig, ctx.lexicon) and _scope_statement(doc, i, end, ctx, offset):
            continue  # "how the GDPR applies to language models": whom a text covers, not when it starts
        if themed and agent is None and trig.pos == "verb" and not passive and not text_theme(trig, ctx.lexicon) \
                and _text_provides(doc, i, end, ctx, offset):
            continue  # "The text drops mandatory detection orders": what a text provides, no act done to it
        if themed and agent is None and trig.pos == "verb" and not passive and takes_amount(trig, ctx.lexicon) \
                and obj is not None and obj.span is not None and obj.span.end <= cs:
            continue  # "Zalando's bid to escape the DSA … hit a wall": a text as subject of a sanction verb, no fine
        if agent is None and trig.pos == "verb" and not text_theme(trig, ctx.lexicon) and i > 1 \
                and _past_form(_form(t)) and end + 1 < len(doc) and _form(doc[end + 1]) in L.BASIS_PREPS \
                and doc[i - 1].text.isalpha() and doc[i - 1].text.islower() \
                and _form(doc[i - 1]) not in L.FUNCTION_WORDS:
            continue  # "automated decisions banned under EU law": a participle on a noun tells what the text provides
        if agent is None and trig.pos == "verb" and i > 0 and doc[i - 1].text == "," \
                and not (themed and _subject_end(doc, i)[1] is not None) \
                and not (passive and text_theme(trig, ctx.lexicon) and _category(obj, ctx) == "instrument"
                         and obj is not None and obj.span is not None and obj.span.end <= cs
                         and (obj.kind or ctx.linker.guess_kind(obj.text, "en", "instrument"))
                         not in {_DECISION_KIND, "report", "document"}):
            # "an inquiry, opened in 2018": a participle on a noun reports no act without its body; not so a text
            # whose relative clause ends at the comma ("The directive, which covers software, entered into force"),
            # nor what happens to the text before the comma ("The regulation, published in the Official Journal on
            # 12 July, …")
            continue
        if trig.pos == "verb" and not passive and obj is not None and takes_ground(trig, ctx.lexicon) \
                and obj.iri is None \
                and _names_act(obj.text, trig, ctx):
            # "imposed three fines totalling €20M on data brokers": the act noun is no party; the party follows
            # "on" after it, or is the target named before in the sentence ("adopted its decision against TikTok,
            # imposing fines totalling …"); a number before the noun counts the acts
            noun = next((k for k in range(end + 1, min(len(doc), end + 9)) if act_nouns.get(k) == trig.top), None)
            party = _party_after_noun(doc, noun, offset, ctx) if noun is not None else None
            obj = party or _target_before(doc, i, offset, ctx)
            val = parse_number(doc[noun - 1].text, "en") if noun is not None else None
            if val is not None and val == val.to_integral_value() and 2 <= val < 100000:
                f.count = int(val)
        if trig.pos == "noun" and obj is None and agent is not None and trig.top in negated:
            # "did not fine the city of Ghent …, choosing instead to issue a reprimand": the act it gets instead
            obj = negated[trig.top]
        elif trig.pos == "verb" and trig.rest and obj is None and agent is not None and negated and not passive:
            # "did not fine the company …, but it opened an investigation": a verb phrase without a party of its own
            # acts on the party of the negated act before it
            obj = list(negated.values())[-1]
        if obj is not None and obj.span is not None and len(obj.text.split()) == 1 \
                and fold(obj.text).endswith("ing") \
                and fold(ctx.text[obj.span.end:obj.span.end + 6]).split()[:1] == ["that"]:
            # "adopted an opinion on Tuesday warning that …": the participle reports its content
            obj = _reported_theme(doc, end + 1, offset, ctx)
        if trig.pos == "noun" and obj is None and agent is not None:
            obj = _content_party(doc, end + 1, offset, ctx) or _reported_theme(doc, end + 1, offset, ctx)
        if ruling:
            if agent is None or agent.kind not in COURT_KINDS or agent.span is None:
                continue  # "National rules require …", "the minister ruled": only a court rules
            beyond = _past_date(doc, end + 1, ctx, offset) if end + 1 < len(doc) else end + 1
            that = beyond if beyond < len(doc) and _form(doc[beyond]) in L.COMPLEMENTISERS else \
                end if _form(doc[end]) in L.COMPLEMENTISERS else None  # ("held that": the trigger holds it)
            if that is not None:
                obj = _clause_subject(doc, that + 1, offset, ctx)  # "ruled that national rules … go beyond …"
            elif _AFTER_COMMA.search(ctx.text[sent.start:agent.span.start]):
                # "National rules … go beyond what EU law allows, the top court ruled": the statement before it
                obj = _clause_subject(doc, 0, offset, ctx)
        if agent is not None and agent.iri is None:
            agent = _national_body(agent, ctx) or agent  # "Parliament" in a story about Italy
        if agent is not None and agent.iri is not None:
            agent = _institution_of(agent, ctx)  # "EU hits Apple with a fine": the Commission the clipping names
        if obj is not None and obj.iri is None and obj.span is not None:
            a0 = next((t.i for t in doc if t.idx + offset == obj.span.start), None)
            a1 = next((t.i + 1 for t in reversed(doc) if t.idx + offset < obj.span.end), None)
            if a0 is not None and a1 is not None and a0 + 1 < a1 and _form(doc[a0]) in L.REFERRAL_PREPS:
                # "sent its findings on Monday to three marketplaces": the addressee is the party, not "to …"
                obj = _entity(doc, a0 + 1, a1, offset, ctx, "object") or obj
                val = parse_number(doc[a0 + 1].text, "en")
                if val is not None and val == val.to_integral_value() and 2 <= val < 100000:
                    f.count = int(val)
        noun_at = end if trig.pos == "noun" else end + 1 if act_nouns.get(end + 1) == trig.top else None
        if noun_at is not None and f.count is None and obj is not None and obj.iri is None and obj.text.split() \
                and _form(doc[noun_at]).endswith("s") and not _form(doc[noun_at]).endswith("ss"):
            # "opened investigations into two more sites": a plural act noun, one act per party counted
            val = parse_number(obj.text.split()[0], "en")
            if val is not None and val == val.to_integral_value() and 2 <= val < 100000:
                f.count = int(val)
        f.agent, f.object = agent, obj
        f.object_span = obj.span if obj else None
        if clause > 0 and _form(doc[clause - 1]) in L.CLAUSE_BREAKS and clause + 1 < len(doc):
            # "did not fine the city, but on 3 March its chamber issued a reprimand": a date opening the clause after
            # "but" is the date of its acts, not of the negated act before the conjunction
            lead = doc[clause + 1] if _form(doc[clause]) in L.PREPOSITIONS else doc[clause]
            f.date = next((d for d in ctx.dates if d.start == lead.idx + offset and d.marker is None), None)
        if takes_ground(trig, ctx.lexicon):
            f.ground = _ground(doc, end + 1, offset, ctx)
            if f.ground is not None and f.requirement is not None and f.requirement.start <= f.ground.start \
                    and f.ground.end <= f.requirement.end:
                f.ground = None  # "compelled Acme to hand over its data": the preposition belongs to what is ordered
        if trig.pos == "verb" and f.count is None and obj is not None and obj.span is not None:
            # "opened three market investigations into …": the verb's object counts its own act nouns
            n0 = next((t.i for t in doc if t.idx + offset == obj.span.start), None)
            val = parse_number(doc[n0].text, "en") if n0 is not None else None
            if n0 is not None and val is not None and val == val.to_integral_value() and 2 <= val < 100000 \
                    and any(act_nouns.get(k) == trig.top for k in range(n0 + 1, min(len(doc), n0 + 4))):
                f.count = int(val)
        if trig.pos == "verb" and f.count is None and f.requirement is not None and obj is not None \
                and obj.iri is None and len(obj.text.split()) > 1 and not passive:
            # "ordered nine hospital groups to tighten …": an order to a counted plural party is one order each
            val = parse_number(obj.text.split()[0], "en")
            if val is not None and val == val.to_integral_value() and 2 <= val < 100000 \
                    and fold(obj.text.split()[-1]).endswith("s"):
                f.count = int(val)
        if trig.pos == "verb" and f.count is None and obj is not None and obj.iri is None and not passive:
            f.count = _counted_texts(obj.text, ctx)  # "adopted the ten legislative acts of …": one act, ten texts
        # count: a number right before a noun trigger ("21 sanctions and 147 formal notices")
        if trig.pos == "noun" and i > 0:
            k = i - 1
            while k > i - 3 and k > 0 and doc[k].text.isalpha() and doc[k].text.islower() \
                    and _form(doc[k]) not in L.FUNCTION_WORDS and parse_number(doc[k].text, "en") is None:
                k -= 1  # "three market investigations": over the modifiers of the noun
            val = parse_number(doc[k].text, "en")
            if k < i - 1 and doc[k].text.isdigit() and len(doc[k].text) == 4:
                val = None  # "its 2025 annual reports": a year
            if any(a.start <= doc[k].idx + offset < a.end for a in ctx.amounts):
                val = None  # "a 15 million euro fine": the number of an amount counts nothing
            if val is not None and val == val.to_integral_value() and 2 <= val < 100000:
                f.count = int(val)
        # modality
        # the verb group of an act noun is its support verb's ("is expected to hand TikTok a fine")
        anchor = doc[sup].idx + offset if sup is not None and doc[sup].idx + offset < cs else cs
        window = normalise(_undated(ctx, max(sent.start, anchor - 40), anchor), articles=False)  # "on 2 May": no modal
        # a time adjunct of the clause ("will be published … in the coming weeks") reaches past the object
        clause_end = min([sent.end] + [ce + k for k in (ctx.text.find(c, ce, sent.end) - ce for c in ";:")
                                       if k >= 0])
        after = normalise(_undated(ctx, ce, min(clause_end, ce + 80)), articles=False)
        # (not past a relative clause on the object: "sent reasoned opinions to 19 member states that have yet to
        # transpose the directive": the relative's hedge is its own)
        after_words = after.split()
        cut = next((k for k, w in enumerate(after_words) if w in L.SUBJECT_RELATIVES), None)
        if cut is not None:
            after = " ".join(after_words[:cut])
        words = window.split()
        for cue, mod in sorted(cues.items(), key=lambda kv: (_PRIORITY.get(kv[1], 9), kv[0])):
            if mod == "realised":
                continue
            hit = (" " in cue and f" {cue} " in f" {window} ") or any(_is_cue(w, {cue: mod}) for w in words[-4:])
            if not hit and mod == "expected" and " " in cue and f" {cue} " in f" {after} ":
                hit = True
            if hit and not (mod == "announced" and trig.pos == "noun"):
                if mod == "announced" and any(w in L.HAVE_FORMS for w in words[-3:]):
                    continue
                if mod == "announced" and cue in L.FUTURE_AUX and (passive or agent is None):
                    # "the act will be published", "will enter into force on …": scheduled, nobody announces it;
                    # as in French, a stated date makes it realised at that date, no date makes it expected (core)
                    f.future = True
                    break
                f.modality = mod
                break
        if hedge is not None and _PRIORITY.get(hedge[1], 9) < _PRIORITY.get(f.modality, 9):
            f.modality = hedge[1]  # "had provisionally proposed a £6.09 million penalty": a proposed sanction
        if f.modality == "expected" and trig.pos == "verb" and len(words) >= 3 and words[-1] in L.BACKSHIFTED_FUTURE \
                and words[-2] in L.SUBJECT_PRONOUNS and (words[-3] in L.REPORTING or (
                    len(words) >= 4 and words[-3] in L.REPORTED_THAT and words[-4] in L.REPORTING)):
            f.modality = "announced"  # "Acme said it would appeal": the reported "will" of the speaker's own act
        if any(w in L.FUTURE_AUX for w in words[-3:]):
            f.future = True
        if f.modality == "realised" and not f.future and trig.pos == "noun":
            # "A final vote by member states is expected in October": the act noun is the subject of a hedge
            be = next((j for j in range(end + 1, min(len(doc) - 1, end + 8))
                       if doc[j].text in _CUT or _form(doc[j]) in L.PRESENT_BE), None)
            if be is not None and doc[be].text not in _CUT:
                nxt = " ".join(_form(x) for x in doc[be + 1:be + 3])
                if any((" " in c and f"{nxt} ".startswith(f"{c} ")) or (" " not in c and _is_cue(_form(doc[be + 1]),
                                                                                                 {c: m}))
                       for c, m in cues.items() if m == "expected"):
                    f.modality = "expected"
        if f.modality == "realised" and not f.future and trig.pos == "verb" and _form(t).endswith("s") \
                and not _past_form(_form(t)) and not passive:
            np = _np_before(doc, _subject_end(doc, _group_start(doc, i, cues))[0])
            if np is not None and np[0] > 0 and _form(doc[np[0] - 1]) in L.PENDING_OPENERS:
                # "until the Council adopts the text": a present tense after these conjunctions tells an act
                # still to come
                f.modality = "expected"
        if coordinated and f.modality == "realised" and not f.future:
            f.modality, f.future = out[-1].modality, out[-1].future  # the auxiliary and hedges are shared too
        main = next((g for g in reversed(out) if g.evidence == sent and g.agent is not None and agent is not None
                     and g.agent.iri is not None and g.agent.iri == agent.iri and not g.extra_party
                     and g.trigger.pos == "verb"), None) \
            if trig.pos == "verb" and agent is not None and agent.kind in COURT_KINDS else None
        if main is not None and _disposes_of_referral(doc, i, end, clause, found, ctx):
            # "has upheld the fine, rejecting the company's appeal": how the court disposed of the case brought to it
            # is the same decision as the act told before; the participle, which names the referral, stands for it
            out.remove(main)
        f.governed = (cs, min(sent.end, ce + 120))
        if trig.pos == "verb" and not passive and not trig.rest and obj is not None and obj.span is not None \
                and text_theme(trig, ctx.lexicon):
            drafted = _draft_trigger(doc, trig, obj.span.end, ctx, offset)
            if drafted is not None:
                # "unveiled its Digital Omnibus, a package that would amend the GDPR": a text still to be passed
                # is made public as a proposal, the act of the verb's phrase with a draft noun ("unveil a proposal")
                f.trigger = drafted
        if f.modality == "realised" and not f.future and _relative_later(ctx.text[ce:sent.end]):
            # "36 months after that", "20 days later": counted from an act still to come
            prior = out[-1] if out else None
            if prior is not None and (prior.modality != "realised" or prior.future):
                f.modality, f.future = prior.modality, prior.future
        if trig.pos == "verb" and states_the_law(trig, ctx.lexicon) and f.agent is not None and any(
                g.evidence == sent and g.trigger.pos == "noun" and g.trigger.top == trig.top and g.agent is not None
                and g.agent.iri == f.agent.iri and g.trigger_span.end <= cs for g in out):
            continue  # "In a ruling on Thursday, the Court held that …": the adjunct's act noun already tells the act
        # "X and Y were both sent preliminary findings": the parties of a passive support verb too
        # a fine verb lists its parties with their amounts (below), unless no amount follows ("fined Meta and Apple")
        amount_after = any(a.start > cs for a in ctx.amounts if a.end <= sent.end)
        members = _coordinated_parties(obj, ctx) if obj is not None and (
            not takes_amount(trig, ctx.lexicon) or not amount_after) and (
            trig.pos == "verb" or dative_list or (sup is not None and _passive_support(doc, sup, clause))) else []
        if members:
            # "found TikTok and Meta in breach": one act per party named
            f.object, f.object_span = members[0], members[0].span
            out.append(f)
            out.extend(replace(f, object=m, object_span=m.span, extra_party=True) for m in members[1:])
        else:
            out.append(f)
            if trig.pos == "verb" and text_theme(trig, ctx.lexicon) and f.agent is None and f.object is not None \
                    and i > 0 and doc[i - 1].text != ",":
                # (not a fronted participle, "Published in … on 30 April, the act …", nor one set off after its text)
                out.extend(_gapped(doc, end, f, ctx, offset))
            elif trig.pos == "verb" and not passive and f.agent is not None and f.object is not None:
                gap = _dated_gap(doc, f, ctx, offset)
                if gap is not None:
                    out.append(gap)
        if also is not None and also.iri is not None and f.agent is not None and _category(also, ctx) == "actor" \
                and also.iri != f.agent.iri:
            out.append(replace(f, agent=_institution_of(also, ctx)))  # a known body only: "left-wing MPs" is none
        if trig.pos == "verb" and not passive and obj is not None and takes_amount(trig, ctx.lexicon):
            # "fined Google 325 million euros and Shein 150 million euros": one act per party, each with its amount
            pairs = _listed_parties(obj, ctx, ce if trig.rest else None)
            if pairs and f.ground is not None and f.ground.end > pairs[0][1]:
                # the first pair's ground stops before the link to the next party
                cut = ctx.text.rfind(" ", f.ground.start, pairs[0][1] - 1)
                f.ground = Span(f.ground.start, cut) if cut > f.ground.start else None
            for n, (party, at) in enumerate(pairs):
                # "fined Apple €500M for …, and Meta €200M over …": each pair's own ground, after its party
                k = next((j for j in range(i, len(doc)) if doc[j].idx + offset >= at + len(party.text)), len(doc))
                ground = _ground(doc, k, offset, ctx) if takes_ground(trig, ctx.lexicon) else None
                if ground is not None and n + 1 < len(pairs) and ground.start >= pairs[n + 1][1]:
                    ground = None
                out.append(replace(f, object=party, object_span=party.span, extra_party=True, ground=ground,
                                   governed=(at, f.governed[1] if f.governed else sent.end)))
        # the plural act noun of the trigger: the trigger itself, the end of a verb phrase ("imposed fines"), or the
        # object of a verb ("imposed two fines")
        plural = end if (trig.pos == "noun" or trig.rest) and _form(doc[end]).endswith("s") else next(
            (k for k in range(end + 1, min(len(doc), end + 6)) if k in act_nouns and _form(doc[k]).endswith("s")
             and not any(x.text in _CUT for x in doc[end + 1:k])), None) if trig.pos == "verb" else None
        if plural is not None and takes_amount(trig, ctx.lexicon) and f in out and not f.extra_party:
            # "imposed the first fines under the Act: €500M on Apple for …, and €200M on Meta for …": after a colon,
            # each amount with its party is one act
            pairs = _colon_parties(doc, plural, ctx, offset)
            if len(pairs) >= 2:
                f.object, f.object_span = pairs[0][0], pairs[0][0].span
                f.governed, f.count = (cs, pairs[1][1]), None  # "two fines: …": each act is one
                for n, (party, at) in enumerate(pairs[1:], 2):
                    hi = pairs[n][1] if n < len(pairs) else sent.end
                    out.append(replace(f, object=party, object_span=party.span, extra_party=True, governed=(at, hi)))
        if agent is not None:
            ctx.recent_agents.append(agent)
        elif obj is not None and _category(obj, ctx) == "instrument":
            ctx.recent_themes.append(obj)
        if obj is not None and obj.span is not None and _category(obj, ctx) == "instrument":
            ctx.recent_objects.append(obj)
        elif obj is not None and obj.span is not None and obj.kind in PARTY_KINDS:
            ctx.recent_parties.append(obj)
    for f in out:
        if f.via_noun and f.object is None:
            # "had adopted the Data Act, following the European Parliament's approval": the same act on the text of
            # the sentence
            f.object = next((g.object for g in out if g is not f and g.trigger.top == f.trigger.top
                             and g.object is not None and _category(g.object, ctx) == "instrument"), None)
    return out


def _colon_parties(doc: Doc, end: int, ctx: Context, offset: int) -> list[tuple[EntityRef, int]]:
    """The parties listed after a colon that follows the plural act noun ending at ``end`` ("the first fines under
    the Act: €500M on Apple for …, and €200M on Meta"): each amount right before a party preposition
    (``FINE_PARTY_PREPS``) and a capitalised name, with where the amount starts; [] when there is no colon."""
    colon = next((k for k in range(end + 1, len(doc)) if doc[k].text in _CUT and doc[k].text != ","), None)
    if colon is None or doc[colon].text not in L.LIST_INTRODUCERS:
        return []  # a colon or a dash ("its first fines under the DMA — EUR 500 million for Apple, …")
    lo = doc[colon].idx + offset
    stop = next((k for k in range(colon + 1, len(doc)) if doc[k].text in (";", ":", ".")), len(doc))
    hi = doc[stop - 1].idx + len(doc[stop - 1].text) + offset
    out: list[tuple[EntityRef, int]] = []
    for a in sorted(ctx.amounts, key=lambda a: a.start):
        if not (lo < a.start and a.end <= hi) or not a.is_fine_amount:
            continue
        k = next((j for j in range(colon + 1, stop) if doc[j].idx + offset >= a.end), None)
        if k is None or k + 1 >= stop or not doc[k + 1].text[:1].isupper() or not (
                _form(doc[k]) in L.FINE_PARTY_PREPS or _form(doc[k]) in L.GROUND_PREPS):
            continue
        np = _np_after(doc, k + 1)
        party = _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
        if party is not None and _form(doc[k]) not in L.FINE_PARTY_PREPS and party.kind not in PARTY_KINDS:
            continue  # "€500M for Apple": a ground preposition names a party only when it names a company
        if party is not None and party.span is not None:
            gap = fold(ctx.text[out[-1][0].span.end:a.start]) if out and out[-1][0].span is not None else None
            if gap is not None and all(w in L.AMOUNT_LIST_LINKS for w in re.findall(r"[\w']+|,", gap)):
                return []  # "€5m on Acme and €2m on Beta": a plain list, which the amounts rule of core reads
            out.append((party, a.start))
    return out


def _listed_parties(obj: EntityRef, ctx: Context, verb_end: int | None = None) -> list[tuple[EntityRef, int]]:
    """The further parties of a fine verb that lists party and amount pairs ("fined Google 325 million euros and
    Shein 150 million euros", "ordered Apple to pay €500M and Meta €200M", the verb ending at ``verb_end`` after
    its party): each named party with where it starts. The first pair may carry its ground up to a comma ("fined
    Apple €500M for …, and Meta €200M over …")."""
    out: list[tuple[EntityRef, int]] = []
    if obj.span is None:
        return out
    end = obj.span.end if verb_end is None or verb_end < obj.span.end else verb_end
    while True:
        amount = next((a for a in ctx.amounts if 0 <= a.start - end <= 2), None)
        if amount is None:
            return out
        nxt = next((a for a in sorted(ctx.amounts, key=lambda a: a.start) if amount.end < a.start <= amount.end + 60),
                   None)
        grounded = next((a for a in sorted(ctx.amounts, key=lambda a: a.start) if amount.end < a.start), None)
        if nxt is None and grounded is not None:
            gap = ctx.text[amount.end:grounded.start]
            lead = fold(gap).split()
            if lead and lead[0] in L.GROUND_PREPS and (gap.count(",") == 1 or _pair_link(gap) is not None) \
                    and not any(c in gap for c in _CUT - {","}):
                nxt = grounded  # "€500M for blocking …, and Meta €200M": a ground closed by a comma, then the list
        if nxt is None:
            return out
        between = ctx.text[amount.end:nxt.start]
        if fold(between).split()[:1] and fold(between).split()[0] in L.GROUND_PREPS:
            if between.count(",") == 1:
                between = between[between.index(","):]
            elif "," not in between and _pair_link(between) is not None:
                # "€500M over restrictions in the App Store and Meta €200M": the link before the last name
                between = between[_pair_link(between) or 0:]
        words = between.split()
        if len(words) < 2 or (fold(words[0]).strip(",") not in L.LIST_LINKS and words[0] != ","):
            return out
        name = between[between.index(words[1]):].strip()
        s = nxt.start - len(between) + between.index(words[1])
        named = name.split()
        k = len(named)
        while k > 0 and named[k - 1][:1].isupper():
            k -= 1
        if 0 < k < len(named) and name.endswith(" " + " ".join(named[k:])):
            # "and its sister company Free €15 million": the name closes a descriptive phrase
            s += len(name) - len(" ".join(named[k:]))
            name = " ".join(named[k:])
        if not name[:1].isupper() or any(c in name for c in ",;:()"):
            return out
        e = s + len(name)
        inside = ctx.mentions_in(s, e)
        iri = inside[0].iri if inside else ctx.linker.lookup(name)
        kind = ctx.linker.knowledge.entities[iri].kind if iri and iri in ctx.linker.knowledge.entities \
            else ctx.linker.guess_kind(name, "en")
        out.append((EntityRef(text=name, span=Span(s, e), iri=iri, kind=kind), s))
        end = e


def _pair_link(gap: str) -> int | None:
    """Where the list link starts that closes a ground phrase with no comma and opens the next party and amount
    pair ("over restrictions in the App Store and Meta" before "€200M"): the last link followed only by a few
    capitalised words, the name of the next party; None when there is none."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", gap)]
    for n in range(len(words) - 2, 0, -1):
        at, w = words[n]
        if fold(w) in L.LIST_LINKS:
            name = [x for _, x in words[n + 1:]]
            if 1 <= len(name) <= 4 and all(x[:1].isupper() for x in name):
                return at - 1 if at > 0 and gap[at - 1] == " " else at
            return None
    return None


def fold_restated(events: list[ExtractedEvent], knowledge: Knowledge,
                  rulings: frozenset[str] = frozenset()) -> list[ExtractedEvent]:
    """A fine told twice in one clipping (a headline "EU hits Apple with €500m fine", then the story): the same
    body, party and amount; the undated telling is dropped for the dated one. So is a court's statement of the law
    (concepts ``rulings``) told again undated after a dated one ("…, the top court ruled on Thursday. … the Court
    held that …"): one ruling. And an undated act with no body on a bare definite noun or on the same object, after
    the dated act of its type a body did ("The report passed by 78 votes to 41"): that act told again."""
    def ruling(ev: ExtractedEvent) -> str | None:
        et = knowledge.event_types.get(ev.type)
        if ev.agent is None or not ev.agent.iri or not (ev.type in rulings or (et and et.top_code in rulings)):
            return None
        return ev.agent.iri

    ruled = {ruling(ev) for ev in events if ev.date is not None} - {None}
    events = [ev for ev in events if ev.date is not None or ruling(ev) not in ruled]
    def key(ev: ExtractedEvent) -> tuple[str, str, str, Decimal] | None:
        et = knowledge.event_types.get(ev.type)
        if ev.amount is None or ev.agent is None or ev.object is None or not ev.agent.iri or not ev.object.iri:
            return None
        return (et.top_code if et else ev.type, ev.agent.iri, ev.object.iri, ev.amount)

    dated = {key(ev) for ev in events if ev.date is not None} - {None}
    events = [ev for ev in events if ev.date is not None or key(ev) not in dated]

    def top(ev: ExtractedEvent) -> str:
        et = knowledge.event_types.get(ev.type)
        return et.top_code if et else ev.type

    def taken_up(ev: ExtractedEvent) -> bool:
        # "… adopted their joint position on Thursday. The report passed by 78 votes to 41": an undated act with no
        # body, done to a bare definite noun ("the report") or to the same object, tells again the dated act of its
        # type a body did before
        if ev.agent is not None or ev.date is not None or ev.modality != "realised" or ev.object is None:
            return False
        words = fold(ev.object.text).split() if ev.object.iri is None else []
        bare = len(words) == 2 and words[0] in L.DEFINITE_ARTICLES
        return any(g is not ev and g.agent is not None and g.date is not None and top(g) == top(ev)
                   and g.trigger.end <= ev.trigger.start and (bare or (
                       g.object is not None and (g.object.iri or g.object.text) == (ev.object.iri or ev.object.text)))
                   for g in events)

    return [ev for ev in events if not taken_up(ev)]


_PARTS: dict[int, tuple[Knowledge, dict[str, frozenset[str]]]] = {}


def _parts(ctx: Context) -> dict[str, frozenset[str]]:
    """Bodies by the whole they are a part of (``org:subOrganizationOf`` in the reference data), per knowledge."""
    knowledge = ctx.linker.knowledge
    got = _PARTS.get(id(knowledge))
    if got is None or got[0] is not knowledge:
        acc: dict[str, set[str]] = {}
        for q in knowledge.reference:
            if q.predicate == V.ORG.subOrganizationOf and isinstance(q.object, ox.NamedNode) \
                    and isinstance(q.subject, ox.NamedNode):
                acc.setdefault(q.object.value, set()).add(q.subject.value)
        got = _PARTS[id(knowledge)] = (knowledge, {k: frozenset(v) for k, v in acc.items()})
    return got[1]


def _institution_of(agent: EntityRef, ctx: Context) -> EntityRef:
    """A whole named as the agent ("the EU", "the bloc") stands for the one part of it the clipping names ("…, the
    European Commission said"): the reference data says to prefer the institution when it is known."""
    parts = _parts(ctx).get(agent.iri or "")
    if not parts:
        return agent
    named = sorted({m.iri for m in ctx.mentions if m.category == "actor" and m.iri in parts})
    if len(named) != 1:
        return agent
    ent = ctx.linker.knowledge.entities.get(named[0])
    return EntityRef(text=agent.text, span=agent.span, iri=named[0], kind=ent.kind if ent else agent.kind)


def _names_act(text: str, trig: Trigger, ctx: Context) -> bool:
    """Whether the phrase ``text`` is headed by a noun of the act ``trig`` itself ("fines totalling …")."""
    words = [w for w in re.findall(r"[\w-]+", fold(text)) if w not in L.ARTICLES and w not in L.NUMBERS
             and not w.isdigit() and w not in L.SCALES and w not in L.CURRENCIES]  # "three fines", "a €290m fine"
    lex = ctx.lexicon.triggers.get("en", {})
    return bool(words) and any(tr.pos == "noun" and tr.top == trig.top and not tr.rest
                               for tr in lex.get(words[0], ()) or lex.get(words[0].rstrip("s"), ()))


def _source(doc: Doc, clause: int, i: int, offset: int, ctx: Context) -> EntityRef | None:
    """The body named as the source of the clause ("According to the CNIL, the company was fined …")."""
    lo, hi = doc[clause].idx + offset, doc[i].idx + offset
    low = fold(ctx.text[lo:hi])
    for phrase in L.SOURCE_PHRASES:
        at = low.find(phrase + " ")
        if at < 0:
            continue
        start = lo + at + len(phrase) + 1
        bodies = [m for m in ctx.mentions if m.category == "actor" and start <= m.start < start + 6 and m.end <= hi]
        return ctx.ref(bodies[0]) if bodies else None
    return None


def _party_after_noun(doc: Doc, n: int, offset: int, ctx: Context) -> EntityRef | None:
    """The party of the act noun at ``n``, after "on", "against", "into" past its amount ("fines totalling €20M on
    data brokers", "an investigation into Acme"), within the clause."""
    for k in range(n + 1, min(len(doc), n + 10)):
        if doc[k].text in _CUT or _form(doc[k]) in L.COORDINATORS:
            return None
        if _form(doc[k]) in L.NOUN_PARTY_PREPS:
            np = _np_after(doc, k + 1)
            if np is None:
                return None
            e = next((j for j in range(np[0] + 1, np[1]) if _form(doc[j]) in L.AGENT_PREPS), np[1])
            return _entity(doc, np[0], e, offset, ctx, "object")  # "on Clearview AI by the Garante": the party
    return None


def _challenger(doc: Doc, s: int, offset: int, ctx: Context) -> EntityRef | None:
    """The party of an act noun that a party's challenge is against: "Google's appeal against | the €50 million fine
    imposed by the CNIL" (the party that challenges a fine is the one fined), or None. A name the reference data
    does not hold, with no head noun of a body, is that party too ("Grindr's appeal against …")."""
    if s > 1 and doc[s - 1].text == ")":
        # "against a NOK 65 million (about €5.8 million) | fine": back over the bracket and the amount before it
        j = next((j for j in range(s - 2, max(0, s - 9), -1) if doc[j].text == "("), None)
        while j is not None and j > 1 and _form(doc[j - 1]) not in L.TARGET_PREPS and j > s - 16 and (
                doc[j - 1].like_num or _form(doc[j - 1]) in L.ARTICLES or _form(doc[j - 1]) in L.SCALES
                or _form(doc[j - 1]) in L.CURRENCIES or doc[j - 1].text.isupper()):
            j -= 1
        s = j if j is not None else s
    if s < 4 or _form(doc[s - 1]) not in L.TARGET_PREPS:
        return None
    k = s - 2
    while k > 0 and k > s - 4 and doc[k].text.isalpha() and doc[k].text.islower():
        k -= 1  # over the challenge noun ("appeal", "legal challenge")
    if k == s - 2 or doc[k].text not in ("'s", "’s"):
        return None
    np = _np_before(doc, k)
    party = _entity(doc, np[0], np[1], offset, ctx, "actor") if np else None
    j = k
    while j > 0 and j > k - 4 and doc[j - 1].text[:1].isupper() and _is_word(doc[j - 1].text):
        j -= 1
    if (party is None or party.kind not in PARTY_KINDS) and j < k and not ctx.mentions_in(*_chars(doc, j, k, offset)) \
            and ctx.linker.guess_kind(doc[j:k].text, "en", "actor") is None:
        cs, ce = _chars(doc, j, k, offset)
        return EntityRef(text=ctx.text[cs:ce].strip(), span=Span(cs, ce), iri=None, kind=min(PARTY_KINDS))
    return party if party is not None and party.kind in PARTY_KINDS else None


def _target_before(doc: Doc, i: int, offset: int, ctx: Context) -> EntityRef | None:
    """The party of "… against TikTok …, imposing fines": the last "against" phrase before ``i``."""
    for k in range(i - 1, -1, -1):
        if _form(doc[k]) in L.TARGET_PREPS:
            np = _np_after(doc, k + 1)
            return _entity(doc, np[0], np[1], offset, ctx, "object") if np else None
    return None


def _ground(doc: Doc, start: int, offset: int, ctx: Context) -> Span | None:
    """What a sanction or an order is for: "fined … for transferring drivers' data to US servers", "a fine over
    child data breaches"; not a party ("fines for Google") nor a duration ("for three months")."""
    depth = 0
    for k in range(start, min(len(doc), start + 25)):
        tx = doc[k].text
        depth += tx == "("
        depth -= tx == ")"
        if depth > 0:
            continue
        if tx in (";", ":", ".") or _form(doc[k]) in L.RELATIVES:
            return None
        if _form(doc[k]) in L.GROUND_CLAUSE_PREPS and k + 3 < len(doc) and _form(doc[k + 1]).endswith("ing") \
                and _form(doc[k + 2]) in L.REPORTED_THAT:
            # "fined Acme …, after finding that it had failed to …": the finding the act rests on
            e = k + 3
            while e < len(doc) and doc[e].text not in _CUT and _form(doc[e]) not in L.RELATIVES:
                e += 1
            if e > k + 4:
                s0, e0 = _chars(doc, k, e, offset)
                return Span(s0, e0)
            return None
        if _form(doc[k]) not in L.GROUND_PREPS or k + 1 >= len(doc):
            continue
        nxt = doc[k + 1]
        pos = nxt.idx + offset
        if nxt.like_num or _form(nxt) in L.NUMBERS or any(m.category == "actor" and m.start <= pos < m.end
                                                            for m in ctx.mentions):
            continue
        e = k + 1
        while e < len(doc) and doc[e].text not in _CUT and _form(doc[e]) not in L.RELATIVES:
            d = next((d for d in ctx.dates if d.start == doc[e].idx + offset), None)
            if d is not None and not (e > k + 1 and _form(doc[e - 1]) in L.ARTICLES):
                break
            # "over the October 2024 cyber attack": a date after a determiner modifies the noun
            e += 1
            while d is not None and e < len(doc) and doc[e].idx + offset < d.end:
                e += 1
        while e > k + 2 and _form(doc[e - 1]) in L.PREPOSITIONS:
            e -= 1  # "for unlawful tracking | on 3 May": the preposition of the date left out
        if e > k + 1:
            s0, e0 = _chars(doc, k, e, offset)
            return Span(s0, e0)
    return None


def _to_infinitive(doc: Doc, start: int, verb: bool = False) -> int | None:
    """The "to" of the infinitive an order governs, from ``start`` within its clause ("ordered Foodinho, the
    Italian unit of Glovo, to stop …"; "was ordered to suspend …"), or None ("ordered a review of …")."""
    for k in range(start, min(len(doc) - 1, start + 16)):
        tx = doc[k].text
        if tx in (";", ":", ".") or _form(doc[k]) in L.RELATIVES or (
                _form(doc[k]) in L.COORDINATORS and k > start and doc[k - 1].text == ","):
            return None  # ", and fined …": the next clause
        nxt = doc[k + 1]
        if _form(doc[k]) in L.INFINITIVE and nxt.text.isalpha() and nxt.text.islower() \
                and _form(nxt) not in L.ARTICLES and _form(nxt) not in L.PREPOSITIONS and _form(nxt) not in L.NUMBERS:
            # a verb takes a determined object, a preposition, a gerund or nothing ("to stop its …", "to comply with
            # …", "to stop processing …"); "notices to local authorities" is an addressee
            after = _form(doc[k + 2]) if k + 2 < len(doc) else "."
            # after an order verb and its party, "to" + a word is the infinitive ("ordered the city to delete
            # recordings"); after an act noun it may be an addressee ("notices to local authorities")
            return k if after in L.ARTICLES or after in L.PREPOSITIONS or after in L.OBJECT_PRONOUNS \
                or after in L.QUANTIFIER_DETERMINERS \
                or after in _CUT or after.endswith("ing") or (verb and k > start and doc[k + 2].text.isalpha()
                                                             and doc[k + 2].text.islower()) else None
    return None


def _requirement(doc: Doc, start: int, offset: int, ctx: Context) -> Span | None:
    """What an order requires, from the verb of its infinitive at ``start`` to the end of the phrase, cut as a ground
    is: "improve its privacy policy and age checks", "stop its violations" (", under penalty …" is left out)."""
    e = start
    while e < len(doc) and doc[e].text not in _CUT and _form(doc[e]) not in L.RELATIVES \
            and not any(d.start == doc[e].idx + offset for d in ctx.dates):
        e += 1
    while e > start + 1 and _form(doc[e - 1]) in L.PREPOSITIONS:
        e -= 1  # "… outside the EU | by 9 December 2024": the preposition of the date left out
    if e == start:
        return None
    s0, e0 = _chars(doc, start, e, offset)
    return Span(s0, e0)


def _group_start(doc: Doc, i: int, cues: dict[str, str]) -> int:
    """Start of the verb group of the verb at ``i``: back over auxiliaries, modals, "to", adverbs and cues
    ("has been", "is expected to be", "will", "already")."""
    k = i
    while k > 0 and k > i - 6:
        w = _form(doc[k - 1])
        if not (w in L.BE_FORMS or w in L.HAVE_FORMS or w in L.FUTURE_AUX or w in L.INFINITIVE
                or w in L.ADVERBS or _is_cue(w, cues)
                or ((w in L.FLOATING_QUANTIFIERS or (w.endswith("ly") and len(w) > 4)) and k > 1
                    and _form(doc[k - 2]) in L.BE_FORMS | L.HAVE_FORMS | L.FUTURE_AUX)):  # "was largely upheld"
            break
        k -= 1
    return k


def _is_cue(word: str, cues: dict[str, str]) -> bool:
    """Whether ``word`` is an inflected form of a one-word cue ("intends", "planned", "expected")."""
    if word in cues:
        return True
    for ending in L.VERB_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if stem in cues or stem + "e" in cues or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in cues):
                return True
    return False


def _relative_later(text: str) -> bool:
    words = " " + " ".join(re.findall(r"[\w']+", fold(text))) + " "
    return any(f" {w} " in words for w in L.LATER)


def _pronoun_text(doc: Doc, i: int, ctx: Context, offset: int) -> EntityRef | None:
    """The text a subject "it" takes up, when a text was named after the last body that could be the subject."""
    k, _ = _subject_end(doc, i)
    if k == 0 or _form(doc[k - 1]) not in L.NEUTER_PRONOUNS or (k > 1 and doc[k - 2].text not in _CUT
                                                                  and _form(doc[k - 2]) not in L.CLAUSE_STARTS):
        return None
    pos = doc[k - 1].idx + offset
    texts = sorted((t for t in ctx.recent_themes + ctx.recent_objects if t.span is not None and t.span.end <= pos),
                   key=lambda t: t.span.start if t.span else 0)
    if not texts:
        return None
    bodies = [m for m in ctx.mentions if m.category == "actor" and m.end <= pos and not ctx.in_pp(m)]
    last = texts[-1]
    if bodies and last.span is not None and bodies[-1].start > last.span.start:
        return None
    return last


def _negative_subject(doc: Doc, clause: int, i: int) -> bool:
    """A subject with a negative determiner denies the act of its verb: "no law has yet been passed", "neither
    court has ruled" (one noun after the determiner, then only auxiliaries and adverbs up to the trigger); so does
    a negative pronoun with "of" ("none of the organisations was fined")."""
    aux = L.BE_FORMS | L.HAVE_FORMS | L.MODALS | L.FUTURE_AUX | L.ADVERBS | L.NEGATIVE_SCOPE_ADVERBS
    for k in range(i - 2, max(clause, i - 8) - 1, -1):
        if _form(doc[k]) in L.NEGATIVE_DETERMINERS and all(_form(x) in aux for x in doc[k + 2:i]):
            return True
        # (a noun of a few words, "no Act of Parliament", and an adverb in "-ly": "specifically authorises")
        if _form(doc[k]) in L.NEGATIVE_DETERMINERS and any(
                all(x.is_alpha and _form(x) not in aux for x in doc[k + 1:m])
                and all(_form(x) in aux or (_form(x).endswith("ly") and len(x) > 4) for x in doc[m:i])
                for m in range(k + 2, min(i, k + 5) + 1)):
            return True
    for k in range(max(clause, i - 9), i - 3):
        # "None of the organisations was fined": a negative pronoun, "of" and a short noun phrase as subject
        if _form(doc[k]) in L.NEGATIVE_PARTITIVES and _form(doc[k + 1]) in L.GENITIVE_PREPS:
            verb = next((j for j in range(k + 3, i) if _form(doc[j]) in aux), None)
            if verb is not None and verb - k <= 6 and all(_form(x) in aux for x in doc[verb:i]) \
                    and not any(x.text in _CUT for x in doc[k:verb]):
                return True
    return False


def _deadlines(doc: Doc) -> dict[int, tuple[int, int]]:
    """Verbs that grant a party a duration to act: "gave the platform three months to bring …".

    Maps the verb's index to the token range of the party (between the verb and the duration)."""
    out: dict[int, tuple[int, int]] = {}
    for t in doc:
        if _form(t) in L.HAVE_FORMS and t.i + 3 < len(doc) and (doc[t.i + 1].like_num or _form(doc[t.i + 1])
                                                                 in L.NUMBERS) \
                and _form(doc[t.i + 2]) in L.DURATION_UNITS and _form(doc[t.i + 3]) in L.INFINITIVE:
            # "Meta has five months to suspend future transfers": the time granted, told from the party's side (its
            # subject); the act is the order of the body that acted last (``frames``)
            np = _np_before(doc, t.i)
            if np is not None:
                out[t.i] = np
            continue
        if _form(t) not in L.DEADLINE_GRANTS:
            continue
        k = t.i + 1
        while k < len(doc) and k < t.i + 8 and not (doc[k].like_num or _form(doc[k]) in L.NUMBERS) \
                and doc[k].text not in _CUT:
            k += 1
        if k + 2 >= len(doc) or doc[k].text in _CUT:
            continue
        if k == t.i + 1:
            # "The company was given three months to comply": in the passive the party is the subject
            be = t.i - 1
            while be > 0 and (_form(doc[be]) in L.ADVERBS or _form(doc[be]) in L.PERFECT_BE):
                be -= 1
            np = _np_before(doc, be) if be > 0 and _form(doc[be]) in L.BE_FORMS else None
            if np is not None and _form(doc[k + 1]) in L.DURATION_UNITS and _form(doc[k + 2]) in L.INFINITIVE:
                out[t.i] = np
            continue
        if all(_form(doc[j]) in L.REFLEXIVES for j in range(t.i + 1, k)):
            # "gave itself twelve months to conclude": a time limit the body sets itself binds no party
            continue
        if _form(doc[k + 1]) in L.DURATION_UNITS and _form(doc[k + 2]) in L.INFINITIVE:
            out[t.i] = (t.i + 1, k)
    return out


def _recorded_act(doc: Doc, sup: int, ctx: Context, offset: int) -> tuple[EntityRef, EntityRef | None] | None:
    """Agent and party of acts that a text recording an act holds ("The decision, notified to LinkedIn on 22
    October, also includes a reprimand"): the body whose act it records (the last body that acted) and the
    party named last before it; None when the subject is no record of an act."""
    k, _ = _subject_end(doc, sup)
    np = _np_before(doc, k)
    if np is None:
        return None
    cs, ce = _chars(doc, np[0], np[1], offset)
    if ctx.linker.guess_kind(ctx.text[cs:ce], "en", "instrument") not in ACT_RECORD_KINDS \
            and not (_containing_phrase(doc, sup) and any(
                tr.pos == "noun" for tr in ctx.lexicon.triggers.get("en", {}).get(_form(doc[np[1] - 1]), ()))):
        return None  # a record of an act, or an act noun that comes with a further act ("The fine comes with …")
    bodies = [a for a in ctx.recent_agents if a.kind not in ("company", "person")]
    if not bodies:
        return None
    agent = bodies[-1]
    parties = [m for m in ctx.mentions if m.category == "actor" and m.end <= doc[sup].idx + offset
               and (m.iri or m.text) != (agent.iri or agent.text)]
    named = [m for m in parties if m.kind in ("company", "person")] or parties
    return agent, (ctx.ref(named[-1]) if named else None)


def _containing_phrase(doc: Doc, sup: int) -> bool:
    """Whether the verb at ``sup`` opens a phrase by which an act holds a further act ("comes with")."""
    return any([_form(x) for x in doc[sup:sup + len(p.split())]] == p.split() for p in L.CONTAINING_PHRASES)


def _described_text(theme: EntityRef, ctx: Context) -> EntityRef | None:
    """The text a description of a text takes up ("Europe's new rules apply from Friday. The Media Act …"):
    the last text of its kind named before, else the first text named after it in the next sentence."""
    if theme.iri is not None or theme.span is None:
        return None
    words = theme.text.split()
    if any(c.isdigit() for c in theme.text) or (theme.kind is not None and any(w[:1].isupper() for w in words[1:])):
        return None  # a title written out, not a description
    back = ctx.text_antecedent(theme.kind, theme.span.start) if theme.kind is not None else None
    if back is not None and back.iri is not None:
        return back
    spans = sentences(ctx.text, ctx.lang)
    k = next((n for n, (a, b) in enumerate(spans) if a <= theme.span.start < b), None)
    if k is None:
        return None
    hi = spans[k + 1][1] if k + 1 < len(spans) else spans[k][1]
    ahead = [m for m in ctx.mentions if m.category == "instrument" and theme.span.end <= m.start and m.end <= hi]
    same = [m for m in ahead if m.kind == theme.kind]
    pick = (same or ahead)[:1]
    return ctx.ref(pick[0]) if pick else None


def _in_adjunct(doc: Doc, i: int, end: int, ctx: Context, offset: int) -> bool:
    """Whether the act noun at ``i`` is the complement of a preposition, with neither date nor amount of its own:
    background of another act ("at the end of a two-year inquiry by the DPC"), not an act reported."""
    k = i - 1
    while k >= 0 and k >= i - 5 and (_form(doc[k]) in L.ARTICLES or _form(doc[k]) in L.NOUN_MODIFIERS
                                      or doc[k].like_num or doc[k].text == "-"
                                      or (doc[k].text.isalpha() and doc[k].text.islower()
                                          and _form(doc[k]) not in L.PREPOSITIONS)):
        k -= 1
    if k < 0 or k == i - 1 or _form(doc[k]) not in L.PREPOSITIONS or _form(doc[k]) in L.AGENT_PREPS:
        return False
    lo = doc[k].idx + offset
    stop = next((t.idx for t in doc[end + 1:] if t.text in _CUT), None)
    hi = (stop + offset) if stop is not None else doc[len(doc) - 1].idx + len(doc[len(doc) - 1].text) + offset
    return not (any(lo <= d.start < hi for d in ctx.dates) or any(lo <= a.start < hi for a in ctx.amounts))


def _act_head(text: str, trig: Trigger, ctx: Context) -> Trigger | None:
    """The specific act a catch-all light verb makes when its object is headed by an act noun of another type
    ("Expérimentation de … was launched", "the facial recognition trial was launched"): the first word after the
    determiners, or the last word before the first preposition, read in any language of the lexicon."""
    from .lang import LANGS

    if not is_catch_all(trig, ctx.lexicon):
        return None
    arts = {fold(a).rstrip("'") for mod in LANGS.values() for a in mod.ARTICLES}
    preps = {fold(p) for mod in LANGS.values() for p in mod.PREPOSITIONS}
    words = [w for w in re.findall(r"[\w-]+", fold(text).replace("'", " "))]
    while words and words[0] in arts:
        words = words[1:]
    if not words:
        return None
    cut = next((k for k, w in enumerate(words) if w in preps), len(words))
    heads = [words[0]] + ([words[cut - 1]] if cut > 0 else [])
    for head in heads:
        for lang in sorted(ctx.lexicon.triggers):
            for tr in ctx.lexicon.triggers[lang].get(head, ()) or ctx.lexicon.triggers[lang].get(head.rstrip("s"), ()):
                if tr.pos == "noun" and not tr.rest and not is_catch_all(tr, ctx.lexicon):
                    return tr
    return None


def _undated(ctx: Context, lo: int, hi: int) -> str:
    """The text between ``lo`` and ``hi`` with its date phrases blanked (the month "May" is no modal), and the
    letters of the bodies' names masked, word for word ("Advocate General Szpunar delivered his opinion": a word of a
    name is no cue)."""
    chars = list(ctx.text[lo:hi])
    for m in ctx.mentions:
        if m.category != "actor":
            continue
        for p in range(max(lo, m.start), min(hi, m.end)):
            if chars[p - lo].isalpha():
                chars[p - lo] = "x"
    for d in ctx.dates:
        for p in range(max(lo, d.start), min(hi, d.end)):
            chars[p - lo] = " "
    return "".join(chars)


def _is_word(text: str) -> bool:
    """Letters, possibly with apostrophes and hyphens ("d'État", "Jean-Marc"): a word, not a number or a sign."""
    return re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text) is not None


def _past_form(form: str) -> bool:
    """A past tense or participle ("entered", "became"): a verb after a number or a bracket, never a noun."""
    irregular = {f for forms in L.IRREGULAR.values() for f in forms if not f.endswith(("s", "ing"))}
    return form.endswith("ed") or form in irregular


def _counted_texts(text: str, ctx: Context) -> int | None:
    """The number of texts a plural object counts ("the ten legislative acts of …", "three decrees"): a number, at
    most three modifiers and a plural noun whose singular is a head noun of a text; None otherwise."""
    words = fold(text).split()
    if words and words[0] in L.ARTICLES:
        words = words[1:]
    if len(words) < 2:
        return None
    val = parse_number(words[0], "en")
    if val is None or val != val.to_integral_value() or not 2 <= val < 1000:
        return None
    heads = _text_heads(ctx)
    for w in words[1:5]:
        if w in L.PREPOSITIONS or w in L.RELATIVES:
            break
        if w.endswith("s") and not w.endswith("ss") and (w[:-1] in heads or (w[:-2] in heads and w.endswith("es"))):
            return int(val)
    return None


_PLACES: list[tuple[Knowledge, frozenset[str]]] = []


def _all_places(knowledge: Knowledge) -> frozenset[str]:
    """The country names and adjectives of every reference entity, folded (computed once per knowledge)."""
    if not _PLACES or _PLACES[0][0] is not knowledge:
        _PLACES[:] = [(knowledge, frozenset(fold(p) for e in knowledge.entities.values() for p in e.places))]
    return _PLACES[0][1]


def _foreign_place(ctx: Context, sent: Span) -> None:
    """Unlinks, in the sentence ``sent``, each known body whose name is preceded by a place its own place data
    contradicts: a proper-noun possessor that is no known body ("Hamburg's data protection commissioner" is not
    Ireland's "Data Protection Commissioner") or another country's adjective ("the German data protection
    commissioner"). The mention becomes an unknown body of the same kind, named with its place."""
    knowledge = ctx.linker.knowledge
    for n, m in enumerate(ctx.mentions):
        if m.iri is None or m.category != "actor" or not sent.start <= m.start < sent.end:
            continue
        ent = knowledge.entities.get(m.iri)
        if ent is None or not ent.places:
            continue
        own = {fold(p) for p in ent.places}
        if re.match(r" [A-Z]", ctx.text[m.end:m.end + 2]):
            continue  # "Slovakia's information commissioner OOU": a description of the body named after it
        before = ctx.text[max(sent.start, m.start - 60):m.start]
        hit = re.search(r"((?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)(?:'s|’s)? $", before)
        if hit is None:
            continue
        place = hit.group(1)
        words = [fold(w) for w in place.split()]
        possessive = hit.group(0).rstrip().endswith(("'s", "’s"))
        if any(w in own for w in words) or any(
                o.end == m.start - len(hit.group(0)) + len(place) for o in ctx.mentions if o.category == "actor"):
            continue
        if not possessive and not any(w in _all_places(knowledge) for w in words):
            continue  # "the Data Protection Commission": a capitalised word that names no place
        if possessive and any(o.start <= m.start - len(hit.group(0)) < o.end for o in ctx.mentions):
            continue  # "Meta's …": the possessor is a known name
        start = m.start - len(hit.group(0))
        ctx.mentions[n] = replace(m, start=start, text=ctx.text[start:m.end], iri=None)


def _act_subject(doc: Doc, np: tuple[int, int] | None, ctx: Context) -> bool:
    """Whether the phrase ``np`` is a definite article and a noun that takes up an act told before ("the
    decision", "the ruling": ``vg:anaphoricNoun`` of vg:Event, or an act noun of the event types)."""
    if np is None or np[1] - np[0] != 2 or _form(doc[np[0]]) not in L.DEFINITE_ARTICLES:
        return False
    noun = fold(doc[np[0] + 1].text)
    return noun in ctx.lexicon.act_anaphors.get("en", set()) or any(
        tr.pos == "noun" and not tr.rest for tr in ctx.lexicon.triggers.get("en", {}).get(noun, []))


def _appositive_participle(doc: Doc, i: int, end: int, ctx: Context, offset: int) -> bool:
    """Whether the past form at ``i`` ends a noun phrase set off by a comma and opened by an article, with a
    preposition other than "by" after it (", the camera software first tested around the Olympics"): a reduced
    relative that describes the noun, not the act of a subject (an active verb takes its object there; a body
    before an intransitive verb is its subject: ", the labour court ruled on Monday"); so does a past form after a
    noun phrase a finite "be" predicates ("Norrvik is not the first Swedish council sanctioned over cameras")."""
    if not _past_form(_form(doc[i])) or end + 1 >= len(doc) or _form(doc[end + 1]) in L.AGENT_PREPS \
            or (_form(doc[end + 1]) not in L.PREPOSITIONS and _form(doc[end + 1]) not in L.ADJUNCT_PREPS):
        return False
    k = i - 1
    while k > 0 and _form(doc[k]) in L.PARTICIPLE_ADVERBS:
        k -= 1
    # "Norrvik is not the first Swedish council sanctioned over …": a noun phrase after a finite "be" is what the
    # subject is; the participle after it describes it
    a = next((j for j in range(k, max(0, k - 6), -1) if _form(doc[j]) in L.ARTICLES), None)
    if a is not None and a > 0 and all(doc[j].text.isalpha() and (_form(doc[j]) not in L.FUNCTION_WORDS
                                                                  or _form(doc[j]) in L.PERIOD_ORDINALS)
                                       for j in range(a + 1, k + 1)):
        b = a - 1 - (a > 1 and _form(doc[a - 1]) in L.NEGATIONS)
        if _form(doc[b]) in L.FINITE_BE and doc[b].text.islower():
            return True
    n = 0
    while k > 0 and n < 4 and doc[k].text.isalpha() and doc[k].text.islower() \
            and _form(doc[k]) not in L.FUNCTION_WORDS and _form(doc[k]) not in L.ARTICLES \
            and _form(doc[k]) not in L.PREPOSITIONS:
        k -= 1
        n += 1
    # "In March, the council voted on …", "Published on 2 May, the regulation entered …": after a fronted adjunct
    # the phrase is the subject of the main clause
    opener = _form(doc[0])
    if not (n > 0 and k > 0 and _form(doc[k]) in L.DEFINITE_ARTICLES and doc[k - 1].text == ","
            and opener not in L.PREPOSITIONS and not _past_form(opener) and not opener.endswith("ing")):
        return False
    head = i - 1
    while head > k and _form(doc[head]) in L.PARTICIPLE_ADVERBS:
        head -= 1
    return _category(_entity(doc, k, head + 1, offset, ctx, "actor"), ctx) != "actor"


def _date_comma(doc: Doc, k: int) -> bool:
    """Whether the comma at ``k`` closes the year of a month-day-year date ("on May 2, 2025, fined"): the comma the
    style sets after the year, no clause boundary."""
    return k >= 4 and doc[k].text == "," and doc[k - 1].like_num and len(doc[k - 1].text) == 4 \
        and doc[k - 2].text == "," and doc[k - 3].like_num and _form(doc[k - 4]).rstrip(".") in L.MONTHS


def _forms_before(doc: Doc, i: int) -> list[str]:
    """The folded words of the sentence before token ``i``."""
    return [_form(x) for x in doc[:i]]


def _demonstrative(doc: Doc, k: int) -> bool:
    """Whether "that" at ``k`` is a determiner ("annulled that order in 2019", "upheld that decision."), not a
    complementiser or a relative: one noun follows it, then a preposition, a punctuation mark or the end."""
    if _form(doc[k]) not in L.DEFINITES or k + 1 >= len(doc):
        return False
    noun = doc[k + 1]
    if not noun.text.isalpha() or not noun.text.islower() or _form(noun) in L.FUNCTION_WORDS \
            or _form(noun) in L.ARTICLES or _form(noun) in L.SUBJECT_PRONOUNS \
            or (_form(doc[k]) in L.REPORTED_THAT and noun.text.endswith("s") and not noun.text.endswith("ss")):
        return False  # "warned that firms in the sector …": "that" takes a singular noun
    return k + 2 >= len(doc) or doc[k + 2].text in _CUT or _form(doc[k + 2]) in L.PREPOSITIONS


def _thing_relative(doc: Doc, i: int, clause: int, offset: int, ctx: Context) -> bool:
    """Whether the verb at ``i`` opens a relative clause whose subject is the relative pronoun right before it (its
    auxiliaries and adverbs between) and whose antecedent names no body ("the mandatory scanning of messages that
    had blocked talks"): that clause tells no act of an institution."""
    k = i - 1
    while k > clause and (_form(doc[k]) in L.HAVE_FORMS or _form(doc[k]) in L.ADVERBS
                          or _form(doc[k]) in L.MODALS or _form(doc[k]) in L.FUTURE_AUX):
        k -= 1
    if k <= clause + 1 or _form(doc[k]) not in L.SUBJECT_RELATIVES:
        return False
    e = k - 1 if doc[k - 1].text == "," else k
    np = _np_before(doc, e)
    if np is None or np[1] - np[0] < 1:
        return False
    det = max((j for j in range(np[0], np[1]) if _form(doc[j]) in L.ARTICLES), default=None)
    np = (det, np[1]) if det is not None else np  # "dropped | the upload filters that …": from its determiner
    lo, hi = _chars(doc, np[0], np[1], offset)
    if ctx.mentions_in(lo, hi, "actor") or any(m.category == "actor" and m.start < hi <= m.end for m in ctx.mentions):
        return False
    last = doc[np[1] - 1]
    if not last.text.isalpha() or not last.text.islower():
        return False  # a name (a body the reference data does not hold): the clause may tell its act
    if _form(last).endswith(L.AGENT_NOUN_ENDINGS):
        return False  # "the lawmakers who passed it", "the officials who": people, who may act for a body
    return ctx.linker.guess_kind(doc[np[0]:np[1]].text, "en", "actor") is None


def _bare_participle(doc: Doc, i: int, end: int, ctx: Context | None = None, offset: int = 0) -> bool:
    """Whether the past participle at ``i`` follows a common noun directly, with a preposition or a punctuation
    mark right after it and no "by" agent ("the first charges brought under the Act", "a complaint filed in 2019");
    not an active verb with its object ("noyb filed a complaint"). With ``ctx``, a date phrase may follow it too
    ("the six companies designated last September")."""
    if i < 1 or not _past_form(_form(doc[i])):
        return False
    prev = doc[i - 1]
    if not prev.text.isalpha() or not prev.text.islower() or _form(prev) in L.FUNCTION_WORDS \
            or _form(prev) in L.ARTICLES or _form(prev) in L.PREPOSITIONS or _form(prev) in L.RELATIVES:
        return False
    dated = ctx is not None and i + 1 < len(doc) and any(
        d.start <= doc[i + 1].idx + offset < d.end for d in ctx.dates)
    if end > i or (i + 1 < len(doc) and doc[i + 1].text not in _CUT and _form(doc[i + 1]) not in L.PREPOSITIONS
                   and not dated):
        return False  # "noyb filed a complaint": an active verb with its object
    return not any(_form(doc[k]) in L.AGENT_PREPS for k in range(end + 1, min(len(doc), end + 8)))


def _argument_object(doc: Doc, end: int) -> bool:
    """Whether the object of the verb ending at ``end`` is a party's reasoning ("Google's argument that …", "the
    objections of the company"): its head noun, after a determiner or a possessive name, is in ``ARGUMENT_NOUNS``."""
    k = end + 1
    while k < len(doc) and k < end + 6 and (_form(doc[k]) in L.ARTICLES or doc[k].text in ("'s", "’s")
                                             or doc[k].text[:1].isupper()
                                             # "the regulator's assessment": a possessor noun
                                             or (k + 1 < len(doc) and doc[k + 1].text in ("'s", "’s"))):
        k += 1
    return k < len(doc) and _form(doc[k]) in L.ARGUMENT_NOUNS


def _national_body(agent: EntityRef, ctx: Context) -> EntityRef | None:
    """A body named by its bare capitalised head noun ("Parliament went further …") in a story whose bodies named
    before it belong to one country: the one reference body of that kind with that country (``vg:countryName``),
    or None."""
    words = agent.text.split()
    if len(words) != 1 or not words[0][:1].isupper() or agent.span is None or agent.kind is None:
        return None
    known = ctx.linker.knowledge.entities
    places: set[frozenset[str]] = set()
    for m in ctx.mentions:
        if m.category == "actor" and m.iri is not None and m.end <= agent.span.start:
            ent = known.get(m.iri)
            if ent is not None and ent.places:
                places.add(ent.places)
    if len(places) != 1:
        return None
    country = next(iter(places))
    found = [e for e in known.values() if e.kind == agent.kind and e.places and e.places & country]
    if len(found) != 1:
        return None
    return replace(agent, iri=found[0].iri)


_TEXT_HEADS: list[tuple[object, frozenset[str]]] = []


def _text_heads(ctx: Context) -> frozenset[str]:
    """The English head nouns of texts (``vg:headNoun`` of the instrument kinds), computed once per linker."""
    if not _TEXT_HEADS or _TEXT_HEADS[0][0] is not ctx.linker:
        _TEXT_HEADS[:] = [(ctx.linker, frozenset(h.key for h in ctx.linker.heads
                                                 if h.category == "instrument" and h.lang in ("", "en")))]
    return _TEXT_HEADS[0][1]
