"""Sliding-window state per number and per device, in process or in Redis.

Both backends implement the same four operations, called in event-time order:

* :meth:`on_call` — a call is being set up: record it, return the caller's window features;
* :meth:`on_call_end` — a call ended (CDR): record its outcome (answered, duration);
* :meth:`on_sms` — an SMS is being sent: record it, return the sender's window features;
* :meth:`on_device` — a device event (attach, location update...): the number was seen on the IMEI.

Windows are 1, 10 and 60 minutes for counts, 60 minutes for distinct peers and
call outcomes (by call start time), 24 hours for the SIMs seen on a device.
Times are event times in epoch seconds (the network's clock, as in the record).

The in-process backend keeps deques and dicts and forgets numbers idle for an
hour (a sweep every five minutes of event time).  The Redis backend keeps
sorted sets scored by time and updates them with one Lua script per event, so
that every worker and host sees the same windows and reaches the same
decision; keys expire on their own.
"""

from __future__ import annotations

from collections import deque
from typing import Protocol

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
    __slots__ = ("ev", "t10", "t1", "peers", "nflag", "out", "n_unans", "n_short", "n_ans", "last")

    def __init__(self) -> None:
        self.ev: deque = deque()  # (t, peer, flag) over 60 min
        self.t10: deque = deque()
        self.t1: deque = deque()
        self.peers: dict[str, int] = {}
        self.nflag = 0
        self.out: deque | None = None  # (t_start, unanswered, short, answered) over 60 min
        self.n_unans = self.n_short = self.n_ans = 0
        self.last = 0.0


