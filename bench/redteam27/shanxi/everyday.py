"""The honest province: who lives where, their cards, handsets, accounts and contacts, and a fortnight of
ordinary calls, messages, data sessions, web visits, app use and payments."""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .behave import Ctx, app_event, calls, net_accounts, presence, sms, transfers, web
from .core import DAY, HOURS, lognormal_int, times_in_day
from .world import GROUPS, G

GROUP_P = {"student": .10, "worker": .30, "miner": .10, "villager": .13, "elder": .18, "merchant": .10,
           "migrant": .09}
# calls, sms, web visits, data sessions, transfers per day; hour profile
RATES = {
    "student": (1.45, 0.9, 2.7, 2.6, 0.22, "student"), "worker": (2.5, 0.5, 1.8, 1.8, 0.25, "person"),
    "miner": (1.8, 0.4, 1.3, 1.7, 0.18, "shift"), "villager": (1.55, 0.3, 0.9, 0.9, 0.10, "elder"),
    "elder": (1.2, 0.2, 0.45, 0.5, 0.07, "elder"), "merchant": (4.0, 0.8, 1.8, 1.8, 0.45, "person"),
    "migrant": (2.25, 0.5, 2.2, 2.2, 0.20, "person"), "business": (3.6, 0.6, 1.8, 1.8, 0.3, "office"),
}
K = 16
CONTACT_W = np.array([5, 4, 2, 2, 1.5, 1.5, 1, 1, 1.5, 1, 1, .8, .6, .5, .4, .4])
A2P_BASE = 8610690351_0000


def cells_for(W, rng, cities, kinds, fallback="urban") -> np.ndarray:
    """A random cell of the given place kinds in each person's city (the city's towns and urban cells when it
    has none)."""
    cities = np.asarray(cities)
    out = np.empty(cities.size, np.int32)
    kinds_arr = np.array(W.place_kind)[W.cell_place]
    for ci, c in enumerate(C.CITIES):
        rows = np.flatnonzero(cities == ci)
        if rows.size == 0:
            continue
        cand = np.flatnonzero((W.cell_city == ci) & np.isin(kinds_arr, kinds))
        if cand.size == 0:
            cand = W.city_urban[c[0]] if fallback == "urban" else W.kind_cells[fallback]
        out[rows] = cand[rng.integers(0, cand.size, rows.size)]
    return out


