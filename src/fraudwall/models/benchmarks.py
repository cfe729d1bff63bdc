"""Benchmarks on public data sets, by the published protocols in ``shared/README.md``.

Each function returns a JSON-able dict: data set, protocol, metrics, seconds.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

from fraudwall.errors import InputError


def _need(path: Path, what: str) -> Path:
    if not path.exists():
        raise InputError(f"{path}: {what} not found")
    return path


def bench_sms_uci(path: str | Path, folds: int = 5, seed: int = 0) -> dict[str, Any]:
    """UCI SMS Spam Collection: stratified 5-fold; also with exact duplicate texts removed."""
    from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    from fraudwall.models.io import read_labelled_texts
    from fraudwall.models.sms import StackedSpamModel

    start = time.perf_counter()
    texts, labels = read_labelled_texts([_need(Path(path), "SMS spam file")], "SMS", "Label")
    assert labels is not None
    results: dict[str, Any] = {}
    for variant in ("all", "dedup"):
        x = np.asarray(texts, dtype=object)
        y = np.asarray([lab == "spam" for lab in labels], dtype=int)
        if variant == "dedup":
            _, first = np.unique(x.astype(str), return_index=True)
            keep = np.sort(first)
            x, y = x[keep], y[keep]
        pred = np.zeros(len(y), dtype=int)
        lin_pred = np.zeros(len(y), dtype=int)
        prob = np.zeros(len(y))
        per_fold = []
        for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
            model = StackedSpamModel.fit(x[tr].tolist(), np.where(y[tr] == 1, "spam", "ham").tolist(), seed=seed)
            prob[te] = model.predict_proba(x[te].tolist())
            pred[te] = (prob[te] >= 0.5).astype(int)
            lin_pred[te] = (model.linear.decision(x[te].tolist())[:, 0] >= 0).astype(int)
            per_fold.append(f1_score(y[te], pred[te]))
        results[variant] = {
            "messages": len(y), "spam": int(y.sum()),
            "spam_f1_mean_of_folds": round(float(np.mean(per_fold)), 4),
            "spam_f1_pooled": round(float(f1_score(y, pred)), 4),
            "accuracy": round(float(accuracy_score(y, pred)), 4),
            "auc": round(float(roc_auc_score(y, prob)), 4),
            "linear_ngram_only_spam_f1_pooled": round(float(f1_score(y, lin_pred)), 4),
        }
    return {
        "benchmark": "sms-uci",
        "data": "UCI SMS Spam Collection (Almeida, Gomez Hidalgo, Yamakami 2011), CC BY 4.0",
        "protocol": f"stratified {folds}-fold CV (shuffle, seed {seed}); spam is the positive class; "
                    "'dedup' drops exact duplicate texts (first kept) before splitting",
        "model": "stacked: hashed char 1-5 + word 1-2 n-grams, sublinear TF-IDF, LinearSVC (balanced); its 3-fold "
                 "out-of-fold score + 11 message-shape features (length, digits, longest number, capitals, URL, "
                 "currency, short code) -> bag of 3 LightGBM, threshold 0.5; all fitted inside the training folds",
        "reference": "char n-gram linear SVM: accuracy ~0.992, spam F1 ~0.970; BERT: spam F1 0.96-0.98",
        "results": results,
        "seconds": round(time.perf_counter() - start, 1),
    }


def bench_phishing(path: str | Path, folds: int = 5, seed: int = 0) -> dict[str, Any]:
    """Phishing URLs (Hannousse & Yahiouche 2021): stratified 5-fold from the ``url`` column only."""
    from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    from fraudwall.models.io import read_labelled_texts
    from fraudwall.models.url import UrlModel

    start = time.perf_counter()
    urls, labels = read_labelled_texts([_need(Path(path), "phishing data file")], "url", "status")
    assert labels is not None
    x = np.asarray(urls, dtype=object)
    y = np.asarray([lab == "phishing" for lab in labels], dtype=int)
    prob = np.zeros(len(y))
    aucs, lin_aucs = [], []
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
        model = UrlModel.fit(x[tr].tolist(), np.where(y[tr] == 1, "phishing", "legitimate").tolist(), seed=seed)
        prob[te] = model.predict_proba(x[te].tolist())
        aucs.append(roc_auc_score(y[te], prob[te]))
        lin_aucs.append(roc_auc_score(y[te], model.linear.decision(x[te].tolist())[:, 0]))
    pred = (prob >= 0.5).astype(int)
    return {
        "benchmark": "phishing",
        "data": "Web page phishing dataset (Hannousse & Yahiouche 2021, Mendeley Data), CC BY 4.0; url column only",
        "protocol": f"stratified {folds}-fold CV (shuffle, seed {seed}); phishing is the positive class",
        "model": "LightGBM over URL structure features + out-of-fold score of a hashed char n-gram linear SVM",
        "reference": "char n-gram logistic regression AUC ~0.984; all 87 page features + GBM AUC ~0.995",
        "results": {
            "urls": len(y), "phishing": int(y.sum()),
            "auc_mean_of_folds": round(float(np.mean(aucs)), 4),
            "auc_pooled": round(float(roc_auc_score(y, prob)), 4),
            "accuracy": round(float(accuracy_score(y, pred)), 4),
            "f1_phishing": round(float(f1_score(y, pred)), 4),
            "linear_ngram_only_auc_mean_of_folds": round(float(np.mean(lin_aucs)), 4),
        },
        "seconds": round(time.perf_counter() - start, 1),
    }


def sichuan_split(y: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Stratified 20 % train / 20 % validation / 60 % test (GAT-COBO protocol)."""
    from sklearn.model_selection import train_test_split

    idx = np.arange(len(y))
    tr, rest = train_test_split(idx, train_size=0.2, stratify=y, random_state=seed)
    va, te = train_test_split(rest, train_size=0.25, stratify=y[rest], random_state=seed)
    return tr, va, te


