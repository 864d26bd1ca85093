"""The trigger lexicon: knowledge/triggers.yaml read into lookup tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from parley.records import EVENT_TYPES

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
TRIGGERS = KNOWLEDGE / "triggers.yaml"


@dataclass(frozen=True)
class Sense:
    """What a trigger means: an event type and, where the word says it, a mode."""

    event_type: str
    mode: str | None = None


NO_EVENT = Sense("")  # a phrase that blocks its words from triggering ("take place")


@dataclass(frozen=True)
class Lexicon:
    version: str
    verbs: dict[str, Sense]
    verb_preps: dict[str, Sense]
    nouns: dict[str, Sense]
    phrases: dict[str, Sense]
    light_verbs: frozenset[str]
    weak_nouns: frozenset[str]
    contexts: dict[str, frozenset[str]]
    by_verb: dict[str, dict[str, Sense]]  # phrases grouped by their verb: "reach" -> {"agreement": AGREE}


class LexiconError(ValueError):
    pass


def _sense(value: object, where: str) -> Sense:
    if value in ("", None):
        return NO_EVENT
    if not isinstance(value, str):
        raise LexiconError(f"{where}: expected 'TYPE' or 'TYPE/mode', got {value!r}")
    event_type, _, mode = value.partition("/")
    if event_type not in EVENT_TYPES:
        raise LexiconError(f"{where}: '{event_type}' is not a PLOVER event type ({', '.join(EVENT_TYPES)})")
    return Sense(event_type, mode or None)


def _table(raw: dict, section: str, path: Path) -> dict[str, Sense]:
    return {
        str(k).replace("_", " ").lower(): _sense(v, f"{path.name}: {section}.{k}")
        for k, v in (raw.get(section) or {}).items()
    }


def load_lexicon(path: Path = TRIGGERS) -> Lexicon:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot read trigger lexicon {path}: {exc}") from exc
    phrases = _table(raw, "phrases", path)
    by_verb: dict[str, dict[str, Sense]] = {}
    for key, sense in phrases.items():
        verb, _, noun = key.partition(" ")
        by_verb.setdefault(verb, {})[noun] = sense
    return Lexicon(
        version=str(raw.get("version", "unversioned")),
        verbs=_table(raw, "verbs", path),
        verb_preps=_table(raw, "verb_preps", path),
        nouns=_table(raw, "nouns", path),
        phrases=phrases,
        light_verbs=frozenset(raw.get("light_verbs") or ()),
        weak_nouns=frozenset(raw.get("weak_nouns") or ()),
        contexts={k: frozenset(v) for k, v in (raw.get("contexts") or {}).items()},
        by_verb=by_verb,
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
