"""Web domains, their IPs and apps; service numbers (banks, 106 ports, hotlines)."""

from __future__ import annotations

import numpy as np
from world import World

# domain, app package, weight for adults, weight for the elderly, weight for the young
COMMON = [
    ("weixin.qq.com", "com.tencent.mm", 30, 30, 30), ("mmbiz.qpic.cn", "com.tencent.mm", 12, 10, 10),
    ("alipay.com", "com.eg.android.AlipayGphone", 10, 4, 9), ("douyin.com", "com.ss.android.ugc.aweme", 14, 12, 20),
    ("taobao.com", "com.taobao.taobao", 8, 3, 9), ("jd.com", "com.jingdong.app.mall", 5, 1, 5),
    ("meituan.com", "com.sankuai.meituan", 5, 1, 7), ("pinduoduo.com", "com.xunmeng.pinduoduo", 6, 5, 5),
    ("kuaishou.com", "com.smile.gifmaker", 6, 9, 7), ("baidu.com", "com.baidu.searchbox", 6, 4, 5),
    ("qq.com", "com.tencent.mobileqq", 4, 1, 10), ("bilibili.com", "tv.danmaku.bili", 2, 0.1, 10),
    ("12306.cn", "com.MobileTicket", 2, 0.5, 3), ("amap.com", "com.autonavi.minimap", 4, 1, 3),
    ("toutiao.com", "com.ss.android.article.news", 5, 8, 2), ("icbc.com.cn", "com.icbc", 2, 1, 1),
    ("ccb.com", "com.chinamworld.main", 2, 1, 1), ("abchina.com", "com.android.bankabc", 1.5, 1, 0.5),
    ("boc.cn", "com.chinamworld.bocmbci", 1, 0.5, 0.5), ("cmbchina.com", "cmb.pb", 1, 0.2, 1),
    ("lnzwfw.gov.cn", "cn.gov.ln.liaoshitong", 1, 0.8, 0.5), ("nhsa.gov.cn", "cn.hsa.app", 0.8, 1, 0.2),
    ("pvp.qq.com", "com.tencent.tmgp.sgame", 1, 0, 8), ("sina.cn", "com.sina.news", 1.5, 1, 1),
    ("163.com", "com.netease.newsreader.activity", 1, 0.5, 1), ("iqiyi.com", "com.qiyi.video", 3, 2, 4),
    ("v.qq.com", "com.tencent.qqlive", 3, 2, 4), ("ctrip.com", "ctrip.android.view", 1.5, 0.2, 1.5),
    ("ele.me", "me.ele", 2, 0.2, 4), ("xiaohongshu.com", "com.xingin.xhs", 3, 0.3, 7),
    ("dianping.com", "com.dianping.v1", 1.5, 0.3, 2), ("58.com", "com.wuba", 1, 0.3, 1),
    ("eastmoney.com", "com.eastmoney.android.berlin", 1.5, 0.8, 0.3),
    ("10jqka.com.cn", "com.hexin.plat.android", 1.2, 0.5, 0.3), ("gjfzpt.cn", "com.hicorenational.antifraud", 0.3, 0.2, 0.2),
    ("pay.sjheat.com.cn", None, 0.3, 0.3, 0.1), ("chsi.com.cn", None, 0.2, 0, 1), ("weather.com.cn", None, 1, 1.5, 0.5),
    ("cainiao.com", "com.cainiao.wireless", 1.5, 0.5, 2), ("kuwo.cn", "cn.kuwo.player", 1, 0.5, 2),
]
STORES = ["https://appgallery.huawei.com/app/", "https://app.mi.com/details?id=", "https://apps.apple.com/cn/app/",
          "https://sj.qq.com/appdetail/", "https://www.vivo.com.cn/appstore/"]
PATHS = ["/", "/index.html", "/s?wd=", "/api/v2/feed", "/item.htm", "/pay/confirm", "/login", "/video/play",
         "/m/home", "/static/app.js", "/news/2029-12-31", "/search"]

# service numbers (E.164 without +, short codes behind the country code)
SERVICE = {
    "12306": 8612306, "12381": 8612381, "96110": 8696110, "12345": 8612345, "12393": 8612393,
    "10079": 8610079, "cainiao": 86106900235001, "fengchao": 86106900178802, "zto": 86106900321003,
    "yunda": 86106900451204, "jdl": 86106900950005, "ems": 8611183, "alipay": 8695188, "wechatpay": 86106901960006,
    "taobao": 86106905501107, "douyin": 86106900882208, "meituan": 86106900103309, "pdd": 86106900661010,
    "qq": 86106901117711, "jd": 86106904231212, "heat_sy": 86106908200513, "heat_dl": 86106908411014,
    "heat_other": 86106908099915, "medins_sy": 86106906393916, "medins_ln": 86106906393917,
    "school": 86106902207718, "promo": 86106909770019, "civil": 86106906802020,
}


def ip_block(rng, n, firsts) -> list[str]:
    a = rng.choice(firsts, n)
    b = rng.integers(1, 255, n)
    c = rng.integers(0, 255, n)
    d = rng.integers(2, 254, n)
    return [f"{x}.{y}.{z}.{v}" for x, y, z, v in zip(a, b, c, d, strict=True)]


CN_FIRST = [101, 111, 112, 113, 114, 115, 116, 117, 119, 120, 121, 122, 123, 124, 125, 180, 182, 183, 36, 39, 42,
            58, 59, 60, 61, 106, 110, 139, 140, 175, 211, 218, 220, 221, 222, 223]
OFFSHORE_FIRST = [103, 104, 107, 154, 156, 45, 43, 38, 172, 194, 185, 206]


class Catalog:
    def __init__(self, w: World):
        rng = w.rng("catalog")
        self.w = w
        S = w.I
        self.dom = S.many([d for d, *_ in COMMON])
        self.app = np.array([S(a) if a else -1 for _, a, *_ in COMMON], dtype=np.int32)
        wts = np.array([[x[2], x[3], x[4]] for x in COMMON], dtype=float)
        self.wcdf = np.cumsum(wts / wts.sum(0), axis=0).T  # profile x domain
        ips = ip_block(rng, len(COMMON) * 2, CN_FIRST)
        self.ip = S.many(ips).reshape(len(COMMON), 2)
        self.paths = S.many(PATHS)
        self.stores = STORES

    def visits(self, rng, profile: np.ndarray):
        """Domain index per visit for profile 0 adult, 1 elderly, 2 young."""
        u = rng.random(len(profile))
        out = np.empty(len(profile), np.int64)
        for k in range(3):
            m = profile == k
            out[m] = np.searchsorted(self.wcdf[k], u[m], side="right")
        return np.clip(out, 0, len(COMMON) - 1)

    def new_ips(self, rng, n: int, offshore=True) -> np.ndarray:
        return self.w.I.many(ip_block(rng, n, OFFSHORE_FIRST if offshore else CN_FIRST))
