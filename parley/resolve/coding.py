"""The resolve stage for events: mentions become coded actors, places and dates.

Works on `Candidate` records (plain data from `parley.extractor`) one article at
a time, because "he", "the two sides" and "the country" refer back to actors
named earlier in the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date as Date
from typing import Protocol

from parley.extractor.candidates import SYMMETRIC, Candidate, DocFacts, Mention
from parley.records import Actor, Event, Evidence, Place, PlaceMention, Provenance
from parley.resolve.dates import find_date, parse_published
from parley.resolve.geoparse import Geoparser
from parley.resolve.places import Gazetteer, GeoEntry

# Events that need someone acting on someone: without any coded participant they are noise.
MATERIAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "AID", "RETREAT", "COOPERATE"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
# Material acts whose object may be a place or a thing rather than a named actor.
TARGETED = {"ASSAULT", "COERCE"}
# Acts only a state performs: "was arrested", "were sentenced" without an agent are the state's.
STATE_MODES = {"arrest": "COP", "convict": "JUD", "censor": "GOV", "deport": "GOV", "curfew": "GOV",
               "martial-law": "GOV"}
# Events that are done to someone: when the parse finds no one, another party the sentence names is
# the likeliest counterpart.
DYADIC = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION", "COERCE", "ASSAULT", "AID", "SUPPORT",
          "CONCEDE", "MOBILIZE"}
PROTESTERS = re.compile(r"protest|demonstrat|activist|worker|student|farmer|supporter|youth|crowd|rioter|union",
                        re.IGNORECASE)
PASSIVE_STATE = {"ACCUSE": "JUD", "COERCE": "GOV"}
PRIVATE = {None, "CVL", "JRN", "OPP", "NGO", "LAB", "EDU", "BUS", "MED", "REL", "HRI"}
DOMESTIC_MODES = {"curfew", "martial-law", "arrest", "censor", "restrict"}
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"}
# Where the other side may be inferred from the article's dominant pair: conflict, where the pair is
# the war's; help and concessions between the two sides of a war are rare and never implied, and
# requests and sanctions go to third parties (allies, "the West") as often as to the enemy.
INFERABLE = {"ACCUSE", "REJECT", "THREATEN", "COERCE", "ASSAULT", "MOBILIZE"}
# "rockets struck Kharkiv": a weapon with no owner named is how, not who; the article decides who.
INSTRUMENTS = {"rocket", "rockets", "missile", "missiles", "shell", "shells", "bomb", "bombs", "blast", "explosion",
               "explosions", "drone", "drones", "shrapnel", "artillery", "mortar", "mortars", "projectile",
               "projectiles", "munitions", "debris", "fire", "fires", "strike", "strikes", "airstrike", "airstrikes"}
COMPASS = re.compile(r"^(?:the\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
                     r"central|upper|lower|greater|downtown|inner|outer)\s+", re.IGNORECASE)
# Words aimed at an unnamed "leaders", "the government" are most often aimed at the speaker's own.
VERBAL_DOMESTIC = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT"}
# "the city centre of Vinnytsia killed 23": where it happened, never who did it.
PLACE_HEADS = {"centre", "center", "city", "town", "village", "area", "district", "neighbourhood", "neighborhood",
               "building", "mall", "school", "hospital", "street", "region", "province", "outskirts", "suburb"}
# Fighting both sides do to each other.
RECIPROCAL = {"phrase:exchange fire", "verb:clash", "noun:clash", "phrase:trade fire", "noun:firefight",
              "noun:gun battle", "noun:shootout"}
# A denial answers an accusation whoever made it; gold sets leave its recipient empty.
UNADDRESSED = ("verb:deny", "phrase:deny allegation", "phrase:deny charge", "phrase:deny claim", "phrase:deny report")
PRO = re.compile(r"(?:^|\s)pro-(?=[A-Z])")
SINGULAR = {"he", "she", "him", "her", "his"}
PLURAL = {"they", "them", "their"}
NEUTER = {"it", "its"}
FIRST = {"we", "us", "our", "i", "me", "my"}  # in a quote, the speaker's side
# A company's name as the business press writes it: "TRW Inc", "Quintette Coals Ltd", "Tymnet Co's".
FIRM = re.compile(r"\b(?:Inc|Corp|Corporation|Co|Ltd|PLC|plc|LLC|NV|AG|GmbH|SpA|Bhd)\b\.?(?:['\u2019]s?)?$")
FORCE = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"}
BODIES = {"group", "movement", "militia", "organisation", "organization", "faction", "outfit"}  # "the group"
BLOCS = re.compile(r"^the (?:[\w-]+ )?(?:bloc|alliance)(?:['\u2019]s\b|$)", re.I)  # "the 27-nation bloc's envoy"


class Code(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def country(self) -> str | None: ...

    @property
    def sector(self) -> str | None: ...


class Resolver(Protocol):
    def resolve(self, text: str, context: str | None = None, date: str | None = None) -> Code | None: ...

    def country_of(self, text: str) -> str | None: ...


@dataclass
class Memory:
    """What the article has named so far, newest last."""

    persons: list[Actor] = field(default_factory=list)
    countries: list[Actor] = field(default_factory=list)
    groups: list[tuple[Actor, ...]] = field(default_factory=list)
    bodies: list[tuple[int, Actor]] = field(default_factory=list)  # organisations named, by offset: "the group"
    blocs: list[tuple[int, Actor]] = field(default_factory=list)  # bodies of states named: "the bloc"
    named: list[tuple[int, Actor]] = field(default_factory=list)  # people named in the text, by offset

    def person_before(self, offset: int) -> Actor | None:
        """The last person named before `offset`: who "he" or "she" most likely is."""
        before = [a for start, a in self.named if start < offset]
        return before[-1] if before else (self.persons[-1] if self.persons else None)

    def note(self, actors: Iterable[Actor], person: bool) -> None:
        coded = [a for a in actors if a.country]
        for a in coded:
            if person:
                self.persons.append(a)
            elif a.name.lower() == a.text.lower():  # a country named as a whole: what "it" may be
                self.countries.append(a)
        if len(coded) > 1:
            self.groups.append(tuple(coded))

    def two_sides(self) -> list[Actor]:
        """'The two sides': the last two distinct countries named."""
        if self.groups:
            return list(self.groups[-1])
        seen: dict[str, Actor] = {}
        for a in reversed(self.countries + self.persons):
            if a.country and a.country not in seen:
                seen[a.country] = a
            if len(seen) == 2:
                break
        return list(seen.values())


class ArticleCoder:
    def __init__(self, resolver: Resolver, gazetteer: Gazetteer, article_id: str, text: str,
                 published: str | None, pipeline_version: str, knowledge_version: str):
        self.resolver = resolver
        self.gazetteer = gazetteer
        self.article_id = article_id
        self.text = text
        self.published = published
        self.pub_date: Date | None = parse_published(published)
        self.memory = Memory()
        self.versions = (pipeline_version, knowledge_version)
        self.names: dict[str, Code] = {}  # name or surname -> code learned earlier in the article
        self.home: str | None = None  # the country the article is mostly about
        self.located: list[PlaceMention] = []  # the article's places, disambiguated together

    def learn(self, facts: DocFacts) -> None:
        """Read the article once: who its named people are, and which country it is mostly about."""
        for n in facts.names:
            if n.label not in ("PERSON", "ORG"):  # the small model often calls a person an ORG
                continue
            if n.label == "ORG" and self.gazetteer.lookup(n.text) is not None:
                continue  # ... and a city an ORG ("Mariupol residents")
            code = self._code(n.text, n.context)
            why = str(getattr(code, "why", ""))
            # The small model calls places people ("Kyiv"): only names coded as persons count.
            if code is not None and code.country and why.startswith(("person", "title")):
                self.memory.named.append((n.start, Actor(n.text, code.name, code.country, code.sector)))
                key = n.text.lower()
                self.names.setdefault(key, code)
                self.names.setdefault(key.split()[-1], code)
            elif n.label == "PERSON" and code is None and " " in n.text.strip() \
                    and self.gazetteer.lookup(n.text) is None:
                # A person the knowledge does not know ("Marjorie Taylor Greene") is still who "she"
                # is next, not the last known leader named paragraphs before.
                self.memory.named.append((n.start, Actor(n.text, n.text, None, None)))
        # Places where things happen count most; plain mentions break ties and decide when few
        # places are named.
        if facts.toponyms:
            self.located = Geoparser(self.gazetteer).locate(self.text, facts.toponyms)
        counts = self._country_counts(facts.places, 1.0)
        for iso, weight in self._country_counts(facts.mentioned, 0.25).items():
            counts[iso] = counts.get(iso, 0.0) + weight
        self.home = max(counts, key=lambda k: counts[k]) if counts else None

    def _country_counts(self, names: Iterable[str], weight: float) -> dict[str, float]:
        counts: dict[str, float] = {}
        for text in names:
            code = self._code(text, "")
            if _is_role(code):
                continue
            if code is not None and str(getattr(code, "why", "")).startswith("organisation"):
                iso = code.country  # "Hamas" is the organisation, not a spelling of the German town of Hamm
            else:
                entry = self.gazetteer.lookup(text)
                iso = entry.country if entry is not None and entry.country else self.resolver.country_of(text)
            if iso and iso not in NON_STATE:  # (the UN is no country a story is about, nor whose people it helps)
                counts[iso] = counts.get(iso, 0.0) + weight
        return counts

    def _role(self, text: str) -> bool:
        return _is_role(self._code(text, ""))

    # -- actors -----------------------------------------------------------------------------------

    def _code(self, text: str, context: str) -> Code | None:
        learned = self.names.get(text.lower().removesuffix("'s").removesuffix("\u2019s")) if self.names else None
        if learned is not None:
            return learned
        try:
            code = self.resolver.resolve(text, context=context, date=self.published)
            if (code is None or not code.country) and PRO.search(text):
                # "pro-Russian forces" fight on Russia's side: coded as that side, as the gold sets do.
                code = self.resolver.resolve(PRO.sub(" ", text).strip(), context=context, date=self.published) or code
            return code
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the article's other events
            return None

    def targets(self, m: Mention, context: str) -> list[Actor]:
        """Who suffered a material act: a coded actor, else a place ("shelled Kharkiv") or a thing
        ("a school", "the corridor") standing for the civilians of where it happened."""
        coded = self.actors(m, context, recipient=True)
        if any(a.country or a.sector for a in coded) or m.kind in ("pronoun", "group"):
            return coded  # (a role the knowledge knows, "the Police", is no town to look up)
        # "the airport", "a school" are things, not places to look up (a town in California is "Airport")
        described = m.kind == "nominal" and not m.names and m.text.split()[0].lower() in DETERMINERS
        entry = None if described else self._place(m.text)
        if entry is not None and entry.country:
            # "shelled Kharkiv": its people; "visited Kherson": its authorities.
            return [Actor(m.text, entry.name, entry.country, "CVL" if entry.kind == "city" else "GOV")]
        return coded or [Actor(m.text, m.text, None, "CVL")]

    def actors(self, m: Mention, context: str, speaker: list[Actor] | None = None,
               recipient: bool = False, body: bool = False) -> list[Actor]:
        """`speaker`: who says so, if the sentence says; `body`: the speaker is not a person, so
        "it" may be the speaker ("the ministry said it had sent aid")."""
        head = m.head.lower()
        if m.kind == "pronoun":
            if speaker and (head in SINGULAR | PLURAL | FIRST or (body and head in NEUTER and not recipient)):
                return [Actor(m.text, a.name, a.country, a.sector) for a in speaker]
            person = self.memory.person_before(m.start) if head in SINGULAR else None
            if person is not None:  # (one the knowledge does not know: most likely of the story's country)
                return [Actor(m.text, person.name, person.country or self.home, person.sector)]
            if head in PLURAL and self.memory.groups:
                return [Actor(m.text, a.name, a.country, a.sector) for a in self.memory.groups[-1]]
            if head in NEUTER and self.memory.countries and not recipient:  # "commit to it": a thing
                a = self.memory.countries[-1]
                return [Actor(m.text, a.name, a.country, a.sector)]
            if head in SINGULAR | PLURAL and self.home:
                # Someone the article has not named: most likely one of the country it reports on.
                return [Actor(m.text, m.text, self.home, None)]
            return []
        if m.kind == "group":
            return [Actor(m.text, a.name, a.country, a.sector) for a in self.memory.two_sides()]
        if m.kind == "modifier":
            entry = self.gazetteer.lookup(m.text)
            if entry is not None and entry.kind == "city":
                return []  # "the Kabul attack" happened in Kabul; "US strikes" were the US's
        code = self._code(m.text, context)
        if not recipient and (head in PLACE_HEADS or (head in INSTRUMENTS and not m.names)) \
                and (code is None or not code.country or head in PLACE_HEADS):
            return []
        if (code is None or not code.country) and getattr(code, "why", "") != "ethnic community":
            # ("ethnic Albanians in Serbia" are Serbia's, not Albania's: the place decides, below)
            for name in m.names:
                if WORLDWIDE & set(name.lower().split()):
                    continue  # "African diplomats", "the West": a region's, not one country's
                named = self._code(name, context)
                # "calls to suspend the Afrin assault": a place inside the phrase is not the party.
                if named is not None and named.country and not str(getattr(named, "why", "")).startswith("place"):
                    code = named
                    break
        if (code is None or not code.country) and head in ("country", "nation", "government") \
                and self.memory.countries:
            a = self.memory.countries[-1]
            return [Actor(m.text, a.name, a.country, a.sector)]
        if (code is None or not code.country) and head in BODIES and m.kind == "nominal" and not m.names \
                and m.text.lower().startswith("the "):
            # "the UN envoy met Houthi leaders ... but the group rejected it": the body named last before
            last = _last_before(self.memory.bodies, m.start)
            if last is not None:
                return [Actor(m.text, last.name, last.country, last.sector)]
        if speaker and m.kind == "nominal" and m.text.lower().startswith(("our ", "my ")):
            # '"Our troops have completed their withdrawal," the Pentagon spokesman said': the speaker's
            sector = code.sector if code is not None and code.sector else None
            return [Actor(m.text, a.name, a.country, sector or a.sector) for a in speaker]
        if (code is None or not code.country) and m.kind == "nominal" and BLOCS.match(m.text):
            # "NATO ministers met in Brussels ... the alliance's chief said": the body of states named last
            last = _last_before(self.memory.blocs, m.start)
            if last is not None:
                sector = code.sector if code is not None and code.sector else last.sector
                return [Actor(m.text, last.name, last.country, sector)]
        if code is not None and not code.country and m.kind == "nominal" and m.text.lower().startswith("its ") \
                and self.memory.countries and not recipient:
            # "Russia denied that its forces shelled Kharkiv": the forces of the state just named
            a = self.memory.countries[-1]
            return [Actor(m.text, code.name, a.country, code.sector)]
        if code is None:
            # A proper name the knowledge does not know is still who acted; it stays, uncoded.
            if m.kind != "name":
                return []
            place = None if m.person or recipient else self._place(m.text)
            if place is not None and place.country:
                return [Actor(m.text, place.name, place.country, None)]  # "Idlib rose up": its people
            # An unknown person is most likely one of the country the story is about.
            country = self.home if m.person else None
            name = m.text.removesuffix("'s").removesuffix("\u2019s")
            return [Actor(m.text, name, country, None)]
        actor = Actor(m.text, code.name, code.country, code.sector)
        if m.kind == "nominal" and m.person and code.country and \
                all(self.resolver.country_of(n) for n in m.names):
            # "the top Ukraine diplomat": the person of that country the article last named.
            same = [a for start, a in self.memory.named if start < m.start and a.country == code.country]
            if same:
                actor = Actor(m.text, same[-1].name, code.country, code.sector or same[-1].sector)
        if code.country and m.names:
            for name in m.names:
                if len(m.names) > 1 and self.resolver.country_of(name):
                    continue  # "Hungarian and Romanian officials" does not make "Romanian" Hungarian
                # A place inside the phrase ("the city of Mariupol") is not who acted.
                if self.gazetteer.lookup(name) is None:
                    self.names.setdefault(name.lower(), code)
        self.memory.note([actor], m.person or "person" in str(getattr(code, "why", "")).lower())
        if code.country and code.country not in ("UNO", "EUR", "IGO") \
                and str(getattr(code, "why", "")).startswith("organisation"):
            self.memory.bodies.append((m.start, actor))  # (a body of states is no "group")
        if code.country in ("EUR", "IGO"):
            self.memory.blocs.append((m.start, actor))
        return [actor]

    def _counterpart(self, others: Iterable[Mention], context: str, actors: tuple[Actor, ...],
                     source: list[Actor]) -> tuple[Actor, ...]:
        taken = {a.country for a in actors} | {a.country for a in source}
        for m in others:
            for a in self.actors(m, context, recipient=True):
                if a.country and a.country not in taken:
                    return (a,)
        return ()

    def _participants(self, mentions: Iterable[Mention], context: str, speaker: list[Actor] | None,
                      role: str, body: bool = False) -> tuple[Actor, ...]:
        out: list[Actor] = []
        for m in mentions:
            if role == "target":
                out.extend(self.targets(m, context))
            else:
                out.extend(self.actors(m, context, speaker, recipient=role == "recipient", body=body))
        # Phrases the knowledge cannot code at all ("the corridor") were dropped above; a role without
        # a country ("protesters") stays only when nothing beside it has one.
        coded = [a for a in out if a.country]
        unique: dict[str, Actor] = {}
        for a in coded or out:
            unique.setdefault(a.country or a.name.lower(), a)
        return tuple(unique.values())

    # -- events -----------------------------------------------------------------------------------

    def event(self, c: Candidate) -> Event | None:
        if _between_firms(c):
            return None
        context = self.text[c.sentence_start:c.sentence_end]
        source = list(self.actors(c.source, context)) if c.source is not None else []
        actors = self._participants(c.actors, context, source, "actor",
                                    body=c.source is not None and not c.source.person)
        recipients = self._participants(c.recipients, context, None,
                                        "target" if c.event_type in TARGETED or c.mode == "visit" else "recipient")
        recipients = tuple(r for r in recipients if (r.country, r.name) not in {(a.country, a.name) for a in actors}
                           or not r.country)
        if not actors and not recipients:
            return None
        if not actors and c.rule == "verb:displace":
            return None  # the spec codes displacement by its named cause; "were displaced" names none
        implied = STATE_MODES.get(c.mode or "")
        if implied is None and c.passive and c.event_type in PASSIVE_STATE and recipients \
                and all(r.sector in PRIVATE for r in recipients):
            # "the journalist was accused of spreading false information", "the site has been
            # blocked": done to a private party by no one named, in a news report, is the state's doing.
            implied = PASSIVE_STATE[c.event_type]
        where_done = self._location(c.places)
        if not actors and implied is not None and recipients:
            # "a Canadian was arrested in Lebanon": the state where it happened holds the power there
            # (else the country the article reports from: "KABUL -- Three Americans were convicted")
            state = where_done.country if where_done is not None and where_done.country else self.home or next(
                (r.country for r in recipients if r.country), None)
            if state and len(state) == 3 and state not in NON_STATE:
                actors = (Actor("", f"{state} authorities (implied)", state, implied),)
        if c.event_type in SYMMETRIC and not actors and recipients:
            actors, recipients = recipients, ()
        if any(a.country for a in actors):
            self.memory.note(actors, any(m.person for m in c.actors))
        if not recipients and c.event_type in DYADIC and c.others and not c.rule.startswith(UNADDRESSED) \
                and not (c.event_type == "COERCE" and c.mode in DOMESTIC_MODES) \
                and len({a.country for a in actors if a.country}) < 2:
            # (a curfew falls on a population; "a pact between Riyadh and Islamabad surprised India" is theirs)
            recipients = self._counterpart(c.others, context, actors, source)
        attributed = source[0] if source else None
        if c.event_type == "REJECT" and not recipients and attributed is not None and attributed.country \
                and attributed.country not in {a.country for a in actors}:
            # "Kuleba said Lavrov would not commit": a refusal reported by the side it was made to.
            recipients = (attributed,)
        if attributed is not None and any(
            attributed.name == a.name or (attributed.country == a.country and attributed.sector == a.sector)
            for a in actors
        ):
            attributed = None  # a speaker reporting their own act is the actor, not a source
        when, _ = find_date(context, self.published)
        aux = c.aux_mode
        if aux is None and when and self.pub_date is not None and int(when[:4]) <= self.pub_date.year - 1:
            if (self.pub_date - _start_of(when)).days >= 365:
                aux = "historical"
        location = where_done or self._location(c.nearby_places)
        event_type, mode = c.event_type, c.mode
        if event_type == "COERCE" and mode == "restrict" and actors and all(
                a.sector == "CVL" and PROTESTERS.search(a.text) for a in actors):
            event_type, mode = "PROTEST", "obstruct"  # protesters blocking a road obstruct, they do not govern
        if not recipients and (event_type == "PROTEST" or mode in DOMESTIC_MODES):
            # Protests are against a state, curfews and arrests fall on a population: where it
            # happened, else the actor's own country.
            home = location.country if location is not None and location.country else next(
                (a.country for a in actors if a.country and len(a.country) == 3 and a.country not in NON_STATE),
                self.home if actors and not any(a.country for a in actors) else None)  # (theirs, below)
            if home:
                who = ("GOV", "government") if event_type == "PROTEST" else ("CVL", "population")
                recipients = (Actor("", f"{home} {who[1]} (implied)", home, who[0]),)
        where = location.country if location is not None and location.country else self.home
        if where:
            # "civilians", "residents", "police" with no nationality belong to where it happened,
            # or, failing a place, to the country the article is about.
            actors = tuple(_place_country(a, where) for a in actors)
            own = {a.country for a in actors if a.country and len(a.country) == 3 and a.country not in NON_STATE}
            if location is None and event_type in VERBAL_DOMESTIC and len(own) == 1:
                where = own.pop()  # "a British general accused leaders of ...": his own country's
            recipients = tuple(_place_country(a, where) for a in recipients)
        return Event(
            event_type=event_type,
            mode=mode,
            contexts=c.contexts,
            aux_mode=aux,
            actor=actors,
            recipient=recipients,
            location=location,
            date=when,
            attributed_to=attributed,
            trigger=c.trigger,
            evidence=Evidence(context, c.sentence_start, c.sentence_end),
            provenance=Provenance(self.article_id, c.trigger_start, c.trigger_end, c.rule, *self.versions),
            confidence=c.confidence,
        )

    def _place(self, text: str) -> GeoEntry | None:
        # "central Kharkiv", "eastern Ukraine": the part of a place is in it.
        return self.gazetteer.lookup(text) or self.gazetteer.lookup(COMPASS.sub("", text))

    def placed_target(self, c: Candidate) -> tuple[Mention, ...]:
        """The recipient that names a town, the act's place when the parser gave it none."""
        def town(r: Mention) -> bool:
            why = str(getattr(self._code(r.text, ""), "why", ""))
            entry = self._place(r.text) if why.startswith(("place '", "country or seat of government")) else None
            return entry is not None and entry.kind not in ("country", "continent")
        return tuple(r for r in c.recipients if r.kind == "name" and town(r))[:1]

    def _location(self, places: Iterable[Mention]) -> Place | None:
        for p in places:
            if self._role(p.text):
                continue
            # The geoparser read the whole article: its choice for this span ("Alexandria" near
            # "Rapides Parish") beats the name's best-known match.
            pm = next((x for x in self.located if x.start < p.end and p.start < x.end), None)
            if pm is not None:
                return Place(p.text, pm.name, pm.country, pm.lat, pm.lon)
            entry = self._place(p.text)
            if entry is not None:
                return Place(p.text, entry.name, entry.country, entry.lat, entry.lon)
        return None


