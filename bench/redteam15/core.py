"""Core of the Guangxi red-team generator: clock, number/ID allocation, geography, record buffers, writer.

Everything is held as NumPy arrays: phone numbers, IMSIs and IMEIs as int64 (-1 = missing), times as int64
epoch seconds (-1 = missing), short strings (cells, domains, enumerations, account ids) as codes into one
vocabulary, free text (SMS content, URLs) as object arrays. Strings are only built when a table is written.
"""

from __future__ import annotations

import calendar
import os
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
TZ_OFF = 8 * 3600
DAY = 86400
#: history 2027-11-05 .. 2027-11-14 (10 days, Double 11 inside), evaluation 2027-11-15 .. 2027-11-21 (7 days)
START = calendar.timegm((2027, 11, 5, 0, 0, 0)) - TZ_OFF
HIST_DAYS = 10
EVAL_DAYS = 7
DAYS = HIST_DAYS + EVAL_DAYS
EVAL_START = START + HIST_DAYS * DAY
END = START + DAYS * DAY
YEAR = 365 * DAY

OPERATOR = "CMCC-GX"


def day0(d):
    return START + np.asarray(d, dtype=np.int64) * DAY


def local_hour(t):
    return ((np.asarray(t) + TZ_OFF) % DAY) // 3600


def local_day(t):
    return (np.asarray(t) - START) // DAY


def weekday(d):
    """0 = Monday. 2027-11-05 is a Friday."""
    return (np.asarray(d) + 4) % 7


# ----------------------------------------------------------------------------------------------- hour profiles
def _prof(w):
    w = np.asarray(w, dtype=float)
    return w / w.sum()


HOURS = {
    "normal": _prof([.3, .15, .08, .05, .05, .15, .6, 1.8, 3.2, 4.2, 4.6, 4.6, 3.8, 3.4, 4, 4.3, 4.3, 4.4, 4.8,
                     5.2, 5, 4, 2.4, 1]),
    "office": _prof([0, 0, 0, 0, 0, 0, 0, .3, 3, 6, 6.5, 5, 1.5, 2, 6, 6.5, 6, 4, .8, .2, .1, 0, 0, 0]),
    "business": _prof([0, 0, 0, 0, 0, 0, .2, .8, 3, 5, 5.5, 5, 3, 3.5, 5, 5.5, 5, 4.5, 3, 2, 1.2, .5, .1, 0]),
    "long": _prof([.1, 0, 0, 0, 0, 0, .3, 1, 3, 4.5, 5, 5, 4, 4, 4.5, 5, 5, 4.8, 4.5, 4.5, 4, 3, 1.2, .3]),
    "night": _prof([3, 2.5, 2, 1.2, .6, .3, .2, .2, .3, .5, .5, .5, .6, .6, .6, .6, .7, .8, 1, 1.5, 2.2, 3, 3.5, 3.5]),
    "evening": _prof([.2, 0, 0, 0, 0, 0, .2, .5, .8, 1, 1, 1.2, 1.5, 1, 1, 1, 1.2, 2, 4, 6, 6.5, 5, 3, 1]),
    "meal": _prof([.2, .1, 0, 0, 0, 0, .3, 1, 1, 1.5, 4, 8, 7, 2.5, 1, 1, 2, 5, 8, 6.5, 3, 2, 1, .6]),
    "data": _prof([1.2, .6, .3, .2, .2, .4, 1, 2, 2.6, 2.8, 3, 3.2, 3.6, 3.2, 3, 3, 3, 3.2, 3.6, 4.2, 4.8, 5, 4.2, 2.6]),
}


def sample_tod(rng, n, profile="normal"):
    """Seconds after local midnight drawn from an hourly profile."""
    p = HOURS[profile] if isinstance(profile, str) else _prof(profile)
    h = rng.choice(24, size=n, p=p)
    return (h * 3600 + rng.integers(0, 3600, n)).astype(np.int64)


