"""The frame of the Chongqing province: calendar, operator, places and cells, number plans, handsets, and the
sink that every module writes its records and its ground truth into.

Everything random comes from ``World.rng(name)``: one NumPy generator per named component, seeded from the
run's seed and the name, so a component's draws do not depend on what other components drew before it.
"""

from __future__ import annotations

import zlib
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np

TZ = "Asia/Shanghai"
DAY = 86400
HOUR = 3600
#: Sunday 29 October 2028 00:00 in Chongqing
START = int(datetime(2028, 10, 29, tzinfo=ZoneInfo(TZ)).timestamp())
NDAYS = 17  # to Tuesday 14 November 2028 24:00
HIST_DAYS = 10  # 29 Oct - 7 Nov history; 8 - 14 Nov the detection week
END = START + NDAYS * DAY
WEEK_START = START + HIST_DAYS * DAY


def day_of(t):
    """Local day index (0 = Sun 29 Oct) of epoch seconds."""
    return (np.asarray(t) - START) // DAY


def dow(d):
    """Weekday of a day index, 0 = Monday."""
    return (np.asarray(d) + 6) % 7


def date_label(d: int) -> str:
    """'1029', '1111' ... of a day index."""
    return datetime.fromtimestamp(START + d * DAY + 12 * HOUR, ZoneInfo(TZ)).strftime("%m%d")


# calendar landmarks (day indices)
D_NOV1 = 3
D_PAY_TEACHER = 7   # Sun 5 Nov (paid on the 5th)
D_PAY_FACTORY = 12  # Fri 10 Nov
D_PENSION = 12      # pensions land on the 10th
D_1111 = 13         # Sat 11 Nov, Double Eleven
D_FIRST_WAVE = 2    # Tue 31 Oct 20:00 the first selling wave opens
SHOP_DAY = np.array([0.8, 0.9, 2.2, 2.0, 1.4, 1.1, 1.0, 0.9, 0.9, 0.9, 1.0, 1.3, 2.6, 4.2, 1.1, 0.9, 0.9])
#: parcels delivered per day (courier peak after the festival)
PARCEL_DAY = np.array([1.0, 1.0, 1.1, 1.5, 1.8, 1.7, 1.4, 1.2, 1.1, 1.0, 1.0, 1.0, 1.1, 1.4, 2.6, 3.2, 3.0])

OPERATOR = "YUTONG"  # 渝通移动, the operator whose feed this is
OWN_MCCMNC = "460-13"
IMSI_PREFIX = 46013

