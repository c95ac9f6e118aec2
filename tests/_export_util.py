"""A small hand-written dataset for the export, report and stats tests.

It follows the RDF shape of ``docs/architecture.md``: an ontology graph with the
event-type scheme (one finer type rolling up to ``censure``), a reference graph
with actors, instruments and their lineage, and one named graph per clipping.
One clipping carries an XSS payload in its text, title, source, quote and in an
entity minted from it, so that the report test can check it shows as text.
"""

from __future__ import annotations

import re
from pathlib import Path

_BASE = "https://w3id.org/veillegraph/"
_NAME = re.compile(r"(?<![\w<])(id|graph):([A-Za-z0-9/_-]+)")
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'

_P = """@prefix vg: <https://w3id.org/veillegraph/ontology#> .
@prefix vgt: <https://w3id.org/veillegraph/event-type/> .
@prefix id: <https://w3id.org/veillegraph/id/> .
@prefix graph: <https://w3id.org/veillegraph/graph/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
"""

_ONTOLOGY = """
graph:ontology {
  vgt:scheme a skos:ConceptScheme .
  vgt:censure a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "censure" ; skos:prefLabel "censure"@fr, "censure"@en .
  vgt:censure-partielle a skos:Concept ; skos:inScheme vgt:scheme ; skos:broader vgt:censure ;
      skos:notation "censure_partielle" ; skos:prefLabel "censure partielle"@fr .
  vgt:rejet a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "rejet" ; skos:prefLabel "rejet"@fr, "rejection"@en .
  vgt:sanction a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "sanction" ; skos:prefLabel "sanction"@fr .
  vgt:publication a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "publication" ; skos:prefLabel "publication"@fr .
  vgt:entree_en_vigueur a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "entree_en_vigueur" ; skos:prefLabel "entrée en vigueur"@fr .
  vgt:validation a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "validation" ; skos:prefLabel "validation"@fr .
  vgt:avis a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "avis" ; skos:prefLabel "avis"@fr .
  vgt:mise_en_demeure a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "mise_en_demeure" ; skos:prefLabel "mise en demeure"@fr .
}
"""

_REFERENCE = """
graph:reference {
  id:actor/conseil-constitutionnel a vg:Actor, vg:Court ;
      skos:prefLabel "Conseil constitutionnel"@fr, "Constitutional Council"@en ;
      skos:altLabel "les Sages"@fr ; vg:wikidata wd:Q1127218 .
  id:actor/conseil-etat a vg:Actor, vg:Court ;
      skos:prefLabel "Conseil d'État"@fr, "Council of State"@en ; vg:wikidata wd:Q769657 .
  id:actor/cnil a vg:Actor, vg:IndependentAuthority ;
      skos:prefLabel "Commission nationale de l'informatique et des libertés"@fr ; skos:altLabel "CNIL"@fr .
  id:actor/cour-des-comptes a vg:Actor, vg:Court ; skos:prefLabel "Cour des comptes"@fr .
  id:actor/commission-europeenne a vg:Actor, vg:EUInstitution ;
      skos:prefLabel "Commission européenne"@fr ; vg:wikidata wd:Q8880 .
  id:instrument/loi-2023-380 a vg:Instrument, vg:Law ;
      skos:prefLabel "loi n° 2023-380 relative aux jeux Olympiques et Paralympiques de 2024"@fr ;
      vg:number "2023-380" ; vg:nor "SPOX2233026L" ; eli:date_document "2023-05-19"^^xsd:date .
  id:instrument/loi-2023-380-art-10 a vg:Instrument, vg:Article ;
      skos:prefLabel "article 10 de la loi n° 2023-380"@fr ; eli:is_part_of id:instrument/loi-2023-380 .
  id:instrument/loi-2025-379 a vg:Instrument, vg:Law ;
      skos:prefLabel "loi n° 2025-379 relative au renforcement de la sûreté dans les transports"@fr ;
      vg:number "2025-379" ; eli:date_document "2025-04-28"^^xsd:date .
  id:instrument/loi-2025-379-art-15 a vg:Instrument, vg:Article ;
      skos:prefLabel "article 15 de la loi n° 2025-379"@fr ;
      eli:is_part_of id:instrument/loi-2025-379 ; vg:extends id:instrument/loi-2023-380-art-10 .
  id:instrument/decret-2023-283 a vg:Instrument, vg:Decree ;
      skos:prefLabel "décret n° 2023-283 sur les caméras installées sur des drones"@fr ;
      eli:date_document "2023-04-19"^^xsd:date .
  id:instrument/data-act a vg:Instrument, vg:EURegulation ;
      skos:prefLabel "règlement (UE) 2023/2854 (Data Act)"@fr ; skos:altLabel "Data Act"@fr ;
      vg:celex "32023R2854" .
  id:instrument/ai-act a vg:Instrument, vg:EURegulation ;
      skos:prefLabel "règlement (UE) 2024/1689 (AI Act)"@fr ; vg:celex "32024R1689" .
}
"""


