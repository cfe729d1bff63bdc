#!/usr/bin/env python3
"""Generate red-team province 24: Guizhou (贵州) over the 2031 May Day holiday week, in interchange-v1 format
with ground truth (truth/entities.csv, truth/events.csv). See README.md.

    generate.py --out DIR --seed N [--subscribers 20000] [--days 13]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from guizhou import gangs, labels, life, lookalikes, supply  # noqa: E402
from guizhou.world import World  # noqa: E402
from guizhou.writer import write_all  # noqa: E402


def generate(out: str, seed: int, subscribers: int = 20000, days: int = 13) -> dict:
    t0 = time.time()
    w = World(seed, subscribers, days)
    life.everyday(w)
    chain = supply.build(w)
    gangs.run_all(w, chain)
    supply.money_out(w, chain)
    lookalikes.run_all(w)
    labels.reports_and_lists(w, chain)
    if os.path.exists(out):
        shutil.rmtree(out)
    counts = write_all(w, out)
    counts["seconds"] = round(time.time() - t0, 1)
    return counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=13)
    a = ap.parse_args(argv)
    if not 8 <= a.days <= 40:
        ap.error("--days must be between 8 and 40 (the story starts 25 April; the holiday is days 6-10)")
    counts = generate(a.out, a.seed, a.subscribers, a.days)
    rows = sum(v for k, v in counts.items() if k not in ("seconds", "dropped_unopened", "truth_entities", "truth_events"))
    print(json.dumps({"out": a.out, "seed": a.seed, "rows": rows, **counts}), flush=True)


if __name__ == "__main__":
    main()
