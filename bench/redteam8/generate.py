#!/usr/bin/env python3
"""Blind red-team generator 8: a synthetic FUJIAN (福建) province in interchange v1, with ground truth.

    generate.py --out DIR --seed N [--subscribers 20000] [--days-history 10] [--days 7]

Writes DIR/<type>/<type>.parquet for every interchange record type and DIR/truth/entities, DIR/truth/events.
Written blind to fraudwall's detection (see README.md, "Blindness statement"). The province (cities, cells,
people, ordinary life and the writer) is here; the gangs are in gangs.py and the benign look-alikes in
lookalikes.py. Same seed -> byte-identical files. Vectorised per day with numpy; Python loops only over days,
cities, occupations, gangs and kinds.
"""

from __future__ import annotations

import argparse
import os
import sys
import time as _time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

DAY = 86400
# first day of the data: 2026-10-20 00:00 +08:00 (epoch seconds)
BASE = 1792425600

# ---------------------------------------------------------------------------------------------------------------
# the province
# city: (code, area code, lat, lon, share of subscribers, number of ordinary cells)
CITIES = {
    "Fuzhou": ("FZ", 591, 26.07, 119.30, 0.20, 70),
    "Xiamen": ("XM", 592, 24.48, 118.09, 0.15, 55),
    "Quanzhou": ("QZ", 595, 24.87, 118.68, 0.20, 70),
    "Putian": ("PT", 594, 25.45, 119.01, 0.08, 30),
    "Zhangzhou": ("ZZ", 596, 24.51, 117.65, 0.11, 40),
    "Longyan": ("LY", 597, 25.08, 117.02, 0.07, 25),
    "Sanming": ("SM", 598, 26.26, 117.64, 0.06, 22),
    "Nanping": ("NP", 599, 26.64, 118.18, 0.06, 22),
    "Ningde": ("ND", 593, 26.66, 119.55, 0.07, 26),
}
CITY_NAMES = list(CITIES)
# special zones: (city, zone tag, kind, n cells)
ZONES = [
    ("Quanzhou", "JJFAC", "factory", 10),    # Jinjiang shoe/sportswear factories
    ("Quanzhou", "SSFAC", "factory", 6),     # Shishi garment factories
    ("Quanzhou", "ANXI", "tea", 6),          # Anxi tea hills (Tieguanyin)
    ("Quanzhou", "QZPORT", "port", 2),
    ("Xiamen", "GLY", "tourist", 3),         # Gulangyu island
    ("Xiamen", "XMU", "university", 4),
    ("Xiamen", "HCPORT", "port", 3),         # Haicang port
    ("Xiamen", "JMFAC", "factory", 5),       # Jimei / Xiang'an electronics
    ("Fuzhou", "UNITOWN", "university", 5),  # Fuzhou university town
    ("Fuzhou", "MAWEI", "port", 2),
    ("Fuzhou", "LJPORT", "port", 3),         # Lianjiang fishing port
    ("Fuzhou", "FQFAC", "factory", 4),       # Fuqing
    ("Putian", "LCFLAT", "urban_flats", 4),  # Licheng rented flats
    ("Putian", "XIUYU", "port", 2),
    ("Putian", "PTSHOE", "factory", 4),
    ("Zhangzhou", "DSPORT", "port", 3),      # Dongshan fishing port
    ("Zhangzhou", "ZZUNI", "university", 2),
    ("Longyan", "XINLUO", "urban", 4),
    ("Longyan", "YDTULOU", "tourist", 2),    # Yongding tulou
    ("Nanping", "WYTEA", "tea", 4),          # Wuyishan rock tea
    ("Ningde", "SDAO", "port", 4),           # Sandu'ao
    ("Ningde", "XIAPU", "port", 3),
    ("Ningde", "NDFAC", "factory", 3),       # battery plant
    ("Sanming", "SMVIL", "village", 6),
    ("Nanping", "NPVIL", "village", 5),
    ("Longyan", "LYVIL", "village", 5),
]

# occupations and weights per city (rows follow CITY_NAMES)
OCCS = ["factory", "office", "shop", "student", "elderly", "villager", "fisherman", "tea", "wholesaler",
        "driver", "homemaker", "teacher", "construction", "healthcare", "trader", "returnee", "civil"]
OCC_W = {
    "Fuzhou":    [10, 20, 8, 10, 13, 5, 3, 1, 3, 5, 7, 3, 6, 3, 2, 2, 3],
    "Xiamen":    [14, 22, 9, 10, 10, 2, 1, 1, 4, 5, 6, 2, 6, 3, 3, 2, 2],
    "Quanzhou":  [26, 10, 9, 5, 12, 5, 1, 5, 7, 4, 6, 2, 5, 2, 4, 3, 1],
    "Putian":    [18, 10, 9, 5, 15, 8, 3, 1, 4, 4, 7, 2, 7, 2, 3, 2, 1],
    "Zhangzhou": [15, 12, 9, 7, 14, 10, 3, 1, 3, 4, 7, 2, 6, 2, 3, 2, 1],
    "Longyan":   [10, 13, 8, 5, 18, 15, 0, 1, 2, 4, 8, 3, 7, 2, 2, 1, 2],
    "Sanming":   [8, 12, 8, 5, 20, 20, 0, 1, 1, 4, 8, 3, 6, 2, 1, 1, 2],
    "Nanping":   [7, 11, 8, 5, 19, 17, 0, 6, 1, 4, 8, 3, 6, 2, 1, 1, 2],
    "Ningde":    [12, 10, 8, 4, 17, 10, 9, 2, 1, 4, 8, 2, 6, 2, 2, 1, 2],
}
# diaspora: share of households with relatives abroad and the country mix, per city
DIASPORA = {
    "Fuzhou": (0.30, {"US": 3, "ID": 2, "MY": 2, "SG": 1, "JP": 2, "PH": 1, "TW": 1}),   # Fuqing, Changle
    "Xiamen": (0.28, {"SG": 3, "PH": 2, "MY": 2, "TW": 3, "ID": 1}),
    "Quanzhou": (0.45, {"PH": 6, "MY": 2, "ID": 2, "SG": 1, "TW": 1}),                 # Jinjiang, Shishi
    "Putian": (0.35, {"MY": 3, "SG": 3, "ID": 2, "PH": 1}),
    "Zhangzhou": (0.30, {"MY": 3, "TW": 3, "ID": 2, "SG": 1, "PH": 1}),
    "Longyan": (0.18, {"ID": 2, "MY": 3, "SG": 2, "TW": 1}),                            # Hakka diaspora
    "Sanming": (0.08, {"SG": 1, "MY": 1, "TW": 1}),
    "Nanping": (0.08, {"SG": 1, "MY": 1, "TW": 1}),
    "Ningde": (0.15, {"ID": 2, "MY": 1, "SG": 1, "US": 1}),
}
COUNTRIES = ["PH", "MY", "ID", "SG", "TW", "US", "JP", "HK", "KH", "MM", "TH", "AE"]
CC = {"PH": 63, "MY": 60, "ID": 62, "SG": 65, "TW": 886, "US": 1, "JP": 81, "HK": 852, "KH": 855, "MM": 95,
      "TH": 66, "AE": 971}
# national significant number lengths
NSN = {"PH": 10, "MY": 9, "ID": 10, "SG": 8, "TW": 9, "US": 10, "JP": 10, "HK": 8, "KH": 9, "MM": 9, "TH": 9,
       "AE": 9}
