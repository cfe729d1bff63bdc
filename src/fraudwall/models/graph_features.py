"""Call-graph features for per-number models (reusable by the warehouse fraud-number trainer).

``adj`` is a square scipy sparse matrix, row = caller, column = callee, value =
call count or weight.  Two families:

* label-free: degrees, reciprocity, 2-hop reach, neighbour aggregates of the
  node features (mean, max, own minus neighbour mean, on rank-normalised values);
* label-based, from *training* labels only: number/share of known fraud
  neighbours and personalised PageRank from known fraud numbers.  Training
  nodes get out-of-fold values so that no node sees its own label.

On the Sichuan benchmark neither family improved plain gradient boosting (see
docs/benchmarks.md); they are kept for deployments whose graphs are denser.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

STRUCTURAL_NAMES = ("out_degree", "in_degree", "degree", "w_out_degree", "reciprocity", "two_hop",
                    "mean_neighbour_degree")


def _binary(adj: sp.spmatrix) -> sp.csr_matrix:
    a = sp.csr_matrix(adj, dtype=np.float64, copy=True)
    a.setdiag(0)
    a.eliminate_zeros()
    a.data[:] = 1.0
    return a


def symmetric(adj: sp.spmatrix) -> sp.csr_matrix:
    """Undirected 0/1 adjacency without self-loops."""
    a = _binary(adj)
    return ((a + a.T) > 0).astype(np.float64).tocsr()


def structural(adj: sp.spmatrix) -> np.ndarray:
    """Label-free structure per node (columns :data:`STRUCTURAL_NAMES`)."""
    a = _binary(adj)
    s = symmetric(adj)
    out_d = np.asarray(a.sum(axis=1)).ravel()
    in_d = np.asarray(a.sum(axis=0)).ravel()
    deg = np.asarray(s.sum(axis=1)).ravel()
    w = sp.csr_matrix(adj, dtype=np.float64)
    w_out = np.asarray(abs(w).sum(axis=1)).ravel()
    recip = np.asarray(a.multiply(a.T).sum(axis=1)).ravel() / np.maximum(out_d, 1)
    two_hop = np.asarray(((s @ s) > 0).sum(axis=1)).ravel()
    mean_nd = (s @ deg) / np.maximum(deg, 1)
    return np.column_stack([out_d, in_d, deg, w_out, recip, two_hop, mean_nd])


def neighbour_aggregates(adj: sp.spmatrix, x: np.ndarray) -> np.ndarray:
    """Per feature: neighbours' mean, neighbours' max and own minus mean (rank-normalised, 3 x columns)."""
    s = symmetric(adj)
    x = np.nan_to_num(np.asarray(x, dtype=np.float64))
    ranks = np.argsort(np.argsort(x, axis=0, kind="stable"), axis=0) / max(len(x) - 1, 1)
    deg = np.asarray(s.sum(axis=1)).ravel()
    mean = (s @ ranks) / np.maximum(deg, 1)[:, None]
    mx = np.zeros_like(ranks)
    for i in np.flatnonzero(deg):
        mx[i] = ranks[s.indices[s.indptr[i] : s.indptr[i + 1]]].max(axis=0)
    return np.column_stack([mean, mx, ranks - mean])


def personalised_pagerank(adj: sp.spmatrix, seeds: np.ndarray, alpha: float = 0.15, iters: int = 30) -> np.ndarray:
    """PPR on the undirected graph, teleporting to ``seeds`` (indices); scaled so the mean is 1."""
    s = symmetric(adj)
    n = s.shape[0]
    if len(seeds) == 0:
        return np.zeros(n)
    deg = np.asarray(s.sum(axis=1)).ravel()
    walk = sp.diags(1.0 / np.maximum(deg, 1)) @ s
    v = np.zeros(n)
    v[seeds] = 1.0 / len(seeds)
    r = v.copy()
    for _ in range(iters):
        r = alpha * v + (1 - alpha) * (walk.T @ r)
    return r * n


LABEL_NAMES = ("fraud_neighbours", "known_neighbours", "fraud_neighbour_share", "fraud_ppr")


def label_features(adj: sp.spmatrix, train_idx: np.ndarray, y_train: np.ndarray, folds: int = 5,
                   seed: int = 0) -> np.ndarray:
    """Label-based features from training labels only (columns :data:`LABEL_NAMES`).

    Training nodes get values computed from the other folds' labels (out-of-fold).
    """
    from sklearn.model_selection import StratifiedKFold

    s = symmetric(adj)
    n = s.shape[0]
    train_idx = np.asarray(train_idx)
    y_train = np.asarray(y_train).astype(int)

    def compute(idx: np.ndarray, lab: np.ndarray) -> np.ndarray:
        pos = np.zeros(n)
        pos[idx[lab == 1]] = 1
        known = np.zeros(n)
        known[idx] = 1
        c_pos, c_known = s @ pos, s @ known
        return np.column_stack([c_pos, c_known, c_pos / np.maximum(c_known, 1),
                                personalised_pagerank(s, idx[lab == 1])])

    out = compute(train_idx, y_train)
    if folds >= 2 and min(np.bincount(y_train, minlength=2)) >= folds:
        for a, b in StratifiedKFold(folds, shuffle=True, random_state=seed).split(train_idx, y_train):
            out[train_idx[b]] = compute(train_idx[a], y_train[a])[train_idx[b]]
    return out
