"""The world object: random streams, the clock, column buffers for every record type, truth.

Times are int64 seconds from T0 (local midnight 2035-07-08, +08:00), written with a +08:00 offset.
Column kinds: N a number (int64 digits, 0 = missing), T a time, C a cell index (-1 = missing),
S text (None = missing), I an integer (-1 = missing), F a float (NaN = missing), B a boolean.
"""

from __future__ import annotations

import zlib

import numpy as np

T0 = np.datetime64("2035-07-08T00:00:00", "s")
DAY = 86400
HOUR = 3600
T_NULL = -(2**62)

SCHEMA: dict[str, list[tuple[str, str]]] = {
    "subscribers": [("msisdn", "N"), ("imsi", "N"), ("id_key", "S"), ("id_type", "S"), ("customer_type", "S"),
                    ("line_type", "S"), ("operator", "S"), ("open_time", "T"), ("open_channel", "S"),
                    ("open_cell", "C"), ("status", "S"), ("status_time", "T"), ("is_prepaid", "B"),
                    ("home_region", "S")],
    "voice": [("call_id", "S"), ("start_time", "T"), ("caller", "N"), ("callee", "N"), ("duration_s", "I"),
              ("ring_s", "I"), ("result", "S"), ("caller_imei", "N"), ("caller_imsi", "N"), ("caller_cell", "C"),
              ("callee_cell", "C"), ("caller_roaming_country", "S"), ("call_type", "S"), ("media", "S"),
              ("gateway", "S")],
    "sms": [("sms_id", "S"), ("send_time", "T"), ("sender", "N"), ("receiver", "N"), ("content", "S"),
            ("sender_imei", "N"), ("sender_cell", "C"), ("sender_roaming_country", "S")],
    "device": [("time", "T"), ("msisdn", "N"), ("imsi", "N"), ("imei", "N"), ("cell", "C"), ("event", "S"),
               ("roaming_country", "S"), ("bytes", "I")],
    "web": [("time", "T"), ("msisdn", "N"), ("domain", "S"), ("url", "S"), ("ip", "S"), ("bytes", "I"),
            ("app", "S")],
    "apps": [("time", "T"), ("msisdn", "N"), ("app", "S"), ("event", "S"), ("source_url", "S")],
    "internet_accounts": [("platform", "S"), ("account", "S"), ("msisdn", "N"), ("register_time", "T"),
                          ("status", "S")],
    "bank_accounts": [("account_id", "S"), ("id_key", "S"), ("bank", "S"), ("open_time", "T"),
                      ("bound_msisdn", "N"), ("status", "S")],
    "transfers": [("txn_id", "S"), ("time", "T"), ("from_account", "S"), ("to_account", "S"), ("amount", "F"),
                  ("currency", "S"), ("channel", "S"), ("initiated_msisdn", "N")],
    "reports": [("report_id", "S"), ("time", "T"), ("entity_type", "S"), ("entity", "S"), ("label", "S"),
                ("fraud_type", "S"), ("loss_amount", "F"), ("source", "S")],
    "lists": [("entity_type", "S"), ("entity", "S"), ("list", "S"), ("reason", "S"), ("added_time", "T"),
              ("expires_time", "T")],
    "truth_entities": [("entity_type", "S"), ("entity", "S"), ("role", "S"), ("gang_id", "S"), ("scheme", "S"),
                       ("first_active", "T")],
    "truth_events": [("victim", "S"), ("time", "T"), ("amount", "F"), ("to_account", "S")],
}

REQUIRED = {
    "subscribers": ("msisdn", "id_key", "line_type", "open_time"),
    "voice": ("call_id", "start_time", "caller", "callee", "duration_s"),
    "sms": ("sms_id", "send_time", "sender", "receiver"),
    "device": ("time", "msisdn", "imei", "event"),
    "web": ("time", "msisdn", "domain"),
    "apps": ("time", "msisdn", "app"),
    "internet_accounts": ("platform", "account", "msisdn", "register_time"),
    "bank_accounts": ("account_id", "id_key"),
    "transfers": ("txn_id", "time", "from_account", "to_account", "amount"),
    "reports": ("report_id", "time", "entity_type", "entity", "label"),
    "lists": ("entity_type", "entity", "list"),
    "truth_entities": ("entity_type", "entity", "role"),
    "truth_events": ("victim", "time", "amount"),
}

NULLS = {"N": 0, "T": T_NULL, "C": -1, "S": None, "I": -1, "F": np.nan, "B": False}
DTYPES = {"N": np.int64, "T": np.int64, "C": np.int32, "S": object, "I": np.int64, "F": np.float64, "B": bool}


def t_at(day: int, hour: float = 0.0) -> int:
    """Seconds from T0 for a day index and a local hour."""
    return int(day * DAY + hour * HOUR)


