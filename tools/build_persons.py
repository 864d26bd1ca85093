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
# Heads of state and government, foreign and defence ministers 2018-2026, by country (hand-written,
# same format as HAND); merged into HAND below.
OFFICE_HOLDERS = Path(__file__).resolve().with_name("office_holders_2018_2026.txt")

NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
    "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
}
# Sectors whose holders become ELI (former officials) once the role ends.
OFFICE = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"}
ELI_ROLE = "Former office holder"
MIN_GAP_DAYS = 60  # shorter gaps between two offices are not filled
FLAGS = {"dead", "mp"}

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
    "JAISH", "JAYSH", "KATAIB", "LIWA", "HARAKAT", "ANSAR", "SARAYA", "HIZB", "JAMAAT", "TANZIM", "BATTALION",
    "DIVISION", "MILITIA",
}
# Synonyms carrying a title or naming an institution are not person aliases.
TITLE_WORDS = {
    "PRESIDENT", "PRESIDENT-ELECT", "PRIME", "PREMIER", "MINISTER", "MR", "MR.", "MRS", "MRS.", "MS", "MS.",
    "DR", "DR.", "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "SENATOR", "GOVERNMENT", "ADMINISTRATION",
    "REGIME", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "GEN", "GEN.", "COLONEL", "COL.", "KING", "QUEEN",
    "PRINCE", "PRINCESS", "LEADER", "CHAIRMAN", "FOREIGN", "DEFENCE", "DEFENSE", "SPEAKER", "GOVERNOR",
    "AMBASSADOR", "ENVOY", "FORMER", "EX", "EX-PRESIDENT", "PRESIDENTIAL", "CAMP", "FORCES", "SUPPORTERS",
    "FOLLOWERS", "LOYALISTS", "ARMY", "OF", "THE", "FAMILY", "SON", "WIFE", "SAYS", "MINISTRY", "OFFICE",
    "VICE", "VICE-PRESIDENT", "DEPUTY", "SPOKESMAN", "SPOKESWOMAN",
}
# Lower-cased inside names ("Bashar al-Assad", "Ursula von der Leyen").
PARTICLES = {
    "al", "el", "bin", "ibn", "bint", "ben", "de", "del", "della", "di", "da", "do", "dos", "das", "du",
    "van", "von", "der", "den", "la", "le", "y", "ul", "ud", "e", "ter", "ten",
}
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIV", "XV", "XVI"}

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST_KEPT = "1970-01-01"  # Phoenix roles that ended before this are dropped
# Phoenix persons need a non-ELI role still running on or after ACTIVE_SINCE: CAMEO-era wire copy
# (1980s-1990s) names Reagan, Mitterrand and Kohl, and the dated roles keep them from coding as
# office holders today (afterwards they are their country's ELI).
ACTIVE_SINCE = "1975-01-01"


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
            # "O'BRIEN" -> "O'Brien", but "SHA'BI" -> "Sha'bi"
            head, _, tail = low.partition("'")
            out.append(head.capitalize() + "'" + (tail.capitalize() if len(head) == 1 else tail))
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


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(text).casefold())


def norm_key(text: str) -> str:
    """Matching key: case, accents, hyphens, dots and apostrophes do not count."""
    return " ".join(re.sub(r"[\s\-.'’]+", " ", ascii_fold(text).casefold()).split())


def _alias_ok(syn: str, name_upper: str) -> bool:
    words = syn.replace("_", " ").split()
    if syn == name_upper or any(w in TITLE_WORDS or w.split("-")[0] in TITLE_WORDS for w in words):
        return False
    if _letters(syn) == _letters(name_upper):
        return False  # spacing/punctuation variant ("PAUL KAGA ME" for "PAUL KAGAME")
    core = [w for w in words if w.lower() not in PARTICLES]
    return len(core) >= 2 and not any(w in ORG_WORDS for w in words)


def _is_person_name(name: str, countryinfo: bool) -> bool:
    words = name.split()
    if countryinfo:
        return 2 <= len(words) <= 6
    return 2 <= len(words) <= 4 and not any(w in ORG_WORDS for w in words)


def _resolve_undated(dated: list[dict], undated: list[dict]) -> list[dict]:
    """Phoenix undated codes are defaults for dates no dated code covers. Keep them only as
    'from the end of the last dated role' when every dated role has ended ("EGYGOV" for Sisi
    after his dated defence-minister code)."""
    if not dated or any(r["end"] is None for r in dated):
        return []
    last_end = max(r["end"] for r in dated)
    if any(r["sector"] != "ELI" for r in undated):
        undated = [r for r in undated if r["sector"] != "ELI"]  # a real default beats "former official"
    return [{**r, "start": last_end, "end": None} for r in undated]


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
    """Phoenix entries that look like persons, keyed by norm_key(canonical name)."""
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
            key = norm_key(name)
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
#     + more aliases, when the header line would be too long
#     CTRY SECTOR START..END Role text
#     ...
# START/END are YYYY-MM-DD or empty (unknown / open); an end date is the day the office passed to
# the successor. Flags: a Wikidata id (Q...), "dead" (no ELI role after the last office) and "mp"
# (a parliamentarian between and after offices). add_fillers() adds ELI "Former office holder"
# roles for gaps of more than MIN_GAP_DAYS between offices (GOV MIL LEG JUD SPY COP) and after
# the last one; for "mp" people those fillers are LEG "Member of parliament". A gap filler takes
# the country of the next office (else the previous one); the trailing one the first state the
# person served. People who only served UN/EU/IGO bodies get no filler. Family names that English
# text uses alone for surname-first (Chinese, Korean) names are listed as aliases ("Xi"), since the
# resolver's automatic surname is the last word. Hand entries are written out in HAND order, and
# the resolver breaks ties between namesakes who all hold a role on the date by file order, so
# leaders come before relatives and namesakes.

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
            if len(fields) == 2 and all(f in FLAGS or re.fullmatch(r"Q\d+", f) for f in fields[1].split()):
                fields = [fields[0], "", fields[1]]  # "Name | dead": flags without aliases
            aliases = [a.strip() for a in fields[1].split(",")] if len(fields) > 1 and fields[1] else []
            flags = fields[2].split() if len(fields) > 2 else []
            wikidata = next((f for f in flags if re.fullmatch(r"Q\d+", f)), None)
            unknown = [f for f in flags if f != wikidata and f not in FLAGS]
            if unknown:
                raise ValueError(f"HAND line {n}: unknown flags {unknown}")
            cur = {"name": fields[0], "aliases": [a for a in aliases if a], "roles": [], "wikidata": wikidata,
                   "source": "hand", "dead": "dead" in flags, "mp": "mp" in flags}
            people.append(cur)
            continue
        if cur is None:
            raise ValueError(f"HAND line {n}: role before any name")
        if line.lstrip().startswith("+ "):  # continuation of a long alias list
            cur["aliases"] += [a.strip() for a in line.lstrip()[2:].split(",") if a.strip()]
            continue
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


def add_fillers(person: dict) -> None:
    """Add ELI roles (PLOVER: former government officials) for the time between offices and after
    the last one, or LEG "Member of parliament" roles for people flagged "mp".

    The resolver would code a person outside all of their roles as ELI by itself, but explicit rows
    matter when no date is known: undated text is coded as of today, where only open-ended roles
    count, and a surname shared by several people only resolves to someone with a current role."""
    roles = sorted(person["roles"], key=_role_key)
    home = next((r["country"] for r in roles if r["country"] not in NON_STATE), None)
    mp = bool(person.get("mp"))
    extra: list[dict] = []
    covered_until: str | None = None  # latest end seen so far
    last_office: dict | None = None  # the role that ends at covered_until, when it is an office
    for r in roles:
        if (covered_until and r["start"] and last_office is not None
                and days_between(covered_until, r["start"]) > MIN_GAP_DAYS
                and not any(s is not r and s["end"] is None and (s["start"] or "") <= r["start"] for s in roles)):
            country = next((c for c in (r["country"], last_office["country"], home) if c not in NON_STATE), None)
            if country is not None:
                extra.append(_filler(country, mp, covered_until, r["start"]))
        if r["end"] is not None and (covered_until is None or r["end"] >= covered_until):
            if covered_until is None or r["end"] > covered_until or r["sector"] in OFFICE:
                last_office = r if r["sector"] in OFFICE else None
            covered_until = r["end"]
    if (all(r["end"] is not None for r in roles) and not person.get("dead") and covered_until
            and last_office is not None and home is not None):
        extra.append(_filler(home, mp, covered_until, None))
    person["roles"] = sorted(roles + extra, key=_role_key)


def _filler(country: str, mp: bool, start: str, end: str | None) -> dict:
    if mp:
        return {"country": country, "sector": "LEG", "role": "Member of parliament", "start": start, "end": end}
    return {"country": country, "sector": "ELI", "role": ELI_ROLE, "start": start, "end": end}


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("ı", "i").replace("ł", "l")


AL_PREFIX = re.compile(r"^(?:al|el|Al|El|AL|EL)-(?=\w)")


def particle_variants(alias: str) -> list[str]:
    """English text drops the Arabic article: "Bashar al-Assad" is "Assad", "al-Assad". The resolver
    takes a person's last word as surname and skips lower-case mentions, so add "Bashar Assad"
    (surname "Assad") and "al-Assad" (the lower-case surname as written)."""
    words = alias.split()
    if len(words) < 2 or not AL_PREFIX.match(words[-1]):
        return []
    last = words[-1]
    bare = AL_PREFIX.sub("", last)
    return [" ".join(words[:-1] + [bare]), last if last[:1].islower() else last[:2].lower() + last[2:]]


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


def merge_office_holders(hand: list[dict], extra: list[dict]) -> int:
    """Add the office-holder table's people to HAND; a person HAND already has (same name or alias,
    sharing a country) gets the table's roles and aliases added. Returns how many were new."""
    index: dict[str, dict] = {}
    for p in hand:
        for n in [p["name"], *p["aliases"]]:
            index.setdefault(norm_key(n), p)
    new = 0
    for e in extra:
        countries = {r["country"] for r in e["roles"]}
        old = next((index[k] for k in (norm_key(n) for n in [e["name"], *e["aliases"]])
                    if k in index and countries & {r["country"] for r in index[k]["roles"]}), None)
        if old is None:
            hand.append(e)
            new += 1
            for n in [e["name"], *e["aliases"]]:
                index.setdefault(norm_key(n), e)
            continue
        old["roles"] += e["roles"]
        old["aliases"] += [a for a in [e["name"], *e["aliases"]] if norm_key(a) != norm_key(old["name"])]
        old["dead"] = old["dead"] or e["dead"]
        old["mp"] = old["mp"] or e["mp"]
        old["wikidata"] = old["wikidata"] or e["wikidata"]
    return new


def _check_unique(people: list[dict], what: str) -> None:
    names = [p["name"].casefold() for p in people]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"{what}: duplicate names {dupes}")


def build() -> list[dict]:
    iso = _iso_countries()
    hand = parse_hand(HAND, iso)
    _check_unique(hand, "HAND")
    table = parse_hand(OFFICE_HOLDERS.read_text(encoding="utf-8"), iso)
    _check_unique(table, OFFICE_HOLDERS.name)
    merge_office_holders(hand, table)
    phoenix = phoenix_persons(PHOENIX, iso)

    claimed: set[str] = set()
    for p in hand:
        folded = [ascii_fold(x) for x in [p["name"], *p["aliases"]]]
        keys = {norm_key(x) for x in [p["name"], *p["aliases"]]}
        countries = {r["country"] for r in p["roles"]}
        extra: list[str] = []
        for key in sorted(keys):
            old = phoenix.pop(key, None)
            if old is None:
                continue
            if countries & {r["country"] for r in old["roles"]}:
                extra += [a for a in [old["name"], *old["aliases"]] if _letters(a) != _letters(p["name"])]
        variants = [v for x in [p["name"], *p["aliases"], *folded] for v in particle_variants(x)]
        p["aliases"] = _dedupe_aliases(p["name"], p["aliases"] + folded + extra + variants)
        claimed |= {norm_key(x) for x in [p["name"], *p["aliases"]]}
        add_fillers(p)
        p["roles"] = _dedupe_roles(p["roles"])
        p.pop("dead", None)
        p.pop("mp", None)

    rest = []
    for p in phoenix.values():
        p["aliases"] = [a for a in _dedupe_aliases(p["name"], p["aliases"]) if norm_key(a) not in claimed]
        p["roles"] = _dedupe_roles(p["roles"])
        rest.append(p)
    # Hand entries keep their HAND order (leaders before namesakes and relatives): the resolver
    # breaks ties between equally plausible namesakes by file order.
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
    if size > 5_000_000:
        print("warning: persons.jsonl is over 5 MB", file=sys.stderr)
    return 0

# ---- United Nations, EU, NATO and other international organisations
HAND += """
Ban Ki-moon | Ban Ki Moon, Ban Ki-Moon, Ban
  KOR GOV ..2007-01-01 Diplomat, Foreign Minister (2004-2006)
  UNO GOV 2007-01-01..2016-12-31 UN Secretary-General
António Guterres | Antonio Guterres, António Manuel de Oliveira Guterres
  PRT GOV 1995-10-28..2002-04-06 Prime Minister
  UNO GOV 2005-06-15..2015-12-31 UN High Commissioner for Refugees
  UNO GOV 2017-01-01.. UN Secretary-General
Amina J. Mohammed | Amina Mohammed, Amina Jane Mohammed
  UNO GOV 2017-02-28.. UN Deputy Secretary-General
Martin Griffiths
  UNO GOV ..2024-06-30 UN envoy for Yemen, then UN humanitarian chief
Tom Fletcher
  UNO GOV .. UN humanitarian chief (from 2024)
Volker Türk | Volker Turk
  UNO GOV 2022-10-17.. UN High Commissioner for Human Rights
Michelle Bachelet | Michelle Bachelet Jeria
  CHL GOV 2006-03-11..2010-03-11 President
  CHL GOV 2014-03-11..2018-03-11 President
  UNO GOV 2018-09-01..2022-08-31 UN High Commissioner for Human Rights
Filippo Grandi
  UNO GOV ..2015-12-31 UN official (UNRWA Commissioner-General 2010-2014)
  UNO GOV 2016-01-01..2025-12-31 UN High Commissioner for Refugees
Rafael Grossi | Rafael Mariano Grossi
  UNO GOV 2019-12-03.. IAEA Director General
Tedros Adhanom Ghebreyesus | Tedros Adhanom, Tedros Ghebreyesus
  UNO GOV 2017-07-01.. WHO Director-General
Philippe Lazzarini
  UNO GOV .. UNRWA Commissioner-General
Staffan de Mistura | de Mistura
  UNO GOV .. UN special envoy (Syria, Western Sahara)
Geir Pedersen | Geir O. Pedersen
  UNO GOV 2019-01-07.. UN special envoy for Syria
Hans Grundberg
  UNO GOV .. UN special envoy for Yemen
Tor Wennesland
  UNO GOV .. UN Middle East peace process coordinator
Ngozi Okonjo-Iweala | Ngozi Okonjo Iweala
  IGO GOV 2021-03-01.. WTO Director-General
Kristalina Georgieva
  IGO GOV 2019-10-01.. IMF Managing Director
Ahmed Aboul Gheit | Ahmed Abul Gheit, Ahmed Aboul-Gheit
  EGY GOV 2004-07-14..2011-03-06 Foreign Minister
  IGO GOV 2016-07-01.. Arab League Secretary-General
Moussa Faki Mahamat | Moussa Faki
  IGO GOV 2017-03-14.. African Union Commission Chairperson
Karim Khan | Karim Ahmad Khan, Karim A. A. Khan
  IGO JUD 2021-06-16.. ICC Prosecutor
Jean-Claude Juncker
  LUX GOV 1995-01-20..2013-12-04 Prime Minister
  EUR GOV 2014-11-01..2019-11-30 President of the European Commission
Ursula von der Leyen | Ursula Von der Leyen, Ursula von Der Leyen, von der Leyen
  DEU GOV 2013-12-17..2019-07-17 Defence Minister
  EUR GOV 2019-07-17..2019-12-01 President-elect of the European Commission
  EUR GOV 2019-12-01.. President of the European Commission
Donald Tusk
  POL GOV 2007-11-16..2014-09-22 Prime Minister
  EUR GOV 2014-12-01..2019-11-30 President of the European Council
  POL GOV 2023-12-13.. Prime Minister
Charles Michel
  BEL GOV 2014-10-11..2019-10-27 Prime Minister
  EUR GOV 2019-12-01..2024-11-30 President of the European Council
António Costa | Antonio Costa
  PRT GOV 2015-11-26..2024-04-02 Prime Minister
  EUR GOV 2024-12-01.. President of the European Council
Federica Mogherini
  ITA GOV 2014-02-22..2014-10-31 Foreign Minister
  EUR GOV 2014-11-01..2019-11-30 EU foreign policy chief
Josep Borrell | Josep Borrell Fontelles
  ESP GOV 2018-06-07..2019-11-29 Foreign Minister
  EUR GOV 2019-12-01..2024-11-30 EU foreign policy chief
Kaja Kallas
  EST GOV 2021-01-26..2024-07-23 Prime Minister
  EUR GOV 2024-12-01.. EU foreign policy chief
Roberta Metsola
  EUR LEG 2022-01-18.. President of the European Parliament
Maroš Šefčovič | Maros Sefcovic
  EUR GOV .. European Commissioner
Jens Stoltenberg
  NOR GOV 2005-10-17..2013-10-16 Prime Minister
  IGO GOV 2014-10-01..2024-10-01 NATO Secretary-General
  NOR GOV 2025-02-04.. Finance Minister
Mark Rutte
  NLD GOV 2010-10-14..2024-07-02 Prime Minister
  IGO GOV 2024-10-01.. NATO Secretary-General
Anders Fogh Rasmussen
  DNK GOV 2001-11-27..2009-04-05 Prime Minister
  IGO GOV 2009-08-01..2014-09-30 NATO Secretary-General
Mario Draghi
  EUR GOV 2011-11-01..2019-10-31 President of the European Central Bank
  ITA GOV 2021-02-13..2022-10-22 Prime Minister
Christine Lagarde
  IGO GOV 2011-07-05..2019-09-12 IMF Managing Director
  EUR GOV 2019-11-01.. President of the European Central Bank
"""

