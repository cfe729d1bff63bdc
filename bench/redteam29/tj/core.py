"""Shared state of one run: seeded streams, the string vocabulary, record sinks, cut-offs and truth.

Every record column is held as a compact NumPy array until the end: phone numbers, IMEIs and IMSIs as
int64 ('num'), times as local seconds since 1970 ('time', the clock of Asia/Shanghai, written with
+08:00), every other text as an int32 code into one shared vocabulary ('str'); -1 (or NaN) is missing.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections import defaultdict

import numpy as np

DAY = 86400
HOUR = 3600
#: first local midnight of the default window: Saturday 12 January 2036, sixteen days before Spring Festival
START_DATE = dt.date(2036, 1, 12)
T0 = (START_DATE - dt.date(1970, 1, 1)).days * DAY

S, N, I, T, F, B, ID = "str", "num", "int", "time", "float", "bool", "id"  # noqa: E741
SCHEMA: dict[str, dict[str, str]] = {
    "subscribers": dict(msisdn=N, imsi=N, id_key=S, id_type=S, customer_type=S, line_type=S, operator=S,
                        open_time=T, open_channel=S, open_cell=S, status=S, status_time=T, is_prepaid=B,
                        home_region=S),
    "voice": dict(call_id=ID, start_time=T, caller=N, callee=N, duration_s=I, ring_s=I, result=S,
                  caller_imei=N, caller_imsi=N, caller_cell=S, callee_cell=S, caller_roaming_country=S,
                  call_type=S, media=S, gateway=S),
    "sms": dict(sms_id=ID, send_time=T, sender=N, receiver=N, content=S, sender_imei=N, sender_cell=S,
                sender_roaming_country=S),
    "device": dict(time=T, msisdn=N, imsi=N, imei=N, cell=S, event=S, roaming_country=S, bytes=I),
    "cells": dict(cell=S, lat=F, lon=F, region=S, site_type=S),
    "web": dict(time=T, msisdn=N, domain=S, url=S, ip=S, bytes=I, app=S),
    "apps": dict(time=T, msisdn=N, app=S, event=S, source_url=S),
    "internet_accounts": dict(platform=S, account=S, msisdn=N, register_time=T, status=S),
    "bank_accounts": dict(account_id=S, id_key=S, bank=S, open_time=T, bound_msisdn=N, status=S),
    "transfers": dict(txn_id=ID, time=T, from_account=S, to_account=S, amount=F, currency=S, channel=S,
                      initiated_msisdn=N),
    "reports": dict(report_id=ID, time=T, entity_type=S, entity=S, label=S, fraud_type=S, loss_amount=F,
                    source=S),
    "lists": dict(entity_type=S, entity=S, list=S, reason=S, added_time=T, expires_time=T),
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "internet_accounts": "register_time"}


class Vocab:
    """Every text value once; columns hold int32 codes into it."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.items: list[str] = []

    def code(self, s: str) -> int:
        c = self.index.get(s)
        if c is None:
            c = self.index[s] = len(self.items)
            self.items.append(s)
        return c

    def codes(self, values) -> np.ndarray:
        arr = np.asarray(values)
        if arr.size == 0:
            return np.zeros(0, np.int32)
        if arr.dtype == object:
            arr = np.where(np.equal(arr, None), "", arr)
        u, inv = np.unique(arr.astype(str), return_inverse=True)
        # the empty text is a missing value
        return np.array([self.code(x) if x else -1 for x in u], np.int32)[inv.reshape(-1)]

    def text(self, codes) -> np.ndarray:
        items = np.array(self.items, dtype=object)
        return items[np.asarray(codes)]


