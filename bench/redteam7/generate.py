#!/usr/bin/env python3
"""Blind red-team generator 7: a synthetic Yunnan (云南) province in interchange v1, with planted fraud
(gangs.py) and benign look-alikes (lookalikes.py).

    generate.py --out DIR --seed N [--subscribers 20000] [--days-history 10] [--days 7]

This file: the province (cities, cells), its people, their ordinary life (calls, SMS, device, web, apps,
internet accounts, bank accounts, transfers, reports, lists) and the writer. Everything is vectorised numpy;
loops run over days, cities, occupations and templates only. Same seed -> identical files.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gangs  # noqa: E402
import lookalikes  # noqa: E402

TZ = "Asia/Shanghai"
DAY = 86400

# ---------------------------------------------------------------- province
# code, name, lat, lon, population weight, cells, kinds of special cells
CITIES = [
    ("871", "Kunming", 25.04, 102.71, 0.27, 150, ("tourist", "transport", "jade")),
    ("872", "Dali", 25.60, 100.27, 0.07, 46, ("tourist", "tourist", "tourist", "transport")),
    ("888", "Lijiang", 26.87, 100.23, 0.04, 40, ("tourist", "tourist", "tourist", "tourist", "transport")),
    ("691", "Xishuangbanna", 22.01, 100.80, 0.04, 40, ("tourist", "tourist", "border", "border", "tea", "tea")),
    ("887", "Diqing", 27.83, 99.70, 0.015, 18, ("tourist", "tourist")),
    ("692", "Dehong", 24.01, 97.85, 0.045, 36, ("border", "border", "border", "jade", "jade", "jade")),
    ("873", "Honghe", 23.36, 103.38, 0.07, 38, ("border", "border", "tourist")),
    ("875", "Baoshan", 25.11, 99.16, 0.05, 30, ("border", "jade", "jade", "tourist")),
    ("874", "Qujing", 25.49, 103.80, 0.10, 34, ("transport",)),
    ("877", "Yuxi", 24.35, 102.54, 0.06, 26, ()),
    ("879", "Puer", 22.78, 100.97, 0.04, 26, ("tea", "tea", "tea", "border")),
    ("870", "Zhaotong", 27.34, 103.72, 0.10, 30, ()),
    ("883", "Lincang", 23.88, 100.09, 0.05, 26, ("tea", "tea", "border", "border")),
]
CITY_IDX = {c[0]: i for i, c in enumerate(CITIES)}
TOURIST_CITIES = [CITY_IDX[c] for c in ("871", "872", "888", "691", "887")]
BORDER_CITIES = [CITY_IDX[c] for c in ("692", "691", "873", "875", "883")]
KIND_NAMES = ["urban", "village", "tourist", "border", "jade", "tea", "transport"]
KIND = {k: i for i, k in enumerate(KIND_NAMES)}

# occupation: weight, calls/day, sms/day, smartphone share, min age, max age, contacts
OCC = [
    ("farmer", 0.15, 1.6, 0.2, 0.55, 28, 66, 8),
    ("tea_grower", 0.05, 1.8, 0.2, 0.6, 25, 66, 9),
    ("tourism_worker", 0.07, 4.0, 0.6, 0.97, 19, 55, 18),
    ("driver", 0.04, 5.0, 0.5, 0.97, 22, 60, 20),
    ("student", 0.09, 1.6, 1.2, 0.99, 15, 23, 14),
    ("child", 0.03, 0.6, 0.6, 0.85, 9, 14, 5),
    ("civil_servant", 0.05, 3.5, 0.8, 0.99, 24, 60, 16),
    ("office_worker", 0.12, 3.2, 0.8, 0.99, 22, 58, 15),
    ("merchant", 0.07, 5.0, 0.6, 0.97, 25, 62, 20),
    ("elderly", 0.12, 1.0, 0.15, 0.35, 65, 90, 6),
    ("migrant", 0.05, 1.3, 0.4, 0.92, 19, 48, 8),
    ("jade_trader", 0.02, 6.0, 0.8, 0.99, 25, 62, 22),
    ("minority_villager", 0.07, 0.7, 0.05, 0.08, 20, 80, 5),
    ("construction", 0.03, 2.2, 0.3, 0.85, 20, 58, 9),
]
OCC_IDX = {o[0]: i for i, o in enumerate(OCC)}

HOURS = {
    "day": [1, 0, 0, 0, 0, 1, 3, 8, 12, 14, 14, 13, 9, 8, 11, 12, 12, 12, 13, 14, 12, 9, 5, 2],
    "evening": [1, 0, 0, 0, 0, 0, 1, 3, 4, 5, 5, 5, 5, 5, 5, 5, 6, 8, 13, 16, 16, 14, 9, 3],
    "office": [0, 0, 0, 0, 0, 0, 0, 1, 6, 14, 15, 13, 4, 5, 13, 14, 14, 11, 3, 1, 0, 0, 0, 0],
    "den": [0, 0, 0, 0, 0, 0, 0, 0, 4, 14, 16, 14, 3, 6, 15, 16, 14, 10, 4, 6, 7, 5, 1, 0],
    "late": [6, 4, 2, 1, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 5, 5, 6, 7, 9, 11, 12, 13, 12, 9],
    "early": [0, 0, 0, 0, 1, 4, 10, 14, 14, 12, 10, 9, 6, 6, 7, 8, 8, 7, 4, 2, 1, 0, 0, 0],
    "flat": [3, 2, 2, 2, 2, 2, 3, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 4, 3],
}
HOURS = {k: np.array(v, float) / sum(v) for k, v in HOURS.items()}

MOBILE_PREFIX = {
    "CMCC": [139, 138, 137, 187, 188, 150, 151, 182, 183, 157, 178, 198, 147],
    "CUCC": [130, 131, 132, 155, 156, 185, 186, 166, 176],
    "CTCC": [133, 153, 173, 177, 180, 181, 189, 199],
}
OPERATORS = ["CMCC", "CUCC", "CTCC"]
MCCMNC = {"CMCC": 46000, "CUCC": 46001, "CTCC": 46011}
SMART_TAC = [86753104, 86891205, 35209911, 86441006, 35328115, 86970304, 86201805, 35676211, 86012707,
             86455904, 35391110, 86733705]
BASIC_TAC = [35468703, 86102101, 35896301, 86620400]
GOIP_TAC = [86262003, 35884701]
BANKS = ["ICBC", "ABC", "CCB", "BOC", "PSBC", "FudianBank", "YunnanRCC", "CMB", "BCM"]
OTHER_REGIONS = ["Guangdong", "Sichuan", "Shanghai", "Beijing", "Zhejiang", "Jiangsu", "Hunan", "Hubei",
                 "Chongqing", "Henan", "Shandong", "Shaanxi"]

DOMAINS = [  # domain, ip, weight
    ("weixin.qq.com", "183.3.226.35", 30), ("www.baidu.com", "110.242.68.66", 18),
    ("www.douyin.com", "123.57.87.101", 22), ("www.taobao.com", "140.205.94.189", 12),
    ("www.alipay.com", "110.75.139.5", 10), ("www.ctrip.com", "101.226.33.201", 6),
    ("www.12306.cn", "111.206.37.70", 4), ("www.meituan.com", "103.37.152.41", 8),
    ("www.amap.com", "106.11.43.9", 7), ("www.kuaishou.com", "103.107.217.2", 9),
    ("www.yn.gov.cn", "222.172.200.8", 1), ("www.km.gov.cn", "222.172.220.15", 1),
    ("www.jd.com", "111.13.149.108", 6), ("www.bilibili.com", "120.92.78.97", 5),
    ("www.pinduoduo.com", "47.95.113.4", 7), ("ykzs.ynta.gov.cn", "222.172.201.40", 1),
    ("www.dianping.com", "103.37.155.60", 3), ("www.xiaohongshu.com", "47.100.158.22", 5),
    ("www.qunar.com", "103.28.11.20", 2), ("www.fliggy.com", "140.205.135.3", 2),
    ("mail.163.com", "123.126.96.210", 2), ("www.icbc.com.cn", "202.106.80.86", 1),
]
APPS = [
    ("com.tencent.mm", 30), ("com.eg.android.AlipayGphone", 14), ("com.ss.android.ugc.aweme", 18),
    ("com.taobao.taobao", 8), ("com.sankuai.meituan", 6), ("ctrip.android.view", 3),
    ("com.autonavi.minimap", 6), ("com.smile.gifmaker", 8), ("com.xingin.xhs", 4),
    ("com.jingdong.app.mall", 4), ("com.yunnan.ykzs", 1), ("com.sdu.didi.psnger", 3),
    ("cn.gov.tax.its", 1), ("com.tencent.tmgp.sgame", 4), ("com.icbc", 1), ("com.chinamworld.main", 1),
]
PLATFORMS = [("wechat", 0.95), ("alipay", 0.8), ("douyin", 0.6), ("taobao", 0.5), ("kuaishou", 0.3),
             ("ctrip", 0.15), ("xiaohongshu", 0.2), ("meituan", 0.35)]
SERVICE_NUMBERS = np.array([10086, 10010, 10000, 95588, 95599, 95533, 95566, 95580, 12345, 95338,
                            95311, 95546, 12315, 95105666], np.int64)
SMS_GATEWAYS = np.array([1069055880, 1069095599, 106902108, 1065752010086, 106550101818, 1069012315,
                         106980095338], np.int64)

ENC = {  # internal encoding of columns that are not plain strings/ints/floats
    "num": {"msisdn", "caller", "callee", "sender", "receiver", "bound_msisdn", "initiated_msisdn", "victim",
            "imsi", "imei", "caller_imei", "caller_imsi", "sender_imei"},
    "cell": {"cell", "caller_cell", "callee_cell", "sender_cell", "open_cell"},
    "acct": {"account_id", "from_account", "to_account"},
    "idk": {"id_key"},
}
SCHEMA = {
    "subscribers": [("msisdn", "s"), ("imsi", "s"), ("id_key", "s"), ("id_type", "s"), ("customer_type", "s"),
                    ("line_type", "s"), ("operator", "s"), ("open_time", "t"), ("open_channel", "s"),
                    ("open_cell", "s"), ("status", "s"), ("status_time", "t"), ("is_prepaid", "b"),
                    ("home_region", "s")],
    "voice": [("call_id", "s"), ("start_time", "t"), ("caller", "s"), ("callee", "s"), ("duration_s", "i"),
              ("ring_s", "i"), ("result", "s"), ("caller_imei", "s"), ("caller_imsi", "s"), ("caller_cell", "s"),
              ("callee_cell", "s"), ("caller_roaming_country", "s"), ("call_type", "s"), ("media", "s"),
              ("gateway", "s")],
    "sms": [("sms_id", "s"), ("send_time", "t"), ("sender", "s"), ("receiver", "s"), ("content", "s"),
            ("sender_imei", "s"), ("sender_cell", "s"), ("sender_roaming_country", "s")],
    "device": [("time", "t"), ("msisdn", "s"), ("imsi", "s"), ("imei", "s"), ("cell", "s"), ("event", "s"),
               ("roaming_country", "s"), ("bytes", "i")],
    "cells": [("cell", "s"), ("lat", "f"), ("lon", "f"), ("region", "s"), ("site_type", "s")],
    "web": [("time", "t"), ("msisdn", "s"), ("domain", "s"), ("url", "s"), ("ip", "s"), ("bytes", "i"),
            ("app", "s")],
    "apps": [("time", "t"), ("msisdn", "s"), ("app", "s"), ("event", "s"), ("source_url", "s")],
    "internet_accounts": [("platform", "s"), ("account", "s"), ("msisdn", "s"), ("register_time", "t"),
                          ("status", "s")],
    "bank_accounts": [("account_id", "s"), ("id_key", "s"), ("bank", "s"), ("open_time", "t"),
                      ("bound_msisdn", "s"), ("status", "s")],
    "transfers": [("txn_id", "s"), ("time", "t"), ("from_account", "s"), ("to_account", "s"), ("amount", "f"),
                  ("currency", "s"), ("channel", "s"), ("initiated_msisdn", "s")],
    "reports": [("report_id", "s"), ("time", "t"), ("entity_type", "s"), ("entity", "s"), ("label", "s"),
                ("fraud_type", "s"), ("loss_amount", "f"), ("source", "s")],
    "lists": [("entity_type", "s"), ("entity", "s"), ("list", "s"), ("reason", "s"), ("added_time", "t"),
              ("expires_time", "t")],
    "truth/entities": [("entity_type", "s"), ("entity", "s"), ("role", "s"), ("gang_id", "s"), ("scheme", "s"),
                       ("first_active", "t")],
    "truth/events": [("victim", "s"), ("time", "t"), ("amount", "f"), ("to_account", "s")],
}
ID_COL = {"voice": ("call_id", "c"), "sms": ("sms_id", "m"), "transfers": ("txn_id", "x"),
          "reports": ("report_id", "r")}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "truth/events": "time"}


class World:
    """The province under construction: id allocators, people, and the record tables (lists of column chunks)."""

    def __init__(self, seed: int, n_subs: int, hist: int, days: int):
        self.rng = np.random.default_rng(seed)
        self.seed, self.n_subs, self.hist, self.ndays = seed, n_subs, hist, hist + days
        self.t0 = int(datetime(2026, 11, 1, tzinfo=timezone(timedelta(hours=8))).timestamp())
        self.t_end = self.t0 + self.ndays * DAY
        self.T: dict[str, list[dict]] = defaultdict(list)
        self._k = {"num": 0, "imei": 0, "imsi": 0, "idk": 0, "acct": 0, "fixed": 0}

    # ------------------------------------------------------------ helpers
    def add(self, table: str, **cols) -> None:
        cols = {k: (v.item() if isinstance(v, np.ndarray) and v.ndim == 0 else v) for k, v in cols.items()}
        n = max(len(v) for v in cols.values() if isinstance(v, np.ndarray))
        if n == 0:
            return
        chunk = {}
        for k, v in cols.items():
            if v is None:
                continue
            chunk[k] = v if isinstance(v, np.ndarray) else np.full(n, v)
        self.T[table].append(chunk)

    def pick(self, arr, n):
        arr = np.asarray(arr)
        return arr[self.rng.integers(0, len(arr), n)]

    def when(self, day, prof="day"):
        day = np.asarray(day, np.int64)
        n = len(day)
        h = self.rng.choice(24, n, p=HOURS[prof])
        return self.t0 + day * DAY + h * 3600 + self.rng.integers(0, 3600, n)

    def _count(self, key, n):
        k = np.arange(self._k[key], self._k[key] + n, dtype=np.int64)
        self._k[key] += n
        return k

    def new_mobile(self, n, operator=None):
        k = self._count("num", n)
        ops = self.pick(OPERATORS, n) if operator is None else np.full(n, operator)
        pre = np.zeros(n, np.int64)
        for op in OPERATORS:
            m = ops == op
            pre[m] = self.pick(MOBILE_PREFIX[op], int(m.sum()))
        suffix = (k * 48271 + 1234567 * (self.seed % 50) + 3) % 100_000_000
        return 86 * 10**11 + pre * 10**8 + suffix, ops

    def new_fixed(self, n, area="871"):
        k = self._count("fixed", n)
        ndig = 8 if area == "871" else 7
        local = 2 * 10 ** (ndig - 1) + (k * 7919 + 101) % (7 * 10 ** (ndig - 1))
        return (86 * 10 ** 3 + int(area)) * 10**ndig + local

    def new_intl(self, n, cc="MM"):
        k = self.rng.integers(0, 10**8, n)
        base = {"MM": 959 * 10**8, "LA": 85620 * 10**8, "KH": 855 * 10**9 + 10**8, "VN": 84 * 10**9 + 9 * 10**8,
                "PH": 639 * 10**9, "TH": 66 * 10**9 + 8 * 10**8}[cc]
        return base + k + (self.rng.integers(0, 10, n) * 10**8 if cc in ("KH", "VN", "PH", "TH") else 0)

    def new_imei(self, n, kind="smart"):
        tac = self.pick({"smart": SMART_TAC, "basic": BASIC_TAC, "goip": GOIP_TAC}[kind], n)
        serial = (self._count("imei", n) * 7907 + 11) % 10**6
        body = tac.astype(np.int64) * 10**6 + serial
        return body * 10 + luhn(body)

    def new_imsi(self, ops):
        so = sorted(OPERATORS)
        mm = np.array([MCCMNC[o] for o in so])[np.searchsorted(so, ops)]
        return mm.astype(np.int64) * 10**10 + (self._count("imsi", len(ops)) * 104729 + 7) % 10**10

    def new_idk(self, n):
        return self._count("idk", n)

    def new_acct(self, n):
        return self._count("acct", n)

    def subscribe(self, msisdn, idk, open_time, ops=None, imsi=None, line_type="mobile", id_type="resident_id",
                  customer_type="personal", channel=None, cell=None, status="active", status_time=None,
                  prepaid=None, region="Yunnan"):
        n = len(msisdn)
        if ops is None:
            ops = np.full(n, "CMCC")
        self.add("subscribers", msisdn=msisdn, imsi=imsi if imsi is not None else np.zeros(n, np.int64),
                 id_key=idk, id_type=id_type, customer_type=customer_type, line_type=line_type, operator=ops,
                 open_time=np.asarray(open_time, np.int64), open_channel=channel if channel is not None else "",
                 open_cell=cell if cell is not None else np.full(n, -1), status=status,
                 status_time=status_time if status_time is not None else np.zeros(n, np.int64),
                 is_prepaid=prepaid if prepaid is not None else self.rng.random(n) < 0.6, home_region=region)

    def bank(self, acct, idk, open_time, msisdn, status="active", bank=None):
        self.add("bank_accounts", account_id=acct, id_key=idk, open_time=np.asarray(open_time, np.int64),
                 bound_msisdn=msisdn, status=status, bank=bank if bank is not None else self.pick(BANKS, len(acct)))

    def voice(self, t, caller, callee, dur, answered, imei=0, imsi=0, ccell=-1, dcell=-1, roam="",
              ctype="mobile", media="voice", gateway="", ring=None, intercept=0.0):
        n = len(t)
        if n == 0:
            return
        res = np.where(answered, "answered", np.where(self.rng.random(n) < 0.75, "no_answer",
                                                      np.where(self.rng.random(n) < 0.5, "busy", "rejected")))
        if intercept:  # the network's own screening already stops some calls
            res = np.where(~np.asarray(answered) & (self.rng.random(n) < intercept), "intercepted", res)
        if ring is None:
            ring = np.where(answered, self.rng.integers(2, 18, n), self.rng.integers(6, 45, n))
        self.add("voice", start_time=np.asarray(t, np.int64), caller=caller, callee=callee,
                 duration_s=np.where(answered, np.maximum(np.asarray(dur, np.int64), 1), 0), ring_s=ring,
                 result=res, caller_imei=imei, caller_imsi=imsi, caller_cell=ccell, callee_cell=dcell,
                 caller_roaming_country=roam, call_type=ctype, media=media, gateway=gateway)

    def sms(self, t, sender, receiver, content="", imei=0, cell=-1, roam=""):
        self.add("sms", send_time=np.asarray(t, np.int64), sender=sender, receiver=receiver, content=content,
                 sender_imei=imei, sender_cell=cell, sender_roaming_country=roam)

    def transfer(self, t, src, dst, amount, msisdn=0, channel="mobile_app", currency="CNY"):
        self.add("transfers", time=np.asarray(t, np.int64), from_account=src, to_account=dst,
                 amount=np.round(np.asarray(amount, float), 2), currency=currency, channel=channel,
                 initiated_msisdn=msisdn)

    def web(self, t, msisdn, domain, ip="", url=None, nbytes=None, app=""):
        n = len(t)
        if url is None:
            url = np.char.add(np.char.add("https://", np.asarray(domain).astype(str)), "/")
        self.add("web", time=np.asarray(t, np.int64), msisdn=msisdn, domain=domain, url=url, ip=ip,
                 bytes=nbytes if nbytes is not None else self.rng.lognormal(11, 1.2, n).astype(np.int64), app=app)

    def app(self, t, msisdn, app, event="use", source=""):
        self.add("apps", time=np.asarray(t, np.int64), msisdn=msisdn, app=app, event=event, source_url=source)

    def device(self, t, msisdn, imsi, imei, cell, event="data_session", roam="", nbytes=None):
        n = len(t)
        if nbytes is None:
            nbytes = np.where(np.asarray(event) == "data_session",
                              self.rng.lognormal(15, 1.3, n).astype(np.int64), -1) if n else np.zeros(0, np.int64)
        self.add("device", time=np.asarray(t, np.int64), msisdn=msisdn, imsi=imsi, imei=imei, cell=cell,
                 event=event, roaming_country=roam, bytes=nbytes)

    def report(self, t, etype, entity, label, ftype="", loss=np.nan, source="user_report"):
        n = len(entity)
        self.add("reports", time=np.asarray(t, np.int64), entity_type=etype, entity=np.asarray(entity).astype(str),
                 label=label, fraud_type=ftype, loss_amount=np.full(n, loss) if np.isscalar(loss) else loss,
                 source=source)

    def listing(self, etype, entity, lst, reason, added, expires=0):
        self.add("lists", entity_type=etype, entity=np.asarray(entity).astype(str), list=lst, reason=reason,
                 added_time=np.asarray(added, np.int64), expires_time=expires)

    def truth(self, etype, entity, role, gang="", scheme="", first=0):
        n = len(entity)
        if n == 0:
            return
        self.add("truth/entities", entity_type=etype, entity=np.asarray(entity).astype(str), role=role,
                 gang_id=gang, scheme=scheme, first_active=np.full(n, first) if np.isscalar(first) else first)

    def event(self, t, victim, amount, to_acct):
        self.add("truth/events", time=np.asarray(t, np.int64), victim=victim, amount=np.round(amount, 2),
                 to_account=to_acct)

    # entity names as the writer renders them (for reports, lists and truth)
    def s_acct(self, a):
        return acct_names(np.asarray(a, np.int64), self.seed)

    def s_idk(self, k):
        return idk_names(np.asarray(k, np.int64), self.seed)

    def cells_where(self, cities=None, kinds=None):
        m = np.ones(len(self.cell_city), bool)
        if cities is not None:
            m &= np.isin(self.cell_city, cities)
        if kinds is not None:
            m &= np.isin(self.cell_kind, [KIND[k] for k in kinds])
        return np.flatnonzero(m)

    def cells_for(self, city, kinds):
        """A random cell of the given kinds in each line's city (loop over distinct cities only)."""
        city = np.asarray(city)
        out = np.full(len(city), -1, np.int64)
        for c in np.unique(city):
            m = city == c
            cand = self.cells_where([c], kinds)
            if len(cand):
                out[m] = self.pick(cand, int(m.sum()))
        return out

    def fixed_for(self, city):
        """A new fixed number in each line's city (area code of the city)."""
        city = np.asarray(city)
        out = np.zeros(len(city), np.int64)
        for c in np.unique(city):
            m = city == c
            out[m] = self.new_fixed(int(m.sum()), CITIES[c][0])
        return out

    def people(self, occ=None, cities=None, smart=None, has_acct=None):
        m = np.ones(self.N, bool)
        if occ is not None:
            m &= np.isin(self.p_occ, [OCC_IDX[o] for o in occ])
        if cities is not None:
            m &= np.isin(self.p_city, cities)
        if smart is not None:
            m &= self.p_smart == smart
        if has_acct:
            m &= self.p_acct >= 0
        return np.flatnonzero(m)

    def claim(self, pool, n):
        """Pick n people from pool not already used as victims/cast (keeps roles apart)."""
        pool = pool[~self.used[pool]]
        n = min(n, len(pool))
        sel = self.rng.choice(pool, n, replace=False) if n else pool[:0]
        self.used[sel] = True
        return sel


