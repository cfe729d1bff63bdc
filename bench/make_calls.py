"""Generate N synthetic call records (interchange v1 voice/) as daily Parquet and/or CSV files, vectorised in DuckDB.

Callers and callees are drawn from a population of numbers with a heavy-tailed
activity; durations log-normal; about 20 % unanswered. Used by the ingest and
detection benchmarks (not a realistic province: see ``fraudwall simulate``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb


def make(out: Path, rows: int, days: int = 7, numbers: int = 1_000_000, fmt: str = "parquet") -> Path:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'Asia/Shanghai'; SET enable_progress_bar = false")
    per_day = rows // days
    (out / "voice").mkdir(parents=True, exist_ok=True)
    for d in range(days):
        n = per_day if d < days - 1 else rows - per_day * (days - 1)
        sel = f"""
        SELECT 'c{d}-' || i AS call_id,
          TIMESTAMPTZ '2026-03-02 00:00:00+08' + INTERVAL {d} DAY
            + to_seconds(CAST(86399 * (0.5 + 0.5 * sin((hash(i, {d}, 1) % 1000) / 1000.0 * 6.283)) AS BIGINT)) AS start_time,
          CAST(8613000000000 + CAST(pow((hash(i, {d}, 2) % 1000000) / 1000000.0, 2) * {numbers} AS BIGINT) AS VARCHAR) AS caller,
          CAST(8613000000000 + hash(i, {d}, 3) % {numbers} AS VARCHAR) AS callee,
          CASE WHEN hash(i, {d}, 4) % 5 = 0 THEN 0
               ELSE CAST(exp(3.8 + 1.0 * ((hash(i, {d}, 5) % 2000) / 1000.0 - 1.0)) AS BIGINT) END AS duration_s,
          CAST(hash(i, {d}, 6) % 30 AS BIGINT) AS ring_s,
          CASE WHEN hash(i, {d}, 4) % 5 = 0 THEN 'no_answer' ELSE 'answered' END AS result,
          '86' || lpad(CAST(hash(i, {d}, 2) % 1000000 AS VARCHAR), 13, '0') AS caller_imei,
          '46000' || lpad(CAST(hash(i, {d}, 2) % 1000000 AS VARCHAR), 10, '0') AS caller_imsi,
          'C' || CAST(hash(i, {d}, 7) % 5000 AS VARCHAR) AS caller_cell,
          'C' || CAST(hash(i, {d}, 8) % 5000 AS VARCHAR) AS callee_cell,
          NULL::VARCHAR AS caller_roaming_country, 'mobile' AS call_type, 'voice' AS media, NULL::VARCHAR AS gateway
        FROM range({n}) t(i)"""
        if fmt == "parquet":
            con.execute(f"COPY ({sel}) TO '{out}/voice/day{d}.parquet' (FORMAT parquet, COMPRESSION snappy)")
        else:
            con.execute(f"COPY (SELECT * REPLACE (strftime(start_time, '%Y-%m-%dT%H:%M:%S+08:00') AS start_time) "
                        f"FROM ({sel})) TO '{out}/voice/day{d}.csv' (HEADER)")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    make(a.out, a.rows, a.days, fmt=a.format)
