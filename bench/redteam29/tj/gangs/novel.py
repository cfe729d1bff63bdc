"""Shapes a platform may not expect: fraud cards carried in recruits' own dual-SIM phones, a few calls a
night, answering call-backs (g15); and a refund scheme that routes one victim's money through another
victim's account before it reaches the launderers (g16)."""

from __future__ import annotations

import numpy as np

from tj import emit
from tj.core import DAY, HOUR
from tj.gangs.kit import (
    Gang,
    acquire_cards,
    conversation,
    cut_some,
    dial,
    elderly_channel,
    first_use,
    last_use,
    pay,
    payments,
    pick_victims,
    report_material,
    spread_calls,
    strangers,
)


def household_relay(ctx) -> None:
    g = Gang(ctx, "g15", "household_relay_slowdrip", "impersonate_police")
    rng, pop, D = g.rng, ctx.pop, ctx.days
    ok = np.isin(pop.persona, [3, 5, 6, 8]) & (pop.away_day >= D) & ~pop.reserved
    cand = np.flatnonzero(ok)
    rec = np.sort(rng.choice(cand, size=min(ctx.k(24, 4), cand.size), replace=False))
    pop.reserved[rec] = True
    n_r = rec.size
    ot = ctx.t0 - rng.integers(20, 60, n_r) * DAY + rng.integers(9 * HOUR, 19 * HOUR, n_r)
    m, imsi = emit.new_sims(ctx, n_r, id_key=pop.id_key[rec], open_time=ot, store=pop.store_of(rng, pop.district[rec]),
                            prepaid=True)
    imei = pop.imei[rec]
    mask = rng.random((n_r, D)) < 0.7
    s, d, t = spread_calls(ctx, rng, mask, (2, 6), 18, 22)
    day_calls = rng.random(s.size) < 0.25
    t[day_calls] -= rng.integers(4 * HOUR, 8 * HOUR, int(day_calls.sum()))
    first = first_use(n_r, s, t, ctx.t1)
    vic = pick_victims(ctx, rng, ctx.k(10, 2), dict(elderly=4.0))
    n = vic.size
    hs = rng.integers(0, n_r, n)
    th = ctx.t0 + rng.integers(0, max(1, D - 3), n) * DAY + rng.integers(18 * HOUR, 21 * HOUR, n)
    tb = th + rng.integers(14 * HOUR, 26 * HOUR, n)  # the victim rings back the next day
    cut = cut_some(g, m, first, 0.15, (100, 250), not_before=last_use(n_r, hs, tb + DAY))
    live = (cut[s] < 0) | (t < cut[s])
    s, t = s[live], t[live]
    callee = strangers(ctx, rng, s.size, prefer=dict(elderly=4.0), offnet=0.3)
    res = dial(ctx, rng, m[s], callee, t, answer=0.35, med=60, imei=imei[s], imsi=imsi[s],
               cell=pop.cell_at(ctx, rec[s], t))
    # call-backs from people who missed the call: the card answers
    p = pop.lookup(callee)
    cb = (res != "answered") & (p >= 0) & (rng.random(s.size) < 0.15)
    tcb = t[cb] + rng.integers(10 * 60, 20 * HOUR, int(cb.sum()))
    okc = tcb < ctx.t1
    pc, sc, tcb = p[cb][okc], s[cb][okc], tcb[okc]
    emit.calls(ctx, rng, pop.msisdn[pc], m[sc], tcb, rng.integers(40, 400, pc.size), imei=pop.imei[pc],
               imsi=pop.imsi[pc], cell=pop.cell_at(ctx, pc, tcb), callee_cell=pop.cell_at(ctx, rec[sc], tcb))
    ctx.sink.add("device", time=ctx.t0 + rng.integers(0, 3 * HOUR, n_r), msisdn=m, imsi=imsi, imei=imei,
                 cell=pop.cell_at(ctx, rec, np.full(n_r, ctx.t0 + HOUR)), event="attach")
    conversation(g, m[hs], pop.msisdn[vic], th, 1200, imei=imei[hs], imsi=imsi[hs], cell=pop.cell_at(ctx, rec[hs], th))
    dur = np.clip(rng.lognormal(np.log(1500), 0.4, n), 300, 5000).astype(np.int64)
    emit.calls(ctx, rng, pop.msisdn[vic], m[hs], tb, dur, result="answered", imei=pop.imei[vic], imsi=pop.imsi[vic],
               cell=pop.cell_at(ctx, vic, tb), callee_cell=pop.cell_at(ctx, rec[hs], tb))
    v, step, amt = payments(rng, n, (1, 3), (5000, 20000), (1.5, 2.5))
    tp = tb[v] + dur[v] + 1800 + step * rng.integers(5 * HOUR, 30 * HOUR, v.size)
    acc1 = ctx.mules.take_l1(n)
    keep = pay(g, vic, v, tp, amt, acc1[v], elderly_channel(ctx, rng, vic, v))
    report_material(g, vic, v[keep], tp[keep], amt[keep], acc1[v][keep], [[x] for x in m[hs]])
    g.truth("msisdn", m, "fraud_caller", np.where(first < ctx.t1, first, ot))
    g.truth("id_key", ctx.vocab.text(pop.id_key[rec]), "gang_member", ot)


