"""Helpers for the query tests: a hand-written TriG fixture and an ``oxigraph serve`` runner.

The fixture follows ``docs/architecture.md`` (one named graph per clipping, a
reference graph, an ontology graph with the event-type scheme and modalities).
It stands in for the example build where the build is not available.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

FIXTURE_TRIG = r"""
@prefix vg: <https://w3id.org/veillegraph/ontology#> .
@prefix vgt: <https://w3id.org/veillegraph/event-type/> .
@prefix id: <https://w3id.org/veillegraph/id/> .
@prefix graph: <https://w3id.org/veillegraph/graph/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix actor: <https://w3id.org/veillegraph/id/actor/> .
@prefix instr: <https://w3id.org/veillegraph/id/instrument/> .
@prefix matter: <https://w3id.org/veillegraph/id/matter/> .
@prefix event: <https://w3id.org/veillegraph/id/event/> .
@prefix clip: <https://w3id.org/veillegraph/id/clipping/> .
@prefix gclip: <https://w3id.org/veillegraph/graph/clipping/> .

graph:ontology {
  vgt:scheme a skos:ConceptScheme .
  vgt:rejet a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "rejet" ;
      skos:prefLabel "rejet"@fr , "rejection"@en .
  vgt:censure a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "censure" .
  vgt:sanction a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "sanction" .
  vgt:amende a skos:Concept ; skos:inScheme vgt:scheme ; skos:broader vgt:sanction ;
      skos:notation "amende" .
  vgt:entree_en_vigueur a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "entree_en_vigueur" .
  vgt:adoption a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "adoption" .
  vgt:proposition a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "proposition" .
  vgt:experimentation a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "experimentation" .
  vgt:publication a skos:Concept ; skos:inScheme vgt:scheme ; skos:topConceptOf vgt:scheme ;
      skos:notation "publication" .
  vg:realised a vg:Modality ; skos:notation "realised" .
  vg:announced a vg:Modality ; skos:notation "announced" .
  vg:expected a vg:Modality ; skos:notation "expected" .
  vg:proposed a vg:Modality ; skos:notation "proposed" .
}

graph:reference {
  actor:conseil-etat a vg:Actor , vg:Court ; skos:prefLabel "Conseil d'État"@fr , "Council of State"@en ;
      skos:altLabel "haute juridiction administrative"@fr ; vg:wikidata wd:Q769657 .
  actor:conseil-constitutionnel a vg:Actor , vg:Court ; skos:prefLabel "Conseil constitutionnel"@fr ;
      skos:altLabel "les Sages"@fr ; vg:wikidata wd:Q1127218 .
  actor:cnil a vg:Actor , vg:IndependentAuthority ;
      skos:prefLabel "Commission nationale de l'informatique et des libertés"@fr ; skos:altLabel "CNIL"@fr .
  actor:commission-europeenne a vg:Actor , vg:EUInstitution ; skos:prefLabel "Commission européenne"@fr ,
      "European Commission"@en ; skos:altLabel "Bruxelles"@fr .
  actor:parlement a vg:Actor , vg:Parliament ; skos:prefLabel "Parlement"@fr .
  instr:ai-act a vg:Instrument , vg:EURegulation ;
      skos:prefLabel "règlement sur l'intelligence artificielle"@fr ;
      skos:altLabel "AI Act"@en ; vg:celex "32024R1689" ;
      eli:first_date_entry_in_force "2024-08-01"^^xsd:date .
  instr:data-act a vg:Instrument , vg:EURegulation ; skos:prefLabel "règlement sur les données"@fr ;
      skos:altLabel "Data Act"@en .
  instr:loi-2023-380 a vg:Instrument , vg:Law ;
      skos:prefLabel "loi relative aux jeux Olympiques et Paralympiques de 2024"@fr ; vg:number "2023-380" .
  instr:loi-2023-380-art-10 a vg:Instrument , vg:Article ;
      skos:prefLabel "article 10 de la loi JO 2024"@fr ;
      eli:is_part_of instr:loi-2023-380 .
  instr:loi-2025-379 a vg:Instrument , vg:Law ;
      skos:prefLabel "loi relative au renforcement de la sûreté dans les transports"@fr ;
      vg:number "2025-379" .
  instr:loi-2025-379-art-15 a vg:Instrument , vg:Article ;
      skos:prefLabel "article 15 de la loi sûreté dans les transports"@fr ;
      eli:is_part_of instr:loi-2025-379 ; vg:extends instr:loi-2023-380-art-10 .
  instr:decret-2023-283 a vg:Instrument , vg:Decree ;
      skos:prefLabel "décret n° 2023-283 du 19 avril 2023 (caméras des drones)"@fr ; vg:number "2023-283" .
}

