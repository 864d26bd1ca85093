"""The REST API and the dashboard's files over one store. The one module that imports fastapi and
starlette; `parley.web.serve` runs it under uvicorn.

Reads go to a connection of the worker thread's own (connections are not thread-safe, and FastAPI
runs plain `def` endpoints in a thread pool). Writes, allowed only when the server holds a token,
go through the same `Archive` as `parley ingest`, one at a time.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hmac
import io
import math
import os
import re
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware.gzip import GZipMiddleware
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parley import __version__
from parley.records import ArticleInput, InputProblem
from parley.store import EventFilter, FilterError, Store, StoreError, make_filter
from parley.store.index import EventIndex

STATIC = Path(__file__).resolve().parent / "static"
INDEX_REFRESH = 10.0  # seconds: while ingest runs beside the server, pages may lag the store by this much
INDEX_MAX = 2_000_000  # events; a bigger store is paged by the database
MAX_BODY = 2_000_000  # bytes of a POST body: a long article is ~100 kB, so this is generous
MAX_VALUES = 50  # values of one list filter (actor=A,B&actor=C ...): each one is a condition in the query
READ_ONLY = "read-only server: start it with --token to allow writes"
CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
NOT_BUILT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Parley</title></head>
<body><h1>Parley</h1><p>The dashboard page is not built in this installation
(no <code>parley/web/static/index.html</code>). The API works: <a href="/api/health">/api/health</a>,
described at <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>
"""


# -- the store, per thread ------------------------------------------------------------------------


class _Conn:
    """A thread's connection; when the thread ends (the pool retires idle threads) its
    thread-local slot is dropped, and the finaliser closes the connection."""

    def __init__(self, store: Store):
        self.store = store


class _State:
    def __init__(self, store: Store, token: str | None, pipeline: Any):
        self.main = store
        # New connections are made from this one, used for nothing else: making a DuckDB cursor from a
        # connection busy with a query (the writer's) is refused.
        self._spawner = store.fork()
        self.token = token.encode("utf-8") if token is not None else None
        self.pipeline = pipeline
        self._local = threading.local()
        self._finalizers: list[weakref.finalize[Any, Any]] = []
        self._lock = threading.Lock()
        self._closed = False
        self.write_lock = threading.Lock()
        self._archive: Any = None
        self.on_write: list[Callable[[], None]] = [self._forget_index]
        self._index: EventIndex | None = None
        self._index_lock = threading.Lock()
        self._index_checked = self._index_built = -math.inf
        self._building = False
        self._builder: threading.Thread | None = None
        self._generation = 0
        self.known_version: Any = None
        self._version_read = -math.inf

    def written(self) -> None:
        self._version_read = -math.inf  # the next request reads the new version
        for forget in self.on_write:
            forget()

    def version_is_fresh(self) -> bool:
        return time.monotonic() - self._version_read <= 1.0

    def version(self) -> Any:
        """The store's version, read at most once a second for the index and the response cache alike."""
        if not self.version_is_fresh():
            self.known_version, self._version_read = self.reader().version(), time.monotonic()
        return self.known_version

    def _forget_index(self) -> None:
        # Dropped, not kept until rebuilt: whoever wrote must see the write, so the database answers
        # until the new index is ready.
        with self._index_lock:
            self._index = None
            self._index_checked = self._index_built = -math.inf
            self._generation += 1  # an index being built now predates the write: it is not installed

    @property
    def writable(self) -> bool:
        return self.token is not None

    def reader(self) -> Store:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            with self._lock:
                if self._closed:
                    raise StoreError("the server is shutting down")
                store = self._spawner.fork()
                conn = _Conn(store)
                self._finalizers = [f for f in self._finalizers if f.alive]
                self._finalizers.append(weakref.finalize(conn, store.close))
            self._local.conn = conn
        return conn.store

    def index(self) -> EventIndex | None:
        """The in-memory event index (pages of events in a millisecond); None while there is none, and
        for a store too large to hold. When the store changes it is rebuilt in the background, at most
        every INDEX_REFRESH seconds, the old one answering meanwhile (a write through this server asks
        for a rebuild at once)."""
        now = time.monotonic()
        if now - self._index_checked >= 1.0:
            self._index_checked = now
            with self._index_lock:
                due = not self._building and now - self._index_built >= INDEX_REFRESH
                if due and (self._index is None or self._index.version != self.version()):
                    self._building = True
                    self._builder = threading.Thread(target=self.build_index, name="parley-index", daemon=True)
                    self._builder.start()
        return self._index

    def build_index(self) -> None:
        generation = self._generation
        with self._lock:
            store = self._spawner.fork()
        try:
            index = EventIndex.build(store) if store.count() <= INDEX_MAX else None
        except Exception:  # noqa: BLE001 - a failed rebuild keeps the old index; queries fall back to SQL
            index = self._index
        finally:
            store.close()
        with self._index_lock:
            if generation == self._generation:
                self._index, self._index_built = index, time.monotonic()
            self._building = False

    def open_connections(self) -> int:
        with self._lock:
            return sum(1 for f in self._finalizers if f.alive)

    def archive(self) -> Any:
        """The writer, built on the first write: it loads the extraction model (seconds) and the
        near-duplicate index of the store, which a read-only server never needs."""
        if self._archive is None:
            from parley.archive import Archive

            # The main connection is used by no reader thread, so the writer has it to itself.
            self._archive = Archive(self.main, self.pipeline, workers=1)
        return self._archive

    def close(self) -> None:
        if self._builder is not None:  # its connection must not be closed under it
            self._builder.join(timeout=60)
        with self._lock:
            self._closed = True
            finalizers, self._finalizers = self._finalizers, []
        for fin in finalizers:
            with contextlib.suppress(Exception):  # a connection already gone cannot stop the others closing
                fin()
        self._spawner.close()
        self.main.close()


