"""Turn the sink's column arrays into interchange files: event tables as Parquet per local day
(timestamps labelled Asia/Shanghai), dimensions, feedback and truth as CSV with +08:00 times."""

from __future__ import annotations

import gzip
import io
import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from registry import hex16, mix64
from texts import T, tok
from world import DAY, START, TABLES, TIME_COL, TZ_NAME, World

EVENT_TABLES = ("voice", "sms", "device", "web", "apps", "transfers")


def iso(t: np.ndarray) -> pa.Array:
    """Epoch seconds -> ISO-8601 text with +08:00 (null where t < 0)."""
    t = np.asarray(t, np.int64)
    s = np.datetime_as_string((t + 8 * 3600).astype("datetime64[s]"), unit="s")
    arr = pa.array(s, type=pa.string())
    arr = pc.binary_join_element_wise(arr, pa.scalar("+08:00"), "")
    return pc.if_else(pa.array(t < 0), pa.scalar(None, pa.string()), arr)


def _concat(parts, name, kind, n_rows):
    arrs = []
    for n, cols in parts:
        v = cols.get(name)
        if kind == "text":
            if v is None:
                v = (np.full(n, -1, np.int32), np.zeros(n, np.int64))
            arrs.append(v)
            continue
        if v is None:
            fill = np.nan if kind == "float" else -1
            dt = np.float64 if kind == "float" else (np.int32 if kind in ("str", "url") else np.int64)
            v = np.full(n, fill, dt)
        elif np.ndim(v) == 0:
            dt = np.float64 if kind == "float" else (np.int32 if kind in ("str", "url") else np.int64)
            v = np.full(n, v, dt)
        arrs.append(np.asarray(v))
    if kind == "text":
        return (np.concatenate([a[0] for a in arrs]).astype(np.int32), np.concatenate([a[1] for a in arrs]))
    out = np.concatenate(arrs)
    return out


def _strings(w: World, codes: np.ndarray) -> pa.Array:
    d = pa.array(w.I.strings, type=pa.string())
    idx = pa.array(codes.astype(np.int32), mask=codes < 0)
    return d.take(idx)


def _content(tpl: np.ndarray, param: np.ndarray) -> pa.Array:
    pre = pa.array([x[0] for x in T.tpl], type=pa.string())
    suf = pa.array([x[1] for x in T.tpl], type=pa.string())
    kinds = [x[2] for x in T.tpl]
    null = tpl < 0
    tp = np.where(null, 0, tpl)
    kind_idx = np.array([-1 if k is None else (0 if k == "tok" else (1 if k == "amt" else int(k[1:]) + 10))
                         for k in kinds])[tp]
    base = pc.cast(pa.array(param), pa.string())
    out = pc.if_else(pa.array(kind_idx == -1), pa.scalar(""), base)
    tk = pa.array(tok(param), type=pa.binary()).cast(pa.string())
    out = pc.if_else(pa.array(kind_idx == 0), tk, out)
    for k in np.unique(kind_idx[kind_idx >= 10]):
        m = pa.array(kind_idx == k)
        out = pc.if_else(m, pc.utf8_lpad(base, int(k) - 10, "0"), out)
    res = pc.binary_join_element_wise(pre.take(pa.array(tp)), out, suf.take(pa.array(tp)), "")
    return pc.if_else(pa.array(null), pa.scalar(None, pa.string()), res)


def _pacct(w: World, platform_codes: np.ndarray, h: np.ndarray) -> pa.Array:
    u = mix64(h, w.reg.pacct_salt)
    hx = pa.array(hex16(u), type=pa.binary()).cast(pa.string())
    digits = pc.cast(pa.array((u % np.uint64(9 * 10**9)).astype(np.int64) + 10**9), pa.string())
    plats = np.array(w.I.strings, dtype=object)[platform_codes]
    out = pc.binary_join_element_wise(pa.scalar("u_"), pc.utf8_slice_codeunits(hx, 0, 12), "")
    out = pc.if_else(pa.array(plats == "wechat"), pc.binary_join_element_wise(pa.scalar("wxid_"),
                                                                                pc.utf8_slice_codeunits(hx, 0, 14), ""), out)
    out = pc.if_else(pa.array(plats == "qq"), digits, out)
    out = pc.if_else(pa.array(plats == "alipay"), pc.binary_join_element_wise(pa.scalar("2088"), digits, ""), out)
    out = pc.if_else(pa.array(plats == "douyin"), pc.binary_join_element_wise(pa.scalar("dy"), digits, ""), out)
    return out