# ---- United States
HAND += """
Barack Obama | Barack Hussein Obama, Barack H. Obama | Q76
  USA LEG 2005-01-03..2008-11-16 Senator
  USA GOV 2009-01-20..2017-01-20 President
Donald Trump | Donald J. Trump, Donald John Trump | Q22686
  USA GOV 2017-01-20..2021-01-20 President
  USA GOV 2025-01-20.. President
Joe Biden | Joseph Biden, Joseph R. Biden, Joseph R. Biden Jr., Joe Biden Jr., Joseph Robinette Biden | Q6279
  USA LEG 1973-01-03..2009-01-15 Senator
  USA GOV 2009-01-20..2017-01-20 Vice President
  USA GOV 2021-01-20..2025-01-20 President
Kamala Harris | Kamala D. Harris, Kamala Devi Harris | Q10853588
  USA LEG 2017-01-03..2021-01-18 Senator
  USA GOV 2021-01-20..2025-01-20 Vice President
Mike Pence | Michael Pence, Michael R. Pence | Q24313
  USA GOV 2013-01-14..2017-01-09 Governor of Indiana
  USA GOV 2017-01-20..2021-01-20 Vice President
JD Vance | J.D. Vance, J. D. Vance, James David Vance
  USA LEG 2023-01-03..2025-01-10 Senator
  USA GOV 2025-01-20.. Vice President
Hillary Clinton | Hillary Rodham Clinton | Q6294
  USA GOV 2009-01-21..2013-02-01 Secretary of State
John Kerry | John F. Kerry
  USA LEG 1985-01-02..2013-02-01 Senator
  USA GOV 2013-02-01..2017-01-20 Secretary of State
  USA GOV 2021-01-20..2024-03-06 Special Presidential Envoy for Climate
Rex Tillerson | Rex W. Tillerson
  USA GOV 2017-02-01..2018-03-31 Secretary of State
Mike Pompeo | Michael Pompeo, Michael R. Pompeo
  USA SPY 2017-01-23..2018-04-26 CIA Director
  USA GOV 2018-04-26..2021-01-20 Secretary of State
Antony Blinken | Tony Blinken, Antony J. Blinken
  USA GOV 2015-01-09..2017-01-20 Deputy Secretary of State
  USA GOV 2021-01-26..2025-01-20 Secretary of State
Marco Rubio | Marco Antonio Rubio
  USA LEG 2011-01-03..2025-01-20 Senator
  USA GOV 2025-01-21.. Secretary of State
Ash Carter | Ashton Carter
  USA GOV 2015-02-17..2017-01-20 Secretary of Defense
Jim Mattis | James Mattis, James N. Mattis
  USA MIL ..2013-03-22 General, CENTCOM commander
  USA GOV 2017-01-20..2019-01-01 Secretary of Defense
Patrick Shanahan | Patrick M. Shanahan
  USA GOV 2017-07-19..2019-06-23 Deputy and acting Secretary of Defense
Mark Esper | Mark T. Esper
  USA GOV 2017-11-20..2019-07-23 Secretary of the Army
  USA GOV 2019-07-23..2020-11-09 Secretary of Defense
Christopher Miller | Christopher C. Miller
  USA GOV 2020-11-09..2021-01-20 Acting Secretary of Defense
Lloyd Austin | Lloyd J. Austin, Lloyd J. Austin III, Lloyd Austin III
  USA MIL ..2016-04-05 General, CENTCOM commander
  USA GOV 2021-01-22..2025-01-20 Secretary of Defense
Pete Hegseth | Peter Hegseth, Peter Brian Hegseth
  USA GOV 2025-01-25.. Secretary of Defense (Secretary of War)
Jake Sullivan | Jacob Sullivan
  USA GOV 2021-01-20..2025-01-20 National Security Adviser
John Bolton | John R. Bolton
  USA GOV 2018-04-09..2019-09-10 National Security Adviser
H.R. McMaster | H. R. McMaster, Herbert Raymond McMaster
  USA GOV 2017-02-20..2018-04-09 National Security Adviser
Robert O'Brien | Robert C. O'Brien
  USA GOV 2019-09-18..2021-01-20 National Security Adviser
Michael Flynn | Michael T. Flynn, Mike Flynn
  USA GOV 2017-01-20..2017-02-13 National Security Adviser
Susan Rice | Susan E. Rice
  USA GOV 2009-01-22..2017-01-20 UN Ambassador, then National Security Adviser
  USA GOV 2021-01-20..2023-05-26 Domestic Policy Adviser
Mike Waltz | Michael Waltz
  USA LEG 2019-01-03..2025-01-20 Representative
  USA GOV 2025-01-20..2025-05-01 National Security Adviser
  USA GOV 2025-09-19.. Ambassador to the UN
Nikki Haley | Nimrata Haley
  USA GOV 2011-01-12..2017-01-24 Governor of South Carolina
  USA GOV 2017-01-27..2018-12-31 Ambassador to the UN
Linda Thomas-Greenfield | Linda Thomas Greenfield
  USA GOV 2021-02-25..2025-01-20 Ambassador to the UN
William Burns | William J. Burns, Bill Burns
  USA SPY 2021-03-19..2025-01-20 CIA Director
Gina Haspel
  USA SPY ..2021-01-20 CIA officer, CIA Director 2018-2021
John Ratcliffe | John L. Ratcliffe
  USA SPY 2020-05-26..2021-01-20 Director of National Intelligence
  USA SPY 2025-01-23.. CIA Director
Tulsi Gabbard
  USA LEG 2013-01-03..2021-01-03 Representative
  USA SPY 2025-02-12.. Director of National Intelligence
Kash Patel | Kashyap Patel
  USA COP 2025-02-21.. FBI Director
Kristi Noem
  USA GOV 2019-01-05..2025-01-25 Governor of South Dakota
  USA GOV 2025-01-25.. Secretary of Homeland Security
Scott Bessent
  USA GOV 2025-01-28.. Treasury Secretary
Howard Lutnick
  USA GOV 2025-02-21.. Commerce Secretary
Steve Witkoff | Steven Witkoff, Steven Charles Witkoff
  USA GOV 2025-01-20.. Special Envoy to the Middle East
Keith Kellogg | Keith Kellogg Jr.
  USA GOV 2025-01-20.. Special Envoy for Ukraine
Jared Kushner | Jared Corey Kushner
  USA GOV 2017-01-20..2021-01-20 Senior Adviser to the President
Tom Barrack | Thomas Barrack, Thomas J. Barrack
  USA GOV .. Ambassador to Turkey and Special Envoy for Syria (2025-)
Karoline Leavitt
  USA GOV 2025-01-20.. White House Press Secretary
Mark Milley | Mark A. Milley
  USA MIL ..2023-09-30 Chairman of the Joint Chiefs of Staff (2019-2023)
Joseph Dunford | Joseph F. Dunford, Joseph Dunford Jr.
  USA MIL ..2019-09-30 Chairman of the Joint Chiefs of Staff (2015-2019)
Charles Q. Brown | Charles Q. Brown Jr., CQ Brown
  USA MIL ..2025-02-21 Chairman of the Joint Chiefs of Staff (2023-2025)
Dan Caine | John Daniel Caine, Dan Razin Caine
  USA MIL .. Chairman of the Joint Chiefs of Staff (2025-)
Michael Kurilla | Michael Erik Kurilla, Erik Kurilla
  USA MIL .. CENTCOM commander (2022-2025)
Kenneth McKenzie | Kenneth F. McKenzie, Frank McKenzie
  USA MIL .. CENTCOM commander (2019-2022)
Nancy Pelosi
  USA LEG .. Representative, Speaker of the House (2007-2011, 2019-2023)
Kevin McCarthy
  USA LEG 2007-01-03..2023-12-31 Representative, Speaker of the House (2023)
Chuck Schumer | Charles Schumer, Charles E. Schumer
  USA LEG .. Senator
Mitch McConnell | Addison Mitchell McConnell
  USA LEG .. Senator
Lindsey Graham | Lindsey O. Graham
  USA LEG .. Senator
John Thune
  USA LEG .. Senator, Senate Majority Leader (2025-)
Elon Musk
  USA BUS .. Businessman (head of DOGE in 2025)
"""

# ---- Russia, Belarus, Ukraine
HAND += """
Vladimir Putin | Vladimir Vladimirovich Putin, Vladimir V. Putin, Wladimir Putin | Q7747
  RUS SPY 1998-07-25..1999-08-09 FSB Director
  RUS GOV 1999-08-09..1999-12-31 Prime Minister
  RUS GOV 1999-12-31..2008-05-07 President
  RUS GOV 2008-05-08..2012-05-07 Prime Minister
  RUS GOV 2012-05-07.. President
Dmitry Medvedev | Dmitri Medvedev, Dmitriy Medvedev, Dmitry Anatolyevich Medvedev
  RUS GOV 2008-05-07..2012-05-07 President
  RUS GOV 2012-05-08..2020-01-16 Prime Minister
  RUS GOV 2020-01-16.. Deputy Chairman of the Security Council
Mikhail Mishustin | Mikhail Vladimirovich Mishustin
  RUS GOV 2020-01-16.. Prime Minister
Sergei Lavrov | Sergey Lavrov, Sergei Viktorovich Lavrov, Sergey Viktorovich Lavrov
  RUS GOV 2004-03-09.. Foreign Minister
Sergei Shoigu | Sergey Shoigu, Sergei Shoygu, Sergey Shoygu, Sergei Kuzhugetovich Shoigu
  RUS GOV ..2012-11-06 Emergencies Minister, Governor of Moscow Oblast
  RUS GOV 2012-11-06..2024-05-12 Defence Minister
  RUS GOV 2024-05-12.. Secretary of the Security Council
Andrei Belousov | Andrey Belousov, Andrei Removich Belousov
  RUS GOV 2020-01-21..2024-05-14 First Deputy Prime Minister
  RUS GOV 2024-05-14.. Defence Minister
Valery Gerasimov | Valeriy Gerasimov, Valery Vasilyevich Gerasimov
  RUS MIL .. Chief of the General Staff (2012-)
Sergei Surovikin | Sergey Surovikin
  RUS MIL .. General, commander in Ukraine (2022-2023)
Dmitry Peskov | Dmitri Peskov, Dmitriy Peskov, Dmitry Sergeyevich Peskov
  RUS GOV .. Kremlin spokesman
Maria Zakharova | Mariya Zakharova, Maria Vladimirovna Zakharova
  RUS GOV .. Foreign Ministry spokeswoman
Yuri Ushakov | Yury Ushakov, Yuriy Ushakov
  RUS GOV .. Kremlin foreign policy aide
Vladimir Medinsky | Vladimir Rostislavovich Medinsky
  RUS GOV .. Presidential aide, head of Russia's delegation to talks with Ukraine
Kirill Dmitriev | Kirill Dmitriyev
  RUS GOV .. Head of the Russian Direct Investment Fund, special envoy
Sergei Ryabkov | Sergey Ryabkov
  RUS GOV .. Deputy Foreign Minister
Vassily Nebenzia | Vasily Nebenzya, Vassily Nebenzya, Vasily Nebenzia
  RUS GOV .. Ambassador to the UN
Nikolai Patrushev | Nikolay Patrushev
  RUS SPY 1999-08-09..2008-05-12 FSB Director
  RUS GOV 2008-05-12..2024-05-14 Secretary of the Security Council
  RUS GOV 2024-05-14.. Presidential aide
Sergei Naryshkin | Sergey Naryshkin
  RUS LEG 2011-12-21..2016-10-05 Speaker of the State Duma
  RUS SPY 2016-10-05.. SVR Director
Alexander Bortnikov | Aleksandr Bortnikov
  RUS SPY 2008-05-12.. FSB Director
Vyacheslav Volodin
  RUS LEG 2016-10-05.. Speaker of the State Duma
Valentina Matviyenko | Valentina Matvienko
  RUS LEG 2011-09-21.. Chair of the Federation Council
Ramzan Kadyrov | Ramzan Akhmadovich Kadyrov
  RUS GOV 2007-02-15.. Head of the Chechen Republic
Yevgeny Prigozhin | Evgeny Prigozhin, Yevgeniy Prigozhin, Yevgeny Viktorovich Prigozhin, Evgeniy Prigozhin | dead
  RUS MIL ..2023-08-23 Wagner Group founder
Dmitry Utkin | Dmitri Utkin | dead
  RUS MIL ..2023-08-23 Wagner Group commander
Alexei Navalny | Alexey Navalny, Aleksei Navalny, Alexei Anatolievich Navalny | dead
  RUS OPP ..2024-02-16 Opposition leader
Yulia Navalnaya | Yulia Navalnaia
  RUS OPP 2024-02-16.. Opposition leader
Patriarch Kirill | Kirill of Moscow, Patriarch Kirill of Moscow
  RUS REL 2009-02-01.. Patriarch of Moscow
Alexander Lukashenko | Alyaksandr Lukashenka, Aleksandr Lukashenko, Aliaksandr Lukashenka, Alexander Lukashenka
  BLR GOV 1994-07-20.. President
Sviatlana Tsikhanouskaya | Svetlana Tikhanovskaya, Svetlana Tsikhanovskaya, Sviatlana Tikhanovskaya
  BLR OPP .. Opposition leader
Vladimir Makei | Uladzimir Makei, Vladimir Makey | dead
  BLR GOV 2012-08-20..2022-11-26 Foreign Minister
Viktor Khrenin | Viktar Khrenin
  BLR GOV 2020-01-20.. Defence Minister
Volodymyr Zelensky | Zelenskiy, Zelenskyy, Volodymyr Zelenskyy, Volodymyr Zelenskiy, Vladimir Zelensky, Volodymyr Oleksandrovych Zelensky | Q3874799
  UKR GOV 2019-05-20.. President
Petro Poroshenko | Petro Oleksiyovych Poroshenko, Pyotr Poroshenko
  UKR GOV 2014-06-07..2019-05-20 President
  UKR LEG 2019-08-29.. Member of parliament (opposition)
Viktor Yanukovych | Viktor Yanukovich, Viktor Ianukovych
  UKR GOV 2010-02-25..2014-02-22 President
Dmytro Kuleba | Dmitry Kuleba, Dmitro Kuleba, Dmytro Ivanovych Kuleba
  UKR GOV 2019-08-29..2020-03-04 Deputy Prime Minister for European integration
  UKR GOV 2020-03-04..2024-09-05 Foreign Minister
Andrii Sybiha | Andriy Sybiha, Andrij Sybiha, Andrii Sybiga, Andriy Sybiga
  UKR GOV ..2024-09-05 Diplomat, deputy head of the Presidential Office, First Deputy Foreign Minister
  UKR GOV 2024-09-05.. Foreign Minister
Pavlo Klimkin
  UKR GOV 2014-06-19..2019-08-29 Foreign Minister
Vadym Prystaiko | Vadim Prystaiko
  UKR GOV 2019-08-29..2020-03-04 Foreign Minister
Arseniy Yatsenyuk | Arseny Yatsenyuk, Arsenii Yatseniuk
  UKR GOV 2014-02-27..2016-04-14 Prime Minister
Volodymyr Groysman | Volodymyr Hroisman
  UKR GOV 2016-04-14..2019-08-29 Prime Minister
Denys Shmyhal | Denis Shmygal, Denys Shmygal
  UKR GOV 2020-03-04..2025-07-17 Prime Minister
  UKR GOV 2025-07-17..2026-01-13 Defence Minister
  UKR GOV 2026-01-14.. First Deputy Prime Minister, Energy Minister
Yulia Svyrydenko | Yuliia Svyrydenko
  UKR GOV ..2025-07-17 First Deputy Prime Minister, Economy Minister
  UKR GOV 2025-07-17.. Prime Minister
Oleksii Reznikov | Oleksiy Reznikov, Alexei Reznikov
  UKR GOV 2020-03-04..2021-11-04 Minister for Reintegration of Occupied Territories
  UKR GOV 2021-11-04..2023-09-05 Defence Minister
Rustem Umerov | Rustem Umyerov
  UKR GOV 2023-09-06..2025-07-17 Defence Minister
  UKR GOV 2025-07-17.. Secretary of the National Security and Defence Council
Andriy Yermak | Andrii Yermak, Andrey Yermak
  UKR GOV 2020-02-11..2025-11-28 Head of the Presidential Office
Mykhailo Podolyak | Mykhailo Podoliak, Mikhail Podolyak
  UKR GOV .. Adviser to the Head of the Presidential Office
Mykhailo Fedorov | Mykhailo Fedorov
  UKR GOV 2019-08-29..2026-01-13 Minister of Digital Transformation
  UKR GOV 2026-01-14.. Defence Minister
Oleksiy Danilov | Oleksii Danilov
  UKR GOV 2019-10-03..2024-03-26 Secretary of the National Security and Defence Council
Ihor Klymenko | Igor Klimenko
  UKR GOV 2023-02-07.. Interior Minister
Ruslan Stefanchuk
  UKR LEG 2021-10-08.. Speaker of the Verkhovna Rada
Vitali Klitschko | Vitaliy Klitschko, Vitalii Klychko
  UKR GOV 2014-06-05.. Mayor of Kyiv
Valerii Zaluzhnyi | Valery Zaluzhny, Valeriy Zaluzhnyi, Valerii Zaluzhny, Valeriy Zaluzhny
  UKR MIL ..2024-02-08 Commander-in-Chief of the Armed Forces (2021-2024)
  UKR GOV 2024-03-07.. Ambassador to the United Kingdom
Oleksandr Syrskyi | Oleksandr Syrsky, Alexander Syrsky, Oleksandr Syrskyy, Oleksandr Syrskiy
  UKR MIL .. Commander-in-Chief of the Armed Forces (2024-), earlier Ground Forces commander
Kyrylo Budanov | Kirill Budanov, Kyrylo Budanov, Kyrylo Oleksiyovych Budanov
  UKR SPY ..2026-01-02 Head of military intelligence (HUR, 2020-2026)
  UKR GOV 2026-01-02.. Head of the Presidential Office
Vasyl Maliuk | Vasyl Malyuk
  UKR SPY .. Head of the Security Service (SBU, 2022-)
Sergiy Kyslytsya | Serhiy Kyslytsya, Sergiy Kyslytsia
  UKR GOV .. Diplomat (UN ambassador, First Deputy Foreign Minister)
Denis Pushilin | Denys Pushylin
  UKR REB 2018-09-07.. Head of the self-proclaimed Donetsk People's Republic
Leonid Pasechnik | Leonid Pasichnyk
  UKR REB 2017-11-24.. Head of the self-proclaimed Luhansk People's Republic
"""

