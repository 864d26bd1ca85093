"""The learned event-type classifier: MiniLM sentence vectors and a softmax head trained by Parley.

The head is a data file (`knowledge/classifier.npz`), written by `parley train` from the
repo's own corpus (`training/`); this module only reads it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from parley.learn.encoder import Encoder, default_encoder

ARTIFACT = Path(__file__).resolve().parent.parent / "knowledge" / "classifier.npz"
NONE = "NONE"


class ClassifierMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class Head:
    """A trained network over sentence vectors: one ReLU hidden layer and a softmax, with the
    feature mean it was trained around and the temperature that calibrates its probabilities."""

    labels: tuple[str, ...]
    hidden: tuple[np.ndarray, np.ndarray]  # features x units, units
    output: tuple[np.ndarray, np.ndarray]  # units x labels, labels
    mean: np.ndarray
    temperature: float
    meta: dict[str, Any]
    # Platt scaling (a, b) of an event's confidence: sigmoid(a * logit(c) + b), fitted by `parley
    # train` on held-out sentences where the rules fired. (1, 0) leaves it as it is.
    platt: tuple[float, float] = (1.0, 0.0)

    def logits(self, features: np.ndarray) -> np.ndarray:
        h = np.maximum((features - self.mean) @ self.hidden[0] + self.hidden[1], 0.0)
        return h @ self.output[0] + self.output[1]

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        z = self.logits(features) / self.temperature
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.npz")
        f32 = np.float32
        np.savez_compressed(tmp, labels=np.array(self.labels), w1=self.hidden[0].astype(f32),
                            b1=self.hidden[1].astype(f32), w2=self.output[0].astype(f32),
                            b2=self.output[1].astype(f32), mean=self.mean.astype(f32),
                            temperature=np.array(self.temperature), platt=np.array(self.platt),
                            meta=np.array(json.dumps(self.meta, sort_keys=True)))
        tmp.replace(path)  # never a half-written artifact

    @classmethod
    def load(cls, path: Path) -> Head:
        if not path.exists():
            raise ClassifierMissing(f"no trained classifier at {path}: run `parley train` (or `make setup`)")
        with np.load(path, allow_pickle=False) as z:
            platt = (float(z["platt"][0]), float(z["platt"][1])) if "platt" in z.files else (1.0, 0.0)
            return cls(labels=tuple(str(x) for x in z["labels"]), hidden=(z["w1"], z["b1"]), output=(z["w2"], z["b2"]),
                       mean=z["mean"], temperature=float(z["temperature"]), meta=json.loads(str(z["meta"])),
                       platt=platt)

    @property
    def version(self) -> str:
        arrays = (*self.hidden, *self.output, self.mean, np.array([self.temperature, *self.platt]))
        digest = hashlib.sha256(b"".join(np.ascontiguousarray(a, dtype=np.float32).tobytes()
                                         for a in arrays)).hexdigest()[:8]
        return f"clf-{digest}"


class EventClassifier:
    """P(event type | sentence) over the 16 PLOVER types and NONE."""

    def __init__(self, head: Head, encoder: Encoder) -> None:
        self.head, self.encoder = head, encoder
        self.labels = head.labels
        self.none = head.labels.index(NONE)
        self.platt = head.platt

    @property
    def version(self) -> str:
        return self.head.version

    def predict(self, sentences: list[str]) -> np.ndarray:
        return self.head.probabilities(self.encoder.encode(sentences))


@lru_cache(maxsize=1)
def default_classifier() -> EventClassifier:
    return EventClassifier(Head.load(ARTIFACT), default_encoder())
