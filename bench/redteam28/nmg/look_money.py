"""Innocent money, accounts, sites and apps: deposits to homestays, cattle-market brokers passing money on,
hail-relief donations, rotating savings clubs, coal settlements, grassland leases, cashmere live-streamers,
the old sending their savings to their children, tuition, students' first wages, gig workers and shop owners on
many platforms, new camp sites on cheap domains, a hospital's side-loaded app, a Naadam live-stream site, the
pension-authentication portal and the village doctors who use it for the old, herders drawing cash, money
changers at the port."""

from __future__ import annotations

import numpy as np

from . import kit
from .core import DAY, HOUR, t_date


def _accts(w, rng, n, keys=None, bank="ICBC", opened=None, bound=0):
    a = w.ids.accounts(n)
    keys = w.ids.id_keys(n) if keys is None else keys
    op = rng.integers(t_date(2012, 1, 1), t_date(2033, 1, 1), n) if opened is None else opened
    kit.bank_open(w, a, keys, bank, op, bound)
    return a


def _payers(w, rng, n, **kw):
    idx = kit.pick(w, rng, n, account=True, claim=False, exclude=False, **kw)
    return idx


def homestays(w):
    kind = "homestay_deposit_collector"
    rng = w.rng("look-" + kind)
    n = 10
    acct = _accts(w, rng, n, bank="NMG Rural Credit", opened=rng.integers(t_date(2035, 4, 20), t_date(2035, 6, 25), n))
    k = rng.integers(15, 41, n)
    r = np.repeat(np.arange(n), k)
    pay = _payers(w, rng, len(r), personas=["urban_worker", "civil_servant", "student", "merchant"])
    r = r[: len(pay)]
    t = kit.hours(rng, len(r), 8, 23.5, rng.integers(0, w.days, len(r)))
    amt = rng.lognormal(np.log(800), 0.5, len(r))
    kit.pay(w, t, w.pop.account[pay], acct[r], amt, "mobile_app", w.pop.msisdn[pay])
    back = rng.random(len(r)) < 0.12  # cancellations after the rain
    kit.pay(w, np.minimum(t[back] + rng.integers(HOUR, 2 * DAY, int(back.sum())), w.end - 60), acct[r[back]],
            w.pop.account[pay[back]], amt[back], "mobile_app")
    sup = _payers(w, rng, n * 4, personas=["merchant"])
    kit.pay(w, kit.hours(rng, n * 4, 9, 20, rng.integers(0, w.days, n * 4)), acct[np.arange(n * 4) % n],
            w.pop.account[sup], rng.lognormal(np.log(3000), 0.6, n * 4), "mobile_app")
    w.look(kind, "account", acct, None)


def cattle_brokers(w):
    kind = "cattle_market_settlement_broker"
    rng = w.rng("look-" + kind)
    n = 6
    acct = _accts(w, rng, n, bank="NMG Rural Credit")
    buyers = w.ids.accounts(12)
    herders = _payers(w, rng, 150, personas=["herder"])
    for i in range(n):
        k = int(rng.integers(3, 7))
        t = kit.hours(rng, k, 9, 15, rng.integers(0, w.days - 1, k))
        amt = rng.uniform(50000, 300000, k)
        kit.pay(w, t, buyers[rng.integers(0, 12, k)], acct[i], amt, "counter")
        for j in range(k):
            m = int(rng.integers(5, 16))
            share = rng.dirichlet(np.ones(m)) * amt[j] * 0.97
            hs = herders[rng.integers(0, len(herders), m)]
            kit.pay(w, t[j] + np.sort(rng.integers(20 * 60, 4 * HOUR, m)), acct[i], w.pop.account[hs], share,
                    "mobile_app")
    w.look(kind, "account", acct, None)


def donations(w):
    kind = "hail_relief_donation_account"
    rng = w.rng("look-" + kind)
    acct = _accts(w, rng, 2, bank="NMG Rural Credit", opened=np.array([t_date(2015, 3, 1), t_date(2019, 8, 1)]))
    k = rng.integers(100, 251, 2)
    r = np.repeat(np.arange(2), k)
    pay = _payers(w, rng, len(r))
    r = r[: len(pay)]
    t = kit.hours(rng, len(r), 7, 23.5, rng.integers(min(7, w.days - 1), w.days, len(r)))
    kit.pay(w, t, w.pop.account[pay], acct[r], np.round(rng.lognormal(np.log(100), 0.8, len(r)), 0), "mobile_app",
            w.pop.msisdn[pay])
    kit.pay(w, np.array([w.end - 2 * DAY + 10 * HOUR, w.end - DAY + 11 * HOUR]), acct, w.ids.accounts(2),
            rng.uniform(20000, 60000, 2), "counter")
    w.look(kind, "account", acct, None)


