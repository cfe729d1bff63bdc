#!/usr/bin/env python3
"""redteam3 — a third, independent synthetic province (Fujian) in interchange v1, with ground truth.

Written blind to fraudwall's detection logic (see README.md). Ordinary life is vectorised with numpy;
only fraud and look-alike entities are generated in Python loops.

    python generate.py --out /tmp/red10/d31 --seed 31 [--subscribers 15000] [--days-history 10] [--days 5]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
CST = timezone(timedelta(hours=8))
START = datetime(2026, 5, 22, tzinfo=CST)  # a Friday; the period runs over the 1 June bill day
DAY = 86400.0
HOUR = 3600.0

# ------------------------------------------------------------------------------------------ schema
S, T, INT, F, B = "s", "t", "i", "f", "b"
SCHEMA: dict[str, list[tuple[str, str]]] = {
    "subscribers": [("msisdn", S), ("imsi", S), ("id_key", S), ("id_type", S), ("customer_type", S),
                    ("line_type", S), ("operator", S), ("open_time", T), ("open_channel", S), ("open_cell", S),
                    ("status", S), ("status_time", T), ("is_prepaid", B), ("home_region", S)],
    "voice": [("call_id", S), ("start_time", T), ("caller", S), ("callee", S), ("duration_s", INT), ("ring_s", INT),
              ("result", S), ("caller_imei", S), ("caller_imsi", S), ("caller_cell", S), ("callee_cell", S),
              ("caller_roaming_country", S), ("call_type", S), ("media", S), ("gateway", S)],
    "sms": [("sms_id", S), ("send_time", T), ("sender", S), ("receiver", S), ("content", S), ("sender_imei", S),
            ("sender_cell", S), ("sender_roaming_country", S)],
    "device": [("time", T), ("msisdn", S), ("imsi", S), ("imei", S), ("cell", S), ("event", S),
               ("roaming_country", S), ("bytes", INT)],
    "cells": [("cell", S), ("lat", F), ("lon", F), ("region", S), ("site_type", S)],
    "web": [("time", T), ("msisdn", S), ("domain", S), ("url", S), ("ip", S), ("bytes", INT), ("app", S)],
    "apps": [("time", T), ("msisdn", S), ("app", S), ("event", S), ("source_url", S)],
    "internet_accounts": [("platform", S), ("account", S), ("msisdn", S), ("register_time", T), ("status", S)],
    "bank_accounts": [("account_id", S), ("id_key", S), ("bank", S), ("open_time", T), ("bound_msisdn", S),
                      ("status", S)],
    "transfers": [("txn_id", S), ("time", T), ("from_account", S), ("to_account", S), ("amount", F),
                  ("currency", S), ("channel", S), ("initiated_msisdn", S)],
    "reports": [("report_id", S), ("time", T), ("entity_type", S), ("entity", S), ("label", S),
                ("fraud_type", S), ("loss_amount", F), ("source", S)],
    "lists": [("entity_type", S), ("entity", S), ("list", S), ("reason", S), ("added_time", T),
              ("expires_time", T)],
    "truth/entities": [("entity_type", S), ("entity", S), ("role", S), ("gang_id", S), ("scheme", S),
                       ("first_active", T)],
    "truth/events": [("victim", S), ("time", T), ("amount", F), ("to_account", S), ("scheme", S),
                     ("gang_id", S)],
}
ID_COL = {"voice": ("call_id", "start_time", "v"), "sms": ("sms_id", "send_time", "m"),
          "transfers": ("txn_id", "time", "x"), "reports": ("report_id", "time", "r")}

# ------------------------------------------------------------------------------------------ province
# Fujian: region, area code, centre lat/lon, population share
REGIONS = [("Fuzhou", "591", 26.07, 119.30, 0.20), ("Xiamen", "592", 24.48, 118.09, 0.13),
           ("Quanzhou", "595", 24.87, 118.68, 0.21), ("Zhangzhou", "596", 24.51, 117.65, 0.12),
           ("Putian", "594", 25.45, 119.01, 0.08), ("Ningde", "593", 26.66, 119.55, 0.08),
           ("Longyan", "597", 25.08, 117.02, 0.07), ("Sanming", "598", 26.26, 117.64, 0.06),
           ("Nanping", "599", 26.64, 118.18, 0.05)]
OPERATORS = {  # operator: (share, prefixes, imsi mcc-mnc)
    "CMCC": (0.57, ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
                    "178", "182", "183", "184", "187", "188", "195", "198"], ["46000", "46002", "46007"]),
    "CTCC": (0.25, ["133", "149", "153", "173", "177", "180", "181", "189", "190", "191", "199"], ["46003", "46011"]),
    "CUCC": (0.16, ["130", "131", "132", "155", "156", "166", "175", "176", "185", "186", "196"], ["46001", "46006"]),
    "CBN": (0.02, ["192"], ["46015"]),
}
MVNO_PREFIXES = ["170", "171", "162", "165", "167"]
SHORT_CODES = {"10086": "CMCC", "10010": "CUCC", "10000": "CTCC"}
BANKS = ["ICBC", "CCB", "ABC", "BOC", "CMB", "CIB", "FJNX", "HXBANK", "PSBC"]
BANK_SMS = {"ICBC": "95588", "CCB": "95533", "ABC": "95599", "BOC": "95566", "CMB": "95555", "CIB": "95561",
            "FJNX": "96311", "HXBANK": "96588", "PSBC": "95580"}
POPULAR = [  # domain, weight, app package, ips
    ("www.baidu.com", 10, "com.baidu.searchbox"), ("weixin.qq.com", 14, "com.tencent.mm"),
    ("www.taobao.com", 8, "com.taobao.taobao"), ("m.jd.com", 5, "com.jingdong.app.mall"),
    ("mobile.yangkeduo.com", 6, "com.xunmeng.pinduoduo"), ("www.douyin.com", 12, "com.ss.android.ugc.aweme"),
    ("www.bilibili.com", 4, "tv.danmaku.bili"), ("www.zhihu.com", 3, "com.zhihu.android"),
    ("m.weibo.cn", 4, "com.sina.weibo"), ("www.163.com", 2, "com.netease.newsreader.activity"),
    ("www.alipay.com", 6, "com.eg.android.AlipayGphone"), ("www.meituan.com", 5, "com.sankuai.meituan"),
    ("www.ele.me", 2, "me.ele"), ("www.ctrip.com", 1.5, "ctrip.android.view"),
    ("www.12306.cn", 1.2, "com.MobileTicket"), ("www.kuaishou.com", 6, "com.smile.gifmaker"),
    ("www.xiaohongshu.com", 4, "com.xingin.xhs"), ("www.amap.com", 3, "com.autonavi.minimap"),
    ("www.icbc.com.cn", 0.8, "com.icbc"), ("www.cib.com.cn", 0.6, "com.cib.cibmb"),
    ("www.fujian.gov.cn", 0.4, None), ("www.10086.cn", 0.8, "com.greenpoint.android.mc10086.activity"),
    ("www.qq.com", 4, "com.tencent.mobileqq"), ("www.sohu.com", 1, None), ("news.qq.com", 2, "com.tencent.news"),
    ("www.iqiyi.com", 2.5, "com.qiyi.video"), ("www.dianping.com", 1.2, "com.dianping.v1"),
    ("www.csair.com", 0.3, "com.csair.mbp"), ("www.xiamenair.com", 0.4, "com.xiamenair.app"),
    ("www.didiglobal.com", 1.0, "com.sdu.didi.psng"), ("www.mi.com", 0.8, None), ("www.apple.com.cn", 0.6, None),
]
HOUR_W = np.array([0.35, 0.18, 0.1, 0.07, 0.07, 0.18, 0.6, 1.5, 3.0, 4.4, 5.0, 4.9, 4.0, 3.7, 4.4, 4.9, 5.0, 4.8,
                   4.4, 5.0, 5.1, 4.2, 2.6, 1.1])
HOUR_P = HOUR_W / HOUR_W.sum()


class Store:
    """Rows per record type: vectorised chunks (dict of arrays/scalars) and single rows (dicts)."""

    def __init__(self):
        self.vec = defaultdict(list)
        self.rows = defaultdict(list)

    def add(self, rt, **cols):
        self.vec[rt].append(cols)

    def row(self, rt, **kw):
        self.rows[rt].append(kw)

    def frame(self, rt) -> pd.DataFrame:
        names = [c for c, _ in SCHEMA[rt]]
        frames = []
        for ch in self.vec[rt]:
            n = max(len(v) for v in ch.values() if isinstance(v, (np.ndarray, list)))
            frames.append(pd.DataFrame({k: (v if isinstance(v, (np.ndarray, list)) else [v] * n)
                                        for k, v in ch.items()}))
        if self.rows[rt]:
            frames.append(pd.DataFrame(self.rows[rt]))
        if not frames:
            return pd.DataFrame(columns=names)
        df = pd.concat(frames, ignore_index=True, sort=False)
        for c in names:
            if c not in df.columns:
                df[c] = None
        return df[names]


def to_table(df: pd.DataFrame, rt: str) -> pa.Table:
    arrays, fields = [], []
    for c, ty in SCHEMA[rt]:
        s = df[c]
        if ty == S:
            vals = s.astype(object).where(s.notna(), None).tolist()
            a = pa.array(vals, type=pa.string())
        elif ty == T:
            x = pd.to_numeric(s, errors="coerce").to_numpy(dtype=float)
            m = np.isnan(x)
            a = pa.array(np.where(m, 0, np.round(x * 1000)).astype(np.int64), mask=m,
                         type=pa.timestamp("ms", tz=TZ))
        elif ty == INT:
            x = pd.to_numeric(s, errors="coerce").to_numpy(dtype=float)
            m = np.isnan(x)
            a = pa.array(np.where(m, 0, np.round(x)).astype(np.int64), mask=m, type=pa.int64())
        elif ty == F:
            x = pd.to_numeric(s, errors="coerce").to_numpy(dtype=float)
            m = np.isnan(x)
            a = pa.array(np.where(m, 0, np.round(x, 2)), mask=m, type=pa.float64())
        else:
            vals = s.astype(object).where(s.notna(), None).tolist()
            a = pa.array(vals, type=pa.bool_())
        arrays.append(a)
        fields.append(pa.field(c, a.type))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


# ------------------------------------------------------------------------------------------ generator
class Province:
    def __init__(self, seed: int, n_subs: int, days_hist: int, days: int):
        self.seed = seed
        self.rng = np.random.default_rng(seed)
        self.N = n_subs
        self.days_hist = days_hist
        self.days = days
        self.ndays = days_hist + days
        self.t0 = START.timestamp()
        self.t_eval = self.t0 + days_hist * DAY
        self.t_end = self.t0 + self.ndays * DAY
        self.st = Store()
        self.used_numbers: set[str] = set()
        self.used_imei: set[str] = set()
        self.truth_seen: set[tuple] = set()
        self.serial = 0

    # ---------------------------------------------------------------- small helpers
    def uid(self, prefix="") -> str:
        self.serial += 1
        return f"{prefix}{self.rng.integers(1 << 40):010x}{self.serial:05d}"

    def hexkey(self, n, prefix=""):
        x = self.rng.integers(0, 1 << 62, size=n)
        return np.array([f"{prefix}{v:016x}" for v in x], dtype=object)

    def numbers(self, n, prefixes, probs=None, cc="86") -> np.ndarray:
        out = []
        while len(out) < n:
            k = (n - len(out)) * 2 + 10
            pre = self.rng.choice(prefixes, size=k, p=probs)
            body = self.rng.integers(0, 10 ** 8, size=k)
            for p, b in zip(pre, body, strict=False):
                s = f"{cc}{p}{b:08d}"
                if s not in self.used_numbers:
                    self.used_numbers.add(s)
                    out.append(s)
                    if len(out) == n:
                        break
        return np.array(out, dtype=object)

    def fixed_numbers(self, n, area):
        out = []
        while len(out) < n:
            s = f"86{area}{self.rng.integers(2, 9)}{self.rng.integers(0, 10 ** 7):07d}"
            if s not in self.used_numbers:
                self.used_numbers.add(s)
                out.append(s)
        return out

    def imeis(self, n, tacs=None) -> np.ndarray:
        out = []
        while len(out) < n:
            tac = (self.rng.choice(tacs) if tacs is not None else f"86{self.rng.integers(0, 10 ** 6):06d}")
            s = f"{tac}{self.rng.integers(0, 10 ** 7):07d}"
            if s not in self.used_imei:
                self.used_imei.add(s)
                out.append(s)
        return np.array(out, dtype=object)

    def imsi_for(self, op):
        mccmnc = self.rng.choice(OPERATORS[op][2]) if op in OPERATORS else "46000"
        return f"{mccmnc}{self.rng.integers(0, 10 ** 10):010d}"

    def truth(self, etype, entity, role, gang=None, scheme=None, first=None):
        key = (etype, entity, role)
        if key in self.truth_seen or entity is None:
            return
        self.truth_seen.add(key)
        self.st.row("truth/entities", entity_type=etype, entity=str(entity), role=role, gang_id=gang,
                    scheme=scheme, first_active=first)

    def day_t(self, d, h0=0.0, h1=24.0):
        return self.t0 + d * DAY + self.rng.uniform(h0, h1) * HOUR

    def cell_of(self, region_idx):
        cs = self.cells_by_region[region_idx]
        return cs[self.rng.integers(len(cs))]

    def near_cell(self, cell):
        r = self.cell_region[cell]
        cs = self.cells_by_region[r]
        i = self.cell_pos[cell]
        j = int(np.clip(i + self.rng.integers(-3, 4), 0, len(cs) - 1))
        return cs[j]

    # ---------------------------------------------------------------- row helpers (fraud / look-alike)
    def sub(self, msisdn, id_key, open_time, line_type="mobile", operator=None, imsi=None, id_type="resident_id",
            customer_type="personal", channel=None, cell=None, status="active", status_time=None,
            prepaid=True, region="Fuzhou"):
        self.st.row("subscribers", msisdn=msisdn, imsi=imsi, id_key=id_key, id_type=id_type,
                    customer_type=customer_type, line_type=line_type, operator=operator, open_time=open_time,
                    open_channel=channel, open_cell=cell, status=status,
                    status_time=status_time if status_time is not None else open_time, is_prepaid=prepaid,
                    home_region=region)

    def new_mobile(self, id_key, open_time, region_idx=0, mvno=False, channel=None, prepaid=True, **kw):
        if mvno:
            num = self.numbers(1, MVNO_PREFIXES)[0]
            op = "MVNO-" + self.rng.choice(["YUANTE", "FENGHUO", "LANMAO", "WOXIN"])
            imsi = f"46001{self.rng.integers(0, 10 ** 10):010d}"
        else:
            op = self.rng.choice(list(OPERATORS), p=[v[0] for v in OPERATORS.values()])
            num = self.numbers(1, OPERATORS[op][1])[0]
            imsi = self.imsi_for(op)
        cell = self.cell_of(region_idx)
        self.sub(num, id_key, open_time, operator=op, imsi=imsi, channel=channel or self.channel(region_idx),
                 cell=cell, prepaid=prepaid, region=REGIONS[region_idx][0], **kw)
        return {"msisdn": num, "imsi": imsi, "cell": cell, "region": region_idx}

    def channel(self, region_idx):
        return f"{REGIONS[region_idx][1]}-ST{self.rng.integers(1, 400):03d}"

    def call(self, t, caller, callee, dur=0, result="answered", ring=None, imei=None, imsi=None, ccell=None,
             ecell=None, roam=None, ctype="mobile", media="voice", gw=None):
        if ring is None:
            ring = int(self.rng.integers(3, 18)) if result == "answered" else int(self.rng.integers(15, 45))
        self.st.row("voice", start_time=t, caller=caller, callee=callee, duration_s=int(dur) if result == "answered" else 0,
                    ring_s=ring, result=result, caller_imei=imei, caller_imsi=imsi, caller_cell=ccell,
                    callee_cell=ecell, caller_roaming_country=roam, call_type=ctype, media=media, gateway=gw)

    def sms(self, t, sender, receiver, content=None, imei=None, cell=None, roam=None):
        self.st.row("sms", send_time=t, sender=sender, receiver=receiver, content=content, sender_imei=imei,
                    sender_cell=cell, sender_roaming_country=roam)

    def dev(self, t, msisdn, imsi, imei, cell, event, roam=None, nbytes=None):
        self.st.row("device", time=t, msisdn=msisdn, imsi=imsi, imei=imei, cell=cell, event=event,
                    roaming_country=roam, bytes=nbytes)

    def web(self, t, msisdn, domain, url=None, ip=None, nbytes=None, app=None):
        if nbytes is None:
            nbytes = int(self.rng.lognormal(10, 1.2))
        self.st.row("web", time=t, msisdn=msisdn, domain=domain, url=url, ip=ip, bytes=nbytes, app=app)

    def app(self, t, msisdn, app, event="use", source=None):
        self.st.row("apps", time=t, msisdn=msisdn, app=app, event=event, source_url=source)

    def xfer(self, t, a, b, amount, channel="mobile_app", msisdn=None):
        self.st.row("transfers", time=t, from_account=a, to_account=b, amount=round(float(amount), 2),
                    currency="CNY", channel=channel, initiated_msisdn=msisdn)

    def bank(self, acct, id_key, open_time, bank=None, msisdn=None, status="active"):
        self.st.row("bank_accounts", account_id=acct, id_key=id_key, bank=bank or self.rng.choice(BANKS),
                    open_time=open_time, bound_msisdn=msisdn, status=status)

    def report(self, t, etype, entity, label, ftype=None, loss=None, source="user_report"):
        if t >= self.t_end - 60:
            return
        self.st.row("reports", time=t, entity_type=etype, entity=entity, label=label, fraud_type=ftype,
                    loss_amount=loss, source=source)

    def inet(self, platform, account, msisdn, t, status="active"):
        self.st.row("internet_accounts", platform=platform, account=account, msisdn=msisdn, register_time=t,
                    status=status)

    def idle_day(self, d, m, imsi, imei, cell, n_loc=2, data=True, roam=None):
        """A handset's quiet presence on day d: attach + a few location updates + data sessions."""
        self.dev(self.day_t(d, 6, 9), m, imsi, imei, cell, "attach", roam)
        for _ in range(n_loc):
            self.dev(self.day_t(d, 8, 22), m, imsi, imei, cell, "location_update", roam)
        if data:
            for _ in range(int(self.rng.integers(1, 4))):
                self.dev(self.day_t(d, 7, 23), m, imsi, imei, cell, "data_session", roam,
                         int(self.rng.lognormal(13, 1.3)))

    # ---------------------------------------------------------------- ordinary life
    def build_cells(self):
        rng = self.rng
        n_cells = max(90, self.N // 22)
        shares = np.array([r[4] for r in REGIONS])
        per = np.maximum(8, np.round(shares / shares.sum() * n_cells).astype(int))
        rows = []
        self.cells_by_region = []
        self.cell_region = {}
        self.cell_pos = {}
        for ri, (name, area, lat, lon, _) in enumerate(REGIONS):
            cs = []
            # sorted along a line through the city so that neighbouring indices are near each other
            offs = np.sort(rng.normal(0, 0.09, per[ri]))
            for k in range(per[ri]):
                cid = f"4600{area}{k:05d}"
                la = lat + offs[k] + rng.normal(0, 0.02)
                lo = lon + offs[k] * 0.8 + rng.normal(0, 0.02)
                st = rng.choice(["macro", "indoor", "small"], p=[0.7, 0.18, 0.12])
                rows.append((cid, la, lo, name, st))
                cs.append(cid)
                self.cell_region[cid] = ri
                self.cell_pos[cid] = k
            self.cells_by_region.append(np.array(cs, dtype=object))
        df = pd.DataFrame(rows, columns=["cell", "lat", "lon", "region", "site_type"])
        self.st.add("cells", **{c: df[c].to_numpy() for c in df.columns})
        self.all_cells = df["cell"].to_numpy(dtype=object)

    def build_people(self):
        rng, N = self.rng, self.N
        shares = np.array([r[4] for r in REGIONS])
        self.region = rng.choice(len(REGIONS), size=N, p=shares / shares.sum())
        self.age = np.clip(rng.normal(42, 16, N), 16, 90).astype(int)
        self.home_cell = np.empty(N, dtype=object)
        self.work_cell = np.empty(N, dtype=object)
        for ri in range(len(REGIONS)):
            idx = np.where(self.region == ri)[0]
            cs = self.cells_by_region[ri]
            self.home_cell[idx] = cs[rng.integers(0, len(cs), len(idx))]
            self.work_cell[idx] = cs[rng.integers(0, len(cs), len(idx))]
        works = (self.age >= 22) & (self.age < 62) & (rng.random(N) < 0.75)
        self.work_cell[~works] = self.home_cell[~works]
        self.works = works
        ops = list(OPERATORS)
        self.op = rng.choice(ops, size=N, p=[OPERATORS[o][0] for o in ops])
        self.msisdn = np.empty(N, dtype=object)
        self.imsi = np.empty(N, dtype=object)
        for o in ops:
            idx = np.where(self.op == o)[0]
            self.msisdn[idx] = self.numbers(len(idx), OPERATORS[o][1])
            mm = rng.choice(OPERATORS[o][2], size=len(idx))
            body = rng.integers(0, 10 ** 10, size=len(idx))
            self.imsi[idx] = [f"{a}{b:010d}" for a, b in zip(mm, body, strict=False)]
        self.imei = self.imeis(N)
        self.id_key = self.hexkey(N, "id")
        years = rng.exponential(5.0, N) + 0.15
        self.open_time = self.t0 - years * 365 * DAY
        self.num_index = {m: i for i, m in enumerate(self.msisdn)}
        self.activity = rng.lognormal(0, 0.55, N)
        self.activity[self.age > 70] *= 0.6
        self.shopper = rng.random(N) < np.clip(0.9 - (self.age - 20) * 0.012, 0.15, 0.9)
        self.traveler = rng.random(N) < 0.12
        prepaid = rng.random(N) < 0.35
        self.st.add("subscribers", msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_key,
                    id_type="resident_id", customer_type="personal", line_type="mobile", operator=self.op,
                    open_time=self.open_time, open_channel=np.array([f"{REGIONS[r][1]}-ST{c:03d}" for r, c in zip(
                        self.region, rng.integers(1, 400, N), strict=False)], dtype=object),
                    open_cell=self.home_cell, status="active", status_time=self.open_time, is_prepaid=prepaid,
                    home_region=np.array([REGIONS[r][0] for r in self.region], dtype=object))
        # bank accounts: 1-3 per person (not the youngest everywhere)
        nacc = np.clip(rng.poisson(1.1, N) + 1, 1, 3)
        owner = np.repeat(np.arange(N), nacc)
        acc = self.hexkey(len(owner), "ac")
        first = np.r_[0, np.cumsum(nacc)[:-1]]
        self.acct = acc[first]  # primary account per person
        bank = rng.choice(BANKS, size=len(owner), p=[.17, .14, .12, .1, .1, .14, .11, .05, .07])
        self.acct_bank = bank[first]
        ot = self.open_time[owner] + rng.uniform(0, 1, len(owner)) * (self.t0 - self.open_time[owner])
        self.st.add("bank_accounts", account_id=acc, id_key=self.id_key[owner], bank=bank, open_time=ot,
                    bound_msisdn=self.msisdn[owner], status="active")
        # internet accounts registered long ago
        plats = np.array(["wechat", "alipay", "taobao", "douyin", "qq", "jd", "pinduoduo", "weibo", "kuaishou",
                          "xiaohongshu", "meituan", "didi"])
        k = np.clip(rng.poisson(4.5, N), 1, 12)
        o = np.repeat(np.arange(N), k)
        pl = rng.choice(plats, size=len(o))
        rt = self.open_time[o] + rng.uniform(0.05, 1, len(o)) * (self.t0 - self.open_time[o])
        self.st.add("internet_accounts", platform=pl, account=self.hexkey(len(o), "u"), msisdn=self.msisdn[o],
                    register_time=rt, status="active")
        # a trickle of new registrations during the period
        n_new = int(N * self.ndays * 0.02)
        o = rng.integers(0, N, n_new)
        self.st.add("internet_accounts", platform=rng.choice(plats, n_new), account=self.hexkey(n_new, "u"),
                    msisdn=self.msisdn[o], register_time=self.t0 + rng.uniform(0, self.ndays * DAY, n_new),
                    status="active")
        # external (out-of-province) numbers that locals know
        self.ext = self.numbers(int(N * 0.6), sum((v[1] for v in OPERATORS.values()), []))
        # businesses with fixed lines (shops, clinics, offices) and household fixed lines
        nb = max(60, N // 50)
        self.biz = np.array(sum((self.fixed_numbers(1, REGIONS[r][1]) for r in rng.integers(0, 9, nb)), []),
                            dtype=object)
        bid = self.hexkey(nb, "bl")
        self.st.add("subscribers", msisdn=self.biz, imsi=None, id_key=bid, id_type="business_license",
                    customer_type="enterprise", line_type="fixed", operator="CTCC",
                    open_time=self.t0 - rng.uniform(300, 4000, nb) * DAY, open_channel="ENT", open_cell=None,
                    status="active", status_time=None, is_prepaid=False, home_region="Fujian")

    def build_graph(self):
        rng, N = self.rng, self.N
        deg = np.clip(rng.lognormal(2.4, 0.6, N), 3, 80).astype(int)
        src = np.repeat(np.arange(N), deg)
        kind = rng.random(len(src))
        dst = np.empty(len(src), dtype=np.int64)
        # same region (locality), other region, or out-of-province
        order = np.argsort(self.region, kind="stable")
        starts = np.searchsorted(self.region[order], np.arange(len(REGIONS)))
        ends = np.searchsorted(self.region[order], np.arange(len(REGIONS)), side="right")
        r = self.region[src]
        pos = starts[r] + (rng.random(len(src)) * (ends[r] - starts[r])).astype(int)
        dst[:] = order[pos]
        other = kind > 0.72
        dst[other] = rng.integers(0, N, other.sum())
        ext = kind > 0.86
        dst[ext] = N + rng.integers(0, len(self.ext), ext.sum())
        ok = dst != src
        src, dst = src[ok], dst[ok]
        internal = dst < N
        src, dst = np.r_[src, dst[internal]], np.r_[dst, src[internal]]
        pairs = np.unique(np.stack([src, dst], 1), axis=0)
        self.esrc, self.edst = pairs[:, 0], pairs[:, 1]
        self.off = np.searchsorted(self.esrc, np.arange(N + 1))
        self.deg = np.diff(self.off)

    def all_numbers(self, idx):
        out = np.empty(len(idx), dtype=object)
        inn = idx < self.N
        out[inn] = self.msisdn[idx[inn]]
        out[~inn] = self.ext[idx[~inn] - self.N]
        return out

    def where_at(self, p, t):
        """Cell of persons p at times t (home at night/weekend, work by day on weekdays, some wandering)."""
        h = ((t - self.t0) % DAY) / HOUR
        dow = ((t - self.t0) // DAY + 4) % 7  # START is Friday (dow 4)
        at_work = (h >= 9) & (h < 18) & (dow < 5) & (self.rng.random(len(p)) < 0.8)
        c = np.where(at_work, self.work_cell[p], self.home_cell[p])
        wander = self.rng.random(len(p)) < 0.08
        if wander.any():
            rr = self.region[p[wander]]
            c[wander] = [self.cells_by_region[x][self.rng.integers(len(self.cells_by_region[x]))] for x in rr]
        return c

    def times(self, n, hour_p=HOUR_P, days=None):
        d = self.rng.integers(0, self.ndays, n) if days is None else days
        h = self.rng.choice(24, size=n, p=hour_p)
        return self.t0 + d * DAY + h * HOUR + self.rng.uniform(0, HOUR, n)

    def ordinary_voice(self):
        rng, N = self.rng, self.N
        rate = 2.6 * self.activity * self.ndays
        rate[self.deg[:N] == 0] = 0
        k = rng.poisson(rate)
        caller = np.repeat(np.arange(N), k)
        n = len(caller)
        callee = self.edst[self.off[caller] + (rng.random(n) * self.deg[caller]).astype(int)]
        t = self.times(n)
        # elderly call less at night
        callee_num = self.all_numbers(callee)
        kind = rng.random(n)
        biz = kind < 0.06
        callee_num[biz] = self.biz[rng.integers(0, len(self.biz), biz.sum())]
        svc = (kind >= 0.06) & (kind < 0.075)
        callee_num[svc] = rng.choice(list(BANK_SMS.values()) + list(SHORT_CODES), svc.sum())
        res = rng.choice(["answered", "no_answer", "busy", "rejected"], size=n, p=[0.8, 0.12, 0.03, 0.05])
        dur = np.clip(rng.lognormal(np.log(55), 1.05, n), 2, 7200)
        old = self.age[caller] >= 65
        dur[old] *= rng.uniform(1.0, 2.2, old.sum())
        dur = np.where(res == "answered", np.round(dur), 0)
        ring = np.where(res == "answered", rng.integers(2, 20, n),
                        np.where(res == "no_answer", rng.integers(25, 60, n),
                                 np.where(res == "busy", rng.integers(0, 3, n), rng.integers(2, 15, n))))
        ccell = self.where_at(caller, t)
        ecell = np.full(n, None, dtype=object)
        inn = (callee < N) & ~biz & ~svc
        ecell[inn] = self.where_at(callee[inn], t[inn])
        ctype = np.where(biz, "fixed", "mobile").astype(object)
        self.st.add("voice", start_time=t, caller=self.msisdn[caller], callee=callee_num, duration_s=dur,
                    ring_s=ring, result=res, caller_imei=self.imei[caller], caller_imsi=self.imsi[caller],
                    caller_cell=ccell, callee_cell=ecell, caller_roaming_country=None, call_type=ctype,
                    media=np.where(rng.random(n) < 0.04, "video", "voice"), gateway=None)
        # incoming calls from out-of-province contacts
        ext_edges = np.where(self.edst >= N)[0]
        m = int(len(ext_edges) * 0.35 * self.ndays / 5)
        e = ext_edges[rng.integers(0, len(ext_edges), m)]
        p = self.esrc[e]
        t = self.times(m)
        res = rng.choice(["answered", "no_answer", "rejected"], size=m, p=[0.82, 0.13, 0.05])
        dur = np.where(res == "answered", np.round(np.clip(rng.lognormal(np.log(80), 1.0, m), 2, 5000)), 0)
        self.st.add("voice", start_time=t, caller=self.ext[self.edst[e] - N], callee=self.msisdn[p], duration_s=dur,
                    ring_s=rng.integers(3, 30, m), result=res, caller_imei=None, caller_imsi=None, caller_cell=None,
                    callee_cell=self.where_at(p, t), caller_roaming_country=None, call_type="mobile",
                    media="voice", gateway=None)
        # calls from businesses (shops, clinics) to customers
        m = int(N * self.ndays * 0.06)
        p = rng.integers(0, N, m)
        t = self.times(m)
        res = rng.choice(["answered", "no_answer", "rejected"], size=m, p=[0.7, 0.22, 0.08])
        self.st.add("voice", start_time=t, caller=self.biz[rng.integers(0, len(self.biz), m)], callee=self.msisdn[p],
                    duration_s=np.where(res == "answered", rng.integers(15, 300, m), 0), ring_s=rng.integers(3, 30, m),
                    result=res, caller_imei=None, caller_imsi=None, caller_cell=None,
                    callee_cell=self.where_at(p, t), caller_roaming_country=None, call_type="fixed",
                    media="voice", gateway=None)

    def overseas_relatives(self):
        """Fujian has many families with relatives abroad: international calls both ways."""
        rng, N = self.rng, self.N
        ccs = [("1", 10), ("60", 9), ("62", 9), ("63", 8), ("65", 8), ("81", 8), ("852", 8), ("886", 8), ("855", 7),
               ("44", 9), ("61", 9), ("66", 9)]
        has = np.where(rng.random(N) < 0.05)[0]
        ci = rng.integers(0, len(ccs), len(has))
        rel = np.array([f"{ccs[c][0]}{rng.integers(10 ** (ccs[c][1] - 1), 10 ** ccs[c][1])}" for c in ci], dtype=object)
        k = rng.poisson(0.35 * self.ndays, len(has))
        i = np.repeat(np.arange(len(has)), k)
        n = len(i)
        t = self.times(n)
        inc = rng.random(n) < 0.55
        res = rng.choice(["answered", "no_answer"], n, p=[0.85, 0.15])
        dur = np.where(res == "answered", np.round(np.clip(rng.lognormal(np.log(400), 0.9, n), 5, 7200)), 0)
        p = has[i]
        self.st.add("voice", start_time=t, caller=np.where(inc, rel[i], self.msisdn[p]),
                    callee=np.where(inc, self.msisdn[p], rel[i]), duration_s=dur, ring_s=rng.integers(3, 30, n),
                    result=res, caller_imei=np.where(inc, None, self.imei[p]), caller_imsi=np.where(inc, None, self.imsi[p]),
                    caller_cell=np.where(inc, None, self.home_cell[p]), callee_cell=np.where(inc, self.home_cell[p], None),
                    caller_roaming_country=None, call_type=np.where(inc, "intl_in", "intl_out"),
                    media=np.where(rng.random(n) < 0.25, "video", "voice"), gateway="IGW-FZ-01")
        # remittances from abroad arrive as large counter transfers
        m = max(1, len(has) // 4)
        r = rng.choice(has, m)
        self.st.add("transfers", time=self.times(m), from_account=self.hexkey(m, "swift"), to_account=self.acct[r],
                    amount=np.round(rng.lognormal(np.log(15000), 0.8, m), -1), currency="CNY", channel="counter",
                    initiated_msisdn=None)
        # large legitimate payments: cars, house deposits, school fees, loans to relatives
        m = max(5, int(N * 0.004))
        r = rng.integers(0, N, m)
        self.st.add("transfers", time=self.times(m), from_account=self.acct[r], to_account=self.hexkey(m, "ac"),
                    amount=np.round(rng.lognormal(np.log(60000), 0.8, m), -2), currency="CNY",
                    channel=rng.choice(["mobile_app", "counter"], m), initiated_msisdn=self.msisdn[r])
        # closed and suspended old lines (no traffic)
        m = max(20, N // 50)
        op = rng.choice(["CMCC", "CTCC", "CUCC"], m)
        nums = np.concatenate([self.numbers(1, OPERATORS[o][1]) for o in op])
        ot = self.t0 - rng.uniform(300, 4000, m) * DAY
        self.st.add("subscribers", msisdn=nums, imsi=None, id_key=self.id_key[rng.integers(0, N, m)], id_type="resident_id",
                    customer_type="personal", line_type="mobile", operator=op, open_time=ot, open_channel=None,
                    open_cell=None, status=rng.choice(["closed", "suspended"], m, p=[0.8, 0.2]),
                    status_time=self.t0 - rng.uniform(5, 200, m) * DAY, is_prepaid=True, home_region="Fujian")

    def ordinary_sms(self):
        rng, N = self.rng, self.N
        chat = np.array(["到家了吗", "晚上回来吃饭吗", "好的", "收到", "明天几点", "在开会，等下回你", "生日快乐！",
                         "周末去爬鼓山吗", "妈，我这周不回去了", "钥匙放门口了", "发你微信了", "谢谢", "晚安",
                         "记得带伞", "孩子放学我去接", "在路上了"], dtype=object)
        k = rng.poisson(0.55 * self.activity * self.ndays)
        k[self.deg[:N] == 0] = 0
        s = np.repeat(np.arange(N), k)
        n = len(s)
        r = self.edst[self.off[s] + (rng.random(n) * self.deg[s]).astype(int)]
        t = self.times(n)
        content = np.where(rng.random(n) < 0.35, chat[rng.integers(0, len(chat), n)], None)
        self.st.add("sms", send_time=t, sender=self.msisdn[s], receiver=self.all_numbers(r), content=content,
                    sender_imei=self.imei[s], sender_cell=self.where_at(s, t), sender_roaming_country=None)
        # verification codes from 106 ports, bank notices are written with transfers
        ports = np.array(["1069070069", "10690999168", "106575258193", "1069031218888", "10690228888",
                          "106980095188", "10692000000", "1065502010"], dtype=object)
        brands = np.array(["淘宝", "京东", "拼多多", "美团", "抖音", "支付宝", "滴滴出行", "小红书"], dtype=object)
        m = int(N * self.ndays * 0.45)
        p = rng.integers(0, N, m)
        b = rng.integers(0, len(ports), m)
        code = rng.integers(100000, 999999, m)
        content = np.array([f"【{brands[x]}】验证码{c}，5分钟内有效，请勿泄露给他人。" for x, c in zip(b, code, strict=False)],
                           dtype=object)
        self.st.add("sms", send_time=self.times(m), sender=ports[b], receiver=self.msisdn[p], content=content)
        # operator bills on 1 June (and package reminders)
        bill_day = (datetime(2026, 6, 1, tzinfo=CST).timestamp() - self.t0) // DAY
        if 0 <= bill_day < self.ndays:
            amt = np.round(rng.lognormal(np.log(58), 0.5, N), 2)
            sc = np.array([{"CMCC": "10086", "CUCC": "10010", "CTCC": "10000", "CBN": "10099"}[o] for o in self.op],
                          dtype=object)
            t = self.t0 + bill_day * DAY + rng.uniform(8, 12, N) * HOUR
            content = np.array([f"尊敬的客户，您5月账单费用{a:.2f}元，当前余额{a * 1.7:.2f}元。详询{c}。" for a, c in zip(amt, sc, strict=False)],
                               dtype=object)
            self.st.add("sms", send_time=t, sender=sc, receiver=self.msisdn, content=content)

    def ordinary_device(self):
        rng, N = self.rng, self.N
        # location updates, data sessions, occasional power cycles
        k = rng.poisson(2.2 * self.ndays, N)
        p = np.repeat(np.arange(N), k)
        t = self.times(len(p))
        self.st.add("device", time=t, msisdn=self.msisdn[p], imsi=self.imsi[p], imei=self.imei[p],
                    cell=self.where_at(p, t), event="location_update", roaming_country=None, bytes=None)
        k = rng.poisson(1.8 * self.ndays * np.clip(1.6 - self.age / 60, 0.3, 1.4), N)
        p = np.repeat(np.arange(N), k)
        t = self.times(len(p))
        self.st.add("device", time=t, msisdn=self.msisdn[p], imsi=self.imsi[p], imei=self.imei[p],
                    cell=self.where_at(p, t), event="data_session", roaming_country=None,
                    bytes=np.round(rng.lognormal(15, 1.6, len(p))))
        k = rng.poisson(0.12 * self.ndays, N)
        p = np.repeat(np.arange(N), k)
        t = self.times(len(p))
        self.st.add("device", time=t, msisdn=self.msisdn[p], imsi=self.imsi[p], imei=self.imei[p],
                    cell=self.home_cell[p], event=rng.choice(["power_on", "attach"], len(p)), roaming_country=None)

    def ordinary_web_apps(self):
        rng, N = self.rng, self.N
        doms = np.array([d[0] for d in POPULAR], dtype=object)
        w = np.array([d[1] for d in POPULAR], dtype=float)
        apps = np.array([d[2] for d in POPULAR], dtype=object)
        self.dom_ip = {d: f"{rng.integers(36, 223)}.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{rng.integers(1, 254)}"
                       for d in doms}
        k = rng.poisson(2.4 * self.ndays * np.clip(1.7 - self.age / 55, 0.2, 1.5), N)
        p = np.repeat(np.arange(N), k)
        n = len(p)
        di = rng.choice(len(doms), size=n, p=w / w.sum())
        shop = np.isin(doms[di], ["www.taobao.com", "m.jd.com", "mobile.yangkeduo.com"])
        keep = ~shop | self.shopper[p]
        p, di = p[keep], di[keep]
        n = len(p)
        self.st.add("web", time=self.times(n), msisdn=self.msisdn[p], domain=doms[di],
                    url=np.array(["https://" + d + "/" for d in doms[di]], dtype=object),
                    ip=np.array([self.dom_ip[d] for d in doms[di]], dtype=object),
                    bytes=np.round(rng.lognormal(11, 1.4, n)), app=apps[di])
        # long tail: small sites (forums, shops, local services, games), some on cheap TLDs
        syl = ["xin", "hua", "min", "tai", "long", "fu", "xia", "men", "quan", "zhou", "hai", "shan", "yun", "jia",
               "le", "bao", "tong", "da", "mei", "kang", "zhi", "wang", "you", "xi", "tian", "cheng", "an", "fang"]
        tlds = np.array([".com", ".cn", ".net", ".com.cn", ".top", ".vip", ".xyz", ".cc", ".shop", ".club"])
        n_tail = 1500
        tail = np.array([("www." if rng.random() < 0.5 else "") + "".join(rng.choice(syl, rng.integers(2, 4))) +
                         str(rng.integers(0, 99) if rng.random() < 0.2 else "") +
                         rng.choice(tlds, p=[.42, .2, .08, .08, .06, .05, .04, .03, .02, .02]) for _ in range(n_tail)],
                        dtype=object)
        tail = np.unique(tail)
        tail_ip = np.array([f"{rng.integers(36, 223)}.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{rng.integers(1, 254)}"
                            for _ in range(len(tail))], dtype=object)
        k = rng.poisson(0.6 * self.ndays, N)
        p = np.repeat(np.arange(N), k)
        j = (rng.zipf(1.3, len(p)) - 1) % len(tail)
        self.st.add("web", time=self.times(len(p)), msisdn=self.msisdn[p], domain=tail[j],
                    url=np.array(["http://" + d + "/" for d in tail[j]], dtype=object), ip=tail_ip[j],
                    bytes=np.round(rng.lognormal(10, 1.5, len(p))), app=None)
        # app use sightings (a few apps per person), installs rare
        has = [a for a in apps if a] + ["com.tencent.wemeet.app", "com.oray.sunlogin.application", "com.youqu.todesk",
                                        "com.eastmoney.android.berlin", "com.hexin.plugin", "com.jd.jrapp",
                                        "us.zoom.videomeetings", "com.tencent.qqlive", "com.netease.cloudmusic"]
        k = rng.poisson(1.3 * self.ndays, N)
        p = np.repeat(np.arange(N), k)
        self.st.add("apps", time=self.times(len(p)), msisdn=self.msisdn[p], app=rng.choice(has, len(p)), event="use",
                    source_url=None)
        m = int(N * self.ndays * 0.03)
        p = rng.integers(0, N, m)
        self.st.add("apps", time=self.times(m), msisdn=self.msisdn[p], app=rng.choice(has, m), event="install",
                    source_url="https://app.market.example.cn/")
        self.shop_recent = np.unique(self.msisdn[p])

    def ordinary_money(self):
        rng, N = self.rng, self.N
        # employers pay salaries on the 25th/31st/5th
        n_emp = max(40, N // 60)
        self.employers = self.hexkey(n_emp, "ent")
        self.st.add("bank_accounts", account_id=self.employers, id_key=self.hexkey(n_emp, "bl"),
                    bank=rng.choice(BANKS, n_emp), open_time=self.t0 - rng.uniform(400, 5000, n_emp) * DAY,
                    bound_msisdn=None, status="active")
        emp_of = rng.integers(0, n_emp, N)
        payday = rng.choice([25, 31, 5], n_emp)
        w = np.where(self.works)[0]
        dates = {25: datetime(2026, 5, 25, tzinfo=CST), 31: datetime(2026, 5, 31, tzinfo=CST),
                 5: datetime(2026, 6, 5, tzinfo=CST)}
        ts = np.array([dates[payday[emp_of[i]]].timestamp() for i in w]) + rng.uniform(9, 16, len(w)) * HOUR
        ok = (ts >= self.t0) & (ts < self.t_end)
        w, ts = w[ok], ts[ok]
        self.st.add("transfers", time=ts, from_account=self.employers[emp_of[w]], to_account=self.acct[w],
                    amount=np.round(rng.lognormal(np.log(6500), 0.45, len(w)), -1), currency="CNY",
                    channel="third_party", initiated_msisdn=None)
        # merchants/platforms receive shopping payments
        n_m = max(80, N // 40)
        self.merchants = self.hexkey(n_m, "mer")
        self.st.add("bank_accounts", account_id=self.merchants, id_key=self.hexkey(n_m, "bl"),
                    bank=rng.choice(BANKS, n_m), open_time=self.t0 - rng.uniform(200, 4000, n_m) * DAY,
                    bound_msisdn=None, status="active")
        k = rng.poisson(0.5 * self.ndays * np.where(self.shopper, 1.2, 0.4))
        p = np.repeat(np.arange(N), k)
        n = len(p)
        self.st.add("transfers", time=self.times(n), from_account=self.acct[p],
                    to_account=self.merchants[rng.zipf(1.6, n) % n_m], amount=np.round(rng.lognormal(3.9, 1.1, n), 2),
                    currency="CNY", channel="third_party", initiated_msisdn=self.msisdn[p])
        # person to person (red packets, splitting bills, family support)
        k = rng.poisson(0.18 * self.ndays, N)
        k[self.deg[:N] == 0] = 0
        s = np.repeat(np.arange(N), k)
        r = self.edst[self.off[s] + (rng.random(len(s)) * self.deg[s]).astype(int)]
        inn = r < N
        s, r = s[inn], r[inn]
        n = len(s)
        amt = np.where(rng.random(n) < 0.7, np.round(rng.lognormal(4.3, 1.0, n), 2),
                       np.round(rng.lognormal(7.3, 0.9, n), -1))
        self.st.add("transfers", time=self.times(n), from_account=self.acct[s], to_account=self.acct[r], amount=amt,
                    currency="CNY", channel=rng.choice(["mobile_app", "third_party", "counter", "atm"], n,
                                                       p=[0.62, 0.3, 0.05, 0.03]),
                    initiated_msisdn=self.msisdn[s])
        # bank notices for a share of salary/big transfers are implied; write some 955xx notices
        m = int(N * self.ndays * 0.15)
        p = rng.integers(0, N, m)
        bk = self.acct_bank[p]
        self.st.add("sms", send_time=self.times(m), sender=np.array([BANK_SMS[b] for b in bk], dtype=object),
                    receiver=self.msisdn[p],
                    content=np.array([f"您尾号{rng.integers(1000, 9999)}的账户于今日发生交易，余额请登录手机银行查询。【{b}】"
                                      for b in bk], dtype=object))

    # ---------------------------------------------------------------- shared fraud machinery
    def pick(self, n, mask=None, reserve=True):
        ok = ~self.reserved if mask is None else (~self.reserved & mask)
        idx = np.where(ok)[0]
        n = min(n, len(idx))
        ch = self.rng.choice(idx, size=n, replace=False)
        if reserve:
            self.reserved[ch] = True
        return ch

    def targets(self, n, mask=None):
        """People a gang contacts (not reserved: any ordinary person may be called)."""
        idx = np.where(~self.lookalike if mask is None else (mask & ~self.lookalike))[0]
        return self.rng.choice(idx, size=n, replace=True)

    def card_lines(self, n_cards, gang, scheme, open_from, open_to, mvno_share=0.5, region=None,
                   id_type="resident_id"):
        """SIM cards opened by card sellers (people who open several cards in bursts and sell them)."""
        lines = []
        while len(lines) < n_cards:
            seller = self.pick(1, (self.age >= 18) & (self.age <= 34))[0]
            self.truth("id_key", self.id_key[seller], "card_seller", gang, scheme, None)
            self.truth("msisdn", self.msisdn[seller], "card_seller", gang, scheme, None)
            k = int(self.rng.integers(3, 8))
            burst = self.rng.uniform(open_from, open_to)
            r = self.region[seller] if region is None else region
            for _j in range(k):
                ot = burst + self.rng.uniform(0, 2.5) * DAY + self.rng.uniform(9, 20) * HOUR
                ln = self.new_mobile(self.id_key[seller], ot, r, mvno=self.rng.random() < mvno_share,
                                     id_type=id_type)
                ln["id_key"] = self.id_key[seller]
                ln["open_time"] = ot
                lines.append(ln)
                self.cards_sold.append(ln)
        out, rest = lines[:n_cards], lines[n_cards:]
        self.spare_cards.extend(rest)  # sold but not (yet) used
        return out

    def mule_set(self, gang, scheme, n1, n2, n3):
        g = {"l1": [], "l2": [], "l3": []}
        holders = self.pick(n1, ((self.age >= 18) & (self.age <= 24)) | (self.age >= 68))
        for h in holders:
            a = self.uid("ac")
            self.bank(a, self.id_key[h], self.t0 - self.rng.uniform(3, 45) * DAY, msisdn=self.msisdn[h])
            g["l1"].append(a)
            self.truth("account", a, "mule_account", gang, scheme, None)
        for lvl, n in (("l2", n2), ("l3", n3)):
            for _ in range(n):
                a = self.uid("ac")
                self.bank(a, self.uid("idx"), self.t0 - self.rng.uniform(10, 120) * DAY,
                          msisdn=self.numbers(1, ["131", "156", "171", "188", "199"])[0])
                g[lvl].append(a)
                self.truth("account", a, "mule_account", gang, scheme, None)
        return g

    def launder(self, mules, style, acct, amount, t):
        rng = self.rng
        if style == "fast_fanout":
            parts = rng.dirichlet(np.ones(3)) * amount
            for p in parts:
                t2 = t + rng.uniform(3, 25) * 60
                b = mules["l2"][rng.integers(len(mules["l2"]))]
                self.xfer(t2, acct, b, p, "mobile_app")
                t3 = t2 + rng.uniform(10, 90) * 60
                self.xfer(t3, b, mules["l3"][rng.integers(len(mules["l3"]))], p * 0.995, "third_party")
        elif style == "chunk":
            t2 = t + rng.uniform(0.5, 3) * HOUR
            left = amount
            while left > 1:
                c = min(left, rng.uniform(45000, 49900))
                b = mules["l2"][rng.integers(len(mules["l2"]))]
                self.xfer(t2, acct, b, c, "mobile_app")
                self.xfer(t2 + rng.uniform(0.3, 2) * HOUR, b, mules["l3"][rng.integers(len(mules["l3"]))], c, "counter")
                left -= c
                t2 += rng.uniform(2, 15) * 60
        elif style == "delayed":
            t2 = t + rng.uniform(8, 30) * HOUR
            b = mules["l2"][rng.integers(len(mules["l2"]))]
            self.xfer(t2, acct, b, amount, "mobile_app")
            left = amount
            t3 = t2 + rng.uniform(1, 20) * HOUR
            while left > 1:
                c = min(left, rng.choice([1999, 4999, 9999, 19999]))
                self.xfer(t3, b, mules["l3"][rng.integers(len(mules["l3"]))], c, "third_party")
                left -= c
                t3 += rng.uniform(1, 30) * 60
        elif style == "atm":
            left, t2 = amount, t + rng.uniform(10, 60) * 60
            while left > 1:
                c = min(left, float(rng.choice([2000, 2500, 3000, 5000])))
                self.xfer(t2, acct, f"ATM-{rng.integers(100, 999)}{rng.integers(1000, 9999)}", c, "atm")
                left -= c
                t2 += rng.uniform(2, 20) * 60

    def victim_loss(self, g, v, payments, ftype, report_p=0.55):
        """Victim v pays mule accounts at the given (time, amount) list; truth events, laundering, reports."""
        payments = [(t, a) for t, a in payments if t < self.t_end - 120]
        if not payments:
            return
        self.reserved[v] = True
        vm = self.msisdn[v]
        self.truth("msisdn", vm, "victim", g["id"], g["scheme"], payments[0][0])
        total = 0.0
        last = payments[0][0]
        for t, amt in payments:
            if t >= self.t_end - 120:
                continue
            acct = g["mules"]["l1"][self.rng.integers(len(g["mules"]["l1"]))]
            ch = "third_party" if g.get("stolen") else self.rng.choice(["mobile_app", "mobile_app", "counter"])
            self.xfer(t, self.acct[v], acct, amt, ch, None if g.get("stolen") else vm)
            self.st.row("truth/events", victim=vm, time=t, amount=round(float(amt), 2), to_account=acct,
                        scheme=g["scheme"], gang_id=g["id"])
            self.launder(g["mules"], g["style"], acct, amt, t)
            total += amt
            last = t
            if self.rng.random() < 0.6:
                self.sms(t + 30, BANK_SMS.get(self.acct_bank[v], "95588"), vm,
                         f"您尾号{self.rng.integers(1000, 9999)}的账户转出人民币{amt:.2f}元。")
            if self.rng.random() < 0.25:  # the bank reports the receiving account
                self.report(t + self.rng.uniform(2, 48) * HOUR, "account", acct, "fraud", ftype, None, "bank")
        self.victims_total += total
        if total > 0 and self.rng.random() < report_p:
            rt = last + self.rng.uniform(1, 72) * HOUR
            self.report(rt, "msisdn", vm, "victim", ftype, round(total, 2),
                        "police" if self.rng.random() < 0.7 else "user_report")
            for e in g.get("report_with", [])[:2]:
                self.report(rt + 600, e[0], e[1], "fraud", ftype, None, "police")

    def fraud_handset_day(self, line, imei, cell, d, roam=None, data=True):
        self.idle_day(d, line["msisdn"], line["imsi"], imei, cell, n_loc=int(self.rng.integers(1, 4)),
                      data=data, roam=roam)

    def outbound_calls(self, line, imei, cell, d, n, hours, ans_p, med, tgt, roam=None, ctype="mobile", gw=None,
                       hook_p=0.0, hook_dur=(900, 2700), media_video=0.0):
        """n calls from one fraud line on day d; returns the hooked (time, person) pairs."""
        rng = self.rng
        ts = np.sort(self.t0 + d * DAY + rng.uniform(hours[0], hours[1], n) * HOUR)
        people = tgt(n)
        res = rng.choice(["answered", "no_answer", "rejected", "busy"], size=n,
                         p=[ans_p, (1 - ans_p) * 0.55, (1 - ans_p) * 0.35, (1 - ans_p) * 0.10])
        hooked = []
        for t, p, r in zip(ts, people, res, strict=False):
            dur = 0
            media = "voice"
            if r == "answered":
                if rng.random() < hook_p and not self.reserved[p]:
                    dur = rng.uniform(*hook_dur)
                    hooked.append((t, p, dur))
                    media = "video" if rng.random() < media_video else "voice"
                else:
                    dur = max(3, rng.lognormal(np.log(med), 0.8))
            self.call(t, line["msisdn"], self.msisdn[p], dur, r, imei=imei, imsi=line.get("imsi"), ccell=cell,
                      ecell=self.home_cell[p], roam=roam, ctype=ctype, gw=gw, media=media)
        return hooked

    def gang(self, gid, scheme, style, n1=5, n2=3, n3=2, **kw):
        g = {"id": gid, "scheme": scheme, "style": style, "mules": self.mule_set(gid, scheme, n1, n2, n3)}
        g.update(kw)
        return g

    def label_line(self, g, line, role, first, imei=None, imei_role=None):
        self.truth("msisdn", line["msisdn"], role, g["id"], g["scheme"], first)
        if imei is not None:
            self.truth("imei", imei, imei_role or role, g["id"], g["scheme"], first)

    def police_reports(self, lines_first, ftype, p=0.3):
        for m, first in lines_first:
            if self.rng.random() < p:
                self.report(first + self.rng.uniform(1, 4) * DAY, "msisdn", m, "fraud", ftype, None, "police")

    def user_reports(self, hooked_or_answered, number, ftype, p=0.004):
        for t in hooked_or_answered:
            if self.rng.random() < p:
                self.report(t + self.rng.uniform(0.05, 6) * HOUR, "msisdn", number, "fraud", ftype, None, "user_report")

    def fake_ip(self, a="45.207"):
        return f"{a}.{self.rng.integers(1, 255)}.{self.rng.integers(1, 255)}"

    def subdomain(self, base):
        return "".join(self.rng.choice(list("abcdefghjkmnpqrstuvwxyz23456789"), int(self.rng.integers(4, 7)))) + "." + base

    # ---------------------------------------------------------------- fraud schemes
    def s_ecommerce_refund(self):
        P = PARAMS["ecommerce_refund"]
        g = self.gang("G01", "ecommerce_refund", "fast_fanout")
        cards = self.card_lines(P["sims"], "G01", g["scheme"], self.t0 - 40 * DAY, self.t0 + 3 * DAY, 0.6)
        den = self.cell_of(1)
        base = "tbrefund-help.com"
        ip = self.fake_ip("103.143")
        self.truth("domain", base, "fraud_domain", "G01", g["scheme"], self.t0 + DAY)
        self.truth("ip", ip, "fraud_domain", "G01", g["scheme"], self.t0 + DAY)
        g["report_with"] = [("domain", base)]
        handsets = self.imeis(P["handsets"])
        shop = np.where(self.shopper & (self.age < 60))[0]
        def tgt(n):
            return self.rng.choice(shop, n)
        k = 0
        for h, imei in enumerate(handsets):
            d = 1 + h % 2
            while d < self.ndays and k < len(cards):
                line = cards[k]
                k += 1
                span = int(self.rng.integers(*P["days_per_sim"]))
                first = self.t0 + d * DAY
                self.label_line(g, line, "fraud_caller", first, imei, "fraud_caller")
                answered = []
                for dd in range(d, min(self.ndays, d + span)):
                    cell = den if self.rng.random() < 0.85 else self.near_cell(den)
                    self.fraud_handset_day(line, imei, cell, dd)
                    n = int(self.rng.integers(*P["calls_per_day"]))
                    hooked = self.outbound_calls(line, imei, cell, dd, n, (9.5, 18), P["answer"], 55, tgt,
                                                 hook_p=P["hook"], hook_dur=(900, 3000))
                    answered += [self.t0 + dd * DAY + 12 * HOUR] * int(n * P["answer"])
                    for t, p, dur in hooked:
                        vm = self.msisdn[p]
                        t1 = t + dur * 0.3
                        self.app(t1, vm, "com.tencent.wemeet.app", "install", "https://meeting.tencent.com/")
                        self.app(t1 + 120, vm, "com.tencent.wemeet.app", "use")
                        sd = self.subdomain(base)
                        self.truth("domain", sd, "fraud_domain", "G01", g["scheme"], t1)
                        self.web(t1 + 300, vm, sd, f"https://{sd}/refund?oid={self.rng.integers(10 ** 9)}", ip)
                        if self.rng.random() < P["pay"]:
                            pays = []
                            tt = t + dur * 0.6
                            for _ in range(int(self.rng.integers(1, 5))):
                                pays.append((tt, float(np.clip(self.rng.lognormal(np.log(9000), 0.8), 800, 49000))))
                                tt += self.rng.uniform(8, 60) * 60
                            self.victim_loss(g, p, pays, "customer_service")
                self.user_reports(answered, line["msisdn"], "customer_service")
                self.police_reports([(line["msisdn"], first)], "customer_service", 0.35)
                d += span
        self.spare_cards.extend(cards[k:])  # bought but not needed in this period

    def s_police_abroad(self):
        P = PARAMS["police_abroad"]
        g = self.gang("G02", "police_abroad", "chunk", 6, 4, 2)
        roam = self.card_lines(P["roaming_sims"], "G02", g["scheme"], self.t0 - 90 * DAY, self.t0 - 30 * DAY, 0.2)
        intl = []
        for cc in P["gateway_prefixes"]:
            num = f"{cc}{self.rng.integers(10 ** 7, 10 ** 8)}" if cc != "63" else f"639{self.rng.integers(10 ** 8, 10 ** 9)}"
            intl.append({"msisdn": num, "imsi": None})
        dom = "spp-gov-aj.cc"
        self.truth("domain", dom, "fraud_domain", "G02", g["scheme"], self.t0 + 3 * DAY)
        self.truth("app", "cn.gov.aqjc.safe", "fraud_app", "G02", g["scheme"], self.t0 + 3 * DAY)
        g["report_with"] = [("domain", dom)]
        eld = np.where((self.age >= 55) | ((self.age >= 20) & (self.age <= 32)))[0]
        def tgt(n):
            return self.rng.choice(eld, n)
        lines = [(ln, self.imeis(1)[0], "KH" if i < P["roaming_sims"] - 2 else "MM", 3, None) for i, ln in enumerate(roam)]
        lines += [(ln, None, None, self.days_hist, "IGW-FZ-03") for ln in intl]
        for ln, imei, cc, d0, gw in lines:
            first = self.t0 + d0 * DAY
            self.label_line(g, ln, "fraud_caller", first, imei, "fraud_caller")
            answered = []
            for d in range(d0, self.ndays):
                if self.rng.random() < 0.15:
                    continue  # days off
                if imei is not None:
                    self.idle_day(d, ln["msisdn"], ln["imsi"], imei, None, 1, True, cc)
                n = int(self.rng.integers(*P["calls_per_day"]))
                hooked = self.outbound_calls(ln, imei, None, d, n, (9, 20.5), P["answer"], 40, tgt, roam=cc,
                                             ctype="intl_in", gw=gw, hook_p=P["hook"], hook_dur=(1800, 5400),
                                             media_video=0.35)
                answered += [self.t0 + d * DAY + 12 * HOUR] * int(n * P["answer"])
                for t, p, dur in hooked:
                    vm = self.msisdn[p]
                    t2 = t + DAY * self.rng.uniform(0.6, 1.1)
                    self.call(t2, ln["msisdn"], vm, self.rng.uniform(2400, 5400), imei=imei, imsi=ln.get("imsi"),
                              ecell=self.home_cell[p], roam=cc, ctype="intl_in", gw=gw, media="video")
                    self.web(t + dur * 0.5, vm, dom, f"http://{dom}/tongji/{self.rng.integers(10 ** 6)}", self.fake_ip("154.39"))
                    self.app(t + dur * 0.7, vm, "cn.gov.aqjc.safe", "install", f"http://{dom}/aq.apk")
                    if self.rng.random() < P["pay"]:
                        pays, tt = [], t2 + 0.4 * HOUR
                        for _ in range(int(self.rng.integers(1, 6))):
                            pays.append((tt, float(np.clip(self.rng.lognormal(np.log(45000), 0.7), 8000, 200000))))
                            tt += self.rng.uniform(0.3, 10) * HOUR
                        self.victim_loss(g, p, pays, "impersonate_police", 0.7)
            self.user_reports(answered, ln["msisdn"], "impersonate_police", 0.006)
            self.police_reports([(ln["msisdn"], first)], "impersonate_police", 0.4)

    def s_simbox(self, gid, scheme, P, d0, region):
        g = self.gang(gid, scheme, "delayed", 4, 2, 2)
        sims = self.card_lines(P["sims"], gid, scheme, self.t0 - 60 * DAY, self.t0 + 5 * DAY, 0.5, region)
        den = self.cell_of(region)
        den2 = self.near_cell(den)
        tacs = [f"8{self.rng.integers(10 ** 6, 10 ** 7)}" for _ in range(2)]
        modules = list(self.imeis(P["devices"] * P["slots"], tacs))
        def tgt(n):
            return self.targets(n, (self.age >= 20) & (self.age <= 60))
        last_used = {i: -9 for i in range(len(sims))}
        first_seen = {}
        answered_by = defaultdict(list)
        for d in range(d0, self.ndays):
            cell = den if (not P.get("move") or d % 2 == 0) else den2
            if P.get("imei_change"):
                modules = list(self.imeis(len(modules), tacs))
            free = [i for i in range(len(sims)) if d - last_used[i] >= P["rest_days"]]
            self.rng.shuffle(free)
            for _slot, imei in enumerate(modules):
                if not free:
                    break
                si = free.pop()
                last_used[si] = d
                ln = sims[si]
                t_on = self.day_t(d, 8, 9)
                if si not in first_seen:
                    first_seen[si] = t_on
                    self.label_line(g, ln, "simbox_sim", t_on)
                self.truth("imei", imei, "simbox_device", gid, scheme, t_on)
                self.dev(t_on, ln["msisdn"], ln["imsi"], imei, cell, "attach")
                for _ in range(int(self.rng.integers(1, 3))):
                    self.dev(self.day_t(d, 9, 21), ln["msisdn"], ln["imsi"], imei, cell, "location_update")
                self.dev(self.day_t(d, 21, 22), ln["msisdn"], ln["imsi"], imei, cell, "detach")
                n = int(self.rng.integers(*P["calls_per_day"]))
                hooked = self.outbound_calls(ln, imei, cell, d, n, (9, 21), P["answer"], 30, tgt,
                                             hook_p=P["hook"], hook_dur=(500, 1800))
                answered_by[ln["msisdn"]] += [self.t0 + d * DAY + 12 * HOUR] * int(n * P["answer"])
                for t, p, _dur in hooked:
                    if self.rng.random() < P["pay"]:
                        pays, tt = [], t + self.rng.uniform(0.5, 20) * HOUR
                        for _ in range(int(self.rng.integers(1, 4))):
                            pays.append((tt, float(self.rng.uniform(1000, 9000))))
                            tt += self.rng.uniform(1, 12) * HOUR
                        self.victim_loss(g, p, pays, P["ftype"], 0.4)
        for m, ts in answered_by.items():
            self.user_reports(ts, m, P["ftype"], 0.003)
        self.police_reports([(sims[i]["msisdn"], t) for i, t in first_seen.items()], P["ftype"], 0.15)

    def s_sms_phishing(self):
        P = PARAMS["sms_phishing"]
        g = self.gang("G04", "sms_phishing", "atm", 5, 1, 1, stolen=True)
        sims = self.card_lines(P["sims"], "G04", g["scheme"], self.t0 - 30 * DAY, self.t0 + 6 * DAY, 0.4, 0)
        cell = self.cell_of(0)
        modules = list(self.imeis(P["modules"]))
        bases = ["etc-fjgs.top", "jf-10086dh.cn"]
        short = "t8s.ink"
        ips = [self.fake_ip("45.207"), self.fake_ip("154.91")]
        for b in bases + [short]:
            self.truth("domain", b, "fraud_domain", "G04", g["scheme"], self.t0 + P["start_day"] * DAY)
        for ip in ips:
            self.truth("ip", ip, "fraud_domain", "G04", g["scheme"], self.t0 + P["start_day"] * DAY)
        templates = [
            ("【ETC服务】尊敬的车主，您的ETC认证已失效，即日起将暂停使用，请及时登录 {u} 进行认证。", 0),
            ("【中国移动】尊敬的客户，您有{n}积分将于本月底清零，可兑换现金红包，详情 {u} 退订回T", 1),
            ("【医保局】您的医保卡年度核验未通过，为避免影响报销请在24小时内访问 {u} 完成核验", 2),
            ("您的快递因地址不详被退回，请点击 {u} 补填信息，逾期将销毁处理", 3),
        ]
        tgt_all = np.where(~self.lookalike)[0]
        for d in range(P["start_day"], self.ndays):
            order = self.rng.permutation(len(sims))
            for slot in range(len(modules)):
                ln = sims[order[slot % len(sims)]]
                imei = modules[slot]
                first = self.day_t(d, 8, 9)
                self.label_line(g, ln, "fraud_sms_sender", first, imei, "fraud_sms_sender")
                self.dev(first, ln["msisdn"], ln["imsi"], imei, cell, "attach")
                n = int(self.rng.integers(*P["sms_per_day"]))
                ts = np.sort(self.t0 + d * DAY + self.rng.uniform(8.5, 22, n) * HOUR)
                people = self.rng.choice(tgt_all, n)
                for t, p in zip(ts, people, strict=False):
                    tpl, kind = templates[self.rng.integers(len(templates))]
                    r = self.rng.random()
                    if r < 0.45:
                        host = self.subdomain(bases[kind % 2])
                        url, ip = f"http://{host}/", ips[0]
                    elif r < 0.7:
                        ip = ips[self.rng.integers(2)]
                        host, url = ip, f"http://{ip}:8080/{['etc', 'jf', 'yb', 'kd'][kind]}/"
                    else:
                        host = short
                        url, ip = f"http://{short}/{self.rng.integers(36 ** 4, 36 ** 5):x}", ips[1]
                    self.sms(t, ln["msisdn"], self.msisdn[p], tpl.format(u=url, n=self.rng.integers(2000, 9000)),
                             imei, cell)
                    if self.rng.random() < P["click"] and not self.reserved[p]:
                        tc = t + self.rng.uniform(1, 120) * 60
                        if host not in (short,) and not host[0].isdigit():
                            self.truth("domain", host, "fraud_domain", "G04", g["scheme"], tc)
                        self.web(tc, self.msisdn[p], host, url, ip)
                        if self.rng.random() < P["pay"]:
                            pays, tt = [], tc + self.rng.uniform(5, 90) * 60
                            for _ in range(int(self.rng.integers(1, 4))):
                                pays.append((tt, float(self.rng.uniform(500, 9000))))
                                tt += self.rng.uniform(2, 30) * 60
                            self.victim_loss(g, p, pays, "other", 0.6)
                    elif self.rng.random() < 0.0015:
                        self.report(t + self.rng.uniform(0.1, 10) * HOUR, "msisdn", ln["msisdn"], "fraud", "other",
                                    None, "user_report")
        # quiet senders: 3 ordinary handsets, points-exchange links, evaluation days only
        quiet = self.card_lines(3, "G04", g["scheme"], self.t0 - 10 * DAY, self.t0 + 8 * DAY, 0.3, 2)
        for ln in quiet:
            imei = self.imeis(1)[0]
            c = self.cell_of(2)
            first = self.t0 + self.days_hist * DAY
            self.label_line(g, ln, "fraud_sms_sender", first, imei)
            for d in range(self.days_hist, self.ndays):
                self.fraud_handset_day(ln, imei, c, d)
                for _ in range(int(self.rng.integers(*P["quiet_sms_per_day"]))):
                    host = self.subdomain(bases[1])
                    self.sms(self.day_t(d, 10, 21), ln["msisdn"], self.msisdn[self.rng.choice(tgt_all)],
                             f"【积分商城】您的话费积分可兑换{self.rng.integers(100, 500)}元礼品，点击 http://{host}/ 领取",
                             imei, c)

    def s_flight_refund(self):
        P = PARAMS["flight_refund"]
        g = self.gang("G05", "flight_refund", "fast_fanout", 4, 2, 1)
        sims = self.card_lines(P["sims"], "G05", g["scheme"], self.t0 - 20 * DAY, self.t0 + self.days_hist * DAY, 0.5)
        lic = self.uid("bl")
        self.truth("id_key", lic, "gang_member", "G05", g["scheme"], self.t_eval)
        hot = []
        for _ in range(P["hotlines"]):
            num = f"864008{self.rng.integers(100000, 999999)}"
            self.sub(num, lic, self.t0 - self.rng.uniform(15, 50) * DAY, "voip", "CUCC", None, "business_license",
                     "enterprise", "VOIP-AGENT-88", None, prepaid=False, region="Fujian")
            self.truth("msisdn", num, "fixed_voip_line", "G05", g["scheme"], self.t_eval)
            hot.append(num)
        trav = np.where(self.traveler & ~self.lookalike)[0]
        # travellers look at flights in the days before
        for p in self.rng.choice(trav, min(len(trav), 400), replace=False):
            self.web(self.day_t(self.rng.integers(0, self.ndays)), self.msisdn[p], "www.ctrip.com",
                     "https://www.ctrip.com/flights", self.dom_ip["www.ctrip.com"], app="ctrip.android.view")
        airlines = [("东方航空", "MU"), ("厦门航空", "MF"), ("南方航空", "CZ"), ("四川航空", "3U")]
        for ln in sims:
            imei = self.imeis(1)[0]
            cell = self.cell_of(1)
            d0 = self.days_hist + int(self.rng.integers(0, 2))
            self.label_line(g, ln, "fraud_sms_sender", self.t0 + d0 * DAY, imei)
            for d in range(d0, self.ndays):
                self.fraud_handset_day(ln, imei, cell, d)
                for _ in range(int(self.rng.integers(*P["sms_per_day"]))):
                    p = self.rng.choice(trav)
                    t = self.day_t(d, 8, 21)
                    al, code = airlines[self.rng.integers(len(airlines))]
                    hl = hot[self.rng.integers(len(hot))]
                    txt = (f"【{al}】尊敬的旅客，您预订的{code}{self.rng.integers(1000, 9999)}航班因机械故障已取消，"
                           f"请致电客服{hl[2:6]}-{hl[6:9]}-{hl[9:]}办理改签或退票，另可获得300元延误补偿。")
                    self.sms(t, ln["msisdn"], self.msisdn[p], txt, imei, cell)
                    if self.rng.random() < P["callback"] and not self.reserved[p]:
                        tc = t + self.rng.uniform(3, 90) * 60
                        hooked = self.rng.random() < 0.5
                        dur = self.rng.uniform(600, 2400) if hooked else self.rng.uniform(40, 200)
                        self.call(tc, self.msisdn[p], hl, dur, imei=self.imei[p], imsi=self.imsi[p],
                                  ccell=self.home_cell[p], ctype="voip")
                        if hooked:
                            if self.rng.random() < 0.5:
                                self.app(tc + 200, self.msisdn[p], "com.tencent.wemeet.app", "install",
                                         "https://meeting.tencent.com/")
                            if self.rng.random() < P["pay"]:
                                pays, tt = [], tc + dur * 0.7
                                for _ in range(int(self.rng.integers(1, 4))):
                                    pays.append((tt, float(self.rng.uniform(2000, 30000))))
                                    tt += self.rng.uniform(5, 40) * 60
                                self.victim_loss(g, p, pays, "customer_service")
            self.police_reports([(ln["msisdn"], self.t0 + d0 * DAY)], "customer_service", 0.3)
        self.police_reports([(h, self.t_eval) for h in hot], "customer_service", 0.5)

    def s_fake_loan(self):
        P = PARAMS["fake_loan"]
        g = self.gang("G06", "fake_loan", "delayed", 6, 3, 2)
        lic = self.uid("bl")
        self.truth("id_key", lic, "gang_member", "G06", g["scheme"], self.t0)
        voip = []
        for _ in range(P["voip_lines"]):
            num = self.fixed_numbers(1, "591")[0] if self.rng.random() < 0.5 else f"8617{self.rng.integers(10 ** 8, 10 ** 9)}"
            self.used_numbers.add(num)
            self.sub(num, lic, self.t0 - self.rng.uniform(20, 35) * DAY, "voip", "CTCC", None, "business_license",
                     "enterprise", "VOIP-AGENT-12", None, prepaid=False, region="Fuzhou")
            voip.append({"msisdn": num, "imsi": None})
        sms_line = self.card_lines(1, "G06", g["scheme"], self.t0 - 25 * DAY, self.t0 - 10 * DAY, 1.0)[0]
        sms_imei = self.imeis(1)[0]
        self.label_line(g, sms_line, "fraud_sms_sender", self.t0, sms_imei)
        base, appid = "jsdai-app.com", "com.jisudai.loan"
        self.truth("domain", base, "fraud_domain", "G06", g["scheme"], self.t0)
        self.truth("app", appid, "fraud_app", "G06", g["scheme"], self.t0)
        g["report_with"] = [("domain", base), ("app", appid)]
        def tgt(n):
            return self.targets(n, (self.age >= 22) & (self.age <= 50))
        for ln in voip:
            d0 = int(self.rng.integers(0, 3))
            self.truth("msisdn", ln["msisdn"], "fixed_voip_line", "G06", g["scheme"], self.t0 + d0 * DAY)
            answered = []
            for d in range(d0, self.ndays):
                if (d + 1) % 7 == 0:
                    continue  # Sundays off (START is Friday, day 2 is Sunday)
                n = int(self.rng.integers(*P["calls_per_day"]))
                hooked = self.outbound_calls(ln, None, None, d, n, (9, 18.5), P["answer"], 25, tgt, ctype="voip",
                                             gw="VOS-GW-07", hook_p=P["hook"], hook_dur=(120, 480))
                answered += [self.t0 + d * DAY + 12 * HOUR] * int(n * P["answer"])
                for t, p, dur in hooked:
                    vm = self.msisdn[p]
                    host = self.subdomain(base)
                    self.truth("domain", host, "fraud_domain", "G06", g["scheme"], t)
                    self.sms(t + dur + 60, sms_line["msisdn"], vm,
                             f"【极速贷】您的额度已审批：50000元，下载APP提现 https://{host}/dl", sms_imei,
                             self.cell_of(0))
                    self.web(t + dur + 400, vm, host, f"https://{host}/dl/jsd.apk", self.fake_ip("156.240"))
                    self.app(t + dur + 600, vm, appid, "install", f"https://{host}/dl/jsd.apk")
                    self.inet("jisudai", self.uid("jsd"), vm, t + dur + 700)
                    if self.rng.random() < P["pay"]:
                        steps = P["fees"][: int(self.rng.integers(2, len(P["fees"]) + 1))]
                        pays, tt = [], t + self.rng.uniform(1, 6) * HOUR
                        for f in steps:
                            pays.append((tt, f))
                            self.app(tt - 300, vm, appid, "use")
                            tt += self.rng.uniform(2, 20) * HOUR
                        self.victim_loss(g, p, pays, "loan")
            self.user_reports(answered, ln["msisdn"], "loan", 0.002)
            self.police_reports([(ln["msisdn"], self.t0 + d0 * DAY)], "loan", 0.2)
        for d in range(self.ndays):
            self.fraud_handset_day(sms_line, sms_imei, self.cell_of(0), d)

    def s_brushing(self):
        P = PARAMS["brushing"]
        g = self.gang("G07", "brushing_tasks", "fast_fanout", 6, 3, 1)
        sims = self.card_lines(P["sims"], "G07", g["scheme"], self.t0 - 20 * DAY, self.t0 + 4 * DAY, 0.5)
        base, appid = "dianzan-job.vip", "com.dzrw.task"
        self.truth("domain", base, "fraud_domain", "G07", g["scheme"], self.t0 + 3 * DAY)
        self.truth("app", appid, "fraud_app", "G07", g["scheme"], self.t0 + 3 * DAY)
        g["report_with"] = [("domain", base)]
        young = np.where((self.age >= 18) & (self.age <= 35) & ~self.lookalike)[0]
        qqs = []
        for ln in sims:
            for plat in self.rng.choice(["qq", "wechat", "telegram", "douyin"], int(self.rng.integers(2, 5))):
                acc = self.uid(plat[:2])
                self.inet(plat, acc, ln["msisdn"], ln["open_time"] + self.rng.uniform(0.1, 3) * DAY)
                self.truth("account", acc, "gang_member", "G07", g["scheme"], ln["open_time"])
                qqs.append(acc)
        for i, ln in enumerate(sims):
            imei = self.imeis(1)[0]
            cell = self.cell_of(self.rng.integers(0, 9))
            d0 = int(self.rng.integers(3, self.ndays - 1)) if i >= 3 else 3
            self.label_line(g, ln, "fraud_sms_sender", self.t0 + d0 * DAY, imei)
            for d in range(d0, self.ndays):
                self.fraud_handset_day(ln, imei, cell, d)
                for _ in range(int(self.rng.integers(*P["sms_per_day"]))):
                    p = self.rng.choice(young)
                    t = self.day_t(d, 9, 23)
                    self.sms(t, ln["msisdn"], self.msisdn[p],
                             f"【兼职】宝妈学生在家可做，手机点赞关注日结{self.rng.integers(2, 8)}00元，加Q {self.rng.integers(10 ** 8, 10 ** 9)} 备注A{self.rng.integers(10, 99)}",
                             imei, cell)
                    if self.rng.random() < P["engage"] and not self.reserved[p]:
                        vm = self.msisdn[p]
                        self.sms(t + self.rng.uniform(5, 120) * 60, vm, ln["msisdn"], "怎么做？", self.imei[p],
                                 self.home_cell[p])
                        t1 = t + self.rng.uniform(0.5, 6) * HOUR
                        host = self.subdomain(base)
                        self.truth("domain", host, "fraud_domain", "G07", g["scheme"], t1)
                        self.web(t1, vm, host, f"https://{host}/task", self.fake_ip("27.124"))
                        self.app(t1 + 300, vm, appid, "install", f"https://{host}/app.apk")
                        if self.rng.random() < P["pay"]:
                            # two small tasks paid back with a commission, then the big ones are kept
                            tt = t1 + 900
                            for stake in (100, 800):
                                acct = g["mules"]["l1"][self.rng.integers(len(g["mules"]["l1"]))]
                                self.xfer(tt, self.acct[p], acct, stake, "mobile_app", vm)
                                self.xfer(tt + self.rng.uniform(5, 30) * 60, acct, self.acct[p], stake * 1.3,
                                          "mobile_app")
                                tt += self.rng.uniform(1, 5) * HOUR
                            pays = []
                            for _ in range(int(self.rng.integers(1, 4))):
                                pays.append((tt, float(self.rng.uniform(3000, 20000))))
                                tt += self.rng.uniform(0.3, 12) * HOUR
                            self.victim_loss(g, p, pays, "part_time_job")
            self.police_reports([(ln["msisdn"], self.t0 + d0 * DAY)], "part_time_job", 0.25)

    def s_pig_butchering(self):
        P = PARAMS["pig_butchering"]
        g = self.gang("G08", "pig_butchering", "chunk", 5, 4, 2)
        sims = self.card_lines(P["groomers"], "G08", g["scheme"], self.t0 - 50 * DAY, self.t0 - 5 * DAY, 0.3)
        base, appid = "hxgjs-trade.com", "com.hxgjs.trade"
        self.truth("domain", base, "fraud_domain", "G08", g["scheme"], self.t0 + 5 * DAY)
        self.truth("domain", "app." + base, "fraud_domain", "G08", g["scheme"], self.t0 + 5 * DAY)
        self.truth("app", appid, "fraud_app", "G08", g["scheme"], self.t0 + 5 * DAY)
        ip = self.fake_ip("43.129")
        self.truth("ip", ip, "fraud_domain", "G08", g["scheme"], self.t0 + 5 * DAY)
        lines_chat = ["早安，今天也要开心哦", "吃饭了吗", "今天行情不错，我又赚了一点", "晚安，梦里见",
                      "你工作辛苦了", "我舅舅在交易所做分析师，内部消息很准", "周末想去哪里玩", "想你了"]
        for i, ln in enumerate(sims):
            imei = self.imeis(1)[0]
            roam = ["PH", "MY", None, None, None][i % 5]
            cell = None if roam else self.cell_of(1)
            d0 = int(self.rng.integers(0, 3))
            self.label_line(g, ln, "fraud_caller", self.t0 + d0 * DAY, imei)
            vics = self.pick(int(self.rng.integers(*P["victims_per_groomer"])), (self.age >= 28) & (self.age <= 55),
                             reserve=False)
            for d in range(d0, self.ndays):
                self.idle_day(d, ln["msisdn"], ln["imsi"], imei, cell, 1, True, roam)
            for p in vics:
                vm = self.msisdn[p]
                start = d0 + int(self.rng.integers(0, 3))
                for d in range(start, self.ndays):
                    for _ in range(int(self.rng.integers(*P["msgs_per_day"]))):
                        t = self.day_t(d, 19, 24) if self.rng.random() < 0.7 else self.day_t(d, 7, 9)
                        if self.rng.random() < 0.5:
                            self.sms(t, ln["msisdn"], vm, self.rng.choice(lines_chat), imei, cell, roam)
                        else:
                            self.sms(t, vm, ln["msisdn"], None, self.imei[p], self.home_cell[p])
                    if self.rng.random() < 0.3:
                        t = self.day_t(d, 20, 23.5)
                        self.call(t, ln["msisdn"], vm, self.rng.uniform(300, 2400), imei=imei, imsi=ln["imsi"],
                                  ccell=cell, ecell=self.home_cell[p], roam=roam, ctype="intl_in" if roam else "mobile",
                                  media="video" if self.rng.random() < 0.2 else "voice")
                if self.rng.random() > P["convert"]:
                    continue
                dd = start + int(self.rng.integers(*P["groom_days"]))
                t1 = self.day_t(min(dd, self.ndays - 1), 20, 23)
                self.web(t1, vm, base, f"https://{base}/register?inv={self.rng.integers(10 ** 5)}", ip)
                self.app(t1 + 600, vm, appid, "install", f"https://app.{base}/hx.apk")
                pays = [(t1 + HOUR, 5000.0)]
                acct = g["mules"]["l1"][0]
                self.xfer(t1 + DAY, acct, self.acct[p], 5600.0, "mobile_app")  # the "withdrawal" that builds trust
                tt = t1 + 1.5 * DAY
                for amt in P["deposits"][: int(self.rng.integers(1, len(P["deposits"]) + 1))]:
                    pays.append((tt, float(amt * self.rng.uniform(0.8, 1.3))))
                    self.web(tt - 600, vm, "app." + base, f"https://app.{base}/deposit", ip)
                    tt += self.rng.uniform(0.5, 2) * DAY
                self.victim_loss(g, p, pays, "investment" if self.rng.random() < 0.6 else "romance", 0.5)
            self.police_reports([(ln["msisdn"], self.t0 + d0 * DAY)], "investment", 0.2)

    def s_leader_impersonation(self):
        P = PARAMS["leader_impersonation"]
        g = self.gang("G09", "leader_impersonation", "chunk", 4, 2, 1)
        # sleeping cards: opened months ago by card sellers, silent until now
        sims = self.card_lines(P["sims"] + P["family_sims"], "G09", g["scheme"], self.t0 - 200 * DAY,
                               self.t0 - 90 * DAY, 0.3)
        workers = pd.Series(np.where(self.works)[0]).groupby(self.work_cell[self.works]).apply(list)
        units = [v for v in workers.values if len(v) >= 15]
        e0 = self.days_hist
        for i, ln in enumerate(sims):
            imei = self.imeis(1)[0]
            cell = self.cell_of(self.rng.integers(0, 9))
            d0 = e0 + int(self.rng.integers(0, max(1, self.days - 2)))
            self.label_line(g, ln, "fraud_caller", self.t0 + d0 * DAY, imei)
            for d in range(d0, self.ndays):
                self.fraud_handset_day(ln, imei, cell, d)
            family = i >= P["sims"]
            if family:
                pool = self.targets(int(self.rng.integers(*P["family_targets"])), self.age >= 60)
                text = "妈，我手机掉水里了，这是我新号码，旧号先别打了，有事打这个"
                hook, loss = P["family_hook"], (3000, 20000)
            else:
                unit = units[self.rng.integers(len(units))]
                pool = np.array(unit[: int(self.rng.integers(*P["unit_size"]))])
                boss = ["陈局", "林校长", "黄主任", "王总", "郑书记"][self.rng.integers(5)]
                text = f"我是{boss}，这是我新号码，旧号不用了，请惠存。明早九点来我办公室一趟。"
                hook, loss = P["unit_hook"], (20000, 80000)
            for p in pool:
                t = self.day_t(d0, 8, 11)
                self.sms(t, ln["msisdn"], self.msisdn[p], text, imei, cell)
                if self.rng.random() < 0.35:
                    self.sms(t + self.rng.uniform(2, 60) * 60, self.msisdn[p], ln["msisdn"], "好的，已存", self.imei[p],
                             self.home_cell[p])
                    d1 = min(d0 + 1, self.ndays - 1)
                    t2 = self.day_t(d1, 8.5, 11)
                    took = self.rng.random() < hook and not self.reserved[p]
                    dur = self.rng.uniform(240, 900) if took else self.rng.uniform(20, 90)
                    self.call(t2, ln["msisdn"], self.msisdn[p], dur, imei=imei, imsi=ln["imsi"], ccell=cell,
                              ecell=self.home_cell[p])
                    if took:
                        pays, tt = [], t2 + dur + self.rng.uniform(5, 60) * 60
                        for _ in range(int(self.rng.integers(1, 3))):
                            pays.append((tt, float(self.rng.uniform(*loss))))
                            tt += self.rng.uniform(10, 90) * 60
                        self.victim_loss(g, p, pays, "acquaintance", 0.7)

    def s_wangiri(self):
        P = PARAMS["wangiri"]
        gid, scheme = "G10", "wangiri"
        nums = [f"{cc}{self.rng.integers(10 ** 7, 10 ** 8)}" for cc in P["prefixes"]]
        tgt_all = np.where(~self.lookalike)[0]
        for i, num in enumerate(nums):
            d0 = max(0, self.days_hist - 2) if i % 2 == 0 else self.days_hist
            self.truth("msisdn", num, "fraud_caller", gid, scheme, self.t0 + d0 * DAY)
            for d in range(d0, self.ndays):
                n = int(self.rng.integers(*P["calls_per_day"]))
                ts = np.sort(self.t0 + d * DAY + self.rng.uniform(*P["hours"], n) * HOUR)
                people = self.rng.choice(tgt_all, n)
                for t, p in zip(ts, people, strict=False):
                    self.call(t, num, self.msisdn[p], 0, "no_answer", ring=int(self.rng.integers(1, 3)),
                              ecell=self.home_cell[p], ctype="intl_in", gw="IGW-XM-01")
                    if self.rng.random() < P["callback"]:
                        tc = t + self.rng.uniform(0.05, 8) * HOUR
                        dur = self.rng.uniform(40, 400)
                        self.call(tc, self.msisdn[p], num, dur, imei=self.imei[p], imsi=self.imsi[p],
                                  ccell=self.home_cell[p], ctype="intl_out", gw="IGW-XM-01")
                        if tc < self.t_end and not self.reserved[p]:
                            cost = round(dur / 60 * P["cny_per_min"], 2)
                            self.truth("msisdn", self.msisdn[p], "victim", gid, scheme, tc)
                            self.st.row("truth/events", victim=self.msisdn[p], time=tc, amount=cost, to_account=None,
                                        scheme=scheme, gang_id=gid)
                            if self.rng.random() < 0.05:
                                self.report(tc + HOUR, "msisdn", num, "fraud", "other", None, "user_report")

    def s_game_trading(self):
        P = PARAMS["game_trading"]
        g = self.gang("G11", "game_trading", "fast_fanout", 3, 1, 1)
        sims = self.card_lines(P["sims"], "G11", g["scheme"], self.t0 - 15 * DAY, self.t0 + 5 * DAY, 0.7)
        base = "jiaoyimao-vip.com"
        self.truth("domain", base, "fraud_domain", "G11", g["scheme"], self.t0)
        ip = self.fake_ip("118.107")
        young = np.where((self.age <= 24) & ~self.lookalike)[0]
        for ln in sims:
            imei = self.imeis(1)[0]
            cell = self.cell_of(self.rng.integers(0, 9))
            d0 = self.days_hist - int(self.rng.integers(0, 4))
            self.label_line(g, ln, "fraud_sms_sender", self.t0 + d0 * DAY, imei)
            for plat in ("qq", "taptap"):
                acc = self.uid("gm")
                self.inet(plat, acc, ln["msisdn"], self.t0 + (d0 - 1) * DAY)
                self.truth("account", acc, "gang_member", "G11", g["scheme"], self.t0 + d0 * DAY)
            for d in range(d0, self.ndays):
                self.fraud_handset_day(ln, imei, cell, d)
                for _ in range(int(self.rng.integers(*P["sms_per_day"]))):
                    p = self.rng.choice(young)
                    t = self.day_t(d, 12, 23)
                    oid = self.rng.integers(10 ** 9)
                    self.sms(t, ln["msisdn"], self.msisdn[p],
                             f"你在交易猫出售的游戏账号已被买家拍下，请登录 https://{base}/order/{oid} 确认收款", imei, cell)
                    if self.rng.random() < P["click"] and not self.reserved[p]:
                        tc = t + self.rng.uniform(2, 60) * 60
                        self.web(tc, self.msisdn[p], base, f"https://{base}/order/{oid}", ip)
                        if self.rng.random() < P["pay"]:
                            pays, tt = [], tc + 600
                            for _ in range(int(self.rng.integers(1, 4))):
                                pays.append((tt, float(self.rng.uniform(200, 3000))))
                                tt += self.rng.uniform(10, 60) * 60
                            self.victim_loss(g, p, pays, "other", 0.5)

    # ---------------------------------------------------------------- benign look-alikes
    def benign(self, etype, entity, kind, first=None):
        self.truth(etype, entity, "benign", None, kind, first)

    def la_people(self, kind, n, mask=None, label=True):
        idx = self.pick(n, mask)
        self.lookalike[idx] = True
        if label:
            for p in idx:
                self.benign("msisdn", self.msisdn[p], kind, self.t0)
        return idx

    def contacts_of(self, p):
        c = self.edst[self.off[p]:self.off[p + 1]]
        return c[c < self.N]

    def strangers(self, n, region=None):
        if region is None:
            return self.rng.integers(0, self.N, n)
        idx = self.by_region[region]
        return idx[self.rng.integers(0, len(idx), n)]

    def busy_caller(self, p_num, imei, imsi, cells, d, n, hours, ans, med, people, ctype="mobile", gw=None,
                    long_p=0.0, long_dur=(600, 1500)):
        ts = np.sort(self.t0 + d * DAY + self.rng.uniform(hours[0], hours[1], n) * HOUR)
        res = self.rng.choice(["answered", "no_answer", "rejected", "busy"], size=n,
                              p=[ans, (1 - ans) * 0.6, (1 - ans) * 0.3, (1 - ans) * 0.1])
        for t, q, r in zip(ts, people, res, strict=False):
            dur = self.rng.uniform(*long_dur) if self.rng.random() < long_p else max(3, self.rng.lognormal(np.log(med), 0.7))
            c = cells[self.rng.integers(len(cells))] if cells is not None else None
            self.call(t, p_num, self.msisdn[q], dur, r, imei=imei, imsi=imsi, ccell=c, ecell=self.home_cell[q],
                      ctype=ctype, gw=gw)
        return ts, res

    def lookalikes(self):
        rng = self.rng
        L = LOOKALIKES
        days = range(self.ndays)
        def dow(d):
            return (d + 4) % 7
        # couriers: many short calls and pick-up SMS to strangers, moving across cells
        for p in self.la_people("courier", L["courier"], (self.age >= 22) & (self.age <= 50)):
            r = self.region[p]
            route = [self.cell_of(r) for _ in range(10)]
            for d in days:
                if rng.random() < 0.12:
                    continue
                n = int(rng.integers(40, 95))
                people = self.strangers(n, r)
                self.busy_caller(self.msisdn[p], self.imei[p], self.imsi[p], route, d, n, (8.5, 19), 0.74, 22, people)
                for q in people[: int(n * 0.6)]:
                    self.sms(self.day_t(d, 8.5, 19), self.msisdn[p], self.msisdn[q],
                             f"您好，您的快递已放小区驿站，取件码{rng.integers(1, 30)}-{rng.integers(1, 6)}-{rng.integers(1000, 9999)}，有问题回电。",
                             self.imei[p], route[rng.integers(10)])
                    if rng.random() < 0.1:
                        self.call(self.day_t(d, 9, 20), self.msisdn[q], self.msisdn[p], rng.uniform(10, 60),
                                  imei=self.imei[q], imsi=self.imsi[q], ccell=self.home_cell[q], ecell=route[0])
                for c in route:
                    self.dev(self.day_t(d, 8, 19), self.msisdn[p], self.imsi[p], self.imei[p], c, "location_update")
        # ride-hailing drivers: very short calls to passengers, evenings and nights, whole city
        for p in self.la_people("ride_hailing", L["ride_hailing"], (self.age >= 25) & (self.age <= 55)):
            r = self.region[p]
            self.app(self.t0 - 200 * DAY + rng.uniform(0, 100) * DAY, self.msisdn[p], "com.sdu.didi.gsui", "install")
            for d in days:
                n = int(rng.integers(12, 40))
                cells = [self.cell_of(r) for _ in range(15)]
                people = self.strangers(n, r)
                self.busy_caller(self.msisdn[p], self.imei[p], self.imsi[p], cells, d, n, (16, 26), 0.8, 18, people)
                for q in people[: n // 3]:
                    self.call(self.day_t(d, 16, 24), self.msisdn[q], self.msisdn[p], rng.uniform(8, 40),
                              imei=self.imei[q], imsi=self.imsi[q], ccell=self.home_cell[q], ecell=cells[0])
                for c in cells:
                    self.dev(self.day_t(d, 16, 24), self.msisdn[p], self.imsi[p], self.imei[p], c, "location_update")
                    self.dev(self.day_t(d, 16, 24), self.msisdn[p], self.imsi[p], self.imei[p], c, "data_session",
                             nbytes=int(rng.lognormal(14, 1)))
                self.app(self.day_t(d, 16, 18), self.msisdn[p], "com.sdu.didi.gsui", "use")
        # call centres / telemarketing on enterprise lines (broadband, insurance, education)
        for _c in range(L["call_centre_companies"]):
            lic = self.uid("bl")
            r = int(rng.integers(0, 9))
            for _ in range(int(rng.integers(4, 9))):
                num = self.fixed_numbers(1, REGIONS[r][1])[0]
                self.sub(num, lic, self.t0 - rng.uniform(300, 2500) * DAY, "fixed" if rng.random() < 0.6 else "voip",
                         "CTCC", None, "business_license", "enterprise", "ENT", None, prepaid=False, region=REGIONS[r][0])
                self.benign("msisdn", num, "call_centre", self.t0)
                for d in days:
                    if dow(d) >= 5:
                        continue
                    n = int(rng.integers(90, 240))
                    self.busy_caller(num, None, None, None, d, n, (9, 18), 0.3, 35, self.strangers(n), "fixed",
                                     long_p=0.02, long_dur=(300, 900))
        # insurance / real-estate agents on personal phones
        for p in self.la_people("sales_agent", L["sales_agent"], (self.age >= 24) & (self.age <= 55)):
            for d in days:
                n = int(rng.integers(25, 70))
                self.busy_caller(self.msisdn[p], self.imei[p], self.imsi[p], [self.work_cell[p], self.home_cell[p]], d,
                                 n, (9, 21), 0.45, 50, self.strangers(n, self.region[p]), long_p=0.05)
        # travellers abroad, including high-risk destinations
        for p in self.la_people("traveller_abroad", L["traveller_abroad"], (self.age >= 20) & (self.age <= 70)):
            cc = rng.choice(["KH", "MM", "PH", "LA", "TH", "VN", "MY", "JP", "SG"], p=[.15, .08, .13, .1, .2, .1, .1, .09, .05])
            d0 = int(rng.integers(0, self.ndays - 3))
            d1 = min(self.ndays, d0 + int(rng.integers(3, 9)))
            fam = self.contacts_of(p)
            if len(fam) == 0:
                continue
            for d in range(d0, d1):
                self.idle_day(d, self.msisdn[p], self.imsi[p], self.imei[p], None, 2, True, cc)
                for _ in range(int(rng.integers(1, 5))):
                    q = fam[rng.integers(len(fam))]
                    self.call(self.day_t(d, 8, 23), self.msisdn[p], self.msisdn[q], rng.lognormal(np.log(240), 0.9),
                              imei=self.imei[p], imsi=self.imsi[p], ecell=self.home_cell[q], roam=cc, ctype="intl_in",
                              media="video" if rng.random() < 0.3 else "voice")
                for _ in range(int(rng.integers(0, 4))):
                    q = fam[rng.integers(len(fam))]
                    self.sms(self.day_t(d, 8, 23), self.msisdn[p], self.msisdn[q], None, self.imei[p], None, cc)
        # dual-SIM phones: a second card from another operator in the same handset
        for p in self.la_people("dual_sim", L["dual_sim"], (self.age >= 22) & (self.age <= 60)):
            ln = self.new_mobile(self.id_key[p], self.t0 - rng.uniform(100, 1500) * DAY, self.region[p])
            self.benign("msisdn", ln["msisdn"], "dual_sim", self.t0)
            fam = self.contacts_of(p)
            for d in days:
                self.dev(self.day_t(d, 6, 9), ln["msisdn"], ln["imsi"], self.imei[p], self.home_cell[p], "attach")
                for _ in range(int(rng.integers(1, 8))):
                    q = fam[rng.integers(len(fam))] if len(fam) and rng.random() < 0.4 else self.strangers(1, self.region[p])[0]
                    self.call(self.day_t(d, 9, 19), ln["msisdn"], self.msisdn[q], rng.lognormal(np.log(70), 0.9),
                              imei=self.imei[p], imsi=ln["imsi"], ccell=self.work_cell[p], ecell=self.home_cell[q])
        # phone repair shops: one test handset sees many customers' SIMs
        for p in self.la_people("phone_repair", L["phone_repair"], (self.age >= 25) & (self.age <= 60)):
            test = self.imeis(1)[0]
            self.benign("imei", test, "phone_repair", self.t0)
            shop = self.work_cell[p]
            for d in days:
                for q in self.strangers(int(rng.integers(2, 7)), self.region[p]):
                    t = self.day_t(d, 9.5, 20)
                    self.dev(t, self.msisdn[q], self.imsi[q], test, shop, "power_on")
                    self.dev(t + 30, self.msisdn[q], self.imsi[q], test, shop, "attach")
                    if rng.random() < 0.5:
                        self.call(t + 120, self.msisdn[q], "10086", rng.uniform(5, 30), imei=test, imsi=self.imsi[q],
                                  ccell=shop)
                    self.dev(t + rng.uniform(300, 1800), self.msisdn[q], self.imsi[q], test, shop, "detach")
        # family plans: one ID holds 3-5 lines (children, parents)
        for p in self.la_people("family_plan", L["family_plan"], (self.age >= 35) & (self.age <= 60)):
            self.benign("id_key", self.id_key[p], "family_plan", self.t0)
            members = []
            for _ in range(int(rng.integers(2, 5))):
                ln = self.new_mobile(self.id_key[p], self.t0 - rng.uniform(30, 2000) * DAY, self.region[p])
                ln["imei"] = self.imeis(1)[0]
                members.append(ln)
                self.benign("msisdn", ln["msisdn"], "family_plan", self.t0)
            for d in days:
                for m in members:
                    self.idle_day(d, m["msisdn"], m["imsi"], m["imei"], self.home_cell[p], 1, rng.random() < 0.7)
                    if rng.random() < 0.6:
                        self.call(self.day_t(d, 7, 22), m["msisdn"], self.msisdn[p], rng.lognormal(np.log(90), 0.8),
                                  imei=m["imei"], imsi=m["imsi"], ccell=self.home_cell[p], ecell=self.home_cell[p])
                    if rng.random() < 0.3:
                        o = members[rng.integers(len(members))]
                        self.sms(self.day_t(d, 7, 22), m["msisdn"], o["msisdn"], None, m["imei"], self.home_cell[p])
        # dormant cards that wake up in the evaluation days and call family
        for p in self.la_people("dormant_waker_owner", L["dormant_waker"], label=False):
            ln = self.new_mobile(self.id_key[p], self.t0 - rng.uniform(200, 1500) * DAY, self.region[p], prepaid=True)
            self.benign("msisdn", ln["msisdn"], "dormant_waker", self.t_eval)
            imei = self.imeis(1)[0]
            fam = self.contacts_of(p)[:5]
            d0 = self.days_hist + int(rng.integers(0, self.days))
            for d in range(d0, self.ndays):
                self.idle_day(d, ln["msisdn"], ln["imsi"], imei, self.home_cell[p], 1, False)
                for q in fam[: int(rng.integers(1, len(fam) + 1))] if len(fam) else []:
                    self.call(self.day_t(d, 9, 21), ln["msisdn"], self.msisdn[q], rng.uniform(60, 1500), imei=imei,
                              imsi=ln["imsi"], ccell=self.home_cell[p], ecell=self.home_cell[q])
        # people who change number and tell all their contacts
        for p in self.la_people("number_change_owner", L["number_changer"], (self.age >= 20) & (self.age <= 65), label=False):
            d0 = int(rng.integers(2, self.ndays - 1))
            ln = self.new_mobile(self.id_key[p], self.t0 + (d0 - rng.uniform(0, 2)) * DAY, self.region[p])
            self.benign("msisdn", ln["msisdn"], "number_changer", self.t0 + d0 * DAY)
            fam = self.contacts_of(p)
            for q in fam:
                self.sms(self.day_t(d0, 9, 22), ln["msisdn"], self.msisdn[q],
                         "你好，我是" + rng.choice(["小林", "阿华", "老陈", "淑芬", "志强"]) + "，我换号了，这是新号码，请惠存，旧号过几天停用。",
                         self.imei[p], self.home_cell[p])
            for d in range(d0, self.ndays):
                self.dev(self.day_t(d, 6, 9), ln["msisdn"], ln["imsi"], self.imei[p], self.home_cell[p], "attach")
                for q in fam[rng.integers(0, len(fam), int(rng.integers(1, 6)))] if len(fam) else []:
                    self.call(self.day_t(d, 9, 22), ln["msisdn"], self.msisdn[q], rng.lognormal(np.log(80), 0.8),
                              imei=self.imei[p], imsi=ln["imsi"], ccell=self.home_cell[p], ecell=self.home_cell[q])
        # merchants: many small incoming payments, lumps out to suppliers
        for p in self.la_people("merchant_owner", L["merchant"], (self.age >= 25) & (self.age <= 65), label=False):
            a = self.uid("ac")
            self.bank(a, self.id_key[p], self.t0 - rng.uniform(60, 2000) * DAY, msisdn=self.msisdn[p])
            self.benign("account", a, "merchant")
            sup = self.merchants[rng.integers(len(self.merchants))]
            for d in days:
                n = int(rng.integers(25, 110))
                for q in self.strangers(n, self.region[p]):
                    self.xfer(self.day_t(d, 7, 22), self.acct[q], a, round(rng.lognormal(3.3, 0.8), 2),
                              "third_party", self.msisdn[q])
                for _ in range(int(rng.integers(1, 3))):
                    self.xfer(self.day_t(d, 21, 23.5), a, sup if rng.random() < 0.7 else self.acct[p],
                              round(rng.uniform(1500, 12000), 2), "mobile_app", self.msisdn[p])
        # landlords: rent from many tenants around the 1st, forwarded to a mortgage account
        rent_day = (datetime(2026, 6, 1, tzinfo=CST).timestamp() - self.t0) / DAY
        for p in self.la_people("landlord_owner", L["landlord"], self.age >= 35, label=False):
            a = self.acct[p]
            self.benign("account", a, "landlord")
            tot, last = 0.0, self.t0
            for q in self.strangers(int(rng.integers(5, 16)), self.region[p]):
                t = self.t0 + (rent_day + rng.uniform(-2, 2)) * DAY + rng.uniform(8, 22) * HOUR
                if self.t0 <= t < self.t_end:
                    amt = float(rng.choice([1500, 1800, 2200, 2600, 3200, 4500]))
                    self.xfer(t, self.acct[q], a, amt, "mobile_app", self.msisdn[q])
                    tot, last = tot + amt, max(last, t)
            if tot:
                self.xfer(min(last + rng.uniform(1, 20) * HOUR, self.t_end - 60), a, self.uid("mort"), tot * 0.8, "mobile_app",
                          self.msisdn[p])
        # marketing SMS on 106 ports with opt-out text
        brands = [("京东", "m.jd.com"), ("美团", "www.meituan.com"), ("屈臣氏", "www.watsons.com.cn"),
                  ("中国移动", "www.10086.cn"), ("兴业银行", "www.cib.com.cn"), ("永辉超市", "www.yonghui.com.cn"),
                  ("安踏", "www.anta.com"), ("携程", "www.ctrip.com")]
        for k in range(L["marketing_ports"]):
            port = f"10690{rng.integers(10 ** 6, 10 ** 7)}"
            b, dom = brands[k % len(brands)]
            self.benign("msisdn", port, "marketing_sms", self.t0)
            for d in days:
                n = int(rng.integers(300, 1200))
                for q in self.rng.integers(0, self.N, n):
                    t = self.day_t(d, 9, 21)
                    self.sms(t, port, self.msisdn[q], f"【{b}】618年中大促，全场满300减50，点击 https://{dom}/618 查看，回T退订")
                    if rng.random() < 0.01:
                        self.web(t + rng.uniform(1, 120) * 60, self.msisdn[q], dom, f"https://{dom}/618",
                                 self.dom_ip.get(dom, "101.37.1.1"))
        # IT support with remote-control apps
        for p in self.la_people("it_support", L["it_support"], (self.age >= 22) & (self.age <= 50)):
            app = rng.choice(["com.oray.sunlogin.application", "com.youqu.todesk"])
            for d in days:
                if dow(d) >= 6:
                    continue
                for q in self.strangers(int(rng.integers(4, 14))):
                    t = self.day_t(d, 9, 19)
                    dur = rng.uniform(300, 2400)
                    self.call(t, self.msisdn[p], self.msisdn[q], dur, imei=self.imei[p], imsi=self.imsi[p],
                              ccell=self.work_cell[p], ecell=self.home_cell[q])
                    if rng.random() < 0.4:
                        self.app(t + 120, self.msisdn[q], app, "install", "https://sunlogin.oray.com/" if "oray" in app else "https://www.todesk.com/")
                    self.app(t + 200, self.msisdn[q], app, "use")
        # teachers and community organisers notify many parents at once
        for p in self.la_people("teacher_organiser", L["teacher"], (self.age >= 24) & (self.age <= 58)):
            parents = self.strangers(int(rng.integers(30, 55)), self.region[p])
            for d in days:
                if rng.random() < 0.5:
                    t = self.day_t(d, 16, 21)
                    txt = rng.choice(["各位家长好，明天学校组织体检，请孩子空腹到校。", "社区通知：本周六上午开展免费义诊，地点在活动中心。",
                                      "家长您好，本周作业已发到班级群，请督促孩子完成。"])
                    for j, q in enumerate(parents):
                        self.sms(t + j * rng.uniform(2, 8), self.msisdn[p], self.msisdn[q], txt, self.imei[p],
                                 self.work_cell[p])
                for q in parents[rng.integers(0, len(parents), int(rng.integers(0, 5)))]:
                    self.call(self.day_t(d, 12, 21), self.msisdn[p], self.msisdn[q], rng.uniform(60, 600),
                              imei=self.imei[p], imsi=self.imsi[p], ccell=self.work_cell[p], ecell=self.home_cell[q])
        # licensed debt collection: repeated calls to a debtor list
        for c in range(L["debt_collection_lines"]):
            lic = self.uid("bl") if c % 5 == 0 or c == 0 else lic
            num = self.fixed_numbers(1, "592")[0]
            self.sub(num, lic, self.t0 - rng.uniform(200, 1200) * DAY, "voip", "CUCC", None, "business_license",
                     "enterprise", "ENT", None, prepaid=False, region="Xiamen")
            self.benign("msisdn", num, "debt_collection", self.t0)
            debtors = self.strangers(200)
            for d in days:
                n = int(rng.integers(60, 150))
                self.busy_caller(num, None, None, None, d, n, (8.5, 20), 0.35, 70, debtors[rng.integers(0, 200, n)],
                                 "voip", "COLL-GW-2", long_p=0.04)
        # hospital appointment reminder lines
        for _c in range(L["hospital_lines"]):
            r = int(rng.integers(0, 9))
            num = self.fixed_numbers(1, REGIONS[r][1])[0]
            self.sub(num, self.uid("bl"), self.t0 - rng.uniform(500, 3000) * DAY, "fixed", "CTCC", None,
                     "business_license", "enterprise", "ENT", None, prepaid=False, region=REGIONS[r][0])
            self.benign("msisdn", num, "hospital_reminder", self.t0)
            for d in days:
                n = int(rng.integers(40, 110))
                self.busy_caller(num, None, None, None, d, n, (8, 17.5), 0.62, 40, self.strangers(n, r), "fixed")
        # elderly people with very long daily calls to family
        for p in self.la_people("elderly_long_calls", L["elderly_long"], self.age >= 65):
            fam = self.contacts_of(p)[:4]
            if len(fam) == 0:
                continue
            for d in days:
                for _ in range(int(rng.integers(1, 4))):
                    q = fam[rng.integers(len(fam))]
                    self.call(self.day_t(d, 8, 21), self.msisdn[p], self.msisdn[q], rng.uniform(1800, 6000),
                              imei=self.imei[p], imsi=self.imsi[p], ccell=self.home_cell[p], ecell=self.home_cell[q],
                              media="video" if rng.random() < 0.3 else "voice")
        # students registering many new internet accounts
        for p in self.la_people("student_accounts", L["student_accounts"], self.age <= 23):
            for plat in rng.choice(["genshin", "steam", "taptap", "bilibili", "douyin", "qq", "xiaohongshu", "pinduoduo",
                                    "netease_game", "wechat", "meituan", "keep"], int(rng.integers(6, 14))):
                self.inet(plat, self.uid("st"), self.msisdn[p], self.day_t(int(rng.integers(0, self.ndays))))
        # ordinary people on new MVNO (170/171) cards
        for p in self.la_people("mvno_owner", L["mvno_user"], (self.age >= 20) & (self.age <= 45), label=False):
            ln = self.new_mobile(self.id_key[p], self.t0 - rng.uniform(5, 40) * DAY, self.region[p], mvno=True)
            imei = self.imeis(1)[0]
            self.benign("msisdn", ln["msisdn"], "mvno_new_card", self.t0)
            fam = self.contacts_of(p)
            for d in days:
                self.idle_day(d, ln["msisdn"], ln["imsi"], imei, self.home_cell[p], 2, True)
                for _ in range(int(rng.integers(1, 6))):
                    q = fam[rng.integers(len(fam))] if len(fam) and rng.random() < 0.6 else self.strangers(1, self.region[p])[0]
                    self.call(self.day_t(d, 8, 23), ln["msisdn"], self.msisdn[q], rng.lognormal(np.log(60), 1),
                              "answered" if rng.random() < 0.7 else "no_answer", imei=imei, imsi=ln["imsi"],
                              ccell=self.home_cell[p], ecell=self.home_cell[q])
        # IoT fleets: a logistics firm's GPS trackers, many cards on one business licence, data only
        for _c in range(L["iot_fleets"]):
            lic = self.uid("bl")
            self.benign("id_key", lic, "iot_fleet", self.t0)
            r = int(rng.integers(0, 9))
            for _ in range(int(rng.integers(15, 40))):
                num = f"86{rng.choice(['1440', '1064', '1410'])}{rng.integers(10 ** 8, 10 ** 9)}"
                imsi = f"46004{rng.integers(0, 10 ** 10):010d}"
                imei = self.imeis(1, ["86430203"])[0]
                self.sub(num, lic, self.t0 - rng.uniform(5, 600) * DAY, "iot", "CMCC", imsi, "business_license",
                         "enterprise", "ENT-IOT", None, prepaid=False, region=REGIONS[r][0])
                for d in days:
                    for _ in range(int(rng.integers(2, 6))):
                        self.dev(self.day_t(d, 5, 23), num, imsi, imei, self.cell_of(r), "data_session",
                                 nbytes=int(rng.lognormal(9, 0.6)))
        # the real e-commerce platform's after-sales lines calling customers about refunds
        lic = self.uid("bl")
        shoppers = np.where(self.shopper)[0]
        for _c in range(L["platform_cs_lines"]):
            num = f"86571{rng.integers(10 ** 7, 10 ** 8)}"
            self.sub(num, lic, self.t0 - rng.uniform(800, 3000) * DAY, "fixed", "CTCC", None, "business_license",
                     "enterprise", "ENT", None, prepaid=False, region="Zhejiang")
            self.benign("msisdn", num, "platform_customer_service", self.t0)
            for d in days:
                n = int(rng.integers(30, 80))
                self.busy_caller(num, None, None, None, d, n, (9, 21), 0.55, 90, rng.choice(shoppers, n), "fixed",
                                 long_p=0.06, long_dur=(600, 1500))

    # ---------------------------------------------------------------- reports, lists, output
    def reports_and_lists(self):
        rng = self.rng
        # label noise: annoyed users report some benign busy numbers as fraud
        ents = self.st.frame("truth/entities")
        ben = ents[(ents.role == "benign") & (ents.entity_type == "msisdn") &
                   ents.scheme.isin(["call_centre", "debt_collection", "courier", "sales_agent", "platform_customer_service"])]
        for e in ben.sample(min(len(ben), LOOKALIKES["noise_reports"]), random_state=self.seed).entity:
            self.report(self.t0 + rng.uniform(0.5, self.ndays - 0.5) * DAY, "msisdn", e, "fraud", "other", None,
                        "user_report")
        # a few internal clearances (benign) of look-alikes after review
        for e in ben.sample(min(len(ben), 4), random_state=self.seed + 1).entity:
            self.report(self.t0 + rng.uniform(1, self.ndays - 0.5) * DAY, "msisdn", e, "benign", None, None, "internal")
        # reports and block entries for older fraud numbers seen before this period
        old = self.numbers(60, MVNO_PREFIXES + ["131", "156", "188", "199"])
        for m in old:
            t = self.t0 - rng.uniform(1, 80) * DAY
            self.st.row("reports", time=t, entity_type="msisdn", entity=m, label="fraud",
                        fraud_type=rng.choice(["customer_service", "loan", "impersonate_police", "other"]), loss_amount=None,
                        source=rng.choice(["police", "user_report"]))
            if rng.random() < 0.6:
                self.st.row("lists", entity_type="msisdn", entity=m, list="block", reason="police notice",
                            added_time=t + DAY, expires_time=t + 180 * DAY)
        for d in ["wx-tb-tuikuan.com", "ecitic-jfdh.top", "gjzwfw-jk.cc"]:
            self.st.row("lists", entity_type="domain", entity=d, list="block", reason="phishing (earlier campaign)",
                        added_time=self.t0 - rng.uniform(10, 60) * DAY, expires_time=None)
        # allow list: bank hotlines, operators, half of the hospital lines
        for code in list(BANK_SMS.values()) + list(SHORT_CODES):
            self.st.row("lists", entity_type="msisdn", entity=code, list="allow", reason="service number",
                        added_time=self.t0 - 400 * DAY, expires_time=None)
        hosp = ents[(ents.scheme == "hospital_reminder")].entity.tolist()
        for e in hosp[: len(hosp) // 2]:
            self.st.row("lists", entity_type="msisdn", entity=e, list="allow", reason="hospital", added_time=self.t0 - 90 * DAY,
                        expires_time=None)
        # cards sold but not (yet) used by a gang in this period
        for ln in self.spare_cards:
            self.truth("msisdn", ln["msisdn"], "card_seller", None, "card_seller_spare", None)

    def generate(self):
        self.build_cells()
        self.build_people()
        self.build_graph()
        self.by_region = [np.where(self.region == r)[0] for r in range(len(REGIONS))]
        self.reserved = np.zeros(self.N, dtype=bool)
        self.lookalike = np.zeros(self.N, dtype=bool)
        self.cards_sold, self.spare_cards = [], []
        self.victims_total = 0.0
        self.ordinary_voice()
        self.ordinary_sms()
        self.ordinary_device()
        self.ordinary_web_apps()
        self.ordinary_money()
        self.overseas_relatives()
        self.lookalikes()
        self.s_ecommerce_refund()
        self.s_police_abroad()
        self.s_simbox("G03", "simbox_goip", PARAMS["simbox_loud"], 0, 2)
        self.s_simbox("G03B", "simbox_goip_quiet", PARAMS["simbox_quiet"], self.days_hist, 4)
        self.s_sms_phishing()
        self.s_flight_refund()
        self.s_fake_loan()
        self.s_brushing()
        self.s_pig_butchering()
        self.s_leader_impersonation()
        self.s_wangiri()
        self.s_game_trading()
        self.reports_and_lists()

    def write(self, out):
        counts = {}
        for rt in SCHEMA:
            df = self.st.frame(rt)
            tcol = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
                    "transfers": "time", "reports": "time", "truth/events": "time"}.get(rt)
            if tcol:
                tt = pd.to_numeric(df[tcol])
                lo = -np.inf if rt == "reports" else self.t0
                df = df[(tt >= lo) & (tt < self.t_end)].sort_values(tcol, kind="stable").reset_index(drop=True)
            if rt == "subscribers":
                df = df.drop_duplicates("msisdn", keep="first")
            if rt == "truth/entities":
                df = df.drop_duplicates(["entity_type", "entity", "role"])
            if rt in ID_COL:
                c, _, tag = ID_COL[rt]
                df[c] = [f"fj{self.seed}{tag}{i:09d}" for i in range(len(df))]
            d = os.path.join(out, rt)
            os.makedirs(d, exist_ok=True)
            pq.write_table(to_table(df, rt), os.path.join(d, "part-0.parquet"))
            counts[rt] = len(df)
        return counts


PARAMS = {
    "ecommerce_refund": {"sims": 14, "handsets": 3, "days_per_sim": (3, 6), "calls_per_day": (30, 70), "answer": 0.33,
                         "hook": 0.05, "pay": 0.75},
    "police_abroad": {"roaming_sims": 6, "gateway_prefixes": ["855", "95", "63", "856", "855", "60"],
                      "calls_per_day": (20, 45), "answer": 0.28, "hook": 0.04, "pay": 0.7},
    "simbox_loud": {"sims": 64, "devices": 2, "slots": 16, "rest_days": 2, "calls_per_day": (45, 110), "answer": 0.2,
                    "hook": 0.008, "pay": 0.6, "ftype": "loan"},
    "simbox_quiet": {"sims": 16, "devices": 1, "slots": 8, "rest_days": 1, "calls_per_day": (15, 35), "answer": 0.3,
                     "hook": 0.012, "pay": 0.6, "ftype": "customer_service", "imei_change": True, "move": True},
    "sms_phishing": {"sims": 20, "modules": 4, "start_day": 6, "sms_per_day": (150, 350), "click": 0.008, "pay": 0.3,
                     "quiet_sms_per_day": (20, 40)},
    "flight_refund": {"sims": 5, "hotlines": 2, "sms_per_day": (40, 80), "callback": 0.03, "pay": 0.7},
    "fake_loan": {"voip_lines": 10, "calls_per_day": (80, 180), "answer": 0.25, "hook": 0.015, "pay": 0.6,
                  "fees": [600, 1999, 4999, 9800, 19800]},
    "brushing": {"sims": 8, "sms_per_day": (30, 60), "engage": 0.012, "pay": 0.8},
    "pig_butchering": {"groomers": 5, "victims_per_groomer": (3, 6), "msgs_per_day": (4, 16), "groom_days": (6, 10),
                       "convert": 0.7, "deposits": [20000, 50000, 100000, 150000]},
    "leader_impersonation": {"sims": 4, "family_sims": 2, "unit_size": (20, 50), "unit_hook": 0.12,
                             "family_targets": (25, 50), "family_hook": 0.1},
    "wangiri": {"prefixes": ["882", "247", "675", "216", "372", "690", "882", "53", "674", "239"],
                "calls_per_day": (200, 500), "hours": (0.0, 24.0), "callback": 0.004, "cny_per_min": 9.6},
    "game_trading": {"sims": 3, "sms_per_day": (10, 25), "click": 0.05, "pay": 0.5},
}
LOOKALIKES = {"courier": 40, "ride_hailing": 30, "call_centre_companies": 4, "sales_agent": 30,
              "traveller_abroad": 40, "dual_sim": 40, "phone_repair": 12, "family_plan": 35, "dormant_waker": 30,
              "number_changer": 30, "merchant": 40, "landlord": 20, "marketing_ports": 15, "it_support": 20,
              "teacher": 25, "debt_collection_lines": 15, "hospital_lines": 10, "elderly_long": 40,
              "student_accounts": 40, "mvno_user": 30, "platform_cs_lines": 10, "iot_fleets": 6, "noise_reports": 10}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--subscribers", type=int, default=15000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=5)
    a = ap.parse_args()
    t = time.time()
    pv = Province(a.seed, a.subscribers, a.days_history, a.days)
    pv.generate()
    counts = pv.write(a.out)
    print(json.dumps({"seed": a.seed, "out": a.out, "seconds": round(time.time() - t, 1), "rows": counts,
                      "victim_loss_cny": round(pv.victims_total, 2)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
