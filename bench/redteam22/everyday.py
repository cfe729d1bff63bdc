"""Everyday life: calls and SMS along the social graph, calls from other networks, service calls and SMS,
handset events, web visits and apps, and money (shops, family, payroll and year-end bonuses, heating fees,
rent, New Year red packets) with the banks' SMS."""

from __future__ import annotations

import clock
import numpy as np
from behave import add_app, add_calls, add_dev, add_sms, add_txn, add_web, bank_sms, outcome
from catalog import COMMON, SERVICE
from residents import STUDENT, WORKERS
from texts import BANK_NUM, T
from world import DAY, HOUR, MIN, START, World


def _daily(rng, w: World, lam, dayf=None):
    """Poisson counts per (day, resident): returns resident index and day per event."""
    n = len(lam)
    D = w.days
    f = np.ones(D) if dayf is None else np.asarray(dayf, float)
    cnt = rng.poisson(lam[None, :] * f[:, None]).ravel()
    src = np.repeat(np.tile(np.arange(n), D), cnt)
    day = np.repeat(np.repeat(np.arange(D), n), cnt)
    return src, day


def _line(R, rng, src, p2=0.2):
    """The card a resident uses: the second card of a dual-SIM handset now and then."""
    two = R.has2[src] & (rng.random(len(src)) < p2)
    return (np.where(two, R.msisdn2[src], R.msisdn[src]), np.where(two, R.imsi2[src], R.imsi[src]), two)


def everyday(w: World):
    calls(w)
    service_calls(w)
    sms(w)
    device(w)
    web_apps(w)
    money(w)
    iot(w)


def calls(w: World):
    R = w.R
    rng = w.rng("ev.calls")
    dayf = np.where(w.day_kind == 0, 1.0, np.where(w.day_kind == 1, 0.85, 1.15))
    src, day = _daily(rng, w, R.lam_call, dayf)
    t = clock.times(rng, day, R.profile[src])
    p_ext = R.ext_deg_w / np.maximum(R.ext_deg_w + R.int_deg_w * 0.9, 1e-9)
    ext = rng.random(len(src)) < p_ext[src]
    # internal
    s_i, t_i = src[~ext], t[~ext]
    dst, wt = R.pick_int(rng, s_i)
    ok = dst >= 0
    s_i, t_i, dst, wt = s_i[ok], t_i[ok], dst[ok], wt[ok]
    _place(w, rng, s_i, t_i, R.msisdn[dst], dst, wt)
    # external
    s_e, t_e = src[ext], t[ext]
    num = R.pick_ext(rng, s_e)
    ok = num > 0
    _place(w, rng, s_e[ok], t_e[ok], num[ok], np.full(ok.sum(), -1), np.full(ok.sum(), 1.5))
    # incoming from other networks along external ties
    lam_in = 0.85 * R.lam_call * p_ext
    src, day = _daily(rng, w, lam_in, dayf)
    t = clock.times(rng, day, R.profile[src])
    num = R.pick_ext(rng, src)
    ok = num > 0
    src, t, num = src[ok], t[ok], num[ok]
    callee, _, _ = _line(R, rng, src, 0.15)
    res, dur, ring = outcome(w, rng, len(src), 0.78, 75, 1.0)
    add_calls(w, t, num, callee, res, dur, ring, ecell=R.cell_at(rng, src, t))
    # New Year's Eve and New Year's Day: greetings to family and old friends
    if 0 <= w.eve_day < w.days:
        adult = R.age >= 18
        k = rng.poisson(np.where(adult, 1.6, 0.4))
        s = np.repeat(np.arange(R.n), k)
        nd = rng.random(len(s)) < 0.55
        day = np.where(nd, w.eve_day, min(w.eve_day + 1, w.days - 1))
        t = START + day * DAY + np.where(nd, rng.integers(18 * HOUR, 24 * HOUR, len(s)),
                                         rng.integers(8 * HOUR, 13 * HOUR, len(s)))
        dst, wt = R.pick_int(rng, s)
        ok = dst >= 0
        _place(w, rng, s[ok], t[ok], R.msisdn[dst[ok]], dst[ok], wt[ok] + 3)


