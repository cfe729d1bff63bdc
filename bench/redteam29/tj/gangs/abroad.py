"""Callers abroad: cards roaming in Sihanoukville and Myawaddy with spoofed numbers through the international
gateway (g05), and relay phones in Jizhou mountain villages that bridge calls from overseas (g06)."""

from __future__ import annotations

import numpy as np

from tj import emit
from tj.core import DAY, HOUR
from tj.gangs.kit import (
    Gang,
    acquire_cards,
    alive,
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


def roaming_police(ctx) -> None:
    """g05: 'Tianjin public security: your ID opened an account used for money laundering' from cards roaming
    abroad and from one-day spoofed numbers arriving on the international gateway; the old stay on the line
    for hours and pay large sums over several days."""
    g = Gang(ctx, "g05", "sihanoukville_roaming_police", "impersonate_police")
    rng, nb, D = g.rng, ctx.numbers, ctx.days
    m, imsi, o = acquire_cards(g, ctx.k(10, 3), ctx.t0 - 10 * DAY)
    roam = np.where(rng.random(m.size) < 0.7, "KH", "MM")
    phones = nb.imei((m.size + 1) // 2, "smart")
    imei = phones[np.arange(m.size) // 2]
    mask = rng.random((m.size, D)) < 0.7
    s, d, t = spread_calls(ctx, rng, mask, (40, 90), 10, 22)
    first = first_use(m.size, s, t, ctx.t1)
    # victims first (their calls must survive the cuts)
    vic = pick_victims(ctx, rng, ctx.k(12, 2), dict(elderly=3.0, public=0.8, office=0.6))
    n = vic.size
    hook_sim = rng.integers(0, m.size, n)
    hook_d = rng.integers(0, max(1, D - 4), n)
    t_hook = ctx.t0 + hook_d * DAY + rng.integers(10 * HOUR, 17 * HOUR, n)
    k = rng.integers(2, 5, n)  # daily 'supervision' calls
    fv = np.repeat(np.arange(n), k)
    fstep = np.arange(fv.size) - np.repeat(np.cumsum(k) - k, k)
    ft = t_hook[fv] + (fstep + 1) * DAY + rng.integers(-2 * HOUR, 2 * HOUR, fv.size)
    fsim = hook_sim[fv]
    nb_ = last_use(m.size, np.concatenate([hook_sim, fsim]), np.concatenate([t_hook, ft]) + HOUR)
    cut = cut_some(g, m, first, 0.3, (24, 120), not_before=nb_)
    ok = alive(cut, s, t)
    s, d, t = s[ok], d[ok], t[ok]
    callee = strangers(ctx, rng, s.size, prefer=dict(elderly=2.5, public=0.8, office=0.8), offnet=0.35)
    dial(ctx, rng, m[s], callee, t, answer=0.2, med=30, imei=imei[s], imsi=imsi[s], roam=roam[s], callee_cell="auto")
    emit.presence(ctx, rng, m, imsi, imei, np.full(m.size, -1), days=mask, data_per_day=3, roam=roam, kb=400)
    conversation(g, m[hook_sim], ctx.pop.msisdn[vic], t_hook, 3600, imei=imei[hook_sim], imsi=imsi[hook_sim],
                 roam=roam[hook_sim])
    fin = ft < ctx.t1
    conversation(g, m[fsim[fin]], ctx.pop.msisdn[vic[fv[fin]]], ft[fin], 2400, imei=imei[fsim[fin]],
                 imsi=imsi[fsim[fin]], roam=roam[fsim[fin]])
    v, step, amt = payments(rng, n, (2, 4), (20000, 60000), (1.4, 2.3))
    tp = t_hook[v] + 3 * HOUR + step * DAY + rng.integers(0, 4 * HOUR, v.size)
    acc = ctx.mules.take_l1(n * 2)
    to = acc[v * 2 + rng.integers(0, 2, v.size)]
    keep = pay(g, vic, v, tp, amt, to, elderly_channel(ctx, rng, vic, v))
    report_material(g, vic, v[keep], tp[keep], amt[keep], to[keep], [[x] for x in m[hook_sim]])
    g.truth("msisdn", m, "fraud_caller", first)
    g.truth("imei", phones, "gang_member", int(first.min()))
    # spoofed numbers on the international gateway: foreign shapes and a few Tianjin-looking ones
    per_day = ctx.k(110, 15)
    cc = rng.choice(["US", "GB", "AU", "MY", "SG", "CA", "PH", "TH"], per_day * D)
    spoof = np.empty(per_day * D, np.int64)
    for c in np.unique(cc):
        mm = cc == c
        pool = nb.foreign(str(c), max(1, int(mm.sum()) // 4 + 1))
        spoof[mm] = pool[rng.integers(0, pool.size, int(mm.sum()))]
    tj = rng.random(spoof.size) < 0.12
    fake_tj = 862223190000 + rng.integers(0, 60, int(tj.sum()))
    spoof[tj] = fake_tj
    day = np.sort(rng.integers(0, D, spoof.size))
    ts = ctx.t0 + day * DAY + rng.integers(9 * HOUR, 21 * HOUR, spoof.size)
    callee = strangers(ctx, rng, spoof.size, prefer=dict(elderly=2.5, public=0.8), offnet=0.0)
    r = rng.random(spoof.size)
    dur = np.where(r < 0.3, np.clip(rng.lognormal(np.log(40), 1.1, spoof.size), 3, 3000), 0).astype(np.int64)
    emit.calls(ctx, rng, spoof, callee, ts, dur, gateway="IGW-TJ-02", call_type="intl_in")
    fs = {}
    for x, tt in zip(spoof.tolist(), ts.tolist(), strict=True):
        fs[x] = min(tt, fs.get(x, tt))
    keys = np.array(sorted(fs), np.int64)
    g.truth("msisdn", keys, "fraud_caller", np.array([fs[x] for x in keys.tolist()], np.int64))
    ctx.spoofed_tj = np.unique(fake_tj)


def relay_phones(ctx) -> None:
    """g06: two-slot feature phones kept by a Jizhou villager bridge calls from overseas numbers to
    people who booked Panshan ski and hot-spring trips: 'the resort is closed by snow, here is your refund'."""
    g = Gang(ctx, "g06", "jizhou_relay_ski_refund", "customer_service")
    rng, nb, D, pop = g.rng, ctx.numbers, ctx.days, ctx.pop
    keeper = pop.pick(rng, 1, personas=["villager"], districts=["JZ"])
    home = pop.home_cell[keeper[0]]
    cells = np.array([home, ctx.cells.in_district(rng, "JZ", 1)[0]])
    k_ph = ctx.k(6, 2)
    phones = nb.imei(k_ph, "feature")
    m, imsi, o = acquire_cards(g, k_ph * 2, ctx.t0 + 3 * DAY)
    imei = phones[np.arange(m.size) // 2]
    cell = cells[np.arange(m.size) // 2 % 2]
    feeders = np.concatenate([nb.foreign("PH", max(1, ctx.k(4))), nb.foreign("KH", max(1, ctx.k(3))),
                              nb.foreign("MM", 1)])
    od = np.maximum((o - ctx.t0) // DAY + 1, 0)
    mask = (rng.random((m.size, D)) < 0.75) & (np.arange(D)[None, :] >= od[:, None])
    s, d, t = spread_calls(ctx, rng, mask, (25, 50), 9, 21)
    first = first_use(m.size, s, t, ctx.t1)
    vic = pick_victims(ctx, rng, ctx.k(10, 2), dict(office=1.5, student=1.2, public=1.0, homemaker=0.8))
    n = vic.size
    act = np.flatnonzero(mask.any(1))
    hook_sim = act[rng.integers(0, act.size, n)]
    hook_d = np.array([rng.choice(np.flatnonzero(mask[x])) for x in hook_sim])
    t_hook = ctx.t0 + hook_d * DAY + rng.integers(10 * HOUR, 19 * HOUR, n)
    t2 = t_hook + rng.integers(30 * 60, 5 * HOUR, n)
    nb_ = last_use(m.size, np.concatenate([hook_sim, hook_sim]), np.concatenate([t_hook, t2]) + HOUR)
    cut = cut_some(g, m, first, 0.3, (20, 90), not_before=nb_)
    ok = alive(cut, s, t)
    s, d, t = s[ok], d[ok], t[ok]
    callee = strangers(ctx, rng, s.size, prefer=dict(office=1.5, student=1.2, public=1.0, homemaker=0.8))
    _bridge(g, m[s], imsi[s], imei[s], cell[s], feeders[rng.integers(0, feeders.size, s.size)], callee, t,
            answer=0.25)
    emit.presence(ctx, rng, m, imsi, imei, cell, days=mask, data_per_day=0.0)
    fd = feeders[rng.integers(0, feeders.size, n)]
    _bridge(g, m[hook_sim], imsi[hook_sim], imei[hook_sim], cell[hook_sim], fd, pop.msisdn[vic], t_hook, long=1200)
    _bridge(g, m[hook_sim], imsi[hook_sim], imei[hook_sim], cell[hook_sim], fd, pop.msisdn[vic], t2, long=1800)
    v, step, amt = payments(rng, n, (1, 3), (1800, 7000), (1.5, 3.0))
    tp = t2[v] + 600 + step * rng.integers(HOUR, 30 * HOUR, v.size)
    acc = ctx.mules.take_l1(n)
    keep = pay(g, vic, v, tp, amt, acc[v], "mobile_app")
    report_material(g, vic, v[keep], tp[keep], amt[keep], acc[v][keep], [[x] for x in m[hook_sim]])
    g.truth("msisdn", m, "fraud_caller", first)
    g.truth("msisdn", feeders, "fraud_caller", int(first.min()))
    g.truth("imei", phones, "gang_member", int(first.min()))
    g.truth("msisdn", pop.msisdn[keeper], "gang_member", int(first.min()))
    g.truth("id_key", ctx.vocab.text(pop.id_key[keeper]), "gang_member", int(first.min()))


def _bridge(g: Gang, relay, imsi, imei, cell, feeder, target, t, answer: float = 0.25, long: float | None = None):
    """An overseas call into the relay phone, and the relay phone's own call to the target seconds later."""
    ctx, rng = g.ctx, g.rng
    n = relay.size
    if long is None:
        ans = rng.random(n) < answer
        out_dur = np.where(ans, np.clip(rng.lognormal(np.log(35), 1.0, n), 4, 2400), 0).astype(np.int64)
    else:
        ans = np.ones(n, bool)
        out_dur = np.clip(rng.lognormal(np.log(long), 0.4, n), 120, 7200).astype(np.int64)
    lag = rng.integers(3, 13, n)
    ring = np.where(ans, rng.integers(3, 15, n), rng.integers(20, 45, n))
    in_dur = out_dur + lag + ring + rng.integers(1, 5, n)
    emit.calls(ctx, rng, feeder, relay, t, in_dur, result="answered", call_type="intl_in", gateway="IGW-TJ-01",
               callee_cell=cell)
    emit.calls(ctx, rng, relay, target, t + lag, out_dur, ring=ring, imei=imei, imsi=imsi, cell=cell,
               result=np.where(ans, "answered", "no_answer"))
