"""English language data: determiners, negation, auxiliaries, calendar and number words."""

from __future__ import annotations

ARTICLES: frozenset[str] = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"])
#: The definite article ("the Restricted Committee" is also named without it).
DEFINITE_ARTICLES: frozenset[str] = frozenset({"the"})
#: The indefinite articles ("a person refused a loan": someone, not a body, acts).
INDEFINITE_ARTICLES: frozenset[str] = frozenset({"a", "an"})
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no", "neither", "nor"})
#: Determiners that deny their noun ("no law has been passed"), and adverbs that go with them before the verb.
NEGATIVE_DETERMINERS: frozenset[str] = frozenset({"no", "neither"})
NEGATIVE_SCOPE_ADVERBS: frozenset[str] = frozenset({"yet", "ever", "still"})
#: Pronouns that deny a partitive subject ("none of the organisations was fined", "neither of the firms has …").
NEGATIVE_PARTITIVES: frozenset[str] = frozenset({"none", "neither"})
#: Auxiliaries of the passive and perfect ("has been fined", "was struck down").
BE_FORMS: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: The finite forms of "be": no noun phrase runs across one ("Norrvik is not the first council sanctioned").
FINITE_BE: frozenset[str] = frozenset({"is", "are", "was", "were"})
#: The present of "be": "a vote is expected in May" tells an act still to come.
PRESENT_BE: frozenset[str] = frozenset({"is", "are"})
HAVE_FORMS: frozenset[str] = frozenset({"has", "have", "had", "having"})
#: Modal auxiliaries marking a future or hedged act.
FUTURE_AUX: frozenset[str] = frozenset({"will", "shall", "'ll"})
#: Other auxiliaries and modals of a verb group ("did not fine", "could fine").
MODALS: frozenset[str] = frozenset({"did", "does", "do", "can", "could", "would", "should", "may", "might", "must"})
#: Passive "get": "has been hit with", "was slapped with".
PASSIVE_WITH: frozenset[str] = frozenset({"with"})

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
SEASONS: frozenset[str] = frozenset({"spring", "summer", "autumn", "fall", "winter"})
PERIOD_PARTS: frozenset[str] = frozenset({"late", "early", "mid", "end"})
RELATIVE_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1}
#: Parts of the day after a weekday or a relative day, part of the date phrase ("Monday evening").
TIMES_OF_DAY: frozenset[str] = frozenset({"morning", "afternoon", "evening", "night"})
LAST: frozenset[str] = frozenset({"last", "past", "previous"})
NEXT: frozenset[str] = frozenset({"next", "coming"})
UNITS: dict[str, str] = {"week": "week", "month": "month", "year": "year"}
THIS: frozenset[str] = frozenset({"this"})
#: Words before a month or a bare year that make it a date ("in March", "in 2021", "the year 2020", "of 2019").
MONTH_LEADS: tuple[str, ...] = ("in",)
YEAR_LEADS: tuple[str, ...] = ("in", "year", "of")
#: Words before a weekday that make it a date ("on Monday").
WEEKDAY_LEADS: tuple[str, ...] = ("on",)
#: Articles before a unit of time ("the month before").
UNIT_ARTICLES: tuple[str, ...] = ("the",)
#: Articles between a period marker and its date ("until the end of March").
MARKER_ARTICLES: tuple[str, ...] = ("the",)
#: Ordinals between a marker and a part of a year ("during the first half of 2026").
PERIOD_ORDINALS: tuple[str, ...] = ("first", "second", "third", "fourth", "last")
#: Article between a range link and the second date ("from 1 to the 31 March").
RANGE_ARTICLES: tuple[str, ...] = ("the",)
#: Spellings of the day "first" of a month ("1st May").
ORDINAL_FIRST: frozenset[str] = frozenset({"1st", "first"})
#: The day of the date stated just before ("EUR 3,000 the same day for …").
SAME_DAY: tuple[str, ...] = ("on the same day", "the same day", "that same day", "same day", "in the same breath")
#: A day counted from the date stated just before ("four days earlier", "two weeks later", "the previous day").
#: Time measured from an act ("Seven years after the GDPR became applicable", "deux ans après l'entrée en
#: vigueur"): the act, undated, is background.
ELAPSED_LINKS: tuple[str, ...] = ("after", "since")
ELAPSED_UNITS: tuple[str, ...] = ("year", "years", "month", "months", "day", "days", "week", "weeks")
SHIFT_UNITS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7}
SHIFT_BEFORE: tuple[str, ...] = ("earlier",)
SHIFT_AFTER: tuple[str, ...] = ("later",)
PREVIOUS_DAY: tuple[str, ...] = ("the previous day",)
PERIOD_MARKERS: tuple[str, ...] = ("since", "until", "till", "by", "before", "between", "during", "within", "beyond",
                                   # the end of a measure in time: "beyond its scheduled end on 31 March 2025"
                                   "end on", "ends on", "ending on", "expire on", "expires on", "expiring on",
                                   "expiry on")
