"""Transductive graph neural network for per-number fraud scores (numpy/scipy, no deep-learning framework).

The whole graph and every node's features are visible while training; only the training nodes'
labels enter the loss, and a separate labelled "stop" set chooses the epoch (early stopping).  The
network, in the terms of the GNN literature:

* input: the node features after a rank -> normal transform (heavy tails), missing-value
  indicators, and ``hops`` precomputed neighbour means ``P X, P^2 X, ...`` (``P`` = row-normalised
  undirected adjacency; as in SIGN / the first layer of GraphSAGE with separate self and neighbour
  weights);
* ``layers`` hidden ReLU layers with dropout;
* output: one logit per node, optionally with a GraphSAGE neighbour term (``out="sage"``: own
  weights plus weights on the neighbours' mean hidden state, which makes the receptive field one hop
  wider), a GAT-style attention-weighted neighbour term instead of the mean (``out="gat"``: one head,
  LeakyReLU(h_i a_s + h_j a_d) softmax-normalised over i's neighbours) or APPNP propagation of the
  logits (``out="appnp"``: personalised-PageRank smoothing over the symmetric-normalised graph with
  self loops).

On the Sichuan benchmark (``bench sichuan``) the network alone ranks a little below the LightGBM bag
and a rank average of the two does not beat LightGBM on the test split (see ``SICHUAN_GNN`` in
:mod:`fraudwall.models.benchmarks`).

Gradients are written by hand and the optimiser is Adam with L2 weight decay.  A fit costs a few
seconds on a 6,000-node, 400,000-edge graph: the wide sparse products (``P X``) are computed once and
only one-column products are propagated per epoch.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import scipy.sparse as sp

from fraudwall.errors import InputError


@dataclass(frozen=True)
class GNNConfig:
    """Architecture and training settings of :func:`fit_predict`."""

    hops: int = 1            # precomputed neighbour-mean blocks P X .. P^hops X in the input
    hidden: int = 64
    layers: int = 1          # hidden ReLU layers
    out: str = "sage"        # "linear" | "sage" | "appnp" | "gat"
    appnp_alpha: float = 0.1
    appnp_steps: int = 10
    dropout: float = 0.5
    input_dropout: float = 0.1
    lr: float = 0.01
    weight_decay: float = 5e-4
    epochs: int = 400
    patience: int = 60
    bag: int = 3             # independently initialised networks, probabilities averaged
    degree_feature: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


OUT_KINDS = ("linear", "sage", "appnp", "gat")


# ------------------------------------------------------------------ graph operators and inputs
def symmetric_binary(adj: sp.spmatrix) -> sp.csr_matrix:
    """Undirected 0/1 adjacency without self loops (an upper-triangular matrix is symmetrised)."""
    a = sp.csr_matrix(adj, dtype=np.float64, copy=True)
    if a.shape[0] != a.shape[1]:
        raise InputError(f"adjacency must be square, got {a.shape}")
    a.data[:] = 1.0
    s = ((a + a.T) > 0).astype(np.float64).tocsr()
    s.setdiag(0)
    s.eliminate_zeros()
    return s


def mean_operator(s: sp.csr_matrix) -> sp.csr_matrix:
    """Row-normalised adjacency (neighbour mean; isolated nodes get zeros)."""
    deg = np.asarray(s.sum(axis=1)).ravel()
    return (sp.diags(1.0 / np.maximum(deg, 1)) @ s).tocsr()


def gcn_operator(s: sp.csr_matrix) -> sp.csr_matrix:
    """Symmetric-normalised adjacency with self loops, ``D^-1/2 (A + I) D^-1/2``."""
    a = s + sp.identity(s.shape[0], format="csr")
    d = 1.0 / np.sqrt(np.asarray(a.sum(axis=1)).ravel())
    return (sp.diags(d) @ a @ sp.diags(d)).tocsr()


def normal_scores(x: np.ndarray) -> np.ndarray:
    """Per column: ranks -> standard-normal quantiles (NaN -> 0), plus a 0/1 column per column with NaNs."""
    from scipy.special import ndtri
    from scipy.stats import rankdata

    x = np.asarray(x, dtype=np.float64)
    out = np.zeros_like(x)
    missing = np.isnan(x)
    for j in range(x.shape[1]):
        ok = ~missing[:, j]
        if ok.sum() > 1:
            r = rankdata(x[ok, j], method="average")
            out[ok, j] = ndtri((r - 0.5) / ok.sum())
    has_nan = missing.any(axis=0)
    return np.column_stack([out, missing[:, has_nan].astype(np.float64)])


def node_inputs(x: np.ndarray, s: sp.csr_matrix, hops: int, degree_feature: bool = True) -> np.ndarray:
    """Standardised ``[Z, P Z, .., P^hops Z]`` with ``Z`` = normal scores (+ log degree)."""
    z = normal_scores(x)
    if degree_feature:
        deg = np.asarray(s.sum(axis=1)).ravel()
        z = np.column_stack([z, np.log1p(deg)])
    p = mean_operator(s)
    blocks = [z]
    for _ in range(hops):
        blocks.append(p @ blocks[-1])
    out = np.column_stack(blocks)
    sd = out.std(axis=0)
    return ((out - out.mean(axis=0)) / np.where(sd > 0, sd, 1.0)).astype(np.float32)


# ------------------------------------------------------------------ network
class _Adam:
    def __init__(self, params: list[np.ndarray], lr: float, weight_decay: float, decay_mask: list[bool]) -> None:
        self.params, self.lr, self.wd, self.mask = params, lr, weight_decay, decay_mask
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, grads: list[np.ndarray]) -> None:
        self.t += 1
        b1, b2, eps = 0.9, 0.999, 1e-8
        c1, c2 = 1 - b1 ** self.t, 1 - b2 ** self.t
        for p, g, m, v, dec in zip(self.params, grads, self.m, self.v, self.mask, strict=True):
            if dec and self.wd:
                g = g + self.wd * p
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * g * g
            p -= self.lr * (m / c1) / (np.sqrt(v / c2) + eps)


class _Net:
    """MLP on precomputed inputs with a graph-aware output (see module docstring)."""

    def __init__(self, d_in: int, cfg: GNNConfig, rng: np.random.Generator, p_mean: sp.csr_matrix,
                 p_gcn: sp.csr_matrix | None) -> None:
        self.cfg, self.rng, self.p, self.pg = cfg, rng, p_mean, p_gcn
        self.pt = p_mean.T.tocsr()
        dims = [d_in] + [cfg.hidden] * cfg.layers
        self.ws = [self._glorot(a, b) for a, b in zip(dims[:-1], dims[1:], strict=True)]
        self.bs = [np.zeros(b, np.float32) for b in dims[1:]]
        self.w_out = self._glorot(dims[-1], 1)[:, 0]
        self.w_nbr = self._glorot(dims[-1], 1)[:, 0] if cfg.out in ("sage", "gat") else np.zeros(0, np.float32)
        gat = cfg.out == "gat"
        self.a_s = self._glorot(dims[-1], 1)[:, 0] if gat else np.zeros(0, np.float32)
        self.a_d = self._glorot(dims[-1], 1)[:, 0] if gat else np.zeros(0, np.float32)
        self.b_out = np.zeros(1, np.float32)
        if gat:
            deg = np.diff(p_mean.indptr)
            self.row = np.repeat(np.arange(len(deg)), deg)
            self.col = p_mean.indices
            self.starts = p_mean.indptr[:-1][deg > 0]
            self.has_nbr = deg > 0

    def _glorot(self, a: int, b: int) -> np.ndarray:
        lim = np.sqrt(6.0 / (a + b))
        return self.rng.uniform(-lim, lim, size=(a, b)).astype(np.float32)

    @property
    def params(self) -> list[np.ndarray]:
        return [*self.ws, *self.bs, self.w_out, self.w_nbr, self.a_s, self.a_d, self.b_out]

    def _attend(self, h: np.ndarray) -> dict[str, np.ndarray]:
        """GAT-style neighbour term: softmax over neighbours j of LeakyReLU(h_i a_s + h_j a_d), weighting h_j w_nbr."""
        n = len(h)
        v, sa, da = h @ self.w_nbr, h @ self.a_s, h @ self.a_d
        e = sa[self.row] + da[self.col]
        pre = np.where(e > 0, e, 0.2 * e)
        top = np.zeros(n, pre.dtype)
        top[self.has_nbr] = np.maximum.reduceat(pre, self.starts)
        ex = np.exp(pre - top[self.row])
        alpha = ex / np.bincount(self.row, ex, minlength=n)[self.row]
        m = np.bincount(self.row, alpha * v[self.col], minlength=n)
        return {"v": v, "e": e, "alpha": alpha, "m": m}

    def _drop(self, h: np.ndarray, rate: float, train: bool) -> tuple[np.ndarray, np.ndarray | None]:
        if not train or rate <= 0:
            return h, None
        cut = min(255, max(1, round(rate * 256)))  # uint8 draws: 2x faster than float uniforms
        mask = (self.rng.integers(0, 256, h.shape, dtype=np.uint8) >= cut) * np.float32(256 / (256 - cut))
        return h * mask, mask

    def _propagate(self, z: np.ndarray, transpose: bool = False) -> np.ndarray:
        """APPNP: z_{k+1} = (1 - a) A z_k + a z_0 (A symmetric, so the transpose pass is the same)."""
        assert self.pg is not None
        a, out = self.cfg.appnp_alpha, z
        for _ in range(self.cfg.appnp_steps):
            out = (1 - a) * (self.pg @ out) + a * z
        return out

    def forward(self, x: np.ndarray, train: bool) -> tuple[np.ndarray, dict[str, Any]]:
        cfg = self.cfg
        h, m = self._drop(x, cfg.input_dropout, train)
        cache: dict[str, Any] = {"h": [h], "mask": [m], "pre": []}
        for i, (w, b) in enumerate(zip(self.ws, self.bs, strict=True)):
            pre = h @ w + b
            h = np.maximum(pre, 0)
            h, m = self._drop(h, cfg.dropout, train)
            cache["pre"].append(pre)
            cache["mask"].append(m)
            if i < len(self.ws) - 1:
                cache["h"].append(h)
        cache["last"] = h
        z = h @ self.w_out + self.b_out[0]
        if cfg.out == "sage":
            z = z + self.p @ (h @ self.w_nbr)
        elif cfg.out == "gat":
            att = self._attend(h)
            cache["att"] = att
            z = z + att["m"].astype(z.dtype)
        elif cfg.out == "appnp":
            z = self._propagate(z)
        return z, cache

    def backward(self, dz: np.ndarray, cache: dict[str, Any]) -> list[np.ndarray]:
        cfg = self.cfg
        if cfg.out == "appnp":
            # d/dz0 of the K-step recursion; the operator is symmetric.
            assert self.pg is not None
            a, g, acc = cfg.appnp_alpha, dz, np.zeros_like(dz)
            for _ in range(cfg.appnp_steps):
                acc += a * g
                g = (1 - a) * (self.pg @ g)
            dz = g + acc
        h = cache["last"]
        g_w_out = h.T @ dz
        g_b_out = np.array([dz.sum()], np.float32)
        dh = np.outer(dz, self.w_out)
        if cfg.out == "sage":
            dnb = self.pt @ dz
            g_w_nbr = h.T @ dnb
            dh += np.outer(dnb, self.w_nbr)
        elif cfg.out == "gat":
            att, n = cache["att"], len(dz)
            ga = dz[self.row] * att["alpha"]
            dv = np.bincount(self.col, ga, minlength=n)
            dpre = ga * (att["v"][self.col] - att["m"][self.row]) * np.where(att["e"] > 0, 1.0, 0.2)
            dsa = np.bincount(self.row, dpre, minlength=n)
            dda = np.bincount(self.col, dpre, minlength=n)
            dv, dsa, dda = (a.astype(h.dtype) for a in (dv, dsa, dda))
            g_w_nbr, g_a_s, g_a_d = h.T @ dv, h.T @ dsa, h.T @ dda
            dh += np.outer(dv, self.w_nbr) + np.outer(dsa, self.a_s) + np.outer(dda, self.a_d)
        else:
            g_w_nbr = np.zeros(0, np.float32)
        if cfg.out != "gat":
            g_a_s = g_a_d = np.zeros(0, np.float32)
        gws: list[np.ndarray] = [np.zeros(0)] * len(self.ws)
        gbs: list[np.ndarray] = [np.zeros(0)] * len(self.ws)
        for i in range(len(self.ws) - 1, -1, -1):
            m = cache["mask"][i + 1]
            if m is not None:
                dh = dh * m
            dpre = dh * (cache["pre"][i] > 0)
            hin = cache["h"][i]
            gws[i] = hin.T @ dpre
            gbs[i] = dpre.sum(axis=0)
            if i > 0:
                dh = dpre @ self.ws[i].T
        return [*gws, *gbs, g_w_out.astype(np.float32), g_w_nbr.astype(np.float32), g_a_s.astype(np.float32),
                g_a_d.astype(np.float32), g_b_out]


def _bce(z: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean(np.logaddexp(0, z) - y * z))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def fit_predict(x: np.ndarray, adj: sp.spmatrix, y: np.ndarray, train_idx: np.ndarray, stop_idx: np.ndarray,
                config: GNNConfig | None = None, seed: int = 0, inputs: np.ndarray | None = None,
                ) -> tuple[np.ndarray, dict[str, Any]]:
    """Fraud probability for every node of the graph.

    ``y`` is read only at ``train_idx`` (the loss) and ``stop_idx`` (the epoch with the lowest
    stop-set log-loss is kept); other entries may hold anything.  ``inputs`` may pass the result of
    :func:`node_inputs` to share it across calls.  Returns (probabilities, info).
    """
    cfg = config or GNNConfig()
    if cfg.out not in OUT_KINDS:
        raise InputError(f"output kind {cfg.out!r}: expected one of {', '.join(OUT_KINDS)}")
    s = symmetric_binary(adj)
    if s.shape[0] != len(x):
        raise InputError(f"{len(x)} feature rows for a {s.shape[0]}-node graph")
    xin = inputs if inputs is not None else node_inputs(x, s, cfg.hops, cfg.degree_feature)
    p_mean = mean_operator(s).astype(np.float32)
    p_gcn = gcn_operator(s).astype(np.float32) if cfg.out == "appnp" else None
    y = np.asarray(y)
    tr, st = np.asarray(train_idx), np.asarray(stop_idx)
    ytr, yst = y[tr].astype(np.float32), y[st].astype(np.float32)
    with _one_blas_thread():
        return _fit_bag(xin, cfg, seed, p_mean, p_gcn, tr, st, ytr, yst)


def _one_blas_thread() -> Any:
    """Single-threaded BLAS: the products are small, and on a busy 2-core machine OpenBLAS threads
    spin-wait (one fit measured 7x slower with 2 threads)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        import contextlib

        return contextlib.nullcontext()
    return threadpool_limits(1, user_api="blas")


