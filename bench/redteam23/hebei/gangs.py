"""The gangs of summer 2030 (HB-G01 .. HB-G16; HB-G12 and HB-G13, the card and mule supply, are in supply.py).

Each has its own people, cards, handsets, places, hours and scale. Careful ones spread thin over many
sold cards in ordinary phones with low daily volumes and personal lives beside; loud ones burn cards.
"""

from __future__ import annotations

import numpy as np

from . import catalog
from .fraudkit import Gang, pick, rota, rows
from .residents import AGE
from .social import CC
from .supply import Supply
from .traffic import CH, EV, apps, device, outcome, texts, transfer, voice, web
from .world import DAY, World

LONG = 240  # seconds of talk after which a reached person counts as engaged


def weekdays(w: World) -> np.ndarray:
    d = np.arange(w.days)
    return d[~w.weekend(d)]


def fit_days(first, last, ready_day, w: World):
    first = np.maximum(first, np.asarray(ready_day) + 1)
    first = np.minimum(first, w.days - 1)
    return first, np.maximum(last, first)


def build(w: World, sup: Supply) -> None:
    for f in (g01_xiongan, g02_hospital, g03_skins, g04_gaokao, g05_flood_cat, g06_beidaihe, g07_tasks,
              g08_goip, g09_police, g10_faceswap, g11_relay, g14_romance, g15_handan, g16_army):
        f(w, sup)
    sup.finish_labels()


# ---------------------------------------------------------------- G01
def g01_xiongan(w: World, sup: Supply) -> None:
    """Fake relocation-compensation calls to relocated villagers of Rongdong and Anxin (careful).
    Five people in two Baoding flats, sold cards in six ordinary phones, office hours, 8-16 calls a card a day,
    each card for three to five days; a handful of texts with a look-alike government link."""
    g = Gang(w, "HB-G01", "relocation_compensation", "other")
    rng = g.rng
    mem = g.members(5, "bd_urban", rate=0.8)
    n = w.n(30, 8)
    cards = sup.card(sup.take(n, 3, ["village_elderly", "migrant", "stolen_id"]))
    first, last = rota(rng, n, 0, w.days - 1, (3, 5))
    first, last = fit_days(first, last, cards["ready_day"], w)
    phones = w.handsets(rng, 6)
    ph = rng.integers(0, 6, n)
    flats = mem["home"][:2]
    res = w.res
    relocated = np.isin(res["dist"], [w.dist("xa_rongdong"), w.dist("xa_anxin")]) & ~res["second"] & (res["age"] >= 3)
    leaked = pick(rng, relocated, w.n(420), weights=np.where(res["age"] == AGE["E"], 2.0, 1.0))
    c, d = rows(rng, first, last, 11, days=weekdays(w))
    t = w.times(rng, d, "office")
    tg = leaked[rng.integers(0, len(leaked), len(t))]
    cell = w.near(rng, flats[ph[c] % 2], 0.2)
    away = rng.random(len(t)) < 0.1
    cell[away] = w.random_cell(rng, np.full(away.sum(), w.dist("xa_rongdong")))
    rec = g.calls(cards["msisdn"][c], phones[ph[c]], cards["imsi"][c], cell, t, tg, 0.55, 70, 1.1)
    dom, ip, app = g.infra(["xa-zqbc.cn", "xiongan-buchang.top", "xazq.gov-cn.vip"], ["103.151.44.27", "43.129.71.8"])
    urls = w.voc("url").codes(["https://xa-zqbc.cn/hx?id=2030", "http://xiongan-buchang.top/bc", "https://xazq.gov-cn.vip/"])
    # a few texts to the leaked list from two of the cards
    k = rng.integers(0, n, w.n(160))
    ts = w.start + rng.integers(first[k], last[k] + 1) * DAY + rng.integers(9 * 3600, 17 * 3600, len(k))
    tgs = leaked[rng.integers(0, len(leaked), len(k))]
    content = texts(w, rng, catalog.FRAUD_TEXTS["relocation"], 16, u=["https://xa-zqbc.cn/hx", "xiongan-buchang.top/bc",
                                                                         "xazq.gov-cn.vip"])
    g.texts(cards["msisdn"][k], phones[ph[k]], flats[ph[k] % 2], ts, tgs, content[rng.integers(0, 16, len(k))])
    pv, pt = g.split(rec, 300, 0.4, 720)
    g.visits(pv, pt + 120, dom, ip, urls)
    elderly = res["age"][pv] == AGE["E"]
    mules = sup.mules_for(g.gid, 9)
    g.pay(pv, pt, rng.integers(1, 4, len(pv)), 9000, mules,
          channel=np.where(elderly, CH["counter"], CH["mobile_app"]), spread_h=(2, 20))
    # the cards live a little: data sessions, calls between the gang's own lines
    days = np.repeat(np.arange(n), last - first + 1)
    dd = first[days] + (np.arange(len(days)) - np.repeat(np.cumsum(last - first + 1) - (last - first + 1),
                                                          last - first + 1))
    g.sessions(cards["msisdn"][days], cards["imsi"][days], phones[ph[days]], flats[ph[days] % 2], dd, 4.0)
    m = rng.integers(0, 5, len(days))
    tt = w.times(rng, dd, "evening")
    r, du, ri = outcome(rng, len(days), 0.9, 40)
    voice(w, tt, cards["msisdn"][days], mem["msisdn"][m], r, du, ri, phones[ph[days]], cards["imsi"][days],
          flats[ph[days] % 2], mem["home"][m])
    g.label("msisdn", cards["msisdn"], "fraud_caller", w.start + first * DAY)
    g.label("imsi", cards["imsi"], "fraud_caller", w.start + first * DAY)
    g.label("imei", phones, "fraud_caller")


