#!/usr/bin/env python3
"""Red-team generator 22: a made-up operator's Liaoning province over the 2030 New Year (26 Dec 2029 -
6 Jan 2030, Asia/Shanghai), written blind to fraudwall's scenarios, in the interchange-v1 format with truth/.

    python bench/redteam22/generate.py --out DIR --seed N [--subscribers 20000] [--days 12]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
from behave import Money  # noqa: E402
from catalog import Catalog  # noqa: E402
from everyday import everyday  # noqa: E402
from feedback import feedback  # noqa: E402
from gangs import gangs  # noqa: E402
from lookalikes import lookalikes  # noqa: E402
from province import Cells  # noqa: E402
from registry import Registry  # noqa: E402
from residents import Residents  # noqa: E402
from truth import Truth  # noqa: E402
from world import World  # noqa: E402
from writer import write_all  # noqa: E402


def build(seed: int, subscribers: int, days: int, say=lambda *x: None) -> World:
    t0 = time.time()
    w = World(seed, subscribers, days)
    w.reg = Registry(w)
    w.cells = Cells(w)
    w.cat = Catalog(w)
    w.truth = Truth(w)
    w.money = Money(w)
    w.R = Residents(w, w.reg, w.cells)
    say(f"residents {w.R.n:,}, cells {w.cells.n:,}  ({time.time() - t0:.1f}s)")
    gangs(w)
    say(f"gangs done ({time.time() - t0:.1f}s)")
    lookalikes(w)
    say(f"look-alikes done ({time.time() - t0:.1f}s)")
    everyday(w)
    say(f"everyday life done ({time.time() - t0:.1f}s)")
    w.money.launder()
    add_benign(w)
    return w


def add_benign(w: World) -> None:
    """Everyone else in the truth as benign: residents' cards (not victims, gang members or look-alikes),
    business lines and ordinary IoT cards."""
    R = w.R
    free = ~R.used
    w.truth.add("msisdn", R.msisdn[free], "benign")
    w.truth.add("msisdn", R.msisdn2[free & R.has2], "benign")
    w.truth.add("msisdn", R.biz_line, "benign")
    w.truth.add("msisdn", R.iot[0], "benign")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=12)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.days < 3 or a.subscribers < 2000:
        ap.error("need --days >= 3 and --subscribers >= 2000")
    t0 = time.time()
    say = (lambda *x: None) if a.quiet else (lambda *x: print(*x, flush=True))
    w = build(a.seed, a.subscribers, a.days, say)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    extra = feedback(w, a.out)
    counts = write_all(w, a.out)
    counts.update(extra)
    counts.update(w.truth.write(a.out))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = sum(v for k, v in counts.items() if not k.startswith("truth"))
    say("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    say(f"total {total:,} rows in {time.time() - t0:.1f}s, peak memory {rss:.0f} MB -> {a.out}")
    np.seterr(all="warn")


if __name__ == "__main__":
    main()
