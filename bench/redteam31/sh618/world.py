"""The frame of the synthetic Shanghai fortnight: calendar, cells, number and device allocation, the event sink
and the writer of interchange v1 files.

Internal representation (everything columnar, NumPy):
  times        int64 epoch seconds
  numbers      int64 (the E.164 digits as an integer; 0 = missing)
  IMEI / IMSI  int64 (0 = missing)
  cells        int32 index into World.cell_names (-1 = missing)
  content      int32 index into World.texts (-1 = missing)
  other text   object arrays (None = missing)
"""

from __future__ import annotations

import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

T0 = 1780848000  # 2026-06-08T00:00:00+08:00, a Monday
DAYS = 14
DAY = 86400
TZ = "Asia/Shanghai"
OPERATOR = "Shenhai Mobile"  # fictional operator, PLMN 460-37
PLMN = 46037

# day 0 = Mon 8 June ... day 13 = Sun 21 June
DATES = [f"2026-06-{8 + d:02d}" for d in range(DAYS)]
WEEKEND = np.array([d in (5, 6) for d in range(DAYS)])
HOLIDAY = np.array([d in (11, 12, 13) for d in range(DAYS)])  # Dragon Boat, Fri 19 - Sun 21 June
WORKDAY = ~(WEEKEND | HOLIDAY)

# day weights of campaigns and trades (multipliers of a daily rate)
DAYW = {
    "all": np.ones(DAYS),
    "weekday": np.where(WORKDAY, 1.15, 0.55),
    "weekday_only": np.where(WORKDAY, 1.0, 0.0),
    "618": np.array([0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.1, 1.2, 1.4, 1.7, 2.0, 1.5, 0.9, 0.8]),
    "post618": np.array([0.6, 0.6, 0.7, 0.7, 0.8, 0.8, 0.8, 0.9, 1.0, 1.2, 1.4, 1.6, 1.5, 1.3]),
    "preholiday": np.array([0.5, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 1.1, 1.3, 1.5, 1.8, 0.9, 0.6, 0.7]),
    "holiday": np.where(HOLIDAY, 2.2, np.where(np.arange(DAYS) == 10, 1.4, 0.6)),
    "grad": np.array([0.4, 0.5, 0.5, 0.6, 0.7, 0.9, 1.0, 1.2, 1.4, 1.5, 1.6, 1.5, 1.5, 1.6]),
    "zk": np.array([1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 1.7, 1.5, 1.2, 1.0, 0.9, 0.6, 0.6, 0.7]),
    "rain": np.array([0.5, 0.5, 0.5, 0.6, 0.6, 0.7, 0.8, 1.6, 1.8, 1.5, 1.4, 1.7, 1.3, 1.0]),
    "rent": np.array([1.4, 1.5, 1.5, 1.4, 1.3, 1.0, 1.0, 1.4, 1.3, 1.0, 0.8, 0.5, 0.5, 0.6]),
    "midmonth": np.array([0.5, 0.6, 0.8, 1.0, 1.2, 0.9, 1.0, 1.8, 1.6, 1.2, 1.0, 0.5, 0.5, 0.6]),
}

