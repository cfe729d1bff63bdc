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

from fraudwall.realtime.intkeys import EMPTY, IntMap, Keys

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

    __slots__ = ("ts", "ps", "fs", "h", "peers", "nflag", "last")

    def __init__(self) -> None:
        self.ts: list[float] = []  # times over the last 60 min (sorted; entries before h are dead)
        self.ps: list[str] = []  # peer of each entry
        self.fs: list[int] = []  # flag of each entry (SMS: carries a link)
        self.h = 0
        self.peers: dict[str, int] = {}
        self.nflag = 0
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


class _Out:
    """A caller's finished calls of the last hour (by call start): (t_start, unanswered, short, answered)."""

    __slots__ = ("out", "n_unans", "n_short", "n_ans", "last")

    def __init__(self) -> None:
        self.out: deque = deque()
        self.n_unans = self.n_short = self.n_ans = 0
        self.last = -np.inf


def _walk(head: np.ndarray, prev: np.ndarray, slots: np.ndarray, stop=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows chained from ``head`` of each slot (-1: none) through ``prev``, newest first: (group, row, depth);
    ``stop(g, rows)`` (optional) says which rows end their chain (they are not returned)."""
    g = np.flatnonzero(slots >= 0)
    cur = head[slots[g]]
    ok = cur >= 0
    g, cur = g[ok], cur[ok]
    gs, rows, depth = [], [], []
    d = 0
    while len(cur):
        if stop is not None:
            ok = ~stop(g, cur)
            g, cur = g[ok], cur[ok]
        gs.append(g)
        rows.append(cur)
        depth.append(np.full(len(g), d, np.int64))
        cur = prev[cur]
        ok = cur >= 0
        g, cur = g[ok], cur[ok]
        d += 1
    if not gs:
        z = np.zeros(0, np.int64)
        return z, z, z
    return np.concatenate(gs), np.concatenate(rows), np.concatenate(depth)


def _grown(a: np.ndarray, size: int, fill) -> np.ndarray:
    if size <= len(a):
        return a
    return np.concatenate([a, np.full(max(size, 2 * len(a)) - len(a), fill, a.dtype)])


class _Chains:
    """Slots (an int64 key each, mapped by ``map``) whose rows sit in append-only arrays, chained per slot
    from the newest (``head``) backwards (the row array named ``PREV``); ``last`` per slot is its latest
    time.  Shared by :class:`_Cols` and :class:`_Devs`, which name their row arrays in ``ROWS`` (``SLOT``:
    the row's slot, ``PREV``: its previous row in the slot's chain, -1 at the end)."""

    ROWS: tuple[str, ...] = ()
    SLOT = ""
    PREV = ""

    def __init__(self) -> None:
        self.map = IntMap()
        self.skey = np.empty(1024, np.int64)  # key of each slot
        self.valid = np.zeros(1024, bool)
        self.nslots = 0
        self.last = np.full(1024, -np.inf)
        self.head = np.full(1024, -1, np.int64)
        self.n = 0

    def __len__(self) -> int:
        return self.map.live

    def new_slots(self, ks: np.ndarray) -> np.ndarray:
        """Slots for keys not stored yet."""
        base = self.nslots
        slots = np.arange(base, base + len(ks))
        self.map.put(ks, slots)
        size = base + len(ks)
        self.skey = _grown(self.skey, size, 0)
        self.valid = _grown(self.valid, size, False)
        self.last = _grown(self.last, size, -np.inf)
        self.head = _grown(self.head, size, -1)
        self.skey[base:size] = ks
        self.valid[base:size] = True
        self.nslots = size
        return slots

    def _release(self, keys: Keys, name: str) -> int:
        """Unmap one stored key (its rows move out to the per-event path); its slot, or -1 when not stored."""
        k = keys.one(name, add=False)
        s = self.map.get1(k) if k != EMPTY else -1
        if s >= 0:
            self.map.delete(np.array([k], np.int64))
            self.valid[s] = False
        return s

    def sweep(self, lo: float) -> None:
        """Forget the slots whose latest time is older than ``lo``."""
        k = self.nslots
        stale = np.flatnonzero(self.valid[:k] & (self.last[:k] < lo))
        if len(stale):
            self.map.delete(self.skey[stale])
            self.valid[stale] = False
            self.head[stale] = -1

    def _compact_rows(self, keep: np.ndarray, need: int) -> tuple[np.ndarray, np.ndarray]:
        """Keep the rows where ``keep`` (in order, chains relinked past dropped rows), number the live slots
        densely, and leave room for ``need`` more rows (arrays at least twice the kept rows plus ``need``).
        Returns the old slot -> new slot map and the live slots' keys."""
        live_slots = np.flatnonzero(self.valid[:self.nslots])
        nl = len(live_slots)
        smap = np.full(self.nslots, -1, np.int64)
        smap[live_slots] = np.arange(nl)
        newidx = np.cumsum(keep) - 1
        rows = np.flatnonzero(keep)

        def moved(ptr: np.ndarray) -> np.ndarray:  # row pointers renumbered; -1 where none or dropped
            ok = ptr >= 0
            ok[ok] = keep[ptr[ok]]
            out = np.full(len(ptr), -1, np.int64)
            out[ok] = newidx[ptr[ok]]  # (no row at all kept: nothing to look up)
            return out

        prev = moved(getattr(self, self.PREV)[rows])
        m = len(rows)
        size = len(getattr(self, self.SLOT))
        while m + need > size // 2:
            size *= 2
        head = moved(self.head[live_slots])
        ns = max(1024, nl)
        skey = self.skey[live_slots]
        self.map.rebuild(skey, np.arange(nl))
        self.skey = np.empty(ns, np.int64)
        self.skey[:nl] = skey
        self.valid = np.zeros(ns, bool)
        self.valid[:nl] = True
        self.nslots = nl
        self.head = np.full(ns, -1, np.int64)
        self.head[:nl] = head
        last = np.full(ns, -np.inf)
        last[:nl] = self.last[live_slots]
        self.last = last
        for a in self.ROWS:
            old = getattr(self, a)
            vals = prev if a == self.PREV else smap[old[rows]] if a == self.SLOT else old[rows]
            arr = np.empty(size, vals.dtype)
            arr[:m] = vals
            setattr(self, a, arr)
        self.n = m
        return smap, skey


class _Cols(_Chains):
    """Columnar windows of the numbers whose latest events came through a vectorised batch (one per event kind).

    Numbers are integer slots (``map``: number key -> slot, see :mod:`~fraudwall.realtime.intkeys`;
    ``last``/``head`` per slot); events are rows of append-only arrays (time ``et``, peer key ``ep``, flag
    ``ef``, slot ``es``) linked per slot from the newest (``head``) backwards (``eprev``), so a batch gathers
    the last hour of its numbers with a few vectorised steps and appends itself in one go.  Only in-order
    events are stored here (each slot's chain is newest-first in time); a number that the per-event path
    touches is moved out to a :class:`_Win` (:meth:`take`), and back in by the next vectorised batch that
    has it.  Dead rows (older than their number's latest event minus an hour, or of numbers moved out or
    forgotten) are compacted away when the arrays fill up.
    """

    ROWS = ("et", "ep", "ef", "es", "eprev")
    SLOT = "es"
    PREV = "eprev"

    def __init__(self, cap: int = 1 << 15) -> None:
        super().__init__()
        self.keys = Keys()  # numbers and peers
        self.et = np.empty(cap, np.float64)
        self.ep = np.empty(cap, np.int64)
        self.ef = np.empty(cap, np.int64)
        self.es = np.empty(cap, np.int64)
        self.eprev = np.empty(cap, np.int64)

    def peer_ids(self, peers: list[str]) -> np.ndarray:
        return self.keys.of(peers)

    def gather(self, slots: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Live rows of each slot (-1: none), newest first: (group, row, depth) and per-slot counts."""
        ng = len(slots)
        has = slots >= 0
        thr = np.full(ng, np.inf)
        thr[has] = self.last[slots[has]] - H1
        et = self.et
        G, rows, depth = _walk(self.head, self.eprev, slots, lambda g, cur: et[cur] < thr[g])
        return G, rows, depth, np.bincount(G, minlength=ng), thr

    def _chain(self, s: int) -> list[int]:
        thr = float(self.last[s]) - H1
        et, eprev = self.et, self.eprev
        rows = []
        i = int(self.head[s])
        while i >= 0 and et[i] >= thr:
            rows.append(i)
            i = int(eprev[i])
        rows.reverse()
        return rows

    def take(self, key: str) -> _Win | None:
        """Move one number out to a per-number window (for the per-event path)."""
        s = self._release(self.keys, key)
        if s < 0:
            return None
        rows = self._chain(s)
        w = _Win()
        w.ts = self.et[rows].tolist()
        w.ps = self.keys.names(self.ep[rows])
        w.fs = self.ef[rows].tolist()
        w.nflag = sum(w.fs)
        d = w.peers
        for x in w.ps:
            d[x] = d.get(x, 0) + 1
        w.last = float(self.last[s])
        self.head[s] = -1
        return w

    def append(self, ukeys: np.ndarray, slots: np.ndarray, t: np.ndarray, p: np.ndarray,
               f: np.ndarray, g: np.ndarray, glast: np.ndarray) -> None:
        """Append rows (grouped by ``g``, in time order within a group) of groups with keys ``ukeys``;
        ``slots`` = -1 for groups not stored yet, which get a slot."""
        new = np.flatnonzero(slots < 0)
        if len(new):
            slots = slots.copy()
            slots[new] = self.new_slots(ukeys[new])
        m = len(t)
        if self.n + m > len(self.et):
            self._grow(self.n + m)
        n = self.n
        idx = np.arange(n, n + m)
        rs = slots[g]
        first = np.r_[True, g[1:] != g[:-1]] if m else np.zeros(0, bool)
        prev = idx - 1
        prev[first] = self.head[rs[first]]
        sl = slice(n, n + m)
        self.et[sl], self.ep[sl], self.ef[sl], self.es[sl], self.eprev[sl] = t, p, f, rs, prev
        notlast = np.r_[~first[1:], False] if m else first
        self.head[rs[~notlast]] = idx[~notlast]
        gl = np.flatnonzero(~np.isneginf(glast))
        self.last[slots[gl]] = np.maximum(self.last[slots[gl]], glast[gl])
        self.n = n + m

    def _grow(self, size: int) -> None:
        cap = len(self.et)
        while cap < size:
            cap *= 2
        for a in ("et", "ep", "ef", "es", "eprev"):
            old = getattr(self, a)
            arr = np.empty(cap, old.dtype)
            arr[:self.n] = old[:self.n]
            setattr(self, a, arr)

    def reserve(self, need: int) -> None:
        """Room for ``need`` more rows; compacts (renumbering slots) when the arrays are full, so call it
        before looking slots up."""
        if self.n + need > len(self.et):
            self._compact(need)

    def _compact(self, need: int) -> None:
        n = self.n
        es = self.es[:n]
        keep = self.valid[:self.nslots][es] & (self.et[:n] >= self.last[es] - H1)
        _, skey = self._compact_rows(keep, need)
        self.keys.prune(np.concatenate([skey, self.ep[:self.n]]))

    def windows(self) -> dict:
        """number -> (live times, peers, flags) (for tests and inspection)."""
        out = {}
        for s in np.flatnonzero(self.valid[:self.nslots]).tolist():
            rows = self._chain(s)
            out[self.keys.name(int(self.skey[s]))] = (self.et[rows].tolist(), self.keys.names(self.ep[rows]),
                                                      self.ef[rows].tolist())
        return out


class _Devs(_Chains):
    """Columnar SIMs-per-device store of the IMEIs whose latest events came through a vectorised batch.

    The same information as :attr:`InProcessState.devices` (per IMEI: number -> latest time seen), as
    rows (IMEI slot ``ps``, number key ``pn``, time ``pt``) chained per IMEI (``head``/``pprev``), one row
    per (IMEI, number).  Rows are kept as long as their IMEI (like the dict: an IMEI is forgotten as a
    whole by the sweep).  An IMEI the per-event path touches is moved out to the dict (:meth:`take`),
    and back in by the next batch that has it.
    """

    ROWS = ("ps", "pn", "pt", "pprev")
    SLOT = "ps"
    PREV = "pprev"

    def __init__(self, cap: int = 1 << 14) -> None:
        super().__init__()  # ``last``: latest time of any number on the IMEI (the sweep forgets an IMEI whole)
        self.ikeys = Keys()
        self.nkeys = Keys()
        self.ps = np.empty(cap, np.int64)
        self.pn = np.empty(cap, np.int64)
        self.pt = np.empty(cap, np.float64)
        self.pprev = np.empty(cap, np.int64)

    def _rows(self, s: int) -> list[int]:
        rows = []
        i = int(self.head[s])
        while i >= 0:
            rows.append(i)
            i = int(self.pprev[i])
        return rows

    def take(self, imei: str) -> dict[str, float] | None:
        """Move one IMEI out to a dict (number -> latest time), for the per-event path."""
        s = self._release(self.ikeys, imei)
        if s < 0:
            return None
        rows = self._rows(s)[::-1]
        d = dict(zip(self.nkeys.names(self.pn[rows]), self.pt[rows].tolist(), strict=True))
        self.head[s] = -1
        return d

    def put(self, imeis: list[str], dicts: list[dict[str, float]]) -> None:
        """Move IMEIs in from the dict store (none of them is here)."""
        nums = [m for d in dicts for m in d]
        if not nums:
            return
        slots = self.new_slots(self.ikeys.of(imeis))
        g = np.repeat(np.arange(len(dicts)), [len(d) for d in dicts])
        t = np.fromiter((v for d in dicts for v in d.values()), np.float64, len(nums))
        self._append(slots[g], self.nkeys.of(nums), t)

    def _append(self, rs: np.ndarray, nk: np.ndarray, t: np.ndarray) -> None:
        """New rows, grouped by slot ``rs``."""
        m = len(rs)
        if not m:
            return
        if self.n + m > len(self.pt):
            self._compact(m, nk)
            rs = self._smap[rs]
        n = self.n
        idx = np.arange(n, n + m)
        first = np.r_[True, rs[1:] != rs[:-1]]
        prev = idx - 1
        prev[first] = self.head[rs[first]]
        sl = slice(n, n + m)
        self.ps[sl], self.pn[sl], self.pt[sl], self.pprev[sl] = rs, nk, t, prev
        lastrow = np.r_[first[1:], True]
        self.head[rs[lastrow]] = idx[lastrow]
        np.maximum.at(self.last, rs, t)
        self.n = n + m

    def _compact(self, need: int, nk: np.ndarray) -> None:
        """Drop the rows of forgotten IMEIs and renumber slots (``_smap``: old slot -> new)."""
        keep = self.valid[:self.nslots][self.ps[:self.n]]
        self._smap, skey = self._compact_rows(keep, need)
        self.ikeys.prune(skey)
        self.nkeys.prune(np.concatenate([self.pn[:self.n], nk]))  # and the keys of the rows being added

    def sims(self, imeis: list[str], nums: list[str], t: np.ndarray, order: np.ndarray | None = None) -> np.ndarray:
        """SIMs seen on each event's device in the 24 hours before it, for (IMEI, number, time) events in
        order (all IMEIs non-empty, times within an hour), as :meth:`InProcessState._device_sims` one by
        one would give; records the events.  ``order``: the events' order, when ``imeis`` and ``nums`` are
        not in it (``t`` is).

        An event counts the distinct numbers seen on its IMEI earlier in the batch (within the hour, so
        inside its day) and the stored numbers not seen earlier in the batch whose time is in its day."""
        k = len(imeis)
        if not k:
            return np.zeros(0, np.int64)
        ik = self.ikeys.of(imeis)
        nk = self.nkeys.of(nums)
        if order is not None:
            ik, nk = ik[order], nk[order]
        # IMEIs as groups (gi), in key order
        oi = np.argsort(ik, kind="stable")
        sik = ik[oi]
        gfirst = np.r_[True, sik[1:] != sik[:-1]]
        gsorted = np.cumsum(gfirst) - 1
        gi = np.empty(k, np.int64)
        gi[oi] = gsorted
        uik = sik[gfirst]
        slots = self.map.get(uik)
        grp_r, rows_r, _ = _walk(self.head, self.pprev, slots)
        # (IMEI, number) pairs: batch events and stored rows on a common dense numbering
        nr = len(rows_r)
        _, inv = np.unique(np.concatenate([self.pn[rows_r], nk]), return_inverse=True)
        inv = inv.reshape(-1)
        width = int(inv.max()) + 1
        rk = grp_r * width + inv[:nr]
        bk = gi * width + inv[nr:]
        ob = np.argsort(bk, kind="stable")
        sbk = bk[ob]
        fl = np.r_[True, sbk[1:] != sbk[:-1]]
        ubk = sbk[fl]
        ufirst = ob[fl]  # first batch position of each pair
        isfirst = np.zeros(k, np.int64)
        isfirst[ufirst] = 1
        # distinct numbers seen on the IMEI so far in the batch
        cs = np.cumsum(isfirst[oi])
        gstart = np.flatnonzero(gfirst)
        base = (cs - isfirst[oi])[gstart]
        out = np.empty(k, np.int64)
        out[oi] = cs - base[gsorted]
        # stored numbers not seen yet in the batch, last seen within the event's day
        if nr:
            j = np.minimum(np.searchsorted(ubk, rk), len(ubk) - 1)
            hit = ubk[j] == rk
            fpos = np.where(hit, ufirst[j], k)
            s_r = self.pt[rows_r]
            lo_t = t - D1
            always = s_r >= lo_t.max()
            some = ~always & (s_r >= lo_t.min())
            if always.any():
                a = np.sort(grp_r[always] * (k + 1) + fpos[always])
                gk = gi * (k + 1)
                out += np.searchsorted(a, gk + k, "right") - np.searchsorted(a, gk + np.arange(k), "right")
            if some.any():
                gcount = np.diff(np.r_[gstart, k])
                ra = np.flatnonzero(some)
                sizes = gcount[grp_r[ra]]
                ends = np.cumsum(sizes)
                lo_i = 0
                while lo_i < len(ra):  # (row, event of its IMEI) pairs, a million at a time
                    hi_i = int(np.searchsorted(ends, ends[lo_i] - sizes[lo_i] + 1_000_000, "right"))
                    hi_i = max(hi_i, lo_i + 1)
                    r, sz = ra[lo_i:hi_i], sizes[lo_i:hi_i]
                    within = np.arange(int(sz.sum())) - np.repeat(np.cumsum(sz) - sz, sz)
                    ev = oi[np.repeat(gstart[grp_r[r]], sz) + within]
                    rr = np.repeat(r, sz)
                    cnt = (ev < fpos[rr]) & (s_r[rr] >= lo_t[ev])
                    out += np.bincount(ev[cnt], minlength=k)
                    lo_i = hi_i
        # record: latest time of each pair, stored rows updated, new pairs appended
        umax = np.maximum.reduceat(t[ob], np.flatnonzero(fl))
        matched = np.zeros(len(ubk), bool)
        if nr:
            rh, jh = rows_r[hit], j[hit]
            self.pt[rh] = np.maximum(self.pt[rh], umax[jh])
            matched[jh] = True
            np.maximum.at(self.last, self.ps[rh], umax[jh])
        new = np.flatnonzero(~matched)
        ug = ubk[new] // width
        ns = np.flatnonzero(slots < 0)
        if len(ns):
            slots = slots.copy()
            slots[ns] = self.new_slots(uik[ns])
        self._append(slots[ug], nk[ufirst[new]], umax[new])
        return out


class InProcessState:
    """Window state in this process's memory (the default; one worker, or replay)."""

    name = "memory"

    def __init__(self) -> None:
        self.calls: dict[str, _Win] = {}
        self.sms: dict[str, _Win] = {}
        self.devices: dict[str, dict[str, float]] = {}
        self.outs: dict[str, _Out] = {}  # finished calls per caller (CDRs)
        # numbers last seen by a vectorised batch live in these columnar stores, the others in the dicts above
        self.ccols = _Cols()
        self.scols = _Cols()
        self.dcols = _Devs()  # IMEIs last seen by a vectorised batch, the others in self.devices
        self._next_sweep = 0.0
        self._next_dev_sweep = 0.0
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

    def _device(self, imei: str) -> dict[str, float] | None:
        d = self.devices.get(imei)
        if d is None and len(self.dcols):
            d = self.dcols.take(imei)
            if d is not None:
                self.devices[imei] = d
        return d

    def _device_sims(self, imei: str | None, msisdn: str, t: float) -> int:
        if not imei:
            return 1
        d = self._device(imei)
        if d is None:
            self.devices[imei] = {msisdn: t}
            return 1
        v = d.get(msisdn)
        if v is None or v < t:
            d[msisdn] = t
        lo = t - D1
        n = 0
        for v in d.values():
            if v >= lo:
                n += 1
        return n

    def _maybe_sweep(self, t: float) -> None:
        """Forget numbers idle for two hours and devices idle for 25 (every five minutes of event time).

        The margins make a sweep invisible to any event less than an hour older than the sweep.
        """
        if t < self._next_sweep:
            return
        if self._next_sweep:
            lo = t - 2 * H1
            for table in (self.calls, self.sms, self.outs):
                stale = [k for k, w in table.items() if w.last < lo]
                for k in stale:
                    del table[k]
            self.ccols.sweep(lo)
            self.scols.sweep(lo)
            if t >= self._next_dev_sweep:  # devices every 30 minutes (sweeping less often is as invisible)
                lo = t - D1 - H1
                stale = [k for k, d in self.devices.items() if max(d.values()) < lo]
                for k in stale:
                    del self.devices[k]
                self.dcols.sweep(lo)
                self._next_dev_sweep = t + 6 * SWEEP_EVERY
            self._swept_at = t
        self._next_sweep = t + SWEEP_EVERY

    def _outcomes(self, w: _Out, t: float) -> tuple[int, float, float]:
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
            w = self.calls[caller] = (self.ccols.take(caller) if len(self.ccols) else None) or _Win()
        c1, c10, c60 = self._push(w, t, callee, 0)
        o = self.outs.get(caller) if self.outs else None
        done, unans, short = self._outcomes(o, t) if o is not None and o.out else (0, 0.0, 0.0)
        return {
            "calls_1m": c1, "calls_10m": c10, "calls_60m": c60,
            "distinct_callees_60m": len(w.peers), "completed_60m": done,
            "unanswered_share_60m": unans, "short_share_60m": short,
            "device_sims_24h": self._device_sims(imei, caller, t),
        }

    def on_call_end(self, caller: str, t_start: float, duration_s: float, call_id: str = "") -> None:
        w = self.outs.get(caller)
        if w is None:
            w = self.outs[caller] = _Out()
        if t_start > w.last:
            w.last = t_start
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
            w = self.sms[sender] = (self.scols.take(sender) if len(self.scols) else None) or _Win()
        c1, c10, c60 = self._push(w, t, receiver, 1 if has_link else 0)
        return {
            "sms_1m": c1, "sms_10m": c10, "sms_60m": c60,
            "distinct_receivers_60m": len(w.peers), "link_share_60m": w.nflag / c60,
            "device_sims_24h": self._device_sims(imei, sender, t),
        }

    def on_device(self, imei: str, msisdn: str, t: float) -> None:
        if imei and msisdn:
            d = self._device(imei)
            if d is None:
                self.devices[imei] = {msisdn: t}
            else:
                v = d.get(msisdn)
                if v is None or v < t:
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

    def on_batch(self, calls: tuple | None, smses: tuple | None,
                 dev: tuple[list, list, np.ndarray, np.ndarray | None]) -> tuple[dict, dict, np.ndarray] | None:
        """Window features of a whole batch at once, equal to calling :meth:`on_call`/:meth:`on_sms` in order.

        ``calls`` = (callers, callees, times array), ``smses`` = (senders, receivers, link flags array, times
        array), ``dev`` = (IMEIs, numbers, times array, order) of the events with an IMEI: ``order`` (None: as
        given) puts the IMEIs and numbers in batch order, the times are in it already; their SIMs per device
        come back in batch order.  Counts come from one NumPy
        search over each number's earlier times followed by the batch's.  Returns None (nothing changed)
        when the batch is not in order per number, spans more than an hour, or predates a sweep by more
        than an hour: the caller then takes the per-event path.
        """
        times = [spec[-1] for spec in (calls, smses) if spec is not None]
        if not self.batch_ok(np.concatenate(times) if times else np.zeros(0)):
            return None
        prep = []
        for table, cols, spec in ((self.calls, self.ccols, calls), (self.sms, self.scols, smses)):
            if spec is None:
                prep.append(None)
                continue
            cols.reserve(len(spec[-1]))  # may renumber slots: before any lookup
            p = _prepare(table, cols, spec[0], spec[1], spec[2] if len(spec) == 4 else None, spec[-1])
            if p is None:
                return None
            prep.append(p)
        imeis, nums, dts, dorder = dev
        if self.devices and imeis:  # IMEIs the per-event path holds move into the columnar store
            moved = list(self.devices.keys() & set(imeis))
            if moved:
                self.dcols.put(moved, [self.devices.pop(x) for x in moved])
        sims = self.dcols.sims(imeis, nums, dts, dorder)
        feats = []
        for table, cols, p, kind in ((self.calls, self.ccols, prep[0], "call"), (self.sms, self.scols, prep[1], "sms")):
            if p is None:
                feats.append({})
                continue
            prior = _priors(cols, p)
            (c1, c10, c60, distinct, nflag), combined = _window_counts(p, *prior, cols.peer_ids(p["peers"]))
            if kind == "call":
                f = {"calls_1m": c1, "calls_10m": c10, "calls_60m": c60, "distinct_callees_60m": distinct}
                f["completed_60m"], f["unanswered_share_60m"], f["short_share_60m"] = self._batch_outcomes(p)
            else:
                f = {"sms_1m": c1, "sms_10m": c10, "sms_60m": c60, "distinct_receivers_60m": distinct,
                     "link_share_60m": nflag / c60}
            _write_back(table, cols, p, combined)
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
        outs = self.outs
        if not outs:
            return done, unans, short
        hits = list(outs.keys() & set(p["numbers"]))
        if not hits:
            return done, unans, short
        starts = np.r_[p["starts"], n].tolist()
        order, ts = p["order"].tolist(), p["ts"].tolist()
        for g, key in zip(np.searchsorted(p["ukeys"], p["kobj"].of(hits)).tolist(), hits, strict=True):
            w = outs[key]
            if not w.out:
                continue
            for j in range(starts[g], starts[g + 1]):
                i = order[j]
                done[i], unans[i], short[i] = self._outcomes(w, ts[j])
        return done, unans, short

    def device_table(self) -> dict[str, dict[str, float]]:
        """IMEI -> {number: latest time} over both stores (for tests and inspection)."""
        out = {k: dict(d) for k, d in self.devices.items()}
        dc = self.dcols
        for s in np.flatnonzero(dc.valid[:dc.nslots]).tolist():
            rows = dc._rows(s)
            out[dc.ikeys.name(int(dc.skey[s]))] = dict(zip(dc.nkeys.names(dc.pn[rows]), dc.pt[rows].tolist(),
                                                           strict=True))
        return out

    def windows(self, kind: str) -> dict[str, tuple[list, dict, int]]:
        """number -> (live times, peer counts, flagged count) over both stores (for tests and inspection)."""
        out = {}
        for key, w in (self.calls if kind == "call" else self.sms).items():
            out[key] = (w.ts[w.h:], dict(w.peers), w.nflag)
        for key, (ts, ps, fs) in (self.ccols if kind == "call" else self.scols).windows().items():
            d: dict = {}
            for x in ps:
                d[x] = d.get(x, 0) + 1
            out[key] = (ts, d, sum(fs))
        return out


def _prepare(table: dict, cols: _Cols, keys: list, peers: list, flags: np.ndarray | None,
             t: np.ndarray) -> dict | None:
    """Group a batch by number and check it can be vectorised (in order per number, after its last event)."""
    n = len(keys)
    kk = cols.keys.of(keys)
    order = np.argsort(kk, kind="stable")
    sk = kk[order]
    first = np.r_[True, sk[1:] != sk[:-1]] if n else np.zeros(0, bool)
    gs = np.cumsum(first) - 1
    ts = t[order]
    if np.any(~first[1:] & (ts[1:] < ts[:-1])):
        return None
    starts = np.flatnonzero(first)
    ukeys = sk[first]
    ng = len(ukeys)
    slots = cols.map.get(ukeys)
    lasts = np.full(ng, -np.inf)
    has = slots >= 0
    lasts[has] = cols.last[slots[has]]
    wins: dict[int, tuple[str, _Win]] = {}
    if table:
        hits = list(table.keys() & set(keys))
        for gi, k in zip(np.searchsorted(ukeys, cols.keys.of(hits)).tolist(), hits, strict=True):
            w = table[k]
            wins[gi] = (k, w)
            lasts[gi] = w.last
    if ng and np.any(ts[starts] < lasts):
        return None
    return {"ukeys": ukeys, "numbers": keys, "kobj": cols.keys, "order": order, "gs": gs, "ts": ts, "t": t,
            "peers": peers, "flags": flags, "slots": slots, "wins": wins, "starts": starts}


def _priors(cols: _Cols, p: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each number's live earlier events (columnar store and per-number windows), numbers one after another."""
    slots, wins = p["slots"], p["wins"]
    G, rows, depth, cn, _ = cols.gather(slots)
    prior_n = cn.copy()
    wl = {}
    for gi, (_, w) in wins.items():
        wl[gi] = (w.ts[w.h:], w.ps[w.h:], w.fs[w.h:])
        prior_n[gi] = len(w.ts) - w.h
    tot = int(prior_n.sum())
    poff = np.cumsum(prior_n) - prior_n
    pt = np.empty(tot, np.float64)
    pp = np.empty(tot, np.int64)
    pf = np.empty(tot, np.int64)
    if len(G):
        pos = poff[G] + cn[G] - 1 - depth
        pt[pos] = cols.et[rows]
        pp[pos] = cols.ep[rows]
        pf[pos] = cols.ef[rows]
    for gi, (a, b, c) in wl.items():
        o = int(poff[gi])
        pt[o:o + len(a)] = a
        pp[o:o + len(a)] = cols.peer_ids(b)
        pf[o:o + len(a)] = c
    return prior_n, pt, pp, pf


def _window_counts(p: dict, prior_n: np.ndarray, pt: np.ndarray, pp: np.ndarray, pf: np.ndarray,
                   bpeers: np.ndarray) -> tuple:
    """(1, 10, 60 min counts, distinct peers, flagged in 60 min) per event in batch order, and the combined
    rows (earlier events then the batch's, number after number) for the write-back."""
    gs, ts, order = p["gs"], p["ts"], p["order"]
    n = len(ts)
    ng = len(prior_n)
    starts = p["starts"]
    bc = np.diff(np.r_[starts, n])
    tot = prior_n + bc
    off = np.cumsum(tot) - tot
    big_n = int(tot.sum())
    rank = np.arange(n) - np.repeat(starts, bc)
    pos = off[gs] + prior_n[gs] + rank
    gid_elem = np.repeat(np.arange(ng), tot)
    is_prior = np.ones(big_n, bool)
    is_prior[pos] = False
    prior_pos = np.flatnonzero(is_prior)
    raw = np.empty(big_n, np.float64)
    raw[prior_pos] = pt
    raw[pos] = ts
    ids = np.empty(big_n, np.int64)
    ids[prior_pos] = pp
    ids[pos] = bpeers[order]
    flags = p["flags"]
    fl = np.zeros(big_n, np.int64)
    if flags is not None:
        fl[prior_pos] = pf
        fl[pos] = flags[order]
    if not n:
        z = np.zeros(0, np.int64)
        return (z, z, z, z, z if flags is not None else None), (raw, ids, fl, gid_elem, is_prior)
    base = float(ts.min()) - H1 - 1.0
    big = np.maximum(raw, base) - base
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
    if flags is not None:
        cum = np.cumsum(fl)
        nflag = cum[pos] - (cum[start60] - fl[start60])
    # distinct peers: element j (a peer at position pos_j, next seen again at nxt_j) counts for the
    # events at positions in [pos_j, nxt_j) whose window starts at or before pos_j — a contiguous run
    # of the batch's events, since positions and window starts both increase
    by = np.lexsort((ids, gid_elem))  # by number, then peer, then position
    gb, ib = gid_elem[by], ids[by]
    elem = np.arange(big_n)
    nxt = np.empty(big_n, np.int64)
    same_next = np.r_[(gb[1:] == gb[:-1]) & (ib[1:] == ib[:-1]), False]
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
    return tuple(res), (raw, ids, fl, gid_elem, is_prior)


def _write_back(table: dict, cols: _Cols, p: dict, combined: tuple) -> None:
    """Append the batch's events (and the live events of numbers moved in from per-number windows) to the
    columnar store, as the per-event path would have added them."""
    raw, ids, fl, gid_elem, is_prior = combined
    slots, wins = p["slots"], p["wins"]
    sel = ~is_prior
    if wins:
        inw = np.zeros(len(slots), bool)
        inw[list(wins)] = True
        sel |= inw[gid_elem]
        for key, _ in wins.values():
            del table[key]
    ng = len(slots)
    n = len(p["ts"])
    glast = np.full(ng, -np.inf)
    if n:
        ends = np.r_[p["starts"][1:], n] - 1
        glast[p["gs"][ends]] = p["ts"][ends]
    cols.append(p["ukeys"], slots, raw[sel], ids[sel], fl[sel], gid_elem[sel], glast)


# ---------------------------------------------------------------------------- Redis
# one event's window update; the single-event scripts call it once, the batch scripts once per event
# (KEYS and ARGV laid out event after event), so a batch is one script run per chunk, in order
# the steps both event kinds share: a number's event window (counts in the last 1/10/60 minutes), a
# sorted set of peers in the last hour, and the SIMs seen on the device in the last day
_WINDOW_FN = """
local function events(k1, t, uid, h)
  redis.call('ZADD', k1, t, uid)
  redis.call('ZREMRANGEBYSCORE', k1, '-inf', '(' .. h)
  redis.call('EXPIRE', k1, 3700)
end
local function counts(k1, t)
  return redis.call('ZCOUNT', k1, t - 60, '+inf'), redis.call('ZCOUNT', k1, t - 600, '+inf'), redis.call('ZCARD', k1)
end
local function peers(k2, t, peer, h)
  redis.call('ZADD', k2, 'GT', t, peer)
  redis.call('ZREMRANGEBYSCORE', k2, '-inf', '(' .. h)
  redis.call('EXPIRE', k2, 3700)
  return redis.call('ZCARD', k2)
end
local function device_sims(k4, t, member)
  if member == '' then return 1 end
  redis.call('ZADD', k4, 'GT', t, member)
  redis.call('ZREMRANGEBYSCORE', k4, '-inf', '(' .. (t - 86400))
  redis.call('EXPIRE', k4, 90000)
  return redis.call('ZCARD', k4)
end
"""
_CALL_FN = _WINDOW_FN + """
local function call(k1, k2, k3, k4, t, uid, callee, member)
  local h = t - 3600
  events(k1, t, uid, h)
  local c1, c10, c60 = counts(k1, t)
  local n_peers = peers(k2, t, callee, h)
  redis.call('ZREMRANGEBYSCORE', k3, '-inf', '(' .. h)
  local outs = redis.call('ZRANGE', k3, 0, -1)
  local u, s, a = 0, 0, 0
  for i = 1, #outs do
    local m = outs[i]
    if string.byte(m, 1) == 49 then u = u + 1 end
    if string.byte(m, 2) == 49 then s = s + 1 end
    if string.byte(m, 3) == 49 then a = a + 1 end
  end
  return {c1, c10, c60, n_peers, #outs, u, s, a, device_sims(k4, t, member)}
end
"""
_SMS_FN = _WINDOW_FN + """
local function sms(k1, k2, k3, k4, t, uid, receiver, member, link)
  local h = t - 3600
  events(k1, t, uid, h)
  if link == '1' then redis.call('ZADD', k3, t, uid) end
  redis.call('ZREMRANGEBYSCORE', k3, '-inf', '(' .. h)
  redis.call('EXPIRE', k3, 3700)
  local links = redis.call('ZCARD', k3)
  local c1, c10, c60 = counts(k1, t)
  return {c1, c10, c60, peers(k2, t, receiver, h), links, device_sims(k4, t, member)}
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
