"""World state of the Anhui generator: the clock, registries (IDs, numbers, subscribers, bank accounts), the
columnar event tables every part appends to, and the ground truth.

Everything is numpy arrays appended chunk by chunk (one chunk per behaviour batch, never per row); strings
are built only when the tables are written (writer.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np

TZ_S = 8 * 3600
CST = timezone(timedelta(hours=8))
DAY = 86400
HOUR = 3600

# column kinds and their null sentinels
NULLS = {"time": np.iinfo(np.int64).min, "num": 0, "int": -1, "float": np.nan, "cat": -1, "tpl": -1,
         "cell": -1, "idk": -1, "acct": -1, "bool": -1}
DTYPES = {"time": np.int64, "num": np.int64, "int": np.int64, "float": np.float64, "cat": np.int32,
          "tpl": np.int32, "cell": np.int32, "idk": np.int32, "acct": np.int32, "bool": np.int8}


class Vocab:
    """Strings of a categorical column, coded in order of first use (deterministic)."""

    def __init__(self):
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def code(self, s: str) -> int:
        c = self.index.get(s)
        if c is None:
            c = self.index[s] = len(self.items)
            self.items.append(s)
        return c

    def codes(self, strings) -> np.ndarray:
        return np.array([self.code(s) for s in strings], dtype=np.int32)


class Table:
    """A record type being built: a spec (column -> kind) and chunks of equal-length numpy columns."""

    def __init__(self, name: str, spec: list[tuple[str, str]]):
        self.name = name
        self.spec = dict(spec)
        for col, kind in spec:
            if kind == "tpl":
                self.spec[col + "_n"] = "int"
        self.vocab = {c: Vocab() for c, k in spec if k in ("cat", "tpl")}
        self.chunks: list[tuple[int, dict]] = []
        self.rows = 0

    def code(self, col: str, s: str) -> int:
        return self.vocab[col].code(s)

    def codes(self, col: str, strings) -> np.ndarray:
        return self.vocab[col].codes(strings)

    def add(self, **cols) -> None:
        conv = {}
        for c, v in cols.items():
            if v is None:
                continue
            kind = self.spec[c]
            if kind in ("cat", "tpl"):
                if isinstance(v, str):
                    v = self.vocab[c].code(v)
                elif isinstance(v, (list, tuple)) or (isinstance(v, np.ndarray) and v.dtype.kind in "UO"):
                    v = self.vocab[c].codes(list(v))
            conv[c] = np.asarray(v).astype(DTYPES[kind], copy=False)
        lens = {len(a) for a in conv.values() if a.ndim == 1}
        if len(lens) > 1:
            raise ValueError(f"{self.name}: columns of different lengths {sorted(lens)}")
        n = lens.pop() if lens else 1
        if n == 0:
            return
        chunk = {c: (np.full(n, a, dtype=a.dtype) if a.ndim == 0 else a) for c, a in conv.items()}
        self.chunks.append((n, chunk))
        self.rows += n

    def finish(self) -> dict[str, np.ndarray]:
        out = {}
        for c, kind in self.spec.items():
            parts = []
            for n, ch in self.chunks:
                parts.append(ch[c] if c in ch else np.full(n, NULLS[kind], dtype=DTYPES[kind]))
            out[c] = np.concatenate(parts) if parts else np.zeros(0, dtype=DTYPES[kind])
        return out


SPECS = {
    "subscribers": [("msisdn", "num"), ("imsi", "num"), ("id_key", "idk"), ("id_type", "cat"),
                    ("customer_type", "cat"), ("line_type", "cat"), ("operator", "cat"), ("open_time", "time"),
                    ("open_channel", "cat"), ("open_cell", "cell"), ("status", "cat"), ("status_time", "time"),
                    ("is_prepaid", "bool"), ("home_region", "cat")],
    "voice": [("start_time", "time"), ("caller", "num"), ("callee", "num"), ("duration_s", "int"),
              ("ring_s", "int"), ("result", "cat"), ("caller_imei", "num"), ("caller_imsi", "num"),
              ("caller_cell", "cell"), ("callee_cell", "cell"), ("caller_roaming_country", "cat"),
              ("call_type", "cat"), ("media", "cat"), ("gateway", "cat")],
    "sms": [("send_time", "time"), ("sender", "num"), ("receiver", "num"), ("content", "tpl"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", "cat")],
    "device": [("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"),
               ("event", "cat"), ("roaming_country", "cat"), ("bytes", "int")],
    "web": [("time", "time"), ("msisdn", "num"), ("domain", "tpl"), ("url", "tpl"), ("ip", "cat"),
            ("bytes", "int"), ("app", "cat")],
    "apps": [("time", "time"), ("msisdn", "num"), ("app", "cat"), ("event", "cat"), ("source_url", "tpl")],
    "internet_accounts": [("platform", "cat"), ("account", "cat"), ("msisdn", "num"), ("register_time", "time"),
                          ("status", "cat")],
    "bank_accounts": [("account_id", "acct"), ("id_key", "idk"), ("bank", "cat"), ("open_time", "time"),
                      ("bound_msisdn", "num"), ("status", "cat")],
    "transfers": [("time", "time"), ("from_account", "acct"), ("to_account", "acct"), ("amount", "float"),
                  ("currency", "cat"), ("channel", "cat"), ("initiated_msisdn", "num")],
    "reports": [("time", "time"), ("entity_type", "cat"), ("entity", "cat"), ("label", "cat"),
                ("fraud_type", "cat"), ("loss_amount", "float"), ("source", "cat")],
    "lists": [("entity_type", "cat"), ("entity", "cat"), ("list", "cat"), ("reason", "cat"),
              ("added_time", "time"), ("expires_time", "time")],
    "truth_entities": [("entity_type", "cat"), ("entity", "cat"), ("role", "cat"), ("gang_id", "cat"),
                       ("scheme", "cat"), ("first_active", "time")],
    "truth_events": [("victim", "num"), ("time", "time"), ("amount", "float"), ("to_account", "acct")],
}

# Number segments. "Wantong Mobile" (皖通移动) is the made-up operator whose data this is.
OUR_PREFIXES = np.array([134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 172, 178, 182, 183,
                         184, 187, 188, 195, 197, 198])
OTHER_PREFIXES = np.array([130, 131, 132, 145, 155, 156, 166, 175, 176, 185, 186, 133, 149, 153, 173, 177,
                           180, 181, 189, 190, 191, 193, 199])
VIRTUAL_PREFIXES = np.array([162, 165, 167, 170, 171])
# handset type allocation codes (made up, 8 digits) by kind of device
TACS = {
    "smart": [86012345, 86187304, 86233605, 86410104, 86612803, 86790505, 86875306, 86923407, 35328211,
              35446812, 35837409, 86500206, 86711903, 86035004],
    "feature": [86320001, 86320102, 86455003, 86588104],
    "module": [86722701, 86451903, 86107702],   # industrial 4G modules (GoIP, SMS cats, IoT, alarm panels)
    "iot": [86107702, 86959801, 86270004],
}


def luhn_digit(body: np.ndarray) -> np.ndarray:
    """Check digit for 14-digit IMEI bodies."""
    total = np.zeros(len(body), dtype=np.int64)
    x = body.copy()
    for pos in range(14):  # rightmost body digit is doubled
        d = x % 10
        x //= 10
        if pos % 2 == 0:
            d = d * 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


class World:
    def __init__(self, seed: int, n_subscribers: int, days: int = 12):
        self.seed = seed
        self.rng = np.random.default_rng(seed)
        self.n_target = n_subscribers
        self.days = days
        self.t0 = int(datetime(2029, 3, 29, tzinfo=CST).timestamp())
        self.t_end = self.t0 + days * DAY
        # day types: 2029-03-29 is a Thursday; holiday Wed 4 - Sun 8 April, Sun 1 April a make-up work day
        dates = [datetime(2029, 3, 29) + timedelta(days=d) for d in range(days)]
        self.dates = [d.strftime("%Y-%m-%d") for d in dates]
        holiday = {"2029-04-04", "2029-04-05", "2029-04-06", "2029-04-07", "2029-04-08"}
        makeup = {"2029-04-01"}
        self.workday = np.array([(d.weekday() < 5 or s in makeup) and s not in holiday
                                 for d, s in zip(dates, self.dates, strict=True)])
        self.qingming = self.dates.index("2029-04-04") if "2029-04-04" in self.dates else 6
        self.holiday = np.array([s in holiday for s in self.dates])
        self.T = {name: Table(name, spec) for name, spec in SPECS.items()}
        self.ids: list[str] = []
        self.accounts: list[str] = []
        self.used_numbers: set[int] = set()
        self.used_imeis: set[int] = set()
        self.truth_seen: set[tuple] = set()
        self.status_updates: dict[int, tuple[str, int]] = {}
        self.cards: dict[str, dict] = {}
        self.victim_p: list = []

    # ---- time -------------------------------------------------------------------------------------------
    def day_start(self, d):
        return self.t0 + np.asarray(d, dtype=np.int64) * DAY

    def hour_of(self, t):
        return ((np.asarray(t) + TZ_S) % DAY) // HOUR

    def day_of(self, t):
        return (np.asarray(t) - self.t0) // DAY

    def at(self, d, hours_cdf, n=None):
        """Times on day(s) d drawn from an hourly profile (cumulative weights over 24 hours)."""
        d = np.asarray(d)
        n = len(d) if n is None and d.ndim else (n or 1)
        h = np.searchsorted(hours_cdf, self.rng.random(n) * hours_cdf[-1], side="right")
        return self.day_start(d) + np.minimum(h, 23) * HOUR + self.rng.integers(0, HOUR, n)

    # ---- registries -------------------------------------------------------------------------------------
    def new_ids(self, n: int) -> np.ndarray:
        start = len(self.ids)
        xs = self.rng.integers(1 << 60, 1 << 63, n, dtype=np.int64)
        self.ids.extend(f"{x:016x}" for x in xs.tolist())
        return np.arange(start, start + n, dtype=np.int32)

    def new_account_ids(self, n: int) -> np.ndarray:
        start = len(self.accounts)
        xs = self.rng.integers(1 << 52, 1 << 55, n, dtype=np.int64)
        self.accounts.extend(f"acc{x:014x}" for x in xs.tolist())
        return np.arange(start, start + n, dtype=np.int32)

    def _unique(self, gen, n, used):
        out: list[int] = []
        while len(out) < n:
            for c in gen(n - len(out) + 4).tolist():
                if c not in used:
                    used.add(c)
                    out.append(c)
                    if len(out) == n:
                        break
        return np.array(out, dtype=np.int64)

    def numbers(self, n: int, kind: str = "our", area: int | None = None) -> np.ndarray:
        """Unique phone numbers (E.164 digits). kind: our / other / virtual (mobile), fixed (area code),
        iot (1064 numbers), or intl:<country code>:<national digits>."""
        rng = self.rng
        if n <= 0:
            return np.zeros(0, dtype=np.int64)
        if kind in ("our", "other", "virtual"):
            pre = {"our": OUR_PREFIXES, "other": OTHER_PREFIXES, "virtual": VIRTUAL_PREFIXES}[kind]

            def gen(k):
                return 86 * 10**11 + rng.choice(pre, k) * 10**8 + rng.integers(0, 10**8, k)
        elif kind == "fixed":
            head = (8600 + area) if area < 100 else (86000 + area)

            def gen(k):
                return head * 10**8 + rng.integers(2 * 10**7, 9 * 10**7, k)
        elif kind == "iot":
            def gen(k):
                return 861064 * 10**9 + rng.integers(0, 10**9, k)
        elif kind.startswith("intl:"):
            _, cc, digits = kind.split(":")
            cc, digits = int(cc), int(digits)

            def gen(k):
                return cc * 10**digits + rng.integers(10 ** (digits - 1), 10**digits, k)
        else:
            raise ValueError(kind)
        return self._unique(gen, n, self.used_numbers)

    def imeis(self, n: int, kind: str = "smart", tac: int | None = None) -> np.ndarray:
        rng = self.rng
        tacs = np.array([tac] if tac else TACS[kind])

        def gen(k):
            body = rng.choice(tacs, k) * 10**6 + rng.integers(0, 10**6, k)
            return body * 10 + luhn_digit(body)
        return self._unique(gen, n, self.used_imeis)

    def sibling_imei(self, imei: np.ndarray) -> np.ndarray:
        """Second IMEI of a dual-SIM handset: same TAC, next serial."""
        body = np.asarray(imei) // 10
        body = (body // 10**6) * 10**6 + (body % 10**6 + 1) % 10**6
        out = body * 10 + luhn_digit(body)
        for x in out.tolist():
            self.used_imeis.add(x)
        return out

    def imsis(self, n: int) -> np.ndarray:
        return 46077 * 10**10 + self.rng.choice(10**10, n, replace=False).astype(np.int64)

    def add_subs(self, msisdn, id_idx, open_time, *, imsi=None, id_type="resident_id", customer_type="personal",
                 line_type="mobile", channel="WT-ONLINE", open_cell=-1, status="active", status_time=None,
                 prepaid=True, region="Hefei"):
        msisdn = np.atleast_1d(np.asarray(msisdn, dtype=np.int64))
        n = len(msisdn)
        if imsi is None:
            imsi = self.imsis(n)
        self.T["subscribers"].add(msisdn=msisdn, imsi=imsi, id_key=id_idx, id_type=id_type,
                                  customer_type=customer_type, line_type=line_type, operator="wantong",
                                  open_time=open_time, open_channel=channel, open_cell=open_cell, status=status,
                                  status_time=status_time, is_prepaid=np.asarray(prepaid).astype(np.int8),
                                  home_region=region)
        return imsi

    def add_accounts(self, id_idx, bank, open_time, bound, status="active"):
        id_idx = np.atleast_1d(np.asarray(id_idx))
        acc = self.new_account_ids(len(id_idx))
        self.T["bank_accounts"].add(account_id=acc, id_key=id_idx, bank=bank, open_time=open_time,
                                    bound_msisdn=bound, status=status)
        return acc

    # ---- truth ------------------------------------------------------------------------------------------
    def truth(self, entity_type: str, entities, role: str, gang: str | None = None, scheme: str | None = None,
              first_active=None):
        """Label entities (strings or numbers); one row per (entity, role)."""
        ents = [str(e) for e in np.atleast_1d(np.asarray(entities, dtype=object)).tolist()]
        fa = np.broadcast_to(np.asarray(first_active if first_active is not None else NULLS["time"],
                                        dtype=np.int64), (len(ents),))
        keep = []
        for i, e in enumerate(ents):
            k = (entity_type, e, role)
            if k not in self.truth_seen:
                self.truth_seen.add(k)
                keep.append(i)
        if not keep:
            return
        self.T["truth_entities"].add(entity_type=entity_type, entity=[ents[i] for i in keep], role=role,
                                     gang_id=gang, scheme=scheme, first_active=fa[keep])

    def truth_accounts(self, acc_idx, role, gang=None, scheme=None, first_active=None):
        self.truth("account", [self.accounts[i] for i in np.atleast_1d(acc_idx).tolist()], role, gang, scheme,
                   first_active)

    def truth_ids(self, id_idx, role, gang=None, scheme=None, first_active=None):
        self.truth("id_key", [self.ids[i] for i in np.atleast_1d(id_idx).tolist()], role, gang, scheme,
                   first_active)

    def report(self, t, entity_type, entities, label, fraud_type=None, loss=None, source="police"):
        ents = [str(e) for e in np.atleast_1d(np.asarray(entities, dtype=object)).tolist()]
        if not ents:
            return
        self.T["reports"].add(time=t, entity_type=entity_type, entity=ents, label=label, fraud_type=fraud_type,
                              loss_amount=np.nan if loss is None else loss, source=source)