def populate(ctx: Ctx):
    W, S, cal = ctx.W, ctx.S, ctx.cal
    rng = S.get("pop.persons")
    N = W.target_subscribers
    n_p = int(0.87 * N)
    gnames = list(GROUP_P)
    gp = np.array([GROUP_P[g] for g in gnames])
    grp = np.array([G[g] for g in gnames])[rng.choice(len(gnames), n_p, p=gp / gp.sum())]
    w = np.array([c[3] for c in C.CITIES])
    city = rng.choice(len(C.CITIES), n_p, p=w / w.sum())
    home = cells_for(W, rng, city, ["urban", "town"])
    work = cells_for(W, rng, city, ["urban", "town"])
    m = grp == G["villager"]
    home[m] = cells_for(W, rng, city[m], ["village", "town"])
    work[m] = home[m]
    m = grp == G["elder"]
    vill = m & (rng.random(n_p) < 0.55)
    home[vill] = cells_for(W, rng, city[vill], ["village", "town"])
    work[m] = home[m]
    m = grp == G["miner"]
    work[m] = cells_for(W, rng, city[m], ["mine", "coke"], fallback="mine")
    m = grp == G["student"]
    campus = W.cells_of("TYU", "YCU", "YCUN")
    cw = np.r_[np.full(W.place_cells["TYU"].size, .6 / W.place_cells["TYU"].size),
               np.full(W.place_cells["YCU"].size, .25 / W.place_cells["YCU"].size),
               np.full(W.place_cells["YCUN"].size, .15 / W.place_cells["YCUN"].size)]
    work[m] = campus[rng.choice(campus.size, int(m.sum()), p=cw / cw.sum())]
    persons = W.add_persons(rng, n_p, city, grp, home, work)

    # bank accounts
    rng = S.get("pop.banks")
    has = rng.random(n_p) < np.select([grp == G["elder"], grp == G["student"]], [0.72, 0.85], 0.93)
    # cards first so accounts can be bound to them
    rng_s = S.get("pop.sims")
    smart = np.where(grp == G["elder"], rng_s.random(n_p) < 0.55,
                     np.where(grp == G["villager"], rng_s.random(n_p) < 0.85, rng_s.random(n_p) < 0.97))
    age = np.where(grp == G["student"], rng_s.integers(60, 1500, n_p),
                   np.exp(rng_s.uniform(np.log(40), np.log(4500), n_p)).astype(np.int64))
    open_t = cal.t0 - age * DAY + rng_s.integers(9 * 3600, 19 * 3600, n_p)
    channel = np.empty(n_p, np.int32)
    for ci, c in enumerate(C.CITIES):
        rows = np.flatnonzero(city == ci)
        channel[rows] = W.city_shops(c[0], rng_s, rows.size)
    online = rng_s.random(n_p) < 0.08
    channel[online] = W.shop("JY-ONLINE")
    sims1 = np.empty(n_p, np.int64)
    for flag, tacs in ((True, C.TAC_PHONE), (False, C.TAC_FEATURE)):
        rows = np.flatnonzero(smart == flag)
        sims1[rows] = W.add_sims(rng_s, persons[rows], open_time=open_t[rows], channel=channel[rows], smart=flag,
                                 tacs=tacs, base=True)
    # second Jinyun card: dual-SIM phone (same IMEI) or an old phone
    sec = rng_s.random(n_p) < np.select([np.isin(grp, [G["migrant"], G["merchant"]])], [0.16], 0.05)
    sec &= smart
    rows = np.flatnonzero(sec)
    dual = rng_s.random(rows.size) < 0.7
    imei2 = np.where(dual, W.sims["imei"][sims1[rows]], W.imeis(rng_s, rows.size))
    W.add_sims(rng_s, persons[rows], open_time=open_t[rows] + rng_s.integers(30, 900, rows.size) * DAY // 3,
               channel=channel[rows], imei=imei2, smart=True, base=True, prepaid=True)
    # fixed lines: village households and shops
    fx = np.flatnonzero(((grp == G["elder"]) & vill & (rng_s.random(n_p) < 0.12)) |
                        ((grp == G["merchant"]) & (rng_s.random(n_p) < 0.15)))
    W.add_sims(rng_s, persons[fx], open_time=cal.t0 - rng_s.integers(900, 7000, fx.size) * DAY,
               channel=channel[fx], line="fixed", smart=False, base=True, prepaid=False)
    # a few closed and suspended old cards
    closed = rng_s.random(len(W.sims)) < 0.012
    W.sims["status"][closed] = 2
    W.sims["status_time"][closed] = cal.t0 - rng_s.integers(5, 300, int(closed.sum())) * DAY
    # accounts bound to the primary card
    acc_p = persons[has]
    W.add_accounts(rng, acc_p, W.days_before(rng, acc_p.size, 100, 5000))
    two = acc_p[rng.random(acc_p.size) < 0.2]
    W.add_accounts(rng, two, W.days_before(rng, two.size, 30, 4000), set_primary=False)
    ctx.extra["base_persons"] = persons
    rng0 = S.get("pop.utility")
    ctx.extra["outside_pool"] = W.outside_accounts(rng0, 300)
    heat = W.add_persons(rng0, 1, C.CITY_INDEX["TY"], G["business"], W.place_cells["YZ"][0], id_type="business_license")
    ctx.extra["heating_account"] = W.add_accounts(rng0, heat, cal.t0 - 4000 * DAY, bound=0, bank=0)
    _contacts(ctx)
    _moves(ctx)
    _platform_accounts(ctx)
    _a2p(ctx)


