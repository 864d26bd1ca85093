"""The lexicon: knowledge/triggers.yaml (the words that are events) and knowledge/words.yaml
(the word classes the rules read around them) read into lookup tables."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

import yaml

from parley import yamlfile
from parley.records import EVENT_TYPES

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
TRIGGERS = KNOWLEDGE / "triggers.yaml"
WORDS = KNOWLEDGE / "words.yaml"


@dataclass(frozen=True)
class Sense:
    """What a trigger means: an event type and, where the word says it, a mode."""

    event_type: str
    mode: str | None = None


NO_EVENT = Sense("")  # a phrase that blocks its words from triggering ("take place")


@dataclass(frozen=True)
class Words:
    """The word classes of knowledge/words.yaml (lemmas, lower case); each is described there."""

    noun_hosts: frozenset[str]
    quantifiers: frozenset[str]
    neutral_objects: frozenset[str]
    aid_objects: frozenset[str]
    aid_verbs: frozenset[str]
    no_comment: frozenset[str]
    meetings: frozenset[str]
    media: frozenset[str]
    pondering: frozenset[str]
    displaced: frozenset[str]
    stripped: frozenset[str]
    hosted: frozenset[str]
    speech: frozenset[str]
    group_heads: frozenset[str]
    person_heads: frozenset[str]
    role_heads: frozenset[str]
    proposals: frozenset[str]
    neg_heads: frozenset[str]
    absent_intents: frozenset[str]
    future_heads: frozenset[str]
    hypo_heads: frozenset[str]
    willing: frozenset[str]
    future_amods: frozenset[str]
    hypo_amods: frozenset[str]
    worries: frozenset[str]
    donors: frozenset[str]
    helping: frozenset[str]
    access_acts: frozenset[str]
    object_control: frozenset[str]
    accusing: frozenset[str]
    mandative: frozenset[str]
    place_nouns: frozenset[str]
    crowds: frozenset[str]
    workers: frozenset[str]
    assisting: frozenset[str]
    ordered_stops: frozenset[str]
    ordered_duties: frozenset[str]
    custody: frozenset[str]
    arrivals: frozenset[str]
    fighters: frozenset[str]
    verbal_attacks: frozenset[str]
    naming: frozenset[str]
    insults: frozenset[str]
    permissions: frozenset[str]
    critics: frozenset[str]
    stern: frozenset[str]
    reprisals: frozenset[str]
    abductees: frozenset[str]
    harm_nouns: frozenset[str]
    material: frozenset[str]
    inquirers: frozenset[str]
    kept_out: frozenset[str]
    disasters: frozenset[str]
    denying: frozenset[str]
    denied_claims: frozenset[str]
    documents: frozenset[str]
    disputed: frozenset[str]
    met_things: frozenset[str]
    sought: frozenset[str]
    circumstances: frozenset[str]
    relations: frozenset[str]
    sports: frozenset[str]
    game_words: frozenset[str]
    contests: frozenset[str]
    prizes: frozenset[str]
    sums: frozenset[str]
    recognised: frozenset[str]
    grievances: frozenset[str]
    munitions: frozenset[str]
    punishing: frozenset[str]
    given_things: frozenset[str]
    warned_of: frozenset[str]
    figures: frozenset[str]
    condoled: frozenset[str]
    vehicles: frozenset[str]
    mishaps: frozenset[str]
    impersonal_causes: frozenset[str]


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
    words: Words
    words_version: str


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


def _read(path: Path, what: str) -> dict:
    try:
        raw = yamlfile.load(path)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot read {what} {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise LexiconError(f"{path}: expected a mapping at the top of the {what}, got {type(raw).__name__}")
    return raw


def _classes(raw: dict, path: Path) -> dict[str, tuple[set[str], list[str]]]:
    """A words file's classes: name -> (its words, the classes it adds)."""
    known = {f.name for f in fields(Words)}
    out: dict[str, tuple[set[str], list[str]]] = {}
    classes = raw.get("classes") or {}
    if not isinstance(classes, dict):
        raise LexiconError(f"{path}: 'classes' must map class names to their words")
    for name, body in classes.items():
        if name not in known:
            raise LexiconError(f"{path}: unknown word class '{name}'; the rules read {', '.join(sorted(known))}")
        if not isinstance(body, dict) or not isinstance(body.get("words", []), list):
            raise LexiconError(f"{path}: classes.{name} needs a list under 'words'")
        also = [str(a) for a in body.get("also") or ()]
        for other in also:
            if other not in known:
                raise LexiconError(f"{path}: classes.{name}.also names unknown class '{other}'")
        out[name] = ({str(w).lower() for w in body.get("words") or ()}, also)
    return out


def load_words(path: Path = WORDS, extra: Iterable[Path] = ()) -> tuple[Words, str]:
    """The word classes of `path`, with the words of each `extra` file (same shape) added; and
    their version: `path`'s, with a hash of the extra files so provenance tells the sets apart."""
    raw = _read(path, "word classes")
    base = _classes(raw, path)
    missing = sorted({f.name for f in fields(Words)} - set(base))
    if missing:
        raise LexiconError(f"{path}: missing word classes {', '.join(missing)} (copy them from {WORDS})")
    version = str(raw.get("version", "unversioned"))
    extra = [Path(p) for p in extra]
    added = hashlib.sha256()
    for more in extra:
        classes = _classes(_read(more, "word classes"), more)
        added.update(more.read_bytes())
        for name, (words, also) in classes.items():
            base[name][0].update(words)
            base[name][1].extend(also)

    def resolve(name: str, seen: tuple[str, ...] = ()) -> frozenset[str]:
        if name in seen:
            raise LexiconError(f"{path}: word classes include each other: {' -> '.join((*seen, name))}")
        words, also = base[name]
        return frozenset(words).union(*(resolve(a, (*seen, name)) for a in also))

    if extra:
        version += f"+extra-{added.hexdigest()[:8]}"
    return Words(**{name: resolve(name) for name in base}), version


def load_lexicon(path: Path = TRIGGERS, words: Path = WORDS, extra_words: Iterable[Path] = ()) -> Lexicon:
    """The trigger lexicon at `path` with the word classes of `words`, plus those of `extra_words`."""
    raw = _read(path, "trigger lexicon")
    word_classes, words_version = load_words(words, extra_words)
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
        words=word_classes,
        words_version=words_version,
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
