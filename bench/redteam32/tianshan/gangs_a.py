"""Gangs G01, G02, G04-G08 (G03 and G14 are the card market and the mule network in ``market``)."""

from __future__ import annotations

import numpy as np

from . import actors as A
from . import catalog as K
from . import sink as S
from . import texts as X
from . import world as W
from .fraud import Gang, events_in, rotate


def _sub(rng, apex: str, n: int) -> list[str]:
    letters = np.array(list("abcdefghjkmnpqrstuvwxyz23456789"))
    return ["".join(letters[rng.integers(0, letters.size, 6)]) + "." + apex for _ in range(n)]


def g01_goip_subsidy(ctx: A.Ctx, market, mules) -> Gang:
    """A GoIP den in a Midong urban-village rental: three 8-port gateways, cards from the Aksu market swapped
    every one to three days, calling cotton farmers about a 'failed' target-price subsidy payment on Xinjiang
    office hours, texting a link to a fresh subdomain per victim."""
    g = Gang(ctx, "G01", "goip_cotton_subsidy", "other", market, mules)
    rng = g.rng
    den = ctx.cells.named("URC-MD", "Gumudi")[0]
    ports = 24
    imeis = ctx.nums.imei(ports, [86140203], consecutive=8)
    slot, ci, tin, tout = rotate(rng, ports, 400, (1.0, 3.0), start=0, end=13, gap=(0.02, 0.4))
    o = np.argsort(tin, kind="stable")
    slot, tin, tout = slot[o], tin[o], tout[o]
    cards = market.supply(slot.size)
    tin = np.maximum(tin, cards.open_t + 3 * W.DAY)
    keep = tin < tout
    slot, tin, tout = slot[keep], tin[keep], tout[keep]
    msisdn, imsi = cards.msisdn[keep], cards.imsi[keep]
    port_imei = imeis[slot]
    keeper = g.members(2, np.array([W.RIDX["URC-MD"], W.RIDX["URC-XS"]]))
    # warm-up (养卡): a day or three before a card goes into a gateway it spends an hour in an ordinary phone at
    # the keeper's room, ringing the keeper and a couple of strangers and opening a data session
    warm = ctx.nums.imei(2)
    tw = tin - rng.integers(W.DAY, 3 * W.DAY, tin.size) + rng.integers(0, 3600, tin.size)
    ok = tw >= W.T0
    wcell = ctx.cells.named("URC-MD", "Sangong")[0]
    wi = warm[np.arange(tin.size) % 2][ok]
    A.device(ctx, tw[ok], msisdn[ok], imsi[ok], wi, wcell, S.ATTACH)
    A.device(ctx, tw[ok] + 300, msisdn[ok], imsi[ok], wi, wcell, S.DATA, byt=rng.integers(10**5, 3 * 10**6, int(ok.sum())))
    A.calls(ctx, rng, tw[ok] + 600, msisdn[ok], -1, np.full(int(ok.sum()), keeper.msisdn[0]), aimei=wi, aimsi=imsi[ok],
            acell=wcell, answer=0.9, median=35)
    A.calls(ctx, rng, tw[ok] + 1500, msisdn[ok], ctx.draw(rng, "any", int(ok.sum()), W.RIDX["URC-MD"], 0.7), aimei=wi,
            aimsi=imsi[ok], acell=wcell, answer=0.7, median=40)
    A.device(ctx, tw[ok] + 3000, msisdn[ok], imsi[ok], wi, wcell, S.DETACH)
    g.label("imei", warm, "gang_member")
    A.device(ctx, tin, msisdn, imsi, port_imei, den, S.ATTACH)
    A.device(ctx, tout, msisdn, imsi, port_imei, den, S.DETACH)
    e, t = events_in(rng, tin, tout, 95, "business")
    n = e.size
    farmers = ctx.draw(rng, "farmer", n)
    rural = ctx.draw(rng, "rural", n)
    tgt = np.where(rng.random(n) < 0.8, farmers, rural)
    # number-segment scanning: neighbours of farmers' numbers, mostly unassigned
    scan = rng.random(n) < 0.12
    scanned = ctx.pop.msisdn[tgt] + rng.integers(-40, 40, n)
    known = np.isin(scanned, ctx.pop.msisdn)
    b_cards = np.where(scan, -1, tgt)
    b_num = np.where(scan, scanned, 0)
    ring = np.where(scan & ~known, rng.integers(0, 3, n), rng.integers(3, 40, n))
    res, dur, hooked = g.dial(t, msisdn[e], b_cards, b_num=b_num, aimei=port_imei[e], aimsi=imsi[e], acell=den,
                              p_ans=0.3, hang=12, hook=0.006, hooked_dur=800, ring=ring)
    v, tv, cv = g.hooked_victims(b_cards, t, hooked, msisdn[e])
    # texts from the same port: lures to farmers, and the victim's personal link during the call
    k = rng.poisson(18 * (tout - tin) / W.DAY)
    es = np.repeat(np.arange(tin.size), k)
    ts = np.clip(tin[es] + (rng.random(es.size) * (tout - tin)[es]).astype(np.int64), tin[es], tout[es])
    subs = _sub(rng, "nybtzf.top", 60) + _sub(rng, "btzf-xj.cn", 30)
    lures = X.variants(rng, X.LURES["G01"][0], [["1280", "1865", "2430", "3120"], ["https://" + s for s in subs]], 40)
    lures += X.variants(rng, X.LURES["G01"][1], [["https://" + s for s in subs], ["1680", "2260"]], 20)
    tx = ctx.sink.cat["text"].many(lures)
    A.texts(ctx, rng, ts, msisdn[es], ctx.draw(rng, "farmer", es.size), tx[rng.integers(0, tx.size, es.size)],
            aimei=port_imei[es], acell=den)
    doms = _sub(rng, "nybtzf.top", v.size)
    vt = ctx.sink.cat["text"].many([X.LURES["G01"][0].format("2430", "https://" + d) for d in doms])
    A.texts(ctx, rng, tv + 60, cv, v, vt, aimei=0, acell=den)
    g.visit(v, tv + 90, doms, "hk")
    pay = rng.random(v.size) < 0.65
    accts = mules.assign("G01", 8)
    g.pay(v[pay], tv[pay], [g.amounts((1, 2), rng.uniform(2000, 15000), 1.8) for _ in range(int(pay.sum()))], accts,
          spacing=(0.1, 1.5), callers=cv[pay])
    # the den keeper sits with the gateways; the boss rings him every day
    d = np.arange(13)
    A.device(ctx, W.T0 + d * W.DAY + 10 * 3600 + rng.integers(0, 3600, 13), keeper.msisdn[0], keeper.imsi[0],
             keeper.imei[0], den, S.DATA, byt=rng.integers(10**6, 10**8, 13))
    A.calls(ctx, rng, W.T0 + d * W.DAY + 21 * 3600 + rng.integers(0, 3600, 13), keeper.msisdn[1], -1,
            np.full(13, keeper.msisdn[0]), aimei=keeper.imei[1], aimsi=keeper.imsi[1], acell=keeper.home[1],
            answer=.95, median=120)
    g.label("msisdn", msisdn, "simbox_sim", tin)
    g.label("msisdn", cards.msisdn[~keep], "simbox_sim", cards.open_t[~keep])
    for i in np.flatnonzero(rng.random(tin.size) < 0.12).tolist():
        if tout[i] < W.END - W.DAY:
            ctx.sink.status[int(msisdn[i])] = ("suspended", int(tout[i]) + int(rng.integers(1800, 12 * 3600)))
    g.label("imei", imeis, "simbox_device")
    g.label("domain", sorted(set(doms) | {"nybtzf.top", "btzf-xj.cn"} | set(subs)), "fraud_domain")
    ctx.sink.report(W.T0 - 20 * W.DAY, "imei", imeis[3], "fraud", "other", None, "police")
    ctx.sink.lists.append(("domain", "btzf-xj.com", "block", "cotton subsidy phishing (September)", W.T0 - 25 * W.DAY,
                           None))
    return g


