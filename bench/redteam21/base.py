"""Everyday life of the resident population, vectorised: a social graph, calls, SMS (mostly service codes),
handset events, web visits, app use, bank transfers and platform accounts."""

from __future__ import annotations

import zlib

import numpy as np
from province import CITIES, loc
from world import DAY, HOUR, World


def cdf(weights):
    c = np.cumsum(np.asarray(weights, dtype=float))
    return c / c[-1]


PROFILES = {
    "normal": cdf([0.3, 0.15, 0.08, 0.05, 0.05, 0.2, 0.8, 2, 3.5, 4.5, 5, 5, 4, 3.8, 4.5, 5, 5, 5, 4.6, 4.8, 4.5,
                   3.5, 2, 0.8]),
    "elderly": cdf([0.1, 0.05, 0.03, 0.03, 0.1, 0.6, 2.5, 4.5, 5.5, 5.5, 5, 4.5, 3.5, 3, 3.5, 4, 4.5, 4.5, 4.2, 4,
                    3, 1.5, 0.5, 0.2]),
    "student": cdf([1.2, 0.6, 0.3, 0.1, 0.05, 0.1, 0.3, 1, 2, 2.5, 3, 3.5, 4, 3.5, 3, 3, 3.5, 4, 4.5, 5, 5.5, 5, 4,
                    2.5]),
    "business": cdf([0, 0, 0, 0, 0, 0, 0.1, 0.8, 3, 5, 5.5, 5, 3, 3.5, 5, 5.5, 5, 4, 2, 1, 0.5, 0.2, 0.02, 0]),
    "day": cdf([0, 0, 0, 0, 0, 0.05, 0.5, 2, 4, 5, 5, 5, 4, 4, 5, 5, 5, 4.5, 3, 2, 1.2, 0.6, 0.2, 0.05]),
    "evening": cdf([0.2, 0.05, 0, 0, 0, 0, 0.2, 0.5, 1, 1.5, 2, 2.5, 3, 3, 3, 3, 3.5, 4, 5, 6, 6.5, 6, 4, 1.5]),
    "night": cdf([3, 3, 2.5, 2, 1.5, 1.5, 1, 0.5, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.5, 1, 1.5, 2, 2.5,
                  3, 3]),
    "flat": cdf(np.ones(24)),
    "late": cdf([0.5, 0.2, 0, 0, 0, 0, 0, 0.1, 0.5, 2, 3, 3.5, 3, 3.5, 4, 4.5, 4.5, 4.5, 4.5, 5, 5, 4.5, 3, 1.5]),
    "early": cdf([0, 0, 0, 0, 0.5, 4, 6, 5, 3, 2, 1.5, 1, 0.8, 1, 1.2, 1.5, 2, 2.5, 2, 1, 0.5, 0.2, 0, 0]),
}
AGE_PROFILE = np.array(["student", "normal", "normal", "elderly"])


def ip_of(domain: str, k: int = 0, foreign: bool = False) -> str:
    h = zlib.crc32(f"{domain}#{k}".encode())
    if foreign:
        firsts = [103, 154, 156, 45, 47, 43]
    else:
        firsts = [36, 39, 58, 59, 101, 106, 110, 111, 112, 114, 115, 117, 119, 120, 121, 123, 180, 182, 183, 218, 220,
                  222, 223]
    return f"{firsts[h % len(firsts)]}.{(h >> 8) % 256}.{(h >> 16) % 256}.{1 + (h >> 24) % 254}"


