"""Everyday life in Gansu: residents, families, students arriving, travellers, herders, and their traffic."""

from __future__ import annotations

import numpy as np

from .core import DAY, HOUR, T0, lognorm_int, pick, sample_time
from .world import AREAS, UNIVERSITIES

KINDS = ["worker", "farmer", "elder", "business", "student", "freshman", "teen", "herder", "migrant"]
KIND_W = [.31, .18, .17, .07, .045, .03, .04, .03, .05]
RATE = {"worker": 3.0, "farmer": 1.7, "elder": 1.1, "business": 5.5, "student": 2.2, "freshman": 2.4,
        "teen": 0.9, "herder": 0.8, "migrant": 2.0}
PROFILE = {"worker": "resident", "farmer": "resident", "elder": "elder", "business": "business",
           "student": "student", "freshman": "student", "teen": "student", "herder": "elder", "migrant": "resident"}
AGE = {"worker": (22, 58), "farmer": (30, 70), "elder": (65, 89), "business": (28, 60), "student": (19, 24),
       "freshman": (18, 19), "teen": (12, 18), "herder": (22, 66), "migrant": (19, 50)}
FEATURE_SHARE = {"elder": .6, "farmer": .2, "herder": .25}

DOMAINS = np.array(["baidu.com", "qq.com", "weixin.qq.com", "taobao.com", "jd.com", "douyin.com", "kuaishou.com",
                    "bilibili.com", "12306.cn", "meituan.com", "ctrip.com", "amap.com", "sina.com.cn", "163.com",
                    "toutiao.com", "pinduoduo.com", "alipay.com", "gansu.gov.cn", "lzu.edu.cn", "nwnu.edu.cn",
                    "lzjtu.edu.cn", "lut.edu.cn", "dunhuang-tour.com.cn", "mgk.org.cn", "gsjyt.gov.cn",
                    "chsi.com.cn", "zhihu.com", "xiaohongshu.com", "weather.com.cn", "lyrc-bank.cn",
                    "ly-telecom.cn", "iqiyi.com", "gs.news.cn", "lanzhou.gov.cn", "ganzi-tour.cn",
                    "fliggy.com", "didiglobal.com", "map.qq.com", "cdn.bcebos.com", "img.alicdn.com"], dtype=object)
DOMAIN_W = np.array([9, 10, 12, 6, 4, 9, 6, 3, 2, 3, 1.5, 2, 1.5, 1.5, 3, 4, 3, .6, .5, .4, .4, .3, .4, .3, .4,
                     .4, 1.5, 2, 1.2, .5, .6, 1.5, .6, .3, .2, .6, .8, .6, 2, 3])
APPS = np.array(["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
                 "com.jingdong.app.mall", "com.smile.gifmaker", "com.sankuai.meituan", "com.MobileTicket",
                 "com.autonavi.minimap", "com.tencent.mobileqq", "com.xunmeng.pinduoduo", "cn.gov.pbc.dcep",
                 "cn.lyrc.mobilebank", "com.hicorenational.antifraud", "com.sdu.didi.psnger",
                 "com.tencent.wemeet.app", "com.lyt.selfservice", "com.xingin.xhs"], dtype=object)
APP_W = np.array([12, 7, 8, 3, 2, 4, 3, 1, 2, 3, 3, .5, 1, .6, 1, .5, .8, 2])
P2P_TEXT = np.array(["到了吗", "晚上回来吃饭不", "收到", "好的", "开学报到顺利吗", "钱收到了没", "明天几点出发",
                     "妈，我到学校了", "记得带身份证", "在开会，稍后回电", "车票买好了", "羊都赶回来了",
                     "电费交了吗", "下班了吗", "周末回家", "照片发你微信了", "嗯嗯", "谢谢", None, None, None,
                     None], dtype=object)
SERVICE_TEXT = np.array([
    "【陇原通信】您本月话费账单已出，详询10093。", "【陇原农商银行】您尾号{d}账户于{t}收入人民币{a}元。",
    "【12306】订单已出票，请携带有效身份证件乘车。", "【美团】您的验证码为{c}，5分钟内有效。",
    "【淘宝】您的验证码{c}，请勿泄露。", "【兰州大学】迎新系统提醒：请按学院安排时段报到。",
    "【国家反诈中心】提醒您：凡是自称公检法要求转账的都是诈骗。", "【敦煌文旅】莫高窟预约成功，请提前30分钟到达。",
    "【顺丰速运】您的快件已由驿站代收，取件码{c}。", "【甘肃气象】河西走廊今日有大风沙尘，请注意防范。",
    "【支付宝】您正在登录，验证码{c}。", "【医保】您的医保个人账户已完成年度划入。"], dtype=object)
