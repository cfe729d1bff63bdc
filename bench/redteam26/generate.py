#!/usr/bin/env python3
"""Blind red-team generator 26: a fictional Jiangxi operator (Gantong Mobile, PLMN 460-97) over the Dragon Boat
Festival and the gaokao, 1-13 June 2033, in interchange v1 with ground truth.

    generate.py --out DIR --seed N [--subscribers 20000] [--days 13]

Writes DIR/<record type>/*.csv.gz and DIR/truth/{entities,events}/. The same seed gives byte-identical files.
See README.md next to this file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from jiangxi import gangs, labels, life, lookalikes, output  # noqa: E402
from jiangxi.behave import Bank, Platforms  # noqa: E402
from jiangxi.world import World  # noqa: E402

FOLDERS = ("subscribers", "voice", "sms", "device", "cells", "web", "apps", "internet_accounts", "bank_accounts",
           "transfers", "reports", "lists", "truth")


def build(seed: int, subscribers: int, days: int) -> World:
    w = World(seed, subscribers, days)
    w.bank = Bank(w)
    w.platforms = Platforms(w)
    life.open_accounts(w)
    gangs.generate(w)  # gangs and look-alikes first: they place people (dens, shops, trips abroad) ...
    lookalikes.generate(w)
    life.generate(w)  # ... and everyday life then follows those people wherever they are
    labels.generate(w)
    return w


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=13)
    a = ap.parse_args(argv)
    if a.days < 1 or a.days > 13:
        ap.error("--days must be 1..13 (the window is 1-13 June 2033)")
    if a.subscribers < 1000:
        ap.error("--subscribers must be at least 1000")
    t = time.time()
    w = build(a.seed, a.subscribers, a.days)
    t_build = time.time() - t
    for f in FOLDERS:
        p = os.path.join(a.out, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(a.out, exist_ok=True)
    rows = output.write_all(a.out, w)
    total = sum(v for k, v in rows.items() if k not in ("entities", "events"))
    print(f"redteam26 seed {a.seed}: {total:,} rows ({', '.join(f'{k} {v:,}' for k, v in rows.items())}) "
          f"in {time.time() - t:.1f}s (build {t_build:.1f}s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
