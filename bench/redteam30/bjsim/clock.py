"""The fortnight: 2026-03-16 (Mon) to 2026-03-29 (Sun), Beijing time (+08:00); times are epoch seconds."""

import numpy as np

T0 = 1773590400  # 2026-03-16T00:00:00+08:00
DAY = 86400
OFFSET = 8 * 3600


def day_start(d: int) -> int:
    return T0 + d * DAY


def weekday(d: int) -> int:
    """0 = Monday."""
    return d % 7


def is_weekend(d: int) -> bool:
    return weekday(d) >= 5


def hours_profile(*peaks: tuple[float, float, float], floor: float = 0.02) -> np.ndarray:
    """24 hourly weights from (centre hour, width, height) bumps."""
    h = np.arange(24) + 0.5
    w = np.full(24, floor)
    for c, s, a in peaks:
        w += a * np.exp(-0.5 * ((h - c) / s) ** 2)
    return w / w.sum()


def sample_times(rng: np.random.Generator, day: int, n: int, profile: np.ndarray) -> np.ndarray:
    """n times on one day following an hourly profile."""
    hours = rng.choice(24, size=n, p=profile)
    return day_start(day) + hours * 3600 + rng.integers(0, 3600, n)


def sample_times_rows(rng: np.random.Generator, days: np.ndarray, cdfs: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """One time per row: day ``days[i]`` and the hourly CDF ``cdfs[rows[i]]`` (vectorised inverse CDF)."""
    u = rng.random(len(rows))
    c = cdfs[rows]
    hours = (u[:, None] > c).sum(axis=1)
    hours = np.minimum(hours, 23)
    return T0 + days * DAY + hours * 3600 + rng.integers(0, 3600, len(rows))


DAYTIME = hours_profile((10.5, 1.5, 1.0), (15.0, 1.8, 1.0), floor=0.002)
OFFICE = hours_profile((9.0, 1.2, 0.5), (12.5, 1.0, 0.6), (17.5, 1.5, 0.8), (20.5, 1.5, 0.9))
EVENING = hours_profile((12.0, 1.0, 0.4), (19.5, 2.0, 1.0), floor=0.01)
OLD = hours_profile((8.5, 1.5, 1.0), (15.5, 2.0, 0.8), (19.0, 1.0, 0.5), floor=0.005)
STUDENT = hours_profile((12.0, 1.0, 0.6), (17.0, 1.5, 0.6), (22.0, 1.5, 1.0), floor=0.02)
NIGHT = hours_profile((1.0, 2.0, 1.0), (23.0, 1.5, 0.8), floor=0.02)
FLAT = hours_profile(floor=1.0)
