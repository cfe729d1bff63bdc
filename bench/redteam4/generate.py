"""Red team 4: a blind, independent synthetic Henan province in interchange v1, with ground truth.

Written without reading fraudwall's detection code (see README.md, "Blindness statement"). Every scheme,
look-alike and parameter comes from general knowledge of telecom fraud in China and was fixed before
fraudwall was run on the data.

    python bench/redteam4/generate.py --out DIR --seed S [--subscribers N] [--days-history H] [--days D]

Writes DIR/<type>/<type>.parquet for every interchange record type and DIR/truth/{entities,events}/,
and prints the row counts as JSON. Same seed -> byte-identical tables.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
START_LOCAL = datetime(2026, 9, 15)  # a Tuesday in mid-September (Mid-Autumn festival falls inside)
T0 = int(START_LOCAL.replace(tzinfo=UTC).timestamp()) - 8 * 3600  # local midnight as epoch seconds
DAY = 86400
NAN = float("nan")

# ---------------------------------------------------------------------------------------------- schema
# s: text, t: time, i: integer, f: float, b: boolean (mirrors shared/spec/interchange-v1.md)
SCHEMA: dict[str, dict[str, str]] = {
    "subscribers": dict(msisdn="s", imsi="s", id_key="s", id_type="s", customer_type="s", line_type="s",
                        operator="s", open_time="t", open_channel="s", open_cell="s", status="s",
                        status_time="t", is_prepaid="b", home_region="s"),
    "voice": dict(call_id="s", start_time="t", caller="s", callee="s", duration_s="i", ring_s="i",
                  result="s", caller_imei="s", caller_imsi="s", caller_cell="s", callee_cell="s",
                  caller_roaming_country="s", call_type="s", media="s", gateway="s"),
    "sms": dict(sms_id="s", send_time="t", sender="s", receiver="s", content="s", sender_imei="s",
                sender_cell="s", sender_roaming_country="s"),
    "device": dict(time="t", msisdn="s", imsi="s", imei="s", cell="s", event="s", roaming_country="s",
                   bytes="i"),
    "cells": dict(cell="s", lat="f", lon="f", region="s", site_type="s"),
    "web": dict(time="t", msisdn="s", domain="s", url="s", ip="s", bytes="i", app="s"),
    "apps": dict(time="t", msisdn="s", app="s", event="s", source_url="s"),
    "internet_accounts": dict(platform="s", account="s", msisdn="s", register_time="t", status="s"),
    "bank_accounts": dict(account_id="s", id_key="s", bank="s", open_time="t", bound_msisdn="s", status="s"),
    "transfers": dict(txn_id="s", time="t", from_account="s", to_account="s", amount="f", currency="s",
                      channel="s", initiated_msisdn="s"),
    "reports": dict(report_id="s", time="t", entity_type="s", entity="s", label="s", fraud_type="s",
                    loss_amount="f", source="s"),
    "lists": dict(entity_type="s", entity="s", list="s", reason="s", added_time="t", expires_time="t"),
    "truth_entities": dict(entity_type="s", entity="s", role="s", gang_id="s", scheme="s", first_active="t"),
    "truth_events": dict(victim="s", time="t", amount="f", to_account="s", scheme="s", gang_id="s"),
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "internet_accounts": "register_time", "transfers": "time", "reports": "time",
            "truth_events": "time", "subscribers": "open_time", "bank_accounts": "open_time"}
ID_COL = {"voice": ("call_id", "HAV"), "sms": ("sms_id", "HAS"), "transfers": ("txn_id", "HAT"),
          "reports": ("report_id", "HAR")}

# ---------------------------------------------------------------------------------------------- Henan
# name, area code, population weight, lat, lon
CITIES = [
    ("Zhengzhou", "371", 12.6, 34.75, 113.62), ("Kaifeng", "378", 4.8, 34.80, 114.31),
    ("Luoyang", "379", 7.1, 34.62, 112.45), ("Pingdingshan", "375", 5.0, 33.77, 113.19),
    ("Anyang", "372", 5.5, 36.10, 114.39), ("Hebi", "392", 1.6, 35.75, 114.30),
    ("Xinxiang", "373", 6.2, 35.30, 113.93), ("Jiaozuo", "391", 3.5, 35.22, 113.24),
    ("Puyang", "393", 3.8, 35.76, 115.03), ("Xuchang", "374", 4.4, 34.04, 113.85),
    ("Luohe", "395", 2.4, 33.58, 114.02), ("Sanmenxia", "398", 2.0, 34.77, 111.20),
    ("Nanyang", "377", 9.7, 33.00, 112.53), ("Shangqiu", "370", 7.8, 34.41, 115.66),
    ("Xinyang", "376", 6.2, 32.15, 114.09), ("Zhoukou", "394", 9.0, 33.63, 114.70),
    ("Zhumadian", "396", 7.0, 33.01, 114.02), ("Jiyuan", "391", 0.7, 35.07, 112.60),
]
PREFIXES = {
    "CMCC": [134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 184, 187, 188,
             195, 198],
    "CUCC": [130, 131, 132, 155, 156, 166, 175, 176, 185, 186, 196],
    "CTCC": [133, 149, 153, 173, 177, 180, 181, 189, 190, 191, 199],
    "CBN": [192],
}
MVNO = {"CUCC-MVNO": [170, 171, 167], "CTCC-MVNO": [162], "CMCC-MVNO": [165]}
OP_W = {"CMCC": 0.56, "CUCC": 0.17, "CTCC": 0.23, "CBN": 0.04}
MNC = {"CMCC": "46000", "CUCC": "46001", "CTCC": "46011", "CBN": "46015"}
BANKS = [("ICBC", "95588"), ("ABC", "95599"), ("CCB", "95533"), ("BOC", "95566"), ("PSBC", "95580"),
         ("CMB", "95555"), ("ZZBANK", "96288"), ("HNRCU", "96199")]
BANK_W = [0.2, 0.17, 0.16, 0.1, 0.14, 0.07, 0.06, 0.1]
COMMON_DOMAINS = [
    ("baidu.com", "com.baidu.searchbox"), ("weixin.qq.com", "com.tencent.mm"), ("qq.com", "com.tencent.mobileqq"),
    ("taobao.com", "com.taobao.taobao"), ("jd.com", "com.jingdong.app.mall"), ("douyin.com", "com.ss.android.ugc.aweme"),
    ("kuaishou.com", "com.smile.gifmaker"), ("bilibili.com", "tv.danmaku.bili"), ("163.com", None),
    ("sina.com.cn", None), ("12306.cn", "com.MobileTicket"), ("amap.com", "com.autonavi.minimap"),
    ("meituan.com", "com.sankuai.meituan"), ("pinduoduo.com", "com.xunmeng.pinduoduo"),
    ("alipay.com", "com.eg.android.AlipayGphone"), ("icbc.com.cn", "com.icbc"), ("ccb.com", "com.chinamworld.main"),
    ("henan.gov.cn", None), ("zhengzhou.gov.cn", None), ("dahe.cn", None), ("zhaopin.com", "com.zhaopin.social"),
    ("58.com", "com.wuba"), ("ke.com", "com.lianjia.beike"), ("ctrip.com", "ctrip.android.view"),
    ("huawei.com", None), ("mi.com", None), ("xiaohongshu.com", "com.xingin.xhs"), ("toutiao.com", "com.ss.android.article.news"),
    ("hnzwfw.gov.cn", None), ("chsi.com.cn", None),
]
DOM_W = np.array([9, 14, 6, 7, 5, 12, 6, 4, 2, 2, 1.5, 3, 4, 5, 4, 1, 1, 0.8, 0.6, 1.5, 0.7, 1, 0.6, 1, 0.7, 0.5, 3,
                  3, 0.5, 0.3])
COMMON_APPS = ["com.tencent.mm", "com.tencent.mobileqq", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme",
               "com.taobao.taobao", "com.jingdong.app.mall", "com.sankuai.meituan", "com.xunmeng.pinduoduo",
               "com.smile.gifmaker", "com.autonavi.minimap", "tv.danmaku.bili", "com.icbc", "com.chinamworld.main",
               "com.unionpay", "com.hicorenational.antifraud", "com.xingin.xhs", "com.sdu.didi.psnger",
               "com.tencent.wemeet"]
APP_W = np.array([20, 6, 10, 12, 6, 4, 5, 6, 5, 4, 3, 1, 1, 1, 0.6, 3, 2, 0.8])
PLATFORMS = ["wechat", "qq", "alipay", "taobao", "douyin", "kuaishou", "meituan", "pinduoduo", "jd", "xianyu",
             "weibo", "xiaohongshu", "didi", "12306"]
P2P_TEXTS = ["到家了吗", "晚上一起吃饭", "明天几点出发", "收到，谢谢", "孩子放学了没", "中秋回来吗", "妈，我这周末回去",
             "开会中，稍后回电", "快递到了帮我拿一下", "好的", "烩面馆见", "月饼收到了", "钱转你了", "下午去医院看看"]
HOUR_W = np.array([0.3, 0.15, 0.1, 0.08, 0.1, 0.3, 1.2, 3, 5, 6.5, 7, 7, 6, 5.5, 6, 6.5, 6.5, 6.5, 6, 6.2,
                   6, 4.5, 2.6, 1])
HOUR_W = HOUR_W / HOUR_W.sum()
WORK_W = np.array([0, 0, 0, 0, 0, 0, 0.2, 1, 5, 8, 8, 7, 3, 3, 7, 8, 8, 7, 4, 1, 0.3, 0, 0, 0])
WORK_W = WORK_W / WORK_W.sum()


def h16(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def luhn_imei(body14: str) -> str:
    s = 0
    for i, ch in enumerate(body14):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return body14 + str((10 - s % 10) % 10)


class World:
    """Accumulates table chunks (numpy columns) and writes them once."""

    def __init__(self, seed: int, n: int, hist: int, days: int):
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.n = n
        self.hist = hist
        self.ndays = hist + days
        self.t_end = T0 + self.ndays * DAY
        self.chunks: dict[str, list[dict]] = defaultdict(list)
        self.used_numbers: set[str] = set()
        self.imei_i = 0
        self.key_i = 0

    # ---------------------------------------------------------------- records
    def add(self, table: str, **cols) -> None:
        sch = SCHEMA[table]
        n = max((len(v) for v in cols.values() if isinstance(v, np.ndarray | list)), default=1)
        out = {}
        for k, v in cols.items():
            kind = sch[k]
            if isinstance(v, np.ndarray | list):
                a = np.asarray(v)
                a = a.astype(object) if kind in "sb" else a.astype(np.float64)
            elif kind in "sb":
                a = np.full(n, v, dtype=object)
            else:
                a = np.full(n, NAN if v is None else float(v))
            assert len(a) == n, (table, k, len(a), n)
            out[k] = a
        self.chunks[table].append(out)

    def write(self, out: Path) -> dict[str, int]:
        counts = {}
        for table, sch in SCHEMA.items():
            chunks = self.chunks.get(table, [])
            if not chunks:
                continue
            cols = {}
            for c, kind in sch.items():
                parts = []
                for ch in chunks:
                    m = len(next(iter(ch.values())))
                    if c in ch:
                        parts.append(ch[c])
                    else:
                        parts.append(np.full(m, None, dtype=object) if kind in "sb" else np.full(m, NAN))
                cols[c] = np.concatenate(parts)
            n = len(cols[next(iter(sch))])
            if table in TIME_COL and table not in ("subscribers", "bank_accounts"):
                inside = cols[TIME_COL[table]] < self.t_end  # nothing after the last day of the data
                cols = {k: v[inside] for k, v in cols.items()}
                n = int(inside.sum())
            if table in TIME_COL:
                tc = cols[TIME_COL[table]]
                sec = [cols[k] for k in sch if sch[k] == "s" and k not in ("content",)][:3]
                keys = [np.array([str(x) for x in s]) for s in reversed(sec)] + [tc]
                order = np.lexsort(keys)
                cols = {k: v[order] for k, v in cols.items()}
            if table not in ID_COL and table not in ("internet_accounts",):
                # key-less record types: a row is its own identity, so drop exact repeats (chance collisions)
                allk = [np.array(["" if x is None else str(x) for x in cols[k]]) if sch[k] in "sb"
                        else np.nan_to_num(cols[k], nan=-1.0) for k in reversed(list(sch))]
                order = np.lexsort(allk)
                same = np.ones(n, dtype=bool)
                same[0] = False
                for a in allk:
                    s = a[order]
                    same[1:] &= s[1:] == s[:-1]
                keep = np.sort(order[~same])
                cols = {k: v[keep] for k, v in cols.items()}
                n = len(keep)
            if table in ID_COL:
                name, pre = ID_COL[table]
                cols[name] = np.array([f"{pre}{self.seed:03d}{i:09d}" for i in range(n)], dtype=object)
            arrays = []
            for c, kind in sch.items():
                v = cols[c]
                if kind == "s":
                    arrays.append(pa.array(v, type=pa.string()))
                elif kind == "b":
                    arrays.append(pa.array(v, type=pa.bool_()))
                else:
                    mask = np.isnan(v)
                    if kind == "t":
                        arrays.append(pa.array(np.where(mask, 0, v).astype(np.int64), mask=mask,
                                               type=pa.timestamp("s", tz=TZ)))
                    elif kind == "i":
                        arrays.append(pa.array(np.where(mask, 0, v).astype(np.int64), mask=mask, type=pa.int64()))
                    else:
                        arrays.append(pa.array(np.round(np.where(mask, 0, v), 2), mask=mask, type=pa.float64()))
            tab = pa.Table.from_arrays(arrays, names=list(sch))
            if table.startswith("truth_"):
                d = out / "truth" / table[6:]
                fname = table[6:]
            else:
                d = out / table
                fname = table
            d.mkdir(parents=True, exist_ok=True)
            pq.write_table(tab, d / f"{fname}.parquet", compression="zstd", row_group_size=500_000)
            counts[table] = n
        return counts

    # ---------------------------------------------------------------- identities
    def numbers(self, n: int, op: str | None = None, prefixes: list[int] | None = None) -> list[str]:
        rng = self.rng
        if prefixes is None:
            prefixes = PREFIXES[op] if op else sum(PREFIXES.values(), [])
        res: list[str] = []
        while len(res) < n:
            m = n - len(res)
            p = rng.choice(prefixes, m)
            s = rng.integers(0, 100_000_000, m)
            for a, b in zip(p, s, strict=True):
                x = f"86{a}{b:08d}"
                if x not in self.used_numbers:
                    self.used_numbers.add(x)
                    res.append(x)
        return res

    def fixed(self, code: str, n: int = 1, lead: str | None = None) -> list[str]:
        digits = 8 if code in ("371",) else 7
        res = []
        while len(res) < n:
            first = lead or str(self.rng.integers(2, 9))
            x = f"86{code}{first}{int(self.rng.integers(0, 10 ** (digits - len(first)))):0{digits - len(first)}d}"
            if x not in self.used_numbers:
                self.used_numbers.add(x)
                res.append(x)
        return res

    def imeis(self, n: int, tac: str | None = None) -> list[str]:
        tacs = ["86201104", "86769604", "35391110", "86437005", "86891204", "35260511", "86980903", "86007803"]
        out = []
        for _ in range(n):
            self.imei_i += 1
            t = tac or tacs[int(self.rng.integers(0, len(tacs)))]
            out.append(luhn_imei(t + f"{(self.imei_i * 7919 + self.seed * 31) % 1_000_000:06d}"))
        return out

    def key(self, kind: str) -> str:
        self.key_i += 1
        return f"{kind}_{h16(self.seed, kind, self.key_i)}"

    def imsi(self, op: str) -> str:
        return MNC.get(op.split("-")[0], "46000") + f"{int(self.rng.integers(0, 10**10)):010d}"

    def day_times(self, day: np.ndarray, w: np.ndarray = HOUR_W) -> np.ndarray:
        n = len(day)
        h = self.rng.choice(24, n, p=w)
        return T0 + day * DAY + h * 3600 + self.rng.integers(0, 3600, n)

    def truth(self, etype: str, entity, role: str, gang: str | None, scheme: str, first) -> None:
        ents = entity if isinstance(entity, list | np.ndarray) else [entity]
        if not len(ents):
            return
        fa = first if isinstance(first, list | np.ndarray) else np.full(len(ents), first, dtype=float)
        self.add("truth_entities", entity_type=etype, entity=list(ents), role=role, gang_id=gang,
                 scheme=scheme, first_active=np.asarray(fa, dtype=float))


# ================================================================================================ people
class People:
    """Ordinary residents: one mobile card each, a device, a bank account, contacts."""

    def __init__(self, w: World):
        rng, n = w.rng, w.n
        self.w = w
        cw = np.array([c[2] for c in CITIES])
        self.city = rng.choice(len(CITIES), n, p=cw / cw.sum())
        # cells
        cell_ids, cell_city, lat, lon, region, stype = [], [], [], [], [], []
        self.city_cells: list[np.ndarray] = []
        k = 0
        for ci, (name, code, wt, la, lo) in enumerate(CITIES):
            m = int(8 + wt * 3)
            idx = []
            for j in range(m):
                cell_ids.append(f"HA{code}{ci:02d}-{j:04d}")
                cell_city.append(ci)
                lat.append(la + rng.normal(0, 0.06))
                lon.append(lo + rng.normal(0, 0.07))
                region.append(f"Henan/{name}")
                stype.append("indoor" if j % 9 == 4 else ("small" if j % 7 == 3 else "macro"))
                idx.append(k)
                k += 1
            self.city_cells.append(np.array(idx))
        self.cells = np.array(cell_ids, dtype=object)
        self.cell_city = np.array(cell_city)
        w.add("cells", cell=self.cells, lat=np.round(lat, 5), lon=np.round(lon, 5), region=region, site_type=stype)
        pick = lambda c: np.array([self.city_cells[x][int(u * len(self.city_cells[x]))]  # noqa: E731
                                   for x, u in zip(c, rng.random(len(c)), strict=True)])
        self.home = pick(self.city)
        self.work = np.where(rng.random(n) < 0.75, pick(self.city), self.home)
        ops = list(OP_W)
        self.op = rng.choice(ops, n, p=list(OP_W.values()))
        mv = rng.random(n) < 0.04
        self.op = self.op.astype(object)
        self.msisdn = np.empty(n, dtype=object)
        for o in ops:
            sel = np.flatnonzero((self.op == o) & ~mv)
            self.msisdn[sel] = w.numbers(len(sel), o)
        mvsel = np.flatnonzero(mv)
        mvops = list(MVNO)
        for i in mvsel:
            o = mvops[int(rng.integers(0, len(mvops)))]
            self.op[i] = o
            self.msisdn[i] = w.numbers(1, prefixes=MVNO[o])[0]
        self.imsi = np.array([w.imsi(o) for o in self.op], dtype=object)
        self.imei = np.array(w.imeis(n), dtype=object)
        self.id_key = np.array([f"id_{h16(w.seed, 'person', i)}" for i in range(n)], dtype=object)
        self.age = np.clip(rng.normal(42, 16, n), 16, 88).astype(int)
        years = np.minimum(rng.exponential(5, n) + 0.3, 21)
        self.open_time = T0 - (years * 365 * DAY).astype(np.int64) + rng.integers(0, DAY, n)
        self.prepaid = rng.random(n) < 0.2
        self.acct = np.array([f"ac_{h16(w.seed, 'acct', i)}" for i in range(n)], dtype=object)
        self.bank = rng.choice(len(BANKS), n, p=BANK_W)
        self.lam_call = rng.gamma(2.0, 1.6, n) * np.where(self.age > 70, 0.6, 1.0)
        self.lam_sms = rng.gamma(1.5, 0.6, n)
        self.lam_web = rng.gamma(2.0, 1.3, n) * np.where(self.age > 65, 0.3, 1.0)
        self.reserved = np.zeros(n, dtype=bool)  # looked-alike, victim, mule holder or gang-adjacent
        self.lookalike = np.zeros(n, dtype=bool)
        self.silent = np.zeros(n, dtype=bool)  # no background traffic (dormant cards etc.)
        self.quiet_until = np.zeros(n, dtype=int)  # background starts on this day
        # contacts: 80% same city, 20% anywhere; undirected
        deg = np.clip(rng.geometric(0.09, n), 3, 60)
        src = np.repeat(np.arange(n), deg)
        same = rng.random(len(src)) < 0.8
        order = np.argsort(self.city, kind="stable")
        csize = np.bincount(self.city, minlength=len(CITIES))
        cstart = np.concatenate([[0], np.cumsum(csize)[:-1]])
        c = self.city[src]
        dst_same = order[cstart[c] + (rng.random(len(src)) * csize[c]).astype(int)]
        dst_any = rng.integers(0, n, len(src))
        dst = np.where(same, dst_same, dst_any)
        ok = dst != src
        a = np.concatenate([src[ok], dst[ok]])
        b = np.concatenate([dst[ok], src[ok]])
        o = np.lexsort((b, a))
        a, b = a[o], b[o]
        keep = np.concatenate([[True], (a[1:] != a[:-1]) | (b[1:] != b[:-1])])
        self.csrc, self.cdst = a[keep], b[keep]
        self.cdeg = np.bincount(self.csrc, minlength=n)
        self.coff = np.concatenate([[0], np.cumsum(self.cdeg)[:-1]])
        # numbers outside the province (relatives working in Guangdong, Beijing, ...)
        self.outside = np.array(w.numbers(max(2000, n // 5)), dtype=object)
        self.by_msisdn = {m: i for i, m in enumerate(self.msisdn)}

    def contact(self, idx: np.ndarray) -> np.ndarray:
        u = self.w.rng.random(len(idx))
        return self.cdst[self.coff[idx] + (u * self.cdeg[idx]).astype(int)]

    def free(self, k: int, mask: np.ndarray | None = None) -> np.ndarray:
        """k unreserved people (optionally also satisfying mask); reserves them."""
        ok = ~self.reserved
        if mask is not None:
            ok &= mask
        cand = np.flatnonzero(ok)
        k = min(k, len(cand))
        sel = np.sort(self.w.rng.choice(cand, k, replace=False))
        self.reserved[sel] = True
        return sel


# ================================================================================================ background
def background(w: World, p: People) -> None:
    rng, n, D = w.rng, w.n, w.ndays
    active = ~p.silent
    # ---- calls
    lam = np.outer(p.lam_call, np.ones(D))
    lam[~active] = 0
    dayidx = np.arange(D)
    lam *= np.where(np.isin(dayidx % 7, (4, 5)), 0.85, 1.0)  # weekend dip (day 0 is a Tuesday)
    lam[:, min(10, D - 1)] *= 1.6  # Mid-Autumn festival (2026-09-25): calls to family
    lam[dayidx[None, :] < p.quiet_until[:, None]] = 0
    cnt = rng.poisson(lam)
    caller = np.repeat(np.repeat(np.arange(n), D), cnt.ravel())
    day = np.repeat(np.tile(dayidx, n), cnt.ravel())
    m = len(caller)
    kind = rng.random(m)
    callee_i = p.contact(caller)
    callee = p.msisdn[callee_i].copy()
    out_sel = kind > 0.93
    callee[out_sel] = p.outside[rng.integers(0, len(p.outside), out_sel.sum())]
    shop = (kind > 0.90) & (kind <= 0.93)
    callee[shop] = w.shop_lines[rng.integers(0, len(w.shop_lines), shop.sum())]
    t = w.day_times(day)
    r = rng.random(m)
    result = np.where(r < 0.84, "answered", np.where(r < 0.95, "no_answer", np.where(r < 0.98, "busy", "rejected")))
    ans = result == "answered"
    dur = np.where(ans, np.clip(rng.lognormal(np.log(70), 1.1, m), 3, 5400), 0).astype(int)
    old = p.age[caller] > 68
    dur = np.where(ans & old & (rng.random(m) < 0.25), dur * 4, dur)
    ring = np.where(ans, rng.integers(2, 16, m), rng.integers(15, 58, m))
    hr = ((t - T0) % DAY) // 3600
    cell = np.where((hr >= 9) & (hr < 18), p.work[caller], p.home[caller])
    cecell = np.where(out_sel | shop, None, p.cells[p.home[callee_i]])
    media = np.where(~out_sel & ~shop & (rng.random(m) < 0.03), "video", "voice")
    w.add("voice", start_time=t, caller=p.msisdn[caller], callee=callee, duration_s=dur, ring_s=ring,
          result=result, caller_imei=p.imei[caller], caller_imsi=p.imsi[caller], caller_cell=p.cells[cell],
          callee_cell=cecell, call_type="mobile", media=media)
    # a share of incoming calls from outside the province
    k = int(m * 0.06)
    who = rng.choice(np.flatnonzero(active), k)
    t2 = w.day_times(rng.integers(0, D, k))
    r = rng.random(k)
    res2 = np.where(r < 0.86, "answered", "no_answer")
    w.add("voice", start_time=t2, caller=p.outside[rng.integers(0, len(p.outside), k)], callee=p.msisdn[who],
          duration_s=np.where(res2 == "answered", np.clip(rng.lognormal(np.log(90), 1.0, k), 3, 4000), 0).astype(int),
          ring_s=rng.integers(3, 30, k), result=res2, callee_cell=p.cells[p.home[who]], call_type="mobile",
          media="voice")
    # ---- p2p sms
    cnt = rng.poisson(np.outer(p.lam_sms * active, np.ones(D)))
    snd = np.repeat(np.repeat(np.arange(n), D), cnt.ravel())
    day = np.repeat(np.tile(dayidx, n), cnt.ravel())
    m = len(snd)
    rcv = p.contact(snd)
    txt = np.array(P2P_TEXTS, dtype=object)[rng.integers(0, len(P2P_TEXTS), m)]
    txt[rng.random(m) < 0.35] = None
    t = w.day_times(day)
    w.add("sms", send_time=t, sender=p.msisdn[snd], receiver=p.msisdn[rcv], content=txt, sender_imei=p.imei[snd],
          sender_cell=p.cells[p.home[snd]])
    # ---- operator notices (balance, data plan) and courier pickup codes from 106 ports
    k = n * D // 5
    who = rng.choice(np.flatnonzero(active), k)
    srv = np.where(p.op[who] == "CMCC", "10086", np.where(p.op[who] == "CUCC", "10010",
                   np.where(p.op[who] == "CTCC", "10000", "10099")))
    w.add("sms", send_time=w.day_times(rng.integers(0, D, k)), sender=srv, receiver=p.msisdn[who],
          content="【中国移动】尊敬的客户，您本月套餐流量已使用80%，详询10086。")
    k = n * D // 6
    who = rng.choice(np.flatnonzero(active), k)
    port = np.array(["1069013311888", "10690579546", "106903100099", "1069070095311"], dtype=object)
    code = rng.integers(1000, 9999, k)
    w.add("sms", send_time=w.day_times(rng.integers(0, D, k), WORK_W), sender=port[rng.integers(0, 4, k)],
          receiver=p.msisdn[who], content=np.array([f"【丰巢】您的快递已到小区驿站，取件码{c}，请及时领取。" for c in code],
                                                    dtype=object))
    # ---- device events: power on at home, location updates, data sessions
    lamd = np.outer(np.where(active, 5.0, 0.0), np.ones(D))
    lamd[dayidx[None, :] < p.quiet_until[:, None]] = 0
    cnt = rng.poisson(lamd)
    who = np.repeat(np.repeat(np.arange(n), D), cnt.ravel())
    day = np.repeat(np.tile(dayidx, n), cnt.ravel())
    m = len(who)
    t = w.day_times(day)
    e = rng.random(m)
    ev = np.where(e < 0.08, "power_on", np.where(e < 0.12, "attach", np.where(e < 0.45, "location_update",
                                                                               "data_session")))
    hr = ((t - T0) % DAY) // 3600
    cell = np.where((hr >= 9) & (hr < 18), p.work[who], p.home[who])
    byt = np.where(ev == "data_session", rng.lognormal(np.log(3e6), 1.3, m), NAN)
    w.add("device", time=t, msisdn=p.msisdn[who], imsi=p.imsi[who], imei=p.imei[who], cell=p.cells[cell],
          event=ev, bytes=byt)
    # ---- web
    lamw = np.outer(p.lam_web * active, np.ones(D))
    lamw[dayidx[None, :] < p.quiet_until[:, None]] = 0
    cnt = rng.poisson(lamw)
    who = np.repeat(np.repeat(np.arange(n), D), cnt.ravel())
    day = np.repeat(np.tile(dayidx, n), cnt.ravel())
    m = len(who)
    d = rng.choice(len(COMMON_DOMAINS), m, p=DOM_W / DOM_W.sum())
    doms = np.array([x[0] for x in COMMON_DOMAINS], dtype=object)
    apps = np.array([x[1] for x in COMMON_DOMAINS], dtype=object)
    ips = np.array([f"{110 + i % 13}.{(i * 37) % 250 + 1}.{(i * 11) % 250 + 1}.{(i * 7) % 250 + 2}"
                    for i in range(len(COMMON_DOMAINS))], dtype=object)
    sub = np.array(["www", "m", "api", "img"], dtype=object)[rng.integers(0, 4, m)]
    dom = np.where(rng.random(m) < 0.4, sub + "." + doms[d], doms[d])
    w.add("web", time=w.day_times(day), msisdn=p.msisdn[who], domain=dom, url="https://" + dom + "/",
          ip=ips[d], bytes=rng.lognormal(np.log(2e5), 1.5, m).astype(int), app=apps[d])
    # ---- app sightings
    cnt = rng.poisson(np.outer(np.where(active, 1.1, 0.0), np.ones(D)))
    who = np.repeat(np.repeat(np.arange(n), D), cnt.ravel())
    day = np.repeat(np.tile(dayidx, n), cnt.ravel())
    m = len(who)
    a = np.array(COMMON_APPS, dtype=object)[rng.choice(len(COMMON_APPS), m, p=APP_W / APP_W.sum())]
    inst = rng.random(m) < 0.03
    w.add("apps", time=w.day_times(day), msisdn=p.msisdn[who], app=a, event=np.where(inst, "install", "use"),
          source_url=np.where(inst, "https://appgallery.huawei.com/", None))
    # ---- internet accounts registered long ago (look-back context) and a few new ones
    k = rng.integers(2, 7, n)
    who = np.repeat(np.arange(n), k)
    m = len(who)
    plat = np.array(PLATFORMS, dtype=object)[rng.integers(0, len(PLATFORMS), m)]
    reg = p.open_time[who] + (rng.random(m) * (T0 - p.open_time[who])).astype(np.int64)
    acc = np.array([f"u{h16(w.seed, 'ia', i)[:12]}" for i in range(m)], dtype=object)
    w.add("internet_accounts", platform=plat, account=acc, msisdn=p.msisdn[who], register_time=reg, status="active")
    k = n // 12
    who = rng.choice(np.flatnonzero(active), k)
    t = w.day_times(rng.integers(0, D, k))
    register_accounts(w, p.msisdn[who], t, np.array(PLATFORMS, dtype=object)[rng.integers(0, len(PLATFORMS), k)],
                      "bg")


def register_accounts(w: World, msisdn: np.ndarray, t: np.ndarray, plat: np.ndarray, tag: str) -> np.ndarray:
    """New internet accounts, each preceded by a verification code SMS from the platform's 106 port."""
    m = len(msisdn)
    w.acc_i = getattr(w, "acc_i", 0)
    acc = np.array([f"u{h16(w.seed, tag, w.acc_i + i)[:12]}" for i in range(m)], dtype=object)
    w.acc_i += m
    w.add("internet_accounts", platform=plat, account=acc, msisdn=msisdn, register_time=t + 40, status="active")
    port = np.array([f"10690{abs(hash_int(x)) % 10**7:07d}" for x in plat], dtype=object)
    code = w.rng.integers(100000, 999999, m)
    w.add("sms", send_time=t, sender=port, receiver=msisdn,
          content=np.array([f"【{x}】验证码{c}，用于注册，5分钟内有效，请勿泄露。" for x, c in zip(plat, code, strict=True)],
                           dtype=object))
    return acc


