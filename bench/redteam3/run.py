#!/usr/bin/env python3
"""Generate redteam3 provinces, run fraudwall on them and print one JSON summary per seed.

    python run.py --seeds 31 32 [--subscribers 15000] [--work /tmp/red10/run]

Per seed: generate.py -> `fraudwall ingest --json` -> `fraudwall detect` -> `fraudwall evaluate --json`.
The full evaluate output is kept as WORK/evaluate-SEED.json; the summary holds the loaded and quarantined
counts, recall per truth role (evaluate's `roles` section), action precision and the look-alikes actioned
(evaluate's `lookalikes` section).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PY = os.environ.get("FRAUDWALL_PYTHON", "/work/main/.venv/bin/python")
if not os.path.exists(PY):
    PY = sys.executable


def fraudwall(*args, capture=True):
    env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "src"))
    r = subprocess.run([PY, "-m", "fraudwall", "--quiet", *args], env=env, text=True,
                       stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit(f"fraudwall {' '.join(args)} failed ({r.returncode}):\n{r.stderr[-3000:]}")
    return r.stdout


def find(obj, pred, path=()):
    """Yield (path, value) of every key in a nested JSON value for which pred(key) is true."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if pred(str(k)):
                yield path + (k,), v
            yield from find(v, pred, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from find(v, pred, path + (i,))


def summarise(ev: dict) -> dict:
    roles = ev.get("roles", {})
    recall = {}
    items = roles.items() if isinstance(roles, dict) else ((r.get("role"), r) for r in roles if isinstance(r, dict))
    for role, v in items:
        if isinstance(v, dict):
            recall[role] = {k: x for k, x in v.items() if not isinstance(x, (dict, list))}
        else:
            recall[role] = v
    precision = {".".join(map(str, p)): v for p, v in find(ev, lambda k: "precision" in k.lower() and "action" in k.lower())
                 if not isinstance(v, (dict, list))}
    if not precision:
        acts = ev.get("actions") or ev.get("action") or {}
        precision = {".".join(map(str, ("actions",) + p)): v for p, v in find(acts, lambda k: "precision" in k.lower())
                     if not isinstance(v, (dict, list))}
    return {"recall_by_role": recall, "action_precision": precision, "lookalikes": ev.get("lookalikes")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[31, 32])
    ap.add_argument("--subscribers", type=int, default=15000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=5)
    ap.add_argument("--work", default="/tmp/red10/run")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    for seed in a.seeds:
        data = os.path.join(a.work, f"d{seed}")
        wh = os.path.join(a.work, f"wh{seed}")
        for d in (data, wh):
            if os.path.exists(d):
                shutil.rmtree(d)
        t = time.time()
        g = subprocess.run([PY, os.path.join(HERE, "generate.py"), "--out", data, "--seed", str(seed),
                            "--subscribers", str(a.subscribers), "--days-history", str(a.days_history),
                            "--days", str(a.days)], text=True, capture_output=True)
        if g.returncode != 0:
            raise SystemExit(g.stderr[-3000:])
        gen = json.loads(g.stdout.strip().splitlines()[-1])
        t_gen = time.time() - t
        ing = json.loads(fraudwall("ingest", data, "--warehouse", wh, "--json"))
        t = time.time()
        fraudwall("detect", "--warehouse", wh, capture=False)
        t_det = time.time() - t
        ev_text = fraudwall("evaluate", "--warehouse", wh, "--truth", os.path.join(data, "truth"), "--json")
        with open(os.path.join(a.work, f"evaluate-{seed}.json"), "w") as f:
            f.write(ev_text)
        ev = json.loads(ev_text)
        out = {"seed": seed, "generate_s": round(t_gen, 1), "detect_s": round(t_det, 1), "rows": gen["rows"],
               "loaded": sum(ing.get("loaded", {}).values()), "quarantined": sum(ing.get("quarantined", {}).values()),
               "quarantined_by_type": {k: v for k, v in ing.get("quarantined", {}).items() if v}}
        out.update(summarise(ev))
        print(json.dumps(out, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
