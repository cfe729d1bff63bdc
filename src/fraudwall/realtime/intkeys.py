"""Integer keys for the columnar window stores: numbers and IMEIs as int64, looked up with NumPy.

A batch's numbers, peers and IMEIs are turned into int64 keys column-wise (:class:`Keys`) and
looked up in an open-addressing hash table held in two arrays (:class:`IntMap`), so no Python
dict is touched per event: a dict lookup of a fresh string costs ~0.5 µs (hashing, then cache
misses on the table, the entry and the stored string), a vectorised probe a few ns.

Key of a digit string of length L (1 to 18): its value plus 10 + 100 + ... + 10^(L-1), so that
"0123" and "123" differ and the mapping is one-to-one (all keys below 1.2e18).  Other strings
(empty, longer, anything but ASCII digits; rare for E.164 numbers and IMEIs) get negative keys
from a dict, pruned to the keys still in use when the store compacts.
"""

from __future__ import annotations

import numpy as np

MAX_DIGITS = 18
_POW = 10 ** np.arange(MAX_DIGITS + 1, dtype=np.int64)
_OFF = np.concatenate([[0, 0], np.cumsum(_POW[1:MAX_DIGITS])])  # _OFF[L] = 10 + ... + 10^(L-1)
_OFF_PY = [int(x) for x in _OFF]
EMPTY = np.iinfo(np.int64).min
_MULT = np.uint64(0x9E3779B97F4A7C15)
_M64 = (1 << 64) - 1