def _place(w, rng, src, t, callee, callee_res, wt):
    R = w.R
    num, imsi, two = _line(R, rng, src)
    imei = np.where(two, R.imei2[src], R.imei_at(src, t))
    med = (40 + 16 * np.minimum(wt, 9)) * np.where(R.age[src] >= 62, 1.3, 1.0)
    pa = np.where(callee_res >= 0, 0.8, 0.74)
    res, dur, ring = outcome(w, rng, len(src), pa, med, 1.0)
    ecell = np.full(len(src), -1, np.int64)
    m = callee_res >= 0
    ecell[m] = R.cell_at(rng, callee_res[m], t[m])
    vid = (callee_res >= 0) & R.smart[src] & R.smart[np.maximum(callee_res, 0)] & \
        (rng.random(len(src)) < np.where(wt >= 9, 0.09, 0.01))
    media = np.where(vid, w.I("video"), w.I("voice")).astype(np.int32)
    add_calls(w, t, num, callee, res, dur, ring, imei=imei, imsi=imsi, ccell=R.cell_at(rng, src, t), ecell=ecell,
              media=media)


def service_calls(w: World):
    R = w.R
    rng = w.rng("ev.service_calls")
    reg = w.reg
    adult = R.age >= 18
    # residents call shops, clinics and offices on our fixed lines
    src, day = _daily(rng, w, np.where(adult, 0.12, 0.02))
    t = clock.times(rng, day, "office")
    line = R.biz(rng, R.city[src])
    res, dur, ring = outcome(w, rng, len(src), 0.82, 80, 0.9)
    num, imsi, two = _line(R, rng, src)
    add_calls(w, t, num, line, res, dur, ring, imei=np.where(two, R.imei2[src], R.imei_at(src, t)), imsi=imsi,
              ccell=R.cell_at(rng, src, t))
    # shops and clinics call back
    src, day = _daily(rng, w, np.where(adult, 0.04, 0.0))
    t = clock.times(rng, day, "office")
    res, dur, ring = outcome(w, rng, len(src), 0.75, 60, 0.8)
    add_calls(w, t, R.biz(rng, R.city[src]), R.msisdn[src], res, dur, ring, ecell=R.cell_at(rng, src, t))
    # bank hotlines, 12345 (cold radiators), heating hotlines
    banks = np.array(list(BANK_NUM.values()))
    src, day = _daily(rng, w, np.where(adult, 0.018, 0))
    t = clock.times(rng, day, "office")
    dest = np.where(rng.random(len(src)) < 0.6, banks[rng.integers(0, len(banks), len(src))],
                    np.where(rng.random(len(src)) < 0.5, SERVICE["12345"], SERVICE["12393"]))
    res, dur, ring = outcome(w, rng, len(src), 0.9, 260, 0.7)
    add_calls(w, t, R.msisdn[src], dest, res, dur, ring, imei=R.imei_at(src, t), imsi=R.imsi[src],
              ccell=R.cell_at(rng, src, t))
    # couriers and riders (other networks) calling at the year-end peak; some unknown sales calls
    courier = reg.ext_mobile(w.n(500), rng)
    rider = reg.ext_mobile(w.n(350), rng)
    spam = reg.ext_mobile(w.n(1500), rng)
    for pool, lam, pa, med, prof in ((courier, 0.10, 0.75, 25, "adult"), (rider, 0.05, 0.8, 20, "evening"),
                                     (spam, 0.035, 0.35, 18, "office")):
        src, day = _daily(rng, w, np.where(R.smart & adult, lam, lam * 0.3))
        t = clock.times(rng, day, prof)
        res, dur, ring = outcome(w, rng, len(src), pa, med, 0.7, p_reject=0.12)
        add_calls(w, t, pool[rng.integers(0, len(pool), len(src))], R.msisdn[src], res, dur, ring,
                  ecell=R.cell_at(rng, src, t))


