#!/usr/bin/env python3
"""Blind red-team generator 13: a synthetic Hainan (海南) province in interchange v1, with planted fraud gangs,
benign look-alikes and ground truth.

    generate.py --out DIR --seed N [--subscribers 20000] [--days-history 10] [--days 7]

Writes DIR/<type>/<type>.parquet for every record type and DIR/truth/{entities,events}/. Same seed, same bytes.
This module holds the province (cities, cells), the people, their ordinary life and the writer; gangs.py plants
the gangs and lookalikes.py the benign look-alikes. See README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time

import numpy as np
import pyarrow as pa

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gangs  # noqa: E402
import lookalikes  # noqa: E402
from common import DAY, HOUR, SCHEMAS, T0, Numbers, Table, Vocab, write_table  # noqa: E402

# ---------------------------------------------------------------- the province
# city: weight, lat, lon, zones (name, cells, site type)
CITIES = {
    "Haikou": (0.30, 20.03, 110.33, [("downtown", 110, "macro"), ("xiuying_village", 25, "small"),
                                      ("universities", 20, "macro"), ("meilan_airport", 6, "indoor"),
                                      ("dutyfree_mall", 6, "indoor"), ("xinhai_port", 6, "macro"),
                                      ("suburbs", 40, "macro")]),
    "Sanya": (0.15, 18.25, 109.51, [("downtown", 50, "macro"), ("yalong_bay", 25, "indoor"),
                                    ("dutyfree_mall", 8, "indoor"), ("phoenix_airport", 6, "indoor"),
                                    ("villages", 25, "macro"), ("fishing_port", 5, "macro")]),
    "Danzhou": (0.11, 19.52, 109.58, [("nada_town", 30, "macro"), ("nada_villages", 25, "macro"),
                                      ("fishing_port", 5, "macro"), ("rural", 20, "macro")]),
    "Qionghai": (0.07, 19.25, 110.47, [("town", 20, "macro"), ("boao", 10, "macro"), ("rural", 15, "macro")]),
    "Wanning": (0.06, 18.80, 110.39, [("town", 15, "macro"), ("rural", 15, "macro")]),
    "Wenchang": (0.06, 19.61, 110.75, [("town", 15, "macro"), ("launch_site", 6, "macro"),
                                       ("rural", 15, "macro")]),
    "Wuzhishan": (0.025, 18.78, 109.52, [("town", 6, "macro"), ("mountain_villages", 12, "macro")]),
    "Baoting": (0.025, 18.64, 109.70, [("town", 5, "macro"), ("mountain_villages", 12, "macro")]),
    "Lingao": (0.05, 19.91, 109.69, [("town", 10, "macro"), ("fishing_port", 6, "macro"),
                                     ("rural", 12, "macro")]),
    "Chengmai": (0.06, 19.74, 110.00, [("town", 15, "macro"), ("fishing_port", 5, "macro"),
                                       ("rural", 15, "macro")]),
    "Yangpu": (0.03, 19.74, 109.20, [("port", 12, "macro"), ("town", 8, "macro")]),
}
CITY_NAMES = list(CITIES)
RESIDENTIAL = {"downtown", "xiuying_village", "suburbs", "villages", "nada_town", "nada_villages", "rural",
               "town", "mountain_villages", "universities"}

# occupation: calls/day, p2p sms/day, data sessions/day, web/day, transfers/day, smartphone share,
# contacts, outside contacts, diurnal profile (0 normal, 1 early, 2 night), work zone
OCC = {
    "farmer": (1.6, 0.15, 2.0, 1.0, 0.15, 0.55, 6, 2, 1, "rural"),
    "fisherman": (2.0, 0.2, 2.5, 1.2, 0.2, 0.7, 6, 2, 1, "fishing_port"),
    "hotel_worker": (2.5, 0.3, 4.0, 3.0, 0.3, 0.95, 9, 3, 0, "yalong_bay"),
    "tour_worker": (3.5, 0.5, 4.0, 3.0, 0.3, 0.95, 12, 5, 0, "downtown"),
    "driver": (4.5, 0.3, 4.0, 2.0, 0.5, 0.9, 10, 4, 0, "downtown"),
    "student": (1.8, 0.6, 6.0, 5.0, 0.3, 1.0, 12, 5, 2, "universities"),
    "civil_servant": (3.0, 0.3, 4.0, 3.0, 0.3, 0.98, 10, 3, 0, "downtown"),
    "shop_staff": (2.5, 0.3, 4.0, 3.0, 0.3, 0.95, 8, 3, 0, "dutyfree_mall"),
    "office_worker": (3.5, 0.3, 5.0, 4.0, 0.4, 1.0, 12, 5, 0, "downtown"),
    "retiree": (1.5, 0.1, 1.5, 0.8, 0.15, 0.6, 6, 2, 1, ""),
    "migrant_worker": (2.0, 0.2, 4.0, 2.0, 0.3, 0.9, 5, 6, 0, "downtown"),
    "logistics": (4.0, 0.2, 3.0, 2.0, 0.3, 0.9, 10, 4, 0, "port"),
    "minority_villager": (1.0, 0.05, 0.3, 0.1, 0.05, 0.15, 5, 1, 1, "mountain_villages"),
    "snowbird_local": (1.8, 0.1, 2.0, 1.0, 0.2, 0.7, 5, 6, 1, ""),
    # visitors: roaming in, not subscribers here (no DPI: their data goes home)
    "snowbird_roam": (2.0, 0.1, 0.0, 0.0, 0.2, 0.0, 4, 6, 1, ""),
    "tourist": (1.6, 0.2, 0.0, 0.0, 0.4, 0.0, 1, 6, 0, ""),
    "tourist_ru": (0.8, 0.1, 0.0, 0.0, 0.0, 0.0, 1, 4, 0, ""),
    # reserved for planted lines that live an ordinary life besides their scheme
    "planted": (2.0, 0.2, 3.0, 2.0, 0.2, 1.0, 6, 2, 0, ""),
}
OCC_NAMES = list(OCC)
VISITORS = ("snowbird_roam", "tourist", "tourist_ru")
MIX = {
    "Haikou": {"office_worker": .17, "civil_servant": .08, "student": .13, "shop_staff": .1, "driver": .06,
               "hotel_worker": .04, "tour_worker": .02, "retiree": .1, "migrant_worker": .08,
               "snowbird_local": .04, "farmer": .05, "fisherman": .01, "logistics": .02},
    "Sanya": {"hotel_worker": .15, "tour_worker": .08, "shop_staff": .1, "driver": .07, "office_worker": .07,
              "civil_servant": .05, "student": .04, "farmer": .1, "fisherman": .05, "retiree": .07,
              "migrant_worker": .08, "snowbird_local": .08},
    "Danzhou": {"farmer": .35, "shop_staff": .1, "driver": .05, "student": .07, "civil_servant": .05,
                "office_worker": .05, "retiree": .12, "migrant_worker": .05, "fisherman": .06},
    "Yangpu": {"logistics": .35, "migrant_worker": .15, "office_worker": .1, "driver": .1, "shop_staff": .08,
               "farmer": .05, "fisherman": .05, "retiree": .05, "civil_servant": .04},
    "Wuzhishan": {"minority_villager": .45, "farmer": .25, "shop_staff": .06, "civil_servant": .05,
                  "retiree": .08, "driver": .04, "tour_worker": .03, "student": .04},
    "Lingao": {"fisherman": .25, "farmer": .25, "shop_staff": .08, "retiree": .1, "driver": .05,
               "civil_servant": .04, "office_worker": .05, "student": .05, "migrant_worker": .05},
    "rural": {"farmer": .3, "fisherman": .05, "shop_staff": .1, "retiree": .12, "driver": .06,
              "civil_servant": .05, "office_worker": .07, "student": .06, "hotel_worker": .04,
              "tour_worker": .03, "migrant_worker": .05, "snowbird_local": .03},
}
CITY_MIX = {"Baoting": "Wuzhishan", "Chengmai": "Lingao", "Qionghai": "rural", "Wanning": "rural",
            "Wenchang": "rural"}
DIURNAL = np.array([
    [1, .5, .3, .2, .2, .4, 1, 3, 6, 8, 8, 7, 6, 6, 7, 7, 7, 7, 6, 7, 7, 6, 4, 2],
    [.3, .2, .2, .3, 1, 3, 6, 8, 8, 7, 6, 5, 4, 5, 6, 6, 6, 6, 5, 4, 3, 2, 1, .5],
    [3, 2, 1, .5, .2, .2, .5, 1, 3, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 9, 9, 8, 6],
], dtype=float)
DIURNAL_CDF = np.cumsum(DIURNAL, axis=1) / DIURNAL.sum(axis=1, keepdims=True)

# ordinary web and apps: domain, weight, app package, ip count
DOMAINS = [
    ("weixin.qq.com", 30, "com.tencent.mm", 4), ("qq.com", 12, "com.tencent.mobileqq", 4),
    ("baidu.com", 14, "com.baidu.searchbox", 4), ("douyin.com", 20, "com.ss.android.ugc.aweme", 4),
    ("taobao.com", 10, "com.taobao.taobao", 4), ("alipay.com", 10, "com.eg.android.AlipayGphone", 3),
    ("jd.com", 6, "com.jingdong.app.mall", 3), ("pinduoduo.com", 8, "com.xunmeng.pinduoduo", 3),
    ("meituan.com", 7, "com.sankuai.meituan", 3), ("amap.com", 6, "com.autonavi.minimap", 2),
    ("kuaishou.com", 8, "com.smile.gifmaker", 3), ("bilibili.com", 5, "tv.danmaku.bili", 3),
    ("weibo.com", 4, "com.sina.weibo", 2), ("ctrip.com", 3, "ctrip.android.view", 2),
    ("12306.cn", 1.5, "com.MobileTicket", 2), ("hnair.com", 1.2, "com.hnair.airlines", 2),
    ("csair.com", 0.6, None, 1), ("cdfgsanya.com", 1.5, "com.cdfg.sanya", 2), ("cdfmall.cn", 0.8, None, 1),
    ("hainan.gov.cn", 0.6, None, 1), ("hnjy.gov.cn", 0.2, None, 1), ("hainanu.edu.cn", 0.8, None, 1),
    ("chsi.com.cn", 0.3, None, 1), ("icbc.com.cn", 1, "com.icbc", 2), ("ccb.com", 1, "com.chinamworld.main", 2),
    ("95599.cn", 0.6, "com.android.bankabc", 1), ("hainanbank.com.cn", 0.3, None, 1),
    ("hnnx.com", 0.6, "com.hnnx.mbank", 1), ("10086.cn", 2, "com.greenpoint.android.mc10086.activity", 2),
    ("sina.com.cn", 2, None, 2), ("163.com", 2, "com.netease.cloudmusic", 2), ("zhihu.com", 2, "com.zhihu.android", 2),
    ("xiaohongshu.com", 5, "com.xingin.xhs", 3), ("dianping.com", 2, "com.dianping.v1", 2),
    ("fliggy.com", 1, "com.taobao.trip", 1), ("didiglobal.com", 2, "com.sdu.didi.psnger", 2),
    ("toutiao.com", 6, "com.ss.android.article.news", 3), ("iqiyi.com", 3, "com.qiyi.video", 2),
    ("v.qq.com", 3, "com.tencent.qqlive", 2), ("hinews.cn", 0.7, None, 1), ("lvmama.com", 0.4, None, 1),
    ("ele.me", 3, "me.ele", 2), ("sf-express.com", 1, "com.sf.activity", 1), ("cainiao.com", 1.5, None, 1),
    ("gov.cn", 0.3, None, 1), ("tencent.com", 1, None, 1), ("mi.com", 1, None, 1), ("huawei.com", 1.5, None, 2),
    ("mcloud.139.com", 0.8, None, 1), ("wps.cn", 1, "cn.wps.moffice_eng", 1), ("dingtalk.com", 2, "com.alibaba.android.rimet", 2),
    ("meeting.tencent.com", 0.8, "com.tencent.wemeet.app", 2), ("ke.qq.com", 0.5, None, 1),
    ("youdao.com", 1, "com.youdao.dict", 1), ("zuoyebang.com", 0.6, None, 1),
]
APPS = [(a, w) for _, w, a, _ in DOMAINS if a]
STORES = ["https://app.mi.com/details", "https://appgallery.huawei.com/app", "https://sj.qq.com/appdetail",
          "https://apps.apple.com/cn/app", None]
PLATFORMS = ["wechat", "alipay", "douyin", "taobao", "qq", "meituan", "ctrip", "jd", "kuaishou", "xiaohongshu"]
BANKS = ["ICBC", "CCB", "ABC", "BOC", "BOCOM", "PSBC", "CMB", "Hainan Rural Credit", "Bank of Hainan"]
NORTH_BANKS = ["Harbin Bank", "Bank of Jilin", "Shengjing Bank", "Longjiang Bank", "ICBC", "CCB", "ABC"]
SERVICE_SMS = [
    (8610086, "【中国移动】尊敬的客户，您本月话费账单已出，请登录中国移动App查询。"),
    (8695588, "【工商银行】您尾号{n}卡12月{d}日消费支出人民币{a}元。"),
    (8695533, "【建设银行】您账户{n}于12月{d}日收入人民币{a}元。"),
    (8695599, "【农业银行】您尾号{n}账户完成支付{a}元。"),
    (861069000001, "【顺丰速运】您的快件已到达驿站，取件码8-3-{n}。"),
    (861069000002, "【菜鸟驿站】您有包裹待取，凭取件码{n}领取。"),
    (861069000003, "【美团】您的验证码为{n}，5分钟内有效，请勿泄露。"),
    (861069000004, "【支付宝】验证码{n}，用于身份验证，请勿告诉他人。"),
    (861069000005, "【微信支付】您的验证码{n}，请勿转发。"),
    (861069000006, "【海南政务】您的海南健康码/办事进度已更新，详见椰省事App。"),
    (861069000007, "【拼多多】您的订单已发货，运单号SF{n}。"),
    (861069000008, "【国家电网】您的电费余额不足，请及时缴费。"),
]


class Ctx:
    def __init__(self, seed: int, subscribers: int, days_history: int, days: int):
        self.seed = seed
        self.rng = np.random.default_rng(seed)
        self.n_sub = subscribers
        self.hist = days_history
        self.days = days_history + days
        self.eval_start = T0 + days_history * DAY
        self.V = Vocab()
        self.num = Numbers(self.rng)
        self.tables = {n: Table(n) for n in SCHEMAS}
        self.persons: dict[str, list] = {}
        self.extra_edges: list[tuple[np.ndarray, np.ndarray]] = []
        self.campaigns: list = []

    # -- time
    def t(self, day, sec=0):
        return T0 + np.asarray(day, dtype=np.int64) * DAY + np.asarray(sec, dtype=np.int64)

    def day_start(self, d: int) -> int:
        return T0 + d * DAY

    def weekday(self, d: int) -> int:
        return (dt.date(2026, 12, 1) + dt.timedelta(days=d)).weekday()

    def hours(self, n, profile=0):
        """Seconds of day drawn from a diurnal profile (a scalar or one per row)."""
        u = self.rng.random(n)
        profile = np.broadcast_to(np.asarray(profile), (n,))
        h = np.zeros(n, dtype=np.int64)
        for p in range(len(DIURNAL_CDF)):
            m = profile == p
            h[m] = np.searchsorted(DIURNAL_CDF[p], u[m])
        return np.minimum(h, 23) * HOUR + self.rng.integers(0, HOUR, n)

    def within(self, n, h0, h1):
        return self.rng.integers(int(h0 * HOUR), int(h1 * HOUR), n)

    # -- text
    def v(self, s):
        if isinstance(s, (int, np.integer)):  # already a vocabulary index
            return int(s)
        return self.V.id(s)

    def vs(self, seq):
        return self.V.ids(seq)

    def cells_in(self, city: str, zone: str | None = None) -> np.ndarray:
        m = self.cell_city == CITY_NAMES.index(city)
        if zone is not None:
            m &= self.cell_zone == self.V.id(zone)
        return np.flatnonzero(m)

    # -- people
    def add_persons(self, n: int, city, occ: str, **over) -> np.ndarray:
        """Append n people (subscribers unless a visitor occupation) and return their indices."""
        start = sum(len(a) for a in self.persons.get("occ", []))
        rng = self.rng
        city = np.broadcast_to(np.asarray(city, dtype=np.int32), (n,)).copy()
        o = OCC_NAMES.index(occ)
        p = OCC[occ]
        visitor = occ in VISITORS
        home = np.zeros(n, dtype=np.int32)
        work = np.zeros(n, dtype=np.int32)
        for c in np.unique(city):
            m = city == c
            cells = np.flatnonzero((self.cell_city == c) & self.cell_res)
            home[m] = cells[rng.integers(0, len(cells), m.sum())]
            wz = np.flatnonzero((self.cell_city == c) & (self.cell_zone == self.V.id(p[9])))
            if occ in ("snowbird_roam", "tourist", "tourist_ru", "snowbird_local"):
                wz = np.flatnonzero((self.cell_city == c) & np.isin(self.cell_zone, self.vs(
                    ["downtown", "yalong_bay", "dutyfree_mall", "town", "boao"])))
            work[m] = wz[rng.integers(0, len(wz), m.sum())] if len(wz) else home[m]
        if occ == "tourist_ru":
            msisdn = self.num.foreign(n, "RU")
        elif visitor:
            msisdn = self.num.mobile(n, "cn")
        else:
            msisdn = self.num.mobile(n, "hn")
        years = {"student": (0.2, 4), "migrant_worker": (0.3, 6), "snowbird_local": (0.5, 8)}.get(occ, (1, 15))
        opened = T0 - (rng.uniform(*years, n) * 365 * DAY).astype(np.int64)
        cols = dict(
            msisdn=msisdn, imsi=self.num.imsi(n, 25001 if occ == "tourist_ru" else 46000 if not visitor else 46001),
            imei=self.num.imei(n), id_key=self.num.keys(n), city=city, occ=np.full(n, o, np.int16),
            home=home, work=work, sub=np.full(n, not visitor), life=np.ones(n, bool),
            smart=rng.random(n) < p[5], open_time=opened, profile=np.full(n, p[8], np.int8),
            call_rate=rng.gamma(2.0, p[0] / 2.0, n), sms_rate=np.full(n, p[1]),
            data_rate=np.full(n, p[2]), web_rate=rng.gamma(2.0, p[3] / 2.0, n) if p[3] else np.zeros(n),
            tr_rate=np.full(n, p[4]), deg=rng.poisson(p[6], n), ext=rng.poisson(p[7], n),
            chan=np.full(n, -1, np.int32), prepaid=rng.random(n) < 0.45, noacct=np.zeros(n, bool),
            cust=np.zeros(n, np.int8), start=np.full(n, -99, np.int16),
        )
        for k, val in over.items():
            cols[k] = np.broadcast_to(np.asarray(val), (n,)).astype(cols[k].dtype).copy()
        for k, a in cols.items():
            self.persons.setdefault(k, []).append(a)
        return np.arange(start, start + n)

    def freeze(self):
        self.P = {k: np.concatenate(v) for k, v in self.persons.items()}
        self.n_persons = len(self.P["occ"])

    def pmask(self, occ: str) -> np.ndarray:
        return self.P["occ"] == OCC_NAMES.index(occ)

    # -- records shared by life, gangs and look-alikes
    def calls(self, caller, callee, t, dur, *, result=None, imei=0, imsi=0, ccell=-1, dcell=-1, roam=None,
              ctype="mobile", media="voice", gateway=None, ring=None):
        n = len(t)
        dur = np.asarray(dur, dtype=np.int64)
        if result is None:
            res = np.where(dur > 0, self.v("answered"), self.v("no_answer")).astype(np.int32)
        elif isinstance(result, np.ndarray):
            res = result
        else:
            res = np.full(n, self.v(result), np.int32)
        if ring is None:
            ring = np.where(res == self.v("answered"), self.rng.integers(2, 18, n),
                            np.where(res == self.v("no_answer"), self.rng.integers(20, 50, n),
                                     self.rng.integers(0, 8, n)))
        self.tables["voice"].add(start_time=np.asarray(t, np.int64), caller=caller, callee=callee,
                                 duration_s=dur, ring_s=ring, result=res, caller_imei=imei, caller_imsi=imsi,
                                 caller_cell=ccell, callee_cell=dcell,
                                 caller_roaming_country=roam if isinstance(roam, np.ndarray) else self.v(roam),
                                 call_type=ctype if isinstance(ctype, np.ndarray) else self.v(ctype),
                                 media=media if isinstance(media, np.ndarray) else self.v(media),
                                 gateway=gateway if isinstance(gateway, np.ndarray) else self.v(gateway))

    def sms(self, sender, receiver, t, content, *, imei=0, cell=-1, roam=None):
        self.tables["sms"].add(send_time=np.asarray(t, np.int64), sender=sender, receiver=receiver,
                               content=content if isinstance(content, np.ndarray) else self.v(content),
                               sender_imei=imei, sender_cell=cell,
                               sender_roaming_country=roam if isinstance(roam, np.ndarray) else self.v(roam))

    def device(self, t, msisdn, imsi, imei, cell, event, nbytes=-1, roam=None):
        self.tables["device"].add(time=np.asarray(t, np.int64), msisdn=msisdn, imsi=imsi, imei=imei, cell=cell,
                                  event=event if isinstance(event, np.ndarray) else self.v(event),
                                  roaming_country=roam if isinstance(roam, np.ndarray) else self.v(roam),
                                  bytes=nbytes)

    def web(self, t, msisdn, domain: str, ips: list[str], path="/", nbytes=None, app=None):
        n = len(t)
        ip = self.vs(ips)[self.rng.integers(0, len(ips), n)]
        if nbytes is None:
            nbytes = (self.rng.lognormal(11, 1.0, n)).astype(np.int64)
        self.tables["web"].add(time=t, msisdn=msisdn, domain=self.v(domain), url=self.v(f"https://{domain}{path}"),
                               ip=ip, bytes=nbytes, app=self.v(app))

    def transfer(self, t, src, dst, amount, channel="mobile_app", msisdn=0):
        self.tables["transfers"].add(time=np.asarray(t, np.int64), from_account=src, to_account=dst,
                                     amount=np.round(np.asarray(amount, float), 2), currency=self.v("CNY"),
                                     channel=channel if isinstance(channel, np.ndarray) else self.v(channel),
                                     initiated_msisdn=msisdn)

    def bank_accounts(self, n, id_key, msisdn, opened, bank="ICBC", status="active") -> np.ndarray:
        acc = self.num.keys(n)
        b = bank if isinstance(bank, np.ndarray) else self.v(bank)
        self.tables["bank_accounts"].add(account_id=acc, id_key=id_key, bank=b, open_time=opened,
                                         bound_msisdn=msisdn, status=self.v(status))
        return acc

    def subscribers(self, msisdn, imsi, id_key, opened, *, line="mobile", cust="personal", idt="resident_id",
                    channel="HK-STORE-001", cell=-1, prepaid=True, region="Haikou", status="active",
                    status_time=None):
        n = len(msisdn)
        self.tables["subscribers"].add(
            msisdn=msisdn, imsi=imsi, id_key=id_key, id_type=self.v(idt), customer_type=self.v(cust),
            line_type=self.v(line), operator=self.v("China Mobile Hainan"), open_time=opened,
            open_channel=channel if isinstance(channel, np.ndarray) else self.v(channel), open_cell=cell,
            status=status if isinstance(status, np.ndarray) else self.v(status),
            status_time=opened if status_time is None else status_time,
            is_prepaid=np.full(n, 1 if prepaid else 0, np.int8) if not isinstance(prepaid, np.ndarray)
            else prepaid.astype(np.int8),
            home_region=region if isinstance(region, np.ndarray) else self.v(region))

    def truth(self, etype, entities, role, gang, scheme, first):
        ents = entities if isinstance(entities, np.ndarray) and entities.dtype == np.int32 else self.vs(entities)
        self.tables["entities"].add(entity_type=self.v(etype), entity=ents, role=self.v(role), gang_id=self.v(gang),
                                    scheme=self.v(scheme), first_active=np.asarray(first, np.int64))

    def report(self, t, etype, entities, label, ftype=None, loss=np.nan, source="police"):
        self.tables["reports"].add(time=np.asarray(t, np.int64), entity_type=self.v(etype),
                                   entity=self.vs(entities), label=self.v(label), fraud_type=self.v(ftype),
                                   loss_amount=loss, source=self.v(source))

    def listed(self, etype, entities, lst, reason, added, expires=None):
        self.tables["lists"].add(entity_type=self.v(etype), entity=self.vs(entities), list=self.v(lst),
                                 reason=self.v(reason), added_time=np.asarray(added, np.int64),
                                 expires_time=np.asarray(expires, np.int64) if expires is not None
                                 else np.iinfo(np.int64).min)


def strs(a) -> list[str]:
    return [str(int(x)) for x in a]


# ---------------------------------------------------------------- cells and people
def build_cells(ctx: Ctx):
    rng = ctx.rng
    ids, lat, lon, region, zone, site, city = [], [], [], [], [], [], []
    lac = 21000
    for ci, (name, (_, la, lo, zones)) in enumerate(CITIES.items()):
        for zi, (z, n, st) in enumerate(zones):
            lac += 1
            cis = rng.choice(np.arange(1000, 60000), n, replace=False)
            ids += [f"46000-{lac}-{c}" for c in cis]
            spread = 0.06 if z in ("downtown", "rural", "villages", "mountain_villages", "suburbs") else 0.015
            off = np.array([0.02 * np.cos(zi * 1.7), 0.02 * np.sin(zi * 1.7)]) * (zi > 0) * 3
            lat.append(la + off[0] + rng.normal(0, spread, n))
            lon.append(lo + off[1] + rng.normal(0, spread, n))
            region += [name] * n
            zone += [z] * n
            site += [("small" if rng.random() < 0.4 else "macro") if st == "small" else st for _ in range(n)]
            city += [ci] * n
    ctx.cell_ids = pa.array(ids, pa.string())
    ctx.cell_city = np.array(city, np.int32)
    ctx.cell_zone = ctx.vs(zone)
    ctx.cell_res = np.isin(np.array(zone), list(RESIDENTIAL))
    ctx.cells_table = pa.table({"cell": ctx.cell_ids, "lat": np.round(np.concatenate(lat), 5),
                                "lon": np.round(np.concatenate(lon), 5), "region": pa.array(region),
                                "site_type": pa.array(site)})


def build_people(ctx: Ctx):
    rng = ctx.rng
    w = np.array([c[0] for c in CITIES.values()])
    n_city = rng.multinomial(ctx.n_sub, w / w.sum())
    for ci, name in enumerate(CITY_NAMES):
        mix = MIX.get(name) or MIX[CITY_MIX[name]]
        occs = list(mix)
        p = np.array([mix[o] for o in occs])
        counts = rng.multinomial(n_city[ci], p / p.sum())
        for o, k in zip(occs, counts, strict=True):
            if k:
                ctx.add_persons(int(k), ci, o)
    # visitors: snowbird elderly from the north-east wintering in Sanya and Haikou, tourists
    nb = int(ctx.n_sub * 0.18)
    ctx.add_persons(nb, np.where(rng.random(nb) < 0.6, 1, np.where(rng.random(nb) < 0.7, 0, 4)).astype(np.int32),
                    "snowbird_roam")
    nt = int(ctx.n_sub * 0.12)
    ctx.add_persons(nt, rng.choice([0, 1, 1, 1, 3, 5], nt).astype(np.int32), "tourist")
    nr = int(ctx.n_sub * 0.02)
    ctx.add_persons(nr, 1, "tourist_ru")


def presence(ctx: Ctx):
    """Who is on the island's network on which day: tourists come and go, fishermen go to sea."""
    rng, P, D = ctx.rng, ctx.P, ctx.days
    n = ctx.n_persons
    pres = np.ones((n, D), bool)
    day = np.arange(D)
    tour = ctx.pmask("tourist") | ctx.pmask("tourist_ru")
    arrive = rng.integers(-4, D, n)
    stay = rng.integers(3, 8, n)
    pres[tour] = (day[None, :] >= arrive[tour, None]) & (day[None, :] < arrive[tour, None] + stay[tour, None])
    sb = ctx.pmask("snowbird_roam")
    late = sb & (rng.random(n) < 0.12)
    pres[late] = day[None, :] >= rng.integers(1, D, late.sum())[:, None]
    fish = ctx.pmask("fisherman")
    fi = np.flatnonzero(fish)
    state = rng.random(len(fi)) < 0.4  # at sea
    left = rng.integers(1, 6, len(fi))
    for d in range(D):
        pres[fi, d] = ~state
        left -= 1
        flip = left <= 0
        state = np.where(flip, ~state, state)
        left = np.where(flip, np.where(state, rng.integers(3, 9, len(fi)), rng.integers(2, 5, len(fi))), left)
    pres &= day[None, :] >= P["start"][:, None]
    ctx.present = pres & P["life"][:, None]
    prev = np.concatenate([np.ones((n, 1), bool), pres[:, :-1]], axis=1)
    prev[tour, 0] = arrive[tour] < 0
    ctx.arrive = ctx.present & ~prev


