"""French language data: determiners, prepositions, negation, calendar and number words."""

from __future__ import annotations

#: Articles and determiners dropped at the start of a mention when normalising it.
ARTICLES: frozenset[str] = frozenset(
    {"le", "la", "les", "l'", "l", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce", "cet",
     "cette", "ces", "son", "sa", "ses", "leur", "leurs"}
)
#: Definite articles written as a word of their own ("la formation restreinte" is also named without it: "sa
#: formation restreinte"); the elided "l'" is glued to its noun.
DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "les"})

#: Negation particles: "ne"/"n'" with one of the second particles negates the verb.
NEG_FIRST: frozenset[str] = frozenset({"ne", "n'", "n’", "n"})
NEG_SECOND: frozenset[str] = frozenset(
    {"pas", "jamais", "plus", "point", "guère", "aucun", "aucune", "rien", "nullement", "personne", "nul", "nulle"}
)
#: Verbs that negate with "ne" alone (literary French): "ne saurait être renouvelée", "ne peut être prolongé".
BARE_NEG_VERBS: frozenset[str] = frozenset({"savoir", "pouvoir", "oser", "cesser"})
#: "ne ... que" is restrictive ("n'a censuré qu'un article"), not a negation.
RESTRICTIVE: frozenset[str] = frozenset({"que", "qu'", "qu’", "qu"})
#: Words opening a clause a verb governs (what a court states: "a jugé que …").
COMPLEMENTISERS: frozenset[str] = RESTRICTIVE
#: Words that negate an act on their own ("refuse de", "renonce à" are verbs: they come from the data).
NEG_DETERMINERS: frozenset[str] = frozenset({"aucun", "aucune", "nul", "nulle"})

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "juill": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
#: Seasons and parts of a period keep the year only (or the month for "fin mars").
SEASONS: frozenset[str] = frozenset({"printemps", "été", "automne", "hiver"})
PERIOD_PARTS: frozenset[str] = frozenset({"fin", "début", "mi", "courant"})
ORDINAL_FIRST: frozenset[str] = frozenset({"1er", "1re", "premier", "première"})

#: Relative day words: offset in days from the publication date.
#: Nouns of a day that, with an article, date an act at a point ("le même jour", "le lendemain", "la veille").
NARRATIVE_DAYS: tuple[str, ...] = ("jour", "lendemain", "veille")
RELATIVE_DAYS: dict[str, int] = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1,
                                "après-demain": 2, "ce matin": 0, "ce soir": 0, "cet après-midi": 0}
#: Parts of the day after a weekday or a relative day, part of the date phrase ("lundi soir", "hier matin").
TIMES_OF_DAY: frozenset[str] = frozenset({"matin", "soir", "après-midi", "midi", "soirée", "matinée", "dans la nuit",
                                          "en fin de journée", "en fin de matinée", "en début de soirée"})
#: "dernier/dernière" after a unit or a date: the previous one.
LAST: frozenset[str] = frozenset({"dernier", "dernière", "derniers", "dernières", "passé", "passée"})
NEXT: frozenset[str] = frozenset({"prochain", "prochaine"})
#: Units for "le mois dernier", "la semaine dernière", "l'an dernier", "l'année dernière".
UNITS: dict[str, str] = {"semaine": "week", "mois": "month", "an": "year", "année": "year"}
#: The day of the date stated just before ("3.000 euros le même jour pour …").
SAME_DAY: tuple[str, ...] = ("le même jour", "ce même jour", "le jour même", "la même journée", "même jour")
#: The day after the date stated just before ("promulguée le 9 juillet 2025 et publiée le lendemain", "au Journal
#: officiel du lendemain"); not "au lendemain de X", which dates nothing by itself.
NEXT_DAY: tuple[str, ...] = ("le lendemain", "le jour suivant", "du lendemain")
#: A day counted from the date stated just before ("adoptée définitivement quatre jours plus tôt", "la veille"): the
#: units in days, the words that count back and forward, the phrases of the day before (not "la veille de X").
#: Time measured from an act ("Seven years after the GDPR became applicable", "deux ans après l'entrée en
#: vigueur"): the act, undated, is background.
ELAPSED_LINKS: tuple[str, ...] = ("après", "après que", "depuis", "depuis que")
ELAPSED_UNITS: tuple[str, ...] = ("an", "ans", "année", "années", "mois", "jour", "jours", "semaine", "semaines")
SHIFT_UNITS: dict[str, int] = {"jour": 1, "jours": 1, "semaine": 7, "semaines": 7}
SHIFT_BEFORE: tuple[str, ...] = ("plus tôt", "auparavant")
SHIFT_AFTER: tuple[str, ...] = ("plus tard",)
PREVIOUS_DAY: tuple[str, ...] = ("la veille",)
#: The day after a text's publication, told of another act on that text ("Il entre en vigueur le lendemain de sa
#: publication"): dated from the publication the clipping gives.
DAY_AFTER_PUBLICATION: tuple[str, ...] = ("le lendemain de sa publication", "le jour suivant sa publication",
                                          "le lendemain de leur publication")