def _contacts(ctx: Ctx):
    W, rng = ctx.W, ctx.S.get("pop.contacts")
    base = np.flatnonzero(W.sims["base"])
    n = base.size
    city = W.persons["city"][W.sims["person"][base]]
    contacts = np.zeros((n, K), np.int64)
    ms = W.sims["msisdn"][base]
    is_fixed = W.sims["line"][base] == 1
    for ci in range(len(C.CITIES)):
        rows = np.flatnonzero(city == ci)
        same = ms[city == ci]
        fixed_same = ms[(city == ci) & is_fixed]
        if fixed_same.size == 0:
            fixed_same = same
        contacts[rows, 0:8] = same[rng.integers(0, same.size, (rows.size, 8))]
        oth = W.other_mobile[W.other_mobile_city == ci]
        contacts[rows, 8:12] = oth[rng.integers(0, oth.size, (rows.size, 4))]
        contacts[rows, 12:14] = ms[rng.integers(0, n, (rows.size, 2))]
        of = W.other_fixed[W.other_fixed_city == ci]
        contacts[rows, 14] = of[rng.integers(0, of.size, rows.size)]
        contacts[rows, 15] = fixed_same[rng.integers(0, fixed_same.size, rows.size)]
    # family: households of 1-4 consecutive people (same city) in a random order
    order = np.lexsort((rng.random(n), city))
    size = rng.integers(1, 5, n)
    hh = np.repeat(np.arange(n), size)[:n]
    hh_sorted = np.empty(n, np.int64)
    hh_sorted[order] = hh
    pos = np.empty(n, np.int64)
    pos[order] = np.arange(n)
    for col, off in ((0, -1), (1, 1)):
        nb = np.clip(pos + off, 0, n - 1)
        other = order[nb]
        ok = (hh_sorted[other] == hh_sorted) & (other != np.arange(n))
        contacts[ok, col] = ms[other[ok]]
    # elders' children working in the cities
    grp = W.sims["group"][base]
    eld = np.flatnonzero(grp == G["elder"])
    kids = np.flatnonzero(np.isin(grp, [G["worker"], G["migrant"], G["miner"]]))
    contacts[eld, 1] = ms[kids[rng.integers(0, kids.size, eld.size)]]
    ctx.extra["contacts"] = (base, contacts)


def _moves(ctx: Ctx):
    """Who leaves the province, returns to campus or makes a lantern-fair day trip, and when (over ``base``)."""
    W, rng = ctx.W, ctx.S.get("pop.moves")
    base, _ = ctx.extra["contacts"]
    n = base.size
    grp = W.sims["group"][base]
    ctx.extra["moves"] = dict(
        dep=np.where(grp == G["migrant"], rng.integers(-3, 9, n), 99),   # leave the province by Taiyuan South
        ret=np.where(grp == G["student"], rng.integers(1, 9, n), -1),    # back to campus
        trip=np.where((rng.random(n) < 0.07) & (W.sims["line"][base] == 0), rng.integers(4, 9, n), -9),
        trip_place=np.where(rng.random(n) < 0.55, 0, 1),                 # 0 Pingyao, 1 Datong old town
    )
    ctx.extra["taken"] = np.zeros(len(W.sims), bool)


def _platform_accounts(ctx: Ctx):
    W, rng = ctx.W, ctx.S.get("pop.platforms")
    base = np.flatnonzero(W.sims["base"] & W.sims["smart"])
    p = np.array(C.PLATFORM_WEIGHTS)
    has = rng.random((base.size, p.size)) < p
    r, c = np.nonzero(has)
    sims = base[r]
    age = (ctx.cal.t0 - W.sims["open_time"][sims]) // DAY
    t = W.sims["open_time"][sims] + (rng.random(sims.size) * np.maximum(age - 1, 1)).astype(np.int64) * DAY
    plat = np.array(C.PLATFORMS, dtype=object)[c]
    net_accounts(ctx, rng, W.sims["msisdn"][sims], plat, t)


