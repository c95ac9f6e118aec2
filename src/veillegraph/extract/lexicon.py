"""The extractor's view of ``Knowledge``: trigger words, modality cues, mention patterns.

Everything here is read from the ontology (``vg:triggerVerb``, ``vg:triggerNoun``,
``vg:cue``, labels and aliases of reference entities); nothing is written in Python.
Verb lemmas are expanded to their inflected forms with the inflection tables of
the spaCy model when it has them, so that the cheap pass can spot a trigger by
its surface form before any sentence is parsed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

import pyoxigraph as ox

from .. import _vocab as V
from .._errors import KnowledgeError
from ..knowledge import Knowledge
from ..link import fold, normalise

#: On an event type: its act happens to a text (entry into force): the text is the theme, no agent is needed.
TEXT_THEME = V.VG.textTheme
REFERRAL = V.VG.referral
TAKES_GROUND = V.VG.takesGround
#: On an event type: the text may say what the act requires of its party ("ordered X to …").
TAKES_REQUIREMENT = V.VG.takesRequirement
#: On an event type: a grant of time to a party ("gave the platform three months to comply") is this act.
DEADLINE_ACT = V.VG.deadlineAct
#: On an event type: an amount the trigger governs is the act's amount (a fine).
TAKES_AMOUNT = V.VG.takesAmount
#: On the event type of acts no other type names: a specific type beats it.
CATCH_ALL = V.VG.catchAll
#: On an event type: a court's statement of the law, an act only when the court does no other in the clipping.
STATES_THE_LAW = V.VG.statesTheLaw
CASE_NUMBER_PATTERN = V.VG.caseNumberPattern
#: On an event type: the act lasts; a list of days on one trigger is its duration, not one act per day.
DURATIVE = V.VG.durative
PART_NOUN = V.VG.partNoun
#: On vg:Instrument: a generic noun that, definite and alone ("le texte"), takes up the last text named; on
#: vg:Event, one that takes up the act told before ("la mesure").
ANAPHORIC_NOUN = V.VG.anaphoricNoun
#: On an actor class: a definite noun alone that names the body of that class for the place the sentence names
#: ("la municipalité"), and that body's name with a {place} slot ("commune de {place}").
PLACE_NOUN = V.VG.placeNoun
PLACE_NAME = V.VG.placeName
#: On a reference actor: the event type, and the kind of text, for which it is the agent when none is named.
IMPLICIT_AGENT_OF = V.VG.implicitAgentOf
IMPLICIT_AGENT_FOR = V.VG.implicitAgentFor
IMPLICIT_AGENT_FOR_HEAD = V.VG.implicitAgentForHead
TABLES_HEAD = V.VG.tablesHead
#: On an event type: a trigger verb that names the act only with one of the act's own nouns as its object or
#: passive subject ("ouvrir une enquête", "une procédure a été ouverte"; not "ouvrir iOS aux montres").
ACT_NOUN_VERB = V.VG.actNounVerb
#: On an event type: a noun its verbs take as object without being the act's own word ("brought a case").
OBJECT_NOUN = V.VG.objectNoun
#: On an event type: a trigger verb said only with a text as subject ("the rules apply from …").
THEME_VERB = V.VG.themeVerb
#: On an event type: a body adopting a decision of its own addressed to a party (not the adoption of a text).
RECORD_ACT = V.VG.recordAct
#: On an event type: the base type of the decisions it is an accessory of (a remand, an award of costs): beside
#: such an act of its body it is part of it.
ACCESSORY = V.VG.accessory
#: On an event type: a shared trigger verb names this act when its object is an act ("l'abrogation est reportée").
ACT_THEME = V.VG.actTheme
#: On an event type: an act only a court does (lowering a penalty on appeal).
COURT_ACT = V.VG.courtAct
COURT_OUTCOME = V.VG.courtOutcome
#: On an event type: its one-word trigger verbs name the act only with a text as object ("propose un règlement").
TEXT_OBJECT = V.VG.textObject
#: On an event type: a noun naming money a court orders paid to a party ("dommages et intérêts", "costs").
COMPENSATION_NOUN = V.VG.compensationNoun
#: On an event type: a trigger noun whose "de" complement names the body the act is addressed to ("la saisine du
#: Conseil constitutionnel"), not its author.
ADDRESSEE_NOUN = V.VG.addresseeNoun


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger word or phrase of an event type."""

    code: str  # event-type code
    top: str  # base code it rolls up to
    lemma: str  # first word's lemma (folded)
    rest: tuple[str, ...]  # following words (folded), e.g. ("en", "vigueur")
    pos: str  # "verb" | "noun"
    lang: str
    reflexive: bool = False  # "s'appliquer"
    #: said only negated, the negation part of the phrase ("ne pas faire droit": a rejection); the act is then
    #: the negated verb, and the verb without negation is no act of this type
    negative: bool = False


