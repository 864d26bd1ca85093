"""The event store: articles, the real-world events they report, and each report (mention).

One `Store` over either back end (`backend.py`). Writes come in batches, each one
transaction: an article, its mentions and its events are stored together or not at all,
so a run killed at any moment leaves a store a rerun completes exactly.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from parley.ontology import Ontology, default_ontology
from parley.records import Article, Event, Mention, StoredArticle, StoredEvent
from parley.store.backend import Backend, StoreError, open_backend
from parley.store.query import EventFilter, where

HAPPENED = (None, "historical")  # aux modes of events reported as having happened (spec/events.md)


@dataclass(frozen=True)
class Ingested:
    """An article ready to store: coded (`article.events`), or a near-copy of `duplicate_of`
    (stored for the record and the link, not coded again)."""

    article: Article
    content_hash: str
    signature: str | None = None
    duplicate_of: str | None = None
    origin: str = ""
    pipeline_version: str = ""


@dataclass(frozen=True)
class Known:
    """Why an article is already in the store."""

    article_id: str
    reason: str  # "same id", "same URL", "same text"


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) of every schema migration shipped, in order."""
    out = []
    for entry in resources.files("parley.store").joinpath("migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            out.append((int(name[:4]), name[5:-4], entry.read_text(encoding="utf-8")))
    return sorted(out)


def _statements(sql: str) -> list[str]:
    lines = [ln for ln in sql.splitlines() if not ln.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def actor_keys(actors: Sequence[Any]) -> str:
    """'|ukr|ukrgov|volodymyr zelensky|': what the actor filters match (see query.actor_key)."""
    keys: list[str] = []
    for a in actors:
        for key in (a.country, (a.country or "") + (a.sector or "") if a.sector else None, a.name):
            if key and key.lower() not in keys:
                keys.append(key.lower())
    return "|" + "|".join(keys) + "|" if keys else ""


def actor_label(actors: Sequence[Any]) -> str | None:
    """A short code for dyads: the country, else the name ('UKR', 'NATO', 'Hamas')."""
    labels = sorted({a.country or a.name for a in actors if a.country or a.name})
    return "+".join(labels) or None


def event_day(event: Event, published: str | None) -> str | None:
    """The day an event is filed under: its own date (a month or a year as its first day), else the day it
    was reported."""
    if event.date:
        return (event.date + "-01-01")[:10] if len(event.date) == 4 else (event.date + "-01")[:10]
    return published[:10] if published else None


def event_key(event: Event, published: str | None) -> str:
    """What makes two mentions one real-world event: the same type, mode and aux mode, the same
    actors and recipients (country and sector, as GDELT's CAMEO codes do; a name where there is
    no code), the same day (a month when that is all that is known), and the same place."""
    def who(actors: Sequence[Any]) -> str:
        return "+".join(sorted(((a.country or "") + (a.sector or "")) or a.name.lower() for a in actors))

    when = event.date or (published[:10] if published else "")
    where_ = event.location.name.lower() if event.location else ""
    parts = [event.event_type, event.mode or "", event.aux_mode or "", who(event.actor), who(event.recipient),
             when, where_]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Dyad:
    actor: str
    recipient: str
    events: int
    score: float | None  # mean PLOVER score of its events: -10 conflict ... +10 cooperation
    cooperative: int
    conflictual: int


@dataclass(frozen=True)
class Stats:
    total: int
    by_type: list[tuple[str, int]]
    by_quad: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    dyads: list[Dyad]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "by_type": dict(self.by_type), "by_quad": dict(self.by_quad),
                "by_month": dict(self.by_month), "score": "PLOVER event scores (-10 conflict .. +10 cooperation)",
                "dyads": [d.__dict__ for d in self.dyads]}


class Store:
    def __init__(self, backend: Backend, ontology: Ontology | None = None):
        self.db = backend
        self.ontology = ontology or default_ontology()

    @classmethod
    def open(cls, db: str, *, read_only: bool = False) -> Store:
        """Open (creating and migrating when writable) the store at `db`: a DuckDB file path or a
        postgresql:// URL."""
        store = cls(open_backend(db, read_only=read_only))
        try:
            if read_only:
                store.check_schema()
            else:
                store.migrate()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self.db.close()

    def fork(self) -> Store:
        """The same store on another connection, for use from another thread."""
        return Store(self.db.fork(), self.ontology)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------------

    def schema_version(self) -> int:
        try:
            rows = self.db.execute("SELECT max(version) FROM schema_migrations")
        except StoreError:
            raise
        except Exception:  # noqa: BLE001 - no table yet: a new store
            return 0
        return int(rows[0][0] or 0)

    def check_schema(self) -> None:
        have, want = self.schema_version(), migrations()[-1][0]
        if have == 0:
            raise StoreError(f"{self.db.where} is not a Parley store (no schema); "
                             f"create one with 'parley ingest SOURCE --db {self.db.where}'")
        if have < want:
            raise StoreError(f"{self.db.where} has schema {have}, this Parley needs {want}; open it once for "
                             "writing (parley ingest, or parley migrate) to upgrade it")
        if have > want:
            raise StoreError(f"{self.db.where} has schema {have}, newer than this Parley knows ({want}); "
                             "upgrade Parley")

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied, each in its own transaction; returns their numbers."""
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        have = self.schema_version()
        known = migrations()
        if have > known[-1][0]:
            self.check_schema()
        applied = []
        for number, name, sql in known:
            if number <= have:
                continue
            with self.db.transaction():
                for statement in _statements(sql):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, _now()))
            applied.append(number)
        return applied

    # -- writing --------------------------------------------------------------------------------

    def known(self, article_id: str, url: str | None, content_hash: str) -> Known | None:
        rows = self.db.execute(
            "SELECT id, CASE WHEN id = ? THEN 'same id' WHEN url = ? THEN 'same URL' ELSE 'same text' END "
            "FROM articles WHERE id = ? OR url = ? OR content_hash = ? ORDER BY seq LIMIT 1",
            (article_id, url, article_id, url, content_hash))
        return Known(rows[0][0], rows[0][1]) if rows else None

    def signatures(self) -> Iterator[tuple[str, str]]:
        """(article id, MinHash signature) of every coded article, oldest first."""
        for row in self.db.execute("SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY seq"):
            yield row[0], row[1]

    def add(self, batch: Sequence[Ingested]) -> None:
        """Store a batch of articles, their mentions and events, in one transaction."""
        if not batch:
            return
        now = _now()
        with self.db.transaction():
            seq = int(self.db.execute("SELECT coalesce(max(seq), 0) FROM articles")[0][0])
            ev_seq = int(self.db.execute("SELECT coalesce(max(seq), 0) FROM events")[0][0])
            articles, mentions, events = [], [], {}
            for item in batch:
                art = item.article
                seq += 1
                articles.append((art.id, seq, art.url, item.content_hash, art.title, art.published, art.source,
                                 art.text, item.duplicate_of, len(art.events), item.signature, item.origin,
                                 item.pipeline_version, now))
                for idx, event in enumerate(art.events):
                    key = event_key(event, art.published)
                    record = json.dumps(event.to_dict(), ensure_ascii=False)
                    mentions.append((art.id, idx, key, art.source or art.id, record))
                    if key not in events:
                        ev_seq += 1
                        events[key] = self._event_row(key, ev_seq, event, art, record)
            known: set[str] = set()
            keys = sorted(events)
            for i in range(0, len(keys), 500):
                part = keys[i:i + 500]
                known.update(r[0] for r in self.db.execute(
                    "SELECT id FROM events WHERE id IN (" + ", ".join("?" * len(part)) + ")", part))
            _insert(self.db, "articles", articles)
            _insert(self.db, "mentions", mentions)
            # A DuckDB file has one writer (its lock), so the check above is enough there; a PostgreSQL
            # store may have several, and another may store the same event meanwhile.
            _insert(self.db, "events", [row for key, row in events.items() if key not in known],
                    ignore_existing=self.db.name == "postgresql")
            touched = sorted(events)
            for i in range(0, len(touched), 300):
                part = touched[i:i + 300]
                marks = ", ".join("?" * len(part))
                self.db.execute(
                    "UPDATE events SET num_mentions = m.n, num_articles = m.a, num_sources = m.s FROM ("
                    "SELECT event_id, count(*) AS n, count(DISTINCT article_id) AS a, count(DISTINCT source) AS s "
                    f"FROM mentions WHERE event_id IN ({marks}) GROUP BY event_id) AS m WHERE events.id = m.event_id",
                    part)

    def _event_row(self, key: str, seq: int, e: Event, art: Article, record: str) -> tuple[Any, ...]:
        loc = e.location
        return (key, seq, e.event_type, e.mode, self.ontology.quad(e.event_type),
                self.ontology.score(e.event_type, e.mode), e.aux_mode, e.aux_mode in HAPPENED, e.date,
                event_day(e, art.published), actor_keys(e.actor), actor_keys(e.recipient), actor_label(e.actor),
                actor_label(e.recipient), loc.name if loc else None, loc.country if loc else None,
                loc.lat if loc else None, loc.lon if loc else None, e.evidence.text, art.id, record, 1, 1, 1,
                art.title, art.published, art.source, art.url, e.confidence)

    # -- feeds ----------------------------------------------------------------------------------

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        rows = self.db.execute("SELECT etag, modified FROM feeds WHERE url = ?", (url,))
        return (rows[0][0], rows[0][1]) if rows else (None, None)

    def save_feed_state(self, url: str, etag: str | None, modified: str | None, status: str) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM feeds WHERE url = ?", (url,))
            self.db.execute("INSERT INTO feeds VALUES (?, ?, ?, ?, ?)", (url, etag, modified, _now(), status))

    # -- reading --------------------------------------------------------------------------------

    _EVENT_COLUMNS = ("e.id, e.record, e.quad, e.score, e.num_mentions, e.num_sources, e.num_articles, "
                      "e.article_id, e.article_title, e.article_published, e.article_source, e.article_url")

    def events(self, f: EventFilter | None = None, *, limit: int | None = None, offset: int = 0,
               order: str = "day") -> list[StoredEvent]:
        """Events matching `f`, newest day first (order="day") or in the order they were stored ("seq")."""
        cond, params = where(f or EventFilter())
        order_sql = {"day": "e.day DESC NULLS LAST, e.seq, e.id", "seq": "e.seq, e.id",
                     "sources": "e.num_sources DESC, e.seq, e.id"}[order]
        sql = f"SELECT {self._EVENT_COLUMNS} FROM events e WHERE {cond} ORDER BY {order_sql}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return [self._stored(row) for row in self.db.execute(sql, params)]

    def iter_events(self, f: EventFilter | None = None, page: int = 5000) -> Iterator[StoredEvent]:
        """Every event matching `f` in store order, a page at a time (memory stays flat on a big store)."""
        offset = 0
        while True:
            rows = self.events(f, limit=page, offset=offset, order="seq")
            yield from rows
            if len(rows) < page:
                return
            offset += page

    def count(self, f: EventFilter | None = None, *, located: bool = False) -> int:
        """Events matching `f` (only those with coordinates when `located`)."""
        cond, params = where(f or EventFilter())
        if located:
            cond += " AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
        return int(self.db.execute(f"SELECT count(*) FROM events e WHERE {cond}", params)[0][0])

    def events_by_id(self, ids: Sequence[str]) -> list[StoredEvent]:
        """The events with these ids, in the order given (unknown ids left out)."""
        if not ids:
            return []
        rows = self.db.execute(f"SELECT {self._EVENT_COLUMNS} FROM events e WHERE e.id IN ("
                               + ", ".join("?" * len(ids)) + ")", list(ids))
        found = {row[0]: self._stored(row) for row in rows}
        return [found[i] for i in ids if i in found]

    def event(self, event_id: str) -> StoredEvent | None:
        rows = self.db.execute(f"SELECT {self._EVENT_COLUMNS} FROM events e WHERE e.id = ?", (event_id,))
        return self._stored(rows[0]) if rows else None

    @staticmethod
    def _stored(row: Sequence[Any]) -> StoredEvent:
        eid, record, quad, score, n_mentions, n_sources, n_articles, aid, title, published, source, url = row
        article = StoredArticle(aid, title, published, source, url, "")  # a coded article: never a copy
        return StoredEvent(eid, Event.from_dict(json.loads(record)), article, quad,
                           None if score is None else float(score), int(n_mentions), int(n_sources), int(n_articles))

    def mentions(self, event_id: str) -> list[Mention]:
        rows = self.db.execute(
            "SELECT m.article_id, a.source, a.published, a.url, m.record FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.seq, m.idx", (event_id,))
        return [Mention(r[0], r[1], r[2], r[3], Event.from_dict(json.loads(r[4]))) for r in rows]

    def article(self, article_id: str) -> StoredArticle | None:
        rows = self.db.execute("SELECT id, title, published, source, url, text, duplicate_of FROM articles "
                               "WHERE id = ?", (article_id,))
        return StoredArticle(*rows[0]) if rows else None

    def article_events(self, article_id: str) -> list[tuple[str, Event]]:
        """(event id, the event as coded from this article) for each mention in the article, in text order."""
        rows = self.db.execute("SELECT event_id, record FROM mentions WHERE article_id = ? ORDER BY idx",
                               (article_id,))
        return [(r[0], Event.from_dict(json.loads(r[1]))) for r in rows]

    def stats(self, f: EventFilter | None = None, top: int = 20) -> Stats:
        """Counts by type, quad category, dyad and month, and each dyad's mean PLOVER score."""
        cond, params = where(f or EventFilter())

        def grouped(column: str, order: str = "n DESC, k", limit: int | None = None) -> list[tuple[Any, ...]]:
            sql = f"SELECT {column} AS k, count(*) AS n FROM events e WHERE {cond} GROUP BY k ORDER BY {order}"
            return self.db.execute(sql + (f" LIMIT {int(limit)}" if limit else ""), params)

        dyads = self.db.execute(
            "SELECT coalesce(e.actor_label, '') AS a, coalesce(e.recipient_label, '') AS r, count(*) AS n, "
            "avg(e.score) AS s, sum(CASE WHEN e.score > 0 THEN 1 ELSE 0 END) AS coop, "
            f"sum(CASE WHEN e.score < 0 THEN 1 ELSE 0 END) AS conflict FROM events e WHERE {cond} "
            "AND (e.actor_label IS NOT NULL OR e.recipient_label IS NOT NULL) "
            f"GROUP BY a, r ORDER BY n DESC, a, r LIMIT {int(top)}", params)
        return Stats(
            total=self.count(f),
            by_type=[(k, int(n)) for k, n in grouped("e.event_type")],
            by_quad=[(k or "?", int(n)) for k, n in grouped("e.quad")],
            by_month=[(k or "undated", int(n)) for k, n in grouped("substr(e.day, 1, 7)", order="k")],
            dyads=[Dyad(a or "?", r or "?", int(n), None if s is None else round(float(s), 2), int(c), int(x))
                   for a, r, n, s, c, x in dyads],
        )

    def timeline(self, f: EventFilter | None = None) -> list[tuple[str, str, int]]:
        """(day, quad category, events) for every day with events, oldest first."""
        cond, params = where(f or EventFilter())
        rows = self.db.execute(f"SELECT e.day AS d, coalesce(e.quad, '') AS q, count(*) FROM events e WHERE {cond} "
                               "AND e.day IS NOT NULL GROUP BY d, q ORDER BY d, q", params)
        return [(d, q, int(n)) for d, q, n in rows]

    def points(self, f: EventFilter | None = None, limit: int = 20_000) -> list[tuple[Any, ...]]:
        """(id, lat, lon, quad, event type, place name, sources) of located events, most reported first."""
        cond, params = where(f or EventFilter())
        return self.db.execute(
            "SELECT e.id, e.lat, e.lon, e.quad, e.event_type, e.location_name, e.num_sources FROM events e "
            f"WHERE {cond} AND e.lat IS NOT NULL AND e.lon IS NOT NULL ORDER BY e.num_sources DESC, e.seq "
            "LIMIT ?", [*params, int(limit)])

    def actors(self, f: EventFilter | None = None, limit: int = 200) -> list[tuple[str, int, int]]:
        """(actor label, events as actor, events as recipient), most active first."""
        cond, params = where(f or EventFilter())
        rows = self.db.execute(
            "SELECT t.k, sum(t.a), sum(t.r) FROM ("
            f"SELECT e.actor_label AS k, 1 AS a, 0 AS r FROM events e WHERE {cond} AND e.actor_label IS NOT NULL "
            "UNION ALL "
            f"SELECT e.recipient_label AS k, 0 AS a, 1 AS r FROM events e WHERE {cond} "
            "AND e.recipient_label IS NOT NULL) AS t GROUP BY t.k ORDER BY sum(t.a) + sum(t.r) DESC, t.k LIMIT ?",
            [*params, *params, int(limit)])
        return [(k, int(a), int(r)) for k, a, r in rows]

    def version(self) -> tuple[int, int]:
        """Changes whenever anything is stored (every write adds articles): what caches key on."""
        count, last = self.db.execute("SELECT count(*), coalesce(max(seq), 0) FROM articles")[0]
        return int(count), int(last)

    def totals(self) -> dict[str, int]:
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL), "
            "(SELECT count(*) FROM events), (SELECT count(*) FROM mentions), "
            "(SELECT count(DISTINCT source) FROM articles)")[0]
        return dict(zip(("articles", "duplicates", "events", "mentions", "sources"), map(int, row), strict=True))

    def articles_per_day(self) -> dict[str, int]:
        rows = self.db.execute("SELECT substr(published, 1, 10) AS d, count(*) FROM articles "
                               "WHERE published IS NOT NULL GROUP BY d ORDER BY d")
        return {r[0]: int(r[1]) for r in rows}


def _insert(db: Backend, table: str, rows: Sequence[Sequence[Any]], *, ignore_existing: bool = False) -> None:
    """Many rows per statement: row-at-a-time inserts cost DuckDB milliseconds each."""
    if not rows:
        return
    width = len(rows[0])
    marks = "(" + ", ".join("?" * width) + ")"
    per = max(1, 6000 // width)
    for i in range(0, len(rows), per):
        part = rows[i:i + per]
        sql = f"INSERT INTO {table} VALUES " + ", ".join([marks] * len(part))
        db.execute(sql + (" ON CONFLICT DO NOTHING" if ignore_existing else ""), [v for row in part for v in row])


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
