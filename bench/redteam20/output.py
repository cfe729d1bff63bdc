"""Write the collected records as interchange v1 Parquet: one folder per record type, one file per local day
for the timed types, ids assigned in time order, timestamps labelled Asia/Shanghai; and the truth folder."""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from world import DAY, END, START, TZ, World

# column kinds: ts (epoch seconds), num (digits as int64, 0 = missing), cell (index, -1 = missing), str, int,
# float, bool
SCHEMA = {
    "subscribers": [("msisdn", "num"), ("imsi", "num"), ("id_key", "str"), ("id_type", "str"),
                    ("customer_type", "str"), ("line_type", "str"), ("operator", "str"), ("open_time", "ts"),
                    ("open_channel", "str"), ("open_cell", "cell"), ("status", "str"), ("status_time", "ts"),
                    ("is_prepaid", "bool"), ("home_region", "str")],
    "voice": [("call_id", "str"), ("start_time", "ts"), ("caller", "num"), ("callee", "num"), ("duration_s", "int"),
              ("ring_s", "int"), ("result", "str"), ("caller_imei", "num"), ("caller_imsi", "num"),
              ("caller_cell", "cell"), ("callee_cell", "cell"), ("caller_roaming_country", "str"),
              ("call_type", "str"), ("media", "str"), ("gateway", "str")],
    "sms": [("sms_id", "str"), ("send_time", "ts"), ("sender", "num"), ("receiver", "num"), ("content", "str"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", "str")],
    "device": [("time", "ts"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"),
               ("event", "str"), ("roaming_country", "str"), ("bytes", "int")],
    "cells": [("cell", "str"), ("lat", "float"), ("lon", "float"), ("region", "str"), ("site_type", "str")],
    "web": [("time", "ts"), ("msisdn", "num"), ("domain", "str"), ("url", "str"), ("ip", "str"), ("bytes", "int"),
            ("app", "str")],
    "apps": [("time", "ts"), ("msisdn", "num"), ("app", "str"), ("event", "str"), ("source_url", "str")],
    "internet_accounts": [("platform", "str"), ("account", "str"), ("msisdn", "num"), ("register_time", "ts"),
                          ("status", "str")],
    "bank_accounts": [("account_id", "str"), ("id_key", "str"), ("bank", "str"), ("open_time", "ts"),
                      ("bound_msisdn", "num"), ("status", "str")],
    "transfers": [("txn_id", "str"), ("time", "ts"), ("from_account", "str"), ("to_account", "str"),
                  ("amount", "float"), ("currency", "str"), ("channel", "str"), ("initiated_msisdn", "num")],
    "reports": [("report_id", "str"), ("time", "ts"), ("entity_type", "str"), ("entity", "str"), ("label", "str"),
                ("fraud_type", "str"), ("loss_amount", "float"), ("source", "str")],
    "lists": [("entity_type", "str"), ("entity", "str"), ("list", "str"), ("reason", "str"), ("added_time", "ts"),
              ("expires_time", "ts")],
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "internet_accounts": "register_time"}
ID_COL = {"voice": ("call_id", "C"), "sms": ("sms_id", "S"), "transfers": ("txn_id", "T"), "reports": ("report_id", "R")}
TS = pa.timestamp("us", tz=TZ)


def _concat(parts: list[dict], cols) -> dict:
    out = {}
    for name, kind in cols:
        arrs = []
        for p in parts:
            n = len(next(iter(p.values())))
            if name in p:
                a = np.asarray(p[name])
            else:
                a = np.full(n, -1 if kind == "cell" else (0 if kind in ("num", "ts") else None),
                            dtype=np.int64 if kind in ("cell", "num", "ts") else object)
            arrs.append(a)
        if kind in ("num", "ts", "int", "cell"):
            out[name] = np.concatenate([_as_int(a, kind) for a in arrs]) if arrs else np.zeros(0, dtype=np.int64)
        elif kind == "float":
            out[name] = np.concatenate([np.asarray(a, dtype=float) for a in arrs]) if arrs else np.zeros(0)
        elif kind == "bool":
            out[name] = np.concatenate([np.asarray(a, dtype=bool) for a in arrs]) if arrs else np.zeros(0, dtype=bool)
        else:
            out[name] = np.concatenate([_as_str(a) for a in arrs]) if arrs else np.zeros(0, dtype=object)
    return out


def _as_int(a, kind):
    a = np.asarray(a)
    if a.dtype == object:
        fill = -1 if kind == "cell" else 0
        return np.array([fill if x is None else int(x) for x in a.tolist()], dtype=np.int64)
    return a.astype(np.int64)


def _as_str(a):
    a = np.asarray(a)
    if a.dtype.kind in "iu":
        return np.array([str(int(x)) for x in a.tolist()], dtype=object)
    if a.dtype.kind in "US":
        return a.astype(object)
    return np.array([None if x is None else str(x) for x in a.tolist()], dtype=object)


def _arrow(kind, a, cells):
    if kind == "ts":
        return pa.array(a * 1_000_000, type=pa.int64(), mask=(a == 0)).cast(TS)
    if kind == "num":
        return pa.array(a, type=pa.int64(), mask=(a == 0)).cast(pa.string())
    if kind == "cell":
        return cells.take(pa.array(np.where(a < 0, 0, a), type=pa.int64(), mask=(a < 0)))
    if kind == "int":
        return pa.array(a, type=pa.int64())
    if kind == "float":
        return pa.array(a, type=pa.float64(), mask=np.isnan(a))
    if kind == "bool":
        return pa.array(a, type=pa.bool_())
    return pa.array(a.tolist(), type=pa.string())


def local_day_label(t: np.ndarray) -> np.ndarray:
    return (t - START) // DAY


def write(w: World, out: str, truth: dict, events: dict, subscribers_override=None):
    os.makedirs(out, exist_ok=True)
    cells = pa.array(list(w.cell_names), type=pa.string())
    counts = {}
    for table, cols in SCHEMA.items():
        data = _concat(w.parts[table], cols)
        n = len(data[cols[0][0]])
        if table == "subscribers":
            ms = data["msisdn"]
            for i in np.nonzero(np.isin(ms, np.array(sorted(w.status_override), dtype=np.int64)))[0].tolist():
                st, tt = w.status_override[int(ms[i])]
                data["status"][i] = st
                data["status_time"][i] = tt
            order = np.argsort(ms, kind="stable")
            _, first = np.unique(ms[order], return_index=True)
            if len(first) != n:
                raise RuntimeError(f"subscribers: {n - len(first)} duplicate numbers")
        tcol = TIME_COL.get(table)
        if tcol:  # the export covers the period: nothing after its last second
            inside = data[tcol] < END
            data = {k: v[inside] for k, v in data.items()}
            n = int(inside.sum())
            keys = [data[tcol]]
            for c, k in cols:
                if k in ("num", "int") and c != tcol:
                    keys.append(data[c])
            order = np.lexsort(tuple(reversed([keys[0]] + keys[1:3])))
        elif table == "subscribers":
            order = np.argsort(data["msisdn"], kind="stable")
        else:
            order = np.arange(n)
        data = {k: v[order] for k, v in data.items()}
        if table in ID_COL:
            col, pre = ID_COL[table]
            data[col] = np.array([f"{pre}{i:09d}" for i in range(1, n + 1)], dtype=object)
        arrays = {c: _arrow(k, data[c], cells) for c, k in cols}
        tbl = pa.table(arrays)
        folder = os.path.join(out, table)
        os.makedirs(folder, exist_ok=True)
        if tcol:
            day = np.maximum(local_day_label(data[tcol]), -1)  # everything before the period in one file
            for d in np.unique(day).tolist():
                m = np.nonzero(day == d)[0]
                label = "history" if d < 0 else datetime.fromtimestamp(START + d * DAY + 43200, ZoneInfo(TZ)).strftime("%Y%m%d")
                pq.write_table(tbl.take(pa.array(m)), os.path.join(folder, f"part-{label}.parquet"),
                               compression="zstd")
        else:
            pq.write_table(tbl, os.path.join(folder, "part-0.parquet"), compression="zstd")
        counts[table] = n
    tdir = os.path.join(out, "truth")
    for name, d in (("entities", truth), ("events", events)):
        os.makedirs(os.path.join(tdir, name), exist_ok=True)
        arrays = {}
        for c, v in d.items():
            if c in ("first_active", "time"):
                arrays[c] = _arrow("ts", np.asarray(v, dtype=np.int64), cells)
            elif c == "amount":
                arrays[c] = pa.array(np.asarray(v, dtype=float), type=pa.float64())
            else:
                arrays[c] = pa.array([None if x is None else str(x) for x in np.asarray(v, dtype=object).tolist()],
                                     type=pa.string())
        pq.write_table(pa.table(arrays), os.path.join(tdir, name, "part-0.parquet"), compression="zstd")
        counts["truth/" + name] = len(next(iter(d.values())))
    return counts
