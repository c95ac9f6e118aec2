"""French rules over a dependency parse: triggers, voice, agent, object, count, modality, negation.

For every token whose lemma (or form) is a trigger of the ontology:

* **negation**: "ne" with "pas/jamais/plus/aucun…" on the trigger or its
  auxiliaries drops it; "ne … que" is restrictive and keeps it;
* **voice**: an ``aux:pass`` auxiliary, a passive morphology, or a bare past
  participle ("adoptée par le Parlement", "Saisi par…") is passive;
* **agent**: the ``obl:agent``/"par" phrase of a passive; the subject of an
  active verb (shared through ``conj``/``xcomp``/gerunds, relative "qui" to its
  antecedent, pronouns to the last named body); the "de"/"par" complement of a
  nominalisation or the subject of the verb that governs it; a known name
  (label, alias, metonymy) inside that phrase, else an unknown body whose head
  noun names an actor kind;
* **object**: what the trigger governs (``obj``, ``nsubj:pass``, the noun a
  participle modifies, the "de" complement of a nominalisation), down to an
  article; when the object is itself the act ("infliger une amende"), the
  target ("à Orange", "contre Amazon") is the object;
* **count** ("cinq mises en demeure") and **modality** cues governing the trigger.

When the parser gives no usable arc, a linear fallback inside the clause is
used (nearest name before an active trigger, "par X" after a passive one).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..link import fold, normalise
from ..model import EntityRef, Span
from .amounts import parse_number
from .frames import Context, Frame
from .lang import fr as L
from .lexicon import Trigger

Token = Any  # spacy.tokens.Token
Doc = Any

_SUBJ = ("nsubj", "nsubj:pass", "expl:subj")
_BREAK_DEPS = {"acl:relcl", "parataxis"}
_CUT_PUNCT = {",", ";", ":", "(", ")", "[", "!", "?", "—", "–"}
_TARGET_WORDS = tuple(fold(w) for w in L.TARGET_PREPS)


def _lemma(t: Token) -> str:
    return fold(t.lemma_ or t.text)


def _form(t: Token) -> str:
    return fold(t.text)


def _is_verbish(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or (t.pos_ in ("ADJ", "NOUN", "PROPN") and "VerbForm=Part" in str(t.morph))


def find_triggers(doc: Doc, ctx: Context) -> list[tuple[Token, Trigger, int]]:
    """(token, trigger, index of the last token of the trigger phrase) for each trigger in ``doc``."""
    lex = ctx.lexicon.triggers.get("fr", {})
    form_lemma = ctx.lexicon.form_lemma.get("fr", {})
    out: list[tuple[Token, Trigger, int]] = []
    covered: set[int] = set()
    for t in doc:
        if t.i in covered or t.is_punct:
            continue
        cands: list[Trigger] = []
        keys = {_lemma(t)}
        form = _form(t)
        if form in form_lemma:
            keys.add(form_lemma[form])
        for key in sorted(keys):
            cands.extend(lex.get(key, ()))
        best: tuple[Trigger, int] | None = None
        # a word that can be a verb or a noun ("censure", "valide"): the words around it decide
        verb_ok = {id(tr): _is_verbish(t) or _verb_reading(t, form, tr, ctx) for tr in cands if tr.pos == "verb"}
        prev_ok = t.i > 0 and doc[t.i - 1].pos_ not in ("DET", "ADP", "NUM") and _form(doc[t.i - 1]) not in L.ARTICLES
        if any(verb_ok.values()) and (t.pos_ in ("VERB", "AUX") or (t.pos_ in ("NOUN", "ADJ") and prev_ok)):
            cands = [tr for tr in cands if tr.pos == "verb"]
        for trig in cands:
            if trig.pos == "verb" and not verb_ok.get(id(trig), False):
                continue
            if trig.pos == "noun" and t.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                continue
            end = _match_rest(doc, t.i, trig)
            if end is None:
                continue
            if trig.reflexive and not _reflexive(doc, t.i):
                continue
            if best is None or len(trig.rest) > len(best[0].rest):
                best = (trig, end)
        if best is None:
            continue
        # several concepts list the same words: keep all of them, the core picks one
        same = [c for c in cands if c.rest == best[0].rest and c.pos == best[0].pos
                and (not c.reflexive or _reflexive(doc, t.i))]
        for trig in same:
            out.append((t, trig, best[1]))
        covered.update(range(t.i, best[1] + 1))
    return out


def _verb_reading(t: Token, form: str, trig: Trigger, ctx: Context) -> bool:
    """A verb form the tagger took for a noun or adjective ("le Conseil valide…", "mais censure le délit")."""
    if form not in ctx.lexicon.forms.get("fr", set()) or ctx.lexicon.form_lemma.get("fr", {}).get(form) != trig.lemma:
        return False
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if trig.rest and prev is None:
        return True
    if prev is None:
        return False
    pf = _form(prev)
    if trig.rest:  # "entrent en application": the phrase decides, unless a determiner makes it a noun
        return prev.pos_ not in ("DET", "NUM") and pf not in L.ARTICLES and not prev.like_num
    if prev.pos_ == "AUX" or pf in ("se", "s'", "l'", "lui", "leur"):
        return True  # "a enjoint", "lui a enjoint", "s'applique"
    return prev.pos_ not in ("DET", "ADP", "ADJ", "NUM") and pf not in L.ARTICLES and pf not in L.PREPOSITIONS


def _match_rest(doc: Doc, i: int, trig: Trigger) -> int | None:
    """Index of the last token of the trigger phrase starting at ``i``, or None."""
    j = i
    for word in trig.rest:
        k = j + 1
        # allow one adverb or clitic in between ("mis aussi en demeure")
        while k < len(doc) and k <= j + 2 and doc[k].pos_ in ("ADV", "ADJ") and _form(doc[k]).rstrip("s") != word \
                and _form(doc[k]) not in L.ARTICLES:
            k += 1
        if k >= len(doc):
            return None
        f = _form(doc[k]).replace("’", "'")
        # the article of a listed phrase is not part of it: "présenter un/le/son projet de loi"
        any_det = (word in L.ARTICLES and word not in L.GENITIVE_PREPS and doc[k].pos_ == "DET"
                   and _form(doc[k]) not in L.NEG_DETERMINERS and _form(doc[k]) not in L.GENITIVE_PREPS)
        if f != word and f.rstrip("'") != word and f.rstrip("sx") != word.rstrip("sx") and _lemma(doc[k]) != word \
                and not any_det:
            return None
        j = k
    return j


def _reflexive(doc: Doc, i: int) -> bool:
    return any(_form(doc[k]) in ("se", "s'", "s") for k in range(max(0, i - 3), i))


# --- negation and modality ---------------------------------------------------------------

def _verb_group(t: Token) -> list[Token]:
    group = [t]
    group.extend(c for c in t.children if c.dep_.startswith("aux") or c.dep_ == "cop")
    return group


def negated(t: Token) -> bool:
    """Whether the act is negated: "n'a pas censuré", "ne … jamais", "aucune sanction", "faute d'avoir transposé"."""
    doc = t.doc
    before = " ".join(_form(x) for x in doc[max(0, t.i - 4):t.i]).replace("' ", "'")
    if "VerbForm=Inf" in str(t.morph) or any("VerbForm=Inf" in str(c.morph) for c in t.children
                                             if c.dep_.startswith("aux")):
        for marker in L.NEG_BEFORE_INFINITIVE:
            m = fold(marker)
            if f" {m} " in f" {before} " or f" {m}" in f" {before}".replace("' ", "'"):
                return True
    group = _verb_group(t)
    lo = min(g.i for g in group)
    for c in t.children:
        if _form(c) in L.NEG_FIRST or ("Polarity=Neg" in str(c.morph) and _form(c) in L.NEG_FIRST):
            lo = min(lo, c.i)
    ne = [k for k in range(max(0, lo - 3), t.i) if _form(doc[k]) in L.NEG_FIRST]
    if ne:
        window = [doc[k] for k in range(ne[0] + 1, min(len(doc), t.i + 3))]
        if any(_form(w) in L.NEG_SECOND for w in window):
            restrictive = any(_form(w) in L.RESTRICTIVE for w in doc[t.i + 1:min(len(doc), t.i + 12)])
            return not restrictive or any(_form(w) in ("pas", "jamais", "point") for w in window)
        return False
    if t.pos_ in ("NOUN", "PROPN") and any(_form(c) in L.NEG_DETERMINERS for c in t.children):
        return True
    # a negated subject determiner: "aucun tribunal n'a…"
    return any(c.dep_ in _SUBJ and any(_form(d) in L.NEG_DETERMINERS for d in c.children) for c in t.children)


def modality(t: Token, ctx: Context, is_noun: bool) -> tuple[str, bool]:
    """(modality, future) from the cues that govern ``t`` and from its tense."""
    cues = ctx.lexicon.cues.get("fr", {})
    future = False
    group = _verb_group(t)
    for g in group:
        m = str(g.morph)
        if "Tense=Fut" in m:
            future = True
        if "Mood=Cnd" in m and not is_noun:
            return "expected", future
    perfect_inf = any(_lemma(c) in ("avoir", "etre") and "VerbForm=Inf" in str(c.morph) for c in t.children
                      if c.dep_.startswith("aux"))
    # cue words attached to the trigger (adverbs) or governing it (verbs), up to three steps
    for c in t.children:
        if c.dep_ in ("advmod",) or c.dep_.startswith("aux"):
            mod = cues.get(_lemma(c))
            if mod and mod != "realised":
                return mod, future
    node = t
    for _ in range(3):
        if (node.dep_ not in ("xcomp", "ccomp", "obj", "obl:arg", "csubj") and not (
                node.dep_ == "conj" and "VerbForm=Inf" in str(node.morph))) or node.head is node:
            break
        if any(_form(c) in L.RELATIVES for c in node.children if c.dep_ in ("obj", "nsubj", "nsubj:pass", "mark")):
            break
        head = node.head
        mod = cues.get(_lemma(head))
        if mod and mod != "realised":
            if mod == "announced" and (perfect_inf or is_noun):
                break
            if is_noun and mod == "announced":
                break
            return mod, future or any("Tense=Fut" in str(g.morph) for g in _verb_group(head))
        if any("Tense=Fut" in str(g.morph) for g in _verb_group(head)):
            future = True
        node = head
    # multi-word cues just before the trigger in the clause ("une fois validé", "dans les prochaines semaines")
    sent_start = t.sent.start_char if t.doc.has_annotation("SENT_START") else 0
    window = normalise(t.doc.text[max(sent_start, t.idx - 40):t.idx], articles=False)
    for cue, mod in cues.items():
        if " " in cue and mod != "realised" and f" {cue} " in f" {window} ":
            return mod, future
    return "realised", future


# --- phrases -------------------------------------------------------------------------------

def phrase_bounds(head: Token, stop_at: int | None = None) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``.

    It starts at the head's leftmost dependent (prepositions dropped) and runs
    right, past what the parser attached elsewhere, until a comma or other
    clause punctuation, a relative pronoun, a finite verb, or an adjunct date.
    """
    doc = head.doc
    start = min(head.left_edge.i, head.i)
    while start < head.i and (doc[start].dep_ in ("case", "mark", "cc", "punct") or doc[start].is_punct):
        start += 1
    while start > 0 and doc[start].text[:1].isupper() and _proper(doc[start - 1]):
        start -= 1  # a name of several capitalised words the parser split: "le Digital Markets Act"
    end = head.i + 1
    limit = min(len(doc), head.i + 30)
    k = head.i + 1
    while k < limit:
        tok = doc[k]
        f = _form(tok)
        if tok.text in _CUT_PUNCT or f in L.RELATIVES or tok.text == ".":
            break
        if tok.pos_ in ("VERB", "AUX") and ("VerbForm=Fin" in str(tok.morph) or tok.dep_.startswith("aux")):
            break
        if tok.pos_ == "CCONJ" and k + 1 < len(doc) and doc[k + 1].pos_ in ("VERB", "AUX"):
            break
        if f in L.AGENT_PREPS and tok.head.dep_ == "obl:agent":
            break
        if stop_at is not None and k >= stop_at:
            break
        if k in doc.user_data.get("vg_stops", ()):
            break
        end = k + 1
        k += 1
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("case", "cc", "det")
                               or _form(doc[end - 1]) in L.GENITIVE_PREPS or doc[end - 1].pos_ in ("ADP", "CCONJ")):
        end -= 1
    return start, max(end, head.i + 1)


