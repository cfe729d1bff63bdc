"""Ordinary Hubei life: households, persons, cards, social ties and their daily calls, texts, movement,
browsing, apps, platform accounts, bank accounts and payments over the Spring Festival rush."""

from __future__ import annotations

import numpy as np
from world import (
    CITIES,
    CITY_W,
    DAY,
    DAYS,
    EVE,
    HOLIDAY,
    NEWYEAR,
    NORMAL_HOURS,
    T0,
    WORK_HOURS,
    WORKDAY,
    Cells,
    Numbers,
    Tables,
    day_time,
    hours_for_day,
    imeis,
    imsis,
)

OFFICE, WORKER, STUDENT, MIGRANT, FARMER, ELDER, SHOP, TEEN, DRIVER = range(9)
PERSONA_NAMES = ["office", "worker", "student", "migrant", "farmer", "elderly", "shopkeeper", "teen", "driver"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "邮储银行", "湖北农商银行", "汉口银行", "招商银行",
         "交通银行", "湖北银行"]
BANK_SMS = {"工商银行": "95588", "建设银行": "95533", "农业银行": "95599", "中国银行": "95566",
            "邮储银行": "95580", "湖北农商银行": "96568", "汉口银行": "96558", "招商银行": "95555",
            "交通银行": "95559", "湖北银行": "96599"}

# domain, app package, ip, weight for (general, student, elderly)
DOMAINS = [
    ("weixin.qq.com", "com.tencent.mm", "183.3.226.35", 10, 10, 6),
    ("qq.com", "com.tencent.mobileqq", "123.151.137.18", 4, 8, 1),
    ("douyin.com", "com.ss.android.ugc.aweme", "122.14.230.129", 8, 9, 5),
    ("kuaishou.com", "com.smile.gifmaker", "103.107.217.2", 4, 3, 5),
    ("taobao.com", "com.taobao.taobao", "140.205.94.189", 5, 5, 1),
    ("jd.com", "com.jingdong.app.mall", "111.13.149.108", 3, 2, 1),
    ("pinduoduo.com", "com.xunmeng.pinduoduo", "101.35.228.10", 4, 3, 4),
    ("12306.cn", "com.MobileTicket", "61.183.9.50", 3, 5, 0.5),
    ("ctrip.com", "ctrip.android.view", "101.226.22.31", 1.5, 1.5, 0.1),
    ("meituan.com", "com.sankuai.meituan", "103.37.152.41", 3, 3, 0.5),
    ("baidu.com", "com.baidu.searchbox", "110.242.68.66", 3, 3, 2),
    ("weibo.com", "com.sina.weibo", "123.125.104.150", 2, 4, 0.2),
    ("bilibili.com", "tv.danmaku.bili", "120.92.78.97", 1.5, 6, 0),
    ("alipay.com", "com.eg.android.AlipayGphone", "110.75.143.12", 4, 3, 1),
    ("amap.com", "com.autonavi.minimap", "106.11.250.3", 2, 1, 0.3),
    ("toutiao.com", "com.ss.android.article.news", "122.14.230.4", 2, 1, 4),
    ("zhihu.com", "com.zhihu.android", "103.41.167.234", 1, 3, 0),
    ("cctv.com", "com.cctv.yangshipin.app.androidp", "202.108.8.82", 0.5, 0.5, 1),
    ("chsi.com.cn", None, "202.205.111.12", 0.1, 1.2, 0),
    ("hubei.gov.cn", None, "59.175.215.10", 0.3, 0.2, 0.3),
    ("icbc.com.cn", "com.icbc", "106.120.188.10", 0.8, 0.3, 0.5),
    ("ccb.com", "com.chinamworld.main", "124.127.222.40", 0.6, 0.3, 0.4),
    ("didiglobal.com", "com.sdu.didi.psnger", "116.85.1.91", 1, 1, 0.1),
    ("hust.edu.cn", None, "202.114.0.245", 0.1, 1.0, 0),
    ("whu.edu.cn", None, "202.114.64.2", 0.1, 1.0, 0),
    ("tencent-video.qq.com", "com.tencent.qqlive", "121.51.142.21", 1.5, 2, 1),
    ("gov.cn", "com.hicorenational.antifraud", "202.96.128.86", 0.05, 0.1, 0.02),
]
STORES = ["https://app.mi.com/details?id={a}", "https://appgallery.huawei.com/app/{a}",
          "https://sj.qq.com/appdetail/{a}", "https://app.oppomobile.com/{a}", None]
PLATFORMS = ["wechat", "qq", "alipay", "douyin", "taobao", "12306", "meituan", "kuaishou", "didi", "weibo"]
CHAT = ["到家了没？", "晚上回来吃饭", "车票买到了吗", "好的", "收到", "明天几点的车", "妈我到武汉了", "路上注意安全",
        "年货买好了", "腊肉寄到了吗", "在开会，晚点回你", "嗯嗯", "哈哈", "几号放假", "下班了吗", "给爸打个电话"]