def luhn(body):
    """Luhn check digit of 14-digit integers (vectorised)."""
    d = np.stack([(body // 10**i) % 10 for i in range(14)])  # d[0] is the rightmost digit
    dbl = d[0::2] * 2
    s = (dbl // 10 + dbl % 10).sum(0) + d[1::2].sum(0)
    return (10 - s % 10) % 10


def acct_names(a, seed):
    h = (a.astype(np.uint64) * np.uint64(2654435761) + np.uint64(seed * 977 + 13)) % np.uint64(10**12)
    return np.char.add("62" + "17", np.char.zfill(h.astype(str), 12))


def idk_names(k, seed):
    h = (k.astype(np.uint64) * np.uint64(40503) * np.uint64(65537) + np.uint64(seed * 31 + 7)) % np.uint64(16**12)
    return np.char.add("idk", np.char.zfill(h.astype(str), 15))


# ---------------------------------------------------------------- the province and its people
def build_cells(w: World) -> None:
    rng = w.rng
    city, kind, lat, lon = [], [], [], []
    for ci, (_code, _name, la, lo, _wt, n, special) in enumerate(CITIES):
        ks = np.full(n, KIND["urban"])
        nv = int(n * 0.38)
        ks[n - nv:] = KIND["village"]
        for j, s in enumerate(special):
            ks[1 + j * 2: 3 + j * 2] = KIND[s]
        r = np.where(ks == KIND["village"], rng.uniform(0.1, 0.7, n), rng.uniform(0.0, 0.06, n))
        a = rng.uniform(0, 2 * np.pi, n)
        city.append(np.full(n, ci))
        kind.append(ks)
        lat.append(la + r * np.sin(a))
        lon.append(lo + r * np.cos(a))
    w.cell_city = np.concatenate(city)
    w.cell_kind = np.concatenate(kind)
    nc = len(w.cell_city)
    codes = np.array([c[0] for c in CITIES])[w.cell_city]
    w.cell_names = np.char.add(np.char.add(np.char.add("53", codes), "-"),
                               np.char.zfill(np.arange(nc).astype(str), 5))
    site = np.where(w.cell_kind == KIND["village"], "macro",
                    np.where(rng.random(nc) < 0.25, "indoor", np.where(rng.random(nc) < 0.3, "small", "macro")))
    region = np.array([c[1] for c in CITIES])[w.cell_city]
    w.add("cells", cell=np.arange(nc), lat=np.round(np.concatenate(lat), 5), lon=np.round(np.concatenate(lon), 5),
          region=region, site_type=site)


def build_people(w: World) -> None:
    rng, N = w.rng, w.n_subs
    w.N = N
    occw = np.array([o[1] for o in OCC])
    occ = rng.choice(len(OCC), N, p=occw / occw.sum())
    cw = np.array([c[4] for c in CITIES])
    city = rng.choice(len(CITIES), N, p=cw / cw.sum())
    # occupations that live in particular places
    for name, cities in (("tea_grower", ["879", "883", "691"]), ("jade_trader", ["692", "875", "871"]),
                         ("migrant", ["692", "691", "873", "875", "883"]),
                         ("minority_villager", ["692", "691", "887", "883", "873", "879"]),
                         ("tourism_worker", ["872", "888", "691", "887", "871"])):
        m = occ == OCC_IDX[name]
        city[m] = w.pick([CITY_IDX[c] for c in cities], int(m.sum()))
    w.p_occ, w.p_city = occ, city
    lo, hi = np.array([o[5] for o in OCC])[occ], np.array([o[6] for o in OCC])[occ]
    w.p_age = rng.integers(lo, hi + 1)
    w.p_smart = rng.random(N) < np.array([o[4] for o in OCC])[occ]
    rural = np.isin(occ, [OCC_IDX[o] for o in ("farmer", "tea_grower", "elderly", "minority_villager")])
    home = np.empty(N, np.int64)
    work = np.empty(N, np.int64)
    for ci in range(len(CITIES)):
        m = city == ci
        vil, urb = w.cells_where([ci], ["village"]), w.cells_where([ci], ["urban"])
        rv = m & (rural & (rng.random(N) < 0.75))
        home[rv] = w.pick(vil, int(rv.sum()))
        home[m & ~rv] = w.pick(urb, int((m & ~rv).sum()))
        work[m] = home[m]
        for occn, kinds in (("tea_grower", ["tea"]), ("jade_trader", ["jade"]), ("tourism_worker", ["tourist"]),
                            ("driver", ["tourist", "transport"]), ("migrant", ["border"]),
                            ("office_worker", ["urban"]), ("civil_servant", ["urban"]), ("merchant", ["urban"])):
            cand = w.cells_where([ci], kinds)
            mm = m & (occ == OCC_IDX[occn])
            if len(cand) and mm.any():
                work[mm] = w.pick(cand, int(mm.sum()))
    w.p_home, w.p_work = home, work
    msisdn, ops = w.new_mobile(N)
    w.p_msisdn, w.p_ops = msisdn, ops
    w.p_imsi = w.new_imsi(ops)
    w.p_imei = np.where(w.p_smart, w.new_imei(N, "smart"), w.new_imei(N, "basic"))
    w.p_idk = w.new_idk(N)
    w.used = np.zeros(N, bool)
    years = np.clip(w.p_age - 16, 0.2, 18) * rng.random(N)
    w.p_open = w.t0 - (years * 365 * DAY).astype(np.int64) - rng.integers(DAY, 30 * DAY, N)
    shops = np.char.add("YN-STORE-", rng.integers(100, 400, N).astype(str))
    w.subscribe(msisdn, w.p_idk, w.p_open, ops, w.p_imsi, channel=shops, cell=home,
                prepaid=rng.random(N) < np.where(rural, 0.8, 0.4))
    # second cards of some adults (one person, two numbers: ordinary)
    two = np.flatnonzero((rng.random(N) < 0.09) & (w.p_age >= 20))
    m2, o2 = w.new_mobile(len(two))
    w.p2_owner, w.p2_msisdn = two, m2
    w.subscribe(m2, w.p_idk[two], w.p_open[two] + rng.integers(0, 400 * DAY, len(two)), o2, w.new_imsi(o2),
                channel=shops[two], cell=home[two])
    # bank accounts
    has = (w.p_age >= 16) & (occ != OCC_IDX["child"]) & (rng.random(N) < 0.93)
    w.p_acct = np.full(N, -1, np.int64)
    idx = np.flatnonzero(has)
    w.p_acct[idx] = w.new_acct(len(idx))
    w.bank(w.p_acct[idx], w.p_idk[idx], w.p_open[idx] + rng.integers(0, 200 * DAY, len(idx)), msisdn[idx])
    sec = idx[rng.random(len(idx)) < 0.3]
    w.p_acct2 = np.full(N, -1, np.int64)
    w.p_acct2[sec] = w.new_acct(len(sec))
    w.bank(w.p_acct2[sec], w.p_idk[sec], w.p_open[sec] + rng.integers(0, 900 * DAY, len(sec)), msisdn[sec])
    # internet accounts
    for plat, share in PLATFORMS:
        m = np.flatnonzero(w.p_smart & (rng.random(N) < share))
        reg = np.minimum(w.p_open[m] + rng.integers(DAY, 2000 * DAY, len(m)), w.t0 - rng.integers(DAY, 90 * DAY,
                                                                                                  len(m)))
        w.add("internet_accounts", platform=plat, account=np.char.add(plat[:2] + "_", (m * 7 + 1000).astype(str)),
              msisdn=msisdn[m], register_time=reg, status="active")
    # social graph: neighbours in (home cell) order, plus some far ties; symmetric
    order = np.lexsort((rng.random(N), home))
    pos = np.empty(N, np.int64)
    pos[order] = np.arange(N)
    k = np.maximum(1, rng.poisson(np.array([o[7] for o in OCC])[occ] * 0.55))
    src = np.repeat(np.arange(N), k)
    local = rng.random(len(src)) < 0.8
    dpos = np.clip(pos[src] + rng.integers(-35, 36, len(src)), 0, N - 1)
    dst = np.where(local, order[dpos], rng.integers(0, N, len(src)))
    keep = dst != src
    s2 = np.concatenate([src[keep], dst[keep]])
    d2 = np.concatenate([dst[keep], src[keep]])
    o = np.argsort(s2, kind="stable")
    w.g_dst = d2[o]
    w.g_deg = np.bincount(s2, minlength=N)
    w.g_off = np.concatenate([[0], np.cumsum(w.g_deg)[:-1]])
    # employers and merchants
    ne = max(20, N // 120)
    w.emp_acct = w.new_acct(ne)
    emp_idk = w.new_idk(ne)
    w.bank(w.emp_acct, emp_idk, w.t0 - rng.integers(400, 5000, ne) * DAY, np.zeros(ne, np.int64))
    w.p_emp = np.where(np.isin(occ, [OCC_IDX[o] for o in ("civil_servant", "office_worker", "tourism_worker",
                                                            "construction", "driver")]), rng.integers(0, ne, N), -1)
    w.merchants = w.people(["merchant", "tourism_worker", "jade_trader", "tea_grower"], has_acct=True)


def same_city(w: World, cities, occ=None):
    """A random person (of the given occupations) living in each of the given cities (vectorised)."""
    key = ("sc", tuple(occ or ()))
    if key not in w.__dict__.setdefault("_sc", {}):
        pool = w.people(occ) if occ else np.arange(w.N)
        order = pool[np.argsort(w.p_city[pool], kind="stable")]
        cnt = np.bincount(w.p_city[order], minlength=len(CITIES))
        w._sc[key] = (order, np.concatenate([[0], np.cumsum(cnt)[:-1]]), cnt)
    order, off, cnt = w._sc[key]
    cities = np.asarray(cities)
    c = cnt[cities]
    return order[np.minimum(off[cities] + (w.rng.random(len(cities)) * c).astype(np.int64), len(order) - 1)]


def contact_of(w: World, p):
    """A random contact of each person in p (p must have degree > 0)."""
    return w.g_dst[w.g_off[p] + (w.rng.random(len(p)) * w.g_deg[p]).astype(np.int64)]


def ordinary_life(w: World) -> None:
    rng, N = w.rng, w.N
    calls_rate = np.array([o[2] for o in OCC])[w.p_occ]
    sms_rate = np.array([o[3] for o in OCC])[w.p_occ]
    mig = w.people(["migrant"])
    # migrants abroad: a window of days in MM or LA, crossing at a border cell
    abroad = np.zeros((w.ndays, N), bool)
    away = mig[rng.random(len(mig)) < 0.55]
    a0 = rng.integers(-6, w.ndays, len(away))
    a1 = a0 + rng.integers(3, 20, len(away))
    w.p_country = np.full(N, "", dtype="<U2")
    w.p_country[away] = np.where(rng.random(len(away)) < 0.7, "MM", "LA")
    for d in range(w.ndays):
        abroad[d, away[(a0 <= d) & (d < a1)]] = True
    w.abroad = abroad
    dom = np.array([d[0] for d in DOMAINS])
    dip = np.array([d[1] for d in DOMAINS])
    dwt = np.array([d[2] for d in DOMAINS], float)
    apps = np.array([a[0] for a in APPS])
    awt = np.array([a[1] for a in APPS], float)
    has_deg = w.g_deg > 0
    p_str = np.where(np.isin(w.p_occ, [OCC_IDX[o] for o in ("merchant", "driver", "tourism_worker", "jade_trader",
                                                              "construction")]), 0.18, 0.04)
    smart_idx = np.flatnonzero(w.p_smart)
    for d in range(w.ndays):
        wk = (d + 6) % 7 >= 5  # 2026-11-01 is a Sunday
        ab = abroad[d]
        # calls among contacts
        n = rng.poisson(calls_rate * (0.85 if wk else 1.0)) * has_deg
        caller = np.repeat(np.arange(N), n)
        callee = contact_of(w, caller)
        # some calls go to strangers of the same city (customers, shops, repairmen, landlords)
        st = rng.random(len(caller)) < p_str[caller]
        callee[st] = same_city(w, w.p_city[caller[st]])
        t = w.when(np.full(len(caller), d), "day")
        ev = ((t - w.t0) % DAY) >= 18 * 3600
        ans = rng.random(len(caller)) < np.where(w.p_age[callee] > 65, 0.9, 0.83)
        dur = rng.lognormal(4.2, 1.0, len(caller)).astype(np.int64) + 3
        ccell = np.where(ev, w.p_home[caller], w.p_work[caller])
        dcell = np.where(ev, w.p_home[callee], w.p_work[callee])
        roam = np.where(ab[caller], w.p_country[caller], "")
        ccell = np.where(ab[caller], -1, ccell)
        dcell = np.where(ab[callee], -1, dcell)
        w.voice(t, w.p_msisdn[caller], w.p_msisdn[callee], dur, ans, w.p_imei[caller], w.p_imsi[caller], ccell,
                dcell, roam)
        # calls to service lines
        sv = np.flatnonzero(rng.random(N) < 0.06)
        ts = w.when(np.full(len(sv), d), "office")
        w.voice(ts, w.p_msisdn[sv], w.pick(SERVICE_NUMBERS, len(sv)), rng.lognormal(4.8, 0.8, len(sv)),
                rng.random(len(sv)) < 0.95, w.p_imei[sv], w.p_imsi[sv], w.p_work[sv], -1,
                np.where(ab[sv], w.p_country[sv], ""))
        # SMS among contacts, and service SMS (bank notices, codes)
        n = rng.poisson(sms_rate * 0.5) * has_deg
        snd = np.repeat(np.arange(N), n)
        rcv = contact_of(w, snd)
        t = w.when(np.full(len(snd), d), "evening")
        w.sms(t, w.p_msisdn[snd], w.p_msisdn[rcv], "", w.p_imei[snd], np.where(ab[snd], -1, w.p_home[snd]),
              np.where(ab[snd], w.p_country[snd], ""))
        rc = np.flatnonzero(rng.random(N) < 0.25)
        tpl = np.array(["【银行】您尾号账户于今日发生一笔交易，如非本人操作请致电客服。", "【验证码】您的验证码为，5分钟内有效，请勿告知他人。",
                        "【中国移动】您本月套餐余量提醒，详询10086。", "【云南文旅】游云南，一部手机玩转云南。"])
        w.sms(w.when(np.full(len(rc), d), "day"), w.pick(SMS_GATEWAYS, len(rc)), w.p_msisdn[rc], w.pick(tpl, len(rc)))
        # device: one data session (smartphones) or location update; power cycles of basic phones
        here = np.where(rng.random(N) < 0.5, w.p_home, w.p_work)
        ev = np.where(w.p_smart, "data_session", "location_update")
        t = w.when(np.full(N, d), "day")
        w.device(t, w.p_msisdn, w.p_imsi, w.p_imei, np.where(ab, -1, here), ev, np.where(ab, w.p_country, ""))
        sm = smart_idx[rng.random(len(smart_idx)) < 0.55]
        w.device(w.when(np.full(len(sm), d), "evening"), w.p_msisdn[sm], w.p_imsi[sm], w.p_imei[sm],
                 np.where(ab[sm], -1, w.p_home[sm]), "data_session", np.where(ab[sm], w.p_country[sm], ""))
        # web and apps
        n = rng.poisson(1.3, len(smart_idx))
        who = np.repeat(smart_idx, n)
        di = rng.choice(len(dom), len(who), p=dwt / dwt.sum())
        w.web(w.when(np.full(len(who), d), "evening"), w.p_msisdn[who], dom[di], dip[di])
        who = smart_idx[rng.random(len(smart_idx)) < 0.35]
        ai = rng.choice(len(apps), len(who), p=awt / awt.sum())
        w.app(w.when(np.full(len(who), d), "evening"), w.p_msisdn[who], apps[ai], "use")
        who = smart_idx[rng.random(len(smart_idx)) < 0.01]
        ai = rng.choice(len(apps), len(who), p=awt / awt.sum())
        w.app(w.when(np.full(len(who), d), "evening"), w.p_msisdn[who], apps[ai], "install",
              np.char.add("https://appgallery.huawei.com/app/", apps[ai]))
        # transfers: QR payments to merchants, P2P among contacts
        payer = np.flatnonzero((w.p_acct >= 0) & w.p_smart & (rng.random(N) < 0.3))
        mer = w.pick(w.merchants, len(payer))
        w.transfer(w.when(np.full(len(payer), d), "day"), w.p_acct[payer], w.p_acct[mer],
                   rng.lognormal(3.4, 0.9, len(payer)), w.p_msisdn[payer], "third_party")
        payer = np.flatnonzero((w.p_acct >= 0) & has_deg & (rng.random(N) < 0.04))
        to = contact_of(w, payer)
        ok = w.p_acct[to] >= 0
        payer, to = payer[ok], to[ok]
        w.transfer(w.when(np.full(len(payer), d), "evening"), w.p_acct[payer], w.p_acct[to],
                   np.round(rng.lognormal(5.5, 1.1, len(payer)), -1) + 0.0, w.p_msisdn[payer])
        if d == 9:  # payroll on 10 November, pensions on the same day
            emp = np.flatnonzero((w.p_emp >= 0) & (w.p_acct >= 0))
            w.transfer(w.t0 + d * DAY + 10 * 3600 + rng.integers(0, 7200, len(emp)), w.emp_acct[w.p_emp[emp]],
                       w.p_acct[emp], rng.lognormal(8.4, 0.35, len(emp)), 0, "counter")
            old = w.people(["elderly"], has_acct=True)
            w.transfer(w.t0 + d * DAY + 8 * 3600 + rng.integers(0, 3600, len(old)), w.emp_acct[0], w.p_acct[old],
                       rng.lognormal(7.3, 0.3, len(old)), 0, "counter")
    # migrants crossing the border: attach at a border cell on the day they go / come back
    bc = w.cells_where(BORDER_CITIES, ["border"])
    for arr, evn in ((a0, "detach"), (a1, "attach")):
        m = (arr >= 0) & (arr < w.ndays)
        p = away[m]
        w.device(w.when(arr[m], "day"), w.p_msisdn[p], w.p_imsi[p], w.p_imei[p], w.pick(bc, len(p)), evn)
    tourists(w)


def tourists(w: World) -> None:
    """Visitors from other provinces on their own numbers (not subscribers here): roaming-in traffic."""
    rng = w.rng
    n = max(200, w.n_subs // 7)
    num, _ = w.new_mobile(n)
    imei = w.new_imei(n)
    imsi = w.new_imsi(w.pick(OPERATORS, n))
    acct = w.new_acct(n)  # their banks are elsewhere: no bank_accounts rows here
    city = w.pick(TOURIST_CITIES, n)
    start = rng.integers(-2, w.ndays, n)
    stay = rng.integers(2, 6, n)
    w.tour_num, w.tour_city, w.tour_start, w.tour_stay, w.tour_acct = num, city, start, stay, acct
    w.tour_imei = imei
    home_contacts = 86 * 10**11 + 138 * 10**8 + rng.integers(0, 10**8, (n, 3))
    for off in range(6):
        d = start + off
        m = np.flatnonzero((off < stay) & (d >= 0) & (d < w.ndays))
        if not len(m):
            continue
        cell = np.array([w.pick(w.cells_where([c], ["tourist", "transport", "urban"]), 1)[0] for c in range(
            len(CITIES))])[city[m]]
        w.device(w.when(d[m], "day"), num[m], imsi[m], imei[m], cell, np.where(off == 0, "attach", "data_session"))
        k = rng.poisson(2.0, len(m))
        who = np.repeat(m, k)
        tgt = home_contacts[who, rng.integers(0, 3, len(who))]
        w.voice(w.when(start[who] + off, "evening"), num[who], tgt, rng.lognormal(4.5, 0.9, len(who)),
                rng.random(len(who)) < 0.85, imei[who], imsi[who], np.repeat(cell, k), -1)
        # a call or payment to a local host (hotel staff, driver, shop)
        who = m[rng.random(len(m)) < 0.5]
        host = same_city(w, city[who], ["tourism_worker", "driver", "merchant"])
        t = w.when(start[who] + off, "day")
        w.voice(t, num[who], w.p_msisdn[host], rng.lognormal(4.0, 0.7, len(who)), rng.random(len(who)) < 0.8,
                imei[who], imsi[who], w.pick(w.cells_where(TOURIST_CITIES, ["tourist"]), len(who)), w.p_work[host])
        ok = w.p_acct[host] >= 0
        w.transfer(t[ok] + 3600, acct[who[ok]], w.p_acct[host[ok]], rng.lognormal(5.3, 0.8, int(ok.sum())),
                   num[who[ok]], "third_party")
        w.web(w.when(start[m] + off, "evening"), num[m], "www.ctrip.com", "101.226.33.201")


def base_lists_reports(w: World) -> None:
    rng = w.rng
    gov = np.array([12345, 96110, 110, 120, 12315], np.int64)
    w.listing("msisdn", gov, "allow", "public service number", w.t0 - 400 * DAY)
    bc = w.cells_where(BORDER_CITIES, ["border"])
    w.listing("cell", w.cell_names[bc], "high_risk_region", "border crossing area", w.t0 - 200 * DAY)
    # stale block entries for numbers of old cases (not active in the period)
    old, _ = w.new_mobile(30)
    w.listing("msisdn", old, "block", "fraud case 2026", w.t0 - rng.integers(30, 300, 30) * DAY)
    jt = w.people(["jade_trader"], BORDER_CITIES)[:6]
    w.listing("msisdn", w.p_msisdn[jt], "watch", "frequent cross-border transfers", w.t0 - 20 * DAY)
    # user complaints about nuisance marketing that police closed as benign
    p = w.pick(np.arange(w.N), 12)
    w.report(w.t0 + rng.integers(0, w.ndays * DAY, 12), "msisdn", w.p_msisdn[p], "benign", "", np.nan, "internal")


# ---------------------------------------------------------------- writer
def _col(w: World, table: str, name: str, kind: str, chunks: list[dict]) -> pa.Array:
    parts = []
    for c in chunks:
        n = len(next(iter(c.values())))
        v = c.get(name)
        if v is None:
            v = np.full(n, {"s": "", "t": 0, "i": -1, "f": np.nan, "b": False}[kind]) if not (
                name in ENC["num"] or name in ENC["acct"] or name in ENC["idk"]) else np.zeros(n, np.int64)
            if name in ENC["cell"]:
                v = np.full(n, -1)
        parts.append(np.asarray(v))
    if name in ENC["cell"]:
        v = np.concatenate([p.astype(np.int64) for p in parts])
        names = w.cell_names[np.maximum(v, 0)]
        return pa.array(names, pa.string(), mask=v < 0)
    if name in ENC["acct"] and table != "truth/entities":
        v = np.concatenate([p.astype(np.int64) for p in parts])
        return pa.array(w.s_acct(v), pa.string())
    if name == "id_key":
        v = np.concatenate([p.astype(np.int64) for p in parts])
        return pa.array(w.s_idk(v), pa.string())
    if name in ENC["num"]:
        v = np.concatenate([p.astype(np.int64) for p in parts])
        return pa.array(v.astype(str), pa.string(), mask=v <= 0)
    if kind == "t":
        v = np.concatenate([p.astype(np.int64) for p in parts])
        return pa.array(v * 1_000_000, pa.int64(), mask=v <= 0).cast(pa.timestamp("us", tz=TZ))
    if kind == "i":
        v = np.concatenate([p.astype(np.int64) for p in parts])
        return pa.array(v, pa.int64(), mask=v < 0)
    if kind == "f":
        v = np.concatenate([p.astype(float) for p in parts])
        return pa.array(v, pa.float64(), mask=np.isnan(v))
    if kind == "b":
        return pa.array(np.concatenate([p.astype(bool) for p in parts]), pa.bool_())
    v = np.concatenate([p.astype(str) for p in parts])
    return pa.array(v, pa.string(), mask=v == "")


def write(w: World, out: str) -> dict:
    counts = {}
    for table, cols in SCHEMA.items():
        chunks = w.T.get(table, [])
        if not chunks:
            continue
        arrays = {name: _col(w, table, name, kind, chunks) for name, kind in cols if name not in ID_COL.get(
            table, ("",))[:1]}
        n = len(next(iter(arrays.values())))
        tab = pa.table(arrays)
        tc = TIME_COL.get(table)
        if tc:
            tv = np.concatenate([np.asarray(c[tc], np.int64) for c in chunks])
            tab = tab.take(pa.array(np.argsort(tv, kind="stable")))
        if table in ID_COL:
            name, pre = ID_COL[table]
            ids = np.char.add(f"y7{pre}{w.seed}-", np.arange(n).astype(str))
            tab = tab.add_column(0, name, pa.array(ids, pa.string()))
        if table in ("subscribers", "truth/entities"):  # one row per number / entity (the first one written)
            key = np.asarray(tab.column("msisdn" if table == "subscribers" else "entity").to_numpy(
                zero_copy_only=False)).astype(str)
            if table == "truth/entities":
                key = np.char.add(np.char.add(np.asarray(tab.column("entity_type").to_numpy(zero_copy_only=False))
                                              .astype(str), ":"), key)
            _, first = np.unique(key, return_index=True)
            tab = tab.take(pa.array(np.sort(first)))
        tab = tab.select([c for c, _ in cols])
        d = os.path.join(out, table)
        os.makedirs(d, exist_ok=True)
        pq.write_table(tab, os.path.join(d, table.split("/")[-1] + ".parquet"), compression="zstd")
        counts[table] = tab.num_rows
    return counts


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=71)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args(argv)
    t = time.time()
    w = World(a.seed, a.subscribers, a.days_history, a.days)
    build_cells(w)
    build_people(w)
    ordinary_life(w)
    base_lists_reports(w)
    gangs.plant(w)
    lookalikes.plant(w)
    counts = write(w, a.out)
    print(f"redteam7 seed {a.seed}: {sum(counts.values()):,} rows in {time.time() - t:.1f}s "
          + ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)


if __name__ == "__main__":
    main()
