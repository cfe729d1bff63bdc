"""Benchmark the province simulator: wall time, peak memory, rows and bytes written.

    .venv/bin/python bench/bench_simulate.py --subscribers 1000000 --days 7

Prints one JSON object. Figures are recorded in docs/benchmarks.md (## Simulator).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import tempfile
import time
from pathlib import Path

from fraudwall.sim.engine import simulate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--subscribers", type=int, default=20_000)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--format", default="parquet", choices=["parquet", "csv"])
    ap.add_argument("--out", type=Path, help="keep the output here (default: a temporary folder, removed)")
    args = ap.parse_args()
    tmp = None
    out = args.out
    if out is None:
        tmp = tempfile.mkdtemp(prefix="fw-bench-sim-")
        out = Path(tmp) / "out"
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    summary = simulate(out, args.subscribers, args.days, args.seed, fmt=args.format)
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "subscribers": args.subscribers, "days": args.days, "seed": args.seed, "format": args.format,
        "wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_rss_gib": round(peak_kib / 2**20, 2),
        "bytes_written": size, "files": summary.files, "rows": summary.rows,
        "rows_total": sum(summary.rows.values()), "roles": summary.roles,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
    }
    print(json.dumps(result, indent=2))
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
