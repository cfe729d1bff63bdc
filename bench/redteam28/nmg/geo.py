"""Zones and radio cells of the fictional Tengri Mobile network in Inner Mongolia.

A zone is a named area (a city district, a banner's grassland, a mine, a port, a highway stretch) with
its own cells. Cell ids are ECGI-like: ``46038-<area><site>-<sector>`` (area = the city's trunk code).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# name, area code, region label, lat, lon, radius km, cells, kind, population weight
ZONES = [
    ("hhht_xincheng", 471, "Hohhot", 40.845, 111.675, 4, 34, "urban", 9.0),
    ("hhht_saihan", 471, "Hohhot", 40.805, 111.705, 5, 36, "urban", 10.0),
    ("hhht_huimin", 471, "Hohhot", 40.815, 111.640, 3, 22, "urban", 5.0),
    ("hhht_yuquan", 471, "Hohhot", 40.780, 111.650, 4, 20, "urban", 5.0),
    ("hhht_jinqiao", 471, "Hohhot", 40.790, 111.760, 3, 12, "urban", 2.0),
    ("hhht_tuoketuo", 471, "Hohhot", 40.270, 111.190, 20, 10, "village", 2.0),
    ("hhht_wuchuan", 471, "Hohhot", 41.095, 111.450, 25, 8, "herding", 1.2),
    ("bt_kundulun", 472, "Baotou", 40.650, 109.830, 5, 30, "urban", 7.0),
    ("bt_qingshan", 472, "Baotou", 40.640, 109.900, 4, 26, "urban", 6.0),
    ("bt_donghe", 472, "Baotou", 40.580, 110.020, 4, 20, "urban", 4.5),
    ("bt_xitu_hightech", 472, "Baotou", 40.620, 109.870, 3, 14, "urban", 2.5),
    ("bt_bayan_obo", 472, "Baotou", 41.780, 109.970, 8, 8, "mine", 1.2),
    ("bt_guyang", 472, "Baotou", 41.030, 110.060, 20, 8, "village", 1.2),
    ("wh_haibowan", 473, "Wuhai", 39.680, 106.820, 6, 16, "mine", 2.2),
    ("wlcb_jining", 474, "Ulanqab", 41.030, 113.110, 5, 16, "urban", 3.0),
    ("wlcb_siziwang", 474, "Ulanqab", 41.530, 111.700, 30, 8, "herding", 1.0),
    ("tl_horqin", 475, "Tongliao", 43.620, 122.260, 5, 20, "urban", 4.0),
    ("tl_kailu", 475, "Tongliao", 43.600, 121.310, 25, 10, "village", 2.0),
    ("cf_hongshan", 476, "Chifeng", 42.270, 118.960, 5, 24, "urban", 5.5),
    ("cf_songshan", 476, "Chifeng", 42.290, 118.920, 5, 16, "urban", 3.0),
    ("cf_aohan_villages", 476, "Chifeng", 42.290, 119.920, 25, 12, "village", 2.2),
    ("cf_ningcheng", 476, "Chifeng", 41.600, 119.340, 20, 10, "village", 2.0),
    ("cf_hexigten", 476, "Chifeng", 43.250, 117.540, 40, 10, "herding", 1.5),
    ("cf_balinyou", 476, "Chifeng", 43.530, 118.660, 30, 8, "herding", 1.0),
    ("eds_dongsheng", 477, "Ordos", 39.820, 109.990, 5, 30, "urban", 6.5),
    ("eds_dongsheng_uv", 477, "Ordos", 39.840, 109.960, 1.5, 8, "urban", 1.5),
    ("eds_kangbashi", 477, "Ordos", 39.610, 109.780, 4, 16, "urban", 2.5),
    ("eds_ejinhoro_mines", 477, "Ordos", 39.570, 109.740, 25, 16, "mine", 3.0),
    ("eds_jungar_mines", 477, "Ordos", 39.860, 111.240, 25, 12, "mine", 2.2),
    ("eds_otog", 477, "Ordos", 39.100, 107.980, 40, 10, "herding", 1.3),
    ("eds_hangjin", 477, "Ordos", 39.830, 108.730, 30, 6, "village", 0.8),
    ("bynr_linhe", 478, "Bayannur", 40.750, 107.390, 5, 14, "urban", 2.5),
    ("bynr_urad", 478, "Bayannur", 41.560, 108.520, 40, 6, "herding", 0.8),
    ("xl_xilinhot", 479, "Xilingol", 43.930, 116.080, 5, 16, "urban", 2.5),
    ("xl_naadam_venue", 479, "Xilingol", 43.960, 116.040, 1.5, 8, "venue", 0.2),
    ("xl_erenhot", 479, "Xilingol", 43.650, 111.980, 4, 12, "port", 1.5),
    ("xl_abag", 479, "Xilingol", 44.020, 114.950, 40, 8, "herding", 1.2),
    ("xl_zhenglan", 479, "Xilingol", 42.240, 116.000, 30, 8, "camp", 0.6),
    ("hlbr_hailar", 470, "Hulunbuir", 49.210, 119.740, 5, 20, "urban", 3.5),
    ("hlbr_manzhouli", 470, "Hulunbuir", 49.590, 117.440, 4, 14, "port", 1.8),
    ("hlbr_mergel_camps", 470, "Hulunbuir", 49.500, 120.000, 30, 14, "camp", 0.6),
    ("hlbr_ergun", 470, "Hulunbuir", 50.240, 120.180, 8, 8, "camp", 0.6),
    ("hlbr_chenbarhu", 470, "Hulunbuir", 49.330, 119.420, 40, 8, "herding", 1.0),
    ("hlbr_zhalantun", 470, "Hulunbuir", 48.000, 122.740, 5, 8, "urban", 1.5),
    ("hg_ulanhot", 482, "Hinggan", 46.080, 122.070, 4, 10, "urban", 1.8),
    ("hg_arxan", 482, "Hinggan", 47.170, 119.940, 8, 6, "camp", 0.4),
    ("alxa_bayanhot", 483, "Alxa", 38.840, 105.670, 4, 6, "urban", 0.8),
    ("hw_g6_hohhot_baotou", 472, "Baotou", 40.700, 110.600, 50, 10, "highway", 0.0),
    ("hw_g65_baotou_ordos", 477, "Ordos", 40.200, 109.950, 40, 10, "highway", 0.0),
    ("hw_coal_jungar", 477, "Ordos", 39.800, 110.700, 40, 10, "highway", 0.0),
    ("hw_s24_erenhot", 479, "Xilingol", 42.800, 112.300, 80, 8, "highway", 0.0),
    ("hw_g10_hailar_manzhouli", 470, "Hulunbuir", 49.400, 118.600, 60, 8, "highway", 0.0),
]

SITE_MIX = {
    "urban": (0.6, 0.25, 0.15), "village": (0.95, 0.0, 0.05), "herding": (1.0, 0.0, 0.0),
    "mine": (0.8, 0.15, 0.05), "port": (0.7, 0.2, 0.1), "camp": (0.8, 0.0, 0.2), "venue": (0.2, 0.4, 0.4),
    "highway": (1.0, 0.0, 0.0),
}


@dataclass
class Geo:
    cell_ids: np.ndarray  # object, cell id text
    cell_zone: np.ndarray  # zone index per cell
    lat: np.ndarray
    lon: np.ndarray
    site: np.ndarray
    zone_names: list[str]
    zone_area: np.ndarray
    zone_region: list[str]
    zone_kind: list[str]
    zone_weight: np.ndarray
    zone_cells: list[np.ndarray]

    def z(self, name: str) -> int:
        return self.zone_names.index(name)

    def cells_of(self, *names: str) -> np.ndarray:
        return np.concatenate([self.zone_cells[self.z(n)] for n in names])

    def zones_of_kind(self, *kinds: str) -> np.ndarray:
        return np.array([i for i, k in enumerate(self.zone_kind) if k in kinds])

    def pick_cells(self, rng, zone_idx: np.ndarray) -> np.ndarray:
        """One random cell of each given zone index (vectorised)."""
        counts = np.array([len(c) for c in self.zone_cells])
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        flat = np.concatenate(self.zone_cells)
        off = (rng.random(len(zone_idx)) * counts[zone_idx]).astype(np.int64)
        return flat[starts[zone_idx] + off]


def build_geo(rng: np.random.Generator) -> Geo:
    ids, czone, lat, lon, site = [], [], [], [], []
    zone_cells = []
    site_no: dict[int, int] = {}
    for zi, (_name, area, _reg, la, lo, r, n, kind, _w) in enumerate(ZONES):
        mine = []
        mix = SITE_MIX[kind]
        for _ in range(n):
            s = site_no.get(area, 0) + 1
            site_no[area] = s
            sector = int(rng.integers(1, 4))
            ids.append(f"46038-{area}{s:03d}-{sector}")
            czone.append(zi)
            d = r / 111.0
            lat.append(round(la + float(rng.normal(0, d / 2)), 5))
            lon.append(round(lo + float(rng.normal(0, d / 1.5)), 5))
            site.append(["macro", "indoor", "small"][int(rng.choice(3, p=mix))])
            mine.append(len(ids) - 1)
        zone_cells.append(np.array(mine, dtype=np.int64))
    return Geo(
        cell_ids=np.array(ids, dtype=object), cell_zone=np.array(czone), lat=np.array(lat), lon=np.array(lon),
        site=np.array(site, dtype=object), zone_names=[z[0] for z in ZONES],
        zone_area=np.array([z[1] for z in ZONES]), zone_region=[z[2] for z in ZONES],
        zone_kind=[z[7] for z in ZONES], zone_weight=np.array([z[8] for z in ZONES], dtype=float),
        zone_cells=zone_cells,
    )
