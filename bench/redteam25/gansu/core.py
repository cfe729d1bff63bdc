"""Core of the Gansu generator: calendar, number/ID conventions, registries and the record sink.

Everything is column arrays. Phone numbers, IMSIs and IMEIs are int64 (0 = missing); cells are int indexes
into the cell table (-1 = missing); bank accounts are int indexes into the account registry (-1 = missing).
Strings are made only when files are written.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta, timezone

import numpy as np

CST = timezone(timedelta(hours=8))
T0 = int(datetime(2032, 8, 27, tzinfo=CST).timestamp())  # Friday 27 August 2032 00:00 +08:00
DAY = 86400
HOUR = 3600

# ---------------------------------------------------------------- operator conventions
OPERATOR = "LYT"  # 陇原通信 Longyuan Telecom, fictional regional operator of Gansu
OPERATOR_NAME = "Longyuan Telecom (陇原通信)"
PLMN = "46093"
MOBILE_PREFIXES = (16905, 16906, 16907, 16908, 16909)  # 86 1690x xxxxxx: 6 subscriber digits per prefix... see alloc
IOT_PREFIX = 1064930  # 86 1064930 xxxxxx (15 digits with 86)
# Gansu fixed-line area codes (E.164 without the trunk 0)
AREA_CODES = {
    "lanzhou": 931, "linxia": 930, "dingxi": 932, "pingliang": 933, "qingyang": 934, "wuwei": 935,
    "zhangye": 936, "jiuquan": 937, "tianshui": 938, "longnan": 939, "gannan": 941, "baiyin": 943,
}
# TACs (fictional): first 8 digits of an IMEI
TAC = {
    "smart": (86912304, 86733105, 35884611, 86087206, 86612907, 86451208),
    "smart_cheap": (86155610, 86155611),
    "feature": (86510003, 35720109),  # elders' feature phones (老人机)
    "goip": (86220501, 86220502),  # GoIP-32 / GoIP-16 voice gateways
    "smscat": (35412608,),  # 16-port SMS modem pool
    "iot": (86677901, 86677902),  # NB-IoT / Cat-1 modules
    "meter_pool": (35412690,),  # utility meter concentrator modem pool
}
OFFNET_MOBILE = (130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159,
                 173, 177, 180, 181, 182, 183, 185, 186, 187, 188, 189, 191, 198, 199)
FOREIGN = {  # country code, ISO, national digits
    "KH": (855, 9), "MM": (95, 9), "LA": (856, 10), "PH": (63, 10), "MY": (60, 9), "TH": (66, 9),
    "AE": (971, 9), "KZ": (7, 10), "PK": (92, 10), "US": (1, 10), "HK": (852, 8), "SA": (966, 9),
    "VN": (84, 9), "TR": (90, 10), "GB": (44, 10),
}
BANKS = ("LYRC", "HXCB", "LZCB", "ICBC", "CCB", "ABC", "BOC", "PSBC", "CMB")


def splitmix(x):
    """Deterministic 64-bit mixer over a uint64 array (no salted hash)."""
    z = (np.asarray(x, dtype=np.uint64) + np.uint64(0x9E3779B97F4A7C15))
    with np.errstate(over="ignore"):
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def hexkeys(idx, salt: int, prefix: str, width: int = 16):
    h = splitmix(np.asarray(idx, dtype=np.uint64) ^ np.uint64(salt))
    return np.array([prefix + format(int(v), "016x")[:width] for v in h], dtype=object)


def luhn(body14):
    """Luhn check digit for int64 array of 14-digit IMEI bodies."""
    b = np.asarray(body14, dtype=np.int64)
    tot = np.zeros(len(b), dtype=np.int64)
    for pos in range(14):  # pos 0 = rightmost digit of the body
        d = (b // (10 ** pos)) % 10
        if pos % 2 == 0:  # doubled (the check digit will be to its right)
            d = d * 2
            d = d - 9 * (d > 9)
        tot += d
    return (10 - tot % 10) % 10


class Alloc:
    """Unique numbers from named ranges: base * 10**digits + affine permutation of a counter."""

    def __init__(self, rng):
        self.next = defaultdict(int)
        self.rng = rng
        self.mult = {}

    def take(self, base: int, digits: int, n: int):
        key = (base, digits)
        m = 10 ** digits
        if key not in self.mult:
            a = int(self.rng.integers(10 ** (digits - 1), m)) | 1
            while a % 5 == 0:
                a += 2
            self.mult[key] = (a, int(self.rng.integers(0, m)))
        a, b = self.mult[key]
        c0 = self.next[key]
        if c0 + n > m:
            raise ValueError(f"range {base} exhausted")
        self.next[key] = c0 + n
        c = np.arange(c0, c0 + n, dtype=np.int64)
        return base * m + (c * a + b) % m

    def mobile(self, n, prefix=None):
        """Our mobile numbers 86 1690x xxxxxx (13 digits)."""
        if prefix is None:
            out = np.empty(n, dtype=np.int64)
            which = self.rng.integers(0, len(MOBILE_PREFIXES), n)
            for i, p in enumerate(MOBILE_PREFIXES):
                k = which == i
                out[k] = self.take(86 * 100000 + p, 6, int(k.sum()))
            return out
        return self.take(86 * 100000 + prefix, 6, n)

    def offnet(self, n):
        out = np.empty(n, dtype=np.int64)
        which = self.rng.integers(0, len(OFFNET_MOBILE), n)
        for i, p in enumerate(OFFNET_MOBILE):
            k = which == i
            if k.any():
                out[k] = self.take(86 * 1000 + p, 8, int(k.sum()))
        return out

    def fixed(self, n, city="lanzhou", first=8):
        """Fixed line 86 AAA F xxxxxxx (Lanzhou 8 local digits; the others 7)."""
        ac = AREA_CODES[city]
        if city == "lanzhou":
            return self.take((86 * 1000 + ac) * 10 + first, 7, n)
        return self.take((86 * 1000 + ac) * 10 + first, 6, n)

    def iot(self, n):
        return self.take(86 * 10 ** 7 + IOT_PREFIX, 6, n)

    def foreign(self, n, iso):
        cc, nd = FOREIGN[iso]
        lead = {9: 9, 10: 3, 8: 6}[nd]
        return self.take(cc * 10 + lead, nd - 1, n)

    def imsi(self, n):
        return self.take(int(PLMN), 10, n)

    def imei(self, n, kind="smart", tac=None):
        if tac is None:
            tacs = TAC[kind]
            tac = tacs[int(self.rng.integers(0, len(tacs)))] if n else tacs[0]
        body = self.take(int(tac), 6, n)
        return body * 10 + luhn(body)

    def imei_mixed(self, n, kind="smart"):
        tacs = TAC[kind]
        out = np.empty(n, dtype=np.int64)
        which = self.rng.integers(0, len(tacs), n)
        for i, t in enumerate(tacs):
            k = which == i
            if k.any():
                out[k] = self.imei(int(k.sum()), tac=t)
        return out


def ndigits(x):
    x = np.asarray(x, dtype=np.int64)
    nd = np.ones(len(x), dtype=np.int64)
    for k in range(1, 19):
        nd += x >= 10 ** k
    return nd


def prefix_of(x, k):
    x = np.asarray(x, dtype=np.int64)
    nd = ndigits(x)
    return x // (10 ** np.maximum(nd - k, 0))


def is_foreign(x):
    return (prefix_of(x, 2) != 86) & (np.asarray(x) > 0)


def is_cn_fixed(x):
    """86 + area code not starting with 1 (mobile/IoT) and not a service number (95xxx/96xxx/106)."""
    p3 = prefix_of(x, 3)
    return (prefix_of(x, 2) == 86) & (p3 >= 862) & (p3 <= 869) & ~is_service(x)


def is_service(x):
    x = np.asarray(x, dtype=np.int64)
    nd = ndigits(x)
    p4 = prefix_of(x, 4)
    p5 = prefix_of(x, 5)
    return (((p4 == 8695) | (p4 == 8696)) & (nd <= 9)) | ((p5 == 86106) & (nd >= 10)) | \
        ((p4 == 8612) & (nd <= 7))


# ---------------------------------------------------------------- calendar and time sampling
HOURLY = {
    "resident": [.2, .1, .05, .05, .05, .2, .6, 1.5, 3, 4.5, 5, 4.8, 3.8, 3.5, 4.2, 4.6, 4.8, 5, 5.2, 5.6, 5.5, 4.4, 2.6, 1],
    "business": [0, 0, 0, 0, 0, 0, .2, 1, 5, 8, 8.5, 7, 3, 5, 8, 8, 7.5, 6, 2, .6, .3, .1, 0, 0],
    "elder": [.05, 0, 0, 0, .1, .8, 3, 5, 6, 6, 5, 3.5, 2, 2.5, 3.5, 4, 4, 4.5, 4.5, 4, 2.5, 1, .3, .1],
    "student": [1.5, .8, .3, .1, .05, .05, .2, 1, 2, 2.5, 3, 3.5, 4, 3.5, 3, 3, 3.5, 4.5, 5, 5.5, 6, 6, 5, 3],
    "office_fraud": [0, 0, 0, 0, 0, 0, 0, .3, 3, 8, 9, 9, 4, 6, 9, 9, 8, 7, 4, 2, 1, .3, 0, 0],
    "evening_fraud": [.5, .2, 0, 0, 0, 0, 0, .2, 1, 2, 3, 3, 2, 3, 3, 4, 4, 5, 6, 8, 9, 8, 5, 2],
    "night": [3, 3, 2.5, 2, 1.5, 1, .8, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .8, 1, 1.5, 2, 2.5, 3],
    "flat": [1] * 24,
    "tourist": [.1, 0, 0, 0, 0, .3, 1.5, 3.5, 5, 5.5, 5, 4, 3.5, 3.5, 4, 4.5, 5, 5.5, 6, 5.5, 4.5, 3, 1.5, .5],
}
_CUM = {k: np.cumsum(np.array(v, dtype=float) / sum(v)) for k, v in HOURLY.items()}


def weekday(day):
    return (4 + np.asarray(day)) % 7  # day 0 = Friday; Monday = 0


def sample_time(rng, day, profile="resident"):
    """Epoch seconds within the given day indexes, hour from a profile (vectorised)."""
    day = np.asarray(day, dtype=np.int64)
    n = len(day)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    hour = np.searchsorted(_CUM[profile], rng.random(n), side="right")
    hour = np.minimum(hour, 23)
    return T0 + day * DAY + hour * HOUR + rng.integers(0, HOUR, n)


def lognorm_int(rng, n, median, sigma, lo=1, hi=None):
    v = np.exp(np.log(median) + sigma * rng.standard_normal(n))
    v = np.maximum(np.round(v), lo).astype(np.int64)
    if hi is not None:
        v = np.minimum(v, hi)
    return v


def pick(rng, arr, n, p=None):
    arr = np.asarray(arr)
    if len(arr) == 0 or n == 0:
        return arr[:0]
    if p is None:
        return arr[rng.integers(0, len(arr), n)]
    p = np.asarray(p, dtype=float)
    return arr[np.searchsorted(np.cumsum(p / p.sum()), rng.random(n), side="right").clip(0, len(arr) - 1)]


# ---------------------------------------------------------------- registries
class Registry:
    """Append-only column table; add() returns the new rows' index range."""

    def __init__(self, defaults):
        self.defaults = defaults  # column -> (dtype, fill)
        self.chunks = []
        self.n = 0

    def add(self, n, **cols):
        ch = {}
        for c, (dt, fill) in self.defaults.items():
            v = cols.pop(c, fill)
            if isinstance(v, np.ndarray) and v.ndim == 1 and len(v) == n:
                ch[c] = v.astype(dt) if dt is not object else v.astype(object)
            else:
                a = np.empty(n, dtype=dt)
                a[:] = v
                ch[c] = a
        if cols:
            raise KeyError(f"unknown columns {sorted(cols)}")
        self.chunks.append(ch)
        start = self.n
        self.n += n
        return np.arange(start, start + n, dtype=np.int64)

    def frame(self):
        if not self.chunks:
            return {c: np.empty(0, dtype=dt) for c, (dt, _) in self.defaults.items()}
        return {c: np.concatenate([ch[c] for ch in self.chunks]) for c in self.defaults}


