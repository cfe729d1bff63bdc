"""Seeded random streams: one independent child stream per (purpose, day, scheme).

Streams are derived from the seed and string keys only, so a day's output does
not depend on what other days or schemes drew: output is deterministic and days
are independent.
"""

from __future__ import annotations

import zlib

import numpy as np


def stream(seed: int, *keys: str | int) -> np.random.Generator:
    """A generator for ``seed`` and the purpose ``keys`` (e.g. ``"voice", 3``)."""
    words = [seed & 0xFFFFFFFF, (seed >> 32) & 0xFFFFFFFF]
    words += [zlib.crc32(str(k).encode()) for k in keys]
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(words)))


def lognormal_median(rng: np.random.Generator, median: float | np.ndarray, sigma: float | np.ndarray,
                     size: int | None = None) -> np.ndarray:
    """Log-normal draws parameterised by their median."""
    return rng.lognormal(np.log(median), sigma, size)


def uniform_between(rng: np.random.Generator, pair: list[float] | tuple[float, float],
                    size: int | None = None) -> np.ndarray:
    """Uniform floats in ``[low, high]``."""
    return rng.uniform(pair[0], pair[1], size)


def int_between(rng: np.random.Generator, pair: list[int] | tuple[int, int], size: int | None = None) -> np.ndarray:
    """Uniform integers in ``[low, high]`` (inclusive)."""
    return rng.integers(pair[0], pair[1] + 1, size)


def choice_weights(rng: np.random.Generator, weights: dict[str, float], size: int) -> np.ndarray:
    """Indices into ``list(weights)`` drawn with the given (unnormalised) weights."""
    p = np.array(list(weights.values()), dtype=float)
    return rng.choice(len(p), size=size, p=p / p.sum())


def scaled_count(rate: float, per: float, n_subscribers: int, minimum: int = 0) -> int:
    """``rate`` per ``per`` subscribers, at least ``minimum`` (0 when ``rate`` is 0)."""
    if rate <= 0:
        return 0
    return max(minimum, int(round(rate * n_subscribers / per)))
