"""A remote SPARQL 1.1 store: query, replace named graphs atomically, push and pull by named graph.

``RemoteStore`` talks to any SPARQL 1.1 server (Oxigraph, Virtuoso, QLever,
GraphDB, Amazon Neptune; see ``docs/remote.md``):

* queries go through SPARQLWrapper (SPARQL 1.1 Protocol, JSON results);
* writes go either through SPARQL 1.1 Update (one request
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`` per batch of
  whole graphs, which the server applies as one transaction) or through the
  Graph Store Protocol (one ``PUT ?graph=<g>`` per graph), so a named graph
  on the server is always either the old one or the new one, never half of it;
* idempotent operations (queries, graph reads, graph replacement) are retried
  with exponential backoff when the server is down, slow, answers 5xx/429 or
  drops the connection; other failures raise ``StoreError`` at once;
* credentials come from ``VEILLEGRAPH_ENDPOINT_TOKEN`` (a bearer token), from
  ``VEILLEGRAPH_ENDPOINT_USER`` / ``VEILLEGRAPH_ENDPOINT_PASSWORD`` (HTTP Basic) or
  from ``~/.netrc`` (by host), and are never logged nor put in messages.

``push`` and ``pull`` copy a dataset between a local ``pyoxigraph.Store`` and a
``RemoteStore`` graph by graph: clipping graphs (named after the hash of their
text) are copied only when missing on the other side; other graphs (ontology,
reference, provenance, merges) when their content differs.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import netrc
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import pyoxigraph as ox

from . import __version__
from . import _vocab as V
from ._errors import StoreError

log = logging.getLogger("veillegraph")

USER_AGENT = f"veillegraph/{__version__} (SPARQL client; +https://w3id.org/veillegraph)"
ENV_USER = "VEILLEGRAPH_ENDPOINT_USER"
ENV_PASSWORD = "VEILLEGRAPH_ENDPOINT_PASSWORD"
ENV_TOKEN = "VEILLEGRAPH_ENDPOINT_TOKEN"
#: HTTP statuses worth another try for an idempotent request.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
#: Largest SPARQL Update body (bytes) that ``replace_graphs`` sends in one request.
BATCH_BYTES = 4_000_000

T = TypeVar("T")

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Row = dict[str, Term]


@dataclass(frozen=True)
class Auth:
    """HTTP Basic credentials, or a bearer ``token`` (QLever's access token, a gateway's).

    ``repr`` and ``str`` never show the secret.
    """

    user: str
    password: str = field(default="", repr=False)
    token: str | None = field(default=None, repr=False)

    def __str__(self) -> str:
        return f"Auth(user={self.user!r}, secret=***)"

    def header(self) -> str:
        if self.token:
            return f"Bearer {self.token}"
        basic = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return f"Basic {basic}"


def credentials_for(url: str, *, environ: Mapping[str, str] | None = None,
                    netrc_file: str | None = None) -> Auth | None:
    """Credentials for ``url``: a bearer token or user/password from the environment, else the
    netrc entry of its host."""
    env = os.environ if environ is None else environ
    token = env.get(ENV_TOKEN)
    if token:
        return Auth("", token=token)
    user = env.get(ENV_USER)
    if user:
        return Auth(user, env.get(ENV_PASSWORD, ""))
    host = urllib.parse.urlsplit(url).hostname
    if not host:
        return None
    try:
        entry = netrc.netrc(netrc_file).authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return None
    if entry is None:
        return None
    login, _, password = entry
    return Auth(login or "", password or "")


def redact(url: str) -> str:
    """``url`` without user info, query string or fragment (safe to log)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


class _Retryable(Exception):
    """A failure that another try may cure."""


def _term(binding: Mapping[str, str]) -> Term | None:
    kind = binding.get("type")
    value = binding.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in binding:
            return ox.Literal(value, language=binding["xml:lang"])
        if "datatype" in binding:
            return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
        return ox.Literal(value)
    return None


def _values_clause(bindings: Mapping[str, Term]) -> str:
    names = sorted(bindings)
    for t in bindings.values():
        if isinstance(t, ox.BlankNode):
            raise StoreError("a blank node cannot be bound in a remote query; bind an IRI or a literal",
                             code="VG415")
    row = " ".join(str(bindings[n]) for n in names)
    return "\nVALUES (" + " ".join("?" + n for n in names) + ") { (" + row + ") }"


