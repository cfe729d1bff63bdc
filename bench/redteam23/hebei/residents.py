"""Everyday Hebei: households with their phones, cards and accounts; shops; summer visitors; who knows whom."""

from __future__ import annotations

import numpy as np

from .social import CC, EK, PROF
from .world import DAY, PARTNER_PLMN, World

# household templates: members by age class, weight.
# C child 6-12, T teen 13-18, Y young adult, A adult, E elderly, S college student, M migrant worker
TEMPLATES = [
    ("E", 9), ("EE", 12), ("Y", 7), ("YY", 7), ("AA", 6), ("AAC", 12), ("AAT", 8), ("AACC", 5), ("AACEE", 6),
    ("AATE", 5), ("YYC", 7), ("AE", 4), ("S", 3), ("M", 3), ("YYCE", 3), ("AAT", 2),
]
AGE = {"C": 0, "T": 1, "Y": 2, "A": 3, "E": 4, "S": 5, "M": 6}
WORK_SITES = ["xa_sites", "ts_steel", "hd_steel", "cz_huanghua", "ts_caofeidian"]


def build(w: World) -> None:
    rng = w.rng("residents")
    target = int(0.855 * w.subscribers)
    # ---- households ----
    per_line = 0.94
    size = np.array([len(t) for t, _ in TEMPLATES], float)
    tw = np.array([p for _, p in TEMPLATES], float)
    tw /= tw.sum()
    n_hh = int(target / per_line / (size * tw).sum())
    tpl = rng.choice(len(TEMPLATES), n_hh, p=tw)
    tpl.sort()
    mat = np.zeros((len(TEMPLATES), 5), np.int8)
    for i, (t, _) in enumerate(TEMPLATES):
        mat[i, :len(t)] = [AGE[c] for c in t]
    hh_size = size[tpl].astype(np.int64)
    hh_of = np.repeat(np.arange(n_hh), hh_size)
    pos = np.arange(len(hh_of)) - np.repeat(np.cumsum(hh_size) - hh_size, hh_size)
    age = mat[tpl[hh_of], pos]
    npers = len(age)
    # home district
    homeable = w.dist_pop.copy()
    hh_dist = rng.choice(len(homeable), n_hh, p=homeable / homeable.sum())
    first_age = age[np.cumsum(hh_size) - hh_size]
    hh_dist[first_age == AGE["S"]] = w.dist("sjz_campus")
    mig = first_age == AGE["M"]
    hh_dist[mig] = np.array([w.dist(k) for k in WORK_SITES])[rng.integers(0, len(WORK_SITES), mig.sum())]
    hh_cell = w.random_cell(rng, hh_dist)
    region = w.dist_region[hh_dist][hh_of]
    persons = w.new_persons(npers, 0, region)
    # ---- phones and lines ----
    p_phone = np.array([0.25, 0.8, 1.0, 1.0, 0.88, 1.0, 1.0])[age]
    has = rng.random(npers) < p_phone
    second = has & (rng.random(npers) < np.array([0, 0.03, 0.18, 0.2, 0.03, 0.1, 0.12])[age])
    kind = np.where(age == 0, 2, np.where((age == 4) & (rng.random(npers) < 0.45), 1,
                                          np.where((age == 6) & (rng.random(npers) < 0.25), 1, 0)))
    owner = np.concatenate([np.nonzero(has)[0], np.nonzero(second)[0]])
    is2 = np.concatenate([np.zeros(has.sum(), bool), np.ones(second.sum(), bool)])
    order = np.argsort(owner, kind="stable")
    owner, is2 = owner[order], is2[order]
    nl = len(owner)
    tac_kind = kind[owner]
    imei = np.zeros(nl, np.int64)
    for k, name in enumerate(["smart", "feature", "watch"]):
        m = tac_kind == k
        imei[m] = w.handsets(rng, int(m.sum()), name)
    # a second card sits in the same handset most of the time
    shared = is2 & (rng.random(nl) < 0.6)
    prev = np.maximum(np.arange(nl) - 1, 0)
    imei[shared] = imei[prev[shared]]
    la = age[owner]
    days_ago = np.exp(rng.uniform(np.log(70), np.log(6500), nl))
    newc = rng.random(nl) < np.where(la == AGE["M"], 0.3, np.where(is2, 0.06, 0.025))
    days_ago[newc] = rng.uniform(-w.days + 1, 60, newc.sum())
    days_ago[is2] = np.minimum(days_ago[is2], rng.uniform(20, 2500, is2.sum()))
    open_time = (w.start - days_ago * DAY).astype(np.int64) - rng.integers(0, 30000, nl)
    open_time = (open_time // 60) * 60
    lreg = region[owner]
    chans = np.array([w.channels_of(int(r)) for r in range(len(w.region_keys))])
    channel = chans[lreg, rng.integers(0, chans.shape[1], nl)]
    channel[rng.random(nl) < 0.06] = len(w.channel_cell) - 1
    msisdn = w.onnet_mobile(lreg)
    prepaid = rng.random(nl) < np.where(la >= 5, 0.6, 0.25)
    status = np.zeros(nl, np.int8)
    status_time = np.full(nl, -1, np.int64)
    lines = w.new_lines(msisdn, persons[owner], 0, open_time, channel, prepaid=prepaid, imei=imei, status=status,
                        status_time=status_time, region=lreg)
    # ---- work places ----
    hh_region = w.dist_region[hh_dist]
    work = np.full(npers, -1, np.int32)
    works = np.isin(age, [AGE["Y"], AGE["A"]]) & (rng.random(npers) < 0.78)
    pd = hh_dist[hh_of]
    for r in range(len(w.region_keys)):
        dists = np.nonzero((w.dist_region == r) & (w.dist_work > 0))[0]
        if len(dists) == 0:
            continue
        m = works & (hh_region[hh_of] == r)
        pw = w.dist_work[dists] / w.dist_work[dists].sum()
        work[m] = w.random_cell(rng, dists[rng.choice(len(dists), m.sum(), p=pw)])
    stay = works & (rng.random(npers) < 0.35)
    work[stay] = w.random_cell(rng, pd[stay])
    bj = works & (pd == w.dist("lf_yanjiao")) & (rng.random(npers) < 0.6)
    work[bj] = -2
    work[age == AGE["S"]] = w.random_cell(rng, np.full((age == AGE["S"]).sum(), w.dist("sjz_campus")))
    work[age == AGE["M"]] = w.random_cell(rng, pd[age == AGE["M"]])
    # ---- accounts ----
    adult = age >= 2
    acct = np.full(npers, -1, np.int64)
    pa = np.nonzero(adult)[0]
    acct[pa] = w.new_accounts(persons[pa], w.bank_choice(rng, len(pa)), 0,
                              w.start - rng.integers(200, 8000, len(pa)) * DAY)
    two = pa[rng.random(len(pa)) < 0.3]
    w.new_accounts(persons[two], w.bank_choice(rng, len(two)), 0, w.start - rng.integers(100, 5000, len(two)) * DAY)
    wal = np.nonzero((adult | (age == 1)) & (rng.random(npers) < 0.7))[0]
    wacc = w.new_accounts(persons[wal], np.where(rng.random(len(wal)) < 0.55, w.WX, w.ZFB), 1,
                          w.start - rng.integers(100, 3000, len(wal)) * DAY)
    teen_wal = age[wal] == 1
    acct[wal[teen_wal]] = wacc[teen_wal]
    first_line = np.full(npers, -1, np.int64)
    first_line[owner[~is2]] = lines[~is2]
    fl = first_line[pa]
    w.accounts.cols["bound"][acct[pa]] = np.where(fl >= 0, w.lines["msisdn"][np.maximum(fl, 0)], -1)
    # ---- social lines ----
    prof = np.select([la == AGE["E"], la == AGE["T"], la == 0], [PROF["elderly"], PROF["teen"], PROF["watch"]],
                     PROF["adult"])
    smart = tac_kind[np.arange(nl)] == 0
    base_c = np.select([la == 0, la == AGE["E"], la == AGE["T"], la == AGE["M"]], [0.8, 1.8, 1.5, 2.8], 2.7)
    base_c = base_c * rng.lognormal(0, 0.55, nl) * np.where(is2, 0.35, 1.0)
    rs = rng.lognormal(np.log(0.25), 0.8, nl) * np.where(la == 0, 0.3, 1.0)
    rd = np.where(smart, rng.lognormal(np.log(2.0), 0.5, nl), 0.12)
    rw = np.where(smart, rng.lognormal(np.log(1.25), 0.7, nl), 0.0) * np.where(is2, 0.3, 1.0)
    ra = np.where(smart, rng.lognormal(np.log(0.3), 0.6, nl), 0.0) * np.where(is2, 0.2, 1.0)
    rx = np.where(is2 | (la <= 1), 0.0, rng.lognormal(np.log(0.22), 0.6, nl)) * np.where(la == AGE["E"], 0.5, 1)
    ri = base_c * 0.45
    # trips: Beidaihe, Chengde, Bashang, Chongli; a few abroad
    hh_trip = rng.random(n_hh) < 0.075
    trip_dests = np.array([w.dist(k) for k in ["qhd_beidaihe", "qhd_beidaihe", "qhd_changli", "qhd_shanhaiguan",
                                                "cd_urban", "cd_bashang", "zjk_chongli"]])
    t_dist = trip_dests[rng.integers(0, len(trip_dests), n_hh)]
    t0 = rng.integers(0, w.days - 1, n_hh)
    t1 = t0 + rng.integers(1, 5, n_hh)
    abroad = rng.random(n_hh) < 0.012
    t_cc = np.where(abroad, np.array([CC["TH"], CC["JP"], CC["KR"], CC["RU"], CC["SG"]])[rng.integers(0, 5, n_hh)],
                    -1)
    t_dist = np.where(abroad, -1, t_dist)
    trip = (hh_trip | abroad)[hh_of][owner] & (la != AGE["M"])
    hh_line = hh_of[owner]
    sidx = w.social.add(
        nl, line=lines, msisdn=msisdn, imsi=w.lines["imsi"][lines], imei=imei, person=persons[owner],
        acct=np.where(is2, -1, acct[owner]), home=hh_cell[hh_line], work=np.where(is2, -1, work[owner]),
        prof=prof, smart=smart, rc=base_c, rs=rs, rd=rd, rw=rw, ra=ra, rx=rx, ri=ri,
        d0=np.clip(np.ceil(-days_ago), 0, None).astype(np.int16), trip0=np.where(trip, t0[hh_line], 999),
        trip1=np.where(trip, t1[hh_line], -1), trip_dist=t_dist[hh_line], trip_cc=t_cc[hh_line], group=0,
        hh=hh_line, bj=bj[owner])
    # residents table for the gangs and look-alikes to pick from ("second": second cards, and cards opened only
    # during the window -- never picked as anyone's target)
    kids = np.bincount(hh_of, weights=(age == 0), minlength=n_hh) > 0
    teens = np.bincount(hh_of, weights=(age == 1), minlength=n_hh) > 0
    w.res = dict(sidx=sidx, line=lines, msisdn=msisdn, person=persons[owner], age=la, dist=hh_dist[hh_line],
                 region=lreg, hh=hh_line, cell=hh_cell[hh_line], kid_hh=kids[hh_line], teen_hh=teens[hh_line],
                 acct=np.where(is2, -1, acct[owner]), second=is2 | (open_time >= w.start), smart=smart, imei=imei,
                 trip_dist=np.where(trip, t_dist[hh_line], -1), trip0=np.where(trip, t0[hh_line], 999),
                 work=work[owner], open_time=open_time, imsi=w.lines["imsi"][lines])
    w.res_first_line = first_line
    w.hh_count = n_hh
    _graph(w, rng, sidx, hh_line, lreg, la, is2, bj[owner])
    _shops(w, rng)
    _visitors(w, rng)
    w.truth.add("msisdn", msisdn, "benign", scheme="resident")
    w.truth.add("imsi", w.lines["imsi"][lines], "benign", scheme="resident")
    w.truth.add("imei", imei, "benign", scheme="resident")
    w.truth.add("id_key", w.id_keys(np.unique(persons[owner])), "benign", scheme="resident")
    racc = np.nonzero(np.isin(w.accounts["person"], persons))[0]
    w.truth.add("account", w.account_ids(racc), "benign", scheme="resident")


def _graph(w: World, rng, sidx, hh, region, age, is2, bj) -> None:
    soc = w.social
    n = len(sidx)
    prim = ~is2
    # household: every pair of primary lines
    order = np.argsort(hh, kind="stable")
    ps = sidx[order][prim[order]]
    ph = hh[order][prim[order]]
    starts = np.searchsorted(ph, ph, side="left")
    ends = np.searchsorted(ph, ph, side="right")
    sz = ends - starts
    src = np.repeat(ps, sz)
    dst_pos = np.repeat(starts, sz) + (np.arange(sz.sum()) - np.repeat(np.cumsum(sz) - sz, sz))
    dst = ps[dst_pos]
    m = src != dst
    soc.edge(src[m], soc.lines["msisdn"][dst[m]], dst[m], rng.lognormal(2.0, 0.5, m.sum()), EK["home"])
    # second cards: a few contacts of their own (work, business)
    # friends in the same region (two-way), and a few further away
    by_reg = np.argsort(region, kind="stable")
    rs = sidx[by_reg]
    rstart = np.searchsorted(region[by_reg], np.arange(len(w.region_keys)), side="left")
    rend = np.searchsorted(region[by_reg], np.arange(len(w.region_keys)), side="right")
    k = rng.poisson(np.where(is2, 1.0, np.where(age == 0, 0.0, 3.2)))
    src = np.repeat(sidx, k)
    sreg = np.repeat(region, k)
    lo, hi = rstart[sreg], rend[sreg]
    dst = rs[lo + (rng.random(len(src)) * (hi - lo)).astype(np.int64)]
    soc.link(src, dst, rng.lognormal(0, 1.0, len(src)), EK["friend"])
    k = rng.poisson(np.where(age == 0, 0, 0.6), n)
    src = np.repeat(sidx, k)
    dst = sidx[rng.integers(0, n, len(src))]
    soc.link(src, dst, rng.lognormal(-0.5, 1.0, len(src)), EK["far"])
    # off-net people in Hebei (other operators): a pool, each known to one or two residents
    n_off = int(n * 0.95)
    off = w.offnet_mobile(n_off, "hebei")
    w.offnet_pool = off
    k = rng.poisson(np.select([age == 0, age == 4, is2], [0.0, 4.0, 1.5], 6.5))
    src = np.repeat(sidx, k)
    soc.edge(src, off[rng.integers(0, n_off, len(src))], -1, rng.lognormal(0, 1.0, len(src)), EK["offnet"])
    # Beijing: Yanjiao commuters and relatives
    bjn = w.offnet_mobile(int(n * 0.25), "beijing")
    bjf = w.fixed(None, len(bjn) // 5, beijing=True)
    bjall = np.concatenate([bjn, bjf])
    w.beijing_pool = bjall
    dl = w.res["dist"]
    k = rng.poisson(np.where(bj, 7.0, np.where(dl == w.dist("lf_yanjiao"), 2.5, np.where(age == 0, 0, 0.5))))
    src = np.repeat(sidx, k)
    soc.edge(src, bjall[rng.integers(0, len(bjall), len(src))], -1, rng.lognormal(0.3, 0.8, len(src)), EK["beijing"])
    # other provinces (relatives, migrant workers' homes)
    far = w.offnet_mobile(int(n * 0.2), "other")
    w.far_pool = far
    k = rng.poisson(np.where(age == 6, 6.0, np.where(age == 0, 0.0, 0.9)))
    src = np.repeat(sidx, k)
    soc.edge(src, far[rng.integers(0, len(far), len(src))], -1, rng.lognormal(0, 0.8, len(src)), EK["far"])


def _shops(w: World, rng) -> None:
    """Shops, clinics, restaurants and offices: enterprise lines residents call now and then."""
    soc = w.social
    n = w.n(480)
    dist = rng.choice(len(w.dist_pop), n, p=(w.dist_pop + w.dist_work) / (w.dist_pop + w.dist_work).sum())
    region = w.dist_region[dist]
    owners = w.new_persons(n, 2, region)
    fixed = rng.random(n) < 0.75
    msisdn = np.where(fixed, w.fixed(region), w.onnet_mobile(region))
    ot = w.start - rng.integers(300, 6000, n) * DAY
    lines = np.zeros(n, np.int64)
    f = np.nonzero(fixed)[0]
    mo = np.nonzero(~fixed)[0]
    lines[f] = w.new_lines(msisdn[f], owners[f], 1, ot[f], enterprise=True, region=region[f])
    im = w.handsets(rng, len(mo))
    lines[mo] = w.new_lines(msisdn[mo], owners[mo], 0, ot[mo], enterprise=True, imei=im, region=region[mo])
    imei = np.full(n, -1, np.int64)
    imei[mo] = im
    cell = w.random_cell(rng, dist)
    acct = w.new_accounts(owners, w.bank_choice(rng, n), 3, ot)
    w.accounts.cols["bound"][acct] = msisdn
    s = soc.add(n, line=lines, msisdn=msisdn, imsi=w.lines["imsi"][lines], imei=imei, person=owners, acct=acct,
                home=cell, work=-1, prof=PROF["shop"], smart=~fixed, rc=rng.lognormal(np.log(1.5), 0.6, n),
                rs=np.where(fixed, 0, 0.1), rd=np.where(fixed, 0, 3.0), rw=np.where(fixed, 0, 0.6), ra=0.0, rx=0.3,
                ri=rng.lognormal(np.log(2.5), 0.6, n), group=1, fixedline=fixed)
    w.shops = dict(sidx=s, msisdn=msisdn, region=region, acct=acct, dist=dist, cell=cell)
    # residents know some shops of their region; shops call back some customers
    res = w.res
    k = rng.poisson(np.where(res["second"], 0.2, 1.6))
    src = np.repeat(res["sidx"], k)
    sreg = np.repeat(res["region"], k)
    order = np.argsort(region, kind="stable")
    lo = np.searchsorted(region[order], sreg, "left")
    hi = np.searchsorted(region[order], sreg, "right")
    ok = hi > lo
    pick = order[np.minimum(lo + (rng.random(len(src)) * (hi - lo)).astype(np.int64), len(order) - 1)]
    src, pick = src[ok], pick[ok]
    soc.edge(src, msisdn[pick], s[pick], rng.lognormal(-0.5, 0.7, len(src)), EK["service"])
    soc.edge(s[pick], res["msisdn"][np.searchsorted(res["sidx"], src)], src, 0.3, EK["service"])
    # merchant collection accounts that residents pay (markets, utilities, online shops)
    w.merchants = np.concatenate([acct, w.new_accounts(w.new_persons(w.n(300), 2), w.bank_choice(rng, w.n(300)), 3)])
    w.utilities = w.new_accounts(w.new_persons(6, 2), np.zeros(6, np.int16), 2)
    w.employers = w.new_accounts(w.new_persons(w.n(260), 2), w.bank_choice(rng, w.n(260)), 2)
    w.truth.add("msisdn", msisdn, "benign", scheme="shop")
    w.truth.add("id_key", w.id_keys(owners), "benign", scheme="shop")
    w.truth.add("imei", imei, "benign", scheme="shop")
    w.truth.add("imsi", w.lines["imsi"][lines], "benign", scheme="shop")


def _visitors(w: World, rng) -> None:
    """Summer visitors on the partner network: Beijing and Tianjin families at the seaside and the grassland."""
    soc = w.social
    n = w.n(820)
    dests = ["qhd_beidaihe"] * 5 + ["qhd_changli", "qhd_shanhaiguan", "cd_urban", "cd_bashang", "cd_bashang",
                                    "zjk_chongli"]
    group = np.repeat(np.arange(n), rng.integers(1, 4, n))[:n]
    ng = group.max() + 1
    gd = np.array([w.dist(k) for k in dests])[rng.integers(0, len(dests), ng)]
    g0 = rng.integers(-2, w.days - 1, ng)
    g1 = g0 + rng.integers(2, 7, ng)
    other = rng.random(n) < 0.3
    msisdn = np.zeros(n, np.int64)
    msisdn[~other] = w.offnet_mobile(int((~other).sum()), "beijing")
    msisdn[other] = w.offnet_mobile(int(other.sum()), "other")
    imsi = w.imsi(n, PARTNER_PLMN)
    imei = w.handsets(rng, n)
    cell = w.random_cell(rng, gd[group])
    s = soc.add(n, line=-1, msisdn=msisdn, imsi=imsi, imei=imei, person=-1, acct=-1, home=cell, work=-1,
                prof=PROF["adult"], rc=rng.lognormal(np.log(2.5), 0.5, n), rs=0.2, rd=5, rw=2.0, ra=0.3, rx=0.0,
                ri=1.0, d0=np.clip(g0[group], 0, None), d1=g1[group], group=2, hh=-1 - group)
    w.visitors = dict(sidx=s, msisdn=msisdn, dist=gd[group], d0=g0[group], d1=g1[group], cell=cell, imei=imei,
                      imsi=imsi)
    # travel companions, and family back in Beijing/Tianjin
    a = np.repeat(s, 2)
    b = s[np.clip(np.searchsorted(group, group[np.repeat(np.arange(n), 2)]) + rng.integers(0, 3, 2 * n), 0, n - 1)]
    same = group[a - s[0]] == group[b - s[0]]
    soc.link(a[same], b[same], 4.0, EK["home"])
    k = rng.poisson(5, n)
    src = np.repeat(s, k)
    soc.edge(src, w.beijing_pool[rng.integers(0, len(w.beijing_pool), len(src))], -1,
             rng.lognormal(0, 0.8, len(src)), EK["beijing"])
    w.truth.add("msisdn", msisdn, "benign", scheme="visitor")
    w.truth.add("imsi", imsi, "benign", scheme="visitor")
    w.truth.add("imei", imei, "benign", scheme="visitor")