def hash_int(s: str) -> int:
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def bank_and_money(w: World, p: People) -> None:
    """Bank accounts of residents and ordinary money: p2p, shop payments, salaries."""
    rng, n, D = w.rng, w.n, w.ndays
    bank = np.array([b[0] for b in BANKS], dtype=object)
    w.add("bank_accounts", account_id=p.acct, id_key=p.id_key, bank=bank[p.bank],
          open_time=p.open_time + rng.integers(0, 200 * DAY, n), bound_msisdn=p.msisdn, status="active")
    # merchants outside our people (supermarkets, utilities)
    nm = 400
    merch = np.array([f"ac_m{h16(w.seed, 'merch', i)}" for i in range(nm)], dtype=object)
    w.add("bank_accounts", account_id=merch, id_key=[f"bl_{h16(w.seed, 'mbl', i)}" for i in range(nm)],
          bank=bank[rng.integers(0, len(bank), nm)], open_time=T0 - 900 * DAY, status="active")
    w.merchants = merch
    cnt = rng.poisson(0.9, (n, D))
    who = np.repeat(np.repeat(np.arange(n), D), cnt.ravel())
    day = np.repeat(np.tile(np.arange(D), n), cnt.ravel())
    m = len(who)
    w.add("transfers", time=w.day_times(day), from_account=p.acct[who], to_account=merch[rng.integers(0, nm, m)],
          amount=np.round(rng.lognormal(np.log(45), 1.0, m), 2), currency="CNY", channel="third_party",
          initiated_msisdn=p.msisdn[who])
    cnt = rng.poisson(0.12, (n, D))
    who = np.repeat(np.repeat(np.arange(n), D), cnt.ravel())
    day = np.repeat(np.tile(np.arange(D), n), cnt.ravel())
    m = len(who)
    to = p.contact(who)
    amt = np.round(rng.choice([50, 100, 200, 300, 500, 800, 1000, 2000, 5000], m) * rng.choice([1, 1, 1, 0.88], m), 2)
    w.add("transfers", time=w.day_times(day), from_account=p.acct[who], to_account=p.acct[to], amount=amt,
          currency="CNY", channel="mobile_app", initiated_msisdn=p.msisdn[who])
    # salaries on the 15th (day 0) from employers
    emp = np.array([f"ac_e{h16(w.seed, 'emp', i)}" for i in range(120)], dtype=object)
    w.add("bank_accounts", account_id=emp, id_key=[f"bl_{h16(w.seed, 'ebl', i)}" for i in range(120)],
          bank=bank[rng.integers(0, len(bank), 120)], open_time=T0 - 2000 * DAY, status="active")
    paid = np.flatnonzero((p.age < 62) & (rng.random(n) < 0.6))
    w.add("transfers", time=T0 + 10 * 3600 + rng.integers(0, 6 * 3600, len(paid)), from_account=emp[paid % 120],
          to_account=p.acct[paid], amount=np.round(rng.lognormal(np.log(5200), 0.35, len(paid)), 2),
          currency="CNY", channel="counter")


