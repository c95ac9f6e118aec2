#!/usr/bin/env python3
"""Generate realistic legal-watch clippings for the benchmarks, with their ground truth.

    python3 bench/generate.py --clippings N --seed S --format jsonl|txt|folder|rss --out PATH
                              [--ground-truth GOLD.jsonl]

The clippings imitate ``../shared/gold/*.jsonl`` and the example page: about 90 % French
and 10 % English; events told in many constructions (active, passive, nominal,
fronted date, hedged "devrait", announced, proposed "souhaite", negated "n'a pas" which
states no event), dates in every common form (absolute, numeric, month, year, relative to
the publication date), amounts in every common form, counts in digits and words,
distractors (budgets, fixed penalties, periods, end dates), about 40 % event-less
clippings, one to three events per clipping, the same act told again by later clippings
in other words, near-duplicates (light rewording), exact duplicates (~2 %) and a few
malformed records (~0.1 %) for the rejects path.

Names come from the project's reference data (``veillegraph.knowledge.default_knowledge``)
when it holds actors and instruments; otherwise from the small fallback list below.
Companies, communes and associations are invented.

The ground truth is in the format of ``../shared/gold/*.jsonl`` (``score_events.py`` reads
it) with extra keys per event: ``act`` (the same act told by several clippings has one
``act``), ``agent_iri``/``object_iri`` (reference IRIs when known), ``agent_kind``/
``object_kind`` and character ``spans`` (``evidence``, ``trigger``, ``agent``, ``object``,
``date``) into the clipping text. Malformed records have no ground truth line.

Output is streamed: memory stays bounded whatever N, and the same seed gives the same
bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape

GENERATOR_VERSION = "1"

# ---------------------------------------------------------------------------------------------
# Entities. ``forms`` are surface forms WITH their determiner ("la CNIL", "Bruxelles");
# ``gender`` is "m", "f" or "p" (plural) for agreement; ``label`` the name the ground truth uses.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NP:
    """A noun phrase: a surface form with its determiner, the label for the ground truth."""

    text: str  # as written in the clipping, with its determiner: "la CNIL"
    label: str  # ground-truth name: "CNIL"
    gender: str = "m"  # m | f | p
    iri: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Ent:
    key: str
    kind: str
    label: str
    forms: tuple[tuple[str, str], ...]  # (surface with determiner, gender)
    en: tuple[str, ...] = ()
    iri: str | None = None

    def np(self, rnd: random.Random, lang: str = "fr") -> NP:
        if lang == "en":
            text = rnd.choice(self.en) if self.en else self.label
            return NP(text, self.label, "m", self.iri, self.kind)
        text, gender = rnd.choice(self.forms)
        return NP(text, self.label, gender, self.iri, self.kind)


def _e(key: str, kind: str, label: str, forms: list[str], en: list[str] | None = None) -> Ent:
    return Ent(key, kind, label, tuple((f, _gender_of(f)) for f in forms), tuple(en or [label]))


def _gender_of(form: str) -> str:
    low = form.lower()
    if low.startswith(("les ", "des ")):
        return "p"
    if low.startswith("la "):
        return "f"
    if low.startswith("l'"):
        head = low[2:].split()[0] if low[2:].split() else ""
        return "f" if head in _FEMININE_HEADS else "m"
    return "m"


_FEMININE_HEADS = {"autorité", "assemblée", "union", "agence", "administration", "arcom", "expérimentation",
                   "association", "ue", "annulation", "entreprise"}

#: Used only while ``ontology/reference/*.ttl`` holds no actors and instruments.
FALLBACK: list[Ent] = [
    _e("conseil-constitutionnel", "court", "Conseil constitutionnel",
       ["le Conseil constitutionnel", "les Sages", "le Conseil constitutionnel", "la rue de Montpensier"],
       ["the Constitutional Council", "France's Constitutional Council"]),
    _e("conseil-etat", "court", "Conseil d'État",
       ["le Conseil d'État", "le Conseil d'Etat", "la haute juridiction administrative", "le Conseil d'État"],
       ["the Council of State", "France's Council of State"]),
    _e("cjue", "court", "Cour de justice de l'Union européenne",
       ["la Cour de justice de l'Union européenne", "la CJUE", "la Cour de justice de l'UE"],
       ["the Court of Justice of the EU", "the CJEU"]),
    _e("cnil", "independent_authority", "CNIL",
       ["la CNIL", "la Cnil", "la Commission nationale de l'informatique et des libertés", "la CNIL"],
       ["the CNIL", "France's data protection authority CNIL"]),
    _e("arcom", "independent_authority", "Arcom", ["l'Arcom", "l'Autorité de régulation de la communication"],
       ["Arcom"]),
    _e("autorite-concurrence", "independent_authority", "Autorité de la concurrence",
       ["l'Autorité de la concurrence"], ["the French Competition Authority"]),
    _e("defenseur-des-droits", "independent_authority", "Défenseur des droits",
       ["le Défenseur des droits", "la Défenseure des droits"], ["the Defender of Rights"]),
    _e("dpc-irlande", "independent_authority", "Data Protection Commission",
       ["la Data Protection Commission irlandaise", "le régulateur irlandais", "la DPC"],
       ["Ireland's Data Protection Commission", "the Irish regulator", "the DPC"]),
    _e("garante-privacy", "independent_authority", "Garante per la protezione dei dati personali",
       ["la Garante italienne", "l'autorité italienne de protection des données"],
       ["the Italian Data Protection Authority", "Italy's Garante"]),
    _e("cour-des-comptes", "court", "Cour des comptes", ["la Cour des comptes"], ["the Court of Audit"]),
    _e("commission-europeenne", "eu_institution", "Commission européenne",
       ["la Commission européenne", "Bruxelles", "l'exécutif européen", "la Commission européenne"],
       ["the European Commission", "Brussels"]),
    _e("parlement-europeen", "eu_institution", "Parlement européen",
       ["le Parlement européen", "les eurodéputés"], ["the European Parliament", "MEPs"]),
    _e("conseil-ue", "eu_institution", "Conseil de l'Union européenne",
       ["le Conseil de l'Union européenne", "le Conseil de l'UE"], ["the Council of the EU"]),
    _e("assemblee-nationale", "parliamentary_chamber", "Assemblée nationale",
       ["l'Assemblée nationale", "les députés"], ["the National Assembly"]),
    _e("senat", "parliamentary_chamber", "Sénat", ["le Sénat", "la haute assemblée", "les sénateurs"],
       ["the Senate"]),
    _e("parlement", "parliament", "Parlement", ["le Parlement"], ["Parliament"]),
    _e("gouvernement", "government", "Gouvernement", ["le gouvernement", "l'exécutif"], ["the government"]),
    _e("ministere-interieur", "ministry", "Ministère de l'Intérieur",
       ["le ministère de l'Intérieur", "la place Beauvau", "Beauvau"], ["the Interior Ministry"]),
    _e("la-quadrature-du-net", "association", "La Quadrature du Net", ["La Quadrature du Net"]),
    _e("ldh", "association", "Ligue des droits de l'homme",
       ["la Ligue des droits de l'homme", "la LDH"], ["the Human Rights League"]),
    _e("google", "company", "Google", ["Google"], ["Google"]),
    _e("meta", "company", "Meta", ["Meta"], ["Meta"]),
    _e("amazon-france-logistique", "company", "Amazon France Logistique", ["Amazon France Logistique"]),
    _e("orange", "company", "Orange", ["Orange"], ["Orange"]),
    _e("clearview-ai", "company", "Clearview AI", ["Clearview AI", "la société Clearview AI"], ["Clearview AI"]),
    _e("tiktok", "company", "TikTok", ["TikTok"], ["TikTok"]),
    _e("ai-act", "eu_regulation", "AI Act",
       ["le règlement sur l'intelligence artificielle", "l'AI Act", "le règlement (UE) 2024/1689", "le RIA"],
       ["the AI Act", "Regulation (EU) 2024/1689"]),
    _e("data-act", "eu_regulation", "Data Act", ["le Data Act", "le règlement sur les données"], ["the Data Act"]),
    _e("gdpr", "eu_regulation", "RGPD", ["le RGPD", "le règlement général sur la protection des données"],
       ["the GDPR"]),
    _e("dsa", "eu_regulation", "Digital Services Act", ["le Digital Services Act", "le DSA"], ["the DSA"]),
    _e("dma", "eu_regulation", "Digital Markets Act", ["le Digital Markets Act", "le DMA"], ["the DMA"]),
    _e("loi-2023-380", "law", "loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024",
       ["la loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024",
        "la loi relative aux jeux Olympiques et Paralympiques de 2024", "la loi JO"],
       ["the 2024 Olympic Games Act"]),
    _e("loi-2025-379", "law",
       "loi n° 2025-379 du 28 avril 2025 relative au renforcement de la sûreté dans les transports",
       ["la loi relative au renforcement de la sûreté dans les transports", "la loi sûreté dans les transports"],
       ["the transport security act"]),
    _e("decret-2023-283", "decree", "décret n° 2023-283 du 19 avril 2023",
       ["le décret n° 2023-283 du 19 avril 2023", "le décret sur les caméras aéroportées"],
       ["the decree of 19 April 2023 on police drones"]),
]

#: Head words that give the gender of a knowledge label once a determiner is added.
_MASC_HEADS = {"conseil", "tribunal", "parlement", "sénat", "gouvernement", "ministère", "défenseur", "règlement",
               "décret", "projet", "rapport", "code", "comité", "parquet", "premier", "président", "arrêté",
               "contrôleur", "médiateur", "rgpd", "dsa", "dma", "ria", "syndicat", "barreau", "centre", "bureau",
               "office", "haut", "collectif", "régulateur", "gendarme", "juge", "préfet", "groupe", "palais"}
_FEM_HEADS = {"cour", "commission", "cnil", "autorité", "assemblée", "loi", "directive", "délibération",
              "décision", "proposition", "agence", "haute", "défenseure", "préfecture", "région", "ville",
              "commune", "métropole", "ligue", "quadrature", "société", "cnctr", "arcom", "cncdh", "cjue", "cedh",
              "cpi", "dgsi", "anssi", "ratp", "sncf", "fédération", "direction", "police", "mairie", "union",
              "fondation", "chambre", "première", "formation", "maison", "firme", "gendarmerie",
              "contrôleure", "caa", "ta", "cnpd", "dpc", "aepd", "ue", "législation", "ftc", "cmp", "ca"}
#: Common-noun heads written in lower case inside a sentence ("la loi n° …", "le tribunal administratif de …").
_LOWER_HEADS = {"loi", "décret", "règlement", "directive", "article", "code", "proposition", "projet", "rapport",
                "tribunal", "ville", "commune", "région", "mairie", "préfecture", "police", "barreau"}
_DETERMINERS = ("le ", "la ", "les ", "l'", "l\u2019")


def _with_determiner(label: str, kind: str) -> tuple[str, str]:
    """``label`` with the determiner French usage gives it, and its gender."""
    low = label.lower()
    if low.startswith(_DETERMINERS):
        return label, _gender_of(label)
    words = low.split()
    head = words[0].strip(",") if words else ""
    if head in _LOWER_HEADS or (head == "cour" and len(words) > 1 and words[1] in ("d'appel", "administrative")):
        label = label[0].lower() + label[1:]
    known = head in _FEM_HEADS or head in _MASC_HEADS
    if not known and (kind in ("company", "person", "association") or (label[:1].isupper() and len(words) == 1
                                                                       and not label.isupper())):
        return label, "m"  # a proper name: "Google", "Bruxelles", "Amnesty International"
    if not known and label[:1].islower() and low.endswith("s") and len(words) == 1:
        return "les " + label, "p"  # "députés"
    g = "f" if head in _FEM_HEADS else "m"
    if head[:1] in "aeéèêiîouyh" and head not in {"haut", "haute"}:
        return "l'" + label, g
    return ("la " if g == "f" else "le ") + label, g


def _with_the(label: str, kind: str) -> str:
    if kind in ("company", "person", "association") and not label.startswith(("Federation", "Foundation", "Centre")):
        return label
    if label.lower().startswith("the ") or "'s " in label or (" " not in label and not label.isupper()):
        return label
    return "the " + label


def _from_knowledge() -> list[Ent] | None:
    """Entities of the project's reference data, or None when it has too few to use."""
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
        from veillegraph.knowledge import default_knowledge

        kn = default_knowledge()
    except Exception:  # the reference data is being written; fall back
        return None
    out: list[Ent] = []
    for ent in kn.entities.values():
        fr = list(dict.fromkeys(lb.text for lb in ent.labels if lb.lang in ("fr", "") and len(lb.text) > 1))
        en = list(dict.fromkeys(lb.text for lb in ent.labels if lb.lang in ("en", "") and len(lb.text) > 1))
        if not fr:
            continue
        lowered = {f.lower() for f in fr}
        forms = []
        for f in fr:
            if not f.lower().startswith(_DETERMINERS) and any(d + f.lower() in lowered for d in _DETERMINERS):
                continue  # "députés" when "les députés" is there too
            forms.append(_with_determiner(f, ent.kind))
        key = ent.iri.rsplit("/", 1)[-1]
        out.append(Ent(key, ent.kind, ent.pref_label, tuple(dict.fromkeys(forms)),
                       tuple(_with_the(e, ent.kind) for e in en) or (ent.pref_label,), ent.iri))
    kinds = {e.kind for e in out}
    if not {"court", "independent_authority", "law"} <= kinds:
        return None
    return out


