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
from typing import Any

from ..link import fold, normalise
from ..model import EntityRef, Span
from .amounts import parse_number
from .frames import Context, Frame
from .lang import en as L
from .lexicon import Trigger

Doc = Any
_CUT = {",", ";", ":", "(", ")", "—", "–", "."}
_QUOTES = {"'", '"', "‘", "’", "“", "”", "«", "»"}
#: When cues of several modalities govern one trigger, the most hedged wins.
_PRIORITY = {"expected": 0, "proposed": 1, "announced": 2}


def _form(t: Any) -> str:
    return fold(t.text)


def _triggers(doc: Doc, ctx: Context) -> list[tuple[int, Trigger, int]]:
    lex = ctx.lexicon.triggers.get("en", {})
    form_lemma = ctx.lexicon.form_lemma.get("en", {})
    out: list[tuple[int, Trigger, int]] = []
    covered: set[int] = set()
    for t in doc:
        if t.i in covered or t.is_punct:
            continue
        f = _form(t)
        keys = {f, f.rstrip("s")}
        if f in form_lemma:
            keys.add(form_lemma[f])
        cands: list[Trigger] = []
        for k in sorted(keys):
            cands.extend(lex.get(k, ()))
        best: tuple[Trigger, int] | None = None
        for trig in cands:
            if trig.pos == "noun" and f not in (trig.lemma, trig.lemma + "s", trig.lemma + "es"):
                continue
            if trig.pos == "verb" and t.i > 0 and (_form(doc[t.i - 1]) in L.ARTICLES
                                                   or _form(doc[t.i - 1]) in L.PREPOSITIONS - {"to"}
                                                   or _form(doc[t.i - 1]) in L.SUPPORT_VERBS
                                                   or _form(doc[t.i - 1]).endswith("ing")
                                                   or not doc[t.i - 1].text.isalpha()
                                                   or doc[t.i - 1].like_num):
                continue  # "a fine", "with fines", "21 sanctions": the noun
            end = t.i
            ok = True
            for w in trig.rest:
                k = end + 1
                if k < len(doc) and _form(doc[k]) in L.ARTICLES and w not in L.ARTICLES:
                    k += 1
                if k >= len(doc) or (_form(doc[k]) != w and _form(doc[k]).rstrip("s") != w):
                    ok = False
                    break
                end = k
            if ok and (best is None or len(trig.rest) > len(best[0].rest)):
                best = (trig, end)
        if best is None:
            continue
        for trig in cands:
            if trig.rest == best[0].rest and trig.pos == best[0].pos:
                out.append((t.i, trig, best[1]))
        covered.update(range(t.i, best[1] + 1))
    return out


def _chars(doc: Doc, s: int, e: int, offset: int) -> tuple[int, int]:
    return doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1].text) + offset


def _clause_start(doc: Doc, i: int) -> int:
    k = i - 1
    while k >= 0:
        w = _form(doc[k])
        if doc[k].text in (";", ":") or w in ("but", "while", "whereas"):
            return k + 1
        k -= 1
    return 0


def _np_after(doc: Doc, i: int) -> tuple[int, int] | None:
    s = i
    while s < len(doc) and _form(doc[s]) in ("to", "on", "against"):
        s += 1
    e = s
    while e < len(doc) and doc[e].text not in _CUT and _form(doc[e]) not in L.OBJECT_STOPS \
            and _form(doc[e]) not in L.RELATIVES and _form(doc[e]) not in L.CLAUSE_STARTS and e < s + 14:
        e += 1
    return (s, e) if e > s else None


def _np_before(doc: Doc, i: int) -> tuple[int, int] | None:
    e = i
    s = e
    while s > 0 and doc[s - 1].text not in _CUT and doc[s - 1].text not in _QUOTES \
            and _form(doc[s - 1]) not in L.CLAUSE_STARTS and _form(doc[s - 1]) not in L.RELATIVES \
            and _form(doc[s - 1]) not in L.PREPOSITIONS and s > e - 7:
        s -= 1
    return (s, e) if e > s else None


