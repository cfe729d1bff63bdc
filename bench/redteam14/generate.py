#!/usr/bin/env python3
"""Blind red-team generator 14: a synthetic Heilongjiang (黑龙江) province in deep winter, in interchange v1.

    generate.py --out DIR --seed N [--subscribers 20000] [--days-history 10] [--days 7]

Writes DIR/<type>/<type>.parquet for every record type and DIR/truth/{entities,events}/. This module builds the
province (cities, cells), its people and their ordinary life; gangs.py plants the fraud gangs and lookalikes.py
the benign look-alikes. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np
import pyarrow as pa

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import gangs  # noqa: E402
import lookalikes  # noqa: E402

# name, code, area prefix (86 + area), lat, lon, people weight, cells, occupation weights
# occupations: office, student, retired, farmer, miner, oil, trader, forestry, shopkeeper, driver, service, homemaker
OCC = ["office", "student", "retired", "farmer", "miner", "oil", "trader", "forestry", "shopkeeper", "driver",
       "service", "homemaker"]
CITIES = [
    ("Harbin", "HRB", 86451, 45.757, 126.642, .32, 260, [22, 14, 18, 1, 0, 1, 2, 0, 9, 8, 12, 6]),
    ("Daqing", "DQG", 86459, 46.589, 125.104, .12, 110, [10, 2, 16, 3, 0, 40, 1, 0, 7, 6, 6, 5]),
    ("Qiqihar", "QQH", 86452, 47.354, 123.918, .10, 90, [14, 4, 26, 12, 0, 1, 1, 0, 10, 8, 8, 9]),
    ("Mudanjiang", "MDJ", 86453, 44.552, 129.633, .06, 60, [16, 3, 24, 6, 0, 0, 5, 3, 11, 8, 10, 8]),
    ("Suifenhe", "SFH", 86453, 44.397, 131.152, .025, 30, [8, 1, 14, 2, 0, 0, 35, 0, 16, 8, 10, 4]),
    ("Dongning", "DNG", 86453, 44.063, 131.125, .01, 14, [8, 1, 18, 10, 0, 0, 26, 0, 14, 8, 8, 6]),
    ("Heihe", "HHE", 86456, 50.245, 127.499, .025, 30, [10, 2, 18, 8, 0, 0, 25, 2, 14, 8, 8, 5]),
    ("Jiamusi", "JMS", 86454, 46.800, 130.319, .06, 60, [14, 5, 24, 14, 0, 0, 1, 0, 11, 8, 8, 9]),
    ("Sanjiang", "SJF", 86454, 47.250, 132.630, .05, 40, [4, 1, 18, 60, 0, 0, 0, 0, 6, 4, 2, 5]),
    ("Jixi", "JXI", 86467, 45.296, 130.969, .05, 45, [8, 1, 40, 4, 18, 0, 0, 0, 8, 6, 5, 10]),
    ("Hegang", "HEG", 86468, 47.350, 130.298, .04, 40, [7, 1, 42, 3, 18, 0, 0, 0, 8, 6, 5, 10]),
    ("Shuangyashan", "SYS", 86469, 46.646, 131.159, .04, 40, [7, 1, 40, 5, 18, 0, 0, 0, 8, 6, 5, 10]),
    ("Yichun", "YCH", 86458, 47.728, 128.841, .03, 40, [8, 1, 34, 2, 0, 0, 0, 28, 8, 5, 5, 9]),
    ("Khingan", "DXA", 86457, 50.416, 124.117, .02, 30, [8, 1, 30, 2, 0, 0, 0, 34, 8, 5, 5, 7]),
    ("Suihua", "SUH", 86455, 46.653, 126.969, .045, 40, [10, 2, 24, 30, 0, 0, 0, 0, 10, 8, 6, 10]),
    ("Yabuli", "YBL", 86451, 44.850, 128.470, .008, 12, [8, 0, 16, 10, 0, 0, 0, 6, 14, 6, 34, 6]),
]
OUT_CITIES = [("Sanya", "SYA", 18.253, 109.512, 30), ("Beihai", "BHI", 21.481, 109.120, 12)]
MOBILE_PREFIXES = [86134, 86135, 86136, 86137, 86138, 86139, 86150, 86151, 86152, 86157, 86158, 86159, 86182,
                   86183, 86187, 86188, 86198, 86130, 86131, 86132, 86155, 86156, 86185, 86186, 86133, 86153,
                   86180, 86189, 86199]
SMART_TACS = [35391110, 35328511, 86769204, 86281905, 35205611, 86015604, 35875609, 86446603, 86882305, 35940612]
BASIC_TACS = [35332403, 86005102, 35478902, 86134301]
DOMAINS = [("baidu.com", 14, "110.242.68.66"), ("qq.com", 12, "183.3.226.35"), ("taobao.com", 8, "140.205.94.189"),
           ("douyin.com", 14, "220.181.174.226"), ("jd.com", 5, "111.13.149.108"), ("weibo.com", 4, "113.96.179.243"),
           ("kuaishou.com", 9, "101.71.100.144"), ("pinduoduo.com", 6, "101.91.37.21"), ("12306.cn", 2,
                                                                                        "221.207.58.18"),
           ("meituan.com", 4, "103.37.152.41"), ("163.com", 3, "123.58.180.8"), ("hlj.gov.cn", .5, "221.212.177.27"),
           ("xiaohongshu.com", 4, "118.89.204.198"), ("bilibili.com", 4, "119.3.70.188"),
           ("weather.com.cn", 2, "221.192.148.100"), ("icbc.com.cn", 1, "106.120.167.152"),
           ("ctrip.com", 1.5, "101.226.28.198"), ("zhihu.com", 2, "103.41.167.234")]
APPS = [("com.tencent.mm", 30), ("com.eg.android.AlipayGphone", 12), ("com.ss.android.ugc.aweme", 16),
        ("com.taobao.taobao", 6), ("com.smile.gifmaker", 9), ("com.xunmeng.pinduoduo", 7),
        ("com.sankuai.meituan", 4), ("com.MobileTicket", 2), ("com.icbc", 2), ("com.tencent.mobileqq", 5),
        ("com.autonavi.minimap", 4)]
BANKS = ["ICBC", "CCB", "ABC", "BOC", "PSBC", "HRBB", "LJBANK", "BOCOM"]
PERSON_SMS = ["好的", "到家了吗", "晚上回来吃饭", "知道了", "路上滑慢点开", "明天降温零下三十度多穿点", "钱收到了",
              "几点到", "在开会，晚点回你", "给你打电话没接", "嗯嗯", "孩子放假回来吗", "周末去冰雪大世界不",
              "暖气不太热，你那边呢", "发你微信了"]


def build_cells(ctx: C.Ctx):
    rng = ctx.rng
    names, lats, lons, regions, types, city_of = [], [], [], [], [], []
    city_cells = []
    for ci, (name, code, _p, lat, lon, _w, nc, _o) in enumerate(CITIES):
        spread = 0.12 if nc > 50 else 0.06
        la = lat + rng.normal(0, spread, nc)
        lo = lon + rng.normal(0, spread * 1.4, nc)
        st = np.where(rng.random(nc) < 0.7, "macro", np.where(rng.random(nc) < 0.5, "indoor", "small"))
        start = len(names)
        names += [f"{code}-{i:05d}" for i in range(nc)]
        lats += la.tolist()
        lons += lo.tolist()
        regions += [name] * nc
        types += st.tolist()
        city_of += [ci] * nc
        city_cells.append(np.arange(start, start + nc))
    special = {}

    def add(key, code, region, lat, lon, n, site="macro"):
        start = len(names)
        names.extend(f"{code}-{i:05d}" for i in range(n))
        lats.extend((lat + rng.normal(0, .01, n)).tolist())
        lons.extend((lon + rng.normal(0, .01, n)).tolist())
        regions.extend([region] * n)
        types.extend([site] * n)
        city_of.extend([-1] * n)
        special[key] = np.arange(start, start + n)

    add("ice_world", "HRB-ICE", "Harbin", 45.781, 126.571, 6)
    add("central_street", "HRB-ZYD", "Harbin", 45.773, 126.616, 5, "small")
    add("campus", "HRB-EDU", "Harbin", 45.745, 126.628, 14, "indoor")
    add("oilfield", "DQG-OIL", "Daqing", 46.42, 124.95, 18)
    add("suifenhe_port", "SFH-PORT", "Suifenhe", 44.418, 131.176, 4)
    add("heihe_port", "HHE-PORT", "Heihe", 50.251, 127.530, 3)
    add("ski", "YBL-SKI", "Yabuli", 44.825, 128.440, 4)
    # highway G10 Harbin - Mudanjiang - Suifenhe, cells in order along the road
    hw = 40
    la = np.linspace(45.70, 44.45, hw)
    lo = np.linspace(126.90, 131.00, hw)
    start = len(names)
    names.extend(f"G10-{i:05d}" for i in range(hw))
    lats.extend(la.tolist())
    lons.extend(lo.tolist())
    regions.extend(["Harbin"] * 14 + ["Mudanjiang"] * (hw - 14))
    types.extend(["macro"] * hw)
    city_of.extend([-1] * hw)
    special["g10"] = np.arange(start, start + hw)
    for _name, code, lat, lon, n in OUT_CITIES:
        add(code.lower(), code, "Hainan" if code == "SYA" else "Guangxi", lat, lon, n)
    cells = pa.table({"cell": pa.array(names), "lat": pa.array(np.round(lats, 5)), "lon": pa.array(np.round(lons, 5)),
                      "region": pa.array(regions), "site_type": pa.array(types)})
    ctx.info["city_cells"] = city_cells
    ctx.info["cell_names"] = np.array(names, object)
    ctx.info["special"] = special
    return cells


def build_people(ctx: C.Ctx, n_subscribers: int):
    rng = ctx.rng
    P = int(n_subscribers * 0.83)
    w = np.array([c[5] for c in CITIES])
    city = np.sort(rng.choice(len(CITIES), P, p=w / w.sum()))
    occ = np.empty(P, np.int64)
    for ci, c in enumerate(CITIES):
        m = city == ci
        ow = np.array(c[7], float)
        occ[m] = rng.choice(len(OCC), m.sum(), p=ow / ow.sum())
    age = np.where(occ == 1, rng.integers(18, 25, P), np.where(occ == 2, rng.integers(58, 88, P),
                                                                rng.integers(24, 60, P)))
    smart = rng.random(P) < np.where(age >= 70, 0.45, np.where(age >= 58, 0.75, 0.96))
    smart &= ~((occ == 7) & (rng.random(P) < 0.45))  # forestry towns: basic phones
    city_cells = ctx.info["city_cells"]
    home = np.empty(P, np.int64)
    work = np.empty(P, np.int64)
    for ci in range(len(CITIES)):
        m = np.flatnonzero(city == ci)
        cc = city_cells[ci]
        home[m] = C.pick(rng, cc, len(m))
        work[m] = C.pick(rng, cc, len(m))
    sp = ctx.info["special"]
    stu = np.flatnonzero(occ == 1)
    harbin_stu = stu[city[stu] == 0]
    work[harbin_stu] = C.pick(rng, sp["campus"], len(harbin_stu))
    home[harbin_stu[rng.random(len(harbin_stu)) < 0.8]] = C.pick(rng, sp["campus"], 1)[0]
    oil = np.flatnonzero(occ == 5)
    work[oil] = C.pick(rng, sp["oilfield"], len(oil))
    msisdn = ctx.numbers(P, MOBILE_PREFIXES)
    imei = np.where(smart, ctx.imeis(P, SMART_TACS), ctx.imeis(P, BASIC_TACS))
    mnc = rng.choice([0, 1, 11], P, p=[.6, .25, .15])
    ops = np.array(["CMCC", "CUCC", "CTCC"], object)[np.searchsorted([0, 1, 11], mnc)]
    idk = ctx.id_keys(P)
    # years of card age: the elderly keep numbers for decades
    open_t = C.START - (rng.gamma(2.0, 2.5, P) * 365 * C.DAY).astype(np.int64) - 30 * C.DAY
    open_t = np.where(occ == 1, C.START - rng.integers(60, 1400, P) * C.DAY, open_t)
    # households: consecutive people of a city (sorted) grouped in 1-4
    hh = np.cumsum(rng.random(P) < 0.42)
    # state: emigrated/sleeping cards (coal towns more), snowbirds in Hainan/Guangxi
    coal = np.isin(city, [9, 10, 11])
    sleeping = rng.random(P) < np.where(coal, 0.07, 0.025)
    snowbird = (occ == 2) & (rng.random(P) < np.where(coal | (city == 0), 0.13, 0.06)) & ~sleeping
    imsi = C.new_sims(ctx, msisdn, id_key=idk, open_time=open_t, open_cell=home, operator=ops, mnc=mnc,
                      channel=np.char.add("HLJ-STORE-", (home % 97).astype(str)).astype(object),
                      prepaid=rng.random(P) < 0.3, region=np.array([c[0] for c in CITIES], object)[city])
    has_acct = (age >= 18) & (rng.random(P) < 0.93)
    acct = np.full(P, None, object)
    ai = np.flatnonzero(has_acct)
    acct[ai] = C.accounts(ctx, idk[ai], msisdn[ai], open_t[ai] - rng.integers(0, 2000, len(ai)) * C.DAY,
                          bank=np.array(BANKS, object)[rng.integers(0, len(BANKS), len(ai))])
    pop = dict(msisdn=msisdn, imsi=imsi, imei=imei, idk=idk, city=city, occ=occ, age=age, smart=smart, home=home,
               work=work, hh=hh, sleeping=sleeping, snowbird=snowbird, acct=acct, open=open_t,
               busy=np.zeros(P, bool))
    # where each person is on each day (cells): snowbirds in the south, students going home late
    snow_cells = np.concatenate([sp["sya"], sp["bhi"]])
    day_home = np.repeat(home[None, :], ctx.total_days, 0)
    day_work = np.repeat(work[None, :], ctx.total_days, 0)
    sb = np.flatnonzero(snowbird)
    day_home[:, sb] = C.pick(rng, snow_cells, len(sb))
    day_work[:, sb] = day_home[:, sb]
    going = harbin_stu[rng.random(len(harbin_stu)) < 0.45]
    leave = ctx.total_days - rng.integers(1, 5, len(going))
    hometown = rng.choice(len(CITIES), len(going), p=w / w.sum())
    hc = np.array([C.pick(rng, city_cells[h], 1)[0] for h in np.unique(hometown)])
    hcell = hc[np.searchsorted(np.unique(hometown), hometown)]
    for d in range(ctx.total_days):
        m = leave <= d
        day_home[d, going[m]] = hcell[m]
        day_work[d, going[m]] = hcell[m]
    pop["day_home"], pop["day_work"] = day_home, day_work
    pop["going_home"] = going
    ctx.info["pop"] = pop
    # second SIMs of some people (work phones, data cards)
    two = np.flatnonzero((rng.random(P) < 0.06) & ~sleeping & (age < 65))
    m2 = ctx.numbers(len(two), MOBILE_PREFIXES)
    C.new_sims(ctx, m2, id_key=idk[two], open_time=open_t[two] + rng.integers(30, 900, len(two)) * C.DAY,
               open_cell=home[two], channel="HLJ-STORE-2", operator="CUCC", mnc=1)
    pop["second"] = (two, m2)
    return pop


def build_business(ctx: C.Ctx, n_subscribers: int):
    """Shops, restaurants, hotels, clinics: fixed lines and merchant accounts."""
    rng = ctx.rng
    B = int(n_subscribers * 0.035)
    w = np.array([c[5] for c in CITIES])
    city = np.sort(rng.choice(len(CITIES), B, p=w / w.sum()))
    area = np.array([c[2] for c in CITIES], np.int64)[city]
    fixed = np.empty(B, np.int64)
    for a in np.unique(area):
        m = area == a
        fixed[m] = ctx.numbers(int(m.sum()), [a], 8)
    idk = C.hexkeys(ctx.counter("biz", B) + ctx.seed * 31, "", 16)
    cells = np.array([C.pick(rng, ctx.info["city_cells"][c], 1)[0] for c in city])
    open_t = C.START - rng.integers(200, 5000, B) * C.DAY
    C.new_sims(ctx, fixed, id_key=idk, open_time=open_t, open_cell=cells, line_type="fixed",
               customer_type="enterprise", id_type="business_license", operator="CTCC", channel="HLJ-BIZ")
    acct = C.accounts(ctx, idk, fixed, open_t, bank=np.array(BANKS, object)[rng.integers(0, len(BANKS), B)])
    kind = rng.choice(["shop", "restaurant", "hotel", "clinic", "supermarket", "hardware", "garage"], B)
    ctx.info["biz"] = dict(fixed=fixed, idk=idk, city=city, cell=cells, acct=acct, kind=kind)
    # off-province contacts (children working in the south, friends) and their accounts
    E = int(n_subscribers * 0.35)
    ext = ctx.numbers(E, [86135, 86136, 86137, 86138, 86139, 86150, 86180, 86188, 86177, 86133], 8)
    ext_acct = C.hexkeys(ctx.counter("extacct", E) + ctx.seed * 97 + (1 << 41), "", 16)
    ctx.info["ext"] = dict(msisdn=ext, acct=ext_acct)
    # payroll, pension and utility accounts
    orgs = {}
    for key, bank in (("payroll_city", "ICBC"), ("payroll_oil", "ICBC"), ("payroll_coal", "CCB"),
                      ("pension", "PSBC"), ("forestry", "ABC"), ("operator", "CCB"), ("heating", "HRBB")):
        k = C.hexkeys(ctx.counter("org", 1) + ctx.seed * 53 + 7, "", 16)
        orgs[key] = C.accounts(ctx, k, np.zeros(1, np.int64), C.START - 6000 * C.DAY, bank=bank)[0]
    ctx.info["orgs"] = orgs


def edges(ctx: C.Ctx, pop):
    """Undirected relationships with daily call rates: households, friends, colleagues, distant, off-province."""
    rng = ctx.rng
    P = len(pop["msisdn"])
    src, dst, rate, dur = [], [], [], []
    # households: consecutive people with the same hh id
    hh = pop["hh"]
    same = hh[1:] == hh[:-1]
    i = np.flatnonzero(same)
    src.append(i)
    dst.append(i + 1)
    rate.append(np.full(len(i), 0.6))
    dur.append(np.full(len(i), 70.0))
    city = pop["city"]
    order = np.argsort(city, kind="stable")
    bounds = np.searchsorted(city[order], np.arange(len(CITIES) + 1))
    for ci in range(len(CITIES)):
        members = order[bounds[ci]:bounds[ci + 1]]
        if len(members) < 3:
            continue
        k = 7
        s = np.repeat(members, k)
        d = C.pick(rng, members, len(s))
        src.append(s)
        dst.append(d)
        rate.append(C.lognormal(rng, 0.12, 0.8, len(s), 0.005, 1.2))
        dur.append(np.full(len(s), 90.0))
        for oc in np.unique(pop["occ"][members]):
            mm = members[pop["occ"][members] == oc]
            if len(mm) < 3:
                continue
            s = np.repeat(mm, 3)
            src.append(s)
            dst.append(C.pick(rng, mm, len(s)))
            rate.append(C.lognormal(rng, 0.13, 0.9, len(s), 0.005, 1.5))
            dur.append(np.full(len(s), 60.0))
    s = np.arange(P)
    src.append(s)
    dst.append(rng.integers(0, P, P))
    rate.append(np.full(P, 0.05))
    dur.append(np.full(P, 120.0))
    src = np.concatenate(src)
    dst = np.concatenate(dst)
    keep = src != dst
    net = dict(a=src[keep], b=dst[keep], rate=np.concatenate(rate)[keep], dur=np.concatenate(dur)[keep])
    # off-province relatives: elderly of coal towns have children in the south
    ext = ctx.info["ext"]["msisdn"]
    coal = np.isin(city, [9, 10, 11])
    nrel = rng.poisson(np.where(pop["occ"] == 2, np.where(coal, 2.2, 1.4), 0.8))
    a = np.repeat(np.arange(P), nrel)
    b = rng.integers(0, len(ext), len(a))
    net["ext_a"], net["ext_b"] = a, b
    net["ext_rate"] = np.where(pop["occ"][a] == 2, 0.22, 0.1)
    return net


def on_day_cell(pop, idx, d, t):
    hour = ((t - C.START) % C.DAY) // C.HOUR
    at_work = (hour >= 8) & (hour < 18)
    return np.where(at_work, pop["day_work"][d, idx], pop["day_home"][d, idx])


def ordinary_life(ctx: C.Ctx, pop, net):
    rng = ctx.rng
    P = len(pop["msisdn"])
    active = ~pop["sleeping"]
    msisdn, imei, imsi = pop["msisdn"], pop["imei"], pop["imsi"]
    ext = ctx.info["ext"]
    biz = ctx.info["biz"]
    prof = np.array(["day", "evening", "elderly", "elderly", "day", "flat", "day", "elderly", "day", "day", "evening",
                     "day"], object)
    sp = ctx.info["special"]
    for d in range(ctx.total_days):
        weekend = (d + 3) % 7 in (5, 6)  # 2026-12-10 is a Thursday
        f = 1.15 if weekend else 1.0
        f *= 1.0 + 0.02 * max(0, d - ctx.total_days + 6)  # calls rise toward the year end
        # ---- on-net calls over relationship edges
        k = rng.poisson(net["rate"] * f)
        e = np.repeat(np.arange(len(k)), k)
        flip = rng.random(len(e)) < 0.5
        a = np.where(flip, net["b"][e], net["a"][e])
        b = np.where(flip, net["a"][e], net["b"][e])
        ok = active[a] & active[b]
        a, b, e = a[ok], b[ok], e[ok]
        t = times_by_occ(rng, d, pop["occ"][a], prof)
        dur = C.answered_durations(rng, len(a), 0.86, 1.0, 1.0) * net["dur"][e]
        C.calls(ctx, msisdn[a], msisdn[b], t, dur.astype(np.int64), imei=imei[a], imsi=imsi[a],
                caller_cell=on_day_cell(pop, a, d, t), callee_cell=on_day_cell(pop, b, d, t))
        # ---- off-province relatives, both directions
        k = rng.poisson(net["ext_rate"] * f)
        e = np.repeat(np.arange(len(k)), k)
        a = net["ext_a"][e]
        keep = active[a]
        a, e = a[keep], e[keep]
        x = ext["msisdn"][net["ext_b"][e]]
        t = C.times_on_days(rng, np.full(len(a), d), "evening")
        dur = C.answered_durations(rng, len(a), 0.85, 150, 0.9)
        out = rng.random(len(a)) < 0.45
        cell = on_day_cell(pop, a, d, t)
        C.calls(ctx, msisdn[a[out]], x[out], t[out], dur[out], imei=imei[a[out]], imsi=imsi[a[out]],
                caller_cell=cell[out])
        C.calls(ctx, x[~out], msisdn[a[~out]], t[~out], dur[~out], callee_cell=cell[~out])
        # ---- calls to local businesses (fixed lines) and their calls back
        act = np.flatnonzero(active)
        n = rng.poisson(0.25 * len(act))
        a = C.pick(rng, act, n)
        bc = pop["city"][a]
        bi = _biz_in_city(rng, biz, bc)
        t = C.times_on_days(rng, np.full(n, d), "work")
        dur = C.answered_durations(rng, n, 0.8, 55, 0.8)
        back = rng.random(n) < 0.25
        cell = on_day_cell(pop, a, d, t)
        C.calls(ctx, msisdn[a[~back]], biz["fixed"][bi[~back]], t[~back], dur[~back], imei=imei[a[~back]],
                imsi=imsi[a[~back]], caller_cell=cell[~back], callee_cell=biz["cell"][bi[~back]], call_type="fixed")
        C.calls(ctx, biz["fixed"][bi[back]], msisdn[a[back]], t[back], dur[back], caller_cell=biz["cell"][bi[back]],
                callee_cell=cell[back], call_type="fixed")
        # ---- person to person SMS
        n = rng.poisson(0.4 * len(act))
        a = C.pick(rng, act, n)
        b = np.clip(a + rng.integers(-3, 4, n), 0, P - 1)
        t = C.times_on_days(rng, np.full(n, d), "day")
        C.sms(ctx, msisdn[a], msisdn[b], t, np.array(PERSON_SMS, object)[rng.integers(0, len(PERSON_SMS), n)],
              imei=imei[a], cell=on_day_cell(pop, a, d, t))
        # ---- service SMS: verification codes, operator notices
        n = rng.poisson(0.8 * len(act))
        a = C.pick(rng, act, n)
        t = C.times_on_days(rng, np.full(n, d), "day")
        svc = rng.integers(0, 4, n)
        sender = np.array([1069070069, 106575000, 10086, 1069027112], np.int64)[svc]
        code = rng.integers(100000, 999999, n).astype(str)
        head = np.array(["【微信】验证码", "【淘宝】您的验证码是", "尊敬的客户，您本月话费余额", "【美团】验证码"],
                        object)[svc]
        tail = np.array(["，请勿泄露给他人。", "，5分钟内有效。", "元，回复CXYE查询。", "，如非本人操作请忽略。"],
                        object)[svc]
        C.sms(ctx, sender, msisdn[a], t, (head.astype(str) + code + tail.astype(str)).astype(object))
        # ---- device: data sessions and location updates
        ph = act[pop["smart"][act]]
        k = rng.poisson(4.2, len(ph))
        idx = np.repeat(ph, k)
        t = C.times_on_days(rng, np.full(len(idx), d), "day")
        C.device(ctx, msisdn[idx], t, "data_session", imsi=imsi[idx], imei=imei[idx],
                 cell=on_day_cell(pop, idx, d, t), nbytes=C.lognormal(rng, 3e6, 1.5, len(idx), 1e3, 4e9).astype(
                     np.int64))
        k = rng.poisson(np.where(pop["occ"][act] == 2, 0.8, 2.0))
        idx = np.repeat(act, k)
        t = C.times_on_days(rng, np.full(len(idx), d), "work")
        C.device(ctx, msisdn[idx], t, "location_update", imsi=imsi[idx], imei=imei[idx],
                 cell=on_day_cell(pop, idx, d, t))
        # basic phones of the elderly are switched off at night
        old = act[(~pop["smart"][act]) & (rng.random(len(act)) < 0.3)]
        t_off = C.START + d * C.DAY + 21 * C.HOUR + rng.integers(0, 2 * C.HOUR, len(old))
        C.device(ctx, msisdn[old], t_off, "power_off", imsi=imsi[old], imei=imei[old], cell=pop["day_home"][d, old])
        C.device(ctx, msisdn[old], t_off - 14 * C.HOUR + rng.integers(0, C.HOUR, len(old)), "power_on",
                 imsi=imsi[old], imei=imei[old], cell=pop["day_home"][d, old])
        # ---- web and apps
        k = rng.poisson(3.6, len(ph))
        idx = np.repeat(ph, k)
        t = C.times_on_days(rng, np.full(len(idx), d), "evening")
        dw = np.array([x[1] for x in DOMAINS])
        di = rng.choice(len(DOMAINS), len(idx), p=dw / dw.sum())
        dom = np.array([x[0] for x in DOMAINS], object)[di]
        C.web(ctx, msisdn[idx], t, dom, path=np.array(["/", "/search", "/index.html", "/v/", "/item"],
                                                        object)[rng.integers(0, 5, len(idx))],
              ip=np.array([x[2] for x in DOMAINS], object)[di])
        k = rng.poisson(1.5, len(ph))
        idx = np.repeat(ph, k)
        aw = np.array([x[1] for x in APPS], float)
        ai = rng.choice(len(APPS), len(idx), p=aw / aw.sum())
        C.ctx_apps(ctx, msisdn[idx], C.times_on_days(rng, np.full(len(idx), d), "evening"),
                   np.array([x[0] for x in APPS], object)[ai], "use")
        # ---- payments: QR payments to shops, transfers within families, phone top-ups
        payers = act[pop["acct"][act] != None]  # noqa: E711
        n = rng.poisson(0.8 * len(payers))
        a = C.pick(rng, payers, n)
        bi = _biz_in_city(rng, biz, pop["city"][a])
        t = C.times_on_days(rng, np.full(n, d), "day")
        C.pay(ctx, pop["acct"][a], biz["acct"][bi], t, C.money(rng, 48, 1.0, n, 2), initiated=msisdn[a],
              channel=np.where(rng.random(n) < 0.9, "mobile_app", "third_party").astype(object))
        n = rng.poisson(0.02 * len(payers))
        a = C.pick(rng, payers, n)
        b = np.clip(a + rng.integers(-2, 3, n), 0, P - 1)
        ok = (pop["acct"][b] != None) & (a != b)  # noqa: E711
        a, b = a[ok], b[ok]
        t = C.times_on_days(rng, np.full(len(a), d), "evening")
        C.pay(ctx, pop["acct"][a], pop["acct"][b], t, C.money(rng, 400, 1.0, len(a), 20), initiated=msisdn[a])
        # children in the south send money to parents in the coal towns
        elders = np.flatnonzero((pop["occ"] == 2) & (pop["acct"] != None) & active)  # noqa: E711
        n = rng.poisson(0.03 * len(elders))
        a = C.pick(rng, elders, n)
        C.pay(ctx, C.pick(rng, ext["acct"], n), pop["acct"][a], C.times_on_days(rng, np.full(n, d), "evening"),
              C.money(rng, 800, 0.6, n, 100))
        n = rng.poisson(0.01 * len(payers))
        a = C.pick(rng, payers, n)
        C.pay(ctx, pop["acct"][a], ctx.info["orgs"]["operator"], C.times_on_days(rng, np.full(n, d), "day"),
              rng.choice([30.0, 50.0, 100.0], n), initiated=msisdn[a])
        # ---- salaries (15th) and pensions (18th)
        date = 10 + d
        if date in (15, 18):
            grp = {15: [(0, "payroll_city"), (4, "payroll_coal"), (5, "payroll_oil"), (7, "forestry")],
                   18: [(2, "pension")]}[date]
            for oc, org in grp:
                who = np.flatnonzero((pop["occ"] == oc) & (pop["acct"] != None))  # noqa: E711
                t = C.START + d * C.DAY + 9 * C.HOUR + rng.integers(0, 3 * C.HOUR, len(who))
                amt = {0: 4800, 4: 3900, 5: 7600, 7: 3100, 2: 2900}[oc]
                C.pay(ctx, np.full(len(who), ctx.info["orgs"][org], object), pop["acct"][who], t,
                      np.round(C.lognormal(rng, amt, 0.25, len(who), 1500), 2), channel="counter")
    # snowbirds' and travellers' attach events in the south, sleeping cards' occasional detach
    sb = np.flatnonzero(pop["snowbird"])
    t = C.START + rng.integers(0, 2 * C.DAY, len(sb))
    C.device(ctx, msisdn[sb], t, "attach", imsi=imsi[sb], imei=imei[sb], cell=pop["day_home"][0, sb])
    sl = np.flatnonzero(pop["sleeping"] & (rng.random(P) < 0.15))
    C.device(ctx, msisdn[sl], C.START + rng.integers(0, ctx.total_days * C.DAY, len(sl)), "detach",
             imsi=imsi[sl], imei=imei[sl], cell=pop["home"][sl])
    # internet accounts registered long ago
    plat = [("wechat", 0.92, "wxid_"), ("alipay", 0.7, "2088"), ("douyin", 0.55, "dy"), ("qq", 0.35, "qq"),
            ("kuaishou", 0.3, "ks")]
    ph = np.flatnonzero(pop["smart"])
    for name, p, prefix in plat:
        who = ph[rng.random(len(ph)) < p]
        acc = C.hexkeys(ctx.counter("ia_" + name, len(who)) + ctx.seed * 101 + (ord(name[0]) << 44), prefix, 14)
        reg = np.maximum(pop["open"][who], C.START - rng.integers(30, 3500, len(who)) * C.DAY)
        ctx.add("internet_accounts", platform=name, account=acc, msisdn=msisdn[who], register_time=reg,
                status="active")
    # tourists from elsewhere in the province at the Ice and Snow World and Yabuli
    vis = np.flatnonzero(active & pop["smart"] & (pop["city"] != 0) & (rng.random(P) < 0.04))
    vd = rng.integers(0, ctx.total_days, len(vis))
    where = np.where(rng.random(len(vis)) < 0.75, C.pick(rng, sp["ice_world"], len(vis)),
                     C.pick(rng, sp["ski"], len(vis)))
    t = C.START + vd * C.DAY + 14 * C.HOUR + rng.integers(0, 5 * C.HOUR, len(vis))
    C.device(ctx, msisdn[vis], t, "data_session", imsi=imsi[vis], imei=imei[vis], cell=where,
             nbytes=C.lognormal(rng, 8e6, 1.0, len(vis), 1e4, 1e9).astype(np.int64))
    pop["tourists"] = vis
    pop["tourist_day"] = np.full(P, 0, np.int64)
    pop["tourist_day"][vis] = vd


def times_by_occ(rng, d, occ, prof):
    """Call times on day d, the hour drawn from the caller's occupation's daily rhythm."""
    t = np.empty(len(occ), np.int64)
    p = prof[occ]
    for name in np.unique(p):
        m = p == name
        t[m] = C.times_on_days(rng, np.full(int(m.sum()), d), name)
    return t


def _biz_in_city(rng, biz, cities):
    order = np.argsort(biz["city"], kind="stable")
    bounds = np.searchsorted(biz["city"][order], np.arange(len(CITIES) + 1))
    lo, hi = bounds[cities], bounds[cities + 1]
    empty = hi <= lo
    r = lo + (rng.random(len(cities)) * np.maximum(hi - lo, 1)).astype(np.int64)
    r = np.where(empty, rng.integers(0, len(order), len(cities)), r)
    return order[np.minimum(r, len(order) - 1)]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--summary", help="also write the planted gangs, look-alikes and row counts to this JSON file")
    a = ap.parse_args(argv)
    t0 = time.time()
    ctx = C.Ctx(rng=np.random.default_rng(a.seed), seed=a.seed, n_hist=a.days_history, n_days=a.days)
    cells = build_cells(ctx)
    pop = build_people(ctx, a.subscribers)
    build_business(ctx, a.subscribers)
    net = edges(ctx, pop)
    ordinary_life(ctx, pop, net)
    summary = {"gangs": gangs.plant_all(ctx), "lookalikes": lookalikes.plant_all(ctx)}
    counts = C.write(ctx, a.out, cells)
    summary["rows"] = counts
    summary["seconds"] = round(time.time() - t0, 1)
    if a.summary:
        with open(a.summary, "w") as f:
            json.dump(summary, f, indent=1, ensure_ascii=False, sort_keys=True)
    print(json.dumps({"rows": counts, "total": sum(v for k, v in counts.items() if not k.startswith("truth")),
                      "seconds": summary["seconds"]}))


if __name__ == "__main__":
    main()
