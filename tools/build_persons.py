"""Build parley/knowledge/persons.jsonl: named people with dated PLOVER roles.

Two sources, both turned into the same record shape

    {"name", "aliases", "roles": [{"country", "sector", "role", "start", "end"}], "wikidata", "source"}

1. The Phoenix/PETRARCH2 actor dictionaries (MIT licence), as converted to
   ../shared/data/knowledge/phoenix_actors.jsonl. Only entries that look like
   persons with dated codes are kept (see `phoenix_persons`). Their codes are
   CAMEO-style strings ("RUSGOV", "BRAGOVDEV", "IGOUNOKID"): the first three
   letters are the country, the next three the primary sector, an optional
   third triple a secondary role. The dictionaries were last maintained around
   2014-2016, so many open-ended roles are stale.
2. HAND below: 2015-2026 office holders and armed-group leaders written by hand.
   A hand entry replaces any Phoenix entry with the same name (or whose name is
   one of the hand entry's aliases); the Phoenix synonyms of the replaced entry
   are kept as aliases when the two share a country.

Deterministic, standard library only.
Run:  .venv/bin/python tools/build_persons.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "parley" / "knowledge" / "persons.jsonl"
COUNTRIES = ROOT / "parley" / "knowledge" / "countries.json"
PHOENIX = ROOT.parent / "shared" / "data" / "knowledge" / "phoenix_actors.jsonl"

NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
    "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
}
# Sectors whose holders become ELI (former officials) once the role ends.
OFFICE = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"}
ELI_ROLE = "Former office holder"
MIN_GAP_DAYS = 60  # shorter gaps between two offices are not filled with ELI

# --------------------------------------------------------------------------- Phoenix

# Old or non-ISO country prefixes used by Phoenix -> ISO 3166-1 alpha-3 (dependencies
# are folded into the controlling state, as PLOVER does). None = skip the code.
PHOENIX_COUNTRY = {
    "TMP": "TLS", "KSV": "XKX", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB",
    "SRP": "BIH", "BMU": "GBR", "AIA": "GBR", "CYM": "GBR", "GGY": "GBR", "VGB": "GBR", "FLK": "GBR",
    "IMY": "GBR", "GIB": "GBR", "MSR": "GBR", "SHN": "GBR", "PCN": "GBR", "ABW": "NLD", "ANT": "NLD",
    "COK": "NZL", "NIU": "NZL", "TKL": "NZL", "FRO": "DNK", "GRL": "DNK", "ASM": "USA", "GUM": "USA",
    "VIR": "USA", "PRI": "USA", "GUF": "FRA", "PYF": "FRA", "GLP": "FRA", "MTQ": "FRA", "NCL": "FRA",
    "FRN": "FRA", "GZA": "PSE", "ROM": "ROU", "ZAR": "COD",
    # East Germany, Czechoslovakia, Serbian Krajina, and the fictional Kinakuta (KNT) of
    # the PETRARCH test data.
    "DDR": None, "CSK": None, "KRJ": None, "KNT": None,
}

# Phoenix/CAMEO primary sector -> (PLOVER sector, role text).
PHOENIX_SECTOR = {
    "GOV": ("GOV", "Government official"),
    "MIL": ("MIL", "Military officer"),
    "REB": ("REB", "Rebel leader"),
    "INS": ("REB", "Insurgent leader"),
    "SEP": ("REB", "Separatist leader"),
    "OPP": ("OPP", "Opposition figure"),
    "SPY": ("SPY", "Intelligence official"),
    "COP": ("COP", "Police official"),
    "LEG": ("LEG", "Legislator"),
    "JUD": ("JUD", "Judicial official"),
    "PTY": ("PTY", "Party official"),
    "ELI": ("ELI", "Former official"),
    "EDU": ("EDU", "Education figure"),
    "REL": ("REL", "Religious figure"),
    "BUS": ("BUS", "Business figure"),
    "LAB": ("LAB", "Labour figure"),
    "MED": ("JRN", "Media figure"),  # CAMEO MED is media
    "HLH": ("MED", "Health figure"),
    "CVL": ("CVL", "Civilian"),
    "REF": ("REF", "Refugee"),
}

# Secondary triple under GOV (ministerial portfolio in CountryInfo.txt) -> role text.
PHOENIX_PORTFOLIO = {
    "MIL": "Government official (defence)",
    "JUD": "Government official (justice)",
    "BUS": "Government official (economy)",
    "DEV": "Government official (development)",
    "AGR": "Government official (agriculture)",
    "HLH": "Government official (health)",
    "MED": "Government official (information)",
    "EDU": "Government official (education)",
    "LAB": "Government official (labour)",
    "ENV": "Government official (environment)",
    "HRI": "Government official (human rights)",
    "REL": "Government official (religious affairs)",
    "COP": "Government official (interior)",
    "REF": "Government official (refugees)",
    "SPY": "Government official (intelligence)",
}

# Words that mark a Phoenix entry (outside CountryInfo.txt) as a place or an organisation.
ORG_WORDS = {
    "ARMY", "FORCE", "FORCES", "COUNCIL", "PARTY", "REPUBLIC", "MINISTRY", "GOVERNMENT", "ASSEMBLY",
    "AUTHORITY", "KURDISTAN", "STATE", "STATES", "KINGDOM", "ISLANDS", "UNION", "COMMITTEE", "FRONT",
    "MOVEMENT", "ORGANIZATION", "ORGANISATION", "AGENCY", "COURT", "PARLIAMENT", "CONGRESS", "POLICE",
    "BANK", "FUND", "COMMISSION", "OFFICE", "DEPARTMENT", "ADMINISTRATION", "REGIME", "PEOPLE",
    "PEOPLES", "PEOPLE'S", "NATIONAL", "ISLAMIC", "BRIGADE", "BRIGADES", "GROUP", "ALLIANCE",
    "FEDERATION", "SOCIETY", "ASSOCIATION", "INSTITUTE", "UNIVERSITY", "COMPANY", "CORPORATION",
    "VOLKSKAMMER", "LEIPZIG", "TERRITORY", "TERRITORIES", "REGION", "PROVINCE", "CITY", "OF", "THE", "AND",
}
# Synonyms carrying a title or naming an institution are not person aliases.
TITLE_WORDS = {
    "PRESIDENT", "PRESIDENT-ELECT", "PRIME", "PREMIER", "MINISTER", "MR", "MR.", "MRS", "MRS.", "MS", "MS.",
    "DR", "DR.", "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "SENATOR", "GOVERNMENT", "ADMINISTRATION",
    "REGIME", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "GEN", "GEN.", "COLONEL", "COL.", "KING", "QUEEN",
    "PRINCE", "PRINCESS", "LEADER", "CHAIRMAN", "FOREIGN", "DEFENCE", "DEFENSE", "SPEAKER", "GOVERNOR",
    "AMBASSADOR", "ENVOY", "FORMER", "EX", "EX-PRESIDENT", "PRESIDENTIAL", "CAMP", "FORCES", "SUPPORTERS",
    "FOLLOWERS", "LOYALISTS", "ARMY", "OF", "THE", "FAMILY", "SON", "WIFE", "SAYS", "MINISTRY", "OFFICE",
}
# Lower-cased inside names ("Bashar al-Assad", "Ursula von der Leyen").
PARTICLES = {
    "al", "el", "bin", "ibn", "bint", "ben", "de", "del", "della", "di", "da", "do", "dos", "das", "du",
    "van", "von", "der", "den", "la", "le", "y", "ul", "ud", "e", "ter", "ten",
}
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIV", "XV", "XVI"}

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST_KEPT = "1990-01-01"  # Phoenix roles that ended before this are dropped
ACTIVE_SINCE = "2000-01-01"  # Phoenix persons need a non-ELI role still running on or after this


def valid_date(value: str | None) -> str | None:
    """Return value if it is a real YYYY-MM-DD date, else None."""
    if value is None or not DATE_RE.match(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value


def days_between(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def _cap_word(word: str, first: bool) -> str:
    """Title-case one upper-case Phoenix token, keeping particles, initials and numerals sensible."""
    if word in ROMAN:
        return word
    parts = word.split("-")
    out = []
    for i, part in enumerate(parts):
        low = part.lower()
        if not low:
            out.append(part)
            continue
        if low in PARTICLES and not (first and i == 0):
            out.append(low)  # "BASHAR AL-ASSAD" -> "Bashar al-Assad"; a name-initial particle stays capitalised
            continue
        if low.startswith("mc") and len(low) > 2:
            out.append("Mc" + low[2:].capitalize())
        elif "'" in low:
            out.append("'".join(p.capitalize() for p in low.split("'")))
        else:
            out.append(low.capitalize())
    return "-".join(out)


def title_name(upper: str) -> str:
    words = upper.replace("_", " ").split()
    return " ".join(_cap_word(w, i == 0) for i, w in enumerate(words))


def _iso_countries() -> set[str]:
    data = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    return {c["iso3"] for c in data["countries"]}


def _clean_note(note: str | None) -> str:
    if not note:
        return ""
    note = note.split("#")[0].split("\t")[0].strip()
    if re.match(r"(?i)^(mleh|kkl|bk |converted|igorulers|countryinfo|un$|member|n\.d)", note):
        return ""
    return note


def convert_code(code: str, note: str | None, iso: set[str]) -> tuple[str, str, str] | None:
    """Phoenix code -> (country, sector, role text), or None when it cannot be mapped."""
    code = code.strip().upper()
    if len(code) < 6 or len(code) % 3:
        return None
    head, sec, rest = code[:3], code[3:6], code[6:]
    if head == "IGO":
        org = _clean_note(note)
        if "UNO" in code[3:]:
            country = "UNO"
        elif sec == "EUR" and "council of europe" not in org.lower():
            country = "EUR"
        else:
            country = "IGO"
        if org.lower().startswith("president of the coeu"):
            return country, "GOV", "President of the Council of the EU"
        if org:
            return country, "GOV", f"{org} official"[:80]
        return country, "GOV", {"UNO": "UN official", "EUR": "EU official"}.get(country, "IGO official")
    if head == "NGO":
        sector = "MED" if "HLH" in code[3:] else "SOC"
        return "NGO", sector, "NGO official"
    if head in {"MNC", "IMG", "ELI"} or head.startswith("-"):
        return None
    country = PHOENIX_COUNTRY.get(head, head)
    if country is None or country not in iso:
        return None
    if sec not in PHOENIX_SECTOR:
        # "GBRVGBGOV": a dependency with a sector after it.
        if rest[:3] in PHOENIX_SECTOR and sec in PHOENIX_COUNTRY:
            sec, rest = rest[:3], rest[3:]
        else:
            return None
    sector, role = PHOENIX_SECTOR[sec]
    second = rest[:3]
    if sec == "GOV" and second == "LEG":
        return country, "LEG", "Legislator"
    if sec == "GOV" and second in PHOENIX_PORTFOLIO:
        role = PHOENIX_PORTFOLIO[second]
    return country, sector, role


def _alias_ok(syn: str, name_upper: str) -> bool:
    words = syn.replace("_", " ").split()
    if syn == name_upper or any(w in TITLE_WORDS for w in words):
        return False
    core = [w for w in words if w.lower() not in PARTICLES]
    return len(core) >= 2 and not any(w in ORG_WORDS for w in words)


def _is_person_name(name: str, countryinfo: bool) -> bool:
    words = name.split()
    if countryinfo:
        return 2 <= len(words) <= 6
    return 2 <= len(words) <= 4 and not any(w in ORG_WORDS for w in words)


def _resolve_undated(dated: list[dict], undated: list[dict]) -> list[dict]:
    """Phoenix undated codes are defaults for dates no dated code covers. Keep them only as
    'from the end of the last dated role' when every dated role has ended."""
    if not dated or any(r["end"] is None for r in dated):
        return []
    last_end = max(r["end"] for r in dated)
    if any(r["sector"] != "ELI" for r in undated):
        undated = [r for r in undated if r["sector"] != "ELI"]  # a real default beats "elite"
    out = []
    for r in undated:
        out.append({**r, "start": last_end, "end": None})
    return out


def _drop_stale_duplicates(roles: list[dict]) -> list[dict]:
    """Drop an open-ended role when a closed role of the same country and sector starts within a
    year of it: CountryInfo often lists one office twice, once with and once without an end."""
    keep = []
    for r in roles:
        if r["end"] is None and r["start"] is not None:
            twin = any(
                s is not r
                and s["end"] is not None
                and s["start"] is not None
                and s["country"] == r["country"]
                and s["sector"] == r["sector"]
                and abs(days_between(r["start"], s["start"])) <= 366
                for s in roles
            )
            if twin:
                continue
        keep.append(r)
    return keep


def _drop_pre_office_elite(roles: list[dict]) -> list[dict]:
    """CountryInfo.txt codes a politician's pre-office years as ELI ("RUSELI 1970-01-01..1999-08-09").
    PLOVER's ELI means *former* officials, so ELI roles that end before the first office starts go."""
    starts = [r["start"] for r in roles if r["sector"] != "ELI" and r["start"]]
    if not starts:
        return roles
    first = min(starts)
    return [r for r in roles if not (r["sector"] == "ELI" and r["end"] is not None and r["end"] <= first)]