GREET = ["新春快乐，龙年大吉！祝您阖家幸福，万事如意！", "祝您和家人新年快乐，身体健康，财源广进！",
         "除夕快乐！新的一年平安顺遂，心想事成！", "给您拜年啦！恭喜发财，红包拿来~", "新年快乐！感谢一年的关照，祝兔走龙腾，前程似锦！",
         "爸妈新年快乐，今年没能回来，过几天就到家", "春节快乐！祝你新的一年学业进步，诸事顺利"]


def _ids(rng, n, pre):
    r = rng.integers(0, 2**62, size=n)
    return np.array([f"{pre}{x:016x}" for x in r], dtype=object)


class Population:
    def __init__(self, rng, numbers: Numbers, cells: Cells, n_cards: int):
        self.rng, self.numbers, self.cells = rng, numbers, cells
        P = int(n_cards / 1.07)
        sizes = []
        while sum(sizes) < P:
            sizes.append(int(rng.choice([1, 2, 3, 4, 5], p=[0.16, 0.28, 0.27, 0.2, 0.09])))
        sizes[-1] -= sum(sizes) - P
        sizes = np.array([s for s in sizes if s > 0])
        H = len(sizes)
        hh = np.repeat(np.arange(H), sizes)
        pos = np.concatenate([np.arange(s) for s in sizes])
        hcity = rng.choice(len(CITIES), size=H, p=CITY_W)
        village_share = np.array([c[7] for c in CITIES])
        hvillage = rng.random(H) < village_share[hcity]
        self.P, self.H = P, H
        self.hh, self.pos, self.city = hh, pos, hcity[hh]
        village = hvillage[hh]
        persona = np.empty(P, np.int64)
        adult = pos < 2
        pa = np.where(village[:, None], [[0.03, 0.12, 0, 0.30, 0.38, 0, 0.08, 0, 0.09]],
                      [[0.34, 0.2, 0, 0.1, 0.02, 0, 0.16, 0, 0.18]])
        u = rng.random(P)
        cum = np.cumsum(pa, axis=1)
        persona[:] = (u[:, None] > cum).sum(axis=1)
        young = ~adult
        pr = rng.choice([ELDER, TEEN, STUDENT, WORKER], size=P, p=[0.5, 0.2, 0.22, 0.08])
        persona[young] = pr[young]
        persona[(persona == ELDER) & (pos < 2) & (rng.random(P) < 0.5)] = ELDER
        self.persona = persona
        self.village = village
        # home, work, away, university cells
        hcell = np.where(hvillage, self.cells.pick_many(rng, hcity, "village"), self.cells.pick_many(rng, hcity, "res"))
        self.home_cell = hcell[hh]
        work = np.full(P, -1)
        wk = np.isin(persona, [OFFICE, WORKER, SHOP, DRIVER])
        wc = self.cells.pick_many(rng, self.city, "biz")
        wr = self.cells.pick_many(rng, self.city, "res")
        work[wk] = np.where(persona[wk] == SHOP, wr[wk], wc[wk])
        self.work_cell = work
        self.uni_cell = self.cells.pick(rng, 0, "uni", P)
        self.away_cell = rng.choice(self.cells.away, size=P)
        self.d_home = np.where(persona == STUDENT, rng.integers(-3, 7, size=P), -1)
        ret = rng.choice(np.arange(0, 9), size=P, p=np.array([1, 1, 2, 3, 4, 5, 6, 6, 4]) / 32)
        self.d_ret = np.where(persona == MIGRANT, np.where(rng.random(P) < 0.08, 99, ret), -1)
        # 初一..初三 visits to relatives in the same city
        self.visit = np.full((P, 3), -1)
        vis = rng.random((P, 3)) < 0.3
        for k in range(3):
            vc = self.cells.pick_many(rng, self.city, "any")
            self.visit[vis[:, k], k] = vc[vis[:, k]]
        self.smart = ~((persona == ELDER) & (rng.random(P) < 0.45))
        self.activity = np.clip(rng.lognormal(0, 0.5, size=P), 0.2, 4) * np.select(
            [persona == ELDER, persona == TEEN, persona == DRIVER, persona == SHOP], [0.5, 0.6, 1.6, 1.3], 1.0)
        self.id_key = _ids(rng, P, "idk")
        # ID used for each person's card: elderly often on a grown child's ID, teens on a parent's
        first_of_hh = np.searchsorted(hh, np.arange(H))
        head = first_of_hh[hh]
        card_id = self.id_key.copy()
        on_child = ((persona == ELDER) & (rng.random(P) < 0.3)) | ((persona == TEEN) & (rng.random(P) < 0.9))
        on_child &= head != np.arange(P)
        card_id[on_child] = self.id_key[head[on_child]]
        self._make_cards(card_id)

    def _make_cards(self, card_id):
        rng, P = self.rng, self.P
        second = rng.random(P) < np.select([np.isin(self.persona, [SHOP, DRIVER, OFFICE])], [0.16], 0.03)
        person = np.concatenate([np.arange(P), np.flatnonzero(second)])
        C = len(person)
        self.C = C
        self.card_person = person
        self.card_primary = np.arange(C) < P
        self.msisdn = self.numbers.mobile(C)
        self.imsi = imsis(rng, C)
        self.imei = imeis(rng, C)
        self.card_id = card_id[person]
        age = rng.uniform(60, 4200, size=C)
        age[self.persona[person] == STUDENT] = rng.uniform(60, 1400, size=(self.persona[person] == STUDENT).sum())
        age[self.persona[person] == TEEN] = rng.uniform(60, 900, size=(self.persona[person] == TEEN).sum())
        self.open_time = (T0 - age * DAY).astype(np.int64) + rng.integers(9 * 3600, 19 * 3600, size=C)
        self.prepaid = rng.random(C) < np.where(self.persona[person] == STUDENT, 0.5, 0.25)
        self.msisdn_index = {m: i for i, m in enumerate(self.msisdn)}

    # ------------------------------------------------------------------ location
    def cell_at(self, p, t):
        p = np.asarray(p)
        d = (t - T0) // DAY
        h = ((t - T0) % DAY) // 3600
        c = self.home_cell[p].copy()
        dd = np.clip(d, 0, DAYS - 1)
        w = (self.work_cell[p] >= 0) & WORKDAY[dd] & (h >= 9) & (h < 18)
        c[w] = self.work_cell[p][w]
        vk = d - NEWYEAR
        vm = (vk >= 0) & (vk < 3) & (h >= 9) & (h < 18)
        if vm.any():
            vc = self.visit[p[vm], vk[vm]]
            sub = c[vm]
            sub[vc >= 0] = vc[vc >= 0]
            c[vm] = sub
        st = (self.persona[p] == STUDENT) & (d < self.d_home[p])
        c[st] = self.uni_cell[p][st]
        mg = (self.persona[p] == MIGRANT) & (d < self.d_ret[p])
        c[mg] = self.away_cell[p][mg]
        return c

    # ------------------------------------------------------------------ ties
    def build_ties(self):
        rng, P = self.rng, self.P
        a, b, cls = [], [], []
        # household: every pair
        order = np.argsort(self.hh, kind="stable")
        starts = np.searchsorted(self.hh[order], np.arange(self.H))
        ends = np.append(starts[1:], P)
        for s, e in zip(starts, ends, strict=True):
            m = order[s:e]
            for i in range(len(m)):
                for j in range(i + 1, len(m)):
                    a.append(m[i])
                    b.append(m[j])
                    cls.append(0)
        a = list(a)
        # friends in the same city, coworkers at the same work cell, relatives anywhere (more in own city)
        for k, n_per in ((2, 3), (1, 2)):
            src = np.repeat(np.arange(P), n_per)
            dst = np.empty_like(src)
            for c in range(len(CITIES)):
                m = self.city[src] == c
                pool = np.flatnonzero(self.city == c)
                dst[m] = rng.choice(pool, size=m.sum())
            if k == 1:  # relatives: a third of them in another city
                far = rng.random(len(src)) < 0.35
                dst[far] = rng.integers(0, P, size=far.sum())
            ok = dst != src
            a += list(src[ok])
            b += list(dst[ok])
            cls += [k] * int(ok.sum())
        wk = np.flatnonzero(self.work_cell >= 0)
        order = wk[np.argsort(self.work_cell[wk], kind="stable")]
        wc = self.work_cell[order]
        for _ in range(2):
            shift = rng.integers(1, 6, size=len(order))
            j = np.clip(np.arange(len(order)) + shift, 0, len(order) - 1)
            ok = (wc[j] == wc) & (order[j] != order)
            a += list(order[ok])
            b += list(order[j][ok])
            cls += [3] * int(ok.sum())
        self.tie_a = np.array(a)
        self.tie_b = np.array(b)
        self.tie_cls = np.array(cls)
        # contacts on other operators (family in Guangdong, friends on other networks, shops, doctors)
        self.others = self.numbers.other_mobile(int(P * 1.3))
        n_o = np.where(self.persona == ELDER, 2, np.where(self.persona == MIGRANT, 8, 5))
        self.oa = np.repeat(np.arange(P), n_o)
        self.ob = rng.integers(0, len(self.others), size=len(self.oa))
        # a person's number: the primary card
        self.primary = np.arange(P)

    def contacts_of(self, p):
        """Numbers a person knows (own-network ties and other-operator ties)."""
        m1 = self.msisdn[self.tie_b[self.tie_a == p]]
        m2 = self.msisdn[self.tie_a[self.tie_b == p]]
        m3 = self.others[self.ob[self.oa == p]]
        return np.concatenate([m1, m2, m3])