NSN_LEAD = {"PH": 9, "MY": 1, "ID": 8, "SG": 9, "TW": 9, "US": 4, "JP": 9, "HK": 6, "KH": 9, "MM": 9, "TH": 8,
            "AE": 5}

INTL_GATEWAYS = np.array(["GW-INTL-XM1", "GW-INTL-XM2", "GW-INTL-FZ1", "GW-INTL-QZ1"], dtype=object)
MOBILE_PREFIX = np.array([134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188, 198,
                          130, 131, 132, 155, 156, 166, 185, 186, 176, 133, 153, 180, 181, 189, 177, 199, 191, 173])
OPERATORS = np.array(["CMCC"] * 17 + ["CUCC"] * 9 + ["CTCC"] * 9)

# hour-of-day profiles (weights)
HOURS = {
    "day": [1, 0.5, 0.3, 0.2, 0.3, 1, 3, 6, 8, 9, 9, 8, 8, 8, 8, 8, 8, 8, 9, 10, 10, 8, 5, 2],
    "work": [0, 0, 0, 0, 0, 0, 0.3, 1, 6, 10, 10, 9, 5, 7, 10, 10, 9, 7, 2, 1, 0.5, 0.3, 0, 0],
    "evening": [1, 0.3, 0.1, 0.1, 0.1, 0.3, 1, 2, 2, 2, 2, 3, 3, 2, 2, 2, 3, 4, 7, 10, 10, 9, 6, 3],
    "early": [0.5, 1, 2, 5, 8, 9, 8, 6, 4, 3, 3, 3, 3, 2, 2, 2, 3, 4, 4, 4, 3, 2, 1, 0.5],
    "late": [6, 5, 3, 1, 0.3, 0.2, 0.3, 0.5, 1, 2, 2, 3, 3, 3, 3, 3, 4, 5, 6, 8, 9, 10, 10, 8],
    "elderly": [0.2, 0.1, 0.1, 0.2, 0.5, 3, 7, 9, 9, 8, 7, 6, 4, 4, 6, 7, 7, 6, 6, 7, 6, 3, 1, 0.3],
    "student": [3, 1, 0.5, 0.2, 0.1, 0.2, 0.5, 2, 4, 4, 4, 5, 7, 6, 5, 5, 5, 6, 7, 8, 9, 10, 9, 6],
}
HOURS = {k: np.array(v, float) / np.sum(v) for k, v in HOURS.items()}
OCC_HOURS = {"factory": "evening", "office": "day", "student": "student", "elderly": "elderly",
             "villager": "elderly", "fisherman": "early", "homemaker": "day"}

# per occupation: calls/day, sms/day, transfers/day, web visits/day, data sessions/day
OCC_RATES = {
    "factory": (2.0, 0.8, 0.25, 2.5, 2.5), "office": (3.2, 1.0, 0.45, 3.0, 3.0), "shop": (4.5, 1.0, 0.9, 2.0, 2.5),
    "student": (1.2, 1.2, 0.35, 4.0, 3.5), "elderly": (1.4, 0.3, 0.08, 0.6, 0.8), "villager": (1.3, 0.3, 0.1, 0.8, 1.0),
    "fisherman": (1.0, 0.4, 0.15, 0.8, 1.0), "tea": (5.0, 1.5, 1.2, 2.5, 2.5), "wholesaler": (5.0, 1.5, 1.0, 4.0, 4.0),
    "driver": (4.0, 0.8, 0.3, 2.0, 3.0), "homemaker": (2.0, 0.8, 0.5, 3.0, 2.5), "teacher": (2.5, 1.5, 0.3, 2.5, 2.5),
    "construction": (2.0, 0.4, 0.2, 1.2, 1.5), "healthcare": (2.2, 0.8, 0.3, 2.0, 2.2),
    "trader": (4.0, 1.2, 0.8, 3.0, 3.0), "returnee": (2.5, 0.8, 0.3, 2.5, 2.5), "civil": (2.5, 1.0, 0.3, 2.5, 2.5),
}
BANKS = np.array(["ICBC", "CCB", "ABC", "BOC", "BOCOM", "CMB", "CIB", "PSBC", "FJNX", "XMBANK", "HXB", "SPDB"])
BENIGN_DOMAINS = np.array([
    "www.baidu.com", "weixin.qq.com", "www.taobao.com", "www.douyin.com", "www.jd.com", "www.pinduoduo.com",
    "www.alipay.com", "m.weibo.cn", "www.bilibili.com", "www.kuaishou.com", "www.xiaohongshu.com",
    "www.fj.gov.cn", "www.xiamen.gov.cn", "www.meituan.com", "www.ele.me", "www.12306.cn", "www.ctrip.com",
    "news.qq.com", "www.163.com", "www.sohu.com", "www.fjnet.cn", "www.icbc.com.cn", "www.95599.cn",
    "www.lazada.com.ph", "shopee.com.my", "www.tokopedia.com", "www.1688.com", "mail.qq.com", "www.zhihu.com",
    "www.amap.com", "www.didiglobal.com", "www.cmbchina.com", "www.haodf.com", "www.fjsmedu.cn",
])
BENIGN_DOMAIN_W = np.array([14, 16, 8, 12, 5, 5, 6, 4, 4, 5, 4, 1, 1, 3, 2, 1, 1, 2, 2, 1, 1, 1, 1, 0.5, 0.5,
                            0.5, 1, 1, 2, 2, 1, 1, 0.5, 0.5], float)
BENIGN_DOMAIN_W /= BENIGN_DOMAIN_W.sum()
BENIGN_APPS = np.array(["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme",
                        "com.taobao.taobao", "com.xunmeng.pinduoduo", "com.smile.gifmaker", "com.sankuai.meituan",
                        "com.jingdong.app.mall", "com.icbc", "com.chinamworld.main", "com.sdu.didi.psnger",
                        "com.tencent.mobileqq", "com.xingin.xhs", "cn.gov.fzsmk", "com.autonavi.minimap",
                        "com.tencent.wemeet", "us.zoom.videomeetings", "com.lazada.android", "com.shopee.ph"])
PLATFORMS = np.array(["wechat", "alipay", "douyin", "taobao", "qq", "pinduoduo", "kuaishou", "xiaohongshu"])
P2P_SMS = np.array(["到了吗", "晚上回家吃饭", "好的", "收到", "明天见", "妈，我这周末回去", "记得带伞", "在忙，等下回你",
                    "货已发，单号稍后发你", "开会中", "吃饭了没", "钱收到了，谢谢", "下午三点茶叶店见", "孩子放学我去接"])
A2P_SMS = np.array(["【淘宝】您的验证码为{n}，5分钟内有效。", "【中国工商银行】您尾号{n}卡消费人民币元。",
                    "【顺丰速运】您的快递已到达驿站，取件码{n}。", "【12306】订单已出票。", "【美团】您的验证码{n}。",
                    "【福建移动】您本月流量已使用80%。", "【支付宝】验证码{n}，请勿泄露。",
                    "【闽政通】您的业务已办理完成。", "【京东】您的订单已签收。", "【拼多多】您的包裹正在派送。"])