#: After a day and month without year: the year of the date stated before ("le 4 février suivant").
FOLLOWING: tuple[str, ...] = ("suivant", "suivante")
#: Words that join a text's number to its date ("le décret n° 2025-118 du 7 février 2025"): a date so written is
#: part of the text's name, never what "le même jour" or "le lendemain" count from.
NUMBERED_TITLE_LINKS: tuple[str, ...] = ("du",)
#: Articles before a bare day number that takes the month and year of the full date before it in the sentence
#: ("adoptée le 5 novembre 2026 et rendue publique le 19", "publié au Journal officiel du 29").
DAY_ARTICLES: tuple[str, ...] = ("le", "du")
#: "ce lundi", "cette semaine": the current one.
THIS: frozenset[str] = frozenset({"ce", "cette", "cet"})
#: Words before a month or a bare year that make it a date ("en mars", "en 2021", "l'année 2020").
MONTH_LEADS: tuple[str, ...] = ("en",)
YEAR_LEADS: tuple[str, ...] = ("en", "année", "l'année", "semestre", "trimestre")  # "au premier semestre 2026"
#: Words before a weekday that make it a date ("le lundi").
WEEKDAY_LEADS: tuple[str, ...] = ("le",)
#: Articles before a unit of time ("le mois dernier", "l'an dernier").
UNIT_ARTICLES: tuple[str, ...] = ("le", "la", "l'", "l’")
#: Articles between a period marker and its date ("depuis le 3 mai", "jusqu'à la fin", "avant l'été").
MARKER_ARTICLES: tuple[str, ...] = ("le", "la", "les", "l'", "du", "de", "au", "à la", "à l'")
#: Ordinals between a marker and a part of a year ("au cours du premier semestre 2026").
PERIOD_ORDINALS: tuple[str, ...] = ("premier", "première", "second", "seconde", "deuxième", "troisième", "quatrième",
                                    "dernier", "dernière")
#: Article allowed between a range link and the second date.
RANGE_ARTICLES: tuple[str, ...] = ("le",)

#: A date introduced by these words is a period or a deadline, not the date of the act.
PERIOD_MARKERS: tuple[str, ...] = (
    "depuis", "jusqu'au", "jusqu'à", "jusqu'en", "jusqu’au", "jusqu’à", "jusqu’en", "avant le", "avant la fin",
    "jusqu'", "jusqu’",  # (before a date phrase that opens on "en": "jusqu'en 2027")
    "au-delà du", "au-delà de", "au-delà de la",
    # the end of a measure in time: "l'expérimentation, qui expire le 31 mars 2025"
    "expire le", "expirera le", "expirait le", "expirant le", "prend fin le", "prendra fin le", "fin prévue le",
    "d'ici", "d’ici", "au plus tard", "entre", "pendant", "durant", "au cours de", "au cours du", "vers",
)
#: A past participle with its "par" agent right before a date: the date is the participle's, a past one ("un
#: accord annoncé par la Commission mardi"), whatever the tense of the clause around it (not a bare participle:
#: "prévue le 3 mars" lies ahead).
PARTICIPLE_BEFORE_DATE = r"\b\w+(?:é|ée|és|ées)\s+par\s+[^,;.]{1,60}?\s+(?:le\s+)?$"
#: "depuis" marks the onset of a state ("s'applique depuis le 17 janvier"): kept for state-onset types.
ONSET_MARKERS: tuple[str, ...] = ("depuis",)
#: A date introduced by these words lies ahead of the reference point ("à partir de vendredi").
FORWARD_MARKERS: tuple[str, ...] = ("à partir du", "à partir de", "à compter du", "à compter de", "dès le", "dès")
#: Demonstratives that stand for a part of a text whose verb is left out ("…, celles des systèmes à haut risque
#: le 2 août 2026"): each opens one more act on that text.
GAPPING_PRONOUNS: tuple[str, ...] = ("celles", "ceux", "celle", "celui")

#: Number words (cardinal) for counts and amounts written out.
NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mille": 1000,
}
#: Scale words after a number ("1,5 million d'euros", "20 M€").
SCALES: dict[str, int] = {
    "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "mille": 10**3,
    "demi-million": 5 * 10**5, "demi-milliard": 5 * 10**8,
    "m": 10**6, "md": 10**9, "mds": 10**9, "mrd": 10**9, "k": 10**3,
}
#: Presentatives that take up what comes before a colon ("250 000 euros : c'est l'amende infligée …"), folded.
PRESENTATIVES: tuple[str, ...] = ("c'est ", "voila ", "tel est ", "telle est ")
#: After a scale word, a half of it more: "un million et demi d'euros", "deux milliards et demi".
HALF_AFTER_SCALE: tuple[str, ...] = ("et demi", "et demie")
#: Currency words and signs, to ISO 4217.
CURRENCIES: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR", "m€": "EUR", "k€": "EUR", "md€": "EUR",
    "livre": "GBP", "livres": "GBP", "£": "GBP", "gbp": "GBP",
    "dollar": "USD", "dollars": "USD", "$": "USD", "usd": "USD",
    "franc": "CHF", "francs": "CHF", "chf": "CHF",
}
#: Decimal and thousands separators.
DECIMAL_SEP = ","
THOUSANDS_SEPS: tuple[str, ...] = (" ", "\u00a0", "\u202f", ".")

