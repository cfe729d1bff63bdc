"""The ordinary subscribers of Shenhai Mobile in Shanghai and their everyday fortnight: calls with family, friends and
colleagues, strangers' calls (couriers of other operators, wrong numbers), notices by SMS, phones moving between home
and work, apps, web, platform accounts, bank accounts and payments (salary day, rent renewal, 618 orders, Dragon Boat
red packets), graduates moving out, zhongkao parents, holiday trips, 618 phone upgrades, second cards."""

from __future__ import annotations

import numpy as np

from . import texts as tx
from .world import (
    DAY,
    DAYS,
    HOLIDAY,
    OFFNET_MOBILE,
    OFFNET_W,
    OPERATOR,
    T0,
    TAC_ELDER,
    WORKDAY,
    World,
    lognorm,
    num_class,
    outcome,
    per_day_counts,
    times_in_days,
)

SEGS = ["office", "student", "elderly", "migrant", "service", "business", "homemaker", "farmer", "expat"]
SEG_P = [.27, .09, .16, .13, .11, .06, .12, .04, .02]
SEG_PROFILE = ["office", "student", "elderly", "person", "person", "biz", "person", "elderly", "office"]
SEG_RATE = np.array([2.1, 0.85, 1.2, 1.75, 1.6, 4.2, 1.5, 0.9, 0.8])
SEG_DATA = np.array([2.2, 3.1, 0.8, 1.7, 1.9, 2.2, 1.7, 0.7, 2.0])

AGENT_PLACES = ["sjunitown", "zizhu", "fudan", "shu", "haiwan", "chengqiao", "fengjing", "baozhen", "malu", "anting",
                "sijing", "dachang", "gucun", "jiuting", "nanxiang", "qibao"]
OLD_TOWN = ["laoximen", "changshou", "quyang", "daning", "zhongshanpark", "pengpu", "southbund", "wujiaochang",
            "zhenru", "longhua"]
SUBURB = ["jiuting", "nanxiang", "jiadingnew", "zhaoxiang", "gucun", "chedun", "nanqiao", "zhujing", "yanghang",
          "zhoupu", "pujiang", "huinan"]

BANKS = ["ICBC", "CCB", "ABC", "BOC", "BOCOM", "CMB", "SPDB", "Bank of Shanghai", "PSBC", "CITIC", "Rural Commercial Bank of Shanghai"]
BANK_W = np.array([14, 12, 9, 9, 8, 12, 9, 10, 6, 5, 6], float)
BANK_SMS = {"ICBC": 95588, "CCB": 95533, "ABC": 95599, "BOC": 95566, "BOCOM": 95559, "CMB": 95555,
            "SPDB": 95528, "Bank of Shanghai": 95594, "PSBC": 95580, "CITIC": 95558,
            "Rural Commercial Bank of Shanghai": 96518}
SERVICE_NUMS = np.array([95588, 95533, 95599, 95566, 95555, 95528, 95594, 10037, 12345, 95598, 95338, 95311,
                         95118, 95188, 95530, 96520], np.int64)

DOMAINS = {
    "common": ["weixin.qq.com", "www.baidu.com", "m.taobao.com", "www.jd.com", "mobile.yangkeduo.com",
               "www.douyin.com", "www.meituan.com", "www.amap.com", "www.bilibili.com", "www.xiaohongshu.com",
               "news.sina.com.cn", "www.zhihu.com", "render.alipay.com", "www.dianping.com", "www.ctrip.com"],
    "student": ["www.bilibili.com", "www.zhipin.com", "www.51job.com", "www.xiaohongshu.com", "www.chsi.com.cn",
                "www.ziroom.com", "sh.58.com", "www.xianyu.com", "www.douyin.com", "www.zhihu.com"],
    "elderly": ["www.toutiao.com", "www.kuaishou.com", "www.douyin.com", "weixin.qq.com", "www.pinduoduo.com"],
    "parent": ["www.shmeea.edu.cn", "edu.sh.gov.cn", "www.zhihu.com", "www.xiaohongshu.com", "www.jd.com"],
    "office": ["www.eastmoney.com", "www.10jqka.com.cn", "www.linkedin.com", "mail.qq.com", "www.zhihu.com",
               "www.ctrip.com", "www.12306.cn", "www.ceair.com"],
    "migrant": ["www.kuaishou.com", "www.douyin.com", "www.58.com", "www.pinduoduo.com", "www.12306.cn"],
    "biz": ["www.1688.com", "www.taobao.com", "www.douyin.com", "www.kuaishou.com", "www.cmbchina.com"],
}
APPS_COMMON = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.taobao.taobao", "com.jingdong.app.mall",
               "com.xunmeng.pinduoduo", "com.ss.android.ugc.aweme", "com.sankuai.meituan", "com.autonavi.minimap",
               "com.smile.gifmaker", "com.xingin.xhs", "com.tencent.wemeet", "cn.gov.shanghai.suishenban",
               "com.cmbchina.ccd.pluto.cmbActivity", "com.icbc", "com.MobileTicket", "ctrip.android.view"]


def domain_ip(domain: str) -> str:
    h = 0
    for ch in domain:
        h = (h * 33 + ord(ch)) % 2 ** 32
    return f"{(h >> 24) % 200 + 20}.{(h >> 16) % 256}.{(h >> 8) % 256}.{h % 254 + 1}"


def offnet_mobile(r, n: int) -> np.ndarray:
    pre = OFFNET_MOBILE[r.choice(len(OFFNET_MOBILE), n, p=OFFNET_W)]
    return pre * 10 ** 8 + r.integers(0, 10 ** 8, n)


