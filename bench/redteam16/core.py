"""Calendar, column layout, the row collector (Feed) and small vectorised helpers shared by every module."""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
DAY = 86400
HIST_DAYS = 10
WIN_DAYS = 7
DAYS = HIST_DAYS + WIN_DAYS
T0 = int(datetime(2027, 9, 5, tzinfo=ZoneInfo(TZ)).timestamp())  # Sunday 2027-09-05 00:00 +08:00
WIN0 = T0 + HIST_DAYS * DAY  # Wednesday 2027-09-15 (Mid-Autumn Festival) 00:00
OPERATOR = "CMCC-JS"

#: day index -> what is special about it (0 = Sun 5 Sep ... 16 = Tue 21 Sep)
WEEKDAY = np.array([(6 + d) % 7 for d in range(DAYS)])  # 0=Mon .. 6=Sun
MID_AUTUMN = 10
TEACHERS_DAY = 5
AIR_RAID_DRILL = 13  # 18 Sep, Nanjing's 九一八 siren test
CRAB_OPENING = 16  # 21 Sep, Yangcheng Lake hairy-crab season opens
FRESHMEN_DAYS = (0, 1, 2, 3, 4, 5, 6)
OFF_DAY = np.array([WEEKDAY[d] >= 5 or d == MID_AUTUMN for d in range(DAYS)])

# Column layout per record type: name -> kind. Kinds: num (int64 digits, -1 null), cell (cell index, -1 null),
# str (numpy str / pyarrow string, '' null), time (epoch seconds), int, float, bool.
LAYOUT: dict[str, dict[str, str]] = {
    "subscribers": dict(msisdn="num", imsi="num", id_key="str", id_type="str", customer_type="str",
                        line_type="str", operator="str", open_time="time", open_channel="str", open_cell="cell",
                        status="str", status_time="time", is_prepaid="bool", home_region="str"),
    "voice": dict(call_id="str", start_time="time", caller="num", callee="num", duration_s="int", ring_s="int",
                  result="str", caller_imei="num", caller_imsi="num", caller_cell="cell", callee_cell="cell",
                  caller_roaming_country="str", call_type="str", media="str", gateway="str"),
    "sms": dict(sms_id="str", send_time="time", sender="num", receiver="num", content="str", sender_imei="num",
                sender_cell="cell", sender_roaming_country="str"),
    "device": dict(time="time", msisdn="num", imsi="num", imei="num", cell="cell", event="str",
                   roaming_country="str", bytes="int"),
    "cells": dict(cell="str", lat="float", lon="float", region="str", site_type="str"),
    "web": dict(time="time", msisdn="num", domain="str", url="str", ip="str", bytes="int", app="str"),
    "apps": dict(time="time", msisdn="num", app="str", event="str", source_url="str"),
    "internet_accounts": dict(platform="str", account="str", msisdn="num", register_time="time", status="str"),
    "bank_accounts": dict(account_id="str", id_key="str", bank="str", open_time="time", bound_msisdn="num",
                          status="str"),
    "transfers": dict(txn_id="str", time="time", from_account="str", to_account="str", amount="float",
                      currency="str", channel="str", initiated_msisdn="num"),
    "reports": dict(report_id="str", time="time", entity_type="str", entity="str", label="str",
                    fraud_type="str", loss_amount="float", source="str"),
    "lists": dict(entity_type="str", entity="str", list="str", reason="str", added_time="time",
                  expires_time="time"),
    "entities": dict(entity_type="str", entity="str", role="str", gang_id="str", scheme="str",
                     first_active="time"),
    "events": dict(victim="str", time="time", amount="float", to_account="str"),
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "internet_accounts": "register_time"}
ID_COL = {"voice": ("call_id", "JSV"), "sms": ("sms_id", "JSS"), "transfers": ("txn_id", "JST"),
          "reports": ("report_id", "JSR")}
DAILY_FILES = ("voice", "sms", "device", "web", "apps", "transfers")

# hour-of-day weights (local time)
_H = {
    "day": [1, .5, .3, .2, .2, .4, 1.5, 4, 6, 7, 7, 7, 6, 6, 7, 7, 7, 7, 8, 9, 9, 7, 4, 2],
    "elderly": [.3, .1, .1, .1, .3, 2, 5, 7, 8, 8, 7, 5, 3, 4, 6, 6, 6, 5, 6, 6, 4, 2, .8, .4],
    "student": [3, 1.5, .5, .2, .1, .1, .5, 2, 3, 3, 3, 5, 7, 5, 3, 3, 4, 6, 8, 9, 9, 9, 8, 6],
    "night_shift": [7, 7, 6, 5, 4, 3, 4, 5, 2, .5, .3, .3, 1, 2, 3, 4, 5, 5, 6, 7, 7, 7, 7, 7],
    "office": [0, 0, 0, 0, 0, 0, 0, .5, 4, 9, 10, 9, 4, 6, 9, 10, 9, 7, 2, .5, .2, 0, 0, 0],
    "scam_office": [0, 0, 0, 0, 0, 0, 0, 0, 2, 9, 10, 10, 3, 5, 9, 10, 9, 6, 2, 1, .5, 0, 0, 0],
    "evening": [1, .3, .1, 0, 0, 0, .2, .5, 1, 1, 1, 1, 1.5, 1, 1, 1, 1.5, 2, 5, 9, 10, 9, 6, 3],
    "courier": [0, 0, 0, 0, 0, 0, .5, 3, 8, 10, 10, 9, 6, 7, 9, 10, 9, 8, 6, 3, 1, .3, 0, 0],
    "meals": [.3, .2, 0, 0, 0, 0, .5, 2, 3, 3, 6, 10, 9, 3, 2, 2, 4, 8, 10, 8, 4, 2, 1, .5],
    "flat": [1] * 24,
    "overseas": [1, .5, 0, 0, 0, 0, 0, 0, 1, 6, 9, 10, 8, 8, 10, 10, 9, 8, 6, 4, 3, 2, 1, 1],
}
HOURS = {k: np.array(v, float) / sum(v) for k, v in _H.items()}


