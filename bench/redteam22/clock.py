"""Hours of the day people and machines are active, and vectorised time sampling."""

from __future__ import annotations

import numpy as np
from world import DAY, HOUR, START

_P = {
    # 0   1   2   3   4   5   6   7   8   9  10  11  12  13  14  15  16  17  18  19  20  21  22  23
    "adult": [2, 1, .5, .3, .3, .6, 2, 5, 8, 10, 10, 9, 8, 7, 9, 10, 10, 10, 10, 11, 11, 9, 6, 3],
    "elderly": [.3, .1, .1, .1, .3, 2, 6, 9, 11, 11, 10, 8, 6, 5, 7, 9, 10, 9, 8, 8, 6, 3, 1, .5],
    "young": [5, 3, 1.5, .6, .3, .3, 1, 3, 5, 7, 8, 8, 9, 8, 8, 9, 9, 10, 11, 12, 13, 13, 12, 9],
    "office": [.1, .1, .1, .1, .1, .2, .5, 2, 8, 12, 12, 10, 5, 7, 11, 12, 11, 9, 4, 2, 1, .5, .3, .1],
    "den": [.2, .1, .1, .1, .1, .1, .3, 1, 6, 12, 13, 12, 6, 8, 12, 13, 12, 10, 7, 6, 5, 3, 1, .5],
    "blast": [.1, .1, .1, .1, .1, .2, .5, 3, 9, 11, 11, 10, 9, 9, 10, 10, 10, 9, 8, 8, 7, 5, 2, .5],
    "night": [8, 9, 8, 6, 4, 2, 1, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 8, 8, 8],
    "flat": [4] * 24,
    "evening": [1, .5, .2, .1, .1, .2, .5, 1, 2, 3, 3, 3, 4, 3, 3, 3, 4, 6, 9, 12, 13, 12, 8, 3],
    "worker": [1, .5, .3, .3, .5, 2, 5, 7, 6, 6, 7, 7, 9, 7, 6, 6, 7, 9, 10, 10, 9, 7, 4, 2],
    "morning": [.1, .1, .1, .1, .2, .5, 2, 6, 12, 14, 12, 9, 6, 5, 5, 4, 3, 2, 1, .5, .3, .2, .1, .1],
}
PROFILES = list(_P)
_CDF = np.cumsum(np.array([_P[k] for k in PROFILES], dtype=np.float64), axis=1)
_CDF /= _CDF[:, -1:]


def prof(name: str) -> int:
    return PROFILES.index(name)


def hours(rng: np.random.Generator, n: int, profile) -> np.ndarray:
    """Hour of day for n events; profile is one profile name/index or an array of indices."""
    if isinstance(profile, str):
        profile = prof(profile)
    u = rng.random(n)
    if np.isscalar(profile):
        return np.searchsorted(_CDF[profile], u, side="right").clip(0, 23)
    p = np.asarray(profile)
    out = np.empty(n, np.int64)
    for k in np.unique(p):
        m = p == k
        out[m] = np.searchsorted(_CDF[k], u[m], side="right").clip(0, 23)
    return out


def times(rng: np.random.Generator, days: np.ndarray, profile) -> np.ndarray:
    """Epoch seconds on the given day indices with the profile's hours."""
    days = np.asarray(days, dtype=np.int64)
    h = hours(rng, len(days), profile)
    return START + days * DAY + h * HOUR + rng.integers(0, HOUR, len(days))


def within(rng: np.random.Generator, t0: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """t0 plus a uniform delay in [lo, hi) seconds."""
    return np.asarray(t0, np.int64) + rng.uniform(lo, hi, len(t0)).astype(np.int64)


def lognormal_delay(rng, n, median_s: float, sigma: float = 0.8) -> np.ndarray:
    return (median_s * np.exp(sigma * rng.standard_normal(n))).astype(np.int64)
