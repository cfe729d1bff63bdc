#!/usr/bin/env python3
"""Red-team generator 29: Tianjin in the run-up to Spring Festival 2036 (12-25 January), blind to fraudwall.

    generate.py --out DIR --seed N [--subscribers 20000] [--days 14] [--quiet]

Writes an interchange v1 data set (one folder per record type, daily files for activity records) and
``truth/entities/entities.csv`` + ``truth/events/events.csv``. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tj import bg_device, bg_money, bg_sms, bg_voice, bg_web, feedback, gangs, lookalikes  # noqa: E402
from tj.banks import Banks  # noqa: E402
from tj.books import Books  # noqa: E402
from tj.core import Ctx  # noqa: E402
from tj.geo import Cells  # noqa: E402
from tj.numbers import Numbers  # noqa: E402
from tj.population import Population  # noqa: E402
from tj.write import write_all, write_truth  # noqa: E402


def build(seed: int, subscribers: int, days: int, log) -> Ctx:
    ctx = Ctx(seed, subscribers, days)
    ctx.numbers = Numbers(ctx.rng("numbers"), seed)
    ctx.cells = Cells(ctx)
    ctx.pop = Population(ctx)
    ctx.books = Books(ctx)
    ctx.banks = Banks(ctx)
    log("population, books and banks ready")
    gangs.run(ctx, log)
    lookalikes.run(ctx, log)
    for m in (bg_voice, bg_sms, bg_device, bg_web, bg_money):
        m.run(ctx)
    log("background traffic ready")
    feedback.run(ctx)
    return ctx


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.days < 7:
        ap.error("--days must be at least 7")
    if a.subscribers < 1000:
        ap.error("--subscribers must be at least 1000")
    t = time.time()

    def log(msg: str) -> None:
        if not a.quiet:
            print(f"[{time.time() - t:6.1f}s] {msg}", file=sys.stderr, flush=True)

    ctx = build(a.seed, a.subscribers, a.days, log)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    counts = write_all(ctx, a.out, log)
    tc = write_truth(ctx, a.out)
    log("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + f"; total {sum(counts.values()):,}")
    log(f"truth: {tc['entities']:,} entities, {tc['events']:,} victim payments")


if __name__ == "__main__":
    main()
