"""The province: radio cells, people, their cards and handsets, bank accounts, contacts and the numbers of
other networks. Gangs and look-alikes add their own people, cards and accounts through the same methods.
"""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .core import DAY, Calendar, Streams, Vocab, luhn_append

GROUPS = ["student", "worker", "miner", "villager", "elder", "merchant", "migrant", "business"]
G = {g: i for i, g in enumerate(GROUPS)}
LINE = {"mobile": 0, "fixed": 1, "voip": 2, "iot": 3}
LINE_NAMES = ["mobile", "fixed", "voip", "iot"]

SIM_FIELDS = {
    "msisdn": np.int64, "imsi": np.int64, "imei": np.int64, "person": np.int64, "line": np.int8,
    "enterprise": bool, "open_time": np.int64, "channel": np.int32, "open_cell": np.int32, "status": np.int8,
    "status_time": np.int64, "prepaid": bool, "home_cell": np.int32, "work_cell": np.int32, "smart": bool,
    "group": np.int8, "base": bool,
}
PERSON_FIELDS = {"id_key": np.int64, "id_type": np.int8, "city": np.int16, "group": np.int8,
                 "home_cell": np.int32, "work_cell": np.int32, "account": np.int64, "sim": np.int64}
ID_TYPES = ["resident_id", "passport", "business_license", "hk_macau_permit"]
STATUS = ["active", "suspended", "closed"]


class Grow:
    """A table of equal-length numpy columns that grows by appending blocks."""

    def __init__(self, fields: dict):
        self.fields = fields
        self.cols = {k: np.empty(0, dtype=t) for k, t in fields.items()}

    def __len__(self):
        return len(next(iter(self.cols.values())))

    def append(self, **vals) -> np.ndarray:
        n = max(np.size(v) for v in vals.values())
        start = len(self)
        for k, t in self.fields.items():
            v = vals.get(k, 0 if t is not bool else False)
            arr = np.asarray(v, dtype=t)
            if arr.ndim == 0:
                arr = np.full(n, arr, dtype=t)
            self.cols[k] = np.concatenate([self.cols[k], arr])
        return np.arange(start, start + n)

    def __getitem__(self, k):
        return self.cols[k]