#: After an amount: a periodic penalty ("par jour de retard") is no fine.
PERIODIC: tuple[str, ...] = ("par jour", "par mois", "par semaine", "par heure", "/jour", "par infraction")
#: Before an amount: a fixed penalty written into a text is no fine imposed.
FIXED_PENALTY: tuple[str, ...] = ("forfaitaire", "encourue", "encourt", "jusqu'à", "jusqu’à", "maximale", "plafond")
#: Words that turn an amount into a lower/upper bound, not a value.
BOUNDS: tuple[str, ...] = ("plus de", "moins de", "au moins", "près de", "environ", "jusqu'à", "jusqu’à")

#: Subject pronouns that refer back to the last named body.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"il", "elle", "ils", "elles"})
#: The relative pronoun that stands for a "de" complement ("l'arrêté, dont le juge a ordonné la suspension").
GENITIVE_RELATIVES: frozenset[str] = frozenset({"dont"})
#: Relative adverbs of place and time (lower case, not folded: "où" folds to the conjunction "ou").
PLACE_RELATIVES: frozenset[str] = frozenset({"où"})
#: The preposition of the matter a body is consulted on ("Consultée sur le projet de décret, la CNCTR a rendu …").
TOPIC_PREPS: frozenset[str] = frozenset({"sur"})
# words that introduce what an opinion or a report is about ("un avis concernant le décret", "relatif au décret"),
# folded lemmas
TOPIC_WORDS: frozenset[str] = frozenset({"concerner", "concernant", "relatif", "portant"})
#: Accusative clitics before the verb: "l'a adopté", "la valide" take up the text named before.
OBJECT_CLITICS: frozenset[str] = frozenset({"le", "la", "l'", "les"})
#: Subordinators of a generic or hypothetical clause: an act in the present under them is a rule or a case, not a
#: report ("Lorsque le Conseil juge une disposition conforme sous réserve, il …").
GENERIC_SUBORDINATORS: frozenset[str] = frozenset({"lorsque", "lorsqu'", "quand", "si", "s'", "chaque fois que"})
#: Determiners of a universally quantified subject: a present under it states a rule ("Tout requérant peut …"),
#: and so does a present that follows it with a consequence adverb ("; le tribunal renvoie alors …").
UNIVERSAL_DETERMINERS: frozenset[str] = frozenset({"tout", "toute", "tous", "toutes", "chaque"})
#: Adverbs by which a present states the consequence of the case set just before ("le juge transmet alors …").
CONSEQUENCE_ADVERBS: frozenset[str] = frozenset({"alors"})
#: Ordinals that, with an article and no noun, take up one of the last two bodies named ("la première …, le second
#: …", "ce dernier"): 0 = the first of the pair, 1 = the second (folded forms).
ORDINAL_ANAPHORS: dict[str, int] = {"premier": 0, "premiere": 0, "second": 1, "seconde": 1, "deuxieme": 1,
                                    "dernier": 1, "derniere": 1}
#: Dependency labels of relative and adverbial clauses that end a mention.
CLAUSE_BREAKS: frozenset[str] = frozenset({"acl:relcl", "advcl", "parataxis", "punct", "conj", "cc", "appos"})
#: Relative pronouns (start of a relative clause that ends an object phrase).
RELATIVES: frozenset[str] = frozenset(
    {"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "auquel",
     "auxquels", "duquel"}
)
#: Prepositions introducing the agent of a passive or a nominalisation.
AGENT_PREPS: frozenset[str] = frozenset({"par"})
#: Prepositions introducing the complement of a noun ("mises en demeure de la Cnil").
GENITIVE_PREPS: frozenset[str] = frozenset({"de", "d'", "d’", "du", "des"})
#: The same with the article that may follow, as they stand between a part and the body it belongs to (folded).
GENITIVE_LINKS: frozenset[str] = frozenset({"de", "d'", "du", "des", "de la", "de l'"})
#: The reflexive clitic of the third person ("se voir infliger", "s'est vu"), as ``_form`` gives it.
REFLEXIVE_CLITICS: frozenset[str] = frozenset({"se", "s'"})
#: Words linking a body's head noun to its proper name, longest first, folded ("tribunal administratif de Rouen",
#: "cour d'appel de Paris", "Autorité de la concurrence").
NAME_LINKS: tuple[str, ...] = ("de la", "de l'", "du", "des", "de", "d'")
#: A body's one-word name takes a capital ("la Commission", "la Cour"); in small letters the word is a common noun
#: ("la commission d'enquête de l'Assemblée", "la cour d'appel").
CAPITALISED_NAMES: bool = True
#: Languages whose body names a French text quotes untranslated (their NAME_LINKS link names here too).
QUOTED_NAME_LANGS: tuple[str, ...] = ()
#: Particles after which a capitalised word makes a head word part of another name ("Conseil d'État", "Tribunal de
#: Paris"): the head word so followed is not the short form of an earlier name. An elided one is glued to the name.
NAME_PARTICLES: tuple[str, ...] = ("de", "d'", "d’")
#: Prepositions introducing a target ("à l'encontre de", "contre").
TARGET_PREPS: tuple[str, ...] = ("à l'encontre de", "à l'encontre des", "à l'encontre du", "contre", "à", "au", "aux",
                                 "envers")