# ----------------------------------------------------------------------------------------------- vocabulary
class Vocab:
    """One string table for every categorical column; codes are int32, -1 means missing."""

    def __init__(self):
        self.index: dict[str, int] = {}
        self.items: list[str] = []

    def id(self, s: str) -> int:
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i

    def ids(self, values) -> np.ndarray:
        values = np.asarray(values, dtype=object)
        if values.size == 0:
            return np.zeros(0, np.int32)
        u, inv = np.unique(values.astype(str), return_inverse=True)
        codes = np.array([self.id(x) for x in u], dtype=np.int32)
        return codes[inv]

    def arrow(self) -> pa.Array:
        return pa.array(self.items, type=pa.string())


V = Vocab()


# ----------------------------------------------------------------------------------------------- numbers
class Numbers:
    """Unique random numbers: phone numbers, IMSIs, IMEIs and account keys never collide."""

    def __init__(self, rng):
        self.rng = rng
        self.used = [np.zeros(0, np.int64)]

    def _fresh(self, cand):
        used = np.concatenate(self.used)
        _, first = np.unique(cand, return_index=True)
        keep = np.zeros(cand.size, bool)
        keep[first] = True
        keep &= ~np.isin(cand, used)
        return cand[keep]

    def alloc(self, n, prefixes, digits) -> np.ndarray:
        """n numbers ``prefix * 10**digits + random``, prefix drawn from ``prefixes``."""
        n = int(n)
        if n == 0:
            return np.zeros(0, np.int64)
        prefixes = np.atleast_1d(np.asarray(prefixes, dtype=np.int64))
        out = np.zeros(0, np.int64)
        while out.size < n:
            m = int((n - out.size) * 1.3) + 16
            cand = prefixes[self.rng.integers(0, prefixes.size, m)] * 10 ** digits + self.rng.integers(0, 10 ** digits, m)
            cand = self._fresh(np.concatenate([out, cand]))
            out = cand[:n]
        self.used.append(out)
        return out

    def mobile(self, n, kind="cm"):
        return self.alloc(n, [86000 + p for p in MOBILE_PREFIX[kind]], 8)

    def imsi(self, n, plmn=(46000, 46002, 46007)):
        return self.alloc(n, list(plmn), 10)

    def imei(self, n, tacs) -> np.ndarray:
        body = self.alloc(n, list(tacs), 6)  # TAC (8 digits) + serial (6 digits)
        return body * 10 + luhn(body)


MOBILE_PREFIX = {
    "cm": [134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 172, 178, 182, 183, 184, 187, 188, 195,
           198],
    "other": [130, 131, 132, 155, 156, 166, 175, 176, 185, 186, 133, 149, 153, 173, 177, 180, 181, 189, 191, 199],
    "mvno": [170, 171, 162, 165, 167],
}