@dataclass
class Lexicon:
    """Triggers by first lemma, surface forms for the cheap pass, cues by modality."""

    triggers: dict[str, dict[str, list[Trigger]]] = field(default_factory=dict)  # lang -> lemma -> triggers
    forms: dict[str, set[str]] = field(default_factory=dict)  # lang -> folded surface forms
    cues: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> folded lemma -> modality
    form_lemma: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> folded form -> folded lemma
    #: codes of acts that happen to a text (``vg:textTheme``, inherited by narrower concepts): the text is
    #: their theme, no agent needed
    theme_codes: set[str] = field(default_factory=set)
    #: codes of referrals (``vg:referral``): the body referred to is the addressee, the text the object
    referral_codes: set[str] = field(default_factory=set)
    #: codes of acts taken for a stated ground (``vg:takesGround``, inherited by narrower concepts)
    ground_codes: set[str] = field(default_factory=set)
    #: codes of acts that require something of their party (``vg:takesRequirement``, inherited)
    requirement_codes: set[str] = field(default_factory=set)
    #: codes of acts whose governed amount is theirs (``vg:takesAmount``, inherited by narrower concepts)
    amount_codes: set[str] = field(default_factory=set)
    #: codes of the catch-all type(s) (``vg:catchAll``): a specific act beats them
    catch_all_codes: set[str] = field(default_factory=set)
    #: codes of a court's statements of the law (``vg:statesTheLaw``, inherited): an act only when the court does
    #: no other act in the clipping
    ruling_codes: set[str] = field(default_factory=set)
    #: codes of acts that last (``vg:durative``, inherited by narrower concepts): days listed on one trigger
    #: are the act's duration
    durative_codes: set[str] = field(default_factory=set)
    #: codes of the acts a grant of time makes (``vg:deadlineAct``, not inherited)
    deadline_codes: set[str] = field(default_factory=set)
    #: lang -> one verb trigger of each ``vg:deadlineAct`` concept, which stands for it when a grant of time
    #: makes the act (its own words are not in the text): the first single-word verb trigger by lemma
    deadline_acts: dict[str, list[Trigger]] = field(default_factory=dict)
    #: lang -> normalised nouns that name a part or a quantity of a text (``vg:partNoun``: "essentiel")
    part_nouns: dict[str, set[str]] = field(default_factory=dict)
    #: lang -> folded generic nouns for a text named before (``vg:anaphoricNoun`` on vg:Instrument: "texte"),
    #: singular and plural
    text_anaphors: dict[str, set[str]] = field(default_factory=dict)
    #: lang -> folded generic nouns for an act told before (``vg:anaphoricNoun`` on vg:Event: "mesure"), singular
    #: and plural; with the act nouns of the event types they take up the act ("La mesure, publiée le 6 mars, …")
    act_anaphors: dict[str, set[str]] = field(default_factory=dict)
    #: lang -> folded generic nouns for the company named before (``vg:anaphoricNoun`` on vg:Company:
    #: "la plateforme"), singular and plural
    party_anaphors: dict[str, set[str]] = field(default_factory=dict)
    #: lang -> folded nouns for the members of the court named before (``vg:anaphoricNoun`` on vg:Court: "juges"),
    #: singular and plural
    court_anaphors: dict[str, set[str]] = field(default_factory=dict)
    #: lang -> folded noun -> (kind, name template with "{place}"): a definite noun alone that names the body of
    #: that kind for the place the sentence names (``vg:placeNoun`` and ``vg:placeName`` on an actor class:
    #: "municipalité" -> ("local_authority", "commune de {place}"))
    place_bodies: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    #: (code, kind of the text) -> IRI of the body that does the act when the clipping names none (the code is a base
    #: code, or a narrower one when only that act is meant: promulgation)
    #: (``vg:implicitAgentOf`` + ``vg:implicitAgentFor`` on a reference actor)
    implicit_agents: dict[tuple[str, str], str] = field(default_factory=dict)
    #: (base code, lang) -> [(normalised head noun, IRI of the body)]: the same, for texts opening with a head noun
    #: (``vg:implicitAgentOf`` + ``vg:implicitAgentForHead``: "décret" -> the Government)
    implicit_heads: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    #: ``{lang: [(head noun, actor IRI)]}``: the bills an actor is the author of, tabled by it when no one is named
    #: (``vg:tablesHead``: "projet de loi" -> the Government)
    tabling_heads: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: (lang, folded lemma, code) -> the folded nouns it needs as object (``vg:actNounVerb``): the first word of
    #: each of the act's trigger nouns ("procédure formelle"), its ``vg:objectNoun`` ("case") and the nouns listed
    #: after that verb ("ouvrir une enquête")
    act_noun_verbs: dict[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)
    #: (lang, folded lemma, code) of the trigger verbs said only with a text as subject (``vg:themeVerb``)
    theme_verbs: set[tuple[str, str, str]] = field(default_factory=set)
    #: codes of the acts of adopting a decision addressed to a party (``vg:recordAct``)
    record_codes: set[str] = field(default_factory=set)
    #: code of an accessory of a decision -> the base codes of the decisions it belongs to (``vg:accessory``, not
    #: inherited): beside such an act of the same body it is part of it
    accessories: dict[str, frozenset[str]] = field(default_factory=dict)
    #: codes of the acts only a court does (``vg:courtAct``, not inherited)
    court_codes: set[str] = field(default_factory=set)
    #: codes of the outcomes a court gives a text (``vg:courtOutcome``, inherited): agentless, the court's
    court_outcome_codes: set[str] = field(default_factory=set)
    #: codes whose one-word trigger verbs name the act only with a text as object (``vg:textObject``, not inherited)
    text_object_codes: set[str] = field(default_factory=set)
    #: codes whose shared trigger verbs name them when the object is an act (``vg:actTheme``, not inherited)
    act_theme_codes: set[str] = field(default_factory=set)
    #: lang -> (folded words of a noun naming money a court orders paid to a party, code of the act)
    #: (``vg:compensationNoun``: "dommages et interets" -> "reparation")
    compensation: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    #: lang -> folded trigger nouns whose "de" complement is the body addressed (``vg:addresseeNoun``)
    addressee_nouns: dict[str, set[str]] = field(default_factory=dict)
    #: every code's base code (``skos:broader`` up to a top concept)
    tops: dict[str, str] = field(default_factory=dict)
    #: (the numbers a court gives its cases, IRI of the court) (``vg:caseNumberPattern``: "C-634/21"), by IRI
    case_numbers: list[tuple[re.Pattern[str], str]] = field(default_factory=list)


