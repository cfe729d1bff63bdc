#!/usr/bin/env python3
"""Blind red-team generator 9: Zhejiang (浙江) province in interchange v1, with ground truth.

    generate.py --out DIR --seed N [--subscribers 20000] [--days-history 10] [--days 7]

Writes DIR/<type>/<type>.parquet for every interchange-v1 record type and DIR/truth/{entities,events}/.
Everything is vectorised per day (loops only over days, groups and behaviours); one numpy Generator seeded
with --seed drives all randomness, so the same seed gives byte-identical files.
See README.md next to this file for the province, the gangs and the benign look-alikes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

DAY = 86400
TZ = "Asia/Shanghai"
CST = dt.timezone(dt.timedelta(hours=8))
START = int(dt.datetime(2026, 10, 19, tzinfo=CST).timestamp())  # a Monday, local midnight

# --------------------------------------------------------------------------------------------- province
# key, name, area code, lat, lon, population weight
CITIES = [
    ("HZ", "Hangzhou", 571, 30.27, 120.15, 0.22), ("NB", "Ningbo", 574, 29.87, 121.55, 0.15),
    ("WZ", "Wenzhou", 577, 28.00, 120.67, 0.13), ("JH", "Jinhua/Yiwu", 579, 29.10, 119.95, 0.11),
    ("SX", "Shaoxing", 575, 30.00, 120.58, 0.08), ("TZ", "Taizhou", 576, 28.66, 121.42, 0.09),
    ("JX", "Jiaxing", 573, 30.75, 120.76, 0.08), ("HU", "Huzhou", 572, 30.87, 120.09, 0.05),
    ("LS", "Lishui", 578, 28.45, 119.92, 0.035), ("QZ", "Quzhou", 570, 28.97, 118.87, 0.035),
    ("ZS", "Zhoushan", 580, 30.00, 122.20, 0.02),
]
CITY_IDX = {c[0]: i for i, c in enumerate(CITIES)}
# special places: (name, city, number of cells, site type)
SPECIAL = [
    ("yiwu_market", "JH", 8, "indoor"), ("xiasha", "HZ", 6, "macro"), ("xiaoheshan", "HZ", 4, "macro"),
    ("tonglu_hub", "HZ", 3, "macro"), ("jinhua_hub", "JH", 3, "macro"), ("beilun_port", "NB", 4, "macro"),
    ("zhoushan_port", "ZS", 3, "macro"), ("offshore", "ZS", 3, "macro"), ("keqiao_textile", "SX", 5, "indoor"),
    ("binjiang_callcentre", "HZ", 4, "indoor"), ("wenzhou_lucheng", "WZ", 4, "macro"),
    ("shenjiamen_fish", "ZS", 2, "macro"), ("industrial_park", "JX", 4, "macro"), ("hz_east_station", "HZ", 2, "indoor"),
]

MOBILE_PREFIX = {  # operator -> 3-digit prefixes
    "CMCC": [134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188, 198, 147, 195],
    "CUCC": [130, 131, 132, 155, 156, 185, 186, 166, 175, 176],
    "CTCC": [133, 153, 180, 181, 189, 199, 177, 173, 191],
}
VIRTUAL_PREFIX = [170, 171, 165, 167, 162]
MNC = {"CMCC": 46000, "CUCC": 46001, "CTCC": 46011}
FOREIGN = {  # country -> (base, random span): number = base + rand(span)
    "AE": (971 * 10**9 + 5 * 10**8, 10**8), "NG": (234 * 10**10 + 80 * 10**8, 10**8),
    "EG": (20 * 10**10 + 10 * 10**8, 10**8), "IN": (91 * 10**10 + 9 * 10**9, 10**9),
    "PK": (92 * 10**10 + 3 * 10**9, 10**9), "RU": (7 * 10**10 + 9 * 10**9, 10**9),
    "KZ": (7 * 10**10 + 7 * 10**9, 10**9), "BR": (55 * 10**11 + 11 * 10**9 + 9 * 10**8, 10**8),
    "HK": (852 * 10**8 + 5 * 10**7, 4 * 10**7), "MO": (853 * 10**8 + 6 * 10**7, 10**7),
    "PH": (63 * 10**10 + 9 * 10**9, 10**9), "KH": (855 * 10**8 + 10**7, 9 * 10**7),
    "MM": (95 * 10**9 + 9 * 10**8, 10**8), "TH": (66 * 10**9 + 8 * 10**8, 10**8),
    "US": (1 * 10**10 + 2 * 10**9, 8 * 10**9), "IT": (39 * 10**10 + 3 * 10**9, 10**9),
    "ES": (34 * 10**9 + 6 * 10**8, 10**8), "JP": (81 * 10**10 + 9 * 10**9, 10**9),
}
TRADER_COUNTRIES = ["AE", "NG", "EG", "IN", "PK", "RU", "KZ", "BR"]
PHONE_TACS = [86012345, 86123456, 86311602, 86469204, 86557103, 86723005, 86880404, 35209018, 35391110,
              35467211, 35728810, 86940001, 86203304, 86751202, 86675404]
GOIP_TACS = [86209403, 86736603]  # multi-SIM gateway models (also sold to factories)
IOT_TACS = [86473201, 86100702, 86599508]
BANKS = ["ICBC", "ABC", "BOC", "CCB", "BCOM", "CMB", "ZJRCU", "HZBANK", "NBBANK", "WZBANK", "PSBC", "TAIZHOU_BANK"]

HOURS = {  # 24 weights
    "life": [1, .5, .3, .2, .2, .5, 2, 4, 6, 7, 7, 7, 6, 6, 7, 7, 7, 7, 7, 8, 8, 6, 4, 2],
    "office": [0, 0, 0, 0, 0, 0, .2, 1, 5, 10, 10, 9, 4, 5, 9, 10, 9, 7, 3, 1, .5, .3, .1, 0],
    "evening": [3, 1.5, .5, .2, .1, .1, .5, 2, 3, 4, 4, 5, 6, 4, 4, 4, 5, 6, 7, 8, 9, 9, 8, 6],
    "early": [.2, .1, .1, .1, .5, 3, 7, 8, 8, 7, 6, 5, 4, 3, 4, 5, 6, 6, 6, 5, 3, 1, .3, .2],
    "night": [8, 8, 7, 6, 5, 4, 3, 1, .5, .3, .3, .3, .3, .3, .3, .5, 1, 2, 3, 4, 5, 6, 7, 8],
    "late": [7, 5, 3, 1, .2, .1, .1, .1, .2, .3, .5, .5, .5, .5, .5, .5, 1, 2, 3, 5, 7, 9, 10, 9],
    "flat": [0, 0, 0, 0, 0, 0, 0, 2, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 0, 0],
    "fraud": [0, 0, 0, 0, 0, 0, 0, .5, 4, 9, 10, 9, 6, 7, 9, 10, 9, 7, 4, 2, 1, .3, 0, 0],
    "fraud_late": [1, .3, 0, 0, 0, 0, 0, 0, .5, 2, 4, 5, 4, 5, 6, 7, 7, 6, 5, 6, 7, 6, 4, 2],
}
HOUR_NAMES = list(HOURS)
HOUR_CDF = np.array([np.cumsum(np.array(HOURS[k], float) / sum(HOURS[k])) for k in HOUR_NAMES])

BENIGN_DOMAINS = [  # domain, ip, weight, app
    ("taobao.com", "140.205.94.189", 10, "com.taobao.taobao"), ("tmall.com", "140.205.220.96", 4, "com.tmall.wireless"),
    ("alipay.com", "110.75.143.55", 7, "com.eg.android.AlipayGphone"), ("1688.com", "203.119.214.112", 3, ""),
    ("weixin.qq.com", "183.3.226.35", 12, "com.tencent.mm"), ("qq.com", "123.151.137.18", 5, "com.tencent.mobileqq"),
    ("baidu.com", "110.242.68.66", 6, ""), ("douyin.com", "123.6.27.43", 9, "com.ss.android.ugc.aweme"),
    ("kuaishou.com", "123.6.71.33", 4, "com.smile.gifmaker"), ("jd.com", "111.13.149.108", 4, "com.jingdong.app.mall"),
    ("pinduoduo.com", "101.91.34.38", 5, "com.xunmeng.pinduoduo"), ("ctrip.com", "101.226.16.12", 1, ""),
    ("163.com", "123.58.180.8", 2, ""), ("zhihu.com", "118.89.204.198", 2, "com.zhihu.android"),
    ("bilibili.com", "120.92.78.97", 3, "tv.danmaku.bili"), ("yiwugo.com", "115.238.152.42", 1, ""),
    ("cainiao.com", "47.110.198.12", 2, "com.cainiao.wireless"), ("dingtalk.com", "203.119.206.75", 3, "com.alibaba.android.rimet"),
    ("amap.com", "106.11.43.158", 2, "com.autonavi.minimap"), ("zju.edu.cn", "10.203.2.68", 1, ""),
    ("zjzwfw.gov.cn", "115.236.164.25", 1, ""), ("meituan.com", "103.37.152.40", 3, "com.sankuai.meituan"),
    ("ele.me", "140.205.172.7", 2, "me.ele"), ("didiglobal.com", "116.85.1.24", 2, "com.sdu.didi.psnger"),
    ("weibo.com", "180.149.153.216", 2, "com.sina.weibo"), ("xiaohongshu.com", "47.100.86.201", 2, "com.xingin.xhs"),
    ("hzbank.com.cn", "115.236.21.99", 1, ""), ("icbc.com.cn", "106.120.252.188", 1, "com.icbc"),
    ("12306.cn", "111.7.113.85", 1, "com.MobileTicket"), ("huya.com", "14.215.177.37", 1, ""),
]
LIFE_APPS = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.taobao.taobao", "com.ss.android.ugc.aweme",
             "com.xunmeng.pinduoduo", "com.smile.gifmaker", "com.sankuai.meituan", "com.alibaba.android.rimet",
             "com.autonavi.minimap", "com.hicorenational.antifraud", "com.jingdong.app.mall", "tv.danmaku.bili"]

SERVICE_SMS = [
    "【支付宝】您的验证码为{code}，5分钟内有效，请勿泄露。", "【淘宝】您的包裹已到菜鸟驿站，取件码{code}。",
    "【中国银行】您尾号{code}账户消费人民币。", "【浙里办】您的办件已受理。", "【杭州银行】您的账户收入一笔款项。",
    "【中通快递】快递员正在派送，请保持电话畅通。", "【12306】您的车票已出票。", "【国家反诈中心】请下载国家反诈中心APP。",
]

PERSONAS = [  # name, share, calls/day, sms/day, pays/day, web/day, hours, stranger share
    ("worker", .28, 2.8, .4, .30, 1.8, "life", .03), ("office", .10, 3.2, .3, .35, 2.5, "office", .05),
    ("student", .08, 1.5, .6, .30, 3.5, "evening", .03), ("elderly", .13, 1.1, .1, .08, .3, "early", .01),
    ("merchant", .07, 5.0, .4, 1.1, 1.8, "life", .20), ("wenzhou_biz", .04, 5.0, .3, .9, 1.5, "life", .10),
    ("port_fisher", .03, 1.4, .2, .2, .8, "early", .02), ("driver", .03, 6.0, .2, .3, 1.2, "life", .40),
    ("migrant", .06, 2.4, .3, .2, 1.5, "life", .05), ("ecom", .05, 4.0, .8, .7, 3.0, "office", .20),
    ("courier", .03, 8.0, .5, .2, 1.0, "life", .55), ("foreign_trader", .012, 4.0, .5, 1.0, 2.0, "life", .30),
    ("homemaker", .098, 2.0, .3, .3, 1.5, "life", .02),
]
PERS_IDX = {p[0]: i for i, p in enumerate(PERSONAS)}
PERS_CITY = {  # city weights override
    "student": {"HZ": .8, "NB": .1, "WZ": .1}, "elderly": {"LS": .22, "QZ": .22, "WZ": .12, "TZ": .12, "JH": .12, "HU": .1, "SX": .1},
    "merchant": {"JH": .45, "SX": .25, "WZ": .15, "HZ": .15}, "wenzhou_biz": {"WZ": 1.0},
    "port_fisher": {"NB": .5, "ZS": .5}, "ecom": {"HZ": .55, "JH": .35, "JX": .1},
    "courier": {"HZ": .4, "JH": .4, "JX": .2}, "foreign_trader": {"JH": .9, "SX": .1},
}
PERS_SPECIAL = {"student": ["xiasha", "xiaoheshan"], "merchant": ["yiwu_market", "keqiao_textile"],
                "port_fisher": ["beilun_port", "zhoushan_port", "shenjiamen_fish"], "courier": ["tonglu_hub", "jinhua_hub"],
                "foreign_trader": ["yiwu_market"], "office": ["binjiang_callcentre"]}

K = 10  # contact slots: 0-1 household, 2-5 colleagues, 6-7 neighbours, 8-9 far
SLOT_P = np.array([.17, .13, .1, .1, .08, .07, .08, .07, .1, .1])

# -------------------------------------------------------------------------------------------- the world


class World:
    def __init__(self, seed: int, n_sub: int, days_hist: int, days: int):
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.n_sub = n_sub
        self.scale = n_sub / 20000
        self.nd = days_hist + days
        self.hist = days_hist
        self.end = START + self.nd * DAY
        self.vocab: dict[str, dict[str, int]] = {}
        self.rec: dict[str, list[dict]] = {}
        self.used_numbers: list[np.ndarray] = []
        self.used_imei: list[np.ndarray] = []
        self.line_parts: list[dict] = []
        self.n_lines = 0
        self.idk_parts: list[np.ndarray] = []
        self.n_idk = 0
        self.acct_parts: list[dict] = []
        self.n_acct = 0
        self.truth: list[dict] = []
        self.events: list[dict] = []
        self.reports: list[dict] = []
        self.lists: list[dict] = []
        self.iacc: list[dict] = []
        self.fa_line = {}

    # ---- vocabularies: string columns are stored as integer codes until written
    def code(self, voc: str, value) -> int:
        d = self.vocab.setdefault(voc, {})
        if value is None:
            return -1
        if value not in d:
            d[value] = len(d)
        return d[value]

    def codes(self, voc: str, values) -> np.ndarray:
        return np.array([self.code(voc, v) for v in values], dtype=np.int64)

    def decode(self, voc: str, codes: np.ndarray) -> np.ndarray:
        d = self.vocab.get(voc, {})
        arr = np.empty(len(d) + 1, dtype=object)
        for k, v in d.items():
            arr[v] = k
        arr[len(d)] = None
        c = np.asarray(codes, dtype=np.int64)
        return arr[np.where(c < 0, len(d), c)]

    def add(self, table: str, **cols):
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray) and v.ndim == 1:
                n = len(v)
                break
        if not n:
            return
        out = {}
        for k, v in cols.items():
            a = np.asarray(v)
            out[k] = np.broadcast_to(a, (n,)) if a.ndim == 0 else a
        self.rec.setdefault(table, []).append(out)

    # ---- numbers, devices, ids, accounts
    def new_numbers(self, base: np.ndarray, span) -> np.ndarray:
        """Unique numbers base + rand(span) (vectorised, rejects ones already used)."""
        base = np.asarray(base, dtype=np.int64)
        n = len(base)
        used = np.concatenate(self.used_numbers) if self.used_numbers else np.zeros(0, np.int64)
        out = np.zeros(n, np.int64)
        todo = np.arange(n)
        span = np.broadcast_to(np.asarray(span, dtype=np.int64), (n,))
        while len(todo):
            cand = base[todo] + (self.rng.random(len(todo)) * span[todo]).astype(np.int64)
            _, first = np.unique(cand, return_index=True)
            ok = np.zeros(len(todo), bool)
            ok[first] = True
            ok &= ~np.isin(cand, used)
            out[todo[ok]] = cand[ok]
            used = np.concatenate([used, cand[ok]])
            todo = todo[~ok]
        self.used_numbers.append(out)
        return out

    def mobile_numbers(self, n, operator=None, virtual=False):
        ops = list(MNC)
        op = np.array([ops.index(operator)] * n) if operator else self.rng.choice(3, n, p=[.58, .22, .20])
        if virtual:
            pre = self.rng.choice(VIRTUAL_PREFIX, n)
        else:
            pre = np.array([self.rng.choice(MOBILE_PREFIX[ops[o]]) for o in range(3)])
            pre = np.zeros(n, np.int64)
            for o in range(3):
                m = op == o
                pre[m] = self.rng.choice(MOBILE_PREFIX[ops[o]], m.sum())
        nums = self.new_numbers(86 * 10**11 + pre.astype(np.int64) * 10**8, 10**8)
        return nums, op

    def fixed_numbers(self, n, area):
        return self.new_numbers(np.full(n, 86 * 10**11 + area * 10**8, np.int64) + 2 * 10**7, 8 * 10**7)

    def foreign_numbers(self, countries):
        countries = np.asarray(countries)
        base = np.array([FOREIGN[c][0] for c in countries], np.int64)
        span = np.array([FOREIGN[c][1] for c in countries], np.int64)
        return self.new_numbers(base, span)

    def new_imei(self, n, tacs):
        tac = self.rng.choice(tacs, n).astype(np.int64)
        used = np.concatenate(self.used_imei) if self.used_imei else np.zeros(0, np.int64)
        out = tac * 10**7 + self.rng.integers(0, 10**7, n)
        out = np.where(np.isin(out, used), out + 1, out)
        self.used_imei.append(out)
        return out

    def new_idk(self, n) -> np.ndarray:
        i = np.arange(self.n_idk, self.n_idk + n)
        self.idk_parts.append(self.rng.integers(10**15, 10**16, n))
        self.n_idk += n
        return i

    def add_lines(self, n, city, *, persona=-1, open_time=None, idk=None, line_type="mobile", customer="personal",
                  id_type="resident_id", prepaid=None, operator=None, virtual=False, numbers=None, imei=None,
                  tacs=PHONE_TACS, channel=None, home_cell=None, work_cell=None, subscriber=True, status="active",
                  life=False, group=-1, home_region=None) -> np.ndarray:
        rng = self.rng
        if numbers is None:
            if line_type == "fixed":
                numbers = self.fixed_numbers(n, CITIES[city][2])
                op = np.zeros(n, np.int64) + 2
            else:
                numbers, op = self.mobile_numbers(n, operator, virtual)
        else:
            op = rng.choice(3, n)
        ops = list(MNC)
        imsi = np.array([MNC[o] for o in ops], np.int64)[op] * 10**10 + rng.integers(0, 10**10, n)
        if imei is None:
            imei = self.new_imei(n, tacs)
        cells = self.city_cells[city]
        if home_cell is None:
            home_cell = rng.choice(cells, n)
        if work_cell is None:
            work_cell = rng.choice(cells, n)
        if open_time is None:
            open_time = START - rng.integers(200, 4000, n) * DAY + rng.integers(9 * 3600, 19 * 3600, n)
        if idk is None:
            idk = self.new_idk(n)
        if prepaid is None:
            prepaid = rng.random(n) < .3
        if channel is None:
            channel = np.array([self.code("channel", f"ZJ-{CITIES[city][2]}-STORE{k:03d}") for k in rng.integers(0, 40, n)])
        part = dict(
            msisdn=numbers, imsi=imsi, imei=np.broadcast_to(imei, (n,)).copy(), idk=np.broadcast_to(idk, (n,)).copy(),
            line_type=np.full(n, self.code("line_type", line_type)),
            operator=np.full(n, -1) if not subscriber else np.array([self.code("operator", ("CMCC", "CUCC", "CTCC")[o] if not virtual else
                                                                            ("VNO-" + ("CMCC", "CUCC", "CTCC")[o])) for o in range(3)])[op],
            open_time=np.broadcast_to(open_time, (n,)).astype(np.int64), channel=np.broadcast_to(channel, (n,)).copy(),
            status=np.full(n, self.code("status", status)), prepaid=np.broadcast_to(prepaid, (n,)).copy(),
            customer=np.full(n, self.code("customer", customer)), id_type=np.full(n, self.code("id_type", id_type)),
            city=np.full(n, city), home_region=np.full(n, city if home_region is None else home_region),
            home_cell=np.broadcast_to(home_cell, (n,)).copy(), work_cell=np.broadcast_to(work_cell, (n,)).copy(),
            persona=np.full(n, persona), subscriber=np.full(n, subscriber), life=np.full(n, life),
            group=np.full(n, group),
        )
        self.line_parts.append(part)
        idx = np.arange(self.n_lines, self.n_lines + n)
        self.n_lines += n
        return idx

    def freeze_lines(self):
        self.L = {k: np.concatenate([p[k] for p in self.line_parts]) for k in self.line_parts[0]}
        self.line_parts = [self.L]
        self.idk_val = np.concatenate(self.idk_parts)
        self.idk_parts = [self.idk_val]

    def add_accounts(self, idk, open_time, msisdn, bank=None, status="active") -> np.ndarray:
        n = len(idk)
        rng = self.rng
        if bank is None:
            bank = rng.integers(0, len(BANKS), n)
        num = 6200000000000000000 + rng.integers(0, 10**17, n) * 10 + rng.integers(0, 10, n)
        self.acct_parts.append(dict(num=num, idk=np.asarray(idk), bank=np.broadcast_to(bank, (n,)).copy(),
                                    open=np.broadcast_to(np.asarray(open_time, np.int64), (n,)).copy(),
                                    msisdn=np.broadcast_to(np.asarray(msisdn, np.int64), (n,)).copy(),
                                    status=np.full(n, self.code("acct_status", status))))
        i = np.arange(self.n_acct, self.n_acct + n)
        self.n_acct += n
        return i

    def freeze_accounts(self):
        self.A = {k: np.concatenate([p[k] for p in self.acct_parts]) for k in self.acct_parts[0]}
        self.acct_parts = [self.A]

    # ---- truth
    def label(self, etype, entities, role, gang, scheme, first_active):
        ent = np.asarray(entities)
        if not len(ent):
            return
        self.truth.append(dict(entity_type=np.full(len(ent), etype, dtype=object), entity=ent.astype(str).astype(object),
                               role=np.full(len(ent), role, dtype=object), gang_id=np.full(len(ent), gang, dtype=object),
                               scheme=np.full(len(ent), scheme, dtype=object),
                               first_active=np.broadcast_to(np.asarray(first_active, np.int64), (len(ent),)).copy()))

    def label_lines(self, lines, role, gang, scheme, first_active, imei_role=None, imsi=True, idk_role=None):
        L = self.L
        self.label("msisdn", L["msisdn"][lines], role, gang, scheme, first_active)
        fa = np.broadcast_to(np.asarray(first_active), (len(lines),))
        if imsi:
            has = L["imsi"][lines] > 0
            self.label("imsi", L["imsi"][lines][has], role, gang, scheme, fa[has])
        if imei_role:
            im, first = np.unique(L["imei"][lines], return_index=True)
            first, im = first[im > 0], im[im > 0]
            self.label("imei", im, imei_role, gang, scheme, np.broadcast_to(np.asarray(first_active), (len(lines),))[first])
        if idk_role:
            ik, first = np.unique(L["idk"][lines], return_index=True)
            self.label("id_key", self.idk_str(ik), idk_role, gang, scheme,
                       np.broadcast_to(np.asarray(first_active), (len(lines),))[first])

    def idk_str(self, idk):
        if len(self.idk_val) != self.n_idk:
            self.idk_val = np.concatenate(self.idk_parts)
            self.idk_parts = [self.idk_val]
        return np.char.add("ID", self.idk_val[idk].astype(str))

    def acct_str(self, a):
        return self.A["num"][a].astype(str)

    # ---- sampling helpers
    def hours(self, prof, n) -> np.ndarray:
        """Seconds within the day drawn from an hour profile (name or array of profile indices)."""
        u = self.rng.random(n)
        if isinstance(prof, str):
            cdf = HOUR_CDF[HOUR_NAMES.index(prof)]
            h = np.searchsorted(cdf, u * cdf[-1] * 0.999999)
        else:
            h = (HOUR_CDF[prof] < u[:, None]).sum(1)
        return np.minimum(h, 23) * 3600 + self.rng.integers(0, 3600, n)

    def cell_at(self, lines, secs, weekday) -> np.ndarray:
        L = self.L
        work = (secs > 9 * 3600) & (secs < 18 * 3600) & (weekday < 5)
        return np.where(work, L["work_cell"][lines], L["home_cell"][lines])


# --------------------------------------------------------------------------------------------- set-up

def build_cells(w: World):
    rng = w.rng
    names, lat, lon, region, site = [], [], [], [], []
    w.city_cells = {}
    w.special = {}
    for ci, (_key, name, code, la, lo, wt) in enumerate(CITIES):
        n = max(14, int(wt * 700))
        w.city_cells[ci] = np.arange(len(names), len(names) + n)
        for j in range(n):
            names.append(f"460-{code}-{j + 1:04d}")
        lat += list(la + rng.normal(0, .12, n))
        lon += list(lo + rng.normal(0, .12, n))
        region += [name] * n
        site += list(rng.choice(["macro", "small", "indoor"], n, p=[.7, .2, .1]))
    for sname, city, n, st in SPECIAL:
        ci = CITY_IDX[city]
        la, lo = CITIES[ci][3], CITIES[ci][4]
        if sname == "offshore":
            la, lo = 30.1, 122.9
        w.special[sname] = np.arange(len(names), len(names) + n)
        for j in range(n):
            names.append(f"460-{CITIES[ci][2]}-{sname[:3].upper()}{j + 1:02d}")
        lat += list(la + rng.normal(0, .03, n))
        lon += list(lo + rng.normal(0, .03, n))
        region += [CITIES[ci][1]] * n
        site += [st] * n
        w.city_cells[ci] = np.concatenate([w.city_cells[ci], w.special[sname]])
    w.cell_name = np.array(names, dtype=object)
    w.cell_lat, w.cell_lon = np.round(np.array(lat), 5), np.round(np.array(lon), 5)
    w.cell_region = np.array(region, dtype=object)
    w.cell_site = np.array(site, dtype=object)
    w.cell_city = np.zeros(len(names), np.int64)
    for ci, cells in w.city_cells.items():
        w.cell_city[cells] = ci


def build_population(w: World):
    """Ordinary people of the province: personas, lines, households, contacts, accounts."""
    rng = w.rng
    n = w.n_sub
    shares = np.array([p[1] for p in PERSONAS])
    pers = rng.choice(len(PERSONAS), n, p=shares / shares.sum())
    pers.sort(kind="stable")
    city_w = np.array([c[5] for c in CITIES])
    city = np.zeros(n, np.int64)
    home = np.zeros(n, np.int64)
    work = np.zeros(n, np.int64)
    for pi, p in enumerate(PERSONAS):
        m = np.flatnonzero(pers == pi)
        cw = city_w.copy()
        if p[0] in PERS_CITY:
            cw = np.zeros(len(CITIES))
            for k, v in PERS_CITY[p[0]].items():
                cw[CITY_IDX[k]] = v
        city[m] = rng.choice(len(CITIES), len(m), p=cw / cw.sum())
        for ci in range(len(CITIES)):
            mm = m[city[m] == ci]
            home[mm] = rng.choice(w.city_cells[ci], len(mm))
            work[mm] = rng.choice(w.city_cells[ci], len(mm))
        if p[0] in PERS_SPECIAL:
            sp = np.concatenate([w.special[s] for s in PERS_SPECIAL[p[0]]])
            pick = rng.random(len(m)) < .6
            work[m[pick]] = rng.choice(sp, pick.sum())
            city[m[pick]] = w.cell_city[work[m[pick]]]
            if p[0] == "student":
                home[m[pick]] = work[m[pick]]
    # households: consecutive people of one city share an id-holder address; family id keys differ
    order = np.lexsort((rng.random(n), city))
    hh = np.zeros(n, np.int64)
    sizes = rng.choice([1, 2, 3, 4, 5], n, p=[.2, .3, .25, .17, .08])
    bounds = np.cumsum(sizes)
    bounds = bounds[bounds < n]
    hh[order] = np.searchsorted(bounds, np.arange(n), side="right")
    # household members live in the first member's home cell (students and migrants keep their own)
    first = np.zeros(hh.max() + 1, np.int64)
    first[hh[order][::-1]] = order[::-1]
    keep = np.isin(pers, [PERS_IDX["student"], PERS_IDX["migrant"], PERS_IDX["foreign_trader"]])
    home = np.where(keep, home, home[first[hh]])
    # opening: most cards old; migrants, foreign traders and some students new
    open_t = START - rng.integers(120, 5000, n) * DAY + rng.integers(9 * 3600, 20 * 3600, n)
    newish = (pers == PERS_IDX["migrant"]) & (rng.random(n) < .25) | (pers == PERS_IDX["foreign_trader"]) & (rng.random(n) < .5)
    open_t = np.where(newish, START - rng.integers(3, 60, n) * DAY + rng.integers(9 * 3600, 20 * 3600, n), open_t)
    id_type = np.where(pers == PERS_IDX["foreign_trader"], "passport", "resident_id")
    idx = np.zeros(n, np.int64)
    for it in ("resident_id", "passport"):
        m = np.flatnonzero(id_type == it)
        if len(m):
            idx[m] = w.add_lines(len(m), 0, persona=-1, open_time=open_t[m], id_type=it, home_cell=home[m], work_cell=work[m],
                                 prepaid=rng.random(len(m)) < np.where(pers[m] == PERS_IDX["migrant"], .8, .25), life=True)
    w.pop = idx
    w.pop_extra = dict(pers=pers, city=city, home=home, work=work, hh=hh)
    # foreign traders' own foreign numbers (they keep them, called from and to home)
    ft = np.flatnonzero(pers == PERS_IDX["foreign_trader"])
    w.trader_country = rng.choice(TRADER_COUNTRIES, len(ft))
    w.trader_foreign = w.foreign_numbers(w.trader_country)
    w.trader_lines = idx[ft]
    # a pool of foreign numbers the province talks to (relatives abroad, buyers)
    fc = rng.choice(TRADER_COUNTRIES + ["IT", "ES", "US", "JP", "HK"], int(3000 * w.scale) + 50)
    w.foreign_pool = w.foreign_numbers(fc)
    w.foreign_pool_cc = fc


def finish_population(w: World):
    """After every line exists: persona and cells per line, contacts, accounts."""
    rng = w.rng
    L = w.L
    N = w.n_lines
    pers = L["persona"]
    pe = w.pop_extra
    pers[w.pop] = pe["pers"]
    L["city"][w.pop] = pe["city"]
    L["home_region"][w.pop] = pe["city"]
    life = np.flatnonzero(L["life"])
    w.life = life
    # contacts for every life line
    C = np.zeros((N, K), np.int64) - 1
    popl = w.pop
    hh = pe["hh"]
    # household slots: other members of the same household (or self-less random family in same city)
    o = np.argsort(hh, kind="stable")
    hs = hh[o]
    start = np.searchsorted(hs, hs, side="left")
    cnt = np.searchsorted(hs, hs, side="right") - start
    pos = np.empty(len(o), np.int64)
    pos[o] = np.arange(len(o))
    for s in range(2):
        r = (pos - start[pos] + 1 + s) % cnt[pos]
        mate = o[start[pos] + r]
        C[popl, s] = np.where(cnt[pos] > 1, popl[mate], -1)
    # colleagues: same work cell; neighbours: same home cell
    for slots, key in (((2, 3, 4, 5), pe["work"]), ((6, 7), pe["home"])):
        o = np.argsort(key, kind="stable")
        ks = key[o]
        st = np.searchsorted(ks, ks, side="left")
        ct = np.searchsorted(ks, ks, side="right") - st
        pos = np.empty(len(o), np.int64)
        pos[o] = np.arange(len(o))
        for s in slots:
            r = rng.integers(0, 1 << 30, len(o)) % ct[pos]
            C[popl, s] = popl[o[st[pos] + r]]
    C[popl, 8] = rng.choice(popl, len(popl))
    C[popl, 9] = rng.choice(popl, len(popl))
    # non-population life lines (look-alikes, gang members): contacts in their own city plus far
    other = life[~np.isin(life, popl)]
    for ci in range(len(CITIES)):
        m = other[L["city"][other] == ci]
        same = popl[pe["city"] == ci]
        if len(m):
            C[m, :8] = rng.choice(same, (len(m), 8))
            C[m, 8:] = rng.choice(popl, (len(m), 2))
    C = np.where(C < 0, rng.choice(popl, C.shape), C)
    # reciprocity: people these lines know have them among their own contacts (so they also receive calls)
    for j in range(8):
        C[C[other, j], 6 + j % 4] = other
    C = np.where(np.arange(N)[:, None] == C, rng.choice(popl, C.shape), C)
    w.C = C
    # persona for non-population life lines defaults to worker
    pers[(pers < 0) & L["life"]] = PERS_IDX["worker"]
    # accounts: one primary per life line (id holder), 30% a second; merchants and companies
    w.primary = np.full(N, -1, np.int64)
    a = w.add_accounts(L["idk"][life], np.minimum(L["open_time"][life], START - 30 * DAY) - rng.integers(0, 2000, len(life)) * DAY,
                       L["msisdn"][life])
    w.primary[life] = a
    sec = life[rng.random(len(life)) < .3]
    w.add_accounts(L["idk"][sec], START - rng.integers(30, 3000, len(sec)) * DAY, L["msisdn"][sec])
    # merchants' shop accounts (business licence holders) receive everyday payments
    nm = int(600 * w.scale) + 20
    bl = w.new_idk(nm)
    mcity = rng.choice(len(CITIES), nm, p=np.array([c[5] for c in CITIES]) / sum(c[5] for c in CITIES))
    w.merchant_acct = w.add_accounts(bl, START - rng.integers(100, 3000, nm) * DAY, np.zeros(nm, np.int64))
    w.merchant_city = mcity
    w.company_acct = w.add_accounts(w.new_idk(60), START - rng.integers(300, 3000, 60) * DAY, np.zeros(60, np.int64))
    w.pers_sets = {p[0]: popl[pe["pers"] == i] for i, p in enumerate(PERSONAS)}
    w.pers_sets["all"] = popl
    w.pers_sets["young"] = popl[np.isin(pe["pers"], [PERS_IDX[x] for x in ("student", "office", "worker", "ecom", "migrant")])]
    w.pers_sets["shoppers"] = popl[np.isin(pe["pers"], [PERS_IDX[x] for x in ("office", "worker", "homemaker", "student", "ecom")])]
    w.pers_sets["older"] = popl[np.isin(pe["pers"], [PERS_IDX[x] for x in ("elderly", "homemaker", "wenzhou_biz")])]
    w.pers_sets["business"] = popl[np.isin(pe["pers"], [PERS_IDX[x] for x in ("merchant", "wenzhou_biz", "ecom", "foreign_trader")])]
    for ci in range(len(CITIES)):
        w.pers_sets[f"city{ci}"] = popl[pe["city"] == ci]
    # service and enterprise numbers everybody calls sometimes (banks 400, hospitals, government)
    w.hotlines = w.new_numbers(np.full(40, 86 * 10**10 + 400 * 10**7, np.int64), 10**7)
    w.sms_senders = w.new_numbers(np.full(30, 1069 * 10**7, np.int64), 10**7)
    w.domain_ip = {}
    for dname, ip, _wt, _app in BENIGN_DOMAINS:
        w.domain_ip[dname] = ip
    w.dom_codes = w.codes("domain", [d[0] for d in BENIGN_DOMAINS])
    w.dom_ips = w.codes("ip", [d[1] for d in BENIGN_DOMAINS])
    w.dom_urls = w.codes("url", ["https://" + d[0] + "/" for d in BENIGN_DOMAINS])
    w.dom_apps = w.codes("app", [d[3] or None for d in BENIGN_DOMAINS])
    dw = np.array([d[2] for d in BENIGN_DOMAINS], float)
    w.dom_p = dw / dw.sum()
    w.life_apps = w.codes("app", LIFE_APPS)
    w.sms_content = w.codes("content", [s.replace("{code}", "") for s in SERVICE_SMS])


# --------------------------------------------------------------------------------------------- emitters

def emit_calls(w: World, t, caller, callee, dur, result, *, caller_line=None, callee_line=None, imei=None, imsi=None,
               ccell=None, ecell=None, roam=-1, ctype=None, media=None, gateway=-1, ring=None):
    """Voice records: numbers are int64; *_line are line indices (-1 when the party is not a subscriber line)."""
    n = len(t)
    L = w.L
    rng = w.rng
    if caller_line is not None:
        cl = np.asarray(caller_line)
        imei = L["imei"][cl] if imei is None else imei
        imsi = L["imsi"][cl] if imsi is None else imsi
    if callee_line is not None and ecell is None:
        el = np.asarray(callee_line)
        ecell = np.where(el >= 0, L["home_cell"][np.maximum(el, 0)], -1)
    if ctype is None:
        ctype = w.code("call_type", "mobile")
    if media is None:
        media = w.code("media", "voice")
    if ring is None:
        ring = np.where(dur > 0, rng.integers(2, 15, n), rng.integers(10, 45, n))
    w.add("voice", start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=result,
          caller_imei=0 if imei is None else imei, caller_imsi=0 if imsi is None else imsi,
          caller_cell=-1 if ccell is None else ccell, callee_cell=-1 if ecell is None else ecell,
          caller_roaming_country=roam, call_type=ctype, media=media, gateway=gateway)


def outcome(w: World, n, p_ans, mu, sigma):
    rng = w.rng
    u = rng.random(n)
    ans = u < p_ans
    res_codes = w.codes("result", ["answered", "no_answer", "busy", "rejected"])
    rest = rng.choice(3, n, p=[.7, .15, .15]) + 1
    res = np.where(ans, res_codes[0], res_codes[rest])
    dur = np.where(ans, np.maximum(1, np.exp(rng.normal(mu, sigma, n))).astype(np.int64), 0)
    return dur, res, ans


def emit_sms(w: World, t, sender, receiver, content, imei=0, cell=-1, roam=-1):
    w.add("sms", send_time=t, sender=sender, receiver=receiver, content=content, sender_imei=imei, sender_cell=cell,
          sender_roaming_country=roam)


def emit_transfers(w: World, t, fa, ta, amount, channel=None, initiated=0):
    if channel is None:
        channel = w.code("pay_channel", "mobile_app")
    w.add("transfers", time=t, from_account=fa, to_account=ta, amount=np.round(np.asarray(amount, float), 2),
          currency=w.code("currency", "CNY"), channel=channel, initiated_msisdn=initiated)


def emit_web(w: World, t, msisdn, domain, url, ip, nbytes, app=-1):
    w.add("web", time=t, msisdn=msisdn, domain=domain, url=url, ip=ip, bytes=nbytes, app=app)


def emit_app(w: World, t, msisdn, app, event, source=-1):
    w.add("apps", time=t, msisdn=msisdn, app=app, event=event, source_url=source)


def emit_device(w: World, t, lines, event, cell, nbytes=-1, roam=-1, imei=None):
    L = w.L
    w.add("device", time=t, msisdn=L["msisdn"][lines], imsi=L["imsi"][lines], imei=L["imei"][lines] if imei is None else imei,
          cell=cell, event=w.code("event", event), roaming_country=roam, bytes=nbytes)


# --------------------------------------------------------------------------------------------- ordinary life

def life_day(w: World, d: int):
    rng = w.rng
    L = w.L
    wd = (d % 7)
    day0 = START + d * DAY
    lines = w.life
    # lines that are offline today (fishermen at sea, look-alike schedules) are removed by the offline mask
    on = ~w.offline[lines, d] & (L["open_time"][lines] < day0)
    lines = lines[on]
    pers = L["persona"][lines]
    P = np.array([[p[2], p[3], p[4], p[5]] for p in PERSONAS])
    wk = .75 if wd >= 5 else 1.0
    prof = np.array([HOUR_NAMES.index(p[6]) for p in PERSONAS])[pers]
    strange = np.array([p[7] for p in PERSONAS])[pers]
    # calls
    nc = rng.poisson(P[pers, 0] * wk * w.boost[lines, d])
    cl = np.repeat(lines, nc)
    n = len(cl)
    secs = w.hours(np.repeat(prof, nc), n)
    t = day0 + secs
    slot = rng.choice(K, n, p=SLOT_P)
    ee = w.C[cl, slot]
    st = rng.random(n) < np.repeat(strange, nc)
    ee = np.where(st, rng.choice(w.pop, n), ee)
    ee = np.where(ee == cl, w.C[cl, 8], ee)
    hot = rng.random(n) < .04
    callee = np.where(hot, w.hotlines[rng.integers(0, len(w.hotlines), n)], L["msisdn"][ee])
    el = np.where(hot, -1, ee)
    dur, res, ans = outcome(w, n, np.where(st, .7, .88), 4.1, 1.05)
    video = (rng.random(n) < .05) & ~hot
    emit_calls(w, t, L["msisdn"][cl], callee, dur, res, caller_line=cl, callee_line=el,
               ccell=w.cell_at(cl, secs, wd), media=np.where(video, w.code("media", "video"), w.code("media", "voice")),
               ctype=np.where(hot, w.code("call_type", "fixed"), w.code("call_type", "mobile")))
    # sms among contacts and service sms
    ns = rng.poisson(P[pers, 1] * wk)
    sl = np.repeat(lines, ns)
    n = len(sl)
    secs = w.hours(np.repeat(prof, ns), n)
    rc = w.C[sl, rng.choice(K, n, p=SLOT_P)]
    emit_sms(w, day0 + secs, L["msisdn"][sl], L["msisdn"][rc], -1, L["imei"][sl], w.cell_at(sl, secs, wd))
    nsv = rng.poisson(.45, len(lines))
    rl = np.repeat(lines, nsv)
    n = len(rl)
    emit_sms(w, day0 + w.hours("life", n), w.sms_senders[rng.integers(0, len(w.sms_senders), n)], L["msisdn"][rl],
             w.sms_content[rng.integers(0, len(w.sms_content), n)])
    # device: first attach of the day, a move to work, data sessions
    t0 = day0 + rng.integers(6 * 3600, 8 * 3600 + 1800, len(lines))
    emit_device(w, t0, lines, "attach", L["home_cell"][lines])
    mv = (L["work_cell"][lines] != L["home_cell"][lines]) & (wd < 5) & (rng.random(len(lines)) < .8)
    ml = lines[mv]
    emit_device(w, day0 + rng.integers(8 * 3600, 9 * 3600 + 1800, len(ml)), ml, "location_update", L["work_cell"][ml])
    nd = rng.poisson(1.3, len(lines))
    dl = np.repeat(lines, nd)
    secs = w.hours("life", len(dl))
    emit_device(w, day0 + secs, dl, "data_session", w.cell_at(dl, secs, wd),
                nbytes=np.exp(rng.normal(15, 1.5, len(dl))).astype(np.int64))
    # web
    nw = rng.poisson(P[pers, 3] * wk)
    wl = np.repeat(lines, nw)
    n = len(wl)
    di = rng.choice(len(BENIGN_DOMAINS), n, p=w.dom_p)
    emit_web(w, day0 + w.hours(np.repeat(prof, nw), n), L["msisdn"][wl], w.dom_codes[di], w.dom_urls[di], w.dom_ips[di],
             np.exp(rng.normal(11, 1.4, n)).astype(np.int64), w.dom_apps[di])
    # app use (and the odd install)
    na = rng.poisson(.35, len(lines))
    al = np.repeat(lines, na)
    n = len(al)
    inst = rng.random(n) < .03
    emit_app(w, day0 + w.hours("life", n), L["msisdn"][al], w.life_apps[rng.integers(0, len(w.life_apps), n)],
             np.where(inst, w.code("app_event", "install"), w.code("app_event", "use")),
             np.where(inst, w.code("url", "https://appstore.huawei.com/"), -1))
    # payments: family and friends, shops, private transfers
    npay = rng.poisson(P[pers, 2] * wk)
    pl = np.repeat(lines, npay)
    n = len(pl)
    kind = rng.choice(3, n, p=[.3, .6, .1])
    fam = w.C[pl, rng.choice(K, n, p=SLOT_P)]
    to = np.where(kind == 1, w.merchant_acct[rng.integers(0, len(w.merchant_acct), n)], w.primary[fam])
    amt = np.where(kind == 1, np.exp(rng.normal(3.8, 1.1, n)), np.exp(rng.normal(6.0, 1.3, n)))
    emit_transfers(w, day0 + w.hours("life", n), w.primary[pl], to, np.round(amt, 0) + rng.integers(0, 100, n) / 100,
                   initiated=L["msisdn"][pl])
    # salaries on the 25th-equivalent day (day 6) and the monthly rent
    if d == 6:
        wl = lines[np.isin(pers, [PERS_IDX[x] for x in ("worker", "office", "ecom", "courier", "migrant", "driver")])]
        emit_transfers(w, day0 + rng.integers(9 * 3600, 12 * 3600, len(wl)), w.company_acct[rng.integers(0, 60, len(wl))],
                       w.primary[wl], np.round(np.exp(rng.normal(8.8, .4, len(wl))), 2), channel=w.code("pay_channel", "counter"))
    # foreign traders: calls home on their own foreign numbers are inbound roaming; they also get calls from abroad
    tl = w.trader_lines
    m = rng.random(len(tl)) < .5
    n = int(m.sum())
    if n:
        tt = day0 + w.hours("evening", n)
        dur, res, _ = outcome(w, n, .8, 5.0, 1.0)
        emit_calls(w, tt, w.foreign_pool[rng.integers(0, len(w.foreign_pool), n)], L["msisdn"][tl[m]], dur, res,
                   callee_line=tl[m], ctype=w.code("call_type", "intl_in"), gateway=w.code("gateway", "GW-INTL-HZ01"))


# --------------------------------------------------------------------------------------------- behaviour groups
# A group is a set of lines with behaviours (used by both gangs and benign look-alikes).


class Group:
    def __init__(self, w: World, name, lines, role, gang, scheme, *, start=0, stop=None, days_p=1.0, weekdays_only=False,
                 cellmode="home", den_cells=None, device="phone", roam=None, forwarded=False, gateway=None):
        self.w, self.name, self.lines = w, name, np.asarray(lines)
        self.role, self.gang, self.scheme = role, gang, scheme
        n = len(lines)
        rng = w.rng
        st = np.broadcast_to(np.asarray(start), (n,))
        sp = np.broadcast_to(np.asarray(w.nd if stop is None else stop), (n,))
        dd = np.arange(w.nd)
        act = (dd[None, :] >= st[:, None]) & (dd[None, :] < sp[:, None]) & (rng.random((n, w.nd)) < days_p)
        if weekdays_only:
            act &= (dd % 7 < 5)[None, :]
        self.active = act
        self.cellmode, self.den_cells, self.device = cellmode, den_cells, device
        self.roam = -1 if roam is None else w.code("country", roam)
        self.abroad = roam is not None and roam != "CN"
        self.fixed = bool((w.L["line_type"][self.lines] == w.code("line_type", "fixed")).all()) if hasattr(w, "L") and \
            len(self.lines) and self.lines.max() < len(w.L["line_type"]) else False
        if self.fixed:
            self.device = "none"
        self.forwarded = forwarded
        self.gateway = -1 if gateway is None else w.code("gateway", gateway)
        self.beh = []
        self.pools = {}
        self.log = []  # calls/sms made, for conversion (per day)

    def first_active(self):
        fd = np.where(self.active.any(1), self.active.argmax(1), self.w.nd - 1)
        return START + fd * DAY + 9 * 3600

    def cells(self, lines, d, n):
        w = self.w
        L = w.L
        if self.cellmode == "den":
            return np.full(n, self.den_cells[d])
        if self.cellmode == "move":  # a route of 6 cells of its city per line and day; each event at one of them
            if getattr(self, "route_day", -1) != d:
                city = L["city"][self.lines]
                self.route = np.zeros((len(self.lines), 6), np.int64)
                for ci in np.unique(city):
                    m = city == ci
                    self.route[m] = w.rng.choice(w.city_cells[ci], (m.sum(), 6))
                self.route_day = d
                self.order = np.argsort(self.lines, kind="stable")
            pos = self.order[np.searchsorted(self.lines[self.order], lines)]
            return self.route[pos, w.rng.integers(0, 6, n)]
        return L["home_cell"][lines]

    def targets(self, spec, src, n):
        """Callee/receiver: (numbers, line idx or -1)."""
        w = self.w
        rng = w.rng
        L = w.L
        if spec.startswith("pool"):
            size = int(spec.split(":")[1])
            base = spec.split(":")[2] if spec.count(":") > 1 else "all"
            if spec not in self.pools:
                self.pools[spec] = rng.choice(w.pers_sets[base], (len(self.lines), size))
            pos = np.searchsorted(self.lines, src) if np.all(np.diff(self.lines) > 0) else \
                np.argsort(self.lines)[np.searchsorted(np.sort(self.lines), src)]
            ln = self.pools[spec][pos, rng.integers(0, size, n)]
            return L["msisdn"][ln], ln
        if spec == "foreign":
            i = rng.integers(0, len(w.foreign_pool), n)
            return w.foreign_pool[i], np.full(n, -1)
        if spec == "contacts":
            ln = w.C[src, rng.choice(K, n, p=SLOT_P)]
            return L["msisdn"][ln], ln
        if spec == "group" and len(self.lines) > 1:  # another line of the group, never the caller itself
            order = np.sort(self.lines)
            pos = np.searchsorted(order, src)
            ln = order[(pos + rng.integers(1, len(order), n)) % len(order)]
            return L["msisdn"][ln], ln
        if spec in ("contacts", "group"):
            ln = w.C[src, rng.choice(K, n, p=SLOT_P)]
            return L["msisdn"][ln], ln
        if spec.startswith("num:"):
            nums = np.array([int(x) for x in spec[4:].split(",")], np.int64)
            return nums[rng.integers(0, len(nums), n)], np.full(n, -1)
        if spec.startswith("hot"):
            return w.hotlines[rng.integers(0, 5, n)], np.full(n, -1)
        ln = rng.choice(w.pers_sets[spec], n)
        return L["msisdn"][ln], ln

    def day(self, d):
        w = self.w
        rng = w.rng
        L = w.L
        act = self.active[:, d]
        lines = self.lines[act]
        day0 = START + d * DAY
        out = {}
        if not len(lines):
            return out
        wd = d % 7
        for b in self.beh:
            kind = b["kind"]
            rate = b.get("rate", 1.0) * (b.get("weekend", 1.0) if wd >= 5 else 1.0)
            if kind in ("call", "sms"):
                k = rng.poisson(rate, len(lines)) if not b.get("fixed") else np.full(len(lines), int(rate))
                src = np.repeat(lines, k)
                n = len(src)
                if not n:
                    continue
                secs = w.hours(b.get("hours", "life"), n)
                if b.get("burst"):  # calls in bursts: each line's calls packed after a start time
                    base = w.hours(b.get("hours", "life"), len(lines))
                    secs = np.minimum(np.repeat(base, k) + (rng.random(n) * b["burst"]).astype(np.int64), DAY - 1)
                t = day0 + secs
                num, ln = self.targets(b.get("target", "all"), src, n)
                cells = self.cells(src, d, n)
                imei = np.zeros(n, np.int64) if self.forwarded else L["imei"][src]
                if self.forwarded or self.abroad or self.fixed:
                    cells = np.full(n, -1)
                roam = self.roam
                if kind == "call":
                    dur, res, ans = outcome(w, n, b.get("p_ans", .8), b.get("mu", 4.0), b.get("sigma", 1.0))
                    ctype = w.code("call_type", b.get("ctype", "fixed" if self.fixed else "mobile"))
                    media = np.where(rng.random(n) < b.get("video", 0), w.code("media", "video"), w.code("media", "voice"))
                    emit_calls(w, t, L["msisdn"][src], num, dur, res, caller_line=src, callee_line=ln, imei=imei,
                               imsi=L["imsi"][src], ccell=cells, roam=roam, ctype=ctype, media=media, gateway=self.gateway)
                    out.setdefault("calls", []).append(dict(t=t, src=src, ln=ln, num=num, dur=dur, ans=ans))
                    # some people call back an unknown number that missed them
                    m = ~ans & (ln >= 0) & (rng.random(n) < b.get("p_callback", .06))
                    if m.any():
                        tb = t[m] + np.exp(rng.normal(np.log(1800), 1.0, m.sum())).astype(np.int64)
                        k2 = tb < w.end
                        cb, to = ln[m][k2], src[m][k2]
                        dur2, res2, _ = outcome(w, len(cb), b.get("p_ans_back", .75), 3.5, 1.0)
                        emit_calls(w, tb[k2], L["msisdn"][cb], L["msisdn"][to], dur2, res2, caller_line=cb, callee_line=to,
                                   ccell=L["home_cell"][cb], ecell=cells[m][k2])
                else:
                    cont = b.get("content", [-1])
                    cc = np.asarray(cont)[rng.integers(0, len(cont), n)]
                    emit_sms(w, t, L["msisdn"][src], num, cc, imei, cells, roam)
                    if b.get("click"):  # receivers who open the link in the message
                        p, wb = b["click"]
                        m = (ln >= 0) & (rng.random(n) < p)
                        di = rng.integers(0, len(wb["domains"]), m.sum())
                        tc = t[m] + rng.integers(20, 7200, m.sum())
                        emit_web(w, tc, L["msisdn"][ln[m]], np.asarray(wb["domains"])[di], np.asarray(wb["urls"])[di],
                                 np.asarray(wb["ips"])[di], np.exp(rng.normal(10, 1, m.sum())).astype(np.int64))
                    out.setdefault("sms", []).append(dict(t=t, src=src, ln=ln, num=num, content=cc))
            elif kind == "in_call":
                k = rng.poisson(rate, len(lines))
                dst = np.repeat(lines, k)
                n = len(dst)
                if not n:
                    continue
                t = day0 + w.hours(b.get("hours", "life"), n)
                num, ln = self.targets(b.get("source", "all"), dst, n)
                dur, res, _ = outcome(w, n, b.get("p_ans", .8), b.get("mu", 4.0), b.get("sigma", 1.0))
                media = np.where(rng.random(n) < b.get("video", 0), w.code("media", "video"), w.code("media", "voice"))
                ctype = w.code("call_type", b.get("ctype", "mobile"))
                if b.get("source") == "foreign":
                    emit_calls(w, t, num, L["msisdn"][dst], dur, res, callee_line=dst, ctype=ctype, media=media,
                               gateway=w.code("gateway", "GW-INTL-HZ01"))
                else:
                    emit_calls(w, t, num, L["msisdn"][dst], dur, res, caller_line=ln, callee_line=dst,
                               ccell=L["home_cell"][ln], media=media, ctype=ctype)
            elif kind == "in_sms":
                k = rng.poisson(rate, len(lines))
                dst = np.repeat(lines, k)
                n = len(dst)
                num, ln = self.targets(b.get("source", "all"), dst, n)
                emit_sms(w, day0 + w.hours(b.get("hours", "life"), n), num, L["msisdn"][dst], -1,
                         np.where(ln >= 0, L["imei"][np.maximum(ln, 0)], 0), np.where(ln >= 0, L["home_cell"][np.maximum(ln, 0)], -1))
            elif kind in ("pay_in", "pay_out"):
                k = rng.poisson(rate, len(lines))
                own = np.repeat(lines, k)
                n = len(own)
                if not n:
                    continue
                t = day0 + w.hours(b.get("hours", "life"), n)
                src = b.get("source", "all")
                if src == "merchants":
                    other = w.merchant_acct[rng.integers(0, len(w.merchant_acct), n)]
                    oline = np.zeros(n, np.int64)
                else:
                    _, ln = self.targets(src, own, n)
                    other = w.primary[ln]
                    oline = L["msisdn"][ln]
                acct = w.primary[own]
                amt = np.maximum(np.round(np.exp(rng.normal(b.get("mu", 5.0), b.get("sigma", 1.0), n)), b.get("round", 2)),
                                 10.0 ** -b.get("round", 2))
                if kind == "pay_in":
                    emit_transfers(w, t, other, acct, amt, initiated=oline)
                    fw = b.get("forward")
                    if fw:  # pass money on (pools, changers, OTC): fraction, delay log-mean seconds, target
                        m = rng.random(n) < fw[0]
                        t2 = t[m] + np.exp(rng.normal(fw[1], .8, m.sum())).astype(np.int64)
                        _, ln2 = self.targets(fw[2], own[m], int(m.sum()))
                        keep = t2 < w.end
                        emit_transfers(w, t2[keep], acct[m][keep], w.primary[ln2][keep],
                                       np.round(amt[m][keep] * rng.uniform(.97, 1.0, keep.sum()), 2),
                                       initiated=L["msisdn"][own[m][keep]])
                else:
                    emit_transfers(w, t, acct, other, amt, initiated=L["msisdn"][own])
            elif kind == "web":
                k = rng.poisson(rate, len(lines))
                own = np.repeat(lines, k)
                n = len(own)
                di = rng.integers(0, len(b["domains"]), n)
                dom = np.asarray(b["domains"])[di]
                emit_web(w, day0 + w.hours(b.get("hours", "life"), n), L["msisdn"][own], dom,
                         np.asarray(b["urls"])[di], np.asarray(b["ips"])[di],
                         np.exp(rng.normal(10, 1.2, n)).astype(np.int64), b.get("app", -1))
            elif kind == "app":
                k = rng.poisson(rate, len(lines))
                own = np.repeat(lines, k)
                n = len(own)
                first = self.active[:, :d].sum(1)[act] == 0
                fl = lines[first]
                ap = np.asarray(b["apps"])
                emit_app(w, day0 + w.hours("life", len(fl)), L["msisdn"][fl], ap[rng.integers(0, len(ap), len(fl))],
                         w.code("app_event", "install"), b.get("source", -1))
                emit_app(w, day0 + w.hours(b.get("hours", "life"), n), L["msisdn"][own], ap[rng.integers(0, len(ap), n)],
                         w.code("app_event", "use"))
            elif kind == "data":
                k = rng.poisson(rate, len(lines))
                own = np.repeat(lines, k)
                n = len(own)
                emit_device(w, day0 + w.hours(b.get("hours", "flat"), n), own, "data_session",
                            np.full(n, -1) if self.abroad else self.cells(own, d, n),
                            nbytes=np.exp(rng.normal(b.get("mu", 9), 1.0, n)).astype(np.int64), roam=self.roam)
        # device presence of non-life lines (gang phones, gateways, IoT)
        if self.device in ("phone", "goip", "iot") and not L["life"][lines].any():
            n = len(lines)
            emit_device(w, day0 + rng.integers(7 * 3600, 9 * 3600, n), lines, "attach" if self.device != "iot" else "power_on",
                        self.cells(lines, d, n), roam=self.roam)
            if self.device == "phone":
                k = rng.poisson(.6, n)
                own = np.repeat(lines, k)
                emit_device(w, day0 + w.hours("flat", len(own)), own, "data_session", self.cells(own, d, len(own)),
                            nbytes=np.exp(rng.normal(12, 1.5, len(own))).astype(np.int64), roam=self.roam)
        for k in out:
            out[k] = {c: np.concatenate([x[c] for x in out[k]]) for c in out[k][0]}
        return out


def B(kind, **kw):
    kw["kind"] = kind
    return kw


# --------------------------------------------------------------------------------------------- laundering


class MuleNet:
    """Layer-1 personal accounts (sold identities; some old, some slow), layer 2, exits to OTC dealers."""

    def __init__(self, w: World, nid, sellers, n1, n2, nx, otc_lines):
        rng = w.rng
        self.w, self.nid = w, nid
        L = w.L
        n_old = int(n1 * .3)
        old_sellers = rng.choice(sellers, n_old, replace=False)
        new_sellers = rng.choice(sellers, n1 - n_old + n2)
        old = w.primary[old_sellers]  # sold long-held personal accounts
        n_new1 = n1 - n_old
        open_day = np.concatenate([rng.integers(-25, w.nd - 3, n_new1), rng.integers(-60, -5, n2)])  # layer 2 opened before
        new = w.add_accounts(L["idk"][new_sellers], START + open_day * DAY + rng.integers(9 * 3600, 16 * 3600, len(new_sellers)),
                             L["msisdn"][new_sellers])
        self.L1 = np.concatenate([old, new[: n1 - n_old]])
        self.L2 = new[n1 - n_old:]
        self.X = w.add_accounts(L["idk"][otc_lines], START - rng.integers(200, 900, nx) * DAY, L["msisdn"][otc_lines],
                                bank=rng.integers(0, len(BANKS), nx))
        self.slow = np.zeros(w.n_acct + 10, bool)
        self.slow[rng.choice(self.L1, max(1, len(self.L1) // 4), replace=False)] = True
        self.first = {}
        self.sellers = sellers

    def pick_l1(self, t):
        """A layer-1 account already open at time t (accounts open over time)."""
        w = self.w
        op = w.A["open"][self.L1]
        ok = op[None, :] < t[:, None] - 3600
        r = w.rng.random(ok.shape) * ok
        return self.L1[np.argmax(r, 1)]

    def flow(self, t, amt, l1):
        w = self.w
        rng = w.rng
        n = len(t)
        slow = self.slow[l1]
        d1 = np.where(slow, rng.integers(DAY, 3 * DAY, n), np.exp(rng.normal(np.log(900), .9, n))).astype(np.int64)
        t2 = t + d1
        l2 = self.L2[rng.integers(0, len(self.L2), n)]
        a2 = np.round(amt * rng.uniform(.985, 1.0, n), 2)
        k = t2 < w.end
        emit_transfers(w, t2[k], l1[k], l2[k], a2[k], initiated=w.A["msisdn"][l1[k]])
        t3 = t2 + np.exp(rng.normal(np.log(3600), .8, n)).astype(np.int64)
        x = self.X[rng.integers(0, len(self.X), n)]
        k3 = k & (t3 < w.end)
        emit_transfers(w, t3[k3], l2[k3], x[k3], np.round(a2[k3] * rng.uniform(.97, .995, k3.sum()), 2),
                       initiated=w.A["msisdn"][l2[k3]], channel=w.code("pay_channel", "third_party"))
        for arr, tt in ((l1, t), (l2[k], t2[k]), (x[k3], t3[k3])):
            for a, ti in zip(*np.unique(arr, return_index=True), strict=True):
                self.first[int(a)] = min(self.first.get(int(a), 1 << 62), int(tt[ti]))

    def label(self):
        w = self.w
        used = np.array(sorted(self.first), np.int64)
        if len(used):
            w.label("account", w.acct_str(used), "mule_account", self.nid, "laundering",
                    np.array([self.first[int(a)] for a in used], np.int64))


# --------------------------------------------------------------------------------------------- gangs

FRAUD_TLD = [".top", ".xyz", ".cc", ".vip", ".icu", ".shop", ".club", ".site"]


class Gang:
    def __init__(self, w: World, gid, scheme, ftype, net: MuleNet):
        self.w, self.gid, self.scheme, self.ftype, self.net = w, gid, scheme, ftype, net
        self.groups: list[Group] = []
        self.victims: dict[int, int] = {}
        self.web = None
        self.app = None
        self.resources = []  # (etype, value, role)
        self.conv = None
        self.members = np.zeros(0, np.int64)

    def resource_domains(self, names, ips, paths=("/",)):
        w = self.w
        urls = [("http://" if n[0].isdigit() else "https://") + n + p for n, p in zip(names, np.resize(np.array(paths), len(names)), strict=True)]
        self.web = dict(domains=w.codes("domain", names), ips=w.codes("ip", ips), urls=w.codes("url", urls))
        for n in names:
            self.resources.append(("domain", n, "fraud_domain"))
        for ip in dict.fromkeys(ips):
            self.resources.append(("ip", ip, "fraud_domain"))
        for u in urls:
            self.resources.append(("url", u, "fraud_domain"))
        return urls

    def resource_app(self, pkg, url):
        w = self.w
        self.app = dict(app=w.code("app", pkg), src=w.code("url", url))
        self.resources.append(("app", pkg, "fraud_app"))
        self.resources.append(("url", url, "fraud_domain"))

    def journey(self, v, t0, caller_line, pay, d):
        """Victims v (line idx) contacted at t0 by caller_line (or -1): visits, installs, payments, laundering."""
        w = self.w
        rng = w.rng
        L = w.L
        if not len(v):
            return
        keep = np.array([int(x) not in self.victims for x in v], bool) & (w.primary[v] >= 0) & ~w.is_seller[v]
        v, t0, caller_line = v[keep], t0[keep], caller_line[keep]
        v, first = np.unique(v, return_index=True)
        t0, caller_line = t0[first], caller_line[first]
        n = len(v)
        if not n:
            return
        if self.web is not None:
            nv = 1 + rng.poisson(pay.get("visits", 2), n)
            vv = np.repeat(np.arange(n), nv)
            tv = t0[vv] + rng.integers(60, pay.get("visit_span", 3 * 3600), len(vv))
            di = rng.integers(0, len(self.web["domains"]), len(vv))
            k = tv < w.end
            emit_web(w, tv[k], L["msisdn"][v[vv[k]]], self.web["domains"][di[k]], self.web["urls"][di[k]],
                     self.web["ips"][di[k]], np.exp(rng.normal(11, 1, k.sum())).astype(np.int64))
        if self.app is not None:
            ti = t0 + rng.integers(300, 2400, n)
            k = ti < w.end
            emit_app(w, ti[k], L["msisdn"][v[k]], self.app["app"], w.code("app_event", "install"), self.app["src"])
            emit_app(w, ti[k] + rng.integers(60, 600, k.sum()), L["msisdn"][v[k]], self.app["app"], w.code("app_event", "use"))
        if pay.get("legit_app"):  # a mainstream meeting app's screen sharing, used on half of the victims
            m = rng.random(n) < .5
            ti = t0[m] + rng.integers(120, 1200, m.sum())
            k = ti < w.end
            emit_app(w, ti[k], L["msisdn"][v[m][k]], w.code("app", pay["legit_app"]), w.code("app_event", "install"),
                     w.code("url", "https://appstore.huawei.com/"))
        # rebates first (brushing): the gang pays small sums to build trust
        if pay.get("rebate"):
            tr = t0 + rng.integers(1800, 3 * 3600, n)
            k = tr < w.end
            emit_transfers(w, tr[k], self.net.L2[rng.integers(0, len(self.net.L2), k.sum())], w.primary[v[k]],
                           np.round(rng.uniform(15, 90, k.sum()), 2), initiated=0, channel=w.code("pay_channel", "third_party"))
        kpay = 1 + np.minimum(rng.poisson(pay.get("lam", 1.0), n), pay.get("kmax", 4) - 1)
        tt = t0 + np.exp(rng.normal(np.log(pay.get("gap", 1800)), .6, n)).astype(np.int64)
        base = np.exp(rng.normal(np.log(pay.get("amount", 5000)), pay.get("sigma", .6), n))
        allt, alla, allv = [], [], []
        for i in range(pay.get("kmax", 4)):
            m = (kpay > i) & (tt < w.end)
            if not m.any():
                break
            amt = np.round(base[m] * pay.get("growth", 1.5) ** i, -1 if base.mean() > 2000 else 0) + rng.integers(0, 9, m.sum())
            allt.append(tt[m])
            alla.append(amt)
            allv.append(v[m])
            tt = tt + np.exp(rng.normal(np.log(pay.get("gap", 1800)), .6, n)).astype(np.int64)
        if not allt:
            for x in v:
                self.victims.setdefault(int(x), -1)
            return
        pt, pa_, pv = np.concatenate(allt), np.concatenate(alla), np.concatenate(allv)
        l1 = self.net.pick_l1(pt)
        init = L["msisdn"][pv]
        if pay.get("takeover"):  # credentials stolen: the gang initiates from its own lines
            gl = np.concatenate([g.lines for g in self.groups if g.role != "gang_member"])
            init = L["msisdn"][rng.choice(gl, len(pt))]
        emit_transfers(w, pt, w.primary[pv], l1, pa_, initiated=init)
        self.net.flow(pt, pa_, l1)
        w.events.append(dict(victim=L["msisdn"][pv], time=pt, amount=pa_, to_account=w.acct_str(l1)))
        paid = np.unique(pv)
        for x in v:
            self.victims.setdefault(int(x), -1)
        first_pay = {}
        for vv_, tt_ in zip(pv, pt, strict=True):
            first_pay[int(vv_)] = min(first_pay.get(int(vv_), 1 << 62), int(tt_))
        for x in paid:
            self.victims[int(x)] = first_pay[int(x)]
        # victim call-backs to the caller
        cl = caller_line
        m = (cl >= 0) & (rng.random(n) < .35)
        if m.any():
            tb = t0[m] + rng.integers(600, 4 * 3600, m.sum())
            k = tb < w.end
            vm, cm = v[m][k], cl[m][k]
            dur, res, _ = outcome(w, len(vm), .8, 4.5, .8)
            emit_calls(w, tb[k], L["msisdn"][vm], L["msisdn"][cm], dur, res, caller_line=vm, callee_line=cm,
                       ccell=L["home_cell"][vm])
        # reports: a share of paying victims report within days; banks report some layer-1 accounts
        loss = {}
        for vv_, a_ in zip(pv, pa_, strict=True):
            loss[int(vv_)] = loss.get(int(vv_), 0) + float(a_)
        rp = paid[rng.random(len(paid)) < pay.get("p_report", .35)]
        if len(rp):
            tr = np.array([first_pay[int(x)] for x in rp]) + rng.integers(3 * 3600, 4 * DAY, len(rp))
            k = tr < w.end
            rp, tr = rp[k], tr[k]
        if len(rp):
            pos = {int(x): i for i, x in enumerate(v)}
            cls = np.array([cl[pos[int(x)]] for x in rp], np.int64)
            src = rng.choice(["police", "user_report"], len(rp), p=[.6, .4])
            ls = np.array([loss[int(x)] for x in rp])
            w.reports.append(dict(time=tr, entity_type=np.full(len(rp), "msisdn", object), entity=L["msisdn"][rp].astype(str).astype(object),
                                  label=np.full(len(rp), "victim", object), fraud_type=np.full(len(rp), self.ftype, object),
                                  loss_amount=ls, source=src.astype(object)))
            hc = cls >= 0
            if hc.any():
                w.reports.append(dict(time=tr[hc] + 600, entity_type=np.full(hc.sum(), "msisdn", object),
                                      entity=L["msisdn"][cls[hc]].astype(str).astype(object),
                                      label=np.full(hc.sum(), "fraud", object), fraud_type=np.full(hc.sum(), self.ftype, object),
                                      loss_amount=ls[hc], source=src[hc].astype(object)))
            acc = l1[np.isin(pv, rp)][:max(1, len(rp) // 2)]
            ta = np.full(len(acc), tr.max() + 900)
            k = ta < w.end
            w.reports.append(dict(time=ta[k], entity_type=np.full(k.sum(), "account", object), entity=w.acct_str(acc[k]).astype(object),
                                  label=np.full(k.sum(), "fraud", object), fraud_type=np.full(k.sum(), self.ftype, object),
                                  loss_amount=np.full(k.sum(), np.nan), source=np.full(k.sum(), "bank", object)))

    def convert_calls(self, calls, p, min_dur, pay, d):
        if not calls:
            return
        rng = self.w.rng
        m = calls["ans"] & (calls["dur"] >= min_dur) & (calls["ln"] >= 0) & (rng.random(len(calls["t"])) < p)
        self.journey(calls["ln"][m], calls["t"][m] + calls["dur"][m], calls["src"][m], pay, d)

    def convert_sms(self, sms, p_click, p_pay, pay, d):
        """SMS receivers click (web visit) with p_click; of those, p_pay go on to install and pay."""
        w = self.w
        if not sms:
            return
        rng = w.rng
        L = w.L
        m = (sms["ln"] >= 0) & (rng.random(len(sms["t"])) < p_click)
        cl, tc, src = sms["ln"][m], sms["t"][m] + rng.integers(30, 3600, m.sum()), sms["src"][m]
        if self.web is not None and len(cl):
            di = rng.integers(0, len(self.web["domains"]), len(cl))
            k = tc < w.end
            emit_web(w, tc[k], L["msisdn"][cl[k]], self.web["domains"][di[k]], self.web["urls"][di[k]], self.web["ips"][di[k]],
                     np.exp(rng.normal(10, 1, k.sum())).astype(np.int64))
        pm = rng.random(len(cl)) < p_pay
        self.journey(cl[pm], tc[pm], np.full(pm.sum(), -1) if not pay.get("caller") else src[pm], pay, d)

    def label(self):
        w = self.w
        L = w.L
        for g in self.groups:
            fa = g.first_active()
            if g.role == "gang_member":
                w.label_lines(g.lines, "gang_member", self.gid, self.scheme, fa, imei_role="gang_member", idk_role="gang_member")
                acc = np.flatnonzero(np.isin(w.A["idk"], L["idk"][g.lines]))  # the members' own bank accounts
                acc = acc[~np.isin(acc, np.concatenate([n.X for n in w.nets]))]  # (OTC exits are mule accounts)
                w.label("account", w.acct_str(acc), "gang_member", self.gid, self.scheme, fa.min())
                continue
            if not L["subscriber"][g.lines].any():
                w.label("msisdn", L["msisdn"][g.lines], g.role, self.gid, self.scheme, fa)
                im, first = np.unique(L["imei"][g.lines], return_index=True)
                w.label("imei", im, "fraud_caller", self.gid, self.scheme, fa[first])
                continue
            imei_role = "simbox_device" if g.role == "simbox_sim" else g.role
            w.label_lines(g.lines, g.role, self.gid, self.scheme, fa, imei_role=None if g.forwarded else imei_role)
        for et, val, role in dict.fromkeys(self.resources):
            w.label(et, np.array([val]), role, self.gid, self.scheme, START)
        vic = np.array([k for k, v in self.victims.items() if v >= 0], np.int64)
        if len(vic):
            w.label("msisdn", L["msisdn"][vic], "victim", self.gid, self.scheme,
                    np.array([self.victims[int(k)] for k in vic], np.int64))


def rand_label(w: World, n, k=6):
    a = w.rng.integers(0, 36, (n, k))
    chars = np.array(list("abcdefghijklmnopqrstuvwxyz0123456789"))
    return ["".join(r) for r in chars[a]]


def sc(w: World, n, lo=3):
    """A gang's size at this province size, varied by seed (x0.8-1.25)."""
    return max(lo, int(round(n * w.scale * w.rng.uniform(.8, 1.25))))


