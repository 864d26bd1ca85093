"""Event filters: what `parley query`, `parley stats` and the API accept, checked, and as SQL.

Every value reaches the database as a parameter; only fixed fragments written here are
ever pasted into SQL text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from parley.ontology import QUADS
from parley.records import AUX_MODES, EVENT_TYPES

_CODE = re.compile(r"^[A-Za-z]{3}([ :/-]?[A-Za-z]{3})?$")
_MAX_TEXT = 200


class FilterError(ValueError):
    """A filter value that cannot be used, with the accepted form in the message."""


@dataclass(frozen=True)
class EventFilter:
    """All fields optional; set ones must all hold (AND). Lists mean any of (OR)."""

    actor: tuple[str, ...] = ()  # "UKR", "UKR GOV"/"UKRGOV", or a name ("Volodymyr Zelensky")
    recipient: tuple[str, ...] = ()
    country: tuple[str, ...] = ()  # where it happened (the event location's country)
    event_type: tuple[str, ...] = ()
    quad: tuple[str, ...] = ()
    aux: str = "any"  # "any" | "happened" (aux_mode null or historical) | one aux_mode
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, km
    text: str | None = None  # words that must all be in the evidence sentence
    article_id: str | None = None
    min_sources: int = 1
    min_confidence: float | None = None  # the learned classifier's; events coded without it never match


def make_filter(*, actor: Any = None, recipient: Any = None, country: Any = None, event_type: Any = None,
                quad: Any = None, aux: str | None = None, since: str | None = None, until: str | None = None,
                near: str | tuple[float, float, float] | None = None, text: str | None = None,
                article_id: str | None = None, min_sources: int | None = None,
                min_confidence: float | None = None) -> EventFilter:
    """An `EventFilter` from user input (strings or lists of strings), each value checked;
    a bad one raises `FilterError` naming the option and the accepted form."""
    types = tuple(t.upper() for t in _many(event_type))
    for t in types:
        if t not in EVENT_TYPES:
            raise FilterError(f"event type {t!r} is not a PLOVER type; use one of {', '.join(EVENT_TYPES)}")
    quads = tuple(q.lower().replace("_", "-").replace(" ", "-") for q in _many(quad))
    for q in quads:
        if q not in QUADS:
            raise FilterError(f"quad {q!r} is unknown; use one of {', '.join(QUADS)}")
    aux = (aux or "any").lower()
    if aux not in ("any", "happened") and aux not in AUX_MODES:
        raise FilterError(f"aux {aux!r} is unknown; use any, happened, or one of "
                          f"{', '.join(m for m in AUX_MODES if m)}")
    since, until = _day(since, "since"), _day(until, "until")
    if since and until and since > until:
        raise FilterError(f"since ({since}) is after until ({until})")
    if min_sources is not None and not 1 <= min_sources <= 100_000:
        raise FilterError("min sources must be between 1 and 100000")
    if min_confidence is not None and not (isinstance(min_confidence, int | float)
                                           and 0.0 <= min_confidence <= 1.0):
        raise FilterError("min confidence must be a number between 0 and 1")
    if text is not None and len(text) > _MAX_TEXT:
        raise FilterError(f"text filter is longer than {_MAX_TEXT} characters")
    return EventFilter(
        actor=_actors(actor, "actor"), recipient=_actors(recipient, "recipient"),
        country=tuple(_country(c) for c in _many(country)), event_type=types, quad=quads, aux=aux,
        since=since, until=until, near=_near(near), text=(text or "").strip() or None,
        article_id=article_id or None, min_sources=min_sources or 1,
        min_confidence=float(min_confidence) if min_confidence else None,
    )


def _many(value: Any) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [p.strip() for item in items for p in str(item).split(",") if p.strip()]


def _actors(value: Any, option: str) -> tuple[str, ...]:
    out = []
    for item in _many(value):
        if len(item) > 120 or any(c in item for c in "|%_\\"):
            raise FilterError(f"{option} {item[:40]!r}: give a country code (UKR), a code with a sector (UKR GOV) "
                              "or a name, without | % _ or \\")
        out.append(actor_key(item))
    return tuple(out)


def actor_key(item: str) -> str:
    """The key an actor filter value matches: "UKR GOV", "UKR:GOV", "UKRGOV" are one code; anything
    else is a name, compared case-insensitively."""
    if _CODE.match(item) and (item.isupper() or len(item) == 3):
        return re.sub(r"[ :/-]", "", item).lower()
    return item.lower()


def _country(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{3}", value):
        raise FilterError(f"country {value!r}: give an ISO 3166 alpha-3 code such as UKR")
    return value.upper()


def _day(value: str | None, option: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return date.fromisoformat(value + "-01").isoformat()
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01"
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise FilterError(f"{option} must be a date as YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}") from None


def _near(value: str | tuple[float, float, float] | None) -> tuple[float, float, float] | None:
    if value is None or value == "":
        return None
    try:
        parts = [float(p) for p in value.split(",")] if isinstance(value, str) else [float(p) for p in value]
        lat, lon, km = parts
    except ValueError:
        raise FilterError(f"near must be LAT,LON,KM (e.g. 47.1,37.5,50), got {value!r}") from None
    if not all(map(math.isfinite, parts)) or not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20_000):
        raise FilterError("near: latitude -90..90, longitude -180..180, radius 0..20000 km")
    return lat, lon, km


def where(f: EventFilter, alias: str = "e") -> tuple[str, list[Any]]:
    """The SQL condition (no WHERE keyword; "TRUE" when nothing is set) and its parameters."""
    sql: list[str] = []
    params: list[Any] = []
    col = f"{alias}." if alias else ""

    def any_of(column: str, values: tuple[str, ...], like: bool = False) -> None:
        if not values:
            return
        if like:  # keys are stored as '|k1|k2|', so a LIKE on '|key|' is an exact member test
            sql.append("(" + " OR ".join(f"{col}{column} LIKE ?" for _ in values) + ")")
            params.extend(f"%|{v}|%" for v in values)
        else:
            sql.append(f"{col}{column} IN (" + ", ".join("?" for _ in values) + ")")
            params.extend(values)

    any_of("actor_keys", f.actor, like=True)
    any_of("recipient_keys", f.recipient, like=True)
    any_of("location_country", f.country)
    any_of("event_type", f.event_type)
    any_of("quad", f.quad)
    if f.aux == "happened":
        sql.append(f"{col}happened")
    elif f.aux != "any":
        sql.append(f"{col}aux_mode = ?")
        params.append(f.aux)
    if f.since:
        sql.append(f"{col}day >= ?")
        params.append(f.since)
    if f.until:
        sql.append(f"{col}day <= ?")
        params.append(f.until + "~")  # '~' sorts after any day suffix, so the whole last day counts
    if f.near:
        lat, lon, km = f.near
        # A box first (cheap, prunes most rows), then the great-circle distance.
        dlat = km / 111.0
        dlon = km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
        sql.append(f"{col}lat BETWEEN ? AND ?")
        params += [lat - dlat, lat + dlat]
        if dlon < 180:
            sql.append(f"{col}lon BETWEEN ? AND ?")
            params += [lon - dlon, lon + dlon]
        sql.append(f"2 * 6371.0 * asin(sqrt(power(sin(radians({col}lat - ?) / 2), 2) + cos(radians(?)) * "
                   f"cos(radians({col}lat)) * power(sin(radians({col}lon - ?) / 2), 2))) <= ?")
        params += [lat, lat, lon, km]
    if f.text:
        for word in f.text.lower().split()[:20]:
            sql.append(f"lower({col}evidence) LIKE ? ESCAPE '\\'")
            params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if f.article_id:
        sql.append(f"{col}id IN (SELECT event_id FROM mentions WHERE article_id = ?)")
        params.append(f.article_id)
    if f.min_sources > 1:
        sql.append(f"{col}num_sources >= ?")
        params.append(f.min_sources)
    if f.min_confidence is not None:
        sql.append(f"{col}confidence >= ?")
        params.append(f.min_confidence)
    return (" AND ".join(sql) or "TRUE"), params
