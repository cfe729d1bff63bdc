"""Number plans and identifiers.

Tengri Mobile (腾格里移动, fictional), PLMN 460-38. Mobile numbers: 86 + segment 146 or 194 + a four-digit
HLR block (the city's trunk code + one digit, e.g. 4771 for Ordos) + four digits. IoT numbers: 86 1440 + trunk code
+ six digits. Fixed lines: 86 + trunk code + eight digits starting 3-6; the operator's IMS/VoIP lines the same
starting 5. Off-net mobiles use the other operators' segments. IMSIs: 46038 + ten digits; IMEIs carry a
type-allocation code (TAC) per kind of handset and a Luhn check digit.
"""

from __future__ import annotations

import numpy as np

AREAS = [470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 482, 483]
OFFNET_PREFIXES = [130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158,
                   159, 176, 177, 180, 181, 182, 183, 185, 186, 187, 188, 189, 198, 199]
TACS = {
    "smart": [86012704, 86407105, 86231906, 86579003, 86802304, 86944805, 35449211, 35672310, 35391512,
              86117806, 86324507, 86658901, 86773002, 86890408, 86161903, 86507706],
    "feature": [35802107, 35611004, 86953201, 86712003, 35277908],
    "modem": [86217005, 86384803, 86555402],  # industrial GSM/LTE modules: gateways, SMS modems, GoIP
    "iot": [86941203, 86039907, 86650104],  # trackers, collars, meters
    "watch": [86743309, 86320511],
}
FOREIGN = {  # country, country code prefix, number length after the prefix, leading digits
    "MN": ("976", 8, ("88", "99", "95", "94", "80")),
    "RU": ("7", 10, ("914", "924", "902", "983")),
    "KH": ("855", 8, ("10", "15", "96", "97", "88")),
    "MM": ("95", 9, ("94", "97", "96")),
    "PH": ("63", 10, ("917", "905", "927")),
    "AE": ("971", 9, ("50", "55", "56")),
    "KZ": ("7", 10, ("701", "705", "777")),
}


def luhn(body: np.ndarray) -> np.ndarray:
    """Check digit of 14-digit integers."""
    total = np.zeros(len(body), dtype=np.int64)
    x = body.copy()
    for pos in range(14):  # from the right: positions 0, 2, ... are doubled
        d = x % 10
        x //= 10
        if pos % 2 == 0:
            d = d * 2
            d = np.where(d > 9, d - 9, d)
        total += d
    return (10 - total % 10) % 10


