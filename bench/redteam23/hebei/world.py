"""The made-up province: time, places, cells, numbering, identities, registries and the record sink.

Everything random comes from ``World.rng(name)``: one stream per named part, so each part is reproducible
on its own and the same seed gives the same bytes.
"""

from __future__ import annotations

import zlib

import numpy as np

from . import catalog

DAY = 86400
TZ = 8 * 3600
START_DATE = "2030-07-26"  # a Friday; the window runs through the first week of August
OPERATOR = "JLT"  # 冀联通信 JiLian Telecom, a made-up regional operator
PLMN = 46083  # IMSI prefix of JiLian; 46081 is its national-roaming partner
PARTNER_PLMN = 46081
GOLDEN = np.uint64(0x9E3779B97F4A7C15)

# hour-of-day weights (local time) of the everyday profiles
HOURS = {
    "adult": [1, 0.5, 0.3, 0.2, 0.3, 1, 4, 8, 10, 11, 11, 10, 9, 9, 10, 10, 10, 11, 11, 11, 10, 8, 5, 2],
    "elderly": [0.3, 0.2, 0.1, 0.1, 0.5, 3, 8, 11, 12, 12, 11, 9, 7, 7, 9, 10, 10, 10, 8, 7, 5, 3, 1, 0.5],
    "teen": [3, 2, 1, 0.5, 0.2, 0.2, 0.5, 2, 4, 6, 8, 9, 9, 8, 9, 9, 9, 10, 11, 12, 13, 13, 11, 7],
    "office": [0, 0, 0, 0, 0, 0, 0.2, 1, 8, 12, 12, 10, 4, 6, 11, 12, 11, 8, 2, 0.5, 0.2, 0, 0, 0],
    "shop": [0.1, 0, 0, 0, 0, 0.2, 1, 4, 8, 10, 10, 10, 9, 8, 9, 10, 10, 10, 9, 8, 6, 3, 1, 0.3],
    "night": [8, 7, 6, 5, 4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9, 9],
    "even": [1] * 24,
    "morning": [0, 0, 0, 0, 0.5, 2, 6, 12, 10, 8, 6, 4, 2, 1, 1, 1, 1, 1, 1, 0.5, 0.2, 0, 0, 0],
    "evening": [1, 0.5, 0.2, 0, 0, 0, 0.2, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 6, 10, 12, 12, 9, 4],
}


def local_midnight(date: str) -> int:
    return int(np.datetime64(date + "T00:00:00", "s").astype(np.int64)) - TZ


def mix64(x, salt: int) -> np.ndarray:
    """splitmix64 of ``x`` (any integer array) with a salt: stable pseudonymous keys."""
    with np.errstate(over="ignore"):
        z = np.asarray(x).astype(np.uint64) + np.uint64(salt & 0xFFFFFFFFFFFF) * GOLDEN
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


_HEX = np.frombuffer(b"0123456789abcdef", dtype="S1")
_HEXU = np.frombuffer(b"0123456789ABCDEF", dtype="S1")


def hexstr(u: np.ndarray, width: int = 16, upper: bool = False) -> np.ndarray:
    """Fixed-width hex text of uint64 values, vectorised."""
    u = np.asarray(u, dtype=np.uint64)
    shifts = np.arange(width - 1, -1, -1, dtype=np.uint64) * np.uint64(4)
    nib = ((u[:, None] >> shifts) & np.uint64(15)).astype(np.intp)
    chars = np.ascontiguousarray((_HEXU if upper else _HEX)[nib])
    return chars.view(f"S{width}").ravel().astype(f"U{width}")


