"""Shared runner of the blind red-team generators (redteam5, redteam6): generate -> ingest -> detect -> evaluate, per
seed, with fraudwall from this checkout's src/ run by the current interpreter.

Keeps WORK/data-SEED/, WORK/wh-SEED/, WORK/ingest-SEED.json, WORK/evaluate-SEED.json, WORK/times-SEED.json and the
commands' logs, and prints one summary line per seed (also written to WORK/summary.txt); --summarise reprints from the
kept JSON without running anything.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = sys.executable


def fw(args, out_path=None, log_path=None):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "src"))
    t = time.time()
    p = subprocess.run([PY, "-m", "fraudwall", "--quiet", *args], env=env, capture_output=True, text=True)
    dt = time.time() - t
    if out_path:
        with open(out_path, "w") as f:
            f.write(p.stdout)
    if log_path:
        with open(log_path, "w") as f:
            f.write(f"$ fraudwall {' '.join(args)}\nexit {p.returncode} after {dt:.1f}s\n{p.stderr}")
    if p.returncode != 0:
        sys.stderr.write(f"fraudwall {' '.join(args)} exited {p.returncode}\n{p.stderr[-4000:]}\n")
    return p, dt


def find(obj, *names):
    """First value under any of the given keys, searched depth first."""
    if isinstance(obj, dict):
        for n in names:
            if n in obj:
                return obj[n]
        for v in obj.values():
            x = find(v, *names)
            if x is not None:
                return x
    elif isinstance(obj, list):
        for v in obj:
            x = find(v, *names)
            if x is not None:
                return x
    return None


def fmt(x):
    if isinstance(x, float):
        return f"{x:.3f}"
    if isinstance(x, dict):
        return "{" + ", ".join(f"{k}: {fmt(v)}" for k, v in x.items()) + "}"
    if isinstance(x, list):
        return "[" + ", ".join(fmt(v) for v in x) + "]"
    return str(x)


def load(path):
    with open(path) as f:
        return json.load(f)


def summarise(work, seed):
    ing = load(os.path.join(work, f"ingest-{seed}.json"))
    ev = load(os.path.join(work, f"evaluate-{seed}.json"))
    loaded = sum(ing.get("loaded", {}).values())
    quar = sum(ing.get("quarantined", {}).values())
    parts = [f"seed {seed}: rows loaded {loaded:,}, quarantined {quar}"]
    roles = ev.get("roles") or find(ev, "recall_by_role", "by_role") or {}
    parts.append("recall actioned: " + ", ".join(
        f"{k} {v.get('actioned')}/{v.get('entities')}" for k, v in sorted(roles.items())))
    act = ev.get("actions") or {}
    parts.append(f"action precision {act.get('precision')} ({act.get('true_positives')}/{act.get('entities_actioned')})")
    et = ev.get("entity_types") or {}
    parts.append("by type: " + ", ".join(
        f"{k} {v.get('precision')} ({v.get('true_positives')}/{v.get('entities_actioned')})" for k, v in sorted(et.items())))
    la = ev.get("lookalikes") or {}
    tot = sum(v.get("entities", 0) for v in la.values())
    hit = sum(v.get("actioned", 0) for v in la.values())
    parts.append(f"look-alikes actioned {hit}/{tot} over {len(la)} kinds: " + (", ".join(
        f"{k} {v['actioned']}/{v['entities']}" for k, v in sorted(la.items()) if v.get("actioned")) or "none"))
    lk = ev.get("lookalikes_linked") or {}  # their IDs, SIMs and handsets, which the truth does not label
    parts.append(f"their IDs/SIMs/handsets actioned {sum(v.get('actioned', 0) for v in lk.values())}/"
                 f"{sum(v.get('entities', 0) for v in lk.values())}: " + (", ".join(
                     f"{k} {v['actioned']}/{v['entities']}" for k, v in sorted(lk.items()) if v.get("actioned")) or "none"))
    tpath = os.path.join(work, f"times-{seed}.json")
    if os.path.exists(tpath):
        parts.append(f"times: {fmt(load(tpath))}")
    return " | ".join(parts)


def main(generator_dir: str, doc: str, default_subscribers: int, argv=None, default_seeds: list[int] | None = None,
         default_work: str | None = None) -> None:
    """The command line of a blind generator's run.py: ``generator_dir`` holds its generate.py; ``--seeds`` and
    ``--work`` are required unless the generator gives defaults."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, nargs="+", required=default_seeds is None, default=default_seeds)
    ap.add_argument("--work", required=default_work is None, default=default_work)
    ap.add_argument("--subscribers", type=int, default=default_subscribers)
    ap.add_argument("--summarise", action="store_true")
    a = ap.parse_args(argv)
    os.makedirs(a.work, exist_ok=True)
    lines = []
    for seed in a.seeds:
        if not a.summarise:
            data = os.path.join(a.work, f"data-{seed}")
            wh = os.path.join(a.work, f"wh-{seed}")
            for d in (data, wh):
                if os.path.exists(d):
                    shutil.rmtree(d)
            times = {}
            t = time.time()
            subprocess.run([PY, os.path.join(generator_dir, "generate.py"), "--out", data, "--seed", str(seed),
                            "--subscribers", str(a.subscribers)], check=True)
            times["generate_s"] = round(time.time() - t, 1)
            _, times["ingest_s"] = fw(["ingest", data, "--warehouse", wh, "--json"],
                                      os.path.join(a.work, f"ingest-{seed}.json"),
                                      os.path.join(a.work, f"ingest-{seed}.log"))
            p, times["detect_s"] = fw(["detect", "--warehouse", wh])
            with open(os.path.join(a.work, f"detect-{seed}.log"), "w") as f:
                f.write(p.stdout + p.stderr)
            _, times["evaluate_s"] = fw(["evaluate", "--warehouse", wh, "--truth", os.path.join(data, "truth"),
                                         "--json"], os.path.join(a.work, f"evaluate-{seed}.json"),
                                      os.path.join(a.work, f"evaluate-{seed}.log"))
            times = {k: round(v, 1) for k, v in times.items()}
            with open(os.path.join(a.work, f"times-{seed}.json"), "w") as f:
                json.dump(times, f)
        line = summarise(a.work, seed)
        print(line, flush=True)
        lines.append(line)
    with open(os.path.join(a.work, "summary.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