#: Target prepositions of one word read by word order after a sanction noun and its support verb ("deux
#: sanctions, d'un montant total de …, contre des communes").
SANCTION_TARGET_PREPS: frozenset[str] = frozenset({"contre"})
#: Nouns of a sum after counted sanctions: the amount is theirs ("douze sanctions, pour un montant cumulé de …").
AMOUNT_NOUNS: frozenset[str] = frozenset({"montant", "total"})
#: Prepositions that deny the act noun they govern ("sans autorisation préalable").
PRIVATIVE_PREPS: frozenset[str] = frozenset({"sans"})
#: Prepositions (folded) that set what follows against an act noun they govern: "contre l'avis du gouvernement",
#: "malgré l'avis défavorable de la CNIL" refer to an act, they report none.
CONCESSIVE_PREPS: frozenset[str] = frozenset({"contre", "malgre"})
#: Prepositions of a verb's dative argument ("infliger une amende à un réseau de cliniques").
DATIVE_PREPS: frozenset[str] = frozenset({"à", "au", "aux", "a"})
#: Initials (folded) before which "de" elides: "commune d'Orléans", "commune d'Hyères".
ELIDING_INITIALS: frozenset[str] = frozenset("aeiouyh")
#: Future-tense morphology keys from the tagger.
FUTURE_TENSES: frozenset[str] = frozenset({"Fut"})

#: Words that, after a single capital and a full stop, open a new sentence: they start no name ("… la société X.
#: Elle …"; not "M. Le Maire", whose article starts a name).
INITIAL_ENDERS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "cette", "celle-ci", "celui-ci"})
#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {"n", "no", "art", "al", "cf", "p", "pp", "m", "mm", "mme", "mmes", "me", "dr", "st", "ste", "vol", "éd", "ed",
     "env", "etc", "av", "apr", "j.-c", "cass", "civ", "crim", "soc", "com", "ass", "plén", "req", "ord", "coll",
     "aff", "déc", "délib", "cons", "sect", "ch", "concl", "préc", "ibid"}
)
#: Function words that tell French text from another language.
STOPWORDS: frozenset[str] = frozenset(
    {"le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "dans", "pour", "par", "sur", "au",
     "aux", "qui", "que", "a", "été", "ont", "sont", "ne", "pas", "ce", "cette", "il", "elle",
     "avec", "son", "sa", "ses", "leur"}
)
#: Words that carry a relative clause or a reported-speech frame.
REPORTING_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
#: Verbs of saying that, set off after the clause with an inverted subject, report it (", a annoncé mardi la Cnil").
REPORTING_VERBS: frozenset[str] = frozenset(
    {"annoncer", "indiquer", "preciser", "declarer", "affirmer", "expliquer", "confirmer", "communiquer", "souligner"}
)
#: Verbs whose "que" clause recalls what already holds ("les juges rappellent que le règlement s'applique"): a
#: present there states the law, it reports no act.
RECALL_VERBS: frozenset[str] = frozenset({"rappeler"})
#: Support (light) verbs: with a nominalised act as object, the noun names the act and the verb's
#: subject is its agent ("la CNIL a rendu dix décisions de sanction", "a prononcé une amende").
SUPPORT_VERBS: frozenset[str] = frozenset(
    {"rendre", "prononcer", "infliger", "adopter", "emettre", "adresser", "delivrer", "notifier", "imposer",
     "decider", "engager", "ouvrir", "lancer", "prendre", "mener", "proceder", "annoncer", "faire", "donner",
     "formuler", "porter", "deposer", "former", "introduire", "envoyer", "presenter", "publier", "signer",
     "obtenir", "recevoir", "essuyer", "valoir", "decerner", "accorder", "ordonner", "effectuer", "contenter"}
)
#: Subordinators of purpose: an act in "pour + infinitive" is an intent, not a fact.
PURPOSE: frozenset[str] = frozenset({"pour", "afin", "en vue"})
#: Parts of a text that a bare "l'article" names only with the clause after it (folded lemmas).
PART_NOUNS: frozenset[str] = frozenset({"article", "disposition", "alinea", "paragraphe"})
#: The antecedent of a free relative ("ce qu'autorise le droit", "en ce qu'elle s'applique"), as folded forms.
FREE_RELATIVE_HEADS: frozenset[str] = frozenset({"ce"})
#: Dashes that set off an aside (not the hyphen of "référé-liberté").
ASIDE_DASHES: frozenset[str] = frozenset({"–", "—"})
#: Verbs of refusal: with an infinitive that is no act ("refusé de signer"), no rejection (folded lemmas).
REFUSAL_VERBS: frozenset[str] = frozenset({"refuser"})
#: What introduces the attribute an act gives its object ("censuré comme cavalier législatif").
ATTRIBUTE_MARKS: frozenset[str] = frozenset({"comme"})
#: Before a past infinitive, the ground of an act ("sanctionnée pour avoir déposé des traceurs").
CAUSE_PREPS: frozenset[str] = frozenset({"pour"})
#: Prepositions (and contracted articles) in front of a noun phrase that cannot be a subject.
PREPOSITIONS: frozenset[str] = frozenset(
    {"de", "du", "des", "d'", "à", "a", "au", "aux", "contre", "devant", "par", "sur", "sous", "pour", "avec", "dans",
     "en", "entre", "vers", "chez", "après", "avant", "selon", "envers", "auprès", "l'encontre", "que", "qu'"}
)
#: Verbs whose infinitive complement is an act done: "la Cnil vient d'infliger" (recent past).
ACCOMPLISHED: frozenset[str] = frozenset({"venir", "finir", "achever", "terminer"})
#: Adjectives that mark a noun as the one named before ("Le même arrêté prolonge …"), folded.
SAME_ADJECTIVES: frozenset[str] = frozenset({"meme"})
#: Verbs of deciding: in a past tense, the infinitive under them is an act done ("a décidé de saisir la Cour").
DECIDING: frozenset[str] = frozenset({"decider"})
#: Possessive determiners: "son rapport" belongs to the clause's subject.
POSSESSIVES: frozenset[str] = frozenset({"son", "sa", "ses", "leur", "leurs"})
#: Before an infinitive these deny the act: "faute d'avoir transposé", "sans avoir notifié".
NEG_BEFORE_INFINITIVE: tuple[str, ...] = ("faute de", "faute d'", "sans")
#: Before an act noun these say the act is lacking: "faute de feu vert", "sans avis de la CNIL".
LACK_MARKERS: tuple[str, ...] = ("faute de", "faute d'", "sans", "en l'absence de", "en l'absence d'", "à défaut de",
                                 "à défaut d'")
