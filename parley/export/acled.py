"""ACLED's export layout: its 31 columns with a header, one row per event ACLED would record.

ACLED covers political violence, demonstrations and strategic developments only, so consultations,
statements, accusations, aid and the like have no row. The mapping is in `classify`; docs/formats.md
lists it with every column's source and what cannot be filled.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from parley.export.common import NOT_HAPPENED, clean_cell, country_name, is_country, name_of, sides, when
from parley.export.gdelt import global_event_id
from parley.records import Actor, StoredEvent

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
)

BATTLES, REMOTE, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"
VIOLENT = frozenset({BATTLES, REMOTE, VAC})

REMOTE_MODES = {
    "aerial": "Air/drone strike", "drone": "Air/drone strike",
    "heavy-weapons": "Shelling/artillery/missile attack", "explosives": "Remote explosive/landmine/IED",
    "suicide-attack": "Suicide bomb", "unconventional": "Chemical weapon",
}
# AGREE and SUPPORT are ACLED "Agreement"s only between warring parties; the trigger ("reach a
# ceasefire", "sign a peace deal") is the one sign of that Parley keeps.
AGREEMENT_WORDS = ("ceasefire", "cease-fire", "truce", "armistice", "peace")

# ACLED "inter" codes: 1 state forces, 2 rebel groups, 3 political militias, 5 rioters,
# 6 protesters, 7 civilians, 8 external/other forces (4, identity militias, Parley cannot tell).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "JRN", "MED", "EDU", "AGR", "LAB", "REL", "BUS", "SOC", "ELI"})
EXTERNAL_CODES = frozenset({"IGO", "UNO", "EUR", "MNC"})


def classify(se: StoredEvent) -> tuple[str, str] | None:
    """(ACLED event type, sub-event type), or None for an event ACLED does not record."""
    e = se.event
    kind, mode = e.event_type, e.mode
    if kind == "ASSAULT":
        if mode in REMOTE_MODES:
            return REMOTE, REMOTE_MODES[mode]
        if mode == "crowd-control":
            return PROTESTS, "Excessive force against protesters"
        if mode == "destroy":
            return STRATEGIC, "Looting/property destruction"
        if mode == "sexual":
            return VAC, "Sexual violence"
        if mode == "abduct":
            return VAC, "Abduction/forced disappearance"
        if any(_civilian(a) for a in e.recipient):
            return VAC, "Attack"
        return BATTLES, "Armed clash"
    if kind == "PROTEST":
        return (RIOTS, "Violent demonstration") if mode in ("riot", "vandalize") else (PROTESTS, "Peaceful protest")
    if kind == "COERCE":
        if mode == "seize":
            return BATTLES, _territory(se)
        return STRATEGIC, "Arrests" if mode == "arrest" else "Other"
    if kind == "MOBILIZE":
        return STRATEGIC, "Change to group/activity"
    if kind == "SANCTION":
        return STRATEGIC, "Other"
    if kind == "RETREAT":
        if mode == "ceasefire":
            return STRATEGIC, "Agreement"
        return STRATEGIC, "Change to group/activity" if mode in ("withdraw", "disarm") else "Other"
    if kind in ("AGREE", "SUPPORT") and any(w in e.trigger.lower() for w in AGREEMENT_WORDS):
        return STRATEGIC, "Agreement"
    return None


def _territory(se: StoredEvent) -> str:
    """ACLED's Battles sub-type for a capture: by whom, and whose ground."""
    actor = se.event.actor[0] if se.event.actor else None
    loc = se.event.location
    if actor and actor.sector in ("REB", "PRM", "UAF"):
        return "Non-state actor overtakes territory"
    if actor and actor.sector in STATE_SECTORS and loc and actor.country and actor.country == loc.country:
        return "Government regains territory"
    return "Armed clash"


def _civilian(a: Actor) -> bool:
    return a.sector in CIVILIAN_SECTORS or a.country == "NGO"


