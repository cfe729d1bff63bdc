#!/usr/bin/env python3
"""Blind red-team generator 10: a synthetic Shandong (山东) province in interchange v1, with ground truth.

    generate.py --out DIR --seed S [--subscribers 20000] [--days-history 10] [--days 7]

Writes DIR/<type>/<type>.parquet for the twelve record types of interchange v1 and DIR/truth/entities,
DIR/truth/events. The period starts Monday 2026-11-02 00:00 +08:00: first --days-history days of history,
then --days days in which most gangs are at work. One numpy Generator(seed); the same seed gives the same bytes.
See README.md in this folder for the province, the gangs, the look-alikes and the truth conventions.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime, timedelta, timezone

import numpy as np
import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)
import pyarrow.parquet as pq

TZ = "Asia/Shanghai"
START = int(datetime(2026, 11, 2, tzinfo=timezone(timedelta(hours=8))).timestamp())
DAY = 86400

# ----------------------------------------------------------------------------------------------------------------
# Province
# ----------------------------------------------------------------------------------------------------------------
#           name         lon     lat    area  weight
CITIES = [("Jinan", 117.00, 36.65, 531, 9.4), ("Qingdao", 120.38, 36.07, 532, 10.3),
          ("Zibo", 118.05, 36.81, 533, 4.7), ("Zaozhuang", 117.32, 34.81, 632, 3.8),
          ("Dongying", 118.67, 37.43, 546, 2.2), ("Yantai", 121.45, 37.46, 535, 7.1),
          ("Weifang", 119.16, 36.71, 536, 9.4), ("Jining", 116.59, 35.41, 537, 8.3),
          ("Taian", 117.09, 36.20, 538, 5.4), ("Weihai", 122.12, 37.51, 631, 2.9),
          ("Rizhao", 119.53, 35.42, 633, 3.0), ("Linyi", 118.36, 35.10, 539, 11.0),
          ("Dezhou", 116.36, 37.44, 534, 5.6), ("Liaocheng", 115.99, 36.46, 635, 5.9),
          ("Binzhou", 117.97, 37.38, 543, 3.9), ("Heze", 115.48, 35.23, 530, 8.7)]
CITY = {c[0]: i for i, c in enumerate(CITIES)}
OPERATORS = ["China Mobile", "China Unicom", "China Telecom"]
PREFIXES = [[134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188, 198],
            [130, 131, 132, 155, 156, 166, 175, 176, 185, 186],
            [133, 153, 173, 177, 180, 181, 189, 191, 199]]
MNC = [0, 1, 11]
SEGS = ["worker", "student", "elderly", "farmer", "homemaker", "business"]
SEG_P = [0.44, 0.10, 0.19, 0.12, 0.08, 0.07]
# person-to-person calls and SMS per day by segment
CALL_RATE = np.array([3.2, 2.2, 1.1, 1.8, 2.4, 6.0])
SMS_RATE = np.array([0.5, 1.2, 0.15, 0.2, 0.4, 0.8])
XFER_RATE = np.array([0.35, 0.25, 0.08, 0.15, 0.3, 0.9])

RESULTS = ["answered", "no_answer", "busy", "rejected", "intercepted"]
CALL_TYPES = ["mobile", "fixed", "voip", "intl_in", "intl_out"]
COUNTRIES = ["KR", "JP", "TH", "US", "GB", "AU", "SG", "MY", "KH", "MM", "PH", "RU", "DE", "AE"]
CC = {"KR": 82, "JP": 81, "TH": 66, "US": 1, "GB": 44, "AU": 61, "SG": 65, "MY": 60, "KH": 855, "MM": 95,
      "PH": 63, "RU": 7, "DE": 49, "AE": 971}
EVENTS = ["attach", "detach", "power_on", "power_off", "location_update", "data_session"]
CHANNELS = ["mobile_app", "counter", "atm", "third_party"]
BANKS = ["ICBC", "ABC", "BOC", "CCB", "BOCOM", "PSBC", "Qilu Bank", "Qingdao Bank", "Weihai Bank",
         "Shandong Rural Credit", "China Merchants Bank", "Hengfeng Bank"]
BANK_P = np.array([16, 14, 9, 14, 6, 12, 5, 4, 2, 12, 4, 2], float)
BANK_P /= BANK_P.sum()

HOUR_NORMAL = np.array([.2, .1, .05, .05, .05, .2, .8, 2.5, 4.5, 6, 6.5, 6.5, 5.5, 5, 6, 6.5, 6.5, 6, 6.5, 7, 6.5,
                        5, 3, 1.2])
HOUR_NORMAL /= HOUR_NORMAL.sum()

POPULAR = [("baidu.com", 10), ("qq.com", 9), ("weixin.qq.com", 12), ("taobao.com", 8), ("jd.com", 6),
           ("douyin.com", 11), ("pinduoduo.com", 6), ("meituan.com", 5), ("sina.com.cn", 3), ("163.com", 3),
           ("iqilu.com", 2), ("dzwww.com", 2), ("12306.cn", 1.5), ("bilibili.com", 4), ("kuaishou.com", 6),
           ("alipay.com", 5), ("amap.com", 3), ("ctrip.com", 1.5), ("zhihu.com", 2), ("toutiao.com", 5),
           ("sdu.edu.cn", 0.6), ("ouc.edu.cn", 0.3), ("shandong.gov.cn", 0.5), ("sd.gov.cn", 0.3),
           ("10086.cn", 1), ("icbc.com.cn", 0.8), ("ccb.com", 0.7), ("95599.cn", 0.5), ("haier.com", 0.4),
           ("tsingtao.com.cn", 0.2), ("12123.gov.cn", 0.4), ("chsi.com.cn", 0.3), ("58.com", 1), ("ke.com", 0.8)]
APPS_COMMON = [("com.tencent.mm", 20), ("com.eg.android.AlipayGphone", 9), ("com.ss.android.ugc.aweme", 12),
               ("com.taobao.taobao", 6), ("com.jingdong.app.mall", 4), ("com.xunmeng.pinduoduo", 6),
               ("com.sankuai.meituan", 4), ("com.smile.gifmaker", 6), ("com.autonavi.minimap", 3),
               ("com.icbc", 2), ("com.chinamworld.main", 2), ("com.tmri.app.main", 1), ("cn.gov.pbc.dcep", 0.5),
               ("com.hexin.plug.android", 1), ("com.tencent.wemeet.app", 1), ("com.sdsm.shandongtong", 0.5),
               ("cn.gov.tax.its", 0.5), ("com.oray.sunlogin.application", 0.3), ("com.MobileTicket", 1),
               ("com.tencent.mobileqq", 5)]

CHAT = ["晚上回来吃饭吗", "到家了吗", "明天几点集合", "收到，谢谢", "好的", "妈，这周末回去", "孩子放学了没",
        "开会呢，一会回你", "下午有空吗", "快递到了帮我拿一下", "今天降温了多穿点", "发你微信了",
        "车票买好了", "晚上一起吃烧烤", "你在哪呢"]


def ts(d: int, h, rng, n):
    """seconds since epoch: day d, hours h (array) plus random minutes/seconds."""
    return START + d * DAY + (np.asarray(h) * 3600 + rng.integers(0, 3600, n)).astype(np.int64)


def hours_in(rng, n, lo, hi):
    return rng.integers(lo, hi, n)


def rstr(rng, n, k, alphabet="abcdefghijkmnpqrstuvwxyz23456789"):
    codes = np.frombuffer(alphabet.encode(), np.uint8).astype(np.uint32)
    idx = rng.integers(0, len(alphabet), (n, k))
    return np.ascontiguousarray(codes[idx]).view(f"<U{k}").ravel()


def cat(*parts):
    out = np.asarray(parts[0]).astype(str).astype(object)
    for p in parts[1:]:
        out = out + np.asarray(p).astype(str).astype(object)
    return out


class Acc:
    """Columns of one record type, appended as arrays."""

    def __init__(self, spec):
        self.spec = spec  # list of (name, kind)
        self.parts = []

    def add(self, **cols):
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray) and v.ndim == 1:
                n = len(v)
                break
        if n is None:
            raise ValueError("no array column")
        if n == 0:
            return
        self.parts.append((n, cols))

    def table(self, w):
        arrays = []
        total = sum(n for n, _ in self.parts)
        for name, kind in self.spec:
            if isinstance(kind, str) and kind.startswith("id:"):
                arrays.append(pa.nulls(total, pa.string()))
                continue
            chunks = []
            for n, cols in self.parts:
                v = cols.get(name)
                if v is None:
                    v = np.full(n, None, object) if kind in ("str",) else np.full(n, -1, np.int64)
                elif not isinstance(v, np.ndarray) or v.ndim == 0:
                    v = np.full(n, v, object if isinstance(v, str) or v is None else
                                (np.float64 if isinstance(v, float) else np.int64))
                chunks.append(v)
            a = np.concatenate(chunks) if chunks else np.zeros(0)
            arrays.append(w.to_arrow(a, kind, total))
        return pa.table(arrays, names=[nm for nm, _ in self.spec])


def enum(values):
    return ("enum", tuple(values))


SPECS = {
    "voice": [("call_id", "id:SDV"), ("start_time", "time"), ("caller", "num"), ("callee", "num"),
              ("duration_s", "int"), ("ring_s", "int"), ("result", enum(RESULTS)), ("caller_imei", "num"),
              ("caller_imsi", "num"), ("caller_cell", "cell"), ("callee_cell", "cell"),
              ("caller_roaming_country", enum(COUNTRIES)), ("call_type", enum(CALL_TYPES)),
              ("media", enum(["voice", "video"])), ("gateway", "str")],
    "sms": [("sms_id", "id:SDS"), ("send_time", "time"), ("sender", "num"), ("receiver", "num"), ("content", "str"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", enum(COUNTRIES))],
    "device": [("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"),
               ("event", enum(EVENTS)), ("roaming_country", enum(COUNTRIES)), ("bytes", "int")],
    "web": [("time", "time"), ("msisdn", "num"), ("domain", "str"), ("url", "str"), ("ip", "str"),
            ("bytes", "int"), ("app", "str")],
    "apps": [("time", "time"), ("msisdn", "num"), ("app", "str"), ("event", enum(["install", "use"])),
             ("source_url", "str")],
    "transfers": [("txn_id", "id:SDT"), ("time", "time"), ("from_account", "str"), ("to_account", "str"),
                  ("amount", "float"), ("currency", "str"), ("channel", enum(CHANNELS)),
                  ("initiated_msisdn", "num")],
}


# ----------------------------------------------------------------------------------------------------------------
class World:
    def __init__(self, seed, n_subs, days_hist, days):
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.N0 = n_subs
        self.DH = days_hist
        self.D = days_hist + days
        self.acc = {k: Acc(v) for k, v in SPECS.items()}
        self.truth = {}  # (etype, entity) -> (rank, role, gang, scheme, first_active)
        self.events = []  # (victim, time, amount, to_account)
        self.used_numbers = set()
        self.reports = []
        self.lists = []
        self.accounts_rows = []  # internet accounts: (platform, account, msisdn, t, status)
        self.bank_rows = []  # (account_id, id_key, bank, open_t, bound_msisdn, status)
        self.sub_rows = []   # dicts of arrays
        self.domain_ip = {}

    # ---------------------------------------------------------------- conversion
    def to_arrow(self, a, kind, n):
        if kind == "time":
            return pa.array(a.astype(np.int64), pa.timestamp("s", tz=TZ))
        if kind == "int":
            a = a.astype(np.int64)
            return pa.array(a, pa.int64(), mask=a < 0)
        if kind == "float":
            return pa.array(np.round(a.astype(np.float64), 2), pa.float64())
        if kind == "num":
            a = a.astype(np.int64)
            s = a.astype(str).astype(object)
            s[a <= 0] = None
            return pa.array(s, pa.string())
        if kind == "cell":
            a = a.astype(np.int64)
            s = self.cell_ids[np.clip(a, 0, None)].astype(object)
            s[a < 0] = None
            return pa.array(s, pa.string())
        if kind == "str":
            return pa.array(a.astype(object), pa.string())
        if isinstance(kind, tuple) and kind[0] == "enum":
            a = a.astype(np.int64)
            s = np.array(kind[1], object)[np.clip(a, 0, None)]
            s[a < 0] = None
            return pa.array(s, pa.string())
        raise ValueError(kind)

    # ---------------------------------------------------------------- truth
    def label(self, etype, entities, role, gang=None, scheme=None, first=None):
        rank = 3 if role == "benign" else 2 if role == "victim" else 1 if role == "card_seller" else 0
        if isinstance(entities, np.ndarray):
            entities = entities.tolist()
        if first is None or np.isscalar(first):
            first = [first] * len(entities)
        else:
            first = [int(x) for x in first]
        for e, f in zip(entities, first, strict=False):
            e = str(e)
            key = (etype, e)
            cur = self.truth.get(key)
            if cur is None or rank < cur[0] or (rank == cur[0] and rank == 3 and cur[3] == "ordinary"
                                                 and scheme != "ordinary"):
                self.truth[key] = (rank, role, gang, scheme, f)
            elif rank == cur[0] and f is not None and (cur[4] is None or f < cur[4]):
                self.truth[key] = (cur[0], cur[1], cur[2], cur[3], f)

    # ---------------------------------------------------------------- numbers
    def new_mobile(self, n, op=None):
        rng = self.rng
        op = rng.choice(3, n, p=[0.6, 0.22, 0.18]) if op is None else np.full(n, op)
        out = np.zeros(n, np.int64)
        for o in range(3):
            m = op == o
            pre = rng.choice(PREFIXES[o], m.sum())
            out[m] = 86 * 10 ** 11 + pre * 10 ** 8 + rng.integers(0, 10 ** 8, m.sum())
        return self._unique(out), op

    def _unique(self, arr):
        # make numbers unique against everything issued so far (deterministic)
        seen = self.used_numbers
        out = arr.copy()
        for i, x in enumerate(out.tolist()):
            while x in seen:
                x += 7919
            seen.add(x)
            out[i] = x
        return out

    def new_numbers(self, n, prefix, digits):
        base = int(prefix) * 10 ** digits
        return self._unique(base + self.rng.integers(0, 10 ** digits, n))

    def new_imei(self, n):
        tac = self.rng.choice([35391108, 86753104, 86891503, 35847611, 86412605, 35209900, 86998304, 86457203], n)
        return tac.astype(np.int64) * 10 ** 7 + self.rng.integers(0, 10 ** 7, n)

    def new_imsi(self, op):
        return (460 * 100 + np.array(MNC)[op]).astype(np.int64) * 10 ** 10 + self.rng.integers(0, 10 ** 10, len(op))

    def new_ids(self, n):
        return self.rng.integers(1, 2 ** 62, n, dtype=np.int64)

    def idstr(self, ids):
        return np.array([format(int(x), "016x") for x in ids], object)

    # ---------------------------------------------------------------- setup
    def build_cells(self):
        rng = self.rng
        w = np.array([c[4] for c in CITIES])
        counts = np.maximum(20, (w / w.sum() * 1400).astype(int))
        ids, lat, lon, reg, site, city = [], [], [], [], [], []
        for ci, (name, lo, la, area, _) in enumerate(CITIES):
            k = counts[ci]
            ids += [f"SD{area:04d}{j:05d}" for j in range(k)]
            lat.append(la + rng.normal(0, 0.12, k))
            lon.append(lo + rng.normal(0, 0.15, k))
            reg += [name] * k
            site.append(rng.choice(3, k, p=[0.7, 0.18, 0.12]))
            city.append(np.full(k, ci))
        self.cell_ids = np.array(ids)
        self.cell_city = np.concatenate(city)
        self.city_cells = [np.flatnonzero(self.cell_city == c) for c in range(len(CITIES))]
        self.cells_table = pa.table({
            "cell": pa.array(ids, pa.string()), "lat": np.round(np.concatenate(lat), 5),
            "lon": np.round(np.concatenate(lon), 5), "region": pa.array(reg, pa.string()),
            "site_type": pa.array(np.array(["macro", "indoor", "small"], object)[np.concatenate(site)], pa.string())})

    def cells_in(self, city, n, sub=None):
        """n random cells of a city (sub: only the first `sub` cells of the city, a district)."""
        cc = self.city_cells[CITY[city] if isinstance(city, str) else city]
        if sub:
            cc = cc[:sub]
        return self.rng.choice(cc, n)

    def add_subscribers(self, msisdn, idk, line, opened, imsi=None, op=None, cust="personal", idtype="resident_id",
                        channel=None, ocell=None, status="active", prepaid=None, region=None):
        n = len(msisdn)
        rng = self.rng
        op = rng.choice(3, n, p=[0.6, 0.22, 0.18]) if op is None else op
        self.sub_rows.append(dict(
            msisdn=msisdn, imsi=np.full(n, -1) if imsi is None else imsi, id_key=idk,
            id_type=np.full(n, idtype, object) if isinstance(idtype, str) else idtype,
            customer_type=np.full(n, cust, object) if isinstance(cust, str) else cust,
            line_type=np.full(n, line, object) if isinstance(line, str) else line,
            operator=np.array(OPERATORS, object)[op], open_time=opened,
            open_channel=(channel if isinstance(channel, np.ndarray) else
                          np.full(n, channel if channel else None, object)),
            open_cell=np.full(n, -1) if ocell is None else ocell,
            status=np.full(n, status, object) if isinstance(status, str) else status,
            status_time=np.full(n, -1, np.int64),
            is_prepaid=(rng.random(n) < 0.35) if prepaid is None else np.broadcast_to(prepaid, (n,)).copy(),
            home_region=np.full(n, region, object) if isinstance(region, str) or region is None else region))

    def build_population(self):
        rng = self.rng
        N = self.N0
        w = np.array([c[4] for c in CITIES])
        self.city = rng.choice(len(CITIES), N, p=w / w.sum())
        self.seg = rng.choice(6, N, p=SEG_P)
        self.msisdn, self.op = self.new_mobile(N)
        self.imsi = self.new_imsi(self.op)
        self.imei = self.new_imei(N)
        self.home = np.array([self.cells_in(c, 1)[0] for c in self.city])
        self.work = np.where(np.isin(self.seg, [0, 1, 5]), np.array([self.cells_in(c, 1)[0] for c in self.city]),
                             self.home)
        # households: people of one city in groups of 1-5 sharing an id family; ids are per person
        self.idk = self.new_ids(N)
        age_days = np.where(self.seg == 1, rng.integers(60, 1500, N), rng.integers(200, 6000, N))
        self.opened = START - age_days * DAY - rng.integers(0, DAY, N)
        self.activity = rng.lognormal(0, 0.5, N)
        self.add_subscribers(self.msisdn, self.idstr(self.idk), "mobile", self.opened, self.imsi, self.op,
                             channel=np.array([f"CH-{CITIES[c][3]}-{k:03d}" for c, k in
                                               zip(self.city, rng.integers(0, 60, N), strict=False)], object),
                             ocell=self.home, region=np.array([CITIES[c][0] for c in self.city], object))
        self.label("msisdn", self.msisdn, "benign", scheme="ordinary")
        self.label("imsi", self.imsi, "benign", scheme="ordinary")
        # numbers closed before the period (moved away, changed operator): rows only, no activity
        k = N // 50
        cm, cop = self.new_mobile(k)
        copen = START - rng.integers(400, 4000, k) * DAY
        self.add_subscribers(cm, self.idstr(self.new_ids(k)), "mobile", copen, self.new_imsi(cop), cop,
                             status="closed", region=np.array([CITIES[c][0] for c in rng.integers(0, 16, k)], object))
        self.sub_rows[-1]["status_time"] = START - rng.integers(5, 300, k) * DAY
        self.label("msisdn", cm, "benign", scheme="ordinary")
        self.label("imei", self.imei, "benign", scheme="ordinary")
        self.label("id_key", self.idstr(self.idk), "benign", scheme="ordinary")
        # contacts: households + friends, symmetric
        edges = []
        order = np.lexsort((rng.random(N), self.city))
        hh = np.zeros(N, np.int64)
        i = 0
        hid = 0
        while i < N:
            k = int(rng.integers(1, 6))
            hh[order[i:i + k]] = hid
            hid += 1
            i += k
        self.household = hh
        srt = np.argsort(hh, kind="stable")
        hs = hh[srt]
        for off in range(1, 5):
            same = hs[off:] == hs[:-off]
            edges.append(np.stack([srt[off:][same], srt[:-off][same]], 1))
        for _ in range(4):
            a = np.arange(N)
            # friends: 75% in same city via sorting trick, 25% anywhere
            b = rng.permutation(N)
            loc = rng.random(N) < 0.75
            perm_city = order[(np.searchsorted(self.city[order], self.city[a]) +
                               rng.integers(0, np.bincount(self.city, minlength=16)[self.city[a]]))]
            b = np.where(loc, perm_city, b)
            keep = a != b
            edges.append(np.stack([a[keep], b[keep]], 1))
        e = np.concatenate(edges)
        e = np.concatenate([e, e[:, ::-1]])
        e = np.unique(e, axis=0)
        self.nb_ptr = np.searchsorted(e[:, 0], np.arange(N + 1))
        self.nb = e[:, 1]
        self.deg = np.diff(self.nb_ptr)
        # pools
        self.pool = {
            "all": np.arange(N), "elderly": np.flatnonzero(self.seg == 2),
            "students": np.flatnonzero(self.seg == 1),
            "young": np.flatnonzero(np.isin(self.seg, [0, 1, 4])),
            "workers": np.flatnonzero(self.seg == 0), "business": np.flatnonzero(self.seg == 5),
            "farmers": np.flatnonzero(self.seg == 3),
            "adults": np.flatnonzero(np.isin(self.seg, [0, 3, 4, 5])),
            "midage": np.flatnonzero(np.isin(self.seg, [0, 4, 5])),
        }
        for cname in ("Qingdao", "Jinan", "Weifang", "Yantai", "Weihai", "Linyi", "Heze", "Zibo", "Rizhao"):
            self.pool[cname] = np.flatnonzero(self.city == CITY[cname])
        self.pool["farmers_weifang"] = np.flatnonzero((self.seg == 3) & (self.city == CITY["Weifang"]))
        if len(self.pool["farmers_weifang"]) < 50:
            self.pool["farmers_weifang"] = np.concatenate([self.pool["farmers_weifang"], self.pool["farmers"][:200]])
        self.pool["coast"] = np.flatnonzero(np.isin(self.city, [CITY["Qingdao"], CITY["Yantai"], CITY["Weihai"],
                                                                 CITY["Rizhao"]]))
        self.pool["elderly_rural"] = np.flatnonzero((self.seg == 2) & np.isin(self.city, [CITY["Heze"], CITY["Linyi"],
                                                                                         CITY["Liaocheng"],
                                                                                         CITY["Dezhou"]]))
        # bank accounts and internet accounts
        self.bank = {}
        acc1 = self.new_accounts(N)
        self.person_acct = acc1
        self.add_bank(acc1, self.idk, self.opened - rng.integers(0, 400, N) * DAY, self.msisdn)
        self.label("account", acc1, "benign", scheme="ordinary")
        two = np.flatnonzero(rng.random(N) < 0.35)
        acc2 = self.new_accounts(len(two))
        self.add_bank(acc2, self.idk[two], self.opened[two] - rng.integers(0, 800, len(two)) * DAY, self.msisdn[two])
        self.label("account", acc2, "benign", scheme="ordinary")
        for plat, p, _fmt in (("wechat", 0.93, "wx"), ("alipay", 0.7, "2088"), ("qq", 0.45, "qq"),
                             ("douyin", 0.5, "dy"), ("taobao", 0.4, "tb"), ("kuaishou", 0.25, "ks")):
            who = np.flatnonzero(rng.random(N) < p * np.where(self.seg == 2, 0.6, 1.0))
            self.add_iacct(plat, who_msisdn=self.msisdn[who], t=self.opened[who] + rng.integers(1, 300, len(who)) * DAY,
                           scheme="ordinary")

    def new_accounts(self, n, prefix=62):
        base = prefix * 10 ** 17
        return np.array([str(x) for x in self._unique(base + self.rng.integers(0, 10 ** 17, n))], object)

    def add_bank(self, acc, idk, opened, bound, bank=None, status="active"):
        n = len(acc)
        bank = np.array(BANKS, object)[self.rng.choice(len(BANKS), n, p=BANK_P)] if bank is None else \
            np.full(n, bank, object)
        self.bank_rows.append(dict(account_id=acc, id_key=self.idstr(idk) if idk.dtype != object else idk,
                                   bank=bank, open_time=np.broadcast_to(
                                       np.minimum(np.asarray(opened, np.int64), START + self.D * DAY - 3600), (n,)),
                                   bound_msisdn=np.broadcast_to(np.asarray(bound, np.int64), (n,)), status=np.full(n, status, object)))

    def add_iacct(self, plat, who_msisdn, t, role="benign", gang=None, scheme="ordinary", status="active"):
        n = len(who_msisdn)
        ids = self._unique(self.rng.integers(10 ** 9, 10 ** 10, n))
        if plat == "alipay":
            acct = cat("2088", ids, self.rng.integers(100, 999, n))
        else:
            acct = cat({"wechat": "wxid_", "qq": "", "douyin": "dy", "taobao": "tb_", "kuaishou": "ks",
                        "weibo": "wb"}.get(plat, plat), ids)
        self.accounts_rows.append(dict(platform=np.full(n, plat, object), account=acct, msisdn=who_msisdn,
                                       register_time=t, status=np.full(n, status, object)))
        self.label("account", cat(plat + ":", acct), role, gang, scheme, first=t if role != "benign" else None)
        return acct

    # ---------------------------------------------------------------- ordinary life (per day)
    def ordinary_day(self, d):
        rng = self.rng
        N = self.N0
        wk = (d % 7) >= 5
        rate = CALL_RATE[self.seg] * self.activity * (1.1 if wk else 1.0)
        n = rng.poisson(rate.sum())
        caller = rng.choice(N, n, p=rate / rate.sum())
        has = self.deg[caller] > 0
        caller = caller[has]
        n = len(caller)
        off = (rng.random(n) * self.deg[caller]).astype(np.int64)
        callee = self.nb[self.nb_ptr[caller] + off]
        h = rng.choice(24, n, p=HOUR_NORMAL)
        t = ts(d, h, rng, n)
        self.p2p_calls(caller, callee, t)
        # return calls: a share of answered calls get a call back from the other side later that day
        # SMS between contacts
        srate = SMS_RATE[self.seg] * self.activity
        m = rng.poisson(srate.sum())
        snd = rng.choice(N, m, p=srate / srate.sum())
        snd = snd[self.deg[snd] > 0]
        m = len(snd)
        rcv = self.nb[self.nb_ptr[snd] + (rng.random(m) * self.deg[snd]).astype(np.int64)]
        st = ts(d, rng.choice(24, m, p=HOUR_NORMAL), rng, m)
        self.acc["sms"].add(send_time=st, sender=self.msisdn[snd], receiver=self.msisdn[rcv],
                            content=np.array(CHAT, object)[rng.integers(0, len(CHAT), m)],
                            sender_imei=self.imei[snd], sender_cell=self.home[snd])
        # A2P notifications: verification codes, bills, bank notices
        m = rng.poisson(N * 0.9)
        rcv = rng.integers(0, N, m)
        k = rng.integers(0, len(self.a2p), m)
        code = rng.integers(100000, 999999, m)
        txt = np.array([x[1] for x in self.a2p], object)[k]
        content = np.where(np.char.find(txt.astype(str), "{c}") >= 0,
                           cat(np.char.replace(txt.astype(str), "{c}", "").astype(object), code), txt)
        self.acc["sms"].add(send_time=ts(d, rng.choice(24, m, p=HOUR_NORMAL), rng, m),
                            sender=np.array([x[0] for x in self.a2p], np.int64)[k], receiver=self.msisdn[rcv],
                            content=content)
        # businesses' fixed lines call customers back (orders, appointments, deliveries)
        if not wk:
            m = rng.poisson(len(self.fixed_biz) * 1.5)
            f = self.fixed_biz[rng.integers(0, len(self.fixed_biz), m)]
            c = rng.integers(0, N, m)
            ans = rng.random(m) < 0.75
            self.acc["voice"].add(start_time=ts(d, rng.integers(9, 18, m), rng, m), caller=f, callee=self.msisdn[c],
                                  duration_s=np.where(ans, rng.lognormal(4.0, 0.8, m).astype(int) + 5, 0),
                                  ring_s=rng.integers(2, 25, m), result=np.where(ans, 0, 1), callee_cell=self.home[c],
                                  call_type=1, media=0)
        # calls to businesses / fixed lines and from out-of-province relatives
        m = rng.poisson(N * 0.18)
        c = rng.integers(0, N, m)
        f = self.fixed_biz[rng.integers(0, len(self.fixed_biz), m)]
        t = ts(d, rng.integers(8, 20, m), rng, m)
        ans = rng.random(m) < 0.88
        self.acc["voice"].add(start_time=t, caller=self.msisdn[c], callee=f, duration_s=np.where(ans, rng.lognormal(
            4.3, 0.8, m).astype(int) + 5, 0), ring_s=rng.integers(2, 25, m), result=np.where(ans, 0, 1),
            caller_imei=self.imei[c], caller_imsi=self.imsi[c], caller_cell=self.home[c], call_type=1, media=0)
        m = rng.poisson(N * 0.07)
        c = rng.integers(0, N, m)
        ext = self.external[rng.integers(0, len(self.external), m)]
        ans = rng.random(m) < 0.85
        self.acc["voice"].add(start_time=ts(d, rng.choice(24, m, p=HOUR_NORMAL), rng, m), caller=ext,
                              callee=self.msisdn[c], duration_s=np.where(ans, rng.lognormal(5, 0.9, m).astype(int), 0),
                              ring_s=rng.integers(2, 25, m), result=np.where(ans, 0, 1), callee_cell=self.home[c],
                              call_type=0, media=0)
        # device events
        k = rng.poisson(2.2 * np.minimum(self.activity, 2))
        who = np.repeat(np.arange(N), k)
        m = len(who)
        hh = rng.choice(24, m, p=HOUR_NORMAL)
        ev = rng.choice([0, 4, 5, 2], m, p=[0.08, 0.35, 0.5, 0.07])
        cell = np.where((hh >= 9) & (hh < 18) & ~wk, self.work[who], self.home[who])
        self.acc["device"].add(time=ts(d, hh, rng, m), msisdn=self.msisdn[who], imsi=self.imsi[who],
                               imei=self.imei[who], cell=cell, event=ev,
                               bytes=np.where(ev == 5, rng.lognormal(15, 1.5, m).astype(np.int64), -1))
        # web
        k = rng.poisson(1.4 * np.where(self.seg == 2, 0.4, 1.0))
        who = np.repeat(np.arange(N), k)
        m = len(who)
        di = rng.choice(len(self.web_domains), m, p=self.web_p)
        self.add_web(d, who_msisdn=self.msisdn[who], dom_idx=di, m=m)
        # app use and rare installs
        k = rng.poisson(0.5 * np.where(self.seg == 2, 0.5, 1.0))
        who = np.repeat(np.arange(N), k)
        m = len(who)
        ai = rng.choice(len(APPS_COMMON), m, p=self.app_p)
        inst = rng.random(m) < 0.03
        self.acc["apps"].add(time=ts(d, rng.choice(24, m, p=HOUR_NORMAL), rng, m), msisdn=self.msisdn[who],
                             app=np.array([a for a, _ in APPS_COMMON], object)[ai], event=np.where(inst, 0, 1),
                             source_url=np.where(inst, cat("https://app.mi.com/details?id=",
                                                           np.array([a for a, _ in APPS_COMMON], object)[ai]), None))
        # transfers: to contacts and to merchants
        xr = XFER_RATE[self.seg] * (1.15 if wk else 1)
        m = rng.poisson(xr.sum())
        fr = rng.choice(N, m, p=xr / xr.sum())
        fr = fr[self.deg[fr] > 0]
        m = len(fr)
        to_contact = rng.random(m) < 0.45
        tp = self.nb[self.nb_ptr[fr] + (rng.random(m) * self.deg[fr]).astype(np.int64)]
        to = np.where(to_contact, self.person_acct[tp], self.merchants[rng.integers(0, len(self.merchants), m)])
        amt = np.where(to_contact, np.round(rng.lognormal(5.5, 1.2, m), -1) + 10, np.round(rng.lognormal(4.2, 1.0, m), 2))
        self.acc["transfers"].add(time=ts(d, rng.choice(24, m, p=HOUR_NORMAL), rng, m), from_account=self.person_acct[fr],
                                  to_account=to, amount=amt, currency="CNY",
                                  channel=rng.choice(4, m, p=[0.82, 0.05, 0.03, 0.10]), initiated_msisdn=self.msisdn[fr])

    def p2p_calls(self, a, b, t, media=None):
        rng = self.rng
        n = len(a)
        u = rng.random(n)
        res = np.select([u < 0.80, u < 0.93, u < 0.97], [0, 1, 2], 3)
        dur = np.where(res == 0, np.minimum(rng.lognormal(4.1, 1.1, n).astype(int) + 3, 5400), 0)
        self.acc["voice"].add(start_time=t, caller=self.msisdn[a], callee=self.msisdn[b], duration_s=dur,
                              ring_s=rng.integers(2, 30, n), result=res, caller_imei=self.imei[a],
                              caller_imsi=self.imsi[a], caller_cell=self.home[a], callee_cell=self.home[b],
                              call_type=0, media=0 if media is None else media)
        # call back for unanswered ones
        back = (res != 0) & (rng.random(n) < 0.55)
        k = back.sum()
        if k:
            self.acc["voice"].add(start_time=t[back] + rng.integers(120, 7200, k), caller=self.msisdn[b[back]],
                                  callee=self.msisdn[a[back]],
                                  duration_s=rng.lognormal(4.0, 1.0, k).astype(int) + 5, ring_s=rng.integers(2, 20, k),
                                  result=0, caller_imei=self.imei[b[back]], caller_imsi=self.imsi[b[back]],
                                  caller_cell=self.home[b[back]], callee_cell=self.home[a[back]], call_type=0, media=0)

    def add_web(self, d, who_msisdn, dom_idx, m, hours=None):
        rng = self.rng
        doms = np.array(self.web_domains, object)[dom_idx]
        ips = np.array([self.domain_ip[x] for x in self.web_domains], object)[dom_idx]
        path = np.array(["/", "/index.html", "/s?wd=", "/item/", "/video/", "/news/", "/search?q="], object)[
            rng.integers(0, 7, m)]
        self.acc["web"].add(time=ts(d, rng.choice(24, m, p=HOUR_NORMAL) if hours is None else hours, rng, m),
                            msisdn=who_msisdn, domain=doms, url=cat("https://", doms, path),
                            ip=ips, bytes=rng.lognormal(11, 1.3, m).astype(np.int64))

    def ip_for(self, domain, block=None):
        if domain not in self.domain_ip:
            r = self.rng
            a = block or int(r.choice([101, 110, 111, 112, 113, 115, 116, 120, 123, 180, 182, 183, 220, 221, 222]))
            self.domain_ip[domain] = f"{a}.{int(r.integers(1, 255))}.{int(r.integers(0, 255))}.{int(r.integers(1, 254))}"
        return self.domain_ip[domain]

    def build_fixed(self):
        rng = self.rng
        # businesses' fixed lines (shops, restaurants, hospitals, government) that people call
        n = max(400, self.N0 // 30)
        city = rng.choice(len(CITIES), n)
        area = np.array([c[3] for c in CITIES])[city]
        self.fixed_biz = self.new_numbers_area(area)
        ids = self.new_ids(n)
        self.add_subscribers(self.fixed_biz, self.idstr(ids), "fixed", START - rng.integers(300, 5000, n) * DAY,
                             cust="enterprise", idtype="business_license",
                             region=np.array([CITIES[c][0] for c in city], object))
        self.label("msisdn", self.fixed_biz, "benign", scheme="ordinary")
        self.label("id_key", self.idstr(ids), "benign", scheme="ordinary")
        # numbers outside the province (relatives in Beijing, Shanghai, Hebei ...): not our subscribers
        self.external, _ = self.new_mobile(max(1500, self.N0 // 8))
        self.label("msisdn", self.external, "benign", scheme="ordinary")
        # merchants' accounts
        m = max(300, self.N0 // 40)
        self.merchants = self.new_accounts(m, 65)
        self.add_bank(self.merchants, self.idstr(self.new_ids(m)), START - rng.integers(300, 3000, m) * DAY,
                      np.full(m, -1))
        self.label("account", self.merchants, "benign", scheme="ordinary")
        # A2P senders (short codes)
        self.a2p = [(10086, "【中国移动】您本月话费账单已出，详询10086"), (95588, "【工商银行】您尾号账户支出人民币，余额请登录手机银行查询"),
                    (95533, "【建设银行】您的验证码为{c}，请勿泄露"), (1069055501, "【美团】您的验证码是{c}，5分钟内有效"),
                    (1069070069, "【淘宝】验证码{c}，切勿告知他人"), (10010, "【中国联通】流量使用提醒"),
                    (95599, "【农业银行】验证码{c}"), (12306, "【铁路12306】您的订单已出票"),
                    (1069016612, "【顺丰速运】您的快件已到达驿站，取件码{c}"),
                    (106575251, "【菜鸟驿站】取件码{c}，请及时领取")]
        self.label("msisdn", np.array([x[0] for x in self.a2p]), "benign", scheme="a2p_short_code")
        self.web_domains = [d for d, _ in POPULAR]
        self.web_p = np.array([w for _, w in POPULAR], float)
        self.web_p /= self.web_p.sum()
        for dmn in self.web_domains:
            self.ip_for(dmn)
        self.label("domain", self.web_domains, "benign", scheme="ordinary")
        self.label("ip", [self.domain_ip[x] for x in self.web_domains], "benign", scheme="ordinary")
        self.app_p = np.array([w for _, w in APPS_COMMON], float)
        self.app_p /= self.app_p.sum()
        self.label("app", [a for a, _ in APPS_COMMON], "benign", scheme="ordinary")

    def new_numbers_area(self, area):
        n = len(area)
        return self._unique(86 * 10 ** 11 + area.astype(np.int64) * 10 ** 8 + rng_digits(self.rng, n, 8))


def rng_digits(rng, n, k):
    return rng.integers(2 * 10 ** (k - 1), 10 ** k, n)


# ----------------------------------------------------------------------------------------------------------------
# Actor groups: one engine for gangs' numbers and for benign look-alikes
# ----------------------------------------------------------------------------------------------------------------
DEFAULTS = dict(kind=None, role="benign", gang=None, scheme=None, n=10, city="Jinan", district=None, route=None,
                line="mobile", cust="personal", idtype="resident_id", foreign=None, open=(300, 3000), open_rel=False,
                holder="own", channel=None, days=None, weekdays=False, p_active=1.0,
                calls=0.0, pool="all", clients=0, p_client=0.0, ans=0.8, dur=(60, 0.8), hours=(8, 20),
                callback=0.05, video=0.0, call_type=None, gateway=None, hook=0.0, hook_dur=(1200, 0.5),
                sms=0.0, sms_pool=None, texts=None, link=None, link_sub=30, sms_client=None,
                spd=1, move=0, den=3, roam=None, roam_p=0.0, receive=0.0, dev_events=3, spread=0.3,
                prepaid=None, status="active", seller="student", per=(3, 6), start_days=None, idk=None, imei=None,
                op=None)


class Group:
    def __init__(self, w: World, **cfg):
        c = dict(DEFAULTS)
        c.update(cfg)
        self.c = c
        self.w = w
        rng = w.rng
        n = c["n"]
        self.n = n
        if c["days"] is None:
            c["days"] = (0, w.D)
        self.scheme = c["scheme"] or c["kind"]
        d0 = c["days"][0]
        self.first = START + d0 * DAY
        # numbers
        if c["foreign"]:
            cc, digits = c["foreign"]
            self.num = w.new_numbers(n, cc, digits)
            self.imei = np.full(n, -1, np.int64)
            self.imsi = np.full(n, -1, np.int64)
        elif c["line"] in ("fixed", "voip"):
            area = np.full(n, CITIES[CITY[c["city"]]][3])
            self.num = w.new_numbers_area(area)
            self.imei = np.full(n, -1, np.int64)
            self.imsi = np.full(n, -1, np.int64)
        elif c["line"] == "iot":
            self.num = w.new_numbers(n, 861440, 9)
            op = np.zeros(n, int)
            self.imsi = w.new_imsi(op)
            self.imei = w.new_imei(n)
        else:
            self.num, op = w.new_mobile(n, c["op"])
            self.imsi = w.new_imsi(op)
            nd = max(1, int(np.ceil(n / c["spd"])))
            dev = w.new_imei(nd)
            self.dev_of = np.arange(n) // c["spd"]
            self.imei = dev[self.dev_of] if c["imei"] is None else np.asarray(c["imei"], np.int64)
        self.mobile = not c["foreign"] and c["line"] not in ("fixed", "voip")
        # cells: a den of a few cells (moving along a route every `move` days)
        self.route = c["route"] or [c["city"]]
        self.dens = [w.cells_in(city, c["den"], c["district"]) for city in self.route]
        # who holds the cards, when they were opened
        if c["open_rel"]:
            opened = self.first - rng.uniform(c["open"][0], c["open"][1], n) * DAY
        else:
            opened = START - rng.uniform(c["open"][0], c["open"][1], n) * DAY
        self.opened = opened.astype(np.int64)
        if not c["foreign"]:
            holder = c["holder"]
            if c["idk"] is not None:
                idk = np.asarray(c["idk"], object)
                channel = np.full(n, c["channel"], object)
            elif holder == "sellers":
                idk, chan, opened2 = w.ug.cards(n, self.first, c["seller"], c["open"], c["per"])
                self.opened = opened2
                channel = chan
            elif holder == "same":
                idk = np.full(n, w.idstr(w.new_ids(1))[0], object)
                channel = np.full(n, c["channel"] or f"ENT-{CITIES[CITY[c['city']]][3]}-01", object)
            else:
                idk = w.idstr(w.new_ids(n))
                channel = np.full(n, c["channel"], object) if c["channel"] else np.array(
                    [f"CH-{CITIES[CITY[c['city']]][3]}-{k:03d}" for k in rng.integers(0, 60, n)], object)
            self.idk = idk
            w.add_subscribers(self.num, idk, c["line"], self.opened, imsi=self.imsi if self.mobile or c[
                "line"] == "iot" else None, cust=c["cust"], idtype=c["idtype"], channel=channel,
                ocell=self.dens[0][np.arange(n) % len(self.dens[0])], prepaid=c["prepaid"],
                region=c["city"], status=c["status"])
        self.mult = rng.lognormal(0, c["spread"], n)
        pool = w.pool[c["pool"]]
        self.pool = pool
        self.clients = pool[rng.integers(0, len(pool), (n, max(1, c["clients"])))] if c["clients"] else None
        self.sms_pool = w.pool[c["sms_pool"]] if c["sms_pool"] else pool
        role = c["role"]
        self.fraud = role not in ("benign", "victim")
        g, s = c["gang"], self.scheme
        w.label("msisdn", self.num, role, g, s, first=self.first if self.fraud else None)
        if self.mobile or c["line"] == "iot":
            w.label("imsi", self.imsi, "simbox_sim" if role == "simbox_sim" else role, g, s,
                    first=self.first if self.fraud else None)
        self.hooked = []  # (number idx, target, time, duration)
        self.sms_out = []  # (number idx, receiver, time, url, host)
        self.active_days = set()

    def cell(self, d, idx):
        if self.c["move"]:
            k = (d // self.c["move"]) % len(self.dens)
        else:
            k = 0
        den = self.dens[k]
        return den[idx % len(den)]

    def day(self, d):
        w, c, rng = self.w, self.c, self.w.rng
        if not (c["days"][0] <= d < c["days"][1]):
            return
        if c["weekdays"] and d % 7 >= 5:
            return
        act = rng.random(self.n) < c["p_active"]
        if c["start_days"] is not None:
            act &= d >= np.asarray(c["start_days"])
        idx_act = np.flatnonzero(act)
        if len(idx_act) == 0:
            return
        self.active_days.add(d)
        mobile = self.mobile or c["line"] == "iot"
        roam = -1
        if c["roam"] and rng.random() < c["roam_p"]:
            roam = COUNTRIES.index(c["roam"])
        # ---- calls
        if c["calls"] > 0:
            k = rng.poisson(c["calls"] * self.mult[idx_act])
            who = np.repeat(idx_act, k)
            m = len(who)
            if m:
                if self.clients is not None:
                    cl = self.clients[who, rng.integers(0, self.clients.shape[1], m)]
                    tgt = np.where(rng.random(m) < c["p_client"], cl, self.pool[rng.integers(0, len(self.pool), m)])
                else:
                    tgt = self.pool[rng.integers(0, len(self.pool), m)]
                h = rng.integers(c["hours"][0], c["hours"][1], m)
                t = ts(d, h, rng, m)
                u = rng.random(m)
                ans = u < c["ans"]
                res = np.where(ans, 0, np.where(rng.random(m) < 0.75, 1, np.where(rng.random(m) < 0.5, 2, 3)))
                dur = np.maximum(3, rng.lognormal(np.log(c["dur"][0]), c["dur"][1], m)).astype(np.int64)
                hook = ans & (rng.random(m) < c["hook"])
                if hook.any():
                    hd = rng.lognormal(np.log(c["hook_dur"][0]), c["hook_dur"][1], hook.sum()).astype(np.int64) + 60
                    dur[hook] = hd
                    self.hooked.append((who[hook], tgt[hook], t[hook], hd))
                dur = np.where(ans, np.minimum(dur, 3 * 3600), 0)
                ct = c["call_type"]
                if ct is None:
                    ct = 3 if c["foreign"] else 1 if c["line"] == "fixed" else 2 if c["line"] == "voip" else 0
                if roam >= 0 and ct == 0:
                    ct = 4
                self.w.acc["voice"].add(
                    start_time=t, caller=self.num[who], callee=w.msisdn[tgt], duration_s=dur,
                    ring_s=rng.integers(1, 35, m), result=res,
                    caller_imei=self.imei[who] if mobile else np.full(m, -1),
                    caller_imsi=self.imsi[who] if mobile else np.full(m, -1),
                    caller_cell=self.cell(d, who) if (mobile and roam < 0) else np.full(m, -1),
                    callee_cell=w.home[tgt], caller_roaming_country=np.full(m, roam),
                    call_type=np.full(m, ct), media=(rng.random(m) < c["video"]).astype(int),
                    gateway=np.full(m, c["gateway"], object))
                self.last_calls = (who, tgt, t, ans)
                # call backs from the people reached
                back = ans & (rng.random(m) < c["callback"]) | (~ans & (rng.random(m) < c["callback"] * 0.7))
                if back.any():
                    self.calls_in(d, who[back], tgt[back], t[back] + rng.integers(300, 6 * 3600, back.sum()))
        if c["receive"] > 0:
            k = rng.poisson(c["receive"] * self.mult[idx_act])
            who = np.repeat(idx_act, k)
            m = len(who)
            if m:
                if self.clients is not None:
                    tgt = self.clients[who, rng.integers(0, self.clients.shape[1], m)]
                else:
                    tgt = self.pool[rng.integers(0, len(self.pool), m)]
                self.calls_in(d, who, tgt, ts(d, rng.integers(c["hours"][0], c["hours"][1], m), rng, m))
        # ---- SMS
        if c["sms"] > 0:
            k = rng.poisson(c["sms"] * self.mult[idx_act])
            who = np.repeat(idx_act, k)
            m = len(who)
            if m:
                sp = self.sms_pool
                tgt = sp[rng.integers(0, len(sp), m)]
                if self.clients is not None and c["sms_client"]:
                    cl = self.clients[who, rng.integers(0, self.clients.shape[1], m)]
                    tgt = np.where(rng.random(m) < c["sms_client"], cl, tgt)
                t = ts(d, rng.integers(c["hours"][0], c["hours"][1], m), rng, m)
                texts = np.array(c["texts"] or ["您好"], object)
                txt = texts[rng.integers(0, len(texts), m)]
                url = host = None
                if c["link"]:
                    mode, dom, path = c["link"]
                    if mode == "wild":
                        subs = rstr(rng, c["link_sub"], 6)
                        host = cat(subs[rng.integers(0, len(subs), m)], "." + dom)
                    else:
                        host = np.full(m, dom, object)
                    url = cat("http://" if mode == "wild" else "https://", host, path)
                    txt = cat(txt, " ", url)
                self.w.acc["sms"].add(send_time=t, sender=self.num[who], receiver=w.msisdn[tgt], content=txt,
                                      sender_imei=self.imei[who] if mobile else np.full(m, -1),
                                      sender_cell=self.cell(d, who) if (mobile and roam < 0) else np.full(m, -1),
                                      sender_roaming_country=np.full(m, roam))
                self.sms_out.append((who, tgt, t, url, host))
        # ---- device events
        if mobile:
            k = np.full(len(idx_act), c["dev_events"])
            who = np.repeat(idx_act, k)
            m = len(who)
            ev = rng.choice([2, 4, 5, 0], m, p=[0.15, 0.35, 0.4, 0.1])
            w.acc["device"].add(time=ts(d, rng.integers(max(0, c["hours"][0] - 1), c["hours"][1], m), rng, m),
                                msisdn=self.num[who], imsi=self.imsi[who], imei=self.imei[who],
                                cell=self.cell(d, who) if roam < 0 else np.full(m, -1), event=ev,
                                roaming_country=np.full(m, roam),
                                bytes=np.where(ev == 5, rng.lognormal(13, 1.5, m).astype(np.int64), -1))

    def calls_in(self, d, who, tgt, t):
        """calls from population members `tgt` to the group's numbers `who`"""
        w, rng = self.w, self.w.rng
        m = len(who)
        ans = rng.random(m) < 0.8
        ct = np.full(m, 4 if self.c["foreign"] else 1 if self.c["line"] == "fixed" else 0)
        w.acc["voice"].add(start_time=np.minimum(t, START + w.D * DAY - 1), caller=w.msisdn[tgt], callee=self.num[who],
                           duration_s=np.where(ans, rng.lognormal(np.log(self.c["dur"][0]) + 0.3, 0.8, m).astype(
                               np.int64) + 5, 0),
                           ring_s=rng.integers(1, 25, m), result=np.where(ans, 0, 1), caller_imei=w.imei[tgt],
                           caller_imsi=w.imsi[tgt], caller_cell=w.home[tgt],
                           callee_cell=self.cell(d, who) if self.mobile else np.full(m, -1), call_type=ct, media=0)

    def label_devices(self, role=None):
        if self.mobile or self.c["line"] == "iot":
            role = role or self.c["role"]
            ims = self.imei[self.imei > 0]
            if self.fraud:
                self.w.label("imei", ims, role, self.c["gang"], self.scheme, first=self.first)
            else:
                self.w.label("imei", ims, "benign", scheme=self.scheme)
        if not self.c["foreign"]:
            if self.fraud:
                # id keys of bought cards belong to card sellers (labelled by the ring); a gang's own phones and
                # lines it rented under someone's ID
                if self.c["holder"] != "sellers":
                    self.w.label("id_key", np.unique(self.idk), "gang_member" if self.c["role"] == "gang_member"
                                 else "card_seller", self.c["gang"], self.scheme)
            else:
                self.w.label("id_key", np.unique(self.idk), "benign", scheme=self.scheme)


