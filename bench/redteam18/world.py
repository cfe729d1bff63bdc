"""The world of red-team generator 18 (Sichuan, July 2028): calendar, regions and cells, registries of
numbers, handsets and keys, the cards and where they are, and the event-row accumulator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np

SH = timezone(timedelta(hours=8))
DAY = 86400
T0 = int(datetime(2028, 7, 12, tzinfo=SH).timestamp())  # Wednesday 12 July 2028, 00:00 Asia/Shanghai
DAYS = 17  # 12-28 July
HISTORY = 10  # 12-21 July history, 22-28 July detection
T_END = T0 + DAYS * DAY
OPERATOR = "tianfu_mobile"
FLOOD_DAY = 6  # 18 July: the Xuanhan (Dazhou) flood
BULU_DAY = 11  # 23 July: supplementary admissions (征集志愿/补录) open
EVENT_TABLES = ("voice", "sms", "device", "web", "apps", "transfers")


def t_of(day: float, hour: float = 0.0) -> int:
    """Epoch seconds of a local day offset and hour."""
    return T0 + int(round(day * DAY + hour * 3600))


def local_hour(t: np.ndarray) -> np.ndarray:
    return ((t - T0) % DAY) // 3600


def weekday(t: np.ndarray) -> np.ndarray:
    """0 = Monday (12 July 2028 is a Wednesday)."""
    return ((t - T0) // DAY + 2) % 7


def mix(i: np.ndarray | int, salt: int) -> np.ndarray:
    """A bijective 40-bit mix of integers: unique pseudonymous keys without a hash table."""
    x = (np.asarray(i, dtype=np.uint64) + np.uint64(salt * 7919)) & np.uint64((1 << 40) - 1)
    x = (x * np.uint64(0x9E3779B1)) & np.uint64((1 << 40) - 1)
    x ^= x >> np.uint64(17)
    x = (x * np.uint64(0x85EBCA6B)) & np.uint64((1 << 40) - 1)
    x ^= x >> np.uint64(13)
    return x


def hexkeys(prefix: str, i: np.ndarray, salt: int) -> list[str]:
    return [f"{prefix}{v:010x}" for v in mix(i, salt).tolist()]


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    lat: float
    lon: float
    ncell: int
    weight: float  # share of home population
    kind: str  # urban / campus / transport / city / rural / tourist / out
    area: str  # fixed-line area code (no leading 0)


REGIONS: tuple[Region, ...] = (
    Region("CDGX", "Chengdu-Gaoxin", 30.55, 104.06, 40, 0.09, "urban", "28"),
    Region("CDTF", "Chengdu-Tianfu", 30.42, 104.07, 24, 0.05, "urban", "28"),
    Region("CDCX", "Chengdu-Chunxi", 30.66, 104.08, 30, 0.07, "urban", "28"),
    Region("CDPD", "Chengdu-Pidu", 30.80, 103.89, 20, 0.04, "campus", "28"),
    Region("CDWJ", "Chengdu-Wenjiang", 30.68, 103.84, 18, 0.04, "campus", "28"),
    Region("CDSL", "Chengdu-Shuangliu", 30.57, 103.95, 14, 0.03, "transport", "28"),
    Region("CDTA", "Chengdu-TianfuAirport", 30.31, 104.44, 6, 0.0, "transport", "28"),
    Region("CDES", "Chengdu-EastStation", 30.63, 104.14, 6, 0.0, "transport", "28"),
    Region("MY", "Mianyang", 31.47, 104.68, 28, 0.07, "city", "816"),
    Region("DY", "Deyang", 31.13, 104.40, 24, 0.06, "city", "838"),
    Region("LS", "Leshan-Emeishan", 29.55, 103.77, 24, 0.05, "tourist", "833"),
    Region("YB", "Yibin", 28.77, 104.63, 22, 0.06, "city", "831"),
    Region("NC", "Nanchong", 30.84, 106.11, 24, 0.07, "city", "817"),
    Region("DZ", "Dazhou", 31.21, 107.47, 20, 0.05, "city", "818"),
    Region("DZXH", "Dazhou-Xuanhan", 31.35, 107.72, 12, 0.03, "rural", "818"),
    Region("ZG", "Zigong", 29.34, 104.78, 18, 0.04, "city", "813"),
    Region("LZ", "Luzhou", 28.87, 105.44, 20, 0.05, "city", "830"),
    Region("LSXC", "Liangshan-Xichang", 27.89, 102.26, 14, 0.03, "city", "834"),
    Region("LSYV", "Liangshan-YiVillages", 28.00, 102.90, 12, 0.03, "rural", "834"),
    Region("ABJZ", "Aba-Jiuzhaigou", 33.26, 103.92, 12, 0.015, "tourist", "837"),
    Region("GZKD", "Ganzi-Kangding", 30.05, 101.96, 10, 0.015, "rural", "836"),
    Region("PZH", "Panzhihua", 26.58, 101.72, 14, 0.02, "city", "812"),
    Region("XGD", "Guangdong-Dongguan", 23.02, 113.75, 8, 0.0, "out", "769"),
    Region("XZJ", "Zhejiang-Ningbo", 29.87, 121.54, 6, 0.0, "out", "574"),
    Region("XFJ", "Fujian-Jinjiang", 24.78, 118.55, 5, 0.0, "out", "595"),
    Region("XXJ", "Xinjiang-Changji", 44.01, 87.30, 4, 0.0, "out", "994"),
)
RIDX = {r.code: i for i, r in enumerate(REGIONS)}
HOME_REGIONS = [i for i, r in enumerate(REGIONS) if r.weight > 0]
OUT_REGIONS = [i for i, r in enumerate(REGIONS) if r.kind == "out"]


class Reg:
    """Strings interned to dense integer ids, in first-seen order."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def add(self, s: str) -> int:
        i = self.index.get(s)
        if i is None:
            i = len(self.items)
            self.items.append(s)
            self.index[s] = i
        return i

    def add_many(self, seq) -> np.ndarray:
        return np.fromiter((self.add(s) for s in seq), dtype=np.int64)

    def __len__(self) -> int:
        return len(self.items)


