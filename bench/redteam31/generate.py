#!/usr/bin/env python3
"""Blind red-team generator 31: Shanghai, Mon 8 - Sun 21 June 2026 (the 618 run-up and peak, the Dragon Boat
holiday, the first plum rain, graduation move-out, the zhongkao, mid-year rent renewals) on a fictional operator,
Shenhai Mobile (PLMN 460-37), in interchange v1 with ground truth under truth/.

    generate.py --out DIR --seed N [--subscribers 20000]
"""

import argparse
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sh618.build import build  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=311)
    ap.add_argument("--subscribers", type=int, default=20000)
    a = ap.parse_args(argv)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    t = time.time()
    counts = build(a.out, a.seed, a.subscribers)
    total = sum(v for k, v in counts.items() if k not in ("entities", "events"))
    print(f"redteam31 seed {a.seed}: {total:,} rows in {time.time() - t:.1f}s -> {a.out}  "
          + ", ".join(f"{k} {v:,}" for k, v in counts.items()), flush=True)


if __name__ == "__main__":
    main()
