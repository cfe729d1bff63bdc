"""The warehouse fraud-number model: per-number window features + call-graph features -> TabularModel.

One example = one number active (calling or texting) in one local-day window.

* Behaviour features come from the feature layer (``features/sql``): the tables in
  :data:`NUMBER_TABLES`, materialised per window by ``features.registry`` exactly as
  detection does, so training and scoring read the same columns.  Numeric and
  boolean columns are used as they are (named ``<table without f_>.<column>``);
  ``line_type`` and ``customer_type`` are one-hot encoded.
* Call-graph features (``graph.*``) from the window's calls and SMS plus the
  :data:`GRAPH_HISTORY_DAYS` days of calls before it: degrees, reciprocity,
  neighbour degree, and from *known* fraud numbers (fraud reports before the
  window, and before the training cut-off when evaluating): fraud neighbours,
  2-hop paths to fraud numbers and personalised PageRank.
* Numbers already reported as fraud before the window are not examples (they
  are known; ``calls.reported_number_active`` covers them).

Time-aware split (:func:`train_numbers`): the windows are cut at day boundaries
t1 < t2 so that about 60 % / 20 % / 20 % of the fraud reports fall before t1,
between t1 and t2, and after t2.  Train examples are windows before t1 labelled
with reports before t1 only; validation examples are windows in [t1, t2)
labelled with reports before t2; test examples are windows from t2 on labelled
with all reports.  Every feature of every example reads records up to the end
of its own window only, and label-derived features (fraud neighbours, PageRank,
the feature layer's ``reports_h``) read reports before ``min(window start, t1)``:
training labels only.  So the test part measures how well numbers reported
later are found from what was known earlier.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import scipy.sparse as sp

from fraudwall.errors import InputError
from fraudwall.models import graph_features as gf

log = logging.getLogger(__name__)

NUMBER_TABLES = ("f_msisdn", "f_dial_seq", "f_sms_sender")
GRAPH_HISTORY_DAYS = 7
CATEGORICAL = {"line_type": ("mobile", "fixed", "voip", "iot"), "customer_type": ("personal", "enterprise")}
# constant for every example (reported numbers are not examples) or duplicated in another table
SKIP_COLUMNS = {"dial_seq.reported_before", "dial_seq.callees"}
GRAPH_NAMES = ("out_degree", "in_degree", "degree", "w_out_degree", "reciprocity", "mean_neighbour_degree",
               "fraud_neighbours", "fraud_2hop", "fraud_ppr")
_NUMERIC = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
            "FLOAT", "DOUBLE", "BOOLEAN", "DECIMAL")
SPLIT = (0.6, 0.8)  # cumulative share of fraud reports before t1 and before t2


@dataclass
class WindowFrame:
    """Features of the numbers of one window."""

    numbers: list[str]
    x: np.ndarray
    names: list[str]


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(f"DESCRIBE {table}").fetchall()]


def table_feature_sql(con: duckdb.DuckDBPyConnection) -> tuple[str, list[str]]:
    """SELECT over the union of the numbers of :data:`NUMBER_TABLES` with their numeric columns."""
    exprs, names, seen = [], [], set()
    for t in NUMBER_TABLES:
        short = t.removeprefix("f_")
        for col, typ in _columns(con, t):
            name = f"{short}.{col}"
            if col == "msisdn" or name in SKIP_COLUMNS or col in seen:
                continue
            if typ.startswith(_NUMERIC):
                exprs.append(f'CAST({t}."{col}" AS DOUBLE)')
                names.append(name)
                seen.add(col)
            elif col in CATEGORICAL:
                for v in CATEGORICAL[col]:
                    exprs.append(f"CAST({t}.\"{col}\" = '{v}' AS DOUBLE)")
                    names.append(f"{name}={v}")
                seen.add(col)
    keys = " UNION ".join(f"SELECT msisdn FROM {t}" for t in NUMBER_TABLES)
    joins = " ".join(f"LEFT JOIN {t} ON {t}.msisdn = k.msisdn" for t in NUMBER_TABLES)
    sql = f"SELECT k.msisdn, {', '.join(exprs)} FROM ({keys}) k {joins} WHERE k.msisdn IS NOT NULL ORDER BY k.msisdn"
    return sql, names


def _ts(con: duckdb.DuckDBPyConnection, literal: str) -> datetime:
    return con.execute(f"SELECT {literal}").fetchall()[0][0]


def graph_block(con: duckdb.DuckDBPyConnection, params: dict[str, str], numbers: list[str],
                seeds_before: str) -> np.ndarray:
    """Graph features (columns :data:`GRAPH_NAMES`) of ``numbers`` in the window's contact graph.

    ``seeds_before``: SQL timestamp; fraud reports before it are the known fraud numbers.
    """
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _g_edges AS "
        "SELECT caller AS a, callee AS b, count(*) AS w FROM voice_w WHERE callee IS NOT NULL GROUP BY ALL "
        "UNION ALL SELECT sender, receiver, count(*) FROM sms_w WHERE receiver IS NOT NULL GROUP BY ALL "
        f"UNION ALL SELECT caller, callee, count(*) FROM voice_h WHERE callee IS NOT NULL AND "
        f"start_time >= {params['w_start']} - INTERVAL {GRAPH_HISTORY_DAYS} DAY GROUP BY ALL")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _g_nodes AS SELECT n AS msisdn, CAST(row_number() OVER (ORDER BY n) - 1 AS BIGINT) AS i "
        "FROM (SELECT a AS n FROM _g_edges UNION SELECT b FROM _g_edges) WHERE n IS NOT NULL")
    n = con.execute("SELECT count(*) FROM _g_nodes").fetchall()[0][0]
    out = np.zeros((len(numbers), len(GRAPH_NAMES)))
    if n == 0 or not numbers:
        return out
    e = con.execute("SELECT na.i, nb.i, CAST(sum(w) AS DOUBLE) FROM _g_edges JOIN _g_nodes na ON na.msisdn = a "
                    "JOIN _g_nodes nb ON nb.msisdn = b GROUP BY ALL").fetchnumpy()
    vals = list(e.values())
    adj = sp.csr_matrix((vals[2], (vals[0], vals[1])), shape=(n, n))
    seeds = con.execute(
        "SELECT g.i FROM _g_nodes g WHERE g.msisdn IN (SELECT entity FROM reports WHERE entity_type = 'msisdn' "
        f"AND label = 'fraud' AND time < {seeds_before})").fetchnumpy()
    seed_idx = np.asarray(next(iter(seeds.values())), dtype=np.int64) if seeds else np.zeros(0, np.int64)
    con.register("_g_want", _arrow_numbers(numbers))
    pos = con.execute("SELECT w.pos, g.i FROM _g_want w JOIN _g_nodes g USING (msisdn)").fetchnumpy()
    con.unregister("_g_want")
    rows, idx = np.asarray(pos["pos"], np.int64), np.asarray(pos["i"], np.int64)
    a = gf._binary(adj)
    s = gf.symmetric(adj)
    out_d = np.asarray(a.sum(axis=1)).ravel()
    in_d = np.asarray(a.sum(axis=0)).ravel()
    deg = np.asarray(s.sum(axis=1)).ravel()
    w_out = np.asarray(adj.sum(axis=1)).ravel()
    recip = np.asarray(a.multiply(a.T).sum(axis=1)).ravel() / np.maximum(out_d, 1)
    mean_nd = (s @ deg) / np.maximum(deg, 1)
    seed_vec = np.zeros(n)
    seed_vec[seed_idx] = 1.0
    fraud_nb = s @ seed_vec
    fraud_2hop = s @ fraud_nb - deg * seed_vec  # paths of length 2 to a fraud number, not back to itself
    ppr = gf.personalised_pagerank(s, seed_idx) if len(seed_idx) else np.zeros(n)
    cols = np.column_stack([out_d, in_d, deg, w_out, recip, mean_nd, fraud_nb, fraud_2hop, ppr])
    out[rows] = cols[idx]
    return out


def _arrow_numbers(numbers: list[str]) -> Any:
    import pyarrow as pa

    return pa.table({"pos": pa.array(np.arange(len(numbers)), pa.int64()), "msisdn": pa.array(numbers, pa.string())})


def window_frame(con: duckdb.DuckDBPyConnection, params: dict[str, str], label_cutoff: datetime | None = None) -> WindowFrame:
    """Features of the window's numbers not reported as fraud before the window.

    Needs the window views and the :data:`NUMBER_TABLES` feature tables of the window
    on ``con``; ``label_cutoff`` limits the known fraud numbers to reports before it.
    """
    sql, names = table_feature_sql(con)
    known = (f"SELECT entity FROM reports WHERE entity_type = 'msisdn' AND label = 'fraud' "
             f"AND time < {params['w_start']}")
    res = con.execute(f"SELECT * FROM ({sql}) WHERE msisdn NOT IN ({known})").fetchnumpy()
    numbers = [str(v) for v in res["msisdn"]]
    cols = [np.asarray(res[c], dtype=np.float64) if not np.ma.isMaskedArray(res[c])
            else np.ma.filled(res[c].astype(np.float64), np.nan) for c in list(res)[1:]]
    x = np.column_stack(cols) if cols else np.zeros((len(numbers), 0))
    seeds_before = params["w_start"]
    if label_cutoff is not None:
        seeds_before = f"least({seeds_before}, TIMESTAMPTZ '{label_cutoff.isoformat()}')"
    g = graph_block(con, params, numbers, seeds_before)
    return WindowFrame(numbers, np.column_stack([x, g]), names + [f"graph.{n}" for n in GRAPH_NAMES])


def prepare_window(con: duckdb.DuckDBPyConnection, wh: Any, ws: datetime, we: datetime,
                   label_cutoff: datetime | None = None) -> dict[str, str]:
    """Window views and the number feature tables for [ws, we); returns the window parameters."""
    from fraudwall.features import registry as feats

    feats.create_window_views(con, wh, ws, we)
    params = feats.window_params(ws, we)
    if label_cutoff is not None and label_cutoff < ws:  # the feature layer sees training reports only
        con.execute(f"CREATE OR REPLACE TEMP VIEW reports_h AS SELECT * FROM reports WHERE time >= {params['h_start']} "
                    f"AND time < {feats.ts_literal(label_cutoff)}")
    feats.materialize(con, feats.closure(set(NUMBER_TABLES)), params)
    return params


# ------------------------------------------------------------------ training
@dataclass
class Part:
    x: list[np.ndarray] = field(default_factory=list)
    y: list[np.ndarray] = field(default_factory=list)
    numbers: list[list[str]] = field(default_factory=list)
    days: list[str] = field(default_factory=list)

    def stacked(self) -> tuple[np.ndarray, np.ndarray, list[str]]:
        x = np.vstack(self.x) if self.x else np.zeros((0, 0))
        y = np.concatenate(self.y) if self.y else np.zeros(0, int)
        return x, y, [n for ns in self.numbers for n in ns]


def _split_points(windows: list[tuple[datetime, datetime]], report_times: list[datetime]) -> tuple[int, int]:
    """Window indices j < k: train = windows[:j], validation = windows[j:k], test = windows[k:]."""
    n = len(windows)
    if n < 3:
        raise InputError(f"the warehouse holds {n} day(s) of records; the time-aware split needs at least 3")
    inside = sorted(t for t in report_times if windows[0][0] <= t < windows[-1][1])
    if len(inside) < 6:
        raise InputError(f"{len(inside)} fraud reports on numbers during the loaded days; at least 6 are needed "
                         "to train and test on later reports")
    before = [sum(1 for t in inside if t < ws) / len(inside) for ws, _ in windows]
    j = next((i for i in range(1, n) if before[i] >= SPLIT[0]), n - 2)
    j = min(max(j, 1), n - 2)
    k = next((i for i in range(j + 1, n) if before[i] >= SPLIT[1]), n - 1)
    return j, min(max(k, j + 1), n - 1)


def _metrics(y: np.ndarray, p: np.ndarray, threshold: float) -> dict[str, Any]:
    from sklearn.metrics import (
        average_precision_score,
        f1_score,
        precision_score,
        recall_score,
        roc_auc_score,
    )

    pred = p >= threshold
    both = len(np.unique(y)) == 2
    return {"examples": int(len(y)), "positives": int(y.sum()),
            "auc": round(float(roc_auc_score(y, p)), 4) if both else None,
            "average_precision": round(float(average_precision_score(y, p)), 4) if both else None,
            "precision": round(float(precision_score(y, pred, zero_division=0)), 4),
            "recall": round(float(recall_score(y, pred, zero_division=0)), 4),
            "f1": round(float(f1_score(y, pred, zero_division=0)), 4),
            "flagged": int(pred.sum())}


def _per_number(numbers: list[str], y: np.ndarray, p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    best: dict[str, tuple[int, float]] = {}
    for n, yy, pp in zip(numbers, y, p, strict=True):
        a, b = best.get(n, (0, -1.0))
        best[n] = (max(a, int(yy)), max(b, float(pp)))
    vals = list(best.values())
    return np.array([v[0] for v in vals]), np.array([v[1] for v in vals])


def train_numbers(wh: Any, bag: int = 5, seed: int = 0, test_scores: dict[str, Any] | None = None,
                  ) -> tuple[Any, dict[str, Any]]:
    """Train and evaluate the fraud-number model on a warehouse; returns (TabularModel, summary).

    ``test_scores``, when given, receives the test part's ``numbers``, ``days``, ``y`` and ``p`` (for
    evaluations against simulator truth, bench/bench_numbers_model.py).
    """
    from fraudwall.features import registry as feats
    from fraudwall.models.tabular import TabularModel
    from fraudwall.scenarios.runner import day_windows

    windows = day_windows(wh, None, None)
    con = wh.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        first: dict[str, datetime] = dict(con.execute(
            "SELECT entity, min(time) FROM reports WHERE entity_type = 'msisdn' AND label = 'fraud' "
            "AND entity IS NOT NULL AND time IS NOT NULL GROUP BY 1").fetchall())
        j, k = _split_points(windows, list(first.values()))
        t1, t2 = windows[j][0], windows[k][0]
        parts = {"train": Part(), "validation": Part(), "test": Part()}
        feats.create_history(con, wh, windows[0][0], windows[-1][0])
        names: list[str] = []
        for i, (ws, we) in enumerate(windows):
            part, horizon = (("train", t1) if i < j else ("validation", t2) if i < k else ("test", None))
            params = prepare_window(con, wh, ws, we, label_cutoff=t1)
            fr = window_frame(con, params, label_cutoff=t1)
            names = fr.names
            y = np.array([1 if (t := first.get(nb)) is not None and t >= ws and (horizon is None or t < horizon)
                          else 0 for nb in fr.numbers], dtype=int)
            p = parts[part]
            p.x.append(fr.x)
            p.y.append(y)
            p.numbers.append(fr.numbers)
            p.days.append(ws.date().isoformat())
            log.info("numbers model: window %s (%s): %d numbers, %d later reported", ws.date(), part, len(y), y.sum())
    finally:
        con.close()
    xs = {name: p.stacked() for name, p in parts.items()}
    for name, (_, y, _) in xs.items():
        if len(np.unique(y)) < 2:
            raise InputError(f"the {name} part ({', '.join(parts[name].days)}) has "
                             f"{'no' if y.sum() == 0 else 'only'} reported fraud numbers among its active numbers; "
                             "load more days or more reports")
    (x_tr, y_tr, _), (x_va, y_va, _), (x_te, y_te, n_te) = xs["train"], xs["validation"], xs["test"]
    model = TabularModel.fit(x_tr, y_tr, x_va, y_va, names, bag=bag, seed=seed,
                             params={"learning_rate": 0.05, "min_data_in_leaf": max(5, min(20, int(y_tr.sum()) // 2))},
                             max_rounds=2000, patience=100)
    p_va, p_te = model.predict_proba(x_va), model.predict_proba(x_te)
    # Reports are positive-unlabelled labels: most fraud numbers are never (or not yet) reported, so the
    # model estimates P(reported later | x).  Elkan & Noto (2008): with c = mean score of reported numbers
    # on held-out (validation) data, P(fraud | x) ~= score / c.  The scenario flags on this fraud_score.
    c = float(max(np.mean(p_va[y_va == 1]), 1e-6))
    model.meta["label_frequency"] = c
    yn, pn = _per_number(n_te, y_te, p_te)
    if test_scores is not None:
        test_scores.update({"numbers": n_te, "y": y_te, "p": p_te, "threshold": model.threshold, "label_frequency": c,
                            "days": [d for d, ns in zip(parts["test"].days, parts["test"].numbers, strict=True)
                                     for _ in ns]})
    summary = {
        "split": {"train_until": t1.isoformat(), "validation_until": t2.isoformat(),
                  "days": {k_: p.days for k_, p in parts.items()}},
        "examples": {k_: {"number_days": int(len(v[1])), "positives": int(v[1].sum())} for k_, v in xs.items()},
        "threshold": round(model.threshold, 6),
        "label_frequency": round(c, 6),
        "validation": _metrics(y_va, p_va, model.threshold),
        "test": _metrics(y_te, p_te, model.threshold),
        "test_fraud_score_0.5": _metrics(y_te, p_te, 0.5 * c),
        "test_per_number": _metrics(yn, pn, model.threshold),
        "features": len(names),
    }
    model.meta.update({"kind": "numbers", "graph_history_days": GRAPH_HISTORY_DAYS, "tables": list(NUMBER_TABLES),
                       "evaluation": summary})
    return model, summary


def train_and_register(warehouse: str | Path, name: str = "numbers") -> dict[str, Any]:
    """``fraudwall train numbers``: train, evaluate and register in ``<warehouse>/models``."""
    from fraudwall.models.registry import ModelRegistry
    from fraudwall.warehouse.store import Warehouse

    wh = Warehouse.open(warehouse)
    model, summary = train_numbers(wh)
    with tempfile.TemporaryDirectory() as tmp:
        path = model.save(str(Path(tmp) / "model.json"))
        training = {"warehouse": str(Path(warehouse).resolve()), "labels": "reports/ entity_type=msisdn label=fraud",
                    "unit": "number x local-day window", "split": summary["split"], "examples": summary["examples"]}
        metrics = {"test": summary["test"], "test_per_number": summary["test_per_number"],
                   "test_fraud_score_0.5": summary["test_fraud_score_0.5"], "validation": summary["validation"],
                   "threshold": summary["threshold"], "label_frequency": summary["label_frequency"]}
        meta = ModelRegistry(Path(warehouse) / "models").register(
            name, "numbers", path, training_data=training, metrics=metrics, features=model.feature_names,
            params={"bag": len(model.boosters), "rounds": model.meta.get("rounds"),
                    "lightgbm": model.meta.get("params"), "graph_history_days": GRAPH_HISTORY_DAYS})
    return {"name": meta.name, "version": meta.version, **summary}