def luhn(body):
    """Luhn check digit of 14-digit IMEI bodies (vectorised)."""
    body = np.asarray(body, dtype=np.int64)
    digits = np.stack([(body // 10 ** k) % 10 for k in range(14)], axis=1)  # k = 0 is the rightmost digit
    dbl = digits.copy()
    dbl[:, 0::2] *= 2  # rightmost digit of the body sits next to the check digit: doubled
    dbl = np.where(dbl > 9, dbl - 9, dbl)
    return (10 - dbl.sum(axis=1) % 10) % 10


# Type allocation codes: ordinary handsets (Huawei, Xiaomi, OPPO, vivo, Apple, Honor), feature phones,
# cheap modules seen in multi-slot gateways, IoT modules
TAC_PHONE = [86891204, 86753305, 86402506, 86983403, 35391811, 35316612, 86516005, 86115106, 86755104, 86938505,
             35465212, 86260107, 86377804, 86012305]
TAC_FEATURE = [86553201, 86210402, 35870609]
TAC_GATEWAY = [86208900, 86468701]
TAC_IOT = [86702504, 86104903]


def hexkeys(rng, n, prefix="") -> np.ndarray:
    """Pseudonymous hashed keys (16 hex digits), unique."""
    v = np.unique(rng.integers(1 << 60, (1 << 63) - 1, int(n * 1.1) + 8, dtype=np.int64))
    v = rng.permutation(v)[:n]
    return np.array([f"{prefix}{x:016x}" for x in v.tolist()], dtype=object)


# ----------------------------------------------------------------------------------------------- geography
REGIONS = [  # name, fixed-line area code, lat, lon, population weight
    ("南宁", 771, 22.82, 108.37, 17.5), ("柳州", 772, 24.33, 109.42, 8.8), ("桂林", 773, 25.27, 110.29, 9.9),
    ("梧州", 774, 23.48, 111.28, 5.6), ("北海", 779, 21.48, 109.12, 3.7), ("防城港", 770, 21.69, 108.35, 2.1),
    ("钦州", 777, 21.98, 108.65, 6.5), ("贵港", 775, 23.11, 109.60, 8.7), ("玉林", 775, 22.65, 110.18, 11.6),
    ("百色", 776, 23.90, 106.62, 7.1), ("贺州", 774, 24.40, 111.57, 4.0), ("河池", 778, 24.69, 108.09, 6.8),
    ("来宾", 772, 23.75, 109.22, 4.3), ("崇左", 771, 22.40, 107.36, 4.1),
]
RNAME = [r[0] for r in REGIONS]
RIDX = {r[0]: i for i, r in enumerate(REGIONS)}
AREA = np.array([r[1] for r in REGIONS])

PLACES = {  # name: region, lat, lon, cells, site_type
    "binyang": ("南宁", 23.22, 108.81, 6, "macro"),          # 宾阳县城 and its townships
    "xixiangtang_village": ("南宁", 22.85, 108.28, 3, "indoor"),  # urban village of rented rooms
    "nanning_cbd": ("南宁", 22.81, 108.39, 6, "indoor"),      # 青秀区 offices, the call-centre building
    "nanning_expo": ("南宁", 22.80, 108.40, 2, "indoor"),     # 国际会展中心
    "gx_minzu_univ": ("南宁", 22.84, 108.24, 2, "indoor"),   # 广西民族大学
    "dongxing": ("防城港", 21.55, 107.97, 5, "macro"),        # 东兴口岸, facing Mong Cai
    "pingxiang": ("崇左", 22.10, 106.76, 4, "macro"),         # 凭祥 / 友谊关
    "fusui": ("崇左", 22.64, 107.90, 5, "macro"),             # 扶绥 sugar-cane fields
    "yangshuo": ("桂林", 24.78, 110.49, 5, "macro"),          # 阳朔 / 西街 / 漓江
    "guilin_univ": ("桂林", 25.08, 110.30, 4, "indoor"),      # 雁山 university town
    "gongcheng": ("桂林", 24.83, 110.83, 3, "macro"),         # 恭城 mandarin orchards
    "beihai_yinhai": ("北海", 21.42, 109.14, 4, "macro"),     # 银海区, the 传销 rented flats
    "beiliu": ("玉林", 22.71, 110.35, 3, "macro"),            # 北流
    "babu": ("贺州", 24.41, 111.55, 3, "macro"),              # 八步区
    "duan": ("河池", 23.93, 108.10, 3, "macro"),              # 都安
    "liuzhou_route": ("柳州", 24.30, 109.40, 12, "macro"),    # cells along 柳州 ring road and 来宾 highway
    "qinzhou_port": ("钦州", 21.70, 108.60, 3, "macro"),
    "youyiguan_road": ("崇左", 22.05, 106.85, 6, "macro"),    # highway 南宁 - 友谊关
}


@dataclass
class Geo:
    cell_code: np.ndarray        # vocab codes
    cell_name: list
    lat: np.ndarray
    lon: np.ndarray
    region: np.ndarray           # region index per cell
    site: list
    region_cells: list           # per region: array of cell indices (generic + places)
    place_cells: dict = field(default_factory=dict)


def build_geo(rng, n_people) -> Geo:
    names, lat, lon, reg, site = [], [], [], [], []
    region_cells = [[] for _ in REGIONS]
    place_cells = {}
    per10k = 30  # generic cells per 10,000 subscribers of weight
    tot_w = sum(r[4] for r in REGIONS)
    enb = 100000
    for ri, (_name, _code, la, lo, w) in enumerate(REGIONS):
        k = max(10, int(round(n_people / 10000 * per10k * w / tot_w * 14 / 1.0)))
        k = min(k, 160)
        for _ in range(k):
            enb += int(rng.integers(1, 40))
            names.append(f"46000-{enb}-{int(rng.integers(1, 4))}")
            r = 0.12 * np.sqrt(rng.random())
            a = rng.random() * 2 * np.pi
            lat.append(la + r * np.sin(a))
            lon.append(lo + r * np.cos(a) * 1.1)
            reg.append(ri)
            site.append("macro" if rng.random() < .8 else ("small" if rng.random() < .5 else "indoor"))
            region_cells[ri].append(len(names) - 1)
    for pname, (rname, la, lo, k, st) in PLACES.items():
        ri = RIDX[rname]
        idx = []
        for _ in range(k):
            enb += int(rng.integers(1, 40))
            names.append(f"46000-{enb}-{int(rng.integers(1, 4))}")
            lat.append(la + rng.normal(0, .01))
            lon.append(lo + rng.normal(0, .01))
            reg.append(ri)
            site.append(st)
            idx.append(len(names) - 1)
            region_cells[ri].append(len(names) - 1)
        place_cells[pname] = np.array(idx)
    return Geo(V.ids(names), names, np.round(np.array(lat), 5), np.round(np.array(lon), 5), np.array(reg),
               site, [np.array(c) for c in region_cells], place_cells)


# ----------------------------------------------------------------------------------------------- records
NUM, TIME, INT, FLOAT, BOOL, CAT, TEXT, ID = "num", "time", "int", "float", "bool", "cat", "text", "id"

SCHEMA: dict[str, list[tuple[str, str]]] = {
    "subscribers": [("msisdn", NUM), ("imsi", NUM), ("id_key", CAT), ("id_type", CAT), ("customer_type", CAT),
                    ("line_type", CAT), ("operator", CAT), ("open_time", TIME), ("open_channel", CAT),
                    ("open_cell", CAT), ("status", CAT), ("status_time", TIME), ("is_prepaid", BOOL),
                    ("home_region", CAT)],
    "voice": [("call_id", ID), ("start_time", TIME), ("caller", NUM), ("callee", NUM), ("duration_s", INT),
              ("ring_s", INT), ("result", CAT), ("caller_imei", NUM), ("caller_imsi", NUM), ("caller_cell", CAT),
              ("callee_cell", CAT), ("caller_roaming_country", CAT), ("call_type", CAT), ("media", CAT),
              ("gateway", CAT)],
    "sms": [("sms_id", ID), ("send_time", TIME), ("sender", NUM), ("receiver", NUM), ("content", TEXT),
            ("sender_imei", NUM), ("sender_cell", CAT), ("sender_roaming_country", CAT)],
    "device": [("time", TIME), ("msisdn", NUM), ("imsi", NUM), ("imei", NUM), ("cell", CAT), ("event", CAT),
               ("roaming_country", CAT), ("bytes", INT)],
    "cells": [("cell", CAT), ("lat", FLOAT), ("lon", FLOAT), ("region", CAT), ("site_type", CAT)],
    "web": [("time", TIME), ("msisdn", NUM), ("domain", CAT), ("url", TEXT), ("ip", CAT), ("bytes", INT),
            ("app", CAT)],
    "apps": [("time", TIME), ("msisdn", NUM), ("app", CAT), ("event", CAT), ("source_url", TEXT)],
    "internet_accounts": [("platform", CAT), ("account", TEXT), ("msisdn", NUM), ("register_time", TIME),
                          ("status", CAT)],
    "bank_accounts": [("account_id", CAT), ("id_key", CAT), ("bank", CAT), ("open_time", TIME),
                      ("bound_msisdn", NUM), ("status", CAT)],
    "transfers": [("txn_id", ID), ("time", TIME), ("from_account", CAT), ("to_account", CAT), ("amount", FLOAT),
                  ("currency", CAT), ("channel", CAT), ("initiated_msisdn", NUM)],
    "reports": [("report_id", ID), ("time", TIME), ("entity_type", CAT), ("entity", CAT), ("label", CAT),
                ("fraud_type", CAT), ("loss_amount", FLOAT), ("source", CAT)],
    "lists": [("entity_type", CAT), ("entity", CAT), ("list", CAT), ("reason", CAT), ("added_time", TIME),
              ("expires_time", TIME)],
    "truth_entities": [("entity_type", CAT), ("entity", CAT), ("role", CAT), ("gang_id", CAT), ("scheme", CAT),
                       ("first_active", TIME)],
    "truth_events": [("victim", NUM), ("time", TIME), ("amount", FLOAT), ("to_account", CAT)],
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "internet_accounts": "register_time"}
ID_PREFIX = {"voice": "gxv", "sms": "gxs", "transfers": "gxt", "reports": "gxr"}
NULL = {NUM: -1, TIME: -1, INT: -1, BOOL: -1, CAT: -1}


class Records:
    def __init__(self):
        self.parts: dict[str, list[dict]] = {k: [] for k in SCHEMA}

    def add(self, rtype: str, **cols) -> int:
        kinds = dict(SCHEMA[rtype])
        n = 0
        cols = {k: (v.item() if isinstance(v, np.ndarray) and v.ndim == 0 else v) for k, v in cols.items()}
        for k, v in cols.items():
            if k not in kinds:
                raise KeyError(f"{rtype} has no column {k}")
            if isinstance(v, np.ndarray | list | tuple):
                n = max(n, len(v))
        if n == 0:
            return 0
        part = {}
        for k, v in cols.items():
            kind = kinds[k]
            if v is None:
                continue
            if isinstance(v, list | tuple):
                v = np.asarray(v, dtype=object if kind in (CAT, TEXT) else None)
            if kind == CAT:
                if isinstance(v, str):
                    v = np.full(n, V.id(v), np.int32)
                elif isinstance(v, np.ndarray) and v.dtype.kind in "OUS":
                    v = V.ids(v)
                else:
                    v = np.broadcast_to(np.asarray(v, np.int32), (n,)).copy()
            elif kind == TEXT:
                if isinstance(v, str):
                    v = np.full(n, v, dtype=object)
            elif kind in (NUM, TIME, INT):
                v = np.broadcast_to(np.asarray(v, np.int64), (n,)).copy()
            elif kind == BOOL:
                v = np.broadcast_to(np.asarray(v).astype(np.int8), (n,)).copy()
            elif kind == FLOAT:
                v = np.broadcast_to(np.asarray(v, np.float64), (n,)).copy()
            if len(v) != n:
                raise ValueError(f"{rtype}.{k}: {len(v)} values, expected {n}")
            part[k] = v
        self.parts[rtype].append(part)
        return n

    def column(self, rtype, name):
        """The concatenated values of one column so far (missing parts filled with null)."""
        kinds = dict(SCHEMA[rtype])
        out = []
        for p in self.parts[rtype]:
            n = len(next(iter(p.values())))
            if name in p:
                out.append(p[name])
            elif kinds[name] == TEXT:
                out.append(np.full(n, None, object))
            elif kinds[name] == FLOAT:
                out.append(np.full(n, np.nan))
            else:
                out.append(np.full(n, NULL[kinds[name]], np.int64))
        if not out:
            return np.zeros(0)
        return np.concatenate(out)

    def table(self, rtype) -> dict[str, np.ndarray]:
        return {name: self.column(rtype, name) for name, kind in SCHEMA[rtype] if kind != ID}

    def count(self, rtype):
        return sum(len(next(iter(p.values()))) for p in self.parts[rtype])


def to_arrow(rtype: str, cols: dict[str, np.ndarray]) -> pa.Table:
    vocab = V.arrow()
    arrays, names = [], []
    n = len(next(iter(cols.values())))
    for name, kind in SCHEMA[rtype]:
        if kind == ID:
            idx = pa.array(np.arange(n, dtype=np.int64)).cast(pa.string())
            arr = pc.binary_join_element_wise(pa.scalar(ID_PREFIX[rtype] + "-"), pc.utf8_lpad(idx, 8, "0"), "")
        else:
            v = cols[name]
            if kind == NUM:
                v = v.astype(np.int64)
                arr = pa.array(v, mask=v < 0).cast(pa.string())
            elif kind == TIME:
                v = v.astype(np.int64)
                arr = pa.array(v, mask=v < 0).cast(pa.timestamp("s", tz=TZ))
            elif kind == INT:
                v = v.astype(np.int64)
                arr = pa.array(v, mask=v < 0)
            elif kind == FLOAT:
                arr = pa.array(np.round(v.astype(np.float64), 2), mask=np.isnan(v))
            elif kind == BOOL:
                arr = pa.array(v == 1, mask=v < 0)
            elif kind == CAT:
                v = v.astype(np.int64)
                arr = vocab.take(pa.array(v, mask=v < 0))
            else:
                arr = pa.array(v, type=pa.string())
        arrays.append(arr)
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


def write_all(recs: Records, out: str) -> dict[str, int]:
    counts = {}
    for rtype in SCHEMA:
        cols = recs.table(rtype)
        n = len(next(iter(cols.values()))) if cols else 0
        tcol = TIME_COL.get(rtype)
        if rtype.startswith("truth_"):
            sub = os.path.join(out, "truth", rtype[6:])
        else:
            sub = os.path.join(out, rtype)
        os.makedirs(sub, exist_ok=True)
        if n and rtype in KEYLESS:
            cols = drop_duplicate_rows(rtype, cols)
            n = len(next(iter(cols.values())))
        if tcol is not None and n:
            order = np.argsort(cols[tcol], kind="stable")
            cols = {k: v[order] for k, v in cols.items()}
        tab = to_arrow(rtype, cols)
        counts[rtype] = n
        if rtype in ("voice", "sms", "device", "web", "apps", "transfers") and n:
            day = (cols[tcol] - START) // DAY
            bounds = np.searchsorted(day, np.arange(day.min(), day.max() + 2))
            for d, (a, b) in zip(range(int(day.min()), int(day.max()) + 1), zip(bounds[:-1], bounds[1:], strict=True),
                                 strict=True):
                if b > a:
                    date = _date(START + d * DAY)
                    pq.write_table(tab.slice(a, b - a), os.path.join(sub, f"{rtype}-{date}.parquet"),
                                   compression="zstd")
        else:
            name = "entities" if rtype == "truth_entities" else "events" if rtype == "truth_events" else rtype
            pq.write_table(tab, os.path.join(sub, f"{name}.parquet"), compression="zstd")
    return counts


#: record types whose identity is the whole row: an exact repeat would be counted as a duplicate on ingest
KEYLESS = ("subscribers", "device", "web", "apps", "bank_accounts", "lists", "cells")


def drop_duplicate_rows(rtype, cols):
    mat = []
    for name, kind in SCHEMA[rtype]:
        if kind == ID:
            continue
        v = cols[name]
        if kind == TEXT:
            v = np.unique(np.where(v == None, "", v).astype(str), return_inverse=True)[1]  # noqa: E711
        elif kind == FLOAT:
            v = np.nan_to_num(v, nan=-1.0).view(np.int64)
        mat.append(np.asarray(v, np.int64))
    _, first = np.unique(np.stack(mat, axis=1), axis=0, return_index=True)
    keep = np.sort(first)
    return {k: v[keep] for k, v in cols.items()}


def _date(t):
    import time as _t
    return _t.strftime("%Y-%m-%d", _t.gmtime(int(t) + TZ_OFF))
