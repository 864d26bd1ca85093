"""GDELT 2.0 Event table layout: 61 tab-separated columns, no header, as GDELT's own files.

PLOVER types become CAMEO codes through `knowledge/cameo.yaml`; docs/formats.md lists what each
column holds and which cannot be filled.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from parley import yamlfile
from parley.export.common import (
    NOT_HAPPENED,
    When,
    clean_cell,
    country_name,
    is_country,
    name_of,
    sides,
    when,
)
from parley.ontology import QUADS, default_ontology
from parley.records import Actor, Place, StoredEvent

CAMEO_FILE = Path(__file__).resolve().parent.parent / "knowledge" / "cameo.yaml"

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)
assert len(COLUMNS) == 61

# GDELT marks an event as a "root event" when it comes from the article's lead paragraph; Parley
# keeps the evidence sentence's offset, and a sentence starting this early is in the lead.
ROOT_EVENT_CHARS = 300


@dataclass(frozen=True)
class CameoCode:
    code: str
    goldstein: float


@dataclass(frozen=True)
class Cameo:
    events: dict[tuple[str, str | None], CameoCode]  # (PLOVER type, mode or None) -> CAMEO
    sectors: dict[str, str | None]  # PLOVER sector -> CAMEO actor type code
    non_state: dict[str, dict[str, str]]  # PLOVER non-state code -> {type: ...} or {known_group: ...}

    def code(self, event_type: str, mode: str | None) -> CameoCode | None:
        return self.events.get((event_type, mode)) or self.events.get((event_type, None))


def load_cameo(path: Path = CAMEO_FILE) -> Cameo:
    raw = yamlfile.load(path)

    def entry(where: str, d: dict[str, Any]) -> CameoCode:
        code, score = str(d["code"]), float(d["goldstein"])
        if not (code.isdigit() and 3 <= len(code) <= 4) or not -10 <= score <= 10:
            raise ValueError(f"{path}: {where} needs a 3- or 4-digit CAMEO code and a score in -10..10")
        return CameoCode(code, score)

    events: dict[tuple[str, str | None], CameoCode] = {}
    for name, d in raw["event_types"].items():
        events[(name, None)] = entry(name, d)
        for mode, m in (d.get("modes") or {}).items():
            events[(name, mode)] = entry(f"{name} {mode}", m)
    return Cameo(events, dict(raw.get("sectors") or {}), dict(raw.get("non_state") or {}))


@lru_cache(maxsize=1)
def default_cameo() -> Cameo:
    return load_cameo()


def global_event_id(event_id: str) -> int:
    """GDELT's ids are integers; a stable 60-bit one from the store's id, the same on every export
    (the ACLED export uses it too, so rows of the two formats can be joined)."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _actor(a: Actor | None, cameo: Cameo) -> list[str]:
    if a is None:
        return [""] * len(_ACTOR)
    ns = cameo.non_state.get(a.country or "")
    country = "" if ns or not a.country else a.country
    known = (ns or {}).get("known_group", "")
    types = [t for t in ((ns or {}).get("type"), cameo.sectors.get(a.sector or "")) if t]
    code = (country or known) + "".join(types)
    return [code, clean_cell(name_of(a)), country, known, "", "", "", *(types + ["", "", ""])[:3]]


def _geo(loc: Place | None) -> list[str]:
    if loc is None:
        return ["0"] + [""] * (len(_GEO) - 1)  # GDELT writes 0 for "no location"
    name = loc.name or loc.text
    if is_country(loc):
        kind = "1"
    else:
        kind = "4"
        country = country_name(loc.country)
        if country and country.lower() not in name.lower():
            name = f"{name}, {country}"  # GDELT's full names read "City, Region, Country"
    return [kind, clean_cell(name), loc.country or "", "", "", clean_cell(loc.lat), clean_cell(loc.lon), ""]


def _dates(w: When | None) -> list[str]:
    if w is None:
        return ["", "", "", ""]
    month, day = w.month or 1, w.day or 1  # a month-only date is the 1st; a year-only one, 1 January
    # GDELT's codebook prints (MONTH * 30 + DAY) / 365, but its files hold ((MONTH - 1) * 30 + DAY) / 365
    # (1979-01-01 is 1979.0027); the files are what readers compare against.
    fraction = w.year + ((month - 1) * 30 + day) / 365
    return [f"{w.year:04d}{month:02d}{day:02d}", f"{w.year:04d}{month:02d}", str(w.year), f"{fraction:.4f}"]


def _date_added(se: StoredEvent) -> str:
    """DATEADDED: GDELT's time of first sight; the store keeps the publication date, at midnight."""
    pub = (se.article.published or "")[:10]
    return pub.replace("-", "") + "000000" if len(pub) == 10 and pub[4] == "-" else ""


def gdelt_row(se: StoredEvent, cameo: Cameo | None = None) -> list[str]:
    cameo = cameo or default_cameo()
    e = se.event
    side1, side2 = sides(se)
    code = cameo.code(e.event_type, e.mode)
    quad = se.quad or default_ontology().quad(e.event_type)
    return [
        str(global_event_id(se.id)), *_dates(when(se)),
        *_actor(side1[0] if side1 else None, cameo), *_actor(side2[0] if side2 else None, cameo),
        "1" if e.evidence.start < ROOT_EVENT_CHARS else "0",
        code.code if code else "", code.code[:3] if code else "", code.code[:2] if code else "",
        str(QUADS.index(quad) + 1) if quad in QUADS else "", str(code.goldstein) if code else "",
        str(se.num_mentions), str(se.num_sources), str(se.num_articles), "",
        *_geo(None), *_geo(None), *_geo(e.location),
        _date_added(se), clean_cell(se.article.url),
    ]


def write_gdelt(events: Iterable[StoredEvent], f: TextIO) -> int:
    """Events reported as not having happened (negated, future, hypothetical) are left out: GDELT
    has no column to say so. Returns the rows written."""
    cameo, n = default_cameo(), 0
    for se in events:
        if se.event.aux_mode in NOT_HAPPENED:
            continue
        f.write("\t".join(gdelt_row(se, cameo)) + "\n")
        n += 1
    return n
