"""Diurnal and weekly rhythm (local time, UTC+8) and time sampling."""

from __future__ import annotations

import numpy as np

#: relative call volume per local hour, weekdays (night is quiet)
WEEKDAY = np.array([0.5, 0.25, 0.15, 0.1, 0.12, 0.3, 0.9, 2.2, 4.2, 5.8, 6.3, 6.0, 4.8, 4.3, 5.4, 6.0,
                    6.1, 6.0, 5.6, 5.2, 5.0, 4.3, 2.8, 1.4])
#: weekends start later and stay flatter
WEEKEND = np.array([0.7, 0.4, 0.2, 0.12, 0.12, 0.2, 0.5, 1.3, 2.8, 4.4, 5.2, 5.4, 5.0, 4.8, 5.0, 5.2,
                    5.2, 5.3, 5.5, 5.4, 5.3, 4.6, 3.2, 1.7])
#: working hours (couriers, sales, call centres)
BUSINESS = np.array([0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.1, 0.8, 4.0, 7.0, 7.5, 7.0, 3.5, 4.5, 7.0,
                     7.5, 7.2, 6.5, 3.0, 1.0, 0.4, 0.2, 0.1, 0.05])
#: data sessions: flatter, into the late evening
DATA = np.array([1.5, 0.8, 0.5, 0.3, 0.3, 0.4, 1.2, 2.8, 3.5, 3.8, 4.0, 4.4, 5.0, 4.6, 4.2, 4.2, 4.4,
                 4.6, 5.0, 5.6, 6.2, 6.5, 5.5, 3.2])
FLAT = np.ones(24)


def curve(day_of_week: int, business: bool = False) -> np.ndarray:
    """Normalised hourly probabilities for ``day_of_week`` (0 = Monday)."""
    c = BUSINESS if business else (WEEKEND if day_of_week >= 5 else WEEKDAY)
    return c / c.sum()


def shifted(c: np.ndarray, hours: int) -> np.ndarray:
    """``c`` moved later by ``hours`` (e.g. a call centre working on another time zone)."""
    r = np.roll(c, hours)
    return r / r.sum()


def seconds_in_day(rng: np.random.Generator, n: int, probs: np.ndarray) -> np.ndarray:
    """``n`` local second-of-day offsets drawn from hourly ``probs``."""
    hours = rng.choice(24, n, p=probs / probs.sum())
    return hours * 3600 + rng.integers(0, 3600, n)