def build_contacts(ctx: Ctx):
    rng, P = ctx.rng, ctx.P
    n = ctx.n_persons
    life = np.flatnonzero(P["life"])
    order = life[np.lexsort((rng.random(len(life)), P["home"][life], P["city"][life]))]
    pos = np.empty(n, np.int64)
    pos[order] = np.arange(len(order))
    src, dst = [], []
    deg = P["deg"]
    for k in range(int(deg.max()) if len(deg) else 0):
        s = life[deg[life] > k]
        far = rng.random(len(s)) < 0.12
        j = pos[s] + rng.integers(-120, 121, len(s))
        j = np.where(far, rng.integers(0, len(order), len(s)), np.clip(j, 0, len(order) - 1))
        t = order[j]
        ok = t != s
        src.append(s[ok])
        dst.append(t[ok])
    bs, bd = np.concatenate(src), np.concatenate(dst)
    # planted relations first so they are the most frequent contacts
    xs = [a.astype(np.int64) for a, _ in ctx.extra_edges]
    xd = [b.astype(np.int64) for _, b in ctx.extra_edges]
    es = np.concatenate(xs + xd + [bs, bd])
    ed = np.concatenate(xd + xs + [bd, bs])
    key = es * n + ed
    _, first = np.unique(key, return_index=True)
    first.sort()
    es, ed = es[first], ed[first]
    # contacts outside the island (and abroad for the Russian tourists)
    ext = P["ext"]
    pool_cn = ctx.num.mobile(max(1000, int(ext.sum() * 0.6)), "cn")
    pool_ru = ctx.num.foreign(max(200, int(ext[ctx.pmask("tourist_ru")].sum())), "RU")
    xsrc = np.repeat(np.arange(n), ext)
    ru = ctx.pmask("tourist_ru")[xsrc]
    xnum = np.where(ru, pool_ru[rng.integers(0, len(pool_ru), len(xsrc))],
                    pool_cn[rng.integers(0, len(pool_cn), len(xsrc))])
    allsrc = np.concatenate([es, xsrc])
    alldst = np.concatenate([ed, np.full(len(xsrc), -1)])
    allnum = np.concatenate([P["msisdn"][ed], xnum])
    o = np.argsort(allsrc, kind="stable")
    ctx.e_src, ctx.e_dst, ctx.e_num = allsrc[o], alldst[o], allnum[o]
    ctx.e_start = np.searchsorted(ctx.e_src, np.arange(n))
    ctx.e_deg = np.searchsorted(ctx.e_src, np.arange(n), side="right") - ctx.e_start
    ctx.ext_pool = pool_cn


