"""Registries: phone numbers, IMSIs, IMEIs, ID keys, bank and platform accounts, and the rows of the
subscribers, bank_accounts and internet_accounts tables. Everything is an int64 handle until the writer
turns it into text."""

from __future__ import annotations

import numpy as np
from world import MCCMNC, OPERATOR, World

CC = 86 * 10**11  # 86 + 11-digit mobile number

#: our operator's mobile segments (5-digit prefixes followed by 6 digits): made up, outside the big three
OWN_SEGMENTS = np.array([17400, 17401, 17402, 17403, 17405, 19219], dtype=np.int64)
#: other operators' mobile segments seen on incoming calls and as contacts
EXT_SEGMENTS = np.array([134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188,
                         198, 130, 131, 132, 155, 156, 166, 185, 186, 175, 133, 153, 173, 177, 180, 181, 189,
                         199], dtype=np.int64)
EXT_W = np.array([6, 6, 5, 5, 6, 7, 1, 4, 3, 3, 2, 4, 4, 3, 3, 3, 4, 2, 4, 4, 3, 3, 3, 2, 4, 3, 1, 3, 3, 1, 2,
                  2, 2, 3, 2], dtype=np.float64)
EXT_W /= EXT_W.sum()

#: fixed-line area codes (without the trunk 0) and local number lengths
AREA_CODE = {"Shenyang": (24, 8), "Dalian": (411, 8), "Anshan": (412, 7), "Fushun": (413, 7), "Benxi": (414, 7),
             "Dandong": (415, 7), "Jinzhou": (416, 7), "Yingkou": (417, 7), "Fuxin": (418, 7),
             "Liaoyang": (419, 7), "Tieling": (410, 7), "Chaoyang": (421, 7), "Panjin": (427, 7),
             "Huludao": (429, 7)}

#: international numbering: country code, national prefix, digits after the prefix
INTL = {"KR": (82, 10, 8), "JP": (81, 90, 8), "RU": (7, 914, 7), "KP": (850, 191, 7), "KH": (855, 9, 8),
        "PH": (63, 917, 7), "MM": (95, 9, 9), "MY": (60, 11, 8), "TH": (66, 8, 8), "VN": (84, 9, 8),
        "AE": (971, 50, 7), "US": (1, 646, 7), "HK": (852, 6, 7), "LA": (856, 20, 8), "ID": (62, 812, 8),
        "DE": (49, 151, 8), "AU": (61, 4, 8), "TR": (90, 532, 7), "MN": (976, 99, 6)}

#: type allocation codes (first 8 IMEI digits), made up per handset class
TAC = {
    "smart": np.array([86402305, 86715204, 86842703, 86937706, 35389911, 35699112, 35320412, 86051606,
                       86120007, 86476805, 86298103, 86633004, 35914710, 86804902, 86011503, 86590208,
                       86751909, 86375610, 86923711, 35440213], dtype=np.int64),
    "feature": np.array([86137520, 86207821, 86911322, 86455023, 86602124], dtype=np.int64),
    "module": np.array([86676030, 86698531, 86409332, 86133833], dtype=np.int64),
    "goip": np.array([86201840, 86862141, 86734542], dtype=np.int64),
    "pos": np.array([86033050, 86519451], dtype=np.int64),
    "meter": np.array([86711760, 86450461], dtype=np.int64),
}

_HEX = np.frombuffer(b"".join(f"{i:02x}".encode() for i in range(256)), dtype="S2")


def mix64(x: np.ndarray, salt: int) -> np.ndarray:
    """splitmix64 of x ^ salt (uint64, wrapping)."""
    z = (np.asarray(x, dtype=np.uint64) ^ np.uint64(salt & 0xFFFFFFFFFFFFFFFF)) + np.uint64(0x9E3779B97F4A7C15)
    with np.errstate(over="ignore"):
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def hex16(u: np.ndarray) -> np.ndarray:
    """uint64 -> 16 lowercase hex chars (bytes array)."""
    b = np.asarray(u, dtype=">u8").view(np.uint8).reshape(-1, 8)
    return np.ascontiguousarray(_HEX[b]).view("S16").ravel()