def _calls(t: Tables, rng, caller, callee, times, caller_card, callee_p, pop: Population, *, dur_mu, dur_sig,
           p_ans=0.86, video=None, call_type="mobile"):
    n = len(times)
    u = rng.random(n)
    result = np.where(u < p_ans, "answered", np.where(u < p_ans + 0.09, "no_answer",
                                                      np.where(u < p_ans + 0.12, "busy", "rejected")))
    dur = np.where(result == "answered", np.maximum(3, rng.lognormal(dur_mu, dur_sig, n)).astype(np.int64), 0)
    ring = np.where(result == "answered", rng.integers(2, 18, n), rng.integers(8, 45, n))
    ring[result == "rejected"] = rng.integers(1, 8, (result == "rejected").sum())
    ours = caller_card >= 0
    imei = np.full(n, None, dtype=object)
    imsi = np.full(n, None, dtype=object)
    ccell = np.full(n, None, dtype=object)
    imei[ours] = pop.imei[caller_card[ours]]
    imsi[ours] = pop.imsi[caller_card[ours]]
    ccell[ours] = pop.cells.id[pop.cell_at(pop.card_person[caller_card[ours]], times[ours])]
    kcell = np.full(n, None, dtype=object)
    cm = callee_p >= 0
    kcell[cm] = pop.cells.id[pop.cell_at(callee_p[cm], times[cm])]
    media = np.where(rng.random(n) < (video if video is not None else 0.04), "video", "voice")
    t.add("voice", start_time=times, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=result,
          caller_imei=imei, caller_imsi=imsi, caller_cell=ccell, callee_cell=kcell, call_type=call_type,
          media=media)