# hour profiles (24 weights, local time)
_H = {
    "person": [1, .5, .3, .2, .2, .4, 1.2, 3, 4.5, 5.5, 6, 6, 6, 5.5, 5.5, 5.5, 6, 6.5, 7, 7, 6.5, 5.5, 4, 2.2],
    "elderly": [.3, .1, .1, .1, .3, 1.5, 4, 7, 8, 8, 7, 5.5, 4, 4, 5, 5.5, 6, 6, 5.5, 5, 4, 2.5, 1, .5],
    "student": [3, 1.5, .6, .2, .1, .1, .3, 1, 2.5, 4, 5, 5.5, 5, 5, 5, 5, 5.5, 6, 6.5, 7, 7.5, 7.5, 6.5, 5],
    "office": [.6, .3, .2, .1, .1, .2, .8, 2.5, 5, 8, 9, 8, 5, 6.5, 8, 8.5, 8, 7, 5, 4, 3.5, 3, 2, 1.2],
    "biz": [.5, .3, .2, .2, .3, .8, 2, 4, 6.5, 8, 8.5, 8, 7, 7, 7.5, 8, 8, 7.5, 6.5, 5, 4, 3, 2, 1],
    "callcentre": [0, 0, 0, 0, 0, 0, 0, 0, 2, 9, 10, 10, 4, 6, 10, 10, 10, 9, 6, 5, 4, 2, 0, 0],
    "fraudops": [0, 0, 0, 0, 0, 0, 0, 0, .5, 3, 9, 10, 6, 3, 8, 10, 10, 9, 7, 7, 6, 4, 1, 0],
    "evening": [2, 1, .3, .1, 0, 0, .2, .5, 1, 1.5, 2, 2, 2.5, 2, 2, 2, 2.5, 3, 5, 7, 9, 10, 8, 5],
    "night": [8, 8, 7, 6, 5, 4, 2, 1, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, 1, 2, 3, 4, 6, 7],
    "early": [2, 4, 7, 9, 10, 9, 7, 5, 3, 2, 1.5, 1, 1, 1, 1, 1, 1, 1, 1, .5, .5, .5, .5, 1],
    "delivery": [.1, 0, 0, 0, 0, .1, .5, 3, 7, 9, 10, 9, 7, 7, 8, 9, 9, 8, 7, 6, 4, 2, .5, .2],
    "meals": [.3, .2, .1, 0, 0, .1, .3, .8, 1.5, 3, 7, 10, 9, 4, 2, 2, 3, 6, 9, 8, 5, 3, 1.5, .8],
    "flat": [1] * 24,
    "daytime": [0, 0, 0, 0, 0, .2, 1, 3, 6, 8, 8, 7, 6, 6, 7, 7, 7, 6, 4, 2, 1, .5, .2, 0],
}
HOURS = {k: np.array(v, float) / np.sum(v) for k, v in _H.items()}

