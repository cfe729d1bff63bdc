"""Shared test helpers: hand-made interchange rows and files."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from fraudwall.interchange.schema import RECORD_TYPES, RecordType


def valid_value(rt: RecordType, col: str, i: int) -> str:
    """A valid text value for column ``col`` of record ``i``."""
    c = rt.column(col)
    if c.values:
        return c.values[i % len(c.values)]
    return {
        "time": f"2026-03-0{2 + i % 3}T{8 + i % 10:02d}:15:00+08:00",
        "msisdn": f"86138{i:08d}",
        "int": str(10 + i),
        "float": f"{100 + i}.5",
        "bool": "true" if i % 2 else "false",
    }.get(c.type, f"{col}_{rt.name}_{i}")


def valid_rows(rt: RecordType, n: int, start: int = 0) -> list[dict[str, str]]:
    return [{c: valid_value(rt, c, i) for c in rt.column_names} for i in range(start, start + n)]


def write_csv(path: Path, rows: list[dict[str, str]], gz: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    cols: list[str] = []
    for r in rows:
        cols += [k for k in r if k not in cols]
    opener = gzip.open if gz else open
    with opener(path, "wt", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow(r)
    return path


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def write_parquet(path: Path, rows: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    cols: list[str] = []
    for r in rows:
        cols += [k for k in r if k not in cols]
    pq.write_table(pa.table({c: [r.get(c) for r in rows] for c in cols}), path)
    return path


def all_types() -> list[RecordType]:
    return list(RECORD_TYPES.values())
