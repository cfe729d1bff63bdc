#!/usr/bin/env python3
"""Blind red-team generator 27: Shanxi (山西) over the 2034 Lantern Festival fortnight, on the fictional operator
晋云通信 (Jinyun Telecom, PLMN 460-67). Writes every interchange v1 record type plus truth/ for fraudwall.

    generate.py --out DIR --seed N [--subscribers 20000] [--days 14]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from shanxi.build import build  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=14)
    a = ap.parse_args(argv)
    if a.days < 3:
        ap.error("--days must be at least 3")
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    t = time.time()
    rows = build(a.out, a.seed, a.subscribers, a.days)
    total = sum(v for k, v in rows.items() if not k.startswith("truth"))
    print(f"redteam27 seed {a.seed}: {total:,} rows in {time.time() - t:.1f}s -> {a.out}  "
          + ", ".join(f"{k} {v:,}" for k, v in sorted(rows.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