def g02_harvester_deposit(ctx: A.Ctx, market, mules) -> Gang:
    """Fake cotton-picking-machine owners: six men in Korla's cotton counties, each on a phone with a market card
    swapped at mid-window, advertising on Douyin and Kuaishou and calling farmers to 'book' a machine for a
    deposit; after paying, the farmers' calls go unanswered."""
    g = Gang(ctx, "G02", "harvester_booking_deposit", "other", market, mules)
    rng = g.rng
    callers = 6
    phones = ctx.nums.imei(callers)
    cards = market.supply(callers * 2)
    regs = np.array([W.RIDX[c] for c in ("KRL", "YL", "LT", "XYR", "KQA")])
    half = W.T0 + 7 * W.DAY + rng.integers(-W.DAY, W.DAY, callers)
    tin = np.concatenate([np.maximum(W.T0, cards.open_t[:callers] + 2 * W.DAY), half])
    tout = np.concatenate([half - 3600, np.full(callers, W.END - 1)])
    ph = np.tile(np.arange(callers), 2)
    m, imsi = cards.msisdn, cards.imsi
    e, t = events_in(rng, tin, tout, 28, "field")
    cell = ctx.cells.pick(rng, regs[rng.integers(0, regs.size, e.size)])
    tgt = ctx.draw(rng, "farmer", e.size, regs[rng.integers(0, regs.size, e.size)], 0.85)
    res, dur, hooked = g.dial(t, m[e], tgt, aimei=phones[ph[e]], aimsi=imsi[e], acell=cell, p_ans=0.72, hang=55,
                              hook=0.03, hooked_dur=220)
    v, tv, cv = g.hooked_victims(tgt, t, hooked, m[e])
    # location and data on the move; Douyin/Kuaishou ads
    k = rng.poisson(5 * (tout - tin) / W.DAY)
    el = np.repeat(np.arange(tin.size), k)
    tl = tin[el] + (rng.random(el.size) * (tout - tin)[el]).astype(np.int64)
    A.device(ctx, tl, m[el], imsi[el], phones[ph[el]], ctx.cells.pick(rng, regs[rng.integers(0, regs.size, el.size)]),
             S.DATA, byt=rng.integers(10**5, 5 * 10**7, el.size))
    A.device(ctx, tin, m, imsi, phones[ph], ctx.cells.pick(rng, regs[rng.integers(0, regs.size, tin.size)]), S.ATTACH)
    for plat in ("douyin", "kuaishou"):
        A.register_accounts(ctx, rng, m, plat, np.maximum(tin - rng.integers(3600, 5 * W.DAY, m.size), cards.open_t + 600))
    accts = g.accounts(6)
    deposit = [[float(np.round(rng.uniform(1500, 6000), -2))] + ([float(np.round(rng.uniform(500, 1500), -2))]
                                                                 if rng.random() < 0.3 else []) for _ in range(v.size)]
    g.pay(v, tv, deposit, accts, spacing=(0.2, 6), report=0.4, callers=cv, via_mules=False)
    conf = ctx.sink.cat["text"].add("定金收到，机器按约定时间到地头，放心")
    A.texts(ctx, rng, tv + 5 * 3600, cv, v, conf)
    # after paying: the farmers call back for days and nobody answers
    k = rng.integers(2, 6, v.size)
    ev = np.repeat(np.arange(v.size), k)
    tc = tv[ev] + rng.integers(W.DAY, 4 * W.DAY, ev.size)
    ok = tc < W.END
    ev, tc = ev[ok], tc[ok]
    cc, cr = ctx.pop.where(v[ev], tc)
    ctx.sink.add("voice", t=tc, a=ctx.pop.msisdn[v[ev]], b=cv[ev], dur=0, ring=rng.integers(20, 50, ev.size),
                 res=np.where(rng.random(ev.size) < 0.6, S.NOANS, S.REJ), aimei=ctx.pop.imei[v[ev]],
                 aimsi=ctx.pop.imsi[v[ev]], acell=np.where(cr >= 0, -1, cc), roam=cr)
    g.label("msisdn", m, "fraud_caller", tin)
    g.label("imei", phones, "fraud_caller")
    return g


