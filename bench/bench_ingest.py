"""Ingest throughput on N call records from Parquet and from CSV (daily files, as operators export them).

    .venv/bin/python bench/bench_ingest.py --rows 10000000

Prints JSON with rows/s per format, the CPU seconds the load used (all threads of this process: on a
shared machine wall time is noisy, CPU time much less so), the cores that made up (CPU seconds / wall
seconds) and the load average before and after.
Data is generated under --work (reused if present).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from fraudwall.interchange.ingest import ingest  # noqa: E402
from make_calls import make  # noqa: E402


def run(rows: int, work: Path, formats: list[str]) -> dict:
    out = {"rows": rows, "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores"}
    for fmt in formats:
        data = work / f"calls-{fmt}-{rows}"
        if not (data / "voice").exists():
            make(data, rows, fmt=fmt)
        wh = work / f"wh-{fmt}"
        shutil.rmtree(wh, ignore_errors=True)
        load_before = os.getloadavg()
        c, t = _cpu(), time.perf_counter()
        rep = ingest(data, wh, timezone="Asia/Shanghai")
        dt, cpu = time.perf_counter() - t, _cpu() - c
        assert rep.loaded["voice"] == rows, rep.as_json()
        t2 = time.perf_counter()
        again = ingest(data, wh)
        dt2 = time.perf_counter() - t2
        assert again.duplicates["voice"] == rows
        out[fmt] = {"seconds": round(dt, 2), "rows_per_s": round(rows / dt), "cpu_seconds": round(cpu, 2),
                    "cores_used": round(cpu / dt, 2),  # below ~1.9 on 2 cores: waiting, or other jobs had the CPU
                    "reload_seconds": round(dt2, 2), "fast_path_files": sum(f.copied for f in rep.files),
                    "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in os.getloadavg()]}
    return out


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--work", type=Path, default=Path("bench/out"))
    ap.add_argument("--formats", default="parquet,csv")
    a = ap.parse_args()
    print(json.dumps(run(a.rows, a.work, a.formats.split(",")), indent=2))
