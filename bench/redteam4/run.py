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


def pick(d: object, words: tuple[str, ...]) -> object:
    """The entries of a nested dict whose keys mention any of words (for a compact summary)."""
    if isinstance(d, dict):
        out = {}
        for k, v in d.items():
            if any(x in str(k) for x in words):
                out[k] = v if not isinstance(v, float) else round(v, 3)
            elif isinstance(v, dict):
                sub = pick(v, words)
                if sub:
                    out[k] = sub
        return out
    return {}


def summary(seed: int, ing: dict, ev: dict, secs: dict) -> str:
    loaded = sum(ing.get("loaded", {}).values())
    quar = sum(ing.get("quarantined", {}).values())
    roles = pick(ev.get("roles", {}), ("recall", "n", "found", "actioned", "alerted"))
    keys = [k for k in ev if "precision" in k or "lookalike" in k or "look_alike" in k]
    rest = {k: pick(ev[k], ("precision", "actioned", "n", "share", "rate", "count", "total")) if isinstance(ev[k], dict)
            else ev[k] for k in keys}
    return (f"seed {seed}: loaded {loaded} rows, quarantined {quar}; times {secs}; roles {json.dumps(roles)}; "
            f"{json.dumps(rest)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[41, 42])
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--subscribers", type=int, default=15000)
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    lines = []
    for seed in a.seeds:
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
        line = summary(seed, ing, json.loads(out), secs)
        print(line, flush=True)
        lines.append(line)
    (a.work / "summary.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
