"""Records the extract stage hands to resolve: plain text and offsets, no spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass

from parley.records import Toponym

# Types whose two sides act together ("A and B met"): both are actors, none is a recipient.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True)
class Mention:
    """A participant as written: its text, article offsets, and what kind of phrase it is.

    `kind` is "name" (a proper name or a country word), "pronoun", "group"
    ("the two sides"), "nominal" (a common-noun phrase such as "Russian troops"), or
    "modifier" (a place name before an event noun: "the Kabul attack", "US strikes").
    `head` is the lower-cased head word; `names` are PERSON/ORG/GPE entities inside it.
    """

    text: str
    start: int
    end: int
    kind: str
    head: str
    names: tuple[str, ...] = ()
    person: bool = False


@dataclass(frozen=True)
class Candidate:
    event_type: str
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    actors: tuple[Mention, ...]
    recipients: tuple[Mention, ...]
    aux_mode: str | None
    rule: str
    depth: int  # distance of the trigger from the sentence root: main-clause events come first
    source: Mention | None = None  # who the sentence attributes the event to
    places: tuple[Mention, ...] = ()
    contexts: tuple[str, ...] = ()
    indefinite: bool = False  # introduced as a new happening ("a series of talks"), not referred back to
    definite: bool = False  # a noun that refers back ("the attack", "these talks")
    nearby_places: tuple[Mention, ...] = ()  # place phrases elsewhere in the sentence, a weaker guess
    others: tuple[Mention, ...] = ()  # other named parties in the sentence, nearest the trigger first
    passive: bool = False  # a passive verb with no "by" agent: "was arrested", "has been blocked"
    confidence: float | None = None  # set by the learned classifier: P(this event type | sentence)


@dataclass(frozen=True)
class NameMention:
    """A proper name in the article with the words around it, so resolve can learn who it is
    ("Ukraine's foreign minister, Dmytro Kuleba") before later sentences call him "Kuleba"."""

    text: str
    start: int
    label: str  # the parser's entity label, a hint only
    context: str  # the sentence it stands in


@dataclass(frozen=True)
class DocFacts:
    names: tuple[NameMention, ...]
    places: tuple[str, ...]  # names in place phrases ("in Kharkiv"): where the article's events happen
    mentioned: tuple[str, ...] = ()  # every place-like or national name, the fallback
    toponyms: tuple[Toponym, ...] = ()  # every span that may name a place, for the geoparser
