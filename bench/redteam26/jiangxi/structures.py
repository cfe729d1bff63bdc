"""Structural look-alikes: handsets that see many SIMs, IDs with many cards, IoT cards clustered in one cell,
cards that sleep and wake, lines abroad, relays that are not relays, SIM re-issues, video calls, remote help.
"""

from __future__ import annotations

import numpy as np

from . import behave as B
from .catalog import IOT_TACS, PLATFORMS
from .core import DAY, HOUR, T0, imei_from
from .gangs import CITY
from .lookalikes import DAYTIME, SHIFTS, Honest, workdays
from .world import (
    CAND,
    DORMANT,
    ELDER,
    FACTORY,
    IOT,
    MERCHANT,
    MIGRANT,
    MOBILE,
    PARENT,
    RETIREE,
    SECOND,
    STATIC,
    UNI,
    WORKER,
    YOUTH,
)

KINDS: list = []


def kind(f):
    KINDS.append(f)
    return f


def extra_lines(L: Honest, holders, n_each: int = 1, imei=None, persona=SECOND, open_t=None) -> np.ndarray:
    """More cards on the holders' own IDs (same city and home)."""
    w, rng = L.w, L.rng
    holders = np.repeat(np.asarray(holders, dtype=np.int64), n_each)
    stores, _ = w.channels(rng)
    out = np.zeros(len(holders), dtype=np.int64)
    for i, h in enumerate(holders.tolist()):
        out[i] = w.add_lines(1, line=MOBILE, city=int(w.city[h]), ids=np.array([w.id_of[h]]),
                             open_t=T0 - int(rng.integers(30, 1500)) * DAY if open_t is None else open_t,
                             channel=stores[w.city[h], int(rng.integers(0, 14))], home=int(w.home[h]), work=int(w.work[h]),
                             persona=persona, age=int(w.age[h]), rng=rng,
                             imei=None if imei is None else np.array([imei[i] if np.ndim(imei) else imei]))[0]
    L.mark(out)
    return out


def chat(L: Honest, a, b, days, per_day, hours=(8, 22), talk=90, video_p=0.0) -> None:
    """Calls between fixed pairs of parties on the given days (both directions)."""
    w, rng = L.w, L.rng
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    dd = [d for d in days if d < w.days]
    if not dd or len(a) == 0:
        return
    k = rng.poisson(per_day, (len(a), len(dd)))
    i = np.repeat(np.repeat(np.arange(len(a)), len(dd)), k.ravel())
    d = np.repeat(np.tile(np.array(dd), len(a)), k.ravel())
    t = T0 + d * DAY + rng.integers(int(hours[0] * HOUR), int(hours[1] * HOUR), len(i))
    flip = rng.random(len(i)) < 0.5
    src = np.where(flip, b[i], a[i])
    dst = np.where(flip, a[i], b[i])
    B.calls(w, rng, src, dst, t, B.talk(rng, len(i), talk, 0.8), B.outcomes(rng, len(i), 0.85, 0.03, 0.02),
            video=(rng.random(len(i)) < video_p).astype(np.int64))


@kind
def dual_sim_phone(w):
    L = Honest(w, "dual_sim_phone")
    p = L.persons(4, (WORKER, MERCHANT), ["NC", "GZ", "SR", "YC"])
    biz = extra_lines(L, p, imei=w.imei[p])
    for i in range(len(p)):
        L.dial(biz[i: i + 1], workdays(w), (20, 40), DAYTIME, L.local(1500, int(w.city[p[i]])), 0.7, 70, callback_p=0.5)