def _span_chars(doc: Doc, start: int, end: int, offset: int) -> tuple[int, int]:
    return doc[start].idx + offset, doc[end - 1].idx + len(doc[end - 1].text) + offset


def _entity_for(doc: Doc, start: int, end: int, offset: int, ctx: Context, want: str,
                head_text: str | None = None) -> EntityRef | None:
    """The entity named by tokens [start, end): a known name inside, else an unknown body of the wanted category."""
    cs, ce = _span_chars(doc, start, end, offset)
    text = ctx.text[cs:ce]
    inside = ctx.mentions_in(cs, ce)
    if want == "actor":
        actors = [m for m in inside if m.category == "actor"]
        if not inside:  # the parser cut a known name short: "par la commission | mixte paritaire"
            actors = [m for m in ctx.mentions if m.category == "actor" and cs <= m.start < ce < m.end
                      and ctx.text[m.start:ce].strip(" ,;:") != ""]
        if actors:
            # the first known body of the phrase is its head ("la formation restreinte de la Cnil" -> Cnil)
            return ctx.ref(actors[0])
        if inside:
            return None
        kind = ctx.linker.guess_kind(text, "fr", "actor")
        if kind is None:
            return None
        words = fold(text).replace("'", "' ").split()
        if words[0] in ("d'", "l'") and len(words) > 1:
            words = words[1:]
        named = any(w[:1].isupper() for w in text.split()[1:])
        if words[0] in L.INDEFINITES and not named:
            return None  # "une société": not a named body
        first = fold(text.split()[0])
        if not named and (first in L.DEFINITES or first.startswith("l'")):
            back = ctx.antecedent(kind, cs)  # "la juridiction" after "le Conseil d'État"
            if back is not None:
                return back
        return EntityRef(text=_strip_article(text), span=Span(cs, ce), iri=None, kind=kind)
    # object: keep the phrase as written; link to the longest known instrument/matter/actor inside
    if inside:
        best = max(inside, key=lambda m: (m.end - m.start, -m.start))
        return EntityRef(text=text, span=Span(cs, ce), iri=best.iri, kind=best.kind)
    iri = ctx.linker.lookup(text)
    if iri is not None:
        return EntityRef(text=text, span=Span(cs, ce), iri=iri, kind=ctx.linker.knowledge.entities[iri].kind)
    kind = ctx.linker.guess_kind(text, "fr")
    words = fold(text).replace("'", "' ").split()
    if kind is not None and len(words) == 2 and words[0] in L.DEFINITES:
        # a definite bare head noun ("le règlement", "la délibération") takes up the text named before
        back = ctx.text_antecedent(kind, cs, words[1])
        if back is not None:
            return EntityRef(text=text if back.iri else back.text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    return EntityRef(text=text, span=Span(cs, ce), iri=None, kind=kind)


def _strip_article(text: str) -> str:
    words = text.split(" ", 1)
    if len(words) == 2 and fold(words[0]) in L.ARTICLES:
        return words[1]
    if text[:2].lower() in ("l'", "l’", "d'", "d’"):
        return text[2:]
    return text


def _category(ref: EntityRef | None, ctx: Context) -> str | None:
    if ref is None:
        return None
    if ref.iri:
        ent = ctx.linker.knowledge.entities.get(ref.iri)
        return ent.category if ent else None
    return ctx.linker.category_of(ref.kind)


# --- agents --------------------------------------------------------------------------------

def _subject(t: Token) -> Token | None:
    node = t
    for _ in range(4):
        for c in node.children:
            if c.dep_ in _SUBJ:
                return c
        if node.dep_ in ("conj", "xcomp", "advcl", "ccomp") and node.head is not node:
            node = node.head
            continue
        break
    return None


def _passive(t: Token) -> bool:
    if t.dep_ == "conj" and t.head is not t and not any(c.dep_.startswith("aux") for c in t.children) \
            and t.i > 0 and t.doc[t.i - 1].pos_ == "CCONJ" \
            and any(c.dep_ == "aux:tense" for c in t.head.children) and _is_verbish(t.head):
        return _passive_own(t.head)  # "a censuré … et validé …": the auxiliary is shared
    return _passive_own(t)


def _passive_own(t: Token) -> bool:
    if any(c.dep_ == "aux:pass" for c in t.children):
        return not any(_lemma(c) == "avoir" and c.dep_ == "aux:tense" and "VerbForm=Part" not in str(c.morph)
                       for c in t.children) or any(c.dep_ == "aux:pass" for c in t.children)
    m = str(t.morph)
    if "VerbForm=Part" in m and "Tense=Past" in m and not any(c.dep_.startswith("aux") for c in t.children):
        return t.dep_ not in ("ROOT",) or any(c.dep_ == "obl:agent" for c in t.children) or t.i <= t.sent.start + 2
    return "Voice=Pass" in m and not any(c.dep_ == "aux:tense" for c in t.children)


def _par_agent(t: Token, end_tok: int, ctx: Context, offset: int) -> list[EntityRef]:
    """Agents of a passive: each "par X" phrase after the trigger in its clause."""
    doc = t.doc
    out: list[EntityRef] = []
    for c in t.children:
        if c.dep_ == "obl:agent":
            s, e = phrase_bounds(c)
            ref = _entity_for(doc, s, e, offset, ctx, "actor")
            if ref:
                out.append(ref)
            for conj in c.children:
                if conj.dep_ == "conj" and any(_form(x) in L.AGENT_PREPS for x in conj.children):
                    s, e = phrase_bounds(conj)
                    r2 = _entity_for(doc, s, e, offset, ctx, "actor")
                    if r2:
                        out.append(r2)
    # linear: "par" + a phrase within the clause, before the trigger (participle first) or after it
    positions = list(range(end_tok + 1, min(len(doc), end_tok + 14)))
    for k in positions:
        tok = doc[k]
        if tok.text in (";", ":") or (_form(tok) in L.RELATIVES and k > end_tok + 1):
            break
        if _form(tok) in L.AGENT_PREPS:
            s = k + 1
            e = s
            while e < len(doc) and e < s + 10 and doc[e].text not in _CUT_PUNCT and _form(doc[e]) not in L.AGENT_PREPS \
                    and _form(doc[e]) not in L.RELATIVES:
                e += 1
            if e > s:
                cs, ce = _span_chars(doc, s, e, offset)
                found = [m for m in ctx.mentions_in(cs, ce, "actor")]
                if found:
                    if not any(r.span and r.span.start <= found[0].start < r.span.end for r in out):
                        out.append(ctx.ref(found[0]))
                else:
                    head = doc[s]
                    while head.i < e - 1 and (head.dep_ in ("det", "case") or head.pos_ in ("DET", "NUM", "ADP")):
                        head = doc[head.i + 1]
                    ref = _entity_for(doc, s, e, offset, ctx, "actor")
                    if ref and not any(r.span and ref.span and r.span.start <= ref.span.start < r.span.end
                                       for r in out):
                        out.append(ref)
    return sorted(out, key=lambda r: r.span.start if r.span else 0)


def _gender_of(ref: EntityRef, ctx: Context) -> str | None:
    if ref.span is None:
        return None
    for m in ctx.mentions:
        if m.start == ref.span.start and m.end == ref.span.end:
            return ctx.gender(m)
    return None


def _resolve_pronoun(tok: Token, ctx: Context, offset: int) -> EntityRef | None:
    f = _form(tok)
    gender = "M" if f in ("il", "ils") else "F" if f in ("elle", "elles") else None
    for ref in reversed(ctx.recent_agents):  # the body the text is about comes first
        if ref.span and ref.span.end <= tok.idx + offset and (gender is None or _gender_of(ref, ctx) in (None, gender)):
            return ref
    m = ctx.last_actor_before(tok.idx + offset, gender=gender)
    return ctx.ref(m) if m else None


def _agent_active(t: Token, ctx: Context, offset: int) -> tuple[EntityRef | None, EntityRef | None]:
    """(agent, theme) of an active trigger: the subject is the agent when it is a body, the theme when a text."""
    doc = t.doc
    # object relative with the subject after the verb: "l'amende que lui a infligée la Cnil"
    k = t.i - 1
    while k >= 0 and (doc[k].pos_ in ("AUX", "PRON", "ADV") and _form(doc[k]) not in L.RELATIVES):
        k -= 1
    if k >= 0 and _form(doc[k]) in ("que", "qu'"):
        after = t.idx + len(t.text) + offset
        nxt = [m for m in ctx.mentions if m.category == "actor" and 0 <= m.start - after <= 8]
        if nxt:
            return ctx.ref(nxt[0]), None
    subj = _subject(t)
    if subj is not None:
        if _form(subj) in L.RELATIVES and t.dep_ == "acl:relcl":
            subj = t.head
        if _form(subj) in L.SUBJECT_PRONOUNS or subj.pos_ == "PRON":
            agent = _resolve_pronoun(subj, ctx, offset)
            if agent is None and ctx.recent_themes and _form(subj) in L.SUBJECT_PRONOUNS:
                return None, ctx.recent_themes[-1]  # "La loi reporte… Elle prolonge aussi…"
            return agent, None
        s, e = phrase_bounds(subj)
        agent = _entity_for(doc, s, e, offset, ctx, "actor")
        if agent is not None:
            return agent, None
        theme = _entity_for(doc, s, e, offset, ctx, "object")
        if theme is not None and _category(theme, ctx) in ("instrument", "matter"):
            return None, theme
    # the noun phrase right before the verb group is its subject ("le règlement entre en vigueur")
    k = t.i - 1
    while k >= 0 and (doc[k].pos_ in ("ADV", "AUX") or _form(doc[k]) in ("se", "s'", "ne", "n'")):
        k -= 1
    if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and not _in_value(doc[k], ctx, offset):
        s0, _ = phrase_bounds(doc[k])
        s0 = min(s0, k)
        while s0 > 0 and (doc[s0 - 1].pos_ in ("DET", "ADJ") or _form(doc[s0 - 1]) in L.ARTICLES):
            s0 -= 1
        theme = _entity_for(doc, s0, k + 1, offset, ctx, "object")
        agent = _entity_for(doc, s0, k + 1, offset, ctx, "actor")
        if agent is not None and _category(agent, ctx) == "actor":
            return agent, None
        if theme is not None and _category(theme, ctx) in ("instrument", "matter"):
            return None, theme
    # linear fallback: nearest known body before the trigger in the clause, not inside a prepositional phrase
    sent = t.sent
    best = None
    for m in ctx.mentions:
        if m.category != "actor" or m.end > t.idx + offset or m.start < sent.start_char + offset:
            continue
        between = ctx.text[m.end:t.idx + offset]
        if any(p in between for p in (";", ":", "?", "!")) or ctx.in_pp(m):
            continue
        before = fold(ctx.text[max(0, m.start - 20):m.start]).replace("'", "' ").split()
        if before and before[-1] in ("la", "le", "les", "l'") and len(before) > 1:
            before = before[:-1]
        if before and fold(before[-1]) in {fold(p) for p in L.PREPOSITIONS} and not fold(
                ctx.text[max(0, m.start - 20):m.start]).rstrip().endswith(("tour de", "tour du", "tour de la")):
            continue
        best = m
    if best is not None:
        return ctx.ref(best), None
    # gerund / participial clause at the start: the main clause's subject follows
    if t.i <= sent.start + 2 or any(_form(c) == "en" for c in t.children):
        for m in ctx.mentions:
            if m.category == "actor" and m.start >= t.idx + offset and m.end <= sent.end_char + offset:
                between = ctx.text[t.idx + offset:m.start]
                if "," in between:
                    return ctx.ref(m), None
    return None, None


# --- objects -------------------------------------------------------------------------------

def _target(tokens: list[Token], ctx: Context, offset: int, skip: tuple[int, int] = (0, 0)) -> EntityRef | None:
    """The target of a sanction-like act: "à Orange", "contre Amazon", "à l'encontre de collectivités"."""
    for c in tokens:
        if c.dep_ not in ("obl:arg", "obl:mod", "iobj", "nmod", "obl") or skip[0] <= c.i < skip[1]:
            continue
        case = " ".join(_form(x) for x in c.children if x.dep_ in ("case", "fixed") or (x.i < c.i and x.pos_ == "ADP"))
        case = case.strip()
        if case and any(case == w or case.startswith(w + " ") for w in _TARGET_WORDS):
            s, e = phrase_bounds(c)
            ref = _entity_for(c.doc, s, e, offset, ctx, "object")
            if ref is not None and (ref.iri is not None or ref.kind is not None or _proper(c)):
                return ref  # a party: "à Orange", "à la société X"; not a manner ("à l'unanimité")
    return None


def _in_value(tok: Token, ctx: Context, offset: int) -> bool:
    """Whether ``tok`` is part of a date or an amount (never an object)."""
    pos = tok.idx + offset
    return any(d.start <= pos < d.end for d in ctx.dates) or any(a.start <= pos < a.end for a in ctx.amounts)


def _object_verb(t: Token, end_tok: int, passive: bool, ctx: Context, offset: int,
                 same_top_nouns: set[str]) -> tuple[EntityRef | None, Token | None]:
    doc = t.doc
    heads = [t] + [doc[k] for k in range(t.i + 1, end_tok + 1)]
    if passive:
        for c in t.children:
            if c.dep_ in ("nsubj:pass", "nsubj"):
                if _form(c) in L.RELATIVES and t.dep_ == "acl:relcl":
                    c = t.head
                s, e = phrase_bounds(c)
                return _entity_for(doc, s, e, offset, ctx, "object"), c
        if t.dep_ in ("acl", "amod", "advcl", "conj", "ROOT", "appos") and t.head is not t and t.head.pos_ in (
                "NOUN", "PROPN"):
            s, e = phrase_bounds(t.head, stop_at=t.i)
            return _entity_for(doc, s, e, offset, ctx, "object"), t.head
        # participle at the start: the main clause's subject is the theme ("Publié au JO…, le règlement entre…")
        if t.i <= t.sent.start + 1:
            for k in range(end_tok + 1, min(len(doc), t.sent.end)):
                if doc[k].text == ",":
                    for j in range(k + 1, min(len(doc), t.sent.end)):
                        if doc[j].dep_ in _SUBJ or doc[j].pos_ in ("NOUN", "PROPN"):
                            s, e = phrase_bounds(doc[j])
                            return _entity_for(doc, s, e, offset, ctx, "object"), doc[j]
                    break
        return None, None
    obj = None
    for h in heads:
        for c in h.children:
            if _in_value(c, ctx, offset):
                continue
            if c.dep_ in ("obj", "ccomp") and (c.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "X") or _nominal(c)):
                obj = c
                break
        if obj is not None:
            break
    if obj is None:
        for h in heads:
            for c in h.children:
                if c.dep_ in ("obl:arg",) and c.i > end_tok and not _in_value(c, ctx, offset):
                    obj = c
                    break
            if obj is not None:
                break
    if obj is None:  # a name or a noun the tagger called a verb: "a sanctionné AliExpress"
        obj = next((c for h in heads for c in h.children if c.dep_ == "xcomp" and c.i > end_tok
                    and _nominal(c) and not _in_value(c, ctx, offset)), None)
    if obj is None:
        # the parser missed it: the first noun after the trigger that a determiner (not a preposition) introduces
        for k in range(end_tok + 1, min(len(doc), end_tok + 20)):
            tok = doc[k]
            if tok.text in (";", ":", ".") or _form(tok) in L.RELATIVES or (
                    tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(tok.morph)):
                break
            if (tok.pos_ not in ("NOUN", "PROPN") and not _proper(tok)) or _in_value(tok, ctx, offset):
                continue
            p1 = _form(doc[k - 1]) if k - 1 > end_tok else ""
            p2 = doc[k - 2] if k - 2 > end_tok else None
            if p1 in L.PREPOSITIONS and p1 not in ("des",):
                continue
            if p1 == "des" and p2 is not None and p2.pos_ in ("NOUN", "PROPN"):
                continue
            if p2 is not None and _form(p2) in L.PREPOSITIONS and _form(p2) not in ("des",) and p1 not in (",",):
                continue
            obj = tok
            break
    if obj is None:
        return None, None
    if obj.pos_ == "PRON":
        return None, obj
    if fold(obj.lemma_) in same_top_nouns:
        tgt = _target(list(t.children) + list(obj.children), ctx, offset)
        if tgt is not None:
            return tgt, obj
    s, e = phrase_bounds(obj)
    while s > end_tok + 1 and _proper(doc[s - 1]) and not _in_value(doc[s - 1], ctx, offset):
        s -= 1  # a name of several capitalised words the parser split: "Vigiris France"
    return _entity_for(doc, s, e, offset, ctx, "object"), obj


