"""Liaoning province: cities, the areas people live and work in, and their radio cells."""

from __future__ import annotations

import numpy as np
from world import World

CITIES = ["Shenyang", "Dalian", "Anshan", "Fushun", "Benxi", "Dandong", "Jinzhou", "Yingkou", "Fuxin",
          "Liaoyang", "Panjin", "Tieling", "Chaoyang", "Huludao"]
CITY_CODE = {"Shenyang": "SY", "Dalian": "DL", "Anshan": "AS", "Fushun": "FS", "Benxi": "BX", "Dandong": "DD",
             "Jinzhou": "JZ", "Yingkou": "YK", "Fuxin": "FX", "Liaoyang": "LY", "Panjin": "PJ", "Tieling": "TL",
             "Chaoyang": "CY", "Huludao": "HLD"}

# (city, area, zone, population weight, lat, lon, radius km)
AREAS = [
    ("Shenyang", "Heping", "cbd", 4.0, 41.788, 123.401, 3),
    ("Shenyang", "Shenhe", "urban", 6.0, 41.796, 123.456, 4),
    ("Shenyang", "Huanggu", "urban", 5.0, 41.826, 123.405, 4),
    ("Shenyang", "Tiexi", "industrial", 5.0, 41.801, 123.345, 4),
    ("Shenyang", "Hunnan", "cbd", 3.0, 41.718, 123.447, 5),
    ("Shenyang", "Dadong", "urban", 4.0, 41.806, 123.488, 3),
    ("Shenyang", "Yuhong", "urban", 4.0, 41.795, 123.303, 5),
    ("Shenyang", "Shenbei-campus", "univ", 3.0, 41.915, 123.420, 4),
    ("Shenyang", "Sujiatun", "urban", 2.0, 41.665, 123.339, 5),
    ("Shenyang", "Xinmin", "village", 3.0, 41.995, 122.828, 15),
    ("Shenyang", "Kangping", "village", 2.0, 42.742, 123.352, 15),
    ("Shenyang", "Faku", "village", 2.0, 42.500, 123.412, 15),
    ("Shenyang", "Taoxian-airport", "airport", 0.3, 41.640, 123.483, 2),
    ("Shenyang", "North-station", "station", 0.5, 41.819, 123.436, 1),
    ("Shenyang", "Qipanshan-ski", "ski", 0.3, 41.936, 123.650, 3),
    ("Dalian", "Zhongshan", "cbd", 3.0, 38.918, 121.644, 3),
    ("Dalian", "Xigang", "urban", 3.0, 38.914, 121.607, 3),
    ("Dalian", "Shahekou", "urban", 4.0, 38.905, 121.584, 3),
    ("Dalian", "Ganjingzi", "urban", 4.0, 38.953, 121.526, 6),
    ("Dalian", "Lingshui-campus", "univ", 3.0, 38.880, 121.530, 3),
    ("Dalian", "Lvshunkou", "urban", 1.5, 38.812, 121.262, 6),
    ("Dalian", "Jinpu-FTZ", "ftz", 2.0, 39.070, 121.780, 6),
    ("Dalian", "Dayaowan-port", "port", 1.5, 39.020, 121.900, 4),
    ("Dalian", "Wafangdian", "urban", 2.0, 39.627, 122.008, 6),
    ("Dalian", "Zhuanghe", "village", 2.0, 39.681, 122.967, 15),
    ("Dalian", "Zhoushuizi-airport", "airport", 0.3, 38.966, 121.539, 2),
    ("Dalian", "Linhai-ski", "ski", 0.2, 39.300, 122.100, 3),
    ("Anshan", "Tiedong", "urban", 3.0, 41.110, 122.990, 4),
    ("Anshan", "Angang-works", "steel", 2.5, 41.145, 122.950, 4),
    ("Anshan", "Haicheng-Xiliu", "market", 1.5, 40.960, 122.650, 4),
    ("Anshan", "Xiuyan", "village", 1.5, 40.292, 123.280, 15),
    ("Fushun", "Xinfu", "urban", 2.5, 41.880, 123.890, 4),
    ("Fushun", "Wanghua", "industrial", 1.5, 41.850, 123.800, 4),
    ("Fushun", "Qingyuan", "village", 1.0, 42.100, 124.920, 15),
    ("Fushun", "Xinbin", "village", 1.0, 41.730, 125.040, 15),
    ("Benxi", "Pingshan", "urban", 1.5, 41.300, 123.760, 4),
    ("Benxi", "Bengang-works", "steel", 1.2, 41.290, 123.790, 3),
    ("Benxi", "Huanren", "village", 1.0, 41.270, 125.360, 15),
    ("Benxi", "Water-cave", "scenic", 0.3, 41.300, 124.080, 3),
    ("Dandong", "Zhenxing-riverside", "border", 2.0, 40.110, 124.390, 3),
    ("Dandong", "Yuanbao", "urban", 1.5, 40.140, 124.400, 3),
    ("Dandong", "Donggang-port", "port", 1.0, 39.860, 124.150, 6),
    ("Dandong", "Kuandian", "village", 1.0, 40.730, 124.780, 15),
    ("Dandong", "Guomenwan-trade", "market", 0.5, 40.190, 124.480, 2),
    ("Jinzhou", "Guta", "urban", 2.0, 41.120, 121.130, 3),
    ("Jinzhou", "Linghe", "urban", 1.5, 41.110, 121.150, 3),
    ("Jinzhou", "Songshan-campus", "univ", 1.0, 41.090, 121.070, 3),
    ("Jinzhou", "Jinzhou-port", "port", 0.8, 40.810, 121.070, 4),
    ("Jinzhou", "Heishan", "village", 1.2, 41.690, 122.120, 15),
    ("Jinzhou", "Yixian", "village", 1.0, 41.530, 121.240, 15),
    ("Yingkou", "Zhanqian", "urban", 1.5, 40.670, 122.230, 3),
    ("Yingkou", "Bayuquan-port", "port", 1.2, 40.270, 122.110, 5),
    ("Yingkou", "Gaizhou", "village", 1.2, 40.400, 122.350, 15),
    ("Yingkou", "Dashiqiao", "urban", 1.0, 40.640, 122.510, 4),
    ("Fuxin", "Haizhou", "urban", 1.5, 42.010, 121.660, 3),
    ("Fuxin", "Zhangwu", "village", 1.5, 42.380, 122.530, 15),
    ("Fuxin", "Fuxin-county", "village", 1.5, 42.060, 121.740, 15),
    ("Liaoyang", "Baita", "urban", 1.5, 41.270, 123.170, 3),
    ("Liaoyang", "Dengta", "village", 1.0, 41.420, 123.330, 12),
    ("Panjin", "Xinglongtai", "urban", 1.2, 41.120, 122.070, 4),
    ("Panjin", "Liaohe-oilfield", "industrial", 0.8, 41.180, 122.000, 8),
    ("Panjin", "Dawa", "village", 0.6, 40.990, 122.080, 12),
    ("Tieling", "Yinzhou", "urban", 1.2, 42.290, 123.840, 3),
    ("Tieling", "Kaiyuan", "urban", 0.8, 42.550, 124.040, 4),
    ("Tieling", "Changtu", "village", 1.5, 42.780, 124.110, 15),
    ("Tieling", "Xifeng", "village", 0.8, 42.740, 124.720, 15),
    ("Chaoyang", "Shuangta", "urban", 1.2, 41.570, 120.450, 3),
    ("Chaoyang", "Beipiao", "village", 1.2, 41.800, 120.770, 15),
    ("Chaoyang", "Jianping", "village", 1.0, 41.400, 119.640, 15),
    ("Huludao", "Longgang", "urban", 1.2, 40.740, 120.840, 3),
    ("Huludao", "Xingcheng-seaside", "seaside", 1.0, 40.610, 120.720, 4),
    ("Huludao", "Suizhong", "village", 1.0, 40.330, 120.340, 15),
]
# residents per cell differ: villages are sparse, business districts dense
CELL_DENSITY = {"cbd": 1.8, "urban": 1.0, "industrial": 0.8, "univ": 1.2, "village": 0.55, "airport": 3.0,
                "station": 3.0, "ski": 3.0, "port": 1.2, "ftz": 1.2, "steel": 0.9, "market": 1.6, "border": 1.2,
                "scenic": 3.0, "seaside": 1.0}
