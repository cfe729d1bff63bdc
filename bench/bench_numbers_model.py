"""The warehouse fraud-number model on a simulated province: training time, report-based test metrics and
precision/recall against the simulator's ground truth (which training never reads).

Usage: .venv/bin/python bench/bench_numbers_model.py [--subscribers 10000] [--days 14] [--seed 4] [--work DIR]
Simulates, ingests, runs ``fraudwall train numbers``'s trainer and prints a JSON object.
Reports label only some fraud numbers, late; truth-based figures show what the model finds beyond them.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--subscribers", type=int, default=10_000)
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--work", default=None, help="work folder (default: a temporary one)")
    args = ap.parse_args()
    from fraudwall.interchange.ingest import ingest
    from fraudwall.models.numbers import train_numbers
    from fraudwall.sim.engine import simulate
    from fraudwall.warehouse.store import Warehouse

    work = Path(args.work or tempfile.mkdtemp(prefix="fw-numbers-"))
    t0 = time.perf_counter()
    simulate(work / "data", args.subscribers, args.days, args.seed)
    t1 = time.perf_counter()
    ingest(work / "data", work / "wh", timezone="Asia/Shanghai")
    t2 = time.perf_counter()
    scores: dict = {}
    _, summary = train_numbers(Warehouse.open(work / "wh"), test_scores=scores)
    t3 = time.perf_counter()
    con = duckdb.connect()
    roles = dict(con.execute(
        f"SELECT entity, any_value(role) FROM read_parquet('{work / 'data' / 'truth' / 'entities.parquet'}') "
        "WHERE entity_type = 'msisdn' GROUP BY 1").fetchall())
    con.close()
    fraud_roles = {"fraud_caller", "simbox_sim", "fixed_voip_line", "fraud_sms_sender", "card_seller", "gang_member"}
    numbers, p, thr = scores["numbers"], np.asarray(scores["p"]), scores["threshold"]
    truth = np.array([roles.get(n) in fraud_roles for n in numbers])
    out: dict = {"simulation": {"subscribers": args.subscribers, "days": args.days, "seed": args.seed},
                 "seconds": {"simulate": round(t1 - t0, 1), "ingest": round(t2 - t1, 1), "train": round(t3 - t2, 1)},
                 "reports_based": {k: summary[k] for k in ("split", "examples", "threshold", "label_frequency",
                                                           "validation", "test", "test_per_number",
                                                           "test_fraud_score_0.5")}}
    c = scores["label_frequency"]
    for name, cut in (("model_threshold", thr), ("fraud_score_0.5", 0.5 * c)):
        flag = p >= cut
        out[f"truth_based_test_number_days_at_{name}"] = {
            "threshold": round(float(cut), 4), "flagged": int(flag.sum()), "truth_fraud": int(truth.sum()),
            "precision": round(float(truth[flag].mean()), 4) if flag.any() else None,
            "recall": round(float(flag[truth].mean()), 4) if truth.any() else None}
    if truth.any() and not truth.all():
        from sklearn.metrics import roc_auc_score

        out["truth_based_test_auc"] = round(float(roc_auc_score(truth, p)), 4)
    out["load_average"] = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
