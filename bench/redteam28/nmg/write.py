"""Files: one folder per record type. Calls, texts, app sightings and transfers as daily CSV files, device
and web events as daily Parquet files (times as text with their offset), the rest as single CSV or JSON Lines
files; truth as CSV. Everything is sorted deterministically so a seed always gives the same bytes."""

from __future__ import annotations

import json
import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .core import DAY, REQUIRED, SCHEMA, T0, T_NULL

EPOCH = int(T0.astype("datetime64[s]").astype(np.int64))
DAILY = {"voice": ("start_time", "csv", "TGV"), "sms": ("send_time", "csv", "TGS"),
         "device": ("time", "parquet", None), "web": ("time", "parquet", None), "apps": ("time", "csv", None),
         "transfers": ("time", "csv", "TX")}
SINGLE = {"subscribers": "csv", "internet_accounts": "csv", "bank_accounts": "csv", "reports": "jsonl",
          "lists": "jsonl"}
ID_COL = {"voice": "call_id", "sms": "sms_id", "transfers": "txn_id", "reports": "report_id"}


def time_text(v: np.ndarray) -> pa.Array:
    ts = pa.array(v + EPOCH, type=pa.timestamp("s"), mask=(v == T_NULL))
    s = pc.replace_substring(pc.cast(ts, pa.string()), " ", "T", max_replacements=1)
    return pc.binary_join_element_wise(s, pa.scalar("+08:00"), "")


def id_text(prefix: str, n: int, width: int) -> pa.Array:
    num = pc.utf8_lpad(pc.cast(pa.array(np.arange(n, dtype=np.int64)), pa.string()), width, "0")
    return pc.binary_join_element_wise(pa.scalar(prefix), num, "")


def arrow_col(w, v: np.ndarray, kind: str) -> pa.Array:
    if kind == "N":
        return pc.cast(pa.array(v, mask=(v == 0)), pa.string())
    if kind == "T":
        return time_text(v)
    if kind == "C":
        return pa.array(w.geo.cell_ids[np.maximum(v, 0)], type=pa.string(), mask=(v < 0))
    if kind == "S":
        return pa.array(v, type=pa.string())
    if kind == "I":
        return pa.array(v, mask=(v < 0))
    if kind == "F":
        return pa.array(v, mask=np.isnan(v))
    return pa.array(v, type=pa.bool_())


def table_of(w, name: str, order: np.ndarray | None = None, ids: np.ndarray | None = None) -> pa.Table:
    cols = {}
    for c, kind in SCHEMA[name]:
        if ids is not None and c == ID_COL.get(name):
            cols[c] = ids if isinstance(ids, pa.Array) else pa.array(ids, type=pa.string())
            continue
        v = w.column(name, c, kind)
        if order is not None:
            v = v[order]
        cols[c] = arrow_col(w, v, kind)
        if c in REQUIRED.get(name, ()) and cols[c].null_count:
            raise ValueError(f"{name}.{c}: {cols[c].null_count} missing values in a required column")
    return pa.table(cols)


def _sort_order(w, name: str, tcol: str) -> np.ndarray:
    t = w.column(name, tcol, "T")
    return np.argsort(t, kind="stable"), np.sort(t, kind="stable")


def _unique_rows(w, name: str, order: np.ndarray) -> np.ndarray:
    """Drop exact repeats of a key-less record (two identical events in the same second)."""
    cols = []
    for c, kind in SCHEMA[name]:
        v = w.column(name, c, kind)[order]
        if kind == "S":
            v = pc.fill_null(pa.array(v, type=pa.string()).dictionary_encode().indices, -1).to_numpy()
        cols.append(v.astype(np.int64))
    o = np.lexsort(cols[::-1])
    same = np.ones(len(o), dtype=bool)
    same[0] = False
    for v in cols:
        same[1:] &= v[o][1:] == v[o][:-1]
    keep = np.ones(len(order), dtype=bool)
    keep[o[same]] = False
    return order[keep]


def write_daily(w, out: str, name: str) -> int:
    tcol, fmt, prefix = DAILY[name]
    order, t = _sort_order(w, name, tcol)
    ok = (t >= 0) & (t < w.end)
    order, t = order[ok], t[ok]
    if name == "device" and len(order):
        order = _unique_rows(w, name, order)
        t = w.column(name, tcol, "T")[order]
    ids = None
    if prefix:
        ids = id_text(f"{prefix}{w.seed}-", len(order), 8)
    tab = table_of(w, name, order, ids)
    os.makedirs(os.path.join(out, name), exist_ok=True)
    day = t // DAY
    bounds = np.searchsorted(day, np.arange(w.days + 1))
    for d in range(w.days):
        part = tab.slice(bounds[d], bounds[d + 1] - bounds[d])
        date = str(T0.astype("datetime64[D]") + d).replace("-", "")
        path = os.path.join(out, name, f"{name}-{date}.{fmt}")
        if fmt == "csv":
            pacsv.write_csv(part, path)
        else:
            pq.write_table(part, path, compression="zstd")
    return tab.num_rows


def write_single(w, out: str, name: str, fmt: str, key: str | None = None) -> int:
    order = None
    if key:
        kind = dict(SCHEMA[name])[key]
        v = w.column(name, key, kind)
        order = np.argsort(v.astype(str) if kind == "S" else v, kind="stable")
    ids = None
    if name in ID_COL:
        ids = np.array([f"R{w.seed}-{i:06d}" for i in range(w.rows(name))], dtype=object)
    tab = table_of(w, name, order, ids)
    d = os.path.join(out, name if not name.startswith("truth_") else os.path.join("truth", name[6:]))
    os.makedirs(d, exist_ok=True)
    base = os.path.join(d, os.path.basename(d))
    if fmt == "csv":
        pacsv.write_csv(tab, base + ".csv")
    else:
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for row in tab.to_pylist():
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    return tab.num_rows


def write_cells(w, out: str) -> int:
    g = w.geo
    tab = pa.table({"cell": pa.array(g.cell_ids, type=pa.string()), "lat": g.lat, "lon": g.lon,
                    "region": pa.array([g.zone_region[z] for z in g.cell_zone], type=pa.string()),
                    "site_type": pa.array(g.site, type=pa.string())})
    os.makedirs(os.path.join(out, "cells"), exist_ok=True)
    pacsv.write_csv(tab, os.path.join(out, "cells", "cells.csv"))
    return tab.num_rows


def write_all(w, out: str) -> dict[str, int]:
    counts = {"cells": write_cells(w, out)}
    for name in DAILY:
        counts[name] = write_daily(w, out, name)
    keys = {"subscribers": "msisdn", "internet_accounts": None, "bank_accounts": None, "reports": "time",
            "lists": None}
    for name, fmt in SINGLE.items():
        counts[name] = write_single(w, out, name, fmt, keys[name])
    counts["truth/entities"] = write_single(w, out, "truth_entities", "csv")
    counts["truth/events"] = write_single(w, out, "truth_events", "csv", "time")
    return counts