# domain, weight, app package, url paths
DOMAINS = [
    ("www.baidu.com", 14, None, ["/s?wd=清明节放假安排", "/s?wd=黄山天气", "/s?wd=明前茶价格", "/"]),
    ("weixin.qq.com", 18, "com.tencent.mm", ["/", "/cgi-bin/mmwebwx-bin"]),
    ("www.qq.com", 4, "com.tencent.mobileqq", ["/"]),
    ("www.taobao.com", 8, "com.taobao.taobao", ["/", "/search?q=黄山毛峰", "/search?q=六安瓜片"]),
    ("www.jd.com", 5, "com.jingdong.app.mall", ["/", "/cart"]),
    ("www.douyin.com", 12, "com.ss.android.ugc.aweme", ["/", "/live", "/video"]),
    ("www.kuaishou.com", 6, "com.smile.gifmaker", ["/"]),
    ("mobile.yangkeduo.com", 6, "com.xunmeng.pinduoduo", ["/", "/goods.html"]),
    ("render.alipay.com", 6, "com.eg.android.AlipayGphone", ["/p/s/i"]),
    ("news.163.com", 3, None, ["/"]),
    ("www.bilibili.com", 3, "tv.danmaku.bili", ["/"]),
    ("www.amap.com", 3, "com.autonavi.minimap", ["/"]),
    ("www.meituan.com", 4, "com.sankuai.meituan", ["/"]),
    ("www.ctrip.com", 2, "ctrip.android.view", ["/", "/hotels/huangshan"]),
    ("www.12306.cn", 3, "com.MobileTicket", ["/index/", "/otn/leftTicket/init"]),
    ("www.ahzwfw.gov.cn", 1.2, "com.iflytek.ahzwfw", ["/", "/bog-bsdt/static/workPlat"]),
    ("hrss.ah.gov.cn", 0.5, None, ["/", "/ztzl/yljrz/"]),
    ("www.toutiao.com", 5, "com.ss.android.article.news", ["/"]),
    ("www.xiaohongshu.com", 3, "com.xingin.xhs", ["/", "/explore"]),
    ("www.eastmoney.com", 1.5, "com.eastmoney.android.berlin", ["/"]),
    ("www.10jqka.com.cn", 1.2, "com.hexin.plat.android", ["/"]),
    ("www.weather.com.cn", 2, None, ["/weather/101220101.shtml", "/weather/101221001.shtml"]),
    ("www.zhihu.com", 2, "com.zhihu.android", ["/"]),
    ("www.sina.com.cn", 1.5, None, ["/"]),
    ("www.huangshan.gov.cn", 0.3, None, ["/", "/zwgk/"]),
    ("www.chinahuangshan.gov.cn", 0.4, None, ["/", "/yuyue"]),
    ("www.icbc.com.cn", 1, "com.icbc", ["/"]),
    ("www.abchina.com", 1, "com.android.bankabc", ["/"]),
    ("www.mps.gov.cn", 0.2, None, ["/"]),
    ("www.cnki.net", 0.6, None, ["/"]),
    ("update.miui.com", 1.5, None, ["/updates"]),
    ("dl.hdslb.com", 1, None, ["/"]),
]

APPS = [("com.tencent.mm", 20), ("com.eg.android.AlipayGphone", 8), ("com.ss.android.ugc.aweme", 12),
        ("com.taobao.taobao", 5), ("com.xunmeng.pinduoduo", 5), ("com.sankuai.meituan", 3),
        ("com.smile.gifmaker", 4), ("com.autonavi.minimap", 3), ("com.MobileTicket", 2),
        ("com.hicorenational.antifraud", 0.6), ("com.iflytek.ahzwfw", 0.8), ("com.hexin.plat.android", 0.8),
        ("com.icbc", 1), ("com.android.bankabc", 1), ("com.tencent.mobileqq", 2), ("com.xingin.xhs", 2),
        ("com.jingdong.app.mall", 2), ("com.eastmoney.android.berlin", 0.6), ("tv.danmaku.bili", 1.5)]