#: LightGBM parameters for the Sichuan benchmark, chosen without looking at the test 60 %: on each seed's
#: labelled 40 % (train 20 %; validation 20 % halved: early stopping and threshold on one half, AUC and
#: macro-F1 on the other, then swapped).  Seeds 0-2: DEFAULT_PARAMS AUC 0.9573 / F1-macro 0.9124, these
#: 0.9576 / 0.9153; over seeds 0-4 these beat 4 leaves (0.9554 / 0.9100 vs 0.9558 / 0.9079: F1 lower, AUC
#: higher, kept), min_data_in_leaf 50 + L2 10 (0.9554 / 0.9059), a 10-model bag, cross-fitted fold bags and
#: thresholds on validation + out-of-fold training scores (seeds 0-1: all <= these).  Smaller trees, stronger
#: L2 and randomised split thresholds (extra_trees) suit the 1,221 training rows.
SICHUAN_PARAMS: dict[str, Any] = {"num_leaves": 7, "min_data_in_leaf": 30, "lambda_l2": 5.0, "extra_trees": True}


#: GraphSAGE for the Sichuan benchmark (:mod:`fraudwall.models.graph_nn`), trained transductively: all nodes'
#: features and the graph are visible, labels of the training 20 % only; validation for early stopping.  Chosen
#: without the test 60 % by the same inner procedure as SICHUAN_PARAMS (seeds 0-4, validation halved, early
#: stopping + threshold on one half, scored on the other, swapped).  Inner AUC / F1-macro: LightGBM bag 0.9558 /
#: 0.9079; this network alone 0.9536 / 0.9095; rank average of the two 0.9569 / 0.9133 (probability mean
#: 0.9567 / 0.9125, log-loss-chosen weight 0.9562 / 0.9135).  Single networks (bag 1, earlier dropout RNG):
#: weight decay 5e-4 0.9521 / 0.9057, 5e-3 0.9521 / 0.9086, 1e-2 0.9526 / 0.9091; no neighbour term in the
#: output (MLP on [X, PX]) 0.9520 / 0.9042; 2 hops 0.9503 / 0.9021; 2 hidden layers 0.9513 / 0.9048; 128
#: hidden 0.9531 / 0.9061; training-label neighbour features as inputs 0.9450 / 0.8925; GAT-style attention
#: output 0.9530 / 0.9081 (3.5x slower); APPNP on seed 0, one half, 0.9490 / 0.8980 (GraphSAGE there 0.9639 /
#: 0.9387).  A bag of 10 networks: alone 0.9537 / 0.9087, rank average 0.9570 / 0.9109.  Stacking instead (5-fold out-of-fold GraphSAGE score as a 56th LightGBM feature) 0.9568 / 0.9102.
#: No degree bucket where the network out-ranks LightGBM (inner AUC by degree 0 / 1-9 / 10-99 / 100+:
#: 0.9532 vs 0.9577, 0.9235 vs 0.9302, 0.9008 vs 0.9022, 0.9837 vs 0.9836).  Outer test (seeds 0-4): the inner
#: gain did not carry over -- LightGBM 0.9550 / 0.9093, this network 0.9487 / 0.9050, rank average
#: 0.9541 / 0.9096.
SICHUAN_GNN: dict[str, Any] = {"hops": 1, "hidden": 64, "layers": 1, "out": "sage", "dropout": 0.5,
                               "weight_decay": 1e-2, "bag": 3}