SERVICE_W = np.array([1, 3, .6, 2, 2, .3, .5, .3, 1.5, .5, 2, .3])


def build_population(w):
    rng = w.rng
    N = w.N
    n_pers = int(round(N / 1.07))
    kind = pick(rng, np.array(KINDS, dtype=object), n_pers, KIND_W)
    adult = ~np.isin(kind, ["teen", "freshman", "student"])
    area = np.zeros(n_pers, dtype=np.int64)
    urban = np.array(["urban" in a[7] for a in AREAS])
    county = ~urban
    pasture = np.array(["pasture" in a[7] for a in AREAS])
    aw = np.array([a[5] for a in AREAS], dtype=float)
    for k in KINDS:
        m = (kind == k) & adult
        if not m.any():
            continue
        if k in ("worker", "business"):
            wt = aw * np.where(urban, 3, 1)
        elif k == "herder":
            wt = aw * pasture
        elif k in ("farmer", "elder", "migrant"):
            wt = aw * np.where(county, 3, 1) * np.where(pasture, .3, 1)
        else:
            wt = aw
        area[m] = pick(rng, np.arange(len(AREAS)), int(m.sum()), wt)
    # households of adults: sort by area and chunk into sizes 1-3
    ad = np.flatnonzero(adult)
    ad = ad[np.argsort(area[ad], kind="stable")]
    sizes = pick(rng, np.array([1, 2, 3]), len(ad), [.3, .5, .2])
    hh_break = np.cumsum(sizes)
    hh_of_pos = np.searchsorted(hh_break, np.arange(len(ad)), side="right")
    # a household does not straddle areas
    a_sorted = area[ad]
    newarea = np.r_[True, a_sorted[1:] != a_sorted[:-1]]
    hh_of_pos = np.cumsum(newarea | np.r_[True, hh_of_pos[1:] != hh_of_pos[:-1]]) - 1
    household = np.full(n_pers, -1, dtype=np.int64)
    household[ad] = hh_of_pos
    n_hh = int(hh_of_pos.max()) + 1
    hh_area = np.zeros(n_hh, dtype=np.int64)
    hh_area[hh_of_pos] = a_sorted
    dep = np.flatnonzero(~adult)
    household[dep] = rng.integers(0, n_hh, len(dep))
    area[dep] = hh_area[household[dep]]
    lo = np.array([AGE[k][0] for k in kind])
    hi = np.array([AGE[k][1] for k in kind])
    age = rng.integers(lo, hi)
    w.add_persons(n_pers, kind=kind, age=age, region=np.array([AREAS[a][2] for a in area], dtype=object))
    # lines: one per person, a second for 7% (dual SIM)
    dual = rng.random(n_pers) < 0.07
    owner = np.r_[np.arange(n_pers), np.flatnonzero(dual)]
    L = len(owner)
    lkind = kind[owner]
    handset = np.where(rng.random(L) < np.array([FEATURE_SHARE.get(k, 0) for k in lkind]), "feature", "smart").astype(object)
    handset[(handset == "smart") & (rng.random(L) < .12)] = "smart_cheap"
    msisdn = w.alloc.mobile(L)
    imei = np.zeros(L, dtype=np.int64)
    for h in ("smart", "smart_cheap", "feature"):
        m = handset == h
        imei[m] = w.alloc.imei_mixed(int(m.sum()), h)
    # second line of a dual-SIM phone: cheap phones report one IMEI for both slots, others the next serial
    sec = np.arange(n_pers, L)
    first = owner[sec]
    same = rng.random(len(sec)) < .35
    handset[sec] = handset[first]
    imei[sec] = np.where(same, imei[first], w.alloc.imei_mixed(len(sec), "smart"))
    home_cell = w.cells_in_areas(area[owner])
    home_cell[sec] = home_cell[first]
    work_cell = np.full(L, -1, dtype=np.int64)
    wk = np.isin(lkind, ["worker", "business", "farmer"])
    work_area = area[owner].copy()
    lz = np.array([i for i, a in enumerate(AREAS) if a[2] == "lanzhou" and "urban" in a[7]])
    in_lz = np.isin(work_area, lz) & wk
    work_area[in_lz] = pick(rng, lz, int(in_lz.sum()), [AREAS[i][5] for i in lz])
    work_cell[wk] = w.cells_in_areas(work_area[wk])
    work_cell[sec] = work_cell[first]
    open_time = T0 - (rng.integers(40, 3600, L) * DAY) - rng.integers(8 * HOUR, 19 * HOUR, L)
    young = np.isin(lkind, ["teen", "freshman"])
    open_time[young] = T0 - rng.integers(40, 900, int(young.sum())) * DAY - 10 * HOUR
    stores = np.array([f"LYT-{AREAS[a][1]}-S{s:02d}" for a in range(len(AREAS)) for s in (1, 2)], dtype=object)
    channel = np.array([f"LYT-{AREAS[a][1]}-S{int(s):02d}" for a, s in zip(area[owner], rng.integers(1, 3, L), strict=False)],
                       dtype=object)
    line = w.add_lines(L, person=owner, msisdn=msisdn, imei=imei, home_cell=home_cell, work_cell=work_cell,
                       open_time=open_time, open_channel=channel, open_cell=home_cell,
                       is_prepaid=(rng.random(L) < .35).astype(np.int8), kind=lkind,
                       home_region=np.array(["Gansu/" + AREAS[a][0] for a in area[owner]], dtype=object))
    pop = dict(line=line, person=owner, kind=lkind, area=area[owner], household=household[owner],
               msisdn=msisdn, imei=imei, handset=handset, home_cell=home_cell, work_cell=work_cell,
               open_time=open_time, dual_second=np.isin(np.arange(L), sec), p_kind=kind, p_area=area,
               p_household=household, stores=stores)
    w.pop = pop
    # ---- students arriving at universities; parents who escort freshmen
    st = np.flatnonzero(np.isin(lkind, ["student", "freshman"]) & ~pop["dual_second"])
    uni = pick(rng, np.array(UNIVERSITIES, dtype=object), len(st), [3, 3, 2.5, 2.5, 2])
    fresh = lkind[st] == "freshman"
    arr_day = np.where(fresh, pick(rng, np.arange(1, 8), len(st), [1, 3, 3, 3, 2, 1, .5]),
                       pick(rng, np.arange(0, 10), len(st), [1, 2, 2, 2, 1.5, 1, 1, .6, .4, .3]))
    arr_t = T0 + arr_day * DAY + rng.integers(9 * HOUR, 20 * HOUR, len(st))
    campus = np.concatenate([w.special(u, 1) for u in uni]) if len(st) else np.zeros(0, np.int64)
    w.override(line[st], arr_t, w.T1, cell=campus)
    pop["student_line"] = line[st]
    pop["student_uni"] = uni
    pop["student_arrival"] = arr_t
    pop["student_fresh"] = fresh
    pop["student_campus"] = campus
    # freshman households: the adults there are "parents of a new student"
    fr_hh = np.unique(household[owner[st[fresh]]])
    parent = np.isin(household[owner], fr_hh) & np.isin(lkind, ["worker", "farmer", "business", "herder"]) \
        & ~pop["dual_second"]
    pop["parent_line"] = line[parent]
    # an escorting parent: in Lanzhou from the student's arrival for ~30 h
    esc_st = st[fresh]
    esc_hh = household[owner[esc_st]]
    par_idx = np.flatnonzero(parent)
    par_hh = household[owner[par_idx]]
    o = np.argsort(par_hh, kind="stable")
    pos = np.searchsorted(par_hh[o], esc_hh)
    ok = (pos < len(o)) & (par_hh[o][pos.clip(0, len(o) - 1)] == esc_hh) & (rng.random(len(esc_st)) < .45)
    esc_par = par_idx[o][pos[ok]]
    esc_par, ui = np.unique(esc_par, return_index=True)
    t_arr = arr_t[fresh][ok][ui]
    w.override(line[esc_par], t_arr - 5 * HOUR, t_arr + 30 * HOUR, cell=campus[fresh][ok][ui])
    busy = set(line[st].tolist()) | set(line[esc_par].tolist())
    # ---- residents touring the Hexi corridor (Dunhuang, Zhangye Danxia, Jiayuguan)
    cand = np.flatnonzero(np.isin(lkind, ["worker", "business", "elder"]) & ~pop["dual_second"])
    cand = cand[~np.isin(line[cand], list(busy))]
    tour = rng.choice(cand, size=min(len(cand), int(.035 * L)), replace=False)
    t_start = T0 + rng.integers(0, w.days - 2, len(tour)) * DAY + rng.integers(7 * HOUR, 14 * HOUR, len(tour))
    dur = rng.integers(2, 5, len(tour)) * DAY
    spot = pick(rng, np.array(["mingsha_camps", "mogao", "dunhuang_station", "danxia", "jiayu_pass"], dtype=object),
                len(tour), [3, 2, 1, 2, 1.5])
    tcell = np.concatenate([w.special(s, 1) for s in spot]) if len(tour) else np.zeros(0, np.int64)
    w.override(line[tour], t_start, t_start + dur, cell=tcell)
    pop["tourist_resident"] = line[tour]
    busy |= set(line[tour].tolist())
    # ---- herders: summer pasture cells for most days, township on market days
    hd = np.flatnonzero(lkind == "herder")
    past = np.array(["maqu_pasture", "luqu_pasture", "sunan_pasture"], dtype=object)
    for d0 in range(0, w.days, 4):
        t_a = T0 + d0 * DAY + rng.integers(0, 10 * HOUR, len(hd))
        pc = np.concatenate([w.special(p, 1) for p in pick(rng, past, len(hd))]) if len(hd) else np.zeros(0, np.int64)
        w.override(line[hd], t_a, t_a + 3 * DAY, cell=pc)
    # ---- migrants working out of province: no Gansu cell
    mg = np.flatnonzero(lkind == "migrant")
    w.override(line[mg], T0, w.T1, cell=-1)
    # ---- bank accounts: 1-2 per adult person, students too
    has = (kind != "teen") | (rng.random(n_pers) < .3)
    pa = np.flatnonzero(has)
    two = pa[rng.random(len(pa)) < .35]
    acc_person = np.r_[pa, two]
    first_line = np.full(n_pers, -1, dtype=np.int64)
    first_line[owner[::-1]] = line[::-1]
    acc = w.add_accounts(len(acc_person), acc_person,
                         bank=pick(rng, np.array(["LYRC", "HXCB", "LZCB", "ICBC", "CCB", "ABC", "BOC", "PSBC", "CMB"],
                                                 dtype=object), len(acc_person), [4, 2, 2, 2, 2, 3, 1, 2, 1]),
                         open_time=T0 - rng.integers(100, 5000, len(acc_person)) * DAY,
                         bound_msisdn=msisdn[first_line[acc_person]])
    acc_of_person = np.full(n_pers, -1, dtype=np.int64)
    acc_of_person[acc_person[::-1]] = acc[::-1]
    pop["acc_of_person"] = acc_of_person
    pop["acc"] = acc
    pop["acc_person"] = acc_person
    # offnet contacts (other operators in Gansu, relatives in other provinces)
    pop["offnet"] = w.alloc.offnet(int(1.1 * L))
    return pop