def pick_contact(ctx: Ctx, who: np.ndarray, with_mask=False):
    """One contact per row, skewed to the first (closest) contacts. Rows without contacts are dropped."""
    deg = ctx.e_deg[who]
    keep = deg > 0
    who = who[keep]
    e = ctx.e_start[who] + np.floor(ctx.rng.random(len(who)) ** 1.8 * deg[keep]).astype(np.int64)
    if with_mask:
        return who, ctx.e_dst[e], ctx.e_num[e], keep
    return who, ctx.e_dst[e], ctx.e_num[e]


def cell_at(ctx: Ctx, pid, secs, d):
    work_h = (secs >= 9 * HOUR) & (secs < 18 * HOUR) & (ctx.weekday(d) < 5)
    return np.where(work_h, ctx.P["work"][pid], ctx.P["home"][pid])


# ---------------------------------------------------------------- ordinary life
def life_day(ctx: Ctx, d: int):
    rng, P = ctx.rng, ctx.P
    pres = ctx.present[:, d]
    idx = np.flatnonzero(pres)
    wk = 0.8 if ctx.weekday(d) >= 5 else 1.0
    back = ctx.arrive[:, d] & ctx.pmask("fisherman")  # first day ashore after a trip: a burst
    mult = np.where(back[idx], 3.0, 1.0) * wk
    foreign = P["occ"] == OCC_NAMES.index("tourist_ru")
    # calls to contacts
    k = rng.poisson(P["call_rate"][idx] * mult)
    who, dpid, dnum = pick_contact(ctx, np.repeat(idx, k))
    n = len(who)
    secs = ctx.hours(n, P["profile"][who])
    reach = np.where(dpid >= 0, ctx.present[np.maximum(dpid, 0), d], True)
    r = rng.random(n)
    res = np.where(~reach | (r < 0.10), ctx.v("no_answer"),
                   np.where(r < 0.13, ctx.v("busy"), np.where(r < 0.15, ctx.v("rejected"), ctx.v("answered"))))
    dur = np.where(res == ctx.v("answered"), np.clip(rng.lognormal(4.2, 1.0, n), 3, 5400), 0).astype(np.int64)
    video = P["smart"][who] & (rng.random(n) < 0.03)
    ctype = np.where(foreign[who] & (dpid < 0), ctx.v("intl_out"), ctx.v("mobile"))
    ctx.calls(P["msisdn"][who], dnum, ctx.day_start(d) + secs, dur, result=res.astype(np.int32),
              imei=P["imei"][who], imsi=P["imsi"][who], ccell=cell_at(ctx, who, secs, d),
              dcell=np.where((dpid >= 0) & reach, P["home"][np.maximum(dpid, 0)], -1),
              ctype=ctype.astype(np.int32), media=np.where(video, ctx.v("video"), ctx.v("voice")).astype(np.int32))
    # calls from outside contacts
    k = rng.poisson(P["call_rate"][idx] * 0.35 * np.minimum(P["ext"][idx], 3) / 3 * mult)
    who = np.repeat(idx, k)
    xs = ctx.e_start[who] + ctx.e_deg[who] - 1 - rng.integers(0, np.maximum(P["ext"][who], 1))
    ok = (P["ext"][who] > 0) & (xs >= ctx.e_start[who])
    who, xs = who[ok], xs[ok]
    n = len(who)
    secs = ctx.hours(n, P["profile"][who])
    dur = np.where(rng.random(n) < 0.86, np.clip(rng.lognormal(4.4, 1.0, n), 3, 5400), 0).astype(np.int64)
    ctx.calls(ctx.e_num[xs], P["msisdn"][who], ctx.day_start(d) + secs, dur, dcell=cell_at(ctx, who, secs, d),
              ctype=np.where(foreign[who], ctx.v("intl_in"), ctx.v("mobile")).astype(np.int32))
    # person-to-person SMS
    k = rng.poisson(P["sms_rate"][idx] * mult)
    who, dpid, dnum = pick_contact(ctx, np.repeat(idx, k))
    secs = ctx.hours(len(who), P["profile"][who])
    texts = ctx.vs(["好的", "到了没？", "晚上回来吃饭吗", "收到", "明天几点？", "在开会，晚点回你", "生日快乐！",
                    "已转账，查收一下", "路上注意安全", "好的谢谢"])
    ctx.sms(P["msisdn"][who], dnum, ctx.day_start(d) + secs, texts[rng.integers(0, len(texts), len(who))],
            imei=P["imei"][who], cell=cell_at(ctx, who, secs, d))
    # service SMS to subscribers
    subs = idx[P["sub"][idx]]
    k = rng.poisson(0.9, len(subs))
    who = np.repeat(subs, k)
    s = rng.integers(0, len(SERVICE_SMS), len(who))
    var = rng.integers(0, 12, len(who))
    content = ctx.service_content[s, var]
    ctx.sms(np.array([x[0] for x in SERVICE_SMS])[s], P["msisdn"][who],
            ctx.day_start(d) + ctx.within(len(who), 7, 23), content)
    # device: arrivals, location updates, data sessions, night power cycles
    arr = idx[ctx.arrive[idx, d]]
    entry = np.where(ctx.pmask("fisherman")[arr], P["work"][arr], np.where(P["sub"][arr], P["home"][arr],
                     np.where(P["city"][arr] == 1, ctx.cells_in("Sanya", "phoenix_airport")[0],
                              ctx.cells_in("Haikou", "meilan_airport")[0])))
    t_arr = ctx.day_start(d) + ctx.within(len(arr), 6, 22)
    ctx.device(t_arr, P["msisdn"][arr], P["imsi"][arr], P["imei"][arr], entry, "attach")
    k = rng.poisson(1.4, len(idx))
    who = np.repeat(idx, k)
    secs = ctx.hours(len(who), P["profile"][who])
    ctx.device(ctx.day_start(d) + secs, P["msisdn"][who], P["imsi"][who], P["imei"][who], cell_at(ctx, who, secs, d),
               "location_update")
    sm = idx[P["smart"][idx] & P["sub"][idx]]
    k = rng.poisson(P["data_rate"][sm] * mult[np.searchsorted(idx, sm)])
    who = np.repeat(sm, k)
    secs = ctx.hours(len(who), P["profile"][who])
    ctx.device(ctx.day_start(d) + secs, P["msisdn"][who], P["imsi"][who], P["imei"][who], cell_at(ctx, who, secs, d),
               "data_session", rng.lognormal(15, 1.3, len(who)).astype(np.int64))
    old = idx[(P["profile"][idx] == 1) & (rng.random(len(idx)) < 0.15)]
    t_off = ctx.day_start(d) + ctx.within(len(old), 21.5, 23.9)
    ctx.device(t_off, P["msisdn"][old], P["imsi"][old], P["imei"][old], P["home"][old], "power_off")
    ctx.device(t_off + rng.integers(6 * HOUR, 9 * HOUR, len(old)), P["msisdn"][old], P["imsi"][old], P["imei"][old],
               P["home"][old], "power_on")
    # web and app use
    k = rng.poisson(P["web_rate"][sm] * mult[np.searchsorted(idx, sm)])
    who = np.repeat(sm, k)
    di = rng.choice(len(DOMAINS), len(who), p=ctx.dom_p)
    di = np.where(ctx.pmask("student")[who] & (rng.random(len(who)) < 0.08), ctx.dom_index["hainanu.edu.cn"], di)
    ip = ctx.dom_ip_start[di] + rng.integers(0, 1 << 30, len(who)) % ctx.dom_ip_n[di]
    secs = ctx.hours(len(who), P["profile"][who])
    ctx.tables["web"].add(time=ctx.day_start(d) + secs, msisdn=P["msisdn"][who], domain=ctx.dom_v[di],
                          url=ctx.dom_url[di, rng.integers(0, 4, len(who))], ip=ctx.ip_v[ip],
                          bytes=rng.lognormal(11, 1.2, len(who)).astype(np.int64), app=ctx.dom_app[di])
    k = rng.poisson(0.5, len(sm))
    who = np.repeat(sm, k)
    ai = rng.choice(len(APPS), len(who), p=ctx.app_p)
    inst = rng.random(len(who)) < 0.04
    ctx.tables["apps"].add(time=ctx.day_start(d) + ctx.hours(len(who), P["profile"][who]), msisdn=P["msisdn"][who],
                           app=ctx.app_v[ai], event=np.where(inst, ctx.v("install"), ctx.v("use")),
                           source_url=np.where(inst, ctx.store_v[rng.integers(0, len(STORES), len(who))], -1))
    # payments: shops, friends, bills
    payer = idx[P["acct"][idx] > 0]
    k = rng.poisson(P["tr_rate"][payer] * mult[np.searchsorted(idx, payer)])
    who = np.repeat(payer, k)
    n = len(who)
    kind = rng.random(n)
    shop = kind < 0.62
    mc = ctx.merchants_by_city
    to = np.where(shop, mc[P["city"][who], rng.integers(0, mc.shape[1], n)], 0).astype(np.uint64)
    _, pd, _, keep = pick_contact(ctx, who, with_mask=True)
    friend_acct = np.zeros(n, np.uint64)
    friend_acct[keep] = np.where(pd >= 0, P["acct"][np.maximum(pd, 0)], 0).astype(np.uint64)
    p2p = (kind >= 0.62) & (kind < 0.9) & (friend_acct > 0)
    to = np.where(p2p, friend_acct, to)
    bill = to == 0
    to = np.where(bill, ctx.utility_accts[rng.integers(0, len(ctx.utility_accts), n)], to)
    amt = np.where(shop, rng.lognormal(4.3, 1.0, n), np.where(p2p, np.round(rng.lognormal(5.6, 1.1, n), -1),
                                                              rng.lognormal(5.0, 0.6, n)))
    dutyfree = shop & (ctx.pmask("tourist")[who] | ctx.pmask("snowbird_roam")[who]) & (rng.random(n) < 0.25)
    to = np.where(dutyfree, ctx.dutyfree_accts[rng.integers(0, len(ctx.dutyfree_accts), n)], to)
    amt = np.where(dutyfree, rng.lognormal(7.8, 0.8, n), amt)
    secs = ctx.hours(n, 0)
    ctx.transfer(ctx.day_start(d) + secs, P["acct"][who], to, np.maximum(amt, 1.0),
                 np.where(rng.random(n) < 0.9, ctx.v("mobile_app"), ctx.v("third_party")).astype(np.int32),
                 P["msisdn"][who])