def sms(w: World):
    R = w.R
    rng = w.rng("ev.sms")
    n = R.n
    # person to person
    src, day = _daily(rng, w, R.lam_sms)
    t = clock.times(rng, day, R.profile[src])
    ext = rng.random(len(src)) < 0.45
    dst, _ = R.pick_int(rng, src)
    recv = np.where(ext | (dst < 0), R.pick_ext(rng, src), R.msisdn[np.maximum(dst, 0)])
    ok = recv > 0
    num, _, two = _line(R, rng, src)
    add_sms(w, t[ok], num[ok], recv[ok], T.pick(rng, "p2p", ok.sum()),
            imei=np.where(two, R.imei2[src], R.imei_at(src, t))[ok], cell=R.cell_at(rng, src[ok], t[ok]))
    # New Year greetings around midnight
    if 0 <= w.eve_day < w.days:
        k = rng.poisson(np.where(R.smart, np.where(R.age < 30, 2.5, np.where(R.age < 62, 1.5, 0.3)), 0.2))
        s = np.repeat(np.arange(n), k)
        t = START + w.eve_day * DAY + rng.integers(21 * HOUR, 24 * HOUR + 50 * MIN, len(s))
        t = np.minimum(t, w.end - 1)
        dst, _ = R.pick_int(rng, s)
        recv = np.where(dst < 0, R.pick_ext(rng, s), R.msisdn[np.maximum(dst, 0)])
        ok = recv > 0
        add_sms(w, t[ok], R.msisdn[s[ok]], recv[ok], T.pick(rng, "greet", ok.sum()), imei=R.imei_at(s[ok], t[ok]),
                cell=R.cell_at(rng, s[ok], t[ok]))
    # verification codes (logins, payments, new registrations)
    plat = ["alipay", "wechatpay", "taobao", "douyin", "meituan", "jd", "pdd", "qq"]
    src, day = _daily(rng, w, np.where(R.smart, 0.12, 0.0))
    t = clock.times(rng, day, R.profile[src])
    k = rng.integers(0, len(plat), len(src))
    snd = np.array([SERVICE[p] for p in plat])[k]
    add_sms(w, t, snd, R.msisdn[src], T.group("code")[k], rng.integers(0, 10**6, len(src)))
    # new platform registrations during the holiday (12306 before trips, new apps)
    src, day = _daily(rng, w, np.where(R.smart, 0.004, 0.0))
    t = clock.times(rng, day, R.profile[src])
    pl = rng.choice(["12306", "meituan", "xiaohongshu", "kuaishou", "dianping", "ctrip"], len(src))
    for p in np.unique(pl):
        m = pl == p
        w.reg.add_inet(str(p), R.msisdn[src[m]], t[m])
    add_sms(w, t + 5, SERVICE["12306"], R.msisdn[src], T.group("code")[0], rng.integers(0, 10**6, len(src)))
    # couriers' pickup codes: year-end shopping peak
    src, day = _daily(rng, w, np.where(R.smart, 0.2, 0.03))
    t = clock.times(rng, day, "office")
    cour = np.array([SERVICE[x] for x in ["cainiao", "fengchao", "zto", "yunda", "jdl", "ems"]])
    k = rng.integers(0, len(cour), len(src))
    add_sms(w, t, cour[k], R.msisdn[src], T.group("courier")[k], rng.integers(0, 10**4, len(src)))
    # train tickets for holiday trips and visits
    trav = np.flatnonzero(R.trip_area >= 0)
    td = np.clip(R.trip_d0[trav] - 1, 0, w.days - 1)
    t = clock.times(rng, td, "adult")
    add_sms(w, t, SERVICE["12306"], R.msisdn[trav], T.pick(rng, "rail", len(trav)), rng.integers(0, 10**9, len(trav)))
    # heating companies' reminders
    from province import CITIES
    sy, dl = CITIES.index("Shenyang"), CITIES.index("Dalian")
    for c_mask, key, sender, p in ((R.city == sy, "heat_sy", SERVICE["heat_sy"], 0.22),
                                   (R.city == dl, "heat_dl", SERVICE["heat_dl"], 0.18),
                                   ((R.city != sy) & (R.city != dl), "heat_other", SERVICE["heat_other"], 0.06)):
        m = np.flatnonzero(c_mask & (R.age >= 25) & (rng.random(n) < p))
        day = rng.choice([min(1, w.days - 1), min(8, w.days - 1)], len(m))
        t = clock.times(rng, day, "morning")
        add_sms(w, t, sender, R.msisdn[m], T.group(key)[0], rng.integers(0, 10**4, len(m)))
    # operator's bill (early January) and anti-fraud broadcasts
    allnum = np.concatenate([R.msisdn, R.msisdn2[R.has2]])
    bd = min(7, w.days - 1)
    t = START + bd * DAY + rng.integers(9 * HOUR, 12 * HOUR, len(allnum))
    add_sms(w, t, SERVICE["10079"], allnum, T.group("bill")[0], rng.integers(8, 260, len(allnum)))
    for d, frac, g in ((min(2, w.days - 1), 0.6, 0), (min(8, w.days - 1), 0.4, 1)):
        m = np.flatnonzero(rng.random(n) < frac)
        t = START + d * DAY + rng.integers(10 * HOUR, 17 * HOUR, len(m))
        add_sms(w, t, SERVICE["10079"], R.msisdn[m], T.group("broadcast")[g])
    # platform promotions with short links
    src, day = _daily(rng, w, np.where(R.smart, 0.05, 0.0))
    t = clock.times(rng, day, "office")
    add_sms(w, t, SERVICE["promo"], R.msisdn[src], T.pick(rng, "promo", len(src)), rng.integers(0, 36**5, len(src)))


