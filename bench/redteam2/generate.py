"""Independent synthetic province (Henan, +08:00) in interchange v1, with ground truth.

Written blind to fraudwall's detection library: only the interchange spec, the schema and
validation code, the design mission list and the CLI usage were read. See README.md.

    python bench/redteam2/generate.py --out DIR --seed N [--subscribers 15000]
                                      [--days-history 10] [--days 5]
"""

from __future__ import annotations

import argparse
import calendar
import json
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
OFF = 8 * 3600
DAY = 86400
HOUR = 3600

# ---------------------------------------------------------------------------------------------
# static world: Henan prefectures, operators, phones, domains, apps
CITIES = [  # name, region code, lat, lon, population weight
    ("zhengzhou", "410100", 34.75, 113.63, 0.20), ("kaifeng", "410200", 34.80, 114.31, 0.05),
    ("luoyang", "410300", 34.62, 112.45, 0.08), ("pingdingshan", "410400", 33.77, 113.19, 0.05),
    ("anyang", "410500", 36.10, 114.39, 0.05), ("hebi", "410600", 35.75, 114.30, 0.02),
    ("xinxiang", "410700", 35.30, 113.93, 0.06), ("jiaozuo", "410800", 35.22, 113.24, 0.04),
    ("puyang", "410900", 35.76, 115.03, 0.04), ("xuchang", "411000", 34.04, 113.85, 0.04),
    ("luohe", "411100", 33.58, 114.02, 0.03), ("sanmenxia", "411200", 34.77, 111.20, 0.02),
    ("nanyang", "411300", 33.00, 112.53, 0.09), ("shangqiu", "411400", 34.41, 115.66, 0.07),
    ("xinyang", "411500", 32.15, 114.09, 0.06), ("zhoukou", "411600", 33.63, 114.70, 0.08),
    ("zhumadian", "411700", 33.01, 114.02, 0.07),
]
OPERATORS = [  # name, mnc, share, prefixes
    ("china_mobile", "00", 0.56, [134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159,
                                  178, 182, 183, 184, 187, 188, 198]),
    ("china_unicom", "01", 0.25, [130, 131, 132, 155, 156, 166, 175, 176, 185, 186]),
    ("china_telecom", "11", 0.19, [133, 149, 153, 173, 177, 180, 181, 189, 191, 199]),
]
PHONE_TACS = [35328011, 35391110, 35407115, 86769104, 86891203, 86453205, 86012305, 86881904,
              86445106, 86152203, 86290905, 86734303, 35674108, 86975004, 86553206, 86117805]
GOIP_TAC = 86723802   # cheap multi-port GSM/LTE module
MODEM_TAC = 86066104  # USB modem-pool module
BANKS = ["icbc", "ccb", "abc", "boc", "psbc", "cmb", "zhengzhou_bank", "zhongyuan_bank", "henan_rcc",
         "bocom", "citic"]
BANK_SMS = {"icbc": ("95588", "工商银行"), "ccb": ("95533", "建设银行"), "abc": ("95599", "农业银行"),
            "boc": ("95566", "中国银行"), "psbc": ("95580", "邮储银行"), "cmb": ("95555", "招商银行"),
            "zhengzhou_bank": ("95097", "郑州银行"), "zhongyuan_bank": ("95186", "中原银行"),
            "henan_rcc": ("96288", "河南农信"), "bocom": ("95559", "交通银行"), "citic": ("95558", "中信银行")}
# domain, weight, app package, ip /24
DOMAINS = [
    ("weixin.qq.com", 30, "com.tencent.mm", "183.3.226"), ("www.baidu.com", 14, "com.baidu.searchbox", "110.242.68"),
    ("aweme.snssdk.com", 22, "com.ss.android.ugc.aweme", "221.228.217"), ("api.amemv.com", 10, "com.ss.android.ugc.aweme", "221.228.218"),
    ("m.taobao.com", 9, "com.taobao.taobao", "140.205.94"), ("api.m.jd.com", 6, "com.jingdong.app.mall", "111.13.149"),
    ("mobile.yangkeduo.com", 9, "com.xunmeng.pinduoduo", "101.91.69"), ("mobilegw.alipay.com", 8, "com.eg.android.AlipayGphone", "110.75.132"),
    ("api.kuaishou.com", 9, "com.smile.gifmaker", "103.107.217"), ("www.bilibili.com", 4, "tv.danmaku.bili", "120.92.78"),
    ("i.meituan.com", 5, "com.sankuai.meituan", "103.37.152"), ("restapi.amap.com", 4, "com.autonavi.minimap", "106.11.43"),
    ("news.163.com", 2, "com.netease.newsreader.activity", "59.111.160"), ("m.weibo.cn", 4, "com.sina.weibo", "180.149.153"),
    ("www.12306.cn", 1, "com.MobileTicket", "61.54.219"), ("mbank.icbc.com.cn", 1.5, "com.icbc", "202.106.80"),
    ("mobile.ccb.com", 1.2, "com.chinamworld.main", "124.127.253"), ("www.zhihu.com", 2, "com.zhihu.android", "103.41.167"),
    ("m.ctrip.com", 1, "ctrip.android.view", "101.226.191"), ("www.xiaohongshu.com", 4, "com.xingin.xhs", "47.96.20"),
    ("v.qq.com", 3, "com.tencent.qqlive", "123.151.76"), ("music.163.com", 2, "com.netease.cloudmusic", "59.111.181"),
    ("www.henan.gov.cn", 0.3, None, "218.28.21"), ("hnzwfw.gov.cn", 0.3, None, "218.28.20"),
    ("m.dianping.com", 1.5, "com.dianping.v1", "103.37.155"), ("www.toutiao.com", 5, "com.ss.android.article.news", "221.228.219"),
    ("quote.eastmoney.com", 0.8, "com.eastmoney.android.berlin", "116.211.165"),
    ("basic.10jqka.com.cn", 0.8, "com.hexin.plus", "61.172.196"), ("www.58.com", 0.8, "com.wuba", "120.132.86"),
    ("game.qq.com", 3, "com.tencent.tmgp.sgame", "123.151.77"), ("m.ele.me", 1.5, "me.ele", "106.11.208"),
    ("www.didiglobal.com", 1, "com.sdu.didi.psnger", "116.85.0"),
]
CDN_DOMAINS = [("douyinvod.com", "com.ss.android.ugc.aweme", "122.228.13"), ("alicdn.com", "com.taobao.taobao", "61.160.198"),
               ("qpic.cn", "com.tencent.mm", "183.3.227"), ("kwimgs.com", "com.smile.gifmaker", "103.107.218")]
APPS_COMMON = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
               "com.xunmeng.pinduoduo", "com.jingdong.app.mall", "com.smile.gifmaker", "com.sankuai.meituan",
               "com.autonavi.minimap", "com.tencent.mobileqq", "com.baidu.searchbox", "com.xingin.xhs",
               "com.ss.android.article.news", "tv.danmaku.bili", "com.icbc", "com.chinamworld.main",
               "com.sdu.didi.psnger", "com.hicorenational.antifraud", "com.tencent.wemeet.app",
               "com.alibaba.android.rimet", "com.hexin.plus", "com.eastmoney.android.berlin", "me.ele",
               "com.tencent.tmgp.sgame", "com.MobileTicket", "com.unionpay"]
REMOTE_APPS = ["com.oray.sunlogin.remote", "youqu.android.todesk", "com.teamviewer.quicksupport.market"]
MEETING_APPS = ["com.tencent.wemeet.app", "us.zoom.videomeetings"]
PLATFORMS = ["wechat", "qq", "alipay", "douyin", "taobao", "kuaishou", "momo", "soul", "xiaohongshu", "meituan"]
P2P_TEXT = ["到家了吗", "晚上回来吃饭吗", "好的", "收到", "明天几点到", "我在路上了", "妈，这周末回去", "开会呢，晚点回你",
            "孩子接了吗", "记得带钥匙", "今天降温多穿点", "钱收到了", "周六聚餐别忘了", "在吗", "嗯嗯", "哈哈哈",
            "快递放门口了吗", "下班一起走", "电费交了", "发个定位给我"]
FOREIGN = {"KH": 855, "MM": 95, "LA": 856, "PH": 63, "VN": 84, "TH": 66, "MY": 60, "AE": 971, "US": 1, "JP": 81,
           "KR": 82, "SG": 65}
SERVICE = ["10086", "10010", "10000", "95588", "95533", "95599", "95566", "95555", "95580", "12345", "12315",
           "95311", "95338", "95546", "96110"]


def local_epoch(y, m, d, h=0):
    return calendar.timegm((y, m, d, h, 0, 0)) - OFF


