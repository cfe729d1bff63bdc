"""Interned string catalogs, radio cells, numbering plans, handsets, banks, sites and apps."""

from __future__ import annotations

import numpy as np

from . import world as W


class Cat:
    """An interned list of strings: rows carry int indices, the writer turns them back into text."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def add(self, s: str) -> int:
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i

    def many(self, strings) -> np.ndarray:
        return np.array([self.add(s) for s in strings], np.int32)

    def __len__(self) -> int:
        return len(self.items)


# ------------------------------------------------------------------------------------------------ cells
class Cells:
    """Radio sites named after real places; ``by_region[r]`` lists a region's cell indices."""

    def __init__(self, rng: np.random.Generator, cat: Cat, total: int = 1100) -> None:
        names, lat, lon, region, site = [], [], [], [], []
        for r, (code, _n, _pref, la, lo, _area, kinds, _weight, places) in enumerate(W.REGIONS):
            n = max(len(places), int(round(W.REGION_WEIGHT[r] * total * (1.4 if W.URBAN in kinds else 1.0))))
            spread = 0.05 if W.URBAN in kinds else 0.12
            for k in range(n):
                place = places[k % len(places)]
                names.append(f"{code}-{place}-{k // len(places) + 1:02d}")
                lat.append(round(la + rng.normal(0, spread), 5))
                lon.append(round(lo + rng.normal(0, spread * 1.3), 5))
                region.append(r)
                u = rng.random()
                if W.URBAN in kinds:
                    site.append("macro" if u < 0.6 else "indoor" if u < 0.85 else "small")
                else:
                    site.append("macro" if u < 0.9 else "small")
        self.ids = cat.many(names)          # indices into the cell catalog
        self.names = names
        self.lat, self.lon = np.array(lat), np.array(lon)
        self.region = np.array(region, np.int64)
        self.site = site
        self.by_region = [self.ids[self.region == r] for r in range(len(W.REGIONS))]
        self.place = [n.rsplit("-", 1)[0] for n in names]

    def pick(self, rng: np.random.Generator, regions, n: int | None = None):
        """Random cell(s) of the given region index (or array of region indices, one per row)."""
        regions = np.asarray(regions)
        if regions.ndim == 0:
            pool = self.by_region[int(regions)]
            return pool[rng.integers(0, pool.size, n)] if n is not None else pool[rng.integers(0, pool.size)]
        out = np.empty(regions.size, np.int32)
        for r in np.unique(regions):
            m = regions == r
            pool = self.by_region[r]
            out[m] = pool[rng.integers(0, pool.size, int(m.sum()))]
        return out

    def named(self, region_code: str, place: str) -> np.ndarray:
        """Cells of one real place (e.g. ``named("URC-MD", "Gumudi")``)."""
        want = f"{region_code}-{place}"
        return np.array([self.ids[i] for i, p in enumerate(self.place) if p == want], np.int32)


# -------------------------------------------------------------------------------------------- numbering
ONNET_PREFIX = (154, 164, 169)                 # Tianshan Mobile's fictional mobile prefixes
OFFNET_PREFIX = (135, 138, 139, 150, 151, 152, 158, 182, 187, 188, 130, 131, 132, 155, 156, 185, 186,
                 176, 133, 153, 180, 181, 189, 177, 199, 195, 166, 173)
MVNO_PREFIX = (170, 171, 162, 165, 167)