SITE = {"cbd": (0.45, 0.35, 0.2), "urban": (0.7, 0.15, 0.15), "univ": (0.5, 0.35, 0.15),
        "airport": (0.3, 0.6, 0.1), "station": (0.3, 0.6, 0.1), "market": (0.5, 0.3, 0.2)}


class Cells:
    def __init__(self, w: World):
        rng = w.rng("cells")
        self.w = w
        n_total = int(np.clip(w.S / 18, 300, 6000))
        a = AREAS
        self.area_city = np.array([CITIES.index(x[0]) for x in a])
        self.area_name = [x[1] for x in a]
        self.area_zone = [x[2] for x in a]
        self.area_pop = np.array([x[3] for x in a])
        dens = np.array([CELL_DENSITY[x[2]] for x in a])
        share = self.area_pop * dens
        cnt = np.maximum(2, np.round(share / share.sum() * n_total)).astype(np.int64)
        self.area_off = np.concatenate([[0], np.cumsum(cnt)[:-1]])
        self.area_cnt = cnt
        n = int(cnt.sum())
        self.n = n
        self.area = np.repeat(np.arange(len(a)), cnt)
        self.city = self.area_city[self.area]
        lat0 = np.array([x[4] for x in a])[self.area]
        lon0 = np.array([x[5] for x in a])[self.area]
        rad = np.array([x[6] for x in a])[self.area]
        r = rad * np.sqrt(rng.random(n)) / 111.0
        th = rng.random(n) * 2 * np.pi
        self.lat = np.round(lat0 + r * np.cos(th), 5)
        self.lon = np.round(lon0 + r * np.sin(th) / np.cos(np.radians(lat0)), 5)
        site = np.empty(n, dtype=object)
        u = rng.random(n)
        for i, z in enumerate(self.area_zone):
            m = self.area == i
            pm, pi, _ = SITE.get(z, (0.85, 0.05, 0.10))
            site[m] = np.where(u[m] < pm, "macro", np.where(u[m] < pm + pi, "indoor", "small"))
        self.site = site
        # cell ids: LN-<city>-<eNodeB>-<sector>
        enb = rng.permutation(np.arange(10000, 10000 + n * 3))[:n]
        sec = rng.integers(1, 4, n)
        names = [f"LN-{CITY_CODE[CITIES[c]]}-{e}-{s}" for c, e, s in zip(self.city, enb, sec, strict=True)]
        self.names = names
        self.code = w.I.many(names)
        # city -> cells
        order = np.argsort(self.city, kind="stable")
        self.city_cells = order
        cc = np.bincount(self.city, minlength=len(CITIES))
        self.city_off = np.concatenate([[0], np.cumsum(cc)[:-1]])
        self.city_cnt = cc
        self.zone_of_cell = np.array([self.area_zone[x] for x in self.area], dtype=object)

    def code_of(self, idx) -> np.ndarray:
        idx = np.asarray(idx, np.int64)
        return np.where(idx >= 0, self.code[np.clip(idx, 0, self.n - 1)], -1).astype(np.int32)

    def in_area(self, rng, area) -> np.ndarray:
        area = np.asarray(area, np.int64)
        return self.area_off[area] + (rng.random(area.shape) * self.area_cnt[area]).astype(np.int64)

    def in_city(self, rng, city) -> np.ndarray:
        city = np.asarray(city, np.int64)
        k = self.city_off[city] + (rng.random(city.shape) * self.city_cnt[city]).astype(np.int64)
        return self.city_cells[k]

    def areas(self, zone=None, city=None) -> np.ndarray:
        out = []
        for i, (c, _, z, *_rest) in enumerate(AREAS):
            if (zone is None or z == zone or (isinstance(zone, tuple) and z in zone)) and (city is None or c == city):
                out.append(i)
        return np.array(out, dtype=np.int64)

    def area_idx(self, name: str) -> int:
        return self.area_name.index(name)

    def write(self):
        import pyarrow as pa
        return pa.table({"cell": pa.array(self.names), "lat": pa.array(self.lat), "lon": pa.array(self.lon),
                         "region": pa.array([CITIES[c] for c in self.city]),
                         "site_type": pa.array(list(self.site), type=pa.string())})