ONSET_MARKERS: tuple[str, ...] = ("since",)
#: A past participle with its "by" agent right before a date: the date is the participle's, a past one ("a
#: settlement announced by the FTC on Tuesday"), whatever the tense of the clause around it (not a bare participle:
#: "scheduled on 3 March" may lie ahead).
PARTICIPLE_BEFORE_DATE = r"\b[a-z]+ed\s+by\s+[^,;.]{1,60}?\s+(?:on\s+)?$"
FORWARD_MARKERS: tuple[str, ...] = ("from", "as of", "starting")
#: Demonstratives that stand for a part of a text whose verb is left out ("…, celles des systèmes à haut risque
#: le 2 août 2026"): each opens one more act on that text.
GAPPING_PRONOUNS: tuple[str, ...] = ("those", "that")
#: Prepositions that open a date ("on 2 August", "in August 2026").
DATE_PREPS: tuple[str, ...] = ("on", "in")

NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "thousand": 1000,
}
SCALES: dict[str, int] = {
    "million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9, "thousand": 10**3,
    "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "k": 10**3,
}
CURRENCIES: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "£": "GBP", "gbp": "GBP",
    "dollar": "USD", "dollars": "USD", "$": "USD", "usd": "USD",
    # other currencies of the fines the press reports: no euro sum, but no part of the party's name either
    "swedish crowns": "SEK", "swedish kronor": "SEK", "sek": "SEK",
    "danish crowns": "DKK", "danish kroner": "DKK", "dkk": "DKK",
    "norwegian crowns": "NOK", "norwegian kroner": "NOK", "nok": "NOK",
    "czech crowns": "CZK", "czech korunas": "CZK", "czk": "CZK",
    "swiss francs": "CHF", "chf": "CHF", "zlotys": "PLN", "zloty": "PLN", "pln": "PLN",
    # the currency word alone, without its country: Swedish is the only "kronor", Czech the only "koruna"
    "kronor": "SEK", "krona": "SEK", "korunas": "CZK", "koruna": "CZK", "forints": "HUF", "forint": "HUF",
    "huf": "HUF", "lei": "RON",
}
DECIMAL_SEP = "."
THOUSANDS_SEPS: tuple[str, ...] = (",",)
PERIODIC: tuple[str, ...] = ("per day", "a day", "per month", "daily")
FIXED_PENALTY: tuple[str, ...] = ("up to", "maximum", "could face", "faces")
BOUNDS: tuple[str, ...] = ("more than", "over", "at least", "nearly", "almost", "about", "around", "up to")
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"it", "they", "he", "she"})
RELATIVES: frozenset[str] = frozenset({"which", "that", "who", "whose", "where"})
AGENT_PREPS: frozenset[str] = frozenset({"by"})
GENITIVE_PREPS: frozenset[str] = frozenset({"of"})
#: Words linking a body's head noun to its proper name, longest first ("the court of Rouen").
NAME_LINKS: tuple[str, ...] = ("of the", "of")
#: Official gazettes: the body in their name ("Official Journal of the European Union") is no participant.
GAZETTES: tuple[str, ...] = ("official journal",)
#: Names end with their head noun ("Federal Trade Commission"): capitalised words before a known label can make
#: a longer name of another body.
HEAD_LAST: bool = True
#: Languages whose body names an English text quotes untranslated ("the tribunal administratif de Rouen"): their
#: NAME_LINKS link names here too.
QUOTED_NAME_LANGS: tuple[str, ...] = ("fr",)
#: Particles after which a capitalised word makes a head word part of another name (none listed for English yet).
NAME_PARTICLES: tuple[str, ...] = ()
#: Prepositions that end an object phrase (adjuncts: reason, time, place).
OBJECT_STOPS: frozenset[str] = frozenset(
    {"for", "after", "over", "on", "in", "at", "because", "since", "with", "when", "while", "following", "from"}
)
#: Quantifiers that open a determined object like an article ("to suspend all data flows").
QUANTIFIER_DETERMINERS: frozenset[str] = frozenset({"all", "any", "every", "each", "some", "such"})
#: Determiners that make their noun non-specific ("before any fine is imposed"): no particular act is reported.
NONSPECIFIC_DETERMINERS: frozenset[str] = frozenset({"any", "whatever"})
#: Quantifiers that open a subject naming no particular body ("Several US firms have signed the code").
SUBJECT_QUANTIFIERS: frozenset[str] = frozenset({"several", "many", "some", "few", "numerous", "most"})
#: Prepositions whose complement is a pair joined by "and" ("between the DSA and the GDPR").
CORRELATIVE_PREPS: frozenset[str] = frozenset({"between"})
#: Prepositions of the topic a bare generic object keeps ("a statement on age assurance").
TOPIC_PREPS: frozenset[str] = frozenset({"on", "about"})
#: Conjunctions and words that start a new clause.
CLAUSE_STARTS: frozenset[str] = frozenset({"and", "but", "while", "whereas", "after", "before", "as", "because"})