def savings_clubs(w):
    kind = "rotating_savings_club"
    rng = w.rng("look-" + kind)
    org = kit.pick(w, rng, 5, personas=["merchant"], areas=[477], account=True)
    acct = w.pop.account[org]
    for i in range(5):
        m = int(rng.integers(12, 21))
        mem = _payers(w, rng, m, areas=[477])
        day = int(rng.integers(1, w.days - 1))
        per = float(rng.choice([2000, 3000, 5000]))
        t = kit.hours(rng, len(mem), 9, 13, np.full(len(mem), day))
        kit.pay(w, t, w.pop.account[mem], acct[i], per, "mobile_app", w.pop.msisdn[mem])
        kit.pay(w, np.array([day * DAY + 15 * HOUR]), acct[i], w.pop.account[mem[:1]], per * len(mem), "mobile_app",
                w.pop.msisdn[org[i]])
    w.look(kind, "account", acct, None)


def coal_settlement(w):
    kind = "coal_trade_settlement"
    rng = w.rng("look-" + kind)
    n = 6
    acct = _accts(w, rng, n, bank="Ordos Bank")
    plants = w.ids.accounts(8)
    mines = w.ids.accounts(10)
    e, d = kit.per_day(rng, n, w.days, 3.0, None, 0.3)
    t = kit.hours(rng, len(e), 9, 17, d)
    kit.pay(w, t, plants[rng.integers(0, 8, len(e))], acct[e], rng.lognormal(np.log(800000), 0.7, len(e)), "counter")
    e, d = kit.per_day(rng, n, w.days, 3.5, None, 0.3)
    t = kit.hours(rng, len(e), 9, 17, d)
    to = np.where(rng.random(len(e)) < 0.8, mines[rng.integers(0, 10, len(e))], acct[rng.integers(0, n, len(e))])
    kit.pay(w, t, acct[e], to, rng.lognormal(np.log(600000), 0.7, len(e)), "mobile_app")
    w.look(kind, "account", acct, None)


def grassland_lease(w):
    kind = "grassland_lease_payer"
    rng = w.rng("look-" + kind)
    acct = _accts(w, rng, 3, bank="CCB")
    for i in range(3):
        hs = _payers(w, rng, int(rng.integers(40, 81)), personas=["herder"])
        day = int(rng.integers(0, w.days))
        t = day * DAY + 9 * HOUR + np.sort(rng.integers(0, 5 * HOUR, len(hs)))
        kit.pay(w, t, acct[i], w.pop.account[hs], rng.uniform(8000, 30000, len(hs)), "third_party")
    w.look(kind, "account", acct, None)


def livestreamers(w):
    kind = "livestream_cashmere_seller"
    rng = w.rng("look-" + kind)
    who = kit.pick(w, rng, 8, personas=["merchant"], smart=True, account=True)
    p = w.pop
    acct = _accts(w, rng, 8, keys=p.id_key[who], bank="China Merchants",
                  opened=rng.integers(t_date(2035, 2, 1), t_date(2035, 4, 1), 8), bound=p.msisdn[who])
    k = rng.integers(30, 121, 8)
    r = np.repeat(np.arange(8), k)
    pidx = _payers(w, rng, len(r))
    pidx = pidx[np.arange(len(r)) % len(pidx)]
    src = np.where(rng.random(len(r)) < 0.5, p.account[pidx], w.ids.accounts(len(r)))
    t = kit.hours(rng, len(r), 19, 23.9, rng.integers(0, w.days, len(r)))
    kit.pay(w, t, src, acct[r], rng.lognormal(np.log(500), 0.6, len(r)), "third_party")
    kit.pay(w, kit.hours(rng, 16, 9, 17, rng.integers(0, w.days, 16)), acct[np.arange(16) % 8],
            w.ids.accounts(16), rng.uniform(20000, 90000, 16), "mobile_app", p.msisdn[who[np.arange(16) % 8]])
    plats = np.array(["douyin", "kuaishou", "taobao", "pinduoduo", "xiaohongshu", "weibo", "jd"], dtype=object)
    m = np.repeat(np.arange(8), 5)
    kit.register(w, rng, p.msisdn[who[m]], plats[(m + np.tile(np.arange(5), 8)) % 7],
                 rng.integers(-60 * DAY, w.end - DAY, len(m)))
    for a in ("com.kuaishou.merchant", "com.ss.android.ecom.merchant"):
        kit.app_seen(w, kit.hours(rng, 8, 10, 12, np.zeros(8, dtype=np.int64)), p.msisdn[who], a, "use")
    w.look(kind, "msisdn", p.msisdn[who], None)
    w.look(kind, "account", acct, None)


