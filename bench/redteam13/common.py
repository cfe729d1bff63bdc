"""Shared machinery of the Hainan generator: the context (random state, clock, vocabularies, number
allocator, people), the column-store table builders and the Parquet writer.

Everything is held as NumPy arrays: numbers and IMEIs as int64 (formatted as digit strings when written),
ID keys and account ids as 64-bit keys written as 16 hex digits, text as indices into one shared vocabulary.
"""

from __future__ import annotations

import datetime as dt
import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
T0 = int(dt.datetime(2026, 12, 1, tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp())
DAY = 86400
HOUR = 3600

# column kinds: num (int64 digits, 0 = null), hex (uint64 key as 16 hex digits, 0 = null), time (epoch s),
# cell (index into the cell table, -1 = null), v (index into the vocabulary, -1 = null), int (-1 = null),
# float (NaN = null), bool (int8, -1 = null), id (assigned at write: prefix + running number)
SCHEMAS: dict[str, dict[str, str]] = {
    "subscribers": {"msisdn": "num", "imsi": "num", "id_key": "hex", "id_type": "v", "customer_type": "v",
                    "line_type": "v", "operator": "v", "open_time": "time", "open_channel": "v",
                    "open_cell": "cell", "status": "v", "status_time": "time", "is_prepaid": "bool",
                    "home_region": "v"},
    "voice": {"call_id": "id", "start_time": "time", "caller": "num", "callee": "num", "duration_s": "int",
              "ring_s": "int", "result": "v", "caller_imei": "num", "caller_imsi": "num", "caller_cell": "cell",
              "callee_cell": "cell", "caller_roaming_country": "v", "call_type": "v", "media": "v",
              "gateway": "v"},
    "sms": {"sms_id": "id", "send_time": "time", "sender": "num", "receiver": "num", "content": "v",
            "sender_imei": "num", "sender_cell": "cell", "sender_roaming_country": "v"},
    "device": {"time": "time", "msisdn": "num", "imsi": "num", "imei": "num", "cell": "cell", "event": "v",
               "roaming_country": "v", "bytes": "int"},
    "web": {"time": "time", "msisdn": "num", "domain": "v", "url": "v", "ip": "v", "bytes": "int", "app": "v"},
    "apps": {"time": "time", "msisdn": "num", "app": "v", "event": "v", "source_url": "v"},
    "internet_accounts": {"platform": "v", "account": "hex", "msisdn": "num", "register_time": "time",
                          "status": "v"},
    "bank_accounts": {"account_id": "hex", "id_key": "hex", "bank": "v", "open_time": "time",
                      "bound_msisdn": "num", "status": "v"},
    "transfers": {"txn_id": "id", "time": "time", "from_account": "hex", "to_account": "hex", "amount": "float",
                  "currency": "v", "channel": "v", "initiated_msisdn": "num"},
    "reports": {"report_id": "id", "time": "time", "entity_type": "v", "entity": "v", "label": "v",
                "fraud_type": "v", "loss_amount": "float", "source": "v"},
    "lists": {"entity_type": "v", "entity": "v", "list": "v", "reason": "v", "added_time": "time",
              "expires_time": "time"},
    "entities": {"entity_type": "v", "entity": "v", "role": "v", "gang_id": "v", "scheme": "v",
                 "first_active": "time"},
    "events": {"victim": "num", "time": "time", "amount": "float", "to_account": "hex"},
}
SORT = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
        "transfers": "time", "reports": "time", "internet_accounts": "register_time", "events": "time"}
ID_PREFIX = {"call_id": "HIV", "sms_id": "HIS", "txn_id": "HIT", "report_id": "HIR"}
DEDUP = {"device", "web", "apps", "lists", "entities", "bank_accounts"}
NULL = {"num": 0, "hex": 0, "time": np.iinfo(np.int64).min, "cell": -1, "v": -1, "int": -1, "float": np.nan,
        "bool": -1}
DTYPE = {"num": np.int64, "hex": np.uint64, "time": np.int64, "cell": np.int32, "v": np.int32, "int": np.int64,
         "float": np.float64, "bool": np.int8}


class Vocab:
    """Every text value of the data set, interned once."""

    def __init__(self):
        self.index: dict[str, int] = {}
        self.items: list[str] = []

    def id(self, s: str | None) -> int:
        if s is None:
            return -1
        if not isinstance(s, str):
            raise TypeError(f"vocabulary takes text, got {s!r}")
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i

    def ids(self, seq) -> np.ndarray:
        return np.array([self.id(s) for s in seq], dtype=np.int32)


class Table:
    def __init__(self, name: str):
        self.name = name
        self.spec = SCHEMAS[name]
        self.parts: list[dict[str, np.ndarray]] = []

    def add(self, **cols) -> None:
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray) and v.ndim == 1:
                n = len(v) if n is None else n
                if len(v) != n:
                    raise ValueError(f"{self.name}: column lengths differ")
        if n is None:
            n = 1
        if n == 0:
            return
        part = {}
        for c, kind in self.spec.items():
            if kind == "id":
                continue
            v = cols.pop(c, None)
            if v is None:
                part[c] = np.full(n, NULL[kind], dtype=DTYPE[kind])
            elif isinstance(v, np.ndarray) and v.ndim == 1:
                part[c] = v.astype(DTYPE[kind], copy=False)
            else:
                part[c] = np.full(n, v, dtype=DTYPE[kind])
        if cols:
            raise KeyError(f"{self.name}: unknown columns {sorted(cols)}")
        self.parts.append(part)

    def column(self, c: str) -> np.ndarray:
        return np.concatenate([p[c] for p in self.parts]) if self.parts else np.zeros(0, DTYPE[self.spec[c]])

    def __len__(self) -> int:
        return sum(len(next(iter(p.values()))) for p in self.parts)