# ---------------------------------------------------------------------------------------------------------------
class World:
    """The province: people, numbers, cells, emitted record chunks and truth."""

    def __init__(self, seed: int, n_sub: int, days_history: int, days: int):
        self.seed = seed
        self.rng = np.random.default_rng(seed)
        self.n = n_sub
        self.hist = days_history
        self.D = days_history + days
        self.t0 = BASE
        self.t_end = BASE + self.D * DAY
        self.chunks: dict[str, list[dict]] = {}
        self.truth_rows: list[dict] = []
        self.events: list[dict] = []
        self._used: dict[str, set] = {}
        self._build_cells()
        self._build_people()

    # ---------------- identifiers
    def uniq(self, space: str, n: int, lo: int, hi: int) -> np.ndarray:
        used = self._used.setdefault(space, set())
        out = np.empty(0, np.int64)
        while len(out) < n:
            c = self.rng.integers(lo, hi, size=int((n - len(out)) * 1.1) + 8, dtype=np.int64)
            c = c[np.sort(np.unique(c, return_index=True)[1])]
            c = c[~np.isin(c, np.fromiter(used, np.int64, len(used)))] if used else c
            out = np.concatenate([out, c[: n - len(out)]])
        used.update(out.tolist())
        return out

    def mobile(self, n: int, consecutive: bool = False) -> np.ndarray:
        if consecutive:  # a batch of numbers from one block (agent stock, enterprise batch)
            for _ in range(50):
                pi = int(self.rng.integers(0, len(MOBILE_PREFIX)))
                start = int(self.rng.integers(0, 10**8 - n - 1))
                x = pi * 10**8 + start + np.arange(n, dtype=np.int64)
                used = self._used.setdefault("msisdn", set())
                if not any(int(v) in used for v in x):
                    used.update(x.tolist())
                    return 86 * 10**11 + MOBILE_PREFIX[x // 10**8] * 10**8 + x % 10**8
        x = self.uniq("msisdn", n, 0, len(MOBILE_PREFIX) * 10**8)
        return 86 * 10**11 + MOBILE_PREFIX[x // 10**8] * 10**8 + x % 10**8

    def fixed(self, n: int, city: str) -> np.ndarray:
        area = CITIES[city][1]
        x = self.uniq("msisdn", n, 86 * 10**11 + area * 10**8 + 2 * 10**7, 86 * 10**11 + area * 10**8 + 9 * 10**7)
        return x

    def foreign(self, n: int, country: str) -> np.ndarray:
        k = NSN[country]
        lo = CC[country] * 10**k + NSN_LEAD[country] * 10 ** (k - 1)
        return self.uniq("msisdn", n, lo, lo + 10 ** (k - 1))

    def iot(self, n: int) -> np.ndarray:  # 13-digit IoT numbers (1064...)
        return self.uniq("msisdn", n, 86 * 10**13 + 1064 * 10**9, 86 * 10**13 + 1065 * 10**9)

    def new_imei(self, n: int) -> np.ndarray:
        tac = self.rng.choice(np.array([35328011, 86691204, 86754603, 35905510, 86234505, 86890306, 35208811,
                                        86012345, 86443204, 35674108]), n)
        return tac * 10**7 + self.uniq("imei", n, 0, 10**7)

    def new_imsi(self, n: int) -> np.ndarray:
        return 46000 * 10**10 + self.uniq("imsi", n, 0, 10**10)

    def idkey(self, n: int) -> np.ndarray:
        return self.uniq("idkey", n, 10**11, 10**12)

    def account(self, n: int) -> np.ndarray:
        return self.uniq("acct", n, 10**13, 10**14)

    # ---------------- time
    def times(self, day, n: int, profile: str | np.ndarray = "day") -> np.ndarray:
        w = HOURS[profile] if isinstance(profile, str) else profile
        h = self.rng.choice(24, size=n, p=w)
        return self.t0 + np.asarray(day) * DAY + h * 3600 + self.rng.integers(0, 3600, size=n)

    def day_of(self, t):
        return (np.asarray(t) - self.t0) // DAY

    # ---------------- emission
    def emit(self, rtype: str, **cols) -> None:
        n = None
        cols = {k: (v.item() if isinstance(v, np.ndarray) and v.ndim == 0 else v) for k, v in cols.items()}
        for v in cols.values():
            if isinstance(v, np.ndarray):
                n = len(v) if n is None else n
                assert len(v) == n, (rtype, {k: np.shape(x) for k, x in cols.items()})
        if n is None or n == 0:
            return
        self.chunks.setdefault(rtype, []).append({k: (v if isinstance(v, np.ndarray) else _full(n, v))
                                                  for k, v in cols.items()})

    def calls(self, caller, callee, t, dur, *, imei=-1, imsi=-1, cell=-1, callee_cell=-1, roam=None,
              call_type="mobile", media="voice", gateway=None, fail=None):
        """Call attempts: dur > 0 answered, else a failure drawn from no_answer/busy/rejected (or `fail`)."""
        n = len(caller)
        if n == 0:
            return
        caller, callee = np.asarray(caller, np.int64), np.asarray(callee, np.int64)
        if (caller == callee).any():  # nobody calls himself: drop those attempts
            keep = caller != callee
            cols = dict(t=t, dur=dur, imei=imei, imsi=imsi, cell=cell, callee_cell=callee_cell, roam=roam,
                        call_type=call_type, media=media, gateway=gateway, fail=fail)
            cols = {k: (v[keep] if isinstance(v, np.ndarray) and v.ndim == 1 and len(v) == n else v)
                    for k, v in cols.items()}
            return self.calls(caller[keep], callee[keep], cols.pop("t"), cols.pop("dur"), **cols)
        dur = np.asarray(dur, np.int64)
        if fail is None:
            fail = np.array(["no_answer", "busy", "rejected"], dtype=object)[
                self.rng.choice(3, n, p=[0.72, 0.13, 0.15])]
        result = np.where(dur > 0, "answered", fail).astype(object)
        ring = np.where(dur > 0, self.rng.integers(2, 18, n), self.rng.integers(0, 40, n))
        self.emit("voice", start_time=np.asarray(t, np.int64), caller=np.asarray(caller, np.int64),
                  callee=np.asarray(callee, np.int64), duration_s=dur, ring_s=ring, result=result,
                  caller_imei=_arr(imei, n), caller_imsi=_arr(imsi, n), caller_cell=_arr(cell, n),
                  callee_cell=_arr(callee_cell, n), caller_roaming_country=_arr(roam, n, obj=True),
                  call_type=_arr(call_type, n, obj=True), media=_arr(media, n, obj=True),
                  gateway=_arr(gateway, n, obj=True))

    def sms(self, sender, receiver, t, content, *, imei=-1, cell=-1, roam=None):
        n = len(sender)
        if n == 0:
            return
        sender, receiver = np.asarray(sender, np.int64), np.asarray(receiver, np.int64)
        if (sender == receiver).any():
            keep = sender != receiver
            cols = dict(imei=imei, cell=cell, roam=roam, content=content)
            cols = {k: (v[keep] if isinstance(v, np.ndarray) and v.ndim == 1 and len(v) == n else v)
                    for k, v in cols.items()}
            return self.sms(sender[keep], receiver[keep], np.asarray(t)[keep], cols.pop("content"), **cols)
        self.emit("sms", send_time=np.asarray(t, np.int64), sender=np.asarray(sender, np.int64),
                  receiver=np.asarray(receiver, np.int64), content=_arr(content, n, obj=True),
                  sender_imei=_arr(imei, n), sender_cell=_arr(cell, n), sender_roaming_country=_arr(roam, n, obj=True))

    def transfers(self, src, dst, t, amount, *, msisdn=-1, channel="mobile_app", currency="CNY"):
        n = len(src)
        if n == 0:
            return
        src, dst = np.asarray(src, np.int64), np.asarray(dst, np.int64)
        if (src == dst).any():
            keep = src != dst
            cols = dict(msisdn=msisdn, channel=channel, currency=currency)
            cols = {k: (v[keep] if isinstance(v, np.ndarray) and v.ndim == 1 and len(v) == n else v)
                    for k, v in cols.items()}
            return self.transfers(src[keep], dst[keep], np.asarray(t)[keep], np.asarray(amount)[keep], **cols)
        self.emit("transfers", time=np.asarray(t, np.int64), from_account=np.asarray(src, np.int64),
                  to_account=np.asarray(dst, np.int64), amount=np.round(np.asarray(amount, float), 2),
                  currency=_arr(currency, n, obj=True), channel=_arr(channel, n, obj=True),
                  initiated_msisdn=_arr(msisdn, n))

    def web(self, msisdn, t, domain, *, url=None, ip=None, nbytes=None, app=None):
        n = len(msisdn)
        if n == 0:
            return
        if nbytes is None:
            nbytes = self.rng.integers(2_000, 900_000, n)
        self.emit("web", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64),
                  domain=_arr(domain, n, obj=True), url=_arr(url, n, obj=True), ip=_arr(ip, n, obj=True),
                  bytes=np.asarray(nbytes, np.int64), app=_arr(app, n, obj=True))

    def apps(self, msisdn, t, app, event="install", source_url=None):
        n = len(msisdn)
        if n:
            self.emit("apps", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64),
                      app=_arr(app, n, obj=True), event=_arr(event, n, obj=True),
                      source_url=_arr(source_url, n, obj=True))

    def device(self, msisdn, t, imei, event, *, imsi=-1, cell=-1, roam=None, nbytes=None):
        n = len(msisdn)
        if n:
            self.emit("device", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64),
                      imsi=_arr(imsi, n), imei=_arr(imei, n), cell=_arr(cell, n), event=_arr(event, n, obj=True),
                      roaming_country=_arr(roam, n, obj=True),
                      bytes=_arr(-1 if nbytes is None else nbytes, n))

    def subscribers(self, msisdn, id_key, line_type, open_time, *, imsi=-1, id_type="resident_id",
                    customer_type="personal", operator=None, channel=None, cell=-1, status="active",
                    status_time=-1, prepaid=True, region=None):
        n = len(msisdn)
        if operator is None:
            operator = self.rng.choice(OPERATORS, n).astype(object)
        if channel is None:
            channel = np.char.add("AGT-", self.rng.integers(1000, 1900, n).astype(str)).astype(object)
        if isinstance(region, str) and region == "Fujian":  # a city of the province
            region = np.array(CITY_NAMES, dtype=object)[self.rng.integers(0, len(CITY_NAMES), n)]
        if not isinstance(cell, np.ndarray) and cell == -1:  # the agent's store: an urban cell
            urban = np.nonzero(self.cell_kind == "urban")[0]
            cell = urban[self.rng.integers(0, len(urban), n)]
        self.emit("subscribers", msisdn=np.asarray(msisdn, np.int64), imsi=_arr(imsi, n),
                  id_key=np.asarray(id_key, np.int64), id_type=_arr(id_type, n, obj=True),
                  customer_type=_arr(customer_type, n, obj=True), line_type=_arr(line_type, n, obj=True),
                  operator=_arr(operator, n, obj=True), open_time=np.asarray(open_time, np.int64),
                  open_channel=_arr(channel, n, obj=True), open_cell=_arr(cell, n),
                  status=_arr(status, n, obj=True), status_time=_arr(status_time, n),
                  is_prepaid=_arr(prepaid, n, obj=True), home_region=_arr(region, n, obj=True))

    def bank_accounts(self, account_id, id_key, open_time, bound_msisdn=-1, bank=None, status="active"):
        n = len(account_id)
        if bank is None:
            bank = self.rng.choice(BANKS, n).astype(object)
        self.emit("bank_accounts", account_id=np.asarray(account_id, np.int64), id_key=np.asarray(id_key, np.int64),
                  bank=_arr(bank, n, obj=True), open_time=np.asarray(open_time, np.int64),
                  bound_msisdn=_arr(bound_msisdn, n), status=_arr(status, n, obj=True))

    def internet_accounts(self, msisdn, t, platform):
        n = len(msisdn)
        if n:
            self.emit("internet_accounts", platform=_arr(platform, n, obj=True),
                      account=self.uniq("ia", n, 10**9, 10**10), msisdn=np.asarray(msisdn, np.int64),
                      register_time=np.asarray(t, np.int64), status="active")

    def report(self, t, entity_type, entity, label, fraud_type=None, loss=None, source="user_report"):
        n = len(entity)
        if n == 0:
            return
        t = np.asarray(t, np.int64)
        keep = t < self.t_end
        if not keep.any():
            return
        ent = np.asarray(entity, dtype=object)
        self.emit("reports", time=t[keep], entity_type=_arr(entity_type, n, obj=True)[keep], entity=ent[keep],
                  label=_arr(label, n, obj=True)[keep], fraud_type=_arr(fraud_type, n, obj=True)[keep],
                  loss_amount=_arr(np.nan if loss is None else loss, n, flt=True)[keep],
                  source=_arr(source, n, obj=True)[keep])

    # ---------------- truth
    def truth(self, entity_type: str, entities, role: str, gang_id=None, scheme=None, first_active=None):
        ents = np.asarray(entities)
        fa = _arr(-1 if first_active is None else first_active, len(ents))
        for e, f in zip(ents.tolist(), fa.tolist(), strict=True):
            self.truth_rows.append({"entity_type": entity_type, "entity": _ent_str(entity_type, e), "role": role,
                                    "gang_id": gang_id, "scheme": scheme, "first_active": f})

    def loss(self, victim, t, amount, to_account):
        self.emit("_events", victim=np.asarray(victim, np.int64), time=np.asarray(t, np.int64),
                  amount=np.round(np.asarray(amount, float), 2), to_account=np.asarray(to_account, np.int64))

    # ---------------- cells
    def _build_cells(self):
        names, region, stype, kind = [], [], [], []
        for city, (code, _a, _la, _lo, _s, nc) in CITIES.items():
            for i in range(nc):
                names.append(f"FJ-{code}-{i:03d}")
                region.append(city)
                kind.append("urban" if i < nc * 0.75 else "suburb")
                stype.append("macro" if i % 5 else "indoor")
        for city, tag, k, nc in ZONES:
            for i in range(nc):
                names.append(f"FJ-{CITIES[city][0]}-{tag}-{i:02d}")
                region.append(city)
                kind.append(k)
                stype.append("small" if k in ("urban_flats", "tourist", "university") else "macro")
        n = len(names)
        la0 = np.array([CITIES[r][2] for r in region])
        lo0 = np.array([CITIES[r][3] for r in region])
        spread = np.where(np.isin(kind, ["village", "tea", "port"]), 0.35, 0.08)
        self.cell_names = np.array(names, dtype=object)
        self.cell_city = np.array(region, dtype=object)
        self.cell_kind = np.array(kind, dtype=object)
        self.emit("cells", cell=np.arange(n), lat=np.round(la0 + self.rng.normal(0, 1, n) * spread, 5),
                  lon=np.round(lo0 + self.rng.normal(0, 1, n) * spread, 5), region=np.array(region, dtype=object),
                  site_type=np.array(stype, dtype=object))

    def cells_of(self, city: str, kinds=("urban", "suburb"), tag: str | None = None) -> np.ndarray:
        m = self.cell_city == city
        if tag is not None:
            m &= np.array([tag in c for c in self.cell_names.tolist()])
        else:
            m &= np.isin(self.cell_kind, list(kinds))
        idx = np.nonzero(m)[0]
        if len(idx) == 0:
            idx = np.nonzero((self.cell_city == city) & np.isin(self.cell_kind, ["urban", "suburb"]))[0]
        return idx

    # ---------------- people
    def _build_people(self):
        rng, n = self.rng, self.n
        shares = np.array([c[4] for c in CITIES.values()])
        city = rng.choice(len(CITIES), n, p=shares / shares.sum())
        occ = np.zeros(n, np.int64)
        home = np.zeros(n, np.int64)
        work = np.zeros(n, np.int64)
        abroad = np.full(n, -1, np.int64)
        for ci, cname in enumerate(CITY_NAMES):
            m = np.nonzero(city == ci)[0]
            w = np.array(OCC_W[cname], float)
            occ[m] = rng.choice(len(OCCS), len(m), p=w / w.sum())
            urban = self.cells_of(cname)
            home[m] = rng.choice(urban, len(m))
            work[m] = rng.choice(urban, len(m))
            for oname, kinds in (("factory", ("factory",)), ("fisherman", ("port",)), ("tea", ("tea",)),
                                 ("student", ("university",)), ("villager", ("village",)),
                                 ("elderly", ("village", "suburb"))):
                mm = m[occ[m] == OCCS.index(oname)]
                cz = self.cells_of(cname, kinds)
                work[mm] = rng.choice(cz, len(mm))
                if oname in ("villager", "elderly", "fisherman", "tea"):
                    home[mm] = rng.choice(cz, len(mm))
            share, mix = DIASPORA[cname]
            cs = list(mix)
            p = np.array([mix[c] for c in cs], float)
            dm = m[rng.random(len(m)) < share]
            abroad[dm] = np.array([COUNTRIES.index(c) for c in cs])[rng.choice(len(cs), len(dm), p=p / p.sum())]
        age = np.clip(rng.normal(40, 13, n), 18, 88).astype(np.int64)
        age[occ == OCCS.index("student")] = rng.integers(18, 25, (occ == OCCS.index("student")).sum())
        age[occ == OCCS.index("elderly")] = rng.integers(62, 90, (occ == OCCS.index("elderly")).sum())
        age[occ == OCCS.index("factory")] = rng.integers(18, 48, (occ == OCCS.index("factory")).sum())
        self.city, self.occ, self.home, self.work, self.abroad, self.age = city, occ, home, work, abroad, age
        self.female = rng.random(n) < 0.5
        self.has_kids = (age >= 28) & (age <= 48) & (rng.random(n) < 0.6)
        self.msisdn = self.mobile(n)
        self.imei = self.new_imei(n)
        self.imsi = self.new_imsi(n)
        self.id_key = self.idkey(n)
        self.acct = self.account(n)
        self.bank = rng.choice(BANKS, n).astype(object)
        # opening time: years ago, returnees and students recently
        open_t = self.t0 - rng.integers(200, 5000, n) * DAY
        ret = occ == OCCS.index("returnee")
        open_t[ret] = self.t0 - rng.integers(5, 120, ret.sum()) * DAY
        self.open_t = open_t
        cname = np.array(CITY_NAMES, dtype=object)[city]
        # a few holders are foreign spouses/workers (passport) or Taiwan compatriots (permit)
        r = rng.random(n)
        id_type = np.where(r < 0.008, "passport", np.where(r < 0.02, "taiwan_permit", "resident_id")).astype(object)
        self.subscribers(self.msisdn, self.id_key, "mobile", open_t, imsi=self.imsi, id_type=id_type, cell=home,
                         prepaid=rng.random(n) < 0.35, region=cname)
        self.bank_accounts(self.acct, self.id_key, open_t - rng.integers(0, 3000, n) * DAY, self.msisdn, self.bank)
        # internet accounts registered long ago
        k = rng.integers(2, 5, n)
        who = np.repeat(np.arange(n), k)
        self.internet_accounts(self.msisdn[who], open_t[who] + rng.integers(1, 150, len(who)) * DAY,
                               rng.choice(PLATFORMS, len(who)))
        # contacts: neighbours in a (city, occupation) order, plus family spread over the province
        K = 14
        order = np.lexsort((rng.random(n), occ, city))
        pos = np.empty(n, np.int64)
        pos[order] = np.arange(n)
        off = rng.integers(-40, 41, (n, K - 4))
        off[off == 0] = 1
        near = order[np.clip(pos[:, None] + off, 0, n - 1)]
        # household: 3 consecutive in a city order
        corder = np.lexsort((rng.random(n), city))
        cpos = np.empty(n, np.int64)
        cpos[corder] = np.arange(n)
        hh = cpos // 3
        fam = corder[np.clip((hh * 3)[:, None] + np.array([0, 1, 2]), 0, n - 1)]
        far = rng.integers(0, n, (n, 1))
        self.contacts = np.concatenate([fam, near, far], axis=1)
        self.household = hh
        # household shares the diaspora country
        first = corder[np.clip(hh * 3, 0, n - 1)]
        self.abroad = self.abroad[first]
        # each diaspora person has 1-2 relatives' numbers abroad (a household shares them)
        self.rel_num = np.full((n, 2), -1, np.int64)
        for c_i, c in enumerate(COUNTRIES):
            hs = np.unique(hh[self.abroad == c_i])
            if len(hs) == 0:
                continue
            nums = self.foreign(len(hs) * 2, c).reshape(-1, 2)
            m = self.abroad == c_i
            self.rel_num[m] = nums[np.searchsorted(hs, hh[m])]
        # merchants (shops, platforms) with accounts
        self.merchant_acct = self.account(400)
        self.merchant_id = self.idkey(400)
        self.bank_accounts(self.merchant_acct, self.merchant_id, self.t0 - rng.integers(300, 4000, 400) * DAY)
        # business fixed lines (shops, clinics, offices) and A2P short codes
        self.biz_fixed = np.concatenate([self.fixed(40, c) for c in CITY_NAMES])
        self.biz_id = self.idkey(len(self.biz_fixed))
        self.subscribers(self.biz_fixed, self.biz_id, "fixed", self.t0 - rng.integers(500, 6000, len(self.biz_fixed)) * DAY,
                         id_type="business_license", customer_type="enterprise", prepaid=False,
                         region=np.repeat(np.array(CITY_NAMES, dtype=object), 40))
        self.a2p = np.array([10690000 + i for i in range(0, 40)], np.int64) * 10**4 + rng.integers(0, 10**4, 40)
        self.hotlines = np.array([95588, 95533, 95599, 95566, 95559, 95555, 95561, 95580, 10086, 10010, 10000,
                                  95338, 95311, 12345], np.int64)
        # relatives and friends on other networks or in other provinces (no subscriber rows: off-net)
        self.offnet = self.mobile(n * 2).reshape(n, 2)
        # a few people change handsets during the period (new IMEI from that day)
        self.imei_new = self.new_imei(n)
        self.switch_day = np.where(rng.random(n) < 0.015, rng.integers(1, self.D, n), 10**6)
        # traders and returnees spend some days abroad (roaming)
        self.roam_country = np.full((n, self.D), -1, np.int64)
        trav = np.nonzero(np.isin(occ, [OCCS.index("trader"), OCCS.index("wholesaler"), OCCS.index("tea")])
                          & (rng.random(n) < 0.35))[0]
        dest = np.where(self.abroad[trav] >= 0, self.abroad[trav],
                        rng.choice([0, 1, 2, 3, 4], len(trav), p=[0.35, 0.2, 0.15, 0.15, 0.15]))
        start = rng.integers(0, self.D, len(trav))
        length = rng.integers(2, 8, len(trav))
        for d in range(self.D):
            on = (d >= start) & (d < start + length)
            self.roam_country[trav[on], d] = dest[on]

    def occ_mask(self, *names) -> np.ndarray:
        return np.isin(self.occ, [OCCS.index(x) for x in names])

    def pick(self, n: int, weight: np.ndarray, exclude: np.ndarray | None = None) -> np.ndarray:
        w = np.asarray(weight, float).copy()
        if exclude is not None:
            w[exclude] = 0
        n = min(n, int((w > 0).sum()))
        return self.rng.choice(self.n, n, replace=False, p=w / w.sum())