# ---- United Kingdom, France, Germany
HAND += """
David Cameron | Lord Cameron, David William Donald Cameron
  GBR GOV 2010-05-11..2016-07-13 Prime Minister
  GBR GOV 2023-11-13..2024-07-05 Foreign Secretary
Theresa May | | Q264766 mp
  GBR GOV 2010-05-12..2016-07-13 Home Secretary
  GBR GOV 2016-07-13..2019-07-24 Prime Minister
Boris Johnson | Alexander Boris de Pfeffel Johnson | Q180589
  GBR GOV 2008-05-04..2016-05-09 Mayor of London
  GBR GOV 2016-07-13..2018-07-09 Foreign Secretary
  GBR GOV 2019-07-24..2022-09-06 Prime Minister
Liz Truss | Elizabeth Truss, Mary Elizabeth Truss
  GBR GOV 2021-09-15..2022-09-06 Foreign Secretary
  GBR GOV 2022-09-06..2022-10-25 Prime Minister
Rishi Sunak
  GBR GOV 2020-02-13..2022-07-05 Chancellor of the Exchequer
  GBR GOV 2022-10-25..2024-07-05 Prime Minister
  GBR LEG 2024-07-05.. Member of Parliament
Keir Starmer | Sir Keir Starmer, Keir Rodney Starmer
  GBR LEG 2020-04-04..2024-07-05 Leader of the Opposition
  GBR GOV 2024-07-05.. Prime Minister
David Lammy
  GBR GOV 2024-07-05..2025-09-05 Foreign Secretary
  GBR GOV 2025-09-05.. Deputy Prime Minister, Justice Secretary
Yvette Cooper
  GBR GOV 2024-07-05..2025-09-05 Home Secretary
  GBR GOV 2025-09-05.. Foreign Secretary
James Cleverly | | mp
  GBR GOV 2022-09-06..2023-11-13 Foreign Secretary
  GBR GOV 2023-11-13..2024-07-05 Home Secretary
Dominic Raab
  GBR GOV 2019-07-24..2021-09-15 Foreign Secretary
  GBR GOV 2021-09-15..2023-04-21 Deputy Prime Minister, Justice Secretary
Jeremy Hunt | | mp
  GBR GOV 2018-07-09..2019-07-24 Foreign Secretary
  GBR GOV 2022-10-14..2024-07-05 Chancellor of the Exchequer
Philip Hammond
  GBR GOV 2014-07-15..2016-07-13 Foreign Secretary
  GBR GOV 2016-07-13..2019-07-24 Chancellor of the Exchequer
Michael Fallon
  GBR GOV 2014-07-15..2017-11-01 Defence Secretary
Gavin Williamson
  GBR GOV 2017-11-02..2019-05-01 Defence Secretary
Ben Wallace
  GBR GOV 2019-07-24..2023-08-31 Defence Secretary
Grant Shapps
  GBR GOV 2023-08-31..2024-07-05 Defence Secretary
John Healey
  GBR GOV 2024-07-05.. Defence Secretary
Angela Rayner
  GBR GOV 2024-07-05..2025-09-05 Deputy Prime Minister
Rachel Reeves
  GBR GOV 2024-07-05.. Chancellor of the Exchequer
Nigel Farage | Nigel Paul Farage
  GBR PTY .. Party leader (UKIP, Brexit Party, Reform UK)
Tony Radakin | Antony Radakin, Sir Tony Radakin
  GBR MIL .. Chief of the Defence Staff (2021-2025)
Richard Moore | Sir Richard Moore
  GBR SPY .. MI6 chief (2020-2025)
Charles III | King Charles III, King Charles, Prince Charles
  GBR GOV ..2022-09-08 Prince of Wales
  GBR GOV 2022-09-08.. King
Elizabeth II | Queen Elizabeth II, Queen Elizabeth | dead
  GBR GOV 1952-02-06..2022-09-08 Queen
Emmanuel Macron | Emmanuel Jean-Michel Frédéric Macron | Q3052772
  FRA GOV 2014-08-26..2016-08-30 Economy Minister
  FRA GOV 2017-05-14.. President
François Hollande | Francois Hollande
  FRA GOV 2012-05-15..2017-05-14 President
Nicolas Sarkozy
  FRA GOV 2007-05-16..2012-05-15 President
Laurent Fabius
  FRA GOV 2012-05-16..2016-02-11 Foreign Minister
Jean-Marc Ayrault | Jean Marc Ayrault
  FRA GOV 2012-05-15..2014-03-31 Prime Minister
  FRA GOV 2016-02-11..2017-05-17 Foreign Minister
Jean-Yves Le Drian | Jean Yves Le Drian, Le Drian
  FRA GOV 2012-05-16..2017-05-17 Defence Minister
  FRA GOV 2017-05-17..2022-05-20 Foreign Minister
Catherine Colonna
  FRA GOV 2022-05-20..2024-01-11 Foreign Minister
Stéphane Séjourné | Stephane Sejourne
  FRA GOV 2024-01-11..2024-09-21 Foreign Minister
  EUR GOV 2024-12-01.. European Commissioner
Jean-Noël Barrot | Jean-Noel Barrot, Jean Noel Barrot
  FRA GOV 2024-09-21.. Foreign Minister
Florence Parly
  FRA GOV 2017-06-21..2022-05-20 Armed Forces Minister
Sébastien Lecornu | Sebastien Lecornu
  FRA GOV 2022-05-20..2025-09-09 Armed Forces Minister
  FRA GOV 2025-09-09.. Prime Minister
Manuel Valls
  FRA GOV 2014-03-31..2016-12-06 Prime Minister
Édouard Philippe | Edouard Philippe
  FRA GOV 2017-05-15..2020-07-03 Prime Minister
Jean Castex
  FRA GOV 2020-07-03..2022-05-16 Prime Minister
Élisabeth Borne | Elisabeth Borne
  FRA GOV 2022-05-16..2024-01-09 Prime Minister
Gabriel Attal
  FRA GOV 2024-01-09..2024-09-05 Prime Minister
Michel Barnier
  EUR GOV 2016-10-01..2021-03-31 EU chief Brexit negotiator
  FRA GOV 2024-09-05..2024-12-13 Prime Minister
François Bayrou | Francois Bayrou
  FRA GOV 2024-12-13..2025-09-09 Prime Minister
Marine Le Pen | Le Pen
  FRA PTY .. National Rally leader
Thierry Burkhard
  FRA MIL .. Chief of the Defence Staff (2021-2025)
Angela Merkel | Angela Dorothea Merkel | Q567
  DEU GOV 2005-11-22..2021-12-08 Chancellor
Olaf Scholz | Q61053
  DEU GOV 2018-03-14..2021-12-08 Vice Chancellor, Finance Minister
  DEU GOV 2021-12-08..2025-05-06 Chancellor
Friedrich Merz | Friedrich Joachim Merz
  DEU PTY 2022-01-31..2025-05-06 CDU leader
  DEU GOV 2025-05-06.. Chancellor
Frank-Walter Steinmeier | Frank Walter Steinmeier
  DEU GOV 2013-12-17..2017-01-27 Foreign Minister
  DEU GOV 2017-03-19.. President
Sigmar Gabriel
  DEU GOV 2017-01-27..2018-03-14 Foreign Minister
Heiko Maas
  DEU GOV 2018-03-14..2021-12-08 Foreign Minister
Annalena Baerbock
  DEU GOV 2021-12-08..2025-05-06 Foreign Minister
  UNO GOV 2025-09-09.. President of the UN General Assembly
Johann Wadephul
  DEU GOV 2025-05-06.. Foreign Minister
Annegret Kramp-Karrenbauer | Annegret Kramp Karrenbauer
  DEU GOV 2019-07-17..2021-12-08 Defence Minister
Christine Lambrecht
  DEU GOV 2021-12-08..2023-01-19 Defence Minister
Boris Pistorius
  DEU GOV 2023-01-19.. Defence Minister
Robert Habeck
  DEU GOV 2021-12-08..2025-05-06 Vice Chancellor, Economy Minister
Christian Lindner
  DEU GOV 2021-12-08..2024-11-07 Finance Minister
Carsten Breuer
  DEU MIL .. Inspector General of the Bundeswehr (2023-)
Alice Weidel
  DEU PTY .. AfD co-leader
"""

# ---- Rest of Europe
HAND += """
Giorgia Meloni
  ITA GOV 2022-10-22.. Prime Minister
Giuseppe Conte
  ITA GOV 2018-06-01..2021-02-13 Prime Minister
Matteo Renzi
  ITA GOV 2014-02-22..2016-12-12 Prime Minister
Sergio Mattarella
  ITA GOV 2015-02-03.. President
Antonio Tajani
  EUR LEG 2017-01-17..2019-07-03 President of the European Parliament
  ITA GOV 2022-10-22.. Foreign Minister, Deputy Prime Minister
Guido Crosetto
  ITA GOV 2022-10-22.. Defence Minister
Luigi Di Maio
  ITA GOV 2019-09-05..2022-10-22 Foreign Minister
  EUR GOV 2023-06-01.. EU Special Representative for the Gulf
Matteo Salvini
  ITA GOV 2018-06-01..2019-09-05 Deputy Prime Minister, Interior Minister
  ITA GOV 2022-10-22.. Deputy Prime Minister
Pedro Sánchez | Pedro Sanchez, Pedro Sánchez Pérez-Castejón
  ESP GOV 2018-06-02.. Prime Minister
Mariano Rajoy
  ESP GOV 2011-12-21..2018-06-02 Prime Minister
José Manuel Albares | Jose Manuel Albares
  ESP GOV 2021-07-12.. Foreign Minister
Margarita Robles
  ESP GOV 2018-06-07.. Defence Minister
Felipe VI | King Felipe VI, King Felipe
  ESP GOV 2014-06-19.. King
Dick Schoof
  NLD GOV 2024-07-02.. Prime Minister
Mette Frederiksen
  DNK GOV 2019-06-27.. Prime Minister
Lars Løkke Rasmussen | Lars Lokke Rasmussen, Lars Loekke Rasmussen | mp
  DNK GOV 2015-06-28..2019-06-27 Prime Minister
  DNK GOV 2022-12-15.. Foreign Minister
Ulf Kristersson
  SWE GOV 2022-10-18.. Prime Minister
Alexander Stubb
  FIN GOV 2024-03-01.. President
Sauli Niinistö | Sauli Niinisto
  FIN GOV 2012-03-01..2024-03-01 President
Sanna Marin
  FIN GOV 2019-12-10..2023-06-20 Prime Minister
Petteri Orpo
  FIN GOV 2023-06-20.. Prime Minister
Jonas Gahr Støre | Jonas Gahr Store, Jonas Gahr Stoere
  NOR GOV 2021-10-14.. Prime Minister
Gitanas Nausėda | Gitanas Nauseda
  LTU GOV 2019-07-12.. President
Gabrielius Landsbergis
  LTU GOV 2020-12-11..2024-12-12 Foreign Minister
Edgars Rinkēvičs | Edgars Rinkevics
  LVA GOV 2011-10-25..2023-07-08 Foreign Minister
  LVA GOV 2023-07-08.. President
Alar Karis
  EST GOV 2021-10-11.. President
Andrzej Duda
  POL GOV 2015-08-06..2025-08-06 President
Karol Nawrocki
  POL GOV 2025-08-06.. President
Mateusz Morawiecki
  POL GOV 2017-12-11..2023-12-13 Prime Minister
Radosław Sikorski | Radoslaw Sikorski, Radek Sikorski
  POL GOV 2007-11-16..2014-09-22 Foreign Minister
  EUR LEG 2019-07-02..2023-12-13 Member of the European Parliament
  POL GOV 2023-12-13.. Foreign Minister
Zbigniew Rau
  POL GOV 2020-08-26..2023-11-27 Foreign Minister
Witold Waszczykowski
  POL GOV 2015-11-16..2018-01-09 Foreign Minister
Mariusz Błaszczak | Mariusz Blaszczak
  POL GOV 2018-01-09..2023-11-27 Defence Minister
Władysław Kosiniak-Kamysz | Wladyslaw Kosiniak-Kamysz, Wladyslaw Kosiniak Kamysz
  POL GOV 2023-12-13.. Defence Minister, Deputy Prime Minister
Jarosław Kaczyński | Jaroslaw Kaczynski
  POL PTY .. Law and Justice (PiS) leader
Viktor Orbán | Viktor Orban | mp
  HUN GOV 1998-07-06..2002-05-27 Prime Minister
  HUN GOV 2010-05-29.. Prime Minister
Péter Szijjártó | Peter Szijjarto
  HUN GOV 2014-09-23.. Foreign Minister
Katalin Novák | Katalin Novak
  HUN GOV 2022-05-10..2024-02-26 President
Tamás Sulyok | Tamas Sulyok
  HUN GOV 2024-03-05.. President
Péter Magyar | Peter Magyar
  HUN PTY .. Tisza party leader
Robert Fico | | mp
  SVK GOV 2012-04-04..2018-03-22 Prime Minister
  SVK GOV 2023-10-25.. Prime Minister
Petr Fiala
  CZE GOV 2021-11-28..2025-12-09 Prime Minister
Andrej Babiš | Andrej Babis | mp
  CZE GOV 2017-12-06..2021-12-17 Prime Minister
  CZE GOV 2025-12-09.. Prime Minister
Petr Pavel
  IGO MIL 2015-06-26..2018-06-29 Chairman of the NATO Military Committee
  CZE GOV 2023-03-09.. President
Maia Sandu
  MDA GOV 2020-12-24.. President
Klaus Iohannis | Klaus Johannis
  ROU GOV 2014-12-21..2025-02-12 President
Nicușor Dan | Nicusor Dan
  ROU GOV 2025-05-26.. President
Călin Georgescu | Calin Georgescu
  ROU PTY .. Far-right presidential candidate
Aleksandar Vučić | Aleksandar Vucic
  SRB GOV 2014-04-27..2017-05-31 Prime Minister
  SRB GOV 2017-05-31.. President
Albin Kurti
  XKX GOV 2020-02-03..2020-06-03 Prime Minister
  XKX GOV 2021-03-22.. Prime Minister
Vjosa Osmani | Vjosa Osmani-Sadriu
  XKX GOV 2021-04-04.. President
Hashim Thaçi | Hashim Thaci
  XKX GOV 2008-01-09..2014-12-09 Prime Minister
  XKX GOV 2014-12-09..2016-04-07 Deputy Prime Minister, Foreign Minister
  XKX GOV 2016-04-07..2020-11-05 President
Milorad Dodik
  BIH GOV .. Bosnian Serb leader (President of Republika Srpska)
Kyriakos Mitsotakis
  GRC GOV 2019-07-08.. Prime Minister
Alexis Tsipras
  GRC GOV 2015-01-26..2019-07-08 Prime Minister
Pope Francis | Jorge Mario Bergoglio | dead Q450675
  VAT GOV 2013-03-13..2025-04-21 Pope
Pope Leo XIV | Leo XIV, Robert Francis Prevost, Robert Prevost
  VAT GOV 2025-05-08.. Pope
"""