def _split(phrase: str) -> tuple[bool, list[str]]:
    words = normalise(phrase.replace("'", "' ")).split()
    reflexive = False
    low = fold(phrase).strip()
    if low.startswith(("se ", "s'")):
        reflexive = True
        words = normalise(low[3:] if low.startswith("se ") else low[2:]).split()
    return reflexive, words


def _doubles(lemma: str) -> bool:
    """A lemma ending consonant-vowel-consonant, whose last letter may double ("scrap", "scrapped")."""
    return len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou"


def _en_forms(lemma: str) -> set[str]:
    """Regular English inflections of a verb lemma (irregular ones are listed in lang/en.py)."""
    from .lang import en

    out = {lemma, lemma + "s", lemma + "ed", lemma + "ing"}
    if _doubles(lemma) and len(re.findall(r"[aeiou]+", lemma)) == 1:
        out -= {lemma + "ed", lemma + "ing"}  # "scrap" gives "scrapped"; "scraped" is "scrape"
    if lemma.endswith("e"):
        out |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        out.add(lemma + "es")
    if _doubles(lemma):
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    out |= set(en.IRREGULAR.get(lemma, ()))
    return out


def _fr_verb_forms(lemma: str, exc: dict[str, Any] | None) -> set[str]:
    out = {lemma}
    if exc:
        out |= {fold(f) for f in exc.get(lemma, ())}
    stem = lemma[:-2] if lemma.endswith(("er", "ir", "re")) else lemma
    for suf in ("é", "ée", "és", "ées", "e", "es", "ent", "ait", "aient", "a", "ant", "era", "eront", "erait",
                "i", "ie", "is", "it", "issent", "u", "ue", "us", "ues"):
        out.add(fold(stem + suf))
    return out