class Sink:
    """Parts of each record type, as dicts of equal-length arrays, in emission order."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.parts: dict[str, list[tuple[int, dict]]] = defaultdict(list)

    def _col(self, kind: str, v, n: int) -> np.ndarray:
        if kind == S:
            if v is None:
                return np.full(n, -1, np.int32)
            if isinstance(v, str):
                return np.full(n, self.vocab.code(v), np.int32)
            a = np.asarray(v)
            if a.dtype.kind in "iu":
                return np.broadcast_to(a.astype(np.int32), (n,)).copy()
            return self.vocab.codes(a)
        if kind == F:
            if v is None:
                return np.full(n, np.nan)
            return np.broadcast_to(np.asarray(v, np.float64), (n,)).copy()
        if kind == B:
            if v is None:
                return np.full(n, -1, np.int8)
            return np.broadcast_to(np.asarray(v).astype(np.int8), (n,)).copy()
        if v is None:
            return np.full(n, -1, np.int64)
        return np.broadcast_to(np.asarray(v, np.int64), (n,)).copy()

    def add(self, rtype: str, **cols) -> int:
        kinds = SCHEMA[rtype]
        lens = {len(v) for v in cols.values() if isinstance(v, np.ndarray) and v.ndim == 1}
        if len(lens) > 1:
            raise ValueError(f"{rtype}: columns of different lengths {lens}")
        n = lens.pop() if lens else 1
        if n == 0:
            return 0
        part = {k: self._col(kinds[k], v, n) for k, v in cols.items()}
        self.parts[rtype].append((n, part))
        return n


class Truth:
    """Truth entities (one row per entity: the first role given wins) and victim payment events."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.rows: list[tuple] = []
        self.events: list[tuple] = []

    def add(self, entity_type: str, entities, role: str, gang_id: str, scheme: str, first_active) -> None:
        ents = np.atleast_1d(np.asarray(entities))
        fa = np.broadcast_to(np.asarray(first_active, np.int64), ents.shape)
        for e, t in zip(ents.tolist(), fa.tolist(), strict=True):
            self.rows.append((entity_type, str(e), role, gang_id, scheme, int(t)))

    def event(self, victims, times, amounts, to_accounts) -> None:
        """Victim payments: victim msisdns, times, amounts and the receiving account codes."""
        acc = self.vocab.text(to_accounts)
        for v, t, a, ac in zip(np.asarray(victims).tolist(), np.asarray(times).tolist(),
                               np.asarray(amounts).tolist(), acc.tolist(), strict=True):
            self.events.append((str(v), int(t), float(a), ac))


class Ctx:
    """One run: seed, window, sinks, the population once built, and the registry of cut-off numbers."""

    def __init__(self, seed: int, subscribers: int, days: int) -> None:
        self.seed = seed
        self.n = subscribers
        self.days = days
        self.t0 = T0
        self.t1 = T0 + days * DAY
        self.scale = subscribers / 20000.0
        self.vocab = Vocab()
        self.sink = Sink(self.vocab)
        self.truth = Truth(self.vocab)
        self.cuts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.feedback: list[dict] = []  # report material gathered by gangs and look-alikes
        self.pop = None
        self.numbers = None
        self.cells = None
        self.books = None
        self.banks = None
        self.mules = None  # the laundering network (gang g08) once built
        self.card_pool = None  # bought cards waiting for use (gangs g02, g03)
        self.known_bad: list[tuple] = []  # (entity_type, entity, list, added_time) for the lists feed
        self.noise: dict[str, list] = {"complain": [], "appeal": [], "allow": [], "stale_block": [],
                                       "wrong_victim": [], "watch": []}

    def rng(self, name: str) -> np.random.Generator:
        """An independent stream per module name, fixed by the seed."""
        return np.random.default_rng([self.seed, zlib.crc32(name.encode())])

    def k(self, base: float, lo: int = 1) -> int:
        """A count scaled to the population size (20,000 subscribers = base)."""
        return max(lo, int(round(base * self.scale)))

    def cut(self, msisdns, t_from, t_to=None) -> None:
        """Numbers cut off by the operator from ``t_from`` (until ``t_to`` when reinstated)."""
        m = np.atleast_1d(np.asarray(msisdns, np.int64))
        a = np.broadcast_to(np.asarray(t_from, np.int64), m.shape)
        b = np.broadcast_to(np.asarray(np.iinfo(np.int64).max if t_to is None else t_to, np.int64), m.shape)
        self.cuts.append((m, a.copy(), b.copy()))

    def s(self, text: str) -> int:
        return self.vocab.code(text)