def _ntriples(quads: Iterable[ox.Quad]) -> str:
    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return data.decode("utf-8") if data else ""


class RemoteStore:
    """A SPARQL 1.1 server: ``query_url`` (Protocol), ``update_url`` (Update) and/or ``store_url`` (GSP).

    ``timeout`` is per HTTP request, in seconds; an idempotent request is tried
    ``retries + 1`` times, waiting ``backoff``, ``2·backoff``, ``4·backoff``… (at
    most ``max_wait``) in between. ``auth`` defaults to ``credentials_for(query_url)``.
    """

    def __init__(self, query_url: str, update_url: str | None = None, store_url: str | None = None, *,
                 timeout: float = 30.0, retries: int = 3, backoff: float = 0.5, max_wait: float = 8.0,
                 auth: Auth | None = None, user_agent: str = USER_AGENT,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.store_url = store_url
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_wait = max_wait
        self.auth = auth if auth is not None else credentials_for(query_url)
        self.user_agent = user_agent
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"RemoteStore({redact(self.query_url)!r})"

    # --- retry policy -------------------------------------------------------------------
    def _attempt(self, what: str, action: Callable[[], T], *, idempotent: bool) -> T:
        tries = self.retries + 1 if idempotent else 1
        for n in range(tries):
            try:
                return action()
            except _Retryable as exc:
                if n + 1 >= tries:
                    hint = "" if idempotent else " (not retried: the request is not idempotent)"
                    raise StoreError(f"{what} failed after {n + 1} attempt(s): {exc}{hint}; check that the "
                                     "server is up and reachable, or raise --timeout/--retries",
                                     code="VG410") from exc
                wait = min(self.max_wait, self.backoff * (2 ** n))
                log.warning("%s failed (%s); retrying in %.1f s (%d/%d)", what, exc, wait, n + 1, tries - 1)
                self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _http(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        """One HTTP request; transient failures raise ``_Retryable``, others ``StoreError``."""
        req = urllib.request.Request(url, data=body, method=method)
        req.add_header("User-Agent", self.user_agent)
        for k, v in headers.items():
            req.add_header(k, v)
        if self.auth is not None:
            req.add_header("Authorization", self.auth.header())
        where = f"{method} {redact(url)}"
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                data: bytes = resp.read()
                return data
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace").strip()
            if exc.code in RETRY_STATUSES:
                raise _Retryable(f"{where}: HTTP {exc.code} {detail}") from exc
            if exc.code in (401, 403):
                raise StoreError(f"{where}: HTTP {exc.code}: the server refused the credentials; set "
                                 f"{ENV_USER}/{ENV_PASSWORD} or a ~/.netrc entry for its host",
                                 code="VG412") from exc
            raise StoreError(f"{where}: HTTP {exc.code}: {detail}", code="VG411") from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError,
                http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise _Retryable(f"{where}: {type(reason).__name__}: {reason}") from exc

    # --- reading ---------------------------------------------------------------------------
    def query(self, text: str, bindings: Mapping[str, Term] | None = None) -> list[Row]:
        """Run a SELECT query (SPARQLWrapper, JSON results); rows map variable names to terms.

        ``bindings`` fixes variables to values (sent as a trailing ``VALUES`` clause).
        Retried: a query has no side effect.
        """
        from SPARQLWrapper import BASIC, JSON, POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, SPARQLWrapperException

        full = text + (_values_clause(bindings) if bindings else "")

        def run() -> list[Row]:
            w = SPARQLWrapper(self.query_url, agent=self.user_agent)
            w.setQuery(full)
            w.setMethod(POST)
            w.setReturnFormat(JSON)
            w.setTimeout(max(1, round(self.timeout)))
            if self.auth is not None and self.auth.token:
                w.addCustomHttpHeader("Authorization", self.auth.header())
            elif self.auth is not None:
                w.setHTTPAuth(BASIC)
                w.setCredentials(self.auth.user, self.auth.password)
            where = f"query {redact(self.query_url)}"
            try:
                raw = w.query().response.read()
            except EndPointInternalError as exc:
                raise _Retryable(f"{where}: HTTP 500") from exc
            except urllib.error.HTTPError as exc:
                if exc.code in RETRY_STATUSES:
                    raise _Retryable(f"{where}: HTTP {exc.code}") from exc
                raise StoreError(f"{where}: HTTP {exc.code}", code="VG411") from exc
            except SPARQLWrapperException as exc:
                msg = str(exc).splitlines()[0][:300]
                raise StoreError(f"{where}: {msg}", code="VG413") from exc
            except (urllib.error.URLError, TimeoutError, ConnectionError,
                    http.client.HTTPException) as exc:
                reason = getattr(exc, "reason", None) or exc
                raise _Retryable(f"{where}: {type(reason).__name__}: {reason}") from exc
            try:
                doc = json.loads(raw)
            except ValueError as exc:  # a truncated answer
                raise _Retryable(f"{where}: incomplete JSON answer") from exc
            if "boolean" in doc:
                return [{"_ask": ox.Literal(str(bool(doc["boolean"])).lower(), datatype=V.XSD.boolean)}]
            out: list[Row] = []
            for b in doc.get("results", {}).get("bindings", []):
                row: Row = {}
                for name, value in b.items():
                    t = _term(value)
                    if t is not None:
                        row[name] = t
                out.append(row)
            return out

        return self._attempt("query", run, idempotent=True)

    def graph_names(self) -> list[str]:
        """IRIs of the server's non-empty named graphs, sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted({r["g"].value for r in rows if isinstance(r.get("g"), ox.NamedNode)})

    def graph_quads(self, graph_iri: str) -> list[ox.Quad]:
        """The content of one named graph (GSP GET when a store URL is known, else a query)."""
        g = ox.NamedNode(graph_iri)
        if self.store_url:
            url = self._gsp_url(graph_iri)

            def get() -> bytes:
                return self._http("GET", url, None, {"Accept": "application/n-triples"})

            try:
                data = self._attempt("read graph", get, idempotent=True)
            except StoreError as exc:
                if "HTTP 404" in str(exc):
                    return []
                raise
            return [ox.Quad(t.subject, t.predicate, t.object, g)
                    for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
        rows = self.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": g})
        out = []
        for r in rows:
            s, p, o = r.get("s"), r.get("p"), r.get("o")
            if isinstance(s, ox.NamedNode | ox.BlankNode) and isinstance(p, ox.NamedNode) and o is not None:
                out.append(ox.Quad(s, p, o, g))
        return out

    # --- writing ---------------------------------------------------------------------------
    def _gsp_url(self, graph_iri: str) -> str:
        assert self.store_url
        sep = "&" if "?" in self.store_url else "?"
        return self.store_url + sep + urllib.parse.urlencode({"graph": graph_iri})

    def update(self, text: str, *, idempotent: bool = False) -> None:
        """Send one SPARQL Update request. Retried only when the caller says it is ``idempotent``."""
        if not self.update_url:
            raise StoreError("no SPARQL Update endpoint; give --update-endpoint URL", code="VG414")
        url = self.update_url
        body = text.encode("utf-8")

        def post() -> None:
            self._http("POST", url, body, {"Content-Type": "application/sparql-update; charset=utf-8"})

        self._attempt("update", post, idempotent=idempotent)

    def replace_graph(self, graph_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Replace one named graph by ``quads`` (their own graph names are ignored), atomically."""
        self.replace_graphs({graph_iri: list(quads)})

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]]) -> int:
        """Replace several named graphs; each one is whole on the server, old or new. Returns requests sent.

        With an Update endpoint, whole graphs are batched into requests of about
        ``BATCH_BYTES``, each ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> {…} }``
        per graph (one request is one transaction). With only a Graph Store,
        one ``PUT`` per graph.
        """
        if self.update_url is None and self.store_url is None:
            raise StoreError("no write endpoint; give --update-endpoint URL or --graph-store URL",
                             code="VG414")
        sent = 0
        if self.update_url is None:
            for iri in sorted(graphs):
                body = _ntriples(graphs[iri]).encode("utf-8")
                url = self._gsp_url(iri)

                def put(url: str = url, body: bytes = body) -> None:
                    self._http("PUT", url, body, {"Content-Type": "application/n-triples"})

                self._attempt(f"replace graph <{iri}>", put, idempotent=True)
                sent += 1
            return sent
        parts: list[str] = []
        size = 0
        for iri in sorted(graphs):
            g = ox.NamedNode(iri)
            text = _ntriples(graphs[iri])
            part = f"DROP SILENT GRAPH {g} ;\n"
            if text:
                part += f"INSERT DATA {{ GRAPH {g} {{\n{text}}} }} ;\n"
            if parts and size + len(part) > BATCH_BYTES:
                self.update("".join(parts).rstrip().rstrip(";"), idempotent=True)
                sent += 1
                parts, size = [], 0
            parts.append(part)
            size += len(part)
        if parts:
            self.update("".join(parts).rstrip().rstrip(";"), idempotent=True)
            sent += 1
        return sent