# ---------------------------------------------------------------------------------------------
# Invented names, topics, wording.
# ---------------------------------------------------------------------------------------------

_TOWN_A = ["Saint-", "Villeneuve-", "Montfort-", "Beaulieu-", "Roche-", "Val-", "Pont-", "Bourg-", "Mont-",
           "Fontaine-", "Castel-", "Neuville-"]
_TOWN_B = ["Aubin", "Marcel", "Clair", "Loup", "Rémy", "Gervais", "Lambert", "Hilaire", "Didier", "Ours",
           "Médard", "Brice", "Quentin", "Vaast"]
_TOWN_C = ["", "", "-sur-Loire", "-les-Prés", "-en-Vexin", "-sur-Mer", "-la-Forêt", "-le-Haut", "-sur-Saône",
           "-de-Provence"]
_CO_A = ["Vigi", "Data", "Numé", "Secu", "Opti", "Visio", "Alg", "Sentin", "Cyber", "Pixel", "Clair", "Lumi",
         "Neo", "Kapta", "Orbi", "Veri"]
_CO_B = ["lis", "cam", "ris", "vision", "tek", "rithm", "elle", "nova", "sense", "scope", "data", "guard",
         "line", "ia", "net", "flux"]
_CO_FORM = ["", " SAS", " SA", " France", " Technologies", " Solutions"]
_ASSOC = ["l'association Vigilance citoyenne", "le collectif Technopolice", "l'association Libertés numériques",
          "le Syndicat des avocats de France", "l'association Droits et écrans", "le collectif Halte au fichage"]
_TOPICS_F = ["la sécurité globale", "la protection des données personnelles", "la résilience des infrastructures "
             "critiques", "la sûreté dans les transports", "la vidéoprotection", "la lutte contre la fraude",
             "la sécurité intérieure", "la reconnaissance faciale", "la régulation de l'espace numérique",
             "la responsabilité pénale", "la prévention des actes de terrorisme", "la police municipale"]
_TOPICS_M = ["traitement de données dénommé « Sentinelle »", "fichier des antécédents judiciaires",
             "recours aux caméras embarquées", "usage des drones par les forces de l'ordre",
             "traitement algorithmique des images", "fichier des personnes recherchées",
             "contrôle d'accès biométrique", "dispositif de lecture automatisée des plaques"]
_EXPERIMENTS = ["l'expérimentation de la vidéosurveillance algorithmique", "l'expérimentation des caméras-piétons",
                "l'expérimentation de la reconnaissance faciale dans les gares",
                "l'expérimentation des caméras embarquées dans les trains",
                "l'expérimentation des drones de surveillance", "l'expérimentation de l'analyse sonore"]