def _full(n, v):
    if v is None:
        return np.full(n, None, dtype=object)
    if isinstance(v, str):
        return np.full(n, v, dtype=object)
    if isinstance(v, (bool, np.bool_)):
        return np.full(n, v, dtype=object)
    if isinstance(v, float):
        return np.full(n, v)
    return np.full(n, v, dtype=np.int64)


def _arr(v, n, obj=False, flt=False):
    if isinstance(v, np.ndarray):
        return v.astype(object) if obj and v.dtype != object else v
    if flt:
        return np.full(n, float(v))
    if obj or v is None or isinstance(v, str):
        return np.full(n, v, dtype=object)
    return np.full(n, v, dtype=np.int64)


ENT_FMT = {"account": "AC{}", "id_key": "ID{}"}


def _ent_str(entity_type: str, e) -> str:
    if isinstance(e, str):
        return e
    return ENT_FMT.get(entity_type, "{}").format(int(e))


# ---------------------------------------------------------------------------------------------------------------
# ordinary life
WEEKDAY0 = 1  # 2026-10-20 is a Tuesday


def is_weekend(d: int) -> bool:
    return (d + WEEKDAY0) % 7 in (5, 6)

def ordinary_day(w: World, d: int) -> None:
    rng, n = w.rng, w.n
    rates = np.array([OCC_RATES[o] for o in OCCS])[w.occ]
    weekend = is_weekend(d)
    roam_c = w.roam_country[:, d]
    # fishermen at sea: long silences (about 3 of 4 days at sea they are out of coverage)
    fish = w.occ_mask("fisherman")
    at_sea = fish & (((w.household + d) % 4) != 0)
    active = ~at_sea
    cell_today = np.where(weekend | w.occ_mask("elderly", "villager"), w.home, w.work)
    # ----- voice
    mult = np.where(fish & ~at_sea, 3.5, 1.0)  # back in port: bursts
    k = rng.poisson(rates[:, 0] * mult * (0.8 if weekend else 1.0)) * active
    caller = np.repeat(np.arange(n), k)
    m = len(caller)
    kind = rng.random(m)
    callee_p = w.contacts[caller, rng.integers(0, w.contacts.shape[1], m)]
    callee = w.msisdn[callee_p]
    biz = kind > 0.9
    callee = np.where(biz, rng.choice(np.concatenate([w.biz_fixed, w.hotlines]), m), callee)
    self_call = callee == w.msisdn[caller]
    callee = np.where(self_call, w.msisdn[(caller + 7) % n], callee)
    hours = np.zeros(m, np.int64)
    t = np.zeros(m, np.int64)
    for o_i, o in enumerate(OCCS):
        mm = w.occ[caller] == o_i
        t[mm] = w.times(d, mm.sum(), OCC_HOURS.get(o, "day"))
    del hours
    ans = rng.random(m) < np.where(biz, 0.7, 0.86)
    dur = np.where(ans, np.maximum(5, rng.lognormal(4.1, 1.0, m)).astype(np.int64), 0)
    video = (~biz) & (rng.random(m) < np.where(w.age[caller] < 40, 0.10, 0.05))
    r = roam_c[caller]
    roam = np.where(r >= 0, np.array(COUNTRIES, dtype=object)[np.maximum(r, 0)], None)
    imei_today = np.where(d >= w.switch_day, w.imei_new, w.imei)
    off = (~biz) & (kind < 0.1)  # calls to off-net friends and family
    callee = np.where(off, w.offnet[caller, rng.integers(0, 2, m)], callee)
    w.calls(w.msisdn[caller], callee, t, dur, imei=imei_today[caller], imsi=w.imsi[caller],
            cell=np.where(r >= 0, -1, cell_today[caller]), callee_cell=np.where(biz | off, -1, cell_today[callee_p]),
            roam=roam, call_type=np.where(biz & (callee > 10**12), "fixed", "mobile"),
            media=np.where(video, "video", "voice"))
    # off-net friends and family call in (the operator sees no handset or cell for them)
    k = rng.poisson(0.25, n) * active
    who = np.repeat(np.arange(n), k)
    ans = rng.random(len(who)) < 0.85
    w.calls(w.offnet[who, rng.integers(0, 2, len(who))], w.msisdn[who], w.times(d, len(who), "evening"),
            np.where(ans, np.maximum(5, rng.lognormal(4.3, 1.0, len(who))).astype(np.int64), 0),
            callee_cell=cell_today[who])
    # ----- diaspora: relatives abroad call in (voice and video), people call out
    dia = np.nonzero((w.abroad >= 0) & active)[0]
    rate_in = np.where(w.occ[dia] == OCCS.index("elderly"), 0.22, 0.10) * (1.6 if weekend else 1.0)
    kin = rng.poisson(rate_in)
    who = np.repeat(dia, kin)
    if len(who):
        c = np.array(COUNTRIES, dtype=object)[w.abroad[who]]
        frm = w.rel_num[who, rng.integers(0, 2, len(who))]
        ans = rng.random(len(who)) < 0.8
        dur = np.where(ans, rng.integers(120, 2400, len(who)), 0)
        vid = rng.random(len(who)) < 0.45
        gw = INTL_GATEWAYS[rng.integers(0, len(INTL_GATEWAYS), len(who))]
        w.calls(frm, w.msisdn[who], w.times(d, len(who), "evening"), dur, callee_cell=w.home[who],
                call_type="intl_in", media=np.where(vid, "video", "voice"), gateway=gw)
        del c
    kout = rng.poisson(np.full(len(dia), 0.04))
    who = np.repeat(dia, kout)
    if len(who):
        to = w.rel_num[who, rng.integers(0, 2, len(who))]
        ans = rng.random(len(who)) < 0.75
        w.calls(w.msisdn[who], to, w.times(d, len(who), "evening"), np.where(ans, rng.integers(60, 1500, len(who)), 0),
                imei=w.imei[who], imsi=w.imsi[who], cell=w.home[who], call_type="intl_out",
                media=np.where(rng.random(len(who)) < 0.3, "video", "voice"))
    # ----- SMS: person to person and A2P notifications
    k = rng.poisson(rates[:, 1]) * active
    s = np.repeat(np.arange(n), k)
    rp = w.contacts[s, rng.integers(0, w.contacts.shape[1], len(s))]
    rp = np.where(rp == s, (s + 11) % n, rp)
    r = roam_c[s]
    w.sms(w.msisdn[s], w.msisdn[rp], w.times(d, len(s), "day"), rng.choice(P2P_SMS, len(s)).astype(object),
          imei=imei_today[s], cell=np.where(r >= 0, -1, cell_today[s]),
          roam=np.where(r >= 0, np.array(COUNTRIES, dtype=object)[np.maximum(r, 0)], None))
    k = rng.poisson(0.7, n)
    rcv = np.repeat(np.arange(n), k)
    txt = rng.choice(A2P_SMS, len(rcv))
    code = rng.integers(1000, 999999, len(rcv)).astype(str)
    w.sms(rng.choice(w.a2p, len(rcv)), w.msisdn[rcv], w.times(d, len(rcv), "day"),
          np.char.replace(txt.astype(str), "{n}", code).astype(object))
    # ----- device: data sessions, location updates, power cycles
    k = rng.poisson(rates[:, 4]) * active
    dv = np.repeat(np.arange(n), k)
    r = roam_c[dv]
    w.device(w.msisdn[dv], w.times(d, len(dv), "day"), imei_today[dv], "data_session", imsi=w.imsi[dv],
             cell=np.where(r >= 0, -1, cell_today[dv]),
             roam=np.where(r >= 0, np.array(COUNTRIES, dtype=object)[np.maximum(r, 0)], None),
             nbytes=rng.lognormal(15, 1.5, len(dv)).astype(np.int64))
    sw = np.nonzero(w.switch_day == d)[0]  # the new handset is switched on
    w.device(w.msisdn[sw], w.times(d, len(sw), "day"), w.imei_new[sw], "power_on", imsi=w.imsi[sw], cell=w.home[sw])
    lu = np.nonzero(rng.random(n) < 0.12)[0]
    w.device(w.msisdn[lu], w.times(d, len(lu), "day"), w.imei[lu], "location_update", imsi=w.imsi[lu],
             cell=w.home[lu])
    # fishermen: power off when leaving port, attach when coming back
    leave = fish & at_sea & ~(fish & (((w.household + d - 1) % 4) != 0))
    back = fish & ~at_sea & (((w.household + d - 1) % 4) != 0)
    for mask, ev, prof in ((leave, "power_off", "early"), (back, "attach", "early")):
        ii = np.nonzero(mask)[0]
        w.device(w.msisdn[ii], w.times(d, len(ii), prof), w.imei[ii], ev, imsi=w.imsi[ii], cell=w.work[ii])
    # ----- web and apps
    k = rng.poisson(rates[:, 3]) * active
    wv = np.repeat(np.arange(n), k)
    dom = rng.choice(BENIGN_DOMAINS, len(wv), p=BENIGN_DOMAIN_W).astype(object)
    w.web(w.msisdn[wv], w.times(d, len(wv), "day"), dom, url=np.char.add("https://", dom.astype(str)).astype(object))
    au = np.nonzero(rng.random(n) < 0.2)[0]
    w.apps(w.msisdn[au], w.times(d, len(au), "day"), rng.choice(BENIGN_APPS, len(au)).astype(object), "use")
    ai = np.nonzero(rng.random(n) < 0.01)[0]
    w.apps(w.msisdn[ai], w.times(d, len(ai), "day"), rng.choice(BENIGN_APPS, len(ai)).astype(object), "install",
           "https://app.mi.com")
    # ----- transfers: shop payments, family and friends, red packets at weekends
    k = rng.poisson(rates[:, 2] * (1.3 if weekend else 1.0))
    tx = np.repeat(np.arange(n), k)
    p2p = rng.random(len(tx)) < 0.35
    to_p = w.contacts[tx, rng.integers(0, w.contacts.shape[1], len(tx))]
    to_p = np.where(to_p == tx, (tx + 3) % n, to_p)
    dst = np.where(p2p, w.acct[to_p], rng.choice(w.merchant_acct, len(tx)))
    amt = np.where(p2p, rng.choice([52, 66, 88, 100, 200, 500, 1000, 2000, 168], len(tx)) * 1.0,
                   np.round(rng.lognormal(4.3, 1.1, len(tx)), 2))
    w.transfers(w.acct[tx], dst, w.times(d, len(tx), "day"), amt, msisdn=w.msisdn[tx],
                channel=np.where(rng.random(len(tx)) < 0.9, "mobile_app", "third_party"))
    # monthly remittance home to elderly parents (diaspora and migrant children)
    if d % 15 == 5:
        eld = np.nonzero(w.occ_mask("elderly") & (rng.random(n) < 0.3))[0]
        kid = w.contacts[eld, 13]
        w.transfers(w.acct[kid], w.acct[eld], w.times(d, len(eld), "evening"), rng.choice([500, 800, 1000, 2000], len(eld)),
                    msisdn=w.msisdn[kid])