SERVICES = [
    ("8695588", 6, ["【工商银行】您的验证码为{n}，您正在进行网上支付，请勿泄露给他人。",
                    "【工商银行】您尾号账户今日发生一笔快捷支付，如非本人操作请致电95588。"]),
    ("8695599", 6, ["【中国农业银行】您尾号账户完成一笔转账交易，验证码{n}，请勿泄露。"]),
    ("8695533", 5, ["【建设银行】验证码{n}，用于手机银行登录，请勿告知他人。"]),
    ("8695580", 3, ["【邮储银行】您尾号账户收到一笔入账，详询95580。"]),
    ("8696669", 4, ["【安徽农金】您的账户发生一笔交易，验证码{n}，如非本人操作请致电96669。"]),
    ("8695188", 6, ["【支付宝】验证码{n}，你正在登录支付宝，切勿告知他人。"]),
    ("861069013795", 5, ["【淘宝】您的包裹已发出，物流单号{n}，打开手机淘宝查看详情。"]),
    ("861069120021", 4, ["【京东】验证码：{n}，您正在登录京东账户，京东工作人员不会索取此验证码。"]),
    ("861069101955", 7, ["【中通快递】您的包裹已到驿站，取件码{n}，请及时领取。"]),
    ("861069055818", 5, ["【韵达快递】取件码{n}，凭码到丰巢柜取件。"]),
    ("8695338", 3, ["【顺丰速运】您的快件已派送，收件码{n}。"]),
    ("8612306", 4, ["【铁路12306】订单E{n}已支付成功，清明假期出行请提前到站。",
                    "【铁路12306】您的候补订单已兑现，请登录12306.cn查看。"]),
    ("8610077", 5, ["【皖通移动】尊敬的客户，您本月已使用流量8.2GB，查询详情回复CXLL。",
                    "【皖通移动】您的话费余额不足10元，请及时充值，登录 https://www.wantong.cn 办理。"]),
    ("861065912121", 2, ["【安徽气象】清明假期我省有一次降雨过程，出行祭扫请注意安全。"]),
    ("861069012345", 1.5, ["【安徽12345】清明节文明祭扫，倡导鲜花祭扫、网络祭扫，严禁野外用火。"]),
    ("861069510106", 4, ["【美团】验证码{n}，用于登录，5分钟内有效。"]),
    ("861069888666", 4, ["【抖音】验证码{n}，用于手机号登录，请勿转发。"]),
    ("861069511111", 4, ["【拼多多】您的订单已发货，物流单号YT{n}，请注意查收。"]),
    ("8695555", 1, ["【招商银行】您的信用卡本期账单已出，验证码{n}。"]),
    ("861069588114", 1.5, ["【国家反诈中心】清明将至，警惕“迁坟补偿”“养老金认证”“退票改签”诈骗，陌生链接不点，验证码不给。"]),
]

P2P_TEXT = ["好的", "到家了", "收到", "清明回来吗", "明天几点出发", "我到了", "晚上回来吃饭吗", "钱转你了",
            "电话没接，回个电话", "妈，清明我回不去了，给你寄了点东西", "路上注意安全", "车票买到了",
            "茶叶收到了吗", "在开会，晚点打给你", "祭扫的东西我来准备", "嗯", "知道了", "几点到？"]


