"""Look-alikes across borders: travellers and crews roaming (Japan ski trips, Bangkok, a business trip to
Phnom Penh), overseas workers and students calling home, foreign traders and families ringing in."""

from __future__ import annotations

import numpy as np

from tj import emit, rhythm
from tj.core import DAY
from tj.gangs.kit import strangers
from tj.lookalikes.base import Actor, Kind, noise, truth


def run(ctx, kind: Kind, rng) -> None:
    globals()["_" + kind.p["mode"]](ctx, kind, rng)


def _roamer(ctx, kind, rng) -> None:
    """A Tianjin card abroad for part of the window, calling home (family and work)."""
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    go = rng.integers(0, max(1, D - 4), k)
    back = np.minimum(go + rng.integers(*kind.get("stay", (4, 10)), k), D + 5)
    dd = np.arange(D)[None, :]
    abroad = (dd >= go[:, None]) & (dd < back[:, None])
    home = ~abroad
    country = np.array(kind["countries"])[rng.integers(0, len(kind["countries"]), k)]
    book = strangers(ctx, rng, k * kind.get("book", 15), offnet=0.3).reshape(k, -1)
    rate = kind.get("rate", 4)
    si, di = np.nonzero(abroad | home)
    c = rng.poisson(rate, si.size)
    s, d = np.repeat(si, c), np.repeat(di, c)
    t = rhythm.times(rng, ctx.t0 + d * DAY, kind.get("hours", "evening"))
    ab = abroad[s, d]
    callee = book[s, rng.integers(0, book.shape[1], s.size)]
    many = rng.random(s.size) < kind.get("strangers", 0.0)
    callee[many] = strangers(ctx, rng, int(many.sum()), offnet=0.4)
    dur = np.where(rng.random(s.size) < 0.8, np.clip(rng.lognormal(np.log(150), 1.0, s.size), 5, 4000), 0).astype(np.int64)
    emit.calls(ctx, rng, a.msisdn[s], callee, t, dur, imei=a.imei[s], imsi=a.imsi[s],
               cell=np.where(ab, -1, a.cell[s]), roam=np.where(ab, country[s], ""),
               media=np.where(rng.random(s.size) < kind.get("video", 0.05), "video", "voice"))
    roam = np.where(abroad, country[:, None], "")
    cell = np.where(abroad, -1, a.cell[:, None])
    emit.presence(ctx, rng, a.msisdn, a.imsi, a.imei, cell, data_per_day=3, roam=roam)
    first = np.full(k, ctx.t1, np.int64)
    np.minimum.at(first, s, t)
    first = np.minimum(first, ctx.t1 - 1)
    truth(ctx, kind, "msisdn", a.msisdn, first)
    noise(ctx, kind, rng, a.msisdn, first)


def _foreign_callers(ctx, kind, rng) -> None:
    """Foreign numbers ringing Tianjin people (family, suppliers, buyers, airline call centres)."""
    pop = ctx.pop
    k = ctx.k(kind.n)
    D = ctx.days
    cc = kind["countries"]
    nums = np.concatenate([ctx.numbers.foreign(c, 1) for c in np.array(cc)[rng.integers(0, len(cc), k)].tolist()])
    lst_k = kind.get("list_k", 5)
    lists = pop.pick(rng, k * lst_k, personas=kind.get("personas"), exclude_reserved=False, reserve=False)
    lists = lists[rng.integers(0, lists.size, k * lst_k)].reshape(k, lst_k)
    c = rng.poisson(kind.get("rate", 1.0) * D, k)
    s = np.repeat(np.arange(k), c)
    t = rhythm.times(rng, ctx.t0 + rng.integers(0, D, s.size) * DAY, kind.get("hours", "business"))
    who = lists[s, rng.integers(0, lst_k, s.size)]
    if kind.get("strangers"):
        st = rng.random(s.size) < kind["strangers"]
        who[st] = rng.integers(0, pop.n, int(st.sum()))
    ans = rng.random(s.size) < kind.get("ans", 0.8)
    dur = np.where(ans, np.clip(rng.lognormal(np.log(kind.get("med", 240)), 0.8, s.size), 10, 5400), 0).astype(np.int64)
    emit.calls(ctx, rng, nums[s], pop.msisdn[who], t, dur, call_type="intl_in", gateway=kind.get("gateway", "IGW-TJ-01"),
               media=np.where(rng.random(s.size) < kind.get("video", 0.0), "video", "voice"))
    # they are often rung back
    back = ans & (rng.random(s.size) < kind.get("back", 0.3))
    tb = t[back] + rng.integers(600, DAY, int(back.sum()))
    ok = tb < ctx.t1
    wb = who[back][ok]
    emit.calls(ctx, rng, pop.msisdn[wb], nums[s[back]][ok], tb[ok], rng.integers(60, 900, wb.size), imei=pop.imei[wb],
               imsi=pop.imsi[wb], cell=pop.cell_at(ctx, wb, tb[ok]), call_type="intl_out")
    first = np.full(k, ctx.t1, np.int64)
    np.minimum.at(first, s, t)
    truth(ctx, kind, "msisdn", nums, np.minimum(first, ctx.t1 - 1))
