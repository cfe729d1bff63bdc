"""Dens of SIM cards: a GoIP den in a Tanggu urban village (g01), a GoIP van touring Binhai and the south
of the city (g18), an SMS cat in a Wuqing village (g04) and a verification-code farm in Xiqing (g14)."""

from __future__ import annotations

import numpy as np

from tj import content, emit
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
    open_days,
    pay,
    payments,
    pick_victims,
    report_material,
    schedule,
    spread_calls,
    strangers,
    web_visits,
)


def _attach_days(ctx, rng, m, imsi, imei_sd, cell_sd, mask, hour=8.5, off=21.0) -> None:
    """An attach when each SIM starts work each day and a detach when the den shuts for the night."""
    si, di = np.nonzero(mask)
    t = ctx.t0 + di * DAY + int(hour * HOUR) + rng.integers(0, 1800, si.size)
    ctx.sink.add("device", time=t, msisdn=m[si], imsi=imsi[si], imei=imei_sd[si, di], cell=cell_sd[si, di],
                 event="attach")
    t = ctx.t0 + di * DAY + int(off * HOUR) + rng.integers(0, 1800, si.size)
    ctx.sink.add("device", time=t, msisdn=m[si], imsi=imsi[si], imei=imei_sd[si, di], cell=cell_sd[si, di],
                 event="detach")