def _edges(w, pop):
    """Social edges (a_line_pos, b_pos or -1, b_number, weight, start_day, business)."""
    rng = w.rng
    L = len(pop["line"])
    a_list, b_list, bn_list, wt_list, sd_list, biz_list = [], [], [], [], [], []

    def add(a, b, wt, start=0, biz=False, bnum=None):
        a = np.asarray(a)
        a_list.append(a)
        b_list.append(np.asarray(b))
        bn_list.append(pop["msisdn"][np.maximum(b, 0)] if bnum is None else bnum)
        wt_list.append(np.full(len(a), wt, dtype=float))
        sd_list.append(np.broadcast_to(np.asarray(start, dtype=np.int64), (len(a),)).copy())
        biz_list.append(np.full(len(a), biz))
    hh = pop["household"]
    o = np.argsort(hh, kind="stable")
    for k in (1, 2, 3):
        a, b = o[:-k], o[k:]
        same = hh[a] == hh[b]
        add(a[same], b[same], 4.0)
    area = pop["area"]
    o = np.argsort(area, kind="stable")
    a_sorted = area[o]
    starts = np.searchsorted(a_sorted, np.arange(len(AREAS)))
    counts = np.searchsorted(a_sorted, np.arange(len(AREAS)), side="right") - starts
    nf = rng.integers(2, 7, L)
    a = np.repeat(np.arange(L), nf)
    ar = area[a]
    b = o[starts[ar] + (rng.random(len(a)) * counts[ar]).astype(np.int64)]
    keep = a != b
    add(a[keep], b[keep], 1.0)
    # colleagues: same work area, weekday business hours
    wk = np.flatnonzero(pop["work_cell"] >= 0)
    warea = w.cell_area[pop["work_cell"][wk]]
    ow = np.argsort(warea, kind="stable")
    ws = warea[ow]
    st = np.searchsorted(ws, np.arange(len(AREAS)))
    ct = np.searchsorted(ws, np.arange(len(AREAS)), side="right") - st
    nc = rng.integers(1, 5, len(wk))
    a = np.repeat(np.arange(len(wk)), nc)
    b = ow[st[warea[a]] + (rng.random(len(a)) * ct[warea[a]]).astype(np.int64)]
    keep = a != b
    add(wk[a[keep]], wk[b[keep]], 1.5, biz=True)
    # cross-province-area acquaintances
    nx = rng.integers(0, 3, L)
    a = np.repeat(np.arange(L), nx)
    b = rng.integers(0, L, len(a))
    add(a[a != b], b[a != b], .5)
    # offnet contacts
    no = rng.integers(2, 9, L)
    a = np.repeat(np.arange(L), no)
    add(a, np.full(len(a), -1), 1.0, bnum=pick(rng, pop["offnet"], len(a)))
    # classmates among students of one university, from the later arrival
    sl = pop["student_line"]
    if len(sl):
        uni = pop["student_uni"]
        arr_day = (pop["student_arrival"] - T0) // DAY
        order = np.argsort(uni, kind="stable")
        us = uni[order]
        for u in np.unique(us):
            idx = order[us == u]
            k = rng.integers(2, 6, len(idx))
            a = np.repeat(idx, k)
            b = idx[rng.integers(0, len(idx), len(a))]
            keep = a != b
            a, b = a[keep], b[keep]
            add(sl[a], sl[b], 2.0, start=np.maximum(arr_day[a], arr_day[b]))
    return (np.concatenate(a_list), np.concatenate(b_list), np.concatenate(bn_list), np.concatenate(wt_list),
            np.concatenate(sd_list), np.concatenate(biz_list))


