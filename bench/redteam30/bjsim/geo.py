"""Beijing's districts and the operator's cells, with named sites (campuses, stations, villages) fraud and life use."""

from __future__ import annotations

import numpy as np

# name, lat, lon, spread (deg), cells, share of residents
DISTRICTS = [
    ("Dongcheng", 39.928, 116.416, 0.020, 70, 0.05),
    ("Xicheng", 39.912, 116.366, 0.020, 80, 0.06),
    ("Chaoyang", 39.948, 116.486, 0.050, 210, 0.17),
    ("Haidian", 39.975, 116.298, 0.050, 180, 0.15),
    ("Fengtai", 39.858, 116.287, 0.040, 110, 0.10),
    ("Shijingshan", 39.906, 116.223, 0.020, 35, 0.03),
    ("Tongzhou", 39.909, 116.657, 0.050, 80, 0.09),
    ("Daxing", 39.727, 116.341, 0.060, 80, 0.09),
    ("Changping", 40.190, 116.270, 0.070, 90, 0.10),
    ("Shunyi", 40.130, 116.654, 0.060, 55, 0.06),
    ("Fangshan", 39.735, 115.993, 0.070, 45, 0.05),
    ("Mentougou", 39.940, 116.102, 0.050, 15, 0.01),
    ("Huairou", 40.316, 116.632, 0.060, 15, 0.01),
    ("Pinggu", 40.141, 117.121, 0.060, 15, 0.01),
    ("Miyun", 40.377, 116.843, 0.070, 15, 0.01),
    ("Yanqing", 40.465, 115.975, 0.060, 10, 0.01),
]
D = {name: i for i, (name, *_rest) in enumerate(DISTRICTS)}

# named sites: key -> (district, lat, lon, site_type)
SITES = {
    "cbd_guomao": ("Chaoyang", 39.909, 116.461, "indoor"),
    "zgc_software_park": ("Haidian", 40.043, 116.293, "indoor"),
    "financial_street": ("Xicheng", 39.914, 116.358, "indoor"),
    "pku": ("Haidian", 39.992, 116.306, "small"),
    "tsinghua": ("Haidian", 40.003, 116.326, "small"),
    "bupt": ("Haidian", 39.961, 116.357, "small"),
    "shahe_univ_town": ("Changping", 40.158, 116.285, "macro"),
    "huilongguan": ("Changping", 40.072, 116.334, "macro"),
    "tiantongyuan": ("Changping", 40.066, 116.420, "macro"),
    "xihongmen_flat": ("Daxing", 39.788, 116.329, "macro"),
    "jiugong_village": ("Daxing", 39.812, 116.463, "macro"),
    "songzhuang_village": ("Tongzhou", 39.954, 116.735, "macro"),
    "doudian_village": ("Fangshan", 39.650, 116.085, "macro"),
    "shunyi_warehouse": ("Shunyi", 40.068, 116.585, "macro"),
    "capital_airport": ("Shunyi", 40.080, 116.603, "indoor"),
    "daxing_airport": ("Daxing", 39.510, 116.410, "indoor"),
    "beijing_west": ("Fengtai", 39.894, 116.321, "indoor"),
    "beijing_south": ("Fengtai", 39.865, 116.379, "indoor"),
    "pumc_hospital": ("Dongcheng", 39.912, 116.417, "indoor"),
    "tiantan_hospital": ("Fengtai", 39.830, 116.290, "indoor"),
    "sanlitun": ("Chaoyang", 39.934, 116.455, "small"),
    "wudaokou": ("Haidian", 39.992, 116.338, "small"),
    "wangfujing": ("Dongcheng", 39.914, 116.411, "small"),
    "yanjiao_border": ("Tongzhou", 39.925, 116.780, "macro"),
    "pinggu_village": ("Pinggu", 40.202, 117.180, "macro"),
    "miyun_village": ("Miyun", 40.450, 116.960, "macro"),
    "yanqing_village": ("Yanqing", 40.520, 116.050, "macro"),
    "zgc_electronics": ("Haidian", 39.983, 116.315, "indoor"),
    "xinfadi_market": ("Fengtai", 39.817, 116.251, "macro"),
    "yizhuang_logistics": ("Daxing", 39.792, 116.516, "macro"),
    "tongzhou_subcentre": ("Tongzhou", 39.905, 116.733, "indoor"),
    "chaoyang_cbd_east": ("Chaoyang", 39.915, 116.480, "indoor"),
}


class Cells:
    """Cell table: codes contiguous per district; ``site[name]`` is a named site's cell index."""

    def __init__(self, rng: np.random.Generator) -> None:
        names, lat, lon, region, stype, dist = [], [], [], [], [], []
        self.start = np.zeros(len(DISTRICTS), np.int64)
        self.count = np.zeros(len(DISTRICTS), np.int64)
        self.site: dict[str, int] = {}
        lac = 4100
        for di, (dname, la, lo, sp, nc, _share) in enumerate(DISTRICTS):
            self.start[di] = len(names)
            own = [(k, v) for k, v in SITES.items() if v[0] == dname]
            for k, (_d, sla, slo, st) in own:
                self.site[k] = len(names)
                names.append(f"46036-{lac + di}-{len(names) * 7 + 10001}")
                lat.append(sla)
                lon.append(slo)
                region.append(f"Beijing-{dname}")
                stype.append(st)
                dist.append(di)
            for _ in range(nc):
                names.append(f"46036-{lac + di}-{len(names) * 7 + 10001}")
                lat.append(round(la + rng.normal(0, sp), 5))
                lon.append(round(lo + rng.normal(0, sp * 1.2), 5))
                region.append(f"Beijing-{dname}")
                r = rng.random()
                stype.append("indoor" if r < 0.15 else "small" if r < 0.3 else "macro")
                dist.append(di)
            self.count[di] = len(names) - self.start[di]
        self.names = names
        self.lat = np.array(lat)
        self.lon = np.array(lon)
        self.region = region
        self.stype = stype
        self.district = np.array(dist)
        self.n = len(names)

    def codes(self, sink) -> np.ndarray:
        self.code = sink.codes(self.names)
        return self.code

    def in_district(self, rng: np.random.Generator, districts: np.ndarray) -> np.ndarray:
        """A random cell index in each given district."""
        return self.start[districts] + (rng.random(len(districts)) * self.count[districts]).astype(np.int64)

    def near(self, rng: np.random.Generator, cell: int, n: int, k: int = 6) -> np.ndarray:
        """n cells among the k nearest to a cell (a person or van moving in a neighbourhood)."""
        d = (self.lat - self.lat[cell]) ** 2 + (self.lon - self.lon[cell]) ** 2
        near = np.argsort(d, kind="stable")[:k]
        return near[rng.integers(0, k, n)]

    def write(self, sink) -> None:
        sink.add("cells", cell=self.code, lat=self.lat, lon=self.lon, region=self.region, site_type=self.stype)