#: Irregular verb forms (language data; which verbs are triggers is ontology data).
IRREGULAR: dict[str, tuple[str, ...]] = {
    "strike": ("struck", "stricken", "strikes", "striking"),
    "give": ("gave", "given", "gives", "giving"),
    "take": ("took", "taken", "takes", "taking"),
    "bring": ("brought", "brings", "bringing"),
    "hit": ("hit", "hits", "hitting"),
    "set": ("set", "sets", "setting"),
    "put": ("put", "puts", "putting"),
    "issue": ("issued", "issues", "issuing"),
    "begin": ("began", "begun", "begins", "beginning"),
    "find": ("found", "finds", "finding"),
    "lay": ("laid", "lays", "laying"),
    "send": ("sent", "sends", "sending"),
    "make": ("made", "makes", "making"),
    "hold": ("held", "holds", "holding"),
    "rule": ("ruled", "rules", "ruling"),
    "slap": ("slapped", "slaps", "slapping"),
    "open": ("opened", "opens", "opening"),
    "order": ("ordered", "orders", "ordering"),
    "uphold": ("upheld", "upholds", "upholding"),
    "become": ("became", "becomes", "becoming"),
    "come": ("came", "comes", "coming"),
    "go": ("went", "gone", "goes", "going"),
    "throw": ("threw", "thrown", "throws", "throwing"),
    "withdraw": ("withdrew", "withdrawn", "withdraws", "withdrawing"),
    "trial": ("trialled", "trialed", "trials", "trialling", "trialing"),
    "green-light": ("green-lit", "green-lighted", "green-lights"),
}

#: Words that, after a single capital and a full stop, open a new sentence: they start no name ("… fined X.
#: The company …"; not "J. Smith").
INITIAL_ENDERS: frozenset[str] = frozenset({"it", "they", "he", "she", "the", "this", "these", "those"})
#: Words whose full stop ends no sentence; with the month abbreviations of wire style ("on Dec. 20, 2024").
ABBREVIATIONS: frozenset[str] = frozenset({"no", "art", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "inc", "ltd", "co",
                                           "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec"})
STOPWORDS: frozenset[str] = frozenset(
    {"the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "by", "with", "has", "have",
     "it", "its", "are", "be", "this", "from", "which", "were", "an"}
)
#: Reporting verbs: "..., the regulator said" names the acting body after the clause.
REPORTING: frozenset[str] = frozenset({"said", "says", "announced", "announces", "stated", "reported", "confirmed",
                                      "confirms"})
