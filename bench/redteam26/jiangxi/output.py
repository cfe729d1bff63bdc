"""Writes the interchange v1 folders (CSV, gzip with mtime 0) and the truth folder.

Event record types are sorted by time and split into one file per local day (``voice/voice-20330601.csv.gz``);
dimensions (subscribers, cells, bank and platform accounts, reports, lists) are one file each. Identifiers
of records (call, message, transfer and report ids) are given after sorting, so they rise with time.
"""

from __future__ import annotations

import gzip
import io
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from .catalog import COUNTRIES, OPERATOR
from .core import DAY, NULL_T, T0, TZ
from .world import LINE_NAMES

SCHEMAS = {
    "voice": (("call_id", "id"), ("start_time", "time"), ("caller", "num"), ("callee", "num"), ("duration_s", "int"),
              ("ring_s", "int"), ("result", "str"), ("caller_imei", "num"), ("caller_imsi", "num"),
              ("caller_cell", "cell"), ("callee_cell", "cell"), ("caller_roaming_country", "cc"),
              ("call_type", "str"), ("media", "str"), ("gateway", "str")),
    "sms": (("sms_id", "id"), ("send_time", "time"), ("sender", "num"), ("receiver", "num"), ("content", "str"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", "cc")),
    "device": (("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"),
               ("event", "str"), ("roaming_country", "cc"), ("bytes", "int")),
    "web": (("time", "time"), ("msisdn", "num"), ("domain", "str"), ("url", "str"), ("ip", "str"), ("bytes", "int"),
            ("app", "str")),
    "apps": (("time", "time"), ("msisdn", "num"), ("app", "str"), ("event", "str"), ("source_url", "str")),
    "transfers": (("txn_id", "id"), ("time", "time"), ("from_account", "acct"), ("to_account", "acct"),
                  ("amount", "float"), ("currency", "str"), ("channel", "str"), ("initiated_msisdn", "num")),
    "reports": (("report_id", "id"), ("time", "time"), ("entity_type", "str"), ("entity", "str"), ("label", "str"),
                ("fraud_type", "str"), ("loss_amount", "float"), ("source", "str")),
    "lists": (("entity_type", "str"), ("entity", "str"), ("list", "str"), ("reason", "str"), ("added_time", "time"),
              ("expires_time", "time")),
}
ID_PREFIX = {"voice": "GTV", "sms": "GTS", "transfers": "TXN", "reports": "RPT"}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "lists": "added_time"}
DAILY = ("voice", "sms", "device", "web", "apps", "transfers")
_NULLS = {"time": NULL_T, "num": 0, "int": -1, "cell": -1, "cc": -1, "acct": -1, "float": np.nan, "str": None}
_DTYPES = {"time": np.int64, "num": np.int64, "int": np.int64, "cell": np.int64, "cc": np.int64, "acct": np.int64,
           "float": np.float64, "str": object}


def concat(tab, table: str, schema) -> dict:
    parts = tab.parts.get(table, [])
    out = {}
    for name, kind in schema:
        if kind == "id":
            continue
        chunks = []
        for n, cols in parts:
            v = cols.get(name)
            if v is None:
                chunks.append(np.full(n, _NULLS[kind], dtype=_DTYPES[kind]))
            else:
                a = np.asarray(v, dtype=_DTYPES[kind]) if kind != "str" else np.asarray(v, dtype=object)
                chunks.append(np.broadcast_to(a, (n,)) if a.ndim == 0 else a)
        out[name] = np.concatenate(chunks) if chunks else np.zeros(0, dtype=_DTYPES[kind])
    return out


def to_arrow(name: str, kind: str, v: np.ndarray, w) -> pa.Array:
    if kind == "time":
        a = pa.array(v + TZ, type=pa.timestamp("s"), mask=v == NULL_T)
        return pc.strftime(a, format="%Y-%m-%dT%H:%M:%S+08:00")
    if kind == "num":
        return pa.array(v, mask=v == 0).cast(pa.string())
    if kind == "int":
        return pa.array(v, mask=v < 0)
    if kind == "float":
        return pa.array(np.round(v, 2), mask=np.isnan(v))
    if kind == "cell":
        return pa.array(w.cell_name[np.maximum(v, 0)], type=pa.string(), mask=v < 0)
    if kind == "cc":
        return pa.array(np.array(COUNTRIES, dtype=object)[np.maximum(v, 0)], type=pa.string(), mask=v < 0)
    if kind == "acct":
        return pa.array(w.bank.text(np.maximum(v, 0)), type=pa.string(), mask=v < 0)
    return pa.array(v, type=pa.string())


def csv_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pcsv.write_csv(table, buf, pcsv.WriteOptions(quoting_style="needed"))
    return buf.getvalue()


class Writer:
    def __init__(self, out: str, level: int = 5):
        self.out = out
        self.level = level
        self.pool = ThreadPoolExecutor(max_workers=2)
        self.jobs = []
        self.rows: dict[str, int] = {}

    def put(self, folder: str, fname: str, table: pa.Table) -> None:
        d = os.path.join(self.out, folder)
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, fname)
        data = csv_bytes(table)
        key = folder.split("/")[-1]
        self.rows[key] = self.rows.get(key, 0) + table.num_rows

        def job(path=path, data=data):
            with open(path, "wb") as f:
                f.write(gzip.compress(data, compresslevel=self.level, mtime=0))
        self.jobs.append(self.pool.submit(job))

    def close(self) -> None:
        for j in self.jobs:
            j.result()
        self.pool.shutdown()


