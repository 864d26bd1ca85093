"""Geoparsing: toponym candidates (from `parley.extractor.toponyms`) to located places.

A candidate is taken as a place when the gazetteer knows the name and the evidence is
enough: the model called it a place (GPE, LOC), it is a country or a state, it is a
demonym ("Turkish" is Turkey), it stands in a "Town, State" pattern, or the rest of the
article points to it. Among the places a name can mean, the choice weighs population and
feature type (countries and states before towns) against the article: the countries the
other places are in, the states and counties they are in, how near they are, and "Town,
State" patterns. One name keeps one reading in one article.
"""

from __future__ import annotations

import calendar
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from parley.records import PlaceMention, Toponym
from parley.resolve.places import COUNTRIES, Gazetteer, GeoEntry, load_abbreviations, load_not_places, norm

# The labels the model gives places; any other candidate must earn its place.
PLACE_LABELS = {"GPE", "LOC"}
# After these a proper name is likely a place ("in Henry" against "Henry said").
PLACE_PREPS = {"in", "near", "outside", "across", "throughout", "around", "into", "from", "at", "to", "toward",
               "towards", "through", "between", "of", "via"}
TIGHT_PREPS = {"in", "near", "outside", "across", "throughout", "around"}
# The last word of a name that says which kind of place it is ("Laurel County", "New York State").
KIND_WORDS = {"county": "adm2", "parish": "adm2", "borough": "adm2", "state": "adm1", "province": "adm1"}
KIND_PRIOR = {"continent": 3.0, "country": 3.0, "adm1": 1.5, "adm2": 0.5, "extra": 4.0, "city": 0.0}
CAPITAL_PRIOR = 1.0
CAPITAL_OVER_STATE = 2.0  # "Washington" in the news is the capital, not the state
ALIAS_PRIOR = -1.5  # a town's old or foreign name is a weaker reading than another place's own name
CALENDAR = {w.lower() for w in [*calendar.month_name, *calendar.day_name] if w}
WORD = re.compile(r"[\w’'.-]+")
# "CORSICANA — A Henderson County woman", "BEIRUT: Unknown assailants", "KYIV, Ukraine (AP) —": a
# dateline opens a story (or follows its headline) and names where it was filed, in capitals.
DATELINE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][A-Z'’.]*[A-Z.](?:[ -][A-Z][A-Z'’.]*)*)"
                      r"(?:,\s+[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–\x97:”]|--?)\s")
# "Rep. Wendell Gilliard, D-Charleston," and "(R-Ocilla)": a US legislator's party and home town.
HOME_TOWN = re.compile(r"\b(?:D|R|I|DFL)-([A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)(?=[,;)]| and\b| \w+ed\b| is\b| has\b)")
# "Barrow, Jackson and Madison counties": every name of the list is a county.
NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
COUNTY_LIST = re.compile(rf"((?:{NAME}, )*{NAME},? (?:and|or) {NAME}) ([Cc]ounties|[Pp]arishes)\b")
LIST_ADJECTIVES = {"Small", "Large", "Rural", "Neighboring", "Neighbouring", "Nearby", "Both", "Northern",
                   "Southern", "Eastern", "Western", "Central", "Suburban", "Urban", "All"}
CIVIC = re.compile(r"\s+(?:(?:City|Town|County|Village|Borough|Township)\s+)?(?:Council|Police|Fire|Sheriff|Mayor|"
                   r"Board of Education|School Board|School District|Public Schools|Superior Court|District Court|"
                   r"Municipal Court|City Hall|Town Hall|Public Library|Chamber of Commerce|Selectmen)\b")
TOWNSFOLK = re.compile(r"\s+(?:police|residents|firefighters|homeowners|neighbou?rhoods|townspeople|villagers)\b")
# NORP words that also name some hamlet: a faith, a party or a people, never the town.
GROUP_WORDS = {"christian", "catholic", "muslim", "jewish", "sunni", "shiite", "shia", "buddhist", "hindu",
               "sikh", "democrat", "democratic", "republican", "conservative", "liberal", "labour", "labor",
               "communist", "socialist", "protestant", "orthodox", "evangelical", "arab", "kurdish", "kurd",
               "druze", "alawite", "latino", "hispanic", "black", "white", "asian", "african", "european",
               "western", "eastern", "islamic", "islamist", "jihadist", "baptist", "methodist", "lutheran",
               "mormon", "amish", "maoist", "marxist", "green", "independent", "tory", "whig", "northern",
               "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern", "midwestern"}