#: A reporting clause ("…, the regulator said on Friday") dates every act it reports in its sentence, also one whose
#: own clause another act's stands between (the reporting verbs are read from the words, not from a parse).
REPORT_DATES_ALL: bool = True
#: The future of reported speech ("said it would appeal" reports "we will appeal").
BACKSHIFTED_FUTURE: frozenset[str] = frozenset({"would"})
#: The conjunction that may open a reported statement ("said that it would appeal").
REPORTED_THAT: frozenset[str] = frozenset({"that"})
#: Support verbs: "announced a EUR 5 million fine", "issued 21 sanctions" — the noun names the act.
#: Verbs whose subject receives an act noun's act (the party), the body being named after "from" or before:
#: "Beslag Groep received a formal reprimand", "Acme got a warning from the regulator".
RECEIVING_VERBS: frozenset[str] = frozenset({"receive", "received", "receives", "get", "got", "gets"})
#: The preposition of the body an act is received from.
SOURCE_PREPS: frozenset[str] = frozenset({"from"})
#: The preposition of the chamber where a text receives its approval ("received final approval in the Senate").
SITTING_PREPS: frozenset[str] = frozenset({"in"})
SUPPORT_VERBS: frozenset[str] = frozenset(
    {"issue", "issued", "issues", "impose", "imposed", "imposes", "imposing", "announce", "announced", "announces",
     "adopt", "adopted", "adopts", "open", "opened", "opens", "launch", "launched", "launches", "hand", "handed",
     "levy", "levied", "publish", "published", "give", "gave", "given", "send", "sent", "deliver", "delivered",
     "make", "made", "take", "took", "taken", "serve", "served", "order", "ordered",
     # verbs of completion: "has finalised an order banning …"
     "finalise", "finalised", "finalises", "finalize", "finalized", "finalizes",
     # participle clauses: "…, issuing a reprimand instead"
     "issuing", "handing", "giving", "sending", "levying", "serving", "delivering", "announcing", "adopting"}
)
#: Verbs by which a text that records an act holds further acts ("The decision also includes a reprimand and an
#: order"): the nouns after them are acts of the body whose act the text records, on the same party.
CONTAINING_VERBS: frozenset[str] = frozenset(
    {"include", "includes", "included", "contain", "contains", "contained", "comprise", "comprises", "comprised"}
)
#: Verb phrases ending in a preposition by which an act holds further acts ("The fine comes with an order to …").
CONTAINING_PHRASES: tuple[str, ...] = ("comes with", "came with", "come with", "is accompanied by",
                                       "was accompanied by")
