"""Independent red-team generator of a small telecom province in interchange v1.

Written blind to fraudwall's detection logic and to its simulator: only the
interchange v1 spec, the mission list of fraud types and general knowledge of
telecom fraud in China were used.  See README.md in this folder.

    python bench/redteam/generate.py --out /tmp/red7/d1 --seed 1 [--quiet-fraud]

Everything is vectorised with numpy; Python loops run only over fraud/look-alike
entities (hundreds), never over records.
"""
from __future__ import annotations

import argparse
import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
DAY = 86400
# local midnight 2026-05-11 +08:00 == 2026-05-10T16:00:00Z
W0 = 1778428800  # epoch of 2026-05-10T16:00Z
WINDOW_DAYS = 7
HIST_DAYS = 14

REGIONS = ["GY-YY", "GY-NM", "GY-BY", "GY-HX", "GY-GSH", "ZY", "AS", "LPS", "BJ", "TR", "QDN", "QN", "QXN"]
REGION_LL = [(26.58, 106.71), (26.56, 106.72), (26.67, 106.63), (26.61, 106.65), (26.55, 106.64),
             (27.72, 106.93), (26.25, 105.93), (26.59, 104.83), (27.30, 105.28), (27.73, 109.19),
             (26.58, 107.98), (26.26, 107.52), (25.09, 104.91)]
MOBILE_PREFIX = [134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 172, 178, 182, 183, 184,
                 187, 188, 195, 197, 198]
OFFNET_PREFIX = [130, 131, 132, 133, 153, 155, 156, 166, 173, 175, 176, 177, 180, 181, 185, 186, 189, 191, 199]
HANDSET_TAC = [86012345, 35391110, 86891204, 86445203, 35407115, 86769804, 86201506, 86457604, 35290611,
               86974903, 86130005, 86283904]
MODEM_TAC = [86220103, 86633703]       # industrial GSM modules (SIM boxes / SMS cats / M2M)
PLATFORMS = ["wechat", "qq", "alipay", "douyin", "taobao", "weibo", "meituan", "kuaishou", "momo", "jd"]
BANKS = ["ICBC", "CCB", "ABC", "BOC", "PSBC", "GZRCU", "CMB", "BOCOM", "GYBANK"]
POPULAR_DOMAINS = [
    "weixin.qq.com", "qq.com", "baidu.com", "taobao.com", "jd.com", "douyin.com", "kuaishou.com", "alipay.com",
    "meituan.com", "pinduoduo.com", "weibo.com", "bilibili.com", "163.com", "sina.com.cn", "toutiao.com",
    "amap.com", "ctrip.com", "12306.cn", "gov.cn", "guizhou.gov.cn", "xiaohongshu.com", "zhihu.com",
    "iqiyi.com", "youku.com", "sohu.com", "csdn.net", "apple.com", "huawei.com", "mi.com", "vivo.com.cn",
    "oppo.com", "icbc.com.cn", "ccb.com", "abchina.com", "psbc.com", "10086.cn", "gzgs.gov.cn",
    "ele.me", "dianping.com", "tmall.com", "gtimg.cn", "qpic.cn", "bdstatic.com", "alicdn.com",
    "douyinpic.com", "myqcloud.com", "aliyuncs.com", "cmbchina.com", "didiglobal.com", "hellobike.com",
]
POPULAR_APPS = [
    "com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
    "com.jingdong.app.mall", "com.smile.gifmaker", "com.sankuai.meituan", "com.xunmeng.pinduoduo",
    "com.tencent.mobileqq", "com.sina.weibo", "tv.danmaku.bili", "com.autonavi.minimap", "com.baidu.searchbox",
    "com.ss.android.article.news", "com.xingin.xhs", "com.zhihu.android", "com.qiyi.video", "com.icbc",
    "com.chinamworld.main", "com.android.bankabc", "com.greenpoint.android.mc10086.activity",
    "com.sdu.didi.psnger", "com.jingyao.easybike", "com.MobileTicket", "cn.gov.tax.its",
    "com.tencent.wework", "com.alibaba.android.rimet", "com.dianping.v1", "me.ele", "com.UCMobile",
]


# ----------------------------------------------------------------------------- helpers
class Out:
    """Collects column chunks per record type, writes Parquet at the end."""

    def __init__(self):
        self.chunks: dict[str, list[pa.Table]] = {}

    def add(self, rtype: str, **cols):
        arrs = {}
        n = None
        for k, v in cols.items():
            if not isinstance(v, pa.Array):
                v = pa.array(v)
            arrs[k] = v
            n = len(v) if n is None else n
            assert len(v) == n, (rtype, k, len(v), n)
        if n:
            self.chunks.setdefault(rtype, []).append(pa.table(arrs))

    def write(self, root: str, rtype: str, sort_col: str | None = None):
        if rtype not in self.chunks:
            return 0
        t = pa.concat_tables(self.chunks[rtype], promote_options="permissive")
        if sort_col:  # an export of the period: nothing after its end
            t = t.filter(pc.less(t[sort_col].cast(pa.int64()), (W0 + WINDOW_DAYS * DAY) * 1))
            t = t.sort_by(sort_col)
        os.makedirs(os.path.join(root, rtype), exist_ok=True)
        pq.write_table(t, os.path.join(root, rtype, f"{rtype}.parquet"), compression="zstd")
        return t.num_rows


def num(a) -> pa.Array:
    """int64 numbers -> digit strings; negatives become null."""
    a = np.asarray(a, dtype=np.int64)
    s = pa.array(a).cast(pa.string())
    if (a < 0).any():
        s = pc.if_else(pa.array(a < 0), pa.scalar(None, pa.string()), s)
    return s


def ts(a) -> pa.Array:
    return pa.array(np.asarray(a, dtype=np.int64), type=pa.timestamp("s", tz=TZ))


def strs(a) -> pa.Array:
    return pa.array(a, type=pa.string())


def prefixed(prefix: str, ints) -> pa.Array:
    return pc.binary_join_element_wise(pa.scalar(prefix), pa.array(np.asarray(ints, np.int64)).cast(pa.string()), "")


def nulls(n, typ=None):
    return pa.nulls(n, typ or pa.string())


def hexkeys(rng, n, width=16):
    v = rng.integers(0, 2**62, size=(n, 2), dtype=np.int64)
    return [(format(int(a), "016x") + format(int(b), "016x"))[-width:] for a, b in v]


