#!/usr/bin/env python3
"""Red-team generator 30: Beijing in the late-March tax-settlement and graduate-adjustment fortnight.

    generate.py --out DIR --seed N [--subscribers 20000] [--days 14] [--quiet]

Writes an interchange v1 data set (daily CSV files for activity records) and truth/entities, truth/events.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bjsim.build import build  # noqa: E402


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=301)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if not 1 <= a.days <= 14:
        ap.error("--days must be 1..14 (the fortnight 2026-03-16..29)")
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    t = time.time()
    counts = build(a.out, a.seed, a.subscribers, a.days, log=(lambda *_: None) if a.quiet else print)
    if not a.quiet:
        rows = sum(v for k, v in counts.items() if not k.startswith("truth"))
        print(f"{rows:,} rows in {time.time() - t:.1f}s: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
