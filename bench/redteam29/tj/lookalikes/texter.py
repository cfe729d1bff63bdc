"""Look-alikes that send many texts with links: marketing platforms, property and heating notices, teachers,
group-buy leaders, courier and clinic notices, wedding e-invitations, New Year greetings to a whole book."""

from __future__ import annotations

import numpy as np

from tj import emit, rhythm
from tj.core import DAY
from tj.gangs.kit import strangers, web_visits
from tj.lookalikes.base import Actor, Kind, noise, truth


def run(ctx, kind: Kind, rng) -> None:
    p = kind.p
    k = ctx.k(kind.n)
    pop = ctx.pop
    D = ctx.days
    mode = p.get("sender", "mobile")
    if mode == "a2p":
        msisdn = 1069000000000 + rng.integers(10**8, 10**9, k)
        imei = None
        cell = None
        first_open = np.full(k, ctx.t0 - 1000 * DAY)
    elif mode == "pop":
        who = pop.pick(rng, k, personas=p.get("personas"), districts=p.get("district_pick"))
        k = who.size
        msisdn, imei, cell = pop.msisdn[who], pop.imei[who], pop.home_cell[who]
        first_open = pop.open_time[who]
    else:
        a = Actor(ctx, kind, k, rng)
        msisdn, imei, cell = a.msisdn, a.imei, a.cell
        first_open = a.open_time
        a.presence(data=1.0)
    # days: every day, a share of days, or a burst on one day
    if p.get("burst_day") is not None:
        bd = min(max(rhythm.day_index_of(ctx, p["burst_day"]), 0), D - 1)
        days = np.zeros((k, D), bool)
        days[:, bd] = True
    else:
        days = rng.random((k, D)) < p.get("days", 0.8)
    si, di = np.nonzero(days)
    lo, hi = p.get("per_day", (50, 200))
    cnt = rng.poisson(rng.uniform(lo, hi, si.size))
    s, d = np.repeat(si, cnt), np.repeat(di, cnt)
    t = rhythm.times(rng, ctx.t0 + d * DAY, p.get("hours", "business"))
    if p.get("tgt") == "neighbours":
        rc = strangers(ctx, rng, s.size, offnet=0.3, districts=p.get("tgt_district", ["HX", "NK", "HD"]))
    else:
        lst = strangers(ctx, rng, k * p.get("list_k", 300), prefer=p.get("prefer"), offnet=p.get("offnet", 0.4))
        rc = lst.reshape(k, -1)[s, rng.integers(0, p.get("list_k", 300), s.size)]
    dom = p.get("domain")
    text = p.get("text", "")
    if dom and p.get("wild"):
        subs = np.array([f"{x:05x}" for x in rng.integers(0, 16**5, 64)])
        host = np.char.add(np.char.add(subs[rng.integers(0, 64, s.size)], "."), dom)
    elif dom:
        host = np.full(s.size, dom)
    else:
        host = None
    body = np.full(s.size, text, dtype=object) if host is None else np.array(
        [text.replace("{h}", h) for h in host.tolist()], dtype=object)
    emit.sms(ctx, msisdn[s], rc, t, body, imei=None if imei is None else imei[s], cell=None if cell is None else cell[s])
    if host is not None:
        pi = pop.lookup(rc)
        cl = (pi >= 0) & (rng.random(s.size) < p.get("click", 0.05))
        ips = np.array(p.get("ips", ["124.239.226.10"]))
        web_visits(ctx_gang(ctx, rng), rc[cl], t[cl] + rng.integers(60, 7200, int(cl.sum())), host[cl],
                   ips[rng.integers(0, ips.size, int(cl.sum()))], p.get("path", "/"))
        truth(ctx, kind, "domain", np.unique(np.r_[host[cl], [dom]]), int(t.min()) if t.size else ctx.t0)
    first = np.full(k, ctx.t1, np.int64)
    np.minimum.at(first, s, t)
    first = np.where(first < ctx.t1, first, np.maximum(first_open, ctx.t0))
    truth(ctx, kind, "msisdn", msisdn, first)
    noise(ctx, kind, rng, msisdn, first)


class _G:
    def __init__(self, ctx, rng) -> None:
        self.ctx, self.rng = ctx, rng


def ctx_gang(ctx, rng) -> _G:
    """web_visits wants an object with ctx and rng."""
    return _G(ctx, rng)