_REPORTS = ["son rapport annuel", "un rapport sur la vidéosurveillance", "un guide pratique sur l'IA",
            "des lignes directrices sur les cookies", "un livre blanc sur les caméras augmentées",
            "un rapport d'évaluation de l'expérimentation", "ses recommandations sur les assistants vocaux"]
_PLURAL_TARGETS = [("communes", "f"), ("sociétés", "f"), ("collectivités", "f"), ("hébergeurs", "m"),
                   ("opérateurs", "m"), ("établissements de santé", "m")]
_COUNT_WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf",
                10: "dix", 12: "douze", 15: "quinze", 20: "vingt"}
_EN_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                   10: "ten", 12: "twelve"}
_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_AMOUNTS = [3000, 20000, 45000, 104000, 150000, 250000, 300000, 600000, 800000, 1500000, 5200000, 8000000,
            10000000, 20000000, 32000000, 35000000, 50000000, 100000000, 150000000, 310000000, 700000000]
_BIG_WORDS = {10: "dix", 20: "vingt", 50: "cinquante", 100: "cent", 5: "cinq", 8: "huit", 35: "trente-cinq"}

_BACKGROUND_FR = [
    "Le débat sur {topic} ne faiblit pas, entre partisans d'un outil jugé efficace et opposants qui dénoncent "
    "une atteinte à la vie privée.",
    "Pour {actor}, ces dispositifs posent des questions nouvelles sur la proportionnalité des traitements.",
    "La commune de {town} compte aujourd'hui plus de {n} caméras, un chiffre en hausse constante depuis dix ans.",
    "Les associations de défense des libertés rappellent que l'efficacité de ces outils reste à démontrer.",
    "Faut-il étendre {experiment_bare} à d'autres villes ? Les élus de {town} y sont favorables.",
    "Depuis janvier {year}, la municipalité de {town} s'interroge sur l'utilité de ses caméras.",
    "Le texte prévoit une amende forfaitaire de {small} euros pour les contrevenants.",
    "Le ministère dispose d'un budget de {budget} millions d'euros pour équiper les forces de l'ordre.",
    "Plus de {users} millions d'utilisateurs seraient concernés, selon les estimations de la société {company}.",
    "Des chercheurs de l'université de {town} travaillent à une étude comparative sur les caméras augmentées.",
    "La question de la conservation des images divise les juristes comme les élus locaux.",
    "Selon un sondage, {pct} % des Français se disent favorables à la vidéoprotection dans les transports.",
    "Le dossier du numéro {n} du magazine Face au Risque ({month} - {month2} {year}) est consacré à la "
    "vidéosurveillance algorithmique.",
    "Mes invités : Maître {person}, avocat au barreau de Paris, et {person2}, expert en cybersécurité.",
    "La société {company}, qui commercialise des caméras dites intelligentes, revendique {n} clients en Europe.",
    "Pour les opposants, {topic} ouvre la voie à une surveillance généralisée de l'espace public.",
]
_BACKGROUND_EN = [
    "The debate over live facial recognition keeps coming back, with critics pointing to thin evidence.",
    "Civil liberties groups say the effectiveness of such tools has never been demonstrated.",
    "More than {users} million users could be affected, according to {company}'s own figures.",
    "Police chiefs keep citing a deterrence effect to justify the cameras installed in {town}.",
    "The programme has a budget of {budget} million euros over five years.",
]
_PEOPLE = ["Claire Martin", "Julien Bernard", "Sophie Lefèvre", "Karim Benali", "Anne Dubois", "Hugo Moreau",
           "Léa Girard", "Thomas Roux"]
_CHROME = ["Get Started for FREE", "Sign up with Facebook Sign up with X", "Your new post is loading...",
           "I don't have a Facebook or a X account"]
_NOTES = ["à consulter au centre de documentation pour les publics de l'INSP",
          "à consulter au centre de documentation", "voir aussi le dossier thématique du mois"]
#: Keys (reference slugs) of authorities that fine and put on notice.
_SANCTIONERS = {"cnil", "arcom", "arcep", "autorite-concurrence", "dpc-irlande", "garante-privacy", "aepd",
                "autoriteit-persoonsgegevens", "cnpd-luxembourg", "ftc", "bfdi"}
_SECTIONS = ["actualites", "droit-numerique", "libertes", "securite", "europe", "justice", "tech", "news"]


# ---------------------------------------------------------------------------------------------
# Pieces with spans.
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str]  # (tag, text); tag "" for plain text


def _join(pieces: list[Piece]) -> tuple[str, dict[str, tuple[int, int]]]:
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    for tag, text in pieces:
        if tag and tag not in spans:
            spans[tag] = (pos, pos + len(text))
        out.append(text)
        pos += len(text)
    return "".join(out), spans


def _cap(pieces: list[Piece]) -> list[Piece]:
    """Capitalise the first letter of the sentence."""
    for i, (tag, text) in enumerate(pieces):
        if text:
            pieces[i] = (tag, text[0].upper() + text[1:])
            break
    return pieces


def _de(np_text: str) -> str:
    """French "de" + noun phrase, with contraction."""
    low = np_text.lower()
    if low.startswith("le "):
        return "du " + np_text[3:]
    if low.startswith("les "):
        return "des " + np_text[4:]
    if low.startswith("l'") or np_text[:1].lower() in "aeéèêiîouy":
        return "d'" + np_text
    return "de " + np_text


def _a(np_text: str) -> str:
    low = np_text.lower()
    if low.startswith("le "):
        return "au " + np_text[3:]
    if low.startswith("les "):
        return "aux " + np_text[4:]
    return "à " + np_text


def _par(np_text: str) -> str:
    return "par " + np_text


def _agree(pp: str, gender: str) -> str:
    """Agree a past participle with its subject: sanctionné → sanctionnée / sanctionnés."""
    words = pp.split(" ")
    w = words[0]
    if gender == "f":
        w = w + "e"
    elif gender == "fp":
        w = w + "es"
    elif gender == "p":
        w = w if w.endswith("s") else w + "s"
    return " ".join([w, *words[1:]])


# ---------------------------------------------------------------------------------------------
# Dates and amounts.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class When:
    """An act's date: ISO value at some precision (or None) and the published date it leans on."""

    value: str | None  # "2024-12-30" | "2024-12" | "2024" | None


def _fr_day(d: dt.date) -> str:
    return "1er" if d.day == 1 else str(d.day)


def render_date_fr(rnd: random.Random, value: str | None, published: dt.date | None) -> tuple[str, str] | None:
    """(date phrase for after the verb, phrase for a fronted date) or None when no date is said."""
    if value is None:
        return None
    if len(value) == 4:
        return (f"en {value}", f"En {value}")
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        if published and (published.year * 12 + published.month - 1) == (y * 12 + m - 1) + 1 and rnd.random() < 0.4:
            return ("le mois dernier", "Le mois dernier")
        return (f"en {_MONTHS[m - 1]} {y}", f"En {_MONTHS[m - 1]} {y}")
    d = dt.date.fromisoformat(value)
    r = rnd.random()
    if published is not None:
        if d == published and r < 0.15:
            wd = _WEEKDAYS[d.weekday()]
            return (f"ce {wd}", f"Ce {wd}")
        if d == published - dt.timedelta(days=1) and r < 0.3:
            return ("hier", "Hier")
        if d.year == published.year and r < 0.25:
            wd = _WEEKDAYS[d.weekday()]
            return (f"{wd} {_fr_day(d)} {_MONTHS[d.month - 1]}", f"{wd.capitalize()} {_fr_day(d)} "
                    f"{_MONTHS[d.month - 1]}")
    if r < 0.7:
        s = f"{_fr_day(d)} {_MONTHS[d.month - 1]} {d.year}"
        return (f"le {s}", f"Le {s}")
    if r < 0.85:
        s = f"{d.day:02d}/{d.month:02d}/{d.year}"
        return (f"le {s}", f"Le {s}")
    s = f"{_fr_day(d)} {_MONTHS[d.month - 1]} {d.year}"
    return (f"le {s}", s)


