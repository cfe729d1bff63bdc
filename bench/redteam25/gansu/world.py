"""The Gansu world: cells, people, lines, handsets, bank accounts, location model."""

from __future__ import annotations

import numpy as np

from .core import (
    DAY,
    HOUR,
    T0,
    Alloc,
    Sink,
    Truth,
    new_accounts,
    new_lines,
    new_persons,
)

# name, admin code, city (area code key), lat, lon, resident weight, macro sites, tags
AREAS = [
    ("chengguan", 620102, "lanzhou", 36.061, 103.834, 10, 60, "urban lanzhou"),
    ("qilihe", 620103, "lanzhou", 36.066, 103.786, 6, 30, "urban lanzhou"),
    ("xigu", 620104, "lanzhou", 36.100, 103.628, 3, 15, "urban lanzhou"),
    ("anning", 620105, "lanzhou", 36.103, 103.719, 4, 24, "urban lanzhou"),
    ("yuzhong", 620123, "lanzhou", 35.845, 104.112, 3, 18, "county lanzhou"),
    ("lanzhou_newarea", 620171, "lanzhou", 36.515, 103.620, 1.2, 10, "urban lanzhou"),
    ("jiayuguan", 620200, "jiuquan", 39.773, 98.289, 2, 12, "urban tourist"),
    ("jinchang", 620300, "wuwei", 38.520, 102.188, 1.5, 8, "urban"),
    ("baiyin", 620402, "baiyin", 36.545, 104.174, 3, 15, "urban"),
    ("huining", 620422, "baiyin", 35.693, 105.053, 2, 8, "county"),
    ("jingtai", 620423, "baiyin", 37.183, 104.063, 1, 5, "county"),
    ("qinzhou", 620502, "tianshui", 34.581, 105.725, 5, 24, "urban"),
    ("maiji", 620503, "tianshui", 34.570, 105.898, 2, 10, "urban tourist"),
    ("qinan", 620522, "tianshui", 34.859, 105.674, 2, 8, "county"),
    ("gangu", 620523, "tianshui", 34.745, 105.333, 2, 7, "county"),
    ("wushan", 620524, "tianshui", 34.722, 104.891, 1.5, 6, "county"),
    ("liangzhou", 620602, "wuwei", 37.928, 102.638, 4, 18, "urban"),
    ("minqin", 620621, "wuwei", 38.624, 103.093, 1.5, 6, "county"),
    ("gulang", 620622, "wuwei", 37.470, 102.898, 1.2, 5, "county"),
    ("ganzhou", 620702, "zhangye", 38.932, 100.455, 3, 15, "urban"),
    ("sunan", 620721, "zhangye", 38.837, 99.616, 0.5, 4, "county pasture"),
    ("linze", 620723, "zhangye", 39.152, 100.164, 0.8, 6, "county tourist"),
    ("shandan", 620725, "zhangye", 38.785, 101.088, 0.8, 4, "county"),
    ("kongtong", 620802, "pingliang", 35.543, 106.665, 3, 14, "urban"),
    ("jingchuan", 620821, "pingliang", 35.333, 107.367, 1.2, 5, "county"),
    ("suzhou", 620902, "jiuquan", 39.744, 98.508, 2.5, 12, "urban"),
    ("guazhou", 620922, "jiuquan", 40.520, 95.782, 0.8, 5, "county"),
    ("dunhuang", 620982, "jiuquan", 40.142, 94.662, 1.5, 18, "urban tourist"),
    ("xifeng", 621002, "qingyang", 35.709, 107.641, 3, 12, "urban"),
    ("huanxian", 621022, "qingyang", 36.569, 107.308, 1.2, 5, "county"),
    ("zhenyuan", 621027, "qingyang", 35.677, 107.195, 1.5, 5, "county"),
    ("anding", 621102, "dingxi", 35.580, 104.626, 3, 12, "urban"),
    ("tongwei", 621121, "dingxi", 35.208, 105.242, 1.5, 5, "county"),
    ("longxi", 621122, "dingxi", 35.003, 104.634, 1.5, 6, "county"),
    ("minxian", 621126, "dingxi", 34.438, 104.037, 1.4, 5, "county"),
    ("wudu", 621202, "longnan", 33.392, 104.926, 2.5, 10, "urban"),
    ("wenxian", 621222, "longnan", 32.943, 104.683, 1, 5, "county"),
    ("kangxian", 621224, "longnan", 33.329, 105.609, 0.8, 4, "county"),
    ("xihe", 621225, "longnan", 34.014, 105.299, 1.2, 5, "county"),
    ("linxia", 622901, "linxia", 35.600, 103.211, 2.5, 12, "urban"),
    ("guanghe", 622924, "linxia", 35.488, 103.576, 1.2, 6, "county"),
    ("dongxiang", 622926, "linxia", 35.664, 103.389, 1.2, 5, "county"),
    ("hezuo", 623001, "gannan", 34.985, 102.911, 1, 6, "urban pasture"),
    ("maqu", 623025, "gannan", 34.000, 102.072, 0.5, 3, "county pasture"),
    ("luqu", 623026, "gannan", 34.589, 102.488, 0.4, 2, "county pasture"),
    ("xiahe", 623027, "gannan", 35.202, 102.522, 0.7, 4, "county pasture tourist"),
]
# special indoor / small sites: name, area, count, site_type
SPECIAL = [
    ("lzu_chengguan", "chengguan", 4, "indoor"), ("lzu_yuzhong", "yuzhong", 6, "indoor"),
    ("nwnu", "anning", 4, "indoor"), ("lzjtu", "anning", 4, "indoor"), ("lut", "qilihe", 3, "indoor"),
    ("lanzhou_west_station", "qilihe", 3, "indoor"), ("zhongchuan_airport", "lanzhou_newarea", 3, "indoor"),
    ("mingsha_camps", "dunhuang", 4, "small"), ("mogao", "dunhuang", 2, "small"),
    ("dunhuang_station", "dunhuang", 2, "indoor"), ("danxia", "linze", 3, "small"),
    ("jiayu_pass", "jiayuguan", 2, "small"), ("labrang", "xiahe", 2, "small"),
    ("maqu_pasture", "maqu", 3, "small"), ("luqu_pasture", "luqu", 2, "small"),
    ("sunan_pasture", "sunan", 2, "small"),
]
UNIVERSITIES = ["lzu_chengguan", "lzu_yuzhong", "nwnu", "lzjtu", "lut"]


