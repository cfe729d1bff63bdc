"""Shared machinery of the Heilongjiang generator: the record buffers, identifiers, time draws and the
building blocks (new SIMs, calls, SMS, web visits, payments) that ordinary life, the gangs and the
look-alikes are all made of. Everything is vectorised over rows; entities are integers until written."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TZ = timezone(timedelta(hours=8))
START = int(datetime(2026, 12, 10, tzinfo=TZ).timestamp())
DAY = 86400
HOUR = 3600

# column kinds: m = phone number (int64, 0 = missing), t = time (int64 epoch s), c = cell (int index, -1 = missing),
# i = int64, f = float, s = string (object array / scalar), e = imei / imsi (int64 digits, 0 = missing), b = bool
SCHEMA: dict[str, list[tuple[str, str]]] = {
    "subscribers": [("msisdn", "m"), ("imsi", "e"), ("id_key", "s"), ("id_type", "s"), ("customer_type", "s"),
                    ("line_type", "s"), ("operator", "s"), ("open_time", "t"), ("open_channel", "s"),
                    ("open_cell", "c"), ("status", "s"), ("status_time", "t"), ("is_prepaid", "b"),
                    ("home_region", "s")],
    "voice": [("call_id", "s"), ("start_time", "t"), ("caller", "m"), ("callee", "m"), ("duration_s", "i"),
              ("ring_s", "i"), ("result", "s"), ("caller_imei", "e"), ("caller_imsi", "e"), ("caller_cell", "c"),
              ("callee_cell", "c"), ("caller_roaming_country", "s"), ("call_type", "s"), ("media", "s"),
              ("gateway", "s")],
    "sms": [("sms_id", "s"), ("send_time", "t"), ("sender", "m"), ("receiver", "m"), ("content", "s"),
            ("sender_imei", "e"), ("sender_cell", "c"), ("sender_roaming_country", "s")],
    "device": [("time", "t"), ("msisdn", "m"), ("imsi", "e"), ("imei", "e"), ("cell", "c"), ("event", "s"),
               ("roaming_country", "s"), ("bytes", "i")],
    "web": [("time", "t"), ("msisdn", "m"), ("domain", "s"), ("url", "s"), ("ip", "s"), ("bytes", "i"), ("app", "s")],
    "apps": [("time", "t"), ("msisdn", "m"), ("app", "s"), ("event", "s"), ("source_url", "s")],
    "internet_accounts": [("platform", "s"), ("account", "s"), ("msisdn", "m"), ("register_time", "t"),
                          ("status", "s")],
    "bank_accounts": [("account_id", "s"), ("id_key", "s"), ("bank", "s"), ("open_time", "t"),
                      ("bound_msisdn", "m"), ("status", "s")],
    "transfers": [("txn_id", "s"), ("time", "t"), ("from_account", "s"), ("to_account", "s"), ("amount", "f"),
                  ("currency", "s"), ("channel", "s"), ("initiated_msisdn", "m")],
    "reports": [("report_id", "s"), ("time", "t"), ("entity_type", "s"), ("entity", "s"), ("label", "s"),
                ("fraud_type", "s"), ("loss_amount", "f"), ("source", "s")],
    "lists": [("entity_type", "s"), ("entity", "s"), ("list", "s"), ("reason", "s"), ("added_time", "t"),
              ("expires_time", "t")],
    "cells": [("cell", "s"), ("lat", "f"), ("lon", "f"), ("region", "s"), ("site_type", "s")],
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "internet_accounts": "register_time",
            "subscribers": "open_time", "bank_accounts": "open_time"}
EVENT_TYPES = ("voice", "sms", "device", "web", "apps", "transfers", "reports")
ID_COL = {"voice": ("call_id", "CL"), "sms": ("sms_id", "SM"), "transfers": ("txn_id", "TX"),
          "reports": ("report_id", "RP")}
TRUTH_ENT = [("entity_type", "s"), ("entity", "s"), ("role", "s"), ("gang_id", "s"), ("scheme", "s"),
             ("first_active", "t")]
TRUTH_EV = [("victim", "m"), ("time", "t"), ("amount", "f"), ("to_account", "s")]

# hour-of-day weights (local time)
HOURS = {
    "day": np.array([1, .5, .3, .3, .3, .6, 2, 5, 8, 9, 9, 8, 7, 8, 9, 9, 9, 9, 10, 10, 9, 7, 4, 2], float),
    "work": np.array([0, 0, 0, 0, 0, 0, .2, 2, 8, 12, 12, 10, 5, 8, 12, 12, 11, 8, 3, 1, .3, 0, 0, 0], float),
    "evening": np.array([2, 1, .3, .2, .2, .3, 1, 2, 3, 3, 3, 4, 5, 4, 3, 3, 4, 6, 9, 12, 13, 12, 9, 5], float),
    "elderly": np.array([0, 0, 0, .2, .5, 2, 6, 9, 10, 10, 9, 7, 5, 6, 8, 8, 7, 6, 6, 5, 3, 1, 0, 0], float),
    "flat": np.array([5, 5, 5, 5, 5, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 5], float),
    "office": np.array([0, 0, 0, 0, 0, 0, 0, 0, 3, 10, 11, 9, 3, 6, 10, 11, 9, 4, 0, 0, 0, 0, 0, 0], float),
}
for _k, _v in HOURS.items():
    HOURS[_k] = np.cumsum(_v / _v.sum())


def splitmix(x: np.ndarray) -> np.ndarray:
    """Deterministic 64-bit mixing (pseudonymous keys from counters)."""
    z = (np.asarray(x, dtype=np.uint64) + np.uint64(0x9E3779B97F4A7C15))
    with np.errstate(over="ignore"):
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return z


def hexkeys(x: np.ndarray, prefix: str = "", width: int = 16) -> np.ndarray:
    h = splitmix(x)
    return np.char.add(prefix, np.char.mod(f"%0{width}x", h >> np.uint64(64 - 4 * width)
                                            if width < 16 else h)).astype(object)


@dataclass
class Ctx:
    rng: np.random.Generator
    seed: int
    n_hist: int
    n_days: int
    tables: dict = field(default_factory=dict)
    truth: list = field(default_factory=list)
    events: list = field(default_factory=list)
    used_numbers: set = field(default_factory=set)
    counters: dict = field(default_factory=dict)
    info: dict = field(default_factory=dict)  # shared lookup structures (population, cells, ...)

    @property
    def total_days(self) -> int:
        return self.n_hist + self.n_days

    @property
    def eval_start(self) -> int:
        return START + self.n_hist * DAY

    @property
    def end(self) -> int:
        return START + self.total_days * DAY

    # ---------------------------------------------------------------- identifiers
    def counter(self, name: str, n: int) -> np.ndarray:
        c = self.counters.get(name, 0)
        self.counters[name] = c + n
        return np.arange(c, c + n, dtype=np.int64)

    def numbers(self, n: int, prefixes, digits: int = 8) -> np.ndarray:
        """n fresh, unique numbers: a random prefix (int, already with country code) + `digits` random digits."""
        prefixes = np.asarray(prefixes, dtype=np.int64)
        out = np.empty(0, dtype=np.int64)
        while len(out) < n:
            k = (n - len(out)) * 2 + 8
            cand = prefixes[self.rng.integers(0, len(prefixes), k)] * 10 ** digits + \
                self.rng.integers(0, 10 ** digits, k)
            cand = pd_unique(cand)
            if self.used_numbers:
                cand = cand[~np.isin(cand, np.fromiter(self.used_numbers, np.int64, len(self.used_numbers)))]
            cand = cand[: n - len(out)]
            out = np.concatenate([out, cand])
            self.used_numbers.update(cand.tolist())
        return out

    def imeis(self, n: int, tacs) -> np.ndarray:
        tacs = np.asarray(tacs, dtype=np.int64)
        t = tacs[self.rng.integers(0, len(tacs), n)]
        serial = (splitmix(self.counter("imei", n) + self.seed * 7919) % np.uint64(10 ** 6)).astype(np.int64)
        body = t * 10 ** 6 + serial
        return body * 10 + luhn(body)

    def imsis(self, msisdn: np.ndarray, mnc: np.ndarray | int = 0) -> np.ndarray:
        mnc = np.broadcast_to(np.asarray(mnc, dtype=np.int64), msisdn.shape)
        tail = (splitmix(msisdn.astype(np.int64) + self.seed) % np.uint64(10 ** 10)).astype(np.int64)
        return (46000 + mnc) * 10 ** 10 + tail

    def id_keys(self, n: int) -> np.ndarray:
        return hexkeys(self.counter("idkey", n) + self.seed * 1_000_003, "", 16)

    def account_ids(self, n: int) -> np.ndarray:
        return hexkeys(self.counter("acct", n) + self.seed * 2_000_003 + (1 << 40), "", 16)

    # ---------------------------------------------------------------- buffers
    def add(self, table: str, **cols) -> None:
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray | list | pa.Array):
                n = len(v)
                break
        if n is None:
            raise ValueError("add() needs at least one array column")
        if n == 0:
            return
        self.tables.setdefault(table, []).append((n, cols))

    def add_truth(self, entity_type: str, entities, role: str, gang_id: str | None, scheme: str,
                  first_active) -> None:
        ent = np.asarray(entities)
        if ent.dtype.kind in "iu":
            ent = pc.cast(pa.array(ent.astype(np.int64)), pa.string()).to_numpy(zero_copy_only=False)
        ent = np.asarray(ent, dtype=object)
        if len(ent) == 0:
            return
        self.truth.append((len(ent), {"entity_type": entity_type, "entity": ent, "role": role,
                                      "gang_id": gang_id, "scheme": scheme,
                                      "first_active": np.broadcast_to(np.asarray(first_active, np.int64),
                                                                      ent.shape).copy()}))

    def add_events(self, victim, time, amount, to_account) -> None:
        self.events.append((len(victim), {"victim": victim, "time": time, "amount": amount,
                                          "to_account": to_account}))

    def rows(self, table: str) -> int:
        return sum(n for n, _ in self.tables.get(table, []))


def pd_unique(a: np.ndarray) -> np.ndarray:
    """Unique values in first-seen order (deterministic)."""
    _, idx = np.unique(a, return_index=True)
    return a[np.sort(idx)]


def luhn(body: np.ndarray) -> np.ndarray:
    """Luhn check digit of 14-digit bodies (IMEI)."""
    digits = np.stack([(body // 10 ** k) % 10 for k in range(14)], axis=1)  # k=0 is the rightmost
    dbl = digits.copy()
    dbl[:, 0::2] *= 2
    dbl = np.where(dbl > 9, dbl - 9, dbl)
    return (10 - dbl.sum(axis=1) % 10) % 10


# -------------------------------------------------------------------- time draws
def times_on_days(rng, days: np.ndarray, profile: str = "day") -> np.ndarray:
    """Epoch seconds on the given day indices, hour from a profile."""
    days = np.asarray(days, dtype=np.int64)
    h = np.searchsorted(HOURS[profile], rng.random(len(days)), side="right")
    h = np.minimum(h, 23)
    return START + days * DAY + h * HOUR + rng.integers(0, HOUR, len(days))


def pick(rng, arr: np.ndarray, n: int) -> np.ndarray:
    arr = np.asarray(arr)
    return arr[rng.integers(0, len(arr), n)]


def lognormal(rng, median: float, sigma: float, n: int, lo: float = 1, hi: float = 1e9) -> np.ndarray:
    return np.clip(np.exp(np.log(median) + sigma * rng.standard_normal(n)), lo, hi)


def money(rng, median: float, sigma: float, n: int, lo: float = 1) -> np.ndarray:
    """Amounts rounded like people pay: larger sums to whole hundreds."""
    a = lognormal(rng, median, sigma, n, lo)
    return np.where(a >= 2000, np.round(a, -2), np.where(a >= 100, np.round(a), np.round(a, 2)))


# -------------------------------------------------------------------- building blocks
def new_sims(ctx: Ctx, msisdn, *, id_key, open_time, open_cell=-1, line_type="mobile",
             customer_type="personal", id_type="resident_id", channel="", operator="CMCC", prepaid=False,
             status="active", status_time=None, region="Heilongjiang", mnc=0) -> np.ndarray:
    """Subscriber rows; returns the IMSIs."""
    msisdn = np.asarray(msisdn, np.int64)
    n = len(msisdn)
    imsi = ctx.imsis(msisdn, mnc) if line_type == "mobile" or line_type == "iot" else np.zeros(n, np.int64)
    ctx.add("subscribers", msisdn=msisdn, imsi=imsi, id_key=_arr(id_key, n), id_type=id_type,
            customer_type=customer_type, line_type=line_type, operator=operator,
            open_time=_arr(open_time, n, np.int64), open_channel=channel, open_cell=_arr(open_cell, n, np.int64),
            status=status, status_time=None if status_time is None else _arr(status_time, n, np.int64),
            is_prepaid=_arr(prepaid, n, bool), home_region=region)
    return imsi


def _arr(v, n, dtype=None):
    a = np.asarray(v, dtype=dtype) if dtype is not None else np.asarray(v)
    if a.ndim == 0:
        return np.full(n, a.item() if a.dtype.kind != "O" else a.item(), dtype=a.dtype if a.dtype.kind != "U"
                       else object)
    return a


def calls(ctx: Ctx, caller, callee, t, dur, *, imei=0, imsi=0, caller_cell=-1, callee_cell=-1, roaming=None,
          call_type="mobile", media="voice", gateway=None, result=None, ring=None) -> None:
    caller = np.asarray(caller, np.int64)
    n = len(caller)
    dur = np.asarray(dur).astype(np.int64)
    if result is None:
        rr = ctx.rng.random(n)
        result = np.where(dur > 0, "answered", np.where(rr < 0.7, "no_answer", np.where(rr < 0.85, "busy",
                                                                                     "rejected"))).astype(object)
    if ring is None:
        ring = np.where(dur > 0, ctx.rng.integers(2, 18, n), ctx.rng.integers(5, 45, n))
    ctx.add("voice", start_time=np.asarray(t, np.int64), caller=caller, callee=np.asarray(callee, np.int64),
            duration_s=dur, ring_s=np.asarray(ring, np.int64), result=result, caller_imei=imei, caller_imsi=imsi,
            caller_cell=caller_cell, callee_cell=callee_cell, caller_roaming_country=roaming, call_type=call_type,
            media=media, gateway=gateway)


def answered_durations(rng, n: int, p_answer: float, median: float, sigma: float = 0.9) -> np.ndarray:
    ans = rng.random(n) < p_answer
    return np.where(ans, lognormal(rng, median, sigma, n, 3, 5400), 0).astype(np.int64)


def sms(ctx: Ctx, sender, receiver, t, content, *, imei=0, cell=-1, roaming=None) -> None:
    sender = np.asarray(sender, np.int64)
    ctx.add("sms", send_time=np.asarray(t, np.int64), sender=sender, receiver=np.asarray(receiver, np.int64),
            content=content, sender_imei=imei, sender_cell=cell, sender_roaming_country=roaming)


def device(ctx: Ctx, msisdn, t, event, *, imsi=0, imei=0, cell=-1, roaming=None, nbytes=None) -> None:
    ctx.add("device", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64), imsi=imsi, imei=imei,
            cell=cell, event=event, roaming_country=roaming, bytes=nbytes)


def data_life(ctx: Ctx, msisdn, imsi, imei, cells, days, per_day: float, *, roaming=None, profile="day") -> None:
    """Ordinary data sessions and location updates of some phones over some days (vectorised)."""
    msisdn = np.asarray(msisdn, np.int64)
    rng = ctx.rng
    for d in days:
        k = rng.poisson(per_day, len(msisdn))
        idx = np.repeat(np.arange(len(msisdn)), k)
        if len(idx) == 0:
            continue
        t = times_on_days(rng, np.full(len(idx), d), profile)
        ev = np.where(rng.random(len(idx)) < 0.75, "data_session", "location_update").astype(object)
        nb = np.where(ev == "data_session", lognormal(rng, 2.5e6, 1.4, len(idx), 2e3, 3e9).astype(np.int64), 0)
        c = np.asarray(cells)
        cc = c[idx] if c.ndim == 1 else c[idx, rng.integers(0, c.shape[1], len(idx))]
        device(ctx, msisdn[idx], t, ev, imsi=np.asarray(imsi)[idx], imei=np.asarray(imei)[idx], cell=cc,
               roaming=None if roaming is None else np.asarray(roaming, dtype=object)[idx] if
               np.ndim(roaming) else roaming,
               nbytes=np.where(ev == "data_session", nb, None).astype(object))


def web(ctx: Ctx, msisdn, t, domain, *, path="/", ip=None, nbytes=None, app=None) -> None:
    n = len(msisdn)
    domain = _arr(domain, n).astype(object)
    path = _arr(path, n).astype(object)
    url = np.char.add(np.char.add("https://", domain.astype(str)), path.astype(str)).astype(object)
    if nbytes is None:
        nbytes = lognormal(ctx.rng, 4e4, 1.2, n, 500, 5e7).astype(np.int64)
    ctx.add("web", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64), domain=domain, url=url,
            ip=ip, bytes=nbytes, app=app)


def ctx_apps(ctx: Ctx, msisdn, t, app, event="use", source_url=None) -> None:
    ctx.add("apps", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64), app=app, event=event,
            source_url=source_url)


def pay(ctx: Ctx, src, dst, t, amount, *, channel="mobile_app", initiated=0, currency="CNY") -> None:
    ctx.add("transfers", time=np.asarray(t, np.int64), from_account=np.asarray(src, dtype=object),
            to_account=np.asarray(dst, dtype=object), amount=np.round(np.asarray(amount, float), 2),
            currency=currency, channel=channel, initiated_msisdn=initiated)


def accounts(ctx: Ctx, id_key, bound, open_time, bank="ICBC", status="active") -> np.ndarray:
    n = len(id_key)
    acc = ctx.account_ids(n)
    ctx.add("bank_accounts", account_id=acc, id_key=np.asarray(id_key, dtype=object), bank=bank,
            open_time=_arr(open_time, n, np.int64), bound_msisdn=_arr(bound, n, np.int64), status=status)
    return acc


def report(ctx: Ctx, t, entity_type, entity, label, *, fraud_type=None, loss=None, source="user_report") -> None:
    ent = np.asarray(entity)
    if ent.dtype.kind in "iu":
        ent = pc.cast(pa.array(ent.astype(np.int64)), pa.string()).to_numpy(zero_copy_only=False)
    ctx.add("reports", time=np.asarray(t, np.int64), entity_type=entity_type, entity=np.asarray(ent, object),
            label=label, fraud_type=fraud_type, loss_amount=loss, source=source)


def listing(ctx: Ctx, entity_type, entity, lst, reason, added, expires=None) -> None:
    ent = np.asarray(entity)
    if ent.dtype.kind in "iu":
        ent = pc.cast(pa.array(ent.astype(np.int64)), pa.string()).to_numpy(zero_copy_only=False)
    ctx.add("lists", entity_type=entity_type, entity=np.asarray(ent, object), list=lst, reason=reason,
            added_time=_arr(added, len(ent), np.int64), expires_time=expires)


# -------------------------------------------------------------------- writing
def _column(kind: str, vals: list, cell_names: pa.Array) -> pa.Array:
    if kind == "t":
        a = np.concatenate([np.asarray(v, dtype=object if v.dtype.kind == "O" else np.int64) for v in vals])
        if a.dtype.kind == "O":
            mask = np.fromiter((x is None for x in a), bool, len(a))
            a = np.where(mask, 0, a).astype(np.int64)
            return pa.array(a, pa.timestamp("s", tz="Asia/Shanghai"), mask=mask)
        return pa.array(a, pa.timestamp("s", tz="Asia/Shanghai"))
    if kind in ("m", "e"):
        a = np.concatenate([np.asarray(v, np.int64) for v in vals])
        return pc.cast(pa.array(a, mask=a <= 0), pa.string())
    if kind == "c":
        a = np.concatenate([np.asarray(v, np.int64) for v in vals])
        return cell_names.take(pa.array(np.where(a < 0, 0, a), mask=a < 0))
    if kind == "i":
        a = np.concatenate([np.asarray(v) for v in vals])
        if a.dtype.kind == "O":
            mask = np.fromiter((x is None for x in a), bool, len(a))
            return pa.array(np.where(mask, 0, a).astype(np.int64), mask=mask)
        return pa.array(a.astype(np.int64))
    if kind == "f":
        a = np.concatenate([np.asarray(v) for v in vals])
        if a.dtype.kind == "O":
            mask = np.fromiter((x is None for x in a), bool, len(a))
            return pa.array(np.where(mask, 0, a).astype(float), mask=mask)
        return pa.array(a.astype(float))
    if kind == "b":
        return pa.array(np.concatenate([np.asarray(v, bool) for v in vals]))
    return pa.array(np.concatenate([np.asarray(v, dtype=object) for v in vals]), pa.string())


def build_table(parts: list, schema: list[tuple[str, str]], cell_names: pa.Array) -> pa.Table:
    cols = {}
    parts = parts or [(0, {})]
    for name, kind in schema:
        vals = []
        for n, c in parts:
            v = c.get(name)
            if v is None:
                v = np.full(n, 0 if kind in "mtei" else (-1 if kind == "c" else None),
                            dtype=np.int64 if kind in "mtec" else object)
                if kind == "t":
                    v = np.full(n, None, dtype=object)
                if kind in "if":
                    v = np.full(n, None, dtype=object)
            elif np.ndim(v) == 0:
                x = v.item() if isinstance(v, np.generic) else v
                v = np.full(n, x, dtype=np.int64 if kind in "mtec" else (bool if kind == "b" else object))
            vals.append(v)
        cols[name] = _column(kind, vals, cell_names)
    return pa.table(cols)


def write(ctx: Ctx, out: str, cells: pa.Table) -> dict:
    counts = {}
    cell_names = cells.column("cell").combine_chunks()
    for name, schema in SCHEMA.items():
        if name == "cells":
            tab = cells
        else:
            tab = build_table(ctx.tables.get(name, []), schema, cell_names)
            tcol = TIME_COL.get(name)
            if name in EVENT_TYPES and tab.num_rows:  # the export covers the period only
                tv = pc.cast(tab.column(tcol), pa.int64())
                tab = tab.filter(pc.and_(pc.greater_equal(tv, START), pc.less(tv, ctx.end)))
            if tcol and tab.num_rows:
                order = pc.sort_indices(tab, sort_keys=[(tcol, "ascending")])
                tab = tab.take(order)
            if name in ID_COL:
                col, prefix = ID_COL[name]
                ids = pc.binary_join_element_wise(
                    pa.scalar(prefix + f"{ctx.seed:03d}"),
                    pc.utf8_lpad(pc.cast(pa.array(np.arange(tab.num_rows, dtype=np.int64)), pa.string()), 9, "0"),
                    "")
                tab = tab.set_column(tab.schema.get_field_index(col), col, ids)
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        pq.write_table(tab, os.path.join(d, f"{name}.parquet"), compression="zstd")
        counts[name] = tab.num_rows
    for name, schema, parts in (("entities", TRUTH_ENT, ctx.truth), ("events", TRUTH_EV, ctx.events)):
        tab = build_table(parts, schema, cell_names)
        d = os.path.join(out, "truth", name)
        os.makedirs(d, exist_ok=True)
        pq.write_table(tab, os.path.join(d, f"{name}.parquet"), compression="zstd")
        counts["truth_" + name] = tab.num_rows
    return counts
