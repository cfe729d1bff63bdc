"""The ordinary province: subscribers, their social graph and their everyday calls, messages, data, web, apps,
platform accounts, bank accounts and payments; plus the building blocks (phones, schedules, call campaigns,
payments) that the gangs and the look-alikes are made of."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from core import (
    DAY,
    DAYS,
    END,
    OPERATOR,
    REGIONS,
    RNAME,
    START,
    TAC_FEATURE,
    TAC_PHONE,
    YEAR,
    Numbers,
    Records,
    V,
    build_geo,
    day0,
    hexkeys,
    local_hour,
    sample_tod,
    weekday,
)

# occupations
STUDENT, WORKER, FARMER, OFFICE, CIVIL, RETIREE, BUSINESS = range(7)

BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "中国邮政储蓄银行", "广西农村信用社", "桂林银行",
         "柳州银行", "广西北部湾银行", "交通银行"]
BANK_W = np.array([14, 16, 14, 8, 12, 20, 5, 3, 4, 4], float)
BANK_HOTLINE = [95588, 95599, 95533, 95566, 95580, 96288, 96299, 96289, 96288, 95559]
BANK_SHORT = ["工商银行", "农业银行", "建设银行", "中国银行", "邮储银行", "广西农信", "桂林银行", "柳州银行",
              "北部湾银行", "交通银行"]

# app catalogue: package, install probability for a smartphone, store
APPS = [
    ("com.tencent.mm", .97), ("com.eg.android.AlipayGphone", .85), ("com.ss.android.ugc.aweme", .62),
    ("com.taobao.taobao", .5), ("com.xunmeng.pinduoduo", .48), ("com.tencent.mobileqq", .42),
    ("com.sankuai.meituan", .4), ("com.smile.gifmaker", .26), ("com.jingdong.app.mall", .3),
    ("com.autonavi.minimap", .45), ("com.sdu.didi.psnger", .25), ("com.tencent.qqmusic", .3),
    ("com.ss.android.article.news", .28), ("com.icbc", .2), ("com.chinamworld.main", .18),
    ("com.android.bankabc", .22), ("cn.gov.tax.its", .15), ("com.tmri.app.main", .2),  # 交管12123
    ("cn.gov.gxzf.igx", .2),  # 爱广西
    ("com.hicorenational.antifraud", .3),  # 国家反诈中心
    ("com.MobileTicket", .25), ("com.tencent.wework", .1), ("com.ctrip.ct", .12), ("tv.danmaku.bili", .15),
]
APP_PKG = [a[0] for a in APPS]
APP_P = np.array([a[1] for a in APPS])

# web domains: domain, weight, app package (or None), IPs
DOMAINS = [
    ("weixin.qq.com", 20, "com.tencent.mm"), ("mp.weixin.qq.com", 12, "com.tencent.mm"),
    ("www.baidu.com", 10, None), ("m.taobao.com", 8, "com.taobao.taobao"),
    ("mobile.yangkeduo.com", 6, "com.xunmeng.pinduoduo"), ("www.douyin.com", 9, "com.ss.android.ugc.aweme"),
    ("api.amemv.com", 7, "com.ss.android.ugc.aweme"), ("www.qq.com", 4, "com.tencent.mobileqq"),
    ("i.meituan.com", 4, "com.sankuai.meituan"), ("m.jd.com", 4, "com.jingdong.app.mall"),
    ("www.gxnews.com.cn", 2, None), ("www.gxzf.gov.cn", 1, "cn.gov.gxzf.igx"), ("www.nanning.gov.cn", .6, None),
    ("www.12306.cn", 1.2, "com.MobileTicket"), ("www.bilibili.com", 3, "tv.danmaku.bili"),
    ("render.alipay.com", 5, "com.eg.android.AlipayGphone"), ("m.ctrip.com", 1, "com.ctrip.ct"),
    ("www.kuaishou.com", 3, "com.smile.gifmaker"), ("m.amap.com", 2, "com.autonavi.minimap"),
    ("www.toutiao.com", 3, "com.ss.android.article.news"), ("www.guilin.gov.cn", .3, None),
    ("www.gxu.edu.cn", .3, None), ("www.gxnu.edu.cn", .3, None), ("m.gxrcb.com", .4, None),
    ("www.icbc.com.cn", .5, "com.icbc"), ("y.qq.com", 2, "com.tencent.qqmusic"),
]

PLATFORMS = [("wechat", .97), ("alipay", .85), ("douyin", .6), ("taobao", .5), ("qq", .42), ("pinduoduo", .45),
             ("kuaishou", .25), ("meituan", .38)]
A2P = {  # sender short codes of service messages
    "wechat": 10690700367, "alipay": 10690595588, "taobao": 10690581, "douyin": 1069065966,
    "pdd": 106905001, "meituan": 106980095, "cainiao": 1069095003, "jd": 10690118, "12306": 12306,
    "10086": 10086, "12123": 1069012123,
}


@dataclass
class Phones:
    """A set of phones (card + handset + where it is)."""

    msisdn: np.ndarray
    imsi: np.ndarray
    imei: np.ndarray
    cells: np.ndarray       # (n, k) cell indices the phone is seen in (-1 when abroad)
    roam: np.ndarray        # country code or None per phone

    def __len__(self):
        return len(self.msisdn)

    def take(self, idx):
        return Phones(self.msisdn[idx], self.imsi[idx], self.imei[idx], self.cells[idx], self.roam[idx])


class World:
    def __init__(self, seed: int, n: int):
        self.rng = np.random.default_rng(seed)
        self.recs = Records()
        self.nums = Numbers(self.rng)
        self.geo = build_geo(self.rng, n)
        g = self.geo
        self.cc = g.cell_code
        lens = np.array([len(c) for c in g.region_cells])
        self.rc_flat = np.concatenate(g.region_cells)
        self.rc_start = np.concatenate([[0], np.cumsum(lens)[:-1]])
        self.rc_len = lens
        self.stores = {ri: [f"GX{REGIONS[ri][1]}-{k:03d}" for k in range(1, 31)] for ri in range(len(REGIONS))}
        self.reg_msisdn: list[np.ndarray] = []   # phones outside the population, for callee cells
        self.reg_cell: list[np.ndarray] = []
        self.truth_rows = []
        self.events = []
        self.victim_set = np.zeros(0, np.int64)
        self.summary_gangs: dict = {}
        self.build_population(n)

    # ------------------------------------------------------------------------------------------- geography
    def rand_cell(self, region):
        region = np.asarray(region)
        u = self.rng.random(region.shape)
        return self.rc_flat[self.rc_start[region] + (u * self.rc_len[region]).astype(np.int64)]

    def place(self, name, n=None):
        c = self.geo.place_cells[name]
        if n is None:
            return c
        return c[self.rng.integers(0, len(c), n)]

    # ------------------------------------------------------------------------------------------- population
    def build_population(self, n):
        rng = self.rng
        w = np.array([r[4] for r in REGIONS])
        n_sec = int(n * 0.05)
        n_pri = n - n_sec
        self.N = n
        self.n_pri = n_pri
        region = rng.choice(len(REGIONS), n_pri, p=w / w.sum())
        age = np.clip(rng.choice([20, 30, 40, 50, 60, 70, 80], n_pri, p=[.16, .2, .19, .18, .14, .09, .04])
                      + rng.integers(-2, 10, n_pri), 18, 92)
        occ = np.full(n_pri, WORKER)
        u = rng.random(n_pri)
        occ[(age < 24) & (u < .6)] = STUDENT
        occ[(age >= 24) & (age < 60) & (u < .25)] = FARMER
        occ[(age >= 24) & (age < 60) & (u >= .25) & (u < .45)] = OFFICE
        occ[(age >= 24) & (age < 60) & (u >= .45) & (u < .55)] = CIVIL     # teachers, civil servants
        occ[(age >= 24) & (age < 60) & (u >= .55) & (u < .65)] = BUSINESS
        occ[age >= 60] = RETIREE
        home = self.rand_cell(region)
        work = np.where((occ == RETIREE) | (occ == FARMER), home, self.rand_cell(region))
        smart = ~(((age >= 70) & (rng.random(n_pri) < .4)) | ((age >= 60) & (age < 70) & (rng.random(n_pri) < .12)))
        # secondary SIMs share the handset, holder and places of a primary
        owner = rng.choice(np.flatnonzero(smart & (age < 60)), n_sec, replace=False)
        self.owner = np.concatenate([np.arange(n_pri), owner])
        self.region = region[self.owner]
        self.age = age[self.owner]
        self.occ = occ[self.owner]
        self.home = home[self.owner]
        self.work = work[self.owner]
        self.smart = smart[self.owner]
        self.secondary = np.arange(n) >= n_pri
        self.msisdn = self.nums.mobile(n)
        self.imsi = self.nums.imsi(n)
        imei_p = np.where(smart, self.nums.imei(n_pri, TAC_PHONE), self.nums.imei(n_pri, TAC_FEATURE))
        self.imei = imei_p[self.owner]
        ids = hexkeys(rng, n_pri, "id")
        # 4% of cards are held on a relative's document (parents for students, children for the elderly)
        fam = rng.random(n_pri) < .04
        rel = np.clip(np.arange(n_pri) + rng.integers(-50, 50, n_pri), 0, n_pri - 1)
        idk = np.where(fam, ids[rel], ids)
        self.id_key = V.ids(idk)[self.owner]
        self.id_own = V.ids(ids)  # the person's own document, by primary index
        # card age: most cards are years old
        u = rng.random(n)
        ago = np.where(u < .72, rng.uniform(2 * YEAR, 16 * YEAR, n),
                       np.where(u < .92, rng.uniform(180 * DAY, 2 * YEAR, n),
                                np.where(u < .985, rng.uniform(30 * DAY, 180 * DAY, n), rng.uniform(DAY, 30 * DAY, n))))
        ago[self.secondary] = rng.uniform(20 * DAY, 4 * YEAR, n_sec)
        self.open_time = (START - ago).astype(np.int64)
        # a few cards open during the period (new customers)
        newc = rng.random(n) < .004
        self.open_time[newc] = START + rng.integers(0, DAYS * DAY, newc.sum())
        lam = rng.lognormal(np.log(2.0), .6, n) * np.select(
            [self.occ == BUSINESS, self.occ == RETIREE, self.occ == STUDENT, self.occ == FARMER], [1.8, .55, .8, .7], 1.)
        lam[self.secondary] *= .2
        self.lam = lam
        # trips: tourists to Guilin/Yangshuo and Beihai, family visits
        trip = (rng.random(n) < .07) & ~self.secondary
        dest = np.where(rng.random(n) < .35, 2, np.where(rng.random(n) < .3, 4, rng.integers(0, 14, n)))
        self.trip_start = np.where(trip, START + rng.integers(0, DAYS, n) * DAY + rng.integers(6, 14, n) * 3600, -1)
        self.trip_end = np.where(trip, self.trip_start + rng.integers(1, 4, n) * DAY, -1)
        ys = self.place("yangshuo", n)
        self.trip_cell = np.where((dest == 2) & (rng.random(n) < .5), ys, self.rand_cell(dest))
        self.trip_region = dest
        self.used = np.zeros(n, bool)       # taken by a gang or a look-alike role
        self.is_victim = np.zeros(n, bool)
        self.abroad = np.zeros(n, bool)     # working abroad for the whole period (their life is written apart)
        inst = (rng.random((n, len(APP_PKG))) < APP_P[None, :]) & self.smart[:, None]
        inst[:, 0] |= self.smart
        self.installed = inst
        self.domain_ips = {d[0]: [f"{rng.integers(36, 223)}.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{k}"
                                  for k in rng.integers(2, 250, 3).tolist()] for d in DOMAINS}
        self.pop_sorted = np.argsort(self.msisdn)
        # subscriber rows
        store = np.array([self.stores[r][k] for r, k in zip(self.region.tolist(), rng.integers(0, 30, n).tolist(),
                                                             strict=True)], dtype=object)
        self.recs.add("subscribers", msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_key, id_type="resident_id",
                      customer_type="personal", line_type="mobile", operator=OPERATOR, open_time=self.open_time,
                      open_channel=store, open_cell=self.cc[self.rand_cell(self.region)], status="active",
                      is_prepaid=rng.random(n) < .35, home_region=np.array(RNAME, dtype=object)[self.region])
        self.build_graph()
        self.build_businesses()
        self.build_banks()

    def node_of(self, msisdn):
        """Population index of each number, -1 when not a population card."""
        msisdn = np.asarray(msisdn, np.int64)
        pos = np.searchsorted(self.msisdn, msisdn, sorter=self.pop_sorted)
        pos = np.clip(pos, 0, self.N - 1)
        idx = self.pop_sorted[pos]
        return np.where(self.msisdn[idx] == msisdn, idx, -1)

    def cell_at(self, node, t):
        """Where population card ``node`` is at time ``t`` (cell index)."""
        node = np.asarray(node)
        t = np.asarray(t)
        h = local_hour(t)
        wd = weekday((t - START) // DAY)
        at_work = (h >= 9) & (h < 18) & (wd < 5)
        c = np.where(at_work, self.work[node], self.home[node])
        errand = self.rng.random(node.shape) < .1
        c = np.where(errand, self.rand_cell(self.region[node]), c)
        trip = (t >= self.trip_start[node]) & (t < self.trip_end[node])
        c = np.where(trip, np.where(self.rng.random(node.shape) < .6, self.trip_cell[node],
                                    self.rand_cell(self.trip_region[node])), c)
        return c

    def pick(self, n, mask=None, p=None):
        """n unused population cards (marked used)."""
        ok = ~self.used & ~self.is_victim
        if mask is not None:
            ok &= mask
        cand = np.flatnonzero(ok)
        n = min(n, cand.size)
        if p is not None:
            w = p[cand] / p[cand].sum()
            sel = self.rng.choice(cand, n, replace=False, p=w)
        else:
            sel = self.rng.choice(cand, n, replace=False)
        self.used[sel] = True
        return np.sort(sel)

    def pop_phones(self, nodes) -> Phones:
        cells = np.stack([self.home[nodes], self.work[nodes]], axis=1)
        return Phones(self.msisdn[nodes], self.imsi[nodes], self.imei[nodes], cells,
                      np.full(len(nodes), None, dtype=object))

    # ------------------------------------------------------------------------------------------- social graph
    def build_graph(self):
        rng = self.rng
        n = self.N
        m = int(n * .7)
        self.M = m
        self.off_msisdn = np.concatenate([self.nums.mobile(int(m * .8), "other"), self.nums.mobile(m - int(m * .8))])
        order = np.lexsort((rng.random(n), self.home, self.region))
        pos = np.empty(n, np.int64)
        pos[order] = np.arange(n)
        k = np.clip(np.round(rng.lognormal(np.log(8), .55, n)), 3, 45).astype(np.int64)
        k[self.secondary] = 2
        src = np.repeat(np.arange(n), k)
        e = src.size
        u = rng.random(e)
        off = np.round(rng.laplace(0, 25, e)).astype(np.int64)
        dst = order[np.clip(pos[src] + off, 0, n - 1)]
        far = (u > .68) & (u < .82)
        dst[far] = rng.integers(0, n, far.sum())
        offn = u >= .82
        dst[offn] = n + rng.integers(0, m, offn.sum())
        keep = dst != src
        src, dst = src[keep], dst[keep]
        a = np.concatenate([src, dst])
        b = np.concatenate([dst, src])
        key = np.unique(a * (n + m) + b)
        self.g_src = key // (n + m)
        self.g_dst = key % (n + m)
        deg = np.bincount(self.g_src, minlength=n + m)
        self.g_deg = deg
        self.g_off = np.concatenate([[0], np.cumsum(deg)[:-1]])

    def node_msisdn(self, node):
        node = np.asarray(node)
        return np.where(node < self.N, self.msisdn[np.minimum(node, self.N - 1)],
                        self.off_msisdn[np.clip(node - self.N, 0, self.M - 1)])

    def contact_of(self, node, skew=2.0):
        node = np.asarray(node)
        d = self.g_deg[node]
        r = (d * self.rng.random(node.shape) ** skew).astype(np.int64)
        i = np.minimum(self.g_off[node] + np.minimum(r, np.maximum(d - 1, 0)), self.g_dst.size - 1)
        return np.where(d > 0, self.g_dst[i], -1)

    # ------------------------------------------------------------------------------------------- businesses
    def build_businesses(self):
        rng = self.rng
        nb = max(60, self.N // 45)
        reg = rng.choice(len(REGIONS), nb, p=np.array([r[4] for r in REGIONS]) / sum(r[4] for r in REGIONS))
        self.biz_msisdn = self.fixed_numbers(reg)
        self.biz_cell = self.rand_cell(reg)
        ids = hexkeys(rng, nb, "bl")
        self.recs.add("subscribers", msisdn=self.biz_msisdn, id_key=ids, id_type="business_license",
                      customer_type="enterprise", line_type="fixed", operator=OPERATOR,
                      open_time=START - rng.integers(YEAR, 15 * YEAR, nb), open_channel="GX-ENT-01",
                      open_cell=self.cc[self.biz_cell], status="active", is_prepaid=False,
                      home_region=np.array(RNAME, dtype=object)[reg])
        self.register(self.biz_msisdn, self.biz_cell)
        self.hotlines = np.array([10086, 95588, 95599, 95533, 12345, 114, 12315, 95598, 95566, 96288, 12306],
                                 np.int64)

    def fixed_numbers(self, reg, digits=8):
        reg = np.asarray(reg)
        out = np.zeros(len(reg), np.int64)
        for ri in np.unique(reg):
            sel = reg == ri
            out[sel] = self.nums.alloc(sel.sum(), [86000 + REGIONS[ri][1]], digits)
        return out

    def register(self, msisdn, cell):
        self.reg_msisdn.append(np.asarray(msisdn, np.int64))
        self.reg_cell.append(np.broadcast_to(np.asarray(cell), np.shape(msisdn)).copy())

    # ------------------------------------------------------------------------------------------- banks
    def build_banks(self):
        rng = self.rng
        n = self.N
        has = ~self.secondary
        nodes = np.flatnonzero(has)
        bank = rng.choice(len(BANKS), nodes.size, p=BANK_W / BANK_W.sum())
        acct = hexkeys(rng, nodes.size, "ac")
        self.acct = np.full(n, -1, np.int64)
        self.acct[nodes] = V.ids(acct)
        self.acct_bank = np.full(n, -1, np.int64)
        self.acct_bank[nodes] = bank
        ot = np.maximum(self.open_time[nodes], START - 20 * YEAR) + rng.integers(0, 2 * YEAR, nodes.size)
        ot = np.minimum(ot, START - DAY)
        self.recs.add("bank_accounts", account_id=self.acct[nodes], id_key=self.id_own[self.owner[nodes]],
                      bank=np.array(BANKS, dtype=object)[bank], open_time=ot, bound_msisdn=self.msisdn[nodes],
                      status="active")
        # a second account for 40%
        two = nodes[rng.random(nodes.size) < .4]
        b2 = rng.choice(len(BANKS), two.size, p=BANK_W / BANK_W.sum())
        self.recs.add("bank_accounts", account_id=hexkeys(rng, two.size, "ac"), id_key=self.id_own[self.owner[two]],
                      bank=np.array(BANKS, dtype=object)[b2], open_time=START - rng.integers(YEAR, 10 * YEAR, two.size),
                      bound_msisdn=self.msisdn[two], status="active")
        nm = max(100, n // 16)
        self.merchant_acct = V.ids(hexkeys(rng, nm, "mc"))
        self.recs.add("bank_accounts", account_id=self.merchant_acct, id_key=hexkeys(rng, nm, "bl"),
                      bank=np.array(BANKS, dtype=object)[rng.choice(len(BANKS), nm, p=BANK_W / BANK_W.sum())],
                      open_time=START - rng.integers(YEAR, 12 * YEAR, nm), status="active")
        ne = max(20, n // 150)
        self.employer_acct = V.ids(hexkeys(rng, ne, "em"))
        self.recs.add("bank_accounts", account_id=self.employer_acct, id_key=hexkeys(rng, ne, "bl"),
                      bank=np.array(BANKS, dtype=object)[rng.integers(0, len(BANKS), ne)],
                      open_time=START - rng.integers(3 * YEAR, 20 * YEAR, ne), status="active")
        self.pension_acct = V.id("gx-shebao-pension-0001")
        self.recs.add("bank_accounts", account_id=[self.pension_acct], id_key=["bl-gx-hrss-0001"], bank=["中国工商银行"],
                      open_time=[START - 20 * YEAR], status=["active"])

    # ------------------------------------------------------------------------------------------- schedules
    def schedule(self, n, rate, start=START, end=END, profile="normal", weekend=1.0):
        """Events of n actors at ``rate`` per day between start and end (per actor arrays or scalars).
        Returns (actor index, time)."""
        rate = np.broadcast_to(np.asarray(rate, float), (n,))
        start = np.broadcast_to(np.asarray(start, np.int64), (n,))
        end = np.broadcast_to(np.asarray(end, np.int64), (n,))
        days = np.arange(DAYS)
        d0 = day0(days)
        lo = np.clip((start[:, None] - d0[None, :]) / DAY, 0, 1)
        hi = np.clip((end[:, None] - d0[None, :]) / DAY, 0, 1)
        frac = np.clip(hi - lo, 0, 1)
        wf = np.where(weekday(days) >= 5, weekend, 1.0)
        cnt = self.rng.poisson(rate[:, None] * frac * wf[None, :])
        actor = np.repeat(np.repeat(np.arange(n), DAYS), cnt.ravel())
        day = np.repeat(np.tile(days, n), cnt.ravel())
        t = day0(day) + sample_tod(self.rng, actor.size, profile)
        ok = (t >= start[actor]) & (t < end[actor])
        return actor[ok], t[ok]

    # ------------------------------------------------------------------------------------------- record helpers
    def phone_cells(self, ph: Phones, idx):
        k = ph.cells.shape[1]
        c = ph.cells[idx, self.rng.integers(0, k, len(idx))]
        return c

    def cellcode(self, c):
        c = np.asarray(c)
        return np.where(c >= 0, self.cc[np.maximum(c, 0)], -1)

    def calls(self, ph: Phones, idx, t, callee, duration, result=None, ring=None, media="voice", call_type=None,
              gateway=None, callee_cell=None, cells=None, roam=None):
        idx = np.asarray(idx)
        n = len(idx)
        if n == 0:
            return
        duration = np.asarray(duration, np.int64)
        if result is None:
            result = np.where(duration > 0, "answered", "no_answer")
        if ring is None:
            ring = np.where(duration > 0, self.rng.integers(2, 15, n), self.rng.integers(15, 45, n))
        c = self.phone_cells(ph, idx) if cells is None else cells
        r = ph.roam[idx] if roam is None else roam
        if call_type is None:
            callee = np.asarray(callee)
            call_type = np.where(callee < 10 ** 11, "mobile", "mobile")
        self.recs.add("voice", start_time=t, caller=ph.msisdn[idx], callee=callee, duration_s=duration, ring_s=ring,
                      result=result, caller_imei=ph.imei[idx], caller_imsi=ph.imsi[idx], caller_cell=self.cellcode(c),
                      callee_cell=None if callee_cell is None else self.cellcode(callee_cell),
                      caller_roaming_country=r, call_type=call_type, media=media, gateway=gateway)

    def sms(self, ph: Phones, idx, t, receiver, content, cells=None):
        idx = np.asarray(idx)
        if len(idx) == 0:
            return
        c = self.phone_cells(ph, idx) if cells is None else cells
        self.recs.add("sms", send_time=t, sender=ph.msisdn[idx], receiver=receiver, content=content,
                      sender_imei=ph.imei[idx], sender_cell=self.cellcode(c), sender_roaming_country=ph.roam[idx])

    def outcome(self, n, p_ans, med=60, sig=.8, lo=3, hi=7200, p_busy=.04, p_rej=.05):
        """Result and duration of n call attempts."""
        u = self.rng.random(n)
        p_ans = np.broadcast_to(np.asarray(p_ans, float), (n,))
        ans = u < p_ans
        res = np.where(ans, "answered", np.where(u < p_ans + p_busy, "busy",
                                                 np.where(u < p_ans + p_busy + p_rej, "rejected", "no_answer")))
        dur = np.where(ans, np.clip(self.rng.lognormal(np.log(med), sig, n), lo, hi), 0).astype(np.int64)
        ring = np.where(ans, self.rng.integers(2, 16, n), np.where(res == "rejected", self.rng.integers(1, 8, n),
                                                                   self.rng.integers(12, 46, n)))
        return res.astype(object), dur, ring

    def presence(self, ph: Phones, start, end, data_rate=0.0, loc_rate=1.0, data_med=5e6, power=True, profile="data"):
        """Device events of phones: power_on/attach at start, location updates, data sessions, detach at end."""
        n = len(ph)
        start = np.broadcast_to(np.asarray(start, np.int64), (n,))
        end = np.broadcast_to(np.asarray(end, np.int64), (n,))
        inwin = (start < END) & (end > START)
        if power:
            s = inwin & (start >= START)
            i = np.flatnonzero(s)
            for ev, dt in (("power_on", 0), ("attach", 2)):
                self.recs.add("device", time=start[i] + dt, msisdn=ph.msisdn[i], imsi=ph.imsi[i], imei=ph.imei[i],
                              cell=self.cellcode(np.where(ph.roam[i] == None, ph.cells[i, 0], -1)),  # noqa: E711
                              event=ev, roaming_country=ph.roam[i])
            e = np.flatnonzero(inwin & (end < END))
            for ev, dt in (("detach", -2), ("power_off", 0)):
                self.recs.add("device", time=end[e] + dt, msisdn=ph.msisdn[e], imsi=ph.imsi[e], imei=ph.imei[e],
                              cell=self.cellcode(np.where(ph.roam[e] == None, ph.cells[e, -1], -1)),  # noqa: E711
                              event=ev, roaming_country=ph.roam[e])
        for ev, rate in (("location_update", loc_rate), ("data_session", data_rate)):
            if np.all(np.asarray(rate) == 0):
                continue
            a, t = self.schedule(n, rate, start + 60, end - 60, profile)
            c = self.phone_cells(ph, a)
            c = np.where(ph.roam[a] == None, c, -1)  # noqa: E711
            b = (np.clip(self.rng.lognormal(np.log(data_med), 1.1, a.size), 2e3, 2e9).astype(np.int64)
                 if ev == "data_session" else -1)
            self.recs.add("device", time=t, msisdn=ph.msisdn[a], imsi=ph.imsi[a], imei=ph.imei[a],
                          cell=self.cellcode(c), event=ev, roaming_country=ph.roam[a], bytes=b)

    def new_cards(self, n, region, open_time, id_key, channel, line_type="mobile", customer_type="personal",
                  id_type="resident_id", prepaid=True, open_cell=None, kind="cm", status="active", status_time=-1,
                  numbers=None, imsi=True):
        """Subscriber rows for new cards; returns (msisdn, imsi)."""
        msisdn = self.nums.mobile(n, kind) if numbers is None else numbers
        ims = self.nums.imsi(n) if imsi else np.full(n, -1, np.int64)
        region = np.broadcast_to(np.asarray(region), (n,))
        if open_cell is None:
            open_cell = self.rand_cell(region)
        self.recs.add("subscribers", msisdn=msisdn, imsi=ims, id_key=id_key, id_type=id_type,
                      customer_type=customer_type, line_type=line_type, operator=OPERATOR, open_time=open_time,
                      open_channel=channel, open_cell=self.cellcode(open_cell), status=status,
                      status_time=status_time, is_prepaid=prepaid, home_region=np.array(RNAME, dtype=object)[region])
        return msisdn, ims

    def truth(self, entity_type, entity, role, gang=None, scheme=None, first_active=-1):
        ent = np.atleast_1d(np.asarray(entity))
        if ent.size == 0:
            return
        if ent.dtype.kind in "iu":
            ent = ent.astype(str).astype(object)
        elif ent.dtype.kind != "O":
            ent = ent.astype(object)
        self.truth_rows.append(dict(entity_type=entity_type, entity=ent, role=role, gang=gang, scheme=scheme,
                                    first_active=np.broadcast_to(np.asarray(first_active, np.int64), ent.shape).copy()))

    def account_name(self, code):
        return np.array(V.items, dtype=object)[np.asarray(code)]

    def bank_sms(self, nodes, t, amount, out=True):
        """Bank notice for a transfer of population account holders."""
        nodes = np.asarray(nodes)
        if nodes.size == 0:
            return
        b = self.acct_bank[nodes]
        tail = (self.msisdn[nodes] % 9000 + 1000)
        lt = t + 8 * 3600
        mon = (lt % DAY) // 3600
        mi = (lt % 3600) // 60
        dd = 5 + (t - START) // DAY
        verb = "支出" if out else "收入"
        txt = [f"【{BANK_SHORT[bi]}】您尾号{ta}的账户11月{d}日{h:02d}:{m:02d}{verb}人民币{a:,.2f}元。"
               for bi, ta, d, h, m, a in zip(b.tolist(), tail.tolist(), dd.tolist(), mon.tolist(), mi.tolist(),
                                              np.asarray(amount).tolist(), strict=True)]
        self.recs.add("sms", send_time=t + self.rng.integers(3, 40, nodes.size),
                      sender=np.array(BANK_HOTLINE, np.int64)[b], receiver=self.msisdn[nodes],
                      content=np.array(txt, dtype=object))
