"""Transductive graph network (numpy): gradients, use of the graph, no use of unseen labels."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.metrics import roc_auc_score

from fraudwall.models import graph_nn as gnn

from .conftest import needs_data


def _communities(n_comm: int = 60, size: int = 10, seed: int = 0) -> tuple[np.ndarray, sp.csr_matrix, np.ndarray]:
    """Label = community label; own features only weakly informative, neighbours' mean strongly so.

    The adjacency is stored upper-triangular (as the Sichuan graph is), so it must be symmetrised.
    """
    rng = np.random.default_rng(seed)
    comm_label = rng.permutation(np.arange(n_comm) % 2)
    y = np.repeat(comm_label, size)
    n = len(y)
    comm = np.repeat(np.arange(n_comm), size)
    same = comm[:, None] == comm[None, :]
    edges = np.where(same, rng.random((n, n)) < 0.6, rng.random((n, n)) < 0.002)
    adj = sp.csr_matrix(np.triu(edges, 1).astype(np.int32))
    x = rng.normal(size=(n, 4))
    x[:, 0] = (2 * y - 1) + rng.normal(scale=2.5, size=n)
    return x, adj, y


def _split(y: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    idx = np.random.default_rng(seed).permutation(len(y))
    a, b = int(0.3 * len(y)), int(0.5 * len(y))
    return idx[:a], idx[a:b], idx[b:]


CFG = gnn.GNNConfig(bag=1, epochs=300, patience=40, weight_decay=1e-3)


def test_learns_a_label_that_only_the_graph_reveals() -> None:
    x, adj, y = _communities()
    tr, st, te = _split(y)
    known = np.full(len(y), -1)
    known[tr], known[st] = y[tr], y[st]
    p, info = gnn.fit_predict(x, adj, known, tr, st, CFG, seed=0)
    with_graph = roc_auc_score(y[te], p[te])
    # Same network, no edges: it sees the node's own features only.
    empty = sp.csr_matrix(adj.shape)
    p0, _ = gnn.fit_predict(x, empty, known, tr, st, CFG, seed=0)
    features_only = roc_auc_score(y[te], p0[te])
    assert features_only < 0.85, features_only
    assert with_graph > 0.9, with_graph
    assert with_graph > features_only + 0.1
    assert info["epochs"][0] >= 1


@pytest.mark.parametrize("out", gnn.OUT_KINDS)
def test_every_output_kind_uses_the_graph(out: str) -> None:
    x, adj, y = _communities(seed=1)
    tr, st, te = _split(y, 1)
    p, _ = gnn.fit_predict(x, adj, y, tr, st, gnn.GNNConfig(**{**CFG.__dict__, "out": out, "extra": {}}), seed=1)
    assert roc_auc_score(y[te], p[te]) > 0.85


def test_labels_outside_train_and_stop_are_never_read() -> None:
    x, adj, y = _communities(seed=2)
    tr, st, te = _split(y, 2)
    masked = y.copy()
    masked[te] = -7
    a, _ = gnn.fit_predict(x, adj, y, tr, st, CFG, seed=3)
    b, _ = gnn.fit_predict(x, adj, masked, tr, st, CFG, seed=3)
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("out", gnn.OUT_KINDS)
@pytest.mark.parametrize("layers", [1, 2])
def test_hand_written_gradients_match_finite_differences(out: str, layers: int) -> None:
    rng = np.random.default_rng(0)
    n = 30
    s = gnn.symmetric_binary(sp.random(n, n, density=0.15, random_state=1, format="csr"))
    cfg = gnn.GNNConfig(out=out, layers=layers, hidden=5, dropout=0, input_dropout=0, hops=1)
    xin = gnn.node_inputs(rng.normal(size=(n, 3)), s, 1).astype(np.float64)
    net = gnn._Net(xin.shape[1], cfg, np.random.default_rng(0), gnn.mean_operator(s), gnn.gcn_operator(s))
    net.ws = [w.astype(np.float64) for w in net.ws]
    net.bs = [b.astype(np.float64) + 0.1 for b in net.bs]
    net.w_out, net.w_nbr, net.a_s, net.a_d, net.b_out = (
        a.astype(np.float64) for a in (net.w_out, net.w_nbr, net.a_s, net.a_d, net.b_out))
    y = (rng.random(n) < 0.5).astype(float)
    tr = np.arange(0, n, 2)

    def loss() -> float:
        z, _ = net.forward(xin, False)
        return float(np.mean(np.logaddexp(0, z[tr]) - y[tr] * z[tr]))

    z, cache = net.forward(xin, False)
    dz = np.zeros_like(z)
    dz[tr] = (gnn._sigmoid(z[tr]) - y[tr]) / len(tr)
    for p, g in zip(net.params, net.backward(dz, cache), strict=True):
        for idx in list(np.ndindex(p.shape))[:12]:
            old = p[idx]
            p[idx] = old + 1e-6
            up = loss()
            p[idx] = old - 1e-6
            down = loss()
            p[idx] = old
            assert abs((up - down) / 2e-6 - g[idx]) < 1e-6


def test_inputs_symmetrise_and_normalise() -> None:
    adj = sp.csr_matrix(([1, 1], ([0, 1], [1, 2])), shape=(4, 4))  # upper triangle only
    s = gnn.symmetric_binary(adj)
    assert (s != s.T).nnz == 0 and s.sum() == 4
    x = np.array([[1.0, np.nan], [1e6, 2.0], [3.0, 3.0], [4.0, np.nan]])
    z = gnn.normal_scores(x)
    assert z.shape == (4, 3)  # one missing-value indicator column
    assert z[1, 0] == z[:, 0].max() and abs(z[1, 0]) < 2  # heavy tail tamed
    assert z[:, 2].tolist() == [1, 0, 0, 1]
    xin = gnn.node_inputs(x, s, hops=1)
    assert xin.shape == (4, 2 * 4)  # [Z + log degree, P Z + P log degree]


def test_sichuan_one_seed_if_present() -> None:
    folder = needs_data("sichuan", "node_adj_sparse.npz").parent
    import pandas as pd

    from fraudwall.models.benchmarks import SICHUAN_GNN, sichuan_split

    df = pd.read_csv(folder / "all_feat_with_label.csv")
    y = df["label"].to_numpy().astype(int)
    x = df.drop(columns=["phone_no_m", "label"]).to_numpy(float)
    adj = sp.load_npz(folder / "node_adj_sparse.npz")
    tr, va, te = sichuan_split(y, 0)
    p, _ = gnn.fit_predict(x, adj, np.where(np.isin(np.arange(len(y)), te), -1, y), tr, va,
                           gnn.GNNConfig(**{**SICHUAN_GNN, "bag": 1}), seed=0)
    assert roc_auc_score(y[te], p[te]) > 0.93
