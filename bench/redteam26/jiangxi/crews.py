"""The gangs (JX-G01..JX-G16 but G04 and G11, which are the card ring and the mule crew in ``gangs.py``).

Each function sets up one gang's cards, handsets, lines and sites, runs its contact campaign and walks its
hooked victims to payment. Parameters are written out in each function and in README.md.
"""

from __future__ import annotations

import numpy as np

from . import behave as B
from .catalog import GOIP_TAC, SMSCAT_TAC
from .core import DAY, HOUR, T0, b36str, imei_from, rank_within
from .gangs import ADULTS, CITY, Gang
from .world import (
    CAND,
    ELDER,
    FACTORY,
    FARMER,
    FIXED,
    MERCHANT,
    MIGRANT,
    MOBILE,
    PARENT,
    RETIREE,
    TEEN,
    UNI,
    VOIP,
    WORKER,
    YOUTH,
)


def days_in(w, days) -> list[int]:
    return [d for d in days if 0 <= d < w.days]


def active(w, n: int, days, p: float = 1.0, rng=None) -> np.ndarray:
    m = np.zeros((n, w.days), dtype=bool)
    for d in days_in(w, days):
        m[:, d] = True if rng is None else rng.random(n) < p
    return m


def codes(rng, n: int, width: int = 6) -> np.ndarray:
    return b36str(rng.integers(0, 2 ** 62, n).astype(np.uint64), width)


def landline(w, p) -> str:
    """A fixed or VoIP line as printed in a text: 0791-78252973."""
    s = str(w.num[p])[2:]
    return f"0{s[:3]}-{s[3:]}"


def own(w, p):
    p = np.asarray(p)
    return p[p < w.cap]


def lure(g: Gang, victims, t, domain, url, app=None, app_src=None, uses: int = 3) -> None:
    """Own victims open the gang's link and, if told to, install its app and keep using it."""
    w, rng = g.w, g.rng
    victims = np.asarray(victims, dtype=np.int64)
    t = np.asarray(t, dtype=np.int64)
    m = victims < w.cap
    v, tv = victims[m], t[m]
    if len(v) == 0:
        return
    B.web(w, v, tv, domain, url, rng=rng)
    B.web(w, v, tv + rng.integers(20, 300, len(v)), domain, url, rng=rng)
    if app:
        ti = tv + rng.integers(120, 1200, len(v))
        B.web(w, v, ti - 30, app_src.split("/")[2], app_src, rng=rng)
        B.apps(w, v, ti, app, "install", app_src)
        k = np.repeat(np.arange(len(v)), uses)
        B.apps(w, v[k], ti[k] + rng.integers(300, 2 * DAY, len(k)), app, "use")


# --------------------------------------------------------------------------------------------- JX-G01
def g01_score(ctx) -> None:
    """Fake admissions office: 'pay to raise the score / guaranteed place' calls to parents after the exam."""
    g = Gang(ctx, "JX-G01-scoreboost", "gaokao_score_raising", "other")
    w, rng = g.w, g.rng
    den = w.cells_in("Qingshanhu")[[5, 6]]
    lines = ctx.market.cards(5, T0 - 25 * DAY, T0 - 8 * DAY)
    w.home[lines] = den[np.arange(5) % 2]
    phones = w.handsets(rng, 3)
    w.imei[lines] = phones[np.array([0, 0, 1, 1, 2])]
    g.members(2, "NC", den=den)
    days = days_in(w, range(7, 13))
    pool = g.targets(6000, 0.65, personas=(PARENT,), off_cities=list(range(11)))
    calls = g.campaign(lines, active(w, 5, days), (55, 95), [(9, 12), (14, 18), (19, 21)], pool,
                       answer_p=0.42, talk_med=40, engage_p=0.07, engage_med=720, gap=(20, 80), redial_p=0.1)
    first = calls["t"].min() if len(calls["t"]) else T0
    g.label_lines(lines, "fraud_caller", first)
    for d in days:
        m = (calls["t"] >= T0 + d * DAY) & (calls["t"] < T0 + (d + 1) * DAY)
        B.device(w, np.unique(calls["caller"][m]), T0 + d * DAY + 8 * HOUR + rng.integers(1800, 3600, len(np.unique(calls["caller"][m]))), B.POWER_ON)
    v, line, th = g.hooked_victims(calls, 18)
    g.label_victims(v, th)
    dom = "jx-gkzs.com"
    code = codes(rng, len(v))
    url = B.cat("https://www.", dom, "/zs/?k=", code)
    ts = th + rng.integers(300, 900, len(v))
    B.sms(w, line, v, ts, B.cat("【招生办】家长您好，您孩子的高考提分及录取名额已登记，请登录 ", url, " 完成确认，名额有限，逾期作废。"))
    lure(g, v, ts + rng.integers(120, 3600, len(v)), "www." + dom, url)
    g.label("domain", [dom, "www." + dom], "fraud_domain", first)
    g.label("url", url, "fraud_url", ts)
    # follow-up the next day, then the deposit; a second 'admission fee' from the keenest
    tf = th + DAY + rng.integers(-2 * HOUR, 2 * HOUR, len(v))
    B.calls(w, rng, line, v, tf, B.talk(rng, len(v), 900, 0.4, 200, 3000))
    pay = rng.random(len(v)) < 0.65
    pv = v[pay]
    t1 = th[pay] + rng.integers(3 * HOUR, 20 * HOUR, len(pv))
    g.pay(pv, t1, np.round(rng.uniform(8000, 26000, len(pv)), -2), B.APP, line[pay], th[pay])
    again = rng.random(len(pv)) < 0.4
    g.pay(pv[again], tf[pay][again] + rng.integers(HOUR, 6 * HOUR, int(again.sum())),
          np.round(rng.uniform(10000, 38000, int(again.sum())), -2), B.APP, line[pay][again], th[pay][again])


# --------------------------------------------------------------------------------------------- JX-G02
def g02_aid(ctx) -> None:
    """Forged 'education bureau' student-aid (助学金) calls from VoIP lines dressed as Ji'an landlines."""
    g = Gang(ctx, "JX-G02-studentaid", "student_aid", "other")
    w, rng = g.w, g.rng
    shell = w.new_ids(1, "business_license")
    lines = w.add_lines(3, line=VOIP, city=CITY["JA"], ids=np.repeat(shell, 3), open_t=T0 - 62 * DAY + rng.integers(0, DAY, 3),
                        channel="JXJA-E012", enterprise=True, prepaid=0, rng=rng, imei=None)
    w.imei[lines] = 0
    gw = "GW-JA-SIP07"
    days = [d for d in days_in(w, range(2, 13)) if w.workday[d]]
    pool = g.targets(2400, 0.7, personas=(PARENT, FARMER, ELDER), cities=["GZ", "JA", "SR", "FZ"], rural=True,
                     off_cities=["GZ", "JA", "SR"])
    calls = g.campaign(lines, active(w, 3, days), (18, 32), [(9, 11.5), (14.5, 17)], pool, answer_p=0.5, talk_med=50,
                       engage_p=0.12, engage_med=700, gap=(40, 160), gateway=gw)
    first = calls["t"].min() if len(calls["t"]) else T0
    g.label_lines(lines, "fixed_voip_line", first)
    g.label("id_key", np.array(w.id_key, dtype=object)[shell], "shell_company", first)
    v, line, th = g.hooked_victims(calls, 12)
    g.label_victims(v, th)
    # the victim rings back to 'confirm' and is walked to an ATM
    tb = th + rng.integers(600, 3600, len(v))
    B.calls(w, rng, v, line, tb, B.talk(rng, len(v), 500, 0.4, 120, 2400))
    t1 = tb + rng.integers(1800, 3 * HOUR, len(v))
    g.pay(v, t1, np.round(rng.uniform(2000, 9800, len(v)), -1), B.ATM, line, th)
    again = rng.random(len(v)) < 0.3
    g.pay(v[again], t1[again] + DAY + rng.integers(0, 3 * HOUR, int(again.sum())),
          np.round(rng.uniform(3000, 9900, int(again.sum())), -1), B.ATM, line[again], th[again])