#: Verbs that grant a party time to do something ("gave the platform three months to comply"): with a duration
#: and an infinitive they make the act of the event type(s) flagged ``vg:deadlineAct`` in the ontology.
DEADLINE_GRANTS: frozenset[str] = frozenset(
    {"give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "granting", "allow", "allows",
     "allowed", "allowing"}
)
#: Verbs taking an adjective complement: a trigger form right after them is that adjective ("kept open a case",
#: "left open the question", "the file remains open"), no act.
ADJECTIVE_COMPLEMENT_VERBS: frozenset[str] = frozenset(
    {"keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving", "remain", "remains", "remained",
     "remaining", "stay", "stays", "stayed", "staying"}
)
#: Reflexive pronouns: a deadline a body grants itself ("gave itself 12 months to conclude") is no act on a party.
REFLEXIVES: frozenset[str] = frozenset({"itself", "themselves", "himself", "herself", "oneself", "ourselves"})
#: Prepositions of the forum a matter is brought before ("brought a case before the court").
FORUM_PREPS: frozenset[str] = frozenset({"before"})
#: Units of a duration ("three months", "30 days").
DURATION_UNITS: frozenset[str] = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
#: "to" before a verb: an infinitive (a purpose or a plan), not an act.
INFINITIVE: frozenset[str] = frozenset({"to"})
PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "into", "at", "of", "on", "to", "with", "for", "from", "by", "against", "over", "under", "after", "before",
     "about", "following", "within", "without", "during", "since", "until", "between", "among", "across", "per"}
)
#: Prepositions of time before a gerund that tells an act of the subject of the clause ("two months after fining
#: the company"): the "-ing" form is a verb there, not a noun ("with fines").
GERUND_TIME_PREPS: frozenset[str] = frozenset({"after", "before", "since"})
#: Participles used as prepositions ("letters, including test results, …"): like a preposition, they open a noun
#: phrase, so a bare verb form right after one is a noun modifier, no verb.
PARTICIPLE_PREPOSITIONS: frozenset[str] = frozenset({"including", "excluding", "regarding", "concerning"})
#: A verb followed by a complementiser reports speech or a finding, not an act ("confirms that…").
COMPLEMENTISERS: frozenset[str] = frozenset({"that", "whether"})
#: Particles that make a phrasal verb of their own of a one-word trigger verb ("ruled out", "hit out at").
PHRASAL_PARTICLES: frozenset[str] = frozenset({"out", "off"})
#: The members of a court, who stand for the court told before ("Judges in Luxembourg held that …").
COURT_MEMBERS: frozenset[str] = frozenset({"judges", "justices"})
#: Particles of return after a referral verb or its object ("referred the case back to the lower court"): the
#: case goes back to where it came from, no one refers it.
RETURN_PARTICLES: frozenset[str] = frozenset({"back"})
#: Modifiers allowed between a support verb and its noun ("imposed a record fine").
NOUN_MODIFIERS: frozenset[str] = frozenset(
    {"final", "new", "formal", "record", "first", "second", "third", "total", "combined", "its", "their", "fresh",
     "further", "hefty", "huge", "large", "major"}
)
#: A date followed by one of these and another date is the start of a range ("from 1 to 31 March").
RANGE_LINKS: tuple[str, ...] = ("to", "until", "till")
#: Words that join a text's number to its date ("Decree No 2025-118 of 7 February 2025").
NUMBERED_TITLE_LINKS: tuple[str, ...] = ("of",)
#: Definite determiners: "the decision" takes up an act already named.
DEFINITES: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})
POSSESSIVES: frozenset[str] = frozenset({"its", "their", "his", "her"})
#: Demonstratives that take up what was named before ("these provisions"); not "that", also a relative.
DEMONSTRATIVES: frozenset[str] = frozenset({"this", "these", "those"})
#: The word that strengthens a possessive determiner ("their own position").
OWN: frozenset[str] = frozenset({"own"})
#: English determiners show no grammatical gender.
DETERMINER_GENDERS: dict[str, str] = {}
#: Words joining a noun to the date that names it: "the law of 30 July 2021", "a decision dated 7 May".
TITLE_LINKS: tuple[str, ...] = ("of", "dated")
#: Prepositions of means: "in a decision of 7 November" names the decision by which the act is done.
MEANS_PREPS: tuple[str, ...] = ("by", "in", "under", "through", "via")
#: Prepositions that name the text an act is done under ("banned under the GDPR"): a participle on a noun with only
#: that after it tells what the text provides ("decisions banned under EU law"), not an act.
BASIS_PREPS: frozenset[str] = frozenset({"under"})
#: Conjunctions that open a contrasting clause: a date before them is not the date of what follows.
CONTRASTS: tuple[str, ...] = ("but", "while", "whereas", "although", "though", "yet")
#: Adverbs (and the coordinator "but") that set an act against the previous one of the same body, in the next
#: sentence ("The court, however, upheld …"): the same decision goes on being told, with its date.
CONTRAST_ADVERBS: tuple[str, ...] = ("however", "but", "by contrast", "in contrast", "on the other hand",
                                     "nevertheless", "nonetheless", "yet")