def render_date_en(rnd: random.Random, value: str | None, published: dt.date | None) -> tuple[str, str] | None:
    if value is None:
        return None
    if len(value) == 4:
        return (f"in {value}", f"In {value}")
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        return (f"in {_EN_MONTHS[m - 1]} {y}", f"In {_EN_MONTHS[m - 1]} {y}")
    d = dt.date.fromisoformat(value)
    if published is not None and d == published and rnd.random() < 0.3:
        wd = _EN_WEEKDAYS[d.weekday()]
        return (f"on {wd}", f"On {wd}")
    s = f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}" if rnd.random() < 0.6 else \
        f"{_EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return (f"on {s}", f"On {s}")


def _fr_decimal(x: float) -> str:
    s = f"{x:.1f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def render_amount_fr(rnd: random.Random, amount: int) -> str:
    if amount >= 1_000_000:
        m = amount / 1_000_000
        r = rnd.random()
        if r < 0.15 and m == int(m) and int(m) in _BIG_WORDS:
            return f"{_BIG_WORDS[int(m)]} millions d'euros"
        if r < 0.35:
            return f"{_fr_decimal(m)} M€"
        unit = "million" if m < 2 else "millions"
        return f"{_fr_decimal(m)} {unit} d'euros"
    if rnd.random() < 0.2:
        return f"{amount:,}".replace(",", ".") + " euros"
    return f"{amount:,}".replace(",", "\u00a0" if rnd.random() < 0.3 else " ") + " euros"


def render_amount_en(rnd: random.Random, amount: int) -> str:
    if amount >= 1_000_000:
        m = f"{amount / 1_000_000:.1f}".rstrip("0").rstrip(".")
        return rnd.choice([f"€{m} million", f"EUR {m} million", f"€{m}M", f"{m} million euros"])
    return rnd.choice([f"€{amount:,}", f"{amount:,} euros"])


# ---------------------------------------------------------------------------------------------
# Acts and how they are told.
# ---------------------------------------------------------------------------------------------


@dataclass
class Act:
    """One act in the world; clippings tell it, possibly several times."""

    n: int
    type: str
    agent: Ent | None
    obj: NP  # fixed object (label and surface)
    date: str | None
    amount: int | None = None
    count: int | None = None
    modality: str = "realised"
    obj_en: str | None = None


#: type → (French past participle (agreeing), infinitive, nominalisation, English past, English noun)
VERBS: dict[str, tuple[str, str, str, str]] = {
    "censure": ("censuré", "censurer", "la censure", "struck down"),
    "rejet": ("rejeté", "rejeter", "le rejet", "dismissed"),
    "annulation": ("annulé", "annuler", "l'annulation", "annulled"),
    "validation": ("validé", "valider", "la validation", "upheld"),
    "sanction": ("sanctionné", "sanctionner", "la sanction", "fined"),
    "mise_en_demeure": ("mis en demeure", "mettre en demeure", "la mise en demeure", "issued a formal notice to"),
    "adoption": ("adopté", "adopter", "l'adoption", "adopted"),
    "publication": ("publié", "publier", "la publication", "published"),
    "prolongation": ("prolongé", "prolonger", "la prolongation", "extended"),
    "experimentation": ("lancé", "lancer", "le lancement", "launched"),
    "proposition": ("présenté", "présenter", "la présentation", "proposed"),
    "saisine": ("saisi", "saisir", "la saisine", "brought a case before"),
    "avis": ("rendu un avis sur", "rendre un avis sur", "l'avis", "issued an opinion on"),
    "entree_en_vigueur": ("entré en vigueur", "entrer en vigueur", "l'entrée en vigueur", "entered into force"),
    "entree_en_application": ("entré en application", "entrer en application", "l'entrée en application",
                              "became applicable"),
    "autre": ("suspendu", "suspendre", "la suspension", "suspended"),
}

TYPE_WEIGHTS = [("sanction", 16), ("censure", 7), ("rejet", 8), ("annulation", 7), ("validation", 4),
                ("mise_en_demeure", 8), ("adoption", 9), ("publication", 9), ("entree_en_vigueur", 6),
                ("entree_en_application", 4), ("prolongation", 4), ("experimentation", 4), ("proposition", 5),
                ("saisine", 5), ("avis", 5), ("autre", 2)]
_TYPES = [t for t, _ in TYPE_WEIGHTS]
_TYPE_W = [w for _, w in TYPE_WEIGHTS]


@dataclass
class Told:
    """One event as told in one sentence, with spans relative to the sentence."""

    act: Act
    modality: str
    date: str | None
    pieces: list[Piece]
    agent_text: str | None = None


@dataclass
class World:
    """Everything the generator draws from; built once per run."""

    rnd: random.Random
    ents: list[Ent]
    by_kind: dict[str, list[Ent]] = field(default_factory=dict)
    source: str = "fallback"

    def __post_init__(self) -> None:
        # The best-known bodies (the fallback list's order) come first: they are told most often.
        rank = {e.key: i for i, e in enumerate(FALLBACK)}
        for e in sorted(self.ents, key=lambda e: (rank.get(e.key, len(rank)), e.key)):
            self.by_kind.setdefault(e.kind, []).append(e)

    def pick(self, *kinds: str) -> Ent | None:
        pool = [e for k in kinds for e in self.by_kind.get(k, [])]
        if not pool:
            return None
        # Zipf-like: the first entities of each pool are told more often.
        i = min(int(self.rnd.paretovariate(1.2)) - 1, len(pool) - 1)
        return pool[i] if self.rnd.random() < 0.7 else self.rnd.choice(pool)

    # --- invented names -------------------------------------------------------------------
    def town(self) -> str:
        r = self.rnd
        return r.choice(_TOWN_A) + r.choice(_TOWN_B) + r.choice(_TOWN_C)

    def company(self) -> str:
        r = self.rnd
        return r.choice(_CO_A) + r.choice(_CO_B) + r.choice(_CO_FORM)

    def date_in(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rnd.randrange((end - start).days + 1))

    # --- objects --------------------------------------------------------------------------
    def law(self) -> NP:
        e = self.pick("law")
        if e is not None and self.rnd.random() < 0.5:
            return e.np(self.rnd)
        y = self.rnd.randrange(2015, 2026)
        d = self.date_in(dt.date(y, 1, 1), dt.date(y, 12, 28))
        topic = self.rnd.choice(_TOPICS_F)
        num = f"{y}-{self.rnd.randrange(100, 1700)}"
        label = f"loi n° {num} du {_fr_day(d)} {_MONTHS[d.month - 1]} {y} relative à {topic}"
        short = f"loi relative à {topic}"
        text = "la " + (label if self.rnd.random() < 0.5 else short)
        return NP(text, label, "f", kind="law")

    def article(self) -> NP:
        law = self.law()
        n = self.rnd.choice([2, 3, 7, 10, 12, 15, 18, 20, 24, 47, 52])
        return NP(f"l'article {n} {_de(law.text)}", f"article {n} de la {law.label}", "m", kind="article")

    def decree(self) -> NP:
        e = self.pick("decree")
        if e is not None and self.rnd.random() < 0.4:
            return e.np(self.rnd)
        y = self.rnd.randrange(2015, 2026)
        d = self.date_in(dt.date(y, 1, 1), dt.date(y, 12, 28))
        topic = self.rnd.choice(_TOPICS_M)
        label = f"décret n° {y}-{self.rnd.randrange(100, 1700)} du {_fr_day(d)} {_MONTHS[d.month - 1]} {y} " \
                f"relatif au {topic}"
        return NP("le " + label, label, "m", kind="decree")

    def eu_reg(self) -> NP:
        e = self.pick("eu_regulation", "eu_directive")
        if e is not None:
            return e.np(self.rnd)
        return self.law()

    def bill(self) -> NP:
        topic = self.rnd.choice(_TOPICS_F)
        if self.rnd.random() < 0.5:
            label = f"proposition de loi relative à {topic}"
            return NP("la " + label, label, "f", kind="bill")
        label = f"projet de loi relatif à {topic}"
        return NP("le " + label, label, "m", kind="bill")

    def target(self) -> NP:
        r = self.rnd.random()
        if r < 0.35:
            e = self.pick("company")
            if e is not None:
                return e.np(self.rnd)
        if r < 0.75:
            name = self.company()
            text = f"la société {name}" if self.rnd.random() < 0.5 else name
            return NP(text, name, "f" if text.startswith("la ") else "m", kind="company")
        if r < 0.9:
            town = self.town()
            text = self.rnd.choice(["la commune de ", "la ville de "]) + town
            return NP(text, text[3:], "f", kind="local_authority")
        e = self.pick("ministry")
        return e.np(self.rnd) if e is not None else NP("la préfecture de police", "préfecture de police", "f")

    def proceeding(self) -> NP:
        claimant = self._claimant()
        r = self.rnd.random()
        if r < 0.5:
            dec = self.decree()
            text = f"le recours {_de(claimant.text)} contre {dec.text}"
            return NP(text, text[3:], "m", kind="proceeding")
        text = f"la requête {_de(claimant.text)} visant {self.rnd.choice(_EXPERIMENTS)}"
        return NP(text, text[3:], "f", kind="proceeding")

    def local_act(self) -> NP:
        town = self.town()
        r = self.rnd.random()
        if r < 0.5:
            text = f"l'arrêté municipal de {town} autorisant les caméras augmentées"
            return NP(text, text[2:], "m", kind="document")
        text = f"la délibération du conseil municipal de {town} sur la vidéoprotection"
        return NP(text, text[3:], "f", kind="document")

    def _claimant(self) -> NP:
        e = self.pick("association")
        if e is not None and self.rnd.random() < 0.6:
            return e.np(self.rnd)
        text = self.rnd.choice(_ASSOC)
        return NP(text, text.split(" ", 1)[1] if text.startswith(("le ", "la ")) else text[2:],
                  _gender_of(text), kind="association")

    def experiment(self) -> NP:
        text = self.rnd.choice(_EXPERIMENTS)
        return NP(text, text[2:], "f", kind="programme")

    def report(self) -> NP:
        text = self.rnd.choice(_REPORTS)
        return NP(text, text.split(" ", 1)[1], "m", kind="report")

    def court(self) -> Ent | None:
        return self.pick("court")

    def court_np(self) -> NP:
        r = self.rnd.random()
        if r < 0.4:
            town = self.town()
            text = f"le tribunal administratif de {town}"
            return NP(text, text[3:], "m", kind="court")
        e = self.court()
        return e.np(self.rnd) if e is not None else NP("le Conseil d'État", "Conseil d'État", "m")

    # --- acts -----------------------------------------------------------------------------
    def new_act(self, n: int, lang: str) -> Act:
        r = self.rnd
        t = r.choices(_TYPES, _TYPE_W)[0]
        agent: Ent | None
        amount = count = None
        if t in ("censure", "validation"):
            agent = self._named("conseil-constitutionnel") or self.court()
            obj = self.article() if r.random() < 0.5 else self.law()
        elif t == "rejet":
            agent = self._court_agent()
            obj = self.proceeding()
        elif t == "annulation":
            agent = self._court_agent()
            obj = self.decree() if r.random() < 0.5 else self.local_act()
        elif t == "sanction":
            agent = self.sanctioner()
            if r.random() < 0.12:
                count = r.choice(list(_COUNT_WORDS))
                obj = NP("nouvelles sanctions", "sanctions", "f")
            else:
                obj = self.target()
                amount = r.choice(_AMOUNTS) if r.random() < 0.8 else None
        elif t == "mise_en_demeure":
            agent = self.sanctioner() if r.random() < 0.7 else self._named("commission-europeenne")
            if r.random() < 0.3:
                count = r.choice(list(_COUNT_WORDS))
                noun, g = r.choice(_PLURAL_TARGETS)
                obj = NP(noun, noun, "p" if g == "m" else "fp")
            else:
                obj = self.target()
        elif t == "adoption":
            if r.random() < 0.6:
                agent = self.pick("parliamentary_chamber", "parliament")
                obj = self.bill()
            else:
                agent = self._named("parlement-europeen") or self._named("conseil-ue") or self.pick("eu_institution")
                obj = self.eu_reg()
        elif t == "publication":
            agent = self.pick("independent_authority", "eu_institution", "government", "court")
            obj = self.report() if r.random() < 0.6 else self.decree()
        elif t in ("entree_en_vigueur", "entree_en_application"):
            agent = None
            obj = self.eu_reg() if r.random() < 0.5 else self.law()
        elif t == "prolongation":
            agent = self.pick("government", "parliament")
            obj = self.experiment()
        elif t == "experimentation":
            agent = self.pick("ministry", "local_authority", "government")
            obj = self.experiment()
        elif t == "proposition":
            if r.random() < 0.5:
                agent = self._named("commission-europeenne") or self.pick("eu_institution")
                label = f"proposition de règlement sur {r.choice(_TOPICS_F)}"
                obj = NP("une " + label, label, "f", kind="bill")
            else:
                agent = self.pick("government")
                obj = self.bill()
        elif t == "saisine":
            agent = self.pick("association")
            obj = self.court_np()
        elif t == "avis":
            agent = self.pick("independent_authority")
            obj = self.bill() if r.random() < 0.5 else self.decree()
        else:  # autre: a suspension by a court
            agent = self._court_agent()
            obj = self.experiment()
        y = r.randrange(2018, 2026)
        d = self.date_in(dt.date(y, 1, 1), dt.date(y, 12, 31))
        p = r.random()
        date: str | None = d.isoformat() if p < 0.72 else d.isoformat()[:7] if p < 0.84 else str(y) \
            if p < 0.9 else None
        return Act(n, t, agent, obj, date, amount, count)

    def _named(self, key: str) -> Ent | None:
        for e in self.ents:
            if e.key == key or e.key.endswith("/" + key):
                return e
        return None

    def sanctioner(self) -> Ent | None:
        """An authority that fines and puts on notice (data protection, competition, media regulators)."""
        pool = [e for e in self.by_kind.get("independent_authority", []) if e.key in _SANCTIONERS]
        if not pool:
            return self.pick("independent_authority")
        i = min(int(self.rnd.paretovariate(1.2)) - 1, len(pool) - 1)
        return pool[i] if self.rnd.random() < 0.7 else self.rnd.choice(pool)

    def _court_agent(self) -> Ent | None:
        """A French administrative court: the Conseil d'État or a tribunal administratif."""
        admin = [e for e in self.by_kind.get("court", []) if e.key == "conseil-etat"
                 or e.key.startswith(("tribunal-administratif", "cour-administrative"))]
        if admin and self.rnd.random() >= 0.35:
            return admin[0] if self.rnd.random() < 0.6 else self.rnd.choice(admin)
        town = self.town()
        label = f"tribunal administratif de {town}"
        return Ent("ta-" + town.lower(), "court", label, (("le " + label, "m"),), ("the administrative court of "
                                                                                  + town,))


# ---------------------------------------------------------------------------------------------
# Sentences.
# ---------------------------------------------------------------------------------------------


def tell_fr(w: World, act: Act, published: dt.date | None, modality: str, negated: bool = False) -> Told:
    """One French sentence telling ``act``."""
    r = w.rnd
    pp, inf, noun, _ = VERBS[act.type]
    agent = act.agent.np(r) if act.agent is not None else None
    dates = render_date_fr(r, act.date, published)
    amount_text = render_amount_fr(r, act.amount) if act.amount is not None else None
    t = act.type
    obj = act.obj

    def objp() -> list[Piece]:
        if act.count is not None:
            c = _COUNT_WORDS[act.count] if r.random() < 0.6 else str(act.count)
            return [("count", c), ("", " "), ("object", obj.text)]
        return [("object", obj.text)]

    def date_after() -> list[Piece]:
        return [("", " "), ("date", dates[0])] if dates else []

    # Hedged or announced: no fronted date, future-oriented frames.
    if modality != "realised" and not negated:
        frame = {"expected": "devrait", "announced": "a annoncé qu'il allait", "proposed": "souhaite"}[modality]
        if agent is None:
            # entry into force / application, told in the future
            what = "en vigueur" if t == "entree_en_vigueur" else "en application"
            pieces: list[Piece] = [("object", obj.text), ("", " "), ("trigger", f"entrera {what}"), *date_after(),
                                   ("", ".")]
            return Told(act, "expected", act.date, _cap(pieces))
        if modality == "announced" and agent.gender in ("f", "fp"):
            frame = "a annoncé qu'elle allait"
        if modality == "announced" and agent.gender == "p":
            frame = "ont annoncé qu'ils allaient"
        if agent.gender == "p" and modality == "expected":
            frame = "devraient"
        if agent.gender == "p" and modality == "proposed":
            frame = "souhaitent"
        verb = inf
        tail: list[Piece] = []
        if t == "sanction" and amount_text:
            tail = [("", " d'une amende de "), ("amount", amount_text)]
        pieces = [("agent", agent.text), ("", f" {frame} "), ("trigger", verb), ("", " "), *objp(), *tail,
                  *date_after(), ("", ".")]
        return Told(act, modality, act.date, _cap(pieces), agent.text)

    if negated:
        aux = "n'ont pas" if agent is not None and agent.gender == "p" else "n'a pas"
        subj = agent.text if agent is not None else "Le juge"
        v = pp if not pp.startswith("entré") else "censuré"
        pieces = [("agent", subj), ("", f" {aux} "), ("trigger", v), ("", " "), ("object", obj.text),
                  *date_after(), ("", ", contrairement à ce qu'espéraient les requérants.")]
        return Told(act, "negated", act.date, _cap(pieces))

    # No agent: entry into force / application.
    if agent is None:
        r0 = r.random()
        what = "vigueur" if t == "entree_en_vigueur" else "application"
        if r0 < 0.5:
            aux = "sont" if obj.gender == "p" else "est"
            pieces = [("object", obj.text), ("", f" {aux} "), ("trigger", _agree(f"entré en {what}", obj.gender)),
                      *date_after(), ("", ".")]
        elif r0 < 0.75 and dates:
            pieces = [("date", dates[1]), ("", ", "), ("object", obj.text), ("", " "),
                      ("trigger", f"est {_agree('entré', obj.gender)} en {what}"), ("", ".")]
        else:
            pieces = [("trigger", f"l'entrée en {what}"), ("", " "), ("object", _de(obj.text)),
                      *([("", ", "), ("date", dates[0]), ("", ",")] if dates else []),
                      ("", " marque une étape importante pour les entreprises concernées.")]
        return Told(act, "realised", act.date, _cap(pieces))

    style = r.random()
    ag = agent.text
    aux_a = "ont" if agent.gender == "p" else "a"
    if t == "sanction" and act.count is None and style < 0.55:
        # "la CNIL a infligé une amende de X à O" / "a sanctionné O d'une amende de X" / "a prononcé une amende"
        v = r.random()
        if amount_text and v < 0.35:
            pieces = [("agent", ag), ("", f" {aux_a} "), ("trigger", "infligé une amende"), ("", " de "),
                      ("amount", amount_text), ("", " "), ("object", _a(obj.text)), *date_after(), ("", ".")]
        elif amount_text and v < 0.55:
            lead = [("date", dates[1]), ("", ", ")] if dates else []
            pieces = [*lead, ("agent", ag), ("", f" {aux_a} "), ("trigger", "prononcé une amende"), ("", " de "),
                      ("amount", amount_text), ("", " contre "), ("object", obj.text), ("", ".")]
        else:
            tail = [("", " d'une amende de "), ("amount", amount_text)] if amount_text else []
            pieces = [("agent", ag), ("", f" {aux_a} "), ("trigger", "sanctionné"), ("", " "), ("object", obj.text),
                      *tail, *date_after(), ("", ".")]
        return Told(act, "realised", act.date, _cap(pieces), ag)
    if t == "sanction" and act.count is not None:
        pieces = [("agent", ag), ("", f" {aux_a} "), ("trigger", "prononcé"), ("", " "), *objp(),
                  *date_after(), ("", ".")]
        return Told(act, "realised", act.date, _cap(pieces), ag)
    if t == "avis":
        pieces = [("agent", ag), ("", f" {aux_a} "), ("trigger", "rendu un avis"), ("", " sur "),
                  ("object", obj.text), *date_after(), ("", ".")]
        if style < 0.3 and dates:
            pieces = [("", "Dans un "), ("trigger", "avis"), ("", " rendu "), ("date", dates[0]), ("", ", "),
                      ("agent", ag), ("", " critique "), ("object", obj.text), ("", ".")]
        return Told(act, "realised", act.date, _cap(pieces), ag)
    if t == "saisine" and style < 0.4:
        aux_p = "a été" if obj.gender != "p" else "ont été"
        pieces = [("object", obj.text), ("", f" {aux_p} "), ("trigger", _agree("saisi", obj.gender)),
                  ("", " "), ("", "par "), ("agent", ag), *date_after(), ("", ".")]
        return Told(act, "realised", act.date, _cap(pieces), ag)
    if t == "experimentation":
        pieces = [("agent", ag), ("", f" {aux_a} "), ("trigger", "lancé"), ("", " "), ("object", obj.text),
                  *date_after(), ("", ".")]
        return Told(act, "realised", act.date, _cap(pieces), ag)
    if t == "proposition":
        pieces = [("agent", ag), ("", f" {aux_a} "), ("trigger", r.choice(["présenté", "déposé"])), ("", " "),
                  ("object", obj.text), *date_after(), ("", ".")]
        return Told(act, "realised", act.date, _cap(pieces), ag)

    if style < 0.35:  # active
        pieces = [("agent", ag), ("", f" {aux_a} "), ("trigger", pp), ("", " "), *objp(), *date_after(),
                  ("", ".")]
    elif style < 0.5 and dates:  # fronted date, active
        pieces = [("date", dates[1]), ("", ", "), ("agent", ag), ("", f" {aux_a} "), ("trigger", pp), ("", " "),
                  *objp(), ("", ".")]
    elif style < 0.8 and act.count is None:  # passive
        g = obj.gender
        aux_p = "ont été" if g in ("p", "fp") else "a été"
        fine: list[Piece] = [("", "d'une amende de "), ("amount", amount_text), ("", " ")] \
            if t == "sanction" and amount_text else []
        pieces = [("object", obj.text), ("", f" {aux_p} "), ("trigger", _agree(pp, g)), ("", " "), *fine,
                  ("", "par "), ("agent", ag), *date_after(), ("", ".")]
    else:  # nominal
        tail = " a surpris les observateurs." if r.random() < 0.5 else " était attendue de longue date."
        if t in ("rejet", "avis", "experimentation"):  # masculine nominalisations
            tail = tail.replace("attendue", "attendu")
        pieces = [("trigger", noun), ("", " "), ("", "par "), ("agent", ag), ("", " "),
                  *([("", "de "), ("count", _COUNT_WORDS[act.count]), ("", " "), ("object", obj.text)]
                    if act.count is not None else [("object", _de(obj.text))]),
                  *([("", ", "), ("date", dates[0]), ("", ",")] if dates else []),
                  ("", tail)]
    return Told(act, "realised", act.date, _cap(pieces), ag)


def tell_en(w: World, act: Act, published: dt.date | None, modality: str) -> Told:
    """One English sentence telling ``act``."""
    r = w.rnd
    _, _, _, past = VERBS[act.type]
    agent = act.agent.np(r, "en") if act.agent is not None else None
    dates = render_date_en(r, act.date, published)
    obj = act.obj_en or act.obj.label
    da: list[Piece] = [("", " "), ("date", dates[0])] if dates else []
    if agent is None:
        verb = "entered into force" if act.type == "entree_en_vigueur" else "became applicable"
        if modality != "realised":
            verb = "will enter into force" if act.type == "entree_en_vigueur" else "will apply"
        pieces: list[Piece] = [("object", obj), ("", " "), ("trigger", verb), *da, ("", ".")]
        return Told(act, "expected" if modality != "realised" else "realised", act.date, _cap(pieces))
    if modality == "expected":
        base = {"fined": "fine", "struck down": "strike down", "dismissed": "dismiss", "annulled": "annul",
                "upheld": "uphold", "adopted": "adopt", "published": "publish", "extended": "extend",
                "launched": "launch", "proposed": "propose", "suspended": "suspend"}.get(past, past)
        pieces = [("agent", agent.text), ("", " is expected to "), ("trigger", base), ("", " "), ("object", obj),
                  *da, ("", ".")]
        return Told(act, "expected", act.date, _cap(pieces), agent.text)
    if act.type == "sanction" and act.amount is not None:
        amt = render_amount_en(r, act.amount)
        if r.random() < 0.5:
            pieces = [("agent", agent.text), ("", " "), ("trigger", "fined"), ("", " "), ("object", obj),
                      ("", " "), ("amount", amt), *da, ("", ".")]
        else:
            pieces = [("object", obj), ("", " was "), ("trigger", "fined"), ("", " "), ("amount", amt),
                      ("", " by "), ("agent", agent.text), *da, ("", ".")]
        return Told(act, "realised", act.date, _cap(pieces), agent.text)
    if act.count is not None:
        c = _EN_COUNT_WORDS.get(act.count, str(act.count))
        noun = "sanctions" if act.type == "sanction" else "formal notices"
        pieces = [("agent", agent.text), ("", " "), ("trigger", "issued"), ("", " "), ("count", c), ("", " "),
                  ("object", noun), *da, ("", ".")]
        return Told(act, "realised", act.date, _cap(pieces), agent.text)
    if r.random() < 0.6 or act.type in ("saisine", "avis", "mise_en_demeure"):
        pieces = [("agent", agent.text), ("", " "), ("trigger", past), ("", " "), ("object", obj), *da, ("", ".")]
    else:
        pieces = [("object", obj), ("", " was "), ("trigger", past), ("", " by "), ("agent", agent.text), *da,
                  ("", ".")]
    return Told(act, "realised", act.date, _cap(pieces), agent.text)


# ---------------------------------------------------------------------------------------------
# Clippings.
# ---------------------------------------------------------------------------------------------


@dataclass
class Clip:
    id: str
    lang: str
    text: str
    title: str
    published: str | None
    source_url: str
    events: list[dict[str, Any]]
    kind: str = "fresh"  # fresh | near-duplicate | duplicate | malformed


class Generator:
    """Streams clippings; memory is bounded by the pools of recent acts and clippings."""

    def __init__(self, seed: int, entities: list[Ent] | None = None) -> None:
        self.rnd = random.Random(seed)
        ents = entities if entities is not None else (_from_knowledge() or FALLBACK)
        self.world = World(self.rnd, ents, source="reference" if entities is None and ents is not FALLBACK
                           else "fallback")
        self.acts: deque[Act] = deque(maxlen=400)
        self.recent: deque[Clip] = deque(maxlen=200)
        self.n_acts = 0
        self.seed = seed

    def _background(self, lang: str) -> str:
        r = self.rnd
        w = self.world
        tpl = r.choice(_BACKGROUND_EN if lang == "en" else _BACKGROUND_FR)
        actor = w.pick("independent_authority", "court", "association")
        y = r.randrange(2018, 2026)
        m = r.randrange(0, 11)
        return tpl.format(
            topic=r.choice(_TOPICS_F), actor=actor.np(r).text if actor else "la CNIL", town=w.town(),
            n=r.randrange(12, 900), experiment_bare=r.choice(_EXPERIMENTS), year=y, small=r.choice([35, 72, 135]),
            budget=r.choice([12, 45, 150, 300, 700]), users=_fr_decimal(r.uniform(1, 30)) if lang == "fr"
            else f"{r.uniform(1, 30):.1f}", company=w.company(), pct=r.randrange(40, 85), month=_MONTHS[m],
            month2=_MONTHS[m + 1], person=r.choice(_PEOPLE), person2=r.choice(_PEOPLE))

    def _new_or_old_act(self, lang: str) -> Act:
        if self.acts and self.rnd.random() < 0.3:
            return self.rnd.choice(self.acts)
        self.n_acts += 1
        act = self.world.new_act(self.n_acts, lang)
        self.acts.append(act)
        return act

    def fresh(self, n: int) -> Clip:
        r = self.rnd
        lang = "en" if r.random() < 0.1 else "fr"
        has_events = r.random() >= 0.4
        acts: list[Act] = []
        if has_events:
            k = r.choices([1, 2, 3], [55, 30, 15])[0]
            for _ in range(k):
                a = self._new_or_old_act(lang)
                if all(a.n != b.n for b in acts):
                    acts.append(a)
        # modality per act in this clipping; published date after realised dates
        modal: list[str] = []
        for a in acts:
            m = r.random()
            hedge = "expected" if m < 0.06 else "announced" if m < 0.09 else "proposed" if m < 0.11 else \
                "negated" if m < 0.15 else "realised"
            if lang == "en" and hedge in ("announced", "proposed", "negated"):
                hedge = "realised"
            if a.agent is None and hedge in ("announced", "proposed", "negated"):
                hedge = "realised"
            modal.append(hedge)
        last = max((a.date for a, m in zip(acts, modal, strict=True) if a.date and m != "expected"), default=None)
        if last is not None:
            base = _end_of(last)
            published: dt.date | None = base + dt.timedelta(days=r.randrange(0, 25))
        else:
            published = self.world.date_in(dt.date(2018, 1, 1), dt.date(2025, 12, 31))
        # hedged acts are in the future of the publication date
        if published is not None and any(m in ("expected", "announced", "proposed") for m in modal) and last is None:
            published = self.world.date_in(dt.date(2018, 1, 1), dt.date(2024, 12, 31))
        if r.random() < 0.08:
            published = None
        sentences: list[tuple[str, Told | None]] = []
        for a, m in zip(acts, modal, strict=True):
            if m in ("expected", "announced", "proposed") and a.date and published and _start_of(a.date) <= published:
                m = "realised"
            told = tell_en(self.world, a, published, m) if lang == "en" else \
                tell_fr(self.world, a, published, "realised" if m == "negated" else m, negated=(m == "negated"))
            sentences.append(("", told))
        used: set[str] = set()
        for _ in range(r.choices([0, 1, 2], [35, 45, 20])[0] if has_events else r.choice([1, 2, 2, 3])):
            bg = self._background(lang)
            if bg[:30] in used:
                continue
            used.add(bg[:30])
            pos = r.randrange(len(sentences) + 1)
            sentences.insert(pos, (bg, None))
        text, events = self._assemble(sentences)
        title = self._title(acts, lang, text)
        host = r.choice(["www.example.org", "example.com", "news.example.org", "veille.example.com"])
        url = f"https://{host}/{r.choice(_SECTIONS)}/{self.seed}-{n}"
        return Clip(f"g{self.seed}-{n:07d}", lang, text, title, published.isoformat() if published else None, url,
                    events)

    def _assemble(self, sentences: list[tuple[str, Told | None]]) -> tuple[str, list[dict[str, Any]]]:
        parts: list[str] = []
        events: list[dict[str, Any]] = []
        pos = 0
        for plain, told in sentences:
            if parts:
                parts.append(" ")
                pos += 1
            if told is None:
                parts.append(plain)
                pos += len(plain)
                continue
            s, spans = _join(told.pieces)
            parts.append(s)
            if told.modality != "negated":
                events.append(self._truth(told, spans, pos, s))
            pos += len(s)
        return "".join(parts), events

    def _truth(self, told: Told, spans: dict[str, tuple[int, int]], off: int, sentence: str) -> dict[str, Any]:
        a = told.act
        length = len(sentence)
        obj = a.obj.label
        counted = spans.get("count")
        if counted is not None and "object" in spans and spans["object"][0] == counted[1] + 1:
            # a counted party is written with its numeral, as the gold files write it ("douze communes")
            obj = sentence[counted[0]:spans["object"][1]]
        ev: dict[str, Any] = {
            "type": a.type,
            "agent": a.agent.label if a.agent is not None else None,
            "object": obj,
            "date": told.date,
            "amount_eur": a.amount if "amount" in spans else None,  # only what this wording says
            "count": a.count if "count" in spans else None,
            "modality": told.modality,
            "optional": False,
            "alt_types": [],
            "act": a.n,
            "agent_iri": a.agent.iri if a.agent is not None else None,
            "agent_kind": a.agent.kind if a.agent is not None else None,
            "object_iri": a.obj.iri,
            "object_kind": a.obj.kind,
            "spans": {"evidence": [off, off + length],
                      **{k: [off + s, off + e] for k, (s, e) in sorted(spans.items())}},
        }
        return ev

    def _title(self, acts: list[Act], lang: str, text: str) -> str:
        if acts:
            a = acts[0]
            who = a.agent.label if a.agent else a.obj.label
            if lang == "en":
                return f"{who}: {VERBS[a.type][3]} {a.obj.label}"[:110]
            return f"{who} : {VERBS[a.type][2].split(' ', 1)[-1].lstrip(chr(39))} — {a.obj.label}"[:110]
        return text.split(".")[0][:90]

    def near_duplicate(self, n: int, base: Clip) -> Clip:
        """Light rewording of ``base``: same events, a few words changed, offsets recomputed."""
        swaps = [(" a été ", " avait été "), ("Le débat", "La controverse"), (" selon ", " d'après "),
                 (" plus de ", " au moins "), (" rappellent ", " soulignent "), (" publie ", " dévoile "),
                 ("says", "said"), ("more than", "over")]
        text = base.text
        events = json.loads(json.dumps(base.events))
        done = 0
        for old, new in swaps:
            i = text.find(old)
            if i < 0:
                continue
            inside = any(sp[0] <= i < sp[1] and k not in ("evidence",) for ev in events
                         for k, sp in ev["spans"].items())
            if inside:
                continue
            text = text[:i] + new + text[i + len(old):]
            delta = len(new) - len(old)
            for ev in events:
                for sp in ev["spans"].values():
                    if sp[0] > i:
                        sp[0] += delta
                    if sp[1] > i:
                        sp[1] += delta
            done += 1
            if done >= 2:
                break
        if done == 0:
            text = text + (" (mis à jour)" if base.lang == "fr" else " (updated)")
        return Clip(f"g{self.seed}-{n:07d}", base.lang, text, base.title, base.published,
                    base.source_url.replace("example.org", "example.com", 1) + "-echo", events, "near-duplicate")

    def clippings(self, count: int) -> Iterator[Clip]:
        """``count`` clippings, in order; deterministic for the seed."""
        r = self.rnd
        for n in range(1, count + 1):
            x = r.random()
            if x < 0.001:
                yield Clip(f"g{self.seed}-{n:07d}", "fr", "", "", None, "", [], "malformed")
                continue
            if x < 0.021 and self.recent:
                base = r.choice(self.recent)
                yield Clip(f"g{self.seed}-{n:07d}", base.lang, base.text, base.title, base.published,
                           base.source_url, base.events, "duplicate")
                continue
            clip = self.near_duplicate(n, r.choice(self.recent)) if x < 0.06 and self.recent else self.fresh(n)
            self.recent.append(clip)
            yield clip


def _end_of(value: str) -> dt.date:
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(int(value), 12, 31)


def _start_of(value: str) -> dt.date:
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    if len(value) == 7:
        return dt.date(int(value[:4]), int(value[5:7]), 1)
    return dt.date(int(value), 1, 1)


# ---------------------------------------------------------------------------------------------
# Writers.
# ---------------------------------------------------------------------------------------------


def _record(c: Clip) -> dict[str, Any]:
    return {"id": c.id, "text": c.text, "published": c.published, "source_url": c.source_url, "lang": c.lang,
            "title": c.title}


def _truth_line(c: Clip) -> str:
    return json.dumps({"id": c.id, "lang": c.lang, "source_url": c.source_url, "published": c.published,
                       "text": c.text, "kind": c.kind, "events": c.events}, ensure_ascii=False) + "\n"


_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def write(clips: Iterator[Clip], fmt: str, out: Path, truth: TextIO | None = None) -> dict[str, int]:
    """Write ``clips`` to ``out`` in ``fmt``; return counts by kind."""
    counts: dict[str, int] = {}
    if fmt == "folder":
        out.mkdir(parents=True, exist_ok=True)
        for c in clips:
            counts[c.kind] = counts.get(c.kind, 0) + 1
            path = out / f"{c.id}.txt"
            if c.kind == "malformed":
                path.write_bytes(_PNG if counts[c.kind] % 2 else b"")
                continue
            path.write_text(c.text + "\n", encoding="utf-8")
            if truth is not None:
                truth.write(_truth_line(c))
        return counts
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        if fmt == "txt":
            f.write("Veille juridique : IA, données et sécurité | Exemple\n")
            for line in _CHROME:
                f.write(line + "\n")
        elif fmt == "rss":
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
                    "<title>Veille juridique — exemple</title><link>https://www.example.org/veille</link>\n"
                    "<description>Clippings generated for the veillegraph benchmarks</description>\n")
        position = 0
        for c in clips:
            counts[c.kind] = counts.get(c.kind, 0) + 1
            position += 1
            if fmt == "jsonl":
                if c.kind == "malformed":
                    f.write('{"id": "' + c.id + '", "text": "unterminated\n' if counts[c.kind] % 2 else
                            json.dumps({"id": c.id, "title": "no text"}) + "\n")
                    continue
                f.write(json.dumps(_record(c), ensure_ascii=False) + "\n")
            elif fmt == "txt":
                if c.kind == "malformed":
                    continue  # a page dump has no record structure to break
                f.write(c.text + "\n")
                if c.kind == "fresh" and position % 97 == 0:
                    f.write(_NOTES[position % len(_NOTES)] + "\n")
                if position % 500 == 0:
                    f.write(_CHROME[2] + "\n")
            elif fmt == "rss":
                f.write(_rss_item(c))
            else:
                raise SystemExit(f"unknown format {fmt!r}: choose jsonl, txt, folder or rss")
            if truth is not None and c.kind != "malformed":
                truth.write(_truth_line(c))
        if fmt == "rss":
            f.write("</channel></rss>\n")
    return counts