@kind
def phone_repair_shop(w):
    L = Honest(w, "phone_repair_shop")
    rng = L.rng
    for city, area in (("NC", "Hongcheng market"), ("GZ", "Zhanggong")):
        owner = L.persons(1, (MERCHANT,), [city])
        if len(owner) == 0:
            continue
        shop = w.cells_in(area)[0]
        w.work[owner] = shop
        test = w.handsets(rng, 1)[0]
        L.label("imei", [test])
        S = w.S_all
        cust_pool = np.flatnonzero((w.persona[:S] <= 11) & (w.city[:S] == CITY[city]) & (w.status[:S] == 0))
        k = rng.integers(4, 9, w.days)
        d = np.repeat(np.arange(w.days), k)
        cust = cust_pool[rng.integers(0, len(cust_pool), len(d))]
        t = T0 + d * DAY + rng.integers(9 * HOUR, 19 * HOUR, len(d))
        B.device(w, cust, t - 60, B.POWER_OFF, cell=shop)
        B.device(w, cust, t, B.POWER_ON, imei=test, cell=shop)
        B.device(w, cust, t + 3, B.ATTACH, imei=test, cell=shop)
        tc = t + rng.integers(60, 600, len(d))
        to = np.where(rng.random(len(d)) < 0.5, w.service("10095"), owner[0])
        B.calls(w, rng, cust, to, tc, B.talk(rng, len(d), 15, 0.5, 3, 60), B.ANSWERED, imei=test, cell=shop)
        back = tc + rng.integers(900, 2400, len(d))
        B.device(w, cust, back, B.POWER_ON, cell=shop)
        B.device(w, cust, back + 3, B.ATTACH, cell=shop)


@kind
def store_activation_phone(w):
    L = Honest(w, "store_activation_phone")
    rng = L.rng
    stores, _ = w.channels(rng)
    for city in ("NC", "JJ"):
        ci = CITY[city]
        cell = w.city_cells(ci, ("urban",))[3]
        act = w.handsets(rng, 1)[0]
        L.label("imei", [act])
        k = rng.integers(2, 6, w.days)
        d = np.repeat(np.arange(w.days), k)
        n = len(d)
        t = T0 + d * DAY + rng.integers(9 * HOUR, 20 * HOUR, n)
        rural = np.zeros(n, dtype=bool)
        home = w.random_res_cell(rng, np.full(n, ci), rural)
        new = w.add_lines(n, line=MOBILE, city=ci, open_t=t - 600, channel=stores[ci, 1], open_cell=cell, home=home,
                          persona=STATIC, age=30, rng=rng, prepaid=1)
        own_phone = w.imei[new].copy()
        w.imei[new] = act
        w.imei2[new] = own_phone
        w.imei2_t[new] = t + rng.integers(900, 3600, n)
        L.mark(new)
        B.device(w, new, t, B.ATTACH, cell=cell)
        B.sms(w, np.full(n, w.service("10095")), new, t + 30, "【赣通移动】欢迎使用赣通移动！您的号码已开通，首月赠送10GB流量，详询10095。")
        B.calls(w, rng, new, np.full(n, w.service("10095")), t + rng.integers(60, 600, n), B.talk(rng, n, 40, 0.5),
                B.ANSWERED, cell=cell)
        B.device(w, new, w.imei2_t[new], B.ATTACH)
        # then ordinary use: a few calls a day with a handful of people of the city
        S = w.S_all
        town = np.flatnonzero((w.city[:S] == ci) & (w.persona[:S] <= 11))
        friends = town[rng.integers(0, len(town), (n, 4))]
        per = rng.poisson(2.0, (n, w.days)) * (np.arange(w.days)[None, :] > d[:, None])
        who = np.repeat(np.repeat(np.arange(n), w.days), per.ravel())
        dd = np.repeat(np.tile(np.arange(w.days), n), per.ravel())
        tt = T0 + dd * DAY + rng.integers(8 * HOUR, 22 * HOUR, len(who))
        fr = friends[who, rng.integers(0, 4, len(who))]
        flip = rng.random(len(who)) < 0.4
        B.calls(w, rng, np.where(flip, fr, new[who]), np.where(flip, new[who], fr), tt, B.talk(rng, len(who), 70, 0.9),
                B.outcomes(rng, len(who), 0.85, 0.03, 0.03))
        B.data_sessions(w, rng, new[who], tt + 600, 2e7, 1.2)