#: the endings of French infinitives (folded): a verb the tagger calls an infinitive without one is finite ("fixe")
INFINITIVE_ENDINGS: tuple[str, ...] = ("er", "ir", "re", "oir")
#: the ending of present participles (folded): "autorisant", "modifiant"
PRESENT_PARTICIPLE_ENDING = "ant"
#: Indefinite determiners: "une société" names no particular body.
INDEFINITES: frozenset[str] = frozenset(
    {"un", "une", "des", "quelques", "plusieurs", "certains", "certaines", "aucun", "aucune", "d'autres", "autres"}
)
#: Prepositional locutions opening an adjunct of the act, never part of a body's name: "saisi par le préfet au
#: titre du contrôle de légalité" (the words, as folded token forms).
ADVERBIAL_LOCUTIONS: tuple[tuple[str, ...], ...] = (
    ("au", "titre"), ("en", "vertu"), ("sur", "le", "fondement"), ("dans", "le", "cadre"),
    ("a", "la", "demande"), ("a", "l'", "initiative"), ("a", "la", "requete"), ("en", "application"),
    ("au", "regard"), ("a", "l'", "egard"), ("au", "vu"))
#: A preposition that makes a bare noun and a "de" complement a prepositional locution ("en application de l'article
#: 40", "en exécution de l'arrêt"): the noun names no act.
LOCUTION_PREPS: frozenset[str] = frozenset({"en"})
#: Relative pronouns after a preposition ("par laquelle", "dans lequel"): the clause describes its antecedent.
PREP_RELATIVES: frozenset[str] = frozenset(
    {"laquelle", "lequel", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "duquel", "desquels"}
)
#: A date followed by one of these and another date is the start of a range ("du 1er au 31 mars").
RANGE_LINKS: tuple[str, ...] = ("au", "à")
#: Definite determiners: "la juridiction" refers back to a body already named.
DEFINITES: frozenset[str] = frozenset({"le", "la", "les", "l'", "cette", "ce", "cet", "ces"})
#: Grammatical gender shown by the determiner of a name ("la CNIL", "du tribunal"): "F" or "M".
DETERMINER_GENDERS: dict[str, str] = {
    "la": "F", "une": "F", "cette": "F", "le": "M", "du": "M", "au": "M", "un": "M", "ce": "M", "cet": "M",
}
#: Plural determiners show no gender: the first of them before a name decides that none shows ("les Sages de la rue
#: de Montpensier" is not feminine for the "la" of its complement).
PLURAL_DETERMINERS: frozenset[str] = frozenset({"les", "des", "ces", "aux", "leurs", "ses", "nos", "vos"})
#: Dative clitics: "lui a enjoint de…", "leur ordonne de…" name the party the act is addressed to.
DATIVE_PRONOUNS: frozenset[str] = frozenset({"lui", "leur"})
#: A body after these prepositions is the forum of a proceeding, not its party ("devant le Conseil d'État").
FORUM_PREPS: frozenset[str] = frozenset({"devant"})
#: Words joining a noun to the date that names it: "la loi du 30 juillet 2021" (the date names the text).
TITLE_LINKS: tuple[str, ...] = ("du", "en date du")
#: Digest lines open with a day/month without year and a dash ("12/03 – La Cnil …"): read them as dates.
DIGEST_DAY_MONTH = True
#: Official gazettes (folded): "au Journal officiel du 11 avril" dates the issue, i.e. the publication, not a
#: text's title; "au Journal officiel" also ends the noun phrase of what is published.
GAZETTES: tuple[str, ...] = ("journal officiel", "jo", "journal officiel de l'union europeenne", "joue")
#: Prepositions of means: "par une décision du 25 février 2022" names the decision by which the act is done.
MEANS_PREPS: tuple[str, ...] = ("par", "dans", "via")
#: Conjunctions that open a contrasting clause: a date before them is not the date of what follows.
CONTRASTS: tuple[str, ...] = ("mais", "tandis que", "alors que", "cependant", "toutefois", "néanmoins")
#: Adverbs (and the coordinator "mais") that set an act against the previous one of the same body, in the next
#: sentence ("Les Sages ont en revanche validé …"): the same decision goes on being told, with its date.
CONTRAST_ADVERBS: tuple[str, ...] = ("en revanche", "par contre", "mais", "cependant", "toutefois", "néanmoins",
                                     "pourtant", "à l'inverse", "a contrario")
