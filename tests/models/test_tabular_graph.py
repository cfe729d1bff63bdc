"""Tabular LightGBM model, graph features, and the Sichuan benchmark split (data-dependent parts skip)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from fraudwall.models import graph_features as gf
from fraudwall.models.benchmarks import sichuan_split
from fraudwall.models.tabular import TabularModel

from .conftest import needs_data


def _toy(n: int = 400, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 4))
    y = (x[:, 0] + 0.5 * x[:, 1] + rng.normal(scale=0.5, size=n) > 0.3).astype(int)
    return x, y


def test_tabular_fit_threshold_explain_roundtrip(tmp_path) -> None:
    x, y = _toy()
    model = TabularModel.fit(x[:200], y[:200], x[200:300], y[200:300], ["a", "b", "c", "d"], bag=2,
                             max_rounds=300, patience=30)
    p = model.predict_proba(x[300:])
    assert ((p >= model.threshold) == y[300:]).mean() > 0.8
    top = model.explain(x[300:302], top=2)
    assert top[0][0][0] in {"a", "b"}  # the informative features lead the explanation
    again = TabularModel.load(model.save(str(tmp_path / "t")))
    np.testing.assert_allclose(again.predict_proba(x[300:]), p)
    assert again.threshold == model.threshold


def test_graph_features_small_graph() -> None:
    # 0 -> 1, 1 -> 0, 1 -> 2, 3 isolated
    adj = sp.csr_matrix(([1, 1, 5], ([0, 1, 1], [1, 0, 2])), shape=(4, 4))
    st = gf.structural(adj)
    col = dict(zip(gf.STRUCTURAL_NAMES, st.T, strict=True))
    assert col["out_degree"].tolist() == [1, 2, 0, 0]
    assert col["in_degree"].tolist() == [1, 1, 1, 0]
    assert col["w_out_degree"].tolist() == [1, 6, 0, 0]
    assert col["reciprocity"].tolist() == [1.0, 0.5, 0.0, 0.0]
    agg = gf.neighbour_aggregates(adj, np.array([[1.0], [2.0], [3.0], [4.0]]))
    assert agg.shape == (4, 3) and agg[3, 0] == 0  # isolated node: no neighbours
    ppr = gf.personalised_pagerank(adj, np.array([2]))
    assert ppr[2] > ppr[0] and ppr[1] > ppr[0] and ppr[3] == 0 and abs(ppr.sum() - 4) < 1e-6
    lab = gf.label_features(adj, np.array([0, 2]), np.array([0, 1]), folds=0)
    assert lab[1, 0] == 1 and lab[1, 1] == 2 and lab[1, 2] == 0.5


def test_sichuan_split_and_data_if_present() -> None:
    y = np.array([0] * 70 + [1] * 30)
    tr, va, te = sichuan_split(y, 0)
    assert (len(tr), len(va), len(te)) == (20, 20, 60)
    assert len(set(tr) | set(va) | set(te)) == 100 and y[tr].sum() == 6
    path = needs_data("sichuan", "all_feat_with_label.csv")
    import pandas as pd

    df = pd.read_csv(path, nrows=5)
    assert "label" in df.columns and df.shape[1] == 57


def test_bench_sichuan_cli_variants() -> None:
    """``--no-gnn`` runs LightGBM alone, ``--graph-ablation`` adds the features+graph variant (one seed)."""
    import json

    from click.testing import CliRunner

    from fraudwall.cli import cli

    folder = needs_data("sichuan", "all_feat_with_label.csv").parent
    res = CliRunner().invoke(cli, ["bench", "sichuan", "--data", str(folder), "--seeds", "1", "--no-gnn",
                                   "--graph-ablation", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert set(out["results"]) == {"features", "features+graph"}
    assert out["selected_on_inner_procedure"] == "features" and out["model"].startswith("features:")
    assert out["results"]["features"]["auc"] > 0.93