def luhn(body14: np.ndarray) -> np.ndarray:
    """Luhn check digit for 14-digit IMEI bodies."""
    d = np.stack([(body14 // 10 ** (13 - k)) % 10 for k in range(14)], axis=1)
    dbl = d[:, 1::2] * 2
    s = d[:, 0::2].sum(1) + (dbl // 10 + dbl % 10).sum(1)
    return (10 - s % 10) % 10


class Registry:
    def __init__(self, w: World):
        self.w = w
        self.rng = w.rng("registry")
        self._used_nums: set[int] = set()
        self._used_imsi: set[int] = set()
        self._used_imei: set[int] = set()
        self._next_id = 1
        self._next_acct = 1
        self._next_pacct = 1
        self.id_salt = (w.seed * 0x5851F42D4C957F2D + 11) & 0xFFFFFFFFFFFFFFFF
        self.acct_salt = (w.seed * 0x2545F4914F6CDD1D + 7) & 0xFFFFFFFFFFFFFFFF
        self.pacct_salt = (w.seed * 0x27BB2EE687B0B0FD + 3) & 0xFFFFFFFFFFFFFFFF
        # subscriber lookup, filled by add_subs: msisdn -> open time / id (for truth and feedback)
        self.sub_num: list[np.ndarray] = []
        self.sub_id: list[np.ndarray] = []
        self.sub_open: list[np.ndarray] = []
        self.sub_imsi: list[np.ndarray] = []

    # ---- unique draws -------------------------------------------------------------------------------
    def _unique(self, cand: np.ndarray, used: set, n: int) -> np.ndarray:
        """The first n distinct candidates not drawn before (registries hold tens of thousands of values)."""
        _, first = np.unique(cand, return_index=True)
        cand = cand[np.sort(first)]
        if used:
            fresh = np.fromiter((int(x) not in used for x in cand.tolist()), dtype=bool, count=len(cand))
            cand = cand[fresh]
        if len(cand) < n:
            raise RuntimeError("number space exhausted")
        out = cand[:n]
        used.update(out.tolist())
        return out

    def own_mobile(self, n: int) -> np.ndarray:
        seg = self.rng.choice(OWN_SEGMENTS, int(n * 1.3) + 20)
        cand = CC + seg * 10**6 + self.rng.integers(0, 10**6, len(seg))
        return self._unique(cand, self._used_nums, n)

    def iot_numbers(self, n: int) -> np.ndarray:
        cand = 86 * 10**13 + 10649 * 10**8 + self.rng.integers(0, 10**8, int(n * 1.3) + 20)
        return self._unique(cand, self._used_nums, n)

    def ext_mobile(self, n: int, rng=None) -> np.ndarray:
        """Other operators' mobile numbers (not checked for uniqueness: strangers)."""
        rng = rng or self.rng
        seg = rng.choice(EXT_SEGMENTS, n, p=EXT_W)
        return CC + seg * 10**8 + rng.integers(0, 10**8, n)

    def ext_mobile_unique(self, n: int) -> np.ndarray:
        return self._unique(self.ext_mobile(int(n * 1.2) + 20), self._used_nums, n)

    def fixed(self, n: int, city: str, lead=(2, 8), rng=None, register=True) -> np.ndarray:
        rng = rng or self.rng
        code, ln = AREA_CODE[city]
        cdig = len(str(code))
        lo, hi = lead
        local = rng.integers(lo * 10 ** (ln - 1), (hi + 1) * 10 ** (ln - 1), int(n * 1.3) + 20)
        cand = (86 * 10**cdig + code) * 10**ln + local
        if not register:
            return cand[:n]
        return self._unique(cand, self._used_nums, n)

    def intl(self, n: int, country: str, rng=None) -> np.ndarray:
        rng = rng or self.rng
        cc, pre, k = INTL[country]
        return (cc * 10 ** len(str(pre)) + pre) * 10**k + rng.integers(0, 10**k, n)

    def imsis(self, n: int) -> np.ndarray:
        cand = MCCMNC * 10**10 + self.rng.integers(0, 10**10, int(n * 1.2) + 20)
        return self._unique(cand, self._used_imsi, n)

    def imeis(self, n: int, kind: str = "smart", rng=None, tac=None) -> np.ndarray:
        rng = rng or self.rng
        tacs = TAC[kind] if tac is None else np.atleast_1d(np.asarray(tac, np.int64))
        m = int(n * 1.2) + 20
        body = rng.choice(tacs, m) * 10**6 + rng.integers(0, 10**6, m)
        cand = body * 10 + luhn(body)
        return self._unique(cand, self._used_imei, n)

    def imei_pair(self, imei: np.ndarray) -> np.ndarray:
        """The second IMEI of a dual-SIM handset (next serial number)."""
        body = imei // 10 + 1
        return body * 10 + luhn(body)

    def ids(self, n: int) -> np.ndarray:
        out = np.arange(self._next_id, self._next_id + n, dtype=np.int64)
        self._next_id += n
        return out

    def accounts(self, n: int) -> np.ndarray:
        out = np.arange(self._next_acct, self._next_acct + n, dtype=np.int64)
        self._next_acct += n
        return out

    def paccounts(self, n: int) -> np.ndarray:
        out = np.arange(self._next_pacct, self._next_pacct + n, dtype=np.int64)
        self._next_pacct += n
        return out

    # ---- rows ---------------------------------------------------------------------------------------
    def add_subs(self, msisdn, imsi, id_key, open_time, *, line_type="mobile", id_type="resident_id",
                 customer_type="personal", open_channel=None, open_cell=-1, status="active",
                 status_time=-1, prepaid=0, home_region=None):
        msisdn = np.asarray(msisdn, np.int64)
        n = len(msisdn)
        bc = lambda v, dt: np.broadcast_to(np.asarray(v, dtype=dt), (n,)).copy()  # noqa: E731
        self.w.sink.add("subscribers", msisdn=msisdn, imsi=bc(imsi, np.int64), id_key=bc(id_key, np.int64),
                        id_type=id_type, customer_type=customer_type, line_type=line_type, operator=OPERATOR,
                        open_time=bc(open_time, np.int64), open_channel=open_channel,
                        open_cell=self.w.cells.code_of(bc(open_cell, np.int64)), status=status,
                        status_time=bc(status_time, np.int64), is_prepaid=bc(prepaid, np.int8),
                        home_region=home_region)
        self.sub_num.append(msisdn)
        self.sub_id.append(bc(id_key, np.int64))
        self.sub_open.append(bc(open_time, np.int64))
        self.sub_imsi.append(bc(imsi, np.int64))

    def add_bank(self, acct, id_key, bank, open_time, bound_msisdn, status="normal"):
        acct = np.asarray(acct, np.int64)
        n = len(acct)
        bc = lambda v: np.broadcast_to(np.asarray(v, np.int64), (n,)).copy()  # noqa: E731
        self.w.sink.add("bank_accounts", account_id=acct, id_key=bc(id_key), bank=bank,
                        open_time=bc(open_time), bound_msisdn=bc(bound_msisdn), status=status)

    def add_inet(self, platform, msisdn, register_time, status="normal") -> np.ndarray:
        msisdn = np.asarray(msisdn, np.int64)
        h = self.paccounts(len(msisdn))
        self.w.sink.add("internet_accounts", platform=platform, account=h, msisdn=msisdn,
                        register_time=np.broadcast_to(np.asarray(register_time, np.int64), (len(h),)).copy(),
                        status=status)
        return h

    # ---- text forms ---------------------------------------------------------------------------------
    def id_text(self, h: np.ndarray) -> np.ndarray:
        return hex16(mix64(h, self.id_salt))

    def acct_text(self, h: np.ndarray) -> np.ndarray:
        """Bank account keys: 'A' + 16 hex (hashed by the operator before export)."""
        return np.char.add(b"A", hex16(mix64(h, self.acct_salt)))
