#!/usr/bin/env python3
"""Blind red-team generator 21: Anhui (安徽) in the 2029 Qingming (清明) week and the spring tea harvest.

    generate.py --out DIR --seed N [--subscribers 20000] [--days 12]

Writes an interchange v1 folder (voice, sms, device, web, apps, internet_accounts, bank_accounts, transfers,
subscribers, cells, reports, lists) and truth/ (entities, events). Same seed, same bytes.
See README.md in this folder.
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

import base  # noqa: E402
import feedback  # noqa: E402
import gangs  # noqa: E402
import lookalikes  # noqa: E402
import province  # noqa: E402
import writer  # noqa: E402
from world import World  # noqa: E402


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=12, help="days of activity from 2029-03-29 (at least 10)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.days < 10:
        ap.error("--days must be at least 10 (the story runs to 7 April)")
    t = time.time()
    w = World(a.seed, a.subscribers, a.days)
    province.build_cells(w)
    # the gangs and look-alikes add about 1,500 cards of their own
    province.build_population(w, max(int(a.subscribers * 0.86), 2000))
    base.generate(w)
    gangs.generate(w)
    lookalikes.generate(w)
    feedback.generate(w)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    counts = writer.write(w, a.out)
    if not a.quiet:
        rows = sum(v for k, v in counts.items() if not k.startswith("truth"))
        print(json.dumps({"out": a.out, "seed": a.seed, "rows": rows, "seconds": round(time.time() - t, 1),
                          "counts": counts}))


if __name__ == "__main__":
    main()