# --- push and pull ---------------------------------------------------------------------------

def _is_clipping_graph(iri: str) -> bool:
    return iri.startswith(V.GRAPH["clipping/"].value)


def _local_graph(store: ox.Store, iri: str) -> list[ox.Quad]:
    return list(store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))


def _same(a: Iterable[ox.Quad], b: Iterable[ox.Quad]) -> bool:
    def key(qs: Iterable[ox.Quad]) -> set[tuple[str, str, str]]:
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in qs}

    return key(a) == key(b)


@dataclass
class SyncSummary:
    """What a push or pull did."""

    copied: list[str] = field(default_factory=list)
    skipped: int = 0
    requests: int = 0

    def line(self, verb: str) -> str:
        return (f"{verb} {len(self.copied)} named graph(s) in {self.requests} request(s); "
                f"{self.skipped} already there")


def push(local: ox.Store, remote: RemoteStore, *, only_new: bool = True,
         graphs: Iterable[str] | None = None) -> SyncSummary:
    """Publish the named graphs of ``local`` to ``remote``.

    With ``only_new``, a clipping graph already on the server is skipped (its
    name is the hash of its text, so the same name means the same clipping) and
    any other graph is sent only when its content differs. Each graph lands
    whole. A failed push can simply be run again.
    """
    names = sorted(graphs) if graphs is not None else sorted(
        g.value for g in local.named_graphs() if isinstance(g, ox.NamedNode))
    there = set(remote.graph_names()) if only_new else set()
    summary = SyncSummary()
    todo: dict[str, list[ox.Quad]] = {}
    for iri in names:
        unchanged = iri in there and (
            _is_clipping_graph(iri) or _same(_local_graph(local, iri), remote.graph_quads(iri)))
        if unchanged:
            summary.skipped += 1
            continue
        todo[iri] = _local_graph(local, iri)
        if sum(len(q) for q in todo.values()) >= 50_000:
            summary.requests += remote.replace_graphs(todo)
            summary.copied.extend(sorted(todo))
            todo = {}
    if todo:
        summary.requests += remote.replace_graphs(todo)
        summary.copied.extend(sorted(todo))
    return summary