def plan_gangs(w: World):
    """Lines of gangs, their members and the card sellers (added before contacts and accounts are built)."""
    rng = w.rng
    L = w.L
    P = {}
    pe = w.pop_extra
    stu = w.pop[pe["pers"] == PERS_IDX["student"]]
    eld = w.pop[pe["pers"] == PERS_IDX["elderly"]]
    ns = sc(w, 110, 30)
    sellers = np.concatenate([rng.choice(stu, ns // 2, replace=False), rng.choice(eld, ns - ns // 2, replace=False)])
    P["sellers"] = sellers
    sidk = L["idk"][sellers]
    nd = w.nd

    def sold(n, per=3):
        return np.repeat(rng.choice(sidk, -(-n // per)), per)[:n]

    def opened(start_day, lo=.2, hi=2.5):
        start_day = np.asarray(start_day)
        return START + start_day * DAY - (rng.uniform(lo, hi, len(start_day)) * DAY).astype(np.int64)

    def imeis(n, per, tacs=PHONE_TACS):
        return np.repeat(w.new_imei(-(-n // per), tacs), per)[:n]

    def members(key, n, city, cell):
        P[key + "_members"] = w.add_lines(n, CITY_IDX[city], life=True, home_cell=cell, work_cell=cell)

    def rot(n, span, per_batch):
        """Rotating lines: each used for `span` days, batches starting through the period."""
        starts = np.sort(rng.integers(0, nd - 1, n))
        return starts, np.minimum(starts + span, nd)

    # G01 fake e-commerce customer service refund, loud, rotating new cards from sold ids, a Wenzhou flat
    n = sc(w, 36, 12)
    st, sp = rot(n, rng.integers(2, 4, n), 6)
    den = rng.choice(w.city_cells[CITY_IDX["WZ"]])
    P["g01"] = w.add_lines(n, CITY_IDX["WZ"], idk=sold(n, 3), open_time=opened(st), imei=imeis(n, 3), home_cell=den, prepaid=True)
    P["g01_win"] = (st, sp)
    members("g01", 3, "WZ", den)
    # G02 brushing job: SMS from a few phones with many cards, then chat app and rebates
    n = sc(w, 12, 6)
    st, sp = rot(n, rng.integers(3, 6, n), 4)
    P["g02"] = w.add_lines(n, CITY_IDX["JH"], idk=sold(n, 4), open_time=opened(st), imei=imeis(n, 6), prepaid=True)
    P["g02_win"] = (st, sp)
    members("g02", 2, "JH", rng.choice(w.city_cells[CITY_IDX["JH"]]))
    # G03 cancel-your-campus-loan: virtual-operator cards bought in bulk through one agent
    n = sc(w, 15, 6)
    agent = w.code("channel", "VNO-AGENT-JH-0088")
    t_open = START + rng.integers(2, 4) * DAY + rng.integers(10 * 3600, 12 * 3600, n)
    P["g03"] = w.add_lines(n, CITY_IDX["HZ"], virtual=True, idk=sold(n, 5), open_time=t_open, imei=imeis(n, 2), channel=agent,
                           prepaid=True, home_cell=rng.choice(w.city_cells[CITY_IDX["HZ"]]))
    members("g03", 2, "HZ", rng.choice(w.city_cells[CITY_IDX["HZ"]]))
    # G04 sextortion after video chat: a handful of lines, late evening video calls
    n = sc(w, 6, 4)
    P["g04"] = w.add_lines(n, CITY_IDX["TZ"], virtual=True, idk=sold(n, 2), open_time=START - rng.integers(5, 40, n) * DAY,
                           imei=imeis(n, 2))
    members("g04", 2, "TZ", w.L["home_cell"][P["g04"][0]] if False else rng.choice(w.city_cells[CITY_IDX["TZ"]]))
    # G05 fake game-account trading: quiet, internet-first
    n = sc(w, 4, 3)
    P["g05"] = w.add_lines(n, CITY_IDX["JX"], idk=sold(n, 2), open_time=START - rng.integers(20, 120, n) * DAY, imei=imeis(n, 1))
    members("g05", 2, "JX", rng.choice(w.city_cells[CITY_IDX["JX"]]))
    # G06 impersonating police through a home relay (tool person in a rented Jinhua flat)
    n = sc(w, 8, 8)
    flat = rng.choice(w.city_cells[CITY_IDX["JH"]][:-20])
    P["g06"] = w.add_lines(n, CITY_IDX["JH"], idk=sold(n, 2), open_time=START + 1 * DAY - rng.integers(1, 5, n) * DAY,
                           imei=imeis(n, n, GOIP_TACS), home_cell=flat, prepaid=True)
    members("g06", 1, "JH", flat)  # the tool person
    P["g06_flat"] = flat
    P["g06_abroad"] = w.foreign_numbers(rng.choice(["PH", "KH", "MM"], sc(w, 10, 6)))
    # G07 procuratorate impersonation through call forwarding of sold cards (phones off, forwarded legs)
    n = sc(w, 20, 8)
    P["g07"] = w.add_lines(n, CITY_IDX["QZ"], idk=sold(n, 1), open_time=START - rng.integers(2, 30, n) * DAY, prepaid=False)
    members("g07", 2, "QZ", rng.choice(w.city_cells[CITY_IDX["QZ"]]))
    # G08 roaming cards of Hong Kong and Macau used inside the province
    n = sc(w, 12, 5)
    cc = rng.choice(["HK", "MO"], n, p=[.7, .3])
    nums = w.foreign_numbers(cc)
    P["g08"] = w.add_lines(n, CITY_IDX["JX"], numbers=nums, subscriber=False, imei=imeis(n, 2), idk=sold(n, 6),
                           open_time=START - 90 * DAY)
    members("g08", 2, "JX", rng.choice(w.city_cells[CITY_IDX["JX"]]))
    # G09 pig-butchering investment: few lines, weeks of chat, escalating payments
    n = sc(w, 8, 4)
    P["g09"] = w.add_lines(n, CITY_IDX["WZ"], idk=sold(n, 2), open_time=START - rng.integers(20, 60, n) * DAY, imei=imeis(n, 4))
    members("g09", 3, "WZ", rng.choice(w.city_cells[CITY_IDX["WZ"]]))
    # G10 SIM-box / GOIP den moving between flats (fake loans)
    n = sc(w, 32, 16)
    P["g10"] = w.add_lines(n, CITY_IDX["TZ"], idk=sold(n, 2), open_time=START + 2 * DAY - rng.integers(1, 4, n) * DAY,
                           imei=imeis(n, 16, GOIP_TACS), prepaid=True)
    flats = np.concatenate([rng.choice(w.city_cells[CITY_IDX["TZ"]], 3), rng.choice(w.city_cells[CITY_IDX["WZ"]], 2)])
    P["g10_den"] = flats[(np.arange(nd) // 3) % len(flats)]
    members("g10", 2, "TZ", flats[0])
    # G11 SMS blasting with links to fresh domains, IP literals and APKs; account takeover
    n = sc(w, 24, 8)
    st, sp = rot(n, rng.integers(2, 5, n), 6)
    P["g11"] = w.add_lines(n, CITY_IDX["HZ"], idk=sold(n, 3), open_time=opened(st), imei=imeis(n, 8), prepaid=True)
    P["g11_win"] = (st, sp)
    members("g11", 2, "HZ", rng.choice(w.city_cells[CITY_IDX["HZ"]]))
    # G12 the quiet gang: many old sold cards, a few calls per line per day, spread over cities
    n = sc(w, 100, 30)
    cities = rng.choice([CITY_IDX[c] for c in ("LS", "QZ", "JH", "WZ", "TZ")], n)
    idx = []
    ids = sold(n, 1)
    for ci in np.unique(cities):
        m = np.flatnonzero(cities == ci)
        idx.append(w.add_lines(len(m), ci, idk=ids[m], open_time=START - rng.integers(30, 300, len(m)) * DAY, prepaid=False))
    P["g12"] = np.concatenate(idx)
    members("g12", 2, "LS", rng.choice(w.city_cells[CITY_IDX["LS"]]))
    # G13 AI face-swap video calls impersonating a boss or relative (new cards, short video calls, instant transfers)
    n = sc(w, 5, 3)
    P["g13"] = w.add_lines(n, CITY_IDX["HZ"], virtual=True, idk=sold(n, 5), open_time=START + 5 * DAY - rng.integers(1, 3, n) * DAY,
                           imei=imeis(n, 5), prepaid=True)
    members("g13", 2, "HZ", rng.choice(w.city_cells[CITY_IDX["HZ"]]))
    # the card-selling ring's brokers and the OTC dealers at the end of the laundering chains
    members("ring", 2, "HZ", rng.choice(w.special["xiasha"]))
    members("otc", 4, "WZ", rng.choice(w.city_cells[CITY_IDX["WZ"]]))
    return P


def make_gangs(w: World, P) -> list[Gang]:
    rng = w.rng
    nd = w.nd
    sellers = P["sellers"]
    otc = P["otc_members"]
    netA = MuleNet(w, "ZJ9-ML1", sellers, sc(w, 40, 12), sc(w, 12, 4), 2, otc[:2])
    netB = MuleNet(w, "ZJ9-ML2", sellers, sc(w, 30, 10), sc(w, 10, 4), 2, otc[2:])
    w.nets = [netA, netB]
    gangs = []
    jit = lambda: rng.uniform(.8, 1.25)  # noqa: E731

    def gang(gid, scheme, ftype, net, member_key):
        g = Gang(w, gid, scheme, ftype, net)
        gm = Group(w, "members", P[member_key + "_members"], "gang_member", gid, scheme)
        gm.beh = [B("call", rate=3, target="group", mu=4.5, hours="life")]
        g.groups.append(gm)
        g.members = gm.lines
        g.steps = []
        gangs.append(g)
        return g

    def dom(base_words, k, tld=None, ip_prefix="47.243"):
        names = [f"{rng.choice(base_words)}-{s}{tld or rng.choice(FRAUD_TLD)}" for s in rand_label(w, k, 4)]
        ips = [f"{ip_prefix}.{a}.{b}" for a, b in rng.integers(1, 254, (k, 2))]
        return names, ips

    # G01
    g = gang("ZJ9-G01", "fake_ecommerce_refund", "customer_service", netA, "g01")
    st, sp = P["g01_win"]
    grp = Group(w, "callers", P["g01"], "fraud_caller", g.gid, g.scheme, start=st, stop=sp, cellmode="home")
    grp.beh = [B("call", rate=70 * jit(), target="shoppers", p_ans=.38, mu=3.4, sigma=1.3, hours="fraud")]
    g.groups.append(grp)
    names, ips = dom(["tb-tuikuan", "kf-lipei", "jd-refund", "pdd-kefu"], 3)
    g.resource_domains(names, ips, ["/refund", "/lipei", "/kf"])
    g.resource_app("com.screen.assist.helper", f"http://{ips[0]}/assist.apk")
    g.steps.append((grp, "calls", dict(p=.06, min_dur=150, pay=dict(kmax=4, lam=1.4, amount=6000, growth=1.6, gap=1500, visits=2,
                                                                           legit_app="com.tencent.wemeet.app"))))
    # G02
    g = gang("ZJ9-G02", "brushing_job", "part_time_job", netB, "g02")
    st, sp = P["g02_win"]
    grp = Group(w, "sms", P["g02"], "fraud_sms_sender", g.gid, g.scheme, start=st, stop=sp, cellmode="move")
    names, ips = dom(["jianzhi", "shuadan", "rw-dianzan", "dz-task"], 4, ip_prefix="154.39")
    urls = g.resource_domains(names, ips, ["/join", "/reg?c=88", "/task"])
    cont = w.codes("content", [f"【兼职】手机点赞日结200-800元，宝妈学生可做，详情{u}" for u in urls] +
                   [f"您好，招聘线上助理，每单佣金5%-15%，{u} 回T退订" for u in urls])
    grp.beh = [B("sms", rate=220 * jit(), target="young", content=list(cont), hours="fraud"),
               B("call", rate=2, target="young", p_ans=.6, mu=4.0, hours="fraud")]
    g.groups.append(grp)
    g.resource_app("com.xiaoliao.task.chat", f"https://{names[0]}/xl.apk")
    g.steps.append((grp, "sms", dict(p_click=.02, p_pay=.25, pay=dict(kmax=5, lam=2.5, amount=300, growth=2.3, gap=3 * 3600,
                                                                      rebate=True, visits=4, sigma=.5))))
    # G03
    g = gang("ZJ9-G03", "cancel_campus_loan", "loan", netA, "g03")
    grp = Group(w, "callers", P["g03"], "fraud_caller", g.gid, g.scheme, start=4, days_p=.85, cellmode="home")
    grp.beh = [B("call", rate=28 * jit(), target="student", p_ans=.5, mu=4.2, sigma=1.2, hours="fraud")]
    g.groups.append(grp)
    names, ips = dom(["xyd-zhuxiao", "campus-credit", "zx-fuwu"], 2, ip_prefix="103.117")
    g.resource_domains(names, ips, ["/cancel", "/verify"])
    g.steps.append((grp, "calls", dict(p=.09, min_dur=300, pay=dict(kmax=3, lam=1.2, amount=12000, growth=1.3, gap=2400))))
    # G04
    g = gang("ZJ9-G04", "sextortion_video", "romance", netB, "g04")
    grp = Group(w, "video", P["g04"], "fraud_caller", g.gid, g.scheme, days_p=.9, cellmode="home")
    grp.beh = [B("call", rate=5 * jit(), target="young", p_ans=.55, mu=5.2, sigma=.7, hours="late", video=.85)]
    g.groups.append(grp)
    names, ips = dom(["liaoliao", "yuehui-live", "ml-chat"], 2, ip_prefix="156.251")
    g.resource_domains(names, ips, ["/dl", "/room"])
    g.resource_app("com.liaoyue.live.video", f"https://{names[0]}/ly.apk")
    g.steps.append((grp, "calls", dict(p=.22, min_dur=120, pay=dict(kmax=3, lam=1.5, amount=5000, growth=1.8, gap=5400))))
    g.platforms = ("momo", "tantan")
    # G05
    g = gang("ZJ9-G05", "fake_game_trading", "other", netB, "g05")
    grp = Group(w, "contact", P["g05"], "fraud_caller", g.gid, g.scheme, days_p=.7)
    grp.beh = [B("call", rate=1.5, target="student", p_ans=.6, mu=4.5, hours="evening")]
    g.groups.append(grp)
    g.resource_domains(["jiaoyimao-vip.com", "pxb7-trade.cn"], ["47.57.3.19", "47.57.3.21"], ["/order", "/pay"])
    g.steps.append((grp, "direct", dict(rate=.8 * w.scale + .2, target="student", pay=dict(kmax=3, lam=1.0, amount=800, growth=1.7, gap=3600, visits=3))))
    g.platforms = ("qq", "jiaoyimao")
    # G06
    g = gang("ZJ9-G06", "police_home_relay", "impersonate_police", netA, "g06")
    grp = Group(w, "relay", P["g06"], "simbox_sim", g.gid, g.scheme, start=1, days_p=.9, cellmode="home", device="goip")
    grp.beh = [B("call", rate=11 * jit(), target="older", p_ans=.55, mu=5.8, sigma=1.1, hours="fraud")]
    g.groups.append(grp)
    g.relay_in = P["g06_abroad"]
    names, ips = dom(["zj-gaj-anquan", "spp-qingcha", "safe-zhanghu"], 2, ip_prefix="45.207")
    g.resource_domains(names, ips, ["/case", "/check"])
    g.steps.append((grp, "calls", dict(p=.07, min_dur=900, pay=dict(kmax=3, lam=.9, amount=70000, growth=1.2, gap=7200, p_report=.5))))
    # G07
    g = gang("ZJ9-G07", "procuratorate_call_forwarding", "impersonate_police", netA, "g07")
    grp = Group(w, "forwarded", P["g07"], "fraud_caller", g.gid, g.scheme, start=rng.integers(0, 9, len(P["g07"])), days_p=.75,
                forwarded=True, device="none", gateway="CFW-ZJ-02")
    grp.beh = [B("call", rate=14 * jit(), target="older", p_ans=.5, mu=5.4, sigma=1.1, hours="fraud")]
    g.groups.append(grp)
    g.steps.append((grp, "calls", dict(p=.05, min_dur=600, pay=dict(kmax=2, lam=.8, amount=45000, growth=1.3, gap=5400, p_report=.45))))
    # G08
    g = gang("ZJ9-G08", "hk_macau_roaming_loan", "loan", netB, "g08")
    grp = Group(w, "roamers", P["g08"], "fraud_caller", g.gid, g.scheme, start=rng.integers(0, 6, len(P["g08"])), days_p=.85,
                cellmode="move", roam="CN")
    grp.beh = [B("call", rate=40 * jit(), target="business", p_ans=.45, mu=3.9, sigma=1.1, hours="fraud")]
    g.groups.append(grp)
    names, ips = dom(["hk-daikuan", "ao-credit"], 2, ip_prefix="43.129")
    g.resource_domains(names, ips, ["/apply"])
    g.steps.append((grp, "calls", dict(p=.05, min_dur=240, pay=dict(kmax=3, lam=1.0, amount=3000, growth=1.8, gap=3600))))
    # G09
    g = gang("ZJ9-G09", "pig_butchering_investment", "investment", netB, "g09")
    grp = Group(w, "chat", P["g09"], "fraud_caller", g.gid, g.scheme, days_p=.8)
    grp.beh = [B("call", rate=1.2, target="business", p_ans=.9, mu=6.0, sigma=.6, hours="evening", video=.3)]
    g.groups.append(grp)
    g.resource_domains(["hx-globaltrade.com", "38.47.121.9", "app.hxgt-fx.vip"], ["38.47.121.9", "38.47.121.9", "38.47.121.10"],
                       ["/login", "/", "/deposit"])
    g.resource_app("com.hx.globaltrade", "http://38.47.121.9/hxgt.apk")
    g.steps.append((grp, "direct", dict(rate=.6 * w.scale + .15, target="business", video=True,
                                         pay=dict(kmax=5, lam=3.5, amount=3000, growth=2.4, gap=2.5 * DAY, visits=10,
                                                  visit_span=8 * DAY, p_report=.25))))
    g.platforms = ("wechat", "telegram")
    # G10
    g = gang("ZJ9-G10", "goip_den_fake_loan", "loan", netA, "g10")
    grp = Group(w, "goip", P["g10"], "simbox_sim", g.gid, g.scheme, start=3, stop=nd - rng.integers(0, 3), days_p=.9,
                cellmode="den", den_cells=P["g10_den"], device="goip")
    names, ips = dom(["dk-sudai", "xiaoe-dai", "wx-jiekuan"], 3, ip_prefix="103.45")
    urls = g.resource_domains(names, ips, ["/a", "/b"])
    cont = w.codes("content", [f"【惠民贷】您有一笔5万额度待领取，年化3.6%，点击{u} 领取" for u in urls])
    grp.beh = [B("call", rate=95 * jit(), target="all", p_ans=.3, mu=3.1, sigma=1.2, hours="fraud", burst=5 * 3600),
               B("sms", rate=25, target="all", content=list(cont), hours="fraud")]
    g.groups.append(grp)
    grp.reg = (5, ("douyin", "kuaishou", "xianyu", "taobao", "qq", "momo"))
    g.steps.append((grp, "calls", dict(p=.025, min_dur=180, pay=dict(kmax=3, lam=1.3, amount=2500, growth=1.6, gap=3000))))
    # G11
    g = gang("ZJ9-G11", "sms_blast_apk_takeover", "other", netB, "g11")
    st, sp = P["g11_win"]
    grp = Group(w, "blaster", P["g11"], "fraud_sms_sender", g.gid, g.scheme, start=st, stop=sp, cellmode="move")
    wild = [f"{s}.etc-renzheng.top" for s in rand_label(w, 6, 5)] + [f"{s}.zjyb-tuifei.xyz" for s in rand_label(w, 4, 5)]
    ipl = [f"103.97.{a}.{b}" for a, b in rng.integers(1, 254, (3, 2))]
    names = wild + ipl + ["etc-renzheng.top", "zjyb-tuifei.xyz"]
    ips = list(rng.choice(ipl, len(wild))) + ipl + list(rng.choice(ipl, 2))
    urls = g.resource_domains(names, ips, ["/etc", "/yb", "/apk/etc.apk", "/login"])
    cont = w.codes("content", [f"【ETC服务】您的ETC已失效，请及时认证 {u}" for u in urls[:6]] +
                   [f"【医保】您有一笔医保退费待领取 {u}" for u in urls[6:]])
    grp.beh = [B("sms", rate=380 * jit(), target="all", content=list(cont), hours="flat")]
    g.groups.append(grp)
    g.resource_app("com.etc.renzheng.apk", f"http://{ipl[0]}/apk/etc.apk")
    g.steps.append((grp, "sms", dict(p_click=.012, p_pay=.3, pay=dict(kmax=2, lam=.8, amount=4000, growth=1.5, gap=1200,
                                                                       takeover=True, p_report=.5))))
    # G12
    g = gang("ZJ9-G12", "quiet_many_old_cards", "other", netA, "g12")
    grp = Group(w, "quiet", P["g12"], "fraud_caller", g.gid, g.scheme, start=rng.integers(0, nd // 2, len(P["g12"])), days_p=.6,
                cellmode="home")  # each card kept in its own place
    grp.beh = [B("call", rate=3, target="older", p_ans=.62, mu=4.6, sigma=1.0, hours="life")]
    g.groups.append(grp)
    g.steps.append((grp, "calls", dict(p=.035, min_dur=300, pay=dict(kmax=2, lam=.7, amount=11000, growth=1.4, gap=4000))))
    # G13
    g = gang("ZJ9-G13", "ai_faceswap_video_acquaintance", "acquaintance", netB, "g13")
    grp = Group(w, "faceswap", P["g13"], "fraud_caller", g.gid, g.scheme, start=5, days_p=.8)
    grp.beh = [B("call", rate=2, target="business", p_ans=.6, mu=3.6, sigma=.5, video=.9, hours="office")]
    g.groups.append(grp)
    g.steps.append((grp, "direct", dict(rate=.5 * w.scale + .2, target="business", video=True, dur_mu=4.0, hours="office",
                                         pay=dict(kmax=2, lam=.4, amount=40000, growth=1.0, gap=600, sigma=.7, p_report=.6))))
    # the card-selling ring: brokers call the sellers; sellers are labelled card_seller (their id keys and own lines)
    g = gang("ZJ9-R01", "card_selling_ring", "other", netA, "ring")
    br = Group(w, "brokers", P["ring_members"], "gang_member", g.gid, g.scheme)
    g.groups[0].beh = [B("call", rate=6, target=f"pool:{len(sellers)}:all", mu=4.0, hours="life"),
                       B("sms", rate=4, target="group")]
    g.groups[0].pools[f"pool:{len(sellers)}:all"] = np.broadcast_to(sellers, (len(P["ring_members"]), len(sellers)))
    del br
    g = gang("ZJ9-OTC", "otc_exit", "other", netB, "otc")
    g.groups[0].beh = [B("call", rate=4, target="group", mu=4.0)]
    return gangs


def gang_day(w: World, g: Gang, d: int):
    rng = w.rng
    L = w.L
    outs = {id(grp): grp.day(d) for grp in g.groups}
    for grp, kind, spec in g.steps:
        out = outs[id(grp)]
        if kind == "calls":
            calls = out.get("calls")
            if calls and hasattr(g, "relay_in"):
                # the relay receives the overseas leg a few seconds before each outbound call
                n = len(calls["t"])
                dur = np.where(calls["dur"] > 0, calls["dur"] + rng.integers(20, 60, n), rng.integers(15, 50, n))
                emit_calls(w, calls["t"] - rng.integers(3, 15, n), g.relay_in[rng.integers(0, len(g.relay_in), n)],
                           L["msisdn"][calls["src"]], dur, w.codes("result", ["answered"])[np.zeros(n, int)],
                           callee_line=calls["src"], ctype=w.code("call_type", "intl_in"), gateway=w.code("gateway", "GW-INTL-FZ03"))
            g.convert_calls(calls, spec["p"], spec["min_dur"], spec["pay"], d)
        elif kind == "sms":
            g.convert_sms(out.get("sms"), spec["p_click"], spec["p_pay"], spec["pay"], d)
        elif kind == "direct":
            lines = grp.lines[grp.active[:, d]]
            nv = rng.poisson(spec["rate"])
            if not nv or not len(lines):
                continue
            v = rng.choice(w.pers_sets[spec["target"]], nv)
            src = rng.choice(lines, nv)
            t0 = START + d * DAY + w.hours(spec.get("hours", "evening"), nv)
            dur = np.exp(rng.normal(spec.get("dur_mu", 6.2), .5, nv)).astype(np.int64)
            media = w.code("media", "video") if spec.get("video") else w.code("media", "voice")
            emit_calls(w, t0, L["msisdn"][src], L["msisdn"][v], dur, w.code("result", "answered"), caller_line=src,
                       callee_line=v, ccell=L["home_cell"][src], media=media)
            g.journey(v, t0 + dur, src, spec["pay"], d)


# --------------------------------------------------------------------------------------------- benign look-alikes

def lookalike_kinds(w: World):
    """Each kind: n lines, city, line options, group options, behaviours, extra labels. Rates are per line per day."""
    c = w.code
    cs = lambda *xs: list(w.codes("content", xs))  # noqa: E731

    def web(*doms):
        names = [x[0] for x in doms]
        ips = [x[1] for x in doms]
        urls = [("http://" if x[0][0].isdigit() else "https://") + x[0] + x[2] for x in doms]
        return dict(domains=list(w.codes("domain", names)), ips=list(w.codes("ip", ips)), urls=list(w.codes("url", urls)),
                    res=[("domain", n) for n in names] + [("ip", i) for i in ips] + [("url", u) for u in urls])

    jy = web(("jiaoyimao.com", "47.98.21.7", "/goods"), ("pxb7.com", "121.40.18.33", "/buy"))
    classfee = web(("jf.zjedu-pay.cn", "115.236.5.41", "/class/pay"))
    hosp = web(("yy.zy91.cn", "115.236.9.12", "/appt"))
    mkt = web(("m.yinzuo-sale.top", "47.96.230.17", "/?s=zj"))
    job = web(("job.jhrc-zp.cn", "122.226.44.10", "/post"))
    house = web(("fang.nbhouse-zs.cn", "60.190.2.81", "/list"))
    dev = web(("47.96.12.201", "47.96.12.201", "/api"), ("test-build.xyz", "47.96.12.202", "/"), ("118.31.5.77", "118.31.5.77", "/dl/app.apk"))
    crypto = web(("okx.com", "47.245.9.101", "/trade"), ("binance.com", "13.225.103.12", "/"))
    stock = web(("10jqka.com.cn", "115.236.111.5", "/"), ("eastmoney.com", "101.227.69.6", "/"))
    remote = [c("app", "com.oray.sunlogin"), c("app", "com.anydesk.anydeskandroid"), c("app", "com.tencent.wemeet.app")]
    K_ = []

    def k(name, n, city, beh, line=None, grp=None, labels=(), res=(), hook=None):
        K_.append(dict(name=name, n=max(3, int(round(n * max(w.scale, .25) * w.rng.uniform(.8, 1.25)))), city=city, beh=beh, line=line or {}, grp=grp or {},
                       labels=labels, res=list(res), hook=hook))

    k("yiwu_foreign_trader", 14, "JH", [B("call", rate=25, target="merchant", p_ans=.75, mu=4.2),
                                        B("in_call", rate=4, source="foreign", ctype="intl_in", mu=5),
                                        B("call", rate=2, target="foreign", ctype="intl_out", mu=5),
                                        B("pay_out", rate=7, source="merchants", mu=8.5)],
      line=dict(new=(2, 30), id_type="passport", cell="yiwu_market"), grp=dict(cellmode="move"), labels=("acct", "idk"))
    k("yiwu_supplier_many_buyers", 12, "JH", [B("in_call", rate=10, source="foreign", ctype="intl_in", mu=4.6),
                                              B("call", rate=15, target="business", mu=4.0),
                                              B("pay_in", rate=12, source="foreign_trader", mu=8.2)],
      line=dict(cell="yiwu_market"), labels=("acct",))
    k("ecom_cs_agent", 20, "HZ", [B("call", rate=55, target="shoppers", p_ans=.55, mu=3.6, hours="office", weekend=.4),
                                  B("sms", rate=30, target="shoppers", content=cs("【杭州某旗舰店】亲，您的订单已发货，如有问题请联系在线客服。"))],
      line=dict(customer="enterprise", id_type="business_license", per_id=20, cell="binjiang_callcentre"), labels=("idk",))
    k("ecom_refund_agent", 10, "JH", [B("call", rate=35, target="shoppers", p_ans=.6, mu=4.5, hours="office"),
                                      B("pay_out", rate=15, target="shoppers", mu=3.5, sigma=.8)],
      line=dict(cell="yiwu_market"), labels=("acct",))
    k("livestream_host", 10, "HZ", [B("pay_in", rate=160, source="young", mu=2.4, sigma=1.2, hours="evening", round=0),
                                    B("pay_out", rate=2, target="contacts", mu=8.5)], labels=("acct",))
    k("courier_tonglu", 15, "HZ", [B("call", rate=60, target="all", p_ans=.72, mu=2.8, sigma=.8, hours="flat"),
                                   B("sms", rate=40, target="all", content=cs("【中通快递】您的快递已到小区驿站，请及时领取。"))],
      line=dict(cell="tonglu_hub"), grp=dict(cellmode="move"))
    k("ridehail_driver", 12, "HZ", [B("call", rate=14, target="all", p_ans=.8, mu=3.2, sigma=.7, hours="night")],
      grp=dict(cellmode="move"))
    k("insurance_telemarketer", 14, "NB", [B("call", rate=110, target="all", p_ans=.3, mu=3.5, sigma=1.3, hours="office")],
      line=dict(customer="enterprise", id_type="business_license", per_id=14), grp=dict(weekdays_only=True), labels=("idk",))
    k("bank_card_telemarketer", 10, "HZ", [B("call", rate=90, target="young", p_ans=.35, mu=3.8, sigma=1.2, hours="office")],
      line=dict(customer="enterprise", id_type="business_license", per_id=10), grp=dict(weekdays_only=True), labels=("idk",))
    k("debt_collector", 10, "HZ", [B("call", rate=45, target="pool:60:young", p_ans=.35, mu=4.3, hours="office"),
                                   B("sms", rate=20, target="pool:60:young", content=cs("【某消费金融】您的借款已逾期，请尽快还款，退订回T"))],
      line=dict(customer="enterprise", id_type="business_license", per_id=10), labels=("idk",))
    k("census_survey_caller", 10, "LS", [B("call", rate=40, target="elderly", p_ans=.6, mu=5.0, hours="office")],
      line=dict(line_type="fixed", customer="enterprise", id_type="business_license", per_id=10), grp=dict(weekdays_only=True),
      labels=("idk",))
    k("teacher_class_fee_link", 12, "SX", [B("sms", rate=45, fixed=True, target="pool:45:all",
                                               content=cs("【班级通知】各位家长，本学期班费请通过 https://jf.zjedu-pay.cn/class/pay 缴纳"), click=(.5, classfee))],
      grp=dict(days_p=.25), res=classfee["res"])
    k("hospital_reminder_line", 6, "HZ", [B("sms", rate=300, target="all", content=cs("【浙一医院】您预约的门诊明日就诊，详情 https://yy.zy91.cn/appt"), click=(.15, hosp)),
                                          B("call", rate=40, target="all", p_ans=.6, mu=3.0, hours="office")],
      line=dict(line_type="fixed", customer="enterprise", id_type="business_license", per_id=6), labels=("idk",), res=hosp["res"])
    k("property_agent", 15, "NB", [B("call", rate=35, target="all", p_ans=.5, mu=3.8),
                                   B("sms", rate=20, target="all", content=cs("【宁波房产】新盘开售，点击 https://fang.nbhouse-zs.cn/list 退订回T"), click=(.03, house))],
      res=house["res"])
    k("migrant_new_card_jobhunt", 20, "JX", [B("call", rate=18, target="all", p_ans=.5, mu=3.8)],
      line=dict(open_day=(0, 14), cell="industrial_park", persona="migrant"), labels=("idk",))
    k("wenzhou_family_money_pool", 15, "WZ", [B("pay_in", rate=6, source="pool:12:wenzhou_biz", mu=10, sigma=.8,
                                                 forward=(.85, np.log(2400), "pool:12:wenzhou_biz"))],
      line=dict(persona="wenzhou_biz"), labels=("acct",))
    k("wenzhou_private_lender", 8, "WZ", [B("pay_out", rate=3, target="pool:40:business", mu=10.5),
                                          B("pay_in", rate=6, source="pool:40:business", mu=9),
                                          B("call", rate=15, target="pool:40:business", mu=4.5)],
      line=dict(persona="wenzhou_biz"), labels=("acct",))
    k("yiwu_money_changer", 8, "JH", [B("pay_in", rate=20, source="foreign_trader", mu=9, forward=(.9, np.log(1200), "merchant"))],
      line=dict(cell="yiwu_market"), labels=("acct",))
    k("legit_otc_dealer", 6, "HZ", [B("pay_in", rate=15, source="young", mu=8.5, forward=(.8, np.log(3000), "all"))],
      labels=("acct",), res=crypto["res"])
    k("small_shop_qr_payments", 20, "QZ", [B("pay_in", rate=80, source="all", mu=3.3, sigma=1.0)], labels=("acct",))
    k("returnee_new_card", 12, "WZ", [B("call", rate=20, target="contacts", p_ans=.85, mu=5.0),
                                      B("in_call", rate=2, source="foreign", ctype="intl_in", mu=5.5)],
      line=dict(open_day=(2, 12), persona="wenzhou_biz"), hook="boost_start")
    k("family_shared_phone", 30, "HU", [], line=dict(per_imei=3))
    k("dual_sim_business", 12, "TZ", [B("call", rate=10, target="business", mu=4.2)], line=dict(per_imei=2, per_id=2), labels=("idk",))
    k("logistics_tracker_iot", 40, "JH", [B("data", rate=30, mu=7)],
      line=dict(line_type="iot", customer="enterprise", id_type="business_license", per_id=40, tacs="iot", life=False,
                cell="jinhua_hub"), grp=dict(cellmode="move", device="iot"), labels=("idk",))
    k("pos_terminal_iot", 30, "HZ", [B("data", rate=20, mu=6)],
      line=dict(line_type="iot", customer="enterprise", id_type="business_license", per_id=30, tacs="iot", life=False),
      grp=dict(device="iot"), labels=("idk",))
    k("factory_gsm_gateway", 16, "JX", [B("call", rate=35, target="pool:50:city6", p_ans=.75, mu=4.0, hours="office")],
      line=dict(customer="enterprise", id_type="business_license", per_id=16, per_imei=8, tacs="goip", life=False,
                cell="industrial_park"), grp=dict(device="goip", weekdays_only=True), labels=("idk",))
    k("marketing_sms_mobile_line", 8, "HZ", [B("sms", rate=450, target="all", hours="office",
                                                content=cs("【银座商城】双十一会员专享5折，点击 https://m.yinzuo-sale.top/?s=zj 回T退订"), click=(.02, mkt))],
      line=dict(customer="enterprise", id_type="business_license", per_id=8, life=False), labels=("idk",), res=mkt["res"])
    k("it_helpdesk_remote_support", 8, "HZ", [B("call", rate=20, target="pool:80:office", p_ans=.85, mu=5.5, hours="office"),
                                              B("app", rate=6, apps=remote)],
      line=dict(cell="binjiang_callcentre"),
      res=[("app", "com.oray.sunlogin"), ("app", "com.anydesk.anydeskandroid")])
    k("fisherman_offline_burst", 15, "ZS", [], line=dict(persona="port_fisher", cell="shenjiamen_fish"), hook="fisher")
    k("campus_loan_student_real_lender", 20, "HZ", [B("call", rate=.6, target="hot"), B("app", rate=1, apps=[c("app", "com.fenqile.app")]),
                                                    B("web", rate=1, **{x: y for x, y in web(("fenqile.com", "106.75.5.21", "/")).items() if x != "res"})],
      line=dict(persona="student", cell="xiasha"))
    k("elderly_video_from_abroad", 15, "LS", [B("in_call", rate=1.2, source="foreign", ctype="intl_in", video=.8, mu=6.5, hours="evening")],
      line=dict(persona="elderly"))
    k("night_shift_worker", 15, "NB", [B("call", rate=4, target="contacts", mu=4.5, hours="night")],
      line=dict(cell="beilun_port"))
    k("recycled_number_new_owner", 12, "HZ", [B("in_call", rate=4, source="all", p_ans=.45, mu=2.5),
                                              B("in_sms", rate=2, source="all")],
      line=dict(new=(1, 12)))
    k("hk_macau_business_traveller", 10, "JX", [B("call", rate=12, target="business", p_ans=.8, mu=4.5)],
      line=dict(foreign=["HK", "MO"], life=False), grp=dict(cellmode="move", roam="CN"))
    k("freshman_new_card", 25, "HZ", [B("call", rate=10, target="pool:40:student", p_ans=.8, mu=4.2, hours="evening")],
      line=dict(open_day=(0, 6), persona="student", cell="xiaoheshan"))
    k("university_admissions_office", 6, "HZ", [B("call", rate=60, target="student", p_ans=.6, mu=4.5, hours="office")],
      line=dict(line_type="fixed", customer="enterprise", id_type="business_license", per_id=6), labels=("idk",))
    k("construction_foreman_payday", 8, "JX", [B("pay_out", rate=25, target="pool:40:migrant", mu=8.5, fixed=True)],
      line=dict(new=(3, 40)), grp=dict(days_p=.15), labels=("acct",))
    k("shaoxing_textile_wholesaler", 12, "SX", [B("call", rate=30, target="business", mu=4.2),
                                                B("in_call", rate=6, source="foreign", ctype="intl_in", mu=5),
                                                B("pay_in", rate=10, source="business", mu=9)],
      line=dict(cell="keqiao_textile"), labels=("acct",))
    k("hr_job_agency", 8, "JH", [B("call", rate=40, target="young", p_ans=.5, mu=4.5),
                                 B("sms", rate=60, target="young", content=cs("【金华人力】招聘普工，月薪6000-8000，包吃住 https://job.jhrc-zp.cn/post 回T退订"), click=(.03, job))],
      res=job["res"])
    k("antifraud_warning_line", 6, "HZ", [B("call", rate=50, target="older", p_ans=.55, mu=5.2, hours="office")],
      line=dict(line_type="fixed", customer="enterprise", id_type="business_license", per_id=6), labels=("idk",))
    k("bank_risk_callback", 6, "HZ", [B("call", rate=30, target="all", p_ans=.6, mu=4.5, hours="office")],
      line=dict(customer="enterprise", id_type="business_license", per_id=6), labels=("idk",))
    k("legit_game_trader", 12, "HZ", [B("web", rate=4, **{x: y for x, y in jy.items() if x != "res"}),
                                      B("pay_out", rate=2, target="student", mu=6.5), B("pay_in", rate=2, source="student", mu=6.5)],
      line=dict(persona="student", cell="xiasha"), labels=("acct",), res=jy["res"])
    k("dating_app_user_video", 15, "NB", [B("call", rate=3, target="young", video=.7, mu=5.5, hours="late"),
                                          B("app", rate=3, apps=[c("app", "com.immomo.momo"), c("app", "com.p1.mobile.putong")])])
    k("securities_advisor", 8, "HZ", [B("call", rate=25, target="pool:80:business", p_ans=.7, mu=5.5, hours="office"),
                                      B("web", rate=5, **{x: y for x, y in stock.items() if x != "res"})])
    k("crypto_hobbyist", 10, "HZ", [B("web", rate=5, **{x: y for x, y in crypto.items() if x != "res"}),
                                    B("pay_out", rate=.5, target="all", mu=8.5)], labels=("acct",))
    k("developer_ip_literal_apk", 10, "HZ", [B("web", rate=8, **{x: y for x, y in dev.items() if x != "res"}),
                                             B("app", rate=1, apps=[c("app", "com.zjdev.testbuild")], source=c("url", "http://118.31.5.77/dl/app.apk"))],
      line=dict(cell="binjiang_callcentre"), res=dev["res"] + [("app", "com.zjdev.testbuild")])
    k("sideload_apk_user", 15, "WZ", [B("app", rate=1, apps=[c("app", "com.coolapk.market"), c("app", "com.wandoujia.phoenix2")],
                                        source=c("url", "http://apk.wandoujia-dl.cn/market.apk"))],
      res=[("app", "com.coolapk.market"), ("app", "com.wandoujia.phoenix2")])
    k("traveller_in_southeast_asia", 10, "WZ", [B("call", rate=5, target="contacts", ctype="intl_out", mu=5), B("data", rate=6, mu=12)],
      line=dict(persona="wenzhou_biz"), grp=dict(stop=6, roam="TH", device="phone"), hook="abroad")
    k("foreign_student", 15, "HZ", [B("call", rate=1, target="foreign", ctype="intl_out", mu=6),
                                    B("in_call", rate=1, source="foreign", ctype="intl_in", mu=6, video=.5)],
      line=dict(new=(5, 60), id_type="passport", persona="student", cell="xiasha"), labels=("idk",))
    k("parcel_station_sms", 10, "JH", [B("sms", rate=150, target="pool:300:all", content=cs("【菜鸟驿站】凭取件码到驿站取件，营业至21点。"))])
    k("takeaway_rider", 15, "HZ", [B("call", rate=30, target="all", p_ans=.8, mu=2.5, sigma=.6)], grp=dict(cellmode="move"))
    k("village_cadre_notice", 8, "LS", [B("sms", rate=80, target="pool:120:elderly", fixed=True,
                                           content=cs("【村委会】城乡居民医保开始缴费，请于月底前缴纳。"))],
      grp=dict(days_p=.3), line=dict(persona="worker"))
    k("phone_repair_shop", 5, "WZ", [], hook="repair")
    k("second_hand_phone_dealer", 5, "TZ", [], hook="resale")
    k("fintech_callcentre", 30, "HZ", [B("call", rate=40, target="pool:200:young", p_ans=.6, mu=4.0, hours="office")],
      line=dict(customer="enterprise", id_type="business_license", per_id=30, cell="binjiang_callcentre"),
      grp=dict(weekdays_only=True), labels=("idk",))
    k("community_grid_worker", 10, "QZ", [B("call", rate=25, target="elderly", p_ans=.7, mu=4.5, hours="office")])
    k("one_agent_many_new_cards_legit", 20, "JH", [B("call", rate=6, target="contacts", mu=4.2)],
      line=dict(open_day=(3, 5), channel="JH-AGENT-YW-0211", prepaid=True), labels=("idk",))
    k("yiwu_export_agent_multi_sim", 8, "JH", [B("call", rate=20, target="merchant", mu=4.0),
                                               B("call", rate=3, target="foreign", ctype="intl_out", mu=5)],
      line=dict(per_imei=4, cell="yiwu_market"))
    k("long_idle_card_revived", 15, "LS", [B("call", rate=3, target="all", p_ans=.7, mu=4.5)],
      line=dict(persona="elderly"), grp=dict(start=9), hook="idle_first")
    k("virtual_operator_card_user", 15, "HZ", [B("call", rate=8, target="contacts", mu=4.3)],
      line=dict(virtual=True, new=(10, 200)))
    k("sales_rep_many_cities", 10, "HZ", [B("call", rate=30, target="business", p_ans=.65, mu=4.0, hours="office")],
      grp=dict(cellmode="move"))
    k("wedding_photographer_sms", 6, "WZ", [B("sms", rate=60, target="young", content=cs("【米兰婚纱】限时优惠套餐，预约送婚戒，退订回T")),
                                           B("call", rate=20, target="young", p_ans=.4, mu=3.8)])
    k("ecom_multi_shop_operator", 6, "JH", [B("call", rate=8, target="business", mu=4.0), B("pay_in", rate=20, source="shoppers", mu=4.5)],
      grp=dict(reg=(4, ("taobao", "pinduoduo", "douyin", "jd", "xianyu", "kuaishou"))), labels=("acct",))
    k("legit_investment_chat_group_admin", 6, "WZ", [B("call", rate=2, target="business", p_ans=.9, mu=6.0, video=.3, hours="evening"),
                                                     B("web", rate=5, **{x: y for x, y in stock.items() if x != "res"}),
                                                     B("pay_in", rate=1, source="business", mu=9)], labels=("acct",))
    return K_


def plan_lookalikes(w: World):
    rng = w.rng
    plans = []
    for kd in lookalike_kinds(w):
        n, ln = kd["n"], kd["line"]
        ci = CITY_IDX[kd["city"]]
        per_id = min(ln.get("per_id", 1), n)
        idk = np.repeat(w.new_idk(-(-n // per_id)), per_id)[:n]
        tacs = {"goip": GOIP_TACS, "iot": IOT_TACS}.get(ln.get("tacs"), PHONE_TACS)
        per_imei = ln.get("per_imei", 1)
        imei = np.repeat(w.new_imei(-(-n // per_imei), tacs), per_imei)[:n]
        start = 0
        if "new" in ln:
            ot = START - rng.integers(*ln["new"], n) * DAY + rng.integers(9 * 3600, 19 * 3600, n)
        elif "open_day" in ln:
            sd = rng.integers(*ln["open_day"], n) if ln["open_day"][1] > ln["open_day"][0] + 0 else np.full(n, ln["open_day"][0])
            sd = np.minimum(sd, w.nd - 2)
            ot = START + sd * DAY + rng.integers(9 * 3600, 17 * 3600, n)
            start = sd + 1
        else:
            ot = None
        cell = None
        if "cell" in ln:
            cell = rng.choice(w.special[ln["cell"]], n)
            ci = int(w.cell_city[cell[0]])
        numbers = w.foreign_numbers(rng.choice(ln["foreign"], n)) if "foreign" in ln else None
        chan = np.full(n, w.code("channel", ln["channel"])) if "channel" in ln else None
        idx = w.add_lines(n, ci, idk=idk, imei=imei, open_time=ot, line_type=ln.get("line_type", "mobile"),
                          customer=ln.get("customer", "personal"), id_type=ln.get("id_type", "resident_id"),
                          virtual=ln.get("virtual", False), numbers=numbers, subscriber="foreign" not in ln, channel=chan,
                          home_cell=cell, work_cell=cell, prepaid=ln.get("prepaid"),
                          life=ln.get("life", True) and ln.get("line_type") != "fixed")
        if ln.get("line_type") == "fixed":  # fixed lines: no SIM, no handset, no radio cell
            w.line_parts[-1]["imei"][:] = 0
            w.line_parts[-1]["imsi"][:] = 0
        plans.append((kd, idx, start))
    return plans


def make_lookalikes(w: World, plans):
    rng = w.rng
    L = w.L
    groups = []
    for kd, idx, start in plans:
        ln = kd["line"]
        if "persona" in ln:
            L["persona"][idx] = PERS_IDX[ln["persona"]]
        go = dict(kd["grp"])
        if np.any(np.asarray(start) > 0):
            go["start"] = np.maximum(start, go.get("start", 0))
        dev = go.pop("device", "phone")
        reg = go.pop("reg", None)
        g = Group(w, kd["name"], idx, "benign", "", kd["name"], device=dev, **go)
        g.beh = kd["beh"]
        g.kind = kd
        g.reg = reg
        # lines not yet open are offline in ordinary life
        L_open_day = (L["open_time"][idx] - START) // DAY
        dd = np.arange(w.nd)
        w.offline[idx] |= dd[None, :] < L_open_day[:, None]
        hook = kd["hook"]
        if hook == "fisher":  # at sea 3-6 days, out of coverage, then a burst of calls on return
            for line in idx:
                s = rng.integers(0, w.nd - 4)
                e = s + rng.integers(3, 7)
                w.offline[line, s:e] = True
                if e < w.nd:
                    w.boost[line, e] = 3.5
        elif hook == "boost_start":
            for j, line in enumerate(idx):
                s = int(max(0, L_open_day[j] + 1))
                w.boost[line, s:s + 2] = 4.0
        elif hook == "idle_first":
            w.offline[idx, :9] = True
        elif hook == "abroad":
            w.offline[idx, :6] = True
        groups.append(g)
    return groups


def lookalike_hooks_day(w: World, groups, d):
    """Devices shared by many SIMs in benign shops: repair shops test customers' SIMs in one phone; dealers resell phones."""
    rng = w.rng
    L = w.L
    for g in groups:
        hook = g.kind["hook"]
        if hook not in ("repair", "resale"):
            continue
        day0 = START + d * DAY
        for line in g.lines:
            city = L["city"][line]
            pool = w.pers_sets[f"city{city}"]
            n = rng.poisson(6 if hook == "repair" else 1)
            sims = rng.choice(pool, n)
            t = day0 + rng.integers(10 * 3600, 19 * 3600, n)
            emit_device(w, t, sims, "attach", np.full(n, L["home_cell"][line]), imei=np.full(n, L["imei"][line]))
            emit_device(w, t + rng.integers(60, 900, n), sims, "detach", np.full(n, L["home_cell"][line]), imei=np.full(n, L["imei"][line]))


def label_lookalikes(w: World, groups):
    L = w.L
    for g in groups:
        kd = g.kind
        fa = g.first_active()
        w.label_lines(g.lines, "benign", "", kd["name"], fa, imei_role="benign", imsi=bool(L["subscriber"][g.lines].all()),
                      idk_role="benign" if "idk" in kd["labels"] else None)
        if "acct" in kd["labels"]:
            a = w.primary[g.lines]
            a = a[a >= 0]
            w.label("account", w.acct_str(a), "benign", "", kd["name"], START)
        for et, val in dict.fromkeys(kd["res"]):
            w.label(et, np.array([val]), "benign", "", kd["name"], START)


# --------------------------------------------------------------------------------------------- accounts on platforms

PLATFORMS = [("wechat", "wxid_", .9), ("alipay", "2088", .85), ("taobao", "tb_", .6), ("douyin", "dy", .45), ("qq", "", .3)]


def internet_accounts(w: World, gangs, la_groups):
    rng = w.rng
    L = w.L
    parts = []
    life = w.life
    for name, _prefix, p in PLATFORMS:
        m = life[rng.random(len(life)) < p]
        t = np.minimum(L["open_time"][m] + rng.integers(1, 400, len(m)) * DAY, START - rng.integers(1, 30, len(m)) * DAY)
        t = np.where(L["open_time"][m] > START - DAY, L["open_time"][m] + rng.integers(3600, 2 * DAY, len(m)), t)
        parts.append((name, m, t, "", "", ""))
    for g in gangs:
        plats = getattr(g, "platforms", ())
        for grp in g.groups:
            if grp.role == "gang_member" or not L["subscriber"][grp.lines].any():
                continue
            fa = grp.first_active()
            for name in ("wechat", "qq") + tuple(plats):
                m = rng.random(len(grp.lines)) < (.5 if name in ("wechat", "qq") else .9)
                t = np.maximum(L["open_time"][grp.lines[m]] + rng.integers(600, 20 * 3600, m.sum()), fa[m] - 3 * DAY)
                parts.append((name, grp.lines[m], t, g.gid, grp.role, g.scheme))
    # bulk registrations (cat pools register accounts for others; benign shop operators run many shops)
    for grp in [x for g in gangs for x in g.groups] + list(la_groups):
        if not getattr(grp, "reg", None):
            continue
        mean, plats = grp.reg
        k = rng.poisson(mean, len(grp.lines)) * grp.active.any(1)
        ln = np.repeat(grp.lines, k)
        pos = np.repeat(np.arange(len(grp.lines)), k)
        days = (rng.random((len(pos), w.nd)) * grp.active[pos]).argmax(1)
        t = START + days * DAY + w.hours("flat", len(ln))
        plat = np.asarray(plats)[rng.integers(0, len(plats), len(ln))]
        for name in plats:
            m = plat == name
            parts.append((name, ln[m], t[m], grp.gang or "", grp.role, grp.scheme))
    rows = []
    for name, lines, t, gid, role, scheme in parts:
        n = len(lines)
        if not n:
            continue
        acc = np.char.add(f"{name[:2]}_", rng.integers(10**9, 10**10, n).astype(str))
        keep = t < w.end
        rows.append(dict(platform=np.full(keep.sum(), name, object), account=acc[keep].astype(object),
                         msisdn=L["msisdn"][lines][keep].astype(str).astype(object), register_time=t[keep]))
        if role:
            w.label("account", acc[keep], role, gid, scheme, t[keep])
    out = {k: np.concatenate([r[k] for r in rows]) for k in rows[0]}
    _, first = np.unique(out["account"].astype(str), return_index=True)
    first.sort()
    out = {k: v[first] for k, v in out.items()}
    out["status"] = np.full(len(out["account"]), "active", object)
    return out


# --------------------------------------------------------------------------------------------- writing

SCHEMA = {
    "voice": [("call_id", "id:V"), ("start_time", "time"), ("caller", "num"), ("callee", "num"), ("duration_s", "int"),
              ("ring_s", "int"), ("result", "voc:result"), ("caller_imei", "num"), ("caller_imsi", "num"), ("caller_cell", "cell"),
              ("callee_cell", "cell"), ("caller_roaming_country", "voc:country"), ("call_type", "voc:call_type"),
              ("media", "voc:media"), ("gateway", "voc:gateway")],
    "sms": [("sms_id", "id:S"), ("send_time", "time"), ("sender", "num"), ("receiver", "num"), ("content", "voc:content"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", "voc:country")],
    "device": [("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"), ("event", "voc:event"),
               ("roaming_country", "voc:country"), ("bytes", "intnull")],
    "web": [("time", "time"), ("msisdn", "num"), ("domain", "voc:domain"), ("url", "voc:url"), ("ip", "voc:ip"),
            ("bytes", "intnull"), ("app", "voc:app")],
    "apps": [("time", "time"), ("msisdn", "num"), ("app", "voc:app"), ("event", "voc:app_event"), ("source_url", "voc:url")],
    "transfers": [("txn_id", "id:T"), ("time", "time"), ("from_account", "acct"), ("to_account", "acct"), ("amount", "float"),
                  ("currency", "voc:currency"), ("channel", "voc:pay_channel"), ("initiated_msisdn", "num")],
}
TS = pa.timestamp("s", tz=TZ)


def num_str(a):
    a = np.asarray(a, np.int64)
    out = a.astype(str).astype(object)
    out[a <= 0] = None
    return out


def write(path, table: pa.Table):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pq.write_table(table, path, compression="zstd")


def write_records(w: World, out):
    counts = {}
    for name, cols in SCHEMA.items():
        chunks = w.rec.get(name, [])
        data = {c: np.concatenate([np.asarray(ch[c]) for ch in chunks]) for c, _ in cols if not _.startswith("id:")}
        tcol = [c for c, k in cols if k == "time"][0]
        t = data[tcol].astype(np.int64)
        keep = (t >= START) & (t < w.end)
        order = np.flatnonzero(keep)[np.argsort(t[keep], kind="stable")]
        n = len(order)
        arrays = {}
        for c, kind in cols:
            if kind.startswith("id:"):
                arrays[c] = pa.array(np.char.add(f"ZJ{w.seed}{kind[3]}", np.arange(1, n + 1).astype(str)))
                continue
            v = data[c][order]
            if kind == "time":
                arrays[c] = pa.array(v.astype(np.int64), type=TS)
            elif kind == "num":
                arrays[c] = pa.array(num_str(v), type=pa.string())
            elif kind == "int":
                arrays[c] = pa.array(v.astype(np.int64))
            elif kind == "intnull":
                v = v.astype(np.int64)
                arrays[c] = pa.array(v, mask=v < 0)
            elif kind == "float":
                arrays[c] = pa.array(v.astype(float))
            elif kind == "cell":
                v = v.astype(np.int64)
                cn = np.append(w.cell_name, None)
                arrays[c] = pa.array(cn[np.where(v < 0, len(w.cell_name), v)], type=pa.string())
            elif kind == "acct":
                arrays[c] = pa.array(w.acct_str(v.astype(np.int64)))
            elif kind.startswith("voc:"):
                arrays[c] = pa.array(w.decode(kind[4:], v), type=pa.string())
        write(os.path.join(out, name, f"{name}.parquet"), pa.table(arrays))
        counts[name] = n
    return counts


def write_static(w: World, out, ia):
    L = w.L
    counts = {}
    # cells
    write(os.path.join(out, "cells", "cells.parquet"), pa.table(dict(
        cell=pa.array(w.cell_name, pa.string()), lat=w.cell_lat, lon=w.cell_lon, region=pa.array(w.cell_region, pa.string()),
        site_type=pa.array(w.cell_site, pa.string()))))
    counts["cells"] = len(w.cell_name)
    # subscribers
    s = np.flatnonzero(L["subscriber"] & (L["open_time"] < w.end))
    region = np.array([c[1] for c in CITIES], dtype=object)
    write(os.path.join(out, "subscribers", "subscribers.parquet"), pa.table(dict(
        msisdn=pa.array(num_str(L["msisdn"][s]), pa.string()), imsi=pa.array(num_str(L["imsi"][s]), pa.string()),
        id_key=pa.array(w.idk_str(L["idk"][s])), id_type=pa.array(w.decode("id_type", L["id_type"][s]), pa.string()),
        customer_type=pa.array(w.decode("customer", L["customer"][s]), pa.string()),
        line_type=pa.array(w.decode("line_type", L["line_type"][s]), pa.string()),
        operator=pa.array(w.decode("operator", L["operator"][s]), pa.string()),
        open_time=pa.array(L["open_time"][s], TS), open_channel=pa.array(w.decode("channel", L["channel"][s]), pa.string()),
        open_cell=pa.array(w.cell_name[L["home_cell"][s]], pa.string()),
        status=pa.array(w.decode("status", L["status"][s]), pa.string()), status_time=pa.array([None] * len(s), TS),
        is_prepaid=pa.array(L["prepaid"][s].astype(bool)), home_region=pa.array(region[L["home_region"][s]], pa.string()))))
    counts["subscribers"] = len(s)
    # bank accounts
    A = w.A
    a = np.flatnonzero(A["open"] < w.end)
    write(os.path.join(out, "bank_accounts", "bank_accounts.parquet"), pa.table(dict(
        account_id=pa.array(w.acct_str(a)), id_key=pa.array(w.idk_str(A["idk"][a])),
        bank=pa.array(np.array(BANKS, object)[A["bank"][a]], pa.string()), open_time=pa.array(A["open"][a], TS),
        bound_msisdn=pa.array(num_str(A["msisdn"][a]), pa.string()),
        status=pa.array(w.decode("acct_status", A["status"][a]), pa.string()))))
    counts["bank_accounts"] = len(a)
    # internet accounts
    write(os.path.join(out, "internet_accounts", "internet_accounts.parquet"), pa.table(dict(
        platform=pa.array(ia["platform"], pa.string()), account=pa.array(ia["account"], pa.string()),
        msisdn=pa.array(ia["msisdn"], pa.string()), register_time=pa.array(ia["register_time"].astype(np.int64), TS),
        status=pa.array(ia["status"], pa.string()))))
    counts["internet_accounts"] = len(ia["account"])
    # reports
    R = {k: np.concatenate([r[k] for r in w.reports]) for k in w.reports[0]}
    o = np.argsort(R["time"], kind="stable")
    R = {k: v[o] for k, v in R.items()}
    n = len(o)
    write(os.path.join(out, "reports", "reports.parquet"), pa.table(dict(
        report_id=pa.array(np.char.add(f"ZJ{w.seed}R", np.arange(1, n + 1).astype(str))), time=pa.array(R["time"].astype(np.int64), TS),
        entity_type=pa.array(R["entity_type"], pa.string()), entity=pa.array(R["entity"], pa.string()),
        label=pa.array(R["label"], pa.string()), fraud_type=pa.array(R["fraud_type"], pa.string()),
        loss_amount=pa.array(R["loss_amount"].astype(float), mask=np.isnan(R["loss_amount"].astype(float))),
        source=pa.array(R["source"], pa.string()))))
    counts["reports"] = n
    # lists
    Ls = {k: np.concatenate([r[k] for r in w.lists]) for k in w.lists[0]}
    write(os.path.join(out, "lists", "lists.parquet"), pa.table(dict(
        entity_type=pa.array(Ls["entity_type"], pa.string()), entity=pa.array(Ls["entity"], pa.string()),
        list=pa.array(Ls["list"], pa.string()), reason=pa.array(Ls["reason"], pa.string()),
        added_time=pa.array(Ls["added_time"].astype(np.int64), TS),
        expires_time=pa.array(Ls["expires_time"].astype(np.int64), TS, mask=Ls["expires_time"] <= 0))))
    counts["lists"] = len(Ls["entity"])
    return counts


def seen_values(w: World):
    """Web resources and handsets that occur in the records (labels of resources never used are dropped)."""
    def codes(table, col):
        return np.unique(np.concatenate([np.asarray(ch[col]) for ch in w.rec.get(table, [])]))
    seen = {}
    for et, voc, pairs in (("domain", "domain", [("web", "domain")]), ("ip", "ip", [("web", "ip")]),
                           ("url", "url", [("web", "url"), ("apps", "source_url")]), ("app", "app", [("apps", "app")])):
        c = np.unique(np.concatenate([codes(t, col) for t, col in pairs]))
        seen[et] = set(w.decode(voc, c[c >= 0]).astype(str))
    im = np.unique(np.concatenate([codes("voice", "caller_imei"), codes("sms", "sender_imei"), codes("device", "imei")]))
    seen["imei"] = set(im[im > 0].astype(str))
    return seen


def write_truth(w: World, out):
    T = {k: np.concatenate([t[k] for t in w.truth]) for k in w.truth[0]}
    seen = seen_values(w)
    ok = np.ones(len(T["entity"]), bool)
    for et, vals in seen.items():
        m = T["entity_type"] == et
        ok[m] = np.isin(T["entity"][m].astype(str), np.array(sorted(vals), dtype=str))
    T = {k: v[ok] for k, v in T.items()}
    prio = np.select([T["role"] == "benign", T["role"] == "victim", T["role"] == "card_seller"], [3, 2, 1], 0)
    key = np.char.add(np.char.add(T["entity_type"].astype(str), "|"), T["entity"].astype(str))
    o = np.lexsort((T["first_active"], prio, key))
    _, first = np.unique(key[o], return_index=True)
    sel = np.sort(o[first])
    T = {k: v[sel] for k, v in T.items()}
    gid = T["gang_id"].copy()
    gid[gid == ""] = None
    write(os.path.join(out, "truth", "entities", "entities.parquet"), pa.table(dict(
        entity_type=pa.array(T["entity_type"], pa.string()), entity=pa.array(T["entity"], pa.string()),
        role=pa.array(T["role"], pa.string()), gang_id=pa.array(gid, pa.string()), scheme=pa.array(T["scheme"], pa.string()),
        first_active=pa.array(np.maximum(T["first_active"], 0).astype(np.int64), TS))))
    E = {k: np.concatenate([e[k] for e in w.events]) for k in w.events[0]}
    o = np.argsort(E["time"], kind="stable")
    write(os.path.join(out, "truth", "events", "events.parquet"), pa.table(dict(
        victim=pa.array(num_str(E["victim"][o]), pa.string()), time=pa.array(E["time"][o].astype(np.int64), TS),
        amount=pa.array(E["amount"][o].astype(float)), to_account=pa.array(E["to_account"][o].astype(object), pa.string()))))
    return T


# --------------------------------------------------------------------------------------------- reports, lists, sellers

def finish_labels(w: World, gangs, P, la_groups):
    rng = w.rng
    L = w.L
    for g in gangs:
        g.label()
    for net in w.nets:
        net.label()
    # card sellers: those whose identity is behind a gang line or a mule account
    sellers = P["sellers"]
    gang_lines = np.concatenate([grp.lines for g in gangs for grp in g.groups if grp.role != "gang_member"])
    mule = np.array(sorted(set().union(*[set(n.first) for n in w.nets])), np.int64)
    used_idk = np.union1d(L["idk"][gang_lines], w.A["idk"][mule] if len(mule) else [])
    s = sellers[np.isin(L["idk"][sellers], used_idk)]
    w.label("id_key", w.idk_str(L["idk"][s]), "card_seller", "ZJ9-R01", "card_selling_ring", START)
    w.label("msisdn", L["msisdn"][s], "card_seller", "ZJ9-R01", "card_selling_ring", START)
    label_lookalikes(w, la_groups)
    # benign reports: appeals of look-alikes after mistaken suspensions; a few mistaken user reports of telemarketers
    t_hist = START + w.hist * DAY
    by = {g.kind["name"]: g for g in la_groups}
    for kind, label, src, ft in (("migrant_new_card_jobhunt", "benign", "internal", None), ("insurance_telemarketer", "fraud", "user_report", "other"),
                                 ("ecom_cs_agent", "benign", "internal", None), ("debt_collector", "fraud", "user_report", "loan")):
        g = by[kind]
        ln = rng.choice(g.lines, min(2, len(g.lines)), replace=False)
        w.reports.append(dict(time=rng.integers(START + DAY, w.end - DAY, len(ln)), entity_type=np.full(len(ln), "msisdn", object),
                              entity=L["msisdn"][ln].astype(str).astype(object), label=np.full(len(ln), label, object),
                              fraud_type=np.full(len(ln), ft, object), loss_amount=np.full(len(ln), np.nan),
                              source=np.full(len(ln), src, object)))
    for g in gangs:
        res = [(et, v) for et, v, role in dict.fromkeys(g.resources) if et in ("domain", "app", "url")]
        for et, v in res:
            if rng.random() < .35:
                t = int(rng.integers(START + 2 * DAY, w.end - 3600))
                w.reports.append(dict(time=np.array([t]), entity_type=np.array([et], object), entity=np.array([v], object),
                                      label=np.array(["fraud"], object), fraud_type=np.array([g.ftype], object),
                                      loss_amount=np.array([np.nan]), source=np.array([rng.choice(["user_report", "police"])], object)))
                if et == "domain" and rng.random() < .5:
                    w.lists.append(dict(entity_type=np.array(["domain"], object), entity=np.array([v], object),
                                        list=np.array(["block"], object), reason=np.array(["reported phishing"], object),
                                        added_time=np.array([t + 7200]), expires_time=np.array([t + 90 * DAY])))
    # lists: allow-listed enterprise and service lines; block-listed fraud numbers reported during the history
    allow = np.concatenate([w.hotlines, w.sms_senders] + [L["msisdn"][by[k].lines] for k in
                                                          ("hospital_reminder_line", "antifraud_warning_line", "bank_risk_callback",
                                                           "census_survey_caller", "university_admissions_office")])
    w.lists.append(dict(entity_type=np.full(len(allow), "msisdn", object), entity=allow.astype(str).astype(object),
                        list=np.full(len(allow), "allow", object), reason=np.full(len(allow), "enterprise/service line", object),
                        added_time=np.full(len(allow), START - 200 * DAY), expires_time=np.zeros(len(allow), np.int64)))
    R = {k: np.concatenate([r[k] for r in w.reports]) for k in w.reports[0]}
    m = (R["label"] == "fraud") & (R["entity_type"] == "msisdn") & (R["time"] < t_hist) & (R["source"] == "police")
    ent, first = np.unique(R["entity"][m].astype(str), return_index=True)
    w.lists.append(dict(entity_type=np.full(len(ent), "msisdn", object), entity=ent.astype(object),
                        list=np.full(len(ent), "block", object), reason=np.full(len(ent), "police report", object),
                        added_time=R["time"][m][first] + 3600, expires_time=R["time"][m][first] + 180 * DAY))
    hr = rng.choice(w.city_cells[CITY_IDX["WZ"]], 3, replace=False)
    w.lists.append(dict(entity_type=np.full(3, "cell", object), entity=w.cell_name[hr], list=np.full(3, "high_risk_region", object),
                        reason=np.full(3, "county under joint anti-fraud watch", object), added_time=np.full(3, START - 60 * DAY),
                        expires_time=np.zeros(3, np.int64)))
    w.lists.append(dict(entity_type=np.array(["domain", "domain"], object), entity=np.array(["taobao.com", "alipay.com"], object),
                        list=np.array(["allow", "allow"], object), reason=np.array(["major platform"] * 2, object),
                        added_time=np.full(2, START - 300 * DAY), expires_time=np.zeros(2, np.int64)))


# --------------------------------------------------------------------------------------------- main

def generate(out, seed, n_sub, days_hist, days, quiet=False):
    import time
    t0 = time.time()
    w = World(seed, n_sub, days_hist, days)
    build_cells(w)
    build_population(w)
    w.freeze_lines()
    P = plan_gangs(w)
    la_plans = plan_lookalikes(w)
    w.freeze_lines()
    finish_population(w)
    w.offline = np.zeros((w.n_lines, w.nd), bool)
    w.boost = np.ones((w.n_lines, w.nd))
    w.is_seller = np.zeros(w.n_lines, bool)
    w.is_seller[P["sellers"]] = True
    gangs = make_gangs(w, P)
    la_groups = make_lookalikes(w, la_plans)
    w.freeze_accounts()
    for d in range(w.nd):
        life_day(w, d)
        for g in la_groups:
            g.day(d)
        lookalike_hooks_day(w, la_groups, d)
        for g in gangs:
            gang_day(w, g, d)
    ia = internet_accounts(w, gangs, la_groups)
    finish_labels(w, gangs, P, la_groups)
    counts = write_records(w, out)
    counts.update(write_static(w, out, ia))
    T = write_truth(w, out)
    if not quiet:
        print(f"generated {out} seed {seed} in {time.time() - t0:.1f}s: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        roles, rc = np.unique(T["role"].astype(str), return_counts=True)
        print("truth roles: " + ", ".join(f"{r} {c}" for r, c in zip(roles, rc, strict=True)))
    return counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args(argv)
    generate(a.out, a.seed, a.subscribers, a.days_history, a.days)


if __name__ == "__main__":
    main()