# ---------------------------------------------------------------- places and cells
# (key, district, name, lat, lon, n_cells, category)
# categories: R residential, C offices, U campus, I industry/logistics, M wholesale market, H transport hub,
# V village, T tourist/shopping, P port, O outside Shanghai (roaming on the operator's other provinces)
PLACES = [
    ("bund", "Huangpu", "The Bund", 31.2400, 121.4905, 8, "T"),
    ("nanjingdong", "Huangpu", "Nanjing Road East", 31.2353, 121.4800, 10, "T"),
    ("laoximen", "Huangpu", "Laoximen", 31.2185, 121.4860, 8, "R"),
    ("yuyuan", "Huangpu", "Yuyuan Garden", 31.2270, 121.4920, 5, "T"),
    ("southbund", "Huangpu", "South Bund riverside", 31.2080, 121.4960, 5, "R"),
    ("jingansi", "Jing'an", "Jing'an Temple", 31.2230, 121.4450, 12, "C"),
    ("daning", "Jing'an", "Daning", 31.2800, 121.4550, 8, "R"),
    ("pengpu", "Jing'an", "Pengpu", 31.3000, 121.4480, 8, "R"),
    ("shstation", "Jing'an", "Shanghai railway station", 31.2490, 121.4560, 5, "H"),
    ("xujiahui", "Xuhui", "Xujiahui", 31.1950, 121.4370, 12, "C"),
    ("caohejing", "Xuhui", "Caohejing hi-tech park", 31.1700, 121.3950, 10, "C"),
    ("longhua", "Xuhui", "Longhua", 31.1780, 121.4500, 6, "R"),
    ("xuhuiriver", "Xuhui", "Xuhui riverside", 31.1800, 121.4620, 4, "T"),
    ("zhongshanpark", "Changning", "Zhongshan Park", 31.2200, 121.4150, 8, "R"),
    ("gubei", "Changning", "Gubei", 31.2000, 121.3980, 7, "R"),
    ("hongqiaoapt", "Changning", "Hongqiao airport T1", 31.1970, 121.3400, 3, "H"),
    ("changshou", "Putuo", "Changshou Road", 31.2430, 121.4370, 7, "R"),
    ("zhenru", "Putuo", "Zhenru", 31.2550, 121.4000, 7, "R"),
    ("tongchuan", "Putuo", "Tongchuan Road seafood market", 31.2520, 121.4100, 3, "M"),
    ("northbund", "Hongkou", "North Bund", 31.2500, 121.4950, 6, "C"),
    ("quyang", "Hongkou", "Quyang", 31.2800, 121.4850, 7, "R"),
    ("qipu", "Hongkou", "Qipu Road clothing market", 31.2530, 121.4810, 4, "M"),
    ("wujiaochang", "Yangpu", "Wujiaochang", 31.3000, 121.5150, 7, "R"),
    ("fudan", "Yangpu", "Fudan and Tongji campuses", 31.2980, 121.5030, 6, "U"),
    ("lujiazui", "Pudong", "Lujiazui", 31.2360, 121.5050, 14, "C"),
    ("zhangjiang", "Pudong", "Zhangjiang hi-tech park", 31.2050, 121.5900, 12, "C"),
    ("jinqiao", "Pudong", "Jinqiao", 31.2600, 121.5900, 7, "I"),
    ("sanlin", "Pudong", "Sanlin", 31.1500, 121.5100, 8, "R"),
    ("zhoupu", "Pudong", "Zhoupu", 31.1100, 121.5700, 7, "R"),
    ("chuansha", "Pudong", "Chuansha", 31.1900, 121.7000, 6, "R"),
    ("pvg", "Pudong", "Pudong airport", 31.1440, 121.8080, 8, "H"),
    ("disney", "Pudong", "Disney resort", 31.1450, 121.6580, 5, "T"),
    ("huinan", "Pudong", "Huinan", 31.0500, 121.7600, 5, "R"),
    ("lingang", "Pudong", "Lingang", 30.9000, 121.9300, 5, "R"),
    ("waigaoqiao", "Pudong", "Waigaoqiao free-trade zone", 31.3500, 121.6000, 5, "I"),
    ("yangshan", "Pudong", "Yangshan deep-water port", 30.6200, 122.0600, 3, "P"),
    ("xinzhuang", "Minhang", "Xinzhuang", 31.1100, 121.3850, 8, "R"),
    ("qibao", "Minhang", "Qibao", 31.1550, 121.3500, 6, "R"),
    ("zizhu", "Minhang", "Zizhu and SJTU Minhang campus", 31.0250, 121.4350, 6, "U"),
    ("pujiang", "Minhang", "Pujiang", 31.0800, 121.5100, 6, "R"),
    ("meilong", "Minhang", "Meilong", 31.1200, 121.4200, 6, "R"),
    ("hongqiaohub", "Minhang", "Hongqiao transport hub", 31.1950, 121.3200, 10, "H"),
    ("dachang", "Baoshan", "Dachang", 31.3000, 121.4200, 6, "R"),
    ("gucun", "Baoshan", "Gucun", 31.3500, 121.3800, 5, "R"),
    ("yanghang", "Baoshan", "Yanghang", 31.3900, 121.4400, 5, "R"),
    ("shu", "Baoshan", "Shanghai University Baoshan campus", 31.3150, 121.3950, 4, "U"),
    ("wusong", "Baoshan", "Wusong", 31.3800, 121.4900, 5, "I"),
    ("anting", "Jiading", "Anting", 31.2950, 121.1650, 6, "I"),
    ("malu", "Jiading", "Malu", 31.3300, 121.2600, 6, "I"),
    ("jiadingnew", "Jiading", "Jiading new town", 31.3750, 121.2500, 6, "R"),
    ("nanxiang", "Jiading", "Nanxiang", 31.3000, 121.3200, 5, "R"),
    ("jiangqiao", "Jiading", "Jiangqiao wholesale market", 31.2500, 121.3300, 4, "M"),
    ("sjunitown", "Songjiang", "Songjiang university town", 31.0500, 121.2150, 8, "U"),
    ("jiuting", "Songjiang", "Jiuting", 31.1350, 121.3200, 6, "R"),
    ("sijing", "Songjiang", "Sijing", 31.1250, 121.2650, 5, "I"),
    ("chedun", "Songjiang", "Chedun", 31.0200, 121.2500, 4, "R"),
    ("songjiangold", "Songjiang", "Songjiang old town", 31.0000, 121.2300, 6, "R"),
    ("zhaoxiang", "Qingpu", "Zhaoxiang", 31.1600, 121.2000, 4, "R"),
    ("huaxin", "Qingpu", "Huaxin logistics park", 31.2150, 121.2050, 5, "I"),
    ("zhujiajiao", "Qingpu", "Zhujiajiao water town", 31.1100, 121.0550, 4, "T"),
    ("xujing", "Qingpu", "Xujing and the exhibition centre", 31.1900, 121.2900, 5, "C"),
    ("nanqiao", "Fengxian", "Nanqiao", 30.9200, 121.4600, 5, "R"),
    ("haiwan", "Fengxian", "Haiwan university town", 30.8450, 121.5100, 4, "U"),
    ("zhujing", "Jinshan", "Zhujing", 30.8950, 121.1650, 4, "R"),
    ("jinshanwei", "Jinshan", "Jinshanwei", 30.7250, 121.3400, 3, "I"),
    ("fengjing", "Jinshan", "Fengjing villages", 30.8900, 121.0200, 3, "V"),
    ("chengqiao", "Chongming", "Chengqiao", 31.6250, 121.4000, 4, "R"),
    ("baozhen", "Chongming", "Baozhen villages", 31.5100, 121.5950, 3, "V"),
    ("chenjia", "Chongming", "Chenjia villages", 31.5350, 121.9000, 3, "V"),
    ("xinhe", "Chongming", "Xinhe villages", 31.5950, 121.5450, 3, "V"),
    ("miaozhen", "Chongming", "Miaozhen villages", 31.7250, 121.3700, 2, "V"),
    ("suzhou", "Jiangsu", "Suzhou", 31.2990, 120.5850, 3, "O"),
    ("hangzhou", "Zhejiang", "Hangzhou", 30.2740, 120.1550, 3, "O"),
    ("huangshan", "Anhui", "Huangshan", 29.7150, 118.3380, 2, "O"),
    ("hefei", "Anhui", "Hefei", 31.8200, 117.2270, 2, "O"),
    ("zhengzhou", "Henan", "Zhengzhou", 34.7470, 113.6250, 2, "O"),
]