def _rss_item(c: Clip) -> str:
    if c.kind == "malformed":
        return f"<item><title>{escape(c.id)}</title><guid isPermaLink=\"false\">{c.id}</guid></item>\n"
    pub = ""
    if c.published:
        d = dt.date.fromisoformat(c.published)
        pub = f"<pubDate>{_EN_WEEKDAYS[d.weekday()][:3]}, {d.day:02d} {_EN_MONTHS[d.month - 1][:3]} {d.year} " \
              f"08:00:00 +0000</pubDate>"
    return (f"<item><title>{escape(c.title)}</title><link>{escape(c.source_url)}</link>"
            f"<guid isPermaLink=\"false\">{c.id}</guid>{pub}<description>{escape(c.text)}</description></item>\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--clippings", type=int, required=True, help="how many clippings to write")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--format", choices=["jsonl", "txt", "folder", "rss"], default="jsonl")
    ap.add_argument("--out", required=True, help="output file (a directory for --format folder)")
    ap.add_argument("--ground-truth", help="write the events each clipping states (gold JSON Lines) here")
    ap.add_argument("--fallback", action="store_true", help="use the built-in names even if reference data exists")
    args = ap.parse_args(argv)
    gen = Generator(args.seed, FALLBACK if args.fallback else None)
    if args.ground_truth:
        Path(args.ground_truth).parent.mkdir(parents=True, exist_ok=True)
        with open(args.ground_truth, "w", encoding="utf-8", newline="\n") as truth:
            counts = write(gen.clippings(args.clippings), args.format, Path(args.out), truth)
    else:
        counts = write(gen.clippings(args.clippings), args.format, Path(args.out))
    summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    print(f"wrote {args.clippings} clippings to {args.out} ({summary}); names from {gen.world.source} "
          f"({len(gen.world.ents)} entities)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