def _sentences_between(prev: Event, new: Event) -> int:
    if new.evidence.start == prev.evidence.start:
        return 0
    gap = new.evidence.start - prev.evidence.end
    return 1 if 0 <= gap <= 3 else 2


# Parties that belong to no one country however local the story: "the international community",
# "Western powers", "foreign journalists", "European ministers" meeting in The Hague (the spec:
# country null).
WORLDWIDE = {"international", "western", "west", "world", "global", "foreign", "european", "african", "asian",
             "nordic", "baltic", "balkan", "latin", "middle"}


def _is_role(code: Code | None) -> bool:
    """'the Police' is a role the knowledge knows, not the Polish town of Police."""
    return code is not None and bool(code.sector) and not code.country


def _place_country(a: Actor, country: str) -> Actor:
    if a.country or not a.sector or WORLDWIDE & set(a.name.lower().split()):
        return a
    return Actor(a.text, a.name, country, a.sector)


def _start_of(when: str) -> Date:
    parts = [int(x) for x in when.split("-")] + [1, 1]
    return Date(parts[0], parts[1], parts[2])


def party_key(e: Event) -> tuple:
    """What makes two mentions the same happening: type, modality and who took part."""
    def parties(actors: Iterable[Actor]) -> frozenset[str]:
        return frozenset(a.country or a.name.lower() for a in actors)
    if e.event_type in SYMMETRIC:
        return (e.event_type, e.aux_mode, parties(e.actor) | parties(e.recipient))
    return (e.event_type, e.aux_mode, parties(e.actor), parties(e.recipient))


