"""Daily rhythms: hour-of-day profiles and the calendar of the window (weekends, Xiaonian, paydays)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from tj.core import DAY, START_DATE

_P = {
    # hour weights 0..23
    "office": [1, 0, 0, 0, 0, 1, 3, 8, 12, 14, 14, 12, 10, 12, 13, 13, 12, 12, 14, 14, 12, 9, 5, 2],
    "student": [4, 2, 1, 0, 0, 0, 1, 3, 6, 8, 9, 10, 10, 9, 9, 9, 9, 10, 11, 12, 13, 13, 11, 8],
    "shift": [3, 2, 2, 2, 2, 3, 6, 9, 10, 10, 9, 9, 9, 9, 9, 9, 9, 10, 11, 11, 10, 8, 6, 4],
    "elderly": [0, 0, 0, 0, 1, 3, 9, 13, 14, 13, 12, 10, 8, 8, 10, 11, 11, 10, 10, 9, 7, 3, 1, 0],
    "village": [0, 0, 0, 0, 1, 4, 10, 12, 11, 10, 10, 11, 12, 9, 9, 10, 11, 13, 13, 11, 8, 4, 1, 0],
    "business": [0, 0, 0, 0, 0, 1, 2, 6, 14, 16, 16, 13, 8, 12, 15, 15, 14, 11, 7, 4, 2, 1, 0, 0],
    "evening": [2, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 6, 6, 6, 7, 9, 12, 15, 16, 15, 10, 5],
    "night": [10, 10, 9, 8, 7, 5, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10],
    "flat": [1] * 24,
    "meals": [1, 0, 0, 0, 0, 1, 3, 6, 5, 4, 6, 14, 16, 8, 4, 4, 6, 12, 16, 14, 9, 5, 3, 2],
}
PROFILES = {k: np.array(v, float) / sum(v) for k, v in _P.items()}
_CDF = {k: np.cumsum(v) for k, v in PROFILES.items()}


def hours(rng: np.random.Generator, profile: str, n: int) -> np.ndarray:
    cdf = _CDF[profile]
    return np.minimum(np.searchsorted(cdf, rng.random(n) * cdf[-1], side="right"), 23)


def times(rng: np.random.Generator, day0: np.ndarray, profile: str) -> np.ndarray:
    """Seconds: the given day starts (local seconds) plus an hour from the profile and random minutes."""
    d = np.asarray(day0, np.int64)
    return d + hours(rng, profile, d.size) * 3600 + rng.integers(0, 3600, d.size)


def times_by_group(rng: np.random.Generator, day0: np.ndarray, group: np.ndarray, names: list[str]) -> np.ndarray:
    """Like ``times`` with a profile per row: ``names[group[i]]``."""
    out = np.empty(len(day0), np.int64)
    for g in np.unique(group):
        m = group == g
        out[m] = times(rng, day0[m], names[g])
    return out


def weekday(ctx, day_idx) -> np.ndarray:
    """0 = Monday for day indices of the window."""
    return (np.asarray(day_idx) + START_DATE.weekday()) % 7


def date_of(ctx, day_idx: int) -> dt.date:
    return START_DATE + dt.timedelta(days=int(day_idx))


def day_index_of(ctx, date: dt.date) -> int:
    return (date - START_DATE).days


def day_start(ctx, day_idx) -> np.ndarray:
    return ctx.t0 + np.asarray(day_idx, np.int64) * DAY


XIAONIAN = dt.date(2036, 1, 20)  # the northern Little New Year (腊月廿三)
SPRING_FESTIVAL = dt.date(2036, 1, 28)