def device(w: World):
    R = w.R
    rng = w.rng("ev.device")
    n = R.n
    S = w.I
    # location updates: commute on working days plus moving around
    worker = R.worker | (R.occ == STUDENT)
    src, day = _daily(rng, w, np.where(worker, 1.0, 1.2))
    t = clock.times(rng, day, R.profile[src])
    wd = np.flatnonzero(worker)
    days_w = np.flatnonzero(w.day_kind == 0)
    if len(days_w):
        s2 = np.repeat(wd, len(days_w))
        d2 = np.tile(days_w, len(wd))
        keep = rng.random(len(s2)) < 0.85
        s2, d2 = s2[keep], d2[keep]
        t_am = START + d2 * DAY + rng.integers(7 * HOUR, 9 * HOUR, len(s2))
        t_pm = START + d2 * DAY + rng.integers(17 * HOUR, 19 * HOUR + 30 * MIN, len(s2))
        src = np.concatenate([src, s2, s2])
        t = np.concatenate([t, t_am, t_pm])
    add_dev(w, t, R.msisdn[src], R.imsi[src], R.imei_at(src, t), R.cell_at(rng, src, t), "location_update")
    # data sessions on smartphones
    lam = np.where(R.smart, np.where(R.age < 30, 2.8, np.where(R.age < 62, 2.2, 1.2)), 0.0)
    src, day = _daily(rng, w, lam)
    t = clock.times(rng, day, R.profile[src])
    nb = (np.where(R.age[src] < 30, 6e6, 3e6) * rng.lognormal(0, 1.1, len(src))).astype(np.int64)
    add_dev(w, t, R.msisdn[src], R.imsi[src], R.imei_at(src, t), R.cell_at(rng, src, t), "data_session", nbytes=nb)
    # second cards of dual-SIM handsets
    two = np.flatnonzero(R.has2)
    src, day = _daily(rng, w, np.full(len(two), 1.1))
    src = two[src]
    t = clock.times(rng, day, "adult")
    ev = np.where(rng.random(len(src)) < 0.6, S("location_update"), S("data_session")).astype(np.int32)
    nb = np.where(ev == S("data_session"), (1e6 * rng.lognormal(0, 1, len(src))).astype(np.int64), -1)
    add_dev(w, t, R.msisdn2[src], R.imsi2[src], R.imei2[src], R.cell_at(rng, src, t), ev, nbytes=nb)
    # elderly feature phones switched off at night
    off = np.flatnonzero(~R.smart & (R.age >= 60) & (rng.random(n) < 0.35))
    s = np.repeat(off, w.days)
    d = np.tile(np.arange(w.days), len(off))
    t_off = START + d * DAY + rng.integers(20 * HOUR + 30 * MIN, 22 * HOUR + 30 * MIN, len(s))
    t_on = START + d * DAY + rng.integers(5 * HOUR + 30 * MIN, 7 * HOUR + 30 * MIN, len(s))
    add_dev(w, t_off, R.msisdn[s], R.imsi[s], R.imei[s], R.home_cell[s], "power_off")
    add_dev(w, t_on, R.msisdn[s], R.imsi[s], R.imei[s], R.home_cell[s], "power_on")
    # occasional restarts, and the new handsets of the New Year (attach with the new IMEI)
    src, day = _daily(rng, w, np.where(R.smart, 0.03, 0.01))
    t = clock.times(rng, day, R.profile[src])
    add_dev(w, t, R.msisdn[src], R.imsi[src], R.imei_at(src, t), R.cell_at(rng, src, t), "power_off")
    t2 = np.minimum(t + rng.integers(30, 600, len(src)), w.end - 10)
    add_dev(w, t2, R.msisdn[src], R.imsi[src], R.imei_at(src, t2), R.cell_at(rng, src, t2), "power_on")
    add_dev(w, t2 + 3, R.msisdn[src], R.imsi[src], R.imei_at(src, t2), R.cell_at(rng, src, t2), "attach")
    sw = np.flatnonzero(R.switch_t < w.end)
    add_dev(w, R.switch_t[sw], R.msisdn[sw], R.imsi[sw], R.imei_new[sw], R.cell_at(rng, sw, R.switch_t[sw]), "attach")


