#!/usr/bin/env python3
"""Blind red-team generator 6: a synthetic Guangdong province in interchange v1 with ground truth.

    generate.py --out DIR --seed N [--subscribers 20000] [--days-history 10] [--days 7]

Written from the interchange spec and the ingest schema only (see README.md). Everything is vectorised
numpy/pyarrow; the same seed gives byte-identical files.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "src"))
from fraudwall.interchange.schema import RECORD_TYPES, TRUTH_TYPES  # noqa: E402

TZ = "Asia/Shanghai"
T0_UTC = 1793462400  # 2026-11-01T00:00:00+08:00 (a Sunday) as UNIX seconds
T0_DOW = 6
DAY = 86400

# ------------------------------------------------------------------------------------------------ geography
CITIES = [  # name, area code, population weight, lat, lon, manufacturing
    ("Guangzhou", 20, 0.17, 23.13, 113.26, 0), ("Shenzhen", 755, 0.19, 22.54, 114.06, 1),
    ("Dongguan", 769, 0.13, 23.02, 113.75, 1), ("Foshan", 757, 0.10, 23.02, 113.12, 1),
    ("Huizhou", 752, 0.05, 23.11, 114.42, 1), ("Zhuhai", 756, 0.03, 22.27, 113.58, 0),
    ("Zhongshan", 760, 0.04, 22.52, 113.39, 1), ("Jiangmen", 750, 0.03, 22.58, 113.08, 1),
    ("Shantou", 754, 0.04, 23.35, 116.68, 0), ("Zhanjiang", 759, 0.04, 21.27, 110.36, 0),
    ("Maoming", 668, 0.04, 21.66, 110.93, 0), ("Shaoguan", 751, 0.02, 24.81, 113.60, 0),
    ("Meizhou", 753, 0.02, 24.29, 116.12, 0), ("Jieyang", 663, 0.03, 23.55, 116.37, 0),
    ("Qingyuan", 763, 0.02, 23.68, 113.06, 0), ("Zhaoqing", 758, 0.02, 23.05, 112.47, 0),
    ("Chaozhou", 768, 0.01, 23.66, 116.62, 0),
]
CITY_NAMES = [c[0] for c in CITIES]
AREA = np.array([c[1] for c in CITIES])
# cell kinds
CK_MACRO, CK_DORM, CK_VILLAGE, CK_BORDER, CK_HUB, CK_MARKET, CK_HOSP = range(7)

MOBILE_PREFIX = {  # prefix -> operator
    134: "China Mobile", 135: "China Mobile", 136: "China Mobile", 137: "China Mobile", 138: "China Mobile",
    139: "China Mobile", 150: "China Mobile", 158: "China Mobile", 159: "China Mobile", 182: "China Mobile",
    187: "China Mobile", 188: "China Mobile", 198: "China Mobile", 130: "China Unicom", 131: "China Unicom",
    132: "China Unicom", 155: "China Unicom", 156: "China Unicom", 185: "China Unicom", 186: "China Unicom",
    166: "China Unicom", 133: "China Telecom", 153: "China Telecom", 180: "China Telecom", 181: "China Telecom",
    189: "China Telecom", 199: "China Telecom", 177: "China Telecom", 170: "MVNO", 171: "MVNO", 165: "MVNO",
    162: "MVNO", 167: "MVNO",
}
NORMAL_PREFIXES = [p for p, o in MOBILE_PREFIX.items() if o != "MVNO"]
MVNO_PREFIXES = [p for p, o in MOBILE_PREFIX.items() if o == "MVNO"]
BANKS = ["ICBC", "CCB", "ABC", "BOC", "CMB", "PSBC", "GDRCU", "PINGAN", "CGB", "BOCOM", "CITIC", "SPDB"]

# occupations
OCC = ["factory", "office", "merchant", "student", "elderly", "courier", "homemaker", "driver", "finance"]
OCC_P = np.array([0.30, 0.20, 0.08, 0.08, 0.15, 0.03, 0.07, 0.05, 0.04])
O_FACTORY, O_OFFICE, O_MERCHANT, O_STUDENT, O_ELDERLY, O_COURIER, O_HOME, O_DRIVER, O_FIN = range(9)

BENIGN_DOMAINS = [
    ("taobao.com", 10), ("jd.com", 7), ("pinduoduo.com", 9), ("douyin.com", 14), ("weixin.qq.com", 16),
    ("qq.com", 6), ("baidu.com", 7), ("amap.com", 4), ("12306.cn", 1), ("meituan.com", 6), ("ele.me", 3),
    ("cainiao.com", 3), ("sf-express.com", 2), ("kuaishou.com", 6), ("bilibili.com", 4), ("alipay.com", 6),
    ("icbc.com.cn", 1), ("ccb.com", 1), ("cmbchina.com", 1), ("gd.gov.cn", 0.5), ("gzmtr.com", 0.7),
    ("szmc.net", 0.5), ("1688.com", 1.5), ("xiaohongshu.com", 4), ("weibo.com", 3), ("163.com", 2),
    ("iqiyi.com", 2), ("ctrip.com", 1), ("didiglobal.com", 1.5), ("zhaopin.com", 0.6), ("58.com", 1),
    ("anjuke.com", 0.5), ("ke.com", 0.5), ("dianping.com", 1.5), ("tencent-cloud.net", 1), ("apple.com", 1),
    ("huawei.com", 1), ("mi.com", 1), ("vivo.com.cn", 0.6), ("oppo.com", 0.6), ("hkjc.com", 0.2),
    ("gov.hk", 0.1), ("macautourism.gov.mo", 0.1), ("yuewen.com", 0.5), ("sina.com.cn", 1),
    ("wps.cn", 0.5), ("zhihu.com", 1.5), ("mgtv.com", 0.5), ("gdrcu.com", 0.3), ("95516.com", 0.3),
]
BENIGN_APPS = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
               "com.xunmeng.pinduoduo", "com.jingdong.app.mall", "com.sankuai.meituan", "com.autonavi.minimap",
               "com.smile.gifmaker", "com.tencent.mobileqq", "com.xingin.xhs", "com.sdu.didi.psnger",
               "com.icbc", "com.cmbchina.ccd", "cn.gov.pbc.dcep", "com.cainiao.wireless", "com.zhaopin.social",
               "com.tencent.wemeet.app", "com.tmri.app.main", "cn.gov.mps.fzapp"]


class Out:
    """Accumulates pyarrow columns per record type; converts numpy parts by column meaning."""

    def __init__(self):
        self.parts: dict[str, list[dict]] = {}
        self.cells: list[str] = []
        self.dom: list[str] = [d for d, _ in BENIGN_DOMAINS]
        self.apps: list[str] = list(BENIGN_APPS)
        self.texts: list[str] = [""]
        self._ids = {"call_id": 0, "sms_id": 0, "txn_id": 0, "report_id": 0}

    def dom_id(self, name):
        self.dom.append(name)
        return len(self.dom) - 1

    def app_id(self, name):
        self.apps.append(name)
        return len(self.apps) - 1

    def text_id(self, s):
        self.texts.append(s)
        return len(self.texts) - 1

    def conv(self, rt, name, v, n, ctype):
        if isinstance(v, pa.Array):
            return v
        if v is None:
            return pa.nulls(n, _pat(ctype))
        if isinstance(v, (str, bool, float, int)) and not isinstance(v, np.ndarray):
            if ctype == "time":
                return pa.array(np.full(n, (T0_UTC + v) * 1_000_000, dtype=np.int64), pa.timestamp("us", tz=TZ))
            if ctype in ("int", "float", "bool"):
                return pa.array(np.full(n, v), _pat(ctype))
            return pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, np.int32)), pa.array([v])).dictionary_decode()
        v = np.asarray(v)
        if ctype == "time":
            return pa.array((T0_UTC + v.astype(np.int64)) * 1_000_000, pa.timestamp("us", tz=TZ))
        if ctype == "int":
            return pa.array(v.astype(np.int64))
        if ctype == "float":
            return pa.array(np.round(v.astype(np.float64), 2))
        if ctype == "bool":
            return pa.array(v.astype(bool))
        if name in ("caller_cell", "callee_cell", "sender_cell", "cell", "open_cell") or (rt == "cells" and name == "cell"):
            return _take(self.cells, v)
        if name == "domain":
            return _take(self.dom, v)
        if name == "app":
            return _take(self.apps, v)
        if name == "content":
            a = _take(self.texts, v)
            return pc.if_else(pc.equal(a, ""), pa.scalar(None, pa.string()), a)
        if v.dtype.kind in "iu":
            v = v.astype(np.int64)
            s = pa.array(v, mask=(v == 0)).cast(pa.string())
            if name == "id_key":
                return pc.binary_join_element_wise("gdk", s, "")
            return s
        return pa.array(v.astype(object), pa.string())

    def add(self, rt, n, **cols):
        if n == 0:
            return
        schema = RECORD_TYPES.get(rt) or TRUTH_TYPES[rt.split("/")[1]]
        row = {}
        for c in schema.columns:
            v = cols.pop(c.name, None)
            if c.name in self._ids and v is None:
                v = pc.binary_join_element_wise(
                    c.name[0].upper(), pa.array(np.arange(self._ids[c.name], self._ids[c.name] + n)).cast(pa.string()), "")
                self._ids[c.name] += n
            row[c.name] = self.conv(rt, c.name, v, n, c.type)
            assert len(row[c.name]) == n, (rt, c.name, len(row[c.name]), n)
        assert not cols, (rt, list(cols))
        self.parts.setdefault(rt, []).append(row)

    def write(self, out):
        counts = {}
        for rt, parts in self.parts.items():
            schema = RECORD_TYPES.get(rt) or TRUTH_TYPES[rt.split("/")[1]]
            names = [c.name for c in schema.columns]
            arrays = []
            keep = []
            for c in schema.columns:
                col = pa.concat_arrays([p[c.name].cast(_pat(c.type)) for p in parts])
                if col.null_count == len(col) and not c.required:
                    continue
                arrays.append(col)
                keep.append(c.name)
            tab = pa.table(arrays, names=keep)
            tc = schema.time_column
            if tc and rt != "internet_accounts":  # the data cut-off: nothing after the last day
                tab = tab.filter(pc.less(tab[tc], pa.scalar((T0_UTC + self.end) * 1_000_000, pa.timestamp("us", tz=TZ))))
            assert set(keep) <= set(names)
            d = os.path.join(out, rt)
            os.makedirs(d, exist_ok=True)
            base = rt.split("/")[-1]
            pq.write_table(tab, os.path.join(d, base + ".parquet"), compression="zstd")
            counts[rt] = len(tab)
        return counts


def _pat(ctype):
    return {"time": pa.timestamp("us", tz=TZ), "int": pa.int64(), "float": pa.float64(),
            "bool": pa.bool_()}.get(ctype, pa.string())


def _take(vocab, codes):
    codes = np.asarray(codes).astype(np.int64)
    return pa.array(vocab, pa.string()).take(pa.array(codes, mask=codes < 0))


# ------------------------------------------------------------------------------------------------ the province
class Province:
    def __init__(self, seed, n, dh, de):
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.N = n
        self.DH = dh
        self.D = dh + de
        self.o = Out()
        self.used_numbers: set[int] = set()
        self.truth: list[tuple] = []  # (entity_type, entity strings array, role, gang, scheme, first_active)
        self.next_imei = 0
        self.next_id = 0
        self.next_acct = 0
        self.lookalike_counts: dict[str, int] = {}

    # ---------------------------------------------------------------- allocators
    def numbers(self, n, prefixes=None):
        r = self.rng
        prefixes = NORMAL_PREFIXES if prefixes is None else prefixes
        out = np.zeros(0, np.int64)
        while len(out) < n:
            m = int((n - len(out)) * 1.2) + 10
            cand = 86 * 10**11 + np.asarray(prefixes)[r.integers(0, len(prefixes), m)].astype(np.int64) * 10**8 \
                + r.integers(0, 10**8, m)
            cand = cand[np.sort(np.unique(cand, return_index=True)[1])]
            cand = np.array([c for c in cand if c not in self.used_numbers], np.int64) if len(cand) < 5000 else \
                cand[~np.isin(cand, np.fromiter(self.used_numbers, np.int64, len(self.used_numbers)))]
            out = np.concatenate([out, cand[: n - len(out)]])
            self.used_numbers.update(out.tolist())
        return out

    def fixed_numbers(self, n, city):
        r = self.rng
        area = int(AREA[city])
        digits = 8 if area in (20, 755, 769, 757) else 7
        out = 86 * 10 ** (len(str(area)) + digits) + area * 10**digits + r.choice(10**digits - 2 * 10 ** (digits - 1),
                                                                                  n, replace=False) + 2 * 10 ** (digits - 1)
        out = out.astype(np.int64)
        self.used_numbers.update(out.tolist())
        return out

    def imeis(self, n, tac=None):
        r = self.rng
        tacs = np.array([86753204, 35391110, 86998105, 86412903, 35672511, 86054004, 86773505, 86891206])
        t = tacs[r.integers(0, len(tacs), n)] if tac is None else np.full(n, tac)
        v = t.astype(np.int64) * 10**7 + (self.next_imei + np.arange(n)) * 10 + r.integers(0, 10, n)
        self.next_imei += n
        return v

    def imsis(self, msisdn):
        pre = np.where(np.isin(msisdn // 10**8 % 1000, [130, 131, 132, 155, 156, 185, 186, 166]), 46001,
                       np.where(np.isin(msisdn // 10**8 % 1000, [133, 153, 180, 181, 189, 199, 177]), 46011, 46000))
        return pre.astype(np.int64) * 10**10 + msisdn % 10**10

    def ids(self, n):
        v = 3_000_000_000 + self.seed * 10_000_000 + self.next_id + np.arange(n) * 7 + 1
        self.next_id += n * 7 + 3
        return v.astype(np.int64)

    def accts(self, n, bank=None):
        v = 6_217_000_000_000_000 + self.seed * 10**9 + self.next_acct + np.arange(n) * 13 + 5
        self.next_acct += n * 13 + 11
        return v.astype(np.int64)

    def label(self, etype, entities, role, gang="", scheme="", first_active=None):
        ents = entities if isinstance(entities, pa.Array) else self.o.conv("x", "msisdn", np.asarray(entities),
                                                                           len(entities), "str")
        if etype == "id_key" and not isinstance(entities, pa.Array):
            ents = pc.binary_join_element_wise("gdk", ents, "")
        n = len(ents)
        if n == 0:
            return
        fa = np.zeros(n, np.int64) if first_active is None else np.broadcast_to(np.asarray(first_active), (n,))
        self.o.add("truth/entities", n, entity_type=etype, entity=ents, role=role, gang_id=gang or None,
                   scheme=scheme or None, first_active=fa.astype(np.int64))
        if role == "benign":
            self.lookalike_counts[scheme] = self.lookalike_counts.get(scheme, 0) + n

    # ---------------------------------------------------------------- time helpers
    PROFILES = {
        "life": [1, .5, .3, .2, .2, .4, 1.2, 3, 5, 6, 6.5, 6.5, 5.5, 5, 5.5, 5.5, 5.5, 6, 6.5, 7, 7.5, 6.5, 4.5, 2.5],
        "work": [0, 0, 0, 0, 0, 0, 0, .2, 2, 8, 9, 8, 2, 3, 8, 9, 9, 7, 2, .3, 0, 0, 0, 0],
        "fraud": [0, 0, 0, 0, 0, 0, 0, .1, 2, 9, 10, 9, 4, 5, 10, 10, 9, 6, 1, .2, 0, 0, 0, 0],
        "evening": [1, .3, 0, 0, 0, 0, 0, 0, .5, 1, 1, 1, 2, 1, 1, 1, 1, 2, 4, 7, 9, 9, 7, 4],
        "night": [6, 5, 3, 1, .5, .2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .5, 2, 4, 6, 7],
        "early": [0, 0, 0, 0, 0, .5, 3, 8, 9, 8, 6, 4, 2, 2, 3, 3, 3, 2, 1, .5, 0, 0, 0, 0],
    }

    def tod(self, n, prof="life"):
        w = np.asarray(self.PROFILES[prof], float)
        return self.rng.choice(24, n, p=w / w.sum()) * 3600 + self.rng.integers(0, 3600, n)

    def is_weekend(self, day):
        return (T0_DOW + np.asarray(day)) % 7 >= 5

    def per_day(self, n_items, start, end, rate, weekdays_only=False):
        """Poisson counts per (item, day) for day in [start, end); returns item index, day per event."""
        r = self.rng
        start = np.broadcast_to(np.asarray(start), (n_items,)).astype(np.int64)
        end = np.broadcast_to(np.asarray(end), (n_items,)).astype(np.int64)
        rate = np.broadcast_to(np.asarray(rate, float), (n_items,))
        nd = np.clip(end - start, 0, None)
        it = np.repeat(np.arange(n_items), nd)
        day = start[it] + (np.arange(len(it)) - np.repeat(np.cumsum(nd) - nd, nd))
        lam = rate[it] * np.where(self.is_weekend(day), 0.05 if weekdays_only else 1.0, 1.0)
        k = r.poisson(lam)
        return np.repeat(it, k), np.repeat(day, k)

    # ---------------------------------------------------------------- build
    def build(self):
        self.make_cells()
        self.make_people()
        self.ordinary_life()
        self.gangs()
        self.lookalikes()
        self.reports_and_lists()

    def make_cells(self):
        r = self.rng
        w = np.array([c[2] for c in CITIES])
        n_per = np.maximum(12, np.round(w / w.sum() * 900)).astype(int)
        names, city, kind, lat, lon, st = [], [], [], [], [], []
        for ci, (cname, area, _, la, lo, manu) in enumerate(CITIES):
            k = n_per[ci]
            kinds = np.full(k, CK_MACRO)
            nd = int(k * 0.18) if manu else 0
            nv = max(2, int(k * 0.08))
            kinds[:nd] = CK_DORM
            kinds[nd:nd + nv] = CK_VILLAGE
            kinds[nd + nv:nd + nv + 2] = CK_HUB
            kinds[nd + nv + 2:nd + nv + 4] = CK_MARKET
            kinds[nd + nv + 4:nd + nv + 5] = CK_HOSP
            if cname in ("Shenzhen", "Zhuhai"):
                kinds[nd + nv + 5:nd + nv + 8] = CK_BORDER
            for i in range(k):
                names.append(f"GD{area}-{i:04d}")
            city += [ci] * k
            kind += list(kinds)
            lat += list(la + r.normal(0, 0.08, k))
            lon += list(lo + r.normal(0, 0.08, k))
            st += list(np.where(np.isin(kinds, [CK_DORM, CK_HOSP, CK_MARKET]), "indoor",
                                np.where(kinds == CK_VILLAGE, "small", "macro")))
        self.o.cells = names
        self.cell_city = np.array(city)
        self.cell_kind = np.array(kind)
        n = len(names)
        self.o.add("cells", n, cell=np.arange(n), lat=np.array(lat), lon=np.array(lon),
                   region=pa.array([CITY_NAMES[c] for c in city]), site_type=pa.array(st))
        # cells per (city, kind) for sampling
        self.cells_by = {}
        for ci in range(len(CITIES)):
            for k in range(7):
                self.cells_by[(ci, k)] = np.flatnonzero((self.cell_city == ci) & (self.cell_kind == k))
            self.cells_by[(ci, -1)] = np.flatnonzero(self.cell_city == ci)

    def cell_in(self, city, kind=-1, n=None):
        """Random cells in the given cities (array) of a kind, falling back to any cell of the city."""
        r = self.rng
        city = np.atleast_1d(city)
        n = len(city) if n is None else n
        city = np.broadcast_to(city, (n,))
        out = np.empty(n, np.int64)
        for ci in np.unique(city):
            m = city == ci
            pool = self.cells_by[(int(ci), kind)]
            if len(pool) == 0:
                pool = self.cells_by[(int(ci), CK_MACRO)]
            out[m] = pool[r.integers(0, len(pool), m.sum())]
        return out

    def subscribers(self, msisdn, id_key, open_time, line_type="mobile", city=None, channel=None, imsi=True,
                    customer_type="personal", id_type="resident_id", prepaid=None, status="active", open_cell=None):
        n = len(msisdn)
        r = self.rng
        if city is None:
            city = r.integers(0, len(CITIES), n)
        city = np.broadcast_to(np.asarray(city), (n,))
        ops = pa.array([MOBILE_PREFIX.get(int(m // 10**8 % 1000), "China Telecom") for m in msisdn]) \
            if line_type == "mobile" else "China Telecom"
        if channel is None:
            channel = pa.array([f"GD{AREA[c]}-STORE-{k:03d}" for c, k in zip(city, r.integers(0, 40, n), strict=True)])
        self.o.add("subscribers", n, msisdn=msisdn, imsi=self.imsis(msisdn) if imsi and line_type in ("mobile", "iot")
                   else None, id_key=id_key, id_type=id_type, customer_type=customer_type, line_type=line_type,
                   operator=ops, open_time=open_time, open_channel=channel,
                   open_cell=self.cell_in(city) if open_cell is None else open_cell, status=status,
                   status_time=open_time, is_prepaid=r.random(n) < 0.3 if prepaid is None else prepaid,
                   home_region=pa.array([CITY_NAMES[c] for c in city]))

    def make_people(self):
        r = self.rng
        N = self.N
        w = np.array([c[2] for c in CITIES])
        manu = np.array([c[5] for c in CITIES])
        occ = r.choice(len(OCC), N, p=OCC_P / OCC_P.sum())
        wcity = np.where(occ[:, None] == O_FACTORY, w * (1 + 4 * manu), w)
        wcity = wcity / wcity.sum(1, keepdims=True)
        u = r.random(N)[:, None]
        city = (u > np.cumsum(wcity, 1)).sum(1)
        order = np.lexsort((r.random(N), city))  # persons grouped by city
        self.occ = occ[order]
        self.city = city[order]
        self.home = np.where(self.occ == O_FACTORY, self.cell_in(self.city, CK_DORM), self.cell_in(self.city))
        self.work = np.where(self.occ == O_FACTORY, self.cell_in(self.city, CK_DORM),
                             np.where(self.occ == O_MERCHANT, self.cell_in(self.city, CK_MARKET),
                                      self.cell_in(self.city)))
        self.work = np.where(np.isin(self.occ, [O_ELDERLY, O_HOME]), self.home, self.work)
        self.msisdn = self.numbers(N)
        self.imei = self.imeis(N)
        self.idk = self.ids(N)
        self.acct = self.accts(N)
        self.age_open = r.integers(60, 3650, N)
        self.subscribers(self.msisdn, self.idk, -self.age_open * DAY - r.integers(0, DAY, N), city=self.city)
        self.o.add("bank_accounts", N, account_id=self.acct, id_key=self.idk,
                   bank=pa.array(np.array(BANKS)[r.integers(0, len(BANKS), N)]),
                   open_time=-r.integers(200, 5000, N) * DAY, bound_msisdn=self.msisdn, status="active")
        # contacts: K slots, 75% same city
        K = 40
        self.deg = np.clip(r.lognormal(2.8, 0.5, N), 4, K).astype(int)
        starts = np.searchsorted(self.city, np.arange(len(CITIES)))
        sizes = np.bincount(self.city, minlength=len(CITIES))
        same = starts[self.city][:, None] + (r.random((N, K)) * sizes[self.city][:, None]).astype(int)
        anyc = r.integers(0, N, (N, K))
        self.contacts = np.where(r.random((N, K)) < 0.75, same, anyc)
        self.contacts = np.where(self.contacts == np.arange(N)[:, None], (self.contacts + 1) % N, self.contacts)
        # people who also hold a second mobile line (dual-SIM phones, second IMEI slot)
        self.busy_rate = np.clip(r.lognormal(0.9, 0.55, N), 0.3, 14) * np.where(self.occ == O_ELDERLY, 0.5, 1.0)
        # merchant accounts (shops receiving payments)
        self.merchants = np.flatnonzero(self.occ == O_MERCHANT)
        self.taken = np.zeros(N, bool)
        # enterprise numbers (hotlines receiving calls) and employers' payroll accounts
        self.hotlines = np.concatenate([self.fixed_numbers(60, 0), self.fixed_numbers(60, 1),
                                        self.fixed_numbers(40, 2), np.array([8695588, 8695533, 8695599, 8695566,
                                                                            8610086, 8610010, 8610000, 8695555])])
        hl = self.hotlines[:-8]
        self.subscribers(hl, self.ids(len(hl)), -r.integers(400, 5000, len(hl)) * DAY, line_type="fixed",
                         city=np.repeat([0, 1, 2], [60, 60, 40]), customer_type="enterprise",
                         id_type="business_license", prepaid=False)

    def pick(self, n, occ_w=None, cities=None, free=False):
        """Population indices weighted by occupation (and optionally restricted to cities).

        ``free``: distinct people not defrauded and not labelled yet (for labelled look-alikes)."""
        w = np.ones(self.N) if occ_w is None else np.asarray(occ_w, float)[self.occ]
        if cities is not None:
            w = w * np.isin(self.city, cities)
        if free:
            w = w * ~self.taken
            out = self.rng.choice(self.N, n, p=w / w.sum(), replace=False)
            self.taken[out] = True
            return out
        return self.rng.choice(self.N, n, p=w / w.sum())

    # ---------------------------------------------------------------- ordinary life
    def ordinary_life(self):
        r = self.rng
        N, D = self.N, self.D
        o = self.o
        # calls
        who, day = self.per_day(N, 0, D, self.busy_rate)
        n = len(who)
        t = day * DAY + self.tod(n)
        kind = r.random(n)
        slot = (self.deg[who] * r.random(n) ** 2).astype(int)
        callee_p = self.contacts[who, slot]
        stranger = r.integers(0, N, n)
        callee = np.where(kind < 0.86, self.msisdn[callee_p], np.where(kind < 0.93, self.hotlines[
            r.integers(0, len(self.hotlines), n)], self.msisdn[stranger]))
        callee_idx = np.where(kind < 0.86, callee_p, np.where(kind < 0.93, -1, stranger))
        flip = (r.random(n) < 0.45) & (callee_idx >= 0)
        a = np.where(flip, callee_idx, who)
        b = np.where(flip, who, callee_idx)
        caller = self.msisdn[a]
        callee = np.where(flip, self.msisdn[who], callee)
        self.call_batch(caller, callee, t, a, b, p_ans=np.where(kind < 0.86, 0.86, 0.7), dur_med=75)
        # family video calls
        v = r.random(n) < 0.03
        o.add("voice", int(v.sum()), start_time=t[v] + 3 * 3600, caller=caller[v], callee=callee[v],
              duration_s=r.integers(30, 900, int(v.sum())), ring_s=r.integers(2, 15, int(v.sum())),
              result="answered", caller_imei=self.imei[a[v]], caller_imsi=self.imsis(caller[v]),
              caller_cell=self.home[a[v]], callee_cell=np.where(b[v] >= 0, self.home[np.maximum(b[v], 0)], -1),
              call_type="mobile", media="video")
        # p2p sms
        who, day = self.per_day(N, 0, D, 0.35 + 0.1 * self.busy_rate)
        n = len(who)
        rc = self.contacts[who, (self.deg[who] * r.random(n)).astype(int)]
        o.add("sms", n, send_time=day * DAY + self.tod(n), sender=self.msisdn[who], receiver=self.msisdn[rc],
              sender_imei=self.imei[who], sender_cell=self.home[who])
        # device: power-on/attach, location updates, data sessions
        who, day = self.per_day(N, 0, D, 1.4)
        n = len(who)
        t = day * DAY + self.tod(n, "early")
        ev = r.choice(3, n, p=[0.2, 0.2, 0.6])
        o.add("device", n, time=t, msisdn=self.msisdn[who], imsi=self.imsis(self.msisdn[who]), imei=self.imei[who],
              cell=np.where(ev == 2, self.work[who], self.home[who]),
              event=pa.DictionaryArray.from_arrays(pa.array(ev.astype(np.int32)),
                                                   pa.array(["power_on", "attach", "location_update"])).dictionary_decode())
        who, day = self.per_day(N, 0, D, np.where(self.occ == O_ELDERLY, 0.8, 2.6))
        n = len(who)
        t = day * DAY + self.tod(n)
        hr = (t % DAY) // 3600
        o.add("device", n, time=t, msisdn=self.msisdn[who], imsi=self.imsis(self.msisdn[who]), imei=self.imei[who],
              cell=np.where((hr >= 9) & (hr < 18), self.work[who], self.home[who]), event="data_session",
              bytes=(r.lognormal(15, 1.6, n)).astype(np.int64))
        # web
        dw = np.array([x for _, x in BENIGN_DOMAINS])
        who, day = self.per_day(N, 0, D, np.where(self.occ == O_ELDERLY, 0.6, 2.2))
        n = len(who)
        dom = r.choice(len(dw), n, p=dw / dw.sum())
        self.web(who, day * DAY + self.tod(n), dom)
        # apps (use sightings, a few installs)
        who, day = self.per_day(N, 0, D, 0.5)
        n = len(who)
        app = r.integers(0, len(BENIGN_APPS), n)
        o.add("apps", n, time=day * DAY + self.tod(n), msisdn=self.msisdn[who], app=app,
              event=np.where(r.random(n) < 0.08, "install", "use").astype(object))
        # internet accounts: a feed of new registrations
        who, day = self.per_day(N, 0, D, 0.03)
        self.accounts(self.msisdn[who], day * DAY + self.tod(len(who)))
        # transfers: to contacts, to merchants, merchants to suppliers
        who, day = self.per_day(N, 0, D, np.where(self.occ == O_STUDENT, 0.15, 0.25))
        n = len(who)
        to = self.contacts[who, (self.deg[who] * r.random(n)).astype(int)]
        self.xfer(self.acct[who], self.acct[to], day * DAY + self.tod(n), np.round(r.lognormal(5.3, 1.1, n), 0),
                  self.msisdn[who])
        who, day = self.per_day(N, 0, D, 0.35)
        n = len(who)
        mer = self.merchants[(r.random(n) ** 1.5 * len(self.merchants)).astype(int)]
        self.xfer(self.acct[who], self.acct[mer], day * DAY + self.tod(n), np.round(r.lognormal(3.6, 0.9, n), 1),
                  self.msisdn[who], channel="third_party")
        # payroll on day 5 (history) and a monthly bonus: factories pay workers from enterprise accounts
        fac = np.flatnonzero(self.occ == O_FACTORY)
        emp = self.accts(25)
        self.o.add("bank_accounts", 25, account_id=emp, id_key=self.ids(25), bank="ICBC", open_time=-3000 * DAY,
                   status="active")
        payday = 9 if self.DH > 9 else 1
        self.xfer(emp[r.integers(0, 25, len(fac))], self.acct[fac], payday * DAY + 10 * 3600 + r.integers(0, 7200, len(fac)),
                  np.round(r.normal(5600, 900, len(fac)).clip(2500), 0), None, channel="counter")
        self.emp_accts = emp

    def call_batch(self, caller, callee, t, a_idx, b_idx, p_ans=0.85, dur_med=75, dur_sigma=1.0, media="voice",
                   call_type="mobile", imei=None, cell=None, gateway=None, roam=None):
        r = self.rng
        n = len(caller)
        u = r.random(n)
        ans = u < p_ans
        res = np.where(ans, 0, np.where(u < p_ans + (1 - p_ans) * 0.6, 1, np.where(u < p_ans + (1 - p_ans) * 0.8, 2, 3)))
        dur = np.where(ans, np.maximum(1, r.lognormal(np.log(dur_med), dur_sigma, n)), 0).astype(np.int64)
        hr = (np.asarray(t) % DAY) // 3600
        day_time = (hr >= 9) & (hr < 18)
        a_idx = np.asarray(a_idx)
        b_idx = np.asarray(b_idx)
        if cell is None:
            cell = np.where(day_time, self.work[np.maximum(a_idx, 0)], self.home[np.maximum(a_idx, 0)])
        ccell = np.where(b_idx >= 0, np.where(day_time, self.work[np.maximum(b_idx, 0)],
                                              self.home[np.maximum(b_idx, 0)]), -1)
        if imei is None:
            imei = np.where(a_idx >= 0, self.imei[np.maximum(a_idx, 0)], 0)
        self.o.add("voice", n, start_time=t, caller=caller, callee=callee, duration_s=dur,
                   ring_s=np.where(ans, r.integers(2, 20, n), r.integers(10, 45, n)),
                   result=pa.DictionaryArray.from_arrays(pa.array(res.astype(np.int32)), pa.array(
                       ["answered", "no_answer", "busy", "rejected"])).dictionary_decode(),
                   caller_imei=imei, caller_imsi=self.imsis(caller) if call_type == "mobile" else None,
                   caller_cell=cell, callee_cell=ccell, caller_roaming_country=roam, call_type=call_type,
                   media=media, gateway=gateway)
        return ans, dur

    def web(self, who, t, dom, msisdn=None, ip=None, url_path="/"):
        r = self.rng
        n = len(t)
        dom = np.asarray(dom)
        ms = self.msisdn[who] if msisdn is None else msisdn
        d = _take(self.o.dom, dom)
        if ip is None:
            ipn = (dom * 2654435761) % (2**32)
            ip = pc.binary_join_element_wise(*[pa.array(((ipn >> s) % 256 + (1 if s == 24 else 0)).astype(np.int64))
                                               .cast(pa.string()) for s in (24, 16, 8, 0)], ".")
        self.o.add("web", n, time=t, msisdn=ms, domain=dom,
                   url=pc.binary_join_element_wise("https://", d, url_path, ""), ip=ip,
                   bytes=r.lognormal(10, 1.5, n).astype(np.int64), app=None)

    def accounts(self, ms, t, platforms=("wechat", "alipay", "douyin", "taobao", "qq", "kuaishou", "xianyu")):
        r = self.rng
        n = len(ms)
        pl = np.array(platforms)[r.integers(0, len(platforms), n)]
        self.o.add("internet_accounts", n, platform=pa.array(pl), account=pc.binary_join_element_wise(
            pa.array(pl), pa.array(r.integers(10**9, 10**10, n)).cast(pa.string()), "_"), msisdn=ms,
            register_time=t, status="active")

    def xfer(self, fr, to, t, amt, ms, channel="mobile_app", currency="CNY"):
        n = len(fr)
        self.o.add("transfers", n, time=t, from_account=fr, to_account=to, amount=amt, currency=currency,
                   channel=channel, initiated_msisdn=ms if ms is not None else None)

    # ---------------------------------------------------------------- fraud
    def gangs(self):
        from gangs import run_gangs
        run_gangs(self)

    def lookalikes(self):
        from lookalikes import run_lookalikes
        run_lookalikes(self)

    def reports_and_lists(self):
        from gangs import reports_and_lists
        reports_and_lists(self)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=61)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args(argv)
    t = time.time()
    sys.path.insert(0, HERE)
    p = Province(a.seed, a.subscribers, a.days_history, a.days)
    p.build()
    p.o.end = p.D * DAY
    counts = p.o.write(a.out)
    print(f"wrote {a.out} in {time.time() - t:.1f}s: " + ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items())))
    print("look-alike kinds:", len(p.lookalike_counts), "entities:", sum(p.lookalike_counts.values()))


if __name__ == "__main__":
    main()