def _calls(w, caller, callee, t, rng, answer_p=.82, med=75, sigma=1.0, media_video=.03):
    n = len(caller)
    u = rng.random(n)
    res = np.where(u < answer_p, "answered", np.where(u < answer_p + .11, "no_answer",
                                                      np.where(u < answer_p + .15, "busy", "rejected")))
    ans = res == "answered"
    dur = np.where(ans, lognorm_int(rng, n, med, sigma, 1, 7200), 0)
    ring = np.where(ans, rng.integers(2, 18, n), np.where(res == "no_answer", rng.integers(25, 60, n),
                                                          np.where(res == "busy", 0, rng.integers(2, 12, n))))
    media = np.where(rng.random(n) < media_video, "video", "voice").astype(object)
    w.sink.add("voice", start_time=t, caller=caller, callee=callee, duration_s=dur.astype(np.int64),
               ring_s=ring.astype(np.int64), result=res.astype(object), media=media)


def everyday(w):
    rng = w.rng
    pop = w.pop
    L = len(pop["line"])
    days = w.days
    a, b, bn, wt, sd, biz = _edges(w, pop)
    rate = np.array([RATE[k] for k in pop["kind"]])
    wsum = np.bincount(a, weights=wt, minlength=L) + np.bincount(b[b >= 0], weights=wt[b >= 0], minlength=L)
    wsum = np.maximum(wsum, 1e-9)
    span = (days - sd).clip(0)
    # direction a->b from a's budget, b->a from b's budget (offnet b: 0.7 of a's)
    lam_ab = rate[a] * wt / wsum[a] * span
    lam_ba = np.where(b >= 0, rate[np.maximum(b, 0)] * wt / wsum[np.maximum(b, 0)], .7 * rate[a] * wt / wsum[a]) * span
    n_ab = rng.poisson(lam_ab)
    n_ba = rng.poisson(lam_ba)
    an = pop["msisdn"][a]
    e1 = np.repeat(np.arange(len(a)), n_ab)
    e2 = np.repeat(np.arange(len(a)), n_ba)
    caller = np.r_[an[e1], bn[e2]]
    callee = np.r_[bn[e1], an[e2]]
    e = np.r_[e1, e2]
    prof_of = np.array([PROFILE[k] for k in pop["kind"]], dtype=object)
    who = np.r_[a[e1], np.where(b[e2] >= 0, b[e2], a[e2])]
    day = sd[e] + (rng.random(len(e)) * (days - sd[e])).astype(np.int64)
    t = np.empty(len(e), dtype=np.int64)
    for p in np.unique(prof_of):
        m = (prof_of[who] == p) & ~biz[e]
        t[m] = sample_time(rng, day[m], p)
    m = biz[e]
    t[m] = sample_time(rng, day[m], "business")
    fam = wt[e] >= 4
    _calls(w, caller[~fam], callee[~fam], t[~fam], rng)
    _calls(w, caller[fam], callee[fam], t[fam], rng, answer_p=.86, med=110, sigma=1.1, media_video=.09)
    # ---- P2P SMS on the same edges (fewer; students and the young text more)
    srate = np.where(np.isin(pop["kind"], ["student", "freshman", "teen"]), .5, .18)
    lam = srate[a] * wt / wsum[a] * span * 1.6
    ns = rng.poisson(lam)
    es = np.repeat(np.arange(len(a)), ns)
    flip = rng.random(len(es)) < .45
    snd = np.where(flip, bn[es], an[es])
    rcv = np.where(flip, an[es], bn[es])
    day = sd[es] + (rng.random(len(es)) * (days - sd[es])).astype(np.int64)
    ts = sample_time(rng, day, "student")
    w.sink.add("sms", send_time=ts, sender=snd, receiver=rcv, content=pick(rng, P2P_TEXT, len(es)))
    # ---- service SMS (106 numbers): bills, bank notices, verification codes
    svc = w.alloc.take(86106, 8, 60)
    w.service_numbers = svc
    ns = rng.poisson(.9 * days, L)
    li = np.repeat(np.arange(L), ns)
    day = rng.integers(0, days, len(li))
    ts = sample_time(rng, day, "resident")
    k = pick(rng, np.arange(len(SERVICE_TEXT)), len(li), SERVICE_W)
    w.sink.add("sms", send_time=ts, sender=svc[(k * 5 + rng.integers(0, 5, len(li))) % len(svc)],
               receiver=pop["msisdn"][li], content=_fill(rng, SERVICE_TEXT[k]))
    # ---- calls to services (bank hotlines, hospitals, 12345, taxis) and from couriers: offnet/fixed
    services = np.array([8695588, 8695599, 8695533, 8695566, 8612345, 8610093, 8612306, 8695555], dtype=np.int64)
    nsv = rng.poisson(.12 * days, L)
    li = np.repeat(np.arange(L), nsv)
    ts = sample_time(rng, rng.integers(0, days, len(li)), "business")
    _calls(w, pop["msisdn"][li], pick(rng, services, len(li)), ts, rng, answer_p=.93, med=180, sigma=.7, media_video=0)
    # ---- data: web visits and app use of smartphone lines
    smart = np.flatnonzero(pop["handset"] != "feature")
    nw = rng.poisson(1.1 * days, len(smart))
    li = np.repeat(smart, nw)
    ts = sample_time(rng, rng.integers(0, days, len(li)), "student")
    dom = pick(rng, DOMAINS, len(li), DOMAIN_W)
    w.sink.add("web", time=ts, msisdn=pop["msisdn"][li], domain=dom,
               url=None, ip=None, bytes=lognorm_int(rng, len(li), 40000, 1.4, 200))
    na = rng.poisson(.3 * days, len(smart))
    li = np.repeat(smart, na)
    ts = sample_time(rng, rng.integers(0, days, len(li)), "student")
    w.sink.add("apps", time=ts, msisdn=pop["msisdn"][li], app=pick(rng, APPS, len(li), APP_W), event="use",
               source_url=None)
    # freshmen install the campus and anti-fraud apps on arrival
    sl = pop["student_line"]
    fr = pop["student_fresh"]
    ti = pop["student_arrival"][fr] + rng.integers(HOUR, 30 * HOUR, int(fr.sum()))
    pos = np.searchsorted(pop["line"], sl[fr])
    ok = ti < w.T1
    w.sink.add("apps", time=ti[ok], msisdn=pop["msisdn"][pos[ok]],
               app=pick(rng, np.array(["com.hicorenational.antifraud", "cn.edu.lzu.ehall", "com.tencent.wework"],
                                      dtype=object), int(ok.sum())), event="install",
               source_url=None)
    # ---- platform registrations (new accounts in the window)
    nr = rng.poisson(.25, L)
    li = np.repeat(np.arange(L), nr)
    ts = sample_time(rng, rng.integers(0, days, len(li)), "resident")
    plat = pick(rng, np.array(["wechat", "qq", "douyin", "alipay", "taobao", "meituan", "12306", "xianyu", "kuaishou",
                               "ctrip"], dtype=object), len(li))
    w.sink.add("internet_accounts", platform=plat, account=account_names(w, plat, len(li)),
               msisdn=pop["msisdn"][li], register_time=ts, status="active")