TABLE_COLS = {
    "subscribers": [("msisdn", "num"), ("imsi", "num"), ("id_key", "str"), ("id_type", "str"),
                    ("customer_type", "str"), ("line_type", "str"), ("operator", "str"), ("open_time", "time"),
                    ("open_channel", "str"), ("open_cell", "cell"), ("status", "str"), ("status_time", "time"),
                    ("is_prepaid", "bool"), ("home_region", "str")],
    "voice": [("call_id", "id"), ("start_time", "time"), ("caller", "num"), ("callee", "num"),
              ("duration_s", "int"), ("ring_s", "int"), ("result", "str"), ("caller_imei", "num"),
              ("caller_imsi", "num"), ("caller_cell", "cell"), ("callee_cell", "cell"),
              ("caller_roaming_country", "str"), ("call_type", "str"), ("media", "str"), ("gateway", "str")],
    "sms": [("sms_id", "id"), ("send_time", "time"), ("sender", "num"), ("receiver", "num"), ("content", "text"),
            ("sender_imei", "num"), ("sender_cell", "cell"), ("sender_roaming_country", "str")],
    "device": [("time", "time"), ("msisdn", "num"), ("imsi", "num"), ("imei", "num"), ("cell", "cell"),
               ("event", "str"), ("roaming_country", "str"), ("bytes", "int")],
    "cells": [("cell", "str"), ("lat", "float"), ("lon", "float"), ("region", "str"), ("site_type", "str")],
    "web": [("time", "time"), ("msisdn", "num"), ("domain", "str"), ("url", "str"), ("ip", "str"),
            ("bytes", "int"), ("app", "str")],
    "apps": [("time", "time"), ("msisdn", "num"), ("app", "str"), ("event", "str"), ("source_url", "str")],
    "internet_accounts": [("platform", "str"), ("account", "str"), ("msisdn", "num"), ("register_time", "time"),
                          ("status", "str")],
    "bank_accounts": [("account_id", "str"), ("id_key", "str"), ("bank", "str"), ("open_time", "time"),
                      ("bound_msisdn", "num"), ("status", "str")],
    "transfers": [("txn_id", "id"), ("time", "time"), ("from_account", "str"), ("to_account", "str"),
                  ("amount", "float"), ("currency", "str"), ("channel", "str"), ("initiated_msisdn", "num")],
    "reports": [("report_id", "id"), ("time", "time"), ("entity_type", "str"), ("entity", "str"),
                ("label", "str"), ("fraud_type", "str"), ("loss_amount", "float"), ("source", "str")],
    "lists": [("entity_type", "str"), ("entity", "str"), ("list", "str"), ("reason", "str"),
              ("added_time", "time"), ("expires_time", "time")],
    "entities": [("entity_type", "str"), ("entity", "str"), ("role", "str"), ("gang_id", "str"),
                 ("scheme", "str"), ("first_active", "time")],
    "events": [("victim", "str"), ("time", "time"), ("amount", "float"), ("to_account", "str")],
}
TIME_COL = {"voice": "start_time", "sms": "send_time", "device": "time", "web": "time", "apps": "time",
            "transfers": "time", "reports": "time", "internet_accounts": "register_time"}
