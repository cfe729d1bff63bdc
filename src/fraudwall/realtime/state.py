"""Sliding-window state per number and per device, in process or in Redis.

Both backends implement the same four operations, called in event-time order:

* :meth:`on_call` — a call is being set up: record it, return the caller's window features;
* :meth:`on_call_end` — a call ended (CDR): record its outcome (answered, duration);
* :meth:`on_sms` — an SMS is being sent: record it, return the sender's window features;
* :meth:`on_device` — a device event (attach, location update...): the number was seen on the IMEI.

Windows are 1, 10 and 60 minutes for counts, 60 minutes for distinct peers and
call outcomes (by call start time), 24 hours for the SIMs seen on a device.
Times are event times in epoch seconds (the network's clock, as in the record).

The in-process backend keeps sorted time lists and dicts and forgets numbers
idle for two hours (a sweep every five minutes of event time); a whole batch
can be added at once with NumPy (:meth:`InProcessState.on_batch`).  The Redis backend keeps
sorted sets scored by time and updates them with one Lua script per event (a batch:
one script run per 500 events, all chunks in one pipeline), so
that every worker and host sees the same windows and reaches the same
decision; keys expire on their own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from typing import Protocol

import numpy as np

H1 = 3600.0
M10 = 600.0
M1 = 60.0
D1 = 86400.0
SHORT_S = 30
SWEEP_EVERY = 300.0


class WindowState(Protocol):
    """What the screening logic needs from a state backend."""

    name: str

    def on_call(self, caller: str, callee: str, imei: str | None, t: float, call_id: str = "") -> dict: ...

    def on_call_end(self, caller: str, t_start: float, duration_s: float, call_id: str = "") -> None: ...

    def on_sms(self, sender: str, receiver: str, has_link: bool, imei: str | None, t: float,
               sms_id: str = "") -> dict: ...

    def on_device(self, imei: str, msisdn: str, t: float) -> None: ...

    def on_calls(self, events: list[tuple[str, str, str | None, float, str]]) -> list[dict]: ...

    def on_smses(self, events: list[tuple[str, str, bool, str | None, float, str]]) -> list[dict]: ...


class _Win:
    """One number's windows: event times (kept sorted), peers and flags from index ``h`` on."""

    __slots__ = ("ts", "ps", "fs", "h", "peers", "nflag", "out", "n_unans", "n_short", "n_ans", "last")

    def __init__(self) -> None:
        self.ts: list[float] = []  # times over the last 60 min (sorted; entries before h are dead)
        self.ps: list[str] = []  # peer of each entry
        self.fs: list[int] = []  # flag of each entry (SMS: carries a link)
        self.h = 0
        self.peers: dict[str, int] = {}
        self.nflag = 0
        self.out: deque | None = None  # (t_start, unanswered, short, answered) over 60 min
        self.n_unans = self.n_short = self.n_ans = 0
        self.last = 0.0  # latest time seen (window contents are never later)


def _prune(w: _Win, lo: float) -> None:
    """Drop entries older than ``lo`` (compacting the lists now and then)."""
    ts, h = w.ts, w.h
    if ts[h] >= lo:
        return
    ps, fs, peers = w.ps, w.fs, w.peers
    nflag = w.nflag
    while ts[h] < lo:
        p = ps[h]
        n = peers[p] - 1
        if n:
            peers[p] = n
        else:
            del peers[p]
        nflag -= fs[h]
        h += 1
    w.nflag = nflag
    if h > 64 and 2 * h > len(ts):
        del ts[:h], ps[:h], fs[:h]
        h = 0
    w.h = h