def _a2p(ctx: Ctx):
    """Service senders (10690351xxxx) of the common notices; their numbers are not Jinyun cards."""
    ctx.extra["a2p"] = {i: A2P_BASE + 11 * i + 7 for i in range(len(C.TEXT_A2P))}


def _domain_tables(ctx: Ctx):
    doms = [d for d, _ in C.POPULAR_DOMAINS]
    w = np.array([x for _, x in C.POPULAR_DOMAINS], float)
    codes = ctx.codes("domain", doms)
    ips = ctx.codes("ip", [f"100.{64 + i // 200}.{i % 200}.{10 + i % 7}" for i in range(len(doms))])
    app_of = {"weixin.qq.com": "com.tencent.mm", "douyin.com": "com.ss.android.ugc.aweme",
              "kuaishou.com": "com.smile.gifmaker", "taobao.com": "com.taobao.taobao",
              "pinduoduo.com": "com.xunmeng.pinduoduo", "meituan.com": "com.sankuai.meituan",
              "alipay.com": "com.eg.android.AlipayGphone", "12306.cn": "com.MobileTicket", "qq.com": "com.tencent.mobileqq"}
    apps = np.array([ctx.code("app", app_of[d]) if d in app_of else -1 for d in doms], np.int32)
    return codes, w / w.sum(), ips, apps


