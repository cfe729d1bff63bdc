"""Look-alikes in cards and handsets: dual-SIM phones, repair-shop test phones, store activation benches,
second-hand handsets, IoT fleets, company batch cards, family plans on one ID, kids' watches, dormant cards
that wake up, recycled numbers on old block lists, new arrivals on passports."""

from __future__ import annotations

import numpy as np

from tj import emit, rhythm
from tj.core import DAY, HOUR
from tj.gangs.kit import strangers
from tj.lookalikes.base import Actor, Kind, noise, truth


def _light_life(ctx, rng, msisdn, imsi, imei, cell, days, rate, contacts_k=8, profile="evening", offnet=0.3):
    """A few calls a day to a small set of contacts, and presence."""
    k = msisdn.size
    book = strangers(ctx, rng, k * contacts_k, offnet=offnet).reshape(k, contacts_k)
    si, di = np.nonzero(days)
    c = rng.poisson(rate, si.size)
    s, d = np.repeat(si, c), np.repeat(di, c)
    t = rhythm.times(rng, ctx.t0 + d * DAY, profile)
    dur = np.where(rng.random(s.size) < 0.85, np.clip(rng.lognormal(np.log(80), 0.9, s.size), 5, 3000), 0)
    emit.calls(ctx, rng, msisdn[s], book[s, rng.integers(0, contacts_k, s.size)], t, dur.astype(np.int64),
               imei=imei[s], imsi=imsi[s], cell=cell[s] if np.ndim(cell) else cell)
    emit.presence(ctx, rng, msisdn, imsi, imei, cell if np.ndim(cell) else np.full(k, cell), days=days, data_per_day=1.5)
    first = np.full(k, ctx.t1, np.int64)
    np.minimum.at(first, s, t)
    return first


def run(ctx, kind: Kind, rng) -> None:
    mode = kind.p["mode"]
    globals()["_" + mode](ctx, kind, rng)


def _dual_sim(ctx, kind, rng) -> None:
    pop = ctx.pop
    who = pop.pick(rng, ctx.k(kind.n), personas=kind.get("personas", ["office", "port", "shopkeeper"]))
    k = who.size
    ot = ctx.t0 - rng.integers(60, 2000, k) * DAY
    m, imsi = emit.new_sims(ctx, k, id_key=pop.id_key[who], open_time=ot, store=pop.store_of(rng, pop.district[who]),
                            prepaid=False)
    days = rng.random((k, ctx.days)) < 0.85
    first = _light_life(ctx, rng, m, imsi, pop.imei[who], pop.work_cell[who], days, kind.get("rate", 6),
                        contacts_k=40, profile="business", offnet=0.5)
    truth(ctx, kind, "msisdn", m, np.minimum(first, ctx.t1 - 1))
    truth(ctx, kind, "imei", pop.imei[who], ctx.t0)
    noise(ctx, kind, rng, m, first)


def _repair_test(ctx, kind, rng) -> None:
    pop = ctx.pop
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    a.presence(data=1.0)
    D = ctx.days
    per = rng.integers(3, 9, (k, D))
    s = np.repeat(np.repeat(np.arange(k), D), per.reshape(-1))
    d = np.repeat(np.tile(np.arange(D), k), per.reshape(-1))
    from tj.books import same_district
    cust = same_district(rng, pop.district, a.district[s])
    t = ctx.t0 + d * DAY + rng.integers(10 * HOUR, 19 * HOUR, s.size)
    ctx.sink.add("device", time=t, msisdn=pop.msisdn[cust], imsi=pop.imsi[cust], imei=a.imei[s], cell=a.cell[s],
                 event="attach")
    test = rng.random(s.size) < 0.7
    emit.calls(ctx, rng, pop.msisdn[cust[test]], np.full(int(test.sum()), 10037), t[test] + 120,
               rng.integers(5, 40, int(test.sum())), imei=a.imei[s[test]], imsi=pop.imsi[cust[test]], cell=a.cell[s[test]])
    ctx.sink.add("device", time=t + 900, msisdn=pop.msisdn[cust], imsi=pop.imsi[cust], imei=pop.imei[cust],
                 cell=a.cell[s], event="attach")
    truth(ctx, kind, "imei", a.imei, ctx.t0)
    truth(ctx, kind, "msisdn", a.msisdn, ctx.t0)