def t_date(y: int, m: int, d: int, hour: float = 0.0) -> int:
    """Seconds from T0 for a local calendar date (before or after T0)."""
    days = (np.datetime64(f"{y:04d}-{m:02d}-{d:02d}") - np.datetime64("2035-07-08")).astype(int)
    return int(days * DAY + hour * HOUR)


class World:
    """Everything generated so far, plus the shared context the planting modules read."""

    def __init__(self, seed: int, n_subs: int, days: int):
        self.seed = seed
        self.n_subs = n_subs
        self.days = days
        self.end = days * DAY
        self.chunks: dict[str, list[tuple[int, dict]]] = {k: [] for k in SCHEMA}
        self.geo = None
        self.ids = None
        self.pop = None
        self.claimed = None  # background people already given a part (victim, look-alike)
        self.victims: list[dict] = []  # per gang: dict(gang, msisdn array, ...) for warnings look-alikes
        self.fraud_callees: list[np.ndarray] = []
        self.kinds: set[str] = set()
        self.gangs: set[str] = set()
        self.planted_num: list[np.ndarray] = []
        self.planted_cell: list[np.ndarray] = []
        self.planted_sorted = None
        self.planted_cells_sorted = None
        self.pop_sorted = None
        self.pop_order = None
        self.services = None
        self.service_fixed = None
        self.employers = None
        self.mules = None
        self.card_stock: dict[str, object] = {}
        self.reg_fraud: list[dict] = []  # fraud numbers and resources, for reports and lists
        self.reg_victims: list[dict] = []  # victims, for reports and the warning look-alikes
        self.look_lines: dict = {}
        self.jiema_handles = None
        self.reg_look: list[dict] = []  # look-alike numbers that draw complaints or sit on lists

    # random streams -----------------------------------------------------------------------------------------
    def rng(self, name: str) -> np.random.Generator:
        """An independent, reproducible stream per planting module."""
        return np.random.default_rng([self.seed, zlib.crc32(name.encode("utf-8"))])

    # buffers ---------------------------------------------------------------------------------------------------
    def emit(self, table: str, **cols) -> int:
        """Append rows: arrays (all the same length) and scalars (broadcast)."""
        cols = {c: (v.item() if isinstance(v, np.ndarray) and v.ndim == 0 else v) for c, v in cols.items()}
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray | list):
                n = len(v)
                break
        if n is None:
            n = 1
        if n == 0:
            return 0
        known = {c for c, _ in SCHEMA[table]}
        bad = set(cols) - known
        if bad:
            raise KeyError(f"{table} has no columns {sorted(bad)}")
        out = {}
        for c, v in cols.items():
            if isinstance(v, list):
                v = np.array(v, dtype=object) if v and isinstance(v[0], str | type(None)) else np.asarray(v)
            if isinstance(v, np.ndarray) and len(v) != n:
                raise ValueError(f"{table}.{c}: {len(v)} values for {n} rows")
            out[c] = v
        self.chunks[table].append((n, out))
        return n

    def column(self, table: str, name: str, kind: str) -> np.ndarray:
        parts = []
        for n, cols in self.chunks[table]:
            v = cols.get(name, NULLS[kind])
            if isinstance(v, np.ndarray):
                parts.append(v.astype(DTYPES[kind], copy=False))
            else:
                if v is None and kind != "S":
                    v = NULLS[kind]
                parts.append(np.full(n, v, dtype=DTYPES[kind]))
        if not parts:
            return np.zeros(0, dtype=DTYPES[kind])
        return np.concatenate(parts)

    def rows(self, table: str) -> int:
        return sum(n for n, _ in self.chunks[table])

    # truth -------------------------------------------------------------------------------------------------------
    def truth(self, entity_type: str, entities, role: str, gang: str | None = None, scheme: str | None = None,
              first_active=None) -> None:
        ents = np.asarray(entities)
        if ents.size == 0:
            return
        ents = np.array([str(e) for e in ents.tolist()], dtype=object)
        if role.startswith("lookalike:"):
            self.kinds.add(role.split(":", 1)[1])
        elif gang:
            self.gangs.add(gang)
        fa = T_NULL if first_active is None else first_active
        self.emit("truth_entities", entity_type=np.full(len(ents), entity_type, dtype=object), entity=ents,
                  role=role, gang_id=gang, scheme=scheme,
                  first_active=np.asarray(fa, dtype=np.int64) if np.ndim(fa) else int(fa))

    def look(self, kind: str, entity_type: str, entities, first_active=None) -> None:
        """Label innocent look-alikes of one kind."""
        self.truth(entity_type, entities, "lookalike:" + kind, None, kind, first_active)

    def loss(self, victim, time, amount, to_account) -> None:
        v = np.atleast_1d(np.asarray(victim))
        self.emit("truth_events", victim=np.array([str(x) for x in v.tolist()], dtype=object),
                  time=np.atleast_1d(np.asarray(time, dtype=np.int64)),
                  amount=np.round(np.atleast_1d(np.asarray(amount, dtype=float)), 2),
                  to_account=np.atleast_1d(np.asarray(to_account, dtype=object)))
