#!/usr/bin/env python3
"""Red-team generator 32 (blind): Xinjiang in the cotton-harvest and Chongyang fortnight, 12-25 October 2026.

    generate.py --out DIR --seed N [--subscribers 20000]

Writes interchange v1 (Parquet for the record streams and entity tables, CSV for cells, reports, lists and the
truth) and truth/entities, truth/events. See README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from tianshan.build import build, write  # noqa: E402


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    a = ap.parse_args(argv)
    t = time.time()
    sink, cells = build(a.seed, a.subscribers)
    counts = write(sink, cells, a.out, a.seed)
    rows = sum(v for k, v in counts.items() if not k.startswith("truth"))
    print(json.dumps({"seed": a.seed, "rows": rows, "seconds": round(time.time() - t, 1), **counts}), flush=True)


if __name__ == "__main__":
    main()