# ---------------------------------------------------------------------------------------------------------------
# writer
COLS = {
    "subscribers": [("msisdn", "num"), ("imsi", "num"), ("id_key", "idk"), ("id_type", "str"),
                    ("customer_type", "str"), ("line_type", "str"), ("operator", "str"), ("open_time", "time"),
                    ("open_channel", "str"), ("open_cell", "cell"), ("status", "str"), ("status_time", "time"),
                    ("is_prepaid", "bool"), ("home_region", "str")],
    "voice": [("call_id", "id"), ("start_time", "time"), ("caller", "num"), ("callee", "num"), ("duration_s", "int"),
              ("ring_s", "int"), ("result", "str"), ("caller_imei", "num"), ("caller_imsi", "num"),
              ("caller_cell", "cell"), ("callee_cell", "cell"), ("caller_roaming_country", "str"),
              ("call_type", "str"), ("media", "str"), ("gateway", "str")],
    "sms": [("sms_id", "id"), ("send_time", "time"), ("sender", "num"), ("receiver", "num"), ("content", "str"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", "str")],
    "device": [("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"),
               ("event", "str"), ("roaming_country", "str"), ("bytes", "int")],
    "cells": [("cell", "cell"), ("lat", "float"), ("lon", "float"), ("region", "str"), ("site_type", "str")],
    "web": [("time", "time"), ("msisdn", "num"), ("domain", "str"), ("url", "str"), ("ip", "str"), ("bytes", "int"),
            ("app", "str")],
    "apps": [("time", "time"), ("msisdn", "num"), ("app", "str"), ("event", "str"), ("source_url", "str")],
    "internet_accounts": [("platform", "str"), ("account", "ia"), ("msisdn", "num"), ("register_time", "time"),
                          ("status", "str")],
    "bank_accounts": [("account_id", "acc"), ("id_key", "idk"), ("bank", "str"), ("open_time", "time"),
                      ("bound_msisdn", "num"), ("status", "str")],
    "transfers": [("txn_id", "id"), ("time", "time"), ("from_account", "acc"), ("to_account", "acc"),
                  ("amount", "float"), ("currency", "str"), ("channel", "str"), ("initiated_msisdn", "num")],
    "reports": [("report_id", "id"), ("time", "time"), ("entity_type", "str"), ("entity", "str"), ("label", "str"),
                ("fraud_type", "str"), ("loss_amount", "float"), ("source", "str")],
    "lists": [("entity_type", "str"), ("entity", "str"), ("list", "str"), ("reason", "str"), ("added_time", "time"),
              ("expires_time", "time")],
}
ID_PREFIX = {"voice": "V", "sms": "S", "transfers": "T", "reports": "R"}
SORT_BY = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
           "transfers": "time", "reports": "time", "internet_accounts": "register_time", "subscribers": "open_time",
           "bank_accounts": "open_time"}


def _num_str(a: np.ndarray, prefix: str = "") -> pa.Array:
    a = np.asarray(a, np.int64)
    s = pc.cast(pa.array(a), pa.string())
    if prefix:
        s = pc.binary_join_element_wise(pa.scalar(prefix), s, "")
    return pc.if_else(pa.array(a < 0), pa.scalar(None, pa.string()), s)


def _concat(chunks, name, n_rows):
    parts = [c.get(name) for c in chunks]
    parts = [p if p is not None else np.full(len(next(iter(c.values()))), None, dtype=object)
             for p, c in zip(parts, chunks, strict=True)]
    if any(p.dtype == object for p in parts):
        parts = [p.astype(object) for p in parts]
    return np.concatenate(parts)


def build_table(w: World, rtype: str) -> pa.Table | None:
    chunks = w.chunks.get(rtype, [])
    if not chunks:
        return None
    n = sum(len(next(iter(c.values()))) for c in chunks)
    data = {name: _concat(chunks, name, n) for name, _k in COLS[rtype] if name not in ("call_id", "sms_id", "txn_id",
                                                                                       "report_id")}
    if rtype in SORT_BY:
        keys = [data[SORT_BY[rtype]]]
        order = np.lexsort(keys[::-1]) if len(keys) > 1 else np.argsort(keys[0], kind="stable")
        data = {k: v[order] for k, v in data.items()}
    arrays, names = [], []
    for name, kind in COLS[rtype]:
        if kind == "id":
            v = _num_str(np.arange(n), "")
            v = pc.binary_join_element_wise(pa.scalar(f"FJ{w.seed}{ID_PREFIX[rtype]}"), pc.utf8_lpad(v, 9, "0"), "")
        else:
            a = data[name]
            if kind == "num":
                v = _num_str(a)
            elif kind == "idk":
                v = _num_str(a, "ID")
            elif kind == "acc":
                v = _num_str(a, "AC")
            elif kind == "ia":
                v = _num_str(a, "U")
            elif kind == "cell":
                a = np.asarray(a, np.int64)
                v = pc.if_else(pa.array(a < 0), pa.scalar(None, pa.string()),
                               pa.array(w.cell_names[np.maximum(a, 0)].tolist(), pa.string()))
            elif kind == "time":
                a = np.asarray(a, np.int64)
                v = pa.array(a, pa.int64(), mask=a < 0).cast(pa.timestamp("s", tz="Asia/Shanghai"))
            elif kind == "int":
                a = np.asarray(a, np.int64)
                v = pa.array(a, pa.int64(), mask=a < 0)
            elif kind == "float":
                a = np.asarray(a, float)
                v = pa.array(a, pa.float64(), mask=np.isnan(a))
            elif kind == "bool":
                v = pa.array(a.tolist(), pa.bool_())
            else:
                v = pa.array(a.tolist() if a.dtype == object else a, pa.string())
        arrays.append(v)
        names.append(name)
    return pa.table(arrays, names=names)


def write(w: World, out: str) -> dict:
    counts = {}
    for rtype in COLS:
        t = build_table(w, rtype)
        if t is None:
            continue
        os.makedirs(os.path.join(out, rtype), exist_ok=True)
        pq.write_table(t, os.path.join(out, rtype, f"{rtype}.parquet"), compression="zstd")
        counts[rtype] = t.num_rows
    # truth
    os.makedirs(os.path.join(out, "truth", "entities"), exist_ok=True)
    os.makedirs(os.path.join(out, "truth", "events"), exist_ok=True)
    # one row per entity: a fraud role wins over victim, victim over benign (a person hit by two gangs keeps the first)
    prio = {"benign": 2, "victim": 1}
    best: dict = {}
    for i, r in enumerate(w.truth_rows):
        key = (r["entity_type"], r["entity"])
        if key not in best or prio.get(r["role"], 0) < prio.get(w.truth_rows[best[key]]["role"], 0):
            best[key] = i
    rows = [w.truth_rows[i] for i in sorted(best.values())]
    fa = np.array([r["first_active"] for r in rows], np.int64)
    ent = pa.table({
        "entity_type": pa.array([r["entity_type"] for r in rows], pa.string()),
        "entity": pa.array([r["entity"] for r in rows], pa.string()),
        "role": pa.array([r["role"] for r in rows], pa.string()),
        "gang_id": pa.array([r["gang_id"] for r in rows], pa.string()),
        "scheme": pa.array([r["scheme"] for r in rows], pa.string()),
        "first_active": pa.array(fa, pa.int64(), mask=fa < 0).cast(pa.timestamp("s", tz="Asia/Shanghai")),
    })
    pq.write_table(ent, os.path.join(out, "truth", "entities", "entities.parquet"), compression="zstd")
    ev = w.chunks.get("_events", [])
    vt = np.concatenate([c["time"] for c in ev]) if ev else np.zeros(0, np.int64)
    order = np.argsort(vt, kind="stable")
    evt = pa.table({
        "victim": _num_str(np.concatenate([c["victim"] for c in ev])[order] if ev else np.zeros(0, np.int64)),
        "time": pa.array(vt[order], pa.int64()).cast(pa.timestamp("s", tz="Asia/Shanghai")),
        "amount": pa.array(np.concatenate([c["amount"] for c in ev])[order] if ev else np.zeros(0)),
        "to_account": _num_str(np.concatenate([c["to_account"] for c in ev])[order] if ev else np.zeros(0, np.int64),
                               "AC"),
    })
    pq.write_table(evt, os.path.join(out, "truth", "events", "events.parquet"), compression="zstd")
    counts["truth_entities"] = ent.num_rows
    counts["truth_events"] = evt.num_rows
    return counts


def lists(w: World) -> None:
    """Operator lists: allow-listed hotlines, a few old block entries, high-risk regions."""
    ents = np.array([str(x) for x in w.hotlines.tolist()] + ["855", "95", "63"], dtype=object)
    lst = np.array(["allow"] * len(w.hotlines) + ["high_risk_region"] * 3, dtype=object)
    ety = np.array(["msisdn"] * len(w.hotlines) + ["msisdn"] * 3, dtype=object)
    reason = np.array(["bank/operator hotline"] * len(w.hotlines) + ["country code watched by the centre"] * 3,
                      dtype=object)
    w.emit("lists", entity_type=ety, entity=ents, list=lst, reason=reason,
           added_time=w.t0 - 200 * DAY + np.arange(len(ents)) * 3600, expires_time=np.full(len(ents), -1, np.int64))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=81)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args(argv)
    import gangs
    import lookalikes
    t = _time.time()
    w = World(a.seed, a.subscribers, a.days_history, a.days)
    gangs.setup(w)
    lookalikes.setup(w)
    for d in range(w.D):
        ordinary_day(w, d)
        gangs.day(w, d)
        lookalikes.day(w, d)
    gangs.finish(w)
    lookalikes.finish(w)
    lists(w)
    counts = write(w, a.out)
    print(f"fujian seed {a.seed}: {a.subscribers} subscribers x {w.D} days in {_time.time() - t:.1f}s: "
          + ", ".join(f"{k} {v:,}" for k, v in counts.items()), flush=True)


if __name__ == "__main__":
    main()