def build_graph(w: World) -> None:
    rng = w.rng
    P = w.P
    age = w.p_age
    # internal contacts: neighbours in the person order (same area, same hamlet), the city, the province
    k = 2 + rng.poisson(np.choose(age, [9, 7, 7, 4]))
    src = np.repeat(np.arange(P), k)
    off = np.rint(rng.normal(0, 25, len(src))).astype(np.int64)
    off[off == 0] = 1
    dst = np.clip(src + off, 0, P - 1)
    u = rng.random(len(src))
    city_order = np.argsort(w.p_city, kind="stable")
    cstart = np.searchsorted(w.p_city[city_order], np.arange(len(CITIES)))
    ccount = np.bincount(w.p_city, minlength=len(CITIES))
    cw = u < 0.2
    c = w.p_city[src[cw]]
    dst[cw] = city_order[cstart[c] + (rng.random(cw.sum()) * ccount[c]).astype(np.int64)]
    pw = u > 0.965
    dst[pw] = rng.integers(0, P, pw.sum())
    keep = dst != src
    src, dst, off = src[keep], dst[keep], off[keep]
    wt = rng.lognormal(0, 1, len(src)) * np.where(np.abs(off) <= 3, 3.0, 1.0)
    # external contacts: other operators' numbers, relatives working in Jiangsu/Zhejiang/Shanghai, offices
    E = int(0.7 * P)
    ext = w.numbers(E, "other")
    nfix = E // 12
    fixed = np.concatenate([w.numbers(nfix // len(CITIES) + 1, "fixed", CITIES[i][2]) for i in range(len(CITIES))])
    ext = np.concatenate([ext, fixed[:nfix]])
    w.ext_pool = ext
    ke = 1 + rng.poisson(2.2, P)
    esrc = np.repeat(np.arange(P), ke)
    eidx = (len(ext) * rng.random(len(esrc)) ** 1.4).astype(np.int64)
    ewt = rng.lognormal(0, 1, len(esrc))
    # elderly: children working away call often
    eld = np.flatnonzero(age == 3)
    nk = rng.integers(1, 4, len(eld))
    ksrc = np.repeat(eld, nk)
    kidx = rng.integers(0, E, len(ksrc))
    esrc = np.concatenate([esrc, ksrc])
    eidx = np.concatenate([eidx, kidx])
    ewt = np.concatenate([ewt, rng.lognormal(1.8, 0.4, len(ksrc))])
    # outgoing adjacency (CSR)
    own = np.concatenate([src, dst, esrc])
    nb_p = np.concatenate([dst, src, np.full(len(esrc), -1)]).astype(np.int32)
    nb_num = np.concatenate([w.p_num[dst], w.p_num[src], ext[eidx]])
    nb_w = np.concatenate([wt, wt, ewt])
    o = np.argsort(own, kind="stable")
    w.g_own, w.g_p, w.g_num, w.g_w = own[o], nb_p[o], nb_num[o], nb_w[o]
    w.g_cum = np.cumsum(w.g_w)
    w.g_start = np.searchsorted(w.g_own, np.arange(P))
    w.g_end = np.searchsorted(w.g_own, np.arange(P), side="right")
    # incoming from outside: per person its external contacts
    o2 = np.argsort(esrc, kind="stable")
    w.e_own, w.e_num, w.e_w = esrc[o2], ext[eidx][o2], ewt[o2]
    w.e_cum = np.cumsum(w.e_w)
    w.e_start = np.searchsorted(w.e_own, np.arange(P))
    w.e_end = np.searchsorted(w.e_own, np.arange(P), side="right")


def pick_weighted(w, cum, start, end, owners):
    """For each owner, one neighbour index chosen by weight (CSR with a global cumulative sum)."""
    lo = np.where(start[owners] > 0, cum[np.maximum(start[owners] - 1, 0)], 0.0)
    lo = np.where(start[owners] > 0, lo, 0.0)
    hi = cum[np.maximum(end[owners] - 1, 0)]
    x = lo + w.rng.random(len(owners)) * (hi - lo)
    idx = np.searchsorted(cum, x, side="right")
    return np.clip(idx, start[owners], end[owners] - 1)


def is_fixed(num):
    num = np.asarray(num)
    return (num // 10**10) != 861


def call_outcome(w, n, ans_p=0.84, dur_mu=4.1, dur_sd=1.0):
    """Result, duration and ring time of n ordinary calls."""
    rng = w.rng
    u = rng.random(n)
    res = np.where(u < ans_p, 0, np.where(u < ans_p + (1 - ans_p) * 0.7, 1, np.where(u < ans_p + (1 - ans_p) * 0.88,
                                                                                       2, 3)))
    dur = np.where(res == 0, np.clip(rng.lognormal(dur_mu, dur_sd, n), 3, 7200), 0).astype(np.int64)
    ring = np.where(res == 0, rng.integers(2, 18, n), np.where(res == 1, rng.integers(25, 60, n),
                                                                rng.integers(0, 8, n)))
    return res, dur, ring


RESULTS = ["answered", "no_answer", "busy", "rejected"]


def base_calls(w: World) -> None:
    rng = w.rng
    P, D = w.P, w.days
    V = w.T["voice"]
    act = w.p_active
    rate = np.choose(w.p_age, [2.1, 3.4, 4.0, 1.5]) * rng.lognormal(0, 0.45, P) * act
    dm = np.where(w.workday, 1.0, 0.85)
    dm[w.qingming] = 1.45
    dm = dm * np.where(w.holiday, 1.1, 1.0)
    n = rng.poisson(rate[:, None] * dm[None, :])
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    m = len(p)
    e = pick_weighted(w, w.g_cum, w.g_start, w.g_end, p)
    prof = AGE_PROFILE[w.p_age[p]]
    t = np.zeros(m, dtype=np.int64)
    for name in ("student", "normal", "elderly"):
        s = prof == name
        t[s] = w.at(d[s], PROFILES[name])
    callee_p = w.g_p[e]
    callee = w.g_num[e].copy()
    internal = callee_p >= 0
    # some calls go to the callee's second card
    sec = internal & (w.p_num2[np.maximum(callee_p, 0)] > 0) & (rng.random(m) < 0.12)
    callee[sec] = w.p_num2[callee_p[sec]]
    use2 = (w.p_num2[p] > 0) & (rng.random(m) < 0.2)
    caller = np.where(use2, w.p_num2[p], w.p_num[p])
    imsi = np.where(use2, w.p_imsi2[p], w.p_imsi[p])
    imei = np.where(use2, w.p_imei2[p], w.p_imei[p])
    # old people talk longer with their children; students short
    mu = np.choose(w.p_age[p], [3.7, 4.0, 4.1, 4.4]) + np.where(internal, 0, 0.3)
    res, dur, ring = call_outcome(w, m, dur_mu=0)
    dur = np.where(res == 0, np.clip(rng.lognormal(mu, 1.0), 3, 7200), 0).astype(np.int64)
    ccell = loc(w, p, t)
    dcell = np.full(m, -1, dtype=np.int32)
    dcell[internal] = loc(w, callee_p[internal], t[internal])
    rc = V.codes("result", RESULTS)
    ct = V.codes("call_type", ["mobile", "fixed"])
    media = np.where((res == 0) & (rng.random(m) < np.where(d == w.qingming, 0.05, 0.012)), 1, 0)
    mc = V.codes("media", ["voice", "video"])
    V.add(start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=rc[res],
          caller_imei=imei, caller_imsi=imsi, caller_cell=ccell, callee_cell=dcell,
          call_type=ct[is_fixed(callee).astype(int)], media=mc[media])
    # calls coming in from outside the operator (relatives away, other networks)
    rate_in = (0.35 + 0.45 * (w.p_age == 3)) * act
    n = rng.poisson(rate_in[:, None] * dm[None, :]) * (w.e_end > w.e_start)[:, None]
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    m = len(p)
    e = pick_weighted(w, w.e_cum, w.e_start, w.e_end, p)
    t = w.at(d, PROFILES["evening"])
    caller = w.e_num[e]
    res, dur, ring = call_outcome(w, m, ans_p=0.86, dur_mu=4.5, dur_sd=1.0)
    callee = np.where((w.p_num2[p] > 0) & (rng.random(m) < 0.1), w.p_num2[p], w.p_num[p])
    media = np.where((res == 0) & (rng.random(m) < np.where(d == w.qingming, 0.06, 0.015)), 1, 0)
    V.add(start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=rc[res],
          callee_cell=loc(w, p, t), call_type=ct[is_fixed(caller).astype(int)], media=mc[media])


def base_sms(w: World) -> None:
    rng = w.rng
    P, D = w.P, w.days
    S = w.T["sms"]
    act = w.p_active
    # service codes (banks, couriers, platforms, the operator, government notices)
    nums = np.array([int(s[0]) for s in SERVICES])
    wts = np.array([s[1] for s in SERVICES], dtype=float)
    tpl_codes, tpl_of = [], []
    for i, s in enumerate(SERVICES):
        for tx in s[2]:
            tpl_codes.append(S.code("content", tx))
            tpl_of.append(i)
    tpl_codes = np.array(tpl_codes)
    tpl_of = np.array(tpl_of)
    rate = np.choose(w.p_age, [1.5, 1.7, 1.5, 0.6]) * np.where(w.p_smart, 1.0, 0.4) * act
    n = rng.poisson(rate[:, None] * np.ones(D)[None, :])
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    m = len(p)
    sv = rng.choice(len(nums), m, p=wts / wts.sum())
    # one of the sender's templates
    first = np.searchsorted(tpl_of, sv)
    cnt = np.bincount(tpl_of, minlength=len(nums))[sv]
    tp = tpl_codes[first + (rng.random(m) * cnt).astype(np.int64)]
    t = w.at(d, PROFILES["day"])
    recv = np.where((w.p_num2[p] > 0) & (rng.random(m) < 0.25), w.p_num2[p], w.p_num[p])
    S.add(send_time=t, sender=nums[sv], receiver=recv, content=tp, content_n=rng.integers(0, 10**6, m))
    # person to person
    rate = np.choose(w.p_age, [0.12, 0.15, 0.15, 0.06]) * act
    n = rng.poisson(rate[:, None] * np.ones(D)[None, :])
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    m = len(p)
    e = pick_weighted(w, w.g_cum, w.g_start, w.g_end, p)
    t = w.at(d, PROFILES["normal"])
    txt = S.codes("content", P2P_TEXT)[rng.integers(0, len(P2P_TEXT), m)]
    S.add(send_time=t, sender=w.p_num[p], receiver=w.g_num[e], content=txt, sender_imei=w.p_imei[p],
          sender_cell=loc(w, p, t))


def base_device(w: World) -> None:
    """Per card and day: moves between home and work, data sessions, night power cycles."""
    rng = w.rng
    D = w.days
    Dv = w.T["device"]
    ev = Dv.codes("event", ["power_on", "power_off", "location_update", "data_session", "attach", "detach"])
    act = np.flatnonzero(w.p_active)
    two = act[w.p_num2[act] > 0]
    for cards, scale in ((act, 1.0), (two, 0.5)):
        num = w.p_num[cards] if scale == 1.0 else w.p_num2[cards]
        imsi = w.p_imsi[cards] if scale == 1.0 else w.p_imsi2[cards]
        imei = w.p_imei[cards] if scale == 1.0 else w.p_imei2[cards]
        C = len(cards)
        ci = np.repeat(np.arange(C), D)
        dd = np.tile(np.arange(D), C)
        p = cards[ci]
        # commuting location updates
        commute = (w.p_work[p] >= 0) & (w.p_work[p] != w.p_home[p]) & w.workday[dd]
        cm = np.flatnonzero(commute)
        t1 = w.day_start(dd[cm]) + rng.integers(7 * HOUR, 9 * HOUR, len(cm))
        t2 = w.day_start(dd[cm]) + rng.integers(17 * HOUR, 19 * HOUR + 1800, len(cm))
        tt = np.concatenate([t1, t2])
        ii = np.concatenate([cm, cm])
        cells = np.concatenate([w.p_work[p[cm]], w.p_home[p[cm]]])
        Dv.add(time=tt, msisdn=num[ci[ii]], imsi=imsi[ci[ii]], imei=imei[ci[ii]], cell=cells, event=ev[2])
        # data sessions and the odd extra location update
        lam = np.where(w.p_smart[p], 3.3, 0.3) * scale
        k = rng.poisson(lam)
        rows = np.repeat(np.arange(len(p)), k)
        t = w.at(dd[rows], PROFILES["normal"])
        cell = loc(w, p[rows], t)
        byt = rng.lognormal(14, 1.6, len(rows)).astype(np.int64)
        Dv.add(time=t, msisdn=num[ci[rows]], imsi=imsi[ci[rows]], imei=imei[ci[rows]], cell=cell, event=ev[3],
               bytes=byt)
        k = rng.poisson(0.6 * scale, len(p))
        rows = np.repeat(np.arange(len(p)), k)
        t = w.at(dd[rows], PROFILES["day"])
        Dv.add(time=t, msisdn=num[ci[rows]], imsi=imsi[ci[rows]], imei=imei[ci[rows]], cell=loc(w, p[rows], t),
               event=ev[2])
        # switched off at night (more often the old)
        off = np.flatnonzero(rng.random(len(p)) < np.where(w.p_age[p] == 3, 0.3, 0.06))
        toff = w.day_start(dd[off]) + rng.integers(21 * HOUR + 1800, 24 * HOUR - 60, len(off))
        ton = w.day_start(dd[off]) + DAY + rng.integers(5 * HOUR + 1800, 8 * HOUR, len(off))
        keep = ton < w.t_end
        cellh = w.p_home[p[off]]
        Dv.add(time=toff, msisdn=num[ci[off]], imsi=imsi[ci[off]], imei=imei[ci[off]], cell=cellh, event=ev[1])
        Dv.add(time=ton[keep], msisdn=num[ci[off]][keep], imsi=imsi[ci[off]][keep], imei=imei[ci[off]][keep],
               cell=cellh[keep], event=ev[0])


def base_web(w: World) -> None:
    rng = w.rng
    P, D = w.P, w.days
    Wb = w.T["web"]
    wts = np.array([x[1] for x in DOMAINS], dtype=float)
    dcode = Wb.codes("domain", [x[0] for x in DOMAINS])
    ips = [[Wb.code("ip", ip_of(x[0], k)) for k in range(3)] for x in DOMAINS]
    ips = np.array(ips)
    apps = np.array([Wb.code("app", x[2]) if x[2] else -1 for x in DOMAINS])
    urls = [[Wb.code("url", "https://" + x[0] + pth) for pth in x[3]] for x in DOMAINS]
    nurl = np.array([len(u) for u in urls])
    url_flat = np.full((len(DOMAINS), max(nurl)), -1)
    for i, u in enumerate(urls):
        url_flat[i, :len(u)] = u
    sm = w.p_smart & w.p_active
    rate = np.choose(w.p_age, [3.4, 2.6, 1.9, 0.8]) * sm
    n = rng.poisson(rate[:, None] * np.ones(D)[None, :])
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    m = len(p)
    di = rng.choice(len(DOMAINS), m, p=wts / wts.sum())
    t = w.at(d, PROFILES["evening"])
    ui = (rng.random(m) * nurl[di]).astype(np.int64)
    Wb.add(time=t, msisdn=w.p_num[p], domain=dcode[di], url=url_flat[di, ui], ip=ips[di, rng.integers(0, 3, m)],
           bytes=rng.lognormal(11, 1.5, m).astype(np.int64), app=np.where(rng.random(m) < 0.7, apps[di], -1))


def base_apps(w: World) -> None:
    rng = w.rng
    P, D = w.P, w.days
    A = w.T["apps"]
    names = [a[0] for a in APPS]
    wts = np.array([a[1] for a in APPS], dtype=float)
    codes = A.codes("app", names)
    sm = w.p_smart & w.p_active
    n = rng.poisson((0.45 * sm)[:, None] * np.ones(D)[None, :])
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    m = len(p)
    ai = rng.choice(len(names), m, p=wts / wts.sum())
    A.add(time=w.at(d, PROFILES["evening"]), msisdn=w.p_num[p], app=codes[ai], event="use")
    # installs from the phone makers' stores
    n = rng.poisson((0.012 * sm)[:, None] * np.ones(D)[None, :])
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    m = len(p)
    ai = rng.choice(len(names), m, p=wts / wts.sum())
    stores = A.codes("source_url", ["https://appgallery.huawei.com/app/detail?id={n}",
                                    "https://app.mi.com/details?id={n}", "https://apps.apple.com/cn/app/id{n}",
                                    "https://app.oppomobile.com/app/{n}"])
    A.add(time=w.at(d, PROFILES["evening"]), msisdn=w.p_num[p], app=codes[ai], event="install",
          source_url=stores[rng.integers(0, 4, m)], source_url_n=rng.integers(10**5, 10**6, m))


PLATFORMS = [("wechat", 0.95, "wx"), ("alipay", 0.8, "ap"), ("douyin", 0.6, "dy"), ("taobao", 0.55, "tb"),
             ("qq", 0.5, "qq"), ("kuaishou", 0.3, "ks"), ("pinduoduo", 0.4, "pd"), ("12306", 0.35, "rw"),
             ("xiaohongshu", 0.2, "xh")]


def inet_accounts(w: World, nums, times, platform: str, status="active"):
    """Platform accounts for numbers (one each), registered at the given times."""
    nums = np.atleast_1d(nums)
    pre = dict((p, s) for p, _q, s in PLATFORMS).get(platform, platform[:2])
    xs = w.rng.integers(1 << 40, 1 << 47, len(nums))
    acc = [f"{pre}_{x:012x}" for x in xs.tolist()]
    w.T["internet_accounts"].add(platform=platform, account=acc, msisdn=nums, register_time=times, status=status)
    return acc


def base_accounts(w: World) -> None:
    rng = w.rng
    sm = np.flatnonzero(w.p_smart)
    for plat, q, _pre in PLATFORMS:
        who = sm[rng.random(len(sm)) < q]
        lo = w.p_open[who]
        t = lo + ((w.t0 - 2 * DAY - lo) * rng.random(len(who)) ** 0.7).astype(np.int64)
        inet_accounts(w, w.p_num[who], t, plat)


def base_transfers(w: World) -> None:
    """Family money, shop payments, payroll and pensions."""
    rng = w.rng
    P, D = w.P, w.days
    X = w.T["transfers"]
    ch = X.codes("channel", ["mobile_app", "third_party", "counter", "atm"])
    has = (w.p_acct >= 0) & w.p_active
    # family and friends (both with accounts)
    dm = np.ones(D)
    dm[max(w.qingming - 2, 0):w.qingming + 1] = 2.2
    n = rng.poisson((0.07 * has)[:, None] * dm[None, :])
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    e = pick_weighted(w, w.g_cum, w.g_start, w.g_end, p)
    q = w.g_p[e]
    ok = (q >= 0)
    ok[ok] = w.p_acct[q[ok]] >= 0
    p, d, q = p[ok], d[ok], q[ok]
    m = len(p)
    c = rng.choice(4, m, p=[0.72, 0.18, 0.06, 0.04])
    amt = np.round(np.clip(rng.lognormal(6.0, 1.1, m), 10, 50000), -1)
    X.add(time=w.at(d, PROFILES["evening"]), from_account=w.p_acct[p], to_account=w.p_acct[q], amount=amt,
          currency="CNY", channel=ch[c], initiated_msisdn=np.where(c < 2, w.p_num[p], 0))
    # shops, clinics, schools, utilities: enterprise accounts paid by many
    nm = 260
    mid = w.new_ids(nm)
    macc = w.add_accounts(mid, w.banks[rng.choice(len(w.banks), nm, p=w.bank_p)],
                          w.t0 - rng.integers(400, 4000, nm) * DAY, 0)
    w.merchant_accts = macc
    n = rng.poisson((0.09 * has)[:, None] * np.ones(D)[None, :])
    flat = np.repeat(np.arange(P * D), n.ravel())
    p, d = flat // D, flat % D
    m = len(p)
    mi = (nm * rng.random(m) ** 1.5).astype(np.int64)
    c = rng.choice(4, m, p=[0.55, 0.4, 0.03, 0.02])
    amt = np.round(np.clip(rng.lognormal(4.6, 1.0, m), 2, 20000), 2)
    X.add(time=w.at(d, PROFILES["day"]), from_account=w.p_acct[p], to_account=macc[mi], amount=amt, currency="CNY",
          channel=ch[c], initiated_msisdn=np.where(c < 2, w.p_num[p], 0))
    # payroll on Monday 2 April from 40 employers; pensions on Tuesday 3 April from the social security fund
    emp_id = w.new_ids(41)
    eacc = w.add_accounts(emp_id, w.banks[rng.integers(0, 4, 41)], w.t0 - rng.integers(800, 5000, 41) * DAY, 0)
    pay_day = w.dates.index("2029-04-02") if "2029-04-02" in w.dates else 4
    wk = np.flatnonzero(has & np.isin(w.p_age, [1, 2]) & (rng.random(P) < 0.35))
    X.add(time=w.day_start(pay_day) + rng.integers(9 * HOUR, 11 * HOUR, len(wk)),
          from_account=eacc[rng.integers(0, 40, len(wk))], to_account=w.p_acct[wk],
          amount=np.round(rng.lognormal(8.6, 0.35, len(wk)), 2), currency="CNY", channel=ch[2])
    pen_day = pay_day + 1
    old = np.flatnonzero(has & (w.p_age == 3))
    X.add(time=w.day_start(pen_day) + rng.integers(6 * HOUR, 8 * HOUR, len(old)), from_account=eacc[40],
          to_account=w.p_acct[old], amount=np.round(np.where(rng.random(len(old)) < 0.7,
                                                             rng.normal(180, 20, len(old)),
                                                             rng.lognormal(8.0, 0.3, len(old))), 2),
          currency="CNY", channel=ch[2])
    w.social_security_acct = int(eacc[40])
    w.employer_accts = eacc


def generate(w: World) -> None:
    build_graph(w)
    base_calls(w)
    base_sms(w)
    base_device(w)
    base_web(w)
    base_apps(w)
    base_accounts(w)
    base_transfers(w)
