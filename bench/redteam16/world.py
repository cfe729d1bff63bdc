"""Jiangsu: cities, cells, the ordinary population (households, work places, contacts), number allocation,
banks, merchants, employers, mainstream web domains and apps."""

from __future__ import annotations

import numpy as np
from core import DAY, OPERATOR, T0, Feed, hexkeys, hour_of, luhn_imei, pick

# name, code, area code (fixed lines), lat, lon, population weight, districts
CITIES = [
    ("Suzhou", "SZ", "512", 31.30, 120.62, 12.9, ["Gusu", "Industrial Park", "Kunshan", "Wujiang", "Changshu", "Zhangjiagang", "Xiangcheng"]),
    ("Nanjing", "NJ", "25", 32.06, 118.80, 9.5, ["Xuanwu", "Gulou", "Jiangning", "Qixia", "Pukou", "Jianye", "Xianlin"]),
    ("Xuzhou", "XZ", "516", 34.26, 117.18, 9.0, ["Yunlong", "Quanshan", "Tongshan", "Pizhou", "Xinyi", "Suining"]),
    ("Nantong", "NT", "513", 31.98, 120.89, 7.7, ["Chongchuan", "Haimen", "Qidong", "Rugao", "Tongzhou"]),
    ("Wuxi", "WX", "510", 31.57, 120.30, 7.5, ["Liangxi", "Binhu", "Xinwu", "Jiangyin", "Yixing"]),
    ("Yancheng", "YC", "515", 33.35, 120.16, 6.7, ["Tinghu", "Yandu", "Dongtai", "Dafeng", "Sheyang"]),
    ("Changzhou", "CZ", "519", 31.81, 119.97, 5.3, ["Tianning", "Wujin", "Xinbei", "Liyang"]),
    ("Suqian", "SQ", "527", 33.96, 118.28, 5.0, ["Sucheng", "Shuyang", "Siyang", "Sihong"]),
    ("Huaian", "HA", "517", 33.61, 119.02, 4.6, ["Qingjiangpu", "Huaiyin", "Lianshui", "Xuyi"]),
    ("Lianyungang", "LYG", "518", 34.60, 119.22, 4.6, ["Haizhou", "Lianyun Port", "Ganyu", "Donghai", "Guanyun"]),
    ("Yangzhou", "YZ", "514", 32.39, 119.42, 4.6, ["Guangling", "Hanjiang", "Jiangdu", "Gaoyou", "Yizheng"]),
    ("Taizhou", "TZ", "523", 32.46, 119.92, 4.5, ["Hailing", "Jiangyan", "Taixing", "Xinghua"]),
    ("Zhenjiang", "ZJ", "511", 32.19, 119.45, 3.2, ["Jingkou", "Runzhou", "Danyang", "Jurong"]),
]
CITY_W = np.array([c[5] for c in CITIES]) / sum(c[5] for c in CITIES)
ZONES = ["residential", "office", "industrial", "campus", "transport", "commercial", "rural"]
ZONE_W = [0.42, 0.13, 0.15, 0.05, 0.03, 0.13, 0.09]

ONNET_PREFIX = [134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 172, 178, 182, 183, 184, 187, 188, 195, 198]
OFFNET_PREFIX = [130, 131, 132, 155, 156, 166, 175, 176, 185, 186, 133, 149, 153, 173, 177, 180, 181, 189, 199, 191]
MVNO_PREFIX = [170, 171, 167]  # virtual operators' ranges
TACS = np.array([86723104, 86891205, 86022406, 35391110, 35466711, 86159403, 86432105, 86677304, 35299212,
                 86935205, 86010906, 86554307, 35881311, 86270408, 86406507, 86118003, 35765012, 86819806])
SIMBOX_TACS = np.array([86233901, 86011202, 35100700])  # GoIP / 8-port and 32-port gateway modules
IOT_TACS = np.array([86587003, 86123407, 86990001])