def _rank(p: np.ndarray) -> np.ndarray:
    from scipy.stats import rankdata

    return rankdata(p) / len(p)


def bench_sichuan(folder: str | Path, seeds: int = 5, graph_ablation: bool = False, gnn: bool = True) -> dict[str, Any]:
    """Sichuan fraud calls: per seed split 20/20/60, fit on train, early stopping and threshold on validation.

    Variants: ``features`` (LightGBM bag on the 55 features), ``graphsage`` (transductive GNN,
    :data:`SICHUAN_GNN`), ``lgbm+graphsage`` (mean of the two models' ranks over all nodes; chosen on the
    inner procedure) and, with ``graph_ablation``, ``features+graph`` (LightGBM plus structural and
    neighbour-aggregate columns; off by default to keep the run within 3 minutes, it never helped).
    """
    import pandas as pd
    import scipy.sparse as sp
    from sklearn.metrics import f1_score, recall_score, roc_auc_score

    from fraudwall.models import graph_features as gf
    from fraudwall.models import graph_nn
    from fraudwall.models.tabular import TabularModel, best_f1_threshold

    start = time.perf_counter()
    cpu0 = time.process_time()
    folder = Path(folder)
    df = pd.read_csv(_need(folder / "all_feat_with_label.csv", "Sichuan feature file"))
    adj = sp.load_npz(_need(folder / "node_adj_sparse.npz", "Sichuan call graph"))
    y = df["label"].to_numpy().astype(int)
    feats = df.drop(columns=[c for c in ("phone_no_m", "label") if c in df.columns])
    names = list(feats.columns)
    x = feats.to_numpy(dtype=np.float64)
    variants: dict[str, tuple[np.ndarray, list[str]]] = {"features": (x, names)}
    if graph_ablation:
        struct = gf.structural(adj)
        nbr = gf.neighbour_aggregates(adj, x)
        variants["features+graph"] = (
            np.column_stack([x, struct, nbr]),
            names + list(gf.STRUCTURAL_NAMES) + [f"{p}_{c}" for p in ("nbr_mean", "nbr_max", "own_minus_nbr")
                                                   for c in names])

    def metrics(seed: int, p: np.ndarray, threshold: float, te: np.ndarray) -> dict[str, Any]:
        pred = (p[te] >= threshold).astype(int)
        return {"seed": seed, "auc": roc_auc_score(y[te], p[te]), "f1_macro": f1_score(y[te], pred, average="macro"),
                "recall_macro": recall_score(y[te], pred, average="macro")}

    per_variant: dict[str, list[dict[str, Any]]] = {}
    seconds: dict[str, float] = {}
    lgbm_scores: dict[int, np.ndarray] = {}
    for variant, (xv, fnames) in variants.items():
        t0 = time.perf_counter()
        per_seed = per_variant.setdefault(variant, [])
        for seed in range(seeds):
            tr, va, te = sichuan_split(y, seed)
            model = TabularModel.fit(xv[tr], y[tr], xv[va], y[va], fnames, seed=seed, params=SICHUAN_PARAMS)
            p = model.predict_proba(xv)
            if variant == "features":
                lgbm_scores[seed] = p
            per_seed.append(metrics(seed, p, model.threshold, te))
        seconds[variant] = round(time.perf_counter() - t0, 1)
    if gnn:
        t0 = time.perf_counter()
        cfg = graph_nn.GNNConfig(**SICHUAN_GNN)
        s = graph_nn.symmetric_binary(adj)
        inputs = graph_nn.node_inputs(x, s, cfg.hops, cfg.degree_feature)
        for seed in range(seeds):
            tr, va, te = sichuan_split(y, seed)
            known = np.full(len(y), -1)
            known[tr], known[va] = y[tr], y[va]  # test labels never reach the network
            p, _ = graph_nn.fit_predict(x, s, known, tr, va, cfg, seed=seed, inputs=inputs)
            per_variant.setdefault("graphsage", []).append(metrics(seed, p, best_f1_threshold(y[va], p[va]), te))
            blend = (_rank(lgbm_scores[seed]) + _rank(p)) / 2
            per_variant.setdefault("lgbm+graphsage", []).append(
                metrics(seed, blend, best_f1_threshold(y[va], blend[va]), te))
        seconds["graphsage"] = round(time.perf_counter() - t0, 1)
    results: dict[str, Any] = {}
    for variant, per_seed in per_variant.items():
        results[variant] = {
            metric: round(float(np.mean([s[metric] for s in per_seed])), 4) for metric in ("auc", "f1_macro", "recall_macro")
        } | {"auc_std": round(float(np.std([s["auc"] for s in per_seed])), 4),
             "per_seed": [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in s.items()} for s in per_seed]}
    return {
        "benchmark": "sichuan",
        "data": "Sichuan telecom fraud-call benchmark (GAT-COBO preprocessing), research use only",
        "protocol": f"stratified 20% train / 20% validation / 60% test, seeds 0..{seeds - 1}, mean over seeds; "
                    "validation used for early stopping and the macro-F1 threshold; test labels never used "
                    "(the graph network sees all nodes' features and the graph, labels of train only)",
        "selected_on_inner_procedure": "lgbm+graphsage" if gnn else "features",
        "model": ("lgbm+graphsage: mean of the ranks of (a) a bag of 5 LightGBM models on the 55 features "
                  f"(params {SICHUAN_PARAMS}) and (b) a bag of 3 transductive GraphSAGE networks "
                  f"(graph_nn, {SICHUAN_GNN}), both early-stopped on validation, threshold on validation; "
                  "all choices made on the labelled 40 % only (see SICHUAN_PARAMS, SICHUAN_GNN). "
                  "'features' is the LightGBM bag alone") if gnn else (
                  f"features: a bag of 5 LightGBM models on the 55 features (params {SICHUAN_PARAMS}), "
                  "early-stopped on validation, threshold on validation"),
        "reference": "GDFGAT AUC 0.9453 / F1 0.9208; plain gradient boosting on the 55 features AUC ~0.952",
        "results": results,
        "seconds_by_variant": seconds,
        "seconds": round(time.perf_counter() - start, 1),
        "cpu_seconds": round(time.process_time() - cpu0, 1),
    }