TIE_RATE = np.array([0.30, 0.045, 0.06, 0.10])  # household, relative, friend, coworker (per day)
OTHER_RATE = 0.06


def day_mult(d):
    m = np.ones(4)
    if d == EVE:
        m[:] = (0.6, 6.0, 3.0, 0.3)
    elif d == NEWYEAR:
        m[:] = (0.5, 4.0, 2.5, 0.3)
    elif HOLIDAY[d]:
        m[:] = (0.7, 1.6, 1.3, 0.15)
    elif d >= 3:
        m[:] = (1.4, 1.2, 1.0, 0.9 if WORKDAY[d] else 0.2)
    elif not WORKDAY[d]:
        m[3] = 0.2
    return m


def ordinary_life(t: Tables, rng, pop: Population):
    P = pop.P
    act_a = pop.activity[pop.tie_a]
    for d in range(DAYS):
        hw = hours_for_day(d)
        m = day_mult(d)
        lam = TIE_RATE[pop.tie_cls] * m[pop.tie_cls] * act_a
        k = rng.poisson(lam)
        e = np.repeat(np.arange(len(k)), k)
        flip = rng.random(len(e)) < 0.5
        pa_ = np.where(flip, pop.tie_b[e], pop.tie_a[e])
        pb_ = np.where(flip, pop.tie_a[e], pop.tie_b[e])
        cls = pop.tie_cls[e]
        hours = np.where(cls[:, None] == 3, WORK_HOURS[None, :], hw[None, :])
        times = _times_rows(rng, d, hours)
        vid = np.where(cls == 0, 0.05, np.where(cls == 1, 0.12, 0.02)) * (3 if d in (EVE, NEWYEAR) else 1)
        _calls(t, rng, pop.msisdn[pa_], pop.msisdn[pb_], times, pa_, pb_, pop,
               dur_mu=np.where(cls == 1, 5.3, np.where(cls == 0, 4.4, 4.8)), dur_sig=0.9,
               video=vid)
        # other-operator contacts, both directions
        lam = OTHER_RATE * pop.activity[pop.oa] * (3.0 if d in (EVE, NEWYEAR) else 1.3 if HOLIDAY[d] else 1.0)
        k = rng.poisson(lam)
        e = np.repeat(np.arange(len(k)), k)
        p = pop.oa[e]
        o = pop.others[pop.ob[e]]
        out = rng.random(len(e)) < 0.55
        times = day_time(rng, np.full(len(e), d), hw)
        card = np.where(out, p, -1)
        _calls(t, rng, np.where(out, pop.msisdn[p], o), np.where(out, o, pop.msisdn[p]), times, card,
               np.where(out, -1, p), pop, dur_mu=4.7, dur_sig=1.0, video=0.04)
        # calls from businesses and strangers: delivery riders, clinics, shops, wrong numbers
        n = rng.poisson(0.08 * P)
        p = rng.integers(0, P, n)
        src = pop.others[rng.integers(0, len(pop.others), n)]
        times = day_time(rng, np.full(n, d), NORMAL_HOURS)
        _calls(t, rng, src, pop.msisdn[p], times, np.full(n, -1), p, pop, dur_mu=3.6, dur_sig=0.8, p_ans=0.7)
        _sms_day(t, rng, pop, d)
        _device_day(t, rng, pop, d)
        _web_day(t, rng, pop, d)


def _times_rows(rng, d, hours):
    """One time per row of a (n, 24) hour-weight matrix."""
    n = len(hours)
    if n == 0:
        return np.zeros(0, np.int64)
    cum = np.cumsum(hours, axis=1)
    cum /= cum[:, -1:]
    h = (rng.random(n)[:, None] > cum).sum(axis=1)
    return T0 + d * DAY + np.minimum(h, 23) * 3600 + rng.integers(0, 3600, n)


def _sender_cols(pop, cards, times):
    return dict(sender_imei=pop.imei[cards], sender_cell=pop.cells.id[pop.cell_at(pop.card_person[cards], times)])