def _activation_bench(ctx, kind, rng) -> None:
    pop = ctx.pop
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    per = rng.integers(2, 7, (k, D))
    s = np.repeat(np.repeat(np.arange(k), D), per.reshape(-1))
    d = np.repeat(np.tile(np.arange(D), k), per.reshape(-1))
    t = ctx.t0 + d * DAY + rng.integers(9 * HOUR, 20 * HOUR, s.size)
    ids = ctx.vocab.codes(ctx.numbers.keys("idk", s.size))
    store = pop.store_of(rng, a.district[s])
    m, imsi = emit.new_sims(ctx, s.size, id_key=ids, open_time=t, store=store, prepaid=rng.random(s.size) < 0.5)
    ctx.sink.add("device", time=t + 120, msisdn=m, imsi=imsi, imei=a.imei[s], cell=a.cell[s], event="attach")
    emit.sms(ctx, m, np.full(s.size, 10037), t + 200, "CXYE", imei=a.imei[s], cell=a.cell[s])
    own = ctx.numbers.imei(s.size, "smart")
    days = np.arange(D)[None, :] > d[:, None]
    cell = ctx.cells.pick(rng, a.district[s])
    _light_life(ctx, rng, m, imsi, own, cell, days, 2.5)
    truth(ctx, kind, "imei", a.imei, ctx.t0)
    truth(ctx, kind, "msisdn", m, t)


def _secondhand(ctx, kind, rng) -> None:
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)  # the first owner's card
    b = Actor(ctx, kind, k, rng)  # the buyer's card
    D = ctx.days
    x = rng.integers(2, D - 2, k)
    da = np.arange(D)[None, :] <= x[:, None]
    db = ~da
    fa = _light_life(ctx, rng, a.msisdn, a.imsi, a.imei, a.cell, da, 3)
    _light_life(ctx, rng, b.msisdn, b.imsi, a.imei, b.cell, db, 3)
    newa = ctx.numbers.imei(k, "smart")
    _light_life(ctx, rng, a.msisdn, a.imsi, newa, a.cell, db, 3)
    truth(ctx, kind, "imei", a.imei, np.minimum(fa, ctx.t1 - 1))


def _iot(ctx, kind, rng) -> None:
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    per = kind.get("per_day", 6)
    if kind.get("moving"):
        pool = np.concatenate([ctx.cells.in_district(rng, c, 6) for c in kind.get("route", ["PT", "TG", "DG"])])
        cell = pool[(np.arange(k)[:, None] * 5 + np.arange(D)[None, :] * 3) % pool.size]
    else:
        cell = a.cell
    days = np.ones((k, D), bool)
    if kind.get("sleepy"):
        days &= rng.random((k, D)) < 0.3
    emit.presence(ctx, rng, a.msisdn, a.imsi, a.imei, cell, days=days, data_per_day=per, kb=kind.get("kb", 4))
    if kind.get("sms_alarm"):
        s = np.flatnonzero(rng.random(k) < 0.3)
        emit.sms(ctx, a.msisdn[s], np.full(s.size, 1069095598001), ctx.t0 + rng.integers(0, D * DAY, s.size),
                 "ALARM:DOOR/PWR", imei=a.imei[s])
    truth(ctx, kind, "msisdn", a.msisdn, ctx.t0)
    truth(ctx, kind, "id_key", ctx.vocab.text(np.unique(a.id_key)), ctx.t0)


