#!/usr/bin/env python3
"""Run red-team generator 32 (Xinjiang: the cotton harvest and Chongyang, 12-25 October 2026) through fraudwall:
generate -> ingest -> detect -> evaluate, per seed.

    run.py [--seeds 321 322] [--work /tmp/red39/run] [--subscribers N] [--summarise]

Keeps WORK/data-SEED/, WORK/wh-SEED/, WORK/ingest-SEED.json, WORK/evaluate-SEED.json, WORK/times-SEED.json
and prints one summary line per seed (also written to WORK/summary.txt). --summarise reprints from the
kept JSON without running anything. The runner is shared with the other blind generators (bench/redteam_run.py).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from redteam_run import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, __doc__, default_subscribers=20000, default_seeds=[321, 322], default_work="/tmp/red39/run")
