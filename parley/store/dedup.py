"""Near-duplicate articles (wire copies, re-publications) by MinHash LSH. The one module that
imports datasketch.

A copy is recognised by the Jaccard similarity of its word 5-gram shingles to an earlier
article; the signature is kept in the store so a later run (or a restarted one) knows every
article stored before it.
"""

from __future__ import annotations

import base64
import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
THRESHOLD = 0.8  # Jaccard of shingle sets: wire copies with a new headline or credit line stay above it
SHINGLE = 5
MIN_WORDS = 30  # shorter texts share too many 5-grams by chance (datelines, boilerplate)
_WORD = re.compile(r"\w+")
_SEED = 1  # seed and scheme fixed, so signatures written by one run match those computed by the next
_SCHEME = "affine32"


def content_hash(text: str) -> str:
    """Exact-copy key: the words of the text, case and spacing ignored."""
    return hashlib.sha1(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()


def signature(text: str) -> MinHash | None:
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    sig = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    sig.update_batch(list(shingles))
    return sig


def encode(sig: MinHash) -> str:
    return base64.b64encode(sig.hashvalues.astype("<u4").tobytes()).decode()


def decode(text: str) -> MinHash | None:
    """A stored signature, or None when it is not one this version wrote (it is then not compared)."""
    try:
        values = np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint32)
    except ValueError:
        return None
    if len(values) != NUM_PERM:
        return None
    return MinHash(num_perm=NUM_PERM, seed=_SEED, hashvalues=values, scheme=_SCHEME)


class NearDuplicates:
    """The articles seen so far, and the first of them a new text is a copy of."""

    def __init__(self, threshold: float = THRESHOLD):
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.order: dict[str, int] = {}  # article id -> when it was seen
        self.signatures: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self.order)

    def add(self, article_id: str, sig: MinHash) -> None:
        if article_id not in self.order:
            self.order[article_id] = len(self.order)
            self.signatures[article_id] = sig
            self.lsh.insert(article_id, sig)

    def first_copy(self, sig: MinHash) -> str | None:
        """The earliest article seen that `sig` is a near-copy of, confirmed on the estimated
        Jaccard similarity (LSH bands alone let some pairs under the threshold through)."""
        found = [key for key in self.lsh.query(sig) if self.signatures[key].jaccard(sig) >= self.threshold]
        return min(found, key=self.order.__getitem__) if found else None
