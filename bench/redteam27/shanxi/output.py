"""Write the data set: one folder per interchange record type, CSV.gz (gzip mtime 0), one file per local day
for the high-volume types; truth/entities and truth/events. Rows are sorted, ids are assigned after sorting."""

from __future__ import annotations

import gzip
import io
import os
from datetime import datetime, timedelta

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from . import catalog as C
from .behave import Ctx
from .core import DAY, SCHEMAS, T0
from .world import ID_TYPES, LINE_NAMES, STATUS

DAILY = {"voice": ("start_time", "JYC"), "sms": ("send_time", "JYS"), "device": ("time", None),
         "web": ("time", None), "apps": ("time", None), "transfers": ("time", "TXN")}
LOCAL = 8 * 3600


class Writer:
    def __init__(self, ctx: Ctx, out: str):
        self.ctx, self.out = ctx, out
        self.rows: dict[str, int] = {}
        tod = np.arange(DAY)
        self.tod = pa.array([f"T{h:02d}:{m:02d}:{s:02d}+08:00" for h, m, s in
                             zip(tod // 3600, tod // 60 % 60, tod % 60, strict=True)])
        self.cell_arr = pa.array(ctx.W.cell_names)

    # --------------------------------------------------------------- conversions
    def times(self, t: np.ndarray) -> pa.Array:
        t = np.asarray(t, dtype=np.int64)
        null = t < 0
        loc = np.where(null, T0, t) + LOCAL
        day = loc // DAY
        d0 = int(day.min()) if day.size else 0
        d1 = int(day.max()) if day.size else 0
        base = datetime(1970, 1, 1)
        days = pa.array([(base + timedelta(days=d)).strftime("%Y-%m-%d") for d in range(d0, d1 + 1)])
        s = pc.binary_join_element_wise(pc.take(days, pa.array(day - d0)), pc.take(self.tod, pa.array(loc % DAY)), "")
        if null.any():
            s = pc.if_else(pa.array(null), pa.scalar(None, pa.string()), s)
        return s

    def column(self, kind: str, arr: np.ndarray) -> pa.Array:
        V = self.ctx.V
        if kind == "t":
            return self.times(arr)
        if kind in ("n", "k", "a"):
            a = pa.array(arr.astype(np.int64), mask=arr == 0).cast(pa.string())
            if kind == "k":
                a = pc.binary_join_element_wise("SXK", a, "")
            elif kind == "a":
                a = pc.binary_join_element_wise("U", a, "")
            return a
        if kind == "i":
            return pa.array(arr.astype(np.int64), mask=arr < 0)
        if kind == "f":
            return pa.array(arr.astype(float), mask=np.isnan(arr))
        if kind == "b":
            return pa.array(arr.astype(bool))
        if kind == "s":
            a = pa.array(arr, pa.string())
            return pc.if_else(pc.equal(a, ""), pa.scalar(None, pa.string()), a)
        if kind == "c":
            return pc.take(self.cell_arr, pa.array(arr.astype(np.int64), mask=arr < 0))
        if kind.startswith("v:"):
            words = pa.array(V.strings(kind[2:]), pa.string())
            return pc.take(words, pa.array(arr.astype(np.int64), mask=arr < 0))
        raise ValueError(kind)

    def write(self, rtype: str, name: str, table: pa.Table, folder: str | None = None):
        d = os.path.join(self.out, folder or rtype)
        os.makedirs(d, exist_ok=True)
        buf = io.BytesIO()
        pcsv.write_csv(table, buf)
        with open(os.path.join(d, name + ".csv.gz"), "wb") as f:
            f.write(gzip.compress(buf.getvalue(), compresslevel=1, mtime=0))
        self.rows[rtype] = self.rows.get(rtype, 0) + table.num_rows

    # --------------------------------------------------------------- record types
    def sink_table(self, rtype: str, order_cols: list[str], id_col=None, id_prefix=None) -> tuple[pa.Table, dict]:
        schema = SCHEMAS[rtype]
        cols = self.ctx.sink.table(rtype)
        if rtype == "voice":
            auto = cols["callee_cell"] == -2
            if auto.any():
                s = self.ctx.W.sim_of_number(cols["callee"][auto])
                hc = np.where(s >= 0, self.ctx.W.sims["home_cell"][np.maximum(s, 0)], -1)
                cc = cols["callee_cell"]
                cc[auto] = hc
        keyless = rtype in ("device", "web", "apps")
        if keyless:  # whole-row identity: sort on every column and drop repeated rows
            order_cols = order_cols + [c for c in schema if c not in order_cols]
        keys = [cols[c] for c in reversed(order_cols)]
        order = np.lexsort(keys) if keys else np.arange(len(next(iter(cols.values()))))
        cols = {k: v[order] for k, v in cols.items()}
        if keyless and order.size:
            same = np.ones(order.size - 1, bool)
            for c in schema:
                same &= cols[c][1:] == cols[c][:-1]
            keep = np.r_[True, ~same]
            cols = {k: v[keep] for k, v in cols.items()}
            order = order[keep]
        arrays, names = [], []
        if id_col:
            seq = pa.array(np.arange(1, order.size + 1, dtype=np.int64)).cast(pa.string())
            arrays.append(pc.binary_join_element_wise(id_prefix, pc.utf8_lpad(seq, 8, "0"), ""))
            names.append(id_col)
        for name, kind in schema.items():
            arrays.append(self.column(kind, cols[name]))
            names.append(name)
        return pa.Table.from_arrays(arrays, names=names), cols

    def daily(self, rtype: str):
        tcol, prefix = DAILY[rtype]
        schema = SCHEMAS[rtype]
        second = [c for c, k in schema.items() if k in ("n", "a") and c != tcol][:2]
        idc = {"voice": "call_id", "sms": "sms_id", "transfers": "txn_id"}.get(rtype)
        table, cols = self.sink_table(rtype, [tcol, *second], idc, prefix)
        day = (cols[tcol] - T0) // DAY
        bounds = np.searchsorted(day, np.arange(day.min(), day.max() + 2)) if day.size else [0]
        for k in range(len(bounds) - 1):
            a, b = int(bounds[k]), int(bounds[k + 1])
            if b > a:
                dd = int(day[a])
                self.write(rtype, f"{rtype}-{self.ctx.cal.date_str(dd)}", table.slice(a, b - a))

    def single(self, rtype: str, order_cols, id_col=None, prefix=None, folder=None, name=None):
        table, _ = self.sink_table(rtype, order_cols, id_col, prefix)
        self.write(rtype, name or rtype, table, folder)

    def subscribers(self):
        W, V = self.ctx.W, self.ctx.V
        s = W.sims.cols
        p = W.persons.cols
        order = np.argsort(s["msisdn"], kind="stable")
        g = {k: v[order] for k, v in s.items()}
        per = g["person"]
        ent = g["enterprise"]
        city_names = np.array([c[1] for c in C.CITIES], dtype=object)
        t = pa.table({
            "msisdn": self.column("n", g["msisdn"]),
            "imsi": self.column("n", g["imsi"]),
            "id_key": self.column("k", p["id_key"][per]),
            "id_type": pc.take(pa.array(ID_TYPES), pa.array(p["id_type"][per].astype(np.int64))),
            "customer_type": pc.take(pa.array(["personal", "enterprise"]), pa.array(ent.astype(np.int64))),
            "line_type": pc.take(pa.array(LINE_NAMES), pa.array(g["line"].astype(np.int64))),
            "operator": pa.array(np.full(order.size, C.OPERATOR, dtype=object), pa.string()),
            "open_time": self.times(g["open_time"]),
            "open_channel": self.column("v:shop", g["channel"]),
            "open_cell": self.column("c", g["open_cell"]),
            "status": pc.take(pa.array(STATUS), pa.array(g["status"].astype(np.int64))),
            "status_time": self.times(np.where(g["status_time"] > 0, g["status_time"], -1)),
            "is_prepaid": pa.array(g["prepaid"]),
            "home_region": pa.array(city_names[p["city"][per]], pa.string()),
        })
        _ = V
        self.write("subscribers", "subscribers", t)

    def cells(self):
        W = self.ctx.W
        t = pa.table({
            "cell": self.cell_arr,
            "lat": pa.array(W.cell_lat), "lon": pa.array(W.cell_lon),
            "region": pa.array([C.CITIES[i][1] for i in W.cell_city.tolist()]),
            "site_type": pa.array(W.cell_type),
        })
        self.write("cells", "cells", t)

    def bank_accounts(self):
        W = self.ctx.W
        b = W.banks.cols
        order = np.argsort(b["account"], kind="stable")
        g = {k: v[order] for k, v in b.items()}
        t = pa.table({
            "account_id": self.column("n", g["account"]),
            "id_key": self.column("k", W.persons["id_key"][g["person"]]),
            "bank": pc.take(pa.array([x[0] for x in C.BANKS]), pa.array(g["bank"].astype(np.int64))),
            "open_time": self.times(g["open_time"]),
            "bound_msisdn": self.column("n", g["bound"]),
            "status": pc.take(pa.array(["normal", "frozen", "closed"]), pa.array(g["status"].astype(np.int64))),
        })
        self.write("bank_accounts", "bank_accounts", t)

    def truth(self):
        cols = self.ctx.sink.table("truth_entities")
        et = np.asarray(self.ctx.V.strings("etype"), dtype=object)[cols["entity_type"]]
        role = np.asarray(self.ctx.V.strings("role"), dtype=object)[cols["role"]]
        gang = np.where(cols["gang_id"] >= 0, np.asarray(self.ctx.V.strings("gang") + [""], dtype=object)[cols["gang_id"]], "")
        key = np.char.add(np.char.add(np.char.add(np.char.add(et.astype(str), "|"), cols["entity"].astype(str)), "|"),
                          np.char.add(np.char.add(role.astype(str), "|"), gang.astype(str)))
        fa = np.where(cols["first_active"] < 0, np.iinfo(np.int64).max, cols["first_active"])
        order = np.lexsort((fa, key))
        key_s = key[order]
        keep = np.r_[True, key_s[1:] != key_s[:-1]][: key_s.size]
        sel = order[keep]
        sel = sel[np.lexsort((cols["entity"][sel].astype(str), role[sel].astype(str)))]
        self.ctx.sink.chunks["truth_entities"] = [{k: v[sel] for k, v in cols.items()}]
        self.single("truth_entities", [], folder="truth/entities", name="entities")
        self.single("truth_events", ["time", "victim"], folder="truth/events", name="events")

    def all(self):
        for rt in DAILY:
            self.daily(rt)
        self.subscribers()
        self.cells()
        self.bank_accounts()
        self.single("internet_accounts", ["register_time", "msisdn"])
        self.single("reports", ["time"], "report_id", "RPT")
        self.single("lists", ["added_time"])
        self.truth()
        return self.rows