def write_events(wr: Writer, w, table: str) -> None:
    schema = SCHEMAS[table]
    cols = concat(w.tab, table, schema)
    tcol = TIME_COL[table]
    t = cols[tcol]
    # a short window (--days) cuts what the full calendar would place later; events never precede the window
    keep = t < w.t_end
    if table in DAILY:
        keep &= t >= T0
    # a SIM swap: while the gang holds a number, the owner's own handset is off the network
    dev_col = {"voice": ("caller", "caller_imei"), "sms": ("sender", "sender_imei"), "device": ("msisdn", "imei")}
    if table in dev_col:
        nc, dc = dev_col[table]
        for num, a, b, gang_imei in getattr(w, "suppress", []):
            keep &= ~((cols[nc] == num) & (t >= a) & (t < b) & (cols[dc] != gang_imei) & (cols[dc] != 0))
    t = t[keep]
    order = np.flatnonzero(keep)[np.argsort(t, kind="stable")]
    if table == "device":  # a key-less record type: the same event twice would be one event
        o = order
        k = np.lexsort((cols["event"][o].astype(str), cols["imei"][o], cols["msisdn"][o], cols[tcol][o]))
        o2 = o[k]
        same = np.r_[False, (cols[tcol][o2][1:] == cols[tcol][o2][:-1]) & (cols["msisdn"][o2][1:] == cols["msisdn"][o2][:-1])
                     & (cols["imei"][o2][1:] == cols["imei"][o2][:-1]) & (cols["event"][o2][1:] == cols["event"][o2][:-1])]
        drop = np.zeros(len(cols[tcol]), dtype=bool)
        drop[o2[same]] = True
        order = order[~drop[order]]
        t = cols[tcol][order]
    cols = {k: v[order] for k, v in cols.items()}
    t = cols[tcol]
    assert len(t) == len(order)
    n = len(t)
    arrays = {}
    for name, kind in schema:
        if kind == "id":
            seq = pa.array(np.arange(1, n + 1, dtype=np.int64)).cast(pa.string())
            arrays[name] = pc.binary_join_element_wise(ID_PREFIX[table], pc.utf8_lpad(seq, width=10, padding="0"), "")
        else:
            arrays[name] = to_arrow(name, kind, cols[name], w)
    tbl = pa.table(arrays)
    if table in DAILY:
        day = (t - T0) // DAY
        bounds = np.searchsorted(day, np.arange(0, w.days + 1))
        if bounds[0] > 0 or bounds[-1] < n:
            raise RuntimeError(f"{table}: records outside the window")
        for d in range(w.days):
            s, e = int(bounds[d]), int(bounds[d + 1])
            stamp = np.datetime_as_string(np.datetime64(T0 + TZ + d * DAY, "s"), unit="D").replace("-", "")
            wr.put(table, f"{table}-{stamp}.csv.gz", tbl.slice(s, e - s))
    else:
        wr.put(table, f"{table}.csv.gz", tbl)


