"""Language data for ingestion: function-word profiles and month names.

Data only, no logic. ``FUNCTION_WORDS`` maps an ISO 639-1 code to frequent
closed-class words of that language that are rare in the others (words shared
by two profiles, such as "a", "en", "de", "la", are left out), used by
``veillegraph.ingest._lang.detect_language``. ``MONTHS`` maps month names and
their usual abbreviations (lower case, accents kept and dropped) to 1..12 for
``veillegraph.ingest._dates``.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("""
        à la de en a le les des du un une et est dans pour que qui sur par pas au aux ce cette ces il elle ils
        elles
        ne se sont ont avec plus ou leur leurs mais nous vous sa son ses lui été être fait comme aussi
        dont où été avait sont était selon après entre sans sous tout tous toute toutes très déjà
        depuis ainsi cela ceci celui celle ceux notre nos votre vos même peut doit l' d' qu' n' s' c' j'
        """),
    "en": _words("""
        a in the of and to is that for on with as by was are it be this from at an have has not which
        or its were their been will would can could should they there these those than who what
        when into also after about more other such but we you he she his her our your them only
        over under between against because while where
        """),
    "de": _words("""
        der die das und ist nicht mit auf für dem den ein eine einer eines von zu sich auch des im
        wird werden wurde sind oder aber nach bei aus wie hat haben noch nur über
        """),
    "es": _words("""
        a la de en que el los las y es del por con para una su sus al lo como más pero fue ha han este esta
        estos entre sobre también sin hasta desde cuando muy son ser está
        """),
    "it": _words("""
        a la in il di che è della delle degli dei gli per con una sono nel nella alla anche come più
        ma dal dalla questo questa stato essere ha hanno tra sul sulla non
        """),
}

#: Letters that only (or nearly only) one profiled language uses: each token holding one adds half a hit.
LETTERS: dict[str, str] = {
    "fr": "éèêëçœæâîïôûù",
    "en": "",
    "de": "äöüß",
    "es": "ñáíóú¿¡",
    "it": "ìò",
}

#: The languages ``detect_language`` may return besides ``"und"``.
PROFILE_ORDER: tuple[str, ...] = ("fr", "en", "de", "es", "it")

MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "october": 10, "november": 11, "december": 12,
}

#: Ordinal day suffixes that may follow a day number ("1er janvier", "March 1st").
DAY_SUFFIXES: tuple[str, ...] = ("er", "re", "st", "nd", "rd", "th")