def _clipping(key: str, ident: str, text: str, events: str, *, issued: str | None = None,
              source: str | None = None, title: str | None = None, extra: str = "") -> str:
    def lit(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [f"graph:clipping/{key} {{", f"  id:clipping/{key} a vg:Clipping ;",
             f"      dct:identifier {lit(ident)} ;", f"      vg:text {lit(text)} ;", '      dct:language "fr" ;']
    if issued:
        lines.append(f'      dct:issued "{issued}"^^xsd:date ;')
    if source:
        lines.append(f"      dct:source <{source}> ;")
    if title:
        lines.append(f"      dct:title {lit(title)} ;")
    lines.append(f"      vg:occurrence id:clipping/{key}/occurrence/1 .")
    lines.append(f"  id:clipping/{key}/occurrence/1 a vg:Occurrence ; "
                 f'vg:sourceName "fixture.txt" ; vg:position {int(ident[1:]) if ident[1:].isdigit() else 99} .')
    lines.append(events)
    lines.append(extra)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _event(ev: str, clip: str, type_: str, quote: str, start: int, *, agent: str | None = None,
           obj: str | None = None, date: str | None = None, more: str = "") -> str:
    def lit(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    parts = [f"  id:event/{ev} a vg:Event ; vg:eventType vgt:{type_} ;"]
    if agent:
        parts.append(f"      vg:agent {agent} ;")
    if obj:
        parts.append(f"      vg:object {obj} ;")
    if date:
        dt = "date" if len(date) == 10 else "gYearMonth" if len(date) == 7 else "gYear"
        parts.append(f'      vg:date "{date}"^^xsd:{dt} ;')
    if more:
        parts.append(f"      {more}")
    parts.append(f"      vg:modality vg:realised ; vg:reportedIn id:clipping/{clip} ; vg:evidence id:evidence/{ev} .")
    parts.append(f"  id:evidence/{ev} a oa:Annotation ; oa:motivatedBy oa:describing ; oa:hasBody id:event/{ev} ;")
    parts.append(f"      oa:hasTarget id:evidence/{ev}/target .")
    parts.append(f"  id:evidence/{ev}/target a oa:SpecificResource ; oa:hasSource id:clipping/{clip} ;")
    parts.append(f"      oa:hasSelector id:evidence/{ev}/quote, id:evidence/{ev}/position .")
    parts.append(f"  id:evidence/{ev}/quote a oa:TextQuoteSelector ; oa:exact {lit(quote)} .")
    parts.append(f"  id:evidence/{ev}/position a oa:TextPositionSelector ; oa:start {start} ; "
                 f"oa:end {start + len(quote)} .")
    return "\n".join(parts)


S26 = ("Le recours demandant l'annulation du décret sur l'usage des drones par les forces de l'ordre "
       "a été rejeté par le Conseil d'État le 30 décembre 2024.")
S11 = ("Le Conseil constitutionnel a censuré l'article 15 de la loi relative au renforcement de la sûreté "
       "dans les transports, qui prolongeait l'expérimentation de la vidéosurveillance algorithmique.")
S23 = ("La Cour des comptes a publié le 13 janvier 2025 un rapport sur la répartition des zones de "
       "compétence entre la police et la gendarmerie nationales.")
S10 = ("Depuis janvier 2025, la CNIL a rendu dix nouvelles décisions de sanctions dans le cadre de sa "
       "procédure simplifiée pour un montant cumulé d'amendes de 104 000 euros.")
S05 = "Le règlement sur les données ou Data Act est entré en vigueur le 12 septembre 2025."
S09 = ("Le Conseil d'État a validé le décret n° 2023-283 sur les caméras des drones, "
       "sur lequel la CNIL avait rendu un avis en mars 2023.")
SXSS = (f"La CNIL a mis en demeure la société {XSS_SCRIPT} Acme{XSS_IMG} le 3 mars 2025 "
        "pour ses caméras augmentées.")

#: Number of events, entities that take part in events, and clippings in the fixture.
N_EVENTS = 8
N_CLIPPINGS = 7
DRONES_EVENT = "https://w3id.org/veillegraph/id/event/e26"
XSS_ENTITY = "https://w3id.org/veillegraph/id/actor/new-company-x55"


def fixture_trig() -> str:
    """The whole fixture dataset as TriG text."""
    clippings = [
        _clipping("k26", "s26", S26, _event(
            "e26", "k26", "rejet", S26, 0, agent="id:actor/conseil-etat",
            obj="id:matter/new-proceeding-h26", date="2024-12-30",
            more='vg:agentText "Conseil d\'État" ; vg:dateText "le 30 décembre 2024" ;'),
            issued="2025-01-02", source="https://www.example.org/drones",
            title="Drones : le Conseil d'État rejette le recours",
            extra='  id:matter/new-proceeding-h26 a vg:Matter, vg:Proceeding ;\n'
                  '      skos:prefLabel "recours demandant l\'annulation du décret sur l\'usage des drones"@fr ;\n'
                  '      vg:linked false ; vg:mentionText "Le recours demandant l\'annulation du décret" .'),
        _clipping("k11", "s11", S11, _event(
            "e11", "k11", "censure-partielle", S11[:120], 0, agent="id:actor/conseil-constitutionnel",
            obj="id:instrument/loi-2025-379-art-15", date="2025-04"), issued="2025-04-25",
            source="https://www.example.org/censure"),
        _clipping("k23", "s23", S23, _event(
            "e23", "k23", "publication", S23, 0, agent="id:actor/cour-des-comptes",
            obj="id:instrument/new-report-r23", date="2025-01-13"),
            extra='  id:instrument/new-report-r23 a vg:Instrument, vg:Report ;\n'
                  '      skos:prefLabel "rapport sur la répartition des zones de compétence"@fr ; vg:linked false .'),
        _clipping("k10", "s10", S10, _event(
            "e10", "k10", "sanction", S10, 0, agent="id:actor/cnil",
            more='vg:amount "104000"^^xsd:decimal ; vg:currency "EUR" ; vg:count 10 ;'),
            issued="2025-06-10"),
        _clipping("k05", "s05", S05, _event(
            "e05", "k05", "entree_en_vigueur", S05, 0, obj="id:instrument/data-act", date="2025-09-12")),
        _clipping("k09", "s09", S09, _event(
            "e09a", "k09", "validation", S09[:85], 0, agent="id:actor/conseil-etat",
            obj="id:instrument/decret-2023-283", date="2024-12-30") + "\n" + _event(
            "e09b", "k09", "avis", S09[87:], 87, agent="id:actor/cnil",
            obj="id:instrument/decret-2023-283", date="2023-03"), issued="2025-01-05"),
        _clipping("kxss", "s99", SXSS, _event(
            "exss", "kxss", "mise_en_demeure", SXSS, 0, agent="id:actor/cnil",
            obj="id:actor/new-company-x55", date="2025-03-03",
            more=f'vg:objectText "{XSS_SCRIPT} Acme\\{XSS_IMG}" ;'),
            issued="2025-03-04", source="javascript:alert(1)", title=f"{XSS_SCRIPT}{XSS_IMG}",
            extra='  id:actor/new-company-x55 a vg:Actor, vg:Company ;\n'
                  f'      skos:prefLabel "{XSS_SCRIPT} Acme\\{XSS_IMG}"@fr ; vg:linked false .'),
    ]
    text = _P + _ONTOLOGY + _REFERENCE + "".join(clippings)
    # '/' is not allowed in a prefixed name: spell instance and graph IRIs out in full.
    return _NAME.sub(lambda m: f"<{_BASE}{m.group(1)}/{m.group(2)}>", text)


def write_fixture(directory: Path) -> Path:
    """Write the fixture as ``fixture.trig`` in ``directory`` and return its path."""
    path = directory / "fixture.trig"
    path.write_text(fixture_trig(), encoding="utf-8")
    return path
