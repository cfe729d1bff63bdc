"""Gangs G09-G13, G15, G16, and the anti-fraud centre's own call-backs and warnings (benign look-alikes)."""

from __future__ import annotations

import numpy as np

from . import actors as A
from . import catalog as K
from . import sink as S
from . import texts as X
from . import world as W
from .fraud import Gang, events_in, rotate


def g09_sip_kanas(ctx: A.Ctx, market, mules) -> Gang:
    """After the first snow closes Kanas and Hemu, a shell company's SIP trunk places calls showing Altay landline
    numbers (random ones, and now and then the real scenic-area hotline's) to people who were there, offering a
    double refund through a screen-sharing app."""
    g = Gang(ctx, "G09", "sip_spoofed_kanas_refund", "customer_service", market, mules)
    rng = g.rng
    shell = np.array([f"bl{int(rng.integers(0, 2**62)):016x}"], dtype=object)
    dids = A.new_cards(ctx, rng, 6, W.RIDX["URC-XS"], line="voip", cust="enterprise", id_keys=shell,
                       open_t=W.T0 - rng.integers(18, 24, 6) * W.DAY, lead=6)
    g.label("msisdn", dids.msisdn, "fixed_voip_line")
    g.label("id_key", shell, "gang_member")
    gw = ctx.sink.cat["gateway"].add("GW-SIP-TSKJ-07")
    # the real hotline (a benign look-alike the gang imitates), which itself rings visitors about refunds
    hotline = A.new_cards(ctx, rng, 1, W.RIDX["KNS"], line="fixed", cust="enterprise")
    ctx.sink.label("msisdn", hotline.msisdn, "benign", "", "lookalike:kanas_scenic_hotline", W.T0)
    tour = ctx.draw(rng, "tourist", 120)
    tt = W.T0 + W.SNOW * W.DAY + rng.integers(10 * 3600, 19 * 3600, tour.size) + rng.integers(0, 2, tour.size) * W.DAY
    A.calls(ctx, rng, tt, hotline.msisdn[0], tour, ctype=S.FIX, answer=0.7, median=60)
    days = np.arange(W.SNOW, 12)
    n_per = rng.poisson(230, days.size)
    d = np.repeat(days, n_per)
    t = W.times(rng, d, "inland")
    n = t.size
    tgt = np.where(rng.random(n) < 0.7, ctx.draw(rng, "tourist", n), ctx.draw(rng, "young", n))
    u = rng.random(n)
    spoof = ctx.nums.fixed(906, 400)
    caller = np.where(u < 0.1, hotline.msisdn[0], np.where(u < 0.35, dids.msisdn[rng.integers(0, 6, n)],
                                                          spoof[rng.integers(0, spoof.size, n)]))
    res, dur, hooked = g.dial(t, caller, tgt, ctype=S.VOIP, gw=gw, p_ans=0.45, hang=25, hook=0.03, hooked_dur=1200)
    v, tv, cv = g.hooked_victims(tgt, t, hooked, caller)
    g.followups(v, tv, cv, ctype=S.VOIP, gw=gw, n=(1, 2), gap=(0.2, 3), median=900, callback=0.35)
    g.visit(v, tv + 600, ["kns-tuikuan.vip"], "hk", paths=("/", "/tk", "/verify"))
    g.install(v, tv + 900, "com.screen.share.yun", "https://kns-tuikuan.vip/dl/share.apk")
    pay = rng.random(v.size) < 0.7
    g.pay(v[pay], tv[pay] + 1200, [g.amounts((1, 3), rng.uniform(2000, 12000), 1.6, 5e4) for _ in range(int(pay.sum()))],
          mules.assign("G09", 5), spacing=(0.1, 2), report=0.45, callers=cv[pay])
    used = np.unique(caller[caller != hotline.msisdn[0]])
    used = used[~np.isin(used, dids.msisdn)]
    g.label("msisdn", used, "fraud_caller", W.T0 + W.SNOW * W.DAY)
    g.label("domain", ["kns-tuikuan.vip"], "fraud_domain")
    g.label("app", ["com.screen.share.yun"], "fraud_app")
    return g