def times(rng: np.random.Generator, days: np.ndarray, profile: str = "day") -> np.ndarray:
    """Epoch seconds on the given day indexes, hour drawn from a named profile."""
    days = np.asarray(days, np.int64)
    h = rng.choice(24, size=days.size, p=HOURS[profile])
    return T0 + days * DAY + h * 3600 + rng.integers(0, 3600, days.size)


def hour_of(t: np.ndarray) -> np.ndarray:
    return ((np.asarray(t) - T0) % DAY) // 3600


def day_of(t: np.ndarray) -> np.ndarray:
    return (np.asarray(t) - T0) // DAY


def repeat_days(n_per: np.ndarray) -> np.ndarray:
    """For a (entities x days) count matrix: the entity index and the day of each event."""
    n_per = np.asarray(n_per, np.int64)
    flat = n_per.ravel()
    idx = np.repeat(np.arange(flat.size), flat)
    return idx // n_per.shape[1], idx % n_per.shape[1]


def luhn_imei(rng: np.random.Generator, n: int, tacs: np.ndarray) -> np.ndarray:
    """n IMEIs (int64): an 8-digit TAC from ``tacs``, a 6-digit serial and the Luhn check digit."""
    body = rng.choice(tacs, n).astype(np.int64) * 1_000_000 + rng.integers(0, 1_000_000, n)
    digits = (body[:, None] // (10 ** np.arange(13, -1, -1))) % 10  # 14 digits, most significant first
    dbl = digits[:, 1::2] * 2
    s = digits[:, 0::2].sum(1) + (dbl // 10 + dbl % 10).sum(1)
    return body * 10 + (10 - s % 10) % 10


def hexkeys(rng: np.random.Generator, n: int, prefix: str = "") -> np.ndarray:
    """n pseudonymous keys (hashed ids as an operator would export them)."""
    v = rng.integers(0, 2**62, n, dtype=np.int64)
    return np.char.add(prefix, np.char.mod("%016x", v)).astype(object) if n else np.array([], object)


def pick(rng: np.random.Generator, values, n: int, p=None) -> np.ndarray:
    """n values drawn from a list (optionally weighted)."""
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return np.asarray(values, dtype=object)[rng.choice(len(values), n, p=p)]


def lognorm(rng: np.random.Generator, median: float, sigma: float, n: int) -> np.ndarray:
    return median * np.exp(sigma * rng.standard_normal(n))


class Feed:
    """Collects column chunks per record type and writes the interchange folder."""

    def __init__(self, cell_names: list[str] | None = None):
        self.parts: dict[str, list[dict]] = defaultdict(list)
        self.cell_names = pa.array(cell_names or [], pa.string())
        self.outside: dict[str, int] = {}

    def add(self, kind: str, **cols) -> None:
        cols = {k: (v.item() if isinstance(v, np.ndarray) and v.ndim == 0 else v) for k, v in cols.items()}
        n = max((len(v) for v in cols.values() if not np.isscalar(v) and v is not None), default=0)
        if n == 0:
            return
        layout = LAYOUT[kind]
        for k, v in cols.items():
            if k not in layout:
                raise KeyError(f"{kind} has no column {k}")
            if v is not None and not np.isscalar(v) and len(v) != n:
                raise ValueError(f"{kind}.{k}: {len(v)} values for {n} rows")
        self.parts[kind].append({k: v for k, v in cols.items() if v is not None} | {"_n": n})

    def count(self, kind: str) -> int:
        return sum(p["_n"] for p in self.parts.get(kind, []))

    def _arrow(self, kind: str, col: str, typ: str, v, n: int) -> pa.Array:
        if v is None:
            return pa.nulls(n, _pa_type(typ))
        if np.isscalar(v):
            v = np.full(n, v) if not isinstance(v, str) else np.full(n, v, dtype=object)
        if isinstance(v, pa.ChunkedArray):
            v = v.combine_chunks()
        if isinstance(v, pa.Array):
            return v.cast(_pa_type(typ)) if typ in ("str",) else v
        v = np.asarray(v)
        if typ == "num":
            v = v.astype(np.int64)
            return pa.array(v, mask=v < 0).cast(pa.string())
        if typ == "cell":
            v = v.astype(np.int64)
            return self.cell_names.take(pa.array(np.where(v < 0, 0, v), mask=v < 0))
        if typ == "time":
            return pa.array(v.astype(np.int64) * 1000, pa.timestamp("ms", tz=TZ))
        if typ == "int":
            return pa.array(v.astype(np.int64))
        if typ == "float":
            return pa.array(np.round(v.astype(float), 2))
        if typ == "bool":
            return pa.array(v.astype(bool))
        if v.dtype.kind in "iu":
            v = v.astype(str)
        a = pa.array(v.astype(object), pa.string())
        return pc.if_else(pc.equal(a, ""), pa.scalar(None, pa.string()), a)

    def table(self, kind: str) -> pa.Table:
        layout = LAYOUT[kind]
        chunks = []
        for part in self.parts.get(kind, []):
            n = part["_n"]
            chunks.append(pa.table({c: self._arrow(kind, c, t, part.get(c), n) for c, t in layout.items()}))
        if not chunks:
            return pa.table({c: pa.array([], _pa_type(t)) for c, t in layout.items()})
        tab = pa.concat_tables(chunks)
        if kind in DAILY_FILES:  # the export covers the 17 days only: later follow-ups fall outside it
            tt = tab[TIME_COL[kind]].cast(pa.int64()).to_numpy() // 1000
            inside = (tt >= T0) & (tt < T0 + DAYS * DAY)
            self.outside[kind] = int((~inside).sum())
            tab = tab.filter(pa.array(inside))
        if kind in TIME_COL:
            order = np.argsort(tab[TIME_COL[kind]].cast(pa.int64()).to_numpy(), kind="stable")
            tab = tab.take(pa.array(order))
        if kind not in ID_COL and kind not in ("entities", "events"):  # key-less types: a row is its own identity
            tab = _drop_repeats(tab)
        if kind in ID_COL:
            name, prefix = ID_COL[kind]
            ids = pc.binary_join_element_wise(prefix, pa.array(np.arange(tab.num_rows) + 1_000_001).cast(pa.string()), "")
            tab = tab.set_column(tab.schema.get_field_index(name), name, ids)
        return tab

    def write(self, out: str, kinds) -> dict[str, int]:
        rows = {}
        for kind in kinds:
            tab = self.table(kind)
            rows[kind] = tab.num_rows
            sub = os.path.join(out, "truth", kind) if kind in ("entities", "events") else os.path.join(out, kind)
            os.makedirs(sub, exist_ok=True)
            if kind == "cells":
                import pyarrow.csv as pcsv
                pcsv.write_csv(tab, os.path.join(sub, "cells.csv"))
            elif kind in DAILY_FILES:
                day = day_of(tab[TIME_COL[kind]].cast(pa.int64()).to_numpy() // 1000)
                bounds = np.searchsorted(day, np.arange(DAYS + 1))
                for d in range(DAYS):
                    part = tab.slice(bounds[d], bounds[d + 1] - bounds[d])
                    date = datetime.fromtimestamp(T0 + d * DAY, ZoneInfo(TZ)).strftime("%Y-%m-%d")
                    pq.write_table(part, os.path.join(sub, f"{kind}-{date}.parquet"), compression="zstd")
            else:
                pq.write_table(tab, os.path.join(sub, f"{kind}.parquet"), compression="zstd")
        return rows


def _drop_repeats(tab: pa.Table) -> pa.Table:
    """Drop exact repeats of a row (two identical attach events in one second, say), keeping the first."""
    cols = []
    for c in tab.columns:
        c = c.combine_chunks()
        if pa.types.is_string(c.type):
            c = pc.dictionary_encode(c).indices
        elif pa.types.is_floating(c.type):
            c = pc.round(pc.multiply(c, 100.0))
        cols.append(pc.fill_null(c.cast(pa.int64()), -1).to_numpy())
    _, first = np.unique(np.rec.fromarrays(cols), return_index=True)
    if first.size == tab.num_rows:
        return tab
    return tab.take(pa.array(np.sort(first)))


def _pa_type(typ: str) -> pa.DataType:
    return {"num": pa.string(), "cell": pa.string(), "str": pa.string(), "time": pa.timestamp("ms", tz=TZ),
            "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}[typ]


def S(values, idx) -> pa.Array:
    """Strings by index into a small list (cheap for millions of rows)."""
    return pa.array(list(values), pa.string()).take(pa.array(np.asarray(idx, np.int64)))


def join(*parts) -> pa.Array:
    """Element-wise concatenation of pyarrow string arrays / str scalars."""
    r = pc.binary_join_element_wise(*[p if isinstance(p, (pa.Array, str)) else pa.array(np.asarray(p).astype(str))
                                      for p in parts], "")
    return r.as_py() if isinstance(r, pa.Scalar) else r