ID_PREFIX = {"voice": "V", "sms": "S", "transfers": "T", "reports": "R"}
BY_DAY = {"voice", "sms", "device", "web", "apps", "transfers"}

# handset type allocation codes (8 digits): popular phones, elderly phones, modules
TAC_PHONES = [35391110, 35328115, 35467911, 35290611, 35688210, 86754004, 86936605, 86401203, 86881504,
              86988104, 86563305, 86725406, 86835106, 86120507, 86453205, 86779904, 86242406, 86317805,
              86091106, 86502305, 86650904, 86873003]
TAC_ELDER = [86140001, 86203302, 86371603]
TAC_MODULE = [86262501, 86285103, 86612305, 35445008]  # GSM/LTE modules of GoIP boxes and SMS cats
TAC_IOT = [86751603, 86490904, 86998501, 86023107]

# other operators' mobile prefixes (86 + first three digits)
OFFNET_MOBILE = np.array([86138, 86139, 86135, 86136, 86137, 86150, 86151, 86152, 86158, 86159, 86182, 86183,
                          86187, 86188, 86130, 86131, 86132, 86155, 86156, 86185, 86186, 86133, 86153, 86180,
                          86181, 86189, 86199, 86177, 86173, 86191], dtype=np.int64)
OFFNET_W = np.array([9, 9, 5, 5, 5, 4, 3, 3, 4, 4, 3, 2, 3, 3, 4, 3, 3, 3, 2, 3, 3, 4, 3, 3, 2, 3, 3, 2, 2, 2], float)
OFFNET_W /= OFFNET_W.sum()