# -- middleware -----------------------------------------------------------------------------------


class ResponseCache:
    """Whole responses of read endpoints, kept until the store changes.

    Dashboards ask the same questions again and again (every analyst opening a shared link
    sends the same six requests); a store changes only when something is ingested. Responses
    are kept by method, path, query and whether they were compressed, least recently used
    dropped beyond `max_bytes`; the store's version comes from `_State.version`.
    """

    CACHED = ("/api/events", "/api/stats", "/api/timeline", "/api/map", "/api/network", "/api/actors")

    def __init__(self, app: ASGIApp, state: _State, max_bytes: int = 64_000_000):
        self.app, self.state, self.max_bytes = app, state, max_bytes
        self.entries: OrderedDict[tuple[str, ...], tuple[Any, list[Message]]] = OrderedDict()
        self.size = 0

    async def current_version(self) -> Any:
        if self.state.version_is_fresh():  # most requests: no hop to a thread
            return self.state.known_version
        return await run_in_threadpool(self.state.version)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.CACHED):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        gzip = b"gzip" in headers.get(b"accept-encoding", b"")
        key = (scope["path"], scope["query_string"].decode("latin-1"), str(gzip))
        version = await self.current_version()
        hit = self.entries.get(key)
        if hit is not None and hit[0] == version:
            self.entries.move_to_end(key)
            for message in hit[1]:
                await send(message)
            return
        sent: list[Message] = []

        async def keep(message: Message) -> None:
            sent.append(message)
            await send(message)

        await self.app(scope, receive, keep)
        if sent and sent[0]["type"] == "http.response.start" and sent[0]["status"] == 200:
            size = sum(len(m.get("body", b"")) for m in sent)
            if size < self.max_bytes // 8:
                old = self.entries.pop(key, None)
                if old is not None:
                    self.size -= sum(len(m.get("body", b"")) for m in old[1])
                self.entries[key] = (version, sent)
                self.size += size
                while self.size > self.max_bytes and self.entries:
                    _, (_, dropped) = self.entries.popitem(last=False)
                    self.size -= sum(len(m.get("body", b"")) for m in dropped)


class SecurityHeaders:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("X-Frame-Options", "DENY")
                # Other sites' pages may not pull the API's JSON in as a script or image (no-cors reads).
                headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
                if headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("Content-Security-Policy", CSP)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class RateLimit:
    """A token bucket per client address: `rate` requests a second on average, bursts of `burst`.
    It runs on the event loop, one request at a time, so the buckets need no lock."""

    MAX_CLIENTS = 10_000

    def __init__(self, app: ASGIApp, rate: float, burst: float):
        self.app = app
        self.rate, self.burst = float(rate), float(burst)
        self.buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, when last counted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        key = client[0] if client else "?"
        now = time.monotonic()
        tokens, last = self.buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self.buckets[key] = (tokens, now)
            wait = max(1, math.ceil((1.0 - tokens) / self.rate))
            response = JSONResponse({"detail": f"too many requests: at most {self.rate:g} a second; "
                                               f"retry in {wait} s"}, 429, headers={"Retry-After": str(wait)})
            await response(scope, receive, send)
            return
        self.buckets[key] = (tokens - 1.0, now)
        if len(self.buckets) > self.MAX_CLIENTS:
            self._forget(now)
        await self.app(scope, receive, send)

    def _forget(self, now: float) -> None:
        # A bucket idle long enough to be full again is the same as no bucket: dropping those bounds
        # the memory a crowd of clients (or spoofed addresses behind a proxy) can take.
        full_after = self.burst / self.rate
        self.buckets = {k: v for k, v in self.buckets.items() if now - v[1] < full_after}


