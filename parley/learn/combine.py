"""Rules and the learned classifier together.

The rules keep what they are good at: the event type when a trigger fires, who did it to whom,
negation, attribution, dates, places. On every dev set the rules type events better than the
classifier does, so the classifier never overturns them. It does two things:

- it gives each event a confidence: the posterior of the event's type given the sentence, with
  the rule's type as a prior of RULE_PRECISION (Bayes' rule over the labels), then Platt-scaled
  by the head's calibration (fitted by `parley train` on held-out sentences of our own);
- it types a sentence's main predicate that no rule fired on, when it is at least PREDICATE_MIN
  sure of one event type ("learned:predicate:<verb>" in the provenance).
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from parley.extractor.candidates import Candidate
from parley.learn.classifier import EventClassifier

# The prior that a fired rule's type is right, the rest spread over the other labels: measured on
# Parley's own written sentences (training/written/), which were not written against the rules.
# Where a rule fires there, its type is the label in 2,264 of 3,157 sentences.
RULE_PRECISION = 0.72
# A sentence no rule typed is given the classifier's type only when it is this sure: at 0.7 the
# fallback added 0.003 to relations but cost pentaclass 0.007 and articles 0.005 (statements typed
# as events); at 0.9 it keeps most of the gain and little of the cost.
PREDICATE_MIN = 0.9


def combine(candidates: list[Candidate], text: str, classifier: EventClassifier,
            min_confidence: float = 0.0) -> list[Candidate]:
    """One article's candidates with the classifier's confidence (and its typed predicates); those
    below `min_confidence` are left out."""
    return combine_many([(candidates, text)], classifier, min_confidence)[0]


def combine_many(articles: list[tuple[list[Candidate], str]], classifier: EventClassifier,
                 min_confidence: float = 0.0) -> list[list[Candidate]]:
    """`combine` for several articles, their sentences read by the classifier in one batch."""
    # A candidate without a single participant phrase can never be coded (resolve drops it): reading
    # its sentence would cost a forward pass for nothing.
    articles = [([c for c in found if c.actors or c.recipients], text) for found, text in articles]
    keys = sorted({(n, c.sentence_start, c.sentence_end) for n, (found, _) in enumerate(articles) for c in found})
    if not keys:
        return [[] for _ in articles]
    where = {k: i for i, k in enumerate(keys)}
    probs = classifier.predict([articles[n][1][s:e] for n, s, e in keys])
    out: list[list[Candidate]] = []
    for n, (found, _) in enumerate(articles):
        voted = (_vote(c, probs[where[(n, c.sentence_start, c.sentence_end)]], classifier, min_confidence)
                 for c in found)
        out.append([c for c in voted if c is not None])
    return out


def _vote(c: Candidate, p: np.ndarray, classifier: EventClassifier, min_confidence: float) -> Candidate | None:
    labels, none = classifier.labels, classifier.none
    if not c.event_type:  # a predicate with participants that no rule typed
        q = p.copy()
        q[none] = 0.0
        best = int(q.argmax())
        if q[best] < max(PREDICATE_MIN, min_confidence):
            return None
        return replace(c, event_type=labels[best], mode=None, rule=f"learned:{c.rule}", confidence=float(q[best]))
    confidence = calibrated(rule_posterior(p, labels.index(c.event_type)), classifier.platt)
    if confidence < min_confidence:
        return None
    return replace(c, confidence=confidence)


def rule_posterior(p: np.ndarray, rule: int) -> float:
    """P(the rule's type | sentence): the classifier's distribution with the rule as a prior."""
    prior = np.full(len(p), (1.0 - RULE_PRECISION) / (len(p) - 1))
    prior[rule] = RULE_PRECISION
    posterior = p * prior
    return float(posterior[rule] / posterior.sum())


def calibrated(confidence: float, platt: tuple[float, float]) -> float:
    a, b = platt
    c = min(max(confidence, 1e-6), 1.0 - 1e-6)
    return 1.0 / (1.0 + math.exp(-(a * math.log(c / (1.0 - c)) + b)))