def g04_smscat_pension(ctx: A.Ctx, market, mules) -> Gang:
    """An 8-port SMS cat in a van touring Urumqi, Changji, Hutubi and Wujiaqu before and after Chongyang with
    'elderly subsidy' and 'pension certification' links; cards bought in Hami and Turpan swapped daily; people who
    type their card details on the site are emptied by the gang's own phones."""
    g = Gang(ctx, "G04", "smscat_chongyang_pension", "other", market, mules)
    rng = g.rng
    ports = 8
    imeis = ctx.nums.imei(ports, [35847507], consecutive=8)
    days = [2, 3, 4, 5, 6, 9, 10, 11]
    cards = g.fresh_cards(ports * len(days), np.array([W.RIDX["HAMI"], W.RIDX["TRP"]])[rng.integers(0, 2, ports * len(days))],
                          per_id=4, opened=(10, 50))
    route = np.array([W.RIDX[c] for c in ("URC-SY", "URC-TS", "URC-XS", "CJ", "HTB", "WJQ", "URC-MD", "URC-SM")])
    apex = ["jlbt-rs.top", "yljrz.cc"]
    all_doms = []
    thieves = g.members(2, W.RIDX["URC-TT"])
    for di, d in enumerate(days):
        c = np.arange(ports) + di * ports
        hours = np.arange(11, 19)
        stops = route[(np.arange(hours.size) + di) % route.size]
        stop_cell = np.array([ctx.cells.pick(rng, r) for r in stops.tolist()])
        t_on = W.T0 + d * W.DAY + 11 * 3600 - rng.integers(60, 600, ports)
        A.device(ctx, t_on, cards.msisdn[c], cards.imsi[c], imeis, stop_cell[0], S.ATTACH)
        for hi, h in enumerate(hours.tolist()):
            th = W.T0 + d * W.DAY + h * 3600
            A.device(ctx, th + rng.integers(0, 120, ports), cards.msisdn[c], cards.imsi[c], imeis, stop_cell[hi],
                     S.LOCUP)
            k = rng.poisson(52, ports)
            p = np.repeat(np.arange(ports), k)
            ts = th + rng.integers(0, 3600, p.size)
            tgt = np.where(rng.random(p.size) < 0.6, ctx.draw(rng, "elder", p.size, stops[hi], 0.7),
                           ctx.draw(rng, "any", p.size, stops[hi], 0.7))
            doms = _sub(rng, apex[di % 2], 3)
            all_doms += doms
            tpl = X.LURES["G04"]
            msgs = [tpl[0].format("https://" + doms[0]), tpl[1].format("https://" + doms[1]),
                    tpl[2].format(rng.choice(["300", "500", "800"]), "https://" + doms[2])]
            mi = rng.integers(0, 3, p.size)
            tx = ctx.sink.cat["text"].many(msgs)
            A.texts(ctx, rng, ts, cards.msisdn[c[p]], tgt, tx[mi], aimei=imeis[p], acell=stop_cell[hi])
            g.contacted.append(tgt)
            click = rng.random(p.size) < np.where(ctx.pop.age[ctx.pop.person[tgt]] >= 60, 0.005, 0.0015)
            if click.any():
                v, tv, _ = g.hooked_victims(tgt, ts, click, cards.msisdn[c[p]])
                if v.size:
                    dv = [doms[int(x)] for x in rng.integers(0, 3, v.size).tolist()]
                    g.visit(v, tv + rng.integers(60, 3 * 3600, v.size), dv, "sea", paths=("/", "/rz", "/bt", "/card"))
                    take = rng.random(v.size) < 0.55
                    if take.any():
                        who = rng.integers(0, 2, int(take.sum()))
                        g.pay(v[take], tv[take] + 3600, [g.amounts((1, 3), rng.uniform(1500, 9000), 1.3)
                                                        for _ in range(int(take.sum()))],
                              mules.assign(f"G04-{d}-{h}", 3), channel=S.THIRD, ini=thieves.msisdn[who],
                              spacing=(0.05, 0.5), report=0.3)
        A.device(ctx, W.T0 + d * W.DAY + 19 * 3600 + rng.integers(0, 900, ports), cards.msisdn[c], cards.imsi[c], imeis,
                 stop_cell[-1], S.DETACH)
    g.label("msisdn", cards.msisdn, "fraud_sms_sender", W.T0 + np.repeat(np.array(days), ports) * W.DAY)
    g.label("imei", imeis, "simbox_device")
    g.label("domain", sorted(set(all_doms) | set(apex)), "fraud_domain")
    return g


