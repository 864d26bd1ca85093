"""Every event's filter columns in memory: event pages for a busy server in a millisecond.

A database answers a filtered page in 10-20 ms on 100,000 events (a scan of the actor
keys and a sort); a dashboard server under load needs it in one. `EventIndex` holds the
columns `query.where` filters on as numpy arrays, a mask per actor key, the three orders
`Store.events` knows, and (up to a size) each event's JSON as the API sends it. It answers
exactly what `Store.events` and `Store.count` answer (tests/test_index.py compares them on
random filters) and is rebuilt when the store changes.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from parley.store.query import EventFilter
from parley.store.store import Store

KEEP_JSON = 250_000  # events whose JSON is kept in memory (about 1.3 KB each); beyond, pages are read from the store


def _day(value: str | None) -> int:
    """'2022-03-05' -> 20220305; None (no day) -> -1, which no since/until admits."""
    if not value or len(value) < 10:
        return -1
    try:
        return int(value[:4]) * 10_000 + int(value[5:7]) * 100 + int(value[8:10])
    except ValueError:
        return -1


@dataclass(frozen=True)
class Codes:
    """A text column as small integers (comparing numbers is a hundred times faster than strings)."""

    values: np.ndarray
    names: dict[str, int]

    def any_of(self, wanted: tuple[str, ...]) -> np.ndarray:
        codes = [self.names[w] for w in wanted if w in self.names]
        if len(codes) == 1:
            return self.values == codes[0]
        return np.isin(self.values, codes)


@dataclass
class EventIndex:
    version: Any
    ids: list[str]
    day: np.ndarray
    event_type: Codes
    quad: Codes
    aux: Codes
    happened: np.ndarray
    country: Codes
    lat: np.ndarray
    lon: np.ndarray
    sources: np.ndarray
    confidence: np.ndarray  # NaN: coded without the classifier
    evidence: list[str]  # lower-cased, for the text filter
    actor_rows: dict[str, np.ndarray]
    recipient_rows: dict[str, np.ndarray]
    orders: dict[str, np.ndarray]
    json: list[str] | None  # each event as the API's JSON object, or None past KEEP_JSON

    @classmethod
    def build(cls, store: Store, keep_json: int = KEEP_JSON) -> EventIndex:
        version = store.version()
        rows = store.db.execute(
            "SELECT e.id, e.seq, e.day, e.event_type, e.quad, e.aux_mode, e.happened, e.actor_keys, e.recipient_keys, "
            "e.location_country, e.lat, e.lon, e.num_sources, e.evidence, e.confidence FROM events e "
            "ORDER BY e.seq, e.id")
        n = len(rows)
        columns = list(zip(*rows, strict=True)) if rows else [()] * 15

        def codes(values: tuple[Any, ...]) -> Codes:
            names: dict[str, int] = {}
            return Codes(np.array([names.setdefault(v or "", len(names)) for v in values], dtype=np.int32), names)

        def floats(values: tuple[Any, ...]) -> np.ndarray:
            return np.array([math.nan if v is None else v for v in values], dtype=np.float64)  # NULL: NaN

        def inverted(keys: tuple[str, ...]) -> dict[str, np.ndarray]:
            found: dict[str, list[int]] = {}
            for row, text in enumerate(keys):
                for key in (text or "").strip("|").split("|"):
                    if key:
                        found.setdefault(key, []).append(row)
            return {k: np.array(v, dtype=np.int64) for k, v in found.items()}

        day = np.array([_day(d) for d in columns[2]], dtype=np.int64)
        sources = np.array(columns[12], dtype=np.int64)
        stored = np.arange(n)  # rows come in store order (seq, then id): the tie-breaker of every order
        return cls(
            version=version, ids=list(columns[0]), day=day, event_type=codes(columns[3]),
            quad=codes(columns[4]), aux=codes(columns[5]), happened=np.array(columns[6], dtype=bool),
            country=codes(columns[9]),
            lat=floats(columns[10]), lon=floats(columns[11]),
            sources=sources, evidence=[(t or "").lower() for t in columns[13]], confidence=floats(columns[14]),
            actor_rows=inverted(columns[7]), recipient_rows=inverted(columns[8]),
            orders={  # as Store.events orders: newest day first, undated last; store order; most sources first
                "day": np.lexsort((stored, day < 0, -day)),
                "seq": stored,
                "sources": np.lexsort((stored, -sources)),
            },
            json=_event_json(store, list(columns[0])) if n <= keep_json else None,
        )

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, f: EventFilter) -> np.ndarray | None:
        """Which events match `f`, or None for a filter the index leaves to the store (one article's events)."""
        if f.article_id:
            return None
        n = len(self.ids)
        keep = np.ones(n, dtype=bool)

        def any_key(table: dict[str, np.ndarray], keys: tuple[str, ...]) -> np.ndarray:
            hit = np.zeros(n, dtype=bool)
            for key in keys:
                rows = table.get(key)
                if rows is not None:
                    hit[rows] = True
            return hit

        if f.actor:
            keep &= any_key(self.actor_rows, f.actor)
        if f.recipient:
            keep &= any_key(self.recipient_rows, f.recipient)
        if f.country:
            keep &= self.country.any_of(f.country)
        if f.event_type:
            keep &= self.event_type.any_of(f.event_type)
        if f.quad:
            keep &= self.quad.any_of(f.quad)
        if f.aux == "happened":
            keep &= self.happened
        elif f.aux != "any":
            keep &= self.aux.any_of((f.aux,))
        if f.since:
            keep &= self.day >= _day(f.since)
        if f.until:
            keep &= (self.day >= 0) & (self.day <= _day(f.until))
        if f.near:
            lat, lon, km = f.near
            dlat = km / 111.0
            dlon = km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
            with np.errstate(invalid="ignore"):
                keep &= (self.lat >= lat - dlat) & (self.lat <= lat + dlat)
                if dlon < 180:
                    keep &= (self.lon >= lon - dlon) & (self.lon <= lon + dlon)
                a = (np.sin(np.radians(self.lat - lat) / 2) ** 2 + math.cos(math.radians(lat))
                     * np.cos(np.radians(self.lat)) * np.sin(np.radians(self.lon - lon) / 2) ** 2)
                keep &= 2 * 6371.0 * np.arcsin(np.sqrt(a)) <= km
        if f.text:
            for word in f.text.lower().split()[:20]:
                rows = np.flatnonzero(keep)
                keep[rows] = [word in self.evidence[r] for r in rows]
        if f.min_sources > 1:
            keep &= self.sources >= f.min_sources
        if f.min_confidence is not None:
            with np.errstate(invalid="ignore"):
                keep &= self.confidence >= f.min_confidence  # NaN (no confidence) is never >=
        return keep

    def page(self, f: EventFilter, limit: int, offset: int = 0, order: str = "day") -> tuple[int, list[int]] | None:
        """(how many match, the rows of the page asked for), or None when the store must answer."""
        keep = self.mask(f)
        if keep is None:
            return None
        ordered = self.orders[order]
        matching = ordered[keep[ordered]]
        return int(keep.sum()), [int(r) for r in matching[offset:offset + limit]]


def _event_json(store: Store, ids: list[str]) -> list[str] | None:
    """Each event's `StoredEvent.to_dict()` as JSON, built from the stored record without parsing it;
    None when the store changed since `ids` were read (another writer): pages are then read from it."""
    out: list[str] = []
    rows = store.db.execute(
        "SELECT e.record, e.id, e.quad, e.score, e.num_mentions, e.num_sources, e.num_articles, e.article_id, "
        "e.article_title, e.article_published, e.article_source, e.article_url FROM events e ORDER BY e.seq, e.id")
    if [r[1] for r in rows] != ids:
        return None
    for record, eid, quad, score, mentions, sources, articles, aid, title, published, source, url in rows:
        extra = json.dumps({
            "id": eid, "quad": quad, "score": None if score is None else float(score), "num_mentions": int(mentions),
            "num_sources": int(sources), "num_articles": int(articles),
            "article": {"id": aid, "title": title, "published": published, "source": source, "url": url,
                        "duplicate_of": None},
        }, ensure_ascii=False)
        out.append(record.rstrip()[:-1] + ", " + extra[1:])
    return out
