"""Background web visits (DPI), app sightings and platform accounts of the population."""

from __future__ import annotations

import numpy as np

from tj import content, rhythm
from tj.core import DAY
from tj.population import PID, PROFILE_NAMES

#: domain, app package, weight, IP /24 prefix, paths
DOMAINS = [
    ("weixin.qq.com", "com.tencent.mm", 20, "183.3.226", ["/", "/cgi-bin/msg", "/pay"]),
    ("www.baidu.com", "com.baidu.searchbox", 10, "110.242.68", ["/s", "/"]),
    ("www.douyin.com", "com.ss.android.ugc.aweme", 14, "122.14.230", ["/video", "/live"]),
    ("www.taobao.com", "com.taobao.taobao", 8, "140.205.94", ["/item", "/cart"]),
    ("www.jd.com", "com.jingdong.app.mall", 6, "111.13.149", ["/item", "/order"]),
    ("www.kuaishou.com", "com.smile.gifmaker", 7, "103.107.217", ["/short-video"]),
    ("www.12306.cn", "com.MobileTicket", 4, "202.108.22", ["/index", "/otn/leftTicket"]),
    ("www.meituan.com", "com.sankuai.meituan", 5, "103.37.155", ["/waimai", "/order"]),
    ("www.alipay.com", "com.eg.android.AlipayGphone", 6, "110.75.139", ["/pay", "/"]),
    ("www.tj.gov.cn", None, 1, "219.150.32", ["/zwgk", "/bsfw"]),
    ("zwfw.tj.gov.cn", None, 0.6, "219.150.33", ["/heating", "/yibao"]),
    ("www.bankoftianjin.com", "com.bot.mbank", 1.2, "221.238.3", ["/login", "/"]),
    ("www.icbc.com.cn", "com.icbc", 1.2, "106.120.157", ["/login"]),
    ("www.xiaohongshu.com", "com.xingin.xhs", 4, "116.63.99", ["/explore"]),
    ("www.bilibili.com", "tv.danmaku.bili", 4, "120.92.78", ["/video"]),
    ("www.ctrip.com", "ctrip.android.view", 1.5, "101.226.28", ["/flights", "/hotels"]),
    ("www.sohu.com", None, 1.5, "123.126.104", ["/a"]),
    ("news.enorth.com.cn", None, 1, "60.28.156", ["/system"]),
    ("www.nankai.edu.cn", None, 0.6, "202.113.16", ["/"]),
    ("www.tju.edu.cn", None, 0.6, "202.113.2", ["/"]),
    ("www.amap.com", "com.autonavi.minimap", 3, "106.11.43", ["/nav"]),
    ("www.didiglobal.com", "com.sdu.didi.psnger", 2, "116.85.1", ["/ride"]),
    ("www.pinduoduo.com", "com.xunmeng.pinduoduo", 5, "101.91.69", ["/goods"]),
    ("www.toutiao.com", "com.ss.android.article.news", 5, "122.14.229", ["/a"]),
    ("www.iqiyi.com", "com.qiyi.video", 3, "101.227.0", ["/v"]),
    ("tjport.com", None, 0.3, "60.30.72", ["/news", "/tracking"]),
]
DOM = [d[0] for d in DOMAINS]
W = np.array([d[2] for d in DOMAINS], float)
W /= W.sum()
APPS_STORE = ["https://app.mi.com/details?id=", "https://appgallery.huawei.com/app/", "https://sj.qq.com/appdetail/"]