def g05_roaming_police(ctx: A.Ctx, market, mules) -> Gang:
    """Fake police and procuratorate from Dubai: ten Urumqi cards roaming in the UAE, calling on Dubai's working
    day (Xinjiang's afternoon and evening), video calls with a 'warrant', a fake safety app, a meeting app for the
    'secret room', and transfers to a 'safe account' in several tranches."""
    g = Gang(ctx, "G05", "roaming_fake_police_dubai", "impersonate_police", market, mules)
    rng = g.rng
    n = 10
    cards = g.fresh_cards(n, W.URUMQI[rng.integers(0, W.URUMQI.size, n)], per_id=2, opened=(25, 45))
    ae = W.CIDX["AE"]
    phones = ctx.nums.imei(n)
    start = rng.integers(0, 3, n)
    A.device(ctx, W.T0 + start * W.DAY + rng.integers(3600, 5 * 3600, n), cards.msisdn, cards.imsi, phones, -1, S.ATTACH, ae)
    act = np.zeros((n, W.DAYS))
    for i in range(n):
        act[i, start[i]:] = 1
    act[:, [4, 11]] = 0                                  # Fridays off in Dubai
    e, d = A.poisson_days(rng, np.full(n, 1.0), act)
    A.device(ctx, W.times(rng, d, "dubai"), cards.msisdn[e], cards.imsi[e], phones[e], -1, S.LOCUP, ae)
    e, d = A.poisson_days(rng, np.full(n, 6.0), act)
    A.device(ctx, W.times(rng, d, "dubai"), cards.msisdn[e], cards.imsi[e], phones[e], -1, S.DATA, ae,
             rng.integers(10**5, 10**8, e.size))
    e, d = A.poisson_days(rng, np.full(n, 34.0), act)
    t = W.times(rng, d, "dubai")
    tgt = np.where(rng.random(e.size) < 0.5, ctx.draw(rng, "young", e.size), ctx.draw(rng, "adult", e.size))
    res, dur, hooked = g.dial(t, cards.msisdn[e], tgt, aimei=phones[e], aimsi=cards.imsi[e], roam=ae, p_ans=0.28,
                              hang=22, hook=0.013, hooked_dur=2400)
    v, tv, cv = g.hooked_victims(tgt, t, hooked, cards.msisdn[e])
    ci = np.searchsorted(cards.msisdn, cv) if np.all(np.diff(cards.msisdn) > 0) else np.array(
        [int(np.flatnonzero(cards.msisdn == x)[0]) for x in cv.tolist()], np.int64)
    g.followups(v, tv, cv, imei=phones[ci], imsi=cards.imsi[ci], roam=ae, n=(3, 8), gap=(0.5, 10), median=2400,
                video=0.5, callback=0.2)
    g.visit(v, tv + 1200, ["www.aqjc-gov.net"], "sea", paths=("/tongji", "/ajcx", "/", "/zfb"))
    g.install(v, tv + 1800, "com.gaj.anquan", "https://www.aqjc-gov.net/download/aq.apk")
    g.install(v, tv + 2400, "com.tencent.wemeet.app", K.APP_STORES[0].format("com.tencent.wemeet.app"))
    pay = rng.random(v.size) < 0.7
    counter = rng.random(int(pay.sum())) < 0.3
    accts = np.concatenate([mules.assign("G05", 6), mules.l2[:4]])
    g.pay(v[pay], tv[pay], [g.amounts((2, 4), rng.uniform(20000, 60000), 1.4, 4e5) for _ in range(int(pay.sum()))],
          accts, channel=np.where(counter, S.COUNTER, S.APP_CH), spacing=(1, 16), report=0.5, callers=cv[pay])
    g.label("msisdn", cards.msisdn, "fraud_caller")
    g.label("imei", phones, "fraud_caller")
    g.label("domain", ["www.aqjc-gov.net", "aqjc-gov.net"], "fraud_domain")
    g.label("app", ["com.gaj.anquan"], "fraud_app")
    return g


