"""Detection time for one day of a simulated province: every scenario of the library over one day window.

    .venv/bin/python bench/bench_detect_province.py --subscribers 1000000 --days 2 --work bench/out/province

Simulates SUBSCRIBERS x DAYS (so the look-back of the last day has content), ingests, then times
``detect`` over the last day only, twice: the first run after loading (look-back summaries of the earlier
days built from their records) and the daily steady state (those summaries already stored), with the time
of each feature table (``CREATE TEMP TABLE``). Reuses the simulation and the warehouse under --work when present. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from fraudwall.interchange.ingest import ingest
from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import day_windows, detect
from fraudwall.warehouse.store import Warehouse


class _Times(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.tables: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        m = re.match(r"feature table (\S+): ([0-9.]+) s", record.getMessage())
        if m:
            self.tables[m.group(1)] = self.tables.get(m.group(1), 0.0) + float(m.group(2))


def run(subscribers: int, days: int, seed: int, work: Path) -> dict:
    sim, wh_dir = work / "sim", work / "wh"
    out: dict = {"subscribers": subscribers, "days": days, "seed": seed}
    if not (sim / "truth").exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "fraudwall", "-q", "simulate", "--subscribers", str(subscribers), "--days",
                        str(days), "--seed", str(seed), "--out", str(sim), "--force"], check=True)
        out["simulate_s"] = round(time.perf_counter() - t, 1)
    if not (wh_dir / "fraudwall-warehouse.json").exists():
        t = time.perf_counter()
        ingest(sim, wh_dir, timezone="Asia/Shanghai")
        out["ingest_s"] = round(time.perf_counter() - t, 1)
    wh = Warehouse.open(wh_dir)
    ws, we = day_windows(wh, None, None)[-1]
    con = wh.connect()
    out["voice_rows_in_day"] = con.execute(
        f"SELECT count(*) FROM voice WHERE start_time >= TIMESTAMPTZ '{ws.isoformat()}' "
        f"AND start_time < TIMESTAMPTZ '{we.isoformat()}'").fetchall()[0][0]
    con.close()
    reg = Registry.load()
    lg = logging.getLogger("fraudwall.features.registry")
    lg.setLevel(logging.DEBUG)
    # first run: no stored look-back summaries (they are built from the earlier days' records);
    # second run: the daily steady state, earlier days' summaries already stored in the warehouse
    shutil.rmtree(wh_dir / "summaries", ignore_errors=True)
    for run_name in ("first_run", "steady_state"):
        h = _Times()
        lg.addHandler(h)
        load = os.getloadavg()[0]
        t, c = time.perf_counter(), time.process_time()
        rep = detect(wh, reg, since=ws, until=we)
        dt, cpu = time.perf_counter() - t, time.process_time() - c
        lg.removeHandler(h)
        feat_s = sum(h.tables.values())
        out["day"], out["scenarios"] = rep.windows, len(reg)
        out[run_name] = {
            "alerts": rep.alerts, "entities_scored": rep.entities_scored,
            "detect_s": round(dt, 1), "detect_cpu_s": round(cpu, 1), "feature_tables_s": round(feat_s, 1),
            "other_s": round(dt - feat_s, 1), "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2),
            "feature_tables": {k: round(v, 2) for k, v in sorted(h.tables.items(), key=lambda kv: -kv[1])[:8]},
        }
    out["machine"] = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores"
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--subscribers", type=int, default=1_000_000)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--work", type=Path, default=Path("bench/out/province"))
    a = ap.parse_args()
    print(json.dumps(run(a.subscribers, a.days, a.seed, a.work), indent=2))
