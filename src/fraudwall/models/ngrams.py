"""Vectorised hashed character and word n-grams (no Python loop per message).

All texts of a batch are joined into one array of Unicode code points; every
n-gram is hashed with numpy arithmetic at once, and the counts land in a CSR
matrix of ``2**bits`` columns.  This is 20-50x faster than scikit-learn's
per-document analyzers and needs no stored vocabulary: a model is only the
weights of the buckets it saw in training.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

_MULT = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_ASCII_DIGITS = (48, 57)


def codepoints(texts: Sequence[str], lowercase: bool = True, fold_digits: bool = False) -> np.ndarray:
    """Code points of all texts, each preceded by a 0 separator."""
    joined = "\x00" + "\x00".join(texts)
    if lowercase:
        joined = joined.lower()
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if fold_digits:
        digit = (cps >= _ASCII_DIGITS[0]) & (cps <= _ASCII_DIGITS[1])
        cps = np.where(digit, np.uint64(48), cps)
    return cps


def _finish(h: np.ndarray, bits: int) -> np.ndarray:
    h = h ^ (h >> np.uint64(31))
    h = h * _MIX
    h = h ^ (h >> np.uint64(29))
    return (h >> np.uint64(64 - bits)).astype(np.int64)


@dataclass(frozen=True)
class NgramSpec:
    """Which n-grams to hash: character n-grams ``char_min..char_max`` and word n-grams up to ``word_max``."""

    char_min: int = 1
    char_max: int = 5
    word_max: int = 2
    bits: int = 20
    fold_digits: bool = False
    lowercase: bool = True
    seed: int = 0

    def to_dict(self) -> dict[str, int | bool]:
        """Plain dict for JSON metadata."""
        return {"char_min": self.char_min, "char_max": self.char_max, "word_max": self.word_max,
                "bits": self.bits, "fold_digits": self.fold_digits, "lowercase": self.lowercase, "seed": self.seed}


def hashed_counts(texts: Sequence[str], spec: NgramSpec, chunk: int = 2048) -> sp.csr_matrix:
    """Counts of hashed n-grams as a ``len(texts) x 2**(bits+1)`` CSR matrix with sorted indices.

    Character n-grams occupy columns ``[0, 2**bits)``, word n-grams ``[2**bits, 2**(bits+1))``.
    """
    n_docs = len(texts)
    parts = [_chunk_counts(texts[i : i + chunk], spec) for i in range(0, n_docs, chunk)]
    if not parts:
        return sp.csr_matrix((0, 2 << spec.bits), dtype=np.float32)
    if len(parts) == 1:
        return parts[0]
    return sp.vstack(parts, format="csr")


def _chunk_counts(texts: Sequence[str], spec: NgramSpec) -> sp.csr_matrix:
    n_docs = len(texts)
    rows, cols, counts = chunk_entries(texts, spec)
    indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=n_docs)))).astype(np.int64)
    mat = sp.csr_matrix((counts, cols, indptr), shape=(n_docs, 2 << spec.bits))
    mat.has_sorted_indices = True
    mat.has_canonical_format = True
    return mat


def chunk_entries(texts: Sequence[str], spec: NgramSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, count) of every distinct hashed n-gram per text, sorted by row then column."""
    cps = codepoints(texts, lowercase=spec.lowercase, fold_digits=spec.fold_digits)
    is_sep = cps == 0
    doc = (np.cumsum(is_sep) - 1).astype(np.int64)  # separator i starts document i
    keys: list[np.ndarray] = []
    length = len(cps)
    seed = np.uint64(spec.seed * 7919 + 1)
    shift = spec.bits + 1
    # character n-grams: rolling polynomial hash over all positions at once
    h = np.zeros(length, dtype=np.uint64)
    for n in range(1, spec.char_max + 1):
        m = length - n + 1
        if m <= 0:
            break
        h = h[:m] * _MULT + cps[n - 1 : n - 1 + m] + np.uint64(1)
        if n < spec.char_min:
            continue
        valid = (~is_sep[:m]) & (doc[:m] == doc[n - 1 : n - 1 + m])
        idx = np.flatnonzero(valid)
        keys.append((doc[idx] << shift) | _finish(h[idx] ^ (seed + np.uint64(n)), spec.bits))
    if spec.word_max > 0:
        r, c = _word_ngrams(cps, doc, spec)
        keys.append((r << shift) | (c + (1 << spec.bits)))
    allkeys = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    # keys of a small chunk fit in 32 bits, and sorting uint32 is about twice as fast
    allkeys = np.sort(allkeys.astype(np.uint32) if (len(texts) << shift) <= (1 << 32) else allkeys).astype(np.int64)
    if len(allkeys):
        first = np.concatenate(([True], allkeys[1:] != allkeys[:-1]))
        starts = np.flatnonzero(first)
        counts = np.diff(np.concatenate((starts, [len(allkeys)]))).astype(np.float32)
        uniq = allkeys[starts]
    else:
        counts = np.zeros(0, np.float32)
        uniq = allkeys
    rows = uniq >> shift
    cols = (uniq & ((1 << shift) - 1)).astype(np.int32)
    return rows, cols, counts