# --------------------------------------------------------------------------------------------- JX-G03
def g03_goip(ctx) -> None:
    """A GoIP den in Huangjin urban village (Ganzhou): two 16-port boxes, cards bought in villages, fake refunds."""
    g = Gang(ctx, "JX-G03-goip-huangjin", "goip_refund", "customer_service")
    w, rng = g.w, g.rng
    den = w.cells_in("Huangjin urban village")[:2]
    modules = imei_from(np.full(32, GOIP_TAC), int(rng.integers(100000, 900000)) + np.arange(32) * 3)
    g.members(3, "GZ", den=den)
    # rotation: each module takes a new card every 1-3 days; the second box works from 7 June
    plan = []  # (module, first day, last day)
    for m in range(32):
        d = 1 if m < 16 else 6
        while d < w.days:
            life = int(rng.integers(1, 4))
            if rng.random() < 0.8:
                plan.append((m, d, min(d + life, w.days) - 1))
            d += life
    if not plan:
        return
    plan = np.array(plan)
    sims = ctx.market.cards(len(plan), T0 - 40 * DAY, T0 - 3 * DAY, consecutive=bool(rng.random() < 0.5))
    w.imei[sims] = modules[plan[:, 0]]
    w.home[sims] = den[plan[:, 0] // 16]
    act = np.zeros((len(sims), w.days), dtype=bool)
    for i, (_, a, b) in enumerate(plan.tolist()):
        act[i, a: b + 1] = True
    # dial lists: two fifths local, others across the country, one in six unassigned numbers of our blocks (scans)
    n_pool = int(act.sum() * 60)
    pool = g.targets(n_pool, 0.3, personas=ADULTS)
    scan = rng.random(n_pool) < 0.16
    fake = w.add_offnet(np.array(sorted(set((8615400000000 + rng.integers(0, 10 ** 8, int(scan.sum()))).tolist())
                                        - w.used_numbers), dtype=np.int64), -1, 0)
    pool[np.flatnonzero(scan)[: len(fake)]] = fake
    calls = g.campaign(sims, act, (35, 60), [(9, 12), (13.5, 18), (19, 21)], pool, answer_p=0.22, talk_med=18,
                       engage_p=0.025, engage_med=900, gap=(10, 45), busy_p=0.04, reject_p=0.14, unassigned=fake)
    is_fake = np.isin(calls["callee"], fake)
    # power and attach when a card goes in, power-off when its life ends
    t_on = T0 + plan[:, 1] * DAY + 8 * HOUR + rng.integers(1800, 3500, len(sims))
    t_off = T0 + plan[:, 2] * DAY + 21 * HOUR + rng.integers(300, 1800, len(sims))
    g.den_device(sims, t_on, t_off, w.home[sims], imei=w.imei[sims])
    first_s = np.array([calls["t"][calls["caller"] == s].min() if (calls["caller"] == s).any() else t_on[i]
                        for i, s in enumerate(sims.tolist())])
    g.label_lines(sims, "simbox_sim", first_s, device_role=None)
    g.label("imei", modules[np.unique(plan[:, 0])], "simbox_device", int(t_on.min()))
    # a few missed callees ring back; the box does not pick up
    miss = np.flatnonzero((calls["res"] != B.ANSWERED) & (calls["callee"] < w.cap + w.n_off) & ~is_fake
                          & (rng.random(len(calls["t"])) < 0.03))
    B.calls(w, rng, calls["callee"][miss], calls["caller"][miss], calls["t"][miss] + rng.integers(120, 5400, len(miss)),
            0, np.where(rng.random(len(miss)) < 0.7, B.NO_ANSWER, B.REJECTED))
    v, line, th = g.hooked_victims(calls, 26)
    g.label_victims(v, th)
    dom, app_dom = "tkzx-kefu.cn", "xinyu-meet.com"
    lure(g, v, th + rng.integers(60, 600, len(v)), dom, B.cat("https://", dom, "/tk/", codes(rng, len(v))),
         app="com.xinyu.meeting", app_src="https://" + app_dom + "/download/xinyu.apk", uses=2)
    g.label("domain", [dom, app_dom], "fraud_domain", int(th.min()) if len(th) else T0)
    g.label("app", ["com.xinyu.meeting"], "fraud_app", int(th.min()) if len(th) else T0)
    pay = rng.random(len(v)) < 0.6
    pv = v[pay]
    t1 = th[pay] + rng.integers(900, 3600, len(pv))
    g.pay(pv, t1, np.round(rng.uniform(2000, 45000, len(pv)), 0), B.APP, line[pay], th[pay])
    again = rng.random(len(pv)) < 0.25
    g.pay(pv[again], t1[again] + rng.integers(1200, 2 * HOUR, int(again.sum())),
          np.round(rng.uniform(5000, 30000, int(again.sum())), 0), B.APP, line[pay][again], th[pay][again])


# --------------------------------------------------------------------------------------------- JX-G05
def g05_relay(ctx) -> None:
    """Two-phone relays in Yujiang villages: phone A takes a call from abroad, phone B dials the victim at once."""
    g = Gang(ctx, "JX-G05-relay-yujiang", "two_phone_relay", "impersonate_police")
    w, rng = g.w, g.rng
    ops = g.members(4, "YT", personas=(FARMER, YOUTH, MIGRANT, FACTORY), rural=True)
    if len(ops) == 0:
        return
    feeders = np.r_[w.new_intl(rng, 14, "KH"), w.new_intl(rng, 8, "MM"), w.new_intl(rng, 6, "PH")]
    g.label("msisdn", w.num[feeders], "overseas_line", T0)
    all_a, all_b, firsts = [], [], []
    targets = g.targets(20000, 0.6, personas=(ELDER, RETIREE, PARENT, WORKER, MERCHANT))
    tpos = 0
    hooked_all = []
    for o in ops.tolist():
        hand_a, hand_b = w.handsets(rng, 2, ("feature",))
        d = int(rng.integers(1, 3))
        while d < w.days:
            life = int(rng.integers(3, 5))
            dd = days_in(w, range(d, d + life))
            a, b = ctx.market.cards(2, T0 + (d - 6) * DAY, T0 + (d - 1) * DAY, consecutive=True, per_seller=(1, 1))
            w.home[[a, b]] = w.home[o]
            w.imei[a], w.imei[b] = hand_a, hand_b
            all_a.append(a)
            all_b.append(b)
            for day in dd:
                ns = int(rng.integers(10, 23))
                ta = T0 + day * DAY + np.sort(rng.integers(int(9.5 * HOUR), int(21.5 * HOUR), ns))
                ta = ta + np.arange(ns) * 60
                k = rng.integers(1, 5, ns)
                # B dials k numbers one after another while A holds the line
                si = np.repeat(np.arange(ns), k)
                nb = len(si)
                callee = targets[(tpos + np.arange(nb)) % len(targets)]
                tpos += nb
                res = B.outcomes(rng, nb, 0.35, 0.05, 0.1)
                dur = np.where(res == B.ANSWERED, B.talk(rng, nb, 30, 0.8, 3, 600), 0)
                hk = (res == B.ANSWERED) & (rng.random(nb) < 0.05)
                dur[hk] = B.talk(rng, int(hk.sum()), 1200, 0.5, 300, 3600)
                ring = np.where(res == B.ANSWERED, rng.integers(3, 12, nb), rng.integers(25, 45, nb))
                step = ring + dur + rng.integers(4, 12, nb)
                cs = np.cumsum(step)
                gstart = np.r_[0, np.flatnonzero(np.diff(si)) + 1]
                base = np.repeat(cs[gstart] - step[gstart], np.diff(np.r_[gstart, nb]))
                tb = ta[si] + rng.integers(6, 18, nb) + (cs - step - base)
                B.calls(w, rng, np.full(nb, b), callee, tb, dur, res, ring)
                end = np.zeros(ns, dtype=np.int64)
                np.maximum.at(end, si, tb + ring + dur - ta[si])
                fa = feeders[rng.integers(0, len(feeders), ns)]
                B.calls(w, rng, fa, np.full(ns, a), ta, end + rng.integers(5, 25, ns), B.ANSWERED, rng.integers(2, 5, ns))
                hooked_all.append((callee[hk], np.full(int(hk.sum()), b), tb[hk]))
                B.device(w, np.array([a, b]), T0 + day * DAY + 9 * HOUR + rng.integers(0, 1200, 2), B.POWER_ON)
                B.device(w, np.array([a, b]), T0 + day * DAY + 22 * HOUR + rng.integers(0, 1200, 2), B.POWER_OFF)
                firsts.append(int(ta.min()))
            d += life
    if not all_a:
        return
    a_l, b_l = np.array(all_a), np.array(all_b)
    first = min(firsts) if firsts else T0
    g.label_lines(b_l, "fraud_caller", first)
    g.label_lines(a_l, "relay_sim", first)
    v = np.concatenate([h[0] for h in hooked_all]) if hooked_all else np.zeros(0, dtype=np.int64)
    line = np.concatenate([h[1] for h in hooked_all]) if hooked_all else np.zeros(0, dtype=np.int64)
    th = np.concatenate([h[2] for h in hooked_all]) if hooked_all else np.zeros(0, dtype=np.int64)
    calls = dict(callee=v, caller=line, t=th, hooked=np.ones(len(v), dtype=bool))
    v, line, th = g.hooked_victims(calls, 14)
    g.label_victims(v, th)
    n = len(v)
    k = rng.integers(1, 4, n)
    vi = np.repeat(np.arange(n), k)
    tp = th[vi] + rng.integers(HOUR, 6 * HOUR, len(vi)) + rank_within(vi) * rng.integers(HOUR, 20 * HOUR, len(vi))
    old = own(w, v)
    ch = np.where(np.isin(v[vi], old) & (w.age[np.minimum(v[vi], w.cap - 1)] > 62), B.COUNTER, B.APP)
    g.pay(v[vi], tp, np.round(rng.uniform(10000, 80000, len(vi)), -2), ch, line[vi], th[vi])


# --------------------------------------------------------------------------------------------- JX-G06
def g06_porcelain(ctx) -> None:
    """Fake porcelain live-stream shop in Jingdezhen: deposits for pieces that never ship."""
    g = Gang(ctx, "JX-G06-porcelain-live", "fake_livestream_deposit", "other")
    w, rng = g.w, g.rng
    studio = w.cells_in("Taoxichuan")
    cards = ctx.market.cards(3, T0 - 50 * DAY, T0 - 30 * DAY)
    w.home[cards] = studio[[0, 1, 2]]
    w.imei[cards] = w.handsets(rng, 3)
    g.label_lines(cards, "fraud_caller", T0)
    plat = w.platforms
    accts = []
    for style, name in (("douyin", "douyin"), ("ks", "kuaishou"), ("wxid", "wechat"), ("xy", "xianyu")):
        accts.append(plat.new(name, style, cards, T0 - rng.integers(25, 45, 3) * DAY))
    new = plat.new("douyin", "douyin", cards[:2], T0 + 4 * DAY + rng.integers(10 * HOUR, 14 * HOUR, 2))
    B.sms(w, np.full(2, w.service("1069066666")), cards[:2], T0 + 4 * DAY + rng.integers(10 * HOUR, 14 * HOUR, 2),
          "【抖音】验证码 204817，用于手机号注册，5分钟内有效。")
    g.label("account", np.concatenate(accts + [new]), "fraud_account", T0 - 30 * DAY)
    # evenings: live streams (heavy uploads)
    for d in range(w.days):
        B.data_sessions(w, rng, cards, T0 + d * DAY + 19 * HOUR + rng.integers(0, 2 * HOUR, 3), 1.2e9, 0.5)
        B.web(w, cards, T0 + d * DAY + 19 * HOUR + rng.integers(0, 2 * HOUR, 3), "douyin.com", "https://douyin.com/live/",
              app="com.ss.android.ugc.aweme", rng=rng)
    # buyers ring the shop; a third become victims
    nb = 70
    buyers = np.r_[g.targets(nb, 0.25, personas=(WORKER, PARENT, MERCHANT, RETIREE, YOUTH)), ]
    tq = T0 + rng.integers(0, w.days, nb) * DAY + rng.integers(10 * HOUR, 23 * HOUR, nb)
    seller = cards[rng.integers(0, 3, nb)]
    B.calls(w, rng, buyers, seller, tq, B.talk(rng, nb, 150, 0.7, 20, 1200), B.outcomes(rng, nb, 0.85, 0.05, 0.0))
    calls = dict(callee=buyers, caller=seller, t=tq, hooked=rng.random(nb) < 0.4)
    v, line, th = g.hooked_victims(calls, 28)
    g.label_victims(v, th)
    dom = "jdz-taoci.shop"
    host = B.cat(codes(rng, len(v), 5), ".", dom)
    url = B.cat("https://", host, "/order?id=", codes(rng, len(v), 8))
    ts = th + rng.integers(600, 3 * HOUR, len(v))
    B.sms(w, line, v, ts, B.cat("【景德镇窑口直播】您拍下的手工青花瓷订单已锁定，请在2小时内支付定金：", url, " 超时将释放给下一位买家。"))
    B.calls(w, rng, line, v, ts + rng.integers(60, 1800, len(v)), B.talk(rng, len(v), 200, 0.5, 30, 900))
    lure(g, v, ts + rng.integers(60, 1800, len(v)), host, url)
    g.label("domain", [dom], "fraud_domain", int(ts.min()) if len(ts) else T0)
    g.label("domain", host, "fraud_subdomain", ts)
    g.label("url", url, "fraud_url", ts)
    t1 = ts + rng.integers(900, 5 * HOUR, len(v))
    g.pay(v, t1, np.round(rng.uniform(300, 3000, len(v)), 0), B.APP, line, th)
    again = rng.random(len(v)) < 0.4
    g.pay(v[again], t1[again] + DAY + rng.integers(0, 4 * HOUR, int(again.sum())),
          np.round(rng.uniform(500, 5000, int(again.sum())), 0), B.APP, line[again], th[again])


# --------------------------------------------------------------------------------------------- JX-G07
def g07_tourism(ctx) -> None:
    """After the 5 June downpour: fake Lushan and Wuyuan refund texts from an SMS cat, a VoIP 'service line'."""
    g = Gang(ctx, "JX-G07-lushan-refund", "tourism_refund", "customer_service")
    w, rng = g.w, g.rng
    den = w.cells_in("Lianxi")[[2]]
    modules = imei_from(np.full(8, SMSCAT_TAC), int(rng.integers(100000, 900000)) + np.arange(8))
    plan = []
    for m in range(8):
        d = 5
        while d <= 9 and d < w.days:
            life = int(rng.integers(1, 3))
            plan.append((m, d, min(d + life, 10, w.days) - 1))
            d += life
    if not plan:
        return
    plan = np.array(plan)
    sims = ctx.market.cards(len(plan), T0 - 30 * DAY, T0 - 2 * DAY)
    w.imei[sims] = modules[plan[:, 0]]
    w.home[sims] = den[0]
    g.members(1, "JJ", den=den)
    shell = w.new_ids(1, "business_license")
    svc = w.add_lines(1, line=VOIP, city=CITY["JJ"], ids=shell, open_t=T0 - 20 * DAY, channel="JXJJ-E005", enterprise=True,
                      prepaid=0, rng=rng)
    w.imei[svc] = 0
    gw = "GW-JJ-SIP02"
    svc_txt = landline(w, svc[0])
    # receivers: our subscribers who travelled and numbers of tourists from other provinces (a leaked booking list)
    tour_own = w.tourists[w.persona[w.tourists] <= TEEN]
    off = g.targets(9000, 0.0, off_cities=[-1])
    rows_s, rows_r, rows_t = [], [], []
    for i, (_, a, b) in enumerate(plan.tolist()):
        for d in range(a, b + 1):
            k = int(rng.integers(250, 420))
            t = T0 + d * DAY + 9 * HOUR + np.cumsum(rng.integers(60, 150, k))
            t = t[t < T0 + d * DAY + 21 * HOUR]
            rows_s.append(np.full(len(t), sims[i]))
            rows_t.append(t)
    s = np.concatenate(rows_s)
    t = np.concatenate(rows_t)
    recv = np.r_[tour_own, off][rng.permutation(len(tour_own) + len(off))]
    recv = np.r_[tour_own, recv]  # every travelling subscriber gets one
    r = recv[np.arange(len(s)) % len(recv)]
    rows_r.append(r)
    lush = rng.random(len(s)) < 0.6
    dom = np.where(lush, "lushan-tk.top", "wy-tuikuan.top")
    url = B.cat("https://", dom, "/r/", codes(rng, len(s), 6))
    text = np.where(lush, B.cat("【庐山景区】尊敬的游客：受6月5日暴雨影响，您预订的庐山景区酒店订单已取消，退款及补偿请致电客服", svc_txt, "或访问", url),
                    B.cat("【婺源旅游】尊敬的游客：因暴雨篁岭景区限流，您的门票及民宿订单已取消，三倍赔付请联系", svc_txt, " ", url))
    B.sms(w, s, r, t, text)
    t_on = T0 + plan[:, 1] * DAY + 8 * HOUR + rng.integers(1800, 3500, len(sims))
    t_off = T0 + plan[:, 2] * DAY + 21 * HOUR + rng.integers(300, 1800, len(sims))
    g.den_device(sims, t_on, t_off, w.home[sims], imei=w.imei[sims])
    first = int(t.min())
    g.label_lines(sims, "fraud_sms_sender", first, device_role=None)
    g.label("imei", modules, "simbox_device", first)
    g.label_lines(svc, "fixed_voip_line", first, device_role=None)
    g.label("id_key", np.array(w.id_key, dtype=object)[shell], "shell_company", first)
    g.label("domain", ["lushan-tk.top", "wy-tuikuan.top", "yunshixun.cc"], "fraud_domain", first)
    g.label("app", ["com.yunshixun.meeting"], "fraud_app", first)
    # some receivers ring the 'service line'; a few are hooked
    ring = np.flatnonzero(rng.random(len(s)) < 0.025)
    tc = t[ring] + rng.integers(300, 6 * HOUR, len(ring))
    hooked = rng.random(len(ring)) < 0.25
    dur = np.where(hooked, B.talk(rng, len(ring), 1500, 0.4, 400, 4000), B.talk(rng, len(ring), 60, 0.6, 5, 300))
    B.calls(w, rng, r[ring], np.full(len(ring), svc[0]), tc, dur, B.ANSWERED)
    calls = dict(callee=r[ring], caller=np.full(len(ring), svc[0]), t=tc, hooked=hooked)
    v, _, th = g.hooked_victims(calls, 12)
    g.label_victims(v, th)
    # the line calls back the hooked to keep them on the screen-share
    B.calls(w, rng, np.full(len(v), svc[0]), v, th + rng.integers(1800, 3000, len(v)), B.talk(rng, len(v), 900, 0.4, 200, 3000),
            B.ANSWERED, gateway=gw)
    lure(g, v, th + rng.integers(60, 600, len(v)), "yunshixun.cc", "https://yunshixun.cc/join",
         app="com.yunshixun.meeting", app_src="https://yunshixun.cc/app/yunshixun.apk", uses=2)
    t1 = th + rng.integers(1800, 5400, len(v))
    g.pay(v, t1, np.round(rng.uniform(1500, 19800, len(v)), 0), B.APP, svc[0], th)
    again = rng.random(len(v)) < 0.3
    g.pay(v[again], t1[again] + rng.integers(600, 3600, int(again.sum())), np.round(rng.uniform(3000, 20000, int(again.sum())), 0),
          B.APP, svc[0], th[again])


# --------------------------------------------------------------------------------------------- JX-G08
def g08_police(ctx) -> None:
    """'Public security' callers on cards roaming in Cambodia and Myanmar; video warrants and a 'security' app."""
    g = Gang(ctx, "JX-G08-police-kh", "impersonate_police", "impersonate_police")
    w, rng = g.w, g.rng
    cards = ctx.market.cards(4, T0 - 60 * DAY, T0 - 35 * DAY)
    w.imei[cards] = w.handsets(rng, 4)
    w.roam_cc[cards] = np.array([w.country("KH"), w.country("KH"), w.country("MM"), w.country("MM")])
    w.away_s[cards] = T0 - 20 * DAY
    w.away_e[cards] = np.iinfo(np.int64).max
    for d in range(w.days):
        B.device(w, cards, T0 + d * DAY + 9 * HOUR + rng.integers(0, 3600, 4), B.ATTACH)
        B.data_sessions(w, rng, cards, T0 + d * DAY + 12 * HOUR + rng.integers(0, 8 * HOUR, 4), 4e7, 0.8)
    pool = g.targets(3000, 0.7, personas=(ELDER, RETIREE, PARENT, WORKER), cities=["NC", "JJ", "SR"])
    calls = g.campaign(cards, active(w, 4, range(w.days)), (8, 18), [(10, 12), (14, 17), (19, 21)], pool,
                       answer_p=0.5, talk_med=60, engage_p=0.1, engage_med=2000, gap=(120, 900))
    first = int(calls["t"].min()) if len(calls["t"]) else T0
    g.label_lines(cards, "fraud_caller", first)
    v, line, th = g.hooked_victims(calls, 9, own_only=True)
    g.label_victims(v, th)
    # next day: a video call with the 'officer' and the warrant, then the 'security check' app
    tv = th + DAY + rng.integers(-3 * HOUR, 3 * HOUR, len(v))
    B.calls(w, rng, line, v, tv, B.talk(rng, len(v), 900, 0.4, 300, 3000), B.ANSWERED, video=1)
    lure(g, v, tv + rng.integers(600, 1800, len(v)), "gaj-anquan.cc", "https://gaj-anquan.cc/aqjc/",
         app="cn.gaj.anquanjiance", app_src="https://gaj-anquan.cc/d/aqjc.apk", uses=5)
    g.label("domain", ["gaj-anquan.cc"], "fraud_domain", first)
    g.label("app", ["cn.gaj.anquanjiance"], "fraud_app", first)
    k = rng.integers(2, 5, len(v))
    vi = np.repeat(np.arange(len(v)), k)
    tp = tv[vi] + rng.integers(2 * HOUR, 8 * HOUR, len(vi)) + rank_within(vi) * rng.integers(5 * HOUR, 30 * HOUR, len(vi))
    ch = np.where(w.age[v[vi]] > 62, B.COUNTER, B.APP)
    g.pay(v[vi], tp, np.round(rng.uniform(30000, 200000, len(vi)), -3), ch, line[vi], th[vi])
    # daily check-in calls keep the victim isolated
    B.calls(w, rng, line[vi], v[vi], tp - rng.integers(1800, 5400, len(vi)), B.talk(rng, len(vi), 600, 0.5, 60, 3000))


# --------------------------------------------------------------------------------------------- JX-G09
def g09_loan(ctx) -> None:
    """Loan fraud: SMS adverts from two cards and cold calls from a rented fixed line; escalating 'fees'."""
    g = Gang(ctx, "JX-G09-loan-fixed", "loan_fee", "loan")
    w, rng = g.w, g.rng
    office = w.cells_in("Xihu")[[7]]
    shell = w.new_ids(1, "business_license")
    fixed = w.add_lines(1, line=FIXED, city=CITY["NC"], ids=shell, open_t=T0 - 75 * DAY, channel="JXNC-S031",
                        enterprise=True, prepaid=0, rng=rng)
    w.imei[fixed] = 0
    cards = ctx.market.cards(2, T0 - 30 * DAY, T0 - 10 * DAY)
    w.home[cards] = office[0]
    w.imei[cards] = w.handsets(rng, 2)
    fx = landline(w, fixed[0])
    days = days_in(w, range(w.days))
    # adverts
    rows_s, rows_t = [], []
    for c in cards.tolist():
        for d in days:
            k = int(rng.integers(150, 250))
            t = T0 + d * DAY + 9 * HOUR + np.cumsum(rng.integers(90, 200, k))
            t = t[t < T0 + d * DAY + 21 * HOUR]
            rows_s.append(np.full(len(t), c))
            rows_t.append(t)
    s = np.concatenate(rows_s)
    t = np.concatenate(rows_t)
    recv = g.targets(len(s), 0.6, personas=(YOUTH, FACTORY, MIGRANT, WORKER, MERCHANT))
    url = B.cat("https://hmd-jk.top/a/", codes(rng, len(s), 6))
    B.sms(w, s, recv, t, B.cat("【惠民贷】您有一笔20万元额度待领取，年化3.6%，无抵押当天放款，详询", fx, " 或 ", url, " 拒收请回复R"))
    # cold calls from the fixed line on working days
    wd = [d for d in days if w.workday[d]]
    pool = g.targets(9000, 0.6, personas=(YOUTH, FACTORY, MIGRANT, WORKER))
    calls = g.campaign(fixed, active(w, 1, wd), (100, 160), [(9, 12), (13.5, 18)], pool, answer_p=0.35, talk_med=35,
                       engage_p=0.06, engage_med=600, gap=(8, 40))
    first = int(min(t.min(), calls["t"].min() if len(calls["t"]) else t.min()))
    g.label_lines(fixed, "fixed_voip_line", first, device_role=None)
    g.label_lines(cards, "fraud_sms_sender", first)
    g.label("id_key", np.array(w.id_key, dtype=object)[shell], "shell_company", first)
    g.label("domain", ["hmd-jk.top"], "fraud_domain", first)
    g.label("app", ["com.huimindai.app"], "fraud_app", first)
    # some text receivers ring the fixed line back
    back = np.flatnonzero(rng.random(len(s)) < 0.012)
    hk = rng.random(len(back)) < 0.3
    tb = t[back] + rng.integers(600, DAY // 2, len(back))
    B.calls(w, rng, recv[back], np.full(len(back), fixed[0]), tb,
            np.where(hk, B.talk(rng, len(back), 700, 0.4, 200, 2400), B.talk(rng, len(back), 60, 0.6, 5, 300)), B.ANSWERED)
    c2 = dict(callee=np.r_[calls["callee"], recv[back]], caller=np.r_[calls["caller"], np.full(len(back), fixed[0])],
              t=np.r_[calls["t"], tb], hooked=np.r_[calls["hooked"], hk])
    v, line, th = g.hooked_victims(c2, 14)
    g.label_victims(v, th)
    lure(g, v, th + rng.integers(300, 1800, len(v)), "hmd-jk.top", B.cat("https://hmd-jk.top/reg/", codes(rng, len(v), 6)),
         app="com.huimindai.app", app_src="https://hmd-jk.top/app/hmd.apk", uses=4)
    fees = np.array([1999.0, 4800.0, 9600.0])
    paid = np.ones(len(v), dtype=bool)
    for step in range(3):
        go = paid & (rng.random(len(v)) < (0.8, 0.7, 0.6)[step])
        paid = go
        tp = th + rng.integers(2 * HOUR, 8 * HOUR, len(v)) + step * rng.integers(18 * HOUR, 40 * HOUR, len(v))
        B.calls(w, rng, np.full(int(go.sum()), fixed[0]), v[go], tp[go] - rng.integers(600, 3600, int(go.sum())),
                B.talk(rng, int(go.sum()), 400, 0.5, 60, 1800))
        g.pay(v[go], tp[go], np.full(int(go.sum()), fees[step]), B.APP, line[go], th[go])


# --------------------------------------------------------------------------------------------- JX-G10
def g10_pig(ctx) -> None:
    """Pig-butchering: a fake securities platform groomed on dating apps from Myanmar; deposits rise for days."""
    g = Gang(ctx, "JX-G10-pigbutcher", "pig_butchering", "investment")
    w, rng = g.w, g.rng
    cards = ctx.market.cards(3, T0 - 70 * DAY, T0 - 50 * DAY)
    w.imei[cards] = w.handsets(rng, 3, ("smart",))
    w.roam_cc[cards] = w.country("MM")
    w.away_s[cards] = T0 - 45 * DAY
    w.away_e[cards] = np.iinfo(np.int64).max
    accts = [w.platforms.new(p, s, cards, T0 - rng.integers(40, 50, 3) * DAY) for p, s in
             (("wechat", "wxid"), ("momo", "momo"), ("soul", "soul"))]
    g.label("account", np.concatenate(accts), "fraud_account", T0 - 40 * DAY)
    g.label_lines(cards, "fraud_caller", T0)
    for d in range(w.days):
        B.device(w, cards, T0 + d * DAY + 11 * HOUR + rng.integers(0, 3600, 3), B.ATTACH)
        B.data_sessions(w, rng, cards, T0 + d * DAY + 13 * HOUR + rng.integers(0, 9 * HOUR, 3), 2e8, 0.6)
    v = w.people(rng, 8, personas=(MERCHANT, WORKER, RETIREE, PARENT), mask=(w.age >= 35) & (w.age <= 62))
    if len(v) == 0:
        return
    groomer = cards[np.arange(len(v)) % 3]
    t0 = T0 + rng.integers(0, 3, len(v)) * DAY + rng.integers(19 * HOUR, 22 * HOUR, len(v))
    g.label_victims(v, t0)
    dom, app = "hjzq-global.com", "com.hjzq.trade"
    g.label("domain", [dom], "fraud_domain", T0)
    g.label("app", [app], "fraud_app", T0)
    late_install = rng.random(len(v)) < 0.5
    li = v[late_install]
    ti = t0[late_install] + rng.integers(HOUR, DAY, len(li))
    B.web(w, li, ti - 60, dom, "https://" + dom + "/download", rng=rng)
    B.apps(w, li, ti, app, "install", "https://" + dom + "/download/hjzq.apk")
    for d in range(w.days):
        use = rng.random(len(v)) < 0.85
        tt = T0 + d * DAY + rng.integers(9 * HOUR, 23 * HOUR, int(use.sum()))
        ok = tt > np.where(late_install, t0 + DAY, T0)[use]
        B.apps(w, v[use][ok], tt[ok], app, "use")
        B.web(w, v[use][ok], tt[ok] + 30, dom, "https://" + dom + "/market/quote", app=app, rng=rng)
    # a few long evening calls (voice or video) from the groomers
    k = rng.integers(1, 4, len(v))
    vi = np.repeat(np.arange(len(v)), k)
    tc = t0[vi] + rng.integers(0, max(w.days - 1, 1), len(vi)) * DAY // 2
    B.calls(w, rng, groomer[vi], v[vi], tc, B.talk(rng, len(vi), 1500, 0.5, 300, 4000), B.ANSWERED,
            video=(rng.random(len(vi)) < 0.4).astype(np.int64))
    # deposits grow; small 'withdrawals' come back early to build trust
    ladder = np.array([5000, 10000, 30000, 50000, 100000, 200000], dtype=float)
    steps = rng.integers(2, 7, len(v))
    vi = np.repeat(np.arange(len(v)), steps)
    r = rank_within(vi)
    tp = t0[vi] + DAY // 2 + r * rng.integers(DAY, 2 * DAY, len(vi)) + rng.integers(0, 4 * HOUR, len(vi))
    g.pay(v[vi], tp, ladder[r] * rng.uniform(0.8, 1.2, len(vi)) // 100 * 100, B.APP, groomer[vi], t0[vi])
    back = np.flatnonzero(r == 0)
    mules = ctx.mules
    acct = w.bank.of(v[vi[back]], rng)
    w.bank.transfer(rng, mules.l2[rng.integers(0, len(mules.l2), len(back))], acct, tp[back] + rng.integers(DAY // 2, DAY, len(back)),
                    np.round(rng.uniform(500, 3000, len(back)), 2), B.THIRD)


# --------------------------------------------------------------------------------------------- JX-G12
def g12_faceswap(ctx) -> None:
    """AI face-swap video calls: a 'boss' to finance staff, a 'grandson' to grandparents."""
    g = Gang(ctx, "JX-G12-faceswap", "ai_faceswap", "acquaintance")
    w, rng = g.w, g.rng
    stolen = w.new_ids(1)
    hotel = w.cells_in("Honggutan")[[10, 11, 12]]
    cards = w.add_lines(2, line=MOBILE, city=CITY["NC"], ids=np.repeat(stolen, 2), open_t=T0 + DAY + rng.integers(0, DAY, 2),
                        channel="JX-ONLINE", prepaid=1, rng=rng)
    phone = w.handsets(rng, 1)
    w.imei[cards] = phone[0]
    w.home[cards] = hotel[0]
    acc = w.platforms.new("wechat", "wxid", cards, T0 + 2 * DAY + rng.integers(0, 6 * HOUR, 2))
    B.sms(w, np.full(2, w.service("1069012345")), cards, T0 + 2 * DAY + rng.integers(0, 6 * HOUR, 2),
          "【微信】验证码 771204，用于手机号注册，5分钟内有效。请勿泄露给他人。")
    g.label("account", acc, "fraud_account", T0 + 2 * DAY)
    g.label("id_key", np.array(w.id_key, dtype=object)[stolen], "fraud_id", T0 + DAY)
    staff = w.people(rng, 7, personas=(WORKER,), cities=[CITY["NC"]])
    old = w.people(rng, 7, personas=(ELDER,), cities=[CITY["NC"], CITY["JJ"], CITY["YC"]])
    tgt = np.r_[staff, old]
    boss = np.r_[np.ones(len(staff), dtype=bool), np.zeros(len(old), dtype=bool)]
    if len(tgt) == 0:
        return
    days = rng.integers(min(3, w.days - 1), w.days, len(tgt))
    tv = T0 + days * DAY + np.where(boss, rng.integers(10 * HOUR, 16 * HOUR, len(tgt)), rng.integers(9 * HOUR, 19 * HOUR, len(tgt)))
    caller = cards[np.arange(len(tgt)) % 2]
    w.home[cards] = hotel[1]
    ans = rng.random(len(tgt)) < 0.85
    B.calls(w, rng, caller, tgt, tv, np.where(ans, B.talk(rng, len(tgt), 60, 0.4, 25, 120), 0), video=1,
            cell=hotel[days % 3])
    B.calls(w, rng, caller[ans], tgt[ans], tv[ans] + rng.integers(200, 900, int(ans.sum())),
            B.talk(rng, int(ans.sum()), 180, 0.5, 40, 600), B.ANSWERED, cell=hotel[days[ans] % 3])
    first = int(tv.min())
    g.label_lines(cards, "fraud_caller", first)
    pay = ans & (rng.random(len(tgt)) < 0.7)
    v = tgt[pay]
    g.label_victims(tgt[ans], tv[ans])
    amt = np.where(boss[pay], np.round(rng.uniform(45000, 180000, len(v)), -3), np.round(rng.uniform(20000, 50000, len(v)), -3))
    ch = np.where(boss[pay], B.APP, B.COUNTER)
    tp = tv[pay] + np.where(boss[pay], rng.integers(1200, 3600, len(v)), rng.integers(HOUR, 3 * HOUR, len(v)))
    g.pay(v, tp, amt, ch, caller[pay], tv[pay])
    two = boss[pay] & (rng.random(len(v)) < 0.4)
    g.pay(v[two], tp[two] + rng.integers(900, 2400, int(two.sum())), np.round(rng.uniform(30000, 90000, int(two.sum())), -3),
          B.APP, caller[pay][two], tv[pay][two])


# --------------------------------------------------------------------------------------------- JX-G13
def g13_smish(ctx) -> None:
    """An SMS cat in Shuanggang urban village (Nanchang): ETC, medical-insurance and 'early score' phishing on
    wildcard subdomains of fresh domains; card details entered on the pages are drained in minutes."""
    g = Gang(ctx, "JX-G13-smishing-wildcard", "sms_phishing", "other")
    w, rng = g.w, g.rng
    den = w.cells_in("Shuanggang urban village")[[0, 1]]
    modules = imei_from(np.full(16, SMSCAT_TAC), int(rng.integers(100000, 900000)) + np.arange(16) * 7)
    g.members(1, "NC", den=den)
    plan = []
    for m in range(16):
        d = 0
        while d < w.days:
            life = int(rng.integers(1, 3))
            if rng.random() < 0.45:
                plan.append((m, d, min(d + life, w.days) - 1))
            d += life
    if not plan:
        return
    plan = np.array(plan)
    sims = ctx.market.cards(len(plan), T0 - 25 * DAY, T0 - DAY)
    w.imei[sims] = modules[plan[:, 0]]
    w.home[sims] = den[plan[:, 0] % 2]
    rows_s, rows_t = [], []
    for i, (_, a, b) in enumerate(plan.tolist()):
        for d in range(a, b + 1):
            k = int(rng.integers(220, 380))
            t = T0 + d * DAY + 8 * HOUR + np.cumsum(rng.integers(80, 200, k))
            t = t[t < T0 + d * DAY + 22 * HOUR]
            rows_s.append(np.full(len(t), sims[i]))
            rows_t.append(t)
    s = np.concatenate(rows_s)
    t = np.concatenate(rows_t)
    n = len(s)
    day = (t - T0) // DAY
    camp = np.where(day < 4, 0, np.where(day < 8, 1, 2))
    camp = np.where((day == 8) & (rng.random(n) < 0.5), 1, camp)
    doms = np.array(["etc-jx.cc", "ybk-jx.top", "gk2033-cx.vip"], dtype=object)
    pool_gen = g.targets(n, 0.5, personas=ADULTS, off_cities=list(range(11)))
    pool_gk = g.targets(n, 0.75, personas=(PARENT, CAND), off_cities=list(range(11)))
    recv = np.where(camp == 2, pool_gk, pool_gen)
    host = B.cat(codes(rng, n, 5), ".", doms[camp])
    url = B.cat("https://", host, np.array(["/", "/rz", "/cx"], dtype=object)[camp])
    text = np.select([camp == 0, camp == 1],
                     [B.cat("【ETC服务】您的ETC卡已失效，为避免影响高速通行请及时认证：", url, " 退订回T"),
                      B.cat("【医保服务】您的医保电子凭证将于今日冻结，请尽快通过 ", url, " 完成年度认证")],
                     B.cat("【江西招考】2033年高考成绩可提前查询，点击 ", url, " 输入准考证号及家长银行卡号即可查询"))
    B.sms(w, s, recv, t, text)
    t_on = T0 + plan[:, 1] * DAY + 7 * HOUR + rng.integers(1800, 3500, len(sims))
    t_off = T0 + plan[:, 2] * DAY + 22 * HOUR + rng.integers(300, 1800, len(sims))
    g.den_device(sims, t_on, t_off, w.home[sims], imei=w.imei[sims])
    first = int(t.min())
    g.label_lines(sims, "fraud_sms_sender", t_on, device_role=None)
    g.label("imei", modules[np.unique(plan[:, 0])], "simbox_device", first)
    for c in range(3):
        m = camp == c
        if m.any():
            g.label("domain", [doms[c]], "fraud_domain", int(t[m].min()))
    # clicks by our subscribers; a quarter type in card details and are drained
    click = np.flatnonzero((recv < w.cap) & (rng.random(n) < 0.015))
    tc = t[click] + rng.integers(30, 3600, len(click))
    B.web(w, recv[click], tc, host[click], url[click], rng=rng)
    g.label("domain", host[click], "fraud_subdomain", tc)
    g.label("url", url[click], "fraud_url", tc)
    calls = dict(callee=recv[click], caller=s[click], t=tc, hooked=rng.random(len(click)) < 0.25)
    v, line, th = g.hooked_victims(calls, 24)
    g.label_victims(v, th)
    k = rng.integers(1, 4, len(v))
    vi = np.repeat(np.arange(len(v)), k)
    tp = th[vi] + rng.integers(240, 1800, len(vi)) + rank_within(vi) * rng.integers(60, 600, len(vi))
    g.pay(v[vi], tp, np.round(rng.uniform(800, 9800, len(vi)), 2), B.THIRD, line[vi], th[vi])


# --------------------------------------------------------------------------------------------- JX-G14
def g14_sleepers(ctx) -> None:
    """Fake e-commerce customer service on woken sleeper cards and on nine cards of one stolen ID, plus SIM swaps
    that take over victims' numbers to empty their bank accounts."""
    g = Gang(ctx, "JX-G14-sleeper-swap", "sleeper_and_swap", "customer_service")
    w, rng = g.w, g.rng
    flat = w.cells_in("Qingyunpu")[[4, 5]]
    stores, agents = w.channels(rng)
    # (a) sleeper cards opened in 2031 on old villagers' IDs in Poyang, silent since
    elders = w.people(rng, 6, personas=(ELDER,), cities=[CITY["SR"]], claim=False)
    ids = np.repeat(w.id_of[elders], 2)[:10] if len(elders) else w.new_ids(10)
    sl = w.add_lines(len(ids), line=MOBILE, city=CITY["SR"], ids=ids, open_t=T0 - rng.integers(700, 800, len(ids)) * DAY,
                     channel=agents[CITY["SR"], 7], prepaid=1, rng=rng, consecutive=True, age=75)
    phones = w.handsets(rng, 3)
    w.imei[sl] = phones[np.arange(len(sl)) % 3]
    w.home[sl] = flat[np.arange(len(sl)) % 2]
    wake = T0 + rng.integers(min(3, w.days - 1), min(5, w.days), len(sl)) * DAY + rng.integers(9 * HOUR, 11 * HOUR, len(sl))
    B.device(w, sl, wake, B.POWER_ON)
    B.device(w, sl, wake + 4, B.ATTACH)
    # verification codes for a burst of platform sign-ups (accounts sold on)
    plats = (("wechat", "wxid", "1069012345", "微信"), ("alipay", "alipay", "1069588888", "支付宝"),
             ("douyin", "douyin", "1069066666", "抖音"), ("momo", "momo", "1069099999", "陌陌"),
             ("kuaishou", "ks", "1069011111", "快手"), ("qq", "qq", "1069010000", "QQ"))
    reg_accts = []
    for i, (p, st, snd, name) in enumerate(plats):
        m = rng.random(len(sl)) < 0.8
        tr = wake[m] + 600 + i * rng.integers(120, 600, int(m.sum()))
        reg_accts.append(w.platforms.new(p, st, sl[m], tr))
        B.sms(w, np.full(int(m.sum()), w.service(snd)), sl[m], tr - 40,
              B.cat("【", name, "】验证码", B.zfill(rng.integers(0, 10 ** 6, int(m.sum())), 6), "，您正在注册新账号，5分钟内有效。"))
    g.label("account", np.concatenate(reg_accts), "fraud_account", wake.min())
    # (b) one stolen ID, nine cards at six shops in a week
    stolen = w.new_ids(1)
    chans = np.r_[agents[CITY["NC"], [3, 9, 14, 20]], stores[CITY["NC"], [2]], agents[CITY["JJ"], [5]]]
    mc = w.add_lines(9, line=MOBILE, city=CITY["NC"], ids=np.repeat(stolen, 9), open_t=T0 - rng.integers(6, 13, 9) * DAY,
                     channel=chans[np.arange(9) % len(chans)], prepaid=1, rng=rng)
    w.imei[mc] = phones[np.arange(9) % 3]
    w.home[mc] = flat[np.arange(9) % 2]
    g.label("id_key", np.array(w.id_key, dtype=object)[stolen], "fraud_id", T0 - 12 * DAY)
    lines = np.r_[sl, mc]
    act = np.zeros((len(lines), w.days), dtype=bool)
    for i in range(len(sl)):
        d0 = int((wake[i] - T0) // DAY)
        act[i, d0 + 1: d0 + 6] = True
    for i in range(9):
        for d in range(2 + i % 3, w.days, 3):
            act[len(sl) + i, d] = True
    pool = g.targets(12000, 0.55, personas=(YOUTH, WORKER, UNI, PARENT, MERCHANT))
    calls = g.campaign(lines, act, (30, 55), [(9.5, 12), (14, 18), (19.5, 21.5)], pool, answer_p=0.3, talk_med=30,
                       engage_p=0.03, engage_med=900, gap=(20, 90))
    firsts = np.array([calls["t"][calls["caller"] == x].min() if (calls["caller"] == x).any() else T0 for x in lines.tolist()])
    g.label_lines(lines, "fraud_caller", firsts)
    v, line, th = g.hooked_victims(calls, 14)
    g.label_victims(v, th)
    lure(g, v, th + rng.integers(120, 900, len(v)), "kf-tuikuan.net", B.cat("https://kf-tuikuan.net/t/", codes(rng, len(v), 6)),
         app="com.ylt.screenshare", app_src="https://kf-tuikuan.net/ylt.apk", uses=1)
    g.label("domain", ["kf-tuikuan.net"], "fraud_domain", T0)
    g.label("app", ["com.ylt.screenshare"], "fraud_app", T0)
    g.pay(v, th + rng.integers(1200, 4 * HOUR, len(v)), np.round(rng.uniform(1000, 30000, len(v)), 0), B.APP, line, th)
    # (c) SIM swaps: a forged ID at a shop, a new SIM in the gang's phone, codes, and the accounts emptied
    sv = w.people(rng, 4, personas=(WORKER, MERCHANT, PARENT), cities=[CITY["NC"], CITY["YC"], CITY["FZ"]],
                  mask=w.bank.party_acct[: w.cap] >= 0)
    if len(sv) == 0 or w.days < 3:
        return
    ts = T0 + rng.integers(min(4, w.days - 2), max(min(10, w.days - 1), min(4, w.days - 2) + 1), len(sv)) * DAY \
        + rng.integers(10 * HOUR, 16 * HOUR, len(sv))
    tr = ts + rng.integers(16 * HOUR, 30 * HOUR, len(sv))  # the owner gets the number back at a shop next day
    gang_imsi = w._imsis(rng, len(sv), w.city[sv])
    gphone = w.handsets(rng, 1)[0]
    swap_cell = flat[0]
    w.swap_sim(rng, sv, tr)  # the owner's re-issued SIM from ``tr``
    w.suppress = getattr(w, "suppress", []) + [(int(w.num[p]), int(a), int(b), int(gphone)) for p, a, b in
                                               zip(sv.tolist(), ts.tolist(), tr.tolist(), strict=True)]
    B.device(w, sv, ts, B.DETACH, imei=w.imei_at(sv, ts), imsi=w.imsi[sv])
    B.device(w, sv, ts + rng.integers(300, 900, len(sv)), B.ATTACH, imei=gphone, imsi=gang_imsi, cell=swap_cell)
    g.label("imsi", gang_imsi, "swap_sim", ts)
    g.label("imei", [gphone], "fraud_device", int(ts.min()))
    g.label_victims(sv, ts)
    banks = w.bank
    for i, p in enumerate(sv.tolist()):
        acct = banks.party_acct[p]
        bname = banks.bank_all[acct] if hasattr(banks, "bank_all") and len(banks.bank_all) == banks.n else None
        if bname is None:
            banks.finish()
            bname = banks.bank_all[acct]
        from .catalog import BANK_SMS
        snd, _, short = BANK_SMS[bname]
        k = int(rng.integers(2, 5))
        tt = ts[i] + 1200 + np.cumsum(rng.integers(300, 1500, k))
        B.sms(w, np.full(k, w.service(snd)), np.full(k, p), tt - 60,
              B.cat("【", short, "】验证码", B.zfill(rng.integers(0, 10 ** 6, k), 6),
                    "，您正在进行转账操作，切勿告知他人。"))
        B.data_sessions(w, rng, np.full(k, p), tt - 120, 5e5, 0.5, cell=swap_cell, imei=gphone, imsi=gang_imsi[i])
        ctx.mules.receive(g, np.full(k, p), tt, np.round(rng.uniform(5000, 49000, k), 0), B.APP, None, np.full(k, ts[i]))


# --------------------------------------------------------------------------------------------- JX-G15
def g15_sip(ctx) -> None:
    """A shell company's SIP trunk: twelve VoIP lines fanning out 'credit-card limit' calls."""
    g = Gang(ctx, "JX-G15-siptrunk", "credit_limit", "customer_service")
    w, rng = g.w, g.rng
    shell = w.new_ids(1, "business_license")
    lines = w.add_lines(12, line=VOIP, city=CITY["NC"], ids=np.repeat(shell, 12), open_t=T0 - 40 * DAY + rng.integers(0, 3600, 12),
                        channel="JXNC-E031", enterprise=True, prepaid=0, rng=rng, consecutive=True)
    w.imei[lines] = 0
    gw = "GW-NC-SIP03"
    act = np.zeros((12, w.days), dtype=bool)
    for d in range(1, w.days):
        if w.workday[d] or (d % 7 == 3):
            act[rng.choice(12, int(rng.integers(6, 9)), replace=False), d] = True
    pool = g.targets(int(act.sum() * 190), 0.6, personas=(WORKER, PARENT, MERCHANT, YOUTH))
    calls = g.campaign(lines, act, (110, 190), [(9, 12), (13.5, 20)], pool, answer_p=0.3, talk_med=25,
                       engage_p=0.015, engage_med=800, gap=(5, 25), gateway=gw)
    firsts = np.array([calls["t"][calls["caller"] == x].min() if (calls["caller"] == x).any() else T0 for x in lines.tolist()])
    g.label_lines(lines, "fixed_voip_line", firsts, device_role=None)
    g.label("id_key", np.array(w.id_key, dtype=object)[shell], "shell_company", T0)
    v, line, th = g.hooked_victims(calls, 15)
    g.label_victims(v, th)
    t1 = th + rng.integers(HOUR, 4 * HOUR, len(v))
    g.pay(v, t1, np.round(rng.uniform(3000, 20000, len(v)), 0), B.APP, line, th)
    again = rng.random(len(v)) < 0.35
    B.calls(w, rng, line[again], v[again], t1[again] + DAY - rng.integers(0, 2 * HOUR, int(again.sum())),
            B.talk(rng, int(again.sum()), 500, 0.4, 60, 1800), B.ANSWERED, gateway=gw)
    g.pay(v[again], t1[again] + DAY + rng.integers(0, 3 * HOUR, int(again.sum())), np.round(rng.uniform(5000, 20000, int(again.sum())), 0),
          B.APP, line[again], th[again])


# --------------------------------------------------------------------------------------------- JX-G16
def g16_parttime(ctx) -> None:
    """Post-exam 'summer part-time' rebate tasks (刷单返利) texted to school leavers and students."""
    g = Gang(ctx, "JX-G16-parttime-rebate", "parttime_rebate", "part_time_job")
    w, rng = g.w, g.rng
    cards = ctx.market.cards(6, T0 - 20 * DAY, T0 + 5 * DAY)
    spot = w.cells_in("Yaohu")
    w.home[cards] = spot[rng.integers(0, len(spot), 6)]
    w.imei[cards] = w.handsets(rng, 2)[np.arange(6) % 2]
    qq = w.platforms.new("qq", "qq", cards, T0 - rng.integers(5, 15, 6) * DAY)
    g.label("account", qq, "fraud_account", T0)
    days = days_in(w, range(9, 13))
    if not days:
        g.label_lines(cards, "fraud_sms_sender", T0)
        return
    rows_s, rows_t = [], []
    for c in cards.tolist():
        for d in days:
            k = int(rng.integers(120, 200))
            t = T0 + d * DAY + (14 if d == 9 else 10) * HOUR + np.cumsum(rng.integers(120, 280, k))
            t = t[t < T0 + d * DAY + 22 * HOUR]
            rows_s.append(np.full(len(t), c))
            rows_t.append(t)
    s = np.concatenate(rows_s)
    t = np.concatenate(rows_t)
    recv = g.targets(len(s), 0.7, personas=(CAND, UNI, TEEN, YOUTH))
    qqs = np.asarray(qq, dtype=object)[np.searchsorted(cards, s)]
    url = B.cat("https://jz-rw.vip/t/", codes(rng, len(s), 6))
    B.sms(w, s, recv, t, B.cat("【暑期兼职】高考结束在家无聊？手机做任务日结200-800元，学生宝妈均可，加QQ", qqs, "领取任务 ", url))
    g.label_lines(cards, "fraud_sms_sender", int(t.min()))
    g.label("domain", ["jz-rw.vip"], "fraud_domain", int(t.min()))
    g.label("app", ["com.rwjz.task"], "fraud_app", int(t.min()))
    click = np.flatnonzero((recv < w.cap) & (rng.random(len(s)) < 0.04))
    tc = t[click] + rng.integers(60, 3 * HOUR, len(click))
    B.web(w, recv[click], tc, "jz-rw.vip", url[click], rng=rng)
    calls = dict(callee=recv[click], caller=s[click], t=tc, hooked=rng.random(len(click)) < 0.4)
    v, line, th = g.hooked_victims(calls, 14)
    g.label_victims(v, th)
    lure(g, v, th + rng.integers(300, 1800, len(v)), "jz-rw.vip", "https://jz-rw.vip/app",
         app="com.rwjz.task", app_src="https://jz-rw.vip/app/rwjz.apk", uses=4)
    # the first task pays a small rebate; then the tasks grow until the money is 'frozen'
    mules = ctx.mules
    acct = w.bank.of(v, rng)
    w.bank.transfer(rng, mules.l2[rng.integers(0, len(mules.l2), len(v))], acct, th + rng.integers(HOUR, 2 * HOUR, len(v)),
                    np.round(rng.uniform(110, 160, len(v)), 2), B.THIRD)
    ladder = np.array([100.0, 500.0, 2000.0, 6000.0])
    steps = rng.integers(1, 5, len(v))
    vi = np.repeat(np.arange(len(v)), steps)
    r = rank_within(vi)
    tp = th[vi] + rng.integers(40 * 60, 3 * HOUR, len(vi)) + r * rng.integers(2 * HOUR, 20 * HOUR, len(vi))
    # a student without enough money pays from a parent's account (the parent's phone initiates)
    g.pay(v[vi], tp, ladder[r], B.APP, line[vi], th[vi])


def run_all(ctx) -> None:
    for f in (g01_score, g02_aid, g03_goip, g05_relay, g06_porcelain, g07_tourism, g08_police, g09_loan, g10_pig,
              g12_faceswap, g13_smish, g14_sleepers, g15_sip, g16_parttime):
        f(ctx)