def web_apps(w: World):
    R = w.R
    cat = w.cat
    rng = w.rng("ev.web")
    S = w.I
    lam = np.where(R.smart, np.where(R.age < 30, 2.0, np.where(R.age < 62, 1.5, 0.8)), 0.0)
    src, day = _daily(rng, w, lam)
    t = clock.times(rng, day, R.profile[src])
    k = cat.visits(rng, R.profile[src])
    ip = cat.ip[k, rng.integers(0, 2, len(k))]
    add_web(w, t, R.msisdn[src], cat.dom[k], ip, path=cat.paths[rng.integers(0, len(cat.paths), len(k))],
            app=cat.app[k], rng=rng)
    # app use sightings
    src, day = _daily(rng, w, np.where(R.smart, 0.4, 0.0))
    t = clock.times(rng, day, R.profile[src])
    k = cat.visits(rng, R.profile[src])
    ok = cat.app[k] >= 0
    add_app(w, t[ok], R.msisdn[src[ok]], cat.app[k[ok]], "use")
    # store installs (a game for the holiday, a ticket app before a trip)
    src, day = _daily(rng, w, np.where(R.smart, 0.012, 0.0))
    t = clock.times(rng, day, R.profile[src])
    k = cat.visits(rng, R.profile[src])
    ok = cat.app[k] >= 0
    src, t, k = src[ok], t[ok], k[ok]
    store = rng.integers(0, len(cat.stores), len(k))
    srcurl = np.array([S(cat.stores[s] + (COMMON[x][1] or "")) for s, x in zip(store, k, strict=True)], np.int32)
    add_app(w, t, R.msisdn[src], cat.app[k], "install", srcurl)


