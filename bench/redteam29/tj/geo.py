"""Tianjin's districts and Haihe Telecom's radio sites, plus the home provinces migrant workers return to.

Cell ids read ``HH22-<district>-<n>``; out-of-province sites (the operator's own network elsewhere, for
workers going home before Spring Festival) read ``HH-<province>-<n>``.
"""

from __future__ import annotations

import numpy as np

#: code, name, lat, lon, cells at 20,000 subscribers, kind
DISTRICTS = [
    ("HP", "Heping", 39.117, 117.200, 46, "urban"),
    ("NK", "Nankai", 39.138, 117.150, 50, "urban"),
    ("HX", "Hexi", 39.101, 117.223, 46, "urban"),
    ("HD", "Hedong", 39.128, 117.252, 36, "urban"),
    ("HB", "Hebei", 39.148, 117.197, 32, "urban"),
    ("HQ", "Hongqiao", 39.167, 117.151, 28, "urban"),
    ("DL", "Dongli", 39.087, 117.314, 28, "suburb"),
    ("XQ", "Xiqing", 39.141, 117.008, 32, "suburb"),
    ("JN", "Jinnan", 38.990, 117.357, 36, "suburb"),  # Haihe Education Park
    ("BC", "Beichen", 39.225, 117.135, 26, "suburb"),
    ("WQ", "Wuqing", 39.384, 117.044, 34, "county"),
    ("BD", "Baodi", 39.717, 117.309, 22, "county"),
    ("NH", "Ninghe", 39.330, 117.828, 16, "county"),
    ("JH", "Jinghai", 38.947, 116.974, 32, "county"),
    ("JZ", "Jizhou", 40.045, 117.408, 26, "county"),  # Panshan, mountain villages, ski slopes
    ("TG", "Binhai-Tanggu", 39.004, 117.710, 40, "port"),
    ("PT", "Binhai-Port-FTZ", 38.975, 117.790, 30, "port"),  # Tianjin Port, Dongjiang free-trade zone
    ("TD", "Binhai-TEDA", 39.050, 117.710, 30, "port"),
    ("HG", "Binhai-Hangu", 39.250, 117.800, 14, "port"),
    ("DG", "Binhai-Dagang", 38.840, 117.460, 18, "port"),
    ("AP", "Binhai-Airport", 39.130, 117.370, 14, "suburb"),
]
PROVINCES = [("HA", "Henan", 34.75, 113.62), ("HE", "Hebei-Province", 38.04, 114.51),
             ("SD", "Shandong", 36.65, 117.12), ("AH", "Anhui", 31.82, 117.23),
             ("HL", "Heilongjiang", 45.75, 126.63), ("GS", "Gansu", 36.06, 103.83),
             ("SC", "Sichuan", 30.66, 104.06), ("NM", "Inner-Mongolia", 40.82, 111.65),
             ("BJ", "Beijing", 39.90, 116.40)]
CODE = {d[0]: i for i, d in enumerate(DISTRICTS)}
PCODE = {p[0]: i for i, p in enumerate(PROVINCES)}


class Cells:
    """Cell codes (vocabulary codes) per district and per province, with coordinates."""

    def __init__(self, ctx) -> None:
        rng = ctx.rng("geo")
        self.by_district: list[np.ndarray] = []
        self.by_province: list[np.ndarray] = []
        ids, lat, lon, region, site = [], [], [], [], []
        for code, name, la, lo, n, kind in DISTRICTS:
            k = max(6, int(round(n * max(ctx.scale, 0.35))))
            spread = 0.02 if kind == "urban" else 0.06
            names = [f"HH22-{code}-{i:04d}" for i in range(1, k + 1)]
            st = rng.choice(["macro", "indoor", "small"], size=k, p=[0.62, 0.23, 0.15] if kind == "urban"
                            else [0.8, 0.1, 0.1])
            ids += names
            lat += list(la + rng.normal(0, spread, k))
            lon += list(lo + rng.normal(0, spread, k))
            region += [f"Tianjin-{name}"] * k
            site += list(st)
            self.by_district.append(ctx.vocab.codes(names))
        for code, name, la, lo in PROVINCES:
            names = [f"HH-{code}-{i:04d}" for i in range(1, 9)]
            ids += names
            lat += list(la + rng.normal(0, 0.3, 8))
            lon += list(lo + rng.normal(0, 0.3, 8))
            region += [name] * 8
            site += ["macro"] * 8
            self.by_province.append(ctx.vocab.codes(names))
        ctx.sink.add("cells", cell=np.array(ids), lat=np.round(np.array(lat), 5), lon=np.round(np.array(lon), 5),
                     region=np.array(region), site_type=np.array(site))
        self.site = dict(zip(ids, site, strict=True))

    def pick(self, rng: np.random.Generator, district_idx) -> np.ndarray:
        """One random cell code in each given district (array of district indices)."""
        d = np.asarray(district_idx)
        out = np.empty(d.shape, np.int32)
        for i in np.unique(d):
            m = d == i
            pool = self.by_district[i]
            out[m] = pool[rng.integers(0, len(pool), int(m.sum()))]
        return out

    def in_district(self, rng: np.random.Generator, code: str, n: int) -> np.ndarray:
        pool = self.by_district[CODE[code]]
        return pool[rng.integers(0, len(pool), n)]

    def province(self, rng: np.random.Generator, pidx) -> np.ndarray:
        p = np.asarray(pidx)
        out = np.empty(p.shape, np.int32)
        for i in np.unique(p):
            m = p == i
            pool = self.by_province[i]
            out[m] = pool[rng.integers(0, len(pool), int(m.sum()))]
        return out