def pull(remote: RemoteStore, local: ox.Store, *, only_new: bool = True) -> SyncSummary:
    """Copy the named graphs of ``remote`` into ``local`` (each in one local transaction).

    With ``only_new``, clipping graphs the local store holds are skipped and other
    graphs are replaced only when their content differs.
    """
    here = {g.value for g in local.named_graphs() if isinstance(g, ox.NamedNode)}
    summary = SyncSummary()
    for iri in remote.graph_names():
        if only_new and iri in here and _is_clipping_graph(iri):
            summary.skipped += 1
            continue
        quads = remote.graph_quads(iri)
        summary.requests += 1
        if iri in here:
            if only_new and _same(quads, _local_graph(local, iri)):
                summary.skipped += 1
                continue
            _replace_local(local, iri, quads)
        else:
            local.extend(quads)
        summary.copied.append(iri)
    local.flush()
    return summary


def _replace_local(local: ox.Store, iri: str, quads: list[ox.Quad]) -> None:
    """Replace one graph of the local store in a single update (one transaction)."""
    g = ox.NamedNode(iri)
    body = _ntriples(quads)
    text = f"DROP SILENT GRAPH {g}" + (f" ; INSERT DATA {{ GRAPH {g} {{ {body} }} }}" if body else "")
    try:
        local.update(text)
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"cannot replace graph <{iri}> in the local store: {exc}", code="VG404") from exc