# ---- Turkey, Israel, Palestinians
HAND += """
Recep Tayyip Erdoğan | Recep Tayyip Erdogan, Tayyip Erdogan, Tayyip Erdoğan, Recep Erdogan | Q39259
  TUR GOV 2003-03-14..2014-08-28 Prime Minister
  TUR GOV 2014-08-28.. President
Hakan Fidan
  TUR SPY 2010-05-27..2023-06-04 Head of the National Intelligence Organisation (MIT)
  TUR GOV 2023-06-04.. Foreign Minister
Mevlüt Çavuşoğlu | Mevlut Cavusoglu
  TUR GOV 2014-08-29..2023-06-04 Foreign Minister
Ahmet Davutoğlu | Ahmet Davutoglu
  TUR GOV 2009-05-01..2014-08-28 Foreign Minister
  TUR GOV 2014-08-28..2016-05-24 Prime Minister
Binali Yıldırım | Binali Yildirim
  TUR GOV 2016-05-24..2018-07-09 Prime Minister
Hulusi Akar
  TUR MIL 2015-08-18..2018-07-10 Chief of the General Staff
  TUR GOV 2018-07-10..2023-06-04 Defence Minister
Yaşar Güler | Yasar Guler
  TUR MIL 2018-07-10..2023-06-04 Chief of the General Staff
  TUR GOV 2023-06-04.. Defence Minister
İbrahim Kalın | Ibrahim Kalin
  TUR GOV ..2023-06-04 Presidential spokesman
  TUR SPY 2023-06-04.. Head of the National Intelligence Organisation (MIT)
Fuat Oktay
  TUR GOV 2018-07-09..2023-06-04 Vice President
Cevdet Yılmaz | Cevdet Yilmaz
  TUR GOV 2023-06-04.. Vice President
Kemal Kılıçdaroğlu | Kemal Kilicdaroglu
  TUR PTY 2010-05-22..2023-11-05 CHP leader
Özgür Özel | Ozgur Ozel
  TUR PTY 2023-11-05.. CHP leader
Ekrem İmamoğlu | Ekrem Imamoglu
  TUR GOV 2019-06-27..2025-03-23 Mayor of Istanbul
Devlet Bahçeli | Devlet Bahceli
  TUR PTY .. MHP leader
Abdullah Öcalan | Abdullah Ocalan
  TUR REB .. PKK founder (imprisoned)
Murat Karayılan | Murat Karayilan
  TUR REB .. PKK commander
Cemil Bayık | Cemil Bayik
  TUR REB .. PKK leader
Benjamin Netanyahu | Binyamin Netanyahu, Bibi Netanyahu, Benyamin Netanyahu | Q43723
  ISR GOV 1996-06-18..1999-07-06 Prime Minister
  ISR GOV 2002-11-06..2005-08-09 Foreign Minister, then Finance Minister
  ISR LEG 2006-05-04..2009-03-31 Leader of the Opposition
  ISR GOV 2009-03-31..2021-06-13 Prime Minister
  ISR LEG 2021-06-13..2022-12-29 Leader of the Opposition
  ISR GOV 2022-12-29.. Prime Minister
Naftali Bennett
  ISR GOV 2019-11-12..2020-05-17 Defence Minister
  ISR GOV 2021-06-13..2022-07-01 Prime Minister
  ISR GOV 2022-07-01..2022-12-29 Alternate Prime Minister
Yair Lapid
  ISR GOV 2021-06-13..2022-07-01 Foreign Minister, Alternate Prime Minister
  ISR GOV 2022-07-01..2022-12-29 Prime Minister
  ISR LEG 2022-12-29.. Leader of the Opposition
Benny Gantz | Benjamin Gantz
  ISR MIL ..2015-02-16 IDF Chief of Staff (2011-2015)
  ISR LEG 2019-04-30..2020-05-17 Member of the Knesset
  ISR GOV 2020-05-17..2022-12-29 Defence Minister
  ISR LEG 2022-12-29..2023-10-11 Member of the Knesset
  ISR GOV 2023-10-11..2024-06-09 War cabinet minister
  ISR LEG 2024-06-09.. Member of the Knesset
Yoav Gallant
  ISR GOV 2022-12-29..2024-11-05 Defence Minister
Israel Katz | Yisrael Katz
  ISR GOV 2009-03-31..2019-02-17 Transport Minister
  ISR GOV 2019-02-17..2020-05-17 Foreign Minister
  ISR GOV 2020-05-17..2021-06-13 Finance Minister
  ISR LEG 2021-06-13..2022-12-29 Member of the Knesset
  ISR GOV 2022-12-29..2024-01-01 Energy Minister
  ISR GOV 2024-01-01..2024-11-05 Foreign Minister
  ISR GOV 2024-11-05.. Defence Minister
Eli Cohen
  ISR GOV 2022-12-29.. Minister (Foreign Minister 2023, then Energy)
Gideon Sa'ar | Gideon Saar, Gideon Sa’ar
  ISR GOV 2021-06-13..2022-12-29 Justice Minister
  ISR GOV 2024-09-29.. Minister; Foreign Minister from 2024-11-07
Avigdor Lieberman | Avigdor Liberman | mp
  ISR GOV 2016-05-30..2018-11-18 Defence Minister
  ISR GOV 2021-06-13..2022-12-29 Finance Minister
Itamar Ben-Gvir | Itamar Ben Gvir
  ISR GOV 2022-12-29..2025-01-19 National Security Minister
  ISR LEG 2025-01-19..2025-03-18 Member of the Knesset
  ISR GOV 2025-03-18.. National Security Minister
Bezalel Smotrich
  ISR GOV 2022-12-29.. Finance Minister
Ron Dermer
  ISR GOV .. Ambassador to the US, then Strategic Affairs Minister
Isaac Herzog | Yitzhak Herzog, Issac Herzog
  ISR GOV 2021-07-07.. President
Reuven Rivlin | Ruvi Rivlin
  ISR GOV 2014-07-24..2021-07-07 President
Herzi Halevi | Herzl Halevi
  ISR MIL ..2025-03-05 IDF Chief of Staff (2023-2025)
Eyal Zamir
  ISR MIL .. IDF Chief of Staff (2025-)
Aviv Kochavi | Aviv Kohavi
  ISR MIL ..2023-01-16 IDF Chief of Staff (2019-2023)
Gadi Eisenkot | Gadi Eizenkot
  ISR MIL ..2019-01-15 IDF Chief of Staff (2015-2019)
  ISR LEG 2022-11-15.. Member of the Knesset
Daniel Hagari
  ISR MIL .. IDF spokesman (2023-2025)
David Barnea
  ISR SPY 2021-06-01.. Mossad director
Ronen Bar
  ISR SPY ..2025-06-15 Shin Bet director (2021-2025)
David Zini
  ISR MIL ..2025-10-05 IDF major general
  ISR SPY 2025-10-05.. Shin Bet director
Mahmoud Abbas | Abu Mazen, Mahmud Abbas
  PSE GOV 2003-03-19..2003-10-07 Prime Minister
  PSE GOV 2005-01-15.. President
Mohammad Shtayyeh | Mohammed Shtayyeh, Mohammad Shtayeh, Mohammad Shtayyah
  PSE GOV 2019-04-14..2024-03-31 Prime Minister
Mohammad Mustafa | Mohammed Mustafa
  PSE GOV 2024-03-31.. Prime Minister
Rami Hamdallah | Rami Hamdalla
  PSE GOV 2013-06-06..2019-04-14 Prime Minister
Hussein al-Sheikh | Hussein al-Shaikh
  PSE GOV .. PLO Secretary-General, Vice President (2025-)
Riyad Mansour | Riyad H. Mansour
  PSE GOV .. Ambassador to the UN
Marwan Barghouti | Marwan al-Barghouti
  PSE PTY .. Fatah leader (imprisoned)
Ismail Haniyeh | Ismail Haniya, Ismail Haniyah, Esmail Haniyeh, Ismail Haniye | dead
  PSE REB ..2024-07-31 Hamas leader (political bureau chief 2017-2024)
Yahya Sinwar | Yehia Sinwar, Yahia Sinwar, Yehya Sinwar, Yahya al-Sinwar | dead
  PSE REB ..2024-10-16 Hamas leader in Gaza, political bureau chief (2024)
Mohammed Deif | Mohammed Dief, Mohammad Deif, Muhammad Deif, Mohammed al-Deif, Mohammed Dayf | dead
  PSE REB ..2024-07-13 Commander of Hamas's Qassam Brigades
Marwan Issa | dead
  PSE REB ..2024-03-10 Deputy commander of the Qassam Brigades
Mohammed Sinwar | Muhammad Sinwar, Mohammad Sinwar | dead
  PSE REB ..2025-05-13 Hamas military commander in Gaza
Saleh al-Arouri | Saleh al-Aruri, Salah al-Arouri | dead
  PSE REB ..2024-01-02 Hamas deputy political leader
Khaled Mashal | Khaled Meshaal, Khalid Mishal, Khaled Meshal, Khaled Mashaal
  PSE REB .. Hamas leader (political bureau chief 1996-2017)
Khalil al-Hayya | Khalil al-Hayyah, Khalil Hayya
  PSE REB .. Hamas leader and chief negotiator
Mousa Abu Marzouk | Musa Abu Marzuq, Moussa Abu Marzouk
  PSE REB .. Hamas political bureau member
Osama Hamdan
  PSE REB .. Hamas spokesman
Abu Obeida | Abu Ubaida, Abu Obaida
  PSE REB .. Qassam Brigades spokesman
Ziyad al-Nakhalah | Ziad al-Nakhala, Ziad Nakhaleh, Ziyad Nakhalah
  PSE REB 2018-09-28.. Palestinian Islamic Jihad Secretary-General
"""

