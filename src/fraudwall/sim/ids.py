"""Identifiers that look like real ones: phone numbers, IMSIs, IMEIs, hashed keys.

Fraud and benign entities draw from the same generators, so no identifier
format or prefix gives fraud away.
"""

from __future__ import annotations

import numpy as np

OPERATORS = ("CMCC", "CUCC", "CTCC")
MOBILE_PREFIXES: dict[str, tuple[int, ...]] = {
    "CMCC": (134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 172, 178, 182, 183,
             184, 187, 188, 195, 197, 198),
    "CUCC": (130, 131, 132, 145, 155, 156, 166, 175, 176, 185, 186, 196),
    "CTCC": (133, 149, 153, 173, 177, 180, 181, 189, 190, 191, 193, 199),
}
#: MNC codes of each operator (IMSI = 460 + MNC + 10 digits)
MNC: dict[str, tuple[int, ...]] = {"CMCC": (0, 2, 7), "CUCC": (1, 6), "CTCC": (3, 11)}
#: Guizhou area codes by region index (see geo.REGIONS)
AREA_CODES = (851, 852, 858, 853, 857, 856, 855, 854, 859)

#: foreign calling codes used for foreign numbers
COUNTRY_CODES: dict[str, int] = {
    "KH": 855, "MM": 95, "PH": 63, "LA": 856, "MY": 60, "TH": 66, "AE": 971, "VN": 84,
    "JP": 81, "KR": 82, "SG": 65, "US": 1, "GB": 44, "FR": 33, "DE": 49, "AU": 61, "HK": 852,
}

_HEX = np.array([f"{i:02x}".encode() for i in range(256)], dtype="S2")


def hex_keys(rng: np.random.Generator, n: int, prefix: str, nbytes: int = 8) -> np.ndarray:
    """``n`` unique pseudonymous keys like ``id_3f9a0c...`` (hex of random bytes)."""
    out = np.empty(0, dtype=np.uint64)
    while out.size < n:
        draw = rng.integers(0, 2**63, n - out.size, dtype=np.int64).astype(np.uint64)
        out = np.concatenate([out, draw])
        _, first = np.unique(out, return_index=True)
        out = out[np.sort(first)]
    b = out.astype(">u8").view(np.uint8).reshape(-1, 8)[:, :nbytes]
    h = np.ascontiguousarray(_HEX[b]).view(f"S{2 * nbytes}").ravel()
    return np.char.add(prefix, h.astype(f"U{2 * nbytes}"))


