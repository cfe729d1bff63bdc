"""Red team 4: generate a blind Henan province per seed, ingest, detect and evaluate it with fraudwall.

    python bench/redteam4/run.py --seeds 41 42 --work /tmp/red11/run [--subscribers 15000]

For each seed: generate.py -> fraudwall ingest --json -> fraudwall detect -> fraudwall evaluate --json
(kept as WORK/evaluate-SEED.json), then one summary line per seed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKTREE = HERE.parent.parent
PY = "/work/main/.venv/bin/python"


def fraudwall(*args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(WORKTREE / "src"))
    r = subprocess.run([PY, "-m", "fraudwall", "--quiet", *args], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        raise SystemExit(f"fraudwall {args[0]} failed with status {r.returncode}")
    return r.stdout


def summary(seed: int, ing: dict, ev: dict, secs: dict) -> str:
    """One line from ingest's and evaluate's JSON (keys: roles, actions, entity_types, lookalikes)."""
    loaded = sum(ing.get("loaded", {}).values())
    quar = sum(ing.get("quarantined", {}).values())
    roles = " ".join(f"{r}={v['actioned']}/{v['entities']}({v['recall_actioned']:.2f})"
                     for r, v in sorted(ev.get("roles", {}).items()))
    act = ev.get("actions", {})
    types = " ".join(f"{t}={v['true_positives']}/{v['entities_actioned']}"
                     for t, v in sorted(ev.get("entity_types", {}).items()))
    la = ev.get("lookalikes", {})
    la_act = sum(v["actioned"] for v in la.values())
    la_n = sum(v["entities"] for v in la.values())
    la_kinds = " ".join(f"{k}={v['actioned']}/{v['entities']}" for k, v in sorted(la.items()) if v["actioned"])
    return (f"seed {seed}: loaded {loaded} rows, quarantined {quar} | {secs} | recall actioned per role: {roles} | "
            f"action precision {act.get('precision')} ({act.get('true_positives')}/{act.get('entities_actioned')}; "
            f"per type TP/actioned: {types}) | look-alikes actioned {la_act}/{la_n} in {len(la)} kinds: "
            f"{la_kinds or 'none'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[41, 42])
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--subscribers", type=int, default=15000)
    ap.add_argument("--summarise", action="store_true",
                    help="only print the summary lines again from the JSON files kept in WORK")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    lines = []
    for seed in a.seeds:
        if a.summarise:
            ing = json.loads((a.work / f"ingest-{seed}.json").read_text())
            ev = json.loads((a.work / f"evaluate-{seed}.json").read_text())
            tf = a.work / f"times-{seed}.json"
            secs = json.loads(tf.read_text()) if tf.exists() else {}
            print(summary(seed, ing, ev, secs))
            continue
        data, wh = a.work / f"data-{seed}", a.work / f"wh-{seed}"
        secs = {}
        t = time.time()
        subprocess.run([PY, str(HERE / "generate.py"), "--out", str(data), "--seed", str(seed), "--subscribers",
                        str(a.subscribers)], check=True, stdout=subprocess.DEVNULL)
        secs["generate"] = round(time.time() - t)
        t = time.time()
        ing = json.loads(fraudwall("ingest", str(data), "--warehouse", str(wh), "--json"))
        secs["ingest"] = round(time.time() - t)
        t = time.time()
        fraudwall("detect", "--warehouse", str(wh))
        secs["detect"] = round(time.time() - t)
        t = time.time()
        out = fraudwall("evaluate", "--warehouse", str(wh), "--truth", str(data / "truth"), "--json")
        secs["evaluate"] = round(time.time() - t)
        (a.work / f"evaluate-{seed}.json").write_text(out)
        (a.work / f"ingest-{seed}.json").write_text(json.dumps(ing, indent=1))
        (a.work / f"times-{seed}.json").write_text(json.dumps(secs))
        line = summary(seed, ing, json.loads(out), secs)
        print(line, flush=True)
        lines.append(line)
    if lines:
        (a.work / "summary.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