# ---- Iran, Iraq, Syria, Lebanon
HAND += """
Ali Khamenei | Ayatollah Ali Khamenei, Ayatollah Khamenei, Ali Hosseini Khamenei, Sayyid Ali Khamenei
  IRN GOV 1981-10-13..1989-08-16 President
  IRN GOV 1989-06-04.. Supreme Leader
Mojtaba Khamenei
  IRN ELI .. Son of the Supreme Leader, cleric
Hassan Rouhani | Hassan Rowhani, Hasan Rouhani
  IRN GOV 2013-08-03..2021-08-03 President
Mahmoud Ahmadinejad | Mahmoud Ahmadinezhad
  IRN GOV 2005-08-03..2013-08-03 President
Ebrahim Raisi | Ebrahim Raeisi, Ibrahim Raisi, Ebrahim Raeesi, Ebrahim Raisol-Sadati | dead
  IRN JUD 2019-03-07..2021-07-01 Chief Justice
  IRN GOV 2021-08-03..2024-05-19 President
Masoud Pezeshkian | Massoud Pezeshkian, Masud Pezeshkian, Masoud Pezeshkiyan
  IRN LEG ..2024-07-28 Member of parliament
  IRN GOV 2024-07-28.. President
Mohammad Mokhber | Mohammad Mokhber Dezfuli
  IRN GOV 2021-08-08..2024-07-28 First Vice President (acting President May-July 2024)
Mohammad Javad Zarif | Javad Zarif, Mohammad-Javad Zarif, Mohammad Jawad Zarif
  IRN GOV 2013-08-15..2021-08-25 Foreign Minister
  IRN GOV 2024-08-01..2025-03-02 Vice President for Strategic Affairs
Hossein Amir-Abdollahian | Hossein Amirabdollahian, Hossein Amir Abdollahian, Hussein Amir-Abdollahian | dead
  IRN GOV 2021-08-25..2024-05-19 Foreign Minister
Mohammad Bagheri | Mohammad Hossein Bagheri | dead
  IRN MIL ..2025-06-13 Chief of Staff of the Armed Forces (2016-2025)
Ali Bagheri Kani | Ali Bagheri, Ali Baqeri Kani, Ali Bagheri-Kani
  IRN GOV .. Deputy Foreign Minister, acting Foreign Minister (2024)
Abbas Araghchi | Abbas Araqchi, Abbas Arakchi
  IRN GOV ..2024-08-21 Diplomat, Deputy Foreign Minister
  IRN GOV 2024-08-21.. Foreign Minister
Esmaeil Baghaei | Esmaeil Baqaei, Esmail Baghaei, Ismail Baghaei
  IRN GOV .. Foreign Ministry spokesman
Mohammad Bagher Ghalibaf | Mohammad Baqer Qalibaf, Mohammad-Bagher Ghalibaf, Mohammad Bagher Qalibaf, Mohammad Ghalibaf
  IRN LEG 2020-05-28.. Speaker of parliament
Ali Larijani
  IRN LEG 2008-05-28..2020-05-28 Speaker of parliament
  IRN GOV 2025-08-05.. Secretary of the Supreme National Security Council
Ali Shamkhani
  IRN GOV 2013-09-10..2023-05-22 Secretary of the Supreme National Security Council
Ali Akbar Ahmadian
  IRN GOV 2023-05-22..2025-08-05 Secretary of the Supreme National Security Council
Gholam-Hossein Mohseni-Ejei | Gholamhossein Mohseni Ejei, Gholamhossein Mohseni-Ejei
  IRN JUD 2021-07-01.. Chief Justice
Qasem Soleimani | Qassem Soleimani, Ghasem Soleimani, Qassim Suleimani, Qasem Suleimani | dead
  IRN MIL ..2020-01-03 Commander of the IRGC Quds Force
Esmail Qaani | Esmail Ghaani, Ismail Qaani, Esmail Qani, Ismail Ghaani
  IRN MIL .. Commander of the IRGC Quds Force (2020-)
Hossein Salami | Hossein Salami | dead
  IRN MIL ..2025-06-13 IRGC commander-in-chief (2019-2025)
Amir Ali Hajizadeh | dead
  IRN MIL ..2025-06-13 IRGC Aerospace Force commander
Abdolrahim Mousavi | Abdolrahim Musavi, Abdolrahim Moussavi
  IRN MIL .. Army commander, Chief of Staff of the Armed Forces (2025-)
Mohammad Pakpour
  IRN MIL .. IRGC commander-in-chief (2025-)
Aziz Nasirzadeh
  IRN GOV 2024-08-21.. Defence Minister
Reza Pahlavi
  IRN ELI .. Exiled former crown prince
Mohammed Shia al-Sudani | Mohammad Shia al-Sudani, Mohammed Shia' al-Sudani, Mohammed al-Sudani, Mohammed Shiaa al-Sudani, Muhammad Shia al-Sudani
  IRQ GOV 2022-10-27.. Prime Minister
Mustafa al-Kadhimi | Mustafa al-Kazemi, Mustafa Kadhimi
  IRQ SPY ..2020-05-07 Head of the Iraqi National Intelligence Service
  IRQ GOV 2020-05-07..2022-10-27 Prime Minister
Adil Abdul-Mahdi | Adel Abdul Mahdi, Adil Abdul Mahdi, Adel Abdul-Mahdi
  IRQ GOV 2018-10-25..2020-05-07 Prime Minister
Haider al-Abadi | Haidar al-Abadi, Haider Abadi
  IRQ GOV 2014-09-08..2018-10-25 Prime Minister
Nouri al-Maliki | Nuri al-Maliki, Nouri Maliki, Nuri Kamil al-Maliki
  IRQ GOV 2006-05-20..2014-09-08 Prime Minister
  IRQ PTY 2014-09-08.. State of Law coalition leader
# Namesake listed after Nouri al-Maliki on purpose (file order breaks resolver ties).
Riyad al-Maliki | Riyad al-Malki, Riad Malki, Riad al-Maliki
  PSE GOV ..2024-03-31 Foreign Minister
Abdul Latif Rashid | Abdullatif Rashid, Abdul Latif Jamal Rashid
  IRQ GOV 2022-10-17.. President
Barham Salih | Barham Saleh
  IRQ GOV 2018-10-02..2022-10-17 President
  UNO GOV 2026-01-01.. UN High Commissioner for Refugees
Fuad Hussein | Fouad Hussein
  IRQ GOV 2018-10-25..2020-05-07 Finance Minister
  IRQ GOV 2020-06-06.. Foreign Minister
Thabit al-Abbasi | Thabet al-Abbasi, Thabit Mohammed al-Abbasi
  IRQ GOV 2022-10-27.. Defence Minister
Masrour Barzani | Masrour Barzani
  IRQ GOV 2019-07-10.. Kurdistan Regional Government Prime Minister
Nechirvan Barzani
  IRQ GOV 2019-06-10.. Kurdistan Region President
Masoud Barzani | Massoud Barzani
  IRQ GOV 2005-06-13..2017-11-01 Kurdistan Region President
  IRQ PTY 2017-11-01.. KDP leader
Moqtada al-Sadr | Muqtada al-Sadr, Moqtada Sadr, Muqtada Sadr, Muqtada as-Sadr
  IRQ PTY .. Sadrist movement leader
Ali al-Sistani | Grand Ayatollah Ali al-Sistani, Ayatollah Ali al-Sistani, Ali Sistani, Ali al-Husseini al-Sistani
  IRQ REL .. Grand Ayatollah
Abu Mahdi al-Muhandis | Jamal Jafaar Ibrahimi | dead
  IRQ PRM ..2020-01-03 Deputy head of the Popular Mobilisation Forces
Qais al-Khazali | Qais Khazali, Qays al-Khazali
  IRQ PRM .. Asaib Ahl al-Haq leader
Hadi al-Amiri | Hadi al-Ameri
  IRQ PRM .. Badr Organisation leader
Falih al-Fayyadh | Falih al-Fayyad, Faleh al-Fayyadh
  IRQ PRM .. Chairman of the Popular Mobilisation Forces
Bashar al-Assad | Bashar Assad, Bashar al-Asad, Bashar Hafez al-Assad, Bashar el-Assad, Bashar al Assad
  SYR GOV 2000-07-17..2024-12-08 President
Maher al-Assad | Maher Assad, Maher al-Asad
  SYR MIL ..2024-12-08 Commander of the Fourth Armoured Division
Ahmed al-Sharaa | Ahmad al-Sharaa, Ahmed Hussein al-Sharaa, Ahmed al-Shara, Abu Mohammed al-Jolani
  + Abu Mohammad al-Jolani, Abu Mohammad al-Julani, Abu Mohammed al-Julani, Abu Muhammad al-Jawlani
  + Abu Mohammad al-Jawlani, Mohammed al-Jolani
  SYR REB ..2024-12-08 Leader of Hayat Tahrir al-Sham (earlier al-Nusra Front)
  SYR GOV 2024-12-08..2025-01-29 De facto leader
  SYR GOV 2025-01-29.. President
Asaad al-Shaibani | Asaad Hassan al-Shaibani, Assad al-Shaibani, As'ad al-Shaybani, Asaad al-Shibani
  SYR GOV 2024-12-21.. Foreign Minister
Murhaf Abu Qasra | Abu Hassan al-Hamawi, Marhaf Abu Qasra
  SYR REB ..2024-12-08 HTS military commander
  SYR GOV 2024-12-21.. Defence Minister
Faisal Mekdad | Faisal al-Mekdad, Faisal Miqdad, Fayssal Mekdad, Faisal al-Miqdad
  SYR GOV 2020-11-22..2024-12-08 Foreign Minister
Walid Muallem | Walid al-Moualem, Walid Moallem, Walid al-Muallem, Walid al-Moallem | dead
  SYR GOV 2006-02-11..2020-11-16 Foreign Minister
Hussein Arnous
  SYR GOV 2020-08-30..2024-09-14 Prime Minister
Mazloum Abdi | Mazlum Abdi, Mazloum Kobani, Mazloum Kobani Abdi, Ferhat Abdi Sahin
  SYR REB .. Commander of the Syrian Democratic Forces
Hassan Nasrallah | Sayyed Hassan Nasrallah, Hasan Nasrallah, Hassan Nasrullah, Hassan Nasralla | dead
  LBN REB 1992-02-16..2024-09-27 Hezbollah Secretary-General
Naim Qassem | Naim Kassem, Naim Qasim, Sheikh Naim Qassem, Naim Qasem
  LBN REB ..2024-10-29 Hezbollah deputy Secretary-General
  LBN REB 2024-10-29.. Hezbollah Secretary-General
Hashem Safieddine | Hashim Safieddine, Hashem Safi al-Din | dead
  LBN REB ..2024-10-03 Head of Hezbollah's Executive Council
Fuad Shukr | Fouad Shukr | dead
  LBN REB ..2024-07-30 Hezbollah senior military commander
Ibrahim Aqil | Ibrahim Akil | dead
  LBN REB ..2024-09-20 Hezbollah Radwan Force commander
Michel Aoun
  LBN GOV 2016-10-31..2022-10-30 President
Joseph Aoun | Joseph Khalil Aoun
  LBN MIL 2017-03-08..2025-01-09 Army commander
  LBN GOV 2025-01-09.. President
Nawaf Salam
  UNO JUD 2018-02-06..2025-01-14 Judge and President of the International Court of Justice
  LBN GOV 2025-02-08.. Prime Minister
Najib Mikati | Najib Miqati
  LBN GOV 2021-09-10..2025-02-08 Prime Minister
Saad Hariri | Saad al-Hariri
  LBN GOV 2016-12-18..2020-01-21 Prime Minister
Hassan Diab
  LBN GOV 2020-01-21..2021-09-10 Prime Minister
Nabih Berri | Nabih Birri
  LBN LEG 1992-10-20.. Speaker of parliament, Amal leader
Abdallah Bou Habib | Abdallah Bouhabib, Abdullah Bou Habib
  LBN GOV 2021-09-10..2025-02-08 Foreign Minister
Youssef Rajji | Youssef Raggi, Youssef Rajji
  LBN GOV 2025-02-08.. Foreign Minister
Rodolphe Haykal | Rudolph Haykal
  LBN MIL .. Army commander (2025-)
"""

# ---- Gulf, Egypt, Jordan, Yemen, North Africa
HAND += """
Mohammed bin Salman | MBS, Mohammad bin Salman, Mohammed bin Salman Al Saud, Muhammad bin Salman
  + Prince Mohammed bin Salman, Crown Prince Mohammed bin Salman, Mohammed bin Salman al-Saud
  SAU GOV 2015-01-23..2017-06-21 Defence Minister, Deputy Crown Prince
  SAU GOV 2017-06-21..2022-09-27 Crown Prince, Defence Minister
  SAU GOV 2022-09-27.. Crown Prince and Prime Minister
Salman bin Abdulaziz | King Salman, Salman bin Abdulaziz Al Saud, Salman bin Abdul Aziz, Salman bin Abdulaziz al-Saud
  SAU GOV 2012-06-18..2015-01-23 Crown Prince
  SAU GOV 2015-01-23.. King
Abdullah bin Abdulaziz | King Abdullah bin Abdulaziz, Abdullah bin Abdulaziz Al Saud | dead
  SAU GOV 2005-08-01..2015-01-23 King
Mohammed bin Nayef | Mohammad bin Nayef, Muhammad bin Nayef
  SAU GOV 2012-11-05..2017-06-21 Interior Minister, Crown Prince (2015-2017)
Faisal bin Farhan | Faisal bin Farhan Al Saud, Prince Faisal bin Farhan, Faisal bin Farhan al-Saud
  SAU GOV 2019-10-23.. Foreign Minister
Adel al-Jubeir | Adel Jubeir, Adel bin Ahmed Al-Jubeir
  SAU GOV 2015-04-29..2018-12-27 Foreign Minister
  SAU GOV 2018-12-27.. Minister of State for Foreign Affairs
Khalid bin Salman | Khalid bin Salman Al Saud, Prince Khalid bin Salman, Khalid bin Salman al-Saud
  SAU GOV ..2022-09-27 Ambassador to the US, Deputy Defence Minister
  SAU GOV 2022-09-27.. Defence Minister
Mohamed bin Zayed | Mohammed bin Zayed, MBZ, Mohamed bin Zayed Al Nahyan, Sheikh Mohamed bin Zayed
  + Mohammed bin Zayed Al Nahyan, Mohamed bin Zayed al-Nahyan
  ARE GOV 2004-11-03..2022-05-14 Crown Prince of Abu Dhabi
  ARE GOV 2022-05-14.. President
Khalifa bin Zayed | Khalifa bin Zayed Al Nahyan, Sheikh Khalifa bin Zayed | dead
  ARE GOV 2004-11-03..2022-05-13 President
Mohammed bin Rashid Al Maktoum | Mohammed bin Rashid, Sheikh Mohammed bin Rashid, Mohammed bin Rashid al-Maktoum
  ARE GOV 2006-01-05.. Vice President, Prime Minister, Ruler of Dubai
Abdullah bin Zayed | Abdullah bin Zayed Al Nahyan, Sheikh Abdullah bin Zayed, Abdullah bin Zayed al-Nahyan
  ARE GOV 2006-02-09.. Foreign Minister
Tahnoun bin Zayed | Tahnoon bin Zayed, Tahnoun bin Zayed Al Nahyan, Sheikh Tahnoun bin Zayed
  ARE GOV .. National Security Adviser
Anwar Gargash | Anwar Mohammed Gargash
  ARE GOV .. Minister of State for Foreign Affairs, then diplomatic adviser
Tamim bin Hamad Al Thani | Tamim bin Hamad, Sheikh Tamim bin Hamad Al Thani, Emir Tamim, Tamim bin Hamad al-Thani
  QAT GOV 2013-06-25.. Emir
Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman, Sheikh Mohammed bin Abdulrahman Al Thani
  + Mohammed bin Abdulrahman al-Thani, Mohammed Bin Abdulrahman Bin Jassim Al-Thani
  QAT GOV 2016-01-27..2023-03-07 Foreign Minister
  QAT GOV 2023-03-07.. Prime Minister and Foreign Minister
Majed al-Ansari | Majed Al Ansari, Majed bin Mohammed Al-Ansari
  QAT GOV .. Foreign Ministry spokesman
Mishal al-Ahmad al-Jaber al-Sabah | Sheikh Mishal al-Ahmad, Mishal Al-Ahmad Al-Jaber Al-Sabah, Meshal al-Ahmad al-Sabah
  KWT GOV 2023-12-16.. Emir
Hamad bin Isa Al Khalifa | King Hamad bin Isa, Hamad bin Isa al-Khalifa
  BHR GOV 1999-03-06.. King (Emir until 2002)
Haitham bin Tariq | Sultan Haitham bin Tariq, Haitham bin Tarik, Haitham bin Tariq Al Said
  OMN GOV 2020-01-11.. Sultan
Qaboos bin Said | Sultan Qaboos, Qaboos bin Said al-Said | dead
  OMN GOV 1970-07-23..2020-01-10 Sultan
Badr Albusaidi | Badr al-Busaidi, Sayyid Badr Albusaidi, Badr bin Hamad Albusaidi
  OMN GOV 2020-08-18.. Foreign Minister
Abdel Fattah el-Sisi | Abdel Fattah al-Sisi, Abdel-Fattah el-Sissi, Abdul Fattah al-Sisi, Abdel Fattah Sisi
  + Abdelfattah Elsisi, Abdel Fattah el Sisi, Abdel-Fattah al-Sisi
  EGY MIL ..2012-08-12 Director of Military Intelligence
  EGY GOV 2012-08-12..2014-03-26 Defence Minister
  EGY GOV 2014-06-08.. President
Mohamed Morsi | Mohammed Morsi, Mohamed Mursi, Mohammed Mursi | dead
  EGY GOV 2012-06-30..2013-07-03 President
Hosni Mubarak | Mohammed Hosni Mubarak | dead
  EGY GOV 1981-10-14..2011-02-11 President
Sameh Shoukry | Sameh Shukri, Sameh Hassan Shoukry, Sameh Shukry
  EGY GOV 2014-06-17..2024-07-03 Foreign Minister
Badr Abdelatty | Badr Abdel Aty, Badr Abdelaty, Badr Abdel Atty, Badr Abdel-Aty
  EGY GOV 2024-07-03.. Foreign Minister
Mostafa Madbouly | Moustafa Madbouly, Mostafa Madbouli, Mustafa Madbouly
  EGY GOV 2018-06-07.. Prime Minister
Abbas Kamel | Abbas Kamel
  EGY SPY 2018-01-18..2024-10-16 Head of the General Intelligence Service
Hassan Rashad | Hassan Mahmoud Rashad
  EGY SPY 2024-10-16.. Head of the General Intelligence Service
Abdullah II | King Abdullah II, Abdullah II of Jordan, King Abdullah II of Jordan, Abdullah II bin Al-Hussein
  JOR GOV 1999-02-07.. King
Ayman Safadi | Ayman al-Safadi
  JOR GOV 2017-01-15.. Foreign Minister
Bisher Khasawneh | Bisher al-Khasawneh
  JOR GOV 2020-10-12..2024-09-15 Prime Minister
Jafar Hassan | Jafar Hassan
  JOR GOV 2024-09-15.. Prime Minister
Abdul-Malik al-Houthi | Abdul Malik al-Houthi, Abdulmalik al-Houthi, Abdel-Malek al-Houthi, Abdel Malik al-Houthi
  + Abdul-Malik Badruddin al-Houthi, Abdulmalik Badreddin al-Houthi, Abdel-Malik al-Huthi
  YEM REB .. Leader of the Houthi movement (Ansar Allah)
Mahdi al-Mashat | Mahdi al-Mashaat, Mahdi Mashat
  YEM REB 2018-04-25.. President of the Houthis' Supreme Political Council
Mohammed Ali al-Houthi | Mohammed Ali al-Huthi
  YEM REB .. Houthi leader, member of the Supreme Political Council
Mohammed Abdulsalam | Mohammed Abdul Salam, Mohammed Abdelsalam, Mohamed Abdulsalam
  YEM REB .. Houthi spokesman and chief negotiator
Yahya Saree | Yahya Sarea, Yahya Sarie, Yahya Saria, Yahya Sare'e
  YEM REB .. Houthi military spokesman
Ahmed al-Rahawi | Ahmed Ghaleb al-Rahawi | dead
  YEM REB ..2025-08-28 Houthi-appointed prime minister
Abdrabbuh Mansur Hadi | Abd Rabbuh Mansur Hadi, Abed Rabbo Mansour Hadi, Abdrabbu Mansour Hadi, Abd-Rabbu Mansour Hadi
  + Abdrabbuh Mansour Hadi, Abdu Rabbu Mansour Hadi, Mansour Hadi, Mansur Hadi
  YEM GOV 2012-02-25..2022-04-07 President
Rashad al-Alimi | Rashad Muhammad al-Alimi, Rashad al-Olaimi
  YEM GOV 2022-04-07.. Chairman of the Presidential Leadership Council
Aidarous al-Zubaidi | Aidaroos al-Zubaidi, Aydarus al-Zubaydi, Aidarus al-Zubaidi, Eidarous al-Zubaidi
  YEM REB ..2022-04-07 Southern Transitional Council leader
  YEM GOV 2022-04-07..2026-01-07 Member of the Presidential Leadership Council, STC leader
  YEM REB 2026-01-07.. STC leader, expelled from the council and charged with treason
Maeen Abdulmalik | Maeen Abdulmalik Saeed, Maeen Abdulmalik Saeed
  YEM GOV 2018-10-15..2024-02-05 Prime Minister
Ahmed Awad bin Mubarak | Ahmed bin Mubarak, Ahmad Awad bin Mubarak
  YEM GOV 2020-12-18..2024-02-05 Foreign Minister
  YEM GOV 2024-02-05..2025-05-03 Prime Minister
Ali Abdullah Saleh | Ali Abdallah Saleh | dead
  YEM GOV ..2012-02-25 President
  YEM PTY 2012-02-25..2017-12-04 General People's Congress leader, Houthi ally
Khalifa Haftar | Khalifa Hifter, Khalifa Belqasim Haftar, Khalifa Belqasim Hifter
  LBY MIL .. Commander of the Libyan National Army (eastern Libya)
Saddam Haftar | Saddam Hifter
  LBY MIL .. Libyan National Army commander
Abdul Hamid Dbeibah | Abdulhamid Dbeibah, Abdul Hamid Dbeibeh, Abdelhamid Dbeibah, Abdul Hamid al-Dbeibah
  + Abdulhamid al-Dbeibah, Abdul-Hamid Dbeibah
  LBY GOV 2021-03-15.. Prime Minister (Government of National Unity)
Fayez al-Sarraj | Fayez Serraj, Fayez al-Serraj, Fayez Sarraj, Fayez Mustafa al-Sarraj
  LBY GOV 2016-03-30..2021-03-15 Prime Minister (Government of National Accord)
Mohamed al-Menfi | Mohammed al-Menfi, Mohamed Younis al-Menfi, Mohammed Younes Menfi
  LBY GOV 2021-03-15.. Chairman of the Presidential Council
Aguila Saleh | Aguila Saleh Issa, Agila Saleh, Aqila Saleh
  LBY LEG 2014-08-05.. Speaker of the House of Representatives
Muammar Gaddafi | Muammar Qaddafi, Moammar Gadhafi, Muammar al-Gaddafi, Moamer Kadhafi | dead
  LBY GOV 1969-09-01..2011-08-23 Leader of Libya
Saif al-Islam Gaddafi | Saif al-Islam Qaddafi, Saif al-Islam al-Gaddafi, Seif al-Islam Gaddafi
  LBY ELI .. Son of Muammar Gaddafi
Abdelmadjid Tebboune | Abdelmadjid Tebboune, Abdelmajid Tebboune
  DZA GOV 2019-12-19.. President
Abdelaziz Bouteflika | dead
  DZA GOV 1999-04-27..2019-04-02 President
Ahmed Attaf
  DZA GOV 2023-03-16.. Foreign Minister
Saïd Chengriha | Said Chengriha, Saïd Chanegriha, Said Chanegriha
  DZA MIL .. Army chief of staff (2019-)
Mohammed VI | King Mohammed VI, Mohammed VI of Morocco, King Mohammed VI of Morocco
  MAR GOV 1999-07-23.. King
Nasser Bourita | Nasser Bourita
  MAR GOV 2017-04-05.. Foreign Minister
Kais Saied | Kaïs Saïed, Kais Said, Kais Saïed
  TUN GOV 2019-10-23.. President
"""