@kind
def village_agent(w):
    L = Honest(w, "village_agent")
    rng = L.rng
    _, agents = w.channels(rng)
    for city in ("YT", "SR"):
        ci = CITY[city]
        agent = L.persons(1, (MERCHANT, 3), [city], rural=True)
        if len(agent) == 0:
            continue
        elders = w.people(rng, int(rng.integers(15, 25)), personas=(ELDER, 3), cities=[ci], rural=True)
        if len(elders) == 0:
            continue
        d0 = int(rng.integers(0, max(w.days - 3, 1)))
        t = T0 + (d0 + rng.integers(0, 3, len(elders))) * DAY + rng.integers(9 * HOUR, 17 * HOUR, len(elders))
        new = np.zeros(len(elders), dtype=np.int64)
        ch = agents[ci, int(rng.integers(0, 36))]
        order = np.argsort(t)
        base = w.add_lines(len(elders), line=MOBILE, city=ci, ids=w.id_of[elders[order]], open_t=t[order], channel=ch,
                           open_cell=int(w.home[agent[0]]), home=w.home[elders[order]], persona=STATIC, age=w.age[elders[order]],
                           rng=rng, consecutive=True, handset_classes=("feature",))
        new[order] = base
        L.mark(new)
        B.device(w, new, t + 300, B.ATTACH, cell=int(w.home[agent[0]]))
        fam, ok = w.pick_contact(rng, np.repeat(elders, 6))
        who = np.repeat(np.arange(len(elders)), 6)[ok]
        tt = t[who] + rng.integers(HOUR, max(int(w.t_end - t.max()), HOUR + 1), len(who))
        B.calls(w, rng, fam[ok], new[who], tt, B.talk(rng, len(who), 120, 0.8), B.outcomes(rng, len(who), 0.8))