def code_article(candidates: list[Candidate], coder: ArticleCoder) -> list[Event]:
    """Code candidates in reading order (so "he" finds who came before), credit unclaimed attacks,
    merge repeated mentions of one happening, and list each sentence's main-clause events first."""
    # A sentence usually reports one occasion: events without a place of their own share its place.
    placed = {c.sentence_start: c.places for c in candidates if c.places}
    for c in candidates:  # a target the parser took for a person ("missiles struck Kyiv") may be a place
        if c.sentence_start not in placed and (hit := coder.placed_target(c)):
            placed[c.sentence_start] = hit
    candidates = [c if c.places or c.sentence_start not in placed else replace(c, places=placed[c.sentence_start])
                  for c in candidates]
    pairs = []
    for c in sorted(candidates, key=lambda c: c.trigger_start):
        e = coder.event(c)
        if e is not None:
            pairs.append((c, e))
    inferred = infer_missing_sides([e for _, e in pairs])
    coded: list[tuple[Candidate, Event]] = []
    seen: dict[tuple, list[Event]] = {}
    # An act no one can be credited with is dropped when a credited act comes before it in its
    # sentence: it adds a record nobody can use ("..., destroying homes") and hides nothing.
    first_credited: dict[int, tuple[int, int]] = {}
    for (c, _), e in zip(pairs, inferred, strict=True):
        if e.actor:
            key = (c.depth, c.trigger_start)
            first_credited[c.sentence_start] = min(first_credited.get(c.sentence_start, key), key)
    for (c, _), e in zip(pairs, inferred, strict=True):
        if not e.actor and first_credited.get(c.sentence_start, (999, 0)) < (c.depth, c.trigger_start):
            continue
        earlier = seen.setdefault(party_key(e), [])
        if any(same_happening(prev, e, c) for prev in earlier):
            continue
        earlier.append(e)
        coded.append((c, e))
    coded = [(c, e) for c, e in coded if not any(_says_less(e, other) for _, other in coded)]
    coded.sort(key=lambda ce: (ce[0].sentence_start, ce[0].depth, ce[0].trigger_start))
    return [e for _, e in coded]


