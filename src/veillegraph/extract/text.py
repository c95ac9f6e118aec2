"""Cheap text passes: language guess, sentence spans, gazetteer of known names.

None of this parses: it runs on every clipping, and decides which sentences are
worth handing to the statistical parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.matcher import PhraseMatcher

from ..knowledge import Knowledge
from ..link import fold, label_words
from .lang import LANGS


@dataclass(frozen=True, slots=True)
class Mention:
    """A known entity named in the text (a label or alias of a reference entity)."""

    start: int
    end: int
    text: str
    iri: str | None  # None: an unknown body recognised by its head noun ("tribunal administratif de Rouen")
    category: str
    kind: str


# Labels of every language are matched in every text: the words below are those of all languages.
#: Definite articles dropped from the start of a label ("la formation restreinte" also in "sa formation restreinte").
_DEFINITE_ARTICLES = frozenset(w for mod in LANGS.values() for w in mod.DEFINITE_ARTICLES)
#: Determiners that can open a name ("Un groupe de travail…", "Cette autorité…"): never a short form.
_DETERMINERS = frozenset(w for mod in LANGS.values() for w in mod.ARTICLES)
#: After a short form: a capital, or a particle and a capital ("Conseil d'État"), names another body.
_OTHER_NAME = "|".join(["[A-Z]"] + [re.escape(w) + ("" if w[-1] in "'’" else r"\s+") + "[A-Z]"
                                    for w in sorted({w for mod in LANGS.values() for w in mod.NAME_PARTICLES})])
_WORD = re.compile(r"\w+(?:['’]\w+)?")
#: Words linking a name to another one ("tribunal de Paris", "Court of Justice"): such a name is headed by its
#: first word only.
_LINK_WORDS = frozenset(w for mod in LANGS.values() for link in mod.NAME_LINKS for w in link.replace("'", " ").split())


#: Languages whose names end with their head noun ("Federal Trade Commission"): capitalised words before a known
#: label may make a longer name (``Gazetteer._inside_longer_name``).
_HEAD_LAST_LANGS = frozenset(code for code, mod in LANGS.items() if getattr(mod, "HEAD_LAST", False))
#: Languages that write a body's one-word name with a capital and the same word as a common noun in small letters
#: ("la Commission" / "la commission des lois"); English anaphors in small letters ("the board") keep their body.
_CAPITALISED_NAME_LANGS = frozenset(code for code, mod in LANGS.items() if getattr(mod, "CAPITALISED_NAMES", False))
#: A capitalised word, possessive or not, right before a position (one run of spaces between).
_QUALIFIER = re.compile(r"(?<![\w'’-])([A-Z][\w]*(?:['’]s)?)[ \t]+$")
_POSSESSIVE = re.compile(r"['’]s$")
#: At most so many capitalised words read before a label.
_MAX_QUALIFIERS = 5
#: Words that open a sentence or a phrase and are no part of a name: articles, function words, dates, adverbs.
_FUNCTION_WORDS = frozenset(
    w for mod in LANGS.values()
    for group in ("ARTICLES", "STOPWORDS", "MONTHS", "WEEKDAYS", "ADVERBS", "PARENTHETICALS", "LAST", "NEXT",
                  "RELATIVE_DAYS", "PREPOSITIONS", "CLAUSE_STARTS", "SUBJECT_PRONOUNS")
    for w in getattr(mod, group, ()))

#: How far after a body's head noun its name is looked for again with capitals kept (characters).
#: An elided French link word at the start of a word ("d'Orléans"; not an article: "l'Association" may start a
#: longer name, left to the parse).
_ELIDED = re.compile(r"^d['’]", re.I)
_BODY_WINDOW = 160


def _first_word(label: str) -> str:
    words = fold(label).replace("'", " ").replace("’", " ").split()
    while len(words) > 1 and words[0] in _DEFINITE_ARTICLES | {"l"}:
        words = words[1:]
    return words[0] if words else ""


def guess_lang(text: str, declared: str | None) -> str:
    """The clipping's language: the declared one when it is known here, else by function words."""
    if declared:
        code = declared.lower()[:2]
        if code in LANGS:
            return code
    words = [w.lower() for w in _WORD.findall(text[:4000])]
    scores = {code: sum(w in mod.STOPWORDS for w in words) for code, mod in LANGS.items()}
    best = max(sorted(scores), key=lambda c: scores[c])
    return best if scores[best] > 0 else "fr"