def offnet_fixed(r, n: int, area: int = 8621) -> np.ndarray:
    lead = r.choice([2, 3, 5, 8], n)
    return area * 10 ** 8 + lead * 10 ** 7 + r.integers(0, 10 ** 7, n)


class Pop:
    """The base population: primary cards, their people, places and habits."""

    def __init__(self, w: World, n: int):
        self.w = w
        self.n = n
        r = w.rng("population")
        self.seg = r.choice(len(SEGS), n, p=SEG_P).astype(np.int8)
        seg = self.seg
        self.msisdn = w.our_mobile(r, n)
        self.imsi = w.imsi(r, n)
        elder = (seg == 2) | (seg == 7)
        self.imei = w.imei(r, n)
        old_phone = elder & (r.random(n) < 0.35)
        self.imei[old_phone] = w.imei(r, int(old_phone.sum()), TAC_ELDER)
        self.id_key = w.keys(r, n, "ID")
        self.id_type = np.where(seg == 8, "passport", "resident_id").astype(object)
        # homes, work places, errands
        self.home = np.zeros(n, np.int32)
        self.work = np.full(n, -1, np.int32)
        home_places = {
            0: w.places("R"), 1: w.places("U"), 2: OLD_TOWN * 3 + w.places("R") + w.places("V"),
            3: w.places("I") + SUBURB * 2, 4: w.places("R"), 5: w.places("R"), 6: w.places("R"),
            7: w.places("V") * 2 + ["chengqiao", "zhujing"], 8: ["gubei", "jinqiao", "lujiazui", "jingansi"],
        }
        work_places = {0: w.places("C"), 3: w.places("I") + w.places("P") + w.places("M") + w.places("H"),
                       4: w.places("T") + w.places("C") + w.places("H") + w.places("R"),
                       5: w.places("M") + w.places("T"), 8: w.places("C")}
        for s in range(len(SEGS)):
            m = np.flatnonzero(seg == s)
            self.home[m] = w.pick_cells(r, home_places[s], len(m))
            if s in work_places:
                self.work[m] = w.pick_cells(r, work_places[s], len(m))
        nowork = (seg == 0) & (r.random(n) < 0.12)  # working from home, between jobs
        self.work[nowork] = -1
        shopping = w.places("T") + w.places("C") + ["xinzhuang", "qibao", "wujiaochang"]
        self.errand = np.stack([w.pick_cells(r, shopping, n), w.pick_cells(r, w.places("R"), n),
                                self.home.copy()], axis=1)
        same_place = r.random(n) < 0.7  # the near-home errand: another cell of the home place
        near = np.array([w.place_cells[w.PLACE_KEYS[p]][int(r.integers(len(w.place_cells[w.PLACE_KEYS[p]])))]
                         for p in w.cell_place[self.home].tolist()], np.int32)
        self.errand[same_place, 2] = near[same_place]
        # flags
        u = r.random
        self.shopper = u(n) < np.array([.6, .75, .2, .35, .45, .5, .65, .15, .5])[seg]
        adult_mid = np.isin(seg, [0, 4, 5, 6, 3])
        self.parent_zk = adult_mid & (u(n) < 0.075)
        self.tenant = u(n) < np.array([.45, .1, .03, .75, .6, .35, .3, .0, .7])[seg]
        self.grad = (seg == 1) & (u(n) < 0.45)
        self.tenant |= self.grad & (u(n) < 0.5)
        self.finance = (seg == 0) & (u(n) < 0.08) | (seg == 5) & (u(n) < 0.15)
        self.investor = u(n) < np.array([.18, .02, .1, .02, .05, .22, .08, .02, .15])[seg]
        self.night_off = u(n) < np.where(elder, 0.4, 0.05)
        self.landlord = (seg == 2) & (u(n) < 0.25) | (seg == 5) & (u(n) < 0.2)
        self.activity = lognorm(r, n, 1.0, 0.55, 0.1, 6)
        # graduates moving out (mid-fortnight): a new rental in town, or home to Anhui / Henan / Jiangsu / Zhejiang
        self.move_day = np.full(n, 99, np.int64)
        movers = self.grad & (u(n) < 0.6)
        self.move_day[movers] = r.integers(5, 14, int(movers.sum()))
        self.new_home = self.home.copy()
        away = movers & (u(n) < 0.45)
        stay = movers & ~away
        self.new_home[stay] = w.pick_cells(r, w.places("R"), int(stay.sum()))
        self.new_home[away] = w.pick_cells(r, ["hefei", "zhengzhou", "hangzhou", "suzhou"], int(away.sum()))
        # Dragon Boat trips: abroad (roaming) or domestic
        self.trip_start = np.full(n, 99, np.int64)
        self.trip_end = np.full(n, -1, np.int64)
        self.trip_cell = np.full(n, -1, np.int32)
        self.trip_country = np.empty(n, object)
        abroad = (u(n) < np.array([.03, .01, .01, .002, .005, .03, .02, 0, .06])[seg])
        dom = ~abroad & (u(n) < np.array([.12, .08, .05, .1, .05, .08, .1, .02, .08])[seg])
        trip = abroad | dom
        self.trip_start[trip] = r.choice([10, 11, 11, 12], int(trip.sum()))
        self.trip_end[trip] = np.minimum(self.trip_start[trip] + r.integers(1, 4, int(trip.sum())), 13)
        self.trip_cell[dom] = w.pick_cells(r, ["suzhou", "hangzhou", "huangshan", "zhujiajiao", "disney",
                                               "chengqiao"], int(dom.sum()))
        self.trip_country[abroad] = r.choice(["JP", "JP", "TH", "KR", "SG", "MY", "VN", "KH", "PH"], int(abroad.sum()))
        self.abroad = abroad
        # 618 phone upgrades
        self.imei_new = np.zeros(n, np.int64)
        self.imei_day = np.full(n, 99, np.int64)
        up = (self.shopper & (u(n) < 0.035)) | (elder & (u(n) < 0.01))
        self.imei_new[up] = w.imei(r, int(up.sum()))
        self.imei_day[up] = r.integers(9, 13, int(up.sum()))
        self.elder_new_phone = up & elder
        self.taken = np.zeros(n, bool)  # used as a fraud victim, card seller or look-alike overlay
        self.open_time = self._open_times(r)
        self.acct = w.keys(r, n, "AC")
        self.bank = np.array(BANKS, object)[r.choice(len(BANKS), n, p=BANK_W / BANK_W.sum())]
        self.pools = {
            "all": np.arange(n), "students": np.flatnonzero(seg == 1), "grads": np.flatnonzero(self.grad),
            "parents": np.flatnonzero(self.parent_zk), "shoppers": np.flatnonzero(self.shopper),
            "elderly": np.flatnonzero(elder), "tenants": np.flatnonzero(self.tenant),
            "migrants": np.flatnonzero(seg == 3), "office": np.flatnonzero(seg == 0),
            "biz": np.flatnonzero(seg == 5), "finance": np.flatnonzero(self.finance),
            "investors": np.flatnonzero(self.investor), "workers": np.flatnonzero(np.isin(seg, [0, 3, 4, 5])),
            "midage": np.flatnonzero(np.isin(seg, [0, 4, 5, 6])), "travellers": np.flatnonzero(trip),
            "expats": np.flatnonzero(seg == 8),
        }

    def _open_times(self, r):
        yrs = np.array([6, 3, 12, 3, 5, 9, 8, 14, 2])[self.seg]
        age_days = np.minimum(lognorm(r, self.n, 1, 0.7) * yrs * 365, 9000)
        grad_age = (3.75 + r.random(self.n) * 0.05) * 365
        age_days = np.where(self.seg == 1, np.where(self.grad, grad_age, r.random(self.n) * 3 * 365 + 30), age_days)
        return (T0 - age_days * DAY).astype(np.int64) - r.integers(0, DAY, self.n)

    # ------------------------------------------------------------ where is a subscriber
    def loc(self, idx: np.ndarray, t: np.ndarray, r) -> tuple[np.ndarray, np.ndarray]:
        """Cell (or -1 abroad) and roaming country (None at home) of base subscribers at times t."""
        idx = np.asarray(idx)
        d = (t - T0) // DAY
        h = ((t - T0) % DAY) // 3600
        home = np.where(d >= self.move_day[idx], self.new_home[idx], self.home[idx])
        wk = self.work[idx]
        u = r.random(len(idx))
        atwork = WORKDAY[np.clip(d, 0, DAYS - 1)] & (wk >= 0) & (h >= 9) & (h < 18) & (u < 0.86)
        out = ~atwork & (h >= 8) & (h < 22) & (u > 0.5)
        errand = self.errand[idx, r.integers(0, 3, len(idx))]
        cell = np.where(atwork, wk, np.where(out, errand, home)).astype(np.int32)
        ontrip = (d >= self.trip_start[idx]) & (d <= self.trip_end[idx])
        cell = np.where(ontrip, self.trip_cell[idx], cell).astype(np.int32)
        roam = np.where(ontrip & self.abroad[idx], self.trip_country[idx], None)
        return cell, roam

    def imei_at(self, idx, t):
        d = (t - T0) // DAY
        return np.where(d >= self.imei_day[idx], self.imei_new[idx], self.imei[idx])

    def take_targets(self, r, pool: str, k: int, onnet: float = 0.35, fixed: float = 0.0):
        """k call targets: base subscribers of a pool (on-net) or other operators' numbers."""
        on = r.random(k) < onnet
        idx = np.full(k, -1, np.int64)
        p = self.pools[pool]
        idx[on] = p[r.integers(0, len(p), int(on.sum()))]
        nums = np.empty(k, np.int64)
        nums[on] = self.msisdn[idx[on]]
        off = ~on
        fx = off & (r.random(k) < fixed)
        nums[off & ~fx] = offnet_mobile(r, int((off & ~fx).sum()))
        nums[fx] = offnet_fixed(r, int(fx.sum()))
        return nums, idx

    def cell_of(self, idx, t, r):
        """Cell of a call party: base subscriber's cell, -1 for other operators' numbers."""
        idx = np.asarray(idx)
        cell = np.full(len(idx), -1, np.int32)
        on = idx >= 0
        if on.any():
            cell[on] = self.loc(idx[on], t[on], r)[0]
        return cell

    def pick(self, r, pool: str, k: int, exclude_taken=True) -> np.ndarray:
        """k distinct base subscribers from a pool, not yet taken by another role."""
        p = self.pools[pool]
        if exclude_taken:
            p = p[~self.taken[p]]
        k = min(k, len(p))
        sel = r.choice(p, k, replace=False)
        self.taken[sel] = True
        return sel


