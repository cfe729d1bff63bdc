"""Shared machinery: the clock, deterministic random streams and key mixing, and the record buffers.

Every random draw comes from a named stream (``Streams.get(name)``): a stream's draws depend only on the seed
and the name, so adding a gang or a look-alike kind does not shift everyday life. Keys (IDs, accounts,
domains) come from ``mix64``, a SplitMix64 finaliser, never from Python's ``hash()``.
"""

from __future__ import annotations

import zlib

import numpy as np

TZ = 8 * 3600  # China Standard Time, no daylight saving
DAY = 86400
HOUR = 3600
#: 2033-06-01T00:00:00+08:00 (the Dragon Boat Festival) as a Unix time
T0 = int(np.datetime64("2033-06-01T00:00:00", "s").astype(np.int64)) - TZ
NULL_T = np.iinfo(np.int64).min

_C1 = np.uint64(0x9E3779B97F4A7C15)
_C2 = np.uint64(0xBF58476D1CE4E5B9)
_C3 = np.uint64(0x94D049BB133111EB)


def mix64(x) -> np.ndarray:
    """SplitMix64 finaliser over an array (uint64 in, uint64 out): a fixed bijection with good avalanche."""
    z = np.asarray(x).astype(np.uint64) + _C1
    with np.errstate(over="ignore"):
        z = (z ^ (z >> np.uint64(30))) * _C2
        z = (z ^ (z >> np.uint64(27))) * _C3
    return z ^ (z >> np.uint64(31))


def tag(name: str) -> int:
    """A stable 32-bit number for a text label (CRC-32; no per-process salt)."""
    return zlib.crc32(name.encode("utf-8"))


def keys(name: str, seed: int, idx) -> np.ndarray:
    """Distinct uint64 keys for ``idx`` within the namespace ``name`` of one seed."""
    base = mix64(np.uint64(tag(name)) ^ (np.uint64(seed) << np.uint64(32)))
    with np.errstate(over="ignore"):
        return mix64(np.asarray(idx, dtype=np.uint64) * _C2 + base)


_HEX = np.array(list("0123456789abcdef"))
_B36 = np.array(list("0123456789abcdefghijklmnopqrstuvwxyz"))


def hexstr(k: np.ndarray, width: int = 16, prefix: str = "") -> np.ndarray:
    """Lower-case hex text of uint64 keys (the last ``width`` nibbles), vectorised; object array of str."""
    k = np.asarray(k, dtype=np.uint64)
    shifts = np.arange(width - 1, -1, -1, dtype=np.uint64) * np.uint64(4)
    nib = ((k[:, None] >> shifts[None, :]) & np.uint64(15)).astype(np.int64)
    chars = _HEX[nib]
    s = chars.view(f"<U{width}").ravel() if len(k) else np.array([], dtype=f"<U{width}")
    return np.char.add(prefix, s).astype(object) if prefix else s.astype(object)


def b36str(k: np.ndarray, width: int, prefix: str = "") -> np.ndarray:
    """Base-36 text of uint64 keys, ``width`` characters, vectorised; object array of str."""
    k = np.asarray(k, dtype=np.uint64).copy()
    out = np.empty((len(k), width), dtype="<U1")
    for j in range(width - 1, -1, -1):
        out[:, j] = _B36[(k % np.uint64(36)).astype(np.int64)]
        k //= np.uint64(36)
    s = out.view(f"<U{width}").ravel() if len(k) else np.array([], dtype=f"<U{width}")
    return np.char.add(prefix, s).astype(object) if prefix else s.astype(object)


def digits(k: np.ndarray, width: int) -> np.ndarray:
    """``width`` decimal digits of uint64 keys as int64 (leading digits may be zero)."""
    return (np.asarray(k, dtype=np.uint64) % np.uint64(10 ** width)).astype(np.int64)