def _batch_cards(ctx, kind, rng) -> None:
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    od = np.clip((a.open_time - ctx.t0) // DAY + 1, 0, D)
    days = (np.arange(D)[None, :] >= od[:, None]) & (rng.random((k, D)) < 0.9)
    first = _light_life(ctx, rng, a.msisdn, a.imsi, a.imei, a.cell, days, kind.get("rate", 8), contacts_k=60,
                        profile="shift", offnet=0.5)
    first = np.where(first < ctx.t1, first, a.open_time)
    truth(ctx, kind, "msisdn", a.msisdn, first)
    truth(ctx, kind, "id_key", ctx.vocab.text(np.unique(a.id_key)), int(a.open_time.min()))
    noise(ctx, kind, rng, a.msisdn, first)


def _family_plan(ctx, kind, rng) -> None:
    pop = ctx.pop
    par = pop.pick(rng, ctx.k(kind.n), personas=["office", "public", "shopkeeper", "homemaker"])
    k_each = rng.integers(3, 6, par.size)
    owner = np.repeat(par, k_each)
    ot = np.repeat(ctx.t0 - rng.integers(5, 400, par.size) * DAY, k_each) + rng.integers(0, 1800, owner.size)
    m, imsi = emit.new_sims(ctx, owner.size, id_key=pop.id_key[owner], open_time=ot,
                            store=pop.store_of(rng, pop.district[owner]), prepaid=False)
    watch = rng.random(owner.size) < 0.5
    imei = np.where(watch, ctx.numbers.imei(owner.size, "watch"), ctx.numbers.imei(owner.size, "smart"))
    days = np.ones((owner.size, ctx.days), bool)
    si, di = np.nonzero(days)
    c = rng.poisson(np.where(watch[si], 1.5, 2.5))
    s, d = np.repeat(si, c), np.repeat(di, c)
    t = rhythm.times(rng, ctx.t0 + d * DAY, "evening")
    emit.calls(ctx, rng, m[s], pop.msisdn[owner[s]], t, rng.integers(10, 400, s.size), imei=imei[s], imsi=imsi[s],
               cell=pop.home_cell[owner[s]])
    emit.presence(ctx, rng, m, imsi, imei, pop.home_cell[owner], data_per_day=2)
    truth(ctx, kind, "id_key", ctx.vocab.text(pop.id_key[par]), ctx.t0)
    truth(ctx, kind, "msisdn", m, ctx.t0)
    for x in ctx.vocab.text(pop.id_key[par[rng.random(par.size) < 0.3]]).tolist():
        ctx.noise["watch"].append(("id_key", x, "one ID, many cards", ctx.t0 - int(rng.integers(10, 200)) * DAY))


def _dormant(ctx, kind, rng) -> None:
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    wake = rng.integers(kind.get("wake", (3, D - 2))[0], kind.get("wake", (3, D - 2))[1], k)
    days = np.arange(D)[None, :] >= wake[:, None]
    first = _light_life(ctx, rng, a.msisdn, a.imsi, a.imei, a.cell, days, kind.get("rate", 4), contacts_k=12)
    truth(ctx, kind, "msisdn", a.msisdn, np.minimum(first, ctx.t1 - 1))
    noise(ctx, kind, rng, a.msisdn, first)


def _recycled(ctx, kind, rng) -> None:
    from tj import content
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    days = rng.random((k, D)) < 0.9
    first = _light_life(ctx, rng, a.msisdn, a.imsi, a.imei, a.cell, days, 3)
    # the old owner's contacts still ring, the old owner's accounts still get codes
    c = rng.poisson(1.0 * D, k)
    s = np.repeat(np.arange(k), c)
    t = ctx.t0 + rng.integers(8 * HOUR, D * DAY - 2 * HOUR, s.size)
    caller = strangers(ctx, rng, s.size, offnet=0.6)
    pi = ctx.pop.lookup(caller)
    emit.calls(ctx, rng, caller, a.msisdn[s], t, rng.integers(0, 60, s.size), callee_cell=a.cell[s],
               imei=np.where(pi >= 0, ctx.pop.imei[np.maximum(pi, 0)], -1))
    plat = rng.integers(0, len(content.PLATFORM_NAMES), k * 3)
    acc = np.array(ctx.numbers.keys("u", k * 3))
    owner = np.repeat(np.arange(k), 3)
    reg = a.open_time[owner] - rng.integers(400, 2500, k * 3) * DAY
    pk = np.unique(owner * 100 + plat, return_index=True)[1]
    ctx.sink.add("internet_accounts", platform=np.array(content.PLATFORM_NAMES)[plat[pk]], account=acc[pk],
                 msisdn=a.msisdn[owner[pk]], register_time=reg[pk], status="active")
    tc = ctx.t0 + rng.integers(0, D * DAY, pk.size)
    emit.sms(ctx, content.A2P_SENDER[plat[pk]], a.msisdn[owner[pk]], tc, content.verification(rng, plat[pk]))
    truth(ctx, kind, "msisdn", a.msisdn, np.minimum(first, ctx.t1 - 1))
    for m in a.msisdn.tolist():
        ctx.noise["stale_block"].append((m, ctx.t0 - int(rng.integers(400, 1100)) * DAY))


def _new_arrival(ctx, kind, rng) -> None:
    k = ctx.k(kind.n)
    a = Actor(ctx, kind, k, rng)
    D = ctx.days
    od = np.clip((a.open_time - ctx.t0) // DAY + 1, 0, D)
    days = np.arange(D)[None, :] >= od[:, None]
    first = _light_life(ctx, rng, a.msisdn, a.imsi, a.imei, a.cell, days, kind.get("rate", 7), contacts_k=50,
                        profile="business", offnet=0.5)
    first = np.where(first < ctx.t1, first, np.maximum(a.open_time, ctx.t0))
    truth(ctx, kind, "msisdn", a.msisdn, first)
    truth(ctx, kind, "id_key", ctx.vocab.text(a.id_key), first)
    noise(ctx, kind, rng, a.msisdn, first)