class Ids:
    """Unique numbers and keys for one world."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.used: set[int] = set()
        self.keys: set[str] = set()

    def _fresh(self, cand: np.ndarray) -> np.ndarray:
        out = []
        for v in cand.tolist():
            if v not in self.used:
                self.used.add(v)
                out.append(v)
        return np.array(out, dtype=np.int64)

    def _draw(self, n: int, make) -> np.ndarray:
        got = np.zeros(0, dtype=np.int64)
        while len(got) < n:
            cand = np.unique(make(int((n - len(got)) * 1.3) + 8))
            cand = cand[self.rng.permutation(len(cand))]
            got = np.concatenate([got, self._fresh(cand[: n - len(got)])])
        return got

    def mobile(self, n: int, area: int | np.ndarray, segment: int | None = None) -> np.ndarray:
        """Tengri mobile numbers homed in ``area`` (a trunk code or an array of them)."""
        rng = self.rng

        def make(k):
            a = np.broadcast_to(np.asarray(area), (k,)) if np.ndim(area) == 0 else rng.choice(area, k)
            seg = np.where(rng.random(k) < 0.55, 146, 194) if segment is None else np.full(k, segment)
            block = rng.integers(0, 10, k)
            return 86 * 10**11 + seg * 10**8 + (a * 10 + block) * 10**4 + rng.integers(0, 10**4, k)

        if np.ndim(area) == 0 or len(np.atleast_1d(area)) == 1:
            return self._draw(n, make)
        # one number per given area, in order
        area = np.asarray(area)
        out = np.zeros(len(area), dtype=np.int64)
        for a in np.unique(area):
            m = area == a
            out[m] = self.mobile(int(m.sum()), int(a), segment)
        return out

    def consecutive(self, n: int, area: int, segment: int = 146, iot: bool = False) -> np.ndarray:
        """A run of consecutive numbers (cards issued together from one batch)."""
        while True:
            if iot:
                start = 86 * 10**13 + 1440 * 10**9 + area * 10**6 + int(self.rng.integers(0, 10**6 - n))
            else:
                block = int(self.rng.integers(0, 10))
                start = 86 * 10**11 + segment * 10**8 + (area * 10 + block) * 10**4 + int(self.rng.integers(0, 10**4 - n))
            run = np.arange(start, start + n, dtype=np.int64)
            if not any(v in self.used for v in run.tolist()):
                self.used.update(run.tolist())
                return run

    def iot(self, n: int, area: int) -> np.ndarray:
        return self._draw(n, lambda k: 86 * 10**13 + 1440 * 10**9 + area * 10**6 + self.rng.integers(0, 10**6, k))

    def fixed(self, n: int, area: int, voip: bool = False) -> np.ndarray:
        lead = (5,) if voip else (3, 6)

        def make(k):
            first = self.rng.choice(lead, k)
            return 86 * 10**11 + area * 10**8 + first * 10**7 + self.rng.integers(0, 10**7, k)

        return self._draw(n, make)

    def offnet(self, n: int) -> np.ndarray:
        pre = np.array(OFFNET_PREFIXES)
        return self._draw(n, lambda k: 86 * 10**11 + self.rng.choice(pre, k) * 10**8 + self.rng.integers(0, 10**8, k))

    def foreign(self, n: int, country: str) -> np.ndarray:
        cc, length, leads = FOREIGN[country]

        def make(k):
            lead = self.rng.choice(np.array([int(x) for x in leads]), k)
            ll = len(leads[0])
            rest = self.rng.integers(0, 10 ** (length - ll), k)
            return (int(cc) * 10**length) + lead * 10 ** (length - ll) + rest

        return self._draw(n, make)

    def imsi(self, n: int) -> np.ndarray:
        return self._draw(n, lambda k: 46038 * 10**10 + self.rng.integers(0, 10**10, k))

    def imei(self, n: int, kind: str = "smart", tac: int | None = None, sequential: bool = False) -> np.ndarray:
        def make(k):
            tacs = np.full(k, tac) if tac else self.rng.choice(np.array(TACS[kind]), k)
            if sequential:
                ser = int(self.rng.integers(0, 10**6 - k)) + np.arange(k)
            else:
                ser = self.rng.integers(0, 10**6, k)
            body = tacs.astype(np.int64) * 10**6 + ser
            return body * 10 + luhn(body)

        if sequential:
            got = make(n)
            self.used.update(got.tolist())
            return got
        return self._draw(n, make)

    def keys_(self, n: int, prefix: str, width: int = 14) -> np.ndarray:
        out = []
        while len(out) < n:
            for v in self.rng.integers(0, 16**width, n - len(out) + 4).tolist():
                s = f"{prefix}{v:0{width}x}"
                if s not in self.keys:
                    self.keys.add(s)
                    out.append(s)
                    if len(out) == n:
                        break
        return np.array(out, dtype=object)

    def id_keys(self, n: int) -> np.ndarray:
        return self.keys_(n, "idk", 14)

    def accounts(self, n: int) -> np.ndarray:
        return self.keys_(n, "ba", 14)

    def handles(self, n: int, platform: str) -> np.ndarray:
        pre = {"wechat": "wxid_", "qq": "qq", "douyin": "dy", "kuaishou": "ks", "alipay": "ali",
               "taobao": "tb", "meituan": "mt", "pinduoduo": "pdd", "xiaohongshu": "xhs", "ctrip": "ctrip",
               "12306": "rail", "weibo": "wb", "jd": "jd", "telegram": "tg", "didi": "didi"}.get(platform, platform[:3])
        return self.keys_(n, pre, 10)