def _noun_forms(word: str) -> set[str]:
    out = {word, word + "s", word + "x"}
    if word.endswith("al"):
        out.add(word[:-2] + "aux")
    return out


#: The words of a negation that opens a trigger phrase said only negated ("ne pas faire droit").
_NEGATIONS = frozenset({("ne", "pas"), ("n'", "pas"), ("do", "not")})


def build_lexicon(knowledge: Knowledge, inflections: dict[str, dict[str, Any]] | None = None) -> Lexicon:
    """Index the trigger words and cues of ``knowledge``.

    ``inflections`` maps a language to ``{lemma: [forms]}`` for verbs (from the
    spaCy model's lemmatizer tables); without it regular endings are used.
    """
    lex = Lexicon()
    by_lemma: dict[str, dict[str, list[Trigger]]] = defaultdict(lambda: defaultdict(list))
    forms: dict[str, set[str]] = defaultdict(set)
    form_lemma: dict[str, dict[str, str]] = defaultdict(dict)
    for code in sorted(knowledge.event_types):
        et = knowledge.event_types[code]
        for pos, labels in (("verb", et.verbs), ("noun", et.nouns)):
            for label in labels:
                lang = label.lang or "fr"
                reflexive, words = _split(label.text)
                negative = pos == "verb" and len(words) > 2 and tuple(words[:2]) in _NEGATIONS
                if negative:
                    words = words[2:]
                if not words:
                    continue
                trig = Trigger(code, et.top_code, words[0], tuple(words[1:]), pos, lang, reflexive, negative)
                by_lemma[lang][words[0]].append(trig)
                if pos == "verb":
                    if lang == "en":
                        fs = _en_forms(words[0])
                    else:
                        fs = _fr_verb_forms(words[0], (inflections or {}).get(lang))
                else:
                    fs = _noun_forms(words[0])
                for f in fs:
                    forms[lang].add(f)
                    form_lemma[lang].setdefault(f, words[0])
    lex.triggers = {k: dict(v) for k, v in by_lemma.items()}
    lex.forms = dict(forms)
    lex.form_lemma = dict(form_lemma)
    modality_of = {node.value: name for name, node in V.MODALITIES.items()}
    cues: dict[str, dict[str, str]] = defaultdict(dict)
    for q in knowledge.ontology:
        subj, lit = q.subject, q.object
        if q.predicate != V.CUE or not isinstance(subj, ox.NamedNode) or not isinstance(lit, ox.Literal):
            continue
        if subj.value in modality_of:
            key = normalise(lit.value, articles=False)
            if key:
                cues[lit.language or "fr"].setdefault(key, modality_of[subj.value])
    lex.cues = dict(cues)
    _roles(knowledge, lex)
    return lex


def record_act(trig: Trigger, lex: Lexicon) -> Trigger | None:
    """``trig`` as the act of adopting a decision addressed to a party (``vg:recordAct``), or None when the
    ontology has no such act."""
    code = min(lex.record_codes, default=None)
    return None if code is None else replace(trig, code=code, top=lex.tops.get(code, code))