# ---- Sub-Saharan Africa
HAND += """
Abiy Ahmed | Abiy Ahmed Ali
  ETH GOV 2018-04-02.. Prime Minister
Hailemariam Desalegn | Hailemariam Dessalegn
  ETH GOV 2012-08-20..2018-04-02 Prime Minister
Demeke Mekonnen | Demeke Mekonnen Hassen
  ETH GOV ..2024-02-01 Deputy Prime Minister, Foreign Minister
Taye Atske Selassie | Taye Atske-Selassie, Taye Atskeselassie, Taye Atske Selassie Amde
  ETH GOV 2024-02-01..2024-10-07 Foreign Minister
  ETH GOV 2024-10-07.. President
Gedion Timothewos | Gedion Timotheos, Gedion Timothewos Hessebon
  ETH GOV 2024-10-07.. Foreign Minister
Sahle-Work Zewde | Sahle Work Zewde, Sahlework Zewde
  ETH GOV 2018-10-25..2024-10-07 President
Birhanu Jula | Berhanu Jula, Birhanu Jula Gelalcha
  ETH MIL .. Chief of General Staff of the armed forces
Debretsion Gebremichael | Debretsion Gebremichael, Debretsion Gebre-Michael, Debretsion Gebremikael
  ETH REB .. Tigray People's Liberation Front chairman
Getachew Reda
  ETH REB ..2023-03-23 TPLF spokesman
  ETH GOV 2023-03-23.. Head of the Tigray Interim Administration, then federal minister
Jaal Marroo | Kumsa Diriba, Jaal Marro
  ETH REB .. Oromo Liberation Army commander
Isaias Afwerki | Isaias Afewerki, Isayas Afewerki
  ERI GOV 1993-05-24.. President
Abdel Fattah al-Burhan | Abdel-Fattah Burhan, Abdel Fattah Burhan, Abdelfattah al-Burhan, Abdul Fattah al-Burhan
  + Abdel-Fattah al-Burhan, Abdel Fattah Abdelrahman al-Burhan
  SDN MIL ..2019-04-12 Army officer, army inspector general
  SDN GOV 2019-04-12..2019-08-21 Chairman of the Transitional Military Council
  SDN GOV 2019-08-21.. Chairman of the Sovereignty Council, army commander
Mohamed Hamdan Dagalo | Hemedti, Hemeti, Mohammed Hamdan Dagalo, Mohamed Hamdan Daglo, Hamdan Dagalo
  + Mohamed Hamdan Dagalo Hemedti, Mohammed Hamdan Daglo
  SDN PRM ..2019-04-12 Commander of the Rapid Support Forces
  SDN GOV 2019-04-12..2023-04-15 Deputy chairman of the military and sovereignty councils, RSF commander
  SDN REB 2023-04-15.. Commander of the Rapid Support Forces
Abdelrahim Hamdan Dagalo | Abdel Rahim Dagalo, Abdelrahim Dagalo, Abdul Rahim Hamdan Dagalo
  SDN PRM ..2023-04-15 Deputy commander of the Rapid Support Forces
  SDN REB 2023-04-15.. Deputy commander of the Rapid Support Forces
Omar al-Bashir | Omar Hassan al-Bashir, Omar Bashir, Omer al-Bashir, Omar Hassan Ahmad al-Bashir
  SDN GOV 1989-06-30..2019-04-11 President
Abdalla Hamdok | Abdallah Hamdok, Abdullah Hamdok
  SDN GOV 2019-08-21..2021-10-25 Prime Minister
  SDN GOV 2021-11-21..2022-01-02 Prime Minister
Kamil Idris | Kamil Eltayeb Idris, Kamal Idris
  SDN GOV 2025-05-19.. Prime Minister
Malik Agar | Malik Aggar
  SDN GOV 2023-05-19.. Deputy chairman of the Sovereignty Council
Abdel Aziz al-Hilu | Abdelaziz al-Hilu, Abdel-Aziz al-Hilu, Abdelaziz al-Hilou
  SDN REB .. SPLM-North leader
Salva Kiir | Salva Kiir Mayardit
  SSD GOV 2011-07-09.. President
Riek Machar | Riek Machar Teny
  SSD GOV 2011-07-09..2013-07-23 Vice President
  SSD REB 2013-12-15..2020-02-22 SPLM-IO leader
  SSD GOV 2020-02-22.. First Vice President
Hassan Sheikh Mohamud | Hassan Sheikh Mohamoud, Hassan Sheikh Mohammed
  SOM GOV 2012-09-16..2017-02-16 President
  SOM GOV 2022-05-23.. President
Mohamed Abdullahi Farmajo | Mohamed Abdullahi Mohamed, Farmaajo, Farmajo, Mohamed Farmajo, Mohamed Abdullahi Farmaajo
  SOM GOV 2017-02-16..2022-05-23 President
Hamza Abdi Barre | Hamza Barre
  SOM GOV 2022-06-25.. Prime Minister
Ahmed Diriye | Ahmad Umar, Ahmed Umar Abu Ubaidah, Ahmad Umar Abu Ubaidah
  SOM REB .. Leader of al-Shabaab
Muhammadu Buhari | Mohammadu Buhari, Muhammad Buhari | dead
  NGA GOV 1983-12-31..1985-08-27 Military head of state
  NGA GOV 2015-05-29..2023-05-29 President
Bola Tinubu | Bola Ahmed Tinubu, Bola Ahmed Adekunle Tinubu
  NGA GOV 1999-05-29..2007-05-29 Governor of Lagos State
  NGA GOV 2023-05-29.. President
Goodluck Jonathan | Goodluck Ebele Jonathan
  NGA GOV 2010-05-06..2015-05-29 President
Yemi Osinbajo | Oluyemi Osinbajo
  NGA GOV 2015-05-29..2023-05-29 Vice President
Kashim Shettima
  NGA GOV 2023-05-29.. Vice President
Geoffrey Onyeama
  NGA GOV 2015-11-11..2023-05-29 Foreign Minister
Yusuf Tuggar | Yusuf Maitama Tuggar
  NGA GOV 2023-08-21.. Foreign Minister
Christopher Musa | Christopher Gwabin Musa
  NGA MIL .. Chief of Defence Staff (2023-2025)
Abubakar Shekau | dead
  NGA REB ..2021-05-19 Boko Haram leader
Nnamdi Kanu
  NGA REB .. Indigenous People of Biafra (IPOB) leader
Atiku Abubakar
  NGA PTY .. Opposition presidential candidate (Vice President 1999-2007)
Peter Obi
  NGA PTY .. Opposition presidential candidate
Félix Tshisekedi | Felix Tshisekedi, Félix Antoine Tshisekedi Tshilombo, Felix Tshisekedi Tshilombo
  COD GOV 2019-01-24.. President
Joseph Kabila | Joseph Kabila Kabange
  COD GOV 2001-01-26..2019-01-24 President
Judith Suminwa | Judith Suminwa Tuluka
  COD GOV 2024-06-12.. Prime Minister
Sama Lukonde | Jean-Michel Sama Lukonde, Sama Lukonde Kyenge
  COD GOV 2021-02-15..2024-06-12 Prime Minister
Corneille Nangaa | Corneille Nangaa Yobeluo
  COD REB 2023-12-15.. Leader of the Congo River Alliance (AFC), allied with M23
Sultani Makenga
  COD REB .. M23 military commander
Bertrand Bisimwa
  COD REB .. M23 president
Musa Baluku | Seka Musa Baluku
  COD REB .. Allied Democratic Forces leader
Paul Kagame
  RWA GOV 2000-03-24.. President
Yoweri Museveni | Yoweri Kaguta Museveni
  UGA GOV 1986-01-29.. President
Muhoozi Kainerugaba
  UGA MIL .. Chief of Defence Forces (2024-)
Samia Suluhu Hassan | Samia Suluhu
  TZA GOV 2021-03-19.. President
John Magufuli | John Pombe Magufuli | dead
  TZA GOV 2015-11-05..2021-03-17 President
William Ruto | William Samoei Ruto
  KEN GOV 2013-04-09..2022-09-13 Deputy President
  KEN GOV 2022-09-13.. President
Uhuru Kenyatta
  KEN GOV 2013-04-09..2022-09-13 President
Raila Odinga | Raila Amolo Odinga | dead
  KEN PTY ..2025-10-15 Opposition leader
Cyril Ramaphosa | Matamela Cyril Ramaphosa
  ZAF GOV 2014-05-26..2018-02-15 Deputy President
  ZAF GOV 2018-02-15.. President
Jacob Zuma | Jacob Gedleyihlekisa Zuma
  ZAF GOV 2009-05-09..2018-02-14 President
Naledi Pandor
  ZAF GOV 2019-05-30..2024-07-03 Minister of International Relations
Ronald Lamola
  ZAF GOV 2024-07-03.. Minister of International Relations
Assimi Goïta | Assimi Goita
  MLI MIL ..2020-08-19 Army colonel, special forces commander
  MLI GOV 2020-08-19..2021-05-24 Junta leader, transitional Vice President
  MLI GOV 2021-05-24.. Transitional President
Abdoulaye Diop
  MLI GOV .. Foreign Minister (2014-2017, 2021-)
Sadio Camara
  MLI GOV 2020-10-05.. Defence Minister
Choguel Kokalla Maïga | Choguel Maiga, Choguel Kokalla Maiga, Choguel Maïga
  MLI GOV 2021-06-07..2024-11-20 Prime Minister
Abdoulaye Maïga | Abdoulaye Maiga
  MLI GOV 2024-11-21.. Prime Minister
Ibrahim Boubacar Keïta | Ibrahim Boubacar Keita, IBK | dead
  MLI GOV 2013-09-04..2020-08-18 President
Iyad Ag Ghaly | Iyad ag Ghali, Iyad Ag Ghali
  MLI REB .. Leader of JNIM
Amadou Koufa | Amadou Kouffa
  MLI REB .. JNIM commander, Katiba Macina leader
Abdourahamane Tchiani | Abdourahamane Tiani, Abdourahmane Tiani, Omar Tchiani, Abdourahmane Tchiani
  NER MIL ..2023-07-26 Commander of the Presidential Guard
  NER GOV 2023-07-26.. Junta leader, President
Mohamed Bazoum
  NER GOV 2021-04-02..2023-07-26 President
Ali Lamine Zeine | Lamine Zeine, Ali Mahaman Lamine Zeine
  NER GOV 2023-08-08.. Prime Minister
Ibrahim Traoré | Ibrahim Traore
  BFA MIL ..2022-09-30 Army captain
  BFA GOV 2022-09-30.. Transitional President
Paul-Henri Sandaogo Damiba | Paul-Henri Damiba, Paul Henri Damiba
  BFA MIL ..2022-01-24 Army lieutenant colonel
  BFA GOV 2022-01-24..2022-09-30 Junta leader, President
Roch Marc Christian Kaboré | Roch Kabore, Roch Marc Christian Kabore, Roch Kaboré
  BFA GOV 2015-12-29..2022-01-24 President
Idriss Déby | Idriss Deby, Idriss Déby Itno, Idriss Deby Itno | dead
  TCD GOV 1990-12-02..2021-04-20 President
Mahamat Idriss Déby | Mahamat Idriss Deby, Mahamat Deby, Mahamat Idriss Déby Itno, Mahamat Kaka
  TCD MIL ..2021-04-20 Army general
  TCD GOV 2021-04-20..2024-05-23 Transitional President
  TCD GOV 2024-05-23.. President
Mamady Doumbouya | Mamadi Doumbouya
  GIN MIL ..2021-09-05 Special forces commander
  GIN GOV 2021-09-05.. Junta leader, President
Alpha Condé | Alpha Conde
  GIN GOV 2010-12-21..2021-09-05 President
Brice Oligui Nguema | Brice Clotaire Oligui Nguema
  GAB MIL ..2023-08-30 Republican Guard commander
  GAB GOV 2023-08-30.. Junta leader, President
Ali Bongo Ondimba | Ali Bongo
  GAB GOV 2009-10-16..2023-08-30 President
Macky Sall
  SEN GOV 2012-04-02..2024-04-02 President
Bassirou Diomaye Faye | Diomaye Faye
  SEN GOV 2024-04-02.. President
Ousmane Sonko
  SEN OPP ..2024-04-02 Opposition leader
  SEN GOV 2024-04-02.. Prime Minister
"""