def write_dimensions(wr: Writer, w) -> None:
    n = w.n_own
    ids = np.array(w.id_key, dtype=object)
    idt = np.array(w.id_type, dtype=object)
    from .catalog import CITIES
    cur_imsi = np.where(w.imsi2_t[:n] < w.t_end, w.imsi2[:n], w.imsi[:n])
    city_names = np.array([c[1] for c in CITIES], dtype=object)
    sub = {
        "msisdn": pa.array(w.num[:n]).cast(pa.string()),
        "imsi": pa.array(cur_imsi, mask=cur_imsi == 0).cast(pa.string()),
        "id_key": pa.array(ids[w.id_of[:n]], type=pa.string()),
        "id_type": pa.array(idt[w.id_of[:n]], type=pa.string()),
        "customer_type": pa.array(np.where(w.enterprise[:n] | (idt[w.id_of[:n]] == "business_license"), "enterprise", "personal").astype(object), type=pa.string()),
        "line_type": pa.array(np.array(LINE_NAMES, dtype=object)[w.line[:n]], type=pa.string()),
        "operator": pa.array(np.full(n, OPERATOR, dtype=object), type=pa.string()),
        "open_time": to_arrow("open_time", "time", w.open_t[:n], w),
        "open_channel": pa.array(w.channel[:n], type=pa.string()),
        "open_cell": to_arrow("open_cell", "cell", w.open_cell[:n], w),
        "status": pa.array(np.array(["active", "suspended", "closed"], dtype=object)[w.status[:n]], type=pa.string()),
        "status_time": to_arrow("status_time", "time", w.status_t[:n], w),
        "is_prepaid": pa.array(w.prepaid[:n] == 1),
        "home_region": pa.array(city_names[w.city[:n]], type=pa.string()),
    }
    wr.put("subscribers", "subscribers.csv.gz", pa.table(sub))
    cells = {"cell": pa.array(w.cell_name, type=pa.string()), "lat": pa.array(w.cell_lat), "lon": pa.array(w.cell_lon),
             "region": pa.array(w.cell_region, type=pa.string()), "site_type": pa.array(w.cell_type, type=pa.string())}
    wr.put("cells", "cells.csv.gz", pa.table(cells))
    b = w.bank
    b.finish()
    bnd = b.bound_all
    bank = {"account_id": pa.array(b.ids_all, type=pa.string()), "id_key": pa.array(ids[b.holder_all], type=pa.string()),
            "bank": pa.array(b.bank_all, type=pa.string()), "open_time": to_arrow("open_time", "time", b.open_all, w),
            "bound_msisdn": pa.array(np.where(bnd >= 0, w.num[np.maximum(bnd, 0)], 0), mask=bnd < 0).cast(pa.string()),
            "status": pa.array(b.status_all, type=pa.string())}
    wr.put("bank_accounts", "bank_accounts.csv.gz", pa.table(bank))
    parts = w.platforms.parts
    plat = np.concatenate([np.full(len(p[1]), p[0], dtype=object) for p in parts])
    acc = np.concatenate([p[1] for p in parts])
    num = np.concatenate([p[2] for p in parts])
    t = np.concatenate([p[3] for p in parts])
    st = np.concatenate([p[4] for p in parts])
    o = np.argsort(t, kind="stable")
    ia = {"platform": pa.array(plat[o], type=pa.string()), "account": pa.array(acc[o], type=pa.string()),
          "msisdn": pa.array(num[o]).cast(pa.string()), "register_time": to_arrow("register_time", "time", t[o], w),
          "status": pa.array(st[o], type=pa.string())}
    wr.put("internet_accounts", "internet_accounts.csv.gz", pa.table(ia))


def write_truth(wr: Writer, w) -> None:
    seen = set()
    rows = []
    for r in w.truth.ents:
        k = (r[0], r[1])
        if k in seen:
            continue
        seen.add(k)
        rows.append(r)
    cols = list(zip(*rows, strict=True)) if rows else [[]] * 6
    first = np.array(cols[5], dtype=np.int64)
    ent = {"entity_type": pa.array(list(cols[0]), type=pa.string()), "entity": pa.array(list(cols[1]), type=pa.string()),
           "role": pa.array(list(cols[2]), type=pa.string()), "gang_id": pa.array([x or None for x in cols[3]], type=pa.string()),
           "scheme": pa.array([x or None for x in cols[4]], type=pa.string()),
           "first_active": to_arrow("first_active", "time", first, w)}
    wr.put("truth/entities", "entities.csv.gz", pa.table(ent))
    ev = w.truth.events
    ev = sorted(ev, key=lambda r: (r[1], r[0]))
    cols = list(zip(*ev, strict=True)) if ev else [[]] * 4
    evt = {"victim": pa.array(list(cols[0]), type=pa.string()),
           "time": to_arrow("time", "time", np.array(cols[1], dtype=np.int64), w),
           "amount": pa.array(np.round(np.array(cols[2], dtype=float), 2)), "to_account": pa.array(list(cols[3]), type=pa.string())}
    wr.put("truth/events", "events.csv.gz", pa.table(evt))


def write_all(out: str, w) -> dict:
    wr = Writer(out)
    for table in DAILY:
        write_events(wr, w, table)
    write_dimensions(wr, w)
    write_events(wr, w, "reports")
    write_events(wr, w, "lists")
    write_truth(wr, w)
    wr.close()
    return wr.rows