class Gen:
    def __init__(self, seed: int, n_sub: int, hist: int, days: int, start=(2026, 10, 25)):
        self.seed = seed
        self.rng = np.random.default_rng(seed)
        self.N = n_sub
        self.hist, self.days, self.D = hist, days, hist + days
        self.t0 = local_epoch(*start)
        self.tend = self.t0 + self.D * DAY
        self.e0 = self.t0 + hist * DAY  # start of the evaluation days
        self.tables: dict[str, dict[str, list]] = {}
        self.kinds: dict[str, dict[str, str]] = {}
        self.used_numbers: list[np.ndarray] = []
        self.ctr = {}
        self.params: dict = {}
        self.truth_seen: set = set()

    # ---------- low-level helpers
    def seq(self, name, n):
        s = self.ctr.get(name, 0)
        self.ctr[name] = s + n
        return np.arange(s, s + n, dtype=np.int64)

    def add(self, table, **cols):
        for k, v in cols.items():
            if isinstance(v, (list, tuple)):
                v = np.asarray(v)
            if isinstance(v, np.ndarray) and v.ndim == 0 or isinstance(v, np.generic):
                v = v.item()
            cols[k] = v
        lens = [len(v) for v in cols.values() if isinstance(v, np.ndarray)]
        n = max(lens) if lens else 1
        if n == 0:
            return
        for k, v in cols.items():
            if isinstance(v, np.ndarray) and len(v) != n:
                cols[k] = np.broadcast_to(v, (n,)) if len(v) == 1 else v[:n]
                if len(cols[k]) != n:
                    raise ValueError(f"{table}.{k}: {len(v)} values for {n} rows")
        self.tables.setdefault(table, []).append((n, cols))

    def numbers(self, n, op=None):
        """n unique mobile numbers (int, 86 + 11 digits) and their operator index."""
        rng = self.rng
        ops = rng.choice(3, n, p=[o[2] for o in OPERATORS]) if op is None else np.full(n, op)
        out = np.empty(n, np.int64)
        for k in range(3):
            m = ops == k
            pref = np.array(OPERATORS[k][3])[rng.integers(0, len(OPERATORS[k][3]), m.sum())]
            out[m] = 8600000000000 + pref * 10**8 + rng.integers(0, 10**8, m.sum())
        used = np.concatenate(self.used_numbers) if self.used_numbers else np.empty(0, np.int64)
        bad = np.isin(out, used)
        _, first = np.unique(out, return_index=True)
        dup = np.ones(n, bool)
        dup[first] = False
        bad |= dup
        if bad.any():
            out[bad], ops[bad] = self.numbers(int(bad.sum()), None if op is None else op)[0:2]
        self.used_numbers.append(out.copy())
        return out, ops

    def imsis(self, ops):
        mnc = np.array([int(o[1]) for o in OPERATORS])[ops]
        return 460 * 10**12 + mnc * 10**10 + self.rng.integers(0, 10**10, len(ops))

    def imeis(self, n, tac=None, serial0=None):
        tacs = np.array(PHONE_TACS)[self.rng.integers(0, len(PHONE_TACS), n)] if tac is None else np.full(n, tac)
        ser = self.rng.integers(0, 10**6, n) if serial0 is None else (serial0 + np.arange(n)) % 10**6
        body = tacs.astype(np.int64) * 10**6 + ser
        d = (body[:, None] // 10 ** np.arange(13, -1, -1)) % 10
        dbl = d[:, 1::2] * 2
        s = d[:, 0::2].sum(1) + (dbl // 10 + dbl % 10).sum(1)
        return body * 10 + (10 - s % 10) % 10

    def idkeys(self, n):
        i = self.seq("id", n)
        return (i * 7919001023777 + self.seed * 104729 + 99991) % 10**15 + 10**15

    def accounts(self, n):
        i = self.seq("acct", n)
        return (i * 2654435761 + self.seed * 97 + 12345) % 10**16 + 6 * 10**17

    def hour_times(self, day_start, n, weights):
        w = np.asarray(weights, float)
        h = self.rng.choice(len(w), n, p=w / w.sum())
        return day_start + h * HOUR + self.rng.integers(0, HOUR, n)

    def truth(self, etype, ents, role, gang=None, scheme=None, first=None):
        ents = [str(e) for e in np.atleast_1d(ents)]
        firsts = np.broadcast_to(np.asarray(-1 if first is None else first, np.int64), (len(ents),))
        keep, fk = [], []
        for e, f in zip(ents, firsts, strict=False):
            if (etype, e, role) not in self.truth_seen:
                self.truth_seen.add((etype, e, role))
                keep.append(e)
                fk.append(f)
        if keep:
            self.add("truth/entities", entity_type=etype, entity=np.array(keep, object), role=role,
                     gang_id=gang, scheme=scheme, first_active=np.array(fk, np.int64))

    # ---------- world
    def build_world(self):
        rng = self.rng
        nc = len(CITIES)
        w = np.array([c[4] for c in CITIES])
        w /= w.sum()
        ncell = max(300, int(self.N / 18))
        cc = rng.choice(nc, ncell, p=w)
        cc[:nc] = np.arange(nc)
        lat = np.array([c[2] for c in CITIES])[cc] + rng.normal(0, 0.12, ncell)
        lon = np.array([c[3] for c in CITIES])[cc] + rng.normal(0, 0.14, ncell)
        site = rng.choice(["macro", "indoor", "small"], ncell, p=[0.7, 0.2, 0.1])
        self.cell_city = cc
        self.ncell = ncell
        self.city_cells = [np.flatnonzero(cc == k) for k in range(nc)]
        self.cell_ids = np.array([f"4600{i % 3}{18000 + i // 3:05d}{i % 250:03d}" for i in range(ncell)], object)
        self.add("cells", cell=self.cell_ids, lat=np.round(lat, 5), lon=np.round(lon, 5),
                 region=np.array([CITIES[k][1] for k in cc], object), site_type=site.astype(object))

        N = self.N
        self.city = rng.choice(nc, N, p=w)
        pick = lambda cities: np.array([cs[rng.integers(0, len(cs))] for cs in (self.city_cells[c] for c in cities)])  # noqa: E731
        self.home = pick(self.city)
        self.work = np.where(rng.random(N) < 0.88, pick(self.city), pick(rng.integers(0, nc, N)))
        self.employed = rng.random(N) < 0.62
        self.age = np.clip(rng.normal(44, 16, N), 16, 88).astype(int)
        self.msisdn, self.op = self.numbers(N)
        self.imsi = self.imsis(self.op)
        self.imei = self.imeis(N)
        self.idk = self.idkeys(N)
        self.activity = rng.lognormal(0, 0.55, N) * np.where(self.age > 70, 0.55, 1.0)
        self.open_time = self.t0 - rng.integers(40 * DAY, 15 * 365 * DAY, N)
        self.special = np.zeros(N, bool)  # persons with a look-alike or fraud role (not drawn as victims)
        self.dormant_until = np.zeros(N, np.int64)  # no activity before this time
        self.away = {}  # person -> (t_from, t_to, country)
        self.sub_rows = dict(msisdn=self.msisdn, imsi=self.imsi, id_key=self.idk, open_time=self.open_time,
                             op=self.op, open_cell=self.home)
        # social graph: local edges symmetrised, external contacts one-way
        k = np.clip(np.round(rng.lognormal(np.log(9), 0.6, N)), 2, 70).astype(int)
        src = np.repeat(np.arange(N), k)
        same = rng.random(len(src)) < 0.85
        ccity = np.where(same, self.city[src], rng.choice(nc, len(src), p=w))
        members = [np.flatnonzero(self.city == c) for c in range(nc)]
        sizes = np.array([len(m) for m in members])
        offs = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        flat = np.concatenate(members)
        dst = flat[offs[ccity] + (rng.random(len(src)) * sizes[ccity]).astype(int)]
        ok = dst != src
        a, b = src[ok], dst[ok]
        e = np.unique(np.concatenate([a * N + b, b * N + a]))
        ls, ld = e // N, e % N
        n_ext = int(N * 2.2)
        self.ext, _ = self.numbers(n_ext)
        kx = rng.poisson(3.0, N)
        xs = np.repeat(np.arange(N), kx)
        xd = -1 - rng.integers(0, n_ext, len(xs))
        s = np.concatenate([ls, xs])
        d = np.concatenate([ld, xd])
        o = np.lexsort((rng.random(len(s)), s))
        self.c_src, self.c_dst = s[o], d[o]
        self.deg = np.bincount(self.c_src, minlength=N)
        self.c_off = np.concatenate([[0], np.cumsum(self.deg)[:-1]])
        # landline / business numbers in the province (not subscribers of this feed)
        self.fixed_biz = 86371 * 10**8 + rng.integers(0, 10**8, 400)
        self.params["world"] = dict(cells=int(ncell), persons=N, mean_local_degree=float(len(ls) / N),
                                    external_numbers=n_ext)

    def cell_at(self, p, t):
        """Where person p is at time t (home, work, or a nearby cell)."""
        lt = t + OFF
        h = (lt % DAY) // HOUR
        wd = ((lt // DAY) + 3) % 7
        at_work = self.employed[p] & (wd < 5) & (h >= 9) & (h < 18)
        c = np.where(at_work, self.work[p], self.home[p])
        r = self.rng.random(len(p)) < 0.08
        if r.any():
            cities = self.cell_city[c[r]]
            c[r] = [self.city_cells[x][self.rng.integers(0, len(self.city_cells[x]))] for x in cities]
        return c

    def contact_of(self, p, skew=2.0):
        u = self.rng.random(len(p)) ** skew
        return self.c_dst[self.c_off[p] + (u * self.deg[p]).astype(int)]

    def num_of(self, d):
        """contact code -> msisdn (>=0 person index, <0 external)."""
        return np.where(d >= 0, self.msisdn[np.maximum(d, 0)], self.ext[np.maximum(-1 - d, 0)])

    def roam_of(self, p, t):
        """ISO country where person p is roaming at time t, else None."""
        out = np.full(len(p), None, object)
        for q, (a, b, cc) in self.away.items():
            m = (p == q) & (t >= a) & (t < b)
            if m.any():
                out[m] = cc
        return out

    # ---------- record writers (vectors; ints for numbers, cell indices, -1 = missing)
    def voice(self, caller, callee, t, dur, result, imei=-1, imsi=-1, cell=-1, callee_cell=-1, roam=None,
              call_type="mobile", media="voice", gateway=None, ring=None):
        n = len(t)
        r = np.broadcast_to(np.asarray(result, object), (n,))
        if ring is None:
            ring = np.where(r == "answered", self.rng.integers(2, 18, n), self.rng.integers(8, 45, n))
            ring = np.where(r == "busy", 0, ring)
        self.add("voice", call_id=self.seq("call", n), start_time=np.asarray(t, np.int64), caller=caller, callee=callee,
                 duration_s=np.asarray(dur, np.int64), ring_s=ring, result=result, caller_imei=imei, caller_imsi=imsi,
                 caller_cell=cell, callee_cell=callee_cell, caller_roaming_country=roam, call_type=call_type,
                 media=media, gateway=gateway)

    def sms(self, sender, receiver, t, content, imei=-1, cell=-1, roam=None):
        self.add("sms", sms_id=self.seq("sms", len(t)), send_time=np.asarray(t, np.int64), sender=sender,
                 receiver=receiver, content=content, sender_imei=imei, sender_cell=cell, sender_roaming_country=roam)

    def dev(self, t, msisdn, imsi, imei, cell, event, roam=None, nbytes=-1):
        self.add("device", time=np.asarray(t, np.int64), msisdn=msisdn, imsi=imsi, imei=imei, cell=cell,
                 event=event, roaming_country=roam, bytes=nbytes)

    def web(self, t, msisdn, domain, url=None, ip=None, nbytes=-1, app=None):
        self.add("web", time=np.asarray(t, np.int64), msisdn=msisdn, domain=domain, url=url, ip=ip, bytes=nbytes, app=app)

    def appev(self, t, msisdn, app, event, source_url=None):
        self.add("apps", time=np.asarray(t, np.int64), msisdn=msisdn, app=app, event=event, source_url=source_url)

    def xfer(self, t, frm, to, amount, channel="mobile_app", msisdn=-1):
        t = np.atleast_1d(np.asarray(t, np.int64))
        self.add("transfers", txn_id=self.seq("txn", len(t)), time=t, from_account=frm,
                 to_account=to, amount=np.round(np.asarray(amount, float), 2), currency="CNY", channel=channel,
                 initiated_msisdn=msisdn)

    def report(self, t, etype, entity, label, fraud_type=None, loss=None, source="police"):
        t = np.atleast_1d(np.asarray(t, np.int64))
        self.add("reports", report_id=self.seq("rep", len(t)), time=t, entity_type=etype,
                 entity=np.array([str(e) for e in np.atleast_1d(entity)], object), label=label,
                 fraud_type=fraud_type, loss_amount=np.nan if loss is None else loss, source=source)

    def subscriber(self, msisdn, imsi, idk, open_time, line_type="mobile", customer_type="personal",
                   id_type="resident_id", op=None, channel=None, open_cell=-1, prepaid=None, region=None):
        n = len(msisdn)
        op = self.rng.choice(3, n, p=[o[2] for o in OPERATORS]) if op is None else np.broadcast_to(op, (n,))
        self.add("subscribers", msisdn=msisdn, imsi=imsi, id_key=idk, id_type=id_type, customer_type=customer_type,
                 line_type=line_type, operator=np.array([OPERATORS[k][0] for k in op], object),
                 open_time=np.asarray(open_time, np.int64), open_channel=channel, open_cell=open_cell,
                 is_prepaid=self.rng.random(n) < 0.35 if prepaid is None else prepaid, home_region=region)

    def bank(self, acct, idk, bank, open_time, msisdn=-1):
        self.add("bank_accounts", account_id=acct, id_key=idk, bank=bank, open_time=np.asarray(open_time, np.int64),
                 bound_msisdn=msisdn, status="normal")

    def bank_sms(self, acct_bank, acct_msisdn, t, amount, direction):
        """Bank notification SMS for transfers touching local accounts with a bound number."""
        acct_msisdn = np.asarray(acct_msisdn)
        m = acct_msisdn > 0
        if not m.any():
            return
        bk, ms, tt, am = np.asarray(acct_bank)[m], acct_msisdn[m], np.asarray(t)[m], np.asarray(amount)[m]
        snd = np.array([BANK_SMS[b][0] for b in bk], object)
        lt = tt + OFF
        txt = [f"【{BANK_SMS[b][1]}】您尾号{int(x) % 10000:04d}的账户{time.strftime('%m月%d日%H:%M', time.gmtime(u))}"
               f"{direction}人民币{a:.2f}元。" for b, x, u, a in zip(bk, ms, lt, am, strict=False)]
        self.sms(snd, ms, tt + self.rng.integers(2, 40, len(tt)), np.array(txt, object))

    # ---------- ordinary life
    CALL_H = [0.3, 0.15, 0.1, 0.1, 0.15, 0.4, 1.2, 2.6, 4.5, 6, 6.4, 6, 5, 4.4, 5.4, 6, 6, 6, 5.6, 5.8, 5.2,
              4.2, 2.6, 1.1]
    USE_H = [1.5, 0.8, 0.4, 0.3, 0.3, 0.6, 2, 4, 5, 5, 5, 5.5, 6.5, 6, 5, 5, 5, 5.5, 6.5, 7.5, 8, 8, 6.5, 3.5]
    WORK_H = [0] * 8 + [2, 5, 5, 5, 2, 2, 5, 5, 5, 4, 1, 0, 0, 0, 0, 0]

    def ordinary(self):
        rng, N, D = self.rng, self.N, self.D
        call_h, use_h = self.CALL_H, self.USE_H

        def person_days(rate):
            n = rng.poisson(np.repeat(rate[:, None], D, 1))
            p = np.repeat(np.repeat(np.arange(N), D), n.ravel())
            d = np.repeat(np.tile(np.arange(D), N), n.ravel())
            return p, d

        def place(p, d, hw):
            t = self.hour_times(self.t0 + d * DAY, len(p), hw)
            keep = t >= self.dormant_until[p]
            return p[keep], t[keep]

        # outgoing calls of persons
        p, d = person_days(2.4 * self.activity)
        p, t = place(p, d, call_h)
        n = len(p)
        u = rng.random(n)
        code = self.contact_of(p)
        callee = self.num_of(code)
        biz = u < 0.035
        callee[biz] = np.where(rng.random(biz.sum()) < 0.5, self.fixed_biz[rng.integers(0, 400, biz.sum())],
                               np.array(SERVICE, np.int64)[rng.integers(0, len(SERVICE), biz.sum())])
        code[biz] = -10**9
        strange = (u >= 0.035) & (u < 0.06)
        callee[strange] = self.ext[rng.integers(0, len(self.ext), strange.sum())]
        code[strange] = -10**9
        local = code >= 0
        ans = rng.random(n) < np.where(local, 0.84, 0.7)
        res = np.where(ans, "answered", rng.choice(["no_answer", "busy", "rejected"], n, p=[0.7, 0.12, 0.18])).astype(object)
        dur = np.where(ans, np.clip(rng.lognormal(np.log(75), 1.05, n), 3, 7200), 0).astype(np.int64)
        roam = self.roam_of(p, t)
        cell = np.where(roam == None, self.cell_at(p, t), -1)  # noqa: E711
        ccell = np.full(n, -1)
        cp = np.maximum(code, 0)
        ccell[local] = self.cell_at(cp[local], t[local])
        ctype = np.where(biz & (callee > 10**11), "fixed", "mobile").astype(object)
        video = local & ans & (rng.random(n) < 0.035)
        media = np.where(video, "video", "voice").astype(object)
        self.voice(self.msisdn[p], callee, t, dur, res, self.imei[p], self.imsi[p], cell, ccell, roam, ctype, media)
        # incoming calls from external contacts and unknown external callers
        p, d = person_days(1.1 * self.activity)
        p, t = place(p, d, call_h)
        code = self.contact_of(p)
        m = code < 0
        p, t, code = p[m], t[m], code[m]
        unk = rng.random(len(p)) < 0.25
        caller = np.where(unk, self.ext[rng.integers(0, len(self.ext), len(p))], self.num_of(code))
        ans = rng.random(len(p)) < np.where(unk, 0.5, 0.82)
        res = np.where(ans, "answered", rng.choice(["no_answer", "rejected"], len(p), p=[0.75, 0.25])).astype(object)
        dur = np.where(ans, np.clip(rng.lognormal(np.log(np.where(unk, 35, 80)), 1.0), 2, 5400), 0).astype(np.int64)
        roam = self.roam_of(p, t)
        ccell = np.where(roam == None, self.cell_at(p, t), -1)  # noqa: E711
        self.voice(caller, self.msisdn[p], t, dur, res, callee_cell=ccell)
        # person-to-person SMS
        p, d = person_days(0.55 * self.activity)
        p, t = place(p, d, use_h)
        code = self.contact_of(p, 1.5)
        txt = np.array(P2P_TEXT, object)[rng.integers(0, len(P2P_TEXT), len(p))]
        txt[rng.random(len(p)) < 0.12] = None
        roam = self.roam_of(p, t)
        self.sms(self.msisdn[p], self.num_of(code), t, txt, self.imei[p],
                 np.where(roam == None, self.cell_at(p, t), -1), roam)  # noqa: E711
        # device: data sessions, location updates, night power cycles
        p, d = person_days(5.5 * self.activity)
        p, t = place(p, d, use_h)
        roam = self.roam_of(p, t)
        self.dev(t, self.msisdn[p], self.imsi[p], self.imei[p], np.where(roam == None, self.cell_at(p, t), -1),  # noqa: E711
                 "data_session", roam, rng.lognormal(np.log(3e6), 1.6, len(p)).astype(np.int64))
        p, d = person_days(np.full(N, 2.2))
        p, t = place(p, d, [0.2] * 6 + [2, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 3, 4, 3, 1, 1, 0.5, 0.3])
        roam = self.roam_of(p, t)
        self.dev(t, self.msisdn[p], self.imsi[p], self.imei[p], np.where(roam == None, self.cell_at(p, t), -1),  # noqa: E711
                 "location_update", roam)
        p, d = person_days(np.full(N, 0.05))
        t = self.t0 + d * DAY + 23 * HOUR + rng.integers(0, 3000, len(p))
        t2 = t + rng.integers(6 * HOUR, 8 * HOUR, len(p))
        keep = (t >= self.dormant_until[p]) & (t2 < self.tend)
        p, t, t2 = p[keep], t[keep], t2[keep]
        self.dev(t, self.msisdn[p], self.imsi[p], self.imei[p], self.home[p], "power_off")
        self.dev(t2, self.msisdn[p], self.imsi[p], self.imei[p], self.home[p], "power_on")
        self.dev(t2 + 2, self.msisdn[p], self.imsi[p], self.imei[p], self.home[p], "attach")
        # web visits
        p, d = person_days(6.0 * self.activity)
        p, t = place(p, d, use_h)
        n = len(p)
        dw = np.array([x[1] for x in DOMAINS], float)
        k = rng.choice(len(DOMAINS), n, p=dw / dw.sum())
        dom = np.array([x[0] for x in DOMAINS], object)[k]
        app = np.array([x[2] for x in DOMAINS], object)[k]
        ipp = np.array([x[3] for x in DOMAINS], object)[k]
        last = (k * 37 + rng.integers(0, 4, n)) % 250 + 2
        cdn = rng.random(n) < 0.08
        kc = rng.integers(0, len(CDN_DOMAINS), cdn.sum())
        dom[cdn] = [f"v{a}-{b:x}.{CDN_DOMAINS[c][0]}" for a, b, c in
                    zip(rng.integers(1, 30, len(kc)), rng.integers(0, 16**6, len(kc)), kc, strict=False)]
        app[cdn] = [CDN_DOMAINS[c][1] for c in kc]
        ipp[cdn] = [CDN_DOMAINS[c][2] for c in kc]
        ip = np.array([f"{a}.{b}" for a, b in zip(ipp, last, strict=False)], object)
        lit_ip = rng.random(n) < 0.015  # HTTPDNS / IP-literal API calls of ordinary apps
        dom[lit_ip] = ip[lit_ip]
        url = np.full(n, None, object)
        um = rng.random(n) < 0.12
        url[um] = [f"https://{x}/{y:x}" for x, y in zip(dom[um], rng.integers(0, 16**5, um.sum()), strict=False)]
        self.web(t, self.msisdn[p], dom, url, ip, rng.lognormal(np.log(4e4), 1.8, n).astype(np.int64), app)
        # apps: each person has a set of apps, seen in use; a few installs
        aw = np.linspace(3, 0.3, len(APPS_COMMON))
        self.appset = np.argsort(rng.random((N, len(APPS_COMMON))) ** (1 / aw), axis=1)[:, ::-1][:, :8]
        p, d = person_days(np.full(N, 2.5))
        p, t = place(p, d, use_h)
        a = np.array(APPS_COMMON, object)[self.appset[p, rng.integers(0, 8, len(p))]]
        self.appev(t, self.msisdn[p], a, "use")
        p, d = person_days(np.full(N, 0.006))
        p, t = place(p, d, use_h)
        a = np.array(APPS_COMMON, object)[rng.integers(0, len(APPS_COMMON), len(p))]
        self.appev(t, self.msisdn[p], a, "install",
                   np.where(rng.random(len(p)) < 0.7, None, "https://app.mi.com/details").astype(object))
        # internet accounts registered in the 60 days before and during the period
        nreg = rng.poisson(N * (60 + D) * 0.0025)
        p = rng.integers(0, N, nreg)
        t = self.t0 - 60 * DAY + rng.integers(0, (60 + D) * DAY, nreg)
        keep = t >= self.dormant_until[p]
        p, t = p[keep], t[keep]
        self.iacct(self.msisdn[p], t, np.array(PLATFORMS, object)[rng.integers(0, 6, len(p))])
        # bank accounts
        na = 1 + rng.binomial(2, 0.3, N)
        owner = np.repeat(np.arange(N), na)
        self.acct = self.accounts(len(owner))
        self.acct_bank = np.array(BANKS, object)[rng.choice(len(BANKS), len(owner),
                                                            p=np.array([16, 14, 13, 10, 10, 6, 6, 7, 10, 5, 3]) / 100)]
        first = np.concatenate([[0], np.cumsum(na)[:-1]])
        self.primary, self.primary_bank = self.acct[first], self.acct_bank[first]
        self.bank(self.acct, self.idk[owner], self.acct_bank,
                  self.open_time[owner] + rng.integers(0, 30 * DAY, len(owner)), self.msisdn[owner])
        # businesses: employers, big merchants (accounts seen in transfers)
        self.employers = self.accounts(300)
        self.big_merchants = self.accounts(400)
        self.bank(self.big_merchants, self.idkeys(400), np.array(BANKS, object)[rng.integers(0, len(BANKS), 400)],
                  self.t0 - rng.integers(300, 4000, 400) * DAY)
        self.bank(self.employers, self.idkeys(300), np.array(BANKS, object)[rng.integers(0, len(BANKS), 300)],
                  self.t0 - rng.integers(300, 4000, 300) * DAY)

    PORTS = {"wechat": 1069070069, "qq": 1069070070, "alipay": 1069011695, "douyin": 1069053301,
             "taobao": 1069011688, "kuaishou": 1069055501, "momo": 1069089902, "soul": 1069098861,
             "xiaohongshu": 1069051212, "meituan": 1069090089}
    PLAT_ZH = {"wechat": "微信", "qq": "腾讯科技", "alipay": "支付宝", "douyin": "抖音", "taobao": "淘宝",
               "kuaishou": "快手", "momo": "陌陌", "soul": "Soul", "xiaohongshu": "小红书", "meituan": "美团"}

    def iacct(self, msisdn, t, platform, status="normal"):
        t = np.asarray(t, np.int64)
        n = len(t)
        msisdn = np.broadcast_to(np.asarray(msisdn), (n,))
        platform = np.broadcast_to(np.asarray(platform, object), (n,))
        h = (self.seq("iacct", n) * 2654435761 + self.seed * 40503) % 16**9 + 16**8
        acc = np.array([f"{pl[:2]}_{x:x}" for pl, x in zip(platform, h, strict=False)], object)
        self.add("internet_accounts", platform=platform.copy(), account=acc, msisdn=msisdn.copy(), register_time=t,
                 status=status)
        inwin = t >= self.t0
        if inwin.any():
            pl = platform[inwin]
            code = self.rng.integers(100000, 999999, inwin.sum())
            txt = np.array([f"【{self.PLAT_ZH[x]}】验证码{c}，用于手机号注册，5分钟内有效，请勿泄露。" for x, c in zip(pl, code, strict=False)], object)
            port = np.array([self.PORTS[x] for x in pl], np.int64)
            self.sms(port, msisdn[inwin], t[inwin] - self.rng.integers(20, 90, inwin.sum()), txt)
        # an internet account is identified by (platform, account): truth names it "platform:account"
        return np.array([f"{pl}:{a}" for pl, a in zip(platform, acc, strict=True)], object)

    def transfers_ordinary(self):
        rng, N, D = self.rng, self.N, self.D
        # person to person (local contacts)
        n = rng.poisson(N * D * 0.09)
        p = rng.integers(0, N, n)
        t = self.hour_times(self.t0 + rng.integers(0, D, n) * DAY, n,
                            [0.2] * 7 + [1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 3, 1, 0.5])
        code = self.contact_of(p, 1.6)
        m = (code >= 0) & (t >= self.dormant_until[p]) & (t >= self.dormant_until[np.maximum(code, 0)])
        p, t, q = p[m], t[m], code[m]
        amt = np.round(np.clip(rng.lognormal(np.log(260), 1.15, len(p)), 5, 80000), -1)
        ch = rng.choice(["mobile_app", "third_party", "counter", "atm"], len(p), p=[0.6, 0.34, 0.03, 0.03]).astype(object)
        self.xfer(t, self.primary[p], self.primary[q], amt, ch, self.msisdn[p])
        bk = ch != "third_party"
        self.bank_sms(self.primary_bank[p[bk]], self.msisdn[p[bk]], t[bk], amt[bk], "支出")
        self.bank_sms(self.primary_bank[q[bk]], self.msisdn[q[bk]], t[bk], amt[bk], "收入")
        # shopping: big merchants and the small local merchants (look-alikes)
        n = rng.poisson(N * D * 0.45)
        p = rng.integers(0, N, n)
        t = self.hour_times(self.t0 + rng.integers(0, D, n) * DAY, n,
                            [0.2] * 6 + [1, 3, 3, 2, 2, 3, 4, 3, 2, 2, 2, 3, 4, 4, 3, 2, 1, 0.5])
        m = t >= self.dormant_until[p]
        p, t = p[m], t[m]
        to = self.big_merchants[rng.integers(0, 400, len(p))]
        amt = np.round(np.clip(rng.lognormal(np.log(38), 1.0, len(p)), 1, 20000), 2)
        self.xfer(t, self.primary[p], to, amt, "third_party", self.msisdn[p])
        # salaries on the 5th and 10th
        for d in range(D):
            mday = time.gmtime(self.t0 + OFF + d * DAY).tm_mday
            if mday in (5, 10):
                e = np.flatnonzero(self.employed & (np.arange(N) % 2 == int(mday == 10)))
                t = self.t0 + d * DAY + 9 * HOUR + rng.integers(0, 8 * HOUR, len(e))
                amt = np.round(rng.lognormal(np.log(5200), 0.4, len(e)), 2)
                self.xfer(t, self.employers[e % 300], self.primary[e], amt, "counter")
                self.bank_sms(self.primary_bank[e], self.msisdn[e], t, amt, "收入")

    MARKETING = [
        "【京东】双11返场，家电低至5折，满1000减100，点击 https://3.cn/{c} 抢购，回T退订",
        "【美团】送您20元外卖红包，今日有效 dpurl.cn/{c} 拒收请回复R",
        "【中国移动】5G流量包限时特惠，每月仅需19元，回复KT办理，退订回TD",
        "【拼多多】您有一张无门槛券即将过期，戳 https://mobile.yangkeduo.com/{c} 回T退订",
        "【郑州万达】周末亲子嘉年华，凭短信领取礼品一份，回T退订",
        "【平安保险】车险到期提醒，续保享多重礼遇，详询4008000000，回T退订",
        "【唯品会】冬季羽绒服1折起，点击 vip.com/{c} 回TD退订",
        "【胖东来】会员日鲜果特价，欢迎到店选购，退订回T",
    ]

    def service_sms(self):
        """Operator bills, commercial marketing SMS (106 ports, opt-out text), delivery notices."""
        rng, N, D = self.rng, self.N, self.D
        ports = 10690000000000 + rng.integers(10**8, 10**9, 8)
        self.marketing_ports = ports
        for d in range(D):
            mday = time.gmtime(self.t0 + OFF + d * DAY).tm_mday
            if mday == 1:
                t = self.t0 + d * DAY + 8 * HOUR + rng.integers(0, 10 * HOUR, N)
                txt = np.array([f"尊敬的客户，您上月消费{x:.2f}元，详情请登录营业厅APP查询。" for x in rng.gamma(3, 20, N)], object)
                self.sms(np.array([10086, 10010, 10000], np.int64)[self.op], self.msisdn, t, txt)
            for k, port in enumerate(ports):
                if rng.random() < 0.55:
                    nrec = int(N * rng.uniform(0.05, 0.25))
                    rec = rng.choice(N, nrec, replace=False)
                    t = self.t0 + d * DAY + (10 + k % 8) * HOUR + rng.integers(0, 2 * HOUR, nrec)
                    tpl = self.MARKETING[k]
                    txt = np.array([tpl.format(c=f"{x:x}") for x in rng.integers(16**4, 16**6, nrec)], object)
                    self.sms(np.full(nrec, port), self.msisdn[rec], t, txt)
        for port in ports:
            self.truth("msisdn", port, "benign", scheme="marketing_sender")
        self.params["marketing_ports"] = dict(ports=len(ports), daily_prob=0.55, reach_share="5-25% of subscribers")

    # ---------- helpers shared by look-alikes and schemes
    def pick(self, n, age=None, city=None, mark=True):
        """n persons not yet given a special role (optionally by age range / city)."""
        ok = ~self.special
        if age is not None:
            ok &= (self.age >= age[0]) & (self.age <= age[1])
        if city is not None:
            ok &= self.city == city
        c = np.flatnonzero(ok)
        p = self.rng.choice(c, min(n, len(c)), replace=False)
        if mark:
            self.special[p] = True
        return p

    def strangers(self, n, city=None, weight=None):
        """Random persons (callees of cold calls); weight: per-person weights."""
        if weight is None and city is None:
            return self.rng.integers(0, self.N, n)
        w = np.ones(self.N) if weight is None else weight.astype(float)
        if city is not None:
            w = w * (self.city == city)
        return self.rng.choice(self.N, n, p=w / w.sum())

    def day_start(self, d):
        return self.t0 + d * DAY

    def weekday(self, d):
        return (((self.t0 + OFF) // DAY + d) + 3) % 7

    def cold_calls(self, caller, t, callee_p, ans_p, dur_med, dur_sig=0.8, imei=-1, imsi=-1, cell=-1, roam=None,
                   call_type="mobile", gateway=None, media="voice", ext_share=0.0, dead_share=0.0):
        """Calls from one or more numbers to strangers; returns (callee person idx or -1, answered, duration)."""
        rng = self.rng
        n = len(t)
        callee = self.msisdn[callee_p].copy()
        cp = callee_p.copy()
        ext = rng.random(n) < ext_share
        callee[ext] = self.ext[rng.integers(0, len(self.ext), ext.sum())]
        dead = (~ext) & (rng.random(n) < dead_share)  # number-segment scanning hits unassigned numbers
        callee[dead] = (callee[dead] // 10000) * 10000 + rng.integers(0, 10000, dead.sum())
        cp[ext | dead] = -1
        ans = (rng.random(n) < ans_p) & ~dead
        res = np.where(ans, "answered", rng.choice(["no_answer", "rejected", "busy"], n, p=[0.55, 0.35, 0.1])).astype(object)
        res[dead] = "no_answer"
        dur = np.where(ans, np.clip(rng.lognormal(np.log(dur_med), dur_sig, n), 2, 4000), 0).astype(np.int64)
        ccell = np.full(n, -1)
        m = cp >= 0
        ccell[m] = self.cell_at(cp[m], t[m])
        self.voice(caller, callee, t, dur, res, imei, imsi, cell, ccell, roam, call_type, media, gateway)
        return cp, ans, dur

    def new_lines(self, n, idk, open_time, line_type="mobile", customer_type="personal", id_type="resident_id",
                  channel=None, open_cell=-1, op=None, prepaid=None):
        ms, ops = self.numbers(n, op)
        if line_type in ("fixed", "voip"):
            ms = (86371 if line_type == "fixed" else 86371) * 10**8 + self.rng.integers(10**7, 10**8, n)
            ms += 0 if line_type == "fixed" else 0
            imsi = np.full(n, -1)
        else:
            imsi = self.imsis(ops)
        self.subscriber(ms, imsi, np.broadcast_to(idk, (n,)), np.broadcast_to(open_time, (n,)), line_type,
                        customer_type, id_type, ops, channel, open_cell, prepaid,
                        np.array([CITIES[self.cell_city[c]][1] if c >= 0 else "410100" for c in np.broadcast_to(open_cell, (n,))], object))
        return ms, imsi

    # ---------- benign look-alikes, phase 1 (before ordinary life: absences and dormancy)
    def lookalikes_pre(self):
        rng, D = self.rng, self.D
        trav = self.pick(int(self.N * 0.008) + 5, age=(20, 70))
        countries = ["TH", "VN", "KH", "MY", "SG", "JP", "KR", "AE", "US", "LA", "PH"]
        cw = np.array([18, 12, 8, 10, 8, 10, 8, 3, 5, 4, 6], float)
        cc = rng.choice(countries, len(trav), p=cw / cw.sum())
        start = rng.integers(0, max(1, D - 3), len(trav))
        length = rng.integers(3, 10, len(trav))
        for p, c, s, ln in zip(trav, cc, start, length, strict=False):
            a = self.t0 + s * DAY + rng.integers(6, 20) * HOUR
            self.away[int(p)] = (a, min(a + ln * DAY, self.tend), c)
        self.truth("msisdn", self.msisdn[trav], "benign", scheme="traveller")
        work = self.pick(max(4, self.N // 800), age=(22, 50))
        wc = rng.choice(["KH", "MM", "LA", "MY", "PH", "AE"], len(work), p=[0.3, 0.15, 0.15, 0.15, 0.15, 0.1])
        for p, c in zip(work, wc, strict=False):
            self.away[int(p)] = (self.t0 - DAY, self.tend, c)
        self.truth("msisdn", self.msisdn[work], "benign", scheme="overseas_worker")
        self.travellers = (trav, work)
        dorm = self.pick(max(6, self.N // 250), age=(35, 85))
        self.dormant_until[dorm] = self.t0 + rng.integers(max(7, self.hist - 2), D, len(dorm)) * DAY + rng.integers(8, 20, len(dorm)) * HOUR
        self.open_time[dorm] = self.t0 - rng.integers(400, 3000, len(dorm)) * DAY
        self.dormant = dorm
        self.truth("msisdn", self.msisdn[dorm], "benign", scheme="dormant_resumed")
        self.params["lookalikes_pre"] = dict(travellers=len(trav), trip_days="3-9", overseas_workers=len(work),
                                             dormant_resumed=len(dorm), dormant_wake_day=f">= {max(7, self.hist - 2)}")

    # ---------- benign look-alikes, phase 2
    def lookalikes(self):
        rng, D, N = self.rng, self.D, self.N
        P = self.params.setdefault("lookalikes", {})
        # travellers: attach abroad on arrival, welcome SMS from the operator
        for p, (a, _b, c) in self.away.items():
            if a >= self.t0:
                self.dev([a], [self.msisdn[p]], [self.imsi[p]], [self.imei[p]], [-1], "attach", c)
                self.sms([10086], [self.msisdn[p]], [a + 60], [f"【中国移动】欢迎来到{c}，国际漫游语音资费请回复查询。"])
        # dormant cards waking up: power on at home then calls to family
        for p in self.dormant:
            w = self.dormant_until[p]
            self.dev([w - 30, w - 28], [self.msisdn[p]] * 2, [self.imsi[p]] * 2, [self.imei[p]] * 2, [self.home[p]] * 2,
                     np.array(["power_on", "attach"], object))
            k = rng.integers(2, 6)
            fam = self.contact_of(np.full(k, p), 3.0)
            t = w + np.sort(rng.integers(60, 3 * HOUR, k))
            ans = np.where(rng.random(k) < 0.85, "answered", "no_answer").astype(object)
            self.voice(np.full(k, self.msisdn[p]), self.num_of(fam), t,
                       np.where(ans == "answered", rng.integers(60, 900, k), 0), ans, self.imei[p], self.imsi[p], self.home[p])

        # couriers: many short calls to strangers and pick-up SMS
        cour = self.pick(max(8, N // 370), age=(20, 50))
        P["courier"] = dict(n=len(cour), calls_per_day="35-110", answer=0.85, sms_per_day="15-60")
        self.truth("msisdn", self.msisdn[cour], "benign", scheme="courier")
        for p in cour:
            for d in range(D):
                if rng.random() < 0.12:
                    continue
                n = rng.integers(35, 110)
                t = self.hour_times(self.day_start(d), n, self.WORK_H)
                cs = self.city_cells[self.city[p]]
                cell = cs[rng.integers(0, len(cs), n)]
                cp, ans, _ = self.cold_calls(np.full(n, self.msisdn[p]), t, self.strangers(n, self.city[p]), 0.85, 25, 0.6,
                                             self.imei[p], self.imsi[p], cell)
                m = rng.integers(15, 60)
                rec = self.strangers(m, self.city[p])
                txt = np.array([f"【{['中通', '圆通', '韵达', '申通', '极兔'][p % 5]}快递】您的包裹已到{['菜鸟驿站', '小区门口', '丰巢柜'][x % 3]}，取件码{x % 90 + 10}-{x % 7 + 1}-{x}，请及时领取。"
                                for x in rng.integers(1000, 9999, m)], object)
                self.sms(np.full(m, self.msisdn[p]), self.msisdn[rec], self.hour_times(self.day_start(d), m, self.WORK_H), txt,
                         self.imei[p], cell[:1].repeat(m))
        # call centres: enterprise fixed / VoIP lines with a gateway, office hours
        for k, (kind, nl, lt) in enumerate([("insurance", int(rng.integers(16, 30)), "voip"),
                                            ("education", int(rng.integers(10, 20)), "fixed")]):
            idk = self.idkeys(1)[0]
            cell = int(self.city_cells[0][k])
            ms, _ = self.new_lines(nl, idk, self.t0 - int(rng.integers(200, 900)) * DAY, lt, "enterprise",
                                   "business_license", channel="ENT-DIRECT", open_cell=cell)
            gw = f"GW-CC{k + 1:02d}"
            per = rng.integers(80, 220, nl)
            P[f"call_centre_{kind}"] = dict(lines=nl, line_type=lt, calls_per_line_day="80-220", answer=0.3,
                                            hours="9-12,13:30-18, Mon-Fri (+Sat)")
            self.truth("msisdn", ms, "benign", scheme="call_centre")
            self.truth("id_key", idk, "benign", scheme="call_centre")
            for d in range(D):
                if self.weekday(d) == 6 or (self.weekday(d) == 5 and k == 0):
                    continue
                n = per * rng.uniform(0.7, 1.1)
                n = n.astype(int)
                cal = np.repeat(ms, n)
                t = self.hour_times(self.day_start(d), len(cal), [0] * 9 + [5, 6, 5, 0.5, 1, 5, 6, 6, 4] + [0] * 6)
                self.cold_calls(cal, t, self.strangers(len(cal)), 0.3, 50, 1.0, call_type=lt, gateway=gw, ext_share=0.3)
        # insurance / real-estate agents on their own mobiles
        ag = self.pick(max(6, N // 500), age=(25, 55))
        P["sales_agent"] = dict(n=len(ag), calls_per_day="20-60", answer=0.6)
        self.truth("msisdn", self.msisdn[ag], "benign", scheme="sales_agent")
        for p in ag:
            for d in range(D):
                n = rng.integers(20, 60)
                t = self.hour_times(self.day_start(d), n, self.CALL_H)
                self.cold_calls(np.full(n, self.msisdn[p]), t, self.strangers(n, self.city[p]), 0.6, 110, 1.0,
                                self.imei[p], self.imsi[p], self.cell_at(np.full(n, p), t))
        # bulk marketing from a mobile phone (real-estate agency), opt-out text included
        mk = self.pick(max(2, N // 4000), age=(25, 50))
        P["marketing_mobile"] = dict(n=len(mk), sms_per_day="100-300")
        self.truth("msisdn", self.msisdn[mk], "benign", scheme="marketing_sender")
        for p in mk:
            for d in range(D):
                n = rng.integers(100, 300)
                t = self.hour_times(self.day_start(d), n, self.WORK_H)
                txt = np.array([f"【{CITIES[self.city[p]][0]}链家】地铁口精装两居{x}万起，首付低，看房电话本机，回T退订" for x in
                                rng.integers(60, 180, n)], object)
                self.sms(np.full(n, self.msisdn[p]), self.msisdn[self.strangers(n, self.city[p])], t, txt, self.imei[p],
                         np.full(n, self.work[p]))
        # dual-SIM phones: second card, same holder, same (or sibling) IMEI
        ds = self.pick(max(10, N // 50), mark=False)
        ms2, imsi2 = self.new_lines(len(ds), self.idk[ds], self.t0 - rng.integers(60, 2000, len(ds)) * DAY,
                                    open_cell=self.home[ds])
        same = rng.random(len(ds)) < 0.5
        imei2 = np.where(same, self.imei[ds], self.imeis(len(ds)))
        P["dual_sim"] = dict(n=len(ds), same_imei_share=0.5, calls_per_day=1.5)
        self.truth("msisdn", ms2, "benign", scheme="dual_sim")
        n = rng.poisson(1.5 * D, len(ds))
        p = np.repeat(np.arange(len(ds)), n)
        t = self.hour_times(self.t0 + rng.integers(0, D, len(p)) * DAY, len(p), self.CALL_H)
        pp = ds[p]
        code = self.contact_of(pp)
        ans = np.where(rng.random(len(p)) < 0.8, "answered", "no_answer").astype(object)
        self.voice(ms2[p], self.num_of(code), t, np.where(ans == "answered", rng.integers(10, 600, len(p)), 0), ans,
                   imei2[p], imsi2[p], self.cell_at(pp, t))
        n = rng.poisson(2 * D, len(ds))
        p = np.repeat(np.arange(len(ds)), n)
        t = self.hour_times(self.t0 + rng.integers(0, D, len(p)) * DAY, len(p), self.USE_H)
        self.dev(t, ms2[p], imsi2[p], imei2[p], self.cell_at(ds[p], t), "data_session",
                 nbytes=rng.lognormal(np.log(1e6), 1.5, len(p)).astype(np.int64))
        # family plans: one holder with 2-3 extra cards for children / parents
        fp = self.pick(max(10, N // 75), age=(30, 60), mark=False)
        k = rng.integers(2, 4, len(fp))
        h = np.repeat(fp, k)
        msf, imsif = self.new_lines(len(h), self.idk[h], self.t0 - rng.integers(30, 3000, len(h)) * DAY, open_cell=self.home[h])
        imeif = self.imeis(len(h))
        P["family_plan"] = dict(holders=len(fp), extra_cards="2-3")
        self.truth("id_key", self.idk[fp], "benign", scheme="family_plan")
        n = rng.poisson(1.2 * D, len(h))
        j = np.repeat(np.arange(len(h)), n)
        t = self.hour_times(self.t0 + rng.integers(0, D, len(j)) * DAY, len(j), self.CALL_H)
        to = np.where(rng.random(len(j)) < 0.6, self.msisdn[h[j]], self.num_of(self.contact_of(h[j])))
        self.voice(msf[j], to, t, rng.integers(15, 400, len(j)), "answered", imeif[j], imsif[j], self.home[h[j]])
        n = rng.poisson(3 * D, len(h))
        j = np.repeat(np.arange(len(h)), n)
        t = self.hour_times(self.t0 + rng.integers(0, D, len(j)) * DAY, len(j), self.USE_H)
        self.dev(t, msf[j], imsif[j], imeif[j], self.home[h[j]], "data_session",
                 nbytes=rng.lognormal(np.log(2e6), 1.5, len(j)).astype(np.int64))
        # small merchants: many small incoming payments, evening sweep
        mer = self.pick(max(20, N // 100), age=(25, 65))
        macc = self.accounts(len(mer))
        self.bank(macc, self.idk[mer], np.array(BANKS, object)[rng.integers(0, len(BANKS), len(mer))],
                  self.t0 - rng.integers(100, 3000, len(mer)) * DAY, self.msisdn[mer])
        self.small_merchants = macc
        P["merchant"] = dict(n=len(mer), payments_per_day="15-150", amount_median=28)
        self.truth("account", macc, "benign", scheme="merchant")
        self.truth("msisdn", self.msisdn[mer], "benign", scheme="merchant")
        for i, p in enumerate(mer):
            for d in range(D):
                n = rng.integers(15, 150)
                t = self.hour_times(self.day_start(d), n, [0] * 6 + [3, 5, 4, 2, 2, 4, 5, 3, 2, 2, 2, 4, 5, 5, 3, 2, 1, 0])
                payer = self.strangers(n, self.city[p])
                amt = np.round(np.clip(rng.lognormal(np.log(28), 0.8, n), 1, 3000), 2)
                self.xfer(t, self.primary[payer], np.full(n, macc[i]), amt, "third_party", self.msisdn[payer])
                ts = self.day_start(d) + 22 * HOUR + int(rng.integers(0, HOUR))
                self.xfer([ts], [macc[i]], [self.primary[p]], [round(float(amt.sum()) * 0.994, 2)], "mobile_app", [self.msisdn[p]])
                if self.weekday(d) == 1:
                    self.xfer([ts - 5 * HOUR], [macc[i]], [self.big_merchants[i % 400]],
                              [round(float(amt.sum()) * rng.uniform(2, 4), -1)], "mobile_app", [self.msisdn[p]])
        # landlords collecting rent at the start of the month
        ll = self.pick(max(8, N // 400), age=(40, 75))
        P["landlord"] = dict(n=len(ll), tenants="5-25", rent="800-2500 round, days 1-5 of month")
        self.truth("msisdn", self.msisdn[ll], "benign", scheme="landlord")
        for p in ll:
            ten = self.strangers(int(rng.integers(5, 26)), self.city[p])
            rent = rng.integers(8, 26, len(ten)) * 100
            for d in range(D):
                mday = time.gmtime(self.t0 + OFF + d * DAY).tm_mday
                if 1 <= mday <= 5:
                    m = rng.random(len(ten)) < (0.45 if mday < 5 else 0.9)
                    m &= ~np.isin(ten, getattr(self, "_paid", np.empty(0)))
                    if m.any():
                        t = self.hour_times(self.day_start(d), m.sum(), self.USE_H)
                        self.xfer(t, self.primary[ten[m]], np.full(m.sum(), self.primary[p]), rent[m],
                                  rng.choice(["mobile_app", "third_party"], m.sum()).astype(object), self.msisdn[ten[m]])
                        self.bank_sms(np.full(m.sum(), self.primary_bank[p], object), np.full(m.sum(), self.msisdn[p]), t,
                                      rent[m].astype(float), "收入")
                        self._paid = np.concatenate([getattr(self, "_paid", np.empty(0, int)), ten[m]])
            self._paid = np.empty(0, int)
        # community group-buying organisers (团长): small payments, group SMS, many calls
        go = self.pick(max(6, N // 500), age=(28, 60))
        P["group_organiser"] = dict(n=len(go), members="60-200", payments_per_day="10-50", calls_per_day="8-25")
        self.truth("msisdn", self.msisdn[go], "benign", scheme="group_organiser")
        for p in go:
            mem = self.strangers(int(rng.integers(60, 200)), self.city[p])
            for d in range(D):
                n = rng.integers(10, 50)
                payer = mem[rng.integers(0, len(mem), n)]
                t = self.hour_times(self.day_start(d), n, self.USE_H)
                self.xfer(t, self.primary[payer], np.full(n, self.primary[p]), np.round(rng.uniform(9.9, 120, n), 1),
                          "third_party", self.msisdn[payer])
                n = rng.integers(8, 25)
                t = self.hour_times(self.day_start(d), n, self.CALL_H)
                callee = mem[rng.integers(0, len(mem), n)]
                self.voice(np.full(n, self.msisdn[p]), self.msisdn[callee], t, rng.integers(15, 200, n), "answered",
                           self.imei[p], self.imsi[p], self.home[p], self.home[callee])
                n = rng.integers(5, 30)
                t = self.hour_times(self.day_start(d), n, self.USE_H)
                self.sms(np.full(n, self.msisdn[p]), self.msisdn[mem[rng.integers(0, len(mem), n)]], t,
                         np.full(n, "明天到货：砂糖橘、鸡蛋，下午3点后小区门口自提，接龙请回复。", object), self.imei[p], self.home[p])
        # IT support staff using remote-control apps every day
        it = self.pick(max(5, N // 600), age=(22, 45))
        P["remote_support"] = dict(n=len(it), uses_per_day="3-10")
        self.truth("msisdn", self.msisdn[it], "benign", scheme="remote_support")
        for p in it:
            a = REMOTE_APPS[p % 2]
            self.appev([self.t0 + int(rng.integers(0, DAY))], [self.msisdn[p]], [a], "install", ["https://www.todesk.com/download.html" if p % 2 else "https://sunlogin.oray.com/download"])
            n = rng.integers(3, 11, D)
            d = np.repeat(np.arange(D), n)
            t = self.hour_times(self.t0 + d * DAY + HOUR, len(d), self.WORK_H)
            self.appev(t, np.full(len(d), self.msisdn[p]), np.full(len(d), a, object), "use")
            self.web(t, np.full(len(d), self.msisdn[p]), np.full(len(d), "www.todesk.com" if p % 2 else "sunlogin.oray.com", object),
                     None, "47.104.21.9", rng.integers(10**5, 10**7, len(d)), a)
        # retail investors: brokerage transfers, stock apps
        inv = self.pick(max(20, N // 50), age=(30, 70), mark=False)
        brokers = self.accounts(6)
        self.bank(brokers, self.idkeys(6), np.array(["citic", "cmb", "icbc", "ccb", "boc", "bocom"], object),
                  self.t0 - 3000 * DAY)
        P["retail_investor"] = dict(n=len(inv), transfers="10k-200k to brokerage accounts")
        self.truth("msisdn", self.msisdn[inv], "benign", scheme="retail_investor")
        k = rng.poisson(0.25 * D, len(inv))
        p = np.repeat(inv, k)
        t = self.hour_times(self.t0 + rng.integers(0, D, len(p)) * DAY, len(p), self.WORK_H)
        amt = np.round(rng.lognormal(np.log(40000), 0.8, len(p)), -2)
        back = rng.random(len(p)) < 0.35
        frm = np.where(back, brokers[p % 6], self.primary[p])
        to = np.where(back, self.primary[p], brokers[p % 6])
        self.xfer(t, frm, to, amt, "third_party", self.msisdn[p])
        n = rng.poisson(3 * D, len(inv))
        p = np.repeat(inv, n)
        t = self.hour_times(self.t0 + rng.integers(0, D, len(p)) * DAY, len(p), self.WORK_H)
        self.appev(t, self.msisdn[p], np.where(p % 2 == 0, "com.hexin.plus", "com.eastmoney.android.berlin").astype(object), "use")
        # phone shops: new cards activated in the shop phone; customers' SIMs tested during repairs
        P["phone_shop"] = dict(shops=max(3, N // 2000), new_cards_per_shop="15-45", repairs_per_shop="8-25")
        for s in range(max(3, N // 2000)):
            shop_p = self.pick(1, age=(22, 50))[0]
            shop_imei = self.imeis(1)[0]
            chan = f"SHOP-{self.city[shop_p]:02d}{s:03d}"
            cell = self.work[shop_p]
            self.truth("imei", shop_imei, "benign", scheme="phone_shop")
            nn = int(rng.integers(15, 45))
            idk = self.idkeys(nn)
            ot = self.t0 + rng.integers(0, D * DAY, nn)
            ms, imsi = self.new_lines(nn, idk, ot, channel=chan, open_cell=cell)
            self.truth("msisdn", ms, "benign", scheme="phone_shop")
            own = self.imeis(nn)
            self.dev(ot + 300, ms, imsi, np.full(nn, shop_imei), np.full(nn, cell), "attach")
            self.dev(ot + 420, ms, imsi, np.full(nn, shop_imei), np.full(nn, cell), "data_session", nbytes=rng.integers(10**4, 10**6, nn))
            self.dev(ot + 1200, ms, imsi, own, np.full(nn, cell), "attach")
            for j in range(nn):  # then ordinary light use: calls to a few people, data
                k = int(rng.integers(1, 4) * max(1, (self.tend - ot[j]) // DAY))
                t = np.sort(ot[j] + 1800 + rng.integers(0, max(1, self.tend - ot[j] - 1800), k))
                to = self.rng.integers(0, N, 4)[rng.integers(0, 4, k)]
                ans = np.where(rng.random(k) < 0.8, "answered", "no_answer").astype(object)
                self.voice(np.full(k, ms[j]), self.msisdn[to], t, np.where(ans == "answered", rng.integers(10, 500, k), 0), ans,
                           own[j], imsi[j], self.cell_at(np.full(k, shop_p), t))
            nr = int(rng.integers(8, 25))
            cust = self.strangers(nr, self.city[shop_p])
            t = self.t0 + rng.integers(0, D * DAY, nr)
            for ev, dt in (("attach", 0), ("location_update", 60), ("data_session", 200), ("detach", 900)):
                self.dev(t + dt, self.msisdn[cust], self.imsi[cust], np.full(nr, shop_imei), np.full(nr, cell), ev,
                         nbytes=rng.integers(10**4, 10**6, nr) if ev == "data_session" else -1)
        # IoT fleet (shared e-bikes / POS): an enterprise ID with hundreds of cards, a bulk batch opened in the window
        ent = self.idkeys(1)[0]
        old = int(rng.integers(120, 250))
        new = int(rng.integers(60, 150))
        ot = np.concatenate([self.t0 - rng.integers(100, 700, old) * DAY,
                             np.full(new, self.e0 + int(rng.integers(0, self.days)) * DAY + 10 * HOUR) + rng.integers(0, 3600, new)])
        ms, imsi = self.new_lines(old + new, ent, ot, "iot", "enterprise", "business_license", channel="ENT-DIRECT",
                                  open_cell=self.city_cells[0][0], op=0, prepaid=False)
        imei = self.imeis(old + new, tac=MODEM_TAC)
        cellv = rng.integers(0, self.ncell, old + new)
        self.truth("id_key", ent, "benign", scheme="iot_fleet")
        P["iot_fleet"] = dict(cards=old + new, opened_in_window=new)
        n = rng.poisson(6 * D, old + new)
        j = np.repeat(np.arange(old + new), n)
        t = np.maximum(ot[j], self.t0) + rng.integers(0, D * DAY, len(j))
        m = t < self.tend
        j, t = j[m], t[m]
        self.dev(t, ms[j], imsi[j], imei[j], cellv[j], "data_session", nbytes=rng.integers(200, 20000, len(j)))
        # logistics company opening a batch of mobile cards for new couriers (one licence, many cards)
        ent = self.idkeys(1)[0]
        nb = int(rng.integers(20, 45))
        ot = self.e0 + int(rng.integers(0, max(1, self.days - 1))) * DAY + 9 * HOUR + rng.integers(0, 7200, nb)
        ms, imsi = self.new_lines(nb, ent, ot, "mobile", "enterprise", "business_license", channel="ENT-DIRECT",
                                  open_cell=self.city_cells[0][1], prepaid=False)
        imei = self.imeis(nb)
        self.truth("id_key", ent, "benign", scheme="enterprise_bulk_cards")
        self.truth("msisdn", ms, "benign", scheme="courier")
        P["enterprise_bulk_cards"] = dict(cards=nb, calls_per_day="30-80 to customers")
        for j in range(nb):
            for d in range((ot[j] - self.t0) // DAY + 1, D):
                n = int(rng.integers(30, 80))
                t = self.hour_times(self.day_start(d), n, self.WORK_H)
                self.cold_calls(np.full(n, ms[j]), t, self.strangers(n, 0), 0.85, 22, 0.6, imei[j], imsi[j],
                                self.city_cells[0][rng.integers(0, len(self.city_cells[0]), n)])
        # relatives abroad calling family at home (international incoming, some video)
        nf = max(8, N // 400)
        fam = self.pick(nf, mark=False)
        cc = rng.choice(["KH", "MM", "MY", "TH", "JP", "KR", "AE", "US", "SG"], nf)
        fnum = np.array([int(f"{FOREIGN[c]}{rng.integers(10**7, 10**8) if c != 'US' else rng.integers(2 * 10**9, 9 * 10**9)}") for c in cc])
        self.truth("msisdn", fnum, "benign", scheme="overseas_family")
        P["overseas_family"] = dict(n=nf, calls_per_day=0.6, video_share=0.3)
        k = rng.poisson(0.6 * D, nf)
        j = np.repeat(np.arange(nf), k)
        t = self.hour_times(self.t0 + rng.integers(0, D, len(j)) * DAY, len(j), self.USE_H)
        ans = np.where(rng.random(len(j)) < 0.85, "answered", "no_answer").astype(object)
        self.voice(fnum[j], self.msisdn[fam[j]], t, np.where(ans == "answered", rng.integers(60, 2400, len(j)), 0), ans,
                   callee_cell=self.home[fam[j]], call_type="intl_in",
                   media=np.where(rng.random(len(j)) < 0.3, "video", "voice").astype(object), gateway="IGW-ZZ01")
        # online shop operators registering several seller accounts with one number
        so = self.pick(max(5, N // 1500), age=(20, 45))
        P["shop_operator"] = dict(n=len(so), accounts="3-7 platforms within a few days")
        self.truth("msisdn", self.msisdn[so], "benign", scheme="shop_operator")
        for p in so:
            k = int(rng.integers(3, 8))
            t = self.t0 + int(rng.integers(0, D - 2)) * DAY + np.sort(rng.integers(9 * HOUR, 3 * DAY, k))
            self.iacct(np.full(k, self.msisdn[p]), t, np.array(PLATFORMS, object)[rng.choice(len(PLATFORMS), k, replace=False)])
        # people changing number: new card, calls to many of their contacts at once
        nn = max(8, N // 200)
        mv = self.pick(nn, age=(20, 60))
        ot = self.t0 + rng.integers(1, D, nn) * DAY + rng.integers(9, 19, nn) * HOUR
        ms, imsi = self.new_lines(nn, self.idk[mv], ot, open_cell=self.home[mv])
        self.truth("msisdn", ms, "benign", scheme="new_number")
        P["new_number"] = dict(n=nn, first_day_contacts="all contacts, 8-30 calls/SMS")
        for j, p in enumerate(mv):
            c = self.c_dst[self.c_off[p]:self.c_off[p] + self.deg[p]]
            k = len(c)
            t = ot[j] + 600 + np.sort(rng.integers(0, DAY, k))
            m = t < self.tend
            if m.sum() == 0:
                continue
            ans = np.where(rng.random(m.sum()) < 0.7, "answered", "no_answer").astype(object)
            self.voice(np.full(m.sum(), ms[j]), self.num_of(c[m]), t[m], np.where(ans == "answered", rng.integers(20, 300, m.sum()), 0),
                       ans, self.imei[p], imsi[j], self.cell_at(np.full(m.sum(), p), t[m]))
            self.sms(np.full(m.sum(), ms[j]), self.num_of(c[m]), t[m] + 30, np.full(m.sum(), "我换号了，这是我的新号码，请存一下。", object),
                     self.imei[p], self.home[p])

    # ---------- fraud: resources
    SYL = ["hx", "jz", "fl", "tk", "kd", "jr", "bao", "xin", "yun", "fu", "da", "hui", "cai", "tong", "jin", "rong",
           "kuai", "ying", "li", "an", "sheng", "hua", "bang", "zhuan", "dai", "qian", "wan", "le"]
    TLD = ["top", "vip", "cc", "xyz", "icu", "shop", "cn", "com", "net", "club", "life"]

    def fraud_domain(self):
        r = self.rng
        name = "".join(r.choice(self.SYL, r.integers(2, 4))) + ("-" + "".join(r.choice(self.SYL, 2)) if r.random() < 0.4 else "")
        return f"{name}{r.integers(1, 99) if r.random() < 0.3 else ''}.{r.choice(self.TLD)}"

    def fraud_ip(self):
        r = self.rng
        return f"{r.choice([103, 154, 156, 45, 38, 43, 202, 185])}.{r.integers(1, 255)}.{r.integers(0, 255)}.{r.integers(2, 254)}"

    def sub(self):
        r = self.rng
        return "".join(r.choice(list("abcdefghjkmnpqrstuvwxyz23456789"), int(r.integers(4, 7))))

    def gang_cards(self, gang, scheme, n, mode, first_use, role, age=(18, 40), channel=None):
        """Cards for a gang: 'multi_id' sellers each open several new cards; 'idle' sellers sell an old idle card."""
        rng = self.rng
        ms, imsi, ot, sellers = [], [], [], []
        if mode == "multi_id":
            while sum(len(x) for x in ms) < n:
                s = self.pick(1, age=age)[0]
                k = int(rng.integers(2, 6))
                t = first_use - int(rng.integers(3, 25)) * DAY + np.sort(rng.integers(0, 3 * DAY, k))
                ch = channel or [f"STORE-{self.city[s]:02d}{x:03d}" for x in rng.integers(0, 60, k)]
                m, i = self.new_lines(k, self.idk[s], t, channel=np.asarray(ch, object) if not isinstance(ch, str) else ch,
                                      open_cell=self.cell_at(np.full(k, s), t), prepaid=True)
                ms.append(m)
                imsi.append(i)
                ot.append(t)
                sellers.append(s)
        else:
            for _ in range(n):
                s = self.pick(1, age=age)[0]
                t = np.array([self.t0 - int(rng.integers(200, 2500)) * DAY])
                m, i = self.new_lines(1, self.idk[s], t, open_cell=self.home[s:s + 1], prepaid=False)
                ms.append(m)
                imsi.append(i)
                ot.append(t)
                sellers.append(s)
        ms, imsi, ot = np.concatenate(ms)[:n], np.concatenate(imsi)[:n], np.concatenate(ot)[:n]
        self.truth("id_key", self.idk[sellers], "card_seller", gang, scheme, ot.min())
        self.sellers.setdefault(gang, []).extend(int(s) for s in sellers)
        return ms, imsi, ot

    def mule_net(self, gang, mode, n1, n2, n3):
        """Bank accounts from bank-card sellers (两卡) and out-of-province holders."""
        rng = self.rng
        total = n1 + n2 + n3 + 2
        accs, _holders, msis, banks = [], [], [], []
        while len(accs) < total:
            if rng.random() < 0.5:  # local student / unemployed selling 2-4 fresh bank cards
                s = self.pick(1, age=(18, 32))[0]
                k = int(rng.integers(2, 5))
                a = self.accounts(k)
                b = np.array(BANKS, object)[rng.choice(len(BANKS), k, replace=False)]
                ot = self.t0 - int(rng.integers(5, 60)) * DAY + np.sort(rng.integers(0, 4 * DAY, k))
                self.bank(a, np.full(k, self.idk[s]), b, ot, np.full(k, self.msisdn[s]))
                self.truth("id_key", self.idk[s], "card_seller", gang, "bank_card_seller", ot.min())
                accs += list(a)
                msis += [self.msisdn[s]] * k
                banks += list(b)
            else:  # holder from another province: in the feed half of the time, number unknown
                a = self.accounts(1)
                b = np.array(BANKS, object)[rng.integers(0, len(BANKS), 1)]
                if rng.random() < 0.5:
                    self.bank(a, self.idkeys(1), b, [self.t0 - int(rng.integers(5, 200)) * DAY], [self.ext[rng.integers(0, len(self.ext))]])
                accs += list(a)
                msis += [-1]
                banks += list(b)
        accs, msis, banks = np.array(accs[:total]), np.array(msis[:total]), np.array(banks[:total], object)
        o = rng.permutation(total)
        accs, msis, banks = accs[o], msis[o], banks[o]
        net = dict(gang=gang, mode=mode, L1=accs[:n1], L2=accs[n1:n1 + n2], L3=accs[n1 + n2:n1 + n2 + n3],
                   exit=accs[n1 + n2 + n3:], msisdn=dict(zip(accs.tolist(), msis.tolist(), strict=False)),
                   bank=dict(zip(accs.tolist(), banks.tolist(), strict=False)))
        self.truth("account", accs, "mule_account", gang, f"mule_{mode}")
        return net

    def under(self, amt, caps=(49999, 9999, 4999)):
        """Split an amount into chunks just under a reporting threshold."""
        cap = float(self.rng.choice(caps))
        out = []
        while amt > 0:
            c = min(amt, cap - float(self.rng.integers(0, 900 if cap > 10000 else 200)))
            out.append(round(c, 2))
            amt -= c
        return out

    def mule_xfer(self, net, t, frm, to, amt, channel="mobile_app"):
        self.xfer([t], [frm], [to], [amt], channel, [net["msisdn"].get(int(frm), -1)])
        m = net["msisdn"].get(int(frm), -1)
        if m > 0:
            self.bank_sms([net["bank"][int(frm)]], [m], np.array([t]), np.array([amt]), "支出")

    def launder(self, net, amt, t, l1):
        rng, mode = self.rng, net["mode"]
        if mode == "fast":
            t1 = t + int(rng.integers(40, 600))
            parts = np.diff(np.sort(np.concatenate([[0, amt], rng.uniform(0, amt, int(rng.integers(1, 3)))])))
            for part in parts:
                l2 = net["L2"][rng.integers(0, len(net["L2"]))]
                self.mule_xfer(net, t1, l1, l2, round(part, 2))
                l3 = net["L3"][rng.integers(0, len(net["L3"]))]
                t2 = t1 + int(rng.integers(60, 1800))
                self.mule_xfer(net, t2, l2, l3, round(part * 0.998, 2))
                self.mule_xfer(net, t2 + int(rng.integers(300, 3600)), l3, net["exit"][rng.integers(0, len(net["exit"]))],
                               round(part * 0.995, 2), "third_party")
                t1 += int(rng.integers(5, 120))
        elif mode == "delayed":
            night = ((t + OFF) // DAY + 1) * DAY - OFF + int(rng.integers(1 * HOUR, 4 * HOUR))
            if night - t < 4 * HOUR:
                night += DAY
            for i, c in enumerate(self.under(amt)):
                l2 = net["L2"][rng.integers(0, len(net["L2"]))]
                tt = night + i * int(rng.integers(120, 900))
                self.mule_xfer(net, tt, l1, l2, c)
                self.mule_xfer(net, tt + int(rng.integers(5, 9)) * HOUR, l2, net["exit"][rng.integers(0, len(net["exit"]))],
                               round(c * 0.997, 2), "third_party")
        else:  # paofen: collection accounts sweep to a second layer, then to exits
            tt = t + int(rng.integers(20 * 60, 2 * HOUR))
            l2 = net["L2"][rng.integers(0, len(net["L2"]))]
            self.mule_xfer(net, tt, l1, l2, round(amt * 0.985, 2))
            self.mule_xfer(net, tt + int(rng.integers(HOUR, 3 * HOUR)), l2, net["exit"][rng.integers(0, len(net["exit"]))],
                           round(amt * 0.98, 2), "third_party")

    def lose(self, victim, gang, scheme, ftype, net, times, amounts, channels="mobile_app", refund=None, nums=()):
        """Victim pays mule accounts; truth events, laundering, bank SMS; returns total loss."""
        rng = self.rng
        times = np.asarray(times, np.int64)
        amounts = np.round(np.asarray(amounts, float), 2)
        ch = np.broadcast_to(np.asarray(channels, object), times.shape)
        keep = times < self.tend
        times, amounts, ch = times[keep], amounts[keep], ch[keep]
        if len(times) == 0:
            return 0.0
        l1s = net["L1"][rng.integers(0, len(net["L1"]), len(times))]
        for t, a, c, l1 in zip(times, amounts, ch, l1s, strict=False):
            self.xfer([t], [self.primary[victim]], [l1], [a], c, [self.msisdn[victim]] if c != "atm" else [-1])
            self.bank_sms([self.primary_bank[victim]], [self.msisdn[victim]], np.array([t]), np.array([a]), "支出")
            self.add("truth/events", victim=str(self.msisdn[victim]), time=np.array([t]), amount=np.array([a]),
                     to_account=str(l1))
            self.launder(net, a, t, l1)
        if refund is not None:  # small 'profit' or 'rebate' paid back to hook the victim
            rt, ra = refund
            if rt < self.tend:
                src = net["L1"][rng.integers(0, len(net["L1"]))]
                self.xfer([rt], [src], [self.primary[victim]], [ra], "mobile_app", [net["msisdn"].get(int(src), -1)])
                self.bank_sms([self.primary_bank[victim]], [self.msisdn[victim]], np.array([rt]), np.array([ra]), "收入")
        total = float(amounts.sum())
        self.truth("msisdn", self.msisdn[victim], "victim", gang, scheme, times.min())
        self.victims.append(dict(p=int(victim), gang=gang, scheme=scheme, ftype=ftype, t=int(times.max()), loss=total,
                                 l1=[int(x) for x in l1s], nums=[int(x) for x in nums]))
        return total

    def gang_phones(self, gang, scheme, n, first):
        im = self.imeis(n)
        self.truth("imei", im, "gang_phone", gang, scheme, first)
        return im

    def card_life(self, ms, imsi, imei, cell, t_on, t_off, roam=None, hourly=True):
        """Network events of a SIM placed in a device for a while (no data sessions)."""
        t_on, t_off = int(t_on), int(min(t_off, self.tend - 1))
        ev = [(t_on, "power_on"), (t_on + 3, "attach")]
        if hourly:
            ev += [(x, "location_update") for x in range(t_on + HOUR, t_off, int(self.rng.integers(HOUR, 3 * HOUR)))]
        ev += [(t_off, "detach")]
        n = len(ev)
        self.dev(np.array([e[0] for e in ev]), np.full(n, ms), np.full(n, imsi), np.full(n, imei), np.full(n, cell),
                 np.array([e[1] for e in ev], object), roam)

    def mark_active(self, ms, t):
        for m, x in zip(np.atleast_1d(ms), np.atleast_1d(t), strict=False):
            m = int(m)
            a, b = self.active.get(m, (x, x))
            self.active[m] = (min(a, x), max(b, x))

    # ---------- fraud: SIM-box dens
    def den_voice(self, gang, scheme, ftype, start_day, end_day, city, ports, sims_per_port, calls_slot, ans_p,
                  hook_p, victim_p, net, mobile=False, slot_h=(2, 6), age_w=2.0, reg_share=0.3):
        rng = self.rng
        cells = self.city_cells[city]
        den_cell = int(cells[rng.integers(0, len(cells))])
        first_use = self.day_start(start_day)
        ms, imsi, ot = self.gang_cards(gang, scheme, int(ports * sims_per_port), "multi_id", first_use, "simbox_sim",
                                       age=(18, 75), channel=f"AGT-{rng.integers(100, 999)}" if rng.random() < 0.5 else None)
        dev_imei = self.imeis(ports, tac=GOIP_TAC if not mobile else MODEM_TAC, serial0=int(rng.integers(0, 900000)))
        self.truth("imei", dev_imei, "simbox_device", gang, scheme, first_use)
        w = np.where(self.age > 55, age_w, 1.0)
        busy = np.full(len(ms), -1, np.int64)
        hooked = []
        for d in range(start_day, end_day):
            if mobile:
                c2 = self.city_cells[int(rng.integers(0, len(CITIES)))]
                den_cell = int(c2[rng.integers(0, len(c2))])
            for port in range(ports):
                t = self.day_start(d) + int(rng.integers(8, 10)) * HOUR + int(rng.integers(0, 1800))
                while t < self.day_start(d) + 21 * HOUR:
                    free = np.flatnonzero(busy < t)  # a SIM sits in one port at a time
                    t_off = t + int(rng.integers(slot_h[0], slot_h[1] + 1)) * HOUR
                    if not len(free):
                        t = t_off
                        continue
                    k = int(free[np.argmin(busy[free])])
                    busy[k] = t_off + 60
                    self.card_life(ms[k], imsi[k], dev_imei[port], den_cell, t, t_off)
                    n = int(rng.poisson(calls_slot))
                    ct = np.sort(t + 120 + rng.integers(0, t_off - t - 240, n))
                    ct = ct[ct < self.tend]
                    if len(ct):
                        cp, ans, dur = self.cold_calls(np.full(len(ct), ms[k]), ct, self.strangers(len(ct), weight=w), ans_p, 22,
                                                       0.7, dev_imei[port], imsi[k], den_cell, ext_share=0.55, dead_share=0.12)
                        self.mark_active(ms[k], ct)
                        h = np.flatnonzero(ans & (cp >= 0) & (rng.random(len(ct)) < hook_p))
                        for j in h:  # long conversation with a hooked target
                            self.voice([ms[k]], [self.msisdn[cp[j]]], [ct[j] + 200], [int(rng.integers(600, 2700))], "answered",
                                       dev_imei[port], imsi[k], den_cell, self.cell_at(cp[j:j + 1], ct[j:j + 1]))
                            hooked.append((cp[j], ct[j] + 200, ms[k]))
                        if rng.random() < reg_share and ms[k] not in self.registered:
                            self.registered.add(ms[k])
                            nr = int(rng.integers(2, 7))
                            acc = self.iacct(np.full(nr, ms[k]), t + 60 + np.sort(rng.integers(0, 1800, nr)),
                                             np.array(["wechat", "qq", "douyin", "momo", "alipay", "kuaishou"], object)[rng.integers(0, 6, nr)])
                            self.truth("account", acc, "fraud_internet_account", gang, scheme, t)
                    t = t_off + int(rng.integers(60, 900))
        self.truth("msisdn", [m for m in ms if int(m) in self.active], "simbox_sim", gang, scheme,
                   [self.active[int(m)][0] for m in ms if int(m) in self.active])
        return hooked, ms

    def den_sms(self, gang, scheme, ftype, start_day, end_day, ports, n_sims, sms_range, click_p, net):
        rng = self.rng
        cells = self.city_cells[0]
        den_cell = int(cells[rng.integers(0, len(cells))])
        ms, imsi, ot = self.gang_cards(gang, scheme, n_sims, "multi_id", self.day_start(start_day), "fraud_sms_sender",
                                       age=(18, 70))
        dev_imei = self.imeis(ports, tac=MODEM_TAC, serial0=int(rng.integers(0, 900000)))
        self.truth("imei", dev_imei, "simbox_device", gang, scheme, self.day_start(start_day))
        base = self.fraud_domain()
        ip_apk = self.fraud_ip()
        short = self.fraud_domain()
        ips = [self.fraud_ip() for _ in range(3)]
        app = f"com.{rng.choice(self.SYL)}{rng.choice(self.SYL)}.task"
        self.truth("domain", [base, short], "fraud_domain", gang, scheme, self.day_start(start_day))
        self.truth("ip", ips + [ip_apk], "fraud_domain", gang, scheme, self.day_start(start_day))
        self.truth("app", app, "fraud_app", gang, scheme, self.day_start(start_day))
        tpl = ["【兼职】在家手机操作，日结{a}-{b}元，宝妈学生均可，详情 http://{h}.{d}/r?i={c}",
               "您好，我们是抖音点赞员招聘，点赞一次3元，日入300+，加入请点 http://{h}.{d}/{c}",
               "【京东商城】诚招刷单客服，时间自由，佣金当日结，下载APP：http://{ip}:8080/{c}.apk",
               "恭喜您被选为淘宝体验官，完成任务返佣金，点击 {s}/{c} 领取"]
        w = np.where((self.age >= 18) & (self.age <= 40), 3.0, 1.0)
        subs = []
        clickers = []
        for d in range(start_day, end_day):
            for k in range(n_sims):
                if rng.random() < 0.25:
                    continue
                port = k % ports
                n = int(rng.integers(*sms_range))
                t0 = self.day_start(d) + int(rng.integers(9, 15)) * HOUR
                t = np.sort(t0 + rng.integers(0, 5 * HOUR, n))
                t = t[t < self.tend]
                if not len(t):
                    continue
                self.card_life(ms[k], imsi[k], dev_imei[port], den_cell, t[0] - 300, t[-1] + 300)
                rec = self.strangers(len(t), weight=w)
                outside = rng.random(len(t)) < 0.6
                rnum = np.where(outside, self.ext[rng.integers(0, len(self.ext), len(t))], self.msisdn[rec])
                hs = [self.sub() for _ in range(len(t))]
                cs = rng.integers(1000, 99999, len(t))
                which = rng.choice(4, len(t), p=[0.45, 0.25, 0.2, 0.1])
                txt = np.array([tpl[x].format(a=150, b=500, h=h, d=base, c=c, ip=ip_apk, s=short) for x, h, c in zip(which, hs, cs, strict=False)], object)
                txt[rng.random(len(t)) < 0.1] = None
                self.sms(np.full(len(t), ms[k]), rnum, t, txt, dev_imei[port], den_cell)
                self.mark_active(ms[k], t)
                cl = np.flatnonzero((rng.random(len(t)) < click_p) & ~outside)
                for j in cl:
                    host = f"{hs[j]}.{base}" if which[j] < 2 else (ip_apk if which[j] == 2 else short)
                    subs.append(host)
                    tc = t[j] + int(rng.integers(30, 6 * HOUR))
                    self.web([tc], [self.msisdn[rec[j]]], [host], [f"http://{host}/r?i={cs[j]}" if which[j] != 2 else f"http://{ip_apk}:8080/{cs[j]}.apk"],
                             [ip_apk if which[j] == 2 else ips[int(rng.integers(0, 3))]], [int(rng.integers(20000, 900000))], None)
                    clickers.append((rec[j], tc))
                if ms[k] not in self.registered:
                    self.registered.add(ms[k])
                    nr = int(rng.integers(4, 13))
                    acc = self.iacct(np.full(nr, ms[k]), self.day_start(d) + 8 * HOUR + np.sort(rng.integers(0, 2 * HOUR, nr)),
                                     np.array(PLATFORMS, object)[rng.integers(0, len(PLATFORMS), nr)])
                    self.truth("account", acc, "fraud_internet_account", gang, scheme, self.day_start(d))
        self.truth("domain", sorted(set(subs)), "fraud_domain", gang, scheme, self.day_start(start_day))
        self.truth("msisdn", [m for m in ms if int(m) in self.active], "fraud_sms_sender", gang, scheme,
                   [self.active[int(m)][0] for m in ms if int(m) in self.active])
        # part-time-job victims: task app, small rebated payments, then a large loss
        seen = set()
        for p, tc in clickers:
            if p in seen or rng.random() > 0.35 or self.special[p]:
                continue
            seen.add(p)
            self.appev([tc + 600], [self.msisdn[p]], [app], "install", [f"http://{ip_apk}:8080/task.apk"])
            self.appev(tc + 700 + np.sort(rng.integers(0, 3 * DAY, 6)), np.full(6, self.msisdn[p]), np.full(6, app, object), "use")
            if rng.random() < 0.4:
                small = [float(rng.integers(2, 10) * 100)]
                t1 = tc + int(rng.integers(HOUR, 10 * HOUR))
                big = np.round(rng.uniform(3000, 30000, int(rng.integers(1, 4))), -1)
                tb = t1 + 2 * HOUR + np.cumsum(rng.integers(20 * 60, 4 * HOUR, len(big)))
                self.lose(p, gang, scheme, ftype, net, np.concatenate([[t1], tb]), np.concatenate([small, big]),
                          refund=(t1 + 1800, round(small[0] * 1.3, 2)))
                self.special[p] = True
        return ms

    # ---------- fraud: stranger dialling on bought cards
    def bought_card_callers(self, gang, scheme, ftype, start_day, end_day, n_cards, n_phones, calls_range, ans_p, hook_p,
                            victim_p, net, roam=None, age_w=3.0, mode="multi_id", days_per_card=(1, 3)):
        rng = self.rng
        ms, imsi, ot = self.gang_cards(gang, scheme, n_cards, mode, self.day_start(start_day), "fraud_caller")
        phones = self.gang_phones(gang, scheme, n_phones, self.day_start(start_day))
        home = self.city_cells[int(rng.integers(0, len(CITIES)))]
        w = np.where(self.age > 55, age_w, 1.0)
        hooked = []
        nxt = 0
        cur = [-1] * n_phones
        left = [0] * n_phones
        cellv = [-1] * n_phones
        for d in range(start_day, end_day):
            for ph in range(n_phones):
                if left[ph] <= 0:
                    if nxt >= n_cards:
                        cur[ph] = -1
                        continue
                    cur[ph], nxt = nxt, nxt + 1
                    left[ph] = int(rng.integers(days_per_card[0], days_per_card[1] + 1))
                    cellv[ph] = -1 if roam else int(home[rng.integers(0, len(home))])
                left[ph] -= 1
                kk, cell = cur[ph], cellv[ph]
                t_on = self.day_start(d) + int(rng.integers(8, 11)) * HOUR
                t_off = t_on + int(rng.integers(8, 12)) * HOUR
                self.card_life(ms[kk], imsi[kk], phones[ph], cell, t_on, t_off, roam)
                n = int(rng.integers(*calls_range))
                ct = np.sort(t_on + 300 + rng.integers(0, t_off - t_on - 600, n))
                ct = ct[ct < self.tend]
                if not len(ct):
                    continue
                cp, ans, dur = self.cold_calls(np.full(len(ct), ms[kk]), ct, self.strangers(len(ct), weight=w), ans_p, 30, 0.8,
                                               phones[ph], imsi[kk], cell, roam, ext_share=0.45, dead_share=0.08)
                self.mark_active(ms[kk], ct)
                for j in np.flatnonzero(ans & (cp >= 0) & (rng.random(len(ct)) < hook_p)):
                    self.voice([ms[kk]], [self.msisdn[cp[j]]], [ct[j] + 120], [int(rng.integers(900, 5400))], "answered",
                               phones[ph], imsi[kk], cell, self.cell_at(cp[j:j + 1], ct[j:j + 1]), roam)
                    hooked.append((cp[j], ct[j] + 120, ms[kk], phones[ph], imsi[kk]))
        self.truth("msisdn", [m for m in ms if int(m) in self.active], "fraud_caller", gang, scheme,
                   [self.active[int(m)][0] for m in ms if int(m) in self.active])
        self.truth("msisdn", [m for m in ms if int(m) not in self.active], "sold_card", gang, scheme)
        return hooked, ms

    # ---------- fraud: what happens to a hooked target
    def resources(self, gang, scheme, first, app_kind):
        rng = self.rng
        dom = self.fraud_domain()
        ip = self.fraud_ip()
        app = f"com.{rng.choice(self.SYL)}{rng.choice(self.SYL)}.{app_kind}"
        self.truth("domain", dom, "fraud_domain", gang, scheme, first)
        self.truth("ip", ip, "fraud_domain", gang, scheme, first)
        self.truth("app", app, "fraud_app", gang, scheme, first)
        return dict(domain=dom, ip=ip, app=app, wild=rng.random() < 0.5)

    def journey(self, p, t, gang, scheme, ftype, net, style, res, nums):
        rng = self.rng
        m = self.msisdn[p]
        host = f"{self.sub()}.{res['domain']}" if res["wild"] else res["domain"]
        if host != res["domain"]:
            self.truth("domain", host, "fraud_domain", gang, scheme, t)
        tw = t + int(rng.integers(300, 1800))
        self.web([tw, tw + 40, tw + 400], [m] * 3, [host] * 3, [f"http://{host}/index.html", None, None], [res["ip"]] * 3,
                 rng.integers(10**4, 10**6, 3), None)
        if style in ("police", "loan", "investment"):
            src = f"http://{res['ip']}/{res['app'].split('.')[-1]}.apk" if rng.random() < 0.5 else f"http://{host}/dl/app.apk"
            self.appev([tw + 500], [m], [res["app"]], "install", [src])
            k = int(rng.integers(2, 8))
            self.appev(tw + 600 + np.sort(rng.integers(0, 2 * DAY, k)), np.full(k, m), np.full(k, res["app"], object), "use")
        if style in ("loan", "refund"):
            ra = MEETING_APPS[int(rng.integers(0, 2))] if style == "refund" and rng.random() < 0.6 else REMOTE_APPS[int(rng.integers(0, 3))]
            self.appev([tw + 200, tw + 320], [m, m], [ra, ra], np.array(["install", "use"], object), None)
        if style == "police":
            total = rng.lognormal(np.log(120000), 0.8)
            amts = self.under(min(total, 1.5e6), caps=(49999,))
            ts = tw + 1800 + np.cumsum(rng.integers(20 * 60, 10 * HOUR, len(amts)))
            ch = "counter" if self.age[p] > 60 and rng.random() < 0.5 else "mobile_app"
            self.lose(p, gang, scheme, ftype, net, ts, amts, ch, nums=nums)
        elif style == "loan":
            fees = np.round(np.cumsum(rng.uniform(800, 6000, int(rng.integers(2, 6)))), -1)
            ts = tw + 900 + np.cumsum(rng.integers(10 * 60, 6 * HOUR, len(fees)))
            self.lose(p, gang, scheme, ftype, net, ts, fees, nums=nums)
        elif style == "refund":
            if rng.random() < 0.4:  # talked into taking an online loan first
                amt = float(rng.integers(10, 60) * 1000)
                self.xfer([tw + 900], [self.big_merchants[int(rng.integers(0, 20))]], [self.primary[p]], [amt], "third_party")
            amts = np.round(rng.uniform(2000, 40000, int(rng.integers(2, 7))), 2)
            ts = tw + 1200 + np.cumsum(rng.integers(3 * 60, 40 * 60, len(amts)))
            self.lose(p, gang, scheme, ftype, net, ts, amts, "mobile_app", nums=nums)
        self.special[p] = True

    # ---------- the gangs
    def fraud(self):
        rng, H, D = self.rng, self.hist, self.D
        P = self.params.setdefault("schemes", {})
        self.sellers, self.victims, self.active, self.registered = {}, [], {}, set()
        u = lambda a, b: int(rng.integers(a, b + 1))  # noqa: E731

        # G01: GOIP voice den in a rural county, impersonating police / e-commerce; fast mule relay
        net1 = self.mule_net("G01", "fast", u(3, 6), u(4, 8), u(2, 4))
        cfg = dict(ports=int(rng.choice([8, 16, 32])), sims_per_port=float(rng.uniform(1.5, 3.0)), calls_slot=u(18, 45),
                   ans_p=float(rng.uniform(0.15, 0.3)), hook_p=float(rng.uniform(0.02, 0.05)), victim_p=0.35,
                   start_day=max(0, H - u(1, 3)), slot_hours="2-6", city="zhoukou")
        P["G01_goip_voice_den"] = cfg
        hooked, ms = self.den_voice("G01", "simbox_voice", "impersonate_police", cfg["start_day"], D, 15, cfg["ports"],
                                    cfg["sims_per_port"], cfg["calls_slot"], cfg["ans_p"], cfg["hook_p"], cfg["victim_p"], net1)
        res = self.resources("G01", "simbox_voice", self.day_start(cfg["start_day"]), "safe")
        for p, t, num in hooked:
            if not self.special[p] and rng.random() < cfg["victim_p"]:
                self.journey(p, int(t), "G01", "simbox_voice", "impersonate_police", net1, "police", res, [num])

        # G02: SMS cat pool (modem pool) in an urban village: part-time-job phishing, wildcard links, APK on an IP
        net2 = self.mule_net("G02", "paofen", u(4, 8), u(2, 4), 0)
        cfg = dict(ports=int(rng.choice([4, 8])), sims=u(16, 36), sms_per_sim_day=(u(80, 150), u(200, 400)),
                   click_p=float(rng.uniform(0.0015, 0.004)), start_day=max(0, H - u(3, 6)), city="zhengzhou")
        P["G02_sms_cat_pool"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.items()}
        self.den_sms("G02", "sms_part_time_job", "part_time_job", cfg["start_day"], D, cfg["ports"], cfg["sims"],
                     cfg["sms_per_sim_day"], cfg["click_p"], net2)

        # G03: mobile modem-pool in a car, relocating daily, low-and-slow; loan fraud with remote-control apps
        net3 = self.mule_net("G03", "delayed", u(3, 5), u(3, 6), 0)
        cfg = dict(ports=u(3, 6), sims_per_port=float(rng.uniform(2, 4)), calls_slot=u(10, 22), ans_p=float(rng.uniform(0.2, 0.35)),
                   hook_p=float(rng.uniform(0.03, 0.06)), victim_p=0.45, start_day=H + u(0, 1), relocates="daily")
        P["G03_mobile_den_loan"] = cfg
        hooked, _ = self.den_voice("G03", "mobile_den_loan", "loan", cfg["start_day"], D, 0, cfg["ports"], cfg["sims_per_port"],
                                   cfg["calls_slot"], cfg["ans_p"], cfg["hook_p"], cfg["victim_p"], net3, mobile=True,
                                   slot_h=(3, 8), age_w=0.5, reg_share=0.5)
        res = self.resources("G03", "mobile_den_loan", self.day_start(cfg["start_day"]), "loan")
        for p, t, num in hooked:
            if not self.special[p] and 20 <= self.age[p] <= 50 and rng.random() < cfg["victim_p"]:
                self.journey(p, int(t), "G03", "mobile_den_loan", "loan", net3, "loan", res, [num])

        # G04: cards bought from card sellers, carried to Cambodia (roaming); police impersonation, multi-stage
        net4 = self.mule_net("G04", "fast", u(3, 6), u(3, 6), u(2, 4))
        roam = str(rng.choice(["KH", "MM", "PH"]))
        cfg = dict(cards=u(8, 16), phones=u(2, 4), calls_per_card_day=(u(60, 90), u(140, 220)), ans_p=float(rng.uniform(0.2, 0.32)),
                   hook_p=float(rng.uniform(0.02, 0.04)), victim_p=0.5, roaming=roam, days_per_card=(1, 2), start_day=u(1, 3))
        P["G04_roaming_police"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.items()}
        hooked, ms4 = self.bought_card_callers("G04", "roaming_police", "impersonate_police", cfg["start_day"], D, cfg["cards"],
                                               cfg["phones"], cfg["calls_per_card_day"], cfg["ans_p"], cfg["hook_p"], cfg["victim_p"],
                                               net4, roam=roam, days_per_card=cfg["days_per_card"])
        res = self.resources("G04", "roaming_police", self.day_start(cfg["start_day"]), "jcy")
        for p, t, num, ph, _im in hooked:
            if not self.special[p] and rng.random() < cfg["victim_p"]:
                # a second gang number ("the officer") takes over the call
                other = ms4[int(rng.integers(0, len(ms4)))]
                t2 = int(t) + int(rng.integers(1800, 3 * HOUR))
                self.voice([other], [self.msisdn[p]], [t2], [int(rng.integers(1800, 7200))], "answered", ph, -1, -1,
                           self.cell_at(np.array([p]), np.array([t2])), roam)
                self.mark_active(other, t2)
                self.journey(p, t2, "G04", "roaming_police", "impersonate_police", net4, "police", res, [num, other])
        # G04 also dials in through an international gateway from foreign numbers
        nf = u(5, 12)
        fnum = np.array([int(f"{FOREIGN[roam]}{rng.integers(10**7, 10**8)}") for _ in range(nf)])
        P["G04_intl_gateway"] = dict(numbers=nf, calls_per_day="30-90", ans_p=0.12)
        first = []
        for f in fnum:
            d0 = u(cfg["start_day"], D - 1)
            first.append(self.day_start(d0))
            for d in range(d0, min(D, d0 + u(1, 3))):
                n = u(30, 90)
                t = self.hour_times(self.day_start(d), n, self.WORK_H)
                self.cold_calls(np.full(n, f), t, self.strangers(n, weight=np.where(self.age > 55, 3.0, 1.0)), 0.12, 40, 0.8,
                                call_type="intl_in", gateway="IGW-ZZ01")
        self.truth("msisdn", fnum, "fraud_caller", "G04", "intl_gateway_calls", first)

        # G05: pig-butchering: slow grooming over many days, investment site and app, escalating deposits
        net5 = self.mule_net("G05", "delayed", u(2, 4), u(3, 5), 0)
        nv = u(3, 6)
        cfg = dict(victims=nv, groomers=nv, grooming_days=(5, 11), sms_per_day=(3, 15), evening_calls=True,
                   deposits="5k first, 'profit' withdrawal, then x1.5-3 every 1-2 days", start_day=u(0, max(1, H - 6)))
        P["G05_pig_butchering"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.items()}
        ms5, imsi5, _ = self.gang_cards("G05", "pig_butchering", nv, "idle", self.day_start(cfg["start_day"]), "fraud_caller",
                                        age=(25, 60))
        ph5 = self.gang_phones("G05", "pig_butchering", 2, self.day_start(cfg["start_day"]))
        res = self.resources("G05", "pig_butchering", self.day_start(cfg["start_day"]), "trade")
        gcell = int(self.city_cells[0][int(rng.integers(0, len(self.city_cells[0])))])
        vic = self.pick(nv, age=(28, 60))
        chat = ["早安，今天天气不错", "吃饭了吗", "今天行情很好，我又赚了一点", "晚安，早点休息", "这个平台是我舅舅内部的渠道",
                "你今天忙不忙", "我带你试一次，小额就行", "相信我，稳赚的"]
        for i, p in enumerate(vic):
            s = cfg["start_day"] + u(0, 3)
            g = u(5, 11)
            ph = ph5[i % 2]
            self.card_life(ms5[i], imsi5[i], ph, gcell, self.day_start(s), self.tend - 1, hourly=False)
            for d in range(s, min(D, s + g + 6)):
                n = u(3, 15)
                t = np.sort(self.day_start(d) + rng.integers(7 * HOUR, 24 * HOUR, n))
                who = rng.random(n) < 0.55
                snd = np.where(who, ms5[i], self.msisdn[p])
                rcv = np.where(who, self.msisdn[p], ms5[i])
                txt = np.array(chat, object)[rng.integers(0, len(chat), n)]
                self.sms(snd, rcv, t, txt, np.where(who, ph, self.imei[p]), np.where(who, gcell, self.home[p]))
                if rng.random() < 0.6:
                    tc = self.day_start(d) + u(20, 22) * HOUR + u(0, 3000)
                    med = "video" if rng.random() < 0.1 else "voice"
                    dur = u(20, 60) if med == "video" else u(600, 2700)
                    if rng.random() < 0.5:
                        self.voice([ms5[i]], [self.msisdn[p]], [tc], [dur], "answered", ph, imsi5[i], gcell, self.home[p], media=med)
                    else:
                        self.voice([self.msisdn[p]], [ms5[i]], [tc], [dur], "answered", self.imei[p], self.imsi[p], self.home[p], gcell)
                    self.mark_active(ms5[i], tc)
                self.mark_active(ms5[i], t)
            td = self.day_start(s + g) + 21 * HOUR
            if td >= self.tend:
                continue
            self.web([td - 600], [self.msisdn[p]], [res["domain"]], [f"https://{res['domain']}/register"], [res["ip"]], [200000], None)
            self.appev([td - 300], [self.msisdn[p]], [res["app"]], "install", [f"https://{res['domain']}/download/app.apk"])
            amts, ts = [5000.0], [td]
            a, t = 5000.0, td + DAY
            while len(amts) < u(3, 7):
                a = min(a * rng.uniform(1.5, 3.0), 500000)
                amts.append(round(a, -2))
                ts.append(t)
                t += u(1, 2) * DAY + u(-3, 3) * HOUR
            k = int(rng.integers(1, 4))
            self.appev(np.array(ts[:k]) + 60, np.full(k, self.msisdn[p]), np.full(k, res["app"], object), "use")
            self.lose(p, "G05", "pig_butchering", "investment", net5, ts, amts, refund=(td + 16 * HOUR, 5600.0), nums=[ms5[i]])
        self.truth("msisdn", [m for m in ms5 if int(m) in self.active], "fraud_caller", "G05", "pig_butchering",
                   [self.active[int(m)][0] for m in ms5 if int(m) in self.active])

        # G06: fake customer service (refund) over VoIP lines of a shell company, screen sharing, loans
        net6 = self.mule_net("G06", "fast", u(3, 5), u(3, 5), u(1, 3))
        nl = u(4, 8)
        shell = self.idkeys(1)[0]
        cfg = dict(voip_lines=nl, calls_per_line_day=(u(50, 80), u(120, 180)), ans_p=float(rng.uniform(0.25, 0.35)),
                   hook_p=float(rng.uniform(0.02, 0.04)), victim_p=0.45, gateway="GW-VP" + str(u(10, 99)), start_day=max(0, H - u(2, 4)))
        P["G06_cs_refund_voip"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.items()}
        lines, _ = self.new_lines(nl, shell, self.day_start(cfg["start_day"]) - u(5, 30) * DAY, "voip", "enterprise",
                                  "business_license", channel="ENT-DIRECT", open_cell=self.city_cells[0][2])
        self.truth("id_key", shell, "gang_member", "G06", "cs_refund")
        res = self.resources("G06", "cs_refund", self.day_start(cfg["start_day"]), "kf")
        res["wild"] = True
        for d in range(cfg["start_day"], D):
            n = rng.integers(*cfg["calls_per_line_day"], nl)
            cal = np.repeat(lines, n)
            t = self.hour_times(self.day_start(d), len(cal), [0.3] * 8 + [3, 5, 5, 4, 3, 4, 5, 5, 4, 3, 2, 2, 1, 0.5, 0.3, 0.3])
            cp, ans, dur = self.cold_calls(cal, t, self.strangers(len(cal), weight=np.where(self.age < 45, 2.0, 1.0)), cfg["ans_p"],
                                           35, 0.8, call_type="voip", gateway=cfg["gateway"], ext_share=0.5)
            self.mark_active(cal, t)
            for j in np.flatnonzero(ans & (cp >= 0) & (rng.random(len(t)) < cfg["hook_p"])):
                p = cp[j]
                self.voice([cal[j]], [self.msisdn[p]], [t[j] + 90], [u(1200, 4800)], "answered", call_type="voip", gateway=cfg["gateway"],
                           callee_cell=self.cell_at(np.array([p]), t[j:j + 1]))
                if not self.special[p] and rng.random() < cfg["victim_p"]:
                    self.journey(p, int(t[j]) + 90, "G06", "cs_refund", "customer_service", net6, "refund", res, [cal[j]])
        self.truth("msisdn", lines, "fixed_voip_line", "G06", "cs_refund", [self.active.get(int(m), (-1,))[0] for m in lines])

        # G07: AI face-swap video calls pretending to be a boss or relative, then an urgent transfer
        net7 = self.mule_net("G07", "fast", u(2, 3), u(2, 4), u(1, 2))
        nc = u(2, 4)
        cfg = dict(numbers=nc, targets_per_number=(6, 14), video_s=(12, 50), victim_p=float(rng.uniform(0.3, 0.5)),
                   amount="20k-200k within 10-60 min", start_day=H)
        P["G07_ai_faceswap"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.items()}
        ms7, imsi7, _ = self.gang_cards("G07", "ai_faceswap", nc, "multi_id", self.e0, "fraud_caller", age=(18, 35))
        ph7 = self.gang_phones("G07", "ai_faceswap", nc, self.e0)
        for i in range(nc):
            d = u(H, D - 1)
            cell = int(self.city_cells[0][int(rng.integers(0, len(self.city_cells[0])))])
            self.card_life(ms7[i], imsi7[i], ph7[i], cell, self.day_start(d) + 8 * HOUR, min(self.tend - 1, self.day_start(d) + 2 * DAY))
            tg = self.strangers(u(6, 14), weight=np.where((self.age > 35) & (self.age < 65), 3.0, 0.5))
            t = np.sort(self.day_start(d) + 9 * HOUR + rng.integers(0, 10 * HOUR, len(tg)))
            ans = rng.random(len(tg)) < 0.6
            self.voice(np.full(len(tg), ms7[i]), self.msisdn[tg], t, np.where(ans, rng.integers(12, 50, len(tg)), 0),
                       np.where(ans, "answered", "no_answer").astype(object), ph7[i], imsi7[i], cell,
                       self.cell_at(tg, t), media="video")
            self.mark_active(ms7[i], t)
            for j in np.flatnonzero(ans):
                t2 = int(t[j]) + u(120, 1200)
                self.voice([ms7[i]], [self.msisdn[tg[j]]], [t2], [u(60, 300)], "answered", ph7[i], imsi7[i], cell,
                           self.cell_at(tg[j:j + 1], np.array([t2])))
                if not self.special[tg[j]] and rng.random() < cfg["victim_p"]:
                    amts = [round(float(rng.uniform(20000, 200000)), -2)]
                    if rng.random() < 0.4:
                        amts.append(round(float(rng.uniform(10000, 100000)), -2))
                    ts = t2 + 300 + np.cumsum(rng.integers(5 * 60, 30 * 60, len(amts)))
                    self.lose(tg[j], "G07", "ai_faceswap", "acquaintance", net7, ts, amts, nums=[ms7[i]])
                    self.special[tg[j]] = True
        self.truth("msisdn", [m for m in ms7 if int(m) in self.active], "fraud_caller", "G07", "ai_faceswap",
                   [self.active[int(m)][0] for m in ms7 if int(m) in self.active])

        # G08: loan-fraud callers on idle cards lent by their owners, in a rented flat; history days only (busted)
        net8 = self.mule_net("G08", "delayed", u(2, 4), u(2, 4), 0)
        cfg = dict(cards=u(6, 10), phones=u(2, 3), calls_per_card_day=(u(40, 70), u(100, 160)), ans_p=0.3, hook_p=0.04,
                   victim_p=0.4, start_day=0, end_day=max(2, H - u(2, 4)), mode="idle cards lent by owners")
        P["G08_lent_cards_loan"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.items()}
        hooked, _ = self.bought_card_callers("G08", "lent_cards_loan", "loan", 0, cfg["end_day"], cfg["cards"], cfg["phones"],
                                             cfg["calls_per_card_day"], cfg["ans_p"], cfg["hook_p"], cfg["victim_p"], net8,
                                             age_w=0.6, mode="idle", days_per_card=(2, 4))
        res = self.resources("G08", "lent_cards_loan", self.t0, "dai")
        for p, t, num, _ph, _im in hooked:
            if not self.special[p] and rng.random() < cfg["victim_p"]:
                self.journey(p, int(t), "G08", "lent_cards_loan", "loan", net8, "loan", res, [num])
        self.gang_ids = ["G01", "G02", "G03", "G04", "G05", "G06", "G07", "G08"]
        self.nets = [net1, net2, net3, net4, net5, net6, net7, net8]

    # ---------- reports and lists
    def reports_and_lists(self):
        rng = self.rng
        P = self.params.setdefault("reports", {})
        P.update(victim_report_p=0.75, victim_delay_days="lognormal median 0.8", number_report_with_victim_p=0.7,
                 user_report_p_numbers=0.08, bank_report_mule_p=0.6, domain_report_p=0.3, card_seller_report_p=0.3,
                 noisy_user_reports="a few couriers / call-centre lines reported as fraud")
        reported_nums = {}
        for v in self.victims:
            if rng.random() < 0.75:
                tr = v["t"] + int(rng.lognormal(np.log(0.8 * DAY), 0.8))
                if tr < self.tend:
                    self.report(tr, "msisdn", self.msisdn[v["p"]], "victim", v["ftype"], v["loss"], "police")
                    for n in v["nums"]:
                        if rng.random() < 0.7:
                            reported_nums.setdefault(int(n), (tr + int(rng.integers(600, 4 * HOUR)), v["ftype"]))
                    for a in set(v["l1"]):
                        if rng.random() < 0.6:
                            self.report(tr + int(rng.integers(HOUR, DAY)), "account", a, "fraud", v["ftype"], None, "bank")
        for n, (tr, ft) in reported_nums.items():
            if tr < self.tend:
                self.report(tr, "msisdn", n, "fraud", ft, None, "police")
        # user reports on active fraud numbers, police labels for card sellers, domains
        ftype = {"G01": "impersonate_police", "G02": "part_time_job", "G03": "loan", "G04": "impersonate_police",
                 "G05": "investment", "G06": "customer_service", "G07": "acquaintance", "G08": "loan"}
        ents = {}
        for (et, e, role) in self.truth_seen:
            ents.setdefault(role, []).append((et, e))
        gang_of = {}
        for chunk in self.tables.get("truth/entities", []):
            c = chunk[1]
            for e, g in zip(c["entity"], np.broadcast_to(np.asarray(c["gang_id"], object), (chunk[0],)), strict=False):
                gang_of[e] = g
        for role in ("simbox_sim", "fraud_caller", "fraud_sms_sender", "fixed_voip_line"):
            for _et, e in sorted(ents.get(role, [])):
                a = self.active.get(int(e))
                if a and rng.random() < (0.15 if role == "fraud_sms_sender" else 0.08):
                    tr = a[0] + int(rng.integers(2 * HOUR, 3 * DAY))
                    if tr < self.tend:
                        self.report(tr, "msisdn", e, "fraud", ftype.get(gang_of.get(e), "other"), None, "user_report")
        for et, e in sorted(ents.get("fraud_domain", [])):
            if rng.random() < 0.3:
                self.report(self.t0 + int(rng.integers(0, self.D * DAY)), et, e, "fraud", ftype.get(gang_of.get(e), "other"), None,
                            str(rng.choice(["internal", "user_report"])))
        for _et, e in sorted(ents.get("fraud_app", [])):
            if rng.random() < 0.3:
                self.report(self.t0 + int(rng.integers(self.D * DAY // 2, self.D * DAY)), "app", e, "fraud", None, None, "internal")
        for _et, e in sorted(ents.get("card_seller", [])):
            if rng.random() < 0.3:
                self.report(self.t0 + int(rng.integers(self.D * DAY // 3, self.D * DAY)), "id_key", e, "card_seller", None, None, "police")
        # label noise: annoyed users report couriers / call-centre lines; appeals reinstate some benign numbers
        ben = sorted(e for et, e in ents.get("benign", []) if et == "msisdn")
        for e in rng.choice(ben, min(len(ben), 6), replace=False):
            self.report(self.t0 + int(rng.integers(0, self.D * DAY)), "msisdn", e, "fraud", "other", None, "user_report")
        for e in rng.choice(ben, min(len(ben), 3), replace=False):
            self.report(self.t0 + int(rng.integers(0, self.D * DAY)), "msisdn", e, "benign", None, None, "internal")
        # suspension of police-reported numbers whose activity had ended; blocklist entries
        self.status = {}
        for n, (tr, _ft) in reported_nums.items():
            if tr < self.tend:
                self.add("lists", entity_type="msisdn", entity=np.array([str(n)], object), list="block", reason="police report",
                         added_time=np.array([tr + 2 * HOUR]), expires_time=np.array([tr + 180 * DAY]))
                a = self.active.get(n)
                if a and a[1] < tr:
                    self.status[str(n)] = tr + HOUR
        self.add("lists", entity_type="msisdn", entity=np.array(SERVICE, object), list="allow", reason="service number",
                 added_time=np.full(len(SERVICE), self.t0 - 400 * DAY), expires_time=-1)
        ports = [str(x) for x in self.marketing_ports] + [str(x) for x in self.PORTS.values()]
        self.add("lists", entity_type="msisdn", entity=np.array(ports, object), list="allow", reason="registered 106 port",
                 added_time=np.full(len(ports), self.t0 - 200 * DAY), expires_time=-1)

    # ---------- output
    TIME_COLS = {"open_time", "status_time", "start_time", "send_time", "time", "register_time", "added_time",
                 "expires_time", "first_active"}
    INT_COLS = {"duration_s", "ring_s", "bytes"}
    FLOAT_COLS = {"lat", "lon", "amount", "loss_amount"}
    CELL_COLS = {"caller_cell", "callee_cell", "sender_cell", "cell", "open_cell"}
    ID_PREFIX = {"call_id": "c", "sms_id": "s", "txn_id": "t", "report_id": "r"}

    def column(self, name, arr):
        if name in self.TIME_COLS:
            a = np.asarray(arr, np.int64)
            return pa.array(a * 1000, pa.timestamp("ms", tz=TZ), mask=a < 0)
        if name in self.INT_COLS:
            a = np.asarray(arr, np.int64)
            return pa.array(a, pa.int64(), mask=a < 0)
        if name in self.FLOAT_COLS:
            a = np.asarray(arr, float)
            return pa.array(a, pa.float64(), mask=np.isnan(a))
        if name == "is_prepaid":
            return pa.array(np.asarray(arr, bool))
        if name in self.CELL_COLS and arr.dtype.kind in "iu":
            a = np.asarray(arr, np.int64)
            return pa.array(self.cell_ids[np.maximum(a, 0)], pa.string(), mask=a < 0)
        if arr.dtype.kind in "iu":
            a = np.asarray(arr, np.int64)
            s = pc.cast(pa.array(a), pa.string())
            if name in self.ID_PREFIX:
                s = pc.binary_join_element_wise(f"{self.ID_PREFIX[name]}{self.seed}-", s, "")
            return pc.if_else(pa.array(a < 0), pa.nulls(len(a), pa.string()), s)
        return pa.array(arr.astype(object) if arr.dtype.kind != "O" else arr, pa.string(), from_pandas=True)

    def write(self, out: Path):
        counts = {}
        for name, chunks in self.tables.items():
            cols = []
            for _, c in chunks:
                cols += [k for k in c if k not in cols]
            data = {}
            for k in cols:
                parts = []
                for n, c in chunks:
                    v = c.get(k, None)
                    if isinstance(v, (np.ndarray, list)):
                        v = np.asarray(v)
                        if v.dtype.kind in "US":
                            v = v.astype(object)
                    else:
                        kind_int = k in self.TIME_COLS or k in self.INT_COLS
                        v = np.full(n, -1 if (v is None and kind_int) else (np.nan if v is None and k in self.FLOAT_COLS else v),
                                    dtype=object if isinstance(v, str) or (v is None and not kind_int and k not in self.FLOAT_COLS) else None)
                    if v.dtype.kind == "O" and k in (self.TIME_COLS | self.INT_COLS):
                        v = np.array([-1 if x is None else x for x in v], np.int64)
                    parts.append(v)
                kinds = {p.dtype.kind for p in parts}
                if "O" in kinds and kinds & set("iu"):  # mixed numbers and text: render numbers as text
                    parts = [p.astype(np.int64).astype(str).astype(object) if p.dtype.kind in "iu" else p for p in parts]
                    parts = [np.where(np.array([x == "-1" for x in p]), None, p) for p in parts]
                data[k] = self.column(k, np.concatenate(parts))
            tbl = pa.table(data)
            if name == "subscribers" and self.status:
                ms = tbl.column("msisdn").to_pylist()
                st = [self.status.get(m) for m in ms]
                tbl = tbl.append_column("status", pa.array(["suspended" if x else "active" for x in st]))
                tbl = tbl.append_column("status_time", pa.array([None if x is None else x * 1000 for x in st],
                                                                pa.timestamp("ms", tz=TZ)))
            if name in ("device", "apps", "web"):  # key-less types: drop rows identical by chance (same second)
                tbl = tbl.group_by(tbl.column_names, use_threads=False).aggregate([])
            if "time" in tbl.column_names and name not in ("cells",):
                tbl = tbl.sort_by("time")
            d = out / name
            d.mkdir(parents=True, exist_ok=True)
            pq.write_table(tbl, d / "part-0.parquet", compression="zstd")
            counts[name] = tbl.num_rows
        return counts

    def persons_subscribers(self):
        rng = self.rng
        self.subscriber(self.msisdn, self.imsi, self.idk, self.open_time, op=self.op,
                        channel=np.array([f"STORE-{c:02d}{x:03d}" for c, x in zip(self.city, rng.integers(0, 60, self.N), strict=False)], object),
                        open_cell=self.home, region=np.array([CITIES[c][1] for c in self.city], object))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--subscribers", type=int, default=15000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=5)
    a = ap.parse_args(argv)
    t = time.time()
    g = Gen(a.seed, a.subscribers, a.days_history, a.days)
    g.build_world()
    g.lookalikes_pre()
    g.ordinary()
    g.lookalikes()
    g.transfers_ordinary()
    g.service_sms()
    g.fraud()
    g.persons_subscribers()
    g.reports_and_lists()
    out = Path(a.out)
    counts = g.write(out)
    g.params["counts"] = counts
    g.params["seconds"] = round(time.time() - t, 1)
    g.params["period"] = dict(start=time.strftime("%Y-%m-%dT%H:%M:%S+08:00", time.gmtime(g.t0 + OFF)), history_days=g.hist,
                              eval_days=g.days, timezone=TZ)
    (out / "params.json").write_text(json.dumps(g.params, indent=1, ensure_ascii=False, default=str))
    print(json.dumps(dict(counts=counts, seconds=g.params["seconds"]), indent=1))


if __name__ == "__main__":
    main()
