"""Radio cells of the province (Guizhou): regions, sites and their coordinates."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: (name, lat, lon, population weight); index order matches ids.AREA_CODES
REGIONS: tuple[tuple[str, float, float, float], ...] = (
    ("Guiyang", 26.65, 106.63, 0.17),
    ("Zunyi", 27.72, 106.93, 0.18),
    ("Liupanshui", 26.59, 104.83, 0.08),
    ("Anshun", 26.25, 105.93, 0.06),
    ("Bijie", 27.30, 105.29, 0.17),
    ("Tongren", 27.72, 109.19, 0.08),
    ("Qiandongnan", 26.58, 107.98, 0.10),
    ("Qiannan", 26.26, 107.52, 0.08),
    ("Qianxinan", 25.09, 104.90, 0.08),
)
REGION_NAMES = [r[0] for r in REGIONS]
REGION_WEIGHTS = np.array([r[3] for r in REGIONS]) / sum(r[3] for r in REGIONS)
SITE_TYPES = ("macro", "indoor", "small")


@dataclass
class Cells:
    """All cells: labels (``460-00-<lac>-<ci>``), region, coordinates, popularity."""

    labels: list[str]
    region: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    site_type: np.ndarray
    weight: np.ndarray  # popularity within its region (sums to 1 per region)
    by_region: list[np.ndarray]

    @property
    def n(self) -> int:
        return len(self.labels)

    def sample(self, rng: np.random.Generator, regions: np.ndarray) -> np.ndarray:
        """One cell per entry of ``regions``, by popularity within the region."""
        out = np.empty(regions.size, dtype=np.int32)
        for r, members in enumerate(self.by_region):
            idx = np.flatnonzero(regions == r)
            if idx.size:
                p = self.weight[members]
                out[idx] = rng.choice(members, idx.size, p=p / p.sum())
        return out


def make_cells(rng: np.random.Generator, n_cells: int) -> Cells:
    """``n_cells`` cells spread over the regions by population."""
    n_cells = max(n_cells, 4 * len(REGIONS))
    region = np.sort(rng.choice(len(REGIONS), n_cells, p=REGION_WEIGHTS))
    region[: len(REGIONS)] = np.arange(len(REGIONS))  # every region has a cell
    region = np.sort(region)
    centre_lat = np.array([r[1] for r in REGIONS])[region]
    centre_lon = np.array([r[2] for r in REGIONS])[region]
    dist = np.abs(rng.normal(0, 1, n_cells))
    angle = rng.uniform(0, 2 * np.pi, n_cells)
    lat = np.round(centre_lat + 0.12 * dist * np.sin(angle), 5)
    lon = np.round(centre_lon + 0.14 * dist * np.cos(angle), 5)
    site = np.where(dist < 0.4, rng.choice(3, n_cells, p=[0.5, 0.3, 0.2]),
                    rng.choice(3, n_cells, p=[0.9, 0.03, 0.07]))
    weight = rng.lognormal(0, 0.8, n_cells) * np.exp(-0.6 * dist)
    by_region = [np.flatnonzero(region == r) for r in range(len(REGIONS))]
    for m in by_region:
        weight[m] /= weight[m].sum()
    mnc = rng.choice(np.array([0, 1, 11]), n_cells, p=[0.55, 0.25, 0.2])
    lac = 20000 + region * 1000 + rng.integers(0, 1000, n_cells)
    ci = rng.choice(np.arange(10000, 10000 + 50 * n_cells), n_cells, replace=False)
    labels = [f"460-{m:02d}-{a}-{c}" for m, a, c in zip(mnc.tolist(), lac.tolist(), ci.tolist(), strict=True)]
    return Cells(labels, region, lat, lon, site, weight, by_region)