class World:
    def __init__(self, seed: int, subscribers: int, days: int):
        self.seed = seed
        self.rng = np.random.default_rng([seed, 2032, 25])
        self.alloc = Alloc(np.random.default_rng([seed, 7]))
        self.N = subscribers
        self.days = days
        self.T1 = T0 + days * DAY
        self.lines = new_lines()
        self.persons = new_persons()
        self.accounts = new_accounts()
        self.sink = Sink()
        self.truth = Truth()
        self.ovr = []  # location/handset overrides: (line, t_from, t_to, cell, imei, roam)
        self.extra_accounts = {}  # external (not in bank_accounts) account ids by index: see ext_account
        self.ext_names = []
        self.domains = {}
        self.build_cells()

    # ------------------------------------------------------------------ cells
    def build_cells(self):
        rng = self.rng
        names, lat, lon, region, stype, area_of = [], [], [], [], [], []
        self.area_idx = {a[0]: i for i, a in enumerate(AREAS)}
        for ai, (name, code, city, la, lo, _w, sites, _t) in enumerate(AREAS):
            spread = 0.06 if "urban" in _t else 0.18
            for s in range(sites):
                sla = la + rng.normal(0, spread)
                slo = lo + rng.normal(0, spread)
                for sec in (1, 2, 3):
                    names.append(f"{code}-{s + 1:04d}-{sec}")
                    lat.append(round(sla, 5))
                    lon.append(round(slo, 5))
                    region.append(f"{city}/{name}")
                    stype.append("macro")
                    area_of.append(ai)
        self.special_cells = {}
        for sname, area, cnt, st in SPECIAL:
            ai = self.area_idx[area]
            _n, code, city, la, lo = AREAS[ai][:5]
            idx = []
            for s in range(cnt):
                idx.append(len(names))
                names.append(f"{code}-{9000 + len(self.special_cells) * 10 + s:04d}-{'I' if st == 'indoor' else 'S'}")
                lat.append(round(la + rng.normal(0, 0.02), 5))
                lon.append(round(lo + rng.normal(0, 0.02), 5))
                region.append(f"{city}/{area}/{sname}")
                stype.append(st)
                area_of.append(ai)
            self.special_cells[sname] = np.array(idx, dtype=np.int64)
        self.cell_name = np.array(names, dtype=object)
        self.cell_lat = np.array(lat)
        self.cell_lon = np.array(lon)
        self.cell_region = np.array(region, dtype=object)
        self.cell_type = np.array(stype, dtype=object)
        self.cell_area = np.array(area_of, dtype=np.int64)
        macro = self.cell_type == "macro"
        self.area_cells = [np.flatnonzero(macro & (self.cell_area == i)) for i in range(len(AREAS))]

    def cells_in(self, area, n):
        c = self.area_cells[self.area_idx[area] if isinstance(area, str) else area]
        return c[self.rng.integers(0, len(c), n)]

    def cells_in_areas(self, area_ix):
        """A random macro cell of each given area index (vectorised)."""
        area_ix = np.asarray(area_ix, dtype=np.int64)
        out = np.empty(len(area_ix), dtype=np.int64)
        for a in np.unique(area_ix):
            k = area_ix == a
            out[k] = self.cells_in(int(a), int(k.sum()))
        return out

    def special(self, name, n):
        c = self.special_cells[name]
        return c[self.rng.integers(0, len(c), n)]

    def areas_tagged(self, tag):
        return np.array([i for i, a in enumerate(AREAS) if tag in a[7].split()], dtype=np.int64)

    def area_weights(self, idx=None):
        w = np.array([a[5] for a in AREAS], dtype=float)
        if idx is not None:
            m = np.zeros_like(w)
            m[idx] = w[idx]
            w = m
        return w / w.sum()

    # ------------------------------------------------------------------ registries helpers
    def add_persons(self, n, **kw):
        return self.persons.add(n, **kw)

    def add_lines(self, n, person, line_type="mobile", handset="smart", msisdn=None, **kw):
        """New lines; mobile lines get an IMSI and (unless handset is None) a handset IMEI."""
        if msisdn is None:
            if line_type == "mobile":
                msisdn = self.alloc.mobile(n)
            elif line_type == "iot":
                msisdn = self.alloc.iot(n)
            else:
                raise ValueError("fixed/voip numbers must be given")
        radio = line_type in ("mobile", "iot")
        imsi = self.alloc.imsi(n) if radio else np.zeros(n, dtype=np.int64)
        if radio and handset is not None and "imei" not in kw:
            kw["imei"] = self.alloc.imei_mixed(n, handset)
        return self.lines.add(n, msisdn=msisdn, imsi=imsi, person=person, line_type=line_type, **kw)

    def add_accounts(self, n, person, **kw):
        return self.accounts.add(n, person=person, **kw)

    def override(self, line, t_from, t_to, cell=-2, imei=0, roam=None):
        line = np.atleast_1d(np.asarray(line, dtype=np.int64))
        n = len(line)

        def b(x, dt):
            a = np.empty(n, dtype=dt)
            a[:] = x
            return a
        self.ovr.append((line, b(t_from, np.int64), b(t_to, np.int64), b(cell, np.int64), b(imei, np.int64),
                         b(roam, object)))

    def freeze(self):
        """Snapshot of lines as arrays (call after all lines exist)."""
        self.L = self.lines.frame()
        self.P = self.persons.frame()
        self.A = self.accounts.frame()
        order = np.argsort(self.L["msisdn"], kind="stable")
        self.msisdn_sorted = self.L["msisdn"][order]
        self.msisdn_order = order
        if len(np.unique(self.msisdn_sorted)) != len(self.msisdn_sorted):
            raise AssertionError("duplicate msisdn")

    def line_of(self, numbers):
        """Line index of each number, -1 when not the operator's."""
        numbers = np.asarray(numbers, dtype=np.int64)
        pos = np.searchsorted(self.msisdn_sorted, numbers).clip(0, len(self.msisdn_sorted) - 1)
        hit = self.msisdn_sorted[pos] == numbers
        return np.where(hit, self.msisdn_order[pos], -1)

    def day_of(self, t):
        return (np.asarray(t) - T0) // DAY

    def hour_of(self, t):
        return ((np.asarray(t) - T0) % DAY) // HOUR
