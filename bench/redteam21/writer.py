"""Writes the world as an interchange v1 folder: Parquet by local day for events, CSV for the small
dimension tables and the truth. Strings are made here, vectorised with pyarrow."""

from __future__ import annotations

import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from world import DAY, NULLS, TZ_S, World

B36 = np.frombuffer(b"0123456789abcdefghijklmnopqrstuvwxyz", dtype=np.uint8)


def base36(x: np.ndarray, width: int = 6) -> pa.Array:
    x = np.asarray(x, dtype=np.int64) % (36**width)
    digits = np.empty((len(x), width), dtype=np.uint8)
    for i in range(width - 1, -1, -1):
        digits[:, i] = B36[x % 36]
        x = x // 36
    return pa.array(digits.view(f"S{width}").ravel()).cast(pa.string())


def time_array(v: np.ndarray) -> pa.Array:
    mask = v == NULLS["time"]
    return pa.array(np.where(mask, 0, v) * 1000, type=pa.timestamp("ms", tz="Asia/Shanghai"), mask=mask)


def iso_strings(v: np.ndarray) -> pa.Array:
    mask = v == NULLS["time"]
    s = (np.where(mask, 0, v) + TZ_S).astype("datetime64[s]").astype(str)
    s = np.char.add(s, "+08:00")
    return pa.array(s, mask=mask)


def tpl_array(vocab_items: list[str], codes: np.ndarray, nums: np.ndarray) -> pa.Array:
    """Templates with at most one placeholder: {n} (six digits) or {s} (six base-36 characters)."""
    pre, post, kind = [], [], []
    for s in vocab_items:
        if "{n}" in s:
            a, b = s.split("{n}", 1)
            k = 1
        elif "{s}" in s:
            a, b = s.split("{s}", 1)
            k = 2
        else:
            a, b, k = s, "", 0
        pre.append(a)
        post.append(b)
        kind.append(k)
    mask = codes < 0
    idx = pa.array(np.where(mask, 0, codes), mask=mask)
    pre_a = pc.take(pa.array(pre, type=pa.string()), idx)
    post_a = pc.take(pa.array(post, type=pa.string()), idx)
    kind_a = np.array(kind, dtype=np.int8)[np.where(mask, 0, codes)] if len(kind) else np.zeros(len(codes), np.int8)
    nn = np.where(nums < 0, 0, nums)
    dig = pc.utf8_lpad(pc.cast(pa.array(nn % 10**6), pa.string()), 6, "0")
    b36 = base36(nn)
    mid = pc.if_else(pa.array(kind_a == 1), dig, pc.if_else(pa.array(kind_a == 2), b36, pa.scalar("")))
    return pc.binary_join_element_wise(pre_a, mid, post_a, "")


def column(w: World, table, name: str, kind: str, v: np.ndarray, cols: dict, csv: bool) -> pa.Array:
    if kind == "time":
        return iso_strings(v) if csv else time_array(v)
    if kind == "num":
        return pc.cast(pa.array(v, mask=v == 0), pa.string())
    if kind == "int":
        return pa.array(v, mask=v < 0, type=pa.int64())
    if kind == "float":
        return pa.array(np.round(v, 2), mask=np.isnan(v), type=pa.float64())
    if kind == "bool":
        return pa.array(v == 1, mask=v < 0)
    if kind in ("cat", "cell", "idk", "acct"):
        items = {"cat": lambda: table.vocab[name].items, "cell": lambda: w.cell_names, "idk": lambda: w.ids,
                 "acct": lambda: w.accounts}[kind]()
        mask = v < 0
        return pc.take(pa.array(items, type=pa.string()), pa.array(np.where(mask, 0, v), mask=mask))
    if kind == "tpl":
        return tpl_array(table.vocab[name].items, v, cols[name + "_n"])
    raise ValueError(kind)


def to_arrow(w: World, name: str, cols: dict, order: np.ndarray | None = None, csv: bool = False,
             id_col: tuple[str, str] | None = None) -> pa.Table:
    table = w.T[name]
    if order is not None:
        cols = {k: v[order] for k, v in cols.items()}
    arrays, names = [], []
    if id_col:
        cname, prefix = id_col
        n = len(next(iter(cols.values())))
        arrays.append(pc.binary_join_element_wise(pa.scalar(prefix), pc.cast(pa.array(np.arange(1, n + 1)),
                                                                              pa.string()), ""))
        names.append(cname)
    for c, kind in table.spec.items():
        if c.endswith("_n") and c[:-2] in table.spec and table.spec[c[:-2]] == "tpl":
            continue
        arrays.append(column(w, table, c, kind, cols[c], cols, csv))
        names.append(c)
    return pa.table(arrays, names=names)