BANKS = ["ICBC", "CCB", "ABC", "BOC", "BOCOM", "PSBC", "CMB", "Bank of Jiangsu", "Bank of Nanjing",
         "Bank of Suzhou", "Jiangsu Rural Commercial Bank", "China CITIC Bank", "Industrial Bank"]
BANK_W = [16, 15, 13, 9, 8, 9, 6, 8, 5, 4, 5, 1, 1]

# mainstream domains: domain, app package (or ''), weight
DOMAINS = [
    ("weixin.qq.com", "com.tencent.mm", 40), ("qq.com", "com.tencent.mobileqq", 14), ("baidu.com", "com.baidu.searchbox", 22),
    ("taobao.com", "com.taobao.taobao", 20), ("alipay.com", "com.eg.android.AlipayGphone", 18), ("jd.com", "com.jingdong.app.mall", 12),
    ("douyin.com", "com.ss.android.ugc.aweme", 30), ("pinduoduo.com", "com.xunmeng.pinduoduo", 14), ("meituan.com", "com.sankuai.meituan", 12),
    ("ele.me", "me.ele", 6), ("kuaishou.com", "com.smile.gifmaker", 12), ("bilibili.com", "tv.danmaku.bili", 9),
    ("weibo.com", "com.sina.weibo", 8), ("zhihu.com", "com.zhihu.android", 5), ("amap.com", "com.autonavi.minimap", 7),
    ("didiglobal.com", "com.sdu.didi.psnger", 4), ("12306.cn", "com.MobileTicket", 3), ("ctrip.com", "ctrip.android.view", 3),
    ("icbc.com.cn", "com.icbc", 3), ("ccb.com", "com.chinamworld.main", 3), ("abchina.com", "com.android.bankabc", 2),
    ("cmbchina.com", "cmb.pb", 2), ("95516.com", "com.unionpay", 2), ("jszwfw.gov.cn", "", 1.5), ("jiangsu.gov.cn", "", 1),
    ("nanjing.gov.cn", "", 0.6), ("suzhou.gov.cn", "", 0.6), ("chinatax.gov.cn", "cn.gov.tax.its", 0.8), ("10086.cn", "com.greenpoint.android.mc10086.activity", 3),
    ("sina.com.cn", "", 3), ("163.com", "com.netease.newsreader.activity", 4), ("toutiao.com", "com.ss.android.article.news", 9),
    ("xiaohongshu.com", "com.xingin.xhs", 8), ("iqiyi.com", "com.qiyi.video", 5), ("youku.com", "com.youku.phone", 3),
    ("music.163.com", "com.netease.cloudmusic", 4), ("kugou.com", "com.kugou.android", 3), ("dianping.com", "com.dianping.v1", 3),
    ("58.com", "com.wuba", 2), ("zhaopin.com", "com.zhaopin.social", 1), ("ke.com", "com.lianjia.beike", 1.5), ("cnki.net", "", 0.8),
    ("chsi.com.cn", "", 0.5), ("js.chinamobile.com", "", 1), ("mi.com", "com.xiaomi.market", 1.5), ("huawei.com", "com.huawei.appmarket", 2),
    ("apple.com", "", 2), ("xuexi.cn", "cn.xuexi.android", 2), ("people.com.cn", "", 1), ("yangtse.com", "", 0.7),
    ("longhoo.net", "", 0.5), ("jschina.com.cn", "", 0.5), ("12345.suzhou.gov.cn", "", 0.3), ("hicorenational.com", "com.hicorenational.antifraud", 0.4),
    ("sf-express.com", "com.sf.activity", 1.5), ("cainiao.com", "com.cainiao.wireless", 2), ("tmall.com", "com.tmall.wireless", 4),
    ("vip.com", "com.achievo.vipshop", 1), ("dewu.com", "com.shizhuang.duapp", 1.2), ("gaode.com", "", 0.5), ("hupu.com", "com.hupu.games", 0.8),
    ("qidian.com", "com.qidian.QDReader", 1), ("fanqienovel.com", "com.dragon.read", 3), ("wps.cn", "cn.wps.moffice_eng", 1),
    ("dingtalk.com", "com.alibaba.android.rimet", 3), ("feishu.cn", "com.ss.android.lark", 0.6), ("meeting.tencent.com", "com.tencent.wemeet.app", 0.8),
]
APPS_EXTRA = ["com.oray.sunlogin.application", "youqu.android.todesk", "com.tencent.wemeet.app", "com.hicorenational.antifraud",
              "com.jiangsu.jszwfw", "com.ss.android.ugc.aweme.lite", "com.tencent.qqlive", "com.baidu.netdisk"]