def _sms_day(t: Tables, rng, pop: Population, d):
    hw = hours_for_day(d)
    greet = d in (EVE, NEWYEAR)
    lam = 0.025 * pop.activity[pop.tie_a] * (12 if greet else 1.5 if HOLIDAY[d] else 1)
    k = rng.poisson(lam)
    e = np.repeat(np.arange(len(k)), k)
    flip = rng.random(len(e)) < 0.5
    a = np.where(flip, pop.tie_b[e], pop.tie_a[e])
    b = np.where(flip, pop.tie_a[e], pop.tie_b[e])
    times = day_time(rng, np.full(len(e), d), hw)
    text = np.array(GREET if greet else CHAT, dtype=object)[rng.integers(0, len(GREET if greet else CHAT), len(e))]
    t.add("sms", send_time=times, sender=pop.msisdn[a], receiver=pop.msisdn[b], content=text, **_sender_cols(pop, a, times))
    # A2P: verification codes, marketing, couriers, 12306
    P = pop.P
    n = rng.poisson(0.18 * P)
    p = rng.integers(0, P, n)
    p = p[pop.smart[p]]
    n = len(p)
    srcs = np.array([("1069008811", "【美团】验证码{c}，您正在登录，5分钟内有效，请勿泄露。"),
                     ("10690095588", "【支付宝】校验码{c}，您正在进行身份验证，打死不要告诉任何人！"),
                     ("1069000012306", "【铁路12306】验证码：{c}，用于登录，5分钟内有效。"),
                     ("106902007", "【抖音】验证码{c}，用于手机号登录，请勿告诉他人。"),
                     ("10690571888", "【淘宝】验证码{c}，您正在登录淘宝，若非本人操作请忽略。"),
                     ("106575160", "【拼多多】年货节爆款低至9.9，退订回T"),
                     ("1065502110", "【京东】您的年货已发出，春节不打烊，退订回T"),
                     ("106900552", "【菜鸟驿站】您的包裹已到光谷店，凭取件码{c}取件。"),
                     ("1065900866", "【楚天移动】春节期间出省漫游无需开通，流量包9元1GB，回复KT办理。")], dtype=object)
    w = np.array([4, 3, 2 + 4 * (d < 9), 2, 2, 1.5, 1.5, 2 * (d < 9), 0.5])
    j = rng.choice(len(srcs), size=n, p=w / w.sum())
    code = rng.integers(100000, 999999, n).astype(str)
    content = np.array([srcs[x, 1].replace("{c}", c) for x, c in zip(j, code, strict=True)], dtype=object)
    times = day_time(rng, np.full(n, d), NORMAL_HOURS)
    t.add("sms", send_time=times, sender=srcs[j, 0], receiver=pop.msisdn[p], content=content)
    # 12306 ticket notices for travellers before the holiday
    if d < 9:
        trav = np.flatnonzero(((pop.persona == STUDENT) & (pop.d_home == d + 1)) |
                              ((pop.persona == MIGRANT) & (pop.d_ret == d + 1)) | (rng.random(P) < 0.01))
        times = day_time(rng, np.full(len(trav), d), hours=(7, 22))
        trains = rng.choice(["G1022", "G79", "D3051", "K1158", "G1112", "Z36", "D2237", "G587"], len(trav))
        content = np.array([f"【铁路客服】订单E{rng.integers(1e8, 1e9)}，您已购{tr}次{rng.integers(1, 16)}车"
                            f"{rng.integers(1, 20)}{'ABCDF'[rng.integers(0, 5)]}号，请持身份证检票乘车。" for tr in trains],
                           dtype=object)
        t.add("sms", send_time=times, sender="12306", receiver=pop.msisdn[trav], content=content)
    if d == 6:  # the province's anti-fraud broadcast before the holiday
        times = T0 + d * DAY + 10 * 3600 + rng.integers(0, 6 * 3600, pop.C)
        t.add("sms", send_time=times, sender="10655260110", receiver=pop.msisdn,
              content="【湖北反诈】春运期间，凡是自称12306客服要求退票改签先转账、凡是自称亲友出车祸要求汇款的都是诈骗！"
                      "请下载国家反诈中心APP，接到可疑电话请拨打96110。")