CMCC = {134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 184, 187, 188}
CUCC = {130, 131, 132, 155, 156, 166, 175, 176, 185, 186}
_IC = np.full(1000, "IC-CT-SH", object)
for _p in CMCC:
    _IC[_p] = "IC-CMCC-SH"
for _p in CUCC:
    _IC[_p] = "IC-CU-SH"


def interconnect(caller) -> np.ndarray:
    """The gateway a call enters Shenhai's network by: other operators' interconnects, the international gateway;
    none for Shenhai's own subscribers (their VoIP lines pass their own trunk's id explicitly)."""
    caller = np.asarray(caller, np.int64)
    cls = num_class(caller)
    nd = np.floor(np.log10(np.maximum(caller, 1))).astype(np.int64) + 1
    p3 = (caller // 10 ** np.maximum(nd - 5, 0)) % 1000  # 86 + three digits
    ours = ((cls == 0) & np.isin(caller // 10 ** 7, [861967, 861977, 861957])) | (caller // 10 ** 9 == 861064) | (
        (cls == 1) & (nd == 12) & (caller // 10 ** 7 == 86216))
    out = np.where(cls == 2, "IGW-SH-01", np.where(cls == 0, _IC[p3], "IC-CT-SH")).astype(object)
    out[ours] = None
    return out


def emit_calls(w: World, r, caller, callee, t, dur, res, ring, *, caller_imei=0, caller_imsi=0, caller_cell=-1,
               callee_cell=-1, roam=None, call_type=None, media="voice", gateway=None):
    """Add call rows; call_type from the numbers when not given."""
    n = len(t)
    if n == 0:
        return
    if gateway is None:
        gateway = interconnect(caller)
    if call_type is None:
        ca, ce = num_class(caller), num_class(callee)
        call_type = np.where(ca == 2, "intl_in", np.where(ce == 2, "intl_out",
                             np.where((ca == 1) | (ce == 1) | (ca == 3) | (ce == 3), "fixed", "mobile"))).astype(object)
    w.sink.add("voice", n, start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=res,
               caller_imei=caller_imei, caller_imsi=caller_imsi, caller_cell=caller_cell, callee_cell=callee_cell,
               caller_roaming_country=roam, call_type=call_type, media=media, gateway=gateway)


def everyday(w: World, pop: Pop):
    """The base population's own traffic and records."""
    r = w.rng("everyday")
    n = pop.n
    seg = pop.seg
    # ---------------------------------------------------------------- subscribers
    chan_places = ["xujiahui", "jingansi", "lujiazui", "xinzhuang", "wujiaochang", "qibao", "sanlin", "dachang",
                   "jiadingnew", "songjiangold", "chengqiao", "sjunitown"]
    chan = r.integers(0, len(chan_places), n)
    online = r.random(n) < 0.18
    channel = np.where(online, "ONLINE-APP", np.array([f"STORE-{p.upper()[:6]}-{i:02d}" for i, p in
                                                       enumerate(chan_places)], object)[chan]).astype(object)
    ocell = np.array([w.place_cells[p][0] for p in chan_places], np.int32)[chan]
    ocell[online] = -1
    # agents (代理点): campus kiosks, village shops, the phone stalls of factory towns
    home_place = np.array(w.PLACE_KEYS, object)[w.cell_place[pop.home]]
    local = np.array([p in AGENT_PLACES for p in home_place.tolist()])
    p_agent = np.where(seg == 1, 0.45, np.where(np.isin(seg, [2, 7]) & local, 0.5, np.where(seg == 3, 0.4, 0.08)))
    ag = (r.random(n) < p_agent) & ~online
    where = np.where(local, home_place, np.array(AGENT_PLACES, object)[r.integers(0, len(AGENT_PLACES), n)])
    channel[ag] = np.array([w.agent(p) for p in where[ag].tolist()], object)
    ocell[ag] = np.array([w.place_cells[p][0] for p in where[ag].tolist()], np.int32)
    status = np.full(n, "active", object)
    st_time = np.zeros(n, np.int64)
    sus = r.random(n) < 0.003  # unpaid bills, lost phones
    status[sus] = "suspended"
    st_time[sus] = T0 + r.integers(0, DAYS * DAY, int(sus.sum()))
    w.sink.add("subscribers", n, msisdn=pop.msisdn, imsi=pop.imsi, id_key=pop.id_key, id_type=pop.id_type,
               customer_type="personal", line_type="mobile", operator=OPERATOR, open_time=pop.open_time,
               open_channel=channel, open_cell=ocell, status=status, status_time=st_time,
               is_prepaid=r.random(n) < np.where((seg == 1) | (seg == 3), 0.5, 0.15),
               home_region="Shanghai")
    _contacts_and_calls(w, pop, r)
    _sms(w, pop, r)
    _device(w, pop, r)
    _web_apps_accounts(w, pop, r)
    _money(w, pop, r)


def _contacts_and_calls(w, pop: Pop, r):
    n = pop.n
    seg = pop.seg
    # on-net ties: mostly within a district
    e = int(n * 3.2)
    a = r.integers(0, n, e)
    dist = np.array([w.place_district[w.PLACE_KEYS[p]] for p in w.cell_place[pop.home].tolist()], object)
    _, dcode = np.unique(dist, return_inverse=True)
    order = np.argsort(dcode, kind="stable")
    starts = np.searchsorted(dcode[order], np.arange(dcode.max() + 2))
    same = r.random(e) < 0.6
    da = dcode[a]
    lo, hi = starts[da], starts[da + 1]
    b = np.where(same, order[np.minimum(lo + (r.random(e) * (hi - lo)).astype(np.int64), hi - 1)], r.integers(0, n, e))
    keep = a != b
    a, b = a[keep], b[keep]
    rel_on = r.choice(3, len(a), p=[.3, .4, .3]).astype(np.int8)
    w_on = lognorm(r, len(a), 1, 1.0) * np.array([1.6, 1.0, 0.8])[rel_on]
    # other operators' contacts, per subscriber
    k_off = 3 + r.poisson(np.where(seg == 3, 9, 7))
    owner_off = np.repeat(np.arange(n), k_off)
    m = len(owner_off)
    kind = r.random(m)
    other_off = offnet_mobile(r, m)
    fx = kind < 0.18
    other_off[fx] = offnet_fixed(r, int(fx.sum()))
    far = (kind >= 0.18) & (kind < 0.24)
    other_off[far] = offnet_fixed(r, int(far.sum()), area=int(r.choice([8610, 86551, 86371, 86571, 86512])))
    exp = (seg[owner_off] == 8) & (r.random(m) < 0.3)
    other_off[exp] = r.choice([1, 44, 49, 81, 82, 65, 33], int(exp.sum())) * 10 ** 10 + r.integers(10 ** 9, 10 ** 10, int(exp.sum()))
    rel_off = r.choice(3, m, p=[.35, .35, .3]).astype(np.int8)
    w_off = lognorm(r, m, 1, 1.0) * np.array([1.6, 1.0, 0.8])[rel_off]
    # service numbers (banks, 10037, 12345, couriers' hotlines)
    owner_sv = np.repeat(np.arange(n), 2)
    other_sv = SERVICE_NUMS[r.integers(0, len(SERVICE_NUMS), 2 * n)]
    w_sv = np.full(2 * n, 0.25)
    owner = np.concatenate([a, b, owner_off, owner_sv])
    other = np.concatenate([pop.msisdn[b], pop.msisdn[a], other_off, other_sv])
    oidx = np.concatenate([b, a, np.full(m + 2 * n, -1)])
    wt = np.concatenate([w_on, w_on, w_off, w_sv])
    rel = np.concatenate([rel_on, rel_on, rel_off, np.full(2 * n, 3, np.int8)])
    o = np.argsort(owner, kind="stable")
    owner, other, oidx, wt, rel = owner[o], other[o], oidx[o], wt[o], rel[o]
    self_contacts = dict(owner=owner, other=other, oidx=oidx, rel=rel)
    pop.contacts = self_contacts
    cw = np.cumsum(wt)
    start = np.searchsorted(owner, np.arange(n))
    end = np.searchsorted(owner, np.arange(n), side="right")
    base = np.where(start > 0, cw[np.maximum(start - 1, 0)], 0.0)
    tot = cw[np.maximum(end - 1, 0)] - base
    # ---------------------------------------------------------------- calls made
    dayw = np.where(HOLIDAY, 1.15, np.where(WORKDAY, 1.0, 0.85))
    rate = SEG_RATE[seg] * pop.activity
    s, d = per_day_counts(r, rate, dayw)
    prof = np.array(SEG_PROFILE, object)[seg[s]]
    t = np.empty(len(s), np.int64)
    for p in np.unique(prof):
        mm = prof == p
        t[mm] = times_in_days(r, d[mm], p)
    j = np.searchsorted(cw, base[s] + r.random(len(s)) * tot[s], side="right")
    j = np.clip(j, start[s], end[s] - 1)
    callee, cidx, crel = other[j], oidx[j], rel[j]
    _base_calls(w, pop, r, s, t, callee, cidx, crel)
    # ---------------------------------------------------------------- calls received from other operators' contacts
    off = (oidx < 0) & (rel < 3)
    wt2 = np.where(off, wt, 0.0)
    cw2 = np.cumsum(wt2)
    base2 = np.where(start > 0, cw2[np.maximum(start - 1, 0)], 0.0)
    tot2 = cw2[np.maximum(end - 1, 0)] - base2
    rate2 = SEG_RATE[seg] * pop.activity * 0.5
    s2, d2 = per_day_counts(r, rate2, dayw)
    prof2 = np.array(SEG_PROFILE, object)[seg[s2]]
    t2 = np.empty(len(s2), np.int64)
    for p in np.unique(prof2):
        mm = prof2 == p
        t2[mm] = times_in_days(r, d2[mm], p)
    j2 = np.searchsorted(cw2, base2[s2] + r.random(len(s2)) * tot2[s2], side="right")
    j2 = np.clip(j2, start[s2], end[s2] - 1)
    ok = off[j2]
    s2, t2, j2 = s2[ok], t2[ok], j2[ok]
    k = len(s2)
    res, ring, ans = outcome(r, k, 0.82, 0.3, 0.05)
    dur = np.where(ans, lognorm(r, k, np.array([150, 95, 70, 60])[rel[j2]], 0.9, 5, 5400), 0).astype(np.int64)
    emit_calls(w, r, other[j2], pop.msisdn[s2], t2, dur, res, ring, callee_cell=pop.loc(s2, t2, r)[0])
    # ---------------------------------------------------------------- strangers: other operators' couriers, shops, wrong numbers
    s3, d3 = per_day_counts(r, 0.28 * np.where(pop.shopper, 1.6, 0.7), np.where(np.arange(DAYS) >= 7, 1.3, 1.0))
    t3 = times_in_days(r, d3, "delivery")
    k = len(s3)
    caller3 = offnet_mobile(r, k)
    fx3 = r.random(k) < 0.15
    caller3[fx3] = offnet_fixed(r, int(fx3.sum()))
    res, ring, ans = outcome(r, k, 0.62, 0.35, 0.04)
    dur = np.where(ans, lognorm(r, k, 28, 0.8, 3, 900), 0).astype(np.int64)
    emit_calls(w, r, caller3, pop.msisdn[s3], t3, dur, res, ring, callee_cell=pop.loc(s3, t3, r)[0])
    # and calls they place to numbers not in their book (a restaurant, a shop, a landlord's ad)
    s4, d4 = per_day_counts(r, 0.14 * pop.activity, np.ones(DAYS))
    t4 = times_in_days(r, d4, "person")
    k = len(s4)
    callee4 = offnet_mobile(r, k)
    fx4 = r.random(k) < 0.35
    callee4[fx4] = offnet_fixed(r, int(fx4.sum()))
    _base_calls(w, pop, r, s4, t4, callee4, np.full(k, -1), np.full(k, 2, np.int8), p_ans=0.7)


def _base_calls(w, pop: Pop, r, s, t, callee, cidx, crel, p_ans=None):
    k = len(s)
    pa = np.where(crel == 3, 0.97, 0.84) if p_ans is None else p_ans
    res, ring, ans = outcome(r, k, pa, 0.25, 0.06)
    med = np.array([150, 95, 70, 150])[crel]
    dur = np.where(ans, lognorm(r, k, 1, 0.95, 0.02, 60) * med, 0).astype(np.int64)
    dur = np.where(ans, np.maximum(dur, 3), 0)
    cell, roam = pop.loc(s, t, r)
    vid = ans & (crel == 0) & (r.random(k) < np.where(np.isin(pop.seg[s], [2, 6]), 0.07, 0.02))
    media = np.where(vid, "video", "voice").astype(object)
    ccell = pop.cell_of(cidx, t, r)
    emit_calls(w, r, pop.msisdn[s], callee, t, dur, res, ring, caller_imei=pop.imei_at(s, t),
               caller_imsi=pop.imsi[s], caller_cell=cell, callee_cell=ccell, roam=roam, media=media)


def _sms(w, pop: Pop, r):
    c = pop.contacts
    # person to person (a few; chat lives in WeChat)
    s, d = per_day_counts(r, 0.16 * pop.activity, np.where(HOLIDAY, 1.8, 1.0))
    t = times_in_days(r, d, "person")
    start = np.searchsorted(c["owner"], s)
    end = np.searchsorted(c["owner"], s, side="right")
    j = start + (r.random(len(s)) * (end - start)).astype(np.int64)
    ok = c["rel"][j] < 3
    s, t, j = s[ok], t[ok], j[ok]
    pool = w.text(tx.P2P)
    cell, roam = pop.loc(s, t, r)
    w.sink.add("sms", send_time=t, sender=pop.msisdn[s], receiver=c["other"][j],
               content=pool[r.integers(0, len(pool), len(s))], sender_imei=pop.imei_at(s, t),
               sender_cell=cell, sender_roaming_country=roam)
    # application-to-person notices received
    cats = ["ecom", "code", "promo", "op", "gov", "air"]
    pools = {k: w.text(tx.pool(r, tx.A2P[k], 400 if k in ("ecom", "code") else 120)) for k in cats}
    senders = {k: 10690000000 + r.integers(10 ** 6, 10 ** 7, 12 if k != "op" else 1) * (10 if k != "gov" else 1)
               for k in cats}
    senders["op"] = np.array([10037], np.int64)
    senders["gov"] = np.array([12379, 1069231212345], np.int64)
    senders["air"] = np.array([95530, 95524, 1069095210], np.int64)
    rate = 0.85 * np.where(pop.shopper, 1.5, 0.8)
    s, d = per_day_counts(r, rate, np.array([.9, .9, .95, 1, 1, 1.05, 1.1, 1.2, 1.3, 1.5, 1.8, 1.4, 1, .9]))
    t = times_in_days(r, d, "daytime")
    cat = r.choice(len(cats), len(s), p=[.42, .3, .16, .04, .04, .04])
    sender = np.zeros(len(s), np.int64)
    content = np.zeros(len(s), np.int32)
    for ci, k in enumerate(cats):
        m = cat == ci
        sender[m] = senders[k][r.integers(0, len(senders[k]), int(m.sum()))]
        content[m] = pools[k][r.integers(0, len(pools[k]), int(m.sum()))]
    w.sink.add("sms", send_time=t, sender=sender, receiver=pop.msisdn[s], content=content)


def _device(w, pop: Pop, r):
    seg = pop.seg
    # data sessions
    s, d = per_day_counts(r, SEG_DATA[seg] * pop.activity ** 0.5, np.ones(DAYS))
    prof = np.array(SEG_PROFILE, object)[seg[s]]
    t = np.empty(len(s), np.int64)
    for p in np.unique(prof):
        m = prof == p
        t[m] = times_in_days(r, d[m], p)
    cell, roam = pop.loc(s, t, r)
    w.sink.add("device", time=t, msisdn=pop.msisdn[s], imsi=pop.imsi[s], imei=pop.imei_at(s, t), cell=cell,
               event="data_session", roaming_country=roam, bytes=lognorm(r, len(s), 2.5e6, 1.6, 2e3, 4e9).astype(np.int64))
    # commuting: to work and back on workdays
    has = np.flatnonzero(pop.work >= 0)
    days = np.flatnonzero(WORKDAY)
    ss = np.repeat(has, len(days))
    dd = np.tile(days, len(has))
    keep = r.random(len(ss)) < 0.9
    ss, dd = ss[keep], dd[keep]
    t_in = T0 + dd * DAY + (8 * 3600 + r.normal(0, 2400, len(ss))).astype(np.int64)
    t_out = T0 + dd * DAY + (18 * 3600 + 1800 + r.normal(0, 3600, len(ss))).astype(np.int64)
    tt = np.concatenate([t_in, t_out])
    s2 = np.concatenate([ss, ss])
    home = np.where(dd >= pop.move_day[ss], pop.new_home[ss], pop.home[ss])
    c2 = np.concatenate([pop.work[ss], home])
    ontrip = ((tt - T0) // DAY >= pop.trip_start[s2]) & ((tt - T0) // DAY <= pop.trip_end[s2])
    s2, tt, c2 = s2[~ontrip], tt[~ontrip], c2[~ontrip]
    w.sink.add("device", time=tt, msisdn=pop.msisdn[s2], imsi=pop.imsi[s2], imei=pop.imei_at(s2, tt), cell=c2,
               event="location_update")
    # other movements
    s3, d3 = per_day_counts(r, np.where(pop.work >= 0, 0.5, 1.1), np.ones(DAYS))
    t3 = times_in_days(r, d3, "person")
    c3, roam3 = pop.loc(s3, t3, r)
    w.sink.add("device", time=t3, msisdn=pop.msisdn[s3], imsi=pop.imsi[s3], imei=pop.imei_at(s3, t3), cell=c3,
               event="location_update", roaming_country=roam3)
    # phones switched off at night
    no = np.flatnonzero(pop.night_off)
    ss = np.repeat(no, DAYS - 1)
    dd = np.tile(np.arange(DAYS - 1), len(no))
    keep = r.random(len(ss)) < 0.8
    ss, dd = ss[keep], dd[keep]
    toff = T0 + dd * DAY + (22 * 3600 + r.normal(0, 2400, len(ss))).astype(np.int64)
    ton = T0 + (dd + 1) * DAY + (6 * 3600 + 1800 + r.normal(0, 2400, len(ss))).astype(np.int64)
    c_off, roam_off = pop.loc(ss, toff, r)
    c_on, roam_on = pop.loc(ss, ton, r)
    for ev, tt, cc, ro in (("power_off", toff, c_off, roam_off), ("power_on", ton, c_on, roam_on),
                           ("attach", ton + 4, c_on, roam_on)):
        w.sink.add("device", time=tt, msisdn=pop.msisdn[ss], imsi=pop.imsi[ss], imei=pop.imei_at(ss, tt), cell=cc,
                   event=ev, roaming_country=ro)
    # arriving abroad: attach on a foreign network
    ab = np.flatnonzero(pop.abroad)
    ta = T0 + pop.trip_start[ab] * DAY + r.integers(8 * 3600, 20 * 3600, len(ab))
    w.sink.add("device", time=ta, msisdn=pop.msisdn[ab], imsi=pop.imsi[ab], imei=pop.imei_at(ab, ta), cell=-1,
               event="attach", roaming_country=pop.trip_country[ab])
    # 618 upgrades: the card moves into the new handset
    up = np.flatnonzero(pop.imei_day < 99)
    tu = T0 + pop.imei_day[up] * DAY + r.integers(10 * 3600, 22 * 3600, len(up))
    cu, _ = pop.loc(up, tu, r)
    for ev, dt in (("power_on", 0), ("attach", 3)):
        w.sink.add("device", time=tu + dt, msisdn=pop.msisdn[up], imsi=pop.imsi[up], imei=pop.imei_new[up],
                   cell=cu, event=ev)


def _web_apps_accounts(w, pop: Pop, r):
    n = pop.n
    seg = pop.seg
    s, d = per_day_counts(r, 1.0 * pop.activity ** 0.5, np.ones(DAYS))
    t = times_in_days(r, d, "person")
    groups = np.where(seg[s] == 1, "student", np.where(np.isin(seg[s], [2, 7]), "elderly",
                      np.where(seg[s] == 3, "migrant", np.where(seg[s] == 5, "biz", np.where(seg[s] == 0, "office", "common"))))).astype(object)
    pz = pop.parent_zk[s] & (r.random(len(s)) < 0.35)
    groups[pz] = "parent"
    common = r.random(len(s)) < 0.5
    groups[common] = "common"
    dom = np.empty(len(s), object)
    for g, lst in DOMAINS.items():
        m = groups == g
        dom[m] = np.array(lst, object)[r.integers(0, len(lst), int(m.sum()))]
    uniq = sorted(set(dom.tolist()))
    ipmap = {x: domain_ip(x) for x in uniq}
    ip = np.array([ipmap[x] for x in dom.tolist()], object)
    w.sink.add("web", time=t, msisdn=pop.msisdn[s], domain=dom, ip=ip,
               bytes=lognorm(r, len(s), 1.5e5, 1.4, 500, 5e8).astype(np.int64))
    # app use sightings and a few installs (more on new phones)
    s, d = per_day_counts(r, np.full(n, 0.16), np.ones(DAYS))
    t = times_in_days(r, d, "person")
    app = np.array(APPS_COMMON, object)[r.integers(0, len(APPS_COMMON), len(s))]
    w.sink.add("apps", time=t, msisdn=pop.msisdn[s], app=app, event="use")
    s, d = per_day_counts(r, np.full(n, 0.008), np.ones(DAYS))
    t = times_in_days(r, d, "person")
    app = np.array(APPS_COMMON, object)[r.integers(0, len(APPS_COMMON), len(s))]
    w.sink.add("apps", time=t, msisdn=pop.msisdn[s], app=app, event="install")
    up = np.flatnonzero(pop.imei_day < 99)
    k = 6
    ss = np.repeat(up, k)
    tt = T0 + pop.imei_day[ss] * DAY + r.integers(11 * 3600, 23 * 3600, len(ss))
    app = np.array(APPS_COMMON, object)[r.integers(0, len(APPS_COMMON), len(ss))]
    w.sink.add("apps", time=tt, msisdn=pop.msisdn[ss], app=app, event="install")
    # platform accounts registered long ago
    plats = [("wechat", 1.0), ("alipay", .8), ("taobao", .6), ("jd", .4), ("douyin", .55), ("pinduoduo", .4),
             ("meituan", .4), ("xiaohongshu", .25), ("xianyu", .15)]
    for pl, p in plats:
        m = np.flatnonzero(r.random(n) < p * np.where(seg == 2, 0.5, 1.0))
        reg = np.maximum(pop.open_time[m], T0 - (lognorm(r, len(m), 3, 0.7, 0.05, 12) * 365 * DAY).astype(np.int64))
        reg = reg + r.integers(DAY, 20 * DAY, len(m))
        reg = np.minimum(reg, T0 - DAY)
        w.sink.add("internet_accounts", platform=pl, account=w.keys(r, len(m), pl[:2] + "_"),
                   msisdn=pop.msisdn[m], register_time=reg, status="active")


def _money(w, pop: Pop, r):
    n = pop.n
    seg = pop.seg
    opened = pop.open_time - r.integers(0, 2000, n) * DAY
    w.sink.add("bank_accounts", account_id=pop.acct, id_key=pop.id_key, bank=pop.bank, open_time=opened,
               bound_msisdn=pop.msisdn, status="active")
    # counterparties
    merch = w.keys(r, 400, "MC")
    merch_id = w.keys(r, 400, "BL")
    employers = w.keys(r, 300, "MC")
    emp_id = w.keys(r, 300, "BL")
    w.sink.add("bank_accounts", account_id=np.concatenate([merch, employers]),
               id_key=np.concatenate([merch_id, emp_id]),
               bank=np.array(BANKS, object)[r.integers(0, len(BANKS), 700)],
               open_time=T0 - r.integers(400, 6000, 700) * DAY, status="active")
    pop.merchants = merch
    outside = w.keys(r, 25000, "AX")  # people banking outside the feed's banks
    pop.outside_accts = outside
    landlords_in = np.flatnonzero(pop.landlord)
    rows = []
    # payments to merchants (618 peaks on the 18th)
    s, d = per_day_counts(r, 0.13 * np.where(pop.shopper, 1.5, 0.6),
                          np.array([.8, .8, .9, .9, 1, 1.2, 1.2, 1.1, 1.3, 1.6, 2.6, 1.3, 1, .9]))
    t = times_in_days(r, d, "person")
    rows.append((t, pop.acct[s], merch[r.integers(0, 400, len(s))], lognorm(r, len(s), 160, 1.0, 5, 30000),
                 "third_party", pop.msisdn[s]))
    # to family and friends (Dragon Boat red packets on the eve and the holiday)
    s, d = per_day_counts(r, 0.07 * pop.activity ** 0.5, np.where(HOLIDAY, 2.5, np.where(np.arange(DAYS) == 10, 2.0, 1.0)))
    t = times_in_days(r, d, "person")
    c = pop.contacts
    start = np.searchsorted(c["owner"], s)
    end = np.searchsorted(c["owner"], s, side="right")
    j = start + (r.random(len(s)) * (end - start)).astype(np.int64)
    oi = c["oidx"][j]
    to = np.where(oi >= 0, pop.acct[np.maximum(oi, 0)], outside[c["other"][j] % 25000]).astype(object)
    rel = c["rel"][j]
    ok = rel < 3
    amt = lognorm(r, len(s), 500, 1.1, 10, 50000)
    rows.append((t[ok], pop.acct[s][ok], to[ok], amt[ok], "mobile_app", pop.msisdn[s][ok]))
    # salary on the 10th or the 15th
    wk = np.flatnonzero(np.isin(seg, [0, 3, 4, 8]) & (pop.work >= 0))
    pday = np.where(r.random(len(wk)) < 0.35, 2, 7)
    t = T0 + pday * DAY + r.integers(9 * 3600, 17 * 3600, len(wk))
    amt = lognorm(r, len(wk), np.array([14000, 0, 0, 7200, 6500, 0, 0, 0, 30000])[seg[wk]], 0.4, 2600, 200000)
    rows.append((t, employers[r.integers(0, 300, len(wk))], pop.acct[wk], amt, None, np.zeros(len(wk), np.int64)))
    # rent (mid-year renewals pay half a year)
    ten = np.flatnonzero(pop.tenant & (r.random(n) < 0.55))
    t = T0 + r.integers(0, 10, len(ten)) * DAY + r.integers(8 * 3600, 23 * 3600, len(ten))
    half = r.random(len(ten)) < 0.3
    amt = lognorm(r, len(ten), 4200, 0.45, 1200, 25000) * np.where(half, 6, 1)
    ll = np.where(r.random(len(ten)) < 0.4, pop.acct[landlords_in[r.integers(0, len(landlords_in), len(ten))]],
                  outside[r.integers(0, 25000, len(ten))]).astype(object)
    rows.append((t, pop.acct[ten], ll, amt, "mobile_app", pop.msisdn[ten]))
    # children supporting elderly parents living alone; pensions are paid on the 10th-ish (not modelled)
    for t, fa, ta, amt, ch, ini in rows:
        w.sink.add("transfers", time=t, from_account=fa, to_account=ta, amount=np.round(amt, 2), currency="CNY",
                   channel=ch, initiated_msisdn=ini)
    # the bank's SMS on each outgoing payment of a base subscriber (and incoming salary)
    acct_owner = {a: i for i, a in enumerate(pop.acct.tolist())}
    for t, fa, ta, _amt, _ch, _ini in rows[:4]:
        src = np.array([acct_owner.get(a, -1) for a in fa.tolist()])
        dst = np.array([acct_owner.get(a, -1) for a in ta.tolist()])
        who = np.where(src >= 0, src, dst)
        m = (who >= 0) & (r.random(len(who)) < 0.8)
        who = who[m]
        bank_num = np.array([BANK_SMS[b] for b in pop.bank[who].tolist()], np.int64)
        pool = w.text(tx.pool(r, tx.A2P["bank"], 300))
        w.sink.add("sms", send_time=t[m] + r.integers(2, 20, len(who)), sender=bank_num, receiver=pop.msisdn[who],
                   content=pool[r.integers(0, len(pool), len(who))])
