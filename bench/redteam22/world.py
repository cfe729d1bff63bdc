"""The made-up operator's world: constants, calendar, named random streams, string interning and the
row sink every other module appends to (column arrays, never Python rows)."""

from __future__ import annotations

import zlib
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone

import numpy as np

TZ = timezone(timedelta(hours=8))
TZ_NAME = "Asia/Shanghai"
START_DATE = date(2029, 12, 26)
START = int(datetime(2029, 12, 26, tzinfo=TZ).timestamp())
DAY = 86400
HOUR = 3600
MIN = 60

OPERATOR = "LiaohaiTel"  # 辽海通信, a made-up regional operator
MCCMNC = 46079  # made-up network code (no real big operator uses 460-79)

# holidays of the 2030 New Year arrangement as made up here: Sat 29 Dec is a make-up working day,
# Sun 30 Dec to Tue 1 Jan are off
HOLIDAYS = {date(2029, 12, 30), date(2029, 12, 31), date(2030, 1, 1)}
MAKEUP_WORKDAYS = {date(2029, 12, 29)}
NY_EVE = date(2029, 12, 31)

#: column kinds per interchange table (writer turns them into typed Arrow columns)
TABLES: dict[str, list[tuple[str, str]]] = {
    "subscribers": [("msisdn", "num"), ("imsi", "num"), ("id_key", "id"), ("id_type", "str"),
                    ("customer_type", "str"), ("line_type", "str"), ("operator", "str"),
                    ("open_time", "time"), ("open_channel", "str"), ("open_cell", "str"), ("status", "str"),
                    ("status_time", "time"), ("is_prepaid", "bool"), ("home_region", "str")],
    "voice": [("call_id", "seq:CDR"), ("start_time", "time"), ("caller", "num"), ("callee", "num"),
              ("duration_s", "int"), ("ring_s", "int"), ("result", "str"), ("caller_imei", "num"),
              ("caller_imsi", "num"), ("caller_cell", "str"), ("callee_cell", "str"),
              ("caller_roaming_country", "str"), ("call_type", "str"), ("media", "str"), ("gateway", "str")],
    "sms": [("sms_id", "seq:SM"), ("send_time", "time"), ("sender", "num"), ("receiver", "num"),
            ("content", "text"), ("sender_imei", "num"), ("sender_cell", "str"),
            ("sender_roaming_country", "str")],
    "device": [("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "str"),
               ("event", "str"), ("roaming_country", "str"), ("bytes", "int")],
    "web": [("time", "time"), ("msisdn", "num"), ("domain", "str"), ("url", "url"), ("ip", "str"),
            ("bytes", "int"), ("app", "str")],
    "apps": [("time", "time"), ("msisdn", "num"), ("app", "str"), ("event", "str"), ("source_url", "str")],
    "internet_accounts": [("platform", "str"), ("account", "pacct"), ("msisdn", "num"),
                          ("register_time", "time"), ("status", "str")],
    "bank_accounts": [("account_id", "acct"), ("id_key", "id"), ("bank", "str"), ("open_time", "time"),
                      ("bound_msisdn", "num"), ("status", "str")],
    "transfers": [("txn_id", "seq:TX"), ("time", "time"), ("from_account", "acct"), ("to_account", "acct"),
                  ("amount", "float"), ("currency", "str"), ("channel", "str"), ("initiated_msisdn", "num")],
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "internet_accounts": "register_time", "bank_accounts": "open_time",
            "subscribers": "open_time"}


class Interner:
    """Strings to small integer codes (one table for every categorical column)."""

    def __init__(self):
        self.codes: dict[str, int] = {}
        self.strings: list[str] = []

    def __call__(self, s: str | None) -> int:
        if s is None:
            return -1
        c = self.codes.get(s)
        if c is None:
            c = len(self.strings)
            self.codes[s] = c
            self.strings.append(s)
        return c

    def many(self, seq) -> np.ndarray:
        return np.array([self(s) for s in seq], dtype=np.int32)


class Sink:
    """Column chunks per table. Scalars broadcast; strings are interned on the way in."""

    def __init__(self, interner: Interner):
        self.I = interner
        self.parts: dict[str, list[tuple[int, dict]]] = defaultdict(list)
        self.kinds = {t: dict(cols) for t, cols in TABLES.items()}

    def add(self, table: str, **cols) -> None:
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray):
                n = len(v)
                break
            if isinstance(v, tuple) and isinstance(v[0], np.ndarray):
                n = len(v[0])
                break
        if n is None:
            n = 1
        if n == 0:
            return
        kinds = self.kinds[table]
        out = {}
        for k, v in cols.items():
            kind = kinds[k]
            if kind == "str":
                if isinstance(v, str) or v is None:
                    v = self.I(v)
                elif isinstance(v, np.ndarray) and v.dtype.kind in "UO":
                    u, inv = np.unique(v, return_inverse=True)
                    v = self.I.many(list(u))[inv]
            elif kind == "text" and isinstance(v, tuple) and not isinstance(v[0], np.ndarray):
                v = (np.full(n, v[0], np.int32), np.full(n, v[1], np.int64))
            out[k] = v
        self.parts[table].append((n, out))

    def rows(self, table: str) -> int:
        return sum(n for n, _ in self.parts[table])


class World:
    """Everything one generation run shares."""

    def __init__(self, seed: int, subscribers: int, days: int):
        self.seed = seed
        self.S = subscribers
        self.days = days
        self.start = START
        self.end = START + days * DAY
        self.I = Interner()
        self.sink = Sink(self.I)
        self.dates = [START_DATE + timedelta(days=d) for d in range(days)]
        # 0 workday, 1 weekend, 2 holiday
        self.day_kind = np.array([2 if x in HOLIDAYS else 0 if x in MAKEUP_WORKDAYS else
                                  (1 if x.weekday() >= 5 else 0) for x in self.dates], dtype=np.int8)
        self.eve_day = next((d for d, x in enumerate(self.dates) if x == NY_EVE), -1)
        self.scale = subscribers / 20000.0
        self.extra_reports: list = []  # filled by modules for feedback.py
        self.notes: dict = {}

    def rng(self, name: str) -> np.random.Generator:
        return np.random.default_rng(np.random.SeedSequence([self.seed, zlib.crc32(name.encode())]))

    def n(self, base: float, lo: int = 1) -> int:
        """A count that scales with the number of subscribers."""
        return max(lo, int(round(base * self.scale)))

    def day_of(self, t: np.ndarray) -> np.ndarray:
        return ((t - START) // DAY).astype(np.int64)

    def hour_of(self, t: np.ndarray) -> np.ndarray:
        return ((t - START) % DAY) // HOUR

    def kind_of(self, t: np.ndarray) -> np.ndarray:
        d = np.clip(self.day_of(t), 0, self.days - 1)
        return self.day_kind[d]

    def clip_time(self, t: np.ndarray) -> np.ndarray:
        return np.clip(t, self.start, self.end - 1)

    def day(self, dt: date) -> int:
        return (dt - START_DATE).days


def epoch(y, m, d, hh=0, mm=0, ss=0) -> int:
    return int(datetime(y, m, d, hh, mm, ss, tzinfo=TZ).timestamp())