AFTER_COMMA = re.compile(r",\s*((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*)?)")


class _Short(NamedTuple):
    """A state's short form as written ("Tenn."), its GeoNames code and the state."""

    text: str
    code: str
    state: GeoEntry


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    label: str
    cands: tuple[GeoEntry, ...]
    sub: bool = False  # a part of a longer name ("Laurel County" in "Laurel County Sheriff's Office")
    within: set[str] = field(default_factory=set)  # admin1 codes or ISO3 named after a comma
    anchored: bool = False  # a place by its pattern: a state after a town ("Paris, Tenn."), a dateline
    key: str = ""
    span_start: int = -1  # where the candidate span that holds a sub-window starts


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjectives and peoples of countries to ISO3 ("Turkish", "Afghans"), from knowledge/countries.json."""
    out: dict[str, str] = {}
    for c in json.loads(COUNTRIES.read_text(encoding="utf-8"))["countries"]:
        for word in [*c.get("adjectives", []), *c.get("people", [])]:
            out.setdefault(norm(word), c["iso3"])
    return out


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    return frozenset((c["iso3"], norm(cap)) for c in json.loads(COUNTRIES.read_text(encoding="utf-8"))["countries"]
                     for cap in c.get("capitals", []))


@lru_cache(maxsize=1)
def _dotted_states() -> tuple[re.Pattern[str], ...]:
    """With two stops ("S.C.", "W. Va.") a short form is a state anywhere; with one ("La.",
    "Pa.") only after a comma or a legislator's party ("D-Pa.")."""
    dotted = sorted((s for s in load_abbreviations() if "." in s), key=len, reverse=True)
    two = "|".join(re.escape(s) for s in dotted if s.count(".") > 1)
    one = "|".join(re.escape(s) for s in dotted if s.count(".") == 1)
    return (re.compile(rf"(?<![\w.])(?:{two})(?![a-z])"), re.compile(rf"(?:(?<=, )|(?<=\b[DRI]-))(?:{one})(?![a-z])"))


def _km(a: GeoEntry, b: GeoEntry) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