# ----------------------------------------------------------------------------------------------------------------
# Card sellers, mule accounts, payments and laundering
# ----------------------------------------------------------------------------------------------------------------
class Underground:
    """The card-selling ring (G08) and the laundering network (G09) that the calling gangs buy from."""

    def __init__(self, w: World):
        self.w = w
        rng = w.rng
        # card sellers: students of Jinan's university town (Changqing) and elderly villagers of Heze
        stu = w.pool["students"][np.isin(w.city[w.pool["students"]], [CITY["Jinan"], CITY["Zibo"], CITY["Taian"]])]
        eld = w.pool["elderly_rural"]
        adl = w.pool["workers"]
        self.avail = {"student": list(rng.permutation(stu)[:70]), "elderly": list(rng.permutation(eld)[:60]),
                      "adult": list(rng.permutation(adl)[:60])}
        self.agents = {"student": ["AG-531-C07", "AG-531-C12", "AG-538-U03"],
                       "elderly": ["AG-530-V21", "AG-530-V22", "AG-635-V05"],
                       "adult": ["AG-539-M11", "AG-537-M02", "AG-536-M09"]}
        self.sellers = []  # population index of every card seller
        self.cover = []

    def take(self, kind):
        lst = self.avail[kind]
        if not lst:
            self.avail[kind] = list(self.w.rng.permutation(self.w.pool["adults"])[:50])
            lst = self.avail[kind]
        p = lst.pop(0)
        self.sellers.append(p)
        return p

    def cards(self, n, first, kind="student", age=(5, 40), per=(3, 6)):
        """n cards opened under sellers' IDs, in batches of `per` cards per ID, each batch on one day at one agent."""
        w, rng = self.w, self.w.rng
        idk, chan, opened = [], [], []
        while len(idk) < n:
            p = self.take(kind)
            k = int(rng.integers(per[0], per[1] + 1))
            day = first - rng.uniform(age[0], age[1]) * DAY
            ag = self.agents[kind][int(rng.integers(0, len(self.agents[kind])))]
            for _j in range(k):
                idk.append(w.idstr([w.idk[p]])[0])
                chan.append(ag)
                opened.append(int(day + rng.integers(0, 3 * 3600)))
        return np.array(idk[:n], object), np.array(chan[:n], object), np.array(opened[:n], np.int64)

    def mules(self, n, gang, scheme, kind="student", age=(10, 90)):
        """bank accounts rented from sellers (the holders' own numbers bound)."""
        w, rng = self.w, self.w.rng
        people = np.array([self.take(kind) for _ in range(n)])
        acc = w.new_accounts(n)
        w.add_bank(acc, w.idk[people], START + w.DH * DAY - rng.uniform(age[0], age[1], n) * DAY, w.msisdn[people])
        w.label("account", acc, "mule_account", gang, scheme, first=START + w.DH * DAY)
        if kind == "adult":  # rented from people who still use them for their own shopping
            self.cover.append((acc, w.msisdn[people]))
        return acc

    def spend(self):
        """the holders' own small spending on rented accounts, all period long"""
        w, rng = self.w, self.w.rng
        for acc, num in self.cover:
            n = len(acc)
            for d in range(w.D):
                k = rng.poisson(0.6, n)
                r = np.repeat(np.arange(n), k)
                m = len(r)
                if m:
                    w.acc["transfers"].add(time=ts(d, rng.choice(24, m, p=HOUR_NORMAL), rng, m), from_account=acc[r],
                                           to_account=w.merchants[rng.integers(0, len(w.merchants), m)],
                                           amount=np.round(rng.lognormal(4, 1, m), 2), currency="CNY", channel=0,
                                           initiated_msisdn=num[r])

    def finish(self):
        w = self.w
        s = np.array(sorted(set(self.sellers)))
        w.label("id_key", w.idstr(w.idk[s]), "card_seller", "G08", "card_selling")


