"""Everyday web visits seen by DPI and app sightings, with the season's tax, exam and job sites."""

from __future__ import annotations

import numpy as np

from .clock import sample_times_rows
from .population import P

# domain, ip, weight, app package, paths
SITES = [
    ("weixin.qq.com", "183.3.226.35", 20, "com.tencent.mm", ["/", "/cgi-bin/mmwebwx-bin"]),
    ("www.baidu.com", "110.242.68.66", 12, "com.baidu.searchbox", ["/s?wd=", "/"]),
    ("www.douyin.com", "122.14.229.8", 14, "com.ss.android.ugc.aweme", ["/video", "/"]),
    ("m.taobao.com", "140.205.94.189", 8, "com.taobao.taobao", ["/item", "/"]),
    ("m.jd.com", "111.13.149.108", 6, "com.jingdong.app.mall", ["/product", "/"]),
    ("www.meituan.com", "103.37.152.41", 6, "com.sankuai.meituan", ["/waimai", "/"]),
    ("www.bilibili.com", "120.92.78.97", 6, "tv.danmaku.bili", ["/video", "/"]),
    ("www.zhihu.com", "103.41.167.234", 4, "com.zhihu.android", ["/question", "/"]),
    ("www.toutiao.com", "110.43.89.14", 5, "com.ss.android.article.news", ["/article", "/"]),
    ("www.kuaishou.com", "103.107.217.2", 5, "com.smile.gifmaker", ["/short-video", "/"]),
    ("map.baidu.com", "180.101.49.12", 3, "com.baidu.BaiduMap", ["/"]),
    ("www.amap.com", "106.11.43.158", 3, "com.autonavi.minimap", ["/"]),
    ("www.12306.cn", "111.206.4.93", 1.5, "com.MobileTicket", ["/index", "/otn/leftTicket"]),
    ("www.ctrip.com", "101.226.92.67", 1, "ctrip.android.view", ["/"]),
    ("www.xiaohongshu.com", "119.84.174.66", 4, "com.xingin.xhs", ["/explore", "/"]),
    ("www.dianping.com", "103.37.155.60", 2, "com.dianping.v1", ["/"]),
    ("news.sina.com.cn", "123.126.45.205", 2, None, ["/"]),
    ("www.weibo.com", "123.125.104.150", 4, "com.sina.weibo", ["/"]),
    ("www.alipay.com", "110.75.143.14", 6, "com.eg.android.AlipayGphone", ["/"]),
    ("www.didiglobal.com", "116.85.2.15", 2, "com.sdu.didi.psnger", ["/"]),
    ("www.ke.com", "116.196.142.8", 1, "com.lianjia.beike", ["/ershoufang", "/zufang"]),
    ("www.zhipin.com", "39.96.191.197", 1.5, "com.hpbr.bosszhipin", ["/job_detail", "/"]),
    ("etax.chinatax.gov.cn", "111.205.224.82", 1.2, "cn.gov.tax.its", ["/", "/web/dzswj"]),
    ("beijing.chinatax.gov.cn", "111.205.224.90", 0.3, None, ["/bjswj/"]),
    ("yz.chsi.com.cn", "36.112.24.7", 0.5, None, ["/", "/apply/cjcx/", "/tj/"]),
    ("rsj.beijing.gov.cn", "124.65.179.21", 0.3, None, ["/"]),
    ("ybj.beijing.gov.cn", "124.65.179.30", 0.3, None, ["/"]),
    ("gjj.beijing.gov.cn", "124.65.179.40", 0.3, None, ["/"]),
    ("xkczb.jtw.beijing.gov.cn", "124.65.179.55", 0.2, None, ["/"]),
    ("www.114yygh.com", "59.110.218.16", 0.6, None, ["/hospital", "/"]),
    ("www.bjguahao.gov.cn", "124.65.179.61", 0.2, None, ["/"]),
    ("www.qq.com", "183.3.226.21", 4, "com.tencent.mobileqq", ["/"]),
    ("www.pinduoduo.com", "101.91.62.40", 4, "com.xunmeng.pinduoduo", ["/"]),
]
PERSONA_BOOST = {
    "student": {"www.bilibili.com": 3, "yz.chsi.com.cn": 25, "www.zhipin.com": 6, "www.zhihu.com": 2},
    "retiree": {"www.toutiao.com": 3, "www.kuaishou.com": 3, "www.douyin.com": 1.5, "www.114yygh.com": 4},
    "office_worker": {"etax.chinatax.gov.cn": 4, "www.ke.com": 2, "gjj.beijing.gov.cn": 3, "www.zhipin.com": 2},
    "civil_servant": {"etax.chinatax.gov.cn": 3},
    "migrant_worker": {"www.kuaishou.com": 3, "www.pinduoduo.com": 2},
}


def run(ww) -> None:
    pop, rng, sink = ww.pop, ww.rng, ww.sink
    from .population import NAMES
    w = np.array([s[2] for s in SITES], float)
    probs = []
    for name in NAMES:
        b = w.copy()
        for dom, f in PERSONA_BOOST.get(name, {}).items():
            b[[s[0] for s in SITES].index(dom)] *= f
        probs.append(b / b.sum())
    cdf = np.cumsum(np.stack(probs), axis=1)
    dom = sink.codes([s[0] for s in SITES])
    ip = sink.codes([s[1] for s in SITES])
    app = np.array([sink.code(s[3]) for s in SITES], np.int32)
    urls, url_ptr = [], [0]
    for s in SITES:
        urls += [f"https://{s[0]}{p}" for p in s[4]]
        url_ptr.append(len(urls))
    url_codes = sink.codes(urls)
    url_ptr = np.array(url_ptr)
    old_phone = pop.persona == P["retiree"]
    for d in range(ww.days):
        n = rng.poisson(pop.web_rate)
        src = np.repeat(np.arange(pop.n), n)
        u = rng.random(len(src))
        site = (u[:, None] > cdf[pop.persona[src]]).sum(axis=1)
        site = np.minimum(site, len(SITES) - 1)
        t = sample_times_rows(rng, np.full(len(src), d), pop.cdf, pop.persona[src])
        k = url_ptr[site + 1] - url_ptr[site]
        url = url_codes[url_ptr[site] + (rng.random(len(src)) * k).astype(np.int64)]
        ww.visit(t, pop.msisdn[src], dom[site], url=url, ip=ip[site],
                 nbytes=rng.lognormal(11, 1.3, len(src)).astype(np.int64), app=app[site])
        # app sightings
        m = rng.poisson(np.where(old_phone, 0.1, 0.5))
        src = np.repeat(np.arange(pop.n), m)
        site = rng.integers(0, len(SITES), len(src))
        keep = app[site] >= 0
        src, site = src[keep], site[keep]
        t = sample_times_rows(rng, np.full(len(src), d), pop.cdf, pop.persona[src])
        inst = rng.random(len(src)) < 0.03
        ww.app(t, pop.msisdn[src], app[site], np.where(inst, "install", "use"),
               source_url=np.where(inst, sink.code("https://appgallery.huawei.com"), -1).astype(np.int32))