def daily_life(ctx: Ctx):
    W, S, cal = ctx.W, ctx.S, ctx.cal
    base, contacts = ctx.extra["contacts"]
    n = base.size
    rng0 = S.get("life.setup")
    grp = W.sims["group"][base]
    line = W.sims["line"][base]
    ms = W.sims["msisdn"][base]
    imsi = W.sims["imsi"][base]
    imei = W.sims["imei"][base]
    smart = W.sims["smart"][base]
    person = W.sims["person"][base]
    active = W.sims["status"][base] == 0
    second = W.persons["sim"][person] != base
    rates = np.array([RATES[g][:5] for g in GROUPS])[grp]
    mult = np.exp(rng0.normal(0, 0.5, n)) * np.where(second, 0.35, 1.0)
    mult[line == 1] *= 0.6
    hours_of = [RATES[g][5] for g in GROUPS]
    home0 = W.sims["home_cell"][base]
    work0 = W.sims["work_cell"][base]
    mv = ctx.extra["moves"]
    dep, ret, trip, trip_place = mv["dep"], mv["ret"], mv["trip"], mv["trip_place"]
    scenic = [W.place_cells["PY"], W.place_cells["DTG"]]
    station = W.place_cells["TYS"]
    cw = CONTACT_W / CONTACT_W.sum()
    factor = cal.day_factor()
    dom_codes, dom_p, dom_ip, dom_app = _domain_tables(ctx)
    app_names = [a for a, _ in C.APPS_COMMON]
    app_codes = ctx.codes("app", app_names)
    app_p = np.array([x for _, x in C.APPS_COMMON]); app_p = app_p / app_p.sum()  # noqa: E702
    p2p = ctx.codes("text", C.TEXT_P2P)
    a2p_senders = np.array([ctx.extra["a2p"][i] for i in range(len(C.TEXT_A2P))])
    a2p_text = ctx.codes("text", C.TEXT_A2P)
    a2p_p = np.array([3, 2, 1.2, 1.5, 1.5, 1.5, 0.3, 0.3, 0.3, 0.2]); a2p_p = a2p_p / a2p_p.sum()  # noqa: E702
    accts = W.persons["account"][person]
    merchants = W.persons["account"][(W.persons["group"] == G["merchant"]) & (W.persons["account"] > 0)]
    outside = ctx.extra["outside_pool"]
    heat_acct = ctx.extra["heating_account"]
    fam_acct = np.zeros(n, np.int64)
    fs = W.sim_of_number(contacts[:, 0])
    okf = fs >= 0
    fam_acct[okf] = W.persons["account"][W.sims["person"][fs[okf]]]
    urban_heat = np.isin(W.persons["city"][person], [C.CITY_INDEX["TY"], C.CITY_INDEX["DT"], C.CITY_INDEX["YQ"],
                                                     C.CITY_INDEX["SZ"]]) & ~np.isin(home0, W.kind_cells["village"])

    for d in range(cal.days):
        rng = S.get(f"life.day{d}")
        day_end = cal.t0 + (d + 1) * DAY
        on = active & (W.sims["open_time"][base] < day_end)
        home = home0.copy()
        work = work0.copy()
        st = grp == G["student"]
        home[st & (d >= ret)] = work0[st & (d >= ret)]
        work[st & (d < ret)] = home0[st & (d < ret)]
        gone = d > dep
        at_station = d == dep
        home[gone] = -1
        work[gone] = -1
        work[at_station] = station[rng.integers(0, station.size, int(at_station.sum()))]
        tr = trip == d
        sc = np.where(trip_place == 0, 0, 1)
        for k in (0, 1):
            m = tr & (sc == k)
            work[m] = scenic[k][rng.integers(0, scenic[k].size, int(m.sum()))]
        # ---- calls
        lam = rates[:, 0] * mult * factor[d] * on
        k = rng.poisson(lam)
        i = np.repeat(np.arange(n), k)
        hcode = np.array([list(HOURS).index(h) for h in hours_of])[grp[i]]
        hs = np.stack([HOURS[h] for h in HOURS])
        # hour per call from its group profile (inverse CDF per row)
        cdf = np.cumsum(hs, axis=1)[hcode]
        u = rng.random(i.size)[:, None]
        hour = (u > cdf).sum(axis=1).clip(0, 23)
        t = cal.t0 + d * DAY + hour * 3600 + rng.integers(0, 3600, i.size)
        col = rng.choice(K, i.size, p=cw)
        callee = contacts[i, col]
        cell = np.where((hour >= 8) & (hour < 19), work[i], home[i])
        ans = rng.random(i.size) < 0.84
        video = smart[i] & (rng.random(i.size) < np.where(col < 2, 0.12, 0.02))
        dur = np.where(ans, lognormal_int(rng, i.size, 75, 1.0), 0)
        ctype = np.where(line[i] == 1, ctx.code("call_type", "fixed"), ctx.code("call_type", "mobile"))
        med = np.where(video, ctx.code("media", "video"), ctx.code("media", "voice"))
        calls(ctx, rng, t, ms[i], callee, dur, imei=imei[i], imsi=imsi[i], cell=cell, call_type=ctype, media=med)
        # ---- incoming calls from other networks' contacts
        k = rng.poisson(rates[:, 0] * mult * 0.45 * factor[d] * on)
        i = np.repeat(np.arange(n), k)
        t = times_in_day(rng, cal, d, HOURS["person"], i.size)
        caller = contacts[i, 8 + rng.integers(0, 4, i.size)]
        caller = np.where(rng.random(i.size) < 0.1, contacts[i, 14], caller)
        ans = rng.random(i.size) < 0.8
        dur = np.where(ans, lognormal_int(rng, i.size, 70, 1.0), 0)
        calls(ctx, rng, t, caller, ms[i], dur, callee_cell=np.where(home[i] >= 0, home[i], -1))
        # ---- sms between people, and service notices
        k = rng.poisson(rates[:, 1] * mult * on * (line != 1))
        i = np.repeat(np.arange(n), k)
        t = times_in_day(rng, cal, d, HOURS["person"], i.size)
        recv = contacts[i, rng.choice(14, i.size, p=cw[:14] / cw[:14].sum())]
        sms(ctx, t, ms[i], recv, p2p[rng.integers(0, p2p.size, i.size)], imei=imei[i], cell=home[i])
        k = rng.poisson(0.45 * on * (line != 1))
        i = np.repeat(np.arange(n), k)
        which = rng.choice(a2p_text.size, i.size, p=a2p_p)
        t = times_in_day(rng, cal, d, HOURS["office"], i.size)
        sms(ctx, t, a2p_senders[which], ms[i], a2p_text[which])
        if d == cal.heating_end_notice:
            i = np.flatnonzero(urban_heat & on & (line != 1) & (rng.random(n) < 0.6))
            t = times_in_day(rng, cal, d, HOURS["office"], i.size)
            sms(ctx, t, a2p_senders[6], ms[i], a2p_text[6])
        # ---- device events
        mob = np.flatnonzero(on & (line == 0))
        presence(ctx, rng, ms[mob], imsi[mob], imei[mob], home[mob], np.full(mob.size, d),
                 data_sessions=rates[mob, 3] * smart[mob] + 0.1, updates=0.7, power_p=0.15,
                 bytes_med=6e6, cell2=work[mob])
        # ---- web and apps
        k = rng.poisson(rates[:, 2] * on * smart * (line == 0) * np.sqrt(mult))
        i = np.repeat(np.arange(n), k)
        t = times_in_day(rng, cal, d, HOURS[("student", "person")[d % 2]], i.size)
        dj = rng.choice(dom_codes.size, i.size, p=dom_p)
        web(ctx, rng, t, ms[i], dom_codes[dj], ip=dom_ip[dj], app=dom_app[dj])
        k = rng.poisson(0.45 * on * smart * (line == 0))
        i = np.repeat(np.arange(n), k)
        t = times_in_day(rng, cal, d, HOURS["person"], i.size)
        app_event(ctx, t, ms[i], app_codes[rng.choice(app_codes.size, i.size, p=app_p)], "use")
        k = rng.poisson(0.012 * on * smart * (line == 0))
        i = np.repeat(np.arange(n), k)
        t = times_in_day(rng, cal, d, HOURS["evening"], i.size)
        app_event(ctx, t, ms[i], app_codes[rng.choice(app_codes.size, i.size, p=app_p)], "install")
        # ---- payments (from the primary card's holder)
        prim = ~second & (accts > 0) & on
        lam = rates[:, 4] * prim * (1.8 if d == cal.lantern else 1.0)
        k = rng.poisson(lam)
        i = np.repeat(np.arange(n), k)
        kind = rng.choice(3, i.size, p=[0.35, 0.40, 0.25])
        dst = np.where(kind == 0, fam_acct[i], np.where(kind == 1, merchants[rng.integers(0, merchants.size, i.size)],
                                                        outside[rng.integers(0, outside.size, i.size)]))
        fallback = outside[rng.integers(0, outside.size, i.size)]
        dst = np.where((dst == 0) | (dst == accts[i]), fallback, dst)
        med = np.array([400.0, 45.0, 160.0])[kind]
        if d == cal.lantern:
            med = np.where(kind == 0, 888.0, med)
        amt = np.maximum(np.round(np.exp(rng.normal(np.log(med), 0.9)), 1), 1.0)
        elder = grp[i] == G["elder"]
        chan = np.where(elder & (rng.random(i.size) < 0.5), "counter", "mobile_app").astype(object)
        chan[(kind == 2) & ~elder] = "third_party"
        t = times_in_day(rng, cal, d, HOURS["person"], i.size)
        transfers(ctx, t, accts[i], dst, amt, channel=chan, msisdn=np.where(chan == "counter", 0, ms[i]))
        if d >= cal.heating_end_notice:
            i = np.flatnonzero(urban_heat & prim & (rng.random(n) < 0.05))
            t = times_in_day(rng, cal, d, HOURS["person"], i.size)
            amt = np.round(rng.uniform(20, 32, i.size) * rng.integers(60, 120, i.size), 2)
            transfers(ctx, t, accts[i], np.full(i.size, heat_acct[0]), amt, channel="third_party", msisdn=ms[i])
