"""Ground truth: truth/entities/entities.csv (one row per entity and role) and truth/events/events.csv
(one row per victim loss). first_active is the first time the entity acts in the exported data (calls,
sends, attaches, visits, pays), else the time the generator gave (a card's opening, a site's launch)."""

from __future__ import annotations

import os

import numpy as np
from world import START, World

ETYPES = ("msisdn", "imei", "id_key", "account", "domain", "ip", "app")


class Truth:
    def __init__(self, w: World):
        self.w = w
        self.rows: list[tuple] = []  # (etype, values, role, gang, scheme, first)
        self.events: list[tuple] = []  # (victim msisdn, t, amount, to_acct)
        self.lookalike_counts: dict[str, int] = {}

    def add(self, etype: str, values, role: str, gang: str | None = None, scheme: str | None = None, first=None):
        assert etype in ETYPES, etype
        if isinstance(values, str | int | np.integer):
            values = [values]
        if etype in ("msisdn", "imei", "id_key", "account"):
            values = np.atleast_1d(np.asarray(values, np.int64))
            values = values[values > 0]
            n = len(values)
        else:
            values = list(values)
            n = len(values)
        if n == 0:
            return
        if first is None:
            first = np.full(n, -1, np.int64)
        else:
            first = np.broadcast_to(np.asarray(first, np.int64), (n,)).copy()
        self.rows.append((etype, values, role, gang, scheme, first))
        if role.startswith("lookalike:"):
            self.lookalike_counts[role[10:]] = self.lookalike_counts.get(role[10:], 0) + n

    def loss(self, victim_msisdn, t, amount, to_acct):
        self.events.append((np.asarray(victim_msisdn, np.int64), np.asarray(t, np.int64),
                            np.asarray(amount, float), np.asarray(to_acct, np.int64)))

    # ------------------------------------------------------------------------------------------------
    def _observed(self, etype: str, keys: np.ndarray) -> np.ndarray:
        """First time each key acts in the sink's tables (-1 when never)."""
        w = self.w
        sink = w.sink
        first = np.full(len(keys), np.iinfo(np.int64).max)
        srcs = {
            "msisdn": [("voice", "caller", "start_time"), ("sms", "sender", "send_time"), ("device", "msisdn", "time"),
                       ("web", "msisdn", "time"), ("apps", "msisdn", "time"), ("transfers", "initiated_msisdn", "time")],
            "imei": [("voice", "caller_imei", "start_time"), ("sms", "sender_imei", "send_time"),
                     ("device", "imei", "time")],
            "account": [("transfers", "from_account", "time"), ("transfers", "to_account", "time")],
            "domain": [("web", "domain", "time")],
            "ip": [("web", "ip", "time")],
            "app": [("apps", "app", "time"), ("web", "app", "time")],
        }.get(etype, [])
        order = np.argsort(keys)
        sk = keys[order]
        for table, col, tcol in srcs:
            for _n, cols in sink.parts[table]:
                v = cols.get(col)
                if v is None or np.ndim(v) == 0:
                    continue
                t = cols[tcol]
                v = np.asarray(v, np.int64)
                pos = np.searchsorted(sk, v)
                pos = np.minimum(pos, len(sk) - 1)
                m = (sk[pos] == v) & (t >= w.start) & (t < w.end)
                if m.any():
                    np.minimum.at(first, order[pos[m]], t[m])
        first[first == np.iinfo(np.int64).max] = -1
        return first

    def write(self, out: str) -> dict:
        from writer import write_rows
        w = self.w
        reg = w.reg
        rows = []
        seen = set()
        # the earliest opening of any card on an ID, for id_key rows without a time
        sub_id = np.concatenate(reg.sub_id)
        sub_open = np.concatenate(reg.sub_open)
        for etype in ETYPES:
            group = [r for r in self.rows if r[0] == etype]
            if not group:
                continue
            if etype in ("msisdn", "imei", "id_key", "account"):
                allv = np.unique(np.concatenate([g[1] for g in group]))
            else:
                allv = np.array(sorted({x for g in group for x in g[1]}), dtype=object)
            if etype in ("domain", "ip", "app"):
                codes = np.array([w.I.codes.get(x, -2) for x in allv], dtype=np.int64)
                obs = self._observed(etype, codes)
            elif etype == "id_key":
                o = np.argsort(sub_id)
                si, so = sub_id[o], sub_open[o]
                first_idx = np.searchsorted(si, allv)
                obs = np.full(len(allv), -1, np.int64)
                ok = (first_idx < len(si)) & (si[np.minimum(first_idx, len(si) - 1)] == allv)
                mins = np.minimum.reduceat(so, np.r_[0, np.flatnonzero(np.diff(si)) + 1]) if len(si) else so
                starts = np.r_[0, np.flatnonzero(np.diff(si)) + 1] if len(si) else np.zeros(0, np.int64)
                grp = np.searchsorted(starts, first_idx, side="right") - 1
                obs[ok] = mins[grp[ok]]
            else:
                obs = self._observed(etype, allv)
            if etype in ("msisdn", "imei", "id_key", "account"):
                text = {"msisdn": lambda v: v.astype(str), "imei": lambda v: v.astype(str),
                        "id_key": lambda v: np.char.decode(reg.id_text(v)),
                        "account": lambda v: np.char.decode(reg.acct_text(v))}[etype](allv)
            else:
                text = allv.astype(str)
            index = {v: i for i, v in enumerate(allv.tolist())}
            for _, vals, role, gang, scheme, first in group:
                vl = vals.tolist() if isinstance(vals, np.ndarray) else vals
                for v, f in zip(vl, first.tolist(), strict=True):
                    i = index[v]
                    key = (etype, text[i], role)
                    if key in seen:
                        continue
                    seen.add(key)
                    o = int(obs[i])
                    if role == "victim" and f >= 0:
                        fa = f
                    elif o >= 0 and f >= 0:
                        fa = min(o, f)
                    else:
                        fa = o if o >= 0 else (f if f >= 0 else START)
                    rows.append((etype, str(text[i]), role, gang, scheme, fa))
        n = write_rows(os.path.join(out, "truth", "entities", "entities.csv"),
                       ["entity_type", "entity", "role", "gang_id", "scheme", "first_active"], rows,
                       time_cols=("first_active",))
        ev = []
        if self.events:
            vic = np.concatenate([e[0] for e in self.events])
            t = np.concatenate([e[1] for e in self.events])
            amt = np.concatenate([e[2] for e in self.events])
            to = np.concatenate([e[3] for e in self.events])
            keep = t < w.end
            vic, t, amt, to = vic[keep], t[keep], amt[keep], to[keep]
            o = np.lexsort((vic, t))
            tt = np.char.decode(reg.acct_text(to[o]))
            ev = [(str(a), int(b), round(float(c), 2), str(d)) for a, b, c, d in zip(vic[o], t[o], amt[o], tt, strict=True)]
        m = write_rows(os.path.join(out, "truth", "events", "events.csv"), ["victim", "time", "amount", "to_account"],
                       ev, time_cols=("time",))
        self.n_rows = n
        return {"truth_entities": n, "truth_events": m}