#: The rest of a text a decision dealt with ("Le reste du texte a été déclaré conforme"): told of the same decision.
REMAINDERS: tuple[str, ...] = ("le reste du texte", "le reste de la loi", "les autres dispositions",
                               "le reste du décret")
#: Adverbs adding an act to the previous one ("a aussi mis en demeure").
ADDITIVES: tuple[str, ...] = ("aussi", "également", "en outre", "de plus", "par ailleurs", "outre")
#: Support verbs whose subject receives the act ("la ville a obtenu l'autorisation", "a écopé d'une amende"):
#: the subject is the party, the agent is the "de"/"par" complement if any.
RECIPIENT_VERBS: frozenset[str] = frozenset({"obtenir", "recevoir", "essuyer", "subir", "ecoper", "encourir"})
#: Participles of happening: set off after an act noun, they date that act ("son entrée en vigueur, intervenue le
#: 11 janvier").
HAPPEN_VERBS: frozenset[str] = frozenset({"intervenir", "survenir"})
#: Verbs of beginning: with an act noun as subject they report that act as begun ("l'expérimentation a débuté
#: mardi sous la conduite de la RATP"), dated by them.
START_VERBS: frozenset[str] = frozenset({"debuter", "commencer", "demarrer"})
#: Words of dependence: an act noun after them and "à" is a condition still to be met ("suspendue à l'avis de la
#: Commission", "subordonné à l'accord de la CNIL"), folded lemmas and participle stems.
DEPENDENCE_WORDS: frozenset[str] = frozenset(
    {"suspendre", "subordonner", "conditionner", "suspendu", "subordonn", "conditionn"})
#: Nouns of the effects of a decision: a body that sets those of its own ruling ("a différé de six mois les effets de
#: sa décision") states how that ruling applies, no further act (folded lemmas).
EFFECT_NOUNS: frozenset[str] = frozenset({"effet"})
#: Nouns of a request: the act noun after them and "de" is what is asked for, not an act done ("la demande de
#: suspension du décret", "une requête en annulation" is the request itself), folded lemmas.
REQUEST_NOUNS: frozenset[str] = frozenset({"demande", "requete", "recours", "sollicitation"})
#: Verbs of lasting state: a participle as their attribute tells a state, no act ("reste interdit", "demeure
#: suspendu"), folded lemmas and finite forms (the tagger may leave a form as its own lemma).
STATE_VERBS: frozenset[str] = frozenset(
    {"rester", "demeurer", "reste", "restent", "restait", "restaient", "restera", "resteront", "demeure",
     "demeurent", "demeurait", "demeuraient", "demeurera", "demeureront"})
#: Participles that give a name ("le règlement sur les données, dit Data Act, …"): lemmas, folded.
NAMING_VERBS: frozenset[str] = frozenset({"dire", "appeler", "surnommer", "baptiser", "nommer"})
#: Participles of "dire" naming a thing, which the tagger may read as finite after a comma (", dit Prüm II,").
NAMING_PARTICIPLES: frozenset[str] = frozenset({"dit", "dite", "dits", "dites"})
#: Verbs that take "être" in compound tenses: "est entrée en vigueur" is a past tense, not a passive.
ETRE_VERBS: frozenset[str] = frozenset(
    {"entrer", "devenir", "venir", "arriver", "partir", "rester", "tomber", "naitre", "mourir", "sortir", "retourner",
     "revenir", "parvenir", "intervenir", "survenir", "paraitre"}
)
#: Endings of past participles (folded): a capitalised "Adoptée" opening a sentence is a participle.
PAST_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues",
                                            "it", "ite", "its", "ites", "ert", "erte", "erts", "ertes")
