"""Numbers, IMSIs, IMEIs (with Luhn check digit), ID keys and account ids.

The fictional operator Yanjing Telecom (燕京通信) is PLMN 460-36 and holds the 196x and 1975/1976 ranges.
"""

from __future__ import annotations

import numpy as np

OPERATOR = "Yanjing Telecom"
PLMN = 46036
OWN_PREFIXES = np.array([1960, 1961, 1962, 1965, 1966, 1968, 1975, 1976], np.int64)
OFFNET_PREFIXES = np.array([1380, 1390, 1350, 1860, 1861, 1560, 1330, 1890, 1531, 1770, 1880, 1521, 1851, 1370,
                            1391, 1581, 1861, 1301, 1590, 1367], np.int64)
# handset type allocation codes: smartphones, elder feature phones, and cellular modules used by IoT and SIM boxes
TACS = {
    "huawei_mate60": 86870706, "huawei_nova12": 86921206, "xiaomi_14": 86451007, "redmi_note13": 86302606,
    "iphone15": 35390611, "iphone13": 35328711, "oppo_reno11": 86810406, "vivo_x100": 86640807,
    "honor_90": 86976605, "elder_phone": 86587303, "module_m26": 86283104, "module_ec20": 86173503,
    "goip_8": 86257703, "goip_32": 86257704, "tablet": 35875611,
}


def luhn(body: np.ndarray) -> np.ndarray:
    """Luhn check digit of 14-digit bodies."""
    digits = np.stack([(body // 10 ** (13 - i)) % 10 for i in range(14)], axis=1)
    dbl = digits[:, 1::2] * 2
    dbl = dbl // 10 + dbl % 10
    s = digits[:, 0::2].sum(axis=1) + dbl.sum(axis=1)
    return (10 - s % 10) % 10


def imeis(rng: np.random.Generator, tacs: np.ndarray) -> np.ndarray:
    serial = rng.integers(0, 1_000_000, len(tacs))
    body = tacs.astype(np.int64) * 1_000_000 + serial
    return body * 10 + luhn(body)


def second_imei(imei: np.ndarray) -> np.ndarray:
    """The other slot's IMEI of a dual-SIM handset (next serial)."""
    body = imei // 10 + 1
    return body * 10 + luhn(body)


class Numbers:
    """Unique number allocation for every number in the data set."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.used: set[int] = set()
        self.imsi_next = 0

    def _unique(self, cand: np.ndarray) -> np.ndarray:
        out = []
        for x in cand.tolist():
            if x not in self.used:
                self.used.add(x)
                out.append(x)
        return np.array(out, np.int64)

    def _draw(self, n: int, prefixes: np.ndarray, width: int) -> np.ndarray:
        got = np.zeros(0, np.int64)
        while len(got) < n:
            m = int((n - len(got)) * 1.1) + 8
            p = prefixes[self.rng.integers(0, len(prefixes), m)]
            c = 86 * 10 ** (width + 4) + p * 10 ** width + self.rng.integers(0, 10 ** width, m)
            got = np.concatenate([got, self._unique(c)])
        return got[:n]

    def own(self, n: int) -> np.ndarray:
        return self._draw(n, OWN_PREFIXES, 7)

    def offnet(self, n: int) -> np.ndarray:
        return self._draw(n, OFFNET_PREFIXES, 7)

    def fixed(self, n: int, first: tuple[int, ...] = (5, 6, 8)) -> np.ndarray:
        """Beijing fixed lines 8610 + 8 digits."""
        got = np.zeros(0, np.int64)
        while len(got) < n:
            m = n - len(got) + 8
            f = np.array(first)[self.rng.integers(0, len(first), m)]
            c = 8610 * 10 ** 8 + f * 10 ** 7 + self.rng.integers(0, 10 ** 7, m)
            got = np.concatenate([got, self._unique(c)])
        return got[:n]

    def foreign(self, n: int, cc: int, width: int = 9) -> np.ndarray:
        c = cc * 10 ** width + self.rng.integers(10 ** (width - 1), 10 ** width, n)
        return self._unique(c)[:n]

    def imsi(self, n: int) -> np.ndarray:
        base = PLMN * 10 ** 10 + 3_000_000_000
        out = base + self.imsi_next + np.arange(n, dtype=np.int64) * 7 + self.rng.integers(0, 7, n)
        self.imsi_next += n * 7
        return out


def hexkeys(rng: np.random.Generator, n: int, prefix: str, width: int = 16) -> list[str]:
    """Pseudonymous keys (hashed documents, account ids)."""
    vals = rng.integers(0, 2 ** 62, n)
    return [f"{prefix}{v:016x}"[: len(prefix) + width] for v in vals.tolist()]
