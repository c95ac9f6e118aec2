"""Namespaces and terms of the veillegraph vocabulary.

Every IRI the code writes or reads is named here, once. The ontology that
declares them is ``ontology/veillegraph.ttl``; ``tests/test_vocab.py`` checks
that each term below is declared there.

Minting policy (see ``docs/architecture.md``):

* ontology terms are hash IRIs under ``VG`` (``vg:Event``);
* event types are slash IRIs under ``VGT`` (``vgt:censure``);
* instances are slash IRIs under ``ID`` with a deterministic slug:
  ``id/clipping/{key}``, ``id/event/{key}``, ``id/evidence/{key}``,
  ``id/actor/{slug}``, ``id/instrument/{slug}``;
* named graphs are under ``GRAPH``: one per clipping
  (``graph/clipping/{key}``), one for reference data (``graph/reference``),
  one for the ontology (``graph/ontology``) and one for build provenance
  (``graph/provenance``).
"""

from __future__ import annotations

from pyoxigraph import NamedNode


class Namespace:
    """A namespace IRI; ``NS.term`` or ``NS["term"]`` gives a ``NamedNode``; ``str(NS)`` the IRI."""

    __slots__ = ("_base",)

    def __init__(self, base: str) -> None:
        self._base = base

    def __str__(self) -> str:
        return self._base

    def __repr__(self) -> str:
        return f"Namespace({self._base!r})"

    def term(self, name: str) -> NamedNode:
        return NamedNode(self._base + name)

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.term(name)

    def __getitem__(self, name: str) -> NamedNode:
        return self.term(name)


BASE = "https://w3id.org/veillegraph/"
VG = Namespace(BASE + "ontology#")
VGT = Namespace(BASE + "event-type/")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
SHAPES = Namespace(BASE + "shapes#")

RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCT = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

#: Prefixes used when writing Turtle/TriG and in query headers.
PREFIXES: dict[str, str] = {
    "vg": str(VG),
    "vgt": str(VGT),
    "id": str(ID),
    "clipping": str(ID) + "clipping/",
    "occurrence": str(ID) + "occurrence/",
    "event": str(ID) + "event/",
    "evidence": str(ID) + "evidence/",
    "actor": str(ID) + "actor/",
    "instrument": str(ID) + "instrument/",
    "matter": str(ID) + "matter/",
    "run": str(ID) + "run/",
    "graph": str(GRAPH),
    "cgraph": str(GRAPH) + "clipping/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dct": str(DCT),
    "prov": str(PROV),
    "oa": str(OA),
    "org": str(ORG),
    "eli": str(ELI),
    "schema": str(SCHEMA),
    "foaf": str(FOAF),
    "sh": str(SH),
    "wd": str(WD),
    "wdt": str(WDT),
}

# --- classes -----------------------------------------------------------------
CLIPPING = VG.Clipping
OCCURRENCE = VG.Occurrence
EVENT = VG.Event
ACTOR = VG.Actor
INSTRUMENT = VG.Instrument
MATTER = VG.Matter
MODALITY = VG.Modality
BUILD_RUN = VG.BuildRun

#: Actor kinds (each a subclass of vg:Actor), keyed by the short name used in code.
ACTOR_KINDS: dict[str, NamedNode] = {
    "court": VG.Court,
    "independent_authority": VG.IndependentAuthority,
    "ministry": VG.Ministry,
    "parliament": VG.Parliament,
    "parliamentary_chamber": VG.ParliamentaryChamber,
    "government": VG.Government,
    "eu_institution": VG.EUInstitution,
    "local_authority": VG.LocalAuthority,
    "public_body": VG.PublicBody,
    "company": VG.Company,
    "association": VG.Association,
    "person": VG.Person,
}

#: Instrument kinds (each a subclass of vg:Instrument).
INSTRUMENT_KINDS: dict[str, NamedNode] = {
    "eu_regulation": VG.EURegulation,
    "eu_directive": VG.EUDirective,
    "law": VG.Law,
    "decree": VG.Decree,
    "bill": VG.Bill,
    "article": VG.Article,
    "report": VG.Report,
    "court_decision": VG.CourtDecision,
    "document": VG.Document,
}

#: Other matters an event can be about (each a subclass of vg:Matter).
MATTER_KINDS: dict[str, NamedNode] = {
    "proceeding": VG.Proceeding,
    "programme": VG.Programme,
}

MODALITIES: dict[str, NamedNode] = {
    "realised": VG.realised,
    "announced": VG.announced,
    "expected": VG.expected,
    "proposed": VG.proposed,
}

EVENT_TYPE_SCHEME = VGT.scheme

