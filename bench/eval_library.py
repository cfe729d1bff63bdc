"""Scenario library quality across seeds and simulator configs: simulate -> ingest -> detect -> evaluate.

    .venv/bin/python bench/eval_library.py --seeds 37,41,53 --configs default,heavy,light --work /tmp/lib4/bench

Prints, per run, recall at the action threshold for every fraud role, precision at the action threshold
for the entity type each role lives on (``gang_member`` -> ``id_key``...), and the look-alikes actioned.
The goal (issue 4) is recall >= 0.90 and precision >= 0.90 for every role and no look-alike actioned.

Simulated data and warehouses are kept under ``--work`` and reused; ``--redetect`` re-runs detection on
them (after a scenario change), ``--fresh`` simulates again. ``heavy`` and ``light`` are simulator configs
other than the default (fraud rates, call volumes, gang sizes and look-alike shares); ``shifted`` puts the
schemes' own parameters outside all three (an out-of-distribution check). They are written to
``--work/configs/``; a path to any simulator YAML works as well.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

import yaml

from fraudwall.interchange.ingest import ingest
from fraudwall.scenarios.evaluate import evaluate
from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from fraudwall.scenarios.scoring import load_scoring
from fraudwall.sim.config import load_config
from fraudwall.sim.engine import simulate
from fraudwall.warehouse.store import Warehouse

#: non-default simulator configs: more and bigger fraud with busier benign traffic, and less, smaller fraud
#: with more look-alikes
CONFIGS: dict[str, dict] = {
    "heavy": {
        "traffic": {"calls_per_day": 6.0},
        "lookalikes": {"couriers_per_10k": 20.0, "sales_per_10k": 15.0, "call_centres_per_100k": 15.0,
                       "dual_sim_share": 0.4},
        "schemes": {
            "gangs": {"gangs_per_100k": 25.0, "members": [5, 12], "phones": [5, 15]},
            "call_centre": {"callers_per_10k": 35.0, "calls_per_day_median": 90.0},
            "sms_campaign": {"senders_per_10k": 8.0, "sms_per_day": [100, 600]},
            "simbox": {"devices_per_100k": 20.0},
            "victims": {"victims_per_10k_day": 5.0},
            "fraud_web": {"apps_per_gang": [1, 3]},
        },
    },
    "light": {
        "traffic": {"calls_per_day": 3.5},
        "lookalikes": {"travellers_per_10k": 30.0, "dormant_resumed_per_10k": 40.0, "marketing_senders_per_10k": 6.0,
                       "merchants_high_volume_per_10k": 8.0, "couriers_per_10k": 18.0, "sales_per_10k": 12.0},
        "schemes": {
            "gangs": {"gangs_per_100k": 6.0, "members": [2, 4], "phones": [2, 5]},
            "call_centre": {"callers_per_10k": 10.0, "calls_per_day_median": 30.0, "answer_rate": [0.4, 0.7]},
            "sms_campaign": {"sms_per_day": [30, 150]},
            "simbox": {"devices_per_100k": 6.0, "ports": [8, 16]},
            "victims": {"victims_per_10k_day": 1.5},
            "fraud_web": {"apps_per_gang": [1, 3], "domains_per_gang": [1, 3]},
        },
    },
    # the same kinds of schemes at parameters outside the three above (a stand-in for someone else's data):
    # quieter call centres that are answered more, small SIM boxes, day-time VoIP lines, slow SMS campaigns,
    # smaller and later victim transfers, mules under a lower threshold
    "shifted": {
        "traffic": {"calls_per_day": 5.5, "answer_rate": 0.72, "video_share": 0.04},
        "lookalikes": {"couriers_per_10k": 16.0, "sales_per_10k": 12.0, "call_centres_per_100k": 12.0,
                       "travellers_per_10k": 25.0, "dual_sim_share": 0.35, "dormant_resumed_per_10k": 30.0,
                       "marketing_senders_per_10k": 5.0, "merchants_high_volume_per_10k": 6.0},
        "schemes": {
            "gangs": {"gangs_per_100k": 10.0, "members": [2, 6], "phones": [2, 8]},
            "card_sellers": {"batch_size": [6, 18]},
            "call_centre": {"callers_per_10k": 15.0,
                            "kinds": {"sleep": 0.35, "silent": 0.25, "one_id": 0.2, "roaming": 0.2},
                            "calls_per_day_median": 28.0, "calls_per_day_sigma": 0.8, "answer_rate": [0.45, 0.75],
                            "short_duration_median_s": [25.0, 70.0], "long_call_share": [0.1, 0.3],
                            "active_days": [2, 6], "callback_rate": 0.06},
            "simbox": {"devices_per_100k": 8.0, "ports": [4, 8], "sims_per_port": [1, 3],
                       "calls_per_sim_session": [8, 30], "imei_change_prob": 0.6, "answer_rate": [0.35, 0.6],
                       "duration_median_s": [25.0, 80.0]},
            "fixed_voip": {"calls_per_day": [70, 200], "night_share": [0.03, 0.15], "duration_median_s": [15.0, 50.0],
                           "answer_rate": [0.3, 0.55]},
            "sms_campaign": {"sms_per_day": [25, 90], "active_days": [2, 5],
                             "link_kinds": {"wildcard": 0.3, "ip": 0.4, "apk": 0.3}},
            "victims": {"victims_per_10k_day": 2.5, "transfers": [1, 6], "amount_median": 3500.0, "amount_sigma": 1.3,
                        "delay_median_min": 120.0, "guided_share": 0.3},
            "mules": {"first_layer": [2, 5], "fan_out": [2, 4], "threshold": 20000.0},
            "video_call": {"attempts_per_day": [3, 12]},
        },
    },
}

#: entity type each fraud role is measured on
ROLE_TYPE = {
    "card_seller": "id_key", "gang_member": "id_key", "fixed_voip_line": "msisdn", "fraud_caller": "msisdn",
    "fraud_sms_sender": "msisdn", "simbox_sim": "msisdn", "victim": "msisdn", "simbox_device": "imei",
    "fraud_app": "app", "fraud_domain": "domain", "fraud_internet_account": "account",
    "mule_account": "account", "gang_phone": "imei",
}


def config_path(name: str, work: Path) -> Path | None:
    if name == "default":
        return None
    if name in CONFIGS:
        p = work / "configs" / f"{name}.yaml"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(yaml.safe_dump(CONFIGS[name], sort_keys=False), encoding="utf-8")
        return p
    return Path(name)


def run_one(seed: int, cfg_name: str, args: argparse.Namespace, registry: Registry) -> dict:
    tag = f"{Path(cfg_name).stem}-s{seed}"
    d = args.work / tag
    sim, wh_dir = d / "sim", d / "wh"
    t0 = time.perf_counter()
    if args.fresh and d.exists():
        shutil.rmtree(d)
    if not (sim / "truth").exists():
        from datetime import date

        shutil.rmtree(sim, ignore_errors=True)
        simulate(sim, args.subscribers, args.days, seed, date(2026, 3, 2), "parquet",
                 load_config(config_path(cfg_name, args.work)))
    fresh_wh = not (wh_dir / "fraudwall-warehouse.json").exists()
    if fresh_wh:
        shutil.rmtree(wh_dir, ignore_errors=True)
        ingest(sim, wh_dir)
    wh = Warehouse.open(wh_dir)
    if fresh_wh or args.redetect:
        detect(wh, registry, scoring=load_scoring(args.scoring))
    res = evaluate(wh, sim / "truth", registry, max_unmatched=1)
    res["run"] = {"tag": tag, "seed": seed, "config": cfg_name, "seconds": round(time.perf_counter() - t0, 1)}
    return res


def summarise(res: dict) -> dict:
    types = res.get("entity_types", {})
    roles = {r: {"n": v["entities"], "recall": v["recall_actioned"], "n_in_records": v.get("in_records"),
                 "recall_in_records": v.get("recall_actioned_in_records"),
                 "precision": (types.get(ROLE_TYPE.get(r, ""), {}) or {}).get("precision")}
             for r, v in res["roles"].items()}
    looks = {k: v["actioned"] for k, v in res["lookalikes"].items() if v["actioned"]}
    # and the IDs, SIMs and handsets of look-alikes, which the truth does not label
    looks |= {f"{k} (ID/SIM/handset)": v["actioned"] for k, v in res.get("lookalikes_linked", {}).items() if v["actioned"]}
    return {"run": res["run"], "roles": roles, "precision": res["actions"]["precision"], "lookalikes_actioned": looks}


def _f(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def print_table(rows: list[dict]) -> None:
    roles = sorted({r for row in rows for r in row["roles"]})
    head = f"{'role':<24}" + "".join(f"{row['run']['tag']:>16}" for row in rows)
    print(head)
    print(f"{'':<24}" + "".join(f"{'n  rec  prec':>16}" for _ in rows))
    print("(n: truth entities; rec: recall at the action threshold; prec: precision at the action threshold of the"
          " entity type the role lives on; * below 0.90)")
    bad = []
    for role in roles:
        cells = []
        for row in rows:
            v = row["roles"].get(role)
            if not v:
                cells.append(f"{'-':>16}")
                continue
            flag = "*" if (v["recall"] or 0) < 0.9 or (v["precision"] is not None and v["precision"] < 0.9) else " "
            if flag == "*":
                bad.append(f"{row['run']['tag']}:{role}")
            cells.append(f"{v['n']:>5} {_f(v['recall'])} {_f(v['precision'])}{flag}")
        print(f"{role:<24}" + "".join(f"{c:>16}" for c in cells))
    print(f"{'overall precision':<24}" + "".join(f"{_f(row['precision']):>16}" for row in rows))
    for row in rows:
        la = row["lookalikes_actioned"]
        print(f"look-alikes actioned {row['run']['tag']}: "
              + (", ".join(f"{k} {v}" for k, v in sorted(la.items())) or "none"))
    print("below goal (* recall or precision < 0.90): " + (", ".join(bad) or "none"))
    short = [f"{row['run']['tag']}:{r} {v['n_in_records']}/{v['n']} in records, recall there {_f(v['recall_in_records'])}"
             for row in rows for r, v in sorted(row["roles"].items())
             if v.get("n_in_records") is not None and v["n_in_records"] < v["n"] and (v["recall"] or 0) < 0.9]
    if short:
        print("roles short of recall with truth entities absent from every record:")
        print("  " + "\n  ".join(short))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default="37,41,53")
    ap.add_argument("--configs", default="default,heavy,light",
                    help="Comma-separated: default, heavy, light, shifted or paths to simulator YAML files.")
    ap.add_argument("--subscribers", type=int, default=20_000)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--work", type=Path, default=Path("/tmp/fraudwall-eval-library"))
    ap.add_argument("--scoring", type=Path, help="Scoring config for detection (default: shipped).")
    ap.add_argument("--redetect", action="store_true", help="Re-run detection on kept warehouses.")
    ap.add_argument("--fresh", action="store_true", help="Simulate and ingest again.")
    ap.add_argument("--json", type=Path, help="Also write the per-run summaries here.")
    args = ap.parse_args()
    registry = Registry.load()
    rows = []
    for cfg_name in args.configs.split(","):
        for seed in (int(s) for s in args.seeds.split(",")):
            rows.append(summarise(run_one(seed, cfg_name, args, registry)))
            print(f"done {rows[-1]['run']['tag']} in {rows[-1]['run']['seconds']} s", file=sys.stderr, flush=True)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