#: Objects that are the rest of what the previous act of the same body dealt with ("… struck down 35 articles. The
#: council upheld the rest of the text"): the same decision goes on being told, with its date.
REMAINDERS: tuple[str, ...] = ("the rest", "the remainder", "the other provisions", "all other provisions")
#: Adverbs adding an act to the previous one ("also ordered").
ADDITIVES: tuple[str, ...] = ("also", "additionally", "in addition", "further", "moreover")
#: Adverbs that may open a participle clause (", already fined …,", ", recently adopted …,").
ADVERBS: frozenset[str] = frozenset(
    {"already", "also", "then", "now", "still", "first", "later", "recently", "previously", "once", "since",
     "just", "finally", "eventually", "initially", "originally", "formally", "officially", "temporarily",
     "preliminarily", "provisionally", "tentatively", "partially", "partly", "unanimously", "instead", "only"}
)
#: Quantifiers floated after an auxiliary ("were both sent", "have all been fined"): part of the verb group.
FLOATING_QUANTIFIERS: frozenset[str] = frozenset({"both", "all", "each"})
#: Words that link the items of a list ("€600,000 in 2018 and €10m last year").
AMOUNT_LIST_LINKS: tuple[str, ...] = ("and", ",", "then")
#: The word that pairs a list of amounts with a list of parties in order ("… respectivement contre X et Y").
RESPECTIVELY: tuple[str, ...] = ("respectively",)
#: An amount taken up from before: "was fined the same amount".
SAME_AMOUNT: tuple[str, ...] = ("the same amount", "the same sum", "an identical amount", "the same fine")
#: Conjunctions coordinating two verbs of one subject ("will be published … and enter into force").
COORDINATORS: frozenset[str] = frozenset({"and", "or"})
#: Words that join the members of a list ("Google, Amazon and Microsoft"): the same as those joining two verbs.
LIST_LINKS: frozenset[str] = COORDINATORS
#: A pronoun that may take up a text as well as a body.
NEUTER_PRONOUNS: frozenset[str] = frozenset({"it"})
#: Time counted from another act ("20 days later", "36 months after that"): the act shares that act's modality.
LATER: tuple[str, ...] = ("later", "after that", "thereafter", "afterwards")
#: Regular verb endings, to read an inflected cue ("intends", "planned", "expecting").
VERB_ENDINGS: tuple[str, ...] = ("s", "es", "ed", "d", "ing")
#: Prepositions of the ground of a sanction or an order: "fined … for transferring drivers' data", "over …".
GROUND_PREPS: frozenset[str] = frozenset({"for", "over"})
#: Conjunctions that, with a gerund of judging and "that", state the finding an act rests on ("after finding that").
GROUND_CLAUSE_PREPS: frozenset[str] = frozenset({"after"})
#: Prepositions that name the party right after an amount: "EUR 500 million for Apple", "a fine of EUR 3,000 to a
#: hospital", "… against Meta".
PARTY_PREPS: tuple[str, ...] = ("to", "against", "for", "on")
#: Prepositions fused with an article (none in English).
PARTY_CONTRACTED: tuple[str, ...] = ()
#: Determiners that open a common-noun party after such a preposition ("for a hospital").
PARTY_DETERMINERS: tuple[str, ...] = ("the", "a")
#: Words that end such a party ("for Apple on 5 March", "for Google and EUR 35 million …", "the same day").
PARTY_ENDS: tuple[str, ...] = ("the", "on", "and")
#: Objects that make a trigger verb figurative: "clearing the way for a vote", "opens the door to sanctions" state
#: no act of the verb.
FIGURATIVE_OBJECTS: frozenset[str] = frozenset({"way", "path", "door", "ground"})
#: Phrases after the object that make the verb mean ending it: "bringing an eight-year legal battle to an end" states
#: no referral.
FIGURATIVE_ENDS: tuple[str, ...] = ("to an end", "to a close", "to a halt")
#: Words that are never a modifier inside a noun phrase (auxiliaries, modals, negations, adverbs, prepositions,
#: conjunctions): "the authority will fine" is a verb, "a smart-camera trial" a noun.
FUNCTION_WORDS: frozenset[str] = (BE_FORMS | HAVE_FORMS | FUTURE_AUX | MODALS | NEGATIONS | INFINITIVE | ADVERBS
                                  | PREPOSITIONS | CLAUSE_STARTS | RELATIVES | COORDINATORS)
#: Endings of the participle that opens a clause set off by commas between a subject and its verb (", already
#: fined …,", ", including the rules for …,").
PARTICIPLE_ENDINGS: tuple[str, ...] = ("ed", "ing")
#: Words that end a clause for the subject search ("…; but the court …").
CLAUSE_BREAKS: frozenset[str] = frozenset({"but", "while", "whereas"})
#: Prepositions skipped before the object of a verb ("signed off on the text", "opened an inquiry into Acme").
OBJECT_LEADS: frozenset[str] = frozenset({"to", "on", "against", "into"})
#: Prepositions that name the party of an act noun ("a fine against Luka", "a probe into DeepSeek").
NOUN_PARTY_PREPS: frozenset[str] = frozenset({"against", "on", "to", "into"})
#: Prepositions that name the party of a fine after its amount ("a fine of EUR 2 million on Acme").
FINE_PARTY_PREPS: frozenset[str] = frozenset({"on", "against"})
#: The preposition of the target named before a decision's acts ("its decision against TikTok, imposing …").
TARGET_PREPS: frozenset[str] = frozenset({"against"})
#: Verbs of paying, folded forms: an order to pay a sum ("ordered the State to pay the applicant EUR 7,500").
PAY_VERBS: frozenset[str] = frozenset({"pay", "repay", "reimburse"})
#: How the party paid opens after an amount ordered paid ("to pay EUR 400 to a German citizen"), folded, and
#: before it, as the first object of "pay" ("to pay the applicant EUR 7,500").
PAYEE_STARTS: tuple[str, ...] = ("to a ", "to an ", "to the ", "to his ", "to her ", "to its ", "to their ", "to each ")
PAID_FIRST: tuple[str, ...] = ("a ", "an ", "the ", "his ", "her ", "its ", "their ", "each ")
#: Words comparing an act with a class of acts ("the largest penalty ever imposed"): no act is told.
COMPARISON_CLASS: frozenset[str] = frozenset({"ever"})
#: Adverbs that may stand between the comma and a participle of a reduced relative (", already fined …").
PARTICIPLE_ADVERBS: frozenset[str] = frozenset({"already", "recently", "previously", "also", "first", "formally",
                                              "officially", "finally", "unanimously", "provisionally", "definitively"})