class Laundry:
    """G09: layered mule accounts. Victim money lands on layer-1 accounts (rented from students and villagers),
    is split within minutes into just-under-limit pieces to layer-2 accounts (shell companies and rented accounts)
    and leaves through OTC crypto dealers' accounts and ATM cash withdrawals."""

    def __init__(self, w: World, ug: Underground):
        self.w = w
        rng = w.rng
        self.L1 = ug.mules(36, "G09", "mule_laundering", "student", (15, 120))
        shell_ids = w.new_ids(6)
        acc = w.new_accounts(10, 66)
        w.add_bank(acc, shell_ids[np.arange(10) % 6], START - rng.uniform(30, 200, 10) * DAY, np.full(10, -1),
                   bank="Hengfeng Bank")
        w.label("account", acc, "mule_account", "G09", "mule_laundering", first=START + w.DH * DAY)
        w.label("id_key", w.idstr(shell_ids), "card_seller", "G09", "mule_laundering")
        self.L2 = np.concatenate([acc, ug.mules(8, "G09", "mule_laundering", "adult", (60, 400))])
        self.OTC = ug.mules(5, "G09", "mule_laundering", "adult", (200, 900))
        # gang members who run the accounts: their own phones, in Linyi
        self.members = Group(w, kind="laundry_member", role="gang_member", gang="G09", scheme="mule_laundering",
                             n=4, city="Linyi", open=(200, 1500), calls=6, pool="all", sms=2, spread=0.2)

    def launder(self, acct, t, amount):
        rng = self.w.rng
        rows = []
        pieces = int(np.clip(np.ceil(amount / 45000), 1, 8)) + int(rng.integers(0, 3))
        tt = t + int(rng.integers(90, 2400))
        left = amount * rng.uniform(0.97, 1.0)
        parts = rng.dirichlet(np.ones(pieces)) * left
        parts = np.where(parts > 49999, rng.uniform(45000, 49990, pieces), parts)
        for p in parts:
            p = float(np.floor(p / 10) * 10 + rng.choice([0, 8, 9])) if p > 1000 else float(round(p, 2))
            l2 = self.L2[int(rng.integers(0, len(self.L2)))]
            rows.append((tt, acct, l2, p, 0))
            tt2 = tt + int(rng.integers(300, 3 * 3600))
            if rng.random() < 0.7:
                rows.append((tt2, l2, self.OTC[int(rng.integers(0, len(self.OTC)))], round(p * rng.uniform(.98, 1), 2), 3))
            else:
                k = int(np.ceil(p / 20000))
                for j in range(k):
                    rows.append((tt2 + j * 120, l2, f"ATM{37 * 10 ** 8 + int(rng.integers(0, 10 ** 8))}",
                                 float(min(19990.0, p / k)), 2))
            tt += int(rng.integers(20, 400))
        return rows