def luhn(body: np.ndarray) -> np.ndarray:
    """Append the Luhn check digit to 14-digit IMEI bodies."""
    digits = (body[:, None] // (10 ** np.arange(13, -1, -1, dtype=np.int64))) % 10
    dbl = digits[:, 1::2] * 2
    s = digits[:, 0::2].sum(1) + (dbl // 10 + dbl % 10).sum(1)
    return body * 10 + (10 - s % 10) % 10


def strcat(*parts) -> np.ndarray:
    """Concatenate string arrays/scalars element-wise."""
    out = np.asarray(parts[0]).astype(str)
    for p in parts[1:]:
        out = np.char.add(out, np.asarray(p).astype(str))
    return out


class Vocab:
    """Interned strings of one kind (texts, domains, apps...): records hold codes."""

    def __init__(self):
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def code(self, s: str) -> int:
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i

    def codes(self, xs) -> np.ndarray:
        return np.array([self.code(str(x)) for x in xs], dtype=np.int32)


class Growable:
    """Column arrays that modules append to and read back (persons, lines, accounts, social lines)."""

    def __init__(self, **dtypes):
        self.dtypes = dtypes
        self.cols = {k: np.zeros(0, dt) for k, dt in dtypes.items()}
        self.n = 0

    def add(self, n: int, **cols) -> np.ndarray:
        for k, dt in self.dtypes.items():
            if k in cols:
                v = np.broadcast_to(np.asarray(cols[k]).astype(dt), (n,))
            else:
                v = np.full(n, -1 if np.issubdtype(np.dtype(dt), np.signedinteger) else 0, dtype=dt)
            self.cols[k] = np.concatenate([self.cols[k], v])
        unknown = set(cols) - set(self.dtypes)
        if unknown:
            raise KeyError(f"unknown columns {unknown}")
        idx = np.arange(self.n, self.n + n)
        self.n += n
        return idx

    def __getitem__(self, k: str) -> np.ndarray:
        return self.cols[k]


class Sink:
    """Record chunks per table; the writer concatenates them."""

    def __init__(self):
        self.chunks: dict[str, list[dict]] = {}

    def add(self, table: str, **cols) -> None:
        n = max(len(v) for v in cols.values() if isinstance(v, np.ndarray) and v.ndim == 1)
        if n == 0:
            return
        out = {}
        for k, v in cols.items():
            if isinstance(v, np.ndarray) and v.ndim == 1:
                if len(v) != n:
                    raise ValueError(f"{table}.{k}: {len(v)} values for {n} rows")
                out[k] = v
            else:
                out[k] = np.full(n, v)
        self.chunks.setdefault(table, []).append(out)

    def rows(self, table: str) -> int:
        return sum(len(next(iter(c.values()))) for c in self.chunks.get(table, []))


class NumberPlan:
    """Unique numbers (phone numbers, IMSIs, IMEIs) drawn at random under prefixes."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.used = np.zeros(0, np.int64)

    def draw(self, prefix, ndigits: int, n: int | None = None) -> np.ndarray:
        prefix = np.asarray(prefix, dtype=np.int64)
        if prefix.ndim == 0:
            prefix = np.full(n, prefix)
        scale = np.int64(10 ** ndigits)
        out = prefix * scale + self.rng.integers(0, scale, len(prefix))
        for _ in range(50):
            order = np.argsort(out, kind="stable")
            s = out[order]
            dup = np.zeros(len(out), bool)
            dup[order[1:]] = s[1:] == s[:-1]
            if len(self.used):
                pos = np.searchsorted(self.used, out)
                pos = np.minimum(pos, len(self.used) - 1)
                dup |= self.used[pos] == out
            if not dup.any():
                break
            k = int(dup.sum())
            out[dup] = prefix[dup] * scale + self.rng.integers(0, scale, k)
        self.used = np.union1d(self.used, out)
        return out


class Truth:
    """Ground-truth rows; one role per entity, the most specific wins (fraud > look-alike > victim > benign)."""

    def __init__(self):
        self.parts: list[tuple] = []

    def add(self, entity_type: str, entities, role: str, gang: str = "", scheme: str = "", first=None) -> None:
        ents = np.asarray(entities)
        if ents.size == 0:
            return
        if ents.dtype.kind in "iu":
            keep = ents >= 0
            ents = ents[keep].astype(str)
        else:
            ents = ents.astype(str)
            keep = ents != ""
            ents = ents[keep]
        if first is None:
            first = np.full(len(ents), -1, np.int64)
        else:
            first = np.broadcast_to(np.asarray(first, np.int64), keep.shape)[keep]
        self.parts.append((entity_type, ents, role, gang, scheme, first))


class World:
    def __init__(self, seed: int, subscribers: int, days: int):
        self.seed, self.subscribers, self.days = seed, subscribers, days
        self.scale = subscribers / 20000
        self.start = local_midnight(START_DATE)
        self.end = self.start + days * DAY
        self.start_dow = 4  # Friday (Monday = 0)
        self.sink = Sink()
        self.vocab: dict[str, Vocab] = {}
        self.truth = Truth()
        self.numbers = NumberPlan(self.rng("numbers"))
        self._places()
        self.persons = Growable(kind=np.int8, region=np.int16)
        self.lines = Growable(msisdn=np.int64, imsi=np.int64, imei=np.int64, person=np.int64, line_type=np.int8,
                              enterprise=np.bool_, open_time=np.int64, channel=np.int32, open_cell=np.int32,
                              status=np.int8, status_time=np.int64, prepaid=np.bool_, region=np.int16,
                              listed=np.bool_)
        self.accounts = Growable(person=np.int64, bank=np.int16, kind=np.int8, open_time=np.int64,
                                 bound=np.int64, status=np.int8, feed=np.bool_)
        self.losses: list[dict] = []  # victim loss events (truth/events)
        self.inflows: list[dict] = []  # money landing in first-level mule accounts, for layering
        self.contacts: list[dict] = []  # who contacted whom, for feedback
        self._channels()

    # ---- randomness ----
    def rng(self, name: str) -> np.random.Generator:
        return np.random.default_rng([self.seed, zlib.crc32(name.encode())])

    def voc(self, name: str) -> Vocab:
        if name not in self.vocab:
            self.vocab[name] = Vocab()
        return self.vocab[name]

    def n(self, base: float, lo: int = 1) -> int:
        """A count scaled to the number of subscribers."""
        return max(lo, int(round(base * self.scale)))

    # ---- places ----
    def _places(self) -> None:
        rng = self.rng("places")
        self.region_keys = [r[0] for r in catalog.REGIONS]
        self.region_of = {k: i for i, k in enumerate(self.region_keys)}
        self.region_name = np.array([r[1] for r in catalog.REGIONS])
        self.region_code = np.array([r[2] for r in catalog.REGIONS])
        self.region_area = np.array([r[3] for r in catalog.REGIONS], np.int64)
        self.region_block = np.array([r[4] for r in catalog.REGIONS], np.int64)
        self.dist_keys = [d[0] for d in catalog.DISTRICTS]
        self.dist_of = {k: i for i, k in enumerate(self.dist_keys)}
        self.dist_region = np.array([self.region_of[d[1]] for d in catalog.DISTRICTS], np.int16)
        self.dist_pop = np.array([d[5] for d in catalog.DISTRICTS], float)
        self.dist_work = np.array([d[6] for d in catalog.DISTRICTS], float)
        self.dist_kind = np.array([d[7] for d in catalog.DISTRICTS])
        ids, lat, lon, dist, site = [], [], [], [], []
        starts, lens = [], []
        enb_next = {}
        for di, (_key, reg, la, lo, nc, _p, _w, kind) in enumerate(catalog.DISTRICTS):
            starts.append(len(ids))
            lens.append(nc)
            spread = 0.02 if kind in ("cbd", "station", "market", "campus") else 0.08 if kind != "highway" else 0.5
            base = 100000 + self.region_of[reg] * 20000
            for _ in range(nc):
                enb = enb_next.get(reg, base)
                enb_next[reg] = enb + int(rng.integers(1, 9))
                sector = int(rng.integers(1, 4))
                ids.append(f"460-83-{enb}-{sector}")
                lat.append(round(la + rng.normal(0, spread), 5))
                lon.append(round(lo + rng.normal(0, spread), 5))
                dist.append(di)
                r = rng.random()
                if kind in ("cbd", "station", "market", "campus") and r < 0.45:
                    site.append("indoor")
                elif kind in ("urban", "resort") and r < 0.2:
                    site.append("small")
                else:
                    site.append("macro")
        self.cell_id = np.array(ids)
        self.cell_lat = np.array(lat)
        self.cell_lon = np.array(lon)
        self.cell_dist = np.array(dist, np.int32)
        self.cell_site = np.array(site)
        self.dist_start = np.array(starts, np.int64)
        self.dist_len = np.array(lens, np.int64)

    def dist(self, key: str) -> int:
        return self.dist_of[key]

    def cells_in(self, key: str) -> np.ndarray:
        d = self.dist_of[key]
        return np.arange(self.dist_start[d], self.dist_start[d] + self.dist_len[d])

    def random_cell(self, rng, dist_idx) -> np.ndarray:
        dist_idx = np.asarray(dist_idx)
        return (self.dist_start[dist_idx] + rng.integers(0, 1 << 30, dist_idx.shape) % self.dist_len[dist_idx]).astype(
            np.int32)

    def near(self, rng, cells, p: float) -> np.ndarray:
        """With probability p move each cell to another cell of its district (a short walk)."""
        cells = np.asarray(cells, np.int32).copy()
        m = (rng.random(len(cells)) < p) & (cells >= 0)
        if m.any():
            cells[m] = self.random_cell(rng, self.cell_dist[cells[m]])
        return cells

    def _channels(self) -> None:
        """Shops and agents that open cards, each with a cell."""
        rng = self.rng("channels")
        voc = self.voc("channel")
        self.channel_cell = []
        self.channel_region = []
        for ri, key in enumerate(self.region_keys):
            dists = [i for i, d in enumerate(catalog.DISTRICTS) if d[1] == key and d[7] != "highway"]
            for j in range(3):
                voc.code(f"JLT-{self.region_code[ri]}-Y{j + 1:02d}")  # own stores
                d = dists[0]
                self.channel_cell.append(int(self.random_cell(rng, np.array([d]))[0]))
                self.channel_region.append(ri)
            for j in range(5):
                voc.code(f"AG{self.region_code[ri][:4]}-{j + 11:02d}")  # agents
                d = dists[int(rng.integers(0, len(dists)))]
                self.channel_cell.append(int(self.random_cell(rng, np.array([d]))[0]))
                self.channel_region.append(ri)
        voc.code("ONLINE-ESIM")
        self.channel_cell.append(-1)
        self.channel_region.append(-1)
        self.channel_cell = np.array(self.channel_cell, np.int32)
        self.channel_region = np.array(self.channel_region, np.int32)

    def channels_of(self, region: int, agents: bool | None = None) -> np.ndarray:
        idx = np.nonzero(self.channel_region == region)[0]
        if agents is None:
            return idx
        return idx[3:] if agents else idx[:3]

    # ---- numbers and identities ----
    def onnet_mobile(self, region, n: int | None = None, segs=(192, 184, 167), p=(0.62, 0.33, 0.05)) -> np.ndarray:
        rng = self.numbers.rng
        region = np.asarray(region, np.int64)
        if region.ndim == 0:
            region = np.full(n, region)
        n = len(region)
        seg = np.asarray(segs, np.int64)[rng.choice(len(segs), n, p=np.asarray(p) / np.sum(p))]
        block = (self.region_block[region] // 10) * 10 + rng.integers(0, 10, n)
        return self.numbers.draw((86000 + seg) * 10000 + block, 4)

    def offnet_mobile(self, n: int, where: str = "hebei") -> np.ndarray:
        rng = self.numbers.rng
        segs = np.array([134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188, 130, 131,
                         132, 155, 156, 185, 186, 133, 153, 180, 181, 189, 199, 178, 176, 173])
        seg = segs[rng.integers(0, len(segs), n)]
        if where == "beijing":
            block = rng.integers(100, 200, n) * 10 + rng.integers(0, 10, n)
        elif where == "hebei":
            block = rng.integers(3100, 3400, n)
        else:
            block = rng.integers(3400, 9999, n)
        return self.numbers.draw((86000 + seg) * 10000 + block, 4)

    def fixed(self, region, n: int | None = None, lead=(2, 3, 5, 6, 8), beijing: bool = False) -> np.ndarray:
        rng = self.numbers.rng
        if beijing:
            pre = np.full(n, 8610)
        else:
            region = np.asarray(region, np.int64)
            if region.ndim == 0:
                region = np.full(n, region)
            n = len(region)
            pre = 86000 + self.region_area[region]
        first = np.asarray(lead)[rng.integers(0, len(lead), n)]
        return self.numbers.draw(pre * 10 + first, 7)

    def iot(self, n: int) -> np.ndarray:
        return self.numbers.draw(np.full(n, 8610648, np.int64), 8)

    def intl(self, n: int, country: str) -> np.ndarray:
        pre = {"RU": (7, 9, 9), "TH": (66, 8, 8), "KH": (855, 9, 8), "JP": (81, 90, 8), "KR": (82, 10, 8),
               "MM": (95, 9, 8), "PH": (63, 9, 9), "US": (1, 917, 7)}[country]
        return self.numbers.draw(np.full(n, int(f"{pre[0]}{pre[1]}"), np.int64), pre[2])

    def imsi(self, n: int, plmn: int = PLMN) -> np.ndarray:
        return self.numbers.draw(np.full(n, plmn, np.int64), 10)

    def imei(self, tacs) -> np.ndarray:
        tacs = np.asarray(tacs, np.int64)
        body = self.numbers.draw(tacs, 6)
        return luhn(body)

    def handsets(self, rng, n: int, kind: str = "smart") -> np.ndarray:
        models = [(int(t), w) for t, k, w in catalog.HANDSETS if k == kind]
        tac = np.array([m[0] for m in models])
        p = np.array([m[1] for m in models], float)
        return self.imei(tac[rng.choice(len(tac), n, p=p / p.sum())])

    def modems(self, n: int, kind: str) -> np.ndarray:
        return self.imei(np.full(n, int(catalog.MODEM_TACS[kind])))

    # ---- registries ----
    def new_persons(self, n: int, kind: int = 0, region=-1) -> np.ndarray:
        """kind 0 resident id, 1 passport, 2 business licence."""
        return self.persons.add(n, kind=kind, region=region)

    def id_keys(self, persons) -> np.ndarray:
        persons = np.asarray(persons, np.int64)
        h = mix64(persons, self.seed * 7919 + 17)
        kind = self.persons["kind"][persons]
        a = hexstr(h, 16)
        b = hexstr(mix64(persons, self.seed * 104729 + 3), 16)
        out = strcat(a, b[:].astype("U6"))
        out = np.where(kind == 1, strcat("P", hexstr(h, 16, upper=True)), out)
        out = np.where(kind == 2, strcat("91", hexstr(h, 16, upper=True)), out)
        return out

    def new_lines(self, msisdn, person, line_type: int = 0, open_time=None, channel=None, enterprise=False,
                  prepaid=False, imsi=None, imei=None, status=0, status_time=-1, listed=True,
                  region=None) -> np.ndarray:
        """line_type 0 mobile, 1 fixed, 2 voip, 3 iot; status 0 active, 1 suspended, 2 closed."""
        msisdn = np.asarray(msisdn, np.int64)
        n = len(msisdn)
        person = np.broadcast_to(np.asarray(person, np.int64), (n,))
        if region is None:
            region = self.persons["region"][person]
        if channel is None:
            channel = np.full(n, len(self.channel_cell) - 1)
        channel = np.broadcast_to(np.asarray(channel, np.int32), (n,))
        if imsi is None:
            imsi = self.imsi(n) if line_type in (0, 3) else np.full(n, -1)
        return self.lines.add(n, msisdn=msisdn, imsi=imsi, imei=-1 if imei is None else imei, person=person,
                              line_type=line_type, enterprise=enterprise, open_time=open_time, channel=channel,
                              open_cell=self.channel_cell[channel], status=status, status_time=status_time,
                              prepaid=prepaid, region=region, listed=listed)

    def new_accounts(self, person, bank, kind: int = 0, open_time=None, bound=-1, feed=None, status=0) -> np.ndarray:
        """kind 0 personal bank, 1 third-party wallet, 2 corporate, 3 merchant collection, 4 external, 5 ATM."""
        person = np.asarray(person, np.int64)
        n = len(person)
        bank = np.broadcast_to(np.asarray(bank, np.int16), (n,))
        if feed is None:
            infeed = np.array([b[3] for b in catalog.BANKS] + [False, False])
            feed = infeed[bank] & (np.asarray(kind) < 4)
        if open_time is None:
            open_time = np.full(n, self.start - 400 * DAY)
        return self.accounts.add(n, person=person, bank=bank, kind=kind, open_time=open_time, bound=bound,
                                 feed=feed, status=status)

    def account_ids(self, acc) -> np.ndarray:
        acc = np.asarray(acc, np.int64)
        kind = self.accounts["kind"][acc]
        bank = self.accounts["bank"][acc]
        h = mix64(acc, self.seed * 31337 + 5)
        bcode = np.array([b[1] for b in catalog.BANKS] + ["WX", "ZF"])[bank]
        out = strcat("62", bcode, hexstr(h, 14).astype("U14"))
        wallet = np.where(bank == len(catalog.BANKS), "wx:", "zfb:")
        out = np.where(kind == 1, strcat(wallet, hexstr(h, 12)), out)
        out = np.where(kind == 2, strcat("CO", bcode, "-", hexstr(h, 12, upper=True)), out)
        out = np.where(kind == 3, strcat("MER", bcode, hexstr(h, 10, upper=True)), out)
        out = np.where(kind == 4, strcat("X", bcode, hexstr(h, 13, upper=True)), out)
        out = np.where(kind == 5, strcat("ATM-", bcode, "-", hexstr(h, 8, upper=True)), out)
        return out

    def bank_choice(self, rng, n: int) -> np.ndarray:
        p = np.array([b[2] for b in catalog.BANKS], float)
        return rng.choice(len(p), n, p=p / p.sum()).astype(np.int16)

    WX = len(catalog.BANKS)
    ZFB = len(catalog.BANKS) + 1

    # ---- time helpers ----
    def hour_cdf(self, name: str) -> np.ndarray:
        w = np.asarray(HOURS[name], float)
        return np.cumsum(w) / w.sum()

    def times(self, rng, day, profile: str = "adult") -> np.ndarray:
        """Local-time instants on the given window days, hours drawn from a profile."""
        day = np.asarray(day, np.int64)
        hour = np.searchsorted(self.hour_cdf(profile), rng.random(len(day)), side="right")
        return self.start + day * DAY + np.minimum(hour, 23) * 3600 + rng.integers(0, 3600, len(day))

    def hour_of(self, t) -> np.ndarray:
        return ((np.asarray(t) + TZ) % DAY) // 3600

    def day_of(self, t) -> np.ndarray:
        return (np.asarray(t) - self.start) // DAY

    def weekend(self, day) -> np.ndarray:
        return ((np.asarray(day) + self.start_dow) % 7) >= 5