# ---------------------------------------------------------------------------------------------------- places
# key, district (region column), lat, lon, cells, tags
AREAS = [
    ("jiefangbei", "Yuzhong", 29.5570, 106.5770, 14, "cbd market res old"),
    ("chaotianmen", "Yuzhong", 29.5650, 106.5870, 8, "market dock cbd old"),
    ("daping", "Yuzhong", 29.5400, 106.5200, 7, "res old hospital"),
    ("hongyadong", "Yuzhong", 29.5630, 106.5780, 4, "tourist market"),
    ("guanyinqiao", "Jiangbei", 29.5750, 106.5330, 12, "cbd market res"),
    ("jiangbeizui", "Jiangbei", 29.5720, 106.5700, 7, "cbd res"),
    ("shimahe", "Jiangbei", 29.5930, 106.5050, 6, "uv res"),
    ("yuzui", "Jiangbei", 29.6720, 106.8050, 7, "factory dorm"),
    ("uni_town", "Shapingba", 29.6030, 106.3050, 12, "campus"),
    ("shapingba", "Shapingba", 29.5410, 106.4560, 10, "res market cbd"),
    ("ciqikou", "Shapingba", 29.5800, 106.4500, 4, "tourist market"),
    ("xiyong", "Shapingba", 29.5850, 106.3100, 10, "factory dorm"),
    ("tuwan", "Shapingba", 29.5560, 106.4400, 5, "uv res"),
    ("nanping", "Nanan", 29.5300, 106.5600, 9, "res cbd market"),
    ("danzishi", "Nanan", 29.5700, 106.6050, 5, "res"),
    ("chayuan", "Nanan", 29.5050, 106.6450, 5, "factory res"),
    ("yangjiaping", "Jiulongpo", 29.5040, 106.5110, 9, "res market"),
    ("xiejiawan", "Jiulongpo", 29.5200, 106.5200, 6, "res"),
    ("erlang", "Jiulongpo", 29.5150, 106.4600, 7, "cbd factory"),
    ("shiqiaopu", "Jiulongpo", 29.5270, 106.4940, 6, "market res"),
    ("shipingqiao", "Jiulongpo", 29.4980, 106.5270, 4, "uv res"),
    ("airport", "Yubei", 29.7190, 106.6420, 6, "transport"),
    ("yuelai", "Yubei", 29.7170, 106.5580, 8, "cbd res"),
    ("huixing", "Yubei", 29.6500, 106.6300, 8, "res"),
    ("cq_north", "Yubei", 29.6080, 106.5510, 5, "transport market"),
    ("beibei", "Beibei", 29.8250, 106.4370, 7, "res town"),
    ("swu", "Beibei", 29.8230, 106.4200, 6, "campus"),
    ("lijiatuo", "Banan", 29.4620, 106.5450, 6, "res"),
    ("huaxi", "Banan", 29.4300, 106.5300, 6, "factory dorm"),
    ("yudong", "Banan", 29.3840, 106.5190, 5, "res town"),
    ("wanzhou", "Wanzhou", 30.8070, 108.4080, 10, "town"),
    ("wanzhou_port", "Wanzhou", 30.8000, 108.3900, 3, "dock"),
    ("fuling", "Fuling", 29.7030, 107.3900, 8, "town"),
    ("fuling_port", "Fuling", 29.7150, 107.4000, 2, "dock"),
    ("fengdu", "Fengdu", 29.8630, 107.7300, 3, "town dock"),
    ("qianjiang", "Qianjiang", 29.5330, 108.7700, 6, "town"),
    ("qijiang", "Qijiang", 29.0280, 106.6510, 6, "town"),
    ("kaizhou", "Kaizhou", 31.1600, 108.3930, 7, "town"),
    ("yunyang", "Yunyang", 30.9300, 108.6970, 5, "town dock"),
    ("fengjie", "Fengjie", 31.0190, 109.4650, 5, "town dock"),
    ("wushan", "Wushan", 31.0750, 109.8780, 4, "town dock"),
    ("wushan_vil", "Wushan", 31.1500, 109.9500, 4, "village"),
    ("youyang", "Youyang", 28.8420, 108.7670, 4, "town"),
    ("youyang_vil", "Youyang", 28.9500, 108.8500, 5, "village"),
    ("xiushan", "Xiushan", 28.4480, 108.9890, 4, "town"),
    ("xiushan_vil", "Xiushan", 28.5200, 109.0500, 4, "village"),
    ("shizhu", "Shizhu", 29.9990, 108.1140, 4, "town"),
    ("kaizhou_vil", "Kaizhou", 31.2500, 108.3000, 3, "village"),
    ("yunyang_vil", "Yunyang", 30.9800, 108.8000, 3, "village"),
    ("qijiang_vil", "Qijiang", 28.9200, 106.7000, 3, "village"),
    ("highway_g50", "Changshou", 29.8500, 107.0800, 4, "transport"),
]
AREA_KEYS = [a[0] for a in AREAS]
AREA_INDEX = {k: i for i, k in enumerate(AREA_KEYS)}
MAIN_CITY = {"Yuzhong", "Jiangbei", "Shapingba", "Nanan", "Jiulongpo", "Yubei", "Beibei", "Banan"}
DISTRICTS = sorted({a[1] for a in AREAS})

# ---------------------------------------------------------------------------------------------------- numbers
OWN_PREFIXES = [134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 187, 188, 195, 198]
MVNO_PREFIXES = [170, 171]
OFFNET_PREFIXES = [130, 131, 132, 133, 145, 153, 155, 156, 166, 173, 175, 176, 177, 180, 181, 185, 186, 189, 190,
                   191, 193, 196, 199]