def salaries(ctx: Ctx):
    """Wages on the 10th, pensions on the 5th (the first days of December are in the history)."""
    P, rng = ctx.P, ctx.rng
    for dom, occs, amount in ((9, ["civil_servant", "office_worker", "hotel_worker", "shop_staff", "logistics",
                                   "tour_worker"], 6.0), (4, ["retiree", "snowbird_local", "snowbird_roam"], 3.5)):
        if dom >= ctx.days:
            continue
        who = np.flatnonzero(np.isin(P["occ"], [OCC_NAMES.index(o) for o in occs]) & (P["acct"] > 0))
        src = ctx.employer_accts[rng.integers(0, len(ctx.employer_accts), len(who))]
        ctx.transfer(ctx.day_start(dom) + ctx.within(len(who), 9, 16), src, P["acct"][who],
                     np.round(rng.lognormal(np.log(amount * 1000), 0.3, len(who)), 0), "counter", 0)


def accounts_and_lines(ctx: Ctx):
    """Subscribers rows, bank accounts, internet accounts and the merchant accounts of ordinary life."""
    P, rng = ctx.P, ctx.rng
    n = ctx.n_persons
    # bank accounts for everyone but the Russian tourists
    has = ~ctx.pmask("tourist_ru") & ~P["noacct"]
    north = ctx.pmask("snowbird_roam") | ctx.pmask("snowbird_local") | ctx.pmask("tourist")
    banks = np.where(north, ctx.vs(NORTH_BANKS)[rng.integers(0, len(NORTH_BANKS), n)],
                     ctx.vs(BANKS)[rng.integers(0, len(BANKS), n)])
    acct = np.zeros(n, np.uint64)
    w = np.flatnonzero(has)
    opened = np.maximum(P["open_time"][w], T0 - 20 * 365 * DAY) - rng.integers(0, 3 * 365 * DAY, len(w))
    acct[w] = ctx.bank_accounts(len(w), P["id_key"][w], P["msisdn"][w], opened, banks[w])
    two = w[rng.random(len(w)) < 0.3]
    ctx.bank_accounts(len(two), P["id_key"][two], P["msisdn"][two], T0 - rng.integers(60, 3000, len(two)) * DAY,
                      ctx.vs(BANKS)[rng.integers(0, len(BANKS), len(two))])
    P["acct"] = acct
    # merchants, employers, utilities, duty-free operators: enterprise accounts (one licence each)
    def ent_accounts(k, bank="ICBC"):
        return ctx.bank_accounts(k, ctx.num.keys(k), 0, T0 - rng.integers(400, 5000, k) * DAY, bank)
    ctx.merchants_by_city = ent_accounts(len(CITY_NAMES) * 60).reshape(len(CITY_NAMES), 60)
    ctx.employer_accts = ent_accounts(150, "CCB")
    ctx.utility_accts = ent_accounts(6, "BOC")
    ctx.dutyfree_accts = ent_accounts(5, "BOC")
    # subscribers: local lines of ordinary people (planted lines write their own rows)
    s = np.flatnonzero(P["sub"])
    stores = rng.integers(1, 40, len(s))
    chan = ctx.vs([f"{c[:2].upper()}-STORE-{k:03d}" for c in CITY_NAMES for k in range(1, 40)]).reshape(
        len(CITY_NAMES), 39)[P["city"][s], stores - 1]
    chan = np.where(P["chan"][s] >= 0, P["chan"][s], chan)
    ent = P["cust"][s] == 1
    ctx.tables["subscribers"].add(
        msisdn=P["msisdn"][s], imsi=P["imsi"][s], id_key=P["id_key"][s],
        id_type=np.where(ent, ctx.v("business_license"), ctx.v("resident_id")),
        customer_type=np.where(ent, ctx.v("enterprise"), ctx.v("personal")), line_type=ctx.v("mobile"),
        operator=ctx.v("China Mobile Hainan"), open_time=P["open_time"][s], open_channel=chan,
        open_cell=P["home"][s], status=ctx.v("active"), status_time=P["open_time"][s],
        is_prepaid=P["prepaid"][s].astype(np.int8), home_region=ctx.vs(CITY_NAMES)[P["city"][s]])
    # internet accounts registered with these numbers over the years
    sm = np.flatnonzero(P["sub"] & P["smart"])
    k = rng.poisson(3.5, len(sm))
    who = np.repeat(sm, k)
    reg = P["open_time"][who] + (rng.random(len(who)) * (T0 - P["open_time"][who])).astype(np.int64)
    late = rng.random(len(who)) < 0.01
    reg = np.where(late, T0 + rng.integers(0, ctx.days * DAY, len(who)), reg)
    ctx.tables["internet_accounts"].add(platform=ctx.vs(PLATFORMS)[rng.integers(0, len(PLATFORMS), len(who))],
                                        account=ctx.num.keys(len(who)), msisdn=P["msisdn"][who], register_time=reg,
                                        status=ctx.v("active"))