def digit_lengths(strs: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """(bytes minus ``b"0"`` of ``strs`` each followed by a comma, lengths) when they are all ASCII and
    without commas (else None): digits are the bytes <= 9, a comma is 252."""
    joined = ",".join(strs) + ","
    if not joined.isascii():
        return None
    raw = np.frombuffer(joined.encode(), np.uint8)
    b = raw - np.uint8(48)
    sep = np.flatnonzero(raw == 44)
    if len(sep) != len(strs):
        return None
    return b, np.diff(sep, prepend=-1) - 1


class Keys:
    """String <-> int64 key, digit strings by value, others through a dict (negative keys)."""

    def __init__(self) -> None:
        self.odd: dict[str, int] = {}
        self.odd_names: dict[int, str] = {}
        self._next = -1

    def of(self, strs: list[str]) -> np.ndarray:
        """Keys of ``strs`` (new odd strings get a key)."""
        n = len(strs)
        if not n:
            return np.zeros(0, np.int64)
        got = digit_lengths(strs)
        if got is not None:
            b, lens = got
            lo, hi = int(lens.min()), int(lens.max())
            # ASCII digits only: the n separators are the only bytes above 9
            if lo >= 1 and hi <= MAX_DIGITS and np.count_nonzero(b > 9) == n:
                if lo == hi:
                    d = b.reshape(n, lo + 1)
                    v = d[:, 0].astype(np.int64)
                    for j in range(1, lo):
                        v = v * 10 + d[:, j]
                    return v + _OFF[lo]
                starts = np.cumsum(lens + 1) - lens - 1
                ends = np.repeat(starts + lens, lens + 1)
                w = _POW[np.maximum(ends - np.arange(len(b)) - 1, 0)]
                w[starts + lens] = 0  # the separators
                return np.add.reduceat(b * w, starts) + _OFF[lens]
        return np.fromiter(map(self.one, strs), np.int64, n)

    def one(self, s: str, add: bool = True) -> int:
        """Key of one string (None-like 0-length odd strings included); ``add=False``: EMPTY if unknown."""
        if 1 <= len(s) <= MAX_DIGITS and s.isascii() and s.isdigit():
            return int(s) + _OFF_PY[len(s)]
        k = self.odd.get(s)
        if k is None:
            if not add:
                return int(EMPTY)
            k = self.odd[s] = self._next
            self.odd_names[k] = s
            self._next -= 1
        return k

    def name(self, k: int) -> str:
        if k < 0:
            return self.odd_names[k]
        n = 1
        while n < MAX_DIGITS and k >= _OFF_PY[n + 1]:
            n += 1
        return str(k - _OFF_PY[n]).zfill(n)

    def names(self, ks: np.ndarray) -> list[str]:
        return [self.name(k) for k in ks.tolist()]

    def prune(self, live: np.ndarray) -> None:
        """Forget odd strings whose keys are not in ``live``."""
        if not self.odd:
            return
        keep = set(live[live < 0].tolist())
        self.odd = {s: k for s, k in self.odd.items() if k in keep}
        self.odd_names = {k: s for s, k in self.odd.items()}


class IntMap:
    """int64 key -> int64 value (>= 0), open addressing with linear probing in two arrays.

    Deleted keys keep their cell with value -1 (a later :meth:`put` of the key reuses it); the table
    is rebuilt without them when it fills up.
    """

    def __init__(self, cap: int = 1024) -> None:
        self._alloc(cap)
        self.live = 0

    def _alloc(self, cap: int) -> None:
        self.keys = np.full(cap, EMPTY, np.int64)
        self.vals = np.full(cap, -1, np.int64)
        self.mask = cap - 1
        self.shift = np.uint64(64 - (cap.bit_length() - 1))
        self.used = 0

    def _home(self, q: np.ndarray) -> np.ndarray:
        return ((q.view(np.uint64) * _MULT) >> self.shift).astype(np.int64)

    def cells(self, q: np.ndarray) -> np.ndarray:
        """Cell of each key, -1 when absent (deleted keys included, with value -1)."""
        n = len(q)
        out = np.full(n, -1, np.int64)
        pos = self._home(q)
        act = np.arange(n)
        qa = q
        keys, mask = self.keys, self.mask
        while len(act):
            k = keys[pos]
            hit = k == qa
            out[act[hit]] = pos[hit]
            go = ~hit & (k != EMPTY)
            act, qa, pos = act[go], qa[go], (pos[go] + 1) & mask
        return out

    def get(self, q: np.ndarray) -> np.ndarray:
        """Value of each key, -1 when absent."""
        c = self.cells(q)
        return np.where(c >= 0, self.vals[np.maximum(c, 0)], -1)

    def put(self, q: np.ndarray, v: np.ndarray) -> None:
        """Set distinct keys ``q`` to values ``v``."""
        c = self.cells(q)
        old = c >= 0
        if old.any():
            self.live += int((self.vals[c[old]] < 0).sum())
            self.vals[c[old]] = v[old]
        q, v = q[~old], v[~old]
        if not len(q):
            return
        if 2 * (self.used + len(q)) > len(self.keys):
            live = self.vals >= 0
            lk, lv = self.keys[live], self.vals[live]
            cap = len(self.keys)
            while 2 * (len(lk) + len(q)) > cap // 2:
                cap *= 2
            cap = max(cap, 1024)
            self._alloc(cap)
            self._insert(lk, lv)
        self._insert(q, v)
        self.live += len(q)

    def _insert(self, q: np.ndarray, v: np.ndarray) -> None:
        keys, vals, mask = self.keys, self.vals, self.mask
        pos = self._home(q)
        act = np.arange(len(q))
        while len(act):
            free = np.flatnonzero(keys[pos] == EMPTY)
            _, first = np.unique(pos[free], return_index=True)
            win = free[first]
            keys[pos[win]] = q[act[win]]
            vals[pos[win]] = v[act[win]]
            lose = np.ones(len(act), bool)
            lose[win] = False
            act, pos = act[lose], (pos[lose] + 1) & mask
        self.used += len(q)

    def delete(self, q: np.ndarray) -> None:
        c = self.cells(q)
        c = c[c >= 0]
        c = c[self.vals[c] >= 0]
        self.vals[c] = -1
        self.live -= len(c)

    def get1(self, k: int) -> int:
        """Value of one key (-1 when absent), with scalar probes (the per-event path)."""
        pos = ((k & _M64) * 0x9E3779B97F4A7C15 & _M64) >> int(self.shift)
        keys = self.keys
        while True:
            x = int(keys[pos])
            if x == k:
                return int(self.vals[pos])
            if x == EMPTY:
                return -1
            pos = (pos + 1) & self.mask

    def rebuild(self, q: np.ndarray, v: np.ndarray) -> None:
        """Only these (distinct) keys and values."""
        cap = 1024
        while 4 * len(q) > cap:
            cap *= 2
        self._alloc(cap)
        self._insert(q, v)
        self.live = len(q)
