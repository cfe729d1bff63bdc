"""Lines on shell-company licences: a VoIP/fixed trunk in TEDA selling 'parallel-import cars from the
free-trade zone' (g07) and inbound-only 'ticket refund hotlines' advertised on search pages (g17)."""

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
    first_use,
    last_use,
    pay,
    payments,
    pick_victims,
    report_material,
    spread_calls,
    strangers,
    web_visits,
)
from tj.geo import CODE


def _shell_lines(g: Gang, n_co: int, per: tuple[int, int], district: str, days_before: tuple[int, int]):
    ctx, rng, nb = g.ctx, g.rng, g.ctx.numbers
    cos = ctx.vocab.codes(nb.keys("bl", n_co))
    out = []
    for c in cos:
        k_v = int(rng.integers(per[0], per[1] + 1))
        k_f = max(1, k_v // 3)
        ot = ctx.t0 // DAY * DAY - int(rng.integers(days_before[0], days_before[1] + 1)) * DAY + 10 * HOUR
        store = CODE[district] * 4 + 2
        mv, _ = emit.new_sims(ctx, k_v, id_key=c, open_time=ot + np.arange(k_v) * 60, store=store, line="voip",
                              id_type="business_license", customer="enterprise", prepaid=False)
        mf, _ = emit.new_sims(ctx, k_f, id_key=c, open_time=ot + 3600 + np.arange(k_f) * 60, store=store,
                              line="fixed", id_type="business_license", customer="enterprise", prepaid=False)
        out.append((mv, mf, ot))
    return cos, out


def voip_trunk(ctx) -> None:
    g = Gang(ctx, "g07", "teda_shell_trunk_car_deposit", "other")
    rng, D = g.rng, ctx.days
    cos, groups = _shell_lines(g, 3, (4, 8), "TD", (2, 40))
    lines = np.concatenate([np.concatenate([a, b]) for a, b, _ in groups])
    opened = np.concatenate([np.full(a.size + b.size, ot) for a, b, ot in groups])
    wd = (np.arange(D) + 5) % 7 < 5
    mask = rng.random((lines.size, D)) < np.where(wd, 0.85, 0.35)[None, :]
    mask &= (ctx.t0 + np.arange(D) * DAY)[None, :] > opened[:, None]
    s, d, t = spread_calls(ctx, rng, mask, (80, 200), 9, 18)
    first = first_use(lines.size, s, t, ctx.t1)
    vic = pick_victims(ctx, rng, ctx.k(10, 2), dict(office=1.2, port=1.3, shopkeeper=1.2, driver=1.2, public=0.6))
    n = vic.size
    act = np.flatnonzero(mask.any(1))
    hs = act[rng.integers(0, act.size, n)]
    hs2 = act[rng.integers(0, act.size, n)]
    hd = np.array([rng.choice(np.flatnonzero(mask[x])) for x in hs])
    th = ctx.t0 + hd * DAY + rng.integers(10 * HOUR, 17 * HOUR, n)
    th2 = th + rng.integers(2 * HOUR, 30 * HOUR, n)
    nb_ = last_use(lines.size, np.r_[hs, hs2], np.r_[th, th2] + HOUR)
    cut = cut_some(g, lines, first, 0.4, (24, 100), not_before=nb_)
    ok = alive(cut, s, t)
    s, t = s[ok], t[ok]
    gw = "GW-TEDA-0718"
    callee = strangers(ctx, rng, s.size, prefer=dict(office=1.2, port=1.3, shopkeeper=1.2, driver=1.2), offnet=0.45)
    dial(ctx, rng, lines[s], callee, t, answer=0.2, med=30, gateway=gw, callee_cell="auto")
    conversation(g, lines[hs], ctx.pop.msisdn[vic], th, 900, gateway=gw)
    conversation(g, lines[hs2], ctx.pop.msisdn[vic], th2, 700, gateway=gw)
    dom = np.array(["ftz-pingxing-car.com", "www.ftz-pingxing-car.com"])
    ip = np.array(["43.248.187.66", "43.248.187.67"])
    wt = th + rng.integers(20 * 60, 3 * HOUR, n)
    web_visits(g, ctx.pop.msisdn[vic], wt, dom[rng.integers(0, 2, n)], ip[rng.integers(0, 2, n)], "/auction")
    v, step, amt = payments(rng, n, (1, 3), (10000, 30000), (1.5, 3.0))
    tp = th2[v] + HOUR + step * rng.integers(4 * HOUR, 40 * HOUR, v.size)
    acc = ctx.mules.take_l1(n)
    keep = pay(g, vic, v, tp, amt, acc[v], "mobile_app")
    report_material(g, vic, v[keep], tp[keep], amt[keep], acc[v][keep], [[a, b] for a, b in zip(lines[hs], lines[hs2], strict=True)],
                    domains=["ftz-pingxing-car.com"])
    g.truth("msisdn", lines, "fixed_voip_line", np.where(first < ctx.t1, first, opened))
    g.truth("id_key", ctx.vocab.text(cos), "gang_member", int(opened.min()))
    g.truth("domain", dom, "fraud_domain", int(wt.min()))
    g.truth("ip", ip, "fraud_ip", int(wt.min()))


def callback_hotline(ctx) -> None:
    """g17: numbers that never dial out: search pages for 'Spring Festival ticket refund' and 'airport
    refund' list them; people call in, and the few who are hooked pay 'refund verification' deposits."""
    g = Gang(ctx, "g17", "callback_hotline_lure", "customer_service")
    rng, nb, D, pop = g.rng, ctx.numbers, ctx.days, ctx.pop
    mob, mimsi, mo = acquire_cards(g, 3, ctx.t0)
    phones = nb.imei(2, "smart")
    mimei = phones[np.arange(3) % 2]
    cell = ctx.cells.in_district(rng, "HB", 1)[0]
    cos, groups = _shell_lines(g, 1, (3, 3), "HB", (15, 30))
    voip = groups[0][0]
    nums = np.concatenate([mob, voip])
    emit.presence(ctx, rng, mob, mimsi, mimei, np.full(3, cell), data_per_day=4, profile="office")
    doms = np.array(["12306-tuipiao-kefu.com", "tjair-refund.top", "m.12306-tuipiao-kefu.com"])
    ips = np.array(["156.241.9.41", "156.241.9.42", "103.73.162.19"])
    # curious callers: see the page, ring, get a pitch, hang up
    k = ctx.k(25, 4) * D
    callers = pop.pick(rng, k, weights=np.where(pop.migrant | (pop.persona == 1), 3.0, 1.0), reserve=False,
                       exclude_reserved=True)
    k = callers.size
    day = rng.integers(0, D, k)
    tw = ctx.t0 + day * DAY + rng.integers(8 * HOUR, 22 * HOUR, k)
    di = rng.integers(0, 3, k)
    web_visits(g, pop.msisdn[callers], tw, doms[di], ips[di], "/kefu")
    tc = tw + rng.integers(60, 1200, k)
    to = nums[rng.integers(0, nums.size, k)]
    dur = np.clip(rng.lognormal(np.log(150), 0.8, k), 20, 1500).astype(np.int64)
    emit.calls(ctx, rng, pop.msisdn[callers], to, tc, dur, imei=pop.imei[callers], imsi=pop.imsi[callers],
               cell=pop.cell_at(ctx, callers, tc), callee_cell=np.where(np.isin(to, mob), cell, -1))
    # victims
    vic = pick_victims(ctx, rng, ctx.k(10, 2), dict(factory=1.5, student=1.5, office=1.0, port=1.0, driver=1.0))
    n = vic.size
    hd = rng.integers(0, max(1, D - 2), n)
    tw = ctx.t0 + hd * DAY + rng.integers(8 * HOUR, 21 * HOUR, n)
    di = rng.integers(0, 3, n)
    web_visits(g, pop.msisdn[vic], tw, doms[di], ips[di], "/kefu")
    tc = tw + rng.integers(60, 900, n)
    hook = nums[rng.integers(0, nums.size, n)]
    dur = np.clip(rng.lognormal(np.log(1800), 0.4, n), 600, 5400).astype(np.int64)
    emit.calls(ctx, rng, pop.msisdn[vic], hook, tc, dur, imei=pop.imei[vic], imsi=pop.imsi[vic],
               cell=pop.cell_at(ctx, vic, tc), callee_cell=np.where(np.isin(hook, mob), cell, -1))
    # the only outbound calls: one ring-back to each victim
    bi = rng.integers(0, 3, n)
    back = mob[bi]
    tb = tc + dur + rng.integers(HOUR, 20 * HOUR, n)
    conversation(g, back, pop.msisdn[vic], tb, 600, imei=mimei[bi], imsi=mimsi[bi], cell=cell)
    v, step, amt = payments(rng, n, (2, 3), (1000, 5000), (1.5, 2.5))
    tp = tc[v] + dur[v] + 300 + step * rng.integers(HOUR, 26 * HOUR, v.size)
    acc = ctx.mules.take_l1(n)
    keep = pay(g, vic, v, tp, amt, acc[v], "mobile_app")
    report_material(g, vic, v[keep], tp[keep], amt[keep], acc[v][keep], [[a] for a in hook],
                    domains=[[str(doms[i])] for i in di])
    last = int(max(tb.max(), tc.max()))
    when = last + 2 * HOUR + rng.integers(0, 10 * HOUR, 3)
    cut = (rng.random(3) < 0.67) & (when < ctx.t1)
    ctx.cut(mob[cut], when[cut])
    g.truth("msisdn", mob, "fraud_caller", ctx.t0)
    g.truth("msisdn", voip, "fixed_voip_line", ctx.t0)
    g.truth("imei", phones, "gang_member", ctx.t0)
    g.truth("id_key", ctx.vocab.text(cos), "gang_member", ctx.t0 - 30 * DAY)
    g.truth("domain", doms, "fraud_domain", ctx.t0)
    g.truth("ip", ips, "fraud_ip", ctx.t0)