def prepare_vocab(ctx: Ctx):
    rng = ctx.rng
    w = np.array([d[1] for d in DOMAINS], float)
    ctx.dom_p = w / w.sum()
    ctx.dom_index = {d[0]: i for i, d in enumerate(DOMAINS)}
    ctx.dom_v = ctx.vs([d[0] for d in DOMAINS])
    paths = ["/", "/index.html", "/search", "/api/v2/feed"]
    ctx.dom_url = np.array([ctx.vs([f"https://{d[0]}{p}" for p in paths]) for d in DOMAINS])
    ctx.dom_app = np.array([ctx.v(d[2]) for d in DOMAINS], np.int32)
    ips = []
    ctx.dom_ip_start = np.zeros(len(DOMAINS), np.int64)
    ctx.dom_ip_n = np.array([d[3] for d in DOMAINS], np.int64)
    for i, d in enumerate(DOMAINS):
        ctx.dom_ip_start[i] = len(ips)
        base = [(101, 226), (111, 13), (220, 181), (183, 2), (140, 205), (36, 152), (117, 62)][i % 7]
        ips += [f"{base[0]}.{base[1]}.{rng.integers(1, 255)}.{rng.integers(1, 255)}" for _ in range(d[3])]
    ctx.ip_v = ctx.vs(ips)
    ctx.app_v = ctx.vs([a for a, _ in APPS])
    aw = np.array([w for _, w in APPS], float)
    ctx.app_p = aw / aw.sum()
    ctx.store_v = np.array([ctx.v(s) for s in STORES], np.int32)
    rows = []
    for _, tmpl in SERVICE_SMS:
        rows.append(ctx.vs([tmpl.format(n=rng.integers(1000, 9999), d=rng.integers(1, 18),
                                        a=f"{rng.lognormal(4.5, 1):.2f}") for _ in range(12)]))
    ctx.service_content = np.array(rows)