def linear_scores(
    texts: Sequence[str], spec: NgramSpec, lookup: np.ndarray, idf: np.ndarray, weights: np.ndarray,
) -> np.ndarray:
    """``tfidf(texts) @ weights`` without building a matrix (the inference hot path).

    ``lookup`` maps a hashed column to a row of ``idf``/``weights`` (compact: only the columns
    seen in training), or -1 for columns the model never saw.
    """
    n_docs = len(texts)
    rows, cols, counts = chunk_entries(texts, spec)
    slot = lookup[cols]
    keep = slot >= 0
    rows, cols, counts, slot = rows[keep], cols[keep], counts[keep], slot[keep]
    value = (1.0 + np.log(counts)) * idf[slot]
    group = rows * 2 + (cols >> spec.bits)
    norms = np.sqrt(np.bincount(group, weights=value * value, minlength=2 * n_docs))
    norms[norms == 0] = 1.0
    value = value / norms[group]
    if weights.shape[1] == 1:
        return np.bincount(rows, weights=value * weights[slot, 0], minlength=n_docs)[:, None]
    # rows are sorted: a CSR matrix over the compact columns times the dense weights, in C
    indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=n_docs))))
    mat = sp.csr_matrix((value, slot, indptr), shape=(n_docs, weights.shape[0]))
    return np.asarray(mat @ weights)


def _word_ngrams(cps: np.ndarray, doc: np.ndarray, spec: NgramSpec) -> tuple[np.ndarray, np.ndarray]:
    """Hashed word 1..word_max-grams; a word is a run of ASCII letters/digits (CJK text uses char n-grams)."""
    word = ((cps >= 48) & (cps <= 57)) | ((cps >= 97) & (cps <= 122)) | ((cps >= 65) & (cps <= 90))
    if not word.any():
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    w = word.astype(np.int8)
    starts = np.flatnonzero(np.diff(np.concatenate(([0], w))) == 1)
    ends = np.flatnonzero(np.diff(np.concatenate((w, [0]))) == -1) + 1
    run = np.cumsum(np.concatenate(([0], np.diff(np.concatenate(([0], w))) == 1))[1:]) - 1
    pos = np.flatnonzero(word)
    offs = pos - starts[run[pos]]
    max_len = int((ends - starts).max())
    powers = np.cumprod(np.full(max_len, _MULT, dtype=np.uint64), dtype=np.uint64)
    contrib = (cps[pos] + np.uint64(1)) * powers[offs]
    # segment sums of uint64 (wrapping) per run
    csum = np.concatenate(([np.uint64(0)], np.cumsum(contrib, dtype=np.uint64)))
    bounds = np.searchsorted(pos, starts)
    bounds_end = np.searchsorted(pos, ends)
    wh = csum[bounds_end] - csum[bounds]
    wdoc = doc[starts]
    rows = [wdoc]
    seed = np.uint64(spec.seed * 104729 + 17)
    cols = [_finish(wh ^ seed, spec.bits)]
    for n in range(2, spec.word_max + 1):
        if len(wh) < n:
            break
        g = wh[: len(wh) - n + 1].copy()
        same = np.ones(len(g), dtype=bool)
        for k in range(1, n):
            g = g * _MULT + wh[k : k + len(g)]
            same &= wdoc[k : k + len(g)] == wdoc[: len(g)]
        idx = np.flatnonzero(same)
        rows.append(wdoc[idx])
        cols.append(_finish(g[idx] ^ (seed + np.uint64(n * 31)), spec.bits))
    return np.concatenate(rows), np.concatenate(cols)


def tfidf(counts: sp.csr_matrix, idf: np.ndarray, bits: int) -> sp.csr_matrix:
    """Sublinear TF x IDF; the character and the word block are each L2-normalised."""
    mat = counts.copy()
    mat.data = (1.0 + np.log(mat.data)) * idf[mat.indices]
    row = np.repeat(np.arange(mat.shape[0]), np.diff(mat.indptr))
    group = row * 2 + (mat.indices >> bits)
    norms = np.sqrt(np.bincount(group, weights=mat.data.astype(np.float64) ** 2, minlength=2 * mat.shape[0]))
    norms[norms == 0] = 1.0
    mat.data = (mat.data / norms[group]).astype(np.float32)
    return mat


def fit_idf(counts: sp.csr_matrix, min_df: int = 1) -> np.ndarray:
    """Smoothed IDF per bucket (scikit-learn's formula); 0 for buckets seen in fewer than ``min_df`` texts.

    The zero drops n-grams unseen in training from the features, as a vocabulary would.
    """
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
    idf[df < max(min_df, 1)] = 0.0
    return idf