def theme_only(trig: Trigger, lex: Lexicon) -> bool:
    """Whether the bare verb ``trig`` names its act only with a text as subject (``vg:themeVerb``)."""
    return trig.pos == "verb" and not trig.rest and (trig.lang, trig.lemma, trig.code) in lex.theme_verbs


def act_nouns_needed(trig: Trigger, lex: Lexicon) -> frozenset[str] | None:
    """The nouns a bare verb ``trig`` needs as its object to name its act (``vg:actNounVerb``), or None when it
    needs none."""
    if trig.pos != "verb" or trig.rest:
        return None
    return lex.act_noun_verbs.get((trig.lang, trig.lemma, trig.code))


def court_outcome(trig: Trigger, lex: Lexicon) -> bool:
    """Whether ``trig`` names an outcome a court gives a text (``vg:courtOutcome``)."""
    return _flagged(trig, lex.court_outcome_codes)


def _flagged(trig: Trigger, codes: set[str]) -> bool:
    """Whether ``trig``'s concept or its top concept carries the flag whose codes are ``codes``."""
    return trig.code in codes or trig.top in codes


def text_theme(trig: Trigger, lex: Lexicon) -> bool:
    """Whether the act of ``trig`` happens to a text (``vg:textTheme``)."""
    return _flagged(trig, lex.theme_codes)


def needs_text_object(trig: Trigger, lex: Lexicon) -> bool:
    """Whether ``trig`` is a one-word verb that names its act only with a text as object (``vg:textObject``)."""
    return trig.code in lex.text_object_codes and trig.pos == "verb" and not trig.rest


def is_referral(trig: Trigger, lex: Lexicon) -> bool:
    """Whether ``trig`` refers a text to a body (``vg:referral``)."""
    return _flagged(trig, lex.referral_codes)


def takes_ground(trig: Trigger, lex: Lexicon) -> bool:
    """Whether the act of ``trig`` may state its ground (``vg:takesGround``)."""
    return _flagged(trig, lex.ground_codes)


def takes_requirement(trig: Trigger, lex: Lexicon) -> bool:
    """Whether the act of ``trig`` may state what it requires of its party (``vg:takesRequirement``)."""
    return _flagged(trig, lex.requirement_codes)


def takes_amount(trig: Trigger, lex: Lexicon) -> bool:
    """Whether an amount ``trig`` governs is its act's amount (``vg:takesAmount``)."""
    return _flagged(trig, lex.amount_codes)


def is_catch_all(trig: Trigger, lex: Lexicon) -> bool:
    """Whether ``trig`` rolls up to the catch-all type (``vg:catchAll``): any specific type beats it."""
    return _flagged(trig, lex.catch_all_codes)


def states_the_law(trig: Trigger, lex: Lexicon) -> bool:
    """Whether ``trig`` is a court's statement of the law (``vg:statesTheLaw``)."""
    return _flagged(trig, lex.ruling_codes)


def accessory_of(code: str, lex: Lexicon) -> frozenset[str]:
    """The base codes of the decisions an act of ``code`` is an accessory of (``vg:accessory``; empty when none)."""
    return lex.accessories.get(code, frozenset())


def is_durative(trig: Trigger, lex: Lexicon) -> bool:
    """Whether the act of ``trig`` lasts (``vg:durative``)."""
    return _flagged(trig, lex.durative_codes)