# number kinds
MOBILE, FIXED, VOIP, FOREIGN, SERVICE, IOT = range(6)
OUR_MOBILE_PREFIXES = ("86139", "86158", "86182", "86195", "86187", "86150")
OTHER_MOBILE_PREFIXES = ("86133", "86153", "86180", "86189", "86130", "86156", "86186", "86176", "86166", "86177")
FOREIGN_PLANS = {"KH": ("855", 8), "MM": ("95", 9), "PH": ("63", 10), "TH": ("66", 9), "JP": ("81", 10),
                 "AE": ("971", 9), "US": ("1", 10), "MY": ("60", 9), "GB": ("44", 10), "AU": ("61", 9),
                 "KR": ("82", 10), "SG": ("65", 8)}


class Cards:
    """Column lists of the cards (our subscribers); ``finalize`` turns them into NumPy arrays."""

    DEFAULTS = dict(person=-1, id_type="resident_id", customer_type="personal", line_type="mobile",
                    open_channel="", open_cell=-1, status="active", status_time=-1, prepaid=False,
                    home_region="", home_cell=-1, day_cell=-1, works=False, wstart=9, wend=18,
                    weekend_work=False, mover=-1, trip_cell=-1, trip_from=0, trip_to=0, abroad=-1,
                    abroad_from=0, abroad_to=0, imei_a=-1, imei_b=-1, switch_t=0, life=False,
                    persona=-1, primary=False)

    def __init__(self) -> None:
        self.cols: dict[str, list] = {k: [] for k in ("num", "id_key", "open_time", *self.DEFAULTS)}
        self.n = 0

    def add(self, num: int, id_key: str, open_time: int, **kw) -> int:
        unknown = set(kw) - set(self.DEFAULTS)
        if unknown:
            raise KeyError(f"unknown card fields {sorted(unknown)}")
        self.cols["num"].append(num)
        self.cols["id_key"].append(id_key)
        self.cols["open_time"].append(int(open_time))
        for k, v in self.DEFAULTS.items():
            self.cols[k].append(kw.get(k, v))
        self.n += 1
        return self.n - 1

    def set(self, card: int, **kw) -> None:
        for k, v in kw.items():
            self.cols[k][card] = v

    def get(self, card: int, key: str):
        return self.cols[key][card]

    def finalize(self) -> None:
        for k, v in self.cols.items():
            if isinstance(v[0], bool):
                arr = np.array(v, dtype=bool)
            elif isinstance(v[0], int | np.integer):
                arr = np.array(v, dtype=np.int64)
            else:
                arr = np.array(v, dtype=object)
            setattr(self, k, arr)
        closed = np.array([s != "active" for s in self.cols["status"]])
        st = self.status_time
        self.active_until = np.where(closed & (st > 0), st, np.int64(2**62))


