"""Hubei over the 2028 Spring Festival rush: calendar, cities, cells, number plans and the table builder.

Everything is vectorised with numpy; times are int64 epoch seconds (UTC) until written, when they become
Parquet timestamps labelled Asia/Shanghai.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

TZ = ZoneInfo("Asia/Shanghai")
T0 = int(datetime(2028, 1, 16, tzinfo=TZ).timestamp())  # Sunday 16 Jan 2028 00:00 +08:00
DAY = 86400
DAYS = 17  # 16 Jan .. 1 Feb
HISTORY = 10  # 16 Jan .. 25 Jan (New Year's Eve, 除夕); window 26 Jan (正月初一) .. 1 Feb
EVE = 9  # 25 Jan 2028, 除夕
NEWYEAR = 10  # 26 Jan 2028, 春节
HOLIDAY = np.zeros(DAYS, bool)
HOLIDAY[9:16] = True  # statutory holiday 25-31 Jan
WEEKDAY = np.array([(6 + d) % 7 for d in range(DAYS)])  # 0 = Monday; day 0 is a Sunday
WORKDAY = (WEEKDAY < 5) & ~HOLIDAY
OPERATOR = "chutian_mobile"

# city code, name, lat, lon, population weight, cells, fixed-line area code, villages share
CITIES = [
    ("WH", "武汉", 30.593, 114.305, 0.34, 170, "27", 0.05),
    ("YC", "宜昌", 30.692, 111.286, 0.08, 30, "717", 0.25),
    ("XY", "襄阳", 32.009, 112.122, 0.09, 30, "710", 0.25),
    ("JZ", "荆州", 30.335, 112.240, 0.08, 28, "716", 0.35),
    ("SY", "十堰", 32.629, 110.798, 0.05, 20, "719", 0.35),
    ("HG", "黄冈", 30.447, 114.872, 0.09, 30, "713", 0.45),
    ("XG", "孝感", 30.924, 113.910, 0.07, 24, "712", 0.40),
    ("ES", "恩施", 30.272, 109.488, 0.05, 26, "718", 0.55),
    ("JM", "荆门", 31.035, 112.199, 0.04, 15, "724", 0.35),
    ("XN", "咸宁", 29.841, 114.322, 0.04, 15, "715", 0.35),
    ("SZ", "随州", 31.690, 113.382, 0.03, 12, "722", 0.40),
    ("XT", "仙桃", 30.362, 113.454, 0.02, 10, "728", 0.40),
    ("EZ", "鄂州", 30.391, 114.894, 0.02, 10, "711", 0.30),
]
CITY_CODES = [c[0] for c in CITIES]
CITY_W = np.array([c[4] for c in CITIES]) / sum(c[4] for c in CITIES)
AWAY = [("GDDG", "广东东莞", 23.02, 113.75, 8), ("GDSZ", "广东深圳", 22.54, 114.06, 8),
        ("GDFS", "广东佛山", 23.02, 113.12, 5), ("ZJYW", "浙江义乌", 29.31, 120.08, 5),
        ("ZJNB", "浙江宁波", 29.87, 121.54, 4), ("JSSZ", "江苏苏州", 31.30, 120.62, 4)]

OWN_PREFIX = [134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 184, 187, 188, 198]
UNICOM_PREFIX = [130, 131, 132, 155, 156, 166, 175, 176, 185, 186]
TELECOM_PREFIX = [133, 153, 173, 177, 180, 181, 189, 191, 199]
FOREIGN = {"KH": ("855", 9), "MM": ("95", 9), "PH": ("63", 10), "MY": ("60", 9), "JP": ("81", 10),
           "SA": ("966", 9), "AE": ("971", 9), "SG": ("65", 8), "TH": ("66", 9), "US": ("1", 10),
           "KR": ("82", 10), "LA": ("856", 10), "VN": ("84", 9), "DE": ("49", 10), "AU": ("61", 9)}


def ts(y, m, d, hh=0, mm=0):
    return int(datetime(y, m, d, hh, mm, tzinfo=TZ).timestamp())


def day_time(rng, days, hour_w=None, hours=None):
    """One time per element of ``days`` (int array): an hour drawn from ``hour_w`` (24 weights) or
    uniformly from ``hours`` (lo, hi), then a uniform second inside it."""
    days = np.asarray(days, np.int64)
    n = len(days)
    if hour_w is not None:
        w = np.asarray(hour_w, float)
        h = rng.choice(24, size=n, p=w / w.sum())
    else:
        lo, hi = hours or (0, 24)
        h = rng.integers(lo, hi, size=n)
    return T0 + days * DAY + h * 3600 + rng.integers(0, 3600, size=n)


NORMAL_HOURS = np.array([0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.6, 1.8, 3.5, 5.2, 6.0, 5.8, 4.6, 4.3, 5.2, 5.6,
                         5.7, 5.5, 5.0, 4.8, 4.8, 4.0, 2.6, 1.1])
EVE_HOURS = np.array([2.5, 1.5, 0.3, 0.1, 0.05, 0.1, 0.4, 1.0, 2.0, 3.0, 3.5, 3.5, 3.0, 2.5, 2.5, 2.5, 2.8,
                      3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 10.0])  # 除夕: reunion dinner, Gala, midnight
NEWYEAR_HOURS = np.array([9.0, 3.0, 0.8, 0.2, 0.1, 0.2, 0.8, 2.5, 5.0, 6.5, 6.5, 5.5, 4.0, 3.5, 3.5, 3.5,
                          3.5, 3.5, 3.5, 3.5, 3.0, 2.5, 1.5, 0.8])
WORK_HOURS = np.array([0, 0, 0, 0, 0, 0, 0, 0.3, 2, 5, 6, 5, 2, 3, 5, 5.5, 5, 4, 1.5, 0.5, 0.2, 0, 0, 0])


def hours_for_day(d):
    return EVE_HOURS if d == EVE else NEWYEAR_HOURS if d == NEWYEAR else NORMAL_HOURS


class Numbers:
    """Unique number allocation across the whole data set."""

    def __init__(self, rng):
        self.rng = rng
        self.used: set[str] = set()

    def _take(self, make, n):
        out: list[str] = []
        while len(out) < n:
            for s in make(n - len(out)):
                if s not in self.used:
                    self.used.add(s)
                    out.append(s)
        return np.array(out, dtype=object)

    def mobile(self, n, prefixes=OWN_PREFIX):
        def make(k):
            p = self.rng.choice(prefixes, size=k)
            r = self.rng.integers(0, 10**8, size=k)
            return [f"86{a}{b:08d}" for a, b in zip(p, r, strict=True)]
        return self._take(make, n)

    def other_mobile(self, n):
        return self.mobile(n, UNICOM_PREFIX + TELECOM_PREFIX + [170, 171])

    def fixed(self, area, n, lead=None):
        def make(k):
            first = self.rng.integers(2, 9, size=k) if lead is None else np.full(k, lead)
            r = self.rng.integers(0, 10**7, size=k)
            return [f"86{area}{a}{b:07d}" for a, b in zip(first, r, strict=True)]
        return self._take(make, n)

    def foreign(self, cc, n):
        code, ln = FOREIGN[cc]

        def make(k):
            r = self.rng.integers(10 ** (ln - 1), 10**ln - 1, size=k)
            return [f"{code}{x}" for x in r]
        return self._take(make, n)

    def digits(self, prefix, ln, n):
        def make(k):
            r = self.rng.integers(0, 10**ln, size=k)
            return [f"{prefix}{x:0{ln}d}" for x in r]
        return self._take(make, n)


def imeis(rng, n, tac=None):
    tacs = np.array(["86012345", "86754003", "35332011", "86891104", "86402705", "35890312", "86877805",
                     "86153006", "86718604", "86534605", "86290003", "35445611"])
    t = rng.choice(tacs, size=n) if tac is None else np.full(n, tac)
    r = rng.integers(0, 10**7, size=n)
    return np.array([f"{a}{b:07d}" for a, b in zip(t, r, strict=True)], dtype=object)


def imsis(rng, n, mnc="02"):
    r = rng.integers(0, 10**10, size=n)
    return np.array([f"460{mnc}{x:010d}" for x in r], dtype=object)


class Cells:
    def __init__(self, rng):
        ids, lat, lon, region, site, city, kind = [], [], [], [], [], [], []

        def add(cid, la, lo, reg, st, ci, k):
            ids.append(cid)
            lat.append(round(la, 5))
            lon.append(round(lo, 5))
            region.append(reg)
            site.append(st)
            city.append(ci)
            kind.append(k)

        for ci, (code, name, la, lo, _w, n, _area, vil) in enumerate(CITIES):
            nv = int(n * vil)
            for j in range(n):
                if code == "WH" and j < 14:
                    k, st, reg = "uni", ("indoor" if j % 3 == 0 else "macro"), "武汉/洪山区高校"
                elif code == "WH" and j < 34:
                    k, st, reg = "biz", ("small" if j % 4 == 0 else "macro"), "武汉/东湖高新(光谷)"
                elif code == "WH" and j < 37:
                    k, st, reg = "station", "indoor", "武汉/汉口站"
                elif code == "WH" and j < 39:
                    k, st, reg = "station", "indoor", "武汉/武汉站"
                elif code == "WH" and j < 40:
                    k, st, reg = "station", "indoor", "武汉/天河机场"
                elif j < 2:
                    k, st, reg = "station", "indoor", f"{name}/火车站"
                elif j >= n - nv:
                    k, st, reg = "village", "macro", f"{name}/乡镇"
                elif j % 5 == 0:
                    k, st, reg = "biz", "macro", f"{name}/城区"
                else:
                    k, st, reg = "res", ("small" if j % 7 == 0 else "macro"), f"{name}/城区"
                spread = 0.25 if k == "village" else 0.06
                add(f"HB{code}{j:04d}", la + rng.normal(0, spread), lo + rng.normal(0, spread), reg, st, ci, k)
        for code, name, la, lo, n in AWAY:
            for j in range(n):
                add(f"{code}{j:04d}", la + rng.normal(0, 0.05), lo + rng.normal(0, 0.05), name, "macro", -1, "away")
        self.id = np.array(ids, dtype=object)
        self.lat = np.array(lat)
        self.lon = np.array(lon)
        self.region = np.array(region, dtype=object)
        self.site = np.array(site, dtype=object)
        self.city = np.array(city)
        self.kind = np.array(kind, dtype=object)
        self.by = defaultdict(list)
        for i, (c, k) in enumerate(zip(self.city, self.kind, strict=True)):
            self.by[(int(c), k)].append(i)
            self.by[(int(c), "any")].append(i)
        self.by = {k: np.array(v) for k, v in self.by.items()}
        self.away = np.flatnonzero(self.kind == "away")

    def pick(self, rng, city, kind, n=None):
        """Random cell(s) of a kind in a city (falls back to any cell of the city)."""
        arr = self.by.get((city, kind))
        if arr is None or len(arr) == 0:
            arr = self.by[(city, "any")]
        return rng.choice(arr, size=n) if n is not None else int(rng.choice(arr))

    def pick_many(self, rng, cities, kind):
        out = np.empty(len(cities), np.int64)
        for c in np.unique(cities):
            m = cities == c
            out[m] = self.pick(rng, int(c), kind, int(m.sum()))
        return out

    def station(self, city):
        return int(self.by[(city, "station")][0])

    def table(self):
        return {"cell": self.id, "lat": self.lat, "lon": self.lon, "region": self.region, "site_type": self.site}


# column name -> type, per table (the interchange v1 columns, in order)
S, T, INT, F, B = "str", "time", "int", "float", "bool"
COLUMNS = {
    "subscribers": [("msisdn", S), ("imsi", S), ("id_key", S), ("id_type", S), ("customer_type", S),
                    ("line_type", S), ("operator", S), ("open_time", T), ("open_channel", S), ("open_cell", S),
                    ("status", S), ("status_time", T), ("is_prepaid", B), ("home_region", S)],
    "voice": [("call_id", S), ("start_time", T), ("caller", S), ("callee", S), ("duration_s", INT), ("ring_s", INT),
              ("result", S), ("caller_imei", S), ("caller_imsi", S), ("caller_cell", S), ("callee_cell", S),
              ("caller_roaming_country", S), ("call_type", S), ("media", S), ("gateway", S)],
    "sms": [("sms_id", S), ("send_time", T), ("sender", S), ("receiver", S), ("content", S), ("sender_imei", S),
            ("sender_cell", S), ("sender_roaming_country", S)],
    "device": [("time", T), ("msisdn", S), ("imsi", S), ("imei", S), ("cell", S), ("event", S),
               ("roaming_country", S), ("bytes", INT)],
    "cells": [("cell", S), ("lat", F), ("lon", F), ("region", S), ("site_type", S)],
    "web": [("time", T), ("msisdn", S), ("domain", S), ("url", S), ("ip", S), ("bytes", INT), ("app", S)],
    "apps": [("time", T), ("msisdn", S), ("app", S), ("event", S), ("source_url", S)],
    "internet_accounts": [("platform", S), ("account", S), ("msisdn", S), ("register_time", T), ("status", S)],
    "bank_accounts": [("account_id", S), ("id_key", S), ("bank", S), ("open_time", T), ("bound_msisdn", S),
                      ("status", S)],
    "transfers": [("txn_id", S), ("time", T), ("from_account", S), ("to_account", S), ("amount", F),
                  ("currency", S), ("channel", S), ("initiated_msisdn", S)],
    "reports": [("report_id", S), ("time", T), ("entity_type", S), ("entity", S), ("label", S), ("fraud_type", S),
                ("loss_amount", F), ("source", S)],
    "lists": [("entity_type", S), ("entity", S), ("list", S), ("reason", S), ("added_time", T),
              ("expires_time", T)],
    "truth/entities": [("entity_type", S), ("entity", S), ("role", S), ("gang_id", S), ("scheme", S),
                       ("first_active", T)],
    "truth/events": [("victim", S), ("time", T), ("amount", F), ("to_account", S)],
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "internet_accounts": "register_time"}
ID_COL = {"voice": ("call_id", "V"), "sms": ("sms_id", "S"), "transfers": ("txn_id", "T"),
          "reports": ("report_id", "R")}
PA_TYPES = {S: pa.string(), T: pa.timestamp("s", tz="Asia/Shanghai"), INT: pa.int64(), F: pa.float64(),
            B: pa.bool_()}


def _arr(v, n, typ):
    if isinstance(v, np.ndarray):
        if len(v) != n:
            raise ValueError(f"column length {len(v)} != {n}")
        if typ == S:
            return pa.array(v.astype(object) if v.dtype.kind != "O" else v, type=pa.string())
        if typ == T:
            return pa.array(v.astype(np.int64), type=pa.int64()).cast(PA_TYPES[T])
        if typ == F:
            return pa.array(np.round(v.astype(float), 2), type=pa.float64())
        return pa.array(v, type=PA_TYPES[typ])
    if v is None:
        return pa.nulls(n, type=PA_TYPES[typ])
    if typ == T:
        return pa.array(np.full(n, int(v), np.int64), type=pa.int64()).cast(PA_TYPES[T])
    return pa.array([v] * n, type=PA_TYPES[typ])


class Tables:
    """Chunks of columns per table; written sorted by time with ids assigned after sorting."""

    def __init__(self):
        self.chunks: dict[str, list[pa.Table]] = defaultdict(list)

    def add(self, name, **cols):
        spec = COLUMNS[name]
        known = {c for c, _ in spec}
        bad = set(cols) - known
        if bad:
            raise KeyError(f"{name}: unknown columns {bad}")
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray):
                n = len(v)
                break
        if n is None:
            n = 1
        if n == 0:
            return
        arrays = [_arr(cols.get(c), n, t) for c, t in spec]
        self.chunks[name].append(pa.Table.from_arrays(arrays, names=[c for c, _ in spec]))

    def table(self, name):
        if not self.chunks.get(name):
            return None
        return pa.concat_tables(self.chunks[name])

    def set(self, name, table):
        self.chunks[name] = [table]


def write_all(tables: Tables, out: str, seed: int) -> dict:
    counts = {}
    for name in COLUMNS:
        t = tables.table(name)
        if t is None:
            continue
        tcol = TIME_COL.get(name)
        if name in ("voice", "sms", "device", "web", "apps", "transfers", "reports"):
            secondary = {"voice": "caller", "sms": "sender", "transfers": "from_account",
                         "reports": "entity"}.get(name, "msisdn")
            idx = np.lexsort((np.arange(t.num_rows), t.column(secondary).to_numpy(zero_copy_only=False),
                              t.column(tcol).cast(pa.int64()).to_numpy()))
            t = t.take(pa.array(idx))
        if name in ID_COL:
            col, letter = ID_COL[name]
            ids = pa.array([f"HB17{seed}{letter}{i:08d}" for i in range(t.num_rows)], type=pa.string())
            t = t.set_column(t.schema.get_field_index(col), col, ids)
        counts[name] = t.num_rows
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        base = name.split("/")[-1]
        if name in ("voice", "sms", "device", "web", "apps", "transfers"):
            days = (t.column(tcol).cast(pa.int64()).to_numpy() - T0) // DAY
            bounds = np.searchsorted(days, np.arange(DAYS + 1))
            if bounds[0] != 0 or bounds[-1] != len(days):
                raise ValueError(f"{name}: rows outside the 17 days")
            for dd in range(DAYS):
                part = t.slice(bounds[dd], bounds[dd + 1] - bounds[dd])
                if part.num_rows:
                    date = datetime.fromtimestamp(T0 + dd * DAY, TZ).strftime("%Y-%m-%d")
                    pq.write_table(part, os.path.join(d, f"{base}-{date}.parquet"), compression="zstd")
        else:
            pq.write_table(t, os.path.join(d, f"{base}.parquet"), compression="zstd")
    return counts