def phoenix_persons(path: Path, iso: set[str]) -> dict[str, dict]:
    """Phoenix entries that look like persons, keyed by lower-cased canonical name."""
    people: dict[str, dict] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            entry = json.loads(line)
            dictionary = entry.get("dictionary") or ""
            if dictionary.endswith("MilNonState.actors"):
                continue  # undated; armed-group people are covered by HAND
            name_upper = " ".join(entry["name"].replace("_", " ").split()).upper()
            countryinfo = (entry.get("note") or "").lower().startswith("countryinfo")
            if dictionary.endswith("International.actors"):
                if not any(c["code"].startswith("IGO") and (c["start"] or c["end"]) for c in entry["codes"]):
                    continue
                if not 2 <= len(name_upper.split()) <= 6:
                    continue
            elif not _is_person_name(name_upper, countryinfo):
                continue
            dated: list[dict] = []
            undated: list[dict] = []
            for c in entry["codes"]:
                conv = convert_code(c["code"], entry.get("note"), iso)
                if conv is None:
                    continue
                start, end = valid_date(c.get("start")), valid_date(c.get("end"))
                if start and end and end < start:
                    continue
                role = {"country": conv[0], "sector": conv[1], "role": conv[2], "start": start, "end": end}
                (dated if (start or end) else undated).append(role)
            if not dated:
                continue
            roles = _drop_stale_duplicates(dated) + _resolve_undated(dated, undated)
            roles = [r for r in _drop_pre_office_elite(roles) if r["end"] is None or r["end"] >= EARLIEST_KEPT]
            if not any(r["sector"] != "ELI" and (r["end"] is None or r["end"] >= ACTIVE_SINCE) for r in roles):
                continue
            name = title_name(name_upper)
            aliases = [title_name(s) for s in entry.get("synonyms") or [] if _alias_ok(s.upper(), name_upper)]
            key = name.lower()
            if key in people:  # same name listed twice (or two namesakes): merge
                people[key]["roles"].extend(roles)
                people[key]["aliases"].extend(aliases)
            else:
                people[key] = {"name": name, "aliases": aliases, "roles": roles, "wikidata": None,
                               "source": "phoenix"}
    return people