#: Endings of a past participle that opens a sentence before its noun ("Adoptées la semaine dernière, ces mises en
#: demeure …", "Rendue publique jeudi, la décision …"): the unambiguous ones, not "-i" or "-u" ("Lundi, …").
FRONTED_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées", "ue", "ues", "ise", "ises", "ite", "ites")
#: Time units: "de sept mois", "d'un an" after a verb measure a duration, they are no object.
#: Conjunctions that open a condition: the clause they head states a hypothesis, not an act.
CONDITION_MARKS: frozenset[str] = frozenset({"si", "s'"})
DURATION_UNITS: frozenset[str] = frozenset({"jour", "semaine", "mois", "an", "annee", "heure", "trimestre", "semestre"})
#: Nouns of a time limit (folded): "dans un délai de deux mois" after an order is when, not what, it orders.
DEADLINE_NOUNS: frozenset[str] = frozenset({"delai", "echeance"})
#: Prepositions (folded) that make an act noun a point in time: "six mois après le vote des eurodéputés".
TIME_PREPS: frozenset[str] = frozenset({"apres", "avant", "depuis"})
#: Prepositions that open a duration ("pendant trois mois", "durant l'été").
DURATION_PREPS: frozenset[str] = frozenset({"pendant", "durant"})
#: Demonstrative determiners (folded): "cet article" takes up the article named before.
DEMONSTRATIVES: frozenset[str] = frozenset({"ce", "cet", "cette", "ces"})
#: Expletive subject pronouns of an impersonal construction: "il lui est enjoint de…".
EXPLETIVES: frozenset[str] = frozenset({"il"})
#: Prepositions (folded) that address an order to its party: "a enjoint au ministère de publier…".
ADDRESS_PREPS: frozenset[str] = frozenset({"a", "au", "aux"})
#: Words that link the items of a list ("300 000 euros en 2022 et 600 000 euros en 2023").
AMOUNT_LIST_LINKS: tuple[str, ...] = ("et", ",", "puis")
#: The word that pairs a list of amounts with a list of parties in order ("… respectivement contre X et Y").
RESPECTIVELY: tuple[str, ...] = ("respectivement",)
#: The preposition of an amount whose verb is left out after another party ("Apple écope de 500 millions d'euros ;
#: Meta, de 200 millions"): the gapped clause repeats the act for the party named before it.
GAPPED_AMOUNT_PREPS: tuple[str, ...] = ("de", "d'")
#: Prepositions of the amount of a coordinated party: "la société Alpha à hauteur de 750 000 euros et son
#: sous-traitant Beta à hauteur de 180 000 €", "Alpha à 2 millions d'euros et Beta à 1 million".
COORDINATED_AMOUNT_PREPS: tuple[str, ...] = ("à hauteur de", "à hauteur d'", "à")
#: An amount taken up from before: "a écopé de la même somme".
SAME_AMOUNT: tuple[str, ...] = ("la même somme", "le même montant", "la même amende", "un montant identique")
#: Words of a quantity before a noun ("plus de soixante députés").
QUANTIFIERS: frozenset[str] = frozenset({"plus", "moins", "de", "d'", "pres", "près", "environ", "quelque"})
#: Words that join the members of a list ("Google, Amazon et Microsoft").
LIST_LINKS: frozenset[str] = frozenset({"et", "ou"})
#: Words joining two clauses of one subject ("a jugé que … et a annulé …").
COORDINATORS: frozenset[str] = LIST_LINKS
#: Pronoun "en" before a verb: "en a validé l'essentiel" = the essentials of the text named before.
PARTITIVE_CLITIC: frozenset[str] = frozenset({"en"})
#: Disjunctive pronouns, which take up a body named before when they are a party ("contre lui").
DISJUNCTIVE_PRONOUNS: frozenset[str] = frozenset({"lui", "elle", "eux", "elles"})
#: Demonstrative pronouns that take up a noun before a relative ("celui qui visait …").
DEMONSTRATIVE_PRONOUNS: frozenset[str] = frozenset({"celui", "celle", "ceux", "celles"})
#: Relative pronouns that open what a sanctioned party did ("à Yahoo, qui déposait des cookies …").
CONDUCT_RELATIVES: tuple[str, ...] = ("qui",)
#: The relative pronoun that is the subject of its clause ("l'arrêt … qui avait écarté …").
SUBJECT_RELATIVES: frozenset[str] = frozenset({"qui"})
#: Endings of the imperfect, the tense of a conduct ("qui déposait des cookies"), not of an act.
IMPERFECT_ENDINGS: tuple[str, ...] = ("ait", "aient")
#: Endings a third person singular shares between the present and the simple past ("interdit", "finit", "dit").
PRESENT_OR_SIMPLE_PAST_ENDINGS: tuple[str, ...] = ("it",)
#: Adverbial clitics, which open the verb group after a subject ("Ses rapporteurs y formulent …").
ADVERBIAL_CLITICS: frozenset[str] = frozenset({"y", "en"})
#: A determiner with "autre(s)" and no noun repeats the noun of the previous object: "a censuré X et validé les autres".
ELLIPTIC_OTHERS: frozenset[str] = frozenset({"autres", "autre"})
#: Prepositions that give an amount to its party in a list: "100 millions d'euros pour Google"
BENEFICIARY_PREPS: tuple[str, ...] = ("pour",)
#: Verbs of paying, folded forms: an order to pay a sum ("condamnée à verser 1 500 euros à l'association").
PAY_VERBS: frozenset[str] = frozenset({"verser", "payer", "rembourser", "acquitter", "regler"})
#: How the party paid opens after an amount ordered paid ("à verser 1 500 euros à l'association"), folded; and the
#: openings of "à"/"au" that name no party ("au titre de", "à hauteur de").
PAYEE_STARTS: tuple[str, ...] = ("a l'", "a la ", "a leur", "a son ", "a sa ", "a ses ", "a un ", "a une ",
                                 "a chaque", "a chacun", "au ", "aux ")
NOT_PAYEE: tuple[str, ...] = ("au titre", "au total", "au plus", "au moins", "au lieu", "au-dela", "au cours",
                              "aux termes", "a la suite", "a la place", "a la fois", "a l'issue")