def g10_offnet_buyer(ctx: A.Ctx, market, mules) -> Gang:
    """Fake inland wholesale buyers on virtual-operator numbers (seen only as incoming calls) ring orchard
    farmers about jujubes, apples and walnuts on inland office hours, and take 'platform margin' through a fake
    B2B site into accounts at banks outside the feed."""
    g = Gang(ctx, "G10", "offnet_fake_fruit_buyer", "other", market, mules)
    rng = g.rng
    n = 20
    nums = ctx.nums.mobile(np.full(n, W.RIDX["URC-TS"]), K.MVNO_PREFIX)
    nums = nums - (nums // 10**4 % 10**4) * 10**4 + rng.integers(3710, 3790, n) * 10**4   # inland H-codes
    ctx.nums.used.update(nums.tolist())
    start = rng.integers(0, 10, n)
    tin = W.T0 + start * W.DAY
    tout = np.minimum(tin + rng.integers(3, 6, n) * W.DAY, W.END - 1)
    e, t = events_in(rng, tin, tout, 30, "inland")
    regs = np.array([W.RIDX[c] for c in ("AKS", "WSU", "HTN", "RQ", "YC", "TRP", "SSH")])
    tgt = ctx.draw(rng, "orchard", e.size, regs[rng.integers(0, regs.size, e.size)], 0.9)
    res, dur, hooked = g.dial(t, nums[e], tgt, p_ans=0.65, hang=60, hook=0.02, hooked_dur=400)
    v, tv, cv = g.hooked_victims(tgt, t, hooked, nums[e])
    g.followups(v, tv, cv, n=(1, 3), gap=(2, 20), median=300, callback=0.6)
    g.visit(v, tv + 3600, ["www.xnguoye-b2b.com"], "hk", paths=("/", "/reg", "/bzj", "/order"))
    ext = ctx.sink.cat["account"].many([f"ex{int(x):016x}" for x in rng.integers(0, 2**62, 6)])
    g.label("account", g.acct_names(ext), "mule_account")
    pay = rng.random(v.size) < 0.6
    g.pay(v[pay], tv[pay] + 2 * 3600, [g.amounts((1, 2), rng.uniform(2000, 12000), 1.5) for _ in range(int(pay.sum()))],
          ext, spacing=(1, 30), report=0.35, callers=cv[pay], via_mules=False)
    g.label("msisdn", nums, "fraud_caller", tin)
    g.label("domain", ["www.xnguoye-b2b.com", "xnguoye-b2b.com"], "fraud_domain")
    return g


def g11_relay_phones(ctx: A.Ctx, market, mules) -> Gang:
    """Relay phones (手机口) in Turpan, Shanshan, Toksun and Dabancheng guesthouses: ten hired young men, each
    with his own phone carrying the overseas boss's voice over the data network and a second phone with a market
    card that places the local call, moving on every day or two; the script is a Double Eleven pre-sale 'deposit
    refund'."""
    g = Gang(ctx, "G11", "relay_phone_presale_refund", "customer_service", market, mules)
    rng = g.rng
    n = 10
    regs = np.array([W.RIDX[c] for c in ("TRP", "SSH", "TKS", "URC-DB")])
    recruits = g.members(n, regs[rng.integers(0, regs.size, n)], open_t=W.T0 - rng.integers(300, 2000, n) * W.DAY)
    relay = ctx.nums.imei(n)
    slot, ci, tin, tout = rotate(rng, n, 60, (2.5, 4.5), start=1, end=13, gap=(0.1, 0.6))
    o = np.argsort(tin, kind="stable")
    slot, tin, tout = slot[o], tin[o], tout[o]
    cards = market.supply(slot.size)
    tin = np.maximum(tin, cards.open_t + 2 * W.DAY)
    # a guesthouse per recruit per day
    loc = ctx.cells.pick(rng, regs[rng.integers(0, regs.size, (n, W.DAYS))].ravel()).reshape(n, W.DAYS)
    for d in range(W.DAYS):
        keep = rng.random(n) < 0.5
        if d:
            loc[keep, d] = loc[keep, d - 1]
    e, t = events_in(rng, tin, tout, 55, "inland")
    s = slot[e]
    cell = loc[s, W.day_of(t)]
    tgt = ctx.draw(rng, "shopper", e.size)
    res, dur, hooked = g.dial(t, cards.msisdn[e], tgt, aimei=relay[s], aimsi=cards.imsi[e], acell=cell, p_ans=0.3,
                              hang=14, hook=0.01, hooked_dur=1500)
    # the boss's leg: a data session on the recruit's own phone for every answered call
    a = res == S.ANS
    A.device(ctx, t[a], recruits.msisdn[s[a]], recruits.imsi[s[a]], recruits.imei[s[a]], cell[a], S.DATA,
             byt=(dur[a] * rng.integers(1800, 3200, int(a.sum()))).astype(np.int64) + 4000)
    A.device(ctx, tin, cards.msisdn, cards.imsi, relay[slot], loc[slot, W.day_of(tin)], S.ATTACH)
    dd = np.arange(W.DAYS)
    for i in range(n):
        A.device(ctx, W.T0 + dd * W.DAY + rng.integers(9 * 3600, 11 * 3600, W.DAYS), recruits.msisdn[i],
                 recruits.imsi[i], recruits.imei[i], loc[i], S.LOCUP)
    v, tv, cv = g.hooked_victims(tgt, t, hooked, cards.msisdn[e])
    g.visit(v, tv + 300, ["d11-tuikuan.shop"], "sea", paths=("/", "/refund", "/loan", "/kf"))
    g.install(v, tv + 600, "com.yunshijie.share", "https://d11-tuikuan.shop/app/share.apk")
    pay = rng.random(v.size) < 0.7
    g.pay(v[pay], tv[pay] + 1500, [g.amounts((1, 3), rng.uniform(3000, 15000), 1.8, 6e4) for _ in range(int(pay.sum()))],
          mules.assign("G11", 6), spacing=(0.1, 1.5), report=0.4, callers=cv[pay])
    g.label("msisdn", cards.msisdn, "fraud_caller", tin)
    g.label("imei", relay, "relay_phone")
    g.label("domain", ["d11-tuikuan.shop"], "fraud_domain")
    g.label("app", ["com.yunshijie.share"], "fraud_app")
    return g


def g12_task_scam(ctx: A.Ctx, market, mules) -> Gang:
    """A Korla task-scam crew: fifteen cards in dual-SIM phones text students, young workers and pickers' children
    about paid 'likes'; each card also registers a farm of QQ, Douyin and WeChat accounts. Victims get a few small
    commissions first, then pay ever larger 'task advances'."""
    g = Gang(ctx, "G12", "task_scam_likes_rebates", "part_time_job", market, mules)
    rng = g.rng
    n = 16
    cards = g.fresh_cards(n, W.RIDX["KRL"], per_id=4, opened=(10, 40))
    phones = ctx.nums.imei(n // 2)
    ph = np.arange(n) // 2
    room = ctx.cells.named("KRL", "Lianmuqin")[0]
    act = np.ones((n, W.DAYS))
    e, d = A.poisson_days(rng, np.full(n, 36.0), act)
    t = W.times(rng, d, "young")
    tgt = np.where(rng.random(e.size) < 0.6, ctx.draw(rng, "student", e.size), ctx.draw(rng, "young", e.size))
    qq = [str(int(x)) for x in rng.integers(10**8, 3 * 10**9, 8)]
    msgs = [X.LURES["G12"][0].format(q) for q in qq] + [X.LURES["G12"][1].format("https://dz-renwu.club/j")] + \
           [X.LURES["G12"][2].format("https://dz-renwu.club/app") for _ in range(2)]
    tx = ctx.sink.cat["text"].many(msgs)
    A.texts(ctx, rng, t, cards.msisdn[e], tgt, tx[rng.integers(0, tx.size, e.size)], aimei=phones[ph[e]], acell=room)
    g.contacted.append(tgt)
    A.device(ctx, W.T0 + rng.integers(9 * 3600, 12 * 3600, n), cards.msisdn, cards.imsi, phones[ph], room, S.ATTACH)
    e2, d2 = A.poisson_days(rng, np.full(n, 3.0), act)
    A.device(ctx, W.times(rng, d2, "young"), cards.msisdn[e2], cards.imsi[e2], phones[ph[e2]], room, S.DATA,
             byt=rng.integers(10**5, 10**7, e2.size))
    k = rng.integers(12, 26, n)
    r = np.repeat(np.arange(n), k)
    plat = np.array(["qq", "douyin", "wechat", "kuaishou"], dtype=object)[rng.integers(0, 4, r.size)]
    A.register_accounts(ctx, rng, cards.msisdn[r], plat, np.maximum(cards.open_t[r] + 3600,
                                                                   W.T0 - 20 * W.DAY + rng.integers(0, 30 * W.DAY, r.size)))
    click = rng.random(e.size) < 0.004
    v, tv, cv = g.hooked_victims(tgt, t, click, cards.msisdn[e])
    tv = tv + rng.integers(600, 12 * 3600, v.size)
    g.visit(v, tv, ["dz-renwu.club"], "sea", paths=("/", "/j", "/task", "/app"))
    g.install(v, tv + 600, "com.dianzan.renwu", "https://dz-renwu.club/app/renwu.apk", uses=(4, 12))
    rebate = g.accounts(3)
    k = rng.integers(2, 5, v.size)
    rv = np.repeat(np.arange(v.size), k)
    tr = tv[rv] + rng.integers(1800, 2 * W.DAY, rv.size)
    ok = tr < W.END
    ctx.money.add(tr[ok], rebate[rng.integers(0, 3, int(ok.sum()))], ctx.pop.acct[ctx.pop.person[v[rv[ok]]]],
                  rng.integers(10, 80, int(ok.sum())).astype(float), S.THIRD)
    pay = rng.random(v.size) < 0.6
    g.pay(v[pay], tv[pay] + 2 * W.DAY, [g.amounts((2, 6), rng.uniform(200, 800), 2.2, 5e4) for _ in range(int(pay.sum()))],
          mules.assign("G12", 6), spacing=(0.3, 6), report=0.3, callers=cv[pay])
    g.label("msisdn", cards.msisdn, "fraud_sms_sender")
    g.label("imei", phones, "fraud_sms_sender")
    g.label("domain", ["dz-renwu.club"], "fraud_domain")
    g.label("app", ["com.dianzan.renwu"], "fraud_app")
    return g


def g13_sleeper_courier(ctx: A.Ctx, market, mules) -> Gang:
    """Sleeper cards: forty-five cards opened a year ago at a 'free eggs for the old' promotion in Yuli and Luntai
    villages, three on each old person's ID without their knowing, silent for months; in the window a Korla crew
    wakes them one after another in nine phones as 'courier compensation' agents."""
    g = Gang(ctx, "G13", "sleeper_cards_courier_compensation", "customer_service", market, mules)
    rng = g.rng
    elders = ctx.draw(rng, "elder", 15, np.array([W.RIDX["YL"], W.RIDX["LT"]])[rng.integers(0, 2, 15)], 1.0)
    ids = ctx.pop.id_key[ctx.pop.person[elders]]
    n = 45
    promo = W.T0 - rng.integers(190, 340, 3) * W.DAY
    open_t = promo[np.arange(n) % 3] + rng.integers(10 * 3600, 17 * 3600, n)
    cards = A.new_cards(ctx, rng, n, ctx.pop.creg[elders][np.arange(n) // 3], id_keys=ids[np.arange(n) // 3],
                        open_t=open_t, prepaid=True,
                        channel=np.array(["XJ38-YL-PROMO-02", "XJ38-LT-PROMO-05", "XJ38-YL-PROMO-02"], dtype=object)[
                            np.arange(n) % 3])
    phones = ctx.nums.imei(9)
    dens = np.array([ctx.cells.named("KRL", "Lianmuqin")[0], ctx.cells.named("KRL", "Shangkuli")[0]])
    slot, ci, tin, tout = rotate(rng, 9, n, (4.0, 8.0), start=0, end=14, gap=(0.1, 0.5))
    m, imsi = cards.msisdn[ci], cards.imsi[ci]
    cell = dens[slot % 2]
    A.device(ctx, tin, m, imsi, phones[slot], cell, S.ATTACH)
    e, t = events_in(rng, tin, tout, 48, "inland")
    tgt = ctx.draw(rng, "shopper", e.size)
    res, dur, hooked = g.dial(t, m[e], tgt, aimei=phones[slot[e]], aimsi=imsi[e], acell=cell[e], p_ans=0.35, hang=15,
                              hook=0.012, hooked_dur=1200)
    v, tv, cv = g.hooked_victims(tgt, t, hooked, m[e])
    tx = ctx.sink.cat["text"].add(X.LURES["G13"][0])
    A.texts(ctx, rng, tv - 120, cv, v, tx)
    g.followups(v, tv, cv, n=(1, 2), gap=(0.2, 2), median=1500)
    g.visit(v, tv + 900, ["kd-lipei.top"], "hk", paths=("/", "/lp", "/jd"))
    g.install(v, tv + 1000, "com.tencent.wemeet.app", K.APP_STORES[1].format("com.tencent.wemeet.app"))
    pay = rng.random(v.size) < 0.65
    g.pay(v[pay], tv[pay] + 1800, [g.amounts((1, 3), rng.uniform(3000, 9000), 1.6, 4e4) for _ in range(int(pay.sum()))],
          mules.assign("G13", 6), spacing=(0.1, 2), report=0.4, callers=cv[pay])
    g.label("msisdn", cards.msisdn, "fraud_caller", open_t)
    g.label("imei", phones, "fraud_caller")
    g.label("domain", ["kd-lipei.top"], "fraud_domain")
    return g


def g15_shell_pbx(ctx: A.Ctx, market, mules) -> Gang:
    """A Gaoxin 'technology company' with fourteen fixed lines and an auto-dialler offering to redeem expiring
    credit-card points for Chongyang gifts, plus calls through a Hong Kong gateway that show random Urumqi landline
    numbers; victims type their card and code on a points site and the gang's phones spend it."""
    g = Gang(ctx, "G15", "shell_pbx_card_points", "customer_service", market, mules)
    rng = g.rng
    shell = np.array([f"bl{int(rng.integers(0, 2**62)):016x}"], dtype=object)
    lines = A.new_cards(ctx, rng, 14, W.RIDX["URC-XS"], line="fixed", cust="enterprise", id_keys=shell,
                        open_t=W.T0 - rng.integers(20, 26, 14) * W.DAY, lead=8)
    g.label("msisdn", lines.msisdn, "fixed_voip_line")
    g.label("id_key", shell, "gang_member")
    spenders = g.members(2, W.RIDX["URC-SM"])
    rows_t, rows_a = [], []
    for d in range(12):
        if d in (6,):
            continue
        for i in range(12):
            start = W.T0 + d * W.DAY + 10 * 3600 + int(rng.integers(0, 1800))
            gap = rng.uniform(150, 230)
            k = int(rng.integers(110, 150))
            tt = start + (np.arange(k) * gap + rng.integers(0, 20, k)).astype(np.int64)
            lunch = (W.hour_of(tt) >= 14) & (W.hour_of(tt) < 16)
            tt = tt[~lunch]
            rows_t.append(tt)
            rows_a.append(np.full(tt.size, lines.msisdn[i]))
    t = np.concatenate(rows_t)
    a = np.concatenate(rows_a)
    tgt = np.where(rng.random(t.size) < 0.5, ctx.draw(rng, "elder", t.size, W.URUMQI[rng.integers(0, 6, t.size)], 0.6),
                   ctx.draw(rng, "middle", t.size, W.URUMQI[rng.integers(0, 6, t.size)], 0.6))
    res, dur, hooked = g.dial(t, a, tgt, ctype=S.FIX, p_ans=0.3, hang=10, hook=0.006, hooked_dur=500)
    v1, tv1, cv1 = g.hooked_victims(tgt, t, hooked, a)
    gw = ctx.sink.cat["gateway"].add("GW-INTL-HK-02")
    d = np.repeat(np.arange(4, 12), rng.poisson(70, 8))
    t2 = W.times(rng, d, "business")
    spoof = ctx.nums.fixed(991, 300)
    c2 = spoof[rng.integers(0, spoof.size, t2.size)]
    tgt2 = ctx.draw(rng, "middle", t2.size)
    res2, dur2, hooked2 = g.dial(t2, c2, tgt2, ctype=S.INTL_IN, gw=gw, p_ans=0.35, hang=15, hook=0.02, hooked_dur=500)
    v2, tv2, cv2 = g.hooked_victims(tgt2, t2, hooked2, c2)
    v, tv, cv = np.concatenate([v1, v2]), np.concatenate([tv1, tv2]), np.concatenate([cv1, cv2])
    g.visit(v, tv + 300, ["jfdh-95.top", "m.jfdh-95.top"], "hk", paths=("/", "/jf", "/card", "/sms"))
    take = rng.random(v.size) < 0.6
    who = rng.integers(0, 2, int(take.sum()))
    g.pay(v[take], tv[take] + 600, [g.amounts((1, 2), rng.uniform(2000, 12000), 1.4) for _ in range(int(take.sum()))],
          mules.assign("G15", 5), channel=S.THIRD, ini=spenders.msisdn[who], spacing=(0.05, 0.6), report=0.35,
          callers=cv[take])
    g.label("msisdn", np.unique(c2), "fraud_caller", W.T0 + 4 * W.DAY)
    g.label("domain", ["jfdh-95.top", "m.jfdh-95.top"], "fraud_domain")
    return g


def g16_grandson_cash(ctx: A.Ctx, market, mules) -> Gang:
    """'Guess who I am' grandsons from a Hami den around Chongyang: market cards in three phones calling old
    people in the old people's morning; the hooked take cash out at the counter and a runner comes to the door."""
    g = Gang(ctx, "G16", "grandson_cash_pickup", "acquaintance", market, mules)
    rng = g.rng
    n_ph = 3
    phones = ctx.nums.imei(n_ph, K.PHONE_TACS[:3])
    den = ctx.cells.named("HAMI", "Huicheng")[0]
    slot, ci, tin, tout = rotate(rng, n_ph, 40, (1.5, 3.0), start=2, end=12, gap=(0.05, 0.3))
    o = np.argsort(tin, kind="stable")
    slot, tin, tout = slot[o], tin[o], tout[o]
    cards = g.fresh_cards(slot.size, np.array([W.RIDX["HAMI"], W.RIDX["TRP"]])[rng.integers(0, 2, slot.size)],
                          per_id=3, opened=(4, 40))
    A.device(ctx, tin, cards.msisdn, cards.imsi, phones[slot], den, S.ATTACH)
    e, t = events_in(rng, tin, tout, 38, "elder")
    regs = np.array([W.RIDX[c] for c in ("HAMI", "TRP", "SSH", "URC-TS", "URC-SY", "CJ", "KRL")])
    tgt = ctx.draw(rng, "elder", e.size, regs[rng.integers(0, regs.size, e.size)], 0.8)
    tx = ctx.sink.cat["text"].add(X.LURES["G16"][0])
    pre = rng.random(e.size) < 0.15
    A.texts(ctx, rng, t[pre] - 600, cards.msisdn[e[pre]], tgt[pre], tx, aimei=phones[slot[e[pre]]], acell=den)
    res, dur, hooked = g.dial(t, cards.msisdn[e], tgt, aimei=phones[slot[e]], aimsi=cards.imsi[e], acell=den,
                              p_ans=0.5, hang=20, hook=0.03, hooked_dur=420)
    v, tv, cv = g.hooked_victims(tgt, t, hooked, cards.msisdn[e])
    runners = g.members(3, np.array([W.RIDX["HAMI"], W.RIDX["URC-TS"], W.RIDX["TRP"]]))
    cash = rng.random(v.size) < 0.6
    pop, money = ctx.pop, ctx.money
    vc, tc = v[cash], tv[cash] + rng.integers(3600, 3 * 3600, int(cash.sum()))
    bank = rng.choice(len(K.BANKS), vc.size, p=K.BANK_W)
    to = money.cash[bank, pop.creg[vc]]
    amt = np.round(rng.uniform(10000, 50000, vc.size), -3)
    ok = tc < W.END
    for i in np.flatnonzero(ok).tolist():
        g.pay([vc[i]], [tc[i] - 60], [[float(amt[i])]], [to[i]], channel=S.COUNTER, ini=None, spacing=(0, 0.02),
              report=0.5, callers=[cv[cash][i]], via_mules=False, report_account=False)
    r = np.argmin(np.abs(np.array([W.RIDX["HAMI"], W.RIDX["URC-TS"], W.RIDX["TRP"]])[None, :] - pop.creg[vc][:, None]),
                  axis=1)
    tr = tc + rng.integers(1800, 5400, vc.size)
    ok2 = tr < W.END
    home = pop.home[pop.person[vc]]
    A.device(ctx, tr[ok2], runners.msisdn[r[ok2]], runners.imsi[r[ok2]], runners.imei[r[ok2]], home[ok2], S.LOCUP)
    A.calls(ctx, rng, tr[ok2] + 120, runners.msisdn[r[ok2]], vc[ok2], aimei=runners.imei[r[ok2]],
            aimsi=runners.imsi[r[ok2]], acell=home[ok2], answer=0.95, median=25)
    vt = v[~cash]
    g.pay(vt, tv[~cash] + 2 * 3600, [[float(np.round(rng.uniform(8000, 30000), -3))] for _ in range(vt.size)],
          mules.assign("G16", 3), channel=S.COUNTER, ini=None, report=0.5, callers=cv[~cash])
    g.label("msisdn", cards.msisdn, "fraud_caller", tin)
    g.label("imei", phones, "fraud_caller")
    for i in np.flatnonzero(rng.random(slot.size) < 0.25).tolist():
        ctx.sink.status[int(cards.msisdn[i])] = ("suspended", int(tout[i]) + int(rng.integers(3600, 20 * 3600)))
    return g


def antifraud(ctx: A.Ctx, gangs: list[Gang]) -> None:
    """The province's anti-fraud centre rings and texts people who were just in contact with fraud (96110 and
    12381): benign lines that call hundreds of strangers, most of them right after a fraud number did."""
    rng = ctx.rng("antifraud")
    contacted = np.unique(np.concatenate([np.concatenate(g.contacted) for g in gangs if g.contacted]))
    victims = np.array(sorted({v for g in gangs for v in g.victims}), np.int64)
    lines = A.new_cards(ctx, rng, 4, W.RIDX["URC-TS"], line="fixed", cust="enterprise")
    ctx.sink.label("msisdn", lines.msisdn, "benign", "", "lookalike:antifraud_96110_callback", W.T0)
    pick = contacted[rng.random(contacted.size) < 0.18]
    pick = np.concatenate([pick, victims[rng.random(victims.size) < 0.5]])
    t = W.times(rng, rng.integers(0, W.DAYS, pick.size), "business")
    A.calls(ctx, rng, t, lines.msisdn[rng.integers(0, 4, pick.size)], pick, ctype=S.FIX, answer=0.6, median=150)
    sms = contacted[rng.random(contacted.size) < 0.3]
    tx = ctx.sink.cat["text"].add(X.GOV["antifraud"])
    A.texts(ctx, rng, W.times(rng, rng.integers(0, W.DAYS, sms.size), "day"), 12381, sms, tx)
    ctx.sink.label("msisdn", [12381], "benign", "", "lookalike:antifraud_12381_warning", W.T0)