# ---- Afghanistan, Pakistan, India, transnational jihadist groups
HAND += """
Hibatullah Akhundzada | Haibatullah Akhundzada, Hibatullah Akhunzada, Haibatullah Akhunzada
  + Mawlawi Hibatullah Akhundzada, Mullah Hibatullah Akhundzada, Hebatullah Akhundzada
  AFG REB 2016-05-25..2021-08-15 Taliban leader
  AFG GOV 2021-08-15.. Supreme Leader of the Taliban government
Mohammad Hasan Akhund | Mullah Mohammad Hassan Akhund, Hasan Akhund, Mohammad Hassan Akhund
  AFG REB ..2021-08-15 Taliban leadership council head
  AFG GOV 2021-09-07.. Prime Minister of the Taliban government
Abdul Ghani Baradar | Mullah Baradar, Mullah Abdul Ghani Baradar, Abdul Ghani Biradar
  AFG REB ..2021-08-15 Taliban co-founder, political office head
  AFG GOV 2021-09-07.. Deputy Prime Minister of the Taliban government
Sirajuddin Haqqani | Siraj Haqqani, Sirajuddin Haqani, Siraj-ud-Din Haqqani
  AFG REB ..2021-08-15 Taliban deputy leader, Haqqani network head
  AFG GOV 2021-09-07.. Interior Minister of the Taliban government
Amir Khan Muttaqi | Amir Khan Motaqi, Amir Khan Mottaki, Amir Khan Muttaqui
  AFG REB ..2021-08-15 Taliban official
  AFG GOV 2021-09-07.. Foreign Minister of the Taliban government
Zabihullah Mujahid | Zabiullah Mujahid, Zabihullah Mujahed
  AFG REB ..2021-08-15 Taliban spokesman
  AFG GOV 2021-08-15.. Taliban government spokesman
Mohammad Yaqoob | Mullah Yaqoob, Mohammad Yaqub, Mullah Mohammad Yaqoob, Mohammad Yaqoob Mujahid
  AFG REB ..2021-08-15 Taliban military commission head
  AFG GOV 2021-09-07.. Defence Minister of the Taliban government
Suhail Shaheen | Suhail Shahin
  AFG REB ..2021-08-15 Taliban spokesman
  AFG GOV 2021-08-15.. Taliban political office head in Doha
Akhtar Mansour | Akhtar Mohammad Mansour, Mullah Akhtar Mansour, Mullah Akhtar Mohammad Mansour | dead
  AFG REB ..2016-05-21 Taliban leader
Mohammed Omar | Mullah Omar, Mullah Mohammed Omar, Mullah Mohammad Omar | dead
  AFG REB ..2013-04-23 Taliban founder and leader
Ashraf Ghani | Mohammad Ashraf Ghani, Ashraf Ghani Ahmadzai
  AFG GOV 2014-09-29..2021-08-15 President
Hamid Karzai
  AFG GOV 2001-12-22..2014-09-29 President
Abdullah Abdullah
  AFG GOV 2001-12-22..2006-03-20 Foreign Minister
  AFG GOV 2014-09-29..2020-03-11 Chief Executive
  AFG GOV 2020-05-17..2021-08-15 Chairman of the High Council for National Reconciliation
Amrullah Saleh
  AFG GOV ..2021-08-15 First Vice President (2020-2021), earlier intelligence chief and interior minister
  AFG REB 2021-08-15.. National Resistance Front leader
Ahmad Massoud | Ahmad Shah Massoud Jr.
  AFG REB 2021-08-15.. National Resistance Front leader
Sanaullah Ghafari | Shahab al-Muhajir
  IMG REB .. Islamic State Khorasan Province leader
Osama bin Laden | Usama bin Laden, Osama bin Ladin, Usama bin Ladin | dead
  IMG REB ..2011-05-02 Al-Qaeda founder and leader
Ayman al-Zawahiri | Ayman al-Zawahri, Ayman Zawahiri, Ayman al-Zawahry | dead
  IMG REB ..2022-07-31 Al-Qaeda leader
Saif al-Adel | Saif al-Adl, Sayf al-Adl
  IMG REB .. Al-Qaeda leader
Abu Bakr al-Baghdadi | Abubakr al-Baghdadi, Ibrahim Awad Ibrahim al-Badri, Abu Bakr al-Bagdadi, Abu Bakr Baghdadi | dead
  IMG REB ..2019-10-27 Islamic State leader
Abu Ibrahim al-Hashimi al-Qurashi | Amir Mohammed Said Abdal-Rahman al-Mawla | dead
  IMG REB 2019-10-31..2022-02-03 Islamic State leader
Abu Hafs al-Hashimi al-Qurashi
  IMG REB 2023-08-03.. Islamic State leader
Abu Mohammed al-Adnani | Abu Muhammad al-Adnani | dead
  IMG REB ..2016-08-30 Islamic State spokesman
Shehbaz Sharif | Shahbaz Sharif, Mian Shehbaz Sharif, Muhammad Shehbaz Sharif, Shebaz Sharif
  PAK GOV 2008-06-08..2018-06-07 Chief Minister of Punjab
  PAK LEG 2018-08-20..2022-04-11 Leader of the Opposition
  PAK GOV 2022-04-11..2023-08-14 Prime Minister
  PAK GOV 2024-03-04.. Prime Minister
Nawaz Sharif | Mian Nawaz Sharif, Muhammad Nawaz Sharif, Mian Muhammad Nawaz Sharif
  PAK GOV 2013-06-05..2017-07-28 Prime Minister
Imran Khan | Imran Ahmed Khan Niazi, Imran Khan Niazi
  PAK GOV 2018-08-18..2022-04-10 Prime Minister
Anwaar-ul-Haq Kakar | Anwar-ul-Haq Kakar, Anwaarul Haq Kakar
  PAK GOV 2023-08-14..2024-03-04 Caretaker Prime Minister
Asif Ali Zardari
  PAK GOV 2008-09-09..2013-09-09 President
  PAK GOV 2024-03-10.. President
Arif Alvi
  PAK GOV 2018-09-09..2024-03-10 President
Bilawal Bhutto Zardari | Bilawal Bhutto
  PAK GOV 2022-04-27..2023-08-10 Foreign Minister
  PAK PTY 2023-08-10.. Pakistan Peoples Party chairman
Ishaq Dar | Muhammad Ishaq Dar
  PAK GOV 2022-09-28..2023-08-10 Finance Minister
  PAK GOV 2024-03-11.. Foreign Minister, Deputy Prime Minister
Shah Mahmood Qureshi | Shah Mehmood Qureshi
  PAK GOV 2018-08-20..2022-04-10 Foreign Minister
Khawaja Muhammad Asif | Khawaja Asif
  PAK GOV 2022-04-19..2023-08-10 Defence Minister
  PAK GOV 2024-03-11.. Defence Minister
Asim Munir | Syed Asim Munir, Asim Munir Ahmed Shah
  PAK MIL .. Chief of Army Staff (2022-), Field Marshal
Qamar Javed Bajwa | Qamar Bajwa
  PAK MIL ..2022-11-29 Chief of Army Staff (2016-2022)
Raheel Sharif
  PAK MIL ..2016-11-29 Chief of Army Staff (2013-2016)
Noor Wali Mehsud | Mufti Noor Wali Mehsud
  PAK REB .. Tehrik-i-Taliban Pakistan leader
Hafiz Saeed | Hafiz Muhammad Saeed
  PAK REB .. Lashkar-e-Taiba founder
Masood Azhar | Maulana Masood Azhar
  PAK REB .. Jaish-e-Mohammed founder
Narendra Modi | Narendra Damodardas Modi | Q1058
  IND GOV 2001-10-07..2014-05-22 Chief Minister of Gujarat
  IND GOV 2014-05-26.. Prime Minister
Manmohan Singh | dead
  IND GOV 2004-05-22..2014-05-26 Prime Minister
Subrahmanyam Jaishankar | S. Jaishankar, S Jaishankar, Jaishankar Subrahmanyam
  IND GOV 2015-01-29..2018-01-28 Foreign Secretary
  IND GOV 2019-05-30.. External Affairs Minister
Sushma Swaraj | dead
  IND GOV 2014-05-26..2019-05-30 External Affairs Minister
Rajnath Singh
  IND GOV 2014-05-26..2019-05-30 Home Minister
  IND GOV 2019-05-31.. Defence Minister
Nirmala Sitharaman
  IND GOV 2017-09-03..2019-05-30 Defence Minister
  IND GOV 2019-05-31.. Finance Minister
Amit Shah | Amit Anilchandra Shah
  IND PTY 2014-07-09..2019-05-30 BJP president
  IND GOV 2019-05-30.. Home Minister
Ajit Doval
  IND GOV 2014-05-30.. National Security Adviser
Vikram Misri
  IND GOV .. Diplomat, Foreign Secretary (2024-)
Droupadi Murmu
  IND GOV 2022-07-25.. President
Ram Nath Kovind
  IND GOV 2017-07-25..2022-07-25 President
Rahul Gandhi
  IND LEG .. Congress party leader, Leader of the Opposition (2024-)
Bipin Rawat | dead
  IND MIL ..2021-12-08 Army chief, Chief of Defence Staff (2020-2021)
Anil Chauhan
  IND MIL .. Chief of Defence Staff (2022-)
Upendra Dwivedi
  IND MIL .. Chief of the Army Staff (2024-)
Manoj Pande
  IND MIL ..2024-06-30 Chief of the Army Staff (2022-2024)
Sheikh Hasina | Sheikh Hasina Wazed, Hasina Wazed
  BGD GOV 2009-01-06..2024-08-05 Prime Minister
Muhammad Yunus | Mohammad Yunus
  BGD GOV 2024-08-08.. Chief Adviser of the interim government
"""

# ---- East and South-East Asia
HAND += """
Xi Jinping | Xi Jin Ping, Xi | Q15031
  CHN GOV 2008-03-15..2012-11-15 Vice President
  CHN GOV 2012-11-15.. General Secretary of the Communist Party, President (2013-)
Hu Jintao | Hu
  CHN GOV 2002-11-15..2013-03-14 General Secretary, President
Li Keqiang | Li | dead
  CHN GOV 2013-03-15..2023-03-11 Premier
Li Qiang | Li
  CHN GOV 2023-03-11.. Premier
Han Zheng
  CHN GOV 2023-03-10.. Vice President
Zhao Leji
  CHN LEG 2023-03-10.. Chairman of the National People's Congress Standing Committee
Wang Yi | Wang
  CHN GOV 2013-03-16.. Foreign Minister, director of the Central Foreign Affairs Commission office
Qin Gang | Qin
  CHN GOV ..2023-07-25 Ambassador to the US, Foreign Minister (2022-2023)
Yang Jiechi | Yang
  CHN GOV 2007-04-27.. Foreign Minister, then top diplomat
Wei Fenghe | Wei
  CHN GOV 2018-03-19..2023-03-12 Defence Minister
Li Shangfu | Li
  CHN GOV 2023-03-12..2023-10-24 Defence Minister
Dong Jun | Dong
  CHN GOV 2023-12-29.. Defence Minister
Zhang Youxia
  CHN MIL .. Vice Chairman of the Central Military Commission
He Weidong
  CHN MIL .. Vice Chairman of the Central Military Commission (2022-2025)
He Lifeng
  CHN GOV 2023-03-12.. Vice Premier
Wang Wentao
  CHN GOV 2020-12-26.. Commerce Minister
Hua Chunying
  CHN GOV .. Foreign Ministry spokeswoman, then vice minister
Zhao Lijian
  CHN GOV .. Foreign Ministry spokesman
Wang Wenbin
  CHN GOV .. Foreign Ministry spokesman
Mao Ning
  CHN GOV .. Foreign Ministry spokeswoman
Lin Jian
  CHN GOV .. Foreign Ministry spokesman
Guo Jiakun
  CHN GOV .. Foreign Ministry spokesman
Fu Cong
  CHN GOV .. Ambassador to the UN (2024-)
Zhang Jun
  CHN GOV .. Ambassador to the UN (2019-2024)
John Lee Ka-chiu | John Lee, Lee Ka-chiu
  HKG GOV 2022-07-01.. Chief Executive of Hong Kong
Carrie Lam | Carrie Lam Cheng Yuet-ngor
  HKG GOV 2017-07-01..2022-06-30 Chief Executive of Hong Kong
Tsai Ing-wen | Tsai Ing-Wen, Tsai Ingwen, Tsai Ing Wen, Tsai
  TWN GOV 2016-05-20..2024-05-20 President
Lai Ching-te | William Lai, William Lai Ching-te, Lai Ching-Te, Lai Ching Te, Lai Qingde, Lai
  TWN GOV 2017-09-08..2019-01-14 Premier
  TWN GOV 2020-05-20..2024-05-20 Vice President
  TWN GOV 2024-05-20.. President
Hsiao Bi-khim | Bi-khim Hsiao, Hsiao Bi-Khim, Hsiao
  TWN GOV 2024-05-20.. Vice President
Ma Ying-jeou | Ma Ying-Jeou
  TWN GOV 2008-05-20..2016-05-20 President
Joseph Wu | Wu Jaushieh, Joseph Wu Jaushieh
  TWN GOV 2018-02-26..2024-05-20 Foreign Minister
  TWN GOV 2024-05-20.. Secretary-General of the National Security Council
Lin Chia-lung | Lin Chia-Lung
  TWN GOV 2024-05-20.. Foreign Minister
Wellington Koo | Koo Li-hsiung
  TWN GOV 2024-05-20.. Defence Minister
Chiu Kuo-cheng | Chiu Kuo-Cheng, Chiu
  TWN GOV 2021-02-23..2024-05-20 Defence Minister
Cho Jung-tai | Cho Jung-Tai
  TWN GOV 2024-05-20.. Premier
Kim Jong Un | Kim Jong-un, Kim Jong-Un, Kim Jongun, Kim | Q56226
  PRK GOV 2011-12-17.. Supreme Leader
Kim Yo Jong | Kim Yo-jong, Kim Yo-Jong
  PRK GOV .. Senior Workers' Party official, sister of Kim Jong Un
Choe Son Hui | Choe Son-hui, Choe Son-Hui, Choi Son-hee, Choi Son Hui, Choe
  PRK GOV .. Foreign Minister (2022-)
Moon Jae-in | Moon Jae In, Moon Jae-In, Moon
  KOR GOV 2017-05-10..2022-05-10 President
Park Geun-hye | Park Geun Hye, Park Geun-Hye, Park
  KOR GOV 2013-02-25..2017-03-10 President
Yoon Suk Yeol | Yoon Suk-yeol, Yoon Seok-youl, Yoon Suk-Yeol, Yoon Seok-yeol, Yoon
  KOR JUD 2019-07-25..2021-03-04 Prosecutor General
  KOR GOV 2022-05-10..2025-04-04 President
Lee Jae-myung | Lee Jae Myung, Lee Jae-Myung, Lee
  KOR LEG 2022-06-01..2025-06-04 Member of the National Assembly, Democratic Party leader
  KOR GOV 2025-06-04.. President
Han Duck-soo | Han Duck Soo, Han Deok-su, Han
  KOR GOV 2022-05-21..2025-05-01 Prime Minister (acting President Dec 2024)
Choi Sang-mok | Choi Sang Mok, Choi
  KOR GOV 2023-12-29..2025-05-02 Finance Minister (acting President Dec 2024 - Mar 2025)
Kang Kyung-wha | Kang Kyung Wha, Kang
  KOR GOV 2017-06-18..2021-02-08 Foreign Minister
Chung Eui-yong | Chung Eui Yong, Chung
  KOR GOV 2021-02-09..2022-05-11 Foreign Minister
Park Jin | Park
  KOR GOV 2022-05-12..2024-01-10 Foreign Minister
Cho Tae-yul | Cho Tae Yul, Cho
  KOR GOV 2024-01-10..2025-06-04 Foreign Minister
Kim Yong-hyun | Kim Yong Hyun
  KOR GOV 2024-09-06..2024-12-05 Defence Minister
Shinzo Abe | Shinzō Abe | dead
  JPN GOV 2006-09-26..2007-09-26 Prime Minister
  JPN GOV 2012-12-26..2020-09-16 Prime Minister
Yoshihide Suga | | mp
  JPN GOV 2012-12-26..2020-09-16 Chief Cabinet Secretary
  JPN GOV 2020-09-16..2021-10-04 Prime Minister
Fumio Kishida | | mp
  JPN GOV 2012-12-26..2017-08-03 Foreign Minister
  JPN GOV 2021-10-04..2024-10-01 Prime Minister
Shigeru Ishiba | | mp
  JPN GOV 2024-10-01..2025-10-21 Prime Minister
Sanae Takaichi
  JPN GOV 2025-10-21.. Prime Minister
Taro Kono | Tarō Kōno | mp
  JPN GOV 2017-08-03..2019-09-11 Foreign Minister
  JPN GOV 2019-09-11..2020-09-16 Defence Minister
  JPN GOV 2020-09-16..2021-10-04 Administrative Reform Minister
  JPN GOV 2022-08-10..2024-10-01 Digital Minister
Toshimitsu Motegi | | mp
  JPN GOV 2019-09-11..2021-11-10 Foreign Minister
  JPN GOV 2025-10-21.. Foreign Minister
Yoshimasa Hayashi | | mp
  JPN GOV 2021-11-10..2023-09-13 Foreign Minister
  JPN GOV 2023-12-14..2025-10-21 Chief Cabinet Secretary
Yoko Kamikawa
  JPN GOV 2023-09-13..2024-10-01 Foreign Minister
Takeshi Iwaya
  JPN GOV 2024-10-01..2025-10-21 Foreign Minister
Nobuo Kishi
  JPN GOV 2020-09-16..2022-08-10 Defence Minister
Yasukazu Hamada
  JPN GOV 2022-08-10..2023-09-13 Defence Minister
Minoru Kihara | | mp
  JPN GOV 2023-09-13..2024-10-01 Defence Minister
  JPN GOV 2025-10-21.. Chief Cabinet Secretary
Gen Nakatani
  JPN GOV 2024-10-01..2025-10-21 Defence Minister
Shinjiro Koizumi
  JPN GOV 2025-10-21.. Defence Minister
Naruhito | Emperor Naruhito
  JPN GOV 2019-05-01.. Emperor
Min Aung Hlaing | Senior General Min Aung Hlaing
  MMR MIL 2011-03-30..2021-02-01 Commander-in-Chief of Defence Services
  MMR GOV 2021-02-01..2025-07-31 Junta leader (State Administration Council chairman), army chief
  MMR GOV 2025-07-31.. Acting President, army chief
Aung San Suu Kyi | Suu Kyi, Daw Aung San Suu Kyi
  MMR LEG 2012-05-02..2016-03-30 Member of parliament, opposition leader
  MMR GOV 2016-03-30..2021-02-01 State Counsellor, Foreign Minister
Win Myint
  MMR GOV 2018-03-30..2021-02-01 President
Soe Win
  MMR MIL .. Deputy Commander-in-Chief
Duwa Lashi La
  MMR REB .. Acting President of the National Unity Government
Twan Mrat Naing
  MMR REB .. Arakan Army commander
Ferdinand Marcos Jr. | Bongbong Marcos, Ferdinand Marcos Jr, Ferdinand Romualdez Marcos Jr.
  PHL GOV 2022-06-30.. President
Rodrigo Duterte | Rodrigo Roa Duterte
  PHL GOV 2016-06-30..2022-06-30 President
Sara Duterte | Sara Duterte-Carpio, Sara Zimmerman Duterte
  PHL GOV 2022-06-30.. Vice President
Joko Widodo | Jokowi
  IDN GOV 2014-10-20..2024-10-20 President
Prabowo Subianto | Prabowo
  IDN GOV 2019-10-23..2024-10-20 Defence Minister
  IDN GOV 2024-10-20.. President
Retno Marsudi | Retno Lestari Priansari Marsudi
  IDN GOV 2014-10-27..2024-10-20 Foreign Minister
Anwar Ibrahim
  MYS GOV 2022-11-24.. Prime Minister
Lee Hsien Loong
  SGP GOV 2004-08-12..2024-05-15 Prime Minister
  SGP GOV 2024-05-15.. Senior Minister
Lawrence Wong
  SGP GOV 2024-05-15.. Prime Minister
Vivian Balakrishnan
  SGP GOV 2015-10-01.. Foreign Minister
Prayut Chan-o-cha | Prayuth Chan-ocha, Prayut Chan-ocha, Prayuth Chan-o-cha
  THA MIL ..2014-05-22 Army commander
  THA GOV 2014-05-22..2023-08-22 Junta leader, Prime Minister
Srettha Thavisin
  THA GOV 2023-08-22..2024-08-14 Prime Minister
Paetongtarn Shinawatra | Paetongtarn
  THA GOV 2024-08-16..2025-08-29 Prime Minister
Anutin Charnvirakul
  THA GOV 2025-09-05.. Prime Minister
Thaksin Shinawatra
  THA GOV 2001-02-09..2006-09-19 Prime Minister
Hun Sen
  KHM GOV 1985-01-14..2023-08-22 Prime Minister
  KHM LEG 2024-04-03.. President of the Senate
Hun Manet
  KHM MIL ..2023-08-22 Army commander
  KHM GOV 2023-08-22.. Prime Minister
To Lam | Tô Lâm
  VNM GOV 2016-04-09..2024-05-22 Public Security Minister
  VNM GOV 2024-05-22.. President (to 2024-10-21), Communist Party General Secretary
Nguyen Phu Trong | Nguyễn Phú Trọng | dead
  VNM GOV 2011-01-19..2024-07-19 Communist Party General Secretary
"""