gclip:c26 {
  clip:c26 a vg:Clipping ; dct:identifier "s26" ; dct:language "fr" ;
      vg:text '''Le recours demandant l'annulation du décret sur l'usage des drones
a été rejeté par le Conseil d'État le 30 décembre 2024.''' .
  event:e26 a vg:Event ; vg:eventType vgt:rejet ; vg:agent actor:conseil-etat ;
      vg:agentText "Conseil d'État" ;
      vg:object matter:new-proceeding-p26 ;
      vg:objectText "Le recours demandant l'annulation du décret sur l'usage des drones" ;
      vg:date "2024-12-30"^^xsd:date ; vg:dateText "le 30 décembre 2024" ; vg:modality vg:realised ;
      vg:reportedIn clip:c26 ; vg:evidence <https://w3id.org/veillegraph/id/evidence/a26> .
  <https://w3id.org/veillegraph/id/evidence/a26> a oa:Annotation ; oa:motivatedBy oa:describing ;
      oa:hasBody event:e26 ;
      oa:hasTarget <https://w3id.org/veillegraph/id/evidence/a26/target> .
  <https://w3id.org/veillegraph/id/evidence/a26/target> a oa:SpecificResource ; oa:hasSource clip:c26 ;
      oa:hasSelector <https://w3id.org/veillegraph/id/evidence/a26/quote> ,
          <https://w3id.org/veillegraph/id/evidence/a26/position> .
  <https://w3id.org/veillegraph/id/evidence/a26/quote> a oa:TextQuoteSelector ;
      oa:exact '''Le recours demandant l'annulation du décret sur l'usage des drones
a été rejeté par le Conseil d'État le 30 décembre 2024.''' ;
      oa:prefix "" ; oa:suffix "" .
  <https://w3id.org/veillegraph/id/evidence/a26/position> a oa:TextPositionSelector ; oa:start 0 ;
      oa:end 122 .
  matter:new-proceeding-p26 a vg:Matter , vg:Proceeding ;
      skos:prefLabel "recours demandant l'annulation du décret sur l'usage des drones"@fr ;
      vg:linked false ;
      vg:mentionText "Le recours demandant l'annulation du décret sur l'usage des drones" ;
      dct:subject instr:decret-2023-283 .
}

gclip:c10 {
  clip:c10 a vg:Clipping ; dct:identifier "s10" ; dct:language "fr" ;
      vg:text "En janvier 2025, la CNIL a prononcé dix sanctions (104 000 euros) contre la société Exemple." .
  event:e10 a vg:Event ; vg:eventType vgt:sanction ; vg:agent actor:cnil ; vg:agentText "la CNIL" ;
      vg:object actor:new-company-x ; vg:objectText "la société Exemple" ;
      vg:date "2025-01"^^xsd:gYearMonth ; vg:amount "104000"^^xsd:decimal ; vg:currency "EUR" ;
      vg:count 10 ;
      vg:modality vg:realised ; vg:reportedIn clip:c10 .
  actor:new-company-x a vg:Actor , vg:Company ; skos:prefLabel "société Exemple"@fr ; vg:linked false ;
      vg:mentionText "la société Exemple" .
}

gclip:c11 {
  clip:c11 a vg:Clipping ; dct:identifier "s11" ; dct:language "fr" ;
      vg:text "La CNIL inflige 50 000,50 euros en juin 2024 ; le Conseil d'État rejette un recours." .
  event:e11 a vg:Event ; vg:eventType vgt:amende ; vg:agent actor:cnil ; vg:agentText "La CNIL" ;
      vg:date "2024-06"^^xsd:gYearMonth ; vg:amount "50000.5"^^xsd:decimal ; vg:currency "EUR" ;
      vg:modality vg:realised ; vg:reportedIn clip:c11 .
  event:e11b a vg:Event ; vg:eventType vgt:rejet ; vg:agent actor:conseil-etat ;
      vg:agentText "le Conseil d'État" ;
      vg:objectText "un autre recours" ; vg:date "2024"^^xsd:gYear ;
      vg:modality vg:realised ; vg:reportedIn clip:c11 .
}

gclip:c12 {
  clip:c12 a vg:Clipping ; dct:identifier "s12" ; dct:language "fr" ; dct:issued "2025-04-25"^^xsd:date ;
      vg:text "Le Conseil constitutionnel a censuré le 24 avril 2025 l'article 15 (prolongation)." .
  event:e12 a vg:Event ; vg:eventType vgt:censure ; vg:agent actor:conseil-constitutionnel ;
      vg:agentText "Le Conseil constitutionnel" ; vg:object instr:loi-2025-379-art-15 ;
      vg:objectText "l'article 15" ;
      vg:date "2025-04-24"^^xsd:date ; vg:modality vg:realised ; vg:reportedIn clip:c12 .
  event:e12b a vg:Event ; vg:eventType vgt:adoption ; vg:agent actor:parlement ;
      vg:agentText "le Parlement" ;
      vg:object instr:loi-2025-379 ; vg:objectText "la loi sûreté dans les transports" ;
      vg:date "2025-04"^^xsd:gYearMonth ; vg:modality vg:realised ; vg:reportedIn clip:c12 .
}