def new_lines():
    return Registry({
        "msisdn": (np.int64, 0), "imsi": (np.int64, 0), "person": (np.int64, -1),
        "line_type": (object, "mobile"), "customer_type": (object, "personal"),
        "open_time": (np.int64, T0 - 400 * DAY), "open_channel": (object, None), "open_cell": (np.int64, -1),
        "status": (object, "active"), "status_time": (np.int64, 0), "is_prepaid": (np.int8, 0),
        "home_region": (object, "Gansu"), "imei": (np.int64, 0), "home_cell": (np.int64, -1),
        "work_cell": (np.int64, -1), "close_time": (np.int64, 2 ** 40), "kind": (object, "resident"),
    })


def new_persons():
    return Registry({"id_type": (object, "resident_id"), "region": (object, ""), "age": (np.int16, 40),
                     "kind": (object, "resident")})


def new_accounts():
    return Registry({"person": (np.int64, -1), "bank": (object, "LYRC"), "open_time": (np.int64, T0 - 900 * DAY),
                     "bound_msisdn": (np.int64, 0), "status": (object, "active"), "in_registry": (np.int8, 1),
                     "kind": (object, "personal")})


class Sink:
    """Record chunks per data set. ``radio=False`` marks rows whose radio fields must not be auto-filled."""

    def __init__(self):
        self.chunks = defaultdict(list)

    def add(self, ds, n=None, **cols):
        if n is None:
            n = max(len(v) for v in cols.values() if isinstance(v, np.ndarray))
        if n == 0:
            return
        out = {}
        for c, v in cols.items():
            if isinstance(v, np.ndarray) and v.ndim == 1:
                if len(v) != n:
                    raise ValueError(f"{ds}.{c}: {len(v)} != {n}")
                out[c] = v
            else:
                a = np.empty(n, dtype=object if (v is None or isinstance(v, str)) else type(v))
                a[:] = v
                out[c] = a
        self.chunks[ds].append((n, out))


class Truth:
    def __init__(self):
        self.ent = []  # (entity_type, entity array(str or int), role, gang, scheme, first_active array/int)
        self.events = []

    def add(self, etype, ents, role, gang="", scheme="", first=None):
        ents = np.asarray(ents)
        if len(ents) == 0:
            return
        if first is None:
            first = np.zeros(len(ents), dtype=np.int64)
        first = np.broadcast_to(np.asarray(first, dtype=np.int64), (len(ents),)).copy()
        self.ent.append((etype, ents, role, gang, scheme, first))

    def event(self, victims, times, amounts, to_acct, gang):
        self.events.append((np.asarray(victims), np.asarray(times), np.asarray(amounts), np.asarray(to_acct), gang))