# ---------------------------------------------------------------- G02
def g02_hospital(w: World, sup: Supply) -> None:
    """Fake Beijing top-hospital registration (挂号) scalpers in Yanjiao: patients' families find the numbers
    online and call in; the scalpers call back, text a 'booking voucher' and take deposits by payment code."""
    g = Gang(w, "HB-G02", "hospital_registration", "other")
    rng = g.rng
    mem = g.members(3, "lf_yanjiao", rate=1.0)
    n = w.n(10, 4)
    cards = sup.card(sup.take(n, 0, ["student", "stolen_id"]))
    first = np.maximum(0, cards["ready_day"] + 1)
    last = np.full(n, w.days - 1)
    phones = w.handsets(rng, n)
    base = w.near(rng, np.repeat(mem["home"][:1], n), 0.5)
    bj = w.offnet_mobile(w.n(6, 3), "beijing")  # their Beijing numbers on another operator
    allnum = np.concatenate([cards["msisdn"], bj])
    res = w.res
    seekers = pick(rng, ~res["second"] & (res["age"] >= 3), w.n(120))
    ts = w.start + rng.integers(0, w.days, len(seekers)) * DAY + rng.integers(7 * 3600, 22 * 3600, len(seekers))
    which = rng.integers(0, len(allnum), len(seekers))
    ts = np.maximum(ts, w.start + first[np.minimum(which, n - 1)] * DAY)
    r, du, ri = outcome(rng, len(seekers), 0.85, 150, 0.7)
    callee_cell = np.where(which < n, base[np.minimum(which, n - 1)], -1)
    voice(w, ts, res["msisdn"][seekers], allnum[which], r, du, ri, res["imei"][seekers], res["imsi"][seekers],
          w.near(rng, res["cell"][seekers], 0.2), callee_cell)
    w.contacts.append(dict(src=allnum[which], dst=res["msisdn"][seekers], t=ts, engaged=du >= 120, gang=g.gid,
                           ftype=g.ftype, kind="inbound"))
    # call-backs from the on-net cards
    cb = np.nonzero((r == 0) & (rng.random(len(seekers)) < 0.6))[0]
    k = np.minimum(which[cb], n - 1)
    rec = g.calls(cards["msisdn"][k], phones[k], cards["imsi"][k], base[k], ts[cb] + rng.integers(600, 6 * 3600, len(cb)),
                  seekers[cb], 0.9, 200, 0.6)
    dom, ip, app = g.infra(["bj301-guahao.com", "pumch-yuyue.net", "yygh-bj.vip"], ["156.241.8.44", "156.241.8.45"])
    content = texts(w, rng, catalog.FRAUD_TEXTS["hospital"], 12, u=["https://bj301-guahao.com/pz", "pumch-yuyue.net/v",
                                                                     "yygh-bj.vip/k"])
    g.texts(cards["msisdn"][k], phones[k], base[k], rec["t"] + 400, seekers[cb], content[rng.integers(0, 12, len(cb))])
    g.visits(seekers[cb], rec["t"] + 900, dom, ip)
    payers = rng.random(len(cb)) < 0.35
    g.pay(seekers[cb][payers], rec["t"][payers] + 900, rng.integers(1, 3, payers.sum()), 900,
          sup.mules_for(g.gid, 8, paycode=True), channel=CH["third_party"], spread_h=(0.2, 3))
    g.engaged_victims(seekers[cb][~payers & (rec["dur"] >= 300)])
    # cover life: the cards also call Beijing hospitals' switchboards and each other
    hosp = w.fixed(None, 5, beijing=True)
    c, d = rows(rng, first, last, 3)
    t = w.times(rng, d, "morning")
    r, du, ri = outcome(rng, len(c), 0.6, 50)
    voice(w, t, cards["msisdn"][c], hosp[rng.integers(0, 5, len(c))], r, du, ri, phones[c], cards["imsi"][c],
          base[c])
    dd = np.arange(w.days)
    i = np.repeat(np.arange(n), w.days)
    ok = dd[np.tile(np.arange(w.days), n)] >= first[i]
    g.sessions(cards["msisdn"][i][ok], cards["imsi"][i][ok], phones[i][ok], base[i][ok],
               np.tile(dd, n)[ok], 5.0)
    g.label("msisdn", allnum, "fraud_caller")
    g.label("imsi", cards["imsi"], "fraud_caller")
    g.label("imei", phones, "fraud_caller")


# ---------------------------------------------------------------- G03
def g03_skins(w: World, sup: Supply) -> None:
    """'Free game skins' for children on their parents' phones, run from Cambodia with sold cards roaming:
    the child installs an app, the fraudster video-calls the parent's number while the parent is at work and
    walks the child through paying with the parent's wallet, several times within an hour."""
    g = Gang(w, "HB-G03", "game_skin", "other")
    rng = g.rng
    n = w.n(8, 3)
    cards = sup.card(sup.take(n, -3, ["student"]))
    phones = w.handsets(rng, n)
    dom, ip, app = g.infra(["pifu-lingqu.vip", "api.pifu-lingqu.vip", "wzry-fuli.cc"],
                           ["156.241.10.3", "154.39.77.21"], ["com.pifu.lingqu"])
    src = w.voc("url").codes(["https://pifu-lingqu.vip/dl?c=HB30", "http://wzry-fuli.cc/apk"])
    res = w.res
    parents = pick(rng, res["kid_hh"] & ~res["second"] & np.isin(res["age"], [2, 3]) & res["smart"], w.n(80))
    d = rng.integers(0, w.days, len(parents))
    t_inst = w.start + d * DAY + rng.integers(9 * 3600, 15 * 3600, len(parents))
    g.visits(parents, t_inst - 300, dom, ip)
    inst = rng.random(len(parents)) < 0.7
    g.installs(parents[inst], t_inst[inst], app[0], src[rng.integers(0, 2, inst.sum())])
    # the call comes from a roaming card
    k = rng.integers(0, n, len(parents))
    tc = t_inst + rng.integers(600, 5400, len(parents))
    video = (rng.random(len(parents)) < 0.45).astype(np.int8)
    rec = g.calls(cards["msisdn"][k], phones[k], cards["imsi"][k], -1, tc, parents, 0.8, 900, 0.6, media=video,
                  roam=CC["KH"])
    pv, pt = g.split(rec, 400, 0.5, 900)
    g.pay(pv, pt - 600, rng.integers(2, 7, len(pv)), 1500,
          sup.mules_for(g.gid, 10, paycode=True), channel=CH["third_party"], spread_h=(0.03, 0.2), grow=1.3)
    # roaming life of the cards: attached in Cambodia every day
    i = np.repeat(np.arange(n), w.days)
    dd = np.tile(np.arange(w.days), n)
    t = w.times(rng, dd, "adult")
    device(w, t, cards["msisdn"][i], cards["imsi"][i], phones[i], -1, EV["data_session"], CC["KH"],
           rng.integers(50_000, 9_000_000, len(i)))
    g.label("msisdn", cards["msisdn"], "fraud_caller")
    g.label("imsi", cards["imsi"], "fraud_caller")
    g.label("imei", phones, "fraud_caller")