def elderly_family_transfer(w):
    kind = "elderly_large_transfer_to_family"
    rng = w.rng("look-" + kind)
    who = kit.pick(w, rng, 10, personas=["elderly", "herder", "farmer"], account=True)
    p = w.pop
    son = p.contacts[p.indptr[who]]
    son_num = np.where(son >= 0, p.msisdn[np.maximum(son, 0)], p.offnet[np.maximum(-son - 1, 0)])
    t = kit.hours(rng, 10, 19, 21, rng.integers(0, w.days - 2, 10))
    kit.dial(w, rng, t, son_num, p.msisdn[who], p_answer=1.0, med=1500, sigma=0.3, code=np.zeros(10, dtype=np.int64),
             callee_cell=p.home[who])
    new = _accts(w, rng, 10, opened=rng.integers(t_date(2035, 6, 1), t_date(2035, 7, 8), 10), bank="CCB")
    tt = (t // DAY + 1) * DAY + 10 * HOUR + rng.integers(0, 4 * HOUR, 10)
    kit.pay(w, tt, p.account[who], new, np.round(rng.uniform(80000, 400000, 10), -3), "counter")
    w.look(kind, "msisdn", p.msisdn[who], None)


def tuition(w):
    kind = "tuition_payer_parent"
    rng = w.rng("look-" + kind)
    par = kit.pick(w, rng, 20, personas=["elderly", "urban_worker", "farmer"], account=True)
    p = w.pop
    uni = _accts(w, rng, 2, bank="BOC", opened=np.array([t_date(2001, 1, 1), t_date(2005, 1, 1)]))
    if "university_admission_office" in w.look_lines:
        off = w.look_lines["university_admission_office"].msisdn
        t = kit.hours(rng, 20, 9, 17, rng.integers(0, w.days - 3, 20))
        kit.dial(w, rng, t, off[np.arange(20) % len(off)], p.msisdn[par], p_answer=1.0, med=240,
                 code=np.zeros(20, dtype=np.int64), call_type="fixed")
    else:
        t = kit.hours(rng, 20, 9, 17, rng.integers(0, w.days - 3, 20))
    kit.pay(w, t + rng.integers(DAY, 2 * DAY, 20), p.account[par], uni[np.arange(20) % 2],
            rng.choice([4800.0, 5600.0, 6200.0, 7200.0], 20), np.where(p.smart[par], "mobile_app", "counter").astype(object),
            np.where(p.smart[par], p.msisdn[par], 0))
    w.look(kind, "msisdn", p.msisdn[par], None)


def student_wages(w):
    kind = "student_summer_wage_new_account"
    rng = w.rng("look-" + kind)
    st = kit.pick(w, rng, 15, personas=["student"])
    p = w.pop
    acct = _accts(w, rng, 15, keys=p.id_key[st], bank="ICBC",
                  opened=rng.integers(t_date(2035, 6, 10), t_date(2035, 7, 5), 15), bound=p.msisdn[st])
    boss = w.employers[:3]
    for wk in range(0, w.days, 7):
        t = kit.hours(rng, 15, 17, 19, np.full(15, min(wk + 5, w.days - 1)))
        amt = rng.uniform(1000, 1500, 15)
        kit.pay(w, t, boss[np.arange(15) % 3], acct, amt, "third_party")
        par = _payers(w, rng, 15, personas=["elderly", "farmer", "urban_worker"])
        kit.pay(w, t + rng.integers(HOUR, 5 * HOUR, 15), acct, p.account[par], amt * rng.uniform(0.4, 0.7, 15),
                "mobile_app", p.msisdn[st])
    w.look(kind, "account", acct, None)


def many_platforms(w, kind, n, personas, plats, k_range, recent_share):
    rng = w.rng("look-" + kind)
    who = kit.pick(w, rng, n, personas=personas, smart=True)
    k = rng.integers(k_range[0], k_range[1], n)
    r = np.repeat(np.arange(n), k)
    pl = np.array(plats, dtype=object)[(r * 3 + np.concatenate([np.arange(x) for x in k])) % len(plats)]
    t = np.where(rng.random(len(r)) < recent_share, rng.integers(0, w.end - HOUR, len(r)),
                 rng.integers(t_date(2030, 1, 1), -DAY, len(r)))
    kit.register(w, rng, w.pop.msisdn[who[r]], pl, t)
    w.look(kind, "msisdn", w.pop.msisdn[who], None)


def camp_sites(w):
    kind = "new_camp_website_cheap_tld"
    rng = w.rng("look-" + kind)
    doms = np.array(["baiyinhushuo-camp.top", "jinzhang-khan.vip", "mergel-muren.top", "xilamuren-muqing.top",
                     "ulanbutong-yurt.top", "arxan-linjian.vip"], dtype=object)
    ips = np.array(["39.104.22.10", "39.104.22.11", "47.92.80.3", "47.92.80.4", "121.89.200.5", "121.89.200.6"],
                   dtype=object)
    vis = _payers(w, rng, 240, personas=["urban_worker", "civil_servant", "student"])
    di = np.arange(len(vis)) % 6
    t = kit.hours(rng, len(vis), 9, 23, rng.integers(0, w.days, len(vis)))
    kit.visit(w, rng, t, w.pop.msisdn[vis], doms[di], url=np.array([f"https://{d}/book" for d in doms[di].tolist()],
                                                                   dtype=object), ip=ips[di])
    acct = _accts(w, rng, 6, bank="NMG Rural Credit")
    pay = rng.random(len(vis)) < 0.25
    kit.pay(w, t[pay] + rng.integers(300, 3 * HOUR, int(pay.sum())), w.pop.account[vis[pay]], acct[di[pay]],
            rng.lognormal(np.log(900), 0.4, int(pay.sum())), "mobile_app", w.pop.msisdn[vis[pay]])
    w.look(kind, "domain", doms, None)


def hospital_app(w):
    kind = "hospital_apk_sideload"
    rng = w.rng("look-" + kind)
    app, dom = "cn.nmgrmyy.patient", "app.nmgrmyy.cn"
    who = _payers(w, rng, 60, personas=["elderly", "urban_worker", "civil_servant"], smart=True)
    t = kit.hours(rng, 60, 8, 20, rng.integers(0, w.days, 60))
    kit.visit(w, rng, t, w.pop.msisdn[who], dom, url=f"https://{dom}/patient.apk", ip="218.21.140.90", bytes_med=3e7)
    kit.app_seen(w, t + 300, w.pop.msisdn[who], app, "install", f"https://{dom}/patient.apk")
    kit.app_seen(w, t + DAY, w.pop.msisdn[who], app, "use")
    w.look(kind, "app", [app], None)
    w.look(kind, "domain", [dom], None)


def live_stream(w):
    kind = "naadam_live_stream_site"
    rng = w.rng("look-" + kind)
    dom = "live.naadam2035.cn"
    who = _payers(w, rng, 500)
    who = who[w.pop.smart[who]]
    t = kit.hours(rng, len(who), 9, 22, 3 + rng.integers(0, 3, len(who)))
    kit.visit(w, rng, t, w.pop.msisdn[who], dom, url=f"https://{dom}/horse-race", ip="116.196.70.2", bytes_med=8e7)
    w.look(kind, "domain", [dom], None)


def pension_portal(w):
    kind = "gov_pension_auth_portal"
    rng = w.rng("look-" + kind)
    dom, app = "rst.nmg.gov.cn", "com.nmg.rsapp"
    old = _payers(w, rng, 260, personas=["elderly", "herder", "farmer"], smart=True)
    t = kit.hours(rng, len(old), 8, 20, rng.integers(0, w.days, len(old)))
    kit.visit(w, rng, t, w.pop.msisdn[old], dom, url=f"https://{dom}/ylrz/face", ip="218.21.127.31")
    ins = rng.random(len(old)) < 0.3
    kit.app_seen(w, t[ins] + 200, w.pop.msisdn[old[ins]], app, "install", f"https://{dom}/app/rsapp.apk")
    w.look(kind, "domain", [dom], None)
    w.look(kind, "app", [app], None)
    # village doctors doing it for the old on their own phones
    kind2 = "pension_auth_helper_village_doctor"
    doc = kit.pick(w, rng, 4, personas=["farmer", "herder"], smart=True)
    k = rng.integers(30, 61, 4)
    r = np.repeat(np.arange(4), k)
    t = kit.hours(rng, len(r), 8, 18, rng.integers(0, w.days, len(r)))
    kit.visit(w, rng, t, w.pop.msisdn[doc[r]], dom, url=f"https://{dom}/ylrz/face", ip="218.21.127.31")
    kit.app_seen(w, t + 60, w.pop.msisdn[doc[r]], app, "use")
    w.look(kind2, "msisdn", w.pop.msisdn[doc], None)


def herders_cash(w):
    kind = "atm_cash_heavy_herder"
    rng = w.rng("look-" + kind)
    hs = kit.pick(w, rng, 10, personas=["herder"], account=True)
    p = w.pop
    buyer = w.ids.accounts(4)
    t = kit.hours(rng, 10, 10, 15, rng.integers(0, w.days - 3, 10))
    amt = rng.uniform(60000, 200000, 10)
    kit.pay(w, t, buyer[np.arange(10) % 4], p.account[hs], amt, "counter")
    atms = np.array([f"ATM-{a}-{k:04d}" for a, k in zip(p.area[hs].tolist(), rng.integers(100, 9999, 10).tolist(),
                                                        strict=True)], dtype=object)
    k = np.minimum((amt * rng.uniform(0.3, 0.6, 10) // 5000).astype(np.int64), 12)
    r = np.repeat(np.arange(10), k)
    j = np.concatenate([np.arange(x) for x in k])
    tt = t[r] + HOUR + (j // 4) * DAY + (j % 4) * rng.integers(60, 300, len(r))
    kit.pay(w, tt, p.account[hs[r]], atms[r], 5000.0, "atm")
    w.look(kind, "account", p.account[hs], None)


def money_changers(w):
    kind = "border_money_changer_erenhot"
    rng = w.rng("look-" + kind)
    acct = _accts(w, rng, 3, bank="BOC")
    trad = _payers(w, rng, 60, areas=[479], personas=["merchant"])
    e, d = kit.per_day(rng, 3, w.days, 10.0, None, 0.3)
    t = kit.hours(rng, len(e), 9, 19, d)
    cp = np.where(rng.random(len(e)) < 0.5, w.pop.account[trad[rng.integers(0, len(trad), len(e))]],
                  w.ids.accounts(len(e)))
    inn = rng.random(len(e)) < 0.5
    amt = rng.lognormal(np.log(20000), 0.8, len(e))
    kit.pay(w, t[inn], cp[inn], acct[e[inn]], amt[inn], "mobile_app")
    kit.pay(w, t[~inn], acct[e[~inn]], cp[~inn], amt[~inn], "mobile_app")
    w.look(kind, "account", acct, None)


def build(w):
    homestays(w)
    cattle_brokers(w)
    donations(w)
    savings_clubs(w)
    coal_settlement(w)
    grassland_lease(w)
    livestreamers(w)
    elderly_family_transfer(w)
    tuition(w)
    student_wages(w)
    many_platforms(w, "multi_platform_gig_worker", 15, ["urban_worker", "student"],
                   ["meituan", "eleme", "didi", "dada", "huolala", "kuaishou", "douyin", "alipay"], (6, 11), 0.6)
    many_platforms(w, "ecommerce_seller_many_accounts", 8, ["merchant"],
                   ["taobao", "pinduoduo", "jd", "douyin", "kuaishou", "xiaohongshu", "weibo", "wechat", "alipay",
                    "meituan", "dianping", "1688"], (12, 21), 0.2)
    camp_sites(w)
    hospital_app(w)
    live_stream(w)
    pension_portal(w)
    herders_cash(w)
    money_changers(w)
