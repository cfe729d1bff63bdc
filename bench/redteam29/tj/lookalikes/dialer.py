"""Look-alikes that ring many people: couriers, telemarketers, collectors, agents, dispatchers, community
workers... Parameters: calls per day, hours, answer rate, durations, whom they ring (strangers or a list of
customers rung again), call-backs, incoming calls, moving cells, line type and trunk, handsets shared."""

from __future__ import annotations

import numpy as np

from tj import emit, rhythm
from tj.core import DAY
from tj.gangs.kit import dial, strangers
from tj.lookalikes.base import Actor, Kind, noise, truth


def run(ctx, kind: Kind, rng) -> None:
    p = kind.p
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    od = np.clip((a.open_time - ctx.t0) // DAY + 1, 0, D)
    days = np.arange(D)[None, :] >= od[:, None]
    wd = rhythm.weekday(ctx, np.arange(D))
    share = p.get("days", 0.9)
    if share == "weekday":
        days &= (wd < 5)[None, :]
        days &= rng.random((k, D)) < 0.95
    else:
        days &= rng.random((k, D)) < share
    if p.get("burst_last", 0):  # busier towards the festival
        days[:, : max(0, D - p["burst_last"])] &= rng.random((k, max(0, D - p["burst_last"]))) < 0.5
    si, di = np.nonzero(days)
    lo, hi = p.get("cpd", (20, 60))
    cnt = rng.poisson(rng.uniform(lo, hi, si.size))
    s = np.repeat(si, cnt)
    d = np.repeat(di, cnt)
    t = rhythm.times(rng, ctx.t0 + d * DAY, p.get("hours", "business"))
    n = s.size
    # targets: a customer list rung again and again, or strangers
    rep = p.get("repeat", 0.0)
    lst_k = p.get("list_k", 40)
    lists = strangers(ctx, rng, k * lst_k, prefer=p.get("prefer"), offnet=p.get("offnet", 0.4),
                      districts=p.get("tgt_district")).reshape(k, lst_k)
    callee = strangers(ctx, rng, n, prefer=p.get("prefer"), offnet=p.get("offnet", 0.4), districts=p.get("tgt_district"))
    from_list = rng.random(n) < rep
    callee[from_list] = lists[s[from_list], rng.integers(0, lst_k, int(from_list.sum()))]
    cell = a.cell[s]
    if p.get("moving"):
        pool = ctx.cells.pick(rng, rng.choice(a.district, 24))
        cell = pool[(s * 7 + t // 1800) % pool.size]
    gw = p.get("gateway")
    media = np.where(rng.random(n) < p.get("video", 0.0), "video", "voice")
    res = dial(ctx, rng, a.msisdn[s], callee, t, answer=p.get("ans", 0.6), med=p.get("med", 60),
               imei=a.imei[s] if a.imei[0] >= 0 else None, imsi=a.imsi[s] if a.imsi[0] >= 0 else None,
               cell=cell if a.imei[0] >= 0 else None, gateway=gw, media=media)
    # people call back the missed calls, and customers call in
    popi = ctx.pop.lookup(callee)
    cb = (res != "answered") & (popi >= 0) & (rng.random(n) < p.get("cb", 0.3))
    tcb = t[cb] + rng.integers(300, 6 * 3600, int(cb.sum()))
    ok = tcb < ctx.t1
    pc, sc, tcb = popi[cb][ok], s[cb][ok], tcb[ok]
    pop = ctx.pop
    emit.calls(ctx, rng, pop.msisdn[pc], a.msisdn[sc], tcb, rng.integers(20, 240, pc.size), imei=pop.imei[pc],
               imsi=pop.imsi[pc], cell=pop.cell_at(ctx, pc, tcb), callee_cell=a.cell[sc])
    inb = p.get("inbound", 0.0)
    if inb:
        ci, cd = np.nonzero(days)
        c2 = rng.poisson(inb, ci.size)
        s2, d2 = np.repeat(ci, c2), np.repeat(cd, c2)
        t2 = rhythm.times(rng, ctx.t0 + d2 * DAY, p.get("hours", "business"))
        who = rng.integers(0, pop.n, s2.size)
        if rep:
            lc = lists[s2, rng.integers(0, lst_k, s2.size)]
            li = pop.lookup(lc)
            who = np.where(li >= 0, li, who)
        emit.calls(ctx, rng, pop.msisdn[who], a.msisdn[s2], t2, rng.integers(20, 400, s2.size), imei=pop.imei[who],
                   imsi=pop.imsi[who], cell=pop.cell_at(ctx, who, t2), callee_cell=a.cell[s2])
    sms = p.get("sms", 0.0)
    if sms:
        ks = rng.random(n) < sms
        emit.sms(ctx, a.msisdn[s[ks]], callee[ks], t[ks] + rng.integers(30, 600, int(ks.sum())), p.get("text"),
                 imei=a.imei[s[ks]] if a.imei[0] >= 0 else None, cell=cell[ks] if a.imei[0] >= 0 else None)
    life = p.get("life", 0.0)
    if life and a.imei[0] >= 0:  # a personal side: family and friends rung in the evening
        fam = strangers(ctx, rng, k * 6, offnet=0.3).reshape(k, 6)
        ci, cd = np.nonzero(days | (rng.random((k, D)) < 0.5))
        c3 = rng.poisson(life, ci.size)
        s3, d3 = np.repeat(ci, c3), np.repeat(cd, c3)
        t3 = rhythm.times(rng, ctx.t0 + d3 * DAY, "evening")
        emit.calls(ctx, rng, a.msisdn[s3], fam[s3, rng.integers(0, 6, s3.size)], t3,
                   np.clip(rng.lognormal(np.log(120), 0.9, s3.size), 10, 3000).astype(np.int64), imei=a.imei[s3],
                   imsi=a.imsi[s3], cell=a.cell[s3])
    a.presence(days=days, data=p.get("data", 2.0), profile=p.get("hours", "business"))
    first = np.full(k, ctx.t1, np.int64)
    np.minimum.at(first, s, t)
    first = np.where(first < ctx.t1, first, a.open_time)
    truth(ctx, kind, "msisdn", a.msisdn, first)
    if p.get("truth_id"):
        truth(ctx, kind, "id_key", ctx.vocab.text(np.unique(a.id_key)), int(first.min()))
    noise(ctx, kind, rng, a.msisdn, first)
