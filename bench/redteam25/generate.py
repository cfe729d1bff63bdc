#!/usr/bin/env python3
"""Blind red-team generator 25: Gansu (甘肃) in the 2032 school-opening week and the Dunhuang high season.

Writes an interchange-v1 data set (every record type, varied encodings) with planted fraud gangs, benign
look-alikes and ground truth (truth/entities.csv, truth/events.csv) for 13 days from Friday 27 August 2032.

    python bench/redteam25/generate.py --out DIR --seed N [--subscribers 20000] [--days 13]

Deterministic: the same seed gives byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gansu import behave, gangs, life, lookalikes, output  # noqa: E402
from gansu.world import World  # noqa: E402


def build(seed: int, subscribers: int, days: int) -> World:
    w = World(seed, subscribers, days)
    life.build_population(w)
    behave.pools(w)
    life.everyday(w)
    life.money(w)
    lookalikes.generate(w)
    gangs.generate(w)
    gangs.lists_and_background_reports(w)
    lookalikes.label_benign(w)
    return w


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=13)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.days < 5:
        ap.error("--days must be at least 5")
    t = time.time()
    w = build(a.seed, a.subscribers, a.days)
    output.finalize(w)
    output.prepare_names(w)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    counts = output.write_all(w, a.out)
    if not a.quiet:
        rows = sum(v for k, v in counts.items() if not k.startswith("truth"))
        print(json.dumps({"seed": a.seed, "rows": rows, "counts": counts, "dropped_for_consistency": w.drop_stats,
                          "seconds": round(time.time() - t, 1)}), file=sys.stderr)


if __name__ == "__main__":
    main()