# --------------------------------------------------------------------------- hand table
#
# Record format (one person per block):
#   Name | alias, alias, ... | flags
#     CTRY SECTOR START..END Role text
#     ...
# START/END are YYYY-MM-DD or empty (unknown / open). flags: a Wikidata id (Q...) and/or
# "dead" (no trailing ELI role is added after the last office). Office roles (GOV MIL LEG JUD
# SPY COP) that end are followed by an ELI "Former office holder" role automatically, and gaps
# of more than MIN_GAP_DAYS between offices are filled with ELI (see `add_eli`).

HAND = ""


def parse_hand(text: str, countries: set[str]) -> list[dict]:
    """Parse the HAND table; raise ValueError on any malformed line."""
    people: list[dict] = []
    cur: dict | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            fields = [f.strip() for f in line.split("|")]
            if len(fields) > 3 or not fields[0]:
                raise ValueError(f"HAND line {n}: bad header {line!r}")
            aliases = [a.strip() for a in fields[1].split(",")] if len(fields) > 1 and fields[1] else []
            flags = fields[2].split() if len(fields) > 2 else []
            wikidata = next((f for f in flags if re.fullmatch(r"Q\d+", f)), None)
            unknown = [f for f in flags if f != wikidata and f != "dead"]
            if unknown:
                raise ValueError(f"HAND line {n}: unknown flags {unknown}")
            cur = {"name": fields[0], "aliases": [a for a in aliases if a], "roles": [], "wikidata": wikidata,
                   "source": "hand", "dead": "dead" in flags}
            people.append(cur)
            continue
        if cur is None:
            raise ValueError(f"HAND line {n}: role before any name")
        m = re.fullmatch(r"\s+([A-Z]{3}) ([A-Z]{3}) (\S*)\.\.(\S*) (.+)", line)
        if not m:
            raise ValueError(f"HAND line {n}: bad role {line!r}")
        country, sector, start, end, role = m.groups()
        if country not in countries and country not in NON_STATE:
            raise ValueError(f"HAND line {n}: unknown country {country}")
        if sector not in SECTORS:
            raise ValueError(f"HAND line {n}: unknown sector {sector}")
        for d in (start, end):
            if d and valid_date(d) is None:
                raise ValueError(f"HAND line {n}: bad date {d!r}")
        if start and end and end < start:
            raise ValueError(f"HAND line {n}: end before start")
        cur["roles"].append({"country": country, "sector": sector, "role": role.strip(),
                             "start": start or None, "end": end or None})
    for p in people:
        if not p["roles"]:
            raise ValueError(f"HAND: {p['name']} has no roles")
    return people