def luhn(body14: np.ndarray) -> np.ndarray:
    """Check digit of 14-digit IMEI bodies (vectorised Luhn)."""
    digits = np.stack([(body14 // 10 ** (13 - k)) % 10 for k in range(14)], axis=1)
    dbl = digits[:, 1::2] * 2
    s = digits[:, 0::2].sum(1) + (dbl // 10 + dbl % 10).sum(1)
    return (10 - s % 10) % 10


class Sink:
    """Chunks of columns per record type; concatenated once at the end."""

    def __init__(self):
        self.chunks: dict[str, list[dict]] = {k: [] for k in TABLE_COLS}

    def add(self, table: str, n: int | None = None, **cols):
        if n is None:
            n = next(len(v) for v in cols.values() if isinstance(v, np.ndarray))
        if n == 0:
            return
        kinds = dict(TABLE_COLS[table])
        out = {}
        for k, v in cols.items():
            if k not in kinds:
                raise KeyError(f"{table} has no column {k}")
            if not isinstance(v, np.ndarray):
                v = _fill(kinds[k], v, n)
            elif len(v) != n:
                raise ValueError(f"{table}.{k}: {len(v)} values for {n} rows")
            if kinds[k] == "str" and not isinstance(v, pa.Array):
                v = pa.array(v, pa.string())  # compact: no Python string per row kept
            out[k] = v
        out["_n"] = n
        self.chunks[table].append(out)

    def rows(self, table):
        return sum(c["_n"] for c in self.chunks[table])


def _fill(kind, v, n):
    if kind in ("num", "time"):
        return np.full(n, 0 if v is None else v, np.int64)
    if kind == "int":
        return np.full(n, -1 if v is None else v, np.int64)
    if kind in ("cell", "text"):
        return np.full(n, -1 if v is None else v, np.int32)
    if kind == "float":
        return np.full(n, np.nan if v is None else v, np.float64)
    if kind == "bool":
        return np.full(n, bool(v))
    return pa.nulls(n, pa.string()) if v is None else pa.repeat(pa.scalar(str(v), pa.string()), n)


class World:
    """Random streams, cells, allocators, the sink, the text pool and the truth."""

    def __init__(self, seed: int):
        self.seed = seed
        self.ss = np.random.SeedSequence([seed, 31])
        self.sink = Sink()
        self.texts: list[str] = []
        self._text_ix: dict[str, int] = {}
        self._used_nums: set[int] = set()
        self._used_imei: set[int] = set()
        self._used_keys: set[int] = set()
        self.dropped: dict[str, int] = {}
        self._build_cells()

    # ------------------------------------------------------------ randomness
    def rng(self, name: str) -> np.random.Generator:
        """An independent, reproducible stream per component name."""
        h = 0
        for ch in name:
            h = (h * 131 + ord(ch)) % (2 ** 31)
        return np.random.default_rng([self.seed, 31, h])

    # ------------------------------------------------------------ cells
    def _build_cells(self):
        names, lat, lon, region, site, place_of = [], [], [], [], [], []
        self.PLACE_KEYS = [p[0] for p in PLACES]
        self.place_cells: dict[str, np.ndarray] = {}
        self.place_cat: dict[str, str] = {}
        self.place_district: dict[str, str] = {}
        r = self.rng("cells")
        lacs: dict[str, int] = {}
        for pi, (key, district, _name, la, lo, n, cat) in enumerate(PLACES):
            lac = lacs.setdefault(district, 2100 + 13 * len(lacs))
            ids = []
            for j in range(n):
                ci = 10000 + pi * 97 + j * 7 + int(r.integers(0, 5))
                ids.append(len(names))
                names.append(f"{PLMN}-{lac}-{ci}")
                lat.append(round(la + r.normal(0, 0.004), 5))
                lon.append(round(lo + r.normal(0, 0.004), 5))
                region.append(f"{district}" if cat == "O" else f"Shanghai/{district}")
                if cat in ("C", "T", "H") and j % 3 == 1:
                    site.append("indoor")
                elif cat in ("C", "T", "U", "R") and j % 5 == 4:
                    site.append("small")
                else:
                    site.append("macro")
                place_of.append(pi)
            self.place_cells[key] = np.array(ids, np.int32)
            self.place_cat[key] = cat
            self.place_district[key] = district
        self.cell_names = np.array(names, object)
        self.cell_place = np.array(place_of, np.int32)
        self.sink.add("cells", cell=self.cell_names.copy(), lat=np.array(lat), lon=np.array(lon),
                      region=np.array(region, object), site_type=np.array(site, object))

    def agent(self, place: str) -> str:
        """The code of the operator's agent store (代理点) at a place."""
        i = self.PLACE_KEYS.index(place)
        return f"AGT-{place.upper()[:5]}-{100 + (i * 37) % 900:03d}"

    def places(self, cats: str | None = None, keys: list[str] | None = None) -> list[str]:
        if keys is not None:
            return keys
        return [p[0] for p in PLACES if p[6] in cats]

    def cells_in(self, places: list[str]) -> np.ndarray:
        return np.concatenate([self.place_cells[p] for p in places])

    def pick_cells(self, r, places: list[str], n: int, weighted=True) -> np.ndarray:
        """n cells drawn from the given places (a place's weight is its number of cells)."""
        allc = self.cells_in(places)
        return allc[r.integers(0, len(allc), n)].astype(np.int32)

    # ------------------------------------------------------------ allocators
    def _unique(self, r, lo: int, hi: int, n: int, used: set) -> np.ndarray:
        out = np.empty(n, np.int64)
        k = 0
        while k < n:
            cand = r.integers(lo, hi, (n - k) * 2 + 8)
            for c in cand.tolist():
                if c not in used:
                    used.add(c)
                    out[k] = c
                    k += 1
                    if k == n:
                        break
        return out

    def our_mobile(self, r, n: int) -> np.ndarray:
        """Numbers of the fictional operator: 86 1967 / 1977 / 1957 xxxxxxx."""
        pre = np.array([861967, 861977, 861957], np.int64)[r.choice(3, n, p=[.45, .35, .2])]
        suf = self._unique(r, 0, 10 ** 7, n, self._used_nums)
        return pre * 10 ** 7 + suf

    def our_fixed(self, r, n: int, block: int | None = None) -> np.ndarray:
        """Shanghai fixed/VoIP lines of the operator: 8621 6xxx xxxx (or a given 4-digit block 6xxx)."""
        if block is None:
            v = self._unique(r, 6 * 10 ** 7, 7 * 10 ** 7, n, self._used_nums)
        else:
            v = self._unique(r, block * 10 ** 4, block * 10 ** 4 + 10 ** 4, n, self._used_nums)
        return 8621 * 10 ** 8 + v

    def our_iot(self, r, n: int) -> np.ndarray:
        return 861064 * 10 ** 9 + self._unique(r, 370 * 10 ** 6, 380 * 10 ** 6, n, self._used_nums)

    def imsi(self, r, n: int) -> np.ndarray:
        return PLMN * 10 ** 10 + self._unique(r, 10 ** 9, 10 ** 10, n, self._used_keys)

    def imei(self, r, n: int, tacs=None) -> np.ndarray:
        tacs = np.array(tacs or TAC_PHONES, np.int64)
        tac = tacs[r.integers(0, len(tacs), n)]
        out = np.empty(n, np.int64)
        for i in range(n):
            while True:
                body = int(tac[i]) * 10 ** 6 + int(r.integers(0, 10 ** 6))
                if body not in self._used_imei:
                    self._used_imei.add(body)
                    out[i] = body
                    break
        return out * 10 + luhn(out)

    def keys(self, r, n: int, prefix: str) -> np.ndarray:
        """Pseudonymous keys (hashed IDs, account numbers): prefix + 14 hex digits."""
        v = self._unique(r, 1 << 40, 1 << 56, n, self._used_keys)
        return np.array([f"{prefix}{x:014x}" for x in v.tolist()], object)

    # ------------------------------------------------------------ text pool
    def text(self, strings) -> np.ndarray:
        """Indices of strings in the content pool (added once)."""
        out = np.empty(len(strings), np.int32)
        for i, s in enumerate(strings):
            j = self._text_ix.get(s)
            if j is None:
                j = len(self.texts)
                self.texts.append(s)
                self._text_ix[s] = j
            out[i] = j
        return out

    # ------------------------------------------------------------ truth
    def truth(self, entity_type: str, entities, role: str, gang: str | None, scheme: str | None, first):
        ents = np.asarray(entities)
        n = len(ents)
        if n == 0:
            return
        if ents.dtype.kind in "iu":
            ents = np.array([str(x) for x in ents.tolist()], object)
        first = np.asarray(first, np.int64) if np.ndim(first) else np.full(n, int(first), np.int64)
        self.sink.add("entities", n, entity_type=entity_type, entity=ents.astype(object), role=role,
                      gang_id=gang, scheme=scheme, first_active=first)


def num_class(nums: np.ndarray) -> np.ndarray:
    """0 mobile (86 1...), 1 fixed (86 + area code), 2 international, 3 short/service number."""
    nums = np.asarray(nums, np.int64)
    nd = np.floor(np.log10(np.maximum(nums, 1))).astype(np.int64) + 1
    p2 = nums // 10 ** np.maximum(nd - 2, 0)
    p3 = (nums // 10 ** np.maximum(nd - 3, 0)) % 10
    out = np.full(len(nums), 2, np.int8)
    is86 = (p2 == 86) & (nd >= 11)
    out[is86 & (p3 == 1)] = 0
    out[is86 & (p3 != 1)] = 1
    out[nd <= 10] = 3  # 95588, 96110, 10690..., 12345
    return out


def times_in_days(r, days: np.ndarray, profile: str) -> np.ndarray:
    """Epoch seconds on the given day indices, hours by the profile."""
    h = r.choice(24, len(days), p=HOURS[profile])
    return T0 + days.astype(np.int64) * DAY + h * 3600 + r.integers(0, 3600, len(days))


def per_day_counts(r, rate: np.ndarray, dayw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Poisson counts per (actor, day); returns actor index and day arrays, one row per event."""
    lam = np.outer(np.asarray(rate, float), dayw)
    k = r.poisson(lam)
    flat = k.ravel()
    idx = np.repeat(np.arange(flat.size), flat)
    return (idx // DAYS).astype(np.int64), (idx % DAYS).astype(np.int64)


def outcome(r, n: int, p_ans: float | np.ndarray, p_rej: float = 0.25, p_busy: float = 0.06):
    """Result, ring seconds and the answered mask of n call attempts."""
    u = r.random(n)
    ans = u < p_ans
    v = r.random(n)
    res = np.where(ans, "answered", np.where(v < p_rej, "rejected", np.where(v < p_rej + p_busy, "busy",
                                                                            "no_answer"))).astype(object)
    ring = np.where(ans, r.integers(2, 18, n), np.where(res == "no_answer", r.integers(25, 60, n),
                                                        np.where(res == "busy", 0, r.integers(2, 14, n))))
    return res, ring.astype(np.int64), ans


def lognorm(r, n: int, median: float, sigma: float, lo: float = 1, hi: float = 1e9) -> np.ndarray:
    return np.clip(median * np.exp(r.normal(0, sigma, n)), lo, hi)


# ---------------------------------------------------------------- writer
def _col(kind, v, w: World):
    if kind == "num":
        return pc.cast(pa.array(v, pa.int64(), mask=(v == 0)), pa.string())
    if kind == "time":
        return pa.array(v * 1000, pa.timestamp("ms", tz=TZ), mask=(v == 0))
    if kind == "int":
        return pa.array(v, pa.int64(), mask=(v < 0))
    if kind == "float":
        return pa.array(v, pa.float64(), mask=np.isnan(v))
    if kind == "bool":
        return pa.array(v, pa.bool_())
    if kind == "cell":
        return pa.array(w.cell_names, pa.string()).take(pa.array(v, pa.int32(), mask=(v < 0)))
    if kind == "text":
        return pa.array(w.texts, pa.string()).take(pa.array(v, pa.int32(), mask=(v < 0)))
    return v if isinstance(v, pa.Array) else pa.array(v, pa.string())


def write_all(w: World, out: str) -> dict[str, int]:
    counts = {}
    for table, cols in TABLE_COLS.items():
        chunks = w.sink.chunks[table]
        n = sum(c["_n"] for c in chunks)
        counts[table] = n
        if n == 0:
            continue
        data = {}
        for name, kind in cols:
            if kind == "id":
                continue
            parts = [c[name] if name in c else _fill(kind, None, c["_n"]) for c in chunks]
            if kind == "str":
                parts = [p if isinstance(p, pa.Array) else pa.array(p, pa.string()) for p in parts]
                data[name] = pa.concat_arrays(parts)
            else:
                data[name] = np.concatenate(parts)
        w.sink.chunks[table] = []
        tcol = TIME_COL.get(table)
        order = None
        if table in BY_DAY:
            # records past the end of the export (a call-back after Sunday midnight) are not in it
            keep = (data[tcol] >= T0) & (data[tcol] < T0 + DAYS * DAY)
            w.dropped[table] = int((~keep).sum())
            if not keep.all():
                data = {k: (v.filter(pa.array(keep)) if isinstance(v, pa.Array) else v[keep]) for k, v in data.items()}
                n = int(keep.sum())
                counts[table] = n
        if table in ("device", "web", "apps"):
            # key-less records: an identical row twice (two events in the same second) is kept once
            order = np.lexsort((data["msisdn"], data[tcol]))
            data = {k: (v.take(pa.array(order)) if isinstance(v, pa.Array) else v[order]) for k, v in data.items()}
            same = np.ones(n - 1, bool)
            for v in data.values():
                if isinstance(v, pa.Array):
                    x, y = v.slice(1), v.slice(0, n - 1)
                    eq = pc.or_(pc.fill_null(pc.equal(x, y), False), pc.and_(pc.is_null(x), pc.is_null(y)))
                    eq = eq.to_numpy(zero_copy_only=False)
                else:
                    eq = (v[1:] == v[:-1]) | (np.isnan(v[1:]) & np.isnan(v[:-1]) if v.dtype.kind == "f" else False)
                same &= eq
            keep = np.r_[True, ~same]
            if not keep.all():
                data = {k: (v.filter(pa.array(keep)) if isinstance(v, pa.Array) else v[keep]) for k, v in data.items()}
                n = int(keep.sum())
                counts[table] = n
        if tcol:
            order = np.argsort(data[tcol], kind="stable")
            data = {k: (v.take(pa.array(order)) if isinstance(v, pa.Array) else v[order]) for k, v in data.items()}
        arrays, names = [], []
        for name, kind in cols:
            if kind == "id":
                ids = np.arange(n, dtype=np.int64) + w.seed * 10 ** 8
                arrays.append(pc.binary_join_element_wise(ID_PREFIX[table], pc.cast(pa.array(ids), pa.string()),
                                                          ""))
            else:
                arrays.append(_col(kind, data[name], w))
            names.append(name)
        tab = pa.table(arrays, names=names)
        folder = os.path.join(out, "truth", table) if table in ("entities", "events") else os.path.join(out, table)
        os.makedirs(folder, exist_ok=True)
        if table in BY_DAY:
            t = data[tcol]
            bounds = np.searchsorted(t, T0 + DAY * np.arange(DAYS + 1))
            if bounds[0] != 0 or bounds[-1] != n:
                raise ValueError(f"{table} has rows outside the fortnight")
            for d in range(DAYS):
                part = tab.slice(int(bounds[d]), int(bounds[d + 1] - bounds[d]))
                pq.write_table(part, os.path.join(folder, f"{table}-{DATES[d]}.parquet"), compression="zstd")
        else:
            pq.write_table(tab, os.path.join(folder, f"{table}.parquet"), compression="zstd")
    return counts