def _fit_bag(xin: np.ndarray, cfg: GNNConfig, seed: int, p_mean: sp.csr_matrix, p_gcn: sp.csr_matrix | None,
             tr: np.ndarray, st: np.ndarray, ytr: np.ndarray, yst: np.ndarray) -> tuple[np.ndarray, dict[str, Any]]:
    probs, epochs = [], []
    for k in range(cfg.bag):
        rng = np.random.default_rng(seed * 1000 + k)
        net = _Net(xin.shape[1], cfg, rng, p_mean, p_gcn)
        params = net.params
        opt = _Adam(params, cfg.lr, cfg.weight_decay, [p is not net.b_out and all(p is not b for b in net.bs)
                                                        for p in params])
        best, best_state, best_epoch, bad = np.inf, [p.copy() for p in params], 0, 0
        for epoch in range(cfg.epochs):
            z, cache = net.forward(xin, train=True)
            dz = np.zeros_like(z)
            dz[tr] = (_sigmoid(z[tr]) - ytr) / len(tr)
            opt.step(net.backward(dz, cache))
            z_eval, _ = net.forward(xin, train=False)
            loss = _bce(z_eval[st], yst)
            if loss < best - 1e-5:
                best, best_epoch, bad = loss, epoch, 0
                best_state = [p.copy() for p in params]
            else:
                bad += 1
                if bad >= cfg.patience:
                    break
        for p, b in zip(params, best_state, strict=True):
            p[...] = b
        probs.append(_sigmoid(net.forward(xin, train=False)[0].astype(np.float64)))
        epochs.append(best_epoch + 1)
    return np.mean(probs, axis=0), {"epochs": epochs, "config": replace(cfg, extra={})}
