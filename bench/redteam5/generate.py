#!/usr/bin/env python3
"""Red-team generator 5: a blind synthetic Yunnan province in interchange v1, with ground truth.

Written without reading fraudwall's detection code (see README.md, "Blindness"). Every scheme,
look-alike and parameter below comes from general knowledge of telecom and network fraud in China.

    generate.py --out DIR --seed N [--subscribers 15000] [--days-history 10] [--days 5]

Writes DIR/<type>/<type>.parquet for the 12 record types, DIR/truth/entities/entities.parquet and
DIR/truth/events/events.parquet. Same seed -> byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
DAY = 86400
HOUR = 3600
MIN = 60
# local midnight 2026-11-02 (a Monday) in UTC seconds
BASE = int(dt.datetime(2026, 11, 1, 16, tzinfo=dt.UTC).timestamp())
TS = pa.timestamp("s", tz=TZ)

# column kinds: n = number held as int64 (0 = null) written as digits; c = cell index (-1 null);
# r = roaming country index (0 null); t = UTC seconds (-1 null); s/f/i/b = str/float/int/bool
COLUMNS = {
    "subscribers": [("msisdn", "n"), ("imsi", "n"), ("id_key", "s"), ("id_type", "s"),
                    ("customer_type", "s"), ("line_type", "s"), ("operator", "s"), ("open_time", "t"),
                    ("open_channel", "s"), ("open_cell", "c"), ("status", "s"), ("status_time", "t"),
                    ("is_prepaid", "b"), ("home_region", "s")],
    "voice": [("call_id", "s"), ("start_time", "t"), ("caller", "n"), ("callee", "n"), ("duration_s", "i"),
              ("ring_s", "i"), ("result", "s"), ("caller_imei", "n"), ("caller_imsi", "n"),
              ("caller_cell", "c"), ("callee_cell", "c"), ("caller_roaming_country", "r"),
              ("call_type", "s"), ("media", "s"), ("gateway", "s")],
    "sms": [("sms_id", "s"), ("send_time", "t"), ("sender", "n"), ("receiver", "n"), ("content", "s"),
            ("sender_imei", "n"), ("sender_cell", "c"), ("sender_roaming_country", "r")],
    "device": [("time", "t"), ("msisdn", "n"), ("imsi", "n"), ("imei", "n"), ("cell", "c"), ("event", "s"),
               ("roaming_country", "r"), ("bytes", "i")],
    "cells": [("cell", "s"), ("lat", "f"), ("lon", "f"), ("region", "s"), ("site_type", "s")],
    "web": [("time", "t"), ("msisdn", "n"), ("domain", "s"), ("url", "s"), ("ip", "s"), ("bytes", "i"),
            ("app", "s")],
    "apps": [("time", "t"), ("msisdn", "n"), ("app", "s"), ("event", "s"), ("source_url", "s")],
    "internet_accounts": [("platform", "s"), ("account", "s"), ("msisdn", "n"), ("register_time", "t"),
                          ("status", "s")],
    "bank_accounts": [("account_id", "s"), ("id_key", "s"), ("bank", "s"), ("open_time", "t"),
                      ("bound_msisdn", "n"), ("status", "s")],
    "transfers": [("txn_id", "s"), ("time", "t"), ("from_account", "s"), ("to_account", "s"), ("amount", "f"),
                  ("currency", "s"), ("channel", "s"), ("initiated_msisdn", "n")],
    "reports": [("report_id", "s"), ("time", "t"), ("entity_type", "s"), ("entity", "s"), ("label", "s"),
                ("fraud_type", "s"), ("loss_amount", "f"), ("source", "s")],
    "lists": [("entity_type", "s"), ("entity", "s"), ("list", "s"), ("reason", "s"), ("added_time", "t"),
              ("expires_time", "t")],
}
REQUIRED = {
    "subscribers": ("msisdn", "id_key", "line_type", "open_time"),
    "voice": ("call_id", "start_time", "caller", "callee", "duration_s"),
    "sms": ("sms_id", "send_time", "sender", "receiver"), "device": ("time", "msisdn", "imei", "event"),
    "cells": ("cell",), "web": ("time", "msisdn", "domain"), "apps": ("time", "msisdn", "app"),
    "internet_accounts": ("platform", "account", "msisdn", "register_time"), "bank_accounts": ("account_id", "id_key"),
    "transfers": ("txn_id", "time", "from_account", "to_account", "amount"),
    "reports": ("report_id", "time", "entity_type", "entity", "label"), "lists": ("entity_type", "entity", "list"),
}
ID_PREFIX = {"voice": "YNV", "sms": "YNS", "transfers": "YNT", "reports": "YNR"}
ID_COL = {"voice": "call_id", "sms": "sms_id", "transfers": "txn_id", "reports": "report_id"}
COUNTRIES = ["", "MM", "LA", "VN", "TH", "KH", "PH", "MY"]
CC = {c: i for i, c in enumerate(COUNTRIES)}

# code, name, lat, lon, population weight, cells
REGIONS = [
    ("871", "kunming", 25.04, 102.71, 0.19, 70), ("874", "qujing", 25.49, 103.80, 0.12, 28),
    ("877", "yuxi", 24.35, 102.54, 0.05, 16), ("870", "zhaotong", 27.34, 103.72, 0.10, 22),
    ("878", "chuxiong", 25.04, 101.55, 0.05, 14), ("873", "honghe", 23.36, 103.38, 0.09, 22),
    ("876", "wenshan", 23.37, 104.24, 0.07, 16), ("879", "puer", 22.78, 100.97, 0.05, 14),
    ("691", "xishuangbanna", 22.01, 100.80, 0.03, 14), ("872", "dali", 25.61, 100.27, 0.07, 22),
    ("875", "baoshan", 25.11, 99.16, 0.05, 14), ("692", "dehong", 24.43, 98.58, 0.04, 14),
    ("888", "lijiang", 26.87, 100.23, 0.03, 14), ("886", "nujiang", 25.85, 98.86, 0.01, 6),
    ("887", "diqing", 27.83, 99.70, 0.01, 6), ("883", "lincang", 23.88, 100.09, 0.04, 14),
]
# border towns: region code, lat, lon, neighbour country, cells
BORDER = [("692", 24.01, 97.85, "MM", 6), ("692", 24.08, 98.07, "MM", 2), ("691", 21.46, 101.56, "LA", 3),
          ("691", 21.18, 101.68, "LA", 2), ("873", 22.51, 103.95, "VN", 3), ("883", 23.59, 98.93, "MM", 2),
          ("875", 25.33, 98.28, "MM", 2), ("879", 22.35, 99.60, "MM", 1)]

PREFIX_OP = {}
for _op, _ps in (("cmcc", (134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188, 198)),
                 ("cucc", (130, 131, 132, 155, 156, 185, 186, 166, 176)),
                 ("ctcc", (133, 153, 180, 181, 189, 173, 177, 199, 191))):
    for _p in _ps:
        PREFIX_OP[_p] = _op
PREFIXES = np.array(sorted(PREFIX_OP))
OPS = ["cmcc", "cucc", "ctcc"]
MNC = {"cmcc": (0, 2, 7), "cucc": (1, 6), "ctcc": (3, 11)}
BANKS = ["ICBC", "CCB", "ABC", "BOC", "PSBC", "YNRCC", "FUDIAN", "CMB", "BOCOM", "KMRCB"]
BANK_W = [0.16, 0.15, 0.17, 0.1, 0.12, 0.14, 0.05, 0.05, 0.03, 0.03]

POP_DOMAINS = [  # domain, weight, app package
    ("weixin.qq.com", 14, "com.tencent.mm"), ("qq.com", 6, "com.tencent.mobileqq"),
    ("douyin.com", 12, "com.ss.android.ugc.aweme"), ("taobao.com", 7, "com.taobao.taobao"),
    ("alipay.com", 6, "com.eg.android.AlipayGphone"), ("baidu.com", 6, "com.baidu.searchbox"),
    ("jd.com", 4, "com.jingdong.app.mall"), ("pinduoduo.com", 5, "com.xunmeng.pinduoduo"),
    ("meituan.com", 4, "com.sankuai.meituan"), ("kuaishou.com", 5, "com.smile.gifmaker"),
    ("bilibili.com", 3, "tv.danmaku.bili"), ("weibo.com", 2, "com.sina.weibo"),
    ("amap.com", 2, "com.autonavi.minimap"), ("12306.cn", 1, "com.MobileTicket"),
    ("ctrip.com", 1, "ctrip.android.view"), ("xiaohongshu.com", 3, "com.xingin.xhs"),
    ("icbc.com.cn", 1, "com.icbc"), ("ccb.com", 1, "com.chinamworld.main"), ("abchina.com", 1, "com.android.bankabc"),
    ("ynrcc.com", 0.6, None), ("yn.gov.cn", 0.4, None), ("kunming.cn", 0.4, None), ("ynet.com", 0.5, None),
    ("sohu.com", 1, None), ("163.com", 1.5, "com.netease.newsreader.activity"), ("toutiao.com", 3, "com.ss.android.article.news"),
    ("iqiyi.com", 1.5, "com.qiyi.video"), ("v.qq.com", 1.5, "com.tencent.qqlive"), ("ele.me", 1, "me.ele"),
    ("dianping.com", 0.8, "com.dianping.v1"), ("zhihu.com", 1, "com.zhihu.android"), ("apple.com", 1, None),
    ("mi.com", 0.8, None), ("huawei.com", 0.8, None), ("10086.cn", 0.6, None), ("95598.cn", 0.3, None),
    ("chsi.com.cn", 0.2, None), ("ynzs.cn", 0.2, None), ("gjzwfw.gov.cn", 0.2, None), ("xianyu.com", 0.8, "com.taobao.idlefish"),
    ("didiglobal.com", 0.8, "com.sdu.didi.psnger"), ("ke.com", 0.3, "com.lianjia.beike"), ("58.com", 0.5, "com.wuba"),
    ("cainiao.com", 0.6, "com.cainiao.wireless"), ("sf-express.com", 0.4, "com.sf.activity"),
]
APPS = [d[2] for d in POP_DOMAINS if d[2]] + ["com.tencent.wemeet", "com.alibaba.android.rimet", "com.tencent.wework",
                                              "com.hicorenational.antifraud", "com.unionpay", "com.tencent.tmgp.sgame"]
SYL = ["yun", "nan", "dian", "chi", "cha", "hua", "ma", "jin", "long", "feng", "shan", "shui", "ying", "tai", "ping", "an", "xin", "hong", "li", "mei", "kang", "jia", "he", "tian", "yuan", "fu", "gui", "hao", "shun", "da", "bao", "xing", "cheng", "ming", "hui", "rui", "zhi", "guang", "shang", "wu", "jiu"]
TLDS = ["com", "cn", "com.cn", "net", "top", "xyz", "vip", "cc", "shop", "site"]
TLD_W = [0.36, 0.3, 0.12, 0.08, 0.04, 0.03, 0.02, 0.02, 0.02, 0.01]

P2P_TEXT = ["到了吗", "晚上一起吃饭", "收到", "好的", "明天见", "[图片]", "在忙，稍后回电", "这周末回家", "钱收到了没",
            "帮我带点米线回来", "几点下班", "孩子接了", "开会呢", "谢谢", "路上注意安全", "生日快乐"]
A2P = [  # sender short code, text
    (95588, "【工商银行】您尾号的卡消费支出，余额请查询手机银行。"), (95533, "【建设银行】您的账户有一笔入账。"),
    (95599, "【农业银行】您尾号账户转账支出。"), (10086, "【中国移动】您本月套餐余量提醒，详询10086。"),
    (10010, "【中国联通】流量使用提醒。"), (10000, "【中国电信】话费账单已出。"),
    (1069000088, "【美团】验证码，5分钟内有效，请勿泄露。"), (1069012345, "【淘宝】验证码，请勿告诉他人。"),
    (1069055555, "【顺丰速运】您的快件已到驿站，取件码见小程序。"), (1069066666, "【菜鸟驿站】您的包裹已到，凭取件码取件。"),
    (96500, "【云南农信】您的账户动账提醒。"), (1069077777, "【12306】您的车票已出票。"),
    (95598, "【南方电网】电费缴费提醒。"), (12345, "【昆明12345】您的诉求已受理。"),
]
SERVICE_NUMS = [95588, 95533, 95599, 95566, 95580, 96500, 10086, 10010, 10000, 12345, 12315, 12333, 95598,
                95518, 95511, 120, 114, 12306, 4008111111, 4008208820, 96110]


def luhn(body: np.ndarray) -> np.ndarray:
    """Luhn check digit for int64 14-digit bodies."""
    s = np.zeros(len(body), dtype=np.int64)
    x = body.copy()
    for pos in range(14):
        d = x % 10
        x //= 10
        if pos % 2 == 0:
            d = d * 2
            d = d - 9 * (d > 9)
        s += d
    return (10 - s % 10) % 10


class Gen:
    def __init__(self, seed: int, subscribers: int, days_hist: int, days_eval: int):
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.H, self.D = days_hist, days_eval
        self.ND = days_hist + days_eval
        self.T1 = BASE + self.ND * DAY
        self.EVAL0 = BASE + days_hist * DAY
        self.nsub = subscribers
        self.out: dict[str, list] = {k: [] for k in COLUMNS}
        self.truth: list = []
        self.events: list = []
        self.used_numbers: set[int] = set()
        self.used_imei: set[int] = set()
        self.acct_bound: dict = {}
        self.written: dict = {}
        self.allow_nums: list = []
        self.hourw = np.array([0.2, 0.1, 0.05, 0.05, 0.05, 0.2, 0.6, 1.5, 3, 4.5, 5, 5, 4.5, 4, 4.5, 5, 5, 5, 5.5,
                               6, 6, 5, 3, 1.0])
        self.hourw /= self.hourw.sum()
        self.tac = 10 ** 6 * self.rng.integers(35, 36, 30) + self.rng.integers(100000, 999999, 30)
        self.tac = np.concatenate([self.tac, 86 * 10 ** 6 + self.rng.integers(100000, 999999, 30)])

    # ------------------------------------------------------------------ helpers
    def emit(self, rtype: str, n: int, **cols):
        if n:
            self.out[rtype].append((n, cols))

    def label(self, etype, entities, role, gang, scheme, first_active):
        ents = [str(e) for e in np.atleast_1d(entities)]
        fa = np.broadcast_to(np.asarray(first_active, dtype=np.int64), (len(ents),))
        for e, f in zip(ents, fa, strict=False):
            self.truth.append((etype, e, role, gang, scheme, int(f)))

    def report(self, t, etype, entity, label, ftype=None, loss=None, source="police"):
        if t < self.T1:
            self.emit("reports", 1, time=np.array([t]), entity_type=etype, entity=str(entity), label=label,
                      fraud_type=ftype, loss_amount=np.array([loss], dtype=float) if loss is not None else None,
                      source=source)

    def new_numbers(self, k: int, prefixes=None) -> np.ndarray:
        rng = self.rng
        out: list[int] = []
        while len(out) < k:
            pre = rng.choice(PREFIXES if prefixes is None else np.asarray(prefixes), 2 * k + 4)
            cand = 86 * 10 ** 11 + pre * 10 ** 8 + rng.integers(0, 10 ** 8, len(pre))
            for c in cand.tolist():
                if c not in self.used_numbers:
                    self.used_numbers.add(c)
                    out.append(c)
                    if len(out) == k:
                        break
        return np.array(out, dtype=np.int64)

    def fixed_numbers(self, k: int, area: str, lead=(6, 5, 8)) -> np.ndarray:
        out = []
        while len(out) < k:
            c = int(f"86{area}{self.rng.choice(lead)}{self.rng.integers(0, 10 ** 7):07d}")
            if c not in self.used_numbers:
                self.used_numbers.add(c)
                out.append(c)
        return np.array(out, dtype=np.int64)

    def foreign_numbers(self, k: int, country: str) -> np.ndarray:
        r = self.rng
        if country == "MM":
            return 959 * 10 ** 9 + r.integers(10 ** 8, 10 ** 9, k)
        if country == "LA":
            return 85620 * 10 ** 8 + r.integers(10 ** 7, 10 ** 8, k)
        if country == "VN":
            return 849 * 10 ** 8 + r.integers(10 ** 7, 10 ** 8, k)
        if country == "TH":
            return 668 * 10 ** 8 + r.integers(10 ** 7, 10 ** 8, k)
        if country == "KH":
            return 855 * 10 ** 8 + r.integers(10 ** 7, 10 ** 8, k)
        if country == "PH":
            return 639 * 10 ** 9 + r.integers(10 ** 8, 10 ** 9, k)
        return 601 * 10 ** 8 + r.integers(10 ** 7, 10 ** 8, k)

    def new_imeis(self, k: int, tac=None, sequential=False) -> np.ndarray:
        r = self.rng
        out = []
        while len(out) < k:
            t = np.full(k, tac) if tac is not None else r.choice(self.tac, k)
            if sequential:
                ser = r.integers(0, 900000) + np.arange(k)
            else:
                ser = r.integers(0, 10 ** 6, k)
            body = t * 10 ** 6 + ser
            imei = body * 10 + luhn(body)
            for c in imei.tolist():
                if c not in self.used_imei:
                    self.used_imei.add(c)
                    out.append(c)
            if sequential and len(out) < k:
                out = []
        return np.array(out[:k], dtype=np.int64)

    def imsis(self, ops: np.ndarray) -> np.ndarray:
        r = self.rng
        mnc = np.array([r.choice(MNC[OPS[o]]) for o in ops], dtype=np.int64)
        return 460 * 10 ** 12 + mnc * 10 ** 10 + r.integers(0, 10 ** 10, len(ops))

    def hexkeys(self, k: int, prefix: str) -> list[str]:
        v = self.rng.integers(0, 2 ** 62, k)
        return [f"{prefix}{x:016x}" for x in v.tolist()]

    def times(self, day: np.ndarray, hourw=None) -> np.ndarray:
        r = self.rng
        w = self.hourw if hourw is None else hourw
        h = r.choice(24, len(day), p=w)
        return BASE + day.astype(np.int64) * DAY + h * HOUR + r.integers(0, HOUR, len(day))

    def lognorm(self, median, sigma, k, lo=1, hi=None):
        x = np.exp(np.log(median) + sigma * self.rng.standard_normal(k))
        return np.clip(x, lo, hi if hi is not None else np.inf)

    # lines ---------------------------------------------------------------
    def add_lines(self, msisdn, id_key, line_type, open_time, home_cell, work_cell=None, imei=None, owner=None,
                  customer_type="personal", id_type="resident_id", channel=None, status="active", status_time=None,
                  prepaid=None, home_region=None, operator=None):
        k = len(msisdn)
        L = self.L
        start = len(L["msisdn"]) if "msisdn" in L else 0

        def arr(v, dtype=None):
            if v is None:
                return None
            a = np.asarray(v, dtype=dtype)
            return np.broadcast_to(a, (k,)).copy() if a.ndim == 0 else a

        msisdn = np.asarray(msisdn, dtype=np.int64)
        if operator is None:
            pre = (msisdn // 10 ** 8) % 1000
            operator = np.array([OPS.index(PREFIX_OP.get(int(p), "ctcc")) for p in pre])
        operator = arr(operator, np.int64)
        lt = arr(line_type)
        imsi = np.where(lt == "mobile", self.imsis(operator), 0)
        imsi = np.where(lt == "iot", self.imsis(operator), imsi)
        home_cell = arr(home_cell, np.int64)
        new = {
            "msisdn": msisdn, "imsi": imsi, "id_key": arr(id_key, object), "line_type": lt,
            "open_time": arr(open_time, np.int64), "home_cell": home_cell,
            "work_cell": arr(work_cell, np.int64) if work_cell is not None else home_cell.copy(),
            "imei": arr(imei, np.int64) if imei is not None else np.zeros(k, np.int64),
            "owner": arr(owner, np.int64) if owner is not None else np.full(k, -1),
            "customer_type": arr(customer_type, object), "id_type": arr(id_type, object),
            "channel": arr(channel if channel is not None else "", object),
            "status": arr(status, object), "status_time": arr(status_time if status_time is not None else -1, np.int64),
            "prepaid": arr(prepaid if prepaid is not None else False, bool),
            "home_region": arr(home_region if home_region is not None else "", object), "operator": operator,
        }
        for key, v in new.items():
            L[key] = v if key not in L else np.concatenate([L[key], v])
        return np.arange(start, start + k)

    def cell_at(self, line: np.ndarray, t: np.ndarray) -> np.ndarray:
        line = np.asarray(line)
        ok = line >= 0
        li = np.where(ok, line, 0)
        rel = t - BASE
        hr = (rel % DAY) // HOUR
        wk = (rel // DAY) % 7 < 5
        at_work = wk & (hr >= 9) & (hr < 18)
        c = np.where(at_work, self.L["work_cell"][li], self.L["home_cell"][li])
        lt = self.L["line_type"][li]
        return np.where(ok & ((lt == "mobile") | (lt == "iot")), c, -1)

    def calls(self, t, caller, callee, result, dur, caller_line=None, callee_line=None, imei=None, ccell=None,
              roam=None, call_type="mobile", media="voice", gateway=None, imsi=None):
        n = len(t)
        if n == 0:
            return
        t = np.asarray(t, dtype=np.int64)
        r = self.rng
        result = np.asarray(result)
        if result.ndim == 0:
            result = np.full(n, result)
        dur = np.where(result == "answered", np.asarray(dur, dtype=np.int64), 0)
        ring = np.where(result == "answered", r.integers(2, 16, n),
                        np.where(result == "no_answer", r.integers(25, 50, n),
                                 np.where(result == "rejected", r.integers(1, 12, n), 0)))
        if caller_line is not None:
            cl = np.asarray(caller_line)
            li = np.where(cl >= 0, cl, 0)
            if imei is None:
                imei = np.where(cl >= 0, self.L["imei"][li], 0)
            if imsi is None:
                imsi = np.where(cl >= 0, self.L["imsi"][li], 0)
            if ccell is None:
                ccell = self.cell_at(cl, t)
        if ccell is None:
            ccell = np.full(n, -1)
        if roam is not None and np.ndim(roam) == 0:
            roam = np.full(n, CC[roam] if isinstance(roam, str) else roam)
        ecell = self.cell_at(callee_line, t) if callee_line is not None else np.full(n, -1)
        self.emit("voice", n, start_time=t, caller=np.asarray(caller, np.int64), callee=np.asarray(callee, np.int64),
                  duration_s=dur, ring_s=ring, result=result, caller_imei=imei if imei is not None else 0,
                  caller_imsi=imsi if imsi is not None else 0, caller_cell=ccell, callee_cell=ecell,
                  caller_roaming_country=roam if roam is not None else 0, call_type=call_type, media=media,
                  gateway=gateway)

    def sms(self, t, sender, receiver, content=None, sender_line=None, imei=None, cell=None, roam=None):
        n = len(t)
        if n == 0:
            return
        t = np.asarray(t, dtype=np.int64)
        if sender_line is not None:
            sl = np.asarray(sender_line)
            li = np.where(sl >= 0, sl, 0)
            if imei is None:
                imei = np.where(sl >= 0, self.L["imei"][li], 0)
            if cell is None:
                cell = self.cell_at(sl, t)
        if roam is not None and np.ndim(roam) == 0:
            roam = np.full(n, CC[roam])
        self.emit("sms", n, send_time=t, sender=np.asarray(sender, np.int64), receiver=np.asarray(receiver, np.int64),
                  content=content, sender_imei=imei if imei is not None else 0,
                  sender_cell=cell if cell is not None else -1, sender_roaming_country=roam if roam is not None else 0)

    def transfer(self, t, frm, to, amount, channel="mobile_app", initiated=None):
        n = len(t)
        if n:
            self.emit("transfers", n, time=np.asarray(t, np.int64), from_account=frm, to_account=to,
                      amount=np.round(np.asarray(amount, float), 2), currency="CNY", channel=channel,
                      initiated_msisdn=initiated if initiated is not None else 0)

    def device(self, t, line, event, cell=None, roam=None, nbytes=None, imei=None):
        n = len(t)
        if n == 0:
            return
        line = np.asarray(line)
        t = np.asarray(t, np.int64)
        if cell is None:
            cell = self.cell_at(line, t)
        if roam is not None and np.ndim(roam) == 0:
            roam = np.full(n, CC[roam])
        self.emit("device", n, time=t, msisdn=self.L["msisdn"][line], imsi=self.L["imsi"][line],
                  imei=self.L["imei"][line] if imei is None else imei, cell=cell, event=event,
                  roaming_country=roam if roam is not None else 0, bytes=nbytes)

    def web(self, t, line, domain, url=None, ip=None, nbytes=None, app=None):
        n = len(t)
        if n:
            self.emit("web", n, time=np.asarray(t, np.int64), msisdn=self.L["msisdn"][np.asarray(line)],
                      domain=domain, url=url, ip=ip,
                      bytes=nbytes if nbytes is not None else self.lognorm(40000, 1.2, n).astype(np.int64), app=app)

    def app_event(self, t, line, app, event, source_url=None):
        n = len(t)
        if n:
            self.emit("apps", n, time=np.asarray(t, np.int64), msisdn=self.L["msisdn"][np.asarray(line)], app=app,
                      event=event, source_url=source_url)

    def add_accounts(self, id_keys, bound, open_time, bank=None, status="active"):
        k = len(id_keys)
        ids = self.hexkeys(k, "AC")
        for a, b in zip(ids, np.broadcast_to(np.asarray(bound, np.int64), (k,)).tolist(), strict=False):
            self.acct_bound[a] = b
        if bank is None:
            bank = self.rng.choice(BANKS, k, p=BANK_W)
        self.acct_rows.append((ids, list(id_keys), np.broadcast_to(np.asarray(bank, object), (k,)),
                               np.broadcast_to(np.asarray(open_time, np.int64), (k,)),
                               np.broadcast_to(np.asarray(bound, np.int64), (k,)), status))
        return ids

    # --------------------------------------------------------------- the world
    def build_world(self):
        r = self.rng
        # cells
        cell_names, lat, lon, creg, stype, border_of = [], [], [], [], [], []
        self.region_cells = {}
        self.border_cells = {}
        for code, _name, la, lo, _w, nc in REGIONS:
            start = len(cell_names)
            for k in range(nc):
                cell_names.append(f"YN{code}{k:04d}")
                lat.append(la + r.normal(0, 0.25))
                lon.append(lo + r.normal(0, 0.25))
                creg.append(code)
                stype.append("indoor" if r.random() < 0.12 else ("small" if r.random() < 0.1 else "macro"))
                border_of.append("")
            self.region_cells[code] = np.arange(start, len(cell_names))
        for bi, (code, la, lo, cty, nc) in enumerate(BORDER):
            start = len(cell_names)
            for k in range(nc):
                cell_names.append(f"YN{code}B{bi}{k:02d}")
                lat.append(la + r.normal(0, 0.03))
                lon.append(lo + r.normal(0, 0.03))
                creg.append(code)
                stype.append("indoor" if k == nc - 1 and nc > 2 else "macro")
                border_of.append(cty)
            idx = np.arange(start, len(cell_names))
            self.border_cells.setdefault(cty, []).extend(idx.tolist())
            self.region_cells[code] = np.concatenate([self.region_cells[code], idx])
        self.cell_vocab = pa.array(cell_names)
        self.cell_region = np.array(creg)
        self.cell_border = np.array(border_of)
        self.emit("cells", len(cell_names), cell=cell_names, lat=np.round(lat, 5), lon=np.round(lon, 5),
                  region=creg, site_type=stype)
        self.all_border = np.array(sorted(sum(self.border_cells.values(), [])))

        # persons
        P = int(self.nsub * 0.92)
        self.P = P
        codes = [x[0] for x in REGIONS]
        w = np.array([x[4] for x in REGIONS])
        reg = r.choice(len(REGIONS), P, p=w / w.sum())
        self.preg = reg
        home = np.zeros(P, np.int64)
        work = np.zeros(P, np.int64)
        for i, code in enumerate(codes):
            m = np.where(reg == i)[0]
            cells = self.region_cells[code]
            nb = cells[self.cell_border[cells] == ""]
            bd = cells[self.cell_border[cells] != ""]
            pb = 0.35 if len(bd) else 0.0
            isb = r.random(len(m)) < pb
            home[m] = np.where(isb, r.choice(bd, len(m)) if len(bd) else 0, r.choice(nb, len(m)))
            work[m] = np.where(r.random(len(m)) < 0.65, r.choice(cells, len(m)), home[m])
        self.age = r.choice(4, P, p=[0.12, 0.30, 0.38, 0.20])  # student, young, adult, elderly
        self.pid_keys = np.array(self.hexkeys(P, "ID"), dtype=object)
        self.pstate = np.zeros(P, np.int8)  # 0 free, 1 look-alike, 2 fraud side, 3 victim
        self.L = {}
        msisdn = self.new_numbers(P)
        open_t = BASE - (self.lognorm(900, 1.0, P, 20, 8000) * DAY).astype(np.int64)
        imei = self.new_imeis(P)
        self.add_lines(msisdn, self.pid_keys, "mobile", open_t, home, work, imei=imei, owner=np.arange(P),
                       channel=np.array([f"STORE{c}{r.integers(1, 40):02d}" if r.random() < 0.7 else
                                         f"AGENT{c}{r.integers(1, 90):02d}" for c in np.array(codes)[reg]], object),
                       prepaid=r.random(P) < 0.35, home_region=np.array(codes)[reg])
        # people who moved to Yunnan keep the number they opened elsewhere
        moved = np.where(r.random(P) < 0.06)[0]
        self.L["home_region"][moved] = "other"
        self.L["channel"][moved] = np.array([f"OUT{x:05d}" for x in r.integers(0, 10 ** 5, len(moved))], object)
        self.reg_code = np.array(codes)
        # activity rates per person
        base_rate = np.array([2.2, 4.5, 4.0, 2.0])[self.age]
        self.rate = base_rate * self.lognorm(1.0, 0.5, P, 0.15, 6)
        # contacts: ring lattice in (region, home cell) order plus two random contacts
        order = np.lexsort((r.random(P), home, reg))
        pos = np.empty(P, np.int64)
        pos[order] = np.arange(P)
        offs = np.array([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5])
        C = order[(pos[:, None] + offs[None, :]) % P]
        C = np.concatenate([C, r.integers(0, P, (P, 2))], axis=1)
        self.contacts = C
        self.oop_pool = self.new_numbers(max(P // 2, 50))
        self.oop = r.choice(self.oop_pool, (P, 2))

        # enterprise fixed lines (restaurants, shops, clinics, companies)
        nfix = max(P // 45, 20)
        fregion = r.choice(len(REGIONS), nfix, p=w / w.sum())
        fnums = np.concatenate([self.fixed_numbers(1, codes[i]) for i in fregion])
        fcell = np.array([r.choice(self.region_cells[codes[i]]) for i in fregion])
        self.biz_ids = np.array(self.hexkeys(nfix, "BL"), object)
        self.fixed_lines = self.add_lines(fnums, self.biz_ids, "fixed", BASE - r.integers(300, 5000, nfix) * DAY,
                                          fcell, customer_type="enterprise", id_type="business_license",
                                          channel="BIZHALL", home_region=np.array(codes)[fregion], operator=2)

        # bank accounts
        self.acct_rows = []
        has = r.random(P) < 0.93
        p1 = np.where(has)[0]
        ids1 = self.add_accounts(self.pid_keys[p1], msisdn[p1], open_t[p1] + r.integers(0, 30, len(p1)) * DAY)
        self.pacct = np.full(P, None, object)
        self.pacct[p1] = ids1
        p2 = np.where(has & (r.random(P) < 0.3))[0]
        ids2 = self.add_accounts(self.pid_keys[p2], msisdn[p2], BASE - r.integers(60, 3000, len(p2)) * DAY)
        self.pacct2 = np.full(P, None, object)
        self.pacct2[p2] = ids2
        # merchants, employers, utilities
        nm = max(P // 25, 30)
        self.merch_reg = r.choice(len(REGIONS), nm, p=w / w.sum())
        mk = np.array(self.hexkeys(nm, "BL"), object)
        self.merch = np.array(self.add_accounts(mk, 0, BASE - r.integers(100, 3000, nm) * DAY), object)
        ne = max(P // 70, 15)
        ek = np.array(self.hexkeys(ne, "BL"), object)
        self.employers = np.array(self.add_accounts(ek, 0, BASE - r.integers(300, 5000, ne) * DAY), object)
        self.utilities = np.array(self.add_accounts(self.hexkeys(6, "BL"), 0, BASE - 5000 * DAY), object)
        self.pemp = np.where(np.isin(self.age, [1, 2]) & (r.random(P) < 0.7), r.integers(0, ne, P), -1)

        # domains
        ntail = 1400
        tail = []
        seen = {d[0] for d in POP_DOMAINS}
        while len(tail) < ntail:
            nm_ = "".join(r.choice(SYL, r.integers(2, 4))) + ("-" + r.choice(SYL) if r.random() < 0.15 else "")
            d = nm_ + "." + r.choice(TLDS, p=TLD_W)
            if d not in seen:
                seen.add(d)
                tail.append(d)
        self.tail_domains = tail
        self.dom_vocab = [d[0] for d in POP_DOMAINS] + tail
        self.dom_ip = [f"{r.integers(14, 223)}.{r.integers(0, 255)}.{r.integers(0, 255)}.{r.integers(1, 254)}"
                       for _ in self.dom_vocab]
        self.dom_app = [d[2] for d in POP_DOMAINS] + [None] * ntail
        pw = np.array([d[1] for d in POP_DOMAINS], float)
        self.pop_p = pw / pw.sum()
        # ordinary dual-SIM phones: a second card in the same handset, lightly used
        dual = np.where(r.random(P) < 0.05)[0]
        self.bg_dual = (self.new_line_for(dual, BASE - r.integers(30, 1500, len(dual)) * DAY, same_device=True), dual)

    def pick(self, k, ages=None, regions=None, need_acct=False, state=1, border=None, exclude_mask=None):
        """Take k free persons (optionally of given ages / region codes) and mark them."""
        r = self.rng
        m = self.pstate == 0
        if ages is not None:
            m &= np.isin(self.age, ages)
        if regions is not None:
            m &= np.isin(self.reg_code[self.preg], regions)
        if need_acct:
            m &= self.pacct != None  # noqa: E711
        if border is not None:
            bh = self.cell_border[self.L["home_cell"][: self.P]] != ""
            m &= bh if border else ~bh
        cand = np.where(m)[0]
        if len(cand) < k:
            extra = np.where((self.pstate == 0) & (~np.isin(np.arange(self.P), cand)))[0]
            cand = np.concatenate([cand, r.choice(extra, k - len(cand), replace=False)])
        sel = r.choice(cand, k, replace=False)
        self.pstate[sel] = state
        return np.sort(sel)

    # ------------------------------------------------------------ background
    def background(self):
        r = self.rng
        P, ND = self.P, self.ND
        L = self.L
        self.life_lite(self.bg_dual[0], self.bg_dual[1], 0.8)
        dm = np.array([0.9 if (d % 7) >= 5 else 1.0 for d in range(ND)])
        # outgoing calls
        cnt = r.poisson(np.outer(self.rate, dm)).ravel()
        idx = np.repeat(np.arange(P * ND), cnt)
        p, d = idx // ND, idx % ND
        n = len(p)
        t = self.times(d)
        u = r.random(n)
        callee = np.zeros(n, np.int64)
        cline = np.full(n, -1)
        kind = np.select([u < 0.68, u < 0.77, u < 0.84, u < 0.94], [0, 1, 2, 3], 4)
        ct = self.contacts[p, r.integers(0, 12, n)]
        cline = np.where(kind == 0, ct, cline)
        callee = np.where(kind == 1, self.oop[p, r.integers(0, 2, n)], callee)
        callee = np.where(kind == 2, r.choice(np.array(SERVICE_NUMS), n), callee)
        rp = r.integers(0, P, n)
        fx = r.choice(self.fixed_lines, n)
        local = np.where(r.random(n) < 0.3, fx, rp)
        cline = np.where(kind == 3, local, cline)
        callee = np.where(kind == 4, r.choice(self.oop_pool, n) + 0 * r.integers(0, 2, n), callee)
        callee = np.where(cline >= 0, L["msisdn"][np.maximum(cline, 0)], callee)
        pans = np.array([0.86, 0.8, 0.97, 0.7, 0.5])[kind]
        res = self.results(pans)
        dur = np.where(kind == 2, self.lognorm(150, 0.7, n, 10, 1800), self.lognorm(70, 1.0, n, 2, 5400))
        self.calls(t, L["msisdn"][p], callee, res, dur.astype(np.int64), caller_line=p,
                   callee_line=cline, call_type=np.where(L["line_type"][np.maximum(cline, 0)] == "fixed",
                                                         "fixed", "mobile"))
        # incoming calls from outside the province (family, spam, services)
        cnt = r.poisson(np.outer(np.full(P, 0.45), dm)).ravel()
        idx = np.repeat(np.arange(P * ND), cnt)
        p, d = idx // ND, idx % ND
        n = len(p)
        t = self.times(d)
        u = r.random(n)
        caller = np.where(u < 0.7, self.oop[p, r.integers(0, 2, n)],
                          np.where(u < 0.9, self.new_spam(n), r.choice(np.array(SERVICE_NUMS[:8]), n)))
        pans = np.where(u < 0.7, 0.82, np.where(u < 0.9, 0.35, 0.8))
        res = self.results(pans)
        dur = np.where(u < 0.7, self.lognorm(120, 1.0, n, 3, 5400), self.lognorm(35, 0.8, n, 2, 900))
        self.calls(t, caller, L["msisdn"][p], res, dur.astype(np.int64), callee_line=p,
                   gateway=np.where(u < 0.9, None, "GW-SVC-01"))
        # fixed business lines make a few calls
        fl = self.fixed_lines
        cnt = r.poisson(3.0, len(fl) * ND)
        idx = np.repeat(np.arange(len(fl) * ND), cnt)
        li, d = fl[idx // ND], idx % ND
        n = len(li)
        t = self.times(d)
        tgt = r.integers(0, P, n)
        self.calls(t, L["msisdn"][li], L["msisdn"][tgt], self.results(np.full(n, 0.75)),
                   self.lognorm(60, 0.8, n, 3, 1200).astype(np.int64), caller_line=li, callee_line=tgt,
                   call_type="fixed")

        # SMS: person to person, and A2P notifications
        cnt = r.poisson(np.outer(np.array([2.0, 1.6, 1.0, 0.4])[self.age], dm)).ravel()
        idx = np.repeat(np.arange(P * ND), cnt)
        p, d = idx // ND, idx % ND
        n = len(p)
        t = self.times(d)
        u = r.random(n)
        rc = np.where(u < 0.85, L["msisdn"][self.contacts[p, r.integers(0, 12, n)]], self.oop[p, r.integers(0, 2, n)])
        content = (np.where(r.random(n) < 0.35, r.integers(0, len(P2P_TEXT), n), -1), P2P_TEXT)
        self.sms(t, L["msisdn"][p], rc, content, sender_line=p)
        cnt = r.poisson(np.full(P * ND, 1.1))
        idx = np.repeat(np.arange(P * ND), cnt)
        p, d = idx // ND, idx % ND
        n = len(p)
        t = self.times(d)
        a = r.integers(0, len(A2P), n)
        self.sms(t, np.array([x[0] for x in A2P])[a], L["msisdn"][p], (a, [x[1] for x in A2P]))

        # device events: morning attach, commute, data sessions, evening
        per = []
        for d in range(ND):
            day0 = BASE + d * DAY
            tt = day0 + r.integers(6 * HOUR, 8 * HOUR + 1800, P)
            per.append((tt, np.arange(P), np.where(r.random(P) < 0.3, "power_on", "attach")))
            wkd = (d % 7) < 5
            if wkd:
                m = np.where(L["work_cell"][:P] != L["home_cell"][:P])[0]
                per.append((day0 + r.integers(9 * HOUR, 10 * HOUR, len(m)), m, "location_update"))
                per.append((day0 + r.integers(18 * HOUR, 19 * HOUR + 1800, len(m)), m, "location_update"))
            k = r.poisson(2.2, P)
            pp = np.repeat(np.arange(P), k)
            per.append((self.times(np.full(len(pp), d)), pp, "data_session"))
            m = np.where(r.random(P) < 0.12)[0]
            per.append((day0 + r.integers(22 * HOUR, 24 * HOUR - 60, len(m)), m, "power_off"))
        for tt, pp, ev in per:
            nb = self.lognorm(8e6, 1.3, len(pp)).astype(np.int64) if isinstance(ev, str) and ev == "data_session" \
                else None
            self.device(tt, pp, ev, nbytes=nb)

        # web visits
        cnt = r.poisson(np.outer(np.array([3.5, 3.2, 2.4, 0.9])[self.age], dm)).ravel()
        idx = np.repeat(np.arange(P * ND), cnt)
        p, d = idx // ND, idx % ND
        n = len(p)
        t = self.times(d)
        npop = len(POP_DOMAINS)
        dom = np.where(r.random(n) < 0.9, r.choice(npop, n, p=self.pop_p), npop + r.integers(0, len(self.tail_domains), n))
        self.web_rows(t, p, dom)
        # apps: use events and a few installs
        cnt = r.poisson(np.full(P * ND, 0.6))
        idx = np.repeat(np.arange(P * ND), cnt)
        p, d = idx // ND, idx % ND
        self.app_event(self.times(d), p, (r.integers(0, len(APPS), len(p)), APPS), "use")
        cnt = r.poisson(np.full(P * ND, 0.025))
        idx = np.repeat(np.arange(P * ND), cnt)
        p, d = idx // ND, idx % ND
        self.app_event(self.times(d), p, (r.integers(0, len(APPS), len(p)), APPS), "install")

        # internet accounts (mostly before the window)
        plats = ["wechat", "alipay", "qq", "douyin", "taobao", "meituan", "jd", "kuaishou", "weibo", "xianyu", "pdd"]
        pr = np.array([0.95, 0.85, 0.5, 0.6, 0.55, 0.45, 0.3, 0.35, 0.15, 0.15, 0.4])
        has = r.random((P, len(plats))) < pr[None, :]
        pp, pl = np.nonzero(has)
        ot = L["open_time"][pp]
        span = np.maximum(self.T1 - ot - DAY, DAY)
        rt = ot + (r.random(len(pp)) ** 3 * span).astype(np.int64)
        self.ia(pp, (pl, plats), rt)

        # transfers
        cnt = r.poisson(np.outer(np.array([0.5, 1.0, 0.8, 0.3])[self.age], dm)).ravel()
        idx = np.repeat(np.arange(P * ND), cnt)
        p, d = idx // ND, idx % ND
        ok = self.pacct[p] != None  # noqa: E711
        p, d = p[ok], d[ok]
        n = len(p)
        t = self.times(d)
        u = r.random(n)
        to = np.empty(n, object)
        amt = np.zeros(n)
        m0 = u < 0.62
        to[m0] = r.choice(self.merch, m0.sum())
        amt[m0] = self.lognorm(38, 1.0, m0.sum(), 1, 20000)
        m1 = (u >= 0.62) & (u < 0.87)
        pc_ = self.pacct[self.contacts[p[m1], r.integers(0, 12, m1.sum())]]
        pc_ = np.where(pc_ == None, self.pacct[p[m1]], pc_)  # noqa: E711
        to[m1] = pc_
        amt[m1] = np.round(self.lognorm(300, 1.1, m1.sum(), 5, 50000), -1)
        m2 = (u >= 0.87) & (u < 0.95)
        to[m2] = r.choice(self.utilities, m2.sum())
        amt[m2] = self.lognorm(120, 0.7, m2.sum(), 10, 3000)
        m3 = u >= 0.95
        to[m3] = np.array([f"ATM{self.cell_vocab[c].as_py()[2:]}" for c in L["home_cell"][p[m3]]], object)
        amt[m3] = r.choice([100, 200, 300, 500, 1000, 2000], m3.sum())
        ch = np.where(m0, "third_party", np.where(m3, "atm", "mobile_app"))
        same = to == self.pacct[p]
        keep = ~same
        self.transfer(t[keep], self.pacct[p][keep], to[keep], amt[keep], ch[keep],
                      np.where(m3, 0, L["msisdn"][p])[keep])
        # merchants settle to owners' banks, salaries on the 10th and 15th
        for d in range(ND):
            dom_ = dt.date(2026, 11, 2) + dt.timedelta(days=d)
            if dom_.day in (10, 15):
                emp = np.where((self.pemp >= 0) & ((self.pemp % 2 == 0) == (dom_.day == 10)) & (self.pacct != None))[0]  # noqa: E711
                t = BASE + d * DAY + 10 * HOUR + r.integers(0, 4 * HOUR, len(emp))
                self.transfer(t, self.employers[self.pemp[emp]], self.pacct[emp],
                              np.round(self.lognorm(4800, 0.4, len(emp), 1800, 40000), 0), "counter")
            t = BASE + d * DAY + 22 * HOUR + r.integers(0, HOUR, len(self.merch))
            self.transfer(t, self.merch, r.choice(self.employers, len(self.merch)),
                          self.lognorm(2500, 0.8, len(self.merch), 100, 60000), "counter")

    def new_spam(self, n):
        return 86 * 10 ** 11 + self.rng.choice(PREFIXES, n) * 10 ** 8 + self.rng.integers(0, 10 ** 8, n)

    def results(self, pans):
        r = self.rng
        n = len(pans)
        u = r.random(n)
        v = r.random(n)
        return np.where(u < pans, "answered", np.where(v < 0.6, "no_answer", np.where(v < 0.85, "rejected", "busy")))

    def web_rows(self, t, line, dom, path=None):
        r = self.rng
        n = len(t)
        dv = self.dom_vocab
        url_choice = r.integers(0, 3, n)
        paths = ["/", "/index", "/m/home"]
        urls = np.array([f"https://{dv[a]}{paths[b]}" for a, b in zip(dom.tolist(), url_choice.tolist(), strict=False)], object) \
            if path is None else path
        self.web(t, line, (dom, dv), urls, (dom, self.dom_ip), None,
                 (dom, [a if a else None for a in self.dom_app]) if len(self.dom_app) == len(dv) else None)

    def ia(self, line, platform, rt, acct=None, status="active"):
        n = len(line)
        if n == 0:
            return
        plat_codes, plats = platform
        if acct is None:
            acct = [f"{plats[a]}_{b:011d}" for a, b in zip(np.asarray(plat_codes).tolist(),
                                                           self.rng.integers(0, 10 ** 11, n).tolist(), strict=False)]
        self.emit("internet_accounts", n, platform=(np.asarray(plat_codes), plats), account=acct,
                  msisdn=self.L["msisdn"][np.asarray(line)], register_time=np.asarray(rt, np.int64), status=status)

    # ------------------------------------------------------------ fraud side
    def scale(self, n, lo=1):
        return max(lo, int(round(n * self.P / 12900)))

    def gang_lines(self, k, id_keys, open_time, home_cell, imei=0, channel=None, home_region="other",
                   customer_type="personal", id_type="resident_id", line_type="mobile", numbers=None):
        nums = self.new_numbers(k) if numbers is None else numbers
        if channel is None:
            channel = np.array([f"OUT{x:05d}" for x in self.rng.integers(0, 10 ** 5, k)], object)
        return self.add_lines(nums, id_keys, line_type, open_time, home_cell, imei=imei, channel=channel,
                              prepaid=True, home_region=home_region, customer_type=customer_type, id_type=id_type)

    def outsider_ids(self, k, per=(2, 5)):
        """Identity keys of people outside the province (bought or borrowed IDs), each holding several cards."""
        r = self.rng
        keys = []
        while len(keys) < k:
            kk = self.hexkeys(1, "ID")[0]
            keys += [kk] * int(r.integers(per[0], per[1] + 1))
        return np.array(keys[:k], object)

    def campaign(self, lines, days, per_day, p_in, answer, med, *, numbers=None, imei=None, cell=None, roam=None,
                 call_type="mobile", gateway=None, media="voice", ages=None, hours=(9, 21), callback=0.0,
                 sigma=0.9, age_w=None):
        """Calls from each line on each of its days to many strangers. Returns (t, target person) of answered
        in-province calls."""
        r = self.rng
        T, CALLER, TGT, TL, IM, CE, RO, CL = [], [], [], [], [], [], [], []
        for i, li in enumerate(lines):
            for d in days[i]:
                k = int(r.integers(per_day[0], per_day[1] + 1))
                t = BASE + d * DAY + r.integers(hours[0] * HOUR, hours[1] * HOUR, k)
                if age_w is not None:
                    w = np.array(age_w, float)[self.age] * (self.pstate != 1)
                    tp = r.choice(self.P, k, p=w / w.sum())
                else:
                    tp = r.integers(0, self.P, k)
                inprov = r.random(k) < p_in
                T.append(t)
                TL.append(np.where(inprov, tp, -1))
                TGT.append(np.where(inprov, self.L["msisdn"][tp], self.new_spam(k)))
                CALLER.append(np.full(k, self.L["msisdn"][li] if numbers is None else numbers[i]))
                if callable(imei):
                    im = imei(i, d)
                elif imei is not None:
                    im = imei
                else:
                    im = self.L["imei"][li] if li >= 0 else 0
                IM.append(np.full(k, im))
                ce = cell(i, d) if callable(cell) else cell
                CE.append(np.full(k, -2 if ce is None else ce))
                RO.append(np.full(k, CC[roam] if roam else 0))
                CL.append(np.full(k, li))
        if not T:
            return np.array([], np.int64), np.array([], np.int64)
        t = np.concatenate(T)
        tl = np.concatenate(TL)
        n = len(t)
        res = self.results(np.full(n, answer))
        dur = self.lognorm(med, sigma, n, 2, 3600).astype(np.int64)
        ce = np.concatenate(CE)
        ce = np.where(ce == -2, self.cell_at(np.concatenate(CL), t), ce)
        caller = np.concatenate(CALLER)
        self.calls(t, caller, np.concatenate(TGT), res, dur, callee_line=tl, imei=np.concatenate(IM),
                   imsi=np.where(np.concatenate(CL) >= 0, self.L["imsi"][np.maximum(np.concatenate(CL), 0)], 0),
                   ccell=ce, roam=np.concatenate(RO), call_type=call_type, gateway=gateway, media=media)
        ans = (res == "answered") & (tl >= 0)
        if callback > 0:
            cb = np.where(ans & (r.random(n) < callback))[0]
            tcb = t[cb] + r.integers(10 * MIN, 6 * HOUR, len(cb))
            ok = tcb < self.T1
            cb, tcb = cb[ok], tcb[ok]
            self.calls(tcb, self.L["msisdn"][tl[cb]], caller[cb], "answered",
                       self.lognorm(50, 0.8, len(cb), 5, 900).astype(np.int64), caller_line=tl[cb])
        return t[ans], tl[ans]

    # money ------------------------------------------------------------------
    def mule_accounts(self, k, style, open_days=(-60, -3), bound=None, id_keys=None, gang="G13"):
        r = self.rng
        if id_keys is None:
            id_keys = self.outsider_ids(k, (1, 2))
        if bound is None:
            bound = self.new_numbers(k)
        ot = BASE + r.integers(open_days[0], open_days[1], k) * DAY + r.integers(9 * HOUR, 17 * HOUR, k)
        ids = self.add_accounts(id_keys, bound, ot)
        for a in ids:
            self.mule_style[a] = style
            self.mule_gang[a] = gang
        return ids

    def mule_in(self, acct, t):
        if acct not in self.mule_first or t < self.mule_first[acct]:
            self.mule_first[acct] = t

    def launder(self, t, acct, amount, depth=0):
        r = self.rng
        self.mule_in(acct, t)
        style = self.mule_style.get(acct, "layer")
        if t >= self.T1 or depth > 3:
            return
        if style == "atm":
            left = amount * 0.995
            tt = t + int(r.integers(40 * MIN, 5 * HOUR))
            atms = self.all_border
            while left > 100 and tt < self.T1:
                a = min(left, float(r.choice([20000, 19900, 18000, 15000, 10000, 5000])))
                a = float(np.floor(a / 100) * 100)
                if a <= 0:
                    break
                c = self.cell_vocab[int(r.choice(atms))].as_py()
                self.transfer([tt], [acct], [f"ATM{c[2:]}"], [a], "atm")
                left -= a
                tt += int(r.integers(3 * MIN, 40 * MIN))
            return
        if style == "otc":  # crypto OTC dealer: out of the banking data
            tt = t + int(r.integers(HOUR, 8 * HOUR))
            if tt < self.T1:
                self.transfer([tt], [acct], [self.hexkeys(1, "EX")[0]], [amount * 0.99], "mobile_app")
            return
        if style == "paofen":
            tt = t + int(r.integers(2 * MIN, 12 * MIN))
            nxt = r.choice(self.L2)
            if tt < self.T1:
                self.transfer([tt], [acct], [nxt], [np.floor(amount * 0.985)], "mobile_app",
                              [self.acct_bound.get(acct, 0)])
                self.launder(tt, nxt, np.floor(amount * 0.985), depth + 1)
            return
        if style == "merchant":
            tt = t + int(r.integers(30 * MIN, 4 * HOUR))
            nxt = r.choice(self.L2)
            if tt < self.T1:
                self.transfer([tt], [acct], [nxt], [amount * 0.97], "counter")
                self.launder(tt, nxt, amount * 0.97, depth + 1)
            return
        # layer: split into 2-4 parts to second-level accounts, then to OTC dealers
        k = int(r.integers(2, 5)) if amount > 8000 else 1
        parts = r.dirichlet(np.ones(k)) * amount * 0.99
        tt = t + np.cumsum(r.integers(3 * MIN, 35 * MIN, k))
        targets = r.choice(self.L2 if depth == 0 else self.L3, k)
        for a, t2, nx in zip(parts, tt, targets, strict=False):
            if t2 < self.T1:
                self.transfer([t2], [acct], [nx], [round(float(a), 2)], "mobile_app", [self.acct_bound.get(acct, 0)])
                self.launder(int(t2), nx, float(a), depth + 1)

    def pay(self, gang, scheme, ftype, p, t0, amounts, mules, fraud_entity, channel="mobile_app",
            initiated=True, report_p=0.7, gaps=(8 * MIN, 50 * MIN), fraud_etype="msisdn"):
        """Victim person p pays the amounts to the gang's mule accounts from t0 on."""
        r = self.rng
        acct = self.pacct[p]
        vm = int(self.L["msisdn"][p])
        t = int(t0)
        first = None
        tot = 0.0
        for a in amounts:
            if t >= self.T1:
                break
            m = r.choice(mules)
            self.transfer([t], [acct], [m], [a], channel, [vm if initiated else 0])
            self.events.append((str(vm), t, round(float(a), 2), m, gang, scheme))
            first = t if first is None else first
            tot += a
            self.launder(t, m, float(a))
            last_m = m
            t += int(r.integers(gaps[0], gaps[1]))
        if first is None:
            return None
        self.pstate[p] = 3
        self.label("msisdn", [vm], "victim", gang, scheme, first)
        if r.random() < report_p:
            tr = t + int(r.integers(2 * HOUR, 3 * DAY))
            self.report(tr, "msisdn", vm, "victim", ftype, tot, "police")
            if fraud_entity is not None:
                self.report(tr, fraud_etype, fraud_entity, "fraud", ftype, tot, "police")
            self.report(tr + int(r.integers(HOUR, DAY)), "account", last_m, "fraud", ftype, None, "bank")
        return first

    def victims_for(self, n, ages):
        return self.pick(self.scale(n), ages=ages, need_acct=True, state=3)

    def victim_contact_call(self, t, caller_num, caller_line, p, dur, imei=0, ccell=-1, roam=None,
                            call_type="mobile", gateway=None, media="voice"):
        self.calls([t], [caller_num], [self.L["msisdn"][p]], "answered", [dur], callee_line=[p], imei=[imei],
                   ccell=[ccell], roam=[CC[roam] if roam else 0], call_type=call_type, gateway=gateway, media=media,
                   imsi=[self.L["imsi"][caller_line] if caller_line is not None and caller_line >= 0 else 0])

    def roam_presence(self, line, days, country, imei):
        """Attach/data events of a card abroad (no Chinese cell)."""
        r = self.rng
        for d in days:
            t = BASE + d * DAY + np.sort(r.integers(8 * HOUR, 22 * HOUR, 4))
            self.device(t, np.full(4, line), np.array(["attach", "data_session", "data_session", "location_update"]),
                        cell=np.full(4, -1), roam=country, nbytes=np.array([-1, 3e6, 9e6, -1]).astype(np.int64),
                        imei=np.full(4, imei))

    def fraud(self):
        r = self.rng
        H, ND, L = self.H, self.ND, self.L
        self.mule_style, self.mule_gang, self.mule_first = {}, {}, {}
        # ---- shared laundering layers (G13)
        self.L2 = np.array(self.mule_accounts(self.scale(14, 6), "layer", (-90, -5)), object)
        self.L3 = np.array(self.mule_accounts(self.scale(5, 3), "otc", (-200, -20)), object)
        atm_mules = self.mule_accounts(self.scale(4, 2), "atm", (-45, -2))
        merch_ids = np.array(self.hexkeys(3, "BL"), object)
        shell_merch = self.mule_accounts(3, "merchant", (-70, -10), id_keys=merch_ids)
        # paofen (score running): students and young people renting their accounts
        pf = self.pick(self.scale(16, 4), ages=[0, 1], need_acct=True, state=2)
        for p in pf:
            self.mule_style[self.pacct[p]] = "paofen"
            self.mule_gang[self.pacct[p]] = "G13"
        paofen = list(self.pacct[pf])
        self.label("id_key", self.pid_keys[pf], "gang_member", "G13", "paofen_account_renter", BASE)

        # ---- G14 card sellers (断卡): batches of cards and bank accounts
        sellers = self.pick(self.scale(8, 3), ages=[1, 2], need_acct=True, state=2)
        seller_cards, seller_mules = [], []
        for s in sellers:
            k = int(r.integers(5, 13))
            d0 = int(r.integers(-40, H - 2))
            reg = self.reg_code[self.preg[s]]
            stores = [f"AGENT{reg}{r.integers(1, 90):02d}" for _ in range(2)]
            ot = BASE + d0 * DAY + np.sort(r.integers(9 * HOUR, 20 * HOUR + DAY * int(r.integers(0, 2)), k))
            cell = int(r.choice(self.region_cells[reg]))
            li = self.gang_lines(k, self.pid_keys[s], ot, cell, channel=np.array(r.choice(stores, k), object),
                                 home_region=reg)
            L["work_cell"][li] = cell
            seller_cards += list(li)
            # activation test in a seller's phone
            self.device(ot + 600, li, "attach", cell=np.full(k, cell), imei=np.full(k, L["imei"][s]))
            nb = int(r.integers(2, 4))
            ma = self.mule_accounts(nb, r.choice(["layer", "atm", "layer"]), (d0, d0 + 2),
                                    bound=L["msisdn"][r.choice(li, nb)], id_keys=[self.pid_keys[s]] * nb)
            seller_mules += ma
            self.label("id_key", [self.pid_keys[s]], "card_seller", "G14", "card_seller_batch", int(ot[0]))
        seller_cards = list(r.permutation(seller_cards))
        seller_mules = list(r.permutation(seller_mules))

        def take_cards(k):
            out = [seller_cards.pop() for _ in range(min(k, len(seller_cards)))]
            if len(out) < k:  # not enough sold cards: the gang buys outside IDs
                out += list(self.gang_lines(k - len(out), self.outsider_ids(k - len(out)),
                                            BASE - r.integers(5, 30, k - len(out)) * DAY, -1))
            return np.array(out)

        def take_mules(k):
            out = [seller_mules.pop() for _ in range(min(k, len(seller_mules)))]
            return out + list(r.choice(paofen, k - len(out))) if len(out) < k else out

        def days_span(a, b):
            return list(range(max(a, 0), min(b, ND)))

        # ---- G01 northern Myanmar roaming callers impersonating police (缅北 冒充公检法)
        g = "G01"
        sims = take_cards(9)
        hands = self.new_imeis(4)
        start = H - 4
        days = []
        for i, _li in enumerate(sims):
            s0 = start - 1 + (2 * i) % 8 + int(r.integers(0, 2))
            days.append(days_span(s0, s0 + int(r.integers(2, 4))))
        him = {}
        for i in range(len(sims)):
            for d in days[i]:
                him[(i, d)] = hands[(i + d) % 4]
        for i, li in enumerate(sims):
            L["imei"][li] = hands[i % 4]
            self.roam_presence(li, days[i], "MM", hands[i % 4])
        mules = take_mules(4) + list(atm_mules[:1])
        self.campaign(sims, days, (55, 95), 0.55, 0.28, 25, imei=lambda i, d: him[(i, d)], cell=-1, roam="MM",
                      age_w=[0.3, 0.7, 1.0, 1.8], hours=(9, 20))
        for p in self.victims_for(6, [2, 3]):
            i = int(r.integers(0, len(sims)))
            if not days[i]:
                continue
            d = int(r.choice(days[i]))
            t = BASE + d * DAY + int(r.integers(9 * HOUR, 15 * HOUR))
            self.victim_contact_call(t, L["msisdn"][sims[i]], sims[i], p, int(r.integers(1500, 4200)),
                                     him[(i, d)], -1, "MM")
            t2 = t + int(r.integers(2 * HOUR, 5 * HOUR))
            self.victim_contact_call(t2, L["msisdn"][sims[i]], sims[i], p, int(r.integers(300, 1500)),
                                     him[(i, d)], -1, "MM")
            self.pay(g, "mm_roaming_police", "impersonate_police", p, t2 + int(r.integers(10 * MIN, 60 * MIN)),
                     np.round(r.uniform(20000, 150000, int(r.integers(2, 5))), -2), mules, L["msisdn"][sims[i]])
        fa = [BASE + min(dd) * DAY if dd else BASE for dd in days]
        self.label("msisdn", L["msisdn"][sims], "fraud_caller", g, "mm_roaming_police", fa)
        self.label("imei", hands, "fraud_caller", g, "mm_roaming_police", BASE + start * DAY)
        self.fraud_reports(L["msisdn"][sims], fa, 0.45, "impersonate_police")

        # ---- G02 GOIP den in Ruili operated from across the border (猫池)
        g = "G02"
        den = [int(c) for c in r.choice(self.border_cells["MM"], 2, replace=False)]
        ports = [self.new_imeis(16, tac=86247203, sequential=True), self.new_imeis(16, tac=86247203, sequential=True)]
        nsim = 96  # three batches of 32 cards through 2 x 16 ports, a batch every four days
        sims = self.gang_lines(nsim, self.outsider_ids(nsim, (3, 6)), BASE - r.integers(3, 20, nsim) * DAY, den[0])
        start = 2
        days, pim, pce = [], {}, {}
        for i, li in enumerate(sims):
            d0 = start + 4 * (i // 32)
            dd = days_span(d0, d0 + int(r.integers(2, 5)))
            days.append(dd)
            dev = (i // 16) % 2
            L["imei"][li] = ports[dev][i % 16]
            for d in dd:
                pim[(i, d)] = ports[dev][i % 16]
                pce[(i, d)] = den[dev]
                t = BASE + d * DAY + int(r.integers(8 * HOUR, 9 * HOUR))
                self.device([t, t + 13 * HOUR], [li, li], np.array(["attach", "detach"]), cell=[den[dev]] * 2)
            L["imei"][li] = ports[dev][i % 16]
            L["home_cell"][li] = den[dev]
            L["work_cell"][li] = den[dev]
        self.campaign(sims, days, (80, 150), 0.35, 0.22, 18, imei=lambda i, d: pim[(i, d)],
                      cell=lambda i, d: pce[(i, d)], hours=(8, 21))
        mules = paofen[: max(2, len(paofen) // 2)]
        for p in self.victims_for(5, [1, 2, 3]):
            i = int(r.integers(0, nsim))
            if not days[i]:
                continue
            d = int(r.choice(days[i]))
            t = BASE + d * DAY + int(r.integers(9 * HOUR, 18 * HOUR))
            self.victim_contact_call(t, L["msisdn"][sims[i]], sims[i], p, int(r.integers(900, 2400)), pim[(i, d)],
                                     pce[(i, d)])
            self.pay(g, "goip_customer_service", "customer_service", p, t + int(r.integers(15 * MIN, 50 * MIN)),
                     np.round(r.uniform(3000, 40000, int(r.integers(1, 4))), -1), mules, L["msisdn"][sims[i]])
        keep = np.array([bool(dd) for dd in days])
        fa = [BASE + dd[0] * DAY for dd in days if dd]
        self.label("msisdn", L["msisdn"][sims[keep]], "simbox_sim", g, "goip_border_den", fa)
        self.label("imei", np.concatenate(ports), "simbox_device", g, "goip_border_den", BASE + start * DAY)
        keeper = self.pick(1, ages=[1, 2], state=2)
        L["home_cell"][keeper] = den[0]
        L["work_cell"][keeper] = den[0]
        self.label("msisdn", L["msisdn"][keeper], "gang_member", g, "goip_den_keeper", BASE)
        self.fraud_reports(L["msisdn"][sims[keep]], fa, 0.25, "customer_service")

        # ---- G03 van-mounted SIM box moving around Qujing / Kunming (移动猫池)
        g = "G03"
        dev = self.new_imeis(8, tac=86431104, sequential=True)
        nsim = 22
        sims = self.gang_lines(nsim, self.outsider_ids(nsim, (2, 4)), BASE - r.integers(2, 12, nsim) * DAY, -1)
        route = np.concatenate([self.region_cells["874"], self.region_cells["871"]])
        start = H - 3
        days, pim, pce = [], {}, {}
        daycell = {d: r.choice(route) for d in range(ND)}
        for i, li in enumerate(sims):
            s0 = start + (i * 5) // nsim
            dd = days_span(s0, s0 + 2)
            days.append(dd)
            for d in dd:
                pim[(i, d)] = dev[i % 8]
                pce[(i, d)] = int(daycell[d])
            L["imei"][li] = dev[i % 8]
            for d in dd:
                t = BASE + d * DAY + int(r.integers(9 * HOUR, 10 * HOUR))
                self.device([t], [li], "attach", cell=[int(daycell[d])])
        self.campaign(sims, days, (40, 75), 0.6, 0.3, 22, imei=lambda i, d: pim[(i, d)],
                      cell=lambda i, d: pce[(i, d)], hours=(10, 19))
        mules = take_mules(3)
        for p in self.victims_for(4, [1, 2]):
            i = int(r.integers(0, nsim))
            if not days[i]:
                continue
            d = days[i][0]
            t = BASE + d * DAY + int(r.integers(10 * HOUR, 18 * HOUR))
            self.victim_contact_call(t, L["msisdn"][sims[i]], sims[i], p, int(r.integers(400, 1500)), pim[(i, d)],
                                     pce[(i, d)])
            self.pay(g, "mobile_simbox_credit", "loan", p, t + int(r.integers(HOUR, 6 * HOUR)),
                     [float(x) for x in (r.uniform(500, 2000), r.uniform(2000, 8000))], mules, L["msisdn"][sims[i]])
        fa = [BASE + min(dd) * DAY if dd else BASE for dd in days]
        self.label("msisdn", L["msisdn"][sims], "simbox_sim", g, "mobile_simbox_credit", fa)
        self.label("imei", dev, "simbox_device", g, "mobile_simbox_credit", BASE + start * DAY)
        self.fraud_reports(L["msisdn"][sims], fa, 0.3, "loan")

        # ---- G04 shell-company VoIP and fixed lines (loan fees)
        g = "G04"
        shells = np.array(self.hexkeys(2, "BL"), object)
        vn = self.fixed_numbers(5, "871", lead=(5, 6))
        fn = self.fixed_numbers(3, "871", lead=(6, 8))
        ot = BASE - r.integers(25, 40) * DAY
        vl = self.add_lines(vn, shells[0], "voip", ot, -1, customer_type="enterprise", id_type="business_license",
                            channel="BIZHALL871", home_region="871", operator=2)
        fl = self.add_lines(fn, shells[1], "fixed", ot + 3 * DAY, -1, customer_type="enterprise",
                            id_type="business_license", channel="BIZHALL871", home_region="871", operator=0)
        lines = np.concatenate([vl, fl])
        s0 = H - 5
        days = [days_span(s0 + int(r.integers(0, 3)), ND) for _ in lines]
        ctype = ["voip"] * 5 + ["fixed"] * 3
        self.campaign(vl, days[:5], (120, 260), 0.5, 0.24, 20, cell=-1, call_type="voip", gateway="GW-KM-31")
        self.campaign(fl, days[5:], (120, 220), 0.5, 0.26, 22, cell=-1, call_type="fixed")
        mules = list(atm_mules[1:]) + take_mules(2)
        for p in self.victims_for(5, [1, 2]):
            i = int(r.integers(0, len(lines)))
            d = int(r.choice(days[i]))
            t = BASE + d * DAY + int(r.integers(9 * HOUR, 17 * HOUR))
            self.victim_contact_call(t, L["msisdn"][lines[i]], -1, p, int(r.integers(500, 1400)), call_type=ctype[i],
                                     gateway="GW-KM-31" if i < 5 else None)
            amts = np.round(r.uniform(1500, 12000, int(r.integers(2, 4))), 0)
            self.pay(g, "shell_voip_loan", "loan", p, t + int(r.integers(HOUR, 20 * HOUR)), amts, mules,
                     L["msisdn"][lines[i]], gaps=(2 * HOUR, 20 * HOUR))
        fa = [BASE + min(dd) * DAY for dd in days]
        self.label("msisdn", L["msisdn"][lines], "fixed_voip_line", g, "shell_voip_loan", fa)
        self.label("id_key", shells, "gang_member", g, "shell_voip_loan", BASE - 30 * DAY)
        self.fraud_reports(L["msisdn"][lines], fa, 0.4, "loan")

        # ---- G05 SMS phishing with links (ETC / medical insurance / bank points)
        g = "G05"
        base_doms = ["etc-yn-renzheng.top", "ybj-tuikuan.vip", "jifen-95588dh.cc"]
        ips = ["103.151.44.27", "45.207.12.190"]
        nsend = 9
        sims = self.gang_lines(nsend, self.outsider_ids(nsend, (3, 5)), BASE - r.integers(2, 25, nsend) * DAY, -1)
        cat = self.new_imeis(4, tac=86611203, sequential=True)
        hand = self.new_imeis(2)
        imeis = np.concatenate([cat, cat, hand])[:nsend]
        cells = r.choice(self.region_cells["871"], 2)
        s0 = H - 6
        all_hosts = set()
        rec_t, rec_l = [], []
        fa = []
        for i, li in enumerate(sims):
            dd = days_span(s0 + i // 2, s0 + i // 2 + int(r.integers(2, 5)))
            fa.append(BASE + (dd[0] if dd else 0) * DAY)
            L["imei"][li] = imeis[i]
            cell = int(cells[0] if i < 8 else cells[1])
            for d in dd:
                k = int(r.integers(250, 480))
                t = BASE + d * DAY + np.sort(r.integers(8 * HOUR, 22 * HOUR, k))
                inprov = r.random(k) < 0.5
                tp = r.integers(0, self.P, k)
                rc = np.where(inprov, L["msisdn"][tp], self.new_spam(k))
                di = r.integers(0, 3, k)
                sub = ["".join(r.choice(list("abcdefghjkmnpqrstuvwxyz23456789"), 5)) for _ in range(4)]
                host = [f"{sub[j % 4]}.{base_doms[x]}" if j % 3 else base_doms[x] for j, x in enumerate(di.tolist())]
                tmpl = ["【ETC】您的ETC已失效，请尽快登录 https://{} 重新认证，逾期将停用。",
                        "【医保局】您有一笔医保退款待领取，请点击 https://{} 办理。",
                        "【工商银行】您的积分即将清零，可兑换现金礼品 https://{} 回T退订"]
                content = [tmpl[x].format(h) for x, h in zip(di.tolist(), host, strict=False)]
                self.sms(t, np.full(k, L["msisdn"][li]), rc, content, imei=np.full(k, imeis[i]), cell=np.full(k, cell))
                click = np.where(inprov & (r.random(k) < 0.012))[0]
                for c in click:
                    tc = int(t[c] + r.integers(MIN, 3 * HOUR))
                    if tc < self.T1:
                        self.web([tc], [tp[c]], [host[c]], [f"https://{host[c]}/login"], [ips[int(di[c]) % 2]])
                        all_hosts.add(host[c])
                        if self.pstate[tp[c]] == 0:
                            self.pstate[tp[c]] = 4  # clicked a phishing link: never a look-alike
                        rec_t.append(tc)
                        rec_l.append(tp[c])
        mules = take_mules(3) + [shell_merch[0]]
        vic = list(dict.fromkeys(int(p) for p in rec_l if self.pstate[p] == 4 and self.pacct[p] is not None))
        nv = min(len(vic), self.scale(6))
        for j in range(nv):
            p = vic[j]
            tc = rec_t[rec_l.index(p)]
            self.pstate[p] = 3
            self.pay(g, "smishing_links", "other", p, tc + int(r.integers(5 * MIN, 40 * MIN)),
                     np.round(r.uniform(2000, 30000, int(r.integers(1, 3))), 2), mules, None, channel="third_party",
                     initiated=False)
        self.label("msisdn", L["msisdn"][sims], "fraud_sms_sender", g, "smishing_links", fa)
        self.label("imei", np.unique(imeis), "fraud_sms_sender", g, "smishing_links", min(fa))
        self.label("domain", sorted(set(base_doms) | all_hosts), "fraud_domain", g, "smishing_links", min(fa))
        self.label("ip", ips, "fraud_domain", g, "smishing_links", min(fa))
        self.fraud_reports(L["msisdn"][sims], fa, 0.5, "other", source="user_report")
        self.report(min(fa) + 2 * DAY, "domain", base_doms[0], "fraud", "other", None, "internal")

        # ---- G06 fake e-commerce customer service with screen sharing, callers roaming in Laos (Boten)
        g = "G06"
        sims = take_cards(6)
        hands = self.new_imeis(6)
        dom, app = "kf-tuikuan-zs.com", "com.kefu.yunshare"
        s0 = H - 2
        days = [days_span(s0 + int(r.integers(0, 3)), s0 + int(r.integers(4, 7))) for _ in sims]
        for i, li in enumerate(sims):
            L["imei"][li] = hands[i]
            self.roam_presence(li, days[i], "LA", hands[i])
        self.campaign(sims, days, (35, 70), 0.6, 0.35, 40, imei=lambda i, d: hands[i], cell=-1, roam="LA",
                      age_w=[1.2, 1.5, 1.0, 0.4])
        mules = take_mules(4) + paofen[-2:]
        dip = "154.39.88.21"
        for p in self.victims_for(7, [0, 1, 2]):
            i = int(r.integers(0, len(sims)))
            if not days[i]:
                continue
            d = int(r.choice(days[i]))
            t = BASE + d * DAY + int(r.integers(10 * HOUR, 19 * HOUR))
            self.victim_contact_call(t, L["msisdn"][sims[i]], sims[i], p, int(r.integers(1200, 3000)), hands[i], -1,
                                     "LA")
            tw = t + int(r.integers(3 * MIN, 10 * MIN))
            self.web([tw], [p], [dom], [f"https://{dom}/dl"], [dip])
            use_fake = r.random() < 0.6
            self.app_event([tw + 120], [p], app if use_fake else "com.tencent.wemeet", "install",
                           f"https://{dom}/dl/yunshare.apk" if use_fake else None)
            self.app_event([tw + 300], [p], app if use_fake else "com.tencent.wemeet", "use")
            self.pay(g, "fake_cs_screenshare", "customer_service", p, tw + int(r.integers(10 * MIN, 30 * MIN)),
                     np.round(r.uniform(5000, 60000, int(r.integers(2, 6))), 2), mules, L["msisdn"][sims[i]],
                     gaps=(4 * MIN, 25 * MIN))
        fa = [BASE + min(dd) * DAY if dd else BASE for dd in days]
        self.label("msisdn", L["msisdn"][sims], "fraud_caller", g, "fake_cs_screenshare", fa)
        self.label("imei", hands, "fraud_caller", g, "fake_cs_screenshare", min(fa))
        self.label("domain", [dom], "fraud_domain", g, "fake_cs_screenshare", min(fa))
        self.label("ip", [dip], "fraud_domain", g, "fake_cs_screenshare", min(fa))
        self.label("app", [app], "fraud_app", g, "fake_cs_screenshare", min(fa))
        self.fraud_reports(L["msisdn"][sims], fa, 0.35, "customer_service")

        # ---- G07 pig butchering: romance and investment grooming, groomers roaming in Cambodia
        g = "G07"
        gl = self.gang_lines(4, self.outsider_ids(4, (2, 2)), BASE - r.integers(20, 60, 4) * DAY, -1)
        gh = self.new_imeis(4)
        L["imei"][gl] = gh
        dom, app, dip = "hjtz-vip.com", "com.hjtz.trade", "156.251.17.9"
        for i, li in enumerate(gl):
            self.roam_presence(li, range(ND), "KH", gh[i])
            self.ia([li] * 3, (np.array([0, 1, 2]), ["momo", "tantan", "soul"]), BASE - r.integers(5, 40, 3) * DAY)
        targets = self.pick(self.scale(12, 3), ages=[1, 2], need_acct=True, state=3)
        nvic = self.scale(7, 2)
        mules = take_mules(3) + list(shell_merch[1:])
        for j, p in enumerate(targets):
            i = j % 4
            d0 = int(r.integers(0, max(1, ND - 6)))
            for d in range(d0, ND):
                k = int(r.integers(1, 3))
                t = BASE + d * DAY + r.integers(19 * HOUR, 23 * HOUR, k)
                self.calls(t, np.full(k, L["msisdn"][gl[i]]), np.full(k, L["msisdn"][p]), "answered",
                           r.integers(600, 3600, k), callee_line=np.full(k, p), imei=np.full(k, gh[i]),
                           ccell=np.full(k, -1), roam="KH", imsi=np.full(k, L["imsi"][gl[i]]))
                m = int(r.integers(3, 12))
                ts = BASE + d * DAY + r.integers(8 * HOUR, 24 * HOUR - 60, m)
                half = m // 2
                self.sms(ts[:half], np.full(half, L["msisdn"][gl[i]]), np.full(half, L["msisdn"][p]), None,
                         imei=np.full(half, gh[i]), cell=np.full(half, -1), roam="KH")
                self.sms(ts[half:], np.full(m - half, L["msisdn"][p]), np.full(m - half, L["msisdn"][gl[i]]), None,
                         sender_line=np.full(m - half, p))
            if j < nvic:
                tw = BASE + min(d0 + 2, ND - 1) * DAY + int(r.integers(20 * HOUR, 22 * HOUR))
                self.web([tw], [p], [dom], [f"https://{dom}/download"], [dip])
                self.app_event([tw + 200], [p], app, "install", f"https://{dom}/download/hjtz.apk")
                k = int(r.integers(3, 6))
                amts = np.round(np.array([5000, 15000, 40000, 80000, 150000])[:k] * r.uniform(0.7, 1.3, k), -2)
                tu = tw + 600 + np.arange(k) * DAY
                tu = tu[tu < self.T1]
                self.app_event(tu, [p] * len(tu), app, "use")
                ftype = "investment" if j % 2 == 0 else "romance"
                self.pay(g, "pig_butchering", ftype, p, tw + 1800, amts, mules, L["msisdn"][gl[i]],
                         gaps=(16 * HOUR, 40 * HOUR))
            else:
                self.pstate[p] = 4  # groomed but not (yet) paid: unlabelled, and never a look-alike
        self.label("msisdn", L["msisdn"][gl], "fraud_caller", g, "pig_butchering", BASE)
        self.label("domain", [dom], "fraud_domain", g, "pig_butchering", BASE)
        self.label("ip", [dip], "fraud_domain", g, "pig_butchering", BASE)
        self.label("app", [app], "fraud_app", g, "pig_butchering", BASE)

        # ---- G08 spoofed international calls through a VoIP gateway (冒充公检法)
        g = "G08"
        nn = 24
        nums = np.concatenate([self.foreign_numbers(12, "KH"), self.foreign_numbers(8, "PH"),
                               self.foreign_numbers(4, "TH")])
        s0 = 1
        days = [[s0 + (i * (ND - s0)) // nn] for i in range(nn)]
        self.campaign([-1] * nn, days, (90, 160), 0.8, 0.2, 15, numbers=nums, imei=0, cell=-1,
                      call_type="intl_in", gateway="IGW-GZ-02", age_w=[0.2, 0.5, 1.0, 2.5])
        mules = list(atm_mules) + take_mules(2)
        for p in self.victims_for(4, [3, 2]):
            i = int(r.integers(0, nn))
            t = BASE + days[i][0] * DAY + int(r.integers(9 * HOUR, 16 * HOUR))
            self.calls([t], [nums[i]], [L["msisdn"][p]], "answered", [int(r.integers(2400, 6000))], callee_line=[p],
                       call_type="intl_in", gateway="IGW-GZ-02")
            self.pay(g, "intl_spoof_police", "impersonate_police", p, t + int(r.integers(30 * MIN, 3 * HOUR)),
                     np.round(r.uniform(80000, 400000, int(r.integers(1, 3))), -3), mules, nums[i])
        fa = [BASE + dd[0] * DAY for dd in days]
        self.label("msisdn", nums, "fraud_caller", g, "intl_spoof_police", fa)

        # ---- G09 part-time task scam (刷单返利) recruited by SMS
        g = "G09"
        dom, app, dip = "dz-renwu88.com", "com.dianzan.task", "38.47.101.66"
        sims = self.gang_lines(5, self.outsider_ids(5, (2, 3)), BASE - r.integers(1, 10, 5) * DAY, -1)
        hs = self.new_imeis(5)
        L["imei"][sims] = hs
        cellg = int(r.choice(self.region_cells["873"]))
        fa = []
        for i, li in enumerate(sims):
            dd = days_span(H - 4 + i, H - 4 + i + 3)
            fa.append(BASE + dd[0] * DAY if dd else BASE)
            for d in dd:
                k = int(r.integers(150, 300))
                t = BASE + d * DAY + np.sort(r.integers(9 * HOUR, 23 * HOUR, k))
                tp = r.integers(0, self.P, k)
                inprov = r.random(k) < 0.55
                rc = np.where(inprov, L["msisdn"][tp], self.new_spam(k))
                txt = [f"兼职点赞关注，日结200-800，有意加QQ 3{r.integers(10 ** 7, 10 ** 8)}",
                       f"【招聘】宝妈学生在家可做，手机操作，佣金秒结，详情 https://{dom}"]
                self.sms(t, np.full(k, L["msisdn"][li]), rc, (r.integers(0, 2, k), txt), imei=np.full(k, hs[i]),
                         cell=np.full(k, cellg))
        rebate = self.mule_accounts(1, "layer", (-30, -5))
        mules = take_mules(3) + paofen[2:4]
        for p in self.victims_for(8, [0, 1]):
            d = int(r.integers(max(0, H - 3), ND))
            t = BASE + d * DAY + int(r.integers(10 * HOUR, 21 * HOUR))
            self.web([t], [p], [dom], [f"https://{dom}/reg"], [dip])
            self.app_event([t + 300], [p], app, "install", f"https://{dom}/app/task.apk")
            self.transfer([t + 1800, t + 3600], rebate * 2, [self.pacct[p]] * 2, r.uniform(10, 60, 2), "mobile_app")
            amts = np.round(np.array([200, 800, 3000, 9000, 20000])[: int(r.integers(3, 6))] * r.uniform(0.8, 1.4), 0)
            self.pay(g, "part_time_task", "part_time_job", p, t + 2 * HOUR, amts, mules, dom, gaps=(20 * MIN, 3 * HOUR),
                     fraud_etype="domain")
        self.label("msisdn", L["msisdn"][sims], "fraud_sms_sender", g, "part_time_task", fa)
        self.label("domain", [dom], "fraud_domain", g, "part_time_task", min(fa))
        self.label("ip", [dip], "fraud_domain", g, "part_time_task", min(fa))
        self.label("app", [app], "fraud_app", g, "part_time_task", min(fa))
        self.fraud_reports(L["msisdn"][sims], fa, 0.5, "part_time_job", source="user_report")

        # ---- G10 game-account trading scam (游戏账号交易)
        g = "G10"
        dom, dip = "pxb-jiaoyi-vip.com", "43.129.70.5"
        regs = self.gang_lines(5, self.outsider_ids(5, (5, 5)), BASE - r.integers(10, 30, 5) * DAY, -1)
        rh = self.new_imeis(1)
        L["imei"][regs] = rh[0]
        plats = ["xianyu", "qq", "pxb7", "douyin"]
        for li in regs:
            k = int(r.integers(10, 21))
            rt = BASE + r.integers(0, H * DAY, k)
            self.ia(np.full(k, li), (r.integers(0, 4, k), plats), rt)
            self.device(BASE + r.integers(0, ND * DAY, 6), np.full(6, li), "data_session",
                        cell=np.full(6, int(self.region_cells["871"][3])), nbytes=r.integers(10 ** 5, 10 ** 7, 6))
        mules = take_mules(2) + paofen[4:6]
        for p in self.victims_for(6, [0]):
            d = int(r.integers(0, ND))
            t = BASE + d * DAY + int(r.integers(14 * HOUR, 23 * HOUR))
            self.web([t], [p], [dom], [f"https://{dom}/order"], [dip])
            self.pay(g, "game_trade_scam", "other", p, t + 600, np.round(r.uniform(300, 4000, int(r.integers(1, 3))), 0),
                     mules, dom, fraud_etype="domain", report_p=0.5)
        self.label("msisdn", L["msisdn"][regs], "gang_member", g, "game_trade_scam", BASE)
        self.label("domain", [dom], "fraud_domain", g, "game_trade_scam", BASE)
        self.label("ip", [dip], "fraud_domain", g, "game_trade_scam", BASE)

        # ---- G11 AI face-swap video calls impersonating bosses and relatives
        g = "G11"
        sims = take_cards(3)
        hands = self.new_imeis(3)
        L["imei"][sims] = hands
        cell = int(r.choice(self.region_cells["872"]))
        L["home_cell"][sims] = cell
        L["work_cell"][sims] = cell
        days = [days_span(H - 1 + i, ND) for i in range(3)]
        self.campaign(sims, days, (15, 30), 0.85, 0.4, 45, media="video", sigma=0.6)
        mules = take_mules(2)
        for p in self.victims_for(4, [2, 3]):
            i = int(r.integers(0, 3))
            if not days[i]:
                continue
            d = int(r.choice(days[i]))
            t = BASE + d * DAY + int(r.integers(9 * HOUR, 18 * HOUR))
            self.sms([t - 1800], [L["msisdn"][sims[i]]], [L["msisdn"][p]], "我换号了，这是我的新号码，存一下。",
                     sender_line=[sims[i]])
            self.victim_contact_call(t, L["msisdn"][sims[i]], sims[i], p, int(r.integers(25, 90)), hands[i], cell,
                                     media="video")
            self.pay(g, "ai_faceswap_video", "acquaintance", p, t + int(r.integers(5 * MIN, 30 * MIN)),
                     np.round(r.uniform(20000, 120000, int(r.integers(1, 3))), -3), mules, L["msisdn"][sims[i]])
        fa = [BASE + min(dd) * DAY if dd else BASE for dd in days]
        self.label("msisdn", L["msisdn"][sims], "fraud_caller", g, "ai_faceswap_video", fa)
        self.fraud_reports(L["msisdn"][sims], fa, 0.3, "acquaintance")

        # ---- G12 fake loan app with "unfreeze fees" (网贷)
        g = "G12"
        dom, app, dip = "su-dai-kuai.com", "com.sudai.qb", "103.233.9.140"
        sims = take_cards(3)
        hands = self.new_imeis(3)
        L["imei"][sims] = hands
        cell = int(r.choice(self.region_cells["876"]))
        L["home_cell"][sims] = cell
        L["work_cell"][sims] = cell
        sdays = days_span(H - 5, H)
        k = 0
        for d in sdays:
            n = int(r.integers(180, 260))
            t = BASE + d * DAY + np.sort(r.integers(9 * HOUR, 21 * HOUR, n))
            tp = r.integers(0, self.P, n)
            self.sms(t, np.full(n, L["msisdn"][sims[2]]), L["msisdn"][tp],
                     f"【速贷】您有一笔5万元额度待领取，无抵押当天到账 https://{dom} 回T退订", sender_line=np.full(n, sims[2]))
            k += n
        days = [days_span(H - 3, ND), days_span(H - 1, ND)]
        self.campaign(sims[:2], days, (25, 50), 0.7, 0.45, 60)
        mules = take_mules(2) + [shell_merch[2]]
        for p in self.victims_for(5, [1, 2]):
            d = int(r.integers(max(0, H - 4), ND))
            t = BASE + d * DAY + int(r.integers(9 * HOUR, 20 * HOUR))
            self.web([t], [p], [dom], [f"https://{dom}/apply"], [dip])
            self.app_event([t + 240], [p], app, "install", f"https://{dom}/apk/sudai.apk")
            i = int(r.integers(0, 2))
            tc = t + int(r.integers(HOUR, 5 * HOUR))
            if tc < self.T1:
                self.victim_contact_call(tc, L["msisdn"][sims[i]], sims[i], p, int(r.integers(300, 900)), hands[i],
                                         cell)
            self.pay(g, "loan_app_fee", "loan", p, tc + 900, np.round(r.uniform(1000, 8000, int(r.integers(2, 5))), 0),
                     mules, L["msisdn"][sims[i]], gaps=(HOUR, 12 * HOUR))
        fa = BASE + (H - 5) * DAY
        self.label("msisdn", L["msisdn"][sims[:2]], "fraud_caller", g, "loan_app_fee", fa)
        self.label("msisdn", L["msisdn"][sims[2:]], "fraud_sms_sender", g, "loan_app_fee", fa)
        self.label("domain", [dom], "fraud_domain", g, "loan_app_fee", fa)
        self.label("ip", [dip], "fraud_domain", g, "loan_app_fee", fa)
        self.label("app", [app], "fraud_app", g, "loan_app_fee", fa)

        # ---- unused sold cards and the mule accounts that received money
        self.label("msisdn", L["msisdn"][np.array(seller_cards, dtype=np.int64)], "card_seller", "G14",
                   "card_seller_batch", L["open_time"][np.array(seller_cards, dtype=np.int64)])
        for a, t in sorted(self.mule_first.items()):
            self.label("account", [a], "mule_account", self.mule_gang.get(a, "G13"),
                       "laundering_" + self.mule_style.get(a, "layer"), t)
            if r.random() < 0.3:
                self.report(t + int(r.integers(DAY, 3 * DAY)), "account", a, "fraud", None, None, "bank")
        for k, s in enumerate(sellers[:2]):
            self.report(BASE - (20 + k) * DAY, "id_key", self.pid_keys[s], "card_seller", None, None, "police")

    def fraud_reports(self, entities, first, p, ftype, source="police"):
        r = self.rng
        for e, f in zip(entities, np.broadcast_to(np.asarray(first), (len(entities),)), strict=False):
            if r.random() < p:
                self.report(int(f) + int(r.integers(6 * HOUR, 4 * DAY)), "msisdn", e, "fraud", ftype, None, source)

    # ------------------------------------------------------------ look-alikes
    def new_line_for(self, ps, open_time, same_device=False, imei=None, status="active"):
        L = self.L
        ps = np.asarray(ps)
        if imei is None:
            imei = L["imei"][ps] if same_device else self.new_imeis(len(ps))
        return self.add_lines(self.new_numbers(len(ps)), self.pid_keys[ps], "mobile", open_time, L["home_cell"][ps],
                              L["work_cell"][ps], imei=imei, owner=ps, home_region=self.reg_code[self.preg[ps]],
                              channel=np.array([f"STORE{c}{self.rng.integers(1, 40):02d}" for c in
                                                self.reg_code[self.preg[ps]]], object), status=status)

    def incoming(self, acct, days, per_day, median, sigma, p_external=0.5, channel="third_party", hours=(8, 23)):
        r = self.rng
        T, F = [], []
        for d in days:
            k = int(r.integers(per_day[0], per_day[1] + 1))
            T.append(BASE + d * DAY + r.integers(hours[0] * HOUR, hours[1] * HOUR, k))
            pp = r.integers(0, self.P, k)
            frm = self.pacct[pp]
            ext = (r.random(k) < p_external) | (frm == None)  # noqa: E711
            frm = np.where(ext, np.array(self.hexkeys(k, "EX"), object), frm)
            F.append(frm)
        if not T:
            return 0.0
        t = np.concatenate(T)
        f = np.concatenate(F)
        amt = np.round(self.lognorm(median, sigma, len(t), 1, 200000), 2)
        self.transfer(t, f, np.full(len(t), acct, object), amt, channel)
        return float(amt.sum())

    def lookalikes(self):
        r = self.rng
        H, ND, L = self.H, self.ND, self.L
        alld = list(range(ND))
        lab = self.label

        def benign(etype, ents, kind, fa=BASE):
            lab(etype, ents, "benign", None, kind, fa)

        # 1 border traders calling many Myanmar numbers, roaming into Myanmar some days
        ps = self.pick(self.scale(18, 3), ages=[1, 2], regions=["692", "883", "875"], need_acct=True)
        for p in ps:
            partners = self.foreign_numbers(int(r.integers(20, 60)), "MM")
            k = int(r.integers(15, 40)) * ND
            t = self.times(r.integers(0, ND, k))
            self.calls(t, np.full(k, L["msisdn"][p]), r.choice(partners, k), self.results(np.full(k, 0.7)),
                       self.lognorm(90, 0.9, k, 3, 2400).astype(np.int64), caller_line=np.full(k, p), call_type="intl_out")
            rd = r.choice(ND, int(r.integers(1, 4)), replace=False)
            self.roam_presence(p, rd, "MM", L["imei"][p])
            for d in rd:
                k = int(r.integers(5, 15))
                t = BASE + int(d) * DAY + r.integers(9 * HOUR, 20 * HOUR, k)
                tgt = np.where(r.random(k) < 0.5, L["msisdn"][self.contacts[p, r.integers(0, 12, k)]], self.new_spam(k))
                self.calls(t, np.full(k, L["msisdn"][p]), tgt, self.results(np.full(k, 0.65)),
                           self.lognorm(80, 0.9, k, 3, 1800).astype(np.int64), imei=np.full(k, L["imei"][p]),
                           ccell=np.full(k, -1), roam="MM", imsi=np.full(k, L["imsi"][p]))
            self.incoming(self.pacct[p], alld, (1, 6), 8000, 0.9, 0.7, "mobile_app")
        benign("msisdn", L["msisdn"][ps], "border_trader_mm")

        # 2 border residents whose phones drift onto foreign networks
        ps = self.pick(self.scale(35, 5), border=True)
        for p in ps:
            cty = self.cell_border[L["home_cell"][p]]
            rd = np.where(r.random(ND) < 0.4)[0]
            for d in rd:
                k = int(r.integers(2, 6))
                t = BASE + int(d) * DAY + np.sort(r.integers(7 * HOUR, 22 * HOUR, k))
                self.device(t, np.full(k, p), "location_update", cell=np.full(k, -1), roam=cty)
                m = int(r.integers(1, 4))
                tc = BASE + int(d) * DAY + r.integers(8 * HOUR, 21 * HOUR, m)
                self.calls(tc, np.full(m, L["msisdn"][p]), L["msisdn"][self.contacts[p, r.integers(0, 12, m)]],
                           "answered", r.integers(20, 400, m), imei=np.full(m, L["imei"][p]), ccell=np.full(m, -1),
                           roam=cty, imsi=np.full(m, L["imsi"][p]))
        benign("msisdn", L["msisdn"][ps], "border_resident_roaming")

        # 3 tour guides with new cards calling tourists from other provinces
        ps = self.pick(self.scale(14, 3), ages=[1, 2], regions=["888", "872", "691", "871"])
        nl = self.new_line_for(ps, BASE + r.integers(0, H, len(ps)) * DAY + 10 * HOUR, same_device=True)
        days = [list(range(int((L["open_time"][li] - BASE) // DAY), ND)) for li in nl]
        self.campaign(nl, days, (20, 45), 0.1, 0.75, 60, callback=0.3, hours=(7, 21))
        benign("msisdn", L["msisdn"][nl], "tour_guide_newcard", L["open_time"][nl])

        # 4 outbound tourists roaming in Thailand / Laos
        ps = self.pick(self.scale(18, 3), ages=[1, 2, 3])
        for p in ps:
            cty = r.choice(["TH", "LA", "VN"])
            d0 = int(r.integers(0, ND - 3))
            rd = range(d0, min(ND, d0 + int(r.integers(3, 6))))
            self.roam_presence(p, rd, cty, L["imei"][p])
            for d in rd:
                k = int(r.integers(2, 8))
                t = BASE + d * DAY + r.integers(8 * HOUR, 23 * HOUR, k)
                tgt = np.where(r.random(k) < 0.8, L["msisdn"][self.contacts[p, r.integers(0, 12, k)]],
                               self.foreign_numbers(k, cty))
                self.calls(t, np.full(k, L["msisdn"][p]), tgt, self.results(np.full(k, 0.8)),
                           self.lognorm(100, 1.0, k, 3, 3000).astype(np.int64), imei=np.full(k, L["imei"][p]),
                           ccell=np.full(k, -1), roam=cty, imsi=np.full(k, L["imsi"][p]))
        benign("msisdn", L["msisdn"][ps], "outbound_tourist_roaming")

        # 5 migrant workers in Laos (railway, SEZ) roaming all the time, video calls home
        ps = self.pick(self.scale(12, 2), ages=[1, 2], regions=["691", "879", "871"])
        for p in ps:
            self.roam_presence(p, alld, "LA", L["imei"][p])
            k = int(r.integers(2, 5)) * ND
            t = BASE + r.integers(0, ND, k) * DAY + r.integers(19 * HOUR, 23 * HOUR, k)
            self.calls(t, np.full(k, L["msisdn"][p]), L["msisdn"][self.contacts[p, r.integers(0, 5, k)]],
                       self.results(np.full(k, 0.85)), self.lognorm(600, 0.8, k, 10, 5400).astype(np.int64),
                       imei=np.full(k, L["imei"][p]), ccell=np.full(k, -1), roam="LA", imsi=np.full(k, L["imsi"][p]),
                       media=np.where(r.random(k) < 0.5, "video", "voice"))
        benign("msisdn", L["msisdn"][ps], "migrant_worker_laos")

        # 6 jade live-streamers: many payments from strangers all over China
        ps = self.pick(self.scale(8, 2), ages=[1, 2], regions=["692", "871"], need_acct=True)
        for p in ps:
            self.incoming(self.pacct[p], alld, (30, 80), 900, 1.3, 0.85)
            t = BASE + r.integers(0, ND, 3) * DAY + 15 * HOUR
            self.transfer(t, [self.pacct[p]] * 3, r.choice(self.merch, 3), r.uniform(20000, 90000, 3), "mobile_app",
                          np.full(3, L["msisdn"][p]))
            self.app_event(self.times(r.integers(0, ND, ND * 3)), np.full(ND * 3, p), "com.ss.android.ugc.aweme", "use")
        benign("account", self.pacct[ps], "jade_livestreamer")

        # 7 Pu'er tea merchants: calls to customers elsewhere, payments from strangers
        ps = self.pick(self.scale(8, 2), ages=[2], regions=["879", "883", "691"], need_acct=True)
        self.campaign(ps, [alld] * len(ps), (10, 25), 0.15, 0.7, 120, callback=0.25)
        for p in ps:
            self.incoming(self.pacct[p], alld, (5, 20), 1500, 1.0, 0.8, "mobile_app")
        benign("msisdn", L["msisdn"][ps], "tea_merchant")
        benign("account", self.pacct[ps], "tea_merchant")

        # 8 long-haul logistics drivers calling consignees, moving along the route
        ps = self.pick(self.scale(20, 3), ages=[1, 2])
        route = r.choice(len(self.cell_vocab), ND)
        cellf = {}
        for i in range(len(ps)):
            for d in alld:
                cellf[(i, d)] = int(r.choice(self.region_cells[self.reg_code[r.integers(0, len(REGIONS))]]))
        self.campaign(ps, [alld] * len(ps), (15, 35), 0.5, 0.72, 45, cell=lambda i, d: cellf[(i, d)], callback=0.2,
                      hours=(6, 22))
        del route
        benign("msisdn", L["msisdn"][ps], "logistics_driver")

        # 9 couriers
        ps = self.pick(self.scale(22, 3), ages=[1, 2], regions=["871", "874", "872", "873", "870"])
        self.campaign(ps, [alld] * len(ps), (30, 60), 0.97, 0.7, 20, callback=0.15, sigma=0.6, hours=(8, 20))
        for p in ps:
            k = int(r.integers(10, 30)) * ND
            self.sms(self.times(r.integers(0, ND, k)), np.full(k, L["msisdn"][p]), L["msisdn"][r.integers(0, self.P, k)],
                     "您的快递已放驿站，请凭取件码领取。", sender_line=np.full(k, p))
        benign("msisdn", L["msisdn"][ps], "courier")

        # 10 hotel front desks (fixed lines)
        reg = r.choice(["888", "872", "871", "691"], self.scale(8, 2))
        fl = self.add_lines(np.concatenate([self.fixed_numbers(1, c) for c in reg]), self.hexkeys(len(reg), "BL"),
                            "fixed", BASE - 900 * DAY, -1, customer_type="enterprise", id_type="business_license",
                            home_region=reg, operator=2)
        self.campaign(fl, [alld] * len(fl), (20, 40), 0.05, 0.8, 50, cell=-1, call_type="fixed", callback=0.3)
        benign("msisdn", L["msisdn"][fl], "hotel_frontdesk")

        # 11 hospital notice lines, 12 government notice VoIP lines
        hl = self.add_lines(self.fixed_numbers(4, "871"), self.hexkeys(4, "BL"), "fixed", BASE - 3000 * DAY, -1,
                            customer_type="enterprise", id_type="business_license", home_region="871", operator=0)
        self.campaign(hl, [alld] * 4, (60, 120), 1.0, 0.6, 70, cell=-1, call_type="fixed", age_w=[0.3, 0.6, 1, 2])
        benign("msisdn", L["msisdn"][hl], "hospital_notice_line")
        gl = self.add_lines(self.fixed_numbers(3, "871", lead=(5,)), self.hexkeys(1, "BL") * 3, "voip",
                            BASE - 1500 * DAY, -1, customer_type="enterprise", id_type="business_license",
                            home_region="871", operator=2)
        self.campaign(gl, [alld] * 3, (80, 150), 1.0, 0.5, 90, cell=-1, call_type="voip", gateway="GW-GOV-12345")
        benign("msisdn", L["msisdn"][gl], "gov_notice_line")
        self.allow_nums = list(L["msisdn"][hl[:2]]) + list(L["msisdn"][gl[:2]])

        # 13 marketing 106 ports with links
        ports = 1069 * 10 ** 7 + r.integers(10 ** 6, 10 ** 7, self.scale(6, 3))
        mk_dom = ["t.ynmobile.cn", "dwz.cn", "m.ynrcc.com", "u.meituan.com"]
        for j, sp in enumerate(ports):
            for d in alld:
                k = int(r.integers(150, 400) * max(self.P / 12900, 0.2))
                t = BASE + d * DAY + r.integers(9 * HOUR, 21 * HOUR, k)
                self.sms(t, np.full(k, sp), L["msisdn"][r.integers(0, self.P, k)],
                         f"【优惠】双11会员专享，满199减100，戳 https://{mk_dom[j % 4]}/a{j} 回T退订")
            k = int(r.integers(10, 30))
            self.web_rows(self.times(r.integers(0, ND, k)), r.integers(0, self.P, k),
                          np.full(k, 0), path=[f"https://{mk_dom[j % 4]}/a{j}"] * k)
        benign("msisdn", ports, "marketing_106_port")
        self.allow_nums += list(ports[:2])

        # 14 debt collectors, 15 insurance sales on new cards, 16 real estate agents, 17 ride-hailing, 18 admissions
        ps = self.pick(self.scale(14, 3), ages=[1, 2], regions=["871", "874"])
        self.campaign(ps, [alld] * len(ps), (60, 120), 0.6, 0.3, 35, sigma=0.8)
        benign("msisdn", L["msisdn"][ps], "debt_collector")
        self.debt = L["msisdn"][ps]
        ps = self.pick(self.scale(16, 3), ages=[1, 2])
        nl = self.new_line_for(ps, BASE + r.integers(-10, H, len(ps)) * DAY + 9 * HOUR)
        days = [list(range(max(0, int((L["open_time"][li] - BASE) // DAY)), ND)) for li in nl]
        self.campaign(nl, days, (40, 80), 0.85, 0.35, 40)
        benign("msisdn", L["msisdn"][nl], "insurance_sales_newcard", L["open_time"][nl])
        ps = self.pick(self.scale(12, 3), ages=[1, 2], regions=["871", "872", "888"])
        self.campaign(ps, [alld] * len(ps), (30, 60), 0.8, 0.45, 55, callback=0.1)
        benign("msisdn", L["msisdn"][ps], "real_estate_agent")
        self.estate = L["msisdn"][ps]
        ps = self.pick(self.scale(14, 3), ages=[1, 2], regions=["871", "872", "888"])
        cellf = {(i, d): int(r.choice(self.region_cells[self.reg_code[self.preg[p]]])) for i, p in enumerate(ps)
                 for d in alld}
        self.campaign(ps, [alld] * len(ps), (10, 25), 0.9, 0.8, 25, cell=lambda i, d: cellf[(i, d)], sigma=0.5)
        benign("msisdn", L["msisdn"][ps], "ride_hailing_driver")
        ps = self.pick(self.scale(6, 2), ages=[2])
        self.campaign(ps, [alld] * len(ps), (50, 90), 0.9, 0.4, 80, hours=(17, 21), age_w=[0.1, 0.5, 1.5, 0.6])
        benign("msisdn", L["msisdn"][ps], "admissions_sales")

        # 19 community police anti-fraud warning lines calling elderly residents at length
        cl = self.add_lines(self.fixed_numbers(4, "871", lead=(6,)), self.hexkeys(1, "BL") * 4, "fixed",
                            BASE - 2000 * DAY, -1, customer_type="enterprise", id_type="business_license",
                            home_region="871", operator=0)
        self.campaign(cl, [alld] * 4, (30, 60), 1.0, 0.55, 300, cell=-1, call_type="fixed", age_w=[0, 0.2, 0.6, 2.5])
        benign("msisdn", L["msisdn"][cl], "police_warning_line")
        self.allow_nums += list(L["msisdn"][cl[:1]])

        # 20 people who change numbers: new card, notice to every contact, old card closed
        ps = self.pick(self.scale(16, 3), ages=[1, 2, 3])
        ot = BASE + r.integers(1, ND - 1, len(ps)) * DAY + 11 * HOUR
        nl = self.new_line_for(ps, ot, same_device=True)
        for p, li, t in zip(ps, nl, ot, strict=False):
            cts = np.unique(self.contacts[p])
            k = len(cts)
            self.sms(t + r.integers(600, 7200, k), np.full(k, L["msisdn"][li]), L["msisdn"][cts],
                     "我换号了，这是我的新号码，原号码停用，请惠存。", sender_line=np.full(k, li))
            m = int(r.integers(3, 8)) * max(1, (self.T1 - t) // DAY)
            tt = t + r.integers(HOUR, max(self.T1 - t, 2 * HOUR), m)
            tgt = self.contacts[p, r.integers(0, 12, m)]
            self.calls(tt, np.full(m, L["msisdn"][li]), L["msisdn"][tgt], self.results(np.full(m, 0.85)),
                       self.lognorm(70, 1.0, m, 2, 3000).astype(np.int64), caller_line=np.full(m, li), callee_line=tgt)
            L["status"][p] = "closed"
            L["status_time"][p] = t + 3 * DAY
        benign("msisdn", L["msisdn"][nl], "number_changer", ot)

        # 21 dual-SIM phones, 22 family plans (one ID, several cards)
        ps = self.pick(self.scale(30, 4), ages=[1, 2])
        nl = self.new_line_for(ps, BASE - r.integers(30, 900, len(ps)) * DAY, same_device=True)
        self.life_lite(nl, ps, 1.5)
        benign("imei", L["imei"][ps], "dual_sim_phone")
        ps = self.pick(self.scale(15, 3), ages=[2])
        for p in ps:
            k = int(r.integers(3, 5))
            nl = self.new_line_for(np.full(k, p), BASE - r.integers(30, 2000, k) * DAY)
            self.life_lite(nl, np.full(k, p), 1.2)
        benign("id_key", self.pid_keys[ps], "family_plan")

        # 23 dormant cards waking up in the evaluation days
        ps = self.pick(self.scale(25, 3))
        nl = self.new_line_for(ps, BASE - r.integers(200, 2000, len(ps)) * DAY)
        for p, li in zip(ps, nl, strict=False):
            d0 = int(r.integers(H, ND))
            k = int(r.integers(5, 12)) * (ND - d0)
            t = BASE + r.integers(d0, ND, k) * DAY + r.integers(9 * HOUR, 21 * HOUR, k)
            tgt = np.where(r.random(k) < 0.5, self.contacts[p, r.integers(0, 12, k)], r.integers(0, self.P, k))
            self.calls(t, np.full(k, L["msisdn"][li]), L["msisdn"][tgt], self.results(np.full(k, 0.6)),
                       self.lognorm(60, 1.0, k, 2, 1800).astype(np.int64), caller_line=np.full(k, li), callee_line=tgt)
            self.device([BASE + d0 * DAY + 8 * HOUR], [li], "power_on")
        benign("msisdn", L["msisdn"][nl], "dormant_card_wakes", BASE + H * DAY)

        # 24 phone repair shops: customers' SIMs in the shop's test handset
        shops = self.pick(self.scale(6, 2), ages=[1, 2])
        for p in shops:
            ti = self.new_imeis(1)[0]
            k = int(r.integers(12, 26))
            cust = r.integers(0, self.P, k)
            t = BASE + r.integers(0, ND, k) * DAY + r.integers(9 * HOUR, 19 * HOUR, k)
            cell = np.full(k, L["work_cell"][p])
            self.device(t, cust, "attach", cell=cell, imei=np.full(k, ti))
            self.device(t + r.integers(300, 1800, k), cust, "detach", cell=cell, imei=np.full(k, ti))
            m = k // 3
            self.calls(t[:m] + 120, L["msisdn"][cust[:m]], np.full(m, 10086), "answered", r.integers(10, 60, m),
                       imei=np.full(m, ti), ccell=cell[:m], imsi=L["imsi"][cust[:m]])
            benign("imei", [ti], "phone_repair_test_handset")

        # 25 IoT fleets: POS terminals, shared bikes, water meters
        for f, (kind, n) in enumerate((("iot_pos_terminals", 25), ("iot_shared_bikes", 30), ("iot_water_meters", 20))):
            n = self.scale(n, 5)
            ek = self.hexkeys(1, "BL")[0]
            cells = r.choice(self.region_cells["871"], n)
            il = self.add_lines(self.new_numbers(n, prefixes=[146, 148, 172]), ek, "iot", BASE - r.integers(30, 700) * DAY,
                                cells, imei=self.new_imeis(n, tac=86900000 + f), customer_type="enterprise",
                                id_type="business_license", home_region="871", operator=0)
            k = n * ND * 6
            li = np.repeat(il, ND * 6)
            t = self.times(np.tile(np.repeat(np.arange(ND), 6), n))
            cell = r.choice(self.region_cells["871"], k) if kind == "iot_shared_bikes" else None
            self.device(t, li, "data_session", cell=cell, nbytes=r.integers(2000, 60000, k))
            m = n * ND * 2
            li2 = np.repeat(il, ND * 2)
            self.sms(self.times(np.tile(np.repeat(np.arange(ND), 2), n)), L["msisdn"][li2], np.full(m, 1065800 + f),
                     None, sender_line=li2)
            benign("msisdn", L["msisdn"][il], kind)

        # 26 landlords, 27 personal QR merchants, 28 group-buying leaders, 29 crowdfunding, 37 game traders
        for kind, n, per, med, sig, pext, ch in (("landlord", 12, (0, 4), 1400, 0.4, 0.3, "mobile_app"),
                                                 ("small_merchant_qr", 25, (20, 60), 25, 0.9, 0.2, "third_party"),
                                                 ("group_buying_leader", 10, (30, 70), 60, 0.7, 0.1, "third_party"),
                                                 ("legit_game_trader", 6, (5, 15), 350, 0.9, 0.6, "third_party")):
            ps = self.pick(self.scale(n, 2), ages=[1, 2], need_acct=True)
            for p in ps:
                self.incoming(self.pacct[p], alld, per, med, sig, pext, ch)
            benign("account", self.pacct[ps], kind)
            if kind == "group_buying_leader":
                for p in ps:
                    k = int(r.integers(40, 100)) * ND
                    self.sms(self.times(r.integers(0, ND, k)), np.full(k, L["msisdn"][p]),
                             L["msisdn"][r.integers(0, self.P, k)], "今日团购：褚橙、鲜花饼，群里接龙，明早到货。",
                             sender_line=np.full(k, p))
                benign("msisdn", L["msisdn"][ps], kind)
            if kind == "legit_game_trader":
                for p in ps:
                    k = int(r.integers(5, 10))
                    self.ia(np.full(k, p), (r.integers(0, 3, k), ["xianyu", "pxb7", "qq"]),
                            BASE + r.integers(0, ND * DAY, k))
        ps = self.pick(self.scale(5, 2), ages=[2, 3], need_acct=True)
        for p in ps:
            d0 = int(r.integers(0, ND - 2))
            tot = self.incoming(self.pacct[p], range(d0, min(ND, d0 + 3)), (60, 150), 60, 1.0, 0.7)
            self.transfer([BASE + min(ND - 1, d0 + 3) * DAY + 10 * HOUR], [self.pacct[p]], [self.utilities[0]],
                          [round(tot * 0.8, 2)], "counter")
        benign("account", self.pacct[ps], "crowdfunding_patient_family")

        # 30 licensed money changers in Ruili: fan-in and fan-out of large sums
        ps = self.pick(self.scale(6, 2), ages=[2], regions=["692", "883"], need_acct=True)
        for p in ps:
            for d in alld:
                k = int(r.integers(10, 30))
                t = BASE + d * DAY + np.sort(r.integers(9 * HOUR, 19 * HOUR, k))
                amt = np.round(self.lognorm(15000, 0.7, k, 1000, 50000), -2)
                frm = np.array(self.hexkeys(k, "EX"), object)
                self.transfer(t, frm, np.full(k, self.pacct[p], object), amt, "mobile_app")
                to = np.array(self.hexkeys(k, "EX"), object)
                self.transfer(t + r.integers(20 * MIN, 3 * HOUR, k), np.full(k, self.pacct[p], object), to,
                              np.round(amt * r.uniform(0.97, 1.03, k), 2), "mobile_app", np.full(k, L["msisdn"][p]))
        benign("account", self.pacct[ps], "border_money_changer")

        # 31 payroll agents paying many workers, 32 wholesalers paying just under 50,000
        ps = self.pick(self.scale(5, 2), ages=[2], need_acct=True)
        for p in ps:
            d = int(r.integers(0, ND))
            t0 = BASE + d * DAY + 10 * HOUR
            k = int(r.integers(20, 60))
            wk = r.integers(0, self.P, k)
            to = self.pacct[wk]
            to = np.where(to == None, np.array(self.hexkeys(k, "EX"), object), to)  # noqa: E711
            amt = np.round(self.lognorm(4200, 0.3, k, 1500, 12000), 0)
            self.transfer([t0], [r.choice(self.employers)], [self.pacct[p]], [float(amt.sum())], "counter")
            self.transfer(t0 + 1800 + np.arange(k) * 40, np.full(k, self.pacct[p], object), to, amt, "mobile_app",
                          np.full(k, L["msisdn"][p]))
        benign("account", self.pacct[ps], "payroll_agent")
        ps = self.pick(self.scale(8, 2), ages=[2], need_acct=True)
        for p in ps:
            k = int(r.integers(3, 9)) * ND
            t = self.times(r.integers(0, ND, k), np.r_[np.zeros(8), np.ones(10), np.zeros(6)] / 10)
            self.transfer(t, np.full(k, self.pacct[p], object), r.choice(self.merch, k), r.uniform(45000, 49990, k),
                          "mobile_app", np.full(k, L["msisdn"][p]))
            self.incoming(self.pacct[p], alld, (1, 4), 60000, 0.5, 0.9, "counter")
        benign("account", self.pacct[ps], "wholesale_just_under_limit")

        # 33 remote-desktop apps for work, 34 an enterprise app installed from its own site
        ps = self.pick(self.scale(20, 3), ages=[1, 2])
        rd_apps = ["com.oray.sunlogin.application", "com.anydesk.anydeskandroid", "com.teamviewer.quicksupport.market",
                   "com.tencent.wemeet"]
        for p in ps:
            a = rd_apps[int(r.integers(0, 4))]
            t0 = BASE + int(r.integers(0, ND)) * DAY + int(r.integers(9 * HOUR, 18 * HOUR))
            self.app_event([t0], [p], a, "install")
            k = int(r.integers(2, 5)) * ND
            self.app_event(self.times(r.integers(0, ND, k)), np.full(k, p), a, "use")
            self.web([t0 - 120], [p], ["sunlogin.oray.com" if "oray" in a else "anydesk.com"],
                     ["https://sunlogin.oray.com/download"], ["101.37.88.5"])
        benign("msisdn", L["msisdn"][ps], "remote_desktop_worker")
        ps = self.pick(self.scale(25, 5), ages=[1, 2], regions=["871"])
        t0 = BASE + r.integers(0, ND, len(ps)) * DAY + r.integers(9 * HOUR, 18 * HOUR, len(ps))
        self.web(t0 - 60, ps, "oa.ynjtgroup.com", "https://oa.ynjtgroup.com/app/oa.apk", "122.114.50.8")
        self.app_event(t0, ps, "com.ynjt.oa", "install", "https://oa.ynjtgroup.com/app/oa.apk")
        self.app_event(t0 + DAY // 2, ps, "com.ynjt.oa", "use")
        benign("app", ["com.ynjt.oa"], "enterprise_sideload_app")
        benign("domain", ["oa.ynjtgroup.com"], "enterprise_sideload_app")

        # 35 new small-shop / homestay domains promoted by SMS
        shop_doms = [f"{''.join(r.choice(SYL, 2))}-{r.choice(['minsu', 'chaye', 'feicui', 'xianhua', 'kafei'])}."
                     f"{r.choice(['top', 'vip', 'shop', 'cn'])}" for _ in range(self.scale(10, 3))]
        for dmn in shop_doms:
            owner = self.pick(1, ages=[1, 2])[0]
            k = int(r.integers(5, 30))
            vis = r.integers(0, self.P, k)
            t = self.times(r.integers(0, ND, k))
            self.sms(t - 600, np.full(k, L["msisdn"][owner]), L["msisdn"][vis], f"新店开业，预订享8折：https://{dmn}",
                     sender_line=np.full(k, owner))
            self.web(t, vis, dmn, f"https://{dmn}/", f"47.108.{r.integers(0, 255)}.{r.integers(1, 254)}")
        benign("domain", shop_doms, "new_small_shop_domain")

        # 36 students registering many internet accounts
        ps = self.pick(self.scale(18, 3), ages=[0])
        for p in ps:
            k = int(r.integers(8, 16))
            t = BASE + int(r.integers(0, ND)) * DAY + r.integers(0, 2 * DAY, k)
            t = np.minimum(t, self.T1 - 60)
            pl = ["game_tencent", "game_netease", "mihoyo", "steam", "bilibili", "xiaohongshu", "kuaishou", "zhihu",
                  "taptap", "campus_card", "wps", "baidu_pan", "douyu", "huya", "csdn", "chaoxing"]
            self.ia(np.full(k, p), (r.permutation(16)[:k], pl), t)
        benign("msisdn", L["msisdn"][ps], "student_many_accounts")

        # 38 video calls with family, 39 newly arrived workers from other provinces on new cards
        ps = self.pick(self.scale(20, 3), ages=[1, 2, 3])
        for p in ps:
            k = int(r.integers(1, 3)) * ND
            t = BASE + r.integers(0, ND, k) * DAY + r.integers(19 * HOUR, 22 * HOUR, k)
            tgt = np.where(r.random(k) < 0.5, self.oop[p, 0], L["msisdn"][self.contacts[p, 0]])
            self.calls(t, np.full(k, L["msisdn"][p]), tgt, "answered", r.integers(600, 3600, k),
                       caller_line=np.full(k, p), media="video")
        benign("msisdn", L["msisdn"][ps], "video_call_family")
        ps = self.pick(self.scale(16, 3), ages=[1, 2], regions=["871", "874", "877"])
        nl = self.new_line_for(ps, BASE + r.integers(-5, H, len(ps)) * DAY + 14 * HOUR)
        days = [list(range(max(0, int((L["open_time"][li] - BASE) // DAY)), ND)) for li in nl]
        self.campaign(nl, days, (6, 15), 0.05, 0.8, 200, callback=0.4)
        benign("msisdn", L["msisdn"][nl], "new_arrival_worker", L["open_time"][nl])
        self.lookalike_users = (self.debt, self.estate)

    def life_lite(self, lines, owners, rate):
        r = self.rng
        L = self.L
        cnt = r.poisson(rate, (len(lines), self.ND)).ravel()
        idx = np.repeat(np.arange(len(lines) * self.ND), cnt)
        li, d = np.asarray(lines)[idx // self.ND], idx % self.ND
        ow = np.asarray(owners)[idx // self.ND]
        n = len(li)
        tgt = np.where(r.random(n) < 0.3, ow, self.contacts[ow, r.integers(0, 12, n)])
        t = self.times(d)
        self.calls(t, L["msisdn"][li], L["msisdn"][tgt], self.results(np.full(n, 0.85)),
                   self.lognorm(80, 1.0, n, 2, 3000).astype(np.int64), caller_line=li, callee_line=tgt)
        k = len(lines) * self.ND
        self.device(BASE + np.tile(np.arange(self.ND), len(lines)) * DAY + 7 * HOUR + r.integers(0, HOUR, k),
                    np.repeat(lines, self.ND), "attach")

    # ------------------------------------------------------ reports, lists, tables
    def reports_and_lists(self):
        r = self.rng
        # wrong user reports on look-alikes, most cleared later by the anti-fraud centre
        wrong = list(r.choice(self.debt, min(2, len(self.debt)), replace=False)) + list(self.estate[:1])
        for e in wrong:
            t = BASE + int(r.integers(DAY, self.ND * DAY - DAY))
            self.report(t, "msisdn", e, "fraud", "other", None, "user_report")
            if r.random() < 0.75:
                self.report(t + int(r.integers(6 * HOUR, 2 * DAY)), "msisdn", e, "benign", None, None, "internal")
        # old cases before the data (numbers not in the data)
        for _ in range(self.scale(30, 5)):
            e = self.new_spam(1)[0]
            self.report(BASE - int(r.integers(DAY, 60 * DAY)), "msisdn", e, "fraud",
                        r.choice(["impersonate_police", "loan", "customer_service", "investment"]), None, "police")
        # allow list of service numbers and known notice lines, block list of old fraud domains, border cells
        allow = [str(x) for x in SERVICE_NUMS] + [str(x[0]) for x in A2P] + [str(x) for x in self.allow_nums]
        allow = list(dict.fromkeys(allow))
        n = len(allow)
        self.emit("lists", n, entity_type="msisdn", entity=allow, list="allow", reason="service number",
                  added_time=np.full(n, BASE - 400 * DAY), expires_time=-1)
        old = ["ybj-tuikuan.xyz", "etc-renzheng.top", "icbc-jifen.cc", "kuaidi-peifu.vip", "douyin-tuikuan.com"]
        self.emit("lists", len(old), entity_type="domain", entity=old, list="block", reason="fraud site (old case)",
                  added_time=np.full(len(old), BASE - 30 * DAY), expires_time=np.full(len(old), BASE + 335 * DAY))
        bc = [self.cell_vocab[int(c)].as_py() for c in self.border_cells["MM"]]
        self.emit("lists", len(bc), entity_type="cell", entity=bc, list="high_risk_region",
                  reason="border area next to northern Myanmar", added_time=np.full(len(bc), BASE - 100 * DAY),
                  expires_time=-1)

    def finish_tables(self):
        L = self.L
        n = len(L["msisdn"])
        self.emit("subscribers", n, msisdn=L["msisdn"], imsi=L["imsi"], id_key=list(L["id_key"]),
                  id_type=list(L["id_type"]), customer_type=list(L["customer_type"]), line_type=list(L["line_type"]),
                  operator=(L["operator"], OPS), open_time=L["open_time"],
                  open_channel=[x if x else None for x in L["channel"]],
                  open_cell=np.where((L["line_type"] == "mobile") & (L["home_region"] != "other"), L["home_cell"], -1),
                  status=list(L["status"]),
                  status_time=L["status_time"], is_prepaid=L["prepaid"],
                  home_region=[x if x else None for x in L["home_region"]])
        for ids, keys, bank, ot, bound, status in self.acct_rows:
            self.emit("bank_accounts", len(ids), account_id=ids, id_key=keys, bank=list(bank), open_time=ot,
                      bound_msisdn=bound, status=status)

    def run(self):
        self.build_world()
        self.fraud()
        self.lookalikes()
        self.background()
        self.reports_and_lists()
        self.finish_tables()

    # -------------------------------------------------------------- writing
    def write(self, outdir: str):
        for rtype, cols in COLUMNS.items():
            chunks = self.out[rtype]
            tot = sum(n for n, _ in chunks)
            arrays = []
            for name, kind in cols:
                parts = [self.to_arrow(kind, c.get(name), n) for n, c in chunks]
                arrays.append(pa.concat_arrays(parts) if parts else pa.array([], self.atype(kind)))
            if rtype in ID_PREFIX:
                ci = [c[0] for c in cols].index(ID_COL[rtype])
                ids = pc.binary_join_element_wise(f"{ID_PREFIX[rtype]}{self.seed:03d}",
                                                  pc.cast(pa.array(np.arange(tot)), pa.string()), "")
                arrays[ci] = ids
            tab = pa.Table.from_arrays(arrays, names=[c[0] for c in cols])
            for name in REQUIRED[rtype]:
                if tab[name].null_count:
                    raise RuntimeError(f"{rtype}.{name}: {tab[name].null_count} rows without a required value")
            tcol = {"voice": "start_time", "sms": "send_time", "transfers": "time", "device": "time", "web": "time",
                    "apps": "time"}.get(rtype)
            if tcol:  # the export covers the data window only
                tv = pc.cast(tab[tcol], pa.int64())
                tab = tab.filter(pc.and_(pc.greater_equal(tv, BASE), pc.less(tv, self.T1)))
            os.makedirs(os.path.join(outdir, rtype), exist_ok=True)
            pq.write_table(tab, os.path.join(outdir, rtype, f"{rtype}.parquet"), compression="zstd")
            self.written[rtype] = tab.num_rows
        # truth
        te = self.truth
        tab = pa.table({"entity_type": [x[0] for x in te], "entity": [x[1] for x in te], "role": [x[2] for x in te],
                        "gang_id": [x[3] for x in te], "scheme": [x[4] for x in te],
                        "first_active": pa.array(np.array([x[5] for x in te], np.int64), TS)})
        os.makedirs(os.path.join(outdir, "truth", "entities"), exist_ok=True)
        pq.write_table(tab, os.path.join(outdir, "truth", "entities", "entities.parquet"))
        ev = self.events
        tab = pa.table({"victim": [x[0] for x in ev], "time": pa.array(np.array([x[1] for x in ev], np.int64), TS),
                        "amount": pa.array([float(x[2]) for x in ev], pa.float64()), "to_account": [x[3] for x in ev],
                        "gang_id": [x[4] for x in ev], "scheme": [x[5] for x in ev]})
        os.makedirs(os.path.join(outdir, "truth", "events"), exist_ok=True)
        pq.write_table(tab, os.path.join(outdir, "truth", "events", "events.parquet"))

    @staticmethod
    def atype(kind):
        return {"n": pa.string(), "c": pa.string(), "r": pa.string(), "t": TS, "s": pa.string(), "f": pa.float64(),
                "i": pa.int64(), "b": pa.bool_()}[kind]

    def to_arrow(self, kind, v, n):
        if v is None:
            return pa.nulls(n, self.atype(kind))
        if kind == "n":
            a = np.broadcast_to(np.asarray(v, dtype=np.int64), (n,))
            return pa.array(a, mask=a == 0).cast(pa.string())
        if kind in ("c", "r"):
            a = np.broadcast_to(np.asarray(v, dtype=np.int64), (n,))
            vocab = self.cell_vocab if kind == "c" else pa.array(COUNTRIES)
            bad = a < 0 if kind == "c" else a == 0
            codes = pa.array(np.where(bad, 0, a).astype(np.int32), mask=bad)
            return pa.DictionaryArray.from_arrays(codes, vocab).cast(pa.string())
        if kind == "t":
            a = np.broadcast_to(np.asarray(v, dtype=np.int64), (n,))
            return pa.array(a, type=TS, mask=a < 0)
        if kind in ("f", "i"):
            a = np.broadcast_to(np.asarray(v, dtype=np.float64 if kind == "f" else np.int64), (n,))
            if kind == "i":
                return pa.array(a, mask=a < 0)
            return pa.array(a, mask=np.isnan(a))
        if kind == "b":
            return pa.array(np.broadcast_to(np.asarray(v, dtype=bool), (n,)))
        # strings
        if isinstance(v, tuple):
            codes, vocab = v
            codes = np.broadcast_to(np.asarray(codes, dtype=np.int64), (n,))
            bad = codes < 0
            return pa.DictionaryArray.from_arrays(pa.array(np.where(bad, 0, codes).astype(np.int32), mask=bad),
                                                  pa.array(list(vocab), pa.string())).cast(pa.string())
        if isinstance(v, str):
            return pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, np.int32)), pa.array([v])).cast(pa.string())
        vals = list(v) if not isinstance(v, list) else v
        if len(vals) != n:
            raise ValueError(f"column length {len(vals)} != {n}")
        return pa.array([None if x is None or (isinstance(x, float) and np.isnan(x)) else str(x) for x in vals],
                        pa.string())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=15000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=5)
    a = ap.parse_args(argv)
    t0 = time.time()
    g = Gen(a.seed, a.subscribers, a.days_history, a.days)
    g.run()
    g.write(a.out)
    rows = g.written
    print(f"wrote {a.out}: {sum(rows.values()):,} rows {rows}; truth {len(g.truth)} entities, "
          f"{len(g.events)} victim payments; {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
