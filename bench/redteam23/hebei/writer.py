"""Turns the sink's column chunks into the interchange-v1 folder layout.

Formats vary on purpose, all within the spec: voice and device as Parquet per day with zoned timestamps,
sms as Parquet per day with ISO-8601 text times, web as CSV.gz per day, apps as JSON Lines per day,
transfers as CSV per day, small tables as CSV, CSV.gz, Parquet or JSON Lines.gz. Every gzip stream is written
with mtime 0 so the same seed gives the same bytes.
"""

from __future__ import annotations

import gzip
import io
import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from . import catalog
from .everyday import PLATFORMS
from .social import COUNTRIES
from .traffic import CALL_TYPES, CHANNELS, EVENTS, RESULTS
from .world import DAY, TZ, World

ZONE = "Asia/Shanghai"
PLATFORMS_STATUS = ["normal", "cancelled", "banned"]

SPEC = {
    "voice": [("call_id", "id"), ("start_time", "time"), ("caller", "num"), ("callee", "num"),
              ("duration_s", "int"), ("ring_s", "int"), ("result", "enum", RESULTS), ("caller_imei", "num"),
              ("caller_imsi", "num"), ("caller_cell", "cell"), ("callee_cell", "cell"),
              ("caller_roaming_country", "enum", COUNTRIES), ("call_type", "enum", CALL_TYPES),
              ("media", "enum", ["voice", "video"]), ("gateway", "voc", "gateway")],
    "sms": [("sms_id", "id"), ("send_time", "time"), ("sender", "num"), ("receiver", "num"), ("content", "voc", "text"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", "enum", COUNTRIES)],
    "device": [("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"),
               ("event", "enum", EVENTS), ("roaming_country", "enum", COUNTRIES), ("bytes", "int")],
    "web": [("time", "time"), ("msisdn", "num"), ("domain", "voc", "domain"), ("url", "voc", "url"),
            ("ip", "voc", "ip"), ("bytes", "int"), ("app", "voc", "app")],
    "apps": [("time", "time"), ("msisdn", "num"), ("app", "voc", "app"), ("event", "enum", ["install", "use"]),
             ("source_url", "voc", "url")],
    "transfers": [("txn_id", "id"), ("time", "time"), ("from_account", "acct"), ("to_account", "acct"),
                  ("amount", "float"), ("currency", "enum", ["CNY", "USD", "RUB"]), ("channel", "enum", CHANNELS),
                  ("initiated_msisdn", "num")],
    "internet_accounts": [("platform", "enum", None), ("account", "str"), ("msisdn", "num"),
                          ("register_time", "time"), ("status", "enum", PLATFORMS_STATUS)],
    "reports": [("report_id", "str"), ("time", "time"), ("entity_type", "str"), ("entity", "str"), ("label", "str"),
                ("fraud_type", "str"), ("loss_amount", "float"), ("source", "str")],
    "lists": [("entity_type", "str"), ("entity", "str"), ("list", "str"), ("reason", "str"), ("added_time", "time"),
              ("expires_time", "time")],
}
DAILY = {"voice": ("start_time", "parquet_ts", "voice/cdr_{ymd}.parquet", "C"),
         "sms": ("send_time", "parquet_txt", "sms/sms-{iso}.parquet", "M"),
         "device": ("time", "parquet_ts", "device/net_{md}.parquet", None),
         "web": ("time", "csv.gz", "web/dpi_{iso}.csv.gz", None),
         "apps": ("time", "jsonl", "apps/apps_{iso}.jsonl", None),
         "transfers": ("time", "csv", "transfers/txn_{ymd}.csv", "T")}


def iso(t: np.ndarray) -> np.ndarray:
    t = np.asarray(t, np.int64)
    s = np.datetime_as_string((t + TZ).astype("datetime64[s]"), unit="s")
    return np.where(t >= 0, np.char.add(s, "+08:00"), "")


def concat(w: World, table: str) -> dict[str, np.ndarray]:
    chunks = w.sink.chunks.get(table, [])
    names = []
    for c in chunks:
        for k in c:
            if k not in names:
                names.append(k)
    out = {}
    for k in names:
        parts = []
        dtype = next(c[k].dtype for c in chunks if k in c)
        for c in chunks:
            n = len(next(iter(c.values())))
            if k in c:
                parts.append(c[k])
            else:
                parts.append(np.full(n, -1, dtype) if dtype.kind in "iu" else np.full(n, np.nan if dtype.kind == "f"
                                                                                       else "", dtype))
        if dtype.kind in "iu":
            out[k] = np.concatenate([p.astype(np.int64) for p in parts])
        else:
            out[k] = np.concatenate(parts)
    return out


class Writer:
    def __init__(self, w: World, out: str):
        self.w, self.out = w, out
        self.acct_ids = pa.array(w.account_ids(np.arange(w.accounts.n)))
        self.cells = pa.array(w.cell_id)
        self.counts: dict[str, int] = {}

    def path(self, rel: str) -> str:
        p = os.path.join(self.out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def column(self, spec, values: np.ndarray, text_time: bool) -> pa.Array:
        kind = spec[1]
        if kind == "num":
            return pa.array(values, type=pa.int64(), mask=values < 0).cast(pa.string())
        if kind == "int":
            return pa.array(values, type=pa.int64(), mask=values < 0)
        if kind == "float":
            return pa.array(values, type=pa.float64(), mask=np.isnan(values))
        if kind == "time":
            if text_time:
                s = iso(values)
                return pa.array(s, mask=values < 0)
            return pa.array(values, type=pa.timestamp("s", tz=ZONE), mask=values < 0)
        if kind == "cell":
            return pc.take(self.cells, pa.array(values, type=pa.int64(), mask=values < 0))
        if kind == "acct":
            return pc.take(self.acct_ids, pa.array(values, type=pa.int64(), mask=values < 0))
        if kind in ("enum", "voc"):
            items = spec[2] if kind == "enum" else self.w.voc(spec[2]).items
            if items is None:
                items = PLATFORMS
            return pc.take(pa.array(items, pa.string()), pa.array(values, type=pa.int64(), mask=values < 0))
        if kind == "str":
            v = values.astype(str)
            return pa.array(v, mask=v == "")
        raise ValueError(kind)

    def table(self, name: str, cols: dict, text_time: bool, ids: np.ndarray | None = None) -> pa.Table:
        arrays, names = [], []
        for spec in SPEC[name]:
            if spec[1] == "id":
                arrays.append(pa.array(ids))
            elif spec[0] in cols:
                arrays.append(self.column(spec, cols[spec[0]], text_time))
            else:
                continue
            names.append(spec[0])
        return pa.table(arrays, names=names)

    # ---- formats ----
    def write(self, tbl: pa.Table, rel: str, fmt: str) -> None:
        p = self.path(rel)
        if fmt.startswith("parquet"):
            pq.write_table(tbl, p, compression="zstd", row_group_size=200_000)
        elif fmt in ("csv", "csv.gz"):
            buf = io.BytesIO()
            pacsv.write_csv(tbl, buf)
            data = buf.getvalue()
            with open(p, "wb") as f:
                f.write(gzip.compress(data, compresslevel=6, mtime=0) if fmt == "csv.gz" else data)
        elif fmt in ("jsonl", "jsonl.gz"):
            data = jsonl(tbl)
            with open(p, "wb") as f:
                f.write(gzip.compress(data, compresslevel=6, mtime=0) if fmt == "jsonl.gz" else data)
        else:
            raise ValueError(fmt)
        self.counts[rel.split("/")[0]] = self.counts.get(rel.split("/")[0], 0) + tbl.num_rows

    def daily(self, name: str) -> None:
        w = self.w
        tcol, fmt, pattern, idp = DAILY[name]
        cols = concat(w, name)
        if not cols:
            return
        t = cols[tcol]
        keep = (t >= w.start) & (t < w.end)
        cols = {k: v[keep] for k, v in cols.items()}
        order = np.argsort(cols[tcol], kind="stable")
        cols = {k: v[order] for k, v in cols.items()}
        if idp is None:  # key-less record types: drop exact repeats (whole row is the identity)
            keys = [cols[k] for k in reversed(list(cols)) if cols[k].dtype.kind in "iuf"]
            o = np.lexsort(keys)
            same = np.ones(len(o), bool)
            for k in keys:
                same[1:] &= k[o][1:] == k[o][:-1]
            same[0] = False
            drop = np.zeros(len(o), bool)
            drop[o[same]] = True
            cols = {k: v[~drop] for k, v in cols.items()}
        day = (cols[tcol] - w.start) // DAY
        bounds = np.searchsorted(day, np.arange(w.days + 1))
        for d in range(w.days):
            a, b = bounds[d], bounds[d + 1]
            if b <= a:
                continue
            part = {k: v[a:b] for k, v in cols.items()}
            date = np.datetime64("2030-07-26") + np.timedelta64(d, "D")
            iso_d = str(date)
            ymd = iso_d.replace("-", "")
            ids = None
            if idp:
                seq = np.arange(b - a)
                ids = np.char.add(f"{idp}{ymd[2:]}", np.char.zfill(seq.astype(str), 7))
                if name == "voice":
                    ids = np.char.add(np.char.add("JL", ids), np.where(part["call_type"] >= 3, "I", "L"))
            tbl = self.table(name, part, fmt != "parquet_ts", ids)
            self.write(tbl, pattern.format(ymd=ymd, iso=iso_d, md=ymd[4:]), fmt)


def jsonl(tbl: pa.Table) -> bytes:
    lines = None
    for i, name in enumerate(tbl.column_names):
        col = tbl.column(i)
        if pa.types.is_string(col.type):
            frag = pc.binary_join_element_wise('"', col, '"', "")
        else:
            frag = pc.cast(col, pa.string())
        frag = pc.fill_null(frag, "null")
        key = ('{"' if i == 0 else ',"') + name + '":'
        frag = pc.binary_join_element_wise(key, frag, "")
        lines = frag if lines is None else pc.binary_join_element_wise(lines, frag, "")
    if lines is None or len(lines) == 0:
        return b""
    lines = pc.binary_join_element_wise(lines, "}", "")
    return ("\n".join(lines.to_pylist()) + "\n").encode()


ID_TYPES = ["resident_id", "passport", "business_license"]
LINE_TYPES = ["mobile", "fixed", "voip", "iot"]
STATUS = ["active", "suspended", "closed"]
ACCT_STATUS = ["normal", "frozen", "closed"]


def write_static(wr: Writer) -> None:
    w = wr.w
    L = w.lines
    m = L["listed"]
    idx = np.nonzero(m)[0]
    person = L["person"][idx]
    pk = w.persons["kind"][person]
    lt = L["line_type"][idx]
    ent = L["enterprise"][idx]
    st = L["status"][idx]
    stt = L["status_time"][idx]
    cols = {
        "msisdn": wr.column((0, "num"), L["msisdn"][idx], True),
        "imsi": wr.column((0, "num"), L["imsi"][idx], True),
        "id_key": pa.array(w.id_keys(person)),
        "id_type": pa.array(np.array(ID_TYPES)[pk]),
        "customer_type": pa.array(np.where(ent | (pk == 2), "enterprise", "personal")),
        "line_type": pa.array(np.array(LINE_TYPES)[lt]),
        "operator": pa.array(np.full(len(idx), "JLT")),
        "open_time": pa.array(iso(L["open_time"][idx])),
        "open_channel": pc.take(pa.array(w.voc("channel").items), pa.array(L["channel"][idx], type=pa.int64())),
        "open_cell": wr.column((0, "cell"), L["open_cell"][idx], True),
        "status": pa.array(np.array(STATUS)[st]),
        "status_time": pa.array(iso(stt), mask=stt < 0),
        "is_prepaid": pa.array(L["prepaid"][idx]),
        "home_region": pa.array(w.region_code[np.maximum(L["region"][idx], 0)]),
    }
    tbl = pa.table(cols)
    mob = np.isin(lt, [0, 3])
    wr.write(tbl.filter(pa.array(mob)), "subscribers/jlt_mobile_iot.csv.gz", "csv.gz")
    wr.write(tbl.filter(pa.array(~mob)), "subscribers/jlt_fixed_voip.csv", "csv")
    cells = pa.table({"cell": pa.array(w.cell_id), "lat": pa.array(w.cell_lat), "lon": pa.array(w.cell_lon),
                      "region": pa.array(w.region_name[w.dist_region[w.cell_dist]]),
                      "site_type": pa.array(w.cell_site)})
    wr.write(cells, "cells/jlt_sites.csv", "csv")
    A = w.accounts
    a = np.nonzero(A["feed"])[0]
    bank_names = [b[0] for b in catalog.BANKS] + ["WECHATPAY", "ALIPAY"]
    bound = A["bound"][a]
    bank_tbl = pa.table({
        "account_id": pc.take(wr.acct_ids, pa.array(a)),
        "id_key": pa.array(w.id_keys(A["person"][a])),
        "bank": pa.array(np.array(bank_names)[A["bank"][a]]),
        "open_time": pa.array(A["open_time"][a], type=pa.timestamp("s", tz=ZONE)),
        "bound_msisdn": wr.column((0, "num"), bound, False),
        "status": pa.array(np.array(ACCT_STATUS)[A["status"][a]]),
    })
    wr.write(bank_tbl, "bank_accounts/accounts.parquet", "parquet")
    ia = concat(w, "internet_accounts")
    if ia:
        o = np.lexsort((ia["msisdn"], ia["register_time"]))
        ia = {k: v[o] for k, v in ia.items()}
        wr.write(wr.table("internet_accounts", ia, True), "internet_accounts/platform_feed.jsonl.gz", "jsonl.gz")
    for name, rel, fmt in (("reports", "reports/feedback.csv", "csv"), ("lists", "lists/lists.csv", "csv")):
        cols = concat(w, name)
        if cols:
            o = np.argsort(cols["time" if name == "reports" else "added_time"], kind="stable")
            cols = {k: v[o] for k, v in cols.items()}
            wr.write(wr.table(name, cols, True), rel, fmt)


ROLE_RANK = {"benign": 0, "victim": 1}


def write_truth(wr: Writer) -> None:
    w = wr.w
    parts = w.truth.parts
    et = np.concatenate([np.full(len(p[1]), p[0]) for p in parts])
    ent = np.concatenate([p[1] for p in parts])
    role = np.concatenate([np.full(len(p[1]), p[2]) for p in parts])
    gang = np.concatenate([np.full(len(p[1]), p[3]) for p in parts])
    scheme = np.concatenate([np.full(len(p[1]), p[4]) for p in parts])
    first = np.concatenate([p[5] for p in parts])
    rank = np.array([ROLE_RANK.get(r, 2 if r.startswith("lookalike:") else 3) for r in np.unique(role)])
    rank = rank[np.searchsorted(np.unique(role), role)]
    key = np.char.add(np.char.add(et, "|"), ent)
    order = np.arange(len(key))
    o = np.lexsort((order, -rank, key))
    k = key[o]
    firsts = np.ones(len(o), bool)
    firsts[1:] = k[1:] != k[:-1]
    sel = np.sort(o[firsts])
    tbl = pa.table({"entity_type": pa.array(et[sel]), "entity": pa.array(ent[sel]), "role": pa.array(role[sel]),
                    "gang_id": pa.array(gang[sel]), "scheme": pa.array(scheme[sel]),
                    "first_active": pa.array(iso(first[sel]), mask=first[sel] < 0)})
    wr.write(tbl, "truth/entities/entities.csv", "csv")
    ev = w.losses
    if ev:
        victim = np.concatenate([e["victim"] for e in ev])
        t = np.concatenate([e["time"] for e in ev])
        amt = np.concatenate([e["amount"] for e in ev])
        to = np.concatenate([e["to"] for e in ev])
        o = np.argsort(t, kind="stable")
        tbl = pa.table({"victim": pa.array(victim[o].astype(str)), "time": pa.array(iso(t[o])),
                        "amount": pa.array(np.round(amt[o], 2)), "to_account": pc.take(wr.acct_ids, pa.array(to[o]))})
        wr.write(tbl, "truth/events/losses.csv", "csv")
