"""Turn the sinks into interchange v1 folders: cut-offs applied, rows sorted, ids given, CSV written.

Activity types (voice, sms, device, web, apps, transfers) get one file per local day
(``voice/voice-2036-01-12.csv``); the others one file each. Times carry +08:00.
"""

from __future__ import annotations

import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from tj import rhythm
from tj.core import DAY, ID, SCHEMA, TIME_COL, B, F, I, N, S, T

DAILY = ("voice", "sms", "device", "web", "apps", "transfers")
ACTORS = {"voice": ("caller", "callee"), "sms": ("sender", "receiver"), "device": ("msisdn",), "web": ("msisdn",),
          "apps": ("msisdn",)}
SORT = {"voice": ("start_time", "caller", "callee"), "sms": ("send_time", "sender", "receiver"),
        "device": ("time", "msisdn", "event"), "web": ("time", "msisdn", "domain"), "apps": ("time", "msisdn", "app"),
        "transfers": ("time", "from_account", "to_account"), "reports": ("time", "entity"),
        "internet_accounts": ("register_time", "platform", "account"), "subscribers": ("msisdn",),
        "bank_accounts": ("open_time", "account_id"), "lists": ("added_time", "entity")}
KEYLESS = ("device", "web", "apps")
ID_PREFIX = {"voice": "HV", "sms": "HS", "transfers": "TX", "reports": "RP"}
OPTS = pcsv.WriteOptions(quoting_style="needed")


def _null(kind: str, n: int) -> np.ndarray:
    if kind == S:
        return np.full(n, -1, np.int32)
    if kind == F:
        return np.full(n, np.nan)
    if kind == B:
        return np.full(n, -1, np.int8)
    return np.full(n, -1, np.int64)


def _cut_table(ctx):
    if not ctx.cuts:
        return None
    m = np.concatenate([c[0] for c in ctx.cuts])
    a = np.concatenate([c[1] for c in ctx.cuts])
    b = np.concatenate([c[2] for c in ctx.cuts])
    order = np.argsort(m, kind="stable")
    m, a, b = m[order], a[order], b[order]
    first = np.r_[True, m[1:] != m[:-1]]  # the first cut given for a number holds
    return m[first], a[first], b[first]


def _cut_mask(cuts, numbers, t) -> np.ndarray:
    m, a, b = cuts
    i = np.minimum(np.searchsorted(m, numbers), m.size - 1)
    hit = m[i] == numbers
    return hit & (t >= a[i]) & (t < b[i])


def _arrow(kind: str, arr: np.ndarray, vocab_arr: pa.Array) -> pa.Array:
    if kind == S:
        return vocab_arr.take(pa.array(arr, mask=arr < 0))
    if kind == N:
        return pa.array(arr, mask=arr < 0).cast(pa.string())
    if kind == I:
        return pa.array(arr, mask=arr < 0)
    if kind == T:
        ts = pa.array(arr, type=pa.timestamp("s"), mask=arr < 0)
        return pc.strftime(ts, format="%Y-%m-%dT%H:%M:%S+08:00")
    if kind == F:
        return pa.array(arr, mask=np.isnan(arr))
    if kind == B:
        return pa.array(arr == 1, mask=arr < 0)
    raise ValueError(kind)


def collect(ctx, rtype: str) -> dict[str, np.ndarray] | None:
    parts = ctx.sink.parts.pop(rtype, None)
    if not parts:
        return None
    cols = {}
    for c, kind in SCHEMA[rtype].items():
        if kind == ID:
            continue
        cols[c] = np.concatenate([p[c] if c in p else _null(kind, n) for n, p in parts])
    return cols


