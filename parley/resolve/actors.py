"""Actor coding: a mention ("Kuleba", "Russian troops", "the Kremlin") to name, country and sector.

Knowledge is data (parley/knowledge/): countries.json, organisations.yaml, roles.yaml,
persons.jsonl; users add their own YAML/CSV with `add_entries`. Lookups are dictionary
hits on normalised n-grams of the mention, so coding costs microseconds per mention.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley import yamlfile

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:[-'][A-Za-z0-9\u00C0-\u024F]+)*|[&.]")
ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
# All-capital aliases that are also common words ("WHO", "CARE") only count when written in capitals.
COMMON_WORDS = {"who", "care", "pan", "hope", "aim", "act", "sun", "eta", "isis", "plan", "mine", "arm", "art"}
MAX_NGRAM = 6
# A place phrase after the head ("unions in Denmark", "targets in Syria") locates the head; it does
# not make the head that country's government.
LOCATIVE = {"in", "at", "from", "near", "inside", "outside", "across", "within", "throughout", "around"}
# Country abbreviations that are also English words ("US", "CAR") only count in capitals: "told us",
# "car-borne youths".
CASED_COUNTRY = {"us", "car"}
# Names made of common words count only capitalised: "the west bank of the Dnipro" is a river bank.
CASED_PLACES = {"west bank", "ivory coast"}
COUNTED_PEOPLE = {"dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions", "scores"}
REGIMES = {"administration", "regime", "government", "cabinet", "junta"}
HEADS = re.compile(r"\b(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Supreme Leader|"
                   r"Head of State|Chairman|General Secretary)\b", re.I)
# Organisations named by an ordinary word: they count only written with a capital.
CASED_NAMES = {"labour", "guards", "meta", "fox"}
# Bodies whose officials act for the body, not for their own country.
SPEAKS_FOR = {"UNO", "IGO", "EUR", "NGO"}
KNOWLEDGE_VERSION = "2026.11.29.2"  # of the actor files; bump when countries, organisations, roles or persons change


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
        # No date means now: a president who has left office is a former office holder (ELI) today.
        date = date or _today()
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
        self.places: dict[str, str] = {}  # "Kharkiv" -> iso3: locates a role, never the state itself
        self.regions: set[str] = set()  # "the West", "Middle East": no country (PLOVER)
        self.region_names: dict[str, str] = {}
        self.cased: dict[str, str] = {}  # "us" -> "US": the only spelling that names the country
        self.country_name: dict[str, str] = {}  # iso3 -> canonical name
        self.orgs: dict[str, Org] = {}
        self.orgs_exact: dict[str, Org] = {}
        self.org_cased: dict[str, str] = {}  # one-word names that are also common words: matched capitalised
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
                if n.isupper() and norm(n) in CASED_COUNTRY:
                    self.cased[norm(n)] = n
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
            # Named as a whole, a breakaway entity is PLOVER's PRE under its host country; with a
            # role ("Abkhaz authorities") the role decides, as for any country word.
            for n in [p["name"], *p.get("aliases", [])]:
                self.whole.setdefault(norm(n), (p["iso3"], p["name"], p.get("sector", "PRE")))
        for p in data.get("places", []):
            self.places.setdefault(norm(p["name"]), p["iso3"])
        self.cased.update({name: name.title() for name in CASED_PLACES})
        self.regions = {norm(r) for r in data.get("regions", [])}
        # A region's name as written in the knowledge, with its article ("the West", "the Americas").
        for r in sorted(data.get("regions", []), key=lambda r: not r.startswith("the ")):
            self.region_names.setdefault(norm(r).removeprefix("the "), r)

    def _load_orgs(self, path: Path) -> None:
        for row in yamlfile.load(path) or []:
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
            if key in CASED_NAMES:
                self.org_cased.setdefault(key, alias)  # "Labour" the party, not "labour activists"
            old = self.orgs.get(key)
            if old is not None and (old.country, old.sector) != (org.country, org.sector):
                clashes.append(f"'{alias}': {old.name} ({old.country} {old.sector}) -> {org.name} "
                               f"({org.country} {org.sector})")
            self.orgs[key] = org
        for alias in row.get("soft") or []:
            self.soft_orgs[norm(str(alias))] = org
        for alias in row.get("exact") or []:
            self.orgs_exact[str(alias)] = org
        return clashes

    def _load_roles(self, path: Path) -> None:
        data = yamlfile.load(path) or {}
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
        user = row.get("source") == "user"
        for alias in [row["name"], *(row.get("aliases") or [])]:
            key = norm(alias)
            if key in self.persons and user:
                old = self.persons[key]
                clashes.append(f"'{alias}': shipped entry replaced by yours ("
                               + "; ".join(f"{p.name}: {p.code_at(None)[2]}" for p in old) + ")")
                self.persons[key] = [person]
                # The replaced people must not come back through their surname ("Lavrov").
                for same in self.surnames.values():
                    same[:] = [p for p in same if all(p is not o for o in old)]
            else:
                self.persons.setdefault(key, []).append(person)
            parts = key.split()
            if len(parts) > 1 and len(parts[-1]) > 2 and parts[-1] not in surnames:
                surnames.add(parts[-1])  # one entry per person, however many aliases share the surname
                entries = self.surnames.setdefault(parts[-1], [])
                # A user's person goes first: ties between namesakes go to the earlier entry.
                entries.insert(0 if user else len(entries), person)
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
                for k, v in list(r.items()):
                    if v == "":  # an empty CSV cell is a missing value, not a country called ""
                        r[k] = None
        else:
            rows = yamlfile.load(path) or []
        if not isinstance(rows, list):
            raise ValueError(f"{path}: expected a list of entries")
        clashes: list[str] = []
        for n, r in enumerate(rows, 1):
            if not isinstance(r, dict) or not r.get("name"):
                raise ValueError(f"{path}: entry {n} has no name")
            if r.get("kind") == "person":
                # One role in the row's own fields, or several dated ones under `roles`.
                roles = r.get("roles") or [{"country": r.get("country"), "sector": r.get("sector"),
                                            "role": r.get("role"), "start": r.get("start"), "end": r.get("end")}]
                clashes += self._add_person({"name": r["name"], "aliases": r.get("aliases") or [],
                                             "roles": roles, "source": "user"})
            else:
                for alias in [r["name"], *(r.get("aliases") or [])]:
                    key = norm(_strip(str(alias)))
                    if key in self.whole or key in self.persons:
                        shipped = self.whole[key][1] if key in self.whole else self.persons[key][0].name
                        clashes.append(f"'{alias}': shipped {shipped} replaced by yours")
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
        date = _iso(date) or _today()
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

    def _written_as_name(self, gram: str, raw: str) -> bool:
        """Whether `raw` writes `gram` the way that names a place: "US", not "us"; "West Bank", not
        the west bank of a river."""
        return gram not in self.cased or re.search(rf"\b{re.escape(self.cased[gram])}\b", raw) is not None

    def _is_country(self, gram: str, raw: str) -> str | None:
        """The country a word names, or None; "us" and "car" only count as written in capitals."""
        if not self._written_as_name(gram, raw):
            return None
        return (self.whole.get(gram) or (None,))[0] or self.adjective.get(gram) or self.people.get(gram)

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
        cased_out = key in self.cased and self._is_country(key, raw) is None
        if key in self.whole and not cased_out:
            iso, name, sector = self.whole[key]
            what = "partially recognised entity" if sector == "PRE" else "country or seat of government"
            return ActorCode(name, iso, sector, f"{what}: '{raw}'")
        if key in self.adjective and not cased_out:
            iso = self.adjective[key]
            return ActorCode(self.country_name.get(iso, raw), iso, "GOV", f"nationality adjective '{raw}'")
        if key in self.people:
            iso = self.people[key]
            return ActorCode(raw, iso, "CVL", f"nationals '{raw}'")
        if key in self.soft_orgs:
            o = self.soft_orgs[key]
            c, s = o.code_at(date)
            return ActorCode(o.name, c, s, f"organisation (unqualified): {o.name}")
        if key in self.places and self._written_as_name(key, raw):
            # A town named as a participant ("Kharkiv was shelled") stands for the people there.
            iso = self.places[key]
            return ActorCode(raw, iso, "CVL", f"place '{raw}' in {iso}: its people")
        if cased_out:
            return None
        if key in COUNTED_PEOPLE:
            # "Thousands rallied in Tbilisi": a crowd, counted, not named (its place gives its country)
            return ActorCode(raw, None, "CVL", f"people counted: '{raw}'")
        if key in self.regions:
            # "the West", "the Gulf", "Europe": parties of no one country (PLOVER), not an unknown
            # name to code by the countries around it
            return ActorCode(self.region_names.get(key, raw), None, None, f"region '{raw}': no one country")
        # "the Hague" is a place: a bare surname never takes "the" (William Hague is not meant)
        return self._compose(raw, key, context, date, surnamed=not re.match(r"(?i)the\s", text.strip()))

    def _head(self, words: list[str]) -> tuple[int, int]:
        """(head index, end of the noun phrase before any locative tail)."""
        end = next((i for i, w in enumerate(words) if i > 0 and w in LOCATIVE), len(words))
        head = end - 1
        if "of" in words[:end]:
            # "ministers of the nations": the head is before "of", unless that word only counts
            # ("dozens of protesters"); "legislative body of Iran" is a role, not a count.
            k = words.index("of")
            if k > 0 and (words[k - 1] not in self.partitive or " ".join(words[max(0, k - 2):k]) in self.roles):
                head = k - 1
        return head, end

    def _compose(self, raw: str, key: str, context: str | None, date: str | None,
                 surnamed: bool = True) -> ActorCode | None:
        words = key.split()
        n = len(words)
        if "ethnic" in words[:-1]:
            # "ethnic Albanians in Serbia", "ethnic Turks in Sweden": a community, not the state the
            # name recalls; the event's place supplies the country.
            return ActorCode(raw, None, "CVL", "ethnic community")
        country: tuple[str, str, int, int] | None = None  # (iso3, evidence, start, size)
        place: tuple[str, str] | None = None  # a town or region: locates the actor, weaker than a country
        org: tuple[Org, int] | None = None
        person: ActorCode | None = None
        role: tuple[str, int, int, str] | None = None  # sector, strength, position, word (the head)
        modifier: tuple[str, int, int, str] | None = None  # a role word before the head ("army" spokesman)
        former = any(w in self.former for w in words)
        head, end = self._head(words)
        spans_used: set[int] = set()
        # Longest n-grams first, left to right, so "south korea" beats "korea" and "foreign minister" "minister".
        for size in range(min(MAX_NGRAM, n), 0, -1):
            for start in range(0, n - size + 1):
                if any(k in spans_used for k in range(start, start + size)):
                    continue
                gram = " ".join(words[start:start + size])
                if size > 1 and gram in self.regions:
                    spans_used.update(range(start, start + size))  # "Latin American governments": no one country
                    continue
                last = start + size - 1
                nxt = words[start + size] if start + size < n else ""
                prev = words[start - 1] if start > 0 else ""
                blocked = nxt in self.not_actor_after or prev in self.not_actor_before or \
                    any(nxt.endswith("-" + w) for w in self.not_actor_after)
                iso = self._is_country(gram, raw) if gram in self.whole or gram in self.adjective \
                    or gram in self.people else None
                if size > 1 and person is None and gram in self.persons:
                    person = self._person(gram, date, context, surname=False)
                    spans_used.update(range(start, start + size))
                elif size == 1 and last < head and words[head] in REGIMES and gram in self.surnames:
                    # "the Biden administration", "the Assad regime": the leader's government
                    leader = self._person(gram, date, context, surname=True)
                    if leader is not None and leader.country and HEADS.search(leader.why):
                        return ActorCode(raw, leader.country, "GOV", f"{leader.why}; his or her '{words[head]}'")
                elif gram in self.orgs and org is None and not blocked and (
                        gram not in self.org_cased or re.search(rf"\b{re.escape(self.org_cased[gram])}\b", raw)):
                    org = (self.orgs[gram], start)
                    spans_used.update(range(start, start + size))
                elif iso is not None and not blocked:
                    if country is None or start < country[2]:  # "Mexican and U.S. officials": the first
                        country = (iso, gram, start, size)
                    spans_used.update(range(start, start + size))
                elif gram in self.roles and last == head:
                    sector, strength = self.roles[gram]
                    if role is None or (strength, start) > (role[1], role[2]):
                        role = (sector, strength, start, gram)
                    spans_used.update(range(start, start + size))
                elif gram in self.roles and last < head and gram not in self.partitive:
                    sector, strength = self.roles[gram]
                    if modifier is None or strength > modifier[1]:
                        modifier = (sector, strength, start, gram)
                    spans_used.update(range(start, start + size))
                elif gram in self.places and not blocked and self._written_as_name(gram, raw):
                    if place is None:
                        place = (self.places[gram], gram)
                    spans_used.update(range(start, start + size))
                else:
                    # Compound words written with hyphens: "Russian-backed", "Kurdish-led".
                    first = gram.split("-")[0]
                    if size == 1 and "-" in gram and first != gram and country is None:
                        rest = gram.split("-", 1)[1]
                        hy = self._is_country(first, raw) if first in self.whole or first in self.adjective else None
                        if rest not in self.not_actor_after and hy is not None:
                            country = (hy, first, start, 1)
        if person is not None and person.country and org is not None and not former \
                and org[0].code_at(date)[0] in SPEAKS_FOR:
            # "U.N. mediator Diego Cordovez", "NATO Secretary General Jens Stoltenberg": the text says
            # whom the person acts for here, whatever their own country or later offices.
            c, s = org[0].code_at(date)
            return ActorCode(person.name, c, s or (role[0] if role else None),
                             f"{person.why}; acting for '{org[0].name}' in the mention")
        if person is not None and person.country:
            title = modifier or role
            if person.sector == "ELI" and not former and title is not None and title[1] >= 3 \
                    and title[0] in ("GOV", "MIL", "LEG", "JUD", "COP", "SPY"):
                # The text's own title ("Foreign Minister Park Jin") says the office is held; it beats
                # dates that may be stale.
                return ActorCode(person.name, person.country, title[0],
                                 f"{person.why}; title '{title[3]}' in the mention")
            return person
        if role is not None and modifier is not None and role[1] <= 1 and modifier[1] >= 2:
            # A generic head takes its sector from a specific modifier: "army spokesman" MIL,
            # "rebel leader" REB, "intelligence agency officer" SPY.
            role = (modifier[0], modifier[1], role[2], f"{modifier[3]} {role[3]}")
        role_sector: str | None = role[0] if role else None
        if former and role_sector in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", None):
            role_sector = "ELI"
        if org is not None:
            o, o_start = org
            c, s = o.code_at(date)
            why = f"organisation '{o.name}'" + (f" + role '{role[3]}'" if role else "")
            if role is not None and former and role_sector == "ELI":
                # "a former CIA official": out of the organisation, a former official.
                return ActorCode(raw, c or (country[0] if country else None), "ELI", why + " (former)")
            if role is not None and s == "GOV" and role[1] >= 2 and role[2] > o_start \
                    and role_sector in ("MIL", "LEG", "JUD", "COP", "SPY"):
                # A polity's branch: "EU legislators" LEG, "NATO troops" MIL; armed groups keep their code.
                s = role_sector
            # "Houthi rebels", "Hamas fighters": the group's code; a role may refine a missing sector.
            return ActorCode(o.name, c or (country[0] if country else None), s or role_sector, why)
        if country is None and place is not None:
            country = (place[0], place[1], -1, 0)
        if country is not None:
            iso, ev, c_start, c_size = country
            if role is None:
                # The state as a whole ("Russia", "the Syrian regime") is its government, unless the
                # country only locates another noun ("targets in Syria", "Syrian targets").
                whole = c_start >= 0 and c_start <= head < c_start + c_size or \
                    (c_start >= 0 and c_start + c_size == end and all(w in ARTICLES for w in words[:c_start]))
                if whole and n <= 3 and not any(w[:1].isdigit() for w in words):
                    if norm(ev) in self.people:  # "young Russians", "many Syrians": people, not the state
                        return ActorCode(raw, iso, "CVL", f"nationals '{ev}'")
                    return ActorCode(self.country_name.get(iso, raw), iso, "GOV", f"country word '{ev}'")
                return ActorCode(raw, iso, None, f"country word '{ev}' without a role")
            kind = "country word" if c_start >= 0 else "place"
            return ActorCode(raw, iso, role_sector, f"{kind} '{ev}' + role '{role[3]}' ({role[0]})")
        if role is not None:
            learned = self._from_context(raw, context, date)
            if learned is not None:
                return learned
            iso = self._context_country(raw, context)
            if iso is not None:
                return ActorCode(raw, iso, role_sector, f"role '{role[3]}' ({role[0]}) + the country of the context")
            return ActorCode(raw, None, role_sector, f"role '{role[3]}' ({role[0]}) without a country")
        # "Mbeki" or "President Mbeki" may be the known Mbeki; "Ochieng Mbeki" is someone else.
        others_known = all(w in self.roles or w in self.relational or w in self.whole or w in self.adjective
                           for w in words[:-1])
        surname = self._person(words[-1], date, context, surname=True) \
            if raw[:1].isupper() and others_known and (surnamed or n > 1) else None
        if surname is not None:
            return surname
        return self._from_context(raw, context, date)

    def _context_country(self, raw: str, context: str | None) -> str | None:
        """The country of a context that describes the mention from outside ("German" for "Defense
        Minister"): only when the mention is not itself in the context (then the caller's own rules,
        the event's place first, decide) and the context names one country."""
        if not context or norm(raw) in norm(context):
            return None
        words = norm(context).split()
        found = set()
        for size in (3, 2, 1):
            for start in range(0, len(words) - size + 1):
                gram = " ".join(words[start:start + size])
                iso = self._is_country(gram, context) if gram in self.whole or gram in self.adjective \
                    or gram in self.people else None
                if iso is not None:
                    found.add(iso)
        return found.pop() if len(found) == 1 else None

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
        # Before the name, a title ends right at it ("Ukraine's foreign minister, Dmytro Kuleba");
        # "farmers blockaded The Hague" gives the place no title.
        def title_word(i: int) -> bool:
            return low[i] in self.roles or self._is_country(low[i], context) is not None
        j = pos - 1
        while j >= 0 and ctx_words[j][:1].isupper() and not title_word(j):
            j -= 1  # the rest of the name ("minister Dubem Oniya" for "Oniya")
        titled = j >= 0 and title_word(j)
        window = " ".join(ctx_words[max(0, pos - 8):pos]) if titled else ""
        # After the name, only an apposition describes it ("Dmytro Kuleba, Ukraine's foreign
        # minister"); "Rebels shot down a Russian drone" says what they did.
        named = re.search(rf"\b{re.escape(ctx_words[pos])}\b", context)
        apposition = named is not None and context[named.end():].lstrip()[:1] in (",", "(", "\u2014", "-")
        window_after = " ".join(ctx_words[pos + 1:pos + 8]) if apposition else ""
        for side in (window, window_after):
            code = self._compose_title(side, date)
            if code is not None:
                return ActorCode(raw, code.country, code.sector, f"title in context: '{side}'")
        return None

    def _compose_title(self, text: str, date: str | None) -> ActorCode | None:
        key = norm(text)
        words = key.split()
        country = None
        # the role nearest the name wins: in "police detained the blogger", the blogger's
        sector: tuple[int, str] | None = None  # (where the role ends, its sector)
        for size in (3, 2, 1):
            for start in range(0, len(words) - size + 1):
                gram = " ".join(words[start:start + size])
                if country is None and (gram in self.whole or gram in self.adjective) \
                        and (gram not in self.cased or self._is_country(gram, text)):
                    country = (self.whole.get(gram) or (None,))[0] or self.adjective.get(gram)
                if gram in self.roles and self.roles[gram][1] >= 2 and (sector is None or start + size > sector[0]):
                    sector = (start + size, self.roles[gram][0])
        if country and sector:
            return ActorCode(text, country, sector[1], "title")
        return None


def _strip(text: str) -> str:
    whole = text.strip()
    text = whole.strip("\"'“”‘’()[],.;:")
    if whole.endswith(".") and re.search(r"(?:^|\s)(?:[A-Za-z]\.)+[A-Za-z]$", text):
        text += "."  # "the U.S.", "U.N.": the last full stop belongs to the abbreviation
    text = re.sub(r"(['\u2019]s|['\u2019])$", "", text)
    words = text.split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words)


def _today() -> str:
    return dt.date.today().isoformat()


def _iso(date: str | None) -> str | None:
    if not date or not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", date.strip()):
        return None
    return date.strip()