def luhn(body: np.ndarray) -> np.ndarray:
    """Luhn check digit for 14-digit IMEI bodies (int64 array)."""
    b = np.asarray(body, dtype=np.int64)
    total = np.zeros(len(b), dtype=np.int64)
    x = b.copy()
    for pos in range(14):  # pos 0 is the rightmost digit of the body: doubled
        d = x % 10
        x //= 10
        if pos % 2 == 0:
            d = d * 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def imei_from(tac: np.ndarray, serial: np.ndarray) -> np.ndarray:
    """15-digit IMEIs (int64) from 8-digit TACs and 6-digit serials."""
    body = np.asarray(tac, dtype=np.int64) * 10 ** 6 + np.asarray(serial, dtype=np.int64) % 10 ** 6
    return body * 10 + luhn(body)


class Streams:
    """Named, independent random streams of one seed."""

    def __init__(self, seed: int):
        self.seed = int(seed)

    def get(self, name: str) -> np.random.Generator:
        return np.random.Generator(np.random.PCG64(np.random.SeedSequence([self.seed, tag(name)])))


def rint(rng: np.random.Generator, lo: int, hi: int, n=None):
    """Integers in [lo, hi) (just ``lo`` when the range is empty, as a short window makes some ranges)."""
    return rng.integers(lo, max(int(hi), int(lo) + 1), n)


def pick(rng: np.random.Generator, n: int, p) -> np.ndarray:
    """``n`` draws of indices with probabilities ``p`` (normalised here)."""
    p = np.asarray(p, dtype=float)
    c = np.cumsum(p / p.sum())
    c[-1] = 1.0
    return np.searchsorted(c, rng.random(n), side="right")


def pick_rows(rng: np.random.Generator, cdf: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """One category per element, each from its own row of a matrix of cumulative probabilities."""
    u = rng.random(len(rows))
    return (u[:, None] >= cdf[rows]).sum(axis=1)


def hour_cdf(weights) -> np.ndarray:
    """Cumulative distribution (24 values, last 1.0) from 24 hourly weights."""
    w = np.asarray(weights, dtype=float)
    c = np.cumsum(w / w.sum())
    c[-1] = 1.0
    return c


def times_in_hours(rng: np.random.Generator, day: np.ndarray, cdf_rows: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Unix times on local day indices ``day`` with hours from per-row hourly distributions."""
    hour = pick_rows(rng, cdf_rows, rows)
    return T0 + np.asarray(day, dtype=np.int64) * DAY + hour * HOUR + rng.integers(0, HOUR, len(hour))


def at(day, hour: float, rng: np.random.Generator | None = None, spread_s: int = 0, n: int | None = None) -> np.ndarray:
    """Unix times at local ``day`` and ``hour`` (fractional), optionally jittered by up to ``spread_s``."""
    d = np.asarray(day, dtype=np.int64)
    t = T0 + d * DAY + int(hour * HOUR)
    if rng is not None and spread_s:
        size = n if n is not None else (len(d) if d.ndim else None)
        t = t + rng.integers(0, spread_s, size)
    return t


def seg_counts_to_index(counts: np.ndarray) -> np.ndarray:
    """Repeat each index by its count: [2,0,1] -> [0,0,2]."""
    return np.repeat(np.arange(len(counts)), counts)


def rank_within(groups: np.ndarray) -> np.ndarray:
    """Position of each element within its run of equal values of a sorted ``groups`` array."""
    n = len(groups)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    start = np.r_[0, np.flatnonzero(np.diff(groups)) + 1]
    first = np.repeat(start, np.diff(np.r_[start, n]))
    return np.arange(n) - first


class Tables:
    """Buffers of record columns: each ``add`` appends one block of equal-length arrays (or scalars)."""

    def __init__(self):
        self.parts: dict[str, list[tuple[int, dict]]] = {}

    def add(self, table: str, **cols) -> None:
        n = None
        for v in cols.values():
            if isinstance(v, np.ndarray | list | tuple):
                n = len(v)
                break
        if n is None:
            n = 1
        if n == 0:
            return
        self.parts.setdefault(table, []).append((n, cols))

    def rows(self, table: str) -> int:
        return sum(n for n, _ in self.parts.get(table, []))