def write_all(ctx, out: str, log=print) -> dict[str, int]:
    suspended = ctx.s("suspended")
    vocab_arr = pa.array(ctx.vocab.items, pa.string())
    cuts = _cut_table(ctx)
    counts = {}
    for rtype, schema in SCHEMA.items():
        cols = collect(ctx, rtype)
        if cols is None:
            continue
        n = len(next(iter(cols.values())))
        keep = np.ones(n, bool)
        tc = TIME_COL.get(rtype)
        if cuts is not None and rtype in ACTORS:
            for a in ACTORS[rtype]:
                keep &= ~_cut_mask(cuts, cols[a], cols[tc])
        if rtype == "subscribers" and cuts is not None:
            m, a, b = cuts
            i = np.minimum(np.searchsorted(m, cols["msisdn"]), m.size - 1)
            hit = (m[i] == cols["msisdn"]) & (a[i] < ctx.t1)
            perm = hit & (b[i] >= ctx.t1)
            back = hit & (b[i] < ctx.t1)
            cols["status"][perm] = suspended
            cols["status_time"][perm] = a[i][perm]
            cols["status_time"][back] = b[i][back]
        if rtype in DAILY:
            out_of = (cols[tc] < ctx.t0) | (cols[tc] >= ctx.t1)
            if out_of.any():
                log(f"  {rtype}: {int(out_of.sum())} rows outside the window dropped")
            keep &= ~out_of
        cols = {k: v[keep] for k, v in cols.items()}
        names = list(SORT.get(rtype, ()))
        if rtype in KEYLESS:  # every column orders, so identical rows meet and one is kept
            names += [c for c in cols if c not in names]
        keys = [cols[k] for k in reversed(names)]
        order = np.lexsort(keys) if keys else np.arange(int(keep.sum()))
        cols = {k: v[order] for k, v in cols.items()}
        if rtype in KEYLESS and len(order) > 1:
            same = np.ones(len(order) - 1, bool)
            for v in cols.values():
                same &= v[1:] == v[:-1]
            uniq = np.r_[True, ~same]
            cols = {k: v[uniq] for k, v in cols.items()}
        n = len(next(iter(cols.values())))
        counts[rtype] = n
        os.makedirs(os.path.join(out, rtype), exist_ok=True)
        if rtype in DAILY:
            day = (cols[tc] - ctx.t0) // DAY
            bounds = np.searchsorted(day, np.arange(ctx.days + 1))
            spans = [(rhythm.date_of(ctx, d).isoformat(), bounds[d], bounds[d + 1]) for d in range(ctx.days)]
        else:
            spans = [(None, 0, n)]
        seq = 0
        for label, lo, hi in spans:
            if hi <= lo:
                continue
            arrays, names = [], []
            for c, kind in schema.items():
                if kind == ID:
                    ids = pa.array(np.arange(seq, seq + hi - lo) + 10**9 * (1 + ctx.seed % 9)).cast(pa.string())
                    arrays.append(pc.binary_join_element_wise(ID_PREFIX[rtype], ids, ""))
                else:
                    arrays.append(_arrow(kind, cols[c][lo:hi], vocab_arr))
                names.append(c)
            seq += hi - lo
            name = f"{rtype}-{label}.csv" if label else f"{rtype}.csv"
            pcsv.write_csv(pa.Table.from_arrays(arrays, names=names), os.path.join(out, rtype, name), OPTS)
        del cols
    return counts


ROLE_ORDER = ["simbox_device", "simbox_sim", "fixed_voip_line", "fraud_sms_sender", "fraud_caller", "fraud_domain",
              "fraud_ip", "fraud_app", "fraud_account", "mule_account", "card_seller", "gang_member", "bought_card",
              "victim"]


def write_truth(ctx, out: str) -> dict[str, int]:
    import csv
    import datetime as dt

    def ts(t: int) -> str:
        return (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=int(t))).strftime("%Y-%m-%dT%H:%M:%S+08:00")

    def prio(role: str) -> int:
        return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)

    best: dict[tuple[str, str], tuple] = {}
    for r in ctx.truth.rows:
        k = (r[0], r[1])
        if k not in best or prio(r[2]) < prio(best[k][2]):
            best[k] = r
    rows = sorted(best.values(), key=lambda r: (r[3] or "~", r[2], r[0], r[1]))
    os.makedirs(os.path.join(out, "truth", "entities"), exist_ok=True)
    os.makedirs(os.path.join(out, "truth", "events"), exist_ok=True)
    with open(os.path.join(out, "truth", "entities", "entities.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["entity_type", "entity", "role", "gang_id", "scheme", "first_active"])
        for r in rows:
            w.writerow([r[0], r[1], r[2], r[3], r[4], ts(r[5])])
    ev = sorted(ctx.truth.events, key=lambda e: (e[1], e[0], e[3], e[2]))
    with open(os.path.join(out, "truth", "events", "events.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["victim", "time", "amount", "to_account"])
        for e in ev:
            w.writerow([e[0], ts(e[1]), f"{e[2]:.2f}", e[3]])
    return {"entities": len(rows), "events": len(ev)}
