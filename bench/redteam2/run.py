"""Generate redteam2 provinces, ingest, detect and evaluate them; print one JSON summary.

    python bench/redteam2/run.py [--seeds 11 12] [--subscribers 15000] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fw(*args) -> str:
    out = subprocess.run([sys.executable, "-m", "fraudwall", "--quiet", *args], check=True, capture_output=True, text=True)
    return out.stdout


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[11, 12])
    ap.add_argument("--subscribers", type=int, default=15000)
    ap.add_argument("--work", default="redteam2-out")
    a = ap.parse_args(argv)
    summary = {}
    for seed in a.seeds:
        data, wh = Path(a.work) / f"seed{seed}", Path(a.work) / f"wh{seed}"
        t = time.time()
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(data), "--seed", str(seed),
                        "--subscribers", str(a.subscribers)], check=True, capture_output=True)
        gen_s = time.time() - t
        ing = json.loads(fw("ingest", str(data), "--warehouse", str(wh), "--json"))
        fw("detect", "--warehouse", str(wh))
        ev = json.loads(fw("evaluate", "--warehouse", str(wh), "--truth", str(data / "truth"), "--json"))
        summary[seed] = dict(
            generate_s=round(gen_s, 1),
            loaded=sum(ing["loaded"].values()), quarantined=sum(ing["quarantined"].values()),
            recall_actioned={k: v.get("recall_actioned") for k, v in ev["roles"].items()},
            action_precision=ev["actions"].get("precision"),
            lookalikes_actioned={k: v["actioned"] for k, v in ev["lookalikes"].items() if v.get("actioned")},
        )
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
