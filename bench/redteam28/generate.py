#!/usr/bin/env python3
"""Red-team generator 28: Inner Mongolia in the July 2035 Naadam season, written blind to fraudwall's library.

    generate.py --out DIR --seed N [--subscribers 20000] [--days 14]

Writes every interchange v1 record type (one folder each) and truth/entities, truth/events. See README.md.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nmg.build import build  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.days < 7:
        ap.error("--days must be at least 7 (the schemes run over a week or more)")
    os.makedirs(a.out, exist_ok=True)
    counts = build(a.out, a.seed, a.subscribers, a.days, verbose=not a.quiet)
    if not a.quiet:
        print(", ".join(f"{k} {v:,}" for k, v in counts.items()), f"total {sum(counts.values()):,}")


if __name__ == "__main__":
    main()