#: A wire dispatch's dateline before its first sentence: a place in capitals, a date, the agency in brackets and a
#: dash ("PARIS, 1er décembre (AFP) –", "ZAGREB, Nov 24 (Reuters) -", "BRUXELLES (AFP) —"). Its place names no actor
#: ("LUXEMBOURG" is not the Court, "BRUXELLES" not the Commission); its date is the dispatch's, the day of the news.
#: Without the agency, the date is needed ("ROME, Dec 21 - "); a place written in lower case needs a full date,
#: day, month and year, and a dash ("Bruxelles, 8 mai 2025 – ").
_DATELINE = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{2,40}(?:(?:,\s*(?P<date>[^()\n–—]{1,30}?))?\s*"
                       r"\([A-Z][\w.&]*(?:[ /-][A-Z][\w.&]*){0,3}\)\s*[–—-]+\s*"
                       r"|,\s*(?P<bare>[A-Z][a-z]{2,4}\.? \d{1,2})\s+[–—-]+\s+)"
                       r"|\s*[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{2,30},"
                       r"\s*(?P<full>\d{1,2}(?:er)? [a-zà-û]{3,9}\.? \d{4})\s+[–—]\s+")


#: A press dateline told as a sentence of its own: a place, a comma, a weekday (and maybe its date), a full stop
#: ("Rome, vendredi. Le Garante a infligé …", "Brussels, Tuesday. The Commission …"); the weekday dates the news.
#: (Not after an article: "La CNIL, lundi." names a body; every language's articles, from its data.)
_WEEKDAYS = sorted({d for mod in LANGS.values() for d in getattr(mod, "WEEKDAYS", {})}, key=len, reverse=True)
_DAY_DATELINE = re.compile(
    r"\s*(?!(?i:" + "|".join(re.escape(d) for d in sorted({d.rstrip("'’") for d in _DETERMINERS}, key=len,
                                                         reverse=True)) + r")(?:\b|['’]))"
    r"[A-ZÀ-ÖØ-Þ][\wà-öø-ÿ'’-]{1,30}(?:[ -][A-ZÀ-ÖØ-Þ][\wà-öø-ÿ'’-]+){0,2},\s*"
    r"(?P<day>(?i:" + "|".join(re.escape(d) for d in _WEEKDAYS) + r")(?:\s+\d{1,2}(?:er)?\s+[a-zà-û]{3,9})?)"
    r"\s*\.\s+(?=[«\"“]?[A-ZÀ-ÖØ-Þ])") if _WEEKDAYS else None


def dateline(text: str) -> tuple[int, tuple[int, int] | None]:
    """The end of ``text``'s dateline (0 when it has none) and where its date is (None when it gives none)."""
    m = _DATELINE.match(text)
    if not m:
        day = _DAY_DATELINE.match(text) if _DAY_DATELINE is not None else None
        return (day.end(), day.span("day")) if day else (0, None)
    group = "date" if m.group("date") else "bare" if m.group("bare") else "full" if m.group("full") else None
    return m.end(), (m.span(group) if group else None)


def without_dateline(text: str) -> str:
    """``text`` with its dateline's place, agency and dash blanked out and its date kept (a date the text gives:
    the day of an act the dispatch does not date otherwise); every character stays at its offset, so evidence
    offsets hold."""
    end, date = dateline(text)
    if not end:
        return text
    if date is None:
        return " " * end + text[end:]
    return " " * date[0] + text[date[0]:date[1]] + "," + " " * (end - date[1] - 1) + text[end:]