def _proper(tok: Token) -> bool:
    """A capitalised word inside a sentence is a name, whatever tag the parser gave it."""
    return (tok.i > tok.sent.start and tok.text[:1].isupper() and tok.is_alpha
            and not (tok.i > 0 and tok.doc[tok.i - 1].text in (".", "!", "?", ":", "«", '"')))


def _nominal(tok: Token) -> bool:
    """An object the tagger called a verb: a name ("sanctionné AliExpress") or a noun after a determiner."""
    if _proper(tok):
        return True
    return tok.pos_ == "VERB" and any(c.dep_ == "det" and c.i < tok.i for c in tok.children)


def _after_agent(t: Token, end_tok: int, agent: EntityRef | None, ctx: Context, offset: int) -> EntityRef | None:
    """The patient of "la censure par le Conseil de l'article 15": the "de" phrase right after a "par" agent."""
    doc = t.doc
    if agent is None or agent.span is None:
        return None
    gap = fold(ctx.text[doc[end_tok].idx + len(doc[end_tok].text) + offset:agent.span.start])
    words = gap.replace("'", "' ").split()
    if not words or words[0] not in L.AGENT_PREPS or any(w not in L.ARTICLES for w in words[1:]):
        return None
    k = next((tok.i for tok in doc if tok.idx + offset >= agent.span.end), None)
    if k is None or k + 1 >= len(doc) or _form(doc[k]) not in L.GENITIVE_PREPS:
        return None
    start = k + 1
    end = start
    while end < len(doc):
        tok = doc[end]
        if tok.text in _CUT_PUNCT or tok.text == "." or _form(tok) in L.RELATIVES or end in doc.user_data.get(
                "vg_stops", ()) or (tok.pos_ in ("VERB", "AUX") and ("VerbForm=Fin" in str(tok.morph)
                                                                    or tok.dep_.startswith("aux"))):
            break
        end += 1
    while end > start and (doc[end - 1].pos_ in ("ADP", "CCONJ", "DET") or doc[end - 1].is_punct):
        end -= 1
    if end <= start or _in_value(doc[start], ctx, offset):
        return None
    return _entity_for(doc, start, end, offset, ctx, "object")