def luhn15(tac: np.ndarray, serial: np.ndarray) -> np.ndarray:
    base = tac.astype(np.int64) * 1_000_000 + serial.astype(np.int64)  # 14 digits
    digits = np.stack([(base // 10**k) % 10 for k in range(13, -1, -1)], axis=1)  # left->right
    tot = np.zeros(len(base), np.int64)
    for i in range(14):
        d = digits[:, i]
        if i % 2 == 1:
            d = d * 2
            d = d // 10 + d % 10
        tot += d
    check = (10 - tot % 10) % 10
    return base * 10 + check


HOUR_W = np.array([0.3, 0.15, 0.1, 0.08, 0.1, 0.3, 0.9, 2.2, 4.0, 5.5, 6.2, 6.0, 5.0, 4.6, 5.2, 5.6, 5.8, 6.0,
                   6.2, 6.6, 6.3, 5.0, 3.0, 1.2])
HOUR_P = HOUR_W / HOUR_W.sum()
WORK_W = np.array([0, 0, 0, 0, 0, 0, 0, .3, 2, 6, 7, 7, 3, 3, 6, 7, 7, 6, 3, .8, .2, 0, 0, 0], float)
WORK_P = WORK_W / WORK_W.sum()


def sample_tod(rng, n, p=HOUR_P):
    h = rng.choice(24, size=n, p=p)
    return h * 3600 + rng.integers(0, 3600, size=n)


# ----------------------------------------------------------------------------- generator
class Gen:
    def __init__(self, seed: int, n_subs: int, quiet: bool):
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.N = n_subs
        self.quiet = quiet
        self.fx = 0.45 if quiet else 1.0          # fraud intensity multiplier
        self.o = Out()
        self.truth: list[dict] = []
        self.events: list[dict] = []
        self.days = np.arange(-HIST_DAYS, WINDOW_DAYS)
        self._used_numbers: set[int] = set()
        self.call_seq = 0
        self.sms_seq = 0
        self.txn_seq = 0

    # ---- identifiers
    def new_numbers(self, n, prefixes=MOBILE_PREFIX, cc=86, nd=8):
        rng = self.rng
        out = np.empty(0, np.int64)
        while len(out) < n:
            p = rng.choice(prefixes, size=2 * n)
            body = rng.integers(0, 10**nd, size=2 * n)
            v = (cc * 10**(3 + nd) + p.astype(np.int64) * 10**nd + body) if prefixes is not None else body
            v = np.unique(v)
            v = v[~np.isin(v, np.fromiter(self._used_numbers, np.int64, len(self._used_numbers)))]
            rng.shuffle(v)
            out = np.concatenate([out, v])
        out = out[:n]
        self._used_numbers.update(out.tolist())
        return out

    def new_fixed(self, n, area=851):
        v = np.unique(86 * 10**11 + area * 10**8 + self.rng.integers(2 * 10**7, 9 * 10**7, size=3 * n))
        v = v[~np.isin(v, np.array(list(self._used_numbers), np.int64))][:n]
        self._used_numbers.update(v.tolist())
        return v

    def new_imei(self, n, tacs=HANDSET_TAC):
        return luhn15(self.rng.choice(tacs, size=n), self.rng.integers(0, 10**6, size=n))

    def new_imsi(self, n):
        return 460_00 * 10**10 + self.rng.integers(0, 10**10, size=n)

    def tr(self, entity_type, entity, role, gang_id=None, scheme=None, first_active=None):
        self.truth.append(dict(entity_type=entity_type, entity=str(entity), role=role, gang_id=gang_id,
                               scheme=scheme, first_active=None if first_active is None else int(first_active)))

    # ---- ids for calls / sms / txns
    def _ids(self, kind, n):
        start = {"c": self.call_seq, "s": self.sms_seq, "t": self.txn_seq}[kind]
        ids = prefixed(f"{kind}{self.seed}-", np.arange(start, start + n))
        if kind == "c":
            self.call_seq += n
        elif kind == "s":
            self.sms_seq += n
        else:
            self.txn_seq += n
        return ids

    # ------------------------------------------------------------------ cells
    def make_cells(self):
        rng = self.rng
        nc = 700
        w = np.array([14, 10, 9, 9, 7, 10, 6, 6, 6, 5, 6, 6, 6], float)
        reg = rng.choice(len(REGIONS), size=nc, p=w / w.sum())
        reg = np.sort(reg)
        ll = np.array(REGION_LL)[reg]
        lat = ll[:, 0] + rng.normal(0, 0.05, nc)
        lon = ll[:, 1] + rng.normal(0, 0.05, nc)
        self.cell_ids = np.array([f"460-00-{24000 + r * 10}-{i:05d}" for i, r in enumerate(reg)])
        self.cell_reg = reg
        st = rng.choice(["macro", "indoor", "small"], size=nc, p=[0.7, 0.18, 0.12])
        self.o.add("cells", cell=strs(self.cell_ids), lat=np.round(lat, 5), lon=np.round(lon, 5),
                   region=strs(np.array(REGIONS)[reg]), site_type=strs(st))
        self.NC = nc

    # ------------------------------------------------------------------ population
    def make_population(self):
        rng = self.rng
        N = self.N
        # The subscriber lines of ordinary people (look-alikes are carved out of them later).
        n_ord = N - 380  # room for fraud cards, enterprise lines, dual-SIM second lines
        self.n_ord = n_ord
        cell_home = np.sort(rng.integers(0, self.NC, size=n_ord))  # index order ~ geography
        self.home = cell_home
        self.work = np.clip(cell_home + rng.integers(-40, 40, size=n_ord), 0, self.NC - 1)
        self.msisdn = self.new_numbers(n_ord)
        self.imsi = self.new_imsi(n_ord)
        self.imei = self.new_imei(n_ord)
        self.person_idkey = np.array(hexkeys(rng, n_ord))
        age = rng.choice([0, 1, 2, 3], size=n_ord, p=[0.12, 0.45, 0.28, 0.15])  # <25, 25-45, 45-65, 65+
        self.age = age
        self.rate = np.exp(rng.normal(np.log(2.6), 0.75, n_ord)) * np.where(age == 3, 0.45, 1.0)
        self.open_t = W0 - rng.integers(200, 12 * 365, size=n_ord) * DAY - rng.integers(0, DAY, n_ord)
        self.active_mask = np.ones((n_ord, len(self.days)), bool)  # per line per day: uses the network
        self.roam = np.full((n_ord, len(self.days)), "", dtype=object)
        self.idx_free = np.ones(n_ord, bool)  # not yet assigned a special role
        # social graph, local: neighbours in index space ~ same area
        k_in = 1 + rng.poisson(np.where(age == 3, 2, 6))
        k_off = rng.poisson(np.where(age == 3, 1, 4))
        src = np.repeat(np.arange(n_ord), k_in)
        off = np.rint(rng.normal(0, 250, len(src))).astype(np.int64)
        far = rng.random(len(src)) < 0.15
        off[far] = rng.integers(-n_ord, n_ord, far.sum())
        dst = (src + off) % n_ord
        keep = dst != src
        a = np.concatenate([src[keep], dst[keep]])
        b = np.concatenate([dst[keep], src[keep]])
        e = np.unique(a * n_ord + b)
        ea, eb = e // n_ord, e % n_ord
        # off-net contacts: a pool shared by neighbours
        n_offpool = 45000
        self.offpool = self.new_numbers(n_offpool, OFFNET_PREFIX)
        osrc = np.repeat(np.arange(n_ord), k_off)
        oidx = (osrc * n_offpool // n_ord + np.rint(rng.normal(0, 400, len(osrc))).astype(np.int64)) % n_offpool
        # edges: dst number, flag in-net
        src_all = np.concatenate([ea, osrc])
        dnum = np.concatenate([self.msisdn[eb], self.offpool[oidx]])
        dline = np.concatenate([eb, np.full(len(osrc), -1)])
        order = np.lexsort((rng.random(len(src_all)), src_all))
        self.e_src, self.e_num, self.e_line = src_all[order], dnum[order], dline[order]
        self.e_off = np.concatenate([[0], np.cumsum(np.bincount(self.e_src, minlength=n_ord))])
        self.deg = np.diff(self.e_off)
        self.dur_mu = np.where(age == 3, np.log(150), np.log(70)) + rng.normal(0, 0.3, n_ord)
        self.bank_acct = None
        self.sorted_idx = np.argsort(self.msisdn)
        self.sorted_msisdn = self.msisdn[self.sorted_idx]

    def take(self, n, pred=None):
        """Reserve n free ordinary lines (optionally matching pred mask) for a special role."""
        cand = np.flatnonzero(self.idx_free & (pred if pred is not None else True))
        pick = self.rng.choice(cand, size=n, replace=False)
        self.idx_free[pick] = False
        return pick

    def pick_edge(self, lines, skew=1.8):
        u = self.rng.random(len(lines)) ** skew
        d = self.deg[lines]
        ok = d > 0
        e = self.e_off[lines] + np.floor(u * np.maximum(d, 1)).astype(np.int64)
        return e, ok

    # ------------------------------------------------------------------ ordinary activity
    def cell_for(self, lines, tod, day_idx):
        rng = self.rng
        wd = ((self.days[day_idx] + 0) % 7) < 5  # 2026-05-11 is a Monday
        at_work = wd & (tod >= 9 * 3600) & (tod < 18 * 3600) & (rng.random(len(lines)) < 0.7)
        c = np.where(at_work, self.work[lines], self.home[lines])
        jitter = rng.random(len(lines)) < 0.15
        c = np.where(jitter, np.clip(c + rng.integers(-5, 6, len(lines)), 0, self.NC - 1), c)
        return c

    def ordinary_voice(self):
        rng = self.rng
        n_ord = self.n_ord
        for di, d in enumerate(self.days):
            wk = (d % 7) >= 5
            lam = self.rate * (1.1 if wk else 1.0) * self.active_mask[:, di]
            k = rng.poisson(lam)
            lines = np.repeat(np.arange(n_ord), k)
            e, ok = self.pick_edge(lines)
            lines, e = lines[ok], e[ok]
            callee = self.e_num[e]
            callee_line = self.e_line[e]
            # strangers (businesses, wrong numbers)
            strange = rng.random(len(lines)) < 0.035
            r = rng.integers(0, n_ord, strange.sum())
            callee[strange] = np.where(rng.random(strange.sum()) < 0.5, self.msisdn[r],
                                       self.offpool[rng.integers(0, len(self.offpool), strange.sum())])
            callee_line[strange] = np.where(np.isin(callee[strange], self.msisdn), r, -1)
            self._emit_calls(lines, callee, callee_line, di, strange)
            # incoming from off-net contacts
            k2 = rng.poisson(lam * 0.55)
            l2 = np.repeat(np.arange(n_ord), k2)
            e2, ok2 = self.pick_edge(l2)
            sel = ok2 & (self.e_line[np.minimum(e2, len(self.e_line) - 1)] < 0)
            l2, e2 = l2[sel], e2[sel]
            self._emit_incoming_offnet(self.e_num[e2], l2, di)
            # spam/ads from other operators' numbers
            k3 = rng.poisson(0.06 * self.active_mask[:, di])
            l3 = np.repeat(np.arange(n_ord), k3)
            self._emit_incoming_offnet(self.offpool[rng.integers(0, len(self.offpool), len(l3))], l3, di,
                                       ans_p=0.45, mu=np.log(20))

    def _emit_calls(self, lines, callee, callee_line, di, strange):
        rng = self.rng
        n = len(lines)
        d = self.days[di]
        tod = sample_tod(rng, n)
        t = W0 + d * DAY + tod
        ans_p = np.where(strange, 0.62, 0.86)
        u = rng.random(n)
        res = np.where(u < ans_p, "answered",
                       np.where(u < ans_p + (1 - ans_p) * 0.7, "no_answer",
                                np.where(u < ans_p + (1 - ans_p) * 0.9, "busy", "rejected")))
        answered = res == "answered"
        dur = np.where(answered, np.clip(np.exp(rng.normal(self.dur_mu[lines], 1.0)), 3, 5400), 0).astype(np.int64)
        ring = np.where(answered, rng.integers(2, 18, n), rng.integers(15, 60, n))
        ccell = self.cell_for(lines, tod, np.full(n, di))
        roam = self.roam[lines, di]
        abroad = roam != ""
        kcell = np.where(callee_line >= 0, self.cell_for(np.maximum(callee_line, 0), tod, np.full(n, di)), -1)
        self.o.add("voice", call_id=self._ids("c", n), start_time=ts(t), caller=num(self.msisdn[lines]),
                   callee=num(callee), duration_s=dur, ring_s=ring, result=strs(res),
                   caller_imei=num(self.imei[lines]), caller_imsi=num(self.imsi[lines]),
                   caller_cell=pa.array(np.where(abroad, None, self.cell_ids[ccell]), pa.string()),
                   callee_cell=pa.array(np.where(kcell >= 0, self.cell_ids[np.maximum(kcell, 0)], None), pa.string()),
                   caller_roaming_country=pa.array(np.where(abroad, roam, None), pa.string()),
                   call_type=strs(np.where(abroad, "intl_out", "mobile")), media=strs(np.where(rng.random(n) < 0.04, "video", "voice")),
                   gateway=nulls(n))

    def _emit_incoming_offnet(self, callers, lines, di, ans_p=0.85, mu=None):
        rng = self.rng
        n = len(lines)
        if n == 0:
            return
        tod = sample_tod(rng, n)
        t = W0 + self.days[di] * DAY + tod
        ansd = rng.random(n) < ans_p
        mu = self.dur_mu[lines] if mu is None else mu
        dur = np.where(ansd, np.clip(np.exp(rng.normal(mu, 1.0)), 3, 5400), 0).astype(np.int64)
        kcell = self.cell_for(lines, tod, np.full(n, di))
        self.o.add("voice", call_id=self._ids("c", n), start_time=ts(t), caller=num(callers),
                   callee=num(self.msisdn[lines]), duration_s=dur, ring_s=rng.integers(2, 40, n),
                   result=strs(np.where(ansd, "answered", "no_answer")), caller_imei=nulls(n), caller_imsi=nulls(n),
                   caller_cell=nulls(n), callee_cell=strs(self.cell_ids[kcell]), caller_roaming_country=nulls(n),
                   call_type=strs(np.full(n, "mobile")), media=strs(np.full(n, "voice")), gateway=nulls(n))

    def ordinary_sms_device_web_apps(self):
        rng = self.rng
        n_ord = self.n_ord
        app_sets = rng.integers(0, len(POPULAR_APPS), size=(n_ord, 9))
        dom_ip = {d: f"{rng.integers(36, 223)}.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{rng.integers(1, 254)}"
                  for d in POPULAR_DOMAINS}
        dom_arr = np.array(POPULAR_DOMAINS)
        ip_arr = np.array([dom_ip[d] for d in POPULAR_DOMAINS])
        zipf = 1.0 / np.arange(1, len(POPULAR_DOMAINS) + 1) ** 0.9
        zipf /= zipf.sum()
        banks_sms = np.array([95588, 95533, 95599, 95566, 95580, 10086, 1069012345678, 106575551234])
        for di, d in enumerate(self.days):
            act = self.active_mask[:, di]
            # P2P SMS
            k = rng.poisson(0.35 * act)
            lines = np.repeat(np.arange(n_ord), k)
            e, ok = self.pick_edge(lines)
            lines, e = lines[ok], e[ok]
            n = len(lines)
            tod = sample_tod(rng, n)
            roam = self.roam[lines, di]
            self.o.add("sms", sms_id=self._ids("s", n), send_time=ts(W0 + d * DAY + tod), sender=num(self.msisdn[lines]),
                       receiver=num(self.e_num[e]), content=nulls(n), sender_imei=num(self.imei[lines]),
                       sender_cell=pa.array(np.where(roam != "", None, self.cell_ids[self.cell_for(lines, tod, np.full(n, di))]), pa.string()),
                       sender_roaming_country=pa.array(np.where(roam != "", roam, None), pa.string()))
            # service SMS (banks, operator, verification codes) -> ordinary lines
            k = rng.poisson(0.5 * act)
            lines = np.repeat(np.arange(n_ord), k)
            n = len(lines)
            snd = rng.choice(banks_sms, size=n)
            code = rng.integers(100000, 999999, n).astype(str)
            txt = np.where(snd == 10086, "【中国移动】尊敬的客户，您本月已使用流量",
                           np.char.add(np.char.add("【银行】您尾号的账户动账提醒，验证码", code), "，请勿泄露。"))
            self.o.add("sms", sms_id=self._ids("s", n), send_time=ts(W0 + d * DAY + sample_tod(rng, n)), sender=num(snd),
                       receiver=num(self.msisdn[lines]), content=strs(txt), sender_imei=nulls(n), sender_cell=nulls(n),
                       sender_roaming_country=nulls(n))
            # device events
            k = rng.poisson(4.0 * act)
            lines = np.repeat(np.arange(n_ord), k)
            n = len(lines)
            tod = sample_tod(rng, n)
            ev = rng.choice(["data_session", "location_update", "attach", "power_on", "detach"], size=n,
                            p=[0.62, 0.26, 0.06, 0.03, 0.03])
            byt = np.where(ev == "data_session", np.exp(rng.normal(15.5, 1.6, n)).astype(np.int64), -1)
            roam = self.roam[lines, di]
            self.o.add("device", time=ts(W0 + d * DAY + tod), msisdn=num(self.msisdn[lines]), imsi=num(self.imsi[lines]),
                       imei=num(self.imei[lines]),
                       cell=pa.array(np.where(roam != "", None, self.cell_ids[self.cell_for(lines, tod, np.full(n, di))]), pa.string()),
                       event=strs(ev), roaming_country=pa.array(np.where(roam != "", roam, None), pa.string()),
                       bytes=pa.array(byt, pa.int64()).cast(pa.int64()).fill_null(0) if False else pa.array(np.where(byt < 0, None, byt), pa.int64()))
            # web (only window days + last 3 history days to keep volume sane)
            if d >= -3:
                k = rng.poisson(2.5 * act * (self.age < 3))
                lines = np.repeat(np.arange(n_ord), k)
                n = len(lines)
                di_ = rng.choice(len(POPULAR_DOMAINS), size=n, p=zipf)
                self.o.add("web", time=ts(W0 + d * DAY + sample_tod(rng, n)), msisdn=num(self.msisdn[lines]),
                           domain=strs(dom_arr[di_]), url=strs(np.char.add("https://", dom_arr[di_])),
                           ip=strs(ip_arr[di_]), bytes=np.exp(rng.normal(11, 1.5, n)).astype(np.int64), app=nulls(n))
                k = rng.poisson(1.5 * act)
                lines = np.repeat(np.arange(n_ord), k)
                n = len(lines)
                ap = app_sets[lines, rng.integers(0, 9, n)]
                self.o.add("apps", time=ts(W0 + d * DAY + sample_tod(rng, n)), msisdn=num(self.msisdn[lines]),
                           app=strs(np.array(POPULAR_APPS)[ap]), event=strs(np.full(n, "use")), source_url=nulls(n))
            # occasional legit installs
            k = rng.poisson(0.03 * act)
            lines = np.repeat(np.arange(n_ord), k)
            n = len(lines)
            self.o.add("apps", time=ts(W0 + d * DAY + sample_tod(rng, n)), msisdn=num(self.msisdn[lines]),
                       app=strs(np.array(POPULAR_APPS)[rng.integers(0, len(POPULAR_APPS), n)]),
                       event=strs(np.full(n, "install")),
                       source_url=strs(np.full(n, "https://appgallery.huawei.com/app")))

    def ordinary_accounts(self):
        rng = self.rng
        n_ord = self.n_ord
        # internet accounts: 1-5 per line, registered long ago mostly
        k = 1 + rng.poisson(1.8, n_ord)
        lines = np.repeat(np.arange(n_ord), k)
        n = len(lines)
        plat = np.array(PLATFORMS)[rng.integers(0, len(PLATFORMS), n)]
        rt = np.maximum(self.open_t[lines] + rng.integers(0, 3000, n) * DAY, W0 - rng.integers(1, 3000, n) * DAY)
        rt = np.minimum(rt, W0 - DAY * rng.integers(1, 40, n))
        acc = np.char.add("u", rng.integers(10**9, 10**11, n).astype(str))
        self.o.add("internet_accounts", platform=strs(plat), account=strs(acc), msisdn=num(self.msisdn[lines]),
                   register_time=ts(rt), status=strs(np.full(n, "active")))
        # bank accounts: 1-3 per person
        k = 1 + rng.binomial(2, 0.35, n_ord)
        owners = np.repeat(np.arange(n_ord), k)
        n = len(owners)
        acct = np.array(hexkeys(rng, n, 20))
        self.acct_owner = owners
        self.acct = acct
        self.first_acct = np.full(n_ord, "", dtype=object)
        first_pos = np.concatenate([[0], np.cumsum(k)[:-1]])
        self.first_acct[:] = acct[first_pos]
        # opened some time between the line's opening (or 11 years ago) and 2 months ago
        lo = np.maximum(self.open_t[owners], W0 - 4000 * DAY)
        ot = lo + (rng.random(n) * np.maximum(W0 - 60 * DAY - lo, DAY)).astype(np.int64)
        self.bank_rows = dict(account_id=list(acct), id_key=list(self.person_idkey[owners]),
                              bank=list(np.array(BANKS)[rng.integers(0, len(BANKS), n)]), open_time=list(ot),
                              bound_msisdn=list(self.msisdn[owners]), status=["active"] * n)
        # P2P transfers to contacts and payments to off-net merchants
        self.ext_merchants = np.array(hexkeys(rng, 800, 20))
        for di, d in enumerate(self.days):
            act = self.active_mask[:, di]
            kk = rng.poisson(0.22 * act)
            lines = np.repeat(np.arange(n_ord), kk)
            e, ok = self.pick_edge(lines)
            lines, e = lines[ok], e[ok]
            tl = self.e_line[e]
            inn = tl >= 0
            lines, tl = lines[inn], tl[inn]
            n = len(lines)
            amt = np.round(np.exp(rng.normal(np.log(260), 1.1, n)), 2)
            self._txn(self.first_acct[lines], self.first_acct[tl], amt, W0 + d * DAY + sample_tod(rng, n),
                      self.msisdn[lines])
            kk = rng.poisson(0.5 * act)
            lines = np.repeat(np.arange(n_ord), kk)
            n = len(lines)
            amt = np.round(np.exp(rng.normal(np.log(45), 0.9, n)), 2)
            self._txn(self.first_acct[lines], self.ext_merchants[rng.integers(0, 800, n)], amt,
                      W0 + d * DAY + sample_tod(rng, n), self.msisdn[lines], channel="third_party")

    def _txn(self, frm, to, amt, t, msisdn, channel=None):
        n = len(frm)
        if n == 0:
            return
        ch = np.full(n, channel) if channel else self.rng.choice(["mobile_app", "third_party", "counter", "atm"], n,
                                                                  p=[0.7, 0.22, 0.05, 0.03])
        self.o.add("transfers", txn_id=self._ids("t", n), time=ts(t), from_account=strs(np.asarray(frm, object)),
                   to_account=strs(np.asarray(to, object)), amount=pa.array(np.asarray(amt, float)),
                   currency=strs(np.full(n, "CNY")), channel=strs(ch),
                   initiated_msisdn=num(np.asarray(msisdn, np.int64)))

    # ------------------------------------------------------------------ generic emitters
    def calls(self, caller, callee, t, dur, res, imei=None, imsi=None, cell=None, callee_cell=None,
              ctype="mobile", gateway=None, roam=None, ring=None):
        n = len(caller)
        if n == 0:
            return

        def col(v, conv):
            if v is None:
                return nulls(n)
            if np.isscalar(v):
                v = np.full(n, v)
            return conv(v)

        def cellcol(v):
            if v is None:
                return nulls(n)
            v = np.broadcast_to(np.asarray(v, np.int64), (n,))
            return pa.array(np.where(v >= 0, self.cell_ids[np.maximum(v, 0)], None), pa.string())

        if ring is None:
            ring = np.where(np.asarray(res) == "answered", self.rng.integers(2, 15, n), self.rng.integers(10, 45, n))
        self.o.add("voice", call_id=self._ids("c", n), start_time=ts(t), caller=num(caller), callee=num(callee),
                   duration_s=np.asarray(dur, np.int64), ring_s=np.asarray(ring, np.int64), result=strs(res),
                   caller_imei=col(imei, num), caller_imsi=col(imsi, num), caller_cell=cellcol(cell),
                   callee_cell=cellcol(callee_cell), caller_roaming_country=col(roam, strs),
                   call_type=col(ctype, strs), media=strs(np.full(n, "voice")), gateway=col(gateway, strs))

    def outcome(self, n, p_ans, mu, sigma=1.0, lo=1, hi=7200, p_rej=0.25):
        rng = self.rng
        u = rng.random(n)
        res = np.where(u < p_ans, "answered", np.where(rng.random(n) < p_rej, "rejected",
                                                       np.where(rng.random(n) < 0.15, "busy", "no_answer")))
        dur = np.where(res == "answered", np.clip(np.exp(rng.normal(mu, sigma, n)), lo, hi), 0).astype(np.int64)
        return res, dur

    def dev(self, msisdn, imsi, imei, t, cell, event, byts=None, roam=None):
        n = len(t)
        if n == 0:
            return
        b = np.broadcast_to
        cell = b(np.asarray(cell, np.int64), (n,))
        ev = b(np.asarray(event), (n,))
        if byts is None:
            byts = np.where(ev == "data_session", np.exp(self.rng.normal(14, 1.5, n)).astype(np.int64), -1)
        self.o.add("device", time=ts(t), msisdn=num(b(np.asarray(msisdn, np.int64), (n,))),
                   imsi=num(b(np.asarray(imsi, np.int64), (n,))), imei=num(b(np.asarray(imei, np.int64), (n,))),
                   cell=pa.array(np.where(cell >= 0, self.cell_ids[np.maximum(cell, 0)], None), pa.string()),
                   event=strs(ev), roaming_country=nulls(n) if roam is None else strs(b(np.asarray(roam), (n,))),
                   bytes=pa.array(np.where(np.asarray(byts) < 0, None, byts), pa.int64()))

    def sms(self, sender, receiver, t, content, imei=None, cell=None):
        n = len(receiver)
        if n == 0:
            return
        b = np.broadcast_to
        self.o.add("sms", sms_id=self._ids("s", n), send_time=ts(t), sender=num(b(np.asarray(sender, np.int64), (n,))),
                   receiver=num(receiver), content=pa.array(list(content) if content is not None else [None] * n, pa.string()),
                   sender_imei=nulls(n) if imei is None else num(b(np.asarray(imei, np.int64), (n,))),
                   sender_cell=nulls(n) if cell is None else strs(self.cell_ids[b(np.asarray(cell), (n,))]),
                   sender_roaming_country=nulls(n))

    def web(self, msisdn, t, domain, url, ip, app=None):
        n = len(t)
        if n == 0:
            return
        b = np.broadcast_to
        self.o.add("web", time=ts(t), msisdn=num(b(np.asarray(msisdn, np.int64), (n,))),
                   domain=strs(b(np.asarray(domain), (n,))), url=strs(b(np.asarray(url), (n,))),
                   ip=strs(b(np.asarray(ip), (n,))), bytes=np.exp(self.rng.normal(10.5, 1.2, n)).astype(np.int64),
                   app=nulls(n) if app is None else strs(b(np.asarray(app), (n,))))

    def appev(self, msisdn, t, app, event, src=None):
        n = len(t)
        if n == 0:
            return
        b = np.broadcast_to
        self.o.add("apps", time=ts(t), msisdn=num(b(np.asarray(msisdn, np.int64), (n,))), app=strs(b(np.asarray(app), (n,))),
                   event=strs(b(np.asarray(event), (n,))),
                   source_url=nulls(n) if src is None else strs(b(np.asarray(src), (n,))))

    def add_subs(self, msisdn, imsi, id_key, open_time, line_type="mobile", id_type="resident_id",
                 customer_type="personal", channel=None, open_cell=None, status="active", prepaid=True, region="GY-YY"):
        n = len(msisdn)
        b = lambda v: list(np.broadcast_to(np.asarray(v, dtype=object), (n,)))  # noqa: E731
        self.extra_subs.append(dict(msisdn=list(np.asarray(msisdn, np.int64)), imsi=list(np.asarray(imsi, np.int64)) if imsi is not None else [-1] * n,
                                    id_key=b(id_key), id_type=b(id_type), customer_type=b(customer_type),
                                    line_type=b(line_type), open_time=list(np.asarray(open_time, np.int64)),
                                    open_channel=b(channel if channel is not None else "STORE-001"),
                                    open_cell=b(open_cell if open_cell is not None else -1), status=b(status),
                                    is_prepaid=b(prepaid), home_region=b(region)))

    def targets(self, n, inner=0.7, old_bias=True, seq=False):
        """Strangers a fraud caller dials: from a leaked list (in-net biased to older people) or a number range."""
        rng = self.rng
        if seq:
            base = 86 * 10**11 + int(rng.choice(MOBILE_PREFIX)) * 10**8 + int(rng.integers(0, 10**8 - 10 * n))
            nums = base + np.cumsum(rng.integers(1, 4, n))
            line = np.searchsorted(self.sorted_msisdn, nums)
            line = np.minimum(line, len(self.sorted_msisdn) - 1)
            hit = self.sorted_msisdn[line] == nums
            return nums, np.where(hit, self.sorted_idx[line], -1)
        w = np.where(self.age >= 2, 2.5, 1.0) if old_bias else np.ones(self.n_ord)
        w = w / w.sum()
        inn = rng.random(n) < inner
        ln = rng.choice(self.n_ord, size=n, p=w)
        nums = np.where(inn, self.msisdn[ln], self.offpool[rng.integers(0, len(self.offpool), n)])
        return nums, np.where(inn, ln, -1)

    # ------------------------------------------------------------------ look-alikes (set-up before ordinary activity)
    def setup_lookalikes(self):
        rng = self.rng
        self.extra_subs = []
        # elderly: few contacts, low rate (already by age); list the quietest ones
        self.la_elderly = self.take(150, (self.age == 3) & (self.deg <= np.quantile(self.deg[self.age == 3], 0.3)))
        for i in self.la_elderly:
            self.tr("msisdn", self.msisdn[i], "benign", scheme="elderly_few_contacts")
        # dormant then normal: silent for the whole history, back in the window
        self.la_dormant = self.take(50)
        back = rng.integers(0, 4, 50)
        for j, i in enumerate(self.la_dormant):
            self.active_mask[i, : HIST_DAYS + back[j]] = False
            self.tr("msisdn", self.msisdn[i], "benign", scheme="dormant_then_normal")
        # travellers: 3-6 consecutive days abroad
        self.la_trav = self.take(60, self.age < 3)
        for i in self.la_trav:
            L = rng.integers(3, 7)
            s = rng.integers(HIST_DAYS - 4, HIST_DAYS + WINDOW_DAYS - 2)
            self.roam[i, s:s + L] = rng.choice(["TH", "JP", "KR", "SG", "MY", "VN", "US", "FR", "AE", "KH", "HK"])
            self.tr("msisdn", self.msisdn[i], "benign", scheme="traveller")
        # new subscribers (students / workers who just arrived): opened in the last 3 weeks
        self.la_new = self.take(80, self.age < 2)
        self.open_t[self.la_new] = W0 - rng.integers(1, 20, 80) * DAY + rng.integers(0, DAY, 80)
        for i in self.la_new:
            od = int((self.open_t[i] - W0) // DAY)
            self.active_mask[i, : max(0, od + HIST_DAYS + 1)] = False
            self.tr("msisdn", self.msisdn[i], "benign", scheme="new_subscriber", first_active=self.open_t[i])
        # family with many cards on one ID (一证多卡 but legitimate): 25 IDs x 4-6 lines
        fam = self.take(25 * 5, self.age >= 1)
        for f in range(25):
            mem = fam[f * 5:(f + 1) * 5][: rng.integers(4, 6)]
            self.person_idkey[mem] = self.person_idkey[mem[0]]
            self.open_t[mem] = self.open_t[mem[0]] + rng.integers(0, 400, len(mem)) * DAY
            self.open_t[mem] = np.minimum(self.open_t[mem], W0 - 60 * DAY)
            self.tr("id_key", self.person_idkey[mem[0]], "benign", scheme="family_multi_card")
        # couriers, salespeople, mule look-alike merchants: normal personal life + work traffic later
        self.la_courier = self.take(40, self.age == 1)
        self.la_sales = self.take(20, self.age == 1)
        self.la_merchant = self.take(30, self.age >= 1)
        for i in self.la_courier:
            self.tr("msisdn", self.msisdn[i], "benign", scheme="courier")
        for i in self.la_sales:
            self.tr("msisdn", self.msisdn[i], "benign", scheme="salesperson")
        # dual SIM: second line, same ID, same handset
        self.la_dual = self.take(150, self.age < 3)
        self.dual_num = self.new_numbers(150)
        self.dual_imsi = self.new_imsi(150)
        for _j, i in enumerate(self.la_dual):
            self.tr("imei", self.imei[i], "benign", scheme="dual_sim")
        self.dual_open = W0 - rng.integers(60, 2000, 150) * DAY

    def lookalike_activity(self):
        rng = self.rng
        days = np.arange(-HIST_DAYS, WINDOW_DAYS)
        # dual SIM second lines: ~1 call/day to owner's contacts, data on the second SIM too
        own = self.la_dual
        self.add_subs(self.dual_num, self.dual_imsi, self.person_idkey[own], self.dual_open,
                      channel=[f"STORE-{x:03d}" for x in rng.integers(1, 300, 150)], prepaid=False)
        for d in days:
            k = rng.poisson(1.0, len(own))
            li = np.repeat(np.arange(len(own)), k)
            ln = own[li]
            e, ok = self.pick_edge(ln)
            li, ln, e = li[ok], ln[ok], e[ok]
            t = W0 + d * DAY + sample_tod(rng, len(li))
            res, dur = self.outcome(len(li), 0.85, np.log(60))
            self.calls(self.dual_num[li], self.e_num[e], t, dur, res, imei=self.imei[ln], imsi=self.dual_imsi[li],
                       cell=self.home[ln])
            k = rng.poisson(2.0, len(own))
            li = np.repeat(np.arange(len(own)), k)
            t = W0 + d * DAY + sample_tod(rng, len(li))
            ev = rng.choice(["data_session", "location_update", "attach"], len(li), p=[0.5, 0.4, 0.1])
            self.dev(self.dual_num[li], self.dual_imsi[li], self.imei[own[li]], t, self.home[own[li]], ev)
        # couriers: 40-140 short calls/day to customers in their delivery area, many call back
        for i in self.la_courier:
            area = np.clip(self.home[i] + np.arange(-12, 13), 0, self.NC - 1)
            cust_pool = np.flatnonzero(np.isin(self.home, area))
            if len(cust_pool) < 50:
                cust_pool = np.arange(max(0, i - 400), min(self.n_ord, i + 400))
            for d in days:
                if rng.random() < 0.12:  # day off
                    continue
                n = int(rng.integers(40, 140))
                cl = rng.choice(cust_pool, n)
                offn = rng.random(n) < 0.25
                callee = np.where(offn, self.offpool[rng.integers(0, len(self.offpool), n)], self.msisdn[cl])
                t = W0 + d * DAY + sample_tod(rng, n, WORK_P)
                res, dur = self.outcome(n, 0.8, np.log(28), 0.6, p_rej=0.1)
                cells = rng.choice(area, n)
                self.calls(np.full(n, self.msisdn[i]), callee, t, dur, res, imei=self.imei[i], imsi=self.imsi[i],
                           cell=cells, callee_cell=np.where(offn, -1, self.home[cl]))
                cb = rng.random(n) < 0.3
                m = int(cb.sum())
                res2, dur2 = self.outcome(m, 0.95, np.log(35), 0.6)
                self.calls(callee[cb], np.full(m, self.msisdn[i]), t[cb] + rng.integers(60, 3600, m), dur2, res2,
                           imei=None, cell=np.where(offn[cb], -1, self.home[cl[cb]]), callee_cell=cells[cb])
                if m:
                    self.sms(self.msisdn[i], callee[:m // 2], t[:m // 2] + 30,
                             [f"【快递】您的包裹已到菜鸟驿站，取件码{x}" for x in rng.integers(1000, 9999, m // 2)],
                             imei=self.imei[i], cell=cells[:m // 2])
                tt = W0 + d * DAY + sample_tod(rng, 30, WORK_P)
                self.dev(self.msisdn[i], self.imsi[i], self.imei[i], tt, rng.choice(area, 30), "data_session")
        # salespeople: 25-70 calls/day to strangers (leads), follow-ups to earlier answered leads
        for i in self.la_sales:
            leads, lline = self.targets(1500, inner=0.6, old_bias=False)
            called = np.empty(0, np.int64)
            for d in days:
                if (d % 7) >= 5 and rng.random() < 0.7:
                    continue
                n = int(rng.integers(25, 70))
                new = leads[rng.integers(0, len(leads), n)]
                fu = called[rng.integers(0, len(called), n // 3)] if len(called) else np.empty(0, np.int64)
                callee = np.concatenate([new, fu])
                t = W0 + d * DAY + sample_tod(rng, len(callee), WORK_P)
                res, dur = self.outcome(len(callee), 0.55, np.log(110), 0.9)
                self.calls(np.full(len(callee), self.msisdn[i]), callee, t, dur, res, imei=self.imei[i],
                           imsi=self.imsi[i], cell=self.work[i])
                called = np.unique(np.concatenate([called, callee[res == "answered"]]))
                cb = called[rng.random(len(called)) < 0.02]
                res2, dur2 = self.outcome(len(cb), 0.9, np.log(150))
                self.calls(cb, np.full(len(cb), self.msisdn[i]), W0 + d * DAY + sample_tod(rng, len(cb), WORK_P),
                           dur2, res2, callee_cell=self.work[i])
        # call centres on enterprise fixed lines (a bank's card centre, an insurer, a broadband ISP)
        cc_num = self.new_fixed(3)
        cc_id = hexkeys(rng, 3)
        self.cc_num = cc_num
        for j in range(3):
            self.add_subs(cc_num[j:j + 1], None, cc_id[j], [W0 - int(rng.integers(700, 3000)) * DAY], line_type="fixed",
                          id_type="business_license", customer_type="enterprise", channel="ENT-DESK-01", prepaid=False)
            self.tr("msisdn", cc_num[j], "benign", scheme="call_centre")
            cust, cline = self.targets(9000, inner=0.65, old_bias=False)
            for d in days:
                wk = (d % 7) >= 5
                n = int(rng.integers(250, 900) * (0.25 if wk else 1))
                callee = cust[rng.integers(0, len(cust), n)]
                t = W0 + d * DAY + sample_tod(rng, n, WORK_P)
                res, dur = self.outcome(n, 0.45, np.log(75), 0.9)
                self.calls(np.full(n, cc_num[j]), callee, t, dur, res, ctype="fixed", gateway=f"GW-ENT-{j + 1:02d}")
                m = n // 12
                res2, dur2 = self.outcome(m, 0.8, np.log(200))
                self.calls(callee[:m], np.full(m, cc_num[j]), t[:m] + rng.integers(600, 20000, m), dur2, res2)
        # legitimate marketing SMS: two 106 ports (not our subscribers) and two enterprise SIMs in a modem
        mk_ports = np.array([1069088812345, 1065502888888])
        mk_sims = self.new_numbers(2)
        mk_imsi = self.new_imsi(2)
        mk_imei = self.new_imei(2, MODEM_TAC)
        mk_id = hexkeys(rng, 2)
        for j in range(2):
            self.add_subs(mk_sims[j:j + 1], mk_imsi[j:j + 1], mk_id[j], [W0 - int(rng.integers(300, 1500)) * DAY],
                          id_type="business_license", customer_type="enterprise", channel="ENT-DESK-02", prepaid=False)
        brands = [("【京东】", "https://3.cn/", "jd.com"), ("【美团】", "https://dpurl.cn/", "meituan.com"),
                  ("【贵州银行】", "https://m.bgzchina.com/a/", "bgzchina.com"), ("【某某超市】", "https://wx.qq.com/s/", "qq.com")]
        senders = [(mk_ports[0], None, None), (mk_ports[1], None, None), (mk_sims[0], mk_imei[0], 120), (mk_sims[1], mk_imei[1], 330)]
        for j, (snd, imei, cell) in enumerate(senders):
            self.tr("msisdn", snd, "benign", scheme="marketing_sms")
            optin, _ = self.targets(30000 if j < 2 else 4000, inner=0.8, old_bias=False)
            br, pre, dom = brands[j]
            for d in days:
                if j >= 2 and rng.random() < 0.4:
                    continue
                n = int(rng.integers(3000, 9000) if j < 2 else rng.integers(400, 1500))
                rc = optin[rng.integers(0, len(optin), n)]
                t = W0 + d * DAY + 10 * 3600 + np.sort(rng.integers(0, 7200, n))
                txt = [f"{br}会员日满199减30，点击 {pre}{c} 领取，退订回T" for c in rng.integers(10**5, 10**6, 8)]
                self.sms(snd, rc, t, np.array(txt)[rng.integers(0, 8, n)], imei=imei, cell=cell)
                if imei is not None:
                    self.dev(snd, mk_imsi[j - 2], imei, t[:1] - 60, cell, "attach")
                clk = rng.random(n) < 0.01
                ln = np.searchsorted(self.sorted_msisdn, rc[clk])
                ln = np.minimum(ln, len(self.sorted_msisdn) - 1)
                ok = self.sorted_msisdn[ln] == rc[clk]
                self.web(rc[clk][ok], t[clk][ok] + rng.integers(30, 3000, ok.sum()), dom, f"https://{dom}/promo", "111.13.100.92")
        # phone repair shops: one test handset, many customers' SIMs for a few minutes each
        shop_imei = self.new_imei(3)
        for j in range(3):
            self.tr("imei", shop_imei[j], "benign", scheme="phone_shop")
            cells = rng.integers(0, self.NC)
            for d in days:
                n = int(rng.integers(2, 9))
                cust = rng.choice(self.n_ord, n, replace=False)
                t = W0 + d * DAY + sample_tod(rng, n, WORK_P)
                self.dev(self.msisdn[cust], self.imsi[cust], np.full(n, shop_imei[j]), t, cells, "attach")
                self.dev(self.msisdn[cust], self.imsi[cust], np.full(n, shop_imei[j]), t + 400, cells, "data_session")
                tc = rng.random(n) < 0.5
                res, dur = self.outcome(int(tc.sum()), 0.9, np.log(15))
                self.calls(self.msisdn[cust[tc]], np.full(int(tc.sum()), 10086),
                           t[tc] + 120, dur, res, imei=shop_imei[j], imsi=self.imsi[cust[tc]], cell=cells)
        # merchants: many small payments in, one sweep per evening to the owner's own other account
        for i in self.la_merchant:
            macct = hexkeys(rng, 2, 20)
            self.bank_rows["account_id"] += macct
            self.bank_rows["id_key"] += [self.person_idkey[i]] * 2
            self.bank_rows["bank"] += ["GZRCU", "ICBC"]
            self.bank_rows["open_time"] += [W0 - int(rng.integers(200, 2000)) * DAY] * 2
            self.bank_rows["bound_msisdn"] += [self.msisdn[i]] * 2
            self.bank_rows["status"] += ["active"] * 2
            self.tr("account", macct[0], "benign", scheme="merchant")
            for d in days:
                n = int(rng.integers(20, 200))
                payer = rng.integers(0, self.n_ord, n)
                t = W0 + d * DAY + sample_tod(rng, n, WORK_P)
                amt = np.round(np.exp(rng.normal(np.log(28), 0.8, n)), 2)
                self._txn(self.first_acct[payer], np.full(n, macct[0], object), amt, t, self.msisdn[payer], "third_party")
                self._txn([macct[0]], [macct[1]], [round(float(amt.sum()), 2)], [W0 + d * DAY + 22 * 3600 + int(rng.integers(0, 5400))],
                          [self.msisdn[i]], "mobile_app")

    # ------------------------------------------------------------------ fraud
    def card_sellers(self):
        """Sellers open cards that are later used by gangs.  Returns a queue of cards per seller."""
        rng = self.rng
        specs = [  # (name, n_cards, first day offset, spread days, channels, loud)
            ("S1", 14, -31, 2, ["AGT-0371"]),
            ("S2", 10, -22, 5, ["AGT-0112", "STORE-207"]),
            ("S3", 5, -130, 110, ["STORE-011", "STORE-054", "AGT-0420", "STORE-233"]),
            ("S4", 12, -9, 1, ["AGT-0888"]),
            ("S5", 3, -40, 30, ["STORE-150"]),
        ]
        self.cards = {}
        self.seller_id = {}
        for name, n, d0, spread, chans in specs:
            idk = hexkeys(rng, 1)[0]
            self.seller_id[name] = idk
            nums = self.new_numbers(n)
            imsi = self.new_imsi(n)
            ot = W0 + d0 * DAY + np.sort(rng.integers(0, spread * DAY + 1, n))
            ot = ot - (ot - W0) % DAY + rng.integers(9 * 3600, 19 * 3600, n)
            ch = rng.choice(chans, n)
            cell = rng.integers(0, self.NC, n)
            self.add_subs(nums, imsi, idk, ot, channel=ch, open_cell=cell, region=REGIONS[int(self.cell_reg[cell[0]])])
            self.tr("id_key", idk, "card_seller", scheme=f"seller_{name}", first_active=ot.min())
            self.cards[name] = [dict(msisdn=int(a), imsi=int(b), open=int(c), seller=name) for a, b, c in zip(nums, imsi, ot, strict=False)]

    def card(self, *sellers, fresh_open_days=(2, 20)):
        """Next unused card from the first seller that has one left, else a card on a fresh (borrowed) ID."""
        for s in sellers:
            if self.cards.get(s):
                return self.cards[s].pop(0)
        rng = self.rng
        idk = hexkeys(rng, 1)[0]
        num_ = self.new_numbers(1)
        imsi = self.new_imsi(1)
        ot = W0 - int(rng.integers(*fresh_open_days)) * DAY + int(rng.integers(9 * 3600, 20 * 3600))
        self.add_subs(num_, imsi, idk, [ot], channel=f"AGT-{rng.integers(1, 999):04d}")
        self.tr("id_key", idk, "card_seller", scheme="single_card_lent", first_active=ot)
        return dict(msisdn=int(num_[0]), imsi=int(imsi[0]), open=ot, seller=None)

    def make_mules(self):
        rng = self.rng
        n1, n2 = max(6, int(16 * self.fx)), max(3, int(8 * self.fx))
        owners_pop = self.take(n1 + n2 - 8, self.age == 0)  # students renting out accounts
        accts, owner_id, owner_num, opened = [], [], [], []
        for k in range(n1 + n2):
            if k < len(owners_pop):
                i = owners_pop[k]
                owner_id.append(self.person_idkey[i])
                owner_num.append(int(self.msisdn[i]))
                opened.append(W0 - int(rng.integers(3, 45 if rng.random() < 0.7 else 900)) * DAY)
            elif k < len(owners_pop) + 2:
                owner_id.append(self.seller_id["S4"])
                owner_num.append(-1)
                opened.append(W0 - int(rng.integers(5, 12)) * DAY)
            else:
                owner_id.append(hexkeys(rng, 1)[0])  # ID bought from elsewhere, no phone with us
                owner_num.append(-1)
                opened.append(W0 - int(rng.integers(5, 30)) * DAY)
            accts.append(hexkeys(rng, 1, 20)[0])
        self.bank_rows["account_id"] += accts
        self.bank_rows["id_key"] += owner_id
        self.bank_rows["bank"] += list(rng.choice(BANKS, n1 + n2))
        self.bank_rows["open_time"] += opened
        self.bank_rows["bound_msisdn"] += owner_num
        self.bank_rows["status"] += ["active"] * (n1 + n2)
        self.mule1 = accts[:n1]
        self.mule2 = accts[n1:]
        self.mule_num = dict(zip(accts, owner_num, strict=False))
        self.mule_in = []   # (account, time, amount)
        self.mule_first = {}

    def victim_pay(self, vline, gang, t0, n_pay, amt_range, spread_s, scheme, fraud_type, mules=None):
        """Victim transfers money to tier-1 mules after the fraud contact at t0."""
        rng = self.rng
        mules = mules or self.mule1
        acct = self.first_acct[vline]
        ts_ = np.sort(t0 + rng.integers(300, spread_s, n_pay))
        amts = np.round(rng.uniform(*amt_range, n_pay) / 100) * 100
        to = rng.choice(mules, min(n_pay, len(mules)), replace=False) if rng.random() < 0.6 else [rng.choice(mules)] * n_pay
        to = list(to) + [to[-1]] * (n_pay - len(to))
        ch = rng.choice(["mobile_app", "mobile_app", "counter", "atm", "third_party"], n_pay)
        self._txn([acct] * n_pay, to, amts, ts_, [self.msisdn[vline]] * n_pay, None)
        self.o.chunks["transfers"][-1] = self.o.chunks["transfers"][-1].set_column(
            6, "channel", strs(ch))
        for a, t, m in zip(amts, ts_, to, strict=False):
            self.events.append(dict(victim=str(self.msisdn[vline]), time=int(t), amount=float(a), to_account=m,
                                    gang_id=gang, scheme=scheme))
            self.mule_in.append((m, int(t), float(a)))
        self.victims.append(dict(line=vline, gang=gang, t0=int(t0), loss=float(amts.sum()), fraud_type=fraud_type,
                                 scheme=scheme, fraud_num=None))
        self.tr("msisdn", self.msisdn[vline], "victim", gang_id=gang, scheme=scheme, first_active=t0)

    def visit(self, vline, t, domain, ip, app=None, path="/"):
        rng = self.rng
        k = int(rng.integers(2, 8))
        tt = t + np.sort(rng.integers(0, 1800, k))
        self.web(self.msisdn[vline], tt, domain, f"https://{domain}{path}", ip)
        if app:
            src = f"https://{domain}/download/app.apk"
            self.appev(self.msisdn[vline], [tt[-1] + 60], app, "install", src)
            m = int(rng.integers(2, 10))
            self.appev(self.msisdn[vline], tt[-1] + 120 + np.sort(rng.integers(0, 3 * DAY, m)), app, "use")

    def pick_victims(self, n, pred):
        return self.take(n, pred)

    def reg_accounts(self, msisdn, t0, k, plats=("wechat", "qq", "momo", "douyin", "alipay")):
        rng = self.rng
        if k <= 0:
            return
        pl = rng.choice(plats, k)
        acc = [f"{p[:2]}{rng.integers(10**8, 10**10)}" for p in pl]
        rt = t0 + np.sort(rng.integers(60, 4 * 3600, k))
        self.o.add("internet_accounts", platform=strs(pl), account=strs(acc), msisdn=num(np.full(k, msisdn)),
                   register_time=ts(rt), status=strs(rng.choice(["active", "active", "banned"], k)))
        for p, a, t in zip(pl, acc, rt, strict=False):
            self.tr("account", f"{p}:{a}", "fraud_internet_account", scheme="bulk_registration", first_active=t)

    def fraud_calls(self, card, n, day, p_ans, imei, cell, hours=WORK_P, seq=False, mu=3.2188758248682006, inner=0.7,  # ln 25
                    ctype="mobile", gateway=None, imsi=True):
        rng = self.rng
        callee, cline = self.targets(n, inner=inner, seq=seq)
        t = W0 + day * DAY + sample_tod(rng, n, hours)
        res, dur = self.outcome(n, p_ans, mu, 1.1, p_rej=0.35)
        kc = np.where(cline >= 0, self.home[np.maximum(cline, 0)], -1)
        self.calls(np.full(n, card["msisdn"]), callee, t, dur, res, imei=imei,
                   imsi=card.get("imsi") if imsi else None, cell=cell, callee_cell=kc, ctype=ctype, gateway=gateway)
        return t.min() if n else None

    def victim_call(self, card, vline, t, dur, imei, cell, ctype="mobile", gateway=None, imsi=True):
        self.calls([card["msisdn"]], [self.msisdn[vline]], [t], [dur], ["answered"], imei=imei,
                   imsi=card.get("imsi") if imsi else None, cell=cell, callee_cell=self.home[vline], ctype=ctype,
                   gateway=gateway)

    def make_fraud(self):
        rng = self.rng
        fx = self.fx
        self.victims = []
        self.fraud_numbers = []
        np.arange(0, WINDOW_DAYS)
        older = (self.age >= 2)
        # ---------------- gang G1: police impersonation, fresh bought cards in a den of handsets
        g = "G1"
        den = int(np.flatnonzero(self.cell_reg == 2)[5])
        den2 = den + 1
        phones = self.new_imei(4)
        for p in phones:
            self.tr("imei", p, "gang_phone", gang_id=g, scheme="police_impersonation")
        members = self.take(4, self.age == 1)
        self.work[members] = den
        for m in members:
            self.tr("id_key", self.person_idkey[m], "gang_member", gang_id=g, scheme="police_impersonation")
        # one member's own SIM shows up in a gang phone one evening
        self.dev(self.msisdn[members[0]], self.imsi[members[0]], phones[1], [W0 + 2 * DAY + 20 * 3600], den, "attach")
        self.calls([self.msisdn[members[0]]], [self.msisdn[members[1]]], [W0 + 2 * DAY + 20 * 3600 + 300], [45],
                   ["answered"], imei=phones[1], imsi=self.imsi[members[0]], cell=den)
        n_cards = max(6, int(18 * fx))
        g1_cards = []
        dom, ip, app = "gaj-aqzx.cn", "45.195.70.12", "com.ztw.meeting"
        for j in range(n_cards):
            c = self.card("S1", "S2")
            start = int(rng.integers(-3, WINDOW_DAYS))
            L = int(rng.integers(1, 4))
            c["phone"] = phones[j % 4]
            c["days"] = [d for d in range(start, start + L) if d < WINDOW_DAYS]
            c["cell"] = den if j % 3 else den2
            first = None
            for d in c["days"]:
                n = int(rng.integers(60, 220) * fx)
                t = self.fraud_calls(c, n, d, 0.22, c["phone"], c["cell"], mu=np.log(20))
                first = t if first is None else min(first, t)
                self.dev(c["msisdn"], c["imsi"], c["phone"], W0 + d * DAY + 8 * 3600 + rng.integers(0, 3600, 2), c["cell"],
                         ["power_on", "attach"])
                self.dev(c["msisdn"], c["imsi"], c["phone"], W0 + d * DAY + np.sort(rng.integers(9 * 3600, 18 * 3600, 3)),
                         c["cell"], "location_update")
            c["first"] = first
            self.tr("msisdn", c["msisdn"], "fraud_caller", gang_id=g, scheme="police_impersonation", first_active=first)
            self.reg_accounts(c["msisdn"], c["open"] + DAY, int(rng.integers(0, 3)), ("wechat", "qq"))
            g1_cards.append(c)
            self.fraud_numbers.append((c["msisdn"], g))
        n_v = max(4, int(14 * fx))
        vic = self.pick_victims(n_v, older)
        for v in vic:
            c = g1_cards[rng.integers(0, len(g1_cards))]
            d = int(rng.choice(c["days"]))
            t0 = W0 + d * DAY + int(rng.integers(9 * 3600, 17 * 3600))
            self.victim_call(c, v, t0, int(rng.integers(900, 4200)), c["phone"], c["cell"])
            self.visit(v, t0 + int(rng.integers(300, 1500)), dom, ip, app, "/ajzx/")
            if rng.random() < 0.8:
                self.victim_pay(v, g, t0 + 1800, int(rng.integers(1, 4)), (20000, 300000), 8 * 3600, "police_impersonation",
                                "impersonate_police")
            else:
                self.victims.append(dict(line=v, gang=g, t0=t0, loss=0, fraud_type="impersonate_police", scheme="no_loss"))
                self.tr("msisdn", self.msisdn[v], "victim", gang_id=g, scheme="police_impersonation_no_loss", first_active=t0)
            self.victims[-1]["fraud_num"] = c["msisdn"]
        self.tr("domain", dom, "fraud_domain", gang_id=g, scheme="police_impersonation")
        self.tr("ip", ip, "fraud_domain", gang_id=g, scheme="police_impersonation_hosting_ip")
        self.tr("app", app, "fraud_app", gang_id=g, scheme="police_impersonation")
        # ---------------- gang G2: investment / romance (杀猪盘), slept cards, few calls, repeat contacts
        g = "G2"
        den = int(np.flatnonzero(self.cell_reg == 5)[12])
        phones = self.new_imei(2)
        for p in phones:
            self.tr("imei", p, "gang_phone", gang_id=g, scheme="investment")
        mem = self.take(3, self.age == 1)
        self.work[mem] = den
        cards = []
        for k in range(3):
            idk = self.person_idkey[mem[k]]
            self.tr("id_key", idk, "gang_member", gang_id=g, scheme="investment")
            nn, im = self.new_numbers(1), self.new_imsi(1)
            ot = W0 - int(rng.integers(90, 250)) * DAY
            self.add_subs(nn, im, idk, [ot], channel="STORE-090")
            cards.append(dict(msisdn=int(nn[0]), imsi=int(im[0]), open=ot))
        cards += [self.card("S3"), self.card("S3")]
        dom, ip, app = "hxzq-vip.com", "154.39.81.201", "com.hxzq.trade"
        n_v = max(3, int(8 * fx))
        vic = self.pick_victims(n_v, self.age >= 1)
        vcard = {v: cards[k % len(cards)] for k, v in enumerate(vic)}
        for j, c in enumerate(cards):
            c["phone"] = phones[j % 2]
            wake = int(rng.integers(-10, -3))
            leads, lline = self.targets(int(rng.integers(30, 60)), inner=0.75, old_bias=False)
            first = None
            for d in range(wake, WINDOW_DAYS):
                n = int(rng.integers(8, 25) * max(fx, 0.6))
                callee = np.concatenate([leads[rng.integers(0, len(leads), n)]])
                t = W0 + d * DAY + sample_tod(rng, n)
                res, dur = self.outcome(n, 0.65, np.log(240), 1.0, p_rej=0.2)
                self.calls(np.full(n, c["msisdn"]), callee, t, dur, res, imei=c["phone"], imsi=c["imsi"], cell=den)
                first = t.min() if first is None else first
                tt = W0 + d * DAY + sample_tod(rng, 6)
                self.dev(c["msisdn"], c["imsi"], c["phone"], tt, den, "data_session")
                for v in [v for v in vic if vcard[v] is c]:
                    tv = W0 + d * DAY + int(rng.integers(10 * 3600, 23 * 3600))
                    self.victim_call(c, v, tv, int(rng.integers(200, 2400)), c["phone"], den)
                    if d >= 0:
                        self.web(self.msisdn[v], tv + np.sort(rng.integers(0, 7200, 3)), dom, f"https://{dom}/m/trade", ip)
            self.tr("msisdn", c["msisdn"], "fraud_caller", gang_id=g, scheme="investment", first_active=first)
            self.reg_accounts(c["msisdn"], W0 + wake * DAY, int(rng.integers(2, 5)), ("wechat", "momo", "douyin"))
            self.fraud_numbers.append((c["msisdn"], g))
        for v in vic:
            c = vcard[v]
            t0 = W0 + int(rng.integers(0, 2)) * DAY + 20 * 3600
            self.visit(v, t0, dom, ip, app, "/reg")
            k = int(rng.integers(3, 7))
            tpay = t0 + np.sort(rng.integers(3600, 6 * DAY, k))
            amts = np.round(np.geomspace(rng.uniform(1000, 5000), rng.uniform(30000, 180000), k) / 100) * 100
            for tp, a in zip(tpay, amts, strict=False):
                m = rng.choice(self.mule1)
                self._txn([self.first_acct[v]], [m], [a], [tp], [self.msisdn[v]], "mobile_app")
                self.events.append(dict(victim=str(self.msisdn[v]), time=int(tp), amount=float(a), to_account=m,
                                        gang_id=g, scheme="investment"))
                self.mule_in.append((m, int(tp), float(a)))
            self.victims.append(dict(line=v, gang=g, t0=t0, loss=float(amts.sum()), fraud_type="investment",
                                     scheme="investment", fraud_num=c["msisdn"]))
            self.tr("msisdn", self.msisdn[v], "victim", gang_id=g, scheme="investment", first_active=t0)
        self.tr("domain", dom, "fraud_domain", gang_id=g, scheme="investment")
        self.tr("ip", ip, "fraud_domain", gang_id=g, scheme="investment_hosting_ip")
        self.tr("app", app, "fraud_app", gang_id=g, scheme="investment")
        # ---------------- gang G3: SIM boxes (GOIP), customer-service refund scam
        g = "G3"
        dom, ip, app = "kf-tuikuan.cc", "103.117.120.66", "com.kftk.help"
        boxes = [dict(slots=max(8, int(16 * fx)), cell=int(np.flatnonzero(self.cell_reg == 3)[7]), days=list(range(-4, WINDOW_DAYS)),
                      rate=(40, 130), seq=0.5),
                 dict(slots=8, cell=int(np.flatnonzero(self.cell_reg == 6)[3]), days=list(range(3, WINDOW_DAYS)), rate=(15, 40), seq=0.2)]
        box_sims = []
        mem = self.take(2, self.age == 1)
        for k, m in enumerate(mem):
            self.work[m] = boxes[k]["cell"]
            self.tr("id_key", self.person_idkey[m], "gang_member", gang_id=g, scheme="simbox")
        for b in boxes:
            b["imei"] = int(self.new_imei(1, MODEM_TAC)[0])
            self.tr("imei", b["imei"], "simbox_device", gang_id=g, scheme="simbox")
            sims = [self.card("S4", "S1", "S2") for _ in range(b["slots"])]
            for s in sims:
                s["first"] = None
            for d in b["days"]:
                # rotate: each 3-hour block, a random half of the SIMs is live
                for blk in range(8, 21, 3):
                    live = rng.choice(len(sims), max(2, len(sims) // 2), replace=False)
                    for si in live:
                        s = sims[si]
                        t_att = W0 + d * DAY + blk * 3600 + int(rng.integers(0, 300))
                        self.dev(s["msisdn"], s["imsi"], b["imei"], [t_att, t_att + 3 * 3600 - 60], b["cell"],
                                 ["attach", "detach"])
                        n = int(rng.integers(*b["rate"]) * fx / 4) + 1
                        callee, cline = self.targets(n, inner=0.65, seq=rng.random() < b["seq"])
                        t = t_att + np.sort(rng.integers(30, 3 * 3600 - 120, n))
                        res, dur = self.outcome(n, 0.18, np.log(18), 1.2, p_rej=0.4)
                        self.calls(np.full(n, s["msisdn"]), callee, t, dur, res, imei=b["imei"], imsi=s["imsi"],
                                   cell=b["cell"], callee_cell=np.where(cline >= 0, self.home[np.maximum(cline, 0)], -1))
                        s["first"] = t.min() if s["first"] is None else min(s["first"], t.min())
                        s.setdefault("slots", []).append(t_att)
            for s in sims:
                if s["first"] is None:
                    continue
                self.tr("msisdn", s["msisdn"], "simbox_sim", gang_id=g, scheme="simbox", first_active=s["first"])
                self.fraud_numbers.append((s["msisdn"], g))
                if rng.random() < 0.3:
                    self.reg_accounts(s["msisdn"], s["first"], int(rng.integers(1, 3)), ("qq", "alipay"))
                box_sims.append((s, b))
        n_v = max(3, int(10 * fx))
        vic = self.pick_victims(n_v, self.age < 3)
        for v in vic:
            s, b = box_sims[rng.integers(0, len(box_sims))]
            t0 = int(rng.choice(s["slots"])) + int(rng.integers(600, 9000))
            self.victim_call(s, v, t0, int(rng.integers(600, 2700)), b["imei"], b["cell"])
            sub = "".join(rng.choice(list("abcdefghjkmnpqrstuvwxyz23456789"), 6))
            self.visit(v, t0 + 400, f"{sub}.{dom}", ip, app, "/kefu")
            self.victim_pay(v, g, t0 + 900, int(rng.integers(1, 4)), (3000, 60000), 5 * 3600, "simbox", "customer_service")
            self.victims[-1]["fraud_num"] = s["msisdn"]
        self.tr("domain", dom, "fraud_domain", gang_id=g, scheme="simbox")
        self.tr("ip", ip, "fraud_domain", gang_id=g, scheme="simbox_hosting_ip")
        self.tr("app", app, "fraud_app", gang_id=g, scheme="simbox")
        # ---------------- gang G4: fixed / VoIP lines of shell companies, loan scam mass calling
        g = "G4"
        dom, ip, app = "dkqb-app.top", "38.54.13.77", "com.dkqb.loan"
        shells = hexkeys(rng, 2)
        for sh in shells:
            self.tr("id_key", sh, "card_seller", gang_id=g, scheme="shell_company_licence")
        lines = self.new_fixed(2) .tolist() + self.new_fixed(2, area=852).tolist()
        ltype = ["fixed", "fixed", "voip", "voip"]
        vol = [(300, 1500), (150, 600), (400, 1200), (40, 80)]
        g4 = []
        for j, ln in enumerate(lines):
            ot = W0 - int(rng.integers(8, 45)) * DAY
            self.add_subs([ln], None, shells[j % 2], [ot], line_type=ltype[j], id_type="business_license",
                          customer_type="enterprise", channel="ENT-AGT-77", prepaid=False)
            first = None
            c = dict(msisdn=ln)
            gw = f"GW-VOIP-{31 + j // 2}" if ltype[j] == "voip" else f"GW-851-0{7 + j}"
            for d in range(-2 if j != 3 else 2, WINDOW_DAYS):
                n = int(rng.integers(*vol[j]) * fx)
                callee, cline = self.targets(n, inner=0.8)
                t = W0 + d * DAY + sample_tod(rng, n, WORK_P)
                res, dur = self.outcome(n, 0.12, np.log(12), 1.2, p_rej=0.4)
                self.calls(np.full(n, ln), callee, t, dur, res, ctype=ltype[j], gateway=gw,
                           callee_cell=np.where(cline >= 0, self.home[np.maximum(cline, 0)], -1))
                first = t.min() if first is None else first
            c.update(first=first, gw=gw, ltype=ltype[j])
            g4.append(c)
            self.tr("msisdn", ln, "fixed_voip_line", gang_id=g, scheme="loan", first_active=first)
            self.fraud_numbers.append((ln, g))
        n_v = max(3, int(8 * fx))
        vic = self.pick_victims(n_v, self.age < 3)
        for v in vic:
            c = g4[rng.integers(0, 4)]
            t0 = W0 + int(rng.integers(0, WINDOW_DAYS)) * DAY + int(rng.integers(10 * 3600, 18 * 3600))
            self.calls([c["msisdn"]], [self.msisdn[v]], [t0], [int(rng.integers(300, 1500))], ["answered"],
                       ctype=c["ltype"], gateway=c["gw"], callee_cell=self.home[v])
            self.visit(v, t0 + 600, dom, ip, app, "/apply")
            self.victim_pay(v, g, t0 + 3600, int(rng.integers(2, 6)), (800, 9000), 2 * DAY, "loan", "loan")
            self.victims[-1]["fraud_num"] = c["msisdn"]
        self.tr("domain", dom, "fraud_domain", gang_id=g, scheme="loan")
        self.tr("ip", ip, "fraud_domain", gang_id=g, scheme="loan_hosting_ip")
        self.tr("app", app, "fraud_app", gang_id=g, scheme="loan")
        # ---------------- gang G5: SMS phishing senders
        g = "G5"
        etc_base, yb_ip, jz_dom = "etcrz-gov.top", "103.151.22.87", "jz-hy88.cn"
        mem = self.take(2, self.age <= 1)
        for m in mem:
            self.tr("id_key", self.person_idkey[m], "gang_member", gang_id=g, scheme="sms_phishing")
        cat_imei = int(self.new_imei(1, MODEM_TAC)[0])
        hand = self.new_imei(2)
        self.tr("imei", cat_imei, "gang_phone", gang_id=g, scheme="sms_phishing")
        for h in hand:
            self.tr("imei", h, "gang_phone", gang_id=g, scheme="sms_phishing")
        cellA = int(np.flatnonzero(self.cell_reg == 1)[20])
        self.work[mem] = cellA
        alnum = np.array(list("abcdefghijkmnpqrstuvwxyz0123456789"))

        def etc_txt(n):
            sub = ["".join(x) for x in alnum[rng.integers(0, len(alnum), (n, 5))]]
            return [f"【ETC服务】您的ETC认证已失效，将影响通行，请立即登录 http://{s}.{etc_base}/m 重新认证" for s in sub], sub

        senders = [
            dict(kind="etc", n=(1200, 2600), imei=cat_imei, cell=cellA, seq=True, card=self.card("S4", "S1")),
            dict(kind="yb", n=(300, 700), imei=hand[0], cell=cellA + 1, seq=False, card=self.card("S2", "S4")),
            dict(kind="jz", n=(40, 120), imei=hand[0], cell=cellA + 1, seq=False, card=self.card("S3")),
            dict(kind="none", n=(500, 900), imei=cat_imei, cell=cellA, seq=True, card=self.card("S4")),
        ]
        for k in range(3):  # card churn: 3 cards, 2 days each, on one handset
            senders.append(dict(kind="etc", n=(300, 450), imei=hand[1], cell=cellA + 2, seq=False,
                                card=self.card("S5"), days=list(range(2 * k, 2 * k + 2))))
        clickers = []
        for s in senders:
            c = s["card"]
            first = None
            for d in s.get("days", range(-2, WINDOW_DAYS)):
                n = int(rng.integers(*s["n"]) * fx)
                rc, rline = self.targets(n, inner=0.7, seq=s["seq"], old_bias=False)
                t = W0 + d * DAY + 9 * 3600 + np.sort(rng.integers(0, 11 * 3600, n))
                if s["kind"] == "etc":
                    txt, sub = etc_txt(n)
                    doms = [f"{x}.{etc_base}" for x in sub]
                    ips = "45.207.9.18"
                elif s["kind"] == "yb":
                    txt = [f"【医保局】您的医保卡余额即将清零，请于今日前登录 http://{yb_ip}:8080/yb 办理转移"] * n
                    doms = [yb_ip] * n
                    ips = yb_ip
                elif s["kind"] == "jz":
                    txt = [f"招聘兼职刷单，日结200-800，时间自由，详询 https://{jz_dom}/j?i={x} 或加QQ{rng.integers(10**8, 10**9)}"
                           for x in rng.integers(100, 999, n)]
                    doms = [jz_dom] * n
                    ips = "156.251.4.9"
                else:
                    txt = None
                    sub = ["".join(x) for x in alnum[rng.integers(0, len(alnum), (n, 5))]]
                    doms = [f"{x}.{etc_base}" for x in sub]
                    ips = "45.207.9.18"
                self.sms(c["msisdn"], rc, t, txt, imei=s["imei"], cell=s["cell"])
                self.dev(c["msisdn"], c["imsi"], s["imei"], [t.min() - 120], s["cell"], "attach")
                first = t.min() if first is None else first
                clk = np.flatnonzero((rline >= 0) & (rng.random(n) < 0.012))
                for q in clk:
                    if self.idx_free[rline[q]]:
                        clickers.append((int(rline[q]), int(t[q]), doms[q], ips, s["kind"], c["msisdn"]))
            self.tr("msisdn", c["msisdn"], "fraud_sms_sender", gang_id=g, scheme=f"sms_{s['kind']}", first_active=first)
            self.fraud_numbers.append((c["msisdn"], g))
            self.reg_accounts(c["msisdn"], first, int(rng.integers(0, 3)), ("wechat", "qq", "alipay"))
        self.tr("domain", etc_base, "fraud_domain", gang_id=g, scheme="sms_etc_wildcard")
        self.tr("ip", yb_ip, "fraud_domain", gang_id=g, scheme="sms_yb_ip_literal")
        self.tr("domain", yb_ip, "fraud_domain", gang_id=g, scheme="sms_yb_ip_literal")
        self.tr("ip", "45.207.9.18", "fraud_domain", gang_id=g, scheme="sms_etc_hosting_ip")
        self.tr("ip", "156.251.4.9", "fraud_domain", gang_id=g, scheme="sms_jz_hosting_ip")
        self.tr("domain", jz_dom, "fraud_domain", gang_id=g, scheme="sms_part_time_job")
        seen = set()
        rng.shuffle(clickers)
        n_loss = 0
        for (v, t, dm, ipx, kind, snd) in clickers:
            if v in seen or not self.idx_free[v]:
                continue
            seen.add(v)
            self.idx_free[v] = False
            t1 = t + int(rng.integers(60, 4 * 3600))
            self.web(self.msisdn[v], t1 + np.sort(rng.integers(0, 900, int(rng.integers(1, 6)))), dm,
                     f"http://{dm}/", ipx)
            if n_loss < max(3, int(12 * self.fx)) and rng.random() < 0.35:
                n_loss += 1
                # card details phished: money leaves via third-party payments within the hour
                k = int(rng.integers(1, 4))
                tp = t1 + np.sort(rng.integers(300, 3600, k))
                amts = np.round(rng.uniform(500, 20000, k), 2)
                m = rng.choice(self.mule1)
                self._txn([self.first_acct[v]] * k, [m] * k, amts, tp, [-1] * k, "third_party")
                for tt, a in zip(tp, amts, strict=False):
                    self.events.append(dict(victim=str(self.msisdn[v]), time=int(tt), amount=float(a), to_account=m,
                                            gang_id=g, scheme=f"sms_{kind}"))
                    self.mule_in.append((m, int(tt), float(a)))
                self.victims.append(dict(line=v, gang=g, t0=t, loss=float(amts.sum()), fraud_type="other",
                                         scheme=f"sms_{kind}", fraud_num=snd))
                self.tr("msisdn", self.msisdn[v], "victim", gang_id=g, scheme=f"sms_{kind}", first_active=t)
            else:
                self.tr("msisdn", self.msisdn[v], "victim", gang_id=g, scheme=f"sms_{kind}_clicked_no_loss", first_active=t)
        # ---------------- overseas callers coming in over an international gateway (spoofed/foreign numbers)
        g = "G6"
        cc = [855, 95, 63, 84, 852, 60]
        n_os = max(4, int(10 * fx))
        os_nums = [int(f"{rng.choice(cc)}{rng.integers(10**8, 10**9)}") for _ in range(n_os)]
        for _j, on in enumerate(os_nums):
            first = None
            for d in range(int(rng.integers(-1, 5)), WINDOW_DAYS):
                n = int(rng.integers(30, 100) * fx)
                callee, cline = self.targets(n, inner=0.85)
                t = W0 + d * DAY + sample_tod(rng, n, WORK_P)
                res, dur = self.outcome(n, 0.2, np.log(20), 1.1, p_rej=0.4)
                self.calls(np.full(n, on), callee, t, dur, res, ctype="intl_in", gateway="IGW-GZ-1",
                           callee_cell=np.where(cline >= 0, self.home[np.maximum(cline, 0)], -1))
                first = t.min() if first is None else first
            self.tr("msisdn", on, "fraud_caller", gang_id=g, scheme="overseas_intl_in", first_active=first)
            self.fraud_numbers.append((on, g))
        vic = self.pick_victims(max(2, int(5 * fx)), older)
        for v in vic:
            on = os_nums[rng.integers(0, n_os)]
            t0 = W0 + int(rng.integers(1, WINDOW_DAYS)) * DAY + int(rng.integers(10 * 3600, 17 * 3600))
            self.calls([on], [self.msisdn[v]], [t0], [int(rng.integers(700, 3000))], ["answered"], ctype="intl_in",
                       gateway="IGW-GZ-1", callee_cell=self.home[v])
            self.visit(v, t0 + 900, "gaj-aqzx.cn", "45.195.70.12", "com.ztw.meeting", "/ajzx/")
            self.victim_pay(v, g, t0 + 2400, int(rng.integers(1, 3)), (30000, 200000), 6 * 3600, "overseas_customs",
                            "impersonate_police")
            self.victims[-1]["fraud_num"] = on

    def mule_flows(self):
        """Tier-1 mules forward each receipt to tier-2 within minutes (some hours), tier-2 cash out."""
        rng = self.rng
        ext = hexkeys(rng, 40, 20)
        fraud_cards = [n for n, g in self.fraud_numbers if g in ("G1", "G3")]
        quiet = set(self.mule1[-3:])
        out2 = []
        frm, to, amt, tt, ini, chn = [], [], [], [], [], []
        # small test credits right after opening
        for m in self.mule1 + self.mule2:
            frm.append(rng.choice(ext))
            to.append(m)
            amt.append(float(rng.choice([0.01, 1.0, 0.1])))
            tt.append(W0 - int(rng.integers(1, 3)) * DAY)
            ini.append(-1)
            chn.append("third_party")
        for (m, t, a) in self.mule_in:
            k = int(rng.integers(2, 5))
            parts = np.round(a * rng.dirichlet(np.ones(k)) - rng.uniform(0, 30, k), 2)
            parts = np.maximum(parts, 1.0)
            delay = rng.integers(3 * 3600, 20 * 3600) if m in quiet else rng.integers(120, 2400)
            for p in parts:
                tgt = rng.choice(self.mule2)
                t2 = t + int(delay) + int(rng.integers(0, 600))
                frm.append(m), to.append(tgt), amt.append(float(p)), tt.append(t2)
                own = self.mule_num.get(m, -1)
                ini.append(int(rng.choice(fraud_cards)) if (own < 0 or rng.random() < 0.3) and fraud_cards else own)
                chn.append("mobile_app")
                out2.append((tgt, t2, float(p)))
                self.mule_first[m] = min(self.mule_first.get(m, t), t)
        for (m, t, a) in out2:
            t3 = t + int(rng.integers(600, 5400))
            frm.append(m), to.append(rng.choice(ext)), amt.append(round(a * 0.995, 2)), tt.append(t3)
            ini.append(self.mule_num.get(m, -1)), chn.append(rng.choice(["mobile_app", "atm", "third_party"]))
            self.mule_first[m] = min(self.mule_first.get(m, t), t)
        self._txn(frm, to, amt, tt, ini, None)
        self.o.chunks["transfers"][-1] = self.o.chunks["transfers"][-1].set_column(6, "channel", strs(chn))
        for m in self.mule1 + self.mule2:
            self.tr("account", m, "mule_account", scheme="tier1" if m in self.mule1 else "tier2",
                    first_active=self.mule_first.get(m))

    # ------------------------------------------------------------------ reports, lists, subscribers, truth
    def reports_lists(self):
        rng = self.rng
        end = W0 + WINDOW_DAYS * DAY - 60
        R = dict(report_id=[], time=[], entity_type=[], entity=[], label=[], fraud_type=[], loss_amount=[], source=[])

        def rep(t, et, e, label, ft=None, loss=None, src="police"):
            if t >= end:
                return
            R["report_id"].append(f"R{self.seed}-{len(R['report_id']):05d}")
            R["time"].append(int(t))
            R["entity_type"].append(et)
            R["entity"].append(str(e))
            R["label"].append(label)
            R["fraud_type"].append(ft)
            R["loss_amount"].append(loss)
            R["source"].append(src)

        for v in self.victims:
            if v["loss"] > 0 and rng.random() < 0.4:
                t = v["t0"] + int(rng.integers(4 * 3600, 3 * DAY))
                rep(t, "msisdn", self.msisdn[v["line"]], "victim", v["fraud_type"], v["loss"])
                if v.get("fraud_num") and rng.random() < 0.6:
                    rep(t + 600, "msisdn", v["fraud_num"], "fraud", v["fraud_type"], None)
        for m in list(rng.choice(self.mule1, 2, replace=False)):
            if m in self.mule_first:
                rep(self.mule_first[m] + int(rng.integers(DAY, 3 * DAY)), "account", m, "fraud", "other", None, "bank")
        rep(W0 + 2 * DAY + 40000, "domain", "etcrz-gov.top", "fraud", "other", None, "user_report")
        rep(W0 - 20 * DAY, "id_key", self.seller_id["S1"], "card_seller", None, None, "internal")
        rep(W0 + 3 * DAY, "msisdn", self.msisdn[self.la_courier[0]], "fraud", "other", None, "user_report")
        rep(W0 + 4 * DAY, "msisdn", self.cc_num[0], "fraud", "loan", None, "user_report")
        for on in self.offpool[rng.integers(0, len(self.offpool), 25)]:
            rep(W0 - int(rng.integers(1, HIST_DAYS)) * DAY + int(rng.integers(0, DAY)), "msisdn", on, "fraud",
                rng.choice(["loan", "customer_service", "impersonate_police"]), None, "police")
        self.o.add("reports", report_id=strs(R["report_id"]), time=ts(R["time"]), entity_type=strs(R["entity_type"]),
                   entity=strs(R["entity"]), label=strs(R["label"]), fraud_type=pa.array(R["fraud_type"], pa.string()),
                   loss_amount=pa.array(R["loss_amount"], pa.float64()), source=strs(R["source"]))
        L = [("msisdn", "95588", "allow", "bank service number"), ("msisdn", "95533", "allow", "bank service number"),
             ("msisdn", str(self.cc_num[1]), "allow", "registered enterprise call centre"),
             ("domain", "kf-tuikuan.cc", "block", "police notice")]
        self.o.add("lists", entity_type=strs([x[0] for x in L]), entity=strs([x[1] for x in L]), list=strs([x[2] for x in L]),
                   reason=strs([x[3] for x in L]), added_time=ts([W0 - 100 * DAY, W0 - 100 * DAY, W0 - 30 * DAY, W0 + 4 * DAY]),
                   expires_time=pa.nulls(4, pa.timestamp("s", tz=TZ)))

    def iot(self):
        rng = self.rng
        n = 200
        nums = self.new_numbers(n, [144, 148])
        imsi = self.new_imsi(n)
        imei = self.new_imei(n, MODEM_TAC)
        idk = hexkeys(rng, 1)[0]
        self.add_subs(nums, imsi, idk, W0 - rng.integers(100, 900, n) * DAY, line_type="iot", id_type="business_license",
                      customer_type="enterprise", channel="ENT-DESK-03", prepaid=False)
        cell = rng.integers(0, self.NC, n)
        for d in self.days:
            li = np.repeat(np.arange(n), 6)
            self.dev(nums[li], imsi[li], imei[li], W0 + d * DAY + rng.integers(0, DAY, len(li)), cell[li], "data_session",
                     byts=rng.integers(200, 20000, len(li)))

    def subscribers(self):
        rng = self.rng
        n = self.n_ord
        cols = dict(msisdn=list(self.msisdn), imsi=list(self.imsi), id_key=list(self.person_idkey),
                    id_type=["resident_id"] * n, customer_type=["personal"] * n, line_type=["mobile"] * n,
                    open_time=list(self.open_t), open_channel=[f"STORE-{x:03d}" for x in rng.integers(1, 300, n)],
                    open_cell=list(self.home), status=["active"] * n, is_prepaid=list(rng.random(n) < 0.4),
                    home_region=list(np.array(REGIONS)[self.cell_reg[self.home]]))
        for e in self.extra_subs:
            for k in cols:
                cols[k] += list(e[k])
        oc = np.array(cols["open_cell"], dtype=np.int64)
        self.o.add("subscribers", msisdn=num(np.array(cols["msisdn"], np.int64)), imsi=num(np.array(cols["imsi"], np.int64)),
                   id_key=strs(cols["id_key"]), id_type=strs(cols["id_type"]), customer_type=strs(cols["customer_type"]),
                   line_type=strs(cols["line_type"]), open_time=ts(cols["open_time"]), open_channel=strs(cols["open_channel"]),
                   open_cell=pa.array(np.where(oc >= 0, self.cell_ids[np.maximum(oc, 0)], None), pa.string()),
                   status=strs(cols["status"]), status_time=pa.nulls(len(oc), pa.timestamp("s", tz=TZ)),
                   is_prepaid=pa.array([bool(x) for x in cols["is_prepaid"]]), home_region=strs(cols["home_region"]))
        b = self.bank_rows
        bm = np.array(b["bound_msisdn"], np.int64)
        self.o.add("bank_accounts", account_id=strs(b["account_id"]), id_key=strs(b["id_key"]), bank=strs(b["bank"]),
                   open_time=ts(b["open_time"]), bound_msisdn=num(bm), status=strs(b["status"]))

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        sort = dict(voice="start_time", sms="send_time", device="time", web="time", apps="time", transfers="time")
        counts = {}
        for r in ["subscribers", "cells", "voice", "sms", "device", "web", "apps", "internet_accounts",
                  "bank_accounts", "transfers", "reports", "lists"]:
            counts[r] = self.o.write(out, r, sort.get(r))
        td = os.path.join(out, "truth")
        os.makedirs(os.path.join(td, "entities"), exist_ok=True)
        os.makedirs(os.path.join(td, "events"), exist_ok=True)
        T = self.truth
        ent = pa.table(dict(entity_type=strs([x["entity_type"] for x in T]), entity=strs([x["entity"] for x in T]),
                            role=strs([x["role"] for x in T]), gang_id=pa.array([x["gang_id"] for x in T], pa.string()),
                            scheme=pa.array([x["scheme"] for x in T], pa.string()),
                            first_active=pa.array([x["first_active"] for x in T], pa.timestamp("s", tz=TZ))))
        pq.write_table(ent, os.path.join(td, "entities", "entities.parquet"))
        E = [x for x in self.events if x["time"] < W0 + WINDOW_DAYS * DAY]
        ev = pa.table(dict(victim=strs([x["victim"] for x in E]), time=ts([x["time"] for x in E]),
                           amount=pa.array([x["amount"] for x in E], pa.float64()),
                           to_account=strs([x["to_account"] for x in E]), gang_id=strs([x["gang_id"] for x in E]),
                           scheme=strs([x["scheme"] for x in E])))
        pq.write_table(ev, os.path.join(td, "events", "events.parquet"))
        counts["truth_entities"] = ent.num_rows
        counts["truth_events"] = ev.num_rows
        return counts, ent


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--quiet-fraud", action="store_true", help="fraud at ~45%% intensity (fewer cards, calls, victims)")
    a = ap.parse_args()
    g = Gen(a.seed, a.subscribers, a.quiet_fraud)
    g.make_cells()
    g.make_population()
    g.setup_lookalikes()
    g.ordinary_accounts()
    g.card_sellers()
    g.make_mules()
    g.make_fraud()
    g.ordinary_voice()
    g.ordinary_sms_device_web_apps()
    g.lookalike_activity()
    g.mule_flows()
    g.iot()
    g.reports_lists()
    g.subscribers()
    counts, ent = g.write(a.out)
    print(counts)
    import collections
    c = collections.Counter((r, s) for r, s in zip(ent.column("role").to_pylist(), ent.column("scheme").to_pylist(), strict=False))
    for k in sorted(c, key=str):
        print(f"  {k[0]:24s} {str(k[1]):36s} {c[k]}")


if __name__ == "__main__":
    main()