# ---- Americas
HAND += """
Nicolás Maduro | Nicolas Maduro, Nicolás Maduro Moros, Nicolas Maduro Moros
  VEN GOV 2006-08-09..2013-01-15 Foreign Minister
  VEN GOV 2012-10-13..2013-03-05 Vice President
  VEN GOV 2013-03-05..2026-01-03 President (captured by US forces 2026-01-03)
Delcy Rodríguez | Delcy Rodriguez, Delcy Eloína Rodríguez, Delcy Eloina Rodriguez
  VEN GOV 2014-12-26..2017-06-21 Foreign Minister
  VEN LEG 2017-08-04..2018-06-14 President of the Constituent Assembly
  VEN GOV 2018-06-14..2026-01-03 Vice President
  VEN GOV 2026-01-03.. Acting President
Diosdado Cabello | Diosdado Cabello Rondón
  VEN GOV .. Socialist party (PSUV) leader, Interior Minister (2024-)
Vladimir Padrino López | Vladimir Padrino Lopez, Vladimir Padrino
  VEN GOV 2014-10-25.. Defence Minister
Yván Gil | Yvan Gil, Yván Gil Pinto
  VEN GOV .. Foreign Minister (2023-)
Hugo Chávez | Hugo Chavez, Hugo Rafael Chávez Frías | dead
  VEN GOV 1999-02-02..2013-03-05 President
Juan Guaidó | Juan Guaido
  VEN LEG ..2019-01-23 Member and President of the National Assembly
  VEN OPP 2019-01-23..2022-12-30 Opposition leader, self-declared interim president
María Corina Machado | Maria Corina Machado
  VEN OPP .. Opposition leader
Edmundo González Urrutia | Edmundo Gonzalez Urrutia, Edmundo González, Edmundo Gonzalez
  VEN OPP .. Opposition presidential candidate (2024)
Gustavo Petro | Gustavo Petro Urrego, Gustavo Francisco Petro
  COL LEG 2018-07-20..2022-08-07 Senator
  COL GOV 2022-08-07.. President
Iván Duque | Ivan Duque, Iván Duque Márquez, Ivan Duque Marquez
  COL GOV 2018-08-07..2022-08-07 President
Juan Manuel Santos | Juan Manuel Santos Calderón
  COL GOV 2010-08-07..2018-08-07 President
Álvaro Uribe | Alvaro Uribe, Álvaro Uribe Vélez, Alvaro Uribe Velez
  COL GOV 2002-08-07..2010-08-07 President
Francia Márquez | Francia Marquez, Francia Elena Márquez Mina
  COL GOV 2022-08-07.. Vice President
Rodrigo Londoño | Rodrigo Londono, Timochenko, Timoleón Jiménez, Timoleon Jimenez, Rodrigo Londoño Echeverri
  COL REB ..2016-11-24 FARC commander-in-chief
  COL PTY 2016-11-24.. Leader of the FARC's political party (Comunes)
Iván Márquez | Ivan Marquez, Luciano Marín Arango
  COL REB .. FARC commander, Segunda Marquetalia leader
Iván Mordisco | Ivan Mordisco, Néstor Gregorio Vera, Nestor Gregorio Vera Fernandez
  COL REB .. FARC dissident (EMC) leader
Pablo Beltrán | Pablo Beltran
  COL REB .. ELN chief negotiator
Claudia Sheinbaum | Claudia Sheinbaum Pardo
  MEX GOV 2018-12-05..2023-06-16 Head of Government of Mexico City
  MEX GOV 2024-10-01.. President
Andrés Manuel López Obrador | Andres Manuel Lopez Obrador, AMLO, López Obrador, Lopez Obrador
  MEX GOV 2018-12-01..2024-09-30 President
Enrique Peña Nieto | Enrique Pena Nieto, Peña Nieto, Pena Nieto
  MEX GOV 2012-12-01..2018-11-30 President
Marcelo Ebrard | Marcelo Ebrard Casaubón
  MEX GOV 2018-12-01..2023-06-12 Foreign Minister
  MEX GOV 2024-10-01.. Economy Secretary
Omar García Harfuch | Omar Garcia Harfuch
  MEX GOV 2024-10-01.. Security Secretary
Joaquín Guzmán | Joaquin Guzman, El Chapo, Joaquín Guzmán Loera, Joaquin Guzman Loera, Joaquín 'El Chapo' Guzmán
  MEX CRM .. Sinaloa Cartel leader (imprisoned in the US)
Ismael Zambada | Ismael 'El Mayo' Zambada, El Mayo Zambada, Ismael Zambada García
  MEX CRM .. Sinaloa Cartel leader
Nemesio Oseguera Cervantes | El Mencho, Nemesio Oseguera
  MEX CRM .. Jalisco New Generation Cartel leader
Luiz Inácio Lula da Silva | Lula, Lula da Silva, Luiz Inacio Lula da Silva, Luiz Inácio Lula, Luiz Inacio Lula
  BRA GOV 2003-01-01..2011-01-01 President
  BRA GOV 2023-01-01.. President
Jair Bolsonaro | Jair Messias Bolsonaro
  BRA GOV 2019-01-01..2023-01-01 President
Dilma Rousseff | Dilma Vana Rousseff
  BRA GOV 2011-01-01..2016-08-31 President
  IGO GOV 2023-03-24.. President of the New Development Bank
Michel Temer
  BRA GOV 2011-01-01..2016-05-12 Vice President
  BRA GOV 2016-05-12..2019-01-01 President (acting until 2016-08-31)
Mauro Vieira
  BRA GOV 2015-01-01..2016-05-12 Foreign Minister
  BRA GOV 2023-01-01.. Foreign Minister
Celso Amorim
  BRA GOV 2023-01-01.. Chief foreign policy adviser
Javier Milei | Javier Gerardo Milei
  ARG GOV 2023-12-10.. President
Alberto Fernández | Alberto Fernandez
  ARG GOV 2019-12-10..2023-12-10 President
Gabriel Boric | Gabriel Boric Font
  CHL GOV 2022-03-11..2026-03-11 President
José Antonio Kast | Jose Antonio Kast
  CHL PTY ..2026-03-11 Republican Party leader, president-elect
  CHL GOV 2026-03-11.. President
Dina Boluarte | Dina Ercilia Boluarte
  PER GOV 2022-12-07..2025-10-10 President
Pedro Castillo | Pedro Castillo Terrones
  PER GOV 2021-07-28..2022-12-07 President
Daniel Noboa | Daniel Noboa Azín
  ECU GOV 2023-11-23.. President
Luis Arce | Luis Alberto Arce, Luis Arce Catacora
  BOL GOV 2020-11-08..2025-11-08 President
Evo Morales | Juan Evo Morales Ayma
  BOL GOV 2006-01-22..2019-11-10 President
Nayib Bukele | Nayib Armando Bukele
  SLV GOV 2019-06-01.. President
Daniel Ortega | José Daniel Ortega Saavedra
  NIC GOV 2007-01-10.. President
Rosario Murillo
  NIC GOV 2017-01-10.. Vice President, co-President (2025-)
Miguel Díaz-Canel | Miguel Diaz-Canel, Miguel Díaz-Canel Bermúdez
  CUB GOV 2018-04-19.. President
Raúl Castro | Raul Castro
  CUB GOV 2008-02-24..2018-04-19 President
Bruno Rodríguez | Bruno Rodriguez, Bruno Rodríguez Parrilla, Bruno Rodriguez Parrilla
  CUB GOV 2009-03-02.. Foreign Minister
Jimmy Chérizier | Jimmy Cherizier, Jimmy 'Barbecue' Chérizier, Jimmy 'Barbecue' Cherizier
  HTI CRM .. Gang coalition leader (G9, Viv Ansanm)
Justin Trudeau | Justin Pierre James Trudeau | Q3099714
  CAN GOV 2015-11-04..2025-03-14 Prime Minister
Mark Carney | Mark Joseph Carney
  CAN GOV 2008-02-01..2013-06-01 Governor of the Bank of Canada
  GBR GOV 2013-07-01..2020-03-15 Governor of the Bank of England
  CAN GOV 2025-03-14.. Prime Minister
Mélanie Joly | Melanie Joly
  CAN GOV 2021-10-26..2025-05-13 Foreign Minister
  CAN GOV 2025-05-13.. Industry Minister
Anita Anand
  CAN GOV 2021-10-26..2023-07-26 Defence Minister
  CAN GOV 2025-05-13.. Foreign Minister
Chrystia Freeland
  CAN GOV 2017-01-10..2019-11-20 Foreign Minister
  CAN GOV 2019-11-20..2024-12-16 Deputy Prime Minister, Finance Minister
  CAN GOV 2025-03-14.. Minister
"""

# ---- Caucasus, Central Asia, Oceania and others
HAND += """
Ilham Aliyev | Ilham Aliev, Ilham Heydar oglu Aliyev
  AZE GOV 2003-10-31.. President
Mehriban Aliyeva | Mehriban Aliyeva
  AZE GOV 2017-02-21.. First Vice President
Jeyhun Bayramov | Ceyhun Bayramov
  AZE GOV 2020-07-16.. Foreign Minister
Zakir Hasanov | Zakir Hasanov
  AZE GOV 2013-10-22.. Defence Minister
Hikmet Hajiyev | Hikmat Hajiyev
  AZE GOV .. Foreign policy adviser to the President
Nikol Pashinyan | Nikol Pashinian
  ARM OPP ..2018-05-08 Opposition leader, protest leader
  ARM GOV 2018-05-08.. Prime Minister
Ararat Mirzoyan
  ARM LEG 2019-01-14..2021-08-02 Speaker of the National Assembly
  ARM GOV 2021-08-19.. Foreign Minister
Serzh Sargsyan | Serzh Sargsian
  ARM GOV 2008-04-09..2018-04-23 President, then Prime Minister
Vahagn Khachaturyan
  ARM GOV 2022-03-13.. President
Suren Papikyan
  ARM GOV 2021-11-15.. Defence Minister
Irakli Kobakhidze
  GEO PTY ..2024-02-08 Georgian Dream party chairman
  GEO GOV 2024-02-08.. Prime Minister
Irakli Garibashvili
  GEO GOV 2013-11-20..2015-12-30 Prime Minister
  GEO GOV 2019-09-08..2021-02-22 Defence Minister
  GEO GOV 2021-02-22..2024-01-29 Prime Minister
Bidzina Ivanishvili
  GEO GOV 2012-10-25..2013-11-20 Prime Minister
  GEO PTY 2013-11-20.. Georgian Dream founder and honorary chairman
Salome Zourabichvili | Salome Zurabishvili
  GEO GOV 2018-12-16..2024-12-29 President
Mikheil Kavelashvili | Mikheil Kavelashvili
  GEO GOV 2024-12-29.. President
Mikheil Saakashvili | Mikhail Saakashvili
  GEO GOV 2004-01-25..2013-11-17 President
  UKR GOV 2015-05-30..2016-11-07 Governor of Odesa region
Kassym-Jomart Tokayev | Kassym Jomart Tokayev, Kasym-Zhomart Tokayev, Qasym-Jomart Toqayev
  KAZ LEG 2013-10-16..2019-03-19 Chairman of the Senate
  KAZ GOV 2019-03-20.. President
Nursultan Nazarbayev | Nursultan Nazarbaev
  KAZ GOV 1990-04-24..2019-03-20 President
  KAZ GOV 2019-03-20..2022-01-05 Chairman of the Security Council
Sadyr Japarov | Sadyr Zhaparov
  KGZ GOV 2021-01-28.. President
Emomali Rahmon | Emomali Rakhmon, Emomalii Rahmon, Emomali Rakhmonov
  TJK GOV 1994-11-16.. President
Shavkat Mirziyoyev | Shavkat Mirziyoev
  UZB GOV 2016-09-08.. President
Serdar Berdimuhamedow | Serdar Berdimuhamedov
  TKM GOV 2022-03-19.. President
Gurbanguly Berdimuhamedow | Gurbanguly Berdimuhamedov
  TKM GOV 2007-02-14..2022-03-19 President
Anthony Albanese
  AUS GOV 2022-05-23.. Prime Minister
Scott Morrison
  AUS GOV 2018-08-24..2022-05-23 Prime Minister
Malcolm Turnbull
  AUS GOV 2015-09-15..2018-08-24 Prime Minister
Tony Abbott | Anthony Abbott, Anthony John Abbott
  AUS LEG 1994-03-26..2013-09-18 Member of Parliament
  AUS GOV 2013-09-18..2015-09-15 Prime Minister
  AUS LEG 2015-09-15..2019-05-18 Member of Parliament
Penny Wong
  AUS GOV 2022-05-23.. Foreign Minister
Richard Marles
  AUS GOV 2022-05-23.. Deputy Prime Minister, Defence Minister
Jacinda Ardern
  NZL GOV 2017-10-26..2023-01-25 Prime Minister
Christopher Luxon
  NZL GOV 2023-11-27.. Prime Minister
Rodrigo Paz | Rodrigo Paz Pereira
  BOL GOV 2025-11-08.. President
"""


# ---- Namesakes of more prominent people, listed last on purpose: the resolver breaks ties
# between people who all hold a role on the date by file order ("Johnson" in 2020 is Boris).
HAND += """
Mike Johnson | Michael Johnson
  USA LEG 2017-01-03.. Representative, Speaker of the House (2023-)
"""

if __name__ == "__main__":
    sys.exit(main())