def _object_noun(t: Token, end_tok: int, agent: EntityRef | None, ctx: Context, offset: int) -> EntityRef | None:
    doc = t.doc
    patient = _after_agent(t, end_tok, agent, ctx, offset)
    if patient is not None:
        return patient
    last = doc[end_tok]
    kids = sorted(list(t.children) + ([c for c in last.children] if last is not t else []), key=lambda c: c.i)
    tgt = _target([c for c in kids if c.i > end_tok], ctx, offset)
    for c in kids:
        if c.i <= end_tok or c.dep_ not in ("nmod", "obl", "obl:arg"):
            continue
        case = [_form(x) for x in c.children if x.dep_ == "case"]
        if _in_value(c, ctx, offset) or c.pos_ == "NUM":
            continue
        if case and case[0] in L.GENITIVE_PREPS:
            s, e = phrase_bounds(c)
            ref = _entity_for(doc, s, e, offset, ctx, "object")
            if ref is None:
                continue
            if agent is not None and ref.span and agent.span and ref.span.start <= agent.span.start < ref.span.end:
                continue
            if _category(ref, ctx) == "actor" and tgt is None and ref.iri and agent is None:
                continue
            return ref
    return tgt


def _support_verb(t: Token) -> Token | None:
    """The support verb whose object (or object's complement) the noun ``t`` is: "a rendu dix décisions de sanction"."""
    if t.dep_ in ("obj", "obl:arg") and t.head is not t and t.head.pos_ in ("VERB", "AUX"):
        return t.head if _lemma(t.head) in L.SUPPORT_VERBS else None
    if t.dep_ == "nsubj:pass" and t.head is not t and _lemma(t.head) in L.SUPPORT_VERBS:
        return t.head  # "la requête avait été déposée par…"
    return None