def _device_day(t: Tables, rng, pop: Population, d):
    C = pop.C
    cards = np.arange(C)
    p = pop.card_person
    rows_t, rows_c, rows_e, rows_b = [], [], [], []
    tm = T0 + d * DAY + rng.integers(6 * 3600, 8 * 3600 + 1800, C)
    ev = np.where((pop.persona[p] == 5) & (rng.random(C) < 0.4), "power_on", "location_update")
    rows_t.append(tm)
    rows_c.append(cards)
    rows_e.append(ev)
    rows_b.append(np.full(C, -1))
    if WORKDAY[d]:
        w = cards[pop.work_cell[p] >= 0]
        for hh in (8, 18):
            rows_t.append(T0 + d * DAY + hh * 3600 + rng.integers(0, 3600, len(w)) + (1 if hh == 8 else 0) * 3600)
            rows_c.append(w)
            rows_e.append(np.full(len(w), "location_update", dtype=object))
            rows_b.append(np.full(len(w), -1))
    # travellers arriving home
    arr = cards[((pop.persona[p] == STUDENT) & (pop.d_home[p] == d)) | ((pop.persona[p] == MIGRANT) & (pop.d_ret[p] == d))]
    if len(arr):
        rows_t.append(T0 + d * DAY + rng.integers(9 * 3600, 21 * 3600, len(arr)))
        rows_c.append(arr)
        rows_e.append(np.full(len(arr), "attach", dtype=object))
        rows_b.append(np.full(len(arr), -2))  # -2: at the home city's station
    if NEWYEAR <= d < NEWYEAR + 3:
        v = cards[pop.visit[p, d - NEWYEAR] >= 0]
        rows_t.append(T0 + d * DAY + rng.integers(9 * 3600 + 600, 12 * 3600, len(v)))
        rows_c.append(v)
        rows_e.append(np.full(len(v), "location_update", dtype=object))
        rows_b.append(np.full(len(v), -1))
    sm = cards[pop.smart[p]]
    k = rng.poisson(1.5 * np.clip(pop.activity[p[sm]], 0.5, 2))
    ds = np.repeat(sm, k)
    rows_t.append(day_time(rng, np.full(len(ds), d), NORMAL_HOURS))
    rows_c.append(ds)
    rows_e.append(np.full(len(ds), "data_session", dtype=object))
    rows_b.append(np.maximum(2000, rng.lognormal(16.5, 1.4, len(ds))).astype(np.int64))
    eld = cards[(pop.persona[p] == 5) & (rng.random(C) < 0.35)]
    rows_t.append(T0 + d * DAY + rng.integers(21 * 3600, 23 * 3600, len(eld)))
    rows_c.append(eld)
    rows_e.append(np.full(len(eld), "power_off", dtype=object))
    rows_b.append(np.full(len(eld), -1))
    tm = np.concatenate(rows_t)
    cc = np.concatenate(rows_c)
    ev = np.concatenate(rows_e).astype(object)
    by = np.concatenate(rows_b)
    cell = pop.cell_at(pop.card_person[cc], tm)
    st = by == -2
    if st.any():
        cell[st] = [pop.cells.station(int(pop.city[x])) for x in pop.card_person[cc[st]]]
    byt = np.where(by >= 0, by, 0).astype(object)
    byt[by < 0] = None
    t.add("device", time=tm, msisdn=pop.msisdn[cc], imsi=pop.imsi[cc], imei=pop.imei[cc], cell=pop.cells.id[cell],
          event=ev, bytes=byt)


def _web_day(t: Tables, rng, pop: Population, d):
    p = pop.card_person
    sm = np.flatnonzero(pop.smart[p])
    k = rng.poisson(1.2 * np.clip(pop.activity[p[sm]], 0.5, 2))
    c = np.repeat(sm, k)
    per = pop.persona[p[c]]
    grp = np.where(np.isin(per, [STUDENT, TEEN]), 1, np.where(per == ELDER, 2, 0))
    W = np.array([[x[3], x[4], x[5]] for x in DOMAINS]).T  # 3 x D
    dom = np.empty(len(c), np.int64)
    for g in range(3):
        m = grp == g
        dom[m] = rng.choice(len(DOMAINS), size=m.sum(), p=W[g] / W[g].sum())
    if d < 9:  # ticket rush
        tr = rng.random(len(c)) < 0.05
        dom[tr] = 7
    names = np.array([x[0] for x in DOMAINS], dtype=object)
    apps_ = np.array([x[1] for x in DOMAINS], dtype=object)
    ips = np.array([x[2] for x in DOMAINS], dtype=object)
    times = day_time(rng, np.full(len(c), d), hours_for_day(d))
    paths = np.array(["/", "/index", "/search", "/item", "/video", "/login", "/m/home"], dtype=object)
    url = np.array(["https://" + a + b for a, b in zip(names[dom], paths[rng.integers(0, 7, len(c))], strict=True)],
                   dtype=object)
    t.add("web", time=times, msisdn=pop.msisdn[c], domain=names[dom], url=url, ip=ips[dom],
          bytes=rng.lognormal(11.5, 1.3, len(c)).astype(np.int64), app=apps_[dom])
    # app sightings: installs from stores, daily use
    n = rng.poisson(0.03 * len(sm))
    c = rng.choice(sm, n)
    dom = rng.choice([i for i, x in enumerate(DOMAINS) if x[1]], n)
    a = apps_[dom]
    src = np.array([(STORES[i].format(a=x) if STORES[i] else None) for i, x in zip(rng.integers(0, 5, n), a,
                                                                                     strict=True)], dtype=object)
    t.add("apps", time=day_time(rng, np.full(n, d), NORMAL_HOURS), msisdn=pop.msisdn[c], app=a, event="install",
          source_url=src)
    n = rng.poisson(0.15 * len(sm))
    c = rng.choice(sm, n)
    dom = rng.choice([i for i, x in enumerate(DOMAINS) if x[1]], n)
    t.add("apps", time=day_time(rng, np.full(n, d), NORMAL_HOURS), msisdn=pop.msisdn[c], app=apps_[dom], event="use")
    if d in (6, 7):  # after the broadcast some install the national anti-fraud app
        n = int(0.02 * len(sm))
        c = rng.choice(sm, n, replace=False)
        t.add("apps", time=day_time(rng, np.full(n, d), NORMAL_HOURS), msisdn=pop.msisdn[c],
              app="com.hicorenational.antifraud", event="install",
              source_url="https://appgallery.huawei.com/app/com.hicorenational.antifraud")