class World:
    def __init__(self, streams: Streams, vocab: Vocab, cal: Calendar, subscribers: int):
        self.S, self.V, self.cal = streams, vocab, cal
        self.target_subscribers = subscribers
        self._used: dict[str, np.ndarray] = {}
        self._build_cells()
        self._build_shops()
        self.persons = Grow(PERSON_FIELDS)
        self.sims = Grow(SIM_FIELDS)
        self.banks = Grow({"account": np.int64, "person": np.int64, "bank": np.int16, "open_time": np.int64,
                           "bound": np.int64, "status": np.int8})
        self.nets: list[tuple[str, np.ndarray]] = []   # internet accounts added by modules (platform, rows)
        self._build_other_networks()

    # ------------------------------------------------------------------ cells and shops
    def _build_cells(self):
        rng = self.S.get("world.cells")
        names, lat, lon, place, stype = [], [], [], [], []
        self.place_code = [p[0] for p in C.PLACES]
        self.place_city = np.array([C.CITY_INDEX[p[1]] for p in C.PLACES])
        self.place_kind = [p[2] for p in C.PLACES]
        for pi, (code, city, _kind, sites, la, lo, spread, st) in enumerate(C.PLACES):
            area = C.CITIES[C.CITY_INDEX[city]][2]
            sla = la + rng.normal(0, spread, sites)
            slo = lo + rng.normal(0, spread, sites)
            for s in range(sites):
                for sector in "ABC":
                    names.append(f"JY{area}-{code}-{s + 1:03d}{sector}")
                    lat.append(round(float(sla[s]), 5))
                    lon.append(round(float(slo[s]), 5))
                    place.append(pi)
                    stype.append(st)
        self.cell_names = names
        self.cell_lat = np.array(lat)
        self.cell_lon = np.array(lon)
        self.cell_place = np.array(place)
        self.cell_city = self.place_city[self.cell_place]
        self.cell_type = stype
        self.place_cells = {code: np.flatnonzero(self.cell_place == i) for i, code in enumerate(self.place_code)}
        kinds = np.array(self.place_kind)
        self.kind_cells = {k: np.flatnonzero(kinds[self.cell_place] == k) for k in sorted(set(self.place_kind))}
        self.city_cells = {c[0]: np.flatnonzero(self.cell_city == i) for i, c in enumerate(C.CITIES)}
        self.city_urban = {}
        for i, c in enumerate(C.CITIES):
            m = (self.cell_city == i) & np.isin(kinds[self.cell_place], ["urban", "town"])
            self.city_urban[c[0]] = np.flatnonzero(m)

    def cells_of(self, *codes) -> np.ndarray:
        return np.concatenate([self.place_cells[c] for c in codes])

    def _build_shops(self):
        """Channels: JY-<city>-S<nn> own stores, JY-<city>-A<nnn> agents, JY-ONLINE, JY-ENT-<city> desks."""
        for c in C.CITIES:
            for s in range(1, 7):
                self.V.code("shop", f"JY-{c[0]}-S{s:02d}")
            for a in range(1, 13):
                self.V.code("shop", f"JY-{c[0]}-A{100 + a:03d}")
            self.V.code("shop", f"JY-ENT-{c[0]}")
        self.V.code("shop", "JY-ONLINE")

    def shop(self, name: str) -> int:
        return self.V.code("shop", name)

    def city_shops(self, city: str, rng, n, agents_share=0.35) -> np.ndarray:
        own = self.V.codes("shop", [f"JY-{city}-S{s:02d}" for s in range(1, 7)])
        ag = self.V.codes("shop", [f"JY-{city}-A{100 + a:03d}" for a in range(1, 13)])
        is_ag = rng.random(n) < agents_share
        return np.where(is_ag, ag[rng.integers(0, ag.size, n)], own[rng.integers(0, own.size, n)])

    # ------------------------------------------------------------------ identifiers
    def _unique(self, space: str, lo: int, hi: int, n: int, rng, draw=None) -> np.ndarray:
        """``n`` values never handed out before in ``space``, in random order."""
        used = self._used.get(space, np.empty(0, np.int64))
        out = np.empty(0, np.int64)
        while out.size < n:
            k = 2 * (n - out.size) + 16
            cand = rng.integers(lo, hi, k) if draw is None else draw(k)
            _, first = np.unique(cand, return_index=True)
            cand = cand[np.sort(first)]
            cand = cand[~np.isin(cand, used) & ~np.isin(cand, out)]
            out = np.concatenate([out, cand[: n - out.size]])
        self._used[space] = np.concatenate([used, out])
        return out

    def mobile_numbers(self, rng, n, block=None) -> np.ndarray:
        if block is None:
            blocks = np.array(C.MOBILE_BLOCKS)
            b = blocks[rng.integers(0, blocks.size, n)]
        else:
            b = np.full(n, block)
        suffix = self._unique("msisdn_suffix", 0, 10 ** 7, n, rng)
        return 86 * 10 ** 11 + b.astype(np.int64) * 10 ** 7 + suffix

    def iot_numbers(self, rng, n) -> np.ndarray:
        return 86 * 10 ** 13 + C.IOT_BLOCK * 10 ** 9 + self._unique("iot", 0, 10 ** 9, n, rng)

    def fixed_numbers(self, rng, cities, ours=True) -> np.ndarray:
        cities = np.asarray(cities)
        area = np.array([c[2] for c in C.CITIES])[cities]
        pre = C.FIXED_LOCAL_PREFIX if ours else C.OTHER_FIXED_PREFIX
        suffix = self._unique(f"fixed{pre}", 0, 10 ** 6, cities.size, rng)
        return 86 * 10 ** 11 + area.astype(np.int64) * 10 ** 8 + pre * 10 ** 6 + suffix

    def imsis(self, rng, n) -> np.ndarray:
        return int(C.PLMN) * 10 ** 10 + self._unique("imsi", 10 ** 8, 10 ** 10, n, rng)

    def imeis(self, rng, n, tacs=C.TAC_PHONE) -> np.ndarray:
        tacs = np.asarray(tacs, dtype=np.int64)

        def draw(k):
            return tacs[rng.integers(0, tacs.size, k)] * 10 ** 6 + rng.integers(0, 10 ** 6, k)

        return luhn_append(self._unique("imei_body", 0, 0, n, rng, draw))

    def id_keys(self, rng, n) -> np.ndarray:
        return self._unique("id_key", 10 ** 11, 10 ** 12, n, rng)

    def account_ids(self, rng, bank_codes) -> np.ndarray:
        bank_codes = np.asarray(bank_codes, dtype=np.int64)
        return 62 * 10 ** 14 + bank_codes * 10 ** 11 + self._unique("acct", 0, 10 ** 11, bank_codes.size, rng)

    def net_accounts(self, rng, n) -> np.ndarray:
        return self._unique("netacct", 10 ** 9, 10 ** 10, n, rng)

    def foreign_numbers(self, rng, country: str, n: int) -> np.ndarray:
        cc, digits = C.COUNTRIES[country]
        return cc * 10 ** digits + self._unique(f"intl{country}", 10 ** (digits - 1), 10 ** digits, n, rng)

    # ------------------------------------------------------------------ other networks
    def _build_other_networks(self):
        rng = self.S.get("world.othernet")
        n_mob = int(self.target_subscribers * 1.8)
        blocks = np.array(C.OTHER_BLOCKS, dtype=np.int64)
        b = blocks[rng.integers(0, blocks.size, n_mob)]
        suffix = self._unique("other_suffix", 0, 10 ** 7, n_mob, rng)
        self.other_mobile = 86 * 10 ** 11 + b * 10 ** 7 + suffix
        w = np.array([c[3] for c in C.CITIES])
        self.other_mobile_city = rng.choice(len(C.CITIES), n_mob, p=w / w.sum())
        n_fix = int(self.target_subscribers * 0.15)
        self.other_fixed_city = rng.choice(len(C.CITIES), n_fix, p=w / w.sum())
        self.other_fixed = self.fixed_numbers(rng, self.other_fixed_city, ours=False)

    def new_other_numbers(self, rng, n) -> np.ndarray:
        """Other networks' numbers nobody in the contact books holds (call centres on other networks)."""
        blocks = np.array(C.OTHER_BLOCKS, dtype=np.int64)
        b = blocks[rng.integers(0, blocks.size, n)]
        return 86 * 10 ** 11 + b * 10 ** 7 + self._unique("other_suffix", 0, 10 ** 7, n, rng)

    # ------------------------------------------------------------------ people, cards, accounts
    def add_persons(self, rng, n, city, group, home_cells, work_cells=None, id_type="resident_id") -> np.ndarray:
        city = np.broadcast_to(np.asarray(city), (n,))
        home_cells = np.broadcast_to(np.asarray(home_cells), (n,))
        work_cells = home_cells if work_cells is None else np.broadcast_to(np.asarray(work_cells), (n,))
        return self.persons.append(id_key=self.id_keys(rng, n), id_type=ID_TYPES.index(id_type), city=city,
                                   group=group, home_cell=home_cells, work_cell=work_cells, account=0, sim=-1)

    def add_sims(self, rng, persons, *, open_time, channel, line="mobile", block=None, enterprise=False,
                 imei=None, prepaid=None, smart=True, status="active", status_time=-1, home_cell=None,
                 work_cell=None, open_cell=None, base=False, tacs=C.TAC_PHONE, numbers=None) -> np.ndarray:
        persons = np.asarray(persons)
        n = persons.size
        lt = LINE[line]
        if numbers is not None:
            msisdn = np.asarray(numbers, dtype=np.int64)
        elif line == "iot":
            msisdn = self.iot_numbers(rng, n)
        elif line == "fixed":
            msisdn = self.fixed_numbers(rng, self.persons["city"][persons])
        elif line == "voip":
            msisdn = self.mobile_numbers(rng, n, block=C.VOIP_BLOCK)
        else:
            msisdn = self.mobile_numbers(rng, n, block=block)
        has_radio = line in ("mobile", "iot")
        imsi = self.imsis(rng, n) if has_radio else np.zeros(n, np.int64)
        if imei is None:
            imei = self.imeis(rng, n, tacs) if has_radio else np.zeros(n, np.int64)
        hc = self.persons["home_cell"][persons] if home_cell is None else np.broadcast_to(home_cell, (n,))
        wc = self.persons["work_cell"][persons] if work_cell is None else np.broadcast_to(work_cell, (n,))
        oc = hc if open_cell is None else np.broadcast_to(open_cell, (n,))
        if prepaid is None:
            prepaid = rng.random(n) < 0.35
        st = STATUS.index(status) if isinstance(status, str) else status
        idx = self.sims.append(msisdn=msisdn, imsi=imsi, imei=imei, person=persons, line=lt, enterprise=enterprise,
                               open_time=open_time, channel=channel, open_cell=oc, status=st,
                               status_time=status_time, prepaid=prepaid, home_cell=hc, work_cell=wc, smart=smart,
                               group=self.persons["group"][persons], base=base)
        first = self.persons["sim"][persons] < 0
        self.persons["sim"][persons[first]] = idx[first]
        return idx

    def add_accounts(self, rng, persons, open_time, bound=None, bank=None, status="normal",
                     set_primary=True) -> np.ndarray:
        persons = np.asarray(persons)
        n = persons.size
        if bank is None:
            w = np.array(C.BANK_WEIGHTS)
            bi = rng.choice(len(C.BANKS), n, p=w / w.sum())
        else:
            bi = np.broadcast_to(np.asarray(bank), (n,))
        codes = np.array([b[1] for b in C.BANKS])[bi]
        acct = self.account_ids(rng, codes)
        if bound is None:
            ps = self.persons["sim"][persons]
            bound = np.where(ps >= 0, self.sims["msisdn"][np.maximum(ps, 0)], 0)
        self.banks.append(account=acct, person=persons, bank=bi, open_time=open_time, bound=bound,
                          status=["normal", "frozen", "closed"].index(status))
        if set_primary:
            empty = self.persons["account"][persons] == 0
            self.persons["account"][persons[empty]] = acct[empty]
        return acct

    def outside_accounts(self, rng, n) -> np.ndarray:
        """Accounts outside the province's bank feed (other provinces, payment firms): seen only in transfers."""
        return self.account_ids(rng, np.full(n, C.OUT_OF_PROVINCE_BANK))

    # ------------------------------------------------------------------ lookups
    def sim_of_number(self, numbers) -> np.ndarray:
        """Index of each number among our cards, -1 when not ours."""
        ms = self.sims["msisdn"]
        order = np.argsort(ms, kind="stable")
        srt = ms[order]
        numbers = np.asarray(numbers)
        pos = np.searchsorted(srt, numbers)
        pos = np.minimum(pos, srt.size - 1)
        hit = srt[pos] == numbers
        return np.where(hit, order[pos], -1)

    def bound_of(self, accounts) -> np.ndarray:
        """Bound number of each account (0 when unknown)."""
        acc = self.banks["account"]
        order = np.argsort(acc, kind="stable")
        srt = acc[order]
        accounts = np.asarray(accounts)
        if srt.size == 0:
            return np.zeros(accounts.size, np.int64)
        pos = np.minimum(np.searchsorted(srt, accounts), srt.size - 1)
        return np.where(srt[pos] == accounts, self.banks["bound"][order[pos]], 0)

    def days_before(self, rng, n, lo_days, hi_days) -> np.ndarray:
        """Open times ``lo..hi`` days before the fortnight, at shop hours."""
        d = rng.integers(lo_days, hi_days + 1, n)
        return self.cal.t0 - d * DAY + rng.integers(9 * 3600, 19 * 3600, n)