#: The participle of "be" in a passive perfect ("has been given three months").
PERFECT_BE: frozenset[str] = frozenset({"been"})
#: Words of a parenthetical adverb set off by commas between a subject and its verb ("The Council, however,
#: adopted …"): the verb is the main verb of that subject, not a participle.
PARENTHETICALS: frozenset[str] = ADVERBS | frozenset(
    w for phrase in CONTRAST_ADVERBS + ADDITIVES for w in phrase.split()) | frozenset(
    {"meanwhile", "instead", "though", "too", "furthermore", "likewise", "similarly", "again"})
#: Prepositions linking a body's head noun to the place that names it ("the court of appeal in Paris").
PLACE_PREPS: frozenset[str] = frozenset({"in"})
#: Punctuation that opens a list of the acts a plural act noun stands for ("its first fines under the DMA: €500M for
#: Apple, …", "— EUR 500 million for Apple, …").
LIST_INTRODUCERS: frozenset[str] = frozenset({":", "—", "–"})
#: Prepositions of place or time that may follow a participle describing a noun ("the software first tested around
#: the Olympics"), besides those of PREPOSITIONS.
ADJUNCT_PREPS: frozenset[str] = frozenset({"around", "throughout", "near", "ahead", "alongside", "beyond"})
#: Phrases that name the source of a statement ("According to the CNIL, the company was fined …"): the body is
#: the agent of an agentless passive act it reports.
SOURCE_PHRASES: tuple[str, ...] = ("according to",)
#: Conjunctions of a condition: an act in their clause is not reported as done ("if the Commission confirms …").
CONDITIONALS: frozenset[str] = frozenset({"if", "unless"})
#: Conjunctions of a condition that are also participles: one only right after a comma (", provided a judge has
#: authorised it"; not "the data provided by …").
COMMA_CONDITIONALS: frozenset[str] = frozenset({"provided", "providing", "failing"})
#: Conjunctions of the cases a rule covers ("the GDPR applies where a lender relies on a score"): after a text verb
#: in the plain present they tell its scope, not when it starts.
CASE_CONJUNCTIONS: frozenset[str] = CONDITIONALS | frozenset({"where", "wherever", "when", "whenever", "regardless",
                                                               "irrespective"})
