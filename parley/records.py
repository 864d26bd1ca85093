"""Typed, frozen records passed between pipeline stages.

Every stage after `annotate`/`extract` sees only these, never spaCy objects, so
the store, the CLI and the web layer stay independent of the NLP stack.
`to_dict()` gives exactly the JSON shape of `spec/events.md`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
AUX_MODES = (None, "negation", "future", "hypothetical", "historical")


@dataclass(frozen=True)
class Actor:
    text: str
    name: str
    country: str | None
    sector: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass(frozen=True)
class Place:
    text: str
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Provenance:
    """Where an event came from and what produced it (not part of the scored spec fields)."""

    article_id: str
    trigger_start: int
    trigger_end: int
    rule: str
    pipeline_version: str
    knowledge_version: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "rule": self.rule,
            "pipeline_version": self.pipeline_version,
            "knowledge_version": self.knowledge_version,
        }


@dataclass(frozen=True)
class Event:
    event_type: str
    trigger: str
    evidence: Evidence
    provenance: Provenance
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    aux_mode: str | None = None
    actor: tuple[Actor, ...] = ()
    recipient: tuple[Actor, ...] = ()
    location: Place | None = None
    date: str | None = None
    attributed_to: Actor | None = None
    confidence: float | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """The inverse of `to_dict`, for records read back from a store or a JSONL file."""
        def actor(a: dict[str, Any]) -> Actor:
            return Actor(a.get("text") or "", a.get("name") or "", a.get("country"), a.get("sector"))

        loc, att, ev, prov = d.get("location"), d.get("attributed_to"), d["evidence"], d.get("provenance") or {}
        return cls(
            event_type=d["event_type"], trigger=d.get("trigger") or "",
            evidence=Evidence(ev.get("text") or "", int(ev.get("start") or 0), int(ev.get("end") or 0)),
            provenance=Provenance(str(prov.get("article_id") or ""), int(prov.get("trigger_start") or 0),
                                  int(prov.get("trigger_end") or 0), prov.get("rule") or "",
                                  prov.get("pipeline_version") or "", prov.get("knowledge_version") or ""),
            mode=d.get("mode"), contexts=tuple(d.get("contexts") or ()), aux_mode=d.get("aux_mode"),
            actor=tuple(actor(a) for a in d.get("actor") or ()),
            recipient=tuple(actor(a) for a in d.get("recipient") or ()),
            location=Place(loc.get("text") or "", loc.get("name") or "", loc.get("country"), loc.get("lat"),
                           loc.get("lon")) if loc else None,
            date=d.get("date"), attributed_to=actor(att) if att else None, confidence=d.get("confidence"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "aux_mode": self.aux_mode,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "trigger": self.trigger,
            "evidence": self.evidence.to_dict(),
            "provenance": self.provenance.to_dict(),
        }
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 4)
        return out


@dataclass(frozen=True)
class ArticleInput:
    """An article as read from a source, before extraction."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""  # file and line it came from, for messages


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    events: tuple[Event, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "text": self.text,
            "events": [e.to_dict() for e in self.events],
        }


@dataclass(frozen=True)
class InputProblem:
    """A source (or part of one) that could not be read; reported, never fatal for the rest."""

    origin: str
    reason: str

    def message(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Toponym:
    """A span of an article that may name a place, and why it was taken: the NER label
    ("GPE", "ORG", "NORP" ...) or "PROPN" for a run of capitalised proper nouns."""

    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PlaceMention:
    """A place named in an article, located (the `parley places` output)."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "name": self.name,
                "country": self.country, "lat": self.lat, "lon": self.lon, "geonames_id": self.geonames_id}


@dataclass(frozen=True)
class StoredArticle:
    """An article as the store keeps it (its text included, for the article view)."""

    id: str
    title: str | None
    published: str | None
    source: str | None  # the outlet ("Reuters"), else the URL's host
    url: str | None
    text: str
    duplicate_of: str | None = None  # the first copy, for a near-duplicate (wire copy, re-publication)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "published": self.published, "source": self.source,
                "url": self.url, "duplicate_of": self.duplicate_of}


@dataclass(frozen=True)
class Mention:
    """One report of an event: the article and sentence it was coded from."""

    article_id: str
    source: str | None
    published: str | None
    url: str | None
    event: Event  # as coded from this article, its own evidence and provenance


@dataclass(frozen=True)
class StoredEvent:
    """A real-world event in the store: several articles reporting the same event are one
    StoredEvent with several mentions (GDELT's NumMentions / NumSources / NumArticles)."""

    id: str
    event: Event  # the first mention's record: its evidence sentence, trigger and provenance
    article: StoredArticle  # the first mention's article, text left empty
    quad: str | None  # PLOVER quad category: verbal-cooperation ... material-conflict
    score: float | None  # PLOVER cooperation (+10) / conflict (-10) score
    num_mentions: int
    num_sources: int
    num_articles: int

    def to_dict(self) -> dict[str, Any]:
        """The spec's event record, with the store's fields beside it."""
        out = self.event.to_dict()
        out.update({"id": self.id, "quad": self.quad, "score": self.score, "num_mentions": self.num_mentions,
                    "num_sources": self.num_sources, "num_articles": self.num_articles,
                    "article": self.article.to_dict()})
        return out