def _inter(a: Actor, se: StoredEvent) -> str:
    """ACLED's inter code from a PLOVER sector; empty where the sector does not decide it (parties,
    opposition, criminals, unknown actors)."""
    loc = se.event.location
    if a.sector == "REB":
        return "2"
    if a.sector in ("PRM", "UAF"):
        return "3"
    if a.country in EXTERNAL_CODES:
        return "8"
    if a.sector in STATE_SECTORS:
        # State forces outside their own country are ACLED's external forces.
        foreign = bool(loc and loc.country and a.country and a.country != loc.country)
        return "8" if foreign else "1"
    if _civilian(a):
        return "7"
    return ""


def _interaction(inter1: str, inter2: str) -> str:
    # ACLED writes the lower code first, and a one-sided event as the code followed by 0.
    if inter1 and inter2:
        return "".join(sorted((inter1, inter2)))
    return (inter1 or inter2) + "0" if inter1 or inter2 else ""


def _names(actors: list[Actor]) -> str:
    return "; ".join(clean_cell(name_of(a)) for a in actors)


def acled_row(se: StoredEvent) -> dict[str, str] | None:
    if se.event.aux_mode in NOT_HAPPENED:
        return None
    kinds = classify(se)
    if kinds is None:
        return None
    event_type, sub_type = kinds
    e, loc = se.event, se.event.location
    side1, side2 = sides(se)
    inter1 = _inter(side1[0], se) if side1 else ""
    inter2 = _inter(side2[0], se) if side2 else ""
    if e.event_type == "PROTEST":
        # PLOVER's recipient is whom the protest addresses; ACLED's actor2 is only a force that
        # intervenes, so protests have none here.
        side1, side2 = list(e.actor), []
        inter1, inter2 = ("5" if event_type == RIOTS else "6") if side1 else "", ""
    elif sub_type == "Excessive force against protesters" and side2:
        inter2 = "6"
    w = when(se)
    if w is None:
        date, year, precision = "", "", ""
    else:
        date = f"{w.year:04d}-{w.month or 1:02d}-{w.day or 1:02d}"
        precision = "1" if w.day and not w.from_published else "3"
        year = str(w.year)
    civilians = event_type in VIOLENT and any(_civilian(a) for a in side2)
    if loc is None:
        geo_precision = ""
    else:
        geo_precision = "3" if is_country(loc) else "1"
    return {
        "event_id_cnty": f"{(loc.country if loc else None) or 'XXX'}{global_event_id(se.id)}",
        "event_date": date, "year": year, "time_precision": precision,
        "disorder_type": _disorder(event_type, sub_type), "event_type": event_type, "sub_event_type": sub_type,
        "actor1": _names(side1[:1]), "assoc_actor_1": _names(side1[1:]), "inter1": inter1,
        "actor2": _names(side2[:1]), "assoc_actor_2": _names(side2[1:]), "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": "", "region": "", "country": (country_name(loc.country) or loc.country or "") if loc else "",
        "admin1": "", "admin2": "", "admin3": "", "location": clean_cell(loc.name or loc.text) if loc else "",
        "latitude": clean_cell(loc.lat) if loc else "", "longitude": clean_cell(loc.lon) if loc else "",
        "geo_precision": geo_precision, "source": clean_cell(se.article.source), "source_scale": "",
        "notes": clean_cell(e.evidence.text), "fatalities": "", "tags": "", "timestamp": "",
    }


def _disorder(event_type: str, sub_type: str) -> str:
    if event_type in VIOLENT:
        return "Political violence"
    if sub_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type in (PROTESTS, RIOTS):
        return "Demonstrations"
    return "Strategic developments"


def write_acled(events: Iterable[StoredEvent], f: TextIO) -> int:
    """Returns the rows written: events ACLED does not record, and events reported as not having
    happened, are left out."""
    writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for se in events:
        row = acled_row(se)
        if row is not None:
            writer.writerow(row)
            n += 1
    return n
