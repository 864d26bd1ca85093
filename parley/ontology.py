"""PLOVER's quad categories and cooperation/conflict scores, read from `knowledge/ontology.yaml`.

The store, `parley stats`, the exports and the API all ask the same questions of an
event type ("which quad?", "how cooperative?"); this module is the one answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from parley import yamlfile

ONTOLOGY = Path(__file__).resolve().parent / "knowledge" / "ontology.yaml"
QUADS = ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict")


@dataclass(frozen=True)
class Ontology:
    version: str
    quads: dict[str, str]  # event type -> quad category
    scores: dict[str, float]  # event type -> base score
    mode_scores: dict[tuple[str, str], float]  # (event type, mode) -> score

    def quad(self, event_type: str) -> str | None:
        return self.quads.get(event_type)

    def score(self, event_type: str, mode: str | None = None) -> float | None:
        """PLOVER's score for the type, refined by its mode where the manual gives one."""
        if mode is not None and (event_type, mode) in self.mode_scores:
            return self.mode_scores[(event_type, mode)]
        return self.scores.get(event_type)


def load_ontology(path: Path = ONTOLOGY) -> Ontology:
    raw = yamlfile.load(path)
    quads: dict[str, str] = {}
    scores: dict[str, float] = {}
    mode_scores: dict[tuple[str, str], float] = {}
    for name, entry in raw["event_types"].items():
        if entry["quad"] not in QUADS:
            raise ValueError(f"{path}: {name} has quad {entry['quad']!r}; use one of {', '.join(QUADS)}")
        quads[name] = entry["quad"]
        scores[name] = float(entry["score"])
        for mode, score in (entry.get("modes") or {}).items():
            if score is not None:
                mode_scores[(name, mode)] = float(score)
    return Ontology(str(raw.get("version", "unversioned")), quads, scores, mode_scores)


@lru_cache(maxsize=1)
def default_ontology() -> Ontology:
    return load_ontology()