def money(w: World):
    R = w.R
    rng = w.rng("ev.money")
    n = R.n
    adult = R.age >= 18
    acct_ok = R.acct >= 0

    def pay(src, t, to, amt, channel, to_res=None):
        ok = R.pay_acct[src] >= 0
        if not ok.all():
            src, t, to, amt = src[ok], t[ok], np.asarray(to)[ok], np.asarray(amt)[ok]
            channel = channel if isinstance(channel, str) else channel[ok]
            to_res = None if to_res is None else to_res[ok]
        ch = channel if isinstance(channel, str) else np.where(channel, w.I("third_party"), w.I("mobile_app"))
        add_txn(w, t, R.pay_acct[src], to, amt, channel=ch, initiated=R.msisdn[src])
        big = amt >= 100
        sb = src[big]
        holder = np.where(R.age[sb] >= 18, R.msisdn[sb], R.msisdn[R.head[sb]])  # a parent's card for pupils
        bank_sms(w, rng, t[big], holder, R.pay_bank[sb], R.pay_acct[sb], "out")
        if to_res is not None:
            m = big & (to_res >= 0)
            bank_sms(w, rng, t[m], R.msisdn[to_res[m]], R.bank[to_res[m]], R.acct[to_res[m]], "in")

    # shops (QR codes) and online shopping
    src, day = _daily(rng, w, np.where(adult & R.smart, 0.32, np.where(adult, 0.05, 0.08)))
    t = clock.times(rng, day, R.profile[src])
    amt = np.round(np.exp(rng.normal(np.log(45), 0.9, len(src))), 1)
    pay(src, t, R.merchant(rng, R.city[src]), amt, rng.random(len(src)) < 0.6)
    src, day = _daily(rng, w, np.where(adult & R.smart, 0.09, 0.0))
    t = clock.times(rng, day, R.profile[src])
    amt = np.round(np.exp(rng.normal(np.log(120), 0.8, len(src))), 2)
    pay(src, t, R.platform_acct[rng.integers(0, len(R.platform_acct), len(src))], amt, "third_party")
    # family transfers
    src, day = _daily(rng, w, np.where(adult, 0.03, 0.0))
    t = clock.times(rng, day, R.profile[src])
    dst, _ = R.pick_int(rng, src)
    ok = (dst >= 0) & acct_ok[np.maximum(dst, 0)]
    src, t, dst = src[ok], t[ok], dst[ok]
    amt = np.round(rng.choice([200, 300, 500, 800, 1000, 2000, 3000], len(src)) * rng.choice([1, 1, 1, 1.5], len(src)))
    pay(src, t, R.acct[dst], amt, "mobile_app", dst)
    # New Year red packets around midnight
    if 0 <= w.eve_day < w.days:
        k = rng.poisson(np.where(adult & R.smart, np.where(R.age >= 40, 2.5, 1.5), 0))
        s = np.repeat(np.arange(n), k)
        t = np.minimum(START + w.eve_day * DAY + rng.integers(20 * HOUR, 26 * HOUR, len(s)), w.end - 1)
        dst, _ = R.pick_int(rng, s)
        ok = (dst >= 0) & (R.pay_acct[np.maximum(dst, 0)] >= 0)
        s, t, dst = s[ok], t[ok], dst[ok]
        amt = rng.choice([66, 88, 100, 168, 200, 520, 666, 888], len(s), p=[.2, .2, .2, .12, .12, .06, .06, .04])
        add_txn(w, t, R.pay_acct[s], R.pay_acct[dst], amt.astype(float), channel="third_party",
                initiated=R.msisdn[s])
    # payroll on Friday 28 December, year-end bonuses over the holiday weeks
    wk = np.flatnonzero(R.worker & acct_ok & (R.employer >= 0))
    pd = min(2, w.days - 1)
    t = START + pd * DAY + rng.integers(9 * HOUR, 16 * HOUR, len(wk))
    sal = np.round(rng.lognormal(np.log(5200), 0.35, len(wk)), 2)
    add_txn(w, t, R.emp_acct[R.employer[wk]], R.acct[wk], sal, channel="counter")
    bank_sms(w, rng, t, R.msisdn[wk], R.bank[wk], R.acct[wk], "in")
    b = wk[rng.random(len(wk)) < 0.35]
    bd = rng.choice([min(x, w.days - 1) for x in (2, 3, 5, 7, 8, 9)], len(b))
    t = START + bd * DAY + rng.integers(9 * HOUR, 17 * HOUR, len(b))
    bon = np.round(rng.lognormal(np.log(9000), 0.6, len(b)), -1)
    add_txn(w, t, R.emp_acct[R.employer[b]], R.acct[b], bon, channel="counter")
    bank_sms(w, rng, t, R.msisdn[b], R.bank[b], R.acct[b], "in")
    # heating fees of late payers
    hp = np.flatnonzero(adult & acct_ok & (R.age >= 25) & (rng.random(n) < 0.05))
    t = clock.times(rng, rng.integers(0, w.days, len(hp)), "office")
    amt = np.round(rng.uniform(22, 29, len(hp)) * rng.integers(55, 120, len(hp)), 2)
    pay(hp, t, R.heat_acct[R.city[hp]], amt, "mobile_app")
    # rent at the month's end (landlords bank elsewhere)
    rp = np.flatnonzero(adult & acct_ok & (R.age < 40) & (rng.random(n) < 0.07))
    rd = np.clip(rng.choice([4, 5, 6, 7], len(rp)), 0, w.days - 1)
    t = clock.times(rng, rd, "evening")
    amt = np.round(rng.choice([800, 1000, 1200, 1500, 1800, 2500], len(rp)) * 1.0)
    pay(rp, t, R.ext_accts[rng.integers(0, len(R.ext_accts), len(rp))], amt, "mobile_app")
    # money from people at other banks
    src, day = _daily(rng, w, np.where(adult & acct_ok, 0.02, 0.0))
    t = clock.times(rng, day, "adult")
    amt = np.round(rng.lognormal(np.log(600), 0.9, len(src)), 0)
    add_txn(w, t, R.ext_accts[rng.integers(0, len(R.ext_accts), len(src))], R.acct[src], amt, channel="mobile_app")
    bank_sms(w, rng, t, R.msisdn[src], R.bank[src], R.acct[src], "in")


def iot(w: World):
    R = w.R
    rng = w.rng("ev.iot")
    num, imsi, imei, cell = R.iot
    n = len(num)
    src, day = _daily(rng, w, np.full(n, 4.0))
    t = clock.times(rng, day, "flat")
    add_dev(w, t, num[src], imsi[src], imei[src], cell[src], "data_session",
            nbytes=rng.integers(300, 40000, len(src)))


__all__ = ["everyday", "WORKERS"]