def bank_notices(w: World, p: People) -> None:
    """Banks text account holders after outgoing transfers over 500 yuan (vectorised over all transfers)."""
    tr = w.chunks["transfers"]
    frm = np.concatenate([c["from_account"] for c in tr])
    t = np.concatenate([c["time"] for c in tr])
    amt = np.concatenate([c["amount"] for c in tr])
    acc_map = {a: i for i, a in enumerate(p.acct)}
    idx = np.array([acc_map.get(a, -1) for a in frm])
    sel = (idx >= 0) & (amt >= 500)
    idx, t, amt = idx[sel], t[sel], amt[sel]
    num = np.array([b[1] for b in BANKS], dtype=object)[p.bank[idx]]
    name = np.array([b[0] for b in BANKS], dtype=object)[p.bank[idx]]
    txt = np.array([f"【{b}】您尾号{int(i) % 9000 + 1000}的账户支出人民币{a:.2f}元，如非本人操作请致电{s}。"
                    for b, i, a, s in zip(name, idx, amt, num, strict=True)], dtype=object)
    w.add("sms", send_time=t + 8, sender=num, receiver=p.msisdn[idx], content=txt)


# ================================================================================================ helpers
def calls(w: World, caller, callee, t, dur, *, ring=None, result=None, imei=None, imsi=None, cell=None,
          cecell=None, roam=None, ctype="mobile", media="voice", gateway=None) -> None:
    t = np.asarray(t, dtype=float)
    dur = np.asarray(dur).astype(int)
    if result is None:
        result = np.where(dur > 0, "answered", "no_answer")
    if ring is None:
        ring = np.where(dur > 0, w.rng.integers(3, 14, len(t)), w.rng.integers(8, 50, len(t)))
    w.add("voice", start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=result,
          caller_imei=imei, caller_imsi=imsi, caller_cell=cell, callee_cell=cecell, caller_roaming_country=roam,
          call_type=ctype, media=media, gateway=gateway)


def subs(w: World, msisdn, id_key, open_time, *, op="CMCC", line="mobile", ctype="personal", id_type="resident_id",
         channel=None, cell=None, prepaid=False, region="Henan/Zhengzhou", status="active", status_time=None,
         imsi=None) -> None:
    ms = msisdn if isinstance(msisdn, list | np.ndarray) else [msisdn]
    if imsi is None:
        imsi = [w.imsi(op) if line in ("mobile", "iot") else None for _ in ms]
    w.add("subscribers", msisdn=list(ms), imsi=imsi, id_key=id_key, id_type=id_type, customer_type=ctype,
          line_type=line, operator=op, open_time=open_time, open_channel=channel, open_cell=cell, status=status,
          status_time=status_time, is_prepaid=prepaid, home_region=region)


def spread_times(w: World, days, per_day, hours=HOUR_W) -> np.ndarray:
    """Times for per_day[i] events on days[i]."""
    days = np.asarray(days)
    per_day = np.asarray(per_day)
    d = np.repeat(days, per_day)
    return np.sort(w.day_times(d, hours))


def targets_strangers(w: World, p: People, k: int, city: int | None = None, mask=None) -> np.ndarray:
    ok = ~p.lookalike & ~p.silent
    if city is not None:
        ok &= p.city == city
    if mask is not None:
        ok &= mask
    cand = np.flatnonzero(ok)
    return w.rng.choice(cand, k)