class InProcessState:
    """Window state in this process's memory (the default; one worker, or replay)."""

    name = "memory"

    def __init__(self) -> None:
        self.calls: dict[str, _Win] = {}
        self.sms: dict[str, _Win] = {}
        self.devices: dict[str, dict[str, float]] = {}
        self._next_sweep = 0.0
        self._swept_at = 0.0

    # -- shared window update --------------------------------------------------------
    @staticmethod
    def _push(w: _Win, t: float, peer: str, flag: int) -> tuple[int, int, int]:
        """Add one event; returns its (1 min, 10 min, 60 min) counts."""
        ts = w.ts
        if t >= w.last:
            ts.append(t)
            w.ps.append(peer)
            w.fs.append(flag)
            w.last = t
        else:  # late event: keep the times sorted
            i = bisect_right(ts, t, w.h)
            ts.insert(i, t)
            w.ps.insert(i, peer)
            w.fs.insert(i, flag)
        peers = w.peers
        peers[peer] = peers.get(peer, 0) + 1
        w.nflag += flag
        _prune(w, t - H1)
        n = len(ts)
        h = w.h
        return n - bisect_left(ts, t - M1, h), n - bisect_left(ts, t - M10, h), n - h

    def _device_sims(self, imei: str | None, msisdn: str, t: float) -> int:
        if not imei:
            return 1
        d = self.devices.get(imei)
        if d is None:
            self.devices[imei] = {msisdn: t}
            return 1
        if d.get(msisdn, 0.0) < t:
            d[msisdn] = t
        lo = t - D1
        n = 0
        for v in d.values():
            if v >= lo:
                n += 1
        return n

    def _device_sims_many(self, dev: list[tuple]) -> list[int]:
        """:meth:`_device_sims` of every (imei, number, time) in order, with the lookups inlined."""
        devices = self.devices
        get = devices.get
        out = []
        add = out.append
        for imei, num, t in dev:
            if not imei:
                add(1)
                continue
            d = get(imei)
            if d is None:
                devices[imei] = {num: t}
                add(1)
                continue
            if d.get(num, 0.0) < t:
                d[num] = t
            if len(d) == 1:
                add(1)
                continue
            lo = t - D1
            n = 0
            for v in d.values():
                if v >= lo:
                    n += 1
            add(n)
        return out

    def _maybe_sweep(self, t: float) -> None:
        """Forget numbers idle for two hours and devices idle for 25 (every five minutes of event time).

        The margins make a sweep invisible to any event less than an hour older than the sweep.
        """
        if t < self._next_sweep:
            return
        if self._next_sweep:
            lo = t - 2 * H1
            for table in (self.calls, self.sms):
                stale = [k for k, w in table.items() if w.last < lo]
                for k in stale:
                    del table[k]
            lo = t - D1 - H1
            stale = [k for k, d in self.devices.items() if max(d.values()) < lo]
            for k in stale:
                del self.devices[k]
            self._swept_at = t
        self._next_sweep = t + SWEEP_EVERY

    def _outcomes(self, w: _Win, t: float) -> tuple[int, float, float]:
        out = w.out
        if out:
            lo = t - H1
            while out and out[0][0] < lo:
                _, u, s, a = out.popleft()
                w.n_unans -= u
                w.n_short -= s
                w.n_ans -= a
        done = len(out) if out else 0
        return done, (w.n_unans / done if done else 0.0), (w.n_short / w.n_ans if w.n_ans else 0.0)

    # -- events ------------------------------------------------------------------------
    def on_call(self, caller: str, callee: str, imei: str | None, t: float, call_id: str = "") -> dict:
        if t >= self._next_sweep:
            self._maybe_sweep(t)
        w = self.calls.get(caller)
        if w is None:
            w = self.calls[caller] = _Win()
        c1, c10, c60 = self._push(w, t, callee, 0)
        done, unans, short = self._outcomes(w, t) if w.out else (0, 0.0, 0.0)
        return {
            "calls_1m": c1, "calls_10m": c10, "calls_60m": c60,
            "distinct_callees_60m": len(w.peers), "completed_60m": done,
            "unanswered_share_60m": unans, "short_share_60m": short,
            "device_sims_24h": self._device_sims(imei, caller, t),
        }

    def on_call_end(self, caller: str, t_start: float, duration_s: float, call_id: str = "") -> None:
        w = self.calls.get(caller)
        if w is None:
            w = self.calls[caller] = _Win()
        if t_start > w.last:
            w.last = t_start
        if w.out is None:
            w.out = deque()
        answered = 1 if duration_s > 0 else 0
        short = 1 if answered and duration_s < SHORT_S else 0
        w.out.append((t_start, 1 - answered, short, answered))
        w.n_unans += 1 - answered
        w.n_short += short
        w.n_ans += answered

    def on_sms(self, sender: str, receiver: str, has_link: bool, imei: str | None, t: float,
               sms_id: str = "") -> dict:
        if t >= self._next_sweep:
            self._maybe_sweep(t)
        w = self.sms.get(sender)
        if w is None:
            w = self.sms[sender] = _Win()
        c1, c10, c60 = self._push(w, t, receiver, 1 if has_link else 0)
        return {
            "sms_1m": c1, "sms_10m": c10, "sms_60m": c60,
            "distinct_receivers_60m": len(w.peers), "link_share_60m": w.nflag / c60,
            "device_sims_24h": self._device_sims(imei, sender, t),
        }

    def on_device(self, imei: str, msisdn: str, t: float) -> None:
        if imei and msisdn:
            d = self.devices.get(imei)
            if d is None:
                self.devices[imei] = {msisdn: t}
            elif d.get(msisdn, 0.0) < t:
                d[msisdn] = t

    def on_calls(self, events):
        on = self.on_call
        return [on(c, p, i, t, cid) for c, p, i, t, cid in events]

    def on_smses(self, events):
        on = self.on_sms
        return [on(s, r, link, i, t, sid) for s, r, link, i, t, sid in events]

    # -- vectorised batch ----------------------------------------------------------------
    def batch_ok(self, t: np.ndarray) -> bool:
        """Whether a batch with these times can take the vectorised path (see :meth:`on_batch`)."""
        if not len(t):
            return True
        lo, hi = float(t.min()), float(t.max())
        return hi - lo <= H1 and lo >= self._swept_at - H1

    def on_batch(self, calls: tuple | None, smses: tuple | None, dev: list[tuple]) -> tuple[dict, dict, list] | None:
        """Window features of a whole batch at once, equal to calling :meth:`on_call`/:meth:`on_sms` in order.

        ``calls`` = (callers, callees, times array), ``smses`` = (senders, receivers, link flags array, times
        array), ``dev`` = (imei, number, time) of every event in batch order.  Counts come from one NumPy
        search over each number's earlier times followed by the batch's.  Returns None (nothing changed)
        when the batch is not in order per number, spans more than an hour, or predates a sweep by more
        than an hour: the caller then takes the per-event path.
        """
        times = [spec[-1] for spec in (calls, smses) if spec is not None]
        if not self.batch_ok(np.concatenate(times) if times else np.zeros(0)):
            return None
        prep = []
        for table, spec in ((self.calls, calls), (self.sms, smses)):
            if spec is None:
                prep.append(None)
                continue
            p = _prepare(table, spec[0], spec[1], spec[2] if len(spec) == 4 else None, spec[-1])
            if p is None:
                return None
            prep.append(p)
        sims = self._device_sims_many(dev)
        feats = []
        for table, p, kind in ((self.calls, prep[0], "call"), (self.sms, prep[1], "sms")):
            if p is None:
                feats.append({})
                continue
            c1, c10, c60, distinct, nflag = _window_counts(p)
            if kind == "call":
                f = {"calls_1m": c1, "calls_10m": c10, "calls_60m": c60, "distinct_callees_60m": distinct}
                f["completed_60m"], f["unanswered_share_60m"], f["short_share_60m"] = self._batch_outcomes(p)
            else:
                f = {"sms_1m": c1, "sms_10m": c10, "sms_60m": c60, "distinct_receivers_60m": distinct,
                     "link_share_60m": nflag / c60}
            _write_back(table, p)
            feats.append(f)
        tmax = max((p["t"].max() for p in prep if p is not None and len(p["t"])), default=0.0)
        if tmax >= self._next_sweep:
            self._maybe_sweep(float(tmax))
        return feats[0], feats[1], sims

    def _batch_outcomes(self, p: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = len(p["t"])
        done = np.zeros(n, np.int64)
        unans = np.zeros(n, np.float64)
        short = np.zeros(n, np.float64)
        wins, starts, order, ts = p["wins"], p["starts"], p["order"], p["ts_sorted"]
        for g, w in enumerate(wins):
            if w is None or not w.out:
                continue
            for j in range(starts[g], starts[g + 1]):
                i = order[j]
                done[i], unans[i], short[i] = self._outcomes(w, ts[j])
        return done, unans, short


def _prepare(table: dict, keys: list, peers: list, flags: np.ndarray | None, t: np.ndarray) -> dict | None:
    """Group a batch by number and check it can be vectorised (in order per number, after its last event)."""
    gid: dict[str, int] = {}
    g = np.fromiter((gid.setdefault(k, len(gid)) for k in keys), np.int64, len(keys))
    order = np.argsort(g, kind="stable")
    gs = g[order]
    ts = t[order]
    same = gs[1:] == gs[:-1]
    if np.any(same & (ts[1:] < ts[:-1])):
        return None
    starts = np.flatnonzero(np.r_[True, ~same]) if len(gs) else np.zeros(0, np.int64)
    get = table.get
    wins = [get(k) for k in gid]
    lasts = np.fromiter((w.last if w is not None else -np.inf for w in wins), np.float64, len(wins))
    if len(starts) and np.any(ts[starts] < lasts):
        return None
    return {"keys": list(gid), "g": g, "order": order, "gs": gs, "ts": ts, "t": t, "peers": peers,
            "flags": flags, "wins": wins, "starts": np.r_[starts, len(gs)].tolist(),
            "ts_sorted": ts.tolist()}


def _window_counts(p: dict):
    """(1, 10, 60 min counts, distinct peers, flagged in 60 min) per event, in batch order."""
    wins, gs, ts, order = p["wins"], p["gs"], p["ts"], p["order"]
    n = len(ts)
    ng = len(wins)
    if not n:
        z = np.zeros(0, np.int64)
        return z, z, z, z, z
    prior_n = np.fromiter((len(w.ts) - w.h if w is not None else 0 for w in wins), np.int64, ng)
    bc = np.diff(np.asarray(p["starts"]))
    tot = prior_n + bc
    off = np.concatenate(([0], np.cumsum(tot)[:-1]))
    npr = int(prior_n.sum())
    tmin = float(ts.min())
    base = tmin - H1 - 1.0
    # combined per number: earlier times (sorted, all <= the batch's) then the batch's, numbers one after another
    big = np.empty(int(tot.sum()), np.float64)
    starts_sorted = np.asarray(p["starts"][:-1])
    rank = np.arange(n) - np.repeat(starts_sorted, bc)
    pos = off[gs] + prior_n[gs] + rank
    flags = p["flags"]
    fl = np.zeros(len(big), np.int64) if flags is not None else None
    pp: list = []
    if npr:
        pt: list = []
        pf: list = []
        for w in wins:
            if w is not None and len(w.ts) > w.h:
                pt.extend(w.ts[w.h:])
                pp.extend(w.ps[w.h:])
                if fl is not None:
                    pf.extend(w.fs[w.h:])
        prior_pos = np.repeat(off, prior_n) + (np.arange(npr) - np.repeat(np.cumsum(prior_n) - prior_n, prior_n))
        big[prior_pos] = np.maximum(np.asarray(pt, np.float64), base) - base
        if fl is not None:
            fl[prior_pos] = pf
    big[pos] = ts - base
    gid_elem = np.repeat(np.arange(ng), tot)
    stride = 8192.0
    key = big + gid_elem * stride
    out = []
    for width in (M1, M10, H1):
        lo = (ts - width) - base + gs * stride
        nless = np.searchsorted(key, lo, "left") - off[gs]
        out.append(prior_n[gs] + rank + 1 - nless)
        last_nless = nless
    c1, c10, c60 = out
    start60 = off[gs] + last_nless
    nflag = None
    if fl is not None:
        fl[pos] = flags[order]
        cum = np.cumsum(fl)
        nflag = cum[pos] - (cum[start60] - fl[start60])
    # distinct peers: element j (a peer at position pos_j, next seen again at nxt_j) counts for the
    # events at positions in [pos_j, nxt_j) whose window starts at or before pos_j — a contiguous run
    # of the batch's events, since positions and window starts both increase
    peers = p["peers"]
    allp = [""] * len(big)
    for i, x in zip(pos.tolist(), [peers[i] for i in order.tolist()], strict=True):
        allp[i] = x
    if npr:
        for i, x in zip(prior_pos.tolist(), pp, strict=True):
            allp[i] = x
    ids = np.unique(np.asarray(allp), return_inverse=True)[1].reshape(-1)
    pair = gid_elem * (int(ids.max()) + 1) + ids
    by = np.argsort(pair, kind="stable")
    elem = np.arange(len(big))
    nxt = np.empty(len(big), np.int64)
    same_next = np.r_[pair[by][1:] == pair[by][:-1], False]
    nxt[by] = np.where(same_next, np.r_[by[1:], 0], (off + tot)[gid_elem[by]])
    lo_start = np.searchsorted(pos, elem, "left")
    hi_end = np.minimum(np.searchsorted(pos, nxt, "left"), np.searchsorted(start60, elem, "right"))
    keep = hi_end > lo_start
    diff = np.bincount(lo_start[keep], minlength=n + 1) - np.bincount(hi_end[keep], minlength=n + 1)
    distinct = np.cumsum(diff[:-1])
    res = []
    for a in (c1, c10, c60, distinct) + ((nflag,) if nflag is not None else ()):
        b = np.empty_like(a)
        b[order] = a
        res.append(b)
    if nflag is None:
        res.append(None)
    return tuple(res)


def _write_back(table: dict, p: dict) -> None:
    """Append the batch's events to each number's windows (as the per-event path would have)."""
    order = p["order"].tolist()
    ts = p["ts_sorted"]
    peers = p["peers"]
    flags = p["flags"]
    fl = flags[p["order"]].tolist() if flags is not None else None
    starts = p["starts"]
    wins = p["wins"]
    for g, key in enumerate(p["keys"]):
        w = wins[g]
        a, b = starts[g], starts[g + 1]
        if w is None:
            w = table[key] = _Win()
            if b == a + 1:  # a new number with one event: nothing to prune
                x = peers[order[a]]
                w.ts.append(ts[a])
                w.ps.append(x)
                f = fl[a] if fl is not None else 0
                w.fs.append(f)
                w.nflag = f
                w.peers[x] = 1
                w.last = ts[a]
                continue
        elif b == a + 1:  # one event of a known number (the usual case): append, prune if due
            t = ts[a]
            x = peers[order[a]]
            f = fl[a] if fl is not None else 0
            w.ts.append(t)
            w.ps.append(x)
            w.fs.append(f)
            w.nflag += f
            d = w.peers
            d[x] = d.get(x, 0) + 1
            w.last = t
            if w.ts[w.h] < t - H1:
                _prune(w, t - H1)
            continue
        tg = ts[a:b]
        pg = [peers[i] for i in order[a:b]]
        w.ts.extend(tg)
        w.ps.extend(pg)
        d = w.peers
        for x in pg:
            d[x] = d.get(x, 0) + 1
        if fl is not None:
            fg = fl[a:b]
            w.fs.extend(fg)
            w.nflag += sum(fg)
        else:
            w.fs.extend([0] * (b - a))
        w.last = tg[-1]
        _prune(w, tg[-1] - H1)


# ---------------------------------------------------------------------------- Redis
# one event's window update; the single-event scripts call it once, the batch scripts once per event
# (KEYS and ARGV laid out event after event), so a batch is one script run per chunk, in order
_CALL_FN = """
local function call(k1, k2, k3, k4, t, uid, callee, member)
  local h = t - 3600
  redis.call('ZADD', k1, t, uid)
  redis.call('ZREMRANGEBYSCORE', k1, '-inf', '(' .. h)
  redis.call('EXPIRE', k1, 3700)
  local c60 = redis.call('ZCARD', k1)
  local c10 = redis.call('ZCOUNT', k1, t - 600, '+inf')
  local c1 = redis.call('ZCOUNT', k1, t - 60, '+inf')
  redis.call('ZADD', k2, 'GT', t, callee)
  redis.call('ZREMRANGEBYSCORE', k2, '-inf', '(' .. h)
  redis.call('EXPIRE', k2, 3700)
  local peers = redis.call('ZCARD', k2)
  redis.call('ZREMRANGEBYSCORE', k3, '-inf', '(' .. h)
  local outs = redis.call('ZRANGE', k3, 0, -1)
  local u, s, a = 0, 0, 0
  for i = 1, #outs do
    local m = outs[i]
    if string.byte(m, 1) == 49 then u = u + 1 end
    if string.byte(m, 2) == 49 then s = s + 1 end
    if string.byte(m, 3) == 49 then a = a + 1 end
  end
  local sims = 1
  if member ~= '' then
    redis.call('ZADD', k4, 'GT', t, member)
    redis.call('ZREMRANGEBYSCORE', k4, '-inf', '(' .. (t - 86400))
    redis.call('EXPIRE', k4, 90000)
    sims = redis.call('ZCARD', k4)
  end
  return {c1, c10, c60, peers, #outs, u, s, a, sims}
end
"""
_SMS_FN = """
local function sms(k1, k2, k3, k4, t, uid, receiver, member, link)
  local h = t - 3600
  redis.call('ZADD', k1, t, uid)
  redis.call('ZREMRANGEBYSCORE', k1, '-inf', '(' .. h)
  redis.call('EXPIRE', k1, 3700)
  if link == '1' then redis.call('ZADD', k3, t, uid) end
  redis.call('ZREMRANGEBYSCORE', k3, '-inf', '(' .. h)
  redis.call('EXPIRE', k3, 3700)
  local links = redis.call('ZCARD', k3)
  local c60 = redis.call('ZCARD', k1)
  local c10 = redis.call('ZCOUNT', k1, t - 600, '+inf')
  local c1 = redis.call('ZCOUNT', k1, t - 60, '+inf')
  redis.call('ZADD', k2, 'GT', t, receiver)
  redis.call('ZREMRANGEBYSCORE', k2, '-inf', '(' .. h)
  redis.call('EXPIRE', k2, 3700)
  local peers = redis.call('ZCARD', k2)
  local sims = 1
  if member ~= '' then
    redis.call('ZADD', k4, 'GT', t, member)
    redis.call('ZREMRANGEBYSCORE', k4, '-inf', '(' .. (t - 86400))
    redis.call('EXPIRE', k4, 90000)
    sims = redis.call('ZCARD', k4)
  end
  return {c1, c10, c60, peers, links, sims}
end
"""
_CALL_LUA = _CALL_FN + """
return call(KEYS[1], KEYS[2], KEYS[3], KEYS[4], tonumber(ARGV[1]), ARGV[2], ARGV[3], ARGV[4])
"""
_SMS_LUA = _SMS_FN + """
return sms(KEYS[1], KEYS[2], KEYS[3], KEYS[4], tonumber(ARGV[1]), ARGV[2], ARGV[3], ARGV[4], ARGV[5])
"""
_CALLS_LUA = _CALL_FN + """
local out = {}
for e = 0, #KEYS / 4 - 1 do
  local k, a = 4 * e, 4 * e
  local r = call(KEYS[k + 1], KEYS[k + 2], KEYS[k + 3], KEYS[k + 4], tonumber(ARGV[a + 1]), ARGV[a + 2],
                 ARGV[a + 3], ARGV[a + 4])
  for j = 1, 9 do out[#out + 1] = r[j] end
end
return out
"""
_SMSES_LUA = _SMS_FN + """
local out = {}
for e = 0, #KEYS / 4 - 1 do
  local k, a = 4 * e, 5 * e
  local r = sms(KEYS[k + 1], KEYS[k + 2], KEYS[k + 3], KEYS[k + 4], tonumber(ARGV[a + 1]), ARGV[a + 2],
                ARGV[a + 3], ARGV[a + 4], ARGV[a + 5])
  for j = 1, 6 do out[#out + 1] = r[j] end
end
return out
"""
#: events per batch-script run (one run blocks Redis for its duration: keep it short)
REDIS_CHUNK = 500


class RedisState:
    """Window state in Redis, shared by all workers and hosts (``--redis redis://host:port/db``)."""

    name = "redis"

    def __init__(self, url_or_client, prefix: str = "fw:") -> None:
        import redis

        self.r = redis.Redis.from_url(url_or_client) if isinstance(url_or_client, str) else url_or_client
        self.prefix = prefix
        self._call = self.r.register_script(_CALL_LUA)
        self._sms = self.r.register_script(_SMS_LUA)
        self._calls = self.r.register_script(_CALLS_LUA)
        self._smses = self.r.register_script(_SMSES_LUA)
        self._seq = 0

    def _uid(self, given: str, t: float) -> str:
        if given:
            return given
        self._seq += 1
        return f"{t:.3f}:{id(self)}:{self._seq}"

    def _call_args(self, caller, callee, imei, t, call_id):
        p = self.prefix
        keys = [f"{p}{{{caller}}}:c", f"{p}{{{caller}}}:cp", f"{p}{{{caller}}}:co", f"{p}d:{imei or '-'}"]
        return keys, [repr(t), self._uid(call_id, t), callee, caller if imei else ""]

    @staticmethod
    def _call_features(r) -> dict:
        c1, c10, c60, peers, done, u, s, a, sims = (int(x) for x in r)
        return {
            "calls_1m": c1, "calls_10m": c10, "calls_60m": c60, "distinct_callees_60m": peers,
            "completed_60m": done, "unanswered_share_60m": u / done if done else 0.0,
            "short_share_60m": s / a if a else 0.0, "device_sims_24h": sims,
        }

    def _sms_args(self, sender, receiver, has_link, imei, t, sms_id):
        p = self.prefix
        keys = [f"{p}{{{sender}}}:s", f"{p}{{{sender}}}:sp", f"{p}{{{sender}}}:sl", f"{p}d:{imei or '-'}"]
        return keys, [repr(t), self._uid(sms_id, t), receiver, sender if imei else "", "1" if has_link else "0"]

    @staticmethod
    def _sms_features(r) -> dict:
        c1, c10, c60, peers, links, sims = (int(x) for x in r)
        return {
            "sms_1m": c1, "sms_10m": c10, "sms_60m": c60, "distinct_receivers_60m": peers,
            "link_share_60m": links / c60 if c60 else 0.0, "device_sims_24h": sims,
        }

    def on_call(self, caller, callee, imei, t, call_id=""):
        keys, args = self._call_args(caller, callee, imei, t, call_id)
        return self._call_features(self._call(keys=keys, args=args))

    def on_call_end(self, caller, t_start, duration_s, call_id=""):
        answered = 1 if duration_s > 0 else 0
        short = 1 if answered and duration_s < SHORT_S else 0
        key = f"{self.prefix}{{{caller}}}:co"
        member = f"{1 - answered}{short}{answered}{self._uid(call_id, t_start)}"
        pipe = self.r.pipeline(transaction=False)
        pipe.zadd(key, {member: t_start})
        pipe.expire(key, 3700)
        pipe.execute()

    def on_sms(self, sender, receiver, has_link, imei, t, sms_id=""):
        keys, args = self._sms_args(sender, receiver, has_link, imei, t, sms_id)
        return self._sms_features(self._sms(keys=keys, args=args))

    def on_device(self, imei, msisdn, t):
        if imei and msisdn:
            key = f"{self.prefix}d:{imei}"
            pipe = self.r.pipeline(transaction=False)
            pipe.zadd(key, {msisdn: t}, gt=True)
            pipe.expire(key, 90000)
            pipe.execute()

    def _batched(self, script, events, args_of, width: int, features) -> list[dict]:
        """Events in chunks of REDIS_CHUNK, one script run per chunk (run in order), all in one pipeline."""
        pipe = self.r.pipeline(transaction=False)
        for lo in range(0, len(events), REDIS_CHUNK):
            keys: list[str] = []
            args: list[str] = []
            for ev in events[lo:lo + REDIS_CHUNK]:
                k, a = args_of(*ev)
                keys += k
                args += a
            script(keys=keys, args=args, client=pipe)
        out = []
        for flat in pipe.execute():
            out.extend(features(flat[i:i + width]) for i in range(0, len(flat), width))
        return out

    def on_calls(self, events):
        return self._batched(self._calls, events, self._call_args, 9, self._call_features)

    def on_smses(self, events):
        return self._batched(self._smses, events, self._sms_args, 6, self._sms_features)


def make_state(redis_url: str | None = None) -> WindowState:
    """The in-process backend, or Redis when a URL is given."""
    return RedisState(redis_url) if redis_url else InProcessState()