def _noun_agent(t: Token, end_tok: int, ctx: Context, offset: int,
                support: Token | None) -> EntityRef | None:
    """Agent of a nominalisation: "de la Cnil", "par le Conseil", or the subject of its support verb."""
    doc = t.doc
    last = doc[end_tok]
    for c in sorted(list(t.children) + list(last.children), key=lambda c: c.i):
        if c.dep_ in ("nmod", "obl:agent", "obl") and c.i > t.i:
            s, e = phrase_bounds(c)
            cs, ce = _span_chars(doc, s, e, offset)
            actors = [m for m in ctx.mentions_in(cs, ce, "actor") if m.start <= c.idx + offset < m.end]
            case = [_form(x) for x in c.children if x.dep_ == "case"]
            if actors and case and (case[0] in L.GENITIVE_PREPS or case[0] in L.AGENT_PREPS):
                return ctx.ref(actors[0])
    # linear: "X de la Cnil" / "par la Cnil" right after the trigger phrase
    for k in range(end_tok + 1, min(len(doc), end_tok + 8)):
        tok = doc[k]
        if tok.text in _CUT_PUNCT or _form(tok) in L.RELATIVES or tok.pos_ == "VERB":
            break
        if _form(tok) in L.GENITIVE_PREPS or _form(tok) in L.AGENT_PREPS:
            m = [x for x in ctx.mentions if x.category == "actor" and x.start >= tok.idx + offset
                 and x.start - (tok.idx + offset + len(tok.text)) <= 5]
            if m:
                return ctx.ref(m[0])
            break
    if support is not None:
        if _passive(support):
            ags = _par_agent(support, support.i, ctx, offset)
            return ags[0] if ags else None
        agent, _ = _agent_active(support, ctx, offset)
        return agent
    return None