# -- request checks -------------------------------------------------------------------------------

QUADS_HELP = "verbal-cooperation, material-cooperation, verbal-conflict or material-conflict"


def _count(values: list[str] | None) -> int:
    return sum(len([p for p in v.split(",") if p.strip()]) for v in values or [])


def event_filter(
    actor: Annotated[list[str] | None, Query(description="Actor: a country code (RUS), code and sector "
                                                          "(UKR GOV) or a name; repeat or comma-separate "
                                                          "for any of them.")] = None,
    recipient: Annotated[list[str] | None, Query(description="Recipient, as actor.")] = None,
    country: Annotated[list[str] | None, Query(description="ISO3 code of the event location's country.")] = None,
    event_type: Annotated[list[str] | None, Query(alias="type", description="PLOVER event type (ASSAULT...).")] = None,
    quad: Annotated[list[str] | None, Query(description=QUADS_HELP)] = None,
    aux: Annotated[str | None, Query(max_length=40, description="any, happened, negation, future, hypothetical "
                                                                "or historical")] = None,
    since: Annotated[str | None, Query(max_length=40, description="First day, YYYY-MM-DD (or YYYY-MM, YYYY).")] = None,
    until: Annotated[str | None, Query(max_length=40, description="Last day, YYYY-MM-DD (or YYYY-MM, YYYY).")] = None,
    near: Annotated[str | None, Query(max_length=100, description="LAT,LON,KM: within KM of a point.")] = None,
    text: Annotated[str | None, Query(description="Words that must all be in the evidence sentence.")] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=100_000, description="Reported by at least this many "
                                                                           "sources.")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="The learned classifier at least "
                                                  "this sure of the type (events stored by ingest --learned).")]
    = None,
) -> EventFilter:
    """The filters of `parley query`, checked by `make_filter`; a bad one is a 422 saying what is accepted."""
    for name, values in (("actor", actor), ("recipient", recipient), ("country", country), ("type", event_type),
                         ("quad", quad)):
        if _count(values) > MAX_VALUES:
            raise HTTPException(422, f"{name}: at most {MAX_VALUES} values")
    try:
        return make_filter(actor=actor, recipient=recipient, country=country, event_type=event_type, quad=quad,
                           aux=aux, since=since, until=until, near=near, text=text, min_sources=min_sources,
                           min_confidence=min_confidence)
    except FilterError as exc:
        raise HTTPException(422, str(exc)) from None


Filters = Annotated[EventFilter, Depends(event_filter)]


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def no_unknown_parameters(request: Request) -> None:
    """A misspelt parameter (`actors=RUS`) would otherwise be ignored and answer a different question."""
    route = request.scope.get("route")
    allowed: tuple[str, ...] | None = getattr(route, "parley_parameters", None)
    if allowed is None:
        dependant = getattr(route, "dependant", None)
        if route is None or dependant is None:  # not a FastAPI route (a mount): nothing declared to check
            return
        # Kept on the route itself, worked out once: its declared query parameters and its dependencies'.
        allowed = tuple(sorted(_query_names(dependant)))
        route.parley_parameters = allowed
    for name in request.query_params:
        if name not in allowed:
            accepted = ", ".join(allowed) if allowed else "none"
            raise HTTPException(422, f"unknown query parameter {name!r}; this endpoint accepts: {accepted}")


def _validation_message(exc: RequestValidationError) -> str:
    # One string, like every other error here, so a client shows `detail` whatever went wrong.
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