def _role_key(r: dict) -> tuple:
    return (r["start"] or "", r["end"] or "9999", r["country"], r["sector"], r["role"])


def add_eli(person: dict) -> None:
    """Add ELI roles for the time between and after offices (PLOVER: former officials are ELI)."""
    roles = sorted(person["roles"], key=_role_key)
    home = next((r["country"] for r in roles if r["country"] not in NON_STATE), None)
    extra: list[dict] = []
    covered_until: str | None = None  # latest end seen so far; None = nothing yet
    last_office: dict | None = None
    open_ended = False
    for r in roles:
        if r["end"] is None:
            open_ended = True
        if (covered_until and r["start"] and last_office is not None
                and days_between(covered_until, r["start"]) > MIN_GAP_DAYS and not open_ended_before(roles, r)):
            extra.append(_eli(last_office, home, covered_until, r["start"]))
        if r["end"] is not None and (covered_until is None or r["end"] > covered_until):
            covered_until = r["end"]
            last_office = r if r["sector"] in OFFICE else None
        elif r["end"] is not None and covered_until == r["end"] and r["sector"] in OFFICE:
            last_office = r
    if not open_ended and not person.get("dead") and covered_until and last_office is not None:
        extra.append(_eli(last_office, home, covered_until, None))
    person["roles"] = sorted(roles + extra, key=_role_key)