def tidy_truth(ctx: Ctx):
    """Label only what the records show: domains never visited are dropped; a look-alike label gives way to a
    victim or fraud label of the same entity (a person can be both a snowbird with many calls and a victim);
    one benign label per entity."""
    E = ctx.tables["entities"]
    cols = {c: E.column(c) for c in E.spec}
    key = cols["entity_type"].astype(np.int64) * (1 << 32) + cols["entity"]
    seen = np.unique(ctx.tables["web"].column("domain"))
    drop = (cols["entity_type"] == ctx.v("domain")) & ~np.isin(cols["entity"], seen)
    benign = cols["role"] == ctx.v("benign")
    drop |= benign & np.isin(key, key[~benign])
    _, first = np.unique(key, return_index=True)
    dup = np.ones(len(key), bool)
    dup[first] = False
    drop |= benign & dup
    E.parts = [{c: a[~drop] for c, a in cols.items()}]


def write_all(ctx: Ctx, out: str) -> dict[str, int]:
    tidy_truth(ctx)
    vocab = pa.array(ctx.V.items, pa.string())
    counts = {}
    for name, t in ctx.tables.items():
        sub = "truth/" + name if name in ("entities", "events") else name
        counts[name] = write_table(t, os.path.join(out, sub, f"{name}.parquet"), vocab, ctx.cell_ids)
    import pyarrow.parquet as pq
    os.makedirs(os.path.join(out, "cells"), exist_ok=True)
    pq.write_table(ctx.cells_table, os.path.join(out, "cells", "cells.parquet"), compression="zstd")
    counts["cells"] = ctx.cells_table.num_rows
    return counts


def generate(out: str, seed: int, subscribers: int = 20000, days_history: int = 10, days: int = 7) -> dict:
    ctx = Ctx(seed, subscribers, days_history, days)
    build_cells(ctx)
    prepare_vocab(ctx)
    build_people(ctx)
    gangs.plan(ctx)
    lookalikes.plan(ctx)
    ctx.freeze()
    presence(ctx)
    accounts_and_lines(ctx)
    build_contacts(ctx)
    for d in range(ctx.days):
        life_day(ctx, d)
    salaries(ctx)
    gangs.run(ctx)
    lookalikes.run(ctx)
    return write_all(ctx, out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args(argv)
    t = time.time()
    counts = generate(a.out, a.seed, a.subscribers, a.days_history, a.days)
    total = sum(v for k, v in counts.items() if k not in ("entities", "events"))
    print(f"wrote {a.out}: {total:,} rows in {time.time() - t:.1f}s "
          + ", ".join(f"{k} {v:,}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
