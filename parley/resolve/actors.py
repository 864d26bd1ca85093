"""Actor coding: a mention ("Kuleba", "Russian troops", "the Kremlin") to name, country and sector.

Knowledge is data (parley/knowledge/): countries.json, organisations.yaml, roles.yaml,
persons.jsonl; users add their own YAML/CSV with `add_entries`. Lookups are dictionary
hits on normalised n-grams of the mention, so coding costs microseconds per mention.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:[-'][A-Za-z0-9\u00C0-\u024F]+)*|[&.]")
ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
# All-capital aliases that are also common words ("WHO", "CARE") only count when written in capitals.
COMMON_WORDS = {"who", "care", "pan", "hope", "aim", "act", "sun", "eta", "isis", "plan", "mine", "arm", "art"}
MAX_NGRAM = 6
KNOWLEDGE_VERSION = "2026.11.27"  # of the actor files; bump when countries, organisations, roles or persons change


@dataclass(frozen=True)
class ActorCode:
    name: str
    country: str | None
    sector: str | None
    why: str


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    role: str
    start: str | None
    end: str | None

    def valid(self, date: str | None) -> bool:
        if not date:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass
class Person:
    name: str
    roles: list[Role]

    def code_at(self, date: str | None) -> tuple[str | None, str | None, str]:
        if date is None and self.roles:
            # No date to judge by: the best-known (latest) office, not "former".
            held = [r for r in self.roles if r.sector != "ELI"] or self.roles
            r = max(held, key=lambda r: r.start or "")
            return r.country, r.sector, f"{r.role or r.sector} of {r.country} (latest role; no date given)"
        current = [r for r in self.roles if r.valid(date)]
        if current:
            r = current[-1]
            return r.country, r.sector, f"{r.role or r.sector} of {r.country}" + (f" from {r.start}" if r.start else "")
        if self.roles:
            # Known, but not in office on that date: a former office holder (PLOVER's ELI).
            last = max(self.roles, key=lambda r: r.end or "9999")
            return last.country, "ELI", f"former {last.role or last.sector} of {last.country} (until {last.end})"
        return None, None, "person without a dated role"


@dataclass
class Org:
    name: str
    country: str | None
    sector: str | None
    periods: list[dict[str, Any]] = field(default_factory=list)

    def code_at(self, date: str | None) -> tuple[str | None, str | None]:
        country, sector = self.country, self.sector
        for p in self.periods:
            start, end = str(p.get("start") or ""), str(p.get("end") or "")
            if date and (not start or start <= date) and (not end or date <= end):
                country, sector = p.get("country", country), p.get("sector", sector)
        return country, sector


def norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"'s\b", "", text)  # "Ukraine's foreign minister" names Ukraine
    return " ".join(TOKEN.findall(text))


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.replace("\u2019", "'"))


def _plurals(phrase: str) -> list[str]:
    words = phrase.split()
    last = words[-1]
    forms = {phrase}
    if last.endswith("man"):
        forms.add(" ".join(words[:-1] + [last[:-3] + "men"]))
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.add(" ".join(words[:-1] + [last[:-1] + "ies"]))
    elif last.endswith(("s", "x", "ch", "sh")):
        forms.add(" ".join(words[:-1] + [last + "es"]))
    else:
        forms.add(" ".join(words[:-1] + [last + "s"]))
    return list(forms)


class ActorResolver:
    def __init__(self, knowledge: Path = KNOWLEDGE):
        self.version = "unversioned"
        self.whole: dict[str, tuple[str, str, str | None]] = {}  # name -> (iso3, canonical, sector)
        self.adjective: dict[str, str] = {}  # demonym -> iso3
        self.people: dict[str, str] = {}  # "Afghans" -> iso3
        self.country_name: dict[str, str] = {}  # iso3 -> canonical name
        self.orgs: dict[str, Org] = {}
        self.orgs_exact: dict[str, Org] = {}
        self.soft_orgs: dict[str, Org] = {}
        self.roles: dict[str, tuple[str, int]] = {}
        self.relational: set[str] = set()
        self.former: set[str] = set()
        self.partitive: set[str] = set()
        self.not_actor_after: set[str] = set()
        self.not_actor_before: set[str] = set()
        self.persons: dict[str, list[Person]] = {}
        self.surnames: dict[str, list[Person]] = {}
        self._load_countries(knowledge / "countries.json")
        self._load_orgs(knowledge / "organisations.yaml")
        self._load_roles(knowledge / "roles.yaml")
        persons = knowledge / "persons.jsonl"
        if persons.exists():
            self._load_persons(persons)
        self._cache: dict[tuple[str, str | None, str | None], ActorCode | None] = {}

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> ActorResolver:
        return cls()

    # -- loading ----------------------------------------------------------------------------------

    def _load_countries(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.version = str(data.get("version", KNOWLEDGE_VERSION))
        for c in data.get("countries", []):
            iso, name = c["iso3"], c["name"]
            self.country_name[iso] = name
            for n in [name, *c.get("names", [])]:
                self.whole.setdefault(norm(n), (iso, name, "GOV"))
            for n in c.get("capitals", []):
                self.whole.setdefault(norm(n), (iso, name, "GOV"))
            for a in c.get("adjectives", []):
                self.adjective.setdefault(norm(a), iso)
            for p in c.get("people", []):
                self.people.setdefault(norm(p), iso)
        for m in data.get("metonyms", []):
            self.whole[norm(m["name"])] = (m["iso3"], m["name"].removeprefix("the "), m.get("sector", "GOV"))
        for m in data.get("whole_overrides", []):
            self.whole[norm(m["name"])] = (m["whole_country"], m["name"], m.get("sector", "GOV"))
        for p in data.get("partially_recognized", []):
            for n in [p["name"], *p.get("aliases", [])]:
                self.whole.setdefault(norm(n), (p["iso3"], p["name"], "GOV"))

    def _load_orgs(self, path: Path) -> None:
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            self._add_org(row)

    def _add_org(self, row: dict[str, Any]) -> list[str]:
        org = Org(row["name"], row.get("country"), row.get("sector"), row.get("periods") or [])
        clashes = []
        for alias in [row["name"], *(row.get("aliases") or [])]:
            alias = str(alias)
            if alias.isupper() and norm(alias) in COMMON_WORDS:
                self.orgs_exact[alias] = org
                continue
            key = norm(_strip(alias))  # looked up the same way mentions are: "the Guard" is "guard"
            old = self.orgs.get(key)
            if old is not None and (old.country, old.sector) != (org.country, org.sector):
                clashes.append(f"'{alias}': {old.name} ({old.country} {old.sector}) -> {org.name} "
                               f"({org.country} {org.sector})")
            self.orgs[key] = org
        for alias in row.get("soft") or []:
            self.soft_orgs[norm(str(alias))] = org
        return clashes

    def _load_roles(self, path: Path) -> None:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for sector, levels in (data.get("sectors") or {}).items():
            for strength, phrases in (levels or {}).items():
                for phrase in phrases or []:
                    for form in _plurals(norm(str(phrase))):
                        old = self.roles.get(form)
                        if old is None or int(strength) > old[1]:
                            self.roles[form] = (sector, int(strength))
        self.relational = {norm(x) for x in data.get("relational") or []}
        self.former = {norm(x) for x in data.get("former") or []}
        self.partitive = {norm(x) for x in data.get("partitive") or []}
        self.not_actor_after = {norm(x) for x in data.get("not_the_actor_after") or []}
        self.not_actor_before = {norm(x) for x in data.get("not_the_actor_before") or []}

    def _load_persons(self, path: Path) -> None:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    self._add_person(json.loads(line))

    def _add_person(self, row: dict[str, Any]) -> list[str]:
        def day(value: Any) -> str | None:  # YAML reads 2020-01-01 as a date; the index compares text
            return str(value) if value else None

        roles = [Role(r.get("country"), r.get("sector"), r.get("role") or "", day(r.get("start")), day(r.get("end")))
                 for r in row.get("roles", [])]
        person = Person(row["name"], roles)
        clashes = []
        surnames: set[str] = set()
        for alias in [row["name"], *(row.get("aliases") or [])]:
            key = norm(alias)
            if key in self.persons and row.get("source") == "user":
                clashes.append(f"'{alias}': shipped entry replaced by yours")
                self.persons[key] = [person]
            else:
                self.persons.setdefault(key, []).append(person)
            parts = key.split()
            if len(parts) > 1 and len(parts[-1]) > 2 and parts[-1] not in surnames:
                surnames.add(parts[-1])  # one entry per person, however many aliases share the surname
                self.surnames.setdefault(parts[-1], []).append(person)
        return clashes

    def add_entries(self, path: str | Path) -> list[str]:
        """Load a user file (YAML list or CSV with name, aliases, country, sector, kind, start, end).
        User entries win; returns one message per clash with a shipped entry."""
        path = Path(path)
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8", newline="") as f:
                rows: list[dict[str, Any]] = [dict(r) for r in csv.DictReader(f)]
            for r in rows:
                r["aliases"] = [a.strip() for a in (r.get("aliases") or "").split(";") if a.strip()]
        else:
            rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        clashes: list[str] = []
        for r in rows:
            if r.get("kind") == "person":
                role = {"country": r.get("country"), "sector": r.get("sector"), "role": r.get("role"),
                        "start": r.get("start"), "end": r.get("end")}
                clashes += self._add_person({"name": r["name"], "aliases": r.get("aliases") or [],
                                             "roles": [role], "source": "user"})
            else:
                clashes += self._add_org(r)
        self._cache.clear()
        return [f"{path.name}: {c}" for c in clashes]

    # -- lookups ----------------------------------------------------------------------------------

    def country_of(self, text: str) -> str | None:
        key = norm(_strip(text))
        if key in self.whole:
            return self.whole[key][0]
        return self.adjective.get(key) or self.people.get(key)

    def resolve(self, text: str, context: str | None = None, date: str | None = None) -> ActorCode | None:
        if not text or not text.strip():
            return None
        date = _iso(date)
        key = (text, context, date)
        if key not in self._cache:
            self._cache[key] = self._resolve(text, context, date)
        return self._cache[key]

    def _person(self, key: str, date: str | None, context: str | None, surname: bool) -> ActorCode | None:
        cands = (self.surnames if surname else self.persons).get(key)
        if not cands:
            return None
        if len(cands) > 1:
            # Prefer who was in office then, then whose country the context names.
            ctx = norm(context or "")
            def score(p: Person) -> tuple[int, int]:
                country = p.code_at(date)[0]
                named = bool(country and self.country_name.get(country, "~").lower() in ctx)
                return (int(any(r.valid(date) for r in p.roles)), int(named))
            cands = sorted(cands, key=score, reverse=True)
            if surname and score(cands[0]) == (0, 0):
                return None
        p = cands[0]
        country, sector, why = p.code_at(date)
        return ActorCode(p.name, country, sector, f"person: {p.name}, {why}")

    def _resolve(self, text: str, context: str | None, date: str | None) -> ActorCode | None:
        raw = _strip(text)
        key = norm(raw)
        if not key:
            return None
        if raw in self.orgs_exact:
            o = self.orgs_exact[raw]
            c, s = o.code_at(date)
            return ActorCode(o.name, c, s, f"organisation: {o.name}")
        hit = self._person(key, date, context, surname=False)
        if hit:
            return hit
        if key in self.orgs:
            o = self.orgs[key]
            c, s = o.code_at(date)
            return ActorCode(o.name, c, s, f"organisation: {o.name}")
        if key in self.whole:
            iso, name, sector = self.whole[key]
            return ActorCode(name, iso, sector, f"country or seat of government: '{raw}'")
        if key in self.adjective:
            iso = self.adjective[key]
            return ActorCode(self.country_name.get(iso, raw), iso, "GOV", f"nationality adjective '{raw}'")
        if key in self.people:
            iso = self.people[key]
            return ActorCode(raw, iso, "CVL", f"nationals '{raw}'")
        if key in self.soft_orgs:
            o = self.soft_orgs[key]
            c, s = o.code_at(date)
            return ActorCode(o.name, c, s, f"organisation (unqualified): {o.name}")
        return self._compose(raw, key, context, date)

    def _compose(self, raw: str, key: str, context: str | None, date: str | None) -> ActorCode | None:
        words = key.split()
        n = len(words)
        if "ethnic" in words[:-1]:
            # "ethnic Albanians in Serbia", "ethnic Turks in Sweden": a community, not the state the
            # name recalls; the event's place supplies the country.
            return ActorCode(raw, None, "CVL", "ethnic community")
        country: tuple[str, str] | None = None  # (iso3, evidence)
        org: Org | None = None
        person: ActorCode | None = None
        role: tuple[str, int, int, str] | None = None  # sector, strength, position, word
        former = any(w in self.former for w in words)
        # The head noun: the last word, or the last before "of" ("ministers of the nations"),
        # unless that word only counts ("dozens of protesters").
        head = n - 1
        if "of" in words:
            k = words.index("of")
            if k > 0 and words[k - 1] not in self.partitive:
                head = k - 1
        spans_used: set[int] = set()
        # Longest n-grams first, left to right, so "south korea" beats "korea" and "foreign minister" "minister".
        for size in range(min(MAX_NGRAM, n), 0, -1):
            for start in range(0, n - size + 1):
                if any(k in spans_used for k in range(start, start + size)):
                    continue
                gram = " ".join(words[start:start + size])
                nxt = words[start + size] if start + size < n else ""
                prev = words[start - 1] if start > 0 else ""
                blocked = nxt in self.not_actor_after or prev in self.not_actor_before or \
                    any(nxt.endswith("-" + w) for w in self.not_actor_after)
                if size > 1 and person is None and gram in self.persons:
                    person = self._person(gram, date, context, surname=False)
                    spans_used.update(range(start, start + size))
                elif gram in self.orgs and org is None and not blocked:
                    org = self.orgs[gram]
                    spans_used.update(range(start, start + size))
                elif (gram in self.whole or gram in self.adjective or gram in self.people) and not blocked:
                    if country is None:
                        iso = (self.whole.get(gram) or (None,))[0] or self.adjective.get(gram) or self.people[gram]
                        country = (iso, gram)
                    spans_used.update(range(start, start + size))
                elif gram in self.roles and start + size - 1 == head:
                    sector, strength = self.roles[gram]
                    if role is None or (strength, start) > (role[1], role[2]):
                        role = (sector, strength, start, gram)
                    spans_used.update(range(start, start + size))
                else:
                    # Compound words written with hyphens: "Russian-backed", "Kurdish-led".
                    first = gram.split("-")[0]
                    if size == 1 and "-" in gram and first != gram and country is None:
                        rest = gram.split("-", 1)[1]
                        if rest not in self.not_actor_after and (first in self.whole or first in self.adjective):
                            iso = (self.whole.get(first) or (None,))[0] or self.adjective[first]
                            country = (iso, first)
        if person is not None and person.country:
            return person
        role_sector: str | None = role[0] if role else None
        if former and role_sector in ("GOV", "MIL", "LEG", "JUD", None):
            role_sector = "ELI"
        if org is not None:
            c, s = org.code_at(date)
            # "Houthi rebels", "Hamas fighters": the group's code; a role may refine a missing sector.
            return ActorCode(org.name, c or (country[0] if country else None), s or role_sector,
                             f"organisation '{org.name}'" + (f" + role '{role[3]}'" if role else ""))
        if country is not None:
            iso, ev = country
            if role is None:
                if n <= 3 and not any(w[:1].isdigit() for w in words):
                    return ActorCode(self.country_name.get(iso, raw), iso, "GOV", f"country word '{ev}'")
                return ActorCode(raw, iso, None, f"country word '{ev}' without a role")
            return ActorCode(raw, iso, role_sector, f"country word '{ev}' + role '{role[3]}' ({role[0]})")
        if role is not None:
            learned = self._from_context(raw, context, date)
            if learned is not None:
                return learned
            return ActorCode(raw, None, role_sector, f"role '{role[3]}' ({role[0]}) without a country")
        # "Mbeki" or "President Mbeki" may be the known Mbeki; "Ochieng Mbeki" is someone else.
        others_known = all(w in self.roles or w in self.relational or w in self.whole or w in self.adjective
                           for w in words[:-1])
        surname = self._person(words[-1], date, context, surname=True) \
            if raw[:1].isupper() and others_known else None
        if surname is not None:
            return surname
        return self._from_context(raw, context, date)

    def _from_context(self, raw: str, context: str | None, date: str | None) -> ActorCode | None:
        """An unknown name coded by its title in the sentence: "Ukraine's foreign minister, Dmytro Kuleba"."""
        if not context or not raw[:1].isupper():
            return None
        ctx_words = tokens(context)
        low = [w.lower() for w in ctx_words]
        target = norm(raw).split()[-1]
        if target not in low:
            return None
        pos = low.index(target)
        window = " ".join(ctx_words[max(0, pos - 8):pos])
        window_after = " ".join(ctx_words[pos + 1:pos + 8])
        for side in (window, window_after):
            code = self._compose_title(side, date)
            if code is not None:
                return ActorCode(raw, code.country, code.sector, f"title in context: '{side}'")
        return None

    def _compose_title(self, text: str, date: str | None) -> ActorCode | None:
        key = norm(text)
        words = key.split()
        country = None
        sector = None
        for size in (3, 2, 1):
            for start in range(0, len(words) - size + 1):
                gram = " ".join(words[start:start + size])
                if country is None and (gram in self.whole or gram in self.adjective):
                    country = (self.whole.get(gram) or (None,))[0] or self.adjective.get(gram)
                if sector is None and gram in self.roles and self.roles[gram][1] >= 2:
                    sector = self.roles[gram][0]
        if country and sector:
            return ActorCode(text, country, sector, "title")
        return None


def _strip(text: str) -> str:
    text = text.strip().strip("\"'“”‘’()[],.;:")
    text = re.sub(r"(['\u2019]s|['\u2019])$", "", text)
    words = text.split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words)


def _iso(date: str | None) -> str | None:
    if not date or not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", date.strip()):
        return None
    return date.strip()