class Alloc:
    """Unique numbers and device ids across the whole province (msisdn, IMSI, IMEI)."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.used: set[int] = set()

    def _unique(self, draw) -> np.ndarray:
        out = draw()
        while True:
            u, first = np.unique(out, return_index=True)
            dup = np.ones(out.size, bool)
            dup[first] = False
            dup |= np.fromiter((x in self.used for x in out.tolist()), bool, out.size)
            if not dup.any():
                break
            out[dup] = draw()[: dup.sum()] if dup.sum() <= out.size else draw()
        self.used.update(out.tolist())
        return out

    def mobile(self, n: int, prefixes=ONNET_PREFIX) -> np.ndarray:
        if n == 0:
            return np.zeros(0, np.int64)
        pre = np.asarray(prefixes)
        return self._unique(lambda: (86_000 + self.rng.choice(pre, n).astype(np.int64)) * 10**8
                            + self.rng.integers(0, 10**8, n))

    def fixed(self, n: int, area: str) -> np.ndarray:
        digits = 8 if len(area) <= 3 else 7
        base = int("86" + area) * 10**digits
        lo = 2 * 10 ** (digits - 1)  # local numbers start with 2-8
        return self._unique(lambda: base + self.rng.integers(lo, 9 * 10 ** (digits - 1), n))

    def imsi(self, n: int) -> np.ndarray:
        return self._unique(lambda: 460_00 * 10**10 + self.rng.integers(10**9, 10**10, n)
                            + 10**10 * self.rng.choice([0, 2, 7], n))

    def imei(self, n: int, tacs=TACS) -> np.ndarray:
        return self._unique(lambda: luhn_imei(self.rng, n, tacs))


class World:
    """The province: cells, people and their numbers, contacts, money and web background."""

    def __init__(self, rng: np.random.Generator, n_people: int):
        self.rng = rng
        self.alloc = Alloc(rng)
        self._cells(max(300, n_people // 14))
        self.feed = Feed(list(self.cell_name))
        self.feed.add("cells", cell=self.cell_name.astype(object), lat=self.cell_lat, lon=self.cell_lon,
                      region=self.cell_region.astype(object), site_type=self.cell_site.astype(object))
        self._people(n_people)
        self._offnet(int(n_people * 0.9))
        self._contacts()
        self._businesses()
        self._bank()
        self.internet_accounts()

    # ---- cells -----------------------------------------------------------------------------------------------
    def _cells(self, n: int) -> None:
        rng = self.rng
        city = rng.choice(len(CITIES), n, p=CITY_W)
        city[: len(CITIES)] = np.arange(len(CITIES))
        zone = rng.choice(len(ZONES), n, p=ZONE_W)
        # every city has at least one cell of every zone
        k = len(CITIES) * len(ZONES)
        city[:k] = np.repeat(np.arange(len(CITIES)), len(ZONES))
        zone[:k] = np.tile(np.arange(len(ZONES)), len(CITIES))
        dist = np.array([rng.integers(0, len(CITIES[c][6])) for c in city])
        lat0 = np.array([CITIES[c][3] for c in city])
        lon0 = np.array([CITIES[c][4] for c in city])
        spread = np.where(zone == 6, 0.35, 0.12)
        self.cell_city, self.cell_zone = city, zone
        self.cell_lat = np.round(lat0 + rng.normal(0, 1, n) * spread, 5)
        self.cell_lon = np.round(lon0 + rng.normal(0, 1, n) * spread, 5)
        code = [CITIES[c][1] for c in city]
        enb = rng.permutation(np.arange(100000, 100000 + n))
        self.cell_name = np.array([f"46000-{code[i]}-{enb[i]}-{rng.integers(1, 4)}" for i in range(n)])
        self.cell_region = np.array([f"{CITIES[c][0]}/{CITIES[c][6][d]}" for c, d in zip(city, dist, strict=True)])
        site = np.where(np.isin(zone, [1, 5, 4]), rng.choice(3, n, p=[0.45, 0.4, 0.15]), rng.choice(3, n, p=[0.85, 0.05, 0.1]))
        self.cell_site = np.array(["macro", "indoor", "small"])[site]
        self.cells_by = {(c, z): np.flatnonzero((city == c) & (zone == z)) for c in range(len(CITIES)) for z in range(len(ZONES))}

    def cell_in(self, city: np.ndarray, zone, n: int | None = None) -> np.ndarray:
        """A random cell of the given zone(s) in each city."""
        city = np.asarray(city)
        zones = np.atleast_1d(zone)
        z = zones[self.rng.integers(0, zones.size, city.size)]
        out = np.empty(city.size, np.int64)
        for key in set(zip(city.tolist(), z.tolist(), strict=True)):
            m = (city == key[0]) & (z == key[1])
            cand = self.cells_by[key]
            out[m] = cand[self.rng.integers(0, cand.size, m.sum())]
        return out

    # ---- people ----------------------------------------------------------------------------------------------
    def _people(self, n: int) -> None:
        rng = self.rng
        self.n = n
        city = np.sort(rng.choice(len(CITIES), n, p=CITY_W))
        # age class: 0 child 10-15, 1 student 16-24, 2 young 25-39, 3 middle 40-59, 4 elderly 60+
        age = rng.choice(5, n, p=[0.06, 0.14, 0.30, 0.30, 0.20])
        # occupation: 0 school, 1 university, 2 office, 3 factory day, 4 factory shift, 5 shop/service,
        # 6 farmer, 7 self-employed, 8 home/unemployed, 9 retired
        occ = np.full(n, 8)
        occ[age == 0] = 0
        s = age == 1
        occ[s] = rng.choice([0, 1, 3, 5], s.sum(), p=[0.25, 0.55, 0.1, 0.1])
        w = (age == 2) | (age == 3)
        occ[w] = rng.choice([2, 3, 4, 5, 6, 7, 8], w.sum(), p=[0.32, 0.2, 0.12, 0.13, 0.08, 0.09, 0.06])
        e = age == 4
        occ[e] = rng.choice([9, 6, 5], e.sum(), p=[0.8, 0.15, 0.05])
        self.city, self.age, self.occ = city, age, occ
        self.city_lo = np.searchsorted(city, np.arange(len(CITIES)))
        self.city_hi = np.searchsorted(city, np.arange(len(CITIES)), "right")
        empty = self.city_hi == self.city_lo
        self.city_lo[empty], self.city_hi[empty] = 0, n
        # households: consecutive people of one city, sizes 1-5
        sizes = rng.choice([1, 2, 3, 4, 5], n, p=[0.18, 0.3, 0.28, 0.16, 0.08])
        hh = np.repeat(np.arange(n), sizes)[:n]
        # a household never spans two cities: start a new one where the city changes
        new = np.r_[True, (hh[1:] != hh[:-1]) | (city[1:] != city[:-1])]
        self.hh = np.cumsum(new) - 1
        n_hh = self.hh[-1] + 1
        hh_city = city[new]
        rural = rng.random(n_hh) < 0.2
        hh_home = np.where(rural, self.cell_in(hh_city, 6), self.cell_in(hh_city, 0))
        self.home = hh_home[self.hh]
        zone_for = {0: [0, 5], 1: [3], 2: [1, 5], 3: [2], 4: [2], 5: [5, 4], 6: [6], 7: [5, 1], 8: [0], 9: [0]}
        self.work = self.home.copy()
        for o, zs in zone_for.items():
            m = occ == o
            if o in (8, 9, 6):
                continue
            self.work[m] = self.cell_in(city[m], zs)
        # workplace teams: people sharing a work cell, in teams of about 12
        order = np.lexsort((rng.random(n), self.work))
        team = np.empty(n, np.int64)
        team[order] = np.cumsum(np.r_[True, (self.work[order][1:] != self.work[order][:-1])
                                      | (rng.random(n - 1) < 1 / 12)]) - 1
        team[np.isin(occ, [6, 8, 9])] = -1
        self.team = team
        # identity documents: adults own one; children's cards sit on a parent's document
        keys = hexkeys(rng, n, "id")
        first_adult = np.full(n_hh, -1)
        adult = age >= 2
        idx = np.flatnonzero(adult)
        first_adult[self.hh[idx[::-1]]] = idx[::-1]
        own = (age >= 1) | (first_adult[self.hh] < 0)
        holder = np.where(own, np.arange(n), first_adult[self.hh])
        # a share of the elderly have their card on a grown-up child's document (children set it up)
        self.id_key = keys[holder]
        fa = first_adult[self.hh]
        m = (age == 4) & (rng.random(n) < 0.1) & (fa >= 0) & (fa != np.arange(n))
        self.id_key[m] = keys[fa[m]]
        self.msisdn = self.alloc.mobile(n)
        self.imsi = self.alloc.imsi(n)
        self.imei = self.alloc.imei(n)
        years = rng.exponential(5.0, n).clip(0.3, 19)
        self.open_time = (T0 - years * 365 * DAY).astype(np.int64)
        self.prepaid = rng.random(n) < np.where(age <= 1, 0.5, 0.25)
        base = {0: 0.6, 1: 2.0, 2: 3.2, 3: 2.8, 4: 1.6}
        self.activity = np.minimum(np.array([base[a] for a in range(5)])[age] * rng.lognormal(0, 0.55, n), 11.0)
        self.profile = np.where(occ == 4, "night_shift", np.where(age == 4, "elderly", np.where(age <= 1, "student", "day")))
        self.feed.add("subscribers", msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_key,
                      id_type="resident_id", customer_type="personal", line_type="mobile", operator=OPERATOR,
                      open_time=self.open_time, open_channel=pick(rng, [f"{CITIES[c][1]}-HALL-{i:03d}" for c in range(13) for i in range(6)], n),
                      open_cell=self.home, status="active", is_prepaid=self.prepaid,
                      home_region=np.array([CITIES[c][0] for c in range(len(CITIES))], object)[city])
        self.gone = np.full(n, 99)  # day from which a person's card is no longer theirs (sold to a gang)

    def where(self, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        """The cell of people ``p`` at times ``t``: work cell in their working hours, otherwise home (and
        now and then a random commercial cell of their city)."""
        p = np.asarray(p)
        h = hour_of(t)
        o = self.occ[p]
        at_work = np.where(o == 4, (h >= 20) | (h < 8), (h >= 8) & (h < 18))
        at_work &= ~np.isin(o, [6, 8, 9])
        cell = np.where(at_work, self.work[p], self.home[p])
        out = self.rng.random(p.size) < 0.12
        if out.any():
            cell[out] = self.cell_in(self.city[p[out]], [5, 4])
        return cell

    # ---- other operators' numbers ------------------------------------------------------------------------------
    def _offnet(self, m: int) -> None:
        self.offnet = self.alloc.mobile(m, OFFNET_PREFIX)

    # ---- contacts --------------------------------------------------------------------------------------------
    def _contacts(self) -> None:
        """Weighted contact graph over people (0..n-1) and other operators' numbers (n..n+m-1)."""
        rng, n = self.rng, self.n
        us, vs, ws = [], [], []
        # household: everyone with everyone, strong
        order = np.argsort(self.hh, kind="stable")
        h = self.hh[order]
        for k in range(1, 5):
            same = h[k:] == h[:-k]
            us.append(order[k:][same])
            vs.append(order[:-k][same])
            ws.append(np.full(same.sum(), 6.0))
        # extended family: each household linked to 1-2 others (40% in another city: migrants' parents)
        n_hh = self.hh.max() + 1
        rep = np.zeros(n_hh, np.int64)
        rep[self.hh[::-1]] = np.arange(n)[::-1]
        for _ in range(2):
            a = rng.permutation(n_hh)[: n_hh // 2]
            far = rng.random(a.size) < 0.4
            b = np.where(far, rng.integers(0, n_hh, a.size), np.clip(a + rng.integers(-30, 30, a.size), 0, n_hh - 1))
            ok = a != b
            us.append(rep[a[ok]])
            vs.append(rep[b[ok]])
            ws.append(np.full(ok.sum(), 3.0))
        # colleagues
        t = self.team
        has = np.flatnonzero(t >= 0)
        order = has[np.argsort(t[has], kind="stable")]
        tt = t[order]
        for k in range(1, 7):
            same = tt[k:] == tt[:-k]
            us.append(order[k:][same])
            vs.append(order[:-k][same])
            ws.append(np.full(same.sum(), 1.5))
        # friends: mostly same city (people are sorted by city)
        k = n * 3
        a = rng.integers(0, n, k)
        far = rng.random(k) < 0.15
        b = np.where(far, rng.integers(0, n, k), np.clip(a + rng.integers(-400, 400, k), 0, n - 1))
        ok = a != b
        us.append(a[ok])
        vs.append(b[ok])
        ws.append(rng.uniform(0.3, 1.5, ok.sum()))
        u = np.concatenate(us)
        v = np.concatenate(vs)
        w = np.concatenate(ws)
        # other operators' numbers: 6-14 per person, some shared (friends on another network)
        m = self.offnet.size
        k = rng.integers(6, 15, n)
        a = np.repeat(np.arange(n), k)
        b = n + np.where(rng.random(a.size) < 0.7, (a * 0.9 + rng.integers(-300, 300, a.size)).astype(np.int64).clip(0, m - 1),
                         rng.integers(0, m, a.size))
        src = np.concatenate([u, v, a])
        dst = np.concatenate([v, u, b])
        wt = np.concatenate([w, w, rng.uniform(0.3, 2.0, a.size)])
        order = np.lexsort((dst, src))
        src, dst, wt = src[order], dst[order], wt[order]
        keep = np.r_[True, (src[1:] != src[:-1]) | (dst[1:] != dst[:-1])]
        src, dst, wt = src[keep], dst[keep], wt[keep]
        self.c_ptr = np.searchsorted(src, np.arange(n + 1))
        self.c_dst, self.c_cum = dst, np.cumsum(wt)
        self.c_start = np.r_[0.0, self.c_cum][self.c_ptr[:-1]]
        self.c_tot = self.c_cum[self.c_ptr[1:] - 1] - self.c_start
        self.deg = np.diff(self.c_ptr)
        # reverse view for other operators' numbers calling in: a person per contact edge into off-net
        offm = dst >= n
        self.off_edges = (src[offm], dst[offm] - n)

    def contact(self, p: np.ndarray, family_boost: bool = False) -> np.ndarray:
        """A weighted random contact of each person (index >= n means an other operator's number)."""
        r = self.rng.random(p.size)
        if family_boost:
            r = r ** 2  # household edges sort first by index proximity only weakly; this just skews choice
        x = self.c_start[p] + r * self.c_tot[p]
        return self.c_dst[np.minimum(np.searchsorted(self.c_cum, x, "right"), self.c_ptr[p + 1] - 1)]

    def number(self, node: np.ndarray) -> np.ndarray:
        node = np.asarray(node)
        return np.where(node < self.n, self.msisdn[np.minimum(node, self.n - 1)], self.offnet[np.clip(node - self.n, 0, None)])

    # ---- businesses (fixed lines), employers, merchants ---------------------------------------------------------
    def _businesses(self) -> None:
        rng = self.rng
        nb = max(60, self.n // 45)
        self.biz_city = rng.choice(len(CITIES), nb, p=CITY_W)
        self.biz_cell = self.cell_in(self.biz_city, [5, 1])
        self.biz_key = hexkeys(rng, nb, "bl")
        self.biz_kind = pick(rng, ["restaurant", "clinic", "hardware", "school", "property", "hotel", "garage", "pharmacy"], nb)
        nums = np.concatenate([self.alloc.fixed(1, CITIES[c][2]) for c in self.biz_city])
        self.biz_line = nums
        self.feed.add("subscribers", msisdn=nums, id_key=self.biz_key, id_type="business_license",
                      customer_type="enterprise", line_type="fixed", operator=OPERATOR,
                      open_time=(T0 - rng.uniform(1, 15, nb) * 365 * DAY).astype(np.int64),
                      open_channel="ENTERPRISE", open_cell=self.biz_cell, status="active", is_prepaid=False,
                      home_region=np.array([CITIES[c][0] for c in self.biz_city], object))

    def _bank(self) -> None:
        rng, n = self.rng, self.n
        k = np.where(self.age == 0, 0, np.where(self.age == 1, rng.choice([0, 1, 2], n, p=[.3, .55, .15]),
                                                 rng.choice([0, 1, 2, 3], n, p=[.08, .42, .35, .15])))
        owner = np.repeat(np.arange(n), k)
        acc = hexkeys(rng, owner.size, "ac")
        self.acct_owner, self.acct_id = owner, acc
        first = np.full(n, -1)
        first[owner[::-1]] = np.arange(owner.size)[::-1]
        self.main_acct = first  # index into acct arrays, -1 none
        opened = np.maximum(self.open_time[owner] - rng.integers(0, 3 * 365, owner.size) * DAY, T0 - 20 * 365 * DAY)
        self.feed.add("bank_accounts", account_id=acc, id_key=self.id_key[owner], bank=pick(rng, BANKS, owner.size, BANK_W),
                      open_time=opened, bound_msisdn=self.msisdn[owner], status="active")
        # merchants: shops, markets, canteens; employers; utilities
        nm = max(200, n // 25)
        self.merchant = hexkeys(rng, nm, "mc")
        self.merchant_city = rng.choice(len(CITIES), nm, p=CITY_W)
        self.merchant_w = rng.pareto(1.3, nm) + 0.2
        self.feed.add("bank_accounts", account_id=self.merchant, id_key=hexkeys(rng, nm, "bl"), bank=pick(rng, BANKS, nm, BANK_W),
                      open_time=(T0 - rng.uniform(0.5, 12, nm) * 365 * DAY).astype(np.int64), status="active")
        teams = np.unique(self.team[self.team >= 0])
        self.employer_of_team = hexkeys(rng, teams.max() + 1 if teams.size else 1, "em")
        self.payday = rng.choice([0, 5, 10, 15], teams.max() + 1 if teams.size else 1)  # day index 0=5th, 5=10th, 10=15th
        used = np.unique(self.team[self.team >= 0])
        self.feed.add("bank_accounts", account_id=self.employer_of_team[used], id_key=hexkeys(rng, used.size, "bl"),
                      bank=pick(rng, BANKS, used.size, BANK_W), open_time=(T0 - rng.uniform(1, 20, used.size) * 365 * DAY).astype(np.int64),
                      status="active")
        self.utilities = np.array(["ut_stategrid_js", "ut_water_js", "ut_gas_js", "ut_cmcc_js", "ut_pension_js", "ut_tax_js"], object)
        self.feed.add("bank_accounts", account_id=self.utilities, id_key=hexkeys(rng, 6, "gov"), bank="ICBC",
                      open_time=T0 - 20 * 365 * DAY, status="active")

    def new_accounts(self, owner_key: np.ndarray, msisdn: np.ndarray, open_time: np.ndarray, prefix: str = "ac",
                     banks=None) -> np.ndarray:
        """Open bank accounts for the given holders (ID keys) and return their ids."""
        n = len(owner_key)
        acc = hexkeys(self.rng, n, prefix)
        self.feed.add("bank_accounts", account_id=acc, id_key=np.asarray(owner_key, object),
                      bank=pick(self.rng, banks or BANKS, n, None if banks else BANK_W), open_time=open_time,
                      bound_msisdn=msisdn, status="active")
        return acc

    def internet_accounts(self) -> None:
        rng, n = self.rng, self.n
        plats = ["wechat", "alipay", "taobao", "douyin", "qq", "jd", "meituan", "pinduoduo", "kuaishou", "weibo", "xiaohongshu", "bilibili"]
        p = np.array([0.97, 0.85, 0.7, 0.6, 0.5, 0.45, 0.5, 0.5, 0.3, 0.2, 0.18, 0.15])
        has = rng.random((n, len(plats))) < p * np.where(self.age == 4, 0.5, 1.0)[:, None] * np.where(self.age == 0, 0.4, 1)[:, None]
        who, plat = np.nonzero(has)
        reg = np.maximum(self.open_time[who], T0 - 12 * 365 * DAY) + (rng.random(who.size) * np.maximum(T0 - 20 * DAY - np.maximum(self.open_time[who], T0 - 12 * 365 * DAY), DAY)).astype(np.int64)
        self.feed.add("internet_accounts", platform=np.asarray(plats, object)[plat], account=hexkeys(rng, who.size, "u"),
                      msisdn=self.msisdn[who], register_time=reg, status="active")

    # ---- helpers for look-alikes and gangs --------------------------------------------------------------------
    def new_sims(self, n: int, city, *, open_time, id_key=None, id_type="resident_id", customer_type="personal",
                 line_type="mobile", prepaid=False, channel="HALL", status="active", status_time=None,
                 prefixes=ONNET_PREFIX, imei_tacs=TACS, with_imei=True, cell=None):
        """Subscribers for special actors: returns (msisdn, imsi, imei, id_key, home cell)."""
        rng = self.rng
        city = np.broadcast_to(np.asarray(city), (n,)).copy()
        msisdn = self.alloc.mobile(n, prefixes)
        imsi = self.alloc.imsi(n)
        imei = self.alloc.imei(n, imei_tacs) if with_imei else np.full(n, -1)
        keys = hexkeys(rng, n, "id") if id_key is None else np.broadcast_to(np.asarray(id_key, object), (n,))
        home = self.cell_in(city, [0, 5]) if cell is None else np.broadcast_to(np.asarray(cell), (n,))
        self.feed.add("subscribers", msisdn=msisdn, imsi=imsi, id_key=keys, id_type=id_type, customer_type=customer_type,
                      line_type=line_type, operator=OPERATOR, open_time=np.broadcast_to(np.asarray(open_time, np.int64), (n,)),
                      open_channel=np.broadcast_to(np.asarray(channel, object), (n,)), open_cell=home,
                      status=np.broadcast_to(np.asarray(status, object), (n,)),
                      status_time=None if status_time is None else np.broadcast_to(np.asarray(status_time, np.int64), (n,)),
                      is_prepaid=np.broadcast_to(np.asarray(prepaid), (n,)),
                      home_region=np.array([CITIES[c][0] for c in city], object))
        return msisdn, imsi, imei, np.asarray(keys, object), home

    def strangers(self, n: int, *, ages=None, cities=None, occ=None) -> np.ndarray:
        """Random people (indices), optionally restricted by age class, city or occupation."""
        m = np.ones(self.n, bool)
        if ages is not None:
            m &= np.isin(self.age, ages)
        if cities is not None:
            m &= np.isin(self.city, cities)
        if occ is not None:
            m &= np.isin(self.occ, occ)
        pool = np.flatnonzero(m)
        return pool[self.rng.integers(0, pool.size, n)]