class Numbers:
    """Allocates unique numbers (int64 E.164 without '+'), IMSIs and IMEIs."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.used: set[int] = set()
        self.used_imei: set[int] = set()

    def _unique(self, draw, n: int, used: set[int]) -> np.ndarray:
        out: list[np.ndarray] = []
        got = 0
        while got < n:
            cand = draw(int((n - got) * 1.2) + 8)
            cand = cand[np.fromiter((x not in used for x in cand.tolist()), bool, cand.size)]
            _, first = np.unique(cand, return_index=True)
            cand = cand[np.sort(first)][: n - got]
            used.update(cand.tolist())
            out.append(cand)
            got += cand.size
        return np.concatenate(out) if out else np.zeros(0, np.int64)

    def mobile(self, regions, prefixes=ONNET_PREFIX) -> np.ndarray:
        """11-digit mobile numbers whose H-code carries the region's area code (1 54 991x NNNN)."""
        regions = np.atleast_1d(np.asarray(regions))
        n = regions.size
        pre = np.asarray(prefixes)
        out = np.empty(n, np.int64)
        for r in np.unique(regions):
            m = regions == r
            k = int(m.sum())
            a = W.REGION_AREA[r]
            out[m] = self._unique(lambda kk, a=a: 86 * 10**11 + pre[self.rng.integers(0, pre.size, kk)] * 10**8
                                  + (a * 10 + self.rng.integers(0, 10, kk)) * 10**4
                                  + self.rng.integers(0, 10**4, kk), k, self.used)
        return out

    def fixed(self, area: int, n: int, lead: int | None = None) -> np.ndarray:
        """Fixed lines: 86 + area code + 8 digits in Urumqi (991), 7 elsewhere."""
        digits = 8 if area == 991 else 7

        def draw(k):
            first = np.full(k, lead) if lead is not None else self.rng.integers(2, 9, k)
            return (86 * 10**3 + area) * 10**digits + first * 10**(digits - 1) + self.rng.integers(0, 10**(digits - 1), k)
        return self._unique(draw, n, self.used)

    def iot(self, n: int) -> np.ndarray:
        return self._unique(lambda k: 861064 * 10**9 + self.rng.integers(0, 10**9, k), n, self.used)

    def service(self, n: int) -> np.ndarray:
        """A2P sender codes: 86 + 1069 / 1065 + 8 digits."""
        return self._unique(lambda k: 86 * 10**12 + (1065 + 4 * self.rng.integers(0, 2, k)) * 10**8
                            + self.rng.integers(0, 10**8, k), n, self.used)

    def intl(self, country: str, n: int) -> np.ndarray:
        cc, nsn = W.INTL[country]
        lead = {"KZ": 7, "UZ": 9, "KG": 5, "AE": 5, "KH": 9, "MY": 1, "TR": 5, "RU": 9, "PK": 3, "TH": 8, "SA": 5,
                "MM": 9, "PH": 9, "LA": 2, "GE": 5}[country]
        return self._unique(lambda k: (cc * 10 + lead) * 10**(nsn - 1) + self.rng.integers(0, 10**(nsn - 1), k),
                            n, self.used)

    def imsi(self, n: int, plmn: int = W.PLMN) -> np.ndarray:
        return self._unique(lambda k: plmn * 10**10 + self.rng.integers(0, 10**10, k), n, self.used)

    def imei(self, n: int, tacs=None, consecutive: int = 1) -> np.ndarray:
        """Valid 15-digit IMEIs (Luhn check digit); ``consecutive`` > 1 gives runs of neighbouring serials
        (dual-SIM slots, ports of one gateway)."""
        tacs = np.asarray(tacs if tacs is not None else PHONE_TACS, np.int64)
        groups = -(-n // consecutive)

        def draw(k):
            return tacs[self.rng.integers(0, tacs.size, k)] * 10**6 + self.rng.integers(0, 10**6 - consecutive, k)
        base = self._unique(draw, groups, self.used_imei)
        body = (base[:, None] + np.arange(consecutive)[None, :]).ravel()[:n]
        self.used_imei.update(body.tolist())
        return body * 10 + luhn(body)


PHONE_TACS = [86753604, 86891205, 86015806, 86446305, 86916604, 86074605, 86287206, 35391110, 35328811,
              35467612, 86769505, 86112406, 86622507, 35202610, 86985703, 86302505]
OLD_PHONE_TACS = [86543202, 35847502, 86187903, 86060201]           # feature phones of the old
MODULE_TACS = [86140203, 35847507, 86695502, 86231104]               # GSM/LTE modules: gateways, SMS cats, IoT


def luhn(body: np.ndarray) -> np.ndarray:
    """Check digit for 14-digit IMEI bodies."""
    d = np.array([(body // 10**(13 - i)) % 10 for i in range(14)])   # 14 x n, most significant first
    s = np.zeros(body.size, np.int64)
    for i in range(14):
        x = d[i]
        if i % 2 == 1:
            x = x * 2
            x = x // 10 + x % 10
        s += x
    return (10 - s % 10) % 10


# ---------------------------------------------------------------------------------------------- banks
BANKS = ["ICBC", "ABC", "CCB", "BOC", "PSBC", "Xinjiang Rural Credit Union", "Bank of Urumqi", "Kunlun Bank",
         "Xinjiang Tianshan Rural Commercial Bank", "China Merchants Bank", "Bank of Communications"]
BANK_W = np.array([14, 18, 14, 8, 12, 16, 8, 3, 3, 2, 2], float)
BANK_W /= BANK_W.sum()


# --------------------------------------------------------------------------------------- web and apps
# domain, app package that carries it, weight by audience (young, adult, elder, farm)
SITES = [
    ("weixin.qq.com", "com.tencent.mm", 30, 30, 25, 25),
    ("short.weixin.qq.com", "com.tencent.mm", 12, 12, 10, 10),
    ("v.douyin.com", "com.ss.android.ugc.aweme", 18, 14, 8, 12),
    ("api.amemv.com", "com.ss.android.ugc.aweme", 14, 10, 6, 9),
    ("kuaishou.com", "com.smile.gifmaker", 8, 8, 5, 12),
    ("m.taobao.com", "com.taobao.taobao", 9, 7, 1, 3),
    ("h5.m.jd.com", "com.jingdong.app.mall", 4, 4, 0.5, 1),
    ("mobile.yangkeduo.com", "com.xunmeng.pinduoduo", 7, 8, 3, 8),
    ("www.baidu.com", None, 5, 5, 2, 3),
    ("m.amap.com", "com.autonavi.minimap", 4, 5, 1, 3),
    ("render.alipay.com", "com.eg.android.AlipayGphone", 6, 7, 2, 4),
    ("www.toutiao.com", "com.ss.android.article.news", 4, 6, 6, 4),
    ("www.bilibili.com", "tv.danmaku.bili", 7, 2, 0.2, 0.5),
    ("www.xiaohongshu.com", "com.xingin.xhs", 6, 3, 0.2, 0.3),
    ("m.weibo.cn", "com.sina.weibo", 4, 2, 0.3, 0.3),
    ("mobile.12306.cn", "com.MobileTicket", 1.5, 1.5, 0.5, 0.8),
    ("i.meituan.com", "com.sankuai.meituan", 4, 4, 0.5, 1),
    ("h5.ele.me", "me.ele", 3, 2, 0.2, 0.5),
    ("m.ctrip.com", "ctrip.android.view", 1, 1.5, 0.3, 0.3),
    ("www.zhihu.com", "com.zhihu.android", 2, 1, 0.1, 0.1),
    ("music.163.com", "com.netease.cloudmusic", 3, 1, 0.2, 0.3),
    ("www.kugou.com", "com.kugou.android", 2, 1.5, 0.5, 1),
    ("www.iqiyi.com", "com.qiyi.video", 2, 2, 1, 1),
    ("m.icbc.com.cn", "com.icbc", 1, 1.5, 1, 1),
    ("wap.abchina.com", "com.android.bankabc", 0.8, 1.5, 1.2, 2),
    ("m.ccb.com", "com.chinamworld.main", 0.8, 1.2, 0.8, 0.8),
    ("m.xjrcu.com", "com.xjrcu.mbank", 0.5, 1.2, 1.2, 2.5),
    ("www.xinjiang.gov.cn", None, 0.3, 0.6, 0.5, 0.5),
    ("zwfw.xinjiang.gov.cn", "cn.gov.xinjiang.zwfw", 0.3, 0.8, 0.4, 0.6),
    ("www.czce.com.cn", None, 0, 0.2, 0, 1.2),
    ("www.xjcotton.com.cn", None, 0, 0.2, 0, 1.5),
    ("m.weather.com.cn", "com.moji.mjweather", 1, 1.5, 2, 2.5),
    ("www.qunar.com", "com.Qunar", 0.5, 0.8, 0.1, 0.1),
    ("tieba.baidu.com", "com.baidu.tieba", 2, 1, 0.1, 0.2),
    ("game.qq.com", "com.tencent.tmgp.sgame", 6, 1.5, 0, 0.3),
    ("www.ximalaya.com", "com.ximalaya.ting.android", 1, 1, 2, 0.5),
    ("www.kanas.gov.cn", None, 0.1, 0.2, 0.05, 0.02),
    ("www.gjfzpt.cn", "com.hicorenational.antifraud", 0.1, 0.2, 0.2, 0.1),
]
SITE_DOMAINS = [s[0] for s in SITES]
SITE_APPS = [s[1] for s in SITES]
SITE_W = np.array([s[2:] for s in SITES], float)           # sites x audiences
SITE_W /= SITE_W.sum(0, keepdims=True)
AUD_YOUNG, AUD_ADULT, AUD_ELDER, AUD_FARM = 0, 1, 2, 3

APP_STORES = ["https://app.mi.com/details?id={}", "https://appgallery.huawei.com/app/{}",
              "https://sj.qq.com/appdetail/{}", "https://app.vivo.com.cn/detail/{}"]


def ip_for(rng: np.random.Generator, kind: str) -> str:
    """Plausible server addresses: mainland CDNs for ordinary sites, Hong Kong and Southeast-Asian hosting for
    the rented servers that fraud sites (and some cheap shops) sit on."""
    if kind == "cn":
        a = int(rng.choice([36, 39, 42, 58, 59, 101, 106, 110, 112, 113, 116, 119, 120, 123, 124, 175, 180, 182,
                            183, 202, 210, 211, 218, 220, 221, 222, 223]))
    elif kind == "hk":
        a = int(rng.choice([43, 103, 45, 154, 156, 206, 38]))
    else:
        a = int(rng.choice([27, 43, 47, 103, 128, 139, 149, 160, 194]))
    return f"{a}.{int(rng.integers(1, 255))}.{int(rng.integers(0, 255))}.{int(rng.integers(1, 254))}"