def _entity(doc: Doc, s: int, e: int, offset: int, ctx: Context, want: str) -> EntityRef | None:
    cs, ce = _chars(doc, s, e, offset)
    text = ctx.text[cs:ce]
    inside = ctx.mentions_in(cs, ce)
    if want == "actor":
        actors = [m for m in inside if m.category == "actor"]
        if actors:
            return ctx.ref(actors[0])
        kind = ctx.linker.guess_kind(text, "en", "actor")
        if kind is None:
            return None
        if text.split()[0].lower() == "the" and not any(w[:1].isupper() for w in text.split()[1:]):
            back = ctx.antecedent(kind, cs)  # "the authority" after "the Italian Data Protection Authority"
            if back is not None:
                return back
        return EntityRef(text=re.sub(r"^(?i:the)\s+", "", text), span=Span(cs, ce), iri=None, kind=kind)
    if any(d.start <= cs and ce <= d.end for d in ctx.dates):
        return None  # a date is never what an act is about ("approval on 9 November")
    if inside:
        best = max(inside, key=lambda m: (m.end - m.start, -m.start))
        return EntityRef(text=text, span=Span(cs, ce), iri=best.iri, kind=best.kind)
    kind = ctx.linker.guess_kind(text, "en")
    words = text.lower().split()
    if kind is not None and len(words) == 2 and words[0] == "the":
        back = ctx.text_antecedent(kind, cs)  # "the regulation" after "the Data Act"
        if back is not None:
            return EntityRef(text=text if back.iri else back.text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    return EntityRef(text=text, span=Span(cs, ce), iri=None, kind=kind)


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
    while k >= 0 and steps < 8:
        tok = doc[k]
        pos = tok.idx + offset
        f = _form(tok)
        if f in L.SUPPORT_VERBS:
            return k
        if (f in ("and", ",") or (act_nouns and k in act_nouns)) and steps < 7:
            k -= 1
            steps += 1
            continue
        inside_value = any(a.start <= pos < a.end for a in ctx.amounts)
        if (tok.text in _CUT or (not inside_value and f not in L.ARTICLES and not tok.like_num
                                 and f not in L.NOUN_MODIFIERS)) \
                and not (tok.text[:1] in "€$£" or f in L.CURRENCIES or f in L.SCALES):
            return None
        k -= 1
        steps += 1
    return None


def _by_agent(doc: Doc, start: int, ctx: Context, offset: int, limit: int = 40) -> EntityRef | None:
    for k in range(start, min(len(doc), start + limit)):
        if doc[k].text == ";":
            break
        if _form(doc[k]) in L.AGENT_PREPS:
            np = _np_after(doc, k + 1)
            if np:
                ref = _entity(doc, np[0], np[1], offset, ctx, "actor")
                if ref is not None:
                    return ref
    return None


def _active_agent(doc: Doc, i: int, clause: int, ctx: Context, offset: int) -> EntityRef | None:
    agent = None
    for m in ctx.mentions:
        if m.category == "actor" and doc[clause].idx + offset <= m.start and m.end <= doc[i].idx + offset:
            gap = fold(ctx.text[max(0, m.start - 12):m.start]).split()
            if gap and (gap[-1] in L.PREPOSITIONS or (gap[-1] == "the" and len(gap) > 1 and gap[-2] in L.PREPOSITIONS)):
                continue
            if ctx.in_pp(m):
                continue
            agent = ctx.ref(m)
    if agent is None:
        np = _np_before(doc, i)
        if np:
            words = [_form(x) for x in doc[np[0]:np[1]]]
            if any(w in L.SUBJECT_PRONOUNS for w in words[-3:]):
                last = ctx.last_actor_before(doc[np[0]].idx + offset)
                agent = ctx.ref(last) if last else None
            else:
                agent = _entity(doc, np[0], np[1], offset, ctx, "actor")
    return agent


def frames(doc: Doc, offset: int, ctx: Context) -> list[Frame]:
    """The event frames of one English sentence."""
    out: list[Frame] = []
    if not len(doc):
        return out
    sent = Span(offset + doc[0].idx, offset + len(doc.text.rstrip()))
    cues = ctx.lexicon.cues.get("en", {})
    found = _triggers(doc, ctx)
    verb_tops = {i: trig.top for i, trig, _ in found if trig.pos == "verb"}
    act_nouns = {i: trig.top for i, trig, _ in found if trig.pos == "noun"}
    for i, trig_, _end in found:
        if trig_.pos == "verb":
            ctx.trigger_starts.add(doc[i].idx + offset)
    for i, trig, end in found:
        t = doc[i]
        cs, ce = _chars(doc, i, end + 1, offset)
        clause = _clause_start(doc, i)
        before = [_form(x) for x in doc[max(clause, i - 4):i]]
        if any(w in L.NEGATIONS for w in before):
            continue
        f = Frame(trig, Span(cs, ce), sent)
        f.via_noun = trig.pos == "noun"
        if trig.pos == "verb" and before and before[-1] in L.INFINITIVE:
            continue
        if trig.pos == "verb" and end + 1 < len(doc) and _form(doc[end + 1]) in L.COMPLEMENTISERS:
            continue
        if trig.pos == "verb" and _form(t) in L.SUPPORT_VERBS and any(
                k in act_nouns and act_nouns[k] != trig.top for k in range(end + 1, min(len(doc), end + 5))):
            continue  # "adopted Opinion 28/2024", "issued 21 sanctions": the noun names the act
        passive = trig.pos == "verb" and (any(w in L.BE_FORMS for w in before[-3:]) or (
            _form(t).endswith(("ed", "en")) and bool(before) and (before[-1] == "," or (
                len(before) > 1 and before[-2] == "," and doc[i - 1].text.isalpha() and doc[i - 1].text.islower()
                and _form(doc[i - 1]) in ("already", "recently", "previously", "also", "first")))))
        agent: EntityRef | None = None
        obj: EntityRef | None = None
        if trig.pos == "noun":
            sup = _support(doc, i, ctx, offset, act_nouns)
            if sup is not None and sup in verb_tops and verb_tops[sup] == trig.top:
                continue  # "fined … a fine": the verb says it
            if sup is not None and any(w in L.NEGATIONS for w in (_form(x) for x in doc[max(0, sup - 3):sup])):
                continue
            agent = _by_agent(doc, end + 1, ctx, offset, 8)
            if agent is None and i >= 2 and doc[i - 1].text in ("'s", "’s"):
                agent = _entity(doc, max(clause, i - 5), i - 1, offset, ctx, "actor")
            if agent is None and sup is not None:
                sup_before = [_form(x) for x in doc[max(clause, sup - 3):sup]]
                if any(w in L.BE_FORMS for w in sup_before):
                    agent = _by_agent(doc, sup + 1, ctx, offset)
                else:
                    agent = _active_agent(doc, sup, _clause_start(doc, sup), ctx, offset)
            for k in range(end + 1, min(len(doc), end + 4)):
                if _form(doc[k]) in ("against", "on", "to"):
                    np = _np_after(doc, k + 1)
                    if np:
                        obj = _entity(doc, np[0], np[1], offset, ctx, "object")
                    break
        elif passive:
            agent = _by_agent(doc, end + 1, ctx, offset)
            np = _np_before(doc, i - len([w for w in before[-3:] if w in L.BE_FORMS or w in L.HAVE_FORMS]))
            if np:
                obj = _entity(doc, np[0], np[1], offset, ctx, "object")
        else:
            agent = _active_agent(doc, i, clause, ctx, offset)
            if agent is None:
                np = _np_before(doc, i)
                if np:
                    theme = _entity(doc, np[0], np[1], offset, ctx, "object")
                    if _category(theme, ctx) in ("instrument", "matter"):
                        obj = theme
            if obj is None:
                np = _np_after(doc, end + 1)
                if np:
                    obj = _entity(doc, np[0], np[1], offset, ctx, "object")
        if agent is None and trig.pos == "verb":
            # "…, the Dutch regulator said on Monday"
            for k in range(end + 1, len(doc)):
                if _form(doc[k]) in L.REPORTING:
                    np = _np_before(doc, k)
                    if np:
                        agent = _entity(doc, np[0], np[1], offset, ctx, "actor")
                    break
        if agent is not None and _category(agent, ctx) != "actor":
            agent = None
        if agent is None and passive and not (obj is not None and _category(obj, ctx) in ("instrument", "matter")):
            topic = ctx.recent_agents[-1] if ctx.recent_agents else None
            if topic is not None and topic.kind not in ("company", "person"):
                agent = topic  # "…, was fined the same amount": by the body the text is about
        if agent is None and not (obj is not None and _category(obj, ctx) in ("instrument", "matter")
                                  and trig.pos == "verb"):
            continue
        f.agent, f.object = agent, obj
        f.object_span = obj.span if obj else None
        # count: a number right before a noun trigger ("21 sanctions and 147 formal notices")
        if trig.pos == "noun" and i > 0:
            val = parse_number(doc[i - 1].text, "en")
            if val is not None and val == val.to_integral_value() and 2 <= val < 100000:
                f.count = int(val)
        # modality
        window = normalise(ctx.text[max(sent.start, cs - 40):cs], articles=False)
        after = normalise(ctx.text[ce:min(sent.end, ce + 40)], articles=False)
        words = window.split()
        for cue, mod in sorted(cues.items(), key=lambda kv: (_PRIORITY.get(kv[1], 9), kv[0])):
            if mod == "realised":
                continue
            hit = (" " in cue and f" {cue} " in f" {window} ") or (cue in words[-4:])
            if not hit and mod == "expected" and " " in cue and f" {cue} " in f" {after} ":
                hit = True
            if hit and not (mod == "announced" and trig.pos == "noun"):
                if mod == "announced" and any(w in L.HAVE_FORMS for w in words[-3:]):
                    continue
                f.modality = mod
                break
        if any(w in L.FUTURE_AUX for w in words[-3:]):
            f.future = True
        f.governed = (cs, min(sent.end, ce + 120))
        out.append(f)
        if agent is not None:
            ctx.recent_agents.append(agent)
    return out