def g06_aiface_boss(ctx: A.Ctx, market, mules) -> Gang:
    """AI face-swap 'bosses': a one-shot market card per attack, a WeChat account registered the day before,
    a 40-90 s video call with a ginnery or cooperative boss's face to its accountant, a text and a short voice
    call, then the company account pays an urgent 'seed-cotton advance'. One handset serves every card."""
    g = Gang(ctx, "G06", "aiface_boss_cotton_advance", "acquaintance", market, mules)
    rng = g.rng
    attacks = 12
    cards = market.supply(attacks)
    handsets = ctx.nums.imei(2)
    accountants = ctx.draw(rng, "accountant", attacks)
    day = np.sort(rng.integers(1, 13, attacks))
    t = W.T0 + day * W.DAY + rng.integers(10 * 3600, 18 * 3600, attacks)
    t = np.maximum(t, cards.open_t + 2 * W.DAY)
    hs = np.arange(attacks) % 2
    cell = ctx.cells.pick(rng, W.RIDX["KSG"], attacks)
    A.register_accounts(ctx, rng, cards.msisdn, "wechat", t - rng.integers(W.DAY // 2, 2 * W.DAY, attacks))
    A.device(ctx, t - 600, cards.msisdn, cards.imsi, handsets[hs], cell, S.ATTACH)
    ok = rng.random(attacks) < 0.55
    res = np.where(rng.random(attacks) < 0.9, S.ANS, S.NOANS)
    dur = np.where(res == S.ANS, rng.integers(40, 90, attacks), 0)
    A.calls(ctx, rng, t, cards.msisdn, accountants, aimei=handsets[hs], aimsi=cards.imsi, acell=cell, video=1.0,
            res=res, dur=dur, ring=rng.integers(3, 12, attacks))
    g.contacted.append(accountants)
    tx = ctx.sink.cat["text"].add("我在开会不方便说话，马上把籽棉预付款转到这个账户，急")
    A.texts(ctx, rng, t + rng.integers(120, 600, attacks), cards.msisdn, accountants, tx, aimei=handsets[hs], acell=cell)
    A.calls(ctx, rng, t + rng.integers(700, 1500, attacks), cards.msisdn, accountants, aimei=handsets[hs],
            aimsi=cards.imsi, acell=cell, answer=0.95, median=45)
    A.device(ctx, t + 3600, cards.msisdn, cards.imsi, handsets[hs], cell, S.POFF)
    v = accountants[ok & (res == S.ANS)]
    tv = t[ok & (res == S.ANS)]
    for x, y in zip(v.tolist(), tv.tolist(), strict=True):
        g.victims[x] = y
    company = A.new_accounts(ctx, rng, np.array([f"bl{int(z):016x}" for z in rng.integers(0, 2**62, v.size)],
                                                dtype=object), ctx.pop.msisdn[v], bank="Bank of Urumqi")
    g.pay(v, tv + 900, [[float(np.round(rng.uniform(80000, 480000), -3))] + ([float(np.round(rng.uniform(50000, 150000), -3))]
                                                                          if rng.random() < 0.3 else [])
                        for _ in range(v.size)],
          np.concatenate([mules.co, mules.l2[4:8]]), frm=company, spacing=(0.2, 1.0), report=0.7,
          callers=cards.msisdn[ok & (res == S.ANS)])
    g.label("msisdn", cards.msisdn, "fraud_caller", t)
    g.label("imei", handsets, "fraud_caller")
    return g


def g07_pig_butcher(ctx: A.Ctx, market, mules) -> Gang:
    """Pig-butchering: four 'persona' cards roaming in Malaysia, groomed since September on a dating app, talk for
    an hour late every evening with a couple of dozen divorced and middle-aged people, who deposit ever more on a
    fake Aksu-apple and cotton futures app after a small 'profit' comes back."""
    g = Gang(ctx, "G07", "pig_butcher_agri_futures", "investment", market, mules)
    rng = g.rng
    n = 4
    cards = g.fresh_cards(n, np.array([W.RIDX["URC-SY"], W.RIDX["KRY"], W.RIDX["URC-TS"], W.RIDX["CJ"]]), per_id=1,
                          opened=(60, 130))
    phones = ctx.nums.imei(n)
    my = W.CIDX["MY"]
    A.device(ctx, W.T0 + rng.integers(0, 7200, n), cards.msisdn, cards.imsi, phones, -1, S.ATTACH, my)
    victims = ctx.draw(rng, "middle", 26, W.regions_of(W.URBAN)[rng.integers(0, 8, 26)], 0.8)
    victims = np.unique(victims)
    owner = np.arange(victims.size) % n
    # nightly long calls, both directions
    act = np.ones((victims.size, W.DAYS))
    e, d = A.poisson_days(rng, np.full(victims.size, 0.9), act)
    t = W.times(rng, d, "late")
    back = rng.random(e.size) < 0.4
    res, dur, ring = A.ring_and_duration(rng, e.size, 0.92, 2400, 0.5)
    vc, vr = ctx.pop.where(victims[e], t)
    ctx.sink.add("voice", t=t, a=np.where(back, ctx.pop.msisdn[victims[e]], cards.msisdn[owner[e]]),
                 b=np.where(back, cards.msisdn[owner[e]], ctx.pop.msisdn[victims[e]]), dur=dur, ring=ring, res=res,
                 aimei=np.where(back, ctx.pop.imei[victims[e]], phones[owner[e]]),
                 aimsi=np.where(back, ctx.pop.imsi[victims[e]], cards.imsi[owner[e]]),
                 acell=np.where(back, np.where(vr >= 0, -1, vc), -1), bcell=np.where(back, -1, np.where(vr >= 0, -1, vc)),
                 roam=np.where(back, vr, my))
    tx = ctx.sink.cat["text"].many(["早安，今天也要开心", "晚上视频吗", "我这边刚收盘，今天又赚了", "相信我，这波行情不会错"])
    e, d = A.poisson_days(rng, np.full(victims.size, 0.6), act)
    A.texts(ctx, rng, W.times(rng, d, "evening"), cards.msisdn[owner[e]], victims[e],
            tx[rng.integers(0, tx.size, e.size)], aimei=phones[owner[e]], roam=my)
    e, d = A.poisson_days(rng, np.full(n, 5.0), np.ones((n, W.DAYS)))
    A.device(ctx, W.times(rng, d, "late"), cards.msisdn[e], cards.imsi[e], phones[e], -1, S.DATA, my,
             rng.integers(10**6, 10**8, e.size))
    # the platform
    t_in = W.T0 + rng.integers(0, 6, victims.size) * W.DAY + rng.integers(20 * 3600, 24 * 3600, victims.size)
    g.install(victims, t_in, "com.tsxg.qihuo", "https://dl.tsxg-qh.com/app/tsxg.apk", uses=(8, 20))
    e, d = A.poisson_days(rng, np.full(victims.size, 1.2), act)
    A.web(ctx, rng, W.times(rng, d, "late"), ctx.pop.msisdn[victims[e]], ["www.tsxg-qh.com", "api.tsxg-qh.com"],
          host="hk", url_paths=["/market", "/account", "/deposit", "/withdraw"])
    for x, y in zip(victims.tolist(), t_in.tolist(), strict=True):
        g.victims[x] = y
    accts = np.concatenate([g.accounts(8), mules.assign("G07", 4)])
    rebate = g.accounts(1)
    ok = rng.random(victims.size) < 0.85
    t_r = t_in[ok] + rng.integers(W.DAY, 3 * W.DAY, int(ok.sum()))
    okr = t_r < W.END
    ctx.money.add(t_r[okr], np.full(int(okr.sum()), rebate[0]), ctx.pop.acct[ctx.pop.person[victims[ok][okr]]],
                  np.round(rng.uniform(300, 2000, int(okr.sum())), 2), S.APP_CH)
    g.pay(victims[ok], t_in[ok] + 3600, [g.amounts((3, 7), rng.uniform(3000, 10000), 1.8, 3e5)
                                        for _ in range(int(ok.sum()))], accts, spacing=(10, 60), report=0.15,
          callers=cards.msisdn[owner[ok]])
    g.label("msisdn", cards.msisdn, "fraud_caller")
    g.label("imei", phones, "fraud_caller")
    g.label("domain", ["www.tsxg-qh.com", "api.tsxg-qh.com", "dl.tsxg-qh.com", "tsxg-qh.com"], "fraud_domain")
    g.label("app", ["com.tsxg.qihuo"], "fraud_app")
    return g


def g08_loan_sms(ctx: A.Ctx, market, mules) -> Gang:
    """Wage-advance loans for cotton pickers, spread thin: forty cards on twenty bought IDs, five to a phone in a
    Shihezi rental, each sending only thirty-odd texts a day on its day; pickers who install the app pay
    'unfreeze' and 'credit' fees and are called once to hurry them."""
    g = Gang(ctx, "G08", "loan_sms_pickers_wage_advance", "loan", market, mules)
    rng = g.rng
    phones = 8
    cards = g.fresh_cards(phones * 5, np.array([W.RIDX[c] for c in ("SHZ", "KUY", "WS")])[rng.integers(0, 3, 40)],
                          per_id=2, opened=(5, 25))
    imeis = ctx.nums.imei(phones)
    room = ctx.cells.named("SHZ", "Beiquan")[0]
    apex = ["jsh88.vip", "jinsuihua-dai.cc"]
    msgs = []
    for a in apex:
        msgs += [X.LURES["G08"][0].format(f"https://{a}/s/{int(rng.integers(1000, 9999))}") for _ in range(10)]
        msgs += [X.LURES["G08"][1].format(rng.choice(["8000", "20000", "50000"]), f"https://{a}/app") for _ in range(4)]
        msgs += [X.LURES["G08"][2].format(f"https://{a}/go") for _ in range(3)]
    tx = ctx.sink.cat["text"].many(msgs)
    rows_t, rows_c, rows_p = [], [], []
    for d in range(W.DAYS):
        c = np.arange(phones) * 5 + d % 5
        tin = W.T0 + d * W.DAY + 11 * 3600 + rng.integers(0, 1800, phones)
        tout = W.T0 + d * W.DAY + 20 * 3600 + rng.integers(0, 1800, phones)
        A.device(ctx, tin, cards.msisdn[c], cards.imsi[c], imeis, room, S.ATTACH)
        A.device(ctx, tout, cards.msisdn[c], cards.imsi[c], imeis, room, S.DETACH)
        k = rng.poisson(34, phones)
        p = np.repeat(np.arange(phones), k)
        rows_t.append(tin[p] + (rng.random(p.size) * (tout - tin)[p]).astype(np.int64))
        rows_c.append(c[p])
        rows_p.append(p)
    t = np.concatenate(rows_t)
    c = np.concatenate(rows_c)
    p = np.concatenate(rows_p)
    tgt = np.where(rng.random(t.size) < 0.7, ctx.draw(rng, "picker", t.size), ctx.draw(rng, "young", t.size))
    A.texts(ctx, rng, t, cards.msisdn[c], tgt, tx[rng.integers(0, tx.size, t.size)], aimei=imeis[p], acell=room)
    g.contacted.append(tgt)
    click = rng.random(t.size) < np.where(ctx.pop.cseg[tgt] == 5, 0.012, 0.003)
    v, tv, cv = g.hooked_victims(tgt, t, click, cards.msisdn[c])
    tv = tv + rng.integers(300, 6 * 3600, v.size)
    g.visit(v, tv, [apex[int(i)] for i in rng.integers(0, 2, v.size)], "sea", paths=("/app", "/go", "/s/apply"))
    inst = rng.random(v.size) < 0.75
    g.install(v[inst], tv[inst] + 600, "com.jinsuihua.dai", f"https://{apex[0]}/d/jsh.apk")
    A.register_accounts(ctx, rng, ctx.pop.msisdn[v[inst]], "jinsuihua", tv[inst] + 900)
    vi = v[inst]
    ci = np.array([int(np.flatnonzero(cards.msisdn == x)[0]) for x in cv[inst].tolist()], np.int64)
    res, dur, ring = A.ring_and_duration(rng, vi.size, 0.85, 240, 0.5)
    tcall = tv[inst] + rng.integers(3600, 8 * 3600, vi.size)
    A.calls(ctx, rng, tcall, cv[inst], vi, aimei=imeis[ci // 5], aimsi=cards.imsi[ci], acell=room, res=res, dur=dur,
            ring=ring)
    pay = rng.random(vi.size) < 0.7
    g.pay(vi[pay], tv[inst][pay] + 2 * 3600, [g.amounts((1, 4), rng.uniform(300, 1200), 1.7, 8000)
                                             for _ in range(int(pay.sum()))], mules.assign("G08", 6),
          spacing=(0.5, 20), report=0.25, callers=cv[inst][pay])
    g.label("msisdn", cards.msisdn, "fraud_sms_sender")
    g.label("imei", imeis, "fraud_sms_sender")
    g.label("domain", apex, "fraud_domain")
    g.label("app", ["com.jinsuihua.dai"], "fraud_app")
    return g