def hex_array(x: np.ndarray) -> pa.Array:
    """uint64 keys as 16 lower-case hex digits (0 -> null)."""
    x = x.astype(np.uint64)
    raw = x.astype(">u8").tobytes().hex().encode()
    arr = pa.array(np.frombuffer(raw, dtype="S16"), pa.binary()).cast(pa.string())
    return pc.if_else(pa.array(x == 0), pa.scalar(None, pa.string()), arr)


def hexs(x: int) -> str:
    return format(int(x), "016x")


def to_arrow(kind: str, a: np.ndarray, vocab: pa.Array, cells: pa.Array) -> pa.Array:
    if kind == "num":
        return pa.array(a, pa.int64(), mask=a == 0).cast(pa.string())
    if kind == "hex":
        return hex_array(a)
    if kind == "time":
        return pa.array(a, pa.int64(), mask=a == NULL["time"]).cast(pa.timestamp("s", tz=TZ))
    if kind == "cell":
        return cells.take(pa.array(a, pa.int32(), mask=a < 0))
    if kind == "v":
        return vocab.take(pa.array(a, pa.int32(), mask=a < 0))
    if kind == "int":
        return pa.array(a, pa.int64(), mask=a < 0)
    if kind == "float":
        return pa.array(np.round(a, 2), pa.float64(), mask=np.isnan(a))
    if kind == "bool":
        return pa.array(a == 1, pa.bool_(), mask=a < 0)
    raise ValueError(kind)


def write_table(t: Table, path: str, vocab: pa.Array, cells: pa.Array) -> int:
    cols = {c: t.column(c) for c, k in t.spec.items() if k != "id"}
    n = len(next(iter(cols.values())))
    if t.name in DEDUP and n:  # key-less types: a repeated identical row would be a duplicate record
        h = np.zeros(n, np.uint64)
        for c in cols:
            x = cols[c].astype(np.float64).view(np.uint64) if cols[c].dtype == np.float64 else cols[c].astype(np.uint64)
            h = (h ^ x) * np.uint64(0x100000001B3) + np.uint64(0x9E3779B97F4A7C15)
        _, first = np.unique(h, return_index=True)
        first.sort()
        cols = {c: a[first] for c, a in cols.items()}
        n = len(first)
    if t.name in SORT:
        order = np.argsort(cols[SORT[t.name]], kind="stable")
        cols = {c: a[order] for c, a in cols.items()}
    arrays, names = [], []
    for c, kind in t.spec.items():
        if kind == "id":
            ids = pa.array(np.arange(1, n + 1, dtype=np.int64)).cast(pa.string())
            arrays.append(pc.binary_join_element_wise(ID_PREFIX[c], pc.utf8_lpad(ids, 9, "0"), ""))
        else:
            arrays.append(to_arrow(kind, cols[c], vocab, cells))
        names.append(c)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pq.write_table(pa.Table.from_arrays(arrays, names=names), path, compression="zstd")
    return n


class Numbers:
    """Unique phone numbers, IMEIs, IMSIs and 64-bit keys."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.used: set[int] = set()
        # Hainan mobile HLR blocks (7 digits) and other provinces' blocks, fixed per run by the seed
        heads = np.array([134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 184,
                          187, 188, 195, 197, 198])
        self.hn_blocks = heads[rng.integers(0, len(heads), 90)] * 10000 + rng.integers(0, 10000, 90)
        self.cn_blocks = heads[rng.integers(0, len(heads), 400)] * 10000 + rng.integers(0, 10000, 400)

    def _unique(self, cand: np.ndarray, n: int) -> np.ndarray:
        cand = cand[np.sort(np.unique(cand, return_index=True)[1])]
        if self.used:
            cand = cand[~np.isin(cand, np.fromiter(self.used, np.int64, len(self.used)))]
        if len(cand) < n:
            raise RuntimeError("number space exhausted")
        out = cand[:n]
        self.used.update(out.tolist())
        return out

    def mobile(self, n: int, where: str = "hn") -> np.ndarray:
        blocks = self.hn_blocks if where == "hn" else self.cn_blocks
        m = int(n * 1.3) + 50
        b = blocks[self.rng.integers(0, len(blocks), m)]
        return self._unique(86 * 10**11 + b * 10000 + self.rng.integers(0, 10000, m), n)

    def prefixed(self, n: int, prefix: int, digits: int) -> np.ndarray:
        m = int(n * 1.3) + 50
        return self._unique(prefix * 10**digits + self.rng.integers(0, 10**digits, m), n)

    def foreign(self, n: int, country: str) -> np.ndarray:
        pre, digits = {"KH": (85510, 7), "MM": (9592, 7), "PH": (639, 9), "MY": (6011, 7), "TH": (668, 8),
                       "RU": (79, 9), "SG": (658, 7), "US": (1415, 7), "VN": (8490, 7), "AE": (97150, 7)}[country]
        return self.prefixed(n, pre, digits)

    def imei(self, n: int) -> np.ndarray:
        # TAC (8 digits) of common handset models + 7 digit serial
        tacs = np.array([86012345, 86452104, 35209311, 86755803, 86922004, 35332510, 86891203, 86533505,
                         86071005, 86723406, 35391110, 86980204])
        m = int(n * 1.3) + 50
        return self._unique(tacs[self.rng.integers(0, len(tacs), m)] * 10**7 + self.rng.integers(0, 10**7, m), n)

    def imsi(self, n: int, plmn: int = 46000) -> np.ndarray:
        m = int(n * 1.3) + 50
        return self._unique(plmn * 10**10 + self.rng.integers(0, 10**10, m), n)

    def keys(self, n: int) -> np.ndarray:
        return self.rng.integers(1, 2**62, n, dtype=np.int64).astype(np.uint64)