def subscribers(t: Tables, rng, pop: Population):
    C = pop.C
    p = pop.card_person
    chan = np.array([f"STORE-{CITIES[c][0]}-{x:03d}" for c, x in zip(pop.city[p], rng.integers(1, 40, C),
                                                                      strict=True)], dtype=object)
    ocell = pop.cells.id[pop.cells.pick_many(rng, pop.city[p], "biz")]
    t.add("subscribers", msisdn=pop.msisdn, imsi=pop.imsi, id_key=pop.card_id, id_type="resident_id",
          customer_type="personal", line_type="mobile", operator="chutian_mobile", open_time=pop.open_time,
          open_channel=chan, open_cell=ocell, status="active", status_time=pop.open_time, is_prepaid=pop.prepaid,
          home_region=np.array([CITIES[c][1] for c in pop.city[p]], dtype=object))
    # old cards: closed long ago, a few suspended for arrears
    n = int(0.03 * C)
    q = rng.integers(0, pop.P, n)
    ot = T0 - rng.uniform(800, 5000, n).astype(np.int64) * DAY
    ct = ot + rng.uniform(100, 700, n).astype(np.int64) * DAY
    ct = np.minimum(ct, T0 - 30 * DAY)
    t.add("subscribers", msisdn=pop.numbers.mobile(n), imsi=imsis(rng, n), id_key=pop.id_key[q], id_type="resident_id",
          customer_type="personal", line_type="mobile", operator="chutian_mobile", open_time=ot,
          open_channel="STORE-OLD", status="closed", status_time=ct, is_prepaid=rng.random(n) < 0.6,
          home_region=np.array([CITIES[c][1] for c in pop.city[q]], dtype=object))


def accounts(t: Tables, rng, pop: Population):
    """Platform accounts and bank accounts; returns each person's main account and the merchant accounts."""
    C = pop.C
    k = rng.integers(1, 5, C)
    c = np.repeat(np.arange(C), k)
    plat = np.array(PLATFORMS, dtype=object)[rng.choice(len(PLATFORMS), len(c), p=np.array(
        [8, 4, 6, 5, 4, 3, 3, 2, 2, 2]) / 39)]
    reg = np.maximum(pop.open_time[c] + 86400, T0 - rng.uniform(20, 3000, len(c)).astype(np.int64) * DAY)
    reg = np.minimum(reg, T0 - 3600)
    acc = np.array([f"{a}_{x:012x}" for a, x in zip(plat, rng.integers(0, 2**46, len(c)), strict=True)], dtype=object)
    key = np.char.add(plat.astype(str), pop.msisdn[c].astype(str))
    _, first = np.unique(key, return_index=True)
    first = np.sort(first)
    t.add("internet_accounts", platform=plat[first], account=acc[first], msisdn=pop.msisdn[c[first]],
          register_time=reg[first], status="active")
    P = pop.P
    has = pop.persona != TEEN
    per = np.flatnonzero(has)
    acct = np.full(P, None, dtype=object)
    ids = _ids(rng, len(per), "acct")
    acct[per] = ids
    bank = np.array(BANKS, dtype=object)[rng.integers(0, len(BANKS), P)]
    pop.bank = bank
    ot = T0 - rng.uniform(100, 5000, len(per)).astype(np.int64) * DAY
    t.add("bank_accounts", account_id=ids, id_key=pop.id_key[per], bank=bank[per], open_time=ot,
          bound_msisdn=pop.msisdn[per], status="active")
    extra = per[rng.random(len(per)) < 0.3]
    t.add("bank_accounts", account_id=_ids(rng, len(extra), "acct"), id_key=pop.id_key[extra],
          bank=np.array(BANKS, dtype=object)[rng.integers(0, len(BANKS), len(extra))],
          open_time=T0 - rng.uniform(100, 5000, len(extra)).astype(np.int64) * DAY, bound_msisdn=pop.msisdn[extra],
          status="active")
    pop.acct = acct
    # merchants: shopkeepers' accounts plus chains, employers and other-province contractors
    n_m = 400
    pop.merchants = _ids(rng, n_m, "mch")
    t.add("bank_accounts", account_id=pop.merchants, id_key=_ids(rng, n_m, "biz"),
          bank=np.array(BANKS, dtype=object)[rng.integers(0, len(BANKS), n_m)],
          open_time=T0 - rng.uniform(300, 5000, n_m).astype(np.int64) * DAY, status="active")
    t.add("bank_accounts", account_id="mch12306railway", id_key="biz-china-railway-12306", bank="工商银行",
          open_time=T0 - 4000 * DAY, status="active")
    pop.employers = _ids(rng, 120, "emp")
    t.add("bank_accounts", account_id=pop.employers, id_key=_ids(rng, 120, "biz"),
          bank=np.array(BANKS, dtype=object)[rng.integers(0, len(BANKS), 120)],
          open_time=T0 - rng.uniform(300, 5000, 120).astype(np.int64) * DAY, status="active")
    pop.ext_accounts = _ids(rng, 3000, "xac")  # other-province people's accounts, not in this bank feed