def goip_den(ctx) -> None:
    """g01: three 8-slot GoIPs in a rented room in Tanggu, cards run for one to three days each, calling as
    'Tianjin Port customs: a parcel in your name holds contraband'; victims pay a 'safe account'."""
    g = Gang(ctx, "g01", "tanggu_goip_customs_parcel", "impersonate_police")
    rng, nb, D = g.rng, ctx.numbers, ctx.days
    den = ctx.cells.in_district(rng, "TG", 1)[0]
    imeis = nb.imei(3, "goip")
    m, imsi, o = acquire_cards(g, ctx.k(70, 18), ctx.t1 - DAY)
    mask = schedule(rng, open_days(ctx, o), D, capacity=min(18, max(4, m.size // 4)), run=(1, 3))
    used = mask.any(1)
    slot = rng.integers(0, 3, m.size)
    imei_sd = np.repeat(imeis[slot][:, None], D, 1)
    cell_sd = np.full((m.size, D), den, np.int32)
    s, d, t = spread_calls(ctx, rng, mask, (50, 120), 9, 20)
    first = first_use(m.size, s, t, ctx.t1)
    # victims: hooked by one card, rung back by another as 'the officer'
    vic = pick_victims(ctx, rng, ctx.k(14, 2), dict(elderly=2.0, office=0.8, homemaker=0.8, public=0.6))
    active_days = np.flatnonzero(mask.any(0))
    hook_d = active_days[rng.integers(0, max(1, active_days.size - 2), vic.size)]
    hook_sim = np.array([rng.choice(np.flatnonzero(mask[:, dd])) for dd in hook_d], int)
    other = np.array([rng.choice(np.flatnonzero(mask[:, dd])) for dd in hook_d], int)
    t_hook = ctx.t0 + hook_d * DAY + rng.integers(10 * HOUR, 16 * HOUR, vic.size)
    t2 = t_hook + rng.integers(40 * 60, 3 * HOUR, vic.size)
    hs = np.concatenate([hook_sim, other])
    nb_ = last_use(m.size, hs, np.concatenate([t_hook, t2]) + 2 * HOUR)
    cut = np.full(m.size, -1, np.int64)
    cut[used] = cut_some(g, m[used], first[used], 0.35, (8, 40), not_before=nb_[used])
    ok = alive(cut, s, t)
    s, d, t = s[ok], d[ok], t[ok]
    callee = strangers(ctx, rng, s.size, prefer=dict(elderly=1.5, office=1.0, homemaker=1.0, public=0.8))
    dial(ctx, rng, m[s], callee, t, answer=0.22, med=22, imei=imei_sd[s, d], imsi=imsi[s], cell=den)
    _attach_days(ctx, rng, m, imsi, imei_sd, cell_sd, mask)
    conversation(g, m[hook_sim], ctx.pop.msisdn[vic], t_hook, 1500, imei=imei_sd[hook_sim, hook_d], imsi=imsi[hook_sim], cell=den)
    conversation(g, m[other], ctx.pop.msisdn[vic], t2, 2400, imei=imei_sd[other, hook_d], imsi=imsi[other], cell=den)
    v, step, amt = payments(rng, vic.size, (2, 4), (3000, 12000), (1.8, 3.0))
    tp = t2[v] + 20 * 60 + (step * rng.uniform(1, 20, v.size) * HOUR).astype(np.int64)
    acc = ctx.mules.take_l1(vic.size * 2)
    to = acc[v * 2 + rng.integers(0, 2, v.size)]
    keep = pay(g, vic, v, tp, amt, to, elderly_channel(ctx, rng, vic, v))
    report_material(g, vic, v[keep], tp[keep], amt[keep], to[keep], [[m[a], m[b]] for a, b in zip(hook_sim, other, strict=True)])
    # truth; the keeper's own phone in the room
    g.truth("imei", imeis, "simbox_device", int(t.min()) if t.size else ctx.t0)
    g.truth("msisdn", m[used], "simbox_sim", first[used])
    ctx.known_bad.append(("cell", ctx.vocab.items[den], "high_risk_region", ctx.t0 - 75 * DAY))
    keeper, k_imsi = emit.new_sims(ctx, 1, id_key=ctx.vocab.codes(nb.keys("idk", 1)), open_time=ctx.t0 - 400 * DAY,
                                   prepaid=True, region="Henan")
    k_imei = nb.imei(1, "smart")
    emit.presence(ctx, rng, keeper, k_imsi, k_imei, np.array([den]), data_per_day=5, profile="evening")
    g.truth("msisdn", keeper, "gang_member", ctx.t0)


def van_den(ctx) -> None:
    """g18: a GoIP in a van touring Binhai, Dongli, Jinnan and Hedong; aged cards reused day after day,
    shuffled between three modules each morning, a slow 15-35 calls per card per day to the old about
    New Year health gift boxes (pay on delivery, 'membership' top-ups)."""
    g = Gang(ctx, "g18", "binhai_van_giftbox", "other")
    rng, nb, D = g.rng, ctx.numbers, ctx.days
    m, imsi, o = acquire_cards(g, ctx.k(16, 6), ctx.t0 - 60 * DAY)
    mods = nb.imei(3, "goip")
    route = np.concatenate([ctx.cells.in_district(rng, c, 5) for c in ("TG", "DL", "JN", "HD")])
    mask = rng.random((m.size, D)) < rng.uniform(0.55, 0.95, m.size)[:, None]
    imei_sd = mods[rng.integers(0, 3, (m.size, D))]
    s, d, t = spread_calls(ctx, rng, mask, (15, 35), 9, 18)
    cell = route[((t // 1800) + d * 7) % route.size]
    callee = strangers(ctx, rng, s.size, prefer=dict(elderly=3.0, villager=0.5), offnet=0.3)
    dial(ctx, rng, m[s], callee, t, answer=0.35, med=45, imei=imei_sd[s, d], imsi=imsi[s], cell=cell)
    # the van's path: location updates each half hour for each working card
    si, di = np.nonzero(mask)
    slots = np.arange(18, 36)
    ss, dd = np.repeat(si, slots.size), np.repeat(di, slots.size)
    tt = ctx.t0 + dd * DAY + np.tile(slots, si.size) * 1800 + rng.integers(0, 300, ss.size)
    ctx.sink.add("device", time=tt, msisdn=m[ss], imsi=imsi[ss], imei=imei_sd[ss, dd],
                 cell=route[((tt // 1800) + dd * 7) % route.size], event="location_update")
    first = first_use(m.size, s, t, ctx.t1)
    used = mask.any(1)
    # victims: the old, several small payments to the 'health company'
    co = ctx.vocab.codes(nb.keys("bl", 1))
    from tj.banks import add_accounts
    co_acc = add_accounts(ctx, np.repeat(co, 2), np.array(["Bank of Tianjin", "ABC"]), ctx.t0 - 120 * DAY)
    vic = pick_victims(ctx, rng, ctx.k(8, 2), dict(elderly=4.0), districts=["TG", "DL", "JN", "HD"])
    hook_sim = rng.integers(0, m.size, vic.size)
    hook_d = rng.integers(0, max(1, D - 4), vic.size)
    t_hook = ctx.t0 + hook_d * DAY + rng.integers(9 * HOUR, 17 * HOUR, vic.size)
    conversation(g, m[hook_sim], ctx.pop.msisdn[vic], t_hook, 600, imei=imei_sd[hook_sim, hook_d], imsi=imsi[hook_sim],
                 cell=route[((t_hook // 1800) + hook_d * 7) % route.size])
    nb_ = last_use(m.size, hook_sim, t_hook + HOUR)
    cut_some(g, m[used], first[used], 0.2, (48, 200), not_before=nb_[used])
    v, step, amt = payments(rng, vic.size, (1, 3), (1500, 3000), (1.5, 2.4))
    tp = t_hook[v] + (2 * HOUR + step * rng.uniform(20, 60, v.size) * HOUR).astype(np.int64)
    ch = np.where(rng.random(v.size) < 0.5, "counter", "third_party")
    to = co_acc[rng.integers(0, 2, v.size)]
    keep = pay(g, vic, v, tp, amt, to, ch)
    report_material(g, vic, v[keep], tp[keep], amt[keep], to[keep], [[x] for x in m[hook_sim]])
    g.truth("imei", mods, "simbox_device", int(t.min()))
    g.truth("msisdn", m[used], "simbox_sim", first[used])
    g.truth("account", ctx.vocab.text(co_acc), "mule_account", ctx.t0)
    g.truth("id_key", ctx.vocab.text(co), "gang_member", ctx.t0 - 120 * DAY)


SMS_TEMPLATES = [
    ("etc-jh-tj.top", "【ETC服务】您的ETC卡已过期失效，春运高速将无法通行，请于今日登录 https://{h}/v 重新认证。"),
    ("ybpz-tj.cc", "【医保服务】您的医保电子凭证年度认证未完成，1月底将暂停报销，请点击 https://{h}/a 办理。"),
    ("gw-dfbt.top", "【电力公司】春节前一次性电费补贴发放中，请于3日内点击 http://{h} 登记领取。"),
]


def sms_cat(ctx) -> None:
    """g04: an SMS cat (two 8-port modems) in a Wuqing village house: cards for a day or three, phishing links
    on wildcard sub-domains; a few who click type in their card and lose money by quick pay."""
    g = Gang(ctx, "g04", "wuqing_smscat_etc_phish", "other")
    rng, nb, D = g.rng, ctx.numbers, ctx.days
    modems = nb.imei(2, "modem")
    house = ctx.cells.in_district(rng, "WQ", 2)
    m, imsi, o = acquire_cards(g, ctx.k(40, 10), ctx.t1 - DAY)
    day_on = rng.random(D) < 0.65
    mask = schedule(rng, open_days(ctx, o), D, capacity=min(10, max(3, m.size // 4)), run=(1, 3), day_on=day_on)
    used = mask.any(1)
    imei_sd = np.repeat(modems[rng.integers(0, 2, m.size)][:, None], D, 1)
    cell_sd = np.repeat(house[np.arange(D) % 2][None, :], m.size, 0)
    s, d, t = spread_calls(ctx, rng, mask, (200, 450), 8, 21)
    tpl = rng.integers(0, len(SMS_TEMPLATES), m.size)  # one lure per card
    base = np.array([x[0] for x in SMS_TEMPLATES], dtype=object)
    subs = np.array([f"{x:06x}"[-6:] for x in rng.integers(0, 2**24, m.size * D)], dtype=object).reshape(m.size, D)
    host = np.char.add(np.char.add(subs[s, d].astype(str), "."), base[tpl[s]].astype(str))
    text = np.array([SMS_TEMPLATES[k][1] for k in range(len(SMS_TEMPLATES))], dtype=object)[tpl[s]]
    body = np.array([x.replace("{h}", h) for x, h in zip(text.tolist(), host.tolist(), strict=True)])
    first = first_use(m.size, s, t, ctx.t1)
    cut = np.full(m.size, -1, np.int64)
    cut[used] = cut_some(g, m[used], first[used], 0.4, (4, 30))
    ok = alive(cut, s, t)
    s, d, t, host, body = s[ok], d[ok], t[ok], host[ok], body[ok]
    rcpt = strangers(ctx, rng, s.size, prefer=dict(driver=1.5, port=1.3, elderly=1.0, office=1.0), offnet=0.45)
    emit.sms(ctx, m[s], rcpt, t, body, imei=imei_sd[s, d], cell=cell_sd[s, d])
    _attach_days(ctx, rng, m, imsi, imei_sd, cell_sd, mask, hour=7.5)
    ips = {b: [f"{p}.{rng.integers(2, 250)}" for p in pref] for b, pref in
           zip(base.tolist(), (["45.207.38", "45.207.39"], ["103.151.172", "154.39.81"], ["154.39.80", "45.207.38"]),
               strict=True)}
    ip_of = np.array([ips[b][0] for b in base.tolist()], dtype=object)
    ip2_of = np.array([ips[b][1] for b in base.tolist()], dtype=object)
    # clicks from background people
    p = ctx.pop.lookup(rcpt)
    click = (p >= 0) & (rng.random(p.size) < 0.02)
    ct = t[click] + rng.integers(60, 4 * HOUR, int(click.sum()))
    ip = np.where(rng.random(ct.size) < 0.5, ip_of[tpl[s[click]]], ip2_of[tpl[s[click]]])
    web_visits(g, rcpt[click], ct, host[click], ip, "/v")
    # victims among clickers: bank code SMS, then quick-pay drains
    cl_p = p[click]
    ok = ~ctx.pop.reserved[cl_p]
    idx = np.flatnonzero(ok)
    _, first_i = np.unique(cl_p[idx], return_index=True)
    idx = idx[first_i]
    idx = idx[rng.permutation(idx.size)][: ctx.k(10, 2)]
    vic = cl_p[idx]
    ctx.pop.reserved[vic] = True
    t_click = ct[idx] + 120
    from tj.population import BANK_SMS, BANKS
    bank_no = np.array([int(BANK_SMS[b]) for b in BANKS], np.int64)[ctx.banks.bank[vic]]
    emit.sms(ctx, bank_no, ctx.pop.msisdn[vic], t_click + 60, "【银行】您正在进行快捷支付签约，验证码 583920，请勿泄露。")
    web_visits(g, ctx.pop.msisdn[vic], t_click + 90, host[click][idx], ip[idx], "/card")
    v, step, amt = payments(rng, vic.size, (1, 3), (2500, 9000), (1.2, 2.0))
    tp = t_click[v] + 300 + step * rng.integers(300, 1800, v.size)
    acc = ctx.mules.take_l1(vic.size)
    keep = pay(g, vic, v, tp, amt, acc[v], "third_party", initiated=None)
    sender = m[s[click]][idx]
    hosts_v = host[click][idx]
    report_material(g, vic, v[keep], tp[keep], amt[keep], acc[v][keep], [[x] for x in sender],
                    domains=[[str(h)] for h in hosts_v])
    g.truth("imei", modems, "simbox_device", int(t.min()))
    g.truth("msisdn", m[used], "fraud_sms_sender", first[used])
    g.truth("domain", base, "fraud_domain", int(t.min()))
    hosts_seen = np.unique(host[click])
    g.truth("domain", hosts_seen, "fraud_domain", int(t.min()))
    g.truth("ip", np.unique(np.concatenate([ip_of, ip2_of]).astype(str)), "fraud_ip", int(t.min()))
    ctx.known_bad.append(("domain", "etc-renzheng-tj.top", "block", ctx.t0 - 40 * DAY))
    ctx.known_bad.append(("cell", ctx.vocab.items[house[0]], "high_risk_region", ctx.t0 - 200 * DAY))
    ctx.known_bad.append(("domain", str(base[0]), "block", ctx.t0 + 3 * DAY))
    ctx.known_bad.append(("ip", ips[str(base[1])][0], "block", ctx.t0 - 10 * DAY))


def code_farm(ctx) -> None:
    """g14: two modem pools in a Xiqing flat receive platform verification codes and register accounts
    for the schemes (sold on); the cards never call and barely text."""
    g = Gang(ctx, "g14", "xiqing_code_farm", "other")
    rng, nb, D = g.rng, ctx.numbers, ctx.days
    pools = nb.imei(2, "modem")
    cell = ctx.cells.in_district(rng, "XQ", 1)[0]
    m, imsi, o = acquire_cards(g, ctx.k(40, 10), ctx.t0 + 2 * DAY)
    od = np.maximum(open_days(ctx, o) + 1, 0)
    imei = pools[rng.integers(0, 2, m.size)]
    emit.presence(ctx, rng, m, imsi, imei, np.full(m.size, cell), data_per_day=0.4, kb=20, first_day=od)
    n_plat = len(content.PLATFORM_NAMES)
    k = rng.integers(5, 12, m.size)
    s = np.repeat(np.arange(m.size), k)
    plat = np.concatenate([rng.choice(n_plat, kk, replace=False) for kk in k])
    day = od[s] + (rng.random(s.size) * (D - od[s])).astype(np.int64)
    t = ctx.t0 + day * DAY + rng.integers(9 * HOUR, 23 * HOUR, s.size)
    emit.sms(ctx, content.A2P_SENDER[plat], m[s], t, content.verification(rng, plat))
    acc = np.array(nb.keys("u", s.size))
    status = np.where(rng.random(s.size) < 0.15, "banned", "active")
    names = np.array(content.PLATFORM_NAMES)
    ctx.sink.add("internet_accounts", platform=names[plat], account=acc, msisdn=m[s], register_time=t + rng.integers(30, 120, s.size),
                 status=status)
    # login codes for accounts in use
    lk = rng.poisson(1.5, s.size)
    ls = np.repeat(np.arange(s.size), lk)
    lt = t[ls] + rng.integers(HOUR, 4 * DAY, ls.size)
    ok = lt < ctx.t1
    ls, lt = ls[ok], lt[ok]
    emit.sms(ctx, content.A2P_SENDER[plat[ls]], m[s[ls]], lt, content.verification(rng, plat[ls]))
    first = first_use(m.size, s, t, ctx.t1)
    g.truth("imei", pools, "simbox_device", int(first.min()))
    g.truth("msisdn", m, "simbox_sim", first)
    g.truth("account", np.char.add(np.char.add(names[plat].astype(str), ":"), acc.astype(str)), "fraud_account", t)
    ctx.farm_accounts = (names[plat], acc, m[s])
