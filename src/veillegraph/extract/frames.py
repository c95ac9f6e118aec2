"""Language-independent pieces of an event before its attributes are resolved.

The French rules (``french.py``) and the English rules (``english.py``) both
produce ``Frame`` objects; ``core.py`` then resolves dates, amounts and
modality on them and turns them into ``model.ExtractedEvent``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..link import Linker
from ..model import EntityRef, Span
from .amounts import Amount
from .dates import DateMention
from .lang import LANGS
from .lexicon import Lexicon, Trigger
from .text import Mention

#: Definite articles of every language, dropped from the start of an unknown body's name ("le tribunal …").
_DEFINITE_ARTICLES = frozenset(w for mod in LANGS.values() for w in mod.DEFINITE_ARTICLES)
#: Words joining the members of a list, of every language (a list of names may be quoted from another language).
_LIST_LINKS = frozenset(w for mod in LANGS.values() for w in mod.LIST_LINKS)


@dataclass
class Frame:
    """One trigger with its participants, as found by the rules of one language."""

    trigger: Trigger
    trigger_span: Span
    evidence: Span
    agent: EntityRef | None = None
    object: EntityRef | None = None
    object_span: Span | None = None
    date: DateMention | None = None
    amounts: list[Amount] = field(default_factory=list)
    count: int | None = None
    modality: str = "realised"
    future: bool = False
    past: bool = False  # told in a compound past ("a rendu"): a forward marker ("dès le 4 juillet") looks back
    #: told in the simple present of an act that happens to a text ("entre en vigueur le 1er mars"): a schedule as
    #: much as a report, so a day without year is the one nearest the publication date, before or after it
    present: bool = False
    governed: tuple[int, int] | None = None  # char range the trigger governs (for amounts)
    parties: list[tuple[Amount, EntityRef]] = field(default_factory=list)
    via_noun: bool = False
    extra_agent: bool = False  # a further "par X" of the same passive trigger
    extra_party: bool = False  # a further member of a list of parties ("a sanctionné Google, Amazon et X")
    support_start: int | None = None  # char start of the support verb of a nominal trigger ("a adopté … un avis")
    addressee: EntityRef | None = None  # the body referred to ("saisi …, le Conseil constitutionnel")
    ground: Span | None = None  # what the act is for: "pour avoir glissé des publicités…" (char range)
    requirement: Span | None = None  # what the act orders: "de mettre fin à ces pratiques" (char range)
    participle_start: int | None = None  # char start of a participle after an act noun that states it ("présentées")
    headline: bool = False  # an act noun of a verbless lead before a colon ("Censure partielle pour la loi … : …")
    #: the char start of the noun a bare participle trigger describes ("la demande de suspension, présentée par la
    #: LDH": of "demande")
    describing: int | None = None
    #: the char range of the text that is the subject of the act verb and stands for its author ("L'arrêté du 28
    #: juillet 2025 du préfet … renouvelle …"): its title date dates the act when the clause gives none
    acting_text: Span | None = None


@dataclass
class Context:
    """What the rules of one clipping share: its text, known names, dates, amounts and the lexicon."""

    text: str
    lang: str
    lexicon: Lexicon
    linker: Linker
    mentions: list[Mention]
    dates: list[DateMention]
    amounts: list[Amount]
    recent_agents: list[EntityRef] = field(default_factory=list)  # agents found so far, in text order
    main_agents: list[EntityRef] = field(default_factory=list)  # those of acts told outside a relative clause
    recent_themes: list[EntityRef] = field(default_factory=list)  # texts that were the theme of an event
    trigger_starts: set[int] = field(default_factory=set)  # every trigger seen, kept or not (dates go to the nearest)
    recent_objects: list[EntityRef] = field(default_factory=list)  # objects of the frames found so far
    #: texts named with a complement in the sentences parsed so far, acts or not ("sa décision sur la loi relative
    #: à …"): what a bare article ("l'article 4") told after them belongs to
    named_texts: list[EntityRef] = field(default_factory=list)
    recent_parties: list[EntityRef] = field(default_factory=list)  # parties sanctioned so far ("un exploitant")
    referrers: list[EntityRef] = field(default_factory=list)  # agents of referrals so far ("la LDH a saisi …")
    acts: list[tuple[EntityRef, EntityRef]] = field(default_factory=list)  # (agent, object) of the acts so far
    #: the body that is the subject of the main verb of the last parsed sentence, with that sentence's end and the
    #: subject's grammatical number ("Sing"/"Plur"/""): what a subject pronoun opening the next sentence takes up
    main_subject: tuple[EntityRef, int, str] | None = None
    #: the text that is the subject of that main verb, with the sentence's end and the subject noun's gender
    #: ("Masc"/"Fem"/""): what "Il a été publié …" opening the next sentence takes up
    main_text: tuple[EntityRef, int, str] | None = None
    date_roles: dict[int, str] = field(default_factory=dict)  # what a date names, by its start ("title", "means")
    dispatch: int | None = None  # where the date of a wire's dateline starts ("ROME, Dec 21 -"), if any

    def text_antecedent(self, kind: str, pos: int, noun: str = "") -> EntityRef | None:
        """"le règlement", "la délibération": the last text of that kind (or with that head ``noun``, folded)
        named or taken as object before ``pos``."""
        from ..link import fold

        best: tuple[int, EntityRef] | None = None
        for m in self.mentions:
            if m.category in ("instrument", "matter") and m.kind == kind and m.end <= pos and (
                    best is None or m.end > best[0]):
                best = (m.end, self.ref(m))
        for ref in self.recent_objects:
            head = fold(ref.text).replace("'", "' ").split()[1:2]
            if (ref.kind == kind or head == [noun]) and ref.span is not None and ref.span.end <= pos and (
                    best is None or ref.span.end > best[0]) and len(ref.text.split()) > 2:
                best = (ref.span.end, ref)
        return best[1] if best else None

    def mentions_in(self, start: int, end: int, category: str | None = None) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end
                and (category is None or m.category == category)]

    def last_actor_before(self, pos: int, floor: int = 0, gender: str | None = None) -> Mention | None:
        """The last body named before ``pos`` (of the pronoun's gender when the text shows it)."""
        best = None
        for m in self.mentions:
            if m.category == "actor" and floor <= m.start and m.end <= pos:
                g = self.gender(m)
                if gender is None or g is None or g == gender:
                    best = m
        return best

    def in_pp(self, m: Mention) -> bool:
        """Whether a mention sits in a prepositional phrase, also in a list ("à Paris, Nice et Lyon")."""
        from ..link import fold

        raw = self.text[max(0, m.start - 80):m.start].replace("'", "' ").replace("’", "’ ").split()
        words = [fold(w) for w in raw]
        mod = LANGS.get(self.lang, LANGS["fr"])
        preps = {fold(p) for p in mod.PREPOSITIONS}
        arts = {fold(a) for a in mod.ARTICLES}
        i = len(words) - 1
        starts_np = fold(m.text.split(" ", 1)[0]).rstrip("'") in {a.rstrip("'") for a in arts}
        if i >= 0 and raw[i].endswith(",") and starts_np:
            return False  # ", la ville de Nice …": a new noun phrase, not a list inside a prepositional phrase
        if self.lang == "fr" and i >= 1 and words[i] in arts and words[i] not in preps and raw[i - 1].endswith(","):
            return False  # (so too with the article outside the name: "…, le Conseil d'Etat juge")
        if self.lang == "en" and i >= 1 and words[i] in arts and words[i] not in preps and raw[i - 1].endswith(",") \
                and raw[i - 1][:1].islower():
            # "… of every person placed under investigation, the Court of Justice ruled": after a common noun, the
            # comma closes the phrase (after a name it may go on with a list: "by the CNIL, the Garante and …")
            return False
        while i >= 0:
            w = words[i].strip(",")
            if w in arts and w not in preps:
                i -= 1
                continue
            if w in preps:
                return True
            if w in _LIST_LINKS or words[i].endswith(","):
                # a list: go back over its previous member
                i -= 1
                while i >= 0 and raw[i][:1].isupper():
                    i -= 1
                continue
            return False
        return False

    def antecedent(self, kind: str, pos: int, unknown: bool = False) -> EntityRef | None:
        """"the authority", "la juridiction": the last named body of that kind before ``pos``; with ``unknown``,
        failing a known body or an earlier agent, the last body of that kind the reference data does not hold
        ("le juge des référés" after "Le tribunal administratif d'Orléans n'a pas suspendu …")."""
        best = None
        for m in self.mentions:
            if m.iri and m.category == "actor" and m.kind == kind and m.end <= pos:
                best = m
        if best is None:
            # "Le tribunal administratif de Rouen a annulé … Saisi par …, le tribunal a estimé": a body named
            # before that the reference data does not hold, found as the agent of an earlier act
            back = [a for a in self.recent_agents if a.iri is None and a.kind == kind and a.span is not None
                    and a.span.end <= pos]
            if back or not unknown:
                return back[-1] if back else None
            named = [m for m in self.mentions if m.iri is None and m.category == "actor" and m.kind == kind
                     and m.end <= pos]
            return self.ref(named[-1]) if named else None
        return self.ref(best)

    def gender(self, m: Mention) -> str | None:
        """Grammatical gender of a mention, from its determiner ("la CNIL", "du tribunal"); None in a language
        whose determiners show none."""
        mod = LANGS.get(self.lang)
        genders: dict[str, str] = mod.DETERMINER_GENDERS if mod is not None else {}
        if not genders:
            return None
        words = (self.text[max(0, m.start - 8):m.start] + m.text).lower().replace("’", "'").split()
        words = [w for w in words if w]
        plural: frozenset[str] = getattr(mod, "PLURAL_DETERMINERS", frozenset())
        for w in words[-len(m.text.split()) - 1:]:
            if w in genders:
                return genders[w]
            if w in plural:
                return None  # "les Sages de la rue de Montpensier": the head's determiner shows no gender
        return None

    def ref(self, m: Mention, text: str | None = None, span: Span | None = None) -> EntityRef:
        mention = text or m.text
        if m.iri is None:
            words = mention.split(" ", 1)
            if len(words) == 2 and words[0].lower() in _DEFINITE_ARTICLES:
                mention = words[1]
        return EntityRef(text=mention, span=span or Span(m.start, m.end), iri=m.iri, kind=m.kind)