def _num_of(tok: Token, ctx: Context | None = None, offset: int = 0) -> int | None:
    """The whole number (2 or more, digits or words) that ``tok`` writes as a determiner, else None."""
    doc = tok.doc
    if ctx is not None and _in_value(tok, ctx, offset):
        return None  # part of a date or an amount: "le 3 mars 2023 une sanction"
    if not (tok.like_num or fold(tok.text) in L.NUMBERS) or fold(tok.text) in ("un", "une"):
        return None
    if tok.i > 0 and fold(doc[tok.i - 1].text).rstrip(".") in L.MONTHS:
        return None  # the year of a date: "le 3 mars 2023 une sanction"
    val = parse_number(tok.text, "fr")
    if val is None or val != val.to_integral_value() or val < 2 or val > 100000:
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (fold(nxt.text) in L.SCALES or fold(nxt.text) in L.CURRENCIES or nxt.text == "%"):
        return None
    return int(val)


def _count_off_object(frame: Frame, doc: Doc, offset: int, ctx: Context) -> None:
    """A numeral that determines the object counts the acts and is no part of the object's name.

    "a mis en demeure sept sociétés", "la mise en demeure par la Cnil de quatre communes":
    count 7/4, object "sociétés"/"communes".
    """
    obj = frame.object
    if obj is None or obj.span is None:
        return
    first = next((tok for tok in doc if tok.idx + offset == obj.span.start), None)
    if first is None or first.i + 1 >= len(doc) or doc[first.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return
    n = _num_of(first)
    if n is None or _in_value(first, ctx, offset):
        return
    if frame.count is None:
        frame.count = n
    if frame.count != n or _category(obj, ctx) in ("instrument", "matter"):
        return  # "cinq articles de la loi": the numeral is part of what the text says was hit
    rest = doc[first.i + 1].idx + offset
    frame.object = replace(obj, text=ctx.text[rest:obj.span.end], span=Span(rest, obj.span.end))


def _count(t: Token, obj_head: Token | None, ctx: Context, offset: int) -> int | None:
    """How many acts: a number before the trigger noun or its head noun, or on the object of a verb."""
    doc = t.doc

    def num_of(tok: Token) -> int | None:
        return _num_of(tok, ctx, offset)

    if t.pos_ in ("NOUN", "PROPN"):
        for k in range(t.i - 1, max(-1, t.i - 5), -1):
            tok = doc[k]
            n = num_of(tok)
            if n is not None:
                return n
            if tok.pos_ in ("VERB", "AUX", "PUNCT", "ADP") and _form(tok) not in L.GENITIVE_PREPS:
                break
    if obj_head is not None:
        for c in obj_head.children:
            if c.dep_ == "nummod":
                n = num_of(c)
                if n is not None:
                    return n
        if obj_head.i > 0:
            n = num_of(doc[obj_head.i - 1])
            if n is not None:
                return n
    return None


# --- the frames of one sentence ------------------------------------------------------------

def _instrument_noun(trig: Trigger, ctx: Context) -> bool:
    """A trigger noun that is also the name of a kind of text ("projet de loi") names the text, not an act."""
    if not trig.rest:
        return False
    phrase = " ".join((trig.lemma, *trig.rest))
    return ctx.linker.category_of(ctx.linker.guess_kind(phrase, "fr")) == "instrument" and \
        normalise(phrase) in {h.key for h in ctx.linker.heads if h.category == "instrument"}


def _background(t: Token) -> bool:
    """A clause in the imperfect ("qui prolongeait…"), or a relative clause in the pluperfect ("par laquelle
    le conseil avait lancé…"), describes the background; it does not report an act."""
    if "Tense=Imp" in str(t.morph) and not any(c.dep_.startswith("aux") for c in t.children):
        return True
    # "la délibération par laquelle le conseil avait lancé…": a prepositional relative describes its antecedent
    doc = t.doc
    window = [_form(x) for x in doc[max(0, t.i - 8):t.i]]
    prep_relative = any(w in L.PREP_RELATIVES for w in window)
    pluperfect = any(c.dep_ == "aux:tense" and "Tense=Imp" in str(c.morph) for c in t.children)
    return prep_relative and pluperfect


def _circumstantial(t: Token) -> bool:
    """A participle describing a noun inside a prepositional phrase ("dans une décision rendue le…")."""
    if t.dep_ not in ("acl", "amod") or "VerbForm=Part" not in str(t.morph):
        return False
    head = t.head
    return any(c.dep_ == "case" for c in head.children) and head.dep_ not in ("nsubj", "nsubj:pass", "obj")


def _unrealised_infinitive(t: Token, ctx: Context) -> bool:
    """An infinitive trigger reports an act only under a cue ("devrait obtenir") or "venir de"."""
    if "VerbForm=Inf" not in str(t.morph):
        return False
    if any(c.dep_.startswith("aux") for c in t.children):
        return False  # "avoir fait appel": a perfect infinitive is done
    head = t.head
    if head is t:
        return False
    if t.dep_ == "conj" and "VerbForm=Inf" in str(head.morph) and head.head is not head:
        head = head.head  # "pourrait émettre un avis, puis saisir la Cour": the modal governs both
    lem = _lemma(head)
    if lem in L.ACCOMPLISHED or lem in ctx.lexicon.cues.get("fr", {}):
        return False
    return head.pos_ in ("VERB", "AUX", "NOUN", "ADJ")


def _attributive(t: Token) -> bool:
    """A participle used as an adjective: "le très contesté article 20", "une société ouverte et égalitaire"."""
    doc = t.doc
    m = str(t.morph)
    if ("VerbForm=Part" in m or t.pos_ == "ADJ") and not any(c.dep_.startswith("aux") for c in t.children) \
            and t.i > 0 \
            and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and t.head.i == t.i - 1 \
            and all(c.dep_ in ("cc", "conj", "punct", "advmod") for c in t.children):
        return True
    if t.i + 1 >= len(doc) or t.i == 0 or "VerbForm=Fin" in str(t.morph):
        return False
    nxt, prev = doc[t.i + 1], doc[t.i - 1]
    fn, fp = _form(nxt), _form(prev)
    if not nxt.text.isalpha() or fn in L.ARTICLES or fn in L.PREPOSITIONS or nxt.pos_ in ("PRON", "ADP", "DET"):
        return False
    if fp in ("n'", "ne", "pas", "plus", "jamais"):
        return False
    return prev.pos_ == "DET" or fp in L.ARTICLES or (prev.pos_ == "ADV" and t.i >= 2 and (
        doc[t.i - 2].pos_ == "DET" or _form(doc[t.i - 2]) in L.ARTICLES))


def _purpose(t: Token) -> bool:
    """An infinitive of purpose ("pour proposer…") states an intent, not an act."""
    if "VerbForm=Inf" not in str(t.morph):
        return False
    doc = t.doc
    marks = [_form(c) for c in t.children if c.dep_ in ("mark", "case")]
    if t.i >= 1:
        marks.append(_form(doc[t.i - 1]))
    if t.i >= 2:
        marks.append(_form(doc[t.i - 2]))
    return any(m in L.PURPOSE for m in marks)


def frames(doc: Doc, offset: int, ctx: Context) -> list[Frame]:
    """The event frames of one parsed sentence (``offset`` = its start in the clipping text)."""
    out: list[Frame] = []
    sent_span = Span(offset + (doc[0].idx if len(doc) else 0), offset + len(doc.text.rstrip()))
    triggers = find_triggers(doc, ctx)
    # adjunct dates ("le 30 décembre 2024") end a noun phrase; title dates ("loi du 25 mai 2021") do not
    stops = set()
    for tok in doc:
        for d in ctx.dates:
            if d.start == tok.idx + offset and tok.i > 0 and _form(doc[tok.i - 1]) not in ("du", "de", "des", "d'"):
                stops.add(tok.i if _form(doc[tok.i - 1]) not in ("le", "la", "les", "l'") else tok.i - 1)
    doc.user_data["vg_stops"] = stops
    act_nouns = {t.i for t, tr, _ in triggers if tr.pos == "noun" and not _instrument_noun(tr, ctx)}
    for n in act_nouns:  # "sanctionné Orange d'une amende": an indefinite act noun starts a phrase of its own
        if n >= 2 and _form(doc[n - 1]) in L.INDEFINITES and _form(doc[n - 1]) not in L.GENITIVE_PREPS:
            stops.add(n - 2 if _form(doc[n - 2]) in L.GENITIVE_PREPS else n - 1)
    verb_trigger_top = {t.i: tr.top for t, tr, _ in triggers if tr.pos == "verb"}
    support_of: dict[int, Token] = {}
    for t, tr, _ in triggers:
        if tr.pos == "noun" and t.i in act_nouns:
            sv = _support_verb(t)
            if sv is not None:
                support_of[t.i] = sv
    for t, tr, end in triggers:  # linear: "a adopté à l'unanimité, le 20 juin, un avis"
        if tr.pos != "verb" or _lemma(t) not in L.SUPPORT_VERBS or tr.rest:
            continue
        for k in range(end + 1, min(len(doc), end + 16)):
            tok = doc[k]
            if tok.text in (";", ":") or _form(tok) in L.RELATIVES or (
                    tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(tok.morph)):
                break
            if tok.pos_ not in ("NOUN", "PROPN") or _in_value(tok, ctx, offset):
                continue
            prev = [_form(doc[j]) for j in range(max(0, k - 2), k)]
            if any(p in L.PREPOSITIONS and p not in ("de", "d'", "des", "du") for p in prev[-2:]):
                continue  # inside a prepositional phrase ("à l'unanimité")
            if k in act_nouns:
                support_of.setdefault(k, t)
            break  # the first noun heads the object: "le décret d'application" is no act
    noun_top = {t.i: tr.top for t, tr, _ in triggers if tr.pos == "noun"}
    support_verbs_used = {sv.i for n, sv in support_of.items() if verb_trigger_top.get(sv.i) != noun_top.get(n)}
    covered_nouns = {n for n, sv in support_of.items() if verb_trigger_top.get(sv.i) == noun_top.get(n)}
    cue_lemmas = ctx.lexicon.cues.get("fr", {})
    noun_lemmas_by_top: dict[str, set[str]] = {}
    for lemma, trigs in ctx.lexicon.triggers.get("fr", {}).items():
        for tr in trigs:
            if tr.pos == "noun" and not tr.rest:
                noun_lemmas_by_top.setdefault(tr.top, set()).add(lemma)
    last_frame: Frame | None = None
    for t, trig, _ in triggers:
        if trig.pos == "verb":
            ctx.trigger_starts.add(t.idx + offset)
    for t, trig, end_tok in triggers:
        is_noun = trig.pos == "noun"
        if is_noun and (t.i not in act_nouns or t.i in covered_nouns):
            continue
        if not is_noun and t.i in support_verbs_used and not trig.rest:
            continue  # "rendre dix décisions de sanction": the noun names the act
        if negated(t) or (not is_noun and (_background(t) or _purpose(t) or _unrealised_infinitive(t, ctx)
                                           or _attributive(t)
                                           or (_circumstantial(t) and not trig.rest))):
            continue
        cs, ce = _span_chars(doc, t.i, end_tok + 1, offset)
        frame = Frame(trig, Span(cs, ce), sent_span)
        frame.via_noun = is_noun
        obj_head: Token | None = None
        extra_agents: list[EntityRef] = []
        themed = False
        if is_noun:
            ruler = _governing_trigger(t, verb_trigger_top)
            support = support_of.get(t.i)
            if ruler is not None and ruler != trig.top and support is None:
                continue  # the act's own verb says what happens to it ("a rejeté le recours")
            if support is None and any(g.object_span is not None and g.trigger.top != trig.top
                                       and g.object_span.start <= cs < g.object_span.end for g in out):
                continue  # "le rejet par le juge de la requête de X": the request is what was rejected
            if support is not None and (negated(support) or _purpose(support) or _background(support)):
                continue
            frame.agent = _noun_agent(t, end_tok, ctx, offset, support)
            if support is not None and support.i < t.i:
                frame.support_start = support.idx + offset
            frame.object = _target(list(support.children), ctx, offset, (t.i, end_tok + 1)) \
                if support is not None else None
            if frame.object is None:
                frame.object = _object_noun(t, end_tok, frame.agent, ctx, offset)
            if support is not None:
                frame.modality, frame.future = modality(support, ctx, False)
                if frame.modality == "announced":
                    frame.modality = "realised"
            else:
                frame.modality, frame.future = "realised", False
        else:
            passive = _passive(t)
            theme = None
            if passive:
                agents = _par_agent(t, end_tok, ctx, offset)
                frame.agent = agents[0] if agents else None
                extra_agents = agents[1:]
                if frame.agent is None and t.head is not t and any(
                        _form(c) in L.POSSESSIVES for c in t.head.children):
                    # "Dans son rapport rendu public mardi, la Défenseure…": the owner is the main subject
                    after = [m for m in ctx.mentions if m.category == "actor" and m.start > t.idx + offset
                             and "," in ctx.text[t.idx + offset:m.start] and m.end <= sent_span.end]
                    if after:
                        frame.agent = ctx.ref(after[0])
            else:
                frame.agent, theme = _agent_active(t, ctx, offset)
                coordinated = t.i > 0 and (doc[t.i - 1].pos_ == "CCONJ" or doc[t.i - 1].text == ",") \
                    and _subject(t) is None
                if coordinated and frame.agent is None and theme is None and last_frame is not None:
                    frame.agent = last_frame.agent
                    if last_frame.agent is None:
                        theme = last_frame.object
            obj, obj_head = _object_verb(t, end_tok, passive, ctx, offset, noun_lemmas_by_top.get(trig.top, set()))
            if theme is not None and (obj is None or _category(obj, ctx) not in ("instrument", "matter", "actor")):
                obj = theme
            themed = passive or (theme is not None and obj is theme)
            frame.object = obj
            frame.modality, frame.future = modality(t, ctx, False)
            # a trigger that doubles as a hedge ("proposer", "recommander") counts only with a text as object
            if trig.lemma in cue_lemmas and not trig.rest and _category(obj, ctx) not in ("instrument", "matter"):
                continue
        if frame.agent is not None and frame.object is not None and frame.agent.span and frame.object.span \
                and frame.agent.span == frame.object.span:
            frame.object = None
        # an act counts with a body as agent, or with a text as its theme
        agent_ok = frame.agent is not None and _category(frame.agent, ctx) == "actor"
        # a text counts as the theme when it is the subject of an intransitive or passive trigger
        theme_ok = (not is_noun and themed and frame.object is not None
                    and _category(frame.object, ctx) in ("instrument", "matter"))
        if not agent_ok and not is_noun and ctx.recent_agents and _passive(t) and any(
                c.dep_ == "aux:pass" for c in t.children):
            topic = ctx.recent_agents[-1]
            if topic.kind not in ("company", "person"):
                frame.agent = topic  # "L'enquête avait été ouverte en juin 2021": by the body the text is about
                agent_ok = True
        if not agent_ok:
            frame.agent = None
            extra_agents = []
            if not theme_ok:
                continue
        frame.count = _count(t, obj_head, ctx, offset)
        _count_off_object(frame, doc, offset, ctx)
        frame.governed = _governed(t, end_tok, offset)
        if frame.object is not None and frame.object.span is not None:
            frame.object_span = frame.object.span
            ctx.recent_objects.append(frame.object)
        out.append(frame)
        last_frame = frame
        if frame.agent is None and frame.object is not None and _category(frame.object, ctx) == "instrument":
            ctx.recent_themes.append(frame.object)
        if frame.agent is not None and frame.agent.span is not None:
            ctx.recent_agents.append(frame.agent)
        for extra in extra_agents:
            f2 = Frame(trig, frame.trigger_span, sent_span, agent=extra, object=frame.object,
                       object_span=frame.object_span, modality=frame.modality, future=frame.future,
                       governed=frame.governed, via_noun=False)
            f2.extra_agent = True
            out.append(f2)
    return out


def _governing_trigger(t: Token, verb_tops: dict[int, str]) -> str | None:
    """The base code of a verb trigger that governs the noun ``t`` (object, subject or complement), if any."""
    node = t
    for _ in range(3):
        if node.head is node or node.dep_ not in ("obj", "nsubj", "nsubj:pass", "nmod", "obl:arg", "obl", "xcomp"):
            return None
        node = node.head
        if node.i in verb_tops:
            return verb_tops[node.i]
    return None


def _governed(t: Token, end_tok: int, offset: int) -> tuple[int, int]:
    """The character range a trigger governs (its subtree without relative clauses of other verbs)."""
    doc = t.doc
    lo = t.left_edge.i
    hi = t.right_edge.i
    for c in t.children:
        if (c.dep_ in ("acl:relcl", "parataxis") or (c.dep_ == "conj" and c.pos_ == "VERB")) and c.i > t.i:
            hi = min(hi, c.left_edge.i - 1)
    hi = max(hi, end_tok)
    return doc[lo].idx + offset, doc[hi].idx + len(doc[hi].text) + offset
