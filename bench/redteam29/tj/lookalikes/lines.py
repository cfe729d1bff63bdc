"""Look-alikes on fixed and VoIP lines: hotlines that mostly receive, shops that forward their landline to a
mobile (an incoming call and an outgoing one of the same length), assistants bridging calls."""

from __future__ import annotations

import numpy as np

from tj import emit, rhythm
from tj.core import DAY
from tj.lookalikes.base import Actor, Kind, noise, truth


def run(ctx, kind: Kind, rng) -> None:
    globals()["_" + kind.p["mode"]](ctx, kind, rng)


def _hotline(ctx, kind, rng) -> None:
    pop = ctx.pop
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    c = rng.poisson(kind.get("in_per_day", 30) * D, k)
    s = np.repeat(np.arange(k), c)
    t = rhythm.times(rng, ctx.t0 + rng.integers(0, D, s.size) * DAY, kind.get("hours", "business"))
    who = rng.integers(0, pop.n, s.size)
    if kind.get("personas"):
        from tj.population import PID
        cand = np.flatnonzero(np.isin(pop.persona, [PID[x] for x in kind["personas"]]))
        who = cand[rng.integers(0, cand.size, s.size)]
    dur = np.clip(rng.lognormal(np.log(kind.get("med", 200)), 0.7, s.size), 15, 3600).astype(np.int64)
    emit.calls(ctx, rng, pop.msisdn[who], a.msisdn[s], t, dur, imei=pop.imei[who], imsi=pop.imsi[who],
               cell=pop.cell_at(ctx, who, t), callee_cell=a.cell[s] if a.imei[0] >= 0 else None)
    # a few call-backs
    b = rng.random(s.size) < kind.get("back", 0.05)
    tb = t[b] + rng.integers(600, 5 * 3600, int(b.sum()))
    ok = tb < ctx.t1
    emit.calls(ctx, rng, a.msisdn[s[b]][ok], pop.msisdn[who[b]][ok], tb[ok], rng.integers(30, 300, int(ok.sum())),
               gateway=kind.get("gateway"), imei=a.imei[s[b]][ok] if a.imei[0] >= 0 else None,
               imsi=a.imsi[s[b]][ok] if a.imei[0] >= 0 else None)
    a.presence(data=1.0)
    first = np.full(k, ctx.t1, np.int64)
    np.minimum.at(first, s, t)
    first = np.minimum(first, ctx.t1 - 1)
    truth(ctx, kind, "msisdn", a.msisdn, first)
    noise(ctx, kind, rng, a.msisdn, first)


def _forward(ctx, kind, rng) -> None:
    """The line takes the call and rings the owner's mobile (or the boss's) at once, for as long."""
    pop = ctx.pop
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    owner = pop.pick(rng, k, personas=kind.get("personas", ["shopkeeper"]))
    k = owner.size
    D = ctx.days
    c = rng.poisson(kind.get("per_day", 12) * D, k)
    s = np.repeat(np.arange(k), c)
    t = rhythm.times(rng, ctx.t0 + rng.integers(0, D, s.size) * DAY, "business")
    who = rng.integers(0, pop.n, s.size)
    out_dur = np.where(rng.random(s.size) < 0.8, np.clip(rng.lognormal(np.log(90), 0.9, s.size), 5, 2400), 0).astype(np.int64)
    lag = rng.integers(2, 6, s.size)
    ring = rng.integers(3, 15, s.size)
    emit.calls(ctx, rng, pop.msisdn[who], a.msisdn[s], t, out_dur + lag + ring, result="answered", imei=pop.imei[who],
               imsi=pop.imsi[who], cell=pop.cell_at(ctx, who, t), callee_cell=a.cell[s] if a.imei[0] >= 0 else None)
    emit.calls(ctx, rng, a.msisdn[s], pop.msisdn[owner[s]], t + lag, out_dur, ring=ring, gateway=kind.get("gateway"),
               imei=a.imei[s] if a.imei[0] >= 0 else None, imsi=a.imsi[s] if a.imei[0] >= 0 else None,
               cell=a.cell[s] if a.imei[0] >= 0 else None)
    a.presence(data=0.5)
    first = np.full(k, ctx.t1, np.int64)
    np.minimum.at(first, s, t)
    first = np.minimum(first, ctx.t1 - 1)
    truth(ctx, kind, "msisdn", a.msisdn[:k], first)
    noise(ctx, kind, rng, a.msisdn[:k], first)