def account_names(w, plat, n):
    w.acct_counter = getattr(w, "acct_counter", 0)
    from .core import splitmix
    idx = np.arange(w.acct_counter, w.acct_counter + n, dtype=np.uint64)
    w.acct_counter += n
    h = splitmix(idx ^ np.uint64(0xACC0 + w.seed))
    return np.array([f"{p}_{int(x):012x}"[:22] for p, x in zip(plat, h, strict=False)], dtype=object)


def _fill(rng, tmpl):
    out = tmpl.astype(object).copy()
    codes = rng.integers(100000, 999999, len(out))
    digs = rng.integers(1000, 9999, len(out))
    amt = np.round(np.exp(rng.normal(6, 1.2, len(out))), 2)
    for i, s in enumerate(out):
        if "{" in s:
            out[i] = s.replace("{c}", str(codes[i])).replace("{d}", str(digs[i])).replace(
                "{a}", f"{amt[i]:.2f}").replace("{t}", "今日")
    return out


def money(w):
    """Everyday transfers: shops, family, rent, salaries, tuition."""
    rng = w.rng
    pop = w.pop
    days = w.days
    acc = pop["acc"]
    A = len(acc)
    # merchants: business persons' accounts and big external merchants
    biz_pers = np.flatnonzero(pop["p_kind"] == "business")
    m_acc = pop["acc_of_person"][biz_pers]
    m_acc = m_acc[m_acc >= 0]
    ext = ext_accounts(w, 40, "merchant")
    w.pop["merchant_acc"] = m_acc
    n = rng.poisson(.22 * days, A)
    src = np.repeat(acc, n)
    k = len(src)
    to = np.where(rng.random(k) < .55, pick(rng, ext, k), pick(rng, m_acc, k))
    fam = rng.random(k) < .2
    to[fam] = pick(rng, acc, int(fam.sum()))
    amt = np.round(np.exp(rng.normal(4.6, 1.1, k)), 2)
    amt[fam] = np.round(np.exp(rng.normal(6.5, .9, int(fam.sum()))), -1)
    ts = sample_time(rng, rng.integers(0, days, k), "resident")
    chan = pick(rng, np.array(["mobile_app", "third_party", "counter", "atm"], dtype=object), k, [6, 4, .4, .2])
    keep = to != src
    w.sink.add("transfers", time=ts[keep], from_account=src[keep], to_account=to[keep], amount=amt[keep],
               currency="CNY", channel=chan[keep], initiated_msisdn=np.zeros(int(keep.sum()), dtype=np.int64))
    # salaries on 31 Aug / 1 Sep from enterprise accounts to workers
    ent = ext_accounts(w, 25, "payroll")
    wp = np.flatnonzero(np.isin(pop["p_kind"], ["worker"]))
    wa = pop["acc_of_person"][wp]
    wa = wa[wa >= 0]
    ts = T0 + rng.choice([4, 5], len(wa)) * DAY + rng.integers(9 * HOUR, 17 * HOUR, len(wa))
    w.sink.add("transfers", time=ts, from_account=pick(rng, ent, len(wa)), to_account=wa,
               amount=np.round(rng.normal(4800, 1300, len(wa)).clip(1900), 2), currency="CNY", channel="third_party",
               initiated_msisdn=np.zeros(len(wa), dtype=np.int64))


def ext_accounts(w, n, kind):
    """Accounts outside the bank_accounts feed (other banks, payment platforms): negative indexes."""
    start = len(w.ext_names)
    from .core import hexkeys
    names = hexkeys(np.arange(start, start + n), 0xE7 + w.seed * 31, f"ext-{kind}-", 12)
    w.ext_names.extend(names.tolist())
    return -(np.arange(start, start + n, dtype=np.int64) + 2)