class NumberAllocator:
    """Hands out unique phone numbers (int64, E.164 digits) from one random pool."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.used = np.empty(0, dtype=np.int64)  # sorted, merged in bulk
        self.recent: set[int] = set()  # small allocations since the last merge

    def _taken(self, cand: np.ndarray) -> np.ndarray:
        pos = np.minimum(np.searchsorted(self.used, cand), max(0, self.used.size - 1))
        hit = (self.used[pos] == cand) if self.used.size else np.zeros(cand.size, bool)
        if self.recent:
            hit |= np.fromiter((c in self.recent for c in cand.tolist()), bool, cand.size)
        return hit

    def _unique(self, draw_fn, n: int) -> np.ndarray:
        out = np.empty(0, dtype=np.int64)
        while out.size < n:
            cand = np.concatenate([out, draw_fn(n - out.size)])
            _, first = np.unique(cand, return_index=True)
            cand = cand[np.sort(first)]
            out = cand[~self._taken(cand)]
        if out.size > 20_000:
            self.used = np.union1d(self.used, out)
        else:
            self.recent.update(out.tolist())
            if len(self.recent) > 200_000:
                self.used = np.union1d(self.used, np.fromiter(self.recent, np.int64, len(self.recent)))
                self.recent.clear()
        return out

    def mobile(self, operators: np.ndarray) -> np.ndarray:
        """One mobile number per entry of ``operators`` (indices into OPERATORS)."""
        operators = np.asarray(operators)
        result = np.empty(operators.size, dtype=np.int64)
        for k, op in enumerate(OPERATORS):
            idx = np.flatnonzero(operators == k)
            if idx.size == 0:
                continue
            prefixes = np.array(MOBILE_PREFIXES[op], dtype=np.int64)

            def draw(m: int, prefixes: np.ndarray = prefixes) -> np.ndarray:
                p = self.rng.choice(prefixes, m)
                return 86 * 10**11 + p * 10**8 + self.rng.integers(0, 10**8, m)

            result[idx] = self._unique(draw, idx.size)
        return result

    def fixed(self, regions: np.ndarray) -> np.ndarray:
        """One fixed-line number per entry of ``regions`` (Guiyang 8 digits, others 7)."""
        regions = np.asarray(regions)
        # draw region by region so each number keeps its region
        out = np.empty(regions.size, dtype=np.int64)
        for r in np.unique(regions):
            idx = np.flatnonzero(regions == r)
            a = AREA_CODES[r]
            d = 8 if a == 851 else 7

            def draw_r(m: int, a: int = a, d: int = d) -> np.ndarray:
                local = self.rng.integers(2, 9, m) * 10 ** (d - 1) + self.rng.integers(0, 10 ** (d - 1), m)
                return 86 * 10 ** (3 + d) + a * 10**d + local

            out[idx] = self._unique(draw_r, idx.size)
        return out

    def foreign(self, countries: list[str], n: int) -> np.ndarray:
        """``n`` foreign mobile numbers in the given countries."""
        codes = np.array([COUNTRY_CODES[c] for c in countries], dtype=np.int64)

        def draw(m: int) -> np.ndarray:
            cc = self.rng.choice(codes, m)
            return cc * 10**9 + self.rng.integers(10**8, 10**9, m)

        return self._unique(draw, n)

    def service(self, n: int) -> np.ndarray:
        """``n`` SMS service-code senders (``106...``, as seen in Chinese CDRs)."""

        def draw(m: int) -> np.ndarray:
            head = self.rng.choice(np.array([1065, 1066, 1069], dtype=np.int64), m)
            return head * 10**9 + self.rng.integers(0, 10**9, m)

        return self._unique(draw, n)


def imsis(rng: np.random.Generator, operators: np.ndarray) -> np.ndarray:
    """IMSIs (460 + MNC + 10 digits) matching each card's operator."""
    operators = np.asarray(operators)
    mnc = np.zeros(operators.size, dtype=np.int64)
    for k, op in enumerate(OPERATORS):
        idx = np.flatnonzero(operators == k)
        mnc[idx] = rng.choice(np.array(MNC[op], dtype=np.int64), idx.size)
    return 460 * 10**12 + mnc * 10**10 + rng.integers(0, 10**10, operators.size)


class DevicePool:
    """Type allocation codes (phone models) with popularity, and IMEI generation."""

    def __init__(self, rng: np.random.Generator, n_phone_models: int = 400, n_modules: int = 40) -> None:
        heads = rng.choice(np.array([35, 86, 86, 86, 35], dtype=np.int64), n_phone_models + n_modules)
        self.tacs = heads * 10**6 + rng.integers(0, 10**6, heads.size)
        pop = 1.0 / np.arange(1, n_phone_models + 1) ** 1.1
        self.phone_p = pop / pop.sum()
        self.n_phone = n_phone_models
        mpop = 1.0 / np.arange(1, n_modules + 1) ** 0.8
        self.module_p = mpop / mpop.sum()
        self.rng = rng

    def phones(self, n: int, rng: np.random.Generator | None = None) -> np.ndarray:
        """IMEIs of ordinary handsets (popular models more often)."""
        rng = rng or self.rng
        tac = self.tacs[rng.choice(self.n_phone, n, p=self.phone_p)]
        return _imei(tac, rng.integers(0, 10**6, n))

    def modules(self, n: int, rng: np.random.Generator | None = None) -> np.ndarray:
        """IMEIs of GSM/LTE modules and feature phones (IoT, GOIP, cheap handsets)."""
        rng = rng or self.rng
        tac = self.tacs[self.n_phone + rng.choice(self.tacs.size - self.n_phone, n, p=self.module_p)]
        return _imei(tac, rng.integers(0, 10**6, n))


def _imei(tac: np.ndarray, serial: np.ndarray) -> np.ndarray:
    body = tac.astype(np.int64) * 10**6 + serial.astype(np.int64)  # 14 digits
    digits = (body[:, None] // 10 ** np.arange(13, -1, -1, dtype=np.int64)) % 10
    doubled = digits[:, 1::2] * 2
    total = digits[:, 0::2].sum(1) + (doubled // 10 + doubled % 10).sum(1)
    check = (10 - total % 10) % 10
    return body * 10 + check