# ---------------------------------------------------------------- G04
def g04_gaokao(w: World, sup: Supply) -> None:
    """Fake 补录 (late admission) and student-aid calls to parents of this year's graduates, from VoIP lines
    of a shell 'education consulting' firm with Shijiazhuang fixed-looking numbers, through one SIP gateway."""
    g = Gang(w, "HB-G04", "gaokao_late_admission", "other")
    rng = g.rng
    firm = w.new_persons(1, 2, w.region_of["sjz"])
    n = w.n(24, 6)
    nums = w.fixed(np.full(n, w.region_of["sjz"]), lead=(8,))
    ot = w.start - rng.integers(20, 40) * DAY + rng.integers(0, 3 * DAY, n)
    w.new_lines(nums, firm[0], 2, ot, w.channels_of(w.region_of["sjz"])[0], enterprise=True)
    gw = w.voc("gateway").code("SIPGW-SJZ-07")
    res = w.res
    parents = pick(rng, res["teen_hh"] & ~res["second"] & (res["age"] == AGE["A"]), w.n(1500))
    students = pick(rng, res["age"] == AGE["S"], w.n(200))
    pool = np.concatenate([parents, students])
    first = rng.integers(0, 3, n)
    last = np.minimum(first + rng.integers(5, 10, n), w.days - 1)
    c, d = rows(rng, first, last, 95, 0.3)
    t = w.times(rng, d, "shop")
    tg = pool[rng.integers(0, len(pool), len(t))]
    rec = g.calls(nums[c], -1, -1, -1, t, tg, 0.42, 45, 1.2, call_type=2, gateway=gw)
    pv, pt = g.split(rec, 300, 0.16, 900)
    aid = np.isin(pv, students)
    ch = np.where(aid, CH["atm"], np.where(rng.random(len(pv)) < 0.3, CH["counter"], CH["mobile_app"]))
    g.pay(pv, pt, rng.integers(1, 3, len(pv)), 12000, sup.mules_for(g.gid, 8), channel=ch, spread_h=(1, 10))
    g.label("msisdn", nums, "fixed_voip_line", ot)
    g.label("id_key", w.id_keys(firm), "gang_member")