# ================================================================================================ fraud
class Gangs:
    def __init__(self, w: World, p: People):
        self.w, self.p = w, p
        self.victims: list[int] = []
        self.mules: dict[str, list[str]] = {}
        self.mule_holder: dict[str, str] = {}
        self.sellers: list[str] = []
        self.loss: dict[int, float] = defaultdict(float)
        self.rep_i = 0

    # ---------------- supply: card sellers (断卡) and mules
    def seller_cards(self, gang: str, scheme: str, k_sellers: int, cards_each: tuple[int, int], open_day: int,
                     ops=("CMCC", "CUCC", "CTCC", "CUCC-MVNO", "CTCC-MVNO")) -> list[tuple[str, str, str, str]]:
        """Card sellers open several cards each at one outlet within a day or two; returns (msisdn, imsi, op, id)."""
        w, rng = self.w, self.w.rng
        out = []
        for _s in range(k_sellers):
            idk = w.key("id")
            ci = int(rng.integers(0, len(CITIES)))
            ch = f"HA-{CITIES[ci][1]}-agent-{int(rng.integers(1, 400)):03d}"
            cell = self.p.cells[self.p.city_cells[ci][int(rng.integers(0, len(self.p.city_cells[ci])))]]
            kc = int(rng.integers(cards_each[0], cards_each[1] + 1))
            t_open = T0 + open_day * DAY + int(rng.integers(9 * 3600, 19 * 3600))
            for _c in range(kc):
                op = ops[int(rng.integers(0, len(ops)))]
                ms = w.numbers(1, prefixes=MVNO[op]) [0] if op in MVNO else w.numbers(1, op)[0]
                im = w.imsi(op)
                t = t_open + int(rng.integers(0, 2 * DAY if rng.random() < 0.4 else 3 * 3600))
                subs(w, ms, idk, t, op=op, channel=ch, cell=cell, prepaid=bool(rng.random() < 0.6),
                     region=f"Henan/{CITIES[ci][0]}", imsi=[im])
                out.append((ms, im, op, idk))
            w.truth("id_key", idk, "card_seller", gang, scheme, t_open)
            self.sellers.append(idk)
        return out

    def mule_accounts(self, gang: str, scheme: str, n1: int, n2: int, lent_people: int) -> tuple[list, list]:
        """First-level accounts (some lent by residents, some opened by sellers), second level outside."""
        w, p, rng = self.w, self.p, self.w.rng
        bank = [b[0] for b in BANKS]
        l1 = []
        lent = p.free(lent_people, (p.age >= 18) & (p.age <= 30))
        for i in lent:
            a = f"ac_{h16(w.seed, 'lent', gang, i)}"
            w.add("bank_accounts", account_id=[a], id_key=p.id_key[i], bank=bank[int(rng.integers(0, len(bank)))],
                  open_time=T0 - int(rng.integers(3, 40)) * DAY, bound_msisdn=p.msisdn[i], status="active")
            l1.append(a)
            w.truth("id_key", p.id_key[i], "card_seller", gang, scheme, T0 - 3 * DAY)
        for _j in range(n1 - len(lent)):
            idk = w.key("id")
            a = f"ac_{h16(w.seed, 'l1', gang, len(l1))}"
            w.add("bank_accounts", account_id=[a], id_key=idk, bank=bank[int(rng.integers(0, len(bank)))],
                  open_time=T0 - int(rng.integers(1, 25)) * DAY - int(rng.integers(0, DAY)), status="active")
            l1.append(a)
            w.truth("id_key", idk, "card_seller", gang, scheme, T0 - 20 * DAY)
        l2 = []
        for j in range(n2):
            a = f"ac_x{h16(w.seed, 'l2', gang, j)}"
            w.add("bank_accounts", account_id=[a], id_key=w.key("id"), bank=bank[int(rng.integers(0, len(bank)))],
                  open_time=T0 - int(rng.integers(2, 60)) * DAY, status="active")
            l2.append(a)
        return l1, l2

    # ---------------- laundering after each victim payment
    def launder(self, gang: str, scheme: str, style: str, l1: str, l2: list, t: float, amt: float) -> None:
        w, rng = self.w, self.w.rng
        self.l2_gang = getattr(self, "l2_gang", {})
        for a in l2:
            self.l2_gang.setdefault(a, (gang, scheme))
        if style == "fanout":  # split to 3-5 second-level accounts within half an hour, then out
            k = int(rng.integers(3, 6))
            parts = np.round(amt * rng.dirichlet(np.ones(k) * 3), 2)
            tt = t + rng.integers(240, 1800, k)
            to = [l2[int(x)] for x in rng.integers(0, len(l2), k)]
            w.add("transfers", time=tt, from_account=l1, to_account=to, amount=parts, currency="CNY",
                  channel="mobile_app")
            w.add("transfers", time=tt + rng.integers(600, 7200, k), from_account=to,
                  to_account=[f"ac_ext{h16(gang, x)[:10]}" for x in rng.integers(0, 6, k)], amount=np.round(parts * 0.985, 2),
                  currency="CNY", channel="third_party")
        elif style == "atm":  # cash out in 4,000-4,900 chunks over the next hours
            k = max(1, int(amt // 4500))
            k = min(k, 20)
            parts = np.round(np.minimum(rng.uniform(3900, 4950, k), amt / k + 1), 0)
            w.add("transfers", time=t + np.sort(rng.integers(1800, 6 * 3600, k)), from_account=l1,
                  to_account=[f"ATM-HA{int(x):04d}" for x in rng.integers(0, 300, k)], amount=parts, currency="CNY",
                  channel="atm")
        elif style == "chain":  # A -> B -> C -> D with a small fee each hop
            hops = [l1] + [l2[int(x)] for x in rng.choice(len(l2), min(3, len(l2)), replace=False)]
            tt = t
            a = amt
            for x, y in zip(hops[:-1], hops[1:], strict=True):
                tt += int(rng.integers(120, 3000))
                a = round(a * 0.99, 2)
                w.add("transfers", time=[tt], from_account=x, to_account=y, amount=[a], currency="CNY",
                      channel="mobile_app")
        elif style == "paofen":  # "running points": many small hops through lent personal accounts
            k = int(rng.integers(6, 14))
            parts = np.round(amt * rng.dirichlet(np.ones(k)), 2)
            to = [l2[int(x)] for x in rng.integers(0, len(l2), k)]
            tt = t + np.sort(rng.integers(60, 5400, k))
            w.add("transfers", time=tt, from_account=l1, to_account=to, amount=parts, currency="CNY",
                  channel="third_party")
            w.add("transfers", time=tt + rng.integers(300, 3000, k), from_account=to, to_account="ac_extUSDT-OTC",
                  amount=np.round(parts * 0.97, 2), currency="CNY", channel="third_party")
        else:  # "gold": buys gold at a jewellery merchant outside the province in one go
            w.add("transfers", time=[t + int(rng.integers(3600, 20 * 3600))], from_account=l1,
                  to_account="ac_extGOLD-SZ-SHUIBEI", amount=[round(amt * 0.995, 2)], currency="CNY",
                  channel="counter")

    def pay(self, gang: str, scheme: str, victim: int, t: float, amounts: list[float], gaps: list[float],
            l1s: list[str], l2: list[str], styles: list[str], channel: str = "mobile_app") -> None:
        """The victim's payments (the truth events) and what the mules do with each."""
        w, p, rng = self.w, self.p, self.w.rng
        tt = t
        paid = False
        for a, g in zip(amounts, gaps, strict=True):
            tt += g
            if tt >= w.t_end - 120:  # the data ends before this payment
                break
            paid = True
            a = round(float(a), 2)
            l1 = l1s[int(rng.integers(0, len(l1s)))]
            w.add("transfers", time=[tt], from_account=p.acct[victim], to_account=l1, amount=[a], currency="CNY",
                  channel=channel, initiated_msisdn=p.msisdn[victim] if channel == "mobile_app" else None)
            w.add("truth_events", victim=[p.msisdn[victim]], time=[tt], amount=[a], to_account=l1, scheme=scheme,
                  gang_id=gang)
            self.loss[victim] += a
            if l1 not in self.mules.setdefault(gang, []):
                self.mules[gang].append(l1)
                w.truth("account", l1, "mule_account", gang, scheme, tt)
            self.launder(gang, scheme, styles[int(rng.integers(0, len(styles)))], l1, l2, tt, a)
        if not paid:  # contacted and persuaded, but has not paid within the data: not labelled a victim
            return
        self.victims.append(victim)
        w.truth("msisdn", p.msisdn[victim], "victim", gang, scheme, t)

    def report(self, t, etype, entity, label, ftype, source, loss=None) -> None:
        self.w.add("reports", time=[t], entity_type=etype, entity=[entity], label=label, fraud_type=ftype,
                   loss_amount=[NAN if loss is None else loss], source=source)

    def victim_reports(self, gang: str, ftype: str, victims: list[int], share: float, caller_of: dict) -> None:
        """Some victims report (police), naming the number that called them and the account they paid."""
        w, p, rng = self.w, self.p, self.w.rng
        paid = set(self.victims)
        for v in victims:
            if v not in paid:
                continue
            if rng.random() < share:
                t = w.last_event_time.get(v, T0) + int(rng.integers(2 * 3600, 3 * DAY))
                if t > T0 + w.ndays * DAY - 600:
                    continue
                self.report(t, "msisdn", p.msisdn[v], "victim", ftype, "police", self.loss[v])
                if v in caller_of and rng.random() < 0.8:
                    self.report(t + 60, "msisdn", caller_of[v], "fraud", ftype, "police")

    def choose_victims(self, answered_idx: np.ndarray, k: int, mask=None) -> list[int]:
        p = self.p
        cand = [int(i) for i in dict.fromkeys(answered_idx.tolist())
                if not p.reserved[i] and not p.lookalike[i] and (mask is None or mask[i])]
        k = min(k, len(cand))
        sel = self.w.rng.choice(len(cand), k, replace=False) if k else []
        out = [cand[int(s)] for s in sorted(sel)]
        p.reserved[out] = True
        return out

    # ---------------- a generic outbound calling number
    def dial(self, caller: str, days: list[int], per_day: list[int], answer_p: float, short_med: float, *,
             targets: np.ndarray, imei=None, imsi=None, cell=None, roam=None, ctype="mobile", media="voice",
             gateway=None, hours=HOUR_W, ring_short: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Returns (callee index, time, answered) so the caller can pick victims and lengthen their calls."""
        w, p, rng = self.w, self.p, self.w.rng
        t = spread_times(w, days, per_day, hours)
        m = len(t)
        tgt = targets[rng.integers(0, len(targets), m)] if len(targets) < m * 3 else rng.choice(targets, m,
                                                                                                 replace=False)
        r = rng.random(m)
        ans = r < answer_p
        result = np.where(ans, "answered", np.where(r < answer_p + (1 - answer_p) * 0.6, "no_answer",
                                                    np.where(r < 0.97, "rejected", "busy")))
        dur = np.where(ans, np.clip(rng.lognormal(np.log(short_med), 0.7, m), 2, 900), 0).astype(int)
        ring = np.where(ans, rng.integers(3, 18, m), rng.integers(1, 3, m) if ring_short else rng.integers(10, 55, m))
        self._pending.append(dict(caller=caller, callee=p.msisdn[tgt], t=t, dur=dur, ring=ring, result=result,
                                  imei=imei, imsi=imsi, cell=cell, cecell=p.cells[p.home[tgt]], roam=roam,
                                  ctype=ctype, media=media, gateway=gateway, idx=tgt))
        return tgt, t, ans

    def flush(self) -> None:
        for c in self._pending:
            calls(self.w, c["caller"], c["callee"], c["t"], c["dur"], ring=c["ring"], result=c["result"],
                  imei=c["imei"], imsi=c["imsi"], cell=c["cell"], cecell=c["cecell"], roam=c["roam"],
                  ctype=c["ctype"], media=c["media"], gateway=c["gateway"])
        self._pending = []

    def lengthen(self, victim: int, lo: int, hi: int, media: str | None = None) -> tuple[float, str]:
        """Make the victim's first answered call from the gang long; returns (end time, caller)."""
        rng = self.w.rng
        for c in self._pending[::-1]:
            hit = np.flatnonzero((c["idx"] == victim) & (c["result"] == "answered"))
            if len(hit):
                j = hit[0]
                c["dur"][j] = int(rng.integers(lo, hi))
                if media:
                    c["media"] = np.where(np.arange(len(c["t"])) == j, media, c["media"])
                return float(c["t"][j] + c["dur"][j]), c["caller"]
        raise RuntimeError("victim without answered call")


def run_gangs(w: World, p: People) -> Gangs:
    g = Gangs(w, p)
    g._pending = []
    rng = w.rng
    D = w.ndays
    S = max(1.0, w.n / 15000)  # victims and gang sizes scale with the province
    w.last_event_time = {}

    def days_range(a: int, b: int) -> list[int]:
        return list(range(max(0, a), min(D, b)))

    def vict_common(gang, scheme, ftype, victims, share, caller_of):
        g.victim_reports(gang, ftype, victims, share, caller_of)

    # ------------------------------------------------------------------ G01 fake police / procuratorate
    gang, scheme = "G01", "fake_police_procuratorate"
    cards = g.seller_cards(gang, scheme, 3, (4, 7), -int(rng.integers(25, 60)))
    l1, l2 = g.mule_accounts(gang, scheme, 6, 8, 2)
    use = cards[: int(8 * S) if len(cards) > 8 else len(cards)]
    sorted_ms = np.argsort(p.msisdn)  # number-block scanning (号段扫描)
    caller_of = {}
    for k, (ms, im, _op, _idk) in enumerate(use):
        roam = ["KH", "MM", "PH", "KH", "LA", "AE"][k % 6]
        start = int(rng.integers(0, D - 3))
        dd = days_range(start, start + int(rng.integers(3, 8)))
        blk = int(rng.integers(0, len(sorted_ms) - 600))
        tg = sorted_ms[blk: blk + 600]
        tg = tg[~p.lookalike[tg]]
        imei = w.imeis(1)[0]
        per = [int(rng.integers(28, 75)) for _ in dd]
        tgt, t, ans = g.dial(ms, dd, per, 0.22, 25, targets=tg, imei=imei, imsi=im, roam=roam, ctype="intl_in",
                             gateway=f"GW-INTL-{k % 3:02d}")
        w.truth("msisdn", ms, "fraud_caller", gang, scheme, t[0])
        w.truth("imei", imei, "fraud_caller", gang, scheme, t[0])
        vs = g.choose_victims(tgt[ans], int(rng.integers(1, 4)), p.age >= 35)
        for v in vs:
            end, c = g.lengthen(v, 1500, 5400, media="video" if rng.random() < 0.4 else None)
            caller_of[v] = c
            amts = list(np.round(rng.uniform(30000, 160000, int(rng.integers(1, 4))), -2))
            gaps = [int(rng.integers(1800, 4 * 3600))] + [int(rng.integers(3 * 3600, 30 * 3600)) for _ in amts[1:]]
            g.pay(gang, scheme, v, end, amts, gaps, l1, l2, ["fanout", "chain", "gold"],
                  channel="counter" if p.age[v] > 60 else "mobile_app")
            w.last_event_time[v] = end + sum(gaps)
            if rng.random() < 0.5:  # the "safe account" notice over SMS from the same number
                w.add("sms", send_time=[end - 300], sender=ms, receiver=p.msisdn[v],
                      content="【最高人民检察院】你涉嫌洗钱案，案件编号HN2026-0917，请配合资金核查，勿告知他人。",
                      sender_imei=imei, sender_roaming_country=roam)
        if rng.random() < 0.5:
            g.report(t[0] + int(rng.integers(DAY, 4 * DAY)), "msisdn", ms, "fraud", "impersonate_police",
                     "user_report")
    # plus numbers that arrive through international gateways (Hong Kong / Taiwan ranges), not subscribers here
    for k, ms in enumerate([f"8525{int(x):07d}" for x in rng.integers(0, 10**7, 2)] +
                           [f"8869{int(x):08d}" for x in rng.integers(0, 10**8, 1)]):
        d0 = int(rng.integers(0, D - 2))
        dd = days_range(d0, d0 + int(rng.integers(2, 6)))
        tgt, t, ans = g.dial(ms, dd, [int(rng.integers(60, 150)) for _ in dd], 0.12, 20,
                             targets=targets_strangers(w, p, 9000), ctype="intl_in", gateway=f"GW-INTL-{3 + k:02d}")
        w.truth("msisdn", ms, "fraud_caller", gang, scheme, t[0])
        for v in g.choose_victims(tgt[ans], int(rng.integers(0, 3)), p.age >= 35):
            end, c = g.lengthen(v, 1200, 4000)
            caller_of[v] = c
            amts = list(np.round(rng.uniform(20000, 90000, int(rng.integers(1, 3))), -2))
            gaps = [int(rng.integers(1800, 3 * 3600))] + [int(rng.integers(4 * 3600, 20 * 3600)) for _ in amts[1:]]
            g.pay(gang, scheme, v, end, amts, gaps, l1, l2, ["fanout", "chain"])
            w.last_event_time[v] = end + sum(gaps)
    vict_common(gang, scheme, "impersonate_police", [v for v in g.victims if v in caller_of], 0.6, caller_of)
    g.report(T0 + int(rng.integers(2, D)) * DAY, "id_key", cards[0][3], "card_seller", "impersonate_police", "police")
    g.flush()

    # ------------------------------------------------------------------ G02 fake customer service refund + screen share
    gang, scheme = "G02", "fake_cs_refund_screenshare"
    cards = g.seller_cards(gang, scheme, 4, (3, 6), D // 3)
    l1, l2 = g.mule_accounts(gang, scheme, 7, 10, 3)
    dom = "kf-tuikuan365.com"
    ip = "154.39.72.18"
    app = "com.kfzs.screenassist"
    w.truth("domain", dom, "fraud_domain", gang, scheme, T0 + D // 3 * DAY)
    w.truth("ip", ip, "fraud_domain", gang, scheme, T0 + D // 3 * DAY)
    w.truth("app", app, "fraud_app", gang, scheme, T0 + D // 3 * DAY)
    caller_of = {}
    mine = []
    online = p.lam_web > np.median(p.lam_web)
    for k, (ms, im, _op, _idk) in enumerate(cards):
        first = D // 3 + 1 + int(rng.integers(0, 3))  # used 1-5 days after opening
        dd = days_range(first, first + int(rng.integers(2, 6)))
        if not dd:
            continue
        imei = w.imeis(1)[0] if k % 3 else w.imeis(1, tac="86769604")[0]
        den = p.city_cells[12][k % len(p.city_cells[12])]  # a rented flat in Nanyang
        per = [int(rng.integers(15, 45)) for _ in dd]
        tgt, t, ans = g.dial(ms, dd, per, 0.38, 40, targets=targets_strangers(w, p, 5000, mask=online), imei=imei,
                             imsi=im, cell=p.cells[den])
        w.truth("msisdn", ms, "fraud_caller", gang, scheme, t[0])
        w.add("device", time=t[:1] - 600, msisdn=ms, imsi=im, imei=imei, cell=p.cells[den], event="power_on")
        vs = g.choose_victims(tgt[ans], int(rng.integers(0, 3)))
        for v in vs:
            end, c = g.lengthen(v, 900, 3600)
            caller_of[v] = c
            mine.append(v)
            sub = f"{h16(v)[:5]}.{dom}"
            legit = rng.random() < 0.35  # some victims are told to use a legitimate meeting app
            a = "com.tencent.wemeet" if legit else app
            w.add("web", time=[end - 700], msisdn=p.msisdn[v], domain=sub, url=f"https://{sub}/dl", ip=ip,
                  bytes=[int(rng.integers(2e6, 3e7))])
            w.add("apps", time=[end - 620, end - 400], msisdn=p.msisdn[v], app=a, event=["install", "use"],
                  source_url=None if legit else f"https://{sub}/dl/app.apk")
            if not legit:
                w.truth("domain", sub, "fraud_domain", gang, scheme, end - 700)
            amts = list(np.round(rng.uniform(3000, 45000, int(rng.integers(1, 5))), 0))
            gaps = [int(rng.integers(-600, -60))] + [int(rng.integers(180, 1500)) for _ in amts[1:]]
            g.pay(gang, scheme, v, end, amts, gaps, l1, l2, ["fanout", "paofen", "atm"])
            w.last_event_time[v] = end + 3600
        if rng.random() < 0.35:
            g.report(t[0] + int(rng.integers(3 * 3600, 3 * DAY)), "msisdn", ms, "fraud", "customer_service",
                     "user_report")
    vict_common(gang, scheme, "customer_service", mine, 0.45, caller_of)
    g.flush()

    # ------------------------------------------------------------------ G03 loan-app fees via VoIP lines
    gang, scheme = "G03", "loan_fee_voip"
    shell = w.key("bl")
    w.truth("id_key", shell, "gang_member", gang, scheme, T0 - 40 * DAY)
    lines = [f"8695{int(x):06d}" for x in rng.integers(100000, 999999, 5)]  # 95-prefixed virtual numbers
    lines += w.fixed("371", 4, lead="5")
    dom, app, ip = "jisudai-hn.top", "com.jsdloan.fast", "45.207.13.96"
    for e, r in ((dom, "domain"), (ip, "ip")):
        w.truth(r, e, "fraud_domain", gang, scheme, T0)
    w.truth("app", app, "fraud_app", gang, scheme, T0)
    l1, l2 = g.mule_accounts(gang, scheme, 5, 6, 1)
    # targets: people who recently registered on lending platforms (leaked applicant lists)
    loanish = (p.age >= 22) & (p.age <= 50)
    mine, caller_of = [], {}
    for k, ln in enumerate(lines):
        subs(w, ln, shell, T0 - int(rng.integers(20, 50)) * DAY, op=["CTCC", "CUCC"][k % 2],
             line="voip" if k < 5 else "fixed", ctype="enterprise", id_type="business_license",
             channel="HA-371-gov-ent-07", region="Henan/Zhengzhou")
        w.truth("msisdn", ln, "fixed_voip_line", gang, scheme, T0)
        dd = days_range(int(rng.integers(0, 4)), D)
        per = [int(rng.integers(90, 260)) if k < 5 else int(rng.integers(35, 80)) for _ in dd]
        tgt, t, ans = g.dial(ln, dd, per, 0.17, 18, targets=targets_strangers(w, p, 8000, mask=loanish),
                             ctype="voip" if k < 5 else "fixed", gateway=f"SIPGW-ZZ-{k % 2}", hours=WORK_W)
        vs = g.choose_victims(tgt[ans], int(rng.integers(1, 3)), loanish)
        for v in vs:
            end, c = g.lengthen(v, 300, 1400)
            caller_of[v] = c
            mine.append(v)
            w.add("web", time=[end + 200], msisdn=p.msisdn[v], domain=f"m.{dom}", url=f"https://m.{dom}/reg",
                  ip=ip, bytes=[900000])
            w.add("apps", time=[end + 400], msisdn=p.msisdn[v], app=app, event="install",
                  source_url=f"https://m.{dom}/app.apk")
            # "unfreezing fee", "insurance deposit", "credit check" ... days apart
            kf = int(rng.integers(2, 6))
            amts = list(np.round(rng.uniform(600, 5200, kf), 0))
            gaps = [int(rng.integers(1800, 7200))] + [int(rng.integers(6 * 3600, 2 * DAY)) for _ in amts[1:]]
            g.pay(gang, scheme, v, end, amts, gaps, l1, l2, ["atm", "chain"])
            w.last_event_time[v] = end + sum(gaps)
    vict_common(gang, scheme, "loan", mine, 0.35, caller_of)
    for ln in lines[:3]:
        g.report(T0 + int(rng.integers(3, D)) * DAY + 36000, "msisdn", ln, "fraud", "loan", "user_report")
    g.flush()

    # ------------------------------------------------------------------ G04 loud SIM box (fake ETC) and G05 quiet box
    for gang, scheme, nsim, rate, ans_p, n_imei, cells_n, ftype in (
            ("G04", "simbox_loud_fake_etc", int(24 * S), (55, 110), 0.2, 4, 1, "other"),
            ("G05", "simbox_quiet_medical_insurance", int(8 * S), (9, 22), 0.33, 2, 2, "impersonate_police")):
        cards = g.seller_cards(gang, scheme, 2 if gang == "G05" else 5, (4, 8), -int(rng.integers(2, 15)),
                               ops=("CMCC", "CUCC", "CTCC"))[:nsim]
        l1, l2 = g.mule_accounts(gang, scheme, 4, 6, 1)
        dev_imeis = w.imeis(n_imei, tac="35891604")
        ci = 15 if gang == "G04" else 16  # a village in Zhoukou / a flat in Zhumadian
        den = [p.city_cells[ci][j] for j in range(cells_n)]
        for im_ in dev_imeis:
            w.truth("imei", im_, "simbox_device", gang, scheme, T0)
        members = p.free(2)
        for mbr in members:
            w.truth("msisdn", p.msisdn[mbr], "gang_member", gang, scheme, T0)
            w.add("device", time=T0 + np.arange(D) * DAY + 9 * 3600, msisdn=p.msisdn[mbr], imsi=p.imsi[mbr],
                  imei=p.imei[mbr], cell=p.cells[den[0]], event="location_update")
        calls(w, p.msisdn[members[0]], p.msisdn[members[1]], T0 + np.arange(D) * DAY + 8 * 3600,
              rng.integers(30, 200, D), imei=p.imei[members[0]], imsi=p.imsi[members[0]], cell=p.cells[den[0]])
        mine, caller_of = [], {}
        start = 1 if gang == "G04" else w.hist - 2
        for k, (ms, im, _op, _idk) in enumerate(cards):
            dd = days_range(start + k % 3, D)
            per = [int(rng.integers(*rate)) for _ in dd]
            # the box rotates IMEIs: each SIM's calls come from a slot IMEI that changes every few hours
            t_slots = spread_times(w, dd, per, WORK_W if gang == "G05" else HOUR_W)
            slot = ((t_slots - T0) // (3 * 3600 if gang == "G04" else DAY)).astype(int)
            imei_arr = np.array(dev_imeis, dtype=object)[(slot + k) % n_imei]
            cell_arr = p.cells[np.array(den)[(slot // 2) % cells_n]]
            tgt, t, ans = g.dial(ms, dd, per, ans_p, 14 if gang == "G04" else 35,
                                 targets=targets_strangers(w, p, 6000), imsi=im, hours=HOUR_W)
            c = g._pending[-1]
            c["t"], c["imei"], c["cell"] = t_slots, imei_arr, cell_arr
            w.truth("msisdn", ms, "simbox_sim", gang, scheme, t_slots[0])
            w.add("device", time=t_slots[:: max(1, len(t_slots) // 12)], msisdn=ms, imsi=im,
                  imei=imei_arr[:: max(1, len(t_slots) // 12)], cell=cell_arr[:: max(1, len(t_slots) // 12)],
                  event="location_update")
            nv = int(rng.integers(0, 2)) if gang == "G04" else int(rng.integers(0, 3))
            for v in g.choose_victims(tgt[ans], nv, p.age >= 45 if gang == "G05" else None):
                end, cl = g.lengthen(v, 420, 2400)
                caller_of[v] = cl
                mine.append(v)
                if gang == "G04":
                    sub = f"etc{h16(v)[:4]}.etc-hnfw.top"
                    w.add("web", time=[end + 90], msisdn=p.msisdn[v], domain=sub, url=f"https://{sub}/renew",
                          ip="103.151.44.7", bytes=[350000])
                    w.truth("domain", sub, "fraud_domain", gang, scheme, end)
                    amts = [float(rng.integers(1, 5)) * 998]
                else:
                    amts = list(np.round(rng.uniform(8000, 60000, int(rng.integers(1, 3))), -2))
                gaps = [int(rng.integers(300, 5400))] + [int(rng.integers(3600, DAY)) for _ in amts[1:]]
                g.pay(gang, scheme, v, end, amts, gaps, l1, l2, ["paofen", "atm"] if gang == "G04" else ["chain"])
                w.last_event_time[v] = end + sum(gaps)
        if gang == "G04":
            w.truth("domain", "etc-hnfw.top", "fraud_domain", gang, scheme, T0)
            w.truth("ip", "103.151.44.7", "fraud_domain", gang, scheme, T0)
        vict_common(gang, scheme, ftype, mine, 0.5, caller_of)
        g.flush()

    # ------------------------------------------------------------------ G06 SMS phishing: wildcard subdomains, IP literal, short links
    gang, scheme = "G06", "sms_phishing_points_etc"
    cards = g.seller_cards(gang, scheme, 3, (3, 5), int(rng.integers(0, 4)))
    l1, l2 = g.mule_accounts(gang, scheme, 5, 8, 2)
    regs = ["hn-jifen.vip", "10086-dh.cc"]
    ipl = "45.195.146.21"
    short_own = "u7r.cc"
    for d_ in regs + [short_own]:
        w.truth("domain", d_, "fraud_domain", gang, scheme, T0)
    w.truth("ip", ipl, "fraud_domain", gang, scheme, T0)
    w.truth("ip", "156.241.8.77", "fraud_domain", gang, scheme, T0)
    mine = []
    texts = ["【中国移动】尊敬的用户，您的积分{n}即将清零，可兑换现金礼包，点击{u} 办理。",
             "【ETC服务】您的ETC卡已失效，请及时认证，{u} 逾期停用。",
             "【河南医保】您的医保卡异常将被冻结，请登录{u}核验身份。"]
    for k, (ms, _im, _op, _idk) in enumerate(cards):
        imei = w.imeis(1)[0]
        first = int(rng.integers(0, D - 2))
        dd = days_range(first, first + int(rng.integers(2, 5)))
        per = np.array([int(rng.integers(120, 420)) for _ in dd])
        t = spread_times(w, dd, per, WORK_W)
        m = len(t)
        rcv = targets_strangers(w, p, m)
        form = rng.integers(0, 3, m)  # 0 wildcard subdomain, 1 IP literal, 2 short link
        subl = np.array([f"{h16(k, i)[:6]}.{regs[int(i) % 2]}" for i in range(m)], dtype=object)
        shortl = np.array([f"{short_own}/{h16('s', k, i)[:5]}" if i % 2 else f"dwz.cn/{h16('d', k, i)[:6]}"
                           for i in range(m)], dtype=object)
        url = np.where(form == 0, "https://" + subl, np.where(form == 1, f"http://{ipl}/jf/", "http://" + shortl))
        tx = np.array([texts[int(x) % 3].format(n=int(x) * 37 % 9000 + 1000, u=u) for x, u in
                       zip(rng.integers(0, 30, m), url, strict=True)], dtype=object)
        roam = None
        cell = p.cells[p.city_cells[0][int(rng.integers(0, len(p.city_cells[0])))]]
        if k % 4 == 3:  # one sender runs from a car moving around Zhengzhou (mobile base-station style)
            cell = p.cells[p.city_cells[0][rng.integers(0, len(p.city_cells[0]), m)]]
        w.add("sms", send_time=t, sender=ms, receiver=p.msisdn[rcv], content=tx, sender_imei=imei, sender_cell=cell,
              sender_roaming_country=roam)
        w.truth("msisdn", ms, "fraud_sms_sender", gang, scheme, t[0])
        # clicks: about 2% visit; a few of them pay
        clk = np.flatnonzero(rng.random(m) < 0.012)
        for j in clk:
            v = int(rcv[j])
            if p.reserved[v]:
                continue
            tv = t[j] + int(rng.integers(20, 3600))
            if form[j] == 0:
                dm, ipx = subl[j], "156.241.8.77"
                w.truth("domain", dm, "fraud_domain", gang, scheme, tv)
            elif form[j] == 1:
                dm, ipx = ipl, ipl
            else:
                dm, ipx = shortl[j].split("/")[0], "156.241.8.77"
            w.add("web", time=[tv], msisdn=p.msisdn[v], domain=dm, url=str(url[j]), ip=ipx, bytes=[int(rng.integers(5e4, 6e5))])
            if rng.random() < 0.22:
                p.reserved[v] = True
                amts = [round(float(rng.uniform(1200, 19000)), 2)]
                g.pay(gang, scheme, v, tv + 120, amts, [int(rng.integers(60, 900))], l1, l2, ["fanout", "paofen"])
                mine.append(v)
                w.last_event_time[v] = tv + 900
        if rng.random() < 0.6:
            g.report(t[0] + int(rng.integers(7200, 2 * DAY)), "msisdn", ms, "fraud", "other", "user_report")
    g.report(T0 - 3 * DAY, "domain", "hn-jifen.vip", "fraud", "other", "internal")
    vict_common(gang, scheme, "other", mine, 0.3, {})

    # ------------------------------------------------------------------ G07 part-time task scam (刷单)
    gang, scheme = "G07", "part_time_task"
    cards = g.seller_cards(gang, scheme, 2, (3, 5), 2)
    l1, l2 = g.mule_accounts(gang, scheme, 6, 10, 3)
    dom, app = "dd-renwu.vip", "com.ddrw.taskhall"
    w.truth("domain", dom, "fraud_domain", gang, scheme, T0)
    w.truth("app", app, "fraud_app", gang, scheme, T0)
    young = (p.age >= 18) & (p.age <= 38)
    mine = []
    for k, (ms, _im, _op, _idk) in enumerate(cards):
        imei = w.imeis(1)[0]
        dd = days_range(3 + k, D)
        per = np.array([int(rng.integers(40, 110)) for _ in dd])
        t = spread_times(w, dd, per, WORK_W)
        rcv = targets_strangers(w, p, len(t), mask=young)
        w.add("sms", send_time=t, sender=ms, receiver=p.msisdn[rcv], sender_imei=imei,
              content=f"【招聘】在家动动手指日结200-500，宝妈学生均可，加QQ 3921{k}7 备注兼职")
        w.truth("msisdn", ms, "fraud_sms_sender", gang, scheme, t[0])
        for j in np.flatnonzero(rng.random(len(t)) < 0.0045):
            v = int(rcv[j])
            if p.reserved[v]:
                continue
            p.reserved[v] = True
            mine.append(v)
            tv = t[j] + int(rng.integers(1800, DAY))
            w.add("apps", time=[tv, tv + 600], msisdn=p.msisdn[v], app=app, event=["install", "use"],
                  source_url=f"https://{dom}/down")
            w.add("web", time=[tv - 60], msisdn=p.msisdn[v], domain=dom, url=f"https://{dom}/down", ip="43.129.200.5",
                  bytes=[1_500_000])
            # first a small task refunded with commission, then escalating "combined orders"
            w.add("transfers", time=[tv + 3600], from_account=l2[0], to_account=p.acct[v], amount=[128.0], currency="CNY",
                  channel="third_party")
            steps = [100.0, 500.0, 2000.0, 8000.0, 26000.0][: int(rng.integers(2, 6))]
            gaps = [1800] + [int(rng.integers(900, 20 * 3600)) for _ in steps[1:]]
            g.pay(gang, scheme, v, tv + 3600, steps, gaps, l1, l2, ["paofen", "fanout"])
            w.last_event_time[v] = tv + sum(gaps)
    w.truth("ip", "43.129.200.5", "fraud_domain", gang, scheme, T0)
    vict_common(gang, scheme, "part_time_job", mine, 0.4, {})

    # ------------------------------------------------------------------ G08 pig-butchering: grooming over days
    gang, scheme = "G08", "pig_butchering_invest"
    cards = g.seller_cards(gang, scheme, 2, (3, 4), -int(rng.integers(10, 30)))
    l1, l2 = g.mule_accounts(gang, scheme, 4, 8, 0)
    dom, app, ip = "hk-goldfx.com", "com.hkgfx.trader", "47.242.19.88"
    w.truth("domain", dom, "fraud_domain", gang, scheme, T0)
    w.truth("ip", ip, "fraud_domain", gang, scheme, T0)
    w.truth("app", app, "fraud_app", gang, scheme, T0)
    mine, caller_of = [], {}
    for _k, (ms, im, _op, _idk) in enumerate(cards):
        imei = w.imeis(1)[0]
        w.truth("msisdn", ms, "fraud_caller", gang, scheme, T0)
        lonely = (p.age >= 30) & (p.age <= 58)
        vs = p.free(int(rng.integers(2, 5)), lonely)
        for v in vs:
            g0 = int(rng.integers(0, 4))
            days = np.arange(g0, D)
            # daily messages and a few evening calls, friendly; investment after 6-10 days
            nmsg = rng.integers(2, 9, len(days))
            t = spread_times(w, days, nmsg)
            two = rng.random(len(t)) < 0.5
            snd = np.where(two, ms, p.msisdn[v])
            rcv = np.where(two, p.msisdn[v], ms)
            w.add("sms", send_time=t, sender=snd, receiver=rcv,
                  content=np.where(two, "早安，今天降温了记得加衣服", "你也是，早点休息"))
            ce = T0 + days[::2] * DAY + 21 * 3600 + rng.integers(0, 3600, len(days[::2]))
            calls(w, ms, p.msisdn[v], ce, rng.integers(300, 2400, len(ce)), imei=imei, imsi=im)
            tinv = T0 + (g0 + int(rng.integers(6, 10))) * DAY + 20 * 3600
            if tinv > T0 + (D - 1) * DAY:
                # groomed but has not paid yet within the data: a target, not a victim; left unlabelled
                continue
            w.add("web", time=[tinv - 1800], msisdn=p.msisdn[v], domain=f"www.{dom}", url=f"https://www.{dom}/",
                  ip=ip, bytes=[2_000_000])
            w.add("apps", time=[tinv - 1500, tinv - 1200], msisdn=p.msisdn[v], app=app, event=["install", "use"],
                  source_url=f"https://www.{dom}/app")
            amts = [10000.0, 30000.0, 80000.0][: int(rng.integers(1, 4))]
            gaps = [0] + [int(rng.integers(DAY // 2, 2 * DAY)) for _ in amts[1:]]
            g.pay(gang, scheme, v, tinv, amts, gaps, l1, l2, ["chain", "paofen"])
            caller_of[v] = ms
            mine.append(v)
            w.last_event_time[v] = tinv + sum(gaps)
    vict_common(gang, scheme, "romance", mine, 0.3, caller_of)

    # ------------------------------------------------------------------ G09 leader/acquaintance impersonation, new numbers, video
    gang, scheme = "G09", "leader_impersonation"
    cards = g.seller_cards(gang, scheme, 2, (2, 4), w.hist - 1)
    l1, l2 = g.mule_accounts(gang, scheme, 3, 5, 1)
    mine, caller_of = [], {}
    for k, (ms, im, _op, _idk) in enumerate(cards):
        imei = w.imeis(1)[0]
        # staff of one workplace (same work cell)
        wc = int(p.work[rng.integers(0, w.n)])
        staff = np.flatnonzero((p.work == wc) & ~p.lookalike & ~p.reserved)[:25]
        if len(staff) < 3:
            continue
        d0 = min(D - 1, w.hist + k % 3)
        t = T0 + d0 * DAY + 9 * 3600 + np.sort(rng.integers(0, 5 * 3600, len(staff)))
        w.add("sms", send_time=t, sender=ms, receiver=p.msisdn[staff], sender_imei=imei,
              content="我是刘局，这是我新号码，存一下。明天上午来我办公室一趟。")
        w.truth("msisdn", ms, "fraud_caller", gang, scheme, t[0])
        tgt, tc, ans = g.dial(ms, [d0 + 1] if d0 + 1 < D else [d0], [len(staff) // 2 + 1], 0.7, 50,
                              targets=staff, imei=imei, imsi=im, hours=WORK_W)
        for v in g.choose_victims(tgt[ans], 1):
            end, c = g.lengthen(v, 120, 600, media="video")
            caller_of[v] = c
            mine.append(v)
            amt = [float(rng.choice([20000, 35000, 48000, 50000, 86000]))]
            g.pay(gang, scheme, v, end, amt, [int(rng.integers(300, 2400))], l1, l2, ["fanout"])
            w.last_event_time[v] = end + 2400
    vict_common(gang, scheme, "acquaintance", mine, 0.7, caller_of)
    g.flush()

    # ------------------------------------------------------------------ G10 Wangiri one-ring from abroad
    gang, scheme = "G10", "wangiri_one_ring"
    wang = ["216" + str(int(x)) for x in rng.integers(20000000, 99999999, 3)] + \
           ["882" + str(int(x)) for x in rng.integers(1000000000, 9999999999, 2)]
    for k, ms in enumerate(wang):
        d0 = int(rng.integers(0, D - 1))
        tgt, t, ans = g.dial(ms, [d0, d0 + 1] if d0 + 1 < D else [d0], [int(rng.integers(400, 900))] * (
            2 if d0 + 1 < D else 1), 0.0, 1, targets=targets_strangers(w, p, 20000), ctype="intl_in",
            gateway=f"GW-INTL-{k % 2:02d}", ring_short=True, hours=np.r_[np.ones(6) * 3, np.ones(18)] / 36)
        w.truth("msisdn", ms, "fraud_caller", gang, scheme, t[0])
        cb = np.flatnonzero(rng.random(len(t)) < 0.03)  # some call back; charged, not labelled victims
        ci = tgt[cb]
        calls(w, p.msisdn[ci], ms, t[cb] + rng.integers(30, 7200, len(cb)), rng.integers(20, 180, len(cb)),
              imei=p.imei[ci], imsi=p.imsi[ci], cell=p.cells[p.home[ci]], ctype="intl_out")
    g.flush()

    # ------------------------------------------------------------------ G11 student-loan cancellation / credit repair (fixed lines)
    gang, scheme = "G11", "student_loan_cancel_credit_repair"
    shell = w.key("bl")
    w.truth("id_key", shell, "gang_member", gang, scheme, T0)
    lines = w.fixed("379", 3, lead="6") + w.fixed("373", 2, lead="3")
    l1, l2 = g.mule_accounts(gang, scheme, 4, 6, 2)
    dom = "zx-xiufu.cn"
    w.truth("domain", dom, "fraud_domain", gang, scheme, T0)
    young = (p.age >= 20) & (p.age <= 27)
    mine, caller_of = [], {}
    for k, ln in enumerate(lines):
        subs(w, ln, shell, T0 - int(rng.integers(8, 30)) * DAY, op="CTCC" if k < 3 else "CUCC", line="fixed",
             ctype="enterprise", id_type="business_license", region="Henan/Luoyang" if k < 3 else "Henan/Xinxiang")
        w.truth("msisdn", ln, "fixed_voip_line", gang, scheme, T0)
        dd = days_range(w.hist - 4 + k, D)
        per = [int(rng.integers(40, 120)) for _ in dd]
        tgt, t, ans = g.dial(ln, dd, per, 0.3, 30, targets=targets_strangers(w, p, 5000, mask=young), ctype="fixed",
                             hours=WORK_W)
        for v in g.choose_victims(tgt[ans], int(rng.integers(0, 3)), young):
            end, c = g.lengthen(v, 600, 2700)
            caller_of[v] = c
            mine.append(v)
            w.add("apps", time=[end - 900], msisdn=p.msisdn[v], app="com.tencent.wemeet", event="install")
            amts = list(np.round(rng.uniform(2000, 15000, int(rng.integers(1, 4))), 0))
            gaps = [int(rng.integers(-300, 900))] + [int(rng.integers(600, 3 * 3600)) for _ in amts[1:]]
            g.pay(gang, scheme, v, end, amts, gaps, l1, l2, ["atm", "fanout"])
            w.last_event_time[v] = end + sum(gaps) + 900
    # credit-repair adverts by SMS from a card
    c2 = g.seller_cards(gang, scheme, 1, (2, 2), w.hist - 3)
    for ms, _im, _op, _idk in c2:
        dd = days_range(w.hist - 2, D)
        t = spread_times(w, dd, [int(rng.integers(80, 160)) for _ in dd], WORK_W)
        rc = targets_strangers(w, p, len(t))
        w.add("sms", send_time=t, sender=ms, receiver=p.msisdn[rc], content=f"征信逾期可修复，内部渠道消除不良记录，详询 {dom}")
        w.truth("msisdn", ms, "fraud_sms_sender", gang, scheme, t[0])
    vict_common(gang, scheme, "loan", mine, 0.5, caller_of)
    g.flush()

    # ------------------------------------------------------------------ G12 concert-ticket scam via second-hand platform accounts
    gang, scheme = "G12", "concert_ticket"
    cards = g.seller_cards(gang, scheme, 2, (3, 4), 1)
    l1, l2 = g.mule_accounts(gang, scheme, 3, 4, 1)
    dom = "dmtix-pay.cc"
    w.truth("domain", dom, "fraud_domain", gang, scheme, T0)
    mine, caller_of = [], {}
    for _k, (ms, _im, _op, _idk) in enumerate(cards):
        t = T0 + int(rng.integers(2, 5)) * DAY + 3600 * np.arange(6)
        register_accounts(w, np.full(6, ms, dtype=object), t, np.array(["xianyu", "weibo", "douyin", "xianyu", "qq",
                                                                         "xiaohongshu"], dtype=object), "g12")
        w.truth("msisdn", ms, "fraud_caller", gang, scheme, t[0])
        fans = (p.age >= 17) & (p.age <= 32)
        vs = p.free(int(rng.integers(2, 5)), fans)
        for v in vs:
            tv = T0 + int(rng.integers(5, D)) * DAY + int(rng.integers(10 * 3600, 22 * 3600))
            calls(w, p.msisdn[v], ms, [tv], [int(rng.integers(60, 240))], imei=p.imei[v], imsi=p.imsi[v],
                  cell=p.cells[p.home[v]])
            w.add("web", time=[tv + 400], msisdn=p.msisdn[v], domain=dom, url=f"https://{dom}/order",
                  ip="38.54.30.101", bytes=[120000])
            amts = [float(rng.choice([680, 880, 1280, 1680, 2580]))] * int(rng.integers(1, 3))
            g.pay(gang, scheme, v, tv + 500, amts, [300] + [1800] * (len(amts) - 1), l1, l2, ["gold"])
            caller_of[v] = ms
            mine.append(v)
            w.last_event_time[v] = tv + 3000
    w.truth("ip", "38.54.30.101", "fraud_domain", gang, scheme, T0)
    vict_common(gang, scheme, "other", mine, 0.5, caller_of)
    # second-level mule accounts: labelled once money from a first-level mule reached them
    first_in: dict[str, float] = {}
    for ch in w.chunks["transfers"]:
        for side in ("to_account", "from_account"):
            for a, t in zip(ch[side], ch["time"], strict=True):
                if a in g.l2_gang and t < w.t_end and (a not in first_in or t < first_in[a]):
                    first_in[a] = t
    for a, t in first_in.items():
        w.truth("account", a, "mule_account", g.l2_gang[a][0], g.l2_gang[a][1], t)
    # bank reports on a few mule accounts, card sellers on a watch list
    for gg, accs in g.mules.items():
        for a in accs[:1]:
            g.report(T0 + int(rng.integers(2, D)) * DAY, "account", a, "fraud", None, "bank")
        del gg
    for idk in g.sellers[::4]:
        w.add("lists", entity_type="id_key", entity=[idk], list="watch", reason="断卡行动 card seller suspect",
              added_time=T0 + int(rng.integers(0, D)) * DAY)
    return g


# ================================================================================================ look-alikes
class LookAlikes:
    """Benign people and lines that share one or more surface traits with fraud."""

    def __init__(self, w: World, p: People):
        self.w, self.p = w, p
        self.kinds: dict[str, int] = {}

    def pick(self, kind: str, k: int, mask=None) -> np.ndarray:
        p = self.p
        sel = p.free(max(1, int(k)), mask)
        p.lookalike[sel] = True
        self.kinds[kind] = self.kinds.get(kind, 0) + len(sel)
        return sel

    def label(self, etype: str, ents, kind: str, first=T0) -> None:
        self.w.truth(etype, list(ents) if isinstance(ents, list | np.ndarray) else [ents], "benign", None, kind, first)

    def dial(self, caller, days, per, ans_p, med, targets, *, imei=None, imsi=None, cells=None, ctype="mobile",
             hours=WORK_W, gateway=None, sigma=0.8, media="voice"):
        w, p, rng = self.w, self.p, self.w.rng
        t = spread_times(w, days, per, hours)
        m = len(t)
        tg = targets[rng.integers(0, len(targets), m)]
        r = rng.random(m)
        ans = r < ans_p
        res = np.where(ans, "answered", np.where(r < ans_p + (1 - ans_p) * 0.75, "no_answer",
                                                 np.where(r < 0.985, "busy", "rejected")))
        dur = np.where(ans, np.clip(rng.lognormal(np.log(med), sigma, m), 3, 7200), 0)
        cell = None if cells is None else cells[rng.integers(0, len(cells), m)]
        calls(w, caller, p.msisdn[tg], t, dur, result=res, imei=imei, imsi=imsi, cell=cell,
              cecell=p.cells[p.home[tg]], ctype=ctype, gateway=gateway, media=media)
        return tg, t

    def run(self, S: float) -> None:
        w, p, rng = self.w, self.p, self.w.rng
        D, H = w.ndays, w.hist
        alld = list(range(D))
        city_of = lambda i: np.flatnonzero(p.city == p.city[i])  # noqa: E731
        city_cells = lambda i: p.cells[p.city_cells[p.city[i]]]  # noqa: E731

        def n(x):
            return max(1, int(round(x * S)))

        # -- mobile workers calling strangers all day on old cards
        for kind, k, lo, hi, ans_p, med, hours in (
                ("courier", 30, 30, 75, 0.72, 22, WORK_W),
                ("food_delivery_rider", 30, 15, 45, 0.8, 18,
                 np.r_[np.zeros(10), [2, 6, 8, 3, 1, 1, 2, 5, 7, 6, 3, 1], np.zeros(2)]),
                ("ride_hailing_driver", 20, 6, 22, 0.85, 30, HOUR_W)):
            for i in self.pick(kind, n(k), (p.age > 20) & (p.age < 55)):
                per = rng.integers(lo, hi, D)
                per[rng.random(D) < 0.15] = 0  # days off
                hw = np.asarray(hours, dtype=float)
                self.dial(p.msisdn[i], alld, per, ans_p, med, city_of(i), imei=p.imei[i], imsi=p.imsi[i],
                          cells=city_cells(i), hours=hw / hw.sum())
                self.label("msisdn", [p.msisdn[i]], kind)
                if kind == "courier":
                    tg = city_of(i)[rng.integers(0, len(city_of(i)), 20)]
                    w.add("sms", send_time=T0 + rng.integers(0, D, 20) * DAY + 10 * 3600, sender=p.msisdn[i],
                          receiver=p.msisdn[tg], content="您好，快递放门口了，有问题回电。", sender_imei=p.imei[i])
                if kind == "ride_hailing_driver":
                    w.add("apps", time=T0 + np.arange(D) * DAY + 7 * 3600, msisdn=p.msisdn[i], app="com.sdu.didi.gsui",
                          event="use")
        # -- sales people on NEW cards in the first days of the data
        for kind, k, lo, hi, ans_p, med, first in (("real_estate_agent_new_card", 15, 45, 110, 0.35, 35, 0),
                                                    ("insurance_agent_new_card", 15, 25, 70, 0.4, 60, 1),
                                                    ("car_dealer_sales_new_card", 8, 20, 50, 0.45, 50, 2)):
            for i in self.pick(kind, n(k), (p.age > 22) & (p.age < 50)):
                op = ["CMCC", "CTCC", "CUCC", "CUCC-MVNO"][int(rng.integers(0, 4))]
                ms = w.numbers(1, prefixes=MVNO[op])[0] if op in MVNO else w.numbers(1, op)[0]
                im = w.imsi(op)
                to = T0 + int(rng.integers(first, first + 3)) * DAY + 10 * 3600
                subs(w, ms, p.id_key[i], to, op=op, channel=f"HA-{CITIES[p.city[i]][1]}-store-{i % 50:03d}",
                     cell=p.cells[p.home[i]], prepaid=bool(rng.random() < 0.5), region=f"Henan/{CITIES[p.city[i]][0]}",
                     imsi=[im])
                dstart = (to - T0) // DAY
                dd = list(range(dstart, D))
                imei2 = w.imeis(1)[0] if rng.random() < 0.5 else p.imei[i]
                self.dial(ms, dd, rng.integers(lo, hi, len(dd)), ans_p, med, city_of(i), imei=imei2, imsi=im,
                          cells=city_cells(i))
                w.add("device", time=[to + 600], msisdn=ms, imsi=im, imei=imei2, cell=p.cells[p.work[i]], event="attach")
                self.label("msisdn", [ms], kind, to)
                if rng.random() < 0.2:  # annoyed residents report the agent as fraud; review clears it later
                    tr = to + int(rng.integers(DAY, 3 * DAY))
                    w.add("reports", time=[tr, tr + 2 * DAY], entity_type="msisdn", entity=ms,
                          label=["fraud", "benign"], fraud_type=["other", None], source=["user_report", "internal"])
        # -- recruitment HR
        for i in self.pick("recruitment_hr", n(10), (p.age > 24) & (p.age < 45)):
            young = np.flatnonzero((p.age < 30) & (p.age > 19))
            tg, t = self.dial(p.msisdn[i], alld, rng.integers(20, 50, D), 0.6, 90, young, imei=p.imei[i],
                              imsi=p.imsi[i])
            s = rng.random(len(t)) < 0.3
            w.add("sms", send_time=t[s] + 200, sender=p.msisdn[i], receiver=p.msisdn[tg[s]], sender_imei=p.imei[i],
                  content="【面试邀请】您好，请于周四上午10点到郑东新区商务内环7号楼面试，详见 https://m.zhaopin.com/jobs/")
            self.label("msisdn", [p.msisdn[i]], "recruitment_hr")
        # -- community grid workers: residents of their own area, notices
        for i in self.pick("grid_worker", n(15), (p.age > 25) & (p.age < 58)):
            area = np.flatnonzero(p.home == p.home[i])
            if len(area) < 5:
                area = city_of(i)
            self.dial(p.msisdn[i], alld, rng.integers(20, 60, D), 0.78, 55, area, imei=p.imei[i], imsi=p.imsi[i],
                      cells=np.array([p.cells[p.home[i]]], dtype=object))
            d = int(rng.integers(0, D))
            rc = area[: 120]
            w.add("sms", send_time=T0 + d * DAY + 9 * 3600 + np.arange(len(rc)) * 7, sender=p.msisdn[i],
                  receiver=p.msisdn[rc], sender_imei=p.imei[i],
                  content="【社区通知】本周六上午在小区广场开展反诈宣传和医保缴费登记，请居民携带身份证参加。")
            self.label("msisdn", [p.msisdn[i]], "grid_worker")
        # -- enterprise fixed / VoIP lines calling many people
        for kind, nl, code, lead, line, lo, hi, ans_p, med, gw in (
                ("antifraud_centre_96110", 4, "371", "96110", "fixed", 90, 220, 0.55, 80, "GW-GOV-96110"),
                ("hospital_reminder_line", 3, "371", "6796", "fixed", 30, 80, 0.68, 40, None),
                ("vaccination_reminder_line", 2, "377", "63", "fixed", 15, 40, 0.7, 45, None),
                ("bank_callcentre_voip", n(8), "371", "5553", "voip", 140, 320, 0.28, 45, "SIPGW-BANK-1"),
                ("telecom_outbound_voip", n(4), "371", "5556", "voip", 80, 200, 0.3, 60, "SIPGW-TEL-2")):
            bl = w.key("bl")
            lines = w.fixed(code, nl, lead=lead)
            ot = T0 - int(rng.integers(300, 3000)) * DAY
            subs(w, lines, bl, ot, op="CTCC", line=line, ctype="enterprise", id_type="business_license",
                 region="Henan/Zhengzhou")
            for ln in lines:
                tg, _t = self.dial(ln, alld, rng.integers(lo, hi, D), ans_p, med, np.flatnonzero(~p.reserved | p.lookalike),
                                   ctype="voip" if line == "voip" else "fixed", gateway=gw)
            self.label("msisdn", lines, kind)
            self.kinds[kind] = len(lines)
            if kind == "antifraud_centre_96110":
                self.af_lines = lines
            if kind == "hospital_reminder_line":
                tg = rng.choice(w.n, n(600))
                w.add("sms", send_time=T0 + rng.integers(0, D, len(tg)) * DAY + 8 * 3600 + rng.integers(0, 3600, len(tg)),
                      sender="1069036711206", receiver=p.msisdn[tg],
                      content="【郑大一附院】您预约的门诊将于明日就诊，请携带医保卡按时到院。退订回T")
                self.label("msisdn", ["1069036711206"], "hospital_reminder_line")
        # -- debt collectors: repeated calls to a fixed book of debtors, cards a few months old
        for i in self.pick("debt_collector", n(10), (p.age > 22) & (p.age < 45)):
            book = rng.choice(np.flatnonzero(~p.reserved), 60)
            self.dial(p.msisdn[i], alld, rng.integers(40, 95, D), 0.25, 40, book, imei=p.imei[i], imsi=p.imsi[i])
            self.label("msisdn", [p.msisdn[i]], "debt_collector")
        # -- travellers in South-East Asia calling home (roaming)
        for i in self.pick("traveller_southeast_asia", n(30), p.age > 25):
            c = ["TH", "VN", "MY", "KH", "SG", "LA", "PH", "MM"][int(rng.integers(0, 8))]
            d0 = int(rng.integers(0, D - 4))
            dd = list(range(d0, min(D, d0 + int(rng.integers(4, 10)))))
            cont = p.cdst[p.coff[i]: p.coff[i] + p.cdeg[i]]
            t = spread_times(w, dd, rng.integers(1, 6, len(dd)))
            tg = cont[rng.integers(0, len(cont), len(t))]
            calls(w, p.msisdn[i], p.msisdn[tg], t, rng.integers(30, 900, len(t)), imei=p.imei[i], imsi=p.imsi[i],
                  roam=c, ctype="intl_out", cecell=p.cells[p.home[tg]])
            w.add("device", time=T0 + np.array(dd) * DAY + 8 * 3600, msisdn=p.msisdn[i], imsi=p.imsi[i], imei=p.imei[i],
                  event="location_update", roaming_country=c)
            w.add("sms", send_time=t[:3] + 60, sender=p.msisdn[i], receiver=p.msisdn[tg[:3]], content="平安到了，这边挺热",
                  sender_imei=p.imei[i], sender_roaming_country=c)
            self.label("msisdn", [p.msisdn[i]], "traveller_southeast_asia")
        # -- Henan workers abroad (Malaysia, Singapore, Japan, UAE, Thailand) calling their families
        for _j in range(n(25)):
            cc = ["60", "65", "81", "971", "66"][int(rng.integers(0, 5))]
            ms = f"{cc}{int(rng.integers(10**8, 10**9))}"
            fam = self.pick("overseas_worker_calls_home", 1)
            fam = np.r_[fam, p.cdst[p.coff[fam[0]]: p.coff[fam[0]] + min(3, p.cdeg[fam[0]])]]
            t = spread_times(w, alld, rng.integers(0, 4, D), HOUR_W)
            tg = fam[rng.integers(0, len(fam), len(t))]
            calls(w, ms, p.msisdn[tg], t, np.where(rng.random(len(t)) < 0.85, rng.integers(60, 2400, len(t)), 0),
                  cecell=p.cells[p.home[tg]], ctype="intl_in", gateway=f"GW-INTL-{int(rng.integers(0, 6)):02d}",
                  media=np.where(rng.random(len(t)) < 0.3, "video", "voice"))
            self.label("msisdn", [ms], "overseas_worker_calls_home")
        # -- changed number: the new card texts every contact
        for i in self.pick("changed_number", n(20)):
            op = ["CMCC", "CTCC", "CUCC"][int(rng.integers(0, 3))]
            ms = w.numbers(1, op)[0]
            im = w.imsi(op)
            d0 = int(rng.integers(1, D - 2))
            to = T0 + d0 * DAY + 11 * 3600
            subs(w, ms, p.id_key[i], to, op=op, cell=p.cells[p.home[i]], region=f"Henan/{CITIES[p.city[i]][0]}", imsi=[im])
            cont = p.cdst[p.coff[i]: p.coff[i] + p.cdeg[i]]
            w.add("sms", send_time=to + 1800 + np.arange(len(cont)) * 20, sender=ms, receiver=p.msisdn[cont],
                  sender_imei=p.imei[i], content=f"我换号了，这是我的新号码，旧号不用了，麻烦存一下。——{i % 97}")
            dd = list(range(d0, D))
            t = spread_times(w, dd, rng.integers(2, 7, len(dd)))
            tg = cont[rng.integers(0, len(cont), len(t))]
            calls(w, ms, p.msisdn[tg], t, rng.integers(20, 600, len(t)), imei=p.imei[i], imsi=im,
                  cecell=p.cells[p.home[tg]])
            w.add("device", time=[to + 600], msisdn=ms, imsi=im, imei=p.imei[i], cell=p.cells[p.home[i]], event="attach")
            p.quiet_until[i] = 0
            w.old_number_closed = getattr(w, "old_number_closed", []) + [(i, to + DAY)]
            self.label("msisdn", [ms], "changed_number", to)
        # -- dual-SIM phones: one IMEI, two numbers of one person
        for i in self.pick("dual_sim", n(40)):
            op = ["CMCC", "CTCC", "CUCC", "CBN"][int(rng.integers(0, 4))]
            ms = w.numbers(1, op)[0]
            im = w.imsi(op)
            subs(w, ms, p.id_key[i], T0 - int(rng.integers(30, 2000)) * DAY, op=op, imsi=[im],
                 region=f"Henan/{CITIES[p.city[i]][0]}")
            cont = p.cdst[p.coff[i]: p.coff[i] + p.cdeg[i]]
            t = spread_times(w, alld, rng.integers(0, 4, D))
            tg = cont[rng.integers(0, len(cont), len(t))]
            calls(w, ms, p.msisdn[tg], t, rng.integers(0, 400, len(t)), imei=p.imei[i], imsi=im,
                  cell=p.cells[p.home[i]])
            w.add("device", time=T0 + np.arange(D) * DAY + 7 * 3600, msisdn=ms, imsi=im, imei=p.imei[i],
                  cell=p.cells[p.home[i]], event="power_on")
            self.label("imei", [p.imei[i]], "dual_sim")
        # -- family plans: one ID holds 3-6 cards used by family members
        for i in self.pick("family_plan_one_id_many_cards", n(30), p.age > 35):
            k = int(rng.integers(3, 7))
            ms = w.numbers(k, p.op[i] if p.op[i] in PREFIXES else "CMCC")
            ot = T0 - rng.integers(20, 3000, k) * DAY
            ot[rng.random(k) < 0.3] = T0 + int(rng.integers(0, 3)) * DAY + 15 * 3600  # a child's first phone
            subs(w, ms, p.id_key[i], ot, op=p.op[i] if p.op[i] in PREFIXES else "CMCC",
                 region=f"Henan/{CITIES[p.city[i]][0]}", channel="HA-family-plan")
            ims = w.imeis(k)
            for j in range(k):
                d0 = max(0, int((ot[j] - T0) // DAY) + 1)
                t = spread_times(w, list(range(d0, D)), rng.integers(1, 5, D - d0))
                calls(w, ms[j], p.msisdn[i], t, rng.integers(0, 500, len(t)), imei=ims[j], cell=p.cells[p.home[i]])
                w.add("device", time=T0 + np.arange(d0, D) * DAY + 7 * 3600, msisdn=ms[j], imei=ims[j],
                      cell=p.cells[p.home[i]], event="power_on")
            self.label("id_key", [p.id_key[i]], "family_plan_one_id_many_cards")
        # -- an enterprise buys a batch of cards for its sales team in one day
        bl = w.key("bl")
        k = n(25)
        ms = w.numbers(k, "CUCC")
        ot = T0 + 1 * DAY + 10 * 3600 + np.arange(k) * 90
        subs(w, ms, bl, ot, op="CUCC", ctype="enterprise", id_type="business_license", channel="HA-371-ent-center",
             region="Henan/Zhengzhou")
        ims = w.imeis(k)
        zz = np.flatnonzero(p.city == 0)
        for j in range(k):
            self.dial(ms[j], list(range(2, D)), rng.integers(5, 30, D - 2), 0.5, 70, zz, imei=ims[j])
        self.label("id_key", [bl], "enterprise_bulk_cards")
        self.kinds["enterprise_bulk_cards"] = 1
        # -- dormant cards that wake up in the evaluation days
        for i in self.pick("dormant_card_wakes_up", n(40)):
            p.quiet_until[i] = int(rng.integers(H, D))
            self.label("msisdn", [p.msisdn[i]], "dormant_card_wakes_up", T0 + p.quiet_until[i] * DAY)
        # -- phone repair shops: one test handset sees many customers' SIMs
        for _s in range(n(6)):
            sh = self.pick("phone_repair_shop", 1)[0]
            im = w.imeis(1)[0]
            for d in alld:
                cust = rng.choice(city_of(sh), int(rng.integers(8, 30)))
                tt = T0 + d * DAY + 10 * 3600 + np.sort(rng.integers(0, 9 * 3600, len(cust)))
                w.add("device", time=tt, msisdn=p.msisdn[cust], imsi=p.imsi[cust], imei=im, cell=p.cells[p.work[sh]],
                      event="attach")
                tc = rng.random(len(cust)) < 0.5
                calls(w, p.msisdn[cust[tc]], "10086", tt[tc] + 60, rng.integers(5, 40, tc.sum()), imei=im,
                      imsi=p.imsi[cust[tc]], cell=p.cells[p.work[sh]])
            self.label("imei", [im], "phone_repair_shop")
        # -- IoT fleets: shared bikes and smart meters
        for kind, k, lead in (("iot_fleet_shared_bikes", n(300), 1440), ("iot_fleet_smart_meters", n(200), 1064)):
            bl = w.key("bl")
            ms = [f"86{lead}{int(x):09d}" for x in rng.choice(10**9, k, replace=False)]
            ot = T0 - 400 * DAY if kind.endswith("meters") else T0 + 2 * DAY + rng.integers(0, 4 * 3600, k)
            subs(w, ms, bl, ot, op="CMCC", line="iot", ctype="enterprise", id_type="business_license",
                 channel="HA-iot-ent")
            cnt = rng.poisson(3, (k, D))
            if not kind.endswith("meters"):
                cnt[:, :3] = 0
            who = np.repeat(np.repeat(np.arange(k), D), cnt.ravel())
            dy = np.repeat(np.tile(np.arange(D), k), cnt.ravel())
            zc = p.city_cells[0]
            msa = np.array(ms, dtype=object)
            imi = np.array([f"86{int(h16(kind, j), 16) % 10**13:013d}" for j in range(k)], dtype=object)
            w.add("device", time=w.day_times(dy), msisdn=msa[who], imei=imi[who],
                  cell=p.cells[zc[rng.integers(0, len(zc), len(who))]], event="data_session",
                  bytes=rng.integers(200, 8000, len(who)))
            w.add("sms", send_time=w.day_times(dy[::9]), sender=msa[who[::9]], receiver="10657501",
                  content="STAT:OK", sender_imei=imi[who[::9]])
            self.label("id_key", [bl], kind)
            self.kinds[kind] = 1
        # -- marketing SMS ports with links
        for port, txt in (("10690288811", "【美团】中秋团购节，月饼低至5折，点击 https://i.meituan.com/zq 抢购，拒收请回复R"),
                          ("106575102966", "【京东】您有一张满199减100券待领取，https://3.cn/2aXb-qk 退订回T"),
                          ("10693500219", "【大润发】中秋特惠：郑州各门店水果5折，详情 https://m.rt-mart.com.cn 退订回T")):
            for d in alld:
                tg = rng.choice(w.n, int(rng.integers(300, 900) * S))
                w.add("sms", send_time=T0 + d * DAY + 10 * 3600 + np.sort(rng.integers(0, 8 * 3600, len(tg))),
                      sender=port, receiver=p.msisdn[tg], content=txt)
            self.label("msisdn", [port], "marketing_sms_port_with_links")
        self.kinds["marketing_sms_port_with_links"] = 3
        # -- teachers / organisers sending one notice to many parents
        for i in self.pick("teacher_notice", n(20), (p.age > 24) & (p.age < 55)):
            parents = city_of(i)[rng.integers(0, len(city_of(i)), int(rng.integers(35, 60)))]
            for d in rng.choice(D, 2, replace=False):
                w.add("sms", send_time=T0 + int(d) * DAY + 17 * 3600 + np.arange(len(parents)) * 3, sender=p.msisdn[i],
                      receiver=p.msisdn[parents], sender_imei=p.imei[i],
                      content="各位家长：中秋放假三天，9月25日至27日，28日正常上课，请注意孩子安全。")
            self.label("msisdn", [p.msisdn[i]], "teacher_notice")
        # -- new phone bought: IMEI changes mid-data
        for i in self.pick("new_phone_imei_change", n(60)):
            d0 = int(rng.integers(1, D - 1))
            newi = w.imeis(1)[0]
            w.add("device", time=T0 + np.arange(d0, D) * DAY + 12 * 3600, msisdn=p.msisdn[i], imsi=p.imsi[i], imei=newi,
                  cell=p.cells[p.home[i]], event=["power_on"] + ["location_update"] * (D - d0 - 1))
            t = spread_times(w, list(range(d0, D)), rng.integers(1, 6, D - d0))
            cont = p.cdst[p.coff[i]: p.coff[i] + p.cdeg[i]]
            calls(w, p.msisdn[i], p.msisdn[cont[rng.integers(0, len(cont), len(t))]], t, rng.integers(10, 400, len(t)),
                  imei=newi, imsi=p.imsi[i], cell=p.cells[p.home[i]])
            w.add("apps", time=[T0 + d0 * DAY + 12 * 3600 + 600], msisdn=p.msisdn[i], app="com.tencent.mm",
                  event="install")
            self.label("msisdn", [p.msisdn[i]], "new_phone_imei_change")
        # -- elderly with very long calls
        for i in self.pick("elderly_long_calls", n(30), p.age > 68):
            cont = p.cdst[p.coff[i]: p.coff[i] + p.cdeg[i]][:3]
            t = spread_times(w, alld, rng.integers(1, 3, D))
            calls(w, p.msisdn[i], p.msisdn[cont[rng.integers(0, len(cont), len(t))]], t,
                  rng.integers(1800, 7200, len(t)), imei=p.imei[i], imsi=p.imsi[i], cell=p.cells[p.home[i]])
            self.label("msisdn", [p.msisdn[i]], "elderly_long_calls")
        # -- IT support with remote-desktop apps calling clients
        for i in self.pick("it_support_remote_desktop", n(8), (p.age > 22) & (p.age < 45)):
            clients = rng.choice(np.flatnonzero(~p.reserved), 150)
            tg, t = self.dial(p.msisdn[i], alld, rng.integers(12, 35, D), 0.8, 300, clients, imei=p.imei[i],
                              imsi=p.imsi[i])
            a = ["com.oray.sunlogin", "youqu.android.todesk"][int(i) % 2]
            w.add("apps", time=t[::3], msisdn=p.msisdn[i], app=a, event="use")
            c2 = np.unique(tg)[:25]
            w.add("apps", time=T0 + rng.integers(0, D, len(c2)) * DAY + 11 * 3600, msisdn=p.msisdn[c2], app=a,
                  event="install", source_url="https://sunlogin.oray.com/download" if a.startswith("com.oray") else
                  "https://www.todesk.com/download.html")
            self.label("msisdn", [p.msisdn[i]], "it_support_remote_desktop")
        # -- students registering many internet accounts
        for i in self.pick("student_many_accounts", n(25), (p.age >= 17) & (p.age <= 22)):
            d0 = int(rng.integers(0, D - 2))
            k = int(rng.integers(6, 15))
            t = T0 + d0 * DAY + 14 * 3600 + np.sort(rng.integers(0, 2 * DAY, k))
            register_accounts(w, np.full(k, p.msisdn[i], dtype=object), t,
                              np.array(PLATFORMS, dtype=object)[rng.choice(len(PLATFORMS), k, replace=False)], "stu")
            self.label("msisdn", [p.msisdn[i]], "student_many_accounts")

    def money(self, S: float) -> None:
        """Look-alikes visible in money: merchants, crowdfunding, landlords, shops, group-buy leaders."""
        w, p, rng = self.w, self.p, self.w.rng
        D = w.ndays

        def n(x):
            return max(1, int(round(x * S)))

        payers = np.flatnonzero(~p.reserved)
        for i in self.pick("merchant_many_small_payments", n(20)):
            k = int(rng.integers(30, 120)) * D
            w.add("transfers", time=w.day_times(rng.integers(0, D, k), WORK_W), from_account=p.acct[rng.choice(payers, k)],
                  to_account=p.acct[i], amount=np.round(rng.lognormal(np.log(18), 0.7, k), 2), currency="CNY",
                  channel="third_party")
            w.add("transfers", time=T0 + np.arange(D) * DAY + 22 * 3600, from_account=p.acct[i],
                  to_account=w.merchants[int(i) % len(w.merchants)], amount=np.round(rng.uniform(800, 3000, D), 2),
                  currency="CNY", channel="mobile_app", initiated_msisdn=p.msisdn[i])
            self.label("account", [p.acct[i]], "merchant_many_small_payments")
        for i in self.pick("crowdfunding_illness", n(5)):
            d0 = int(rng.integers(0, D - 4))
            cont = p.cdst[p.coff[i]: p.coff[i] + p.cdeg[i]]
            k = int(rng.integers(120, 320))
            src = np.where(rng.random(k) < 0.5, cont[rng.integers(0, len(cont), k)], rng.choice(payers, k))
            tt = T0 + d0 * DAY + np.sort(rng.integers(0, 3 * DAY, k))
            amts = np.round(rng.choice([10, 20, 50, 100, 200, 500, 1000], k).astype(float), 2)
            w.add("transfers", time=tt, from_account=p.acct[src], to_account=p.acct[i], amount=amts, currency="CNY",
                  channel="third_party")
            w.add("transfers", time=[tt[-1] + DAY], from_account=p.acct[i], to_account="ac_hosp_zdyfy_inpatient",
                  amount=[round(float(amts.sum()) * 0.97, 2)], currency="CNY", channel="counter")
            self.label("account", [p.acct[i]], "crowdfunding_illness")
        for i in self.pick("landlord_rent", n(10), p.age > 35):
            k = int(rng.integers(4, 13))
            ten = rng.choice(payers, k)
            w.add("transfers", time=T0 + rng.integers(0, 5, k) * DAY + rng.integers(8 * 3600, 22 * 3600, k),
                  from_account=p.acct[ten], to_account=p.acct[i], amount=rng.choice([900.0, 1200.0, 1500.0, 2300.0], k),
                  currency="CNY", channel="mobile_app", initiated_msisdn=p.msisdn[ten])
            self.label("account", [p.acct[i]], "landlord_rent")
        sup = [f"ac_sup{h16(w.seed, 'sup', j)}" for j in range(30)]
        for i in self.pick("shop_pays_suppliers_under_limit", n(10), p.age > 28):
            k = int(rng.integers(6, 20))
            w.add("transfers", time=w.day_times(rng.integers(0, D, k), WORK_W), from_account=p.acct[i],
                  to_account=[sup[int(x)] for x in rng.integers(0, 30, k)],
                  amount=np.round(rng.uniform(45000, 49999, k), 2), currency="CNY", channel="mobile_app",
                  initiated_msisdn=p.msisdn[i])
            self.label("account", [p.acct[i]], "shop_pays_suppliers_under_limit")
        for i in self.pick("group_buy_leader", n(10)):
            nb = np.flatnonzero(p.home == p.home[i])
            if len(nb) < 10:
                nb = payers
            rc = nb[: 150]
            d = int(rng.integers(0, D - 1))
            w.add("sms", send_time=T0 + d * DAY + 19 * 3600 + np.arange(len(rc)) * 5, sender=p.msisdn[i],
                  receiver=p.msisdn[rc], sender_imei=p.imei[i], content="【团购】明天到货：新郑红枣、灵宝苹果，接龙付款，群里见。")
            k = int(rng.integers(40, 140))
            w.add("transfers", time=T0 + (d + 1) * DAY + np.sort(rng.integers(0, 12 * 3600, k)),
                  from_account=p.acct[rng.choice(payers, k)], to_account=p.acct[i],
                  amount=np.round(rng.uniform(15, 160, k), 0), currency="CNY", channel="third_party")
            self.label("msisdn", [p.msisdn[i]], "group_buy_leader")
            self.label("account", [p.acct[i]], "group_buy_leader")


def followups(w: World, p: People, g: Gangs, la: LookAlikes) -> None:
    """The anti-fraud centre calls victims after their losses (police follow-up), from 96110."""
    rng = w.rng
    ts, tg, ln = [], [], []
    for v in g.victims:
        t = w.last_event_time.get(v, T0) + int(rng.integers(3600, DAY))
        if t < T0 + w.ndays * DAY - 60:
            ts.append(t)
            tg.append(v)
            ln.append(la.af_lines[int(rng.integers(0, len(la.af_lines)))])
    if tg:
        tg = np.array(tg)
        calls(w, ln, p.msisdn[tg], ts, rng.integers(120, 900, len(tg)), ctype="fixed", gateway="GW-GOV-96110",
              cecell=p.cells[p.home[tg]])


def subscribers_and_lists(w: World, p: People, la: LookAlikes) -> None:
    rng = w.rng
    closed = dict(getattr(w, "old_number_closed", []))
    status = np.array(["closed" if i in closed else "active" for i in range(w.n)], dtype=object)
    st = np.array([closed.get(i, NAN) for i in range(w.n)], dtype=float)
    ch = np.array([f"HA-{CITIES[c][1]}-store-{int(x):03d}" for c, x in zip(p.city, rng.integers(0, 60, w.n), strict=True)],
                  dtype=object)
    subs(w, p.msisdn, p.id_key, p.open_time, op=p.op, channel=ch, cell=p.cells[p.home], prepaid=p.prepaid,
         region=np.array([f"Henan/{CITIES[c][0]}" for c in p.city], dtype=object), status=status, status_time=st,
         imsi=p.imsi)
    # allow list: public-service and bank numbers, the anti-fraud centre
    allow = ["95588", "95599", "95533", "95566", "95580", "95555", "10086", "10010", "10000"] + list(la.af_lines)
    w.add("lists", entity_type="msisdn", entity=allow, list="allow", reason="public service number",
          added_time=T0 - 400 * DAY)
    w.add("lists", entity_type="domain", entity=["hn-jifen.vip", "sf-kuaidi-lp.top"], list="block",
          reason="phishing reported by CNCERT", added_time=T0 - 2 * DAY, expires_time=T0 + 90 * DAY)


def shop_lines(w: World, p: People) -> None:
    """Fixed lines of shops, restaurants and clinics the residents call (ordinary, unlabelled)."""
    res = []
    for ci, c in enumerate(CITIES):
        k = int(10 + c[2] * 3)
        ls = w.fixed(c[1], k)
        subs(w, ls, [f"bl_{h16(w.seed, 'shop', ci, j)}" for j in range(k)], T0 - 1500 * DAY, op="CTCC", line="fixed",
             ctype="enterprise", id_type="business_license", region=f"Henan/{c[0]}")
        res += ls
    w.shop_lines = np.array(res, dtype=object)


def generate(out: Path, seed: int, n: int, hist: int, days: int) -> dict[str, int]:
    w = World(seed, n, hist, days)
    S = max(0.2, n / 15000)
    p = People(w)
    shop_lines(w, p)
    la = LookAlikes(w, p)
    la.run(S)
    g = run_gangs(w, p)
    bank_and_money(w, p)
    la.money(S)
    followups(w, p, g, la)
    background(w, p)
    bank_notices(w, p)
    subscribers_and_lists(w, p, la)
    counts = w.write(out)
    counts["victims"] = len(g.victims)
    counts["lookalike_kinds"] = len(la.kinds)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--subscribers", type=int, default=15000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=5)
    a = ap.parse_args()
    t = time.time()
    counts = generate(a.out, a.seed, a.subscribers, a.days_history, a.days)
    counts["seconds"] = round(time.time() - t, 1)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
