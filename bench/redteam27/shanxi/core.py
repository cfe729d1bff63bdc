"""Random streams, calendar, vocabularies and the row sink every module writes into.

Every random draw comes from a named stream: a PCG64 generator seeded with SplitMix64 of (seed, FNV-1a of the
name), so a module's draws never depend on how many draws another module made, and nothing uses ``hash()`` or
the wall clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np

MASK = (1 << 64) - 1
TZ = timezone(timedelta(hours=8))
#: 2034-02-26 00:00 +08:00: the 8th day of the first lunar month (work resumes); Lantern Festival is day 7 (03-05)
T0 = int(datetime(2034, 2, 26, tzinfo=TZ).timestamp())
DAY = 86400
HOUR = 3600


def splitmix64(x: int) -> int:
    x = (x + 0x9E3779B97F4A7C15) & MASK
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def fnv1a64(text: str) -> int:
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & MASK
    return h


class Streams:
    """Named, independent random streams for one seed."""

    def __init__(self, seed: int):
        self.seed = int(seed)

    def key(self, name: str) -> int:
        return splitmix64(splitmix64(self.seed & MASK) ^ fnv1a64(name))

    def get(self, name: str) -> np.random.Generator:
        return np.random.Generator(np.random.PCG64(self.key(name)))


class Calendar:
    """Local days of the fortnight and the festival calendar mapped onto them."""

    def __init__(self, days: int):
        self.days = int(days)
        self.t0 = T0
        self.t_end = T0 + self.days * DAY
        # named dates (day index from 2034-02-26); clipped into the run
        self.lantern = self.clip(7)          # 2034-03-05 元宵节 (Sunday)
        self.fair_eve = self.clip(6)         # lantern fairs open in Pingyao and Datong
        self.campus_return = self.clip(2)    # universities in Taiyuan/Yuci take students back 02-28 .. 03-06
        self.wage_day = self.clip(3)         # coal companies settle year-end and back pay 03-01
        self.heating_end_notice = self.clip(9)  # heating companies send end-of-season statements
        self.weekday = np.array([(6 + d) % 7 for d in range(self.days)])  # 0=Mon; 02-26 is a Sunday

    def clip(self, d: int) -> int:
        return int(min(max(d, 0), self.days - 1))

    def day_start(self, d) -> np.ndarray | int:
        return self.t0 + np.asarray(d, dtype=np.int64) * DAY

    def day_factor(self) -> np.ndarray:
        """Relative everyday activity per day: festival evening up, Sundays slightly down."""
        f = np.ones(self.days)
        f[self.weekday == 6] *= 0.9
        f[self.lantern] *= 1.25
        f[self.fair_eve] *= 1.1
        return f

    def date_str(self, d: int) -> str:
        return (datetime(2034, 2, 26) + timedelta(days=int(d))).strftime("%Y-%m-%d")


# hour-of-day weight profiles (local time)
def _prof(pairs):
    w = np.full(24, 0.02)
    for h, v in pairs.items():
        w[h] = v
    return w / w.sum()


HOURS = {
    "person": _prof({7: .3, 8: .6, 9: .8, 10: .9, 11: .9, 12: 1, 13: .8, 14: .8, 15: .8, 16: .8, 17: 1, 18: 1.1,
                     19: 1.1, 20: 1, 21: .8, 22: .45, 23: .15, 0: .05, 6: .12}),
    "elder": _prof({6: .4, 7: .8, 8: 1, 9: 1, 10: 1, 11: .9, 12: .6, 13: .5, 14: .7, 15: .8, 16: .8, 17: .7,
                    18: .8, 19: .7, 20: .5, 21: .2}),
    "student": _prof({8: .3, 9: .4, 10: .5, 11: .6, 12: .8, 13: .7, 14: .6, 15: .6, 16: .7, 17: .8, 18: .9,
                      19: 1, 20: 1.1, 21: 1.2, 22: 1.1, 23: .7, 0: .35, 1: .12}),
    "office": _prof({8: .5, 9: 1, 10: 1, 11: 1, 12: .4, 13: .5, 14: 1, 15: 1, 16: 1, 17: .8, 18: .2}),
    "fraud": _prof({9: .8, 10: 1, 11: 1, 12: .5, 13: .6, 14: 1, 15: 1, 16: 1, 17: .8, 18: .4, 19: .3, 20: .3}),
    "evening": _prof({17: .5, 18: .8, 19: 1, 20: 1.1, 21: 1, 22: .8, 23: .5, 0: .2}),
    "night": _prof({21: .6, 22: .9, 23: 1, 0: 1, 1: .9, 2: .8, 3: .7, 4: .6, 5: .5, 6: .3}),
    "shift": _prof({5: .4, 6: .7, 7: .8, 13: .6, 14: .7, 15: .6, 21: .6, 22: .8, 23: .6, 0: .3}),
    "allday": np.full(24, 1 / 24),
    "rider": _prof({10: .6, 11: 1, 12: 1.2, 13: .8, 14: .4, 16: .4, 17: .8, 18: 1.1, 19: 1, 20: .7, 21: .5,
                    22: .4, 23: .3, 0: .15}),
    "morning": _prof({7: .6, 8: 1, 9: 1, 10: .8, 11: .5}),
}


def times_in_day(rng: np.random.Generator, cal: Calendar, day, hours: np.ndarray, n: int | None = None) -> np.ndarray:
    """Epoch seconds of ``n`` events on local day(s) ``day`` (a scalar or an array of length n)."""
    day = np.asarray(day)
    if n is None:
        n = day.size
    h = rng.choice(24, size=n, p=hours)
    return cal.day_start(day) + h * HOUR + rng.integers(0, HOUR, n)


def lognormal_int(rng, n, median, sigma, lo=1, hi=None):
    x = np.exp(rng.normal(np.log(median), sigma, n))
    x = np.maximum(np.round(x), lo)
    if hi is not None:
        x = np.minimum(x, hi)
    return x.astype(np.int64)


def luhn_append(body: np.ndarray) -> np.ndarray:
    """Append the Luhn check digit to 14-digit integers (IMEI bodies), vectorised."""
    body = np.asarray(body, dtype=np.int64)
    digits = np.stack([(body // 10 ** k) % 10 for k in range(14)], axis=1)  # k=0 rightmost
    d = digits.copy()
    dbl = d[:, 0::2] * 2  # rightmost digit of the body gets doubled
    d[:, 0::2] = dbl - 9 * (dbl > 9)
    check = (10 - d.sum(axis=1) % 10) % 10
    return body * 10 + check


# ----------------------------------------------------------------------------- vocabularies
class Vocab:
    """Per-column string dictionaries; codes are assigned in first-use order (deterministic)."""

    def __init__(self):
        self.lists: dict[str, list[str]] = {}
        self.index: dict[str, dict[str, int]] = {}

    def code(self, col: str, value: str) -> int:
        ix = self.index.setdefault(col, {})
        if value not in ix:
            lst = self.lists.setdefault(col, [])
            ix[value] = len(lst)
            lst.append(value)
        return ix[value]

    def codes(self, col: str, values) -> np.ndarray:
        """Codes of a short list of distinct strings, or of a long array of repeated ones (mapped per
        distinct value)."""
        if isinstance(values, np.ndarray) and values.size > 64:
            uniq, inv = np.unique(values.astype(str), return_inverse=True)
            return np.array([self.code(col, v) for v in uniq.tolist()], dtype=np.int32)[inv]
        return np.array([self.code(col, v) for v in values], dtype=np.int32)

    def strings(self, col: str) -> list[str]:
        return self.lists.get(col, [])


# ----------------------------------------------------------------------------- row sink
# column kinds: t time (epoch s, -1 null), n number/id as int64 (0 null), k id_key int (0 null),
# i int (-1 null), f float (nan null), b bool, c cell index (-1 null, -2 callee's home cell), v:<vocab>
# code (-1 null), a internet account int, s python strings (object array)
SCHEMAS: dict[str, dict[str, str]] = {
    "voice": {"start_time": "t", "caller": "n", "callee": "n", "duration_s": "i", "ring_s": "i",
              "result": "v:result", "caller_imei": "n", "caller_imsi": "n", "caller_cell": "c",
              "callee_cell": "c", "caller_roaming_country": "v:country", "call_type": "v:call_type",
              "media": "v:media", "gateway": "v:gateway"},
    "sms": {"send_time": "t", "sender": "n", "receiver": "n", "content": "v:text", "sender_imei": "n",
            "sender_cell": "c", "sender_roaming_country": "v:country"},
    "device": {"time": "t", "msisdn": "n", "imsi": "n", "imei": "n", "cell": "c", "event": "v:event",
               "roaming_country": "v:country", "bytes": "i"},
    "web": {"time": "t", "msisdn": "n", "domain": "v:domain", "url": "v:url", "ip": "v:ip", "bytes": "i",
            "app": "v:app"},
    "apps": {"time": "t", "msisdn": "n", "app": "v:app", "event": "v:app_event", "source_url": "v:url"},
    "internet_accounts": {"platform": "v:platform", "account": "a", "msisdn": "n", "register_time": "t",
                          "status": "v:acct_status"},
    "bank_accounts": {"account_id": "n", "id_key": "k", "bank": "v:bank", "open_time": "t",
                      "bound_msisdn": "n", "status": "v:bank_status"},
    "transfers": {"time": "t", "from_account": "n", "to_account": "n", "amount": "f", "currency": "v:currency",
                  "channel": "v:channel", "initiated_msisdn": "n"},
    "reports": {"time": "t", "entity_type": "v:etype", "entity": "s", "label": "v:label",
                "fraud_type": "v:fraud_type", "loss_amount": "f", "source": "v:source"},
    "lists": {"entity_type": "v:etype", "entity": "s", "list": "v:list", "reason": "v:reason",
              "added_time": "t", "expires_time": "t"},
    "truth_entities": {"entity_type": "v:etype", "entity": "s", "role": "v:role", "gang_id": "v:gang",
                       "scheme": "v:scheme", "first_active": "t"},
    "truth_events": {"victim": "n", "time": "t", "amount": "f", "to_account": "n"},
}

NULLS = {"t": -1, "n": 0, "k": 0, "i": -1, "f": np.nan, "b": False, "c": -1, "a": 0, "s": ""}


def _null(kind: str):
    return -1 if kind.startswith("v:") else NULLS[kind]


def _dtype(kind: str):
    if kind.startswith("v:") or kind == "c":
        return np.int32
    return {"t": np.int64, "n": np.int64, "k": np.int64, "i": np.int64, "f": np.float64, "b": bool,
            "a": np.int64, "s": object}[kind]


class Sink:
    """Column chunks per record type; values may be arrays, scalars, or strings for vocabulary columns."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.chunks: dict[str, list[dict[str, np.ndarray]]] = {k: [] for k in SCHEMAS}

    def add(self, rtype: str, n: int | None = None, **cols) -> int:
        schema = SCHEMAS[rtype]
        unknown = set(cols) - set(schema)
        if unknown:
            raise KeyError(f"{rtype}: unknown columns {sorted(unknown)}")
        if n is None:
            n = max(np.size(v) for v in cols.values() if not isinstance(v, str) and np.ndim(v) > 0)
        if n == 0:
            return 0
        chunk = {}
        for name, kind in schema.items():
            v = cols.get(name)
            if v is None:
                arr = np.full(n, _null(kind), dtype=_dtype(kind))
            elif kind.startswith("v:") and isinstance(v, str):
                arr = np.full(n, self.vocab.code(kind[2:], v), dtype=np.int32)
            elif kind.startswith("v:") and (isinstance(v, (list, tuple)) or
                                            (isinstance(v, np.ndarray) and v.dtype.kind in "OU")):
                arr = self.vocab.codes(kind[2:], v if isinstance(v, np.ndarray) else np.asarray(v, dtype=object))
            else:
                arr = np.asarray(v)
                if arr.ndim == 0:
                    arr = np.full(n, arr.item() if kind != "s" else v, dtype=_dtype(kind))
                else:
                    arr = arr.astype(_dtype(kind), copy=False)
            if arr.shape[0] != n:
                raise ValueError(f"{rtype}.{name}: {arr.shape[0]} values for {n} rows")
            chunk[name] = arr
        self.chunks[rtype].append(chunk)
        return n

    def table(self, rtype: str) -> dict[str, np.ndarray]:
        schema = SCHEMAS[rtype]
        ch = self.chunks[rtype]
        if not ch:
            return {name: np.empty(0, dtype=_dtype(kind)) for name, kind in schema.items()}
        return {name: np.concatenate([c[name] for c in ch]) for name in schema}

    def rows(self, rtype: str) -> int:
        return sum(len(next(iter(c.values()))) for c in self.chunks[rtype])


def pick(rng, arr, n, p=None):
    arr = np.asarray(arr)
    if arr.size == 0:
        raise ValueError("pick from empty array")
    if p is None:
        return arr[rng.integers(0, arr.size, n)]
    return arr[rng.choice(arr.size, size=n, p=p)]
