#!/usr/bin/env python3
"""redteam23: a blind red-team generator for fraudwall -- Hebei (河北) in the 2030 summer holiday.

    generate.py --out DIR --seed N [--subscribers 20000] [--days 13]

Writes an interchange-v1 data set (voice, sms, device, web, apps, transfers, subscribers, cells,
bank_accounts, internet_accounts, reports, lists) and its ground truth (truth/entities, truth/events).
See README.md in this folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hebei import everyday, feedback, gangs, lookalikes, residents, supply  # noqa: E402
from hebei.social import Social  # noqa: E402
from hebei.world import World  # noqa: E402
from hebei.writer import DAILY, Writer, write_static, write_truth  # noqa: E402


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=13)
    a = ap.parse_args(argv)
    if a.days < 7 or a.days > 30:
        ap.error("--days must be between 7 and 30")
    t0 = time.time()
    w = World(a.seed, a.subscribers, a.days)
    w.social = Social()
    residents.build(w)
    ev = everyday.Everyday(w)
    w.everyday = ev
    sup = supply.Supply(w)
    sup.build()
    gangs.build(w, sup)
    lookalikes.build(w)
    sup.layering()
    ev.run()
    feedback.build(w)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    wr = Writer(w, a.out)
    for name in DAILY:
        wr.daily(name)
    write_static(wr)
    write_truth(wr)
    total = sum(v for k, v in wr.counts.items() if k != "truth")
    print(f"redteam23 seed {a.seed}: {total:,} rows in {time.time() - t0:.1f}s -> {a.out}", file=sys.stderr)
    for k in sorted(wr.counts):
        print(f"  {k:18s} {wr.counts[k]:>10,}", file=sys.stderr)


if __name__ == "__main__":
    main()