#: Words opening an embedded question ("an opinion on how the GDPR applies to …"): the clause they open is that of a
#: text verb after them, a date before them dates another verb.
EMBEDDED_QUESTIONS: frozenset[str] = frozenset({"how", "whether"})
#: A possessive that takes up a text as well as a body ("Its bans … will apply from …": the text's provisions).
NEUTER_POSSESSIVES: frozenset[str] = frozenset({"its"})
#: Conjunctions that are also prepositions ("after the vote", "after the Parliament approved the text"): followed by
#: a noun phrase and a verb they open a clause whose subject is that noun phrase.
SUBORDINATORS: frozenset[str] = frozenset({"after", "before", "since", "until", "once", "as", "because"})
#: Conjunctions after which a present tense tells an act still to come ("until the Council adopts the text",
#: "while the Commission adopts a delegated act").
PENDING_OPENERS: frozenset[str] = frozenset({"until", "till", "once", "while", "pending"})
#: Relative pronouns that can be the subject of their clause (", which opened …", ", who filed …").
SUBJECT_RELATIVES: frozenset[str] = frozenset({"which", "who", "that"})
#: Relative adverbs, never the subject of their clause (", where a woman refused credit was challenging …").
ADVERB_RELATIVES: frozenset[str] = frozenset({"where"})
#: Relative pronouns that can be the object of their clause (", which it upheld …").
OBJECT_RELATIVES: frozenset[str] = frozenset({"which", "that", "whom"})
#: Words of a multi-word verb trigger that may stand after the verb's object ("ordered Meta to pay", "found Meta in
#: breach", "brought the rules into force").
SPLIT_PARTICLES: frozenset[str] = INFINITIVE | frozenset({"in", "into"})
#: Object pronouns that take up a party named before ("ordered it to delete the data").
OBJECT_PRONOUNS: frozenset[str] = frozenset({"it", "them"})
#: Quantifiers that make a written-out amount vague ("several hundred million euros"): no sum is stated.
VAGUE_QUANTIFIERS: tuple[str, ...] = ("several", "a few")
#: A plural subject pronoun, which takes up the texts an act happened to just before in the sentence ("… apply from
#: Friday, eighteen months after they entered into force").
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they"})
#: Singular auxiliaries: a subject they agree with is no antecedent of "they" ("The CNIL has fined …").
SINGULAR_AUX: frozenset[str] = frozenset({"has", "is", "was", "does"})
#: Words joining a second agent phrase to the first ("referred by the President as well as by sixty MPs").
AGENT_COORDINATORS: tuple[str, ...] = ("and", "as well as")
#: Prepositions naming the body a text is referred to ("referred the bill to the Council").
REFERRAL_PREPS: frozenset[str] = frozenset({"to"})

#: Nouns of a party's reasoning: a court that dismisses or accepts one ("dismissed Google's argument that …") tells
#: a step of its decision, no act of its own.
ARGUMENT_NOUNS: frozenset[str] = frozenset(
    {"argument", "arguments", "contention", "contentions", "objection", "objections", "reasoning", "submission",
     "submissions", "plea that", "view", "reliance", "assessment", "interpretation", "analysis"})

#: Endings of nouns that name people by what they do ("lawmakers", "officials", "prosecutors"): a relative clause on
#: them may tell an act of the body they stand for.
AGENT_NOUN_ENDINGS: tuple[str, ...] = ("makers", "tors", "officials", "ists", "ians", "members")

#: Words that open a list of examples set off by commas inside a noun phrase ("The bans on risky practices, such as
#: emotion recognition at work, apply from …"): the inserted list is no part of the subject, which ends before it.
EXAMPLE_LEADS: tuple[str, ...] = ("such as", "like", "notably", "for example", "for instance", "in particular",
                                  "e.g.", "among them", "especially")
#: Prepositions of the topic of an inquiry ("an inquiry launched in 2022 into surveillance by county councils"): a
#: "by" phrase after their noun phrase names who does what the noun tells, not the agent of the verb before.
INQUIRY_TOPIC_PREPS: frozenset[str] = frozenset({"into"})
#: Phrases that open a time clause without a conjunction ("at the time the decision was adopted, …"): the clause
#: dates a state by an earlier act, which it takes up; it tells no act of its own.
TIME_CLAUSE_LEADS: tuple[str, ...] = ("at the time", "by the time")
#: Words ranking an act in a class ("It is the first fine the ICO has imposed on …", "This is the largest
#: penalty …"): after a pronoun subject and "be", the sentence classes the act told before, no new one.
RANKING_WORDS: frozenset[str] = frozenset(
    {"first", "second", "third", "fourth", "fifth", "only", "latest", "last", "largest", "biggest", "highest",
     "heaviest", "largest-ever", "biggest-ever", "record"})
#: Subjects of such a classing sentence.
CLASSING_SUBJECTS: frozenset[str] = frozenset({"it", "this", "that"})

#: A word and the act noun after it that make a set phrase naming no act ("a balance between public order and
#: privacy", "law and order").
SET_PHRASES: frozenset[tuple[str, str]] = frozenset({("public", "order"), ("and", "order")})
#: Words that open a time adjunct between a subject and its verb ("The regulator on Tuesday fined", "… last Thursday
#: issued"), and the units such an adjunct may name ("last week", "this morning").
TIME_LEADS: frozenset[str] = frozenset({"on", "in", "last", "this", "next", "earlier", "late"})
TIME_UNITS: frozenset[str] = frozenset({"week", "month", "year", "morning", "afternoon", "evening", "night"})