def _says_less(e: Event, other: Event) -> bool:
    """'Japan offered to help Indonesia build ...': the offer and the help it promises are one AGREE;
    the reading that names fewer parties in the same sentence adds nothing."""
    if e.event_type != "AGREE" or other.event_type != "AGREE" or e.evidence.start != other.evidence.start:
        return False
    (_, aux, mine), (_, other_aux, theirs) = party_key(e), party_key(other)
    return aux == other_aux and mine < theirs  # (strict: an event never says less than itself)


def _dominant(options: dict[str, int], least: int = 1) -> str | None:
    """The option that holds two thirds of the mentions, if one does."""
    total = sum(options.values())
    best = max(options, key=lambda k: options[k]) if options else None
    if best is None or total < least or options[best] * 3 < total * 2:
        return None
    return best


def infer_missing_sides(events: list[Event]) -> list[Event]:
    """Fill a missing side from the article's context, as a human coder would, and say so in
    the provenance: "three people were killed in Kharkiv" is credited to the side the article
    shows attacking Ukraine; in an article about one pair of countries, an accusation or
    refusal with one side named is taken to involve the other."""
    attackers: dict[str, dict[str, int]] = {}  # victim country -> attacker country -> mentions
    internal: dict[str, int] = {}  # attacks within one country (civil wars, insurgencies)
    partners: dict[str, dict[str, int]] = {}  # country -> counterpart -> mentions (any direction)
    # Learnt from what the article says happened: an alleged or hoped-for act shows no side attacking.
    for e in (e for e in events if e.aux_mode in (None, "historical")):
        for a in e.actor:
            for r in e.recipient:
                if e.event_type == "ASSAULT" and a.country and a.country == r.country and len(a.country) == 3:
                    internal[a.country] = internal.get(a.country, 0) + 1
                if not (a.country and r.country and a.country != r.country):
                    continue
                if e.event_type in ("ASSAULT", "COERCE"):
                    attackers.setdefault(r.country, {}).setdefault(a.country, 0)
                    attackers[r.country][a.country] += 1
                if e.event_type not in SYMMETRIC:
                    for x, y in ((a.country, r.country), (r.country, a.country)):
                        partners.setdefault(x, {}).setdefault(y, 0)
                        partners[x][y] += 1
    out = []
    for e in events:
        doers = [a.country for a in e.actor if a.country]
        if e.provenance.rule in RECIPROCAL and len(set(doers)) == 1 and \
                {r.country for r in e.recipient} <= {doers[0], None}:
            # "troops exchanged fire in Donbas": in a war between two sides, both of them.
            other = _dominant(partners.get(doers[0], {}), least=2)
            if other is not None:
                e = replace(e, actor=(e.actor[0], Actor("", f"{other} forces (inferred)", other, "MIL")), recipient=(),
                            provenance=replace(e.provenance, rule=e.provenance.rule + "+actor-inferred"))
                out.append(e)
                continue
        victims = sorted({r.country for r in e.recipient if r.country})
        if not e.actor and len(victims) == 1:
            if e.event_type == "ASSAULT":
                best, name = _dominant(attackers.get(victims[0], {})), "forces (inferred)"
                if best is None and not attackers.get(victims[0]) and internal.get(victims[0], 0) >= 2:
                    best, name = victims[0], "armed group (inferred)"  # an internal war: no outside attacker
                elif best is None and not attackers.get(victims[0]):
                    best = _dominant(partners.get(victims[0], {}), least=2)  # the pair the article is about
            elif e.event_type in INFERABLE:
                best, name = _dominant(partners.get(victims[0], {}), least=2), "(inferred)"
            else:
                best = None
            if best is not None:
                sector = ("REB" if "armed group" in name else "MIL") if e.event_type == "ASSAULT" else None
                e = replace(e, actor=(Actor("", f"{best} {name}", best, sector),),
                            provenance=replace(e.provenance, rule=e.provenance.rule + "+actor-inferred"))
        elif not e.recipient and len(doers) == 1 and e.event_type in INFERABLE \
                and not e.provenance.rule.startswith(UNADDRESSED):
            best = _dominant(partners.get(doers[0], {}), least=2)
            if best is not None:
                e = replace(e, recipient=(Actor("", f"{best} (inferred)", best, None),),
                            provenance=replace(e.provenance, rule=e.provenance.rule + "+recipient-inferred"))
        out.append(e)
    return out


