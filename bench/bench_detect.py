"""Detection time: every scenario of the library over N call records (7 day windows).

    .venv/bin/python bench/bench_detect.py --rows 10000000

Reuses the Parquet warehouse of bench_ingest.py when present under --work.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from fraudwall.interchange.ingest import ingest  # noqa: E402
from fraudwall.scenarios.registry import Registry  # noqa: E402
from fraudwall.scenarios.runner import detect  # noqa: E402
from fraudwall.warehouse.store import Warehouse  # noqa: E402
from make_calls import make  # noqa: E402


def run(rows: int, work: Path) -> dict:
    wh_dir = work / "wh-parquet"
    if not (wh_dir / "fraudwall-warehouse.json").exists():
        data = work / f"calls-parquet-{rows}"
        if not (data / "voice").exists():
            make(data, rows)
        ingest(data, wh_dir, timezone="Asia/Shanghai")
    wh = Warehouse.open(wh_dir)
    n = wh.connect().execute("SELECT count(*) FROM voice").fetchall()[0][0]
    reg = Registry.load()
    out = {"call_records": n, "scenarios": len(reg),
           "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores"}
    # first run: look-back summaries built from the records; again: they are stored in the warehouse
    shutil.rmtree(wh_dir / "summaries", ignore_errors=True)
    for run_name in ("first_run", "again"):
        load = os.getloadavg()[0]
        t, c = time.perf_counter(), time.process_time()
        rep = detect(wh, reg)
        dt, cpu = time.perf_counter() - t, time.process_time() - c
        out[run_name] = {"windows": len(rep.windows), "alerts": rep.alerts, "seconds": round(dt, 2),
                         "cpu_seconds": round(cpu, 1), "records_per_s": round(n / dt),
                         "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--work", type=Path, default=Path("bench/out"))
    a = ap.parse_args()
    print(json.dumps(run(a.rows, a.work), indent=2))