_END = re.compile(r"[.!?…]+[»\"”)]?(?=\s+[«\"“(]?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n")


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of ``text``; a full stop after an abbreviation or an initial does not end one."""
    L = LANGS.get(lang, LANGS["fr"])
    abbrev = L.ABBREVIATIONS
    # after a single capital, a pronoun or a demonstrative, which starts no name, ends the sentence: "a
    # sanctionné X. Elle …" (the network X); not "J. Dupont", nor "M. Le Maire" (an article may start a name)
    openers: frozenset[str] = getattr(L, "INITIAL_ENDERS", frozenset())
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        last = re.search(r"(\w+)$", before)
        # (a single digit is no initial: "a censuré l'article 2. La décision …")
        if last and m.group().startswith(".") and ((len(last.group(1)) == 1 and last.group(1).isalpha())
                                                   or last.group(1).lower() in abbrev):
            after = re.match(r"\s+[«\"“(]?(\w+)", text[m.end():])
            if not (len(last.group(1)) == 1 and last.group(1).isupper() and after is not None
                    and after.group(1).lower() in openers):
                continue
        end = m.end()
        if text[start:end].strip():
            spans.append(_strip(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Gazetteer:
    """PhraseMatcher over the folded labels and aliases of the reference entities."""

    def __init__(self, knowledge: Knowledge, tokenizer_nlp: Any, lang: str = "fr") -> None:
        from ..link import head_nouns

        self._nlp = tokenizer_nlp
        self._lang = lang
        heads = [h for h in head_nouns(knowledge) if h.category == "actor" and h.lang in ("", lang)]
        # a key is normalised (punctuation as spaces): "cour administrative d appel" stands for "… d'appel"
        alts = "|".join(re.escape(h.key).replace(r"\ ", r"[\s']") for h in heads)
        self._kinds = {h.key: h.kind for h in heads}
        # an unknown body: an actor head noun, lower-case modifiers, then "de"/"of" and a proper name (the words
        # of the name, any case here under re.I, include its links: "Conseil d'État"; its first letter is checked
        # upper-case in the text afterwards)
        L = LANGS.get(lang, LANGS["fr"])
        links = [w for code in L.QUOTED_NAME_LANGS for w in LANGS[code].NAME_LINKS] + list(L.NAME_LINKS)
        link = "(?:" + "|".join(re.escape(w) for w in links) + ")"
        self._body = re.compile(
            rf"(?<![\w'])(?P<head>{alts})(?:s|x)?(?P<mods>(?:\s+[a-z][\w-]*){{0,2}}?)\s*{link}\s*"
            rf"(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|-)\s*)*[A-Z]?[\w'-]*)", re.I) if alts else None
        # the same with the name's first letter an upper-case one, for a text folded with its capitals kept: tried
        # again where the first reading's name starts with a small letter ("cour administrative d'appel de Nancy"
        # first read as "cour … d'" + "appel …")
        self._body_cased = re.compile(
            rf"(?i:(?P<head>{alts})(?:s|x)?(?P<mods>(?:\s+[a-z][\w-]*){{0,2}}?)\s*{link}\s*)"
            rf"(?P<name>[A-Z](?i:[\w'-]*(?:\s+(?:[A-Z][\w'-]*|-)\s*)*[A-Z]?[\w'-]*))") if alts else None
        # "au Journal officiel de l'Union européenne": the body that names a gazette publishes nothing there
        gazettes = getattr(L, "GAZETTES", ())
        self._gazette = re.compile(
            r"(?:" + "|".join(re.escape(g) for g in gazettes) + r")\s*(?:" + "|".join(
                re.escape(w) for w in L.NAME_LINKS) + r")\s*$", re.I) if gazettes else None
        self._matcher = PhraseMatcher(tokenizer_nlp.vocab, attr="NORM")
        self._entities: dict[str, tuple[str, str]] = {}
        # the first word of each label of an entity, folded, article dropped ("commission" for the European
        # Commission): "la Commission de Bruxelles" is that body, "le tribunal de Bruxelles" another one
        self._label_heads: dict[str, frozenset[str]] = {}
        # every word of an actor's labels (``link.label_words``)
        self._label_words: dict[str, frozenset[str]] = {}
        keys: dict[str, list[Any]] = {}
        # a name with its country in brackets ("National Commission for Data Protection (Luxembourg)") is also
        # written without them, when no other entity is named so and the name is one by its capitals (not
        # "Autorité de protection des données (Belgique)": without the country, any country's authority)
        bare: dict[str, set[str]] = {}
        for ent in knowledge.entities.values():
            for label in ent.labels:
                if label.text.endswith(")") and " (" in label.text:
                    bare.setdefault(fold(label.text[:label.text.rindex(" (")]).strip(), set()).add(ent.iri)
        taken = {fold(label.text).strip(): ent.iri for ent in knowledge.entities.values() for label in ent.labels}
        # one-word names written with a capital only ("la Commission", "la Cour"): in French, the same word in
        # small letters is a common noun ("la commission d'enquête", "la cour d'appel")
        self._capital_only: dict[str, frozenset[str]] = {}
        for ent in knowledge.entities.values():
            ones = [w[-1] for w in (label.text.split() for label in ent.labels)
                    if w and (len(w) == 1 or (len(w) == 2 and fold(w[0]) in _DEFINITE_ARTICLES))]
            self._capital_only[ent.iri] = frozenset(
                fold(h) for h in ones if h[:1].isupper() and not any(fold(o) == fold(h) and o[:1].islower()
                                                                    for o in ones))
        for ent in knowledge.entities.values():
            self._entities[ent.iri] = (ent.category, ent.kind)
            self._label_heads[ent.iri] = frozenset(_first_word(label.text) for label in ent.labels)
            if ent.category == "actor":
                self._label_words[ent.iri] = label_words(ent)
            seen: set[str] = set()
            for label in ent.labels:
                variants = [label.text]
                if label.text.endswith(")") and " (" in label.text:
                    plain = label.text[:label.text.rindex(" (")].strip()
                    key = fold(plain).strip()
                    if bare.get(key) == {ent.iri} and taken.get(key, ent.iri) == ent.iri \
                            and sum(w[:1].isupper() for w in plain.split()) >= 2:
                        variants.append(plain)
                # "la formation restreinte" also matches "sa formation restreinte": drop a leading article
                words = label.text.split(" ", 1)
                if len(words) == 2 and fold(words[0]) in _DEFINITE_ARTICLES and " " in words[1].strip():
                    variants.append(words[1])
                # "Marseille administrative court" also reads "Marseille's administrative court": an English name
                # that a place word opens, the rest in small letters, takes the place as a possessive
                if label.lang == "en" and len(words) == 2 and words[0][:1].isupper() and words[0].isalpha() \
                        and not words[0].isupper() and words[1][:1].islower() and " " in words[1].strip():
                    variants.append(f"{words[0]}'s {words[1]}")
                for variant in variants:
                    folded = fold(variant).strip()
                    if not folded or folded in seen:
                        continue
                    seen.add(folded)
                    keys.setdefault(ent.iri, []).append(self._folded_doc(variant))
        for iri in sorted(keys):
            self._matcher.add(iri, keys[iri])

    def _folded_doc(self, text: str) -> Any:
        doc = self._nlp.make_doc(text)
        for tok in doc:
            tok.norm_ = fold(tok.text)
        return doc

    def find(self, text: str) -> list[Mention]:
        """Known names in ``text``: longest match wins, then leftmost; offsets into ``text``."""
        doc = self._folded_doc(text)
        raw = []
        for match_id, s, e in self._matcher(doc):
            iri = self._nlp.vocab.strings[match_id]
            span = doc[s:e]
            # an acronym written in lower case inside a word-like token is not a mention ("cnil" ok, "ue" in "ue")
            if len(span.text) <= 3 and not span.text.isupper():
                continue
            if self._lang in _CAPITALISED_NAME_LANGS and span[-1].text[:1].islower() \
                    and span[-1].norm_ in self._capital_only.get(iri, ()) \
                    and (len(span) == 1 or (len(span) == 2 and span[0].norm_ in _DEFINITE_ARTICLES)):
                continue  # "la commission d'enquête": a common noun, not "la Commission"
            raw.append((span.start_char, span.end_char, iri))
        raw.sort(key=lambda r: (-(r[1] - r[0]), r[0], r[2]))
        out: list[Mention] = []
        for s, e, iri in raw:
            if any(not (e <= m.start or s >= m.end) for m in out):
                continue
            cat, kind = self._entities[iri]
            out.append(Mention(s, e, text[s:e], iri, cat, kind))
        if self._gazette is not None:
            out = [m for m in out if m.category != "actor" or not self._gazette.search(text, max(0, m.start - 40),
                                                                                       m.start)]
        if self._lang in _HEAD_LAST_LANGS:
            out = [self._inside_longer_name(text, m, out) for m in out]
        bodies = self._unknown_bodies(text, out)
        if bodies:
            out = [m for m in out if not any(b.start <= m.start and m.end <= b.end for b in bodies)]
            out.extend(bodies)
        out.extend(self._short_forms(text, out))
        return self._bare_heads(sorted(out, key=lambda m: m.start))

    def _inside_longer_name(self, text: str, m: Mention, known: list[Mention]) -> Mention:
        """A known actor's name read as the end of a longer name that the reference data does not hold.

        In a language whose names end with their head noun, capitalised words right before a label make another
        body's name: "the US Federal Communications Commission" is not the European Commission, "South Korea's
        Personal Information Protection Commission" neither, "the Hamburg data protection commissioner" is not
        Ireland's. Words the actor's own labels use ("Irish", "Ireland's", "EU") qualify it and keep it; so does
        a single capitalised word opening a sentence ("Yesterday Brussels fined …"). The longer name is an
        unknown body, named from its first capitalised word, or from after a possessive when a capital follows
        it ("Personal Information Protection Commission").
        """
        if m.iri is None or m.category != "actor":
            return m
        quals: list[tuple[int, str]] = []  # (start, word), last first
        pos = m.start
        while len(quals) < _MAX_QUALIFIERS:
            found = _QUALIFIER.search(text, max(0, pos - 40), pos)
            if found is None or found.end() != pos:
                break
            word = found.group(1)
            bare = _POSSESSIVE.sub("", fold(word))
            if bare in _FUNCTION_WORDS or any(k.start < pos and found.start(1) < k.end for k in known if k is not m):
                break
            quals.append((found.start(1), word))
            pos = found.start(1)
        if not quals:
            return m
        opening = not text[:pos].strip() or text[:pos].rstrip()[-1:] in ".!?:;\n\"«“"
        own = self._label_words.get(m.iri, frozenset())
        if all(_POSSESSIVE.sub("", fold(w)) in own for _, w in quals) or (opening and len(quals) == 1):
            return m
        quals.reverse()
        start = quals[0][0]
        owners = [n for n, (_, w) in enumerate(quals) if _POSSESSIVE.search(fold(w))]
        if owners:
            rest = quals[owners[-1] + 1:]
            after = rest[0][1] if rest else m.text
            if after[:1].isupper():
                start = rest[0][0] if rest else m.start
        last = fold(m.text).split()[-1] if m.text.split() else ""
        return Mention(start, m.end, text[start:m.end], None, "actor", self._kinds.get(last, m.kind))

    def _bare_heads(self, mentions: list[Mention]) -> list[Mention]:
        """A bare head noun ("the Council", "la Cour") refers back to a body named before with that head.

        "France's Constitutional Council struck down … The Council upheld …": "The Council" alone is an alias
        of the Council of the EU, but after a longer name headed by the same noun it takes that name up (the
        nearest one, unless its own reading is one of them). The
        head of a name is its first word, or its last one in a name without a link word ("Constitutional
        Council", not "tribunal administratif de Paris"); only words that are actor head nouns of the ontology
        qualify, so a bare city or country ("Bruxelles") keeps its own reading.
        """
        out: list[Mention] = []
        heads: list[tuple[str, Mention]] = []  # (head word, mention) of the longer names read so far
        for m in mentions:
            words = [w for w in _WORD.findall(fold(m.text)) if w not in _DEFINITE_ARTICLES]
            if m.iri is not None and len(words) == 1 and words[0] in self._kinds:
                same = [h for w, h in heads if w == words[0]]
                earlier = same[-1] if same else None
                # it keeps a body of that head already named ("le Conseil" after "le Conseil constitutionnel … par
                # le Conseil d'État": the short form's first body); it moves off a body not named before
                if earlier is not None and earlier.iri is not None and all(h.iri != m.iri for h in same):
                    m = Mention(m.start, m.end, m.text, earlier.iri, earlier.category, earlier.kind)
            elif m.iri is not None and m.category == "actor":
                names = [w for w in _WORD.findall(fold(m.text)) if w not in _DETERMINERS and not w.endswith("'s")]
                if len(names) >= 2:
                    heads.append((names[0], m))
                    if not any(w in _LINK_WORDS for w in names):
                        heads.append((names[-1], m))
            out.append(m)
        return out

    def _unknown_bodies(self, text: str, known: list[Mention]) -> list[Mention]:
        """Bodies named by an actor head noun and a proper name, not in the reference data."""
        if self._body is None:
            return []
        folded = fold(text)
        out: list[Mention] = []
        pos = 0
        while (found := self._body.search(folded, pos)) is not None:
            m = found
            base = 0
            if not text[found.start("name"):found.start("name") + 1].isupper():
                # read again from the same head, capitals kept, the name starting with one
                base = found.start()
                window = zip(text[base:base + _BODY_WINDOW], folded[base:base + _BODY_WINDOW], strict=True)
                cased = "".join(f.upper() if o.isupper() else f for o, f in window)
                again = self._body_cased.match(cased) if self._body_cased is not None else None
                if again is None:
                    # a body may start inside this one: "juge des référés du tribunal … de Nancy"
                    pos = found.start() + 1
                    continue
                m = again
            pos = base + m.end()
            name_start = base + m.start("name")
            s, e = base + m.start(), base + m.end()
            while e > s and not text[e - 1].isalnum():
                e -= 1
            # drop a trailing word caught by the name pattern that starts with no capital ("le 3 mars"; an elided
            # link word is not the word's start: "tribunal administratif d'Orléans" keeps its name)
            # never into the name's first word: "préfet de l'Hérault" keeps its name whose link took the article
            while " " in text[s:e] and not _ELIDED.sub("", text[s:e].rsplit(" ", 1)[1])[:1].isupper() \
                    and s + text[s:e].rindex(" ") > name_start:
                e = s + text[s:e].rindex(" ")
            head = m.group("head").lower().replace("'", " ")
            if any(not (e <= k.start or s >= k.end) and not self._seat(k, name_start, e, head) for k in known) \
                    or any(not (e <= k.start or s >= k.end) for k in out):
                continue
            kind = self._kinds.get(head)
            if kind:
                out.append(Mention(s, e, text[s:e], None, "actor", kind))
        return out

    def _seat(self, known: Mention, name_start: int, name_end: int, head: str) -> bool:
        """A known one-word name that is the whole name of a body of another kind: a place where the body sits.

        "le tribunal administratif de Strasbourg" is a court sitting in Strasbourg, not the European Parliament
        that "Strasbourg" stands for on its own; "la Commission de Bruxelles" is the Commission itself (one of
        its labels starts with the head noun).
        """
        return (known.start == name_start and known.end == name_end and " " not in known.text
                and known.iri is not None and fold(head.split()[0]) not in self._label_heads.get(known.iri, ()))

    def _short_forms(self, text: str, known: list[Mention]) -> list[Mention]:
        """"le Conseil" after "le Conseil constitutionnel": the head word of a named body refers back to it."""
        out: list[Mention] = []
        firsts: dict[str, Mention] = {}
        for m in sorted(known, key=lambda m: m.start):
            words = m.text.split()
            if m.iri and m.category == "actor" and len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha() \
                    and fold(words[0]) not in _DETERMINERS:
                firsts.setdefault(words[0], m)
        for word, first in firsts.items():
            for hit in re.finditer(rf"\b{re.escape(word)}\b(?!\s+(?:{_OTHER_NAME}))", text):
                s, e = hit.start(), hit.end()
                if s < first.end or any(not (e <= k.start or s >= k.end) for k in known + out):
                    continue
                before = re.search(r"([\w'’-]+)\s+$", text[max(0, s - 40):s])
                if before is not None and before.group(1)[:1].isupper() and fold(before.group(1)) not in _DETERMINERS:
                    continue  # "the Sofia City Court" after "the Court of Justice": the head of another name
                out.append(Mention(s, e, text[s:e], first.iri, first.category, first.kind))
        return out
