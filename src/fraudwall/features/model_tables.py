"""Model-backed feature tables: per-window tables computed by a registered learned model.

A scenario reads them like any feature table.  ``m_number_score`` holds, for
each number active in the window (and not already reported as fraud), the
probability of the latest ``numbers`` model in the warehouse registry
(``fraudwall train numbers``) that the number gets reported (``score``), the
fraud score ``min(1, score / label_frequency)`` (reports as positive-unlabelled
labels, see ``models/numbers.py``), the model's validation threshold, label
frequency and version, and the top LightGBM ``pred_contrib`` contributions as
JSON (for fraud_score >= :data:`EXPLAIN_FROM`).  Without a
registered model, or outside a warehouse (SQL validation), the table is empty,
so scenarios reading it hit nothing.

The runner tells the connection where the registry is with :func:`attach`
(a DuckDB variable); :func:`materialize` is called by
``features.registry.materialize`` for these names.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any

import duckdb

log = logging.getLogger(__name__)

ROOT_VARIABLE = "fraudwall_models_root"
NUMBER_SCORE = "m_number_score"
NUMBER_MODEL = "numbers"
TOP_CONTRIBUTIONS = 5
EXPLAIN_FROM = 0.25  # top_features is filled for numbers with fraud_score >= this
_EMPTY = {
    NUMBER_SCORE: "SELECT NULL::VARCHAR AS msisdn, NULL::DOUBLE AS score, NULL::DOUBLE AS fraud_score, "
                  "NULL::DOUBLE AS threshold, NULL::DOUBLE AS label_frequency, NULL::INTEGER AS model_version, "
                  "NULL::JSON AS top_features WHERE false",
}
#: model table -> feature tables it reads (materialised before it)
DEPENDS = {NUMBER_SCORE: ("f_dial_seq", "f_msisdn", "f_sms_sender")}
#: model table -> the window tables and columns its Python code reads (models/numbers.py graph_block: the
#: window's call and SMS pairs), so the runner keeps only the columns the run needs in its window tables
WINDOW_COLUMNS = {NUMBER_SCORE: {"voice_w": ("caller", "callee"), "sms_w": ("sender", "receiver")}}
DESCRIPTION = {NUMBER_SCORE: "Fraud probability of each window number by the latest registered `numbers` model, "
                             "with its top feature contributions (empty without a model)."}
_cache: dict[tuple[str, float], Any] = {}
_cache_lock = threading.Lock()


def names() -> tuple[str, ...]:
    return tuple(_EMPTY)


def empty_sql(name: str) -> str:
    """The typed, empty table (the schema scenarios are validated against)."""
    return _EMPTY[name]


def attach(con: duckdb.DuckDBPyConnection, warehouse_root: str | Path) -> None:
    """Let model tables on ``con`` find the warehouse's model registry."""
    root = str(Path(warehouse_root) / "models").replace("'", "''")
    con.execute(f"SET VARIABLE {ROOT_VARIABLE} = '{root}'")


def _registry_root(con: duckdb.DuckDBPyConnection) -> Path | None:
    try:
        v = con.execute(f"SELECT getvariable('{ROOT_VARIABLE}')").fetchall()[0][0]
    except duckdb.Error:
        return None
    return Path(v) if v else None


def _load_model(root: Path, name: str) -> tuple[Any, int] | None:
    from fraudwall.models.registry import ModelRegistry
    from fraudwall.models.tabular import TabularModel

    reg = ModelRegistry(root)
    if not reg.versions(name):
        return None
    meta = reg.meta(name)
    path = reg.artefact_path(name, meta.version)
    key = (str(path), path.stat().st_mtime)
    with _cache_lock:  # windows may run on several threads (runner)
        if key not in _cache:
            _cache.clear()
            _cache[key] = TabularModel.load(str(path))
        return _cache[key], meta.version


def materialize(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, str]) -> None:
    """Create model table ``name`` for the current window (empty when no model is registered)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {_EMPTY[name]}")
    root = _registry_root(con)
    loaded = _load_model(root, NUMBER_MODEL) if root is not None else None
    if loaded is None:
        return
    model, version = loaded
    import numpy as np
    import pyarrow as pa

    from fraudwall.models.numbers import window_frame

    fr = window_frame(con, params)
    if not fr.numbers:
        return
    col = {n: i for i, n in enumerate(fr.names)}
    x = np.column_stack([fr.x[:, col[n]] if n in col else np.full(len(fr.numbers), np.nan)
                         for n in model.feature_names])
    missing = [n for n in model.feature_names if n not in col]
    if missing:
        log.warning("model %s v%d: %d feature(s) not produced by the feature layer any more (scored as missing): %s",
                    NUMBER_MODEL, version, len(missing), ", ".join(missing[:5]))
    with _cache_lock:  # one window's model calls at a time (LightGBM's own threads already use the cores)
        score = model.predict_proba(x)
    c = float(model.meta.get("label_frequency", 1.0))  # reported share of fraud numbers (numbers.py)
    fraud_score = np.minimum(score / max(c, 1e-6), 1.0)
    # contributions only for the numbers a scenario can reasonably flag
    explain = np.flatnonzero(fraud_score >= EXPLAIN_FROM)
    with _cache_lock:
        top = model.explain(x[explain], top=TOP_CONTRIBUTIONS) if len(explain) else []
    fidx = {n: i for i, n in enumerate(model.feature_names)}
    contrib: list[str | None] = [None] * len(score)
    for r, row in zip(explain, top, strict=True):
        contrib[r] = json.dumps([{"feature": f, "value": None if np.isnan(x[r, fidx[f]]) else round(float(x[r, fidx[f]]), 4),
                                  "contribution": c} for f, c in row], ensure_ascii=False)
    tbl = pa.table({"msisdn": pa.array(fr.numbers, pa.string()), "score": pa.array(score, pa.float64()),
                    "fraud_score": pa.array(fraud_score, pa.float64()), "contrib": pa.array(contrib, pa.string())})
    con.register("_m_scores", tbl)
    try:
        con.execute(f"INSERT INTO {name} SELECT msisdn, score, fraud_score, {float(model.threshold)!r}, {c!r}, "
                    f"{int(version)}, CAST(contrib AS JSON) FROM _m_scores")
    finally:
        con.unregister("_m_scores")