class ArticleIn(BaseModel):
    """An article to code and store: its text, or the URL of its page (fetched by the server)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article's text (plain, or HTML).")
    url: str | None = Field(None, max_length=2000, description="An http(s) URL of an article page to fetch.")
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD (or an ISO timestamp).")
    source: str | None = Field(None, max_length=200, description="The outlet, e.g. Reuters.")
    id: str | None = Field(None, min_length=1, max_length=200, description="Default: from the text or URL.")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _published(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})(?:$|[T ])", value)
    try:
        return date.fromisoformat(m.group(1)).isoformat() if m else None
    except ValueError:
        return None


# -- the app ----------------------------------------------------------------------------------------


def create_app(db: str, *, token: str | None = None, store_factory: Callable[..., Store] | None = None,
               pipeline: Any = None, rate_limit: tuple[float, float] | None = (50.0, 200.0)) -> FastAPI:
    """The API and dashboard over the store at `db`: read-only without `token`; with it, POST
    /api/articles stores articles for requests bearing it.

    `store_factory(db, read_only=...)` opens the store (default `Store.open`); `pipeline` codes posted
    articles (default: the standard one, loaded on the first POST); `rate_limit` is (requests a
    second, burst) per client address, or None for none.
    """
    opener = store_factory or Store.open
    # Opened here, not at startup, so a missing or locked store is reported before the server starts.
    state = _State(opener(db, read_only=token is None), token, pipeline)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state._building = True  # built before the first request is served (seconds for 100,000 events)
        await run_in_threadpool(state.build_index)
        try:
            yield
        finally:
            state.close()

    app = FastAPI(title="Parley", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="PLOVER events coded from news about conflict and diplomacy, with the article "
                              "sentence each was coded from. Errors are JSON: {\"detail\": message}.")
    app.state.parley = state

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_message(exc)}, 422)

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 503)

    api = APIRouter(prefix="/api", dependencies=[Depends(no_unknown_parameters)])

    @api.get("/health")
    def health() -> JSONResponse:
        return JSONResponse({"status": "ok", "store": state.reader().totals(), "version": __version__,
                             "writable": state.writable})

    @api.get("/events", responses={200: {"content": {"text/csv": {}}}})
    def events(f: Filters, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
               order: Literal["day", "seq", "sources"] = "day",
               format: Literal["json", "csv"] = "json") -> Response:
        """Events matching the filters, a page at a time: newest day first, in store order, or most
        reported first. `format=csv` gives the columns of `parley query --format csv`."""
        store = state.reader()
        index = state.index()
        page = index.page(f, limit, offset, order) if index is not None else None
        if page is not None and index is not None:
            total, found = page
            if format == "json" and index.json is not None:
                events = ", ".join(index.json[r] for r in found)
                return Response(f'{{"total": {total}, "limit": {limit}, "offset": {offset}, "events": [{events}]}}',
                                media_type="application/json")
            rows = store.events_by_id([index.ids[r] for r in found])
        else:
            rows = store.events(f, limit=limit, offset=offset, order=order)
            # A short page that is not past the end already says how many there are.
            total = offset + len(rows) if len(rows) < limit and (rows or offset == 0) else store.count(f)
        if format == "csv":
            from parley.export import write_events

            out = io.StringIO()
            write_events(rows, "csv", None, stream=out)
            return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                            headers={"X-Total-Count": str(total),
                                     "Content-Disposition": 'attachment; filename="parley-events.csv"'})
        return JSONResponse({"total": total, "limit": limit, "offset": offset,
                             "events": [e.to_dict() for e in rows]})

    @api.get("/events/{event_id}")
    def event(event_id: Annotated[str, PathParam(max_length=200)]) -> JSONResponse:
        """One event, with every report of it (the article and sentence each was coded from)."""
        store = state.reader()
        found = store.event(event_id)
        if found is None:
            raise HTTPException(404, f"no event with id {event_id!r} in this store")
        return JSONResponse({"event": found.to_dict(), "mentions": [
            {"article_id": m.article_id, "source": m.source, "published": m.published, "url": m.url,
             "event": m.event.to_dict()} for m in store.mentions(event_id)]})

    @api.get("/articles/{article_id}")
    def article(article_id: Annotated[str, PathParam(max_length=500)]) -> JSONResponse:
        """An article's text and the events coded from it, in text order, with the offsets to mark them."""
        store = state.reader()
        found = store.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {article_id!r} in this store")
        ontology = store.ontology
        return JSONResponse({
            "article": {**found.to_dict(), "text": found.text},
            "events": [{"id": eid, "quad": ontology.quad(e.event_type), **e.to_dict()}
                       for eid, e in store.article_events(article_id)],
        })

    @api.get("/stats")
    def stats(f: Filters, top: Annotated[int, Query(ge=1, le=500)] = 20) -> JSONResponse:
        """Counts by type, quad category and month, and the `top` dyads with their mean PLOVER score."""
        store = state.reader()
        return JSONResponse({**store.stats(f, top).to_dict(), "store": store.totals()})

    @api.get("/timeline")
    def timeline(f: Filters, normalise: bool = False) -> JSONResponse:
        """Events a day by quad category, and the articles published each day; `normalise=true`
        divides each day's events by its articles (null on a day without articles)."""
        store = state.reader()
        return JSONResponse(_timeline(store.timeline(f), store.articles_per_day(), normalise))

    @api.get("/map")
    def map_points(f: Filters, limit: Annotated[int, Query(ge=1, le=50_000)] = 20_000) -> JSONResponse:
        """Located events, most reported first: [id, lat, lon, quad, event_type, place, num_sources]."""
        store = state.reader()
        points = store.points(f, limit)
        total = len(points) if len(points) < limit else store.count(f, located=True)
        return JSONResponse({"points": [list(p) for p in points], "total_located": total})

    @api.get("/network")
    def network(f: Filters, top: Annotated[int, Query(ge=1, le=500)] = 60) -> JSONResponse:
        """Who acts on whom: the `top` dyads as edges (unknown ends dropped), and their actors as nodes."""
        nodes: dict[str, int] = {}
        edges = []
        for d in state.reader().stats(f, top).dyads:
            if "?" in (d.actor, d.recipient):
                continue
            edges.append({"source": d.actor, "target": d.recipient, "events": d.events, "score": d.score})
            nodes[d.actor] = nodes.get(d.actor, 0) + d.events
            if d.recipient != d.actor:
                nodes[d.recipient] = nodes.get(d.recipient, 0) + d.events
        return JSONResponse({"nodes": [{"id": k, "events": n} for k, n in sorted(nodes.items(),
                                                                                 key=lambda kv: (-kv[1], kv[0]))],
                             "edges": edges})

    @api.get("/actors")
    def actors(f: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 200) -> JSONResponse:
        """Actor labels, most active first, with their events as actor and as recipient."""
        return JSONResponse({"actors": [{"label": k, "as_actor": a, "as_recipient": r}
                                        for k, a, r in state.reader().actors(f, limit)]})

    @api.post("/articles", status_code=201, openapi_extra={"requestBody": {
        "required": True, "content": {"application/json": {"schema": ArticleIn.model_json_schema()}}}},
        responses={401: {"description": "no or wrong token"}, 403: {"description": READ_ONLY},
                   413: {"description": f"body over {MAX_BODY} bytes"}})
    async def add_article(request: Request) -> JSONResponse:
        """Code and store one article (`Authorization: Bearer TOKEN`; only on a server started with a token).
        Answers whether it was stored (not when already stored: `reason` says why) and its events."""
        # Checked before the body is read: a client without the token cannot make the server take 2 MB.
        if state.token is None:
            raise HTTPException(403, READ_ONLY)
        scheme, _, given = (request.headers.get("authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode("utf-8"), state.token):
            raise HTTPException(401, "missing or wrong token: send the header 'Authorization: Bearer TOKEN'",
                                headers={"WWW-Authenticate": "Bearer"})
        body = await _read_body(request)
        try:
            item = ArticleIn.model_validate_json(body)
        except ValidationError as exc:
            raise HTTPException(422, _body_message(exc)) from None
        got = await run_in_threadpool(_article_input, item)
        if isinstance(got, InputProblem):
            raise HTTPException(422, got.message())
        result = await run_in_threadpool(_ingest, state, got)
        return JSONResponse(result, 201)

    app.include_router(api)

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        page = STATIC / "index.html"
        if page.is_file():
            return FileResponse(page, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})
        return HTMLResponse(NOT_BUILT)

    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # Added innermost first: security headers wrap everything, 429s included.
    # Level 6 (zlib's default) rather than starlette's 9: on the 1.5 MB world map it is 20 ms faster for 1% more bytes.
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=6)
    app.add_middleware(ResponseCache, state=state)  # outside gzip: a hit costs no compression either
    if rate_limit is not None:
        app.add_middleware(RateLimit, rate=rate_limit[0], burst=rate_limit[1])
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app as `parley serve --workers N` starts it in each worker process (uvicorn's factory):
    the settings come through the environment, set by `parley.web.serve`."""
    rate = float(os.environ.get("PARLEY_SERVE_RATE", "50"))
    return create_app(os.environ["PARLEY_SERVE_DB"], token=os.environ.get("PARLEY_SERVE_TOKEN") or None,
                      rate_limit=(rate, rate * 4) if rate > 0 else None)


# -- helpers --------------------------------------------------------------------------------------


def _timeline(rows: list[tuple[str, str, int]], per_day: dict[str, int], normalise: bool) -> dict[str, Any]:
    counts: dict[str, dict[str, int]] = {}
    for day, quad, n in rows:
        counts.setdefault(quad or "?", {})[day] = n
    days = sorted({day for day, _, _ in rows})
    contiguous = _every_day(days)
    if contiguous is not None:
        days = contiguous
    series: dict[str, list[float | int | None]] = {}
    for quad, by_day in sorted(counts.items()):
        values: list[float | int | None] = []
        for day in days:
            n = by_day.get(day, 0)
            if normalise:
                articles = per_day.get(day, 0)
                values.append(round(n / articles, 4) if articles else None)
            else:
                values.append(n)
        series[quad] = values
    return {"days": days, "series": series, "articles": [per_day.get(day, 0) for day in days],
            "normalised": normalise, "contiguous": contiguous is not None}


MAX_DAYS = 10_000  # about 27 years; a longer span (an event dated in 1945) is sent as the days with events


def _every_day(days: list[str]) -> list[str] | None:
    """Every day from the first to the last, so a chart's x axis is time; None when the days are not
    all dates or span too long to send each one."""
    if not days:
        return days
    try:
        first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
        for day in days:
            date.fromisoformat(day)
    except ValueError:
        return None
    span = (last - first).days + 1
    if span > MAX_DAYS:
        return None
    return [(first + timedelta(days=i)).isoformat() for i in range(span)]


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > MAX_BODY:
                raise HTTPException(413, f"body too large: at most {MAX_BODY} bytes")
        except ValueError:
            raise HTTPException(400, "bad Content-Length") from None
    # The header can lie or be absent (chunked): the bytes that really come are counted too.
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise HTTPException(413, f"body too large: at most {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _body_message(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err.get("loc", ())) or "body"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid body"


def _article_input(item: ArticleIn) -> ArticleInput | InputProblem:
    """The posted article as the archive reads articles: checked as `parley ingest` checks a file."""
    if (item.text is None) == (item.url is None):
        return InputProblem("body", 'give either "text" or "url"')
    if item.id is not None and (_CONTROL.search(item.id) or not item.id.strip()):
        return InputProblem("body", "id: no control characters, not blank")
    published = _published(item.published)
    if item.published and published is None:
        return InputProblem("body", f"published must be YYYY-MM-DD or an ISO timestamp, got {item.published!r}")
    extra = {k: v for k, v in (("title", item.title), ("source", item.source), ("id", item.id)) if v}
    if item.url is not None:
        if not item.url.lower().startswith(("http://", "https://")):
            return InputProblem("url", "give an http:// or https:// URL")
        from parley.ingest.web import read_url

        # Never a private address: a client must not reach the server's own network through it.
        got = read_url(item.url, allow_private=False, published=published)
        return dataclasses.replace(got, **extra) if isinstance(got, ArticleInput) else got
    from parley.ingest import html_to_text, looks_like_html, text_language_problem
    from parley.store.dedup import content_hash

    text, title = item.text or "", item.title
    if looks_like_html(text):
        text, html_title = html_to_text(text)
        title = title or html_title
    text = text.strip()
    if not text:
        return InputProblem("text", "empty")
    problem = text_language_problem(text)
    if problem:
        return InputProblem("text", problem)
    # The same words posted twice get the same id, so the second answer is "already stored".
    article_id = item.id or "text:" + content_hash(text)[:16]
    return ArticleInput(id=article_id, text=text, title=title, published=published, source=item.source,
                        origin="POST /api/articles")


def _ingest(state: _State, item: ArticleInput) -> dict[str, Any]:
    with state.write_lock:
        archive = state.archive()
        problems: list[str] = []
        archive.on_problem = problems.append
        report = archive.ingest_items([item])
        state.written()
        stored = report.stored > 0
        reason = None
        if not stored:
            reason = next(iter(report.skipped), None) or (problems[0] if problems else "not stored")
        elif report.near_duplicates:
            saved = state.main.article(item.id)
            first = saved.duplicate_of if saved else None
            reason = f"near-duplicate of {first}: stored and linked to it, not coded again"
        elif problems:
            reason = problems[0]
    return {"article_id": item.id, "stored": stored, "reason": reason, "events": report.events}


__all__ = ["create_app"]