#: Prepositions that name the party right after an amount: "100 millions d'euros pour Google", "une amende de
#: 3 000 euros à une société", "… contre Meta".
PARTY_PREPS: tuple[str, ...] = ("pour", "à", "contre", "à l'encontre de", "à l'encontre d'", "à l'encontre du",
                                "à l'encontre des")
#: Prepositions fused with the article, followed by the party's noun: "300 000 euros au groupe Iliad" (a party
#: only when the noun names a body: not "au total", "au titre de").
PARTY_CONTRACTED: tuple[str, ...] = ("au", "aux")
#: Determiners that open a common-noun party after such a preposition ("pour un professionnel de santé").
PARTY_DETERMINERS: tuple[str, ...] = ("un", "une", "le", "la", "l'")
#: Words that end such a party ("pour un hôpital le 5 mars", "pour Google et 35 millions …", "… pour Amazon").
PARTY_ENDS: tuple[str, ...] = ("le", "et", "pour")
#: Nouns of "faire l'objet de": the subject undergoes the act the complement names ("la loi a fait l'objet
#: d'un recours").
UNDERGO_NOUNS: frozenset[str] = frozenset({"objet"})
#: Distributive pronouns after a colon: "deux recours : l'un de X, l'autre de Y" (one act each).
DISTRIBUTIVES: frozenset[str] = frozenset({"un", "une", "autre"})
#: Prepositions of a condition attached to an obligation: "devra cesser … sous astreinte".
CONDITION_PREPS: frozenset[str] = frozenset({"sous"})
#: Nouns (folded) of a "pour" phrase of time, never a ground: "pour la deuxième fois", "pour l'instant".
TIME_GROUND_NOUNS: frozenset[str] = frozenset({"fois", "heure", "moment", "instant"})
#: Prepositions of the ground of a sanction or an injunction: "une amende pour avoir glissé des publicités…".
GROUND_PREPS: frozenset[str] = frozenset({"pour"})
#: The verb of a receiving passive: "la société s'est vu infliger une amende par la Cnil" (with a reflexive
#: clitic, its subject is the party the act of the infinitive is addressed to).
RECEIVING_VERBS: frozenset[str] = frozenset({"voir"})
#: Multi-word prepositions that introduce the agent of a passive like "par": "de la part de la Cnil".
AGENT_LOCUTIONS: frozenset[tuple[str, ...]] = frozenset(
    {("de", "la", "part", "de"), ("de", "la", "part", "du"), ("de", "la", "part", "des"), ("de", "la", "part", "d'"),
     # "l'expérimentation a débuté … sous la conduite de la RATP": who carries the act out
     ("sous", "la", "conduite", "de"), ("sous", "la", "conduite", "du"), ("sous", "la", "conduite", "des")})
#: Prepositions of a fronted adjunct whose text is the main subject's own: "Dans un rapport publié mardi, la Cour
#: des comptes critique…" (unlike "selon", which cites someone else's text).
OWNER_ADJUNCT_PREPS: frozenset[str] = frozenset({"dans"})
#: Prepositions citing a text as the source of what the sentence says: "…, selon le rapport annuel publié mercredi
#: par la CNCTR" (the text's publication by its named body is an act told in passing).
CITING_PREPS: frozenset[str] = frozenset({"selon", "d'après"})
#: Prepositions of a fronted adjunct naming the text by which the main subject acts: "Par une délibération rendue
#: publique mardi, la Cnil a sanctionné…" (the text is the subject's; what it says is the main clause's act).
RECORD_ADJUNCT_PREPS: frozenset[str] = frozenset({"par"})

# finite forms of the auxiliaries "avoir" and "être" that a set-off phrase can cut off from their participle
# ("la CNIL avait, en décembre 2023, sanctionné …"), folded as the extractor compares them
AUXILIARY_FORMS: frozenset[str] = frozenset(
    {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "etait", "etaient",
     "sera", "seront"})
#: Finite forms of "être" among them: after one, a participle is a passive (folded).
ETRE_FORMS: frozenset[str] = frozenset({"est", "sont", "etait", "etaient", "sera", "seront"})

#: Nouns of a party's reasoning before a court ("écarte l'argument selon lequel …", "a rejeté le moyen tiré de …"):
#: what a court does to them is its reasoning, no act of its own (folded; not "les griefs des requérants", all the
#: complaints a referral makes, whose dismissal is the ruling).
REASONING_NOUNS: frozenset[str] = frozenset({"argument", "arguments", "moyen", "moyens"})
#: Nouns of a press statement, folded: published, it is the news's source, no record of an act ("Selon un
#: communiqué publié hier par Bercy, …").
STATEMENT_NOUNS: frozenset[str] = frozenset({"communique", "communiques", "tweet", "message"})
#: The word that opens an attribute of the object after a verb of showing, folded: a text "présenté comme
#: anonyme" is described, not published.
ATTRIBUTE_MARKERS: frozenset[str] = frozenset({"comme"})
#: Closing quotation marks: a verb right after one and a comma, the quotation opening the sentence, opens an incise
#: of reported speech ("« … », a lancé l'un d'eux"), with its speaker after it; it reports words, no act.
CLOSING_QUOTES: frozenset[str] = frozenset({"»", "”", '"'})
#: Opening quotation marks (the straight double quote both opens and closes).
OPENING_QUOTES: frozenset[str] = frozenset({"«", "“", '"'})