# ---------------------------------------------------------------- G05
def g05_flood_cat(w: World, sup: Supply) -> None:
    """A moving SMS cat: two 16-module modem pools in a van driving Baoding - Shijiazhuang - Xingtai on the flood
    days, blasting flood-relief donation and water-damage claim phishing with wildcard and bare-IP links."""
    g = Gang(w, "HB-G05", "flood_relief_phishing", "other")
    rng = g.rng
    crew = g.members(2, "bd_urban", rate=0.6)
    modems = w.modems(32, "smscat")
    n_sims = w.n(40, 12)
    cards = sup.card(sup.take(n_sims, 3, ["migrant", "student", "stolen_id"]))
    days = np.arange(3, min(12, w.days))
    route_d = [w.dist(k) for k in ["bd_urban", "bd_mountain", "hw_g4", "sjz_urban", "sjz_gaocheng", "xt_urban",
                                   "xt_west", "hw_g4", "bd_gaobeidian"]]
    # slots: (module, day) -> sim; a sim stays in its module two or three days
    slots_m = np.repeat(np.arange(32), len(days))
    slots_d = np.tile(days, 32)
    live = rng.random(len(slots_m)) < 0.7
    slots_m, slots_d = slots_m[live], slots_d[live]
    sim = (slots_m * 7 + slots_d // 3) % len(cards["msisdn"])
    sim = np.maximum(sim, 0)
    ready = cards["ready_day"][sim]
    ok = slots_d > ready
    slots_m, slots_d, sim = slots_m[ok], slots_d[ok], sim[ok]
    k = rng.poisson(170 * rng.lognormal(0, 0.3, len(sim)))
    i = np.repeat(np.arange(len(sim)), k)
    t = w.start + slots_d[i] * DAY + rng.integers(9 * 3600, 19 * 3600, len(i))
    # the van's position: a route stop every ~25 minutes
    slot = (t - w.start) // 1500
    stop = np.array(route_d)[(slot // 6) % len(route_d)]
    h = (slot * 2654435761) % 100000
    cell = (w.dist_start[stop] + h % w.dist_len[stop]).astype(np.int32)
    res = w.res
    reg = np.isin(res["region"], [w.region_of[r] for r in ("bd", "sjz", "xt", "xa")]) & ~res["second"]
    rcv = np.nonzero(reg)[0][rng.integers(0, reg.sum(), len(i))]
    sweep = rng.random(len(i)) < 0.35
    receiver = res["msisdn"][rcv].copy()
    receiver[sweep] = (receiver[sweep] // 10000) * 10000 + rng.integers(0, 10000, sweep.sum())
    subs = np.array(["".join(rng.choice(list("abcdefghkmnpqrstuvwxyz23456789"), 5)) for _ in range(60)])
    hosts = [f"{s}.hbjz-relief.top" for s in subs[:40]] + [f"{s}.hb-lipei.xyz" for s in subs[40:]]
    links = [f"http://{h}/j" for h in hosts] + ["http://45.207.32.18/bz", "http://45.207.32.19/lp"]
    content = texts(w, rng, catalog.FRAUD_TEXTS["flood"], 90, u=links, c=["涞水", "易县", "涿州", "邢台", "保定"])
    msg = content[rng.integers(0, len(content), len(i))]
    g.texts(cards["msisdn"][sim[i]], modems[slots_m[i]], cell, t, np.where(sweep, -1, rcv), msg, receiver=receiver)
    device(w, t[::9], cards["msisdn"][sim[i]][::9], cards["imsi"][sim[i]][::9], modems[slots_m[i]][::9], cell[::9],
           EV["location_update"])
    # crew phones ride along
    tc = t[::40]
    for j in range(2):
        device(w, tc + j * 17, crew["msisdn"][j], crew["imsi"][j], crew["imei"][j], cell[::40], EV["location_update"])
    dom, ip, _ = g.infra(["hbjz-relief.top", "hb-lipei.xyz"] + hosts, ["45.207.32.18", "45.207.32.19", "43.154.88.7"])
    # some receivers open the link; some donate, some type in their card and lose money later
    real = ~sweep
    click = real & (rng.random(len(i)) < 0.005)
    ci = np.nonzero(click)[0]
    hsel = rng.integers(0, len(hosts), len(ci))
    web_dom = dom[2 + hsel]
    web(w, t[ci] + rng.integers(60, 7200, len(ci)), res["msisdn"][rcv[ci]], web_dom, -1, ip[rng.integers(0, 3, len(ci))],
        rng.integers(20_000, 600_000, len(ci)))
    vic = rcv[ci]
    donate = rng.random(len(ci)) < 0.25
    g.pay(vic[donate], t[ci][donate] + 3600, 1, 200, sup.mules_for(g.gid, 6, paycode=True), channel=CH["third_party"],
          spread_h=(0.05, 0.5))
    phished = ~donate & (rng.random(len(ci)) < 0.25)
    g.pay(vic[phished], t[ci][phished] + DAY, rng.integers(1, 3, phished.sum()), 4000, sup.mules_for(g.gid, 6),
          channel=CH["third_party"], by_phone=False, spread_h=(0.2, 2))
    g.engaged_victims(vic[~donate & ~phished])
    g.label("msisdn", cards["msisdn"], "fraud_sms_sender")
    g.label("imsi", cards["imsi"], "fraud_sms_sender")
    g.label("imei", modems, "simbox_device")


# ---------------------------------------------------------------- G06
def g06_beidaihe(w: World, sup: Supply) -> None:
    """Fake Beidaihe hotel and tour refunds on leaked bookings: 'your booking is cancelled by the rainstorm,
    we refund double' -- a fake refund app, a screen-sharing meeting, several transfers. Callers in a Tangshan flat."""
    g = Gang(w, "HB-G06", "beidaihe_refund", "customer_service")
    rng = g.rng
    g.members(2, "ts_urban", rate=0.9)
    n = w.n(12, 4)
    cards = sup.card(sup.take(n, 2, ["migrant", "student"]))
    first, last = rota(rng, n, 2, w.days - 1, (3, 6))
    first, last = fit_days(first, last, cards["ready_day"], w)
    phones = w.handsets(rng, 5)
    ph = np.arange(n) % 5
    flat = w.random_cell(rng, np.full(1, w.dist("ts_urban")))[0]
    res = w.res
    qhd = [w.dist(k) for k in ("qhd_beidaihe", "qhd_changli", "qhd_shanhaiguan")]
    booked = pick(rng, np.isin(res["trip_dist"], qhd) & ~res["second"], w.n(160))
    vis = w.visitors
    vb = np.nonzero(np.isin(vis["dist"], qhd))[0]
    vb = vb[rng.integers(0, len(vb), w.n(90))] if len(vb) else vb
    c, d = rows(rng, first, last, 22)
    t = w.times(rng, d, "shop")
    is_vis = rng.random(len(t)) < 0.3
    tg = booked[rng.integers(0, len(booked), len(t))]
    vsel = vb[rng.integers(0, max(len(vb), 1), len(t))] if len(vb) else np.zeros(len(t), int)
    callee = np.where(is_vis, vis["msisdn"][vsel] if len(vb) else -1, res["msisdn"][tg])
    ccell = np.where(is_vis, vis["cell"][vsel] if len(vb) else -1, w.res["cell"][tg])
    cell = w.near(rng, np.full(len(t), flat), 0.1)
    rec = g.calls(cards["msisdn"][c], phones[ph[c]], cards["imsi"][c], cell, t, tg, 0.6, 110, 1.0, callee=callee,
                  callee_cell=ccell)
    dom, ip, app = g.infra(["bdh-hoteltk.com", "ctrip-tk.cc"], ["103.233.81.6"], ["com.bdh.refund.kefu"])
    content = texts(w, rng, catalog.FRAUD_TEXTS["refund"], 10, u=["https://bdh-hoteltk.com/r", "ctrip-tk.cc/tk"],
                    p=[str(x) for x in cards["msisdn"]])
    k = rng.integers(0, n, w.n(140))
    ts = w.start + rng.integers(first[k], last[k] + 1) * DAY + rng.integers(9 * 3600, 20 * 3600, len(k))
    tgs = booked[rng.integers(0, len(booked), len(k))]
    g.texts(cards["msisdn"][k], phones[ph[k]], flat, ts, tgs, content[rng.integers(0, 10, len(k))])
    m = ~is_vis
    sub = {key: v[m] for key, v in rec.items()}
    pv, pt = g.split(sub, 400, 0.4, 900)
    src = w.voc("url").codes(["https://bdh-hoteltk.com/app/kefu.apk"])
    g.visits(pv, pt - 600, dom, ip)
    g.installs(pv, pt - 400, app[0], src[0], 2)
    meet = w.voc("app").code("com.tencent.wemeet.app")
    apps(w, pt - 300, res["msisdn"][pv], meet, 1)
    g.pay(pv, pt - 200, rng.integers(2, 5, len(pv)), 3000, sup.mules_for(g.gid, 8), spread_h=(0.05, 0.4), grow=1.6)
    g.label("msisdn", cards["msisdn"], "fraud_caller")
    g.label("imsi", cards["imsi"], "fraud_caller")
    g.label("imei", phones, "fraud_caller")


# ---------------------------------------------------------------- G07
def g07_tasks(w: World, sup: Supply) -> None:
    """刷单 'like-and-follow' task scams spread thin: many sold cards in ordinary phones in Handan, each a few
    texts and a call or two a day for a few days; an app; small commissions first, then ever larger 'tasks'."""
    g = Gang(w, "HB-G07", "task_brushing", "part_time_job")
    rng = g.rng
    mem = g.members(4, "hd_urban", rate=1.0)
    n = w.n(50, 10)
    cards = sup.card(sup.take(n, 1))
    first, last = rota(rng, n, 0, w.days - 1, (2, 4))
    first, last = fit_days(first, last, cards["ready_day"], w)
    phones = w.handsets(rng, 14)
    ph = rng.integers(0, 14, n)
    flats = mem["home"][:3]
    res = w.res
    pool = np.nonzero(np.isin(res["age"], [2, 3, 5]) & ~res["second"])[0]
    c, d = rows(rng, first, last, 6)
    t = w.times(rng, d, "adult")
    tg = pool[rng.integers(0, len(pool), len(t))]
    domains = ["dz-renwu.shop", "dianzan-jz.top", "kl-renwu.cc", "renwu-app.vip"]
    dom, ip, app = g.infra(domains + ["api.dz-renwu.shop"], ["154.39.80.12", "154.39.80.13", "45.207.40.2"],
                           ["com.dianzan.renwu"])
    content = texts(w, rng, catalog.FRAUD_TEXTS["task"], 30, u=[f"https://{x}/i" for x in domains] + domains,
                    c=["8866", "5201", "3344"])
    cell = w.near(rng, flats[ph[c] % 3], 0.15)
    g.texts(cards["msisdn"][c], phones[ph[c]], cell, t, tg, content[rng.integers(0, 30, len(t))])
    cc, cd = rows(rng, first, last, 1.2)
    tt = w.times(rng, cd, "adult")
    ctg = pool[rng.integers(0, len(pool), len(tt))]
    g.calls(cards["msisdn"][cc], phones[ph[cc]], cards["imsi"][cc], flats[ph[cc] % 3], tt, ctg, 0.5, 60)
    click = rng.random(len(t)) < 0.03
    ci = np.nonzero(click)[0]
    g.visits(tg[ci], t[ci] + rng.integers(300, 5 * 3600, len(ci)), dom[:4], ip)
    inst = ci[rng.random(len(ci)) < 0.6]
    src = w.voc("url").codes([f"https://{x}/apk" for x in domains])
    g.installs(tg[inst], t[inst] + 6 * 3600, app[0], src[rng.integers(0, 4, len(inst))], 6)
    web(w, t[inst] + 8 * 3600, res["msisdn"][tg[inst]], dom[4], -1, ip[0], 40_000, app[0])
    vic = tg[inst]
    paid = (rng.random(len(vic)) < 0.45) & (res["acct"][vic] >= 0)
    v = vic[paid]
    tv = t[inst][paid] + 7 * 3600
    # small commissions first
    l2 = sup.l2[:3]
    transfer(w, tv, l2[rng.integers(0, 3, len(v))], res["acct"][v], rng.integers(10, 60, len(v)).astype(float),
             CH["third_party"])
    g.pay(v, tv + 3600, rng.integers(3, 7, len(v)), 500, sup.mules_for(g.gid, 12), spread_h=(3, 18), grow=2.2)
    g.engaged_victims(vic[~paid])
    days = np.repeat(np.arange(n), last - first + 1)
    dd = first[days] + (np.arange(len(days)) - np.repeat(np.cumsum(last - first + 1) - (last - first + 1),
                                                          last - first + 1))
    g.sessions(cards["msisdn"][days], cards["imsi"][days], phones[ph[days]], flats[ph[days] % 3], dd, 6.0)
    g.label("msisdn", cards["msisdn"], "fraud_sms_sender")
    g.label("imsi", cards["imsi"], "fraud_sms_sender")
    g.label("imei", phones, "fraud_sms_sender")


# ---------------------------------------------------------------- G08
def g08_goip(w: World, sup: Supply) -> None:
    """A GoIP den in a Cangxian village house: three 16-port boxes, sold cards changed every day or two,
    calls relayed for overseas callers -- loan 'unfreeze fees' and fake police -- all day, all from one cell."""
    g = Gang(w, "HB-G08", "goip_den", "loan")
    rng = g.rng
    keepers = g.members(2, "cz_villages", rate=0.7)
    den = keepers["home"][0]
    w.social.lines.cols["home"][keepers["sidx"]] = den
    ports = w.modems(48, "goip")
    n = w.n(60, 16)
    cards = sup.card(sup.take(n, 2, ["village_elderly", "student", "stolen_id"]))
    days = np.arange(1, w.days)
    pm = np.repeat(np.arange(48), len(days))
    pdd = np.tile(days, 48)
    on = rng.random(len(pm)) < 0.55
    pm, pdd = pm[on], pdd[on]
    sim = (pm * 5 + pdd // 2) % n
    ok = pdd > cards["ready_day"][sim]
    pm, pdd, sim = pm[ok], pdd[ok], sim[ok]
    k = rng.poisson(120 * rng.lognormal(0, 0.25, len(pm)))
    i = np.repeat(np.arange(len(pm)), k)
    # regular dialling: each port works 9-21h with short gaps
    t = w.start + pdd[i] * DAY + rng.integers(9 * 3600, 21 * 3600, len(i))
    res = w.res
    anyone = np.nonzero(~res["second"])[0]
    tg = anyone[rng.integers(0, len(anyone), len(i))]
    offnet = rng.random(len(i)) < 0.3
    callee = np.where(offnet, w.offnet_pool[rng.integers(0, len(w.offnet_pool), len(i))], res["msisdn"][tg])
    ccell = np.where(offnet, -1, w.res["cell"][tg])
    rec = g.calls(cards["msisdn"][sim[i]], ports[pm[i]], cards["imsi"][sim[i]], den, t, tg, 0.3, 28, 1.2,
                  callee=callee, callee_cell=ccell)
    on_net = ~offnet
    sub = {key: v[on_net] for key, v in rec.items()}
    vt, vtime = g.first_long(sub, 300)
    paid = rng.random(len(vt)) < 0.2
    police = rng.random(len(vt)) < 0.35
    mules = sup.mules_for(g.gid, 12)
    g.pay(vt[paid & ~police], vtime[paid & ~police], rng.integers(1, 4, (paid & ~police).sum()), 3500, mules,
          spread_h=(0.5, 8), grow=1.5)
    gp = Gang(w, g.gid, "goip_den_police", "impersonate_police")
    gp.rng = rng
    gp.pay(vt[paid & police], vtime[paid & police], rng.integers(1, 3, (paid & police).sum()), 45000, mules,
           channel=CH["counter"], spread_h=(2, 20))
    g.engaged_victims(np.setdiff1d(g.first_long(sub, 900)[0], vt[paid]))
    # the boxes' SIMs attach every morning in the den
    t0 = w.start + pdd * DAY + rng.integers(8 * 3600, 9 * 3600, len(pdd))
    device(w, t0, cards["msisdn"][sim], cards["imsi"][sim], ports[pm], den, EV["attach"])
    device(w, t0 + 13 * 3600, cards["msisdn"][sim], cards["imsi"][sim], ports[pm], den, EV["detach"])
    g.label("msisdn", cards["msisdn"], "simbox_sim")
    g.label("imsi", cards["imsi"], "simbox_sim")
    g.label("imei", ports, "simbox_device")
    # the keepers are paid by the gang
    l2 = sup.l2[3:6]
    pd = np.arange(0, w.days, 3)
    transfer(w, w.start + pd * DAY + 20 * 3600, l2[pd % 3], np.full(len(pd), keepers["acct"][0]),
             np.full(len(pd), 3000.0), CH["mobile_app"])


# ---------------------------------------------------------------- G09
def g09_police(w: World, sup: Supply) -> None:
    """Fake police and procuratorate: first calls come in through an international gateway with forged local
    caller IDs (each used once or twice); the engaged are called again from leased VoIP 'case hotline' lines,
    told to install a 'security' app and move their savings to a 'safe account' -- often at a bank counter."""
    g = Gang(w, "HB-G09", "fake_police", "impersonate_police")
    rng = g.rng
    res = w.res
    pool = pick(rng, ~res["second"] & (res["age"] >= 3), w.n(700))
    n_calls = w.n(950)
    tg = pool[rng.integers(0, len(pool), n_calls)]
    t = w.start + rng.integers(0, w.days, n_calls) * DAY + rng.integers(9 * 3600, 21 * 3600, n_calls)
    n_forged = n_calls // 4
    style = rng.random(n_forged)
    reg = res["region"][tg[:n_forged]]
    forged = np.where(style < 0.55, w.fixed(reg, lead=(6, 9)),
                      np.where(style < 0.85, w.fixed(None, n_forged, lead=(6,), beijing=True),
                               w.offnet_mobile(n_forged, "other")))
    caller = forged[rng.integers(0, n_forged, n_calls)]
    igw = w.voc("gateway").code("IGW-BJ-INTL-02")
    rec = g.calls(caller, -1, -1, -1, t, tg, 0.5, 55, 1.2, call_type=3, gateway=igw, callback=0.0)
    used = np.unique(caller)
    vt, vtime = g.first_long(rec, 300)
    firm = w.new_persons(1, 2, w.region_of["sjz"])
    nv = w.n(6, 3)
    hot = w.fixed(np.full(nv, w.region_of["sjz"]), lead=(9,))
    ot = w.start - rng.integers(15, 60, nv) * DAY
    w.new_lines(hot, firm[0], 2, ot, w.channels_of(w.region_of["sjz"])[1], enterprise=True)
    sgw = w.voc("gateway").code("SIPGW-SJZ-11")
    k = rng.integers(2, 6, len(vt))
    j = np.repeat(np.arange(len(vt)), k)
    step = np.arange(len(j)) - np.repeat(np.cumsum(k) - k, k)
    tt = vtime[j] + step * rng.integers(1800, 6 * 3600, len(j))
    keep = tt < w.end - 3600
    j, tt = j[keep], tt[keep]
    h = hot[rng.integers(0, nv, len(j))]
    g.calls(h, -1, -1, -1, tt, vt[j], 0.95, 2400, 0.6, call_type=2, gateway=sgw)
    dom, ip, app = g.infra(["gaj-anquan.net", "zuigao-jcy.com"], ["103.97.12.30"], ["com.gaj.anquan.jiance"])
    src = w.voc("url").codes(["https://gaj-anquan.net/down/aq.apk"])
    paid = rng.random(len(vt)) < 0.35
    g.visits(vt[paid], vtime[paid] + 1800, dom, ip)
    g.installs(vt[paid], vtime[paid] + 2000, app[0], src[0], 4)
    ch = np.where(rng.random(paid.sum()) < 0.5, CH["counter"], CH["mobile_app"])
    g.pay(vt[paid], vtime[paid] + 3600, rng.integers(1, 4, paid.sum()), 60000, sup.mules_for(g.gid, 8), channel=ch,
          spread_h=(2, 24), amount_sigma=0.7)
    g.engaged_victims(vt[~paid])
    g.label("msisdn", used, "fixed_voip_line")
    g.label("msisdn", hot, "fixed_voip_line", ot)
    g.label("id_key", w.id_keys(firm), "gang_member")


# ---------------------------------------------------------------- G10
def g10_faceswap(w: World, sup: Supply) -> None:
    """AI face-swap 'boss' video calls to finance staff of steel-logistics and port firms (careful):
    a few new cards on stolen IDs, a text 'new number, add me', one or two video calls, a large transfer."""
    g = Gang(w, "HB-G10", "ai_faceswap_boss", "acquaintance")
    rng = g.rng
    n = w.n(7, 3)
    cards = sup.card(sup.take(n, 2, ["stolen_id"]))
    first, last = rota(rng, n, 2, w.days - 1, (2, 4))
    first, last = fit_days(first, last, cards["ready_day"], w)
    phones = w.handsets(rng, n)
    res = w.res
    firms = np.isin(res["dist"], [w.dist(k) for k in ("ts_steel", "ts_caofeidian", "hd_steel", "cz_huanghua")])
    staff = pick(rng, firms & np.isin(res["age"], [2, 3]) & ~res["second"], w.n(45))
    c, d = rows(rng, first, last, 2.5)
    t = w.times(rng, d, "office")
    tg = staff[rng.integers(0, len(staff), len(t))]
    cell = w.random_cell(rng, np.full(len(t), w.dist("ts_urban")))
    content = texts(w, rng, ["我是{b}，这是我新号，旧号不用了，有事打这个", "小刘，我换号了，下午有笔款要急付，方便视频说一下"], 6,
                    b=["王总", "李总", "张董"])
    g.texts(cards["msisdn"][c], phones[c], cell, t - 1800, tg, content[rng.integers(0, 6, len(t))])
    rec = g.calls(cards["msisdn"][c], phones[c], cards["imsi"][c], cell, t, tg, 0.8, 100, 0.6, media=1,
                  engaged_s=60)
    pv, pt = g.split(rec, 80, 0.35, 200)
    g.pay(pv, pt, 1, 150000, sup.l3[:3], spread_h=(0.1, 1), amount_sigma=0.8)
    g.label("msisdn", cards["msisdn"], "fraud_caller")
    g.label("imsi", cards["imsi"], "fraud_caller")
    g.label("imei", phones, "fraud_caller")


# ---------------------------------------------------------------- G11
def g11_relay(w: World, sup: Supply) -> None:
    """Relay phones (手机口) in Wuqiang and Raoyang villages: villagers paid by the day keep a second phone at
    home that bridges overseas callers onto the mobile network; new cards in their own names, steady heavy
    data, calls to strangers near and far. Their own phones live an ordinary village life."""
    g = Gang(w, "HB-G11", "relay_phones", "customer_service")
    rng = g.rng
    nv = w.n(10, 4)
    vil = g.members(nv, "hs_villages", rate=0.7)
    k = rng.integers(1, 3, nv)
    owner = np.repeat(np.arange(nv), k)
    nc = len(owner)
    ms = w.onnet_mobile(np.full(nc, w.region_of["hs"]))
    ot = w.start - rng.integers(2, 25, nc) * DAY
    ch = w.channels_of(w.region_of["hs"], agents=True)[rng.integers(0, 5, nc)]
    lines = w.new_lines(ms, vil["person"][owner], 0, ot, ch, prepaid=True)
    imsi = w.lines["imsi"][lines]
    relay = w.handsets(rng, nv)
    home = vil["home"]
    res = w.res
    anyone = np.nonzero(~res["second"])[0]
    days_on = rng.random((nc, w.days)) < 0.8
    cidx, didx = np.nonzero(days_on)
    cnt = rng.poisson(14 * rng.lognormal(0, 0.3, len(cidx)))
    c = np.repeat(cidx, cnt)
    d = np.repeat(didx, cnt)
    t = w.times(rng, d, "shop")
    tg = anyone[rng.integers(0, len(anyone), len(t))]
    far = rng.random(len(t)) < 0.4
    callee = np.where(far, w.far_pool[rng.integers(0, len(w.far_pool), len(t))], res["msisdn"][tg])
    ccell = np.where(far, -1, res["cell"][tg])
    rec = g.calls(ms[c], relay[owner[c]], imsi[c], home[owner[c]], t, tg, 0.5, 140, 1.0, callee=callee,
                  callee_cell=ccell)
    sub = {key: v[~far] for key, v in rec.items()}
    pv, pt = g.split(sub, 600, 0.3, 1200)
    g.pay(pv, pt, rng.integers(1, 4, len(pv)), 7000, sup.mules_for(g.gid, 10), spread_h=(0.3, 5))
    # the relay handset streams the overseas side all day
    i = np.repeat(np.arange(len(cidx)), 6)
    tt = w.times(rng, didx[i], "shop")
    device(w, tt, ms[cidx[i]], imsi[cidx[i]], relay[owner[cidx[i]]], home[owner[cidx[i]]], EV["data_session"],
           nbytes=rng.integers(30_000_000, 250_000_000, len(i)))
    # paid by the day
    pd = np.nonzero(days_on.any(0))[0]
    pi = np.repeat(np.arange(nv), len(pd))
    pdays = np.tile(pd, nv)
    transfer(w, w.start + pdays * DAY + 21 * 3600 + rng.integers(0, 3600, len(pi)), sup.l2[(6 + pi % 3) % len(sup.l2)],
             vil["acct"][pi], np.full(len(pi), 260.0), CH["mobile_app"])
    g.label("msisdn", ms, "fraud_caller", ot)
    g.label("imsi", imsi, "fraud_caller", ot)
    g.label("imei", relay, "fraud_caller")


# ---------------------------------------------------------------- G14
def g14_romance(w: World, sup: Supply) -> None:
    """杀猪盘 romance-investment, thin and patient: each sold card courts one or two people in Tangshan and Handan
    for days -- evening calls, many messages -- then a 'futures platform', small wins, ever larger deposits."""
    g = Gang(w, "HB-G14", "romance_investment", "investment")
    rng = g.rng
    n = w.n(40, 8)
    cards = sup.card(sup.take(n, 0))
    first = np.maximum(cards["ready_day"] + 1, rng.integers(0, 3, n))
    first = np.minimum(first, w.days - 2)
    last = np.minimum(first + rng.integers(4, 11, n), w.days - 1)
    phones = w.handsets(rng, 6)
    ph = rng.integers(0, 6, n)
    spot = w.random_cell(rng, np.array([w.dist("ts_urban"), w.dist("hd_urban"), w.dist("ts_urban")]))
    res = w.res
    lonely = np.isin(res["region"], [w.region_of["ts"], w.region_of["hd"]]) & np.isin(res["age"], [3, 4]) & ~res[
        "second"]
    mark = pick(rng, lonely, n * 2)
    mk = np.stack([mark[: n], mark[n: 2 * n] if len(mark) >= 2 * n else mark[: n]], 1)
    c, d = rows(rng, first, last, 2.2, 0.3)
    t = w.times(rng, d, "evening")
    tg = mk[c, rng.integers(0, 2, len(c)) * (rng.random(len(c)) < 0.3)]
    rec = g.calls(cards["msisdn"][c], phones[ph[c]], cards["imsi"][c], spot[ph[c] % 3], t, tg, 0.85, 600, 0.8)
    sc, sd = rows(rng, first, last, 4)
    st = w.times(rng, sd, "evening")
    stg = mk[sc, 0]
    love = texts(w, rng, ["早安，今天也要开心", "吃饭了吗？想你了", "晚安，梦里见", "今天行情不错，我又赚了一点"] +
                 catalog.FRAUD_TEXTS["invest"], 20, u=["https://jy-futures.pro/r", "jinyuan-qh.com"])
    g.texts(cards["msisdn"][sc], phones[ph[sc]], spot[ph[sc] % 3], st, stg, love[rng.integers(0, 20, len(st))])
    dom, ip, app = g.infra(["jy-futures.pro", "jinyuan-qh.com"], ["47.242.19.6", "47.242.19.7"], ["com.jinyuan.futures"])
    src = w.voc("url").codes(["https://jy-futures.pro/download"])
    targets = np.unique(mk[:, 0])
    tcont = np.array([rec["t"][rec["target"] == x].min() if (rec["target"] == x).any() else w.end for x in targets])
    okc = tcont < w.end - 2 * DAY
    targets, tcont = targets[okc], tcont[okc]
    paid = rng.random(len(targets)) < 0.4
    g.visits(targets[paid], tcont[paid] + 2 * DAY, dom, ip)
    g.installs(targets[paid], tcont[paid] + 2 * DAY + 600, app[0], src[0], 8)
    g.pay(targets[paid], tcont[paid] + 2 * DAY, rng.integers(3, 7, paid.sum()), 5000, sup.mules_for(g.gid, 10),
          spread_h=(6, 30), grow=1.8)
    g.engaged_victims(targets[~paid])
    days = np.repeat(np.arange(n), last - first + 1)
    dd = first[days] + (np.arange(len(days)) - np.repeat(np.cumsum(last - first + 1) - (last - first + 1),
                                                          last - first + 1))
    g.sessions(cards["msisdn"][days], cards["imsi"][days], phones[ph[days]], spot[ph[days] % 3], dd, 5.0, "evening")
    g.label("msisdn", cards["msisdn"], "fraud_caller")
    g.label("imsi", cards["imsi"], "fraud_caller")
    g.label("imei", phones, "fraud_caller")


# ---------------------------------------------------------------- G15
def g15_handan(w: World, sup: Supply) -> None:
    """Loud loan callers: a batch of cards opened the same morning at one Handan county agent on elderly
    villagers' IDs, in ten old phones in a village house, each card dialling hundreds a day until it is cut off."""
    g = Gang(w, "HB-G15", "loan_blast", "loan")
    rng = g.rng
    g.members(2, "hd_villages", rate=0.7)
    n = w.n(30, 8)
    cards = sup.card(sup.take(n, 4, ["village_elderly"]))
    phones = w.modems(10, "oldphone")
    house = w.random_cell(rng, np.full(1, w.dist("hd_villages")))[0]
    first = np.maximum(cards["ready_day"] + 1, rng.integers(0, w.days - 2, n))
    first = np.minimum(first, w.days - 1)
    last = np.minimum(first + rng.integers(0, 2, n), w.days - 1)
    c, d = rows(rng, first, last, 210, 0.25)
    t = w.times(rng, d, "shop")
    res = w.res
    anyone = np.nonzero(~res["second"])[0]
    tg = anyone[rng.integers(0, len(anyone), len(t))]
    sweep = rng.random(len(t)) < 0.4
    callee = res["msisdn"][tg].copy()
    callee[sweep] = (callee[sweep] // 1000) * 1000 + rng.integers(0, 1000, sweep.sum())
    rec = g.calls(cards["msisdn"][c], phones[c % 10], cards["imsi"][c], house, t, tg, 0.22, 20, 1.0, callee=callee)
    pv, pt = g.split(rec, 180, 0.25, 600, ~sweep)
    g.pay(pv, pt, rng.integers(1, 3, len(pv)), 3000, sup.mules_for(g.gid, 6), spread_h=(1, 12))
    # cut off: suspended the evening of their last day
    ln = cards["line"]
    w.lines.cols["status"][ln] = 1
    w.lines.cols["status_time"][ln] = w.start + last * DAY + 20 * 3600
    g.label("msisdn", cards["msisdn"], "fraud_caller", w.start + first * DAY)
    g.label("imsi", cards["imsi"], "fraud_caller", w.start + first * DAY)
    g.label("imei", phones, "fraud_caller")


# ---------------------------------------------------------------- G16
def g16_army(w: World, sup: Supply) -> None:
    """Fake army procurement around 1 August: 'the logistics office needs supplies for the Army Day visit' --
    calls to shops, restaurants and hotels, then 'buy the special item from our designated supplier first'."""
    g = Gang(w, "HB-G16", "army_procurement", "other")
    rng = g.rng
    n = w.n(6, 3)
    cards = sup.card(sup.take(n, 3, ["student", "stolen_id", "migrant"]))
    first, last = rota(rng, n, 3, w.days - 1, (4, 8))
    first, last = fit_days(first, last, cards["ready_day"], w)
    phones = w.handsets(rng, 3)
    ph = np.arange(n) % 3
    cell = w.random_cell(rng, np.full(1, w.dist("cz_urban")))[0]
    shops = w.shops
    c, d = rows(rng, first, last, 9)
    t = w.times(rng, d, "office")
    s = rng.integers(0, len(shops["msisdn"]), len(t))
    r, du, ri = outcome(rng, len(t), 0.75, 150, 0.8)
    voice(w, t, cards["msisdn"][c], shops["msisdn"][s], r, du, ri, phones[ph[c]], cards["imsi"][c], cell,
          shops["cell"][s])
    w.contacts.append(dict(src=cards["msisdn"][c], dst=shops["msisdn"][s], t=t, engaged=du > 300, gang=g.gid,
                           ftype=g.ftype, kind="call"))
    eng = np.nonzero(du > 300)[0]
    _, first_i = np.unique(s[eng], return_index=True)
    eng = eng[first_i]
    paid = eng[rng.random(len(eng)) < 0.3]
    g.pay_from(shops["msisdn"][s[paid]], shops["acct"][s[paid]], t[paid] + du[paid], 1, 25000,
               sup.mules_for(g.gid, 4), spread_h=(2, 20))
    g.label("msisdn", cards["msisdn"], "fraud_caller")
    g.label("imsi", cards["imsi"], "fraud_caller")
    g.label("imei", phones, "fraud_caller")