def build(w: World, table: str, csv_times: bool):
    """Arrow table of one interchange table, sorted by its time column; also returns the day per row."""
    parts = w.sink.parts[table]
    n = sum(p[0] for p in parts)
    spec = TABLES[table]
    raw = {name: _concat(parts, name, kind, n) for name, kind in spec if not kind.startswith("seq")}
    tcol = TIME_COL[table]
    t = raw[tcol]
    if table in EVENT_TABLES:
        keep = (t >= w.start) & (t < w.end)
        if not keep.all():  # follow-ups that would fall after the export's end are not exported
            raw = {k: ((v[0][keep], v[1][keep]) if isinstance(v, tuple) else v[keep]) for k, v in raw.items()}
            t = raw[tcol]
    if table == "subscribers" and getattr(w, "sub_status", None):
        pos = {int(x): i for i, x in enumerate(raw["msisdn"])}
        for nums, status, ts in w.sub_status:
            for x, st in zip(nums, ts, strict=True):
                i = pos.get(int(x))
                if i is not None and st < w.end:
                    raw["status"][i] = w.I(status)
                    raw["status_time"][i] = st
    order = np.argsort(t, kind="stable")
    raw = {k: ((v[0][order], v[1][order]) if isinstance(v, tuple) else v[order]) for k, v in raw.items()}
    n = len(order)
    cols = {}
    for name, kind in spec:
        if kind.startswith("seq:"):
            seq = pc.utf8_lpad(pc.cast(pa.array(np.arange(1, n + 1)), pa.string()), 9, "0")
            prefix = f"{kind[4:]}{w.seed % 1000:03d}"
            cols[name] = pc.binary_join_element_wise(pa.scalar(prefix), seq, "")
            continue
        v = raw[name]
        if kind == "num":
            cols[name] = pc.cast(pa.array(v, mask=v < 0), pa.string())
        elif kind == "time":
            if csv_times:
                cols[name] = iso(v)
            else:
                cols[name] = pa.array(v.astype("datetime64[s]"), mask=v < 0, type=pa.timestamp("s", tz=TZ_NAME))
        elif kind == "int":
            cols[name] = pa.array(v, mask=v < 0, type=pa.int64())
        elif kind == "float":
            cols[name] = pa.array(v, type=pa.float64(), from_pandas=True)
        elif kind == "bool":
            cols[name] = pa.array(v == 1, mask=v < 0)
        elif kind == "str":
            cols[name] = _strings(w, v)
        elif kind == "id":
            cols[name] = pc.if_else(pa.array(v <= 0), pa.scalar(None, pa.string()),
                                    pa.array(w.reg.id_text(np.maximum(v, 0)), type=pa.binary()).cast(pa.string()))
        elif kind == "acct":
            cols[name] = pc.if_else(pa.array(v <= 0), pa.scalar(None, pa.string()),
                                    pa.array(w.reg.acct_text(np.maximum(v, 0)), type=pa.binary()).cast(pa.string()))
        elif kind == "text":
            cols[name] = _content(*v)
        elif kind == "url":
            dom = _strings(w, raw["domain"])
            path = _strings(w, v)
            u = pc.binary_join_element_wise(pa.scalar("https://"), dom, path, "")
            cols[name] = pc.if_else(pa.array(v < 0), pa.scalar(None, pa.string()), u)
        elif kind == "pacct":
            cols[name] = _pacct(w, raw["platform"], v)
        else:
            raise ValueError(kind)
    day = (t[order] - START) // DAY
    return pa.table(cols), day


def write_csv(table: pa.Table, path: str, gz: bool = False):
    buf = io.BytesIO()
    pacsv.write_csv(table, buf, pacsv.WriteOptions(quoting_style="needed"))
    data = buf.getvalue()
    if gz:
        with open(path, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as g:
            g.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)


def write_all(w: World, out: str) -> dict:
    counts = {}
    os.makedirs(out, exist_ok=True)
    for table in TABLES:
        d = os.path.join(out, table)
        os.makedirs(d, exist_ok=True)
        if table in EVENT_TABLES:
            tab, day = build(w, table, csv_times=False)
            bounds = np.searchsorted(day, np.arange(w.days + 1))
            for k in range(w.days):
                part = tab.slice(bounds[k], bounds[k + 1] - bounds[k])
                if part.num_rows:
                    pq.write_table(part, os.path.join(d, f"{table}-{w.dates[k].isoformat()}.parquet"),
                                   compression="zstd", write_statistics=True)
        else:
            tab, _ = build(w, table, csv_times=True)
            if table == "internet_accounts":
                write_csv(tab, os.path.join(d, f"{table}.csv.gz"), gz=True)
            else:
                write_csv(tab, os.path.join(d, f"{table}.csv"))
        counts[table] = tab.num_rows
        del tab
    os.makedirs(os.path.join(out, "cells"), exist_ok=True)
    ct = w.cells.write()
    write_csv(ct, os.path.join(out, "cells", "cells.csv"))
    counts["cells"] = ct.num_rows
    return counts


def write_rows(path: str, header: list[str], rows: list[tuple], time_cols=()):
    """Small tables (reports, lists, truth): rows of Python values, times as epoch ints."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    cols = {}
    for i, h in enumerate(header):
        vals = [r[i] for r in rows]
        if h in time_cols:
            arr = np.array([-1 if v is None else v for v in vals], dtype=np.int64)
            cols[h] = iso(arr)
        elif vals and all(isinstance(v, float | int) or v is None for v in vals) and h in ("loss_amount", "amount"):
            cols[h] = pa.array([None if v is None else float(v) for v in vals], type=pa.float64())
        else:
            cols[h] = pa.array([None if v is None else str(v) for v in vals], type=pa.string())
    write_csv(pa.table(cols), path)
    return len(rows)