def victim_relay(ctx) -> None:
    g = Gang(ctx, "g16", "victim_relay_refund", "customer_service")
    rng, pop, D, bk = g.rng, ctx.pop, ctx.days, ctx.banks
    m, imsi, o = acquire_cards(g, 5, ctx.t0)
    imei = ctx.numbers.imei(5, "smart")
    cell = ctx.cells.in_district(rng, "JN", 1)[0]
    mask = rng.random((5, D)) < 0.8
    s, d, t = spread_calls(ctx, rng, mask, (30, 70), 9, 20)
    callee = strangers(ctx, rng, s.size, prefer=dict(homemaker=2.0, student=1.5, office=1.2), offnet=0.4)
    dial(ctx, rng, m[s], callee, t, answer=0.25, med=35, imei=imei[s], imsi=imsi[s], cell=cell)
    emit.presence(ctx, rng, m, imsi, imei, np.full(5, cell), days=mask, data_per_day=3)
    # chains of two or three victims: A pays B ('the clearing account'), B forwards to the launderers
    n_chain = ctx.k(5, 1)
    size = rng.integers(2, 4, n_chain)
    vic = pick_victims(ctx, rng, int(size.sum()), dict(homemaker=2.0, student=1.5, office=1.2))
    size = size[: np.searchsorted(np.cumsum(size), vic.size, side="right")]
    vic = vic[: size.sum()]
    n = vic.size
    start = np.cumsum(size) - size
    pos = np.arange(n) - np.repeat(start, size)
    last_in_chain = pos == np.repeat(size - 1, size)
    chain_day = rng.integers(0, max(1, D - 3), size.size)
    th = ctx.t0 + np.repeat(chain_day, size) * DAY + rng.integers(10 * HOUR, 17 * HOUR, n) + pos * HOUR
    hs = rng.integers(0, 5, n)
    conversation(g, m[hs], pop.msisdn[vic], th, 1800, imei=imei[hs], imsi=imsi[hs], cell=cell)
    acc1 = ctx.mules.take_l1(n)
    t_pay = th + rng.integers(40 * 60, 2 * HOUR, n)
    amt = np.round(rng.uniform(3000, 15000, n), -2)
    # own money: A pays the next victim in the chain, the last one pays the launderers
    nxt = np.minimum(np.arange(n) + 1, n - 1)
    to = np.where(last_in_chain, acc1, bk.acct[vic[nxt]])
    # the next victim must already be on the line before the money lands
    t_pay = np.where(last_in_chain, t_pay, np.maximum(t_pay, th[nxt] + 20 * 60))
    keep = pay(g, vic, np.arange(n), t_pay, amt, to, "mobile_app")
    # forwards: what each non-first victim received goes on to the next account, minutes later
    recv = np.flatnonzero(pos > 0)
    fw_t = t_pay[recv - 1] + rng.integers(5 * 60, 30 * 60, recv.size)
    fw_to = np.where(last_in_chain[recv], acc1[recv], bk.acct[vic[nxt[recv]]])
    okf = (fw_t < ctx.t1) & keep[recv - 1]
    ctx.sink.add("transfers", time=fw_t[okf], from_account=bk.acct[vic[recv]][okf], to_account=fw_to[okf],
                 amount=amt[recv - 1][okf], currency="CNY", channel="mobile_app", initiated_msisdn=pop.msisdn[vic[recv]][okf])
    if ctx.mules is not None:
        into = last_in_chain[recv] & okf
        ctx.mules.received(fw_to[into], fw_t[into], amt[recv - 1][into])
    report_material(g, vic, np.arange(n)[keep], t_pay[keep], amt[keep], to[keep], [[x] for x in m[hs]])
    first = first_use(5, s, t, ctx.t1)
    g.truth("msisdn", m, "fraud_caller", first)
    g.truth("imei", imei, "gang_member", int(first.min()))