@kind
def iot_meter(w):
    L = Honest(w, "iot_meter")
    rng = L.rng
    cells = w.cells_in("Qingshanhu")[[0, 1, 2]]
    n = 40
    lines = L.business_lines(n, "NC", line=IOT, cell=cells[0], channel="JXNC-E101", consecutive=True)
    w.home[lines] = cells[np.arange(n) % 3]
    w.imei[lines] = imei_from(np.full(n, IOT_TACS[0]), rng.integers(0, 10 ** 6, n))
    k = 4 * w.days
    who = np.repeat(lines, k)
    t = T0 + np.tile(np.arange(k) * (DAY // 4), n) + rng.integers(0, 600, len(who))
    B.data_sessions(w, rng, who, t, 2e3, 0.4)


@kind
def iot_pos(w):
    L = Honest(w, "iot_pos")
    rng = L.rng
    n = 20
    shops = np.r_[w.cells_in("Hongcheng market"), w.cells_in("Zhanggong")[:6]]
    lines = L.business_lines(n, "NC", line=IOT, channel="JXNC-E102")
    w.home[lines] = shops[rng.integers(0, len(shops), n)]
    w.imei[lines] = imei_from(np.full(n, IOT_TACS[1]), rng.integers(0, 10 ** 6, n))
    k = rng.integers(10, 40, (n, w.days))
    who = np.repeat(np.repeat(lines, w.days), k.ravel())
    d = np.repeat(np.tile(np.arange(w.days), n), k.ravel())
    B.data_sessions(w, rng, who, T0 + d * DAY + rng.integers(8 * HOUR, 22 * HOUR, len(who)), 8e3, 0.5)


@kind
def iot_tracker(w):
    L = Honest(w, "iot_tracker")
    rng = L.rng
    n = 15
    lines = L.business_lines(n, "GZ", line=IOT, channel="JXGZ-E103")
    w.imei[lines] = imei_from(np.full(n, IOT_TACS[2]), rng.integers(0, 10 ** 6, n))
    route = np.r_[w.city_cells(CITY["GZ"], ("urban", "rural"))[:20], w.city_cells(CITY["JA"], ("urban", "rural"))[:15],
                  w.city_cells(CITY["NC"], ("urban", "rural"))[:20]]
    for d in range(w.days):
        k = 30
        who = np.repeat(lines, k)
        t = T0 + d * DAY + 7 * HOUR + np.tile(np.arange(k) * 1500, n) + rng.integers(0, 300, len(who))
        pos = (np.tile(np.arange(k), n) + np.repeat(rng.integers(0, len(route), n), k)) % len(route)
        B.device(w, who, t, B.LOC_UPDATE, cell=route[pos])
        B.data_sessions(w, rng, who, t + 30, 5e3, 0.4, cell=route[pos])


@kind
def enterprise_fleet(w):
    L = Honest(w, "enterprise_fleet")
    rng = L.rng
    office = w.cells_in("Honggutan")[[5, 6]]
    n = 30
    lines = L.business_lines(n, "NC", cell=office[0], channel="JXNC-E020")
    S = w.S_all
    homes = w.random_res_cell(rng, np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool))
    w.home[lines] = homes
    w.work[lines] = office[rng.integers(0, 2, n)]
    w.persona[lines] = WORKER
    a = lines[rng.integers(0, n, 3 * n)]
    b = lines[rng.integers(0, n, 3 * n)]
    ok = a != b
    chat(L, a[ok], b[ok], workdays(w), 0.8, (9, 18), 80)
    cust = np.flatnonzero((w.city[:S] == 0) & (w.persona[:S] <= 11))
    L.dial(lines, workdays(w), (5, 10), DAYTIME, cust[rng.integers(0, len(cust), 4000)], 0.7, 90, callback_p=0.4)
    B.data_sessions(w, rng, np.repeat(lines, w.days * 2), T0 + rng.integers(0, w.days * DAY, n * w.days * 2), 1e7, 1.2)


@kind
def multi_card_family(w):
    L = Honest(w, "multi_card_family")
    holders = L.persons(2, (PARENT, WORKER, MERCHANT), ["NC", "SR"])
    for h in holders.tolist():
        fam = extra_lines(L, [h], 4)
        chat(L, np.repeat(h, 4), fam, range(w.days), 1.2, (7, 22), 120, 0.05)
        chat(L, fam[[0, 1, 2]], fam[[1, 2, 3]], range(w.days), 0.6, (7, 22), 90)
        B.data_sessions(w, L.rng, np.repeat(fam, w.days * 2), T0 + L.rng.integers(0, w.days * DAY, 8 * w.days), 1.5e7, 1.2)


@kind
def dormant_then_normal(w):
    L = Honest(w, "dormant_then_normal")
    rng = L.rng
    S = w.S_all
    dm = np.flatnonzero((w.persona[:S] == DORMANT) & ~np.isin(np.arange(S), []) & (w.status[:S] == 0))
    dm = dm[rng.permutation(len(dm))[:4]]
    L.mark(dm)
    for p in dm.tolist():
        d0 = int(rng.integers(1, max(w.days - 2, 2)))
        t0 = T0 + d0 * DAY + int(rng.integers(9 * HOUR, 18 * HOUR))
        w.imei2[p] = w.handsets(rng, 1)[0]
        w.imei2_t[p] = t0
        B.device(w, np.array([p]), np.array([t0]), B.POWER_ON)
        B.device(w, np.array([p]), np.array([t0 + 4]), B.ATTACH)
        town = np.flatnonzero((w.city[:S] == w.city[p]) & (w.persona[:S] <= 11))
        fam = town[rng.integers(0, len(town), 5)]
        chat(L, np.full(5, p), fam, range(d0, w.days), 0.6, (8, 21), 150)
        B.sms(w, np.full(2, w.service("10095")), np.full(2, p), t0 + np.array([60, 120]),
              "【赣通移动】您的号码已恢复正常使用，欢迎回来！")


@kind
def data_only_tablet(w):
    L = Honest(w, "data_only_tablet")
    rng = L.rng
    owners = w.people(rng, 4, personas=(PARENT, WORKER, RETIREE, UNI), claim=True)
    tabs = extra_lines(L, owners)
    w.imei[tabs] = w.handsets(rng, len(tabs))
    k = rng.integers(2, 6, (len(tabs), w.days))
    who = np.repeat(np.repeat(tabs, w.days), k.ravel())
    d = np.repeat(np.tile(np.arange(w.days), len(tabs)), k.ravel())
    t = T0 + d * DAY + rng.integers(18 * HOUR, 23 * HOUR, len(who))
    B.data_sessions(w, rng, who, t, 2e8, 0.8)
    B.web(w, who, t + 20, "bilibili.com", "https://bilibili.com/video/", app="tv.danmaku.bili", rng=rng)


@kind
def otp_backup_card(w):
    L = Honest(w, "otp_backup_card")
    rng = L.rng
    owners = w.people(rng, 3, personas=(WORKER, MERCHANT, YOUTH), claim=True)
    cards = extra_lines(L, owners)
    k = rng.integers(1, 4, (len(cards), w.days))
    who = np.repeat(np.repeat(cards, w.days), k.ravel())
    d = np.repeat(np.tile(np.arange(w.days), len(cards)), k.ravel())
    snd = np.array([w.service(x) for x in ("1069012345", "1069588888", "1069055555", "1069555880")])
    B.sms(w, snd[rng.integers(0, 4, len(who))], who, T0 + d * DAY + rng.integers(8 * HOUR, 23 * HOUR, len(who)),
          B.cat("验证码", B.zfill(rng.integers(0, 10 ** 6, len(who)), 6), "，用于身份验证，请勿泄露。"))


@kind
def new_arrival_heavy_caller(w):
    L = Honest(w, "new_arrival_heavy_caller")
    rng = L.rng
    stores, _ = w.channels(rng)
    for city in ("NC", "GZ", "NC"):
        ci = CITY[city]
        d0 = int(rng.integers(0, 3))
        cell = w.city_cells(ci, ("urban",))[5]
        ln = w.add_lines(1, line=MOBILE, city=ci, open_t=T0 + d0 * DAY + 8 * HOUR + 1800, channel=stores[ci, 3], open_cell=cell,
                         home=cell, persona=STATIC, rng=rng)
        L.mark(ln)
        biz = w.offnet_of_city(rng, 300, ci, kind=1)
        L.dial(ln, range(d0, d0 + 4), (20, 40), DAYTIME, np.r_[biz, L.local(300, city)][rng.permutation(600)], 0.6, 80,
               callback_p=0.4)
        L.dial(ln, range(d0 + 4, 13), (3, 6), SHIFTS, L.local(200, city), 0.8, 120, callback_p=0.5)


@kind
def legit_roamer(w):
    L = Honest(w, "legit_roamer")
    rng = L.rng
    p = L.persons(4, (WORKER, RETIREE, UNI, MERCHANT), None)
    for i, cc in enumerate(("TH", "MY", "JP", "SG")[: len(p)]):
        s = T0 + int(rng.integers(0, max(w.days - 4, 1))) * DAY + 8 * HOUR
        w.roam_cc[p[i]] = w.country(cc)
        w.away_s[p[i]] = s
        w.away_e[p[i]] = s + int(rng.integers(4, 8)) * DAY
        B.device(w, p[i: i + 1], np.array([s + 5 * HOUR]), B.ATTACH)


@kind
def cambodia_legit_worker(w):
    L = Honest(w, "cambodia_legit_worker")
    p = L.persons(2, (FACTORY, MIGRANT, WORKER), ["GZ", "SR"])
    w.roam_cc[p] = w.country("KH")
    w.away_s[p] = T0 - 90 * DAY
    w.away_e[p] = np.iinfo(np.int64).max
    fam, ok = w.pick_contact(L.rng, p)
    fam = np.where(ok, fam, w.offnet_of_city(L.rng, len(p), CITY["GZ"]))
    chat(L, p, fam, range(w.days), 1.0, (19, 23), 900, 0.5)


@kind
def overseas_student_parent(w):
    L = Honest(w, "overseas_student_parent")
    rng = L.rng
    p = L.persons(3, (PARENT, MERCHANT, WORKER), ["NC", "NC", "GZ"])
    for i, cc in enumerate(("GB", "AU", "US")[: len(p)]):
        kid = w.new_intl(rng, 1, cc)
        chat(L, np.full(1, p[i]), kid, range(w.days), 0.5, (19, 23.5), 1200, 0.3)
        acct = L.account(p[i: i + 1])
        kid_acct = w.bank.new(w.new_ids(1), "BOC", T0 - 300 * DAY, kid, rng=rng)
        w.bank.transfer(rng, acct, kid_acct, T0 + int(rng.integers(1, max(w.days, 2))) * DAY + 10 * HOUR,
                        np.array([np.round(rng.uniform(80000, 150000), -3)]), B.COUNTER)


@kind
def porcelain_exporter_relay(w):
    L = Honest(w, "porcelain_exporter_relay")
    rng = L.rng
    p = L.persons(2, (MERCHANT,), ["JDZ"])
    buyers = np.r_[w.new_intl(rng, 4, "US"), w.new_intl(rng, 3, "KR"), w.new_intl(rng, 3, "AE"), w.new_intl(rng, 2, "GB")]
    kilns = np.r_[w.offnet_of_city(rng, 20, CITY["JDZ"], kind=1), L.local(20, "JDZ", 0.5)]
    for x in p.tolist():
        k = rng.integers(3, 9, w.days)
        d = np.repeat(np.arange(w.days), k)
        n = len(d)
        t = T0 + d * DAY + rng.integers(8 * HOUR, 23 * HOUR, n)
        dur = B.talk(rng, n, 300, 0.6, 30, 2400)
        B.calls(w, rng, buyers[rng.integers(0, len(buyers), n)], np.full(n, x), t, dur, B.ANSWERED)
        t2 = t + dur + rng.integers(10, 60, n)
        B.calls(w, rng, np.full(n, x), kilns[rng.integers(0, len(kilns), n)], t2, B.talk(rng, n, 120, 0.6), B.outcomes(rng, n, 0.85))


@kind
def taxi_dispatcher_relay(w):
    L = Honest(w, "taxi_dispatcher_relay")
    rng = L.rng
    for city in ("PX", "FZ"):
        a = L.persons(1, (WORKER, MERCHANT), [city])
        if len(a) == 0:
            continue
        b = extra_lines(L, a)
        drivers = L.local(15, city, 1.0, personas=(WORKER, MIGRANT, FACTORY, YOUTH))
        cust = L.local(1500, city, 0.5)
        k = rng.integers(30, 60, w.days)
        d = np.repeat(np.arange(w.days), k)
        n = len(d)
        t = T0 + d * DAY + rng.integers(6 * HOUR, 23 * HOUR, n)
        dur = B.talk(rng, n, 30, 0.5, 8, 120)
        B.calls(w, rng, cust[rng.integers(0, len(cust), n)], np.full(n, a[0]), t, dur, B.ANSWERED)
        B.calls(w, rng, np.full(n, b[0]), drivers[rng.integers(0, len(drivers), n)], t + rng.integers(5, 30, n),
                B.talk(rng, n, 25, 0.5, 5, 90), B.outcomes(rng, n, 0.9))


@kind
def sim_reissue_legit(w):
    L = Honest(w, "sim_reissue_legit")
    rng = L.rng
    p = L.persons(3, (WORKER, PARENT, RETIREE), ["NC", "GZ", "JJ"], mask=w.bank.party_acct[: w.cap] >= 0)
    if w.days < 4:
        return
    tl = T0 + rng.integers(1, w.days - 2, len(p)) * DAY + rng.integers(12 * HOUR, 20 * HOUR, len(p))
    tr = tl + rng.integers(14 * HOUR, 26 * HOUR, len(p))
    B.device(w, p, tl, B.DETACH)
    w.swap_sim(rng, p, tr)
    w.imei2[p] = w.handsets(rng, len(p))
    w.imei2_t[p] = tr
    w.suppress = getattr(w, "suppress", []) + [(int(w.num[x]), int(a), int(b), -1) for x, a, b in
                                               zip(p.tolist(), tl.tolist(), tr.tolist(), strict=True)]
    B.device(w, p, tr + 60, B.ATTACH)
    for snd, name in (("1069012345", "微信"), ("1069588888", "支付宝")):
        B.sms(w, np.full(len(p), w.service(snd)), p, tr + rng.integers(300, 3600, len(p)),
              B.cat("【", name, "】验证码", B.zfill(rng.integers(0, 10 ** 6, len(p)), 6), "，您正在新设备上登录。"))


@kind
def video_call_family(w):
    L = Honest(w, "video_call_family")
    p = L.persons(4, (MIGRANT, PARENT, WORKER), None)
    kid, ok = w.pick_contact(L.rng, p)
    chat(L, p[ok], kid[ok], range(w.days), 1.0, (19.5, 22.5), 1000, 0.9)


@kind
def elderly_remote_assist(w):
    L = Honest(w, "elderly_remote_assist")
    rng = L.rng
    p = L.persons(3, (ELDER, RETIREE), None)
    for x in p.tolist():
        if w.imei[x] // 10 ** 7 in (86911403, 35412088, 86911530):
            w.imei[x] = w.handsets(rng, 1)[0]
        d0 = int(rng.integers(0, max(w.days - 3, 1)))
        t0 = T0 + d0 * DAY + 19 * HOUR + int(rng.integers(0, 2 * HOUR))
        kid, ok = w.pick_contact(rng, np.array([x]))
        if ok[0]:
            B.calls(w, rng, kid, np.array([x]), np.array([t0 - 600]), np.array([900]), B.ANSWERED)
        B.web(w, np.array([x]), np.array([t0]), "oray.com", "https://sunlogin.oray.com/download/", rng=rng)
        B.apps(w, np.array([x]), np.array([t0 + 120]), "com.oray.sunlogin", "install", "https://sunlogin.oray.com/download/")
        k = int(rng.integers(2, 6))
        tu = t0 + np.sort(rng.integers(DAY // 2, max(int(w.t_end - t0), DAY), k))
        B.apps(w, np.full(k, x), tu, "com.oray.sunlogin", "use")
        B.data_sessions(w, rng, np.full(k, x), tu + 30, 4e7, 0.5)
        if ok[0]:
            acct = L.account(np.array([x]))
            dst = w.bank.of(kid, rng)
            w.bank.transfer(rng, acct, dst, tu[:1] + 600, np.array([float(rng.choice([1000, 2000, 5000]))]), B.APP, x)


@kind
def it_support_remote(w):
    L = Honest(w, "it_support_remote")
    rng = L.rng
    p = L.persons(2, (WORKER,), ["NC", "JJ"])
    for x in p.tolist():
        B.apps(w, np.array([x]), np.array([T0 - DAY + 10 * HOUR]), "com.todesk", "install", "https://www.todesk.com/download")
        k = rng.integers(3, 8, w.days)
        d = np.repeat(np.arange(w.days), k)
        t = T0 + d * DAY + rng.integers(9 * HOUR, 19 * HOUR, len(d))
        B.apps(w, np.full(len(d), x), t, np.where(rng.random(len(d)) < 0.6, "com.todesk", "com.tencent.wemeet.app"), "use")
        biz = w.offnet_of_city(rng, 40, int(w.city[x]), kind=1)
        B.calls(w, rng, np.full(len(d), x), biz[rng.integers(0, 40, len(d))], t - 120, B.talk(rng, len(d), 240, 0.6), B.ANSWERED)


@kind
def post_exam_signup_burst(w):
    L = Honest(w, "post_exam_signup_burst")
    rng = L.rng
    p = L.persons(3, (CAND,), None)
    if w.days < 10:
        return
    for x in p.tolist():
        t0 = T0 + 9 * DAY + 18 * HOUR + int(rng.integers(0, 3 * HOUR))
        plats = [pl for pl in PLATFORMS if pl[0] in ("xiaohongshu", "ctrip", "bilibili", "douyin", "kuaishou", "qq",
                                                     "meituan", "taobao", "12306")]
        for j, (name, _, style, _) in enumerate(plats):
            tt = t0 + j * int(rng.integers(200, 500))
            w.platforms.new(name, style, np.array([x]), np.array([tt]))
            B.sms(w, np.array([w.service("1069012345")]), np.array([x]), np.array([tt - 30]),
                  f"【{name}】验证码{int(rng.integers(100000, 999999))}，您正在注册，5分钟内有效。")


@kind
def mcn_operator(w):
    L = Honest(w, "mcn_operator")
    rng = L.rng
    p = L.persons(2, (YOUTH, WORKER), ["NC", "JDZ"])
    for x in p.tolist():
        k = int(rng.integers(10, 20))
        t = T0 + np.sort(rng.integers(0, w.days * DAY, k))
        for j in range(k):
            name, style = (("douyin", "douyin"), ("kuaishou", "ks"), ("xiaohongshu", "xhs"), ("bilibili", "bili"))[j % 4]
            acc = w.platforms.new(name, style, np.array([x]), t[j: j + 1])
            L.label("account", acc)
        B.sms(w, np.full(k, w.service("1069066666")), np.full(k, x), t - 30,
              B.cat("【抖音】验证码", B.zfill(rng.integers(0, 10 ** 6, k), 6), "，用于注册/登录。"))
        B.data_sessions(w, rng, np.full(2 * w.days, x), T0 + rng.integers(0, w.days * DAY, 2 * w.days), 8e8, 0.6)


@kind
def intl_business_caller(w):
    L = Honest(w, "intl_business_caller")
    rng = L.rng
    p = L.persons(2, (MERCHANT,), ["GZ", "SR"])
    partners = np.r_[w.new_intl(rng, 4, "VN"), w.new_intl(rng, 3, "LA"), w.new_intl(rng, 2, "MM"), w.new_intl(rng, 2, "KH")]
    for x in p.tolist():
        k = rng.integers(3, 8, w.days)
        d = np.repeat(np.arange(w.days), k)
        t = T0 + d * DAY + rng.integers(9 * HOUR, 20 * HOUR, len(d))
        pr = partners[rng.integers(0, len(partners), len(d))]
        flip = rng.random(len(d)) < 0.4
        B.calls(w, rng, np.where(flip, pr, x), np.where(flip, x, pr), t, B.talk(rng, len(d), 240, 0.7),
                B.outcomes(rng, len(d), 0.8))