def open_ended_before(roles: list[dict], r: dict) -> bool:
    """True when an open-ended role starting before r already covers the gap before r."""
    return any(s is not r and s["end"] is None and (s["start"] or "") <= (r["start"] or "") for s in roles)


def _eli(prev: dict, home: str | None, start: str, end: str | None) -> dict:
    country = prev["country"] if prev["country"] not in NON_STATE else (home or prev["country"])
    return {"country": country, "sector": "ELI", "role": ELI_ROLE, "start": start, "end": end}


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("ı", "i").replace("ł", "l")


def _dedupe_aliases(name: str, aliases: list[str]) -> list[str]:
    seen = {name.casefold()}
    out = []
    for a in aliases:
        a = " ".join(a.split())
        if a and a.casefold() not in seen:
            seen.add(a.casefold())
            out.append(a)
    return out


def _dedupe_roles(roles: list[dict]) -> list[dict]:
    seen = set()
    out = []
    for r in sorted(roles, key=_role_key):
        key = (r["country"], r["sector"], r["role"], r["start"], r["end"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def build() -> list[dict]:
    iso = _iso_countries()
    hand = parse_hand(HAND, iso)
    names = [p["name"].casefold() for p in hand]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"HAND: duplicate names {dupes}")
    phoenix = phoenix_persons(PHOENIX, iso)

    claimed: set[str] = set()
    for p in hand:
        folded = [ascii_fold(x) for x in [p["name"], *p["aliases"]]]
        keys = {x.casefold() for x in [p["name"], *p["aliases"], *folded]}
        countries = {r["country"] for r in p["roles"]}
        extra: list[str] = []
        for key in sorted(keys):
            old = phoenix.pop(key, None)
            if old is None:
                continue
            if countries & {r["country"] for r in old["roles"]}:
                extra += [old["name"], *old["aliases"]]
        p["aliases"] = _dedupe_aliases(p["name"], p["aliases"] + folded + extra)
        claimed |= {x.casefold() for x in [p["name"], *p["aliases"]]}
        add_eli(p)
        p["roles"] = _dedupe_roles(p["roles"])
        p.pop("dead", None)

    rest = []
    for p in phoenix.values():
        p["aliases"] = [a for a in _dedupe_aliases(p["name"], p["aliases"]) if a.casefold() not in claimed]
        p["roles"] = _dedupe_roles(p["roles"])
        rest.append(p)
    hand.sort(key=lambda p: p["name"].casefold())
    rest.sort(key=lambda p: p["name"].casefold())
    return hand + rest


def main() -> int:
    people = build()
    keys = ("name", "aliases", "roles", "wikidata", "source")
    lines = [json.dumps({k: p[k] for k in keys}, ensure_ascii=False, separators=(",", ":")) for p in people]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_hand = sum(p["source"] == "hand" for p in people)
    size = OUT.stat().st_size
    print(f"wrote {OUT.relative_to(ROOT)}: {len(people)} persons ({n_hand} hand, {len(people) - n_hand} phoenix), "
          f"{sum(len(p['roles']) for p in people)} roles, {size / 1e6:.2f} MB")
    if size > 4_000_000:
        print("warning: persons.jsonl is over 4 MB", file=sys.stderr)
    return 0