class World:
    """Everything the generator builds, with one seeded random generator."""

    def __init__(self, seed: int, subscribers: int) -> None:
        self.seed = seed
        self.subscribers = subscribers
        self.rng = np.random.default_rng(seed * 1009 + 18)
        self.numbers = Reg()
        self.num_kind: list[int] = []
        self.num_card: list[int] = []
        self.imsi_of_num: dict[int, str] = {}
        self.imeis = Reg()
        self.texts = Reg()
        self.domains = Reg()
        self.ips = Reg()
        self.apps = Reg()
        self.accounts = Reg()
        self.gateways = Reg()
        self.countries = Reg()
        self.cards = Cards()
        self.rows: dict[str, list[dict]] = {k: [] for k in EVENT_TABLES}
        self.static: dict[str, list[dict]] = {k: [] for k in (
            "internet_accounts", "bank_accounts", "reports", "lists")}
        self.truth: list[tuple] = []
        self.events: list[tuple] = []
        self.pools: dict[str, np.ndarray] = {}
        self.notes: dict[str, object] = {}
        self._used_numbers: set[str] = set()
        self._imsi_seq = 0
        self._key_seq: dict[str, int] = {}
        self._imei_seq = 0
        self._build_cells()

    # ---- cells -------------------------------------------------------------------------------------
    def _build_cells(self) -> None:
        rng = np.random.default_rng(18_000 + self.seed)
        ids, lat, lon, reg, site = [], [], [], [], []
        self.region_cells: list[np.ndarray] = []
        for r in REGIONS:
            start = len(ids)
            for k in range(r.ncell):
                ids.append(f"TF{r.code}{k:03d}")
                spread = 0.03 if r.kind in ("urban", "campus", "transport") else 0.12
                lat.append(round(r.lat + float(rng.normal(0, spread)), 5))
                lon.append(round(r.lon + float(rng.normal(0, spread)), 5))
                reg.append(r.name)
                u = rng.random()
                if r.kind == "transport":
                    site.append("indoor" if u < 0.6 else "macro")
                elif r.kind in ("urban", "campus"):
                    site.append("indoor" if u < 0.2 else "small" if u < 0.45 else "macro")
                else:
                    site.append("small" if u < 0.1 else "macro")
            self.region_cells.append(np.arange(start, len(ids)))
        self.cell_ids = ids
        self.cell_region = np.repeat(np.arange(len(REGIONS)), [r.ncell for r in REGIONS])
        self.cells_table = {"cell": ids, "lat": lat, "lon": lon, "region": reg, "site_type": site}

    def cell_in(self, region: str | int, n: int | None = None):
        ri = RIDX[region] if isinstance(region, str) else region
        cells = self.region_cells[ri]
        if n is None:
            return int(cells[self.rng.integers(len(cells))])
        return cells[self.rng.integers(len(cells), size=n)]

    # ---- numbers, SIMs and handsets ------------------------------------------------------------------
    def _draw(self, prefixes: tuple[str, ...], digits: int, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            k = n - len(out)
            pre = self.rng.integers(len(prefixes), size=k)
            body = self.rng.integers(0, 10**digits, size=k)
            for p, b in zip(pre.tolist(), body.tolist(), strict=True):
                s = f"{prefixes[p]}{b:0{digits}d}"
                if s not in self._used_numbers:
                    self._used_numbers.add(s)
                    out.append(s)
        return out[:n]

    def add_numbers(self, strings: list[str], kind: int) -> np.ndarray:
        idx = []
        for s in strings:
            self._used_numbers.add(s)
            i = self.numbers.add(s)
            if i == len(self.num_kind):
                self.num_kind.append(kind)
                self.num_card.append(-1)
            idx.append(i)
        return np.array(idx, dtype=np.int64)

    def new_numbers(self, n: int, kind: int = MOBILE, ours: bool = True, area: str | None = None,
                    country: str | None = None) -> np.ndarray:
        if kind == MOBILE:
            s = self._draw(OUR_MOBILE_PREFIXES if ours else OTHER_MOBILE_PREFIXES, 8, n)
        elif kind == IOT:
            s = self._draw(("861440",), 7, n)
        elif kind in (FIXED, VOIP):
            area = area or "28"
            lead = "6" if kind == VOIP else ""
            digits = (8 if len(area) == 2 else 7) - len(lead)
            s = self._draw((f"86{area}{lead}",), digits, n)
        elif kind == FOREIGN:
            cc, digits = FOREIGN_PLANS[country or "KH"]
            s = self._draw((cc,), digits, n)
        else:
            raise ValueError(kind)
        return self.add_numbers(s, kind)

    def new_key(self, prefix: str) -> str:
        """A fresh pseudonymous key (an ID document, a business licence, an account ...)."""
        k = self._key_seq.get(prefix, 0)
        self._key_seq[prefix] = k + 1
        return hexkeys(prefix, np.array([k]), 41 + self.seed)[0]

    def new_imsi(self) -> str:
        self._imsi_seq += 1
        return f"46099{(self._imsi_seq * 7919 + self.seed * 104729) % 10**10:010d}"

    def new_imeis(self, n: int, tac: str | None = None) -> np.ndarray:
        tacs = ("86753104", "35290611", "86891504", "86481204", "35838211", "86677605", "86925305", "35467812")
        out = []
        for _ in range(n):
            self._imei_seq += 1
            t = tac or tacs[int(self.rng.integers(len(tacs)))]
            body = t + f"{(self._imei_seq * 7919 + self.seed * 613) % 10**6:06d}"
            out.append(body + str(_luhn(body)))
        return self.imeis.add_many(out)

    def add_card(self, id_key: str, open_time: int, kind: int = MOBILE, num: int | None = None,
                 area: str | None = None, **kw) -> int:
        """A card of ours (a row in subscribers): a new number unless ``num`` is given."""
        if num is None:
            num = int(self.new_numbers(1, kind, True, area=area)[0])
        kw.setdefault("line_type", {MOBILE: "mobile", FIXED: "fixed", VOIP: "voip", IOT: "iot"}[kind])
        c = self.cards.add(num, id_key, open_time, **kw)
        self.num_card[num] = c
        self.imsi_of_num[num] = self.new_imsi() if kind in (MOBILE, IOT) else None
        return c

    # ---- rows ----------------------------------------------------------------------------------------
    def emit(self, table: str, **cols) -> None:
        n = len(next(iter(cols.values())))
        if n:
            self.rows[table].append({k: (np.full(n, v) if np.isscalar(v) else np.asarray(v)) for k, v in cols.items()})

    def add_truth(self, entity_type: str, entity: str, role: str, gang: str | None, scheme: str | None,
                  first_active: int | None) -> None:
        self.truth.append((entity_type, entity, role, gang, scheme, first_active))

    def person_num_of(self, p: int) -> int:
        """The number of a person's first card (after ``make_pools``)."""
        return int(self.person_num[p])

    def num_str(self, i: int) -> str:
        return self.numbers.items[i]

    def finalize_numbers(self) -> None:
        self.num_kind_arr = np.array(self.num_kind, dtype=np.int8)
        self.num_card_arr = np.array(self.num_card, dtype=np.int64)

    def card_of(self, nums: np.ndarray) -> np.ndarray:
        return self.num_card_arr[nums]

    # ---- where a card is ------------------------------------------------------------------------------
    def cell_at(self, card: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Cell index of our cards at times t (-1 when abroad or not ours)."""
        c = self.cards
        ok = card >= 0
        k = np.where(ok, card, 0)
        h = local_hour(t)
        wd = weekday(t)
        work = c.works[k] & ((wd < 5) | c.weekend_work[k]) & (h >= c.wstart[k]) & (h < c.wend[k])
        cell = np.where(work, c.day_cell[k], c.home_cell[k])
        mv = c.mover[k]
        moving = work & (mv >= 0)
        if moving.any():
            cell = cell.copy()
            hsh = (k[moving] * 2654435761 + (t[moving] // 1800) * 40503) % 1000003
            cell[moving] = self._region_pick(mv[moving], hsh)
        trip = (t >= c.trip_from[k]) & (t < c.trip_to[k]) & (c.trip_cell[k] >= 0)
        if trip.any():
            cell = cell.copy()
            reg = self.cell_region[c.trip_cell[k][trip]]
            hsh = (k[trip] * 97 + (t[trip] // 5400) * 131) % 1000003
            alt = self._region_pick(reg, hsh)
            cell[trip] = np.where(hsh % 3 == 0, c.trip_cell[k][trip], alt)
        abroad = (t >= c.abroad_from[k]) & (t < c.abroad_to[k]) & (c.abroad[k] >= 0)
        return np.where(ok & ~abroad, cell, -1)

    def roaming_at(self, card: np.ndarray, t: np.ndarray) -> np.ndarray:
        c = self.cards
        k = np.where(card >= 0, card, 0)
        abroad = (card >= 0) & (t >= c.abroad_from[k]) & (t < c.abroad_to[k]) & (c.abroad[k] >= 0)
        return np.where(abroad, c.abroad[k], -1)

    def imei_at(self, card: np.ndarray, t: np.ndarray) -> np.ndarray:
        c = self.cards
        k = np.where(card >= 0, card, 0)
        use_b = (c.imei_b[k] >= 0) & (t >= c.switch_t[k])
        return np.where(card >= 0, np.where(use_b, c.imei_b[k], c.imei_a[k]), -1)

    def _region_pick(self, regions: np.ndarray, hsh: np.ndarray) -> np.ndarray:
        out = np.empty(len(regions), dtype=np.int64)
        for r in np.unique(regions).tolist():
            m = regions == r
            cells = self.region_cells[r]
            out[m] = cells[hsh[m] % len(cells)]
        return out


def _luhn(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10