def same_happening(prev: Event, new: Event, cand: Candidate) -> bool:
    """A second mention with the same type and parties is the same happening unless it is
    introduced as a new one ("held a series of talks at the border") or placed elsewhere."""
    if new.location is not None and prev.location is not None and \
            (prev.location.country, prev.location.text) != (new.location.country, new.location.text):
        return False
    if new.date and prev.date and new.date != prev.date:
        return False
    if cand.indefinite or (new.location is not None and prev.location is None):
        return False
    # Attacks and arrests recur: a second report is the same one only within the sentence (or the
    # next one: "... hit Kharkiv. Three people were killed"), or when it refers back ("the attack").
    close = 0 <= new.evidence.start - prev.evidence.start and _sentences_between(prev, new) <= 1
    return new.event_type not in MATERIAL or cand.definite or close


def _between_firms(c: Candidate) -> bool:
    """'TRW Inc said it signed a service agreement with Tymnet Co': business between companies,
    which no event set codes (force against or by a company, and a state's dealings with one, stay)."""
    if c.event_type in FORCE:
        return False
    doers = [m for m in c.actors if m.kind != "pronoun"]
    if c.source is not None and any(m.kind == "pronoun" for m in c.actors):
        doers.append(c.source)  # "Amoco Corp said it will ...": the speaker is who "it" is
    return bool(doers) and all(FIRM.search(m.text.strip()) for m in doers) and all(
        FIRM.search(m.text.strip()) for m in c.recipients if m.kind != "pronoun")


def _last_before(named: list[tuple[int, Actor]], offset: int) -> Actor | None:
    """The body named last before `offset`: whom "the group" or "the bloc" there refers back to."""
    before = [(start, a) for start, a in named if start < offset]
    return max(before, key=lambda b: b[0])[1] if before else None