def run(ctx) -> None:
    rng = ctx.rng("bg_web")
    pop = ctx.pop
    D = ctx.days
    dom_code = ctx.vocab.codes(np.array(DOM))
    app_code = np.array([ctx.s(d[1]) if d[1] else -1 for d in DOMAINS], np.int32)
    # two or three addresses per domain
    ips = np.array([[f"{d[3]}.{x}" for x in rng.integers(2, 250, 3)] for d in DOMAINS])
    ip_code = ctx.vocab.codes(ips.reshape(-1)).reshape(ips.shape)
    urls = [[f"https://{d[0]}{pth}" for pth in d[4]] for d in DOMAINS]
    cnt = rng.poisson(pop.web_rate * D)
    p = np.repeat(np.arange(pop.n), cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
    d = rng.choice(len(DOMAINS), p.size, p=W)
    # migrants hunt for train tickets home
    mig = pop.migrant[p] & (rng.random(p.size) < 0.15)
    d[mig] = DOM.index("www.12306.cn")
    url_code = np.empty(p.size, np.int32)
    for i, u in enumerate(urls):
        m = d == i
        uc = ctx.vocab.codes(np.array(u))
        url_code[m] = uc[rng.integers(0, len(u), int(m.sum()))]
    ctx.sink.add("web", time=t, msisdn=pop.msisdn[p], domain=dom_code[d], url=url_code,
                 ip=ip_code[d, rng.integers(0, 3, p.size)], bytes=rng.lognormal(np.log(2e5), 1.2, p.size).astype(np.int64),
                 app=app_code[d])
    _apps(ctx, rng)
    _accounts(ctx, rng)


def _apps(ctx, rng) -> None:
    pop = ctx.pop
    D = ctx.days
    pk = [d[1] for d in DOMAINS if d[1]]
    pw = np.array([d[2] for d in DOMAINS if d[1]], float)
    pw /= pw.sum()
    pk_code = ctx.vocab.codes(np.array(pk))
    rate = np.where(pop.persona == PID["elderly"], 0.08, 0.22)
    cnt = rng.poisson(rate * D)
    p = np.repeat(np.arange(pop.n), cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
    a = rng.choice(len(pk), p.size, p=pw)
    ctx.sink.add("apps", time=t, msisdn=pop.msisdn[p], app=pk_code[a], event="use")
    n_i = rng.poisson(0.012 * D, pop.n)
    p = np.repeat(np.arange(pop.n), n_i)
    day = rng.integers(0, D, p.size)
    t = rhythm.times(rng, ctx.t0 + day * DAY, "evening")
    a = rng.choice(len(pk), p.size, p=pw)
    src = np.char.add(np.array(APPS_STORE)[rng.integers(0, 3, p.size)], np.array(pk)[a])
    ctx.sink.add("apps", time=t, msisdn=pop.msisdn[p], app=pk_code[a], event="install", source_url=src)


def _accounts(ctx, rng) -> None:
    """Platform accounts registered over the years; a few new ones in the window (with a code SMS)."""
    from tj import emit
    pop = ctx.pop
    k = np.where(pop.persona == PID["elderly"], rng.integers(1, 3, pop.n), rng.integers(2, 7, pop.n))
    p = np.repeat(np.arange(pop.n), k)
    plat = rng.integers(0, len(content.PLATFORM_NAMES), p.size)
    # one account per platform and number
    key = np.unique(p.astype(np.int64) * 100 + plat)
    p, plat = key // 100, key % 100
    span = np.maximum(ctx.t0 - pop.open_time[p] - DAY, DAY)
    reg = pop.open_time[p] + (rng.random(p.size) * span).astype(np.int64)
    new = rng.random(p.size) < 0.012
    reg[new] = ctx.t0 + rng.integers(3600, ctx.days * DAY, int(new.sum()))
    acc = ctx.numbers.keys("u", p.size)
    names = np.array(content.PLATFORM_NAMES)
    status = np.where(rng.random(p.size) < 0.01, "closed", "active")
    ctx.sink.add("internet_accounts", platform=names[plat], account=np.array(acc), msisdn=pop.msisdn[p],
                 register_time=reg, status=status)
    emit.sms(ctx, content.A2P_SENDER[plat[new]], pop.msisdn[p[new]], reg[new] - 40,
             content.verification(rng, plat[new]))
    ctx.pop_accounts = (p, plat)