# foreign plans: country code, leading digits after it, digits after those
FOREIGN = {
    "KH": ("855", ["10", "12", "15", "16", "17", "69", "70", "77", "78", "81", "85", "88", "92", "96", "97"], 6),
    "MM": ("95", ["96", "97", "98", "99", "94"], 7),
    "PH": ("63", ["905", "906", "915", "917", "918", "927", "939", "945", "966", "977"], 7),
    "MY": ("60", ["11", "12", "13", "16", "17", "19"], 7),
    "TH": ("66", ["61", "62", "63", "64", "80", "81", "86", "89", "92", "95"], 7),
    "US": ("1", ["206", "212", "310", "415", "646", "718", "917", "626", "347"], 7),
    "GB": ("44", ["7700", "7711", "7723", "7811", "7912", "7440"], 6),
    "HK": ("852", ["5", "6", "9"], 7),
    "TW": ("886", ["91", "92", "93", "95", "97"], 7),
    "VN": ("84", ["90", "91", "93", "96", "97", "98", "86", "35"], 7),
    "AU": ("61", ["40", "41", "42", "43", "45"], 7),
    "JP": ("81", ["80", "90", "70"], 8),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AE": ("971", ["50", "52", "55", "56"], 7),
}

# type allocation codes (first 8 IMEI digits) of handsets common in Chongqing, and of GSM gateways/modules
TACS = {
    "huawei": [86952704, 86756004, 86428603, 86620003, 86873504, 86538305],
    "honor": [86691605, 86470505, 86142306],
    "xiaomi": [86759204, 86890605, 86119706, 86534107],
    "oppo": [86281005, 86427305, 86096206],
    "vivo": [86472406, 86681905, 86035507],
    "apple": [35407115, 35328115, 35672911, 35875610, 35391911, 35308817],
    "samsung": [35290611, 35916511],
    "feature": [86753903, 35573806, 86270203, 86604702],  # elderly phones, 棒棒's old handsets
    "goip": [86286703, 86286704],  # GSM gateway ports
    "module": [86667404, 86718705, 86073604],  # LTE modules (IoT, SIM boxes, alarms)
    "tablet": [35846209, 86947905],
    "pos": [86595305, 86112402],
}
BRAND_MIX = (["huawei", "honor", "xiaomi", "oppo", "vivo", "apple", "samsung"],
             [0.26, 0.10, 0.15, 0.13, 0.15, 0.18, 0.03])


def luhn_digit(body: np.ndarray) -> np.ndarray:
    """Luhn check digit of 14-digit integers."""
    body = np.asarray(body, dtype=np.int64)
    total = np.zeros(len(body), dtype=np.int64)
    x = body.copy()
    for pos in range(14):  # rightmost body digit is doubled
        d = x % 10
        x //= 10
        if pos % 2 == 0:
            d = d * 2
            d = np.where(d > 9, d - 9, d)
        total += d
    return (10 - total % 10) % 10


