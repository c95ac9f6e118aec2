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

from ..link import fold, label_words, normalise
from ..model import EntityRef, Span
from .amounts import parse_number
from .frames import Context, Frame
from .lang import fr as L
from .lexicon import (
    Trigger,
    act_nouns_needed,
    court_outcome,
    is_catch_all,
    is_referral,
    needs_text_object,
    record_act,
    takes_amount,
    takes_ground,
    takes_requirement,
    text_theme,
)
from .text import Mention

Token = Any  # spacy.tokens.Token
Doc = Any

_SUBJ = ("nsubj", "nsubj:pass", "expl:subj")
#: Kinds of the bodies a referral seizes (a court, an authority asked for its opinion).
_SEIZED_KINDS = frozenset({"court", "independent_authority"})
_BREAK_DEPS = {"acl:relcl", "parataxis"}
# a conditional is always written with one of these endings ("devrait", "pourraient"): a tagger's Mood=Cnd on
# another form ("annulé") is a mistake
_COND_ENDINGS = ("rais", "rait", "rions", "riez", "raient")
_NUMBER_WORDS = frozenset(fold(w) for w in L.NUMBERS)
_CUT_PUNCT = {",", ";", ":", "(", ")", "[", "!", "?", "—", "–"}
_TARGET_WORDS = tuple(fold(w) for w in L.TARGET_PREPS)
_GAZETTE_FIRSTS = frozenset(g.split()[0] for g in L.GAZETTES)
#: Kinds of bodies that are parties to sanctions, never their authors.
_PARTY_KINDS = ("company", "person")
#: The kind of instrument that is a part of a text: a referral is about the whole text.
_PART_KIND = "article"
#: The kind of the texts that record a court's or an authority's decision: a relative on one tells its author's act.
_DECISION_KIND = "court_decision"
#: The kinds of texts by which a body acts: a passive whose "par" phrase is one of them is done by its author.
_RECORD_KINDS = (_DECISION_KIND, "decree")
#: kinds of body that bring a matter or undergo an act, never the authors of a decision or a deliberation
_NO_RECORD_AUTHORS = ("company", "person", "association", "parliamentary_chamber")
#: The kind of a text under procedure (vg:Bill): what it does to its object is only proposed.
_BILL_KIND = "bill"
_CHAMBER_KIND = "parliamentary_chamber"
_LAW_KIND = "law"
#: The base code of the act by which a body makes a text its own (its implicit agent is the text's author).
_ADOPTION = "adoption"
_COURT_KIND = "court"
#: The ontology's list of nouns that name a part or a quantity of a text ("l'essentiel", "une poignée").


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
        if _after_determiner(t):
            # a noun the tagger took for a participle ("douze mises en demeure"): its own form, singular
            keys.update({form, form[:-1]} if form.endswith(("s", "x")) else {form})
        for key in sorted(keys):
            cands.extend(lex.get(key, ()))
        best: tuple[Trigger, int] | None = None
        # a word that can be a verb or a noun ("censure", "valide"): the words around it decide
        verb_ok = {id(tr): (_is_verbish(t) or _verb_reading(t, form, tr, ctx)) and not _after_determiner(t)
                   for tr in cands if tr.pos == "verb"}
        prev_ok = t.i > 0 and doc[t.i - 1].pos_ not in ("DET", "ADP", "NUM") and _form(doc[t.i - 1]) not in L.ARTICLES
        if any(verb_ok.values()) and (t.pos_ in ("VERB", "AUX") or (t.pos_ in ("NOUN", "ADJ") and prev_ok)):
            cands = [tr for tr in cands if tr.pos == "verb"]
        for trig in cands:
            if trig.pos == "verb" and not verb_ok.get(id(trig), False):
                continue
            if trig.pos == "noun" and t.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                continue
            end = _match_rest(doc, t.i, trig)
            if end is None and _match_object(doc, t.i, trig):
                end = t.i  # "a transmis au Conseil constitutionnel une QPC": the listed object after a complement
            if end is None and trig.pos == "verb":
                end = _match_after_object(doc, t.i, trig)
            described = _match_passive_object(doc, t.i, trig) if end is None and trig.pos == "verb" else None
            if described is not None and (described.i > t.i or not any(
                    tr.pos == "noun" and not _instrument_noun(tr, ctx) and _match_rest(doc, described.i, tr) is not None
                    for tr in lex.get(_lemma(described), ()))):
                # "le projet de loi …, présenté en Conseil des ministres": the listed object is the theme (an act
                # noun keeps its participle after it as a support: "une amende prononcée par la CNIL"; a fronted
                # participle states the act: "Lancée en 2025 par la SNCF, l'expérimentation …")
                end = t.i
            if end is None:
                continue
            if trig.reflexive and not _reflexive(doc, t.i):
                continue
            if trig.pos == "verb" and not trig.reflexive and _own_clitic(doc, t.i):
                continue  # "Bruxelles s'attaque aux interfaces": the pronominal verb is another verb
            if trig.pos == "verb" and not trig.rest and _past_infinitive_after(t):
                continue  # "Amazon conteste avoir enfreint le RGPD": a claim about a past deed, not an act
            if trig.pos == "verb" and _reporting_incise(t):
                continue  # "…, confirme la haute juridiction.": the inverted incise reports, it states no act
            if best is None or len(trig.rest) > len(best[0].rest):
                best = (trig, end)
        if best is None:
            continue
        if best[0].pos == "noun" and text_theme(best[0], ctx.lexicon) and _in_text_head(doc, t, ctx):
            continue  # "le décret d'application de la loi": the noun completes the name of a kind of text
        # several concepts list the same words: keep all of them, the core picks one
        same = [c for c in cands if c.rest == best[0].rest and c.pos == best[0].pos
                and (not c.reflexive or _reflexive(doc, t.i))]
        for trig in same:
            out.append((t, trig, best[1]))
        covered.update(range(t.i, best[1] + 1))
    return out


def _in_text_head(doc: Doc, t: Token, ctx: Context) -> bool:
    """Whether ``t`` ends a head noun of several words that names a kind of text and does not start with ``t``
    ("décret d'application", ``vg:headNoun``): the word is part of that name, not a noun of its own."""
    heads = ctx.linker.compound_text_heads
    for k in range(1, min(3, t.i) + 1):
        if ("fr", normalise(" ".join(x.text for x in doc[t.i - k:t.i + 1]))) in heads:
            return True
    return False


def _after_determiner(t: Token) -> bool:
    """A participle form right after a determiner or a numeral is a noun, whatever the tagger says
    ("douze mises en demeure", "les mises en demeure")."""
    if t.i == 0 or "VerbForm=Fin" in str(t.morph) or "VerbForm=Inf" in str(t.morph) or (
            "VerbForm=Part" not in str(t.morph) and t.pos_ != "VERB"):
        return False  # "la CNIL les met en demeure": before a finite verb "les" is a pronoun
    prev = t.doc[t.i - 1]
    pf = _form(prev)
    if t.i >= 2 and prev.text.isdigit() and len(prev.text) == 4 and _form(t.doc[t.i - 2]) in L.MONTHS:
        return False  # "l'arrêté du 3 avril 2025 publié au Journal officiel": a year ends a date, it counts nothing
    return prev.pos_ in ("DET", "NUM") or _number_word(prev) or pf in L.ARTICLES or pf in L.POSSESSIVES


def _fronted_participle(t: Token) -> bool:
    """A participle opening the sentence and set off by a comma, which the tagger may call a proper noun
    because of its capital: "Adoptée le mois dernier, la loi…", "Saisi par…, le Conseil…"."""
    doc = t.doc
    start = t.sent.start if doc.has_annotation("SENT_START") else 0
    if t.i != start or "VerbForm=Fin" in str(t.morph) or "VerbForm=Inf" in str(t.morph):
        return False
    form = t.text.lower().replace("’", "'")
    if not form.endswith(L.PAST_PARTICIPLE_ENDINGS) or form.endswith(("er", "ir", "re")):
        return False
    # (the clause may be long: "Saisis le 10 septembre par le Conseil d'État d'une question … soulevée par …,
    # les Sages")
    return any(doc[k].text == "," for k in range(t.i + 1, min(len(doc), t.i + 30)))


def _verb_reading(t: Token, form: str, trig: Trigger, ctx: Context) -> bool:
    """A verb form the tagger took for a noun or adjective ("le Conseil valide…", "mais censure le délit")."""
    if form not in ctx.lexicon.forms.get("fr", set()) or ctx.lexicon.form_lemma.get("fr", {}).get(form) != trig.lemma:
        return False
    if _fronted_participle(t):
        return True
    prev = t.doc[t.i - 1] if t.i > 0 else None
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    # a form no noun shares ("prolonge", not "censure") is a verb where the words around it leave a doubt; not a
    # light verb ("lance"), nor a verb whose subject receives the act ("écope d'une amende": its noun is the act)
    noun_form = any(tr.pos == "noun" for tr in ctx.lexicon.triggers.get("fr", {}).get(form, ())) \
        or is_catch_all(trig, ctx.lexicon) or trig.lemma in L.RECIPIENT_VERBS
    if not trig.rest and (prev is None or prev.is_punct) and nxt is not None and _form(nxt) in L.GENITIVE_PREPS \
            and noun_form:
        # "Validation de l'essentiel, censure de six dispositions :": a noun with its complement (not a form no
        # noun shares: "…, publié au JO du 26, prolonge de dix-huit mois …")
        return False
    if trig.rest and prev is None:
        return True
    if prev is None:
        return False
    k = t.i - 1
    while k > 0 and t.doc[k].pos_ in ("ADV", "ADP") and t.doc[k].dep_ in ("advmod", "fixed") \
            and t.doc[k].head.i in (t.i, k - 1):
        k -= 1  # "lui a en outre enjoint", "a par ailleurs mis en demeure": the adverb between the auxiliary
    if k < t.i - 1 and t.doc[k].pos_ == "AUX":
        return True
    pf = _form(prev)
    if pf in ("l'", "l’") and t.i >= 2 and (t.doc[t.i - 2].pos_ == "ADP" or _form(t.doc[t.i - 2]) == "dont"):
        return False  # "…, dont l'attaque par rançongiciel": after a preposition or "dont", "l'" is the article
    if trig.rest:  # "entrent en application": the phrase decides, unless a determiner makes it a noun
        if prev.like_num and len(prev.text) == 4 and prev.text.isdigit() and t.i >= 3 \
                and _form(t.doc[t.i - 2]) in L.MONTHS:
            return True  # "le décret du 6 mai 2025 entre en vigueur": a title date ends the subject
        if prev.like_num and prev.dep_ in ("nummod", "nmod", "flat:name") and prev.head.i < prev.i:
            return True  # "la directive NIS 2 entre en vigueur": the number ends a name, it counts nothing after it
        return prev.pos_ not in ("DET", "NUM") and pf not in L.ARTICLES and not prev.like_num
    if prev.pos_ == "AUX" or pf in ("se", "s'", "l'", "lui", "leur"):
        return True  # "a enjoint", "lui a enjoint", "s'applique"
    if pf in ("en", "y") and t.i >= 2 and (_form(t.doc[t.i - 2]) in L.SUBJECT_PRONOUNS
                                          or _form(t.doc[t.i - 2]) in L.NEG_FIRST):
        return True  # "ils en valident l'essentiel", "n'en censure rien": a clitic, not a preposition
    if prev.pos_ == "ADJ" and not is_catch_all(trig, ctx.lexicon) and any(
            c.dep_ == "nsubj" and c.i < t.i and c.pos_ in ("NOUN", "PROPN") and prev.head.i == c.i for c in t.children):
        # "la Commission européenne inflige …": the adjective ends the subject the parser gave it (not for the light
        # verbs of the catch-all type, "lance", "ouvre", whose bare use is often no act)
        return True
    if prev.pos_ == "ADJ" and t.i >= 2 and t.doc[t.i - 2].pos_ in ("NOUN", "PROPN") and not noun_form:
        # "Un décret publié dimanche au Journal officiel prolonge …": a form no noun shares ends the noun phrase
        # before it (not "une large censure")
        return True
    return prev.pos_ not in ("DET", "ADP", "ADJ", "NUM") and pf not in L.ARTICLES and pf not in L.PREPOSITIONS


def _match_rest(doc: Doc, i: int, trig: Trigger) -> int | None:
    """Index of the last token of the trigger phrase starting at ``i``, or None."""
    j = i
    # a clause's verb (finite or with its auxiliary) may have a weekday before its complement ("sont parvenus mardi
    # à un accord"); a bare participle keeps its listed words together
    clause = "VerbForm=Fin" in str(doc[i].morph) or any(c.dep_.startswith("aux") for c in doc[i].children)
    # so may a participle describing a noun phrase that is no prepositional complement ("Un décret paru jeudi au
    # Journal officiel fixe…"; not "autorisée par un décret publié samedi au…", background of the act)
    # (or a participle the parser took for the verb of its noun: "L'arrêté paru mardi au …")
    described = doc[i].head if doc[i].dep_ in ("acl", "amod") else next(
        (c for c in doc[i].children if c.dep_ in ("nsubj", "nsubj:pass") and c.i == i - 1 and c.pos_ == "NOUN"), None)
    clause = clause or ("VerbForm=Part" in str(doc[i].morph) and described is not None
                        and described.i < i and not any(c.dep_ == "case" for c in described.children))
    for n_word, word in enumerate(trig.rest):
        if clause and n_word == 0:
            # "a déclaré ce vendredi conformes", "a jugé le 3 mars conforme": a time adjunct after a clause's verb
            # sits inside its verb phrase
            after = _after_time_adjunct(doc, j + 1) - 1
            close = next((m for m in range(after + 3, min(len(doc), after + 15))
                          if doc[m].text in (",", ";", ":", ".")), None) \
                if after + 1 < len(doc) and doc[after + 1].text == "," else None
            if close is not None and doc[close].text == "," and not any(
                    doc[m].pos_ in ("VERB", "AUX") for m in range(after + 2, close)):
                j = close  # "a adopté jeudi, lors de sa session plénière, un avis": a phrase set off by commas
            elif word not in L.ARTICLES or (j + 1 < len(doc) and _form(doc[j + 1]) not in L.DAY_ARTICLES) \
                    or after >= j + 3:
                j = after  # (a listed article may open the adjunct: "a rendu le 3 mars un avis"; not "ce matin")
        if word in L.RESTRICTIVE and n_word == len(trig.rest) - 1:
            # "a jugé jeudi, sur renvoi d'une juridiction suédoise, qu'un employeur …": a listed completive "que"
            # closes the verb group over adjuncts; no finite verb may come between, and a relative verb states no
            # ruling of its own ("la Cour, qui a jugé que …"; "c'est ce qu'a jugé la Cour" has no completive)
            return j if _completive_after(doc, i) or _inverted_ruling(doc, i) else None
        k = j + 1
        # allow one adverb or clitic in between ("mis aussi en demeure"), or a weekday after a clause's verb
        while k < len(doc) and k <= j + 2 \
                and (doc[k].pos_ in ("ADV", "ADJ") or (clause and _form(doc[k]) in L.WEEKDAYS)) \
                and _form(doc[k]).rstrip("sx") != word.rstrip("sx") \
                and _lemma(doc[k]) != word and _form(doc[k]) not in L.ARTICLES:  # "rendue publique": the word
            k += 1
        if k >= len(doc):
            return None
        f = _form(doc[k]).replace("’", "'")
        # the article of a listed phrase is not part of it: "présenter un/le/son projet de loi"
        # (so is the plural indefinite "des" right after the verb group, whatever its tag: "ouvrir des procédures",
        # "a ouvert le 27 mai des procédures", the date taken for its head)
        any_det = (word in L.ARTICLES and word not in L.GENITIVE_PREPS and doc[k].pos_ == "DET"
                   and _form(doc[k]) not in L.NEG_DETERMINERS and _form(doc[k]) not in L.GENITIVE_PREPS) or (
            word in L.ARTICLES and word not in L.GENITIVE_PREPS and n_word == 0 and _form(doc[k]) in L.INDEFINITES
            and _form(doc[k]) in L.GENITIVE_PREPS)
        if f != word and f.rstrip("'") != word and f.rstrip("sx") != word.rstrip("sx") and _lemma(doc[k]) != word \
                and not any_det:
            return None
        j = k
    return j


def _after_time_adjunct(doc: Doc, k: int) -> int:
    """Index after a time adjunct opening at ``k`` ("hier", "ce vendredi", "mardi 3 mars", "le 3 mars 2026"), or
    ``k`` itself when none opens there."""
    n = len(doc)
    f = _form(doc[k]) if k < n else ""
    if f in L.FORWARD_MARKERS and k + 1 < n and _form(doc[k + 1]) in L.RELATIVE_DAYS:
        k += 1  # "démarre dès demain"
        f = _form(doc[k])
    if f in L.RELATIVE_DAYS or (f in L.THIS and k + 1 < n and _form(doc[k + 1]) in L.TIMES_OF_DAY):
        # "hier", "hier soir", "ce matin"
        k += 1 if f in L.RELATIVE_DAYS else 2
        return k + 1 if k < n and _form(doc[k]) in L.TIMES_OF_DAY else k
    if f in L.THIS and k + 1 < n and _form(doc[k + 1]) in L.WEEKDAYS:
        return k + 2
    if f in L.WEEKDAYS:
        k += 1
    elif f not in L.DAY_ARTICLES:
        return k
    else:
        k += 1
        if not (k + 1 < n and (doc[k].like_num or _form(doc[k]) in L.ORDINAL_FIRST)
                and _form(doc[k + 1]) in L.MONTHS):
            return k - 1
    if k + 1 < n and (doc[k].like_num or _form(doc[k]) in L.ORDINAL_FIRST) and _form(doc[k + 1]) in L.MONTHS:
        k += 2
        if k < n and doc[k].text.isdigit() and len(doc[k].text) == 4:
            k += 1
    return k


def _inverted_ruling(doc: Doc, i: int) -> bool:
    """The verb at ``i`` (a listed "verb + que") is set off after the statement it reports, its subject inverted
    ("Les données … relèvent de la santé, a tranché la Cour de justice dans un arrêt du 4 octobre"): the statement
    before the comma, in the present, is the completive moved to the front."""
    k = i - 1
    while k > 0 and doc[k].pos_ in ("AUX", "ADV"):
        k -= 1
    n = _after_time_adjunct(doc, i + 1)
    if k <= 0 or doc[k].text != "," or k == i - 1 or n >= len(doc) \
            or not (doc[n].pos_ in ("DET", "PROPN") or _form(doc[n]) in L.ARTICLES):
        return False  # (a compound tense: "a tranché", the auxiliary before, the subject after)
    return any(x.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(x.morph) and "Tense=Pres" in str(x.morph)
               and x.dep_ not in ("acl:relcl", "acl") and not _relative_clause(x) for x in doc[:k])


def _after_incise(doc: Doc, i: int) -> list[Token]:
    """The nouns that open the verb's object after a phrase set off by commas ("a transmis au Conseil
    constitutionnel, par une décision du 6 novembre, une question …"): the parser may hang the object on the
    phrase. An incise opens within a few words of the verb and closes before another verb."""
    opening = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text in (",", ".", ";", ":")), None)
    if opening is None or doc[opening].text != ",":
        return []
    closing = next((k for k in range(opening + 1, min(len(doc), opening + 15))
                    if doc[k].text in (",", ".", ";", ":") or doc[k].pos_ in ("VERB", "AUX")), None)
    if closing is None or doc[closing].text != ",":
        return []
    return [n for n in doc[closing + 1:min(len(doc), closing + 4)] if n.pos_ == "NOUN"]


def _gazette(c: Token) -> bool:
    """Whether the noun phrase of ``c`` names an official gazette (``GAZETTES``: "Le Journal officiel de ce
    samedi", "le JO")."""
    s = phrase_bounds(c)[0]
    words = [_form(x) for x in c.doc[s:c.i + 3]]
    if words and words[0] in L.ARTICLES:
        words = words[1:]
    return any(words[:len(g.split())] == g.split() for g in L.GAZETTES)


def _present_or_simple_past(tok: Token) -> bool:
    """A third person singular the tagger read as a simple past whose ending is also the present's
    (``PRESENT_OR_SIMPLE_PAST_ENDINGS``: "interdit", "finit", "dit"): the simple past is rare in the news."""
    m = str(tok.morph)
    return "Tense=Past" in m and "Mood=Ind" in m and "Person=3" in m and "Number=Sing" in m \
        and _form(tok).endswith(L.PRESENT_OR_SIMPLE_PAST_ENDINGS)


def _completive_after(doc: Doc, i: int) -> bool:
    """The verb at ``i`` (finite or with its auxiliary, in a main clause) governs a "que" clause further on in its
    sentence: the first conjunction "que" after it, with no finite verb before it."""
    verb = doc[i]
    if verb.dep_ == "acl:relcl" or any(_form(c) in L.RELATIVES and c.dep_.startswith("nsubj") for c in verb.children) \
            or not ("VerbForm=Fin" in str(verb.morph) or any(c.dep_.startswith("aux") for c in verb.children)):
        return False
    for k in range(i + 1, min(len(doc), i + 25)):
        tok = doc[k]
        if tok.text in (".", ";", ":"):
            return False
        if _form(tok) in L.RESTRICTIVE:
            if tok.dep_ != "mark":
                return False  # (a relative "que" is the object of its clause; the tagger may call a mark PRON)
            # the law is stated in the present, a rule that holds ("qu'un employeur ne peut conserver …"); a past
            # tense after the past verb judges a case ("ont jugé que cette obligation portait atteinte …")
            # (past an incise set off by commas whose verb the tagger missed: "que la collecte …, telle que la
            # prévoit le droit bulgare, est contraire à …")
            fin = next((x for x in doc[k + 1:min(len(doc), k + 12)] if x.pos_ in ("VERB", "AUX")
                        and "VerbForm=Fin" in str(x.morph)), None) or next(
                (x for x in doc[k + 12:min(len(doc), k + 24)] if x.pos_ in ("VERB", "AUX")
                 and "VerbForm=Fin" in str(x.morph) and x.dep_ == "cop"
                 and sum(doc[m].text == "," for m in range(k, x.i)) == 2), None)
            if fin is None and tok.head.i > k and tok.head.dep_ == "ccomp" and tok.head.head.i == i:
                # the tagger missed the clause's verb ("que le droit d'accès couvre aussi …": "couvre" as an
                # adjective): the head of the "que" clause, with no past or participle mark, is in the present
                m = str(tok.head.morph)
                return not any(x in m for x in ("Tense=Past", "Tense=Imp", "VerbForm=Part", "VerbForm=Inf"))
            return fin is not None and ("Tense=Pres" in str(fin.morph) or _present_or_simple_past(fin))
        if tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(tok.morph):
            return False
    return False


def _match_object(doc: Doc, i: int, trig: Trigger) -> bool:
    """A phrase "verb + determiner + noun" ("transmettre une qpc") whose noun is the verb's direct object
    further on: a complement may come between ("a transmis au Conseil constitutionnel une QPC")."""
    rest = trig.rest
    if len(rest) < 2 or rest[0] not in L.ARTICLES or rest[0] in L.GENITIVE_PREPS:
        return False
    words = rest[1:]
    # "a rendu le 18/09/2025 un avis": the parser may take the date for the object and hang the noun on it
    hung = [g for c in doc[i].children if c.pos_ == "NUM" and c.dep_ == "obj" for g in c.children if g.dep_ == "conj"]
    set_off = _set_off_head(doc[i], i)  # "a lancé lundi, dans trois villes, une expérimentation"
    if set_off is not None:
        hung.append(set_off[1])
    for c in [*doc[i].children, *hung]:
        if (c.dep_ not in ("obj", "obl", "obl:mod", "obl:arg") and c not in hung) \
                or any(x.dep_ == "case" for x in c.children) \
                or c.i <= i + 1 or c.i + len(words) > len(doc):
            continue
        if any(fold(doc[c.i + j].text) != w and _lemma(doc[c.i + j]) != w for j, w in enumerate(words)):
            continue
        if doc[c.i - 1].pos_ == "DET" or _form(doc[c.i - 1]) in L.ARTICLES:
            return True
    return False


def _match_passive_object(doc: Doc, i: int, trig: Trigger) -> Token | None:
    """A phrase "verb + determiner + noun" ("présenter un projet de loi") whose verb is a participle describing
    that noun: "le projet de loi relatif à …, présenté le 15 octobre"."""
    rest = trig.rest
    t = doc[i]
    fronted = _fronted_participle(t)
    if len(rest) < 2 or rest[0] not in L.ARTICLES or rest[0] in L.GENITIVE_PREPS or (
            "VerbForm=Part" not in str(t.morph) and not fronted) \
            or (any(c.dep_.startswith("aux") and _lemma(c) == "avoir" for c in t.children)
                and not any(c.dep_ == "aux:pass" for c in t.children)):
        return None
    words = rest[1:]
    head = t.head if t.dep_ in ("acl", "amod", "appos") and t.head.i < t.i else None
    if fronted:
        # "Lancée courant 2025 par la SNCF, l'expérimentation …": a fronted participle describes the noun that
        # opens the main clause
        comma = next(k for k in range(i + 1, len(doc)) if doc[k].text == ",")
        k = comma + 1
        while k < len(doc) and _form(doc[k]) in L.ARTICLES:
            k += 1
        head = doc[k] if comma + 1 < k < len(doc) else None
    if head is None and not fronted:
        # "le projet de loi a été présenté mercredi": the subject of the passive
        head = next((c for c in t.children if c.dep_ == "nsubj:pass"), None)

    def names(h: Token | None) -> bool:
        return h is not None and h.i + len(words) <= len(doc) and all(
            fold(doc[h.i + j].text) == w or _lemma(doc[h.i + j]) == w for j, w in enumerate(words))

    if names(head):
        return head
    if not fronted and i > 0 and doc[i - 1].text == ",":
        # the parser may hang the participle set off by a comma on the last noun of the phrase ("le projet de loi
        # relatif aux prérogatives des polices, présenté le 3 mars"): the noun of the phrase, further back
        back = next((doc[k] for k in range(i - 2, max(-1, i - 25), -1) if doc[k].pos_ in ("NOUN", "PROPN")
                     and (k == 0 or doc[k - 1].pos_ == "DET" or _form(doc[k - 1]) in L.ARTICLES)
                     and fold(doc[k].text) == words[0]), None)
        if names(back):
            return back
    return None


def _match_after_object(doc: Doc, i: int, trig: Trigger) -> int | None:
    """A verb phrase whose last words are a complement of the object ("juger conforme", "déclarer contraire"):
    the object comes between ("a jugé cet article conforme à la Constitution"). The object must open with a
    determiner or a name and hold no verb or clause punctuation; the complement's start ends the object phrase."""
    rest = trig.rest
    if not rest or rest[0] in L.ARTICLES or rest[0] in L.PREPOSITIONS:
        return None
    k = _after_time_adjunct(doc, i + 1) if i + 1 < len(doc) else i + 1  # ("a jugé vendredi ces dispositions …")
    if k >= len(doc) or not (doc[k].pos_ in ("DET", "PROPN") or _form(doc[k]) in L.ARTICLES
                             or _form(doc[k]) in L.DEFINITES):
        return None
    # (the object counted from its own start, past any time adjunct: "l'article L. 252-1 du code de la sécurité
    # intérieure" is twelve tokens)
    for j in range(k + 1, min(len(doc), k + 16)):
        tok = doc[j]
        if tok.text in _CUT_PUNCT or tok.text == "." or _form(tok) in L.RELATIVES:
            return None
        f = _form(tok)
        if f == rest[0] or f.rstrip("sx") == rest[0].rstrip("sx") or fold(tok.lemma_) == rest[0]:
            # (before the verb test: the tagger may read the complement as a finite verb, "ces dispositions
            # conformes")
            end = _match_rest(doc, j - 1, Trigger(trig.code, trig.top, trig.lemma, rest, trig.pos, trig.lang))
            if end is not None:
                doc.user_data.setdefault("vg_split", {})[i] = j
                return end
        if tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(tok.morph):
            return None
    return None


def _own_clitic(doc: Doc, i: int) -> bool:
    """The reflexive clitic is the verb's own ("s'attaque", "s'est attaquée"), not a support's ("s'est vu infliger")."""
    k = i - 1
    while k >= 0 and doc[k].pos_ == "AUX":
        k -= 1
    return k >= 0 and k < i and _form(doc[k]) in L.REFLEXIVE_CLITICS


def _past_infinitive_after(t: Token) -> bool:
    """A past infinitive right after the verb is its complement: "conteste avoir enfreint", "nie être intervenu"."""
    doc = t.doc
    k = t.i + 1
    return k + 1 < len(doc) and _form(doc[k]) in ("avoir", "etre", "être") and "VerbForm=Part" in str(doc[k + 1].morph)


def _reporting_incise(t: Token) -> bool:
    """A reporting verb set off by a comma with its subject inverted, ending the sentence: ", confirme la Cour."."""
    doc = t.doc
    if _lemma(t) not in L.REPORTING_VERBS and _form(t) not in L.REPORTING_VERBS:
        return False
    k = t.i - 1
    while k > 0 and doc[k].pos_ in ("AUX", "ADV"):
        k -= 1
    if k <= 0 or doc[k].text != ",":
        return False
    rest = doc[t.i + 1:]
    return 0 < len(rest) <= 8 and rest[0].pos_ in ("DET", "PROPN") and all(
        x.text not in ",;:" and x.pos_ not in ("VERB", "AUX", "SCONJ") for x in rest)


def _reflexive(doc: Doc, i: int) -> bool:
    return any(_form(doc[k]) in ("se", "s'", "s") for k in range(max(0, i - 3), i))


def _se_voir(t: Token) -> bool:
    """"La société s'est vu infliger une amende par la Cnil": an infinitive under a reflexive receiving verb is a
    passive whose subject is the party the act is addressed to."""
    if "VerbForm=Inf" not in str(t.morph):
        return False
    k = t.i - 1
    while k > 0 and t.doc[k].pos_ == "ADV":
        k -= 1
    return k > 0 and _lemma(t.doc[k]) in L.RECEIVING_VERBS and _reflexive(t.doc, k)


def _receiver(t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The subject of a receiving passive ("Le groupe Durand s'est vu notifier…"), up to its clitic."""
    doc = t.doc
    k = t.i - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1
    # the parser hangs the subject on the infinitive or on the receiving verb, whichever it takes for the head
    receiver = _subject(t) or next((c for c in doc[k].children if c.dep_ in _SUBJ), None)
    clitics = [j for j in range(max(0, t.i - 4), t.i) if _form(doc[j]) in L.REFLEXIVE_CLITICS]
    if receiver is None and clitics and clitics[0] > 0 and doc[clitics[0] - 1].text == "," \
            and doc[0].pos_ in ("NOUN", "PROPN") and doc[0].text[:1].isupper():
        # "Drivo, une plateforme de …, s'est vu infliger …": the parser cut the subject off by its apposition; the
        # name opening the sentence, up to its comma, is who receives the act
        comma = next(j for j in range(len(doc)) if doc[j].text == ",")
        return _entity_for(doc, 0, comma, offset, ctx, "object")
    if receiver is None or receiver.i >= t.i or receiver.pos_ == "PRON":
        return None
    clitic = next((k for k in range(receiver.i + 1, t.i) if _form(doc[k]) in L.REFLEXIVE_CLITICS), t.i)
    s0, e0 = phrase_bounds(receiver, stop_at=clitic)
    return _entity_for(doc, s0, e0, offset, ctx, "object")


_LOCUTION_ENDS = frozenset(words[-1] for words in L.AGENT_LOCUTIONS)
_LOCUTION_LEN = max((len(words) for words in L.AGENT_LOCUTIONS), default=1)


def _locution_start(doc: Doc, k: int) -> int | None:
    """The first token of an agent locution that ends at token ``k`` ("de la part de"), if any."""
    if _form(doc[k]) not in _LOCUTION_ENDS or k < _LOCUTION_LEN - 1:
        return None
    for words in L.AGENT_LOCUTIONS:
        start = k - len(words) + 1
        if start >= 0 and tuple(_form(doc[j]) for j in range(start, k + 1)) == words:
            return start
    return None


def _agent_prep(doc: Doc, k: int) -> bool:
    """Whether token ``k`` ends a preposition of the agent: "par", or the last word of "de la part de"."""
    return _form(doc[k]) in L.AGENT_PREPS or _locution_start(doc, k) is not None


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
        # "faute pour ces pays d'avoir désigné …": the one who lacks stands between "faute" and "de"
        wide = [_form(x) for x in doc[max(t.sent.start, t.i - 10):t.i]]
        if "faute" in wide and wide[wide.index("faute") + 1:wide.index("faute") + 2] == ["pour"] \
                and any(w in L.GENITIVE_PREPS for w in wide[wide.index("faute") + 2:]):
            return True
    group = _verb_group(t)
    if t.dep_ in ("xcomp", "ccomp", "conj") and t.head.i < t.i and _lemma(t.head) in ("avoir", "etre") \
            and all(doc[k].pos_ in ("ADV", "ADP", "NOUN", "PRON", "PUNCT", "DET") or (
                doc[k].pos_ == "AUX" and _lemma(doc[k]) == "etre") for k in range(t.head.i + 1, t.i)):
        group.append(t.head)  # "n'a en revanche pas censuré" parsed with the auxiliary as the head (also "n'a, à ce
        # stade, prononcé aucune sanction", the participle hung on the auxiliary as a conjunct; "n'a en revanche
        # pas été suspendu", a passive)
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
        if ne[0] + 1 < t.i and _lemma(doc[ne[0] + 1]) in L.BARE_NEG_VERBS and not any(
                _form(w) in L.RESTRICTIVE for w in doc[t.i + 1:min(len(doc), t.i + 12)]):
            return True  # "ne saurait être renouvelée": "ne" alone with "savoir", "pouvoir", "oser", "cesser"
        # "aucun cadre ne l'autorise", "nul ne conteste": the negative word is in the subject
        k = ne[0] - 1
        while k >= 0 and k >= ne[0] - 6 and doc[k].text not in _CUT_PUNCT and _form(doc[k]) not in L.RELATIVES:
            if _form(doc[k]) in L.NEG_DETERMINERS:
                return True
            k -= 1
        return False
    if t.pos_ in ("NOUN", "PROPN") and any(_form(c) in L.NEG_DETERMINERS for c in t.children):
        return True
    if t.pos_ in ("NOUN", "PROPN") and _lacked(t):
        return True
    if t.pos_ in ("NOUN", "PROPN") and t.i >= 2 and _form(doc[t.i - 1]) in ("de", "d'", "d’") \
            and _form(doc[t.i - 2]) in L.NEG_SECOND and _form(doc[t.i - 2]) != "plus":
        return True  # "pas d'amende pour la commune": a zero quantity of the act ("plus de" may be "more than")
    # a negated subject determiner: "aucun tribunal n'a…"
    return any(c.dep_ in _SUBJ and any(_form(d) in L.NEG_DETERMINERS for d in c.children) for c in t.children)


def _lacked(t: Token) -> bool:
    """An act noun in a phrase that says it is lacking: "faute de décret d'application et de feu vert de
    Bruxelles", "sans avis de la CNIL", "en l'absence de sanction" (back to the clause's punctuation)."""
    doc = t.doc
    k = t.i - 1
    words: list[str] = []
    while k >= 0 and k >= t.i - 12 and doc[k].text not in _CUT_PUNCT and doc[k].text != "." and not (
            doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph)):
        words.insert(0, _form(doc[k]))
        k -= 1
    clause = " " + " ".join(words).replace("' ", "'") + " "
    # (a marker ending on an elided "d'" runs into its noun: "faute d'avis")
    return any(f" {fold(m)} " in clause or (fold(m).endswith("'") and f" {fold(m)}" in clause)
               for m in L.LACK_MARKERS)


_FINITE_ENDINGS = {
    "er": ("e", "es", "ent", "ons", "eons", "ez", "ait", "eait", "aient", "eaient", "era", "eront", "a"),
    "re": ("s", "", "ent", "ons", "ez", "ait", "aient", "ra", "ront"),
    "ir": ("it", "is", "issent", "issons", "issez", "issait", "issaient", "ira", "iront"),
}
_cue_forms_cache: dict[int, tuple[dict[str, str], dict[str, str]]] = {}


def _cue_of(tok: Token, cues: dict[str, str]) -> str | None:
    """The modality a cue word marks; a regular finite form of a cue verb that the tagger took for a noun or an
    adjective ("Les sénateurs envisagent de saisir", tagged NOUN with the form as lemma) counts as that verb."""
    mod = cues.get(_lemma(tok))
    if mod is not None or (tok.pos_ in ("VERB", "AUX") and _lemma(tok) != _form(tok)):
        return mod  # (a verb whose lemma is its own form was not lemmatised: "demande" for "demander")
    cached = _cue_forms_cache.get(id(cues))
    if cached is None or cached[0] is not cues:
        forms: dict[str, str] = {}
        for lemma, m in cues.items():
            if " " in lemma or "'" in lemma or len(lemma) < 5 or lemma[-2:] not in _FINITE_ENDINGS:
                continue
            for ending in _FINITE_ENDINGS[lemma[-2:]]:
                forms.setdefault(lemma[:-2] + ending, m)
        cached = (cues, forms)
        _cue_forms_cache[id(cues)] = cached
    return cached[1].get(_form(tok))


def _cue_before_infinitive(t: Token, cues: dict[str, str]) -> str | None:
    """The cue verb written right before an infinitive trigger that the parser did not make its head ("Les
    députés entendent déposer …" parsed with the verb as a noun): the mark of the word before, past "de"/"à"
    and adverbs."""
    if "VerbForm=Inf" not in str(t.morph):
        return None
    k = t.i - 1
    while k >= 0 and (_form(t.doc[k]) in ("de", "d'", "a", "à") or t.doc[k].pos_ == "ADV"):
        k -= 1
    if k < 0 or t.doc[k].pos_ in ("VERB", "AUX"):
        return None
    return _cue_of(t.doc[k], cues)


def _reported_future(t: Token, cues: dict[str, str]) -> str:
    """A conditional is expected, unless it is the future in the past of an announcement ("a annoncé qu'elle
    publierait", "ont annoncé qu'ils saisiraient le Conseil"): then the act is announced."""
    if t.dep_ == "ccomp" and t.head.i < t.i and _cue_of(t.head, cues) == "announced":
        return "announced"
    return "expected"


def modality(t: Token, ctx: Context, is_noun: bool) -> tuple[str, bool]:
    """(modality, future) from the cues that govern ``t`` and from its tense."""
    cues = ctx.lexicon.cues.get("fr", {})
    future = False
    group = _verb_group(t)
    # in a compound tense the auxiliary carries the mood ("a annulé" is indicative whatever the tagger says of
    # the participle)
    for g in [g for g in group if g is not t] or group:
        m = str(g.morph)
        if "Tense=Fut" in m or _future_form(g):
            future = True
        if "Mood=Cnd" in m and not is_noun and _form(g).endswith(_COND_ENDINGS):
            return _reported_future(t, cues), future
    if not is_noun and len(group) == 1 and _conditional_form(t):
        return _reported_future(t, cues), future  # "ils saisiraient le Conseil": a conditional read as a present
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
        if node.dep_ == "conj" and "VerbForm=Part" in str(node.morph) and node.head.i < node.i \
                and node.head.dep_ in ("xcomp", "ccomp") and not any(c.dep_.startswith("aux") for c in node.children):
            # "doit encore être soumis à une vérification, puis approuvé par le Conseil": a participle coordinated
            # without an auxiliary of its own shares the first one's, and what governs it
            node = node.head
            continue
        # (an infinitive adjunct has no tense of its own: "l'agence peut demander le retrait, avant même d'ouvrir une
        # procédure" is as hedged as the verb it hangs on)
        if (node.dep_ not in ("xcomp", "ccomp", "obj", "obl:arg", "csubj") and not (
                node.dep_ in ("conj", "advcl") and "VerbForm=Inf" in str(node.morph))) or node.head.i == node.i:
            break
        if any(_form(c) in L.RELATIVES for c in node.children if c.dep_ in ("obj", "nsubj", "nsubj:pass", "mark")) \
                and not _subjunctive_completive(node):
            break  # "a annoncé que la loi a été censurée": a report of the act ("demande que … soit autorisé": a wish)
        head = node.head
        mod = _cue_of(head, cues)
        if mod and mod != "realised":
            if mod == "announced" and (perfect_inf or is_noun):
                break
            if is_noun and mod == "announced":
                break
            return mod, future or any("Tense=Fut" in str(g.morph) for g in _verb_group(head))
        if any("Tense=Fut" in str(g.morph) for g in _verb_group(head)):
            future = True
        node = head
    mod = None if is_noun else _cue_before_infinitive(t, cues)
    if mod and mod != "realised":
        return mod, future
    if future and not is_noun:
        # "La Cnil publiera … des recommandations, a annoncé mardi sa présidente": a future act reported by a
        # trailing incise of an announcing verb is announced
        doc = t.doc
        stop = next((x.i for x in doc[t.i + 1:] if x.text in (".", "!", "?")), len(doc))
        for v in doc[t.i + 1:stop]:  # the parser may make the incise a sentence of its own
            if v.pos_ != "VERB" or cues.get(_lemma(v)) != "announced" or any(
                    c.dep_ in ("ccomp", "xcomp") for c in v.children):
                continue
            first = min([v.i] + [c.i for c in v.children if c.dep_.startswith("aux")])
            if first > 0 and doc[first - 1].text == "," and not any(
                    x.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(x.morph) for x in doc[v.i + 1:stop]):
                return "announced", future
    # multi-word cues just before the trigger in the clause ("une fois validé", "dans les prochaines semaines")
    sent_start = t.sent.start_char if t.doc.has_annotation("SENT_START") else 0
    window = normalise(t.doc.text[max(sent_start, t.idx - 40):t.idx], articles=False)
    for cue, mod in cues.items():
        if " " in cue and mod != "realised" and f" {cue} " in f" {window} ":
            return mod, future
    return "realised", future


def _subjunctive_completive(node: Token) -> bool:
    """Whether ``node`` heads a completive "que" clause in the subjunctive ("demande que chaque déploiement soit
    autorisé"): what it says is wished or required, not told as done, so the governing verb's cue applies."""
    return node.dep_ == "ccomp" and any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in node.children) and any(
        "Mood=Sub" in str(g.morph) for g in _verb_group(node))


# --- phrases -------------------------------------------------------------------------------

def _future_form(t: Token) -> bool:
    """Whether ``t`` is written as a future that the tagger read as a present: the infinitive (less its final "e")
    as stem, then a future ending ("ouvrira", "prendront"); a simple past has no such stem ("déclara")."""
    form, lemma = _form(t), fold(t.lemma_)
    if not lemma.endswith(("er", "ir", "re")) or "VerbForm=Inf" in str(t.morph):
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return form.startswith(stem) and form[len(stem):] in ("ai", "as", "a", "ons", "ez", "ont")


def _conditional_form(t: Token) -> bool:
    """Whether ``t`` is written as a conditional: the infinitive (less its final "e") as stem, then an imperfect
    ending ("saisiraient", "prendrait"); the imperfect has no such stem ("saisissaient", "déclarait")."""
    form, lemma = _form(t), fold(t.lemma_)
    if not lemma.endswith(("er", "ir", "re")) or "VerbForm=Inf" in str(t.morph):
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return form.startswith(stem) and form[len(stem):] in ("ais", "ait", "ions", "iez", "aient")


def phrase_bounds(head: Token, stop_at: int | None = None) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``.

    It starts at the head's leftmost dependent (prepositions dropped) and runs
    right, past what the parser attached elsewhere, until a comma or other
    clause punctuation, a relative pronoun, a finite verb, or an adjunct date.
    """
    doc = head.doc
    start = min(head.left_edge.i, head.i)
    while start < head.i and (doc[start].dep_ in ("case", "mark", "cc", "punct") or doc[start].is_punct) and not (
            start + 1 == head.i and _form(doc[start]) in L.NUMBERS):
        start += 1  # (a number word right before the noun determines it, whatever its tag: "neuf communes")
    cut = next((k for k in range(head.i - 1, start - 1, -1) if doc[k].text == ","), None)
    if cut is not None and doc[start].pos_ in ("NUM", "ADP") and _form(doc[cut + 1]) in L.INDEFINITES | L.DEFINITES:
        start = cut + 1  # "par 291 voix contre 47, une proposition de loi": the numeral is the adjunct's
    elif cut is not None and (doc[cut + 1].pos_ == "DET" or cut + 1 == head.i) and any(
            "VerbForm=Part" in str(doc[k].morph) for k in range(start, cut)):
        start = cut + 1  # "Pris après avis de la CNIL, le texte": a fronted participle the parser hung on the noun
    while start > 0 and doc[start].text[:1].isupper() and _proper(doc[start - 1]):
        start -= 1  # a name of several capitalised words the parser split: "le Digital Markets Act"
    if start == head.i and head.text[:1].isdigit() and start > 2 and doc[start - 1].text == ")":
        opening = next((j for j in range(start - 2, max(start - 6, 0), -1) if doc[j].text == "("), None)
        if opening is not None and doc[opening - 1].pos_ == "NOUN" and not any(
                doc[j].is_punct for j in range(opening + 1, start - 1)):
            # "le règlement (UE) 2024/982 est entré …": the parser made the number the subject; the name
            # starts at the noun before the bracket
            start = opening - 1
            while start > 0 and doc[start - 1].pos_ == "DET":
                start -= 1
    end = head.i + 1
    limit = min(len(doc), head.i + 30)
    k = head.i + 1
    while k < limit:
        tok = doc[k]
        f = _form(tok)
        if tok.text == "(" and (stop_at is None or k < stop_at):
            close = next((j for j in range(k + 1, min(k + 5, len(doc))) if doc[j].text == ")"), None)
            if close is not None and close + 1 < len(doc) and not any(doc[j].is_punct for j in range(k + 1, close)) \
                    and (doc[close + 1].text[:1].isdigit() or doc[close + 1].text in ("n°", "N°")):
                # "le règlement (UE) 2025/2509 relatif à …": the bracket inside a numbered act's name
                end = k = close + 1
                continue
        if tok.text in _CUT_PUNCT or f in L.RELATIVES or tok.text == "." or f in L.NEG_FIRST:
            break  # "le projet de loi … n'est pas au bout de ses peines": negation opens the verb group
        if tok.pos_ == "SCONJ" and tok.dep_ == "mark" and tok.head.i > k:
            break  # "saisiront le Conseil si la loi est adoptée": a subordinate clause ends the phrase
        if tok.pos_ in ("VERB", "AUX") and ("VerbForm=Fin" in str(tok.morph) or tok.dep_.startswith("aux")):
            break
        if tok.pos_ in ("CCONJ", "PRON") and k + 1 < len(doc) and doc[k + 1].pos_ in ("VERB", "AUX") \
                and (tok.pos_ == "CCONJ" or "Reflex=Yes" in str(tok.morph) or f in L.ADVERBIAL_CLITICS):
            break  # "le décret s'appliquera": the reflexive clitic opens the verb group
        if f in L.AGENT_PREPS and (tok.head.dep_ == "obl:agent" or (head.pos_ == "PROPN" and k == head.i + 1) or (
                head.dep_ in ("obl", "obl:arg", "iobj") and head.head.pos_ == "VERB" and any(
                    c.dep_ == "aux:pass" for c in head.head.children))):
            break  # "infligée à Amazon par la Commission …": a name takes no "par" complement; nor does the party
            # of a passive verb ("prononcée contre la société Durand par la Cnil")
        if stop_at is not None and k >= stop_at:
            break
        if tok.pos_ == "DET" and head.dep_ in ("obl", "obl:arg", "iobj") and tok.head.dep_ == "obj" \
                and tok.head.head.i == head.head.i and not (head.left_edge.i <= k <= head.right_edge.i):
            break  # "a remis à la présidente du Bundestag son rapport": the verb's object after its dative phrase
        if k > head.i + 1 and _locution_at(doc, k):
            break  # "un avis sur les agents d'IA à la demande de l'autorité irlandaise": an adjunct of the act
        if k in doc.user_data.get("vg_stops", ()):
            break
        if f in L.GENITIVE_PREPS and k + 1 < len(doc) and "VerbForm=Inf" in str(doc[k + 1].morph) \
                and not (head.left_edge.i <= k + 1 <= head.right_edge.i):
            break  # "enjoint à la société de cesser…": an infinitive clause of the verb, not of the noun
        end = k + 1
        k += 1
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("case", "cc", "det")
                               or _form(doc[end - 1]) in L.GENITIVE_PREPS or doc[end - 1].pos_ in ("ADP", "CCONJ")):
        end -= 1
    return start, max(end, head.i + 1)


def _span_chars(doc: Doc, start: int, end: int, offset: int) -> tuple[int, int]:
    return doc[start].idx + offset, doc[end - 1].idx + len(doc[end - 1].text) + offset


def _locution_at(doc: Doc, k: int) -> bool:
    """A prepositional locution opening an adjunct starts at token ``k`` ("au titre de", "en vertu de")."""
    words = tuple(_form(x) for x in doc[k:k + 3])
    return any(words[:len(loc)] == loc for loc in L.ADVERBIAL_LOCUTIONS)


def _entity_for(doc: Doc, start: int, end: int, offset: int, ctx: Context, want: str,
                head_text: str | None = None, indefinite: bool = False) -> EntityRef | None:
    """The entity named by tokens [start, end): a known name inside, else an unknown body of the wanted category
    (with ``indefinite``, also a group named with an indefinite determiner, which the name leaves out: "saisi par
    plusieurs associations de supporters" -> "associations de supporters")."""
    for k in range(start + 1, end - 1):
        if _form(doc[k]) in L.GENITIVE_PREPS and "VerbForm=Inf" in str(doc[k + 1].morph):
            cs, ce = _span_chars(doc, start, k, offset)
            if ctx.mentions_in(cs, ce, "actor") or ctx.linker.category_of(
                    ctx.linker.guess_kind(ctx.text[cs:ce], "fr")) == "actor":
                end = k  # "ordonne à la préfecture de cesser…": a body takes no infinitive complement
            break
    if want == "actor":
        for k in range(start + 1, end - 1):
            if _locution_at(doc, k):
                end = k  # "le préfet au titre du contrôle de légalité": the adjunct of the act ends the body
                break
    cs, ce = _span_chars(doc, start, end, offset)
    text = ctx.text[cs:ce]
    inside = ctx.mentions_in(cs, ce)
    if want == "actor":
        # a known name inside a head noun of several words is part of that noun: "la représentante de l'État" is a
        # prefect, not the State
        inside = [m for m in inside if not _in_actor_head(text, m, ctx)]
        actors = [m for m in inside if m.category == "actor"]
        if not inside:  # the parser cut a known name short: "par la commission | mixte paritaire"
            actors = [m for m in ctx.mentions if m.category == "actor" and cs <= m.start < ce < m.end
                      and ctx.text[m.start:ce].strip(" ,;:") != ""]
            # or at its start: "Plus de soixante | députés de gauche ont déféré" (the name runs into the phrase)
            actors = actors or [m for m in ctx.mentions if m.category == "actor" and m.start < cs < m.end]
        if len(actors) > 1 and actors[0].iri != actors[1].iri and actors[0].kind == actors[1].kind == _COURT_KIND \
                and fold(ctx.text[actors[0].end:actors[1].start]).strip() in L.GENITIVE_LINKS:
            actors = actors[1:]  # "la chambre sociale de la cour d'appel de Versailles": the chamber of that court
        if actors:
            # the first known body of the phrase is its head ("la formation restreinte de la Cnil" -> Cnil)
            return _longer_name(doc, actors[0], ce, offset, ctx) or _named_on(actors[0], ce, ctx) \
                or ctx.ref(actors[0])
        kind = ctx.linker.guess_kind(text, "fr", "actor")
        if kind is None or (inside and ctx.linker.guess_kind(ctx.text[cs:min(m.start for m in inside)], "fr",
                                                             "actor") is None):
            return None  # (a text or a matter named in the complement of a body's head noun is its remit: "le
            # comité d'évaluation de l'expérimentation de la vidéoprotection algorithmique")
        words = fold(text).replace("'", "' ").split()
        if words[0] in ("d'", "l'") and len(words) > 1:
            words = words[1:]
        rest = text.split()[1:]
        # (a capital on an adjective before a generic noun is deference, no name: "la Haute juridiction")
        named = any(w[:1].isupper() for w in (rest[1:] if len(rest) > 1 else rest))
        if words[0] in L.INDEFINITES and not named:
            if not indefinite or len(words) < 2:
                return None  # "une société": not a named body
            lead = len(text.split()[0])
            return EntityRef(text=text[lead:].strip(), span=Span(cs, ce), iri=None, kind=kind)
        first = fold(text.split()[0])
        short = ctx.linker.shortened(text, "actor")
        if short is not None:
            # "le gendarme espagnol": a periphrasis of a known body cut short
            return EntityRef(text=_strip_article(text), span=Span(cs, ce), iri=short,
                             kind=ctx.linker.knowledge.entities[short].kind)
        if not named and (first in L.DEFINITES or first.startswith("l'")):
            # "la juridiction" after "le Conseil d'État"; "le juge des référés" after "le tribunal administratif
            # d'Orléans", a body the reference data does not hold
            # (a place the sentence names comes first: "À Orléans, la mairie …" after another commune's act)
            placed = _place_body(doc, words, Span(cs, ce), _strip_article(text), offset, ctx)
            if placed is not None:
                return placed
            back = ctx.antecedent(kind, cs, unknown=True)
            if back is not None:
                return back
        return EntityRef(text=_strip_article(text), span=Span(cs, ce), iri=None, kind=kind)
    # object: keep the phrase as written; link to the longest known instrument/matter/actor inside
    if not inside:  # a punctuation mark cut a known name short: "du règlement | (UE) 2024/1689"
        longer = [m for m in ctx.mentions if cs <= m.start < ce < m.end and m.category != "actor"]
        if longer:
            ce = max(m.end for m in longer)
            text = ctx.text[cs:ce]
            inside = ctx.mentions_in(cs, ce)
    if inside:
        best = max(inside, key=lambda m: (m.end - m.start, -m.start))
        if best.category == "actor" and ctx.text[best.start - 1:best.start] == "(" and ctx.linker.category_of(
                ctx.linker.guess_kind(text, "fr")) == "instrument":
            # "le règlement (UE) 2025/99 sur les jouets": the body in a numbered act's bracket is no object
            return ctx.linker.link(text, "instrument", Span(cs, ce))
        if best.category in ("matter", "actor") and best.start > cs + 3 and ctx.linker.category_of(
                ctx.linker.guess_kind(text, "fr")) == "instrument" and not any(
                m.category == "instrument" for m in inside):
            # "le décret n° 2024-1105 modifiant le traitement d'antécédents judiciaires (TAJ)": a text about a
            # file is a text, not the file; nor is a text the body named inside it ("l'arrêté du 5 octobre 2023
            # autorisant le traitement « BADGE-RH » au ministère des Armées")
            return ctx.linker.link(text, "instrument", Span(cs, ce))
        own = ctx.linker.guess_kind(text, "fr") if best.category == "instrument" and best.start > cs + 3 else None
        if own is not None and own != best.kind and ctx.linker.category_of(own) == "instrument" \
                and own != _PART_KIND and best.kind != _PART_KIND and not (
                    own == _BILL_KIND and _drafts(text, best.kind, ctx)):
            # "l'ordonnance portant adaptation du droit français au règlement européen sur l'IA", "le projet de
            # décret modifiant le RGPD": a text of another kind than the one named inside it is a text of its own
            # (not "l'article 5 du règlement", its part, nor "la proposition de règlement sur l'IA", its draft)
            return ctx.linker.link(text, "instrument", Span(cs, ce))
        return EntityRef(text=text, span=Span(cs, ce), iri=best.iri, kind=best.kind)
    iri = ctx.linker.lookup(text)
    if iri is not None:
        return EntityRef(text=text, span=Span(cs, ce), iri=iri, kind=ctx.linker.knowledge.entities[iri].kind)
    whole_iri = _whole_text(text, ctx)
    if whole_iri is not None:
        # "l'essentiel de la loi X", "38 des 64 articles de la loi X": a quantity or part of a known text is
        # about that text (the phrase is kept as written)
        return EntityRef(text=text, span=Span(cs, ce), iri=whole_iri,
                         kind=ctx.linker.knowledge.entities[whole_iri].kind)
    kind = ctx.linker.guess_kind(text, "fr")
    words = fold(text).replace("'", "' ").split()
    if kind is not None and ctx.linker.category_of(kind) == "instrument" and any(w in L.POSSESSIVES for w in words):
        # "certaines dispositions de son article 15": a part of the text named before
        whole = _last_text(ctx, cs, exclude_kind=kind)
        if whole is not None:
            return EntityRef(text=text if whole.iri else f"{text} ({whole.text})", span=Span(cs, ce),
                             iri=whole.iri, kind=whole.kind)
    if len(words) in (5, 6) and words[0] in L.DEFINITES | L.POSSESSIVES and words[1] in _part_nouns(ctx) \
            and words[2] in ("de", "du") and words[-2] in L.PART_NOUNS and words[-1][:1].isdigit():
        # "les interdictions de l'article 5", "les obligations de son article 3": a part of a bare article, of the
        # text named before
        whole = _last_text(ctx, cs, exclude_kind=_PART_KIND)
        if whole is not None and whole.iri:
            return EntityRef(text=text, span=Span(cs, ce), iri=whole.iri, kind=whole.kind)
    demo = next((k for k in range(1, len(words) - 1) if words[k] in L.DEMONSTRATIVES), None)
    if kind is not None and ctx.linker.category_of(kind) == "instrument" and demo is not None:
        # "les autres dispositions de cet article": the text of that head noun named before
        noun = words[demo + 1]
        back = next((r for r in reversed(ctx.recent_objects) if r.span is not None and r.span.end <= cs
                     and noun in fold(r.text).replace("'", "' ").split()), None)
        if back is not None:
            said = back.text.split()
            # "le premier alinéa de l'article 7 de la loi": "cet article" is the article
            at = next((i for i, w in enumerate(said) if fold(w).split("'")[-1] == noun), 0)
            return EntityRef(text=f"{text} ({' '.join(said[at:])})", span=Span(cs, ce), iri=back.iri,
                             kind=back.kind)
    contracted = fold(ctx.text[max(0, cs - 4):cs]).split()[-1:] in (["au"], ["aux"], ["du"])
    if kind is not None and ctx.linker.category_of(kind) == "actor" and (words[0] in L.DEFINITES or contracted) \
            and not any(w[:1].isupper() for w in text.split()[1:]):
        # "la société américaine de reconnaissance faciale": the body of that kind named before
        back = ctx.antecedent(kind, cs)
        if back is not None:
            return EntityRef(text=back.text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    if len(words) == 3 and words[0] in L.DEFINITES and words[1] in L.SAME_ADJECTIVES:
        words = [words[0], words[2]]  # "le même texte", "le même décret": the same text again
    if kind is not None and len(words) == 2 and words[0] in L.DEFINITES:
        # a definite bare head noun ("le règlement", "la délibération") takes up the text named before
        back = ctx.text_antecedent(kind, cs, words[1])
        if back is not None:
            return EntityRef(text=text if back.iri else back.text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    tail = words[2:]
    whole_noun = tail[1:] if tail[:1] in (["du"], ["des"]) else tail[2:] if tail[:1] == ["de"] and tail[1:2] and \
        tail[1] in L.DEFINITES else []
    if kind is not None and len(words) > 3 and words[0] in L.DEFINITES and words[1] in _part_nouns(ctx) \
            and len(whole_noun) == 1:
        # "Le reste du décret a été validé": the part of the text of that head noun named before
        back = ctx.text_antecedent(kind, cs, whole_noun[0])
        if back is not None:
            return EntityRef(text=text if back.iri else f"{text} ({back.text})", span=Span(cs, ce), iri=back.iri,
                             kind=back.kind)
    if kind is None and len(words) == 2 and words[0] in L.DEFINITES and _hypernym_word(words[1], ctx):
        # "Le texte, publié au Journal officiel…": the generic noun takes up the last text named (a whole one)
        back = _last_text(ctx, cs, exclude_kind=_PART_KIND, named=True)
        opening = doc[0].idx + offset
        if back is not None and back.span is not None and opening <= back.span.start and len(doc) > 1 \
                and _form(doc[0]).endswith(L.PAST_PARTICIPLE_ENDINGS) and doc[0].pos_ in ("VERB", "ADJ") \
                and "," in ctx.text[back.span.end:cs]:
            # "Pris après avis de la CNIL, le texte entrera en vigueur …": not a text named in the participle
            # clause that opens its own sentence and describes it
            back = _last_text(ctx, opening, exclude_kind=_PART_KIND, named=True)
        if back is not None:
            return EntityRef(text=text if back.iri else back.text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    if len(words) > 3 and words[1] in _part_nouns(ctx) and len(whole_noun) == 1 \
            and whole_noun[0] in _text_hypernyms(ctx):
        # "Certaines dispositions du texte, dont les définitions, sont applicables": parts of the last text named
        back = _last_text(ctx, cs, exclude_kind=_PART_KIND)
        if back is not None and back.iri:
            return EntityRef(text=text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    if len(words) == 2 and (words[0] in L.POSSESSIVES or words[0] in L.DEFINITES) and words[1] in _part_nouns(ctx):
        # "Ses interdictions s'appliqueront dès le 2 février", "les obligations …": the parts of the last text named
        back = _last_text(ctx, cs, exclude_kind=_PART_KIND)
        if back is not None and back.iri:
            return EntityRef(text=text, span=Span(cs, ce), iri=back.iri, kind=back.kind)
    return EntityRef(text=text, span=Span(cs, ce), iri=None, kind=kind)


def _place_body(doc: Doc, words: list[str], span: Span, text: str, offset: int, ctx: Context) -> EntityRef | None:
    """"À Saint-Aubin-des-Landes, la municipalité a lancé …": a definite noun alone that names a body for a place
    (``vg:placeNoun``) is the body of the place the sentence names with "à", by the name ``vg:placeName`` gives
    ("commune de Saint-Aubin-des-Landes"): linked when the reference data holds that name, else minted under it."""
    if len(words) != 2:
        return None
    body = ctx.lexicon.place_bodies.get("fr", {}).get(words[1])
    place = _place_in(doc, offset, ctx) if body is not None else None
    if body is None or place is None:
        return None
    kind, template = body
    if fold(place)[:1] in L.ELIDING_INITIALS:
        template = template.replace("de {place}", "d'{place}")  # "commune d'Orléans"
    name = template.replace("{place}", place)
    iri = ctx.linker.lookup(name, "actor")
    if iri is not None:
        return EntityRef(text=text, span=span, iri=iri, kind=ctx.linker.knowledge.entities[iri].kind)
    return EntityRef(text=text, span=span, iri=None, kind=kind, name=name)


def _place_in(doc: Doc, offset: int, ctx: Context) -> str | None:
    """The first place the sentence names with "à" ("À Cannes, …", "a démarré lundi à Cannes"): a capitalised name
    that is no known name (not "à Bruxelles", the Commission), its hyphenated or capitalised parts joined."""
    for k, tok in enumerate(doc[:-1]):
        nxt = doc[k + 1]
        if _form(tok) not in L.DATIVE_PREPS or tok.pos_ != "ADP" or not nxt.text[:1].isupper() \
                or not nxt.text[:1].isalpha():
            continue  # (whatever the tagger calls the name: "Saint-Aubin-des-Landes" may come out as a verb)
        e = k + 2
        while e < len(doc) and (not doc[e - 1].whitespace_ or doc[e].text[:1].isupper()) \
                and doc[e].text not in _CUT_PUNCT and doc[e].text != ".":
            e += 1
        cs, ce = _span_chars(doc, k + 1, e, offset)
        if any(m.start < ce and cs < m.end for m in ctx.mentions) or any(d.start < ce and cs < d.end
                                                                           for d in ctx.dates):
            continue
        return ctx.text[cs:ce]
    return None


def _in_actor_head(text: str, m: Mention, ctx: Context) -> bool:
    """Whether the known name ``m`` is part of a head noun of several words that opens ``text`` and names a kind of
    body ("représentante de l'État", ``vg:headNoun``)."""
    key, name = normalise(text), normalise(m.text)
    return bool(name) and any(
        lang in ("", "fr") and (key == head or key.startswith(head + " ")) and f" {name} " in f" {head} "
        and head != name for lang, head in ctx.linker.compound_actor_heads)


def _drafts(text: str, kind: str, ctx: Context) -> bool:
    """Whether the draft ``text`` ("la proposition de règlement sur l'IA") is a draft of a text of ``kind``: a word
    of its head after the first is a head noun of that kind ("règlement")."""
    words = normalise(text).split()[:4]
    return any(h.kind == kind and h.key in words for h in ctx.linker.heads if len(h.key.split()) == 1)


def _named_on(m: Mention, end: int, ctx: Context) -> EntityRef | None:
    """An unknown body whose name the phrase carries on past the gazetteer's cut: "le président de l'Association
    | des maires de France" (the gazetteer reads a name of a few words); the rest opens with a link word and holds
    a capital."""
    if m.iri is not None or end <= m.end:
        return None
    rest = ctx.text[m.end:end].rstrip(" ,;:")
    words = rest.split()
    if not words or fold(words[0]) not in L.GENITIVE_PREPS or not any(w[:1].isupper() for w in words[1:]):
        return None
    text = ctx.text[m.start:m.end] + rest
    return EntityRef(text=_strip_article(text), span=Span(m.start, m.start + len(text)), iri=None, kind=m.kind)


def _longer_name(doc: Doc, m: Mention, end: int, offset: int, ctx: Context) -> EntityRef | None:
    """A known body's name qualified by an adjective its own labels never use names another body: "la Commission
    fédérale des communications" is not the European Commission, "le Conseil d'État belge" not the French one.
    The adjective follows the name and depends on it; a participle ("la Cnil, saisie …", "la Cnil saisie par …")
    tells what happened to the body and keeps it. A description ("le régulateur britannique") with a noun
    complement its labels never use is another body too ("… des communications"); a name keeps its complements
    ("la Cnil de l'époque"). The other body is unknown, named by the phrase up to ``end``."""
    if m.iri is None:
        return None
    at = next((t for t in doc if t.idx + offset >= m.end), None)
    if at is None or at.idx + offset - m.end > 1 or end <= m.end:
        return None
    if at.pos_ == "ADP" and fold(at.text) in L.GENITIVE_PREPS and _strip_article(m.text)[:1].islower():
        # a description ("le régulateur britannique") with a complement its labels never use names another
        # body: "le régulateur britannique des communications" is not the data protection authority
        at = next((t for t in doc[at.i + 1:at.i + 3] if t.pos_ != "DET"), at)
        if at.pos_ != "NOUN" or at.dep_ != "nmod" or not (m.start <= at.head.idx + offset < m.end):
            return None
    elif at.pos_ != "ADJ" or at.dep_ != "amod" or not at.text[:1].islower() or "VerbForm=Part" in str(at.morph) \
            or not (m.start <= at.head.idx + offset < m.end):
        return None
    nxt = doc[at.i + 1] if at.i + 1 < len(doc) else None
    if nxt is not None and ("VerbForm=Inf" in str(nxt.morph) or _form(nxt) in L.COMPLEMENTISERS):
        return None  # "La CNIL annonce avoir sanctionné …": the tagger took the verb after the name for an adjective
    if fold(at.text) in label_words(ctx.linker.knowledge.entities[m.iri]):
        return None
    text = ctx.text[m.start:end].rstrip(" ,;:")
    return EntityRef(text=_strip_article(text), span=Span(m.start, m.start + len(text)), iri=None,
                     kind=ctx.linker.guess_kind(text, "fr", "actor") or m.kind)


def _text_hypernyms(ctx: Context) -> set[str]:
    """The generic nouns that stand for any text named before, as "il" does ("texte", ``vg:anaphoricNoun``)."""
    return ctx.lexicon.text_anaphors.get("fr", set())


def _hypernym(ref: EntityRef, ctx: Context) -> bool:
    """Whether ``ref`` is written as a generic noun for a text named before ("le texte")."""
    if ref.span is None:
        return False
    words = fold(ctx.text[ref.span.start:ref.span.end]).replace("'", "' ").split()
    return len(words) == 2 and words[0] in L.DEFINITES and _hypernym_word(words[1], ctx)


def _hypernym_word(word: str, ctx: Context) -> bool:
    """Whether the folded ``word`` is a generic noun for a text, singular or plural ("texte", "textes")."""
    return word in _text_hypernyms(ctx) or word.removesuffix("s") in _text_hypernyms(ctx)


def _whole_text(text: str, ctx: Context) -> str | None:
    """The known text a "de" complement of ``text`` names, when the words before it designate no part of their
    own ("l'essentiel de la loi X", "38 des 64 articles de la loi X"; not "l'article 5 de la loi X", which is
    the article)."""
    words = text.replace("’", "'").replace("'", "' ").split()
    for k in range(1, len(words) - 1):
        if fold(words[k]) not in L.GENITIVE_PREPS:
            continue
        head = " ".join(words[:k])
        if ctx.linker.guess_kind(head, "fr") == _PART_KIND and any(ch.isdigit() for ch in words[k - 1]):
            return None  # "l'article 5 de la loi": the article is the object
        iri = ctx.linker.lookup(" ".join(words[k + 1:]).replace("' ", "'"))
        if iri is not None and ctx.linker.knowledge.entities[iri].category == "instrument":
            return iri
    return None


def _part_nouns(ctx: Context) -> set[str]:
    """Nouns that name a part or a quantity of a text ("l'essentiel", "une poignée"), from ``vg:partNoun``."""
    return ctx.lexicon.part_nouns.get("fr", set())


def _text_author(frame: Frame, ctx: Context) -> None:
    """"la délibération par laquelle le conseil régional avait lancé …": the body of a prepositional relative on
    an unnamed text is its author, which names the text ("la délibération (conseil régional)")."""
    obj = frame.object
    if obj is None or obj.iri is not None or obj.span is None or _category(obj, ctx) != "instrument":
        return
    after = fold(ctx.text[obj.span.end:obj.span.end + 24]).replace("'", "' ").split()
    if len(after) < 2 or after[0] not in L.PREPOSITIONS or after[1] not in L.PREP_RELATIVES:
        return
    lo = obj.span.end + len(ctx.text[obj.span.end:]) - len(ctx.text[obj.span.end:].lstrip())
    lo += len(after[0]) + 1 + len(after[1])
    body = next((m for m in ctx.mentions if m.category == "actor" and m.start >= lo), None)
    if body is None or any(w not in L.ARTICLES for w in fold(ctx.text[lo:body.start]).replace("'", "' ").split()):
        return
    frame.object = replace(obj, text=f"{obj.text} ({ctx.ref(body).text})")


def _record_named_texts(doc: Doc, offset: int, ctx: Context) -> None:
    """Keep the texts the sentence names with a complement of their own ("la loi relative à la sécurité des
    transports", "le décret n° 2025-12"), whatever their role: a bare article told later is theirs."""
    firsts = ctx.linker.text_head_firsts
    for tok in doc:
        if tok.pos_ != "NOUN" or not {("fr", normalise(tok.text)), ("fr", normalise(tok.text).removesuffix("s"))} \
                & firsts:
            continue
        s0, e0 = phrase_bounds(tok)
        while s0 < tok.i and (doc[s0].like_num or _form(doc[s0]) in L.NUMBERS):
            s0 += 1  # "trois décrets du 2 décembre 2020": the texts, not their number
        if e0 - s0 < 3 or s0 > tok.i:
            continue
        cs, ce = _span_chars(doc, s0, e0, offset)
        text = ctx.text[cs:ce]
        kind = ctx.linker.guess_kind(text, "fr", "instrument")
        if kind is None or kind == _PART_KIND or normalise(text).split()[:1] != [normalise(tok.text)]:
            continue
        ctx.named_texts.append(EntityRef(text=text, span=Span(cs, ce), iri=None, kind=kind))


def _whole_of_article(obj: EntityRef, found: list[Frame], frame: Frame, ctx: Context) -> EntityRef | None:
    """The text a bare numbered article ("l'article 4", no complement) belongs to: the text of the sentence's other
    acts, else the last text named before it (a known name, an act's object, or a text named with a complement)."""
    if obj.span is None:
        return None
    whole = next((g.object for g in found if g is not frame and g.object is not None and g.object.span is not None
                  and g.object.span.end <= obj.span.start and _category(g.object, ctx) == "instrument"
                  and g.object.kind != _PART_KIND), None)
    if whole is not None:
        return whole
    last = _last_text(ctx, obj.span.start, exclude_kind=_PART_KIND)
    named = next((r for r in reversed(ctx.named_texts) if r.span is not None and r.span.end <= obj.span.start), None)
    if named is not None and named.span is not None and (last is None or last.span is None
                                                          or last.span.end < named.span.start):
        return named
    return last


def _part_of_text(frame: Frame, found: list[Frame], doc: Doc, offset: int, ctx: Context) -> None:
    """An object that names only a part of a text, with no complement ("Validation de l'essentiel, censure …
    de la loi X"): the text of the sentence's other acts, else the text named before."""
    obj = frame.object
    if obj is None or obj.iri is not None or obj.span is None:
        return
    words = normalise(obj.text).split()
    if obj.kind == _PART_KIND and len(words) == 2 and words[1][:1].isdigit():
        # "Il a censuré l'article 4": the article of the text the clipping is about
        whole = _whole_of_article(obj, found, frame, ctx)
        if whole is not None:
            frame.object = replace(obj, text=f"{obj.text} ({_strip_article(whole.text)})")
        return
    parts = _part_nouns(ctx)
    bare = bool(words) and words[-1] in parts and not any(w in L.GENITIVE_PREPS for w in words)
    # (or a part described by a participle, with no complement of its own: "la disposition permettant d'y
    # enregistrer …" of the decree named before)
    described = len(words) > 2 and words[0] in parts and words[1] not in L.GENITIVE_PREPS \
        and words[1] not in L.PREPOSITIONS and words[1].endswith(L.PRESENT_PARTICIPLE_ENDING)
    if not (bare or described):
        return
    lo, hi = offset, offset + len(doc.text)
    whole = next((g.object for g in found if g is not frame and g.object is not None and g.object.iri
                  and g.object.span is not None and lo <= g.object.span.start < hi
                  and _category(g.object, ctx) == "instrument"), None)
    if whole is None:
        named = [m for m in ctx.mentions_in(lo, hi, "instrument") if m.iri and m.kind != _PART_KIND]
        whole = ctx.ref(named[0]) if named else _last_text(ctx, obj.span.start, exclude_kind=_PART_KIND)
    if whole is not None:
        frame.object = EntityRef(text=obj.text if whole.iri else f"{obj.text} ({whole.text})", span=obj.span,
                                 iri=whole.iri, kind=whole.kind)


def _text_kind(ref: EntityRef | None, ctx: Context) -> str:
    """The kind of a text, or of the text an article is part of ("l'article 20 de la loi…" -> law)."""
    if ref is None:
        return ""
    ent = ctx.linker.knowledge.entities.get(ref.iri) if ref.iri else None
    if ent is not None and ent.part_of and ent.part_of in ctx.linker.knowledge.entities:
        return ctx.linker.knowledge.entities[ent.part_of].kind
    return ref.kind or ""


def _set_off_on(f: Frame, doc: Doc, offset: int, ctx: Context) -> bool:
    """Whether the act ``f`` is told by a participle set off by a comma after its object, which opens the
    sentence ("La loi, adoptée le 3 mars, …")."""
    obj = f.object
    if obj is None or obj.span is None or obj.span.start > offset + (doc[0].idx if len(doc) else 0) + 3:
        return False
    if ctx.text[obj.span.end:f.trigger_span.start].strip() != ",":
        return False
    tok = next((x for x in doc if x.idx + offset == f.trigger_span.start), None)
    return tok is not None and ("VerbForm=Part" in str(tok.morph) or _form(tok).endswith(L.PAST_PARTICIPLE_ENDINGS))


def _implicit_agent(trig: Trigger | str, ref: EntityRef | None, ctx: Context) -> str | None:
    """The body that does the act ``top`` on the text ``ref`` when the clipping names none: by the head noun the
    text opens with ("le décret n° 2025-12": the Government, ``vg:implicitAgentForHead``), else by its kind (a law:
    Parliament, ``vg:implicitAgentFor``)."""
    if ref is None:
        return None
    # the act's own code first (promulgation), then its base code (adoption)
    codes = (trig,) if isinstance(trig, str) else (trig.code, trig.top)
    words = [w.rstrip("sx") for w in normalise(ref.text).split()[:3]]
    for code in codes:
        for head, iri in ctx.lexicon.implicit_heads.get((code, "fr"), ()):
            hw = [w.rstrip("sx") for w in head.split()]
            if words[:len(hw)] == hw:
                return iri
    if isinstance(trig, Trigger) and _bill_phrase_listed(trig, ref, ctx):
        # "le projet de loi a été déposé mercredi au Sénat": the tabling of a bill whose author goes without saying
        # (``vg:tablesHead``)
        for head, iri in ctx.lexicon.tabling_heads.get("fr", ()):
            hw = [w.rstrip("sx") for w in head.split()]
            if words[:len(hw)] == hw:
                return iri
    kind = _text_kind(ref, ctx)
    return next((ctx.lexicon.implicit_agents[(c, kind)] for c in codes if (c, kind) in ctx.lexicon.implicit_agents),
                None)


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

def _marked(c: Token) -> bool:
    """Whether a preposition other than "de" introduces ``c`` ("après le vote")."""
    return any(x.dep_ == "case" and _form(x) not in L.GENITIVE_PREPS for x in c.children)


def _unmarked(c: Token) -> Token | None:
    """A subject has no preposition: for "six mois après le vote des eurodéputés, la directive … a été publiée"
    the parser may take the adjunct for the subject and the subject for its conjunct; that conjunct is it."""
    if not _marked(c):
        return c
    return next((x for x in c.children if x.dep_ == "conj" and x.i > c.i and not any(
        y.dep_ == "case" for y in x.children)), None)


def _subject(t: Token) -> Token | None:
    if t.dep_ == "cop" and t.head.i > t.i and t.head.pos_ == "ADJ":
        t = t.head  # "… sont applicables depuis le 2 février": the subject hangs on the adjective of the copula
    shared = _shared_compound(t)
    if shared is not None:
        t = shared
    aux = _detached_aux(t) if t.dep_ in ("acl", "amod", "ROOT", "conj", "advcl", "xcomp") else None
    if aux is not None and t.doc[t.i - 1].text == "," and not any(c.dep_ in _SUBJ for c in t.children):
        # the nearest noun before the auxiliary a set-off phrase cut off from its participle is the subject
        near = t.doc[aux.i - 1]
        if near.pos_ == "ADJ" and near.head.i < near.i and near.head.pos_ in ("NOUN", "PROPN"):
            near = near.head
        if near.pos_ in ("NOUN", "PROPN") or (near.pos_ == "PRON" and _form(near) not in L.RELATIVES):
            return near
    if aux is not None and t.dep_ in ("acl", "amod") and aux.head.i < t.i \
            and not any(c.dep_ in _SUBJ for c in t.children):
        # "Elle a en revanche clos …": the parser made the locution the head of the clause; the subject hangs there
        held = next((c for c in aux.head.children if c.dep_ in _SUBJ and c.i < aux.i), None)
        if held is not None:
            return held
    if t.dep_ == "conj" and t.head.i < t.i and any(c.dep_ == "aux:tense" for c in t.children) \
            and not any(c.dep_ in _SUBJ for c in t.children) \
            and not any(c.dep_.startswith("aux") for c in t.head.children):
        # "a estimé qu'aucune urgence ne justifiait la mesure et a rejeté la requête": a conjunct with its own
        # auxiliary is coordinated with the compound verb above the subordinate clause the parser hung it on
        node = t.head
        for _ in range(3):
            if node.dep_ not in ("ccomp", "advcl", "xcomp", "acl", "acl:relcl") or node.head.i == node.i:
                break
            node = node.head
            if any(c.dep_ == "aux:tense" for c in node.children):
                subj = next((c for c in node.children if c.dep_ in _SUBJ), None)
                if subj is not None:
                    return subj
                break
    verb = _compound_before(t)
    if verb is not None:
        return _subject(verb)
    node = t
    for _ in range(4):
        # (not a subject the parser took from the clause after a colon: "… et a adressé à Alphabet des constatations
        # préliminaires : Google Play empêcherait …")
        subjects = [u for u in (_unmarked(c) for c in node.children if c.dep_ in _SUBJ) if u is not None
                    and not (u.i > node.i and any(t.doc[k].text in (":", ";") for k in range(node.i, u.i)))]
        before = [c for c in subjects if c.i < node.i]
        if len(before) > 1 and (any(_absolute_clause(c) for c in before[:-1]) or any(
                t.doc[k].text in (":", ";") for k in range(before[-2].i, before[-1].i))):
            # (or a colon between them: "Les drones resteront au sol : lundi, le juge a ordonné …")
            # two subjects on one verb: the parser hung the subject of a fronted participle clause on the main verb
            # ("Les eurodéputés ayant approuvé le texte, le Conseil a donné…"): the main subject is the nearest
            return before[-1]
        if subjects:
            return subjects[0]
        named = next((c for c in node.children if c.dep_ in ("advcl", "acl") and c.i < node.i
                      and _lemma(c) in L.NAMING_VERBS and _naming_participle(c)), None)
        named_subj = next((c for c in named.children if c.dep_ in _SUBJ and c.i < named.i), None) \
            if named is not None else None
        if named_subj is not None:
            return named_subj  # "Le règlement sur les données, dit Data Act, est entré…": the parser hung it on "dit"
        if node.dep_ in ("conj", "xcomp", "advcl", "ccomp") and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def _compound_before(t: Token) -> Token | None:
    """The compound verb whose auxiliary and subject a bare participle after "et" shares, when the parser hung the
    participle on a noun or on a participle describing one ("la CNIL a mené … des contrôles portant sur des
    dispositifs et adressé douze mises en demeure"): the last participle with an auxiliary before it; None
    otherwise."""
    participle = "VerbForm=Part" in str(t.morph) or (t.pos_ == "ADJ" and _form(t).endswith(L.PAST_PARTICIPLE_ENDINGS))
    if not (t.dep_ == "conj" and (t.head.pos_ in ("NOUN", "PROPN") or (
                t.head.dep_ in ("acl", "amod") and not any(c.dep_.startswith("aux") for c in t.head.children)))
            and t.i > 1
            and _form(t.doc[t.i - 1]) in L.LIST_LINKS and participle
            and not any(c.dep_ in _SUBJ or c.dep_.startswith("aux") for c in t.children)):
        return None
    if any(c.dep_ == "obl:agent" and any(_form(x) in L.AGENT_PREPS for x in c.children) for c in t.children):
        return None  # "déposée par la députée X et votée par l'Assemblée": a participle with its own agent
    return next((v for v in reversed(t.doc[:t.i - 1]) if v.pos_ == "VERB" and "VerbForm=Part" in str(v.morph)
                 and any(c.dep_ == "aux:tense" for c in v.children)), None)


def _naming_participle(c: Token) -> bool:
    """Whether the naming verb ``c`` is the participle of an apposition ("…, dit Prüm II, a été publié"), which the
    tagger may read as a finite "dit" when a comma stands before it."""
    if "VerbForm=Part" in str(c.morph):
        return True
    doc = c.doc
    return c.i > 0 and doc[c.i - 1].text == "," and _form(c) in L.NAMING_PARTICIPLES \
        and c.i + 1 < len(doc) and doc[c.i + 1].text[:1].isupper()


def _relative_clause(t: Token) -> bool:
    """Whether the verb ``t`` heads a relative clause ("la loi, dont l'article 7 autorise …"): what a text does
    there describes the text, it is no act reported."""
    return t.dep_ == "acl:relcl" or any(_form(c) in L.RELATIVES for c in t.children if c.i < t.i) or any(
        _form(d) in L.RELATIVES for c in t.children if c.dep_ in _SUBJ for d in c.children if d.i < c.i)


def _restated_in_relative(t: Token) -> bool:
    """Whether the verb ``t`` is a bare present in a relative clause whose subject is a personal pronoun ("dont
    ils contestent …"): after an act of the same kind in the sentence, it restates that act's ground."""
    morph = str(t.morph)
    return "Tense=Pres" in morph and "VerbForm=Fin" in morph and _relative_clause(t) \
        and not any(c.dep_.startswith("aux") for c in t.children) \
        and any(c.dep_ in _SUBJ and c.pos_ == "PRON" and _form(c) not in L.RELATIVES for c in t.children)


def _phrase_run(t: Token) -> list[Token]:
    """The tokens after ``t`` up to the next clause punctuation or finite verb: its phrase as written, whatever
    the parser attached ("la sanction de 32 M€ infligée à X en décembre 2023, …")."""
    doc = t.doc
    out = []
    for k in range(t.i + 1, min(len(doc), t.i + 30)):
        tok = doc[k]
        if tok.text in _CUT_PUNCT or tok.text == "." or (tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(
                tok.morph)):
            break
        out.append(tok)
    return out


def _absolute_clause(subj: Token) -> bool:
    """Whether ``subj`` is the subject of a participle clause of its own ("les députés ayant voté le texte, …")."""
    return any(c.dep_ in ("acl", "advcl") and "VerbForm=Part" in str(c.morph) and c.i > subj.i and (
        "Tense=Pres" in str(c.morph) or any(_form(a) in ("ayant", "étant") for a in c.children))
        for c in subj.children)


def _shared_compound(t: Token) -> Token | None:
    """The compound verb whose auxiliary a bare past participle after "et" shares when the parser coordinated it
    with a simple-tense verb ("a censuré l'article 12, qui ouvrait …, et validé le reste": a bare participle is
    no conjunct of an imperfect or an infinitive; it takes the auxiliary of the last compound verb of a main clause
    before it)."""
    m = str(t.morph)
    if t.dep_ != "conj" or "VerbForm=Part" not in m or "Tense=Past" not in m or t.i == 0 \
            or t.doc[t.i - 1].pos_ != "CCONJ" or any(c.dep_.startswith("aux") for c in t.children) \
            or t.head.i >= t.i or t.head.pos_ not in ("VERB", "AUX") or "VerbForm=Part" in str(t.head.morph) \
            or any(c.dep_.startswith("aux") for c in t.head.children):
        return None
    for k in range(t.head.i - 1, -1, -1):  # (over the parser's sentence split: our sentence is the unit)
        v = t.doc[k]
        if v.pos_ == "VERB" and "VerbForm=Part" in str(v.morph) and v.dep_ not in ("acl:relcl", "acl") \
                and not _relative_clause(v) \
                and any(c.dep_ == "aux:tense" and "VerbForm=Fin" in str(c.morph) for c in v.children):
            return v
    return None


def _seen_done(t: Token) -> bool:
    """"ByteDance avait vu rejetée sa demande", "a vu sa demande rejetée": a past participle after a receiving verb
    ("voir") is a passive whose party is the verb's subject."""
    if "VerbForm=Part" not in str(t.morph) or "Tense=Past" not in str(t.morph):
        return False
    k = t.i - 1
    while k > 0 and t.doc[k].pos_ == "ADV":
        k -= 1
    if k > 0 and _lemma(t.doc[k]) in L.RECEIVING_VERBS and not _reflexive(t.doc, k):
        return True
    # (the object between: "a vu sa demande rejetée")
    return t.dep_ in ("acl", "amod", "xcomp") and t.head.i < t.i and t.head.pos_ == "NOUN" \
        and _lemma(t.head.head) in L.RECEIVING_VERBS and t.head.head.i < t.head.i


def _passive(t: Token) -> bool:
    if _seen_done(t):
        return True
    shared = _shared_compound(t)
    if shared is not None:
        return _passive_own(shared)
    if t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_.startswith("aux") for c in t.children) \
            and t.i > 0 and t.doc[t.i - 1].pos_ == "CCONJ" \
            and any(c.dep_ == "aux:tense" for c in t.head.children) and _is_verbish(t.head):
        return _passive_own(t.head)  # "a censuré … et validé …": the auxiliary is shared
    before = _compound_before(t)
    if before is not None:
        return _passive_own(before)  # "a sanctionné Google à hauteur de … et infligé 150 millions à Shein"
    return _passive_own(t)


def _detached_aux(t: Token) -> Token | None:
    """The finite auxiliary a participle is cut off from by an adverbial locution the parser took for a noun
    ("a en revanche rejeté", "a, par ailleurs, validé"), or None."""
    if "VerbForm=Part" not in str(t.morph) or any(c.dep_.startswith("aux") for c in t.children):
        return None
    doc = t.doc
    k = t.i - 1
    skipped = 0
    while k > t.sent.start and skipped < 4 and (doc[k].text == "," or doc[k].pos_ in ("ADV", "ADP") or (
            doc[k].pos_ == "NOUN" and doc[k - 1].pos_ == "ADP")):
        k -= 1
        skipped += 1
    aux = doc[k]
    if skipped and doc[t.i - 1].text == "," and doc[k].text != "," and doc[k].pos_ != "AUX":
        # a whole phrase set off by commas between the auxiliary and the participle ("la CNIL avait, en
        # décembre 2023, sanctionné …"; "a, par une décision du 2 mai 2025, déclaré …")
        k = next((j for j in range(t.i - 2, max(0, t.i - 16), -1) if doc[j].text == ","), -1)
        if k < 0 or any(doc[j].text in ";:()" for j in range(k, t.i)):
            return None
        aux = doc[k - 1]
        skipped = 1
        if aux.i == 0 or _form(aux) not in L.AUXILIARY_FORMS:
            return None
        return aux
    if skipped == 0 or (aux.pos_ != "AUX" and not aux.dep_.startswith("aux")) or "VerbForm=Fin" not in str(aux.morph) \
            or _lemma(aux) not in ("avoir", "être", "etre") or aux.head.i == t.i:
        return None
    return aux


def _participle_on_noun(t: Token) -> bool:
    """A bare participle describing the noun before it ("Un décret publié dimanche au Journal officiel")."""
    return t.dep_ in ("acl", "amod") and "VerbForm=Part" in str(t.morph) and t.head.i < t.i \
        and t.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_.startswith("aux") for c in t.children)


def _detached_passive(t: Token) -> bool:
    """A participle cut off from its auxiliary "être" by a phrase set off by commas ("Le surplus de la disposition
    est, quant à lui, déclaré conforme"): a passive the parser did not see."""
    aux = _detached_aux(t)
    if aux is None and "VerbForm=Part" in str(t.morph) and any(c.i < t.i - 1 and c.dep_ in ("cop", "aux:tense")
                                                                and _form(c) in L.ETRE_FORMS for c in t.children):
        aux = next(c for c in t.children if c.dep_ in ("cop", "aux:tense") and _form(c) in L.ETRE_FORMS)
        # (the parser kept "est" on the participle, as a copula, across the aside: "est, en revanche, validé")
        if not any(t.doc[j].text == "," for j in range(aux.i, t.i)):
            return False
    return aux is not None and _form(aux) in L.ETRE_FORMS and not _reflexive_clitic(t)


def _body_before_aux(t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The body named right before the verb's own finite auxiliary, at the start of its clause, when the parser
    found no subject ("Saisi par soixante députés, le Conseil constitutionnel a, le 24 avril, censuré …": the
    parser coordinated the main verb with the fronted participle and left the noun phrase unattached)."""
    aux = next((c for c in t.children if c.dep_ == "aux:tense" and c.i < t.i and "VerbForm=Fin" in str(c.morph)),
               None)
    if aux is None or aux.i == 0:
        return None
    pos = aux.idx + offset
    named = [m for m in ctx.mentions if m.category == "actor" and 0 <= pos - m.end <= 1]
    if not named:
        return None
    m = named[-1]
    k = aux.i - 1
    while k > t.sent.start and (t.doc[k].idx + offset >= m.start or _form(t.doc[k]) in L.ARTICLES):
        k -= 1
    if t.doc[k].text != "," and k > t.sent.start:
        return None  # only a phrase that opens its clause after a comma
    return ctx.ref(m)


def _listed_compound(t: Token) -> bool:
    """Whether the bare past participle ``t``, after a comma or "et", with a direct object of its own, is the next
    item of a list of acts that shares the auxiliary of a compound verb before it ("la Cnil a sanctionné un
    transporteur, mis en demeure deux entreprises et clôturé la procédure"): a passive participle takes no direct
    object."""
    doc = t.doc
    if t.i == 0 or not (doc[t.i - 1].text == "," or doc[t.i - 1].pos_ == "CCONJ") or t.dep_ not in (
            "advcl", "conj", "acl") or not any(c.dep_ == "obj" and c.i > t.i and c.pos_ in ("NOUN", "PROPN")
                                               and fold(c.text) not in L.MONTHS for c in t.children):
        return False
    # (the parser may hang it on the object before it, "un transporteur …, mis en demeure …", or on the item
    # before it, "…, mis en demeure … et clôturé …")
    return any(a.pos_ == "VERB" and a.i < t.i and any(c.dep_ == "aux:tense" and c.i < a.i for c in a.children)
               for a in t.ancestors)


def _passive_own(t: Token) -> bool:
    aux = _detached_aux(t)
    if aux is not None:
        return _lemma(aux) != "avoir"
    if t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "ADV", "X") and "VerbForm" not in str(t.morph) \
            and _fronted_participle(t):
        return True  # "Adoptée le mois dernier, la loi…" ("Saisi jeudi par…": the tagger may even say determiner)
    if t.pos_ in ("NOUN", "ADJ") and "VerbForm" not in str(t.morph) and _set_off_participle(t):
        return True  # "L'autorité, saisie de 37 réclamations, recommande …": the tagger took it for the noun
    if t.pos_ == "ADJ" and "VerbForm" not in str(t.morph) and t.text.lower().endswith(L.FRONTED_PARTICIPLE_ENDINGS) \
            and _owned_adjunct(t):
        return True  # "Par deux délibérations du 1er septembre, rendues publiques ce mercredi, la CNIL …"
    if any(c.dep_ == "aux:pass" for c in t.children):
        return not any(_lemma(c) == "avoir" and c.dep_ == "aux:tense" and "VerbForm=Part" not in str(c.morph)
                       for c in t.children) or any(c.dep_ == "aux:pass" for c in t.children)
    m = str(t.morph)
    if "VerbForm=Part" in m and "Tense=Past" in m and not any(c.dep_.startswith("aux") for c in t.children):
        if _listed_compound(t):
            return False
        return t.dep_ not in ("ROOT",) or any(c.dep_ == "obl:agent" for c in t.children) or t.i <= t.sent.start + 2 \
            or _owned_adjunct(t)  # "Dans un avis rendu public lundi, …" with the participle taken for the root
    return "Voice=Pass" in m and not any(c.dep_ == "aux:tense" for c in t.children)


def _opening_party(t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The party named by the noun phrase that opens the clause of ``t`` and runs up to it, with no punctuation or
    finite verb between: a company or a body the reference data does not hold, not one it holds as no party."""
    doc = t.doc
    lo = t.sent.start
    if lo >= t.i or doc[lo].pos_ != "DET" or any(
            doc[k].is_punct or (doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph))
            for k in range(lo, t.i)):
        return None
    ref = _entity_for(doc, lo, t.i, offset, ctx, "object")
    if ref is None or (ref.iri is not None and ref.kind not in _PARTY_KINDS) \
            or _category(ref, ctx) not in (None, "actor"):
        return None
    return ref


def _names_action(ref: EntityRef, ctx: Context) -> bool:
    """Whether the phrase ``ref`` is headed by a noun of a referral ("deux pourvois", "la requête de la LDH")."""
    words = [w for w in fold(ref.text).replace("'", "' ").split() if w not in L.ARTICLES and w not in L.NUMBERS
             and not w.isdigit()]
    if not words:
        return False
    head = words[0]
    return any(tr.pos == "noun" and is_referral(tr, ctx.lexicon)
               for w in (head, head.rstrip("s")) for tr in ctx.lexicon.triggers.get("fr", {}).get(w, ()))


def _set_off_participle(t: Token) -> bool:
    """A past participle set off by a comma after the noun it describes, with its complement ("L'autorité, saisie de
    37 réclamations, …"): a participle form hung on the noun before, right after the comma, followed by a
    preposition (a finite verb there takes its object: "La Cnil, elle, publie un rapport")."""
    doc = t.doc
    return t.dep_ in ("acl", "amod", "appos") and 1 < t.i < len(doc) - 1 and doc[t.i - 1].text == "," \
        and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN") \
        and _form(t).endswith(L.PAST_PARTICIPLE_ENDINGS) and doc[t.i + 1].pos_ == "ADP"


def _par_agent(t: Token, end_tok: int, ctx: Context, offset: int) -> list[EntityRef]:
    """Agents of a passive: each "par X" phrase after the trigger in its clause."""
    doc = t.doc
    out: list[EntityRef] = []
    for c in t.children:
        if c.dep_ == "obl:agent" and c.i < t.i and any(doc[j].text == "," for j in range(c.i, t.i)) and any(
                "VerbForm=Part" in str(doc[j].morph) for j in range(max(0, c.left_edge.i - 2), c.left_edge.i)):
            continue  # "la requête, présentée par la LDH, est rejetée": the agent of the participle set off before
        if c.dep_ == "obl:agent" and not any(_form(x) in L.AGENT_PREPS for x in c.children):
            continue  # a misparse: "Saisie par une juridiction danoise, la Cour … a dit" hangs the main verb here
        if c.dep_ == "obl:agent":
            s, e = phrase_bounds(c)
            e = next((k for k in range(s + 1, e) if _adjunct_after_agent(doc, s, k)), e)  # "par le préfet pendant …"
            e = _before_referred_text(doc, s, e, ctx, offset)
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
        if k > end_tok + 1 and doc[k - 1].text == "," and tok.pos_ == "VERB" and "VerbForm=Part" in str(tok.morph) \
                and "Tense=Past" in str(tok.morph):
            break  # "publié mardi, la Cnil, consultée par le ministère, …": a participle set off has its own agent
        if k > end_tok + 1 and tok.pos_ == "VERB" and "VerbForm=Part" in str(tok.morph) and tok.dep_ == "conj" \
                and (tok.head.i == t.i or (doc[k - 1].pos_ == "CCONJ" and "Tense=Past" in str(tok.morph))):
            break  # "adoptée par le Parlement, puis promulguée par le président": the next verb's agent is its own
            # (also where the parser hung it on a name: "déposée par la députée Claire Vannier et votée par …")
        if _agent_prep(doc, k):
            s = k + 1
            e = s
            while e < len(doc) and e < s + 10 and doc[e].text not in _CUT_PUNCT and _form(doc[e]) not in L.AGENT_PREPS \
                    and _form(doc[e]) not in L.RELATIVES and not (doc[e].text == "." and doc[e].is_sent_end) \
                    and not _adjunct_after_agent(doc, s, e):
                e += 1
            e = _before_referred_text(doc, s, e, ctx, offset)
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
    referral = ctx.lexicon.triggers.get("fr", {}).get(_lemma(t), ())
    if not out and referral and all(is_referral(tr, ctx.lexicon) for tr in referral):
        # "Saisi par plusieurs associations de supporters, le Conseil d'État …": who refers may be a group the text
        # does not name
        agent = next((c for c in t.children if c.dep_ == "obl:agent"), None)
        if agent is not None and agent.i > t.i:
            s, e = phrase_bounds(agent)
            e = next((k for k in range(s + 1, e) if _adjunct_after_agent(doc, s, k)), e)
            ref = _entity_for(doc, s, e, offset, ctx, "actor", indefinite=True)
            if ref is not None and ref.kind is not None:
                out.append(ref)
    # "saisi par soixante députés et soixante sénateurs": each member of a coordinated agent acts
    for ref in list(out):
        members = _more_parties(ref, ctx)
        links = {fold(w) for w in L.LIST_LINKS}
        if not members or ref.span is None or members[-1].span is None or not any(
                w in links for w in fold(ctx.text[ref.span.end:members[-1].span.start]).split()):
            continue  # "par la CNIL, la ville de Nice…": a comma alone ends the agent phrase
        for more in members:
            nxt = next((tok for tok in doc if more.span is not None and tok.idx + offset >= more.span.end), None)
            if nxt is not None and nxt.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(nxt.morph):
                break  # "par la Cnil et Google a fait appel": the next name is the subject of a clause of its own
            if not any(r.span and more.span and r.span.start <= more.span.start < r.span.end for r in out):
                out.append(more)
    return sorted(out, key=lambda r: r.span.start if r.span else 0)


def _adjunct_after_agent(doc: Doc, s: int, e: int) -> bool:
    """Whether ``doc[e]`` opens an adjunct of the clause after an agent phrase that starts at ``s`` ("par le préfet
    pour une durée d'un mois", "par la Cnil avant l'été"): a preposition of time or purpose after a common noun (a
    proper name may hold one: "l'Association pour la défense …")."""
    form = _form(doc[e])
    if form not in L.TIME_PREPS | L.DURATION_PREPS | L.CAUSE_PREPS:
        return False
    return not any(doc[k].text[:1].isupper() for k in range(s, e) if doc[k].pos_ in ("NOUN", "PROPN", "ADJ"))


def _before_referred_text(doc: Doc, s: int, e: int, ctx: Context, offset: int) -> int:
    """The end of an agent phrase before a genitive that names a text: "saisi par soixante députés de la loi
    relative à …" (saisir quelqu'un de quelque chose: the text is what is referred, no part of the body's name)."""
    for k in range(s + 1, e - 1):
        if _form(doc[k]) in L.GENITIVE_PREPS:
            cs = doc[k + 1].idx + offset
            rest = ctx.text[doc[k + 1].idx + offset:_span_chars(doc, k + 1, e, offset)[1]]
            named = any(m.category == "instrument" and cs <= m.start <= cs + 4 for m in ctx.mentions)
            kind = ctx.linker.guess_kind(rest, "fr")
            text_head = kind is not None and kind == ctx.linker.guess_kind(rest, "fr", "instrument")
            if (named or text_head) and not any(
                    m.category == "actor" and cs <= m.start <= cs + 4 for m in ctx.mentions) and not any(
                    m.category == "actor" and m.start < doc[k].idx + offset < m.end for m in ctx.mentions):
                return k
    return e


def _sitting_body(t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The known body after "en" with no determiner that a participle governs: where the act was done, by that body
    sitting ("présenté en Conseil des ministres", "réunis en commission mixte paritaire")."""
    sitting = next((c for c in t.children if c.dep_.startswith("obl") and c.i > t.i and any(
        _form(x) == "en" for x in c.children if x.dep_ == "case") and not any(
        x.dep_ == "det" for x in c.children)), None)
    if sitting is None:
        return None
    s0, e0 = phrase_bounds(sitting)
    cs0, ce0 = _span_chars(t.doc, s0, e0, offset)
    known = [m for m in ctx.mentions_in(cs0, ce0, "actor") if m.iri is not None]
    return ctx.ref(known[0]) if known else None


def _repeated_name(doc: Doc, s: int, e: int, offset: int, ctx: Context) -> EntityRef | None:
    """A bare name with no head noun that repeats the name of a body named before with one ("l'opérateur Proximus
    … Proximus a saisi la cour"): that body, of the kind its head noun told."""
    k = s
    while k < e and (doc[k].pos_ == "PROPN" or (doc[k].text[:1].isupper() and doc[k].is_alpha)):
        k += 1
    if k == s or (k < e and doc[k].text != ","):
        return None  # (a relative set off by commas may follow: "Proximus, qui conteste la décision, …")
    e = k
    cs, ce = _span_chars(doc, s, e, offset)
    name = fold(ctx.text[cs:ce])
    said = [r for r in (*ctx.recent_objects, *ctx.recent_agents) if r.iri is None and r.kind is not None
            and r.span is not None and r.span.end <= cs and ctx.linker.category_of(r.kind) == "actor"
            and fold(r.text).endswith(" " + name)]
    if not said:
        return None
    return EntityRef(text=ctx.text[cs:ce], span=Span(cs, ce), iri=None, kind=said[-1].kind)


def _party_anaphor(doc: Doc, s: int, e: int, offset: int, ctx: Context) -> EntityRef | None:
    """The company named before that a definite generic noun takes up ("Netflix … La plateforme a fait appel"); the
    court named before that its members stand for ("Le tribunal administratif de Grenoble a annulé … Les juges
    enjoignent en outre à la commune …", ``vg:anaphoricNoun`` on vg:Court)."""
    if e - s == 2 and _form(doc[s]) in L.DEFINITES \
            and _form(doc[s + 1]) in ctx.lexicon.court_anaphors.get("fr", set()):
        pos = doc[s].idx + offset
        courts = [ctx.ref(m) for m in ctx.mentions if m.category == "actor" and m.kind == "court" and m.end <= pos]
        courts += [a for a in ctx.recent_agents if a.kind == "court" and a.span is not None and a.span.end <= pos]
        return max(courts, key=lambda r: r.span.end if r.span else -1) if courts else None
    if e - s != 2 or _form(doc[s]) not in L.DEFINITES \
            or _form(doc[s + 1]) not in ctx.lexicon.party_anaphors.get("fr", set()):
        return None
    pos = doc[s].idx + offset
    named = [ctx.ref(m) for m in ctx.mentions if m.category == "actor" and m.kind == "company" and m.end <= pos]
    # a party named before that the gazetteer does not know: "une amende à Netflix. La plateforme…"
    named.extend(o for o in ctx.recent_objects if o.span is not None and o.span.end <= pos and o.iri is None
                 and (o.kind == "company" or (o.kind is None and o.text[:1].isupper() and " " not in o.text)))
    for o in ctx.recent_objects:
        # "la chaîne de cliniques vétérinaires VetNova … La société": the capitalised name that ends a party's
        # description in lower case is the company taken up
        words = o.text.split()
        if o.span is None or o.span.end > pos or o.iri is not None or len(words) < 3 or o.kind == "company" \
                or not words[-1][:1].isupper() or any(w[:1].isupper() for w in words[1:-1]):
            continue
        start = o.span.end - len(words[-1])
        named.append(EntityRef(text=words[-1], span=Span(start, o.span.end), iri=None, kind="company"))
    if not named:
        return None
    last = max(named, key=lambda r: r.span.end if r.span else -1)
    return last if last.kind else replace(last, kind="company")  # the generic noun tells its kind


def _gender_of(ref: EntityRef, ctx: Context) -> str | None:
    if ref.span is None:
        return None
    for m in ctx.mentions:
        if m.start == ref.span.start and m.end == ref.span.end:
            return ctx.gender(m)
    return None


def _coordinated_subject(t: Token, pron: Token) -> Token | None:
    """The noun subject of the clause a pronoun's clause is coordinated with, when they agree in gender and number
    ("Le tribunal n'a pas annulé l'arrêté par lequel le maire …, mais il lui a enjoint …": "il" is the tribunal,
    not the last body named in the relative)."""
    doc = t.doc
    if pron.i < 1 or doc[pron.i - 1].pos_ != "CCONJ" or t.i < pron.i:
        return None
    # the subject of the sentence's first clause (the parser may hang the conjunct anywhere): no relative's
    subj = next((c for c in doc[pron.sent.start:pron.i - 1] if c.dep_ == "nsubj" and c.head.i < pron.i
                 and c.head.dep_ not in ("acl:relcl", "acl", "advcl", "ccomp")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    pm, sm = pron.morph, subj.morph
    for feat in ("Gender", "Number"):
        if pm.get(feat) and sm.get(feat) and pm.get(feat) != sm.get(feat):
            return None
    return subj


def _listed_trigger(trig: Trigger, obj: EntityRef, ctx: Context) -> Trigger | None:
    """The trigger of another event type listed with the bare verb of ``trig`` and the words opening ``obj`` as its
    object ("présenter un projet de loi" for "présenter" said of "le projet de loi relatif à …"), or None."""
    if trig.rest or trig.pos != "verb" or obj.kind != _BILL_KIND:
        return None
    words = tuple(fold(_strip_article(obj.text)).replace("'", "' ").split())
    return next((tr for tr in ctx.lexicon.triggers.get("fr", {}).get(trig.lemma, ())
                 if tr.pos == "verb" and tr.top != trig.top and len(tr.rest) > 1
                 and tr.rest[1:] == words[:len(tr.rest) - 1]), None)


def _bill_phrase_listed(trig: Trigger, obj: EntityRef, ctx: Context) -> bool:
    """Whether the verb of ``trig`` is listed with the words opening ``obj`` as its object ("déposer une proposition
    de loi" for "une proposition de loi visant à …")."""
    words = tuple(fold(_strip_article(obj.text)).replace("'", "' ").split())
    return any(len(tr.rest) > 1 and tr.rest[1:] == words[:len(tr.rest) - 1]
               for tr in ctx.lexicon.triggers.get("fr", {}).get(trig.lemma, ()))


def _main_subject(doc: Doc, ctx: Context, offset: int, sent_span: Span) -> tuple[EntityRef, int, str] | None:
    """The body that is the subject of the sentence's main verb, negated or not ("Saisis par X, les Sages n'ont pas
    censuré …": les Sages, not X), with the sentence's end and the subject's number."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    subj = _subject(root)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _form(subj) in L.RELATIVES \
            or (_fronted_participle(doc[0]) and subj.i < next((k for k in range(len(doc)) if doc[k].text == ","), 0)):
        return None  # ("Réunie en assemblée plénière le 7 novembre, la Cour …": the participle is no subject)
    s, e = phrase_bounds(subj, stop_at=root.i)
    cs, ce = _span_chars(doc, s, e, offset)
    if ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs:ce], "fr")) == "instrument":
        return None  # "Le règlement (UE) 2026/1187 … a été publié": a text is the subject, not the body in its name
    ref = _entity_for(doc, s, e, offset, ctx, "actor")
    if ref is None or _category(ref, ctx) != "actor" or (ref.iri is None and ref.kind is None):
        return None
    number = "Plur" if "Number=Plur" in str(subj.morph) else "Sing" if "Number=Sing" in str(subj.morph) else ""
    return ref, sent_span.end, number


def _main_text(doc: Doc, ctx: Context, offset: int, sent_span: Span) -> tuple[EntityRef, int, str] | None:
    """The text that is the subject of the sentence's main verb ("…, le décret n° 2026-1402 prolonge …"), with the
    sentence's end and the subject noun's gender."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = _subject(root) if root is not None else None
    stop: int | None = root.i if root is not None else None
    if root is not None and root.i <= 1 and _fronted_participle(doc[root.i]):
        # "Pris pour l'application de …, le décret n° … prolonge …": the parser made the participle the root; the
        # main clause opens with the definite phrase after the first comma
        k = next((j for j in range(len(doc) - 2) if doc[j].text == ","), None)
        if k is not None and _form(doc[k + 1]) in L.DEFINITES and doc[k + 2].pos_ == "NOUN":
            subj, stop = doc[k + 2], None
    if root is None or subj is None or subj.pos_ not in ("NOUN", "PROPN") or (stop is not None and subj.i > stop):
        return None
    s, e = phrase_bounds(subj, stop_at=stop)
    cs, ce = _span_chars(doc, s, e, offset)
    if ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs:ce], "fr")) != "instrument":
        return None
    ref = _entity_for(doc, s, e, offset, ctx, "object")
    if ref is None or _category(ref, ctx) != "instrument":
        return None
    return ref, sent_span.end, "".join(subj.morph.get("Gender"))


def _reporting_subject(tok: Token, ctx: Context, offset: int, gender: str | None) -> EntityRef | None:
    """The subject pronoun of a "que" clause takes up the subject of the verb that governs the clause ("la
    société a annoncé qu'elle saisirait le Conseil d'État": the company), when it names a body of that gender."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubj:pass") or verb.dep_ != "ccomp" or verb.head.i >= tok.i \
            or not any(c.dep_ == "mark" and _form(c) in ("que", "qu'") for c in verb.children):
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.head.i
                 and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None:
        return None
    ref = _entity_for(tok.doc, *phrase_bounds(subj, stop_at=verb.head.i), offset, ctx, "actor")
    if ref is None or _category(ref, ctx) != "actor":
        return None
    if gender is not None and _gender_of(ref, ctx) not in (None, gender) and "Gender" in str(subj.morph) \
            and subj.morph.get("Gender") != [{"M": "Masc", "F": "Fem"}[gender]]:
        return None
    return ref


def _previous_text(tok: Token, ctx: Context, offset: int) -> EntityRef | None:
    """A subject pronoun opening a sentence ("Il a été publié au Journal officiel …") takes up the text that was the
    subject of the main verb of the sentence just before, when their genders agree."""
    if ctx.main_text is None or _form(tok) not in L.SUBJECT_PRONOUNS or any(not x.is_punct for x in tok.doc[:tok.i]):
        return None
    ref, end, gender = ctx.main_text
    if not 0 <= tok.doc[0].idx + offset - end <= 3:
        return None
    own = "Masc" if _form(tok) in ("il", "ils") else "Fem"
    return ref if gender in ("", own) else None


def _previous_subject(tok: Token, ctx: Context, offset: int, gender: str | None) -> EntityRef | None:
    """A subject pronoun opening a sentence ("Ils ont en revanche déclaré …") takes up the subject of the main clause
    of the sentence just before, when gender and number agree: not a body named inside a fronted participle clause
    or a complement of that sentence."""
    doc = tok.doc
    # (or the main clause after a fronted participle: "Saisis par plus de soixante députés, ils ont censuré …":
    # the pronoun is what the participle tells of, never its agent)
    fronted = tok.i > 1 and doc[tok.i - 1].text == "," and _fronted_participle(doc[0]) \
        and not any(x.text in (";", ":") for x in doc[:tok.i])
    # (or after a fronted adjunct with no verb of its own: "Le 21 avril 2021, il a annulé …", "Par sa décision
    # d'assemblée du 21 avril 2021, French Data Network, il a annulé …")
    fronted = fronted or (tok.i > 1 and doc[tok.i - 1].text == "," and (
        doc[0].pos_ == "ADP" or any(d.start <= doc[k].idx + offset < d.end for d in ctx.dates for k in (0, 1)))
        and not any(x.text in (";", ":") or x.pos_ in ("VERB", "AUX") for x in doc[:tok.i]))
    if ctx.main_subject is None or _form(tok) not in L.SUBJECT_PRONOUNS \
            or (any(not x.is_punct for x in doc[:tok.i]) and not fronted):
        return None
    ref, end, number = ctx.main_subject
    start = tok.doc[0].idx + offset
    if not 0 <= start - end <= 3:
        return None  # (a sentence between them was not parsed: no subject known there)
    own = "Plur" if "Number=Plur" in str(tok.morph) else "Sing" if "Number=Sing" in str(tok.morph) else ""
    if own and number and own != number:
        return None
    if gender is not None and _gender_of(ref, ctx) not in (None, gender):
        return None
    return ref


def _record_subject_author(t: Token, theme: EntityRef, ctx: Context, offset: int) -> EntityRef | None:
    """The author of a body's record that is the subject of the act verb ``t`` ("la décision lui enjoint …",
    "l'arrêt annule …"): the body of the last act told outside a relative clause before it. Only for a definite
    bare record noun (a decision; a decree-like record only with a dative party: "la délibération leur ordonne"),
    never a company's or a person's; a record naming its author ("la décision de la Cnil") has found it already."""
    subj = _subject(t)
    if subj is None or subj.i > t.i or subj.pos_ != "NOUN" or not any(
            _form(c) in L.DEFINITES for c in subj.children if c.dep_ == "det"):
        return None
    kind = ctx.linker.guess_kind(subj.text, "fr", "instrument")
    if kind != _DECISION_KIND and not (kind in _RECORD_KINDS and _dative(t) is not None):
        return None
    if any(c.dep_ == "nmod" for c in subj.children):
        return None  # "la décision du 3 mars", "l'arrêt de la cour d'appel": a record named on its own
    pos = t.idx + offset
    author = next((a for a in reversed(ctx.main_agents) if a.span is None or a.span.end <= pos), None)
    return author if author is not None and author.kind not in _NO_RECORD_AUTHORS else None


def _authored_subject(t: Token, agent: EntityRef | None, ctx: Context, offset: int) -> Span | None:
    """The char range of the noun phrase opening the clause of ``t`` up to it, when it is a text that names the
    agent found in it as its author ("L'arrêté du 28 juillet 2025 du préfet du Pas-de-Calais renouvelle …"; read
    on the words: the parser often hangs the verb on the author)."""
    doc = t.doc
    lo = t.sent.start
    while lo < t.i and doc[lo].pos_ == "DET":
        lo += 1
    if agent is None or agent.span is None or lo >= t.i or doc[lo].pos_ != "NOUN" \
            or ctx.linker.guess_kind(doc[lo].text, "fr", "instrument") not in _RECORD_KINDS \
            or any(doc[k].text in _CUT_PUNCT or doc[k].text in (";", ":") or (
                doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph)) for k in range(lo, t.i)):
        return None
    cs, ce = _span_chars(doc, t.sent.start, t.i, offset)
    return Span(cs, ce) if cs <= agent.span.start and agent.span.end <= ce else None


def _named_author(theme: EntityRef, ctx: Context) -> EntityRef | None:
    """The body a text names as its author right after its head noun, when the text is the subject of an act verb
    ("Un arrêté du ministre de l'Intérieur, publié …, prolonge l'expérimentation": the minister's act); not a text
    named by a date ("le décret du 28 août"), nor a company's or a person's."""
    if theme.span is None or ctx.linker.guess_kind(theme.text, "fr", "instrument") not in _RECORD_KINDS:
        return None
    inside = [m for m in ctx.mentions_in(theme.span.start, theme.span.end, "actor")]
    if not inside:
        return None
    m = inside[0]
    # (its title date may stand before the author: "L'arrêté du 28 juillet 2025 du préfet du Pas-de-Calais")
    head = ctx.text[theme.span.start:m.start]
    for d in reversed([d for d in ctx.dates if theme.span.start <= d.start and d.end <= m.start]):
        a, b = d.start - theme.span.start, d.end - theme.span.start
        lead = fold(head[:a]).rstrip().rsplit(" ", 1)
        if len(lead) == 2 and lead[1] in L.GENITIVE_PREPS:
            a = len(head[:a].rstrip()) - len(lead[1])
        head = head[:a] + " " + head[b:]
    words = fold(head).replace("'", "' ").split()
    if words and (words[0] in L.ARTICLES or words[0].isdigit() or words[0] in L.NUMBERS):
        words = words[1:]  # (a count of records: "Trois délibérations de la formation restreinte de la Cnil")
    if len(words) >= 2 and words[-1] in L.ARTICLES and words[-2] in L.GENITIVE_PREPS:
        words = words[:-1]  # (the body's name without its article: "de la | formation restreinte")
    if not 2 <= len(words) <= 3 or not (words[-1] in L.GENITIVE_PREPS or " ".join(words[-2:]) in L.GENITIVE_LINKS):
        return None
    ref = ctx.ref(m)
    return ref if ref.kind not in _NO_RECORD_AUTHORS else None


def _resolve_pronoun(tok: Token, ctx: Context, offset: int) -> EntityRef | None:
    f = _form(tok)
    gender = "M" if f in ("il", "ils") else "F" if f in ("elle", "elles") else None
    reporter = _reporting_subject(tok, ctx, offset, gender)
    if reporter is not None:
        return reporter
    previous = _previous_subject(tok, ctx, offset, gender)
    if previous is not None:
        return previous
    pos = tok.idx + offset
    start = tok.doc[0].idx + offset
    here = [m for m in ctx.mentions if m.category == "actor" and start <= m.start and m.end <= pos
            and (gender is None or ctx.gender(m) in (None, gender)) and not ctx.in_pp(m)]
    if here and tok.i > 0 and any(_form(x) in L.RELATIVES for x in tok.doc[max(0, tok.i - 3):tok.i]):
        # "Saisis par soixante députés, les Sages ont rendu leur décision, dont ils ont censuré …": in a relative
        # clause the pronoun takes up the subject named in the sentence, not the agent of a participle before it
        return ctx.ref(here[-1])
    for ref in reversed(ctx.recent_agents):  # the body the text is about comes first
        if ref.span and ref.span.end <= tok.idx + offset and (gender is None or _gender_of(ref, ctx) in (None, gender)):
            return ref
    # else the last body named before, a subject rather than a complement ("enquête sur Clearview AI. Elle…")
    pos = tok.idx + offset
    cands = [m for m in ctx.mentions if m.category == "actor" and m.end <= pos
             and (gender is None or ctx.gender(m) in (None, gender))]
    # a body named inside a text's name ("le règlement (UE) 2023/1543") is no referent of its own
    themes = [r.span for r in ctx.recent_themes if r.span is not None]
    free = [m for m in cands if not ctx.in_pp(m) and not any(sp.start <= m.start and m.end <= sp.end for sp in themes)]
    if not free and themes:
        return None  # "Le règlement … est entré en vigueur. Il s'appliquera …": the text is the subject
    best = free or cands
    return ctx.ref(best[-1]) if best else None


def _speaker(pron: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The body a first-person pronoun in a quotation stands for: the subject of the reporting verb after the
    closing quote ("« Nous allons saisir le Conseil d'État », a déclaré le président de l'Association …"); the
    body a person speaks for is the complement of the person's title. None without a closing quote."""
    doc = pron.doc
    close = next((x.i for x in doc[pron.i + 1:] if x.text in ("»", "”", '"') or x.text == "."), None)
    if close is None or doc[close].text == ".":
        return None
    verb = next((x for x in doc[close + 1:] if x.pos_ == "VERB" or x.text == "."), None)
    if verb is None or verb.text == ".":
        return None
    for x in doc[verb.i + 1:]:
        if x.text in _CUT_PUNCT or x.text == ".":
            break
        if x.pos_ not in ("NOUN", "PROPN") or _in_value(x, ctx, offset):
            continue
        s, e = phrase_bounds(x)
        ref = _entity_for(doc, s, e, offset, ctx, "actor")
        if ref is not None and (ref.kind == "person" or (
                ref.iri is None and ctx.linker.category_of(ref.kind) != "actor")):
            body = next((c for c in x.children if c.dep_ == "nmod" and any(
                _form(k) in L.GENITIVE_PREPS for k in c.children if k.dep_ == "case")), None)
            if body is not None:
                bs, be = phrase_bounds(body)
                return _entity_for(doc, bs, be, offset, ctx, "actor") or ref
        return ref
    return None


def _revealed_noun(t: Token) -> Token | None:
    """The noun a participle after it describes ("des frais dévoilés"), or the antecedent of an object relative of
    ``t`` ("l'addition que la Cnil présente"): what a verb of publication would make public."""
    if "VerbForm=Part" in str(t.morph) and t.dep_ in ("acl", "amod") and t.head.i < t.i and t.head.pos_ == "NOUN":
        return t.head
    que = _object_relative(t)
    ante = _relative_antecedent(que) if que is not None else None
    return ante if ante is not None and ante.pos_ == "NOUN" else None


def _object_relative(t: Token) -> Token | None:
    """The relative pronoun "que" that stands for the direct object of ``t``: "le décret, que le Conseil d'État a
    annulé" (the antecedent is what is acted on; the subject follows the pronoun)."""
    doc = t.doc
    que = next((c for c in t.children if c.i < t.i and _form(c) in ("que", "qu'", "qu’")
                and "PronType=Rel" in str(c.morph)), None)
    if que is None:
        # the parser hung the pronoun elsewhere ("que le Conseil a partiellement annulé"): the nearest "que"
        # before the verb in its clause, right after a noun phrase (after a verb it opens a completive)
        k = t.i - 1
        while k > 0 and k > t.i - 12 and doc[k].text not in _CUT_PUNCT and not (
                doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph) and not doc[k].dep_.startswith(
                    "aux")):
            if _form(doc[k]) in ("que", "qu'", "qu’"):
                prev = doc[k - 1] if doc[k - 1].text != "," or k < 2 else doc[k - 2]
                if prev.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
                    que = doc[k]
                break
            k -= 1
    if que is None or que.i == 0 or any(c.dep_ == "obj" and c.i > t.i for c in t.children):
        return None
    return que


def _relative_antecedent(que: Token) -> Token | None:
    """The head noun of the phrase that ends right before a relative pronoun."""
    doc = que.doc
    k = que.i - 1
    if doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    node = doc[k]
    while node.head.i != node.i and node.head.i < que.i and node.head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        node = node.head
    # "devant le Conseil d'État l'arrêté du 2 mars qui …": a determined noun with no preposition between the
    # pronoun and that head starts the phrase the pronoun takes up, whatever the parser hung it on
    j = k
    while j > node.i and doc[j].pos_ not in ("VERB", "AUX") and doc[j].text not in _CUT_PUNCT:
        if doc[j].pos_ == "NOUN" and any(c.dep_ == "det" for c in doc[j].children) \
                and not any(c.dep_ == "case" for c in doc[j].children):
            return doc[j]
        j -= 1
    return node if node.pos_ in ("NOUN", "PROPN") else None


def _provided_by(subj: Token, t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The text whose provisions the subject names: "les obligations … prévues par le règlement X s'appliqueront"
    (a participle on the subject phrase with a "par" text): the act happens to that text."""
    doc = t.doc
    agents = [c for part in subj.subtree if subj.i <= part.i < t.i and part.dep_ in ("acl", "amod")
              and "VerbForm=Part" in str(part.morph) for c in part.children if c.dep_ == "obl:agent" and c.i < t.i]
    # (the parser may hang the "par" phrase on the subject noun, after an adjective it read the participle as: "les
    # pratiques interdites par l'article 5 du règlement …")
    agents += [c for c in subj.children if c.dep_ == "nmod" and subj.i < c.i < t.i
               and any(x.dep_ == "case" and _form(x) in L.AGENT_PREPS for x in c.children)
               and doc[c.left_edge.i - 1].dep_ in ("acl", "amod") and doc[c.left_edge.i - 1].head.i == subj.i]
    for c in agents:
        s, e = phrase_bounds(c, stop_at=t.i)
        ref = _entity_for(doc, s, e, offset, ctx, "object")
        if ref is not None and ref.iri is not None and _category(ref, ctx) == "instrument":
            start = phrase_bounds(subj, stop_at=t.i)[0]
            cs, ce = _span_chars(doc, start, e, offset)
            return EntityRef(text=ctx.text[cs:ce], span=Span(cs, ce), iri=ref.iri, kind=ref.kind)
    return None


def _inverted_reporter(doc: Doc, ctx: Context, offset: int) -> EntityRef | None:
    """The body that reports the sentence after it, with its subject inverted at the end (", a annoncé mardi la
    Cnil."): the first body named right after a reporting verb set off by a comma, ending the sentence."""
    for tok in doc:
        if tok.pos_ != "VERB" or _lemma(tok) not in L.REPORTING_VERBS or tok.i < 2:
            continue
        k = tok.i - 1
        while k > 0 and doc[k].pos_ == "AUX":
            k -= 1
        if doc[k].text != ",":
            continue
        after = tok.idx + len(tok.text) + offset
        end = offset + len(doc.text.rstrip(" .!\n"))
        for m in ctx.mentions:
            if m.category == "actor" and after <= m.start and m.end <= end + 1 and not any(
                    p in ctx.text[after:m.start] for p in ",;:«»\"") and ctx.text[m.end:end].strip(" .") == "":
                return ctx.ref(m)
    return None


def _dont_antecedent(verb: Token, ctx: Context, offset: int) -> EntityRef | None:
    """What "dont" stands for in the clause of ``verb``, whose act noun it completes ("l'arrêté …, dont le juge avait
    ordonné la suspension"): the object of an act told right before, else the phrase before the pronoun."""
    doc = verb.doc
    dont = next((x for x in doc[max(0, verb.i - 12):verb.i] if _form(x) in L.GENITIVE_RELATIVES), None)
    if dont is None:
        return None
    pos = dont.idx + offset
    told = [r for r in ctx.recent_objects if r.span is not None and 0 <= pos - r.span.end <= 3]
    if told:
        return told[-1]
    ante = _relative_antecedent(dont)
    if ante is None:
        return None
    s, e = phrase_bounds(ante, stop_at=dont.i - (1 if doc[dont.i - 1].text == "," else 0))
    return _entity_for(doc, s, e, offset, ctx, "object")


def _fronted_topic(doc: Doc, ctx: Context, offset: int) -> EntityRef | None:
    """The text a sentence-opening participle is about: "Consultée sur le projet de décret …, la CNCTR …"."""
    first = doc[0].text.lower()
    if len(doc) < 4 or _form(doc[1]) not in L.TOPIC_PREPS or not first.endswith(L.PAST_PARTICIPLE_ENDINGS) \
            or "VerbForm=Fin" in str(doc[0].morph) or "VerbForm=Inf" in str(doc[0].morph):
        return None
    comma = next((k for k in range(2, len(doc)) if doc[k].text == ","), None)
    if comma is None:
        return None
    ref = _entity_for(doc, 2, comma, offset, ctx, "object")
    return ref if ref is not None and _category(ref, ctx) in ("instrument", "matter") else None


def _last_two_bodies(ctx: Context, pos: int) -> tuple[Any, Any] | None:
    """The last two different bodies named before ``pos``, in text order ("Ni la Cnil ni le Conseil d'État …")."""
    seen: dict[str, Any] = {}
    for m in reversed(ctx.mentions):
        if m.category != "actor" or m.end > pos:
            continue
        seen.setdefault(m.iri or fold(m.text), m)
        if len(seen) == 2:
            later, earlier = seen.values()
            return earlier, later
    return None


def _in_prep_phrase(tok: Token) -> bool:
    """Whether the name ``tok`` sits in a phrase a preposition other than "de" opens ("par la Quadrature du Net")."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "case" and _form(c) not in L.GENITIVE_PREPS for c in node.children):
            return True
        if node.dep_ not in ("nmod", "flat:name", "flat", "amod") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _written_start(t: Token) -> int:
    """The index of the first token of the sentence ``t`` is in as written (after the last full stop, question or
    exclamation mark, semicolon or colon before it), whatever sentences the parser made."""
    return max((k + 1 for k in range(t.i) if t.doc[k].text in (".", "!", "?", ";", ":")), default=0)


def _agent_active(t: Token, ctx: Context, offset: int) -> tuple[EntityRef | None, EntityRef | None]:
    """(agent, theme) of an active trigger: the subject is the agent when it is a body, the theme when a text."""
    doc = t.doc
    # "le décret, que le Conseil d'État a annulé"; "La délibération par laquelle la Cnil a infligé …" (the record is
    # the means of the act; not in the pluperfect: "a annulé la délibération par laquelle le conseil municipal avait
    # approuvé …" tells how the annulled text came about): the subject is the phrase after the pronoun, even when the
    # parser also hung the antecedent on the verb as a subject
    means = next((c for c in t.children if c.dep_.startswith("obl") and c.i < t.i and _form(c) in L.PREP_RELATIVES
                  and any(_form(x) in L.MEANS_PREPS for x in c.children if x.dep_ == "case")), None) or next(
        (c for c in t.children if c.i < t.i and _form(c) in L.PREP_RELATIVES and c.i > 0
         and _form(doc[c.i - 1]) in L.MEANS_PREPS), None)
    if means is not None and any(c.dep_ == "aux:tense" and "Tense=Imp" in str(c.morph) for c in t.children):
        means = None
    for pron in (_object_relative(t), means):
        subj_after = None if pron is None else next(
            (c for c in t.children if c.dep_ in _SUBJ and pron.i < c.i < t.i), None)
        if subj_after is not None and subj_after.pos_ != "PRON":
            s, e = phrase_bounds(subj_after, stop_at=t.i)
            agent = _entity_for(doc, s, e, offset, ctx, "actor")
            if agent is not None:
                return agent, None
    # object relative with the subject after the verb: "l'amende que lui a infligée la Cnil"
    k = t.i - 1
    while k >= 0 and (doc[k].pos_ in ("AUX", "PRON", "ADV") and _form(doc[k]) not in L.RELATIVES) \
            and not (_form(doc[k]) in L.SUBJECT_PRONOUNS and doc[k].head.i == t.i):
        k -= 1  # (not past the verb's own subject: "a annoncé qu'elle saisirait le Conseil")
    if k >= 0 and _form(doc[k]) in ("que", "qu'"):
        after = t.idx + len(t.text) + offset
        nxt = [m for m in ctx.mentions if m.category == "actor" and 0 <= m.start - after <= 8]
        if nxt:
            return ctx.ref(nxt[0]), None
    subj = _subject(t)
    dont = next((k for k in range(t.i - 2, t.sent.start + 1, -1) if _form(doc[k]) == "dont"
                 and doc[k - 1].text == "," and doc[k - 2].pos_ in ("NOUN", "PROPN")), None) \
        if subj is not None and subj.i < t.i and doc[t.i - 1 - (_form(doc[t.i - 1]) in ("se", "s'"))].text == "," \
        else None
    if dont is not None and subj is not None and dont < subj.i:
        # "les interdictions, dont la notation sociale et …, s'appliqueront": "dont" opens examples set off by
        # commas; the noun before them is the subject
        subj = doc[dont - 2]
    dashes = [k for k in range(t.i) if doc[k].text in L.ASIDE_DASHES] \
        if subj is not None and subj.text in L.ASIDE_DASHES and subj.i < t.i else []
    opening = dashes[-2] if len(dashes) >= 2 else None  # (a digest's "04/11 – L'Arcom …" opens no aside)
    if subj is not None and opening is not None:
        # "l'autorité du pays où … – souvent la DPC irlandaise – mène l'enquête": the parser made a dash of an
        # aside the subject; the subject is the phrase before the aside, not a body named inside it
        if opening == 0:
            return None, None
        subj = doc[opening - 1]
        while subj.head.i != subj.i and subj.head.i < opening:
            subj = subj.head  # (through a relative clause: "l'autorité du pays où une entreprise a …")
        if subj.pos_ not in ("NOUN", "PROPN"):
            return None, None
        s0, e0 = phrase_bounds(subj, stop_at=opening)
        if any(_form(doc[k]) in L.RELATIVES or doc[k].lower_ in L.PLACE_RELATIVES for k in range(s0, min(e0, opening))):
            return None, None  # "l'autorité du pays où une entreprise a son établissement": a body in general
        return _entity_for(doc, s0, min(e0, opening), offset, ctx, "actor"), None
    if subj is None and t.i > 1 and doc[t.i - 1].text == "," and t.dep_ in ("amod", "acl", "conj", "appos"):
        # "Le juge, saisi par un conseiller municipal et une association, enjoint au maire de …": the tagger took the
        # main verb after a participle set off by commas for a word of that phrase; its subject is the noun phrase
        # before the participle
        k = next((j for j in range(t.i - 2, t.sent.start, -1) if doc[j].text == ","), None)
        if k is not None and k > t.sent.start and "VerbForm=Part" in str(doc[k + 1].morph) \
                and not any(doc[j].text in ";:" for j in range(k, t.i)):
            head = doc[k - 1]
            while head.head.i != head.i and head.head.i < k:
                head = head.head
            if head.pos_ in ("NOUN", "PROPN") and head.i <= t.sent.start + 3:
                subj = head
    if subj is None and t.dep_ in ("amod", "acl") and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN") \
            and "VerbForm=Part" not in str(t.morph):
        subj = t.head  # the parser hung a finite verb on its subject: "Les dispositions … entrent en application"
    if subj is None:
        # "Publié au JOUE le 12 juillet, le règlement (UE) 2024/1689 établissant des règles … est entré en vigueur":
        # the parser lost the subject of the verb group after a fronted clause
        subj = _stray_subject(t)
    cut = t.sent.start + 1 if doc[t.sent.start].text == "," else t.sent.start  # (the comma may open it)
    if subj is None and 0 < cut < t.i and doc[cut - 1].text == "," and doc[cut].pos_ in ("PRON", "AUX", "VERB", "ADV"):
        # "La Data Protection Commission irlandaise, chef de file …, lui a infligé": the parser cut the sentence
        # between its subject and the verb group; the subject is the body that opens the written sentence
        lo = doc[_written_start(t)].idx + offset
        opener = next((m for m in ctx.mentions if m.start >= lo), None)
        if opener is not None and opener.category == "actor" and not ctx.in_pp(opener) \
                and len(ctx.text[lo:opener.start].split()) <= 1 and opener.end < t.sent.start_char + offset:
            return ctx.ref(opener), None
    if subj is None and t.i > 2 and doc[t.i - 1].text == ",":
        # "Le texte, n° 2025-118 du 7 février 2025, entre en vigueur …": an apposition set off by commas after the
        # sentence's opening noun phrase, and the parser lost the verb ("entre" read as a preposition)
        # (so too "le règlement européen sur les données, dit Data Act, entre en application")
        opening = _written_start(t)  # (the parser may have cut the sentence at the comma)
        k = next((j for j in range(t.i - 2, max(opening, t.i - 12), -1) if doc[j].text == ","), None)
        if k is not None and k > 0 and not any(
                (doc[j].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[j].morph)) or doc[j].text in ";:"
                for j in range(k + 1, t.i - 1)):
            head = doc[k - 1]
            while head.head.i != head.i and head.head.i < k and head.dep_ in ("nmod", "amod", "flat:name", "appos"):
                head = head.head
            before = [doc[j] for j in range(head.left_edge.i, head.i)]
            if head.pos_ in ("NOUN", "PROPN") and all(x.pos_ in ("DET", "ADJ") for x in before) \
                    and not any(_form(x) in L.RELATIVES or x.text in ";:" for x in doc[head.i:k]) \
                    and (head.left_edge.i == opening or _form(doc[head.left_edge.i - 1]) in L.RELATIVES):
                subj = head
    if subj is None:
        # the parser hung the subject on a word of its own phrase ("La loi n° … relative à …": on "relative")
        subj = next((c for c in t.subtree if c.i < t.i and c.dep_ in _SUBJ and c.head.i != t.i
                     and c.head.dep_ not in ("acl:relcl", "ccomp", "csubj") and c.head.pos_ != "VERB"), None)
    relative = subj is not None and _form(subj) in L.RELATIVES
    if relative and subj is not None:
        # "le projet de loi relatif à …, qui transpose": the name that ends right before the pronoun
        pos = subj.idx + offset
        named = [m for m in ctx.mentions if 0 <= pos - m.end <= 2]
        if named:
            m = named[-1]
            if m.category == "actor":
                return ctx.ref(m), None
            return None, ctx.ref(m) if m.category in ("instrument", "matter") else None
        ante = _relative_antecedent(subj)
        if ante is not None and ctx.linker.guess_kind(ante.text, "fr") == _DECISION_KIND:
            # "Ainsi en a décidé le Conseil d'État dans une décision du 18 octobre, qui rejette …": the act of a
            # decision is its author's, the body named before it in the clause (or in its own phrase)
            s, e = phrase_bounds(ante, stop_at=subj.i)
            cs, ce = _span_chars(doc, s, e, offset)
            own_body = ctx.mentions_in(cs, ce, "actor")
            earlier = [m for m in ctx.mentions if m.category == "actor" and m.end <= cs
                       and m.start >= t.sent.start_char + offset and not ctx.in_pp(m)]
            if own_body:
                return ctx.ref(own_body[0]), None
            kinds = [c for c in ante.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                     and ctx.linker.category_of(ctx.linker.guess_kind(c.text, "fr")) == "actor"]
            if kinds:
                return None, None  # "l'arrêt d'une cour d'appel, qui avait écarté …": the decision of a court named
            if earlier:  # by its kind only, not of the body named before
                return ctx.ref(earlier[-1]), None
        if ante is not None:
            # "dont ils contestent l'article 22, qui autorise …": a text the gazetteer does not name is still the
            # relative's subject; no body further back in the sentence does the act
            s, e = phrase_bounds(ante, stop_at=subj.i)
            own = _entity_for(doc, s, e, offset, ctx, "object")
            if own is not None and _category(own, ctx) in ("instrument", "matter"):
                return None, own
    if subj is not None and _form(subj) in L.ORDINAL_ANAPHORS and "NumType=Ord" in str(subj.morph) \
            and subj.i > 0 and _form(subj.doc[subj.i - 1]) in L.DEFINITES \
            and not any(c.dep_ == "nmod" for c in subj.children):
        pair = _last_two_bodies(ctx, subj.idx + offset)
        if pair is not None:
            return ctx.ref(pair[L.ORDINAL_ANAPHORS[_form(subj)]]), None
    if subj is not None:
        if _form(subj) in L.RELATIVES and t.dep_ == "acl:relcl":
            if t.head.pos_ in ("VERB", "AUX"):
                # the parser hung the relative on the verb: its subject is still the phrase before the pronoun
                ante = _relative_antecedent(subj)
                if ante is None:
                    return None, None
                subj = ante
            else:
                subj = t.head
        if subj.pos_ == "PRON" and "Person=1" in str(subj.morph):
            return _speaker(subj, ctx, offset), None  # "« Nous allons saisir le Conseil », a déclaré le maire"
        if _form(subj) in L.SUBJECT_PRONOUNS or subj.pos_ == "PRON":
            shared = _coordinated_subject(t, subj)
            if shared is not None:
                s0, e0 = phrase_bounds(shared, stop_at=shared.head.i)
                agent = _entity_for(doc, s0, e0, offset, ctx, "actor")
                if agent is not None and _category(agent, ctx) == "actor":
                    return agent, None
            agent = _resolve_pronoun(subj, ctx, offset)
            if agent is None and ctx.recent_themes and _form(subj) in L.SUBJECT_PRONOUNS:
                return None, ctx.recent_themes[-1]  # "La loi reporte… Elle prolonge aussi…"
            return agent, None
        s, e = phrase_bounds(subj, stop_at=t.i if subj.i < t.i else None)
        s_list = s
        while s_list >= 2 and doc[s_list - 1].text == "," and doc[s_list - 2].text[:1].isupper() \
                and doc[s_list - 2].is_alpha and not _in_prep_phrase(doc[s_list - 2]):
            # a list of names as subject: "Alphabet, Amazon, …, Meta et Samsung ont notifié" starts at its first
            # (not the agent of a fronted participle: "Saisi par la Quadrature du Net, le Conseil …")
            s_list -= 2
        if s_list < s and not any(doc[k].pos_ == "VERB" and "VerbForm=Part" in str(doc[k].morph)
                                  for k in range(_written_start(t), s_list)):
            s = s_list  # (not after a fronted participle: "Pris après avis … du Conseil d'Etat, le texte")
        while s >= 2 and subj.i < t.i and _form(doc[s - 1]) in L.GENITIVE_PREPS and doc[s - 2].pos_ in (
                "NOUN", "PROPN") and not _in_value(doc[s - 2], ctx, offset):
            # "La proposition de loi prolonge…": the parser took the complement noun for the subject's head
            s -= 2
            while s > 0 and (doc[s - 1].pos_ in ("DET", "ADJ") or _form(doc[s - 1]) in L.ARTICLES):
                s -= 1
        if subj.i < t.i and s >= 2 and (subj.pos_ == "NUM" or doc[s].pos_ == "NUM") and (
                doc[s - 1].text == ")" or doc[s - 1].pos_ == "NOUN"):
            # "le règlement (UE) 2025/38 … a été publié": the parser took the text's number for the subject's head
            k = s - 1
            if doc[k].text == ")":
                while k > 0 and doc[k].text != "(" and s - k < 5:
                    k -= 1
                k -= 1
            if k >= 0 and doc[k].pos_ == "NOUN":
                s = k
                while s > 0 and (doc[s - 1].pos_ in ("DET", "ADJ") or _form(doc[s - 1]) in L.ARTICLES):
                    s -= 1
        if s >= 2 and doc[s - 1].pos_ == "CCONJ" and subj.i < t.i:
            # "Le Parlement européen et le Conseil ont adopté": the parser hung the first conjunct elsewhere; the
            # coordinated subject starts at the known body right before the conjunction, at the clause's start
            first = [m for m in ctx.mentions if m.category == "actor" and 0 <= doc[s - 1].idx + offset - m.end <= 1]
            if first:
                k = s - 2
                while k > 0 and doc[k - 1].text not in _CUT_PUNCT and not (
                        doc[k - 1].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k - 1].morph)):
                    k -= 1
                if doc[k].idx + offset <= first[0].start and (k == t.sent.start or doc[k - 1].text in _CUT_PUNCT):
                    s = k
        cs, ce = _span_chars(doc, s, e, offset)
        if subj.i < t.i and ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs:ce], "fr")) == "instrument":
            # "le règlement (UE) 2025/38 …": a phrase headed by a text's noun names no body acting, whatever
            # body its complement names
            theme = _entity_for(doc, s, e, offset, ctx, "object")
            if theme is None or _category(theme, ctx) != "instrument":
                theme = ctx.linker.link(ctx.text[cs:ce], "instrument", Span(cs, ce))
            # ("les obligations fixées par le règlement …": the part of a text its "par" phrase names)
            return None, (_provided_by(subj, t, ctx, offset) if theme.iri is None else None) or theme
        members = next((c for n in (subj, *(x for x in subj.children if x.dep_ == "conj")) for c in n.children
                        if c.dep_ in ("acl", "amod") and subj.i < c.i < t.i and "VerbForm=Part" in str(c.morph)),
                       None) if subj.i < t.i else None
        sitting = _sitting_body(members, ctx, offset) if members is not None else None
        if sitting is not None:
            return sitting, None  # "Députés et sénateurs réunis en commission mixte paritaire sont parvenus…"
        agent = _party_anaphor(doc, s, e, offset, ctx) or _entity_for(doc, s, e, offset, ctx, "actor")
        if agent is None and not relative:
            # (not in a relative on the name: "Proximus, qui conteste la décision, …" describes the party)
            agent = _repeated_name(doc, s, e, offset, ctx)
        if agent is not None:
            return agent, None
        theme = _entity_for(doc, s, e, offset, ctx, "object")
        provider = _provided_by(subj, t, ctx, offset) if theme is None or theme.iri is None else None
        if provider is not None:
            return None, provider
        if theme is not None and _category(theme, ctx) in ("instrument", "matter"):
            return None, theme
        if relative and t.dep_ == "acl:relcl":
            return None, None  # the relative's antecedent is its subject: no body further back
    # the noun phrase right before the verb group is its subject ("le règlement entre en vigueur")
    k = t.i - 1
    while k >= 0 and (doc[k].pos_ in ("ADV", "AUX") or _form(doc[k]) in ("se", "s'", "ne", "n'")):
        k -= 1
    if subj is None and k > 0 and doc[k].text == ",":
        # "Proximus, qui conteste la décision, a saisi la cour": the parser left the name with its relative set
        # off by commas as a clause of its own; the name the relative hangs on is the subject
        rel = next((x for x in doc[max(0, k - 25):k] if x.dep_ == "acl:relcl" and x.head.i < x.i
                    and x.right_edge.i == k - 1 and x.head.pos_ in ("NOUN", "PROPN")
                    and (x.head.i == 0 or doc[x.head.left_edge.i - 1].text in (".", ";", ":"))), None)
        if rel is not None:
            s0, e0 = phrase_bounds(rel.head, stop_at=rel.left_edge.i)
            agent = _party_anaphor(doc, s0, e0, offset, ctx) or _entity_for(doc, s0, e0, offset, ctx, "actor") \
                or _repeated_name(doc, s0, e0, offset, ctx)
            if agent is not None:
                return agent, None
        opened = _text_before_relative(doc, k, ctx, offset)
        if opened is not None:
            return None, opened
    if subj is None and k >= 0 and doc[k].pos_ == "PRON":
        taken = _previous_text(doc[k], ctx, offset)
        if taken is not None:
            return None, taken  # "Il entre en vigueur le lendemain": the tagger read the verb as a preposition
    if subj is None and k > 0 and _in_value(doc[k], ctx, offset) and doc[k].like_num:
        # "Le décret n° 2025-412 du 6 mai 2025 entre en vigueur …": a text's title date ends the subject
        s0 = k
        while s0 > 0 and doc[s0 - 1].text not in _CUT_PUNCT and doc[s0 - 1].text not in (".", ":", ";") \
                and not (doc[s0 - 1].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[s0 - 1].morph)):
            s0 -= 1
        titled = _entity_for(doc, s0, k + 1, offset, ctx, "object")
        if titled is not None and _category(titled, ctx) == "instrument":
            return None, titled
    misread = t.pos_ not in ("VERB", "AUX")  # (a verb the tagger read as a preposition: its phrase is cut short)
    if k >= 0 and (doc[k].pos_ in ("NOUN", "PROPN") or (misread and (doc[k].pos_ in ("ADJ", "NUM") or (
            doc[k].dep_ in ("acl", "amod") and doc[k].head.i < k)))) and not _in_value(doc[k], ctx, offset):
        top = doc[k]
        # "La loi sur la sécurité globale entre en vigueur", "La directive NIS 2 entre …" (the verb read as a
        # preposition): the phrase ends on a modifier, its head noun is further back
        while (misread or doc[k].pos_ not in ("NOUN", "PROPN")) and top.dep_ in (
                "amod", "nmod", "nummod", "flat:name", "obl:arg", "obl:mod", "acl") and top.head.i < top.i \
                and (top.head.pos_ in ("NOUN", "PROPN", "ADJ") or _participle_on_noun(top.head)) and not any(
                    (doc[j].pos_ in ("VERB", "AUX") and not _participle_on_noun(doc[j]))
                    or doc[j].text in (",", ";", ":") for j in range(top.head.i, k)):
            top = top.head
        if top.pos_ not in ("NOUN", "PROPN"):
            top = doc[k] if doc[k].pos_ in ("NOUN", "PROPN") else None
    else:
        top = None
    if top is not None:
        s0, _ = phrase_bounds(top)
        s0 = min(s0, top.i)
        while s0 > 0 and (doc[s0 - 1].pos_ in ("DET", "ADJ") or _form(doc[s0 - 1]) in L.ARTICLES) \
                and doc[s0 - 1].pos_ != "ADP":  # "l'article 5 du règlement (UE) 2024/1689": "du" is "de le"
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
        if any(_locution_at(c.doc, x.i) for x in c.children if x.dep_ == "case" and x.i < c.i):
            continue  # "à la demande de l'autorité irlandaise": a locution opens an adjunct, not a party
        if case and any(case == w or case.startswith(w + " ") for w in _TARGET_WORDS):
            s, e = phrase_bounds(c)
            if c.i < skip[0] < e:
                e = skip[0] - 1 if skip[0] - 1 > c.i and _form(c.doc[skip[0] - 1]) in L.GENITIVE_PREPS else skip[0]
            if any(fold(c.doc[s:s + len(g.split())].text) == g for g in L.GAZETTES):
                continue  # "publié au Journal officiel": where a text is published is no party
            ref = _entity_for(c.doc, s, e, offset, ctx, "object")
            if ref is not None and (ref.iri is not None or ref.kind is not None or _proper(c) or (
                    case in L.SANCTION_TARGET_PREPS and c.pos_ == "NOUN" and not _in_value(c, ctx, offset)) or (
                    c.dep_ == "obl:arg" and c.pos_ == "NOUN" and case in L.DATIVE_PREPS and c.head.pos_ == "VERB"
                    and any(x.dep_ == "det" and _form(x) in L.INDEFINITES for x in c.children)
                    and not _in_value(c, ctx, offset))):
                # (the verb's indefinite dative argument: "a infligé une amende … à un réseau de cliniques"; not a
                # manner, "à l'unanimité")
                # a party: "à Orange", "à la société X", "contre un exploitant de salles de sport" ("contre" opens
                # no manner); not a manner ("à l'unanimité")
                return ref
    return None


def _elided(word: str) -> str:
    """A preposition in its full form: "d'" is "de" ("à l'encontre d'une société")."""
    return "de" if word in ("d'", "d’") else word


def _target_after(doc: Doc, end_tok: int, ctx: Context, offset: int, single: bool = False,
                  limit: int | None = None) -> EntityRef | None:
    """A target after the act noun that the parser hung elsewhere: "cinq mises en demeure de la Cnil à l'encontre
    de collectivités" (a prepositional locution of several words, unambiguous, so read by word order). With
    ``single``, after an act noun of sanction with its support verb, "contre" too (not "à", which also opens
    manners and amounts)."""
    locutions = [w.replace("'", "' ").split() for w in _TARGET_WORDS if " " in w or (
        single and w in L.SANCTION_TARGET_PREPS)]
    stop = min(len(doc), end_tok + 16) if limit is None else min(limit, len(doc))
    for k in range(end_tok + 1, stop):
        tok = doc[k]
        if tok.text in (";", ":", ".") or _form(tok) in L.RELATIVES or (
                tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(tok.morph)):
            return None
        for loc in locutions:
            n = len(loc)
            if k + n < len(doc) and [_elided(_form(x).replace("'", "' ").strip()) for x in doc[k:k + n]] == \
                    [_elided(w.strip()) for w in loc]:
                head = doc[k + n]
                while head.i + 1 < len(doc) and (head.pos_ == "DET" or _form(head) in L.ARTICLES):
                    head = doc[head.i + 1]
                s, e = phrase_bounds(head)
                if limit is not None:
                    e = min(e, limit)  # (the act noun after the party, hung on it by the parser, ends it)
                    while e > head.i + 1 and (doc[e - 1].is_punct or doc[e - 1].pos_ == "DET"):
                        e -= 1
                if e < len(doc) and doc[e].pos_ == "AUX" and "VerbForm=Part" in str(doc[e].morph) \
                        and "Tense=Pres" in str(doc[e].morph):
                    # "à l'encontre de collectivités ayant mis en place des dispositifs": a reduced relative
                    # restricts the target
                    while e < len(doc) and doc[e].text not in _CUT_PUNCT and doc[e].text != "." \
                            and _form(doc[e]) not in L.RELATIVES and "VerbForm=Fin" not in str(doc[e].morph):
                        e += 1
                return _entity_for(doc, max(s, k + n), e, offset, ctx, "object")
    return None


def _addressee_on_agent(support: Token, ctx: Context, offset: int) -> EntityRef | None:
    """"ont été adressées par la présidente de la Cnil à des centres hospitaliers": the addressee of a passive
    support verb that the parser hung on its "par" agent (a body takes no "à" complement of its own)."""
    if not _passive(support):
        return None
    for agent in (c for c in support.children if c.dep_ == "obl:agent"):
        for c in agent.subtree:
            if c.dep_ == "nmod" and c.i > agent.i and c.pos_ == "NOUN" and not _in_value(c, ctx, offset) and any(
                    x.dep_ == "case" and _form(x) in ("a", "au", "aux") for x in c.children) and any(
                    x.dep_ == "det" for x in c.children):
                s, e = phrase_bounds(c)
                return _entity_for(c.doc, s, e, offset, ctx, "object")
    return None


def _in_value(tok: Token, ctx: Context, offset: int) -> bool:
    """Whether ``tok`` is part of a date, an amount or a duration ("de sept mois"): never an object."""
    if _lemma(tok) in L.DURATION_UNITS and any(c.like_num or _form(c) in L.NUMBERS for c in tok.children):
        return True
    pos = tok.idx + offset
    return any(d.start <= pos < d.end for d in ctx.dates) or any(a.start <= pos < a.end for a in ctx.amounts)


def _parenthesis_opening(doc: Doc, k: int) -> int | None:
    """Index of the "(" of a short parenthesis closing right before token ``k`` after a noun ("règlement (UE)"),
    or None."""
    if k < 3 or doc[k - 1].text != ")":
        return None
    for j in range(k - 2, max(0, k - 6), -1):
        if doc[j].text in _CUT_PUNCT or doc[j].text == ".":
            return j if doc[j].text == "(" and doc[j - 1].pos_ in ("NOUN", "PROPN") else None
    return None


def _stray_subject(t: Token) -> Token | None:
    """The subject of a compound verb the parser hung elsewhere ("Au terme d'un accord trouvé en commission, | le
    projet de loi a été adopté"): the determined noun, with no preposition, that opens the stretch between the
    last comma and the auxiliary."""
    auxes = [c.i for c in t.children if c.dep_.startswith("aux")]
    if not auxes:
        return None
    doc = t.doc
    j = min(auxes) - 1
    # (a participle inside the subject's phrase is no verb group: "le règlement (UE) 2024/1689 établissant des
    # règles harmonisées concernant l'intelligence artificielle est entré en vigueur")
    while j >= 0 and (doc[j].text not in _CUT_PUNCT or doc[j].text in "()") and doc[j].text != "." and (
            doc[j].pos_ not in ("VERB", "AUX") or (doc[j].pos_ == "VERB" and "VerbForm=Part" in str(doc[j].morph))):
        j -= 1
    if j < 0 or doc[j].text != "," or j + 1 >= min(auxes):
        return None
    first = doc[j + 1]
    head = first.head
    if first.pos_ == "DET" and first.dep_ == "det" and head.pos_ == "NOUN" and j + 1 < head.i < min(auxes) \
            and not any(c.dep_ == "case" for c in head.children):
        return head
    return None


def _named_subject(t: Token) -> Token | None:
    """The subject the parser hung on a naming participle set off by commas before the verb ("Le règlement
    (UE) 2024/982, dit Prüm II, a été publié"): the subject of "dit"."""
    named = next((c for c in t.children if c.dep_ in ("advcl", "acl") and c.i < t.i
                  and _lemma(c) in L.NAMING_VERBS and _naming_participle(c)), None)
    if named is None:
        return None
    return next((c for c in named.children if c.dep_ in _SUBJ and c.i < named.i), None)


def _quantified_subject(t: Token) -> Token | None:
    """The subject an adverb of quantity determines, which the parser hung on the adverb ("Pas moins de sept
    communes ont été mises en demeure", "Plus de vingt sociétés ont été sanctionnées"): the noun before the verb
    that the adverb governs through "de"."""
    for adv in t.children:
        if adv.i < t.i and adv.pos_ == "ADV" and adv.dep_ == "advmod":
            for n in adv.children:
                if adv.i < n.i < t.i and n.pos_ in ("NOUN", "PROPN") and any(
                        x.dep_ == "case" and _form(x) in L.GENITIVE_PREPS for x in n.children):
                    return n
    return None


def _text_before_relative(doc: Doc, comma: int, ctx: Context, offset: int) -> EntityRef | None:
    """A text's phrase that a relative set off by commas separates from its verb, the parser having lost the
    subject ("…, le règlement (UE) 2025/2509 relatif à …, qui impose …, est entré en vigueur"): the phrase
    between the comma or the sentence's start before it and the comma that opens the relative ending at
    ``comma``. None unless a text's noun heads it."""
    rel = next((x for x in doc[max(0, comma - 40):comma] if x.dep_ == "acl:relcl" and x.right_edge.i == comma - 1
                and _form(doc[x.left_edge.i]) in L.RELATIVES and x.left_edge.i > 1
                and doc[x.left_edge.i - 1].text == ","), None)
    if rel is None:
        return None
    end = rel.left_edge.i - 1
    k = end
    while k > doc[end].sent.start and doc[k - 1].text not in _CUT_PUNCT and doc[k - 1].text != "." and not (
            doc[k - 1].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k - 1].morph)):
        k -= 1
        paren = _parenthesis_opening(doc, k)
        if paren is not None:
            k = paren  # "règlement (UE) 2025/2509": the bracket inside the name
    if k >= end or (_form(doc[k]) not in L.DEFINITES and doc[k].pos_ != "DET"):
        return None
    cs, ce = _span_chars(doc, k, end, offset)
    if ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs:ce], "fr")) != "instrument":
        return None
    found = _entity_for(doc, k, end, offset, ctx, "object")
    if found is None or _category(found, ctx) != "instrument":
        found = ctx.linker.link(ctx.text[cs:ce], "instrument", Span(cs, ce))
    return found


def _set_off_adjunct(tok: Token) -> bool:
    """Whether ``tok`` lies in a phrase set off by commas that a preposition opens ("a adopté jeudi, par 291 voix
    contre 47, une proposition de loi": "47" is no object)."""
    doc = tok.doc
    k = tok.i - 1
    while k > tok.sent.start and doc[k].text != "," and tok.i - k < 10:
        k -= 1
    if doc[k].text != "," or k + 1 >= tok.i:
        return False
    first = doc[k + 1]
    closed = any(doc[j].text in (",", ".") for j in range(tok.i + 1, min(len(doc), tok.i + 6))) \
        or tok.i + 1 >= len(doc)
    return closed and first.pos_ == "ADP" and _form(first) in L.PREPOSITIONS and _form(first) not in L.GENITIVE_PREPS


def _bare_locution(tok: Token) -> bool:
    """A common noun with no determiner that opens a "de" complement is a prepositional locution ("faute de base
    légale", "faute d'autorisation"), not an object: an object noun takes a determiner."""
    doc = tok.doc
    return tok.pos_ == "NOUN" and not _proper(tok) and tok.i + 1 < len(doc) \
        and _form(doc[tok.i + 1]) in ("de", "d'") and not any(c.dep_ == "det" for c in tok.children) \
        and not (tok.i > 0 and doc[tok.i - 1].pos_ in ("DET", "NUM"))


def _completive_subject(doc: Doc, end_tok: int, ctx: Context, offset: int) -> Token | None:
    """What a ruling stated in a "que" clause is about: the noun subject of the clause that follows the verb group
    (over a date or an adverb). "a dit pour droit mardi que des données pseudonymisées ne constituent pas …" ->
    "des données pseudonymisées"."""
    k = end_tok + 1
    while k < len(doc) and k <= end_tok + 8 and (doc[k].pos_ == "ADV" or doc[k].text == "," or _in_value(
            doc[k], ctx, offset) or (k + 1 < len(doc) and doc[k].pos_ == "DET" and _in_value(doc[k + 1], ctx, offset))):
        k += 1
    if k + 1 >= len(doc) or _form(doc[k]) not in ("que", "qu'") or doc[k].pos_ != "SCONJ":
        return None
    verb = doc[k].head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > k), None) \
        if verb.i > k else None
    if subj is None:  # the parser hung the clause elsewhere: a determined noun right after "que"
        j = k + 1
        while j < len(doc) and doc[j].pos_ in ("DET", "ADJ", "NUM"):
            j += 1
        subj = doc[j] if j > k + 1 and j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _in_value(subj, ctx, offset):
        return None  # (a pronoun subject, "qu'il", says nothing of its own)
    return subj


def _topic_of(noun: Token) -> tuple[int, int] | None:
    """The token bounds of what an act noun is about: "un avis sur le projet de loi", "un avis concernant le
    décret", "un avis relatif au décret"; None when it names no topic."""
    doc = noun.doc
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ in ("acl", "amod") and c.i == noun.i + 1:
            # "un avis réservé sur le projet": the parser hung the topic on the adjective
            c = next((x for x in c.children if x.i > c.i and x.dep_ in ("obl:arg", "obl", "obl:mod", "nmod")), c)
        if c.dep_ in ("nmod", "obl:arg", "obl", "obl:mod") \
                and any(_form(x) in L.TOPIC_PREPS for x in c.children if x.dep_ == "case"):
            s0, e0 = phrase_bounds(c)
            while s0 <= c.i and _form(doc[s0]) in L.TOPIC_PREPS:
                s0 += 1
            return s0, e0
        if _lemma(c) in L.TOPIC_WORDS:
            inner = next((x for x in c.children if x.dep_ in ("obj", "obl", "obl:arg", "nmod") and x.i > c.i), None)
            if inner is not None:
                s0, e0 = phrase_bounds(inner)
                while s0 <= inner.i and (doc[s0].pos_ == "ADP" or _form(doc[s0]) in ("au", "aux")):
                    s0 += 1
                return s0, e0
    return None


def _set_off_head(t: Token, end_tok: int, ctx: Context | None = None) -> tuple[int, Token] | None:
    """(first token, head noun) of a direct object after a phrase set off by commas right after the verb group: "a
    lancé lundi, dans les commissariats de Lille, Lyon et Marseille, l'expérimentation …", "a censuré jeudi, comme
    « cavalier législatif », la disposition …", "a suspendu, lundi, l'arrêté …" (the parser may hang the object on
    the set-off phrase). The phrase opens with a preposition, "comme" or a time adjunct and holds no finite verb;
    the object opens with a determiner right after its closing comma, the first comma a determiner follows (the
    phrase may list names: "de Lille, Lyon et …")."""
    doc = t.doc
    if end_tok + 1 >= len(doc):
        return None
    k = _after_time_adjunct(doc, end_tok + 1)
    if k + 2 >= len(doc) or doc[k].text != ",":
        return None
    opener = doc[k + 1]
    adjunct_end = _after_time_adjunct(doc, k + 1)
    timed = adjunct_end > k + 1 and adjunct_end < len(doc) and doc[adjunct_end].text == ","  # "a suspendu, lundi, …"
    if not (timed or opener.pos_ == "ADP" or _form(opener) in L.PREPOSITIONS or _form(opener) in L.ATTRIBUTE_MARKS):
        return None
    close = None
    for j in range(adjunct_end if timed else k + 2, min(len(doc) - 2, k + 18)):
        x = doc[j]
        if x.text == "." or (x.text in _CUT_PUNCT and x.text != ",") or (
                x.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(x.morph)):
            return None
        nxt = doc[j + 1]
        if x.text == "," and (nxt.pos_ == "DET" or _form(nxt) in L.ARTICLES or _form(nxt) in L.DEFINITES) \
                and _form(nxt) not in L.GENITIVE_PREPS:
            close = j
            break
    if close is None:
        return None
    # (a head noun of a known kind right after the determiner whatever its tag: "l'arrêté" read as a participle)
    head = next((x for x in doc[close + 2:min(len(doc), close + 5)] if x.pos_ in ("NOUN", "PROPN") or (
        x.i == close + 2 and x.pos_ in ("VERB", "ADJ") and "VerbForm=Fin" not in str(x.morph) and ctx is not None
        and ctx.linker.guess_kind(x.text, "fr") is not None)), None)
    if head is None or any(x.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(x.morph) for x in doc[close + 1:head.i]):
        return None
    return close + 1, head


def _object_after_set_off(t: Token, end_tok: int, ctx: Context,
                          offset: int) -> tuple[EntityRef | None, Token | None] | None:
    """The direct object after a phrase set off by commas right after the verb group (``_set_off_head``)."""
    found = _set_off_head(t, end_tok, ctx)
    if found is None:
        return None
    first, head = found
    _, e = phrase_bounds(head)
    ref = _entity_for(t.doc, first, max(e, head.i + 1), offset, ctx, "object")
    return (ref, head) if ref is not None else None


def _opening_text_subject(t: Token, ctx: Context, offset: int) -> tuple[EntityRef, Token] | None:
    """The text that opens the sentence as the subject of a passive the parser lost it from: "Le décret n° 2024-1187
    … créant le traitement « FACET », destiné à comparer …, a été partiellement annulé par le Conseil d'État" (the
    quotation and the participle set off make the parser cut the sentence). Only a text, up to the first comma (or
    the auxiliary), with no finite verb in it, and only when the auxiliary follows a comma or the parser hung the
    auxiliaries on an adverb before the participle ("a été partiellement annulé")."""
    doc = t.doc
    start = 0  # (the doc is one sentence of ours; the parser's may be cut)
    been = next((k for k in range(t.i - 1, max(start, t.i - 4) - 1, -1) if _lemma(doc[k]) == "etre"), None)
    if been is None or been - 2 < start or doc[start].pos_ != "DET":
        return None
    aux = been - 1
    # (the auxiliaries hung on an adverb before the participle: "a été partiellement annulé")
    adverb_head = any(doc[k].pos_ == "ADV" and doc[been].head.i == k for k in range(been + 1, t.i))
    if _lemma(doc[aux]) not in ("avoir", "etre") or not (doc[aux - 1].text == "," or adverb_head):
        return None
    comma = next((k for k in range(start + 1, aux) if doc[k].text in (",", ";", ":")), None)
    end = comma if comma is not None else aux
    if end < start + 2 or any(doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph)
                              for k in range(start, end)):
        return None
    ref = _entity_for(doc, start, end, offset, ctx, "object")
    if ref is None or _category(ref, ctx) != "instrument":
        return None
    return ref, doc[start + 1]


def _inverted_subject(t: Token, ctx: Context, offset: int) -> tuple[EntityRef, Token] | None:
    """The subject after the verb of a passive that opens its sentence with the auxiliary ("Ont en revanche été
    censurés, comme « cavaliers législatifs », les articles 12 et 15, relatifs à …"): the first noun phrase with a
    determiner after the participle, outside a phrase set off by commas that opens with a preposition."""
    doc = t.doc
    if not doc or _lemma(doc[0]) not in ("avoir", "etre") or not doc[0].text[:1].isupper() or not any(
            _lemma(doc[k]) == "etre" for k in range(1, t.i)) or any(
            doc[k].pos_ in ("VERB", "PROPN") for k in range(1, t.i) if _lemma(doc[k]) not in ("avoir", "etre")):
        return None
    k = t.i + 1
    while k < len(doc):
        tok = doc[k]
        if tok.text == "," and k + 1 < len(doc) and doc[k + 1].pos_ == "ADP":
            k = next((j for j in range(k + 1, len(doc)) if doc[j].text in (",", ";", ".")), len(doc))
            continue  # ", comme « cavaliers législatifs »,": an adjunct set off
        if tok.text in (";", ".", ":"):
            return None
        if tok.pos_ == "DET" and k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN"):
            e = next((j for j in range(k + 1, len(doc)) if doc[j].text in (",", ";", ".", ":")), len(doc))
            ref = _entity_for(doc, k, e, offset, ctx, "object")
            return (ref, doc[k + 1]) if ref is not None else None
        if tok.pos_ in ("VERB", "AUX") and tok.i != t.i:
            return None
        k += 1
    return None


def _fronted_conjunct(t: Token) -> bool:
    """Whether ``t`` is a participle coordinated with one that opens the sentence ("Adoptée le 3 mai et publiée au
    Journal officiel le 5 mai, la loi …"; the parser may hang it on the opening participle's date: "Promulguée le
    23 juin et …"), before any comma: it shares that participle's theme, the main clause's subject."""
    if t.dep_ != "conj" or t.head.i >= t.i or "VerbForm=Part" not in str(t.morph) \
            or any(c.dep_.startswith("aux") for c in t.children):
        return False
    opener = t.head
    for _ in range(2):
        if opener.i > t.sent.start + 1 and opener.dep_ in ("nmod", "obl:mod") and opener.head.i < opener.i:
            opener = opener.head
    return opener.i <= t.sent.start + 1 and not any(t.doc[k].text in (",", ":", ";") for k in range(t.sent.start, t.i))


def _object_verb(t: Token, end_tok: int, passive: bool, ctx: Context, offset: int,
                 same_top_nouns: set[str], rest: tuple[str, ...] = (),
                 text_act: bool = False) -> tuple[EntityRef | None, Token | None]:
    doc = t.doc
    heads = [t] + [doc[k] for k in range(t.i + 1, end_tok + 1)]
    nxt = doc[end_tok + 1] if end_tok + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "VERB" and "VerbForm=Fin" in str(nxt.morph) and (
            nxt.head.i == t.i or (t.head.i == nxt.i and t.dep_.startswith("aux") and "VerbForm=Part" in str(t.morph))) \
            and not any((c.dep_.startswith("nsubj") and c.i > t.i) or c.dep_ == "mark" or (
                c.dep_.startswith("aux") and c.i != t.i and c.head.i == nxt.i and c.i > t.i) for c in nxt.children):
        # "a annulé partiellement la délibération": no finite verb follows the verb group without a subject; it is
        # an adverb the tagger misread, and what the parser hung on it is the trigger's
        heads.append(nxt)
    elif nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.head.i == t.i \
            and any(d.start == nxt.idx + offset for d in ctx.dates):
        # "a censuré jeudi les mots …": a day name right after the verb group, tagged as a verb; what the parser
        # hung on it is the trigger's
        heads.append(nxt)
    if not passive:
        set_off = _object_after_set_off(t, end_tok, ctx, offset)
        if set_off is not None:
            return set_off
    if passive:
        holders = list(t.children)
        if t.dep_ == "conj" and t.head.i < t.i and not any(c.dep_ in ("nsubj:pass", "nsubj") for c in holders) \
                and t.i > 0 and t.doc[t.i - 1].pos_ == "CCONJ" and not any(c.dep_.startswith("aux") for c in holders):
            # "La loi a été promulguée mardi et publiée mercredi au Journal officiel": a bare conjunct shares the
            # passive subject of the participle it is coordinated with (the parser may hang it on a date between)
            base = t.head if t.head.pos_ in ("VERB", "AUX") else _verb_above(t.head, t.i)
            if base is not None and base.i < t.i and _in_value(t.head, ctx, offset) \
                    and not any(c.dep_ in ("nsubj:pass", "nsubj") for c in base.children):
                # (hung on the day, and the parser lost that participle's subject too: "Adoptée …, la loi relative
                # à … a été promulguée vendredi et publiée au Journal officiel": the theme found for the first)
                return _object_verb(base, base.i, True, ctx, offset, same_top_nouns)
            if base is not None:
                holders = [c for c in base.children if c.i < base.i]
        if t.dep_ == "xcomp" and t.head.i < t.i and not any(c.dep_ in ("nsubj:pass", "nsubj") for c in holders):
            holders = [c for c in t.head.children if c.i < t.head.i]  # "Le décret doit être publié": the modal's
        stray = None
        if not any(c.dep_ in ("nsubj:pass", "nsubj") for c in holders):
            stray = _stray_subject(t) or _quantified_subject(t) or _named_subject(t)
        for c0 in holders + ([stray] if stray is not None else []):
            c = _unmarked(c0) if c0.dep_ in ("nsubj:pass", "nsubj") or c0 is stray else None
            if c is not None and c.i == t.sent.start and c.text.lower().endswith(L.FRONTED_PARTICIPLE_ENDINGS):
                # "Lancée en 2024 dans six départements, l'expérimentation … a été prolongée": a participle opening
                # the sentence is no subject; the subject is the noun phrase after the comma that closes its clause
                comma = next((k for k in range(c.i + 1, t.i) if doc[k].text == ","), None)
                c = next((doc[k] for k in range(comma + 1, t.i) if doc[k].pos_ in ("NOUN", "PROPN")
                          and not _in_value(doc[k], ctx, offset)), None) if comma is not None else None
            if c is not None:
                if _form(c) in L.RELATIVES and t.dep_ == "acl:relcl":
                    c = t.head
                if fold(c.lemma_) in same_top_nouns and c.i < t.i:
                    # "Une amende de 2,3 millions d'euros a été infligée par la Cnil à la société X": the act noun
                    # is the subject, its party the target (the parser may hang "à X" on the "par" agent); not a
                    # text ("Une proposition de loi … a été déposée à l'Assemblée": the text is the object)
                    cs0, ce0 = _span_chars(doc, *phrase_bounds(c), offset)
                    tgt = None if ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs0:ce0], "fr")) == \
                        "instrument" else _target(list(t.children), ctx, offset) or _addressee_on_agent(t, ctx, offset)
                    if tgt is not None:
                        return tgt, c
                s, e = phrase_bounds(c)
                if c.i < t.i and e < t.i and doc[e].text == "(" and c.right_edge.i < t.i:
                    close = next((j for j in range(e + 1, min(e + 5, t.i)) if doc[j].text == ")"), None)
                    if close is not None:
                        # "Le règlement (UE) 2024/1183 sur …": the name runs on, to a comma or a relative
                        e = max(e, next((j for j in range(close + 1, c.right_edge.i + 1) if doc[j].text in _CUT_PUNCT
                                         or _form(doc[j]) in L.RELATIVES), c.right_edge.i + 1))
                if c.i < t.i and _form(c) not in L.RELATIVES:
                    # the parser split a long subject ("Le recours de la LDH contre le décret … « Sentinelle »
                    # a été rejeté"): the subject runs from the start of the clause
                    k = s
                    while k > 0 and doc[k - 1].text not in _CUT_PUNCT and doc[k - 1].text != "." and not (
                            doc[k - 1].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k - 1].morph)) \
                            and _form(doc[k - 1]) not in L.RELATIVES:
                        k -= 1
                    paren = _parenthesis_opening(doc, k)
                    while paren is not None:
                        # "Le règlement (UE) 2025/38 … a été publié": a parenthesis inside the text's name
                        k = paren
                        while k > 0 and doc[k - 1].text not in _CUT_PUNCT and doc[k - 1].text != "." \
                                and doc[k - 1].pos_ not in ("VERB", "AUX") and _form(doc[k - 1]) not in L.RELATIVES:
                            k -= 1
                        paren = _parenthesis_opening(doc, k)
                    if k == 0 and k < s and doc[0].pos_ == "DET":
                        s = k
                        aux = next((a.i for a in t.children if a.dep_.startswith("aux")), e)
                        # (not over a relative set off by commas: "Le règlement …, qui crée …, a été publié")
                        e = max(e, next((j for j in range(e, aux) if doc[j].text == ","), aux))
                ref = _entity_for(doc, s, e, offset, ctx, "object")
                if ref is not None and c.i < t.i and _category(ref, ctx) == "actor":
                    cs, ce = _span_chars(doc, s, e, offset)
                    if ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs:ce], "fr")) == "instrument":
                        # "Le règlement (UE) 2025/38 … a été publié": a phrase headed by a text's noun names the
                        # text, whatever body its complement names
                        ref = ctx.linker.link(ctx.text[cs:ce], "instrument", Span(cs, ce))
                return ref, c
        lost = _opening_text_subject(t, ctx, offset) or _inverted_subject(t, ctx, offset)
        if lost is not None:
            return lost
        if t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX"):
            # "La sanction que Bruxelles a infligée à Apple a été confirmée par le Tribunal": the parser hung the
            # main verb on the relative's; the phrase that opens the sentence before the relative is its subject
            rel = next((x for x in doc[1:t.head.i] if _form(x) in L.RELATIVES), None)
            ante = _relative_antecedent(rel) if rel is not None else None
            if rel is not None and ante is not None:
                s, e = phrase_bounds(ante, stop_at=rel.i)
                if s == 0:
                    return _entity_for(doc, s, e, offset, ctx, "object"), ante
        # "Adoptée le 3 mai et publiée au Journal officiel le 5 mai, la loi …": coordinated with a participle
        # opening the sentence, the participle shares its theme, the main clause's subject
        fronted_conj = _fronted_conjunct(t)
        if not fronted_conj and t.dep_ in ("acl", "amod", "advcl", "conj", "ROOT", "appos") and t.head.i != t.i \
                and t.head.pos_ in (
                "NOUN", "PROPN") and not any(doc[k].text in (":", ";") for k in range(t.head.i + 1, t.i)):
            # (not across a colon: "… la mendicité : saisi par la LDH, le juge …" opens a clause of its own)
            described = _detached_head(t)
            if described.pos_ == "NOUN" and not _agrees(t, described) and described.dep_ == "nmod" \
                    and described.head.i < described.i and described.head.pos_ == "NOUN" \
                    and _agrees(t, described.head) and not any(c.dep_ == "det" for c in described.children):
                described = described.head  # "un rapport d'observations définitives publié mardi": the participle
                # agrees with the record, not with the bare noun that classifies it
            if described.pos_ in ("NOUN", "PROPN") and (_agrees(t, described) or doc[t.i - 1].text != ","):
                s, e = phrase_bounds(described, stop_at=t.i)
                return _entity_for(doc, s, e, offset, ctx, "object"), described
            # (a participle after a comma the parser hung on a noun it does not agree with, "adopté en première
            # lecture le projet de loi …, présenté le 3 mai": the text before the comma it agrees with, below)
        if t.i > 0 and not doc[t.i - 1].is_punct and "VerbForm=Part" in str(t.morph) and not any(
                c.dep_.startswith("aux") for c in t.children):
            # "Par un arrêté du 3 avril 2025 publié au Journal officiel…": right after a text's phrase, the
            # participle describes the text it agrees with, wherever the parser hung it
            for k in range(t.i - 1, max(-1, t.i - 10), -1):
                tok = doc[k]
                if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                    break
                if tok.pos_ in ("NOUN", "PROPN") and not _in_value(tok, ctx, offset):
                    if _agrees(t, tok) and "Gender" in str(tok.morph):
                        s0, e0 = phrase_bounds(tok, stop_at=t.i)
                        ref = _entity_for(doc, s0, e0, offset, ctx, "object")
                        if ref is not None and _category(ref, ctx) == "instrument":
                            return ref, tok
                    break
        # "la loi visant à …, adoptée définitivement par le Parlement": the text before the comma it agrees with
        comma = t.i - 1
        while comma > 0 and doc[comma].pos_ == "ADV" and "VerbForm=Part" in str(t.morph):
            comma -= 1  # "Le texte, déjà voté par le Sénat": an adverb before the participle
        if comma > 0 and doc[comma].text == ",":
            for k in range(comma - 1, max(-1, comma - 24), -1):
                tok = doc[k]
                if tok.text in (";", ":", ".") or (tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(tok.morph)):
                    break
                if tok.pos_ in ("NOUN", "PROPN") and _agrees(t, tok) and "Gender" in str(tok.morph):
                    s0, e0 = phrase_bounds(tok, stop_at=comma)
                    ref = _entity_for(doc, s0, e0, offset, ctx, "object")
                    if ref is not None and _category(ref, ctx) == "instrument":
                        return ref, tok
        # participle at the start: the main clause's subject is the theme ("Publié au JO…, le règlement entre…")
        if t.i <= t.sent.start + 1 or fronted_conj or (t.i > 0 and doc[t.i - 1].text in (":", ";")):
            for k in range(end_tok + 1, len(doc)):
                if doc[k].text == ",":
                    # the subject of the main clause (a list of agents may hold commas: "par A, B et C, ils…")
                    # (not the pronoun of a relative on it: "…, le système (EES), qui enregistre …, fonctionne")
                    # (before the main clause's finite verb: not the subject of a clause after it, "… a adopté un
                    # avis selon lequel les très grandes plateformes ne peuvent …", where the parser took the main
                    # subject for the participle's object)
                    main_verb = next((j for j in range(k + 1, len(doc)) if doc[j].pos_ in ("VERB", "AUX")
                                      and "VerbForm=Fin" in str(doc[j].morph) and doc[j].dep_ != "acl:relcl"
                                      and not any(_form(c) in L.RELATIVES for c in doc[j].children)), len(doc))
                    subj = next((u for u in (_unmarked(doc[j]) for j in range(k + 1, main_verb) if doc[j].dep_ in _SUBJ
                                 and doc[j].head.pos_ in ("VERB", "AUX") and _form(doc[j]) not in L.RELATIVES)
                                 if u is not None), None)
                    if subj is not None and subj.pos_ == "PRON":
                        return _resolve_pronoun(subj, ctx, offset), subj
                    if k + 2 < len(doc) and _form(doc[k + 1]) in L.DEFINITES and doc[k + 2].pos_ == "NOUN":
                        # the definite phrase of a text that opens the main clause, wherever the parser hung it
                        # ("Publié au JO le 3 mars, le règlement (UE) 2025/12 relatif à …, dit « X », est entré…"):
                        # up to the next comma or the main verb group
                        e = k + 3
                        while e < len(doc) and doc[e].text not in (",", ";", ":", ".") and not (
                                doc[e].pos_ in ("VERB", "AUX") and ("VerbForm=Fin" in str(doc[e].morph)
                                                                     or doc[e].dep_ == "ROOT")) \
                                and doc[e].pos_ != "PRON" and e not in doc.user_data.get("vg_stops", ()) \
                                and _form(doc[e]) not in ("ne", "n'") and doc[e].idx + offset not in ctx.trigger_starts:
                            e += 1
                        cs0, ce0 = _span_chars(doc, k + 1, e, offset)
                        if ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs0:ce0], "fr")) == "instrument":
                            opening = _entity_for(doc, k + 1, e, offset, ctx, "object")
                            if opening is None or _category(opening, ctx) != "instrument":
                                # a text's noun heads the phrase, whatever body its number names ("(UE)")
                                opening = ctx.linker.link(ctx.text[cs0:ce0], "instrument", Span(cs0, ce0))
                            return opening, doc[k + 2]
                    # (no subject label: the noun after the comma that closes the participle's clause, "Saisi par
                    # les autorités néerlandaise, norvégienne et hambourgeoise, le Comité …")
                    closing = max((j for j in range(k, main_verb - 2) if doc[j].text == ","
                                   and doc[j + 1].pos_ == "DET" and doc[j + 2].pos_ in ("NOUN", "PROPN")
                                   and not any(_form(x) in L.RELATIVES for x in doc[k:j])), default=k) \
                        if subj is None else k
                    for j in range(closing + 1, len(doc)):
                        if (subj is None or j == subj.i) and (doc[j].dep_ in _SUBJ or doc[j].pos_ in ("NOUN", "PROPN")):
                            s, e = phrase_bounds(doc[j])
                            return _entity_for(doc, s, e, offset, ctx, "object"), doc[j]
                    break
        return None, None
    que = _object_relative(t)
    antecedent = _relative_antecedent(que) if que is not None else None
    if que is not None and antecedent is not None and fold(antecedent.lemma_) not in same_top_nouns:
        # "le décret, que le Conseil d'État a annulé": the antecedent is the direct object
        s, e = phrase_bounds(antecedent, stop_at=que.i - (1 if doc[que.i - 1].text == "," else 0))
        ref = _entity_for(doc, s, e, offset, ctx, "object")
        if ref is not None:
            return ref, antecedent
    obj = None
    for h in heads:
        for c in h.children:
            if _in_value(c, ctx, offset) or (c.i > 0 and doc[c.i - 1].pos_ == "DET" and doc[c.i - 2].text == ","
                                              and _absolute_clause(c)):
                continue  # (", aucun décret n'autorisant un tel usage": the subject of a participle clause)
            if c.i > 1 and doc[c.i - 1].text == "(" and doc[c.i - 2].pos_ in ("NOUN", "PROPN") and c.dep_ == "obj":
                continue  # "la commune de Saint-Aubin-des-Vignes (Var)": a bracket locates the name before it
            if c.dep_ in ("obj", "ccomp") and not (c.i > end_tok and (_bare_locution(c) or _set_off_adjunct(c))) and (
                    c.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "X") or _nominal(c) or (
                    c.pos_ == "ADJ" and any(x.dep_ == "det" and x.i < c.i for x in c.children))) \
                    and not any(x.dep_ == "case" and _form(x) not in L.GENITIVE_PREPS for x in c.children):
                # a direct object has no preposition: "adopté en première lecture" is a manner; of two, the first
                # ("a adopté jeudi la proposition de loi …, dont l'article 6 prolonge … l'expérimentation": the
                # parser hung the first on the day and the relative's own object on the verb)
                if obj is None or (c.i < obj.i and any(_form(doc[k]) in L.RELATIVES for k in range(c.i, obj.i))):
                    obj = c
                break
    if obj is None:  # a bare noun phrase the parser took for an adjunct: "a transmis au Conseil une QPC"
        obj = next((c for h in heads for c in h.children if c.dep_ in ("obl", "obl:mod", "obl:arg") and c.i > end_tok
                    and c.pos_ in ("NOUN", "PROPN") and not _in_value(c, ctx, offset)
                    and not any(x.dep_ == "case" for x in c.children) and not _absolute_clause(c)
                    and any(x.dep_ == "det" and x.i < c.i and _form(x) not in L.GENITIVE_PREPS for x in c.children)),
                   None)  # (not the subject of a participle clause: ", aucun texte n'autorisant un tel usage")
    if obj is None:
        for h in heads:
            for c in h.children:
                if c.dep_ in ("obl:arg",) and c.i > end_tok and not _in_value(c, ctx, offset) \
                        and (c.pos_ in ("NOUN", "PROPN", "NUM", "X") or _nominal(c)) and not _bare_locution(c) \
                        and not _locution_at(doc, c.i - 1) \
                        and not _set_off_adjunct(c) \
                        and not any(_form(x) in L.AGENT_PREPS for x in c.children if x.dep_ == "case") \
                        and not (fold(c.lemma_) in same_top_nouns and any(
                            _form(x) in L.GENITIVE_PREPS for x in c.children if x.dep_ == "case")):
                    # (not "a sanctionné d'une amende X": the act noun says how, the party follows)
                    obj = c
                    break
            if obj is not None:
                break
    if obj is None:
        # "a censuré, comme cavalier législatif, l'article 12": the parser hung the object on the attribute set
        # off before it, as its apposition
        for c in (c for h in heads for c in h.children if c.i > end_tok and c.dep_ in ("advcl", "xcomp", "obl")
                  and any(_form(x) in L.ATTRIBUTE_MARKS for x in c.children if x.dep_ in ("case", "mark"))):
            obj = next((x for x in c.children if x.dep_ == "appos" and x.i > c.i and x.pos_ in ("NOUN", "PROPN")
                        and not _in_value(x, ctx, offset)), None)
            if obj is not None:
                break
    if obj is None:  # a name or a noun the tagger called a verb: "a sanctionné AliExpress"
        obj = next((c for h in heads for c in h.children if c.dep_ == "xcomp" and c.i > end_tok
                    and _nominal(c) and not _in_value(c, ctx, offset)), None)
    if obj is None and end_tok > t.i and doc[end_tok].pos_ == "NOUN":
        # "a ouvert mardi des procédures contre Pornhub, Stripchat …": the trigger holds its own act noun, so what
        # follows is the act's target (not the second member of the list, the first being in a phrase)
        given = _target([c for h in heads for c in h.children if c.i > end_tok], ctx, offset)
        if given is not None:
            return given, None
    if obj is None and end_tok > t.i and fold(doc[end_tok].text) in rest:
        dative = _dative_after(t, end_tok, ctx, offset)  # "n'a pas fait droit à la demande" ("droit" as an adjective)
        if dative is not None:
            return dative
    if obj is None:
        # the parser missed it: the first noun after the trigger that a determiner (not a preposition) introduces
        for k in range(end_tok + 1, min(len(doc), end_tok + 20)):
            tok = doc[k]
            if tok.text in (";", ":", ".") or _form(tok) in L.RELATIVES or (
                    tok.pos_ in ("VERB", "AUX") and tok.dep_ != "advmod" and tok not in heads and (
                        "VerbForm=Fin" in str(tok.morph) or "VerbForm=Inf" in str(tok.morph))):
                break  # a noun of an infinitive clause ("ordonné de cesser de collecter les données") is not it
            if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i > tok.i and tok.head not in heads \
                    and tok.head.pos_ in ("VERB", "AUX") and any(doc[j].pos_ == "CCONJ" for j in range(end_tok + 1, k)):
                break  # the subject of a clause coordinated after ("…, et la Commission a publié …") is not it
            if tok.dep_ == "conj" and tok.head in heads and tok.pos_ in ("NOUN", "PROPN") \
                    and any(_in_value(x, ctx, offset) for x in _phrase_run(tok)):
                break  # a noun coordinated with the verb itself, with a date of its own, is what is left of a
                # clause whose verb is left out ("s'appliqueront le 2 août 2025, et l'essentiel du texte le 2 août")
            # (an adverb the tagger called a verb opens no clause: "a annulé partiellement le décret")
            if (tok.pos_ not in ("NOUN", "PROPN") and not _proper(tok) and not (
                    tok.pos_ == "ADJ" and k - 1 > end_tok and doc[k - 1].pos_ == "DET"  # "les requêtes" as ADJ
                    and (k + 1 == len(doc) or doc[k + 1].pos_ in ("ADP", "PUNCT")))) or _in_value(tok, ctx, offset):
                continue
            p1 = _form(doc[k - 1]) if k - 1 > end_tok else ""
            p2 = doc[k - 2] if k - 2 > end_tok else None
            if (p1 in L.PREPOSITIONS and p1 not in ("des",)) or _bare_locution(tok) or _set_off_adjunct(tok):
                continue
            if p1 == "des" and p2 is not None and p2.pos_ in ("NOUN", "PROPN") and not _in_value(p2, ctx, offset):
                continue  # "le rapport des sages" (not "jeudi des lignes directrices": a date is no head)
            if p2 is not None and _form(p2) in L.PREPOSITIONS and _form(p2) not in ("des",) and p1 not in (",",):
                continue
            obj = tok
            break
    if obj is not None and (t.i < obj.i <= end_tok or (obj.i > t.i and _form(obj) in rest and not (
            text_act and obj.i > end_tok))):
        # "a donné son feu vert au règlement X": the noun belongs to the trigger, the text is what it is given to
        # (not the text a verb of publication hands over apart from it: "a remis à la présidente son rapport")
        given = _target([c for h in heads for c in h.children if c.i > end_tok], ctx, offset)
        if given is not None:
            return given, None
        dative = _dative_after(t, end_tok, ctx, offset)
        if dative is not None:
            return dative
    if obj is None and end_tok > t.i and doc[end_tok].pos_ == "NOUN":
        # "sont parvenus à un accord sur le projet de loi …": the topic of the phrase's own noun
        bounds = _topic_of(doc[end_tok])
        if bounds is not None:
            return _entity_for(doc, bounds[0], bounds[1], offset, ctx, "object"), doc[bounds[1] - 1]
    if obj is None:
        about = _completive_subject(doc, end_tok, ctx, offset)
        if about is not None:
            s0, e0 = phrase_bounds(about)
            return _entity_for(doc, s0, e0, offset, ctx, "object"), about
        return None, None
    if obj.pos_ == "PRON" and not _mistagged_noun(obj):
        if obj.i < t.i and _form(obj) in L.OBJECT_CLITICS:
            # "le Conseil l'a formellement adopté": the accusative clitic takes up the last text named
            return _last_text(ctx, obj.idx + offset), obj
        return None, obj
    if fold(obj.lemma_) in same_top_nouns:
        topic = _topic_of(obj) if not passive else None
        if topic is not None:
            # "a rendu un avis sur le projet de décret X": the act noun is the act itself, its topic the object
            s0, e0 = topic
            about = _entity_for(doc, s0, e0, offset, ctx, "object")
            if about is not None:
                return about, obj
        # the act noun's party, also when the parser hung it deeper ("une sanction de 250 000 euros contre X": on
        # "euros")
        deeper = [d for d in obj.subtree if d.i > obj.i and d.head.i != obj.i and d.i != obj.i]
        # (not a place fronted before the verb: "À Orléans, la mairie a lancé une expérimentation")
        ahead = [c for c in t.children if not (c.i < t.i and c.dep_ == "obl:mod")]
        tgt = _target(ahead + list(obj.children) + deeper, ctx, offset) \
            or _target_after(doc, obj.i, ctx, offset) \
            or (_target_after(doc, t.i, ctx, offset, limit=obj.i) if obj.i > t.i + 1 else None)
        # ("une amende … à l'encontre de X", hung elsewhere; "a prononcé à l'encontre de X une amende")
        if tgt is not None:
            return tgt, obj
        if not any(_form(k) in L.GENITIVE_PREPS for c in obj.children for k in c.children if k.dep_ == "case"):
            whose = _dont_antecedent(t, ctx, offset)
            if whose is not None:
                return whose, obj
    s, e = phrase_bounds(obj)
    bare_end, e = e, _described_part(obj, e)
    if obj.i > end_tok and s <= end_tok:
        # an object after the verb starts after it, whatever the parser hung on it: at its own determiner
        s = obj.i
        while s > end_tok + 1 and doc[s - 1].pos_ in ("DET", "ADJ") and not _in_value(doc[s - 1], ctx, offset):
            s -= 1
    while s > end_tok + 1 and _proper(doc[s - 1]) and not _in_value(doc[s - 1], ctx, offset) \
            and doc[s].text[:1].isupper():
        s -= 1  # a name of several capitalised words the parser split: "Vigiris France"
    ref = _entity_for(doc, s, e, offset, ctx, "object")
    if e > bare_end and ref is not None:
        # "l'article qui étendait les règles prévues par le RGPD": the relative describes the part, and the text
        # it names is not the one the part belongs to; the part links as it would bare
        bare = _entity_for(doc, s, bare_end, offset, ctx, "object")
        ref = replace(ref, iri=bare.iri if bare is not None else None,
                      kind=bare.kind if bare is not None and bare.kind else ref.kind)
    return ref, obj


def _dative_after(t: Token, end_tok: int, ctx: Context, offset: int) -> tuple[EntityRef, Token] | None:
    """The "à" phrase right after a locution whose last word is its noun ("n'a pas fait droit à la demande de X",
    also past a date set off by commas: "n'a pas fait droit, samedi, à la demande"): what the locution is said of."""
    doc = t.doc
    k = end_tok + 1
    while k < t.sent.end and (doc[k].text == "," or _in_value(doc[k], ctx, offset)):
        k += 1
    if k + 1 >= t.sent.end or _form(doc[k]) not in L.DATIVE_PREPS:
        return None
    head = doc[k].head if doc[k].head.i > k else doc[k + 1]
    if head.pos_ not in ("NOUN", "PROPN", "ADJ") and not (head.pos_ == "DET" and k + 2 < t.sent.end):
        return None
    if head.pos_ == "DET":
        head = doc[k + 2]
    s0, e0 = phrase_bounds(head)
    ref = _entity_for(doc, max(s0, k + 1), e0, offset, ctx, "object")
    return (ref, head) if ref is not None else None


def _described_part(obj: Token, end: int) -> int:
    """The end of a bare part of a text ("l'article", "la disposition") that a relative or a participle identifies
    ("a censuré l'article qui prolongeait l'expérimentation"): the clause names the part, so the object runs to its
    end (within the sentence, not past a comma or a semicolon)."""
    doc = obj.doc
    if fold(obj.lemma_) not in L.PART_NOUNS or end > obj.i + 2 or obj.i == 0 \
            or _form(doc[obj.i - 1]) not in L.DEFINITES:
        return end
    clause = next((c for c in obj.children if c.dep_ in ("acl:relcl", "acl") and c.i == obj.i + (
        2 if _form(doc[obj.i + 1]) in L.RELATIVES else 1)), None)
    if clause is None:
        return end
    k: int = clause.i
    last: int = max(x.i for x in clause.subtree)
    while k <= last and doc[k].text not in (",", ";", ":", "(") and k < obj.sent.end:
        k += 1
    return max(k, end)


def _mistagged_noun(tok: Token) -> bool:
    """A word tagged as a pronoun that a determiner introduces and that has no pronoun features is a noun the
    tagger misread ("a annulé l'arrêté qui …": "arrêté" tagged PRON)."""
    morph = str(tok.morph)
    return "PronType" not in morph and "Person" not in morph and tok.i > 0 \
        and tok.doc[tok.i - 1].pos_ == "DET" and tok.doc[tok.i - 1].head.i == tok.i


def _elided_object(t: Token, obj: EntityRef, last: Frame | None, ctx: Context) -> EntityRef:
    """An object whose noun or complement the text leaves out: "et validé les autres" (the noun of the
    previous object), "en a validé l'essentiel" (of the text named before)."""
    words = fold(obj.text).replace("'", "' ").split()
    if len(words) <= 2 and words[-1] in L.ELLIPTIC_OTHERS and last is not None and last.object is not None:
        prev = last.object
        return replace(prev, text=obj.text if prev.iri else f"{obj.text} ({prev.text})", span=obj.span)
    doc = t.doc
    k = t.i - 1
    while k >= 0 and (doc[k].pos_ in ("AUX", "ADV") or _form(doc[k]) in L.NEG_FIRST) \
            and _form(doc[k]) not in L.PARTITIVE_CLITIC:
        k -= 1
    assert obj.span is not None
    if k >= 0 and _form(doc[k]) in L.PARTITIVE_CLITIC and not any(w in L.GENITIVE_PREPS for w in words[1:]):
        whole = _last_text(ctx, obj.span.start)
        if whole is not None:
            return EntityRef(text=obj.text if whole.iri else f"{obj.text} ({whole.text})", span=obj.span,
                             iri=whole.iri, kind=whole.kind)
    return obj


def _last_text(ctx: Context, pos: int, exclude_kind: str | None = None, named: bool = False) -> EntityRef | None:
    """The last text named before ``pos``: a known name, or the object of an earlier act ("la loi sur…"); with
    ``named``, also a text named with a complement of its own in a phrase that is no act's object ("les demandes de
    suspension du décret du 2 décembre 2020")."""
    # the latest end wins; at the same end the longer phrase ("l'arrêté du maire … dans le centre-ville" over the
    # "la mendicité dans le centre-ville" inside it)
    best: tuple[int, int, EntityRef] | None = None
    for m in ctx.mentions:
        if m.category == "instrument" and m.end <= pos and m.kind != exclude_kind and (
                best is None or (m.end, -m.start) > best[:2]):
            best = (m.end, -m.start, ctx.ref(m))
    for ref in [*ctx.recent_objects, *(ctx.named_texts if named else [])]:
        if ref.span is not None and ref.span.end <= pos and _category(ref, ctx) == "instrument" \
                and ref.kind != exclude_kind and (best is None or (ref.span.end, -ref.span.start) > best[:2]):
            best = (ref.span.end, -ref.span.start, ref)
    return best[2] if best else None


def _dative(t: Token) -> Token | None:
    """The dative clitic of a verb group: "lui a enjoint de…", "leur ordonne de…"."""
    doc = t.doc
    k = t.i - 1
    while k >= 0 and (doc[k].pos_ in ("AUX", "ADV") or _form(doc[k]) in L.NEG_FIRST) and _form(doc[k]) not in \
            L.DATIVE_PRONOUNS:
        k -= 1
    if k >= 0 and _form(doc[k]) in L.DATIVE_PRONOUNS and doc[k].pos_ == "PRON":
        return doc[k]
    return None


def _dative_party(pron: Token, agent: EntityRef | None, ctx: Context, offset: int) -> EntityRef | None:
    """What a dative clitic stands for: the last body named before it that is not the agent itself
    nor the forum of a proceeding ("devant le Conseil d'État")."""
    pos = pron.idx + offset
    forum = {fold(p) for p in L.FORUM_PREPS}
    cands: list[tuple[int, EntityRef]] = []
    for m in ctx.mentions:
        if m.category != "actor" or m.end > pos:
            continue
        if agent is not None and ((agent.iri and m.iri == agent.iri) or (
                agent.span is not None and agent.span.start <= m.start < agent.span.end)):
            continue
        before = fold(ctx.text[max(0, m.start - 12):m.start]).replace("'", " ").split()
        if any(w in forum for w in before[-2:]):
            continue
        cands.append((m.end, ctx.ref(m)))
    # the company or person an act told before was addressed to, also when the gazetteer does not name it
    # ("la société Kelvo")
    cands.extend((r.span.end, r) for r in ctx.recent_objects if r.span is not None and r.span.end <= pos
                 and r.kind in _PARTY_KINDS and not _same_body(r, agent))
    # the party an act told before was addressed to, whatever its kind ("une amende contre un exploitant de
    # salles de sport. Elle lui a enjoint…")
    cands.extend((r.span.end, r) for r in ctx.recent_parties if r.span is not None and r.span.end <= pos
                 and not _same_body(r, agent))
    return max(cands, key=lambda c: c[0])[1] if cands else None


def _proper(tok: Token) -> bool:
    """A capitalised word inside a sentence is a name, whatever tag the parser gave it."""
    return (tok.i > tok.sent.start and tok.text[:1].isupper() and tok.is_alpha
            and not (tok.i > 0 and tok.doc[tok.i - 1].text in (".", "!", "?", ":", "«", '"')))


def _nominal(tok: Token) -> bool:
    """An object the tagger called a verb: a name ("sanctionné AliExpress") or a noun after a determiner."""
    if _proper(tok):
        return True
    return tok.pos_ == "VERB" and any(c.dep_ == "det" and c.i < tok.i for c in tok.children)


def _after_agent(t: Token, end_tok: int, agent: EntityRef | None, ctx: Context, offset: int,
                 over_list: bool = False) -> EntityRef | None:
    """The patient of "la censure par le Conseil de l'article 15": the "de" phrase right after a "par" agent.

    With ``over_list`` the agent may be a list the gazetteer named only the start of ("saisi par les députés
    LFI et le groupe Écologiste de 38 des 64 articles de la loi"): the first "de" + determiner or numeral after it.
    """
    doc = t.doc
    if agent is None or agent.span is None:
        return None
    k0 = end_tok + 1  # adverbs and dates may come between: "a été saisi hier par …", "saisi le 3 mai par …"
    while k0 < len(doc) and _form(doc[k0]) not in L.AGENT_PREPS and doc[k0].idx + offset < agent.span.start and (
            doc[k0].pos_ == "ADV" or _in_value(doc[k0], ctx, offset) or (
                _form(doc[k0]) in L.ARTICLES and k0 + 1 < len(doc) and _in_value(doc[k0 + 1], ctx, offset))):
        k0 += 1
    lo = doc[k0].idx + offset if k0 > end_tok + 1 and k0 < len(doc) else \
        doc[end_tok].idx + len(doc[end_tok].text) + offset
    gap = fold(ctx.text[lo:agent.span.start])
    words = gap.replace("'", "' ").split()
    # "par soixante sénateurs", "par plus de soixante députés": determiners and numbers may open the agent
    quantity = {fold(w) for w in L.NUMBERS} | {fold(w) for w in L.QUANTIFIERS}
    if not words or words[0] not in L.AGENT_PREPS or any(
            w not in L.ARTICLES and w not in quantity and not w.isdigit() for w in words[1:]) or (
            not over_list and any(w not in L.ARTICLES for w in words[1:])):
        return None
    k = next((tok.i for tok in doc if tok.idx + offset >= agent.span.end), None)
    if over_list and k is not None:
        j = k
        while j + 1 < len(doc) and j < k + 8 and not (
                _form(doc[j]) in L.GENITIVE_PREPS and (doc[j + 1].pos_ in ("DET", "NUM") or doc[j + 1].like_num
                                                       or _form(doc[j]) in ("d'", "du", "des"))):
            if doc[j].text in _CUT_PUNCT or doc[j].text == "." or _form(doc[j]) in L.RELATIVES or (
                    doc[j].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[j].morph)) or _locution_at(doc, j):
                return None  # "saisi par le préfet au titre du contrôle de légalité": an adjunct, not the matter
            j += 1
        k = j
    if k is not None and k < len(doc) and doc[k].text == ",":
        # "la censure par le Conseil, le 13 juin 2025, du dernier alinéa…": a date set off by commas
        j = k + 1
        while j < len(doc) and (_in_value(doc[j], ctx, offset) or _form(doc[j]) in L.ARTICLES):
            j += 1
        if j > k + 1 and j + 1 < len(doc) and doc[j].text == ",":
            k = j + 1
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
    if t.i == t.sent.start and t.text[:1].isupper() and t.text.lower().endswith(L.FRONTED_PARTICIPLE_ENDINGS):
        # "Entrée en vigueur le 1er septembre 2023, la nouvelle loi …": a participle opening the sentence, which the
        # tagger took for the act noun; its theme is the subject after the comma that closes its clause
        comma = next((k for k in range(end_tok + 1, t.sent.end) if doc[k].text == ","), None)
        head = next((doc[k] for k in range(comma + 1, t.sent.end) if doc[k].pos_ in ("NOUN", "PROPN")
                     and not _in_value(doc[k], ctx, offset)), None) if comma is not None else None
        if head is not None and comma is not None:
            s0, e0 = phrase_bounds(head)
            theme = _entity_for(doc, max(s0, comma + 1), e0, offset, ctx, "object")
            if theme is not None and _category(theme, ctx) == "instrument":
                return theme
    patient = _after_agent(t, end_tok, agent, ctx, offset)
    if patient is not None:
        return patient
    # the complements of every word of the trigger phrase ("publication au Journal officiel | du décret …": on
    # "Journal")
    kids = sorted([c for k in range(t.i, end_tok + 1) for c in doc[k].children], key=lambda c: c.i)
    tgt = _target_after(doc, end_tok, ctx, offset) or _target([c for c in kids if c.i > end_tok], ctx, offset)
    for c in kids:
        if c.i <= end_tok or c.dep_ not in ("nmod", "obl", "obl:arg"):
            continue
        case = [_form(x) for x in c.children if x.dep_ == "case"]
        if _in_value(c, ctx, offset) or c.pos_ == "NUM":
            continue
        if case and case[0] in L.GENITIVE_PREPS:
            s, e = phrase_bounds(c)
            lo, hi = _span_chars(doc, s, e, offset)
            if c.pos_ == "NOUN" and not ctx.mentions_in(lo, hi) and any(lo <= a.start < hi for a in ctx.amounts):
                continue  # "d'un montant total de vingt mille euros": how much, not whom
            ref = _entity_for(doc, s, e, offset, ctx, "object")
            if ref is None:
                continue
            if agent is not None and ref.span and agent.span and ref.span.start < agent.span.start < ref.span.end:
                # "la censure de l'article 3 par le Conseil": the object ends before the agent's "par"
                par = next((k for k in range(e - 1, s, -1) if doc[k].idx + offset < agent.span.start
                            and _form(doc[k]) in L.AGENT_PREPS), None)
                ref = _entity_for(doc, s, par, offset, ctx, "object") if par is not None else None
                if ref is None:
                    continue
            if agent is not None and ref.span and agent.span and ref.span.start < agent.span.end \
                    and agent.span.start < ref.span.end:
                continue  # the agent's own phrase ("un recours de plus de soixante députés")
            if _category(ref, ctx) == "actor" and tgt is None and ref.iri and agent is None:
                continue
            return ref
    if tgt is None:
        # "l'ouverture d'une enquête visant TikTok": the object of a present participle on the act noun
        for c in kids:
            if c.i > end_tok and c.dep_ in ("acl", "amod") and "VerbForm=Part" in str(c.morph) \
                    and "Tense=Pres" in str(c.morph):
                goal = next((x for x in c.children if x.i > c.i and (x.dep_ == "obj" or (
                    x.dep_ == "xcomp" and _nominal(x)))), None)
                if goal is not None and not _in_value(goal, ctx, offset):
                    s, e = phrase_bounds(goal)
                    ref = _entity_for(doc, s, e, offset, ctx, "object")
                    if ref is not None and _category(ref, ctx) in ("actor", "instrument", "matter"):
                        return ref
    return tgt


def _topic_body(ctx: Context, pos: int) -> EntityRef | None:
    """The body the clipping is about: the last agent found, else the last body named as a subject before
    ``pos``; never a company or a person (they are the parties, not the authors, of sanctions)."""
    if ctx.recent_agents:
        top = ctx.recent_agents[-1]
        return top if top.kind not in ("company", "person") else None
    named = [m for m in ctx.mentions if m.category == "actor" and m.end <= pos
             and (not ctx.in_pp(m) or _record_author(m, ctx))]
    if named and named[-1].kind not in ("company", "person"):
        return ctx.ref(named[-1])
    return None


def _record_author(m: Mention, ctx: Context) -> bool:
    """Whether the body ``m`` is named as the author of a record right before it ("Trois décisions de la Cnil")."""
    words = ctx.text[max(0, m.start - 40):m.start].replace("'", "' ").split()
    while words and fold(words[-1]) in L.DEFINITES:
        words.pop()
    if len(words) < 2 or fold(words[-1]) not in L.GENITIVE_PREPS:
        return False
    return ctx.linker.guess_kind(words[-2], "fr", "instrument") in _RECORD_KINDS


def _fronted_owner(t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The subject of the main clause when ``t`` sits in a verbless adjunct that opens the sentence, or one set off
    by commas right after the subject ("La CNIL, dans un avis rendu en septembre, avait jugé …")."""
    doc = t.doc
    start = t.sent.start if doc.has_annotation("SENT_START") else 0
    end = t.sent.end if doc.has_annotation("SENT_START") else len(doc)
    p = t.i - 1
    while p > max(0, t.i - 4) and (doc[p].pos_ in ("DET", "ADJ") or (doc[p].pos_ == "NOUN" and p == t.i - 1)):
        p -= 1  # (back over the record's noun when ``t`` is its participle: "dans un avis rendu …")
    if p > 1 and _form(doc[p]) in L.OWNER_ADJUNCT_PREPS and doc[p - 1].text == "," and not any(
            doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph) for k in range(start, p)):
        before = doc[p - 1].idx + offset
        owner = next((m for m in ctx.mentions if m.category == "actor" and m.end <= before
                      and not ctx.text[m.end:before].strip() and not ctx.in_pp(m)), None)
        if owner is not None:
            return ctx.ref(owner)
    for comma in (k for k in range(t.i + 1, end) if doc[k].text == ","):
        if any(doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph) for k in range(start, comma)):
            return None
        # the subject may follow a phrase set off after the adjunct ("Dans son avis, publié le même jour, la CNIL")
        lo = doc[comma].idx + 1 + offset
        for m in ctx.mentions:
            if m.category == "actor" and m.start >= lo and m.end <= offset + len(doc.text) and not ctx.in_pp(m):
                between = ctx.text[lo:m.start]
                if len(between.split()) <= 2 and not any(p in between for p in ",;:"):
                    return ctx.ref(m)
                break
    return None


def _headline_agent(t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """"Validation de l'essentiel, censure de six dispositions : …, le Conseil constitutionnel a tranché":
    act nouns in a verbless lead before a colon are the acts of the subject of the clause after it."""
    doc = t.doc
    colon = next((k for k in range(t.i + 1, len(doc)) if doc[k].text == ":"), None)
    if colon is None:
        return None
    start = t.sent.start if doc.has_annotation("SENT_START") else 0
    if any(doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph) for k in range(start, colon)):
        return None  # the lead has a verb of its own: not a headline
    lo = doc[colon].idx + offset
    hi = offset + len(doc.text)
    agent_preps = {fold(p) for p in L.AGENT_PREPS}
    for m in ctx.mentions:
        if m.category != "actor" or m.start < lo or m.end > hi or ctx.in_pp(m):
            continue
        before = fold(ctx.text[max(lo, m.start - 12):m.start]).replace("'", " ").split()
        if before and before[-1] in agent_preps:
            continue
        if ";" in ctx.text[lo:m.start] or "." in ctx.text[lo:m.start].replace("n°", ""):
            return None
        return ctx.ref(m)
    return None


def _accompanying(t: Token, found: list[Frame], offset: int) -> Frame | None:
    """The act that the act noun ``t`` comes with: "une amende de 3 millions, assortie d'une injonction" (the
    noun is the complement of a participle describing a noun that an act found before in the sentence governs)."""
    part = t.head
    if part.i == t.i or t.dep_ not in ("obl:arg", "obl", "obl:mod", "obl:agent", "nmod") or part.i > t.i \
            or "VerbForm=Part" not in str(part.morph) or part.dep_ not in ("acl", "amod", "advcl", "conj") \
            or part.head.i == part.i:
        return None
    if any(c.dep_ in _SUBJ or c.dep_.startswith("expl") for c in part.children):
        return None  # "…, les municipalités s'étant mises en conformité": an absolute clause with its own subject
    pos = part.head.idx + offset
    for g in reversed(found):
        if g.agent is not None and g.governed is not None and g.governed[0] <= pos < g.governed[1] \
                and g.trigger_span.start <= pos:
            return g
    return None


def _distributed(t: Token, end_tok: int, ctx: Context, offset: int) -> list[tuple[Token, EntityRef]]:
    """The acts a counted noun announces before a colon, one per distributive pronoun: "deux recours : l'un de
    soixante députés, enregistré le 20 décembre, l'autre de soixante sénateurs" -> (pronoun, body) pairs."""
    doc = t.doc
    colon = end_tok + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return []
    out: list[tuple[Token, EntityRef]] = []
    for j in range(colon + 1, min(len(doc) - 1, colon + 60)):
        if doc[j].text in (".", ";", ":"):
            break
        if _form(doc[j]) not in L.DISTRIBUTIVES or j == 0 or _form(doc[j - 1]) not in L.ARTICLES \
                or _form(doc[j + 1]) not in L.GENITIVE_PREPS:
            continue
        lo = doc[j + 1].idx + len(doc[j + 1].text) + offset
        body = next((m for m in ctx.mentions if m.category == "actor" and m.start >= lo
                     and all(w in L.ARTICLES for w in fold(ctx.text[lo:m.start]).replace("'", "' ").split())), None)
        if body is not None:
            out.append((doc[j - 1], ctx.ref(body)))
    return out if len(out) >= 2 else []


def _conditioned_party(t: Token, verb_tops: dict[int, str], ctx: Context,
                       offset: int) -> tuple[EntityRef, EntityRef] | None:
    """(agent, party) of an act noun that conditions a clause ("sous astreinte"): the party is the subject of
    that clause, the agent the body the clipping is about. Not when the clause's verb is an act of its own
    ("a ordonné sous astreinte…": the noun only backs it)."""
    verb = t.head
    if verb.i == t.i or t.dep_ not in ("obl", "obl:mod", "obl:arg") or verb.pos_ not in ("VERB", "AUX") \
            or verb.i in verb_tops or not any(_form(c) in L.CONDITION_PREPS for c in t.children if c.dep_ == "case"):
        return None
    party, _ = _agent_active(verb, ctx, offset)
    agent = _topic_body(ctx, t.idx + offset)
    if party is None or agent is None or (party.iri is not None and party.iri == agent.iri):
        return None
    return agent, party


def _support_participle(doc: Doc, i: int, end: int) -> Token | None:
    """A support verb as a participle after the act noun: "une communication des griefs adressée au groupe",
    "l'amende de 20 millions prononcée en octobre"."""
    noun = doc[i]
    # on the noun phrase, or on a complement of it when it agrees with the act noun ("l'amende de 20 millions
    # prononcée…": the parser hangs the participle on "millions")
    for tok in sorted(noun.subtree, key=lambda x: x.i):
        if tok.i > end + 8 or (tok.i > end and tok.text in _CUT_PUNCT):
            break
        for c in tok.children:
            if c.i > end and c.dep_ in ("acl", "amod") and "VerbForm=Part" in str(c.morph) \
                    and "Tense=Past" in str(c.morph) and _lemma(c) in L.SUPPORT_VERBS \
                    and not any(x.dep_.startswith("aux") for x in c.children) \
                    and (tok.i <= end or _agrees(c, noun)):
                return c
    return None


def _support_verb(t: Token) -> Token | None:
    """The support verb whose object (or object's complement) the noun ``t`` is: "a rendu dix décisions de sanction"."""
    if t.dep_ in ("obj", "obl:arg") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        if t.dep_ == "obl:arg" and any(c.dep_ == "obj" and c.i != t.i for c in t.head.children) and any(
                c.dep_ == "case" and _form(c) in L.DATIVE_PREPS for c in t.children):
            return None  # "a donné raison aux requérants": beside a direct object, "à" marks who receives it (not
            # "de": "fait l'objet d'une enquête")
        if t.dep_ == "obj" and t.head.i < t.i and any(
                t.doc[c].dep_ == "obj" and t.doc[c].pos_ in ("NOUN", "PROPN") and any(
                    _form(t.doc[k]) in L.RELATIVES for k in range(c + 1, t.i)) for c in range(t.head.i + 1, t.i)):
            return None  # "a adopté la proposition de loi …, dont l'article 4 prolonge l'expérimentation": the noun
            # after a relative belongs to the relative's verb (the tagger may miss that verb), not to the first one
        return t.head if _lemma(t.head) in L.SUPPORT_VERBS else None
    if t.dep_ == "ccomp" and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX") and _lemma(t.head) in L.SUPPORT_VERBS \
            and any(_form(c) in ("que", "qu'") for c in t.children if c.dep_ == "mark") \
            and any(_form(c) in L.NEG_FIRST for c in t.head.children):
        return t.head  # "n'ont reçu qu'un avertissement": "ne … que" restricts the object, the parser made it a clause
    if t.dep_ in ("xcomp", "acl") and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX") and _after_determiner(t) \
            and all(_number_word(x) or x.pos_ == "DET" for x in t.doc[t.head.i + 1:t.i]):
        # "a adressé douze mises en demeure": the parser took the object noun for a participle complement (or for a
        # participle on the verb: "a mené des contrôles et adressé douze mises en demeure")
        return t.head if _lemma(t.head) in L.SUPPORT_VERBS else None
    if t.i >= 2 and _after_determiner(t) and _number_word(t.doc[t.i - 1]) and t.doc[t.i - 2].pos_ == "VERB" \
            and _lemma(t.doc[t.i - 2]) in L.SUPPORT_VERBS and "VerbForm=Part" in str(t.doc[t.i - 2].morph):
        return t.doc[t.i - 2]  # "… et adressé douze mises en demeure": a participle and a count, however parsed
    host = t.head
    if t.dep_ == "nmod" and host.i == t.i - 2 and host.pos_ == "NOUN" and host.dep_ in ("obj", "obl:arg") \
            and _form(t.doc[t.i - 1]) in ("de", "d'") and host.head.pos_ in ("VERB", "AUX") \
            and host.head.i < host.i and _lemma(host.head) in L.SUPPORT_VERBS:
        return host.head  # "a reçu une lettre de mise en demeure": a bare complement names the document's kind
    if t.dep_ == "nsubj:pass" and t.head.i != t.i and _lemma(t.head) in L.SUPPORT_VERBS and not _marked(t):
        return t.head  # "la requête avait été déposée par…"
    if t.dep_ == "nsubj" and t.head.i > t.i and _lemma(t.head) in L.START_VERBS and not _marked(t):
        return t.head  # "l'expérimentation a débuté mardi": the act begun
    if t.dep_ == "obl:mod" and t.head.i < t.i and t.head.pos_ == "VERB" and any(
            c.dep_ == "det" or (c.i == t.i - 1 and _number_word(c)) for c in t.children) \
            and not any(c.dep_ == "case" for c in t.children):
        # "a prononcé le 9 octobre un rappel à l'ordre": after a date the parser takes the bare object noun
        # phrase for an adjunct; without a preposition it is the object
        return t.head if _lemma(t.head) in L.SUPPORT_VERBS else None
    inverted = next((v for v in t.subtree if v.dep_ == "acl:relcl" and v.i > t.i and _lemma(v) in L.SUPPORT_VERBS
                     and not any(x.text in _CUT_PUNCT for x in t.doc[t.i:v.i])), None)
    if inverted is not None and _inverted_relative(inverted):
        return inverted  # "c'est un rappel à l'ordre qu'a prononcé la CNIL": the subject after the relative's verb
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and t.i >= 2 and _number_word(prev) and (
            _form(t.doc[t.i - 2]) in L.WEEKDAYS or _form(t.doc[t.i - 2]) in L.RELATIVE_DAYS) \
            and t.doc[t.i - 2].head.i < t.i - 2 and t.doc[t.i - 2].head.pos_ in ("VERB", "AUX"):
        # "a adressé mercredi cinq mises en demeure, trois à …": after a weekday, a counted noun the parser hung
        # anywhere is the object of the weekday's verb
        verb = t.doc[t.i - 2].head
        return verb if _lemma(verb) in L.SUPPORT_VERBS else None
    if prev is not None and t.i >= 2 and (_form(prev) == "des" or _form(prev) in L.INDEFINITES) \
            and t.dep_ == "nmod" and (
            _form(t.doc[t.i - 2]) in L.MONTHS or _form(t.doc[t.i - 2]) in L.WEEKDAYS
            or _form(t.doc[t.i - 2]) in L.RELATIVE_DAYS
            or (t.doc[t.i - 2].text.isdigit() and len(t.doc[t.i - 2].text) == 4)):
        # "avait adressé le 10 juin des mises en demeure": after a date, "des" is the plural indefinite article,
        # not "de" + "les"; the parser hung the object on the date, whose verb is the support (so too "un avis":
        # "a rendu le 7 novembre un avis")
        verb = _verb_above(t.head, t.i)
        if verb is not None:
            return verb if _lemma(verb) in L.SUPPORT_VERBS else None
    if prev is not None and _form(prev) == "des" and t.dep_ == "nmod" and t.head.i < t.i \
            and t.head.dep_ in ("obl:arg", "obl", "obl:mod") and t.head.head.pos_ == "VERB" \
            and any(c.dep_ == "case" and _form(c) in L.DATIVE_PREPS for c in t.head.children):
        # "a adressé lundi à Meta des conclusions préliminaires": after the dative complement, "des" is the plural
        # indefinite article of the verb's object, not "de" + "les" on the addressee
        return t.head.head if _lemma(t.head.head) in L.SUPPORT_VERBS else None
    if t.dep_ in ("nmod", "conj") and t.head.i < t.i and not any(c.dep_ in ("case", "cc") for c in t.children) and any(
            c.dep_ == "det" and c.i < t.i and _form(c) in L.INDEFINITES for c in t.children) and any(
            x.dep_.startswith("obl") for x in (t.head, t.head.head)):
        # "a prononcé à l'encontre de la société X, spécialisée dans …, une amende de 150 000 euros": an indefinite
        # noun phrase without preposition (nor conjunction) that the parser hung on the complement before it is the
        # verb's object
        verb = _verb_above(t.head, t.i)
        if verb is not None and _lemma(verb) in L.SUPPORT_VERBS:
            return verb
    if prev is not None and _number_word(prev) and prev.dep_ == "obj" and prev.head.i < prev.i \
            and prev.head.pos_ in ("VERB", "AUX") and t.head.i != prev.i:
        # "a prononcé douze amendes d'un montant de …": the tagger took the numeral for the object (a name) and
        # the act noun after it for a verb; the numeral's verb is the support
        return prev.head if _lemma(prev.head) in L.SUPPORT_VERBS else None
    if prev is not None and t.head.i == prev.i and _number_word(prev):
        # "a prononcé au premier semestre vingt-trois sanctions": the parser hung the noun on its numeral, and the
        # numeral on the adjunct before it; the verb that governs them is the support
        verb = _verb_above(prev.head, prev.i)
        if verb is not None:
            return verb if _lemma(verb) in L.SUPPORT_VERBS else None
    return None


def _verb_above(tok: Token, before: int) -> Token | None:
    """The first verb or auxiliary from ``tok`` up its heads (three steps at most) that stands before index
    ``before``, or None."""
    h = tok
    for _ in range(3):
        if h.pos_ in ("VERB", "AUX") and h.i < before:
            return h
        if h.head.i == h.i:
            break
        h = h.head
    return None


def _number_word(tok: Token) -> bool:
    """A numeral in digits or words, compounds included ("vingt-trois", "trente-et-un")."""
    form = _form(tok)
    return tok.like_num or form in _NUMBER_WORDS or (
        "-" in form and all(p in _NUMBER_WORDS or p == "et" for p in form.split("-")))


def _support_before_target(t: Token) -> Token | None:
    """The support verb of an act noun that follows its addressee ("a adressé à Alphabet deux séries de
    conclusions préliminaires"), where the parser, misreading the name, hung the noun elsewhere."""
    doc = t.doc
    k = t.i - 1
    while k > t.sent.start and (doc[k].pos_ in ("DET", "NUM", "ADJ") or _form(doc[k]) in L.ARTICLES
                                or (_form(doc[k]) in ("de", "d'") and doc[k - 1].pos_ == "NOUN"
                                    and k >= 2 and doc[k - 2].pos_ in ("DET", "NUM"))):
        k -= 1 if _form(doc[k]) not in ("de", "d'") else 2  # "deux séries de": the quantity belongs to the noun
    if k == t.i - 1 or k <= t.sent.start:
        return None  # no determiner: the noun is no object phrase of its own
    # a target phrase "à X" / "aux X" of at most four words between the verb and the noun's determiner
    for j in range(k, max(t.sent.start, k - 5), -1):
        tok = doc[j]
        if tok.text in _CUT_PUNCT or _form(tok) in L.RELATIVES or (
                j < k and tok.pos_ == "ADP" and _form(tok) not in ("a", "au", "aux", "de", "d'", "du", "des")):
            return None
        if _form(tok) in ("a", "au", "aux") and tok.pos_ == "ADP" and j >= 1:
            v = doc[j - 1]
            while v.i > t.sent.start and v.pos_ == "ADV":
                v = doc[v.i - 1]
            if v.pos_ in ("VERB", "AUX") and _lemma(v) in L.SUPPORT_VERBS and "VerbForm=Inf" not in str(v.morph):
                return v
            return None
    return None


def _noun_agent(t: Token, end_tok: int, ctx: Context, offset: int,
                support: Token | None) -> EntityRef | None:
    """Agent of a nominalisation: "de la Cnil", "par le Conseil", or the subject of its support verb."""
    doc = t.doc
    last = doc[end_tok]
    genitive: EntityRef | None = None
    for c in sorted(list(t.children) + list(last.children), key=lambda c: c.i):
        if c.dep_ in ("nmod", "obl:agent", "obl") and c.i > t.i:
            s, e = phrase_bounds(c)
            cs, ce = _span_chars(doc, s, e, offset)
            actors = [m for m in ctx.mentions_in(cs, ce, "actor") if m.start <= c.idx + offset < m.end]
            case = [_form(x) for x in c.children if x.dep_ == "case"]
            after = next((x for x in doc[c.i:] if actors and x.idx + offset >= actors[0].end), None)
            if actors and after is not None and after.pos_ == "ADJ" and not after.text[:1].isupper() \
                    and after.idx + offset - actors[0].end <= 1:
                # "sur renvoi de la Cour fédérale de justice allemande": an adjective after a short name makes
                # another body, named by the whole phrase
                whole = _entity_for(doc, s, e, offset, ctx, "actor")
                if whole is None or _category(whole, ctx) != "actor":
                    continue
                if case and case[0] in L.AGENT_PREPS:
                    return whole
                genitive = genitive or whole
                continue
            if actors and case and case[0] in L.AGENT_PREPS:
                return ctx.ref(actors[0])
            if actors and case and case[0] in L.GENITIVE_PREPS and genitive is None:
                genitive = ctx.ref(actors[0])
    addressed = fold(t.lemma_) in ctx.lexicon.addressee_nouns.get("fr", set())
    if genitive is not None and not addressed:
        # "la condamnation de Criteo par la Cnil": with a "par" agent, the "de" complement is who undergoes the act
        by = _par_after_noun(t, end_tok, ctx, offset)
        return by if by is not None else genitive
    if genitive is not None:
        # "une saisine du Conseil constitutionnel par l'opposition": the "de" body is referred to; the author is the
        # "par" phrase, else the subject of the support verb
        by = _par_after_noun(t, end_tok, ctx, offset)
        if by is not None or support is None:
            return by
        agent, _ = _agent_active(support, ctx, offset) if not _passive(support) else (None, None)
        return agent
    # linear: "X de la Cnil" / "par la Cnil" right after the trigger phrase
    for k in range(end_tok + 1, min(len(doc), end_tok + 8)):
        tok = doc[k]
        if tok.text in _CUT_PUNCT or _form(tok) in L.RELATIVES or tok.pos_ == "VERB":
            break
        if _form(tok) in L.GENITIVE_PREPS or _form(tok) in L.AGENT_PREPS:
            m = [x for x in ctx.mentions if x.category == "actor" and x.start >= tok.idx + offset
                 and x.start - (tok.idx + offset + len(tok.text)) <= 5]
            nxt = next((x for x in doc[k + 1:] if m and x.idx + offset >= m[0].end), None)
            if m and nxt is not None and nxt.pos_ == "ADJ" and nxt.idx + offset - m[0].end <= 1 \
                    and not nxt.text[:1].isupper():
                # "sur renvoi de la Cour fédérale de justice allemande": an adjective after a short name makes
                # another body, named by the whole phrase
                e = next((j for j in range(k + 1, len(doc)) if doc[j].text in _CUT_PUNCT or doc[j].text == "."
                          or doc[j].pos_ in ("VERB", "AUX")), len(doc))
                whole = _entity_for(doc, k + 1, e, offset, ctx, "actor")
                return whole if whole is not None and _category(whole, ctx) == "actor" else None
            if m:
                return ctx.ref(m[0])
            break
        if tok.pos_ == "ADP" and _form(tok) not in L.GENITIVE_PREPS:
            break  # "un recours contre l'arrêté du maire": the "de" phrase of another noun is no agent
    # "la censure de l'article 3 par le Conseil constitutionnel": the "par" agent after the noun's "de" object
    par = _par_after_noun(t, end_tok, ctx, offset)
    if par is not None:
        return par
    if support is not None:
        if _passive(support) and _compound_before(support) is None:
            ags = _par_agent(support, support.i, ctx, offset)
            return ags[0] if ags else None
        if _inverted_relative(support):
            return _inverted_relative_subject(support, ctx, offset)
        agent, _ = _agent_active(support, ctx, offset)
        return agent
    return None


def _inverted_relative(v: Token) -> bool:
    """Whether ``v`` is the verb of an object relative ("que") with no subject before it: its subject, if any, is
    put after it ("qu'a prononcé la CNIL")."""
    return v.dep_ == "acl:relcl" and any(c.dep_ == "obj" and c.i < v.i and _form(c) in L.RELATIVES
                                         for c in v.children) and not any(c.dep_ in _SUBJ for c in v.children)


def _inverted_relative_subject(v: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The body named after the verb of an object relative with no subject before it, which is its subject put
    after the verb ("c'est un rappel à l'ordre qu'a prononcé mardi la formation restreinte de la CNIL", "l'amende
    que lui a infligée la Cnil"; the parser takes it for an object)."""
    if not _inverted_relative(v):
        return None
    for c in v.children:
        if c.i > v.i and c.dep_ in ("obj", "nsubj") and c.pos_ in ("NOUN", "PROPN") and not _in_value(c, ctx, offset):
            s, e = phrase_bounds(c)
            cs, ce = _span_chars(v.doc, s, e, offset)
            m = next((m for m in ctx.mentions_in(cs, ce, "actor") if m.start <= c.idx + offset < m.end), None)
            return ctx.ref(m) if m is not None else None
    return None


def _par_after_noun(t: Token, end_tok: int, ctx: Context, offset: int) -> EntityRef | None:
    """A body introduced by "par" after the act noun ``t``, in its phrase."""
    doc = t.doc
    for k in range(end_tok + 1, min(len(doc), end_tok + 20)):
        tok = doc[k]
        if tok.text in _CUT_PUNCT or tok.text == "." or _form(tok) in L.RELATIVES or (
                tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(tok.morph)):
            break
        if _form(tok) in L.AGENT_PREPS:
            after = tok.idx + offset + len(tok.text)
            m = [x for x in ctx.mentions if x.category == "actor" and 0 <= x.start - after <= 5]
            if m and all(w in L.ARTICLES for w in fold(ctx.text[after:m[0].start]).replace("'", "' ").split()):
                return ctx.ref(m[0])
            break
    return None


def _num_of(tok: Token, ctx: Context | None = None, offset: int = 0) -> int | None:
    """The whole number (2 or more, digits or words) that ``tok`` writes as a determiner, else None."""
    doc = tok.doc
    if ctx is not None and _in_value(tok, ctx, offset):
        return None  # part of a date or an amount: "le 3 mars 2023 une sanction"
    if not (tok.like_num or fold(tok.text) in L.NUMBERS or _number_word(tok)) or fold(tok.text) in ("un", "une"):
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
    """A numeral that determines the object's parties counts the acts; the object stays as written.

    "a mis en demeure sept sociétés", "la mise en demeure par la Cnil de quatre communes":
    count 7/4, object "sept sociétés"/"quatre communes" (the parties the acts are about, not any "communes").
    """
    obj = frame.object
    if obj is None or obj.span is None:
        return
    first = next((tok for tok in doc if tok.idx + offset == obj.span.start), None)
    if first is not None and first.i > 0 and doc[first.i - 1].dep_ == "nummod" and doc[first.i - 1].head.i == first.i:
        first = doc[first.i - 1]  # "Six communes … ont reçu une mise en demeure": a numeral the name left out
    if first is None or first.i + 1 >= len(doc) or doc[first.i + 1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ", "AUX") \
            or doc[first.i + 1].is_punct:
        return  # (a noun the tagger misread after the numeral counts too: "douze mairies" as a participle)
    n = _num_of(first)
    if n is None or _in_value(first, ctx, offset):
        return
    if frame.count is None:
        frame.count = n
    if frame.count == n:
        # "onze communes et deux intercommunalités": each coordinated numeral of the object counts parties too
        total = n
        for tok in doc[first.i + 2:]:
            if tok.idx + offset >= obj.span.end:
                break
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if _form(tok) in ("et", ",") and nxt is not None and nxt.i + 1 < len(doc) \
                    and doc[nxt.i + 1].pos_ in ("NOUN", "ADJ") and (m := _num_of(nxt, ctx, offset)) is not None:
                total += m
        frame.count = total


def _count(t: Token, obj_head: Token | None, ctx: Context, offset: int) -> int | None:
    """How many acts: a number before the trigger noun or its head noun, or on the object of a verb."""
    doc = t.doc

    def num_of(tok: Token) -> int | None:
        return _num_of(tok, ctx, offset)

    if t.pos_ in ("NOUN", "PROPN") or _after_determiner(t) or (t.i > 0 and _number_word(doc[t.i - 1])):
        # (also a noun the tagger took for a participle or, after a numeral, an adjective: "vingt-trois sanctions")
        for k in range(t.i - 1, max(-1, t.i - 5), -1):
            tok = doc[k]
            if tok.like_num and tok.dep_ in ("nummod", "nmod", "flat:name") and tok.head.i < tok.i \
                    and tok.head.pos_ in ("NOUN", "PROPN"):
                break  # "la directive NIS 2 entre en vigueur": the number ends a name, it counts nothing
            n = num_of(tok)
            if n is not None:
                return n
            if tok.pos_ in ("VERB", "AUX", "PUNCT", "ADP") and _form(tok) not in L.GENITIVE_PREPS:
                break
    if obj_head is not None:
        for c in obj_head.children:
            if c.dep_ == "nummod" and c.i < obj_head.i:  # "article 20" is a number, not a count
                n = num_of(c)
                if n is not None:
                    return n
        if obj_head.i > 0:
            n = num_of(doc[obj_head.i - 1])
            if n is not None:
                return n
    if t.pos_ in ("VERB", "AUX"):
        # "Par deux arrêts rendus le 8 janvier, la Cour a cassé …": the records of a fronted "par" adjunct count
        # the acts (one record tells nothing: "par une décision")
        for c in t.children:
            if c.i < t.i and c.dep_.startswith("obl") and any(
                    _form(x) in L.RECORD_ADJUNCT_PREPS for x in c.children if x.dep_ == "case") \
                    and ctx.linker.guess_kind(c.text, "fr", "instrument") is not None:
                # (records, not votes: "Par 245 voix contre 92, le Sénat a adopté …")
                n = next((m for m in (num_of(x) for x in c.children if x.dep_ == "nummod") if m is not None), None)
                if n is not None and n > 1:
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


def _reflexive_clitic(t: Token) -> bool:
    """Whether a reflexive clitic goes with the verb ("s'était prononcée"): a pronominal verb takes "être"."""
    return any("Reflex=Yes" in str(c.morph) and c.i < t.i for c in t.children)


def _bare_dative(t: Token) -> bool:
    """A participle or adjective whose complement is "à" and a noun without determiner ("soumise à autorisation",
    "subordonné à déclaration"): a kind of condition, not a body or a text the act is done to."""
    if t.pos_ not in ("ADJ", "VERB") or any(c.dep_ in ("obl:agent", "obj") for c in t.children):
        return False
    for c in t.children:
        if c.i > t.i and c.dep_ in ("nmod", "obl:arg", "obl", "obl:mod") and c.pos_ == "NOUN" \
                and any(x.dep_ == "case" and _form(x) == "a" for x in c.children) \
                and not any(x.dep_ == "det" for x in c.children) and c.i == t.i + 2 \
                and not (c.i + 1 < len(t.doc) and _form(t.doc[c.i + 1]) in L.GENITIVE_PREPS) \
                and not any(_agent_prep(t.doc, k) for k in range(t.i + 1, min(len(t.doc), t.i + 12))):
            # (not a locution, "sanctionnée à hauteur de six millions par l'Agence")
            return True
    return False


def _text_content(t: Token, ctx: Context, offset: int) -> bool:
    """A participle describing a noun in the complement of a verb in the present whose subject is a text ("le
    décret réserve cet accès aux agents désignés par le maire"): the text's content, no act; not with a date."""
    node = t
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    if node.dep_ not in ("acl", "amod") or "VerbForm=Part" not in str(node.morph):
        return False
    verb, below = node.head, node
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("acl", "amod"):
            break
        if verb.head.i == verb.i:
            return False
        verb, below = verb.head, verb
    if below.dep_ in _SUBJ or below.i < verb.i:
        return False  # a participle on the text itself ("Le rapport, rendu public jeudi, consacre …") is its own act
    if verb.pos_ not in ("VERB", "AUX") or "Tense=Pres" not in str(verb.morph) \
            or any(_in_value(x, ctx, offset) for x in t.subtree):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ != "NOUN":
        return False
    s0, e0 = phrase_bounds(subj, stop_at=verb.i)
    if fold(subj.lemma_) in _text_hypernyms(ctx):
        return True  # "le texte réserve …"
    cs, ce = _span_chars(t.doc, s0, e0, offset)
    return ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs:ce], "fr")) == "instrument"


def _own_decision_effects(t: Token) -> bool:
    """The verb's object is the effects of the subject's own decision ("les effets de sa décision", "les effets de
    son annulation"): setting them is part of that decision, no act of its own."""
    for c in t.children:
        if c.dep_ != "obj" or _lemma(c) not in L.EFFECT_NOUNS:
            continue
        if any(x.dep_ == "nmod" and any(d.dep_ == "det" and _form(d) in L.POSSESSIVES for d in x.children)
               for x in c.children):
            return True
    return False


def _disputes_only(t: Token, trig: Trigger, ctx: Context, offset: int) -> bool:
    """A one-word verb of appeal in the present ("qui conteste les conclusions", "contestant les pouvoirs confiés à
    X") with neither a court nor an authority to hear it ("devant le tribunal", "saisit le Conseil") nor a date of
    its own tells where the body stands, not that it lodged anything."""
    if not is_referral(trig, ctx.lexicon):
        return False
    morph = str(t.morph)
    present = "Tense=Pres" in morph and ("VerbForm=Fin" in morph or "VerbForm=Part" in morph)
    if not present or any(c.dep_.startswith("aux") for c in t.children):
        return False
    doc = t.doc
    for c in t.subtree:
        if c.i <= t.i:
            continue
        if _form(c) in L.FORUM_PREPS or _in_value(c, ctx, offset):
            return False
        if c.pos_ in ("NOUN", "PROPN") and c.head.i == t.i:
            # the complement is a body itself ("saisit le Conseil"), not an act of one ("les conclusions de la
            # Commission")
            s0 = c.i
            while s0 > t.i + 1 and doc[s0 - 1].pos_ in ("DET", "ADJ"):
                s0 -= 1
            ref = _entity_for(doc, s0, c.i + 1, offset, ctx, "object")
            if ref is not None and _category(ref, ctx) == "actor":
                return False
    return True


def _stance_relative(t: Token) -> bool:
    """A relative in the present set off by commas on the subject of a clause told in a past tense ("La
    plateforme, qui conteste la décision, a annoncé …"): it describes where the subject stands now, no act."""
    doc = t.doc
    if t.dep_ != "acl:relcl" or "Tense=Pres" not in str(t.morph) or "VerbForm=Fin" not in str(t.morph):
        return False
    rel = next((c for c in t.children if c.dep_ == "nsubj" and _form(c) == "qui"), None)
    head = t.head
    if rel is None or rel.i == 0 or doc[rel.i - 1].text != "," or head.dep_ not in ("nsubj", "nsubj:pass") \
            or head.head.i <= t.i:
        return False
    main = head.head
    return any(c.dep_.startswith("aux") for c in main.children) or "Tense=Imp" in str(main.morph) \
        or "Tense=Past" in str(main.morph)


def _condition(t: Token) -> bool:
    """A verb under "si" ("Si ces griefs sont confirmés, …", "S'il est adopté…") states a hypothesis, no act."""
    return any(c.dep_ == "mark" and _form(c) in L.CONDITION_MARKS and c.i < t.i for c in t.children)


def _ongoing_span(t: Token) -> bool:
    """A finite verb in the present followed by "depuis" and a span of time ("testent depuis deux ans",
    "enquête depuis des mois") tells a state that goes on, not an act at a point in time."""
    morph = str(t.morph)
    if "VerbForm=Part" in morph or "VerbForm=Inf" in morph or ("Tense=Pres" not in morph and morph):
        return False  # (a form the tagger left without features, "testent" read as an adverb, may still be one)
    doc = t.doc
    if t.i > 0 and _lemma(doc[t.i - 1]) in ("avoir", "etre"):
        return False
    if t.i + 1 >= len(doc) or _form(doc[t.i + 1]) != "depuis":
        return False
    for k in range(t.i + 2, min(len(doc), t.i + 6)):
        if _lemma(doc[k]) in L.DURATION_UNITS:
            return True
        if doc[k].pos_ not in ("NUM", "DET", "ADJ") and _form(doc[k]) not in _NUMBER_WORDS:
            return False
    return False


def _narrative_imperfect(t: Token) -> bool:
    """A main verb in the imperfect dated at a point by a phrase before it ("Le même jour, elle adressait à Alphabet
    des conclusions préliminaires", "Le 3 mars, la Cnil prononçait …"): the imperfect of narration tells an act, as
    the simple past would. The phrase is a day (weekday, date, "le même jour", "le lendemain") hung on the verb."""
    if t.dep_ != "ROOT":
        return False
    for c in t.children:
        if c.i > t.i or c.dep_ not in ("obl:mod", "obl", "nmod"):
            continue
        words = {_form(x) for x in c.subtree}
        if words & (set(L.WEEKDAYS) | set(L.MONTHS) | set(L.NARRATIVE_DAYS)) or _form(c) in L.RELATIVE_DAYS:
            return True
    return False


def _background(t: Token) -> bool:
    """A clause in the imperfect ("qui prolongeait…"), or a relative clause in the pluperfect ("par laquelle
    le conseil avait lancé…"), describes the background; it does not report an act."""
    if "Tense=Imp" in str(t.morph) and not any(c.dep_.startswith("aux") for c in t.children) \
            and not (t.dep_ == "ccomp" and _conditional_form(t)) \
            and not (t.dep_ == "ROOT" and _form(t).endswith("ent") and not _form(t).endswith(L.IMPERFECT_ENDINGS)) \
            and not _narrative_imperfect(t):
        # (but "a annoncé qu'elle publierait": a conditional the tagger read as an imperfect; "Les juges
        # enjoignent …": a main verb in the present plural in "-ent", which no imperfect ends with)
        return True
    auxes = [c for c in t.children if c.dep_.startswith("aux")]
    if len(auxes) == 1 and "Tense=Imp" in str(auxes[0].morph) and _lemma(t) not in L.ETRE_VERBS and (
            auxes[0].dep_ == "aux:pass" or _lemma(auxes[0]) in ("être", "etre")) and not (
            auxes[0].dep_ == "aux:tense" and _reflexive_clitic(t)):  # "s'était prononcée": a pluperfect
        return True  # "si le texte était voté en l'état": a passive in the imperfect is no act at a point in time
    if _condition(t):
        return True
    if not auxes and _stance_relative(t):
        return True
    if not auxes and _ongoing_span(t):
        return True  # "qui testent depuis deux ans…": a present with "depuis" and a span of time is a state
    # "la délibération par laquelle le conseil avait lancé…": a prepositional relative describes its antecedent
    doc = t.doc
    window = [_form(x) for x in doc[max(0, t.i - 8):t.i]]
    prep_relative = any(w in L.PREP_RELATIVES for w in window)
    if not prep_relative:
        # also past a long subject or a phrase set off by commas ("l'arrêt par lequel la chambre de l'instruction de
        # la cour d'appel de Douai avait refusé …", "par laquelle la formation restreinte lui avait infligé, en
        # décembre 2023, une amende"), when no other finite verb stands between
        start = t.sent.start if doc.has_annotation("SENT_START") else 0
        rel = max((k for k in range(start, t.i) if _form(doc[k]) in L.PREP_RELATIVES), default=None)
        prep_relative = rel is not None and not any(
            doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph) and doc[k].head.i != t.i
            for k in range(rel + 1, t.i))
    pluperfect = any(c.dep_ == "aux:tense" and "Tense=Imp" in str(c.morph) for c in t.children)
    return prep_relative and pluperfect


def _agrees(a: Token, b: Token) -> bool:
    """Gender and number agreement of a participle with a noun (a feature missing on either side agrees)."""
    for feat in ("Gender", "Number"):
        x, y = a.morph.get(feat), b.morph.get(feat)
        if x and y and x != y:
            return False
    return True


def _detached_head(t: Token) -> Token:
    """The noun a participle set off by commas describes: "La loi relative à la sécurité, votée le…" -> "loi".

    The parser hangs such a participle on the nearest noun, often inside a complement of the real
    head; the noun it describes is the head of the whole noun phrase that agrees with it.
    """
    head = t.head
    if t.i == 0 or t.doc[t.i - 1].text != "," or head.i == t.i:
        return head
    node = head
    for _ in range(6):
        boxed = any(c.dep_ == "case" for c in node.children)
        if (not boxed and node.pos_ in ("NOUN", "PROPN") and _agrees(t, node)) or node.head.i == node.i:
            return node
        if node.dep_ not in ("nmod", "obl:arg", "obl", "obl:mod", "conj", "amod", "acl"):
            return head
        node = node.head
    return head


def _referred_role(noun: Token, ctx: Context) -> bool:
    """Whether a definite noun is named by the role of being referred to ("la juridiction saisie", "le juge saisi"):
    the participle right after it is a form of a referral verb (data: ``vg:referral``). Such a phrase names any body
    in that role, as a rule does, not one body."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(doc) or not any(
            c.dep_ == "det" and _form(c) in L.DEFINITES for c in noun.children):
        return False
    after = doc[noun.i + 1]
    if "VerbForm=Part" not in str(after.morph) and not after.text.lower().endswith(L.PAST_PARTICIPLE_ENDINGS):
        return False  # the noun's own verb, whatever its tag: "les sénateurs saisiraient le Conseil"
    lemma = ctx.lexicon.form_lemma.get("fr", {}).get(_form(doc[noun.i + 1]))
    return lemma is not None and any(tr.pos == "verb" and is_referral(tr, ctx.lexicon)
                                     for tr in ctx.lexicon.triggers.get("fr", {}).get(lemma, ()))


def _role_clause(t: Token, ctx: Context) -> bool:
    """A simple present whose subject names a role ("La juridiction saisie transmet la question au Conseil
    d'État"): how a procedure works, not an act reported; so too the participle that names the role."""
    doc = t.doc
    if t.i > 0 and doc[t.i - 1].pos_ == "NOUN" and _referred_role(doc[t.i - 1], ctx):
        return True
    morph = str(t.morph)
    if t.pos_ != "VERB" or "Tense=Pres" not in morph or "VerbForm=Fin" not in morph \
            or any(c.dep_.startswith("aux") for c in t.children):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    h = t
    for _ in range(3):
        if subj is not None or h.dep_ not in ("conj", "ccomp") or h.head.i >= h.i:
            break
        # "Le juge saisi vérifie qu'elle n'est pas …, puis la transmet au Conseil d'État": a present coordinated
        # with the role's (the parser may hang it inside the clause the role's verb governs)
        h = h.head
        subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i < h.i and c.pos_ == "NOUN"), None)
    return subj is not None and _referred_role(subj, ctx)


def _generic_clause(t: Token) -> bool:
    """Whether the verb ``t`` is a present in a clause opened by "lorsque", "quand" or "si": a rule or a case
    ("Lorsque le Conseil juge une disposition conforme sous réserve, il …"), not an act reported."""
    morph = str(t.morph)
    if "VerbForm=Part" in morph or "VerbForm=Inf" in morph or "Tense=Fut" in morph or "Tense=Imp" in morph \
            or any(c.dep_.startswith("aux") for c in t.children):
        return False
    if t.dep_ == "ccomp" and t.head.i < t.i and _lemma(t.head) in L.RECALL_VERBS:
        return True  # "Les juges rappellent que le règlement s'applique au travail": the law recalled
    doc = t.doc
    k = t.i - 1
    while k >= t.sent.start and doc[k].text not in _CUT_PUNCT and _form(doc[k]) not in L.RELATIVES:
        if _form(doc[k]) in L.GENERIC_SUBORDINATORS and doc[k].pos_ == "SCONJ":
            return True
        k -= 1
    for k in range(t.i + 1, min(len(doc), t.i + 6)):
        if doc[k].text in _CUT_PUNCT or doc[k].text == ".":
            break
        if _form(doc[k]) in L.GENERIC_SUBORDINATORS and doc[k].pos_ == "SCONJ" \
                and _form(doc[k]) not in L.CONDITION_MARKS:
            return True  # "l'autorité ne la rend publique que lorsqu'elle veut …": a habit, not an act reported
    if _universal_subject(t):
        return True  # "Tout requérant saisit le juge …": a rule
    if any(c.dep_ == "advmod" and _form(c) in L.CONSEQUENCE_ADVERBS for c in t.children):
        # "Toute personne peut contester la mesure ; le préfet transmet alors …": the consequence of a rule
        start = t.sent.start
        before = doc[start - 1].sent if start > 0 and doc[start - 1].text == ";" else None
        scope = doc[(before.start if before is not None else start):t.i]
        return any(_universal_subject(v) for v in scope if v.pos_ in ("VERB", "AUX"))
    return False


def _kind_in_question(t: Token) -> bool:
    """Whether the act noun ``t`` has an indefinite article in a sentence that asks a question ("Qu'est-ce
    qu'une mise en demeure ?", "À quoi sert un avertissement ?"): it names a kind of act, not one done."""
    if not any(c.dep_ == "det" and _form(c) in L.INDEFINITES for c in t.children):
        return False
    if t.dep_ == "nsubj" and t.head.i > t.i and any(
            c.dep_ == "cop" and "Tense=Pres" in str(c.morph) for c in t.head.children):
        return True  # "Une mise en demeure n'est pas une sanction": a definition of the kind, in the present
    end = t.sent.end
    return any(x.text == "?" for x in t.doc[t.i + 1:end])


def _universal_subject(verb: Token) -> bool:
    """Whether the subject of ``verb`` is universally quantified ("tout justiciable", "chaque commune")."""
    return any(c.dep_.startswith("nsubj") and any(d.dep_ == "det" and _form(d) in L.UNIVERSAL_DETERMINERS
                                                  for d in c.children) for c in verb.children)


def _past_set_off_date(obj: EntityRef | None, doc: Doc, offset: int, ctx: Context) -> EntityRef | None:
    """The object without the date set off by commas that opens its phrase ("a cassé, le 25 mars 2025,
    l'arrêt de …": the date is the act's, the object starts after it)."""
    if obj is None or obj.span is None:
        return obj
    for d in ctx.dates:
        lead = fold(ctx.text[obj.span.start:d.start]).strip()
        if obj.span.start <= d.start and lead in ("", "le", "la", "les", "l'") and d.end < obj.span.end \
                and ctx.text[d.end:d.end + 1] == ",":
            start = next((tok.i for tok in doc if tok.idx + offset > d.end and not tok.is_punct), None)
            end = next((tok.i for tok in doc if tok.idx + offset >= obj.span.end), len(doc))
            if start is None or start >= end:
                return obj
            return _entity_for(doc, start, end, offset, ctx, "object") or obj
    return obj


def _inside_past_relative(t: Token) -> bool:
    """A bare participle describing a noun of a relative clause in the pluperfect ("l'arrêt … qui avait refusé
    d'annuler la géolocalisation, autorisée par le parquet"): background of the background, no act reported."""
    if t.dep_ not in ("acl", "amod") or "VerbForm=Part" not in str(t.morph) \
            or any(c.dep_.startswith("aux") for c in t.children):
        return False
    node = t.head
    for _ in range(6):
        if node.dep_ == "acl:relcl" and node.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux:tense" and "Tense=Imp" in str(c.morph) for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _classifier(t: Token) -> bool:
    """A bare plural noun after "de" that classifies the noun before it ("éditeurs d'applications")."""
    doc = t.doc
    return t.i >= 2 and t.morph.get("Number") == ["Plur"] and _form(doc[t.i - 1]) in ("de", "d'") \
        and doc[t.i - 2].pos_ == "NOUN"


def _impersonal(t: Token) -> bool:
    """An impersonal passive of a verb that orders: "il lui est enjoint de supprimer…" (an expletive subject,
    "être" and a "de" infinitive): the act is done to the party of the clitic, by a body left unnamed."""
    if not any(c.dep_ == "expl:subj" or (c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "PRON"
                                          and _form(c) in L.EXPLETIVES) for c in t.children):
        return False
    if not any(c.dep_ in ("cop", "aux:pass") and _lemma(c) in ("être", "etre") for c in t.children):
        return False
    return any(c.dep_ == "xcomp" and "VerbForm=Inf" in str(c.morph) and any(
        _form(m) in ("de", "d'") for m in c.children if m.dep_ == "mark") for c in t.children)


def _stative(t: Token) -> bool:
    """A participle read as an adjective after a present "être", with no agent: a state the text describes
    ("certaines pratiques sont interdites"), no act reported."""
    if t.pos_ != "ADJ" or any(c.dep_ == "obl:agent" for c in t.children) or _impersonal(t):
        return False
    if t.dep_ == "xcomp" and t.head.i < t.i and (_lemma(t.head) in L.STATE_VERBS or _form(t.head) in L.STATE_VERBS):
        return True  # "le traitement de données biométriques reste par principe interdit": a state that lasts
    cops = [c for c in t.children if c.dep_ == "cop" and c.i < t.i]
    if len(cops) != 1 or _lemma(cops[0]) not in ("être", "etre") or "Tense=Pres" not in str(cops[0].morph):
        return False
    doc = t.doc
    for k in range(t.i + 1, min(len(doc), t.i + 8)):
        if doc[k].text in _CUT_PUNCT or doc[k].text == ".":
            break
        if _agent_prep(doc, k):
            return False
    return True


def _circumstantial(t: Token) -> bool:
    """A participle describing a noun inside a prepositional phrase ("dans une décision rendue le…")."""
    if t.dep_ not in ("acl", "amod") or "VerbForm=Part" not in str(t.morph) or _detached_aux(t) is not None:
        return False
    head = _detached_head(t)
    if any(c.dep_ == "case" and _form(c) in L.CITING_PREPS for c in head.children) and any(
            _form(t.doc[k]) in L.AGENT_PREPS for k in range(t.i + 1, min(len(t.doc), t.i + 5))):
        return False  # "selon le rapport publié mercredi par la CNCTR": the cited text's publication by its body
    return any(c.dep_ == "case" for c in head.children) and head.dep_ not in ("nsubj", "nsubj:pass", "obj")


def _owned_adjunct(t: Token) -> bool:
    """Whether the participle ``t`` describes the text of a fronted adjunct that belongs to the main subject
    ("Dans un rapport publié mardi, la Cour des comptes critique…")."""
    head = t.head
    if head.i == t.i or head.i > t.i:
        # the parser may hang the noun on its participle ("Dans un avis | rendu public lundi": obl:mod of "rendu")
        # (or across a comma: "Dans son avis, rendu public le même jour, …")
        head = next((c for c in t.children if c.pos_ == "NOUN" and (
            c.i == t.i - 1 or (c.i == t.i - 2 and t.doc[t.i - 1].text == ","))), head)
    if head.dep_ == "nmod" and head.head.i < head.i and head.head.pos_ == "NOUN":
        head = head.head  # "Dans un rapport d'observations définitives publié mardi": the record is the first noun
    return head.i != t.i and head.i < t.i and head.i <= t.sent.start + 3 and any(
        _form(c) in L.OWNER_ADJUNCT_PREPS or _form(c) in L.RECORD_ADJUNCT_PREPS or _form(c) in L.POSSESSIVES
        for c in head.children if c.i < head.i)


def _adjunct_owner(t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The body that a fronted adjunct's record belongs to: the subject of the verb the adjunct hangs on ("Dans
    un rapport publié mardi, la chambre régionale des comptes relève …"), when it names a body."""
    node = t
    for _ in range(4):
        if node.dep_ in ("obl", "obl:mod") and node.head.pos_ == "VERB" and node.head.i > t.i:
            subj = _subject(node.head)
            if subj is None or subj.i < t.i:
                return None
            known = next((m for m in ctx.mentions if m.category == "actor"
                          and m.start <= subj.idx + offset < m.end), None)
            if known is not None:
                return ctx.ref(known)
            ref = _entity_for(t.doc, *phrase_bounds(subj), offset, ctx, "actor")
            return ref if ref is not None and _category(ref, ctx) == "actor" else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _unrealised_infinitive(t: Token, ctx: Context) -> bool:
    """An infinitive trigger reports an act only under a cue ("devrait obtenir") or "venir de"."""
    if "VerbForm=Inf" not in str(t.morph):
        return False
    if any(c.dep_.startswith("aux") for c in t.children):
        return False  # "avoir fait appel": a perfect infinitive is done
    if _se_voir(t):
        return False  # "s'est vu infliger": the receiving verb reports the act
    head = t.head
    if head.i == t.i:
        return False
    if t.dep_ == "conj" and "VerbForm=Inf" in str(head.morph) and head.head is not head:
        head = head.head  # "pourrait émettre un avis, puis saisir la Cour": the modal governs both
    lem = _lemma(head)
    if lem in L.ACCOMPLISHED or _cue_of(head, ctx.lexicon.cues.get("fr", {})) is not None:
        return False
    if lem in L.DECIDING and (any(c.dep_ == "aux:tense" for c in head.children) or (
            "Tense=Past" in str(head.morph) and "VerbForm=Fin" in str(head.morph))):
        return False  # "a décidé jeudi de saisir la Cour": a body that decided an act in the past has done it
    return head.pos_ in ("VERB", "AUX", "NOUN", "ADJ")


def _subject_after_time_clause(t: Token, ctx: Context, offset: int) -> EntityRef | None:
    """The subject of the main clause after a fronted past infinitive of time ("Un mois après avoir infligé une
    amende à Apple, la Commission a ouvert …": the Commission did both), when the parser lost it; else None."""
    doc = t.doc
    if not any(_form(c) in L.TIME_PREPS and c.dep_ in ("mark", "case") for c in t.children) \
            or not any(c.dep_.startswith("aux") and _lemma(c) == "avoir" and "VerbForm=Inf" in str(c.morph)
                       for c in t.children) or _passive(t):
        return None
    comma = next((k for k in range(t.i + 1, len(doc)) if doc[k].text in (",", ";", ":", ".")), None)
    if comma is None or doc[comma].text != "," or any(doc[k].text == "," for k in range(0, t.i)):
        return None
    k = comma + 1
    while k < len(doc) and doc[k].pos_ in ("DET", "ADJ"):
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    s, e = phrase_bounds(doc[k])
    ref = _entity_for(doc, s, e, offset, ctx, "actor")
    return ref if ref is not None and _category(ref, ctx) == "actor" else None


def _trailing_participle(t: Token) -> bool:
    """A present participle restricted by "ne … que", set off by a comma after the main verb and its complements
    ("le Conseil a validé la loi, ne censurant que deux articles"): the exception to the main act, a clause whose
    subject is the main subject, not a noun's adjective. (Without "ne … que" such a participle often restates the
    main act: "a confirmé l'amende, rejetant le recours".)"""
    doc = t.doc
    k = t.i - 1
    if k < 1 or _form(doc[k]) not in ("ne", "n'"):
        return False
    k -= 1
    if doc[k].text != ",":
        return False
    start = t.sent.start if doc.has_annotation("SENT_START") else 0
    return any(x.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(x.morph) and x.dep_ in ("ROOT", "aux", "aux:tense")
               for x in doc[start:k])


def _record_participle(t: Token, ctx: Context, offset: int) -> bool:
    """A compound participle right after the name of a text or a decision describes it ("le jugement du 14 novembre
    2024 ayant annulé son arrêté": that judgment's act, not the act of the sentence's subject); not after a body,
    which is the subject of its own clause ("Les eurodéputés ayant approuvé le texte en mars, le Conseil …"), nor
    set off by a comma."""
    doc = t.doc
    having = next((c for c in t.children if c.dep_.startswith("aux") and _form(c) == "ayant" and c.i < t.i), None)
    if having is None or having.i == 0 or doc[having.i - 1].pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    k = having.i - 1
    while k > 0 and (doc[k].pos_ == "NUM" or _in_value(doc[k], ctx, offset)):
        k -= 1  # back over the record's date: "le jugement du 14 novembre 2024"
    while k > 0 and _form(doc[k]) in L.GENITIVE_PREPS:
        k -= 1
    s0, e0 = phrase_bounds(doc[k])
    cs, ce = _span_chars(doc, s0, min(e0, having.i), offset)
    return ctx.linker.category_of(ctx.linker.guess_kind(ctx.text[cs:ce], "fr")) == "instrument"


def _attributive(t: Token) -> bool:
    """A participle used as an adjective: "le très contesté article 20", "une société ouverte et égalitaire";
    a present participle describing a noun: "l'arrêté municipal autorisant les caméras"."""
    doc = t.doc
    m = str(t.morph)
    if _detached_aux(t) is not None:
        return False  # "a en revanche rejeté": a compound tense the parser broke up
    # (the "-ant" form is a present participle whatever the tagger says: "une proposition de loi interdisant …")
    present_participle = ("VerbForm=Part" in m and "Tense=Pres" in m) or (
        t.pos_ == "VERB" and _form(t).endswith("ant") and t.head.i < t.i
        and not any(c.dep_ in _SUBJ for c in t.children))
    if present_participle and t.dep_ in ("acl", "amod") and t.head.pos_ in ("NOUN", "PROPN") \
            and not any(_form(c) == "en" for c in t.children) and not _trailing_participle(t):
        return True
    # a present-tense form the tagger called an adjective ("la loi prolonge") is no participle
    participle_like = "VerbForm=Part" in m or (t.pos_ == "ADJ" and t.text.lower().endswith(L.PAST_PARTICIPLE_ENDINGS))
    if participle_like and not any(c.dep_.startswith("aux") for c in t.children) \
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


def _past_cause(t: Token) -> bool:
    """A past infinitive after "pour" gives the ground of another act ("sanctionnée pour avoir déposé des
    traceurs"): what the party did, not an act of its own to report."""
    aux = next((c for c in t.children if c.dep_.startswith("aux") and c.i < t.i
                and "VerbForm=Inf" in str(c.morph) and _lemma(c) in ("avoir", "etre")), None)
    if aux is None or aux.i == 0:
        return False
    return _form(t.doc[aux.i - 1]) in L.CAUSE_PREPS


def _habit_relative(t: Token) -> bool:
    """A verb in the imperfect in a subject relative describes what its antecedent used to do ("dix communes qui
    soumettaient les images de leurs caméras à des logiciels", "l'article qui prolongeait l'expérimentation"): a
    conduct or a content, not an act reported."""
    m = str(t.morph)
    imperfect = ("Tense=Imp" in m and "Mood=Ind" in m) or _form(t).endswith(L.IMPERFECT_ENDINGS)
    return t.dep_ == "acl:relcl" and "VerbForm=Fin" in m and imperfect \
        and any(c.dep_ == "nsubj" and _form(c) in L.CONDUCT_RELATIVES for c in t.children)


def _standing_rule(t: Token, ctx: Context, offset: int) -> bool:
    """A verb in the simple present inside a "dont" or object "que" relative, with no date in that clause, states a
    standing rule or state, not an act at a point in time: "les données sensibles, dont le traitement est en
    principe interdit", "la reconnaissance faciale, que le droit européen, avec le règlement …, n'interdit qu'en
    partie". A subject relative tells an act ("une décision du 18 octobre, qui rejette les requêtes"). Read on word
    order: the parser often hangs such a verb elsewhere."""
    doc = t.doc
    k = t.i - 1
    rel = None
    while k >= 0 and k >= t.i - 20 and doc[k].text not in (".", ";", ":", "?", "!"):
        f = _form(doc[k])
        # (an object "que" right after a comma is the relative whatever its tag: "…, que le droit européen …")
        if f in L.RELATIVES and f not in L.SUBJECT_RELATIVES and (
                doc[k].pos_ == "PRON" or (k > 0 and doc[k - 1].text == ",")):
            rel = k
            break
        if f in L.SUBJECT_RELATIVES and doc[k].pos_ == "PRON":
            return False  # "une décision du 18 octobre, qui rejette les requêtes": a subject relative tells the act
        if doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph) and doc[k].head.i != t.i \
                and not (doc[k].pos_ == "AUX" and k >= t.i - 3):
            return False  # another clause's verb stands between (not the trigger's own auxiliary or copula)
        k -= 1
    if rel is None or (_form(doc[rel]) == "dont" and any(x.is_punct for x in doc[rel + 1:t.i])):
        return False  # ("Les interdictions, dont la notation sociale, s'appliquent": a "dont" without verb)
    # the tense is the auxiliary's or copula's when one comes before the trigger ("est … interdit", whatever the
    # tagger says of the participle), else the trigger's own
    verbs = [x for x in doc[rel + 1:t.i] if x.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(x.morph)] \
        or ([t] if "VerbForm=Fin" in str(t.morph) else [])
    if any(_lemma(v) == "avoir" for v in verbs if v is not t) or _lemma(t) in L.ETRE_VERBS:
        return False  # a compound past ("que le Parlement a adoptée", "qui est entrée en vigueur") tells an act
    # (a bare trigger the tagger read as a simple past is the present the press writes alike: "n'interdit")
    simple_past = verbs == [t] and "Tense=Past" in str(t.morph) and not _form(t).endswith(L.IMPERFECT_ENDINGS) \
        and not any(c.dep_.startswith("aux") for c in t.children)
    present = bool(verbs) and all("Tense=Pres" in str(v.morph) and "Mood=Ind" in str(v.morph) for v in verbs)
    if not (simple_past or present) or _future_form(t):
        return False
    end = next((x.i for x in doc[t.i + 1:] if x.text in _CUT_PUNCT or x.text == "."), len(doc))
    cs, ce = doc[rel].idx + offset, doc[end - 1].idx + len(doc[end - 1].text) + offset
    return not any(cs <= d.start < ce for d in ctx.dates)


def _free_relative(t: Token) -> bool:
    """A verb in a relative on "ce" ("au-delà de ce qu'autorise le droit de l'Union", "en ce qu'elle s'applique
    aux trajets en bus") tells what a rule allows or covers, not an act."""
    doc = t.doc
    k = t.i - 1
    while k > 0 and (doc[k].pos_ in ("AUX", "PRON", "ADV") or _form(doc[k]) in L.REFLEXIVE_CLITICS) \
            and _form(doc[k]) not in L.RELATIVES:
        k -= 1
    return k > 0 and _form(doc[k]) in ("que", "qu'", "qu’") and _form(doc[k - 1]) in L.FREE_RELATIVE_HEADS


def _penalty_scale(t: Token) -> bool:
    """A participle of sanction with a "de" complement of duration describes the penalty a law sets ("les délits
    punis de cinq ans d'emprisonnement"), not a sanction given."""
    if t.dep_ not in ("acl", "amod", "advmod") or t.i == 0 or t.doc[t.i - 1].pos_ not in ("NOUN", "PROPN") \
            or not _form(t).endswith(L.PAST_PARTICIPLE_ENDINGS) \
            or any(c.dep_ in ("obl:agent", "nsubj") or c.dep_.startswith("aux") for c in t.children):
        return False  # (the tagger may take the participle for an adverb: "délits punis de cinq ans")
    return any(c.i > t.i and c.dep_.startswith("obl") and any(
        x.dep_ == "case" and _form(x) in L.GENITIVE_PREPS for x in c.children) and any(
        fold(x.lemma_) in L.DURATION_UNITS for x in c.subtree) for c in t.children)


def _quoted_label(t: Token) -> bool:
    """An act noun inside a short quotation is a speaker's label ("qui dénoncent une « expérimentation sans fin »"),
    not an act reported."""
    doc = t.doc
    opening = next((k for k in range(t.i - 1, max(-1, t.i - 5), -1) if doc[k].text in ("«", "“")), None)
    if opening is None or any(doc[k].text in ("»", "”") for k in range(opening + 1, t.i)):
        return False
    closing = next((k for k in range(t.i + 1, min(len(doc), opening + 8)) if doc[k].text in ("»", "”")), None)
    return closing is not None


def _content_relative(t: Token, ctx: Context, offset: int) -> bool:
    """A verb in the present right after a relative "dont" and a text or a part of one says what the text provides
    ("la loi …, dont l'article 4 autorise les caisses à croiser …"), not an act."""
    m = str(t.morph)
    if "Tense=Pres" not in m or "VerbForm=Fin" not in m:
        return False
    doc = t.doc
    k = next((j for j in range(t.i - 1, max(-1, t.i - 7), -1) if _form(doc[j]) in L.GENITIVE_RELATIVES), None)
    if k is None or any(doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX") for j in range(k + 1, t.i)):
        return False
    text = ctx.text[slice(*_span_chars(doc, k + 1, t.i, offset))]
    return ctx.linker.category_of(ctx.linker.guess_kind(text, "fr")) == "instrument"


def _quoted_absolute(t: Token) -> bool:
    """An act verb used without object in a simple tense inside a quotation ("« le préfet autorise, mais sans
    expertise »"): a speaker's account of how things go, not an act reported."""
    m = str(t.morph)
    if "VerbForm=Part" in m or "VerbForm=Inf" in m or any(
            c.dep_ in ("obj", "ccomp", "xcomp", "iobj") or c.dep_.startswith("aux") for c in t.children):
        return False
    before: str = t.doc[:t.i].text  # (our sentence: the parser may cut it at a semicolon inside the quotation)
    return before.rfind("«") > before.rfind("»")


_FRAME_SETS: dict[tuple[int, int], tuple[object, object, dict[str, set[str]], set[str], set[str]]] = {}


def _frame_sets(ctx: Context) -> tuple[dict[str, set[str]], set[str], set[str]]:
    """Word sets ``frames`` reads on every sentence, built once per lexicon and linker.

    The bare act nouns of each event type, the multi-word head nouns of bodies ("juge des référés": an act noun
    that ends one names no act), and the acts whose bare verb doubles as a hedge ("proposer": their bare noun is
    an act only on a text)."""
    key = (id(ctx.lexicon), id(ctx.linker))
    got = _FRAME_SETS.get(key)
    if got is not None and got[0] is ctx.lexicon and got[1] is ctx.linker:
        return got[2], got[3], got[4]
    cue_lemmas = ctx.lexicon.cues.get("fr", {})
    noun_lemmas_by_top: dict[str, set[str]] = {}
    for lemma, trigs in ctx.lexicon.triggers.get("fr", {}).items():
        for tr in trigs:
            if tr.pos == "noun" and not tr.rest:
                noun_lemmas_by_top.setdefault(tr.top, set()).add(lemma)
    body_heads = {h.key for h in ctx.linker.heads if h.category == "actor" and " " in h.key and h.lang in ("", "fr")}
    hedge_tops = {tr.top for lemma, trigs in ctx.lexicon.triggers.get("fr", {}).items() for tr in trigs
                  if tr.pos == "verb" and not tr.rest and lemma in cue_lemmas}
    _FRAME_SETS[key] = (ctx.lexicon, ctx.linker, noun_lemmas_by_top, body_heads, hedge_tops)
    return noun_lemmas_by_top, body_heads, hedge_tops


def frames(doc: Doc, offset: int, ctx: Context) -> list[Frame]:
    """The event frames of one parsed sentence (``offset`` = its start in the clipping text)."""
    out: list[Frame] = []
    sent_span = Span(offset + (doc[0].idx if len(doc) else 0), offset + len(doc.text.rstrip()))
    triggers = find_triggers(doc, ctx)
    # adjunct dates ("le 30 décembre 2024") end a noun phrase; title dates ("loi du 25 mai 2021") do not
    stops = set()
    date_starts = {d.start for d in ctx.dates}
    for tok in doc:
        if tok.idx + offset in date_starts and tok.i > 0 and _form(doc[tok.i - 1]) not in ("du", "de", "des", "d'"):
            stops.add(tok.i if _form(doc[tok.i - 1]) not in ("le", "la", "les", "l'") else tok.i - 1)
    # a trigger verb the tagger took for another part of speech ends a noun phrase too ("le règlement | entre")
    stops.update(t.i for t, tr, _ in triggers if tr.pos == "verb" and t.i > 0 and t.pos_ not in ("VERB", "AUX")
                 and "VerbForm=Part" not in str(t.morph) and "VerbForm=Inf" not in str(t.morph))
    for tok in doc:  # "adressée à la mairie | de la part de l'Arcom": an agent locution ends a noun phrase
        lead = _locution_start(doc, tok.i) if _form(tok) in _LOCUTION_ENDS else None
        if lead is not None:
            stops.add(lead)
    stops.update(doc.user_data.get("vg_split", {}).values())  # "jugé cet article | conforme": the object ends
    for tok in doc:  # "le décret n° 2025-958 | fixe les conditions": a finite verb the parser hung on the number
        # before it, with no relative word to open a clause of its own, is the sentence's verb and ends the phrase
        # (the tagger may call it an infinitive: "fixe" read as "VerbForm=Inf" has no infinitive ending)
        if tok.dep_ in ("acl", "nmod", "amod") and tok.pos_ in ("VERB", "AUX") and (
                "VerbForm=Fin" in str(tok.morph) or ("VerbForm=Inf" in str(tok.morph)
                                                     and not _form(tok).endswith(L.INFINITIVE_ENDINGS))) \
                and tok.i > 0 and (doc[tok.i - 1].like_num or doc[tok.i - 1].pos_ == "NUM") and not any(
                    c.dep_ == "mark" or _form(c) in L.RELATIVES for c in tok.children if c.i < tok.i):
            stops.add(tok.i)
    for tok in doc:  # "la condamnation de Criteo | à 40 millions d'euros": a penalty's amount ends the party's name
        if tok.i > 0 and _form(tok) in ("à", "a") and tok.pos_ == "ADP" and tok.i + 1 < len(doc) and any(
                a.start <= doc[tok.i + 1].idx + offset < a.end for a in ctx.amounts):
            stops.add(tok.i)
    for tok in doc:  # "a publié le texte | au Journal officiel du 11 avril": the gazette is no part of the text
        if _form(tok) in ("au", "à", "a") and tok.i + 1 < len(doc) and _form(doc[tok.i + 1]) in _GAZETTE_FIRSTS \
                and any(fold(doc[tok.i + 1:tok.i + 1 + len(g.split())].text) == g for g in L.GAZETTES):
            stops.add(tok.i)
    doc.user_data["vg_stops"] = stops
    _record_named_texts(doc, offset, ctx)
    act_nouns = {t.i for t, tr, _ in triggers if tr.pos == "noun" and not _instrument_noun(tr, ctx)}
    for n in act_nouns:  # "sanctionné Orange d'une amende": an indefinite act noun starts a phrase of its own
        if n >= 2 and _form(doc[n - 1]) in L.INDEFINITES and _form(doc[n - 1]) not in L.GENITIVE_PREPS:
            stops.add(n - 2 if _form(doc[n - 2]) in L.GENITIVE_PREPS else n - 1)
    verb_trigger_top = {t.i: tr.top for t, tr, _ in triggers if tr.pos == "verb"}
    support_of: dict[int, Token] = {}
    elliptic: set[int] = set()
    for t, tr, _ in triggers:
        if tr.pos == "noun" and t.i in act_nouns:
            sv = _support_verb(t) or _support_participle(doc, t.i, _) or _support_before_target(t)
            if sv is None and t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ == "VERB" \
                    and (t.head.i in verb_trigger_top or _lemma(t.head) in L.SUPPORT_VERBS) \
                    and any(c.dep_ == "cc" for c in t.children):
                # "a infligé une amende à Yahoo et une amende à Doctissimo": the verb is left out before the
                # second act noun, which is an act of its own with the same verb
                sv = t.head
                elliptic.add(t.i)
            if sv is not None:
                support_of[t.i] = sv
    # linear: "a adopté à l'unanimité, le 20 juin, un avis"; also a support verb that is no trigger itself, past a
    # date the parser took for its object ("a rendu la semaine dernière un avis")
    trigger_at = {t.i for t, _, _ in triggers}
    linear = [(t, end) for t, tr, end in triggers if tr.pos == "verb" and _lemma(t) in L.SUPPORT_VERBS and not tr.rest]
    linear += [(x, x.i) for x in doc if x.pos_ == "VERB" and x.i not in trigger_at and _lemma(x) in L.SUPPORT_VERBS
               and x.i + 1 < len(doc) and _in_value(doc[x.i + 1], ctx, offset)]
    for t, end in sorted(linear, key=lambda p: p[0].i):
        in_adjunct = False
        for k in range(end + 1, min(len(doc), end + 20)):
            tok = doc[k]
            if tok.text in (";", ":") or _form(tok) in L.RELATIVES or (
                    tok.pos_ in ("VERB", "AUX") and ("VerbForm=Fin" in str(tok.morph) or (
                        "VerbForm=Inf" in str(tok.morph) and not _in_value(tok, ctx, offset)))):
                break  # (nor into an infinitive clause: "a annoncé lundi vouloir prolonger l'expérimentation")
            if tok.text == ",":
                in_adjunct = False  # (a comma closes an adjunct set off: "par 112 voix pour et 9 abstentions,")
            elif tok.pos_ == "ADP" and _form(tok) in L.PREPOSITIONS and _form(tok) not in L.GENITIVE_PREPS \
                    and doc[k - 1].text == ",":
                in_adjunct = True
            if tok.pos_ not in ("NOUN", "PROPN") or _in_value(tok, ctx, offset) or in_adjunct:
                continue
            prev = [_form(doc[j]) for j in range(max(0, k - 2), k)]
            if any(p in L.PREPOSITIONS and p not in ("de", "d'", "des", "du") for p in prev[-2:]):
                continue  # inside a prepositional phrase ("à l'unanimité")
            if k in act_nouns:
                support_of.setdefault(k, t)
            break  # the first noun heads the object: "le décret d'application" is no act
    noun_top = {t.i: tr.top for t, tr, _ in triggers if tr.pos == "noun"}
    support_verbs_used = {sv.i for n, sv in support_of.items() if verb_trigger_top.get(sv.i) != noun_top.get(n)}
    # "a infligé une amende": the verb states the act; but "la sanction … infligée à X": a participle after the
    # noun describes it, the noun phrase carries the act (and finds its body like any act noun)
    covered_nouns = {n for n, sv in support_of.items() if verb_trigger_top.get(sv.i) == noun_top.get(n)
                     and not (sv.i > n and sv.dep_ in ("acl", "amod")) and n not in elliptic}
    cue_lemmas = ctx.lexicon.cues.get("fr", {})
    noun_lemmas_by_top, body_heads, hedge_tops = _frame_sets(ctx)
    last_frame: Frame | None = None
    reporter = _inverted_reporter(doc, ctx, offset) if triggers else None
    pending: list[Frame] = []  # referrals whose body is the main clause's subject: the text comes later
    for t, trig, _ in triggers:
        if trig.pos == "verb":
            ctx.trigger_starts.add(t.idx + offset)
    trigger_tokens = {tt.i for tt, _, _ in triggers}
    for t, trig, end_tok in triggers:
        is_noun = trig.pos == "noun"
        members: list[tuple[Token, EntityRef]] = []
        refusal = not is_noun and _lemma(t) in L.REFUSAL_VERBS and any(
            c.dep_ == "xcomp" and c.i > t.i and "VerbForm=Inf" in str(c.morph) for c in t.children)
        if refusal and any(c.dep_ == "xcomp" and c.i > t.i and c.i not in trigger_tokens for c in t.children):
            continue  # "a refusé de répondre": a refusal to do what is no act rejects nothing
        if is_noun and (t.i not in act_nouns or t.i in covered_nouns or (t.i not in support_of and _quoted_label(t))):
            continue
        if is_noun and t.i > 0 and (_lemma(doc[t.i - 1]) in L.TOPIC_WORDS or _form(doc[t.i - 1]) in L.TOPIC_WORDS):
            continue  # "arrêté … portant autorisation du traitement …": the noun states what the text is about
        if is_noun and t.i not in support_of and t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head.i < t.i \
                and not any(c.dep_ in ("det", "nummod") for c in t.children) \
                and any(c.dep_ == "case" and _form(c) in L.GENITIVE_PREPS for c in t.children):
            continue  # "la procédure de sanction de la CNIL", "les délibérations de sanction": a kind, no act
        sv = support_of.get(t.i)
        if is_noun and sv is not None and sv.i > t.i and sv.dep_ in ("acl", "amod") and t.dep_ == "obj" \
                and verb_trigger_top.get(t.head.i, trig.top) != trig.top and any(
                    c.dep_ == "obl:agent"
                    and ctx.linker.category_of(ctx.linker.guess_kind(c.text, "fr")) == "instrument"
                    for c in sv.children):
            # "la disposition qui prolongeait l'expérimentation ouverte par la loi": what the verb is about, set up
            # by a text, is no act of a body
            continue
        if is_noun and not trig.rest and t.i > 0 and _form(doc[t.i - 1]) in L.LOCUTION_PREPS:
            # "en application de l'article 40 du DSA", "se mettre en conformité", "jugé en appel": "en" before a
            # bare noun makes a locution of manner or state, no act
            continue
        if is_noun and not trig.rest and trig.top in hedge_tops and "Number=Plur" in str(t.morph) and any(
                c.dep_ == "nummod" or (c.dep_ == "det" and _form(c) in L.NUMBERS) for c in t.children) and not any(
                c.dep_ == "nmod" and c.i > t.i and ctx.linker.category_of(ctx.linker.guess_kind(
                    ctx.text[slice(*_span_chars(doc, *phrase_bounds(c), offset))], "fr")) == "instrument"
                for c in t.children):
            continue  # "Ses rapporteurs formulent 37 propositions": counted recommendations, no text tabled
        if is_noun and any(" ".join(fold(x.text) for x in doc[k:t.i + 1]).replace("' ", " ").replace("'", " ")
                           in body_heads for k in range(max(0, t.i - 3), t.i)):
            continue  # "le juge des référés du tribunal": the act noun is part of the body's name
        if is_noun and any(c.dep_ == "case" and _form(c) in L.PURPOSE for c in t.children):
            continue  # "un décret pris pour l'application de la loi": an act noun after "pour" is an aim, no act
        if is_noun and t.i > 0 and (_form(doc[t.i - 1]) in L.PRIVATIVE_PREPS or any(
                c.dep_ == "case" and _form(c) in L.PRIVATIVE_PREPS for c in t.children)):
            continue  # "obtenus sans autorisation préalable du procureur": an act that did not happen
        if is_noun and any(c.dep_ == "case" and _form(c) in L.CONCESSIVE_PREPS for c in t.children):
            continue  # "ont adjoint, contre l'avis du gouvernement, un article": an act told against, not a new one
        if not is_noun and "VerbForm=Fin" not in str(t.morph) and not any(
                c.dep_.startswith("aux") for c in t.children) and _bare_dative(t):
            continue  # "leur installation, soumise à autorisation préfectorale": a condition it is under, no act
        if not is_noun and _text_content(t, ctx, offset):
            continue  # "le texte réserve cet accès aux agents désignés par le maire": what the text provides
        if not is_noun and _own_decision_effects(t):
            continue  # "a différé de six mois les effets de sa décision": how the body's own ruling applies, no act
        if not is_noun and not trig.rest and _disputes_only(t, trig, ctx, offset):
            continue  # "Temu, qui conteste les conclusions de la Commission, dispose …": a stance, no appeal
        if is_noun and t.dep_ == "nmod" and t.head.i == t.i - 2 and _lemma(t.head) in L.REQUEST_NOUNS \
                and _form(doc[t.i - 1]) in L.GENITIVE_PREPS:
            continue  # "la demande de suspension du décret": what a request asks for is not done
        if is_noun and t.head.i < t.i and (_lemma(t.head) in L.DEPENDENCE_WORDS
                                           or _form(t.head).rstrip("es") in L.DEPENDENCE_WORDS) \
                and any(c.dep_ == "case" and _form(c) in L.DATIVE_PREPS for c in t.children):
            continue  # "son entrée en vigueur reste suspendue à l'avis de la Commission": a condition, not an act
        if is_noun and not trig.rest and text_theme(trig, ctx.lexicon) and _classifier(t):
            continue  # "les développeurs d'applications": a bare plural complement sorts the noun before it
        if is_noun and t.i not in support_of and any(
                c.dep_ == "case" and _form(c) in L.TIME_PREPS for c in t.children) and not any(
                c.dep_ == "acl" and c.i > t.i and "VerbForm=Part" in str(c.morph)
                and any(_in_value(x, ctx, offset) for x in c.subtree) for c in t.children) \
                and not any(_in_value(x, ctx, offset) for x in _phrase_run(t)):
            # (unless a participle gives it a date of its own: "après son entrée en vigueur, intervenue le …", or a
            # date follows its phrase: "après le vote du Parlement européen le 21 octobre")
            continue  # "six mois après le vote des eurodéputés": the act dates another one, it is not reported
        if not is_noun and t.i in support_verbs_used and (not trig.rest or (
                text_theme(trig, ctx.lexicon) and t.dep_ in ("acl", "amod"))):
            continue  # "rendre dix décisions de sanction": the noun names the act ("un avis rendu public mardi":
            # the act noun's publication is that act)
        # "Dans un rapport publié lundi, la CNCDH dénonce…": the publication of the subject's own text is an act
        owned = not is_noun and text_theme(trig, ctx.lexicon) and _owned_adjunct(t)
        if not is_noun and text_theme(trig, ctx.lexicon) and t.i > 0 and doc[t.i - 1].pos_ == "NOUN" \
                and fold(doc[t.i - 1].text) in L.STATEMENT_NOUNS and "VerbForm=Part" in str(t.morph):
            continue  # "Selon un communiqué publié hier par Bercy": a press statement is the news's source, no record
        if not is_noun and text_theme(trig, ctx.lexicon) and t.i + 1 < len(doc) \
                and fold(doc[t.i + 1].text) in L.ATTRIBUTE_MARKERS:
            continue  # "Installé en 2017 et présenté comme anonyme, le dispositif …": described, not published
        if not is_noun and text_theme(trig, ctx.lexicon) and not any(_in_value(x, ctx, offset) for x in t.subtree) \
                and not any(c.dep_ == "obl:agent" for c in t.children):
            revealed = _revealed_noun(t)
            if revealed is not None and ctx.linker.category_of(ctx.linker.guess_kind(revealed.text, "fr")) not in (
                    "instrument", "matter"):
                # "frais de service dévoilés au dernier moment": an undated participle revealing what is no text
                # tells no act, nor does a relative whose object is no text ("c'est l'addition que la Cnil présente
                # à Orange")
                continue
        if is_noun and text_theme(trig, ctx.lexicon) and t.dep_ in ("obl:arg", "iobj") and t.head.pos_ == "VERB" \
                and any(c.dep_ == "case" and _form(c) in L.DATIVE_PREPS for c in t.children) \
                and fold(t.head.lemma_) in L.SUPPORT_VERBS:
            continue  # "l'amende infligée à l'application de rencontres": the party of an act is no act of its own
        if not is_noun:
            k = t.i
            while k > 0 and doc[k - 1].pos_ in ("AUX", "ADV"):
                k -= 1
            opening = next((j for j in range(k - 3, -1, -1) if doc[j].text in L.OPENING_QUOTES), None) \
                if k > 2 and doc[k - 1].text == "," and doc[k - 2].text in L.CLOSING_QUOTES else None
            if opening is not None and opening <= t.sent.start + 1:
                # "« Vous installez une société de contrôle », a lancé l'un d'eux": an incise after the words quoted
                # at the head of the sentence (not a quoted title: "la loi visant à « sortir … », adoptée par …")
                continue
            if is_referral(trig, ctx.lexicon) and any(
                    c.dep_.startswith("obl") and _in_value(c, ctx, offset) and any(
                        x.dep_ == "case" and _form(x) in L.DATIVE_PREPS for x in c.children) for c in t.children):
                continue  # "La suite des débats a été renvoyée à jeudi": put off to a day, no referral
        if is_noun and text_theme(trig, ctx.lexicon) and t.dep_ == "nsubj" and t.head.pos_ == "ADJ" \
                and any(c.dep_ == "cop" for c in t.head.children) \
                and not any(_in_value(x, ctx, offset) for x in t.head.subtree
                            if x.i < t.head.i or x.head.i == t.head.i):
            continue  # "Son application sera progressive : …": what the act is like, no act on a day
        if not is_noun and t.i > 0 and doc[t.i - 1].text == "," and "Tense=Pres" in str(t.morph) \
                and "VerbForm=Part" in str(t.morph) and any(g.trigger.top == trig.top and not g.via_noun
                                                            and g.evidence == sent_span for g in out):
            continue  # "a annulé la délibération, jugeant illégale la détection …": the grounds of the act just told
        if not is_noun and _restated_in_relative(t) and any(g.trigger.top == trig.top and not g.via_noun
                                                             and g.evidence == sent_span for g in out):
            continue  # "ont saisi le Conseil de la loi, dont ils contestent l'article 3": the same act restated
        if not is_noun and t.dep_ in ("acl", "amod") and t.head.i < t.i and any(
                c.dep_ == "case" and _form(c) in L.GENITIVE_PREPS for c in t.head.children) \
                and t.head.head.pos_ not in ("NOUN", "PROPN") and any(
                g.i == t.head.head.i and g.i != t.i and is_referral(gt, ctx.lexicon) for g, gt, _ in triggers):
            # "Saisi d'une QPC transmise par X": the participle on what a body is seized of is the referral (not
            # "le juge des référés du tribunal, saisi par X": a court's name, no referral verb)
            continue
        sent_end = t.sent.end
        if any(x.text == "?" for x in doc[max(t.i, sent_end - 2):min(len(doc), sent_end + 1)]):
            continue  # "Qui saisir quand une plateforme refuse … ?": a question reports no act
        if not is_noun and _standing_rule(t, ctx, offset):
            continue  # "les données sensibles, dont le traitement est en principe interdit": a rule, not an act
        if trig.negative and not negated(t):
            continue  # "a fait droit à la demande" grants it: "ne pas faire droit" is the rejection
        if _role_clause(t, ctx):
            continue  # "La juridiction saisie transmet la question au Conseil d'État": a procedure told, no act
        if (negated(t) and not trig.negative) or (not is_noun and (
                                           _background(t) or _purpose(t) or _past_cause(t) or _habit_relative(t)
                                           or _content_relative(t, ctx, offset)
                                           or (_quoted_absolute(t) and not text_theme(trig, ctx.lexicon))
                                           or _free_relative(t) or _penalty_scale(t)
                                           or _unrealised_infinitive(t, ctx)
                                           or _generic_clause(t) or _stative(t) or _inside_past_relative(t)
                                           or (_attributive(t) and not owned) or _record_participle(t, ctx, offset)
                                           or (_circumstantial(t) and not trig.rest and not owned))):
            continue
        cs, ce = _span_chars(doc, t.i, end_tok + 1, offset)
        frame = Frame(trig, Span(cs, ce), sent_span)
        if not is_noun and t.dep_ in ("acl", "amod") and t.head.i < t.i and "VerbForm=Part" in str(t.morph) \
                and "Tense=Pres" not in str(t.morph) and not any(c.dep_.startswith("aux") for c in t.children) \
                and not _listed_compound(t):
            last = t.right_edge.idx + len(t.right_edge) + offset
            if not any(t.idx + offset <= d.start and d.end <= last for d in ctx.dates):
                # (undated past participle: "présentée par la LDH"; not "adoptée la semaine dernière", "ne
                # censurant que deux articles")
                frame.describing = t.head.idx + offset
        frame.via_noun = is_noun
        ordered: Token | None = None  # the clause an act noun conditions ("devra cesser … sous astreinte")
        obj_head: Token | None = None
        extra_agents: list[EntityRef] = []
        themed = False
        inverted = False
        passive = False
        acted_on = False
        by_record = False
        if is_noun:
            ruler = _governing_trigger(t, verb_trigger_top)
            support = support_of.get(t.i)
            if ruler is not None and ruler != trig.top and support is None:
                continue  # the act's own verb says what happens to it ("a rejeté le recours")
            if support is None and t.head.i != t.i and verb_trigger_top.get(t.head.i) == trig.top and any(
                    c.dep_ == "case" and _form(c) in L.AGENT_PREPS for c in t.children):
                continue  # "a adopté, par un vote du Sénat, le texte": the means of the act the verb states
            if support is None and any(g.object_span is not None and g.trigger.top != trig.top
                                       and g.object_span.start <= cs < g.object_span.end for g in out):
                continue  # "le rejet par le juge de la requête de X": the request is what was rejected
            if support is not None and (negated(support) or _purpose(support) or _background(support)
                                        or _generic_clause(support)):
                continue
            if support is None and _kind_in_question(t):
                continue  # "Qu'est-ce qu'une mise en demeure ?": an indefinite act noun in a question names a kind
            recipient = support is not None and (_lemma(support) in L.RECIPIENT_VERBS or _se_voir(support) or any(
                _lemma(c) in L.UNDERGO_NOUNS and c.dep_ == "obj" and c.i < t.i for c in support.children))
            frame.agent = _noun_agent(t, end_tok, ctx, offset, None if recipient else support)
            if frame.agent is not None and 0 < t.i <= 3 and _form(doc[0]) in L.OWNER_ADJUNCT_PREPS \
                    and all(doc[k].pos_ == "DET" for k in range(1, t.i)) and frame.agent.span is not None \
                    and frame.agent.span.start > t.idx + offset:
                # "Dans un avis rendu le 29 janvier et rendu public par le gouvernement, le Conseil d'Etat juge …":
                # a fronted record is the main subject's; a "par" phrase inside the adjunct is its publisher's
                owner = _fronted_owner(t, ctx, offset)
                if owner is not None and owner.span is not None and owner.span.start > frame.agent.span.start:
                    frame.agent = owner
            if frame.agent is None and recipient:
                # "devrait faire l'objet d'une enquête ouverte par la Commission": the participle's "par" agent
                own = _support_participle(doc, t.i, end_tok)
                agents = _par_agent(own, own.i, ctx, offset) if own is not None else []
                if not agents:
                    # "Meta a reçu une amende de la part de la DPC": the agent phrase follows the act noun
                    agents = _par_agent(t, end_tok, ctx, offset)
                frame.agent = agents[0] if agents else None
                receiver = _subject(support) if support is not None else None
                if frame.agent is None and support is not None and _lemma(support) in L.RECIPIENT_VERBS \
                        and (receiver is None or receiver.pos_ in ("NOUN", "PROPN")):
                    # "Trois autres communes, contrôlées dans la même série, n'ont reçu qu'un avertissement": from
                    # the body whose act was told just before, in the clipping, when a named party receives it (not
                    # a text, nor a pronoun that may stand for that body: "« Nous avons reçu l'autorisation »")
                    # (the parser may lose the subject: "Deux autres communes, contrôlées …, n'ont reçu …")
                    got = _entity_for(doc, *phrase_bounds(receiver, stop_at=support.i), offset, ctx, "actor") \
                        if receiver is not None else None
                    bodies = [a for a in ctx.recent_agents if a.kind not in (*_PARTY_KINDS, "person")
                              and _category(a, ctx) == "actor" and a.span is not None
                              and a.span.end <= t.idx + offset and (got is None or got.iri is None
                                                                    or a.iri != got.iri)]
                    if (receiver is None or (got is not None and _category(got, ctx) == "actor")) and bodies:
                        frame.agent = bodies[-1]
            if frame.agent is None and support is None and 0 < t.i <= 3 and _form(doc[0]) in L.OWNER_ADJUNCT_PREPS \
                    and all(doc[k].pos_ == "DET" for k in range(1, t.i)):
                # "Dans un avis du 4 février publié jeudi au JO, la Cnil …": the parser may hang the fronted act noun
                # on its participle; the adjunct still belongs to the main subject
                frame.agent = _fronted_owner(t, ctx, offset)
            if frame.agent is None and support is None:
                frame.agent = _headline_agent(t, ctx, offset)
                frame.headline = frame.agent is not None
            members = _distributed(t, end_tok, ctx, offset) if frame.agent is None else []
            if members:
                # "deux recours : l'un de soixante députés, …, l'autre de soixante sénateurs": one act each
                frame.agent = members[0][1]
                ps, pe = _span_chars(doc, members[0][0].i, members[0][0].i + 1, offset)
                frame.trigger_span = Span(ps, pe)  # each act takes the date told after its pronoun
            joined = _accompanying(t, out, offset) if frame.agent is None and support is None else None
            if joined is not None and _category(joined.object, ctx) != "actor":
                joined = None  # only a measure addressed to a party comes with another ("assorti de 30 propositions")
            if joined is not None:
                # "une amende …, assortie d'une injonction de cesser…": the act that comes with another one
                # has its agent and its object
                frame.agent, frame.object = joined.agent, joined.object
            if frame.agent is None and support is None and joined is None:
                bound = _conditioned_party(t, verb_trigger_top, ctx, offset)
                if bound is not None:
                    # "L'opérateur devra cesser ces lectures sous astreinte": an obligation under a penalty is
                    # ordered to the subject, by the body the clipping is about
                    frame.agent, frame.object = bound
                    joined = frame
                    ordered = t.head
            if support is not None and support.i > t.i and support.dep_ in ("acl", "amod") and not any(
                    _in_value(x, ctx, offset) for x in support.subtree if x.i > support.i) \
                    and not any(_in_value(x, ctx, offset) for x in _phrase_run(t)) \
                    and _noun_agent(t, end_tok, ctx, offset, None) is None \
                    and not (_owned_adjunct(support) and _fronted_owner(support, ctx, offset) is not None):
                continue  # "au cœur des sanctions prises": a bare participle describes acts told before
            if support is not None and support.i > t.i and support.dep_ in ("acl", "amod"):
                frame.via_noun = False  # "l'amende prononcée en octobre": the participle states an act of its own
                frame.participle_start = support.idx + offset
            if frame.agent is None and support is not None and support.i > t.i and support.dep_ in ("acl", "amod"):
                # "Dans un avis rendu samedi, la Cnil critique…": a fronted adjunct belongs to the main subject
                frame.agent = _fronted_owner(support, ctx, offset)
            if frame.agent is None and support is not None and support.i > t.i and support.dep_ in ("acl", "amod"):
                # "l'amende de 20 millions prononcée en octobre": by the body the clipping is about
                frame.agent = _topic_body(ctx, t.idx + offset)
            if frame.agent is None and support is not None and support.i > t.i and _lemma(support) in L.START_VERBS:
                # "l'expérimentation a débuté mardi … sous la conduite de la RATP": who carries out the act begun
                led = _par_agent(support, support.i, ctx, offset)
                frame.agent = led[0] if led else None
            if support is not None and support.i < t.i:
                frame.support_start = support.idx + offset
            if joined is None:
                # (a party follows the support verb: not the fronted "Au cours du premier semestre")
                frame.object = _target([c for c in support.children if c.i > support.i], ctx, offset,
                                       (t.i, end_tok + 1)) \
                    if support is not None and not recipient and t.i not in elliptic else None
            if joined is None and (t.i in elliptic or (support is not None and not recipient
                                                       and frame.object is None)):
                # its own party: "et une amende à X", "a prononcé une sanction de 250 000 euros contre X"
                frame.object = _target(list(t.children), ctx, offset)
            if joined is None and frame.object is None and support is not None and not recipient \
                    and support.i < t.i and t.i not in elliptic:
                # "a prononcé à l'encontre de la société X une amende": the party between the verb and the act noun
                frame.object = _target_after(doc, support.i, ctx, offset, limit=t.i)
            if recipient and support is not None:
                # "la ville a obtenu l'autorisation de la Cnil": the subject is who the act is addressed to
                party, undergoer = _agent_active(support, ctx, offset)
                frame.object = party or undergoer  # "la loi a fait l'objet d'un recours": the text undergoes it
                if _se_voir(support):
                    frame.object = _receiver(support, ctx, offset) or frame.object
            if frame.object is None and joined is None:
                frame.object = _object_noun(t, end_tok, frame.agent, ctx, offset)
            if frame.object is None and joined is None and support is None and text_theme(trig, ctx.lexicon) \
                    and any(c.dep_ == "det" and _form(c) in L.POSSESSIVES for c in t.children):
                frame.object = _last_text(ctx, t.idx + offset)  # "son entrée en vigueur": of the text named before
            happened = next((c for c in t.children if c.dep_ == "acl" and c.i > end_tok
                             and _lemma(c) in L.HAPPEN_VERBS and "VerbForm=Part" in str(c.morph)), None)
            if happened is not None and support is None:
                frame.participle_start = happened.idx + offset  # ", intervenue le 11 janvier": the act's own date
            if frame.object is None and joined is None and support is not None and not recipient:
                # "une amende … a été prononcée le 19 mai par la Cnil à l'encontre de la société X", "deux
                # sanctions, d'un montant total de …, contre des communes": the party after the noun and its
                # support verb, wherever the parser hung it
                frame.object = _target_after(doc, max(support.i, end_tok), ctx, offset, single=True) \
                    or _addressee_on_agent(support, ctx, offset)
            if frame.object is None and support is not None and support.i < t.i and not recipient:
                frame.object = _dont_antecedent(support, ctx, offset)  # "…, dont le tribunal a prononcé l'annulation"
            if frame.object is None and support is not None and support.i < t.i and not recipient:
                frame.object = _fronted_topic(doc, ctx, offset)  # "Consultée sur le projet de décret, la CNCTR …"
            if frame.object is None and support is not None and not recipient:
                # "a adopté un avis sur la surveillance de l'espace public": the act noun names the text it makes
                s0, e0 = phrase_bounds(t)
                # "a donné son feu vert définitif au règlement X": the text the act noun is given to
                given = _target([d for d in t.subtree if d.i > end_tok], ctx, offset)
                own = given if given is not None and _category(given, ctx) == "instrument" else \
                    _entity_for(doc, s0, e0, offset, ctx, "object")
                if own is not None and _category(own, ctx) == "instrument":
                    frame.object = own
            if support is not None:
                frame.modality, frame.future = modality(support, ctx, False)
                if frame.modality == "announced":
                    frame.modality = "realised"  # "la Cnil a annoncé une amende": the body tells its own act
                if frame.modality == "realised" and is_referral(trig, ctx.lexicon) \
                        and cue_lemmas.get(_lemma(support)) == "announced":
                    # "Apple a aussitôt annoncé un recours": a party announcing its appeal states an intent
                    frame.modality = "announced"
            else:
                frame.modality, frame.future = "realised", False
                if text_theme(trig, ctx.lexicon) and t.i == t.sent.start and not any(
                        x.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(x.morph) for x in t.sent):
                    # "Entrée en vigueur le 1er avril.": a verbless sentence of what happens to a text tells its
                    # schedule as much as a report, like the simple present; its text is the last one named
                    frame.present = True
                    if frame.object is None:
                        frame.object = _last_text(ctx, t.idx + offset)
                wish = t.head if t.dep_ == "obj" and t.head.i < t.i and t.head.pos_ == "VERB" else None
                mod = cue_lemmas.get(_lemma(wish)) if wish is not None else None
                if mod in ("proposed", "expected"):
                    frame.modality = mod  # "le ministre envisage la prolongation de …": the act is only wished
                ruling = t.head if t.dep_ == "nsubj" and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX") \
                    and any(c.dep_ == "xcomp" and "VerbForm=Inf" in str(c.morph) for c in t.head.children) else None
                mod = _cue_of(ruling, cue_lemmas) if ruling is not None else None
                if mod is not None and mod != "realised" and not negated(ruling):
                    frame.modality = mod  # "Un vote du Parlement doit suivre": the act noun is the modal's subject
                planned = t.head if t.dep_ == "nsubj:pass" and t.head.i > t.i else None
                mod = cue_lemmas.get(_lemma(planned)) if planned is not None else None
                if mod is not None and mod != "realised" and not negated(planned) and (
                        mod != "announced" or text_theme(trig, ctx.lexicon)):
                    # "Son entrée en application est prévue le 2 août": what happens to a text, planned, lies ahead
                    frame.modality, frame.future = ("expected" if mod == "announced" else mod), True
        else:
            # "est entrée en vigueur": an act that happens to a text takes "être" in compound tenses, no passive
            impersonal = _impersonal(t)
            passive = (_passive(t) or impersonal) and _lemma(t) not in L.ETRE_VERBS
            # "Entré en application le 17 janvier, le règlement impose…": a fronted participle of an être-verb has
            # the main clause's subject as its theme, like a fronted passive
            fronted_etre = not passive and _lemma(t) in L.ETRE_VERBS and "VerbForm=Part" in str(t.morph) \
                and not any(c.dep_.startswith("aux") for c in t.children) and (
                    t.i <= t.sent.start + 1 or _fronted_conjunct(t) or (
                    # "Un décret paru jeudi au Journal officiel fixe…": the participle describes the noun before it
                    t.dep_ in ("acl", "amod") and t.head.pos_ == "NOUN" and (t.head.i == t.i - 1 or (
                        # "Un décret du 3 mars, paru au Journal officiel le lendemain, prolonge…": set off by commas
                        # (or by the colon after a headline: "Décret n° … du 27/06/2025 : paru au Journal officiel …")
                        t.head.i < t.i - 1 and doc[t.i - 1].text in (",", ":")))))
            theme = None
            addressed: EntityRef | None = None
            implicit_author: EntityRef | None = None
            if passive:
                agents = _par_agent(t, end_tok, ctx, offset)
                frame.agent = agents[0] if agents else None
                extra_agents = agents[1:]
                if frame.agent is None:
                    # "a été prolongée par un arrêté préfectoral du 30 septembre": done by the text's author
                    by_record = any(c.dep_ == "obl:agent" and ctx.linker.guess_kind(
                        ctx.text[slice(*_span_chars(doc, *phrase_bounds(c), offset))], "fr", "instrument")
                        in _RECORD_KINDS for c in t.children)
                if frame.agent is None and ((t.head.i != t.i and any(
                        _form(c) in L.POSSESSIVES for c in t.head.children)) or _owned_adjunct(t)):
                    # "Dans son rapport rendu public mardi, la Défenseure…": the owner is the main subject
                    frame.agent = _adjunct_owner(t, ctx, offset)
                    after = [] if frame.agent is not None else [
                        m for m in ctx.mentions if m.category == "actor" and m.start > t.idx + offset
                        and "," in ctx.text[t.idx + offset:m.start] and m.end <= sent_span.end]
                    if after:
                        frame.agent = ctx.ref(after[0])
                possessed = next((c for c in t.children if c.dep_ == "nsubj:pass" and c.i < t.i and any(
                    _form(x) in L.POSSESSIVES for x in c.children if x.dep_ == "det")), None)
                if frame.agent is None and possessed is not None and text_theme(trig, ctx.lexicon):
                    # "La Contrôleure générale … a saisi le ministre : ses recommandations ont été publiées au
                    # Journal officiel": the owner of the text, the body named last before it, published it
                    owners = [m for m in ctx.mentions if m.category == "actor" and m.end <= possessed.idx + offset
                              and not ctx.in_pp(m)]
                    if owners:
                        frame.agent = ctx.ref(owners[-1])
                owned_text = t.head if t.head.i < t.i and t.dep_ in ("acl", "amod") else next(
                    (c for c in t.children if c.dep_ == "nsubj:pass" and c.i < t.i), None)
                if frame.agent is None and owned_text is not None \
                        and owned_text.pos_ == "NOUN" and text_theme(trig, ctx.lexicon):
                    # "Le rapport annuel de la Défenseure des droits, rendu public jeudi", "La délibération de la
                    # Cnil a été rendue publique mardi": the body whose text it is
                    owner = next((c for c in owned_text.children if c.dep_ == "nmod" and c.i < t.i and any(
                        _form(x) in L.GENITIVE_PREPS for x in c.children if x.dep_ == "case")), None)
                    if owner is not None:
                        s0, e0 = phrase_bounds(owner, stop_at=t.i)
                        ref = _entity_for(doc, s0, e0, offset, ctx, "actor")
                        if ref is not None and _category(ref, ctx) == "actor":
                            frame.agent = ref
                if frame.agent is None:
                    frame.agent = _sitting_body(t, ctx, offset)
            else:
                frame.agent, theme = _agent_active(t, ctx, offset)
                frame.acting_text = _authored_subject(t, frame.agent, ctx, offset) or (
                    theme.span if theme is not None and not text_theme(trig, ctx.lexicon)
                    and ctx.linker.guess_kind(theme.text, "fr", "instrument") in _RECORD_KINDS else None)
                if _listed_compound(t) and last_frame is not None and last_frame.agent is not None \
                        and not any(c.dep_ in _SUBJ for c in t.children):
                    # "a sanctionné X, mis en demeure Y et clôturé Z": each item has the subject of the list
                    frame.agent, theme = last_frame.agent, None
                inverted = bool(trig.rest) and trig.rest[-1] in L.RESTRICTIVE and _inverted_ruling(doc, t.i)
                if inverted:
                    # "…, a tranché la Cour de justice dans un arrêt du 4 octobre": the inverted subject rules
                    after = doc[_after_time_adjunct(doc, t.i + 1)].idx + offset
                    named = [m for m in ctx.mentions if m.category == "actor" and 0 <= m.start - after <= 4]
                    frame.agent, theme = (ctx.ref(named[0]), None) if named else (None, None)
                author = (_record_subject_author(t, theme, ctx, offset) or _named_author(theme, ctx)) \
                    if frame.agent is None and theme is not None and not text_theme(trig, ctx.lexicon) else None
                # the author of a text is the body that adopts texts of its kind
                implicit = _implicit_agent(_ADOPTION, theme, ctx) \
                    if author is None and frame.agent is None and theme is not None and t.dep_ != "acl:relcl" \
                    and not text_theme(trig, ctx.lexicon) and not is_catch_all(trig, ctx.lexicon) else None
                if implicit is not None and implicit in ctx.linker.knowledge.entities:
                    ent = ctx.linker.knowledge.entities[implicit]
                    implicit_author = EntityRef(text=ent.pref_label, span=None, iri=implicit, kind=ent.kind)
                if author is not None:
                    # "Rendue publique jeudi, la décision lui enjoint d'effacer …", "l'arrêt annule …": a body's
                    # record as the subject of an act verb stands for its author
                    frame.agent, frame.acting_text, theme = author, theme.span if theme else None, None
                if _se_voir(t):
                    # "Meta s'est vu infliger une amende de la part de la DPC": the subject receives the act
                    addressed = _receiver(t, ctx, offset) or frame.agent
                    agents = _par_agent(t, end_tok, ctx, offset)
                    frame.agent = agents[0] if agents else None
                elif trig.lemma in L.RECIPIENT_VERBS and frame.agent is not None and frame.agent.kind in _PARTY_KINDS:
                    # "Apple écope de 500 millions d'euros": the subject of a receiving verb is the party; the
                    # author is its "par" body, else the body the clipping is about
                    addressed = frame.agent
                    agents = _par_agent(t, end_tok, ctx, offset)
                    frame.agent = agents[0] if agents else _topic_body(ctx, t.idx + offset)
                elif trig.lemma in L.RECIPIENT_VERBS and frame.agent is None and theme is None:
                    # "Un garage de Tours écope de 20 000 euros": the noun phrase opening the clause receives the act,
                    # whatever its head (the parser may hang the verb on it)
                    addressed = _opening_party(t, ctx, offset)
                    if addressed is not None:
                        agents = _par_agent(t, end_tok, ctx, offset)
                        frame.agent = agents[0] if agents else _topic_body(ctx, t.idx + offset)
                if frame.agent is None and theme is None and _subject(t) is None:
                    frame.agent = _body_before_aux(t, ctx, offset)
                coordinated = t.i > 0 and (doc[t.i - 1].pos_ == "CCONJ" or doc[t.i - 1].text == ",") \
                    and _subject(t) is None
                if coordinated and frame.agent is None and theme is None and last_frame is not None:
                    frame.agent = last_frame.agent
                    if last_frame.agent is None or last_frame.agent.span is None \
                            or _set_off_on(last_frame, doc, offset, ctx):
                        # "La loi, adoptée le 3 mars, entre en vigueur lundi": the noun a set-off participle
                        # describes is the subject of the verb after it, not the participle's author (nor is an
                        # author that goes without saying, which the text does not name)
                        frame.agent, theme = None, last_frame.object
            obj, obj_head = _object_verb(t, end_tok, passive or fronted_etre, ctx, offset,
                                         noun_lemmas_by_top.get(trig.top, set()), trig.rest,
                                         text_act=text_theme(trig, ctx.lexicon))
            obj = _past_set_off_date(obj, doc, offset, ctx)
            if passive and obj is not None and obj_head is not None and obj_head.pos_ == "PRON" \
                    and _form(obj_head) in L.SUBJECT_PRONOUNS and is_referral(trig, ctx.lexicon):
                # "Il avait été saisi par soixante députés": the body the pronoun takes up was referred to
                obj = _resolve_pronoun(obj_head, ctx, offset)
            if text_theme(trig, ctx.lexicon) and trig.rest and not passive and doc[end_tok].pos_ == "NOUN" \
                    and fold(doc[end_tok].lemma_) == trig.rest[-1] and doc[end_tok - 1].pos_ == "DET":
                # "a rendu son rapport sur les fichiers de police": the listed phrase ends on the record it hands
                # over, which is what is published (up to the addressee: "remis … au Premier ministre")
                s0, e0 = phrase_bounds(doc[end_tok])
                e0 = next((k for k in range(end_tok + 1, e0) if _form(doc[k]) in ("à", "a", "au", "aux")), e0)
                k0 = end_tok
                while k0 > s0 and doc[k0 - 1].pos_ in ("DET", "ADJ") and k0 - 1 > t.i:
                    k0 -= 1
                obj = _entity_for(doc, k0, e0, offset, ctx, "object") or obj
            if obj is None and not passive and end_tok + 3 < len(doc) and doc[end_tok + 1].pos_ == "PRON" \
                    and ("PronType=Dem" in str(doc[end_tok + 1].morph)
                         or _form(doc[end_tok + 1]) in L.DEMONSTRATIVE_PRONOUNS) \
                    and _form(doc[end_tok + 2]) in L.RELATIVES:
                # "a clos celle qui visait LinkedIn": a demonstrative takes up the act told before; what its relative
                # is about is the party
                rel = doc[end_tok + 3]
                for k in range(end_tok + 4, min(len(doc), end_tok + 11)):
                    if doc[k].text in _CUT_PUNCT or doc[k].text == ".":
                        break
                    if doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].text[:1].isupper() and rel.pos_ == "VERB":
                        e0 = k + 1
                        while e0 < len(doc) and (doc[e0].text[:1].isupper() or not doc[e0 - 1].whitespace_) \
                                and doc[e0].text not in _CUT_PUNCT and doc[e0].text != ".":
                            e0 += 1  # (a hyphenated name runs on: "la Goutte-d'Or")
                        obj = _entity_for(doc, k, e0, offset, ctx, "object")
                        break
            if passive and frame.agent is None and obj_head is not None and obj_head.pos_ == "NOUN" \
                    and text_theme(trig, ctx.lexicon) and (obj_head.i > t.i or (
                        "VerbForm=Part" in str(t.morph) and not any(c.dep_.startswith("aux") for c in t.children)
                        and ctx.linker.guess_kind(obj_head.text, "fr", "instrument") in _RECORD_KINDS)):
                # "Rendu public le 3 novembre, le rapport de l'Inspection … recommande": the body whose text it is
                # (so too a body's record with its participle after it: "une délibération de la CNIL du 18
                # décembre, rendue publique hier")
                owner = next((c for c in obj_head.children if c.dep_ == "nmod" and c.i > obj_head.i and any(
                    _form(x) in L.GENITIVE_PREPS for x in c.children if x.dep_ == "case")), None)
                if owner is not None:
                    # (up to a comma: "le rapport du comité d'évaluation …, présidé par le conseiller d'État X,")
                    s0, e0 = phrase_bounds(owner, stop_at=next(
                        (k for k in range(owner.i + 1, owner.right_edge.i + 1) if doc[k].text == ","), None))
                    ref = _entity_for(doc, s0, e0, offset, ctx, "actor")
                    if ref is not None and _category(ref, ctx) == "actor":
                        frame.agent = ref
                elif t.i == 0 and any(_form(c) in L.DEFINITES for c in obj_head.children if c.dep_ == "det") \
                        and ctx.linker.guess_kind(obj_head.text, "fr", "instrument") in _RECORD_KINDS:
                    # "Rendue publique jeudi, la décision lui enjoint …": a body's record, published by its author,
                    # the body of the last act told outside a relative clause
                    author = next((a for a in reversed(ctx.main_agents)
                                   if a.span is None or a.span.end <= t.idx + offset), None)
                    if author is not None and author.kind not in _NO_RECORD_AUTHORS:
                        frame.agent = author
            if obj is None and passive and t.dep_ == "conj" and t.head.i < t.i and last_frame is not None \
                    and last_frame.trigger_span.start == t.head.idx + offset and last_frame.object is not None:
                # "la loi a été promulguée le 9 juillet et publiée au Journal officiel le lendemain": the
                # coordinated participle shares the theme of the act before
                obj = last_frame.object
            elif passive and t.dep_ == "conj" and t.head.i < t.i and doc[t.i - 1].pos_ == "CCONJ" \
                    and last_frame is not None and last_frame.evidence == sent_span and last_frame.object is not None \
                    and _category(last_frame.object, ctx) == "instrument" \
                    and (obj is None or _category(obj, ctx) != "instrument") \
                    and t.head.idx + offset >= last_frame.trigger_span.end and not any(
                        doc[k].text in (",", ";", ":") or (doc[k].pos_ in ("VERB", "AUX") and doc[k].idx + offset
                                                          > last_frame.trigger_span.end)
                        for k in range(t.head.i, t.i)) \
                    and doc[next((k for k in range(t.i) if doc[k].idx + offset >= last_frame.trigger_span.start),
                                 t.i)].dep_ in ("acl", "amod", "conj", "advcl"):
                # "la proposition de loi, déposée par la députée Claire Vannier et votée par l'Assemblée": the
                # parser hung the second participle on the first one's agent; it shares that participle's theme
                obj = last_frame.object
            if (passive or fronted_etre) and text_theme(trig, ctx.lexicon) and t.dep_ in ("acl", "amod") \
                    and t.i > 1 and doc[t.i - 1].text == ":" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i:
                # "Décret n° 2025-587 du 27/06/2025 : paru au Journal officiel …": the text the headline names
                s0 = phrase_bounds(t.head)[0]
                headline = _entity_for(doc, s0, t.i - 1, offset, ctx, "object")
                if headline is not None and _category(headline, ctx) == "instrument":
                    obj, obj_head = headline, t.head
            if (passive or fronted_etre) and text_theme(trig, ctx.lexicon) and obj_head is not None \
                    and _form(obj_head) in L.SUBJECT_PRONOUNS and (
                        (obj_head.i < t.i and obj_head.dep_ == "nsubj:pass")
                        or (obj_head.i > t.i and t.i == t.sent.start and obj_head.dep_ == "nsubj")):
                # "Il a été publié au Journal officiel", "Paru au Journal officiel de ce dimanche, il précise …": the
                # text the sentence before was about, else the last named
                obj = _previous_text(obj_head, ctx, offset) or _last_text(ctx, t.idx + offset)
            if obj is None and not passive and _dative(t) is None and not any(
                    (c.dep_.startswith("obl") and not _in_value(c, ctx, offset)) or c.dep_ == "iobj"
                    for c in t.children if c.i > t.i):
                # "a refusé de renvoyer la QPC": the object of the infinitive the verb governs (not "lui a
                # ordonné de rétablir le service": the order is addressed to a party)
                inf = next((c for c in t.children if c.dep_ == "xcomp" and "VerbForm=Inf" in str(c.morph)
                            and any(_form(m) in ("de", "d'") for m in c.children if m.dep_ == "mark")), None)
                inner = next((c for c in inf.children if c.dep_ == "obj"), None) if inf is not None else None
                if inner is not None:
                    s0, e0 = phrase_bounds(inner)
                    obj = _entity_for(doc, s0, e0, offset, ctx, "object")
                    obj_head = inner if obj is not None else obj_head
            if implicit_author is not None and frame.agent is None and obj is not None \
                    and _category(obj, ctx) in ("matter", "instrument"):
                # "Un décret prolonge l'expérimentation": a text whose author goes without saying (the Government's
                # decree), as the subject of an act verb on a text or a matter, stands for that author (not "le
                # décret allonge la durée de conservation", "la loi, qui autorise le traitement …", "le décret ouvre
                # la consultation du fichier": what the text provides)
                frame.agent, frame.acting_text, theme = implicit_author, theme.span if theme else None, None
            acted_on = False
            # a bare noun phrase after the verb (no preposition) is its direct object whatever the parser's label
            subj_tok = _subject(t)
            direct = obj is not None and obj_head is not None and obj_head.i > t.i and t.dep_ != "acl:relcl" \
                and not (subj_tok is not None and _form(subj_tok) in L.RELATIVES) \
                and not text_theme(trig, ctx.lexicon) \
                and obj_head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in obj_head.children)
            if theme is not None and not direct and not passive and not fronted_etre and frame.agent is None \
                    and not text_theme(trig, ctx.lexicon) and any(
                        x.i > t.i and "VerbForm=Inf" in str(x.morph) and any(
                            m.dep_ == "mark" and _form(m) in L.GENITIVE_PREPS for m in x.children) for x in t.subtree):
                continue  # "la loi interdit au gendarme des données d'en infliger": what a text provides
            if theme is not None and not direct and (
                    obj is None or _category(obj, ctx) not in ("instrument", "matter", "actor")):
                obj = theme
            elif theme is not None and text_theme(trig, ctx.lexicon) and _category(theme, ctx) == "instrument" \
                    and obj is not None and _category(obj, ctx) != "instrument" and any(
                        t.sent.start_char + offset <= d.start < t.sent.end_char + offset for d in ctx.dates):
                # "Le DSA s'applique à toutes les plateformes à partir de samedi": whom a text covers, with the day
                # it starts to (without a date, "le RGPD s'applique aux entreprises" tells no act)
                obj = theme
            elif theme is not None and direct and not _hypernym(theme, ctx) and not _relative_clause(t) and not (
                    is_catch_all(trig, ctx.lexicon) and not trig.rest and (obj is None or _category(obj, ctx) is None)):
                # (not a light verb on a word that names nothing known: "La directive ouvre des pistes")
                acted_on = True  # "La loi prolonge la technique…": the text does the act to its direct object
                if obj_head is not None and (any(c.i > obj_head.i and "VerbForm=Inf" in str(c.morph) and any(
                        m.dep_ == "mark" and _form(m) in ("à", "a") for m in c.children)
                        for c in [*t.children, *obj_head.children]) or any(
                        _form(doc[k]) in ("à", "a") and "VerbForm=Inf" in str(doc[k + 1].morph)
                        for k in range(obj_head.i + 1, min(len(doc) - 1, obj_head.i + 4)))):
                    # (also where the parser hung the infinitive elsewhere: "autorise, à titre expérimental, les
                    # gardes champêtres à porter …")
                    # "Un décret … autorise les agents des douanes à recourir à …": the power a text confers on
                    # its object is its content, no act
                    acted_on = False
            # "Le texte pérennise l'usage des caméras": what a text taken up by a generic noun does is its content
            themed = passive or fronted_etre or (theme is not None and obj is theme) or acted_on
            if themed and not passive and theme is not None and _relative_clause(t) and (any(
                    c.dep_ == "obj" for c in t.children) or (not text_theme(trig, ctx.lexicon) and any(
                    d.i > end_tok and d.pos_ == "NOUN" and any(x.dep_ == "det" for x in d.children)
                    and not any(x.dep_ == "case" for x in d.children) for d in t.subtree))):
                # "la loi, dont l'article 9 autorise les caméras": what the text provides (also when the parser
                # gave the bare noun phrase after the verb another label: "qui autorise le croisement …")
                themed = False
            if passive and frame.agent is not None and _category(obj, ctx) not in ("instrument", "matter"):
                # "saisi par les députés de 38 des 64 articles de la loi": the "de" phrase is what was referred
                matter = _after_agent(t, end_tok, frame.agent, ctx, offset, over_list=True)
                if matter is not None and _category(matter, ctx) in ("instrument", "matter"):
                    obj = matter
            if obj is not None and frame.agent is not None and obj.span is not None and frame.agent.span is not None \
                    and (obj.span == frame.agent.span or (not passive and inverted
                                                          and obj.span.start <= frame.agent.span.start < obj.span.end)):
                obj = None  # "l'amende que lui a infligée la Cnil", "…, a jugé la Cour": an inverted subject
            if obj is not None and obj.iri is None and obj.span is not None and not passive:
                obj = _elided_object(t, obj, last_frame, ctx)
            pron = None if passive and not impersonal else _dative(t)
            if pron is not None and (obj is None or _category(obj, ctx) not in ("actor", "instrument", "matter")):
                # "lui a enjoint de cesser…": the act is addressed to the party the clitic stands for ("il lui
                # est enjoint de…": the party of the act told before, not its body)
                party = _dative_party(pron, frame.agent or (
                    ctx.recent_agents[-1] if impersonal and ctx.recent_agents else None), ctx, offset)
                if party is not None:
                    obj = replace(party, span=None) if party.span is None else party
            if addressed is None and t.i > 0 and (obj is None or (obj_head is not None and fold(
                    obj_head.lemma_) in noun_lemmas_by_top.get(trig.top, set()))):
                # "Consultée sur le projet de décret X, la CNCTR a rendu un avis": the matter of a fronted participle
                obj = _fronted_topic(doc, ctx, offset) or obj
            frame.object = addressed or obj
            needed = act_nouns_needed(trig, ctx.lexicon)
            if needed is not None and not any({_lemma(n), _form(n), _form(n).rstrip("sx")} & needed for n in (
                    [obj_head] if obj_head is not None else []) + [
                    n for n in doc[t.i + 1:min(len(doc), t.i + 8)] if n.pos_ == "NOUN" and t.is_ancestor(n)]
                    + _after_incise(doc, t.i)):
                # "comment Apple doit ouvrir iOS aux montres": the bare verb needs one of the act's nouns (its
                # object, or a noun close after it that it governs: "a ouvert contre TikTok une procédure formelle")
                continue
            if trig.top == "adoption" and not passive and obj is not None and obj.iri is None \
                    and ctx.linker.guess_kind(obj.text, "fr", "instrument") == _DECISION_KIND:
                # "la Commission a adopté deux décisions de spécification": a decision addressed to a party, not a
                # text adopted (vg:recordAct)
                decided = record_act(trig, ctx.lexicon)
                if decided is None:
                    continue
                trig = frame.trigger = decided
            frame.modality, frame.future = modality(t, ctx, False)
            frame.past = any(c.dep_ == "aux:tense" and "VerbForm=Fin" in str(c.morph) for c in t.children) \
                and "VerbForm=Part" in str(t.morph)  # "a rendu dès le 4 juillet un avis": told as done
            frame.present = (("Tense=Pres" in str(t.morph) and "VerbForm=Fin" in str(t.morph))
                             or t.pos_ == "ADP") and text_theme(trig, ctx.lexicon) \
                and not any(c.dep_.startswith("aux") for c in t.children)  # ("entre" read as a preposition)
            if acted_on and theme is not None and theme.kind == _BILL_KIND and frame.modality == "realised":
                frame.modality = "proposed"  # "Le projet de loi transpose la directive": what the bill would do
            # a trigger that doubles as a hedge ("proposer", "recommander") counts only with a text as object
            if trig.lemma in cue_lemmas and not trig.rest and _category(obj, ctx) not in ("instrument", "matter"):
                continue
        if frame.agent is not None and frame.object is not None and frame.agent.span and frame.object.span \
                and frame.agent.span == frame.object.span:
            frame.object = None
        if is_referral(trig, ctx.lexicon):
            _refer(frame, t, obj_head if not is_noun else None, passive, ctx, offset, pending)
        if (frame.agent is None or _category(frame.agent, ctx) != "actor") and not is_noun:
            before = _subject_after_time_clause(t, ctx, offset)
            if before is not None:
                frame.agent = before
        # an act counts with a body as agent, or with a text as its theme
        agent_ok = frame.agent is not None and _category(frame.agent, ctx) == "actor"
        # a text counts as the theme when it is the subject of an intransitive or passive trigger
        theme_ok = (not is_noun and themed and frame.object is not None
                    and (_category(frame.object, ctx) in ("instrument", "matter") or acted_on))
        if theme_ok and passive and not text_theme(trig, ctx.lexicon):
            # "un rapport, voté à l'unanimité": a passive without agent counts only for acts that happen to
            # a text (publication, promulgation) or with the body that does such acts (below)
            theme_ok = bool(_implicit_agent(trig, frame.object, ctx))
        if by_record and frame.object is not None:
            theme_ok = True
        if not agent_ok and not theme_ok and not is_noun and not passive and text_theme(trig, ctx.lexicon) \
                and frame.object is not None and _category(frame.object, ctx) == "instrument" \
                and any(c.dep_ == "nsubj" and _gazette(c) for c in t.children):
            # "Le Journal officiel de ce samedi publie la loi …": the gazette is where the text appears, no body
            frame.agent, theme_ok = None, True
        if not theme_ok and not agent_ok and passive and not is_noun and frame.object is not None \
                and frame.object.kind == _BILL_KIND and t.dep_ in ("acl", "amod") \
                and any(_in_value(x, ctx, offset) for x in _phrase_run(t)) \
                and _bill_phrase_listed(trig, frame.object, ctx):
            # "une proposition de loi déposée au Sénat le 18 novembre": a dated participle on a bill whose verb is
            # listed with that bill as object ("déposer une proposition de loi") reports that act, its authors
            # unnamed (not "la proposition de loi, adoptée le 3 mai": its adoption needs a named body)
            theme_ok = True
        if not theme_ok and not agent_ok and passive and not is_noun and is_referral(trig, ctx.lexicon) \
                and t.dep_ in ("acl", "amod") and t.head.i < t.i and t.i > 0 and doc[t.i - 1].text == "," \
                and any(d.marker is None and cs <= d.start < offset + doc[next(
                    (j for j in range(t.i + 1, len(doc)) if doc[j].text in _CUT_PUNCT), len(doc) - 1)].idx
                    for d in ctx.dates):  # (a day or a month, not a period: "saisie de 37 réclamations depuis 2022")
            # "Le Conseil d'État, saisi du texte fin mars, n'a pas encore rendu son avis": a dated referral of a
            # court or an authority set off after its name is that body's seizure, its author unnamed
            s0, e0 = phrase_bounds(t.head, stop_at=t.i - 1)
            seized = _entity_for(doc, s0, e0, offset, ctx, "actor")
            if seized is not None and _category(seized, ctx) == "actor" and seized.kind in _SEIZED_KINDS:
                frame.object, frame.object_span, theme_ok = seized, seized.span, True
        if is_noun and not agent_ok and text_theme(trig, ctx.lexicon) and frame.object is not None \
                and (_category(frame.object, ctx) == "instrument" or ctx.linker.category_of(
                    ctx.linker.guess_kind(frame.object.text, "fr")) == "instrument") and t.dep_ != "obj" and any(
                    (ce <= d.start < sent_span.end or sent_span.start <= d.start <= sent_span.start + 1)
                    and d.marker in (None, "forward") for d in ctx.dates):
            # "l'entrée en vigueur de la loi, le 30 octobre": the act happens to the text; also under a date heading
            # a digest line ("14/03 – Publication au Journal officiel du décret …")
            theme_ok = True
        if not agent_ok and theme_ok and not is_noun and frame.object is not None \
                and (passive or text_theme(trig, ctx.lexicon)):
            # "la loi, votée définitivement le 16 décembre": the body that adopts texts of that kind (the subject
            # of an active verb does the act: "le décret allonge la durée" tells what the text provides)
            implicit = _implicit_agent(trig, frame.object, ctx)
            if implicit is not None and implicit in ctx.linker.knowledge.entities:
                ent = ctx.linker.knowledge.entities[implicit]
                frame.agent = EntityRef(text=ent.pref_label, span=None, iri=implicit, kind=ent.kind)
                agent_ok = True
        if not agent_ok and not is_noun and passive and frame.object is not None \
                and _text_kind(frame.object, ctx) == _BILL_KIND \
                and ctx.lexicon.implicit_agents.get((trig.top, _LAW_KIND)) \
                and any(c.dep_ == "aux:pass" for c in t.children):
            # "Les députés disent oui. La proposition de loi a été adoptée hier soir": what Parliament does to a
            # law, a chamber does to a bill; the chamber is the one the clipping named last before the act
            chamber = max((m for m in ctx.mentions if m.kind == _CHAMBER_KIND and m.category == "actor"
                           and m.end <= t.idx + offset), key=lambda m: m.end, default=None)
            if chamber is not None:
                frame.agent = ctx.ref(chamber)
                agent_ok = True
        if not agent_ok and not is_noun and passive and frame.object is not None \
                and not is_referral(trig, ctx.lexicon) and (_names_action(frame.object, ctx) or (
                    court_outcome(trig, ctx.lexicon) and _category(frame.object, ctx) == "instrument"
                    and any(c.dep_ == "aux:pass" for c in t.children))):
            # "La Cour de cassation a rendu trois arrêts. Deux pourvois sont rejetés": an action disposed of in an
            # agentless passive is disposed of by the court the clipping is about; so is a text given a court's
            # outcome (``vg:courtOutcome``: "Le Conseil constitutionnel a rendu sa décision. Trois articles ont
            # été censurés")
            court = next((a for a in reversed(ctx.main_agents) if a.kind == _COURT_KIND), None) or next(
                (ctx.ref(m) for m in reversed(ctx.mentions) if m.category == "actor" and m.kind == _COURT_KIND
                 and m.end <= t.idx + offset), None)
            if court is not None:
                frame.agent = court
                agent_ok = True
        agentless = passive or (is_noun and (support is None or _passive(support)))
        if frame.agent is None and not theme_ok and agentless and reporter is not None \
                and reporter.span is not None and frame.trigger_span.end <= reporter.span.start:
            # "dix amendes ont été prononcées contre des entreprises, a annoncé mardi la Cnil": an act without
            # its author, reported by a body named after it, is that body's
            frame.agent = reporter
            agent_ok = True
        colon = ctx.text.rfind(":", sent_span.start, frame.trigger_span.start)
        if not agent_ok and not is_noun and passive and colon >= 0 and ":" not in ctx.text[colon + 1:
                                                                                         frame.trigger_span.start]:
            # "C'est le tribunal administratif de Rennes qui a tranché, jeudi : l'arrêté du préfet est suspendu":
            # an act without its author, told after a colon, is the ruling of the body the clause before it
            # names as its subject
            # (the subject comes first: "Le Sénat n'a pas suivi le gouvernement : l'amendement … a été rejeté")
            named = [m for m in ctx.mentions_in(sent_span.start, colon, "actor")
                     if not ctx.in_pp(m) and m.kind not in _PARTY_KINDS]
            if named and not any(c.dep_ == "obl:agent" for c in t.children):
                frame.agent = ctx.ref(named[0])
                agent_ok = True
                if frame.object is None or (frame.object.span is not None and frame.object.span.start < colon):
                    # what the passive is said of is the noun phrase opening the clause after the colon
                    head = next((x for x in doc if x.idx + offset > colon and x.pos_ in ("NOUN", "PROPN")), None)
                    if head is not None and head.i < t.i:
                        s0, e0 = phrase_bounds(head, stop_at=t.i)
                        frame.object = _entity_for(doc, s0, e0, offset, ctx, "object") or frame.object
        if not agent_ok and not is_noun and ctx.recent_agents and ((_passive(t) and any(
                c.dep_ == "aux:pass" for c in t.children)) or _impersonal(t) or _se_voir(t) or _detached_passive(t)):
            # (also "L'entreprise s'est vu enjoindre de …": the receiving form is a passive without agent)
            # "Le reste du décret, contesté par X, a été validé": a body named inside the subject is not its author
            subj = [range(min(x.idx for x in c.subtree) + offset, max(x.idx + len(x) for x in c.subtree) + offset)
                    for c in t.children if c.dep_ in ("nsubj:pass", "nsubj")]
            # an act told in a relative clause ("l'arrêt de la cour d'appel, qui avait validé …") is background:
            # the body the clipping is about is the author of the last act of a main clause
            # (none when the only body is named inside the subject: "la requête, présentée par la LDH, est rejetée")
            # (nor a body that referred the case: "Saisie par la LDH, la haute juridiction a jugé … Le reste du
            # décret est validé")
            # (nor, for a referral, the body it is addressed to: "La question avait été transmise au Conseil
            # constitutionnel en mars", after the Council's decision)
            addressees = [ctx.ref(m) for c in t.children if c.dep_.startswith("obl") and c.i > t.i and any(
                _form(x) in L.DATIVE_PREPS for x in c.children if x.dep_ == "case")
                for m in ctx.mentions_in(*_span_chars(doc, *phrase_bounds(c), offset), "actor")] \
                if is_referral(trig, ctx.lexicon) else []
            topic = next((a for a in reversed(ctx.main_agents or ctx.recent_agents) if (
                a.span is None or not any(a.span.start in r for r in subj))
                and not any(_same_body(a, r) for r in ctx.referrers)
                and not any(_same_body(a, r) for r in addressees)), None)
            if topic is not None and topic.kind not in ("company", "person"):
                frame.agent = topic  # "L'enquête avait été ouverte en juin 2021": by the body the text is about
                agent_ok = True
        if not agent_ok and is_noun and support is not None and t.i > 0 \
                and fold(doc[t.i - 1].text).rstrip("'") not in {fold(w).rstrip("'") for w in L.DEFINITES} \
                and any(doc[k].dep_ == "nsubj:pass" and doc[k].head.i == support.i for k in range(t.i, end_tok + 1)) \
                and any(c.dep_ == "aux:pass" for c in support.children) and not text_theme(trig, ctx.lexicon) \
                and ctx.main_agents and not any(c.dep_ == "obl:agent" for c in support.children):
            # "La CNIL a infligé une amende à X. Le même mois, cinq rappels à l'ordre ont été prononcés contre des
            # communes": new acts (counted, or indefinite; a definite noun takes up an act told before, "l'autorisation
            # ayant été délivrée en janvier") as the subject of an agentless passive support verb, by the body the
            # clipping told acting in a main clause
            topic = ctx.main_agents[-1]
            if topic.kind not in _PARTY_KINDS and not any(_same_body(topic, r) for r in ctx.referrers):
                frame.agent = topic
                agent_ok = True
        if not agent_ok and theme_ok and not is_noun and not ctx.recent_agents and text_theme(trig, ctx.lexicon) \
                and _passive(t) and any(c.dep_ == "aux:pass" for c in t.children) \
                and frame.object is not None and _category(frame.object, ctx) == "instrument" \
                and ctx.linker.guess_kind(frame.object.text, "fr", "instrument") in _RECORD_KINDS:
            # "la Cnil lui reproche … . La délibération a été rendue publique mardi": a body's own decision, made
            # public without a named author, by the body named as a subject before
            frame.agent = _topic_body(ctx, t.idx + offset)
            agent_ok = frame.agent is not None
        if is_noun and frame.object is None and text_theme(trig, ctx.lexicon) \
                and frame.agent is not None and frame.agent.kind in _PARTY_KINDS:
            continue  # "la société s'est engagée à modifier son application": a company's noun, no text at all
        if refusal and agent_ok and frame.agent is not None and frame.agent.kind in _PARTY_KINDS:
            continue  # "un code que Meta a refusé de signer": a company's refusal is no body's rejection
        if not is_noun and trig.top == "saisine" and frame.agent is not None and frame.agent.kind in _PARTY_KINDS \
                and not any(c.dep_.startswith("aux") for c in t.children) \
                and (("Tense=Imp" in str(t.morph) and "Mood=Ind" in str(t.morph)) or _form(t).endswith(
                    L.IMPERFECT_ENDINGS)) and not _form(t).endswith(_COND_ENDINGS):
            # "La maison mère de TikTok contestait la décision …": a party's challenge in the imperfect is the
            # background of the ruling on it, not a new referral
            continue
        if not agent_ok:
            frame.agent = None
            extra_agents = []
            if not theme_ok:
                if frame.object is not None and frame.object.span is not None \
                        and _category(frame.object, ctx) == "instrument":
                    ctx.recent_objects.append(frame.object)  # no act, but a text named: "son article 3" refers to it
                continue
        if takes_ground(trig, ctx.lexicon) and frame.agent is not None and (
                frame.object is None or _names_sanction(frame.object, ctx)):
            # "a liquidé l'astreinte prévue", "l'amende de 20 millions prononcée en octobre": the party is the
            # company the clipping named before as subject to it
            # (its own "à" party first: "a sanctionné Google … et infligé 150 millions d'euros à Shein", the tagger
            # taking the participle for an adjective)
            own = _target([c for c in t.children if c.i > t.i], ctx, offset) \
                if frame.object is None and not is_noun else None
            frame.object = own or _party_before(frame, ctx) or frame.object
        if takes_ground(trig, ctx.lexicon):
            frame.ground = _ground([t] + ([support_of[t.i]] if is_noun and t.i in support_of else []), ctx, offset,
                                   end_tok)
            obj = frame.object
            if frame.ground is not None and obj is not None and obj.span is not None \
                    and obj.span.start < frame.ground.start < obj.span.end:
                # "a mis en demeure la commune de Nice pour l'usage de caméras": the ground ends the party's phrase
                cut = obj.span.start + len(ctx.text[obj.span.start:frame.ground.start].rstrip(" ,"))
                frame.object = replace(obj, text=ctx.text[obj.span.start:cut], span=Span(obj.span.start, cut))
        if frame.object is not None and frame.object.span is not None:
            frame.object = _trim_adjunct(frame.object, doc, offset, ctx)
        if not is_noun and text_theme(trig, ctx.lexicon) and frame.object is not None:
            frame.object = _stated_content(t, frame, ctx, offset) or frame.object
        if takes_requirement(trig, ctx.lexicon):
            anchors = [t] + ([support_of[t.i]] if is_noun and t.i in support_of else [])
            frame.requirement = _requirement(anchors, end_tok, ordered, offset)
            req = frame.requirement
            if req is not None and frame.object is not None and frame.object.span is not None \
                    and req.start <= frame.object.span.start < req.end:
                frame.object = None  # "une injonction de détruire les enregistrements": what is ordered, no party
            if req is not None and frame.object is None and not is_noun:
                frame.object = _addressed_party(t, req, ctx, offset)
            if frame.object is None and frame.agent is not None:
                frame.object = _party_before(frame, ctx)  # the company the clipping named before
            if frame.requirement is not None and frame.object is not None and frame.object.span is not None \
                    and frame.object.span.start < frame.requirement.start < frame.object.span.end:
                # "a ordonné à X de cesser…": the order ends the party's phrase
                cut = frame.object.span.start + len(
                    ctx.text[frame.object.span.start:frame.requirement.start].rstrip(" ,").removesuffix(" de")
                    .removesuffix(" d'").rstrip(" ,"))
                frame.object = replace(frame.object, text=ctx.text[frame.object.span.start:cut],
                                       span=Span(frame.object.span.start, cut))
        if frame.object is not None and frame.object.iri is None and frame.object.span is not None \
                and fold(frame.object.text) in L.DISJUNCTIVE_PRONOUNS:
            # "l'amende prononcée contre lui par la CNIL": the body named last before, other than the agent
            named = [m for m in ctx.mentions if m.category == "actor" and m.end <= frame.object.span.start
                     and not _same_body(ctx.ref(m), frame.agent)]
            if named:
                frame.object = ctx.ref(named[-1])
        if is_referral(trig, ctx.lexicon) and frame.agent is not None:
            ctx.referrers.append(frame.agent)
        elif frame.object is not None and frame.object.iri is None and ctx.referrers \
                and not _same_body(ctx.referrers[-1], frame.agent):
            words = frame.object.text.split(maxsplit=1)
            if len(words) == 2 and fold(words[0]) in L.POSSESSIVES and " " not in words[1]:
                # "(La LDH a saisi le juge,) qui a rejeté sa demande": the request of the body that referred
                ref = ctx.referrers[-1]
                who = ctx.text[ref.span.start:ref.span.end] if ref.span is not None else ref.text
                if fold(who.replace("'", "' ").split(maxsplit=1)[0]) in L.ARTICLES:
                    who = who[:1].lower() + who[1:]
                frame.object = replace(frame.object, text=f"{words[1]} de {who}")
        frame.count = None if members else _count(t, obj_head, ctx, offset)
        _count_off_object(frame, doc, offset, ctx)
        frame.governed = _governed(t, end_tok, offset)
        if frame.object is not None and frame.object.span is not None:
            frame.object_span = frame.object.span
            ctx.recent_objects.append(frame.object)
            if takes_ground(trig, ctx.lexicon) and _category(frame.object, ctx) in (None, "actor"):
                ctx.recent_parties.append(frame.object)
        tabled = _listed_trigger(frame.trigger, frame.object, ctx) if frame.object is not None else None
        if tabled is not None:
            # "Présenté en Conseil des ministres fin octobre, le projet de loi …": the verb said of a bill is the act
            # listed with that bill as object ("présenter un projet de loi": a proposition, not a publication)
            frame.trigger = tabled
        if needs_text_object(frame.trigger, ctx.lexicon) and not is_noun and (
                frame.object is None or _category(frame.object, ctx) != "instrument"):
            continue  # "propose de confier à la Cnil un contrôle": what is proposed, no text tabled
        out.append(frame)
        last_frame = frame
        if frame.agent is not None and frame.object is not None:
            ctx.acts.append((frame.agent, frame.object))
        if (frame.agent is None or frame.agent.span is None) and frame.object is not None \
                and _category(frame.object, ctx) == "instrument":
            # (an author that goes without saying, unnamed: "le décret a été publié", the text is the theme)
            ctx.recent_themes.append(frame.object)
        if frame.agent is not None and frame.agent.span is not None:
            ctx.recent_agents.append(frame.agent)
            if t.dep_ != "acl:relcl":
                ctx.main_agents.append(frame.agent)
        for pron, member in members[1:] if is_noun else []:
            ps, pe = _span_chars(doc, pron.i, pron.i + 1, offset)
            out.append(replace(frame, agent=member, trigger_span=Span(ps, pe), count=None, date=None, via_noun=False))
        for extra in extra_agents:
            if _same_body(extra, frame.object):
                continue  # "Saisie par la Chancellerie, la Cnil …": the main subject after the comma is no co-agent
            f2 = Frame(trig, frame.trigger_span, sent_span, agent=extra, object=frame.object,
                       object_span=frame.object_span, modality=frame.modality, future=frame.future,
                       governed=frame.governed, via_noun=False)
            f2.extra_agent, f2.describing = True, frame.describing
            out.append(f2)
        if frame.agent is not None and not is_noun:
            # "a sanctionné Google, Amazon et Microsoft": one act per named party
            listed = _more_parties(frame.object, ctx)
            if not listed:
                names = _coordinated_names(frame.object, doc, offset, ctx)
                if names:
                    frame.object, frame.object_span = names[0], names[0].span
                    listed = names[1:]
            if not listed:
                # "des procédures contre Pornhub, Stripchat, XNXX et XVideos": unknown names listed as the party of
                # an act are one party, the list (as the annotated sets have it)
                names = _listed_names(frame.object, doc, offset, ctx)
                if names and frame.object is not None and frame.object.span is not None \
                        and names[-1].span is not None:
                    whole = Span(frame.object.span.start, names[-1].span.end)
                    frame.object = EntityRef(text=ctx.text[whole.start:whole.end], span=whole)
                    frame.object_span = whole
            for party in listed:
                if _same_body(party, frame.agent):
                    continue  # "Après avoir saisi le tribunal, la LDH a…": the main subject is no further party
                out.append(replace(frame, object=party, object_span=party.span, count=None, date=None,
                                   extra_party=True))
    out.extend(_listed_fines(doc, offset, ctx, out, sent_span))
    _published_acts(out, ctx, doc, offset)
    _record_publishers(out, ctx)
    ctx.main_subject = _main_subject(doc, ctx, offset, sent_span)
    ctx.main_text = _main_text(doc, ctx, offset, sent_span)
    for f in out:
        if f.object is None and takes_requirement(f.trigger, ctx.lexicon) and f.agent is not None:
            # "Une amende assortie d'une injonction : la Cnil a sanctionné la société X": the party of the same
            # body's sanction in the sentence is the one the order is addressed to
            party = next((g.object for g in out if g is not f and takes_ground(g.trigger, ctx.lexicon)
                          and g.object is not None and _same_body(g.agent, f.agent)
                          and _category(g.object, ctx) == "actor"), None)
            if party is not None:
                f.object, f.object_span = party, party.span
    for f in pending:
        _referred_by_main(f, out, ctx)
    for f in out:
        _part_of_text(f, out, doc, offset, ctx)
        _text_author(f, ctx)
        _own_noun_object(f, ctx, noun_lemmas_by_top.get(f.trigger.top, set()))
    # "Le recours de la LDH contre le décret … a été rejeté": an act noun inside a later act's object is that
    # act's object, not an act of its own (the earlier check sees only acts found before the noun)
    # "a sanctionné X pour avoir transmis des données": what the party did is the act's ground, no act of its own
    grounds = [g.ground for g in out if g.ground is not None]
    out = [f for f in out if not any(g.start <= f.trigger_span.start < g.end for g in grounds)]
    # "a rejeté la demande de suspension, présentée par la LDH, du décret …": an undated participle describing the
    # object of another act tells how that object came about, background to the act reported
    # (a referral stays: "la demande de suspension, présentée par la LDH" is the LDH's appeal, annotated as such)
    out = [f for f in out if not (f.describing is not None and not is_referral(f.trigger, ctx.lexicon) and any(
        g is not f and g.describing is None and g.trigger.top != f.trigger.top and g.object_span is not None
        and g.object_span.start <= f.describing < g.object_span.end for g in out))]
    # "a annulé l'arrêté du 5 octobre 2023 autorisant le traitement …": a present participle inside another act's
    # object tells what that text does, no act of its own; "rejette le pourvoi formé contre l'arrêt de la cour
    # d'appel de Lyon qui avait écarté …": nor does a relative in the pluperfect on a noun of another act's object,
    # which tells how that object came about
    at = {tok.idx + offset: tok for tok in doc}
    out = [f for f in out if f.via_noun or not _describes_another_object(at.get(f.trigger_span.start), f, out)]
    # (an act noun with a date of its own is an act told, whatever is done with its record next: "son avis du 6
    # mars, rendu public avec le texte")
    return [f for f in out if not (f.via_noun and f.support_start is None and not _own_title_date(f, ctx) and any(
        g is not f and not g.via_noun and g.trigger.top != f.trigger.top and g.object_span is not None
        and g.object_span.start <= f.trigger_span.start < g.object_span.end for g in out))]


def _own_title_date(f: Frame, ctx: Context) -> bool:
    """Whether the act noun of ``f`` is followed by the date it names ("son avis du 6 mars")."""
    links = {fold(w) for w in L.DAY_ARTICLES}
    return any(d.start >= f.trigger_span.end and fold(ctx.text[f.trigger_span.end:d.start].strip()) in links
               and d.marker != "period" for d in ctx.dates)


def _describes_another_object(tok: Token | None, f: Frame, found: list[Frame]) -> bool:
    """Whether the verb trigger ``tok`` of ``f`` is a present participle inside another act's object ("autorisant"),
    or heads a "qui" relative in the pluperfect ("qui avait écarté") whose antecedent lies in an earlier act's
    object."""
    if tok is None:
        return False
    if _form(tok).endswith(L.PRESENT_PARTICIPLE_ENDING) and (
            "VerbForm=Part" in str(tok.morph) or "VerbForm=Ger" in str(tok.morph) or tok.pos_ == "VERB"):
        return any(g is not f and g.object_span is not None
                   and g.object_span.start < f.trigger_span.start < g.object_span.end for g in found)
    if tok.dep_ != "acl:relcl" or not any(c.dep_ == "aux:tense" and "Tense=Imp" in str(c.morph) for c in tok.children) \
            or not any(c.dep_ in ("nsubj", "nsubj:pass") and _form(c) in L.SUBJECT_RELATIVES for c in tok.children):
        return False
    antecedent = tok.head.idx + (f.trigger_span.start - tok.idx)  # in the clipping's characters
    return any(g is not f and g.object_span is not None and g.trigger_span.start < f.trigger_span.start
               and g.object_span.start <= antecedent <= g.object_span.end for g in found)


def _own_noun_object(f: Frame, ctx: Context, act_nouns: set[str]) -> None:
    """An act whose object came out as its own noun phrase ("la CNIL a rendu un avis favorable": the object found is
    "un avis favorable") has no complement naming what it is about: it is about the text named before ("Un arrêté
    … modifie le traitement. La CNIL, consultée, avait rendu un avis favorable"). A noun with a complement stays
    ("la proposition de loi": the bill is the object of its tabling), and so does the phrase when no text was
    named before."""
    obj = f.object
    if obj is None or obj.span is None or obj.iri is not None or not act_nouns:
        return
    words = fold(obj.text).replace("'", "' ").split()
    while words and words[0] in L.ARTICLES:
        words = words[1:]
    # a complement opens right after the noun or after one adjective ("un avis favorable sur le projet"); a
    # preposition further on belongs to something else ("un avis favorable assorti de réserves")
    if not words or words[0] not in act_nouns or any(w in L.GENITIVE_PREPS or w in L.PREPOSITIONS
                                                      for w in words[1:3]):
        return
    text = _last_text(ctx, obj.span.start)
    if text is not None:  # (with no text before, the act's own phrase stays: "Dans un avis rendu le 3 mai, …")
        f.object, f.object_span = text, None


def _ground(anchors: list[Token], ctx: Context, offset: int, own_end: int = -1) -> Span | None:
    """What a sanction or an injunction is for: a "pour" phrase on the trigger, its support verb or a noun of its
    phrase ("une amende de 50 millions d'euros pour avoir glissé des publicités…", "que lui a infligée la Cnil
    pour la surveillance excessive des salariés"). Not a party ("100 millions d'euros pour Google"), nor a
    purpose ("pour cesser…": a bare infinitive is what is asked, not what was done)."""
    doc = anchors[0].doc
    ids = {a.i for a in anchors}
    for tok in doc:
        if _form(tok) not in L.GROUND_PREPS or tok.dep_ not in ("case", "mark") or anchors[0].i < tok.i <= own_end:
            continue  # (a word of the trigger's own phrase: "dire pour droit")
        head = tok.head
        if head.i <= tok.i or _in_value(head, ctx, offset) or fold(_lemma(head)) in L.TIME_GROUND_NOUNS:
            continue
        if "VerbForm=Inf" in str(head.morph) and _lemma(head) not in ("avoir", "etre") and not any(
                c.dep_.startswith("aux") for c in head.children):
            continue
        if ctx.mentions_in(head.idx + offset, head.idx + offset + len(head.text), "actor") or any(
                m.category == "actor" and m.start <= head.idx + offset < m.end for m in ctx.mentions) or (any(
                a.end <= tok.idx + offset and not ctx.text[a.end:tok.idx + offset].strip() for a in ctx.amounts)
                and any(x.text[:1].isupper() for x in head.subtree if x.i > tok.i)):
            continue  # a party (also one named after its amount: "65 000 euros pour le logisticien Transalp Stock")
        node, ok = head, False
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i in ids:
                ok = True
                break
            if node.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(node.morph):
                break
            if node.dep_ == "appos" or (node.pos_ == "NOUN" and node.i > 0 and doc[node.i - 1].text == ","):
                break  # "X, éditeur de logiciels pour les médecins": a complement inside the party's apposition
        if not ok:
            continue
        comma = next((k for k in range(tok.i - 1, max(ids), -1) if doc[k].text == ","), None)
        if comma is not None and (doc[comma + 1].dep_ == "appos" or (
                comma + 2 < tok.i and doc[comma + 2].dep_ == "appos")):
            continue  # "à X, éditeur de logiciels pour les médecins": a complement inside the party's apposition
        end = tok.i + 1
        while end <= head.right_edge.i and doc[end].text not in _CUT_PUNCT and doc[end].text != ".":
            end += 1
        while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("CCONJ", "ADP", "DET")):
            end -= 1
        if end > tok.i + 1:
            s, e = _span_chars(doc, tok.i, end, offset)
            return Span(s, e)
    return None


def _trim_adjunct(obj: EntityRef, doc: Doc, offset: int, ctx: Context) -> EntityRef:
    """An object phrase ends before an adjunct of the verb the parser left in it: an amount ("sa concurrente
    Apoteket à hauteur de 37 millions de couronnes") or an infinitive complement ("a condamné X à payer…")."""
    assert obj.span is not None
    toks = [tk for tk in doc if obj.span.start <= tk.idx + offset < obj.span.end]
    for n, tok in enumerate(toks[1:], 1):
        if tok.pos_ != "ADP" or _form(tok) in L.GENITIVE_PREPS:
            continue
        nxt = toks[n + 1:n + 4]
        inf = nxt[0] if nxt and "VerbForm=Inf" in str(nxt[0].morph) else None
        if inf is not None and obj.span.start <= inf.head.idx + offset < obj.span.end and inf.head.i != inf.i:
            continue  # "un projet obligeant les hébergeurs à retirer…": the object's own clause
        # a quantity in digits right after the preposition or after a bare noun and "de" ("à hauteur de 37 millions")
        quantity = bool(nxt) and (nxt[0].text[:1].isdigit() or (len(nxt) == 3 and nxt[0].pos_ == "NOUN" and _form(
            nxt[1]) in L.GENITIVE_PREPS and nxt[2].text[:1].isdigit()))
        # "a autorisé le dispositif par un arrêté du 8 septembre": the decision the act is done by, an
        # indefinite or possessive record noun after a preposition of means
        means = _form(tok) in L.MEANS_PREPS and len(nxt) >= 2 and (
            _form(nxt[0]) in L.INDEFINITES or _form(nxt[0]) in L.POSSESSIVES) and ctx.linker.guess_kind(
            f"{nxt[0].text} {nxt[1].text}", "fr") in _RECORD_KINDS
        if inf is not None or quantity or means or any(
                a.start <= x.idx + offset < a.end for x in nxt for a in ctx.amounts):
            cut = toks[n - 1].idx + offset + len(toks[n - 1].text)
            return replace(obj, text=ctx.text[obj.span.start:cut], span=Span(obj.span.start, cut))
    return obj


def _owner_clause(n: Token, frame: Frame, ctx: Context, offset: int) -> Span | None:
    """What the owner of a text named in a fronted "dans" adjunct says: the clause after the owner ("Dans un
    rapport publié mardi, la Cour étrille le coût de …" -> "étrille le coût de …"; a "que" clause after a verb
    of saying is what is said)."""
    obj = frame.object
    if not any(_form(c) in L.OWNER_ADJUNCT_PREPS for c in n.children if c.dep_ == "case") \
            or frame.agent is None or frame.agent.span is None \
            or frame.agent.span.start < n.idx + offset + len(n.text) or (obj is not None and obj.span is not None
                                                                   and frame.agent.span.start < obj.span.end):
        return None
    doc = n.doc
    k = next((x.i for x in doc if x.idx + offset >= frame.agent.span.end), None)
    if k is None or doc[k].pos_ in ("DET", "ADP", "PUNCT", "CCONJ", "SCONJ") or _form(doc[k]) in L.RELATIVES:
        return None  # the owner's clause goes on with its verb (the tagger may call "juge" a noun)
    if k + 2 < len(doc) and _form(doc[k + 1]) in ("que", "qu'"):
        k += 2  # "estime que …": what is said
    end = k
    while end < len(doc) and doc[end].text not in _CUT_PUNCT and doc[end].text != ".":
        end += 1
    if end <= k + 1:
        return None
    s, e = _span_chars(doc, k, end, offset)
    return Span(s, e)


def _stated_content(t: Token, frame: Frame, ctx: Context, offset: int) -> EntityRef | None:
    """A text named by a bare noun ("un décret", "un rapport") that the participle of its act describes: what the
    sentence says the text does or finds is what it is about. "Un décret publié dimanche autorise la gendarmerie à
    …" (the noun is the subject), "Dans un rapport publié mardi, la Cour des comptes étrille le coût de …" (the
    noun opens the owner's adjunct: the owner's clause)."""
    obj = frame.object
    if obj is None or obj.iri is not None or obj.span is None or t.dep_ not in ("acl", "amod"):
        return None
    words = fold(obj.text).replace("'", "' ").split()
    n = t.head
    if len(words) != 2 or words[0] not in L.ARTICLES or n.pos_ != "NOUN" or fold(n.text) != words[1]:
        return None
    content: Span | None = None
    # (a finite verb the parser hung on its subject as an infinitive: "Un décret paru jeudi au JO fixe les …")
    misread = next((c for c in n.subtree if c.dep_ == "acl" and c.i > t.i and c.pos_ == "VERB"
                    and "VerbForm=Inf" in str(c.morph) and c.doc[c.i - 1].pos_ not in ("ADP", "PRON", "PART")
                    and not any(x.dep_ in ("mark", "case") for x in c.children)), None) if n.dep_ == "ROOT" else None
    if n.dep_ == "nsubj" and n.head.i > t.i and n.head.pos_ == "VERB" and "VerbForm=Fin" in str(n.head.morph):
        content = _verb_phrase(n.head, offset)
    elif misread is not None:
        content = _verb_phrase(misread, offset)
    else:
        content = _owner_clause(n, frame, ctx, offset)
    if content is None or content.end - content.start < 4:
        return None
    return replace(obj, text=f"{obj.text} ({ctx.text[content.start:content.end]})")


#: Dependents of an ordered verb that belong to what is ordered (its complements, not its adjuncts).
_REQUIRED_DEPS = ("obj", "obl:arg", "iobj", "xcomp", "ccomp", "fixed", "flat", "flat:name", "compound")


def _requirement(anchors: list[Token], end: int, ordered: Token | None, offset: int) -> Span | None:
    """What an injunction or a formal notice orders: the "de" infinitive the trigger (or its support verb)
    governs ("a ordonné à X de mettre fin à ces pratiques", "une injonction de supprimer les données", "mise en
    demeure de se mettre en conformité"), or the clause an act noun conditions ("devra cesser ces lectures sous
    astreinte"). The verb with its complements: a trailing adjunct ("sous trois mois", "sous astreinte") ends it."""
    if ordered is not None:
        inf = next((c for c in ordered.children if c.dep_ == "xcomp" and "VerbForm=Inf" in str(c.morph)), None)
        return _verb_phrase(inf if inf is not None else ordered, offset)
    first = anchors[0]
    for a in anchors:
        after = end if a is first else a.i
        for c in sorted(a.subtree, key=lambda c: c.i):
            if c.i <= after or c.text in (";", ":", ".") or (
                    c.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(c.morph)):
                if c.i > after:
                    break
                continue
            opener = c.i - 2 if c.i >= 2 and c.doc[c.i - 1].pos_ == "PRON" else c.i - 1
            if c.pos_ in ("VERB", "AUX") and "VerbForm=Inf" in str(c.morph) and _form(c.doc[opener]) in ("de", "d'"):
                # "de mettre fin…", "de se mettre en conformité": the parser may hang it on the party's noun
                return _verb_phrase(c, offset)
    return None


def _verb_phrase(verb: Token, offset: int) -> Span | None:
    """The verb with its clitics and its complements, up to the last complement's end; a time limit at the end
    ("sous trois mois", "dans un délai de deux mois") is when, not what."""
    doc = verb.doc
    start = min([verb.i] + [c.i for c in verb.children if c.i < verb.i and c.pos_ == "PRON"
                            and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj"))])
    last = verb.i
    for c in verb.children:
        if c.i > verb.i and (c.dep_ in _REQUIRED_DEPS or (c.dep_ == "conj" and c.pos_ == "VERB")):
            last = max(last, c.right_edge.i)
    linear = last == verb.i
    if linear:
        # no complement in the parse (it hung them elsewhere): the words up to the next break, over an adjunct
        # set off by commas ("de supprimer, dans un délai de trois mois, les données")
        k = verb.i + 1
        while k < len(doc) and doc[k].text != "." and not (
                doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph)):
            if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].pos_ == "ADP":
                close = next((j for j in range(k + 2, min(len(doc), k + 10)) if doc[j].text in _CUT_PUNCT
                              or doc[j].text == "."), None)
                if close is not None and doc[close].text == "," and close + 1 < len(doc) \
                        and doc[close + 1].pos_ in ("DET", "NOUN", "PROPN", "NUM"):
                    k = close + 1
                    continue
            if doc[k].text in _CUT_PUNCT:
                break
            last = k
            k += 1
    end = last + 1
    for k in range(verb.i + 1, end):
        if doc[k].text in (";", ":", "(", ".") or (doc[k].text == "," and not linear and not any(
                c.i > k and c.dep_ in _REQUIRED_DEPS for c in verb.children)):
            end = k
            break
        h = doc[k].head
        if doc[k].pos_ == "ADP" and h.i > k and (fold(_lemma(h)) in L.DEADLINE_NOUNS or fold(_lemma(h)) in (
                L.DURATION_UNITS)):
            # the time phrase itself ("un délai de deux mois"), not what the parser hangs on it
            pp_end = max([h.i] + [c.right_edge.i for c in h.children if c.i > h.i and (
                c.dep_ in ("amod", "nummod") or fold(_lemma(c)) in L.DURATION_UNITS)])
            if pp_end + 1 >= end or (doc[pp_end + 1].is_punct and pp_end + 2 >= end) \
                    or doc[pp_end + 1].pos_ == "ADP":
                end = k
                break
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("CCONJ", "ADP", "DET")):
        end -= 1
    s, e = _span_chars(doc, start, end, offset)
    return Span(s, e)


def _addressed_party(t: Token, req: Span, ctx: Context, offset: int) -> EntityRef | None:
    """The party an order is addressed to by "à": "a enjoint au ministère de la Justice de publier…"."""
    doc = t.doc
    for k in range(t.i + 1, min(len(doc), t.i + 4)):
        if doc[k].idx + offset >= req.start:
            break
        if _form(doc[k]) in L.ADDRESS_PREPS and doc[k].pos_ == "ADP":
            e = k + 1
            while e < len(doc) and doc[e].idx + offset < req.start and doc[e].text not in _CUT_PUNCT:
                e += 1
            while e > k + 1 and _form(doc[e - 1]) in ("de", "d'"):
                e -= 1
            ref = _entity_for(doc, k + 1, e, offset, ctx, "actor")
            return ref if ref is not None and _category(ref, ctx) == "actor" else None
        if doc[k].pos_ != "ADV":
            break
    return None


def _names_sanction(obj: EntityRef, ctx: Context) -> bool:
    """Whether an unnamed object is headed by the noun of a sanction-like act ("l'astreinte prévue")."""
    if obj.iri is not None:
        return False
    words = normalise(obj.text).split()
    lex = ctx.lexicon.triggers.get("fr", {})
    return bool(words) and any(tr.pos == "noun" and takes_ground(tr, ctx.lexicon) and (
        not tr.rest or words[0] in tr.rest) for trs in lex.values() for tr in trs
        if tr.lemma == words[0] or tr.lemma == words[0].rstrip("sx") or words[0] in tr.rest)


def _party_before(frame: Frame, ctx: Context) -> EntityRef | None:
    """The last company or person named before the act, in its sentence or the one before, that is not its
    agent: the party of a sanction whose sentence names none."""
    from .text import sentences

    starts = [a for a, _ in sentences(ctx.text, ctx.lang) if a <= frame.evidence.start]
    lo = starts[-2] if len(starts) >= 2 else 0
    agent = frame.agent
    best = None
    for m in ctx.mentions:
        if m.category != "actor" or m.kind not in _PARTY_KINDS or not lo <= m.start or m.end > frame.trigger_span.start:
            continue
        if agent is not None and ((agent.iri and m.iri == agent.iri) or (
                agent.span is not None and agent.span.start <= m.start < agent.span.end)):
            continue
        best = m
    return ctx.ref(best) if best is not None else None


def _same_body(a: EntityRef | None, b: EntityRef | None) -> bool:
    return a is not None and b is not None and (
        (a.iri is not None and a.iri == b.iri) or normalise(a.text) == normalise(b.text))


def _referred_text(t: Token, body: Token | None, ctx: Context, offset: int) -> EntityRef | None:
    """The text a referral is about, in a "de" complement of the verb (or of the body, where the parser may hang
    it): "saisir le Conseil de la loi X", "saisi de l'article 3 par les députés"."""
    kids = list(t.children) + (list(body.children) if body is not None and body.i > t.i else [])
    for c in sorted(kids, key=lambda c: c.i):
        if c.i <= t.i or c.dep_ not in ("obl", "obl:arg", "obl:mod", "nmod") or _in_value(c, ctx, offset):
            continue
        case = [_form(x) for x in c.children if x.dep_ == "case"]
        if not case or case[0] not in L.GENITIVE_PREPS:
            continue
        s, e = phrase_bounds(c)
        e = next((k for k in range(c.i + 1, e) if _form(c.doc[k]) in L.AGENT_PREPS), e)  # "… par les députés"
        ref = _entity_for(c.doc, s, e, offset, ctx, "object")
        if ref is not None and _category(ref, ctx) == "instrument":
            return ref
    return None


def _refer(frame: Frame, t: Token, body: Token | None, passive: bool, ctx: Context, offset: int,
           pending: list[Frame]) -> None:
    """A referral: the body referred to is its addressee, the text referred its object.

    "saisir le Conseil constitutionnel de la loi X": addressee the Conseil, object the law; "Saisi par les
    députés, le Conseil a censuré l'article 3": the text the body then rules on (resolved once the sentence's
    acts are known); "La requête avait été déposée par X": a definite referral noun with no
    complement takes up the text of the act told before. With no text, the body stays the object ("X a saisi
    le tribunal administratif": the proceeding is before that court).
    """
    obj = frame.object
    if obj is not None and _category(obj, ctx) == "actor":
        frame.addressee = obj
        referred = _referred_text(t, body, ctx, offset)
        if referred is not None:
            frame.object = referred
        elif passive and body is not None and (body.i > t.i or (
                body.dep_ in ("nsubj", "nsubj:pass") and t.dep_ in ("acl", "amod") and t.head.i == body.i)):
            # "Saisi par …, le Conseil a censuré X", "Le tribunal, saisi par …, a suspendu X"
            pending.append(frame)
        elif passive and body is not None and body.i < t.i and body.head.i == t.i \
                and any(_same_body(a, obj) for a, _ in ctx.acts):
            # "(La loi a été censurée par le Conseil …) Le Conseil avait été saisi par soixante députés": the text
            # that body acted on before (the whole text rather than the part it ruled on)
            frame.object = _last_text(ctx, frame.trigger_span.start, exclude_kind=_PART_KIND) \
                or _last_text(ctx, frame.trigger_span.start) or obj
    elif obj is None and not _is_verbish(t) and any(
            c.dep_ == "det" and _form(c) in L.DEFINITES for c in t.children):
        frame.object = _last_text(ctx, frame.trigger_span.start, exclude_kind=_PART_KIND)


def _referred_by_main(f: Frame, found: list[Frame], ctx: Context) -> None:
    """"Saisi par les députés, le Conseil constitutionnel a censuré X": X is the text referred; without such an act
    in the sentence, the text the clipping told of before ("Saisis par …, ils n'ont pas censuré …")."""
    main = min((g for g in found if g is not f and not is_referral(g.trigger, ctx.lexicon)
                and g.trigger_span.start > f.trigger_span.start and _same_body(g.agent, f.addressee)
                and g.object is not None and _category(g.object, ctx) == "instrument"),
               key=lambda g: g.trigger_span.start, default=None)  # the first act after the referral
    text = main.object if main is not None else _last_text(ctx, f.trigger_span.start, exclude_kind=_PART_KIND)
    if text is not None:
        f.object = text
        f.object_span = text.span if main is not None else None


def _listed_fines(doc: Doc, offset: int, ctx: Context, found: list[Frame], sent_span: Span) -> list[Frame]:
    """Fines listed after a colon under a noun whose complement names a body: "riche en décisions de la Cnil :
    100 millions d'euros pour Google, 35 millions d'euros pour Amazon…" (the amounts given to parties detail
    the acts of that body; ``core`` gives one event per party)."""
    if ":" not in doc.text or any(takes_amount(f.trigger, ctx.lexicon) for f in found):
        return []  # "a prononcé des sanctions : 100 millions pour Google…": the trigger governs the list
    nouns = sorted((tr for trs in ctx.lexicon.triggers.get("fr", {}).values() for tr in trs
                    if tr.pos == "noun" and takes_amount(tr, ctx.lexicon) and tr.code == tr.top and not tr.rest),
                   key=lambda tr: tr.lemma)
    if not nouns:
        return []
    targets = {fold(w) for w in L.TARGET_PREPS} | {fold(w) for w in L.BENEFICIARY_PREPS}
    for colon in (tok for tok in doc if tok.text == ":"):
        lo = colon.idx + len(colon.text) + offset
        first = next((a for a in sorted(ctx.amounts, key=lambda a: a.start)
                      if a.is_fine_amount and lo <= a.start and ctx.text[lo:a.start].strip() == ""), None)
        if first is None:
            continue
        after = fold(ctx.text[first.end:first.end + 30]).replace("'", "' ").split()
        if not after or after[0] not in targets:
            continue  # an amount given to a party: "100 millions d'euros pour Google"
        gap = len(ctx.text[first.end:]) - len(ctx.text[first.end:].lstrip())
        prep_end = first.end + gap + len(ctx.text[first.end + gap:].split(maxsplit=1)[0])
        party = ctx.text[prep_end:prep_end + 60].split()
        body = [m for m in ctx.mentions if m.category == "actor" and 0 <= m.start - prep_end <= 4]
        if not body and not (party and party[0][:1].isupper()) and ctx.linker.category_of(
                ctx.linker.guess_kind(" ".join(party[:4]), "fr")) != "actor":
            continue  # "300 000 euros pour la communication": a budget line, not a party
        # the body in the "de" complement of the noun that ends right before the colon
        agent = None
        for m in ctx.mentions:
            if m.category != "actor" or m.end > colon.idx + offset or ctx.text[m.end:colon.idx + offset].strip():
                continue
            before = fold(ctx.text[max(sent_span.start, m.start - 8):m.start]).replace("'", "' ").split()
            if before and before[-1] in L.ARTICLES and len(before) > 1 and before[-1] not in L.GENITIVE_PREPS:
                before = before[:-1]
            if before and before[-1] in L.GENITIVE_PREPS:
                agent = ctx.ref(m)
        if agent is None:
            continue
        k = colon.i - 1
        while k > 0 and not (doc[k].pos_ == "NOUN" and doc[k].idx + offset < (agent.span.start if agent.span else 0)):
            k -= 1
        noun = doc[k]
        trig_span = Span(noun.idx + offset, noun.idx + offset + len(noun.text))
        frame = Frame(nouns[0], trig_span, sent_span, agent=agent, via_noun=True,
                      governed=(lo, sent_span.end))
        return [frame]
    return []


def _published_acts(found: list[Frame], ctx: Context, doc: Doc, offset: int) -> None:
    """A body's publication whose object is a bare act noun of its own ("Dans un avis rendu public lundi, la Cnil
    …", the parser having made the participle the root) is that act, dated by its publication."""
    by_start = {tok.idx + offset: tok for tok in doc}
    for f in list(found):
        obj = f.object
        if not any(g is f for g in found) or not text_theme(f.trigger, ctx.lexicon) or obj is None \
                or obj.iri is not None:
            continue
        noun = by_start.get(obj.span.start) if obj.span is not None else None
        if f.agent is None and noun is not None and noun.i <= noun.sent.start + 2 \
                and _form(doc[noun.sent.start]) in L.OWNER_ADJUNCT_PREPS:
            # "Dans son avis, publié le même jour, la CNIL demande …": the fronted record is the main subject's
            f.agent = _fronted_owner(noun, ctx, offset)
        if f.agent is None:
            continue
        said = ctx.text[obj.span.start:obj.span.end] if obj.span is not None else obj.text
        words = fold(said).replace("'", "' ").split()  # (as written: "son avis" may have taken up a text)
        if len(words) != 2 or words[0] not in L.ARTICLES | L.POSSESSIVES:
            continue
        if (words[0].rstrip("'") in ("le", "la", "l", "les") or words[0] in L.DEMONSTRATIVES) and obj.span is not None \
                and obj.span.start < f.trigger_span.start:
            continue  # "L'avis, qui juge …, a été publié au Journal officiel": the act told before is published
        act = next((tr for tr in ctx.lexicon.triggers.get("fr", {}).get(words[1], ())
                    if tr.pos == "noun" and not tr.rest and not text_theme(tr, ctx.lexicon)), None)
        if act is None:
            continue
        same = [g for g in found if g is not f and g.trigger.top == act.top and _same_body(g.agent, f.agent)]
        if any(g.trigger_span.start < obj.span.start or g.trigger_span.end > obj.span.end for g in same
               if obj.span is not None):
            continue  # another act of that kind, told elsewhere in the sentence
        keep = same[0].object if same else None
        if keep is None and words[0] in L.POSSESSIVES and obj.span is not None:
            # "Dans son avis, publié le même jour, la CNIL …": an opinion on the text the clipping is about
            keep = _last_text(ctx, obj.span.start)
        found[:] = [g for g in found if not any(g is x for x in same)]  # the act noun's own frame, undated
        at = next(i for i, g in enumerate(found) if g is f)
        found[at] = replace(f, trigger=act, object=keep, object_span=keep.span if keep else None)


def _record_publishers(found: list[Frame], ctx: Context) -> None:
    """An agentless publication of a record that an act told before in the sentence was done by or in ("la CNIL a
    rendu le 4 juillet un avis, publié jeudi", "s'est vu infliger par la CNIL une amende, par une délibération du
    18 septembre rendue publique début octobre"): the record is that act's, and so is its publication."""
    for f in found:
        obj = f.object
        if f.agent is not None or f.via_noun or obj is None or obj.span is None or obj.iri is not None \
                or not text_theme(f.trigger, ctx.lexicon) \
                or ctx.linker.category_of(ctx.linker.guess_kind(obj.text, "fr")) != "instrument" \
                or ctx.linker.guess_kind(obj.text, "fr", "instrument") in (_LAW_KIND, _BILL_KIND) \
                or not fold(obj.text).split()[:1] or fold(obj.text).split()[0] not in L.INDEFINITES | L.ARTICLES:
            continue  # (a law is no body's record: "Adoptée par l'Assemblée, la loi … a été publiée")
        before = [g for g in found if g is not f and g.agent is not None and g.evidence == f.evidence
                  and g.trigger_span.start < obj.span.end and not text_theme(g.trigger, ctx.lexicon)]
        # (the act may be the record's own noun: "a adopté le 2 février un avis, publié mardi")
        if before and obj.span.end <= f.trigger_span.start:
            f.agent = before[-1].agent


def _coordinated_names(obj: EntityRef | None, doc: Doc, offset: int, ctx: Context) -> list[EntityRef]:
    """An unknown party whose phrase coordinates proper names ("Carrefour France et Carrefour Banque"): one
    party per name, or [] when the phrase is one name."""
    if obj is None or obj.span is None or _category(obj, ctx) not in ("actor", None) or any(
            m.start <= obj.span.start and obj.span.end <= m.end for m in ctx.mentions):
        return []
    span = doc.char_span(obj.span.start - offset, obj.span.end - offset, alignment_mode="expand")
    if span is None:
        return []
    cuts = [k for k in range(span.start + 1, span.end - 1)
            if (_form(doc[k]) in L.LIST_LINKS or doc[k].text == ",") and _proper(doc[k + 1]) and _proper(doc[k - 1])]
    if not cuts or not _proper(doc[span.start]):
        return []
    out: list[EntityRef] = []
    start = span.start
    for k in [*cuts, span.end]:
        ref = _entity_for(doc, start, k, offset, ctx, "object")
        if ref is None or _category(ref, ctx) not in ("actor", None):
            return []
        out.append(ref)
        start = k + 1
    return out


def _listed_names(obj: EntityRef | None, doc: Doc, offset: int, ctx: Context) -> list[EntityRef]:
    """The other members of a list of proper names that starts with an unknown party named by its proper name
    ("contre Pornhub, Stripchat, XNXX et XVideos"): each name after a comma or a list word, up to the one after
    the list word."""
    if obj is None or obj.span is None or obj.iri is not None or _category(obj, ctx) not in ("actor", None):
        return []
    at = {tok.idx + offset: tok for tok in doc}
    first = at.get(obj.span.start)
    if first is None or not _proper(first):
        return []
    k = next((tok.i for tok in doc if tok.idx + offset >= obj.span.end), len(doc))
    out: list[EntityRef] = []
    while k + 1 < len(doc) and (doc[k].text == "," or _form(doc[k]) in L.LIST_LINKS):
        closing = _form(doc[k]) in L.LIST_LINKS
        s = k + 1
        e = s
        while e < len(doc) and _proper(doc[e]) and doc[e].text not in _CUT_PUNCT:
            e += 1
        if e == s:
            break
        ref = _entity_for(doc, s, e, offset, ctx, "object")
        if ref is None or _category(ref, ctx) not in ("actor", None):
            return []
        out.append(ref)
        if closing:
            return out
        k = e
    return []  # (no list word closed it: "Pornhub, Stripchat" followed by anything else is no list of parties)


def _more_parties(obj: EntityRef | None, ctx: Context) -> list[EntityRef]:
    """The other members of a list of named bodies that starts with the object: ", Amazon et Microsoft"."""
    if obj is None or obj.span is None or _category(obj, ctx) != "actor":
        return []
    links = {fold(w) for w in L.LIST_LINKS}
    out: list[EntityRef] = []
    pos = obj.span.end
    seen = {obj.iri or obj.text}
    while True:
        nxt = next((m for m in ctx.mentions if m.start >= pos and m.category == "actor"), None)
        if nxt is None:
            break
        gap = fold(ctx.text[pos:nxt.start]).replace(",", " , ").split()
        if not gap or any(w != "," and w not in links and w not in L.ARTICLES for w in gap) \
                or not any(w == "," or w in links for w in gap):
            break
        if (nxt.iri or nxt.text) not in seen:
            seen.add(nxt.iri or nxt.text)
            out.append(ctx.ref(nxt))
        pos = nxt.end
        if any(w in links for w in gap):
            break  # "et" closes the list
    return out


def _governing_trigger(t: Token, verb_tops: dict[int, str]) -> str | None:
    """The base code of a verb trigger that governs the noun ``t`` (object, subject or complement), if any."""
    node = t
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in ("obj", "nsubj", "nsubj:pass", "nmod", "obl:arg", "obl", "xcomp"):
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
        if (c.dep_ in ("acl:relcl", "parataxis") or (c.dep_ == "conj" and (
                c.pos_ == "VERB" or (t.pos_ in ("VERB", "AUX") and c.pos_ in ("NOUN", "PROPN")
                                     # (not the verb left out before a quantity: "a infligé 220 millions d'euros
                                     # à X, …, et 85 millions à Y")
                                     and not any(x.dep_ == "nummod" for x in c.children))))) and c.i > t.i:
            hi = min(hi, c.left_edge.i - 1)
    hi = max(hi, end_tok)
    return doc[lo].idx + offset, doc[hi].idx + len(doc[hi].text) + offset
