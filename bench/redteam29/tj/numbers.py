"""The fictional operator's numbering plan and every identifier: numbers, IMSIs, IMEIs (Luhn), keys.

Operator: Haihe Telecom (海河通信), PLMN 460-37 (MNC 37 belongs to no Chinese operator). Own mobile
segments 142-2/3/6/7 (86 1422 xxx xxxx), own Tianjin fixed lines 8622 58xx xxxx, VoIP lines 8622 59xx
xxxx, IoT numbers 1064 8xxx xxxxx (13 digits). Other operators' numbers (off-net) use their usual
segments. Short service numbers (95xxx banks, 106xx A2P senders) are recorded as dialled.
"""

from __future__ import annotations

import hashlib

import numpy as np

OPERATOR = "Haihe Telecom"
MCC_MNC = 46037
OWN_MOBILE = (861422, 861423, 861426, 861427)  # + 7 digits
OWN_FIXED = 862258  # + 6 digits
OWN_VOIP = 862259  # + 6 digits
OWN_IOT = 8610648  # + 8 digits
OFFNET_MOBILE = (86138, 86139, 86150, 86158, 86186, 86189, 86133, 86177, 86199, 86131, 86155, 86181)
OFFNET_FIXED_TJ = (862223, 862224, 862226, 862227, 862228)  # + 6 digits

#: foreign mobile number shapes: country code prefix (with leading national digits) and digits to add
FOREIGN = {
    "KH": (85512, 7), "MM": (959, 8), "PH": (63917, 7), "MY": (6012, 7), "TH": (668, 8), "VN": (849, 8),
    "JP": (8190, 8), "KR": (8210, 8), "RU": (7916, 7), "DE": (49151, 8), "US": (1646, 7),
    "AE": (97150, 7), "AU": (614, 8), "GB": (447, 9), "CA": (1416, 7), "SG": (658, 7), "LA": (85620, 8),
}

#: handset type allocation codes (invented; 8 digits) by kind of device
TACS = {
    "smart": (86738104, 86911203, 35487611, 86052907, 86412805, 35299210, 86630102, 86207719),
    "feature": (86513302, 86513318),  # cheap two-slot feature phones
    "goip": (86099501, 86099517),  # multi-slot GSM/LTE gateways
    "modem": (86710033,),  # USB/SMS modem pools
    "watch": (86870405,),
    "iot": (86355120, 86355137, 86355144),
    "pos": (86602213,),
}


def luhn(body: np.ndarray) -> np.ndarray:
    """Luhn check digits of 14-digit IMEI bodies (int64)."""
    b = np.asarray(body, np.int64).copy()
    total = np.zeros(b.shape, np.int64)
    for pos in range(14):  # pos 0 is the rightmost body digit: doubled
        d = b % 10
        b //= 10
        if pos % 2 == 0:
            d = d * 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


class Numbers:
    """Allocates unique numbers and identifiers for the whole run."""

    def __init__(self, rng: np.random.Generator, seed: int) -> None:
        self.rng = rng
        self.seed = seed
        self.used: set[int] = set()
        self.serial = 0
        self.imsi_used: set[int] = set()
        self.key_n = 0

    def _unique(self, prefix: int, digits: int, n: int) -> np.ndarray:
        out: list[int] = []
        base = prefix * 10**digits
        while len(out) < n:
            cand = base + self.rng.integers(0, 10**digits, size=(n - len(out)) * 2 + 8)
            for c in np.unique(cand).tolist():
                if c not in self.used:
                    self.used.add(c)
                    out.append(c)
            out = out[:n]
        return self.rng.permutation(np.array(out, np.int64))

    def own_mobile(self, n: int) -> np.ndarray:
        seg = self.rng.integers(0, len(OWN_MOBILE), n)
        out = np.empty(n, np.int64)
        for i, p in enumerate(OWN_MOBILE):
            m = seg == i
            out[m] = self._unique(p, 7, int(m.sum()))
        return out

    def own_fixed(self, n: int) -> np.ndarray:
        return self._unique(OWN_FIXED, 6, n)

    def own_voip(self, n: int) -> np.ndarray:
        return self._unique(OWN_VOIP, 6, n)

    def own_iot(self, n: int) -> np.ndarray:
        return self._unique(OWN_IOT, 8, n)

    def offnet_mobile(self, n: int) -> np.ndarray:
        seg = self.rng.integers(0, len(OFFNET_MOBILE), n)
        out = np.empty(n, np.int64)
        for i, p in enumerate(OFFNET_MOBILE):
            m = seg == i
            out[m] = self._unique(p, 8, int(m.sum()))
        return out

    def offnet_fixed(self, n: int) -> np.ndarray:
        seg = self.rng.integers(0, len(OFFNET_FIXED_TJ), n)
        out = np.empty(n, np.int64)
        for i, p in enumerate(OFFNET_FIXED_TJ):
            m = seg == i
            out[m] = self._unique(p, 6, int(m.sum()))
        return out

    def foreign(self, country: str, n: int) -> np.ndarray:
        p, d = FOREIGN[country]
        return self._unique(p, d, n)

    def imsi(self, n: int) -> np.ndarray:
        out: list[int] = []
        while len(out) < n:
            cand = MCC_MNC * 10**10 + self.rng.integers(0, 10**10, size=(n - len(out)) * 2 + 8)
            for c in np.unique(cand).tolist():
                if c not in self.imsi_used:
                    self.imsi_used.add(c)
                    out.append(c)
            out = out[:n]
        return self.rng.permutation(np.array(out, np.int64))

    def imei(self, n: int, kind: str = "smart") -> np.ndarray:
        tacs = np.array(TACS[kind], np.int64)
        tac = tacs[self.rng.integers(0, len(tacs), n)]
        serial = (self.serial + np.arange(n, dtype=np.int64)) * 7919 % 1000000
        self.serial += n
        body = tac * 10**6 + serial
        return body * 10 + luhn(body)

    def keys(self, prefix: str, n: int) -> list[str]:
        """Pseudonymous keys (hashed documents, accounts): prefix + 16 hex digits."""
        out = []
        for i in range(self.key_n, self.key_n + n):
            h = hashlib.blake2b(f"{self.seed}:{i}".encode(), digest_size=8).hexdigest()
            out.append(prefix + h)
        self.key_n += n
        return out