gclip:c09 {
  clip:c09 a vg:Clipping ; dct:identifier "s09" ; dct:language "fr" ;
      vg:text "L'article 10 de la loi JO a ouvert en mai 2023 l'expérimentation de la VSA." .
  event:e09 a vg:Event ; vg:eventType vgt:experimentation ; vg:agent actor:parlement ;
      vg:object instr:loi-2023-380-art-10 ; vg:objectText "L'article 10 de la loi JO" ;
      vg:date "2023-05"^^xsd:gYearMonth ; vg:modality vg:realised ; vg:reportedIn clip:c09 .
}

gclip:c13 {
  clip:c13 a vg:Clipping ; dct:identifier "s13" ; dct:language "fr" ;
      vg:text "L'AI Act est entré en vigueur le 1er août 2024." ; vg:nearDuplicateOf clip:c14 .
  event:e13 a vg:Event ; vg:eventType vgt:entree_en_vigueur ; vg:object instr:ai-act ;
      vg:objectText "L'AI Act" ; vg:date "2024-08-01"^^xsd:date ; vg:modality vg:realised ;
      vg:reportedIn clip:c13 .
}

gclip:c14 {
  clip:c14 a vg:Clipping ; dct:identifier "s14" ; dct:language "fr" ;
      vg:text "L'AI Act est entré en vigueur le 1er août 2024 !" ; vg:nearDuplicateOf clip:c13 .
  event:e13 vg:reportedIn clip:c14 .
}

gclip:c07 {
  clip:c07 a vg:Clipping ; dct:identifier "s07" ; dct:language "fr" ;
      vg:text "Bruxelles devrait proposer un report de l'AI Act." .
  event:e07 a vg:Event ; vg:eventType vgt:proposition ; vg:agent actor:commission-europeenne ;
      vg:agentText "Bruxelles" ; vg:object instr:ai-act ; vg:objectText "l'AI Act" ;
      vg:modality vg:expected ; vg:reportedIn clip:c07 .
}

gclip:c01 {
  clip:c01 a vg:Clipping ; dct:identifier "s01" ; dct:language "fr" ;
      vg:text "L'histoire des forces de sécurité intérieure est parsemée d'innovations technologiques." .
}
"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def oxigraph_server(binary: str, location: Path, data_trig: bytes) -> Iterator[str]:
    """Start ``oxigraph serve`` on 127.0.0.1 with ``data_trig`` loaded; yield its query URL; stop it."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            binary,
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(base + "/", timeout=1):
                    break
            except (urllib.error.URLError, ConnectionError, OSError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise RuntimeError(f"oxigraph serve did not start: {err}") from None
                time.sleep(0.1)
        # load the dataset through the Graph Store endpoint (POST of TriG adds all its graphs)
        req = urllib.request.Request(
            base + "/store", data=data_trig, method="POST", headers={"Content-Type": "application/trig"}
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            assert resp.status in (200, 201, 204)
        yield base + "/query"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


#: Parameter values to run each stored query with, on the fixture and on the example build (a query with
#: required parameters must be listed; optional ones are run with and without).
SAMPLE_PARAMS: dict[str, list[dict[str, str]]] = {
    "instrument-timeline": [
        {"instrument": "id:instrument/decret-2023-283"},
        {"instrument": "id:instrument/loi-2025-379"},
        {"instrument": "id:instrument/ai-act"},
    ],
    "court-decisions": [{"court": "id:actor/conseil-etat"}, {"court": "id:actor/conseil-constitutionnel"}],
    "experiment-story": [
        {"instrument": "id:instrument/loi-2023-380"},
        {"instrument": "id:instrument/loi-2023-380-art-10"},
    ],
    "sanctions-by-authority-year": [{}, {"in_year": "2025"}],
    "actors-by-month": [{}, {"in_year": "2025"}],
    "co-actors": [{"actor": "id:actor/parlement"}, {"actor": "id:actor/conseil-constitutionnel"}],
    "instruments-by-status": [{}, {"with_status": "in force"}],
    "multi-reported-events": [{}, {"min_reports": "1"}],
    "event-evidence": [{"event": "id:event/e26"}, {"event": "id:event/e13"}],
    "actor-subgraph": [{"actor": "id:actor/cnil"}, {"actor": "id:actor/conseil-etat"}],
    "sanctions": [{}, {"min_eur": "60000"}],
    "events-between": [{"from": "2024-12-01", "to": "2025-01-31"}],
    "entity-by-label": [{"label": "cnil"}, {"label": "AI Act@en"}, {"label": "les Sages@fr"}],
    "search-evidence": [{"text": "drones"}],
}


def sample_params(name: str) -> list[dict[str, str]]:
    """The parameter sets a test runs query ``name`` with (``[{}]`` for a query without parameters)."""
    return SAMPLE_PARAMS.get(name, [{}])