def money(t: Tables, rng, pop: Population):
    P = pop.P
    has = np.flatnonzero(pop.acct != None)  # noqa: E711
    for d in range(DAYS):
        # shopping and services (small shops closed 除夕..初三)
        rate = 0.22 * (0.5 if EVE <= d <= NEWYEAR + 2 else 1.2 if d >= 5 and d < EVE else 1)
        k = rng.poisson(rate * np.clip(pop.activity[has], 0.3, 2))
        p = np.repeat(has, k)
        n = len(p)
        amt = np.round(np.clip(rng.lognormal(4.0, 1.0, n), 1, 8000), 2)
        _tx(t, rng, d, pop.acct[p], pop.merchants[rng.integers(0, len(pop.merchants), n)], amt, pop.msisdn[p],
            NORMAL_HOURS, rng.choice(["third_party", "mobile_app"], n, p=[0.8, 0.2]))
        # year-end bonuses and wages, migrant wage arrears from contractors
        if 2 <= d <= 8:
            w = has[np.isin(pop.persona[has], [OFFICE, WORKER, DRIVER]) & (rng.random(len(has)) < 0.13)]
            amt = np.round(rng.lognormal(9.0, 0.6, len(w)), 2)
            _tx(t, rng, d, pop.employers[rng.integers(0, len(pop.employers), len(w))], pop.acct[w], amt, None,
                WORK_HOURS, "counter")
            m = has[(pop.persona[has] == MIGRANT) & (rng.random(len(has)) < 0.12)]
            amt = np.round(rng.uniform(8000, 45000, len(m)), -2)
            _tx(t, rng, d, pop.ext_accounts[rng.integers(0, 200, len(m))], pop.acct[m], amt, None, WORK_HOURS,
                "mobile_app")
        # grown children send money home
        if 6 <= d <= NEWYEAR + 1:
            ch = has[(pop.pos[has] < 2) & (rng.random(len(has)) < 0.04)]
            par = np.array([pop.tie_b[(pop.tie_a == x) & (pop.tie_cls == 1)][:1].tolist() or [-1] for x in ch]).ravel()
            ok = (par >= 0)
            ch, par = ch[ok], par[ok]
            ok = pop.acct[par] != None  # noqa: E711
            ch, par = ch[ok], par[ok]
            _tx(t, rng, d, pop.acct[ch], pop.acct[par], np.round(rng.choice([1000, 2000, 3000, 5000], len(ch)), 2),
                pop.msisdn[ch], NORMAL_HOURS, "mobile_app")
        # red envelopes on 除夕 and 初一 within families and friends
        if d in (EVE, NEWYEAR, NEWYEAR + 1):
            sel = np.flatnonzero(np.isin(pop.tie_cls, [0, 1, 2]) & (rng.random(len(pop.tie_a)) <
                                                                   (0.35 if d != NEWYEAR + 1 else 0.1)))
            a, b = pop.tie_a[sel], pop.tie_b[sel]
            flip = rng.random(len(a)) < 0.5
            a, b = np.where(flip, b, a), np.where(flip, a, b)
            ok = (pop.acct[a] != None) & (pop.acct[b] != None)  # noqa: E711
            a, b = a[ok], b[ok]
            amt = rng.choice([6.66, 8.88, 16.8, 66, 88, 88.88, 168, 188, 200, 520], len(a),
                             p=[0.12, 0.14, 0.08, 0.16, 0.16, 0.06, 0.1, 0.06, 0.1, 0.02])
            _tx(t, rng, d, pop.acct[a], pop.acct[b], amt, pop.msisdn[a], hours_for_day(d), "third_party")
        # train tickets
        if d < 9:
            tr = has[rng.random(len(has)) < 0.02]
            _tx(t, rng, d, pop.acct[tr], "mch12306railway", np.round(rng.uniform(60, 900, len(tr)), 1),
                pop.msisdn[tr], NORMAL_HOURS, "third_party")
    del P


def _tx(t, rng, d, frm, to, amt, msisdn, hours, channel):
    n = len(amt)
    if n == 0:
        return
    times = day_time(rng, np.full(n, d), hours)
    frm = frm if isinstance(frm, np.ndarray) else np.full(n, frm, dtype=object)
    to = to if isinstance(to, np.ndarray) else np.full(n, to, dtype=object)
    t.add("transfers", time=times, from_account=frm, to_account=to, amount=np.asarray(amt, float), currency="CNY",
          channel=channel if isinstance(channel, np.ndarray) else channel, initiated_msisdn=msisdn)