class InProcessState:
    """Window state in this process's memory (the default; one worker, or replay)."""

    name = "memory"

    def __init__(self) -> None:
        self.calls: dict[str, _Win] = {}
        self.sms: dict[str, _Win] = {}
        self.devices: dict[str, dict[str, float]] = {}
        self._next_sweep = 0.0

    # -- shared window update --------------------------------------------------------
    @staticmethod
    def _push(w: _Win, t: float, peer: str, flag: int) -> None:
        ev, peers = w.ev, w.peers
        ev.append((t, peer, flag))
        peers[peer] = peers.get(peer, 0) + 1
        w.nflag += flag
        lo = t - H1
        while ev[0][0] < lo:
            _, p, f = ev.popleft()
            n = peers[p] - 1
            if n:
                peers[p] = n
            else:
                del peers[p]
            w.nflag -= f
        q = w.t10
        q.append(t)
        lo = t - M10
        while q[0] < lo:
            q.popleft()
        q = w.t1
        q.append(t)
        lo = t - M1
        while q[0] < lo:
            q.popleft()
        if t > w.last:
            w.last = t

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

    def _maybe_sweep(self, t: float) -> None:
        if t < self._next_sweep:
            return
        if self._next_sweep:
            lo = t - H1
            for table in (self.calls, self.sms):
                stale = [k for k, w in table.items() if w.last < lo]
                for k in stale:
                    del table[k]
            lo = t - D1
            stale = [k for k, d in self.devices.items() if max(d.values()) < lo]
            for k in stale:
                del self.devices[k]
        self._next_sweep = t + SWEEP_EVERY

    # -- events ------------------------------------------------------------------------
    def on_call(self, caller: str, callee: str, imei: str | None, t: float, call_id: str = "") -> dict:
        if t >= self._next_sweep:
            self._maybe_sweep(t)
        w = self.calls.get(caller)
        if w is None:
            w = self.calls[caller] = _Win()
        self._push(w, t, callee, 0)
        out = w.out
        if out:
            lo = t - H1
            while out and out[0][0] < lo:
                _, u, s, a = out.popleft()
                w.n_unans -= u
                w.n_short -= s
                w.n_ans -= a
        done = len(out) if out else 0
        return {
            "calls_1m": len(w.t1), "calls_10m": len(w.t10), "calls_60m": len(w.ev),
            "distinct_callees_60m": len(w.peers), "completed_60m": done,
            "unanswered_share_60m": w.n_unans / done if done else 0.0,
            "short_share_60m": w.n_short / w.n_ans if w.n_ans else 0.0,
            "device_sims_24h": self._device_sims(imei, caller, t),
        }

    def on_call_end(self, caller: str, t_start: float, duration_s: float, call_id: str = "") -> None:
        w = self.calls.get(caller)
        if w is None:
            w = self.calls[caller] = _Win()
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
        self._push(w, t, receiver, 1 if has_link else 0)
        n = len(w.ev)
        return {
            "sms_1m": len(w.t1), "sms_10m": len(w.t10), "sms_60m": n,
            "distinct_receivers_60m": len(w.peers), "link_share_60m": w.nflag / n,
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


# ---------------------------------------------------------------------------- Redis
_CALL_LUA = """
local t = tonumber(ARGV[1])
local h = t - 3600
redis.call('ZADD', KEYS[1], t, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. h)
redis.call('EXPIRE', KEYS[1], 3700)
local c60 = redis.call('ZCARD', KEYS[1])
local c10 = redis.call('ZCOUNT', KEYS[1], t - 600, '+inf')
local c1 = redis.call('ZCOUNT', KEYS[1], t - 60, '+inf')
redis.call('ZADD', KEYS[2], 'GT', t, ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. h)
redis.call('EXPIRE', KEYS[2], 3700)
local peers = redis.call('ZCARD', KEYS[2])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. h)
local outs = redis.call('ZRANGE', KEYS[3], 0, -1)
local u, s, a = 0, 0, 0
for i = 1, #outs do
  local m = outs[i]
  if string.byte(m, 1) == 49 then u = u + 1 end
  if string.byte(m, 2) == 49 then s = s + 1 end
  if string.byte(m, 3) == 49 then a = a + 1 end
end
local sims = 1
if ARGV[4] ~= '' then
  redis.call('ZADD', KEYS[4], 'GT', t, ARGV[4])
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', '(' .. (t - 86400))
  redis.call('EXPIRE', KEYS[4], 90000)
  sims = redis.call('ZCARD', KEYS[4])
end
return {c1, c10, c60, peers, #outs, u, s, a, sims}
"""

_SMS_LUA = """
local t = tonumber(ARGV[1])
local h = t - 3600
redis.call('ZADD', KEYS[1], t, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. h)
redis.call('EXPIRE', KEYS[1], 3700)
if ARGV[5] == '1' then redis.call('ZADD', KEYS[3], t, ARGV[2]) end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. h)
redis.call('EXPIRE', KEYS[3], 3700)
local links = redis.call('ZCARD', KEYS[3])
local c60 = redis.call('ZCARD', KEYS[1])
local c10 = redis.call('ZCOUNT', KEYS[1], t - 600, '+inf')
local c1 = redis.call('ZCOUNT', KEYS[1], t - 60, '+inf')
redis.call('ZADD', KEYS[2], 'GT', t, ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. h)
redis.call('EXPIRE', KEYS[2], 3700)
local peers = redis.call('ZCARD', KEYS[2])
local sims = 1
if ARGV[4] ~= '' then
  redis.call('ZADD', KEYS[4], 'GT', t, ARGV[4])
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', '(' .. (t - 86400))
  redis.call('EXPIRE', KEYS[4], 90000)
  sims = redis.call('ZCARD', KEYS[4])
end
return {c1, c10, c60, peers, links, sims}
"""


class RedisState:
    """Window state in Redis, shared by all workers and hosts (``--redis redis://host:port/db``)."""

    name = "redis"

    def __init__(self, url_or_client, prefix: str = "fw:") -> None:
        import redis

        self.r = redis.Redis.from_url(url_or_client) if isinstance(url_or_client, str) else url_or_client
        self.prefix = prefix
        self._call = self.r.register_script(_CALL_LUA)
        self._sms = self.r.register_script(_SMS_LUA)
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

    def on_calls(self, events):
        pipe = self.r.pipeline(transaction=False)
        for caller, callee, imei, t, cid in events:
            keys, args = self._call_args(caller, callee, imei, t, cid)
            self._call(keys=keys, args=args, client=pipe)
        return [self._call_features(r) for r in pipe.execute()]

    def on_smses(self, events):
        pipe = self.r.pipeline(transaction=False)
        for sender, receiver, link, imei, t, sid in events:
            keys, args = self._sms_args(sender, receiver, link, imei, t, sid)
            self._sms(keys=keys, args=args, client=pipe)
        return [self._sms_features(r) for r in pipe.execute()]


def make_state(redis_url: str | None = None) -> WindowState:
    """The in-process backend, or Redis when a URL is given."""
    return RedisState(redis_url) if redis_url else InProcessState()