class Geoparser:
    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or Gazetteer.default()

    # -- candidates ------------------------------------------------------------------------------

    def _country(self, iso3: str) -> GeoEntry | None:
        for e in self._cands_by_iso(iso3):
            return e
        return None

    @lru_cache(maxsize=512)  # noqa: B019 - one Geoparser lives per process
    def _cands_by_iso(self, iso3: str) -> tuple[GeoEntry, ...]:
        names = [c["name"] for c in json.loads(COUNTRIES.read_text(encoding="utf-8"))["countries"]
                 if c["iso3"] == iso3]
        for name in names:
            found = tuple(e for e in self.gazetteer.candidates(name) if e.kind == "country" and e.country == iso3)
            if found:
                return found
        return ()

    def _lookup(self, text: str) -> tuple[GeoEntry, ...]:
        if norm(text) in load_not_places():
            return ()
        found = tuple(e for e in self.gazetteer.candidates(text) if e.lat is not None)
        words = text.split()
        hint = KIND_WORDS.get(words[-1].lower()) if len(words) > 1 else None
        if hint:
            return tuple(e for e in found if e.kind == hint) or found
        # "Jones" is rarely Jones County: a county's bare name counts only when nothing else has it.
        return tuple(e for e in found if e.kind != "adm2" or norm(e.name) == norm(text)) or found

    def _state(self, *shorts: str) -> _Short | None:
        """The first of `shorts` that is a state's short form ("Tenn.", "OH")."""
        for short in shorts:
            code = load_abbreviations().get(short)
            state = self.gazetteer.admin1(code) if code else None
            if code and state is not None:
                return _Short(short, code, state)
        return None

    def _mentions(self, text: str, toponyms: Iterable[Toponym]) -> list[_Mention]:
        out: list[_Mention] = []
        for t in toponyms:
            iso = demonyms().get(norm(t.text))
            entry = self._country(iso) if iso else None
            if entry is not None:  # "Turkish", and "Sri Lankan" when the model calls it a person
                out.append(_Mention(t.start, t.end, t.text, "NORP", (entry,)))
                continue
            if t.label == "NORP":
                out.extend(self._norp_mentions(t))
                continue
            for start, end in _parts(text, t.start, t.end):
                out.extend(self._part_mentions(text, start, end, t.label))
        return out

    def _norp_mentions(self, t: Toponym) -> list[_Mention]:
        """A group's name is no place, but the model also puts towns it does not know under
        NORP ("the town of Akuressa"): those count as bare proper nouns, and each side of
        "Russian-American" is a demonym of its own."""
        parts = t.text.split("-")
        if len(parts) > 1:
            out, start = [], t.start
            for part in parts:
                iso = demonyms().get(norm(part))
                entry = self._country(iso) if iso else None
                if entry is None:
                    return []  # "African-Americans" names people, not two countries
                out.append(_Mention(start, start + len(part), part, "NORP", (entry,)))
                start += len(part) + 1
            return out
        found = self._lookup(t.text)
        extra = tuple(e for e in found if e.kind == "extra")
        if extra:  # "South Ossetian officials": a region the shipped extras name
            return [_Mention(t.start, t.end, t.text, "NORP", extra)]
        if t.text.endswith("s") or t.text.lower() in GROUP_WORDS:
            return []  # "Democrats", "Shiites": people
        return [_Mention(t.start, t.end, t.text, "PROPN", found)] if found else []

    def _part_mentions(self, text: str, start: int, end: int, label: str) -> list[_Mention]:
        words = [(m.start(), m.end()) for m in WORD.finditer(text, start, end)]
        words = [(s, e - 1) if text[e - 1] == "." and text.count(".", s, e) == 1 else (s, e) for s, e in words]
        while words and text[words[0][0]:words[0][1]].lower() == "the":
            words = words[1:]
        if not words:
            return []
        whole = text[words[0][0]:words[-1][1]]
        stop = text[words[0][1]:][:1] == "."
        short = self._state(whole + "." if stop else whole) \
            if len(words) == 1 and len(whole) > 2 and "." in text[words[0][0]:words[0][1] + 1] else None
        if short is not None:  # "Fla.", "Tenn.": with the stop, no other reading
            end = words[0][1] + stop
            return [_Mention(words[0][0], end, text[words[0][0]:end], "ABBR", (short.state,))]
        found = self._lookup(whole)
        if found:
            return [_Mention(words[0][0], words[-1][1], text[words[0][0]:words[-1][1]], label, found)]
        # A place inside a longer name: the longest known window of words, left first.
        out: list[_Mention] = []
        used: set[int] = set()
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                window = words[i:i + size]
                if used & set(range(i, i + size)):
                    continue
                first, last = (text[s:e] for s, e in (window[0], window[-1]))
                if not (first[:1].isupper() and last[:1].isupper()):
                    continue
                s, e = window[0][0], window[-1][1]
                iso = demonyms().get(norm(text[s:e])) if size == 1 else None
                entry = self._country(iso) if iso else None
                cands = (entry,) if entry is not None else self._lookup(text[s:e])
                if cands:
                    out.append(_Mention(s, e, text[s:e], label, cands, sub=True, span_start=words[0][0]))
                    used.update(range(i, i + size))
        return out

    # -- choosing --------------------------------------------------------------------------------

    def _anchor(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """"Paris, Tenn.", "Gainesville, Georgia", "London, Ontario": the town is in what follows."""
        by_start = {m.start: m for m in mentions}
        extra: list[_Mention] = []
        for m in mentions:
            hit = AFTER_COMMA.match(text, m.end)
            if not hit:
                continue
            tail = hit.group(1)
            short = self._state(tail, tail.split()[0])
            nxt = by_start.get(hit.start(1))
            if short is not None:
                m.within.add(short.code)
                if nxt is None:
                    extra.append(_Mention(hit.start(1), hit.start(1) + len(short.text), short.text, "ABBR",
                                          (short.state,), anchored=True))
            elif nxt is not None:
                for e in nxt.cands:
                    if e.kind == "adm1" and e.admin1:
                        m.within.add(e.admin1)
                    elif e.kind == "country" and e.country:
                        m.within.add(e.country)
                if m.within:
                    nxt.anchored = True
        return mentions + extra

    def _patterned(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """Names that a pattern of the news makes places whatever the model made of them."""
        found: list[_Mention] = []
        for hit in DATELINE.finditer(text):
            found.extend(self._dateline(hit))
        for pattern in _dotted_states():
            # "the S.C. Highway Patrol", "Sulpher, La.": AP's short forms of a state, which the
            # model splits or joins to their neighbours.
            for hit in pattern.finditer(text):
                short = self._state(hit.group(0))
                if short is not None:
                    found.append(_Mention(hit.start(), hit.end(), hit.group(0), "ABBR", (short.state,), anchored=True))
        for hit in HOME_TOWN.finditer(text):
            start, end = hit.span(1)
            if any(f.start == start for f in found):
                continue  # "D-Pa.": the short form of the state, found just above
            name = text[start:end].rstrip(".")
            short = self._state(name + ".", name)
            cands = (short.state,) if short is not None else self._lookup(name)
            if cands:
                found.append(_Mention(start, start + len(name), name, "GPE", cands, anchored=True))
        for hit in COUNTY_LIST.finditer(text):
            kind = "County" if hit.group(2).lower() == "counties" else "Parish"
            for word in re.finditer(NAME, hit.group(1)):
                name, start = word.group(0), hit.start(1) + word.start()
                if name.split()[0] in LIST_ADJECTIVES:  # "Small Hitchcock and Hayes counties"
                    name, start = name.split(" ", 1)[-1], start + len(name.split()[0]) + 1
                cands = tuple(e for e in self._lookup(f"{name} {kind}") if e.kind == "adm2")
                if cands:
                    found.append(_Mention(start, start + len(name), name, "GPE", cands, anchored=True,
                                          key=norm(f"{name} {kind}")))
        for new in found:
            mentions = [m for m in mentions if not (m.start < new.end and new.start < m.end)]
        return mentions + found

    def _dateline(self, hit: re.Match[str]) -> list[_Mention]:
        """A dateline is a place whatever the model made of its capitals ("ST. PAUL" is no Paul).
        Only a place's own name counts ("HAMAS" is no other name of Hamm), and a headline's
        "POLICE:" or "OBAMA:" is a speaker, not a small town: after a colon, only a big place."""
        name = hit.group(1)
        key = _saint(norm(name))
        found = tuple(e for e in self._lookup(name) if _saint(norm(e.name)) == key)
        if hit.group(0).rstrip().endswith(":"):
            found = tuple(e for e in found if e.population >= 100_000 or e.kind in ("country", "adm1"))
        if len(key) < 3 or key in CALENDAR or not found:
            return []
        return [_Mention(hit.start(1), hit.end(1), name, "DATELINE", found, anchored=True)]

    def locate(self, text: str, toponyms: Iterable[Toponym],
               countries: Mapping[str, float] | None = None) -> list[PlaceMention]:
        """The places of one article. `countries` (ISO3 -> weight) adds what else is known of
        the article, such as its actors' countries."""
        toponyms = list(toponyms)
        # "Sheriff Tom Brown ... Brown said": a word of a person's full name is that person.
        people = {norm(w) for t in toponyms if t.label == "PERSON" and len(t.text.split()) > 1
                  for w in t.text.split()}
        mentions = self._patterned(text, self._anchor(text, self._mentions(text, toponyms)))
        groups: dict[str, list[_Mention]] = defaultdict(list)
        for m in mentions:
            m.key = m.key or norm(m.text)
            groups[m.key].append(m)
        cands = {k: ms[0].cands for k, ms in groups.items()}
        sure = {k for k, ms in groups.items() if any(_sure(m) for m in ms)}
        within: dict[str, set[str]] = {k: set().union(*(m.within for m in ms)) for k, ms in groups.items()}

        def best(k: str, ctx: _Context | None) -> tuple[GeoEntry, float]:
            scored = []
            for e in cands[k]:
                extra = ctx.bonus(e, k) if ctx is not None else 0.0
                scored.append((_prior(e, k, cands[k]) + _pattern(e, within[k]) + extra, extra, e))
            top = max(scored, key=lambda x: x[0])
            return top[2], top[1]

        # First the names alone, then twice more against what the sure places say.
        chosen = {k: best(k, None) for k in groups}
        for _ in range(2):
            ctx = _Context(groups, {k: e for k, (e, _) in chosen.items() if k in sure}, countries)
            chosen = {k: best(k, ctx) for k in groups}
        out: list[PlaceMention] = []
        for k, ms in groups.items():
            e, bonus = chosen[k]
            person = k in people and not within[k] and not (e.kind == "country" and _said_place(ms))
            if not person and any(_accept(text, m, e, bonus, bool(within[k])) for m in ms):
                out.extend(PlaceMention(m.start, m.end, m.text, e.name, e.country, e.lat, e.lon, e.geonames_id)
                           for m in ms)
        out.sort(key=lambda p: p.start)
        return _drop_overlaps(out)


class _Context:
    """What the rest of the article says, seen from each name (its own mentions left out)."""

    def __init__(self, groups: Mapping[str, list[_Mention]], choice: Mapping[str, GeoEntry],
                 countries: Mapping[str, float] | None):
        self.choice = choice
        self.weight = {k: float(len(ms)) for k, ms in groups.items()}  # every name, counted or not
        self.countries: defaultdict[str, float] = defaultdict(float, countries or {})
        self.admin1: defaultdict[str, float] = defaultdict(float)
        self.admin2: defaultdict[str, float] = defaultdict(float)
        for k, e in choice.items():
            if e.country:
                self.countries[e.country] += self.weight[k]
            if e.admin1:
                self.admin1[e.admin1] += self.weight[k]
            if e.admin2:
                self.admin2[e.admin2] += self.weight[k]
        self.total = sum(self.countries.values())

    def bonus(self, e: GeoEntry, key: str) -> float:
        own = self.choice.get(key)
        w = self.weight[key] if own is not None else 0.0
        b = 0.0
        if e.country:
            mine = w if own is not None and own.country == e.country else 0.0
            rest = self.total - (w if own is not None and own.country else 0.0)
            if rest > 0:
                b += 3.0 * (self.countries[e.country] - mine) / rest
        # A state or county counts by its share of the other names: one stray namesake in Georgia
        # does not weigh as much as six places in Tennessee.
        for level, code, own_code in ((self.admin1, e.admin1, own.admin1 if own is not None else None),
                                      (self.admin2, e.admin2, own.admin2 if own is not None else None)):
            if code:
                others = sum(level.values()) - (w if own_code else 0.0)
                here = level[code] - (w if own_code == code else 0.0)
                if here > 0 and others > 0:
                    b += 2.0 * min(1.0, 4.0 * here / others)
        if e.kind != "country":
            near = min((_km(e, o) for k, o in self.choice.items() if k != key and o.kind not in ("country", "adm1")),
                       default=1e9)
            b += 1.5 if near < 50 else 0.75 if near < 200 else 0.0
        return b


def _prior(e: GeoEntry, key: str, rivals: tuple[GeoEntry, ...] = ()) -> float:
    p = math.log10(e.population + 10) + KIND_PRIOR.get(e.kind, 0.0)
    if e.kind == "city" and (e.country or "", norm(e.name)) in capitals():
        p += CAPITAL_PRIOR
        if any(r.kind == "adm1" and r.country == e.country for r in rivals):
            p += CAPITAL_OVER_STATE
    return p + (ALIAS_PRIOR if _saint(norm(e.name)) != _saint(key) else 0.0)


def _pattern(e: GeoEntry, within: set[str]) -> float:
    return 8.0 if within and (e.admin1 in within or e.country in within) else 0.0


def _sure(m: _Mention) -> bool:
    """A mention that is a place whatever else the article says; only these make the context."""
    if m.label in ("NORP", "ABBR") or m.anchored or m.within:
        return True
    if m.label in PLACE_LABELS and not m.sub:
        return True
    top = m.cands[0]
    return m.label != "PERSON" and (top.kind in ("continent", "country", "adm1", "extra") or (
        top.kind == "adm2" and m.text.split()[-1].lower() in KIND_WORDS))


def _saint(key: str) -> str:
    return re.sub(r"\b(st|ste)\b", "saint", re.sub(r"\bft\b", "fort", re.sub(r"\bmt\b", "mount", key)))


def _said_place(ms: list[_Mention]) -> bool:
    """The model calls the name on its own a place more often than a person. For a country's
    name that outweighs a person who bears it: "Egypt" stays Egypt in an article whose headline
    the model read as the person "Rethinking Egypt" (towns stay shadowed: "Elizabeth Fairfield
    ... Fairfield's lawyers", however the model labels the surname alone)."""
    alone = [m.label for m in ms if not m.sub]
    return sum(lb in PLACE_LABELS for lb in alone) > alone.count("PERSON")


def _accept(text: str, m: _Mention, e: GeoEntry, bonus: float, patterned: bool) -> bool:
    if m.label in ("NORP", "ABBR") or m.anchored or patterned or e.kind == "extra" and not m.sub:
        return True  # the shipped extras are names the news uses for places, whatever the model says
    if len(norm(m.text)) < 3 and e.kind != "country" or m.text.lower() in CALENDAR:
        return False
    if m.label == "PERSON" and m.sub:
        return False  # "Virginia Smith" is a person
    before = text[max(0, m.start - 20):m.start].split()
    prep = before[-1].lower() if before else ""
    if e.kind in ("continent", "country", "adm1", "extra"):
        if m.sub:  # "Central" in "Central Bank" is a region of Ghana only in an article about Ghana
            return bonus >= 1.0
        return m.label != "PERSON" or prep in TIGHT_PREPS
    if e.kind == "adm2" and m.text.split()[-1].lower() in KIND_WORDS:
        return True
    # A town: the sum of what speaks for it. The model's place label counts most; a place
    # phrase, a big town, and above all the rest of the article (same country and state, nearby
    # places) make up for a wrong label ("the Gainesville sewer system" tagged a person).
    evidence = {"GPE": 2.0, "LOC": 2.0, "PERSON": 0.0}.get(m.label, 0.5) if not m.sub else 0.0
    if m.sub and m.label in ("ORG", "FAC") and m.start == m.span_start:
        evidence += 0.5  # "Gainesville Police": an institution named after its town
        if CIVIC.match(text, m.end):
            evidence += 1.5  # the town's own council, police or court, not a school named for a president
    if not m.sub and TOWNSFOLK.match(text, m.end):
        evidence += 1.5  # "Danbury police", "Gainesville residents": whatever the model called the name
    evidence += 3.0 if bonus >= 7.0 else 2.0 if bonus >= 5.0 else 1.0 if bonus >= 3.5 else 0.0
    evidence += 1.0 if prep in (TIGHT_PREPS if m.label == "PERSON" else PLACE_PREPS) else 0.0
    evidence += 1.0 if e.population >= 100_000 else 0.0
    evidence += 1.0 if e.population >= 100_000 and bonus >= 1.5 else 0.0  # a city of the country reported on
    return evidence >= 2.5


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at commas: "Paris, Texas" is two names."""
    out, s = [], start
    for i in range(start, end):
        if text[i] == ",":
            out.append((s, i))
            s = i + 1
    out.append((s, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out if text[a:b].strip()]


def _drop_overlaps(places: list[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for p in places:
        if out and p.start < out[-1].end:
            if p.end - p.start > out[-1].end - out[-1].start:
                out[-1] = p
            continue
        out.append(p)
    return out