def _roles(knowledge: Knowledge, lex: Lexicon) -> None:
    """Text themes, referrals, grounds, requirements, deadline acts, record acts, verbs that need an act noun or a
    text as subject, and implicit agents, from ``vg:textTheme``, ``vg:referral``, ``vg:takesGround``,
    ``vg:takesRequirement``, ``vg:deadlineAct``, ``vg:recordAct``, ``vg:actNounVerb`` (with ``vg:objectNoun``),
    ``vg:themeVerb``, ``vg:implicitAgentOf``/``vg:implicitAgentFor``, the anaphoric nouns (``vg:anaphoricNoun``) and
    the bodies of a place (``vg:placeNoun`` with ``vg:placeName``)."""
    from ..link import _KIND_CLASSES

    code_of = {et.iri: code for code, et in knowledge.event_types.items()}
    top_of = {code: et.top_code for code, et in knowledge.event_types.items()}
    lex.tops = dict(top_of)
    flagged = {TEXT_THEME: lex.theme_codes, REFERRAL: lex.referral_codes, TAKES_GROUND: lex.ground_codes,
               TAKES_REQUIREMENT: lex.requirement_codes,
               DEADLINE_ACT: lex.deadline_codes, DURATIVE: lex.durative_codes,
               TAKES_AMOUNT: lex.amount_codes, CATCH_ALL: lex.catch_all_codes, STATES_THE_LAW: lex.ruling_codes,
               RECORD_ACT: lex.record_codes, COURT_ACT: lex.court_codes, COURT_OUTCOME: lex.court_outcome_codes,
               ACT_THEME: lex.act_theme_codes,
               TEXT_OBJECT: lex.text_object_codes}
    for q in knowledge.ontology:
        codes = flagged.get(q.predicate)
        if codes is not None and isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal) \
                and q.object.value in ("true", "1"):
            code = code_of.get(q.subject.value) or q.subject.value.rsplit("/", 1)[-1]
            if code in top_of:
                codes.add(code)
        elif q.predicate in (ACT_NOUN_VERB, THEME_VERB) and isinstance(q.subject, ox.NamedNode) \
                and isinstance(q.object, ox.Literal):
            code = code_of.get(q.subject.value) or q.subject.value.rsplit("/", 1)[-1]
            lang = q.object.language or "fr"
            _, words = _split(q.object.value)
            if code not in top_of or not words:
                continue
            if q.predicate == THEME_VERB:
                lex.theme_verbs.add((lang, words[0], code))
                continue
            nouns = {tr.lemma for trs in lex.triggers.get(lang, {}).values() for tr in trs
                     if tr.code == code and tr.pos == "noun"}
            nouns |= {tr.rest[-1] for tr in lex.triggers.get(lang, {}).get(words[0], ())
                      if tr.code == code and tr.pos == "verb" and tr.rest}
            nouns |= {w for o in knowledge.ontology if o.subject == q.subject and o.predicate == OBJECT_NOUN
                      and isinstance(o.object, ox.Literal) and (o.object.language or "fr") == lang
                      for w in _split(o.object.value)[1][:1]}
            lex.act_noun_verbs[(lang, words[0], code)] = frozenset(nouns)
        elif q.predicate == ACCESSORY and isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
            code = code_of.get(q.subject.value) or q.subject.value.rsplit("/", 1)[-1]
            whole = code_of.get(q.object.value) or q.object.value.rsplit("/", 1)[-1]
            if code in top_of and whole in top_of:
                lex.accessories[code] = lex.accessories.get(code, frozenset()) | {whole}
        elif q.predicate == COMPENSATION_NOUN and isinstance(q.subject, ox.NamedNode) \
                and isinstance(q.object, ox.Literal):
            code = code_of.get(q.subject.value) or q.subject.value.rsplit("/", 1)[-1]
            phrase = tuple(fold(w) for w in re.findall(r"\w+", q.object.value))
            if code in top_of and phrase:
                lex.compensation.setdefault(q.object.language or "fr", []).append((phrase, code))
        elif q.predicate == ADDRESSEE_NOUN and isinstance(q.object, ox.Literal):
            lex.addressee_nouns.setdefault(q.object.language or "fr", set()).add(fold(q.object.value))
        elif q.predicate == PART_NOUN and isinstance(q.object, ox.Literal):
            lex.part_nouns.setdefault(q.object.language or "fr", set()).add(normalise(q.object.value))
        elif q.predicate == ANAPHORIC_NOUN and isinstance(q.object, ox.Literal):
            noun = fold(q.object.value)
            target = lex.act_anaphors if q.subject == V.EVENT else (
                lex.party_anaphors if q.subject == V.VG.Company else
                lex.court_anaphors if q.subject == V.VG.Court else lex.text_anaphors)
            target.setdefault(q.object.language or "fr", set()).update({noun, noun + "s"})
        elif q.predicate == PLACE_NOUN and isinstance(q.object, ox.Literal) and isinstance(q.subject, ox.NamedNode) \
                and q.subject.value in _KIND_CLASSES:
            lang = q.object.language or "fr"
            template = next((o.object.value for o in knowledge.ontology if o.subject == q.subject
                             and o.predicate == PLACE_NAME and isinstance(o.object, ox.Literal)
                             and (o.object.language or "fr") == lang and "{place}" in o.object.value), None)
            if template is not None:
                lex.place_bodies.setdefault(lang, {})[fold(q.object.value)] = (_KIND_CLASSES[q.subject.value][1],
                                                                                template)
    for listed in lex.compensation.values():
        listed.sort()
    for lang, by_lemma in lex.triggers.items():
        for code in sorted(lex.deadline_codes):
            verbs = sorted((tr for trs in by_lemma.values() for tr in trs
                            if tr.code == code and tr.pos == "verb" and not tr.rest and not tr.reflexive),
                           key=lambda tr: tr.lemma)
            if verbs:
                lex.deadline_acts.setdefault(lang, []).append(verbs[0])
    acts: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, list[str]] = defaultdict(list)
    heads: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for q in knowledge.reference:
        if q.predicate == CASE_NUMBER_PATTERN and isinstance(q.subject, ox.NamedNode) \
                and isinstance(q.object, ox.Literal):
            try:  # the pattern alone first: a broken one could compile once wrapped ("E-[0-9" + ")(?!…]")
                re.compile(q.object.value)
                lex.case_numbers.append((re.compile(rf"(?<![\w/-])(?:{q.object.value})(?![\w/-])"), q.subject.value))
            except re.error as exc:
                raise KnowledgeError(f"{q.subject.value}: vg:caseNumberPattern {q.object.value!r} is no regular "
                                     f"expression ({exc}); write one in Python syntax", code="VG213") from exc
        if q.predicate == IMPLICIT_AGENT_FOR_HEAD and isinstance(q.subject, ox.NamedNode) \
                and isinstance(q.object, ox.Literal) and normalise(q.object.value):
            heads[q.subject.value].append((normalise(q.object.value), q.object.language or "fr"))
        if q.predicate == TABLES_HEAD and isinstance(q.subject, ox.NamedNode) \
                and isinstance(q.object, ox.Literal) and normalise(q.object.value):
            lex.tabling_heads.setdefault(q.object.language or "fr", []).append(
                (normalise(q.object.value), q.subject.value))
        if not isinstance(q.subject, ox.NamedNode) or not isinstance(q.object, ox.NamedNode):
            continue
        if q.predicate == IMPLICIT_AGENT_OF:
            code = code_of.get(q.object.value) or q.object.value.rsplit("/", 1)[-1]
            if code in top_of:
                acts[q.subject.value].append(code)  # a base code, or a narrower one (promulgation)
        elif q.predicate == IMPLICIT_AGENT_FOR and q.object.value in _KIND_CLASSES:
            kinds[q.subject.value].append(_KIND_CLASSES[q.object.value][1])
    lex.case_numbers.sort(key=lambda c: (c[1], c[0].pattern))
    for listed_heads in lex.tabling_heads.values():
        listed_heads.sort()
    for actor in sorted(acts):
        for top in acts[actor]:
            for kind in kinds.get(actor, []):
                lex.implicit_agents.setdefault((top, kind), actor)
            for head, lang in sorted(heads.get(actor, [])):
                lex.implicit_heads.setdefault((top, lang), []).append((head, actor))


def verb_inflections(nlp: Any) -> dict[str, list[str]]:
    """``{lemma: [forms]}`` for verbs, inverted from the model's ``lemma_exc`` table (empty if absent)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        verbs = table["verb"]
    except (KeyError, ValueError, AttributeError):
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    for form, lemmas in verbs.items():
        for lemma in lemmas:
            out[fold(lemma)].append(form)
    return dict(out)