def pay_victims(w: World, gang, scheme, fraud_type, victims, times, amounts, accounts, numbers, launder=None,
                report_p=0.3):
    """victims (population idx) pay amounts to accounts; optional laundering; some report to police."""
    rng = w.rng
    end = START + w.D * DAY - 60
    keep = times < end
    victims, times, amounts, accounts, numbers = (x[keep] for x in (victims, times, amounts, accounts, numbers))
    if len(victims) == 0:
        return
    amounts = np.round(amounts, 0)
    w.acc["transfers"].add(time=times, from_account=w.person_acct[victims], to_account=accounts, amount=amounts,
                           currency="CNY", channel=rng.choice(4, len(victims), p=[0.8, 0.05, 0.05, 0.1]),
                           initiated_msisdn=w.msisdn[victims])
    for v, t, a, acct in zip(victims, times, amounts, accounts, strict=False):
        w.events.append((str(w.msisdn[v]), int(t), float(a), str(acct)))
    w.label("msisdn", w.msisdn[victims], "victim", gang, scheme)
    if launder is not None:
        rows = []
        for t, a, acct in zip(times, amounts, accounts, strict=False):
            rows += launder.launder(acct, int(t), float(a))
        if rows:
            r = list(zip(*rows, strict=False))
            tt = np.array(r[0], np.int64)
            ok = tt < end  # what would leave after the period is not in the data
            w.acc["transfers"].add(time=tt[ok], from_account=np.array(r[1], object)[ok],
                                   to_account=np.array(r[2], object)[ok], amount=np.array(r[3], float)[ok],
                                   currency="CNY", channel=np.array(r[4])[ok])
    # reports: a share of victims go to the police 1-4 days later
    rep = rng.random(len(victims)) < report_p
    rt = times + rng.integers(DAY // 2, 4 * DAY, len(victims))
    rep &= rt < end
    for v, t, a, num in zip(victims[rep], rt[rep], amounts[rep], numbers[rep], strict=False):
        if num > 0:
            w.reports.append((int(t), "msisdn", str(num), "fraud", fraud_type, float(a), "police"))
        w.reports.append((int(t), "msisdn", str(w.msisdn[v]), "victim", fraud_type, float(a), "police"))


def hooked_victims(w, g: Group, p_pay, npay, amt, delay=(600, 3 * 3600), spread_days=0.0, followups=(0, 0),
                   follow_dur=(900, 0.6)):
    """victims among people hooked on a gang's calls: (victim, time, amount, number used). Paying victims get
    `followups` more calls from the same number in the next hours and days (the script goes on)."""
    rng = w.rng
    if not g.hooked:
        return [np.zeros(0, np.int64)] * 4
    who = np.concatenate([h[0] for h in g.hooked])
    tgt = np.concatenate([h[1] for h in g.hooked])
    t = np.concatenate([h[2] for h in g.hooked])
    dur = np.concatenate([h[3] for h in g.hooked])
    _, first = np.unique(tgt, return_index=True)
    first = np.sort(first)
    who, tgt, t, dur = who[first], tgt[first], t[first], dur[first]
    pay = rng.random(len(tgt)) < p_pay
    who, tgt, t, dur = who[pay], tgt[pay], t[pay], dur[pay]
    if followups[1] > 0 and len(tgt) and g.mobile:
        f = rng.integers(followups[0], followups[1] + 1, len(tgt))
        r = np.repeat(np.arange(len(tgt)), f)
        m = len(r)
        tf = t[r] + dur[r] + rng.integers(1800, 2 * DAY, m)
        fd = rng.lognormal(np.log(follow_dur[0]), follow_dur[1], m).astype(np.int64) + 30
        ok = tf < START + w.D * DAY - fd
        r, tf, fd = r[ok], tf[ok], fd[ok]
        m = len(r)
        dd = ((tf - START) // DAY).astype(np.int64)
        cells = np.array([g.cell(int(x), np.array([int(y)]))[0] for x, y in zip(dd, who[r], strict=False)], np.int64)
        w.acc["voice"].add(start_time=tf, caller=g.num[who[r]], callee=w.msisdn[tgt[r]], duration_s=fd,
                           ring_s=rng.integers(2, 15, m), result=0, caller_imei=g.imei[who[r]],
                           caller_imsi=g.imsi[who[r]], caller_cell=cells, callee_cell=w.home[tgt[r]], call_type=0,
                           media=0)
    k = rng.integers(1, npay + 1, len(tgt))
    v = np.repeat(tgt, k)
    step = np.concatenate([np.arange(x) for x in k]) if len(k) else np.zeros(0, np.int64)
    tt = (np.repeat(t + dur, k) + rng.integers(delay[0], delay[1], len(v)) +
          (step * rng.uniform(0.3, 1.0 + spread_days, len(v)) * DAY * (1 if spread_days else 0.1)).astype(np.int64))
    a = np.round(rng.lognormal(np.log(amt[0]), amt[1], len(v)) * (1 + 0.5 * step), -1)
    return v, tt.astype(np.int64), a, g.num[np.repeat(who, k)]


def sms_clickers(w, g: Group, p_click, ip, app=None, p_install=0.0, path_app="/d/app.apk", hours_after=(1, 90)):
    """people who open a gang's SMS link (web rows; app installs); returns (person, time) of the clickers"""
    rng = w.rng
    if not g.sms_out:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    tgt = np.concatenate([s[1] for s in g.sms_out])
    t = np.concatenate([s[2] for s in g.sms_out])
    url = np.concatenate([s[3] for s in g.sms_out])
    host = np.concatenate([s[4] for s in g.sms_out])
    cl = rng.random(len(tgt)) < p_click
    tgt, t, url, host = tgt[cl], t[cl], url[cl], host[cl]
    m = len(tgt)
    tv = np.minimum(t + rng.integers(hours_after[0] * 60, hours_after[1] * 60, m), START + w.D * DAY - 1)
    ipa = np.array(ip, object)[rng.integers(0, len(ip), m)]
    w.acc["web"].add(time=tv, msisdn=w.msisdn[tgt], domain=host, url=url, ip=ipa,
                     bytes=rng.lognormal(11, 1, m).astype(np.int64))
    w.label("domain", host, "fraud_domain", g.c["gang"], g.scheme, first=tv)
    w.label("url", url, "fraud_domain", g.c["gang"], g.scheme, first=tv)
    w.label("ip", ipa, "fraud_domain", g.c["gang"], g.scheme, first=tv)
    if app:
        ins = rng.random(m) < p_install
        k = ins.sum()
        if k:
            src = cat("http://", host[ins], path_app)
            ti = np.minimum(tv[ins] + rng.integers(60, 1800, k), START + w.D * DAY - 1)
            w.acc["apps"].add(time=ti, msisdn=w.msisdn[tgt[ins]], app=np.full(k, app, object), event=0,
                              source_url=src)
            k2 = rng.integers(1, 5, k)
            rep = np.repeat(np.arange(k), k2)
            tu = np.minimum(ti[rep] + rng.integers(600, 3 * DAY, len(rep)), START + w.D * DAY - 1)
            w.acc["apps"].add(time=tu, msisdn=w.msisdn[tgt[ins]][rep], app=np.full(len(rep), app, object), event=1)
            w.label("app", [app], "fraud_app", g.c["gang"], g.scheme, first=int(ti.min()))
            w.label("url", src, "fraud_domain", g.c["gang"], g.scheme, first=ti)
        return tgt, tv, ins
    return tgt, tv, np.ones(m, bool)


def gang_ips(w, n, block):
    r = w.rng
    base = f"{block}.{int(r.integers(1, 255))}.{int(r.integers(0, 255))}."
    return [base + str(int(x)) for x in r.choice(np.arange(2, 250), n, replace=False)]


def install_app(w, people, times, app, src, gang=None, scheme=None, fraud=True):
    rng = w.rng
    m = len(people)
    if m == 0:
        return
    end = START + w.D * DAY - 1
    times = np.minimum(times, end)
    w.acc["apps"].add(time=times, msisdn=w.msisdn[people], app=np.full(m, app, object), event=0,
                      source_url=np.full(m, src, object) if src else None)
    w.acc["apps"].add(time=np.minimum(times + rng.integers(60, 3600, m), end), msisdn=w.msisdn[people],
                      app=np.full(m, app, object), event=1)
    if fraud:
        w.label("app", [app], "fraud_app", gang, scheme, first=int(times.min()))
        if src:
            w.label("url", [src], "fraud_domain", gang, scheme, first=int(times.min()))


def build_gangs(w: World, ug: Underground, lau: Laundry):
    """Fourteen gangs. Returns the groups to run every day and the work to do after the days."""
    DH, D = w.DH, w.D
    rng = w.rng
    groups, post = [], []

    # G01 冒充公检法: impersonating police/prosecutors to the elderly. Few cards, few calls, very long hooked calls.
    g1 = Group(w, kind="g01", role="fraud_caller", gang="G01", scheme="impersonate_police", n=6, city="Linyi",
               holder="sellers", seller="elderly", open=(20, 50), days=(DH - 2, D), calls=14, pool="elderly", ans=0.6, dur=(25, 0.7), hours=(9, 17),
               weekdays=True, hook=0.07, hook_dur=(2400, 0.5), callback=0.03, spd=2, den=2)
    groups.append(g1)
    m1 = ug.mules(4, "G01", "impersonate_police", "elderly", (20, 60))

    def p1():
        v, t, a, num = hooked_victims(w, g1, 0.55, 3, (60000, 0.7), (1800, 4 * 3600), spread_days=0.5,
                                      followups=(1, 4), follow_dur=(1800, 0.5))
        pay_victims(w, "G01", "impersonate_police", "impersonate_police", v, t, a,
                    np.where(rng.random(len(v)) < 0.5, lau.L1[rng.integers(0, 12, len(v))], m1[rng.integers(0, 4, len(v))]),
                    num, lau, 0.4)
    post.append(p1)

    # G02 假冒电商客服退款: fake customer service refunds to young online shoppers, victims install a screen-share app
    g2 = Group(w, kind="g02", role="fraud_caller", gang="G02", scheme="fake_customer_service", n=12, city="Jining",
               holder="sellers", days=(DH - 3, D), calls=55, pool="young", ans=0.45, dur=(18, 0.8), hours=(9, 21),
               hook=0.02, hook_dur=(1300, 0.4), callback=0.02, spd=3, den=3, open=(3, 15), open_rel=True)
    groups.append(g2)
    app2 = "com.yunshixun.meeting"

    def p2():
        for plat, k in (("wechat", 12), ("alipay", 6)):
            w.add_iacct(plat, g2.num[rng.integers(0, g2.n, k)], START + (DH - 5) * DAY + rng.integers(0, 4 * DAY, k),
                        "fraud_caller", "G02", "fake_customer_service")
        v, t, a, num = hooked_victims(w, g2, 0.5, 2, (9000, 0.8), (300, 3600))
        first_v, fi = np.unique(v, return_index=True)
        install_app(w, first_v, t[fi] - rng.integers(120, 600, len(fi)), app2,
                    "http://dl.yunshixun-meeting.cn/ysx_v3.apk", "G02", "fake_customer_service")
        w.acc["web"].add(time=np.minimum(t[fi] - 700, START + D * DAY - 1), msisdn=w.msisdn[first_v],
                         domain="dl.yunshixun-meeting.cn", url="http://dl.yunshixun-meeting.cn/ysx_v3.apk",
                         ip=w.ip_for("dl.yunshixun-meeting.cn", 154), bytes=rng.integers(2 * 10 ** 7, 4 * 10 ** 7, len(fi)))
        w.label("domain", ["dl.yunshixun-meeting.cn"], "fraud_domain", "G02", "fake_customer_service")
        w.label("ip", [w.ip_for("dl.yunshixun-meeting.cn")], "fraud_domain", "G02", "fake_customer_service")
        pay_victims(w, "G02", "fake_customer_service", "customer_service", v, t, a, lau.L1[rng.integers(10, 24, len(v))],
                    num, lau, 0.3)
    post.append(p2)

    # G03 贷款诈骗: loan fraud, SMS with wildcard-domain links, an APK, then 'unfreezing fees'; 'loan officers' call back
    ip3 = gang_ips(w, 3, 45)
    g3 = Group(w, kind="g03", role="fraud_sms_sender", gang="G03", scheme="loan_fraud", n=4, city="Zaozhuang",
               holder="sellers", seller="adult", days=(DH - 6, D), sms=320, pool="adults", hours=(8, 22), open=(60, 150),
               open_rel=True, spread=0.15, spd=4, den=1,
               texts=["【惠享借】您有一笔最高20万元备用金待领取，年化3.6%起，当天到账，点击领取",
                      "尊敬的用户：您的信用额度已提升至88000元，48小时内有效，立即激活",
                      "【速贷通】无抵押无担保，凭身份证即可申请，秒批秒到"],
               link=("wild", "hxjd-loan.top", "/h5/apply"), link_sub=25)
    g3o = Group(w, kind="g03o", role="fraud_caller", gang="G03", scheme="loan_fraud", n=3, city="Zaozhuang",
                line="voip", days=(DH - 5, D), calls=0, pool="adults", gateway="VOIP-GW-0632-3")
    groups += [g3, g3o]
    m3 = ug.mules(6, "G03", "loan_fraud", "adult", (30, 200))

    def p3():
        tgt, tv, ins = sms_clickers(w, g3, 0.012, ip3, "com.hxjd.daikuan", 0.45, "/d/hxjd_2.1.apk")
        people = tgt[ins]
        tp = tv[ins]
        # loan officers call those who installed
        m = len(people)
        if m:
            o = rng.integers(0, g3o.n, m)
            tc = np.minimum(tp + rng.integers(1800, DAY, m), START + D * DAY - 1)
            dur = rng.lognormal(np.log(400), 0.5, m).astype(np.int64)
            w.acc["voice"].add(start_time=tc, caller=g3o.num[o], callee=w.msisdn[people], duration_s=dur,
                               ring_s=rng.integers(2, 20, m), result=0, callee_cell=w.home[people], call_type=2,
                               media=0, gateway="VOIP-GW-0632-3")
            pay = rng.random(m) < 0.35
            k = rng.integers(1, 4, pay.sum())
            v = np.repeat(people[pay], k)
            step = np.concatenate([np.arange(x) for x in k]) if len(k) else np.zeros(0, int)
            t = np.repeat(tc[pay] + dur[pay], k) + rng.integers(600, 7200, len(v)) + step * rng.integers(3 * 3600, DAY, len(v))
            a = np.round(rng.choice([499, 888, 1500, 2000, 3000, 5000, 8000], len(v)) * (1 + step), 0)
            pay_victims(w, "G03", "loan_fraud", "loan", v, t, a, m3[rng.integers(0, 6, len(v))],
                        g3o.num[np.repeat(o[pay], k)], None, 0.25)
    post.append(p3)

    # G04 刷单: part-time click-farming. SMS recruiting to QQ/WeChat accounts; small rebates first, then bigger 'tasks'
    g4 = Group(w, kind="g04", role="fraud_sms_sender", gang="G04", scheme="part_time_job", n=7, city="Heze",
               holder="sellers", days=(DH - 4, D), sms=110, pool="young", sms_pool="young", hours=(10, 23),
               open=(10, 40), open_rel=True, spd=1, den=4,
               texts=["招聘兼职：手机点赞关注，日结200-500元，不收任何费用，有意加QQ 2871503346",
                      "宝妈学生党福利：在家动动手指，一单一结，联系V：tj88067",
                      "【兼职】抖音点赞员，每单3-10元，当日结算，详询"],
               link=("wild", "dianzan-task.vip", "/reg"), link_sub=8)
    groups.append(g4)
    m4 = ug.mules(8, "G04", "part_time_job", "student", (10, 60))
    rebate = ug.mules(2, "G04", "part_time_job", "student", (10, 60))
    ip4 = gang_ips(w, 2, 103)

    def p4():
        # chat accounts the gang registered with its cards
        for plat in ("qq", "wechat"):
            w.add_iacct(plat, g4.num[rng.integers(0, g4.n, 12)],
                        START + (DH - 6) * DAY + rng.integers(0, 5 * DAY, 12), "fraud_sms_sender", "G04",
                        "part_time_job")
        tgt, tv, _ = sms_clickers(w, g4, 0.02, ip4, "com.renwu.dianzan", 0.6, "/app/rw.apk")
        vic = np.unique(tgt)
        tfirst = np.array([tv[tgt == x].min() for x in vic], np.int64)
        go = rng.random(len(vic)) < 0.45
        vic, tfirst = vic[go], tfirst[go]
        end = START + D * DAY - 60
        for v, t in zip(vic, tfirst, strict=False):
            # rebates from the gang: 2-3 small ones
            n_r = int(rng.integers(2, 4))
            tr = t + np.cumsum(rng.integers(1800, 6 * 3600, n_r))
            ok = tr < end
            if ok.any():
                w.acc["transfers"].add(time=tr[ok], from_account=rebate[rng.integers(0, 2, ok.sum())],
                                       to_account=np.full(ok.sum(), w.person_acct[v], object),
                                       amount=np.round(rng.uniform(12, 80, ok.sum()), 2), currency="CNY", channel=3)
            n_p = int(rng.integers(2, 6))
            tp = tr[-1] + np.cumsum(rng.integers(1200, DAY // 2, n_p))
            a = np.round(100 * 3.2 ** np.arange(n_p) * rng.uniform(0.8, 1.3, n_p), -1)
            pay_victims(w, "G04", "part_time_job", "part_time_job", np.full(n_p, v), tp, a, m4[rng.integers(0, 8, n_p)],
                        np.full(n_p, -1), None, 0.2)
    post.append(p4)

    # G05 杀猪盘: investment scam, long grooming of a handful of victims through the whole period
    g5 = Group(w, kind="g05", role="fraud_caller", gang="G05", scheme="investment_pig_butchering", n=3, city="Qingdao",
               holder="sellers", days=(0, D), open=(100, 400), open_rel=True, spread=0.1, dev_events=2, seller="adult",
               per=(1, 3))
    groups.append(g5)
    m5acc = w.new_accounts(4, 66)
    sid = w.new_ids(2)
    w.add_bank(m5acc, sid[np.arange(4) % 2], START - rng.uniform(60, 300, 4) * DAY, np.full(4, -1), bank="Hengfeng Bank")
    w.label("account", m5acc, "mule_account", "G05", "investment_pig_butchering", first=START)
    w.label("id_key", w.idstr(sid), "card_seller", "G05", "investment_pig_butchering")
    vic5 = rng.choice(w.pool["midage"], 7, replace=False)
    dom5 = "www.jinhui-gjs.com"
    ip5 = w.ip_for(dom5, 43)

    def p5():
        end = START + D * DAY - 60
        for i, v in enumerate(vic5):
            fn = g5.num[i % g5.n]
            fi = g5.imei[i % g5.n]
            start_d = int(rng.integers(0, 4))
            for d in range(start_d, D):
                k = int(rng.integers(2, 9))
                t = ts(d, rng.integers(19, 24, k), rng, k)
                dirn = rng.random(k) < 0.55
                w.acc["sms"].add(send_time=t, sender=np.where(dirn, fn, w.msisdn[v]),
                                 receiver=np.where(dirn, w.msisdn[v], fn),
                                 content=np.array(["早安，今天行情不错", "老师说今晚有个好点位", "在忙吗", "晚安",
                                                   "我今天又赚了一点", "你考虑得怎么样"], object)[rng.integers(0, 6, k)],
                                 sender_imei=np.where(dirn, fi, w.imei[v]))
                if rng.random() < 0.4:
                    dur = int(rng.integers(900, 3600))
                    w.acc["voice"].add(start_time=ts(d, np.array([21]), rng, 1), caller=np.array([fn]),
                                       callee=np.array([w.msisdn[v]]), duration_s=np.array([dur]), ring_s=5, result=0,
                                       caller_imei=np.array([fi]), caller_cell=np.array([g5.cell(d, np.array([0]))[0]]),
                                       callee_cell=np.array([w.home[v]]), call_type=0,
                                       media=np.array([int(rng.random() < 0.2)]))
                if d >= start_d + 5 and rng.random() < 0.6:
                    k = int(rng.integers(1, 5))
                    w.acc["web"].add(time=ts(d, rng.integers(9, 23, k), rng, k), msisdn=np.full(k, w.msisdn[v]),
                                     domain=dom5, url=f"https://{dom5}/trade/index", ip=ip5,
                                     bytes=rng.lognormal(12, 1, k).astype(np.int64), app="com.jinhui.trade")
            install_app(w, np.array([v]), np.array([START + (start_d + 5) * DAY + 72000]), "com.jinhui.trade",
                        f"https://{dom5}/download/jinhui.apk", "G05", "investment_pig_butchering")
            days = [start_d + 8, start_d + 10, D - 3, D - 1]
            amts = [10000, 30000, 120000, 260000]
            t = np.array([START + dd * DAY + 36000 + int(rng.integers(0, 20000)) for dd in days])
            a = np.array(amts) * rng.uniform(0.7, 1.4, 4)
            ok = t < end
            # the first small 'profit withdrawal' comes back
            if ok[0]:
                w.acc["transfers"].add(time=np.array([t[0] + 2 * DAY]), from_account=np.array([m5acc[0]], object),
                                       to_account=np.array([w.person_acct[v]], object), amount=np.array([1860.0]),
                                       currency="CNY", channel=3)
            pay_victims(w, "G05", "investment_pig_butchering", "investment", np.full(ok.sum(), v), t[ok], a[ok],
                        m5acc[rng.integers(0, 4, ok.sum())], np.full(ok.sum(), fn), None, 0.1)
        w.label("domain", [dom5], "fraud_domain", "G05", "investment_pig_butchering")
        w.label("ip", [ip5], "fraud_domain", "G05", "investment_pig_butchering")
        w.label("url", [f"https://{dom5}/trade/index"], "fraud_domain", "G05", "investment_pig_butchering")
    post.append(p5)

    # G06 GOIP SIM-box farm in a van: 4 devices x 16 SIMs, half the SIMs on each day, moving city every 2 days
    g6 = Group(w, kind="g06", role="simbox_sim", gang="G06", scheme="simbox_goip", n=64, city="Dezhou",
               route=["Dezhou", "Liaocheng", "Jinan", "Taian", "Binzhou"], move=2, holder="sellers",
               days=(DH - 1, D), p_active=0.5, calls=22, pool="all", ans=0.32, dur=(35, 0.7), hours=(9, 20),
               hook=0.008, hook_dur=(900, 0.5), callback=0.01, spd=16, den=1, open=(5, 30), open_rel=True, spread=0.2,
               seller="elderly", per=(4, 8))
    groups.append(g6)

    def p6():
        g6.label_devices("simbox_device")
        v, t, a, num = hooked_victims(w, g6, 0.4, 2, (15000, 0.8))
        pay_victims(w, "G06", "simbox_goip", "customer_service", v, t, a, lau.L1[rng.integers(20, 36, len(v))], num, lau,
                    0.3)
    post.append(p6)

    # G07 泛域名 SMS: fake ETC / traffic-fine notices with random sub-domains; victims type their card details
    g7 = Group(w, kind="g07", role="fraud_sms_sender", gang="G07", scheme="wildcard_sms_etc", n=18, city="Weifang",
               route=["Weifang", "Zibo", "Qingdao"], move=3, holder="sellers", days=(DH, D), sms=75, pool="adults",
               hours=(8, 21), open=(2, 10), open_rel=True, spd=1, den=2, p_active=0.8,
               texts=["【ETC服务】您的ETC卡已失效，为避免影响通行请尽快重新认证",
                      "【交管12123】您有一条未处理的交通违法记录，逾期将影响年审，请查看",
                      "【ETC】尊敬的车主，您的ETC设备需在线升级，否则将被禁用"],
               link=("wild", "etc-sdgs.cc", "/auth"), link_sub=40)
    groups.append(g7)
    m7 = ug.mules(5, "G07", "wildcard_sms_etc", "student", (10, 40))
    ip7 = gang_ips(w, 4, 156)

    def p7():
        tgt, tv, _ = sms_clickers(w, g7, 0.015, ip7)
        pay = rng.random(len(tgt)) < 0.25
        v = tgt[pay]
        t = tv[pay] + rng.integers(300, 5400, pay.sum())
        a = np.round(rng.lognormal(np.log(6000), 0.7, len(v)), 0)
        pay_victims(w, "G07", "wildcard_sms_etc", "other", v, t, a, m7[rng.integers(0, 5, len(v))],
                    np.full(len(v), -1), None, 0.3)
    post.append(p7)

    # G10 AI换脸 video calls: new cards make a few video calls posing as a relative/boss; hooked people transfer at once
    g10 = Group(w, kind="g10", role="fraud_caller", gang="G10", scheme="ai_faceswap_video", n=4, city="Qingdao",
                holder="sellers", days=(DH + 1, D), calls=7, pool="midage", ans=0.7, dur=(45, 0.5), hours=(10, 22),
                video=0.85, hook=0.12, hook_dur=(150, 0.4), callback=0.05, open=(1, 5), open_rel=True, spd=1)
    groups.append(g10)
    m10 = ug.mules(3, "G10", "ai_faceswap_video", "student", (10, 40))

    def p10():
        w.add_iacct("wechat", g10.num, START + (DH - 1) * DAY + rng.integers(0, DAY, g10.n), "fraud_caller", "G10",
                    "ai_faceswap_video")
        v, t, a, num = hooked_victims(w, g10, 0.6, 1, (30000, 0.6), (60, 1200))
        pay_victims(w, "G10", "ai_faceswap_video", "acquaintance", v, t, a, m10[rng.integers(0, 3, len(v))], num, None, 0.4)
    post.append(p10)

    # G11 sleeping cards: cards opened years ago, silent for months, bought and woken up for 'student-loan cancellation'
    g11 = Group(w, kind="g11", role="fraud_caller", gang="G11", scheme="sleeping_cards_student_loan", n=15,
                city="Jinan", holder="sellers", days=(DH + 1, D), calls=28, pool="young", ans=0.5, dur=(22, 0.8),
                hours=(9, 20), hook=0.025, hook_dur=(1500, 0.4), callback=0.02, open=(900, 2200), open_rel=True,
                seller="adult", per=(1, 2),
                spd=1, den=3)
    groups.append(g11)

    def p11():
        v, t, a, num = hooked_victims(w, g11, 0.45, 3, (12000, 0.7), followups=(0, 2), follow_dur=(600, 0.5))
        install_app(w, np.unique(v), t[np.unique(v, return_index=True)[1]] - 600, "com.tencent.wemeet.app",
                    "https://meeting.tencent.com/download", fraud=False)
        pay_victims(w, "G11", "sleeping_cards_student_loan", "customer_service", v, t, a,
                    lau.L1[rng.integers(0, 36, len(v))], num, lau, 0.3)
    post.append(p11)

    # G12 spread thin: 'guess who I am' (猜猜我是谁) acquaintance fraud on 45 ordinary-looking cards, each a few calls a
    # day plus ordinary calls to a small circle, in six cities
    g12 = []
    for city in ["Jining", "Linyi", "Heze", "Liaocheng", "Dezhou", "Zaozhuang"]:
        g = Group(w, kind="g12", role="fraud_caller", gang="G12", scheme="spread_thin_acquaintance", n=8, city=city,
                  holder="sellers", days=(DH - 3, D), calls=3.5, pool="elderly", clients=6, p_client=0.3, ans=0.6,
                  dur=(50, 0.9), hours=(8, 20), hook=0.04, hook_dur=(500, 0.5), callback=0.15, open=(150, 700),
                  seller="adult", per=(2, 4),
                  open_rel=True, spd=1, den=6, spread=0.5, sms=1.0, texts=["在吗", "是我，换号了", "晚上给你打电话"])
        g12.append(g)
    groups += g12
    m12 = ug.mules(6, "G12", "spread_thin_acquaintance", "adult", (100, 600))

    def p12():
        for g in g12:
            w.add_iacct("wechat", g.num, g.opened + rng.integers(DAY, 20 * DAY, g.n), "fraud_caller", "G12",
                        "spread_thin_acquaintance")
            v, t, a, num = hooked_victims(w, g, 0.5, 2, (8000, 0.6), (1800, 2 * DAY))
            pay_victims(w, "G12", "spread_thin_acquaintance", "acquaintance", v, t, a, m12[rng.integers(0, 6, len(v))],
                        num, None, 0.2)
    post.append(p12)

    # G13 overseas: calls coming in from Cambodia/Myanmar/Philippines numbers through an international gateway
    g13 = []
    for cc, n in ((855, 12), (95, 8), (63, 10)):
        g = Group(w, kind="g13", role="fraud_caller", gang="G13", scheme="overseas_intl_in", n=n, foreign=(cc, 9),
                  days=(DH - 2, D), calls=35, pool="adults", ans=0.3, dur=(20, 0.8), hours=(9, 22), hook=0.015,
                  hook_dur=(1500, 0.5), callback=0.0, gateway=f"INTL-GW-{cc}")
        g13.append(g)
    groups += g13

    def p13():
        for g in g13:
            v, t, a, num = hooked_victims(w, g, 0.4, 2, (40000, 0.8))
            pay_victims(w, "G13", "overseas_intl_in", "investment", v, t, a, lau.L1[rng.integers(0, 36, len(v))], num, lau,
                        0.3)
    post.append(p13)

    # G14 征信修复 / bank 'security': victims are made to install a legitimate remote-desktop app
    g14 = Group(w, kind="g14", role="fraud_caller", gang="G14", scheme="credit_repair_remote_screen", n=6,
                city="Weifang", holder="sellers", days=(DH, D), calls=40, pool="workers", ans=0.5, dur=(20, 0.7),
                hours=(9, 18), weekdays=True, hook=0.025, hook_dur=(1800, 0.4), callback=0.04, open=(20, 60),
                seller="elderly",
                open_rel=True, spd=2, den=2)
    groups.append(g14)

    def p14():
        v, t, a, num = hooked_victims(w, g14, 0.5, 3, (20000, 0.7), (900, 3600), followups=(0, 2))
        uv, fi = np.unique(v, return_index=True)
        install_app(w, uv, t[fi] - 900, "com.oray.sunlogin.application",
                    "https://sunlogin.oray.com/download", fraud=False)
        pay_victims(w, "G14", "credit_repair_remote_screen", "customer_service", v, t, a,
                    lau.L1[rng.integers(0, 36, len(v))], num, lau, 0.3)
    post.append(p14)

    # gang members: each calling gang has 1-3 members whose own phones sit in the den cells and talk to the cards
    for g in [g1, g2, g5, g6, g7, g10, g11, g14] + g12[:2]:
        k = int(rng.integers(1, 4))
        gm = Group(w, kind="member", role="gang_member", gang=g.c["gang"], scheme=g.scheme, n=k,
                   city=g.route[0], district=None, days=g.c["days"], calls=4, pool="all", sms=1, open=(200, 2000))
        gm.dens = g.dens
        gm.clients = None
        groups.append(gm)
        post.append(gm.label_devices)
    # card-selling ring recruiters (G08): call and text students/villagers who then sell their IDs
    g8 = Group(w, kind="g08", role="gang_member", gang="G08", scheme="card_selling", n=3, city="Jinan",
               open=(100, 900), days=(0, D), calls=3, pool="students", sms=4, sms_pool="students",
               texts=["兼职办卡，一张卡200元，当天结", "学弟，帮个忙用你身份证办张卡，给你300"])
    groups.append(g8)
    groups.append(lau.members)
    post += [g8.label_devices, lau.members.label_devices]
    # fraud devices
    for g in [g1, g2, g3, g3o, g4, g5, g7, g10, g11, g14] + g12:
        post.append(g.label_devices)
    return groups, post


# ----------------------------------------------------------------------------------------------------------------
# Benign look-alikes
# ----------------------------------------------------------------------------------------------------------------
def build_lookalikes(w: World):
    DH, D = w.DH, w.D
    rng = w.rng
    groups, post = [], []
    N = w.N0

    def L(kind, **cfg):
        g = Group(w, kind=kind, role="benign", **cfg)
        groups.append(g)
        post.append(g.label_devices)
        return g

    def during(n, lo, hi):
        """start days and open times for cards opened during the period"""
        sd = rng.integers(lo, hi, n)
        return sd + 1, START + sd * DAY + rng.integers(9 * 3600, 19 * 3600, n)

    # --- people and trades who call many others --------------------------------------------------------------
    veg = L("vegetable_broker", n=14, city="Weifang", district=25, calls=45, pool="farmers_weifang", clients=160,
            p_client=0.8, ans=0.85, dur=(40, 0.7), hours=(5, 19), callback=0.25, receive=12, sms=3)
    L("port_logistics_dispatcher", n=12, city="Qingdao", district=20, cust="enterprise", holder="same", calls=55,
      pool="adults", clients=300, p_client=0.7, ans=0.8, dur=(30, 0.6), hours=(6, 23), callback=0.3, receive=20)
    L("korean_trade_interpreter", n=8, city="Qingdao", calls=14, pool="Qingdao", clients=40, p_client=0.6,
      ans=0.8, dur=(150, 0.8), hours=(8, 19), receive=6, roam="KR", roam_p=0.25)
    L("korean_business_number", n=18, foreign=(82, 10), calls=9, pool="coast", clients=25, p_client=0.7,
      ans=0.75, dur=(180, 0.8), hours=(8, 18), callback=0.3, gateway="INTL-GW-82")
    L("fishing_crew_roaming", n=40, city="Weihai", calls=3, pool="coast", clients=6, p_client=0.9, ans=0.8,
      dur=(240, 0.8), hours=(6, 22), roam="KR", roam_p=0.5, callback=0.4)
    L("ship_satellite_phone", n=12, foreign=(870, 9), calls=4, pool="coast", clients=5, p_client=0.95, ans=0.85,
      dur=(200, 0.6), hours=(0, 24), gateway="SAT-GW-870")
    L("driving_school_coach", n=16, city="Linyi", calls=22, pool="young", clients=60, p_client=0.75, ans=0.8,
      dur=(35, 0.6), hours=(6, 19), callback=0.35, receive=5)
    L("insurance_agent_cold_call", n=22, city="Jinan", calls=48, pool="adults", ans=0.42, dur=(25, 0.9),
      hours=(9, 19), weekdays=True, callback=0.04, receive=1.5)
    L("real_estate_agent", n=24, city="Qingdao", calls=60, pool="adults", ans=0.45, dur=(20, 0.9), hours=(9, 21),
      callback=0.03, receive=3, sms=15, texts=["【链家】青岛西海岸新区学区房急售，首付30万起，详询"])
    vc = L("village_cadre_notice", n=30, city="Heze", calls=4, pool="elderly_rural", clients=120, p_client=0.95,
           ans=0.75, dur=(70, 0.6), hours=(7, 20), sms=6, callback=0.3,
           texts=["各位乡亲：2027年度城乡居民医保缴费11月20日截止，请通过山东医保APP或到村委会缴纳",
                  "通知：养老金认证请于本月底前完成，可到村委会办理"])
    L("village_cadre_payday_burst", n=30, city="Linyi", days=(DH + 1, DH + 3), calls=60, pool="elderly_rural",
      clients=120, p_client=0.95, ans=0.7, dur=(60, 0.6), hours=(7, 20), callback=0.2)
    del vc
    L("hospital_appointment_callback", n=8, city="Jinan", line="fixed", cust="enterprise", idtype="business_license",
      holder="same", calls=70, pool="all", ans=0.7, dur=(60, 0.5), hours=(8, 17), weekdays=True, callback=0.1)
    L("bank_debt_collection", n=12, city="Jinan", line="fixed", cust="enterprise", idtype="business_license",
      holder="same", calls=50, pool="adults", clients=80, p_client=0.85, ans=0.3, dur=(90, 0.8), hours=(9, 20),
      callback=0.05)
    L("delivery_courier", n=70, city="Qingdao", calls=35, pool="Qingdao", ans=0.75, dur=(20, 0.5), hours=(8, 20),
      callback=0.15, receive=6, sms=8, texts=["您的快递已放驿站，请凭取件码领取"])
    L("takeaway_rider", n=50, city="Jinan", calls=28, pool="Jinan", ans=0.7, dur=(15, 0.5), hours=(10, 22),
      callback=0.1, receive=4, open=(5, 120), prepaid=True)
    L("ride_hailing_driver", n=30, city="Yantai", calls=18, pool="Yantai", ans=0.7, dur=(20, 0.5), hours=(6, 24),
      callback=0.2, receive=4)
    L("property_management_fee", n=10, city="Zibo", line="fixed", cust="enterprise", holder="same", calls=40,
      pool="Zibo", clients=400, p_client=0.9, ans=0.6, dur=(60, 0.6), hours=(9, 18), weekdays=True)
    L("school_teacher_parents", n=20, city="Weifang", calls=6, pool="adults", clients=50, p_client=0.95, ans=0.8,
      dur=(120, 0.8), hours=(7, 21), sms=25, sms_client=1.0, callback=0.4,
      texts=["各位家长好，明天学校秋季运动会，请给孩子穿运动服", "本周五下午家长会，请准时参加"])
    L("ecommerce_customer_service_outbound", n=25, city="Linyi", cust="enterprise", holder="same", calls=60,
      pool="young", ans=0.55, dur=(60, 0.7), hours=(9, 21), callback=0.05,
      channel="ENT-539-CS")
    L("health_centre_followup_elderly", n=15, city="Liaocheng", calls=20, pool="elderly", clients=150,
      p_client=0.9, ans=0.7, dur=(400, 0.6), hours=(8, 17), weekdays=True, callback=0.05)
    L("anti_fraud_centre_callback_96110", n=6, city="Jinan", line="fixed", cust="enterprise",
      idtype="business_license", holder="same", calls=45, pool="elderly", ans=0.6, dur=(300, 0.7), hours=(8, 22),
      callback=0.05)
    L("bank_wealth_manager", n=15, city="Qingdao", calls=15, pool="business", clients=60, p_client=0.9, ans=0.8,
      dur=(400, 0.8), hours=(9, 18), callback=0.3)
    L("rural_bank_loan_agent", n=12, city="Dezhou", calls=30, pool="farmers", ans=0.55, dur=(50, 0.8),
      hours=(8, 18), sms=40, texts=["【山东农信】尊敬的客户，您可申请信e贷，最高30万元，年化3.45%起，登录手机银行办理"],
      link=("fixed", "www.sdnxs.com", "/xed/apply.html"))
    L("market_research_survey", n=20, city="Jinan", line="voip", cust="enterprise", holder="same", calls=90,
      pool="all", ans=0.35, dur=(25, 1.0), hours=(9, 21), gateway="VOIP-GW-0531-1")
    L("hotel_front_desk", n=6, city="Taian", line="fixed", cust="enterprise", holder="same", calls=25,
      pool="all", ans=0.7, dur=(45, 0.6), hours=(7, 23))
    L("coach_ticket_seller", n=10, city="Heze", calls=25, pool="Heze", ans=0.7, dur=(30, 0.6), hours=(5, 20),
      receive=10)
    L("used_car_dealer", n=12, city="Linyi", calls=30, pool="adults", ans=0.55, dur=(70, 0.9), hours=(9, 20),
      callback=0.15, receive=5)
    L("recruitment_agency", n=16, city="Qingdao", calls=30, pool="young", ans=0.5, dur=(60, 0.8), hours=(9, 20),
      sms=60, sms_pool="young", texts=["【青岛人力】保税区电子厂招普工，日结180元，包吃住，报名请回复",
                                       "招聘临时工，日结工资，多劳多得，有意者电联"])
    sd, op = during(90, 0, DH + 4)
    mig = L("migrant_worker_new_card", n=90, city="Qingdao", start_days=sd, calls=9, pool="all", ans=0.6,
            dur=(40, 0.9), hours=(6, 21), callback=0.2, prepaid=True, channel="CH-532-HUANGDAO")
    w.sub_rows[-1]["open_time"] = op
    w.add_iacct("wechat", mig.num, op + rng.integers(3600, 2 * DAY, mig.n), scheme="migrant_worker_new_card")
    L("harvest_crew_moving", n=18, city="Dezhou", route=["Dezhou", "Binzhou", "Liaocheng", "Heze"], move=2,
      spd=3, den=1, calls=18, pool="farmers", ans=0.7, dur=(45, 0.7), hours=(6, 20), callback=0.3)
    L("livestream_seller", n=16, city="Linyi", calls=10, pool="all", ans=0.6, dur=(40, 0.7), hours=(10, 24),
      sms=50, texts=["【直播间】今晚8点临沂源头好货开播，点击进入直播间"], link=("fixed", "v.douyin.com", "/iRk2sP/"))
    L("group_buying_leader", n=24, city="Jinan", calls=6, pool="Jinan", clients=150, p_client=0.95, ans=0.8,
      dur=(40, 0.6), hours=(7, 22), sms=40, sms_client=1.0, receive=4,
      texts=["【社区团购】今日爆款：寿光西红柿9.9元3斤，接龙下单", "团长提醒：明天上午到货，请到小区门口自提"],
      link=("fixed", "t.cn", "/A6xQk9bP"))
    L("church_temple_group", n=10, city="Weifang", calls=5, pool="elderly", clients=80, p_client=0.95, ans=0.75,
      dur=(120, 0.6), hours=(7, 20), sms=20, sms_client=1.0, texts=["弟兄姊妹平安：本周日上午九点主日礼拜",
                                                                   "初一法会，欢迎各位居士随喜参加"])
    L("marketing_sms_optout", n=6, foreign=None, line="mobile", cust="enterprise", holder="same", city="Jinan",
      sms=900, pool="all", hours=(9, 20), spd=6, den=1,
      texts=["【苏宁易购】双11返场最后一天，全场满300减50，回T退订", "【银座商城】会员日全场8折，拒收请回复R"],
      link=("fixed", "m.suning.com", "/act/1111.html"))
    L("express_locker_notice", n=8, city="Qingdao", cust="enterprise", holder="same", sms=400, pool="Qingdao",
      hours=(8, 21), spd=8, den=1, texts=["【丰巢】您的快件已存入丰巢柜，取件码请查看"],
      link=("fixed", "fcbox.com", "/pick"))
    L("enterprise_line_pool", n=40, city="Zibo", cust="enterprise", idtype="business_license", holder="same",
      calls=20, pool="adults", clients=120, p_client=0.7, ans=0.65, dur=(60, 0.7), hours=(8, 18), weekdays=True,
      open=(40, 45), channel="ENT-533-07")
    L("factory_gsm_gateway", n=16, city="Weifang", cust="enterprise", idtype="business_license", holder="same",
      spd=8, den=1, calls=30, pool="adults", clients=200, p_client=0.8, ans=0.6, dur=(50, 0.7), hours=(8, 18),
      weekdays=True, channel="ENT-536-02")
    L("iot_alarm_sims", n=150, city="Qingdao", line="iot", cust="enterprise", idtype="business_license",
      holder="same", sms=1.2, pool="business", clients=3, sms_client=1.0, hours=(0, 24), den=20, dev_events=4,
      texts=["ALARM:ZONE3 OPEN", "HEARTBEAT OK", "POWER FAIL"], open=(30, 900), prepaid=False)
    L("elderly_tele_shopping_hotline", n=6, city="Jinan", line="fixed", cust="enterprise", holder="same",
      calls=35, pool="elderly", ans=0.55, dur=(240, 0.7), hours=(9, 18), callback=0.1)
    L("video_call_migrant_family", n=50, city="Heze", calls=2, pool="elderly_rural", clients=3, p_client=1.0,
      ans=0.85, dur=(600, 0.6), hours=(18, 23), video=0.8, callback=0.3)
    L("overseas_student_video", n=25, foreign=(44, 10), calls=1.5, pool="midage", clients=2, p_client=1.0,
      ans=0.85, dur=(900, 0.6), hours=(15, 24), video=0.6, gateway="INTL-GW-44")
    L("japan_trainee_workers", n=30, foreign=(81, 10), calls=1.2, pool="Yantai", clients=3, p_client=1.0,
      ans=0.8, dur=(700, 0.7), hours=(19, 24), gateway="INTL-GW-81")
    L("traveller_roaming", n=60, city="Jinan", calls=3, pool="all", clients=6, p_client=0.9, ans=0.8,
      dur=(90, 0.8), hours=(8, 23), roam="TH", roam_p=0.7, days=(DH - 2, DH + 5))
    L("cambodia_construction_worker", n=10, foreign=(855, 9), calls=1.0, pool="Linyi", clients=3, p_client=1.0,
      ans=0.8, dur=(500, 0.7), hours=(19, 23), gateway="INTL-GW-855")
    L("debt_collection_sms", n=8, city="Jinan", cust="enterprise", holder="same", sms=120, pool="adults",
      clients=300, sms_client=1.0, hours=(9, 20), texts=["【XX消费金融】您的账单已逾期，请尽快还款以免影响征信"])
    L("second_hand_platform_seller", n=25, city="Zibo", calls=5, pool="all", ans=0.7, dur=(40, 0.6),
      hours=(9, 22), receive=3)
    L("wholesale_market_trader", n=20, city="Linyi", district=15, calls=25, pool="business", clients=100,
      p_client=0.7, ans=0.8, dur=(50, 0.7), hours=(5, 19), receive=15)
    L("seafood_wholesaler", n=12, city="Yantai", calls=30, pool="coast", clients=80, p_client=0.8, ans=0.75,
      dur=(40, 0.6), hours=(3, 14), receive=10)
    L("funeral_service", n=5, city="Jining", calls=10, pool="all", ans=0.8, dur=(180, 0.6), hours=(0, 24),
      receive=4)
    L("kindergarten_enrolment", n=6, city="Rizhao", calls=15, pool="adults", ans=0.6, dur=(120, 0.6),
      hours=(9, 17), weekdays=True, sms=20)
    L("campus_network_support", n=6, city="Jinan", calls=20, pool="students", ans=0.6, dur=(90, 0.7),
      hours=(9, 21), sms=30, texts=["【校园网】您的宽带即将到期，请登录自助服务续费"],
      link=("fixed", "self.sdu.edu.cn", "/pay"))

    # --- new cards and cards opened in batches ------------------------------------------------------------------
    sd, op = during(260, 2, 5)
    camp = L("campus_card_drive", n=260, city="Qingdao", start_days=sd, calls=2, pool="students", clients=6,
             p_client=0.85, ans=0.8, dur=(80, 1.0), hours=(8, 24), sms=1.5, channel="CH-532-CAMPUS", prepaid=True)
    w.sub_rows[-1]["open_time"] = op
    for plat in ("wechat", "qq", "douyin"):
        w.add_iacct(plat, camp.num, op + rng.integers(1800, DAY, camp.n), scheme="campus_card_drive")
    del camp
    sd, op = during(110, 0, DH + 5)
    L("mall_store_new_cards", n=110, city="Jinan", start_days=sd, calls=3, pool="all", clients=8, p_client=0.8,
      ans=0.8, dur=(70, 1.0), hours=(8, 22), channel="CH-531-MALL01")
    w.sub_rows[-1]["open_time"] = op
    # reactivated sleeping cards: opened years ago, silent, and back with their owners
    sd = rng.integers(DH - 3, D - 2, 60)
    L("reactivated_sleeping_card", n=60, city="Jining", start_days=sd, calls=2.5, pool="all", clients=6,
      p_client=0.9, ans=0.8, dur=(90, 0.9), hours=(8, 22), open=(800, 2300), callback=0.3)
    # a parent holds several cards used by the family (一证多卡, legitimate)
    fam_id = w.idstr(w.new_ids(25))
    L("family_multi_card_holder", n=125, city="Zibo", idk=np.repeat(fam_id, 5), calls=2.5, pool="all", clients=6,
      p_client=0.9, ans=0.8, dur=(80, 0.9), hours=(7, 22), channel="CH-533-011")
    # dual-SIM users: a second number in the same handset, same holder
    ds = rng.choice(N, 300, replace=False)
    g = L("dual_sim_user", n=300, city="Jinan", idk=w.idstr(w.idk[ds]), imei=w.imei[ds], calls=2, pool="all",
          clients=10, p_client=0.8, ans=0.75, dur=(60, 0.9), hours=(8, 20), weekdays=True)
    g.dens = [w.home[ds]]
    w.sub_rows[-1]["open_cell"] = w.home[ds]
    w.sub_rows[-1]["home_region"] = np.array([CITIES[c][0] for c in w.city[ds]], object)
    w.label("imei", w.imei[ds], "benign", scheme="dual_sim_user")
    w.label("id_key", w.idstr(w.idk[ds]), "benign", scheme="dual_sim_user")
    # phone shops testing newly sold SIMs in the shop's test handset
    for s_i, city in enumerate(["Linyi", "Jinan", "Heze", "Weifang"]):
        n = 45
        sd, op = during(n, 0, D - 1)
        g = L("phone_shop_sim_test", n=n, city=city, start_days=sd, calls=2.5, pool="all", clients=6, p_client=0.85,
              ans=0.8, dur=(70, 1.0), hours=(8, 22), channel=f"CH-{CITIES[CITY[city]][3]}-SHOP{s_i}")
        w.sub_rows[-1]["open_time"] = op
        shop_imei = w.new_imei(1)[0]
        tt = op + rng.integers(300, 1800, n)
        w.acc["device"].add(time=tt, msisdn=g.num, imsi=g.imsi, imei=np.full(n, shop_imei), cell=g.dens[0][0],
                            event=0)
        w.acc["voice"].add(start_time=tt + 60, caller=g.num, callee=np.full(n, 10086), duration_s=rng.integers(8, 30, n),
                           ring_s=2, result=0, caller_imei=np.full(n, shop_imei), caller_imsi=g.imsi,
                           caller_cell=g.dens[0][0], call_type=0, media=0)
        w.label("imei", [shop_imei], "benign", scheme="phone_shop_sim_test")

    # --- money patterns -------------------------------------------------------------------------------------------
    def money():
        end = START + D * DAY - 60
        T = w.acc["transfers"]
        # vegetable brokers pay farmers every morning; wholesale buyers pay brokers
        bacc = w.new_accounts(veg.n)
        w.add_bank(bacc, np.array(veg.idk, object), START - 900 * DAY, veg.num)
        w.label("account", bacc, "benign", scheme="vegetable_broker")
        for d in range(D):
            k = rng.integers(10, 30, veg.n)
            b = np.repeat(np.arange(veg.n), k)
            f = veg.clients[b, rng.integers(0, veg.clients.shape[1], len(b))]
            T.add(time=ts(d, rng.integers(6, 12, len(b)), rng, len(b)), from_account=bacc[b],
                  to_account=w.person_acct[f], amount=np.round(rng.lognormal(np.log(2500), 0.6, len(b)), 0),
                  currency="CNY", channel=0, initiated_msisdn=veg.num[b])
            T.add(time=ts(d, rng.integers(13, 18, veg.n), rng, veg.n), from_account=w.merchants[rng.integers(0, 20, veg.n)],
                  to_account=bacc, amount=np.round(rng.uniform(30000, 120000, veg.n), 0), currency="CNY", channel=1)

        def fan_in(kind, n, per_day, amt, pool, fast_out=0.0, out_pieces=(1, 2), hours=(8, 22), ch=(0.7, 0.0, 0.0, 0.3),
                   days=(0, D), big_payer=None):
            ppl = rng.choice(w.pool[pool], n, replace=False)
            acc = w.person_acct[ppl]
            w.label("account", acc, "benign", scheme=kind)
            w.label("msisdn", w.msisdn[ppl], "benign", scheme=kind)
            for d in range(*days):
                k = rng.poisson(per_day, n)
                r = np.repeat(np.arange(n), k)
                m = len(r)
                if not m:
                    continue
                payer = rng.integers(0, N, m)
                t = ts(d, rng.integers(hours[0], hours[1], m), rng, m)
                a = np.round(rng.lognormal(np.log(amt), 0.6, m), 2)
                T.add(time=t, from_account=w.person_acct[payer] if big_payer is None else big_payer, to_account=acc[r],
                      amount=a, currency="CNY", channel=rng.choice(4, m, p=list(ch)), initiated_msisdn=w.msisdn[payer])
                if fast_out:
                    tot = np.bincount(r, a, n)
                    for i in np.flatnonzero(tot > 0):
                        if rng.random() < fast_out:
                            p = int(rng.integers(out_pieces[0], out_pieces[1] + 1))
                            parts = rng.dirichlet(np.ones(p)) * tot[i] * rng.uniform(0.85, 0.99)
                            to = w.merchants[rng.integers(0, len(w.merchants), p)]
                            tt = np.minimum(t[r == i].max() + rng.integers(600, 4 * 3600, p), end)
                            T.add(time=tt, from_account=np.full(p, acc[i], object), to_account=to,
                                  amount=np.round(parts, 2), currency="CNY", channel=0,
                                  initiated_msisdn=np.full(p, w.msisdn[ppl[i]]))
            return ppl

        fan_in("group_buying_leader_payments", 20, 25, 35, "young", fast_out=0.9, out_pieces=(1, 2))
        fan_in("livestream_seller_payments", 15, 40, 80, "young", fast_out=0.8, out_pieces=(2, 4), hours=(19, 24),
               ch=(0.2, 0, 0, 0.8))
        fan_in("gaming_currency_trader", 10, 30, 120, "students", fast_out=0.9, out_pieces=(3, 6), hours=(12, 24),
               ch=(0.1, 0, 0, 0.9))
        fan_in("wholesale_trader_fast_inout", 20, 12, 9000, "business", fast_out=0.95, out_pieces=(2, 5),
               hours=(5, 18), ch=(0.8, 0.15, 0, 0.05))
        fan_in("used_car_payments", 10, 0.6, 60000, "business", fast_out=0.7, out_pieces=(1, 2), ch=(0.6, 0.4, 0, 0))
        fan_in("second_hand_platform_payments", 25, 2, 300, "young", ch=(0.1, 0, 0, 0.9))
        fan_in("church_donations", 6, 8, 100, "elderly", hours=(8, 12))
        # rent: tenants pay on the first days of the month and on 15th
        ll = rng.choice(w.pool["business"], 25, replace=False)
        w.label("msisdn", w.msisdn[ll], "benign", scheme="landlord_rent_collection")
        for d in (0, 1, 13):
            m = 25 * 12
            r = np.repeat(np.arange(25), 12)
            T.add(time=ts(d, rng.integers(8, 22, m), rng, m), from_account=w.person_acct[rng.integers(0, N, m)],
                  to_account=w.person_acct[ll[r]], amount=np.round(rng.uniform(800, 2800, m), -1), currency="CNY",
                  channel=0)
        # payroll agents (labour contractors) paying 40-80 workers within an hour, round-ish amounts just under 5000
        for d in (8, 13):
            for i in range(12):
                k = int(rng.integers(40, 80))
                src = w.new_accounts(1, 66)[0] if d == 8 else pay_src[i]
                if d == 8:
                    pay_src.append(src)
                wk = rng.choice(w.pool["workers"], k, replace=False)
                T.add(time=ts(d, np.full(k, 10 + i % 6), rng, k), from_account=np.full(k, src, object),
                      to_account=w.person_acct[wk], amount=np.round(rng.uniform(4200, 4990, k), 0), currency="CNY",
                      channel=1)
        w.add_bank(np.array(pay_src, object), w.idstr(w.new_ids(len(pay_src))), START - 700 * DAY, np.full(len(pay_src), -1))
        w.label("account", pay_src, "benign", scheme="payroll_labour_contractor")
        # pension: social insurance pays every elderly person on the 5th working day
        el = w.pool["elderly"]
        T.add(time=ts(4, rng.integers(8, 12, len(el)), rng, len(el)),
              from_account=np.full(len(el), "SDSI-PENSION-0001", object), to_account=w.person_acct[el],
              amount=np.round(rng.uniform(180, 4500, len(el)), 2), currency="CNY", channel=1)
        w.add_bank(np.array(["SDSI-PENSION-0001"], object), w.idstr(w.new_ids(1)), START - 5000 * DAY, np.full(1, -1))
        w.label("account", ["SDSI-PENSION-0001"], "benign", scheme="pension_payer")
        # people who send money to a relative urgently after a long call from that relative (hospital, tuition, bail)
        ur = rng.choice(w.pool["midage"], 70, replace=False)
        rel = w.nb[w.nb_ptr[ur] + (rng.random(70) * np.maximum(w.deg[ur], 1)).astype(int)]
        d = rng.integers(0, D, 70)
        t = ts(d, rng.integers(8, 22, 70), rng, 70)
        dur = rng.integers(600, 2400, 70)
        w.acc["voice"].add(start_time=t, caller=w.msisdn[rel], callee=w.msisdn[ur], duration_s=dur, ring_s=5, result=0,
                           caller_imei=w.imei[rel], caller_imsi=w.imsi[rel], caller_cell=w.home[rel],
                           callee_cell=w.home[ur], call_type=0, media=(rng.random(70) < 0.3).astype(int))
        k = rng.integers(1, 3, 70)
        r = np.repeat(np.arange(70), k)
        T.add(time=np.minimum(t[r] + dur[r] + rng.integers(300, 3 * 3600, len(r)), end), from_account=w.person_acct[ur[r]],
              to_account=w.person_acct[rel[r]], amount=np.round(rng.lognormal(np.log(30000), 0.7, len(r)), -2),
              currency="CNY", channel=0, initiated_msisdn=w.msisdn[ur[r]])
        w.label("msisdn", w.msisdn[ur], "benign", scheme="urgent_family_transfer")
        # parents paying tuition abroad (large transfers to foreign accounts after video calls)
        pa_ = rng.choice(w.pool["business"], 20, replace=False)
        t = ts(rng.integers(0, D, 20), rng.integers(9, 16, 20), rng, 20)
        gb = cat("GB29NWBK", rng.integers(10 ** 13, 10 ** 14, 20))
        w.label("account", gb, "benign", scheme="tuition_abroad_transfer")
        T.add(time=t, from_account=w.person_acct[pa_], to_account=gb,
              amount=np.round(rng.uniform(80000, 220000, 20), -2), currency="CNY", channel=1,
              initiated_msisdn=w.msisdn[pa_])
        w.label("msisdn", w.msisdn[pa_], "benign", scheme="tuition_abroad_transfer")
        # bank wealth-management purchases after long calls with the manager (like investment fraud)
        wm = rng.choice(w.pool["business"], 40, replace=False)
        t = ts(rng.integers(0, D, 40), rng.integers(9, 16, 40), rng, 40)
        T.add(time=t, from_account=w.person_acct[wm], to_account=np.full(40, "ICBC-WMP-37000001", object),
              amount=np.round(rng.uniform(50000, 500000, 40), -3), currency="CNY", channel=0,
              initiated_msisdn=w.msisdn[wm])
        w.add_bank(np.array(["ICBC-WMP-37000001"], object), w.idstr(w.new_ids(1)), START - 4000 * DAY, np.full(1, -1),
                   bank="ICBC")
        w.label("account", ["ICBC-WMP-37000001"], "benign", scheme="bank_wealth_product")
        w.label("msisdn", w.msisdn[wm], "benign", scheme="wealth_product_buyer")
        # elderly people with large families: many incoming calls from many relatives
        eb = rng.choice(w.pool["elderly"], 40, replace=False)
        w.label("msisdn", w.msisdn[eb], "benign", scheme="elderly_many_relatives")
        for d in range(D):
            m = 40 * 8
            e = np.repeat(eb, 8)
            caller = rng.integers(0, N, m)
            t = ts(d, rng.choice(24, m, p=HOUR_NORMAL), rng, m)
            ans = rng.random(m) < 0.85
            w.acc["voice"].add(start_time=t, caller=w.msisdn[caller], callee=w.msisdn[e],
                               duration_s=np.where(ans, rng.lognormal(np.log(300), 0.8, m).astype(int), 0), ring_s=9,
                               result=np.where(ans, 0, 1), caller_imei=w.imei[caller], caller_imsi=w.imsi[caller],
                               caller_cell=w.home[caller], callee_cell=w.home[e], call_type=0, media=0)
        # legitimate remote-desktop users (IT support for parents, office work)
        ru = rng.choice(N, 60, replace=False)
        install_app(w, ru, ts(rng.integers(0, D, 60), rng.integers(9, 22, 60), rng, 60),
                    "com.oray.sunlogin.application", "https://sunlogin.oray.com/download", fraud=False)
        w.label("msisdn", w.msisdn[ru], "benign", scheme="remote_desktop_user")
        # companies with many sub-domains (CDN, per-customer hosts)
        for dom, n_sub, pool in (("haier.net", 60, "all"), ("qdbank-cdn.com", 40, "Qingdao"),
                                 ("iqilu-img.cn", 50, "all")):
            subs = cat(rstr(rng, n_sub, 5), "." + dom)
            ip = w.ip_for(dom)
            for d in range(D):
                m = 300 if pool == "all" else 80
                who = w.pool[pool][rng.integers(0, len(w.pool[pool]), m)]
                hs = subs[rng.integers(0, n_sub, m)]
                w.acc["web"].add(time=ts(d, rng.choice(24, m, p=HOUR_NORMAL), rng, m), msisdn=w.msisdn[who],
                                 domain=hs, url=cat("https://", hs, "/static/app.js"), ip=ip,
                                 bytes=rng.lognormal(10, 1, m).astype(np.int64))
                w.label("domain", hs, "benign", scheme="many_subdomain_company")
            w.label("ip", [ip], "benign", scheme="many_subdomain_company")
        # short-link services and legit links in the look-alikes' SMS: who clicks
        for g in groups:
            if g.c["link"] and g.sms_out:
                tgt = np.concatenate([s[1] for s in g.sms_out])
                t = np.concatenate([s[2] for s in g.sms_out])
                url = np.concatenate([s[3] for s in g.sms_out])
                host = np.concatenate([s[4] for s in g.sms_out])
                cl = rng.random(len(tgt)) < 0.04
                m = cl.sum()
                ip = w.ip_for(g.c["link"][1])
                w.acc["web"].add(time=np.minimum(t[cl] + rng.integers(60, 7200, m), end), msisdn=w.msisdn[tgt[cl]],
                                 domain=host[cl], url=url[cl], ip=ip, bytes=rng.lognormal(11, 1, m).astype(np.int64))
                w.label("domain", np.unique(host), "benign", scheme=g.scheme)
                w.label("url", np.unique(url), "benign", scheme=g.scheme)
                w.label("ip", [ip], "benign", scheme=g.scheme)
        # loan apps from app stores (legitimate consumer finance)
        lu = rng.choice(w.pool["adults"], 80, replace=False)
        install_app(w, lu, ts(rng.integers(0, D, 80), rng.integers(9, 23, 80), rng, 80), "com.jd.jrapp",
                    "https://app.mi.com/details?id=com.jd.jrapp", fraud=False)
        w.label("app", ["com.jd.jrapp"], "benign", scheme="legit_loan_app")

    pay_src = []
    post.append(money)
    return groups, post


# ----------------------------------------------------------------------------------------------------------------
# History: reports and lists
# ----------------------------------------------------------------------------------------------------------------
def history(w: World, ug: Underground, gangs, looks):
    rng = w.rng
    DH = w.DH
    # past fraud numbers, reported and blocked before (no longer active; not in truth)
    old, _ = w.new_mobile(220)
    t_old = START - rng.integers(5, 200, 220) * DAY
    ft = rng.choice(["impersonate_police", "loan", "customer_service", "part_time_job", "investment", "other"], 220)
    for x, t, f in zip(old, t_old, ft, strict=False):
        w.reports.append((int(t), "msisdn", str(x), "fraud", str(f), float(round(rng.lognormal(9, 1), 0)), "police"))
    for x, t in zip(old[:180], t_old[:180], strict=False):
        w.lists.append(("msisdn", str(x), "block", "police report", int(t + DAY), int(t + 180 * DAY)))
    for dmn in ("hxjd-loan.xyz", "etc-sdgs.top", "jinhui-gjs.net", "ysx-meeting.cn", "12123-sd.cc"):
        w.lists.append(("domain", dmn, "block", "fraud site (MIIT)", int(START - rng.integers(10, 90) * DAY), -1))
    # card sellers caught in an earlier case (some of the ring's IDs)
    s = np.array(sorted(set(ug.sellers)))[:: 6]
    for p in s:
        t = int(START + rng.integers(0, DH) * DAY)
        w.reports.append((t, "id_key", w.idstr([w.idk[p]])[0], "card_seller", "other", None, "police"))
        w.lists.append(("id_key", w.idstr([w.idk[p]])[0], "watch", "card seller, credit punishment", t, t + 365 * DAY))
    # users complaining about pushy sellers (user reports say fraud), and internal reviews saying benign
    by_kind = {}
    for g in looks:
        by_kind.setdefault(g.scheme, g)
    for kind in ("insurance_agent_cold_call", "real_estate_agent", "market_research_survey", "recruitment_agency",
                 "bank_debt_collection", "debt_collection_sms", "ecommerce_customer_service_outbound"):
        g = by_kind.get(kind)
        if g is None:
            continue
        for i in rng.choice(g.n, min(3, g.n), replace=False):
            t = int(START + rng.integers(0, w.D - 1) * DAY + rng.integers(0, DAY))
            w.reports.append((t, "msisdn", str(g.num[i]), "fraud", "other", None, "user_report"))
            if rng.random() < 0.5:
                w.reports.append((t + DAY // 2, "msisdn", str(g.num[i]), "benign", None, None, "internal"))
    # allow lists: hospitals, the anti-fraud centre, short codes
    for kind in ("hospital_appointment_callback", "anti_fraud_centre_callback_96110"):
        g = by_kind.get(kind)
        for x in g.num:
            w.lists.append(("msisdn", str(x), "allow", kind, int(START - 300 * DAY), -1))
    for x, _ in w.a2p:
        w.lists.append(("msisdn", str(x), "allow", "operator/bank short code", int(START - 900 * DAY), -1))
    # watch: numbers of the current gangs some victims reported in the history days are already in the reports
    # (pay_victims); police put a couple of G13's country prefixes on the high-risk list
    w.lists.append(("msisdn", "855", "high_risk_region", "Cambodia country code", int(START - 60 * DAY), -1))
    w.lists.append(("msisdn", "95", "high_risk_region", "Myanmar country code", int(START - 60 * DAY), -1))
    # a few users report a G03 link
    g3 = [g for g in gangs if g.c["kind"] == "g03"][0]
    if g3.sms_out:
        hosts = np.unique(np.concatenate([s[4] for s in g3.sms_out]))
        for h in hosts[:4]:
            w.reports.append((int(START + w.D * DAY - DAY), "domain", str(h), "fraud", "loan", None, "user_report"))


# ----------------------------------------------------------------------------------------------------------------
def write(w: World, out: str):
    os.makedirs(out, exist_ok=True)

    def put(name, table):
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        pq.write_table(table, os.path.join(d, f"{os.path.basename(name)}.parquet"), compression="zstd")

    end = START + w.D * DAY
    for name, acc in w.acc.items():
        t = acc.table(w)
        tcol = SPECS[name][1][0] if SPECS[name][0][1].startswith("id:") else SPECS[name][0][0]
        # keep the period, sort by time, number the records
        tv = t.column(tcol).cast(pa.int64()).to_numpy()
        keep = (tv >= START) & (tv < end)
        if name in ("voice", "sms"):  # nobody calls or texts themselves
            a, b = (("caller", "callee") if name == "voice" else ("sender", "receiver"))
            keep &= np.asarray(pa.compute.not_equal(t.column(a), t.column(b)).fill_null(True))
        order = np.flatnonzero(keep)[np.argsort(tv[keep], kind="stable")]
        t = t.take(pa.array(order))
        if not SPECS[name][0][1].startswith("id:"):  # key-less record types: no exact duplicate rows
            dup = t.to_pandas().duplicated().to_numpy()
            if dup.any():
                t = t.filter(pa.array(~dup))
        if SPECS[name][0][1].startswith("id:"):
            pre = SPECS[name][0][1][3:]
            ids = np.char.add(pre, np.char.zfill(np.arange(1, t.num_rows + 1).astype(str), 9))
            t = t.set_column(0, SPECS[name][0][0], pa.array(ids.astype(object), pa.string()))
        if name == "web":  # app column: know it only for a few
            pass
        put(name, t)
        print(f"{name:<18}{t.num_rows:>10,}")
    # subscribers
    cols = ["msisdn", "imsi", "id_key", "id_type", "customer_type", "line_type", "operator", "open_time", "open_channel",
            "open_cell", "status", "status_time", "is_prepaid", "home_region"]
    kinds = {"msisdn": "num", "imsi": "num", "open_time": "time", "status_time": "time", "open_cell": "cell"}
    arrays = []
    for c in cols:
        a = np.concatenate([np.asarray(r[c]) for r in w.sub_rows])
        if c == "is_prepaid":
            arrays.append(pa.array(a.astype(bool)))
        elif c == "status_time":
            a = a.astype(np.int64)
            arrays.append(pa.array(a, pa.timestamp("s", tz=TZ), mask=a < 0))
        elif c in kinds:
            arrays.append(w.to_arrow(a, kinds[c], len(a)))
        else:
            bad = [type(x) for x in a if x is not None and not isinstance(x, str)]
            if bad:
                raise TypeError(f"subscribers.{c}: {bad[:3]}")
            arrays.append(pa.array(a.astype(object), pa.string()))
    sub = pa.table(arrays, names=cols)
    put("subscribers", sub)
    print(f"{'subscribers':<18}{sub.num_rows:>10,}")
    put("cells", w.cells_table)
    # internet accounts
    ia = {k: np.concatenate([r[k] for r in w.accounts_rows]) for k in w.accounts_rows[0]}
    ia["register_time"] = np.minimum(ia["register_time"].astype(np.int64), end - 60)
    put("internet_accounts", pa.table({
        "platform": pa.array(ia["platform"].astype(object), pa.string()),
        "account": pa.array(ia["account"].astype(object), pa.string()),
        "msisdn": w.to_arrow(ia["msisdn"], "num", 0),
        "register_time": pa.array(ia["register_time"], pa.timestamp("s", tz=TZ)),
        "status": pa.array(ia["status"].astype(object), pa.string())}))
    ba = {k: np.concatenate([np.asarray(r[k]) for r in w.bank_rows]) for k in w.bank_rows[0]}
    put("bank_accounts", pa.table({
        "account_id": pa.array(ba["account_id"].astype(object), pa.string()),
        "id_key": pa.array(ba["id_key"].astype(object), pa.string()),
        "bank": pa.array(ba["bank"].astype(object), pa.string()),
        "open_time": pa.array(ba["open_time"].astype(np.int64), pa.timestamp("s", tz=TZ)),
        "bound_msisdn": w.to_arrow(ba["bound_msisdn"], "num", 0),
        "status": pa.array(ba["status"].astype(object), pa.string())}))
    rp = sorted(w.reports, key=lambda r: (r[0], r[1], r[2], r[3]))
    rp = [r for r in rp if r[0] < end]
    put("reports", pa.table({
        "report_id": pa.array([f"SDR{i + 1:07d}" for i in range(len(rp))], pa.string()),
        "time": pa.array([r[0] for r in rp], pa.timestamp("s", tz=TZ)),
        "entity_type": pa.array([r[1] for r in rp], pa.string()),
        "entity": pa.array([r[2] for r in rp], pa.string()),
        "label": pa.array([r[3] for r in rp], pa.string()),
        "fraud_type": pa.array([r[4] for r in rp], pa.string()),
        "loss_amount": pa.array([r[5] for r in rp], pa.float64()),
        "source": pa.array([r[6] for r in rp], pa.string())}))
    ls = w.lists
    put("lists", pa.table({
        "entity_type": pa.array([r[0] for r in ls], pa.string()),
        "entity": pa.array([r[1] for r in ls], pa.string()),
        "list": pa.array([r[2] for r in ls], pa.string()),
        "reason": pa.array([r[3] for r in ls], pa.string()),
        "added_time": pa.array([r[4] for r in ls], pa.timestamp("s", tz=TZ)),
        "expires_time": pa.array([r[5] if r[5] > 0 else None for r in ls], pa.timestamp("s", tz=TZ))}))
    print(f"{'reports':<18}{len(rp):>10,}\n{'lists':<18}{len(ls):>10,}\n{'bank_accounts':<18}{len(ba['account_id']):>10,}"
          f"\n{'internet_accounts':<18}{len(ia['account']):>10,}")
    # truth: web resources that occur in the records and were not labelled above are ordinary
    web = pq.read_table(os.path.join(out, "web", "web.parquet"), columns=["domain", "url", "ip"])
    apps = pq.read_table(os.path.join(out, "apps", "apps.parquet"), columns=["source_url"])
    subs = pq.read_table(os.path.join(out, "subscribers", "subscribers.parquet"), columns=["imsi", "id_key"])
    banks = pq.read_table(os.path.join(out, "bank_accounts", "bank_accounts.parquet"), columns=["id_key"])
    tr = pq.read_table(os.path.join(out, "transfers", "transfers.parquet"), columns=["to_account"]).column(0)
    tr = pa.compute.filter(tr, pa.compute.invert(pa.compute.starts_with(tr, "ATM")))  # ATM terminals: not accounts
    for et, col in (("domain", web.column("domain")), ("url", web.column("url")), ("ip", web.column("ip")),
                    ("url", apps.column("source_url")), ("imsi", subs.column("imsi")), ("id_key", subs.column("id_key")),
                    ("id_key", banks.column("id_key")), ("account", tr)):
        for x in sorted(set(col.drop_null().unique().to_pylist())):
            if (et, x) not in w.truth:
                w.label(et, [x], "benign", scheme="ordinary")
    # the registered domain behind every labelled host (etc-sdgs.cc behind k3x9a2.etc-sdgs.cc) carries the host's
    # role: a detector may name the domain it would block rather than each host
    for (et, host), v in sorted(w.truth.items()):
        if et == "domain":
            parts = host.split(".")
            k = 3 if len(parts) >= 3 and parts[-2] in ("com", "edu", "gov", "net", "org") else 2
            reg = ".".join(parts[-k:])
            if reg != host and (("domain", reg) not in w.truth or v[0] < w.truth[("domain", reg)][0]):
                w.label("domain", [reg], v[1], v[2], v[3], first=v[4])
    keys = sorted(w.truth)
    vals = [w.truth[k] for k in keys]
    put("truth/entities", pa.table({
        "entity_type": pa.array([k[0] for k in keys], pa.string()),
        "entity": pa.array([k[1] for k in keys], pa.string()),
        "role": pa.array([v[1] for v in vals], pa.string()),
        "gang_id": pa.array([v[2] for v in vals], pa.string()),
        "scheme": pa.array([v[3] for v in vals], pa.string()),
        "first_active": pa.array([v[4] for v in vals], pa.timestamp("s", tz=TZ))}))
    ev = sorted(w.events, key=lambda e: (e[1], e[0]))
    put("truth/events", pa.table({
        "victim": pa.array([e[0] for e in ev], pa.string()),
        "time": pa.array([e[1] for e in ev], pa.timestamp("s", tz=TZ)),
        "amount": pa.array([e[2] for e in ev], pa.float64()),
        "to_account": pa.array([e[3] for e in ev], pa.string())}))
    roles = {}
    for v in vals:
        roles[v[1]] = roles.get(v[1], 0) + 1
    print("truth:", ", ".join(f"{k} {n}" for k, n in sorted(roles.items())), f"| victim payments {len(ev)}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args(argv)
    w = World(a.seed, a.subscribers, a.days_history, a.days)
    w.build_cells()
    w.build_fixed()
    w.build_population()
    ug = Underground(w)
    w.ug = ug
    lau = Laundry(w, ug)
    gangs, gpost = build_gangs(w, ug, lau)
    looks, lpost = build_lookalikes(w)
    for d in range(w.D):
        w.ordinary_day(d)
        for g in gangs + looks:
            g.day(d)
    for f in gpost + lpost:
        f()
    ug.spend()
    ug.finish()
    history(w, ug, gangs, looks)
    write(w, a.out)


if __name__ == "__main__":
    main()