def write_csv(t: pa.Table, path: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pacsv.write_csv(t, path, write_options=pacsv.WriteOptions(quoting_style="needed"))


def dedupe(cols: dict) -> dict:
    """Drop exact duplicate rows (tables without a key treat the whole row as the identity)."""
    keys = [v.view(np.int64) if v.dtype == np.float64 else v for v in cols.values()]
    order = np.lexsort(keys)
    same = np.ones(len(order) - 1, dtype=bool) if len(order) > 1 else np.zeros(0, bool)
    for k in keys:
        ks = k[order]
        same &= ks[1:] == ks[:-1]
    drop = order[1:][same]
    if not len(drop):
        return cols
    keep = np.ones(len(order), dtype=bool)
    keep[drop] = False
    return {k: v[keep] for k, v in cols.items()}


def write_by_day(w: World, name: str, folder: str, time_col: str, out: str, id_col=None, sort_cols=()) -> int:
    cols = w.T[name].finish()
    # events outside the exported days are not in the export
    t = cols[time_col]
    inside = (t >= w.t0) & (t < w.t_end)
    cols = {k: v[inside] for k, v in cols.items()}
    # a card is not used before it is opened
    for c in NUM_COLS.get(name, ()):
        ok = w.opened_ok(cols[c], cols[time_col])
        cols = {k: v[ok] for k, v in cols.items()}
    if id_col is None:
        cols = dedupe(cols)
    t = cols[time_col]
    keys = [cols[c] for c in reversed(sort_cols)] + [t]
    order = np.lexsort(keys)
    cols = {k: v[order] for k, v in cols.items()}
    t = cols[time_col]
    day = (t + TZ_S) // DAY
    os.makedirs(os.path.join(out, folder), exist_ok=True)
    total = 0
    # ids over the whole table, in time order, so that they are stable across the day files
    tab = to_arrow(w, name, cols, id_col=id_col)
    for dv in np.unique(day):
        lo, hi = np.searchsorted(day, [dv, dv + 1])
        date = np.datetime64(int(dv), "D").astype(str)
        pq.write_table(tab.slice(lo, hi - lo), os.path.join(out, folder, f"{folder}-{date}.parquet"),
                       compression="zstd")
        total += int(hi - lo)
    return total


NUM_COLS = {"voice": ("caller", "callee"), "sms": ("sender", "receiver"), "device": ("msisdn",), "web": ("msisdn",),
            "apps": ("msisdn",)}


def write(w: World, out: str) -> dict:
    counts = {}
    subs = w.T["subscribers"].finish()
    o = np.argsort(subs["msisdn"], kind="stable")
    keys, opened = subs["msisdn"][o], subs["open_time"][o]

    def opened_ok(num, t):
        i = np.clip(np.searchsorted(keys, num), 0, len(keys) - 1)
        known = keys[i] == num
        return ~known | (t >= opened[i])
    w.opened_ok = opened_ok
    prefix = f"AH{w.seed}"
    counts["voice"] = write_by_day(w, "voice", "voice", "start_time", out, ("call_id", prefix + "V"),
                                   ("caller", "callee"))
    counts["sms"] = write_by_day(w, "sms", "sms", "send_time", out, ("sms_id", prefix + "S"), ("sender", "receiver"))
    counts["device"] = write_by_day(w, "device", "device", "time", out, sort_cols=("msisdn",))
    counts["web"] = write_by_day(w, "web", "web", "time", out, sort_cols=("msisdn",))
    counts["apps"] = write_by_day(w, "apps", "apps", "time", out, sort_cols=("msisdn",))
    counts["transfers"] = write_by_day(w, "transfers", "transfers", "time", out, ("txn_id", prefix + "T"),
                                       ("from_account",))
    # internet accounts: one Parquet file (registrations over years)
    cols = w.T["internet_accounts"].finish()
    order = np.lexsort([cols["msisdn"], cols["register_time"]])
    tab = to_arrow(w, "internet_accounts", cols, order)
    os.makedirs(os.path.join(out, "internet_accounts"), exist_ok=True)
    pq.write_table(tab, os.path.join(out, "internet_accounts", "internet_accounts.parquet"), compression="zstd")
    counts["internet_accounts"] = tab.num_rows
    # dimension tables and feedback as CSV
    for name, folder, sort in (("subscribers", "subscribers", "msisdn"), ("bank_accounts", "bank_accounts", None),
                               ("reports", "reports", "time"), ("lists", "lists", None)):
        cols = w.T[name].finish()
        if name == "subscribers" and w.status_updates:
            keys = np.array(sorted(w.status_updates), dtype=np.int64)
            pos = np.flatnonzero(np.isin(cols["msisdn"], keys))
            j = np.searchsorted(keys, cols["msisdn"][pos])
            st = w.T[name].vocab["status"]
            cols["status"][pos] = [st.code(w.status_updates[int(k)][0]) for k in keys[j].tolist()]
            cols["status_time"][pos] = [w.status_updates[int(k)][1] for k in keys[j].tolist()]
        order = np.argsort(cols[sort], kind="stable") if sort else None
        idc = ("report_id", f"R{w.seed}-") if name == "reports" else None
        tab = to_arrow(w, name, cols, order, csv=True, id_col=idc)
        write_csv(tab, os.path.join(out, folder, f"{folder}.csv"))
        counts[name] = tab.num_rows
    cells = pa.table({"cell": pa.array(w.cell_names), "lat": pa.array(w.cell_lat), "lon": pa.array(w.cell_lon),
                      "region": pa.array(w.cell_region), "site_type": pa.array(w.cell_site)})
    write_csv(cells, os.path.join(out, "cells", "cells.csv"))
    counts["cells"] = cells.num_rows
    # truth
    cols = w.T["truth_entities"].finish()
    tab = to_arrow(w, "truth_entities", cols, csv=True)
    write_csv(tab, os.path.join(out, "truth", "entities", "entities.csv"))
    counts["truth_entities"] = tab.num_rows
    cols = w.T["truth_events"].finish()
    order = np.argsort(cols["time"], kind="stable")
    tab = to_arrow(w, "truth_events", cols, order, csv=True)
    write_csv(tab, os.path.join(out, "truth", "events", "events.csv"))
    counts["truth_events"] = tab.num_rows
    return counts