class World:
    """Holds the seed, the cells and the records every module adds."""

    TABLES = ("subscribers", "voice", "sms", "device", "cells", "web", "apps", "internet_accounts",
              "bank_accounts", "transfers", "reports", "lists")

    def __init__(self, seed: int, subscribers: int):
        self.seed = seed
        self.n_subscribers = subscribers
        self.scale = subscribers / 20000.0
        self.parts: dict[str, list[dict]] = {t: [] for t in self.TABLES}
        self.truth_parts: list[dict] = []
        self.event_parts: list[dict] = []
        self.used_numbers: set[int] = set()
        self.used_keys: set[int] = set()
        self.status_override: dict[int, tuple] = {}
        self.line_loc: dict[int, int] = {}  # where a card that is not one of the people's usually is (-1: abroad)
        self._build_cells()

    # -------------------------------------------------------------------------------------------- randomness
    def rng(self, *names) -> np.random.Generator:
        key = zlib.crc32("/".join(str(n) for n in names).encode())
        return np.random.default_rng([self.seed, key])

    def n(self, base: float, lo: int = 1) -> int:
        """A count that scales with the number of subscribers."""
        return max(lo, int(round(base * self.scale)))

    # -------------------------------------------------------------------------------------------- cells
    def _build_cells(self):
        r = np.random.default_rng([0, 20])  # the radio network does not change with the seed
        names, lat, lon, region, site, area = [], [], [], [], [], []
        for ai, (_key, district, la, lo, nc, tags) in enumerate(AREAS):
            lac = 20000 + (zlib.crc32(district.encode()) % 90) * 100 + ai
            cis = r.choice(np.arange(1000, 65000), size=nc, replace=False)
            for j in range(nc):
                names.append(f"{OWN_MCCMNC}-{lac}-{int(cis[j])}")
                spread = 0.012 if "village" in tags or "town" in tags else 0.006
                lat.append(round(la + r.normal(0, spread), 5))
                lon.append(round(lo + r.normal(0, spread), 5))
                region.append(district)
                if "uv" in tags:
                    st = "small"
                elif ("campus" in tags or "factory" in tags or "transport" in tags) and j % 3 == 0 or "cbd" in tags and j % 4 == 1:
                    st = "indoor"
                else:
                    st = "macro"
                site.append(st)
                area.append(ai)
        self.cell_names = np.array(names, dtype=object)
        self.cell_area = np.array(area)
        self.cell_lat = np.array(lat)
        self.cell_lon = np.array(lon)
        self.cell_region = np.array(region, dtype=object)
        self.cell_site = np.array(site, dtype=object)
        self.area_cells = [np.nonzero(self.cell_area == i)[0] for i in range(len(AREAS))]
        self.add("cells", cell=self.cell_names, lat=self.cell_lat, lon=self.cell_lon,
                 region=self.cell_region, site_type=self.cell_site)

    def cells_of(self, area_key: str) -> np.ndarray:
        return self.area_cells[AREA_INDEX[area_key]]

    def pick_cell(self, r: np.random.Generator, area_idx) -> np.ndarray:
        """A random cell of each given area index."""
        area_idx = np.atleast_1d(area_idx)
        counts = np.array([len(self.area_cells[a]) for a in range(len(AREAS))])
        first = np.array([self.area_cells[a][0] for a in range(len(AREAS))])
        return first[area_idx] + r.integers(0, counts[area_idx])

    def areas_tagged(self, *tags) -> np.ndarray:
        return np.array([i for i, a in enumerate(AREAS) if any(t in a[5].split() for t in tags)])

    # -------------------------------------------------------------------------------------------- numbers
    def _unique(self, cand: np.ndarray, n: int, registry: set) -> np.ndarray:
        if n <= 0:
            return np.zeros(0, dtype=np.int64)
        out = []
        for x in cand.tolist():
            if x not in registry:
                registry.add(x)
                out.append(x)
                if len(out) == n:
                    break
        return np.array(out, dtype=np.int64)

    def numbers(self, r: np.random.Generator, n: int, kind: str = "own", prefixes=None, block=None) -> np.ndarray:
        """``n`` fresh numbers. kind: own (this operator's mobiles), mvno (170/171 on this network), offnet
        (other Chinese operators), fixed023, fixed_other, foreign:CC. ``block``: (prefix, segment) to draw the
        last four digits from one 1xx-xxxx segment (consecutive numbers, as a dialler or a dealer sees them)."""
        out = np.zeros(0, dtype=np.int64)
        while len(out) < n:
            m = (n - len(out)) * 2 + 8
            if block is not None:
                p, seg = block
                cand = 86 * 10**11 + p * 10**8 + seg * 10**4 + r.integers(0, 10000, m)
            elif kind in ("own", "mvno", "offnet"):
                pool = prefixes or {"own": OWN_PREFIXES, "mvno": MVNO_PREFIXES, "offnet": OFFNET_PREFIXES}[kind]
                p = np.array(pool)[r.integers(0, len(pool), m)]
                if kind == "own":  # Chongqing segments: a handful of HLR blocks per prefix
                    seg = (p * 37 + r.integers(0, 12, m) * 211) % 9000 + 1000
                elif kind == "mvno":
                    seg = r.choice([0, 1, 2, 5, 6, 7, 8, 9], m) * 1000 + r.integers(0, 1000, m)
                else:
                    seg = r.integers(0, 10000, m)
                cand = 86 * 10**11 + p * 10**8 + seg * 10**4 + r.integers(0, 10000, m)
            elif kind == "iot13":  # 13-digit IoT numbers (1064...)
                cand = 861064 * 10**9 + r.integers(0, 10**9, m)
            elif kind == "fixed023":
                first = r.choice([6, 8, 4, 6, 8, 6], m)
                cand = 8623 * 10**8 + first * 10**7 + r.integers(0, 10**7, m)
            elif kind == "fixed_other":
                # Beijing, Shanghai, Guangzhou, Chengdu (8 digits), Hangzhou 0571, Shenzhen 0755
                area = r.choice([10, 21, 20, 28, 571, 755], m)
                local = r.integers(2 * 10**7, 9 * 10**7, m)
                width = np.where(area < 100, 2, 3)
                cand = (86 * 10**width + area) * 10**8 + local
            elif kind.startswith("foreign:"):
                cc, leads, k = FOREIGN[kind.split(":")[1]]
                lead = np.array(leads)[r.integers(0, len(leads), m)]
                cand = np.array([int(cc + ld) for ld in lead.tolist()], dtype=np.int64) * 10**k + r.integers(0, 10**k, m)
            else:
                raise ValueError(kind)
            out = np.concatenate([out, self._unique(cand, n - len(out), self.used_numbers)])
        return out

    def imsis(self, r, n: int) -> np.ndarray:
        cand = IMSI_PREFIX * 10**10 + r.integers(0, 10**10, n * 2 + 8)
        return self._unique(cand, n, self.used_keys)

    def imeis(self, r, n: int, brand="mix", valid: bool = True) -> np.ndarray:
        """``n`` fresh IMEIs of a brand (or the Chongqing mix); ``valid=False`` gives rewritten IMEIs whose
        check digit is mostly wrong."""
        out = np.zeros(0, dtype=np.int64)
        while len(out) < n:
            m = (n - len(out)) * 2 + 8
            if brand == "mix":
                brands = np.array(BRAND_MIX[0])[r.choice(len(BRAND_MIX[0]), m, p=BRAND_MIX[1])]
            else:
                brands = np.array([brand] * m)
            pick = r.integers(0, 60, m)
            tac = np.array([TACS[b][i % len(TACS[b])] for b, i in zip(brands.tolist(), pick.tolist(), strict=True)],
                           dtype=np.int64)
            body = tac * 10**6 + r.integers(0, 10**6, m)
            chk = luhn_digit(body)
            if not valid:
                chk = np.where(r.random(m) < 0.8, (chk + r.integers(1, 10, m)) % 10, chk)
            out = np.concatenate([out, self._unique(body * 10 + chk, n - len(out), self.used_keys)])
        return out

    def keys(self, r, n: int, prefix: str) -> np.ndarray:
        """Pseudonymous keys (hashed IDs, accounts): prefix + 16 hex digits."""
        raw = self._unique(r.integers(1, 2**62, n * 2 + 4, dtype=np.int64), n, self.used_keys)
        return np.array([f"{prefix}{x:016x}" for x in raw.tolist()], dtype=object)

    # -------------------------------------------------------------------------------------------- sinks
    def add(self, table: str, **cols):
        n = None
        for v in cols.values():
            if isinstance(v, (np.ndarray, list)):
                n = len(v)
                break
        if n is None:
            raise ValueError("no array column")
        if n == 0:
            return
        out = {}
        for k, v in cols.items():
            if isinstance(v, (np.ndarray, list)):
                a = np.asarray(v) if not isinstance(v, list) else np.array(v, dtype=object)
                if len(a) != n:
                    raise ValueError(f"{table}.{k}: {len(a)} values, expected {n}")
                out[k] = a
            else:
                out[k] = np.full(n, v, dtype=object if isinstance(v, str) or v is None else type(v))
        self.parts[table].append(out)

    def truth(self, entity_type: str, entities, role: str, gang: str | None = None, scheme: str | None = None,
              first_active=None):
        ents = np.asarray(entities)
        if len(ents) == 0:
            return
        if ents.dtype != object:
            ents = ents.astype(np.int64).astype(str).astype(object)
        fa = np.full(len(ents), START, dtype=np.int64) if first_active is None else \
            np.broadcast_to(np.asarray(first_active, dtype=np.int64), (len(ents),)).copy()
        self.truth_parts.append(dict(entity_type=np.full(len(ents), entity_type, dtype=object), entity=ents,
                                     role=np.full(len(ents), role, dtype=object),
                                     gang_id=np.full(len(ents), gang, dtype=object),
                                     scheme=np.full(len(ents), scheme, dtype=object), first_active=fa))

    def loss(self, victim_msisdn, t, amount, to_account):
        self.event_parts.append(dict(victim=np.atleast_1d(np.asarray(victim_msisdn, dtype=np.int64)),
                                     time=np.atleast_1d(np.asarray(t, dtype=np.int64)),
                                     amount=np.atleast_1d(np.asarray(amount, dtype=float)),
                                     to_account=np.atleast_1d(np.asarray(to_account, dtype=object))))
