#!/usr/bin/env python3
"""Blind red-team generator 16: a synthetic Jiangsu province (江苏) in interchange v1, with ground truth.

    generate.py --out DIR --seed 161 [--subscribers 20000] [--summary FILE.json]

17 days from Sunday 2027-09-05 (Asia/Shanghai): 10 history days, then the 7-day window 15-21 September that opens
on the Mid-Autumn Festival. One numpy Generator(seed) drives everything; the same seed gives identical files.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gangs  # noqa: E402
import lookalikes  # noqa: E402
import normal  # noqa: E402
from core import LAYOUT  # noqa: E402
from world import World  # noqa: E402

SPECIAL_SHARE = 0.17  # about this share of subscriber rows are look-alikes, gangs, IoT and closed cards


def build(seed: int, subscribers: int) -> World:
    rng = np.random.default_rng(seed)
    w = World(rng, int(subscribers * (1 - SPECIAL_SHARE)))
    gangs.prepare(w)
    normal.run(w)
    lookalikes.run(w)
    gangs.run(w)
    return w


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=161)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--summary", help="write row counts and timing as JSON here")
    a = ap.parse_args(argv)
    t = time.time()
    w = build(a.seed, a.subscribers)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    rows = w.feed.write(a.out, list(LAYOUT))
    secs = round(time.time() - t, 1)
    print(f"redteam16 seed {a.seed}: {sum(v for k, v in rows.items() if k not in ('entities', 'events')):,} rows in {secs}s "
          + ", ".join(f"{k} {v:,}" for k, v in rows.items()), flush=True)
    if any(w.feed.outside.values()):
        print("rows after the period, not exported: " + ", ".join(f"{k} {v}" for k, v in w.feed.outside.items() if v), flush=True)
    if a.summary:
        with open(a.summary, "w") as f:
            json.dump({"seed": a.seed, "subscribers": a.subscribers, "rows": rows, "seconds": secs}, f, indent=1)


if __name__ == "__main__":
    main()