# --- properties ----------------------------------------------------------------
TEXT = VG.text                      # clipping -> xsd:string
OCCURS = VG.occurrence              # clipping -> vg:Occurrence
SOURCE_NAME = VG.sourceName         # occurrence -> xsd:string (file name, no directory)
POSITION = VG.position              # occurrence -> xsd:integer (1-based record number)
EVENT_TYPE = VG.eventType           # event -> skos:Concept
AGENT = VG.agent                    # event -> vg:Actor
OBJECT = VG.object                  # event -> vg:Instrument | vg:Actor | vg:Matter
AGENT_TEXT = VG.agentText           # event -> xsd:string, the agent as written
OBJECT_TEXT = VG.objectText         # event -> xsd:string, the object as written
DATE = VG.date                      # event -> xsd:date | xsd:gYearMonth | xsd:gYear
DATE_TEXT = VG.dateText             # event -> xsd:string, the date phrase as written
AMOUNT = VG.amount                  # event -> xsd:decimal
CURRENCY = VG.currency              # event -> xsd:string (ISO 4217)
COUNT = VG.count                    # event -> xsd:nonNegativeInteger
HAS_MODALITY = VG.modality          # event -> vg:Modality
REPORTED_IN = VG.reportedIn         # event -> vg:Clipping (subproperty of prov:wasInfluencedBy)
EVIDENCE = VG.evidence              # event -> oa:Annotation
LINKED = VG.linked                  # actor/instrument/matter -> xsd:boolean (false: minted from text)
MENTION_TEXT = VG.mentionText       # unlinked entity -> xsd:string
TRIGGER_VERB = VG.triggerVerb       # event type -> lang string (lemma)
# periphrases of a kind of body ("le gendarme belge de la vie privée"), made from templates (knowledge.py)
PERIPHRASES = VG.periphrases        # actor -> vg:PeriphrasisSet
TEMPLATE = VG.template              # periphrasis set -> lang string with {m} {f} {adj} {country}
ADJECTIVE = VG.adjective            # actor -> lang string, its nationality adjective (French: masculine)
FEMININE_ADJECTIVE = VG.feminineAdjective  # actor -> French feminine nationality adjective
COUNTRY_NAME = VG.countryName       # actor -> lang string, the name of its country
SHORT_NAME = VG.shortName           # actor -> its short name or acronym, as periphrasis templates use it
SEAT_NAME = VG.seatName             # actor -> lang string, the city it sits in ("le gendarme de Dublin")
TRIGGER_NOUN = VG.triggerNoun       # event type -> lang string (lemma or phrase)
# offices held by persons (reference data): the extractor gives the body as the agent of what they do in office
TENURE = VG.tenure                  # person -> vg:Tenure
ACTS_FOR = VG.actsFor               # tenure -> vg:Actor
TENURE_START = VG.tenureStart       # tenure -> xsd:date
TENURE_END = VG.tenureEnd           # tenure -> xsd:date (absent while it lasts)
AGENT_PERSON = VG.agentPerson       # event -> vg:Person who acted for the agent
# titles of offices and the bodies they stand for ("préfète" -> "préfecture"), read by the linker
TITLE_NOUN = VG.titleNoun           # vg:OfficeNoun -> lang string, the office holder's title
BODY_NOUN = VG.bodyNoun             # vg:OfficeNoun -> lang string, the body's noun
CELEX = VG.celex
ECLI = VG.ecli
NOR = VG.nor
ELI_ID = VG.eli                     # instrument -> IRI of its ELI
WIKIDATA = VG.wikidata              # entity -> IRI http://www.wikidata.org/entity/Q...
NUMBER = VG.number                  # instrument -> xsd:string ("2023-380")
EXTENDS = VG.extends                # instrument -> instrument (subproperty of eli:changes)
HEAD_NOUN = VG.headNoun             # kind class -> lang string: head nouns that reveal the kind ("tribunal"@fr)
CUE = VG.cue                        # modality individual -> lang string: cue lemma ("devoir"@fr for expected)
NEAR_DUPLICATE_OF = VG.nearDuplicateOf  # clipping -> clipping (symmetric; same story, light rewording)
SIMILARITY = VG.similarity          # not used on triples directly; reserved for the similarity score
SITE_NAME = VG.siteName             # clipping -> xsd:string (the publishing site)
RETRIEVED = VG.retrieved            # clipping -> xsd:dateTime (when the source was fetched, if stated)
# event identity across clippings (veillegraph.merge, docs/merging.md)
MERGE = VG.Merge                    # class of merge records
CANONICAL_EVENT = VG.canonicalEvent  # mention-event -> canonical event (subproperty of owl:sameAs)
REPORT = VG.report                  # canonical event -> mention-event
MERGE_RULE = VG.mergeRule           # mention-event -> xsd:string, the rule that merged it
SURVIVOR = VG.survivor              # merge record -> canonical event
ABSORBED = VG.absorbed              # merge record -> mention-event
# linking help (veillegraph.linking_help)
WIKIDATA_CLASS = VG.wikidataClass   # kind class -> Wikidata class item it corresponds to
WIKIDATA_PROPERTY = VG.wikidataProperty  # identifier property -> Wikidata property (vg:celex -> wdt:P476)
"""
Reused terms, named here so that code reads them from one place:
rdf:type, rdfs:label, skos:prefLabel, skos:altLabel, skos:notation,
skos:broader, skos:inScheme, skos:topConceptOf, skos:editorialNote,
dct:identifier, dct:title, dct:source, dct:issued, dct:language, dct:created,
eli:is_part_of, eli:date_document, eli:first_date_entry_in_force,
eli:date_applicability, eli:passed_by, eli:changes, eli:amends,
oa:Annotation, oa:hasBody, oa:hasTarget, oa:hasSource, oa:hasSelector,
oa:SpecificResource, oa:TextQuoteSelector, oa:TextPositionSelector, oa:exact,
oa:prefix, oa:suffix, oa:start, oa:end, oa:motivatedBy, oa:describing,
prov:wasGeneratedBy, prov:wasAssociatedWith, prov:used, prov:SoftwareAgent.
"""
TYPE = RDF.type
LABEL = RDFS.label
PREF_LABEL = SKOS.prefLabel
ALT_LABEL = SKOS.altLabel
NOTATION = SKOS.notation
BROADER = SKOS.broader
IN_SCHEME = SKOS.inScheme
EDITORIAL_NOTE = SKOS.editorialNote
IDENTIFIER = DCT.identifier
TITLE = DCT.title
SOURCE = DCT.source
ISSUED = DCT.issued
LANGUAGE = DCT.language
IS_PART_OF = ELI.is_part_of

REFERENCE_GRAPH = GRAPH.reference
ONTOLOGY_GRAPH = GRAPH.ontology
PROVENANCE_GRAPH = GRAPH.provenance
MERGES_GRAPH = GRAPH.merges
